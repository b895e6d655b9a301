"""A site's own search (deduct.search): the homepage's search form, and what its result page shows.

``find_search`` reads the search form a homepage offers: a ``<form>`` with a text input named as
search engines name it (q, searchword, keyword …) or submitting to a search program (search.do,
jrobot, was5/web/search, s.jsp …), with its hidden inputs kept as fixed parameters; else a box a
script submits, when an inline script or handler spells the URL out
(``location.href='/search.html?q='+…``). ``has_search_box`` tells whether a homepage shows a
search box at all, even one whose URL cannot be worked out: that site has a search we could not
run, not a missing one. ``read_results`` reads a result page for a title: found when a result
link's text carries the title (or its first 10 characters) or links to the item's page; no result
when the page says so (共找到0条, 没有找到相关结果) or lists results none of which is the item;
unclear otherwise (results loaded by script, a page that is not a result page).

Pure: no I/O, never raises.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, quote_plus, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.extract._dom import Marks, norm
from monitor.extract._model import Item
from monitor.extract._urls import Resolver
from monitor.extract._vocab import NOT_FOUND_PHRASES

# Names search engines give their query box: TRS WAS (searchword), Hanweb jsearch/jrobot (q),
# 开普云 (qt), home-grown CMSs (keyword, key, kw, SearchWords …). Compared lowercased.
FIELD_NAMES = frozenset({
    "q", "qt", "query", "querystring", "keyword", "keywords", "key", "keys", "kw", "wd", "word", "words",
    "searchword", "searchwords", "searchkey", "searchkeys", "searchkeyword", "searchtext", "searchvalue",
    "searchstr", "search", "sw", "skey", "stext", "ss", "sousuo", "title_keyword", "fulltext",
})
# Programs that answer searches, matched in the lowercased action path (or a script's URL).
_SEARCH_ACTION = re.compile(
    r"search|jrobot|jsearch|sousuo|jiansuo|/s\.(?:jsp|do|html?|aspx?|php)|/so/|/s/?$|/was5?/|fulltext|quanwen|/query"
)
# What a search box says of itself: placeholder, button text, image alt, class and id words.
_BOX_TEXT = ("搜索", "检索", "关键字", "关键词", "站内搜", "全文搜", "搜 索", "search")
_BOX_ATTR = re.compile(r"search|sousuo|souso|keyword|searchword|jiansuo|(?:^|[_\-\s])(?:ss|kw|sw)(?:$|[_\-\s\d])", re.IGNORECASE)
_TEXT_TYPES = ("", "text", "search")
# A header fetched by script or frame: header.js, top.html, toubu.shtml, .load("/head.html").
_HEADER_FILE = re.compile(r"(?:^|/)(?:header|head|top|toubu|dingbu)(?:[_\-.][\w\-.]*)?\.(?:js|s?html?)$", re.IGNORECASE)
_LOADS_HEADER = re.compile(r"""\.load\(\s*['"](?:[^'"]*/)?(?:header|head|top|toubu|dingbu)[_\-.]""", re.IGNORECASE)
# Inputs that make a form something else: a login, a message or upload form.
_NOT_SEARCH_INPUTS = ("password", "file")
# A URL a script navigates to with the query appended: location.href = '/search.html?q=' + …,
# window.open("https://so.x.gov.cn/s?siteCode=…&qt=" + …).
_SCRIPT_URL = re.compile(
    r"""(?:location|\.href|\.action|open|assign|replace)[^'"`;{}]{0,40}?['"`]"""
    r"""([^'"`\s<>]*\?(?:[^'"`\s<>]*&)?([A-Za-z_][\w\-]*)=)['"`]\s*\+""",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|\u22ef+)$")
QUERY_MAX = 40  # characters of a title sent as the query
MATCH_PREFIX = 10  # a result titled with the title's first characters counts (lists cut titles)

# What a result page writes when nothing was found. A hint such as 如未找到所需信息 is not one.
_NO_RESULT = re.compile(
    r"(?<![如若倘果])(?:没有|未能?|无法|并未)(?:找到|检索到|搜索到|查询到|查到|搜到|匹配到)"
    r"(?:任何)?(?:与|和|相关|符合|匹配|您|结果|记录|信息|数据|内容|的)"
    r"|找不到(?:任何|相关|与|符合|匹配|您)"
    r"|(?:暂无|没有|无)(?:任何)?(?:相关|匹配|符合条件)?的?(?:搜索|检索|查询)?(?:结果|记录)"
    r"|搜索结果为空|检索结果为空|结果为空"
)
# The count a result page states: 共找到12条结果, 找到相关结果约1,230个, 共0条记录.
_COUNT = re.compile(r"(?:共|总共|找到|检索到|搜索到|查询到|获得)[^\d\n。，,]{0,8}?(\d[\d,]*)\s*(?:条|个|篇|项|份|results?)")
# Elements a script shows or hides: their text is a template's, not what the page says.
_SCRIPTED_ATTRS = ("v-if", "v-else", "v-else-if", "v-show", "v-for", "ng-if", "ng-show", "ng-hide", "ng-repeat",
                   "x-show", "x-if", ":class", "wx:if")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_NOISE_TAGS = ["script", "style", "noscript", "template", "textarea", "select", "option"]


@dataclass(frozen=True)
class SearchForm:
    """A site search: where it submits, the query field, the fixed parameters sent with it.

    method is the form's (a POST form is tried with GET, as most search programs take both);
    charset the form's accept-charset, when it names one.
    """

    action: str
    field: str
    params: tuple[tuple[str, str], ...] = ()
    method: str = "get"
    charset: str | None = None

    def url_for(self, query: str, encoding: str | None = None) -> str:
        """The URL a browser opens to search `query`: the action (less its own query string, as
        browsers drop it on GET) with the parameters and the query, encoded in the form's
        charset, else `encoding` (the page's), else UTF-8."""
        charset = _codec(self.charset) or _codec(encoding) or "utf-8"
        pairs = [*self.params, (self.field, query)]
        encoded = "&".join(
            f"{quote_plus(name, encoding=charset, errors='xmlcharrefreplace')}="
            f"{quote_plus(value, encoding=charset, errors='xmlcharrefreplace')}"
            for name, value in pairs
        )
        try:
            parts = urlsplit(self.action)
            return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", encoded, ""))
        except ValueError:
            return f"{self.action.split('?', 1)[0]}?{encoded}"


@dataclass(frozen=True)
class SearchResults:
    """What a result page showed for one title.

    state: "found" (a result is the item), "no_result" (the page says nothing was found, or lists
    results none of which is the item), "unclear" (no results shown and no saying why: loaded
    by script, or not a result page). hits are the result links that are the item; count the
    number of results the page states, when it states one.
    """

    state: Literal["found", "no_result", "unclear"]
    hits: tuple[Item, ...] = ()
    count: int | None = None


def _codec(name: str | None) -> str | None:
    """A charset name Python knows (gb2312 is read as its superset gbk), else None."""
    if not name:
        return None
    names = name.replace(",", " ").split()
    name = names[0].strip("'\";").lower() if names else ""
    if name in ("gb2312", "gb_2312-80", "x-gbk"):
        name = "gbk"
    try:
        "".encode(name)
    except (LookupError, ValueError):
        return None
    return name


def _parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html.encode("utf-8", "replace").decode("utf-8").replace("\x00", ""))


