"""Evaluate the rules on observations as of a date: pure functions, no I/O.

The as-of instant is the 监测时间点. A window of N days fails on the day
`latest + N`: a dynamic column last updated 2024-08-20 fails on 2024-09-03.
An observation that failed never decides a rule by itself: a column we
could not read is `unknown`, and a count rule whose outcome depends on
unknown columns is `unknown` too, never a veto.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from monitor.rules.model import AsOf, Rule, Ruleset
from monitor.rules.observations import (
    ColumnObservation,
    LinkObservation,
    PageObservation,
    SiteObservations,
)
from monitor.rules.verdict import (
    ColumnStatus,
    Deduction,
    Evidence,
    Unknown,
    Veto,
    Warning,
)


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
    if observed is None:
        return status("unknown", None, None, "监测时间点前无抓取记录", None)
    if observed.ok and as_of.current(observed.fetched_at):
        if observed.blank:
            return status("blank", None, True, observed.blank_reason or "无内容", observed)
        latest = observed.latest_date(as_of.day)
        if window is None:
            return status("ok", latest, False, None, observed)
        if latest is None:
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


def evaluate_columns(
    columns: Sequence[ColumnStatus], rule: Rule
) -> tuple[list[Veto], list[Unknown]]:
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


@dataclass(frozen=True)
class HomepageResult:
    veto: Veto | None
    unknown: Unknown | None
    latest: date | None
    fails_on: date | None


def evaluate_homepage(
    site: SiteObservations, columns: Sequence[ColumnStatus], as_of: AsOf, rule: Rule
) -> HomepageResult:
    """site.homepage_stale, with the navigation-only fallback to the columns' dates."""
    days = timedelta(days=rule.whole("days"))
    observed = site.home_latest
    if observed is None:
        return HomepageResult(None, Unknown(rule.id, "监测时间点前无首页抓取记录"), None, None)
    if not (observed.ok and as_of.current(observed.fetched_at)):
        proof = site.home_last_ok
        latest = proof.latest_date(as_of.day) if proof else None
        if latest is not None and as_of.day < latest + days:
            return HomepageResult(None, None, latest, latest + days)
        reason = observed.failure() if not observed.ok else "首页最近一次成功抓取已过期"
        return HomepageResult(None, Unknown(rule.id, f"首页{reason}"), None, None)

    latest = observed.latest_date(as_of.day)
    source = "首页"
    if latest is None:
        # A navigation-only homepage is updated when its second-level pages are.
        dated = [c.latest_date for c in columns if c.latest_date is not None]
        latest = max(dated) if dated else None
        source = "首页无带日期信息，二级页面"
        unsure = any(c.status == "unknown" for c in columns)
        if unsure and (latest is None or as_of.day >= latest + days):
            return HomepageResult(None, Unknown(rule.id, "首页无带日期信息，且有栏目无法判断"), None, None)
    if latest is not None and as_of.day < latest + days:
        return HomepageResult(None, None, latest, latest + days)
    detail = (
        f"{source}最新信息日期{latest.isoformat()}，已{(as_of.day - latest).days}天无更新"
        if latest else f"{source}无注明发布时间的信息"
    )
    veto = Veto(rule.id, rule.text("stale"), (Evidence(observed.url, observed.fetched_at, detail),))
    return HomepageResult(veto, None, latest, latest + days if latest else None)


def evaluate_links(
    links: Sequence[LinkObservation], ruleset: Ruleset
) -> tuple[list[Deduction], int]:
    """Broken-link deductions (capped per indicator) and how many links stayed undecided."""
    deductions: list[Deduction] = []
    for rule_id, on_home in (("deduct.links_home", True), ("deduct.links_other", False)):
        rule = ruleset[rule_id]
        broken = [link for link in links if link.on_homepage == on_home and link.broken]
        if not broken:
            continue
        evidence = tuple(
            Evidence(link.url, link.checked_at,
                     f"{link.error or f'HTTP {link.status}'}（见于 {link.found_on}）")
            for link in broken
        )
        points = round(len(broken) * rule.param("points"), 2)
        deductions.append(Deduction(rule_id, points, f"{rule.text('broken')}（{len(broken)}个）", evidence))
    undecided = sum(1 for link in links if link.undecided)
    return deductions, undecided


def warnings_for(
    site: SiteObservations, columns: Sequence[ColumnStatus], home: HomepageResult, as_of: AsOf, ruleset: Ruleset
) -> list[Warning]:
    """What will fail soon if nothing is published (the thresholds are rule parameters)."""
    warnings: list[Warning] = []
    home_rule = ruleset["site.homepage_stale"]
    if home.veto is None and home.latest is not None and home.fails_on is not None:
        idle = (as_of.day - home.latest).days
        if idle >= home_rule.whole("warn_days"):
            warnings.append(Warning(home_rule.id, f"首页已{idle}天未更新", home.fails_on, site.url))
    col_rule = ruleset["site.columns_stale"]
    lead = timedelta(days=col_rule.whole("warn_days_before"))
    for column in columns:
        if column.status == "ok" and column.fails_on is not None and column.fails_on - lead <= as_of.day:
            warnings.append(Warning(
                col_rule.id, f"栏目“{column.name}”将于{column.fails_on.isoformat()}超过更新期限",
                column.fails_on, column.url,
            ))
    blanks = sum(1 for c in columns if c.status == "blank")
    if col_rule.whole("warn_blank_count") <= blanks < col_rule.whole("blank_count"):
        warnings.append(Warning(col_rule.id, f"已有{blanks}个空白栏目", None, site.url))
    return warnings
