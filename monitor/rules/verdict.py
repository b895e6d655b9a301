"""What the rules produce: one outcome type for every rule, and verdicts with their evidence.

Three kinds of undecided are kept apart. `Unknown`: the monitor tried to observe something a
rule needs and the attempt failed (timeout, refused, firewall, error page); only this can make
a subject's verdict 无法判断. `NotAssessed`: the rule or clause has no data by design or
configuration (too few probes yet, 办事指南 on a platform outside the site, interaction a feed
cannot report); it is listed with its reason and never changes the verdict. A subject with no
observation at all is `not_checked` as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

VerdictValue = Literal["pass", "fail", "unknown", "not_checked"]
VERDICTS: tuple[VerdictValue, ...] = ("pass", "fail", "unknown", "not_checked")
ColumnState = Literal["ok", "stale", "blank", "unknown"]


@dataclass(frozen=True)
class Evidence:
    url: str
    seen: datetime | None
    detail: str


@dataclass(frozen=True)
class Veto:
    rule: str
    text: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Deduction:
    rule: str
    points: float
    text: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Finding:
    """A problem notices report, with its evidence; fails the subject only where a region says so."""

    rule: str
    text: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Unknown:
    """An observation the rule needs was attempted and failed.

    at_stake: for a deduction, the most points the undecided part could cost (None: the rule's
    largest); a portal is unknown only when that could take it below the pass mark.
    """

    rule: str
    reason: str
    at_stake: float | None = None


@dataclass(frozen=True)
class NotAssessed:
    """A rule or clause with no data by design or configuration; never changes the verdict."""

    rule: str
    reason: str


@dataclass(frozen=True)
class Warning:
    """A rule that will trip on `fails_on` if nothing changes."""

    rule: str
    text: str
    fails_on: date | None
    url: str


@dataclass(frozen=True)
class Outcome:
    """What one rule found for one site or account: every evaluator returns this (all parts optional)."""

    vetoes: tuple[Veto, ...] = ()
    deductions: tuple[Deduction, ...] = ()
    findings: tuple[Finding, ...] = ()
    unknown: tuple[Unknown, ...] = ()
    not_assessed: tuple[NotAssessed, ...] = ()
    warnings: tuple[Warning, ...] = ()

    def __add__(self, other: Outcome) -> Outcome:
        return Outcome(
            self.vetoes + other.vetoes, self.deductions + other.deductions, self.findings + other.findings,
            self.unknown + other.unknown, self.not_assessed + other.not_assessed, self.warnings + other.warnings,
        )


PASSED = Outcome()


@dataclass(frozen=True)
class ColumnStatus:
    name: str
    url: str
    category: str | None
    level: int | None
    latest_date: date | None
    blank: bool | None
    status: ColumnState
    fails_on: date | None
    reason: str | None = None
    seen: datetime | None = None


@dataclass(frozen=True)
class SiteVerdict:
    code: str
    name: str
    unit: str
    url: str
    kind: str
    verdict: VerdictValue
    vetoes: tuple[Veto, ...]
    deductions: tuple[Deduction, ...]
    score: float | None
    unknown: tuple[Unknown, ...]
    columns: tuple[ColumnStatus, ...]
    warnings: tuple[Warning, ...] = field(default=())
    homepage_latest: date | None = None
    homepage_fails_on: date | None = None
    # Undecided deductions that cannot change the verdict: reported, not counted as unknown.
    notes: tuple[Unknown, ...] = ()
    findings: tuple[Finding, ...] = ()
    not_assessed: tuple[NotAssessed, ...] = ()


@dataclass(frozen=True)
class AccountVerdict:
    """One account's verdict as of one instant, with what decided it."""

    code: str | None
    name: str
    platform: str
    operator: str | None
    unit: str
    verdict: VerdictValue
    latest_post: date | None
    vetoes: tuple[Veto, ...]
    findings: tuple[Finding, ...]
    unknown: tuple[Unknown, ...]
    warnings: tuple[Warning, ...]
    fails_on: date | None  # when account.stale trips (or tripped) if nothing is posted
    key: str | None = None
    not_assessed: tuple[NotAssessed, ...] = ()
