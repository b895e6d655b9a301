"""Alert hysteresis: what each recipient has been told, so that nobody is told the same thing twice.

Why a table of its own rather than the findings table: findings record the truth for the
notices (when a problem was first and last seen and when it was rectified), moved by
`monitor check`. Alerts need more and something else: state per recipient (a unit is an e-mail
address), warnings and single broken links (which findings do not hold), when each problem was
last mailed, and a problem that went away must stay away for a while before its resolution is
announced — findings resolve at the first check without it and reopen as new.

One `AlertState` per (recipient, owner, rule, item), moved at every run of `alerts send`:

    absent ─ present ─→ open (new: in the next digest, marked 新增)
    open ─ present ─→ open (unchanged: mailed again only when remind_every_days have passed)
    open ─ absent, decided ─→ clearing (cleared_since = now, cleared_runs = 1)
    clearing ─ absent, decided ─→ clearing, cleared_runs + 1; once gone resolve_after_days and
        resolve_after_runs: resolved (announced once: 已整改), a warning is dropped unannounced
    clearing ─ present ─→ open (flapping: the same problem, unchanged, not mailed)
    resolved ─ present ─→ open (it came back after its resolution was announced: new again)

"Decided" means the subject was checked and the problem's rule was decided: a site that was down,
a rule not assessed, never makes a problem go away.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from monitor.config import NotifyConfig
from monitor.notify.problems import Problem, Subject
from monitor.store.models import AlertState


@dataclass(frozen=True)
class Resolved:
    """A problem announced as rectified in this run."""

    owner: str
    rule: str
    kind: str
    name: str
    text: str
    first_seen: datetime
    cleared_since: datetime


@dataclass
class UnitNews:
    """What one recipient should hear about in this run."""

    recipient: str
    present: list[Problem] = field(default_factory=list)  # every problem it has now
    new: list[Problem] = field(default_factory=list)  # first seen now (or back after announced resolution)
    resolved: list[Resolved] = field(default_factory=list)
    reminder_due: bool = False  # an unchanged problem was last mailed remind_every_days ago or more

    @property
    def due(self) -> bool:
        return bool(self.new or self.resolved or self.reminder_due)


async def advance(
    session: AsyncSession, subjects: Mapping[str, Subject], problems: Sequence[Problem], now: datetime,
    settings: NotifyConfig,
) -> dict[str, UnitNews]:
    """Move every alert state to `now` given the problems present; returns the news per recipient
    (only recipients with a problem or a resolution). Nothing is marked as told: `mark_notified`
    does that once the digest is in the outbox."""
    states = {(s.recipient, s.owner, s.rule, s.item): s for s in await session.scalars(sa.select(AlertState))}
    news: dict[str, UnitNews] = {}

    def unit(recipient: str) -> UnitNews:
        return news.setdefault(recipient, UnitNews(recipient))

    remind_before = now - timedelta(days=settings.remind_every_days)
    for problem in problems:
        state = states.get(problem.key)
        entry = unit(problem.recipient)
        entry.present.append(problem)
        if state is None:
            session.add(AlertState(
                recipient=problem.recipient, owner=problem.owner, rule=problem.rule, item=problem.item,
                kind=problem.kind, name=problem.name, text=problem.text, status="open", first_seen=now,
                last_seen=now, notified_at=None, cleared_since=None, cleared_runs=0, resolved_at=None,
            ))
            entry.new.append(problem)
            continue
        if state.status == "resolved":
            state.first_seen, state.resolved_at, state.notified_at = now, None, None
            entry.new.append(problem)
        elif state.notified_at is None or state.notified_at <= remind_before:
            entry.reminder_due = True
        state.status, state.cleared_since, state.cleared_runs = "open", None, 0
        state.last_seen, state.kind, state.name, state.text = now, problem.kind, problem.name, problem.text

    present = {p.key for p in problems}
    settle_after = timedelta(days=settings.resolve_after_days)
    for key, state in states.items():
        if key in present or state.status == "resolved":
            continue
        subject = subjects.get(state.owner)
        if subject is None or state.recipient not in subject.recipients:
            await session.delete(state)  # no longer configured, or now another unit's: nothing to announce
            continue
        if not subject.decides(state.rule):
            continue
        if state.status == "open":
            state.status, state.cleared_since, state.cleared_runs = "clearing", now, 1
        else:
            state.cleared_runs += 1
        assert state.cleared_since is not None
        if now - state.cleared_since >= settle_after and state.cleared_runs >= settings.resolve_after_runs:
            if state.kind == "warning":
                await session.delete(state)  # a warning that went away is no news
                continue
            state.status, state.resolved_at = "resolved", now
            unit(state.recipient).resolved.append(Resolved(
                state.owner, state.rule, state.kind, state.name, state.text, state.first_seen, state.cleared_since,
            ))
    await session.flush()
    return news


async def mark_notified(session: AsyncSession, recipient: str, now: datetime) -> None:
    """Everything open for the recipient was told now (its digest is in the outbox)."""
    await session.execute(
        sa.update(AlertState).where(AlertState.recipient == recipient, AlertState.status == "open")
        .values(notified_at=now)
    )
