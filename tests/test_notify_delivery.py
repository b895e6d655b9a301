"""Alerts delivered exactly once and not repeated: a real SMTP server and a real HTTP robot on
127.0.0.1, the fleet's state built by the real pipeline (account feeds served on 127.0.0.1, read by
`jobs.run_check`, evaluated by `jobs.evaluate`), time moved by passing `now` to `send_alerts`."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from loguru import logger
from openpyxl import load_workbook

from monitor import jobs
from monitor.config import LoadedConfig, parse_config
from monitor.demo.fleet import demo_fleet
from monitor.demo.server import DemoServer
from monitor.notify import AlertRun, send_alerts
from tests.httpserver import LocalHTTPServer, RequestHandler, respond
from tests.smtpserver import LocalSMTPServer, free_port

TZ = ZoneInfo("Asia/Shanghai")
RSS = "application/rss+xml; charset=utf-8"
SENDER = "政府网站监测 <monitor@example.org>"
SUPERVISOR = "gkb@example.org"
STALE = "监测时间点前2周内无更新"
HOMEPAGE_STALE = "监测时间点前2周内首页无更新"
HEALTHY = "3703000034"  # a demo site with nothing wrong


def today() -> date:
    return datetime.now(TZ).date()


def rss(title: str, days_ago: int) -> bytes:
    moment = datetime.combine(today() - timedelta(days=days_ago), datetime.min.time(), TZ) + timedelta(hours=9)
    pub = moment.astimezone(timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://example.org/</link><description>x</description><item><title>第1条</title>"
            f"<link>https://example.org/1</link><pubDate>{pub}</pubDate></item></channel></rss>").encode()


# name, platform, unit, email, feed path
ACCOUNTS = [
    ("淄博发布", "新浪微博", "淄博市人民政府办公室", "zfb@example.org", "/feeds/zfb"),
    ("淄博教育", "微信公众号", "淄博市教育局", "jyj@example.org", "/feeds/jyj"),
    ("淄博坏址", "抖音", "淄博市坏址局", "bad@example.org", "/feeds/bad"),
]


class Fleet:
    """Account feeds whose newest post the test sets (days ago), and configs pointing at them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.days_ago = {path: 0 for *_, path in ACCOUNTS}
        names = {path: name for name, *_, path in ACCOUNTS}
        self.server = LocalHTTPServer({
            path: (lambda request, path=path: respond(request, 200, rss(names[path], self.days_ago[path]),
                                                       content_type=RSS))
            for path in self.days_ago
        })

    def config(self, smtp_port: int, database: str = "sqlite:///monitor.db", **notify: Any) -> LoadedConfig:
        email = {"host": "127.0.0.1", "port": smtp_port, "security": "none", "sender": SENDER,
                 "supervisor": SUPERVISOR, **notify.pop("email", {})}
        document = {
            "database": database,
            "fetch": {"timeout": 5, "retries": 0},
            "notify": {"email": email, **notify},
            "accounts": [
                {"name": name, "platform": platform, "operator": unit, "unit": unit, "email": address,
                 "feed": self.server.url(path)}
                for name, platform, unit, address, path in ACCOUNTS
            ],
        }
        path = self.folder / "config.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        return parse_config(path.read_text(encoding="utf-8"), path)

    async def check(self, loaded: LoadedConfig, **days_ago: int) -> None:
        """Set the feeds (by unit: zfb=20 is a post 20 days ago) and read them into the store."""
        for key, days in days_ago.items():
            self.days_ago[f"/feeds/{key}"] = days
        await jobs.run_check(loaded, [], accounts=True)


@pytest.fixture
def fleet(tmp_path: Path) -> Iterator[Fleet]:
    built = Fleet(tmp_path)
    with built.server:
        yield built


def outbox(loaded: LoadedConfig) -> list[tuple[str, str, str, int]]:
    with sqlite3.connect(loaded.database_url().removeprefix("sqlite:///")) as conn:
        return list(conn.execute("select kind, recipient, status, attempts from outbox order by id"))


def digests(run: AlertRun) -> list[str]:
    return sorted(q.recipient for q in run.queued if q.kind == "digest")


T0 = datetime.now(timezone.utc)


def at(days: float = 0, hours: float = 0) -> datetime:
    return T0 + timedelta(days=days, hours=hours)


