"""A real HTTP server on 127.0.0.1 for tests, with routes written as plain functions.

    def hello(request: RequestHandler) -> None:
        respond(request, 200, "<p>你好</p>".encode("gbk"), content_type="text/html; charset=gbk")

    with LocalHTTPServer({"/": hello, "/about": static(b"<p>about</p>")}) as server:
        ...  # fetch server.url("/"); inspect server.hits afterwards

A route is looked up by the request path without its query string, for every method; unknown
paths answer 404. Each request runs in its own thread, so a handler may block (sleep, wait on
`request.server.closing`) without holding up the others. Leaving the `with` block sets
`closing`, so handlers that hang on purpose should wait on it rather than sleep.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Handler = Callable[["RequestHandler"], None]


@dataclass(frozen=True)
class Hit:
    """One request as the server received it."""

    method: str
    path: str  # with the query string
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, owner: LocalHTTPServer) -> None:
        super().__init__(("127.0.0.1", 0), RequestHandler)
        self.owner = owner
        self.closing = threading.Event()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that give up (timeouts, size caps) are part of what tests exercise; a reset
        # connection is expected there. Anything else keeps the default traceback report.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class RequestHandler(BaseHTTPRequestHandler):
    """The request object handlers receive (the standard library's, routed by path)."""

    server: _Server

    def _dispatch(self) -> None:
        owner = self.server.owner
        path = self.path.split("?", 1)[0]
        owner._record(Hit(self.command, self.path, dict(self.headers.items()), time.monotonic()))
        handler = owner.routes.get(path)
        if handler is None:
            respond(self, 404, b"<h1>404 Not Found</h1>")
            return
        handler(self)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = _dispatch

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet; the server's hits are recorded in `LocalHTTPServer.hits`."""


class LocalHTTPServer:
    """A ThreadingHTTPServer on 127.0.0.1, on a free port, serving `routes` until closed."""

    def __init__(self, routes: Mapping[str, Handler] | None = None) -> None:
        self.routes: dict[str, Handler] = dict(routes or {})
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self._server = _Server(self)
        # A short poll interval: shutdown() waits for the serving loop to notice, per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        return f"{self.base_url}{path}"

    def count(self, path: str, method: str | None = None) -> int:
        """How many requests arrived for a path (query string ignored), optionally per method."""
        return sum(
            1
            for hit in self.hits
            if hit.path.split("?", 1)[0] == path and (method is None or hit.method == method)
        )

    def _record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def __enter__(self) -> LocalHTTPServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.closing.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def respond(
    request: BaseHTTPRequestHandler,
    status: int = 200,
    body: bytes = b"",
    *,
    content_type: str | None = "text/html; charset=utf-8",
    headers: Mapping[str, str] | None = None,
) -> None:
    """Write a complete response with a Content-Length; HEAD requests get the headers only."""
    request.send_response(status)
    if content_type is not None:
        request.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        request.send_header(name, value)
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    if request.command != "HEAD":
        request.wfile.write(body)


def static(
    body: bytes,
    status: int = 200,
    *,
    content_type: str | None = "text/html; charset=utf-8",
    headers: Mapping[str, str] | None = None,
) -> Handler:
    """A handler that always gives the same answer."""

    def handler(request: RequestHandler) -> None:
        respond(request, status, body, content_type=content_type, headers=headers)

    return handler
