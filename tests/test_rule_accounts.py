"""The new-media account rules at their boundaries, on synthetic observations (no I/O)."""

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from monitor.report.model import account_document
from monitor.rules.accounts import normalise_name, notice_problems, stale_text
from monitor.rules.engine import evaluate_accounts
from monitor.rules.model import AsOf, Rule, Ruleset
from monitor.rules.observations import (
    AccountObservationRecord,
    AccountRecord,
    SignalObservation,
    WildAccount,
)
from monitor.rules.verdict import AccountVerdict
from tests.rulekit import NATIONAL

CST = timezone(timedelta(hours=8))
AS_OF = date(2024, 8, 29)
INSTANT = datetime(2024, 8, 29, 23, 59, 59, tzinfo=CST)
SEEN = datetime(2024, 8, 29, 9, 0, tzinfo=CST)
RULES = NATIONAL.for_accounts()
DEFAULTS = {rule.id: rule for rule in RULES}


def rules(**overrides: dict[str, float]) -> dict[str, Rule]:
    """The account rules, with `account_stale={"days": 7}` style overrides."""
    table = dict(DEFAULTS)
    for name, params in overrides.items():
        rule_id = name.replace("_", ".", 1)
        table[rule_id] = table[rule_id].with_params(params)
    return table


def as_of(day: date = AS_OF, max_age_days: int = 7) -> AsOf:
    instant = datetime.combine(day, INSTANT.timetz())
    return AsOf(day=day, instant=instant, max_age=timedelta(days=max_age_days))


def days_ago(n: int, day: date = AS_OF) -> date:
    return day - timedelta(days=n)


def obs(latest_post: date | None = None, *, at: datetime = SEEN, outcome: str = "ok", source: str = "feed",
        **fields: object) -> AccountObservationRecord:
    failed = outcome != "ok"
    return AccountObservationRecord(
        observed_at=at, source=source, outcome=outcome, latest_post=latest_post,
        post_count=fields.pop("post_count", None if latest_post is None else 12),  # type: ignore[arg-type]
        error="timed out after 15.0 s" if failed else None, **fields,  # type: ignore[arg-type]
    )


def account(*observations: AccountObservationRecord, name: str = "测试发布", platform: str = "wechat",
            operator: str | None = "测试市人民政府办公室", unit: str = "测试市人民政府办公室",
            key: str | None = None) -> AccountRecord:
    return AccountRecord(key=key or f"{platform}:{name}", code=None, name=name, platform=platform,
                         operator=operator, unit=unit, observations=tuple(observations),
                         feed=f"http://feeds.test/{platform}/{name}")


def ruleset(table: dict[str, Rule]) -> Ruleset:
    return Ruleset(NATIONAL.name, {**NATIONAL.rules, **table})


def evaluate(acc: AccountRecord, when: AsOf | None = None, table: dict[str, Rule] | None = None) -> AccountVerdict:
    (verdict,) = evaluate_accounts([acc], when or as_of(), ruleset(table or DEFAULTS))
    return verdict


def evaluate_all(accounts: list[AccountRecord], wild: list[WildAccount], when: AsOf | None = None,
                 table: dict[str, Rule] | None = None) -> dict[str, AccountVerdict]:
    verdicts = evaluate_accounts(accounts, when or as_of(), ruleset(table or DEFAULTS), wild)
    return {v.key or "": v for v in verdicts}


def rule_ids(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.rule for item in items]


def test_rules_have_the_spec_ids_kinds_and_wording() -> None:
    kinds = {rule.id: rule.kind for rule in RULES}
    assert kinds == {
        "account.security": "veto", "account.stale": "veto", "account.interaction": "veto",
        "account.name_mismatch": "finding", "account.operator_mismatch": "finding",
        "account.unverified": "finding", "account.zombie": "finding", "account.repeatedly_stale": "finding",
        "account.unregistered": "finding", "account.duplicate": "finding",
    }
    assert all(rule.subject == "account" for rule in RULES)
    assert DEFAULTS["account.stale"].text("stale") == "监测时间点前2周内无更新"
    assert dict(DEFAULTS["account.stale"].params) == {"days": 14, "warn_days": 10}
    assert DEFAULTS["account.zombie"].whole("days") == 90
    assert DEFAULTS["account.repeatedly_stale"].whole("times") == 3
    assert DEFAULTS["account.repeatedly_stale"].whole("checks_window_days") == 365
    texts = {rule.id: next(iter(rule.texts.values())) for rule in RULES if rule.kind == "finding"}
    assert texts == {
        "account.name_mismatch": "账号名称与实际不一致", "account.operator_mismatch": "开设主体与实际不一致",
        "account.unverified": "非单位认证账号", "account.zombie": "僵尸账号未注销",
        "account.repeatedly_stale": "多次更新信息不及时", "account.unregistered": "未进行备案",
        "account.duplicate": "同一平台重复开设账号",
    }


