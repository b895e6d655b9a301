"""开普云 Kaipuyun and www.gov.cn-style lists: ``ul.infolist li > a[title] + span.time`` and
.news_box .list li with empty li.line separators, an explicit 下一页 link (home_1.htm after
home.htm), month-only content_N.htm URLs.

Read by the generic pipeline (rows, dates, 下一页 links); this module only recognises the
family, for tests and inspection.

Fixtures: tests/pages/corpus/kaipuyun/.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.extract.families._base import Family

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed


def _detect(page: Parsed) -> bool:
    return 'class="infolist"' in page.text or "news_box" in page.text


FAMILY = Family(
    name="kaipuyun",
    detect=_detect,
    fixtures=("kaipuyun/infolist.html", "kaipuyun/govcn_home.html"),
)
