"""Reading a new-media account's feed: the name it states and the dates of its posts.

Pure functions, no I/O and no clock: the caller passes the body, the day it is and the time
zone. RSS (0.9x, 1.0, 2.0) and Atom are read with feedparser, JSON Feed 1.0/1.1 by hand.

What a read can be (`FeedRead.kind`):

- ``"feed"``: a feed with at least one item. `posts` are the local dates of the items that
  carry a date, `count` how many, `undated` how many items carry none (those are not posts:
  nothing is known of when they were published). `latest` is the newest post date not after
  `today` (a later date is a typo, never an update).
- ``"empty"``: a well-formed feed with no items. That is *not* "0 posts": a bridge serves an
  empty feed when the platform refused it, when the account is private, or before its first
  fetch, so `count` is None and the rules must not read it as an account that never posted.
- ``"blocked"``: an HTML page where the feed should be (anti-bot or firewall challenge,
  验证码, login page, an error page served with 200).
- ``"not_feed"``: anything else: malformed XML from which no item could be read, JSON that is
  not a JSON Feed, an empty body.

`count` is None unless the kind is "feed". `problems` are short Chinese phrases, the reason
first for the kinds that are not "feed".

Dates. Each item's date is the first of published (RSS pubDate, Atom published, JSON
date_published), updated (Atom updated, dc:date, JSON date_modified) and created that can be
read. The raw strings are parsed here rather than trusting feedparser's parsed tuples, which
turn Chinese-style dates (``2024/08/20``, ``2024年08月20日``) into wrong days and read ``CST``
as US Central time. A date with an explicit offset (``GMT``, ``Z``, ``+0800``, ``+08:00``) is
converted to `tz`; a date without one is the publisher's wall-clock time, i.e. local; ``CST``
means China Standard Time when `tz` is UTC+8 (Java and many Chinese CMSs write it so). A date
before 2000 is a placeholder (epoch 0 from a broken bridge), not a post date.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from typing import Any, Literal

import feedparser
from feedparser.exceptions import ThingsNobodyCaresAboutButMe

from monitor.decode import decode_report, normalize_encoding
from monitor.fetch import detect_block

__all__ = ["FeedKind", "FeedRead", "clean_feed_name", "read_feed"]

FeedKind = Literal["feed", "empty", "blocked", "not_feed"]

# Dates before this are placeholders (epoch 0, 0001-01-01), not posts.
_EARLIEST = date(2000, 1, 1)


@dataclass(frozen=True)
class FeedRead:
    """What one feed body says about its account (see the module docstring for the kinds)."""

    kind: FeedKind
    name: str | None  # the account name the feed states, bridge suffixes removed
    posts: tuple[date, ...]  # local dates of the dated items, newest first (future ones included)
    latest: date | None  # newest post date on or before today
    count: int | None  # dated items; None unless kind == "feed"
    undated: int  # items without a readable date (not posts)
    problems: tuple[str, ...]  # short Chinese phrases; for kinds other than "feed" the reason first
    format: str | None = None  # "rss20", "atom10", "json1.1" … as read; None when not a feed

    @property
    def reason(self) -> str | None:
        """Why this read says nothing about posting (None for a feed)."""
        return None if self.kind == "feed" else (self.problems[0] if self.problems else self.kind)


def read_feed(
    body: bytes | str, url: str, content_type: str | None, *, today: date, tz: tzinfo
) -> FeedRead:
    """Read a feed body fetched from `url` (with the response's Content-Type, if any).

    Never raises for anything the body contains.
    """
    text, encoding_problems = _decode(body, content_type)
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        return _failed("not_feed", "响应内容为空")
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if stripped[0] in "{[":
        return _with_problems(_read_json_feed(stripped, today, tz), encoding_problems)
    root = _root_element(stripped)
    if not _is_feed_root(root):
        blocked = _block_reason(stripped, root, media)
        if blocked is not None:
            return _failed("blocked", blocked)
        if root is None:
            opening = " ".join(stripped[:40].split())
            return _failed("not_feed", f"内容不是XML或JSON订阅源（开头为“{opening}”）")
    return _with_problems(_read_xml_feed(stripped, url, root, today, tz), encoding_problems)


# -- names ---------------------------------------------------------------------------------

# Suffixes bridges add to the account's name in a feed title, removed only at the very end of
# the title and only when a name remains. Each is a title template of a bridge: RSSHub's
# weibo/user ("{name}的微博"), bilibili/user/dynamic|video ("{name} 的 bilibili 动态|空间"),
# the old douyin/user ("{name}的抖音"), and a " - RSSHub" / " - Powered by RSSHub" brand some
# deployments append. we-mp-rss and wewe-rss title a feed with the account's own name. Nothing
# else is touched: a title that is not a bridge's is the account's name as the platform shows it.
_BRAND_SUFFIX = re.compile(r"\s*[-|–—]\s*(?:powered\s+by\s+)?rsshub\s*$", re.IGNORECASE)
_PLATFORM_SUFFIXES = (
    re.compile(r"\s*的\s*微博\s*$"),
    re.compile(r"\s*的\s*bilibili\s*(?:动态|空间|投稿视频|视频)\s*$", re.IGNORECASE),
    re.compile(r"\s*的\s*抖音\s*$"),
)


def clean_feed_name(title: str | None) -> str | None:
    """The account name in a feed title: whitespace collapsed, a bridge's suffixes removed."""
    if title is None:
        return None
    name = " ".join(title.split())
    if not name:
        return None
    for pattern in (_BRAND_SUFFIX, *_PLATFORM_SUFFIXES):
        shorter = pattern.sub("", name)
        if shorter != name and shorter.strip():
            name = shorter.strip()
            if pattern is not _BRAND_SUFFIX:
                break  # one platform suffix at most
    return name


# -- decoding ------------------------------------------------------------------------------

_XML_DECLARATION = re.compile(
    r"""^(\ufeff?\s*<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])([A-Za-z0-9._:\-]+)\2""", re.IGNORECASE
)
_XML_ENCODING_BYTES = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']""", re.IGNORECASE
)


