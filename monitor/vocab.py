"""The project's one vocabulary: column categories, site kinds, platforms, verdicts and the words
that mark 办事服务. Every stage imports these names from here; nothing else defines them."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal
from urllib.parse import urlsplit

# functional: pages the navigation reaches that are not information columns (办事服务 and
# 互动交流 entries, 网站地图, 站内搜索, 无障碍, login): never judged blank or stale.
Category = Literal["dynamic", "notice_policy", "yearly", "interaction", "static", "functional"]
CATEGORIES: tuple[Category, ...] = ("dynamic", "notice_policy", "yearly", "interaction", "static", "functional")
CATEGORY_TEXT: Mapping[str, str] = MappingProxyType({
    "dynamic": "动态要闻类", "notice_policy": "通知公告、政策文件类", "yearly": "人事、规划计划、基本信息类",
    "interaction": "互动类", "static": "其他", "functional": "功能页面",
})
# Navigation entries that lead to functions, not to a list of information, by their whole name.
FUNCTIONAL_NAMES: frozenset[str] = frozenset({
    "办事服务", "网上办事", "在线办事", "政务服务", "便民服务", "办事大厅", "网上办事大厅", "一网通办", "政务服务网",
    "互动交流", "政民互动", "公众参与", "互动平台", "网站地图", "站点地图", "联系我们", "站内搜索", "搜索", "高级搜索",
    "无障碍", "无障碍浏览", "长者模式", "关怀版", "登录", "注册", "用户登录", "用户注册", "个人中心", "用户中心",
    "手机版", "English", "繁体", "简体", "返回首页", "首页",
})

SiteKind = Literal["portal", "department"]
SITE_KIND_TEXT: Mapping[str, str] = MappingProxyType({"portal": "门户网站", "department": "部门网站"})

def is_functional(name: str) -> bool:
    """Whether a navigation entry is a function (办事服务, 网站地图, 登录 …), by its whole name."""
    return "".join(name.split()) in FUNCTIONAL_NAMES


Platform = Literal[
    "wechat", "weibo", "douyin", "toutiao", "kuaishou", "bilibili",
    "xigua", "channels", "app", "miniprogram", "other",
]
# Platform names as notices write them.
PLATFORM_NAMES: Mapping[str, str] = MappingProxyType({
    "wechat": "微信公众号", "weibo": "微博", "douyin": "抖音", "toutiao": "今日头条",
    "kuaishou": "快手", "bilibili": "哔哩哔哩", "xigua": "西瓜视频", "channels": "视频号",
    "app": "移动客户端", "miniprogram": "小程序", "other": "其他平台",
})

# Platform names as people write them in rosters and configs, to the platform vocabulary.
PLATFORM_ALIASES: Mapping[str, str] = MappingProxyType({
    **{name: name for name in PLATFORM_NAMES},
    "微信": "wechat", "微信公众号": "wechat", "微信订阅号": "wechat", "微信服务号": "wechat", "公众号": "wechat",
    "微信公众平台": "wechat",
    "微博": "weibo", "新浪微博": "weibo", "腾讯微博": "weibo", "政务微博": "weibo",
    "抖音": "douyin", "抖音短视频": "douyin", "抖音号": "douyin",
    "今日头条": "toutiao", "头条": "toutiao", "头条号": "toutiao",
    "快手": "kuaishou", "快手号": "kuaishou",
    "哔哩哔哩": "bilibili", "b站": "bilibili", "bilibili": "bilibili",
    "西瓜视频": "xigua", "西瓜": "xigua",
    "视频号": "channels", "微信视频号": "channels",
    "移动客户端": "app", "客户端": "app", "app": "app", "政务app": "app", "手机app": "app",
    "小程序": "miniprogram", "微信小程序": "miniprogram", "支付宝小程序": "miniprogram",
    "百家号": "other", "企鹅号": "other", "网易号": "other", "人民号": "other", "澎湃号": "other", "其他": "other",
})

VERDICT_TEXT: Mapping[str, str] = MappingProxyType(
    {"pass": "合格", "fail": "不合格", "unknown": "无法判断", "not_checked": "未检测"}
)

# Names of links and columns that lead to 办事服务: the site's own service column or a
# 政务服务 platform (办事服务, 网上办事, 政务服务网, 办事指南, 一网通办 …).
SERVICE_WORDS: tuple[str, ...] = (
    "办事", "政务服务", "服务指南", "网上服务", "在线服务", "便民服务", "一网通办", "服务事项", "一件事",
)
# Host and directory words of 政务服务 platforms and service columns (zwfw.xx.gov.cn, /bsfw/, /wsbs/ …).
SERVICE_URL_WORDS: tuple[str, ...] = ("zwfw", "bsfw", "wsbs", "bszn", "bsdt", "zwdt")


def platform_of(name: str) -> str | None:
    """The platform a name as people write it means (微信订阅号 → wechat), or None."""
    key = "".join(str(name).split()).casefold()
    return PLATFORM_ALIASES.get(key) or PLATFORM_ALIASES.get(key.removesuffix("账号"))


def is_service(name: str, url: str = "", category: str | None = None) -> bool:
    """Whether a column or link leads to 办事服务, by its name, category or URL."""
    if category == "service" or any(word in name for word in SERVICE_WORDS):
        return True
    try:
        parts = urlsplit(url.lower())
    except ValueError:
        return False
    return any(word in f"{parts.netloc}{parts.path}" for word in SERVICE_URL_WORDS)
