"""The rules at their boundaries, on synthetic observations (no I/O)."""

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from monitor.rules.accounts import AccountIndex
from monitor.rules.catalog import load_ruleset
from monitor.rules.engine import evaluate_site
from monitor.rules.model import AsOf
from monitor.rules.observations import (
    AccountRecord,
    ColumnObservation,
    GuideObservation,
    LinkObservation,
    MessageObservation,
    PageObservation,
    ShownAccount,
    SiteObservations,
)
from monitor.rules.service import GUIDE_ELEMENTS

AS_OF = date(2024, 9, 3)
INSTANT = datetime(2024, 9, 3, 12, 0, tzinfo=timezone.utc)
SEEN = INSTANT - timedelta(hours=2)
RULES = load_ruleset("national-2019")


def as_of(day: date = AS_OF, instant: datetime = INSTANT) -> AsOf:
    return AsOf(day=day, instant=instant, max_age=timedelta(days=7))


def page(*dates: date, outcome: str = "ok", blank: bool = False, kind: str = "list",
         fetched_at: datetime = SEEN, reason: str | None = None) -> PageObservation:
    failed = outcome != "ok"
    return PageObservation(
        url="http://site/col/", fetched_at=fetched_at, outcome=outcome, status=None if failed else 200,
        kind=None if failed else kind, dates=dates, item_count=None if failed else len(dates),
        blank=None if failed else blank, blank_reason=reason, error="timed out after 15.0 s" if failed else None,
    )


def column(name: str, observed: PageObservation | None, category: str = "dynamic", level: int = 1,
           last_ok: PageObservation | None = None) -> ColumnObservation:
    if last_ok is None and observed is not None and observed.ok:
        last_ok = observed
    return ColumnObservation(name=name, url=f"http://site/{name}/", category=category, level=level,
                             latest=observed, last_ok=last_ok)


def healthy_services() -> tuple[list[ColumnObservation], tuple[GuideObservation, ...]]:
    """A consultation channel with answered messages and a service column with a complete guide,
    so that the rules under test are the only ones that can fail a synthetic site."""
    seen = datetime(2024, 8, 29, 12, tzinfo=timezone.utc)  # before every as-of date the tests use
    answered = MessageObservation("咨询社保缴费", "http://site/ldxx/1.html", days_ago(40), days_ago(38), "replied")
    mailbox = replace(page(days_ago(40), fetched_at=seen), messages=(answered,))
    services = [column("领导信箱", mailbox, "interaction"), column("办事服务", page(days_ago(40), fetched_at=seen), "static")]
    guide = GuideObservation("http://site/bsfw/1.html", "户籍办理指南", frozenset(GUIDE_ELEMENTS), seen)
    return services, (guide,)


def site(columns: list[ColumnObservation], home: PageObservation | None = None, kind: str = "department",
         links: tuple[LinkObservation, ...] = ()) -> SiteObservations:
    home = home if home is not None else page(AS_OF - timedelta(days=1), kind="home")
    services, guides = healthy_services()
    return SiteObservations(code="3703000034", name="测试网站", unit="测试单位", url="http://site/", kind=kind,
                            home_latest=home, home_last_ok=home if home.ok else None,
                            columns=tuple(columns + services), links=links, guides=guides)


def own(verdict: object) -> list[object]:
    """The columns a test made (without the healthy channel and service columns every site gets)."""
    return [c for c in verdict.columns if c.name not in ("领导信箱", "办事服务")]  # type: ignore[attr-defined]


def days_ago(n: int) -> date:
    return AS_OF - timedelta(days=n)


def fresh(n: int) -> list[ColumnObservation]:
    return [column(f"fresh{i}", page(days_ago(1))) for i in range(n)]


# An item dated 14 days before the as-of date is outside the 2-week window: the
# window closes on latest + 14 (rules.md: updated 2024-08-20, fails on 2024-09-03).
@pytest.mark.parametrize(("age", "status"), [(13, "ok"), (14, "stale"), (15, "stale")])
def test_dynamic_column_window_days_13_14_15(age: int, status: str) -> None:
    verdict = evaluate_site(site([column("工作动态", page(days_ago(age)))]), as_of(), RULES)
    assert verdict.columns[0].status == status
    assert verdict.columns[0].fails_on == days_ago(age) + timedelta(days=14)


