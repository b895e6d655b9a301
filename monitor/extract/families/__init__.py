"""CMS families: small modules that recognise a page's CMS and read what only it writes.

Each module defines ``FAMILY``, a :class:`Family`: a detector over the parsed page and the hooks
it needs (a list reader, a pager, a data URL, the family's stock error or firewall pages …).
``FAMILIES`` is the registry, a plain tuple consulted in its order; the generic pipeline
(monitor/extract/_page.py) reads every page and asks the families present for what it cannot
read itself. Adding a family is one module here, one entry below and one fixture page under
tests/pages/corpus/<family>/ with its label (tests/test_extract_families.py checks each
family's fixtures are detected as it).

Every family reads the same parsed tree (one parse per page); a detector runs at most once per
page, and only when one of its family's hooks is about to be consulted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from monitor.extract.families import (
    anhui,
    aspnet,
    dedecms,
    epoint,
    gkmlpt,
    haiyun,
    hanweb,
    jpaas,
    kaipuyun,
    pagestate,
    shanghai,
    stock_errors,
    trs,
    waf,
    wordpress,
    xxgk,
)
from monitor.extract.families._base import Family, PageKind, Paging

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

__all__ = ["FAMILIES", "Family", "PageKind", "Paging", "detected", "prepare", "with_hook"]

FAMILIES: tuple[Family, ...] = (
    # Firewall and error pages first: a page that is one is nothing else.
    waf.FAMILY,
    stock_errors.FAMILY,
    # CMSs, their pagers in the order they are tried.
    hanweb.FAMILY,
    jpaas.FAMILY,
    gkmlpt.FAMILY,
    haiyun.FAMILY,
    trs.FAMILY,
    anhui.FAMILY,
    shanghai.FAMILY,
    aspnet.FAMILY,
    dedecms.FAMILY,
    wordpress.FAMILY,
    pagestate.FAMILY,
    kaipuyun.FAMILY,
    epoint.FAMILY,
    xxgk.FAMILY,
)

_PREPARE = tuple(family.prepare for family in FAMILIES if family.prepare is not None)


def prepare(text: str) -> str:
    """The page text after every family's prepare hook (before the one parse)."""
    for hook in _PREPARE:
        text = hook(text)
    return text


def _present(page: Parsed, family: Family) -> bool:
    known = page.detected.get(family.name)
    if known is None:
        known = page.detected[family.name] = bool(family.detect(page))
    return known


def with_hook(page: Parsed, hook: str) -> Iterator[Family]:
    """The families on the page that have the named hook, in registry order."""
    for family in FAMILIES:
        if getattr(family, hook) is not None and _present(page, family):
            yield family


def detected(page: Parsed) -> tuple[str, ...]:
    """The names of every family detected on the page (for tests and inspection)."""
    return tuple(family.name for family in FAMILIES if _present(page, family))
