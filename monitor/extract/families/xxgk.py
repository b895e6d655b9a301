"""信息公开 (xxgk) catalogue pages: a directory tree of categories beside the selected
category's table (索引号, 标题, 文号, 成文日期, 发布日期).

Read by the generic pipeline (a table's 发布日期 column is the item date, never 成文日期; the
tree is navigation); this module only recognises the family, for tests and inspection.

Fixtures: tests/pages/corpus/xxgk/.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.extract.families._base import Family

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed


def _detect(page: Parsed) -> bool:
    url = (page.url or "").lower()
    return "xxgk" in url or "xxgk" in page.text or "索引号" in page.text


FAMILY = Family(
    name="xxgk",
    detect=_detect,
    fixtures=("xxgk/catalogue_table.html", "xxgk/anhui_doclist.html"),
)
