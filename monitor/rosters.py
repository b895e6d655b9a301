"""Rosters (台账): the spreadsheets of websites and new-media accounts an office keeps.

Offices keep their lists in Excel or WPS, not in YAML: ``rosters:`` in the config
names them and they are read at every run, so the roster stays the one list to
edit. A roster is an .xlsx workbook or a .csv file (UTF-8 with or without BOM,
or GB18030 as Excel and WPS export it). Its header row is found among the first
rows of each sheet, under title rows and merged title cells; columns are known
by their header, in any order, and other columns are ignored. A merged cell
(责任单位 merged over the accounts of one unit) counts for every row it covers.

A row that cannot be used (a value missing, an unknown platform, a bad address)
is one problem line naming the file, the sheet, the row and the header, and is
skipped: the rest of the roster is used. Problems that make the roster
unusable — a missing header column, an entry listed twice — are errors.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import ValidationError

from monitor.config import SITE_CODE_PATTERN, AccountConfig, SiteConfig
from monitor.vocab import PLATFORM_NAMES, platform_of

RosterKind = Literal["sites", "accounts"]

HEADER_ROWS = 10
"""The header row is looked for among this many first non-blank rows of a sheet."""

XLSX_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")


@dataclass(frozen=True)
class Column:
    """A roster column: the config field it fills and the headers that name it (documented one first)."""

    field: str
    headers: tuple[str, ...]
    required: bool = False


ACCOUNT_COLUMNS: tuple[Column, ...] = (
    Column("name", ("账号名称", "服务名称", "新媒体名称", "帐号名称"), required=True),
    Column("platform", ("账号类型", "新媒体类型", "帐号类型", "平台类型", "所属平台"), required=True),
    Column("operator", ("开设主体", "主办单位", "开办主体")),
    Column("unit", ("责任单位", "主管单位")),
    Column("code", ("新媒体标识码", "账号标识码")),
    Column("feed", ("订阅地址", "RSS地址")),
    Column("email", ("邮箱", "电子邮箱", "联系邮箱")),
)
SITE_COLUMNS: tuple[Column, ...] = (
    Column("name", ("网站名称",), required=True),
    Column("url", ("网址", "网站地址", "网站网址", "首页网址", "网站域名"), required=True),
    Column("code", ("网站标识码",), required=True),
    Column("unit", ("主管单位", "责任单位", "主办单位")),
    Column("kind", ("类型", "网站类型", "网站类别")),
    Column("email", ("邮箱", "电子邮箱", "联系邮箱")),
)
COLUMNS: dict[str, tuple[Column, ...]] = {"sites": SITE_COLUMNS, "accounts": ACCOUNT_COLUMNS}

SITE_KINDS: dict[str, str] = {
    "门户": "portal", "门户网站": "portal", "政府门户网站": "portal", "政府门户": "portal", "portal": "portal",
    "部门": "department", "部门网站": "department", "政府部门网站": "department", "department": "department",
}

# What people write in a cell that has nothing to say.
_PLACEHOLDERS = frozenset({"无", "暂无", "-", "--", "—", "——", "/", "／", "n/a", "na", "null", "none"})
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_HEADER_NOTE = re.compile(r"[（(][^（()）]*[)）]$")  # 网址（必填）, 邮箱(多个用;分隔)
_SECTION = re.compile(r"^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")
_HOST = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?([/?#].*)?$")


class RosterFileError(Exception):
    """A roster that cannot be read at all (missing, unreadable, not a workbook); names the file."""


@dataclass(frozen=True)
class RosterEntry:
    """One usable row and where it is, for messages that name both places of a duplicate."""

    where: str
    """``政务新媒体台账.xlsx [Sheet1] row 7``"""
    config: SiteConfig | AccountConfig


@dataclass(frozen=True)
class Roster:
    """What one roster file gave: entries in row order, problems (rows skipped) and errors."""

    kind: RosterKind
    path: Path
    """The file as messages show it (relative to the working folder when the config's path is)."""
    name: str
    """The file as the config names it."""
    entries: tuple[RosterEntry, ...]
    problems: tuple[str, ...]
    """Rows reported and skipped (or kept with a warning): the rest of the roster is still used."""
    errors: tuple[str, ...]
    """A missing header column, an entry listed twice: the roster cannot be used as it is."""

    @property
    def sites(self) -> list[SiteConfig]:
        return [e.config for e in self.entries if isinstance(e.config, SiteConfig)]

    @property
    def accounts(self) -> list[AccountConfig]:
        return [e.config for e in self.entries if isinstance(e.config, AccountConfig)]


@dataclass
class _Sheet:
    """A sheet as text: rows numbered as the spreadsheet numbers them, merged cells filled."""

    name: str | None  # None for a csv file
    rows: list[list[str | None]]
    own: list[set[int]]
    """Per row, the columns holding a value of their own (not filled from a merged cell)."""
    banners: set[int]
    """Indexes of rows that are one merged cell across columns: titles, sections (一、市直部门), notes."""


def read_roster(path: Path, kind: RosterKind, name: str | None = None) -> Roster:
    """Read one roster file; raise RosterFileError only when it cannot be read at all."""
    if not path.is_file():
        raise RosterFileError(f"{path}: file not found" if not path.exists() else f"{path}: not a file")
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        sheets = list(_xlsx_sheets(path))
    elif suffix in TEXT_SUFFIXES:
        sheets = [_csv_sheet(path)]
    elif suffix in (".xls", ".et"):
        raise RosterFileError(f"{path}: the old {suffix} format cannot be read: save it as .xlsx (or .csv)")
    else:
        raise RosterFileError(f"{path}: a roster is an .xlsx workbook or a .csv file")
    reader = _Reader(kind, path)
    for sheet in sheets:
        reader.read(sheet)
    if not reader.sheets_read and not reader.errors:
        reader.errors.append(reader.no_header(sheets))
    return Roster(
        kind=kind, path=path, name=name or path.name, entries=tuple(reader.entries),
        problems=tuple(reader.problems), errors=tuple(reader.errors),
    )


class _Reader:
    """Reads the sheets of one roster into entries, problems and errors."""

    def __init__(self, kind: RosterKind, path: Path) -> None:
        self.kind = kind
        self.path = path
        self.columns = COLUMNS[kind]
        self.entries: list[RosterEntry] = []
        self.problems: list[str] = []
        self.errors: list[str] = []
        self.sheets_read = 0
        self.index = Index()

    def label(self, sheet: _Sheet) -> str:
        return f"{self.path} [{sheet.name}]" if sheet.name is not None else str(self.path)

    def read(self, sheet: _Sheet) -> None:
        found = _find_header(sheet, self.columns)
        if found is None:
            return  # a sheet of notes or statistics; read_roster complains if no sheet has a header
        header_index, fields = found
        headers = [h for h in sheet.rows[header_index] if h]
        sheet_platform = platform_of(sheet.name) if self.kind == "accounts" and sheet.name else None
        missing = [
            c for c in self.columns
            if c.required and c.field not in fields and not (c.field == "platform" and sheet_platform)
        ]
        if missing:
            names = "; ".join(" or ".join(c.headers[:2]) for c in missing)
            self.errors.append(
                f"{self.label(sheet)}: no column {names} "
                f"(the header row {header_index + 1} has: {', '.join(headers)})"
            )
            return
        self.sheets_read += 1
        name_headers = {_header_key(h) for c in self.columns if c.field == "name" for h in c.headers}
        for index in range(header_index + 1, len(sheet.rows)):
            cells = sheet.rows[index]
            if index in sheet.banners or not any(col in sheet.own[index] for cols in fields.values() for col in cols):
                continue  # blank (or only 序号, or only what a merged cell above carries down), or a section title
            name_cell = _value(cells, fields.get("name", []))
            if name_cell and _header_key(name_cell) in name_headers:
                continue  # the header again (printed pages, the second line of a two-line header)
            alone = sum(1 for col in sheet.own[index] if any(col in cols for cols in fields.values())) == 1
            if name_cell and alone and _SECTION.match(name_cell):
                continue  # a section title (一、市直部门) written in the name column only
            self.row(sheet, index, header_index, fields, sheet_platform)

    def row(
        self, sheet: _Sheet, index: int, header_index: int, fields: dict[str, list[int]], sheet_platform: str | None
    ) -> None:
        cells = sheet.rows[index]
        header_row = sheet.rows[header_index]
        values = {f: _value(cells, cols) for f, cols in fields.items()}
        header = {c.field: (header_row[fields[c.field][0]] or c.headers[0]) if c.field in fields else c.headers[0]
                  for c in self.columns}
        where = f"{self.label(sheet)} row {index + 1}"
        problems: list[str] = []

        def problem(field: str, message: str) -> None:
            problems.append(f"{where}: {header[field]}: {message}")

        for column in self.columns:
            if column.required and not values.get(column.field) and not (column.field == "platform" and sheet_platform):
                problem(column.field, "required value is missing")
        entry: dict[str, Any]
        if self.kind == "sites":
            url = values.get("url")
            address = _web_address(url) if url else None
            if url and address is None:
                problem("url", f"not a web address {url!r} (write http://… or https://…)")
            kind = values.get("kind")
            site_kind = SITE_KINDS.get("".join(kind.split()).casefold()) if kind else "department"
            if site_kind is None:
                problem("kind", f"unknown kind {kind!r} (门户 or 部门)")
            entry = {"code": values.get("code"), "name": values.get("name"), "url": address,
                     "kind": site_kind, "unit": values.get("unit"), "email": values.get("email")}
        else:
            written = values.get("platform")
            platform = platform_of(written) if written else sheet_platform
            if written and platform is None:
                problem("platform", f"unknown platform {written!r}")
            operator = values.get("operator")
            entry = {"code": values.get("code"), "name": values.get("name"), "platform": platform,
                     "operator": operator, "unit": values.get("unit") or operator,
                     "feed": values.get("feed"), "email": values.get("email")}
        if not problems:
            model = SiteConfig if self.kind == "sites" else AccountConfig
            try:
                config: SiteConfig | AccountConfig = model.model_validate({k: v for k, v in entry.items() if v is not None})
            except ValidationError as exc:  # the checks above should leave nothing for the schema
                for error in exc.errors():
                    field = str(error["loc"][0]) if error["loc"] else "name"
                    problem(field if field in header else "name", str(error["msg"]).removeprefix("Value error, "))
        if problems:
            self.problems += problems
            return
        if isinstance(config, SiteConfig) and not SITE_CODE_PATTERN.match(config.code):
            # As for a site in the YAML: a warning, and the site is still checked.
            self.problems.append(f"{where}: {header['code']}: {config.code!r} is not a 10-digit or bm+8-digit 网站标识码")
        duplicate = self.index.find(config)
        if duplicate:
            field, first = duplicate
            label = self.label(sheet) + " "
            first = first.removeprefix(label) if first.startswith(label) else first  # "row 5" on the same sheet
            self.errors.append(f"{where}: {header[field]}: {describe(config, field)} is listed twice (first at {first})")
            return
        self.index.add(config, where)
        self.entries.append(RosterEntry(where, config))

    def no_header(self, sheets: list[_Sheet]) -> str:
        wanted = ", ".join(c.headers[0] for c in self.columns if c.required)
        where = str(self.path)
        seen = ""
        for sheet in sheets:
            rows = [r for r in sheet.rows if any(r)][:HEADER_ROWS]
            widest = max(rows, key=lambda r: sum(1 for c in r if c), default=None)
            if widest:
                where = self.label(sheet) if len(sheets) > 1 and sheet.name is not None else where
                seen = f" (found: {', '.join(c for c in widest if c)})"
                break
        return f"{where}: no header row with {wanted} in the first {HEADER_ROWS} rows{seen}"


class Index:
    """Where each site or account was first seen, to name both places of a duplicate.

    A site is its 网站标识码. An account is its 新媒体标识码, and, when one of the two has no code,
    its platform and name (two accounts of one name on one platform with different codes are two).
    """

    def __init__(self) -> None:
        self._first: dict[tuple[Any, ...], tuple[str, bool]] = {}

    @staticmethod
    def _keys(config: SiteConfig | AccountConfig) -> list[tuple[str, tuple[Any, ...]]]:
        if isinstance(config, SiteConfig):
            return [("code", ("site", config.code))]
        keys: list[tuple[str, tuple[Any, ...]]] = [("code", ("account", config.code))] if config.code else []
        return [*keys, ("name", ("account", config.platform, config.name))]

    def find(self, config: SiteConfig | AccountConfig) -> tuple[str, str] | None:
        """(field that matched, where) of an earlier entry of the same site or account, or None."""
        for field, key in self._keys(config):
            if key in self._first:
                where, has_code = self._first[key]
                if field == "name" and has_code and isinstance(config, AccountConfig) and config.code:
                    continue
                return field, where
        return None

    def add(self, config: SiteConfig | AccountConfig, where: str) -> None:
        has_code = bool(config.code)
        for _field, key in self._keys(config):
            self._first.setdefault(key, (where, has_code))


def describe(config: SiteConfig | AccountConfig, by: str = "code") -> str:
    """``site 3703000034``, ``account 370300M0010001``, ``account 微博 淄博发布`` (by its platform and name)."""
    if isinstance(config, SiteConfig):
        return f"site {config.code}"
    if config.code and by == "code":
        return f"account {config.code}"
    return f"account {PLATFORM_NAMES.get(config.platform, config.platform)} {config.name}"


# -- finding the header -------------------------------------------------------------------------


def _header_key(text: str) -> str:
    """A header as compared: no spaces, no required-marks (*), no trailing note in brackets."""
    key = re.sub(r"[\s*＊]", "", text)
    key = _HEADER_NOTE.sub("", key) or key
    return key.casefold()


def _fields_of(cells: list[str | None], columns: tuple[Column, ...]) -> dict[str, list[int]]:
    """Field -> the columns naming it, the documented header's first."""
    keys = [_header_key(c) if c else "" for c in cells]
    fields: dict[str, list[int]] = {}
    for column in columns:
        found = [i for header in column.headers for i, key in enumerate(keys) if key == _header_key(header)]
        if found:
            fields[column.field] = list(dict.fromkeys(found))
    return fields


def _find_header(sheet: _Sheet, columns: tuple[Column, ...]) -> tuple[int, dict[str, list[int]]] | None:
    """The header row (the one naming most fields) among the first non-blank rows, or None."""
    best: tuple[int, dict[str, list[int]]] | None = None
    looked = 0
    for index, cells in enumerate(sheet.rows):
        if not any(cells):
            continue
        fields = _fields_of(cells, columns)
        # At least two known headers, one of them required: a sheet of statistics by 责任单位 is no roster.
        is_header = len(fields) >= 2 and any(c.required and c.field in fields for c in columns)
        if is_header and (best is None or len(fields) > len(best[1])):
            best = (index, fields)
        looked += 1
        if looked >= HEADER_ROWS:
            break
    return best


def _value(cells: list[str | None], columns: list[int]) -> str | None:
    """The first meaningful value among a field's columns."""
    for column in columns:
        value = cells[column] if column < len(cells) else None
        if value and value.casefold() not in _PLACEHOLDERS:
            return value
    return None


def _web_address(text: str) -> str | None:
    """An http(s) address; a bare host (www.zibo.gov.cn) is taken as http://; else None."""
    candidate = text if "://" in text else (f"http://{text}" if _HOST.match(text) else text)
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or re.search(r"\s", candidate):
        return None
    return candidate


# -- reading files ------------------------------------------------------------------------------


def cell_text(value: Any) -> str | None:
    """A cell as text: numbers without '.0' (3703000034), dates as ISO, whitespace and line breaks trimmed."""
    if value is None:
        return None
    if isinstance(value, bool):
        text = str(value)
    elif isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    elif isinstance(value, (date, time)):
        text = value.isoformat()
    else:
        text = str(value)
    lines = [line.strip() for line in _INVISIBLE.sub("", text).splitlines()]
    joined = ""
    for line in filter(None, lines):
        # A line break typed inside a cell (Alt+Enter) joins Chinese text directly, words with a space.
        ascii_words = joined and joined[-1].isascii() and joined[-1].isalnum() and line[0].isascii() and line[0].isalnum()
        joined += (" " if ascii_words else "") + line
    return joined or None


def _xlsx_sheets(path: Path) -> Iterator[_Sheet]:
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Data Validation extension is not supported" and the like
        try:
            # Not read_only: merged cells are only known in the full mode. data_only: formulas' values.
            book = openpyxl.load_workbook(path, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
            raise RosterFileError(f"{path}: cannot read it as an .xlsx workbook ({exc})") from None
    try:
        for sheet in book.worksheets:
            if sheet.sheet_state == "visible":
                yield _grid(sheet)
    finally:
        book.close()


def _grid(sheet: Any) -> _Sheet:
    width, height = sheet.max_column, sheet.max_row
    rows = [
        [cell_text(v) for v in row]
        for row in sheet.iter_rows(min_row=1, max_row=height, min_col=1, max_col=width, values_only=True)
    ]
    own = [{i for i, v in enumerate(row) if v} for row in rows]
    banners: set[int] = set()
    for merged in sheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top, min(merged.max_row, len(rows))):
            for c in range(left, min(merged.max_col, len(rows[r]))):
                rows[r][c] = value
        if merged.max_col > merged.min_col and value and own[top] == {left}:
            banners.add(top)
    return _Sheet(sheet.title, rows, own, banners)


def _csv_sheet(path: Path) -> _Sheet:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RosterFileError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    text = _decode(data, path)
    sample = "\n".join(text.splitlines()[:HEADER_ROWS])
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise RosterFileError(f"{path}: cannot read it as CSV ({exc})") from None
    rows = [[cell_text(v) for v in record] for record in records]
    return _Sheet(None, rows, [{i for i, v in enumerate(row) if v} for row in rows], set())


def _decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's 'Unicode text'), else GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "gb18030"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RosterFileError(f"{path}: cannot read it as text in UTF-8 or GB18030 (save it as CSV UTF-8)")
