"""Family pages, part B: WordPress, Z-Blog, script apps with page state, frames and framesets."""

from __future__ import annotations

import json
from datetime import date
from html import escape

from _families_common import (
    NEWS,
    STD_NAV,
    Site,
    clock_text,
    cn,
    days_back,
    footer,
    head,
    iso,
    nav_bar,
    newer,
    side_list,
    stats,
    titles,
    weekday,
)

PAGES: list[tuple[str, str, dict]] = []


def page(rel: str, html: str, **label: object) -> None:
    PAGES.append((rel, html, label))


# --- WordPress -------------------------------------------------------------------------------

WP_HEAD = """<link rel='stylesheet' id='twentyseventeen-style-css' href='https://{host}/wp-content/themes/twentyseventeen/style.css?ver=20241112' type='text/css' media='all' />
<style id='twentyseventeen-custom'>.entry-meta .updated:not(.published){{display:none}}</style>
<link rel="https://api.w.org/" href="https://{host}/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
"""


def wp_shell(host: str, site_name: str, today: date, title: str, body_class: str, main: str, aside: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-Hans" class="no-js no-svg">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{WP_HEAD.format(host=host)}</head>
<body class="{body_class} wp-embed-responsive hfeed has-header-image has-sidebar colors-light">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
	<header id="masthead" class="site-header">
		<div class="custom-header"><div class="site-branding"><div class="wrap">
			<p class="site-title"><a href="https://{host}/" rel="home">{site_name}</a></p>
			<p class="site-description">{clock_text(today)}</p>
		</div></div></div>
		<div class="navigation-top"><div class="wrap">
			<nav id="site-navigation" class="main-navigation" aria-label="顶部菜单">
				<div class="menu-top-container"><ul id="top-menu" class="menu">
					<li class="menu-item"><a href="https://{host}/">首页</a></li>
					<li class="menu-item"><a href="https://{host}/category/xwdt/">新闻动态</a></li>
					<li class="menu-item current-menu-item"><a href="https://{host}/category/tzgg/">通知公告</a></li>
					<li class="menu-item"><a href="https://{host}/category/zwgk/">政务公开</a></li>
					<li class="menu-item"><a href="https://{host}/hdjl/">互动交流</a></li>
				</ul></div>
			</nav>
		</div></div>
	</header>
	<div class="site-content-contain">
		<div id="content" class="site-content">
<div class="wrap">
{main}
{aside}
</div>
		</div>
		<footer id="colophon" class="site-footer">
			<div class="wrap">
				<div class="site-info">主办：{site_name}办公室　<a href="https://beian.miit.gov.cn/">苏ICP备16012345号-1</a>　<span class="sep"> | </span>自豪地采用WordPress</div>
			</div>
		</footer>
	</div>
</div>
<script type='text/javascript' src='https://{host}/wp-content/themes/twentyseventeen/assets/js/global.js?ver=20211130' id='twentyseventeen-global-js'></script>
</body>
</html>
"""


def wp_sidebar(host: str, recent: list[tuple[str, int, date]]) -> str:
    entries = "".join(
        f'<li><a href="https://{host}/archives/{pid}">{escape(t)}</a><span class="post-date">{cn(d)}</span></li>\n'
        for t, pid, d in recent
    )
    return f"""<aside id="secondary" class="widget-area" aria-label="博客边栏">
	<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://{host}/"><input type="search" class="search-field" placeholder="搜索…" value="" name="s" /><button type="submit" class="search-submit">搜索</button></form></section>
	<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>
{entries}</ul></section>
	<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">文章归档</h2><ul>
		<li><a href='https://{host}/date/2025/12/'>2025年12月</a></li><li><a href='https://{host}/date/2025/11/'>2025年11月</a></li><li><a href='https://{host}/date/2025/10/'>2025年10月</a></li>
	</ul></section>
</aside>"""


def wp_category() -> None:
    host = "www.jyq.gov.cn"
    today = date(2025, 12, 5)
    url = f"https://{host}/category/tzgg/"
    published = days_back(date(2025, 11, 28), [0, 3, 2, 4, 5, 3, 6, 2, 4, 7])
    # A theme prints the last-modified day too, hidden by its stylesheet: edits made later
    # than publication (typos fixed, attachments replaced) are not publications.
    updated = [day.replace(day=min(day.day + 5, 28)) if day.month == 11 else day for day in published]
    updated[0] = date(2025, 12, 3)
    names = titles(6, 10)
    posts = []
    for i, (t, pub, upd) in enumerate(zip(names, published, updated)):
        pid = 812 - i * 3
        posts.append(f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-tzgg">
	<header class="entry-header">
		<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">发布于 </span><a href="https://{host}/archives/{pid}" rel="bookmark"><time class="entry-date published" datetime="{iso(pub)}T10:12:00+08:00">{cn(pub)}</time><time class="updated" datetime="{iso(upd)}T16:20:41+08:00">{cn(upd)}</time></a></span></div>
		<h2 class="entry-title"><a href="https://{host}/archives/{pid}" rel="bookmark">{escape(t)}</a></h2>
	</header>
	<div class="entry-summary"><p>为切实做好相关工作，现将有关事项通知如下。各单位要高度重视，认真组织实施&hellip; <a href="https://{host}/archives/{pid}" class="more-link">继续阅读<span class="screen-reader-text">“{escape(t)}”</span></a></p></div>
</article>""")
    main = f"""	<header class="page-header">
		<h1 class="page-title">分类：<span>通知公告</span></h1>
	</header>
	<div id="primary" class="content-area">
		<main id="main" class="site-main">
{chr(10).join(posts)}
	<nav class="navigation pagination" aria-label="文章分页">
		<h2 class="screen-reader-text">文章分页</h2>
		<div class="nav-links"><span aria-current="page" class="page-numbers current"><span class="meta-nav screen-reader-text">页 </span>1</span>
<a class="page-numbers" href="https://{host}/category/tzgg/page/2/"><span class="meta-nav screen-reader-text">页 </span>2</a>
<a class="page-numbers" href="https://{host}/category/tzgg/page/3/"><span class="meta-nav screen-reader-text">页 </span>3</a>
<a class="next page-numbers" href="https://{host}/category/tzgg/page/2/"><span class="screen-reader-text">下一页</span></a></div>
	</nav>
		</main>
	</div>"""
    recent = [(n, 815 + i, d) for i, (n, d) in enumerate(zip(NEWS[:5], newer(date(2025, 12, 4), 5)))]
    html = wp_shell(host, "金沅区人民政府", today, "通知公告 &#8211; 金沅区人民政府", "archive category category-tzgg category-3", main, wp_sidebar(host, recent))
    page(
        "wordpress/category_hidden_updated.html", html, url=url, today=today, kind="list", item_count=10,
        latest_item_date=max(published), blank=False, next_page=f"https://{host}/category/tzgg/page/2/",
        frame_url=None, data_url=None, unreadable=False,
        note="WordPress category archive (Twenty Seventeen): each post shows time.published and a time.updated the theme hides (newer, up to 2025-12-03); /archives/N URLs carry no date; 近期文章 widget newer",
    )


