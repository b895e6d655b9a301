"""The next page of a list: 下一页 links, numbered pager links and the CMS families' pager
scripts (cms-patterns §3; the scripts are read by monitor.extract.families)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from monitor.extract import families
from monitor.extract._dom import words
from monitor.extract._urls import Resolver
from monitor.extract._vocab import NEXT_PAGE_TEXTS

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

_TITLE_STRIP = re.compile(r"[\s\[\]【】()（）<>《》«»‹›.…:：»>]+")
# Where the page URL says which page it is: index_3.html is the 4th page, ?pageNum=3 the 3rd.
_URL_PAGE_INDEX = re.compile(r"_(\d+)\.[A-Za-z]+$")
_URL_PAGE_PARAM = re.compile(
    r"[?&,](?:pagenum|pageno|page|pageindex|currpage|cur_page|curpage|currentpage)=(\d+)", re.IGNORECASE
)
_PAGER_WORDS = ("pag", "fenye", "fy", "turn", "pg")


def next_page(page: Parsed) -> str | None:
    """The next page of this list, from a 下一页 link, the CMS family's pager script, a
    numbered pager or a family's last resort (Hanweb's next record group); None on the last
    page or when the page has no pager."""
    resolve = page.resolve
    base = resolve.base_url
    linked, numbered = _scan_links(page.body, resolve)
    candidates = (linked, _family_pager(page, last=False), numbered, _family_pager(page, last=True))
    for candidate in candidates:
        if candidate is not None and candidate != base:
            return candidate
    return None


def _family_pager(page: Parsed, *, last: bool) -> str | None:
    """The next page by the first family pager recognised on the page (at its stage)."""
    for family in families.with_hook(page, "pager"):
        if family.pager_last != last or family.pager is None:
            continue
        found = family.pager(page)
        if found is not None:
            return found.next_url
    return None


def _label(anchor: LexborNode) -> str:
    """A pager link's label: its text, else its title, else the alt of its image (<img alt="下一页">)."""
    label = anchor.text() or anchor.attributes.get("title") or ""
    if not label.strip():
        image = anchor.css_first("img[alt]")
        label = image.attributes.get("alt") or "" if image is not None else ""
    return _TITLE_STRIP.sub("", label).lower()


def _scan_links(body: LexborNode, resolve: Resolver) -> tuple[str | None, str | None]:
    """In one pass over the links: the first 下一页 link, and the pager link numbered one more
    than this page (Hanweb ?uid=…&pageNum=N, numbered index_N links)."""
    wanted = str(_current_page(resolve.base_url) + 1)
    linked: str | None = None
    numbered: str | None = None
    for anchor in body.css("a[href]"):
        text = (anchor.text() or "").strip()
        if linked is None and (_label(anchor) in NEXT_PAGE_TEXTS or any(w.endswith("next") for w in words(anchor))):
            linked = _followable(anchor, resolve)
        elif numbered is None and text == wanted and _in_pager(anchor):
            numbered = _followable(anchor, resolve)
        if linked is not None:
            break
    return linked, numbered


def _followable(anchor: LexborNode, resolve: Resolver) -> str | None:
    url = resolve(anchor.attributes.get("href") or "")
    return url if url is not None and url != resolve.base_url else None


def _current_page(base: str | None) -> int:
    """The 1-based number of the page at base, as its URL says (index_2.html is page 3)."""
    if not base:
        return 1
    param = _URL_PAGE_PARAM.search(base)
    if param:
        return max(int(param[1]), 1)
    index = _URL_PAGE_INDEX.search(urlsplit(base).path)
    return int(index[1]) + 1 if index else 1


def _in_pager(anchor: LexborNode) -> bool:
    """Whether a link sits in a pager block (class/id page…, fenye, fy) within three levels."""
    node = anchor.parent
    for _ in range(3):
        if node is None:
            return False
        if any(word.startswith(_PAGER_WORDS) for word in words(node)):
            return True
        node = node.parent
    return False
