"""Read a list API's answer (the page at a PageExtract's data_url) as a list page.

Answers seen: gkmlpt ``{"articles": [{"title", "url", "date": <unix>}], "classify": {"post_count"}}``,
Suzhou ``{"infolist": [{"pubtime"}]}``, CBIRC ``{"rows": [{"publishDate"}], "total"}``, Hanweb
jpaas ``{"data": {"html": "<li …>… <div class=pagination rows=15 count=N>"}}``, Hanweb's
dataproxy XML (``<record>``s and ``<totalpage>``), JSONP wrappers of these (``cb({…})``,
``/**/cb({…});``, ``try{cb({…})}catch(e){}``, ``cb('<li>…')``), and plain HTML.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote

from monitor.extract._jsdata import find_records, read_literal, record_items
from monitor.extract._model import Item, PageExtract
from monitor.extract._page import extract_page
from monitor.extract._urls import Resolver, is_http_url
from monitor.extract.families.hanweb import has_datastore, records_markup, totals
from monitor.extract.families.jpaas import answer_pages

# A JSONP answer: the callback's call around the data, possibly behind a comment, a guard
# (typeof cb === 'function' && cb(…)) or a try block: /**/ cb({…}); try{cb([…])}catch(e){}.
_JSONP = re.compile(
    r"^(?:/\*.*?\*/|;|\s)*(?:try\s*\{\s*)?(?:typeof\s+[\w$.]+\s*={2,3}\s*['\"]function['\"]\s*&&\s*)?"
    r"[A-Za-z_$][\w$.]*\s*\(\s*(?=[\[{'\"])",
    re.DOTALL,
)
_DATASTORE_BODY = re.compile(r"<datastore>(.*?)(?:</datastore>|$)", re.DOTALL | re.IGNORECASE)
# The page number in a data URL: ?page=2, currpage=2, pageIndex=2 (CBIRC writes `,pageIndex=2,`),
# and jpaas's paramJson={"pageNo":2} (URL-encoded or not).
_PAGE_PARAM = re.compile(
    r"((?:^|[?&,{\s]|%7B|%2C|%22|\")(?:page|pageno|pagenum|pageindex|currpage|curpage|currentpage|cur_page)"
    r"(?:%22|\")?\s*(?:=|:|%3A)\s*(?:%22|\")?)(\d+)",
    re.IGNORECASE,
)
_PAGE_SIZE = re.compile(r"(?:^|[?&,])(?:pagesize|perpage|rows|limit|size|page_size)=(\d+)", re.IGNORECASE)
_RECORD_RANGE = re.compile(r"[?&]startrecord=(\d+)&endrecord=(\d+)", re.IGNORECASE)
_PER_PAGE = re.compile(r"[?&]perpage=(\d+)", re.IGNORECASE)
# Keys of list answers stating how big the whole list is, and which page this is.
_TOTAL_PAGE_KEYS = ("totalpage", "totalpages", "pagetotal", "pagecount", "page_count", "total_page", "pages")
_TOTAL_RECORD_KEYS = ("total", "totalcount", "totalrecord", "totalrecords", "recordcount", "totalnum",
                      "totalrow", "totalrows", "post_count", "count", "totalelements")
_CURRENT_KEYS = ("curpageno", "pageno", "currentpage", "curpage", "pageindex", "pagenum", "page", "current")
_LIST_KEYS = ("articles", "infolist", "rows", "list", "records", "items", "data", "datalist", "result", "content")
_MAX_DEPTH = 4


def extract_data(text: str, url: str, *, today: date) -> PageExtract:
    """Read one answer of a list API into a list PageExtract (kind "list").

    Items come from the answer's records (title, link, date by their field names; Unix
    timestamps are Beijing dates), from the HTML it carries (jpaas ``data.html``), or from
    Hanweb ``<record>``s. next_page is the same URL asking for the next page while the answer's
    totals say there are more. An answer with an empty list is blank; one that is not a list
    answer at all says so in problems. Never raises.
    """
    body = text.lstrip("\ufeff").strip()
    if has_datastore(body) or body.startswith("<record"):
        return _from_datastore(body, url, today)
    value = _json_value(body)
    if value is None:
        return extract_page(text, url, today=today, hint="list")
    fragment = _html_field(value, 0)
    if fragment is not None:
        return _from_fragment(fragment, url, today)
    resolve = Resolver(url if is_http_url(url) else None)
    items = record_items(find_records(value), resolve)
    if not items and not _has_list(value, 0):
        return _result(url, (), None, blank=False, problems=("not a list answer: no records found",))
    more = _has_more(value, url, len(items))
    return _result(url, items, _next_url(url) if more and items else None, blank=not items)


def _json_value(body: str) -> object:
    """The JSON (or JavaScript literal) an answer carries, bare or as a JSONP callback's
    argument; a JSONP answer passing HTML as a string gives that string."""
    if body[:1] in ("{", "["):
        return read_literal(body, 0)
    wrapper = _JSONP.match(body)
    if wrapper is None:
        return None
    value = read_literal(body, wrapper.end())
    if isinstance(value, str):
        return {"html": value} if "<" in value else None
    return value


def _result(
    url: str, items: tuple[Item, ...], next_page: str | None, *, blank: bool, problems: tuple[str, ...] = ()
) -> PageExtract:
    return PageExtract(
        url=url, kind="list", title="", items=items,
        latest_item_date=max((item.date for item in items if item.date is not None), default=None),
        blank=blank, blank_reason="无内容" if blank else None, next_page=next_page, nav=(), links=(), meta={},
        problems=problems,
    )


def _from_page(page: PageExtract, url: str, next_page: str | None) -> PageExtract:
    """A list read from HTML an API returned: its items, this API's next page."""
    blank = not page.items and page.kind == "list"
    return _result(url, page.items, next_page, blank=blank, problems=page.problems)


