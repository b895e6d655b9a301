"""site.interaction (互动回应差) and deduct.reply_stale: consultation channels and their answers.

A consultation channel (咨询建言渠道) is a column where the public writes to the unit:
领导信箱, 咨询投诉, 在线咨询, 建言献策, 网上留言 …. 在线访谈, 调查征集, 网上信访 and
纪检/监督举报 are not channels, and their messages are never judged here.

Windows count whole days back from the as-of date, inclusive at their far end: a message
asked 365 days before the as-of date is inside the 365-day lookback, and one that has waited
90 days is not yet over the 90-day limit (91 is). A reply 60 days old is still "within the
past 60 days". Messages are read from each channel's newest fetch; a channel that could not
be read decides nothing, and a message whose page says neither its status nor its answer
date is undecided, never unanswered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from monitor.rules.model import AsOf, Rule
from monitor.rules.observations import (
    ColumnObservation,
    MessageObservation,
    PageObservation,
)
from monitor.rules.verdict import (
    PASSED,
    ColumnStatus,
    Deduction,
    Evidence,
    NotAssessed,
    Outcome,
    Unknown,
    Veto,
)

if TYPE_CHECKING:
    from monitor.rules.context import SiteContext

# Names of channels where the public writes in; checked after the exclusions below.
CHANNEL_WORDS: tuple[str, ...] = (
    "信箱", "咨询", "投诉", "建言", "献策", "留言", "问政", "互动", "热线", "来信", "写信", "诉求", "12345",
)
# Interaction columns that are not consultation channels: interviews, surveys and solicitations,
# petitions (信访) and discipline reports (纪检举报, 监督举报).
EXCLUDED_WORDS: tuple[str, ...] = (
    "访谈", "直播", "调查", "征集", "征求意见", "信访", "纪检", "纪委", "监察", "监督举报", "违纪",
)
# Interaction columns that publish, rather than receive: 热点回应, 政策问答, 政策解读.
_NOT_CHANNEL_WORDS: tuple[str, ...] = ("回应", "问答", "解读")


def is_channel(column: ColumnObservation) -> bool:
    """Whether a column is a consultation/suggestion channel.

    Excluded names never are (在线访谈, 网上信访, 纪检举报); a name with a channel word always is
    (领导信箱, 咨询投诉, 建言献策); any other interaction column is, unless it publishes rather
    than receives (热点回应, 政策问答). A bare 举报 column is a channel only with a channel word
    (投诉举报 is, 违法举报 is not).
    """
    name = column.name
    if any(word in name for word in EXCLUDED_WORDS):
        return False
    if any(word in name for word in CHANNEL_WORDS):
        return True
    if "举报" in name or any(word in name for word in _NOT_CHANNEL_WORDS):
        return False
    return column.category == "interaction"


def _readable(column: ColumnObservation, as_of: AsOf) -> PageObservation | None:
    """The column's newest read when it succeeded and is recent enough, else None."""
    observed = column.latest
    if observed is None or not observed.ok or not as_of.current(observed.fetched_at):
        return None
    return observed


def _why_unread(column: ColumnObservation, statuses: dict[str, ColumnStatus], as_of: AsOf) -> str:
    status = statuses.get(column.url)
    if status is not None and status.reason:
        return status.reason
    observed = column.latest
    if observed is None:
        return "监测时间点前无抓取记录"
    if not observed.ok:
        return observed.failure()
    return f"最近一次成功抓取早于监测时间点{as_of.max_age.days}天以上"


def _names(columns: Sequence[ColumnObservation], statuses: dict[str, ColumnStatus], as_of: AsOf) -> str:
    return "；".join(f"{c.name}：{_why_unread(c, statuses, as_of)}" for c in columns)


@dataclass(frozen=True)
class _Overdue:
    column: ColumnObservation
    seen: PageObservation
    message: MessageObservation
    waited: int  # days without an answer (to the answer, or to the as-of date)


def _answered(message: MessageObservation, as_of: date) -> date | None:
    """The answer date, when it is on or before the as-of date (a later one is a typo)."""
    return message.answered if message.answered is not None and message.answered <= as_of else None


def _judge(message: MessageObservation, as_of: date, rule: Rule) -> tuple[str, int]:
    """("overdue", days waited) for a message unanswered past the limit within the lookback,
    ("undecided", days) when its page says neither its status nor its answer date, else
    ("fine", 0): in time, still within the limit, replied, undated or out of the lookback."""
    asked = message.asked
    if asked is None or asked > as_of or (as_of - asked).days > rule.whole("lookback_days"):
        return "fine", 0
    limit = rule.whole("reply_days")
    answered = _answered(message, as_of)
    if answered is not None:
        waited = (answered - asked).days
        return ("overdue", waited) if waited > limit else ("fine", 0)
    waited = (as_of - asked).days
    if waited <= limit or message.status == "replied":
        return "fine", 0
    if message.status in ("unreplied", "processing"):
        return "overdue", waited
    return "undecided", waited


def _overdue_detail(item: _Overdue, as_of: date) -> str:
    message = item.message
    asked = message.asked.isoformat() if message.asked else "?"
    answered = _answered(message, as_of)
    if answered is not None:
        return f"{item.column.name}：“{message.title}”，留言时间{asked}，{answered.isoformat()}答复，历时{item.waited}天"
    state = "办理中" if message.status == "processing" else "未回复"
    return f"{item.column.name}：“{message.title}”，留言时间{asked}，{state}，已{item.waited}天未回应"


