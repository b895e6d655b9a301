"""WordPress themes: category archives of article.post with time.entry-date.published (and a
time.updated the theme hides: a later edit is not a publication, see _page's row dates),
nav.pagination (a.next.page-numbers), widget sidebars (aside.widget-area); a missing page is
the theme's 404 template (body.error404) answering 200: "soft404", never a blank column.

Fixtures: tests/pages/corpus/wordpress/.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.extract._dom import words
from monitor.extract.families._base import Family, PageKind

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed


def _detect(page: Parsed) -> bool:
    return "wp-content" in page.text or "WordPress" in page.meta.get("generator", "") or "error404" in words(page.body)


def _page_kind(page: Parsed) -> PageKind | None:
    return "soft404" if "error404" in words(page.body) else None


FAMILY = Family(
    name="wordpress",
    detect=_detect,
    page_kind=_page_kind,
    fixtures=("wordpress/category_hidden_updated.html", "wordpress/error404.html"),
)
