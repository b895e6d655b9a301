"""Which blocks of a column page are the column's own: the names the column goes by, and the
block headings and breadcrumbs that name it."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from monitor.extract._dom import norm
from monitor.extract._nav import block_heading

_TITLE_STRIP = re.compile(r"[\s\[\]【】()（）<>《》«»‹›.…:：»>]+")
_TITLE_SPLIT = re.compile(r"\s*[-_|—–]+\s*")
LOCATION_TEXT = ("当前位置", "现在的位置", "所在位置", "您的位置")
# Separators between the crumbs of a breadcrumb: 首页 > 政务公开 > 通知公告, 首页 >> …, 首页 » ….
_CRUMB_SPLIT = re.compile(r"\s*(?:>+|＞+|»|›|→)\s*")
# How far breadcrumbs are looked for, as block_heading looks for a heading: three levels out,
# three siblings back.
_LEVELS = 3
_SIBLINGS = 3


def column_names(meta: dict[str, str], title: str) -> tuple[str, ...]:
    """Names the column goes by: its ColumnName meta and the first and last parts of the page
    title (工作动态_某市人民政府, 某市人民政府-工作动态)."""
    parts = _TITLE_SPLIT.split(title) if title else []
    names = [meta.get("ColumnName", "").strip(), *(parts[:1] + parts[-1:])]
    return tuple(name for name in names if len(name) >= 2)


def names_column(heading: str, names: tuple[str, ...]) -> bool:
    """Whether a block heading is the column's own name (工作动态, 工作动态 更多>>), not merely
    contains it (相关工作动态)."""
    key = _TITLE_STRIP.sub("", heading)
    return bool(key) and any(key.startswith(name) for name in names)


def names_block(node: LexborNode, names: tuple[str, ...]) -> bool:
    """Whether the block a node sits in is the column's own: headed by the column's name, or
    placed right after the breadcrumb that ends with it.

    A breadcrumb (当前位置：首页 > 政务公开 > 通知公告) is too long to be a block heading, yet on
    many templates it is the only title the column's list has. Only the nearest text before
    the node counts: a block with a heading of its own (部门动态) that follows the breadcrumb is
    another block, not the column's.
    """
    if names_column(block_heading(node), names):
        return True
    current: LexborNode | None = node
    for _ in range(_LEVELS):
        if current is None or current.tag in ("body", "html"):
            return False
        sibling = current.prev
        steps = 0
        while sibling is not None and steps < _SIBLINGS:
            if sibling.is_element_node:
                text = norm(sibling.text())
                if text:
                    return _crumbs_name(text, names)
            steps += 1
            sibling = sibling.prev
        current = current.parent
    return False


def _crumbs_name(text: str, names: tuple[str, ...]) -> bool:
    """Whether a text is a breadcrumb whose last crumb is the column's name."""
    if not any(word in text for word in LOCATION_TEXT) and not _CRUMB_SPLIT.search(text):
        return False
    crumbs = [crumb for crumb in _CRUMB_SPLIT.split(text) if crumb.strip()]
    return bool(crumbs) and names_column(crumbs[-1], names)
