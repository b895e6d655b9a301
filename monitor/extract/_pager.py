"""The next page of a list: 下一页 links, numbered pager links and the CMSs' pager scripts (cms-patterns §3)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlencode, urlsplit

from selectolax.lexbor import LexborNode

from monitor.extract._dom import words
from monitor.extract._jsdata import read_literal
from monitor.extract._urls import Resolver
from monitor.extract._vocab import NEXT_PAGE_TEXTS

_TITLE_STRIP = re.compile(r"[\s\[\]【】()（）<>《》«»‹›.…:：»>]+")
_CREATE_PAGE_CONTAINER = re.compile(
    r"createPageHTML\(\s*['\"][^'\"]*['\"]\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]"
)
_CREATE_PAGE_NUMERIC = re.compile(
    r"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]"
)
_COUNT_PAGE = re.compile(r"\bcountPage\s*=\s*(\d+)")
_CURRENT_PAGE = re.compile(r"\bcurrentPage\s*=\s*(\d+)")
_PAGE_FILE = re.compile(r"/([A-Za-z][\w-]*?)(?:_\d+)?\.([A-Za-z]+)$")
_WRITTEN_PAGE = re.compile(
    r"([A-Za-z][\w-]*)[\"']\s*\+\s*[\"']_[\"']\s*\+\s*\w+\s*\+\s*[\"']\.[\"']\s*\+\s*[\"']([A-Za-z]+)"
)
_LS_HREF = re.compile(r"location\.href\s*=\s*['\"]([^'\"]*pageIndex=)['\"]\s*\+\s*pageIndex")
_LS_CURRENT = re.compile(r"currPage\s*:\s*\(?\s*(\d+)\s*(?:\+\s*(\d+)\s*)?\)?")
_LS_COUNT = re.compile(r"pageCount\s*:\s*(\d+)")
# Shanghai: $(".pagination").pagination("setPage", current(1-based), pages); page N is index_N.html.
_SET_PAGE = re.compile(r"pagination\(\s*['\"]setPage['\"]\s*,\s*(\d+)\s*,\s*(\d+)")
# Where the page URL says which page it is: index_3.html is the 4th page, ?pageNum=3 the 3rd.
_URL_PAGE_INDEX = re.compile(r"_(\d+)\.[A-Za-z]+$")
_URL_PAGE_PARAM = re.compile(
    r"[?&,](?:pagenum|pageno|page|pageindex|currpage|cur_page|curpage|currentpage)=(\d+)", re.IGNORECASE
)
_PAGER_WORDS = ("pag", "fenye", "fy", "turn", "pg")

# Hanweb jpage: $('#unit').jpage({totalRecord:T, perPage:P, proxyUrl:'…', ajaxParam:{…}}).
_HANWEB_TOTAL = re.compile(r"totalRecord\s*:\s*['\"]?(\d+)")
_HANWEB_PER_PAGE = re.compile(r"perPage\s*:\s*['\"]?(\d+)")
_HANWEB_GROUP = re.compile(r"groupSize\s*:\s*['\"]?(\d+)")
_HANWEB_PROXY = re.compile(r"proxyUrl\s*:\s*['\"]([^'\"]+)['\"]")
_HANWEB_PARAMS = re.compile(r"ajaxParam\s*:\s*(?=\{)")
_HANWEB_UNIT = re.compile(r"\$\(\s*['\"]#(\w+)['\"]\s*\)\s*\.jpage\(")
_HANWEB_COLUMN = re.compile(r"/col/col(\d+)/")
_HANWEB_DEFAULT_PROXY = "/module/web/jpage/dataproxy.jsp"
_JPAGE_OPTIONS_CHARS = 3000  # how far after `.jpage(` its options are looked for
_NEXTGROUP_PAGE = re.compile(r"([?&]page=)1(?!\d)")
_HANWEB_HIDDEN = re.compile(r"showMode\s*:\s*['\"]none['\"]")
_JPAGE_CALL = ".jpage("
_UNIT_LOOKBACK = 40  # $('#38486') before `.jpage(`


def next_page(body: LexborNode, scripts: str, resolve: Resolver) -> str | None:
    """The next page of this list, from a 下一页 link, a numbered pager, the CMS's pager script
    or Hanweb's next record group; None on the last page or when the page has no pager."""
    base = resolve.base_url
    linked, numbered = _scan_links(body, resolve)
    candidates = (linked, _next_from_script(scripts, resolve), numbered, _next_hanweb_group(body, scripts, resolve))
    for candidate in candidates:
        if candidate is not None and candidate != base:
            return candidate
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


