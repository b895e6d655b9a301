"""广东 gkmlpt (政府信息公开目录平台): a script app at /<dept>/gkmlpt/index#<column>.

The raw page is an empty shell whose column tree (window._CONFIG, post_count) is inline; the
column's list comes from /<dept>/gkmlpt/api/all/<column>?page=1&sid=<SID>.

Fixtures: tests/pages/corpus/gkmlpt/.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.extract.families._base import Family

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

_SID = re.compile(r"\bSID\s*[\"']?\s*[:=]\s*[\"']?(\w+)")
_FRAGMENT_ID = re.compile(r"#(\d+)$")
_MARK = "/gkmlpt/"


def _data_url(page: Parsed) -> str | None:
    """/<dept>/gkmlpt/index#<column> lists through /<dept>/gkmlpt/api/all/<column>."""
    base_url = page.url
    if not base_url or _MARK not in base_url:
        return None
    column = _FRAGMENT_ID.search(base_url)
    if column is None:
        return None
    sid = _SID.search(page.scripts)
    prefix = base_url.split("#", 1)[0]
    prefix = prefix[: prefix.index(_MARK) + len(_MARK)]
    query = f"page=1&sid={sid[1]}" if sid else "page=1"
    return f"{prefix}api/all/{column[1]}?{query}"


FAMILY = Family(
    name="gkmlpt",
    detect=lambda page: _MARK in (page.url or ""),
    data_url=_data_url,
    fixtures=("gkmlpt/spa_shell.html", "gkmlpt/spa_shell_loading.html"),
)
