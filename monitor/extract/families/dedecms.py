"""织梦 DedeCMS: /a/<column>/ lists with ul.pagelist (list_<typeid>_<n>.html), article URLs
/a/<column>/YYYY/MMDD/<id>.html (the date in the URL gives a MM-DD list entry its year: see
monitor.dates), and ShowMsg pages ("DedeCMS 提示信息！", 你指定的栏目不存在！ …) answering 200
where a column or article is missing: those are error pages ("soft404"), never blank columns.

Fixtures: tests/pages/corpus/dedecms/.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.extract.families._base import Family, PageKind

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

_SHOWMSG = ("DedeCMS 提示信息", "DedeCMS提示信息", "如果你的浏览器没反应，请点击这里")


def _detect(page: Parsed) -> bool:
    return "DedeCMS" in page.title or "DedeCMS" in page.scripts or "dede_pages" in page.text or "/plus/" in page.text


def _page_kind(page: Parsed) -> PageKind | None:
    where = f"{page.title}\n{page.scripts}"
    return "soft404" if any(marker in where for marker in _SHOWMSG) else None


FAMILY = Family(
    name="dedecms",
    detect=_detect,
    page_kind=_page_kind,
    fixtures=("dedecms/list_pagelist.html", "dedecms/mmdd_url_year.html", "dedecms/showmsg.html"),
)
