"""The alerts use case: evaluate, decide what is due, write it to the outbox, send what is pending.

`send_alerts` is the one function the command line (`monitor alerts send`), the demo and a future
daemon call. `now` is the alert clock (reminders, resolution windows, the messages' Date); tests
move it instead of sleeping. One run:

1. evaluates the stored snapshots as of now (`jobs.evaluate`, as `monitor check` and `report` do),
   unless a report is given;
2. moves the alert states (monitor.notify.state) and, in the same transaction, writes every due
   message to the outbox: a digest per unit (an e-mail address) that has news or a reminder due,
   the whole-fleet summary to the supervisor and a short text to each chat robot when anything in
   the fleet changed (a new problem, a resolution) or remind_every_days have passed since the last;
3. sends every pending message, this run's and earlier ones', and marks each.

With `dry_run` the messages are composed and returned, and nothing is written or sent.
"""

from __future__ import annotations

import email.policy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from loguru import logger
from sqlalchemy.ext.asyncio import AsyncSession

from monitor import jobs
from monitor.config import Config, LoadedConfig
from monitor.notify import compose
from monitor.notify.chat import shown, webhook_id
from monitor.notify.outbox import Attempt, deliver, enqueue, last_queued, pending_count
from monitor.notify.problems import Problem, Subject, fleet
from monitor.notify.state import UnitNews, advance, mark_notified
from monitor.report import Report, report_document
from monitor.store import make_engine, session_factory, upgrade_async


@dataclass(frozen=True)
class Queued:
    """A message this run wrote to the outbox (or, dry, would have)."""

    channel: str  # email | webhook
    kind: str  # digest | summary | chat
    recipient: str
    subject: str
    text: str  # the plain-text body
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True)
class AlertRun:
    as_of: date
    dry_run: bool
    queued: tuple[Queued, ...]
    attempts: tuple[Attempt, ...]  # every send tried in this run, this run's messages and earlier ones
    pending: int  # left in the outbox for the next run
    unaddressed: tuple[str, ...]  # failing subjects without an e-mail address

    @property
    def sent(self) -> list[Attempt]:
        return [a for a in self.attempts if a.status == "sent"]

    @property
    def failed(self) -> list[Attempt]:
        return [a for a in self.attempts if a.status == "failed"]


def addressed_document(report: Report, config: Config) -> dict[str, Any]:
    """The report document with each website's and account's `email` from the config (for the
    整改清单 of monitor.report.worklist)."""
    doc = report_document(report)
    site_email = {s.code: s.email for s in config.sites}
    account_email = {(a.code, a.name, a.platform): a.email for a in config.accounts}
    for entry in doc["websites"]:
        entry["email"] = site_email.get(entry["code"])
    for entry in doc["accounts"]:
        entry["email"] = account_email.get((entry["code"], entry["name"], entry["platform"]))
    return doc


def _due(last: datetime | None, now: datetime, days: int) -> bool:
    return last is None or now - last >= timedelta(days=days)


def _fleet_changed(news: Mapping[str, UnitNews]) -> bool:
    return any(p.kind != "warning" for n in news.values() for p in n.new) or any(n.resolved for n in news.values())


async def _queue(
    session: AsyncSession, loaded: LoadedConfig, doc: dict[str, Any], subjects: Mapping[str, Subject],
    problems: Sequence[Problem], news: Mapping[str, UnitNews], now: datetime,
) -> list[Queued]:
    config = loaded.config
    settings = config.notify
    queued: list[Queued] = []
    changed = _fleet_changed(news)
    mail = settings.email
    if mail is not None:
        def put(kind: str, to: str, composed: compose.Composed) -> None:
            message = compose.email_message(composed, mail.sender, to, now)
            enqueue(session, channel="email", kind=kind, recipient=to, subject=composed.subject,  # type: ignore[arg-type]
                    message=message.as_bytes(policy=email.policy.SMTP), now=now, message_id=message["Message-ID"])
            queued.append(Queued("email", kind, to, composed.subject, composed.text,
                                 tuple(a.filename for a in composed.attachments)))

        for recipient, unit in sorted(news.items()):
            if not recipient or not unit.due:
                continue
            mine = [s for s in subjects.values() if recipient in s.recipients]
            put("digest", recipient, compose.digest(unit, mine, doc, settings, config.tz))
            await mark_notified(session, recipient, now)
        if mail.supervisor and (changed or _due(await last_queued(session, "summary", mail.supervisor), now,
                                                 settings.remind_every_days)):
            put("summary", mail.supervisor, compose.summary(doc, subjects, problems, news, settings, config.tz))
    if settings.webhooks:
        title, body = compose.chat(doc, subjects, problems, news)
        for url in settings.webhooks:
            robot = webhook_id(url)
            if changed or _due(await last_queued(session, "chat", robot), now, settings.remind_every_days):
                enqueue(session, channel="webhook", kind="chat", recipient=robot, subject=title,
                        message=f"{title}\n{body}".encode(), now=now)
                queued.append(Queued("webhook", "chat", shown(url), title, body))
    return queued


async def send_alerts(
    loaded: LoadedConfig, *, now: datetime | None = None, dry_run: bool = False, report: Report | None = None
) -> AlertRun:
    """One alerts run as of `now` (default: the current instant); see the module's description."""
    config = loaded.config
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is None:
        raise ValueError(f"now must be timezone-aware, got {now!r}")
    if report is None:
        report = await jobs.evaluate(loaded, now.astimezone(config.tz).date())
    subjects, problems = fleet(report, config)
    doc = addressed_document(report, config)
    unaddressed = tuple(dict.fromkeys(
        subjects[p.owner].name for p in problems if not p.recipient and p.kind != "warning"
    ))
    if unaddressed:
        logger.warning("{} sites and accounts with problems have no email, so no unit is told: {}",
                       len(unaddressed), "、".join(unaddressed))
    url = loaded.database_url()
    await upgrade_async(url)
    engine = make_engine(url)
    sessions = session_factory(engine)
    try:
        async with sessions() as session:
            news = await advance(session, subjects, problems, now, config.notify)
            queued = await _queue(session, loaded, doc, subjects, problems, news, now)
            if dry_run:
                await session.rollback()
            else:
                await session.commit()
        attempts = [] if dry_run else await deliver(sessions, config.notify, now)
        async with sessions() as session:
            pending = await pending_count(session)
    finally:
        await engine.dispose()
    return AlertRun(report.as_of, dry_run, tuple(queued), tuple(attempts), pending, unaddressed)
