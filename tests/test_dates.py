"""Dates as list cells and URLs write them, and the year of a month-day."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.dates import (
    cell_date,
    date_from_url,
    find_date,
    infer_date,
    match_date_cell,
    parse_date,
    year_month_from_url,
)


@pytest.mark.parametrize(
    "text",
    [
        "2024-05-06",
        "2024-5-6",
        "2024/5/6",
        "2024/05/06",
        "2024.05.06",
        "2024年5月6日",
        "2024年05月06日",
        "2024 年 5 月 6 日",
        "2024-05-06 10:21:33",
        "2024-05-06T10:21",
        "２０２４－０５－０６",
        "２０２４年５月６日",
        "[2024-05-06]",
        "(2024-05-06)",
        "（2024-05-06）",
        "【2024-05-06】",
        "发布日期：2024-05-06",
        "  2024-05-06\n",
    ],
)
def test_parse_date_full_formats(text: str) -> None:
    assert parse_date(text) == date(2024, 5, 6)


@pytest.mark.parametrize("text", ["05-06", "[05-06]", "(05-06)", "5月6日", "5-6", "05/06"])
def test_month_day_needs_a_default_year(text: str) -> None:
    assert parse_date(text) is None
    assert parse_date(text, default_year=2024) == date(2024, 5, 6)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "无日期",
        "2024-02-30",  # no such day
        "2024-13-01",  # no such month
        "1989-05-06",  # before government websites
        "2101-05-06",
        "2024-05",  # a month is not a date
        "2024.07",
        "20240506",  # bare digit runs are ids, not dates
        "2024-05-061",
        "〔2024〕3号",
        "113703000043301200X/2025-00123",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None
    assert parse_date(text, default_year=2024) is None


def test_parse_date_leap_day() -> None:
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    assert parse_date("2023-02-29") is None
    assert parse_date("02-29", default_year=2023) is None


def test_parse_date_takes_the_first_plausible() -> None:
    assert parse_date("2024-02-30 或 2024-03-01") == date(2024, 3, 1)
    assert parse_date("成文 2024-05-01 发布 2024-05-06") == date(2024, 5, 1)


def test_find_date_reports_positions_and_missing_year() -> None:
    found = find_date("发布：[08-23]")
    assert found is not None and (found.year, found.month, found.day) == (None, 8, 23)
    assert find_date("x") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://x.gov.cn/gzdt/202405/t20240506_123.html", date(2024, 5, 6)),
        ("./202405/t20240506_123.shtml", date(2024, 5, 6)),
        ("t20240506_123.html", date(2024, 5, 6)),
        ("http://x.gov.cn/art/2024/5/6/art_123_456.html", date(2024, 5, 6)),
        ("/art/2024/12/31/art_1_2.html", date(2024, 12, 31)),
        ("http://hrss.x.gov.cn/2024/05-06/1234.html", date(2024, 5, 6)),
        ("http://ggzy.x.gov.cn/jyxx/003001/003001001/20240506/8a7b6c5d-1e2f.html", date(2024, 5, 6)),
        ("http://x.gov.cn/gzdt/202405/P020240506512345678901.pdf", date(2024, 5, 6)),
        ("./P020240506387654321.xlsx", date(2024, 5, 6)),
    ],
)
def test_date_from_url(url: str, expected: date) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://x.gov.cn/jxzf/202405/0f8e7d6c5b4a39281706f5e4d3c2b1a0.shtml",  # month only
        "http://www.gov.cn/yaowen/liebiao/202411/content_6985432.htm",
        "http://x.gov.cn/col/col123/index.html",
        "http://x.gov.cn/gzdt/t20241306_1.html",  # no 13th month
        "http://x.gov.cn/gkmlpt/content/4/4284/post_4284753.html",
        "",
    ],
)
def test_date_from_url_none(url: str) -> None:
    assert date_from_url(url) is None


def test_year_month_from_url() -> None:
    assert year_month_from_url("http://x.gov.cn/jxzf/202405/0f8e7d6c.shtml") == (2024, 5)
    assert year_month_from_url("/yaowen/liebiao/202411/content_1.htm") == (2024, 11)
    assert year_month_from_url("/art/2024/5/6/art_1_2.html") == (2024, 5)
    assert year_month_from_url("/202413/x.html") is None
    assert year_month_from_url("/col/col123/index.html") is None


def test_infer_date_never_in_the_future() -> None:
    today = date(2026, 1, 10)
    assert infer_date(12, 1, today=today) == date(2025, 12, 1)
    assert infer_date(1, 10, today=today) == date(2026, 1, 10)
    assert infer_date(1, 11, today=today) == date(2025, 1, 11)
    # 02-29 goes back to the latest leap year that is not in the future.
    assert infer_date(2, 29, today=date(2026, 3, 1)) == date(2024, 2, 29)


def test_infer_date_takes_the_year_from_the_url() -> None:
    today = date(2026, 6, 1)
    assert infer_date(3, 15, today=today, url="/tzgg/202403/t20240315_9.html") == date(2024, 3, 15)
    assert infer_date(3, 15, today=today, url="/art/2023/3/15/art_1_2.html") == date(2023, 3, 15)
    assert infer_date(3, 15, today=today, url="/jxzf/202303/abcdef.shtml") == date(2023, 3, 15)
    # Shown and URL dates may straddle New Year: the nearer year wins.
    assert infer_date(12, 31, today=today, url="/x/202501/t20250101_1.html") == date(2024, 12, 31)
    assert infer_date(1, 1, today=today, url="/x/202412/t20241231_1.html") == date(2025, 1, 1)


def test_infer_date_ignores_a_url_year_in_the_future() -> None:
    today = date(2026, 1, 10)
    assert infer_date(12, 1, today=today, url="/x/202612/t20261201_1.html") == date(2025, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-06", date(2024, 5, 6)),
        ("[2024-05-06]", date(2024, 5, 6)),
        ("（2024/05/06）", date(2024, 5, 6)),
        ("2024-05-06 10:21", date(2024, 5, 6)),
        ("发布日期：2024年5月6日", date(2024, 5, 6)),
        ("发布时间: 2024-05-06 10:21:33", date(2024, 5, 6)),
        ("[12-01]", date(2025, 12, 1)),
        ("01-09", date(2026, 1, 9)),
    ],
)
def test_cell_date_accepts_date_only_text(text: str, expected: date) -> None:
    assert cell_date(text, today=date(2026, 1, 10)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "关于2024年1月1日起执行新标准的通知",
        "今天是2026年1月10日 星期六",
        "2024—2026年行动方案",
        "淄政办字〔2026〕3号",
        "113703000043301200X/2025-00123",
        "有效期至2030-01-01",
        "8月22日，市政府召开常务会议",
        "页面生成时间 2026-01-09 18:10:10",
        "访问次数：2280727",
        "",
    ],
)
def test_cell_date_rejects_text_that_says_more(text: str) -> None:
    assert match_date_cell(text) is None
    assert cell_date(text, today=date(2026, 1, 10)) is None


def test_cell_date_uses_a_year_left_in_a_comment() -> None:
    assert cell_date(" 07-04", today=date(2026, 1, 10), comment_year=2018) == date(2018, 7, 4)
    assert cell_date("2024-07-04", today=date(2026, 1, 10), comment_year=2018) == date(2024, 7, 4)