async def test_an_unchanged_fleet_is_mailed_once_then_at_the_reminder(fleet: Fleet) -> None:
    with LocalSMTPServer() as smtp:
        loaded = fleet.config(smtp.port)
        await fleet.check(loaded, zfb=20)
        first = await send_alerts(loaded, now=at(0))
        assert digests(first) == ["zfb@example.org"]
        assert [q.kind for q in first.queued] == ["digest", "summary"]
        assert len(first.sent) == 2 and first.pending == 0
        for later in (at(1), at(6)):
            run = await send_alerts(loaded, now=later)
            assert run.queued == () and run.attempts == ()
        assert len(smtp.messages) == 2
        reminder = await send_alerts(loaded, now=at(7))
        assert digests(reminder) == ["zfb@example.org"]
        assert [q.kind for q in reminder.queued] == ["digest", "summary"]
        text = reminder.queued[0].text
        assert STALE in text and "【新增】" not in text  # the same problem, mailed again, not new
        assert "【新增】" in first.queued[0].text
        assert [m.recipients for m in smtp.messages] == [["zfb@example.org"], [SUPERVISOR]] * 2


async def test_an_smtp_outage_loses_nothing_and_sends_nothing_twice(fleet: Fleet) -> None:
    port = free_port()  # nothing listens there yet
    loaded = fleet.config(port)
    await fleet.check(loaded, zfb=20, jyj=30)
    down = await send_alerts(loaded, now=at(0))
    assert digests(down) == ["jyj@example.org", "zfb@example.org"]
    assert {a.status for a in down.attempts} == {"pending"} and down.failed == []
    assert down.pending == 3
    assert all("not reachable" in (a.error or "") for a in down.attempts)
    assert [(status, attempts) for *_, status, attempts in outbox(loaded)] == [("pending", 1)] * 3

    with LocalSMTPServer(port) as smtp:
        up = await send_alerts(loaded, now=at(hours=1))
        assert up.queued == ()  # nothing new is due: what was queued goes out
        assert len(up.sent) == 3 and up.pending == 0
        again = await send_alerts(loaded, now=at(hours=2))
        assert again.attempts == ()
    assert sorted(r for m in smtp.messages for r in m.recipients) == [SUPERVISOR, "jyj@example.org", "zfb@example.org"]
    assert [(status, attempts) for *_, status, attempts in outbox(loaded)] == [("sent", 2)] * 3


async def test_exactly_once_on_postgresql(fleet: Fleet, pg_url: str) -> None:
    port = free_port()
    loaded = fleet.config(port, database=pg_url)
    await fleet.check(loaded, zfb=20)
    down = await send_alerts(loaded, now=at(0))
    assert down.pending == 2 and {a.status for a in down.attempts} == {"pending"}
    with LocalSMTPServer(port) as smtp:
        up = await send_alerts(loaded, now=at(hours=1))
        assert [(a.kind, a.status, a.attempts) for a in up.attempts] == [("digest", "sent", 2), ("summary", "sent", 2)]
        assert (await send_alerts(loaded, now=at(1))).attempts == ()
        reminder = await send_alerts(loaded, now=at(7))  # the summary's last time is read back from the outbox
        assert [q.kind for q in reminder.queued] == ["digest", "summary"]
    assert [m.recipients for m in smtp.messages] == [["zfb@example.org"], [SUPERVISOR]] * 2


async def test_a_transient_refusal_stays_pending_and_is_sent_once_later(fleet: Fleet) -> None:
    with LocalSMTPServer(refuse={"zfb@example.org": "451 4.7.1 greylisted, try again later"}) as smtp:
        loaded = fleet.config(smtp.port)
        await fleet.check(loaded, zfb=20)
        first = await send_alerts(loaded, now=at(0))
        [digest] = [a for a in first.attempts if a.kind == "digest"]
        assert digest.status == "pending" and "451" in (digest.error or "") and first.pending == 1
        smtp.refuse.clear()
        second = await send_alerts(loaded, now=at(hours=1))
        assert [(a.kind, a.status, a.attempts) for a in second.attempts] == [("digest", "sent", 2)]
        await send_alerts(loaded, now=at(hours=2))
    assert len(smtp.to("zfb@example.org")) == 1


