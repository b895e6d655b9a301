"""Stock error pages of web servers and frameworks answering 200: IIS (404 - 找不到文件或目录),
Tomcat (HTTP Status 500 – Internal Server Error), nginx/Apache (502 Bad Gateway), WebLogic,
ThinkPHP (系统发生错误, 页面错误！请稍后再试～), Spring's Whitelabel Error Page.

The page is not the column's: its kind is "soft404" (an error page, not a blank list nor a
document, whatever its stack trace's length).

Fixtures: tests/pages/corpus/servererr/, tests/pages/corpus/thinkphp/error_page.html.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.extract._dom import norm
from monitor.extract.families._base import Family, PageKind

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

# "502 Bad Gateway", "HTTP Status 500 – Internal Server Error", "HTTP 错误 404.0 - Not Found",
# "404 - 找不到文件或目录。", "Error 404--Not Found".
_STATUS = re.compile(
    r"(?:http\s*(?:status|错误|error)\s*[45]\d\d|\b[45]\d\d(?:\.\d+)?\s*[-–—:]*\s*"
    r"(?:not\s*found|bad\s*gateway|bad\s*request|internal\s*server\s*error|service\s*(?:temporarily\s*)?unavailable"
    r"|gateway\s*time-?out|forbidden|method\s*not\s*allowed|找不到|服务器错误|拒绝访问)"
    r"|error\s*[45]\d\d\s*-+\s*\w)",
    re.IGNORECASE,
)
_FRAMEWORK = ("系统发生错误", "页面错误！请稍后再试", "whitelabel error page", "服务器错误")
_MAX_LINKS = 8


def _detect(page: Parsed) -> bool:
    return len(page.body.css("a[href]")) <= _MAX_LINKS


def _page_kind(page: Parsed) -> PageKind | None:
    heads = [page.title] + [norm(node.text()) for node in page.body.css("h1, h2")[:3]]
    for text in heads:
        lowered = text.lower()
        if _STATUS.search(lowered) or any(phrase in lowered for phrase in _FRAMEWORK):
            return "soft404"
    return None


FAMILY = Family(
    name="stock_errors",
    detect=_detect,
    page_kind=_page_kind,
    fixtures=(
        "servererr/iis_404.html",
        "servererr/tomcat_500.html",
        "servererr/nginx_502.html",
        "thinkphp/error_page.html",
    ),
)