# A post dated 14 days before the as-of date is outside the 2-week window, as for websites.
@pytest.mark.parametrize(("age", "verdict"), [(13, "pass"), (14, "fail"), (15, "fail")])
def test_stale_window_13_14_15_days(age: int, verdict: str) -> None:
    result = evaluate(account(obs(days_ago(age), interaction=True)))
    assert result.verdict == verdict
    assert result.fails_on == days_ago(age) + timedelta(days=14)
    assert result.latest_post == days_ago(age)
    if verdict == "fail":
        (veto,) = result.vetoes
        assert (veto.rule, veto.text) == ("account.stale", "监测时间点前2周内无更新")
        assert veto.evidence[0].detail == f"最近发布{days_ago(age).isoformat()}，已{age}天无更新"
        assert veto.evidence[0].seen == SEEN
        assert veto.evidence[0].url == "http://feeds.test/wechat/测试发布"
    else:
        assert result.vetoes == ()


@pytest.mark.parametrize(("age", "warned"), [(9, False), (10, True), (13, True)])
def test_stale_warning_from_warn_days(age: int, warned: bool) -> None:
    result = evaluate(account(obs(days_ago(age))))
    assert [(w.rule, w.fails_on) for w in result.warnings] == (
        [("account.stale", days_ago(age) + timedelta(days=14))] if warned else []
    )
    if warned:
        assert result.warnings[0].text == f"账号已{age}天未更新"


def test_never_posted_is_stale_and_zombie() -> None:
    result = evaluate(account(obs(None, post_count=0)))
    assert rule_ids(result.vetoes) == ["account.stale"]
    assert result.vetoes[0].evidence[0].detail == "账号无任何发布内容"
    assert rule_ids(result.findings) == ["account.zombie"]
    assert result.latest_post is None and result.fails_on is None


def test_failed_observation_is_unknown_never_stale() -> None:
    result = evaluate(account(obs(outcome="timeout")))
    assert result.verdict == "unknown"
    assert result.vetoes == () and result.findings == ()
    assert {u.rule for u in result.unknown} == {"account.stale"}
    assert "timeout" in result.unknown[0].reason
    # Interaction was never reported by any observation: not assessed, whatever the fetch did.
    assert "account.interaction" in rule_ids(result.not_assessed)


def test_no_observation_is_not_checked() -> None:
    result = evaluate(account())
    assert result.verdict == "not_checked"
    assert result.vetoes == () and result.unknown == ()


def test_old_success_is_unknown_but_can_prove_freshness() -> None:
    eight_days = SEEN - timedelta(days=8)
    old_stale = evaluate(account(obs(days_ago(30), at=eight_days), obs(outcome="timeout")))
    assert old_stale.verdict == "unknown"
    assert rule_ids(old_stale.unknown)[0] == "account.stale"
    # An older read showing a post 10 days ago still proves the account fresh today.
    old_fresh = evaluate(account(obs(days_ago(10), at=eight_days), obs(outcome="timeout")))
    assert old_fresh.verdict == "pass"
    assert old_fresh.fails_on == days_ago(10) + timedelta(days=14)


def test_a_failed_newest_read_does_not_hide_a_current_success() -> None:
    result = evaluate(account(obs(days_ago(20), at=SEEN - timedelta(days=1)), obs(outcome="http_error")))
    assert rule_ids(result.vetoes) == ["account.stale"]


