"""What the rules produce: verdicts with their evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

VerdictValue = Literal["pass", "fail", "unknown"]
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
class Unknown:
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
class RuleOutcome:
    """What one rule module found for one site or account (all parts optional)."""

    vetoes: tuple[Veto, ...] = ()
    unknown: tuple[Unknown, ...] = ()
    deductions: tuple[Deduction, ...] = ()
    warnings: tuple[Warning, ...] = ()


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
