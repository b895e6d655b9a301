"""deduct.site_identity: the footer marks and metas every page must carry (portals; points unverified).

Footer marks (党政机关网站标识, 主办单位, 联系方式, 网站标识码, ICP备案编号, 公安机关备案标识) are
checked on the homepage and on every column page read; the site metas (SiteName, SiteDomain,
SiteIDCode) on the homepage; the column metas (ColumnName, ColumnType) on column pages. Each
missing element is deducted once, whatever the number of pages it is missing on, and the rule's
total is capped at `max_points`. Pages whose identity was not extracted say nothing; a footer
loaded by script or frame (``footer:external``) cannot prove a mark missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.rules.model import Rule
from monitor.rules.observations import PageObservation, SiteObservations
from monitor.rules.verdict import Deduction, Evidence, NotAssessed, Outcome

if TYPE_CHECKING:
    from monitor.rules.context import SiteContext

FOOTER_ELEMENTS = ("conac", "sponsor", "contact", "site_code", "icp", "police")
SITE_METAS = ("meta:SiteName", "meta:SiteDomain", "meta:SiteIDCode")
COLUMN_METAS = ("meta:ColumnName", "meta:ColumnType")
EXTERNAL_FOOTER = "footer:external"
CONAC_ERROR = "conac:error"
_SHOWN_URLS = 5  # pages named per missing element; the rest are counted


@dataclass(frozen=True)
class _Missing:
    element: str
    pages: tuple[PageObservation, ...]


def evaluate_identity(ctx: SiteContext, rule: Rule) -> Outcome:
    """One deduction naming each missing element once with the pages it is missing on; not
    assessed for marks a script- or frame-loaded footer may show; nothing without identity data."""
    pages = _pages(ctx.site)
    missing: dict[str, list[PageObservation]] = {}
    undecided: dict[str, list[PageObservation]] = {}
    for home, page in pages:
        identity = page.identity or frozenset()
        for element in FOOTER_ELEMENTS + (SITE_METAS if home else COLUMN_METAS):
            if element in identity and not (element == "conac" and CONAC_ERROR in identity):
                continue
            hidden_footer = element in FOOTER_ELEMENTS and EXTERNAL_FOOTER in identity
            (undecided if hidden_footer else missing).setdefault(element, []).append(page)
    found = [_Missing(e, tuple(missing[e])) for e in FOOTER_ELEMENTS + SITE_METAS + COLUMN_METAS if e in missing]
    unsure = [e for e in FOOTER_ELEMENTS if e in undecided and e not in missing]
    not_assessed: tuple[NotAssessed, ...] = ()
    if unsure:
        names = "、".join(rule.text(e).removeprefix("未规范添加") for e in unsure)
        not_assessed = (NotAssessed(rule.id, rule.reason("external_footer", names=names)),)
    if not found:
        return Outcome(not_assessed=not_assessed)
    points = sum(rule.param("meta_points" if m.element.startswith("meta:") else "footer_points") for m in found)
    points = round(min(points, rule.param("max_points")), 2)
    return Outcome(deductions=(Deduction(rule.id, points, _text(found, rule), _evidence(found, rule)),),
                   not_assessed=not_assessed)


def _pages(site: SiteObservations) -> list[tuple[bool, PageObservation]]:
    """(is the homepage, page) for the homepage and column reads carrying identity data, each URL once."""
    pages: list[tuple[bool, PageObservation]] = []
    urls: set[str] = set()
    candidates = [(True, site.home_last_ok)] + [(False, column.last_ok) for column in site.columns]
    for home, page in candidates:
        if page is None or not page.ok or page.identity is None or page.url in urls:
            continue
        urls.add(page.url)
        pages.append((home, page))
    return pages


def _label(element: str, rule: Rule) -> str:
    if element.startswith("meta:"):
        return f"{rule.text('meta')}（{element.removeprefix('meta:')}）"
    return rule.text(element)


def _text(found: list[_Missing], rule: Rule) -> str:
    parts = [rule.text(m.element) for m in found if not m.element.startswith("meta:")]
    metas = [m.element.removeprefix("meta:") for m in found if m.element.startswith("meta:")]
    if metas:
        parts.append(f"{rule.text('meta')}（{'、'.join(metas)}）")
    return "；".join(parts)


def _evidence(found: list[_Missing], rule: Rule) -> tuple[Evidence, ...]:
    evidence = []
    for missing in found:
        urls = "、".join(p.url for p in missing.pages[:_SHOWN_URLS])
        more = f"等{len(missing.pages)}个页面" if len(missing.pages) > _SHOWN_URLS else ""
        detail = f"{_label(missing.element, rule)}：{urls}{more}"
        first = missing.pages[0]
        evidence.append(Evidence(first.url, first.fetched_at, detail))
    return tuple(evidence)
