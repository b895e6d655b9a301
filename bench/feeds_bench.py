"""How long one `monitor check --only accounts` takes to read the feeds of many accounts.

    .venv/bin/python bench/feeds_bench.py [--accounts 5000] [--per-host 16] [--out DIR]

Serves `--accounts` RSS feeds from one host (127.0.0.1, as a self-hosted RSSHub-style bridge
serves every account), about a tenth of them stale, a few empty, blocked or malformed, from the
asyncio keep-alive server of `bench/static_server.py` in a thread of this process; writes a
config whose accounts reach their feeds through `feeds.templates` (so the per-host limit caps
the concurrency); runs the monitor as its own process and reports wall time, feeds/s, the
monitor's CPU seconds and peak RSS (os.wait4), the verdict counts, and the database size.
Results go to stdout and `<out>/results.json` (default bench/out/feeds-<timestamp>/).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from static_server import Stats, _serve_connection  # noqa: E402

CST = ZoneInfo("Asia/Shanghai")
RSS = "application/rss+xml; charset=utf-8"


def feed(n: int, now: datetime) -> tuple[bytes, str]:
    """Account n's feed: mostly fresh, every 10th stale (20 days), a few empty, blocked or broken."""
    if n % 97 == 0:
        return b"<html><body>\xe8\xae\xbf\xe9\x97\xae\xe8\xa2\xab\xe6\x8b\xa6\xe6\x88\xaa</body></html>", "text/html"
    if n % 89 == 0:
        return b"<?xml version='1.0'?><rss><channel><title>x</title><item><title>", RSS
    newest = 20 if n % 10 == 0 else n % 5
    count = 0 if n % 83 == 0 else 10
    items = "".join(
        f"<item><title>第{n}号账号第{i}条</title><link>http://bridge.test/{n}/{i}</link>"
        f"<pubDate>{format_datetime(now - timedelta(days=newest + 2 * i))}</pubDate></item>"
        for i in range(count)
    )
    body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>淄博第{n}号账号</title>'
            f"<link>http://bridge.test/{n}</link>{items}</channel></rss>")
    return body.encode(), RSS


def serve(pages: dict[str, tuple[bytes, str]]) -> tuple[int, Stats]:
    stats = Stats()
    ready = threading.Event()
    port: list[int] = []

    async def main() -> None:
        server = await asyncio.start_server(lambda r, w: _serve_connection(r, w, pages, stats),
                                            host="127.0.0.1", port=0, backlog=1024)
        port.append(server.sockets[0].getsockname()[1])
        ready.set()
        async with server:
            await server.serve_forever()

    threading.Thread(target=lambda: asyncio.run(main()), daemon=True).start()
    ready.wait(30)
    return port[0], stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--per-host", type=int, default=16)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or REPO / "bench" / "out" / f"feeds-{datetime.now():%Y%m%d-%H%M%S}"
    out.mkdir(parents=True, exist_ok=True)
    now = datetime.now(CST)
    pages = {f"/weibo/user/{n}": feed(n, now) for n in range(1, args.accounts + 1)}
    port, stats = serve(pages)
    config = {
        "database": f"sqlite:///{out / 'bench.db'}",
        "fetch": {"per_host": args.per_host, "per_ip": args.per_host, "concurrency": 64, "retries": 0},
        "report": {"dir": str(out / "reports")},
        "feeds": {"templates": {"weibo": f"http://127.0.0.1:{port}/weibo/user/{{account_id}}"}},
        # One account per unit on the bridge's platform, as a roster lists them.
        "accounts": [{"name": f"淄博第{n}号账号", "platform": "weibo", "account_id": str(n), "unit": f"淄博市第{n}单位"}
                     for n in range(1, args.accounts + 1)],
    }
    path = out / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    command = [sys.executable, "-m", "monitor", "check", "--config", str(path), "--only", "accounts",
               "--format", "json"]
    with open(out / "monitor.stdout", "w") as stdout, open(out / "monitor.stderr", "w") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, cwd=out, env=os.environ | {"CI": "true"})
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    report = json.loads(next((out / "reports").glob("*.json")).read_text(encoding="utf-8"))
    results = {
        "accounts": args.accounts, "per_host": args.per_host, "exit_code": os.waitstatus_to_exitcode(status),
        "wall_s": round(wall, 2), "feeds_per_s": round(stats.requests / wall, 1), "requests": stats.requests,
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "summary": report["summary"]["accounts"],
        "db_mb": round((out / "bench.db").stat().st_size / 2**20, 2),
    }
    (out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
