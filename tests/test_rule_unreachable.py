"""site.unreachable at its boundaries: probe counts and failure ratios."""

from datetime import date, datetime, timedelta, timezone

import pytest

from monitor.rules.catalog import load_ruleset
from monitor.rules.model import AsOf
from monitor.rules.observations import ProbeObservation
from monitor.rules.observations import SiteObservations
from monitor.rules.verdict import Outcome
from tests.rulekit import site_outcome

RULE = load_ruleset("national-2019")["site.unreachable"]
INSTANT = datetime(2024, 8, 29, 12, tzinfo=timezone.utc)
AS_OF = AsOf(day=date(2024, 8, 29), instant=INSTANT, max_age=timedelta(days=7))


def evaluate_unreachable(
    observed: tuple[ProbeObservation, ...] | None, url: str, as_of: AsOf, rule: object = RULE
) -> Outcome:
    site = SiteObservations(code="3703000034", name="测试网站", unit="测试单位", url=url, kind="department",
                            home_latest=None, home_last_ok=None, columns=(), links=(), probes=observed)
    return site_outcome(RULE, site, as_of)


def probes(total: int, failed: int, *, spread_days: float = 7.0) -> tuple[ProbeObservation, ...]:
    step = timedelta(days=spread_days) / total
    return tuple(
        ProbeObservation(probed_at=INSTANT - i * step, ok=i >= failed,
                         outcome="ok" if i >= failed else "timeout", elapsed_ms=100)
        for i in range(total)
    )


def test_probing_off_is_not_assessed() -> None:
    outcome = evaluate_unreachable(None, "http://x/", AS_OF, RULE)
    assert outcome.vetoes == () and outcome.unknown == ()
    assert [n.reason for n in outcome.not_assessed] == ["未开启首页可用性探测（probe.enabled: false）"]


@pytest.mark.parametrize(("per_day", "decided"), [(19, False), (20, True)])
def test_nineteen_vs_twenty_probes_a_day(per_day: int, decided: bool) -> None:
    outcome = evaluate_unreachable(probes(per_day * 7, 0), "http://x/", AS_OF, RULE)
    if decided:
        assert outcome == Outcome()
    else:
        assert outcome.unknown == () and outcome.vetoes == ()
        assert [n.reason for n in outcome.not_assessed] == ["7天内仅有133次首页探测（需140次），探测次数不足，暂不评估"]


def test_failed_probes_count_as_failures_never_as_unknown() -> None:
    outcome = evaluate_unreachable(probes(140, 140), "http://x/", AS_OF, RULE)
    assert outcome.unknown == () and outcome.not_assessed == ()
    assert [v.text for v in outcome.vetoes] == ["站点无法访问（监测1周，不可访问次数占比100.0%）"]


@pytest.mark.parametrize(("failed", "vetoed"), [(49, False), (50, True)])
def test_four_point_nine_vs_five_percent(failed: int, vetoed: bool) -> None:
    outcome = evaluate_unreachable(probes(1000, failed), "http://x/", AS_OF, RULE)
    if vetoed:
        assert [v.text for v in outcome.vetoes] == ["站点无法访问（监测1周，不可访问次数占比5.0%）"]
        assert len(outcome.vetoes[0].evidence) == 50
    else:
        assert outcome.vetoes == ()
        assert [w.text for w in outcome.warnings] == ["首页不可访问次数占比已达4.9%"]


def test_probes_outside_the_week_do_not_count() -> None:
    old = tuple(ProbeObservation(INSTANT - timedelta(days=8, minutes=i), False, "timeout", None) for i in range(500))
    outcome = evaluate_unreachable(probes(140, 0) + old, "http://x/", AS_OF, RULE)
    assert outcome.vetoes == () and outcome.unknown == ()
    later = tuple(ProbeObservation(INSTANT + timedelta(hours=1), False, "timeout", None) for _ in range(50))
    assert evaluate_unreachable(probes(140, 0) + later, "http://x/", AS_OF, RULE).vetoes == ()