def wp_404() -> None:
    host = "www.jyq.gov.cn"
    today = date(2025, 12, 5)
    url = f"https://{host}/category/zdxm/"
    main = f"""	<div id="primary" class="content-area">
		<main id="main" class="site-main">
			<section class="error-404 not-found">
				<header class="page-header">
					<h1 class="page-title">有点尴尬诶！该页无法显示。</h1>
				</header>
				<div class="page-content">
					<p>这儿似乎什么都没有，试试搜索？</p>
					<form role="search" method="get" class="search-form" action="https://{host}/"><input type="search" class="search-field" placeholder="搜索…" value="" name="s" /><button type="submit" class="search-submit">搜索</button></form>
				</div>
			</section>
		</main>
	</div>"""
    recent = [(n, 815 + i, d) for i, (n, d) in enumerate(zip(NEWS[:5], newer(date(2025, 12, 4), 5)))]
    html = wp_shell(host, "金沅区人民政府", today, "未找到页面 &#8211; 金沅区人民政府", "error404", main, wp_sidebar(host, recent))
    page(
        "wordpress/error404.html", html, url=url, today=today, kind="soft404", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="WordPress theme 404 answering 200 (body.error404, 有点尴尬诶！该页无法显示。) with the 近期文章 widget dated: an error page, not a blank column",
    )


