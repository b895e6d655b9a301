"""A fast static HTTP/1.1 server on asyncio streams, serving the synthetic benchmark fleet.

    .venv/bin/python bench/static_server.py --sites 200 --columns 30 [--port 0] [--ips 1]

Renders the whole fleet into memory first, then answers GET/HEAD by dict lookup, with
keep-alive. Prints `READY <port> <pages>` on stdout once listening. `GET /__stats` answers
the request counts so far as JSON (that request itself not counted). Runs until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

# Run as a plain script from any directory: make the repository's `monitor` importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from monitor.demo.fleet import synthetic_fleet  # noqa: E402
from monitor.demo.render import Page, render_fleet  # noqa: E402

_NOT_FOUND: Page = (b"<html><body><h1>404 Not Found</h1></body></html>", "text/html")
_MAX_HEAD = 64 * 1024


@dataclass
class Stats:
    requests: int = 0
    pages: int = 0  # successful GETs of HTML pages
    heads: int = 0
    not_found: int = 0
    bytes: int = 0


def _head(status: int, content_type: str, length: int, keep_alive: bool) -> bytes:
    reason = "OK" if status == 200 else "Not Found"
    connection = "keep-alive" if keep_alive else "close"
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n"
        f"Connection: {connection}\r\n\r\n"
    ).encode("latin-1")


def _wants_keep_alive(version: str, headers: dict[str, str]) -> bool:
    connection = headers.get("connection", "").lower()
    if version == "HTTP/1.1":
        return "close" not in connection
    return "keep-alive" in connection


def _parse(head: bytes) -> tuple[str, str, str, dict[str, str]]:
    """Method, path (query and scheme/host removed), version and lower-cased headers."""
    lines = head.decode("latin-1").split("\r\n")
    method, target, version = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    if target.startswith(("http://", "https://")):
        target = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
    return method, target.split("?", 1)[0], version, headers


async def _serve_connection(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, pages: dict[str, Page], stats: Stats
) -> None:
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                return  # the client closed its keep-alive connection: the normal end
            method, path, version, headers = _parse(head)
            length = int(headers.get("content-length", "0") or 0)
            if length:
                await reader.readexactly(length)
            keep_alive = _wants_keep_alive(version, headers)
            if path == "/__stats":
                body = json.dumps(asdict(stats)).encode()
                writer.write(_head(200, "application/json", len(body), keep_alive) + body)
            else:
                stats.requests += 1
                page = pages.get(path)
                status = 200 if page is not None else 404
                body, content_type = page if page is not None else _NOT_FOUND
                stats.not_found += status == 404
                stats.heads += method == "HEAD"
                stats.pages += method == "GET" and status == 200 and content_type.startswith("text/html")
                payload = b"" if method == "HEAD" else body
                stats.bytes += len(payload)
                writer.write(_head(status, content_type, len(body), keep_alive) + payload)
            await writer.drain()
            if not keep_alive:
                return
    except (ConnectionError, asyncio.LimitOverrunError, ValueError) as exc:
        # A reset connection or a malformed request ends this connection only.
        print(f"connection dropped: {exc!r}", file=sys.stderr)
    finally:
        writer.close()


async def _main(args: argparse.Namespace) -> None:
    today = date.fromisoformat(args.today) if args.today else date.today()
    fleet = synthetic_fleet(today, args.sites, args.columns, seed=args.seed)
    pages = render_fleet(fleet, today)
    stats = Stats()
    hosts = [f"127.0.0.{n}" for n in range(1, args.ips + 1)]
    server = await asyncio.start_server(
        lambda r, w: _serve_connection(r, w, pages, stats), host=hosts, port=args.port, limit=_MAX_HEAD, backlog=1024
    )
    port = server.sockets[0].getsockname()[1]
    print(f"READY {port} {len(pages)}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--columns", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--today", help="YYYY-MM-DD the fleet is dated from (default: today)")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--ips", type=int, default=1, help="listen on 127.0.0.1 … 127.0.0.N (same port)")
    asyncio.run(_main(parser.parse_args()))


if __name__ == "__main__":
    main()
