"""Columns a page links to: navigation menus, 信息公开 directory trees and blocks' 更多 links.

Every column link gets a level (1 for a top entry, 2 or 3 below it) and, when the markup nests
it under another column's entry, that column's URL as its parent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from monitor.dates import date_from_url
from monitor.extract._dom import has_affix, norm, words
from monitor.extract._jsdata import script_literals
from monitor.extract._model import NavLink
from monitor.extract._urls import SCHEME, Resolver, host
from monitor.extract._vocab import MORE_TEXTS, NAV_JUNK_NAMES

_TITLE_STRIP = re.compile(r"[\s\[\]【】()（）<>《》«»‹›.…:：»>]+")
_DIGIT = re.compile(r"\d")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Containers of column links: menus, and the directory trees of 信息公开 pages.
_NAV_AFFIXES = ("nav", "menu", "daohang", "tree", "mulu", "catalog", "gkml", "lanmu")
_NAV_SELECTOR = ", ".join(
    ["nav", '[class~="dh" i]', '[id~="dh" i]']
    + [f'[class*="{affix}" i], [id*="{affix}" i]' for affix in _NAV_AFFIXES]
)
_SUB_AFFIXES = ("sub", "second", "erji", "child")
_MAX_LEVEL = 3
# Keys of a script tree's nodes (zTree and the like): {id, pId, name, url}.
_NODE_PARENT_KEYS = ("pid", "parentid", "parent", "parent_id")


def read_nav(body: LexborNode, scripts: str, resolve: Resolver) -> tuple[NavLink, ...]:
    """Same-site column links: menus and directory trees (markup or script), then the 更多
    links of content blocks, named by the block's heading (level 1).

    Homepages often put only sections (政务公开, 互动交流) in the menu and reach the columns
    that matter (工作动态, 通知公告) through their blocks' 更多 links. A URL seen twice keeps its
    highest place (lowest level).
    """
    site = host(resolve.base_url) if resolve.base_url else None
    found: dict[str, NavLink] = {}

    def add(link: NavLink | None) -> None:
        if link is not None and (link.url not in found or link.level < found[link.url].level):
            found[link.url] = link

    heads: dict[int, str | None] = {}
    for container in _containers(body):
        sub = has_affix(words(container), _SUB_AFFIXES)
        for anchor in container.css("a[href]"):
            level, parent = _place(anchor, container, resolve, heads)
            if sub and level == 1:
                level = 2
            name = norm(anchor.text()) or norm(anchor.attributes.get("title") or "")
            add(_nav_link(anchor.attributes.get("href") or "", name, level, parent, resolve, site))
    for link in _script_tree(scripts, resolve, site):
        add(link)
    for anchor in body.css("a[href]"):
        if _TITLE_STRIP.sub("", anchor.text()).lower() in MORE_TEXTS:
            more = _nav_link(anchor.attributes.get("href") or "", block_heading(anchor), 1, None, resolve, site)
            if more is not None and more.url not in found:
                found[more.url] = more
    return tuple(found.values())


def _containers(body: LexborNode) -> Iterator[LexborNode]:
    """Menus and trees named so by class/id, then unnamed nested lists (li > ul > li > a)."""
    seen: set[int] = set()
    for container in body.css(_NAV_SELECTOR):
        found = words(container)
        if container.tag == "nav" or has_affix(found, _NAV_AFFIXES) or "dh" in found:
            seen.add(container.mem_id)
            yield container
    for nested in body.css("li > ul, li > ol"):
        root = _list_root(nested)
        if root.mem_id not in seen and not _inside_any(root, seen):
            seen.add(root.mem_id)
            yield root


def _list_root(node: LexborNode) -> LexborNode:
    """The outermost list of a nest of lists."""
    root = node
    parent = node.parent
    while parent is not None and parent.tag in ("li", "ul", "ol"):
        if parent.tag in ("ul", "ol"):
            root = parent
        parent = parent.parent
    return root


def _inside_any(node: LexborNode, ids: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _place(
    anchor: LexborNode, container: LexborNode, resolve: Resolver, heads: dict[int, str | None]
) -> tuple[int, str | None]:
    """(level, parent URL) of a link inside a menu or tree.

    The entries (li, dd) around the link are its own and its ancestors'; a dd is a child of
    the dt before it.
    """
    entries: list[LexborNode] = []
    node = anchor.parent
    stop = container.mem_id
    while node is not None and node.mem_id != stop:
        if node.tag in ("li", "dd"):
            entries.append(node)
        node = node.parent
    if not entries:
        return 1, None
    own = entries[0]
    if own.tag == "dd":
        depth = sum(1 for entry in entries[1:] if entry.tag == "li")
        return min(2 + depth, _MAX_LEVEL), _dt_head(own, resolve)
    first = own.css_first("a[href]")
    # The entry's first link is its own column; a later link in it (a div.sub) is a child.
    parents = entries[1:] if first is None or first.mem_id == anchor.mem_id else entries
    if not parents:
        return 1, None
    return min(1 + len(parents), _MAX_LEVEL), _head(parents[0], resolve, heads)


def _head(entry: LexborNode, resolve: Resolver, heads: dict[int, str | None]) -> str | None:
    """The URL of an entry's first link (its own column), memoised per entry."""
    key = entry.mem_id
    if key not in heads:
        first = entry.css_first("a[href]")
        heads[key] = resolve(first.attributes.get("href") or "") if first is not None else None
    return heads[key]