# --- Z-Blog ----------------------------------------------------------------------------------


def zblog_category() -> None:
    host = "www.fsx.gov.cn"
    today = date(2025, 11, 14)
    url = f"http://{host}/category-3.html"
    dates = days_back(date(2025, 11, 10), [0, 3, 4, 2, 6, 5, 8])
    names = titles(18, 7)
    posts = [f"""<div class="post istop cate3 auth1">
  <h2 class="post-title">[置顶] <a href="http://{host}/post/120.html">县人民政府信息公开指南（2025年修订）</a></h2>
  <div class="post-body"><p>为了更好地提供政府信息公开服务，方便公民、法人和其他组织获取政府信息……</p></div>
  <h6 class="post-footer">作者:fsxzf | 分类:<a href="http://{host}/category-3.html">通知公告</a> | 浏览:<span>3210</span></h6>
</div>"""]
    for i, (t, d) in enumerate(zip(names, dates)):
        pid = 231 - i * 2
        fixed = date(2025, 11, 13) if i < 3 else d
        posts.append(f"""<div class="post cate3 auth1">
  <h4 class="post-date">{cn(d)}</h4>
  <h2 class="post-title"><a href="http://{host}/post/{pid}.html">{escape(t)}</a></h2>
  <div class="post-body"><p>各乡镇人民政府，县直各部门：现将有关事项通知如下……</p></div>
  <h6 class="post-footer">作者:fsxzf | 分类:<a href="http://{host}/category-3.html">通知公告</a> | 浏览:<span>{118 + i * 9}</span> | 评论:0<span class="date updated" style="display:none">{iso(fixed)}</span></h6>
</div>""")
    cal_days = "".join(
        f'<td><a href="http://{host}/date-2025-11-{day}.html" title="{day}日">{day}</a></td>' if day in (3, 6, 10, 13) else f"<td>{day}</td>"
        for day in range(9, 16)
    )
    recent = "".join(f'<li><a href="http://{host}/post/{300 + i}.html">{escape(n)}</a></li>' for i, n in enumerate(NEWS[:6]))
    html = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta name="generator" content="Z-BlogPHP 1.7.3" />
	<title>通知公告-丰山县人民政府</title>
	<link rel="stylesheet" href="http://{host}/zb_users/theme/default/style/default.css" type="text/css" media="all"/>
	<script src="http://{host}/zb_system/script/jquery-2.2.4.min.js" type="text/javascript"></script>
	<script src="http://{host}/zb_system/script/zblogphp.js" type="text/javascript"></script>
</head>
<body class="multi category">
<div id="divAll">
	<div id="divPage">
	<div id="divMiddle">
		<div id="divTop">
			<h1 id="BlogTitle"><a href="http://{host}/">丰山县人民政府</a></h1>
			<h3 id="BlogSubTitle">{clock_text(today)}</h3>
		</div>
		<div id="divNavBar">
<ul>
<li id="nvabar-item-index"><a href="http://{host}/">首页</a></li><li id="navbar-category-1"><a href="http://{host}/category-1.html">新闻动态</a></li><li id="navbar-category-3"><a href="http://{host}/category-3.html">通知公告</a></li><li id="navbar-page-2"><a href="http://{host}/2.html">留言咨询</a></li>
</ul>
		</div>
		<div id="divMain">
{chr(10).join(posts)}
<div class="pagebar"><span class="page now-page">1</span><a href="http://{host}/category-3_2.html"><span class="page">2</span></a><a href="http://{host}/category-3_3.html"><span class="page">3</span></a><a href="http://{host}/category-3_2.html"><span class="page">›</span></a><a href="http://{host}/category-3_3.html"><span class="page">››</span></a></div>
		</div>
		<div id="divSidebar">
