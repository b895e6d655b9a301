"""The report as an Excel workbook (openpyxl), one sheet per table of the 通报.

Sheets, in order: 汇总 (the headline figures); the notice's attachments, numbered as the docx
numbers them (附件1 不合格政府网站名单: 序号, 主管单位, 网站名称, 网站标识码, 主要问题, 整改情况;
附件2 不合格政务新媒体名单 when accounts are configured; then 栏目更新情况 and 整改清单);
不合格网站 (the fuller table: 序号, 网站名称, 网址, 网站标识码, 责任单位, 结论, 存在问题, 扣分, 得分),
政务新媒体 (the accounts with a problem or no verdict), 全部网站 (every website with its
verdict), 未检测项 (rules not assessed for lack of data by design, and why), 扣分情况, 预警
(what fails on its 到期日期 unless updated), 整改情况 (only when the report was made with
`--since`), 栏目明细 (every column of every website), 问题证据 (the evidence behind each
problem) and 合格率趋势 (when the report carries a trend). Every sheet has a bold, frozen
header row and an auto-filter; dates are date cells and points and scores number cells, so
the sheets sort and filter as people expect.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from monitor.report import tables
from monitor.report.tables import Table

DATE_FORMAT = "yyyy-mm-dd"
MIN_WIDTH, MAX_WIDTH = 6, 60


def _width(value: object) -> int:
    """Display width of a cell's text: CJK and full-width characters count double."""
    shown = value.isoformat() if isinstance(value, date) else tables.text(value)  # type: ignore[arg-type]
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in shown)


def _value(value: tables.Cell) -> tables.Cell:
    """A cell value openpyxl can store: without the control characters XML forbids."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def _sheet(book: Workbook, title: str, table: Table) -> Worksheet:
    sheet = book.create_sheet(title)
    sheet.append(list(table.header))
    for row in table.rows:
        sheet.append([_value(v) for v in row])
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":  # text that starts with "=" stays text, never a formula
                cell.data_type = "s"
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="center")
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = sheet.dimensions
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, name in enumerate(table.header, 1):
        values = [name, *(row[index - 1] for row in table.rows)]
        width = min(MAX_WIDTH, max(MIN_WIDTH, max(_width(v) for v in values) + 2))
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
            elif isinstance(cell.value, str) and _width(cell.value) > MAX_WIDTH:
                cell.alignment = wrap
    return sheet


def render_xlsx(doc: dict[str, Any]) -> bytes:
    """Render a report document (see report.model) as an .xlsx workbook."""
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    _sheet(book, "汇总", tables.summary(doc))
    for attachment in tables.attachments(doc):  # the notice's attachments, as the docx numbers them
        _sheet(book, f"{attachment.label} {attachment.title}"[:31], attachment.table or Table((), []))
    _sheet(book, "不合格网站", tables.failed_sites(doc))
    _sheet(book, "政务新媒体", tables.accounts(doc))
    _sheet(book, "全部网站", tables.all_sites(doc))
    _sheet(book, "未检测项", tables.not_assessed(doc))
    _sheet(book, "扣分情况", tables.deductions(doc))
    _sheet(book, "预警", tables.warnings(doc))
    if "rectification" in doc:
        _sheet(book, "整改情况", tables.rectification(doc))
    _sheet(book, "栏目明细", tables.all_columns(doc))
    _sheet(book, "问题证据", tables.evidence(doc))
    if doc.get("trend"):
        _sheet(book, "合格率趋势", tables.trend_table(doc))
    book.properties.title = f"政府网站监测情况通报（监测时间点：{doc['as_of']}）"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
