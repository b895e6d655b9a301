"""`monitor import observations`: account observations from xlsx and CSV files, into a real
database, read back and judged by the account rules."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import sqlalchemy as sa
import yaml

from monitor import jobs
from monitor.config import AccountConfig, LoadedConfig, parse_config
from monitor.imports import ObservationImportError, parse_instant, parse_observations, read_observations
from monitor.rules.catalog import load_ruleset
from monitor.rules.engine import evaluate_accounts
from monitor.rules.verdict import AccountVerdict
from monitor.store import AccountObservation, make_engine, session_factory, upgrade_async
from monitor.store.imports import ImportResult, import_observations
from monitor.store.repository import load_accounts

SHANGHAI = ZoneInfo("Asia/Shanghai")
AS_OF = date(2024, 8, 29)
NOW = datetime(2024, 9, 1, tzinfo=timezone.utc)

ACCOUNTS = [
    {"code": "140300M019XL0001", "name": "阳泉市场监管", "platform": "weibo", "operator": "阳泉市市场监督管理局"},
    {"name": "红色云阳", "platform": "wechat", "operator": "泾阳县云阳镇人民政府"},
    {"name": "健康三原", "platform": "wechat", "operator": "三原县卫生健康局"},
    {"name": "三原发布", "platform": "douyin", "operator": "三原县人民政府办公室"},
    {"name": "云阳资讯", "platform": "toutiao", "operator": "泾阳县云阳镇人民政府"},
    {"code": "610423M011WX0001", "name": "泾阳发布", "platform": "wechat", "operator": "泾阳县人民政府办公室"},
]

HEADER = ["序号", "新媒体标识码", "账号名称", "账号类型", "观测时间", "最近发布时间", "发布数", "有无互动",
          "实际名称", "认证主体", "是否认证", "备注"]
# One row per account, as an inspector writes them: text dates in every common layout, platform
# names as people write them. The xlsx test replaces some dates with date cells.
ROWS = [
    # 20 days without a post before the 观测时间: 监测时间点前2周内无更新.
    ["1", "140300M019XL0001", "", "", "2024-08-29 10:30", "2024-08-09", "", "有",
     "阳泉市场监管", "阳泉市市场监督管理局", "是", ""],
    # 有无互动 = 无: 未提供有效互动功能.
    ["2", "", "红色云阳", "微信公众号", "2024/8/29", "2024/8/28 18:05", "", "无",
     "红色云阳", "泾阳县云阳镇人民政府", "已认证", ""],
    # The platform shows another name: 账号名称与实际不一致.
    ["3", "", "健康三原", "公众号", "2024年8月29日", "2024-08-27 09:00", "", "有",
     "健康三原发布", "三原县卫生健康局", "是", ""],
    # Never published: 僵尸账号未注销 (and stale).
    ["4", "", "三原发布", "抖音短视频", "2024-08-29", "", "", "有",
     "三原发布", "三原县人民政府办公室", "是", "从未发布"],
    # Not verified by the unit: 非单位认证账号.
    ["5", "", "云阳资讯", "头条号", "2024-08-29 10:30", "2024-08-26", "", "是",
     "云阳资讯", "泾阳县云阳镇人民政府", "否", ""],
    # Healthy: code, name and platform agree.
    ["6", "610423M011WX0001", "泾阳发布", "微信", "20240829", "2024-08-28", "1,234", "有",
     "泾阳发布", "泾阳县人民政府办公室", "是", ""],
]
TITLE = "2024年第三季度政务新媒体检查情况"


def config(tmp_path: Path, database: str = "sqlite:///monitor.db") -> LoadedConfig:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump({"database": database, "accounts": ACCOUNTS}, allow_unicode=True),
                    encoding="utf-8")
    return parse_config(path.read_text(encoding="utf-8"), path)


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8-sig", title: bool = True) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    if title:
        writer.writerow([TITLE])
    writer.writerow(HEADER)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "检查结果"
    sheet.append([TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
        sheet.append([])  # blank rows between the data
    sheet.append(["7"])  # a template row with only its 序号
    sheet.append([None] * 11 + ["注：观测时间为检查之日"])
    book.save(path)
    return path


def xlsx_rows() -> list[list[object]]:
    """ROWS with date cells where an inspector's workbook would have them."""
    rows = [list(r) for r in ROWS]
    rows[0][4] = datetime(2024, 8, 29, 10, 30)  # a date-time cell
    rows[1][5] = datetime(2024, 8, 28, 18, 5)
    rows[3][4] = date(2024, 8, 29)  # a date cell
    rows[5][6] = 1234  # a number cell
    return rows


