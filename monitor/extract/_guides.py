"""Read a 办事指南 page: which of the key elements (事项名称, 设定依据 …) it shows.

A guide writes each element as a label and its content: a table row (<th>办理材料</th><td>…</td>),
a heading and the paragraphs under it (<h3>办理流程</h3><p>…</p>), or a line
(联系电话：0912-…). An element is shown when its label, or a synonym CMSs use for it
(申请材料 for 办理材料, 实施主体 for 办理机构 …), is followed by content; a label with nothing
after it, or only a dash or 暂无, leaves the element missing. Pure; never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.extract._article import article_title
from monitor.extract._dom import Marks, norm


@dataclass(frozen=True)
class Guide:
    """A 办事指南: its title and which key elements it shows, named as the indicator sheet
    names them (monitor.rules.service.GUIDE_ELEMENTS)."""

    title: str
    elements: frozenset[str]


# What guides call each element. Longer, more specific labels are listed with the short ones;
# a bare 依据 or 时间 says too little to count.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "事项名称": ("事项名称", "事项名", "服务名称", "业务名称", "办理事项"),
    "设定依据": ("设定依据", "法律依据", "办理依据", "实施依据", "政策依据", "法定依据", "受理依据", "审批依据"),
    "申请条件": ("申请条件", "受理条件", "办理条件", "申报条件", "准入条件"),
    "办理材料": ("办理材料", "申请材料", "申报材料", "所需材料", "提交材料", "材料目录", "材料清单"),
    "办理地点": ("办理地点", "受理地点", "办公地点", "办理地址", "受理地址", "服务地点", "窗口地址"),
    "办理机构": (
        "办理机构", "受理机构", "实施机构", "实施主体", "办理部门", "受理部门", "承办机构", "实施部门",
        "审批机构", "审批部门", "决定机构",
    ),
    "收费标准": ("收费标准", "收费依据", "是否收费", "收费情况", "收费项目"),
    "办理时间": ("办理时间", "受理时间", "办公时间", "工作时间", "服务时间"),
    "联系电话": ("联系电话", "咨询电话", "咨询方式", "联系方式", "咨询途径"),
    "办理流程": ("办理流程", "办事流程", "办理程序", "受理流程", "审批流程", "流程图", "办理环节", "办理步骤"),
}

_NOISE_TAGS = ["script", "style", "noscript", "template", "textarea", "select", "object"]
_LABEL_MAX = 14  # a label is short; a sentence mentioning 申请材料 is not one
# Section numbering and bullets in front of a label: 一、 1. （三） ● ■
_NUMBERING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．]|[●■◆◇□▪•·★☆※>》]+)\s*")
# "label：" heads inside a line, at its start or after a space or semicolon.
_HEAD = re.compile(rf"(?:^|(?<=[\s\u3000；;|]))([^\s\u3000：:；;|，,。]{{2,{_LABEL_MAX}}})\s*[：:]")
_SENTENCE = re.compile(r"[，,。；;！？!?]")
# What stands in for missing content.
_EMPTY_VALUE = re.compile(r"^[\s\u3000\-—–_/／\\:：.。、…·]*(?:暂无|待定)?[\s\u3000\-—–_/／\\.。、…·]*$")
# 政府信息公开指南 is a guide to disclosure requests, not a 办事指南.
_NOT_GUIDE_TITLES = ("信息公开指南", "公开指南")
_MIN_LABELS = 4  # labels that make a page a guide whatever its title
_MIN_LABELS_TITLED = 2  # labels that make a page titled 指南 (or with a 事项名称) a guide


def extract_guide(html: str, base_url: str | None) -> Guide | None:
    """The guide a page shows, or None when the page is not a 办事指南.

    A page is a guide when it labels at least four key elements, or two when its title says
    指南 or one of them is 事项名称; a 政府信息公开指南 is not one. A page whose labels all stand
    without content (tabs filled in by script) says nothing about the guide: None. base_url
    is accepted for symmetry with the other extractors; guides are judged on their text.
    """
    doc = LexborHTMLParser(html.encode("utf-8", "replace").decode("utf-8").replace("\x00", ""))
    meta = {
        (node.attributes.get("name") or "").strip().lower(): (node.attributes.get("content") or "").strip()
        for node in doc.css("meta[name]")
    }
    title_node = doc.css_first("title")
    page_title = norm(title_node.text()) if title_node is not None else ""
    doc.strip_tags(_NOISE_TAGS)
    body = doc.body
    if body is None:
        return None
    marks = Marks()
    labelled, shown, name_value = _read_elements(_segments(body, marks))
    names = {"ArticleTitle": meta.get("articletitle", ""), "SiteName": meta.get("sitename", "")}
    title = article_title(body, names, page_title, marks)
    if any(word in title or word in page_title for word in _NOT_GUIDE_TITLES):
        return None
    titled = "指南" in title or "指南" in page_title or "事项名称" in labelled
    if len(labelled) < (_MIN_LABELS_TITLED if titled else _MIN_LABELS) or not shown:
        return None
    return Guide(title=title or name_value or page_title, elements=frozenset(shown))


def _segments(body: LexborNode, marks: Marks) -> list[tuple[str, LexborNode]]:
    """The page's texts in reading order, one per text node, with the element holding it,
    outside page furniture."""
    found: list[tuple[str, LexborNode]] = []
    for node in body.traverse(include_text=True):
        if node.is_text_node and node.parent is not None:
            text = norm(node.text_content or "")
            if text and not marks.chrome(node.parent):
                found.append((text, node.parent))
    return found


def _elements_in(head: str) -> set[str]:
    """The key elements a label names (收费依据及标准 names 收费标准)."""
    return {element for element, names in _SYNONYMS.items() if any(name in head for name in names)}


def _labels(segment: str) -> list[tuple[set[str], str]]:
    """The labels of one text and the content written after each on the same text.

    "办理时间：工作日　联系电话：0912-1234567" gives two; a text that is a label alone (a table
    cell, a heading) gives one with no content; prose gives none.
    """
    text = _NUMBERING.sub("", segment)
    heads = [(m, _elements_in(m[1])) for m in _HEAD.finditer(text)]
    heads = [(m, elements) for m, elements in heads if elements]
    if heads:
        found = []
        for i, (m, elements) in enumerate(heads):
            end = heads[i + 1][0].start() if i + 1 < len(heads) else len(text)
            found.append((elements, text[m.end() : end].strip()))
        return found
    bare = text.rstrip(":： \u3000")
    if len(bare) <= _LABEL_MAX and not _SENTENCE.search(bare):
        elements = _elements_in(bare)
        if elements:
            return [(elements, "")]
    return []


def _cell(node: LexborNode) -> LexborNode | None:
    """The table cell a text sits in (<td><b>办理地点：</b>…</td>), within a few levels."""
    for _ in range(4):
        if node.tag in ("td", "th"):
            return node
        if node.parent is None or node.tag in ("tr", "table", "body"):
            return None
        node = node.parent
    return None


def _cell_value(cell: LexborNode, label: str) -> str:
    """What a label in a table cell labels: the rest of its cell up to the next label, else
    (a cell holding the label alone) the cells after it in its row, else (a label alone in its
    row, a section heading) the next row."""
    text = norm(cell.text(separator=" "))
    at = text.find(label)
    if at < 0:
        return ""
    rest = text[at + len(label) :]
    for head in _HEAD.finditer(rest):
        if _elements_in(head[1]):
            rest = rest[: head.start()]
            break
    rest = rest.strip(" :：\u3000")
    if rest or text.strip(" :：\u3000") != label.strip(" :：\u3000"):
        return rest
    row = cell.parent
    if row is None:
        return ""
    cells = [c for c in row.iter() if c.tag in ("td", "th")]
    ids = [c.mem_id for c in cells]
    after = cells[ids.index(cell.mem_id) + 1 :] if cell.mem_id in ids else []
    if after:
        return norm(" ".join(c.text(separator=" ") for c in after))
    if len(cells) == 1:
        following = row.next
        while following is not None and following.tag != "tr":
            following = following.next
        return norm(following.text(separator=" ")) if following is not None else ""
    return ""


def _looks_like_label(text: str, node: LexborNode) -> bool:
    """Whether a text is another field's label rather than content (办理时限：, a short <th>)."""
    if text.endswith((":", "：")):
        return True
    return len(text) <= 8 and node.tag in ("th", "dt", "strong", "b", "h1", "h2", "h3", "h4", "h5", "h6")


def _read_elements(segments: list[tuple[str, LexborNode]]) -> tuple[set[str], set[str], str]:
    """(elements labelled, elements labelled and given content, the 事项名称 when written)."""
    labelled: set[str] = set()
    shown: set[str] = set()
    name_value = ""
    parsed = [_labels(text) for text, _ in segments]
    for i, labels in enumerate(parsed):
        text, node = segments[i]
        for elements, value in labels:
            if not value:
                cell = _cell(node)
                if cell is not None:
                    value = _cell_value(cell, text)
                elif i + 1 < len(segments) and not parsed[i + 1] and not _looks_like_label(*segments[i + 1]):
                    value = segments[i + 1][0]  # the paragraph under a heading
            labelled |= elements
            if not _EMPTY_VALUE.match(value):
                shown |= elements
                if "事项名称" in elements and not name_value:
                    name_value = value
    return labelled, shown, name_value
