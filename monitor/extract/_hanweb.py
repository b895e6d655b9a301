"""大汉 Hanweb JCMS datastores: list records kept as CDATA in XML, in a page or a proxy answer."""

from __future__ import annotations

import re
from html import escape

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
        f'<div class="hanweb-records" data-records="{len(found)}"{attribute}>'
        f"<{wrapper}>{records}</{wrapper}></div>"
    )


def totals(store: str) -> tuple[int | None, int | None]:
    """(total pages, total records) a proxy answer states, each None when it does not."""
    pages, records = _TOTAL_PAGES.search(store), _TOTAL_RECORDS.search(store)
    return (int(pages[1]) if pages else None, int(records[1]) if records else None)
