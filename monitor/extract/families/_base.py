"""What a CMS family module provides: a detector over the parsed page and a few optional hooks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

from selectolax.lexbor import LexborNode

from monitor.extract._model import Item

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

PageKind = Literal["blocked", "soft404"]


class Paging(NamedTuple):
    """A family's pager recognised on the page: the next page's URL, None on the last page."""

    next_url: str | None


@dataclass(frozen=True)
class Family:
    """One CMS family (or one kind of stock page) and what only it writes.

    Every hook reads the same parsed page (one parse per page, no I/O, no clock) and is called
    only when ``detect`` said the family is on the page, except ``prepare``, which runs on the
    text before that one parse and must cost nothing when the family is absent. A hook left
    None means the generic pipeline reads that part of the page.

    - prepare(text) -> text: rewrite embedded data as markup before parsing (Hanweb datastores);
    - page_kind(page) -> "blocked" | "soft404" | None: the family's firewall or error pages;
    - read_list(page) -> items | None: the column's own items read the family's way (records
      of page-state JSON); an empty tuple says the family's data holds no list of the column's,
      None that the family has no say. Markup with a real list still wins;
    - pager(page) -> Paging | None: the next page by the family's pager script; consulted after
      an explicit 下一页 link, before numbered pager links, or after those when pager_last
      (Hanweb's next record group);
    - paged(page) -> bool: whether the family's pager script pages this page (a list, not a home);
    - data_url(page) -> URL | None: where the family's script loads the list from;
    - counts_nothing(page) -> bool: the family's pager or store says the column's list is empty;
    - keeps_list(page, node) -> bool: the chosen list is the family's own paged unit, so an empty
      block elsewhere does not make it someone else's;
    - counted_on_page(page) -> spans: spans of page.scripts whose record counters count records
      already in the markup (not records a script has yet to draw);
    - unreadable(page) -> reason | None: why the column's list cannot be read from this page
      (a list arriving by postback), in Chinese for reports.

    fixtures names the family's pages in tests/pages/corpus/: each must be detected as the
    family (tests/test_extract_families.py).
    """

    name: str
    detect: Callable[[Parsed], bool]
    prepare: Callable[[str], str] | None = None
    page_kind: Callable[[Parsed], PageKind | None] | None = None
    read_list: Callable[[Parsed], tuple[Item, ...] | None] | None = None
    pager: Callable[[Parsed], Paging | None] | None = None
    pager_last: bool = False
    paged: Callable[[Parsed], bool] | None = None
    data_url: Callable[[Parsed], str | None] | None = None
    counts_nothing: Callable[[Parsed], bool] | None = None
    keeps_list: Callable[[Parsed, LexborNode], bool] | None = None
    counted_on_page: Callable[[Parsed], list[tuple[int, int]]] | None = None
    unreadable: Callable[[Parsed], str | None] | None = None
    fixtures: tuple[str, ...] = ()  # corpus pages of the family (tests/pages/corpus/…), detected as it
