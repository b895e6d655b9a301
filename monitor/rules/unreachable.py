"""site.unreachable (站点无法访问): homepage probes over a week.

A probe fails when the homepage did not open within the indicator's 15 s (the fetch layer's
deadline); a failed probe is what the rule measures, so it counts as a failure, never as
unknown. Fewer probes than the rule needs decide nothing: the rule is then not assessed, with
the count, and neither passes nor fails the site.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from monitor.rules.model import AsOf, Rule
from monitor.rules.observations import ProbeObservation
from monitor.rules.verdict import PASSED, Evidence, NotAssessed, Outcome, Veto, Warning

if TYPE_CHECKING:
    from monitor.rules.context import SiteContext


def probes_in_window(probes: Sequence[ProbeObservation], as_of: AsOf, rule: Rule) -> list[ProbeObservation]:
    start = as_of.instant - timedelta(days=rule.whole("window_days"))
    return [p for p in probes if start < p.probed_at <= as_of.instant]


def evaluate_unreachable(ctx: SiteContext, rule: Rule) -> Outcome:
    """The veto or early warning from the site's probes; not assessed when probing is off or too sparse."""
    probes = ctx.site.probes
    if probes is None:
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("disabled")),))
    window = probes_in_window(probes, ctx.as_of, rule)
    needed = rule.whole("window_days") * rule.whole("probes_per_day")
    if len(window) < needed:
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("too_few", count=len(window), needed=needed)),))
    failed = [p for p in window if not p.ok]
    ratio = len(failed) / len(window)
    percent = f"{ratio * 100:.1f}%"
    url = ctx.site.url
    if ratio >= rule.param("fail_ratio"):
        evidence = tuple(Evidence(url, p.probed_at, f"首页探测失败（{p.outcome}）") for p in failed)
        return Outcome(vetoes=(Veto(rule.id, rule.text("unreachable", ratio=percent), evidence),))
    if ratio >= rule.param("warn_ratio"):
        return Outcome(warnings=(Warning(rule.id, f"首页不可访问次数占比已达{percent}", None, url),))
    return PASSED