def search_query(title: str) -> str:
    """The query for a listed title: its text without a trailing ellipsis, at most QUERY_MAX characters."""
    text = norm(title)
    text = _ELLIPSIS.sub("", text).strip()
    return text[:QUERY_MAX]


# ---- the form ----------------------------------------------------------------------------------

def find_search(html: str, base_url: str | None) -> SearchForm | None:
    """The search form a homepage offers, or None when none can be run. Never raises."""
    try:
        doc = _parse(html)
        resolve = Resolver(base_url)
        best: tuple[int, SearchForm] | None = None
        for position, form in enumerate(doc.css("form")):
            found = _form(form, resolve, base_url)
            if found is not None:
                score = found[0] * 100 - position  # the strongest form, the first among equals
                if best is None or score > best[0]:
                    best = (score, found[1])
        if best is not None:
            return best[1]
        return _scripted(doc, resolve)
    except (ValueError, RuntimeError, re.error, LookupError):
        return None


def has_search_box(html: str) -> bool:
    """Whether a page shows a search box or a link to a search page, usable or not, or may show
    one in a header it loads by script or frame (header.js, top.html). Never raises."""
    try:
        doc = _parse(html)
        for node in doc.css("script[src], iframe[src]"):
            if _HEADER_FILE.search(str(node.attributes.get("src") or "").split("?", 1)[0]):
                return True
        for node in doc.css("script"):
            if ".load(" in (code := node.text()) and _LOADS_HEADER.search(code):
                return True
        for node in doc.css("input, button"):
            attrs = node.attributes
            kind = (attrs.get("type") or "").strip().lower()
            if kind in ("hidden", "password", "checkbox", "radio", "file"):
                continue
            words = " ".join(str(attrs.get(name) or "") for name in ("name", "id", "class"))
            says = " ".join(str(attrs.get(name) or "") for name in ("placeholder", "value", "title", "alt"))
            says += " " + (node.text() if node.tag == "button" else "")
            if _BOX_ATTR.search(words) or any(word in says.lower() for word in _BOX_TEXT):
                return True
        for node in doc.css("a, img"):
            text = norm(node.text() if node.tag == "a" else str(node.attributes.get("alt") or ""))
            if text in ("搜索", "检索", "搜 索", "站内搜索", "全文检索", "高级搜索", "高级检索", "全站搜索"):
                return True
        return False
    except (ValueError, RuntimeError, re.error):
        return False


