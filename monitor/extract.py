"""Read a government web page: its list items and their dates, pager, navigation and links.

Extraction is pure: a function of the page text, its URL and the date the caller says it is.
It runs as a pipeline of small steps:

1. unwrap embedded data (Hanweb records held in ``<script type="text/xml">``) into markup;
2. parse with selectolax (lexbor); read metas, every link and the inline scripts;
3. strip non-content (scripts, styles, form widgets); HTML comments are never content;
4. find row groups: the repeated li/tr/dd/div siblings that carry one titled link each;
5. read each row's item: title, URL, displayed date (else the URL's date), pinned flag;
6. tell page furniture (navigation, header, footer, sidebars) from the column's own list;
7. classify the page (soft404, article, home, list), find the next page and blank placeholders.

Nothing here raises on bad input: malformed, truncated or binary text gives a page with
fewer findings, never an exception.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from html import escape
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.dates import cell_date, date_from_url, make_date, match_date_cell, parse_date

__all__ = [
    "BLANK_PLACEHOLDERS",
    "Item",
    "Link",
    "NavLink",
    "PageExtract",
    "extract_page",
    "to_inspect_json",
]

# --- Vocabulary: what government pages write, as data -------------------------------------

# Texts a CMS shows in place of an empty list. Longest first, so the reason names the most
# specific phrase seen. Only short standalone texts count (a title may contain 建设中).
BLANK_PLACEHOLDERS: tuple[str, ...] = (
    "本栏目暂无信息", "该栏目暂无信息", "没有找到相关信息", "本栏目正在建设中", "该栏目正在建设中",
    "暂无相关信息", "没有相关信息", "栏目正在建设", "正在建设中", "栏目建设中", "内容更新中",
    "正在更新中", "暂无信息", "暂无数据", "暂无内容", "暂无记录", "暂无文章", "暂无新闻",
    "没有记录", "没有数据", "无相关信息", "敬请期待",
)
# Phrases of HTTP-200 "not found" and maintenance pages.
NOT_FOUND_PHRASES: tuple[str, ...] = (
    "页面不存在", "网页不存在", "信息已删除或不存在", "已删除或不存在", "页面已删除", "信息不存在",
    "文章不存在", "内容不存在", "页面未找到", "找不到页面", "找不到您要访问的页面", "无法找到该页",
    "页面走丢", "404 Not Found", "临时维护", "系统维护中", "网站维护中", "正在维护",
)
# Block headings of sidebars that list other columns' (often newer) items.
SIDEBAR_HEADINGS: tuple[str, ...] = (
    "热点", "热门", "排行", "推荐", "相关", "最新", "点击", "阅读", "友情链接", "专题", "浏览",
)
# Link texts that are furniture, not item titles (compared after dropping brackets and arrows).
JUNK_TITLES = frozenset({
    "更多", "more", "查看更多", "更多信息", "详细", "详情", "查看详情", "阅读全文", "全文", "首页",
    "网站首页", "上一页", "下一页", "上页", "下页", "尾页", "末页", "第一页", "最后一页", "返回",
    "返回顶部", "返回首页", "打印", "打印本页", "关闭", "关闭窗口", "收藏", "加入收藏", "设为首页",
})
MORE_TEXTS = frozenset({"更多", "more", "查看更多", "更多信息", "更多内容"})
NEXT_PAGE_TEXTS = frozenset({"下一页", "下页", "下一頁", "后一页", "后页", "next", "nextpage"})
NAV_JUNK_NAMES = frozenset({
    "首页", "网站首页", "返回首页", "主页", "home", "设为首页", "加入收藏", "无障碍", "无障碍浏览",
    "长者模式", "关怀版", "english", "手机版", "移动版", "登录", "注册", "繁体", "繁體", "简体",
    "网站地图", "更多",
})

# class/id words marking page furniture: affixes match a word that starts or ends with them,
# words match whole words, and the solo words only a class/id made of nothing else ("top" is
# the header bar, "top-news" a homepage block). Not "page" nor "search": whole templates are
# wrapped in div.page, and search results are lists.
_CHROME_AFFIXES = ("nav", "menu", "foot", "header", "breadcrumb", "crumb", "copyright", "pagination", "paging")
_CHROME_WORDS = frozenset({
    "topbar", "bottom", "links", "link", "yqlj", "friend", "friendlink", "share", "position",
    "location", "dqwz", "weizhi", "pager", "fenye", "login", "toolbar", "banquan", "weather",
    "daohang", "dh",
})
_CHROME_SOLO = frozenset({"top", "head"})
_SIDEBAR_AFFIXES = ("side", "hot", "rank", "tuijian", "recommend", "related", "xgwz", "xgxx")
# Weak hints: a left/right column is as often the main list as a sidebar.
_WEAK_SIDE_WORDS = frozenset({"right", "left", "r", "l", "aside"})
_CHROME_TAGS = frozenset({"nav", "header", "footer"})
_PINNED_HINT = re.compile(r"zd|zhiding|top|stick|ding")  # cheap test before splitting words
_PINNED_WORDS = frozenset({"zd", "zhiding", "istop", "stick", "sticky", "settop", "ding"})

# Row elements whose repeated siblings form a list.
_ROW_TAGS = frozenset({"li", "tr", "dd", "dl", "div", "p", "article", "section"})
_CLIMB = 5  # how many ancestors of a link may be its row (li > div > span > a is depth 3)
_MAX_ROW_ANCHORS = 6
_MAX_ROW_TEXT = 800
_TITLE_MIN_FOR_BLOCK = 5  # two distinct links with texts this long make a block, not a row
_NOISE_TAGS = ["script", "style", "noscript", "template", "textarea", "select", "object"]

_WORD = re.compile(r"[a-z0-9]+")
_SPACE = re.compile(r"\s+")
_URL_SPACE = re.compile(r"[\t\r\n]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_DIGIT = re.compile(r"\d")
_TITLE_STRIP = re.compile(r"[\s\[\]【】()（）<>《》«»‹›.…:：»>]+")
_ELLIPSIS = re.compile(r"(\.{2,}|…+|。。+)$")
_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])$")
_YEAR_MONTH = re.compile(r"^((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})月?$")
_COMMENT_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*[-/.年]?\s*$")
_TITLE_SPLIT = re.compile(r"\s*[-_|—–]+\s*")
_LOCATION_TEXT = ("当前位置", "现在的位置", "所在位置", "您的位置")
_PUBLISHED_LINE = re.compile(r"(?:发布|发文|更新)?(?<!成文)(?:时间|日期)\s*[:：]")
# A link to a column index (…/, …/index.html, a bare host) rather than to an article.
_COLUMN_URL = re.compile(
    r"(?:^[a-z]+://[^/]*|/|/index(?:_\d+)?\.[a-z]+|/default\.[a-z]+)$", re.IGNORECASE
)
_HOST = re.compile(r"^https?://([^/?#]*)", re.IGNORECASE)

# Pagination scripts (see cms-patterns §3).
_JS_LINE_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)
_JS_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CREATE_PAGE_CONTAINER = re.compile(
    r"createPageHTML\(\s*['\"][^'\"]*['\"]\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]"
)
_CREATE_PAGE_NUMERIC = re.compile(
    r"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]"
)
_COUNT_PAGE = re.compile(r"\bcountPage\s*=\s*(\d+)")
_CURRENT_PAGE = re.compile(r"\bcurrentPage\s*=\s*(\d+)")
_PAGE_FILE = re.compile(r"/([A-Za-z]+)(?:_\d+)?\.([A-Za-z]+)$")
_LS_HREF = re.compile(r"location\.href\s*=\s*['\"]([^'\"]*pageIndex=)['\"]\s*\+\s*pageIndex")
_LS_CURRENT = re.compile(r"currPage\s*:\s*\(?\s*(\d+)\s*(?:\+\s*(\d+)\s*)?\)?")
_LS_COUNT = re.compile(r"pageCount\s*:\s*(\d+)")
_NOT_FOUND_TITLE = re.compile(r"(?<!\d)404(?!\d)")
_PAGER_SCRIPT = re.compile(r"createPageHTML|countPage|Ls\.pagination|\.jpage\(")
_HANWEB_TOTAL = re.compile(r"totalRecord\s*:\s*(\d+)")

# Inline data of JS-rendered lists: a raw page with an empty container is not blank when these
# show content (gkmlpt post_count, TRS recordCount, 疾控局 itemObj, Huzhou dataList …).
_JS_CONTENT = (
    re.compile(r"post_count[\"']?\s*:\s*[1-9]"),
    re.compile(r"recordCount\s*[:=]\s*['\"]?[1-9]"),
    re.compile(r"totalRecord\s*:\s*[1-9]"),
    re.compile(r"\bitemObj\s*=\s*\[\s*\{"),
    re.compile(r"\bdataList\s*=\s*\[\s*\{"),
    re.compile(r"\bqueryData\s*="),
)

# Hanweb keeps its list as CDATA records in XML, inside a script or as a proxy response.
_DATASTORE = re.compile(
    r"(?:<script\b[^>]*>\s*)?<datastore>(.*?)</datastore>(?:\s*</script>)?", re.DOTALL | re.IGNORECASE
)
_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.DOTALL | re.IGNORECASE)
_NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[(.*?)\]\]>", re.DOTALL | re.IGNORECASE)
_TABLE_RECORD = re.compile(r"\s*<(?:tr|table|td)\b", re.IGNORECASE)
_HREF = re.compile(r"href\s*=\s*['\"]([^'\"]+)['\"]", re.IGNORECASE)

# Canonical spelling of the 政府网站发展指引 metas (sites write sitename, SITENAME …).
_META_NAMES = {
    name.lower(): name
    for name in (
        "SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription", "ColumnKeywords",
        "ColumnType", "ArticleTitle", "PubDate", "ContentSource", "Keywords", "Description",
        "Author", "Url", "firstpublishedtime",
    )
}


# --- Public types ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One entry of a list: its title, absolute URL (when a base is known) and date."""

    title: str
    url: str
    date: date | None
    pinned: bool = False


