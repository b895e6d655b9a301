"""Read one HTML page: its kind, its column's list items and their dates, pager, navigation, links.

The pipeline, in order:

1. the CMS families' prepare hooks turn embedded data into markup (Hanweb records held in
   ``<script type="text/xml">``); then the one parse (selectolax/lexbor) every later step and
   every family reads; metas, every link and the scripts;
2. strip non-content (scripts, styles, form widgets); HTML comments are never content;
3. find row groups: the repeated li/tr/dd/div siblings that carry one titled link each (or
   open by script: onclick, javascript:, postbacks, forms);
4. read each row's item: title, URL, displayed date (the visible publication date, a date in
   the link text, else the URL's date), pinned flag;
5. tell page furniture (navigation, header, footer, sidebars) from the column's own list; a
   list shown through the column's iframe, or carried as script data (page state, inline
   arrays), is read as such;
6. classify the page (blocked, soft404 — by the families' vendor and stock pages too —, article,
   home, list), find the next page (links, then the families' pager scripts);
7. a list page with no item is blank only when it proves it (its own empty list, a placeholder,
   a pager counting nothing); otherwise its frame_url or data_url says where the list is, or
   unreadable says why it cannot be read, or it simply has no list (a landing page).

CMS-specific reading lives in monitor/extract/families/ (one module per family, consulted
through its hooks); this module is the generic pipeline they fall back to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.dates import cell_date, date_from_url, make_date, match_date_cell
from monitor.extract import families
from monitor.extract._article import content_length, labelled_date, read_article
from monitor.extract._column import LOCATION_TEXT, column_names, names_block, names_column
from monitor.extract._dom import Marks, inner_chrome, inside_link, norm, own_chrome, within
from monitor.extract._empty import empty_lists, own_list_empty, placeholder_node, proves_empty
from monitor.extract._frames import content_frame, framed_list
from monitor.extract._jsdata import inline_items
from monitor.extract._model import Article, Item, Link, NavLink, PageExtract
from monitor.extract._nav import block_heading, read_nav
from monitor.extract._pager import next_page
from monitor.extract._parsed import Parsed, Script
from monitor.extract._scripted import data_url, js_rendered
from monitor.extract._scriptlinks import row_target, scripted_target
from monitor.extract._urls import Resolver, at_site_root, is_http_url, same_page, sibling_page
from monitor.extract._vocab import (
    BLANK_PLACEHOLDERS,
    JUNK_TITLES,
    NOT_FOUND_PHRASES,
    SIDEBAR_HEADINGS,
)

_PINNED_HINT = re.compile(r"zd|zhiding|top|stick|ding")  # cheap test before splitting words
_PINNED_WORDS = frozenset({"zd", "zhiding", "istop", "stick", "sticky", "settop", "ding"})
_WORD = re.compile(r"[a-z0-9]+")
# Elements a reader does not see, and last-modified dates (time.updated, span.date.updated).
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_MODIFIED_HINT = re.compile(r"updated|modified", re.IGNORECASE)
_MODIFIED_WORDS = frozenset({"updated", "modified", "datemodified", "lastmodified"})
# A date printed inside a link's text: …通知[2025/11/20], （2025-11-28）, [11-20], or after a space.
_OPEN = r"[\[［【(（〔<]"
_CLOSE = r"[\]］】)）〕>]"
_TITLE_DATE_END = re.compile(rf"\s*{_OPEN}\s*([^\[\]［］【】()（）〔〕<>]{{3,24}}?)\s*{_CLOSE}\s*$")
_TITLE_DATE_START = re.compile(rf"^\s*{_OPEN}\s*([^\[\]［］【】()（）〔〕<>]{{3,24}}?)\s*{_CLOSE}\s*")
_TITLE_PLAIN_DATE_END = re.compile(r"\s+((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*$")

# Row elements whose repeated siblings form a list.
_ROW_TAGS = frozenset({"li", "tr", "dd", "dl", "div", "p", "article", "section"})
_ENTRY_TAGS = frozenset({"li", "tr", "dd"})
_MIN_LINE_ITEMS = 3  # links separated by <br> in one element form a list from this many
_CLIMB = 5  # how many ancestors of a link may be its row (li > div > span > a is depth 3)
_CLICKABLE = "a[href], a[onclick], li[onclick], tr[onclick], dd[onclick]"  # what starts a row
_NESTED_TABLE_CLIMB = 2  # more, past a one-row table in a cell: td > tr > tbody > table > td > tr
_MAX_ROW_ANCHORS = 6
# A group under a class that only looks like a menu's (div.navjz) is kept when it is a list:
# this many rows at least, this share of them dated.
_RESCUE_MIN_ROWS = 5
_TINY_LIST = 3  # a markup list shorter than this (or undated) gives way to a richer inline array
_STRAY_MAX_ITEMS = 2  # a group this small and undated may be a stray link, not the column's list
_RESCUE_DATED_SHARE = 0.8
_MAX_ROW_TEXT = 800
_TITLE_MIN_FOR_BLOCK = 5  # two distinct links with texts this long make a block, not a row
_NOISE_TAGS = ["script", "style", "noscript", "template", "textarea", "select", "object"]

_DIGIT = re.compile(r"\d")
_TITLE_STRIP = re.compile(r"[\s\[\]【】()（）<>《》«»‹›.…:：»>]+")
_ELLIPSIS = re.compile(r"(\.{2,}|…+|。。+)$")
_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])$")
_YEAR_MONTH = re.compile(r"^((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})月?$")
_COMMENT_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*[-/.年]?\s*$")
_TITLE_SPLIT = re.compile(r"\s*[-_|—–]+\s*")
# A link to a column index (…/, …/index.html, a bare host) rather than to an article.
_COLUMN_URL = re.compile(
    r"(?:^[a-z]+://[^/]*|/|/index(?:_\d+)?\.[a-z]+|/default\.[a-z]+)$", re.IGNORECASE
)
_JS_LINE_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)
_JS_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_NOT_FOUND_TITLE = re.compile(r"(?<!\d)404(?!\d)")
_NOT_FOUND_TEXT_MAX = 80
_LATEST = "最新"  # a heading word of sidebars (最新动态) and of some columns' own lists (最新来信)
_PLACEHOLDER_SLACK = 4  # 本栏目暂无信息，敬请关注 is a placeholder; a long title mentioning 暂无信息 is not
# alert('本栏目正在建设中') in a script, or an alert="…" attribute (ASP.NET list controls).
_ALERT = re.compile(r"alert\(\s*['\"]([^'\"]{2,60})['\"]")
_SCRIPT_SHELL = "script-only shell: the page is drawn by JavaScript"
# Why a list cannot be read (PageExtract.unreadable, for reports).
SCRIPT_LIST = "列表由脚本生成，未找到数据地址"
SCRIPT_PAGE = "页面由脚本生成，未找到列表"
_LIST_ELEMENTS = "ul, ol, table, dl"
_CLOSING_HTML = re.compile(r"</html\s*>", re.IGNORECASE)
_OPENING_DOC = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_LIST_TAGS = (("ul", re.compile(r"<ul\b", re.I), re.compile(r"</ul\s*>", re.I)),
              ("table", re.compile(r"<table\b", re.I), re.compile(r"</table\s*>", re.I)))

# Canonical spelling of the 政府网站发展指引 metas (sites write sitename, SITENAME …).
_META_NAMES = {
    name.lower(): name
    for name in (
        "SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription", "ColumnKeywords",
        "ColumnType", "ArticleTitle", "PubDate", "ContentSource", "Keywords", "Description",
        "Author", "Url", "firstpublishedtime",
    )
}


@dataclass(frozen=True)
class _Group:
    """Repeated rows under one container, read as items, with where they sit on the page."""

    items: tuple[Item, ...]
    sidebar: bool  # inside a sidebar or under a 热点/排行/相关… heading
    weak_side: bool  # inside a left/right column
    heading: str
    node: LexborNode  # the rows' container
    rescued: bool = False  # taken as the column's list only because nothing else was one

    @property
    def dated(self) -> int:
        return sum(1 for item in self.items if item.date is not None)


@dataclass(frozen=True)
class _Common:
    """What every kind of page reports besides its items."""

    url: str | None
    title: str
    nav: tuple[NavLink, ...]
    links: tuple[Link, ...]
    meta: dict[str, str]
    problems: tuple[str, ...]


def extract_page(html: str, base_url: str | None = None, *, today: date, hint: str | None = None) -> PageExtract:
    """Read one decoded page.

    ``hint`` is "home" or "list" when the caller knows the page's role; the page is then given
    that kind unless it is a soft 404 or a firewall page ("blocked"). Without a hint the kind is
    read from the page. Items of a list page are its column's own list (never sidebars,
    navigation or footer), or the records of an inline script array when the list is drawn by
    script; items of a home page are the dated items of all its content blocks. A column whose
    own list says it is empty (an empty list or recordset, a placeholder, a pager counting 0) is
    blank, whatever dated links its sidebars or other columns' blocks carry; blank is proven,
    never presumed: a page with no list container at all is not blank. A page hinted "list"
    that shows one document instead of a list (a 机构概况 column) is not blank: its one item is
    the page itself, dated by its PubDate or 发布时间. A list drawn by script from an API is
    never blank: its data_url says where the items are; one shown through a frame has a
    frame_url; one that cannot be read from the page (drawn by script with no data URL found,
    loaded by a postback) has unreadable, a short reason in Chinese. Never raises on any page
    text; a hint other than None, "home" or "list" is a caller's bug (ValueError).
    """
    if hint not in (None, "home", "list"):
        raise ValueError(f"hint must be None, 'home' or 'list', not {hint!r}")
    text = families.prepare(_clean_text(html))
    doc = LexborHTMLParser(text)
    meta = _read_meta(doc)
    resolve = Resolver(_effective_base(doc, base_url))
    links = _read_links(doc, resolve)
    elements = _script_elements(doc)
    scripts = _script_texts(elements)
    scripted = bool(elements)
    doc.strip_tags(_NOISE_TAGS)
    title = _page_title(doc, meta)
    problems = _problems(html, text, doc, scripted)
    if doc.body is None and doc.css_first("frameset") is not None:
        # A frameset page: its content is in its frames; the content frame is where to read it.
        common = _Common(base_url, title, (), links, meta, problems)
        kind = hint or ("home" if at_site_root(resolve.base_url) else "list")
        return _page(common, kind, (), frame_url=content_frame(doc.root, resolve) if doc.root else None)
    body = doc.body or doc.root
    if body is None:
        common = _Common(base_url, title, (), links, meta, problems)
        return _page(common, "list", (), blank=True, reason="无内容")
    page = Parsed(
        body=body, meta=meta, title=title, scripts=scripts, marks=Marks(), resolve=resolve, today=today,
        url=base_url, text=text, script_elements=elements,
    )
    groups = _find_groups(page)
    names = column_names(meta, title)
    main = _main_list(groups, names, page)
    if main is not None and _furniture_like(main, names) and own_list_empty(page, names, main.node, html):
        # The column's own list says it is empty (an empty recordset or list, a placeholder, a
        # pager counting 0) or shows one document: the chosen group is a sidebar's or another
        # column's block, and its dates are not the column's.
        main = None
    frame = framed_list(page, names)
    if main is not None and frame is not None and not _own_block(main, names):
        main = None  # the column's own block shows its list through a frame: the group is another block's
    common = _Common(base_url, title, read_nav(body, scripts, resolve), links, meta, problems)
    own = _with_pinned(main, groups) if main is not None else ()
    items, scripted_list = _prefer_script(own, page)
    if len(items) < 3:
        by_family = _family_kind(page)
        if by_family == "blocked" and not js_rendered(page):
            return _page(common, "blocked", ())
        if by_family == "soft404":
            return _page(common, "soft404", ())
    # A list taken only because nothing else was one (a 最新… block) does not outweigh a page
    # saying it does not exist.
    if _is_soft404(page, () if main is not None and main.rescued else items):
        return _page(common, "soft404", ())

    pager = next_page(page)
    kind = hint or _classify(page, groups, items, pager, common.nav)
    if kind == "article":
        article = read_article(body, meta, title, resolve, page.marks)
        return _page(common, "article", (), article=article, latest=article.published)
    if kind == "home":
        return _page(common, "home", _home_items(groups))
    if not scripted_list and _shows_one_document(page, items):
        article = read_article(body, meta, title, resolve, page.marks)
        item = Item(title=article.title or title, url=resolve.base_url or "", date=article.published)
        return _page(common, "list", (item,), article=article)
    if items:
        return _page(common, "list", items, next_page=pager)
    return _empty_list_page(page, common, names, pager, frame, scripted_list, problems)


def detect_families(html: str, base_url: str | None = None, *, today: date) -> tuple[str, ...]:
    """The names of the CMS families detected on a page (for tests and inspection; the
    pipeline asks each family only when one of its hooks is needed)."""
    text = families.prepare(_clean_text(html))
    doc = LexborHTMLParser(text)
    meta = _read_meta(doc)
    resolve = Resolver(_effective_base(doc, base_url))
    elements = _script_elements(doc)
    doc.strip_tags(_NOISE_TAGS)
    body = doc.body or doc.root
    if body is None:
        return ()
    page = Parsed(
        body=body, meta=meta, title=_page_title(doc, meta), scripts=_script_texts(elements), marks=Marks(),
        resolve=resolve, today=today, url=base_url, text=text, script_elements=elements,
    )
    return families.detected(page)


def _empty_list_page(
    page: Parsed,
    common: _Common,
    names: tuple[str, ...],
    pager: str | None,
    frame: str | None,
    scripted_list: bool,
    problems: tuple[str, ...],
) -> PageExtract:
    """A list page that shows no item: blank only when it proves it (its own list container
    is there and empty, a placeholder says so, a pager counts nothing); a list read elsewhere
    (a data URL, a frame) or that cannot be read (drawn by script, behind a postback) is never
    blank; nor is a page that has no list to be empty (a landing page of service categories)."""
    source = data_url(page)
    if source is not None:
        return _page(common, "list", (), next_page=pager, data_url=source)
    frame = frame or framed_list(page, names, alone=True)
    if frame is not None:
        return _page(common, "list", (), next_page=pager, frame_url=frame)
    if scripted_list or js_rendered(page):
        return _page(common, "list", (), next_page=pager, unreadable=SCRIPT_LIST)
    reason = _placeholder(page.body, page.scripts)
    if reason is not None:
        return _page(common, "list", (), next_page=pager, blank=True, reason=reason)
    for family in families.with_hook(page, "unreadable"):
        why = family.unreadable(page)  # type: ignore[misc]
        if why is not None:
            return _page(common, "list", (), next_page=pager, unreadable=why)
    if _SCRIPT_SHELL in problems and page.body.css_first(_LIST_ELEMENTS) is None:
        # Nothing but script, not even an empty list: a challenge page nobody recognised, or a
        # page drawn entirely by script. Not known to be empty, so never blank.
        return _page(common, "list", (), next_page=pager, unreadable=SCRIPT_PAGE)
    if proves_empty(page, names):
        return _page(common, "list", (), next_page=pager, blank=True, reason="无内容")
    return _page(common, "list", (), next_page=pager)


def _family_kind(page: Parsed) -> str | None:
    """What a family says the page is (a vendor's firewall page, a stock error page), if anything."""
    for family in families.with_hook(page, "page_kind"):
        kind = family.page_kind(page)  # type: ignore[misc]
        if kind is not None:
            return kind
    return None


def _with_pinned(main: _Group, groups: list[_Group]) -> tuple[Item, ...]:
    """The chosen list's items, after the pinned items a template sets apart right above it
    (div.ontop > ul of 置顶 rows, often without a date): they are the column's too."""
    pinned: list[Item] = []
    seen = {(item.url, item.title) for item in main.items}
    before = _preceding_blocks(main.node)
    if before:
        for group in groups:
            if group is main or not group.items or not all(item.pinned for item in group.items):
                continue
            if any(within(group.node, block.mem_id) for block in before):
                pinned.extend(item for item in group.items if (item.url, item.title) not in seen)
    return (*pinned, *main.items) if pinned else main.items


def _preceding_blocks(node: LexborNode) -> list[LexborNode]:
    """The element right before a list container, and the one right before its parent."""
    found: list[LexborNode] = []
    current: LexborNode | None = node
    for _ in range(2):
        if current is None or current.tag in ("body", "html"):
            break
        sibling = current.prev
        while sibling is not None and not sibling.is_element_node:
            sibling = sibling.prev
        if sibling is not None:
            found.append(sibling)
        current = current.parent
    return found


def _prefer_script(items: tuple[Item, ...], page: Parsed) -> tuple[tuple[Item, ...], bool]:
    """The markup's list, or the records a script draws the list from when the markup shows
    none, or only a few or undated links while the script's data has more dated ones: a
    family's reading of the page's data (the column's records of a page-state object), else
    the records of inline script arrays (var itemObj = […]). The flag says the page carries
    its list as script data (read or not)."""
    dated = sum(1 for item in items if item.date is not None)
    if items and dated and len(items) >= _TINY_LIST:
        return items, False
    scripted: tuple[Item, ...] | None = None
    for family in families.with_hook(page, "read_list"):
        scripted = family.read_list(page)  # type: ignore[misc]
        if scripted is not None:
            break
    from_family = scripted is not None
    inline = scripted if scripted is not None else inline_items(page.scripts, page.resolve)
    if not items:
        return inline, from_family
    inline_dated = sum(1 for item in inline if item.date is not None)
    return (inline, from_family) if inline_dated > dated and len(inline) >= len(items) else (items, False)


def _page(
    common: _Common,
    kind: str,
    items: tuple[Item, ...],
    *,
    blank: bool = False,
    reason: str | None = None,
    next_page: str | None = None,
    data_url: str | None = None,
    article: Article | None = None,
    latest: date | None = None,
    frame_url: str | None = None,
    unreadable: str | None = None,
) -> PageExtract:
    """The PageExtract; latest_item_date is the newest item date unless given (articles)."""
    if latest is None:
        latest = max((item.date for item in items if item.date is not None), default=None)
    return PageExtract(
        url=common.url, kind=kind, title=common.title, items=items, latest_item_date=latest, blank=blank,
        blank_reason=reason, next_page=next_page, nav=common.nav, links=common.links, meta=common.meta,
        data_url=data_url, problems=common.problems, article=article, frame_url=frame_url, unreadable=unreadable,
    )


# --- Step 1-3: text, metas, links, scripts, problems ----------------------------------------


def _clean_text(html: str) -> str:
    # Lone surrogates (from a lenient decode) cannot be handed to the parser; NULs are dropped
    # as browsers do.
    return html.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


def _problems(raw: str, text: str, doc: LexborHTMLParser, scripted: bool) -> tuple[str, ...]:
    """What is wrong with the page itself, as short phrases (empty for a sound page).

    doc is the parsed page without its scripts; scripted says whether it had any."""
    if not text.strip():
        return ("empty document",)
    found: list[str] = []
    if "\x00" in raw:
        found.append("NUL characters in the text")
    replaced = text.count("\ufffd")
    if replaced:
        found.append(f"{replaced} undecodable characters")
    tail = text[-2048:]
    if tail.rfind("<") > tail.rfind(">"):
        found.append("truncated document: the last tag is cut off")
    elif _OPENING_DOC.search(text, 0, 4096) and not _CLOSING_HTML.search(tail):
        found.append("truncated document: no </html>")
    for tag, opening, closing in _LIST_TAGS:
        opened, closed = len(opening.findall(text)), len(closing.findall(text))
        if opened > closed:
            found.append(f"unclosed list: {opened} <{tag}> but {closed} </{tag}>")
    if doc.body is None and doc.css_first("frameset") is not None:
        found.append("frameset page: the content is in frames")
    elif doc.body is not None and scripted:
        if len(doc.body.text(strip=True)) < 20 and doc.body.css_first("a[href]") is None:
            found.append(_SCRIPT_SHELL)
    return tuple(found)


def _read_meta(doc: LexborHTMLParser) -> dict[str, str]:
    meta: dict[str, str] = {}
    for node in doc.css("meta[name]"):
        name = (node.attributes.get("name") or "").strip()
        content = node.attributes.get("content")
        if not name or content is None:
            continue
        key = _META_NAMES.get(name.lower(), name)
        meta.setdefault(key, content.strip())
    return meta


def _effective_base(doc: LexborHTMLParser, base_url: str | None) -> str | None:
    """The http(s) URL relative links resolve against: the page URL, or what a ``<base href>``
    makes of it. None when the page URL is missing or not an http(s) URL (links then stay as
    written)."""
    if base_url is None or not is_http_url(base_url):
        return None
    base_url = base_url.split("#", 1)[0]
    node = doc.css_first("base[href]")
    href = node.attributes.get("href") if node is not None else None
    if not href:
        return base_url
    return Resolver(base_url)(href) or base_url


def _read_links(doc: LexborHTMLParser, resolve: Resolver) -> tuple[Link, ...]:
    seen: set[str] = set()
    links: list[Link] = []
    for node in doc.css("a[href], img[src], script[src], link[href], iframe[src]"):
        tag = node.tag or ""
        attrs = node.attributes
        if tag == "link" and (attrs.get("rel") or "").lower() in ("dns-prefetch", "preconnect"):
            continue  # hints to the browser, not resources
        raw = attrs.get("href") if tag in ("a", "link") else attrs.get("src")
        url = resolve(raw or "")
        if url is None or url in seen:
            continue
        seen.add(url)
        if tag == "a":
            text = norm(node.text()) or norm(attrs.get("title") or "")
        elif tag == "img":
            text = norm(attrs.get("alt") or "")
        else:
            text = ""
        links.append(Link(url=url, text=text, tag=tag))
    return tuple(links)


def _script_elements(doc: LexborHTMLParser) -> tuple[Script, ...]:
    """Every <script> as written: src, type, id and code."""
    found = []
    for node in doc.css("script"):
        attrs = node.attributes
        src = attrs.get("src")
        found.append(Script(src=src or None, type=(attrs.get("type") or "").strip().lower(), id=attrs.get("id") or "",
                            code="" if src else node.text()))
    return tuple(found)


def _script_texts(elements: tuple[Script, ...]) -> str:
    """All inline script code, with commented-out lines removed (TRS leaves old pager calls there)."""
    code = "\n".join(element.code for element in elements if element.src is None)
    return _JS_LINE_COMMENT.sub("", _JS_BLOCK_COMMENT.sub("", code))


def _page_title(doc: LexborHTMLParser, meta: dict[str, str]) -> str:
    node = doc.css_first("title")
    title = norm(node.text()) if node is not None else ""
    if not title:
        title = meta.get("ArticleTitle", "")
    if not title and doc.body is not None:
        heading = doc.body.css_first("h1")
        title = norm(heading.text()) if heading is not None else ""
    return title


# --- Step 4-5: row groups and items ---------------------------------------------------------


def _find_groups(page: Parsed) -> list[_Group]:
    """Every group of sibling rows carrying links outside page furniture, read as items.

    A row is an li/tr/dd/dl/div/p ancestor (within _CLIMB levels) of a link; rows sharing a
    parent and tag form a group, and groups whose lists are same-class siblings (a list split
    into several ``<ul>``, one ``<table>`` per item) are merged. A link in a one-row table
    nested in a cell (old templates wrap each title so) climbs past that table to the row
    that holds the item's other cells.
    """
    rows: dict[int, LexborNode] = {}
    members: dict[tuple[int, str], list[int]] = {}
    containers: dict[tuple[int, str], LexborNode] = {}
    link_parents: dict[int, tuple[LexborNode, int]] = {}  # element → how many links it holds directly
    single_row: dict[int, bool] = {}
    for anchor in page.body.css(_CLICKABLE):
        if anchor.tag == "a":
            node = anchor.parent
            if node is not None:
                link_parents[node.mem_id] = (node, link_parents.get(node.mem_id, (node, 0))[1] + 1)
        else:
            node = anchor  # a row that opens by its own onclick, with no link in it
        climb = _CLIMB
        step = 0
        while step < climb:
            step += 1
            if node is None or node.tag in ("body", "html"):
                break
            if node.tag == "table" and climb == _CLIMB and _one_row_in_cell(node, single_row):
                climb += _NESTED_TABLE_CLIMB
            if node.tag in _ROW_TAGS:
                node_id = node.mem_id
                if node_id not in rows:
                    rows[node_id] = node
                    parent = node.parent
                    if parent is not None:
                        key = (parent.mem_id, node.tag or "")
                        containers.setdefault(key, parent)
                        members.setdefault(key, []).append(node_id)
            node = node.parent

    merged: dict[tuple[object, ...], list[tuple[LexborNode, list[int]]]] = {}
    for key, row_ids in members.items():
        container = containers[key]
        # A table's rows sit in its tbody; old templates even give each item a table of its own.
        unit = container.parent if container.tag == "tbody" and container.parent is not None else container
        outer = unit.parent
        merge_key: tuple[object, ...] = key
        if unit.tag in ("ul", "ol", "table", "dl") and outer is not None:
            merge_key = (outer.mem_id, unit.tag, unit.attributes.get("class") or "", key[1])
        merged.setdefault(merge_key, []).append((container, row_ids))

    marks = page.marks
    groups: list[_Group] = []
    for parts in merged.values():
        container = parts[0][0]
        rescue = False
        if marks.chrome(container):
            # Navigation, header, footer: never items, so not worth reading; but a class that
            # merely starts or ends like a menu's (div.navjz) may hold a long dated list.
            if marks.strong_chrome(container) or sum(len(ids) for _, ids in parts) < _RESCUE_MIN_ROWS:
                continue
            rescue = True
        items: list[Item] = []
        seen: set[tuple[str, str]] = set()
        for part, row_ids in parts:
            date_column = _date_column(part) if rows[row_ids[0]].tag == "tr" else None
            for row_id in row_ids:
                row = rows[row_id]
                if row.tag not in _ENTRY_TAGS and own_chrome(row):
                    continue  # a footer or menu div that is itself the row (li.top is a pinned entry)
                item = _row_item(row, page, date_column)
                if item is not None and (item.url, item.title) not in seen:
                    seen.add((item.url, item.title))
                    items.append(item)
        dated = sum(1 for item in items if item.date is not None)
        if rescue and (len(items) < _RESCUE_MIN_ROWS or dated < _RESCUE_DATED_SHARE * len(items)):
            continue
        if items and not dated and _links_here(parts, rows, page):
            continue  # a menu of sibling columns marking the current one: navigation
        if items:
            groups.append(_group(tuple(items), container, marks))
    for parent, count in link_parents.values():
        if count >= _MIN_LINE_ITEMS and not marks.chrome(parent):
            lines = _line_items(parent, page)
            # Mostly dated, or it is a block of links (friendly sites, services) set one per line.
            if len(lines) >= _MIN_LINE_ITEMS and 2 * sum(1 for item in lines if item.date) >= len(lines):
                groups.append(_group(lines, parent, marks))
    return groups


def _one_row_in_cell(table: LexborNode, memo: dict[int, bool]) -> bool:
    """Whether a table holds a single row and sits in another table's cell."""
    key = table.mem_id
    found = memo.get(key)
    if found is None:
        parent = table.parent
        found = memo[key] = parent is not None and parent.tag == "td" and table.css_first("tr ~ tr") is None
    return found


def _group(items: tuple[Item, ...], container: LexborNode, marks: Marks) -> _Group:
    heading = block_heading(container)
    return _Group(
        items=items,
        sidebar=marks.sidebar(container) or _sidebar_heading(heading),
        weak_side=marks.weak_side(container),
        heading=heading,
        node=container,
    )


def _links_here(parts: list[tuple[LexborNode, list[int]]], rows: dict[int, LexborNode], page: Parsed) -> bool:
    """Whether a row of the group is a link to the page itself and nothing else (a menu's
    current entry; a list's row linking its own column beside a title is not one)."""
    base = page.resolve.base_url
    if base is None:
        return False
    for _, row_ids in parts:
        for row_id in row_ids:
            anchors = rows[row_id].css("a[href]")
            if anchors and all(same_page(page.resolve(a.attributes.get("href") or "") or "", base) for a in anchors):
                return True
    return False


def _line_items(parent: LexborNode, page: Parsed) -> tuple[Item, ...]:
    """Items of a list written as lines, not rows: icon, link and (date) in one td, then <br>."""
    lines: list[list[LexborNode]] = [[]]
    for child in parent.iter(include_text=True):
        if child.tag == "br":
            lines.append([])
        else:
            lines[-1].append(child)
    if len(lines) < _MIN_LINE_ITEMS:
        return ()
    items: list[Item] = []
    seen: set[tuple[str, str]] = set()
    for line in lines:
        item = _line_item(line, page)
        if item is not None and (item.url, item.title) not in seen:
            seen.add((item.url, item.title))
            items.append(item)
    return tuple(items)


def _line_item(line: list[LexborNode], page: Parsed) -> Item | None:
    """The one titled link of a line, dated by the date-only texts beside it (else its URL)."""
    best: tuple[str, str] | None = None
    for node in line:
        if node.tag == "a":
            url = page.resolve(node.attributes.get("href") or "")
            title = _anchor_title(node)
            if url is not None and _is_title(title) and (best is None or len(title) > len(best[0])):
                best = (title, url)
    if best is None:
        return None
    title, url = best
    dates: list[date | None] = []
    for node in line:
        if node.is_text_node:
            dates.append(cell_date((node.text_content or "").strip(), today=page.today, url=url))
        elif node.is_element_node and node.tag != "a":
            dates.append(_latest_cell_date(node, page.today, url))
    shown = max((day for day in dates if day is not None), default=None)
    return Item(title=title, url=url, date=shown or date_from_url(url))


def _row_item(row: LexborNode, page: Parsed, date_column: int | None) -> Item | None:
    """The item a row stands for, or None when it is not one (furniture, block, placeholder)."""
    nodes = list(row.traverse())  # one walk of the row's elements serves every check below
    anchors = [
        node for node in nodes if node.tag == "a" and (node.attributes.get("href") or node.attributes.get("onclick"))
    ]
    if not anchors and row.attributes.get("onclick"):
        return _clicked_row_item(row, nodes, page, date_column)
    if not anchors or len(anchors) > _MAX_ROW_ANCHORS:
        return None
    if row.tag not in _ENTRY_TAGS:  # a wrapper div read as a row: not its breadcrumb or menu
        anchors = [anchor for anchor in anchors if not _in_inner_chrome(anchor, row)]
    text = row.text()
    if len(text) > _MAX_ROW_TEXT or any(word in text for word in LOCATION_TEXT):
        return None
    resolve = page.resolve
    best: tuple[str, str] | None = None
    long_urls: set[str] = set()
    for anchor in anchors:
        url = resolve(anchor.attributes.get("href") or "")
        if url is None:
            # Opened by script (onclick="openDoc('123')", a postback, a form): its URL when the
            # script names it, else "" — an item only when dated.
            url = scripted_target(anchor, row, page)
            if url is None:
                continue
        title = _anchor_title(anchor)
        if not _is_title(title):
            continue
        if len(title) >= _TITLE_MIN_FOR_BLOCK:
            long_urls.add(url)
        if best is None or len(title) > len(best[0]):
            best = (title, url)
    if best is None or len(long_urls) > 1:
        return None
    title, url = best
    if same_page(url, resolve.base_url):
        return None  # the page linking to itself (breadcrumb, tab)
    title, in_title = _title_date(title, page.today, url)
    pinned, hidden, modified = _row_marks(nodes, text)
    shown = None
    if _DIGIT.search(text):
        shown = _visible_row_date(row, page.today, url, date_column, hidden, modified)
    shown = shown or in_title
    if not url and shown is None:
        return None  # an undated script link is a tab or a button, not an item
    if shown is None and (_COLUMN_URL.search(url.split("?", 1)[0]) or sibling_page(url, resolve.base_url)):
        return None  # an undated link to a column index or a sibling column is navigation, not an item
    return Item(title=title, url=url, date=shown or date_from_url(url), pinned=pinned)


def _clicked_row_item(row: LexborNode, nodes: list[LexborNode], page: Parsed, date_column: int | None) -> Item | None:
    """A row with no link that opens by its own onclick (<li onclick="location.href='…'">): its
    title is its longest text that is not a date; an item only when dated."""
    url = row_target(row, page)
    text = row.text()
    if url is None or len(text) > _MAX_ROW_TEXT or not _DIGIT.search(text):
        return None
    title = ""
    for node in row.traverse(include_text=True):
        if node.is_text_node:
            value = norm(node.text_content or "")
            if len(value) > len(title) and match_date_cell(value) is None and _is_title(value):
                title = value
    if len(title) < _TITLE_MIN_FOR_BLOCK:
        return None
    pinned, hidden, modified = _row_marks(nodes, text)
    shown = _visible_row_date(row, page.today, url, date_column, hidden, modified)
    if shown is None:
        return None
    return Item(title=title, url=url, date=shown, pinned=pinned)


def _row_marks(nodes: list[LexborNode], text: str) -> tuple[bool, frozenset[int], frozenset[int]]:
    """In one look at a row's elements: whether it is pinned, its hidden elements (display:none,
    hidden) and its last-modified dates (time.updated beside time.published)."""
    pinned = "置顶" in text
    hidden: set[int] = set()
    modified: set[int] = set()
    for node in nodes:
        attrs = node.attributes
        if not attrs:
            continue
        if not pinned and _pinned_mark(node, attrs):
            pinned = True
        style = attrs.get("style")
        if "hidden" in attrs or (style and _HIDDEN_STYLE.search(style)):
            hidden.add(node.mem_id)
            continue
        classes = attrs.get("class")
        if classes and _MODIFIED_HINT.search(classes):
            found = set(_WORD.findall(classes.lower()))
            if found & _MODIFIED_WORDS and "published" not in found:
                modified.add(node.mem_id)
        elif (attrs.get("itemprop") or "") == "dateModified":
            modified.add(node.mem_id)
    return pinned, frozenset(hidden), frozenset(modified)


def _visible_row_date(
    row: LexborNode, today: date, url: str, date_column: int | None, hidden: frozenset[int], modified: frozenset[int]
) -> date | None:
    """The row's date as a reader sees it: its visible publication date over a date the page
    hides (display:none) or a last-modified date (time.updated beside time.published); those
    only when the row shows no other."""
    if not hidden and not modified:
        return _row_date(row, today, url, date_column)
    return (
        _row_date(row, today, url, date_column, hidden | modified)
        or _row_date(row, today, url, date_column, hidden)
        or _row_date(row, today, url, date_column)
    )


def _title_date(title: str, today: date, url: str) -> tuple[str, date | None]:
    """A date printed inside the link text ([2025/11/20] or （2025-11-28） at its end or start,
    or after a space at its end) taken out of the title: (title, date)."""
    if not _DIGIT.search(title):
        return title, None
    for pattern in (_TITLE_DATE_END, _TITLE_DATE_START, _TITLE_PLAIN_DATE_END):
        found = pattern.search(title)
        if found is None:
            continue
        day = cell_date(found[1], today=today, url=url)
        if day is not None:
            rest = (title[: found.start()] + title[found.end() :]).strip()
            return (rest or title), day
    return title, None


def _in_inner_chrome(anchor: LexborNode, row: LexborNode) -> bool:
    """Whether a link sits in a breadcrumb, menu or pager inside the row (a wrapper div read
    as a row holds the page's breadcrumb beside its list)."""
    node = anchor.parent
    stop = row.mem_id
    while node is not None and node.mem_id != stop:
        if inner_chrome(node):
            return True
        node = node.parent
    return False


def _anchor_title(anchor: LexborNode) -> str:
    """The link's title: its text without any date cell inside it, or @title when the text is cut."""
    parts = []
    for node in anchor.traverse(include_text=True):
        if node.is_text_node:
            value = node.text_content or ""
            if match_date_cell(value) is None:
                parts.append(value)
    text = norm("".join(parts))
    full = norm(anchor.attributes.get("title") or "")
    if full and (not text or (len(full) > len(text) and full.startswith(_ELLIPSIS.sub("", text)))):
        return full
    return text


def _is_title(title: str) -> bool:
    """Whether a link text can be an item's title: not furniture (更多, 下一页), not a template
    ({{el.title}}), not a placeholder (暂无信息！) — though a real title may mention one."""
    key = _TITLE_STRIP.sub("", title).lower()
    if len(key) < 2 or key.isdigit() or key in JUNK_TITLES or "{{" in title:
        return False
    return not any(phrase in key and len(key) <= len(phrase) + _PLACEHOLDER_SLACK for phrase in BLANK_PLACEHOLDERS)


def _row_date(
    row: LexborNode, today: date, url: str, date_column: int | None, skip: frozenset[int] = frozenset()
) -> date | None:
    """The date displayed in a row: the 发布日期 cell when the table header names one, else
    the latest date-only text in the row (成文日期 never exceeds 发布日期), else a labelled
    date in a longer line ("发布时间：2024-05-06 浏览：12"). Texts inside the skip elements
    do not count."""
    if date_column is not None:
        cells = [cell for cell in row.iter() if cell.tag in ("td", "th")]
        if date_column < len(cells):
            return _latest_cell_date(cells[date_column], today, url, skip)
    found = _latest_cell_date(row, today, url, skip)
    if found is not None or skip:
        return found
    return labelled_date(row, None)


def _latest_cell_date(node: LexborNode, today: date, url: str, skip: frozenset[int] = frozenset()) -> date | None:
    """The latest date among the date-only texts under node (see dates.cell_date), leaving out
    texts inside the skip elements."""
    found: list[date] = []
    comment_year: int | None = None
    day: int | None = None
    year_month: re.Match[str] | None = None  # a split date's year and month, its day to follow
    stop = node.mem_id
    for child in node.traverse(include_text=True):
        if skip and _inside(child, skip, stop):
            continue
        if child.is_comment_node:
            year = _COMMENT_YEAR.match(child.comment_content or "")
            comment_year = int(year[1]) if year else None
        elif child.is_text_node:
            value = (child.text_content or "").strip()
            if not value:
                continue
            shown = cell_date(value, today=today, url=url, comment_year=comment_year)
            if shown is None and day is not None:
                shown = _split_date(day, value)
            if shown is None and year_month is not None and _DAY.match(value):
                shown = make_date(int(year_month[1]), int(year_month[2]), int(value))
            if shown is not None:
                found.append(shown)
            comment_year = None  # a year in a comment belongs to the text right after it
            day = int(value) if _DAY.match(value) else None
            year_month = _YEAR_MONTH.match(value)
    return max(found) if found else None


def _inside(node: LexborNode, elements: frozenset[int], stop: int) -> bool:
    """Whether a node is one of the elements or inside one, looking up to the stop element."""
    current: LexborNode | None = node
    while current is not None:
        key = current.mem_id
        if key in elements:
            return True
        if key == stop:
            return False
        current = current.parent
    return False


def _split_date(day: int, text: str) -> date | None:
    """A date written as a big day followed by its year and month: <b>14</b> 2026.07 (or the
    other way round, which the caller reads with the same pattern)."""
    year_month = _YEAR_MONTH.match(text)
    return make_date(int(year_month[1]), int(year_month[2]), day) if year_month else None


def _pinned_mark(node: LexborNode, attrs: dict[str, str | None]) -> bool:
    """Whether an element marks its row as pinned: a zd/zhiding/top class, a 置顶 icon."""
    marks = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if _PINNED_HINT.search(marks):
        found = set(_WORD.findall(marks))
        if found & _PINNED_WORDS or (node.tag == "li" and "top" in found):
            return True
    if node.tag == "img":
        source = f"{attrs.get('src') or ''} {attrs.get('alt') or ''}".lower()
        return "zhiding" in source or "置顶" in source or "固顶" in source or "ontop" in source
    return False


def _date_column(container: LexborNode) -> int | None:
    """Index of the 发布日期 column named by a table's header row, or None."""
    table = container.parent if container.tag in ("tbody", "thead") else container
    headers: list[LexborNode] = []
    if table is not None:
        head = table.css_first("thead tr")
        if head is not None:
            headers.append(head)
    for row in container.iter():
        if row.tag == "tr":
            headers.append(row)
            if len(headers) >= 3:
                break
    for header in headers:
        if header.css_first("a[href]") is not None:
            continue
        names = [norm(cell.text()) for cell in header.iter() if cell.tag in ("td", "th")]
        for i, name in enumerate(names):
            if "发布" in name and ("日期" in name or "时间" in name):
                return i
        for i, name in enumerate(names):
            if ("日期" in name or "时间" in name) and "成文" not in name and len(name) <= 8:
                return i
    return None


# --- Step 6: which group is the column's own list -------------------------------------------


def _sidebar_heading(heading: str) -> bool:
    return any(word in heading for word in SIDEBAR_HEADINGS)


def _main_list(groups: list[_Group], column_names: tuple[str, ...], page: Parsed) -> _Group | None:
    """The column's own list: the best-scoring group outside navigation and sidebars.

    A sidebar whose heading is the column's own name (a column called 最新动态) is not a sidebar.
    A stray group of one or two undated links (a search link in a top bar) is no list when the
    page shows an empty list or a placeholder of its own. When nothing else is a list, a dated
    list outside the page's sidebars that only its 最新… heading made look like one (a mailbox
    page's 最新来信) is the column's.
    """
    best: tuple[float, int] | None = None
    chosen: _Group | None = None
    shows_empty: bool | None = None
    for position, group in enumerate(groups):
        own_name = names_column(group.heading, column_names)
        if group.sidebar and not own_name:
            continue
        if not own_name and len(group.items) <= _STRAY_MAX_ITEMS and not group.dated:
            if shows_empty is None:
                shows_empty = _column_block_empty(page, column_names)
            if shows_empty:
                continue
        score = float(len(group.items) + 2 * group.dated)
        if own_name:
            score *= 3
        if group.weak_side:
            score *= 0.5
        if best is None or (score, -position) > best:
            best, chosen = (score, -position), group
    if chosen is None or (len(chosen.items) <= _STRAY_MAX_ITEMS and not chosen.dated):
        return _latest_headed(groups, page) or chosen
    return chosen


def _latest_headed(groups: list[_Group], page: Parsed) -> _Group | None:
    """The one dated list headed 最新… (最新来信, 最新公开) outside any sidebar container: a
    sidebar by its heading only. None when there is none or more than one."""
    found = [
        group for group in groups
        if group.sidebar and group.dated >= _TINY_LIST and _LATEST in group.heading
        and not any(word in group.heading for word in SIDEBAR_HEADINGS if word != _LATEST)
        and not page.marks.sidebar(group.node)
    ]
    return replace(found[0], rescued=True) if len(found) == 1 else None


def _column_block_empty(page: Parsed, column_names: tuple[str, ...]) -> bool:
    """Whether the block headed by the column's own name holds an empty list (a ul/ol without
    entries) or a placeholder: where the column's list would be, empty."""
    for node in empty_lists(page.body, page.marks):
        if node.tag in ("ul", "ol") and names_block(node, column_names):
            return True
    return placeholder_node(page, column_names, None) is not None


def _own_block(group: _Group, column_names: tuple[str, ...]) -> bool:
    """Whether a group is headed by the column's name or sits right after its breadcrumb."""
    return names_column(group.heading, column_names) or names_block(group.node, column_names)


def _furniture_like(main: _Group, column_names: tuple[str, ...]) -> bool:
    """Whether the chosen group may be page furniture rather than the column's own list: it
    sits in a sidebar or a side column, or under a heading of its own (部门动态, 其他栏目) — not
    the column's name nor right after the column's breadcrumb."""
    if _own_block(main, column_names):
        return False
    return main.sidebar or main.weak_side or bool(main.heading)


def _home_items(groups: list[_Group]) -> tuple[Item, ...]:
    """Items of every content block (sidebars included, navigation and footer not), once each;
    undated ones too (a 文件下载 block), since links to column indexes were never items."""
    seen: set[str] = set()
    items: list[Item] = []
    for group in groups:
        for item in group.items:
            if item.url not in seen:
                seen.add(item.url)
                items.append(item)
    return tuple(items)


# --- Step 7: page kind, blank ---------------------------------------------------------------


def _classify(
    page: Parsed, groups: list[_Group], items: tuple[Item, ...], pager: str | None, nav: tuple[NavLink, ...]
) -> str:
    """article, home or list, for a page nobody said the role of."""
    if len(items) < 8 and _looks_like_article(page):
        return "article"
    if pager is not None or _pager_script(page):
        return "list"
    column = page.meta.get("ColumnName", "")
    if column and column not in ("首页", "网站首页"):
        return "list"
    blocks = sorted((g.dated for g in groups if g.dated >= 2), reverse=True)
    if len(blocks) >= 3 and not (blocks[0] >= 10 and blocks[0] >= 2 * blocks[1]):
        return "home"
    if len(blocks) >= 2 and at_site_root(page.resolve.base_url):
        return "home"  # one big block (tabs merged) beside others, at the site's own root
    if not blocks and len(nav) >= 12 and not _TITLE_SPLIT.search(page.title) and _placeholder(page.body) is None:
        return "home"  # a navigation-only homepage
    return "list"


def _pager_script(page: Parsed) -> bool:
    """Whether a CMS family's pager script pages this page (TRS createPageHTML, Hanweb jpage
    showing more records than one page …)."""
    return any(family.paged(page) for family in families.with_hook(page, "paged"))  # type: ignore[misc]


def _looks_like_article(page: Parsed) -> bool:
    """Article metas and some body text, or a visible 发布时间 line and a long body text (some
    text will do at an article's own URL, /202512/t20251220_1.html)."""
    if any(key in page.meta for key in ("PubDate", "ArticleTitle", "firstpublishedtime")):
        return content_length(page.body, page.marks) >= 20
    if labelled_date(page.body, page.marks) is None:
        return False
    at_article_url = page.resolve.base_url is not None and date_from_url(page.resolve.base_url) is not None
    return content_length(page.body, page.marks) >= (20 if at_article_url else 200)


def _shows_one_document(page: Parsed, items: tuple[Item, ...]) -> bool:
    """Whether a page read as a list really shows one document: article metas or a 发布时间
    line with its text next to at most two linked rows (attachments, 上一篇/下一篇), or a
    long text of its own and no list at all."""
    if len(items) < 3 and _looks_like_article(page):
        return True
    return not items and content_length(page.body, page.marks) >= 200


def _is_soft404(page: Parsed, items: tuple[Item, ...]) -> bool:
    """A page answering 200 that says it does not exist (or is under maintenance), with no
    real list of its own."""
    if len(items) >= 3:
        return False
    title = page.title
    if _NOT_FOUND_TITLE.search(title) or any(phrase in title for phrase in NOT_FOUND_PHRASES):
        return True
    # The message is a short sentence of its own ("对不起，您访问的页面不存在或已删除！"); the
    # same words inside an article's paragraphs do not make the page missing.
    for node in page.body.traverse(include_text=True):
        if node.is_text_node:
            value = node.text_content or ""
            if len(value) <= _NOT_FOUND_TEXT_MAX and any(phrase in value for phrase in NOT_FOUND_PHRASES):
                if not inside_link(node):  # an item's title quoting 页面不存在
                    return True
    return False


def _placeholder(body: LexborNode, scripts: str = "") -> str | None:
    """The placeholder phrase of an empty column, when a short text on the page says one, or
    an alert the page pops up (a script's alert('…'), a list control's alert="…")."""
    texts = [(node.text_content or "").strip() for node in body.traverse(include_text=True) if node.is_text_node]
    if "alert" in scripts:
        texts.extend(match[1] for match in _ALERT.finditer(scripts))
    texts.extend(node.attributes.get("alert") or "" for node in body.css("[alert]"))
    for value in texts:
        if 2 <= len(value) <= 30:
            for phrase in BLANK_PLACEHOLDERS:
                if phrase in value:
                    return phrase
    return None

