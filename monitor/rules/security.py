"""site.security (安全、泄密事故等严重问题): what a machine can see of it.

Four clauses, each a count that vetoes from its threshold (0 turns a clause off):
wrong leader names and forbidden terms from the configured dictionaries, hidden spam
links, all read by the extractor as page signals; and publication dates moved between
two reads of the same column (伪造发稿日期). Only current successful reads are scanned:
a page we could not read is simply not scanned, and a site none of whose pages could be
read is unknown, never passed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from monitor.rules.model import AsOf, Rule
from monitor.rules.observations import (
    ColumnObservation,
    ItemObservation,
    PageObservation,
    SiteObservations,
)
from monitor.rules.verdict import Evidence, Outcome, Unknown, Veto

if TYPE_CHECKING:
    from monitor.rules.context import SiteContext

# Clause (= signal kind) → the parameter holding its threshold, in report order.
CLAUSES: dict[str, str] = {
    "wrong_name": "wrong_names",
    "forbidden_term": "forbidden_terms",
    "hidden_link": "hidden_links",
    "moved_date": "moved_dates",
}
_LABELS = {"wrong_name": "错误表述", "forbidden_term": "违规内容", "hidden_link": "隐藏链接"}


@dataclass(frozen=True)
class MovedDate:
    """One list item whose date changed between two reads of its column."""

    column: str
    title: str
    url: str
    old: date
    new: date
    old_seen: PageObservation
    new_seen: PageObservation


def evaluate_security(ctx: SiteContext, rule: Rule) -> Outcome:
    """The site.security vetoes (one per clause, with all its evidence), or unknown when no page
    of the site has a current successful read."""
    pages = list(_readable(ctx.site, ctx.as_of))
    if not pages:
        return Outcome(unknown=(Unknown(rule.id, "首页和栏目页均无监测时间点前的成功抓取，无法检查"),))
    evidence: dict[str, list[Evidence]] = {clause: [] for clause in CLAUSES}
    seen: set[tuple[str, str, str]] = set()
    for _, page in pages:
        for signal in page.signals:
            url = signal.url or page.url
            key = (signal.kind, signal.match, url)
            if signal.kind not in _LABELS or key in seen:
                continue
            seen.add(key)
            detail = f"{_LABELS[signal.kind]}“{signal.match}”：{signal.context}"
            evidence[signal.kind].append(Evidence(url, page.fetched_at, detail))
    for column, page in pages:
        if column is not None:
            evidence["moved_date"].extend(_move_evidence(m) for m in moved_dates(column, page, rule))
    vetoes = []
    for clause, param in CLAUSES.items():
        threshold = rule.whole(param)
        if threshold > 0 and len(evidence[clause]) >= threshold:
            vetoes.append(Veto(rule.id, rule.text(clause), tuple(evidence[clause])))
    return Outcome(vetoes=tuple(vetoes))


def _readable(site: SiteObservations, as_of: AsOf) -> Iterator[tuple[ColumnObservation | None, PageObservation]]:
    """The homepage and each column with its current successful read (each URL once)."""
    urls: set[str] = set()
    candidates: list[tuple[ColumnObservation | None, PageObservation | None]] = [(None, site.home_last_ok)]
    candidates += [(column, column.last_ok) for column in site.columns]
    for column, page in candidates:
        if page is None or not page.ok or not as_of.current(page.fetched_at):
            continue
        key = column.url if column is not None else page.url
        if key in urls:
            continue
        urls.add(key)
        yield column, page


def moved_dates(column: ColumnObservation, page: PageObservation, rule: Rule) -> list[MovedDate]:
    """Items of `page` (the column's last read) listed with another date in the read before it.

    Only the same item URL listed once with one date in both reads counts; a new item with an
    old date is not a move, nor is the page's own URL (a one-document column shows its edit date).
    """
    earlier = column.earlier_ok
    if earlier is None or earlier is page or not earlier.ok:
        return []
    skip = {column.url, page.url, earlier.url}
    before = _single_dates(earlier.items, skip)
    after = _single_dates(page.items, skip)
    minimum = rule.whole("moved_min_days")
    both_ways = rule.whole("count_earlier_moves") > 0
    moves = []
    for url, (title, new) in after.items():
        if url not in before:
            continue
        old = before[url][1]
        shift = (new - old).days
        if abs(shift) >= max(minimum, 1) and (shift > 0 or both_ways):
            moves.append(MovedDate(column.name, title, url, old, new, earlier, page))
    return moves


def _single_dates(items: Sequence[ItemObservation], skip: set[str]) -> dict[str, tuple[str, date]]:
    """Item URL → (title, date) for URLs listed with exactly one date."""
    dates: dict[str, set[date]] = {}
    titles: dict[str, str] = {}
    for item in items:
        if item.date is None or not item.url or item.url in skip:
            continue
        dates.setdefault(item.url, set()).add(item.date)
        titles.setdefault(item.url, item.title)
    return {url: (titles[url], next(iter(d))) for url, d in dates.items() if len(d) == 1}


def _move_evidence(move: MovedDate) -> Evidence:
    earlier_day = move.old_seen.fetched_at.date()
    detail = (
        f"栏目“{move.column}”中“{move.title}”的发布日期由{move.old.isoformat()}改为{move.new.isoformat()}"
        f"（{earlier_day.isoformat()}抓取时显示为{move.old.isoformat()}）"
    )
    if move.new > earlier_day:
        detail += "，新日期晚于此前已见到该信息的时间"
    return Evidence(move.url, move.new_seen.fetched_at, detail)
