"""Benchmark `monitor check` against a synthetic fleet served from a separate process.

    .venv/bin/python bench/run.py [--sites 200] [--columns 30] [--ips 1]

1. starts bench/static_server.py (asyncio, keep-alive, dict lookup) on 127.0.0.1 and waits
   until it has rendered the fleet;
2. writes <out>/config.yaml for that fleet (contracts §2 plus a `fetch:` section) with a
   SQLite database in <out>;
3. runs `monitor check --config <out>/config.yaml` and times it;
4. asks the static server how many requests it answered, stops it, prints the numbers and
   writes them to <out>/results.json.

CPU seconds and peak RSS are the monitor process's own (os.wait4 on its pid, which also
counts any children it waited for); the static server is measured separately and never
included. Exit status: the monitor's, or 2 when it could not be started.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import date, datetime
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
# Run as a plain script from any directory: make the repository's `monitor` importable.
sys.path.insert(0, str(REPO))

from monitor.demo.fleet import synthetic_fleet  # noqa: E402

_READY_TIMEOUT = 300.0  # seconds the static server may take to render the fleet


def _start_server(args: argparse.Namespace, today: date) -> tuple[subprocess.Popen[str], int, int]:
    """Start the static server; return it with its port and page count once it listens."""
    command = [
        sys.executable, str(REPO / "bench" / "static_server.py"),
        "--sites", str(args.sites), "--columns", str(args.columns), "--seed", str(args.seed),
        "--today", today.isoformat(), "--port", "0", "--ips", str(args.ips),
    ]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    deadline = time.monotonic() + _READY_TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([server.stdout], [], [], 1.0)
        if ready:
            line = server.stdout.readline()
            if line.startswith("READY "):
                _, port, pages = line.split()
                return server, int(port), int(pages)
            if not line:
                break
        if server.poll() is not None:
            break
    server.kill()
    server.wait()
    raise SystemExit(f"the static server did not start (exit {server.returncode})")


def _write_config(args: argparse.Namespace, today: date, port: int, out: Path) -> Path:
    fleet = synthetic_fleet(today, args.sites, args.columns, seed=args.seed)
    entries = fleet.site_entries(f"http://127.0.0.1:{port}")
    for n, entry in enumerate(entries):
        # With --ips N, site n lives on 127.0.0.(n mod N + 1): distinct hosts and IPs, as in the wild.
        entry["url"] = str(entry["url"]).replace("127.0.0.1", f"127.0.0.{n % args.ips + 1}", 1)
    config: dict[str, object] = {
        "database": f"sqlite:///{out / 'bench.db'}",
        "ruleset": "national-2019",
        "timezone": "Asia/Shanghai",
    }
    if not args.plain_config:
        config["fetch"] = {"per_host": args.per_host, "per_ip": args.per_ip, "concurrency": args.concurrency}
        config["report"] = {"dir": str(out / "reports")}
    config["sites"] = entries
    path = out / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _monitor_command(config: Path) -> list[str]:
    installed = REPO / ".venv" / "bin" / "monitor"
    if installed.exists():
        return [str(installed), "check", "--config", str(config)]
    # Not installed as a script yet: run the CLI module with this interpreter instead.
    return [sys.executable, "-m", "monitor.cli", "check", "--config", str(config)]


def _run_monitor(config: Path, out: Path, timeout: float) -> dict[str, float]:
    """Run `monitor check`; return its exit code, wall time, CPU seconds and peak RSS."""
    command = _monitor_command(config)
    print("running:", " ".join(command), flush=True)
    with open(out / "monitor.stdout", "w") as stdout, open(out / "monitor.stderr", "w") as stderr:
        started = time.perf_counter()
        try:
            process = subprocess.Popen(command, stdout=stdout, stderr=stderr, cwd=REPO)
        except OSError as exc:
            raise SystemExit(f"cannot start the monitor: {exc}") from exc
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        _, status, usage = os.wait4(process.pid, 0)
        killer.cancel()
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return {
        "exit_code": process.returncode,
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
    }


def _stats(port: int) -> dict[str, int]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__stats", timeout=10) as response:
        stats: dict[str, int] = json.loads(response.read())
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--columns", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--today", help="YYYY-MM-DD the fleet is dated from (default: today)")
    parser.add_argument("--ips", type=int, default=1, help="spread the sites over 127.0.0.1 … 127.0.0.N")
    parser.add_argument("--per-host", type=int, default=16)
    parser.add_argument("--per-ip", type=int, default=64)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--plain-config", action="store_true", help="write only contracts §2 keys (no fetch:)")
    parser.add_argument("--timeout", type=float, default=3600, help="kill the monitor after this many seconds")
    parser.add_argument("--out", type=Path, help="working folder (default: bench/out/<timestamp>)")
    args = parser.parse_args()

    today = date.fromisoformat(args.today) if args.today else date.today()
    out = args.out or REPO / "bench" / "out" / datetime.now().strftime("%Y%m%d-%H%M%S")
    out.mkdir(parents=True, exist_ok=True)
    print(f"rendering {args.sites} sites × {args.columns} columns …", flush=True)
    server, port, served_pages = _start_server(args, today)
    try:
        print(f"static server: 127.0.0.1:{port}, {served_pages} paths in memory", flush=True)
        config = _write_config(args, today, port, out)
        result = _run_monitor(config, out, args.timeout)
        stats = _stats(port)
    finally:
        server.terminate()
        server.wait(timeout=10)

    wall = result["wall_s"]
    results = {
        "sites": args.sites,
        "columns": args.columns,
        "ips": args.ips,
        **result,
        **{f"served_{key}": value for key, value in stats.items()},
        "pages_per_s": stats["pages"] / wall if wall else 0.0,
        "requests_per_s": stats["requests"] / wall if wall else 0.0,
    }
    (out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(
        f"\nmonitor exit code   {result['exit_code']:.0f}\n"
        f"wall time           {wall:.1f} s\n"
        f"pages fetched       {stats['pages']} ({results['pages_per_s']:.1f} pages/s)\n"
        f"requests            {stats['requests']} ({results['requests_per_s']:.1f} req/s; "
        f"{stats['heads']} HEAD, {stats['not_found']} 404)\n"
        f"CPU (monitor)       {result['cpu_s']:.1f} s\n"
        f"peak RSS (monitor)  {result['peak_rss_mb']:.0f} MB\n"
        f"details             {out}"
    )
    if result["exit_code"] != 0:
        tail = (out / "monitor.stderr").read_text(encoding="utf-8", errors="replace")[-2000:]
        print(f"\nmonitor failed; end of its stderr:\n{tail}", file=sys.stderr)
    return int(result["exit_code"])


if __name__ == "__main__":
    sys.exit(main())