<dl class="function" id="divCalendar">
<dt class="function_t">日历</dt><dd class="function_c"><div><table id="tbCalendar"><caption><a href="http://{host}/date-2025-10.html">«</a>&nbsp;&nbsp;&nbsp;<a href="http://{host}/date-2025-11.html">2025年11月</a>&nbsp;&nbsp;&nbsp;<a href="http://{host}/date-2025-12.html">»</a></caption><tbody><tr>{cal_days}</tr></tbody></table></div></dd>
</dl>
<dl class="function" id="divPrevious">
<dt class="function_t">最近发表</dt><dd class="function_c"><ul>{recent}</ul></dd>
</dl>
		</div>
		<div id="divBottom">
			<h3 id="BlogCopyRight">Copyright 丰山县人民政府 网站标识码：3609250012 <a href="https://beian.miit.gov.cn/">赣ICP备15001234号</a></h3>
			<h4 id="BlogPowerBy">Powered By <a href="https://www.zblogcn.com/" target="_blank">Z-BlogPHP</a></h4>
		</div><div class="clear"></div>
	</div><div class="clear"></div>
	</div><div class="clear"></div>
</div>
</body>
</html>
"""
    page(
        "zblog/category_sticky.html", html, url=url, today=today, kind="list", item_count=8,
        latest_item_date=max(dates), blank=False, next_page=f"http://{host}/category-3_2.html",
        frame_url=None, data_url=None, unreadable=False,
        note="Z-BlogPHP category: a [置顶] post without a date plus 7 dated posts (h4.post-date); each footer hides a span.date.updated (display:none, up to 2025-11-13) newer than the visible date; calendar and 最近发表 sidebar; pagebar",
    )


# --- script apps with page state ---------------------------------------------------------------


def spa_vue_state() -> None:
    site = Site("www.wzq.gov.cn", "文州区人民政府", "5108020013", "川ICP备18004321号", "51080202000034", "川", "https")
    today = date(2026, 2, 26)
    url = f"{site.root}/news/tzgg"
    dates = days_back(date(2026, 2, 20), [0, 2, 3, 1, 5, 4, 2, 6, 3, 2, 7, 4, 3, 5, 2])
    names = titles(28, 15)
    records = [
        {"id": 88120 - i, "title": t, "publishDate": f"{iso(d)} 09:{10 + i}:00", "url": f"/news/tzgg/{88120 - i}.html", "source": "区政府办"}
        for i, (t, d) in enumerate(zip(names, dates))
    ]
    hot = [
        {"id": 99000 + i, "title": n, "publishDate": f"{iso(d)} 08:00:00", "url": f"/news/qxdt/{99000 + i}.html", "views": 2000 - i * 100}
        for i, (n, d) in enumerate(zip(NEWS[:6], newer(date(2026, 2, 25), 6)))
    ]
    recommend = [
        {"title": n, "publishDate": f"{iso(d)} 10:00:00", "url": f"/zt/{500 + i}.html"}
        for i, (n, d) in enumerate(zip(NEWS[6:9], newer(date(2026, 2, 24), 3)))
    ]
    state = {
        "route": {"path": "/news/tzgg", "params": {"channel": "tzgg"}},
        "site": {"name": site.name, "code": site.code},
        "channel": {"id": "tzgg", "name": "通知公告", "parentName": "新闻中心"},
        "list": {"total": 236, "pageNo": 1, "pageSize": 15, "records": records},
        "sidebar": {"hotList": hot, "recommendList": recommend},
        "friendLinks": [{"name": "四川省人民政府", "url": "https://www.sc.gov.cn/"}],
    }
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="SiteName" content="{site.name}">
<meta name="ColumnName" content="通知公告">
<title>通知公告-{site.name}</title>
<link href="/static/css/chunk-vendors.2e8f1c.css" rel="stylesheet">
<link href="/static/css/app.9a4b7d.css" rel="stylesheet">
</head>
<body>
<noscript><strong>We're sorry but {site.name} doesn't work properly without JavaScript enabled. Please enable it to continue.</strong></noscript>
<div id="app"></div>
<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
<script src="/static/js/chunk-vendors.5d1c0e.js"></script>
<script src="/static/js/app.8e2b3f.js"></script>
</body>
</html>
"""
    page(
        "spa/vue_initial_state.html", html, url=url, today=today, kind="list", item_count=15,
        latest_item_date=max(dates), blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="Vue app, empty #app: window.__INITIAL_STATE__ holds the column's list.records (15) and sidebar.hotList/recommendList (newer); only the column's own records count",
    )


