"""Reading feeds (monitor.feeds): pure, on literal bodies."""

from __future__ import annotations

import json
from datetime import date, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from monitor.feeds import FeedRead, clean_feed_name, local_date, read_feed

TZ = ZoneInfo("Asia/Shanghai")
TODAY = date(2024, 8, 29)
URL = "http://127.0.0.1:1200/weibo/user/1234567890"


def read(body: bytes | str, content_type: str | None = "application/rss+xml; charset=utf-8",
         today: date = TODAY) -> FeedRead:
    return read_feed(body, URL, content_type, today=today, tz=TZ)


def rss(title: str, *items: str, encoding: str = "utf-8") -> str:
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://weibo.com/1234567890/</link><description>{title}</description>"
            + "".join(items) + "</channel></rss>")


def item(title: str, pub: str | None = None, extra: str = "") -> str:
    date_tag = f"<pubDate>{pub}</pubDate>" if pub else ""
    return f"<item><title>{title}</title><link>https://weibo.com/p/{abs(hash(title))}</link>{date_tag}{extra}</item>"


def test_rss_2_with_gmt_dates_read_as_local_dates() -> None:
    body = rss(
        "阳泉市场监管的微博",
        item("消费提示", "Wed, 28 Aug 2024 02:30:00 GMT"),
        # 18:00 GMT on the 20th is 02:00 on the 21st in Beijing.
        item("抽检公告", "Tue, 20 Aug 2024 18:00:00 GMT"),
        item("工作动态", "Mon, 12 Aug 2024 01:00:00 GMT"),
    ).encode()
    feed = read(body)
    assert feed.kind == "feed" and feed.format == "rss20"
    assert feed.name == "阳泉市场监管"
    assert feed.posts == (date(2024, 8, 28), date(2024, 8, 21), date(2024, 8, 12))
    assert feed.latest == date(2024, 8, 28)
    assert (feed.count, feed.undated, feed.problems) == (3, 0, ())
    assert feed.reason is None


def test_atom_with_plus_0800_prefers_published_over_updated() -> None:
    body = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>健康三原</title><id>urn:x</id><updated>2024-08-28T10:00:00+08:00</updated>
  <entry><title>a</title><id>urn:a</id>
    <published>2024-08-10T23:30:00+08:00</published><updated>2024-08-28T10:00:00+08:00</updated></entry>
  <entry><title>b</title><id>urn:b</id><updated>2024-08-05T00:10:00+08:00</updated></entry>
  <entry><title>c</title><id>urn:c</id><published>2024-08-01T16:30:00Z</published></entry>