def _form(form: LexborNode, resolve: Resolver, base_url: str | None) -> tuple[int, SearchForm] | None:
    """(strength, form) for a form that can be a site search, else None."""
    attrs = form.attributes
    inputs = form.css("input, select, textarea, button")
    if any(node.tag == "textarea" for node in inputs):
        return None
    boxes: list[LexborNode] = []
    for node in inputs:
        if node.tag == "input" and (node.attributes.get("type") or "").strip().lower() in _NOT_SEARCH_INPUTS:
            return None
        kind = (node.attributes.get("type") or "").strip().lower() if node.tag == "input" else None
        if kind in _TEXT_TYPES and (node.attributes.get("name") or "").strip():
            boxes.append(node)
    if not boxes:
        return None
    raw_action = (attrs.get("action") or "").strip()
    if raw_action.lower().startswith("javascript:"):
        return None
    action = resolve(raw_action) if raw_action else base_url
    if not action:
        return None
    searchy_action = bool(_SEARCH_ACTION.search(_path(action)))
    form_words = " ".join(str(attrs.get(name) or "") for name in ("name", "id", "class"))
    buttons = " ".join(
        str(node.attributes.get(name) or "")
        for node in inputs
        if node.tag == "button" or (node.attributes.get("type") or "").strip().lower() in ("submit", "button", "image")
        for name in ("value", "alt", "title")
    )
    images = " ".join(str(node.attributes.get("alt") or "") for node in form.css("img"))
    says = f"{form.text() or ''} {buttons} {images}".lower()
    cues = bool(_BOX_ATTR.search(form_words)) or any(word in says for word in _BOX_TEXT)

    def strength(box: LexborNode) -> int:
        a = box.attributes
        name = (a.get("name") or "").strip().lower()
        says = " ".join(str(a.get(k) or "") for k in ("placeholder", "value", "title")).lower()
        own = any(word in says for word in _BOX_TEXT) or bool(_BOX_ATTR.search(f"{a.get('id') or ''} {a.get('class') or ''}"))
        return 3 * (name in FIELD_NAMES) + own

    box = max(boxes, key=strength)  # the first of the strongest
    score = strength(box) + 2 * searchy_action + cues
    if score < 2 and not (len(boxes) == 1 and (searchy_action or cues)):
        return None
    field = (box.attributes.get("name") or "").strip()
    params = tuple((name, value) for name, value in _fixed(inputs) if name != field)
    if any(name.startswith(("__VIEWSTATE", "__EVENTVALIDATION")) for name, _ in params):
        return None  # an ASP.NET page-wide postback form: its search is a script's postback, not a URL
    method = (attrs.get("method") or "get").strip().lower() or "get"
    charset = _codec(attrs.get("accept-charset"))
    return score, SearchForm(action=action, field=field, params=params, method=method, charset=charset)


def _fixed(inputs: list[LexborNode]) -> list[tuple[str, str]]:
    """The values a form sends besides the query: hidden inputs, checked boxes, chosen options."""
    pairs: list[tuple[str, str]] = []
    for node in inputs:
        a = node.attributes
        name = (a.get("name") or "").strip()
        if not name or "disabled" in a:
            continue
        if node.tag == "select":
            options = node.css("option")
            chosen = next((o for o in options if "selected" in o.attributes), options[0] if options else None)
            if chosen is not None:
                value = chosen.attributes.get("value")
                pairs.append((name, str(value) if value is not None else norm(chosen.text())))
            continue
        if node.tag != "input":
            continue
        kind = (a.get("type") or "").strip().lower()
        if kind == "hidden":
            pairs.append((name, str(a.get("value") or "")))
        elif kind in ("checkbox", "radio") and "checked" in a:
            pairs.append((name, str(a.get("value") if a.get("value") is not None else "on")))
    return pairs


def _path(url: str) -> str:
    try:
        parts = urlsplit(url.lower())
    except ValueError:
        return url.lower()
    return f"{parts.netloc}{parts.path}"


