"""site.unreachable (站点无法访问): homepage probes over a week.

A probe fails when the homepage did not open within the indicator's 15 s
(the fetch layer's deadline). Too few probes decide nothing: the rule is then
unknown, with the count, never pass and never a veto.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from monitor.rules.model import AsOf, Rule, make_rule
from monitor.rules.observations import ProbeObservation
from monitor.rules.verdict import Evidence, RuleOutcome, Unknown, Veto, Warning

RULES: tuple[Rule, ...] = (
    make_rule(
        id="site.unreachable",
        indicator="站点无法访问",
        subject="site",
        kind="veto",
        params={"window_days": 7, "probes_per_day": 20, "fail_ratio": 0.05, "warn_ratio": 0.03},
        texts={"unreachable": "站点无法访问（监测1周，不可访问次数占比{ratio}）"},
        summary="homepage probes over `window_days` days (at least `probes_per_day` a day); "
        "failures ÷ probes ≥ `fail_ratio` is a veto; fewer probes than required is unknown",
    ),
)


def probes_in_window(probes: Sequence[ProbeObservation], as_of: AsOf, rule: Rule) -> list[ProbeObservation]:
    start = as_of.instant - timedelta(days=rule.whole("window_days"))
    return [p for p in probes if start < p.probed_at <= as_of.instant]


def evaluate_unreachable(
    probes: Sequence[ProbeObservation] | None, url: str, as_of: AsOf, rule: Rule
) -> RuleOutcome:
    """The veto, unknown or early warning from the probes of one site (None: probing is off)."""
    if probes is None:
        return RuleOutcome()
    window = probes_in_window(probes, as_of, rule)
    needed = rule.whole("window_days") * rule.whole("probes_per_day")
    if len(window) < needed:
        reason = f"{rule.whole('window_days')}天内仅有{len(window)}次首页探测（需{needed}次）"
        return RuleOutcome(unknown=(Unknown(rule.id, reason),))
    failed = [p for p in window if not p.ok]
    ratio = len(failed) / len(window)
    percent = f"{ratio * 100:.1f}%"
    if ratio >= rule.param("fail_ratio"):
        evidence = tuple(
            Evidence(url, p.probed_at, f"首页探测失败（{p.outcome}）") for p in failed
        )
        return RuleOutcome(vetoes=(Veto(rule.id, rule.text("unreachable", ratio=percent), evidence),))
    if ratio >= rule.param("warn_ratio"):
        warning = Warning(rule.id, f"首页不可访问次数占比已达{percent}", None, url)
        return RuleOutcome(warnings=(warning,))
    return RuleOutcome()