async def observation_count(loaded: LoadedConfig) -> int:
    await upgrade_async(loaded.database_url())
    engine = make_engine(loaded.database_url())
    try:
        async with session_factory(engine)() as session:
            return await session.scalar(sa.select(sa.func.count()).select_from(AccountObservation)) or 0
    finally:
        await engine.dispose()


async def stored(loaded: LoadedConfig) -> list[AccountObservation]:
    engine = make_engine(loaded.database_url())
    try:
        async with session_factory(engine)() as session:
            return list(await session.scalars(sa.select(AccountObservation).order_by(AccountObservation.id)))
    finally:
        await engine.dispose()


async def verdicts(loaded: LoadedConfig, day: date = AS_OF) -> dict[str, AccountVerdict]:
    """The accounts as the report judges them as of `day`: read back through load_accounts."""
    config = loaded.config
    as_of = jobs.as_of_for(loaded, day)
    engine = make_engine(loaded.database_url())
    try:
        async with session_factory(engine)() as session:
            records = await load_accounts(session, config.accounts, as_of.instant, config.tz)
    finally:
        await engine.dispose()
    judged = evaluate_accounts(records, as_of, load_ruleset(config.ruleset, config.rules))
    return {v.name: v for v in judged}


def problems(verdict: AccountVerdict) -> tuple[list[str], list[str]]:
    return [v.text for v in verdict.vetoes], [f.text for f in verdict.findings]


def assert_the_planted_problems(judged: dict[str, AccountVerdict]) -> None:
    assert problems(judged["阳泉市场监管"]) == (["监测时间点前2周内无更新"], [])
    assert judged["阳泉市场监管"].vetoes[0].evidence[0].detail == "最近发布2024-08-09，已20天无更新"
    assert problems(judged["红色云阳"]) == (["未提供有效互动功能"], [])
    assert problems(judged["健康三原"]) == ([], ["账号名称与实际不一致"])
    assert judged["健康三原"].verdict == "pass"  # a finding, not a veto
    assert problems(judged["三原发布"]) == (["监测时间点前2周内无更新"], ["僵尸账号未注销"])
    assert judged["三原发布"].vetoes[0].evidence[0].detail == "账号无任何发布内容"
    assert problems(judged["云阳资讯"]) == ([], ["非单位认证账号"])
    assert problems(judged["泾阳发布"]) == ([], [])
    assert judged["泾阳发布"].verdict == "pass" and judged["泾阳发布"].latest_post == date(2024, 8, 28)
    assert {name: v.verdict for name, v in judged.items()} == {
        "阳泉市场监管": "fail", "红色云阳": "fail", "健康三原": "pass", "三原发布": "fail", "云阳资讯": "pass",
        "泾阳发布": "pass",
    }


# -- whole imports on SQLite ----------------------------------------------------------------


async def test_xlsx_with_date_cells_title_and_blank_rows(tmp_path: Path) -> None:
    loaded = config(tmp_path)
    path = write_xlsx(tmp_path / "新媒体检查.xlsx", xlsx_rows())
    result = await import_observations(loaded, path)  # a fresh database: created and synced
    assert isinstance(result, ImportResult)
    assert (result.rows, result.stored, result.duplicates, result.accounts) == (6, 6, 0, 6)
    assert result.sheets == ("检查结果",) and result.ignored_columns == ("序号", "备注")
    assert result.blank_rows == 8  # 6 between rows, the 序号-only row, the note row

    rows = await stored(loaded)
    assert {(r.source, r.outcome, r.error) for r in rows} == {("import", "ok", None)}
    first = rows[0]
    assert first.observed_at == datetime(2024, 8, 29, 10, 30, tzinfo=SHANGHAI)
    assert first.latest_post_at == datetime(2024, 8, 9, tzinfo=SHANGHAI)
    assert (first.interaction, first.verified, first.platform_name, first.verified_entity) == (
        True, True, "阳泉市场监管", "阳泉市市场监督管理局")
    assert first.detail is not None
    assert {k: first.detail[k] for k in ("file", "sheet", "row")} == {"file": "新媒体检查.xlsx", "sheet": "检查结果",
                                                                        "row": 4}
    assert first.detail["sha256"] == result.sha256 and len(first.detail["row_sha256"]) == 64
    by_row = {r.detail["row"]: r for r in rows if r.detail}
    assert by_row[10].observed_at == datetime(2024, 8, 29, tzinfo=SHANGHAI)  # a date alone: 00:00 local
    assert (by_row[10].latest_post_at, by_row[10].post_count) == (None, 0)  # never published
    assert by_row[14].post_count == 1234
    assert by_row[6].latest_post_at == datetime(2024, 8, 28, 18, 5, tzinfo=SHANGHAI)

    assert_the_planted_problems(await verdicts(loaded))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
