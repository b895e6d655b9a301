"""The notice (通报) as a Word document (python-docx), a draft the office edits and issues.

Laid out as official documents are (GB/T 9704 conventions, fonts named so Word substitutes
what is missing): the 文号 line and the title, the addressee and preamble, the numbered
sections of `tables.notice` (一、总体情况 with its table, 二、存在问题 with （一）（二）,
三、工作要求), the signature and date; then each attachment on its own page (附件1, 附件2 …,
wide tables in landscape) and the monitor's details (附：…) after them. Headings use Word's
Title / Heading 1 / Heading 2 styles, so the navigation pane and a table of contents work;
tables have a bold header row that repeats on every page.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from monitor.report import tables
from monitor.report.tables import Section, Table

TITLE_FONT = "方正小标宋简体"
HEADING_FONTS = ("黑体", "楷体_GB2312")  # 一、 and （一）
BODY_FONT = "仿宋_GB2312"
TABLE_FONT = "宋体"
LANDSCAPE_COLUMNS = 7  # an attachment this wide is laid out in landscape
BLACK = RGBColor(0, 0, 0)


def _font(target: Any, name: str, size: float | None = None, bold: bool | None = None) -> None:
    """Set a run's or style's font, East Asian font included (Word reads Chinese text's font from
    w:eastAsia, which python-docx's font.name does not set)."""
    font = target.font
    font.name = name
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    properties = target._element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def _styles(document: DocumentObject) -> None:
    styles = document.styles
    _font(styles["Normal"], BODY_FONT, 16)  # 三号
    styles["Normal"].paragraph_format.line_spacing = Pt(28)
    _font(styles["Title"], TITLE_FONT, 22, False)  # 二号
    styles["Title"].font.color.rgb = BLACK
    title_format = styles["Title"].paragraph_format
    title_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_format.space_after = Pt(12)
    title_format.line_spacing = Pt(36)
    for level, name in enumerate(HEADING_FONTS, 1):
        style = styles[f"Heading {level}"]
        _font(style, name, 16, level == 1)
        style.font.color.rgb = BLACK
        style.font.italic = False
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.first_line_indent = Pt(32)
        style.paragraph_format.line_spacing = Pt(28)
    border = styles["Title"].element.pPr.find(qn("w:pBdr")) if styles["Title"].element.pPr is not None else None
    if border is not None:  # the default template underlines the title
        border.getparent().remove(border)


def _paragraph(document: DocumentObject, text: str, *, indent: bool = True,
               align: WD_ALIGN_PARAGRAPH | None = None) -> Paragraph:
    paragraph = document.add_paragraph(text)
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(32)  # two characters
    if align is not None:
        paragraph.alignment = align
    return paragraph


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _table(document: DocumentObject, table: Table, empty: str = "") -> None:
    if not table.rows:
        _paragraph(document, "无。")
        return
    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = grid.rows[0]
    _repeat_header(header)
    for cell, name in zip(header.cells, table.header, strict=True):
        run = cell.paragraphs[0].add_run(name)
        _font(run, "黑体", 10.5, True)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for values in table.rows:
        cells = grid.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            run = cell.paragraphs[0].add_run(tables.text(value) or empty)
            _font(run, TABLE_FONT, 10.5)
    for row in grid.rows:
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.line_spacing = 1.0
            cell.paragraphs[0].paragraph_format.first_line_indent = None


def _section(document: DocumentObject, section: Section, level: int = 1) -> None:
    document.add_heading(section.heading, level=level)
    for text in section.paragraphs:
        _paragraph(document, text)
    if section.table is not None:
        _table(document, section.table, section.empty)
    for part in section.parts:
        _section(document, part, level + 1)


def _page(document: DocumentObject, landscape: bool) -> None:
    """A new page, as a new section so its orientation can change."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    short, long = sorted((section.page_width, section.page_height))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _page_numbers(document: DocumentObject) -> None:
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = footer.add_run()
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        else:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)


def render_docx(doc: dict[str, Any]) -> bytes:
    """Render a report document (see report.model) as the notice in a .docx file."""
    notice = tables.notice(doc)
    document = Document()
    _styles(document)
    first = document.sections[0]
    first.page_height, first.page_width = Cm(29.7), Cm(21.0)  # A4
    first.top_margin, first.bottom_margin = Cm(3.7), Cm(3.5)
    first.left_margin, first.right_margin = Cm(2.8), Cm(2.6)
    _page_numbers(document)

    _paragraph(document, notice.number, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    document.add_heading(notice.title, level=0)
    _paragraph(document, f"（监测时间点：{doc['as_of']}）", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(document, notice.addressee, indent=False)
    _paragraph(document, notice.preamble)
    for section in notice.sections:
        _section(document, section)
    _paragraph(document, "")
    if notice.attachments:
        _paragraph(document, "附件：" + "　".join(f"{s.label[2:]}.{s.title}" for s in notice.attachments))
    _paragraph(document, notice.signature, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(document, notice.date, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

    for attachment in notice.attachments:
        wide = attachment.table is not None and len(attachment.table.header) >= LANDSCAPE_COLUMNS
        _page(document, wide)
        label = _paragraph(document, "", indent=False)
        _font(label.add_run(attachment.label), "黑体", 16)
        document.add_heading(attachment.title, level=0)
        for text in attachment.paragraphs:
            _paragraph(document, text)
        if attachment.table is not None:
            _table(document, attachment.table, attachment.empty)
    if notice.details:
        _page(document, True)
        document.add_heading("监测明细（供核对，印发前可删除）", level=0)
        for section in notice.details:
            _section(document, section)

    properties = document.core_properties
    properties.title = f"{notice.title}（监测时间点：{doc['as_of']}）"
    properties.subject = "政府网站与政务新媒体监测"
    properties.comments = f"规则集：{doc['ruleset']}；生成时间：{doc['generated_at']}"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


__all__ = ["render_docx"]