def test_fields_come_from_the_newest_observation_that_carries_them() -> None:
    imported = obs(source="import", at=SEEN - timedelta(days=2), interaction=False, verified=True)
    result = evaluate(account(imported, obs(days_ago(1))))
    assert rule_ids(result.vetoes) == ["account.interaction"]
    assert result.vetoes[0].text == "未提供有效互动功能"
    assert result.vetoes[0].evidence[0].seen == imported.observed_at


@pytest.mark.parametrize(("interaction", "verdict"), [(True, "pass"), (False, "fail"), (None, "pass")])
def test_interaction_true_false_none(interaction: bool | None, verdict: str) -> None:
    result = evaluate(account(obs(days_ago(1), interaction=interaction)))
    assert result.verdict == verdict
    assert result.unknown == ()


def test_interaction_false_seen_long_ago_is_not_assessed_not_a_veto() -> None:
    old = obs(source="import", at=SEEN - timedelta(days=30), interaction=False)
    result = evaluate(account(old, obs(days_ago(1))))
    assert result.verdict == "pass"
    assert "account.interaction" in rule_ids(result.not_assessed) and result.unknown == ()


def test_interaction_never_reported_is_not_assessed_never_unknown() -> None:
    result = evaluate(account(obs(outcome="refused")))
    assert "account.interaction" not in rule_ids(result.unknown)
    assert "account.interaction" in rule_ids(result.not_assessed)
    assert "account.interaction" in rule_ids(evaluate(account(obs(days_ago(1)))).not_assessed)
    reported = evaluate(account(obs(days_ago(1), interaction=True)))
    assert "account.interaction" not in rule_ids(reported.not_assessed)


@pytest.mark.parametrize(("registered", "shown", "mismatch"), [
    ("佳县医疗保障", "佳县医疗保障", False),
    ("佳县医疗保障", "佳县医疗保障局", True),
    ("阳泉 市场监管", "阳泉市场监管", False),
    ("阳泉市场监管", "阳泉市场监管\u3000", False),
    ("ＳＸ交警（榆林）", "SX交警(榆林)", False),
    ("sx交警", "SX交警", False),
])
def test_name_mismatch_after_normalising(registered: str, shown: str, mismatch: bool) -> None:
    result = evaluate(account(obs(days_ago(1), platform_name=shown), name=registered))
    assert ("account.name_mismatch" in rule_ids(result.findings)) is mismatch
    assert result.verdict == "pass"  # a finding does not fail an account nationally
    if mismatch:
        assert result.findings[0].text == "账号名称与实际不一致"
        assert result.findings[0].evidence[0].detail == f"平台显示名称“{shown}”，备案名称“{registered}”"


def test_normalise_name() -> None:
    assert normalise_name(" 阳泉　市场监管 ") == "阳泉市场监管"
    assert normalise_name("ＡＢＣ１２３（官方）") == "abc123(官方)"


def test_operator_mismatch_and_unverified() -> None:
    seen = obs(days_ago(1), verified=False, verified_entity="咸阳市公安局禁毒支队")
    result = evaluate(account(seen, operator="咸阳市禁毒委员会办公室"))
    assert [(f.rule, f.text) for f in result.findings] == [
        ("account.operator_mismatch", "开设主体与实际不一致"),
        ("account.unverified", "非单位认证账号"),
    ]
    assert result.verdict == "pass"
    same = evaluate(account(obs(days_ago(1), verified=True, verified_entity="咸阳市禁毒委员会办公室"),
                            operator="咸阳市禁毒委员会办公室"))
    assert same.findings == ()
    no_operator = evaluate(account(obs(days_ago(1), verified_entity="某单位"), operator=None))
    assert no_operator.findings == ()


def test_a_region_can_make_a_finding_fail_the_account() -> None:
    table = rules(account_name_mismatch={"fails": 1})
    result = evaluate(account(obs(days_ago(1), platform_name="新名字"), name="旧名字"), table=table)
    assert result.verdict == "fail"
    assert [(v.rule, v.text) for v in result.vetoes] == [("account.name_mismatch", "账号名称与实际不一致")]
    assert result.findings == ()


