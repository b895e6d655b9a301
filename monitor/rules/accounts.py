"""Government new-media accounts (政务新媒体): the account rules' evaluators.

Pure functions of one account's observations (and, for the registry rules, of every
registered account and every account seen in the wild) as of an instant:

- vetoes (单项否决, any one fails the account): `account.stale` (no post in the window
  before the 监测时间点), `account.interaction` (no effective interaction function) and
  `account.security` (content signals found in its posts, when an observation carries them);
- findings that notices report without failing the account nationally: name or operator
  differing from the registry, no unit verification, zombie accounts, repeatedly stale
  accounts, accounts missing from the registry, duplicates. A region that fails accounts on a
  finding sets that rule's `fails` to 1 and the engine reports it as a veto.

An observation that failed (outcome not ok) is never evidence. Only observations at most
`as_of.max_age` old decide a rule, except that an older successful read can still prove an
account fresh (a post date is a lower bound of the newest post). Different sources fill
different fields (a feed gives post dates, an import gives verification and names), so each
field is read from the newest successful observation that carries it; a field no source gives
leaves its rule not assessed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from monitor.rules.model import AsOf, Rule
from monitor.rules.observations import AccountObservationRecord, AccountRecord, ShownAccount, WildAccount
from monitor.rules.verdict import (
    PASSED,
    AccountVerdict,
    Evidence,
    Finding,
    NotAssessed,
    Outcome,
    Unknown,
    Veto,
    Warning,
)
from monitor.vocab import PLATFORM_NAMES

if TYPE_CHECKING:
    from monitor.rules.context import AccountContext, Registry, SiteContext


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


@dataclass(frozen=True)
class Posts:
    """What the observations say about posting, as of the as-of day."""

    latest: date | None  # newest post date any successful observation saw
    current: AccountObservationRecord | None  # newest current successful observation of posts
    failed: AccountObservationRecord | None  # the newest observation, when it failed and nothing current tells
    told: bool  # whether any successful observation ever said anything about posts

    def idle(self, day: date) -> int | None:
        return (day - self.latest).days if self.latest is not None else None

    def never_posted(self) -> bool:
        return self.latest is None and self.current is not None and self.current.post_count == 0

    def fails_on(self, rule: Rule) -> date | None:
        """The day account.stale trips (or tripped) if nothing is posted."""
        return self.latest + timedelta(days=rule.whole("days")) if self.latest is not None else None


def posting(observations: Sequence[AccountObservationRecord], as_of: AsOf) -> Posts:
    ok = [o for o in observations if o.ok and _tells_posts(o)]
    dates = [d for d in (_posted(o, as_of.day) for o in ok) if d is not None]
    current = [o for o in ok if _current(as_of, o)]
    newest = observations[-1] if observations else None
    failed = newest if not current and newest is not None and not newest.ok else None
    return Posts(max(dates) if dates else None, current[-1] if current else None, failed, bool(ok))


def _idle_detail(posts: Posts, day: date) -> str:
    if posts.latest is None:
        return "账号无任何发布内容"
    return f"最近发布{posts.latest.isoformat()}，已{posts.idle(day)}天无更新"


# -- the vetoes ---------------------------------------------------------------------------


def stale_veto(ctx: AccountContext) -> Veto | None:
    """account.stale's veto as of the instant, if it trips (shared with account.repeatedly_stale)."""
    return next(iter(evaluate_stale(ctx, ctx.ruleset["account.stale"]).vetoes), None)


def evaluate_stale(ctx: AccountContext, rule: Rule) -> Outcome:
    account, posts, as_of = ctx.account, ctx.posts, ctx.as_of
    fails_on = posts.fails_on(rule)
    if fails_on is not None and as_of.day < fails_on:
        idle = posts.idle(as_of.day) or 0
        if idle >= rule.whole("warn_days"):
            return Outcome(warnings=(Warning(rule.id, f"账号已{idle}天未更新", fails_on, _url(account, posts.current)),))
        return PASSED
    if posts.current is None:
        if posts.failed is not None:
            return Outcome(unknown=(Unknown(rule.id, posts.failed.failure()),))
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("no_posts", days=as_of.max_age.days)),))
    if posts.latest is None and not posts.never_posted():
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("no_posts", days=as_of.max_age.days)),))
    return Outcome(vetoes=(Veto(rule.id, stale_text(rule),
                                (_evidence(account, posts.current, _idle_detail(posts, as_of.day)),)),))


