"""The outbox: every alert is written here before it is sent and marked after, so that an outage
of the mail server loses nothing and a retry never sends a message twice.

A message goes pending → sending → sent | failed, or back to pending after a transient failure
(attempts counted, the error kept). "sending" is a claim: one sender at a time moves a row out of
pending, in its own committed transaction, before it talks to the server, so two runs at once
never send the same row. The one window left is a crash after the server took a message and
before its row was marked: such a row stays "sending" and is put back to pending after
`STALE_CLAIM`; sent again it carries the same Message-ID, which mail systems use to drop it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from loguru import logger
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from monitor.config import NotifyConfig
from monitor.notify import chat
from monitor.notify.smtp import Delivery, SmtpSender
from monitor.store.models import OutboxChannel, OutboxKind, OutboxMessage

STALE_CLAIM = timedelta(minutes=15)


@dataclass(frozen=True)
class Attempt:
    """How one message went in this run."""

    id: int
    channel: str
    kind: str
    recipient: str  # an address, or a robot in privacy form
    subject: str
    status: str  # sent | pending | failed
    error: str | None
    attempts: int


def enqueue(
    session: AsyncSession, *, channel: OutboxChannel, kind: OutboxKind, recipient: str, subject: str,
    message: bytes, now: datetime, message_id: str | None = None,
) -> OutboxMessage:
    row = OutboxMessage(
        created_at=now, channel=channel, kind=kind, recipient=recipient, subject=subject, message_id=message_id,
        message=message, status="pending", attempts=0,
    )
    session.add(row)
    return row


async def last_queued(session: AsyncSession, kind: OutboxKind, recipient: str | None = None) -> datetime | None:
    """When a message of this kind (to this recipient) was last queued, whatever became of it."""
    query = sa.select(sa.func.max(OutboxMessage.created_at)).where(OutboxMessage.kind == kind)
    if recipient is not None:
        query = query.where(OutboxMessage.recipient == recipient)
    return await session.scalar(query)


async def pending_count(session: AsyncSession) -> int:
    return await session.scalar(
        sa.select(sa.func.count()).select_from(OutboxMessage).where(OutboxMessage.status.in_(("pending", "sending")))
    ) or 0


async def _claim(sessions: async_sessionmaker[AsyncSession], row_id: int, now: datetime) -> bool:
    async with sessions.begin() as session:
        result = await session.execute(
            sa.update(OutboxMessage).where(OutboxMessage.id == row_id, OutboxMessage.status == "pending")
            .values(status="sending", attempts=OutboxMessage.attempts + 1, last_attempt_at=now)
        )
        return result.rowcount == 1  # type: ignore[attr-defined]


async def _settle(sessions: async_sessionmaker[AsyncSession], row_id: int, delivery: Delivery, now: datetime) -> int:
    async with sessions.begin() as session:
        row = await session.get_one(OutboxMessage, row_id)
        row.status, row.error = delivery.status, delivery.error
        if delivery.status == "sent":
            row.sent_at = now
        return row.attempts


async def deliver(
    sessions: async_sessionmaker[AsyncSession], settings: NotifyConfig, now: datetime
) -> list[Attempt]:
    """Send every pending message, oldest first; returns how each went."""
    async with sessions.begin() as session:
        stale = await session.execute(
            sa.update(OutboxMessage)
            .where(OutboxMessage.status == "sending", OutboxMessage.last_attempt_at < now - STALE_CLAIM)
            .values(status="pending")
        )
        if stale.rowcount:  # type: ignore[attr-defined]
            logger.warning("{} outbox messages were left sending by an interrupted run: sending them again",
                           stale.rowcount)  # type: ignore[attr-defined]
        rows: Sequence[Any] = (await session.execute(
            sa.select(OutboxMessage.id, OutboxMessage.channel, OutboxMessage.kind, OutboxMessage.recipient,
                      OutboxMessage.subject)
            .where(OutboxMessage.status == "pending").order_by(OutboxMessage.id)
        )).all()
    robots = {chat.webhook_id(url): url for url in settings.webhooks}
    attempts: list[Attempt] = []
    waiting: dict[str, int] = {}  # why messages stay pending: logged once per reason
    smtp = SmtpSender(settings.email) if settings.email is not None else None
    try:
        for row_id, channel, kind, recipient, subject in rows:
            if not await _claim(sessions, row_id, now):
                continue  # another run took it
            async with sessions() as session:
                message = (await session.get_one(OutboxMessage, row_id)).message
            shown = recipient
            if channel == "email":
                delivery = (await smtp.send(message, recipient) if smtp is not None
                            else Delivery("pending", "notify.email is not configured"))
            elif recipient in robots:
                shown = chat.shown(robots[recipient])
                title, _, body = message.decode("utf-8").partition("\n")
                delivery = await chat.post(robots[recipient], title, body)
            else:
                delivery = Delivery("failed", "this robot is no longer among notify.webhooks")
            count = await _settle(sessions, row_id, delivery, now)
            attempts.append(Attempt(row_id, channel, kind, shown, subject, delivery.status, delivery.error, count))
            if delivery.status == "sent":
                logger.info("sent {} to {}: {}", kind, shown, subject)
            elif delivery.status == "failed":
                logger.error("{} to {} failed for good, not retried: {}", kind, shown, delivery.error)
            else:
                logger.debug("{} to {} stays pending (attempt {}): {}", kind, shown, count, delivery.error)
                waiting[delivery.error or "not delivered"] = waiting.get(delivery.error or "not delivered", 0) + 1
    finally:
        if smtp is not None:
            await smtp.close()
    for reason, count in waiting.items():
        logger.warning("{} stay in the outbox for the next run: {}", f"{count} message{'s' if count > 1 else ''}",
                       reason)
    return attempts