def _decode(body: bytes | str, content_type: str | None) -> tuple[str, tuple[str, ...]]:
    """The body as text. The charset is the header's, else the XML declaration's (GB2312 and
    GBK read as GB18030); valid UTF-8 with non-ASCII text is UTF-8 whatever is declared."""
    if isinstance(body, str):
        return body, ()
    label = None
    if not (content_type and "charset" in content_type.lower()):
        match = _XML_ENCODING_BYTES.match(body[:512])
        if match and normalize_encoding(match.group(1).decode("ascii")) is not None:
            label = match.group(1).decode("ascii")
    header = content_type if label is None else f"{content_type or 'text/xml'}; charset={label}"
    decoded = decode_report(body, header)
    # UTF-8 is what XML and JSON mean when nothing is declared: not a problem.
    problems = [p for p in decoded.problems if p != "no charset declared; detected utf-8"]
    return decoded.text, tuple(f"编码问题：{p}" for p in problems)


def _as_utf8(text: str) -> bytes:
    """The text as UTF-8 bytes, its XML declaration saying so (feedparser reads bytes)."""
    return _XML_DECLARATION.sub(lambda m: f"{m.group(1)}{m.group(2)}utf-8{m.group(2)}", text, count=1).encode(
        "utf-8", errors="replace"
    )


# -- what the body is ------------------------------------------------------------------------

_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})  # local names (rdf:RDF, atom:feed …)
_HTML_TAGS = frozenset({
    "html", "head", "body", "script", "meta", "title", "div", "noscript", "center", "style", "iframe",
    "form", "p", "h1", "h2", "table", "link", "frameset", "span", "a", "br",
})
_DOCTYPE_HTML = re.compile(r"<!doctype\s+html\b", re.IGNORECASE)
_TAG_NAME = re.compile(r"<\s*([A-Za-z][\w:.\-]*)")


def _is_feed_root(root: str | None) -> bool:
    return root is not None and root.rsplit(":", 1)[-1] in _FEED_ROOTS


def _root_element(text: str) -> str | None:
    """The name of the first element (lowercased), skipping the prolog; "html" for an HTML
    doctype; None when the text does not start with markup."""
    position = 0
    for _ in range(100):  # a prolog of more than 100 declarations and comments is not a feed
        while position < len(text) and text[position] in " \t\r\n\ufeff":
            position += 1
        if text.startswith("<?", position):
            end = text.find("?>", position)
        elif text.startswith("<!--", position):
            end = text.find("-->", position)
            end = end + 1 if end >= 0 else end
        elif text.startswith("<!", position):
            if _DOCTYPE_HTML.match(text, position):
                return "html"
            close, bracket = text.find(">", position), text.find("[", position)
            end = text.find("]>", bracket) if 0 <= bracket < close else close - 1
        else:
            match = _TAG_NAME.match(text, position)
            return match.group(1).lower() if match else None
        if end < 0:
            return None
        position = end + 2
    return None


