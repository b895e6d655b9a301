"""`monitor demo`: serve the demo fleet, check it into a throwaway database, report."""

from __future__ import annotations

import asyncio
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from loguru import logger
from rich.console import Console

from monitor import jobs
from monitor.config import parse_config
from monitor.demo.fleet import demo_fleet
from monitor.demo.server import DemoServer, DemoServerError, serve_forever
from monitor.report import Report

ZONE = ZoneInfo("Asia/Shanghai")
# One column of the fleet never answers; a 3 s deadline and one retry keep the
# demo quick while still showing that a hanging column is unknown, not stale.
DEMO_FETCH = {"timeout": 3, "retries": 1, "backoff": 0.2}


def demo_config_text(base_url: str, database: str) -> str:
    """A config for the demo fleet served at base_url."""
    today = datetime.now(ZONE).date()
    document = {
        "database": database,
        "ruleset": "national-2019",
        "timezone": "Asia/Shanghai",
        "fetch": DEMO_FETCH,
        "sites": demo_fleet(today).site_entries(base_url),
        "accounts": demo_fleet(today).account_entries(base_url),
    }
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


def _start(port: int) -> DemoServer:
    today = datetime.now(ZONE).date()
    try:
        return DemoServer(today, port=port)
    except DemoServerError as exc:
        if port == 0:
            raise
        logger.warning("{}; serving the demo fleet on a free port instead", exc)
        return DemoServer(today, port=0)


def run_demo(port: int, output: Path, progress_console: Console | None = None) -> tuple[list[Path], Report]:
    """Check the demo fleet end to end; returns the report files and the report."""
    with _start(port) as server, tempfile.TemporaryDirectory(prefix="monitor-demo-") as scratch:
        config_path = Path(scratch) / "config.yaml"
        config_path.write_text(demo_config_text(server.base_url, "sqlite:///demo.db"), encoding="utf-8")
        loaded = parse_config(config_path.read_text(encoding="utf-8"), config_path)
        sites = list(loaded.config.sites)
        if progress_console is not None:
            progress_console.print(f"demo fleet of {len(sites)} sites and {len(loaded.config.accounts)} accounts "
                                   f"at {server.base_url}/ — checking…")
        asyncio.run(jobs.run_check(loaded, sites, trigger="demo"))
        report = asyncio.run(jobs.evaluate(loaded, None))
    paths = [
        jobs.write_report(report, fmt, output / f"report-{report.as_of.isoformat()}.{fmt}") for fmt in ("md", "json")
    ]
    return paths, report


def serve_demo(port: int, console: Console) -> None:
    """Serve the fleet until Ctrl-C, for trying `monitor check` against config.yaml."""
    today = datetime.now(ZONE).date()
    serve_forever(port, today, on_ready=lambda server: console.print(
        f"demo fleet at {server.base_url}/ (Ctrl-C to stop); in another terminal: monitor check --config config.yaml"
    ))
