"""Collecting feeds from a real feed server, storing them, reading them back and judging them."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from monitor.collect import FeedObservation, FeedTarget, collect_feeds, feed_url
from monitor.config import AccountConfig
from monitor.fetch import Fetcher, FetchSettings
from monitor.rules.catalog import load_ruleset
from monitor.rules.engine import evaluate_accounts
from monitor.rules.model import AsOf
from monitor.rules.verdict import AccountVerdict
from monitor.store import make_engine, session_factory, upgrade_async
from monitor.store.accounts import save_feed_observations
from monitor.store.repository import finish_run, load_accounts, start_run, sync_accounts
from tests.httpserver import LocalHTTPServer, RequestHandler, respond, static

TZ = ZoneInfo("Asia/Shanghai")
RULESET = load_ruleset("national-2019")
STALE = "监测时间点前2周内无更新"


def today() -> date:
    return datetime.now(TZ).date()


def rfc822(day: date, hour: int = 9) -> str:
    """A pubDate in GMT for `hour` o'clock Beijing time on `day`."""
    moment = datetime(day.year, day.month, day.day, hour, tzinfo=TZ).astimezone(timezone.utc)
    return moment.strftime("%a, %d %b %Y %H:%M:%S GMT")


def rss(title: str, days_ago: list[int | None]) -> bytes:
    items = "".join(
        f"<item><title>第{i}条</title><link>https://example.org/{i}</link>"
        + (f"<pubDate>{rfc822(today() - timedelta(days=d))}</pubDate>" if d is not None else "")
        + "</item>"
        for i, d in enumerate(days_ago)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://example.org/</link><description>x</description>{items}</channel></rss>").encode()


def atom(title: str, days_ago: list[int]) -> bytes:
    entries = "".join(
        f"<entry><title>第{i}条</title><id>urn:{i}</id>"
        f"<published>{(today() - timedelta(days=d)).isoformat()}T10:00:00+08:00</published>"
        f"<updated>{today().isoformat()}T08:00:00+08:00</updated></entry>"
        for i, d in enumerate(days_ago)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{title}</title><id>urn:feed</id><updated>{today().isoformat()}T08:00:00+08:00</updated>"
            f"{entries}</feed>").encode()


def json_feed(title: str, days_ago: list[int]) -> bytes:
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": title,
        "items": [{"id": str(i), "date_published": f"{(today() - timedelta(days=d)).isoformat()}T12:00:00+08:00"}
                  for i, d in enumerate(days_ago)],
    }, ensure_ascii=False).encode()


ANTI_BOT = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>安全验证</title></head><body>"
            "<p>系统检测到您的访问异常，请输入验证码后继续访问。</p><img src='/captcha.jpg'></body></html>").encode()


def hang(request: RequestHandler) -> None:
    request.server.closing.wait(10)  # far longer than the fetch timeout
    respond(request, 200, rss("迟到", [0]), content_type="application/rss+xml")


RSS = "application/rss+xml; charset=utf-8"


def routes() -> dict[str, Callable[[RequestHandler], None]]:
    """The feed server's routes, dated from today (built per test, so midnight cannot split them)."""
    return {
        "/weibo/fresh": static(rss("阳泉市场监管的微博", [2, 5, 30]), content_type=RSS),
        "/atom/stale": static(atom("红色云阳", [20, 25, 40]), content_type="application/atom+xml"),
        "/json/fresh": static(json_feed("健康三原", [1, 3]), content_type="application/feed+json"),
        "/rss/empty": static(rss("空空发布", []), content_type=RSS),
        "/rss/broken": static(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><tit',
                              content_type=RSS),
        "/rss/waf": static(ANTI_BOT, content_type="text/html; charset=utf-8"),
        "/rss/forbidden": static("<html><body><h1>403</h1>访问被拒绝</body></html>".encode(), 403),
        "/rss/hang": hang,
        "/rss/undated": static(rss("无日期发布", [None, None]), content_type=RSS),
    }


# name → feed path; every account has its own operator (no duplicate-account findings).
ACCOUNTS = {
    "阳泉市场监管": "/weibo/fresh",
    "红色云阳": "/atom/stale",
    "健康三原": "/json/fresh",
    "空空发布": "/rss/empty",
    "坏掉发布": "/rss/broken",
    "拦截发布": "/rss/waf",
    "禁止发布": "/rss/forbidden",
    "卡住发布": "/rss/hang",
    "无日期发布": "/rss/undated",
    "未知路径": "/rss/missing",
}


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    with LocalHTTPServer(routes()) as running:
        yield running


def accounts(server: LocalHTTPServer) -> list[AccountConfig]:
    return [AccountConfig(name=name, platform="weibo", operator=f"{name}运营单位", feed=server.url(path))
            for name, path in ACCOUNTS.items()]


SETTINGS = FetchSettings(timeout=1, retries=0)


async def collect(configs: list[AccountConfig]) -> list[FeedObservation]:
    targets = [FeedTarget(c.key, c.feed) for c in configs if c.feed]
    async with Fetcher(SETTINGS) as fetcher:
        return await collect_feeds(fetcher, targets, today=today(), tz=TZ)