async def test_csv_in_utf8_with_bom_and_in_gb18030(tmp_path: Path, encoding: str) -> None:
    loaded = config(tmp_path)
    path = write_csv(tmp_path / "检查.csv", ROWS, encoding)
    result = await import_observations(loaded, path)
    assert (result.rows, result.stored, result.sheets) == (6, 6, ())
    assert_the_planted_problems(await verdicts(loaded))


async def test_importing_twice_stores_nothing_new(tmp_path: Path) -> None:
    loaded = config(tmp_path)
    workbook = write_xlsx(tmp_path / "检查.xlsx", xlsx_rows())
    assert (await import_observations(loaded, workbook)).stored == 6
    again = await import_observations(loaded, workbook)
    assert (again.rows, again.stored, again.duplicates) == (6, 0, 6)
    assert await observation_count(loaded) == 6
    # The same observations saved as CSV are the same observations: nothing new either.
    same = await import_observations(loaded, write_csv(tmp_path / "检查.csv", ROWS))
    assert (same.stored, same.duplicates) == (0, 6)
    # A row appended later is the only thing stored; a row repeated in one file is stored once.
    later = ["7", "", "红色云阳", "微信公众号", "2024-09-05", "2024-09-04", "", "有", "", "", "", ""]
    grown = await import_observations(loaded, write_csv(tmp_path / "检查2.csv", [*ROWS, later, later]))
    assert (grown.rows, grown.stored, grown.duplicates) == (8, 1, 7)
    assert await observation_count(loaded) == 7
    assert_the_planted_problems(await verdicts(loaded))


@pytest.mark.parametrize(("row", "header", "value", "reason"), [
    (["9", "", "不存在的账号", "微信公众号", "2024-08-29", "2024-08-28"], "账号名称", "不存在的账号",
     "no configured 微信公众号 account has this name"),
    (["9", "999999M000XX0000", "", "", "2024-08-29", "2024-08-28"], "新媒体标识码", "999999M000XX0000",
     "no configured account has this code"),
    (["9", "", "红色云阳", "微信公众号", "2024-08-32", "2024-08-28"], "观测时间", "2024-08-32", "no such date"),
    (["9", "", "红色云阳", "微信公众号", "2024-08-29", "上周"], "最近发布时间", "上周", "not a date"),
    (["9", "", "红色云阳", "朋友圈", "2024-08-29", "2024-08-28"], "账号类型", "朋友圈", "unknown platform"),
])
async def test_one_bad_row_stores_nothing_and_is_named(
    tmp_path: Path, row: list[str], header: str, value: str, reason: str
) -> None:
    loaded = config(tmp_path)
    path = write_csv(tmp_path / "检查.csv", [*ROWS, row])
    with pytest.raises(ObservationImportError) as raised:
        await import_observations(loaded, path)
    lines = str(raised.value).splitlines()
    assert lines[0] == f"{path}: nothing imported (1 bad row)"
    assert len(lines) == 2 and lines[1].startswith(f"{path}:9: {header}: '{value}': {reason}")
    (problem,) = raised.value.problems
    assert (problem.row, problem.header, problem.value) == (9, header, value)
    assert await observation_count(loaded) == 0


async def test_a_bad_file_after_a_good_one_adds_nothing(tmp_path: Path) -> None:
    loaded = config(tmp_path)
    await import_observations(loaded, write_csv(tmp_path / "q2.csv", ROWS[:2]))
    bad = ["9", "", "红色云阳", "微信公众号", "2024-08-29", "2024-08-30"]  # posted after the observation
    with pytest.raises(ObservationImportError, match=r"q3\.csv:7: 最近发布时间: '2024-08-30': after 观测时间"):
        await import_observations(loaded, write_csv(tmp_path / "q3.csv", [*ROWS[2:], bad]))
    assert await observation_count(loaded) == 2


