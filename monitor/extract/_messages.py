"""Public messages of a consultation column (领导信箱, 咨询投诉, 在线咨询 …): asked, answered, status.

A list page shows one row per message: a table whose header names its 留言时间, 答复时间 and
办理状态 columns, or li/div rows with a [已回复] badge beside their dates (bare, or labelled
留言时间：… 回复时间：…). A detail page shows one message as labelled lines (来信时间：…
答复时间：… 办理状态：…) and the answer under 答复内容, often signed with a date. Navigation,
headers, footers and sidebars are never messages. Pure; never raises on any page text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.dates import cell_date, find_date, infer_date, make_date, match_date_cell
from monitor.extract._article import article_title
from monitor.extract._dom import Marks, norm
from monitor.extract._urls import Resolver, is_http_url
from monitor.extract._vocab import BLANK_PLACEHOLDERS, JUNK_TITLES

REPLIED = "replied"
UNREPLIED = "unreplied"
PROCESSING = "processing"


@dataclass(frozen=True)
class Message:
    """One public message: its title, its page, when it was asked and answered, and its status.

    status is "replied", "unreplied", "processing", or None when the page does not say; a
    message with an answer date is replied. url is None for a message that links nowhere.
    """

    title: str
    url: str | None
    asked: date | None
    answered: date | None
    status: str | None


# How CMSs write a message's state, in badges, cells and 办理状态 lines. Negations and states
# in progress come first: 未回复 contains 回复 and 未办结 contains 办结.
_STATUS_PHRASES: tuple[tuple[str, str], ...] = (
    ("未回复", UNREPLIED), ("未答复", UNREPLIED), ("待回复", UNREPLIED), ("待答复", UNREPLIED),
    ("暂无回复", UNREPLIED), ("暂无答复", UNREPLIED), ("未处理", UNREPLIED), ("待处理", UNREPLIED),
    ("未受理", UNREPLIED), ("待受理", UNREPLIED),
    ("未办结", PROCESSING), ("办理中", PROCESSING), ("处理中", PROCESSING), ("受理中", PROCESSING),
    ("已受理", PROCESSING), ("已转办", PROCESSING), ("转办中", PROCESSING), ("正在办理", PROCESSING),
    ("正在处理", PROCESSING),
    ("已回复", REPLIED), ("已答复", REPLIED), ("已办结", REPLIED), ("已处理", REPLIED), ("已反馈", REPLIED),
    ("已回应", REPLIED), ("已解答", REPLIED),
)
_BARE_BADGES = {"办结": REPLIED}  # a badge that says it in one word
_BADGE_MAX = 8  # a text this short holding a status word is a badge, not a title
_BRACKETS = re.compile(r"[\s\[\]【】()（）〔〕<>《》:：]+")

# Labels of the date a message was written and of the date it was answered. 受理时间 (when it
# was accepted) is neither.
_ASKED_LABEL = re.compile(r"(?:留言|来信|写信|发信|提问|咨询|投诉|提交|诉求|反映|信件|登记|求助)(?:时间|日期)")
_ANSWERED_LABEL = re.compile(r"(?:答复|回复|办结|回应|反馈|处理|解答)(?:时间|日期)")
_AT_FIELD = r"(?:^|(?<=[\s\u3000|｜]))"  # a field label starts a line or follows a space
_STATUS_LABEL = re.compile(_AT_FIELD + r"(?:办理|处理|回复|答复|信件|留言|受理)?状态\s*(?:[:：]|$)", re.MULTILINE)
_TITLE_LABEL = re.compile(
    r"^(?:信件|留言|来信|咨询|投诉|问题|诉求)?(?:标题|主题)\s*(?:[:：]|$)", re.MULTILINE
)
_REPLY_LABEL = re.compile(
    _AT_FIELD + r"(?:(?:答复|回复|办理|处理)(?:内容|意见|结果)|(?:答复|回复)(?:单位|部门|机构))\s*(?:[:：]|$)",
    re.MULTILINE,
)
_LABEL_STRIP = " \t\n\u3000:："

_NOISE_TAGS = ["script", "style", "noscript", "template", "textarea", "select", "object"]
_ROW_TAGS = frozenset({"li", "tr", "dd", "dl", "div", "p", "article", "section", "table"})
_ENTRY_TAGS = frozenset({"li", "tr", "dd", "dl"})  # an entry of a list is a row, never climbed past
_CLIMB = 5
_MAX_ROW_TEXT = 800
_HEADER_CELL_MAX = 12  # a header cell names a column in a few words; a layout cell says more
_MIN_ANSWER = 10  # an answer is a sentence or more; a shorter text after 答复内容 may be a heading
_MIN_TITLE = 4
_LOCATION_TEXT = ("当前位置", "现在的位置", "所在位置", "您的位置")
_SPAN = re.compile(r"[0-9]{1,3}")
_TRAILING_DOTS = re.compile(r"(\.{2,}|…+)$")
# What an empty mailbox shows in place of its list, besides the placeholders of any column.
_PLACEHOLDERS = (*BLANK_PLACEHOLDERS, "暂无留言", "暂无信件", "暂无咨询", "没有留言", "没有信件")
_PLACEHOLDER_SLACK = 4  # 暂无留言，敬请关注 is a placeholder; a long title mentioning 暂无数据 is not
# Links to files are attachments, never messages.
_FILE_URL = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|pptx?|zip|rar|7z|ofd|jpe?g|png|gif)$", re.IGNORECASE)


def extract_messages(html: str, base_url: str | None, *, today: date) -> tuple[Message, ...]:
    """The messages a list page lists, or the one message a detail page shows.

    today gives a month-day (05-06) its year. A detail page is one whose own text (outside
    any list row) carries one labelled 留言/来信时间 or 答复时间; its message's url is the
    page's. A page that is neither gives ().
    """
    doc = LexborHTMLParser(html.encode("utf-8", "replace").decode("utf-8").replace("\x00", ""))
    resolve = Resolver(_base(doc, base_url))
    meta = {
        (node.attributes.get("name") or "").strip().lower(): (node.attributes.get("content") or "").strip()
        for node in doc.css("meta[name]")
    }
    title_node = doc.css_first("title")
    page_title = norm(title_node.text()) if title_node is not None else ""
    doc.strip_tags(_NOISE_TAGS)
    body = doc.body
    if body is None:
        return ()
    marks = Marks()
    rows = _Rows(body, marks, resolve, today)
    listed = rows.messages()
    lines = list(_texts(body, marks, rows.claimed))
    names = {"ArticleTitle": meta.get("articletitle", ""), "SiteName": meta.get("sitename", "")}
    detail = _detail(lines, base_url, today, lambda: article_title(body, names, page_title, marks))
    return (detail,) if detail is not None else listed


def status_of(text: str) -> str | None:
    """The status a badge, cell or line says ("replied", "unreplied", "processing"), or None."""
    for phrase, status in _STATUS_PHRASES:
        if phrase in text:
            return status
    return _BARE_BADGES.get(_BRACKETS.sub("", text))


def _base(doc: LexborHTMLParser, base_url: str | None) -> str | None:
    """The URL links resolve against: the page's, or what its <base href> makes of it."""
    if base_url is None or not is_http_url(base_url):
        return None
    node = doc.css_first("base[href]")
    if node is None:
        return base_url
    try:
        joined = urljoin(base_url, (node.attributes.get("href") or "").strip())
    except ValueError:  # a malformed IPv6 host
        return base_url
    return joined if is_http_url(joined) else base_url


