"""The public results of extraction, and their `monitor inspect --json` form (contracts §3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

# What a page can be. "blocked" is an anti-bot or firewall page answering 200: it says nothing
# about the column, so it is never blank.
KINDS = ("list", "home", "article", "soft404", "blocked")


@dataclass(frozen=True)
class Item:
    """One entry of a list: its title, absolute URL (when a base is known) and date."""

    title: str
    url: str
    date: date | None
    pinned: bool = False


@dataclass(frozen=True)
class Link:
    """A link or resource on the page, for broken-link checking."""

    url: str
    text: str
    tag: str  # "a" | "img" | "script" | "link" | "iframe"


@dataclass(frozen=True)
class NavLink:
    """A column link found in navigation or a 信息公开 directory tree.

    level 1 is a first-level column (top menu, tree root entry), 2 a column under it; parent
    is the URL of the column it sits under, when the page shows that.
    """

    name: str
    url: str
    level: int
    parent: str | None = None


@dataclass(frozen=True)
class Article:
    """One document: its title, publication date, body text and attached files."""

    title: str
    published: date | None
    body_text: str
    attachments: tuple[Link, ...]


@dataclass(frozen=True)
class PageExtract:
    """What one page says, as far as freshness monitoring cares.

    data_url is where a script-rendered list loads its items from (absolute when the page URL
    is known), for the crawler to fetch and read with extract_data when items is empty.
    frame_url is the page an <iframe>/<frame> shows the column's list from, for the crawler to
    fetch and read as the list when items is empty. unreadable says, in Chinese for reports, why
    the column's own list cannot be read from this page (drawn by script with no data URL found,
    behind a postback form …): such a page is neither blank nor dated, and the rules treat the
    column as unknown. problems names what is wrong with the page itself (truncated, unclosed
    list, script-only).
    """

    url: str | None
    kind: str  # one of KINDS
    title: str
    items: tuple[Item, ...]
    latest_item_date: date | None
    blank: bool
    blank_reason: str | None
    next_page: str | None
    nav: tuple[NavLink, ...]
    links: tuple[Link, ...]
    meta: dict[str, str]
    data_url: str | None = None
    problems: tuple[str, ...] = ()
    article: Article | None = None
    frame_url: str | None = None
    unreadable: str | None = None

    @property
    def item_count(self) -> int:
        return len(self.items)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def to_inspect_json(page: PageExtract, encoding: str | None, *, extended: bool = False) -> dict[str, Any]:
    """The ``monitor inspect --json`` object of contracts §3, with ISO dates or null.

    The contract's keys, exactly as specified. With extended, the extensions follow them:
    blank_reason, data_url, frame_url, unreadable, problems and the article (title, published,
    body_chars, attachments).
    """
    obj: dict[str, Any] = {
        "url": page.url,
        "encoding": encoding,
        "kind": page.kind,
        "items": [{"title": item.title, "url": item.url, "date": _iso(item.date)} for item in page.items],
        "item_count": page.item_count,
        "latest_item_date": _iso(page.latest_item_date),
        "blank": page.blank,
        "next_page": page.next_page,
    }
    if extended:
        article = page.article
        obj["blank_reason"] = page.blank_reason
        obj["data_url"] = page.data_url
        obj["frame_url"] = page.frame_url
        obj["unreadable"] = page.unreadable
        obj["problems"] = list(page.problems)
        obj["article"] = None if article is None else {
            "title": article.title,
            "published": _iso(article.published),
            "body_chars": len(article.body_text),
            "attachments": [{"url": link.url, "text": link.text} for link in article.attachments],
        }
    return obj
