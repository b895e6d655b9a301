"""Render the demo fleet into the bytes a government web server would send.

Pure: `render_fleet` maps every served path to (body, Content-Type). Pages follow the CMS
families of real government sites (TRS list pages and pagers, 政府信息公开 tables, mailbox
tables), with their furniture: clock, navigation, breadcrumbs, footer with 网站标识码 and
备案 numbers, and the site/column/article meta tags. GBK sites are encoded as GBK, declare
gb2312 in a meta tag only, and are served as plain `text/html`, as many old servers do.
Every link stays on the demo server; the only dead ones are the planted `BrokenLink`s.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime
from html import escape

from monitor.demo.fleet import (
    DemoAccount,
    DemoColumn,
    DemoFleet,
    DemoItem,
    DemoSite,
    HomeBlock,
    clock_text,
)

__all__ = ["Page", "render_fleet", "render_search", "search_path"]

Page = tuple[bytes, str]
"""A response body and its Content-Type header."""

_THEMES: dict[str, dict[str, str]] = {
    # CSS class names of the list page parts, per template family.
    "trs": {"list": "list", "title": "lm_title", "box": "lm_list", "side": "side", "page": "page"},
    "ucap": {"list": "infolist", "title": "column-name", "box": "list-box", "side": "sidebar", "page": "pagination"},
    "plain": {"list": "news_list", "title": "tit", "box": "con", "side": "right", "page": "fy"},
}
_LEVEL2_HEADING = "信息公开"  # the nav entry grouping second-level columns
_TRUNCATE = 24  # list titles longer than this are cut with "..." (the full title stays in @title)


def _png(rgb: tuple[int, int, int]) -> bytes:
    """A valid 1×1 PNG of one colour: a real image body for every <img> in the fleet."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + bytes(rgb))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _pdf(title: str) -> bytes:
    """A small, well-formed one-page PDF (ASCII only: the title is given as its code points)."""
    label = "attachment " + "-".join(f"{ord(ch):x}" for ch in title[:8])
    stream = f"BT /F1 12 Tf 72 720 Td ({label}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_CSS = (
    b"body{margin:0;font:14px/1.6 'Microsoft YaHei',SimSun,sans-serif;color:#333}\n"
    b".w{width:1200px;margin:0 auto}.top{background:#f3f3f3;font-size:12px}\n"
    b".header{background:#b5121b;color:#fff}.nav ul{list-style:none;margin:0;padding:0}\n"
    b".nav li{display:inline-block;padding:0 12px}.nav .sub{display:none}\n"
    b".footer{background:#eee;text-align:center;font-size:12px;padding:16px 0}\n"
)
_COMMON_JS = (
    b"function addFavorite(){alert('\\u8bf7\\u6309 Ctrl+D \\u6536\\u85cf\\u672c\\u7ad9');}\n"
)
# Our own rendition of the TRS pager function: writes page links for a 0-based current page.
_PAGE_JS = b"""function createPageHTML(count, current, name, ext) {
  if (count <= 1) { return; }
  function href(n) { return n == 0 ? name + "." + ext : name + "_" + n + "." + ext; }
  var out = [];
  out.push("<a href='" + href(0) + "'>\\u9996\\u9875</a>");
  if (current > 0) { out.push("<a href='" + href(current - 1) + "'>\\u4e0a\\u4e00\\u9875</a>"); }
  if (current + 1 < count) { out.push("<a href='" + href(current + 1) + "'>\\u4e0b\\u4e00\\u9875</a>"); }
  out.push("<a href='" + href(count - 1) + "'>\\u5c3e\\u9875</a>");
  document.write(out.join(" "));
}
"""
_IMAGES: dict[str, bytes] = {
    "logo.png": _png((181, 18, 27)),
    "red.png": _png((200, 0, 0)),
    "gaba.png": _png((30, 60, 160)),
    "dot.png": _png((120, 120, 120)),
    "banner.png": _png((220, 220, 230)),
}