@pytest.mark.parametrize(("age", "zombie"), [(89, False), (90, True), (400, True)])
def test_zombie_89_vs_90_days(age: int, zombie: bool) -> None:
    result = evaluate(account(obs(days_ago(age))))
    assert ("account.zombie" in rule_ids(result.findings)) is zombie
    assert rule_ids(result.vetoes) == ["account.stale"]  # a zombie is stale as well


def test_deregistered_account_is_no_zombie() -> None:
    result = evaluate(account(obs(days_ago(200), deregistered=True)))
    assert "account.zombie" not in rule_ids(result.findings)


def test_zombie_needs_a_current_observation() -> None:
    result = evaluate(account(obs(days_ago(200), at=SEEN - timedelta(days=30))))
    assert result.findings == ()
    assert result.verdict == "not_checked"


def quarterly(*stale_quarter_days: date, fresh_at: tuple[date, ...] = ()) -> list[AccountObservationRecord]:
    """Observations on the given days: stale (last post 20 days before) or fresh (the day before)."""
    seen = [(d, 20) for d in stale_quarter_days] + [(d, 1) for d in fresh_at]
    return [obs(d - timedelta(days=age), at=datetime.combine(d, SEEN.timetz()), source="import")
            for d, age in sorted(seen)]


@pytest.mark.parametrize(("checks", "found"), [(2, False), (3, True), (4, True)])
def test_repeatedly_stale_two_vs_three_quarters(checks: int, found: bool) -> None:
    days = [date(2023, 11, 20), date(2024, 2, 26), date(2024, 5, 27), date(2024, 8, 26)][-checks:]
    earlier = (date(2023, 9, 15),) if checks < 4 else ()
    history = quarterly(*days, fresh_at=earlier + tuple(d + timedelta(days=30) for d in days[:-1]))
    result = evaluate(account(*history, obs(date(2024, 8, 6))))
    assert ("account.repeatedly_stale" in rule_ids(result.findings)) is found
    if found:
        finding = next(f for f in result.findings if f.rule == "account.repeatedly_stale")
        assert finding.text == "多次更新信息不及时"
        assert len(finding.evidence) == checks
        assert finding.evidence[-1].detail.startswith("2024年第3季度：2024-08-26观测时最近发布2024-08-06")


def test_repeatedly_stale_counts_a_quarter_once() -> None:
    # Daily reads of one long silence within one quarter are one check, not many.
    daily = [obs(date(2024, 7, 1), at=datetime.combine(d, SEEN.timetz()))
             for d in (date(2024, 7, 1) + timedelta(days=n) for n in range(20, 59))]
    result = evaluate(account(*daily))
    assert "account.repeatedly_stale" not in rule_ids(result.findings)


def test_repeatedly_stale_ignores_checks_outside_the_window() -> None:
    history = quarterly(date(2023, 5, 22), date(2024, 2, 26), date(2024, 8, 26),
                        fresh_at=(date(2023, 9, 20), date(2023, 12, 10), date(2024, 5, 20)))
    assert "account.repeatedly_stale" not in rule_ids(evaluate(account(*history)).findings)
    wide = rules(account_repeatedly_stale={"checks_window_days": 500})
    assert "account.repeatedly_stale" in rule_ids(evaluate(account(*history), table=wide).findings)


def test_repeatedly_stale_not_assessed_with_the_count_when_history_is_short() -> None:
    result = evaluate(account(obs(days_ago(20))))
    (short,) = [u for u in result.not_assessed if u.rule == "account.repeatedly_stale"]
    assert short.reason.startswith("已有1个季度更新不及时（需3个），另有4个季度无观测记录")
    assert result.verdict == "fail"  # decided by the stale veto
    fresh = evaluate(account(obs(days_ago(1))))
    assert fresh.unknown == () and fresh.verdict == "pass"


def test_same_observations_on_two_dates_give_two_answers() -> None:
    history = account(obs(date(2024, 8, 10), at=datetime(2024, 8, 20, 9, tzinfo=CST), interaction=True),
                      obs(date(2024, 8, 10), at=datetime(2024, 8, 26, 9, tzinfo=CST)))
    early = evaluate(history, as_of(date(2024, 8, 22)))
    assert early.verdict == "pass" and early.fails_on == date(2024, 8, 24)
    late = evaluate(history, as_of(date(2024, 8, 27)))
    assert late.verdict == "fail" and rule_ids(late.vetoes) == ["account.stale"]
    # Observations after the as-of instant are not seen, even when passed in.
    before = evaluate(history, as_of(date(2024, 8, 19)))
    assert before.verdict == "not_checked" and before.unknown == ()


