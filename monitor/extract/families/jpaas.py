"""大汉 Hanweb jpaas: a unit whose queryData="{…}" is the query of the page-build API.

The raw page has an empty unit; its items come from
/api-gateway/jpaas-publish-server/front/page/build/unit?<queryData>, whose answer carries them
as HTML in data.html beside ``<div class="pagination" rows="15" count="N">``.

Fixtures: tests/pages/corpus/jsrender/jpaas_querydata.html, tests/test_extract_data.py.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from monitor.extract._jsdata import read_literal
from monitor.extract.families._base import Family

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

API = "/api-gateway/jpaas-publish-server/front/page/build/unit"
_SELECTOR = "[querydata], [data-querydata]"
# <div class="pagination" rows="15" count="203"> in an answer's html.
_ROWS = re.compile(r"\brows\s*=\s*['\"]?(\d+)", re.IGNORECASE)
_COUNT = re.compile(r"\bcount\s*=\s*['\"]?(\d+)", re.IGNORECASE)


def _data_url(page: Parsed) -> str | None:
    node = page.body.css_first(_SELECTOR)
    if node is None:
        return None
    raw = node.attributes.get("querydata") or node.attributes.get("data-querydata") or ""
    query = read_literal(raw.strip(), 0) if raw.strip() else None
    if not isinstance(query, dict):
        return None
    flat = {
        str(key): value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        for key, value in query.items()
    }
    return page.resolve.relative(f"{API}?{urlencode(flat)}")


def answer_pages(fragment: str) -> tuple[int, int] | None:
    """(rows per page, count of records) an answer's pagination div states, or None."""
    rows, count = _ROWS.search(fragment), _COUNT.search(fragment)
    return (int(rows[1]), int(count[1])) if rows and count else None


def _detect(page: Parsed) -> bool:
    text = page.text
    return "querydata" in text or "queryData" in text or "QueryData" in text or "QUERYDATA" in text


FAMILY = Family(
    name="jpaas",
    detect=_detect,
    data_url=_data_url,
    fixtures=("jsrender/jpaas_querydata.html",),
)