def test_every_bad_row_is_listed(tmp_path: Path) -> None:
    rows = [
        ["1", "", "红色云阳", "微信公众号", "", "2024-08-28", "", "有"],
        ["2", "", "健康三原", "公众号", "2024-08-29", "2024-08-28", "-3", "可以"],
        ["3", "140300M019XL0001", "阳泉市场监督", "", "2024-08-29", "2024-08-28", "", "", "", "", "也许"],
        ["4", "", "", "", "2024-08-29", "2024-08-28"],
        ["5", "", "三原发布", "", "2024-08-29", "2024-08-28"],
        ["6", "", "泾阳发布", "微信", "2099-01-01", "2024-08-28", "0"],
    ]
    path = write_csv(tmp_path / "检查.csv", rows, title=False)
    with pytest.raises(ObservationImportError) as raised:
        parse_observations(path.read_bytes(), path.name, accounts(), SHANGHAI, now=NOW)
    assert str(raised.value).splitlines() == [
        "检查.csv: nothing imported (6 bad rows)",
        "检查.csv:2: 观测时间: (empty): empty: the date (or date and time) of the observation is required",
        "检查.csv:3: 发布数: '-3': not a whole number of posts (0 or more)",
        "检查.csv:3: 有无互动: '可以': write 有 or 无 (or 是/否)",
        "检查.csv:4: 账号名称: '阳泉市场监督': the account with 新媒体标识码 140300M019XL0001 is “阳泉市场监管”",
        "检查.csv:4: 是否认证: '也许': write 是 or 否 (or 已认证/未认证)",
        "检查.csv:5: 账号名称: (empty): empty: give 新媒体标识码, or 账号名称 and 账号类型",
        "检查.csv:6: 账号类型: (empty): empty: needed to find “三原发布” without 新媒体标识码",
        "检查.csv:7: 观测时间: '2099-01-01': in the future (today is 2024-09-01)",
        "检查.csv:7: 发布数: '0': 0 posts, yet 最近发布时间 is given",
    ]


def accounts() -> list[AccountConfig]:
    return [AccountConfig.model_validate(a) for a in ACCOUNTS]


# -- reading, without a database --------------------------------------------------------------


def parse_csv(text: str, encoding: str = "utf-8") -> list[dict[str, object]]:
    parsed = parse_observations(text.encode(encoding), "t.csv", accounts(), SHANGHAI, now=NOW)
    return [{"key": o.account.key, "row": o.row, **o.facts()} for o in parsed.observations]


def test_missing_columns_and_files_that_are_not_tables(tmp_path: Path) -> None:
    with pytest.raises(ObservationImportError) as raised:
        parse_csv("新媒体标识码,观测时间,发布数\n140300M019XL0001,2024-08-29,3\n")
    assert str(raised.value).splitlines() == [
        "t.csv: nothing imported", "t.csv:1: 最近发布时间: column missing from the header row"]
    with pytest.raises(ObservationImportError, match="t.csv:1: 账号类型: column missing"):
        parse_csv("账号名称,观测时间,最近发布时间\n红色云阳,2024-08-29,\n")
    with pytest.raises(ObservationImportError, match="no header row: the first 30 rows have no row with 观测时间"):
        parse_csv("名称,日期\n红色云阳,2024-08-29\n")
    with pytest.raises(ObservationImportError, match="t.csv:1: 观测时间: column appears 2 times \\(columns B and D\\)"):
        parse_csv("新媒体标识码,观测时间,最近发布时间,观测时间\n")
    with pytest.raises(ObservationImportError, match="no observation rows below the header row"):
        parse_csv("新媒体标识码,观测时间,最近发布时间\n,,\n")
    with pytest.raises(ObservationImportError, match=r"\.xls\) workbook: save it as \.xlsx or CSV"):
        parse_observations(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "t.xls", accounts(), SHANGHAI, now=NOW)
    with pytest.raises(ObservationImportError, match="not a readable xlsx workbook"):
        parse_observations(b"PK\x03\x04broken", "t.xlsx", accounts(), SHANGHAI, now=NOW)
    with pytest.raises(ObservationImportError, match=r"missing\.csv: file not found"):
        read_observations(tmp_path / "missing.csv", accounts(), SHANGHAI, now=NOW)