# Words of challenge, login and refusal pages, with how the reason names them.
_PAGE_MARKERS: tuple[tuple[str, str], ...] = (
    ("验证码", "验证码页面"),
    ("人机验证", "人机验证页面"),
    ("安全验证", "安全验证页面"),
    ("滑动验证", "滑块验证页面"),
    ("访问被拒绝", "访问被拒绝页面"),
    ("访问被拦截", "访问被拦截页面"),
    ("请开启javascript", "要求开启JavaScript的页面"),
    ("请启用javascript", "要求开启JavaScript的页面"),
    ("enable javascript", "要求开启JavaScript的页面"),
    ("access denied", "访问被拒绝页面"),
    ("forbidden", "拒绝访问页面"),
    ("登录", "登录页面"),
    ("login", "登录页面"),
)


def _block_reason(text: str, root: str | None, media: str) -> str | None:
    """Why a body that is not a feed is a web page standing in for one, or None if it is not."""
    head = text[:20_000]
    lowered = head.lower()
    product = detect_block(200, {}, head[:10_000])
    if product is not None:
        return f"返回反爬虫或防火墙页面（{product}）而非订阅源"
    marker = next((label for word, label in _PAGE_MARKERS if word in lowered), None)
    is_html = root in _HTML_TAGS or media in ("text/html", "application/xhtml+xml")  # root is no feed's
    if is_html:
        return f"返回{marker}而非订阅源" if marker else "返回网页而非订阅源（可能被拦截、需要登录或出错）"
    if marker is not None and root is None:
        return f"返回{marker}而非订阅源"
    return None


# -- RSS and Atom ------------------------------------------------------------------------------

def _read_xml_feed(text: str, url: str, root: str | None, today: date, tz: tzinfo) -> FeedRead:
    try:
        parsed = feedparser.parse(
            io.BytesIO(_as_utf8(text)),  # a stream: a str or bytes argument may be opened as a path or URL
            response_headers={"content-type": "application/xml; charset=utf-8", "content-location": url},
            resolve_relative_uris=False,
            sanitize_html=False,
        )
    except Exception as exc:  # noqa: BLE001 — a parser bug on odd input must not end the collection
        return _failed("not_feed", f"订阅源无法解析（{type(exc).__name__}: {str(exc)[:200]}）")
    entries = parsed.get("entries") or []
    version = parsed.get("version") or None
    exception = parsed.get("bozo_exception") if parsed.get("bozo") else None
    malformed = exception is not None and not isinstance(exception, ThingsNobodyCaresAboutButMe)
    raw_dates = [next((str(e[f]) for f in ("published", "updated", "created") if e.get(f)), None) for e in entries]
    if malformed and not any(raw_dates):
        # The loose parser reads "items" out of almost anything; undated ones out of a broken
        # document are no evidence that it is a feed.
        return _failed("not_feed", f"订阅源XML格式错误，未能读出任何条目（{_exception_text(exception)}）")
    if not entries:
        if version is None:
            named = f"（根元素<{root}>）" if root else ""
            return _failed("not_feed", f"不是RSS、Atom或JSON Feed订阅源{named}")
        name = clean_feed_name(parsed.get("feed", {}).get("title"))
        return FeedRead("empty", name, (), None, None, 0, ("订阅源没有任何条目",), version)
    problems = [f"订阅源XML格式有误，已尽量读取（{_exception_text(exception)}）"] if malformed else []
    name = clean_feed_name(parsed.get("feed", {}).get("title"))
    return _feed(name, raw_dates, today, tz, problems, version or root)


def _exception_text(exception: BaseException | None) -> str:
    # The parser's message only: its line numbers count lines feedparser itself inserts.
    if exception is None:
        return ""
    message = getattr(exception, "getMessage", None)
    return (message() if callable(message) else str(exception))[:200]


# -- JSON Feed -----------------------------------------------------------------------------------

def _read_json_feed(text: str, today: date, tz: tzinfo) -> FeedRead:
    try:
        document = json.loads(text)
    except ValueError as exc:
        return _failed("not_feed", f"JSON格式错误（{exc}）")
    if not isinstance(document, Mapping):
        return _failed("not_feed", "JSON内容不是JSON Feed订阅源")
    version = document.get("version")
    items = document.get("items")
    is_json_feed = isinstance(version, str) and version.startswith("https://jsonfeed.org/version/")
    if not isinstance(items, list) or not (is_json_feed or "title" in document):
        return _failed("not_feed", "JSON内容不是JSON Feed订阅源（没有items）")
    label = "json" + version.rsplit("/", 1)[-1] if is_json_feed else "json"
    title = document.get("title")
    name = clean_feed_name(title if isinstance(title, str) else None)
    if not items:
        return FeedRead("empty", name, (), None, None, 0, ("订阅源没有任何条目",), label)
    raw_dates = [_json_item_date(item) for item in items]
    return _feed(name, raw_dates, today, tz, [], label)