@dataclass(frozen=True)
class Link:
    """A link or resource on the page, for broken-link checking."""

    url: str
    text: str
    tag: str  # "a" | "img" | "script" | "link" | "iframe"


@dataclass(frozen=True)
class NavLink:
    """A column link found in navigation (level 1 = top nav, 2 = sub-nav)."""

    name: str
    url: str
    level: int


@dataclass(frozen=True)
class PageExtract:
    """What one page says, as far as freshness monitoring cares."""

    url: str | None
    kind: str  # "list" | "home" | "article" | "soft404"
    title: str
    items: tuple[Item, ...]
    latest_item_date: date | None
    blank: bool
    blank_reason: str | None
    next_page: str | None
    nav: tuple[NavLink, ...]
    links: tuple[Link, ...]
    meta: dict[str, str]

    @property
    def item_count(self) -> int:
        return len(self.items)


# --- Internal types -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    """What the page gives every step: where relative links point and what day it is."""

    base_url: str | None
    today: date
    resolve: _Resolver


@dataclass(frozen=True)
class _Parsed:
    """The parsed page every later step reads: body (scripts stripped), metas, title, script code."""

    body: LexborNode
    meta: dict[str, str]
    title: str
    scripts: str
    marks: _Marks


@dataclass(frozen=True)
class _Group:
    """Repeated rows under one container, read as items, with where they sit on the page."""

    items: tuple[Item, ...]
    sidebar: bool  # inside a sidebar or under a 热点/排行/相关… heading
    weak_side: bool  # inside a left/right column
    heading: str

    @property
    def dated(self) -> int:
        return sum(1 for item in self.items if item.date is not None)