def _content_type(site: DemoSite) -> str:
    # Old GBK servers send no charset: the page's meta tag is the only declaration.
    return "text/html" if site.encoding == "gbk" else "text/html; charset=utf-8"


def _encode(site: DemoSite, html: str) -> bytes:
    # Strict on purpose: a character outside GBK in a GBK site is a bug in the fleet.
    return html.encode("gbk" if site.encoding == "gbk" else "utf-8")


def _date(site: DemoSite, day: date) -> str:
    if site.date_format == "slash":
        return f"{day:%Y/%m/%d}"
    if site.date_format == "short":
        return f"[{day:%m-%d}]"
    return day.isoformat()


def _href(site: DemoSite, column: DemoColumn, target: str) -> str:
    """How a column page links `target`: TRS-style ./YYYYMM/… when the site writes relative links."""
    if site.relative_links and target.startswith(column.path):
        return "./" + target[len(column.path) :]
    return target


def _short(title: str) -> str:
    return title if len(title) <= _TRUNCATE else title[:_TRUNCATE] + "..."


def _nav(site: DemoSite) -> str:
    first = "".join(
        f'<li><a href="{c.path}">{escape(c.name)}</a></li>' for c in site.columns if c.level == 1
    )
    second = "".join(
        f'<li><a href="{c.path}">{escape(c.name)}</a></li>' for c in site.columns if c.level != 1
    )
    group = f'<li><span>{_LEVEL2_HEADING}</span><ul class="sub">{second}</ul></li>' if second else ""
    service = f'<li><a href="{escape(site.service_url)}" target="_blank">办事服务</a></li>' if site.service_url else ""
    return f'<div class="nav"><ul><li><a href="{site.path}">首页</a></li>{first}{service}{group}</ul></div>'


def _footer(site: DemoSite, today: date) -> str:
    serial = int(site.code[-4:])
    contact = next((c for c in site.columns if c.slug == "lxwm"), None)
    contact_link = f'<a href="{contact.path}">联系我们</a>　' if contact else ""
    return (
        '<div class="footer"><div class="w">'
        f"<p>{contact_link}主办单位：{escape(site.unit)}　承办：{escape(site.unit)}办公室　"
        f"联系电话：0533-31{serial:05d}　电子邮箱：{escape(site.email)}</p>"
        f"<p>网站标识码：{site.code}　鲁ICP备05{serial:06d}号-1　"
        f'<img src="{site.path}images/gaba.png" alt="">鲁公网安备 370303020{serial:05d}号</p>'
        f"<p>&copy; 2013-{today.year} {escape(site.name)} 版权所有　本网站支持IPv6</p>"
        f'<p><span id="_ideConac"><a href="{site.path}conac.html">'
        f'<img id="imgConac" src="{site.path}images/red.png" alt="党政机关"></a></span></p>'
        "</div></div>"
    )


def _document(site: DemoSite, today: date, title: str, metas: dict[str, str], main: str) -> str:
    """A whole page: head with meta tags, header with clock and search, nav, `main`, footer."""
    charset = (
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        if site.encoding == "gbk"
        else '<meta charset="utf-8">'
    )
    all_metas = {"SiteName": site.name, "SiteDomain": site.domain, "SiteIDCode": site.code, **metas}
    meta_tags = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in all_metas.items())
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n{charset}\n'
        f"<title>{escape(title)}</title>\n{meta_tags}"
        f'<link rel="stylesheet" href="{site.path}css/style.css">\n'
        f'<script src="{site.path}js/common.js"></script>\n'
        f'<script src="{site.path}js/page.js"></script>\n</head>\n<body>\n'
        f'<div class="top"><div class="w"><span class="clock">{clock_text(today)}</span></div></div>\n'
        f'<div class="header"><div class="w"><a href="{site.path}">'
        f'<img src="{site.path}images/logo.png" alt="{escape(site.name)}"></a><h1>{escape(site.name)}</h1>'
        f'<form class="search" action="{search_path(site)}" method="get">'
        '<input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>'
        f"</div></div>\n{_nav(site)}\n"
        f'<div class="main w">\n{main}\n</div>\n{_footer(site, today)}\n</body>\n</html>\n'
    )


