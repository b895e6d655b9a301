"""Government new-media accounts (政务新媒体): the account rules and their evaluation.

Pure functions of observations and an as-of instant, like `evaluate.py` for
websites. What an account is judged on:

- vetoes (单项否决, any one fails the account): `account.stale` (no post in the
  window before the 监测时间点), `account.interaction` (no effective
  interaction function) and `account.security` (content signals found in its
  posts, when an observation carries them);
- findings that notices report without failing the account nationally: name or
  operator differing from the registry, no unit verification, zombie accounts,
  repeatedly stale accounts, accounts missing from the registry, duplicates.
  A region that fails accounts on a finding sets that rule's `fails` to 1; the
  finding is then reported as a veto.

An observation that failed (outcome not ok) is never evidence. Only
observations at most `as_of.max_age` old decide a rule, except that an older
successful read can still prove an account fresh (a post date is a lower
bound of the newest post). Different sources fill different fields (a feed
gives post dates, an import gives verification and names), so each field is
read from the newest successful observation that carries it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from monitor.rules.model import Rule, make_rule
from monitor.rules.observations import OK_OUTCOMES, SignalObservation
from monitor.rules.verdict import Evidence, Unknown, VerdictValue, Veto, Warning

if TYPE_CHECKING:  # catalog.py may import RULES from here; evaluate.py imports catalog.py
    from monitor.rules.evaluate import AsOf

_FAILS = "; with `fails` = 1 (a regional choice) it fails the account as a veto"

RULES: tuple[Rule, ...] = (
    make_rule(
        id="account.security",
        indicator="安全、泄密事故等严重问题",
        subject="account",
        kind="veto",
        params={},
        texts={"wrong_name": "存在严重表述错误", "forbidden_term": "存在违规内容"},
        summary="content signals (configured wrong-name dictionary hits, forbidden terms) in the posts "
        "seen by the newest current observation; bought followers and other 弄虚作假 have no "
        "automatic signal and are reported by hand",
        verified=False,
    ),
    make_rule(
        id="account.stale",
        indicator="内容不更新",
        subject="account",
        kind="veto",
        params={"days": 14, "warn_days": 10},
        texts={"stale": "监测时间点前2周内无更新"},
        summary="no post in the `days` days before the as-of date (a post dated D fails on D + days); "
        "an account that never published is stale; warns from `warn_days` days without a post",
    ),
    make_rule(
        id="account.interaction",
        indicator="互动回应差",
        subject="account",
        kind="veto",
        params={},
        texts={"missing": "未提供有效互动功能"},
        summary="an observation found no effective interaction function (留言/评论/私信/互动菜单 all off); "
        "an account whose interaction was never checked is presumed to have it",
    ),
    make_rule(
        id="account.name_mismatch",
        indicator="账号名称",
        subject="account",
        kind="finding",
        params={"fails": 0},
        texts={"mismatch": "账号名称与实际不一致"},
        summary="the name shown on the platform differs from the registered name "
        "(compared after folding full-width characters and removing spaces)" + _FAILS,
    ),
    make_rule(
        id="account.operator_mismatch",
        indicator="开设主体",
        subject="account",
        kind="finding",
        params={"fails": 0},
        texts={"mismatch": "开设主体与实际不一致"},
        summary="the platform's verified entity (认证主体) differs from the registered operator (开设主体)" + _FAILS,
    ),
    make_rule(
        id="account.unverified",
        indicator="账号认证",
        subject="account",
        kind="finding",
        params={"fails": 0},
        texts={"unverified": "非单位认证账号"},
        summary="the platform shows no unit verification for the account" + _FAILS,
    ),
    make_rule(
        id="account.zombie",
        indicator="僵尸账号",
        subject="account",
        kind="finding",
        params={"days": 90, "fails": 0},
        texts={"zombie": "僵尸账号未注销"},
        summary="no post for `days` days or more (or nothing ever published) and not deregistered" + _FAILS,
    ),
    make_rule(
        id="account.repeatedly_stale",
        indicator="多次更新不及时",
        subject="account",
        kind="finding",
        params={"times": 3, "checks_window_days": 365, "fails": 0},
        texts={"repeated": "多次更新信息不及时"},
        summary="observations showed the account stale (by account.stale's window) in `times` or more "
        "distinct calendar quarters within the last `checks_window_days` days" + _FAILS,
    ),
    make_rule(
        id="account.unregistered",
        indicator="备案",
        subject="account",
        kind="finding",
        params={"fails": 0},
        texts={"unregistered": "未进行备案"},
        summary="an account seen on a platform (search results, linked accounts) matches no registered "
        "account by platform and name (registered or observed)" + _FAILS,
    ),
    make_rule(
        id="account.duplicate",
        indicator="重复建设",
        subject="account",
        kind="finding",
        params={"fails": 0},
        texts={"duplicate": "同一平台重复开设账号"},
        summary="one operator (else unit) has two or more registered accounts on one platform" + _FAILS,
    ),
)

# Platform names as notices write them, for evidence.
PLATFORM_NAMES: Mapping[str, str] = {
    "wechat": "微信公众号", "weibo": "微博", "douyin": "抖音", "toutiao": "今日头条",
    "kuaishou": "快手", "bilibili": "哔哩哔哩", "xigua": "西瓜视频", "channels": "视频号",
    "app": "移动客户端", "miniprogram": "小程序", "other": "其他平台",
}


@dataclass(frozen=True)
class AccountObservationRecord:
    """What one feed read, import row or manual check said about an account (None: not said)."""

    observed_at: datetime
    source: str  # "feed" | "import" | "manual"
    outcome: str
    latest_post: date | None = None
    post_count: int | None = None
    interaction: bool | None = None
    platform_name: str | None = None
    verified_entity: str | None = None
    verified: bool | None = None
    deregistered: bool | None = None
    error: str | None = None
    url: str | None = None  # where it was read (the feed, the account's page)
    signals: tuple[SignalObservation, ...] = ()

    @property
    def ok(self) -> bool:
        return self.outcome in OK_OUTCOMES

    def failure(self) -> str:
        """Why this observation says nothing, in one phrase."""
        return f"观测失败（{self.outcome}: {self.error or self.outcome}）"


@dataclass(frozen=True)
class AccountRecord:
    """A registered account and its observations at or before the as-of instant, oldest first."""

    key: str
    code: str | None
    name: str
    platform: str
    operator: str | None
    unit: str
    observations: tuple[AccountObservationRecord, ...]
    feed: str | None = None


@dataclass(frozen=True)
class WildAccount:
    """An account seen on a platform (search results, an account linked from another)."""

    platform: str
    name: str
    operator: str | None
    seen_at: datetime
    url: str | None = None
    linked_to: str | None = None  # key of the registered account it was found through


@dataclass(frozen=True)
class Finding:
    """A problem notices report, with its evidence; fails the account only where a region says so."""

    rule: str
    text: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class AccountVerdict:
    """One account's verdict as of one instant, with what decided it."""

    code: str | None
    name: str
    platform: str
    operator: str | None
    unit: str
    verdict: VerdictValue
    latest_post: date | None
    vetoes: tuple[Veto, ...]
    findings: tuple[Finding, ...]
    unknown: tuple[Unknown, ...]
    warnings: tuple[Warning, ...]
    fails_on: date | None  # when account.stale trips (or tripped) if nothing is posted
    key: str | None = None