# --- Entry points ---------------------------------------------------------------------------


def extract_page(html: str, base_url: str | None = None, *, today: date, hint: str | None = None) -> PageExtract:
    """Read one decoded page.

    ``hint`` is "home" or "list" when the caller knows the page's role; the page is then given
    that kind unless it is a soft 404. Without a hint the kind is read from the page. Items
    of a list page are its column's own list (never sidebars, navigation or footer); items of
    a home page are the dated items of all its content blocks. A page hinted "list" that
    shows one document instead of a list (a 机构概况 column) is not blank: its one item is
    the page itself, dated by its PubDate or 发布时间. Never raises on any page text; a hint
    other than None, "home" or "list" is a caller's bug (ValueError).
    """
    if hint not in (None, "home", "list"):
        raise ValueError(f"hint must be None, 'home' or 'list', not {hint!r}")
    doc = LexborHTMLParser(_unwrap_records(_clean_text(html)))
    meta = _read_meta(doc)
    base = _effective_base(doc, base_url)
    ctx = _Context(base_url=base, today=today, resolve=_Resolver(base))
    links = _read_links(doc, ctx)
    scripts = _script_texts(doc)
    doc.strip_tags(_NOISE_TAGS)
    title = _page_title(doc, meta)
    body = doc.body or doc.root  # a frameset page has no body
    if body is None:
        return _page(base_url, "list", title, (), True, "无内容", None, (), links, meta)
    page = _Parsed(body=body, meta=meta, title=title, scripts=scripts, marks=_Marks())

    groups = _find_groups(page, ctx)
    main = _main_list(groups, _column_names(meta, title))
    nav = _read_nav(body, ctx)
    next_page = _next_page(body, scripts, ctx)
    if _is_soft404(page, main):
        return _page(base_url, "soft404", title, (), False, None, None, nav, links, meta)

    kind = hint or _classify(page, groups, main, next_page, nav)
    if kind == "article":
        published = _article_date(page)
        return _page(base_url, "article", title, (), False, None, None, nav, links, meta, latest=published)
    if kind == "home":
        return _page(base_url, "home", title, _home_items(groups), False, None, None, nav, links, meta)
    items = main.items if main is not None else ()
    blank, reason = False, None
    if _shows_one_document(page, items):
        heading = meta.get("ArticleTitle") or _heading(body) or title
        items = (Item(title=heading, url=base or "", date=_article_date(page)),)
    elif not items and not _js_rendered(page):
        blank, reason = True, _placeholder(body) or "无内容"
    return _page(base_url, "list", title, items, blank, reason, next_page, nav, links, meta)


def to_inspect_json(page: PageExtract, encoding: str | None) -> dict[str, Any]:
    """The ``monitor inspect --json`` object of contracts §3, with ISO dates or null."""
    return {
        "url": page.url,
        "encoding": encoding,
        "kind": page.kind,
        "items": [
            {"title": item.title, "url": item.url, "date": item.date.isoformat() if item.date else None}
            for item in page.items
        ],
        "item_count": page.item_count,
        "latest_item_date": page.latest_item_date.isoformat() if page.latest_item_date else None,
        "blank": page.blank,
        "next_page": page.next_page,
    }


def _page(
    url: str | None,
    kind: str,
    title: str,
    items: tuple[Item, ...],
    blank: bool,
    reason: str | None,
    next_page: str | None,
    nav: tuple[NavLink, ...],
    links: tuple[Link, ...],
    meta: dict[str, str],
    *,
    latest: date | None = None,
) -> PageExtract:
    """The PageExtract; latest_item_date is the newest item date unless given (articles)."""
    if latest is None:
        latest = max((item.date for item in items if item.date is not None), default=None)
    return PageExtract(
        url=url, kind=kind, title=title, items=items, latest_item_date=latest, blank=blank,
        blank_reason=reason, next_page=next_page, nav=nav, links=links, meta=meta,
    )


# --- Step 1-3: text, embedded data, metas, links, scripts -----------------------------------


def _clean_text(html: str) -> str:
    # Lone surrogates (from a lenient decode) cannot be handed to the parser; NULs are dropped
    # as browsers do.
    return html.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