def _planted(site: DemoSite, page: str) -> str:
    links = [link for link in site.broken_links if link.page == page]
    if not links:
        return ""
    parts = [
        f'<a href="{link.target}">{escape(link.text)}</a>'
        if link.tag == "a"
        else f'<img src="{link.target}" alt="{escape(link.text)}">'
        for link in links
    ]
    return '<div class="related">' + "　".join(parts) + "</div>"


# --- list markup -----------------------------------------------------------------------------


def _ul_item(site: DemoSite, column: DemoColumn, item: DemoItem) -> str:
    href = _href(site, column, item.path)
    title = escape(item.title)
    shown = escape(_short(item.title))
    day = _date(site, item.date)
    mark = '<em class="zd">置顶</em>' if item.pinned else ""
    picture = f'<a href="{href}"><img src="{_href(site, column, item.image)}" alt=""></a>' if item.image else ""
    if site.date_in_anchor:
        return (
            f'<li>{mark}{picture}<a href="{href}" target="_blank" title="{title}">'
            f'<span class="list_title">{shown}</span><i>{day}</i></a></li>'
        )
    return (
        f'<li>{mark}{picture}<a href="{href}" target="_blank" title="{title}">{shown}</a>'
        f'<span class="date">{day}</span></li>'
    )


def _table_row(site: DemoSite, column: DemoColumn, item: DemoItem) -> str:
    mark = '<em class="zd">[置顶]</em>' if item.pinned else ""
    return (
        f'<tr><td width="20"><img src="{site.path}images/dot.png" alt=""></td>'
        f'<td class="title">{mark}<a href="{_href(site, column, item.path)}" target="_blank" '
        f'title="{escape(item.title)}">{escape(_short(item.title))}</a></td>'
        f'<td class="date" width="100" align="right">[{item.date.isoformat()}]</td></tr>'
    )


def _xxgk_row(site: DemoSite, column: DemoColumn, item: DemoItem) -> str:
    written = item.written.isoformat() if item.written else ""
    return (
        f"<tr><td>{item.index_no}</td>"
        f'<td class="title"><a href="{_href(site, column, item.path)}" target="_blank" '
        f'title="{escape(item.title)}">{escape(item.title)}</a></td>'
        f"<td>{escape(item.doc_no)}</td><td>{written}</td><td>{item.date.isoformat()}</td></tr>"
    )


def _mailbox_row(site: DemoSite, column: DemoColumn, item: DemoItem) -> str:
    state = "已办结" if item.replied else "办理中"
    return (
        f'<tr><td class="title"><a href="{_href(site, column, item.path)}" target="_blank">'
        f"{escape(item.title)}</a></td><td>{item.date.isoformat()}</td><td>{state}</td></tr>"
    )


def _list(site: DemoSite, column: DemoColumn, items: tuple[DemoItem, ...]) -> str:
    """The column's own list container with `items` (or its placeholder when there are none)."""
    css = _THEMES[site.theme]["list"]
    note = f'<div class="nodata">{escape(column.placeholder)}</div>' if column.placeholder else ""
    in_list = column.placeholder_in_list and bool(column.placeholder) and not items
    if column.style == "ul":
        rows = "".join(_ul_item(site, column, item) for item in items)
        if in_list:
            return f'<ul class="{css}"><li>{escape(column.placeholder or "")}</li></ul>'
        return f'{"" if items else note}<ul class="{css}">{rows}</ul>'
    if column.style == "table":
        rows = "".join(_table_row(site, column, item) for item in items)
        if in_list:
            rows = f'<tr><td colspan="3" align="center">{escape(column.placeholder or "")}</td></tr>'
        table = f'<table class="{css}" width="100%" cellspacing="0"><tbody>{rows}</tbody></table>'
        return table if items or in_list else note + table
    if column.style == "xxgk":
        head = "<tr><th>索引号</th><th>标题</th><th>发文字号</th><th>成文日期</th><th>发布日期</th></tr>"
        rows = "".join(_xxgk_row(site, column, item) for item in items)
        return f'{"" if items else note}<table class="xxgk-list"><thead>{head}</thead><tbody>{rows}</tbody></table>'
    head = "<tr><th>信件标题</th><th>写信时间</th><th>办理状态</th></tr>"
    rows = "".join(_mailbox_row(site, column, item) for item in items)
    return f'{"" if items else note}<table class="letter-list">{head}{rows}</table>'


