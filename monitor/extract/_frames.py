"""Lists shown through a frame: the content frame of a frameset, or the <iframe> a column's own
block shows its list in (list.jsp?channelId=75 under the column's heading).

Frames that are widgets are not the list: weather, maps, video players, share buttons,
counters, badges, and anything in the page's header, footer or sidebars. The crawler fetches
the frame's page and reads it as the column's list (PageExtract.frame_url).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborNode

from monitor.extract._column import names_block
from monitor.extract._dom import words
from monitor.extract._urls import Resolver

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

# Sources and names of widget frames.
_WIDGET = re.compile(
    r"weather|tianqi|\bmaps?\b|amap|ditu|player|video|youku|bilibili|v\.qq|iqiyi|ixigua|douyin|\blive\b|"
    r"share|weibo|wechat|cnzz|tongji|counter|conac|jiucuo|beian|calendar|rili|clock|"
    r"\.swf\b|\.mp4\b|\.pdf\b|flash|\bad[sv]?\b|banner|login|search|kefu|chat|robot|vote|toupiao",
    re.IGNORECASE,
)
# Frames of a frameset that hold page furniture, by name or source.
_FURNITURE_FRAME = re.compile(r"top|head|banner|logo|left|menu|nav|tree|bottom|foot|copyright|title", re.IGNORECASE)
_CONTENT_FRAME = re.compile(r"main|content|right|body|center|show|list|info|work", re.IGNORECASE)
_MIN_HEIGHT = 200  # px: an iframe this tall or more can show a list
_MIN_WIDTH = 300
_NUMBER = re.compile(r"^\s*(\d+)\s*(?:px)?\s*$")


def content_frame(root: LexborNode, resolve: Resolver) -> str | None:
    """The frame of a frameset that shows the page's content: one named or sourced main,
    content, right …, else the last frame that is not furniture (top, left, menu, bottom)."""
    frames = []
    for node in root.css("frame[src]"):
        url = resolve(node.attributes.get("src") or "")
        if url is None:
            continue
        label = " ".join(str(node.attributes.get(key) or "") for key in ("name", "id", "src", "title"))
        frames.append((url, label))
    for url, label in frames:
        if _CONTENT_FRAME.search(label) and not _FURNITURE_FRAME.search(label.replace("Frame", "")):
            return url
    for url, label in frames:
        if _CONTENT_FRAME.search(label):
            return url
    rest = [url for url, label in frames if not _FURNITURE_FRAME.search(label)]
    return rest[-1] if rest else None


def framed_list(page: Parsed, names: tuple[str, ...], *, alone: bool = False) -> str | None:
    """The page an iframe in the column's own block shows its list from (absolute), or None.

    The frame sits under the column's heading or right after its breadcrumb, outside the
    page's furniture and sidebars, is big enough to show a list and is not a widget. With
    alone (a page showing nothing else), the one such frame anywhere in the content will do."""
    marks = page.marks
    found: list[str] = []
    for node in page.body.css("iframe[src], frame[src]"):
        attrs = node.attributes
        url = page.resolve(attrs.get("src") or "")
        if url is None or url == page.resolve.base_url:
            continue
        label = " ".join(str(attrs.get(key) or "") for key in ("name", "id", "class", "title"))
        if _WIDGET.search(url) or _WIDGET.search(label) or _too_small(node):
            continue
        if marks.chrome(node) or marks.sidebar(node) or "share" in words(node):
            continue
        if names_block(node, names):
            return url
        found.append(url)
    return found[0] if alone and len(found) == 1 else None


def _too_small(node: LexborNode) -> bool:
    """Whether an iframe's stated size is too small to show a list (a badge, a weather strip)."""
    attrs = node.attributes
    height = _NUMBER.match(str(attrs.get("height") or ""))
    width = _NUMBER.match(str(attrs.get("width") or ""))
    return (height is not None and int(height[1]) < _MIN_HEIGHT) or (width is not None and int(width[1]) < _MIN_WIDTH)
