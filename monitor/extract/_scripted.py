"""Pages whose list a script draws: whether it does, and where its data comes from.

A raw page of a script-rendered column (gkmlpt, Hanweb jpaas, Suzhou getInfoCommon, CBIRC
static JSON, JEECMS AJAX lists) has an empty container; it is never blank. When the page names
the URL its items are loaded from, that URL is the page's data_url, for the crawler to fetch
and read with extract_data.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.extract import families

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

# Inline data of JS-rendered lists: a raw page with an empty container is not blank when these
# show content (gkmlpt post_count, TRS recordCount, 疾控局 itemObj, Huzhou dataList …).
_JS_CONTENT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("post_count", re.compile(r"post_count[\"']?\s*:\s*[1-9]")),
    ("recordCount", re.compile(r"recordCount\s*[:=]\s*['\"]?[1-9]")),
    ("totalRecord", re.compile(r"totalRecord\s*:\s*['\"]?[1-9]")),
    ("itemObj", re.compile(r"\bitemObj\s*=\s*\[\s*\{")),
    ("dataList", re.compile(r"\bdataList\s*=\s*\[\s*\{")),
    ("queryData", re.compile(r"\bqueryData\s*=")),
    ("_CONFIG", re.compile(r"\bwindow\._CONFIG\s*=")),
)
_TEMPLATE_SELECTOR = "[ms-repeat], [ms-for], [v-for], [querydata], [data-querydata]"

# A string literal a script fetches list data from: `url: "…"`, `dataUrl : "…"`, $.getJSON("…"),
# fetch("…"), possibly continued by `+ variable + "…"`. The literal is found first (the engine
# skips ahead to quotes), then what precedes it is checked.
_URL_LITERAL = re.compile(
    r"(['\"])([^'\"\n]{2,300})\1((?:\s*\+\s*(?:[A-Za-z_$][\w$.]*|(['\"])[^'\"\n]*\4))*)"
)
_URL_KEYS = frozenset({"url", "dataurl", "ajaxurl", "listurl", "apiurl"})
_URL_CALLS = ("$.getJSON", "$.get", "$.post", "fetch", "axios.get", "axios.post", ".load")
_NAME_CHAR = re.compile(r"[\w$]")
_CONCAT_PART = re.compile(r"\+\s*(?:([A-Za-z_$][\w$.]*)|(['\"])([^'\"\n]*)\2)")
# What a list-data URL looks like, and what it must not be (counters, search, stats, login).
_DATA_HINT = re.compile(
    r"\.json\b|/api/|api-gateway|getinfo|dataproxy|\.jhtml|trsapi|list|article|doc|info", re.IGNORECASE
)
_NOT_DATA = re.compile(
    r"visit|counter|/count\b|tongji|statistic|/stat/|hm\.baidu|cnzz|jiucuo|weather|login|sso|captcha"
    r"|\.js\b|\.css\b|\.(?:png|jpe?g|gif)\b",
    re.IGNORECASE,
)
# A search URL is the site's search box unless it names the channel it lists (TRS WAS5 lists).
_SEARCH = re.compile(r"search", re.IGNORECASE)
_CHANNEL = re.compile(r"channel|templet|trsapi|columnid|chnl", re.IGNORECASE)
_PAGE_NAME = re.compile(r"page|pn|curr|index", re.IGNORECASE)
# Client-side templates a script fills a list with: art-template, underscore, handlebars …
_TEMPLATE_TYPES = frozenset({
    "text/html", "text/template", "text/x-template", "text/x-handlebars-template", "text/x-jquery-tmpl",
    "text/x-art-template", "text/x-dot-template", "text/x-tmpl",
})
_TEMPLATE_MARKS = ("{{", "<%", "{#")
_TEMPLATE_ROWS = ("<li", "<tr", "<a ", "<dd", "<div")
# A script element whose answer calls a function of the page: ?callback=renderList (JSONP).
_JSONP_PARAM = re.compile(r"[?&](?:callback|jsonp|jsoncallback|cb|jsonpcallback)=[A-Za-z_$]", re.IGNORECASE)
_NOT_LIST_SCRIPT = re.compile(
    r"hm\.baidu|cnzz|51\.la|conac|jiucuo|zfwzgl|map|weather|tianqi|share|captcha|login|counter|tongji", re.IGNORECASE
)


def js_rendered(page: Parsed) -> bool:
    """Whether the list is filled in by script from inline data or a template that shows content."""
    scripts = page.scripts
    # The substring test first: these regexes cannot skip ahead on long scripts.
    for key, pattern in _JS_CONTENT:
        if key not in scripts:
            continue
        if key == "totalRecord":
            if _records_to_draw(pattern, page):
                return True
        elif pattern.search(scripts):
            return True
    if page.body.css_first(_TEMPLATE_SELECTOR) is not None:
        return True
    return templated(page) or jsonp_source(page) is not None


def templated(page: Parsed) -> bool:
    """Whether the page carries a client-side template of list rows (<script type="text/html">
    with {{each list}} … <li>): its list is drawn by script."""
    for element in page.script_elements:
        if element.src is None and element.type in _TEMPLATE_TYPES:
            code = element.code
            if any(mark in code for mark in _TEMPLATE_MARKS) and any(row in code for row in _TEMPLATE_ROWS):
                return True
    return False


def jsonp_source(page: Parsed) -> str | None:
    """The URL of a script element that loads the list as JSONP (src=…&callback=renderList)."""
    for element in page.script_elements:
        src = element.src
        if src and _JSONP_PARAM.search(src) and not _NOT_LIST_SCRIPT.search(src):
            url = page.resolve(src)
            if url is not None:
                return url
    return None


def _records_to_draw(pattern: re.Pattern[str], page: Parsed) -> bool:
    """Whether a totalRecord ≥ 1 counts records a script has yet to draw: not records a family
    says are already in the markup (a Hanweb sidebar's 最新动态 unit on an empty column's page
    has its records right there, already read and set aside)."""
    embedded = [span for family in families.with_hook(page, "counted_on_page") for span in family.counted_on_page(page)]  # type: ignore[misc]
    return any(
        not any(start <= match.start() < end for start, end in embedded) for match in pattern.finditer(page.scripts)
    )


def data_url(page: Parsed) -> str | None:
    """The URL a script-rendered list loads its items from, as the page names it, or None:
    a family's own data URL first (jpaas, gkmlpt), else a URL a script requests, else the
    source of a script element loading the list as JSONP."""
    for family in families.with_hook(page, "data_url"):
        found = family.data_url(page)  # type: ignore[misc]
        if found is not None:
            return found
    return _script_url(page) or jsonp_source(page)


def _script_url(page: Parsed) -> str | None:
    """The first list-data URL a script requests with its query, its concatenated variables
    filled in; else the first one without."""
    scripts = page.scripts
    found: list[str] = []
    for match in _URL_LITERAL.finditer(scripts):
        if not _requests_url(scripts[max(0, match.start() - 40) : match.start()]):
            continue
        url = match[2] + _concatenation(match[3] or "", scripts)
        if not _DATA_HINT.search(url) or _NOT_DATA.search(url):
            continue
        if _SEARCH.search(url) and not _CHANNEL.search(url):
            continue
        if "?" in url or "," in url:
            return page.resolve(url)
        found.append(url)
    # A bare URL whose query the script passes apart ($.ajax({url: "list.jhtml", data: {…}})),
    # when no call names it whole.
    return page.resolve(found[0]) if found else None


def _requests_url(before: str) -> bool:
    """Whether the code before a string literal passes it as a URL: `url:`, `dataUrl =`, `$.get(`."""
    before = before.rstrip()
    if before.endswith("("):
        return before[:-1].rstrip().endswith(_URL_CALLS)
    if before.endswith((":", "=")):
        head = before[:-1].rstrip().rstrip("'\"").lower()
        return any(head.endswith(key) and not _NAME_CHAR.match(head[-len(key) - 1 : -len(key)]) for key in _URL_KEYS)
    return False


def _concatenation(tail: str, scripts: str) -> str:
    """The text `+ name + "…"` adds: literals as written, variables by their literal value in
    the scripts, page numbers as 1."""
    parts: list[str] = []
    for match in _CONCAT_PART.finditer(tail):
        if match[1] is None:
            parts.append(match[3])
            continue
        name = match[1].rsplit(".", 1)[-1]
        value = re.search(rf"(?<![\w$]){re.escape(name)}\s*[:=]\s*(['\"]?)([\w\-.%]+)\1\s*[;,\n}}]", scripts)
        if value is not None:
            parts.append(value[2])
        elif _PAGE_NAME.search(name):
            parts.append("1")
    return "".join(parts)
