"""Lists that arrive as data: inline JS arrays and the JSON records of list APIs.

Script-rendered columns (疾控局 ``var itemObj=[…]``, Huzhou ``var dataList=[…]``) carry their
items in script literals, and API responses (gkmlpt ``articles[]``, Suzhou ``infolist[]``, CBIRC
``rows[]``) in JSON. Both are read the same way: find the list of records that have a title
and a date or link, and read each record's fields by what their keys are called.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone

from monitor.dates import MAX_YEAR, MIN_YEAR, parse_date
from monitor.extract._dom import norm
from monitor.extract._model import Item

# Literals bigger than this are not lists of a column's items (and would cost too much to read).
MAX_LITERAL_CHARS = 400_000
_MAX_DEPTH = 40
_MAX_ASSIGNMENTS = 60

# `name = [` or `name = {` in script code: the start of a literal worth reading. The pattern
# starts with "=" so the regex engine can skip ahead to each one; the name is checked after.
_ASSIGNMENT = re.compile(r"=\s*(?=[\[{])")
_ASSIGNED_NAME = re.compile(r"[A-Za-z_$][\w$.]*\s*$")
_TAG = re.compile(r"<[^>]*>")
_DIGITS = re.compile(r"^\d{9,13}$")
# Beijing time: list APIs give Unix timestamps of a day's publication in China.
_CHINA = timezone(timedelta(hours=8))

# Record keys, lowercased, by what they hold; the first key found in each tuple's order wins.
_TITLE_KEYS = ("title", "doctitle", "articletitle", "infotitle", "maintitle", "at", "bt", "biaoti", "wjbt",
               "subject", "headline", "name")
_DATE_KEYS = ("pubdate", "pubtime", "publishdate", "publishtime", "publish_time", "publish_date", "pub_date",
              "releasetime", "releasedate", "docreltime", "fbsj", "fbrq", "apd", "daytime", "date", "time",
              "showtime", "ptime", "writetime", "inputtime", "addtime", "created_at", "createtime",
              "createdate", "updatetime", "update_time")
_URL_KEYS = ("url", "au", "docpuburl", "linkurl", "link", "href", "detailurl", "articleurl", "infourl",
             "docurl", "pageurl", "weburl", "path")
_PINNED_KEYS = ("istop", "top", "zhiding", "sticky", "settop", "is_top")
# Keys holding a column tree or menu, whose named entries are columns, not items.
_NOT_ITEM_LISTS = ("tree", "menu", "nav", "column", "channel", "categor", "classify", "catalog", "node")


class _Unreadable(Exception):
    """The literal is not plain data (a function, an expression): not a list we can read."""


def read_literal(code: str, start: int) -> object:
    """The JSON or JavaScript object/array literal starting at code[start], or None.

    JSON is read by the C decoder; anything else (unquoted keys, single quotes, trailing
    commas, comments) by a small tolerant reader. Functions, calls and expressions make the
    literal unreadable (None).
    """
    try:
        value, _ = json.JSONDecoder(strict=False).raw_decode(code, start)
        return value
    except (ValueError, RecursionError):
        pass
    try:
        value, _ = _JsReader(code, start + MAX_LITERAL_CHARS).value(start, 0)
    except (_Unreadable, IndexError, RecursionError, ValueError):
        return None
    return value


class _JsReader:
    """A recursive-descent reader of JavaScript literals, bounded in depth."""

    _NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
    _NAME = re.compile(r"[A-Za-z_$][\w$]*")
    _SPACE = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/)+", re.DOTALL)

    def __init__(self, text: str, limit: int) -> None:
        self.text = text
        self.limit = limit

    def _skip(self, i: int) -> int:
        if i > self.limit:
            raise _Unreadable("literal too long")
        found = self._SPACE.match(self.text, i)
        return found.end() if found else i

    def value(self, i: int, depth: int) -> tuple[object, int]:
        if depth > _MAX_DEPTH:
            raise _Unreadable("too deep")
        i = self._skip(i)
        char = self.text[i]
        if char == "{":
            return self._object(i + 1, depth + 1)
        if char == "[":
            return self._array(i + 1, depth + 1)
        if char in "'\"":
            return self._string(i)
        number = self._NUMBER.match(self.text, i)
        if number:
            raw = number[0]
            return (float(raw) if any(c in raw for c in ".eE") else int(raw)), number.end()
        name = self._NAME.match(self.text, i)
        if name and name[0] in ("true", "false", "null", "undefined"):
            return {"true": True, "false": False}.get(name[0]), name.end()
        raise _Unreadable(f"not a literal at {i}")

    def _object(self, i: int, depth: int) -> tuple[object, int]:
        result: dict[str, object] = {}
        while True:
            i = self._skip(i)
            if self.text[i] == "}":
                return result, i + 1
            if self.text[i] in "'\"":
                key, i = self._string(i)
            else:
                name = self._NAME.match(self.text, i) or self._NUMBER.match(self.text, i)
                if not name:
                    raise _Unreadable(f"bad key at {i}")
                key, i = name[0], name.end()
            i = self._skip(i)
            if self.text[i] != ":":
                raise _Unreadable(f"no colon at {i}")
            result[str(key)], i = self.value(i + 1, depth)
            i = self._skip(i)
            if self.text[i] == ",":
                i += 1
            elif self.text[i] != "}":
                raise _Unreadable(f"bad object at {i}")

    def _array(self, i: int, depth: int) -> tuple[object, int]:
        result: list[object] = []
        while True:
            i = self._skip(i)
            if self.text[i] == "]":
                return result, i + 1
            value, i = self.value(i, depth)
            result.append(value)
            i = self._skip(i)
            if self.text[i] == ",":
                i += 1
            elif self.text[i] != "]":
                raise _Unreadable(f"bad array at {i}")

    def _string(self, i: int) -> tuple[str, int]:
        quote = self.text[i]
        parts: list[str] = []
        i += 1
        while True:
            end = i
            while self.text[end] not in (quote, "\\"):
                end += 1
            parts.append(self.text[i:end])
            if self.text[end] == quote:
                return "".join(parts), end + 1
            escaped = self.text[end + 1]
            if escaped == "u":
                parts.append(chr(int(self.text[end + 2 : end + 6], 16)))
                i = end + 6
            else:
                parts.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(escaped, escaped))
                i = end + 2


def script_literals(code: str) -> Iterator[object]:
    """The object and array literals assigned in script code (``var itemObj = […]``)."""
    count = 0
    for match in _ASSIGNMENT.finditer(code):
        start = match.start()
        if not _ASSIGNED_NAME.search(code, max(0, start - 80), start):
            continue  # ==, <=, a parenthesis: not an assignment
        count += 1
        if count > _MAX_ASSIGNMENTS:
            return
        value = read_literal(code, match.end())
        if value is not None:
            yield value


def _record_keys(record: dict[str, object]) -> dict[str, str]:
    """Lowercased key → the record's own spelling of it."""
    return {str(key).lower(): str(key) for key in record}


