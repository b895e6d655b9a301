"""deduct.search: a portal offers a site search that finds what the site published (points unverified).

The crawler looks for the homepage's search box and searches it for one of the homepage's own
titles (see ``monitor.crawl._search``). Two clauses: (1) 未提供站内搜索功能 — the homepage shows
no search box at all; (2) 站内搜索无法检索到已发布信息 — the search answered and its result page
says nothing was found, or lists results none of which is the item. What could not be checked
decides nothing: a result page that could not be fetched is unknown; a box submitted by a script
we could not follow, or a result page that shows no results and does not say why (loaded by
script), is not assessed; so is a site never checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.rules.model import Rule
from monitor.rules.verdict import PASSED, Deduction, Evidence, NotAssessed, Outcome, Unknown

if TYPE_CHECKING:
    from monitor.rules.context import SiteContext

def evaluate_search(ctx: SiteContext, rule: Rule) -> Outcome:
    """The deduct.search deduction; unknown when the result page could not be fetched; not
    assessed when the search is driven by script we cannot follow, or was never checked (or not
    recently enough to describe now)."""
    search, as_of = ctx.site.search, ctx.as_of
    if search is None or search.fetched_at > as_of.instant or not as_of.current(search.fetched_at):
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("not_checked")),))
    state = search.state
    if state == "found":
        return PASSED
    if state == "no_search":
        evidence = Evidence(search.url, search.fetched_at, "首页未发现站内搜索（搜索框或检索表单）")
        return Outcome(deductions=(
            Deduction(rule.id, round(rule.param("points_missing"), 2), rule.text("missing"), (evidence,)),
        ))
    title = f"“{search.title}”" if search.title else "首页信息"
    if state == "no_result":
        stated = f"结果页显示共{search.count}条结果，" if search.count else "结果页显示无结果，"
        where = f"（该信息：{search.item_url}）" if search.item_url else ""
        detail = f"以首页已发布信息标题{title}检索，{stated}未列出该信息{where}"
        evidence = Evidence(search.url, search.fetched_at, detail)
        return Outcome(deductions=(
            Deduction(rule.id, round(rule.param("points_no_result"), 2), rule.text("no_result"), (evidence,)),
        ))
    if state == "unresolved":
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("scripted_box")),))
    if state == "unclear":
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("scripted_results", title=title, url=search.url)),))
    detail = search.error or (f"HTTP {search.status}" if search.status else search.outcome)
    reason = f"站内搜索页面抓取失败（{search.outcome}: {detail}），无法判断能否检索到{title}（{search.url}）"
    return Outcome(unknown=(Unknown(rule.id, reason),))