def normalise_name(name: str) -> str:
    """A name as compared: full-width folded to half-width (NFKC), spaces removed, case folded."""
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


def stale_text(rule: Rule) -> str:
    """account.stale's wording for the rule's window: the official 2周, else 1周 / 10天 alike."""
    days = rule.whole("days")
    if days == 14:
        return rule.text("stale")
    span = f"{days // 7}周" if days % 7 == 0 else f"{days}天"
    return f"监测时间点前{span}内无更新"


# -- reading the observations ------------------------------------------------------------


def _local_day(moment: datetime, as_of: AsOf) -> date:
    zone = as_of.instant.tzinfo
    return moment.astimezone(zone).date() if moment.tzinfo is not None and zone is not None else moment.date()


def _current(as_of: AsOf, observation: AccountObservationRecord) -> bool:
    return as_of.instant - observation.observed_at <= as_of.max_age


def _newest(observations: Sequence[AccountObservationRecord], field: str) -> AccountObservationRecord | None:
    """The newest observation that says something about `field`."""
    for observation in reversed(observations):
        if getattr(observation, field) is not None:
            return observation
    return None


def _posted(observation: AccountObservationRecord, day: date) -> date | None:
    """The observation's newest post date, never later than `day` (time-zone edges)."""
    return min(observation.latest_post, day) if observation.latest_post is not None else None