def evaluate_interaction(ctx: SiteContext, rule: Rule) -> Outcome:
    """site.interaction: a channel exists, and no message in it waited too long for its answer.

    No columns at all decides nothing (unknown); a channel that shows no messages, or messages
    that do not say whether they were answered, leave clause (2) not assessed.
    """
    columns, as_of, site_url = ctx.site.columns, ctx.as_of, ctx.site.url
    by_url = {status.url: status for status in ctx.columns}
    channels = [c for c in columns if is_channel(c)]
    read = [(c, seen) for c in channels if (seen := _readable(c, as_of)) is not None]
    unread = [c for c in channels if _readable(c, as_of) is None]

    if not columns:
        return Outcome(unknown=(Unknown(rule.id, f"{rule.text('no_channel')}：未采集到栏目"),))
    if not channels:
        hidden = [c for c in columns if c.category == "interaction" and _readable(c, as_of) is None
                  and not any(word in c.name for word in EXCLUDED_WORDS)]
        if hidden:
            reason = f"{rule.text('no_channel')}：互动类栏目无法读取（{_names(hidden, by_url, as_of)}）"
            return Outcome(unknown=(Unknown(rule.id, reason),))
        others = [c.name for c in columns if c.category == "interaction"]
        detail = f"{len(columns)}个栏目中无咨询建言类栏目" + (f"（{'、'.join(others)}不属于咨询建言渠道）" if others else "")
        newest = max((c.latest.fetched_at for c in columns if c.latest is not None), default=None)
        evidence = (Evidence(site_url or columns[0].url, newest, detail),)
        return Outcome(vetoes=(Veto(rule.id, rule.text("no_channel"), evidence),))

    overdue: list[_Overdue] = []
    undecided = 0
    listed = any(seen.messages for _, seen in read)
    seen_keys: set[tuple[str, date | None]] = set()
    for column, seen in read:
        for message in seen.messages:
            key = (message.url or message.title, message.asked)
            if key in seen_keys:
                continue
            seen_keys.add(key)
            state, waited = _judge(message, as_of.day, rule)
            if state == "undecided":
                undecided += 1
            elif state == "overdue":
                overdue.append(_Overdue(column, seen, message, waited))
    if overdue:
        evidence = tuple(
            Evidence(item.message.url or item.column.url, item.seen.fetched_at, _overdue_detail(item, as_of.day))
            for item in overdue
        )
        return Outcome(vetoes=(Veto(rule.id, rule.text("unanswered"), evidence),))

    unknown: list[Unknown] = []
    not_assessed: list[NotAssessed] = []
    if not read:
        unknown.append(Unknown(rule.id, f"{rule.text('no_channel')}：咨询建言类栏目均无法读取（{_names(unread, by_url, as_of)}）"))
    elif unread:
        unknown.append(Unknown(rule.id, f"{rule.text('unanswered')}：部分咨询建言类栏目无法读取（{_names(unread, by_url, as_of)}）"))
    elif not listed:
        not_assessed.append(NotAssessed(rule.id, rule.reason("no_messages", names="、".join(c.name for c, _ in read))))
    if undecided:
        not_assessed.append(NotAssessed(rule.id, rule.reason("no_status", count=undecided)))
    return Outcome(unknown=tuple(unknown), not_assessed=tuple(not_assessed))


def evaluate_reply_stale(ctx: SiteContext, rule: Rule) -> Outcome:
    """deduct.reply_stale: no message answered within `days` days before the as-of date.

    A replied message with no answer date proves a recent answer when it was asked within the
    window (it cannot have been answered before it was asked). Unknown when a channel could not
    be read; not assessed without a channel, without published messages, or when a reply that
    might be recent carries no date.
    """
    columns, as_of = ctx.site.columns, ctx.as_of
    days = rule.whole("days")
    since = as_of.day - timedelta(days=days)
    channels = [c for c in columns if is_channel(c)]
    read = [(c, seen) for c in channels if (seen := _readable(c, as_of)) is not None]
    unread = [c for c in channels if _readable(c, as_of) is None]
    if not channels:
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("no_channel")),))
    if not read:
        return Outcome(unknown=(Unknown(rule.id, f"{rule.text('stale')}：咨询建言类栏目均无法读取"),))
    if not any(seen.messages for _, seen in read):
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("no_messages")),))

    latest: dict[str, date] = {}
    undated = 0
    for column, seen in read:
        for message in seen.messages:
            answered = _answered(message, as_of.day)
            asked = message.asked if message.asked is not None and message.asked <= as_of.day else None
            if answered is None and message.status == "replied" and asked is not None and asked >= since:
                answered = asked  # answered on or after this day, so within the window
            if answered is not None:
                if answered >= since:
                    return PASSED
                latest[column.url] = max(answered, latest.get(column.url, answered))
            elif message.status in ("replied", None):
                undated += 1
    if unread:
        return Outcome(unknown=(Unknown(rule.id, f"{rule.text('stale')}：部分咨询建言类栏目无法读取（"
                                        f"{'、'.join(c.name for c in unread)}）"),))
    if undated:
        return Outcome(not_assessed=(NotAssessed(rule.id, rule.reason("undated", count=undated)),))
    evidence = tuple(
        Evidence(column.url, seen.fetched_at,
                 f"{column.name}：最近答复日期{latest[column.url].isoformat()}" if column.url in latest
                 else f"{column.name}：无已答复留言")
        for column, seen in read
    )
    return Outcome(deductions=(Deduction(rule.id, float(rule.param("points")), rule.text("stale"), evidence),))
