"""Signs that a column's own list is empty, whatever other blocks of the page list.

A column with nothing in it keeps its page furniture: a 热点信息 sidebar, another column's
block (其他栏目, 部门动态), a footer with the site's update date. Those dated links are not the
column's. What says the column's own list is empty is that list itself, or what pages it:

- an empty list container in the column's own block: a ul/ol/dl without entries, a table with
  a header and no rows, an empty Hanweb datastore (``<recordset></recordset>``), a list-classed
  div with nothing in it, or a placeholder (暂无信息);
- a pager that counts nothing: 共0条, 共 0 页, 总记录数：0;
- a pager script that counts nothing: createPageHTML(0, 0, …), ``var countPage = 0``,
  ``var totalRecord = 0``, a visible Hanweb jpage with ``totalRecord:0``.

The column's own block may also show one document (a 机构概况 page) beside a sidebar: then
the sidebar is not the column's list either. The caller decides what a sign overrides (only a
list that looks like furniture); this module only finds the signs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborNode

from monitor.extract import families
from monitor.extract._article import content_node, labelled_date
from monitor.extract._column import names_block
from monitor.extract._dom import Marks, has_affix, inside_link, norm, within, words
from monitor.extract._vocab import BLANK_PLACEHOLDERS
from monitor.extract.families.hanweb import is_store

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

# A pager's count of nothing. Written 共0条 / 共 0 页 / 共有0条记录 / 总记录数：0, the digit
# often in a span of its own (共<span>0</span>条), so it is matched on an element's whole text.
_ZERO_TEXT = re.compile(
    r"共\s*有?\s*0\s*(?:条|页|篇|项|个)|(?:总记录数|记录总数|总条数|总记录|记录数)\s*[:：]?\s*0(?!\d)"
)
_ZERO_TEXT_HINTS = ("共", "记录", "总条数")
_PAGER_TEXT_MAX = 120  # a pager line, not a paragraph that happens to say 共0条
_PAGER_LEVELS = 2  # 共<span>0</span>条: the count's text node, its span, the pager
# Counters a template assigns (var totalRecord = 0;). A counter assigned a non-zero value
# elsewhere in the scripts is a script's initial value, not the list's count.
_ZERO_COUNTERS = ("countPage", "totalRecord", "recordCount")
_LIST_SELECTOR = "ul, ol, dl, table, div"
_LIST_AFFIXES = ("list", "liebiao")
_LIST_TAGS = frozenset({"ul", "ol", "dl", "table"})
_CONTENT_TAGS = "a, img, iframe, input"
_DOCUMENT_MIN_TEXT = 200  # as _page._shows_one_document: a document's text, not a caption
_PLACEHOLDER_MAX = 30
# Classes of empty divs that are layout, not a list's place.
_SPACER_WORDS = frozenset({"clear", "clearfix", "cl", "clr", "fix", "line", "space", "spacer", "blank", "hr", "gap",
                           "fl", "fr", "bg", "shadow", "icon", "ico", "img", "pic", "logo", "arrow"})


def own_list_empty(page: Parsed, names: tuple[str, ...], outside: LexborNode, html: str) -> bool:
    """Whether the page says the column's own list is empty (or shows one document instead),
    in a block other than ``outside`` — the list chosen as the column's, which then is
    another block's."""
    if any(family.keeps_list(page, outside) for family in families.with_hook(page, "keeps_list")):  # type: ignore[misc]
        return False  # the chosen list is a family's unit with a pager of its own: a column's list
    if zero_counter(page.scripts):
        return True
    if any(family.counts_nothing(page) for family in families.with_hook(page, "counts_nothing")):  # type: ignore[misc]
        return True
    for node in empty_lists(page.body, page.marks):
        if not _beside(node, outside) and (names_block(node, names) or _list_classed(node)):
            return True
    if any(phrase in html for phrase in BLANK_PLACEHOLDERS):  # cheap test before walking the text
        if placeholder_node(page, names, outside) is not None:
            return True
    for pager in zero_pagers(page.body, page.marks):
        # A count of nothing after a list with entries (the chosen one or not) is one a script
        # fills in: 共<span id="total">0</span>条 in the raw page.
        paged = paged_list(pager)
        if paged is None or paged.css_first("a[href]") is None:
            return True
    return _own_document(page, names, outside)


def zero_counter(scripts: str) -> bool:
    """Whether a template's counter counts no pages or records (var totalRecord = 0 and nothing
    else assigned to it); the families' pager calls counting nothing (createPageHTML(0, 0, …))
    are their counts_nothing hooks."""
    for name in _ZERO_COUNTERS:
        if name not in scripts:
            continue
        values = re.findall(rf"(?<![\w$.]){name}\s*=\s*['\"]?(\d+)['\"]?\s*[;,\n]", scripts)
        if values and all(int(value) == 0 for value in values):
            return True
    return False


def empty_lists(body: LexborNode, marks: Marks) -> Iterator[LexborNode]:
    """List containers with nothing in them, outside navigation and sidebars."""
    for node in body.css(_LIST_SELECTOR):
        if _empty_list(node) and not marks.chrome(node) and not marks.sidebar(node):
            yield node


