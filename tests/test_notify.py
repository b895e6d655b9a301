"""Alerts on the demo fleet: checked once through the real pipeline, then mailed to a real SMTP
server and posted to a real HTTP robot on 127.0.0.1; the command line; the notify: config."""

from __future__ import annotations

import asyncio
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from openpyxl import load_workbook

from monitor import jobs
from monitor.config import ConfigError, parse_config
from monitor.demo.fleet import demo_fleet
from monitor.demo.server import DemoServer
from monitor.notify import addressed_document, send_alerts
from monitor.notify.secrets import literal_secrets
from monitor.report.worklist import HEADER, addresses, worklist
from tests.httpserver import LocalHTTPServer, RequestHandler, respond
from tests.smtpserver import LocalSMTPServer, free_port

ROOT = Path(__file__).resolve().parent.parent
TODAY = datetime.now(ZoneInfo("Asia/Shanghai")).date()
SENDER = "政府网站监测 <monitor@example.org>"
SUPERVISOR = "gkb@example.org"
# The demo fleet's units with a problem (sites and accounts share addresses), and what they hear.
UNITS = {
    "jyj@example.org": ["监测时间点前2周内首页无更新"],
    "mzj@example.org": ["动态要闻、政策文件、通知公告栏目不更新数量超过5个", "监测时间点前2周内无更新"],
    "czj@example.org": ["空白栏目数超过5个", "账号名称与实际不一致"],
    "jtj@example.org": ["监测时间点前2周内无更新", "僵尸账号未注销"],
    "zfb@example.org": ["新发现的错链"],
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoServer, Path]]:
    """The demo fleet served and checked once; tests copy its database."""
    folder = tmp_path_factory.mktemp("checked")
    with DemoServer(TODAY) as server:
        loaded = write_config(server, folder, None)
        asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))
        yield server, folder / "monitor.db"


def write_config(server: DemoServer, folder: Path, notify: dict[str, Any] | None, db: Path | None = None) -> Any:
    if db is not None:
        shutil.copy(db, folder / "monitor.db")
    fleet = demo_fleet(TODAY)
    document: dict[str, Any] = {
        "database": "sqlite:///monitor.db",
        "fetch": {"timeout": 5, "retries": 0, "per_host": 16, "per_ip": 32},
        "sites": fleet.site_entries(server.base_url),
        "accounts": fleet.account_entries(server.base_url),
    }
    if notify is not None:
        document["notify"] = notify
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return parse_config(path.read_text(encoding="utf-8"), path)


def mail(port: int, **extra: Any) -> dict[str, Any]:
    return {"email": {"host": "127.0.0.1", "port": port, "security": "none", "sender": SENDER,
                      "supervisor": SUPERVISOR}, **extra}


def attachments(message: EmailMessage) -> dict[str, bytes]:
    found = {}
    for part in message.iter_attachments():
        assert part.get_content_type() == XLSX
        found[part.get_filename() or ""] = part.get_content()
    return found


def one(smtp: LocalSMTPServer, address: str) -> EmailMessage:
    [received] = smtp.to(address)
    assert received.recipients == [address] and received.sender == "monitor@example.org"
    return received.message