def _unwrap_records(html: str) -> str:
    """Replace Hanweb ``<datastore>`` XML with its records as plain markup."""
    if "<datastore" not in html and "<DATASTORE" not in html:
        return html
    return _DATASTORE.sub(_records_markup, html)


def _records_markup(match: re.Match[str]) -> str:
    found = _RECORD.findall(match[1])
    records = "".join(found)
    nextgroup = _NEXTGROUP.search(match[1])
    href = _HREF.search(nextgroup[1]) if nextgroup else None
    attribute = f' data-nextgroup="{escape(href[1])}"' if href else ""
    count = len(found)
    # Table-row records need a table around them, or the parser drops the tr/td tags.
    wrapper = "table" if _TABLE_RECORD.match(records) else "ul"
    return f'<div class="hanweb-records" data-records="{count}"{attribute}><{wrapper}>{records}</{wrapper}></div>'


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
    if base_url is None or not _is_http_url(base_url):
        return None
    node = doc.css_first("base[href]")
    href = node.attributes.get("href") if node is not None else None
    if not href:
        return base_url
    return _Resolver(base_url)(href) or base_url


def _host(url: str) -> str | None:
    """The lowercased host[:port] of an absolute http(s) URL, else None."""
    found = _HOST.match(url)
    return found[1].lower() if found else None


def _parses(url: str) -> bool:
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


def _is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed IPv6 host
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


class _Resolver:
    """Turns the hrefs of one page into absolute http(s) URLs without fragment, memoised.

    Returns None for javascript:, mailto:, tel:, data:, bare fragments and unparseable URLs;
    without a base URL an href is returned as written (less its fragment). The common shapes
    (absolute, /rooted, ./relative) skip urljoin, which dominates the cost on link-heavy pages.
    """

    def __init__(self, base_url: str | None) -> None:
        self.base_url = base_url
        self._cache: dict[str, str | None] = {}
        self._origin = self._directory = self._document = None
        if base_url is not None:
            parts = urlsplit(base_url)
            if parts.scheme in ("http", "https") and parts.netloc:
                self._origin = f"{parts.scheme}://{parts.netloc}"
                path = parts.path or "/"
                self._directory = self._origin + path[: path.rfind("/") + 1]
                self._document = self._origin + path

    def __call__(self, href: str) -> str | None:
        if href in self._cache:
            return self._cache[href]
        url = self._resolve(href)
        self._cache[href] = url
        return url

    def _resolve(self, href: str) -> str | None:
        href = _URL_SPACE.sub("", href.strip())
        if not href or href.startswith("#"):
            return None
        scheme = _SCHEME.match(href)
        if scheme:
            if scheme[1].lower() not in ("http", "https"):
                return None
            href = scheme[1].lower() + href[len(scheme[1]) :]  # HTTP://… is http://…
        href = href.split("#", 1)[0]
        if self.base_url is None:
            url = href
        else:
            url = self._fast_join(href, bool(scheme)) or self._join(href)
            if not url.startswith(("http://", "https://")):
                return None
        # Callers split these URLs; one urlsplit cannot parse (a malformed IPv6 host, a
        # full-width ／ in the host) is not a link anyone can follow.
        if not url or ((not url.isascii() or "[" in url or "]" in url) and not _parses(url)):
            return None
        return url

    def _join(self, href: str) -> str:
        try:
            return urljoin(self.base_url or "", href)
        except ValueError:
            return ""

    def _fast_join(self, href: str, absolute: bool) -> str | None:
        """urljoin for hrefs without dot segments, or None to let urljoin decide."""
        if self._origin is None or "/." in href or href.startswith("."):
            if href.startswith("./") and "/." not in href[1:] and self._directory is not None:
                return self._directory + href[2:]
            return None
        if absolute:
            return href if href.startswith(("http://", "https://")) else None
        if href.startswith("//"):
            return self._origin.split(":", 1)[0] + ":" + href
        if href.startswith("/"):
            return self._origin + href
        if href.startswith("?"):
            return self._document + href if self._document is not None else None
        return self._directory + href if self._directory is not None else None


def _read_links(doc: LexborHTMLParser, ctx: _Context) -> tuple[Link, ...]:
    seen: set[str] = set()
    links: list[Link] = []
    for node in doc.css("a[href], img[src], script[src], link[href], iframe[src]"):
        tag = node.tag or ""
        attrs = node.attributes
        if tag == "link" and (attrs.get("rel") or "").lower() in ("dns-prefetch", "preconnect"):
            continue  # hints to the browser, not resources
        raw = attrs.get("href") if tag in ("a", "link") else attrs.get("src")
        url = ctx.resolve(raw or "")
        if url is None or url in seen:
            continue
        seen.add(url)
        if tag == "a":
            text = _norm(node.text()) or _norm(attrs.get("title") or "")
        elif tag == "img":
            text = _norm(attrs.get("alt") or "")
        else:
            text = ""
        links.append(Link(url=url, text=text, tag=tag))
    return tuple(links)


def _script_texts(doc: LexborHTMLParser) -> str:
    """All inline script code, with commented-out lines removed (TRS leaves old pager calls there)."""
    parts = [node.text() for node in doc.css("script") if not node.attributes.get("src")]
    code = "\n".join(parts)
    return _JS_LINE_COMMENT.sub("", _JS_BLOCK_COMMENT.sub("", code))


