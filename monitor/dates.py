"""Dates as government sites write them: in list cells, in URLs, with or without a year.

Pure functions of their arguments. Nothing here reads the clock: whoever needs "today"
(to give a month-day its year) passes it in.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "DateMatch",
    "cell_date",
    "date_from_url",
    "find_date",
    "infer_date",
    "make_date",
    "match_date_cell",
    "parse_date",
    "year_month_from_url",
]

# Government sites went online in the 1990s; anything outside this window is a typo or not a date.
MIN_YEAR = 1990
MAX_YEAR = 2100

# Year, month and day separated by -, /, . or written 年…月…日 (the 日 is optional).
_FULL = re.compile(
    r"(?<!\d)((?:19|20|21)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*日)?(?!\d)"
)
# Month and day alone: 05-06, 5/6, 5月6日. The dot is left out on purpose: "3.5" is more
# often a number than a date, and month-day lists seen in the wild use - or 月.
_MONTH_DAY = re.compile(r"(?<![\d./-])(\d{1,2})\s*(?:[-/]|月)\s*(\d{1,2})(?:\s*日)?(?![\d./-])")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# What may surround a date in a cell that holds nothing else: brackets, a time, a label.
_CELL_NOISE = re.compile(
    r"(?:发布|成文|更新|发文|公开|印发|生成|上传|提交)?(?:日期|时间)|发布于|[\s\[\]()【】〔〕<>《》「」:,，.。·|~T-]"
)
_DIGIT = re.compile(r"\d")

# URL patterns carrying a full date, most specific first.
_URL_FULL: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<![A-Za-z0-9])t((?:19|20|21)\d{2})(\d{2})(\d{2})_\d+"),  # TRS t20240506_123.html
    re.compile(r"(?<![A-Za-z0-9])P0((?:19|20|21)\d{2})(\d{2})(\d{2})\d*"),  # TRS attachment P020240506….pdf
    re.compile(r"/art/(\d{4})/(\d{1,2})/(\d{1,2})/"),  # Hanweb /art/2024/5/6/art_1_2.html
    re.compile(r"/(\d{4})/(\d{2})-(\d{2})/"),  # /2024/05-06/123.html
    re.compile(r"/((?:19|20|21)\d{2})(\d{2})(\d{2})/"),  # Epoint /20240506/<uuid>.html
    re.compile(r"/((?:19|20|21)\d{2})/(\d{2})(\d{2})/"),  # DedeCMS /a/gzdt/2024/0506/123.html
    re.compile(r"/(\d{4})-(\d{1,2})-(\d{1,2})/"),
    re.compile(r"/(\d{4})/(\d{1,2})/(\d{1,2})/"),
)
# URL patterns carrying only a year and month (TRS /202405/, www.gov.cn /liebiao/202411/).
_URL_MONTH: tuple[re.Pattern[str], ...] = (
    re.compile(r"/((?:19|20|21)\d{2})(\d{2})/"),
    re.compile(r"/(\d{4})-(\d{1,2})/"),
    re.compile(r"/(\d{4})/(\d{1,2})/"),
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in a string; year is None for a month-day such as 05-06."""

    year: int | None
    month: int
    day: int
    start: int
    end: int


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist or the year is outside MIN_YEAR..MAX_YEAR."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _normalize(text: str) -> str:
    # NFKC folds full-width digits and punctuation (２０２４－０５－０６, （）, ／) to ASCII.
    return unicodedata.normalize("NFKC", text)


