"""site.service (服务不实用): a site offers 办事服务, and its 办事指南 carry their key elements.

Two clauses. (1) 未提供办事服务: nothing on the site leads to 办事服务 — no column named
or categorised so, no link to a 政务服务 platform, no 办事指南 page. (2) 办事指南要素缺失:
`guide_count` or more guides each missing `missing_elements` or more of the ten key
elements. Guides the crawler did not collect decide nothing: with a service column and
no guide pages the clause is unknown, never a veto.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from monitor.rules.model import AsOf, Rule, make_rule
from monitor.rules.observations import GuideObservation, SiteObservations
from monitor.rules.verdict import Evidence, RuleOutcome, Unknown, Veto

# The key elements of a 办事指南, named as the indicator sheet names them. Extraction reports
# the elements a page shows by these names.
GUIDE_ELEMENTS: tuple[str, ...] = (
    "事项名称", "设定依据", "申请条件", "办理材料", "办理地点",
    "办理机构", "收费标准", "办理时间", "联系电话", "办理流程",
)

RULES: tuple[Rule, ...] = (
    make_rule(
        id="site.service",
        indicator="服务不实用",
        subject="site",
        kind="veto",
        params={"missing_elements": 4, "guide_count": 5},
        texts={"no_service": "未提供办事服务", "guides": "办事指南要素缺失"},
        summary="(1) no 办事服务 column, platform link or guide at all; (2) at least `guide_count` "
        "办事指南 each missing at least `missing_elements` of the ten key elements",
        verified=False,
    ),
)

# Column names that lead to 办事服务 (办事服务, 网上办事, 政务服务, 办事指南, 服务指南 …).
SERVICE_WORDS: tuple[str, ...] = (
    "办事", "政务服务", "服务指南", "网上服务", "在线服务", "便民服务", "一网通办", "服务事项",
)
# Pinyin directory and host words of service columns and 政务服务 platforms (zwfw.xx.gov.cn,
# /bsfw/, /wsbs/, /bszn/, /bsdt/).
_SERVICE_URL_WORDS = ("zwfw", "bsfw", "wsbs", "bszn", "bsdt")


def is_service_column(name: str, url: str = "", category: str | None = None) -> bool:
    """Whether a column leads to 办事服务, by its name, category or URL."""
    return category == "service" or any(word in name for word in SERVICE_WORDS) or _service_url(url)


def _service_url(url: str) -> bool:
    try:
        parts = urlsplit(url.lower())
    except ValueError:
        return False
    return any(word in f"{parts.netloc}{parts.path}" for word in _SERVICE_URL_WORDS)


def missing_elements(guide: GuideObservation) -> tuple[str, ...]:
    """The key elements a guide does not show, in the sheet's order."""
    return tuple(name for name in GUIDE_ELEMENTS if name not in guide.elements)


def _current_guides(guides: Iterable[GuideObservation], as_of: AsOf) -> list[GuideObservation]:
    """Guides seen at or before the as-of instant, the newest reading of each page."""
    newest: dict[str, GuideObservation] = {}
    for guide in guides:
        if guide.seen <= as_of.instant and (guide.url not in newest or guide.seen > newest[guide.url].seen):
            newest[guide.url] = guide
    return list(newest.values())


def evaluate_service(site: SiteObservations, as_of: AsOf, rule: Rule) -> RuleOutcome:
    """The site.service veto, or unknown when what it needs was not observed."""
    guides = _current_guides(site.guides, as_of)
    too_many = rule.whole("missing_elements")
    bad = [(guide, missing) for guide in guides if len(missing := missing_elements(guide)) >= too_many]
    if len(bad) >= rule.whole("guide_count"):
        evidence = tuple(
            Evidence(guide.url, guide.seen, f"“{guide.title}”缺少{len(missing)}项要素：{'、'.join(missing)}")
            for guide, missing in bad
        )
        return RuleOutcome(vetoes=(Veto(rule.id, rule.text("guides"), evidence),))
    if guides:
        return RuleOutcome()

    service = [c for c in site.columns if is_service_column(c.name, c.url, c.category)]
    platform = [link for link in site.links if link.on_homepage and _service_url(link.url)]
    if service or platform:
        names = "、".join(c.name for c in service) or "政务服务平台链接"
        return RuleOutcome(unknown=(Unknown(rule.id, f"办事指南未采集（已发现：{names}）"),))
    home = site.home_latest
    if not site.columns or home is None or not home.ok or not as_of.current(home.fetched_at):
        reason = "未采集到栏目" if not site.columns else "首页无法读取"
        return RuleOutcome(unknown=(Unknown(rule.id, f"{reason}，无法判断是否提供办事服务"),))
    detail = f"首页及{len(site.columns)}个栏目中未发现办事服务（办事服务、网上办事、政务服务、办事指南）"
    evidence = (Evidence(home.url, home.fetched_at, detail),)
    return RuleOutcome(vetoes=(Veto(rule.id, rule.text("no_service"), evidence),))
