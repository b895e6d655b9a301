"""Rosters (台账) as offices keep them: real .xlsx and .csv files, read through the real loader and CLI."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from monitor.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parent.parent

ACCOUNT_HEADER = ["序号", "账号名称", "账号类型", "开设主体", "责任单位", "新媒体\n标识码", "订阅地址", "邮箱", "备注"]


def monitor(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "MONITOR_CONFIG"}
    environment["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args], cwd=cwd or ROOT, env=environment,
        capture_output=True, text=True, timeout=120,
    )


def write_config(folder: Path, body: str = "", **rosters: str) -> Path:
    text = "database: sqlite:///monitor.db\n"
    if rosters:
        text += "rosters:\n" + "".join(f"  {kind}: {name}\n" for kind, name in rosters.items())
    path = folder / "config.yaml"
    path.write_text(text + body, encoding="utf-8")
    return path


def account_workbook(path: Path) -> None:
    """A 政务新媒体台账 as an office keeps it: title rows, merged 责任单位, blank rows, two bad rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append(["淄博市政务新媒体台账"])
    sheet.merge_cells("A1:I1")
    sheet.append(["填报单位（盖章）：淄博市政务公开办", None, None, None, None, None, "填报日期：2024年8月1日"])
    sheet.merge_cells("A2:F2")
    sheet.append(ACCOUNT_HEADER)                                                            # row 3
    rows: list[list[Any]] = [
        [1, "淄博发布", "微信订阅号", "中共淄博市委宣传部", "淄博市委宣传部", "370300M0010001", None, "xcb@example.org"],
        [2, "淄博发布", "新浪微博", "中共淄博市委宣传部", None, "370300M0010002", "http://127.0.0.1:1200/weibo/user/1", None],
        [3, " 淄博发布\n抖音号 ", "抖音短视频", "中共淄博市委宣传部", None, None, None, None],      # row 6
        [None],                                                                             # row 7: blank
        [4, "淄博市场监管", "飞书", "淄博市市场监督管理局", "淄博市市场监督管理局"],               # row 8: bad
        [5, None, "今日头条", "淄博市市场监督管理局", None],                                   # row 9: no name
        [6, "淄博市场监管", "今日头条", "淄博市市场监督管理局", None, 3703000001],                # row 10
        [7, "淄博教育", "视频号", "淄博市教育局", None, None, None, "—"],                      # row 11
        [8, "淄博教育", "西瓜视频", "淄博市教育局"],                                          # row 12
        [9, "淄博教育", "bilibili", "淄博市教育局"],                                          # row 13
        [10, "淄博教育", "小程序", "淄博市教育局"],                                           # row 14
        [11, "爱山东·淄博", "APP", "淄博市大数据局"],                                         # row 15
        [12, "淄博文旅", "快手", "淄博市文化和旅游局"],                                        # row 16
        [13, "淄博文旅", "百家号", "淄博市文化和旅游局", "淄博市文化和旅游局"],                   # row 17
        [14],                                                                               # row 18: 序号 only
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("E4:E6")    # 宣传部 responsible for its three accounts
    sheet.merge_cells("E8:E10")   # 市场监管局, over the bad rows too
    sheet.append([])
    sheet.append(["注：账号类型填写微信公众号、微博、抖音等。"])                                  # row 20: a note
    sheet.merge_cells("A20:I20")
    book.save(path)


def site_rows() -> list[list[Any]]:
    return [
        ["淄博市网站台账"],
        ["网站名称", "网址", "网站标识码", "主管单位", "类型", "邮箱"],
        ["淄博市人民政府", "http://www.zibo.gov.cn/", "3703000001", "淄博市人民政府办公室", "政府门户网站", "zfb@example.org"],
        ["淄博市教育局", "jyj.zibo.gov.cn", "3703000041", "淄博市教育局", "部门网站", ""],
        [],
        ["淄博市民政局", "https://mzj.zibo.gov.cn/", "3703000052", "淄博市民政局", "部门", "mzj@example.org"],
        ["淄博市张店区人民政府", "http://www.zhangdian.gov.cn/", "3703020001", "张店区政府办", "门户", ""],
    ]


def site_csv(path: Path, rows: list[list[Any]], encoding: str) -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)


def site_workbook(path: Path, rows: list[list[Any]], title: str = "网站") -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A1:F1")
    book.save(path)


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return str(info.value).splitlines()


