"""Account observations from a spreadsheet (`monitor import observations FILE.csv|FILE.xlsx`).

One row is one observation of one configured new-media account, as an inspector or a
platform export writes it (contracts §5). Headers, in any order, in the first row that has
them (title rows above it are fine; other columns are ignored and listed):

- the account: ``新媒体标识码``, or ``账号名称`` + ``账号类型`` (platform names as people write
  them: 微信公众号, 新浪微博, 抖音短视频 …). A row is matched to a configured account by its
  code, else by platform and name; with both, they must agree.
- ``观测时间`` (required): a date or a date-time in the config's time zone (xlsx date cells,
  2024-08-29, 2024/8/29, 2024-08-29 10:30, 2024年8月29日, 20240829). A date alone is 00:00 of
  that day, so that a report as of that day sees it.
- ``最近发布时间`` (required column): the newest post, a date or a date-time. Empty means the
  account never published: post count 0, unless ``发布数`` says otherwise.
- optional: ``发布数`` (a whole number), ``有无互动`` (有/无, 是/否), ``实际名称`` (the name the
  platform shows), ``认证主体``, ``是否认证`` (是/否, 已认证/未认证). An empty cell says nothing.

Pure: reads the file and the configured accounts, never the database nor the clock (the
caller passes ``now``). Every problem of every row is collected and reported at once, and a
file with any problem yields nothing, so that ``monitor.store.imports`` stores a file whole or
not at all.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import hashlib
import io
import json
import re
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any

from monitor.config import AccountConfig
from monitor.dates import MAX_YEAR, MIN_YEAR, make_date
from monitor.rules.accounts import normalise_name
from monitor.vocab import PLATFORM_NAMES, platform_of

CODE = "新媒体标识码"
NAME = "账号名称"
PLATFORM = "账号类型"
OBSERVED = "观测时间"
LATEST = "最近发布时间"
COUNT = "发布数"
INTERACTION = "有无互动"
PLATFORM_NAME = "实际名称"
ENTITY = "认证主体"
VERIFIED = "是否认证"
HEADERS: tuple[str, ...] = (CODE, NAME, PLATFORM, OBSERVED, LATEST, COUNT, INTERACTION, PLATFORM_NAME, ENTITY, VERIFIED)

HEADER_SCAN_ROWS = 30
"""How far down a sheet the header row is looked for (title rows, notes above it)."""

_INTERACTION_WORDS = {"有": True, "是": True, "true": True, "无": False, "否": False, "false": False}
_VERIFIED_WORDS = {"是": True, "已认证": True, "true": True, "否": False, "未认证": False, "false": False}
_DATE_HINT = "write 2024-08-29, 2024/8/29, 2024-08-29 10:30 or 2024年8月29日"

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls


# -- problems -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with a file: where (sheet, row, header), what was written, and why."""

    row: int | None  # spreadsheet row number (1 = first row); None: the file as a whole
    header: str | None
    value: str | None  # as written ('' for an empty cell); None when no cell is meant
    reason: str
    sheet: str | None = None  # named when the workbook has several sheets

    def line(self, file: str) -> str:
        where = file + (f"[{self.sheet}]" if self.sheet else "") + (f":{self.row}" if self.row is not None else "")
        parts = [where]
        if self.header:
            parts.append(self.header)
        if self.value is not None:
            parts.append(f"'{self.value}'" if self.value else "(empty)")
        return ": ".join([*parts, self.reason])


class ObservationImportError(Exception):
    """A file that cannot be imported, already phrased for the user; nothing of it was stored.

    The message is a summary line, then one ``file[:row]: header: 'value': reason`` line per problem.
    """

    def __init__(self, file: str, problems: Sequence[RowProblem]) -> None:
        self.file = file
        self.problems = tuple(problems)
        rows = {(p.sheet, p.row) for p in self.problems if p.row is not None and p.value is not None}
        head = f"{file}: nothing imported" + (f" ({len(rows)} bad row{'s' if len(rows) != 1 else ''})" if rows else "")
        super().__init__("\n".join([head, *(p.line(file) for p in self.problems)]))