def _pager(site: DemoSite, column: DemoColumn, page: int) -> str:
    """The pager in the column's style; the next page is always `column.next_page(page)`."""
    count = column.page_count
    css = _THEMES[site.theme]["page"]
    if column.pager == "trs":
        call = f'createPageHTML({count}, {page}, "index", "html");'
        return f'<div class="{css}"><script type="text/javascript">{call}</script></div>'
    if column.pager == "trs_vars":
        return (
            f'<div class="{css}"><script type="text/javascript">\n'
            f"var currentPage = {page};//所在页从0开始\nvar countPage = {count};//共多少页\n"
            "var nextPage = currentPage + 1;\n"
            "if (nextPage < countPage) {\n"
            '  document.write("<a href=\\"index"+"_" + nextPage + "."+"html\\">下一页</a>");\n'
            "}\n</script></div>"
        )

    def link(n: int, text: str) -> str:
        return f'<a href="{"index.html" if n == 0 else f"index_{n}.html"}">{text}</a>'

    parts = [f"共{count}页", f"第{page + 1}页", link(0, "首页")]
    parts.append(link(page - 1, "上一页") if page > 0 else "<span>上一页</span>")
    parts.append(link(page + 1, "下一页") if page + 1 < count else "<span>下一页</span>")
    parts.append(link(count - 1, "尾页"))
    return f'<div class="{css}">{" ".join(parts)}</div>'


def _hot_items(site: DemoSite) -> list[DemoItem]:
    items = [item for column in site.columns if not column.hangs for item in column.items]
    return sorted(items, key=lambda item: item.date, reverse=True)[:6]


def _sidebar(site: DemoSite) -> str:
    rows = "".join(
        f'<li><a href="{item.path}" title="{escape(item.title)}">{escape(_short(item.title))}</a>'
        f'<span class="date">{_date(site, item.date)}</span></li>'
        for item in _hot_items(site)
    )
    return f'<div class="{_THEMES[site.theme]["side"]}"><h3>热点信息</h3><ul>{rows}</ul></div>'


def _column_metas(column: DemoColumn) -> dict[str, str]:
    return {"ColumnName": column.name, "ColumnType": column.column_type}


def _list_page(site: DemoSite, column: DemoColumn, page: int, today: date) -> str:
    theme = _THEMES[site.theme]
    # The sidebar comes first in the markup, as in left-sidebar templates: the harder case.
    sidebar = _sidebar(site) if site.hot_sidebar else ""
    main = (
        f'<div class="location">当前位置：<a href="{site.path}">首页</a> &gt; '
        f'<a href="{column.path}">{escape(column.name)}</a></div>\n{sidebar}'
        f'<div class="{theme["box"]}"><div class="{theme["title"]}"><h2>{escape(column.name)}</h2></div>\n'
        f"{_list(site, column, column.page_items(page))}\n{_pager(site, column, page)}\n"
        f"{_planted(site, column.page_path(page))}</div>"
    )
    return _document(site, today, f"{column.name}_{site.name}", _column_metas(column), main)


# --- homepage, articles, extra pages ---------------------------------------------------------


def _home_block(site: DemoSite, block: HomeBlock) -> str:
    rows = []
    for item in block.items:
        picture = f'<a href="{item.path}"><img src="{item.image}" alt=""></a>' if block.pictures and item.image else ""
        rows.append(
            f'<li>{picture}<a href="{item.path}" target="_blank" title="{escape(item.title)}">'
            f'{escape(_short(item.title))}</a><span class="date">{_date(site, item.date)}</span></li>'
        )
    return (
        f'<div class="block"><div class="block-hd"><h3>{escape(block.title)}</h3>'
        f'<a class="more" href="{block.more}">更多&gt;&gt;</a></div>'
        f'<ul class="block-list">{"".join(rows)}</ul></div>'
    )


