"""One site's verdict: every website rule of the ruleset, composed.

Each rule module is a pure function of observations; this module only adds
them up: vetoes fail a site, a portal below the pass score fails, unknown
rules make a site unknown when nothing failed it.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.rules.catalog import Rule, Ruleset
from monitor.rules.evaluate import (
    AsOf,
    column_status,
    evaluate_columns,
    evaluate_homepage,
    evaluate_links,
    warnings_for,
)
from monitor.rules.identity import evaluate_identity
from monitor.rules.interaction import evaluate_interaction, evaluate_reply_stale
from monitor.rules.observations import SiteObservations
from monitor.rules.search import evaluate_search
from monitor.rules.security import evaluate_security
from monitor.rules.service import evaluate_service
from monitor.rules.unreachable import evaluate_unreachable
from monitor.rules.verdict import (
    ColumnStatus,
    Deduction,
    Evidence,
    RuleOutcome,
    SiteVerdict,
    Unknown,
    Veto,
)


def cap_deductions(deductions: Sequence[Deduction], ruleset: Ruleset) -> list[Deduction]:
    """Cap each indicator's deductions at that indicator's points, in order."""
    used: dict[str, float] = {}
    capped: list[Deduction] = []
    for deduction in deductions:
        group = ruleset[deduction.rule].indicator_group
        if group is None:
            capped.append(deduction)
            continue
        room = ruleset.indicator_points[group] - used.get(group, 0.0)
        points = round(min(deduction.points, max(room, 0.0)), 2)
        used[group] = used.get(group, 0.0) + points
        capped.append(Deduction(deduction.rule, points, deduction.text, deduction.evidence))
    return capped


def policy_column_deductions(
    columns: Sequence[ColumnStatus], vetoes: Sequence[Veto], ruleset: Ruleset
) -> list[Deduction]:
    """deduct.policy_column: first-level 政策文件 columns past their window, unless a veto already counted them."""
    rule = ruleset["deduct.policy_column"]
    counted = {e.url for v in vetoes for e in v.evidence}
    stale = [
        c for c in columns
        if c.category == "notice_policy" and (c.level or 1) == 1 and c.status == "stale"
        and any(word in c.name for word in ("政策", "文件", "规章"))
        and c.url not in counted
    ]
    if not stale:
        return []
    evidence = tuple(Evidence(c.url, c.seen, f"{c.name}：{c.reason}") for c in stale)
    points = round(len(stale) * rule.param("points"), 2)
    return [Deduction(rule.id, points, f"{rule.text('stale')}（{len(stale)}个）", evidence)]


def evaluate_site(site: SiteObservations, as_of: AsOf, ruleset: Ruleset) -> SiteVerdict:
    """All website rules of the ruleset for one site, as of one instant."""
    col_rule = ruleset["site.columns_stale"]
    columns = tuple(column_status(c, as_of, col_rule) for c in site.columns)
    home = evaluate_homepage(site, columns, as_of, ruleset["site.homepage_stale"])
    column_vetoes, column_unknowns = evaluate_columns(columns, col_rule)
    outcomes = [
        RuleOutcome(
            vetoes=((home.veto,) if home.veto else ()) + tuple(column_vetoes),
            unknown=((home.unknown,) if home.unknown else ()) + tuple(column_unknowns),
            warnings=tuple(warnings_for(site, columns, home, as_of, ruleset)),
        ),
        evaluate_unreachable(site.probes, site.url, as_of, ruleset["site.unreachable"]),
        evaluate_security(site, as_of, ruleset["site.security"]),
        evaluate_interaction(site.columns, columns, as_of, ruleset["site.interaction"], site_url=site.url),
        evaluate_service(site, as_of, ruleset["site.service"]),
    ]
    if site.kind == "portal":
        outcomes.append(evaluate_identity(site, ruleset["deduct.site_identity"]))
        outcomes.append(evaluate_reply_stale(site.columns, as_of, ruleset["deduct.reply_stale"]))
        outcomes.append(evaluate_search(site.search, as_of, ruleset["deduct.search"]))
    vetoes = [v for o in outcomes for v in o.vetoes]
    unknowns = [u for o in outcomes for u in o.unknown]
    warnings = [w for o in outcomes for w in o.warnings]

    link_deductions, undecided_links = evaluate_links(site.links, ruleset)
    deductions = cap_deductions(
        link_deductions
        + policy_column_deductions(columns, vetoes, ruleset)
        + [d for o in outcomes for d in o.deductions],
        ruleset,
    )
    score: float | None = None
    notes: list[Unknown] = []
    if site.kind == "portal":
        score = round(100.0 - sum(d.points for d in deductions), 2)
        # An undecided deduction matters only when what it could cost takes the score below the pass mark.
        undecided = [u for u in unknowns if ruleset[u.rule].kind == "deduction"]
        if undecided_links:
            undecided.append(Unknown("deduct.links_other", f"{undecided_links}个链接无法判断是否可用"))
        at_stake = undecided_links * ruleset["deduct.links_other"].param("points") + sum(
            _most(ruleset[rule]) for rule in {u.rule for u in undecided if u.rule != "deduct.links_other"}
        )
        unknowns = [u for u in unknowns if ruleset[u.rule].kind != "deduction"]
        if score >= ruleset.pass_score > score - at_stake:
            unknowns += undecided
        else:
            notes = undecided

    if vetoes or (score is not None and score < ruleset.pass_score):
        verdict = "fail"
    elif unknowns:
        verdict = "unknown"
    else:
        verdict = "pass"
    return SiteVerdict(
        code=site.code, name=site.name, unit=site.unit, url=site.url, kind=site.kind,
        verdict=verdict, vetoes=tuple(vetoes), deductions=tuple(deductions), score=score,
        unknown=tuple(unknowns), columns=columns, warnings=tuple(warnings),
        homepage_latest=home.latest, homepage_fails_on=home.fails_on, notes=tuple(notes),
    )


def _most(rule: Rule) -> float:
    """The most a deduction rule can cost: its cap, else its largest points parameter."""
    if "max_points" in rule.params:
        return rule.param("max_points")
    return max((value for name, value in rule.params.items() if "points" in name), default=0.0)
