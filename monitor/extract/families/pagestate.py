"""Script apps that ship their server state in the page: Vue ``window.__INITIAL_STATE__``,
Nuxt ``window.__NUXT__``, Next.js ``<script id="__NEXT_DATA__" type="application/json">``.

The state holds every block the app draws: the column's list and, beside it, sidebars (hot,
recommended, related, ranked lists), banners and link lists, often newer than the column's
own records. Only the column's own records are its items: the list of records that is not
under a sidebar's key, preferring one whose object states the list's size (total, pageSize)
— a paged list is the column's — then the longest.

Fixtures: tests/pages/corpus/spa/.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.extract._jsdata import is_record, read_literal, record_items
from monitor.extract._model import Item
from monitor.extract.families._base import Family

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

_ASSIGNED = re.compile(r"window\.(__INITIAL_STATE__|__NUXT__|__PRELOADED_STATE__|__APOLLO_STATE__)\s*=\s*(?=[\[{])")
_NEXT_ID = "__NEXT_DATA__"
_MARKERS = ("__INITIAL_STATE__", "__NUXT__", "__PRELOADED_STATE__", _NEXT_ID)
# Words of keys naming blocks that are not the column's list (hotList, recommend_list,
# relatedNews, sidebar, friendLinks …), and column trees (channels, categories).
_SIDE_WORDS = frozenset({
    "hot", "hots", "recommend", "recommended", "recommends", "related", "relate", "rank", "ranking", "ranks", "side",
    "sidebar", "aside", "banner", "banners", "focus", "friend", "friends", "link", "links", "nav", "navs", "menu",
    "menus", "tree", "catalog", "catalogs", "column", "columns", "channel", "channels", "category", "categories",
    "ad", "ads", "slide", "slides", "swiper", "carousel", "latest", "newest", "pic", "pics", "video", "videos",
    "topic", "topics", "special", "zt", "hits", "click", "clicks", "popular", "tuijian", "remen", "redian", "paihang",
    "xgwz", "rdxw", "tjyd",
})
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Keys stating a list's size: a paged list is a column's list.
_SIZE_KEYS = frozenset({"total", "totalcount", "totalrecord", "totalrecords", "count", "pagesize", "pageno",
                        "pagenum", "page", "pagecount", "totalpage", "totalpages", "size", "current"})
_MAX_DEPTH = 12


def _states(page: Parsed) -> list[object]:
    """The state objects the page ships, read as literals."""
    found: list[object] = []
    for element in page.script_elements:
        if element.src is not None:
            continue
        if element.id == _NEXT_ID:
            value = read_literal(element.code.strip(), 0)
            if value is not None:
                found.append(value)
            continue
        for match in _ASSIGNED.finditer(element.code):
            value = read_literal(element.code, match.end())
            if value is not None:
                found.append(value)
    return found


def _side_key(key: str) -> bool:
    """Whether a key names a sidebar's block or a column tree: hotList, recommend_list, sidebar."""
    return any(word.lower() in _SIDE_WORDS for word in _KEY_WORD.findall(key))


_Candidate = tuple[bool, int, list[dict[str, object]]]


def _candidates(value: object, sized: bool, found: list[_Candidate], depth: int) -> None:
    """Every list of records under value that no sidebar key leads to, with whether its
    object states the list's size."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        records = [entry for entry in value if is_record(entry)]
        if records and 2 * len(records) >= len(value):
            found.append((sized, len(records), records))  # type: ignore[arg-type]
            return
        for entry in value:
            _candidates(entry, False, found, depth + 1)
    elif isinstance(value, dict):
        has_size = any(str(key).lower() in _SIZE_KEYS for key in value)
        for key, entry in value.items():
            if isinstance(entry, (list, dict)) and not _side_key(str(key)):
                _candidates(entry, has_size and isinstance(entry, list), found, depth + 1)


def _read_list(page: Parsed) -> tuple[Item, ...] | None:
    states = _states(page)
    if not states:
        return None
    found: list[_Candidate] = []
    for state in states:
        _candidates(state, False, found, 0)
    if not found:
        return ()  # the state holds no list of the column's (sidebars only)
    _, _, records = max(found, key=lambda entry: (entry[0], entry[1]))
    return record_items(records, page.resolve)


def _detect(page: Parsed) -> bool:
    return any(marker in page.text for marker in _MARKERS)


FAMILY = Family(
    name="pagestate",
    detect=_detect,
    read_list=_read_list,
    fixtures=("spa/vue_initial_state.html", "spa/next_data_sidebar.html", "spa/nuxt_state.html"),
)