def _scripted(doc: LexborHTMLParser, resolve: Resolver) -> SearchForm | None:
    """A search box a script submits, when the script writes the URL with the query appended."""
    codes = [node.text() for node in doc.css("script") if not node.attributes.get("src")]
    for node in doc.css("[onclick], [onsubmit], [onkeydown], [onkeyup], [onkeypress], a[href^='javascript']"):
        a = node.attributes
        codes += [str(a.get(k) or "") for k in ("onclick", "onsubmit", "onkeydown", "onkeyup", "onkeypress", "href")]
    for code in codes:
        for found in _SCRIPT_URL.finditer(code):
            literal, field = found[1], found[2]
            base, _, query = literal.partition("?")
            url = resolve(base) if base else None
            if url is None or not (field.lower() in FIELD_NAMES or _SEARCH_ACTION.search(_path(url))):
                continue
            params = tuple(
                (name, value) for name, value in parse_qsl(query, keep_blank_values=True) if name != field
            )
            # encodeURIComponent writes UTF-8 whatever the page's charset.
            return SearchForm(action=url, field=field, params=params, method="get", charset="utf-8")
    return None


# ---- the result page ---------------------------------------------------------------------------

def _key(text: str) -> str:
    """Text compared for containment: full-width forms folded, whitespace dropped."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _same_url(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    try:
        x, y = urlsplit(a), urlsplit(b)
    except ValueError:
        return False
    return (x.netloc.lower(), x.path or "/", x.query) == (y.netloc.lower(), y.path or "/", y.query)


def _scripted_node(node: LexborNode) -> bool:
    attrs = node.attributes
    if any(name in attrs for name in _SCRIPTED_ATTRS) or "hidden" in attrs:
        return True
    return bool(_HIDDEN_STYLE.search(str(attrs.get("style") or "")))


def read_results(html: str, base_url: str | None, title: str, item_url: str | None = None) -> SearchResults:
    """What a search result page shows for `title` (the query sent) and the item at `item_url`.
    Never raises: a page that cannot be read is unclear."""
    try:
        return _results(html, base_url, title, item_url)
    except (ValueError, RuntimeError, re.error):
        return SearchResults("unclear")


def _results(html: str, base_url: str | None, title: str, item_url: str | None) -> SearchResults:
    doc = _parse(html)
    body = doc.body
    if body is None:
        return SearchResults("unclear")
    resolve = Resolver(base_url)
    marks = Marks()
    wanted = _key(search_query(title))
    prefix = wanted[:MATCH_PREFIX] if len(wanted) > MATCH_PREFIX else None
    hits: list[Item] = []
    chrome_hits: list[Item] = []
    for anchor in body.css("a"):
        href = str(anchor.attributes.get("href") or "")
        url = resolve(href) if href else None
        text = norm(anchor.text())
        full = norm(str(anchor.attributes.get("title") or ""))
        keys = [_key(text), _key(full)]
        named = bool(wanted) and any(wanted in k or (prefix is not None and prefix in k) for k in keys if k)
        if named or _same_url(url, item_url):
            item = Item(title=full if len(full) > len(text) else text, url=url or "", date=None)
            (chrome_hits if marks.chrome(anchor) else hits).append(item)
    text = _shown_text(body)
    count = _count_in(text)
    if hits:
        return SearchResults("found", tuple(hits), count)
    if "{{" in _shown_text(body, scripted=True):
        # A template a script fills in: what the page says is not what a reader sees.
        return SearchResults("found", tuple(chrome_hits), count) if chrome_hits else SearchResults("unclear")
    if count == 0:
        return SearchResults("no_result", (), count)
    if any(phrase in text for phrase in NOT_FOUND_PHRASES):
        return SearchResults("unclear", (), count)  # the search program itself is not there
    if _NO_RESULT.search(text):
        return SearchResults("no_result", (), count)
    if chrome_hits:
        return SearchResults("found", tuple(chrome_hits), count)
    if count is not None:
        return SearchResults("no_result", (), count)  # results listed, none of them the item
    return SearchResults("unclear", (), None)


def _shown_text(body: LexborNode, *, scripted: bool = False) -> str:
    """The page's text outside scripts, styles, forms' option lists and (unless `scripted`)
    whatever a script shows or hides (v-if, display:none …): a "no results" block waiting for
    a script says nothing."""
    hidden: dict[int, bool] = {}

    def out(node: LexborNode | None) -> bool:
        path = []
        answer = False
        while node is not None and node.tag not in ("body", "html", "-document"):
            if node.mem_id in hidden:
                answer = hidden[node.mem_id]
                break
            path.append(node.mem_id)
            if node.tag in _NOISE_TAGS or (not scripted and _scripted_node(node)):
                answer = True
                break
            node = node.parent
        for key in path:
            hidden[key] = answer
        return answer

    parts = [
        node.text_content or ""
        for node in body.traverse(include_text=True)
        if node.is_text_node and not out(node.parent)
    ]
    return norm(" ".join(parts))


def _count_in(text: str) -> int | None:
    found = _COUNT.search(text)
    if found is None:
        return None
    try:
        return int(found[1].replace(",", ""))
    except ValueError:
        return None