def test_headers_with_notes_and_full_width_text() -> None:
    (row,) = parse_csv(
        "序号,新媒体标识码 *,观测时间（年-月-日）,最近发布时间(最近一条),有无互动\n"
        "1,１４０３００m019xl0001,２０２４－０８－２９,2024年8月20日 9时5分, 有 \n"
    )
    assert row["key"] == "140300M019XL0001" and row["interaction"] is True
    assert row["observed_at"] == "2024-08-28T16:00:00+00:00"
    assert row["latest_post_at"] == "2024-08-20T01:05:00+00:00"


def test_tab_separated_utf16_from_excel() -> None:
    header = "账号名称\t账号类型\t观测时间\t最近发布时间\n"
    (row,) = parse_csv(header + "红色云阳\t微信订阅号\t2024-08-29\t\n", "utf-16")
    assert row["key"] == "wechat:红色云阳" and row["post_count"] == 0
    with pytest.raises(ObservationImportError, match="t.csv:2: 账号名称: '红色云阳': no configured 微博 account"):
        parse_csv(header + "红色云阳\t新浪微博\t2024-08-29\t\n", "utf-16")


def test_posts_from_latest_and_count() -> None:
    rows = parse_csv(
        "账号名称,账号类型,观测时间,最近发布时间,发布数\n"
        "三原发布,抖音,2024-08-29,,\n"  # never published
        "三原发布,抖音,2024-08-22,,5\n"  # posts, date not given
        "健康三原,微信,2024-08-29,2024-08-27,\n"  # a date, no count
        "泾阳发布,微信,2024-08-29,2024-08-27,12.0\n"
    )
    assert [(r["latest_post_at"] is not None, r["post_count"]) for r in rows] == [
        (False, 0), (False, 5), (True, None), (True, 12)]


def test_rows_matched_by_code_or_by_platform_and_name() -> None:
    rows = parse_csv(
        "新媒体标识码,账号名称,账号类型,观测时间,最近发布时间\n"
        "140300M019XL0001,阳泉市场监管,新浪微博,2024-08-29,2024-08-27\n"  # all three agree
        "610423M011WX0001,,,2024-08-29,2024-08-27\n"  # the code alone
        "610423M011WX0009,红色云阳,微信,2024-08-29,2024-08-27\n"  # configured without its code
        ",健 康 三 原,公众号,2024-08-29,2024-08-27\n"  # spaces in the name
    )
    assert [r["key"] for r in rows] == ["140300M019XL0001", "610423M011WX0001", "wechat:红色云阳", "wechat:健康三原"]
    with pytest.raises(ObservationImportError, match="the account with 新媒体标识码 140300M019XL0001 is on 微博"):
        parse_csv("新媒体标识码,账号类型,观测时间,最近发布时间\n140300M019XL0001,微信,2024-08-29,\n")
    with pytest.raises(ObservationImportError, match="no configured account has this code "
                                                     "\\(微信公众号 “泾阳发布” has 610423M011WX0001\\)"):
        parse_csv("新媒体标识码,账号名称,账号类型,观测时间,最近发布时间\n"
                  "610423M011WX0009,泾阳发布,微信,2024-08-29,\n")


def test_rows_that_disagree_about_one_instant() -> None:
    header = "账号名称,账号类型,观测时间,最近发布时间,有无互动\n"
    # The same row twice, or two rows telling different things: fine.
    rows = parse_csv(header + "红色云阳,微信,2024-08-29,2024-08-28,\n" * 2 + "红色云阳,微信,2024-08-29,2024-08-28,无\n")
    assert len(rows) == 3 and len({r["observed_at"] for r in rows}) == 1
    with pytest.raises(ObservationImportError) as raised:
        parse_csv(header + "红色云阳,微信,2024-08-29,2024-08-28,有\n红色云阳,公众号,2024-08-29 00:00,,无\n")
    assert str(raised.value).splitlines()[1:] == [
        "t.csv:3: 最近发布时间: (empty): row 2 gives '2024-08-28' for the same account and 观测时间"]