def _page_file(resolve: Resolver, name: str = "index", ext: str = "html") -> tuple[str, str]:
    """The list's file name and extension as the page URL writes them (index.shtml → index, shtml)."""
    found = _PAGE_FILE.search(urlsplit(resolve.base_url).path) if resolve.base_url else None
    return (found[1], found[2]) if found else (name, ext)


def _script_page_file(scripts: str) -> tuple[str, str] | None:
    """The file name and extension a TRS inline pager writes: "index"+"_" + nextPage + "."+"shtml"."""
    found = _WRITTEN_PAGE.search(scripts)
    return (found[1], found[2]) if found else None


def _next_from_script(scripts: str, resolve: Resolver) -> str | None:
    # TRS 海云: createPageHTML('page_div', pages, current(1-based), prefix, ext, records)
    match = _CREATE_PAGE_CONTAINER.search(scripts)
    if match:
        pages, current, prefix, ext = int(match[1]), int(match[2]), match[3], match[4]
        return resolve.relative(f"{prefix}_{current + 1}.{ext}") if current < pages else None
    # TRS classic: createPageHTML(pages, current(0-based), name, ext[, style, records])
    match = _CREATE_PAGE_NUMERIC.search(scripts)
    if match:
        pages, current, name, ext = int(match[1]), int(match[2]), match[3], match[4]
        return resolve.relative(f"{name}_{current + 1}.{ext}") if current + 1 < pages else None
    # TRS inline: var countPage = n; var currentPage = c (0-based), pages index_N.<ext>
    count = _COUNT_PAGE.search(scripts) if "countPage" in scripts else None
    current_match = _CURRENT_PAGE.search(scripts) if count else None
    if count and current_match:
        pages, current = int(count[1]), int(current_match[1])
        if current + 1 >= pages:
            return None
        name, ext = _script_page_file(scripts) or _page_file(resolve)
        return resolve.relative(f"{name}_{current + 1}.{ext}")
    # Anhui Ls.pagination: location.href='…?pageIndex=' + pageIndex, {currPage:(0+1), pageCount:N}
    target, current_match, count = _LS_HREF.search(scripts), _LS_CURRENT.search(scripts), _LS_COUNT.search(scripts)
    if target and current_match and count:
        current = int(current_match[1]) + int(current_match[2] or 0)  # 1-based
        return resolve.relative(f"{target[1]}{current + 1}") if current < int(count[1]) else None
    match = _SET_PAGE.search(scripts)
    if match:
        current, pages = int(match[1]), int(match[2])
        name, ext = _page_file(resolve)
        return resolve.relative(f"{name}_{current + 1}.{ext}") if current < pages else None
    return None


def _next_hanweb_group(body: LexborNode, scripts: str, resolve: Resolver) -> str | None:
    """Hanweb embeds the first group of records; the data proxy serves the rest when there are more.

    Each datastore belongs to the jpage call naming its unit ($('#38486').jpage({…})); a page
    with a sidebar datastore too has two, and the column's is the one with the most records.
    """
    best: tuple[int, LexborNode, str, str] | None = None
    for call in _HANWEB_UNIT.finditer(scripts):
        store = body.css_first(f'[id="{call[1]}"] div.hanweb-records')
        options = scripts[call.end() : call.end() + _JPAGE_OPTIONS_CHARS]
        following = _HANWEB_UNIT.search(options)
        options = options[: following.start()] if following else options
        total = _HANWEB_TOTAL.search(options)
        if store is not None and total is not None and (best is None or int(total[1]) > best[0]):
            best = (int(total[1]), store, options, call[1])
    if best is not None:
        return _hanweb_next(best[1], best[2], best[3], resolve)
    store = body.css_first("div.hanweb-records")
    return _hanweb_next(store, scripts, None, resolve) if store is not None else None


