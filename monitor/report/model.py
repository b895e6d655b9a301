"""The report: verdicts as of a date, as one JSON-ready document (contracts §4).

Every output format renders this same document, so a spreadsheet and the
JSON never disagree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from monitor.rules.verdict import (
    AccountVerdict,
    ColumnStatus,
    Deduction,
    Evidence,
    Finding,
    NotAssessed,
    SiteVerdict,
    Unknown,
    Veto,
    Warning,
)
from monitor.store.findings import Rectification


@dataclass(frozen=True)
class TrendPoint:
    """One day of the trend: the verdict of every website and account as of the end of a day
    that had a completed check run (jobs.trend)."""

    as_of: date
    websites: tuple[str, ...]
    accounts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    as_of: date
    ruleset: str
    generated_at: datetime
    websites: tuple[SiteVerdict, ...]
    tz: tzinfo
    since: date | None = None
    rectifications: tuple[Rectification, ...] = ()
    accounts: tuple[AccountVerdict, ...] = ()
    trend: tuple[TrendPoint, ...] = ()  # oldest first; empty when the history was not read
    requirements: str | None = None  # 三、工作要求 from the config (report.requirements)


def _summary(verdicts: Sequence[str]) -> dict[str, Any]:
    """检查数 counts what was observed; 合格率 = 合格 ÷ 检查数 (an unknown subject is not a pass)."""
    count = Counter(verdicts)
    checked = len(verdicts) - count["not_checked"]
    return {
        "checked": checked, "passed": count["pass"], "failed": count["fail"], "unknown": count["unknown"],
        "not_checked": count["not_checked"], "pass_rate": round(count["pass"] / checked, 3) if checked else None,
    }


def _when(value: datetime | None, tz: tzinfo) -> str | None:
    return value.astimezone(tz).isoformat(timespec="seconds") if value else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _evidence(items: Sequence[Evidence], tz: tzinfo) -> list[dict[str, Any]]:
    return [{"url": e.url, "seen": _when(e.seen, tz), "detail": e.detail} for e in items]


def _veto(v: Veto, tz: tzinfo) -> dict[str, Any]:
    return {"rule": v.rule, "text": v.text, "evidence": _evidence(v.evidence, tz)}


def _deduction(d: Deduction, tz: tzinfo) -> dict[str, Any]:
    return {"rule": d.rule, "points": d.points, "text": d.text, "evidence": _evidence(d.evidence, tz)}


def _unknown(u: Unknown | NotAssessed) -> dict[str, Any]:
    return {"rule": u.rule, "reason": u.reason}


def _finding(f: Finding, tz: tzinfo) -> dict[str, Any]:
    return {"rule": f.rule, "text": f.text, "evidence": _evidence(f.evidence, tz)}


def _warning(w: Warning) -> dict[str, Any]:
    return {"rule": w.rule, "text": w.text, "fails_on": _day(w.fails_on), "url": w.url}


def _column(c: ColumnStatus) -> dict[str, Any]:
    return {
        "name": c.name, "url": c.url, "category": c.category, "level": c.level,
        "latest_date": _day(c.latest_date), "blank": c.blank, "status": c.status,
        "fails_on": _day(c.fails_on), "reason": c.reason,
    }


def _website(v: SiteVerdict, tz: tzinfo) -> dict[str, Any]:
    return {
        "code": v.code, "name": v.name, "unit": v.unit, "url": v.url, "kind": v.kind,
        "verdict": v.verdict,
        "vetoes": [_veto(x, tz) for x in v.vetoes],
        "deductions": [_deduction(x, tz) for x in v.deductions],
        "findings": [_finding(x, tz) for x in v.findings],
        "score": v.score,
        "unknown": [_unknown(x) for x in v.unknown],
        "not_assessed": [_unknown(x) for x in v.not_assessed],
        "notes": [_unknown(x) for x in v.notes],
        "homepage": {"latest_date": _day(v.homepage_latest), "fails_on": _day(v.homepage_fails_on)},
        "columns": [_column(c) for c in v.columns],
        "warnings": [_warning(w) for w in v.warnings],
    }


def account_document(v: AccountVerdict, tz: tzinfo) -> dict[str, Any]:
    """The contracts §4 `accounts[]` entry (plus operator, evidence of findings, unknown,
    warnings and fails_on, which the contract allows)."""
    return {
        "code": v.code, "name": v.name, "platform": v.platform, "operator": v.operator, "unit": v.unit,
        "verdict": v.verdict, "latest_post": _day(v.latest_post), "fails_on": _day(v.fails_on),
        "vetoes": [_veto(x, tz) for x in v.vetoes],
        "findings": [_finding(x, tz) for x in v.findings],
        "unknown": [_unknown(x) for x in v.unknown],
        "not_assessed": [_unknown(x) for x in v.not_assessed],
        "warnings": [_warning(w) for w in v.warnings],
    }


def report_document(report: Report) -> dict[str, Any]:
    """The contracts §4 document (plus homepage, reasons, warnings and rectification, which it allows).

    Optional keys: `requirements` (the configured 工作要求 text), `trend` (oldest first, one entry per
    day with a completed check run: `as_of` and the `websites` and `accounts` summaries as of that
    day), `since` and `rectification`."""
    document = {
        "as_of": report.as_of.isoformat(),
        "ruleset": report.ruleset,
        "generated_at": _when(report.generated_at, report.tz),
        "summary": {
            "websites": _summary([v.verdict for v in report.websites]),
            "accounts": _summary([a.verdict for a in report.accounts]),
        },
        "websites": [_website(v, report.tz) for v in report.websites],
        "accounts": [account_document(a, report.tz) for a in report.accounts],
    }
    if report.requirements is not None:
        document["requirements"] = report.requirements
    if report.trend:
        document["trend"] = [
            {"as_of": p.as_of.isoformat(), "websites": _summary(p.websites), "accounts": _summary(p.accounts)}
            for p in report.trend
        ]
    if report.since is not None:
        document["since"] = report.since.isoformat()
        document["rectification"] = [_rectification(r, report.tz) for r in report.rectifications]
    return document


def _rectification(r: Rectification, tz: tzinfo) -> dict[str, Any]:
    return {
        "subject": r.subject, "code": r.code, "name": r.name, "unit": r.unit, "rule": r.rule, "text": r.text,
        "first_seen": _when(r.first_seen, tz), "last_seen": _when(r.last_seen, tz),
        "resolved_at": _when(r.resolved_at, tz), "status": r.status,
    }
