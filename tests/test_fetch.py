"""The fetch layer against real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from monitor.fetch import (
    Fetcher,
    FetchResult,
    FetchSettings,
    Outcome,
    detect_block,
    parse_retry_after,
)
from tests.httpserver import Handler, LocalHTTPServer, RequestHandler, respond, static

# Quick backoff so retry tests stay fast; each test states the limits it is about.
FAST = FetchSettings(timeout=5.0, backoff=0.01, backoff_max=0.05)

GBK_PAGE = "<html><head><title>工作动态</title></head><body><p>张堃出席会议</p></body></html>"


async def fetch(url: str, settings: FetchSettings = FAST, **conditional: str) -> FetchResult:
    async with Fetcher(settings) as fetcher:
        return await fetcher.get(url, **conditional)


def sequence(*handlers: Handler) -> Handler:
    """A handler answering the n-th request with the n-th handler (the last one repeats)."""
    calls = iter(handlers)
    last = handlers[-1]

    def handler(request: RequestHandler) -> None:
        next(calls, last)(request)

    return handler


def hang(request: RequestHandler) -> None:
    """Accept the request and never answer (until the server shuts down)."""
    request.server.closing.wait(30)


def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_ok_page_is_decoded() -> None:
    body = GBK_PAGE.encode("gbk")
    page = static(body, content_type="text/html; charset=gb2312", headers={"ETag": '"v1"'})
    with LocalHTTPServer({"/gzdt/": page}) as server:
        before = datetime.now(UTC)
        result = await fetch(server.url("/gzdt/"))

    assert result.outcome is Outcome.OK and result.ok
    assert result.status == 200
    assert result.url == result.final_url == server.url("/gzdt/")
    assert result.content == body
    assert result.text == GBK_PAGE
    assert result.encoding == "gb18030"
    assert result.content_type == "text/html; charset=gb2312"
    assert result.etag == '"v1"'
    assert result.attempts == 1
    assert result.error is None
    assert result.fetched_at.tzinfo is not None
    assert result.fetched_at >= before - timedelta(seconds=1)
    assert result.elapsed >= 0
    hit = server.hits[0]
    assert hit.headers["User-Agent"] == FAST.user_agent


async def test_result_reports_the_url_as_requested() -> None:
    with LocalHTTPServer({"/%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80/": static(b"<p>ok</p>")}) as server:
        requested = server.url("/政务公开/")
        result = await fetch(requested)
    assert result.outcome is Outcome.OK
    assert result.url == requested
    assert server.hits[0].path == "/%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80/"


async def test_binary_response_has_no_text() -> None:
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 4
    attachment = static(pdf, content_type="application/pdf")
    with LocalHTTPServer({"/P020240506.pdf": attachment}) as server:
        result = await fetch(server.url("/P020240506.pdf"))
    assert result.outcome is Outcome.OK
    assert result.content == pdf
    assert result.text is None and result.encoding is None


async def test_404_is_an_http_error_and_not_retried() -> None:
    with LocalHTTPServer() as server:
        result = await fetch(server.url("/missing.html"))
    assert result.outcome is Outcome.HTTP_ERROR and not result.ok
    assert result.status == 404
    assert result.error == "HTTP 404 Not Found"
    assert result.content == b"" and result.text is None
    assert result.attempts == 1
    assert server.count("/missing.html") == 1


async def test_503_then_200_is_retried() -> None:
    flaky = sequence(static(b"busy", 503), static(b"<p>ok</p>"))
    with LocalHTTPServer({"/": flaky}) as server:
        result = await fetch(server.url("/"))
    assert result.outcome is Outcome.OK
    assert result.text == "<p>ok</p>"
    assert result.attempts == 2
    assert server.count("/") == 2


async def test_retries_give_up_after_the_configured_attempts() -> None:
    with LocalHTTPServer({"/": static(b"bad gateway", 502)}) as server:
        result = await fetch(server.url("/"))
    assert result.outcome is Outcome.HTTP_ERROR
    assert result.status == 502
    assert result.attempts == FAST.retries + 1 == 3
    assert server.count("/") == 3


async def test_retry_after_seconds_is_honoured() -> None:
    limited = sequence(
        static(b"slow down", 429, headers={"Retry-After": "1"}), static(b"<p>ok</p>")
    )
    with LocalHTTPServer({"/": limited}) as server:
        result = await fetch(server.url("/"), FetchSettings(backoff=0.01, backoff_max=10))
    assert result.outcome is Outcome.OK
    assert result.attempts == 2
    first, second = server.hits
    assert second.at - first.at >= 0.9


async def test_retry_after_is_capped_by_backoff_max() -> None:
    limited = sequence(static(b"", 503, headers={"Retry-After": "3600"}), static(b"<p>ok</p>"))
    settings = FetchSettings(backoff=0.01, backoff_max=0.2)
    with LocalHTTPServer({"/": limited}) as server:
        async with asyncio.timeout(10):
            result = await fetch(server.url("/"), settings)
    assert result.outcome is Outcome.OK
    first, second = server.hits
    assert 0.15 <= second.at - first.at < 5


async def test_slots_are_free_while_backing_off() -> None:
    # One slot for the host: a request waiting to retry must not keep another one out.
    flaky = sequence(static(b"", 503), static(b"<p>ok</p>"))
    settings = FetchSettings(per_host=1, backoff=1.0, backoff_max=1.0)
    with LocalHTTPServer({"/flaky": flaky, "/fast": static(b"<p>fast</p>")}) as server:
        async with Fetcher(settings) as fetcher:
            retried = asyncio.create_task(fetcher.get(server.url("/flaky")))
            while server.count("/flaky") == 0:
                await asyncio.sleep(0.01)
            fast = await fetcher.get(server.url("/fast"))
            assert not retried.done()
            assert (await retried).attempts == 2
    assert fast.outcome is Outcome.OK
    assert [hit.path for hit in server.hits] == ["/flaky", "/fast", "/flaky"]


async def test_hanging_server_times_out() -> None:
    with LocalHTTPServer({"/": hang}) as server:
        result = await fetch(server.url("/"), FetchSettings(timeout=1, retries=0))
    assert result.outcome is Outcome.TIMEOUT
    assert result.status is None
    assert result.error == "timed out after 1 s"
    assert 0.9 <= result.elapsed < 5
    assert result.attempts == 1


async def test_trickling_server_hits_the_total_deadline() -> None:
    # Every byte arrives well within a per-read timeout; only a total deadline stops this.
    def trickle(request: RequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.send_header("Content-Length", "1000")
        request.end_headers()
        for _ in range(1000):
            if request.server.closing.wait(0.2):
                return
            request.wfile.write(b"x")
            request.wfile.flush()

    with LocalHTTPServer({"/": trickle}) as server:
        result = await fetch(server.url("/"), FetchSettings(timeout=1, retries=0))
    assert result.outcome is Outcome.TIMEOUT
    assert 0.9 <= result.elapsed < 5


async def test_connection_refused_is_retried_then_reported() -> None:
    url = f"http://127.0.0.1:{closed_port()}/"
    result = await fetch(url, FetchSettings(retries=1, backoff=0.01, backoff_max=0.05))
    assert result.outcome is Outcome.CONNECT_ERROR
    assert result.error == "connection refused"
    assert result.status is None
    assert result.attempts == 2


async def test_unresolvable_host_is_a_dns_error() -> None:
    result = await fetch("http://nonexistent.invalid/")
    assert result.outcome is Outcome.DNS_ERROR
    assert result.status is None
    assert result.error is not None and "nonexistent.invalid" in result.error
    assert result.attempts == 1


async def test_host_names_are_resolved() -> None:
    with LocalHTTPServer({"/": static(b"<p>ok</p>")}) as server:
        result = await fetch(f"http://localhost:{server.port}/")
    assert result.outcome is Outcome.OK


async def test_server_closing_without_answer_is_a_connect_error() -> None:
    def slam(request: RequestHandler) -> None:
        request.close_connection = True
        request.connection.shutdown(socket.SHUT_RDWR)

    with LocalHTTPServer({"/": slam}) as server:
        result = await fetch(server.url("/"), FetchSettings(retries=0))
    assert result.outcome is Outcome.CONNECT_ERROR
    assert result.error


async def test_https_to_a_plain_http_server_is_a_tls_error() -> None:
    with LocalHTTPServer({"/": static(b"<p>plain</p>")}) as server:
        result = await fetch(f"https://127.0.0.1:{server.port}/", FetchSettings(retries=0))
    assert result.outcome is Outcome.TLS_ERROR
    assert result.error is not None and result.error.startswith("TLS")


async def test_redirects_are_followed() -> None:
    moved = static(b"", 301, headers={"Location": "/col/col123/index.html"})
    routes = {"/": moved, "/col/col123/index.html": static(b"<p>list</p>")}
    with LocalHTTPServer(routes) as server:
        result = await fetch(server.url("/"))
    assert result.outcome is Outcome.OK
    assert result.url == server.url("/")
    assert result.final_url == server.url("/col/col123/index.html")


async def test_redirect_loop() -> None:
    routes = {
        "/a": static(b"", 302, headers={"Location": "/b"}),
        "/b": static(b"", 302, headers={"Location": "/a"}),
    }
    with LocalHTTPServer(routes) as server:
        result = await fetch(server.url("/a"))
    assert result.outcome is Outcome.REDIRECT_LOOP
    assert result.attempts == 1
    assert server.count("/a") + server.count("/b") == FAST.max_redirects + 1


async def test_body_larger_than_max_bytes() -> None:
    # HTTP/1.0 without Content-Length: the size is only known by reading.
    def unannounced(request: RequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        request.wfile.write(b"x" * 5000)

    with LocalHTTPServer({"/": unannounced}) as server:
        result = await fetch(server.url("/"), FetchSettings(max_bytes=1000))
    assert result.outcome is Outcome.TOO_LARGE
    assert result.content == b"" and result.text is None
    assert result.error == "response larger than 1000 bytes"


async def test_announced_content_length_over_the_cap_is_not_downloaded() -> None:
    # Announces 100 MB and then sends nothing: only the header can end this before the timeout.
    def huge(request: RequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Length", str(100_000_000))
        request.end_headers()
        request.server.closing.wait(30)

    with LocalHTTPServer({"/": huge}) as server:
        result = await fetch(server.url("/"), FetchSettings(max_bytes=1000, timeout=5, retries=0))
    assert result.outcome is Outcome.TOO_LARGE


async def test_conditional_get_round_trip() -> None:
    def versioned(request: RequestHandler) -> None:
        if request.headers.get("If-None-Match") == '"v7"':
            respond(request, 304, headers={"ETag": '"v7"'})
        else:
            stamp = "Mon, 06 May 2024 08:00:00 GMT"
            respond(request, 200, b"<p>v7</p>", headers={"ETag": '"v7"', "Last-Modified": stamp})

    with LocalHTTPServer({"/": versioned}) as server:
        first = await fetch(server.url("/"))
        assert first.etag == '"v7"'
        assert first.last_modified == "Mon, 06 May 2024 08:00:00 GMT"
        assert first.etag is not None and first.last_modified is not None
        second = await fetch(server.url("/"), etag=first.etag, last_modified=first.last_modified)

    assert first.outcome is Outcome.OK
    assert second.outcome is Outcome.NOT_MODIFIED and second.ok
    assert second.status == 304
    assert second.content == b"" and second.error is None
    sent = server.hits[1].headers
    assert sent["If-None-Match"] == '"v7"'
    assert sent["If-Modified-Since"] == "Mon, 06 May 2024 08:00:00 GMT"
    assert "If-None-Match" not in server.hits[0].headers


SAFEDOG_PAGE = (
    "<html><head><title>网站防火墙</title></head><body>"
    "<p>您的请求带有不合法参数，已被网站管理员设置拦截！</p>"
    '<p>网站防火墙 <a href="http://www.safedog.cn/">安全狗</a></p></body></html>'
)
JSL_CHALLENGE = (
    "<html><script>document.cookie=('_')+('_jsl_clearance')+('=1715000000.123|0|abc');"
    "location.href=location.pathname+location.search</script></html>"
)
BARE_COOKIE_CHALLENGE = (
    '<html><script>document.cookie="verify=3f9a; path=/";window.location.reload();</script></html>'
)


@pytest.mark.parametrize(
    ("status", "body", "headers", "reason"),
    [
        (200, SAFEDOG_PAGE, {}, "安全狗"),
        (403, "<h1>Forbidden</h1>", {"Server": "yunsuo"}, "云锁"),
        (521, JSL_CHALLENGE, {"Set-Cookie": "__jsluid_h=0123abcd; path=/"}, "加速乐"),
        (412, "", {}, "412"),
        (200, BARE_COOKIE_CHALLENGE, {}, "cookie challenge"),
        (503, "<p>您的访问被拦截</p>", {}, "拦截"),
    ],
)
async def test_waf_pages_are_blocked_and_not_retried(
    status: int, body: str, headers: dict[str, str], reason: str
) -> None:
    waf = static(body.encode("utf-8"), status, headers=headers)
    with LocalHTTPServer({"/": waf}) as server:
        result = await fetch(server.url("/"))
    assert result.outcome is Outcome.BLOCKED and not result.ok
    assert result.status == status
    assert result.error is not None and reason in result.error
    assert result.content == b"" and result.text is None
    assert server.count("/") == 1


async def test_persistent_rate_limiting_is_blocked_after_retries() -> None:
    with LocalHTTPServer({"/": static(b"", 429)}) as server:
        result = await fetch(server.url("/"))
    assert result.outcome is Outcome.BLOCKED
    assert result.attempts == 3
    assert server.count("/") == 3


def test_detect_block_leaves_ordinary_pages_alone() -> None:
    full_page = (
        "<html><body>"
        + "<li><a href='/art/1.html'>关于印发工作方案的通知</a></li>" * 300
        + '<div class="footer"><img src="/safedog.png" alt="服务器安全狗"></div></body></html>'
    )
    js_redirect_home = "<script>window.location.href='/col/col1/index.html';</script>"
    assert detect_block(200, {}, full_page) is None
    assert detect_block(200, {"Set-Cookie": "__jsluid_s=abc"}, "<p>首页</p>" * 3000) is None
    assert detect_block(200, {}, js_redirect_home) is None
    assert detect_block(403, {"Server": "nginx"}, "<h1>403 Forbidden</h1>") is None
    assert detect_block(503, {}, "<h1>Service Unavailable</h1>") is None
    assert detect_block(404, {}, "对不起，您要访问的页面不存在或已删除") is None


def test_a_small_feed_whose_posts_mention_access_denied_is_content() -> None:
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>阳泉市场监管</title>'
            "<item><title>市民反映网站访问被拒绝问题已解决</title><pubDate>Mon, 20 Oct 2025 08:00:00 GMT</pubDate></item>"
            "</channel></rss>")
    assert detect_block(200, {"Content-Type": "application/rss+xml; charset=utf-8"}, feed) is None
    assert detect_block(200, {}, feed) is None
    assert detect_block(200, {"Content-Type": "application/json"}, '{"items": [{"title": "access denied"}]}') is None
    # The same words on a small web page are still a block page.
    assert detect_block(200, {"Content-Type": "text/html"}, "<html><body>访问被拒绝</body></html>") is not None


@pytest.mark.parametrize(
    ("limits", "expected_max"),
    [
        ({"per_host": 2}, 2),
        ({"per_ip": 3}, 3),
        ({"concurrency": 2}, 2),
    ],
)
async def test_concurrency_limits_are_honoured(limits: dict[str, int], expected_max: int) -> None:
    # Two servers: two hosts (host:port) on one IP, so per-IP and global limits span both.
    lock = threading.Lock()
    in_flight = 0
    peak = 0

    def slow(request: RequestHandler) -> None:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.1)
        with lock:
            in_flight -= 1  # before answering, so the client's next request cannot overlap it
        respond(request, 200, b"<p>ok</p>")

    wide_open = {"concurrency": 32, "per_host": 10, "per_ip": 10}
    settings = FetchSettings(**{**wide_open, **limits}, timeout=10)
    with LocalHTTPServer({"/": slow}) as first, LocalHTTPServer({"/": slow}) as second:
        urls = [server.url("/") for server in (first, second) for _ in range(6)]
        if "per_host" in limits:
            urls = [first.url("/")] * 10
        async with Fetcher(settings) as fetcher:
            results = await asyncio.gather(*(fetcher.get(url) for url in urls))
    assert all(result.outcome is Outcome.OK for result in results)
    assert peak == expected_max


@pytest.mark.parametrize(
    "url",
    ["ftp://example.gov.cn/file", "javascript:void(0)", "/relative/path.html", "http://", ""],
)
async def test_invalid_urls(url: str) -> None:
    result = await fetch(url)
    assert result.outcome is Outcome.INVALID_URL
    assert result.attempts == 0
    assert result.error is not None and result.error.startswith("invalid URL")


async def test_check_link_uses_head_when_it_works() -> None:
    with LocalHTTPServer({"/a.html": static(b"<p>a</p>")}) as server:
        async with Fetcher(FAST) as fetcher:
            result = await fetcher.check_link(server.url("/a.html"))
    assert result.outcome is Outcome.OK
    assert result.content == b""
    assert [hit.method for hit in server.hits] == ["HEAD"]


async def test_check_link_falls_back_to_get_when_head_is_refused() -> None:
    attachment = b"%PDF-1.4\n" + b"0" * 200_000

    def no_head(request: RequestHandler) -> None:
        if request.command == "HEAD":
            respond(request, 405, headers={"Allow": "GET"})
        else:
            respond(request, 200, attachment, content_type="application/pdf")

    settings = FetchSettings(max_bytes=1000, backoff=0.01)
    with LocalHTTPServer({"/P020240506.pdf": no_head}) as server:
        async with Fetcher(settings) as fetcher:
            result = await fetcher.check_link(server.url("/P020240506.pdf"))
    # Attachments bigger than max_bytes are fine links: only the page cap is about size.
    assert result.outcome is Outcome.OK
    assert result.status == 200
    assert result.content == b""
    assert [hit.method for hit in server.hits] == ["HEAD", "GET"]


async def test_check_link_broken_link_is_confirmed_with_get() -> None:
    with LocalHTTPServer() as server:
        async with Fetcher(FAST) as fetcher:
            result = await fetcher.check_link(server.url("/gone.html"))
    assert result.outcome is Outcome.HTTP_ERROR
    assert result.status == 404
    assert [hit.method for hit in server.hits] == ["HEAD", "GET"]


async def test_fetcher_must_be_opened() -> None:
    with pytest.raises(RuntimeError):
        await Fetcher().get("http://127.0.0.1/")


def test_parse_retry_after() -> None:
    now = datetime(2024, 5, 6, 8, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert parse_retry_after(format_datetime(now - timedelta(hours=1), usegmt=True), now) == 0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


@pytest.mark.parametrize(
    "marker",
    [
        "<noscript>请开启JavaScript并刷新该页.</noscript>",
        "<script>$_ts=window['$_ts'];if(!$_ts)$_ts={};</script>",
        '<script>var $_ts={};$_ts.cd="qXrT";</script>',
        "<script type=\"text/javascript\" r='m'>_$Ab();</script>",
    ],
)
def test_detect_block_knows_the_rs_challenge(marker: str) -> None:
    """A 瑞数-style JS challenge answering 200 is recognised by any one of its marks."""
    page = f"<html><head></head><body>{marker}</body></html>"
    assert detect_block(200, {}, page) is not None
    assert "瑞数" in (detect_block(200, {}, page) or "")