def _texts(root: LexborNode, marks: Marks, skip: set[int]) -> Iterable[str]:
    """The texts under root outside page furniture and sidebars, and outside the elements in skip."""
    skipped: dict[int, bool] = {}
    for node in root.traverse(include_text=True):
        if not node.is_text_node or node.parent is None:
            continue
        text = norm(node.text_content or "")
        if text and not (marks.chrome(node.parent) or marks.sidebar(node.parent) or _within(node.parent, skip, skipped)):
            yield text


def _within(node: LexborNode | None, ids: set[int], memo: dict[int, bool]) -> bool:
    path: list[int] = []
    answer = False
    while node is not None and node.tag not in ("body", "html"):
        if node.mem_id in memo:
            answer = memo[node.mem_id]
            break
        path.append(node.mem_id)
        if node.mem_id in ids:
            answer = True
            break
        node = node.parent
    for key in path:
        memo[key] = answer
    return answer


def _date_in(text: str, today: date, url: str = "") -> date | None:
    """The first date in a short text; a month-day gets its year from the URL or today."""
    found = find_date(text)
    if found is None:
        return None
    if found.year is not None:
        return make_date(found.year, found.month, found.day)
    return infer_date(found.month, found.day, today=today, url=url)


def _value_after(text: str, end: int) -> str:
    """The rest of a label's line, or the next line when the label ends its line (a table cell)."""
    rest = text[end:].lstrip(_LABEL_STRIP)
    return rest.split("\n", 1)[0].strip()