def spa_next_data() -> None:
    site = Site("www.qhx.gov.cn", "清河县人民政府", "1305340014", "冀ICP备19001234号", "13053402000123", "冀", "https")
    today = date(2025, 10, 16)
    url = f"{site.root}/zwgk/zcwj"
    dates = days_back(date(2025, 10, 10), [0, 6, 9, 5, 12, 8, 14, 7, 10, 11, 9, 13])
    names = titles(34, 12)
    articles = [
        {"articleId": f"a{7731 - i}", "title": t, "releaseTime": iso(d), "link": f"/zwgk/zcwj/{7731 - i}", "docNo": f"清政〔2025〕{30 - i}号"}
        for i, (t, d) in enumerate(zip(names, dates))
    ]
    hot = [
        {"articleId": f"h{i}", "title": n, "releaseTime": iso(d), "link": f"/xwzx/{8800 + i}"}
        for i, (n, d) in enumerate(zip(NEWS[2:8], newer(date(2025, 10, 15), 6)))
    ]
    data = {
        "props": {"pageProps": {"column": {"code": "zcwj", "name": "政策文件"}, "articles": {"list": articles, "total": 120, "page": 1},
                                "hotArticles": hot}, "__N_SSG": True},
        "page": "/zwgk/[column]", "query": {"column": "zcwj"}, "buildId": "k3HqX8v2Yp", "isFallback": False, "gsp": True, "scriptLoader": [],
    }
    nav = "".join(f'<a href="{site.root}{p}">{n}</a>' for n, p in STD_NAV)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>政策文件_清河县人民政府</title><meta name="next-head-count" content="3"/><link rel="preload" href="/_next/static/css/2a1f3b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/2a1f3b.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-6b4b2f1b2b3e5a42.js" defer=""></script><script src="/_next/static/chunks/pages/zwgk/%5Bcolumn%5D-1e2d3c.js" defer=""></script></head><body><div id="__next"><div class="layout"><header class="site-header"><div class="topline"><span>{clock_text(today)}</span></div><div class="logo">{site.name}</div><nav class="main-nav">{nav}</nav></header><main class="page-main"><div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政策文件</div><div class="column-title">政策文件</div><div class="article-list"><div class="skeleton"><div class="skeleton-line"></div><div class="skeleton-line"></div><div class="skeleton-line"></div></div></div></main><footer class="site-footer"><p>主办单位：{site.name}办公室 网站标识码：{site.code} <a href="https://beian.miit.gov.cn/">{site.icp}</a></p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>"""
    page(
        "spa/next_data_sidebar.html", html, url=url, today=today, kind="list", item_count=12,
        latest_item_date=max(dates), blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="Next.js page whose list is client-rendered (skeleton in the markup): __NEXT_DATA__ pageProps.articles.list (12) is the column's, pageProps.hotArticles (newer) is not",
    )


def spa_nuxt_state() -> None:
    site = Site("www.lpx.gov.cn", "临平县人民政府", "3301130015", "浙ICP备20001234号", "33011302000321", "浙", "https")
    today = date(2026, 1, 8)
    url = f"{site.root}/col/gzdt"
    dates = days_back(date(2025, 12, 30), [0, 2, 1, 3, 4, 2, 5, 3, 1, 6])
    names = titles(2, 10, NEWS)

    def js_obj(d: dict) -> str:  # a JavaScript literal as Nuxt writes it: unquoted keys
        return "{" + ",".join(f"{k}:{json.dumps(v, ensure_ascii=False)}" for k, v in d.items()) + "}"

    own = ",".join(js_obj({"title": t, "pubDate": iso(d), "href": f"/art/gzdt/{6610 - i}.html"}) for i, (t, d) in enumerate(zip(names, dates)))
    related = ",".join(
        js_obj({"title": n, "pubDate": iso(d), "href": f"/art/tzgg/{7000 + i}.html"})
        for i, (n, d) in enumerate(zip(titles(11, 5), newer(date(2026, 1, 7), 5)))
    )
    rank = ",".join(
        js_obj({"title": n, "pubDate": iso(d), "href": f"/art/ztzl/{7100 + i}.html", "hits": 900 - i})
        for i, (n, d) in enumerate(zip(titles(20, 4), newer(date(2026, 1, 6), 4)))
    )
    html = f"""<!doctype html>
