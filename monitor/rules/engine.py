"""Verdicts: every rule of the table run through its one evaluator, and the outcomes composed.

A veto fails a subject; so does a portal's score below the pass mark. An `Unknown` (an
observation the monitor attempted failed) makes a subject 无法判断 only when no veto failed
it and the unknown could change the verdict: a veto rule's always could; a deduction's only
when what it could cost would take a portal below the pass mark (otherwise it is reported as a
note). `NotAssessed` never changes the verdict. A subject with nothing observed in the window is
`not_checked`. A finding whose rule a region marks `fails` = 1 is reported as a veto.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from monitor.rules.accounts import AccountIndex
from monitor.rules.context import AccountContext, Registry, SiteContext
from monitor.rules.model import AsOf, Rule, Ruleset
from monitor.rules.observations import AccountRecord, SiteObservations, WildAccount
from monitor.rules.verdict import (
    AccountVerdict,
    Deduction,
    Outcome,
    SiteVerdict,
    Unknown,
    VerdictValue,
    Veto,
)


def run_rule(rule: Rule, context: SiteContext | AccountContext) -> Outcome:
    """One rule on one subject, findings a region counts as failing turned into vetoes."""
    outcome = rule.evaluate(context, rule)
    if outcome.findings and rule.params.get("fails", 0) >= 1:
        failing = tuple(Veto(f.rule, f.text, f.evidence) for f in outcome.findings)
        outcome = replace(outcome, vetoes=outcome.vetoes + failing, findings=())
    return outcome


def _total(outcomes: Iterable[Outcome]) -> Outcome:
    total = Outcome()
    for outcome in outcomes:
        total = total + outcome
    return total


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


def _most(rule: Rule) -> float:
    """The most a deduction rule can cost: its cap, else its largest points parameter."""
    if "max_points" in rule.params:
        return rule.param("max_points")
    return max((value for name, value in rule.params.items() if "points" in name), default=0.0)


def _verdict(observed: bool, failed: bool, unknown: bool) -> VerdictValue:
    if failed:
        return "fail"
    if not observed:
        return "not_checked"
    return "unknown" if unknown else "pass"


def evaluate_site(
    site: SiteObservations, as_of: AsOf, ruleset: Ruleset, accounts: AccountIndex | None = None
) -> SiteVerdict:
    """All website rules of the ruleset for one site (and the index of the registered accounts
    it may show, built once per fleet with `AccountIndex.of`), as of one instant."""
    ctx = SiteContext(site, as_of, ruleset, accounts if accounts is not None else AccountIndex.of(()))
    total = _total(run_rule(rule, ctx) for rule in ruleset.for_site(site.kind))
    deductions = cap_deductions(total.deductions, ruleset)
    unknowns = [u for u in total.unknown if ruleset[u.rule].kind != "deduction"]
    notes: list[Unknown] = []
    score: float | None = None
    if site.kind == "portal":
        score = round(100.0 - sum(d.points for d in deductions), 2)
        undecided = [u for u in total.unknown if ruleset[u.rule].kind == "deduction"]
        at_stake = sum(u.at_stake if u.at_stake is not None else _most(ruleset[u.rule]) for u in undecided)
        if score >= ruleset.pass_score > score - at_stake:
            unknowns += undecided
        else:
            notes = undecided
    failed = bool(total.vetoes) or (score is not None and score < ruleset.pass_score)
    observed = ctx.observed
    if not observed:  # nothing was observed: there is nothing to say undecided either
        unknowns, notes, total = [], [], replace(total, not_assessed=())
    return SiteVerdict(
        code=site.code, name=site.name, unit=site.unit, url=site.url, kind=site.kind,
        verdict=_verdict(observed, failed, bool(unknowns)),
        vetoes=total.vetoes, deductions=tuple(deductions), score=score if observed else None,
        unknown=tuple(unknowns), columns=ctx.columns, warnings=total.warnings,
        homepage_latest=ctx.home.latest, homepage_fails_on=ctx.home.fails_on, notes=tuple(notes),
        findings=total.findings, not_assessed=total.not_assessed,
    )


def evaluate_account(ctx: AccountContext) -> AccountVerdict:
    """All account rules of the ruleset for one account in its registry, as of one instant."""
    ruleset, account = ctx.ruleset, ctx.account
    total = _total(run_rule(rule, ctx) for rule in ruleset.for_accounts())
    if not ctx.observed:  # nothing was observed: there is nothing to say undecided either
        total = replace(total, unknown=(), not_assessed=())
    unknown = [u for u in total.unknown if ruleset[u.rule].kind == "veto" or ruleset[u.rule].params.get("fails", 0) >= 1]
    return AccountVerdict(
        code=account.code, name=account.name, platform=account.platform, operator=account.operator,
        unit=account.unit, verdict=_verdict(ctx.observed, bool(total.vetoes), bool(unknown)),
        latest_post=ctx.posts.latest, vetoes=total.vetoes, findings=total.findings, unknown=total.unknown,
        warnings=total.warnings, fails_on=ctx.posts.fails_on(ruleset["account.stale"]), key=account.key,
        not_assessed=total.not_assessed,
    )


def evaluate_accounts(
    accounts: Sequence[AccountRecord], as_of: AsOf, ruleset: Ruleset, wild: Sequence[WildAccount] = ()
) -> list[AccountVerdict]:
    """Every registered account's verdict as of one instant (observations after it are left out)."""
    records = tuple(
        replace(a, observations=tuple(sorted((o for o in a.observations if o.observed_at <= as_of.instant),
                                             key=lambda o: o.observed_at)))
        for a in accounts
    )
    registry = Registry(records, as_of, tuple(wild))
    return [evaluate_account(AccountContext(record, as_of, ruleset, registry)) for record in records]
