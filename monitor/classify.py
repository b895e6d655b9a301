"""Which update rule a column falls under, from its name, its page's metas and its URL.

The categories are those of rules.md: dynamic (14 days), notice_policy (180 days), yearly
(365 days), interaction (judged by the interaction rule), static (not judged for freshness)
and functional (a function the navigation reaches, never judged blank or stale). Pure
function; the keyword table below is the whole policy.
"""

from __future__ import annotations

import re

from monitor.vocab import CATEGORIES, is_functional

__all__ = ["CATEGORIES", "KEYWORDS", "classify_column"]

# The longest keyword contained in the name decides, so 领导活动 (dynamic) beats 领导 (yearly)
# and 人事信息 (yearly) beats 信息 (dynamic). Equal lengths go to the category listed first:
# static first so 专题 columns are not judged as news, interaction before the rest so that
# 热点回应 or 政策咨询 are judged as interaction.
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "static",
        ("专题", "专栏", "概况", "简介", "联系方式", "联系我们", "网站地图", "办事指南", "服务指南", "信息公开指南"),
    ),
    (
        "interaction",
        (
            "信箱", "咨询", "投诉", "访谈", "调查", "征集", "征求意见", "互动", "留言", "问政",
            "建言", "民意", "热线", "信访", "回应", "答复", "问答",
        ),
    ),
    (
        "notice_policy",
        ("通知公告", "公示公告", "公告公示", "通知", "公告", "公示", "政策", "文件", "法规", "规章", "解读"),
    ),
    (
        "yearly",
        (
            "人事", "人事信息", "任免", "招聘", "招录", "录用", "规划", "计划", "机构", "职能",
            "职责", "领导", "领导信息", "建议", "提案", "预算", "决算", "预决算", "财政", "年报",
            "年度报告", "工作报告", "权责清单",
        ),
    ),
    (
        "dynamic",
        (
            "动态", "要闻", "新闻", "资讯", "快讯", "活动", "领导活动", "简报", "报道", "图片",
            "视频", "头条", "聚焦", "热点", "播报", "工作信息", "政务信息", "部门信息",
        ),
    ),
)

# Pinyin initials that CMS templates use as column directory names.
_URL_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dynamic", ("gzdt", "bmdt", "xwdt", "ywdt", "yw", "jrtt", "qxdt", "xzdt", "tpxw", "ldhd", "zwdt", "xwzx",
                 "xwfb", "zwyw", "gzyw", "bmyw", "jcdt", "xzyw", "mtbd")),
    ("notice_policy", ("tzgg", "gsgg", "zcwj", "gfxwj", "zfwj", "zcjd", "zcfg", "wjtz", "gggs", "xzgfxwj")),
    ("yearly", ("rsxx", "ghjh", "jgzn", "ldxx", "jyta", "czyjs", "rsrm", "czzj", "ndbg", "gzbg", "jgsz")),
    ("interaction", ("ldxj", "zxft", "dczj", "hdjl", "zxzx", "zjdc", "yjzj", "wsxf")),
)
# ColumnType meta values are free text: a category id or its English name counts as naming the
# category, and so does any Chinese keyword of the table above (通知公告, 动态要闻 …).
_COLUMN_TYPE_NAMES: dict[str, str] = {
    **{category: category for category in CATEGORIES},
    "news": "dynamic",
    "notice": "notice_policy",
    "policy": "notice_policy",
}

_SPACES = re.compile(r"\s+")
_URL_WORD = re.compile(r"[a-z]+")


def _by_keywords(text: str) -> str | None:
    best: tuple[int, int] | None = None  # (keyword length, -category position)
    found = None
    for position, (category, words) in enumerate(KEYWORDS):
        for word in words:
            if word in text and (best is None or (len(word), -position) > best):
                best, found = (len(word), -position), category
    return found


def _from_column_type(column_type: str) -> str | None:
    value = _SPACES.sub("", column_type).lower()
    if not value:
        return None
    if value in _COLUMN_TYPE_NAMES:
        return _COLUMN_TYPE_NAMES[value]
    return _by_keywords(value)


def _from_url(url: str) -> str | None:
    words = set(_URL_WORD.findall(url.lower()))
    for category, hints in _URL_HINTS:
        if words & set(hints):
            return category
    return None


def classify_column(
    name: str, url: str = "", column_type: str | None = None, column_name: str | None = None
) -> str:
    """One of CATEGORIES for a column.

    A ColumnType meta value that names a category wins; otherwise the keywords of the column's
    name (as the link or config calls it) decide, then those of its page's ColumnName meta
    (a link text such as 更多 or a picture says nothing); when neither says anything, the
    pinyin directory names of the URL (gzdt, tzgg) do; anything unrecognised is "static". An
    entry named as a function (办事服务, 互动交流, 网站地图, 登录 …) is "functional" whatever else.
    """
    if is_functional(name):
        return "functional"
    if column_type:
        from_type = _from_column_type(column_type)
        if from_type is not None:
            return from_type
    for text in (name, column_name or ""):
        found = _by_keywords(_SPACES.sub("", text))
        if found is not None:
            return found
    return _from_url(url) or "static"
