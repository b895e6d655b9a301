"""deduct.search: a portal offers a site search that finds what the site published (points unverified).

The crawler looks for the homepage's search box and searches it for one of the homepage's own
titles (see ``monitor.crawl._search``). Two clauses: (1) 未提供站内搜索功能 — the homepage shows
no search box at all; (2) 站内搜索无法检索到已发布信息 — the search answered and its result page
says nothing was found, or lists results none of which is the item. What could not be checked
decides nothing: a result page that could not be fetched, a box submitted by a script we could
not follow, a result page that shows no results and does not say why (loaded by script) — each
is unknown, never a deduction. A site never checked (no search row) says nothing at all.
"""

from __future__ import annotations

from monitor.rules.model import AsOf, Rule, make_rule
from monitor.rules.observations import SearchObservation
from monitor.rules.verdict import Deduction, Evidence, RuleOutcome, Unknown

RULES: tuple[Rule, ...] = (
    make_rule(
        id="deduct.search",
        indicator="功能设计",
        subject="portal",
        kind="deduction",
        params={"points_missing": 2.0, "points_no_result": 1.0},
        texts={"missing": "未提供站内搜索功能", "no_result": "站内搜索无法检索到已发布信息"},
        summary="(1) no search box on the homepage (`points_missing`); (2) the site search, queried "
        "with the title of a recent homepage item, finds nothing (`points_no_result`); a search "
        "that could not be run or read is unknown",
        indicator_group="功能设计",
        verified=False,
    ),
)


def evaluate_search(search: SearchObservation | None, as_of: AsOf, rule: Rule) -> RuleOutcome:
    """The deduct.search deduction, unknown when the check could not be completed, nothing when
    the search works or was never checked (or not recently enough to describe now)."""
    if search is None or search.fetched_at > as_of.instant or not as_of.current(search.fetched_at):
        return RuleOutcome()
    state = search.state
    if state == "found":
        return RuleOutcome()
    if state == "no_search":
        evidence = Evidence(search.url, search.fetched_at, "首页未发现站内搜索（搜索框或检索表单）")
        return RuleOutcome(deductions=(
            Deduction(rule.id, round(rule.param("points_missing"), 2), rule.text("missing"), (evidence,)),
        ))
    title = f"“{search.title}”" if search.title else "首页信息"
    if state == "no_result":
        stated = f"结果页显示共{search.count}条结果，" if search.count else "结果页显示无结果，"
        where = f"（该信息：{search.item_url}）" if search.item_url else ""
        detail = f"以首页已发布信息标题{title}检索，{stated}未列出该信息{where}"
        evidence = Evidence(search.url, search.fetched_at, detail)
        return RuleOutcome(deductions=(
            Deduction(rule.id, round(rule.param("points_no_result"), 2), rule.text("no_result"), (evidence,)),
        ))
    if state == "unresolved":
        reason = "首页搜索框由脚本加载或提交，未能确定检索地址，无法判断站内搜索是否可用"
    elif state == "unclear":
        reason = f"站内搜索结果页未列出结果也未提示无结果（可能由脚本加载），无法判断能否检索到{title}（{search.url}）"
    else:
        detail = search.error or (f"HTTP {search.status}" if search.status else search.outcome)
        reason = f"站内搜索页面抓取失败（{search.outcome}: {detail}），无法判断能否检索到{title}（{search.url}）"
    return RuleOutcome(unknown=(Unknown(rule.id, reason),))