def _labelled_dates(text: str, label: re.Pattern[str], today: date, url: str = "") -> list[date]:
    """The dates written right after each label in text (留言时间：2024-05-06 10:21)."""
    found: list[date] = []
    for match in label.finditer(text):
        value = unicodedata.normalize("NFKC", _value_after(text, match.end())[:30])
        at = find_date(value)
        if at is not None and at.start == 0:
            day = _date_in(value, today, url)
            if day is not None:
                found.append(day)
    return found


def _message(title: str, url: str | None, asked: date | None, answered: date | None,
             status: str | None) -> Message:
    return Message(title=title, url=url, asked=asked, answered=answered,
                   status=REPLIED if answered is not None else status)


# --- list pages ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Listed:
    message: Message
    group: int  # the element holding the row (rows of one list share it)
    informative: bool  # the row says its status or answer, or sits under a message table header


class _Rows:
    """The message rows of a page: header tables first, then rows around titled links."""

    def __init__(self, body: LexborNode, marks: Marks, resolve: Resolver, today: date) -> None:
        self.body, self.marks, self.resolve, self.today = body, marks, resolve, today
        self.claimed: set[int] = set()  # list rows and header rows: their text is not a detail page's
        self._found: list[_Listed] = []

    def messages(self) -> tuple[Message, ...]:
        for table in self.body.css("table"):
            if not (self.marks.chrome(table) or self.marks.sidebar(table)):
                self._table(table)
        self._linked_rows()
        # A list that says its messages' states is the column's own; dated rows beside it
        # (related articles, a 通知公告 block) are not messages.
        informative = {listed.group for listed in self._found if listed.informative}
        if informative:
            kept = [listed for listed in self._found if listed.group in informative]
        else:
            sizes: dict[int, int] = {}
            for listed in self._found:
                sizes[listed.group] = sizes.get(listed.group, 0) + 1
            largest = max(sizes, key=lambda group: sizes[group], default=None)
            kept = [listed for listed in self._found if listed.group == largest]
        seen: set[tuple[str | None, str]] = set()
        unique: list[Message] = []
        for listed in kept:
            key = (listed.message.url, listed.message.title)
            if key not in seen:
                seen.add(key)
                unique.append(listed.message)
        return tuple(unique)

    # A table whose header row names the message columns.

    def _table(self, table: LexborNode) -> None:
        rows = [row for row in table.css("tr") if _owner_table(row) == table.mem_id]
        header_at, roles = None, {}
        for i, row in enumerate(rows[:3]):
            cells = _cells(row)
            # A header names two columns or more, one of them a date or state, and holds no
            # date itself (a detail page's 来信时间 | 2024-06-03 row is not a header).
            if len(cells) >= 2 and self._title_anchor(row) is None and find_date(row.text()) is None:
                roles = _roles(cells)
                if len(roles) >= 2 and roles.keys() & {"asked", "answered", "status"}:
                    header_at = i
                    break
        if header_at is None:
            return
        self.claimed.add(rows[header_at].mem_id)
        for row in rows[header_at + 1 :]:
            cells = _cells(row)
            anchor = self._title_anchor(row)
            if anchor is not None:
                title, url = anchor[1], anchor[2]
            elif "title" in roles and roles["title"] < len(cells) and _is_title(norm(cells[roles["title"]].text())):
                title, url = norm(cells[roles["title"]].text()), None
            else:
                continue
            status = status_of(_cell_text(cells, roles, "status")) if "status" in roles else None
            if status is None and anchor is not None:
                status = status_of("\n".join(_beside(row, anchor[0])))
            asked = _date_in(_cell_text(cells, roles, "asked"), self.today, url or "")
            answered = _date_in(_cell_text(cells, roles, "answered"), self.today, url or "")
            self.claimed.add(row.mem_id)
            self._found.append(_Listed(_message(title, url, asked, answered, status), table.mem_id, True))

    # Rows around titled links: li, dd, div rows with badges and dates.

    def _linked_rows(self) -> None:
        titled = {}
        for anchor in self.body.css("a"):
            found = self._anchor_item(anchor)
            if found is not None:
                titled[anchor.mem_id] = found
        for anchor, title, url in titled.values():
            if _within(anchor, self.claimed, {}):
                continue
            row = self._row_of(anchor, titled)
            if row is None or any(word in row.text() for word in _LOCATION_TEXT):
                continue
            message = self._row_message(row, anchor, title, url)
            if message is None:
                continue
            self.claimed.add(row.mem_id)
            group = row.parent.mem_id if row.parent is not None else row.mem_id
            informative = message.status is not None or message.answered is not None
            self._found.append(_Listed(message, group, informative))

    def _anchor_item(self, anchor: LexborNode) -> tuple[LexborNode, str, str | None] | None:
        """(anchor, title, URL) of a link that can be a message's title, outside furniture."""
        href = anchor.attributes.get("href")
        if not href and not anchor.attributes.get("onclick"):
            return None
        if self.marks.chrome(anchor) or self.marks.sidebar(anchor):
            return None
        title = _anchor_title(anchor)
        url = self.resolve(href) if href else None
        if not _is_title(title) or (url is not None and _FILE_URL.search(url.split("?", 1)[0])):
            return None
        return anchor, title, url

    def _title_anchor(self, row: LexborNode) -> tuple[LexborNode, str, str | None] | None:
        best = None
        for anchor in row.css("a"):
            found = self._anchor_item(anchor)
            if found is not None and (best is None or len(found[1]) > len(best[1])):
                best = found
        return best

    def _row_of(self, anchor: LexborNode, titled: dict[int, tuple[LexborNode, str, str | None]]) -> LexborNode | None:
        """The row of a titled link: its highest ancestor (a few levels up) holding no other
        message title, stopping at a list entry (li, tr, dd)."""
        own = titled[anchor.mem_id]
        key = own[2] or own[1]
        row = None
        node = anchor.parent
        for _ in range(_CLIMB):
            if node is None or node.tag in ("body", "html") or len(node.text()) > _MAX_ROW_TEXT:
                break
            others = {(found[2] or found[1]) for a in node.css("a") if (found := titled.get(a.mem_id))}
            if others - {key}:
                break
            if node.tag in _ROW_TAGS:
                row = node
            if node.tag in _ENTRY_TAGS:
                break
            node = node.parent
        return row

    def _row_message(self, row: LexborNode, anchor: LexborNode, title: str, url: str | None) -> Message | None:
        """The message a row shows, or None when it shows neither a date nor a status."""
        plain = [
            shown for node in row.traverse(include_text=True)
            if node.is_text_node and (shown := cell_date(norm(node.text_content or ""), today=self.today, url=url or ""))
        ]
        joined = "\n".join(_beside(row, anchor))
        status = status_of(joined)
        asked_at = _labelled_dates(joined, _ASKED_LABEL, self.today, url or "")
        answered_at = _labelled_dates(joined, _ANSWERED_LABEL, self.today, url or "")
        asked = asked_at[0] if asked_at else None
        answered = answered_at[0] if answered_at else None
        rest = list(plain)
        for day in (asked, answered):
            if day in rest:
                rest.remove(day)
        if asked is None and rest:
            earlier = [day for day in rest if answered is None or day <= answered]
            asked = min(earlier) if earlier else None
            later = [day for day in rest if asked is not None and day > asked]
            # Two bare dates: written, then answered (an answer never precedes its question).
            if answered is None and later and status not in (UNREPLIED, PROCESSING):
                answered = max(later)
        if status is None and asked is None and answered is None:
            return None
        return _message(title, url, asked, answered, status)


