"""New-media accounts a page links to: 官方微博, 官方微信, 抖音号 … (issue: accounts seen on the
monitored sites but missing from the roster are 漏报 candidates).

Two kinds of evidence. A link to an account's page on its platform (weibo.com/u/…,
mp.weixin.qq.com/…__biz=…, douyin.com/user/…, space.bilibili.com/…) names the platform and the
account's id on it; a caption (the link's text, an image's alt) such as “淄博发布官方微博” or
“扫码关注‘淄博发改’微信公众号” names the platform and, when it says one, the account's name.
A generic caption (官方微博, 扫码关注) names no account and is kept with name None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from monitor.extract._model import PageExtract

# Host (suffix) and path pattern of an account's own page → platform; group "id" is its id.
_ACCOUNT_URLS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("weibo.com", re.compile(r"^/(?:u/)?(?P<id>\d{5,})/?$|^/(?P<name>[A-Za-z][\w-]{3,})/?$"), "weibo"),
    ("weibo.cn", re.compile(r"^/(?:u/|profile/)?(?P<id>\d{5,})/?$"), "weibo"),
    ("douyin.com", re.compile(r"^/user/(?P<id>[\w-]{6,})"), "douyin"),
    ("toutiao.com", re.compile(r"^/c/user/(?:token/)?(?P<id>[\w-]{4,})"), "toutiao"),
    ("kuaishou.com", re.compile(r"^/(?:profile|u)/(?P<id>[\w-]{4,})"), "kuaishou"),
    ("space.bilibili.com", re.compile(r"^/(?P<id>\d{3,})"), "bilibili"),
    ("ixigua.com", re.compile(r"^/home/(?P<id>\d{4,})"), "xigua"),
    ("author.baidu.com", re.compile(r"^/home/(?P<id>\d{4,})"), "other"),
)
_WECHAT_HOST = "mp.weixin.qq.com"
# Caption words → platform; the longest match wins (微信视频号 over 微信).
_CAPTION_WORDS: tuple[tuple[str, str], ...] = (
    ("微信视频号", "channels"), ("视频号", "channels"), ("微信公众号", "wechat"), ("公众号", "wechat"),
    ("官方微信", "wechat"), ("微信", "wechat"), ("官方微博", "weibo"), ("新浪微博", "weibo"), ("微博", "weibo"),
    ("抖音号", "douyin"), ("抖音", "douyin"), ("今日头条", "toutiao"), ("头条号", "toutiao"), ("快手", "kuaishou"),
    ("哔哩哔哩", "bilibili"), ("西瓜视频", "xigua"), ("百家号", "other"),
)
_QUOTED = re.compile(r"[“\"‘'「『《]([^”\"’'」』》]{2,20})[”\"’'」』》]")
_FILLER = re.compile(r"^(?:扫码|扫一扫|扫描二维码|扫描|关注|欢迎关注|请关注|官方|政务|二维码|[:：\s·|-])+|(?:官方|二维码|账号|[:：\s·|-])+$")
_MAX_CAPTION = 30
# Share buttons (分享到微博) name a platform, not an account.
_SHARE = re.compile(r"分享|share", re.IGNORECASE)


@dataclass(frozen=True)
class AccountLink:
    """An account a page shows: its platform, its name when the caption says one, its id when
    the link says one, and where it points."""

    platform: str
    name: str | None
    handle: str | None
    url: str | None
    caption: str


def account_links(page: PageExtract) -> tuple[AccountLink, ...]:
    """Every account the page links to or captions, each (platform, id or name) once."""
    found: dict[tuple[str, str], AccountLink] = {}
    for link in page.links:
        if link.tag not in ("a", "img"):
            continue
        caption = link.text if len(link.text) <= _MAX_CAPTION else ""
        if _SHARE.search(caption) or _SHARE.search(link.url):
            continue
        by_url = _from_url(link.url, caption) if link.tag == "a" else None
        account = by_url or _from_caption(caption, link.url if link.tag == "a" else None)
        # A bare caption (官方微博 as a menu word) says little: kept when it names the account
        # or captions a picture (the QR code offices put in their footers).
        if account is None or (by_url is None and account.name is None and link.tag != "img"):
            continue
        key = (account.platform, account.handle or account.name or account.url or caption)
        found.setdefault(key, account)
    # A bare picture caption (官方微博 on the icon inside the account's own link) adds nothing
    # when the page already names an account of that platform.
    named = {a.platform for a in found.values() if a.name or a.handle}
    return tuple(a for a in found.values() if a.name or a.handle or a.platform not in named)


def _from_url(url: str, caption: str) -> AccountLink | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if host == _WECHAT_HOST:
        biz = parse_qs(parts.query).get("__biz")
        if not biz:
            return None
        named = _from_caption(caption, url)
        return AccountLink("wechat", named.name if named else None, biz[0], url, caption)
    for suffix, pattern, platform in _ACCOUNT_URLS:
        if host != suffix and not host.endswith("." + suffix):
            continue
        match = pattern.match(parts.path)
        if match is None:
            return None
        handle = match.groupdict().get("id") or match.groupdict().get("name")
        named = _from_caption(caption, url)
        return AccountLink(platform, named.name if named and named.platform == platform else None, handle, url, caption)
    return None


def _from_caption(caption: str, url: str | None) -> AccountLink | None:
    """The platform a caption names and the account name it says, if any."""
    hits = [(word, platform) for word, platform in _CAPTION_WORDS if word in caption]
    if not hits:
        return None
    word, platform = max(hits, key=lambda hit: len(hit[0]))
    quoted = _QUOTED.search(caption)
    name = quoted.group(1) if quoted else _FILLER.sub("", caption.replace(word, " ").strip())
    name = _FILLER.sub("", name).strip() or None
    return AccountLink(platform, name if name and len(name) >= 2 else None, None, url, caption)