def _home(site: DemoSite, today: date) -> str:
    quick = "".join(
        f'<li><a href="{c.path}">{escape(c.name)}</a></li>'
        for c in site.columns
        if c.category in ("interaction", "static")
    )
    main = (
        f'<div class="banner"><img src="{site.path}images/banner.png" alt="{escape(site.name)}"></div>\n'
        + "\n".join(_home_block(site, block) for block in site.home_blocks)
        + f'\n<div class="quick"><h3>便民服务</h3><ul>{quick}</ul></div>\n{_planted(site, site.path)}'
    )
    return _document(site, today, site.name, {}, main)


_GUIDE_ELEMENTS = (  # the key elements a 办事指南 must carry
    "事项名称", "设定依据", "申请条件", "办理材料", "办理地点",
    "办理机构", "收费标准", "办理时间", "联系电话", "办理流程",
)


def _article_body(site: DemoSite, column: DemoColumn, item: DemoItem) -> str:
    folder = item.path.rsplit("/", 1)[0] + "/"  # attachments and pictures sit beside the article
    parts = [
        f"<p>{item.date.month}月{item.date.day}日，{escape(site.short)}围绕“{escape(item.title)}”相关工作作出部署，"
        "要求各有关单位提高站位、压实责任，确保各项任务落到实处。</p>",
        "<p>会议强调，要坚持以人民为中心，聚焦群众关切，持续提升服务质量和效率。</p>",
    ]
    if item.image:
        parts.insert(0, f'<p><img src="./{item.image[len(folder):]}" alt="{escape(item.title)}"></p>')
    if column.guides:
        rows = "".join(
            f"<tr><th>{name}</th><td>详见{escape(item.title)}{name}说明</td></tr>" for name in _GUIDE_ELEMENTS
        )
        parts.append(f'<table class="guide">{rows}</table>')
    if column.style == "xxgk":
        parts.insert(
            0,
            f'<table class="xxgk-info"><tr><th>索引号</th><td>{item.index_no}</td><th>发文字号</th>'
            f'<td>{escape(item.doc_no)}</td></tr><tr><th>成文日期</th><td>{item.written}</td>'
            f"<th>发布日期</th><td>{item.date.isoformat()}</td></tr></table>",
        )
    if column.style == "mailbox":
        answer = (
            f"<p>答复单位：{escape(site.unit)}　答复时间：{item.replied.isoformat()}</p>"
            "<p>您好，您反映的问题已转相关部门办理，感谢您的关注。</p>"
            if item.replied
            else "<p>办理状态：办理中</p>"
        )
        parts = [f"<p>来信时间：{item.date.isoformat()}</p><p>您好，{escape(item.title)}，望尽快协调解决。</p>", answer]
    if item.attachment:
        name = item.attachment[len(folder) :]
        parts.append(f'<p class="attach">附件：<a href="./{name}">{escape(item.title)}.pdf</a></p>')
    return "".join(parts)


def _article(site: DemoSite, column: DemoColumn, item: DemoItem, today: date) -> str:
    # A fixed, plausible time of day derived from the path.
    minutes = 8 * 60 + zlib.crc32(item.path.encode()) % 600
    published = f"{item.date.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}"
    metas = {**_column_metas(column), "ArticleTitle": item.title, "PubDate": published, "ContentSource": site.unit}
    main = (
        f'<div class="location">当前位置：<a href="{site.path}">首页</a> &gt; '
        f'<a href="{column.path}">{escape(column.name)}</a> &gt; 正文</div>\n'
        f'<div class="article"><h1 class="article-title">{escape(item.title)}</h1>\n'
        f'<div class="article-info">发布时间：{published}　来源：{escape(site.unit)}</div>\n'
        f'<div class="TRS_Editor">{_article_body(site, column, item)}</div></div>'
    )
    return _document(site, today, f"{item.title}_{site.name}", metas, main)