def test_spec_example_fails_on() -> None:
    # rules.md: a dynamic column last updated 2024-08-20 fails on 2024-09-03.
    verdict = evaluate_site(site([column("工作动态", page(date(2024, 8, 20)))]), as_of(), RULES)
    assert verdict.columns[0].fails_on == date(2024, 9, 3)


@pytest.mark.parametrize(("stale", "vetoed"), [(4, False), (5, True)])
def test_four_vs_five_stale_columns(stale: int, vetoed: bool) -> None:
    columns = [column(f"动态{i}", page(days_ago(20))) for i in range(stale)] + fresh(3)
    verdict = evaluate_site(site(columns), as_of(), RULES)
    assert verdict.verdict == ("fail" if vetoed else "pass")
    texts = [v.text for v in verdict.vetoes]
    assert texts == (["动态要闻、政策文件、通知公告栏目不更新数量超过5个"] if vetoed else [])
    if vetoed:
        assert len(verdict.vetoes[0].evidence) == 5
        assert "已20天未更新" in verdict.vetoes[0].evidence[0].detail


def test_notice_policy_columns_count_only_when_first_level() -> None:
    second = [column(f"通知{i}", page(days_ago(200)), "notice_policy", level=2) for i in range(5)]
    assert evaluate_site(site(second), as_of(), RULES).vetoes == ()
    first = [column(f"通知{i}", page(days_ago(200)), "notice_policy", level=1) for i in range(5)]
    assert [v.text for v in evaluate_site(site(first), as_of(), RULES).vetoes] == [
        "动态要闻、政策文件、通知公告栏目不更新数量超过5个"
    ]
    young = [column(f"通知{i}", page(days_ago(179)), "notice_policy") for i in range(5)]
    assert evaluate_site(site(young), as_of(), RULES).verdict == "pass"


@pytest.mark.parametrize(("count", "vetoed"), [(9, False), (10, True)])
def test_long_unupdated_nine_vs_ten(count: int, vetoed: bool) -> None:
    columns = [column(f"人事{i}", page(days_ago(400)), "yearly") for i in range(count)]
    verdict = evaluate_site(site(columns), as_of(), RULES)
    assert ("更新不达标栏目数超过10个" in [v.text for v in verdict.vetoes]) is vetoed


@pytest.mark.parametrize(("blanks", "vetoed"), [(4, False), (5, True)])
def test_blank_columns_four_vs_five(blanks: int, vetoed: bool) -> None:
    columns = [column(f"空{i}", page(blank=True, reason="暂无信息"), "static") for i in range(blanks)] + fresh(2)
    verdict = evaluate_site(site(columns), as_of(), RULES)
    assert ("空白栏目数超过5个" in [v.text for v in verdict.vetoes]) is vetoed
    assert [c.status for c in own(verdict)].count("blank") == blanks


def test_fetch_error_is_unknown_never_blank_or_stale() -> None:
    columns = [column(f"栏目{i}", page(outcome="timeout")) for i in range(6)]
    verdict = evaluate_site(site(columns), as_of(), RULES)
    assert {c.status for c in own(verdict)} == {"unknown"}
    assert verdict.vetoes == ()
    assert verdict.verdict == "unknown"
    assert all("timeout" in (c.reason or "") for c in own(verdict))


def test_unknown_only_when_it_could_tip_the_count() -> None:
    one_unknown = [column("慢栏目", page(outcome="timeout"))] + fresh(5)
    verdict = evaluate_site(site(one_unknown), as_of(), RULES)
    assert verdict.verdict == "pass" and verdict.columns[0].status == "unknown"
    four_stale_one_unknown = [column(f"动态{i}", page(days_ago(30))) for i in range(4)]
    four_stale_one_unknown.append(column("慢栏目", page(outcome="timeout")))
    verdict = evaluate_site(site(four_stale_one_unknown), as_of(), RULES)
    assert verdict.verdict == "unknown" and verdict.vetoes == ()
    assert "已确认4个" in verdict.unknown[0].reason


