"""A rule as data: id, thresholds and official wording. Shared by every rule module."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Literal

Kind = Literal["veto", "deduction", "finding"]
Subject = Literal["site", "portal", "account"]


@dataclass(frozen=True)
class Rule:
    id: str
    indicator: str  # 指标 name as in the official sheet
    subject: Subject
    kind: Kind
    params: Mapping[str, float]
    texts: Mapping[str, str]  # official wording, one per clause
    summary: str  # what the rule checks, in plain words
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
        known: dict[str, object] = {k: int(v) if float(v).is_integer() else v for k, v in self.params.items()}
        known.update(values)
        return self.texts[clause].format_map(_Template(known))


class _Template(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def make_rule(**kwargs: object) -> Rule:
    """A Rule with its params and texts frozen (read-only mappings)."""
    kwargs["params"] = MappingProxyType(dict(kwargs["params"]))  # type: ignore[arg-type]
    kwargs["texts"] = MappingProxyType(dict(kwargs["texts"]))  # type: ignore[arg-type]
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


@dataclass(frozen=True)
class AsOf:
    """The 监测时间点: a calendar date and the instant observations must precede."""

    day: date
    instant: datetime
    max_age: timedelta

    def current(self, observed_at: datetime) -> bool:
        """Whether an observation made at `observed_at` is recent enough to describe now."""
        return self.instant - observed_at <= self.max_age