def _hanweb_next(store: LexborNode, options: str, unit: str | None, resolve: Resolver) -> str | None:
    """The next group after a datastore's embedded records, by its jpage options: the
    datastore's <nextgroup> link, else a GET of the proxyUrl with the records after the
    embedded ones (startrecord/endrecord/perpage) and the ajaxParam; None when all are shown."""
    total = _HANWEB_TOTAL.search(options)
    if total is None:
        return None
    shown = int(store.attributes.get("data-records") or 0)
    if shown >= int(total[1]):
        return None
    nextgroup = store.attributes.get("data-nextgroup")
    if nextgroup:
        # The embedded records are group 1, whatever page the link names (templates write page=1).
        return resolve(_NEXTGROUP_PAGE.sub(r"\g<1>2", nextgroup, count=1))
    per_page_match = _HANWEB_PER_PAGE.search(options)
    per_page = int(per_page_match[1]) if per_page_match else 15
    group_match = _HANWEB_GROUP.search(options)
    group = int(group_match[1]) if group_match else 3
    proxy = _HANWEB_PROXY.search(options)
    query: dict[str, object] = {
        "startrecord": shown + 1, "endrecord": shown + group * per_page, "perpage": per_page,
    }
    params = _HANWEB_PARAMS.search(options)
    literal = read_literal(options, params.end()) if params else None
    if isinstance(literal, dict):
        query.update({str(k): v for k, v in literal.items() if isinstance(v, (str, int, float))})
    else:
        column = _HANWEB_COLUMN.search(resolve.base_url or "")
        query.update({"col": 1, "appid": 1, "path": "/", "sourceContentType": 1, "permissiontype": 0})
        if column:
            query["columnid"] = column[1]
        if unit:
            query["unitid"] = unit
    return resolve.relative(f"{proxy[1] if proxy else _HANWEB_DEFAULT_PROXY}?{urlencode(query)}")


def jpage_pages(scripts: str) -> bool:
    """Whether a Hanweb jpage call pages a list: more records (totalRecord) than one page shows
    (perPage, 15 by default) and a visible pager. Homepage blocks call jpage too, with all
    their records on one page and showMode 'none'."""
    for _, options in _jpage_options(scripts):
        total = _HANWEB_TOTAL.search(options)
        per_page = _HANWEB_PER_PAGE.search(options)
        if total is None:
            return True  # records counted elsewhere: assume it pages
        if int(total[1]) > (int(per_page[1]) if per_page else 15) and not _HANWEB_HIDDEN.search(options):
            return True
    return False


def jpage_units(scripts: str) -> list[tuple[str | None, int | None, bool]]:
    """Every Hanweb jpage call as (its unit's id, its totalRecord, whether its pager shows):
    None for a unit or a total the call does not state. A hidden pager (showMode 'none') is a
    side block's or a homepage block's, whose records all show at once."""
    units: list[tuple[str | None, int | None, bool]] = []
    for start, options in _jpage_options(scripts):
        total = _HANWEB_TOTAL.search(options)
        unit = _HANWEB_UNIT.search(scripts, max(0, start - _UNIT_LOOKBACK), start + len(_JPAGE_CALL))
        units.append((unit[1] if unit else None, int(total[1]) if total else None, not _HANWEB_HIDDEN.search(options)))
    return units


def embedded_jpage_calls(scripts: str, body: LexborNode) -> list[tuple[int, int]]:
    """Where in the scripts the jpage calls are ((start, end) of each call's options) whose
    unit embeds its records in the page: a datastore already read as markup, so its
    totalRecord counts records on the page, not records a script has yet to draw."""
    spans: list[tuple[int, int]] = []
    for call in _HANWEB_UNIT.finditer(scripts):
        store = body.css_first(f'[id="{call[1]}"] div.hanweb-records')
        if store is None or int(store.attributes.get("data-records") or 0) == 0:
            continue
        following = _HANWEB_UNIT.search(scripts, call.end())
        end = min(call.end() + _JPAGE_OPTIONS_CHARS, following.start() if following else len(scripts))
        spans.append((call.start(), end))
    return spans


def _jpage_options(scripts: str) -> Iterator[tuple[int, str]]:
    """Where every jpage call starts, and its options text, cut before the next call."""
    start = scripts.find(_JPAGE_CALL)
    while start >= 0:
        following = scripts.find(_JPAGE_CALL, start + len(_JPAGE_CALL))
        end = min(start + _JPAGE_OPTIONS_CHARS, following if following >= 0 else len(scripts))
        yield start, scripts[start:end]
        start = following