def test_failed_fetch_with_fresh_earlier_read_is_still_fresh() -> None:
    earlier = page(days_ago(3), fetched_at=SEEN - timedelta(days=1))
    verdict = evaluate_site(site([column("工作动态", page(outcome="timeout"), last_ok=earlier)]), as_of(), RULES)
    assert verdict.columns[0].status == "ok"
    stale_earlier = page(days_ago(30), fetched_at=SEEN - timedelta(days=1))
    verdict = evaluate_site(site([column("工作动态", page(outcome="timeout"), last_ok=stale_earlier)]), as_of(), RULES)
    assert verdict.columns[0].status == "unknown"


def test_observation_too_old_decides_nothing() -> None:
    old = page(days_ago(30), fetched_at=INSTANT - timedelta(days=8))
    assert evaluate_site(site([column("工作动态", old)]), as_of(), RULES).columns[0].status == "unknown"


def test_undated_items_are_not_updates() -> None:
    verdict = evaluate_site(site([column("工作动态", replace(page(), item_count=3))]), as_of(), RULES)
    assert verdict.columns[0].status == "stale"


def test_future_dates_are_not_updates() -> None:
    verdict = evaluate_site(site([column("工作动态", page(days_ago(20), AS_OF + timedelta(days=30)))]), as_of(), RULES)
    assert verdict.columns[0].latest_date == days_ago(20)


@pytest.mark.parametrize(("age", "vetoed"), [(13, False), (14, True), (15, True)])
def test_homepage_stale_boundary(age: int, vetoed: bool) -> None:
    verdict = evaluate_site(site(fresh(1), home=page(days_ago(age), kind="home")), as_of(), RULES)
    assert ([v.text for v in verdict.vetoes] == ["监测时间点前2周内首页无更新"]) is vetoed


def test_homepage_unreachable_is_unknown() -> None:
    verdict = evaluate_site(site(fresh(1), home=page(outcome="connect_error")), as_of(), RULES)
    assert verdict.verdict == "unknown"
    assert verdict.unknown[0].rule == "site.homepage_stale"


def test_navigation_only_homepage_uses_columns() -> None:
    nav_only = page(kind="home")
    assert evaluate_site(site(fresh(2), home=nav_only), as_of(), RULES).verdict == "pass"
    stale_cols = [column("动态", page(days_ago(30)))]
    verdict = evaluate_site(site(stale_cols, home=nav_only), as_of(), RULES)
    assert [v.rule for v in verdict.vetoes] == ["site.homepage_stale"]


def test_as_of_two_dates_give_two_answers() -> None:
    observed = page(date(2024, 8, 20), fetched_at=datetime(2024, 8, 29, tzinfo=timezone.utc))
    obs = site([column(f"动态{i}", observed) for i in range(5)],
               home=page(date(2024, 8, 28), kind="home", fetched_at=datetime(2024, 8, 29, tzinfo=timezone.utc)))
    early = evaluate_site(obs, as_of(date(2024, 9, 2), datetime(2024, 9, 2, 15, tzinfo=timezone.utc)), RULES)
    late = evaluate_site(obs, as_of(date(2024, 9, 3), datetime(2024, 9, 3, 15, tzinfo=timezone.utc)), RULES)
    assert early.verdict == "pass" and late.verdict == "fail"
    assert any(w.fails_on == date(2024, 9, 3) for w in early.warnings)


def test_overrides_change_thresholds_and_wording() -> None:
    rules = load_ruleset("national-2019", {"site.columns_stale": {"dynamic_days": 7, "stale_count": 3}})
    columns = [column(f"动态{i}", page(days_ago(8))) for i in range(3)]
    verdict = evaluate_site(site(columns), as_of(), rules)
    assert [v.text for v in verdict.vetoes] == ["动态要闻、政策文件、通知公告栏目不更新数量超过3个"]


def link(url: str, on_home: bool, outcome: str = "http_error", status: int | None = 404) -> LinkObservation:
    return LinkObservation(url=url, found_on="http://site/", on_homepage=on_home, external=False,
                           outcome=outcome, status=status, checked_at=SEEN, error=None)


def test_link_deductions_and_portal_score() -> None:
    links = (link("http://site/a", True), link("http://site/b", True), link("http://site/c", False),
             link("http://site/ok", True, "ok", 200), link("http://site/slow", False, "timeout", None))
    verdict = evaluate_site(site(fresh(1), kind="portal", links=links), as_of(), RULES)
    assert [(d.rule, d.points) for d in verdict.deductions] == [("deduct.links_home", 2.0), ("deduct.links_other", 0.1)]
    assert verdict.score == 97.9 and verdict.verdict == "pass"
    department = evaluate_site(site(fresh(1), links=links), as_of(), RULES)
    assert department.score is None and department.deductions


