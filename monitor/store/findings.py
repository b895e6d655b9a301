"""Findings: what each site breaks, tracked across checks for rectification (整改).

The one piece of derived state kept in the database. After every check the
verdicts as of that moment update it: a new veto or deduction opens a finding,
a finding seen again has its last_seen moved, and a finding whose rule was
decided without it is resolved. A rule that could not be decided resolves
nothing: a site does not count as rectified because its server was down.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from monitor.rules.verdict import AccountVerdict, Evidence, SiteVerdict
from monitor.store.models import Account, Finding, Site

RECTIFIED = "已整改"
NOT_RECTIFIED = "截止通报前仍未整改到位"


def _evidence(items: Sequence[Evidence]) -> list[dict[str, object]]:
    return [{"url": e.url, "seen": e.seen.isoformat() if e.seen else None, "detail": e.detail} for e in items]


async def _update(
    session: AsyncSession, owner: sa.ColumnElement[bool], new: Mapping[str, object],
    current: Mapping[tuple[str, str], list[dict[str, object]]], undecided: set[str], now: datetime,
) -> None:
    """Open, refresh and resolve one owner's findings (new: the owner columns of a new row)."""
    rows = {(f.rule, f.subject): f for f in await session.scalars(sa.select(Finding).where(owner))}
    for (rule, text), evidence in current.items():
        row = rows.get((rule, text))
        if row is None:
            session.add(Finding(**new, rule=rule, subject=text, text=text, first_seen=now, last_seen=now,
                                evidence=evidence))
            continue
        if row.resolved_at is not None:  # it came back: open again from now
            row.first_seen, row.resolved_at = now, None
        row.last_seen, row.evidence = now, evidence
    for key, row in rows.items():
        if key not in current and row.resolved_at is None and row.rule not in undecided:
            row.resolved_at = now


def _undecided(verdict: SiteVerdict | AccountVerdict) -> set[str]:
    """Rules that were not decided (unknown or not assessed): they resolve nothing."""
    notes = verdict.notes if isinstance(verdict, SiteVerdict) else ()
    return {u.rule for u in (*verdict.unknown, *notes)} | {n.rule for n in verdict.not_assessed}


async def record_findings(
    session: AsyncSession, sites: Mapping[str, Site], verdicts: Sequence[SiteVerdict], now: datetime
) -> None:
    """Update the findings of the given sites from their verdicts as of `now`."""
    for verdict in verdicts:
        site = sites[verdict.code]
        current = {(v.rule, v.text): _evidence(v.evidence) for v in verdict.vetoes}
        current.update({(d.rule, d.text.split("（")[0]): _evidence(d.evidence) for d in verdict.deductions})
        current.update({(f.rule, f.text): _evidence(f.evidence) for f in verdict.findings})
        await _update(session, Finding.site_id == site.id, {"site_id": site.id, "subject_key": f"site:{site.id}"},
                      current, _undecided(verdict), now)
    await session.flush()


async def record_account_findings(
    session: AsyncSession, accounts: Mapping[str, Account], verdicts: Sequence[AccountVerdict], now: datetime
) -> None:
    """Update the findings of the given accounts (vetoes and notice findings) as of `now`."""
    for verdict in verdicts:
        account = accounts[verdict.key or ""]
        current = {(v.rule, v.text): _evidence(v.evidence) for v in verdict.vetoes}
        current.update({(f.rule, f.text): _evidence(f.evidence) for f in verdict.findings})
        await _update(
            session, Finding.account_id == account.id,
            {"account_id": account.id, "subject_key": f"account:{account.id}"},
            current, _undecided(verdict), now,
        )
    await session.flush()


@dataclass(frozen=True)
class Rectification:
    subject: str  # "website" | "account"
    code: str
    name: str
    unit: str
    rule: str
    text: str
    first_seen: datetime
    last_seen: datetime
    resolved_at: datetime | None

    @property
    def status(self) -> str:
        return RECTIFIED if self.resolved_at is not None else NOT_RECTIFIED


async def rectifications(
    session: AsyncSession, codes: Sequence[str], account_keys: Sequence[str], since: datetime, until: datetime
) -> list[Rectification]:
    """Findings open at some time between `since` and `until`, with whether they were rectified by `until`."""
    open_then = (
        Finding.first_seen <= until,
        sa.or_(Finding.resolved_at.is_(None), Finding.resolved_at >= since),
    )
    result = []
    sites = await session.execute(
        sa.select(Finding, Site).join(Site, Finding.site_id == Site.id)
        .where(Site.code.in_(codes), *open_then).order_by(Site.code, Finding.first_seen)
    )
    for finding, site in sites:
        result.append(_rectification("website", site.code, site.name, site.unit, finding, until))
    accounts = await session.execute(
        sa.select(Finding, Account).join(Account, Finding.account_id == Account.id)
        .where(Account.key.in_(account_keys), *open_then).order_by(Account.key, Finding.first_seen)
    )
    for finding, account in accounts:
        result.append(_rectification("account", account.code or account.key, account.name, account.unit,
                                     finding, until))
    return result


def _rectification(subject: str, code: str, name: str, unit: str, finding: Finding, until: datetime) -> Rectification:
    resolved = finding.resolved_at if finding.resolved_at and finding.resolved_at <= until else None
    return Rectification(
        subject=subject, code=code, name=name, unit=unit, rule=finding.rule, text=finding.text,
        first_seen=finding.first_seen, last_seen=finding.last_seen, resolved_at=resolved,
    )