def _tells_posts(observation: AccountObservationRecord) -> bool:
    return observation.latest_post is not None or observation.post_count is not None


def _url(account: AccountRecord, observation: AccountObservationRecord | None) -> str:
    return (observation.url if observation and observation.url else None) or account.feed or ""


def _evidence(account: AccountRecord, observation: AccountObservationRecord | None, detail: str) -> Evidence:
    return Evidence(url=_url(account, observation), seen=observation.observed_at if observation else None,
                    detail=detail)


def _no_current(observations: Sequence[AccountObservationRecord], as_of: AsOf, what: str) -> str:
    """Why no current successful observation decides `what`."""
    if not observations:
        return "监测时间点前无观测记录"
    newest = observations[-1]
    if not newest.ok:
        return newest.failure()
    return f"最近{as_of.max_age.days}天内无可用的{what}观测记录"


@dataclass(frozen=True)
class _Posts:
    """What the observations say about posting, as of the as-of day."""

    latest: date | None  # newest post date any successful observation saw
    current: AccountObservationRecord | None  # newest current successful observation of posts
    reason: str | None  # why nothing current tells, when `current` is None

    def idle(self, day: date) -> int | None:
        return (day - self.latest).days if self.latest is not None else None

    def never_posted(self) -> bool:
        return self.latest is None and self.current is not None and self.current.post_count == 0


def _posts(observations: Sequence[AccountObservationRecord], as_of: AsOf) -> _Posts:
    ok = [o for o in observations if o.ok and _tells_posts(o)]
    dates = [d for d in (_posted(o, as_of.day) for o in ok) if d is not None]
    current = [o for o in ok if _current(as_of, o)]
    reason = None if current else _no_current(observations, as_of, "发布")
    return _Posts(max(dates) if dates else None, current[-1] if current else None, reason)


def _idle_detail(posts: _Posts, day: date) -> str:
    if posts.latest is None:
        return "账号无任何发布内容"
    return f"最近发布{posts.latest.isoformat()}，已{posts.idle(day)}天无更新"


# -- the account rules -------------------------------------------------------------------


def _stale(account: AccountRecord, posts: _Posts, as_of: AsOf, rule: Rule
           ) -> tuple[Veto | None, Unknown | None, Warning | None, date | None]:
    days = rule.whole("days")
    fails_on = posts.latest + timedelta(days=days) if posts.latest is not None else None
    if fails_on is not None and as_of.day < fails_on:
        idle = posts.idle(as_of.day) or 0
        warning = None
        if idle >= rule.whole("warn_days"):
            warning = Warning(rule.id, f"账号已{idle}天未更新", fails_on, _url(account, posts.current))
        return None, None, warning, fails_on
    if posts.current is None:
        return None, Unknown(rule.id, posts.reason or ""), None, fails_on
    if posts.latest is None and not posts.never_posted():
        return None, Unknown(rule.id, "观测未给出最近发布时间"), None, None
    veto = Veto(rule.id, stale_text(rule), (_evidence(account, posts.current, _idle_detail(posts, as_of.day)),))
    return veto, None, None, fails_on


