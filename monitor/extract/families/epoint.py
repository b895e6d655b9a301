"""新点 Epoint: ``ul.ewb-com-items li`` with span.ewb-list-date, /YYYYMMDD/<uuid>.html article
URLs, numbered sibling columns (…/003002001/moreinfo.html) and the wb-page pager
(a.wb-page-next, '1/6').

Read by the generic pipeline (URL dates, numbered sibling columns as navigation, *-next pager
links); this module only recognises the family, for tests and inspection.

Fixtures: tests/pages/corpus/epoint/.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.extract.families._base import Family

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed


def _detect(page: Parsed) -> bool:
    return "ewb-" in page.text or "wb-page-" in page.text


FAMILY = Family(
    name="epoint",
    detect=_detect,
    fixtures=("epoint/jyxx_list.html", "epoint/last_page.html"),
)