def test_account_roster_as_offices_keep_it(tmp_path: Path) -> None:
    account_workbook(tmp_path / "政务新媒体台账.xlsx")
    path = write_config(tmp_path, accounts="政务新媒体台账.xlsx")
    loaded = load_config(path)

    roster = str(tmp_path / "政务新媒体台账.xlsx")
    assert loaded.warnings == (
        f"{roster} [Sheet1] row 8: 账号类型: unknown platform '飞书'",
        f"{roster} [Sheet1] row 9: 账号名称: required value is missing",
    )
    accounts = loaded.config.accounts
    assert [(a.name, a.platform) for a in accounts] == [
        ("淄博发布", "wechat"), ("淄博发布", "weibo"), ("淄博发布抖音号", "douyin"),
        ("淄博市场监管", "toutiao"), ("淄博教育", "channels"), ("淄博教育", "xigua"), ("淄博教育", "bilibili"),
        ("淄博教育", "miniprogram"), ("爱山东·淄博", "app"), ("淄博文旅", "kuaishou"), ("淄博文旅", "other"),
    ]
    # The merged 责任单位 counts for every row it covers; without one, the 开设主体 is responsible.
    assert [a.unit for a in accounts[:4]] == ["淄博市委宣传部"] * 3 + ["淄博市市场监督管理局"]
    assert accounts[4].unit == accounts[4].operator == "淄博市教育局"
    first = accounts[0]
    assert (first.code, first.operator, first.email, first.feed) == (
        "370300M0010001", "中共淄博市委宣传部", "xcb@example.org", None,
    )
    assert accounts[1].feed == "http://127.0.0.1:1200/weibo/user/1"
    assert accounts[3].code == "3703000001"  # a number in the cell is text, without ".0"
    assert accounts[4].email is None  # "—" is nothing
    assert [(r.name, len(r.entries)) for r in loaded.rosters] == [("政务新媒体台账.xlsx", 11)]
    assert loaded.rosters[0].entries[3].where == f"{roster} [Sheet1] row 10"

    result = monitor("validate", "--config", "config.yaml", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout.splitlines() == [
        "政务新媒体台账.xlsx [Sheet1] row 8: 账号类型: unknown platform '飞书'",
        "政务新媒体台账.xlsx [Sheet1] row 9: 账号名称: required value is missing",
        "config.yaml: 0 sites, 11 accounts (rosters: 政务新媒体台账.xlsx 11 accounts); 2 problems",
    ]


def test_yaml_entries_come_first_then_roster_rows(tmp_path: Path) -> None:
    account_workbook(tmp_path / "accounts.xlsx")
    site_csv(tmp_path / "sites.csv", site_rows(), "utf-8")
    body = (
        "sites:\n  - code: '3703000034'\n    name: 淄博市发展和改革委员会\n    url: http://fgw.zibo.gov.cn/\n"
        "accounts:\n  - name: 淄博发改\n    platform: 微信公众号\n"
    )
    loaded = load_config(write_config(tmp_path, body, sites="sites.csv", accounts="accounts.xlsx"))
    assert [s.code for s in loaded.config.sites] == ["3703000034", "3703000001", "3703000041", "3703000052", "3703020001"]
    assert [a.name for a in loaded.config.accounts][:2] == ["淄博发改", "淄博发布"]


@pytest.mark.parametrize("fmt", ["gb18030", "utf-8-sig", "utf-8", "xlsx"])
def test_site_roster_in_csv_and_xlsx(tmp_path: Path, fmt: str) -> None:
    name = "网站台账.xlsx" if fmt == "xlsx" else "网站台账.csv"
    rows = site_rows()
    if fmt == "xlsx":
        rows[2][2] = 3703000001     # typed as a number, as Excel keeps it
        rows[3][2] = 3703000041.0
        site_workbook(tmp_path / name, rows)
    else:
        site_csv(tmp_path / name, rows, fmt)
    loaded = load_config(write_config(tmp_path, sites=name))
    assert loaded.warnings == ()
    sites = loaded.config.sites
    assert [(s.code, s.name, s.kind) for s in sites] == [
        ("3703000001", "淄博市人民政府", "portal"), ("3703000041", "淄博市教育局", "department"),
        ("3703000052", "淄博市民政局", "department"), ("3703020001", "淄博市张店区人民政府", "portal"),
    ]
    assert sites[0].unit == "淄博市人民政府办公室" and sites[0].email == "zfb@example.org"
    assert sites[1].url == "http://jyj.zibo.gov.cn" and sites[1].email is None  # a bare host is taken as http://


def test_bad_site_rows_are_named_and_skipped(tmp_path: Path) -> None:
    rows = site_rows()
    rows[3][1] = "教育局网站"       # row 4: not an address
    rows[5][4] = "专题网站"         # row 6: not a kind
    rows[6][2] = "370302001"        # row 7: a code of 9 digits warns, as in the YAML, and the site is kept
    site_workbook(tmp_path / "网站台账.xlsx", rows, title="市直")
    loaded = load_config(write_config(tmp_path, sites="网站台账.xlsx"))
    roster = f"{tmp_path / '网站台账.xlsx'} [市直]"
    assert loaded.warnings == (
        f"{roster} row 4: 网址: not a web address '教育局网站' (write http://… or https://…)",
        f"{roster} row 6: 类型: unknown kind '专题网站' (门户 or 部门)",
        f"{roster} row 7: 网站标识码: '370302001' is not a 10-digit or bm+8-digit 网站标识码",
    )
    assert [s.code for s in loaded.config.sites] == ["3703000001", "370302001"]


def test_duplicates_within_a_roster_name_both_rows(tmp_path: Path) -> None:
    rows = site_rows()
    rows.append(["淄博市人民政府（新）", "http://new.zibo.gov.cn/", "3703000001", "淄博市人民政府办公室", "门户", ""])
    site_csv(tmp_path / "sites.csv", rows, "gb18030")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "微信"
    sheet.append(["账号名称", "账号类型", "开设主体", "新媒体标识码"])
    sheet.append(["淄博发布", "微信公众号", "淄博市委宣传部", "370300M0010001"])
    sheet.append(["淄博发布", "公众号", "淄博市委宣传部", None])            # row 3: same platform and name
    other = book.create_sheet("微博")
    other.append(["服务名称", "新媒体类型", "主办单位", "新媒体标识码"])
    other.append(["淄博发布", "微博", "淄博市委宣传部", "370300M0010001"])   # same code, other sheet
    other.append(["淄博发布", "微博", "淄博市委宣传部", "370300M0010002"])   # fine: another account
    book.save(tmp_path / "accounts.xlsx")

    lines = problems_of(write_config(tmp_path, sites="sites.csv", accounts="accounts.xlsx"))
    sites, accounts = tmp_path / "sites.csv", tmp_path / "accounts.xlsx"
    assert lines == [
        f"{sites} row 8: 网站标识码: site 3703000001 is listed twice (first at row 3)",
        f"{accounts} [微信] row 3: 账号名称: account 微信公众号 淄博发布 is listed twice (first at row 2)",
        f"{accounts} [微博] row 2: 新媒体标识码: account 370300M0010001 is listed twice "
        f"(first at {accounts} [微信] row 2)",
    ]


def test_duplicate_between_yaml_and_roster_names_both_places(tmp_path: Path) -> None:
    site_csv(tmp_path / "sites.csv", site_rows(), "utf-8-sig")
    account_workbook(tmp_path / "accounts.xlsx")
    body = (
        "sites:\n"
        "  - code: '3703000041'\n"            # line 6
        "    name: 淄博市教育局\n"
        "    url: http://jyj.zibo.gov.cn/\n"
        "accounts:\n"
        "  - name: 淄博教育\n"                  # line 10
        "    platform: 视频号\n"
        "  - code: 370300M0010002\n"          # line 12
        "    name: 淄博发布微博\n"
        "    platform: weibo\n"
    )
    lines = problems_of(write_config(tmp_path, body, sites="sites.csv", accounts="accounts.xlsx"))
    config = tmp_path / "config.yaml"
    assert lines == [
        f"{config}:6: sites[0].code: site 3703000041 is also in {tmp_path / 'sites.csv'} row 4",
        f"{config}:10: accounts[0].name: account 视频号 淄博教育 is also in {tmp_path / 'accounts.xlsx'} [Sheet1] row 11",
        f"{config}:12: accounts[1].code: account 370300M0010002 is also in {tmp_path / 'accounts.xlsx'} [Sheet1] row 5",
    ]


def test_missing_file_and_missing_header(tmp_path: Path) -> None:
    config = write_config(tmp_path, sites="网站台账.xlsx", accounts="accounts.csv")
    (tmp_path / "accounts.csv").write_text("XX市政务新媒体台账\n序号,账号名称,平台,开设主体\n1,淄博发布,微信,宣传部\n",
                                           encoding="utf-8")
    assert problems_of(config) == [
        f"{config}:3: rosters.sites: {tmp_path / '网站台账.xlsx'}: file not found",
        f"{tmp_path / 'accounts.csv'}: no column 账号类型 or 新媒体类型 (the header row 2 has: 序号, 账号名称, 平台, 开设主体)",
    ]
    (tmp_path / "accounts.csv").write_text("名称,地址\n淄博发布,http://x\n", encoding="utf-8")
    site_csv(tmp_path / "sites.csv", site_rows(), "utf-8")
    config = write_config(tmp_path, sites="sites.csv", accounts="accounts.csv")
    assert problems_of(config) == [
        f"{tmp_path / 'accounts.csv'}: no header row with 账号名称, 账号类型 in the first 10 rows (found: 名称, 地址)",
    ]


def test_per_platform_sheets_without_a_platform_column(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "填报说明"
    notes.append(["1. 每个平台一张表"])
    notes.append(["2. 责任单位填写全称"])
    for platform in ("微信公众号", "抖音"):
        sheet = book.create_sheet(platform)
        sheet.append([f"{platform}账号台账"])
        sheet.append(["账号名称", "开设主体", "责任单位"])
        sheet.append(["一、市直部门"])          # a section title over the whole row
        sheet.merge_cells("A3:C3")
        sheet.append(["淄博发布", "中共淄博市委宣传部", "淄博市委宣传部"])
        sheet.append(["账号名称", "开设主体", "责任单位"])  # the header again, as on every printed page
        sheet.append(["二、区县", None, None])  # a section title not merged
        sheet.append(["张店发布", "中共张店区委宣传部", None])
    book.save(tmp_path / "accounts.xlsx")
    loaded = load_config(write_config(tmp_path, accounts="accounts.xlsx"))
    assert loaded.warnings == ()
    assert [(a.platform, a.name, a.unit) for a in loaded.config.accounts] == [
        ("wechat", "淄博发布", "淄博市委宣传部"), ("wechat", "张店发布", "中共张店区委宣传部"),
        ("douyin", "淄博发布", "淄博市委宣传部"), ("douyin", "张店发布", "中共张店区委宣传部"),
    ]


def test_validate_clean_config(tmp_path: Path) -> None:
    rows = site_rows()
    site_workbook(tmp_path / "网站台账.xlsx", rows)
    account_workbook(tmp_path / "政务新媒体台账.xlsx")
    sheet_book = openpyxl.load_workbook(tmp_path / "政务新媒体台账.xlsx")
    sheet = sheet_book["Sheet1"]
    sheet["C8"] = "微信服务号"
    sheet["B9"] = "淄博市场监管头条"
    sheet_book.save(tmp_path / "政务新媒体台账.xlsx")
    body = "sites:\n  - code: '3703000034'\n    name: 淄博市发展和改革委员会\n    url: http://fgw.zibo.gov.cn/\n"
    write_config(tmp_path, body, sites="网站台账.xlsx", accounts="政务新媒体台账.xlsx")

    result = monitor("validate", "--config", "config.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "config.yaml: 5 sites, 13 accounts (rosters: 网站台账.xlsx 4 sites, 政务新媒体台账.xlsx 13 accounts); no problems",
    ]
    assert not (tmp_path / "monitor.db").exists()  # validate opens no database


def test_validate_prints_every_problem(tmp_path: Path) -> None:
    account_workbook(tmp_path / "政务新媒体台账.xlsx")
    rows = site_rows()
    rows.append(["淄博市民政局", "https://mzj.zibo.gov.cn/", "3703000052", "淄博市民政局", "部门", ""])  # row 8
    site_csv(tmp_path / "网站台账.csv", rows, "gb18030")
    body = "sites:\n  - code: '3703000034'\n    name: 淄博市发展和改革委员会\n    url: fgw.zibo.gov.cn\n"
    write_config(tmp_path, body, sites="网站台账.csv", accounts="政务新媒体台账.xlsx")

    result = monitor("validate", "--config", "config.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout.splitlines() == [
        "config.yaml:8: sites[0].url: must start with http:// or https://",
        "网站台账.csv row 8: 网站标识码: site 3703000052 is listed twice (first at row 6)",
        "政务新媒体台账.xlsx [Sheet1] row 8: 账号类型: unknown platform '飞书'",
        "政务新媒体台账.xlsx [Sheet1] row 9: 账号名称: required value is missing",
        "config.yaml: 4 problems",
    ]
    # The other commands stop on the same errors, with exit 2.
    check = monitor("check", "--config", "config.yaml", cwd=tmp_path)
    assert check.returncode == 2
    assert "error: 网站台账.csv row 8: 网站标识码: site 3703000052 is listed twice" in check.stderr


def test_validate_help_and_missing_config(tmp_path: Path) -> None:
    assert monitor("validate", "--help").returncode == 0
    missing = monitor("validate", "--config", str(tmp_path / "nope.yaml"))
    assert missing.returncode == 2 and "file not found" in missing.stdout


def test_roster_warnings_are_logged_by_other_commands(tmp_path: Path) -> None:
    account_workbook(tmp_path / "accounts.xlsx")
    write_config(tmp_path, accounts="accounts.xlsx")
    result = monitor("rules", "--config", "config.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "accounts.xlsx [Sheet1] row 8: 账号类型: unknown platform '飞书'" in result.stderr
    assert "config.yaml: accounts.xlsx" not in result.stderr  # the row names its own file