def test_regional_seven_day_window_and_its_wording() -> None:
    table = rules(account_stale={"days": 7, "warn_days": 5})
    assert stale_text(table["account.stale"]) == "监测时间点前1周内无更新"
    assert stale_text(DEFAULTS["account.stale"].with_params({"days": 10})) == "监测时间点前10天内无更新"
    result = evaluate(account(obs(days_ago(7))), table=table)
    assert [(v.rule, v.text) for v in result.vetoes] == [("account.stale", "监测时间点前1周内无更新")]
    assert evaluate(account(obs(days_ago(6))), table=table).verdict == "pass"


def test_security_signal_is_a_veto_with_evidence() -> None:
    signal = SignalObservation(kind="wrong_name", match="错误姓名", context="……错误姓名同志指出……",
                               url="http://weibo.test/post/1")
    result = evaluate(account(obs(days_ago(1), signals=(signal,))))
    assert [(v.rule, v.text) for v in result.vetoes] == [("account.security", "存在严重表述错误")]
    assert result.vetoes[0].evidence[0].url == "http://weibo.test/post/1"


def registry() -> list[AccountRecord]:
    return [
        account(obs(days_ago(1), platform_name="红色云阳"), name="红色云阳", operator="泾阳县云阳镇人民政府"),
        account(obs(days_ago(1)), name="永寿交警", operator="永寿县交警大队"),
        account(obs(days_ago(1), platform_name="阳泉网警巡查"), name="阳泉网警巡查执法", platform="weibo",
                operator="阳泉市公安局网络安全保卫支队"),
    ]


def test_unregistered_wild_accounts() -> None:
    seen = datetime(2024, 8, 20, 10, tzinfo=CST)
    wild = [
        WildAccount("wechat", "红色 云阳", "泾阳县云阳镇人民政府", seen),  # registered, spaced differently
        WildAccount("weibo", "阳泉网警巡查", None, seen),  # its observed name on the platform
        WildAccount("channels", "永寿交警", "永寿县交警大队", seen, url="http://channels.test/ys"),
        WildAccount("channels", "永寿交警", "永寿县交警大队", seen + timedelta(days=3)),
        WildAccount("douyin", "无名账号", None, seen),
    ]
    found = evaluate_all(registry(), wild)
    assert {key: [(f.rule, f.text) for f in v.findings if f.rule == "account.unregistered"]
            for key, v in found.items()} == {
        "wechat:红色云阳": [], "wechat:永寿交警": [("account.unregistered", "未进行备案")], "weibo:阳泉网警巡查执法": [],
    }
    evidence = found["wechat:永寿交警"].findings[0].evidence
    assert len(evidence) == 2 and evidence[0].url == "http://channels.test/ys"
    assert evidence[0].detail == "视频号“永寿交警”（开设主体：永寿县交警大队）不在备案名单中"
    # As of a date before the sightings, nothing was seen yet.
    early = evaluate_all(registry(), wild, as_of(date(2024, 8, 19)))
    assert all(v.findings == () for v in early.values())


def test_linked_to_names_the_owner() -> None:
    wild = [WildAccount("channels", "快乐可汗1334", None, SEEN, linked_to="wechat:红色云阳")]
    found = evaluate_all(registry(), wild)
    assert [f.rule for f in found["wechat:红色云阳"].findings] == ["account.unregistered"]


