"""Report formats: one registry, each format renders the same document to bytes.

`FORMATS[name]` is a `Format`: the file extension, whether the output is text (and may go
to a terminal), and `render(doc) -> bytes`. Text formats are UTF-8; CSV starts with a BOM
so that Excel reads its Chinese correctly; xlsx is a binary workbook (the notice's attachments
first, then the working sheets) and docx the notice as a Word draft (monitor.report.wordfile).
md, html and docx lay out the same notice, `tables.notice`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from monitor.report.markdown import render_markdown
from monitor.report.model import Report, TrendPoint, report_document
from monitor.report.spreadsheet import render_xlsx
from monitor.report.table_csv import render_csv
from monitor.report.webpage import render_html
from monitor.report.wordfile import render_docx

Document = dict[str, Any]


def render_json(doc: Document) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class Format:
    extension: str
    text: bool  # False: binary, never written to a terminal
    render: Callable[[Document], bytes]


def _utf8(render: Callable[[Document], str], encoding: str = "utf-8") -> Callable[[Document], bytes]:
    def encoded(doc: Document) -> bytes:
        return render(doc).encode(encoding)

    encoded.__name__ = encoded.__qualname__ = render.__name__
    encoded.__doc__ = render.__doc__
    return encoded


FORMATS: dict[str, Format] = {
    "json": Format("json", True, _utf8(render_json)),
    "md": Format("md", True, _utf8(render_markdown)),
    "html": Format("html", True, _utf8(render_html)),
    "csv": Format("csv", True, _utf8(render_csv, "utf-8-sig")),
    "xlsx": Format("xlsx", False, render_xlsx),
    "docx": Format("docx", False, render_docx),  # the notice, a Word draft to edit
}


def render(report: Report, fmt: str) -> bytes:
    """The report in one format (KeyError for an unknown format)."""
    return FORMATS[fmt].render(report_document(report))


__all__ = [
    "FORMATS", "Format", "Report", "TrendPoint", "render", "render_csv", "render_docx", "render_html", "render_json",
    "render_markdown", "render_xlsx", "report_document",
]
