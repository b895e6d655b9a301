"""TRS 海云: createPageHTML('page_div', pages, current(1-based), prefix, ext, records).

The container form of TRS's pager call names the element it draws into first; page N of the
list is <prefix>_N.<ext> (page 1 is <prefix>.<ext>). A call counting 0 records is an empty
column's.

Fixtures: tests/pages/corpus/haiyun/.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.extract.families._base import Family, Paging

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

CALL = "createPageHTML"
_CONTAINER = re.compile(
    r"createPageHTML\(\s*['\"][^'\"]*['\"]\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]"
)
_QUOTED = r"['\"][^'\"]*['\"]"
_ZERO = re.compile(
    rf"createPageHTML\(\s*{_QUOTED}\s*,\s*0\s*,"
    rf"|createPageHTML\(\s*{_QUOTED}\s*,\s*\d+\s*,\s*\d+\s*,\s*{_QUOTED}\s*,\s*{_QUOTED}\s*,\s*0\s*\)"
)


def _pager(page: Parsed) -> Paging | None:
    match = _CONTAINER.search(page.scripts)
    if match is None:
        return None
    pages, current, prefix, ext = int(match[1]), int(match[2]), match[3], match[4]
    return Paging(page.resolve.relative(f"{prefix}_{current + 1}.{ext}") if current < pages else None)


def _counts_nothing(page: Parsed) -> bool:
    """createPageHTML('page_div', 0, …) or a call counting 0 records."""
    return _ZERO.search(page.scripts) is not None


def _detect(page: Parsed) -> bool:
    return CALL in page.scripts


FAMILY = Family(
    name="haiyun",
    detect=_detect,
    pager=_pager,
    paged=_detect,
    counts_nothing=_counts_nothing,
    fixtures=("haiyun/common_list_3.html", "haiyun/fg_table.html", "haiyun/paging_index.html"),
)
