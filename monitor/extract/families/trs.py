"""TRS WCM: createPageHTML(pages, current(0-based), name, ext[, …]) and inline countPage pagers.

Classic TRS templates page a list with createPageHTML(countPage, currentPage, "index", "shtml")
(page N+1 is index_N.shtml) or write the same as inline code: ``var countPage = n; var
currentPage = c`` and ``"index" + "_" + nextPage + "." + "shtml"``. Old pager calls are often
left commented out (the scripts are read without comments). createPageHTML(0, 0, …) is an
empty column's.

Fixtures: tests/pages/corpus/trs/, tests/pages/blank_furniture/trs_*.html.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from monitor.extract.families._base import Family, Paging

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed
    from monitor.extract._urls import Resolver

_NUMERIC = re.compile(r"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]")
_ZERO = re.compile(r"createPageHTML\(\s*0\s*,")
_COUNT_PAGE = re.compile(r"\bcountPage\s*=\s*(\d+)")
_CURRENT_PAGE = re.compile(r"\bcurrentPage\s*=\s*(\d+)")
_WRITTEN_PAGE = re.compile(
    r"([A-Za-z][\w-]*)[\"']\s*\+\s*[\"']_[\"']\s*\+\s*\w+\s*\+\s*[\"']\.[\"']\s*\+\s*[\"']([A-Za-z]+)"
)
_PAGE_FILE = re.compile(r"/([A-Za-z][\w-]*?)(?:_\d+)?\.([A-Za-z]+)$")


def page_file(resolve: Resolver, name: str = "index", ext: str = "html") -> tuple[str, str]:
    """The list's file name and extension as the page URL writes them (index.shtml → index, shtml)."""
    found = _PAGE_FILE.search(urlsplit(resolve.base_url).path) if resolve.base_url else None
    return (found[1], found[2]) if found else (name, ext)


def _pager(page: Parsed) -> Paging | None:
    scripts, resolve = page.scripts, page.resolve
    match = _NUMERIC.search(scripts) if "createPageHTML" in scripts else None
    if match:
        pages, current, name, ext = int(match[1]), int(match[2]), match[3], match[4]
        return Paging(resolve.relative(f"{name}_{current + 1}.{ext}") if current + 1 < pages else None)
    # Inline: var countPage = n; var currentPage = c (0-based), pages index_N.<ext>
    count = _COUNT_PAGE.search(scripts) if "countPage" in scripts else None
    current_match = _CURRENT_PAGE.search(scripts) if count else None
    if count and current_match:
        pages, current = int(count[1]), int(current_match[1])
        if current + 1 >= pages:
            return Paging(None)
        written = _WRITTEN_PAGE.search(scripts)
        name, ext = (written[1], written[2]) if written else page_file(resolve)
        return Paging(resolve.relative(f"{name}_{current + 1}.{ext}"))
    return None


def _counts_nothing(page: Parsed) -> bool:
    return "createPageHTML" in page.scripts and _ZERO.search(page.scripts) is not None


def _detect(page: Parsed) -> bool:
    return "createPageHTML" in page.scripts or "countPage" in page.scripts


FAMILY = Family(
    name="trs",
    detect=_detect,
    pager=_pager,
    paged=_detect,
    counts_nothing=_counts_nothing,
    fixtures=("trs/gzdt_index.html", "trs/zcwj_numeric6.html"),
)