<html data-n-head-ssr lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">
<head>
<title>工作动态 - {site.name}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" name="ColumnName" content="工作动态">
<link rel="preload" href="/_nuxt/4f2a1b.js" as="script"><link rel="preload" href="/_nuxt/8c3d2e.js" as="script">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app"><div class="header"><div class="header-inner"><span class="clock">{clock_text(today)}</span><a href="/" class="logo nuxt-link-active">{site.name}</a></div></div><div class="main-wrap"><div class="breadcrumb"><a href="/">首页</a> / <span>工作动态</span></div><div class="list-wrap"><!----></div></div><div class="footer">主办：{site.name}办公室 网站标识码：{site.code}</div></div></div></div>
<script>window.__NUXT__={{layout:"default",data:[{{column:{{code:"gzdt",name:"工作动态"}},list:[{own}],total:318}}],fetch:{{}},error:null,state:{{common:{{relatedNews:[{related}],rankList:[{rank}]}}}},serverRendered:true,routePath:"/col/gzdt",config:{{_app:{{basePath:"/",assetsPath:"/_nuxt/",cdnURL:null}}}}}};</script>
<script src="/_nuxt/4f2a1b.js" defer></script><script src="/_nuxt/8c3d2e.js" defer></script>
</body>
</html>
"""
    page(
        "spa/nuxt_state.html", html, url=url, today=today, kind="list", item_count=10,
        latest_item_date=max(dates), blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="Nuxt 2 page whose list area is an empty comment (<!---->): window.__NUXT__ data[0].list (10) is the column's; state.common.relatedNews/rankList (newer) are not",
    )


def spa_bundle_only() -> None:
    today = date(2025, 7, 22)
    url = "https://www.xyq.gov.cn/web/#/tzgg"
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="/web/favicon.ico">
<title>西原区人民政府</title>
<link href="/web/css/app.6f1e2d.css" rel="preload" as="style">
<link href="/web/js/app.4d5e6f.js" rel="preload" as="script">
<link href="/web/js/chunk-vendors.1a2b3c.js" rel="preload" as="script">
<link href="/web/css/app.6f1e2d.css" rel="stylesheet">
</head>
<body>
<noscript><strong>We're sorry but 西原区人民政府 doesn't work properly without JavaScript enabled. Please enable it to continue.</strong></noscript>
<div id="app"></div>
<script src="/web/js/chunk-vendors.1a2b3c.js"></script>
<script src="/web/js/app.4d5e6f.js"></script>
</body>
</html>
"""
    page(
        "spa/vue_bundle_only.html", html, url=url, today=today, kind="list", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=True,
        note="Vue CLI shell (hash route #/tzgg): an empty #app and two bundles, no inline data nor data URL: unreadable, never blank",
    )


# --- frames ----------------------------------------------------------------------------------