def _interaction(account: AccountRecord, ok: Sequence[AccountObservationRecord], as_of: AsOf, rule: Rule
                 ) -> tuple[Veto | None, Unknown | None]:
    checked = _newest(ok, "interaction")
    if checked is None:
        # Nothing ever said the function is missing: presumed present, unless nothing
        # was ever read about the account.
        if ok:
            return None, None
        return None, Unknown(rule.id, "无互动功能检查记录：" + _no_current(account.observations, as_of, ""))
    if checked.interaction:
        return None, None
    if not _current(as_of, checked):
        seen = _local_day(checked.observed_at, as_of).isoformat()
        return None, Unknown(rule.id, f"{seen}检查时未见有效互动功能，其后{as_of.max_age.days}天内未复核")
    detail = "未见留言、评论、私信或互动菜单等有效互动功能"
    return Veto(rule.id, rule.text("missing"), (_evidence(account, checked, detail),)), None


def _security(account: AccountRecord, current: Sequence[AccountObservationRecord], rule: Rule) -> list[Veto]:
    newest = current[-1] if current else None
    if newest is None:
        return []
    vetoes = []
    for kind in rule.texts:
        signals = [s for s in newest.signals if s.kind == kind]
        if signals:
            evidence = tuple(Evidence(s.url, newest.observed_at, f"{s.match}：{s.context}") for s in signals)
            vetoes.append(Veto(rule.id, rule.text(kind), evidence))
    return vetoes


def _mismatches(account: AccountRecord, current: Sequence[AccountObservationRecord],
                rules: Mapping[str, Rule]) -> list[Finding]:
    findings = []
    named = _newest(current, "platform_name")
    if named is not None and normalise_name(named.platform_name or "") != normalise_name(account.name):
        rule = rules["account.name_mismatch"]
        detail = f"平台显示名称“{named.platform_name}”，备案名称“{account.name}”"
        findings.append(Finding(rule.id, rule.text("mismatch"), (_evidence(account, named, detail),)))
    entity = _newest(current, "verified_entity")
    if (entity is not None and account.operator
            and normalise_name(entity.verified_entity or "") != normalise_name(account.operator)):
        rule = rules["account.operator_mismatch"]
        detail = f"认证主体“{entity.verified_entity}”，备案开设主体“{account.operator}”"
        findings.append(Finding(rule.id, rule.text("mismatch"), (_evidence(account, entity, detail),)))
    verified = _newest(current, "verified")
    if verified is not None and verified.verified is False:
        rule = rules["account.unverified"]
        findings.append(Finding(rule.id, rule.text("unverified"),
                                (_evidence(account, verified, "平台未显示单位认证"),)))
    return findings


def _zombie(account: AccountRecord, posts: _Posts, current: Sequence[AccountObservationRecord],
            as_of: AsOf, rule: Rule) -> Finding | None:
    closed = _newest(current, "deregistered")
    if closed is not None and closed.deregistered:
        return None
    idle = posts.idle(as_of.day)
    if posts.current is None or not (posts.never_posted() or (idle is not None and idle >= rule.whole("days"))):
        return None
    detail = _idle_detail(posts, as_of.day) + "，未注销"
    return Finding(rule.id, rule.text("zombie"), (_evidence(account, posts.current, detail),))


