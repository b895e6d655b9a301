"""site.homepage_stale (首页不更新): no new dated item on the homepage within the window.

A navigation-only homepage (no dated items) is updated when its second-level pages are. A
homepage that could not be read says nothing, unless an older successful read still proves it
fresh (its newest date is a lower bound).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from monitor.rules.model import AsOf, Rule
from monitor.rules.observations import SiteObservations
from monitor.rules.verdict import PASSED, ColumnStatus, Evidence, Outcome, Unknown, Veto, Warning

if TYPE_CHECKING:
    from monitor.rules.context import SiteContext


@dataclass(frozen=True)
class HomepageState:
    """What the homepage shows as of the instant: its newest date, and a veto or unknown if any."""

    veto: Veto | None
    unknown: Unknown | None
    latest: date | None
    fails_on: date | None


def homepage_state(
    site: SiteObservations, columns: Sequence[ColumnStatus], as_of: AsOf, rule: Rule
) -> HomepageState:
    """The homepage's newest date, with the navigation-only fallback to the columns' dates."""
    days = timedelta(days=rule.whole("days"))
    observed = site.home_latest
    if observed is None:
        return HomepageState(None, Unknown(rule.id, "监测时间点前无首页抓取记录"), None, None)
    if not (observed.ok and as_of.current(observed.fetched_at)):
        proof = site.home_last_ok
        latest = proof.latest_date(as_of.day) if proof else None
        if latest is not None and as_of.day < latest + days:
            return HomepageState(None, None, latest, latest + days)
        reason = observed.failure() if not observed.ok else "首页最近一次成功抓取已过期"
        return HomepageState(None, Unknown(rule.id, f"首页{reason}"), None, None)

    latest = observed.latest_date(as_of.day)
    source = "首页"
    if latest is None:
        # A navigation-only homepage is updated when its second-level pages are.
        dated = [c.latest_date for c in columns if c.latest_date is not None]
        latest = max(dated) if dated else None
        source = "首页无带日期信息，二级页面"
        unsure = any(c.status == "unknown" for c in columns)
        if unsure and (latest is None or as_of.day >= latest + days):
            return HomepageState(None, Unknown(rule.id, "首页无带日期信息，且有栏目无法判断"), None, None)
    if latest is not None and as_of.day < latest + days:
        return HomepageState(None, None, latest, latest + days)
    detail = (
        f"{source}最新信息日期{latest.isoformat()}，已{(as_of.day - latest).days}天无更新"
        if latest else f"{source}无注明发布时间的信息"
    )
    veto = Veto(rule.id, rule.text("stale"), (Evidence(observed.url, observed.fetched_at, detail),))
    return HomepageState(veto, None, latest, latest + days if latest else None)


def evaluate_homepage(ctx: SiteContext, rule: Rule) -> Outcome:
    """The veto, unknown, or a warning from `warn_days` days without an update."""
    home = ctx.home
    if home.veto is not None:
        return Outcome(vetoes=(home.veto,))
    if home.unknown is not None:
        return Outcome(unknown=(home.unknown,))
    if home.latest is not None and home.fails_on is not None:
        idle = (ctx.as_of.day - home.latest).days
        if idle >= rule.whole("warn_days"):
            return Outcome(warnings=(Warning(rule.id, f"首页已{idle}天未更新", home.fails_on, ctx.site.url),))
    return PASSED