def _beside(row: LexborNode, anchor: LexborNode) -> list[str]:
    """The texts of a row but its title: cells, badges (also inside the link), image alts."""
    inside = {node.mem_id for node in anchor.traverse(include_text=True)}
    texts: list[str] = []
    for node in row.traverse(include_text=True):
        if node.is_text_node:
            value = norm(node.text_content or "")
            if value and (node.mem_id not in inside or _is_badge(value)):
                texts.append(value)
        elif node.tag == "img":
            alt = norm(node.attributes.get("alt") or node.attributes.get("title") or "")
            if alt:
                texts.append(alt)
    return texts


def _owner_table(row: LexborNode) -> int | None:
    node = row.parent
    while node is not None and node.tag != "table":
        node = node.parent
    return node.mem_id if node is not None else None


def _cells(row: LexborNode) -> list[LexborNode]:
    """The row's cells, a cell spanning n columns repeated n times so indexes match the header."""
    cells: list[LexborNode] = []
    for cell in row.iter():
        if cell.tag in ("td", "th"):
            span = (cell.attributes.get("colspan") or "").strip()
            cells.extend([cell] * (max(1, min(int(span), 20)) if _SPAN.fullmatch(span) else 1))
    return cells


def _cell_text(cells: list[LexborNode], roles: dict[str, int], role: str) -> str:
    """The text of the row's cell under the header cell that names role ("" when none does)."""
    index = roles.get(role)
    return norm(cells[index].text(separator=" ")) if index is not None and index < len(cells) else ""