def test_duplicate_accounts_of_one_operator_on_one_platform() -> None:
    accounts = registry() + [
        account(obs(days_ago(1)), name="云阳镇发布", operator="泾阳县云阳镇人民政府"),
        account(obs(days_ago(1)), name="红色云阳", platform="douyin", operator="泾阳县云阳镇人民政府"),
        account(obs(days_ago(1), deregistered=True), name="云阳旧号", operator="泾阳县云阳镇人民政府"),
    ]
    found = evaluate_all(accounts, [])
    duplicates = {key: [f for f in v.findings if f.rule == "account.duplicate"] for key, v in found.items()}
    duplicates = {key: findings for key, findings in duplicates.items() if findings}
    assert sorted(duplicates) == ["wechat:云阳镇发布", "wechat:红色云阳"]
    assert {f.text for findings in duplicates.values() for f in findings} == {"同一平台重复开设账号"}
    detail = duplicates["wechat:红色云阳"][0].evidence[0].detail
    assert detail == "泾阳县云阳镇人民政府在微信公众号另开设“云阳镇发布”"


def test_registry_findings_join_each_accounts_verdict() -> None:
    wild = [WildAccount("channels", "永寿交警", "永寿县交警大队", SEEN)]
    merged = list(evaluate_all(registry(), wild).values())
    assert [rule_ids(v.findings) for v in merged] == [[], ["account.unregistered"], ["account.name_mismatch"]]
    assert merged[1].verdict == "pass"
    strict = rules(account_unregistered={"fails": 1})
    failed = list(evaluate_all(registry(), wild, table=strict).values())
    assert failed[1].verdict == "fail" and rule_ids(failed[1].vetoes) == ["account.unregistered"]


def test_notice_problems_name_the_lasting_problem() -> None:
    zombie = evaluate(account(obs(days_ago(200))))
    assert notice_problems(zombie) == (("account.zombie", "僵尸账号未注销"),)
    stale = evaluate(account(obs(days_ago(20), interaction=False)))
    assert notice_problems(stale) == (("account.stale", "监测时间点前2周内无更新"),
                                      ("account.interaction", "未提供有效互动功能"))


def test_account_document() -> None:
    acc = replace(account(obs(days_ago(20), platform_name="别名")), code="610400M001WX0001")
    doc = account_document(evaluate(acc), CST)
    assert doc["code"] == "610400M001WX0001"
    assert doc["name"] == "测试发布" and doc["platform"] == "wechat" and doc["unit"] == "测试市人民政府办公室"
    assert doc["verdict"] == "fail"
    assert doc["latest_post"] == "2024-08-09" and doc["fails_on"] == "2024-08-23"
    assert doc["vetoes"] == [{
        "rule": "account.stale", "text": "监测时间点前2周内无更新",
        "evidence": [{"url": "http://feeds.test/wechat/测试发布", "seen": "2024-08-29T09:00:00+08:00",
                      "detail": "最近发布2024-08-09，已20天无更新"}],
    }]
    assert [(f["rule"], f["text"]) for f in doc["findings"]] == [("account.name_mismatch", "账号名称与实际不一致")]
    assert doc["unknown"] == []
    assert {"rule": "account.repeatedly_stale", "reason": "已有1个季度更新不及时（需3个），另有4个季度无观测记录"} in (
        doc["not_assessed"])
    assert doc["warnings"] == []


def test_the_as_of_check_counts_as_one_of_the_checks() -> None:
    # Two earlier quarters stale; today's read was fresh (13 days) at its own time, stale as of today.
    history = quarterly(date(2024, 2, 26), date(2024, 5, 27), fresh_at=(date(2023, 11, 20),))
    now = obs(days_ago(14), at=SEEN - timedelta(days=1))
    result = evaluate(account(*history, now))
    finding = next(f for f in result.findings if f.rule == "account.repeatedly_stale")
    assert finding.evidence[-1].detail.startswith("2024年第3季度：监测时间点2024-08-29最近发布2024-08-15")
    assert notice_problems(result) == (("account.repeatedly_stale", "多次更新信息不及时"),)
    earlier = evaluate(account(*history, now), as_of(date(2024, 8, 28)))
    assert "account.repeatedly_stale" not in rule_ids(earlier.findings)


def test_a_zombie_is_named_before_repeatedly_stale() -> None:
    history = quarterly(date(2024, 2, 26), date(2024, 5, 27))
    result = evaluate(account(*history, obs(date(2024, 2, 6))))
    assert {"account.zombie", "account.repeatedly_stale"} <= set(rule_ids(result.findings))
    assert notice_problems(result) == (("account.zombie", "僵尸账号未注销"),)
