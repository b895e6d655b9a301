"""A real SMTP server on 127.0.0.1 for tests (aiosmtpd, in its own thread), recording what it receives.

    with LocalSMTPServer(refuse={"bad@example.org": "550 5.1.1 no such user"}) as smtp:
        ...  # send to 127.0.0.1:smtp.port; smtp.messages afterwards

`refuse` answers RCPT for an address with the given reply (5xx for good, 4xx for later); a login
is required when `password` is given. `free_port()` names a port nothing listens on, for a server
that is down (start one on it later to bring it up).
"""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


class _Handler:
    def __init__(self, owner: LocalSMTPServer) -> None:
        self.owner = owner

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        self.owner.rcpts.append(address)
        reply = self.owner.refuse.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.owner.lock:
            self.owner.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 OK: queued"


class LocalSMTPServer:
    def __init__(self, port: int | None = None, *, refuse: dict[str, str] | None = None,
                 username: str | None = None, password: str | None = None) -> None:
        self.port = port or free_port()
        self.refuse = dict(refuse or {})
        self.messages: list[Received] = []
        self.rcpts: list[str] = []  # every RCPT TO, accepted or not
        self.lock = threading.Lock()
        auth: dict[str, Any] = {}
        if password is not None:
            def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
                ok = isinstance(data, LoginPassword) and data.login.decode() == username \
                    and data.password.decode() == password
                return AuthResult(success=ok, handled=False)  # not handled: the server answers 535

            auth = {"authenticator": authenticator, "auth_required": True, "auth_require_tls": False}
        # With a password, each session warns of AUTH without TLS (on 127.0.0.1, on purpose): tests
        # that log in filter "Requiring AUTH".
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, **auth)

    def to(self, address: str) -> list[Received]:
        return [m for m in self.messages if address in m.recipients]

    def __enter__(self) -> LocalSMTPServer:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()