def _page_title(doc: LexborHTMLParser, meta: dict[str, str]) -> str:
    node = doc.css_first("title")
    title = _norm(node.text()) if node is not None else ""
    if not title:
        title = meta.get("ArticleTitle", "")
    if not title and doc.body is not None:
        title = _heading(doc.body)
    return title


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# --- Step 4-5: row groups and items ---------------------------------------------------------


def _find_groups(page: _Parsed, ctx: _Context) -> list[_Group]:
    """Every group of sibling rows carrying links outside page furniture, read as items.

    A row is an li/tr/dd/dl/div/p ancestor (within _CLIMB levels) of a link; rows sharing a
    parent and tag form a group, and groups whose lists are same-class siblings (a list split
    into several ``<ul>``, one ``<table>`` per item) are merged.
    """
    rows: dict[int, LexborNode] = {}
    members: dict[tuple[int, str], list[int]] = {}
    containers: dict[tuple[int, str], LexborNode] = {}
    for anchor in page.body.css("a[href]"):
        node = anchor.parent
        for _ in range(_CLIMB):
            if node is None or node.tag in ("body", "html"):
                break
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
        if marks.chrome(container):
            continue  # navigation, header, footer: never items, so not worth reading
        items: list[Item] = []
        seen: set[tuple[str, str]] = set()
        for part, row_ids in parts:
            date_column = _date_column(part) if rows[row_ids[0]].tag == "tr" else None
            for row_id in row_ids:
                item = _row_item(rows[row_id], ctx, date_column)
                if item is not None and (item.url, item.title) not in seen:
                    seen.add((item.url, item.title))
                    items.append(item)
        if not items:
            continue
        heading = _block_heading(container)
        groups.append(
            _Group(
                items=tuple(items),
                sidebar=marks.sidebar(container) or _sidebar_heading(heading),
                weak_side=marks.weak_side(container),
                heading=heading,
            )
        )
    return groups


def _row_item(row: LexborNode, ctx: _Context, date_column: int | None) -> Item | None:
    """The item a row stands for, or None when it is not one (furniture, block, placeholder)."""
    nodes = list(row.traverse())  # one walk of the row's elements serves every check below
    anchors = [node for node in nodes if node.tag == "a" and node.attributes.get("href")]
    if not anchors or len(anchors) > _MAX_ROW_ANCHORS:
        return None
    text = row.text()
    if len(text) > _MAX_ROW_TEXT or any(word in text for word in _LOCATION_TEXT):
        return None
    best: tuple[str, str] | None = None
    long_urls: set[str] = set()
    for anchor in anchors:
        url = ctx.resolve(anchor.attributes.get("href") or "")
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
    if ctx.base_url is not None and url == ctx.base_url:
        return None  # the page linking to itself (breadcrumb, tab)
    shown = _row_date(row, ctx, url, date_column) if _DIGIT.search(text) else None
    if shown is None and _COLUMN_URL.search(url.split("?", 1)[0]):
        return None  # an undated link to a column index is navigation, not an item
    pinned = "置顶" in text or any(_pinned_mark(node) for node in nodes)
    return Item(title=title, url=url, date=shown or date_from_url(url), pinned=pinned)


def _anchor_title(anchor: LexborNode) -> str:
    """The link's title: its text without any date cell inside it, or @title when the text is cut."""
    parts = []
    for node in anchor.traverse(include_text=True):
        if node.is_text_node:
            value = node.text_content or ""
            if match_date_cell(value) is None:
                parts.append(value)
    text = _norm("".join(parts))
    full = _norm(anchor.attributes.get("title") or "")
    if full and (not text or (len(full) > len(text) and full.startswith(_ELLIPSIS.sub("", text)))):
        return full
    return text


def _is_title(title: str) -> bool:
    key = _TITLE_STRIP.sub("", title).lower()
    if len(key) < 2 or key.isdigit() or key in JUNK_TITLES or "{{" in title:
        return False
    return not any(phrase in key for phrase in BLANK_PLACEHOLDERS)


def _row_date(row: LexborNode, ctx: _Context, url: str, date_column: int | None) -> date | None:
    """The date displayed in a row: the 发布日期 cell when the table header names one, else
    the latest date-only text in the row (成文日期 never exceeds 发布日期), else a labelled
    date in a longer line ("发布时间：2024-05-06 浏览：12")."""
    if date_column is not None:
        cells = [cell for cell in row.iter() if cell.tag in ("td", "th")]
        if date_column < len(cells):
            return _latest_cell_date(cells[date_column], ctx, url)
    return _latest_cell_date(row, ctx, url) or _published_line(row)


def _latest_cell_date(node: LexborNode, ctx: _Context, url: str) -> date | None:
    """The latest date among the date-only texts under node (see dates.cell_date)."""
    found: list[date] = []
    comment_year: int | None = None
    day: int | None = None
    for child in node.traverse(include_text=True):
        if child.is_comment_node:
            year = _COMMENT_YEAR.match(child.comment_content or "")
            comment_year = int(year[1]) if year else None
        elif child.is_text_node:
            value = (child.text_content or "").strip()
            if not value:
                continue
            shown = cell_date(value, today=ctx.today, url=url, comment_year=comment_year)
            if shown is None and day is not None:
                shown = _split_date(day, value)
            if shown is not None:
                found.append(shown)
            comment_year = None  # a year in a comment belongs to the text right after it
            day = int(value) if _DAY.match(value) else None
    return max(found) if found else None


