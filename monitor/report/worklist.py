"""整改清单: one responsible unit's problems, one row per problem, with what to do and by when.

`worklist(doc, unit_email)` reads the report document (`report_document`) and keeps the websites
and accounts whose `email` names that address. The report document itself carries no addresses:
the caller adds each entry's `email` from the config (monitor.notify does), as the config writes
it — one address or several separated by commas, semicolons or spaces. A unit is an address.

Columns: 序号, 网站/新媒体, 主办单位, 存在问题, 整改措施, 整改时限. 存在问题 is the official
wording (with the pages concerned); 整改时限 is the 监测时间点 plus `within_days`, or a warning's
own date when that comes first — rectified after it, the problem is a veto.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from openpyxl import Workbook

from monitor.report import tables
from monitor.report.spreadsheet import _sheet
from monitor.report.tables import Cell, Table
from monitor.rules.accounts import SUBSUMED

HEADER = ("序号", "网站/新媒体", "主办单位", "存在问题", "整改措施", "整改时限")
PAGES_SHOWN = 5  # pages named per problem

MEASURES: dict[str, str] = {
    "site.homepage_stale": "及时更新首页信息，确保首页2周内有更新，建立日常更新机制",
    "site.columns_stale": "更新不更新栏目；空白栏目补充内容，或予以整合、撤销",
    "site.unreachable": "排查服务器、网络和防护设备故障，保障网站稳定可访问",
    "site.interaction": "提供有效的咨询建言渠道，及时答复网民留言（不超过3个月）",
    "site.service": "提供办事服务入口，补全办事指南的办理要素",
    "site.security": "立即更正错误表述，删除违规内容和暗链，核实发稿日期",
    "site.accounts_unregistered": "为网站展示的政务新媒体办理备案，或撤下未备案账号",
    "site.score": "对照检查指标逐项整改扣分项，确保得分不低于60分",
    "deduct.policy_column": "及时更新政策文件栏目",
    "deduct.links_home": "修复或删除首页不可用链接",
    "deduct.links_other": "修复或删除不可用链接",
    "deduct.reply_stale": "及时公开留言答复情况",
    "deduct.site_identity": "在网站页面补全党政机关标识、网站标识码、ICP备案编号、公安机关备案标识等要素",
    "deduct.search": "提供可用的站内搜索功能，确保能检索到已发布信息",
    "account.security": "立即更正错误表述，删除违规内容",
    "account.stale": "及时发布信息，确保账号2周内有更新",
    "account.interaction": "开通留言、评论、私信等互动功能并及时回应",
    "account.name_mismatch": "核实账号名称，与备案信息保持一致",
    "account.operator_mismatch": "核实开设主体与平台认证主体，与备案信息保持一致",
    "account.unverified": "完成单位认证",
    "account.zombie": "恢复正常运营，或按程序注销账号",
    "account.repeatedly_stale": "建立常态化更新机制，避免反复出现更新不及时",
    "account.unregistered": "办理政务新媒体备案，或按程序关停",
    "account.duplicate": "整合同一平台重复开设的账号",
}
DEFAULT_MEASURE = "对照检查指标整改"
WARNING_MEASURE = "在到期日前更新相关内容，避免触发否决"

_SEPARATORS = re.compile(r"[\s,;，；、]+")


def addresses(value: str | None) -> tuple[str, ...]:
    """The e-mail addresses of a config's `email` value (lower case, in order, without repeats)."""
    if not value:
        return ()
    return tuple(dict.fromkeys(part.lower() for part in _SEPARATORS.split(value) if "@" in part))


def _mine(entry: dict[str, Any], unit_email: str) -> bool:
    return unit_email.lower() in addresses(entry.get("email"))


def _with_pages(text: str, evidence: Sequence[dict[str, Any]]) -> str:
    urls = list(dict.fromkeys(e["url"] for e in evidence if e.get("url")))
    if not urls:
        return text
    shown = "；".join(urls[:PAGES_SHOWN]) + ("…" if len(urls) > PAGES_SHOWN else "")
    return f"{text}（涉及：{shown}）"


def _problems(entry: dict[str, Any], kind: str) -> list[tuple[str, str, date | None]]:
    """(rule, 存在问题, warned date) of one website or account, vetoes first, warnings last."""
    listed = [*entry["vetoes"], *entry["findings"]]
    hidden = {rule for p in listed for rule in SUBSUMED.get(p["rule"], ())} if kind == "account" else set()
    rows = [(p["rule"], _with_pages(p["text"], p["evidence"]), None) for p in listed if p["rule"] not in hidden]
    if kind == "website":
        if not entry["vetoes"] and entry["verdict"] == "fail" and entry["score"] is not None:
            rows.append(("site.score", f"得分{tables.text(entry['score'])}分，低于60分", None))
        rows += [(d["rule"], _with_pages(f"{d['text']}，扣{tables.text(d['points'])}分", d["evidence"]), None)
                 for d in entry["deductions"]]
    rows += [(w["rule"], w["text"], tables.day(w["fails_on"]) or date.max) for w in entry.get("warnings", [])]
    return rows


def worklist(doc: dict[str, Any], unit_email: str, within_days: int = 15) -> Table:
    """The 整改清单 of the unit with this address: every problem of its websites and accounts."""
    as_of = date.fromisoformat(doc["as_of"])
    deadline = as_of + timedelta(days=within_days)
    rows: list[list[Cell]] = []
    subjects = [("website", x, x["name"], x["unit"]) for x in doc["websites"] if _mine(x, unit_email)]
    subjects += [("account", x, f"{x['name']}（{tables.platform_text(x['platform'])}）", x["operator"] or x["unit"])
                 for x in doc["accounts"] if _mine(x, unit_email)]
    for kind, entry, name, unit in subjects:
        for rule, problem, warned in _problems(entry, kind):
            measure = WARNING_MEASURE if warned is not None else MEASURES.get(rule, DEFAULT_MEASURE)
            rows.append([len(rows) + 1, name, unit, problem, measure, min(deadline, warned or deadline)])
    return Table(HEADER, rows)


def worklist_xlsx(table: Table, title: str = "整改清单") -> bytes:
    """The 整改清单 as a one-sheet workbook, laid out as the report's sheets are."""
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    _sheet(book, "整改清单", table)
    book.properties.title = title
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
