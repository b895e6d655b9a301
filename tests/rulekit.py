"""Running one rule of the table on hand-built observations, as the engine would."""

from __future__ import annotations

from types import MappingProxyType

from monitor.rules.catalog import load_ruleset
from monitor.rules.context import AccountContext, Registry, SiteContext
from monitor.rules.engine import run_rule
from monitor.rules.model import AsOf, Rule, Ruleset
from monitor.rules.observations import AccountRecord, SiteObservations
from monitor.rules.verdict import Outcome

NATIONAL = load_ruleset("national-2019")


def rule(rule_id: str) -> Rule:
    return NATIONAL[rule_id]


def with_rule(rule: Rule, ruleset: Ruleset = NATIONAL) -> Ruleset:
    """The ruleset with `rule` (say, with other parameters) in place of its namesake."""
    return Ruleset(ruleset.name, MappingProxyType({**ruleset.rules, rule.id: rule}))


def site_outcome(rule: Rule, site: SiteObservations, as_of: AsOf) -> Outcome:
    return run_rule(rule, SiteContext(site, as_of, with_rule(rule)))


def account_outcome(rule: Rule, account: AccountRecord, as_of: AsOf) -> Outcome:
    return run_rule(rule, AccountContext(account, as_of, with_rule(rule), Registry((account,), as_of)))
