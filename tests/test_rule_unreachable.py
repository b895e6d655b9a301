"""site.unreachable at its boundaries: probe counts and failure ratios."""

from datetime import date, datetime, timedelta, timezone

import pytest

from monitor.rules.catalog import load_ruleset
from monitor.rules.model import AsOf
from monitor.rules.observations import ProbeObservation
from monitor.rules.unreachable import evaluate_unreachable

RULE = load_ruleset("national-2019")["site.unreachable"]
INSTANT = datetime(2024, 8, 29, 12, tzinfo=timezone.utc)
AS_OF = AsOf(day=date(2024, 8, 29), instant=INSTANT, max_age=timedelta(days=7))


def probes(total: int, failed: int, *, spread_days: float = 7.0) -> tuple[ProbeObservation, ...]:
    step = timedelta(days=spread_days) / total
    return tuple(
        ProbeObservation(probed_at=INSTANT - i * step, ok=i >= failed,
                         outcome="ok" if i >= failed else "timeout", elapsed_ms=100)
        for i in range(total)
    )


def test_probing_off_decides_nothing() -> None:
    assert evaluate_unreachable(None, "http://x/", AS_OF, RULE).vetoes == ()
    assert evaluate_unreachable(None, "http://x/", AS_OF, RULE).unknown == ()


@pytest.mark.parametrize(("per_day", "decided"), [(19, False), (20, True)])
def test_nineteen_vs_twenty_probes_a_day(per_day: int, decided: bool) -> None:
    outcome = evaluate_unreachable(probes(per_day * 7, 0), "http://x/", AS_OF, RULE)
    if decided:
        assert outcome.unknown == () and outcome.vetoes == ()
    else:
        assert [u.reason for u in outcome.unknown] == ["7天内仅有133次首页探测（需140次）"]


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