def _pick(keys: dict[str, str], wanted: tuple[str, ...]) -> str | None:
    for key in wanted:
        if key in keys:
            return keys[key]
    return None


def _title_key(keys: dict[str, str]) -> str | None:
    return _pick(keys, _TITLE_KEYS) or next((keys[k] for k in keys if "title" in k and "sub" not in k), None)


def _date_key(keys: dict[str, str]) -> str | None:
    return _pick(keys, _DATE_KEYS) or next(
        (keys[k] for k in keys if ("date" in k or "time" in k) and "cw" not in k and "end" not in k), None
    )


def _url_key(keys: dict[str, str]) -> str | None:
    return _pick(keys, _URL_KEYS) or next(
        (keys[k] for k in keys if k.endswith(("url", "link", "href")) and not k.startswith(("img", "pic", "thumb"))),
        None,
    )


def is_record(value: object) -> bool:
    """A dict with a title and a date or a link: one entry of a list."""
    if not isinstance(value, dict):
        return False
    keys = _record_keys(value)
    title = _title_key(keys)
    if title is None or not isinstance(value[title], str) or not value[title].strip():
        return False
    return _date_key(keys) is not None or _url_key(keys) is not None


def find_records(value: object) -> list[dict[str, object]]:
    """The records of every list of records inside value (nested groups flattened), in order.

    A list counts when most of its entries are records; lists under tree/menu/column keys are
    column trees, not items.
    """
    found: list[dict[str, object]] = []
    _collect(value, found, 0)
    return found


def _collect(value: object, found: list[dict[str, object]], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        records = [entry for entry in value if is_record(entry)]
        if records and 2 * len(records) >= len(value):
            found.extend(records)  # type: ignore[arg-type]
            return
        for entry in value:
            _collect(entry, found, depth + 1)
    elif isinstance(value, dict):
        for key, entry in value.items():
            if isinstance(entry, (list, dict)) and not any(word in str(key).lower() for word in _NOT_ITEM_LISTS):
                _collect(entry, found, depth + 1)


def value_date(value: object) -> date | None:
    """A date from a record field: a date string, or a Unix timestamp in seconds or milliseconds."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not _DIGITS.match(text):
            return parse_date(text)
        value = int(text)
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 10**11 else value
        try:
            found = datetime.fromtimestamp(seconds, _CHINA).date()
        except (OverflowError, OSError, ValueError):
            return None
        return found if MIN_YEAR <= found.year <= MAX_YEAR else None
    return None


def _value_url(value: object) -> str | None:
    """A link from a record field; 疾控局 writes it as JSON text ({"common": "/jbkzzx/…"})."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.startswith("{"):
        inner = read_literal(text, 0)
        if isinstance(inner, dict):
            return next((v for v in inner.values() if isinstance(v, str) and v.strip()), None)
        return None
    return text or None


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y")
    return bool(value) and not isinstance(value, (list, dict))


def record_items(records: list[dict[str, object]], resolve: Callable[[str], str | None]) -> tuple[Item, ...]:
    """The items the records stand for, each once (title and URL), in order."""
    items: list[Item] = []
    seen: set[tuple[str, str]] = set()
    for record in records:
        keys = _record_keys(record)
        title_key, date_key, url_key = _title_key(keys), _date_key(keys), _url_key(keys)
        if title_key is None:
            continue
        title = norm(html.unescape(_TAG.sub("", str(record[title_key]))))
        raw_url = _value_url(record[url_key]) if url_key is not None else None
        url = (resolve(raw_url) if raw_url else None) or ""
        day = value_date(record[date_key]) if date_key is not None else None
        pinned_key = _pick(keys, _PINNED_KEYS)
        pinned = pinned_key is not None and _truthy(record[pinned_key])
        if title and (title, url) not in seen:
            seen.add((title, url))
            items.append(Item(title=title, url=url, date=day, pinned=pinned))
    return tuple(items)


def inline_items(code: str, resolve: Callable[[str], str | None]) -> tuple[Item, ...]:
    """Items of a list a script renders from an inline literal (itemObj, dataList …)."""
    records: list[dict[str, object]] = []
    for value in script_literals(code):
        records.extend(find_records(value))
    return record_items(records, resolve)