def _split_date(day: int, text: str) -> date | None:
    """A date written as a big day followed by its year and month: <b>14</b> 2026.07."""
    year_month = _YEAR_MONTH.match(text)
    return make_date(int(year_month[1]), int(year_month[2]), day) if year_month else None


def _pinned_mark(node: LexborNode) -> bool:
    """Whether an element marks its row as pinned: a zd/zhiding/top class, a 置顶 icon."""
    attrs = node.attributes
    marks = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if _PINNED_HINT.search(marks):
        words = set(_WORD.findall(marks))
        if words & _PINNED_WORDS or (node.tag == "li" and "top" in words):
            return True
    if node.tag == "img":
        source = f"{attrs.get('src') or ''} {attrs.get('alt') or ''}".lower()
        return "zhiding" in source or "置顶" in source
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
        names = [_norm(cell.text()) for cell in header.iter() if cell.tag in ("td", "th")]
        for i, name in enumerate(names):
            if "发布" in name and ("日期" in name or "时间" in name):
                return i
        for i, name in enumerate(names):
            if ("日期" in name or "时间" in name) and "成文" not in name and len(name) <= 8:
                return i
    return None


# --- Step 6: where a group sits on the page -------------------------------------------------


def _words(node: LexborNode) -> set[str]:
    attrs = node.attributes
    return set(_WORD.findall(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()))


def _has_affix(words: set[str], affixes: tuple[str, ...]) -> bool:
    return any(word.startswith(affix) or word.endswith(affix) for word in words for affix in affixes)


class _Marks:
    """Memoised answers to "is this node inside navigation / a sidebar / a side column?"."""

    def __init__(self) -> None:
        self._chrome: dict[int, bool] = {}
        self._sidebar: dict[int, bool] = {}
        self._weak: dict[int, bool] = {}

    def chrome(self, node: LexborNode | None) -> bool:
        return self._up(node, self._chrome, _own_chrome)

    def sidebar(self, node: LexborNode | None) -> bool:
        return self._up(node, self._sidebar, _own_sidebar)

    def weak_side(self, node: LexborNode | None) -> bool:
        return self._up(node, self._weak, lambda n: bool(_words(n) & _WEAK_SIDE_WORDS))

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


def _own_chrome(node: LexborNode) -> bool:
    if node.tag in _CHROME_TAGS:
        return True
    words = _words(node)
    if len(words) == 1 and words <= _CHROME_SOLO:
        return True
    return bool(words & _CHROME_WORDS) or _has_affix(words, _CHROME_AFFIXES)


def _own_sidebar(node: LexborNode) -> bool:
    return node.tag == "aside" or _has_affix(_words(node), _SIDEBAR_AFFIXES)


def _block_heading(container: LexborNode) -> str:
    """The short text just before a list (its block title), looking up to three levels out."""
    node: LexborNode | None = container
    for _ in range(3):
        if node is None:
            break
        sibling = node.prev
        steps = 0
        while sibling is not None and steps < 3:
            if sibling.is_element_node:
                text = _norm(sibling.text())
                if text:
                    if len(text) <= 20 and not _DIGIT.search(text):
                        return text
                    break
            steps += 1
            sibling = sibling.prev
        node = node.parent
    return ""


def _sidebar_heading(heading: str) -> bool:
    return any(word in heading for word in SIDEBAR_HEADINGS)


def _column_names(meta: dict[str, str], title: str) -> tuple[str, ...]:
    """Names the column goes by: its ColumnName meta and the first and last parts of the page
    title (工作动态_某市人民政府, 某市人民政府-工作动态)."""
    parts = _TITLE_SPLIT.split(title) if title else []
    names = [meta.get("ColumnName", "").strip(), *(parts[:1] + parts[-1:])]
    return tuple(name for name in names if len(name) >= 2)


def _names_column(heading: str, column_names: tuple[str, ...]) -> bool:
    """Whether a block heading is the column's own name (工作动态, 工作动态 更多>>), not merely
    contains it (相关工作动态)."""
    key = _TITLE_STRIP.sub("", heading)
    return bool(key) and any(key.startswith(name) for name in column_names)


def _main_list(groups: list[_Group], column_names: tuple[str, ...]) -> _Group | None:
    """The column's own list: the best-scoring group outside navigation and sidebars.

    A sidebar whose heading is the column's own name (a column called 最新动态) is not a sidebar.
    """
    best: tuple[float, int] | None = None
    chosen: _Group | None = None
    for position, group in enumerate(groups):
        own_name = _names_column(group.heading, column_names)
        if group.sidebar and not own_name:
            continue
        score = float(len(group.items) + 2 * group.dated)
        if own_name:
            score *= 3
        if group.weak_side:
            score *= 0.5
        if best is None or (score, -position) > best:
            best, chosen = (score, -position), group
    return chosen


def _home_items(groups: list[_Group]) -> tuple[Item, ...]:
    """Dated items of every content block (sidebars included, navigation and footer not), once each."""
    seen: set[str] = set()
    items: list[Item] = []
    for group in groups:
        for item in group.items:
            if item.date is not None and item.url not in seen:
                seen.add(item.url)
                items.append(item)
    return tuple(items)


