"""The rules as data: ids, thresholds and official wording, per named ruleset.

Source: 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号). Every number
here is a default that a region may override in config (`rules:`), never a
constant in evaluation code. Items the public sources leave uncertain are
marked `verified=False` so reports and docs can say so.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from monitor.rules import (
    accounts,
    identity,
    interaction,
    search,
    security,
    service,
    unreachable,
)
from monitor.rules.model import INDICATOR_POINTS, PASS_SCORE, Rule, Ruleset, make_rule

__all__ = ["INDICATOR_POINTS", "PASS_SCORE", "RULESETS", "Rule", "Ruleset", "load_ruleset"]

NATIONAL_2019: tuple[Rule, ...] = (
    make_rule(
        id="site.homepage_stale",
        indicator="首页不更新",
        subject="site",
        kind="veto",
        params={"days": 14, "warn_days": 10},
        texts={"stale": "监测时间点前2周内首页无更新"},
        summary="no new dated item on the homepage within `days` days before the as-of date; "
        "a navigation-only homepage is judged by its columns",
    ),
    make_rule(
        id="site.columns_stale",
        indicator="栏目不更新",
        subject="site",
        kind="veto",
        params={
            "dynamic_days": 14,
            "notice_policy_days": 180,
            "yearly_days": 365,
            "stale_count": 5,
            "long_unupdated_count": 10,
            "blank_count": 5,
            "warn_days_before": 3,
            "warn_blank_count": 2,
        },
        texts={
            "stale": "动态要闻、政策文件、通知公告栏目不更新数量超过{stale_count}个",
            "long_unupdated": "更新不达标栏目数超过{long_unupdated_count}个",
            "blank": "空白栏目数超过{blank_count}个",
        },
        summary="(a) dynamic columns older than dynamic_days plus first-level notice/policy columns "
        "older than notice_policy_days ≥ stale_count; (b) columns past their category window "
        "≥ long_unupdated_count; (c) blank columns ≥ blank_count",
    ),
    make_rule(
        id="deduct.policy_column",
        indicator="发布解读",
        subject="portal",
        kind="deduction",
        params={"points": 5.0},
        texts={"stale": "政策文件栏目6个月未更新"},
        summary="each first-level 政策文件 column past its notice_policy window, unless a veto counted it",
        indicator_group="发布解读",
    ),
    make_rule(
        id="deduct.links_home",
        indicator="功能设计",
        subject="portal",
        kind="deduction",
        params={"points": 1.0},
        texts={"broken": "首页链接不可用"},
        summary="each broken link on the homepage (pages, images, attachments, external links)",
        indicator_group="功能设计",
        verified=False,
    ),
    make_rule(
        id="deduct.links_other",
        indicator="功能设计",
        subject="portal",
        kind="deduction",
        params={"points": 0.1},
        texts={"broken": "其他页面链接不可用"},
        summary="each broken link on other pages (a link also on the homepage counts there only)",
        indicator_group="功能设计",
        verified=False,
    ),
)



RULESETS: Mapping[str, tuple[Rule, ...]] = MappingProxyType(
    {
        "national-2019": NATIONAL_2019 + unreachable.RULES + security.RULES + interaction.RULES
        + service.RULES + identity.RULES + search.RULES + accounts.RULES
    }
)


def load_ruleset(name: str, overrides: Mapping[str, Mapping[str, float]] | None = None) -> Ruleset:
    """The named ruleset with config overrides applied; ValueError names a bad id or parameter."""
    if name not in RULESETS:
        raise ValueError(f"unknown ruleset {name!r} (known: {', '.join(RULESETS)})")
    rules = {rule.id: rule for rule in RULESETS[name]}
    for rule_id, params in (overrides or {}).items():
        if rule_id not in rules:
            raise ValueError(f"unknown rule {rule_id!r} (known: {', '.join(rules)})")
        unknown = set(params) - set(rules[rule_id].params)
        if unknown:
            known = ", ".join(rules[rule_id].params)
            raise ValueError(f"rule {rule_id} has no parameter {sorted(unknown)[0]!r} (known: {known})")
        rules[rule_id] = rules[rule_id].with_params(params)
    return Ruleset(name=name, rules=MappingProxyType(rules))
