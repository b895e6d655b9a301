"""Which site-identity elements a page carries (deduct.site_identity): footer marks and metas.

Names, as stored in ``PageObservation.identity`` and read by ``monitor.rules.identity``:

- ``conac``: the 党政机关网站标识 (the dcs.conac.cn script, its ``_ideConac`` span, or a
  bszs.conac.cn certificate link); ``conac:error`` as well when the badge shows its error image;
- ``sponsor``: 主办单位 / 主办： ; ``contact``: a 联系电话/联系方式 with a number, an e-mail, or a
  联系我们 link; ``site_code``: 网站标识码 followed by a valid code (10 digits or bm + 8 digits);
- ``icp``: an ICP备 number; ``police``: a 公网安备 number (or its beian.gov.cn record link);
- ``meta:SiteName`` … ``meta:PubDate``: the 政府网站发展指引 metas present with some content;
- ``footer:external``: the page loads a footer by script or frame, so footer marks we do not see
  may still be shown.

Marks count wherever they stand on the page, in text, links or inline scripts (a footer written
by ``document.write``), never inside HTML comments.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from monitor.extract._security import visible_text

FOOTER_ELEMENTS = ("conac", "sponsor", "contact", "site_code", "icp", "police")
META_ELEMENTS = tuple(
    f"meta:{name}"
    for name in ("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnType", "ArticleTitle", "PubDate")
)
_META_BY_LOWER = {name.lower().removeprefix("meta:"): name for name in META_ELEMENTS}

# Patterns run on lowercased text, each led by plain literals: the regex engine then skips to
# candidate positions instead of trying every branch at every character (10x on a 60 KB page).
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_CONAC_MARKS = ("dcs.conac.cn", "_ideconac", "bszs.conac.cn")
_SPONSOR = re.compile(r"主\s*办\s*单\s*位|主\s*办\s*[:：]|网站主办")
_PHONE = r"(?:\(?0\d{2,3}\)?\s*[-－—]?\s*\d{7,8}|1[3-9]\d{9}|[48]00\s*-?\s*\d{3}\s*-?\s*\d{4}|\d{7,8}|123\d\d)"
_CONTACT_PHONE = re.compile(rf"(?:联系电话|联系方式|咨询电话|服务电话|值班电话|电话|热线|tel)\s*[:：]?[^\d]{{0,12}}{_PHONE}")
_CONTACT_MAIL = re.compile(r"(?:电子邮箱|联系邮箱|邮箱|e-mail|email)\s*[:：]?\s*[\w.+-]+@[\w-]+\.")
# A 联系我们 link: the anchor's text (possibly wrapped in inline tags) starts with it.
_CONTACT_LINK = re.compile(r"<a\b[^>]*>(?:\s|&nbsp;|<[^>]*>)*联系(?:我们|方式)")
_MAILTO = re.compile(r"href\s*=\s*['\"]?\s*mailto:")
_SITE_CODE = re.compile(r"标\s*识\s*码\s*[:：]?\s*(?:bm\d{8}|\d{10})(?!\d)")
_ICP = re.compile(r"icp\s*备[^\d]{0,12}\d{5,}")
_POLICE = re.compile(r"(?:公网安备|公安备案|公安机关备案)[^\d]{0,12}\d{10,}")
_POLICE_LINK = re.compile(r"beian\.(?:mps\.)?gov\.cn/[^'\"\s<>]*recordcode=\d{10,}")
# Inline scripts that write markup (a footer by document.write) are read as page text.
_WRITES = ("write(", "innerhtml", ".html(", "append(")
# A footer fetched by script or frame: footer.js, bottom.html, dibu.shtml, .load("/foot.html").
_FOOTER_FILE = re.compile(r"(?:foot|bottom|dibu|copyright|banquan)[^/]*$", re.IGNORECASE)
_LOADS_FOOTER = re.compile(r"\.load\(\s*['\"][^'\"]*(?:foot|bottom|dibu)")


def extract_identity(html: str) -> frozenset[str]:
    """The identity elements a page carries, by the names above. Never raises."""
    try:
        return _identity(html)
    except (ValueError, RuntimeError, re.error):
        return frozenset()


def _identity(html: str) -> frozenset[str]:
    text_html = html.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")
    found: set[str] = set()
    raw = _COMMENT.sub("", text_html).lower()
    if any(mark in raw for mark in _CONAC_MARKS):
        found.add("conac")
        if "red_error.png" in raw:
            found.add("conac:error")
    if _CONTACT_LINK.search(raw) or ("mailto:" in raw and _MAILTO.search(raw)):
        found.add("contact")
    if "recordcode=" in raw and _POLICE_LINK.search(raw):
        found.add("police")
    doc = LexborHTMLParser(text_html)
    for node in doc.css("meta[name]"):
        name = _META_BY_LOWER.get((node.attributes.get("name") or "").strip().lower())
        if name is not None and (node.attributes.get("content") or "").strip():
            found.add(name)
    writes: list[str] = []
    for node in doc.css("script, iframe[src]"):
        src = node.attributes.get("src")
        if src:
            if _FOOTER_FILE.search(src.split("?", 1)[0]):
                found.add("footer:external")
            continue
        code = node.text().lower()
        if ".load(" in code and _LOADS_FOOTER.search(code):
            found.add("footer:external")
        if any(sign in code for sign in _WRITES):
            writes.append(code)
    text = (visible_text(doc) + "\n" + "\n".join(writes)).lower()
    for name, pattern in (("sponsor", _SPONSOR), ("contact", _CONTACT_PHONE), ("contact", _CONTACT_MAIL),
                          ("site_code", _SITE_CODE), ("icp", _ICP), ("police", _POLICE)):
        if name not in found and pattern.search(text):
            found.add(name)
    return frozenset(found)
