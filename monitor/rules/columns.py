"""site.columns_stale (栏目不更新) and deduct.policy_column: each column's freshness as of a date.

The as-of instant is the 监测时间点. A window of N days fails on the day
`latest + N`: a dynamic column last updated 2024-08-20 fails on 2024-09-03.
An observation that failed never decides a rule by itself: a column we
could not read is `unknown`, and a count clause whose outcome depends on
unknown columns is `unknown` too, never a veto; when the unknown columns
could not tip it, the clause is decided.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from monitor.rules.model import AsOf, Rule
from monitor.rules.observations import ColumnObservation, PageObservation
from monitor.rules.verdict import (
    ColumnStatus,
    Deduction,
    Evidence,
    Outcome,
    Unknown,
    Veto,
    Warning,
)

if TYPE_CHECKING:
    from monitor.rules.context import SiteContext


def window_days(rule: Rule, category: str | None) -> int | None:
    """Update window of a column category, or None for columns not judged on freshness."""
    name = {"dynamic": "dynamic_days", "notice_policy": "notice_policy_days", "yearly": "yearly_days"}
    return rule.whole(name[category]) if category in name else None


def column_status(column: ColumnObservation, as_of: AsOf, rule: Rule) -> ColumnStatus:
    """Freshness of one column: ok, stale, blank or unknown (with the reason)."""
    window = window_days(rule, column.category)

    def status(state: str, latest: date | None, blank: bool | None, reason: str | None,
               seen: PageObservation | None) -> ColumnStatus:
        fails_on = latest + timedelta(days=window) if window is not None and latest else None
        return ColumnStatus(
            name=column.name, url=column.url, category=column.category, level=column.level,
            latest_date=latest, blank=blank, status=state,  # type: ignore[arg-type]
            fails_on=fails_on, reason=reason, seen=seen.fetched_at if seen else None,
        )

    observed = column.latest
    if column.category == "functional":
        # A function the navigation reaches (办事服务, 网站地图 …), not a list of information.
        return status("ok", None, False, "功能页面，不作为信息栏目评估", observed)
    if observed is None:
        return status("unknown", None, None, "监测时间点前无抓取记录", None)
    if observed.ok and as_of.current(observed.fetched_at):
        if observed.blank:
            return status("blank", None, True, observed.blank_reason or "无内容", observed)
        latest = observed.latest_date(as_of.day)
        if window is None:
            return status("ok", latest, False, None, observed)
        if latest is None:
            if not observed.item_count and not observed.items:
                # Not blank (nothing shows it empty) and no list found: the page was not understood.
                return status("unknown", None, None, "页面中未识别出信息列表", observed)
            return status("stale", None, False, "栏目信息均未注明发布时间", observed)
        stale = as_of.day >= latest + timedelta(days=window)
        reason = f"最近更新{latest.isoformat()}，已{(as_of.day - latest).days}天未更新" if stale else None
        return status("stale" if stale else "ok", latest, False, reason, observed)
    # The newest attempt failed or is too old. An older successful read can
    # still prove the column fresh (its newest date is a lower bound), never stale.
    reason = observed.failure() if not observed.ok else (
        f"最近一次成功抓取早于监测时间点{as_of.max_age.days}天以上"
    )
    proof = column.last_ok
    if proof is not None and window is not None and not proof.blank:
        latest = proof.latest_date(as_of.day)
        if latest is not None and as_of.day < latest + timedelta(days=window):
            return status("ok", latest, False, None, proof)
    return status("unknown", None, None, reason, observed)


def _evidence(columns: Iterable[ColumnStatus]) -> tuple[Evidence, ...]:
    return tuple(Evidence(url=c.url, seen=c.seen, detail=f"{c.name}：{c.reason}") for c in columns)


def _count_rule(
    rule: Rule, clause: str, threshold: int, hits: Sequence[ColumnStatus], unknown: Sequence[ColumnStatus]
) -> Veto | Unknown | None:
    """A '≥ threshold columns' clause: a veto only on known hits, unknown if the unknowns could tip it."""
    if len(hits) >= threshold:
        return Veto(rule=rule.id, text=rule.text(clause), evidence=_evidence(hits))
    if len(hits) + len(unknown) >= threshold:
        names = "、".join(c.name for c in unknown)
        return Unknown(
            rule=rule.id,
            reason=f"{rule.text(clause)}：已确认{len(hits)}个，另有{len(unknown)}个栏目无法判断（{names}）",
        )
    return None


def column_clauses(columns: Sequence[ColumnStatus], rule: Rule) -> tuple[list[Veto], list[Unknown]]:
    """site.columns_stale clauses (a) stale news/notice, (b) long unupdated, (c) blank."""
    def counted_in_a(c: ColumnStatus) -> bool:
        # 通知公告/政策文件 count toward (a) only as first-level columns.
        return c.category == "dynamic" or (c.category == "notice_policy" and (c.level or 1) == 1)

    windowed = [c for c in columns if c.category in ("dynamic", "notice_policy", "yearly")]
    unknown_a = [c for c in columns if counted_in_a(c) and c.status == "unknown"]
    clauses = (
        ("stale", rule.whole("stale_count"),
         [c for c in columns if counted_in_a(c) and c.status == "stale"], unknown_a),
        ("long_unupdated", rule.whole("long_unupdated_count"),
         [c for c in windowed if c.status == "stale"], [c for c in windowed if c.status == "unknown"]),
        ("blank", rule.whole("blank_count"),
         [c for c in columns if c.status == "blank"], [c for c in columns if c.status == "unknown"]),
    )
    vetoes: list[Veto] = []
    unknowns: list[Unknown] = []
    for clause, threshold, hits, unknown in clauses:
        result = _count_rule(rule, clause, threshold, hits, unknown)
        if isinstance(result, Veto):
            vetoes.append(result)
        elif isinstance(result, Unknown):
            unknowns.append(result)
    return vetoes, unknowns


def evaluate_columns(ctx: SiteContext, rule: Rule) -> Outcome:
    """site.columns_stale: its three count clauses, and warnings of what will fail soon."""
    vetoes, unknowns = column_clauses(ctx.columns, rule)
    return Outcome(vetoes=tuple(vetoes), unknown=tuple(unknowns), warnings=tuple(_warnings(ctx, rule)))


def _warnings(ctx: SiteContext, rule: Rule) -> list[Warning]:
    """Columns whose window closes within `warn_days_before` days, and a blank count nearing its limit."""
    lead = timedelta(days=rule.whole("warn_days_before"))
    warnings = [
        Warning(rule.id, f"栏目“{column.name}”将于{column.fails_on.isoformat()}超过更新期限", column.fails_on, column.url)
        for column in ctx.columns
        if column.status == "ok" and column.fails_on is not None and column.fails_on - lead <= ctx.as_of.day
    ]
    blanks = sum(1 for c in ctx.columns if c.status == "blank")
    if rule.whole("warn_blank_count") <= blanks < rule.whole("blank_count"):
        warnings.append(Warning(rule.id, f"已有{blanks}个空白栏目", None, ctx.site.url))
    return warnings


def evaluate_policy_column(ctx: SiteContext, rule: Rule) -> Outcome:
    """deduct.policy_column: first-level 政策文件 columns past their window, unless a veto already counted them."""
    vetoes, _ = column_clauses(ctx.columns, ctx.ruleset["site.columns_stale"])
    counted = {e.url for v in vetoes for e in v.evidence}
    stale = [
        c for c in ctx.columns
        if c.category == "notice_policy" and (c.level or 1) == 1 and c.status == "stale"
        and any(word in c.name for word in ("政策", "文件", "规章"))
        and c.url not in counted
    ]
    if not stale:
        return Outcome()
    points = round(len(stale) * rule.param("points"), 2)
    return Outcome(deductions=(Deduction(rule.id, points, f"{rule.text('stale')}（{len(stale)}个）", _evidence(stale)),))