# --- Step 7: page kind, blank, pager, navigation ---------------------------------------------


def _classify(
    page: _Parsed, groups: list[_Group], main: _Group | None, next_page: str | None, nav: tuple[NavLink, ...]
) -> str:
    """article, home or list, for a page nobody said the role of."""
    if (main is None or len(main.items) < 8) and _looks_like_article(page):
        return "article"
    if next_page is not None or _PAGER_SCRIPT.search(page.scripts):
        return "list"
    column = page.meta.get("ColumnName", "")
    if column and column not in ("首页", "网站首页"):
        return "list"
    blocks = sorted((g.dated for g in groups if g.dated >= 2), reverse=True)
    if len(blocks) >= 3 and not (blocks[0] >= 10 and blocks[0] >= 2 * blocks[1]):
        return "home"
    if not blocks and len(nav) >= 12 and not _TITLE_SPLIT.search(page.title) and _placeholder(page.body) is None:
        return "home"  # a navigation-only homepage
    return "list"


def _looks_like_article(page: _Parsed) -> bool:
    """Article metas and some body text, or a visible 发布时间 line and a long body text."""
    if any(key in page.meta for key in ("PubDate", "ArticleTitle", "firstpublishedtime")):
        return _body_text_length(page) >= 20
    return _published_line(page.body) is not None and _body_text_length(page) >= 200


def _shows_one_document(page: _Parsed, items: tuple[Item, ...]) -> bool:
    """Whether a page read as a list really shows one document: article metas or a 发布时间
    line with its text next to at most two linked rows (attachments, 上一篇/下一篇), or a
    long text of its own and no list at all."""
    if len(items) < 3 and _looks_like_article(page):
        return True
    return not items and _body_text_length(page) >= 200


def _body_text_length(page: _Parsed) -> int:
    """Length of the longest text outside page furniture: a run of paragraphs sharing a
    parent, or a single text (old templates write articles as text and <br> in a td)."""
    by_parent: dict[int, tuple[LexborNode, int]] = {}
    for paragraph in page.body.css("p"):
        parent = paragraph.parent
        if parent is not None:
            _, length = by_parent.get(parent.mem_id, (parent, 0))
            by_parent[parent.mem_id] = (parent, length + len(paragraph.text(strip=True)))
    lengths = [length for parent, length in by_parent.values() if not page.marks.chrome(parent)]
    for node in page.body.traverse(include_text=True):
        if node.is_text_node:
            length = len((node.text_content or "").strip())
            if length >= 20 and not page.marks.chrome(node.parent):
                lengths.append(length)
    return max(lengths, default=0)


def _published_line(node: LexborNode) -> date | None:
    """The full date after the first 发布时间/发布日期/日期: label under node (not 成文日期)."""
    for child in node.traverse(include_text=True):
        if child.is_text_node:
            value = child.text_content or ""
            label = _PUBLISHED_LINE.search(value) if len(value) <= 120 else None
            if label is not None:
                found = parse_date(value[label.end() :])
                if found is not None:
                    return found
    return None


def _article_date(page: _Parsed) -> date | None:
    for key in ("PubDate", "firstpublishedtime"):
        found = parse_date(page.meta.get(key, ""))
        if found is not None:
            return found
    return _published_line(page.body)


def _heading(body: LexborNode) -> str:
    node = body.css_first("h1")
    return _norm(node.text()) if node is not None else ""


def _is_soft404(page: _Parsed, main: _Group | None) -> bool:
    """A page answering 200 that says it does not exist (or is under maintenance), with no
    real list of its own."""
    if main is not None and len(main.items) >= 3:
        return False
    title = page.title
    if _NOT_FOUND_TITLE.search(title) or any(phrase in title for phrase in NOT_FOUND_PHRASES):
        return True
    text = page.body.text(separator=" ")
    return any(phrase in text for phrase in NOT_FOUND_PHRASES)


def _placeholder(body: LexborNode) -> str | None:
    """The placeholder phrase of an empty column, when a short text on the page says one."""
    for node in body.traverse(include_text=True):
        if node.is_text_node:
            value = (node.text_content or "").strip()
            if 2 <= len(value) <= 30:
                for phrase in BLANK_PLACEHOLDERS:
                    if phrase in value:
                        return phrase
    return None


def _js_rendered(page: _Parsed) -> bool:
    """Whether the list is filled in by script from inline data that shows content."""
    if any(pattern.search(page.scripts) for pattern in _JS_CONTENT):
        return True
    return page.body.css_first("[ms-repeat], [ms-for], [v-for], [querydata]") is not None


def _next_page(body: LexborNode, scripts: str, ctx: _Context) -> str | None:
    """The next page of this list, from a 下一页 link or the CMS's pager script; None on the last page."""
    for candidate in (_next_link(body, ctx), _next_from_script(scripts, ctx), _next_hanweb_group(body, scripts, ctx)):
        if candidate is not None and candidate != ctx.base_url:
            return candidate
    return None


def _next_link(body: LexborNode, ctx: _Context) -> str | None:
    for anchor in body.css("a[href]"):
        label = _TITLE_STRIP.sub("", anchor.text() or anchor.attributes.get("title") or "").lower()
        words = _words(anchor)
        if label in NEXT_PAGE_TEXTS or any(word.endswith("next") for word in words):
            url = ctx.resolve(anchor.attributes.get("href") or "")
            if url is not None and url != ctx.base_url:
                return url
    return None


