"""ASP.NET WebForms: the whole page is one <form> with __VIEWSTATE; GridView and Repeater lists
whose rows or titles are LinkButtons (href="javascript:__doPostBack('…','')"), pagers that post
back (Page$2, AspNetPager), and UpdatePanels filled by an asynchronous postback after load.

Rows opened by a postback are items all the same (read by the generic pipeline: dated rows
whose link is a script). A pager that posts back cannot be followed (no next page). A list that
only arrives by a postback the page fires itself (an UpdatePanel loading after load) cannot be
read from the page: unreadable, never blank.

Fixtures: tests/pages/corpus/aspnet/.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.extract.families._base import Family

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

POSTBACK_LOAD = "列表通过表单回发（postback）加载，无法读取"
# A postback the page's own code fires (not the framework's definition of __doPostBack).
_FIRED = re.compile(r"(?<!function )__doPostBack\(\s*['\"]")


def _unreadable(page: Parsed) -> str | None:
    scripts = page.scripts
    if "PageRequestManager" in scripts or _FIRED.search(scripts):
        return POSTBACK_LOAD
    return None


def _detect(page: Parsed) -> bool:
    return "__doPostBack" in page.scripts or "__VIEWSTATE" in page.text


FAMILY = Family(
    name="aspnet",
    detect=_detect,
    unreadable=_unreadable,
    fixtures=("aspnet/gridview_postback_pager.html", "aspnet/linkbutton_rows.html", "aspnet/updatepanel_shell.html"),
)