def _empty_list(node: LexborNode) -> bool:
    if node.tag == "div":
        if is_store(node):
            return node.attributes.get("data-records") == "0"
        # Only a div named a list itself: an empty div inside a list block is a spacer (div.clear).
        return _named_list(node) and _holds_nothing(node)
    if node.tag == "table":
        # A list table keeps its header row (标题, 发布日期) when it has no rows; a layout table
        # with nothing in it is a spacer, not a list.
        header = node.css_first("th")
        has_header = header is not None and bool(norm(header.text()))
        return (has_header or _list_classed(node)) and node.css_first(_CONTENT_TAGS) is None and not any(
            norm(cell.text()) for cell in node.css("td")
        )
    return _holds_nothing(node)


def _holds_nothing(node: LexborNode) -> bool:
    return not norm(node.text()) and node.css_first(_CONTENT_TAGS) is None


def _list_classed(node: LexborNode) -> bool:
    """Whether a list container, or the block right around it, is named a list by its class or
    id (ul.list, div.xxgk-list > table, div.hanweb-records): where the column's items go."""
    return _named_list(node) or (node.tag in _LIST_TAGS and node.parent is not None and _named_list(node.parent))


def _named_list(node: LexborNode) -> bool:
    return has_affix(words(node), _LIST_AFFIXES) or is_store(node)


def _beside(node: LexborNode, outside: LexborNode) -> bool:
    """Whether an empty container sits in the chosen list or right beside it in one block (an
    empty tab panel next to the full one): then it says nothing about the column."""
    parent = node.parent
    return within(node, outside.mem_id) or (parent is not None and within(outside, parent.mem_id))


def zero_pagers(body: LexborNode, marks: Marks) -> Iterator[LexborNode]:
    """Pager elements whose text counts nothing (共0条, 共 0 页), outside sidebars."""
    for node in body.traverse(include_text=True):
        if not node.is_text_node:
            continue
        value = node.text_content or ""
        if not any(hint in value for hint in _ZERO_TEXT_HINTS) or inside_link(node):
            continue
        element = node.parent
        for _ in range(_PAGER_LEVELS):
            if element is None:
                break
            text = norm(element.text())
            if len(text) > _PAGER_TEXT_MAX:
                break
            if _ZERO_TEXT.search(text):
                if not marks.sidebar(element):
                    yield element
                break
            element = element.parent


def paged_list(pager: LexborNode) -> LexborNode | None:
    """The list a pager pages: the nearest element before it holding a list, among its own
    siblings or those of its two nearest ancestors (div.list-content before div.page)."""
    node: LexborNode | None = pager
    for _ in range(3):
        if node is None or node.tag in ("body", "html"):
            return None
        sibling = node.prev
        while sibling is not None:
            if sibling.is_element_node and (sibling.tag in _LIST_TAGS or sibling.css_first("ul, ol, dl, table")):
                return sibling
            sibling = sibling.prev
        node = node.parent
    return None


def placeholder_node(page: Parsed, names: tuple[str, ...], outside: LexborNode | None) -> LexborNode | None:
    """The element of a placeholder text (本栏目暂无信息) in the column's own block (headed by
    its name or right after its breadcrumb), outside the given container, not in a link,
    navigation or sidebar."""
    marks = page.marks
    for node in page.body.traverse(include_text=True):
        if not node.is_text_node:
            continue
        value = (node.text_content or "").strip()
        if not 2 <= len(value) <= _PLACEHOLDER_MAX or not any(phrase in value for phrase in BLANK_PLACEHOLDERS):
            continue
        parent = node.parent
        if parent is None or inside_link(node) or marks.chrome(parent) or marks.sidebar(parent):
            continue
        if outside is not None and within(parent, outside.mem_id):
            continue
        if names_block(parent, names):
            return parent
    return None


def _own_document(page: Parsed, names: tuple[str, ...], outside: LexborNode) -> bool:
    """Whether the column's own block shows one dated document (机构职能 with its 发布时间
    line) outside the chosen list: the page is that document, not the list beside it."""
    node = content_node(page.body, page.marks)
    if node is None or within(node, outside.mem_id) or len(node.text(strip=True)) < _DOCUMENT_MIN_TEXT:
        return False
    block = node.parent if node.parent is not None else node
    return names_block(node, names) and labelled_date(block, page.marks) is not None


def proves_empty(page: Parsed, names: tuple[str, ...]) -> bool:
    """Whether a page that shows no item proves its list empty: an empty list container
    outside furniture (a ul without entries, a table with only its header, an empty Hanweb
    recordset, an empty block right under the column's own heading), a pager counting
    nothing, a counter or a family's pager call counting nothing.
    A page with no list container at all proves nothing (a landing page of categories)."""
    if next(empty_lists(page.body, page.marks), None) is not None:
        return True
    if _empty_own_block(page, names):
        return True
    if zero_counter(page.scripts):
        return True
    if any(family.counts_nothing(page) for family in families.with_hook(page, "counts_nothing")):  # type: ignore[misc]
        return True
    return next(zero_pagers(page.body, page.marks), None) is not None


def _empty_own_block(page: Parsed, names: tuple[str, ...]) -> bool:
    """An empty div (not a layout spacer) in the column's own block: under its heading or
    right after its breadcrumb, where its list would be."""
    if not names:
        return False
    marks = page.marks
    for node in page.body.css("div"):
        if not _bare(node) or words(node) & _SPACER_WORDS or marks.chrome(node) or marks.sidebar(node):
            continue
        if names_block(node, names):
            return True
    return False


def _bare(node: LexborNode) -> bool:
    """Whether an element has no child element and no text (looking at its children only)."""
    for child in node.iter(include_text=True):
        if child.is_element_node or (child.is_text_node and (child.text_content or "").strip()):
            return False
    return True