def _quarter(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _quarters_between(first: date, last: date) -> set[tuple[int, int]]:
    (y, q), end = _quarter(first), _quarter(last)
    quarters = set()
    while (y, q) <= end:
        quarters.add((y, q))
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    return quarters


def _repeatedly_stale(account: AccountRecord, ok: Sequence[AccountObservationRecord], as_of: AsOf,
                      rule: Rule, stale_rule: Rule, stale_now: Veto | None
                      ) -> tuple[Finding | None, Unknown | None]:
    """Stale at checks in `times` distinct calendar quarters of the window.

    Quarters, not single observations, so that a feed read daily and an import
    read quarterly count one long silence alike (once per quarter it spans),
    matching the quarterly 通报 that name 多次更新信息不及时. Each successful
    observation is a check judged on its own day; the as-of evaluation is one
    more check when it finds the account stale.
    """
    days = timedelta(days=stale_rule.whole("days"))
    start = as_of.instant - timedelta(days=rule.whole("checks_window_days"))
    newest: date | None = None
    hits: dict[tuple[int, int], Evidence] = {}
    observed: set[tuple[int, int]] = set()
    for observation in ok:
        if not _tells_posts(observation):
            continue
        day = _local_day(observation.observed_at, as_of)
        posted = _posted(observation, day)
        newest = max(newest, posted) if newest and posted else newest or posted
        if observation.observed_at <= start:
            continue
        quarter = _quarter(day)
        observed.add(quarter)
        stale = day >= newest + days if newest else observation.post_count == 0
        if stale and quarter not in hits:
            since = f"最近发布{newest.isoformat()}" if newest else "无任何发布内容"
            hits[quarter] = _evidence(account, observation,
                                      f"{quarter[0]}年第{quarter[1]}季度：{day.isoformat()}观测时{since}")
    if stale_now is not None:
        quarter = _quarter(as_of.day)
        observed.add(quarter)
        if quarter not in hits:
            seen = stale_now.evidence[0]
            hits[quarter] = replace(
                seen, detail=f"{quarter[0]}年第{quarter[1]}季度：监测时间点{as_of.day.isoformat()}{seen.detail}")
    times = rule.whole("times")
    if len(hits) >= times:
        evidence = tuple(hits[q] for q in sorted(hits))
        return Finding(rule.id, rule.text("repeated"), evidence), None
    unobserved = len(_quarters_between(_local_day(start, as_of), as_of.day) - observed)
    if hits and len(hits) + unobserved >= times:
        reason = f"已有{len(hits)}个季度更新不及时（需{times}个），另有{unobserved}个季度无观测记录"
        return None, Unknown(rule.id, reason)
    return None, None


def _failing(findings: Iterable[Finding], rules: Mapping[str, Rule]) -> tuple[list[Veto], list[Finding]]:
    """Split findings into those a region counts as vetoes (`fails` ≥ 1) and the rest."""
    vetoes, kept = [], []
    for finding in findings:
        if rules[finding.rule].param("fails") >= 1:
            vetoes.append(Veto(finding.rule, finding.text, finding.evidence))
        else:
            kept.append(finding)
    return vetoes, kept


def _verdict(vetoes: Sequence[Veto], unknown: Sequence[Unknown], rules: Mapping[str, Rule]) -> VerdictValue:
    if vetoes:
        return "fail"
    if any(rules[u.rule].kind == "veto" for u in unknown):
        return "unknown"
    return "pass"


def evaluate_account(account: AccountRecord, as_of: AsOf, ruleset_rules: Mapping[str, Rule]) -> AccountVerdict:
    """All account rules of the ruleset for one account, as of one instant.

    Observations after `as_of.instant` are ignored, so the same history gives
    each date its own answer. Verdict: fail on any veto, unknown when no veto
    and a veto rule could not be decided, else pass; findings do not fail an
    account unless the ruleset sets their `fails` to 1.
    """
    rules = ruleset_rules
    observations = tuple(sorted((o for o in account.observations if o.observed_at <= as_of.instant),
                                key=lambda o: o.observed_at))
    account = replace(account, observations=observations)
    ok = [o for o in observations if o.ok]
    current = [o for o in ok if _current(as_of, o)]
    posts = _posts(observations, as_of)

    stale_rule = rules["account.stale"]
    stale, stale_unknown, warning, fails_on = _stale(account, posts, as_of, stale_rule)
    interaction, interaction_unknown = _interaction(account, ok, as_of, rules["account.interaction"])
    repeated, repeated_unknown = _repeatedly_stale(account, ok, as_of, rules["account.repeatedly_stale"],
                                                   stale_rule, stale)

    findings = _mismatches(account, current, rules)
    zombie = _zombie(account, posts, current, as_of, rules["account.zombie"])
    findings += [f for f in (zombie, repeated) if f is not None]
    failing, findings = _failing(findings, rules)

    vetoes = [v for v in (stale, interaction) if v is not None]
    vetoes += _security(account, current, rules["account.security"]) + failing
    unknown = [u for u in (stale_unknown, interaction_unknown, repeated_unknown) if u is not None]
    return AccountVerdict(
        code=account.code, name=account.name, platform=account.platform, operator=account.operator,
        unit=account.unit, verdict=_verdict(vetoes, unknown, rules), latest_post=posts.latest,
        vetoes=tuple(vetoes), findings=tuple(findings), unknown=tuple(unknown),
        warnings=(warning,) if warning else (), fails_on=fails_on, key=account.key,
    )


# -- the registry as a whole -------------------------------------------------------------


def _deregistered(account: AccountRecord) -> bool:
    closed = _newest([o for o in account.observations if o.ok], "deregistered")
    return bool(closed and closed.deregistered)


def _owner(wild: WildAccount, accounts: Sequence[AccountRecord]) -> str | None:
    """The registered account a wild account belongs with: the one it was found through,
    else the only registered account of the same operator."""
    keys = {a.key for a in accounts}
    if wild.linked_to in keys:
        return wild.linked_to
    if not wild.operator:
        return None
    same = {a.key for a in accounts if a.operator and normalise_name(a.operator) == normalise_name(wild.operator)}
    return same.pop() if len(same) == 1 else None


def evaluate_registry(
    accounts: Sequence[AccountRecord], wild: Sequence[WildAccount], rules: Mapping[str, Rule],
    as_of: AsOf | None = None,
) -> list[tuple[str | None, Finding]]:
    """Findings about the registry as a whole, each with the key of the account it concerns.

    `account.unregistered`: a wild account whose platform and normalised name match
    no registered account (by its registered name or any name observed on the
    platform); one finding per distinct account, attached to its owner (see
    `_owner`) or None. `account.duplicate`: registered, not deregistered accounts
    of one operator (else unit) on one platform, one finding per account.
    With `as_of`, wild accounts and observations after its instant are left out.
    """
    if as_of is not None:
        accounts = [replace(a, observations=tuple(o for o in a.observations if o.observed_at <= as_of.instant))
                    for a in accounts]
    results: list[tuple[str | None, Finding]] = []
    known = {(a.platform, normalise_name(a.name)) for a in accounts}
    known |= {(a.platform, normalise_name(o.platform_name)) for a in accounts
              for o in a.observations if o.ok and o.platform_name}
    sightings: dict[tuple[str, str], list[WildAccount]] = {}
    for seen in wild:
        if as_of is not None and seen.seen_at > as_of.instant:
            continue
        ident = (seen.platform, normalise_name(seen.name))
        if ident not in known:
            sightings.setdefault(ident, []).append(seen)
    rule = rules["account.unregistered"]
    for seen_all in sightings.values():
        first = min(seen_all, key=lambda w: w.seen_at)
        operator = f"（开设主体：{first.operator}）" if first.operator else ""
        detail = f"{PLATFORM_NAMES.get(first.platform, first.platform)}“{first.name}”{operator}不在备案名单中"
        evidence = tuple(Evidence(w.url or "", w.seen_at, detail)
                         for w in sorted(seen_all, key=lambda w: w.seen_at))
        results.append((_owner(first, accounts), Finding(rule.id, rule.text("unregistered"), evidence)))

    rule = rules["account.duplicate"]
    groups: dict[tuple[str, str], list[AccountRecord]] = {}
    for account in accounts:
        holder = account.operator or account.unit
        if holder and not _deregistered(account):
            groups.setdefault((account.platform, normalise_name(holder)), []).append(account)
    for group in groups.values():
        if len(group) < 2:
            continue
        for account in group:
            evidence = tuple(
                Evidence(other.feed or "", None,
                         f"{other.operator or other.unit}在{PLATFORM_NAMES.get(other.platform, other.platform)}"
                         f"另开设“{other.name}”")
                for other in group if other is not account
            )
            results.append((account.key, Finding(rule.id, rule.text("duplicate"), evidence)))
    return results


def attach_registry_findings(
    verdicts: Sequence[AccountVerdict], findings: Sequence[tuple[str | None, Finding]],
    rules: Mapping[str, Rule],
) -> list[AccountVerdict]:
    """The verdicts with `evaluate_registry`'s findings added to the accounts they concern
    (a finding the ruleset makes failing becomes a veto and fails the account)."""
    by_key: dict[str, list[Finding]] = {}
    for key, finding in findings:
        if key is not None:
            by_key.setdefault(key, []).append(finding)
    merged = []
    for verdict in verdicts:
        extra = by_key.get(verdict.key or "", [])
        if not extra:
            merged.append(verdict)
            continue
        failing, kept = _failing(extra, rules)
        vetoes = verdict.vetoes + tuple(failing)
        merged.append(replace(
            verdict, vetoes=vetoes, findings=verdict.findings + tuple(kept),
            verdict=_verdict(vetoes, verdict.unknown, rules),
        ))
    return merged


# The lasting problem a notice names instead of its symptoms: a zombie account is
# also repeatedly stale and stale, a repeatedly stale one is also stale.
_SUBSUMED = {
    "account.zombie": frozenset({"account.repeatedly_stale", "account.stale"}),
    "account.repeatedly_stale": frozenset({"account.stale"}),
}


def notice_problems(verdict: AccountVerdict) -> tuple[tuple[str, str], ...]:
    """(rule, text) of each problem as a 通报 lists it: vetoes then findings, leaving out
    what a zombie or repeatedly-stale finding already names (see `_SUBSUMED`)."""
    problems = [(v.rule, v.text) for v in verdict.vetoes] + [(f.rule, f.text) for f in verdict.findings]
    present = {rule for rule, _ in problems}
    hidden = set().union(*(_SUBSUMED.get(rule, frozenset()) for rule in present))
    return tuple(dict.fromkeys(p for p in problems if p[0] not in hidden))


# -- the report entry --------------------------------------------------------------------


def _when(value: datetime | None, tz: tzinfo | None) -> str | None:
    if value is None:
        return None
    return (value.astimezone(tz) if tz else value).isoformat(timespec="seconds")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _evidence_document(items: Sequence[Evidence], tz: tzinfo | None) -> list[dict[str, Any]]:
    return [{"url": e.url, "seen": _when(e.seen, tz), "detail": e.detail} for e in items]


def account_document(verdict: AccountVerdict, tz: tzinfo | None = None) -> dict[str, Any]:
    """The contracts §4 `accounts[]` entry (plus operator, evidence of findings, unknown,
    warnings and fails_on, which the contract allows)."""
    return {
        "code": verdict.code, "name": verdict.name, "platform": verdict.platform,
        "operator": verdict.operator, "unit": verdict.unit,
        "verdict": verdict.verdict, "latest_post": _day(verdict.latest_post), "fails_on": _day(verdict.fails_on),
        "vetoes": [{"rule": v.rule, "text": v.text, "evidence": _evidence_document(v.evidence, tz)}
                   for v in verdict.vetoes],
        "findings": [{"rule": f.rule, "text": f.text, "evidence": _evidence_document(f.evidence, tz)}
                     for f in verdict.findings],
        "unknown": [{"rule": u.rule, "reason": u.reason} for u in verdict.unknown],
        "warnings": [{"rule": w.rule, "text": w.text, "fails_on": _day(w.fails_on), "url": w.url}
                     for w in verdict.warnings],
    }
