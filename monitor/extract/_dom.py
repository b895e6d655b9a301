"""Small helpers over the parsed tree: text, class/id words, and where a node sits on the page."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from monitor.extract._vocab import (
    CHROME_AFFIXES,
    CHROME_SOLO,
    CHROME_SOLO_FILLERS,
    CHROME_TAGS,
    CHROME_WORDS,
    INNER_CHROME_AFFIXES,
    INNER_CHROME_WORDS,
    SIDEBAR_AFFIXES,
    WEAK_SIDE_WORDS,
)

_WORD = re.compile(r"[a-z0-9]+")
_SITE_PREFIX = re.compile(r"^[a-z]{1,3}$")  # g-top, hj-top, ewb-head: a template's short prefix
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
        self._strong: dict[int, bool] = {}
        self._sidebar: dict[int, bool] = {}
        self._weak: dict[int, bool] = {}

    def chrome(self, node: LexborNode | None) -> bool:
        return self._up(node, self._chrome, own_chrome)

    def strong_chrome(self, node: LexborNode | None) -> bool:
        """chrome by a tag, a whole word or a solo class (see strong_chrome)."""
        return self._up(node, self._strong, strong_chrome)

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
    return bool(found & CHROME_WORDS) or has_affix(found, CHROME_AFFIXES) or _compound_solo(node)


def strong_chrome(node: LexborNode) -> bool:
    """own_chrome by a tag, a whole word or a class that is a solo word, not merely by a word's
    prefix or suffix (div.navjz) nor a prefixed solo word (xw-top): those may hold a list."""
    if node.tag in CHROME_TAGS:
        return True
    found = words(node)
    if len(found) == 1 and found <= CHROME_SOLO:
        return True
    return bool(found & CHROME_WORDS) or any(affix in found for affix in CHROME_AFFIXES)


def inner_chrome(node: LexborNode) -> bool:
    """Whether an element inside a wrapper read as a row is a breadcrumb, menu or pager."""
    if node.tag == "nav":
        return True
    found = words(node)
    return bool(found & INNER_CHROME_WORDS) or has_affix(found, INNER_CHROME_AFFIXES)


def _compound_solo(node: LexborNode) -> bool:
    """A header bar named by a solo word with only a template prefix or a layout word beside
    it, in one class or id: g-top, hd-top, top-bar, top_wrap (not top-news, a homepage block)."""
    attrs = node.attributes
    for token in f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower().split():
        parts = _WORD.findall(token)
        if len(parts) < 2:
            continue
        solos = [i for i, part in enumerate(parts) if part in CHROME_SOLO]
        if len(solos) != 1:
            continue
        before, after = parts[: solos[0]], parts[solos[0] + 1 :]
        if all(_SITE_PREFIX.match(part) for part in before) and all(part in CHROME_SOLO_FILLERS for part in after):
            return True
    return False


def _own_sidebar(node: LexborNode) -> bool:
    return node.tag == "aside" or has_affix(words(node), SIDEBAR_AFFIXES)


def within(node: LexborNode | None, ancestor_id: int) -> bool:
    """Whether node is the element with that mem_id or inside it."""
    while node is not None:
        if node.mem_id == ancestor_id:
            return True
        node = node.parent
    return False


def inside_link(node: LexborNode) -> bool:
    """Whether a node sits in a link (within four levels: a > span > font > text)."""
    parent = node.parent
    for _ in range(4):
        if parent is None:
            return False
        if parent.tag == "a":
            return True
        parent = parent.parent
    return False