def _next_from_script(scripts: str, ctx: _Context) -> str | None:
    # TRS 海云: createPageHTML('page_div', pages, current(1-based), prefix, ext, records)
    match = _CREATE_PAGE_CONTAINER.search(scripts)
    if match:
        pages, current, prefix, ext = int(match[1]), int(match[2]), match[3], match[4]
        return _relative(f"{prefix}_{current + 1}.{ext}", ctx) if current < pages else None
    # TRS classic: createPageHTML(pages, current(0-based), name, ext[, style, records])
    match = _CREATE_PAGE_NUMERIC.search(scripts)
    if match:
        pages, current, name, ext = int(match[1]), int(match[2]), match[3], match[4]
        return _relative(f"{name}_{current + 1}.{ext}", ctx) if current + 1 < pages else None
    # TRS inline: var countPage = n; var currentPage = c (0-based), pages index_N.<ext>
    count, current_match = _COUNT_PAGE.search(scripts), _CURRENT_PAGE.search(scripts)
    if count and current_match:
        pages, current = int(count[1]), int(current_match[1])
        if current + 1 >= pages:
            return None
        name, ext = "index", "html"
        page_file = _PAGE_FILE.search(urlsplit(ctx.base_url).path) if ctx.base_url else None
        if page_file:
            name, ext = page_file[1], page_file[2]
        return _relative(f"{name}_{current + 1}.{ext}", ctx)
    # Anhui Ls.pagination: location.href='…?pageIndex=' + pageIndex, {currPage:(0+1), pageCount:N}
    target, current_match, count = _LS_HREF.search(scripts), _LS_CURRENT.search(scripts), _LS_COUNT.search(scripts)
    if target and current_match and count:
        current = int(current_match[1]) + int(current_match[2] or 0)  # 1-based
        return _relative(f"{target[1]}{current + 1}", ctx) if current < int(count[1]) else None
    return None


def _next_hanweb_group(body: LexborNode, scripts: str, ctx: _Context) -> str | None:
    """Hanweb embeds the first group of records; the proxy serves the rest when there are more."""
    store = body.css_first("div.hanweb-records[data-nextgroup]")
    total = _HANWEB_TOTAL.search(scripts)
    if store is None or total is None:
        return None
    shown = int(store.attributes.get("data-records") or 0)
    if shown >= int(total[1]):
        return None
    return ctx.resolve(store.attributes.get("data-nextgroup") or "")


def _relative(path: str, ctx: _Context) -> str:
    return ctx.resolve(path) or path


def _read_nav(body: LexborNode, ctx: _Context) -> tuple[NavLink, ...]:
    """Same-site column links: navigation menus (level 1 for the top menu, 2 for sub-menus),
    then the 更多 links of content blocks, named by the block's heading (level 1).

    Homepages often put only sections (政务公开, 互动交流) in the menu and reach the columns
    that matter (工作动态, 通知公告) through their blocks' 更多 links.
    """
    host = _host(ctx.base_url) if ctx.base_url else None
    found: dict[str, NavLink] = {}
    containers = body.css(
        'nav, [class*="nav" i], [id*="nav" i], [class*="menu" i], [id*="menu" i], '
        '[class*="daohang" i], [id*="daohang" i], [class~="dh" i], [id~="dh" i]'
    )
    for container in containers:
        words = _words(container)
        if container.tag != "nav" and not (_has_affix(words, ("nav", "menu", "daohang")) or "dh" in words):
            continue
        sub = _has_affix(words, ("sub", "second", "erji", "left", "side"))
        for anchor in container.css("a[href]"):
            name = _norm(anchor.text()) or _norm(anchor.attributes.get("title") or "")
            level = 2 if sub or _nested_item(anchor, container) else 1
            link = _nav_link(anchor, name, level, ctx, host)
            if link is not None and (link.url not in found or link.level < found[link.url].level):
                found[link.url] = link
    for anchor in body.css("a[href]"):
        if _TITLE_STRIP.sub("", anchor.text()).lower() in MORE_TEXTS:
            link = _nav_link(anchor, _block_heading(anchor), 1, ctx, host)
            if link is not None and link.url not in found:
                found[link.url] = link
    return tuple(found.values())


def _nav_link(anchor: LexborNode, name: str, level: int, ctx: _Context, host: str | None) -> NavLink | None:
    """A NavLink for a same-site link to a column (not an article, not the page itself, not 首页)."""
    url = ctx.resolve(anchor.attributes.get("href") or "")
    if url is None or url == ctx.base_url or date_from_url(url) is not None:
        return None
    if host is not None and _host(url) != host:
        return None
    if host is None and _SCHEME.match(url):
        return None  # without a base only relative links are known to be on this site
    if not name or name.replace(" ", "").lower() in NAV_JUNK_NAMES:
        return None
    return NavLink(name=name, url=url, level=level)


def _nested_item(anchor: LexborNode, container: LexborNode) -> bool:
    """Whether a link sits in a menu inside a menu entry (li inside li, or a dd)."""
    depth = 0
    node = anchor.parent
    stop = container.mem_id
    while node is not None and node.mem_id != stop:
        if node.tag == "dd":
            return True
        if node.tag == "li":
            depth += 1
            if depth >= 2:
                return True
        node = node.parent
    return False
