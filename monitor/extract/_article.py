"""One document's page: its title, publication date, body text and attachments."""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborNode

from monitor.dates import parse_date
from monitor.extract._dom import Marks, norm, words
from monitor.extract._model import Article, Link
from monitor.extract._urls import Resolver

# Labels of the publication date on article pages; 成文日期 (the date a document was signed)
# is not when it was published.
_PUBLISHED_LABEL = re.compile(r"(?:发布|公开|提供|发文)[^\s:：]{0,4}(?:时间|日期)\s*[:：]")
# Any other date label, but not when a document was signed (成文), a page updated or built
# (更新, 生成), or a deadline (截止).
_ANY_DATE_LABEL = re.compile(r"(?<!成文)(?<!更新)(?<!生成)(?<!截止)(?:时间|日期)\s*[:：]")
_TITLE_SPLIT = re.compile(r"\s*[-_|—–]+\s*")
# Files a government page attaches: office documents, archives, and TRS's P0YYYYMMDD… files.
_ATTACHMENT = re.compile(
    r"\.(?:pdf|docx?|xlsx?|wps|et|dps|pptx?|zip|rar|7z|ofd|txt|csv)(?:$|[?&#;])|/P0\d{8,}[^/]*$", re.IGNORECASE
)
_ATTACHMENT_QUERY = re.compile(
    r"[?&](?:file|filename|name|path)=[^&]*\.(?:pdf|docx?|xlsx?|wps|zip|rar|ofd)", re.IGNORECASE
)
# Containers CMSs put an article's text in (TRS, 开普云, NFCMS, Hanweb): used when present.
_CONTENT_SELECTOR = (
    ".TRS_Editor, .trs_editor_view, #UCAP-CONTENT, ucapcontent, #zoom, #Zoom, #fontzoom, .news_cont_d_wrap, "
    ".article-content, .article_content, .detail-content, #art_content, .bt-article-content, .wzcon, #zoomcon"
)
_TITLE_WORDS = frozenset({"title", "bt", "biaoti", "tit", "articletitle", "detailtitle"})
_MIN_TEXT = 20  # a text node this long is prose, not a label


def read_article(body: LexborNode, meta: dict[str, str], page_title: str, resolve: Resolver, marks: Marks) -> Article:
    """The document a page shows (its title, date, text, attachments), whatever else it shows."""
    content = content_node(body, marks)
    return Article(
        title=article_title(body, meta, page_title, marks),
        published=published_date(body, meta, marks),
        body_text=norm(content.text(separator=" ")) if content is not None else "",
        attachments=_attachments(body, resolve, marks),
    )


def article_title(body: LexborNode, meta: dict[str, str], page_title: str, marks: Marks) -> str:
    """ArticleTitle meta, else the first h1 (or title-classed heading) outside page furniture,
    else the <title> without the site's name."""
    if meta.get("ArticleTitle", "").strip():
        return norm(meta["ArticleTitle"])
    for node in body.css("h1, h2, h3, [class*=title i], [id*=title i], [class*=bt i], [class*=tit i]"):
        if node.tag != "h1" and not (words(node) & _TITLE_WORDS):
            continue
        text = norm(node.text())
        if 4 <= len(text) <= 150 and not marks.chrome(node):
            return text
    return _title_without_site(page_title, meta.get("SiteName", ""))


def _title_without_site(title: str, site_name: str) -> str:
    """The <title>'s own part: 标题_栏目_站点名 gives 标题."""
    parts = [part for part in _TITLE_SPLIT.split(title) if part and part != site_name.strip()]
    return parts[0] if parts else title


def published_date(body: LexborNode, meta: dict[str, str], marks: Marks) -> date | None:
    """PubDate or firstpublishedtime meta, else the date after a visible 发布时间/发布日期/信息提供日期
    label, else after a plain 时间/日期 label (never 成文日期), outside page furniture."""
    for key in ("PubDate", "firstpublishedtime", "publishdate"):
        found = parse_date(meta.get(key, ""))
        if found is not None:
            return found
    return labelled_date(body, marks, _PUBLISHED_LABEL) or labelled_date(body, marks, _ANY_DATE_LABEL)


def labelled_date(node: LexborNode, marks: Marks | None, label: re.Pattern[str] = _ANY_DATE_LABEL) -> date | None:
    """The full date after the first label under node, in a short text outside furniture."""
    for child in node.traverse(include_text=True):
        if child.is_text_node:
            value = child.text_content or ""
            found = label.search(value) if len(value) <= 160 else None
            if found is None or (marks is not None and marks.chrome(child.parent)):
                continue
            day = parse_date(value[found.end() :])
            if day is not None:
                return day
    return None


def content_node(body: LexborNode, marks: Marks) -> LexborNode | None:
    """The element holding the page's prose: a CMS content container when there is one, else
    the parent of the longest run of paragraphs, else of the longest text (old templates write
    articles as text and <br> in a td); never page furniture."""
    for node in body.css(_CONTENT_SELECTOR):
        if len(node.text(strip=True)) >= _MIN_TEXT and not marks.chrome(node):
            return node
    best: tuple[int, LexborNode] | None = None
    by_parent: dict[int, tuple[LexborNode, int]] = {}
    for paragraph in body.css("p"):
        parent = paragraph.parent
        if parent is not None:
            _, length = by_parent.get(parent.mem_id, (parent, 0))
            by_parent[parent.mem_id] = (parent, length + len(paragraph.text(strip=True)))
    for parent, length in by_parent.values():
        if length >= _MIN_TEXT and (best is None or length > best[0]) and not marks.chrome(parent):
            best = (length, parent)
    for node in body.traverse(include_text=True):
        if node.is_text_node and node.parent is not None:
            length = len((node.text_content or "").strip())
            if length >= _MIN_TEXT and (best is None or length > best[0]) and not marks.chrome(node.parent):
                best = (length, node.parent)
    return best[1] if best is not None else None


def content_length(body: LexborNode, marks: Marks) -> int:
    """How long the page's prose is (see content_node): 0 for a page with none."""
    node = content_node(body, marks)
    return len(node.text(strip=True)) if node is not None else 0


def _attachments(body: LexborNode, resolve: Resolver, marks: Marks) -> tuple[Link, ...]:
    found: dict[str, Link] = {}
    for anchor in body.css("a[href]"):
        url = resolve(anchor.attributes.get("href") or "")
        if url is None or url in found:
            continue
        path = url.split("?", 1)[0]
        if not (_ATTACHMENT.search(path) or _ATTACHMENT_QUERY.search(url)) or marks.chrome(anchor):
            continue
        text = norm(anchor.text()) or norm(anchor.attributes.get("title") or "") or path.rsplit("/", 1)[-1]
        found[url] = Link(url=url, text=text, tag="a")
    return tuple(found.values())