async def collect_store_judge(tmp_path: Path, configs: list[AccountConfig]) -> dict[str, AccountVerdict]:
    url = f"sqlite:///{tmp_path / 'monitor.db'}"
    await upgrade_async(url)
    engine = make_engine(url)
    try:
        sessions = session_factory(engine)
        async with sessions.begin() as session:
            rows = await sync_accounts(session, configs)
            run = await start_run(session, "check", 0)
        observations = await collect(configs)
        async with sessions.begin() as session:
            session.add(run)
            assert await save_feed_observations(session, run, rows, observations) == len(configs)
            await finish_run(session, run, "completed", len(observations))
        now = datetime.now(timezone.utc)
        async with sessions() as session:
            records = await load_accounts(session, configs, now, TZ)
    finally:
        await engine.dispose()
    as_of = AsOf(day=now.astimezone(TZ).date(), instant=now, max_age=timedelta(days=7))
    return {v.name: v for v in evaluate_accounts(records, as_of, RULESET)}


async def test_observations_of_every_kind(server: LocalHTTPServer) -> None:
    configs = accounts(server)
    observations = {o.key: o for o in await collect(configs)}
    by_name = {c.name: observations[c.key] for c in configs}
    assert [o.key for o in observations.values()] == [c.key for c in configs]  # in the given order

    fresh = by_name["阳泉市场监管"]
    assert (fresh.outcome, fresh.source, fresh.platform_name, fresh.post_count) == ("ok", "feed", "阳泉市场监管", 3)
    assert fresh.latest_post == datetime.combine(today() - timedelta(days=2), datetime.min.time(), tzinfo=TZ)
    assert fresh.url == server.url("/weibo/fresh") and fresh.status == 200 and fresh.error is None
    assert fresh.observed_at.tzinfo is not None
    assert by_name["红色云阳"].latest_post.date() == today() - timedelta(days=20)  # type: ignore[union-attr]
    assert by_name["健康三原"].latest_post.date() == today() - timedelta(days=1)  # type: ignore[union-attr]

    expected = {
        "空空发布": ("empty_feed", "订阅源没有任何条目"),
        "坏掉发布": ("invalid_feed", "订阅源XML格式错误"),
        "拦截发布": ("blocked", "验证码页面"),
        "禁止发布": ("blocked", "访问被拒绝"),  # the fetch layer's own block detection
        "卡住发布": ("timeout", "timed out after 1 s"),
        "未知路径": ("http_error", "HTTP 404"),
    }
    for name, (outcome, says) in expected.items():
        observation = by_name[name]
        assert observation.outcome == outcome, (name, observation)
        assert says in (observation.error or ""), (name, observation.error)
        assert observation.latest_post is None and observation.post_count is None
    assert by_name["空空发布"].platform_name == "空空发布"

    undated = by_name["无日期发布"]
    assert (undated.outcome, undated.latest_post, undated.post_count) == ("ok", None, None)
    assert undated.problems == ("2条条目没有发布日期",)


async def test_collected_stored_read_back_and_judged(server: LocalHTTPServer, tmp_path: Path) -> None:
    verdicts = await collect_store_judge(tmp_path, accounts(server))

    fresh = verdicts["阳泉市场监管"]
    assert fresh.verdict == "pass" and fresh.vetoes == () and fresh.unknown == ()
    assert fresh.latest_post == today() - timedelta(days=2)
    assert verdicts["健康三原"].verdict == "pass"

    stale = verdicts["红色云阳"]
    assert stale.verdict == "fail"
    (veto,) = stale.vetoes
    assert (veto.rule, veto.text) == ("account.stale", STALE)
    assert veto.evidence[0].url == server.url("/atom/stale")  # the stored detail's url, read back
    assert veto.evidence[0].detail == f"最近发布{(today() - timedelta(days=20)).isoformat()}，已20天无更新"

    reasons = {
        "卡住发布": "timeout", "拦截发布": "验证码页面", "禁止发布": "访问被拒绝", "坏掉发布": "订阅源XML格式错误",
        "空空发布": "订阅源没有任何条目", "未知路径": "HTTP 404",
    }
    for name, says in reasons.items():
        verdict = verdicts[name]
        assert verdict.verdict == "unknown", (name, verdict)
        assert verdict.vetoes == ()
        (unknown,) = [u for u in verdict.unknown if u.rule == "account.stale"]
        assert says in unknown.reason, (name, unknown.reason)

    # A feed whose items carry no dates says nothing about posting: not assessed, never stale.
    undated = verdicts["无日期发布"]
    assert undated.verdict == "pass" and undated.vetoes == () and undated.unknown == ()
    assert "account.stale" in {n.rule for n in undated.not_assessed}

    # A feed says nothing about interaction.
    for name, verdict in verdicts.items():
        assert "account.interaction" in {n.rule for n in verdict.not_assessed}, name
        assert all(v.rule != "account.interaction" for v in verdict.vetoes)


