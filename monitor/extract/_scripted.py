"""Pages whose list a script draws: where its data comes from, and firewall pages that only script.

A raw page of a script-rendered column (gkmlpt, Hanweb jpaas, Suzhou getInfoCommon, CBIRC
static JSON, JEECMS AJAX lists) has an empty container; it is never blank. When the page names
the URL its items are loaded from, that URL is the page's data_url, for the crawler to fetch
and read with extract_data.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

from selectolax.lexbor import LexborNode

from monitor.extract._jsdata import read_literal
from monitor.extract._pager import embedded_jpage_calls
from monitor.fetch import detect_block

if TYPE_CHECKING:
    from monitor.extract._page import Parsed

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

_JPAAS_API = "/api-gateway/jpaas-publish-server/front/page/build/unit"
_GKMLPT_SID = re.compile(r"\bSID\s*[\"']?\s*[:=]\s*[\"']?(\w+)")
_FRAGMENT_ID = re.compile(r"#(\d+)$")
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


def js_rendered(scripts: str, body: LexborNode) -> bool:
    """Whether the list is filled in by script from inline data or a template that shows content."""
    # The substring test first: these regexes cannot skip ahead on long scripts.
    for key, pattern in _JS_CONTENT:
        if key not in scripts:
            continue
        if key == "totalRecord":
            if _records_to_draw(pattern, scripts, body):
                return True
        elif pattern.search(scripts):
            return True
    return body.css_first(_TEMPLATE_SELECTOR) is not None


def _records_to_draw(pattern: re.Pattern[str], scripts: str, body: LexborNode) -> bool:
    """Whether a totalRecord ≥ 1 counts records a script has yet to draw: not those of a Hanweb
    jpage unit whose datastore the page embeds (a sidebar's 最新动态 unit on an empty column's
    page has its records right there, already read and set aside)."""
    embedded = embedded_jpage_calls(scripts, body)
    return any(not any(start <= match.start() < end for start, end in embedded) for match in pattern.finditer(scripts))


def shows_blocked(html: str) -> bool:
    """Whether the page is an anti-bot or firewall interstitial answering 200 (安全狗, 云锁,
    加速乐 cookie challenges …), by the fetch layer's own marker table."""
    return detect_block(200, {}, html) is not None


def data_url(page: Parsed, base_url: str | None) -> str | None:
    """The URL a script-rendered list loads its items from, as the page names it, or None."""
    return _jpaas(page) or _gkmlpt(page, base_url) or _script_url(page)


def _origin(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else None


def _jpaas(page: Parsed) -> str | None:
    """Hanweb jpaas: the unit's queryData="{…}" is the query of the page-build API."""
    node = page.body.css_first("[querydata], [data-querydata]")
    if node is None:
        return None
    raw = node.attributes.get("querydata") or node.attributes.get("data-querydata") or ""
    query = read_literal(raw.strip(), 0) if raw.strip() else None
    if not isinstance(query, dict):
        return None
    flat = {
        str(key): value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        for key, value in query.items()
    }
    return page.resolve.relative(f"{_JPAAS_API}?{urlencode(flat)}")


def _gkmlpt(page: Parsed, base_url: str | None) -> str | None:
    """Guangdong gkmlpt: /<dept>/gkmlpt/index#<column> lists through /<dept>/gkmlpt/api/all/<column>."""
    if not base_url or "/gkmlpt/" not in base_url:
        return None
    column = _FRAGMENT_ID.search(base_url)
    sid = _GKMLPT_SID.search(page.scripts)
    if column is None:
        return None
    prefix = base_url.split("#", 1)[0]
    prefix = prefix[: prefix.index("/gkmlpt/") + len("/gkmlpt/")]
    query = f"page=1&sid={sid[1]}" if sid else "page=1"
    return f"{prefix}api/all/{column[1]}?{query}"


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