def test_each_unit_gets_one_digest_with_both_parts_and_its_worklist(
    checked: tuple[DemoServer, Path], tmp_path: Path
) -> None:
    server, db = checked
    posts: list[dict[str, Any]] = []

    def robot(request: RequestHandler) -> None:
        posts.append(json.loads(request.rfile.read(int(request.headers["Content-Length"]))))
        respond(request, 200, b"{}", content_type="application/json")

    with LocalSMTPServer() as smtp, LocalHTTPServer({"/hook": robot}) as robots:
        loaded = write_config(server, tmp_path, mail(smtp.port, webhooks=[f"json://127.0.0.1:{robots.port}/hook"]),
                              db)
        run = asyncio.run(send_alerts(loaded))
        assert run.failed == [] and run.pending == 0 and run.unaddressed == ()
        assert sorted(r for m in smtp.messages for r in m.recipients) == sorted([*UNITS, SUPERVISOR])
        again = asyncio.run(send_alerts(loaded))  # nothing changed: nothing more
        assert again.queued == () and again.attempts == ()
    assert len(smtp.messages) == len(UNITS) + 1 and len(posts) == 1

    as_of = TODAY.isoformat()
    deadline = TODAY + timedelta(days=15)
    for address, texts in UNITS.items():
        message = one(smtp, address)
        assert message["From"].addresses[0].display_name == "政府网站监测"
        assert message["Subject"].startswith("【政府网站监测】") and f"监测时间点 {as_of}" in message["Subject"]
        assert message.get_content_type() == "multipart/mixed"
        alternative = next(message.iter_parts())
        assert alternative.get_content_type() == "multipart/alternative"
        assert [p.get_content_type() for p in alternative.iter_parts()] == ["text/plain", "text/html"]
        plain = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        page = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
        for text in texts:
            assert text in plain and text in page
        [(name, data)] = attachments(message).items()
        assert name == f"整改清单-{as_of}.xlsx"
        sheet = load_workbook(io.BytesIO(data))["整改清单"]
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        assert tuple(rows[0]) == HEADER
        assert [r[0] for r in rows[1:]] == list(range(1, len(rows)))
        assert all(r[4] and isinstance(r[5], datetime) and r[5].date() <= deadline for r in rows[1:])

    civil = one(smtp, "mzj@example.org")
    page = civil.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert f'<a href="{server.base_url}/site003/gzdt/">' in page  # the evidence, linked
    assert "【新增】" in civil.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    sheet = load_workbook(io.BytesIO(attachments(civil)[f"整改清单-{as_of}.xlsx"]))["整改清单"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [(r[1], r[2], r[3].split("（")[0], r[5].date()) for r in rows] == [
        ("淄博市民政局", "淄博市民政局", "动态要闻、政策文件、通知公告栏目不更新数量超过5个", deadline),
        ("淄博民政（微信公众号）", "淄博市民政局", "监测时间点前2周内无更新", deadline),
    ]
    assert "工作动态" not in rows[0][3] and f"{server.base_url}/site003/gzdt/" in rows[0][3]

    portal = one(smtp, "zfb@example.org").get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert portal.count(f"{server.base_url}/site005/") >= 5  # the five broken links, each named

    summary = one(smtp, SUPERVISOR)
    assert "网站不合格3个，政务新媒体不合格2个" in summary["Subject"]
    text = summary.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "本次监测政府网站12个，合格9个，不合格3个，无法判断0个，合格率75.0%。" in text
    assert "淄博市教育局：监测时间点前2周内首页无更新" in text and "淄博市人民政府：新发现错链5个" in text
    report = load_workbook(io.BytesIO(attachments(summary)[f"监测报告-{as_of}.xlsx"]))
    assert report.sheetnames[0] == "汇总"  # the report's own workbook (monitor.report.spreadsheet)

    [post] = posts
    assert post["title"] == f"政府网站监测（监测时间点 {as_of}）"
    assert "网站：检查12个，合格9个，不合格3个，无法判断0个，合格率75.0%" in post["message"]
    assert "最需关注：" in post["message"] and "1. " in post["message"]


def test_the_worklist_of_a_unit(checked: tuple[DemoServer, Path], tmp_path: Path) -> None:
    server, db = checked
    loaded = write_config(server, tmp_path, None, db)
    report = asyncio.run(jobs.evaluate(loaded, None))
    doc = addressed_document(report, loaded.config)
    table = worklist(doc, "CZJ@example.org", within_days=5)  # addresses compare without case
    assert table.header == HEADER
    assert [(r[1], r[3].split("（")[0], r[4], r[5]) for r in table.rows] == [
        ("淄博市财政局", "空白栏目数超过5个", "更新不更新栏目；空白栏目补充内容，或予以整合、撤销", TODAY + timedelta(days=5)),
        ("淄博财政（抖音）", "账号名称与实际不一致", "核实账号名称，与备案信息保持一致", TODAY + timedelta(days=5)),
    ]
    assert worklist(doc, "fgw@example.org").rows == []  # a healthy unit has nothing to rectify
    assert worklist(doc, "nobody@example.org").rows == []
    assert addresses("A@x.org; b@y.org，a@x.org 不是地址") == ("a@x.org", "b@y.org")


def monitor(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "MONITOR_CONFIG"}
    environment.update({"CI": "true", **(env or {})})
    return subprocess.run([sys.executable, "-m", "monitor", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=240)


def test_alerts_send_from_the_command_line(checked: tuple[DemoServer, Path], tmp_path: Path) -> None:
    server, db = checked
    port = free_port()
    refuse = {"czj@example.org": "550 5.1.1 <czj@example.org>: mailbox unavailable"}
    write_config(server, tmp_path, mail(port), db)
    config = str(tmp_path / "config.yaml")

    dry = monitor("alerts", "send", "--dry-run", "--config", config)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.count("Subject: 【政府网站监测】") == len(UNITS) + 1
    assert f"Attachments: 整改清单-{TODAY.isoformat()}.xlsx" in dry.stdout
    assert "监测时间点前2周内首页无更新" in dry.stdout
    assert "would queue 5 digests, 1 summary; nothing written or sent" in dry.stdout

    down = monitor("alerts", "send", "--config", config)  # no server yet: queued, logged, exit 0
    assert down.returncode == 0, down.stderr
    assert "queued 5 digests, 1 summary; sent 0, failed 0, pending 6" in down.stdout
    assert "stay in the outbox" in down.stderr

    with LocalSMTPServer(port, refuse=refuse) as smtp:
        up = monitor("alerts", "send", "--config", config)
        assert up.returncode == 4, up.stderr  # one recipient refused for good: reported
        assert "queued nothing new; sent 5, failed 1, pending 0" in up.stdout
        assert "failed: digest to czj@example.org" in up.stdout and "550" in up.stdout
        after = monitor("alerts", "send", "--config", config)
        assert after.returncode == 0 and "queued nothing new; sent 0, failed 0, pending 0" in after.stdout
    assert sorted(r for m in smtp.messages for r in m.recipients) == sorted([*UNITS.keys() - {"czj@example.org"},
                                                                            SUPERVISOR])
    assert smtp.rcpts.count("czj@example.org") == 1


def test_alerts_send_needs_a_notify_section_and_a_password_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("sites: []\n", encoding="utf-8")
    missing = monitor("alerts", "send", "--config", str(path))
    assert missing.returncode == 2 and "notify: neither email nor webhooks is configured" in missing.stderr
    path.write_text("notify:\n  email:\n    host: 127.0.0.1\n    username: monitor\n    password: hunter2\n"
                    "    sender: monitor@example.org\n", encoding="utf-8")
    literal = monitor("alerts", "send", "--config", str(path))
    assert literal.returncode == 2
    assert f"{path}:5: notify.email.password: write it as ${{VARIABLE}}" in literal.stderr
    assert "hunter2" not in literal.stderr + literal.stdout
    path.write_text(path.read_text(encoding="utf-8").replace("hunter2", "${MONITOR_TEST_SMTP_PASSWORD}"),
                    encoding="utf-8")
    os.environ["MONITOR_TEST_SMTP_PASSWORD"] = "hunter2"
    try:
        assert literal_secrets(parse_config(path.read_text(encoding="utf-8"), path)) == []
    finally:
        del os.environ["MONITOR_TEST_SMTP_PASSWORD"]


CONTRACT = """\
notify:
  email:
    host: 127.0.0.1
    port: 8025
    security: none                 # ssl | starttls | none
    username: ${SMTP_USER}         # optional
    password: ${SMTP_PASSWORD}     # optional; only from the environment
    sender: 政府网站监测 <monitor@example.org>
    supervisor: gkb@example.org    # gets the whole-fleet summary
  webhooks: []                     # apprise URLs: wecombot://…, dingtalk://…, feishu://…
  remind_every_days: 7             # an unchanged problem is mailed again after this many days
"""


def test_the_contract_notify_section(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMTP_USER", "monitor")
    monkeypatch.setenv("SMTP_PASSWORD", "hunter2")
    notify = parse_config(CONTRACT, tmp_path / "config.yaml").config.notify
    assert notify.email is not None
    assert (notify.email.host, notify.email.smtp_port, notify.email.security) == ("127.0.0.1", 8025, "none")
    assert notify.email.username == "monitor" and notify.email.password is not None
    assert notify.email.password.get_secret_value() == "hunter2" and "hunter2" not in repr(notify)
    assert notify.email.supervisor == SUPERVISOR and notify.remind_every_days == 7
    assert (notify.resolve_after_days, notify.resolve_after_runs, notify.rectify_within_days) == (3, 2, 15)
    assert parse_config("notify: {}\n", tmp_path / "c.yaml").config.notify.email is None
    defaults = parse_config("notify:\n  email: {host: mail.example.org, security: ssl, sender: a@b.org}\n",
                            tmp_path / "c.yaml").config.notify.email
    assert defaults is not None and defaults.smtp_port == 465


def test_notify_mistakes_are_one_line_each(tmp_path: Path) -> None:
    text = ("notify:\n  email:\n    host: 127.0.0.1\n    security: tls\n    sender: nobody\n    colour: red\n"
            "  webhooks: [not a url]\n  remind_every_days: 0\n")
    with pytest.raises(ConfigError) as error:
        parse_config(text, tmp_path / "config.yaml")
    lines = [line.split("config.yaml", 1)[1] for line in str(error.value).splitlines()]
    assert lines == [
        ":4: notify.email.security: Input should be 'ssl', 'starttls' or 'none' (got 'tls')",
        ":5: notify.email.sender: not an e-mail address: 'nobody'",
        ":6: notify.email.colour: unknown key",
        ":7: notify.webhooks: each webhook is an apprise URL like wecombot://KEY or feishu://TOKEN",
        ":8: notify.remind_every_days: Input should be greater than or equal to 1 (got 0)",
    ]


def test_the_bundled_config_documents_notify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = (ROOT / "monitor" / "config_template.yaml").read_text(encoding="utf-8")
    assert template == (ROOT / "config.yaml").read_text(encoding="utf-8")
    lines = template.splitlines()
    start = lines.index("# notify:")
    block = []
    for line in lines[start:]:
        if not line.startswith("#"):
            break
        block.append(line[2:])
    monkeypatch.setenv("SMTP_USER", "monitor")
    monkeypatch.setenv("SMTP_PASSWORD", "hunter2")
    monkeypatch.setenv("WECOM_BOT_KEY", "0123456789abcdef")
    notify = parse_config("\n".join(block) + "\n", tmp_path / "config.yaml").config.notify
    assert notify.email is not None and notify.email.supervisor and notify.webhooks