async def test_a_bad_recipient_is_marked_failed_and_not_retried(fleet: Fleet) -> None:
    with LocalSMTPServer(refuse={"bad@example.org": "550 5.1.1 <bad@example.org>: no such user"}) as smtp:
        loaded = fleet.config(smtp.port)
        await fleet.check(loaded, zfb=20, bad=20)
        first = await send_alerts(loaded, now=at(0))
        assert [(a.recipient, a.status) for a in first.failed] == [("bad@example.org", "failed")]
        assert "550" in (first.failed[0].error or "")
        assert sorted(a.recipient for a in first.sent) == [SUPERVISOR, "zfb@example.org"]
        assert first.pending == 0
        second = await send_alerts(loaded, now=at(hours=1))
        assert second.attempts == () and second.failed == []
    assert smtp.rcpts.count("bad@example.org") == 1  # tried once, never again
    assert ("digest", "bad@example.org", "failed", 1) in outbox(loaded)


async def test_a_resolved_problem_is_announced_once(fleet: Fleet) -> None:
    with LocalSMTPServer() as smtp:
        loaded = fleet.config(smtp.port, resolve_after_days=3, resolve_after_runs=2)
        await fleet.check(loaded, zfb=20)
        assert digests(await send_alerts(loaded, now=at(0))) == ["zfb@example.org"]
        await fleet.check(loaded, zfb=0)  # the account posted again
        clearing = await send_alerts(loaded, now=at(1))
        assert clearing.queued == ()  # gone for a day and one run: not yet announced
        resolved = await send_alerts(loaded, now=at(4))
        assert digests(resolved) == ["zfb@example.org"]
        digest = resolved.queued[0]
        assert "已整改" in digest.subject and "已整改（自上次通知以来）" in digest.text
        assert f"淄博发布（微博）：{STALE}" in digest.text
        assert digest.attachments == ()  # nothing left to rectify: no 整改清单
        summary = next(q for q in resolved.queued if q.kind == "summary")
        assert "已整改1项" in summary.subject
        for later in (at(5), at(6)):
            assert (await send_alerts(loaded, now=later)).queued == ()
    assert len(smtp.to("zfb@example.org")) == 2  # the problem, then its resolution; never again


async def test_a_warning_is_mailed_with_its_date_then_the_veto_when_it_trips(fleet: Fleet) -> None:
    fails_on = today() + timedelta(days=3)  # a post 11 days ago: stale after 14
    with LocalSMTPServer() as smtp:
        loaded = fleet.config(smtp.port)
        await fleet.check(loaded, zfb=11)
        warned = await send_alerts(loaded, now=at(0))
        digest = warned.queued[0]
        assert digests(warned) == ["zfb@example.org"] and "1项预警" in digest.subject
        assert "预警（如不整改，将于到期日判为不合格）" in digest.text
        assert f"【新增】淄博发布（微博）：账号已11天未更新（到期日期 {fails_on.isoformat()}）" in digest.text
        assert (await send_alerts(loaded, now=at(1))).queued == ()
        tripped = await send_alerts(loaded, now=at(3))
        assert digests(tripped) == ["zfb@example.org"]
        assert f"【新增】淄博发布（微博）：{STALE}" in tripped.queued[0].text
        assert "预警" not in tripped.queued[0].text
        assert (await send_alerts(loaded, now=at(7))).queued == ()  # the warning went away: no news
    [first, _, second, _] = smtp.messages
    sheet = load_workbook(io.BytesIO(next(first.message.iter_attachments()).get_content()))["整改清单"]
    [row] = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    assert row[3] == "账号已11天未更新" and row[5].date() == fails_on  # 整改时限: before it trips


async def test_a_flapping_homepage_sends_one_mail(tmp_path: Path) -> None:
    # A healthy demo site, served on one port alternately as of 20 days ago (its homepage stale)
    # and as of today: stale, fresh, stale, fresh, stale on five consecutive days.
    port = free_port()
    entry = next(e for e in demo_fleet(today()).site_entries(f"http://127.0.0.1:{port}") if e["code"] == HEALTHY)
    with LocalSMTPServer() as smtp:
        document = {"database": "sqlite:///monitor.db", "fetch": {"timeout": 5, "retries": 0}, "sites": [entry],
                    "notify": {"email": {"host": "127.0.0.1", "port": smtp.port, "security": "none",
                                         "sender": SENDER, "supervisor": SUPERVISOR}}}
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        loaded = parse_config(path.read_text(encoding="utf-8"), path)
        verdicts = []
        for day, lag in enumerate([20, 0, 20, 0, 20]):
            with DemoServer(today() - timedelta(days=lag), port=port):
                await jobs.run_check(loaded, list(loaded.config.sites), accounts=False)
            run = await send_alerts(loaded, now=at(day))
            verdicts.append(await jobs.evaluate(loaded, None))
            assert (run.queued != ()) == (day == 0), (day, run.queued)
    assert [[v.text for v in r.websites[0].vetoes] for r in verdicts] == [[HOMEPAGE_STALE], []] * 2 + [[HOMEPAGE_STALE]]
    assert len(smtp.to(entry["email"])) == 1
    assert len(smtp.to(SUPERVISOR)) == 1


