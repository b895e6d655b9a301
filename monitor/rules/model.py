"""A rule as data: id, thresholds and official wording. Shared by every rule module."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
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

    def text(self, clause: str) -> str:
        """The official wording of a clause, with this ruleset's thresholds filled in."""
        values = {k: int(v) if float(v).is_integer() else v for k, v in self.params.items()}
        return self.texts[clause].format(**values)


def make_rule(**kwargs: object) -> Rule:
    """A Rule with its params and texts frozen (read-only mappings)."""
    kwargs["params"] = MappingProxyType(dict(kwargs["params"]))  # type: ignore[arg-type]
    kwargs["texts"] = MappingProxyType(dict(kwargs["texts"]))  # type: ignore[arg-type]
    return Rule(**kwargs)  # type: ignore[arg-type]
