"""The alerts' words: a unit's digest, the supervisor's summary and the chat robots' short text.

Every message is composed once, as `Composed` (subject, plain text, HTML, attachments), and the
e-mail is built from it (`email_message`): multipart/alternative with the plain text first and
the HTML second, then the attachments (the unit's 整改清单, the whole report for the supervisor).
Chinese throughout, as notices are written.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from typing import Any

from monitor.config import NotifyConfig
from monitor.notify.problems import Problem, Subject
from monitor.notify.state import Resolved, UnitNews
from monitor.report import tables
from monitor.report.spreadsheet import render_xlsx
from monitor.report.worklist import worklist, worklist_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BRAND = "政府网站监测"
EVIDENCE_SHOWN = 5
WORST_SHOWN = 5
NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    mime: str = XLSX


@dataclass(frozen=True)
class Composed:
    subject: str
    text: str
    html: str
    attachments: tuple[Attachment, ...] = ()


@dataclass
class _Doc:
    """A message as numbered sections of lines; rendered to plain text and to HTML alike."""

    greeting: list[str] = field(default_factory=list)
    sections: list[tuple[str, list[_Line]]] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)

    def section(self, title: str, lines: list[_Line]) -> None:
        if lines:
            self.sections.append((title, lines))

    def text(self) -> str:
        out = [*self.greeting, ""]
        for i, (title, lines) in enumerate(self.sections):
            out.append(f"{NUMERALS[i]}、{title}")
            for n, line in enumerate(lines, 1):
                out.append(f"  {n}. {line.text}")
                out += [f"     {url}{'  ' + detail if detail else ''}" for url, detail in line.links]
            out.append("")
        return "\n".join([*out, *self.closing]).rstrip() + "\n"

    def html(self, title: str) -> str:
        e = html.escape
        parts = [f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{e(title)}</title></head>",
                 "<body style=\"font-family: sans-serif; line-height: 1.6\">"]
        parts += [f"<p>{e(line)}</p>" for line in self.greeting if line]
        for i, (heading, lines) in enumerate(self.sections):
            parts.append(f"<h3>{NUMERALS[i]}、{e(heading)}</h3><ol>")
            for line in lines:
                text = f"<strong>{e(line.strong)}</strong>{e(line.text[len(line.strong):])}" if line.strong else e(line.text)
                links = "".join(
                    f"<li><a href=\"{e(url)}\">{e(url)}</a>{' ' + e(detail) if detail else ''}</li>"
                    for url, detail in line.links
                )
                parts.append(f"<li>{text}" + (f"<ul>{links}</ul>" if links else "") + "</li>")
            parts.append("</ol>")
        parts += [f"<p style=\"color: #666\">{e(line)}</p>" for line in self.closing if line]
        return "".join(parts) + "</body></html>\n"


@dataclass(frozen=True)
class _Line:
    text: str
    links: tuple[tuple[str, str], ...] = ()
    strong: str = ""  # a prefix of text shown in bold (【新增】)


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _local_day(value: datetime, tz: Any) -> str:
    return value.astimezone(tz).date().isoformat()


def _problem_line(p: Problem, new: bool) -> _Line:
    mark = "【新增】" if new else ""
    links = p.evidence[:EVIDENCE_SHOWN]
    more = len(p.evidence) - len(links)
    text = f"{mark}{p.name}：{p.text}" + (f"（另有{more}处，见附件）" if more > 0 else "")
    return _Line(text, tuple(links), mark)


def _warning_line(p: Problem, new: bool) -> _Line:
    mark = "【新增】" if new else ""
    return _Line(f"{mark}{p.name}：{p.text}（到期日期 {_day(p.fails_on)}）", ((p.url, ""),) if p.url else (), mark)


def _resolved_line(r: Resolved, tz: Any) -> _Line:
    return _Line(f"{r.name}：{r.text}（{_local_day(r.first_seen, tz)}发现，{_local_day(r.cleared_since, tz)}起已不再出现）")


def _units(subjects: Sequence[Subject]) -> str:
    names = list(dict.fromkeys(s.unit for s in subjects))
    if not names:
        return "各有关单位"
    return "、".join(names[:3]) + ("等单位" if len(names) > 3 else "")


def _count_phrases(vetoes: int, warnings: int, links: int, others: int, resolved: int) -> str:
    parts = [f"{vetoes}项不合格问题"] if vetoes else []
    parts += [f"{warnings}项预警"] if warnings else []
    parts += [f"新发现{links}个错链"] if links else []
    parts += [f"{others}项其他问题"] if others else []
    parts += [f"{resolved}项已整改"] if resolved else []
    return "，".join(parts) or "无新问题"


def digest(
    news: UnitNews, subjects: Sequence[Subject], doc: dict[str, Any], settings: NotifyConfig, tz: Any
) -> Composed:
    """One unit's digest: what fails now, what will fail and when, new broken links, other problems,
    and what was rectified since the last digest; its 整改清单 attached."""
    as_of = doc["as_of"]
    new = {p.key for p in news.new}
    by_kind: dict[str, list[Problem]] = {"veto": [], "warning": [], "link": [], "finding": []}
    for p in news.present:
        by_kind[p.kind].append(p)
    new_links = [p for p in by_kind["link"] if p.key in new]
    old_links = len(by_kind["link"]) - len(new_links)
    units = _units(subjects)
    body = _Doc()
    if news.present:
        lead = f"根据监测结果（监测时间点 {as_of}），贵单位负责的政府网站和政务新媒体情况如下，请对照整改清单（见附件）及时整改。"
    else:
        lead = f"根据监测结果（监测时间点 {as_of}），此前通知贵单位的以下问题已整改到位。"
    body.greeting = [f"{units}：", lead]
    body.section("当前存在的不合格问题（单项否决）", [_problem_line(p, p.key in new) for p in by_kind["veto"]])
    body.section("预警（如不整改，将于到期日判为不合格）", [
        _warning_line(p, p.key in new) for p in sorted(by_kind["warning"], key=lambda p: (p.fails_on or date.max, p.name))
    ])
    link_lines = [_Line(f"{p.name}：{p.text}", ((p.item, ""),)) for p in new_links]
    if old_links:
        link_lines.append(_Line(f"另有{old_links}个此前已通知的错链仍未修复，见附件整改清单。"))
    body.section("新发现的错链" if new_links else "错链", link_lines)
    body.section("其他问题", [_problem_line(p, p.key in new) for p in by_kind["finding"]])
    body.section("已整改（自上次通知以来）", [_resolved_line(r, tz) for r in news.resolved])
    body.closing = [(f"本邮件由{BRAND}系统自动发送。问题未变化时每{settings.remind_every_days}天提醒一次；"
                     f"问题消失{settings.resolve_after_days}天后确认为已整改。")]
    counts = _count_phrases(len(by_kind["veto"]), len(by_kind["warning"]), len(new_links), len(by_kind["finding"]),
                            len(news.resolved))
    subject = f"【{BRAND}】{units}：{counts}（监测时间点 {as_of}）"
    attachments: tuple[Attachment, ...] = ()
    table = worklist(doc, news.recipient, settings.rectify_within_days)
    if table.rows:
        attachments = (Attachment(f"整改清单-{as_of}.xlsx", worklist_xlsx(table, f"整改清单（监测时间点：{as_of}）")),)
    return Composed(subject, body.text(), body.html(subject), attachments)


def _worst(subjects: Mapping[str, Subject], problems: Sequence[Problem], new_keys: set[tuple[str, str, str, str]]
           ) -> list[tuple[Subject, list[Problem]]]:
    """The failing subjects, most vetoes first, then those failing anew, then by name."""
    vetoes: dict[str, dict[tuple[str, str], Problem]] = {}
    fresh: set[str] = set()
    for p in problems:
        if p.kind == "veto":
            vetoes.setdefault(p.owner, {})[(p.rule, p.item)] = p
            if p.key in new_keys:
                fresh.add(p.owner)
    ranked = sorted(vetoes, key=lambda owner: (-len(vetoes[owner]), owner not in fresh, subjects[owner].name))
    return [(subjects[owner], list(vetoes[owner].values())) for owner in ranked]


def _fleet_news(news: Mapping[str, UnitNews]) -> tuple[list[_Line], list[Resolved]]:
    """New problems (a site's new broken links as one) and resolutions across the fleet, each once
    (a subject with two addresses is news of two units)."""
    new: dict[tuple[str, str, str], Problem] = {}
    links: dict[str, list[Problem]] = {}
    for p in (p for n in news.values() for p in n.new if p.kind != "warning"):
        if p.kind == "link":
            links.setdefault(p.owner, [])
            if all(q.item != p.item for q in links[p.owner]):
                links[p.owner].append(p)
        else:
            new.setdefault((p.owner, p.rule, p.item), p)
    lines = [_Line(f"{p.name}：{p.text}") for p in new.values()]
    lines += [_Line(f"{found[0].name}：新发现错链{len(found)}个") for found in links.values()]
    resolved = {(r.owner, r.rule, r.text): r for n in news.values() for r in n.resolved}
    return lines, list(resolved.values())


def _named(s: Subject, found: Sequence[Problem]) -> str:
    problems = "；".join(p.text for p in found)
    return f"{s.name}：{problems}" + (f"（责任单位：{s.unit}）" if s.unit not in s.name else "")


def summary(
    doc: dict[str, Any], subjects: Mapping[str, Subject], problems: Sequence[Problem], news: Mapping[str, UnitNews],
    settings: NotifyConfig, tz: Any,
) -> Composed:
    """The supervisor's whole-fleet summary: the report's counts, the failing list, what changed,
    and the failing subjects no unit can be mailed about; the whole report attached."""
    as_of = doc["as_of"]
    new, resolved = _fleet_news(news)
    new_keys = {p.key for n in news.values() for p in n.new}
    sites, accounts = doc["summary"]["websites"], doc["summary"]["accounts"]
    body = _Doc()
    body.greeting = [tables.website_sentence(doc)]
    if doc["accounts"]:
        body.greeting.append(tables.account_sentence(doc))
    body.greeting.append(f"本次新增问题{len(new)}项，已整改{len(resolved)}项。")
    failing = _worst(subjects, problems, new_keys)
    body.section("不合格网站和政务新媒体", [
        _Line(_named(s, found)) for s, found in failing
    ])
    body.section("新增问题", new)
    body.section("已整改", [_resolved_line(r, tz) for r in resolved])
    unaddressed = [s for s, _ in failing if s.recipients == ("",)]
    body.section("未配置邮箱、无法单独通知的单位", [_Line(_named(s, found)) for s, found in failing
                                                   if s in unaddressed])
    body.closing = [f"本邮件由{BRAND}系统自动发送；完整结果见附件。情况未变化时每{settings.remind_every_days}天汇总一次。"]
    subject = (f"【{BRAND}】监测情况汇总（监测时间点 {as_of}）：网站不合格{sites['failed']}个"
               + (f"，政务新媒体不合格{accounts['failed']}个" if doc["accounts"] else "")
               + f"；新增问题{len(new)}项，已整改{len(resolved)}项")
    report = Attachment(f"监测报告-{as_of}.xlsx", render_xlsx(doc))
    return Composed(subject, body.text(), body.html(subject), (report,))


def chat(
    doc: dict[str, Any], subjects: Mapping[str, Subject], problems: Sequence[Problem], news: Mapping[str, UnitNews],
) -> tuple[str, str]:
    """(title, text) for a group robot: the counts and the worst items, a few lines."""
    new, resolved = _fleet_news(news)
    new_keys = {p.key for n in news.values() for p in n.new}
    sites, accounts = doc["summary"]["websites"], doc["summary"]["accounts"]

    def counts(c: dict[str, Any]) -> str:
        return f"检查{c['checked']}个，合格{c['passed']}个，不合格{c['failed']}个，无法判断{c['unknown']}个，合格率{tables.pass_rate(c)}"

    lines = [f"网站：{counts(sites)}"]
    if doc["accounts"]:
        lines.append(f"政务新媒体：{counts(accounts)}")
    lines.append(f"新增问题{len(new)}项，已整改{len(resolved)}项")
    worst = _worst(subjects, problems, new_keys)
    if worst:
        lines.append("最需关注：")
        lines += [f"{i}. {_named(s, found)}" for i, (s, found) in enumerate(worst[:WORST_SHOWN], 1)]
        if len(worst) > WORST_SHOWN:
            lines.append(f"……共{len(worst)}个不合格，详见监测报告")
    return f"{BRAND}（监测时间点 {doc['as_of']}）", "\n".join(lines)


def email_message(composed: Composed, sender: str, to: str, now: datetime) -> EmailMessage:
    """The e-mail: plain text and HTML as alternatives, then the attachments; a Message-ID of the
    sender's domain, so that a message sent twice (a crash after the server took it) is one."""
    message = EmailMessage()
    message["Subject"] = composed.subject
    message["From"] = sender
    message["To"] = to
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].rpartition("@")[2] or None)
    message.set_content(composed.text)
    message.add_alternative(composed.html, subtype="html")
    for attachment in composed.attachments:
        maintype, _, subtype = attachment.mime.partition("/")
        message.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=attachment.filename)
    return message
