"""site.service (服务不实用): a site offers 办事服务, and its own 办事指南 carry their key elements.

Clause (1) 未提供办事服务: nothing on the site leads to 办事服务 — no column named or categorised
so, no homepage link to a service column or a 政务服务 platform. A link to the platform is
办事服务. Clause (2) 办事指南要素缺失: among the 办事指南 read on the site's own pages,
`guide_count` or more each missing `missing_elements` or more of the ten key elements. With no
guide on the site's pages the clause cannot fire and passes; when the site sends 办事服务 to a
platform off the site, the platform's guides are not assessed for the site (the platform is
judged as its own site, when the office lists it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from monitor.rules.model import AsOf, Rule
from monitor.rules.observations import GuideObservation
from monitor.rules.verdict import PASSED, Evidence, NotAssessed, Outcome, Unknown, Veto
from monitor.vocab import is_service

if TYPE_CHECKING:
    from monitor.rules.context import SiteContext

# The key elements of a 办事指南, named as the indicator sheet names them. Extraction reports
# the elements a page shows by these names.
GUIDE_ELEMENTS: tuple[str, ...] = (
    "事项名称", "设定依据", "申请条件", "办理材料", "办理地点",
    "办理机构", "收费标准", "办理时间", "联系电话", "办理流程",
)


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


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc.lower().removeprefix("www.")
    except ValueError:
        return ""


def evaluate_service(ctx: SiteContext, rule: Rule) -> Outcome:
    """The site.service veto; unknown only when the homepage could not be read."""
    site, as_of = ctx.site, ctx.as_of
    read = _current_guides(site.guides, as_of)
    guides = [g for g in read if _host(g.url) == _host(site.url)]
    too_many = rule.whole("missing_elements")
    bad = [(guide, missing) for guide in guides if len(missing := missing_elements(guide)) >= too_many]
    if len(bad) >= rule.whole("guide_count"):
        evidence = tuple(
            Evidence(guide.url, guide.seen, f"“{guide.title}”缺少{len(missing)}项要素：{'、'.join(missing)}")
            for guide, missing in bad
        )
        return Outcome(vetoes=(Veto(rule.id, rule.text("guides"), evidence),))

    columns = [c for c in site.columns if is_service(c.name, c.url, c.category)]
    entries = [e.url for e in site.services or ()]
    entries += [link.url for link in site.links if link.on_homepage and is_service("", link.url)]
    if columns or entries or read:
        off_site = sorted({_host(url) for url in entries + [g.url for g in read]} - {_host(site.url), ""})
        if not guides and off_site:
            return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("platform", hosts="、".join(off_site))),))
        return PASSED
    home = site.home_latest
    if home is None or not home.ok or not as_of.current(home.fetched_at):
        reason = home.failure() if home is not None and not home.ok else "首页无监测时间点前的成功抓取"
        return Outcome(unknown=(Unknown(rule.id, f"{reason}，无法判断是否提供办事服务"),))
    if not site.columns:
        return Outcome(unknown=(Unknown(rule.id, "首页未识别出任何栏目，无法判断是否提供办事服务"),))
    detail = f"首页及{len(site.columns)}个栏目中未发现办事服务（办事服务、网上办事、政务服务、办事指南）"
    return Outcome(vetoes=(Veto(rule.id, rule.text("no_service"), (Evidence(home.url, home.fetched_at, detail),)),))