async def test_chat_robots_get_the_summary_exactly_once(fleet: Fleet) -> None:
    posts: list[dict[str, Any]] = []
    failures = {"/flaky": 1}

    def record(request: RequestHandler) -> None:
        body = json.loads(request.rfile.read(int(request.headers["Content-Length"])))
        path = request.path.split("?")[0]
        if failures.get(path, 0) > 0:
            failures[path] -= 1
            respond(request, 503, b"busy")
            return
        posts.append({"path": path, **body})
        respond(request, 200, b"{}", content_type="application/json")

    def gone(request: RequestHandler) -> None:
        respond(request, 404, b"no such robot")

    with LocalHTTPServer({"/robot": record, "/flaky": record, "/gone": gone}) as robots, LocalSMTPServer() as smtp:
        hooks = [f"json://127.0.0.1:{robots.port}/robot", f"json://127.0.0.1:{robots.port}/flaky",
                 f"json://127.0.0.1:{robots.port}/gone"]
        loaded = fleet.config(smtp.port, webhooks=hooks)
        await fleet.check(loaded, zfb=20)
        first = await send_alerts(loaded, now=at(0))
        chats = {a.recipient.rsplit("/", 1)[-1]: a for a in first.attempts if a.kind == "chat"}
        assert {k: a.status for k, a in chats.items()} == {"robot": "sent", "flaky": "pending", "gone": "failed"}
        assert "404" in (chats["gone"].error or "")
        second = await send_alerts(loaded, now=at(hours=1))
        assert [(a.kind, a.status) for a in second.attempts] == [("chat", "sent")]
        third = await send_alerts(loaded, now=at(hours=2))
        assert third.attempts == ()
        assert robots.count("/gone") == 1
    assert [p["path"] for p in posts] == ["/robot", "/flaky"]
    post = posts[0]
    assert post["title"].startswith("政府网站监测（监测时间点")
    assert "政务新媒体：检查3个，合格2个，不合格1个" in post["message"]
    assert f"1. 淄博发布（微博）：{STALE}" in post["message"]


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
async def test_the_password_comes_from_the_environment_and_is_never_logged(
    fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "s3cret-Pa55word"
    lines: list[str] = []
    sink = logger.add(lambda message: lines.append(str(message)), level="DEBUG")
    try:
        with LocalSMTPServer(username="monitor", password=secret) as smtp:
            monkeypatch.setenv("SMTP_PASSWORD", "wrong-" + secret)
            email = {"username": "monitor", "password": "${SMTP_PASSWORD}"}
            loaded = fleet.config(smtp.port, email=email)
            await fleet.check(loaded, zfb=20)
            refused = await send_alerts(loaded, now=at(0))
            assert {a.status for a in refused.attempts} == {"pending"}
            assert "login" in (refused.attempts[0].error or "") and "535" in (refused.attempts[0].error or "")
            assert smtp.messages == []
            monkeypatch.setenv("SMTP_PASSWORD", secret)
            loaded = fleet.config(smtp.port, email=email)
            assert secret not in repr(loaded.config.notify)
            accepted = await send_alerts(loaded, now=at(hours=1))
            assert len(accepted.sent) == 2
        assert len(smtp.messages) == 2
    finally:
        logger.remove(sink)
    assert lines and not any(secret in line for line in lines)


async def test_a_dry_run_composes_and_records_nothing(fleet: Fleet) -> None:
    with LocalSMTPServer() as smtp:
        loaded = fleet.config(smtp.port)
        await fleet.check(loaded, zfb=20)
        dry = await send_alerts(loaded, now=at(0), dry_run=True)
        assert digests(dry) == ["zfb@example.org"] and dry.attempts == ()
        assert outbox(loaded) == [] and smtp.messages == []
        real = await send_alerts(loaded, now=at(0))
        assert [(q.kind, q.recipient, q.subject) for q in real.queued] == [
            (q.kind, q.recipient, q.subject) for q in dry.queued
        ]
    assert len(smtp.messages) == 2