def evaluate_interaction(ctx: AccountContext, rule: Rule) -> Outcome:
    checked = _newest(ctx.ok, "interaction")
    if checked is None:
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("not_reported")),))
    if checked.interaction:
        return PASSED
    if not _current(ctx.as_of, checked):
        seen = _local_day(checked.observed_at, ctx.as_of).isoformat()
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("old", seen=seen, days=ctx.as_of.max_age.days)),))
    detail = "未见留言、评论、私信或互动菜单等有效互动功能"
    return Outcome(vetoes=(Veto(rule.id, rule.text("missing"), (_evidence(ctx.account, checked, detail),)),))


def evaluate_security(ctx: AccountContext, rule: Rule) -> Outcome:
    newest = ctx.current[-1] if ctx.current else None
    if newest is None:
        return PASSED
    vetoes = []
    for kind in rule.texts:
        signals = [s for s in newest.signals if s.kind == kind]
        if signals:
            evidence = tuple(Evidence(s.url, newest.observed_at, f"{s.match}：{s.context}") for s in signals)
            vetoes.append(Veto(rule.id, rule.text(kind), evidence))
    return Outcome(vetoes=tuple(vetoes))


# -- the findings -------------------------------------------------------------------------


def _finding(rule: Rule, clause: str, *evidence: Evidence) -> Outcome:
    return Outcome(findings=(Finding(rule.id, rule.text(clause), tuple(evidence)),))


def evaluate_name_mismatch(ctx: AccountContext, rule: Rule) -> Outcome:
    named = _newest(ctx.current, "platform_name")
    account = ctx.account
    if named is None or normalise_name(named.platform_name or "") == normalise_name(account.name):
        return PASSED
    detail = f"平台显示名称“{named.platform_name}”，备案名称“{account.name}”"
    return _finding(rule, "mismatch", _evidence(account, named, detail))


def evaluate_operator_mismatch(ctx: AccountContext, rule: Rule) -> Outcome:
    entity = _newest(ctx.current, "verified_entity")
    account = ctx.account
    if (entity is None or not account.operator
            or normalise_name(entity.verified_entity or "") == normalise_name(account.operator)):
        return PASSED
    detail = f"认证主体“{entity.verified_entity}”，备案开设主体“{account.operator}”"
    return _finding(rule, "mismatch", _evidence(account, entity, detail))


def evaluate_unverified(ctx: AccountContext, rule: Rule) -> Outcome:
    verified = _newest(ctx.current, "verified")
    if verified is None or verified.verified is not False:
        return PASSED
    return _finding(rule, "unverified", _evidence(ctx.account, verified, "平台未显示单位认证"))


def evaluate_zombie(ctx: AccountContext, rule: Rule) -> Outcome:
    closed = _newest(ctx.current, "deregistered")
    if closed is not None and closed.deregistered:
        return PASSED
    posts = ctx.posts
    idle = posts.idle(ctx.as_of.day)
    if posts.current is None or not (posts.never_posted() or (idle is not None and idle >= rule.whole("days"))):
        return PASSED
    detail = _idle_detail(posts, ctx.as_of.day) + "，未注销"
    return _finding(rule, "zombie", _evidence(ctx.account, posts.current, detail))


