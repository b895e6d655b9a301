"""Mail through an SMTP server (aiosmtplib): SSL, STARTTLS or plain, optionally with a login.

`SmtpSender` opens one connection for a batch, on the first message, and tells every message
apart by how it went (`Delivery`):

- sent: the server took it (250 after DATA);
- failed: refused for good — a 5xx reply to the recipient, the sender or the data, or an address
  that cannot be sent at all; retrying would be refused again;
- pending: could not be sent now — no connection, a timeout, a 4xx reply, the login refused (a
  configuration to fix; the messages wait for it). After a connection-level failure the rest of
  the batch is not tried again in this run: it stays pending.

The password comes from the config (written there as ${VARIABLE}, from the environment) and is
never logged: errors carry the server's reply only.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import parseaddr
from typing import Literal

import aiosmtplib

from monitor.config import EmailConfig

DeliveryStatus = Literal["sent", "pending", "failed"]


@dataclass(frozen=True)
class Delivery:
    status: DeliveryStatus
    error: str | None = None


SENT = Delivery("sent")


def _reply(code: int, message: str) -> str:
    return f"{code} {message}".strip()


def _by_code(code: int, error: str) -> Delivery:
    return Delivery("failed" if 500 <= code < 600 else "pending", error)


class SmtpSender:
    """One SMTP session for a batch of messages (`async with SmtpSender(config) as smtp`)."""

    def __init__(self, config: EmailConfig) -> None:
        self.config = config
        self.envelope_sender = parseaddr(config.sender)[1]
        self._client: aiosmtplib.SMTP | None = None
        self._down: str | None = None  # why the server cannot be reached in this run

    async def __aenter__(self) -> SmtpSender:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """End the session (QUIT), if one was opened."""
        if self._client is not None and self._client.is_connected:
            try:
                await self._client.quit()
            except aiosmtplib.SMTPException:
                self._client.close()
        self._client = None

    async def _connect(self) -> aiosmtplib.SMTP:
        config = self.config
        client = aiosmtplib.SMTP(
            hostname=config.host, port=config.smtp_port, timeout=config.timeout,
            use_tls=config.security == "ssl", start_tls=config.security == "starttls",
        )
        await client.connect()
        if config.username:
            password = config.password.get_secret_value() if config.password else ""
            await client.login(config.username, password)
        return client

    async def send(self, message: bytes, recipient: str) -> Delivery:
        """Send one message to one address."""
        if self._down is not None:
            return Delivery("pending", self._down)
        where = f"{self.config.host}:{self.config.smtp_port}"
        if self._client is None or not self._client.is_connected:
            try:
                self._client = await self._connect()
            except aiosmtplib.SMTPAuthenticationError as exc:
                self._down = f"SMTP login to {where} refused: {_reply(exc.code, exc.message)}"
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                self._down = f"SMTP server {where} not reachable: {type(exc).__name__}: {exc}"
            if self._down is not None:
                return Delivery("pending", self._down)
        assert self._client is not None
        try:
            errors, _ = await self._client.sendmail(self.envelope_sender, [recipient], message)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            refused = exc.recipients[0]
            return _by_code(refused.code, f"recipient {recipient} refused: {_reply(refused.code, refused.message)}")
        except aiosmtplib.SMTPResponseException as exc:
            return _by_code(exc.code, f"refused: {_reply(exc.code, exc.message)}")
        except ValueError as exc:  # an address that cannot be written in SMTP at all
            return Delivery("failed", f"cannot send to {recipient!r}: {exc}")
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            self._client.close()
            self._client = None
            return Delivery("pending", f"SMTP connection to {where} lost: {type(exc).__name__}: {exc}")
        if errors:
            code, text = next(iter(errors.values()))
            return _by_code(code, f"recipient {recipient} refused: {_reply(code, text)}")
        return SENT