def _dt_head(dd: LexborNode, resolve: Resolver) -> str | None:
    node = dd.prev
    while node is not None:
        if node.tag == "dt":
            first = node.css_first("a[href]")
            return resolve(first.attributes.get("href") or "") if first is not None else None
        node = node.prev
    return None


def _script_tree(scripts: str, resolve: Resolver, site: str | None) -> Iterator[NavLink]:
    """Column links of a directory tree a script draws from nodes ({id, pId, name, url})."""
    if "pId" not in scripts and "pid" not in scripts.lower():
        return
    for value in script_literals(scripts):
        if not isinstance(value, list):
            continue
        nodes = [node for node in value if isinstance(node, dict) and "name" in node and "id" in node]
        by_id = {str(node["id"]): node for node in nodes}
        for node in nodes:
            parent_key = next((k for k in node if str(k).lower() in _NODE_PARENT_KEYS), None)
            if parent_key is None or not isinstance(node.get("url"), str):
                continue
            level, parent, seen = 1, by_id.get(str(node[parent_key])), set()
            parent_url = resolve(str(parent.get("url") or "")) if parent is not None else None
            while parent is not None and id(parent) not in seen:
                seen.add(id(parent))
                level += 1
                parent_id = next((parent[k] for k in parent if str(k).lower() in _NODE_PARENT_KEYS), None)
                parent = by_id.get(str(parent_id))
            name = norm(str(node["name"]))
            link = _nav_link(str(node["url"]), name, min(level, _MAX_LEVEL), parent_url, resolve, site)
            if link is not None:
                yield link


def _nav_link(
    href: str, name: str, level: int, parent: str | None, resolve: Resolver, site: str | None
) -> NavLink | None:
    """A NavLink for a same-site link to a column (not an article, not the page itself, not 首页)."""
    url = resolve(href)
    if url is None or url == resolve.base_url or date_from_url(url) is not None:
        return None
    if site is not None and host(url) != site:
        return None
    if site is None and SCHEME.match(url):
        return None  # without a base only relative links are known to be on this site
    if not name or name.replace(" ", "").lower() in NAV_JUNK_NAMES:
        return None
    return NavLink(name=name, url=url, level=level, parent=parent if parent != url else None)


def block_heading(container: LexborNode) -> str:
    """The block title of a list or link: a heading that is the container's own first child
    (<div><h4>要闻动态</h4><div class="item">…), else the short text just before it, looking
    up to three levels out (never past the body: the head's <title> is no block's)."""
    own = _own_heading(container)
    if own:
        return own
    node: LexborNode | None = container
    for _ in range(3):
        if node is None or node.tag in ("body", "html"):
            break
        sibling = node.prev
        steps = 0
        while sibling is not None and steps < 3:
            if sibling.is_element_node:
                text = norm(sibling.text())
                if text:
                    if len(text) <= 20 and not _DIGIT.search(text):
                        return text
                    break
            steps += 1
            sibling = sibling.prev
        node = node.parent
    return ""


def _own_heading(container: LexborNode) -> str:
    """The text of a container's first element child when it is a heading (h1-h6)."""
    child = container.child
    while child is not None and not child.is_element_node:
        child = child.next
    if child is None or child.tag not in _HEADING_TAGS:
        return ""
    text = norm(child.text())
    return text if text and len(text) <= 20 and not _DIGIT.search(text) else ""
