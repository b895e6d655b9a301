"""A rule as data: id, thresholds and official wording. Shared by every rule module."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from monitor.rules.verdict import Outcome

Kind = Literal["veto", "deduction", "finding"]
Subject = Literal["site", "portal", "account"]
# One signature for every rule: the subject's context (rules.context) and the rule, to an Outcome.
Evaluator = Callable[[Any, "Rule"], "Outcome"]


@dataclass(frozen=True)
class Rule:
    id: str
    indicator: str  # 指标 name as in the official sheet
    subject: Subject
    kind: Kind
    params: Mapping[str, float]
    texts: Mapping[str, str]  # official wording, one per clause
    summary: str  # what the rule checks, in plain words
    evaluate: Evaluator = field(compare=False, repr=False)
    # Why a rule or clause may go unassessed (no data by design or configuration), by key.
    not_assessed: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    indicator_group: str | None = None  # deduction group whose points cap this rule
    verified: bool = True

    def with_params(self, overrides: Mapping[str, float]) -> Rule:
        return replace(self, params=MappingProxyType({**self.params, **overrides}))

    def param(self, name: str) -> float:
        return self.params[name]

    def whole(self, name: str) -> int:
        return int(self.params[name])

    def text(self, clause: str, **values: object) -> str:
        """The official wording of a clause, with thresholds and the given values filled in.

        A placeholder with no value stays as written (docs show the template).
        """
        return self._fill(self.texts[clause], values)

    def reason(self, key: str, **values: object) -> str:
        """A not-assessed reason of the table, with thresholds and the given values filled in."""
        return self._fill(self.not_assessed[key], values)

    def _fill(self, template: str, values: Mapping[str, object]) -> str:
        known: dict[str, object] = {k: int(v) if float(v).is_integer() else v for k, v in self.params.items()}
        known.update(values)
        return template.format_map(_Template(known))


class _Template(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def make_rule(**kwargs: object) -> Rule:
    """A Rule with its params and texts frozen (read-only mappings)."""
    kwargs["params"] = MappingProxyType(dict(kwargs["params"]))  # type: ignore[arg-type]
    kwargs["texts"] = MappingProxyType(dict(kwargs["texts"]))  # type: ignore[arg-type]
    kwargs["not_assessed"] = MappingProxyType(dict(kwargs.get("not_assessed") or {}))  # type: ignore[arg-type]
    return Rule(**kwargs)  # type: ignore[arg-type]


# Points of the 100-point sheet per indicator; each indicator's deductions are capped at them.
INDICATOR_POINTS: Mapping[str, float] = MappingProxyType(
    {"发布解读": 31.0, "办事服务": 25.0, "互动交流": 23.0, "功能设计": 21.0}
)
PASS_SCORE = 60.0


@dataclass(frozen=True)
class Ruleset:
    name: str
    rules: Mapping[str, Rule] = field(default_factory=dict)
    indicator_points: Mapping[str, float] = field(default_factory=lambda: INDICATOR_POINTS)
    pass_score: float = PASS_SCORE

    def __getitem__(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rules.values())

    def for_site(self, kind: str) -> list[Rule]:
        """The rules a website of this kind is judged on: site rules, and portal rules for portals."""
        subjects = {"site", "portal"} if kind == "portal" else {"site"}
        return [rule for rule in self.rules.values() if rule.subject in subjects]

    def for_accounts(self) -> list[Rule]:
        return [rule for rule in self.rules.values() if rule.subject == "account"]


@dataclass(frozen=True)
class AsOf:
    """The 监测时间点: a calendar date and the instant observations must precede."""

    day: date
    instant: datetime
    max_age: timedelta

    def current(self, observed_at: datetime) -> bool:
        """Whether an observation made at `observed_at` is recent enough to describe now."""
        return self.instant - observed_at <= self.max_age