def _json_item_date(item: Any) -> str | None:
    if not isinstance(item, Mapping):
        return None
    for field in ("date_published", "date_modified"):
        value = item.get(field)
        if isinstance(value, str) and value.strip():
            return value
    return None


# -- the result ------------------------------------------------------------------------------------

def _feed(
    name: str | None, raw_dates: Iterable[str | None], today: date, tz: tzinfo, problems: list[str],
    version: str | None,
) -> FeedRead:
    china = _is_utc8(tz, today)
    posts: list[date] = []
    missing = unreadable = placeholder = 0
    for raw in raw_dates:
        day = local_date(raw, tz, china=china) if raw is not None else None
        if raw is None:
            missing += 1
        elif day is None:
            unreadable += 1
        elif day < _EARLIEST:
            placeholder += 1
        else:
            posts.append(day)
    if missing:
        problems.append(f"{missing}条条目没有发布日期")
    if unreadable:
        problems.append(f"{unreadable}条条目的日期无法识别，按无日期处理")
    if placeholder:
        problems.append(f"{placeholder}条条目的日期早于{_EARLIEST.year}年，视为占位日期，按无日期处理")
    future = sum(1 for d in posts if d > today)
    if future:
        problems.append(f"{future}条条目的日期晚于{today.isoformat()}，视为笔误，不作最近发布日期")
    posts.sort(reverse=True)
    past = [d for d in posts if d <= today]
    undated = missing + unreadable + placeholder
    return FeedRead("feed", name, tuple(posts), past[0] if past else None, len(posts), undated, tuple(problems),
                    version)


def _failed(kind: FeedKind, reason: str) -> FeedRead:
    return FeedRead(kind, None, (), None, None, 0, (reason,))


def _with_problems(read: FeedRead, problems: tuple[str, ...]) -> FeedRead:
    if not problems:
        return read
    return FeedRead(read.kind, read.name, read.posts, read.latest, read.count, read.undated,
                    read.problems + problems, read.format)


# -- dates -------------------------------------------------------------------------------------------

# An explicit offset: Z after a time, ±hh:mm / ±hhmm after a time or at the end, or a zone name.
_EXPLICIT_ZONE = re.compile(
    r"(?:\d(?:Z|z)\b|\d\s*[+-]\d{2}:?\d{2}\b|\s[+-]\d{4}\b|\b(?:GMT|UTC|UT|[ECMP][SD]T)\b)"
)
_CST = re.compile(r"\bCST\b")
_NUMERIC_DATE = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[T\s]\s*(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2})(?:\.\d+)?秒?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?\s*$"
)


def _is_utc8(tz: tzinfo, day: date) -> bool:
    return datetime.combine(day, time(12), tzinfo=tz).utcoffset() == timedelta(hours=8)


def local_date(raw: str, tz: tzinfo, *, china: bool = True) -> date | None:
    """The local date of a feed's date string, or None when it cannot be read.

    RFC 822 (RSS), RFC 3339 / ISO 8601 (Atom, JSON Feed) and the numeric forms Chinese CMSs
    write (2024-08-20 10:00, 2024/08/20, 2024年8月20日). With an offset the instant is converted
    to `tz`; without one the wall-clock date is taken as local. With `china`, CST is UTC+8.
    """
    text = " ".join(raw.split())
    if not text:
        return None
    if china and _CST.search(text):
        text = _CST.sub("+0800", text)
    moment = _parse(text)
    if moment is None:
        return None
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        return moment.astimezone(tz).date()
    return moment.date()


def _parse(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    match = _NUMERIC_DATE.match(text)
    if match:
        year, month, day, hour, minute, second, zone = match.groups()
        try:
            naive = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
        except ValueError:
            return None
        if zone is None:
            return naive
        try:
            return datetime.fromisoformat(f"{naive.isoformat()}{'+00:00' if zone in 'Zz' else zone}")
        except ValueError:
            return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None and _EXPLICIT_ZONE.search(text):
        return moment.replace(tzinfo=timezone.utc)  # "-0000": UTC, the publisher's zone unknown
    return moment
