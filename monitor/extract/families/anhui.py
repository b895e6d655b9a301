"""安徽 政务公开 platform (Ls.pagination): ``location.href='…?pageIndex=' + pageIndex`` with
``{currPage: (0+1), pageCount: N}``; page N is ?pageIndex=N.

Fixtures: tests/pages/corpus/xxgk/directory_tree.html.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.extract.families._base import Family, Paging

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

CALL = "Ls.pagination"
_HREF = re.compile(r"location\.href\s*=\s*['\"]([^'\"]*pageIndex=)['\"]\s*\+\s*pageIndex")
_CURRENT = re.compile(r"currPage\s*:\s*\(?\s*(\d+)\s*(?:\+\s*(\d+)\s*)?\)?")
_COUNT = re.compile(r"pageCount\s*:\s*(\d+)")


def _pager(page: Parsed) -> Paging | None:
    scripts = page.scripts
    target, current_match, count = _HREF.search(scripts), _CURRENT.search(scripts), _COUNT.search(scripts)
    if not (target and current_match and count):
        return None
    current = int(current_match[1]) + int(current_match[2] or 0)  # 1-based
    return Paging(page.resolve.relative(f"{target[1]}{current + 1}") if current < int(count[1]) else None)


def _detect(page: Parsed) -> bool:
    return CALL in page.scripts


def _pager_detect(page: Parsed) -> bool:
    return "pageIndex" in page.scripts


# Ls.pagination pages a list whenever the page calls it; its location.href pager is read
# wherever a page writes one (the call is sometimes wrapped in a site's own function).
FAMILY = Family(
    name="anhui",
    detect=lambda page: _detect(page) or _pager_detect(page),
    pager=_pager,
    paged=_detect,
    fixtures=("xxgk/directory_tree.html",),
)
