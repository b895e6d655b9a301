"""The command line as users and scripts call it: a real process, real files, a real server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from monitor.demo.fleet import demo_fleet
from monitor.demo.server import DemoServer

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).resolve().parent / "pages"
TODAY = datetime.now(ZoneInfo("Asia/Shanghai")).date()


def monitor(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "MONITOR_CONFIG"}
    environment.update({"CI": "true", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args], cwd=cwd or ROOT, env=environment,
        capture_output=True, text=True, timeout=240,
    )


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with DemoServer(TODAY) as running:
        yield running


@pytest.fixture()
def demo_config(server: DemoServer, tmp_path: Path) -> Path:
    document = {
        "database": "sqlite:///monitor.db",
        "fetch": {"timeout": 5, "retries": 0, "per_host": 16, "per_ip": 32},
        "report": {"dir": "out"},
        "sites": demo_fleet(TODAY).site_entries(server.base_url),
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command", [[], ["check"], ["report"], ["inspect"], ["demo"], ["init"], ["probe"], ["rules"], ["db", "upgrade"]]
)
def test_help_everywhere(command: list[str]) -> None:
    result = monitor(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout


def test_config_error_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("sites:\n  - code: '3703000034'\n    name: x\n    url: http://127.0.0.1:1/\n    colour: red\n",
                    encoding="utf-8")
    result = monitor("check", "--config", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [f"error: {path}:5: sites[0].colour: unknown key"]
    assert "Traceback" not in result.stderr


def test_missing_config_and_unknown_site(tmp_path: Path, demo_config: Path) -> None:
    missing = monitor("report", "--config", str(tmp_path / "nope.yaml"))
    assert missing.returncode == 2 and "file not found" in missing.stderr
    from_env = monitor("report", cwd=tmp_path, env={"MONITOR_CONFIG": str(tmp_path / "also-nope.yaml")})
    assert from_env.returncode == 2 and "also-nope.yaml" in from_env.stderr
    unknown = monitor("check", "--config", str(demo_config), "--site", "9999999999")
    assert unknown.returncode == 2 and "no site with code 9999999999" in unknown.stderr
    bad_date = monitor("report", "--config", str(demo_config), "--as-of", "29/08/2024")
    assert bad_date.returncode == 2 and "--as-of" in bad_date.stderr


def test_init_writes_the_bundled_example(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    assert monitor("init", str(target)).returncode == 0
    assert target.read_text(encoding="utf-8") == (ROOT / "config.yaml").read_text(encoding="utf-8")
    again = monitor("init", str(target))
    assert again.returncode == 2 and "--force" in again.stderr


def test_bundled_config_lists_the_demo_fleet() -> None:
    document = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    assert document["sites"] == demo_fleet(TODAY).site_entries("http://127.0.0.1:8089")
    assert document["accounts"] == demo_fleet(TODAY).account_entries("http://127.0.0.1:8089")


def test_check_report_and_fail_on_veto(demo_config: Path) -> None:
    healthy = monitor("check", "--config", str(demo_config), "--site", "3703000034", "--fail-on-veto")
    assert healthy.returncode == 0, healthy.stderr
    assert "合格" in healthy.stdout
    stale = monitor("check", "--config", str(demo_config), "--site", "3703000041", "--fail-on-veto")
    assert stale.returncode == 3, stale.stderr
    written = sorted(p.name for p in (demo_config.parent / "out").iterdir())
    assert written == [f"report-{TODAY.isoformat()}.json", f"report-{TODAY.isoformat()}.md"]
    # A single-site run never narrows the report of the day: it covers the whole config from
    # stored snapshots, so the first site's verdict is still there after the second run.
    day = json.loads((demo_config.parent / "out" / f"report-{TODAY.isoformat()}.json").read_text(encoding="utf-8"))
    assert len(day["websites"]) == 12
    assert {s["code"]: s["verdict"] for s in day["websites"]}["3703000034"] == "pass"
    assert day["summary"]["websites"]["checked"] == 2 and day["summary"]["websites"]["not_checked"] == 10

    output = demo_config.parent / "verdicts.json"
    report = monitor("report", "--config", str(demo_config), "--format", "json", "--output", str(output))
    assert report.returncode == 0, report.stderr
    doc = json.loads(output.read_text(encoding="utf-8"))
    assert doc["as_of"] == TODAY.isoformat() and doc["ruleset"] == "national-2019"
    verdicts = {site["code"]: site["verdict"] for site in doc["websites"]}
    assert verdicts["3703000034"] == "pass" and verdicts["3703000041"] == "fail"
    # Sites never checked are not checked, never failed nor passed, and not counted.
    assert verdicts["3703000052"] == "not_checked"
    assert doc["summary"]["websites"]["failed"] == 1
    assert doc["summary"]["websites"]["checked"] == 2 and doc["summary"]["websites"]["pass_rate"] == 0.5

    # As of a day before anything was stored, nothing was checked: no 合格率 at all.
    past = monitor("report", "--config", str(demo_config), "--as-of", "2020-01-01")
    assert past.returncode == 0
    past_doc = json.loads(past.stdout)
    assert {site["verdict"] for site in past_doc["websites"]} == {"not_checked"}
    assert past_doc["summary"]["websites"]["checked"] == 0 and past_doc["summary"]["websites"]["pass_rate"] is None

    markdown = monitor("report", "--config", str(demo_config), "--format", "md", "--site", "3703000041")
    assert markdown.returncode == 0
    assert "监测时间点前2周内首页无更新" in markdown.stdout and "淄博市教育局" in markdown.stdout


def test_db_upgrade(demo_config: Path) -> None:
    result = monitor("db", "upgrade", "--config", str(demo_config))
    assert result.returncode == 0, result.stderr
    assert "revision 0007" in result.stdout
    assert (demo_config.parent / "monitor.db").exists()


CONTRACT_KEYS = ["url", "encoding", "kind", "items", "item_count", "latest_item_date", "blank", "next_page"]


def follows_contract(doc: dict[str, object]) -> bool:
    """The contract's keys, in its order, first; extensions may follow."""
    return list(doc)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS


def test_inspect_file_json() -> None:
    page = next(iter(sorted(PAGES.glob("*.html"))))
    result = monitor("inspect", str(page), "--url", "http://example.gov.cn/col/col123/index.html", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert follows_contract(doc)
    assert doc["item_count"] == len(doc["items"])
    assert all(set(item) == {"title", "url", "date"} for item in doc["items"])


def test_inspect_unreadable_file() -> None:
    result = monitor("inspect", "/nonexistent/page.html", "--json")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: /nonexistent/page.html: cannot read: No such file or directory"
    ]


def test_inspect_url_follows_pages(server: DemoServer) -> None:
    fleet = demo_fleet(TODAY)
    column = next(c for s in fleet.sites for c in s.columns if c.page_count >= 3 and not c.hangs)
    url = server.base_url + column.path
    one = json.loads(monitor("inspect", url, "--json").stdout)
    assert follows_contract(one) and one["kind"] == "list"
    assert one["next_page"] is not None
    two = json.loads(monitor("inspect", url, "--json", "--pages", "2").stdout)
    assert len(two["pages"]) == 1 and two["pages"][0]["url"] == one["next_page"]
    dead = monitor("inspect", server.base_url + "/no/such/page.html", "--json")
    assert dead.returncode == 2 and "http_error" in dead.stderr


def test_json_logs_for_collectors(demo_config: Path) -> None:
    result = monitor("check", "--config", str(demo_config), "--site", "3703000034",
                     env={"MONITOR_LOG_FORMAT": "json"})
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stderr.splitlines() if line.strip()]
    assert records and all("record" in r and "text" in r for r in records)
    assert any("淄博市发展和改革委员会" in r["record"]["message"] for r in records)


def test_rules_prints_the_table_with_overrides(tmp_path: Path) -> None:
    plain = monitor("rules", cwd=tmp_path)
    assert plain.returncode == 0 and (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == plain.stdout
    path = tmp_path / "config.yaml"
    path.write_text("rules:\n  site.columns_stale: {blank_count: 3}\n", encoding="utf-8")
    custom = monitor("rules", "--config", str(path))
    assert custom.returncode == 0
    assert "空白栏目数超过3个" in custom.stdout and "`blank_count` = 3" in custom.stdout


def test_demo_runs_end_to_end(tmp_path: Path) -> None:
    result = monitor("demo", "--port", "0", "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "本次监测政府网站12个，合格9个，不合格3个，无法判断0个，合格率75.0%。" in result.stdout
    assert "本次监测政务新媒体6个，合格3个，不合格2个，无法判断1个，合格率50.0%。" in result.stdout
    reports = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert reports == [f"report-{TODAY.isoformat()}.json", f"report-{TODAY.isoformat()}.md"]
    doc = json.loads((tmp_path / "out" / reports[0]).read_text(encoding="utf-8"))
    assert [s["code"] for s in doc["websites"] if s["verdict"] == "fail"] == ["3703000041", "3703000052", "3703000063"]
