"""What an evaluator is given: one subject's observations, the as-of instant and the ruleset, and
what several rules derive from them, computed once per subject (column freshness, the homepage's
newest date, an account's posting history, the registry an account belongs to)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from monitor.rules.accounts import AccountIndex, Posts, live_accounts_by_holder, posting, unregistered_sightings
from monitor.rules.columns import column_status
from monitor.rules.homepage import HomepageState, homepage_state
from monitor.rules.model import AsOf, Ruleset
from monitor.rules.observations import (
    AccountObservationRecord,
    AccountRecord,
    SiteObservations,
    WildAccount,
)
from monitor.rules.verdict import ColumnStatus


@dataclass
class SiteContext:
    site: SiteObservations
    as_of: AsOf
    ruleset: Ruleset
    accounts: AccountIndex = field(default_factory=lambda: AccountIndex.of(()))  # the registry, for what a site shows

    @cached_property
    def columns(self) -> tuple[ColumnStatus, ...]:
        """Each column's freshness (ok, stale, blank, unknown) as of the instant."""
        rule = self.ruleset["site.columns_stale"]
        return tuple(column_status(c, self.as_of, rule) for c in self.site.columns)

    @cached_property
    def home(self) -> HomepageState:
        """The homepage's newest date (or the columns' for a navigation-only homepage)."""
        return homepage_state(self.site, self.columns, self.as_of, self.ruleset["site.homepage_stale"])

    @property
    def observed(self) -> bool:
        """Whether anything of the site was attempted recently enough to describe the as-of instant."""
        attempts = [self.site.home_latest] + [c.latest for c in self.site.columns]
        return any(a is not None and self.as_of.current(a.fetched_at) for a in attempts)


@dataclass
class Registry:
    """Every registered account (observations up to the instant) and every account seen in the wild."""

    accounts: tuple[AccountRecord, ...]
    as_of: AsOf
    wild: tuple[WildAccount, ...] = ()

    @cached_property
    def sightings(self) -> dict[str | None, list[list[WildAccount]]]:
        """Unregistered wild accounts, grouped per distinct account, by the key of their owner."""
        return unregistered_sightings(self, self.as_of)

    @cached_property
    def holders(self) -> dict[tuple[str, str], list[AccountRecord]]:
        """Live registered accounts by (platform, normalised operator, else unit): computed once,
        so that finding duplicates stays linear in the size of the registry."""
        return live_accounts_by_holder(self.accounts)


@dataclass
class AccountContext:
    """One registered account (its observations up to the instant, oldest first) in its registry."""

    account: AccountRecord
    as_of: AsOf
    ruleset: Ruleset
    registry: Registry = field(repr=False)

    @cached_property
    def posts(self) -> Posts:
        """What the observations say about posting."""
        return posting(self.account.observations, self.as_of)

    @property
    def sightings(self) -> dict[str | None, list[list[WildAccount]]]:
        return self.registry.sightings

    @cached_property
    def ok(self) -> tuple[AccountObservationRecord, ...]:
        """The successful observations."""
        return tuple(o for o in self.account.observations if o.ok)

    @cached_property
    def current(self) -> tuple[AccountObservationRecord, ...]:
        """The successful observations recent enough to describe the instant."""
        return tuple(o for o in self.ok if self.as_of.instant - o.observed_at <= self.as_of.max_age)

    @property
    def observed(self) -> bool:
        """Whether any observation (successful or not) is recent enough to describe the instant."""
        return any(self.as_of.instant - o.observed_at <= self.as_of.max_age for o in self.account.observations)
