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

from monitor.rules.model import Rule, make_rule
from monitor.rules.observations import PageObservation, SiteObservations
from monitor.rules.verdict import Deduction, Evidence, RuleOutcome, Unknown

RULES: tuple[Rule, ...] = (
    make_rule(
        id="deduct.site_identity",
        indicator="功能设计",
        subject="portal",
        kind="deduction",
        params={"footer_points": 0.5, "meta_points": 0.2, "max_points": 5.0},
        texts={
            "conac": "未规范添加党政机关网站标识",
            "sponsor": "未规范添加主办单位",
            "contact": "未规范添加联系方式",
            "site_code": "未规范添加网站标识码",
            "icp": "未规范添加ICP备案编号",
            "police": "未规范添加公安机关备案标识",
            "meta": "未规范添加网页元数据",
        },
        summary="each footer mark missing from the homepage or a column page (`footer_points` each) and "
        "each meta tag missing (`meta_points` each; SiteName/SiteDomain/SiteIDCode on the homepage, "
        "ColumnName/ColumnType on column pages), at most `max_points` in all",
        indicator_group="功能设计",
        verified=False,
    ),
)

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


def evaluate_identity(site: SiteObservations, rule: Rule) -> RuleOutcome:
    """One deduction naming each missing element once with the pages it is missing on; unknown
    for marks a script- or frame-loaded footer may show; nothing without identity data."""
    pages = _pages(site)
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
    unknown = ()
    if unsure:
        names = "、".join(rule.text(e).removeprefix("未规范添加") for e in unsure)
        unknown = (Unknown(rule.id, f"页脚由脚本或框架加载，无法判断是否缺少{names}"),)
    if not found:
        return RuleOutcome(unknown=unknown)
    points = sum(rule.param("meta_points" if m.element.startswith("meta:") else "footer_points") for m in found)
    points = round(min(points, rule.param("max_points")), 2)
    return RuleOutcome(deductions=(Deduction(rule.id, points, _text(found, rule), _evidence(found, rule)),),
                       unknown=unknown)


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