def _file_error(file: str, reason: str) -> ObservationImportError:
    return ObservationImportError(file, [RowProblem(None, None, None, reason)])


# -- what a file yields -------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedObservation:
    """One row, read and matched: what it says about one configured account at one instant."""

    row: int
    sheet: str | None  # the worksheet's name (None for CSV)
    account: AccountConfig
    observed_at: datetime  # timezone-aware
    latest_post_at: datetime | None
    post_count: int | None
    interaction: bool | None
    platform_name: str | None
    verified_entity: str | None
    verified: bool | None
    written: dict[str, str] = field(default_factory=dict, compare=False, repr=False)  # header -> cell as written
    sheet_label: str | None = field(default=None, compare=False, repr=False)  # how problems name the sheet

    def facts(self) -> dict[str, Any]:
        """What the row states, independent of where it was written (JSON-ready, instants in UTC)."""
        return {
            "account": self.account.key, "observed_at": _utc_iso(self.observed_at),
            "latest_post_at": _utc_iso(self.latest_post_at) if self.latest_post_at else None,
            "post_count": self.post_count, "interaction": self.interaction, "platform_name": self.platform_name,
            "verified_entity": self.verified_entity, "verified": self.verified,
        }

    @property
    def digest(self) -> str:
        """sha256 of `facts()`: the identity of the observation, whichever file or row states it."""
        text = json.dumps(self.facts(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ObservationFile:
    """A file read whole and without problems."""

    name: str  # the file name, as stored with each observation
    sha256: str  # of the file's bytes
    observations: tuple[ImportedObservation, ...]
    sheets: tuple[str, ...]  # worksheets read (empty for CSV)
    ignored_columns: tuple[str, ...]  # header cells that are none of HEADERS
    blank_rows: int  # rows below a header with nothing in any known column


def _utc_iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat()


# -- reading ------------------------------------------------------------------------------


def read_observations(
    path: Path, accounts: Sequence[AccountConfig], tz: tzinfo, *, now: datetime
) -> ObservationFile:
    """Read an import file (CSV in UTF-8, UTF-8 with BOM, UTF-16 or GB18030; or xlsx) against the
    configured accounts, in the config's time zone; raise ObservationImportError naming every problem.

    ``now`` (timezone-aware) only rejects observations dated after today.
    """
    file = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _file_error(file, "file not found") from None
    except OSError as exc:
        raise _file_error(file, f"cannot read: {exc.strerror or exc}") from None
    return parse_observations(data, path.name, accounts, tz, now=now, file=file)


def parse_observations(
    data: bytes, name: str, accounts: Sequence[AccountConfig], tz: tzinfo, *, now: datetime,
    file: str | None = None,
) -> ObservationFile:
    """`read_observations` on a file's bytes; ``name`` is stored, ``file`` (default name) is shown in messages."""
    file = file or name
    if not accounts:
        raise _file_error(file, "the config lists no accounts: add them under accounts: first")
    sheets = _sheets(file, data)
    reader = _Reader(accounts, tz, now)
    read_sheets: list[str] = []
    ignored: dict[str, None] = {}
    for sheet in sheets:
        header = _find_header(sheet)
        if header is None:
            continue
        if sheet.name is not None:
            read_sheets.append(sheet.name)
        ignored.update(dict.fromkeys(header.extra))
        reader.read_sheet(sheet, header)
    if not reader.sheets_read:
        where = " in any sheet" if len(sheets) > 1 else ""
        raise _file_error(
            file, f"no header row{where}: the first {HEADER_SCAN_ROWS} rows have no row with {OBSERVED} "
                  f"and {CODE} or {NAME}")
    problems = reader.problems + reader.conflicts()
    if not problems and not reader.observations:
        problems.append(RowProblem(None, None, None, "no observation rows below the header row"))
    if problems:
        rank = {sheet.label: position for position, sheet in enumerate(sheets)}
        raise ObservationImportError(file, sorted(problems, key=lambda p: _problem_order(p, rank)))
    return ObservationFile(
        name=name, sha256=hashlib.sha256(data).hexdigest(), observations=tuple(reader.observations),
        sheets=tuple(read_sheets), ignored_columns=tuple(ignored), blank_rows=reader.blank_rows,
    )


def _problem_order(problem: RowProblem, sheet_rank: dict[str | None, int]) -> tuple[int, int, int]:
    """Sheet by sheet, row by row, and within a row in the order of HEADERS."""
    column = HEADERS.index(problem.header) if problem.header in HEADERS else -1
    return (sheet_rank.get(problem.sheet, 0), problem.row or 0, column)


@dataclass(frozen=True)
class _Sheet:
    name: str | None  # None for CSV
    label: str | None  # how problems name it: None unless the workbook has several sheets
    rows: list[tuple[int, tuple[Any, ...]]]


def _sheets(file: str, data: bytes) -> list[_Sheet]:
    """The file's tables, by content rather than by name: an xlsx is a zip, anything else is text."""
    if data.startswith(_ZIP):
        return _workbook(file, data)
    if data.startswith(_OLE2):
        raise _file_error(file, "an Excel 97-2003 (.xls) workbook: save it as .xlsx or CSV")
    text = _decode(file, data)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    except csv.Error as exc:
        raise _file_error(file, f"not a readable CSV file: {exc}") from None
    # Record numbers, as a spreadsheet program shows the rows.
    return [_Sheet(None, None, [(number, tuple(row)) for number, row in enumerate(rows, start=1)])]


def _workbook(file: str, data: bytes) -> list[_Sheet]:
    import openpyxl  # only for xlsx

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and the like, from other tools' files
            book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # zip, XML and openpyxl's own errors alike: the file is not a workbook
        raise _file_error(file, f"not a readable xlsx workbook ({type(exc).__name__}: {exc})") from None
    several = len(book.worksheets) > 1
    return [
        _Sheet(sheet.title, sheet.title if several else None,
               [(number, tuple(row)) for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)])
        for sheet in book.worksheets
    ]


def _decode(file: str, data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)  # Excel's "Unicode text"
    else:
        encodings = ("utf-8", "gb18030")  # GB18030 covers GBK and GB2312
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _file_error(file, "not text in UTF-8 or GB18030: save it as CSV (UTF-8) or .xlsx")


def _delimiter(text: str) -> str:
    """Comma, else tab (Excel's Unicode text) or semicolon when they clearly dominate."""
    sample = text[:16384]
    counts = {d: sample.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _header_name(value: Any) -> str:
    """A header cell as compared: full-width folded, spaces, a required-mark * and a trailing
    note in brackets removed (观测时间（年-月-日） → 观测时间)."""
    if value is None:
        return ""
    text = "".join(unicodedata.normalize("NFKC", str(value)).split())
    text = re.sub(r"[(\[【][^()\[\]【】]*[)\]】]$", "", text)
    return text.strip("*:")


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class _Header:
    position: int  # index in the sheet's rows
    number: int  # row number
    names: list[str]  # every cell of the row, as compared
    columns: dict[str, int]  # known header -> column index (its first occurrence)
    extra: list[str]  # header cells that are none of HEADERS, as written


def _find_header(sheet: _Sheet) -> _Header | None:
    """The sheet's header row: the first that has 观测时间 and 新媒体标识码 or 账号名称."""
    for position, (number, cells) in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        names = [_header_name(c) for c in cells]
        if OBSERVED in names and (CODE in names or NAME in names):
            columns: dict[str, int] = {}
            for index, name in enumerate(names):
                if name in HEADERS:
                    columns.setdefault(name, index)
            extra = [str(c).strip() for c, n in zip(cells, names, strict=True) if n and n not in HEADERS]
            return _Header(position, number, names, columns, extra)
    return None


class _Reader:
    """Reads the rows of every sheet, collecting observations and problems."""

    def __init__(self, accounts: Sequence[AccountConfig], tz: tzinfo, now: datetime) -> None:
        self.accounts = accounts
        self.tz = tz
        self.today = now.astimezone(tz).date()
        self.by_code = {_code_key(a.code): a for a in accounts if a.code}
        self.by_name: dict[tuple[str, str], list[AccountConfig]] = defaultdict(list)
        for account in accounts:
            self.by_name[(account.platform, normalise_name(account.name))].append(account)
        self.problems: list[RowProblem] = []
        self.observations: list[ImportedObservation] = []
        self.blank_rows = 0
        self.sheets_read = 0

    # -- sheets and rows

    def read_sheet(self, sheet: _Sheet, header: _Header) -> None:
        self.sheets_read += 1
        label, header_row, columns = sheet.label, header.number, header.columns
        before = len(self.problems)
        for known in columns:
            repeated = [i for i, name in enumerate(header.names) if name == known]
            if len(repeated) > 1:
                self.problems.append(RowProblem(
                    header_row, known, None,
                    f"column appears {len(repeated)} times (columns {' and '.join(_column_letter(i) for i in repeated)})", label))
        if LATEST not in columns:
            self.problems.append(RowProblem(header_row, LATEST, None, "column missing from the header row", label))
        if CODE not in columns and PLATFORM not in columns:
            self.problems.append(RowProblem(
                header_row, PLATFORM, None, f"column missing: without {CODE} a row names its account by "
                                            f"{NAME} and {PLATFORM}", label))
        if len(self.problems) > before:
            return  # the rows cannot be read right: their problems would be noise
        for number, cells in sheet.rows[header.position + 1:]:
            row = {h: cells[i] if i < len(cells) else None for h, i in columns.items()}
            if all(_blank(v) for v in row.values()):
                self.blank_rows += 1  # blank, or only a 序号 or note in a column we do not read
                continue
            self.read_row(number, sheet, row)

    def read_row(self, number: int, sheet: _Sheet, row: dict[str, Any]) -> None:
        problems: list[RowProblem] = []

        def bad(header: str, reason: str) -> None:
            problems.append(RowProblem(number, header, _written(row.get(header)), reason, sheet.label))

        account = self._account(row, bad)
        observed = self._instant(row, OBSERVED, bad, required=True)
        if observed is not None and observed.astimezone(self.tz).date() > self.today:
            bad(OBSERVED, f"in the future (today is {self.today.isoformat()})")
        latest = self._instant(row, LATEST, bad, required=False) if LATEST in row else None
        if latest is not None and observed is not None and \
                latest.astimezone(self.tz).date() > observed.astimezone(self.tz).date():
            bad(LATEST, f"after {OBSERVED} {observed.astimezone(self.tz).date().isoformat()}")
        count = self._count(row, bad)
        if latest is not None and count == 0:
            bad(COUNT, f"0 posts, yet {LATEST} is given")
        if LATEST in row and _blank(row[LATEST]) and count is None:
            count = 0  # an empty 最近发布时间: nothing was ever published
        interaction = self._yes_no(row, INTERACTION, _INTERACTION_WORDS, "write 有 or 无 (or 是/否)", bad)
        verified = self._yes_no(row, VERIFIED, _VERIFIED_WORDS, "write 是 or 否 (or 已认证/未认证)", bad)
        if problems:
            self.problems += problems
            return
        assert account is not None and observed is not None
        self.observations.append(ImportedObservation(
            row=number, sheet=sheet.name, account=account, observed_at=observed, latest_post_at=latest, post_count=count,
            interaction=interaction, platform_name=_text(row.get(PLATFORM_NAME)),
            verified_entity=_text(row.get(ENTITY)), verified=verified,
            written={h: _written(v) for h, v in row.items() if not _blank(v)}, sheet_label=sheet.label,
        ))

    def conflicts(self) -> list[RowProblem]:
        """Rows that disagree about one account at one instant (the rules could not tell which holds)."""
        problems = []
        first: dict[tuple[str, datetime], ImportedObservation] = {}
        for observation in self.observations:
            earlier = first.setdefault((observation.account.key, observation.observed_at), observation)
            header = _disagreement(earlier, observation) if earlier is not observation else None
            if header is not None:
                where = f"row {earlier.row}" + (f" of sheet {earlier.sheet_label}" if earlier.sheet_label else "")
                said = earlier.written.get(header)
                problems.append(RowProblem(
                    observation.row, header, observation.written.get(header, ""),
                    f"{where} gives {repr(said) if said else '(empty)'} for the same account and {OBSERVED}",
                    observation.sheet_label))
        return problems

    # -- cells

    def _account(self, row: dict[str, Any], bad: Any) -> AccountConfig | None:
        code = _code_text(row.get(CODE))
        name = _text(row.get(NAME))
        kind = _text(row.get(PLATFORM))
        platform = platform_of(kind) if kind else None
        if kind and platform is None:
            bad(PLATFORM, f"unknown platform (known: {', '.join(PLATFORM_NAMES.values())})")
            return None
        if code:
            account = self.by_code.get(_code_key(code))
            if account is not None:
                if name and normalise_name(name) != normalise_name(account.name):
                    bad(NAME, f"the account with {CODE} {code} is “{account.name}”")
                    return None
                if platform and platform != account.platform:
                    bad(PLATFORM, f"the account with {CODE} {code} is on {PLATFORM_NAMES[account.platform]}")
                    return None
                return account
            named = self.by_name.get((platform, normalise_name(name)), []) if name and platform else []
            uncoded = [a for a in named if not a.code]
            if len(uncoded) == 1:
                return uncoded[0]  # configured without its code
            if named:
                codes = ", ".join(a.code or "" for a in named)
                bad(CODE, f"no configured account has this code ({PLATFORM_NAMES[named[0].platform]} "
                          f"“{named[0].name}” has {codes})")
            else:
                bad(CODE, "no configured account has this code")
            return None
        if not name:
            bad(NAME if NAME in row or CODE not in row else CODE, f"empty: give {CODE}, or {NAME} and {PLATFORM}")
            return None
        if not kind:
            bad(PLATFORM, f"empty: needed to find “{name}” without {CODE}")
            return None
        assert platform is not None
        found = self.by_name.get((platform, normalise_name(name)), [])
        if len(found) == 1:
            return found[0]
        if found:
            bad(NAME, f"{len(found)} configured {PLATFORM_NAMES[platform]} accounts have this name: give {CODE}")
            return None
        hint = difflib.get_close_matches(
            normalise_name(name), [normalise_name(a.name) for a in self.accounts if a.platform == platform], n=1)
        closest = next((a.name for a in self.accounts if a.platform == platform and hint
                        and normalise_name(a.name) == hint[0]), None)
        bad(NAME, f"no configured {PLATFORM_NAMES[platform]} account has this name"
                  + (f" (did you mean “{closest}”?)" if closest else ""))
        return None

    def _instant(self, row: dict[str, Any], header: str, bad: Any, *, required: bool) -> datetime | None:
        value = row.get(header)
        if _blank(value):
            if required:
                bad(header, "empty: the date (or date and time) of the observation is required")
            return None
        instant, reason = parse_instant(value, self.tz)
        if reason:
            bad(header, reason)
        return instant

    def _count(self, row: dict[str, Any], bad: Any) -> int | None:
        value = row.get(COUNT)
        if _blank(value):
            return None
        count = parse_count(value)
        if count is None:
            bad(COUNT, "not a whole number of posts (0 or more)")
        return count

    def _yes_no(self, row: dict[str, Any], header: str, words: dict[str, bool], hint: str, bad: Any) -> bool | None:
        value = row.get(header)
        if _blank(value):
            return None
        if isinstance(value, bool):
            return value
        answer = words.get("".join(unicodedata.normalize("NFKC", str(value)).split()).casefold())
        if answer is None:
            bad(header, hint)
        return answer


def _disagreement(one: ImportedObservation, other: ImportedObservation) -> str | None:
    """The first header whose values two observations of one account at one instant disagree on."""
    a, b = one.facts(), other.facts()

    def never(facts: dict[str, Any]) -> bool:
        return facts["latest_post_at"] is None and facts["post_count"] == 0

    def told(facts: dict[str, Any]) -> bool:
        return facts["latest_post_at"] is not None or facts["post_count"] is not None

    if told(a) and told(b) and never(a) != never(b):
        return LATEST
    for header, fact in _FACT_OF_HEADER.items():
        if a[fact] is not None and b[fact] is not None and a[fact] != b[fact]:
            return header
    return None


_FACT_OF_HEADER = {
    LATEST: "latest_post_at", COUNT: "post_count", INTERACTION: "interaction", PLATFORM_NAME: "platform_name",
    ENTITY: "verified_entity", VERIFIED: "verified",
}


# -- cell values --------------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _written(value: Any) -> str:
    """A cell as the user sees it, for messages."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _text(value: Any) -> str | None:
    text = _written(value)
    return text or None


def _code_text(value: Any) -> str | None:
    # A code typed into a number cell comes back as a number: it is text.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _text(value)


def _code_key(code: str) -> str:
    return "".join(unicodedata.normalize("NFKC", code).split()).upper()


_DATE = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?|(\d{4})(\d{2})(\d{2})")
_TIME = re.compile(r"(\d{1,2})\s*(?::|时|点)\s*(\d{1,2})(?:\s*(?::|分)\s*(\d{1,2})(?:\.\d+)?\s*秒?|\s*分)?")
_ZONE = re.compile(r"Z|([+-])(\d{2}):?(\d{2})")


def parse_instant(value: Any, tz: tzinfo) -> tuple[datetime | None, str | None]:
    """A date or date-time cell as an instant: (instant, None), or (None, why it is not one).

    Without a time of day a date means 00:00 of that day; without an offset the time is in `tz`.
    """
    if isinstance(value, bool):
        return None, f"not a date ({_DATE_HINT})"
    if isinstance(value, datetime):  # an xlsx date cell (naive: wall-clock time)
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            return None, f"year outside {MIN_YEAR}–{MAX_YEAR}"
        return (value if value.tzinfo else value.replace(tzinfo=tz)), None
    if isinstance(value, date):
        return parse_instant(datetime.combine(value, time(0)), tz)
    if isinstance(value, (int, float)):
        if not (float(value).is_integer() and 10_000_000 <= value <= 99_999_999):  # 20240829
            return None, f"a number, not a date: format the cell as a date or {_DATE_HINT}"
        value = str(int(value))
    if not isinstance(value, str):
        return None, f"not a date ({_DATE_HINT})"
    text = unicodedata.normalize("NFKC", value).strip()
    found = _DATE.match(text)
    if found is None:
        return None, f"not a date ({_DATE_HINT})"
    year, month, day = (int(g) for g in (found.group(1, 2, 3) if found.group(1) else found.group(4, 5, 6)))
    rest = text[found.end():].strip()
    rest = rest[1:].strip() if rest[:1] in ("T", "t") else rest
    hour = minute = second = 0
    clock = _TIME.match(rest)
    if clock is not None:
        hour, minute, second = int(clock[1]), int(clock[2]), int(clock[3] or 0)
        rest = rest[clock.end():].strip()
    zone: tzinfo = tz
    if rest:
        offset = _ZONE.fullmatch(rest) if clock is not None else None
        if offset is None:
            return None, f"not a date ({_DATE_HINT})"
        if offset[1]:
            minutes = int(offset[2]) * 60 + int(offset[3])
            zone = timezone(timedelta(minutes=minutes if offset[1] == "+" else -minutes))
        else:
            zone = timezone.utc
    if make_date(year, month, day) is None:
        inside = MIN_YEAR <= year <= MAX_YEAR
        return None, "no such date" if inside else f"year outside {MIN_YEAR}–{MAX_YEAR}"
    if hour > 23 or minute > 59 or second > 59:
        return None, "no such time of day"
    return datetime(year, month, day, hour, minute, second, tzinfo=zone), None


def parse_count(value: Any) -> int | None:
    """A whole number of posts ≥ 0 (12, 12.0, "1,234", "12.0"), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    if isinstance(value, int):
        return value if value >= 0 else None
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(",", "")
    whole = re.fullmatch(r"(\d+)(?:\.0*)?", text, re.ASCII)
    return int(whole[1]) if whole else None