def _from_fragment(fragment: str, url: str, today: date) -> PageExtract:
    """jpaas: the answer's html holds the items and a pagination div with rows (per page) and count."""
    page = extract_page(f"<html><body>{fragment}</body></html>", url, today=today, hint="list")
    stated = answer_pages(fragment)
    more = False
    if stated is not None and stated[0] > 0:
        more = _current_page(url, None) * stated[0] < stated[1]
    return _from_page(page, url, _next_url(url) if more and page.items else None)


def _from_datastore(body: str, url: str, today: date) -> PageExtract:
    """Hanweb dataproxy: <record>s, with <totalpage>/<totalrecord> telling whether more follow."""
    store = _DATASTORE_BODY.search(body)
    inner = store[1] if store else body
    page = extract_page(f"<html><body>{records_markup(inner)}</body></html>", url, today=today, hint="list")
    pages, records = totals(inner)
    span = _RECORD_RANGE.search(url)
    next_page: str | None = None
    if span is not None:
        start, end = int(span[1]), int(span[2])
        per_page = _PER_PAGE.search(url)
        last = records if records is not None else (pages * int(per_page[1]) if pages and per_page else None)
        if last is not None and end < last:
            width = end - start + 1
            next_page = url.replace(span[0], f"{span[0][0]}startrecord={end + 1}&endrecord={end + width}", 1)
    elif pages is not None and _current_page(url, None) < pages:
        next_page = _next_url(url)
    return _from_page(page, url, next_page if page.items else None)


def _html_field(value: object, depth: int) -> str | None:
    """An HTML fragment the answer carries under an "html" key (jpaas data.html)."""
    if depth > _MAX_DEPTH or not isinstance(value, dict):
        return None
    for key, entry in value.items():
        if str(key).lower() == "html" and isinstance(entry, str) and "<" in entry:
            return entry
        found = _html_field(entry, depth + 1)
        if found is not None:
            return found
    return None


def _has_list(value: object, depth: int) -> bool:
    """Whether the answer is shaped as a list answer (a list under a list key, or a bare list)."""
    if isinstance(value, list):
        return depth == 0 or all(isinstance(entry, dict) for entry in value)
    if depth > _MAX_DEPTH or not isinstance(value, dict):
        return False
    return any(
        (str(key).lower() in _LIST_KEYS and isinstance(entry, list)) or _has_list(entry, depth + 1)
        for key, entry in value.items()
        if isinstance(entry, (list, dict))
    )


def _number(value: object, keys: tuple[str, ...], depth: int = 0) -> int | None:
    """The first whole number under one of keys, searching nested objects breadth first."""
    if depth > _MAX_DEPTH or not isinstance(value, dict):
        return None
    lowered = {str(key).lower(): entry for key, entry in value.items()}
    for key in keys:
        entry = lowered.get(key)
        if isinstance(entry, bool):
            continue
        if isinstance(entry, int):
            return entry
        if isinstance(entry, str) and entry.strip().isdigit():
            return int(entry)
    for entry in value.values():
        found = _number(entry, keys, depth + 1)
        if found is not None:
            return found
    return None


def _current_page(url: str, answer: object) -> int:
    """This answer's 1-based page number: from the URL, else the answer, else 1."""
    found = _PAGE_PARAM.search(unquote(url))
    if found:
        return max(int(found[2]), 1)
    stated = _number(answer, _CURRENT_KEYS)
    return stated if stated is not None and stated >= 1 else 1


def _has_more(answer: object, url: str, shown: int) -> bool:
    """Whether pages follow this one, by the answer's total pages or total records."""
    current = _current_page(url, answer)
    pages = _number(answer, _TOTAL_PAGE_KEYS)
    if pages is not None:
        return current < pages
    total = _number(answer, _TOTAL_RECORD_KEYS)
    if total is None or shown == 0:
        return False
    size = _PAGE_SIZE.search(url)
    per_page = int(size[1]) if size and int(size[1]) > 0 else shown
    return current * per_page < total


def _next_url(url: str) -> str:
    """The same URL asking for the next page: its page number plus one, or page=2 added."""
    found = _PAGE_PARAM.search(url)
    if found:
        return url[: found.start(2)] + str(int(found[2]) + 1) + url[found.end(2) :]
    return f"{url}{'&' if '?' in url else '?'}page=2"