</feed>""".encode()
    feed = read(body, "application/atom+xml")
    assert feed.kind == "feed" and feed.format == "atom10" and feed.name == "健康三原"
    # The edit on the 28th is not a post; 16:30Z on the 1st is 00:30 on the 2nd in Beijing.
    assert feed.posts == (date(2024, 8, 10), date(2024, 8, 5), date(2024, 8, 2))
    assert feed.latest == date(2024, 8, 10) and feed.count == 3


def test_json_feed_prefers_date_published_over_date_modified() -> None:
    body = json.dumps({
        "version": "https://jsonfeed.org/version/1.1",
        "title": "红色云阳",
        "items": [
            {"id": "1", "date_published": "2024-08-26T08:00:00+08:00", "date_modified": "2024-08-29T08:00:00+08:00"},
            {"id": "2", "date_modified": "2024-08-20T20:00:00Z"},
            {"id": "3", "content_text": "没有日期"},
        ],
    }, ensure_ascii=False).encode()
    feed = read(body, "application/feed+json")
    assert feed.kind == "feed" and feed.format == "json1.1" and feed.name == "红色云阳"
    assert feed.posts == (date(2024, 8, 26), date(2024, 8, 21))
    assert (feed.latest, feed.count, feed.undated) == (date(2024, 8, 26), 2, 1)
    assert feed.problems == ("1条条目没有发布日期",)


def test_json_feed_1_0_without_content_type() -> None:
    body = json.dumps({"version": "https://jsonfeed.org/version/1", "title": "x",
                       "items": [{"id": "1", "date_published": "2024-08-01T10:00:00+08:00"}]})
    feed = read(body, None)
    assert (feed.kind, feed.format, feed.latest) == ("feed", "json1", date(2024, 8, 1))


def test_items_without_dates_are_not_posts() -> None:
    feed = read(rss("测试发布", item("a"), item("b")).encode())
    assert feed.kind == "feed"
    assert (feed.posts, feed.latest, feed.count, feed.undated) == ((), None, 0, 2)
    assert feed.problems == ("2条条目没有发布日期",)


def test_empty_channel_is_empty_not_zero_posts() -> None:
    feed = read(rss("测试发布的微博").encode())
    assert feed.kind == "empty" and feed.name == "测试发布"
    assert feed.count is None and feed.latest is None and feed.posts == ()
    assert feed.reason == "订阅源没有任何条目"


def test_empty_json_feed() -> None:
    feed = read(json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}))
    assert (feed.kind, feed.count) == ("empty", None)


@pytest.mark.parametrize("body", [
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title><item><title>a',
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title>',
    b'<rss version="2.0"><channel><<title>x</chanel></rss>',
])
def test_malformed_xml_without_dated_items_is_not_a_feed(body: bytes) -> None:
    feed = read(body)
    assert feed.kind == "not_feed" and feed.count is None and feed.name is None
    assert feed.reason is not None and feed.reason.startswith("订阅源XML格式错误，未能读出任何条目"), feed.reason


def test_malformed_xml_whose_items_can_still_be_read() -> None:
    # A bare ampersand: not well-formed, but the loose parser still reads the items.
    body = rss("测试 & 发布", item("a & b", "Wed, 28 Aug 2024 02:30:00 GMT")).encode()
    feed = read(body)
    assert feed.kind == "feed" and feed.latest == date(2024, 8, 28)
    assert feed.problems[0].startswith("订阅源XML格式有误，已尽量读取")


@pytest.mark.parametrize("body", [
    b'<?xml version="1.0"?><error><code>404</code><message>route not found</message></error>',
    b"route not found",
    b"",
    b"   \r\n ",
])
def test_other_bodies_are_not_feeds(body: bytes) -> None:
    feed = read(body, "text/xml")
    assert feed.kind == "not_feed" and feed.count is None and feed.reason


@pytest.mark.parametrize("body", [b'{"code": 0, "data": []}', b"[1, 2]", b"{not json"])
def test_json_that_is_not_a_json_feed(body: bytes) -> None:
    feed = read(body, "application/json")
    assert feed.kind == "not_feed" and "JSON" in (feed.reason or "")


ANTI_BOT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>安全验证</title></head>
<body><div class="box"><p>访问过于频繁，请输入验证码后继续访问</p><img src="/captcha.jpg"></div></body></html>"""


@pytest.mark.parametrize(("body", "content_type", "says"), [
    (ANTI_BOT, "text/html; charset=utf-8", "验证码页面"),
    ("<html><body><noscript>请开启JavaScript并刷新该页</noscript></body></html>", "text/html", "瑞数"),
    ("<html><body><h1>403</h1><p>访问被拒绝</p></body></html>", "text/html", "访问被拒绝"),
    ("<html><head><title>登录</title></head><body><form>用户名</form></body></html>", None, "登录页面"),
    ("<html><body><p>欢迎</p></body></html>", "text/html", "返回网页而非订阅源"),
    # An XHTML page served as XML is still a page.
    ('<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><html><body>x</body></html>',
     "text/xml", "返回网页"),
    # A JavaScript cookie challenge without any HTML around it.
    ("<script>document.cookie='__jsl_clearance=1';location.href=location.href</script>", "text/html", "加速乐"),
])
def test_html_pages_are_blocked(body: str, content_type: str | None, says: str) -> None:
    feed = read(body.encode("utf-8"), content_type)
    assert feed.kind == "blocked" and feed.count is None and feed.name is None
    assert says in (feed.reason or ""), feed.reason


def test_gbk_declared_rss_is_read_as_gb18030() -> None:
    # 堃 and 镕 are in GBK but not in GB2312: old CMS feeds declare gb2312 and use them.
    body = rss("堃镕区人民政府", item("通知公告", "Tue, 27 Aug 2024 09:00:00 +0800"), encoding="gb2312").encode("gbk")
    for content_type in ("text/xml", None, "application/rss+xml; charset=GBK"):
        feed = read(body, content_type)
        assert feed.kind == "feed" and feed.name == "堃镕区人民政府", content_type
        assert feed.latest == date(2024, 8, 27)


def test_utf8_bytes_declared_gbk_are_utf8() -> None:
    body = rss("测试发布", item("通知", "Tue, 27 Aug 2024 09:00:00 +0800"), encoding="gbk").encode("utf-8")
    feed = read(body, "text/xml")
    assert feed.name == "测试发布"
    assert any(p.startswith("编码问题") for p in feed.problems)


