"""site.interaction and deduct.reply_stale at their boundaries, on synthetic observations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from monitor.rules.interaction import is_channel
from monitor.rules.model import AsOf
from monitor.rules.observations import (
    ColumnObservation,
    MessageObservation,
    PageObservation,
    SiteObservations,
)
from monitor.rules.verdict import Outcome
from tests.rulekit import rule as rule_of
from tests.rulekit import site_outcome

AS_OF = date(2024, 9, 3)
INSTANT = datetime(2024, 9, 3, 12, 0, tzinfo=timezone.utc)
SEEN = INSTANT - timedelta(hours=2)
RULE = rule_of("site.interaction")
STALE = rule_of("deduct.reply_stale")


def as_of() -> AsOf:
    return AsOf(day=AS_OF, instant=INSTANT, max_age=timedelta(days=7))


def days_ago(n: int) -> date:
    return AS_OF - timedelta(days=n)


def msg(asked: int | None, answered: int | None = None, status: str | None = None,
        title: str = "关于路灯维修的咨询") -> MessageObservation:
    """A message asked (and answered) that many days before the as-of date."""
    return MessageObservation(
        title=title, url=f"http://site/ldxx/{title}.html",
        asked=days_ago(asked) if asked is not None else None,
        answered=days_ago(answered) if answered is not None else None, status=status,
    )


def page(*messages: MessageObservation, outcome: str = "ok", fetched_at: datetime = SEEN) -> PageObservation:
    failed = outcome != "ok"
    return PageObservation(
        url="http://site/col/", fetched_at=fetched_at, outcome=outcome, status=None if failed else 200,
        kind=None if failed else "list", dates=(), item_count=None if failed else len(messages),
        blank=None if failed else not messages, blank_reason=None,
        error="timed out after 15.0 s" if failed else None, messages=messages,
    )


def column(name: str, observed: PageObservation | None, category: str | None = "interaction") -> ColumnObservation:
    return ColumnObservation(name=name, url=f"http://site/{name}/", category=category, level=1,
                             latest=observed, last_ok=observed if observed is not None and observed.ok else None)


def news() -> ColumnObservation:
    return column("工作动态", page(), "dynamic")


def observed(*columns: ColumnObservation) -> SiteObservations:
    return SiteObservations(code="6108000099", name="测试网站", unit="测试单位", url="http://site/", kind="portal",
                            home_latest=None, home_last_ok=None, columns=columns, links=())


def interaction(*columns: ColumnObservation, rule=RULE) -> Outcome:  # type: ignore[no-untyped-def]
    return site_outcome(rule, observed(news(), *columns), as_of())


def decided(outcome: Outcome) -> Outcome:
    """The outcome without what it leaves not assessed."""
    return replace(outcome, not_assessed=())


def texts(outcome: Outcome) -> list[str]:
    return [v.text for v in outcome.vetoes]


# --- channels --------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "category", "channel"), [
    ("领导信箱", "interaction", True), ("咨询投诉", "interaction", True), ("在线咨询", "interaction", True),
    ("建言献策", "interaction", True), ("政民互动", "interaction", True), ("网上留言", "interaction", True),
    ("书记信箱", "static", True), ("投诉举报", "interaction", True), ("12345热线", "interaction", True),
    ("在线访谈", "interaction", False), ("调查征集", "interaction", False), ("意见征集", "interaction", False),
    ("网上信访", "interaction", False), ("纪检举报", "interaction", False), ("监督举报", "interaction", False),
    ("热点回应", "interaction", False), ("政策问答", "interaction", False), ("工作动态", "dynamic", False),
    ("民意直通车", "interaction", True),
])
def test_which_columns_are_channels(name: str, category: str, channel: bool) -> None:
    assert is_channel(column(name, page(), category)) is channel


def test_no_channel_is_a_veto_with_evidence() -> None:
    outcome = interaction(column("在线访谈", page()), column("网上信访", page()), column("纪检举报", page()))
    assert texts(outcome) == ["未提供网上有效咨询建言渠道"]
    evidence = outcome.vetoes[0].evidence
    assert len(evidence) == 1 and evidence[0].url == "http://site/" and evidence[0].seen == SEEN
    assert "在线访谈、网上信访、纪检举报不属于咨询建言渠道" in evidence[0].detail


def test_a_blank_channel_is_still_a_channel_whose_answers_are_not_assessed() -> None:
    outcome = interaction(column("领导信箱", page()))
    assert decided(outcome) == Outcome()
    assert [n.reason for n in outcome.not_assessed] == ["咨询建言类栏目（领导信箱）未公开留言及答复，无法评估留言回应情况"]


def test_no_columns_at_all_is_unknown() -> None:
    outcome = site_outcome(RULE, observed(), as_of())
    assert outcome.vetoes == () and len(outcome.unknown) == 1


def test_unreadable_channel_is_unknown_not_no_channel() -> None:
    outcome = interaction(column("领导信箱", page(outcome="timeout")))
    assert outcome.vetoes == ()
    assert [u.rule for u in outcome.unknown] == ["site.interaction"]
    assert "领导信箱：抓取失败（timeout" in outcome.unknown[0].reason


def test_unreadable_interaction_column_without_channel_is_unknown() -> None:
    outcome = interaction(column("热点回应", page(outcome="http_error")))
    assert outcome.vetoes == () and "互动类栏目无法读取" in outcome.unknown[0].reason


def test_too_old_read_is_unknown() -> None:
    old = page(msg(200, status="unreplied"), fetched_at=INSTANT - timedelta(days=8))
    outcome = interaction(column("领导信箱", old))
    assert outcome.vetoes == () and len(outcome.unknown) == 1


# --- unanswered messages ---------------------------------------------------------------------


@pytest.mark.parametrize(("waited", "vetoed"), [(90, False), (91, True)])
def test_unreplied_90_vs_91_days(waited: int, vetoed: bool) -> None:
    outcome = interaction(column("领导信箱", page(msg(waited, status="unreplied"))))
    assert texts(outcome) == (["存在超过3个月未回应有效留言的现象"] if vetoed else [])
    if vetoed:
        (evidence,) = outcome.vetoes[0].evidence
        assert evidence.url == "http://site/ldxx/关于路灯维修的咨询.html" and evidence.seen == SEEN
        assert evidence.detail == f"领导信箱：“关于路灯维修的咨询”，留言时间{days_ago(91).isoformat()}，未回复，已91天未回应"


@pytest.mark.parametrize(("asked", "vetoed"), [(365, True), (366, False)])
def test_lookback_365_vs_366_days(asked: int, vetoed: bool) -> None:
    outcome = interaction(column("咨询投诉", page(msg(asked, status="unreplied"))))
    assert bool(outcome.vetoes) is vetoed
    assert outcome.unknown == ()


@pytest.mark.parametrize(("gap", "vetoed"), [(90, False), (91, True)])
def test_late_answer_90_vs_91_days(gap: int, vetoed: bool) -> None:
    outcome = interaction(column("领导信箱", page(msg(200, answered=200 - gap, status="replied"))))
    assert bool(outcome.vetoes) is vetoed
    if vetoed:
        assert f"答复，历时{gap}天" in outcome.vetoes[0].evidence[0].detail


def test_processing_counts_as_unanswered_replied_does_not() -> None:
    assert texts(interaction(column("在线咨询", page(msg(100, status="processing"))))) == [
        "存在超过3个月未回应有效留言的现象"
    ]
    assert "办理中" in interaction(column("在线咨询", page(msg(100, status="processing")))).vetoes[0].evidence[0].detail
    assert interaction(column("在线咨询", page(msg(100, status="replied")))) == Outcome()


def test_excluded_channels_messages_are_ignored() -> None:
    overdue = page(msg(120, status="unreplied"))
    outcome = interaction(column("领导信箱", page()), column("网上信访", overdue), column("纪检举报", overdue),
                          column("在线访谈", overdue))
    assert decided(outcome) == Outcome()


def test_undecided_message_is_not_assessed_never_a_veto() -> None:
    outcome = interaction(column("领导信箱", page(msg(120))))
    assert outcome.vetoes == () and outcome.unknown == ()
    assert [n.reason for n in outcome.not_assessed] == ["1条超过90天的留言未显示是否答复"]
    assert interaction(column("领导信箱", page(msg(30)))) == Outcome()  # not old enough to matter


def test_veto_in_one_channel_beats_an_unreadable_one() -> None:
    outcome = interaction(column("领导信箱", page(msg(100, status="unreplied"))), column("咨询投诉", page(outcome="timeout")))
    assert texts(outcome) == ["存在超过3个月未回应有效留言的现象"] and outcome.unknown == ()


def test_unreadable_channel_beside_a_clean_one_is_unknown() -> None:
    outcome = interaction(column("领导信箱", page(msg(10, 5, "replied"))), column("咨询投诉", page(outcome="timeout")))
    assert outcome.vetoes == () and "部分咨询建言类栏目无法读取" in outcome.unknown[0].reason


def test_evidence_per_message_and_duplicates_once() -> None:
    first, second = msg(100, status="unreplied", title="甲"), msg(150, status="processing", title="乙")
    outcome = interaction(column("领导信箱", page(first, second)), column("咨询投诉", page(first)))
    assert [e.url for e in outcome.vetoes[0].evidence] == ["http://site/ldxx/甲.html", "http://site/ldxx/乙.html"]


def test_future_answer_dates_are_typos() -> None:
    outcome = interaction(column("领导信箱", page(msg(100, answered=-5, status="unreplied"))))
    assert texts(outcome) == ["存在超过3个月未回应有效留言的现象"]


def test_overrides() -> None:
    rule = RULE.with_params({"reply_days": 30, "lookback_days": 60})
    assert texts(interaction(column("领导信箱", page(msg(31, status="unreplied"))), rule=rule)) == [
        "存在超过3个月未回应有效留言的现象"
    ]
    assert interaction(column("领导信箱", page(msg(61, status="unreplied"))), rule=rule) == Outcome()


# --- deduct.reply_stale ----------------------------------------------------------------------


def stale(*columns: ColumnObservation, rule=STALE) -> Outcome:  # type: ignore[no-untyped-def]
    return site_outcome(rule, observed(news(), *columns), as_of())


@pytest.mark.parametrize(("age", "deducted"), [(60, False), (61, True)])
def test_reply_stale_60_vs_61_days(age: int, deducted: bool) -> None:
    outcome = stale(column("领导信箱", page(msg(age + 3, answered=age, status="replied"))))
    assert outcome.unknown == ()
    assert [(d.rule, d.points, d.text) for d in outcome.deductions] == (
        [("deduct.reply_stale", 3.0, "监测时间点前2个月内无新的留言答复")] if deducted else []
    )
    if deducted:
        assert outcome.deductions[0].evidence[0].detail == f"领导信箱：最近答复日期{days_ago(61).isoformat()}"


def test_reply_stale_replied_without_date_asked_in_window() -> None:
    assert stale(column("领导信箱", page(msg(60, status="replied")))) == Outcome()
    outcome = stale(column("领导信箱", page(msg(61, status="replied"))))
    assert outcome.deductions == () and outcome.unknown == ()
    assert [n.reason for n in outcome.not_assessed] == ["1条留言未显示答复日期"]


def test_reply_stale_channel_without_messages_is_not_assessed() -> None:
    outcome = stale(column("领导信箱", page()))
    assert outcome.deductions == () and outcome.unknown == ()
    assert [n.reason for n in outcome.not_assessed] == ["咨询建言类栏目未公开留言及答复"]


def test_reply_stale_messages_never_answered_are_deducted() -> None:
    outcome = stale(column("领导信箱", page(msg(100, status="unreplied"))))
    assert outcome.deductions[0].evidence[0].detail == "领导信箱：无已答复留言"


def test_reply_stale_unanswered_only_is_deducted() -> None:
    outcome = stale(column("领导信箱", page(msg(10, status="unreplied"), msg(20, status="processing"))))
    assert [d.rule for d in outcome.deductions] == ["deduct.reply_stale"]


def test_reply_stale_unknown_when_no_channel_read() -> None:
    outcome = stale(column("领导信箱", page(outcome="timeout")))
    assert outcome.deductions == () and outcome.unknown[0].rule == "deduct.reply_stale"
    assert [n.reason for n in stale().not_assessed] == ["未发现咨询建言类栏目"]


def test_reply_stale_recent_reply_in_one_channel_beats_unreadable_other() -> None:
    outcome = stale(column("领导信箱", page(msg(20, 10, "replied"))), column("咨询投诉", page(outcome="timeout")))
    assert outcome == Outcome()
    outcome = stale(column("领导信箱", page(msg(90, 80, "replied"))), column("咨询投诉", page(outcome="timeout")))
    assert outcome.deductions == () and "咨询投诉" in outcome.unknown[0].reason


def test_reply_stale_excluded_channels_do_not_count() -> None:
    outcome = stale(column("领导信箱", page(msg(90, status="unreplied"))), column("在线访谈", page(msg(5, 1, "replied"))))
    assert [d.rule for d in outcome.deductions] == ["deduct.reply_stale"]


def test_reply_stale_overrides() -> None:
    rule = STALE.with_params({"days": 30, "points": 2})
    outcome = stale(column("领导信箱", page(msg(40, 31, "replied"))), rule=rule)
    assert [d.points for d in outcome.deductions] == [2.0]
    assert stale(column("领导信箱", page(msg(40, 30, "replied"))), rule=rule) == Outcome()


def test_rules_as_data() -> None:
    assert RULE.kind == "veto" and RULE.indicator == "互动回应差" and RULE.subject == "site"
    assert dict(RULE.params) == {"reply_days": 90, "lookback_days": 365}
    assert STALE.kind == "deduction" and STALE.subject == "portal" and STALE.indicator_group == "互动交流"
    assert dict(STALE.params) == {"points": 3, "days": 60} and STALE.verified is False
