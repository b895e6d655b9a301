"""The rules as data: one table of every rule, its thresholds, official wording, the reasons it
may go unassessed, and the one evaluator that judges it.

Source: 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号). Every number here is a default
that a region may override in config (`rules:`), never a constant in evaluation code. Items the
public sources leave uncertain are marked `verified=False` so reports and docs can say so. Every
evaluator has the same signature, `(context, rule) -> Outcome` (see rules.context and
rules.verdict); the engine runs the table, nothing else wires rules by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from monitor.rules import (
    accounts,
    columns,
    homepage,
    identity,
    interaction,
    links,
    search,
    security,
    service,
    unreachable,
)
from monitor.rules.model import INDICATOR_POINTS, PASS_SCORE, Rule, Ruleset, make_rule

__all__ = ["INDICATOR_POINTS", "PASS_SCORE", "RULESETS", "Rule", "Ruleset", "load_ruleset"]

_FAILS = "; with `fails` = 1 (a regional choice) it fails the account as a veto"

NATIONAL_2019: tuple[Rule, ...] = (
    make_rule(
        id="site.security",
        indicator="安全、泄密事故等严重问题",
        subject="site",
        kind="veto",
        params={
            "wrong_names": 1,
            "forbidden_terms": 1,
            "hidden_links": 1,
            "moved_dates": 1,
            "moved_min_days": 1,
            "count_earlier_moves": 0,
        },
        texts={
            "wrong_name": "存在严重表述错误",
            "forbidden_term": "存在违规内容",
            "hidden_link": "存在网站暗链",
            "moved_date": "伪造发稿日期",
        },
        summary="page signals on the homepage and columns (configured wrong names ≥ `wrong_names`, "
        "forbidden terms ≥ `forbidden_terms`, hidden spam links ≥ `hidden_links`) and list items whose "
        "date moved later by ≥ `moved_min_days` days between two reads (≥ `moved_dates`; earlier moves "
        "count too when `count_earlier_moves` is 1); 0 turns a clause off",
        evaluate=security.evaluate_security,
    ),
    make_rule(
        id="site.unreachable",
        indicator="站点无法访问",
        subject="site",
        kind="veto",
        params={"window_days": 7, "probes_per_day": 20, "fail_ratio": 0.05, "warn_ratio": 0.03},
        texts={"unreachable": "站点无法访问（监测1周，不可访问次数占比{ratio}）"},
        summary="homepage probes over `window_days` days (at least `probes_per_day` a day); "
        "failures ÷ probes ≥ `fail_ratio` is a veto; fewer probes than required is not assessed",
        evaluate=unreachable.evaluate_unreachable,
        not_assessed={
            "disabled": "未开启首页可用性探测（probe.enabled: false）",
            "too_few": "{window_days}天内仅有{count}次首页探测（需{needed}次），探测次数不足，暂不评估",
        },
    ),
    make_rule(
        id="site.homepage_stale",
        indicator="首页不更新",
        subject="site",
        kind="veto",
        params={"days": 14, "warn_days": 10},
        texts={"stale": "监测时间点前2周内首页无更新"},
        summary="no new dated item on the homepage within `days` days before the as-of date; "
        "a navigation-only homepage is judged by its columns",
        evaluate=homepage.evaluate_homepage,
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
        evaluate=columns.evaluate_columns,
    ),
    make_rule(
        id="site.interaction",
        indicator="互动回应差",
        subject="site",
        kind="veto",
        params={"reply_days": 90, "lookback_days": 365},
        texts={
            "no_channel": "未提供网上有效咨询建言渠道",
            "unanswered": "存在超过3个月未回应有效留言的现象",
        },
        summary="(1) no consultation/suggestion channel among the site's columns (信访, 纪检举报, "
        "在线访谈, 调查征集 do not count); (2) a message asked within `lookback_days` days and "
        "unanswered (or answered late) for more than `reply_days` days",
        evaluate=interaction.evaluate_interaction,
        not_assessed={
            "no_messages": "咨询建言类栏目（{names}）未公开留言及答复，无法评估留言回应情况",
            "no_status": "{count}条超过{reply_days}天的留言未显示是否答复",
        },
    ),
    make_rule(
        id="site.service",
        indicator="服务不实用",
        subject="site",
        kind="veto",
        params={"missing_elements": 4, "guide_count": 5},
        texts={"no_service": "未提供办事服务", "guides": "办事指南要素缺失"},
        summary="(1) no 办事服务 column or link to one (a 政务服务 platform counts) at all; (2) among the site's own 办事指南, at least `guide_count` "
        "办事指南 each missing at least `missing_elements` of the ten key elements",
        verified=False,
        evaluate=service.evaluate_service,
        not_assessed={
            "platform": "办事指南位于站外政务服务平台（{hosts}），不在本网站评估",
        },
    ),
    make_rule(
        id="site.accounts_unregistered",
        indicator="备案",
        subject="site",
        kind="finding",
        params={"fails": 0},
        texts={"unregistered": "网站展示的政务新媒体未备案"},
        summary="new-media accounts the homepage links to or captions (官方微博, 官方微信, 抖音号 …) that match no "
        "registered account by id, name (registered or observed) or, when the page names neither, the site's "
        "unit; with `fails` = 1 (a regional choice) it fails the site as a veto",
        evaluate=accounts.evaluate_shown_accounts,
        not_assessed={"no_registry": "未配置政务新媒体台账，无法核对网站展示的账号是否备案"},
    ),
    make_rule(
        id="deduct.policy_column",
        indicator="发布解读",
        subject="site",
        kind="deduction",
        params={"points": 5.0},
        texts={"stale": "政策文件栏目6个月未更新"},
        summary="each first-level 政策文件 column past its notice_policy window, unless a veto counted it",
        indicator_group="发布解读",
        evaluate=columns.evaluate_policy_column,
    ),
    make_rule(
        id="deduct.links_home",
        indicator="功能设计",
        subject="site",
        kind="deduction",
        params={"points": 1.0},
        texts={"broken": "首页链接不可用"},
        summary="each broken link on the homepage (pages, images, attachments, external links)",
        indicator_group="功能设计",
        verified=False,
        evaluate=links.evaluate_links_home,
    ),
    make_rule(
        id="deduct.links_other",
        indicator="功能设计",
        subject="site",
        kind="deduction",
        params={"points": 0.1},
        texts={"broken": "其他页面链接不可用"},
        summary="each broken link on other pages (a link also on the homepage counts there only)",
        indicator_group="功能设计",
        verified=False,
        evaluate=links.evaluate_links_other,
    ),
    make_rule(
        id="deduct.reply_stale",
        indicator="互动交流",
        subject="portal",
        kind="deduction",
        params={"points": 3, "days": 60},
        texts={"stale": "监测时间点前2个月内无新的留言答复"},
        summary="no message in the consultation channels answered within `days` days before the as-of date",
        indicator_group="互动交流",
        verified=False,
        evaluate=interaction.evaluate_reply_stale,
        not_assessed={
            "no_channel": "未发现咨询建言类栏目",
            "no_messages": "咨询建言类栏目未公开留言及答复",
            "undated": "{count}条留言未显示答复日期",
        },
    ),
    make_rule(
        id="deduct.site_identity",
        indicator="功能设计",
        subject="portal",
        kind="deduction",
        params={"footer_points": 0.5, "meta_points": 0.2, "max_points": 5.0},
        texts={
            "conac": "未规范添加党政机关网站标识",
            "sponsor": "未规范添加主办单位",
            "contact": "未规范添加联系方式",
            "site_code": "未规范添加网站标识码",
            "icp": "未规范添加ICP备案编号",
            "police": "未规范添加公安机关备案标识",
            "meta": "未规范添加网页元数据",
        },
        summary="each footer mark missing from the homepage or a column page (`footer_points` each) and "
        "each meta tag missing (`meta_points` each; SiteName/SiteDomain/SiteIDCode on the homepage, "
        "ColumnName/ColumnType on column pages), at most `max_points` in all",
        indicator_group="功能设计",
        verified=False,
        evaluate=identity.evaluate_identity,
        not_assessed={
            "external_footer": "页脚由脚本或框架加载，无法评估是否缺少{names}",
        },
    ),
    make_rule(
        id="deduct.search",
        indicator="功能设计",
        subject="portal",
        kind="deduction",
        params={"points_missing": 2.0, "points_no_result": 1.0},
        texts={"missing": "未提供站内搜索功能", "no_result": "站内搜索无法检索到已发布信息"},
        summary="(1) no search box on the homepage (`points_missing`); (2) the site search, queried "
        "with the title of a recent homepage item, finds nothing (`points_no_result`); a search "
        "whose result page could not be fetched is unknown; one driven by script is not assessed",
        indicator_group="功能设计",
        verified=False,
        evaluate=search.evaluate_search,
        not_assessed={
            "not_checked": "未进行站内搜索检查",
            "scripted_box": "首页搜索框由脚本加载或提交，未能确定检索地址",
            "scripted_results": "站内搜索结果页由脚本加载，未能读取检索{title}的结果（{url}）",
        },
    ),
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
        evaluate=accounts.evaluate_security,
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
        evaluate=accounts.evaluate_stale,
        not_assessed={
            "no_posts": "最近{days}天内的观测均未提供发布时间",
        },
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
        evaluate=accounts.evaluate_interaction,
        not_assessed={
            "not_reported": "观测来源未提供互动功能信息",
            "old": "{seen}检查时未见有效互动功能，其后{days}天内未复核",
        },
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
        evaluate=accounts.evaluate_name_mismatch,
    ),
    make_rule(
        id="account.operator_mismatch",
        indicator="开设主体",
        subject="account",
        kind="finding",
        params={"fails": 0},
        texts={"mismatch": "开设主体与实际不一致"},
        summary="the platform's verified entity (认证主体) differs from the registered operator (开设主体)" + _FAILS,
        evaluate=accounts.evaluate_operator_mismatch,
    ),
    make_rule(
        id="account.unverified",
        indicator="账号认证",
        subject="account",
        kind="finding",
        params={"fails": 0},
        texts={"unverified": "非单位认证账号"},
        summary="the platform shows no unit verification for the account" + _FAILS,
        evaluate=accounts.evaluate_unverified,
    ),
    make_rule(
        id="account.zombie",
        indicator="僵尸账号",
        subject="account",
        kind="finding",
        params={"days": 90, "fails": 0},
        texts={"zombie": "僵尸账号未注销"},
        summary="no post for `days` days or more (or nothing ever published) and not deregistered" + _FAILS,
        evaluate=accounts.evaluate_zombie,
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
        evaluate=accounts.evaluate_repeatedly_stale,
        not_assessed={
            "quarters": "已有{hits}个季度更新不及时（需{times}个），另有{missing}个季度无观测记录",
        },
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
        evaluate=accounts.evaluate_unregistered,
    ),
    make_rule(
        id="account.duplicate",
        indicator="重复建设",
        subject="account",
        kind="finding",
        params={"fails": 0},
        texts={"duplicate": "同一平台重复开设账号"},
        summary="one operator (else unit) has two or more registered accounts on one platform" + _FAILS,
        evaluate=accounts.evaluate_duplicate,
    ),
)

RULESETS: Mapping[str, tuple[Rule, ...]] = MappingProxyType({"national-2019": NATIONAL_2019})


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
