"""Report formats: one registry, each format renders the same document."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from monitor.report.markdown import render_markdown
from monitor.report.model import Report, report_document


def render_json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, tuple[str, Callable[[dict[str, Any]], str]]] = {
    "json": ("json", render_json),
    "md": ("md", render_markdown),
}

__all__ = ["FORMATS", "Report", "render_json", "render_markdown", "report_document"]
