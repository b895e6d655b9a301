"""Replay of the 阳泉 2023 Q3 notice's table of stale 信息公开 dynamic columns (附件3).

Each listed column, observed the day before the notice with the last update the notice
found, must come out stale in the official sense, with that date and the right fails_on;
a fresh column beside them must not; and no unit reaches the 5-column veto, as the
notice reports these as findings, not as failed websites. (The fixture holds only the
信息公开 columns, so only the column rules are asserted.)
"""

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from monitor.rules.catalog import load_ruleset
from monitor.rules.engine import evaluate_site
from monitor.rules.model import AsOf
from monitor.rules.observations import (
    ColumnObservation,
    PageObservation,
    SiteObservations,
)

FIXTURE = yaml.safe_load((Path(__file__).parent / "fixtures" / "yangquan_2023q3_columns.yaml").read_text("utf-8"))
ZONE = ZoneInfo("Asia/Shanghai")
NOTICE = FIXTURE["notice_date"]
SEEN = datetime.combine(NOTICE - timedelta(days=1), time(10), tzinfo=ZONE)
AS_OF = AsOf(day=NOTICE, instant=datetime.combine(NOTICE, time(9), tzinfo=ZONE), max_age=timedelta(days=7))


def observed(url: str, *dates: date, kind: str = "list") -> PageObservation:
    return PageObservation(url=url, fetched_at=SEEN, outcome="ok", status=200, kind=kind, dates=dates,
                           item_count=len(dates), blank=False, blank_reason=None, error=None)


def unit_site(index: int, unit: str, columns: dict[str, date]) -> SiteObservations:
    base = f"http://xxgk.yq.example/{index}/"
    observations = [
        ColumnObservation(name=name, url=f"{base}c{i}/", category="dynamic", level=1,
                          latest=observed(f"{base}c{i}/", last), last_ok=observed(f"{base}c{i}/", last))
        for i, (name, last) in enumerate(columns.items())
    ]
    fresh_url = f"{base}fresh/"
    fresh = observed(fresh_url, NOTICE - timedelta(days=3))
    observations.append(ColumnObservation("工作动态--部门动态", fresh_url, "dynamic", 1, fresh, fresh))
    home = observed(base, NOTICE - timedelta(days=1), kind="home")
    return SiteObservations(code=f"14030000{index:02d}", name=f"阳泉{unit}", unit=unit, url=base, kind="department",
                            home_latest=home, home_last_ok=home, columns=tuple(observations), links=())


def test_every_listed_column_is_stale_with_the_notice_date() -> None:
    rules = load_ruleset("national-2019")
    for index, (unit, columns) in enumerate(FIXTURE["units"].items(), 1):
        verdict = evaluate_site(unit_site(index, unit, columns), AS_OF, rules)
        stale = {c.name: (c.latest_date, c.fails_on) for c in verdict.columns if c.status == "stale"}
        assert stale == {name: (last, last + timedelta(days=14)) for name, last in columns.items()}, unit
        # The notice lists these as findings: no unit reaches the five-column veto.
        assert [v for v in verdict.vetoes if v.rule == "site.columns_stale"] == [], unit
        assert all("未更新" in (c.reason or "") for c in verdict.columns if c.status == "stale")