@pytest.mark.parametrize(("points", "verdict"), [(40.0, "pass"), (40.1, "fail")])
def test_portal_fails_below_sixty(points: float, verdict: str) -> None:
    # Per-link points and an uncapped indicator reach 40 and 40.1 deducted exactly.
    rules = load_ruleset("national-2019", {"deduct.links_home": {"points": 20.0},
                                           "deduct.links_other": {"points": points - 20.0}})
    rules = replace(rules, indicator_points={**rules.indicator_points, "功能设计": 100.0})
    links = (link("http://site/a", True), link("http://site/b", False))
    result = evaluate_site(site(fresh(1), kind="portal", links=links), as_of(), rules)
    assert result.score == round(100 - points, 2)
    assert result.verdict == verdict


def test_deductions_capped_at_indicator_points() -> None:
    links = tuple(link(f"http://site/{i}", True) for i in range(30))
    verdict = evaluate_site(site(fresh(1), kind="portal", links=links), as_of(), RULES)
    assert sum(d.points for d in verdict.deductions) == 21.0
    assert verdict.score == 79.0


def test_docs_are_generated_from_the_rules_table() -> None:
    from pathlib import Path

    from monitor.rules.docs import rules_markdown

    docs = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    assert docs.read_text(encoding="utf-8") == rules_markdown(RULES)


@pytest.mark.parametrize("kind", ["soft404", "blocked"])
def test_soft404_and_firewall_pages_are_unknown(kind: str) -> None:
    columns = [column(f"栏目{i}", page(blank=True, kind=kind)) for i in range(5)]
    verdict = evaluate_site(site(columns), as_of(), RULES)
    assert {c.status for c in own(verdict)} == {"unknown"} and verdict.vetoes == ()


def test_policy_column_deduction_without_double_penalty() -> None:
    policy = column("政策文件", page(days_ago(200)), "notice_policy", level=1)
    notice = column("通知公告", page(days_ago(200)), "notice_policy", level=1)
    verdict = evaluate_site(site([policy, notice], kind="portal"), as_of(), RULES)
    assert [(d.rule, d.points) for d in verdict.deductions] == [("deduct.policy_column", 5.0)]
    assert verdict.score == 95.0
    # Counted in a veto already (five stale first-level columns): not deducted again.
    stale = [column(f"政策文件{i}", page(days_ago(200)), "notice_policy", level=1) for i in range(5)]
    vetoed = evaluate_site(site(stale, kind="portal"), as_of(), RULES)
    assert vetoed.vetoes and vetoed.deductions == ()


def test_undecided_deduction_counts_only_when_it_could_tip_the_score() -> None:
    slow = (link("http://site/slow", False, "timeout", None),)
    verdict = evaluate_site(site(fresh(1), kind="portal", links=slow), as_of(), RULES)
    assert verdict.verdict == "pass" and verdict.unknown == ()
    assert [u.rule for u in verdict.notes] == ["deduct.links_other"]
    # At 60.05 points one more undecided link (0.1) could fail the portal: now it is unknown.
    rules = replace(load_ruleset("national-2019", {"deduct.links_home": {"points": 39.95}}),
                    indicator_points={**RULES.indicator_points, "功能设计": 100.0})
    near = (link("http://site/a", True),) + slow
    verdict = evaluate_site(site(fresh(1), kind="portal", links=near), as_of(), rules)
    assert verdict.score == 60.05 and verdict.verdict == "unknown"
    assert [u.rule for u in verdict.unknown] == ["deduct.links_other"]


def test_an_unreadable_list_is_unknown_never_stale_nor_blank() -> None:
    shell = replace(page(), item_count=0, unreadable="列表由脚本生成，未找到数据地址")
    verdict = evaluate_site(site(fresh(3) + [column("通知公告", shell, "notice_policy")]), as_of(), RULES)
    (status,) = [c for c in verdict.columns if c.name == "通知公告"]
    assert status.status == "unknown" and status.blank is None
    assert status.reason == "列表无法读取（列表由脚本生成，未找到数据地址）"
    assert verdict.verdict == "pass"  # one unknown column cannot reach any count