def frame_iframe_list() -> None:
    site = Site("www.bcx.gov.cn", "北川县人民政府", "5107260016", "蜀ICP备09003210号", "51072602000012", "川")
    today = date(2025, 10, 15)
    url = f"{site.root}/zwgk/tzgg/index.html"
    hot = side_list(
        "热点信息", [(n, f"/zwgk/xwdt/202510/t202510{14 - i:02d}_{7700 + i}.html", d) for i, (n, d) in enumerate(zip(NEWS[:6], newer(date(2025, 10, 14), 6)))],
        cls="hot-info",
    )
    html = head("通知公告 - 北川县人民政府", metas={"SiteName": site.name, "ColumnName": "通知公告"}) + f"""<body>
<div class="header">
  <div class="hd-top w1200"><span class="date">{clock_text(today)}</span><span class="weather"><iframe allowtransparency="true" frameborder="0" width="180" height="36" scrolling="no" src="//tianqi.2345.com/plugin/widget/index.htm?s=3&amp;z=1&amp;t=0&amp;v=0&amp;d=3&amp;bd=0&amp;k=&amp;f=&amp;q=1&amp;e=1&amp;a=1&amp;c=56193&amp;w=180&amp;h=36"></iframe></span></div>
  <div class="logo w1200"><img src="/images/logo.png" alt="{site.name}"></div>
  {nav_bar(site, STD_NAV)}
</div>
<div class="w1200 main">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
  <div class="main-left">
    <div class="left-menu"><h2>政务公开</h2><ul><li><a href="/zwgk/zcwj/index.html">政策文件</a></li><li class="cur"><a href="/zwgk/tzgg/index.html">通知公告</a></li><li><a href="/zwgk/rsxx/index.html">人事信息</a></li></ul></div>
    {hot}
  </div>
  <div class="main-right">
    <div class="title"><h3>通知公告</h3></div>
    <iframe id="listFrame" name="listFrame" src="/cms/web/list.jsp?channelId=75&amp;pageNo=1" width="100%" height="900" frameborder="0" scrolling="no" onload="this.height=this.contentWindow.document.body.scrollHeight"></iframe>
  </div>
</div>
{footer(site, updated=date(2025, 10, 15), extra='<div class="share"><iframe src="https://service.weibo.com/staticjs/weiboshare.html?url=http%3A%2F%2Fwww.bcx.gov.cn%2F" width="120" height="24" frameborder="0" scrolling="no"></iframe></div>')}
</body>
</html>
"""
    page(
        "frame/iframe_list.html", html, url=url, today=today, kind="list", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=f"{site.root}/cms/web/list.jsp?channelId=75&pageNo=1", data_url=None, unreadable=False,
        note="the column's list is an <iframe> (list.jsp?channelId=75) under its own heading; weather and share iframes are widgets; 热点信息 sidebar newer: frame_url, not blank",
    )


def frame_frameset_home() -> None:
    today = date(2025, 6, 10)
    url = "http://www.ycx.gov.cn/"
    html = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>永城县人民政府</title>
<meta name="SiteName" content="永城县人民政府">
<meta name="SiteDomain" content="www.ycx.gov.cn">
<meta name="SiteIDCode" content="4114810017">
</head>
<frameset rows="138,*,60" frameborder="no" border="0" framespacing="0">
  <frame src="top.htm" name="topFrame" scrolling="no" noresize="noresize" id="topFrame" title="topFrame">
  <frameset cols="210,*" frameborder="no" border="0" framespacing="0">
    <frame src="left.htm" name="leftFrame" scrolling="no" noresize="noresize" id="leftFrame" title="leftFrame">
    <frame src="main.htm" name="mainFrame" id="mainFrame" title="mainFrame">
  </frameset>
  <frame src="bottom.htm" name="bottomFrame" scrolling="no" noresize="noresize" id="bottomFrame" title="bottomFrame">
