"""A real HTTP server on 127.0.0.1 serving the demo fleet, for the demo and for tests.

HTTP/1.1 with keep-alive and Content-Length, GET and HEAD. Unknown paths get a small 404 page
(the planted broken links point at such paths). Pages of a hanging column never get an
answer: their handler waits until the server is closed, and closing stays prompt anyway.
"""

from __future__ import annotations

import contextlib
import errno
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs

from monitor.demo.fleet import DemoFleet, demo_fleet
from monitor.demo.render import Page, render_fleet, render_search, search_path

__all__ = ["DemoServer", "DemoServerError", "serve_forever"]

_NOT_FOUND = (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>404 Not Found</title></head>'
    "<body><h1>404 Not Found</h1><p>对不起，您访问的页面不存在。</p></body></html>\n"
).encode()


class DemoServerError(RuntimeError):
    """The demo server could not start (the port is taken, or not ours to bind)."""


class _FleetHTTPServer(ThreadingHTTPServer):
    """Threading server that knows the fleet and can cut every open connection when closing."""

    daemon_threads = True
    allow_reuse_address = True  # SO_REUSEADDR: a restarted demo can rebind its port at once

    def __init__(self, address: tuple[str, int], fleet: DemoFleet, today: date) -> None:
        self.fleet = fleet
        self.today = today
        self.pages: dict[str, Page] = render_fleet(fleet, today)
        self.searches = {search_path(site): site for site in fleet.sites}
        self.closing = threading.Event()
        self._connections: set[socket.socket] = set()
        self._lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host name (getfqdn), which can stall without DNS.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        with self._lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: socket.socket) -> None:  # type: ignore[override]
        with self._lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def cut_connections(self) -> None:
        """Shut every open connection so handler threads blocked on them end now."""
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            # Its handler may have closed it in the meantime: then there is nothing to cut.
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        # A client that hangs up mid-answer (a crawler's timeout, a closed keep-alive) is normal.
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "DemoGov/1.0"
    sys_version = ""
    timeout = 30  # seconds an idle keep-alive connection is kept open
    # Headers and body go out as two writes; without TCP_NODELAY, Nagle's algorithm and the
    # client's delayed ACK add ~40 ms to every keep-alive request.
    disable_nagle_algorithm = True
    server: _FleetHTTPServer

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def log_message(self, format: str, *args: object) -> None:
        # One line per request would drown the demo's own progress output; the monitor
        # records every fetch it makes.
        return

    def _answer(self, *, with_body: bool) -> None:
        path, _, query = self.path.partition("?")
        if self.server.fleet.hangs(path):
            self._hang()
            return
        page = self.server.pages.get(path)
        status = 200
        site = self.server.searches.get(path)
        if site is not None and query:
            terms = parse_qs(query, encoding="gbk" if site.encoding == "gbk" else "utf-8", errors="replace")
            page = render_search(site, self.server.today, terms.get("q", [""])[0])
        if page is None:
            status, page = 404, (_NOT_FOUND, "text/html; charset=utf-8")
        body, content_type = page
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _hang(self) -> None:
        """Never answer: wait until the server closes, then drop the connection."""
        self.server.closing.wait()
        self.close_connection = True


class DemoServer:
    """The demo fleet served on 127.0.0.1 from a background thread until `close()`.

    `port=0` picks a free port; `base_url` tells which. Usable as a context manager.
    Raises DemoServerError when the port cannot be bound (e.g. already in use).
    """

    def __init__(self, today: date, port: int = 0, fleet: DemoFleet | None = None) -> None:
        self.fleet = fleet if fleet is not None else demo_fleet(today)
        try:
            self._server = _FleetHTTPServer(("127.0.0.1", port), self.fleet, today)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise DemoServerError(
                    f"cannot serve the demo fleet: 127.0.0.1:{port} is already in use "
                    "(stop the other server, or choose another port; 0 picks a free one)"
                ) from exc
            raise DemoServerError(f"cannot serve the demo fleet on 127.0.0.1:{port}: {exc}") from exc
        self.port: int = self._server.server_port
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="demo-fleet", daemon=True
        )
        self._closed = False
        self._thread.start()

    def close(self) -> None:
        """Stop serving and release the port; returns within about a second, even with hanging requests."""
        if self._closed:
            return
        self._closed = True
        self._server.shutdown()
        self._server.closing.set()
        self._server.cut_connections()
        self._server.server_close()
        self._thread.join(timeout=1)

    def __enter__(self) -> DemoServer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def serve_forever(port: int, today: date, on_ready: Callable[[DemoServer], None] | None = None) -> None:
    """Serve the demo fleet on 127.0.0.1:`port` until interrupted (Ctrl-C), then close it.

    `on_ready` is called with the running DemoServer (e.g. to print its URL).
    """
    with DemoServer(today, port) as server:
        if on_ready is not None:
            on_ready(server)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            # Ctrl-C is how a foreground demo server is meant to stop.
            return