def test_several_sheets_and_a_sheet_of_notes(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填表说明"
    notes.append(["观测时间填写检查之日"])
    for title, rows in (("微信", [["红色云阳", "微信", "2024-08-29", "2024-08-28"]]),
                        ("抖音", [["三原发布", "抖音", "2024-08-29", None], ["三原发布", "抖音", "8/29", None]])):
        sheet = book.create_sheet(title)
        sheet.append(["账号名称", "账号类型", "观测时间", "最近发布时间"])
        for row in rows:
            sheet.append(row)
    book.save(tmp_path / "t.xlsx")
    data = (tmp_path / "t.xlsx").read_bytes()
    with pytest.raises(ObservationImportError) as raised:
        parse_observations(data, "t.xlsx", accounts(), SHANGHAI, now=NOW)
    assert str(raised.value).splitlines()[1].startswith("t.xlsx[抖音]:3: 观测时间: '8/29': not a date")
    book["抖音"].delete_rows(3)
    book.save(tmp_path / "t.xlsx")
    parsed = parse_observations((tmp_path / "t.xlsx").read_bytes(), "t.xlsx", accounts(), SHANGHAI, now=NOW)
    assert parsed.sheets == ("微信", "抖音")
    assert [(o.sheet, o.row, o.account.key) for o in parsed.observations] == [
        ("微信", 2, "wechat:红色云阳"), ("抖音", 2, "douyin:三原发布")]


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-08-29", datetime(2024, 8, 29, tzinfo=SHANGHAI)),
    ("2024/8/29", datetime(2024, 8, 29, tzinfo=SHANGHAI)),
    ("2024.8.29", datetime(2024, 8, 29, tzinfo=SHANGHAI)),
    ("2024年8月29日", datetime(2024, 8, 29, tzinfo=SHANGHAI)),
    ("20240829", datetime(2024, 8, 29, tzinfo=SHANGHAI)),
    (20240829, datetime(2024, 8, 29, tzinfo=SHANGHAI)),
    ("2024-08-29 10:30", datetime(2024, 8, 29, 10, 30, tzinfo=SHANGHAI)),
    ("2024/8/29 10:30:15", datetime(2024, 8, 29, 10, 30, 15, tzinfo=SHANGHAI)),
    ("2024-08-29T10:30", datetime(2024, 8, 29, 10, 30, tzinfo=SHANGHAI)),
    ("2024年8月29日 10时30分", datetime(2024, 8, 29, 10, 30, tzinfo=SHANGHAI)),
    ("2024-08-29T02:30:00Z", datetime(2024, 8, 29, 10, 30, tzinfo=SHANGHAI)),
    ("2024-08-29 10:30+08:00", datetime(2024, 8, 29, 10, 30, tzinfo=SHANGHAI)),
    (datetime(2024, 8, 29, 10, 30), datetime(2024, 8, 29, 10, 30, tzinfo=SHANGHAI)),
    (date(2024, 8, 29), datetime(2024, 8, 29, tzinfo=SHANGHAI)),
])
def test_dates_and_date_times(value: object, expected: datetime) -> None:
    instant, reason = parse_instant(value, SHANGHAI)
    assert reason is None and instant == expected


@pytest.mark.parametrize(("value", "reason"), [
    ("2024-13-01", "no such date"), ("2023-02-29", "no such date"), ("1899-12-31", "year outside 1990–2100"),
    ("2024-08-29 24:00", "no such time of day"), ("29/08/2024", "not a date"), ("8月29日", "not a date"),
    ("2024-08-29 上午", "not a date"), ("2024-08", "not a date"), (45533, "a number, not a date"),
    (True, "not a date"),
])
def test_not_dates(value: object, reason: str) -> None:
    instant, why = parse_instant(value, SHANGHAI)
    assert instant is None and why is not None and why.startswith(reason)


# -- PostgreSQL ---------------------------------------------------------------------------------


async def test_import_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    loaded = config(tmp_path, pg_url)
    path = write_xlsx(tmp_path / "检查.xlsx", xlsx_rows())
    assert (await import_observations(loaded, path)).stored == 6
    assert (await import_observations(loaded, path)).stored == 0
    bad = write_csv(tmp_path / "bad.csv", [*ROWS, ["9", "", "红色云阳", "微信", "2024-08-29", "昨天"]])
    with pytest.raises(ObservationImportError, match="bad.csv:9: 最近发布时间: '昨天': not a date"):
        await import_observations(loaded, bad)
    assert await observation_count(loaded) == 6
    rows = await stored(loaded)
    assert rows[0].observed_at == datetime(2024, 8, 29, 10, 30, tzinfo=SHANGHAI)
    assert rows[0].detail and rows[0].detail["file"] == "检查.xlsx"
    assert_the_planted_problems(await verdicts(loaded))
    # A week later the observations are too old to decide anything: not checked, never failed.
    later = await verdicts(loaded, AS_OF + timedelta(days=8))
    assert all(v.verdict != "fail" for v in later.values())
