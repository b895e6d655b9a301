"""Replays of real notices (通报): the account rules name the same accounts and problems.

Each fixture under tests/fixtures/seeds/ restates one notice's account table with
observations that reproduce it on the notice date (the 监测时间点). The replay
evaluates them and checks that every row gets exactly the notice's problems, in our
official wording through the fixture's `wording` table, and the notice's verdict;
that accounts the notice did not name pass; and that registry findings name exactly
the unregistered accounts the notice lists. See tests/fixtures/seeds/README.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitor.rules.accounts import notice_problems, stale_text
from monitor.rules.context import Registry
from monitor.rules.engine import evaluate_accounts
from monitor.rules.model import AsOf, Rule, Ruleset
from monitor.rules.observations import AccountObservationRecord, AccountRecord, WildAccount
from monitor.rules.verdict import AccountVerdict, Evidence, Finding
from monitor.vocab import PLATFORM_NAMES
from tests.rulekit import NATIONAL

RULES = NATIONAL.for_accounts()

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
CST = timezone(timedelta(hours=8))
VERDICTS = {"不合格": "fail", "合格": "pass"}


def moment(value: date | datetime) -> datetime:
    """A fixture time: a bare date means 09:00 Beijing time that day."""
    return value if isinstance(value, datetime) else datetime.combine(value, time(9), tzinfo=CST)


@dataclass
class Row:
    record: AccountRecord
    notice: Mapping[str, Any] | None
    extra: list[str]
    linked: list[AccountRecord] = field(default_factory=list)


@dataclass
class Replay:
    name: str
    as_of: AsOf
    rules: dict[str, Rule]
    wording: Mapping[str, Mapping[str, str]]
    not_covered: Mapping[str, str]
    rows: list[Row]
    wild: list[tuple[WildAccount, Mapping[str, Any]]]

    def expected(self, problems: list[str]) -> set[tuple[str, str]]:
        return {(self.wording[p]["rule"], self.wording[p]["ours"]) for p in problems if p not in self.not_covered}


def load(path: Path) -> Replay:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    platforms = data["platforms"]
    rules = {rule.id: rule for rule in RULES}
    for rule_id, params in (data.get("rules") or {}).items():
        rules[rule_id] = rules[rule_id].with_params(params)
    day = data["as_of"]
    as_of = AsOf(day=day, instant=datetime.combine(day, time(23, 59, 59), tzinfo=CST), max_age=timedelta(days=7))

    def record(entry: Mapping[str, Any]) -> AccountRecord:
        platform = platforms[entry["type"]]
        observations = tuple(sorted((_observation(o) for o in entry["observations"]),
                                    key=lambda o: o.observed_at))
        return AccountRecord(
            key=str(entry.get("code") or f"{platform}:{entry['name']}"), code=entry.get("code"),
            name=entry["name"], platform=platform, operator=entry.get("operator"), unit=entry["unit"],
            observations=observations,
        )

    rows = []
    for entry in data["accounts"]:
        rows.append(Row(record(entry), entry.get("notice"), entry.get("extra", []),
                        [record(linked) for linked in entry.get("linked", [])]))
    by_name = {row.record.name: row.record.key for row in rows}
    wild = [
        (WildAccount(platform=platforms[w["type"]], name=w["name"], operator=w.get("operator"),
                     seen_at=moment(w["seen_at"]), linked_to=by_name.get(w.get("linked_to", ""))),
         w)
        for w in data.get("wild", [])
    ]
    return Replay(path.stem, as_of, rules, data["wording"], data.get("not_covered") or {}, rows, wild)


def _observation(entry: Mapping[str, Any]) -> AccountObservationRecord:
    fields = {k: v for k, v in entry.items() if k != "at"}
    fields.setdefault("outcome", "ok")
    return AccountObservationRecord(observed_at=moment(entry["at"]), **fields)


@dataclass
class Outcome:
    verdicts: dict[str, AccountVerdict]
    registry: list[tuple[str | None, Finding]]


def run(replay: Replay) -> Outcome:
    records = [r.record for r in replay.rows] + [linked for r in replay.rows for linked in r.linked]
    wild = [w for w, _ in replay.wild]
    verdicts = evaluate_accounts(records, replay.as_of, Ruleset(NATIONAL.name, {**NATIONAL.rules, **replay.rules}), wild)
    registry: list[tuple[str | None, Finding]] = [
        (v.key, f) for v in verdicts for f in v.findings if f.rule in ("account.unregistered", "account.duplicate")
    ]
    # Sightings that belong with no registered account are the office's to place.
    for seen_all in Registry(tuple(records), replay.as_of, tuple(wild)).sightings.get(None, []):
        first = seen_all[0]
        detail = f"{PLATFORM_NAMES[first.platform]}“{first.name}”（开设主体：{first.operator}）不在备案名单中"
        registry.append((None, Finding("account.unregistered", "未进行备案", (Evidence("", first.seen_at, detail),))))
    return Outcome({v.key or "": v for v in verdicts}, registry)


FIXTURES = sorted(SEEDS.glob("*.yaml"))


@pytest.fixture(params=FIXTURES, ids=[p.stem for p in FIXTURES], scope="module")
def replay(request: pytest.FixtureRequest) -> Replay:
    return load(request.param)


def test_the_four_notices_are_replayed() -> None:
    assert [p.stem for p in FIXTURES] == ["xianyang_2025q1", "yangquan_2023q3", "yulin_2024q3", "yuyang_2020"]


def test_wording_table_matches_our_rules(replay: Replay) -> None:
    for notice_words, ours in replay.wording.items():
        rule = replay.rules[ours["rule"]]
        text = stale_text(rule) if rule.id == "account.stale" else rule.text(next(iter(rule.texts)))
        assert text == ours["ours"], notice_words
    used = {p for row in replay.rows if row.notice for p in row.notice["problems"] + row.extra}
    used |= {p for _, entry in replay.wild for p in entry.get("notice", {}).get("problems", [])}
    assert used <= set(replay.wording) | set(replay.not_covered)


def test_each_row_gets_exactly_the_notice_problems(replay: Replay) -> None:
    outcome = run(replay)
    for row in replay.rows:
        if row.notice is None:
            continue
        found = set(notice_problems(outcome.verdicts[row.record.key]))
        for linked in row.linked:
            found |= set(notice_problems(outcome.verdicts[linked.key]))
        assert found == replay.expected(row.notice["problems"] + row.extra), row.record.name


def test_each_row_gets_the_notice_verdict(replay: Replay) -> None:
    outcome = run(replay)
    rows = [row for row in replay.rows if row.notice and "verdict" in row.notice]
    for row in rows:
        assert outcome.verdicts[row.record.key].verdict == VERDICTS[row.notice["verdict"]], row.record.name  # type: ignore[index]
    if rows:
        # The notice's failures are exactly the accounts that fail (linked ones are judged within their row).
        failing = {key for key, v in outcome.verdicts.items() if v.verdict == "fail"}
        linked = {linked.key for row in replay.rows for linked in row.linked}
        named = {row.record.key for row in rows if row.notice["verdict"] == "不合格"}  # type: ignore[index]
        assert failing - linked == named


def test_accounts_the_notice_did_not_name_pass(replay: Replay) -> None:
    outcome = run(replay)
    others = [row for row in replay.rows if row.notice is None]
    assert others or replay.name == "yuyang_2020"
    for row in others:
        verdict = outcome.verdicts[row.record.key]
        assert (verdict.verdict, notice_problems(verdict)) == ("pass", ()), row.record.name


def test_every_veto_and_finding_carries_evidence(replay: Replay) -> None:
    for verdict in run(replay).verdicts.values():
        for item in verdict.vetoes + verdict.findings:
            assert item.evidence, (verdict.name, item.rule)
            assert all(e.detail for e in item.evidence)


def test_registry_names_exactly_the_unregistered_accounts(replay: Replay) -> None:
    outcome = run(replay)
    named = sorted(e.detail for _, f in outcome.registry if f.rule == "account.unregistered"
                   for e in f.evidence[:1])
    expected = sorted(
        f"{PLATFORM_NAMES[w.platform]}“{w.name}”（开设主体：{w.operator}）不在备案名单中"
        for w, entry in replay.wild if not entry.get("registered")
    )
    assert named == expected
    for key, finding in outcome.registry:
        if finding.rule == "account.unregistered" and key is not None:
            assert finding in [f for f in outcome.verdicts[key].findings]


def test_yulin_fails_fifteen_accounts_as_the_notice() -> None:
    outcome = run(load(SEEDS / "yulin_2024q3.yaml"))
    failed = sorted(v.name for v in outcome.verdicts.values() if v.verdict == "fail")
    assert len(failed) == 15
    assert failed.count("榆林经济技术开发区") == 2  # its 今日头条 and 新浪微博 accounts, not a duplicate
    assert all(f.rule != "account.duplicate" for _, f in outcome.registry)


def test_yulin_mismatches_fail_only_under_the_regional_override() -> None:
    replay = load(SEEDS / "yulin_2024q3.yaml")
    replay.rules = {rule.id: rule for rule in RULES}
    outcome = run(replay)
    for name in ("定边县人才就业服务", "佳县环保", "佳县医疗保障"):
        (verdict,) = [v for v in outcome.verdicts.values() if v.name == name]
        assert verdict.verdict == "pass" and verdict.vetoes == () and len(verdict.findings) == 1


def test_xianyang_linked_accounts() -> None:
    replay = load(SEEDS / "xianyang_2025q1.yaml")
    outcome = run(replay)
    video = outcome.verdicts["channels:快乐可汗1334"]
    assert [(v.rule, v.text) for v in video.vetoes] == [("account.stale", "监测时间点前2周内无更新")]
    assert [(f.rule, f.text) for f in video.findings] == [("account.unverified", "非单位认证账号")]
    ((key, finding),) = outcome.registry
    assert key == "wechat:永寿交警" and finding.text == "未进行备案"
    assert outcome.verdicts["wechat:永寿交警"].verdict == "pass"


def test_yangquan_uses_a_one_week_window() -> None:
    outcome = run(load(SEEDS / "yangquan_2023q3.yaml"))
    stale = outcome.verdicts["140300M010XL0004"]  # its newest post exactly 7 days before the notice
    assert [(v.rule, v.text) for v in stale.vetoes] == [("account.stale", "监测时间点前1周内无更新")]
    assert stale.fails_on == date(2023, 10, 11)
    national = load(SEEDS / "yangquan_2023q3.yaml")
    national.rules = {rule.id: rule for rule in RULES}
    assert run(national).verdicts["140300M010XL0004"].verdict == "pass"
