"""上海 政务公开 lists: ``$(".pagination").pagination("setPage", current(1-based), pages)``;
page N is index_N.html.

Fixtures: tests/test_extract.py (setPage pager).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.extract.families._base import Family, Paging
from monitor.extract.families.trs import page_file

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

_SET_PAGE = re.compile(r"pagination\(\s*['\"]setPage['\"]\s*,\s*(\d+)\s*,\s*(\d+)")


def _pager(page: Parsed) -> Paging | None:
    match = _SET_PAGE.search(page.scripts)
    if match is None:
        return None
    current, pages = int(match[1]), int(match[2])
    name, ext = page_file(page.resolve)
    return Paging(page.resolve.relative(f"{name}_{current + 1}.{ext}") if current < pages else None)


FAMILY = Family(
    name="shanghai",
    detect=lambda page: "setPage" in page.scripts,
    pager=_pager,
)