def find_date(text: str) -> DateMatch | None:
    """The first valid full date in text, else the first valid month-day; positions refer to the NFKC form."""
    text = _normalize(text)
    for m in _FULL.finditer(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if make_date(year, month, day) is not None:
            return DateMatch(year, month, day, m.start(), m.end())
    for m in _MONTH_DAY.finditer(text):
        month, day = int(m[1]), int(m[2])
        if make_date(2000, month, day) is not None:  # 2000 is a leap year, so 02-29 passes
            return DateMatch(None, month, day, m.start(), m.end())
    return None


def parse_date(text: str, *, default_year: int | None = None) -> date | None:
    """The first plausible date in a short string.

    Full dates in any common layout (2024-05-06, 2024/5/6, 2024.05.06, 2024年5月6日, with a
    time, full-width, bracketed) are returned as written. A month-day alone (05-06, 5月6日)
    needs default_year; without it the result is None.
    """
    if not _DIGIT.search(text):
        return None
    found = find_date(text)
    if found is None:
        return None
    if found.year is not None:
        return make_date(found.year, found.month, found.day)
    if default_year is None:
        return None
    return make_date(default_year, found.month, found.day)


def date_from_url(url: str) -> date | None:
    """The publication date a CMS wrote into an article or attachment URL, or None.

    Recognises TRS t20240506_123.html and P020240506….pdf, Hanweb /art/2024/5/6/…,
    /2024/05-06/…, Epoint /20240506/<uuid>.html, DedeCMS /2024/0506/123.html. A URL carrying
    only a month gives None.
    """
    for pattern in _URL_FULL:
        for m in pattern.finditer(url):
            found = make_date(int(m[1]), int(m[2]), int(m[3]))
            if found is not None:
                return found
    return None


def year_month_from_url(url: str) -> tuple[int, int] | None:
    """(year, month) from a URL carrying a full date or only a month (/202405/<hex>.shtml), or None."""
    full = date_from_url(url)
    if full is not None:
        return full.year, full.month
    for pattern in _URL_MONTH:
        for m in pattern.finditer(url):
            year, month = int(m[1]), int(m[2])
            if make_date(year, month, 1) is not None:
                return year, month
    return None


def infer_date(month: int, day: int, *, today: date, url: str = "") -> date | None:
    """The date of a month-day list entry, never later than today.

    The year comes from the item's URL when it carries one (picking the year that puts the
    date nearest the URL's own date, so 12-31 next to t20250101 stays in 2024); otherwise it
    is the latest year that does not put the date after today: 12-01 seen on 2026-01-10 is
    2025-12-01. A URL year that would give a future date is ignored.
    """
    from_url = year_month_from_url(url) if url else None
    if from_url is not None:
        anchor = date(from_url[0], from_url[1], 15)
        candidates = [make_date(from_url[0] + shift, month, day) for shift in (0, -1, 1)]
        valid = [c for c in candidates if c is not None]
        if valid:
            best = min(valid, key=lambda c: abs((c - anchor).days))
            if best <= today:
                return best
    # Walk back at most four years: enough for 02-29 to find a leap year.
    for year in range(today.year, today.year - 5, -1):
        found = make_date(year, month, day)
        if found is not None and found <= today:
            return found
    return None


def match_date_cell(text: str) -> DateMatch | None:
    """The date of a list cell whose text is only a date, or None when the text says more.

    "2024-05-06", "[2024-05-06]", "(05-06)", "2024-05-06 10:21", "发布日期：2024年5月6日" are
    date cells; "关于2024年1月1日起执行…" or "今天是2024年5月6日" are not.
    """
    if len(text) > 40 or not _DIGIT.search(text):
        return None
    normal = _normalize(text)
    found = find_date(normal)
    if found is None:
        return None
    rest = normal[: found.start] + " " + normal[found.end :]
    if _CELL_NOISE.sub("", _TIME.sub("", rest)):
        return None
    return found


def cell_date(text: str, *, today: date, url: str = "", comment_year: int | None = None) -> date | None:
    """The date of a date-only list cell (see match_date_cell), with the year filled in.

    A month-day gets its year from comment_year (a year the CMS left in an HTML comment beside
    it), else from infer_date, so it is never after today.
    """
    found = match_date_cell(text)
    if found is None:
        return None
    if found.year is not None:
        return make_date(found.year, found.month, found.day)
    if comment_year is not None:
        return make_date(comment_year, found.month, found.day)
    return infer_date(found.month, found.day, today=today, url=url)