def _conac(site: DemoSite, today: date) -> str:
    main = (
        f'<div class="article"><h1>党政机关网站标识</h1><p>网站名称：{escape(site.name)}</p>'
        f"<p>网站标识码：{site.code}</p><p>主办单位：{escape(site.unit)}</p></div>"
    )
    return _document(site, today, f"党政机关网站标识_{site.name}", {}, main)


def search_path(site: DemoSite) -> str:
    """Where the site's search form submits (GET, parameter q)."""
    return f"{site.path}search.html"


def render_search(site: DemoSite, today: date, query: str) -> Page:
    """The site's search result page for `query` (titles containing it; empty query: a prompt)."""
    query = query.strip()
    hits = [
        item
        for column in site.columns
        if not column.hangs
        for item in column.items
        if query and query in item.title
    ]
    rows = "".join(
        f'<li><a href="{item.path}">{escape(item.title)}</a><span class="date">{item.date.isoformat()}</span></li>'
        for item in hits
    )
    summary = f"共找到{len(hits)}条结果" if query else "请输入关键词"
    main = f'<div class="search-result"><p>{summary}</p><ul>{rows}</ul></div>'
    return _encode(site, _document(site, today, f"站内搜索_{site.name}", {}, main)), _content_type(site)


def _site_pages(site: DemoSite, today: date) -> Iterator[tuple[str, Page]]:
    html = _content_type(site)
    yield f"{site.path}css/style.css", (_CSS, "text/css")
    yield f"{site.path}js/common.js", (_COMMON_JS, "application/javascript")
    yield f"{site.path}js/page.js", (_PAGE_JS, "application/javascript")
    for name, body in _IMAGES.items():
        yield f"{site.path}images/{name}", (body, "image/png")
    home = _encode(site, _home(site, today))
    yield site.path, (home, html)
    yield f"{site.path}index.html", (home, html)
    yield f"{site.path}conac.html", (_encode(site, _conac(site, today)), html)
    yield search_path(site), render_search(site, today, "")
    for column in site.columns:
        if column.hangs:
            continue  # the server never answers these paths
        for page in range(column.page_count):
            body = _encode(site, _list_page(site, column, page, today))
            yield column.page_path(page), (body, html)
            if page == 0:
                yield f"{column.path}index.html", (body, html)
        for item in column.items:
            yield item.path, (_encode(site, _article(site, column, item, today)), html)
            if item.attachment:
                yield item.attachment, (_pdf(item.title), "application/pdf")
            if item.image:
                yield item.image, (_IMAGES["banner.png"], "image/png")


def _feed(account: DemoAccount, today: date) -> Page:
    """An RSS 2.0 feed of the account's posts, as a bridge such as RSSHub serves it."""
    zone = timezone(timedelta(hours=8))
    items = "".join(
        f"<item><title>{escape(account.name)}发布第{n}条信息</title>"
        f"<link>http://bridge.example.org/{account.code}/{n}</link>"
        f"<pubDate>{format_datetime(datetime.combine(today - timedelta(days=age), time(9, 30), tzinfo=zone))}</pubDate>"
        "</item>"
        for n, age in enumerate(account.ages)
    )
    body = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(account.shown or account.name)}</title><link>http://bridge.example.org/{account.code}</link>"
            f"{items}</channel></rss>")
    return body.encode("utf-8"), "application/rss+xml; charset=utf-8"


def render_fleet(fleet: DemoFleet, today: date) -> dict[str, Page]:
    """Every path the demo server answers 200 for, with its body and Content-Type.

    Paths under a hanging column are absent (the server never answers them); so are the
    targets of planted broken links and the feeds of hanging accounts.
    """
    pages = {path: page for site in fleet.sites for path, page in _site_pages(site, today)}
    pages.update({a.feed_path: _feed(a, today) for a in fleet.accounts if not a.hangs})
    return pages