async def test_stored_rows_read_back(server: LocalHTTPServer, tmp_path: Path) -> None:
    configs = accounts(server)
    url = f"sqlite:///{tmp_path / 'monitor.db'}"
    await upgrade_async(url)
    engine = make_engine(url)
    try:
        sessions = session_factory(engine)
        observations = await collect(configs)
        async with sessions.begin() as session:
            rows = await sync_accounts(session, configs)
            # An observation of an account that is not in the store is skipped, not stored.
            stray = FeedObservation(key="weibo:不存在", observed_at=datetime.now(timezone.utc), outcome="ok",
                                    url="http://127.0.0.1:9/x")
            assert await save_feed_observations(session, None, rows, [*observations, stray]) == len(configs)
        async with sessions() as session:
            records = {r.name: r for r in await load_accounts(session, configs, datetime.now(timezone.utc), TZ)}
    finally:
        await engine.dispose()
    (fresh,) = records["阳泉市场监管"].observations
    assert (fresh.source, fresh.outcome, fresh.latest_post, fresh.post_count, fresh.platform_name) == (
        "feed", "ok", today() - timedelta(days=2), 3, "阳泉市场监管")
    assert fresh.url == server.url("/weibo/fresh") and fresh.deregistered is None and fresh.error is None
    (empty,) = records["空空发布"].observations
    assert (empty.outcome, empty.latest_post, empty.post_count) == ("empty_feed", None, None)
    assert empty.error == "订阅源没有任何条目" and empty.url == server.url("/rss/empty")
    assert empty.failure() == "观测失败（empty_feed: 订阅源没有任何条目）"


async def test_a_feed_shared_by_accounts_is_fetched_once(server: LocalHTTPServer) -> None:
    shared = server.url("/weibo/fresh")
    targets = [FeedTarget("weibo:甲", shared), FeedTarget("wechat:乙", shared), FeedTarget("weibo:丙", server.url("/json/fresh"))]
    async with Fetcher(SETTINGS) as fetcher:
        observations = await collect_feeds(fetcher, targets, today=today(), tz=TZ)
    assert [o.key for o in observations] == ["weibo:甲", "wechat:乙", "weibo:丙"]
    assert [o.outcome for o in observations] == ["ok", "ok", "ok"]
    assert server.count("/weibo/fresh") == 1


class InFlight:
    """A slow feed route that records how many requests it served at once."""

    def __init__(self) -> None:
        self.now = self.most = 0
        self.lock = threading.Lock()

    def __call__(self, request: RequestHandler) -> None:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.1)
        with self.lock:
            self.now -= 1
        respond(request, 200, rss("慢", [1]), content_type=RSS)


@pytest.mark.parametrize("per_host", [1, 3])
async def test_the_fetchers_per_host_limit_holds_for_a_bridge(per_host: int) -> None:
    # Every account of a bridge is on one host, so the fetcher's per-host limit bounds them all.
    slow = InFlight()
    with LocalHTTPServer({f"/feed/{i}": slow for i in range(8)}) as bridge:
        targets = [FeedTarget(f"weibo:{i}", bridge.url(f"/feed/{i}")) for i in range(8)]
        async with Fetcher(FetchSettings(timeout=5, retries=0, per_host=per_host)) as fetcher:
            observations = await collect_feeds(fetcher, targets, today=today(), tz=TZ)
    assert [o.outcome for o in observations] == ["ok"] * 8
    assert slow.most == per_host


def test_feed_url_templates() -> None:
    assert feed_url("http://127.0.0.1:1200/weibo/user/{account_id}", name="阳泉市场监管", platform="weibo",
                    account_id="1234567890") == "http://127.0.0.1:1200/weibo/user/1234567890"
    # Values are one percent-encoded segment: a name, a base64 biz id, a slash cannot change the URL.
    assert feed_url("http://rss.local/{platform}/{name}.xml?biz={account_id}", name="阳泉 市场/监管",
                    platform="wechat", account_id="MzA5NzE2NjY3Mw==") == (
        "http://rss.local/wechat/%E9%98%B3%E6%B3%89%20%E5%B8%82%E5%9C%BA%2F%E7%9B%91%E7%AE%A1.xml"
        "?biz=MzA5NzE2NjY3Mw%3D%3D")
    assert feed_url("http://rss.local/c/{code}", code="140300M019XL0001", name="x", platform="weibo") == (
        "http://rss.local/c/140300M019XL0001")
    assert feed_url("http://rss.local/{{literal}}/{name}", name="x", platform="weibo") == "http://rss.local/{literal}/x"


@pytest.mark.parametrize(("template", "says"), [
    ("http://rss.local/{uid}", "unknown placeholder {uid}"),
    ("http://rss.local/{name!r}", "no format or conversion"),
    ("http://rss.local/{name:>10}", "no format or conversion"),
    ("http://rss.local/{name.upper}", "unknown placeholder"),
    ("http://rss.local/{account_id}", "needs {account_id}"),
    ("http://rss.local/{code}", "needs {code}"),
    ("http://rss.local/{name", "feed URL template"),
])
def test_bad_feed_url_templates(template: str, says: str) -> None:
    with pytest.raises(ValueError) as raised:
        feed_url(template, name="x", platform="weibo")
    assert says in str(raised.value)
