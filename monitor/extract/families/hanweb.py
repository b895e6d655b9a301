"""大汉 Hanweb JCMS: list records kept as CDATA in a ``<datastore>`` and paged by jpage.

A column page embeds its first group of records in ``<script type="text/xml"><datastore>``
(read as markup before the page is parsed: ``div.hanweb-records``) and pages the rest through
``$('#unit').jpage({totalRecord, perPage, proxyUrl, ajaxParam})`` and the data proxy. Homepage
and sidebar units call jpage too, with all their records shown at once (showMode 'none').

Fixtures: tests/pages/corpus/hanweb/, tests/pages/blank_furniture/hanweb_*.html.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from selectolax.lexbor import LexborNode

from monitor.extract._dom import within
from monitor.extract._jsdata import read_literal
from monitor.extract._nav import block_heading
from monitor.extract._urls import Resolver, at_site_root
from monitor.extract._vocab import SIDEBAR_HEADINGS
from monitor.extract.families._base import Family, Paging

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

# The datastore, with the <script type="text/xml"> a page wraps it in.
_DATASTORE = re.compile(
    r"(?:<script\b[^>]*>\s*)?<datastore>(.*?)(?:</datastore>(?:\s*</script>)?|$)", re.DOTALL | re.IGNORECASE
)
_RECORD = re.compile(r"<record>\s*(?:<!\[CDATA\[(.*?)\]\]>|(.*?))\s*</record>", re.DOTALL | re.IGNORECASE)
_NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[(.*?)\]\]>", re.DOTALL | re.IGNORECASE)
_TABLE_RECORD = re.compile(r"\s*<(?:tr|table|td)\b", re.IGNORECASE)
_HREF = re.compile(r"href\s*=\s*['\"]([^'\"]+)['\"]", re.IGNORECASE)
_TOTAL_PAGES = re.compile(r"<totalpage>\s*(\d+)\s*</totalpage>", re.IGNORECASE)
_TOTAL_RECORDS = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.IGNORECASE)

STORE_CLASS = "hanweb-records"  # the div records_markup makes of a datastore

# jpage: $('#unit').jpage({totalRecord:T, perPage:P, proxyUrl:'…', ajaxParam:{…}}).
_TOTAL = re.compile(r"totalRecord\s*:\s*['\"]?(\d+)")
_PER_PAGE = re.compile(r"perPage\s*:\s*['\"]?(\d+)")
_GROUP = re.compile(r"groupSize\s*:\s*['\"]?(\d+)")
_PROXY = re.compile(r"proxyUrl\s*:\s*['\"]([^'\"]+)['\"]")
_PARAMS = re.compile(r"ajaxParam\s*:\s*(?=\{)")
_UNIT = re.compile(r"\$\(\s*['\"]#(\w+)['\"]\s*\)\s*\.jpage\(")
_COLUMN = re.compile(r"/col/col(\d+)/")
_DEFAULT_PROXY = "/module/web/jpage/dataproxy.jsp"
_OPTIONS_CHARS = 3000  # how far after `.jpage(` its options are looked for
_NEXTGROUP_PAGE = re.compile(r"([?&]page=)1(?!\d)")
_HIDDEN = re.compile(r"showMode\s*:\s*['\"]none['\"]")
JPAGE_CALL = ".jpage("
_UNIT_LOOKBACK = 40  # $('#38486') before `.jpage(`


# --- datastores ------------------------------------------------------------------------------


def has_datastore(text: str) -> bool:
    return "<datastore" in text or "<DATASTORE" in text


def unwrap_records(html: str) -> str:
    """Replace every Hanweb ``<datastore>`` with its records as plain markup (see records_markup)."""
    if not has_datastore(html):
        return html
    return _DATASTORE.sub(lambda match: records_markup(match[1]), html)


def records_markup(store: str) -> str:
    """A datastore's records as ``<div class="hanweb-records" data-records="N" data-nextgroup="…">``
    holding them in a list (or a table, for table-row records, which a parser drops outside one)."""
    found = [cdata if cdata else plain for cdata, plain in _RECORD.findall(store)]
    records = "".join(found)
    nextgroup = _NEXTGROUP.search(store)
    href = _HREF.search(nextgroup[1]) if nextgroup else None
    attribute = f' data-nextgroup="{escape(href[1])}"' if href else ""
    wrapper = "table" if _TABLE_RECORD.match(records) else "ul"
    return (
        f'<div class="{STORE_CLASS}" data-records="{len(found)}"{attribute}>'
        f"<{wrapper}>{records}</{wrapper}></div>"
    )


def totals(store: str) -> tuple[int | None, int | None]:
    """(total pages, total records) a proxy answer states, each None when it does not."""
    pages, records = _TOTAL_PAGES.search(store), _TOTAL_RECORDS.search(store)
    return (int(pages[1]) if pages else None, int(records[1]) if records else None)


def is_store(node: LexborNode) -> bool:
    """Whether an element is a datastore read as markup (div.hanweb-records)."""
    return node.tag == "div" and STORE_CLASS in (node.attributes.get("class") or "")


# --- jpage -----------------------------------------------------------------------------------


def _next_group(page: Parsed) -> Paging | None:
    """Hanweb embeds the first group of records; the data proxy serves the rest when there are more.

    Each datastore belongs to the jpage call naming its unit ($('#38486').jpage({…})); a page
    with a sidebar datastore too has two, and the column's is the one with the most records.
    """
    scripts, body, resolve = page.scripts, page.body, page.resolve
    best: tuple[int, LexborNode, str, str] | None = None
    for call in _UNIT.finditer(scripts):
        store = body.css_first(f'[id="{call[1]}"] div.{STORE_CLASS}')
        options = scripts[call.end() : call.end() + _OPTIONS_CHARS]
        following = _UNIT.search(options)
        options = options[: following.start()] if following else options
        total = _TOTAL.search(options)
        if store is not None and total is not None and (best is None or int(total[1]) > best[0]):
            best = (int(total[1]), store, options, call[1])
    if best is not None:
        return Paging(_group_after(best[1], best[2], best[3], resolve))
    store = body.css_first(f"div.{STORE_CLASS}")
    return Paging(_group_after(store, scripts, None, resolve)) if store is not None else None


def _group_after(store: LexborNode, options: str, unit: str | None, resolve: Resolver) -> str | None:
    """The next group after a datastore's embedded records, by its jpage options: the
    datastore's <nextgroup> link, else a GET of the proxyUrl with the records after the
    embedded ones (startrecord/endrecord/perpage) and the ajaxParam; None when all are shown."""
    total = _TOTAL.search(options)
    if total is None:
        return None
    shown = int(store.attributes.get("data-records") or 0)
    if shown >= int(total[1]):
        return None
    nextgroup = store.attributes.get("data-nextgroup")
    if nextgroup:
        # The embedded records are group 1, whatever page the link names (templates write page=1).
        return resolve(_NEXTGROUP_PAGE.sub(r"\g<1>2", nextgroup, count=1))
    per_page_match = _PER_PAGE.search(options)
    per_page = int(per_page_match[1]) if per_page_match else 15
    group_match = _GROUP.search(options)
    group = int(group_match[1]) if group_match else 3
    proxy = _PROXY.search(options)
    query: dict[str, object] = {
        "startrecord": shown + 1, "endrecord": shown + group * per_page, "perpage": per_page,
    }
    params = _PARAMS.search(options)
    literal = read_literal(options, params.end()) if params else None
    if isinstance(literal, dict):
        query.update({str(k): v for k, v in literal.items() if isinstance(v, (str, int, float))})
    else:
        column = _COLUMN.search(resolve.base_url or "")
        query.update({"col": 1, "appid": 1, "path": "/", "sourceContentType": 1, "permissiontype": 0})
        if column:
            query["columnid"] = column[1]
        if unit:
            query["unitid"] = unit
    return resolve.relative(f"{proxy[1] if proxy else _DEFAULT_PROXY}?{urlencode(query)}")


def jpage_pages(scripts: str) -> bool:
    """Whether a Hanweb jpage call pages a list: more records (totalRecord) than one page shows
    (perPage, 15 by default) and a visible pager. Homepage blocks call jpage too, with all
    their records on one page and showMode 'none'."""
    for _, options in _jpage_options(scripts):
        total = _TOTAL.search(options)
        per_page = _PER_PAGE.search(options)
        if total is None:
            return True  # records counted elsewhere: assume it pages
        if int(total[1]) > (int(per_page[1]) if per_page else 15) and not _HIDDEN.search(options):
            return True
    return False


def jpage_units(scripts: str) -> list[tuple[str | None, int | None, bool]]:
    """Every Hanweb jpage call as (its unit's id, its totalRecord, whether its pager shows):
    None for a unit or a total the call does not state. A hidden pager (showMode 'none') is a
    side block's or a homepage block's, whose records all show at once."""
    units: list[tuple[str | None, int | None, bool]] = []
    for start, options in _jpage_options(scripts):
        total = _TOTAL.search(options)
        unit = _UNIT.search(scripts, max(0, start - _UNIT_LOOKBACK), start + len(JPAGE_CALL))
        units.append((unit[1] if unit else None, int(total[1]) if total else None, not _HIDDEN.search(options)))
    return units


def _embedded_calls(page: Parsed) -> list[tuple[int, int]]:
    """Where in the scripts the jpage calls are ((start, end) of each call's options) whose
    unit embeds its records in the page: a datastore already read as markup, so its
    totalRecord counts records on the page, not records a script has yet to draw."""
    scripts, body = page.scripts, page.body
    spans: list[tuple[int, int]] = []
    for call in _UNIT.finditer(scripts):
        store = body.css_first(f'[id="{call[1]}"] div.{STORE_CLASS}')
        if store is None or int(store.attributes.get("data-records") or 0) == 0:
            continue
        following = _UNIT.search(scripts, call.end())
        end = min(call.end() + _OPTIONS_CHARS, following.start() if following else len(scripts))
        spans.append((call.start(), end))
    return spans


def _jpage_options(scripts: str) -> Iterator[tuple[int, str]]:
    """Where every jpage call starts, and its options text, cut before the next call."""
    start = scripts.find(JPAGE_CALL)
    while start >= 0:
        following = scripts.find(JPAGE_CALL, start + len(JPAGE_CALL))
        end = min(start + _OPTIONS_CHARS, following if following >= 0 else len(scripts))
        yield start, scripts[start:end]
        start = following


def _paged(page: Parsed) -> bool:
    """A jpage call pages this page, unless at a site's root a jpage shows all its records at
    once (a homepage block's)."""
    if JPAGE_CALL not in page.scripts:
        return False
    return not at_site_root(page.resolve.base_url) or jpage_pages(page.scripts)


def _keeps_list(page: Parsed, node: LexborNode) -> bool:
    """The chosen list is inside a jpage unit with a visible pager: a column's own list."""
    return any(shown and _holds(page, unit, node) for unit, _, shown in jpage_units(page.scripts))


def _counts_nothing(page: Parsed) -> bool:
    """A visible jpage unit that may be the column's list counts totalRecord 0."""
    return any(total == 0 and shown and _column_unit(page, unit) for unit, total, shown in jpage_units(page.scripts))


def _holds(page: Parsed, unit: str | None, node: LexborNode) -> bool:
    """Whether a node is inside the element of a Hanweb jpage unit."""
    element = page.body.css_first(f'[id="{unit}"]') if unit else None
    return element is not None and within(node, element.mem_id)


def _column_unit(page: Parsed, unit: str | None) -> bool:
    """Whether a Hanweb jpage unit may be the column's list: not in a sidebar nor under a
    热点/相关… heading (a unit the page does not show, or a call naming none, may be)."""
    node = page.body.css_first(f'[id="{unit}"]') if unit else None
    if node is None:
        return True
    heading = block_heading(node)
    return not page.marks.sidebar(node) and not any(word in heading for word in SIDEBAR_HEADINGS)


def _detect(page: Parsed) -> bool:
    return JPAGE_CALL in page.scripts or STORE_CLASS in page.text


FAMILY = Family(
    name="hanweb",
    detect=_detect,
    prepare=unwrap_records,
    pager=_next_group,
    pager_last=True,
    paged=_paged,
    counts_nothing=_counts_nothing,
    keeps_list=_keeps_list,
    counted_on_page=_embedded_calls,
    fixtures=("hanweb/four_span.html", "hanweb/two_datastores.html", "hanweb/empty_recordset.html"),
)