</frameset>
<noframes><body>您的浏览器不支持框架，请<a href="main.htm">点击这里</a>浏览本站。</body></noframes>
</html>
"""
    page(
        "frame/frameset_home.html", html, url=url, today=today, kind="home", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url="http://www.ycx.gov.cn/main.htm", data_url=None, unreadable=False,
        note="frameset-era homepage (top/left/main/bottom frames): the content frame is main.htm; nothing on the page itself is blank",
    )


def frame_table_layout() -> None:
    today = date(2025, 7, 3)
    url = "http://www.lsx.gov.cn/news/list.asp?classid=5"
    side = "".join(
        f'<tr><td height="24">·<a href="show.asp?id={3300 + i}" target="_blank">{escape(n)}</a> <font color="#888888">[{d.month:02d}-{d.day:02d}]</font></td></tr>'
        for i, (n, d) in enumerate(zip(titles(40, 6), newer(date(2025, 7, 2), 6)))
    )
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>工作动态--陆水县人民政府</title>
<link href="../css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="30" class="topdate">{cn(today)} {weekday(today)}</td><td align="right"><a href="../index.asp">返回首页</a></td></tr>
  <tr><td colspan="2"><img src="../images/banner.jpg" width="1000" height="160"></td></tr>
  <tr><td colspan="2" class="daohang"><a href="../index.asp">首　页</a> | <a href="list.asp?classid=5">工作动态</a> | <a href="list.asp?classid=6">通知公告</a> | <a href="../zwgk/index.asp">政务公开</a> | <a href="../hdjl/index.asp">互动交流</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="240" valign="top" bgcolor="#F4F8FC">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="lmbt2">最新公告</td></tr>
        {side}
        <tr><td class="lmbt2">视频新闻</td></tr>
        <tr><td><iframe src="https://player.youku.com/embed/XNTk2MzQ1Njc4MA==" width="230" height="170" frameborder="0" allowfullscreen></iframe></td></tr>
        <tr><td class="lmbt2">县政府位置</td></tr>
        <tr><td><iframe src="https://api.map.baidu.com/marker?location=29.7,115.3&amp;title=%E5%8E%BF%E6%94%BF%E5%BA%9C&amp;output=html" width="230" height="160" frameborder="0"></iframe></td></tr>
      </table>
    </td>
    <td width="760" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="lmbt">工作动态</td></tr>
        <tr><td><iframe src="newslist.asp?classid=5&amp;page=1" width="100%" height="620" frameborder="0" scrolling="auto" name="content"></iframe></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
  <tr><td align="center">主办：陆水县人民政府办公室　网站标识码：4212250018　<a href="https://beian.miit.gov.cn/">鄂ICP备05001234号</a><br>Copyright &copy; 2005-2025 All Rights Reserved</td></tr>
</table>
</body>
</html>
"""
    page(
        "frame/iframe_table_layout.html", html, url=url, today=today, kind="list", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url="http://www.lsx.gov.cn/news/newslist.asp?classid=5&page=1", data_url=None,
        unreadable=False, encoding="gb18030",
        note="GBK table layout: the 工作动态 cell holds an iframe (newslist.asp?classid=5&page=1); the left column has a dated 最新公告 box, a video iframe and a map iframe (widgets, not the list)",
    )


def frame_video_blank() -> None:
    site = Site("www.bcx.gov.cn", "北川县人民政府", "5107260016", "蜀ICP备09003210号", "51072602000012", "川")
    today = date(2025, 10, 15)
    url = f"{site.root}/zwgk/zdxm/index.html"
    hot = side_list(
        "热点信息", [(n, f"/zwgk/xwdt/202510/t202510{14 - i:02d}_{7700 + i}.html", d) for i, (n, d) in enumerate(zip(NEWS[:6], newer(date(2025, 10, 14), 6)))],
        cls="hot-info",
    )
    html = head("重点项目 - 北川县人民政府", metas={"SiteName": site.name, "ColumnName": "重点项目"}) + f"""<body>
<div class="header">
  <div class="hd-top w1200"><span class="date">{clock_text(today)}</span><span class="weather"><iframe allowtransparency="true" frameborder="0" width="180" height="36" scrolling="no" src="//tianqi.2345.com/plugin/widget/index.htm?s=3&amp;z=1&amp;c=56193&amp;w=180&amp;h=36"></iframe></span></div>
  <div class="logo w1200"><img src="/images/logo.png" alt="{site.name}"></div>
  {nav_bar(site, STD_NAV)}
</div>
<div class="w1200 main">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 重点项目</div>
  <div class="main-left">
    {hot}
    <div class="side-video"><h3>北川宣传片</h3><iframe src="https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&amp;page=1" width="280" height="180" frameborder="0" allowfullscreen="true"></iframe></div>
  </div>
  <div class="main-right">
    <div class="title"><h3>重点项目</h3></div>
    <ul class="list"><li class="nodata">暂无信息</li></ul>
  </div>
</div>
{footer(site)}
</body>
</html>
"""
    page(
        "frame/video_iframe_blank.html", html, url=url, today=today, kind="list", item_count=0, latest_item_date=None,
        blank=True, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="blank column with iframes only for widgets (weather, a video player in the sidebar): its own list says 暂无信息; no frame_url",
    )


for build in (
    wp_category, wp_404, zblog_category, spa_vue_state, spa_next_data, spa_nuxt_state, spa_bundle_only,
    frame_iframe_list, frame_frameset_home, frame_table_layout, frame_video_blank,
):
    build()
