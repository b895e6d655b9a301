"""Accounts a page shows (官方微博, 官方微信, 抖音号 …), read from a realistic footer."""

from __future__ import annotations

from datetime import date

from monitor.extract import extract_page
from monitor.extract._accounts import account_links

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>淄博市发展和改革委员会</title></head><body>
<div class="nav"><ul><li><a href="/gzdt/">工作动态</a></li><li><a href="/tzgg/">通知公告</a></li></ul></div>
<div class="share">分享到：<a href="http://service.weibo.com/share/share.php?url=x" title="分享到新浪微博">微博</a>
<a href="javascript:;" title="分享到微信">微信</a></div>
<div class="footer">
 <a href="https://weibo.com/u/2718296440" target="_blank"><img src="/images/wb.png" alt="官方微博"></a>
 <a href="https://mp.weixin.qq.com/mp/profile_ext?action=home&amp;__biz=MzA3NjE4MjUxMw==#wechat_redirect">淄博发改微信公众号</a>
 <img src="/images/dy.png" alt="扫码关注“淄博发改”抖音号">
 <img src="/images/qr.png" alt="官方微信">
 <a href="/wzdt/">网站地图</a><a href="https://www.douyin.com/user/MS4wLjABAAAAx1">抖音</a>
 <p>主办单位：淄博市发展和改革委员会</p>
</div></body></html>"""


def test_accounts_from_links_and_captions() -> None:
    page = extract_page(HOME, "http://fgw.zibo.gov.cn/", today=date(2025, 11, 30), hint="home")
    found = {(a.platform, a.name, a.handle) for a in account_links(page)}
    assert found == {
        ("weibo", None, "2718296440"),
        ("wechat", "淄博发改", "MzA3NjE4MjUxMw=="),
        ("douyin", "淄博发改", None),
        ("douyin", None, "MS4wLjABAAAAx1"),
    }  # the QR code captioned 官方微信 adds nothing: the page names its wechat account already


def test_a_bare_qr_code_names_the_platform_only() -> None:
    html = HOME.replace("淄博发改微信公众号", "更多").replace("__biz=MzA3NjE4MjUxMw==", "x=1")
    page = extract_page(html, "http://fgw.zibo.gov.cn/", today=date(2025, 11, 30), hint="home")
    assert ("wechat", None, None) in {(a.platform, a.name, a.handle) for a in account_links(page)}


def test_share_buttons_and_menu_words_are_not_accounts() -> None:
    page = extract_page(HOME.replace('<div class="footer">', '<div class="footer"><a href="/wb/">微博</a>'),
                        "http://fgw.zibo.gov.cn/", today=date(2025, 11, 30), hint="home")
    assert all("分享" not in a.caption and a.caption != "微博" for a in account_links(page))