def test_unreadable_lists_that_could_tip_a_count_make_the_site_unknown() -> None:
    shell = replace(page(), item_count=0, unreadable="列表通过表单回发（postback）翻页，无法读取")
    blanks = [column(f"空白{i}", page(blank=True, reason="暂无信息"), "static") for i in range(4)]
    verdict = evaluate_site(site(fresh(2) + blanks + [column("人事信息", shell, "yearly")]), as_of(), RULES)
    assert verdict.verdict == "unknown" and verdict.vetoes == ()
    assert [u.rule for u in verdict.unknown] == ["site.columns_stale"]


def test_functional_pages_are_never_blank_nor_stale() -> None:
    landing = page(blank=True, reason="暂无信息")  # a landing page of service categories, read as empty
    functional = [column(name, landing, "functional") for name in ("办事服务", "互动交流", "网站地图", "联系我们", "无障碍")]
    verdict = evaluate_site(site(fresh(2) + functional), as_of(), RULES)
    assert verdict.verdict == "pass" and verdict.vetoes == ()
    statuses = {c.name: (c.status, c.blank) for c in verdict.columns if c.category == "functional"}
    assert set(statuses.values()) == {("ok", False)} and len(statuses) == 5


def _shown(platform: str, name: str | None = None, handle: str | None = None, caption: str = "") -> ShownAccount:
    return ShownAccount(platform, name, handle, f"https://weibo.com/u/{handle}" if handle else None, caption,
                        "http://site/", SEEN)


def _registered(name: str, platform: str = "weibo", unit: str = "测试单位", feed: str | None = None) -> AccountRecord:
    return AccountRecord(key=f"{platform}:{name}", code=None, name=name, platform=platform, operator=unit, unit=unit,
                         observations=(), feed=feed)


def test_accounts_a_site_shows_but_the_registry_lacks_are_a_finding() -> None:
    shown = (_shown("weibo", "测试发布"), _shown("douyin", "测试文旅"), _shown("wechat", caption="官方微信"),
             _shown("weibo", handle="2718296440"))
    observed = replace(site(fresh(2)), accounts_shown=shown)
    registry = [_registered("测试 发布"), _registered("测试公众号", "wechat"),
                _registered("测试微博", feed="http://rsshub/weibo/user/2718296440")]
    verdict = evaluate_site(observed, as_of(), RULES, AccountIndex.of(registry))
    (finding,) = verdict.findings
    assert finding.rule == "site.accounts_unregistered" and finding.text == "网站展示的政务新媒体未备案"
    assert [e.detail for e in finding.evidence] == ["网站首页展示的抖音“测试文旅”不在备案名单中"]
    assert verdict.verdict == "pass"  # a finding, not a veto nationally
    # A bare QR code counts as registered only when the site's unit has an account on that platform.
    lone = evaluate_site(observed, as_of(), RULES, AccountIndex.of([_registered("测试发布"), _registered("测试文旅", "douyin")]))
    assert [e.detail for e in lone.findings[0].evidence] == ["网站首页展示的微信公众号二维码（官方微信）不在备案名单中"]
    # Without any registry there is nothing to compare with.
    alone = evaluate_site(observed, as_of(), RULES)
    assert alone.findings == () and "site.accounts_unregistered" in [n.rule for n in alone.not_assessed]


def test_a_page_with_no_list_found_and_no_proof_of_blank_is_unknown_not_stale() -> None:
    landing = replace(page(), item_count=0)  # read fine, not shown empty, no list recognised
    verdict = evaluate_site(site(fresh(3) + [column("服务专区", landing, "dynamic")]), as_of(), RULES)
    (status,) = [c for c in verdict.columns if c.name == "服务专区"]
    assert (status.status, status.reason) == ("unknown", "页面中未识别出信息列表")
    undated = replace(page(), item_count=4)  # a list whose items show no dates is not updated
    verdict = evaluate_site(site(fresh(3) + [column("工作动态", undated, "dynamic")]), as_of(), RULES)
    assert [c.status for c in verdict.columns if c.name == "工作动态"] == ["stale"]
