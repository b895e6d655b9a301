"""Firewall and anti-bot pages answering 200: cloud WAFs (阿里云, 腾讯云, 华为云, 百度云加速),
F5 BIG-IP ASM, 瑞数-style JavaScript challenges, 安全狗, 云锁, 加速乐, 创宇盾, 360网站卫士.

Such a page says nothing about the column: its kind is "blocked", never blank. Only a page
with almost nothing else on it can be one (a handful of links, a short visible text: an
article reporting what the site's firewall blocked is an article). On such a page, the fetch
layer's marker table (monitor.fetch.detect_block) recognises small interstitials; this module
recognises the vendors' block pages whatever their size (inline logos and obfuscated challenge
scripts make them longer than a small page), by a vendor's own phrase, or by a vendor's name
beside a blocking word.

Fixtures: tests/pages/corpus/cloudwaf/, tests/pages/corpus/waf/.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.extract.families._base import Family, PageKind
from monitor.fetch import detect_block

if TYPE_CHECKING:
    from monitor.extract._parsed import Parsed

# Phrases only block pages write (lowercased, whitespace removed).
_OWN_PHRASES = (
    "您的访问被阻断", "errors.aliyun.com", "由于您访问的url有可能对网站造成安全威胁",
    "您的请求疑似攻击行为", "已被百度云加速拦截", "therequestedurlwasrejected", "yoursupportidis",
    "请开启javascript并刷新该页", "$_ts=window[", "$_ts.cd=", "访问被拦截", "访问被拒绝", "您的访问被拦截",
)
_VENDORS = (
    "阿里云", "aliyun", "腾讯云", "t-sec", "华为云", "huaweicloud", "百度云加速", "yunjiasu", "安全狗", "safedog",
    "云锁", "yunsuo", "创宇盾", "加速乐", "jiasule", "网站卫士", "奇安信", "网神", "雷池", "safeline", "长亭",
    "webapplicationfirewall", "web应用防火墙", "网站防火墙", "big-ip", "cloudflare",
)
_BLOCK_WORDS = ("拦截", "阻断", "拒绝访问", "访问被拒", "疑似攻击", "安全威胁", "rejected", "blocked", "accessdenied")
# 瑞数: the challenge's meta and scripts carry r='m'.
_RUISHU = re.compile(r"""<(?:meta|script)\b[^>]*\sr=['"]m['"]""", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_MAX_LINKS = 6  # a block page links home or back, not to a site's columns
_MAX_TEXT = 1500  # visible characters of a block page


def _detect(page: Parsed) -> bool:
    """Almost nothing on the page: a handful of links and a short visible text."""
    if len(page.body.css("a[href]")) > _MAX_LINKS:
        return False
    return len(page.body.text(strip=True)) <= _MAX_TEXT


def _page_kind(page: Parsed) -> PageKind | None:
    if detect_block(200, {}, page.text) is not None:  # the fetch layer's markers (small interstitials)
        return "blocked"
    if _RUISHU.search(page.text):
        return "blocked"
    text = _SPACE.sub("", page.text).lower()
    if any(phrase in text for phrase in _OWN_PHRASES):
        return "blocked"
    if any(vendor in text for vendor in _VENDORS) and any(word in text for word in _BLOCK_WORDS):
        return "blocked"
    return None


FAMILY = Family(
    name="waf",
    detect=_detect,
    page_kind=_page_kind,
    fixtures=(
        "cloudwaf/aliyun_block.html",
        "cloudwaf/tencent_waf.html",
        "cloudwaf/huawei_waf.html",
        "cloudwaf/baidu_yunjiasu.html",
        "cloudwaf/f5_asm_rejected.html",
        "cloudwaf/ruishu_challenge.html",
    ),
)
