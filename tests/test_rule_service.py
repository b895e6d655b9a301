"""site.service at its boundaries, on synthetic observations."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from monitor.rules.model import AsOf
from monitor.rules.observations import (
    ColumnObservation,
    GuideObservation,
    LinkObservation,
    PageObservation,
    SiteObservations,
)
from monitor.rules.model import Rule
from monitor.rules.observations import ServiceObservation
from monitor.rules.service import GUIDE_ELEMENTS
from monitor.rules.verdict import Outcome
from monitor.vocab import is_service
from tests.rulekit import rule as rule_of
from tests.rulekit import site_outcome

AS_OF = date(2024, 9, 3)
INSTANT = datetime(2024, 9, 3, 12, 0, tzinfo=timezone.utc)
SEEN = INSTANT - timedelta(hours=2)
RULE = rule_of("site.service")


def as_of() -> AsOf:
    return AsOf(day=AS_OF, instant=INSTANT, max_age=timedelta(days=7))


def page(outcome: str = "ok", kind: str = "list") -> PageObservation:
    failed = outcome != "ok"
    return PageObservation(
        url="http://site/", fetched_at=SEEN, outcome=outcome, status=None if failed else 200,
        kind=None if failed else kind, dates=(AS_OF,), item_count=1, blank=False, blank_reason=None,
        error="timed out" if failed else None,
    )


def column(name: str, category: str = "static", url: str | None = None) -> ColumnObservation:
    return ColumnObservation(name=name, url=url or f"http://site/{name}/", category=category, level=1,
                             latest=page(), last_ok=page())


def guide(i: int, missing: int, seen: datetime = SEEN) -> GuideObservation:
    """Guide i missing the last `missing` key elements."""
    shown = GUIDE_ELEMENTS[: len(GUIDE_ELEMENTS) - missing]
    return GuideObservation(url=f"http://site/bszn/{i}.html", title=f"事项{i}办事指南", elements=frozenset(shown), seen=seen)


def site(columns: list[ColumnObservation], guides: list[GuideObservation] = (),  # type: ignore[assignment]
         home: PageObservation | None = None, links: tuple[LinkObservation, ...] = (),
         services: tuple[ServiceObservation, ...] | None = None) -> SiteObservations:
    home = home if home is not None else page(kind="home")
    return SiteObservations(code="6108000099", name="测试网站", unit="测试单位", url="http://site/", kind="department",
                            home_latest=home, home_last_ok=home if home.ok else None, columns=tuple(columns),
                            links=links, guides=tuple(guides), services=services)


def evaluate_service(observed: SiteObservations, when: AsOf, rule: Rule) -> Outcome:
    return site_outcome(rule, observed, when)


SERVICE = [column("工作动态", "dynamic"), column("办事服务")]


@pytest.mark.parametrize(("bad", "vetoed"), [(4, False), (5, True)])
def test_four_vs_five_bad_guides(bad: int, vetoed: bool) -> None:
    guides = [guide(i, 4) for i in range(bad)] + [guide(100 + i, 0) for i in range(3)]
    outcome = evaluate_service(site(SERVICE, guides), as_of(), RULE)
    assert [v.text for v in outcome.vetoes] == (["办事指南要素缺失"] if vetoed else [])
    assert outcome.unknown == ()
    if vetoed:
        evidence = outcome.vetoes[0].evidence
        assert [e.url for e in evidence] == [f"http://site/bszn/{i}.html" for i in range(5)]
        assert evidence[0].seen == SEEN
        assert evidence[0].detail == "“事项0办事指南”缺少4项要素：收费标准、办理时间、联系电话、办理流程"


@pytest.mark.parametrize(("missing", "vetoed"), [(3, False), (4, True)])
def test_three_vs_four_missing_elements(missing: int, vetoed: bool) -> None:
    outcome = evaluate_service(site(SERVICE, [guide(i, missing) for i in range(5)]), as_of(), RULE)
    assert bool(outcome.vetoes) is vetoed


def test_unknown_element_names_do_not_count() -> None:
    odd = GuideObservation(url="http://site/bszn/x.html", title="x", seen=SEEN,
                           elements=frozenset(GUIDE_ELEMENTS[:6]) | {"办理时限", "事项类型", "办理结果", "服务对象"})
    guides = [odd] + [guide(i, 4) for i in range(4)]
    assert [v.text for v in evaluate_service(site(SERVICE, guides), as_of(), RULE).vetoes] == ["办事指南要素缺失"]


def test_guides_seen_after_the_as_of_instant_or_twice() -> None:
    later = [guide(i, 6, seen=INSTANT + timedelta(hours=1)) for i in range(5)]
    assert evaluate_service(site(SERVICE, later), as_of(), RULE) == Outcome()  # not yet seen: nothing to judge
    # The newest reading of a page decides: a guide fixed since counts as fixed.
    fixed = [guide(i, 6, seen=SEEN - timedelta(days=3)) for i in range(5)] + [guide(0, 0)]
    assert evaluate_service(site(SERVICE, fixed), as_of(), RULE) == Outcome()


def test_service_column_without_guides_passes() -> None:
    # Clause (2) is judged on the guides found on the site's own pages: none, so it cannot fire.
    assert evaluate_service(site(SERVICE), as_of(), RULE) == Outcome()


def test_service_on_a_platform_off_the_site_passes_with_guides_not_assessed() -> None:
    entry = ServiceObservation("办事服务", "http://zwfw.shaanxi.gov.cn/yl/")
    outcome = evaluate_service(site([column("工作动态", "dynamic")], services=(entry,)), as_of(), RULE)
    assert outcome.vetoes == () and outcome.unknown == ()
    assert [n.reason for n in outcome.not_assessed] == [
        "办事指南位于站外政务服务平台（zwfw.shaanxi.gov.cn），不在本网站评估"]


def test_a_service_link_by_name_on_another_host_is_a_service() -> None:
    entry = ServiceObservation("网上办事", "http://127.0.0.2:8080/")
    outcome = evaluate_service(site([column("工作动态", "dynamic")], services=(entry,)), as_of(), RULE)
    assert outcome.vetoes == () and outcome.unknown == () and len(outcome.not_assessed) == 1


def test_no_service_at_all_is_a_veto() -> None:
    outcome = evaluate_service(site([column("工作动态", "dynamic"), column("机构概况")]), as_of(), RULE)
    assert [v.text for v in outcome.vetoes] == ["未提供办事服务"]
    (evidence,) = outcome.vetoes[0].evidence
    assert evidence.url == "http://site/" and evidence.seen == SEEN and "2个栏目中未发现办事服务" in evidence.detail


def test_guides_alone_are_a_service() -> None:
    assert evaluate_service(site([column("工作动态", "dynamic")], [guide(1, 0)]), as_of(), RULE) == Outcome()


def test_platform_link_on_the_homepage_is_a_service() -> None:
    link = LinkObservation(url="http://zwfw.shaanxi.gov.cn/yl/", found_on="http://site/", on_homepage=True,
                           external=True, outcome="ok", status=200, checked_at=SEEN, error=None)
    outcome = evaluate_service(site([column("工作动态", "dynamic")], links=(link,)), as_of(), RULE)
    assert outcome.vetoes == () and outcome.unknown == ()
    assert "zwfw.shaanxi.gov.cn" in outcome.not_assessed[0].reason


def test_unreadable_homepage_or_no_columns_is_unknown() -> None:
    assert evaluate_service(site([column("工作动态", "dynamic")], home=page("timeout")), as_of(), RULE).vetoes == ()
    assert evaluate_service(site([]), as_of(), RULE).unknown[0].reason.startswith("首页未识别出任何栏目")


@pytest.mark.parametrize(("name", "url", "service"), [
    ("办事服务", "", True), ("网上办事", "", True), ("政务服务", "", True), ("办事指南", "", True),
    ("便民服务", "", True), ("更多", "http://site/bsfw/", True), ("工作动态", "http://site/gzdt/", False),
    ("服务", "http://zwfw.sx.gov.cn/", True),
])
def test_service_columns(name: str, url: str, service: bool) -> None:
    assert is_service(name, url) is service


def test_overrides() -> None:
    rule = RULE.with_params({"missing_elements": 2, "guide_count": 2})
    guides = [guide(i, 2) for i in range(2)]
    assert [v.text for v in evaluate_service(site(SERVICE, guides), as_of(), rule).vetoes] == ["办事指南要素缺失"]
    assert evaluate_service(site(SERVICE, guides), as_of(), RULE) == Outcome()


def test_rule_as_data() -> None:
    assert (RULE.id, RULE.kind, RULE.indicator, RULE.verified) == ("site.service", "veto", "服务不实用", False)
    assert dict(RULE.params) == {"missing_elements": 4, "guide_count": 5}
    assert len(GUIDE_ELEMENTS) == 10