def _roles(cells: list[LexborNode]) -> dict[str, int]:
    """Which header cell names the title, the date asked, the date answered and the status."""
    roles: dict[str, int] = {}
    for i, cell in enumerate(cells):
        name = _BRACKETS.sub("", cell.text())
        if len(name) > _HEADER_CELL_MAX:
            continue
        role = None
        if "状态" in name or name in ("办理情况", "处理情况", "回复情况", "答复情况", "是否回复", "是否答复"):
            role = "status"
        elif "时间" in name or "日期" in name:
            if _ANSWERED_LABEL.search(name) or any(word in name for word in ("答复", "回复", "办结")):
                role = "answered"
            elif not any(word in name for word in ("受理", "截止", "期限", "时限")):
                role = "asked"
        elif any(word in name for word in ("标题", "主题", "题目")):
            role = "title"
        if role is not None and role not in roles:
            roles[role] = i
    return roles


def _is_badge(text: str) -> bool:
    return len(text) <= _BADGE_MAX and status_of(text) is not None


def _anchor_title(anchor: LexborNode) -> str:
    """A link's title: its text without date cells and status badges, or its title attribute
    when the text is cut short (…)."""
    parts = []
    for node in anchor.traverse(include_text=True):
        if node.is_text_node:
            value = node.text_content or ""
            if match_date_cell(value) is None and not _is_badge(norm(value)):
                parts.append(value)
    text = norm("".join(parts))
    full = norm(anchor.attributes.get("title") or "")
    if full and (not text or (len(full) > len(text) and full.startswith(_TRAILING_DOTS.sub("", text)))):
        return full
    return text


def _is_title(title: str) -> bool:
    """Whether a text can be a message's title: not furniture, a badge or a placeholder."""
    key = _BRACKETS.sub("", title).lower()
    if len(key) < _MIN_TITLE or key.isdigit() or key in JUNK_TITLES or _is_badge(key):
        return False
    return not any(phrase in key and len(key) <= len(phrase) + _PLACEHOLDER_SLACK for phrase in _PLACEHOLDERS)


# --- detail pages --------------------------------------------------------------------------


def _detail(lines: list[str], url: str | None, today: date, fallback_title: Callable[[], str]) -> Message | None:
    """The one message a page's own text shows as labelled lines, or None.

    Two different labelled 留言时间 mean a page of several messages written out in full, not
    one message: None (its rows could not be told apart).
    """
    text = "\n".join(lines)
    asked_at = _labelled_dates(text, _ASKED_LABEL, today)
    answered_at = _labelled_dates(text, _ANSWERED_LABEL, today)
    if (not asked_at and not answered_at) or len(set(asked_at)) > 1:
        return None
    asked = asked_at[0] if asked_at else None
    answered = answered_at[0] if answered_at else None
    status = None
    for match in _STATUS_LABEL.finditer(text):
        status = status_of(_value_after(text, match.end()))
        if status is not None:
            break
    reply = _reply_lines(text)
    if reply:
        said = status_of(" ".join(reply))
        if status is None:
            status = said or (REPLIED if len("".join(reply)) >= _MIN_ANSWER else None)
        if answered is None and status == REPLIED:
            signed = [day for line in reply if match_date_cell(line) and (day := _date_in(line, today))]
            answered = signed[-1] if signed else None
    title = ""
    match = _TITLE_LABEL.search(text)
    if match is not None:
        title = _value_after(text, match.end())
    return _message(title or fallback_title(), url, asked, answered, status)


def _reply_lines(text: str) -> list[str]:
    """The answer's lines (after 答复内容/回复意见/答复单位 …) up to the next field; none when
    the page has no answer section."""
    match = _REPLY_LABEL.search(text)
    if match is None:
        return []
    rest = text[match.end() :].lstrip(" \t\u3000:：")
    found: list[str] = []
    for line in rest.split("\n"):
        if found and (_ASKED_LABEL.match(line) or _STATUS_LABEL.match(line) or _TITLE_LABEL.match(line)):
            break
        if _ANSWERED_LABEL.match(line) or _BRACKETS.sub("", line) in JUNK_TITLES:
            continue
        if line.strip():
            found.append(line.strip())
        if len(found) >= 40:
            break
    return found