def test_future_dated_item_is_a_typo_not_the_latest_post() -> None:
    body = rss("测试发布",
               item("年份写错", "Thu, 28 Aug 2025 09:00:00 +0800"),
               item("正常", "Mon, 12 Aug 2024 09:00:00 +0800")).encode()
    feed = read(body)
    assert feed.posts == (date(2025, 8, 28), date(2024, 8, 12))
    assert feed.latest == date(2024, 8, 12) and feed.count == 2
    assert any("笔误" in p for p in feed.problems)


def test_only_future_dates_leave_no_latest() -> None:
    feed = read(rss("测试发布", item("a", "Thu, 28 Aug 2025 09:00:00 +0800")).encode())
    assert (feed.kind, feed.latest, feed.count) == ("feed", None, 1)


def test_placeholder_and_unreadable_dates_are_undated() -> None:
    body = rss("测试发布",
               item("epoch", "Thu, 01 Jan 1970 00:00:00 GMT"),
               item("garbage", "昨天"),
               item("ok", "2024-08-27 10:00:00")).encode()
    feed = read(body)
    assert (feed.posts, feed.count, feed.undated) == ((date(2024, 8, 27),), 1, 2)
    assert len(feed.problems) == 2


@pytest.mark.parametrize(("raw", "day"), [
    ("Tue, 20 Aug 2024 15:59:00 GMT", date(2024, 8, 20)),
    ("Tue, 20 Aug 2024 16:00:00 GMT", date(2024, 8, 21)),
    ("Tue, 20 Aug 2024 23:30:00 +0800", date(2024, 8, 20)),
    ("Tue, 20 Aug 2024 23:30:00 CST", date(2024, 8, 20)),  # China Standard Time, not US Central
    ("Tue Aug 20 23:30:00 CST 2024", date(2024, 8, 20)),  # Java's Date.toString()
    ("Tue, 20 Aug 2024 20:00:00 -0000", date(2024, 8, 21)),
    ("2024-08-20T23:30:00+08:00", date(2024, 8, 20)),
    ("2024-08-20T16:30:00Z", date(2024, 8, 21)),
    ("2024-08-20T16:30:00.123Z", date(2024, 8, 21)),
    ("2024-08-20 23:30:00", date(2024, 8, 20)),  # no zone: the publisher's wall clock
    ("2024/08/20 23:30", date(2024, 8, 20)),  # feedparser would read 2024-12-01
    ("2024年8月20日", date(2024, 8, 20)),
    ("2024-02-30", None),
    ("昨天", None),
])
def test_local_dates(raw: str, day: date | None) -> None:
    assert local_date(raw, TZ) == day


def test_cst_outside_china_is_us_central() -> None:
    # 22:30 CST (UTC-6) is 23:30 CDT in Chicago and 04:30 the next day in UTC.
    chicago = ZoneInfo("America/Chicago")
    assert local_date("Tue, 20 Aug 2024 22:30:00 CST", chicago, china=False) == date(2024, 8, 20)
    assert local_date("Tue, 20 Aug 2024 22:30:00 CST", timezone.utc, china=False) == date(2024, 8, 21)


def test_dates_follow_the_given_zone() -> None:
    body = rss("x", item("a", "Tue, 20 Aug 2024 18:00:00 GMT")).encode()
    assert read_feed(body, URL, None, today=TODAY, tz=timezone.utc).latest == date(2024, 8, 20)
    assert read_feed(body, URL, None, today=TODAY, tz=timezone(timedelta(hours=8))).latest == date(2024, 8, 21)


@pytest.mark.parametrize(("title", "name"), [
    ("阳泉市场监管的微博", "阳泉市场监管"),
    ("泾阳发布 的 bilibili 动态 ", "泾阳发布"),
    ("泾阳发布 的 bilibili 空间", "泾阳发布"),
    ("平安三原的抖音", "平安三原"),
    ("健康三原 - RSSHub", "健康三原"),
    ("健康三原的微博 - Powered by RSSHub", "健康三原"),
    # Conservative: only a bridge's whole suffix, at the very end, and never the whole name.
    ("的微博", "的微博"),
    ("我们的微博生活", "我们的微博生活"),
    ("中国政府网", "中国政府网"),
    ("  三原  发布 ", "三原 发布"),
    ("", None),
    (None, None),
])
def test_name_cleaning(title: str | None, name: str | None) -> None:
    assert clean_feed_name(title) == name


def test_str_bodies_are_never_opened_as_paths_or_urls(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # feedparser opens a str that names a file or URL; read_feed hands it a stream.
    path = tmp_path / "feed.xml"
    path.write_text(rss("文件里的", item("a", "Tue, 20 Aug 2024 10:00:00 +0800")), encoding="utf-8")
    for body in (str(path), "http://127.0.0.1:9/feed.xml"):
        assert read(body, "text/xml").kind == "not_feed"