def _quarter(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _quarters_between(first: date, last: date) -> set[tuple[int, int]]:
    (y, q), end = _quarter(first), _quarter(last)
    quarters = set()
    while (y, q) <= end:
        quarters.add((y, q))
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    return quarters


def evaluate_repeatedly_stale(ctx: AccountContext, rule: Rule) -> Outcome:
    """Stale at checks in `times` distinct calendar quarters of the window.

    Quarters, not single observations, so that a feed read daily and an import
    read quarterly count one long silence alike (once per quarter it spans),
    matching the quarterly 通报 that name 多次更新信息不及时. Each successful
    observation is a check judged on its own day; the as-of evaluation is one
    more check when it finds the account stale. Quarters with no observation are
    data not collected: the finding is then not assessed when they could tip it.
    """
    account, as_of = ctx.account, ctx.as_of
    days = timedelta(days=ctx.ruleset["account.stale"].whole("days"))
    start = as_of.instant - timedelta(days=rule.whole("checks_window_days"))
    newest: date | None = None
    hits: dict[tuple[int, int], Evidence] = {}
    observed: set[tuple[int, int]] = set()
    for observation in ctx.ok:
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
    stale_now = stale_veto(ctx)
    if stale_now is not None:
        quarter = _quarter(as_of.day)
        observed.add(quarter)
        if quarter not in hits:
            seen = stale_now.evidence[0]
            hits[quarter] = replace(
                seen, detail=f"{quarter[0]}年第{quarter[1]}季度：监测时间点{as_of.day.isoformat()}{seen.detail}")
    times = rule.whole("times")
    if len(hits) >= times:
        return Outcome(findings=(Finding(rule.id, rule.text("repeated"), tuple(hits[q] for q in sorted(hits))),))
    unobserved = len(_quarters_between(_local_day(start, as_of), as_of.day) - observed)
    if hits and len(hits) + unobserved >= times:
        reason = rule.reason("quarters", hits=len(hits), missing=unobserved)
        return Outcome(not_assessed=(NotAssessed(rule.id, reason),))
    return PASSED


# -- the registry as a whole --------------------------------------------------------------


def _deregistered(account: AccountRecord) -> bool:
    closed = _newest([o for o in account.observations if o.ok], "deregistered")
    return bool(closed and closed.deregistered)


def owner(wild: WildAccount, accounts: Sequence[AccountRecord]) -> str | None:
    """The registered account a wild account belongs with: the one it was found through,
    else the only registered account of the same operator."""
    keys = {a.key for a in accounts}
    if wild.linked_to in keys:
        return wild.linked_to
    if not wild.operator:
        return None
    same = {a.key for a in accounts if a.operator and normalise_name(a.operator) == normalise_name(wild.operator)}
    return same.pop() if len(same) == 1 else None


def unregistered_sightings(registry: Registry, as_of: AsOf) -> dict[str | None, list[list[WildAccount]]]:
    """Wild accounts matching no registered account by platform and normalised name (its
    registered name or any name observed on the platform), grouped per distinct account and
    keyed by the key of the registered account they belong with (None: no owner)."""
    accounts = registry.accounts
    known = {(a.platform, normalise_name(a.name)) for a in accounts}
    known |= {(a.platform, normalise_name(o.platform_name)) for a in accounts
              for o in a.observations if o.ok and o.platform_name and o.observed_at <= as_of.instant}
    sightings: dict[tuple[str, str], list[WildAccount]] = {}
    for seen in registry.wild:
        ident = (seen.platform, normalise_name(seen.name))
        if seen.seen_at <= as_of.instant and ident not in known:
            sightings.setdefault(ident, []).append(seen)
    owned: dict[str | None, list[list[WildAccount]]] = {}
    for seen_all in sightings.values():
        first = min(seen_all, key=lambda w: w.seen_at)
        owned.setdefault(owner(first, accounts), []).append(sorted(seen_all, key=lambda w: w.seen_at))
    return owned


def evaluate_unregistered(ctx: AccountContext, rule: Rule) -> Outcome:
    """account.unregistered: the accounts seen in the wild that belong with this one but are not registered."""
    findings = []
    for seen_all in ctx.sightings.get(ctx.account.key, []):
        first = seen_all[0]
        operator = f"（开设主体：{first.operator}）" if first.operator else ""
        detail = f"{PLATFORM_NAMES.get(first.platform, first.platform)}“{first.name}”{operator}不在备案名单中"
        evidence = tuple(Evidence(w.url or "", w.seen_at, detail) for w in seen_all)
        findings.append(Finding(rule.id, rule.text("unregistered"), evidence))
    return Outcome(findings=tuple(findings))


def live_accounts_by_holder(accounts: Sequence[AccountRecord]) -> dict[tuple[str, str], list[AccountRecord]]:
    """Registered, not deregistered accounts by (platform, normalised operator, else unit)."""
    groups: dict[tuple[str, str], list[AccountRecord]] = {}
    for account in accounts:
        holder = account.operator or account.unit
        if holder and not _deregistered(account):
            groups.setdefault((account.platform, normalise_name(holder)), []).append(account)
    return groups


def evaluate_duplicate(ctx: AccountContext, rule: Rule) -> Outcome:
    """account.duplicate: the operator (else unit) has other live registered accounts on the platform."""
    account = ctx.account
    holder = account.operator or account.unit
    if not holder or _deregistered(account):
        return PASSED
    others = [other for other in ctx.registry.holders.get((account.platform, normalise_name(holder)), [])
              if other.key != account.key]
    if not others:
        return PASSED
    evidence = tuple(
        Evidence(other.feed or "", None,
                 f"{other.operator or other.unit}在{PLATFORM_NAMES.get(other.platform, other.platform)}"
                 f"另开设“{other.name}”")
        for other in others
    )
    return _finding(rule, "duplicate", *evidence)


@dataclass(frozen=True)
class AccountIndex:
    """What identifies the registered accounts of each platform, computed once per evaluation:
    the text their ids may stand in (feeds, codes), their names (registered and observed), and
    their units and operators."""

    ids: dict[str, str]
    names: dict[str, frozenset[str]]
    holders: dict[str, frozenset[str]]

    @classmethod
    def of(cls, accounts: Sequence[AccountRecord]) -> AccountIndex:
        ids: dict[str, list[str]] = {}
        names: dict[str, set[str]] = {}
        holders: dict[str, set[str]] = {}
        for a in accounts:
            ids.setdefault(a.platform, []).extend(x for x in (a.feed, a.code) if x)
            names.setdefault(a.platform, set()).update(
                [normalise_name(a.name)] + [normalise_name(o.platform_name) for o in a.observations if o.platform_name])
            holders.setdefault(a.platform, set()).update(normalise_name(x) for x in (a.unit, a.operator) if x)
        return cls({k: "\n".join(v) for k, v in ids.items()}, {k: frozenset(v) for k, v in names.items()},
                   {k: frozenset(v) for k, v in holders.items()})

    def __bool__(self) -> bool:
        return bool(self.names)

    def registered(self, shown: ShownAccount, unit: str) -> bool:
        """Whether an account a site shows is registered: by its id on the platform (in a
        registered account's feed or code), by its name, or — when the page says neither, or
        rosters keep no ids — by the site's unit having an account on that platform."""
        if shown.handle and shown.handle in self.ids.get(shown.platform, ""):
            return True
        if shown.name:
            wanted = normalise_name(shown.name)
            return any(wanted == n or (len(wanted) >= 2 and (wanted in n or n in wanted))
                       for n in self.names.get(shown.platform, ()))
        return normalise_name(unit) in self.holders.get(shown.platform, ())


def evaluate_shown_accounts(ctx: SiteContext, rule: Rule) -> Outcome:
    """site.accounts_unregistered: accounts the site's homepage shows that the registry lacks."""
    site = ctx.site
    if not site.accounts_shown:
        return PASSED
    if not ctx.accounts:
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("no_registry")),))
    evidence = []
    for shown in site.accounts_shown:
        if ctx.accounts.registered(shown, site.unit):
            continue
        platform = PLATFORM_NAMES.get(shown.platform, shown.platform)
        what = f"“{shown.name}”" if shown.name else (f"（{shown.url}）" if shown.url else f"二维码（{shown.caption}）")
        evidence.append(Evidence(shown.page, shown.seen, f"网站首页展示的{platform}{what}不在备案名单中"))
    if not evidence:
        return PASSED
    return Outcome(findings=(Finding(rule.id, rule.text("unregistered"), tuple(evidence)),))


# The lasting problem a notice names instead of its symptoms: a zombie account is
# also repeatedly stale and stale, a repeatedly stale one is also stale.
SUBSUMED = {
    "account.zombie": frozenset({"account.repeatedly_stale", "account.stale"}),
    "account.repeatedly_stale": frozenset({"account.stale"}),
}


def notice_problems(verdict: AccountVerdict) -> tuple[tuple[str, str], ...]:
    """(rule, text) of each problem as a 通报 lists it: vetoes then findings, leaving out
    what a zombie or repeatedly-stale finding already names (see `SUBSUMED`)."""
    problems = [(v.rule, v.text) for v in verdict.vetoes] + [(f.rule, f.text) for f in verdict.findings]
    present = {rule for rule, _ in problems}
    hidden = set().union(*(SUBSUMED.get(rule, frozenset()) for rule in present))
    return tuple(dict.fromkeys(p for p in problems if p[0] not in hidden))
