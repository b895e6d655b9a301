"""Small helpers over the parsed tree: text, class/id words, and where a node sits on the page."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from monitor.extract._vocab import (
    CHROME_AFFIXES,
    CHROME_SOLO,
    CHROME_TAGS,
    CHROME_WORDS,
    SIDEBAR_AFFIXES,
    WEAK_SIDE_WORDS,
)

_WORD = re.compile(r"[a-z0-9]+")
_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    """Text with runs of whitespace made one space, stripped."""
    return _SPACE.sub(" ", text).strip()


def words(node: LexborNode) -> set[str]:
    """The lowercase words of a node's class and id (news_list → {"news", "list"})."""
    attrs = node.attributes
    return set(_WORD.findall(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()))


def has_affix(found: set[str], affixes: tuple[str, ...]) -> bool:
    return any(word.startswith(affix) or word.endswith(affix) for word in found for affix in affixes)


class Marks:
    """Memoised answers to "is this node inside navigation / a sidebar / a side column?"."""

    def __init__(self) -> None:
        self._chrome: dict[int, bool] = {}
        self._sidebar: dict[int, bool] = {}
        self._weak: dict[int, bool] = {}

    def chrome(self, node: LexborNode | None) -> bool:
        return self._up(node, self._chrome, own_chrome)

    def sidebar(self, node: LexborNode | None) -> bool:
        return self._up(node, self._sidebar, _own_sidebar)

    def weak_side(self, node: LexborNode | None) -> bool:
        return self._up(node, self._weak, lambda n: bool(words(n) & WEAK_SIDE_WORDS))

    def _up(self, node: LexborNode | None, memo: dict[int, bool], own: Callable[[LexborNode], bool]) -> bool:
        """Whether node or an ancestor below body satisfies own, remembering it for the whole path."""
        path: list[int] = []
        answer = False
        while node is not None and node.tag not in ("body", "html", "-document"):
            key = node.mem_id
            if key in memo:
                answer = memo[key]
                break
            path.append(key)
            if own(node):
                answer = True
                break
            node = node.parent
        for key in path:
            memo[key] = answer
        return answer


def own_chrome(node: LexborNode) -> bool:
    """Whether the node itself (not an ancestor) is navigation, header, footer or pager."""
    if node.tag in CHROME_TAGS:
        return True
    found = words(node)
    if len(found) == 1 and found <= CHROME_SOLO:
        return True
    return bool(found & CHROME_WORDS) or has_affix(found, CHROME_AFFIXES)


def _own_sidebar(node: LexborNode) -> bool:
    return node.tag == "aside" or has_affix(words(node), SIDEBAR_AFFIXES)
