"""Rows that open by script: onclick handlers, javascript: links, postbacks and forms.

A list row whose title link is ``javascript:__doPostBack(…)``, ``href="#" onclick="openDoc('123')"``,
``javascript:void(0)`` inside a ``<tr onclick="showDetail('…')">`` or a link that submits the
row's ``<form>`` is an item like any other: its title and date count. Its URL is read from the
script where it can be: ``window.open('…')`` / ``location.href='…'`` name it, a call of a page
function whose body joins a URL around its parameter (``function openDoc(id) {window.open(
"/doc.jhtml?id=" + id)}``) gives it, a GET form gives its action and fields; otherwise the
item has no URL ("").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from selectolax.lexbor import LexborNode

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

# A call in handler code, with its first argument: quoted, or a bare word or number.
_CALL = re.compile(r"([A-Za-z_$][\w$.]*)\s*\(\s*(?:(['\"])(.*?)\2|([\w.-]+))?")
_LOCATION = re.compile(r"location(?:\.href)?\s*=\s*(['\"])(.+?)\1")
_INERT = re.compile(r"^\s*(?:void\s*\(?\s*0?\s*\)?|;|''|\"\"|)\s*;?\s*$")
_NOT_OPENERS = frozenset({"void", "return", "if", "alert", "confirm", "event", "preventDefault", "stopPropagation"})
_URLISH = re.compile(r"[/?]|\.(?:s?html?|jsp|aspx?|php|jhtml|do|action)\b", re.IGNORECASE)
# function openDoc(id) {…} and openDoc = function (id) {…}: a page function and its parameter.
_FUNCTION = re.compile(
    r"(?:function\s+([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*)\s*=\s*function)\s*\(\s*([A-Za-z_$][\w$]*)[^)]*\)\s*\{"
)
_BODY_CHARS = 400
_MEMO_KEY = "script-link-patterns"


def scripted_target(anchor: LexborNode, row: LexborNode, page: Parsed) -> str | None:
    """The URL a script link opens ("" when it cannot be read), or None when the link does not
    open anything by script (a bare "#", javascript:void(0) in a row that does nothing)."""
    attrs = anchor.attributes
    href = (attrs.get("href") or "").strip()
    onclick = attrs.get("onclick") or ""
    scheme = href[:11].lower() == "javascript:"
    inert = not href or href.startswith("#") or (scheme and _INERT.match(href[11:]) is not None)
    if onclick:
        if "submit(" in onclick:
            form = _enclosing_form(anchor, row)
            if form is not None:
                return _form_url(form, page)
        found = _target(onclick, page)
        if found is not None:
            return found
    if scheme and not inert:
        found = _target(href[11:], page)
        if found is not None:
            return found
    if not inert:
        return None
    row_click = row.attributes.get("onclick") or ""
    if row_click:
        found = _target(row_click, page)
        if found is not None:
            return found
    form = _enclosing_form(anchor, row)
    return _form_url(form, page) if form is not None else None


def row_target(row: LexborNode, page: Parsed) -> str | None:
    """What a row with no link opens by its own onclick: a URL, "" when it cannot be read,
    None when its onclick opens nothing."""
    return _target(row.attributes.get("onclick") or "", page)


def _target(code: str, page: Parsed) -> str | None:
    """What handler code opens: a URL, "" for an opener whose URL cannot be read, None when
    the code calls nothing that opens anything."""
    location = _LOCATION.search(code)
    if location is not None:
        return page.resolve(location[2]) or ""
    for call in _CALL.finditer(code):
        name = call[1].rsplit(".", 1)[-1]
        if name in _NOT_OPENERS:
            continue
        if name == "__doPostBack" or name == "submit":
            return ""
        arg = call[3] if call[3] is not None else call[4]
        if arg is None or arg in ("this", "event"):
            return ""
        pattern = _patterns(page).get(name)
        if pattern is not None:
            prefix, suffix = pattern
            return page.resolve(f"{prefix}{arg}{suffix}") or ""
        if _URLISH.search(arg):
            return page.resolve(arg) or ""
        return ""
    return None


def _patterns(page: Parsed) -> dict[str, tuple[str, str]]:
    """Page functions that open a URL built around their first parameter: name → (prefix, suffix)."""
    found = page.memo.get(_MEMO_KEY)
    if isinstance(found, dict):
        return found
    patterns: dict[str, tuple[str, str]] = {}
    scripts = page.scripts
    if "function" in scripts:
        for match in _FUNCTION.finditer(scripts):
            name, param = match[1] or match[2], match[3]
            body = scripts[match.end() : match.end() + _BODY_CHARS]
            joined = re.search(
                rf"(['\"])([^'\"\n]*)\1\s*\+\s*{re.escape(param)}\b(?:\s*\+\s*(['\"])([^'\"\n]*)\3)?", body
            )
            if joined is not None and _URLISH.search(joined[2]):
                patterns.setdefault(name, (joined[2], joined[4] or ""))
            elif re.search(rf"(?:open|location(?:\.href)?\s*=)\s*\(?\s*{re.escape(param)}\b", body):
                patterns.setdefault(name, ("", ""))
    page.memo[_MEMO_KEY] = patterns
    return patterns


def _enclosing_form(anchor: LexborNode, row: LexborNode) -> LexborNode | None:
    """The <form> around a link, inside its row."""
    node = anchor.parent
    stop = row.mem_id
    while node is not None:
        if node.tag == "form":
            return node
        if node.mem_id == stop:
            return None
        node = node.parent
    return None


def _form_url(form: LexborNode, page: Parsed) -> str:
    """Where a GET form leads with its hidden fields; "" for a POST form (not a link anyone can follow)."""
    method = (form.attributes.get("method") or "get").strip().lower()
    action = page.resolve(form.attributes.get("action") or "") or page.resolve.base_url
    if method != "get" or not action:
        return ""
    fields = [
        (node.attributes.get("name") or "", node.attributes.get("value") or "")
        for node in form.css("input[name]")
        if (node.attributes.get("type") or "").lower() == "hidden"
    ]
    return f"{action}{'&' if '?' in action else '?'}{urlencode(fields)}" if fields else action
