"""WordPress, Z-Blog, SPA (Vue/Nuxt), frames, script-drawn lists, letters, mobile, form rows, service landing."""

from __future__ import annotations

import json

from _common import CLOCK_1130, LETTERS, NEWS, NOTICES, cn, dates_desc, gov_footer, iso, js_clock, mmdd, titles

# ------------------------------------------------------------------ WordPress

WP_SITE = "https://www.xxhszh.org.cn"


def _wp_head(title: str, body_class: str, extra_head: str = "") -> str:
    return f"""<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="新乡市红十字会 &raquo; Feed" href="{WP_SITE}/feed/" />
{extra_head}
<link rel='stylesheet' id='wp-block-library-css' href='{WP_SITE}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='hszh-style-css' href='{WP_SITE}/wp-content/themes/hszh/style.css?ver=1.2.0' media='all' />
<script src="{WP_SITE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{WP_SITE}/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">跳至内容</a>
<header id="masthead" class="site-header">
  <div class="top-line"><span class="today">{CLOCK_1130}</span></div>
  <div class="site-branding"><p class="site-title"><a href="{WP_SITE}/" rel="home">新乡市红十字会</a></p><p class="site-description">人道 博爱 奉献</p></div>
  <nav id="site-navigation" class="main-navigation"><div class="menu-main-container"><ul id="primary-menu" class="menu">
    <li id="menu-item-10" class="menu-item"><a href="{WP_SITE}/">首页</a></li>
    <li id="menu-item-11" class="menu-item"><a href="{WP_SITE}/category/xwdt/">新闻动态</a></li>
    <li id="menu-item-12" class="menu-item"><a href="{WP_SITE}/category/tzgg/">通知公告</a></li>
    <li id="menu-item-13" class="menu-item"><a href="{WP_SITE}/category/xxgk/">信息公开</a></li>
    <li id="menu-item-14" class="menu-item"><a href="{WP_SITE}/category/jzxx/">捐赠信息</a></li>
    <li id="menu-item-15" class="menu-item"><a href="{WP_SITE}/category/yjjh/">应急救护</a></li>
  </ul></div></nav>
</header>
"""


def _wp_sidebar(recent_dates: list[str]) -> str:
    rec = "\n".join(f'<li><a href="{WP_SITE}/{d[:4]}/{d[5:7]}/{d[8:]}/p{900 + i}/">{t}</a><span class="post-date">{cn(__import__("datetime").date.fromisoformat(d))}</span></li>' for i, (t, d) in enumerate(zip(titles(NEWS, len(recent_dates), 33), recent_dates)))
    return f"""<aside id="secondary" class="widget-area">
  <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{WP_SITE}/"><label><span class="screen-reader-text">搜索：</span><input type="search" class="search-field" placeholder="搜索&hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="搜索" /></form></section>
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>
{rec}
  </ul></section>
  <section id="archives-2" class="widget widget_archive"><h2 class="widget-title">文章归档</h2><ul>
    <li><a href='{WP_SITE}/2025/11/'>2025年11月</a></li><li><a href='{WP_SITE}/2025/10/'>2025年10月</a></li><li><a href='{WP_SITE}/2025/09/'>2025年9月</a></li>
  </ul></section>
  <section id="calendar-2" class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">
    <caption>2025年11月</caption>
    <thead><tr><th scope="col" title="星期一">一</th><th scope="col" title="星期二">二</th><th scope="col" title="星期三">三</th><th scope="col" title="星期四">四</th><th scope="col" title="星期五">五</th><th scope="col" title="星期六">六</th><th scope="col" title="星期日">日</th></tr></thead>
    <tbody>
    <tr><td colspan="5" class="pad">&nbsp;</td><td>1</td><td>2</td></tr>
    <tr><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td><td>9</td></tr>
    <tr><td>10</td><td>11</td><td>12</td><td>13</td><td>14</td><td>15</td><td>16</td></tr>
    <tr><td>17</td><td><a href="{WP_SITE}/2025/11/18/" aria-label="文章发布于 2025年11月18日">18</a></td><td>19</td><td><a href="{WP_SITE}/2025/11/20/" aria-label="文章发布于 2025年11月20日">20</a></td><td>21</td><td>22</td><td>23</td></tr>
    <tr><td><a href="{WP_SITE}/2025/11/24/" aria-label="文章发布于 2025年11月24日">24</a></td><td>25</td><td>26</td><td>27</td><td><a href="{WP_SITE}/2025/11/28/" aria-label="文章发布于 2025年11月28日">28</a></td><td>29</td><td id="today">30</td></tr>
    </tbody></table></div></section>
</aside>"""


def _wp_footer() -> str:
    return f"""<footer id="colophon" class="site-footer">
  <div class="site-info">版权所有 &copy; 2025 新乡市红十字会　地址：新乡市人民路 99 号　电话：0373-2012345<br>
  <a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备16004567号-1</a>　豫公网安备 41070202000088号　网站标识码：bm41000123<br>
  自豪地采用 <a href="https://cn.wordpress.org/">WordPress</a></div>
</footer>
</div><!-- #page -->
<script src="{WP_SITE}/wp-content/themes/hszh/js/navigation.js?ver=1.2.0" id="hszh-navigation-js"></script>
</body>
</html>
"""


def wp_category() -> tuple[str, str, str]:
    # WordPress category archive /category/xwdt/: 10 <article> posts; newest published 2025-11-24
    # (<time class="entry-date published">); several posts carry a hidden <time class="updated"> up to 2025-11-29;
    # yoast JSON-LD dateModified 2025-11-29; sidebar 近期文章 with 2025-11-28/29 (other category); calendar widget.
    # Pager: a.next.page-numbers -> /category/xwdt/page/2/ (also <link rel="next">).
    ds = dates_desc("2025-11-24", 10, (0, 4, 2, 3, 5, 2, 6, 3))
    ts = titles(NEWS, 10, 17)
    upd = {0: "2025-11-29T16:40:02+08:00", 1: "2025-11-27T09:03:12+08:00", 4: "2025-11-26T11:00:45+08:00"}
    posts = []
    for i, (t, d) in enumerate(zip(ts, ds)):
        pid = 1234 - i * 7
        link = f"{WP_SITE}/{d.year}/{d.month:02d}/{d.day:02d}/post-{pid}/"
        pub = f"{iso(d)}T09:{10 + i:02d}:33+08:00"
        updated = upd.get(i, pub)
        upd_cn = cn(__import__("datetime").date.fromisoformat(updated[:10]))
        posts.append(f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-xwdt">
  <header class="entry-header">
    <h2 class="entry-title"><a href="{link}" rel="bookmark">{t}</a></h2>
    <div class="entry-meta">
      <span class="posted-on">发布于 <a href="{link}" rel="bookmark"><time class="entry-date published" datetime="{pub}">{cn(d)}</time><time class="updated" datetime="{updated}">{upd_cn}</time></a></span>
      <span class="byline"> 由 <span class="author vcard"><a class="url fn n" href="{WP_SITE}/author/admin/">市红十字会办公室</a></span></span>
    </div>
  </header>
  <div class="entry-summary"><p>{t}。近日，市红十字会组织志愿者深入社区开展相关工作&hellip; <a class="more-link" href="{link}">继续阅读<span class="screen-reader-text">“{t}”</span></a></p></div>
</article>""")
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "CollectionPage", "@id": f"{WP_SITE}/category/xwdt/", "url": f"{WP_SITE}/category/xwdt/", "name": "新闻动态 - 新乡市红十字会",
          "isPartOf": {"@id": f"{WP_SITE}/#website"}, "inLanguage": "zh-Hans", "dateModified": "2025-11-29T16:40:02+08:00"}]}
    extra = f"""<link rel="next" href="{WP_SITE}/category/xwdt/page/2/" />
<meta property="og:locale" content="zh_CN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="新闻动态 - 新乡市红十字会" />
<meta property="og:url" content="{WP_SITE}/category/xwdt/" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>"""
    html = _wp_head("新闻动态 &#8211; 新乡市红十字会", "archive category category-xwdt category-3 wp-embed-responsive hfeed", extra) + f"""<div id="content" class="site-content">
<main id="primary" class="site-main">
  <header class="page-header"><h1 class="page-title">分类：<span>新闻动态</span></h1></header>
{chr(10).join(posts)}
  <nav class="navigation pagination" aria-label="文章分页">
    <h2 class="screen-reader-text">文章分页</h2>
    <div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="{WP_SITE}/category/xwdt/page/2/">2</a>
<a class="page-numbers" href="{WP_SITE}/category/xwdt/page/3/">3</a>
<span class="page-numbers dots">&hellip;</span>
<a class="page-numbers" href="{WP_SITE}/category/xwdt/page/12/">12</a>
<a class="next page-numbers" href="{WP_SITE}/category/xwdt/page/2/">下一页</a></div>
  </nav>
</main>
{_wp_sidebar(["2025-11-29", "2025-11-28", "2025-11-28", "2025-11-24", "2025-11-20"])}
</div>
""" + _wp_footer()
    return "wordpress/category_xwdt.html", html, "utf-8"


def wp_error404() -> tuple[str, str, str]:
    # WordPress theme 404 template served 200: body class error404, "抱歉，找不到该页面", search form, sidebar 近期文章
    # with dates (2025-11-2x). soft404.
    html = _wp_head("未找到页面 &#8211; 新乡市红十字会", "error404 wp-embed-responsive hfeed") + f"""<div id="content" class="site-content">
<main id="primary" class="site-main">
  <section class="error-404 not-found">
    <header class="page-header"><h1 class="page-title">抱歉，找不到该页面。</h1></header>
    <div class="page-content">
      <p>看起来这个位置什么都没有。也许可以试试下面的链接或搜索？</p>
      <form role="search" method="get" class="search-form" action="{WP_SITE}/"><label><span class="screen-reader-text">搜索：</span><input type="search" class="search-field" placeholder="搜索&hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="搜索" /></form>
      <div class="widget widget_categories"><h2 class="widget-title">最常用分类</h2><ul>
        <li class="cat-item cat-item-3"><a href="{WP_SITE}/category/xwdt/">新闻动态</a> (118)</li>
        <li class="cat-item cat-item-4"><a href="{WP_SITE}/category/tzgg/">通知公告</a> (46)</li>
        <li class="cat-item cat-item-6"><a href="{WP_SITE}/category/jzxx/">捐赠信息</a> (31)</li>
      </ul></div>
    </div>
  </section>
</main>
{_wp_sidebar(["2025-11-29", "2025-11-28", "2025-11-24", "2025-11-20", "2025-11-18"])}
</div>
""" + _wp_footer()
    return "wordpress/error404.html", html, "utf-8"


def wp_single() -> tuple[str, str, str]:
    # WordPress single post published 2025-11-12 (<time class="entry-date published">), updated 2025-11-28 (hidden
    # time.updated + article:modified_time meta); comments dated 2025-11-29; 近期文章 sidebar. Article, latest 2025-11-12.
    link = f"{WP_SITE}/2025/11/12/post-1187/"
    extra = f"""<link rel="canonical" href="{link}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2025-11-12T08:30:00+00:00" />
<meta property="article:modified_time" content="2025-11-28T07:12:09+00:00" />"""
    html = _wp_head("市红十字会开展“博爱送万家”冬季慰问活动 &#8211; 新乡市红十字会", "post-template-default single single-post postid-1187 single-format-standard", extra) + f"""<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-1187" class="post-1187 post type-post status-publish format-standard hentry category-xwdt">
  <header class="entry-header">
    <h1 class="entry-title">市红十字会开展“博爱送万家”冬季慰问活动</h1>
    <div class="entry-meta"><span class="posted-on">发布于 <a href="{link}" rel="bookmark"><time class="entry-date published" datetime="2025-11-12T16:30:00+08:00">2025年11月12日</time><time class="updated" datetime="2025-11-28T15:12:09+08:00">2025年11月28日</time></a></span><span class="byline"> 由 <span class="author vcard"><a class="url fn n" href="{WP_SITE}/author/admin/">市红十字会办公室</a></span></span></div>
  </header>
  <div class="entry-content">
    <p>11月11日至12日，市红十字会组织工作人员和志愿者分赴各县（市、区），为困难群众送去棉被、大米、食用油等慰问物资。</p>
    <p>据悉，本次“博爱送万家”活动将持续至2026年2月，预计惠及困难家庭1200余户。</p>
  </div>
  <footer class="entry-footer"><span class="cat-links">发布在 <a href="{WP_SITE}/category/xwdt/" rel="category tag">新闻动态</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="文章"><div class="nav-links"><div class="nav-previous"><a href="{WP_SITE}/2025/11/10/post-1180/" rel="prev"><span class="nav-subtitle">上一篇：</span> <span class="nav-title">全市应急救护师资培训班开班</span></a></div><div class="nav-next"><a href="{WP_SITE}/2025/11/18/post-1194/" rel="next"><span class="nav-subtitle">下一篇：</span> <span class="nav-title">红十字志愿者走进校园开展防溺水宣传</span></a></div></div></nav>
<div id="comments" class="comments-area">
  <h2 class="comments-title">《市红十字会开展“博爱送万家”冬季慰问活动》上有 1 条评论</h2>
  <ol class="comment-list"><li id="comment-52" class="comment even thread-even depth-1"><article id="div-comment-52" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">热心市民</b><span class="says">说：</span></div><div class="comment-metadata"><a href="{link}#comment-52"><time datetime="2025-11-29T15:12:44+08:00">2025年11月29日 下午3:12</time></a></div></footer><div class="comment-content"><p>为红十字会点赞！</p></div></article></li></ol>
</div>
</main>
{_wp_sidebar(["2025-11-29", "2025-11-28", "2025-11-24", "2025-11-20", "2025-11-18"])}
</div>
""" + _wp_footer()
    return "wordpress/single_post.html", html, "utf-8"


# ------------------------------------------------------------------ Z-Blog

ZB = "https://www.lzcwh.cn"


def _zb_page(title: str, posts: str, pagebar: str) -> str:
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta name="generator" content="Z-BlogPHP 1.7.3" />
	<title>{title}</title>
	<link rel="stylesheet" href="{ZB}/zb_users/theme/default/style/default.css?v=173290" type="text/css" media="all"/>
	<script src="{ZB}/zb_system/script/jquery-2.2.4.min.js?v=173290"></script>
	<script src="{ZB}/zb_system/script/zblogphp.js?v=173290"></script>
	<script src="{ZB}/zb_system/script/c_html_js_add.php?hash=&amp;v=173290"></script>
	<link rel="alternate" type="application/rss+xml" href="{ZB}/feed.php" title="李庄村村务公开网" />
</head>
<body class="multi category">
<div id="divAll">
	<div id="divPage">
	<div id="divMiddle">
		<div id="divTop">
			<h1 id="BlogTitle"><a href="{ZB}/">李庄村村务公开网</a></h1>
			<h3 id="BlogSubTitle">{CLOCK_1130}</h3>
		</div>
		<div id="divNavBar"><hr/><ul>
<li id="nvabar-item-index"><a href="{ZB}/">首页</a></li><li id="navbar-category-2"><a href="{ZB}/category-2.html">村务公开</a></li><li id="navbar-category-3"><a href="{ZB}/category-3.html">党务公开</a></li><li id="navbar-category-4"><a href="{ZB}/category-4.html">财务公开</a></li><li id="navbar-page-2"><a href="{ZB}/2.html">留言本</a></li>
		</ul></div>
		<div id="divMain">
{posts}
<div class="pagebar">{pagebar}</div>
		</div>
		<div id="divSidebar">
<dl class="function" id="divCalendar">
<dt class="function_t">日历</dt><dd class="function_c"><div><table id="tbCalendar"><caption><a href="{ZB}/date-2025-10.html">«</a>&nbsp;&nbsp;&nbsp;<a href="{ZB}/date-2025-11.html">2025年11月</a>&nbsp;&nbsp;&nbsp;<a href="{ZB}/date-2025-12.html">»</a></caption>
<thead><tr><th title="星期一">一</th><th title="星期二">二</th><th title="星期三">三</th><th title="星期四">四</th><th title="星期五">五</th><th title="星期六">六</th><th title="星期日">日</th></tr></thead>
<tbody><tr><td></td><td></td><td></td><td></td><td></td><td>1</td><td>2</td></tr><tr><td>24</td><td>25</td><td>26</td><td>27</td><td><a href="{ZB}/date-2025-11-28.html" title="2025-11-28 (1)">28</a></td><td>29</td><td id="today">30</td></tr></tbody></table></div></dd>
</dl>
<dl class="function" id="divPrevious">
<dt class="function_t">最近发表</dt><dd class="function_c"><ul>
<li><a title="李庄村2025年11月党员活动日记录" href="{ZB}/post/341.html">李庄村2025年11月党员活动日记录</a></li>
<li><a title="关于2025年度农村低保评议结果的公示" href="{ZB}/post/340.html">关于2025年度农村低保评议结果的公示</a></li>
</ul></dd>
</dl>
<dl class="function" id="divComments">
<dt class="function_t">最新留言</dt><dd class="function_c"><ul>
<li><a href="{ZB}/post/340.html#cmt88" title="村民 @ 2025-11-29 20:11:05">请问低保名单什么时候张贴？</a></li>
</ul></dd>
</dl>
		</div>
		<div id="divBottom">
			<h3 id="BlogCopyRight">Copyright &copy; 2019-2025 李庄村村民委员会 版权所有 <a href="https://beian.miit.gov.cn/">豫ICP备19023456号-1</a></h3>
			<h4 id="BlogPowerBy">Powered By <a href="https://www.zblogcn.com/" title="Z-BlogPHP 1.7.3 Build 173290" target="_blank">Z-BlogPHP 1.7.3</a></h4>
		</div>
	</div>
	</div>
</div>
</body>
</html>
"""


def _zb_posts(ts: list[str], ds: list, start_id: int) -> str:
    out = []
    for i, (t, d) in enumerate(zip(ts, ds)):
        pid = start_id - i
        out.append(f"""<div class="post multi">
	<h4 class="post-date">{cn(d)}</h4>
	<h2 class="post-title"><a href="{ZB}/post/{pid}.html">{t}</a></h2>
	<div class="post-body"><p>{t}，现将有关情况公开如下，接受全体村民监督……</p></div>
	<h5 class="post-tags"></h5>
	<h6 class="post-footer">作者:村委会 | 分类:<a href="{ZB}/category-2.html">村务公开</a> | 浏览:({40 + i * 3}) | 评论:(0)</h6>
</div>""")
    return "\n".join(out)


ZB_TITLES = ["李庄村2025年第四季度村务公开", "关于2025年度农村低保评议结果的公示", "李庄村冬季防火安全告知书", "李庄村2025年10月财务收支明细公开",
             "关于村集体土地流转情况的公示", "李庄村2025年秋粮收购补贴发放名单", "关于村内道路硬化工程招标结果的公示", "李庄村2025年第三季度村务公开",
             "李庄村2025年9月财务收支明细公开", "关于2025年度城乡居民医保缴费的通知", "李庄村“一事一议”筹资筹劳方案公示", "李庄村2024年度村务监督委员会工作报告",
             "李庄村2024年第四季度村务公开", "李庄村2024年12月财务收支明细公开", "关于李庄村2024年度集体经济收益分配方案的公示", "李庄村2024年第三季度村务公开",
             "李庄村2024年9月财务收支明细公开"]


def zblog_category_first() -> tuple[str, str, str]:
    # Z-Blog category-2.html page 1: 10 posts, date in h4.post-date "2025年11月22日" ABOVE each title; newest 2025-11-22.
    # Pagebar: ›(next) -> category-2_2.html. Sidebar: calendar (28 linked), 最新留言 title "@ 2025-11-29 20:11:05".
    ds = dates_desc("2025-11-22", 10, (0, 5, 7, 3, 6, 9, 4, 8))
    posts = _zb_posts(ZB_TITLES[:10], ds, 339)
    bar = f"""<span class="now-page">1</span><a href="{ZB}/category-2_2.html"><span class="page">2</span></a><a href="{ZB}/category-2_2.html"><span class="page">&#8250;</span></a><a href="{ZB}/category-2_2.html" title="最后一页"><span class="page">&#8250;&#8250;</span></a>"""
    return "zblog/category_first.html", _zb_page("村务公开-李庄村村务公开网", posts, bar), "utf-8"


def zblog_category_last() -> tuple[str, str, str]:
    # Z-Blog category-2_2.html, the LAST page: 7 posts, newest on the page 2025-02-20 (old); pagebar has only
    # ‹‹ (first) ‹ (prev) 1 and the current 2 -> next_page null.
    from datetime import date as _d
    ds = [_d(2025, 2, 20), _d(2025, 1, 15), _d(2025, 1, 10), _d(2025, 1, 6), _d(2024, 12, 28), _d(2024, 10, 12), _d(2024, 10, 8)]
    posts = _zb_posts(ZB_TITLES[10:17], ds, 329)
    bar = f"""<a href="{ZB}/category-2.html" title="第一页"><span class="page">&#8249;&#8249;</span></a><a href="{ZB}/category-2.html"><span class="page">&#8249;</span></a><a href="{ZB}/category-2.html"><span class="page">1</span></a><span class="now-page">2</span>"""
    return "zblog/category_last.html", _zb_page("村务公开-李庄村村务公开网 第2页", posts, bar), "utf-8"


# ------------------------------------------------------------------ SPA: Nuxt SSR, Vue state, Vue API shell


def nuxt_ssr_state() -> tuple[str, str, str]:
    # Nuxt 2 SSR page /xwzx/gzdt: 12 items rendered in the DOM (span.time YYYY-MM-DD), newest 2025-11-27; the same 12
    # records and a 热点推荐 list (2025-11-29/30) sit in window.__NUXT__ (function form). Element-UI pager with buttons only
    # (no next URL). serverTime 2025-11-30 in state.
    ds = dates_desc("2025-11-27", 12)
    ts = titles(NEWS, 12, 4)
    recs = [{"id": 8812 - i * 3, "title": t, "publishTime": f"{iso(d)} 10:00:00", "columnId": 12} for i, (t, d) in enumerate(zip(ts, ds))]
    hot = [{"id": 8830 + i, "title": t, "publishTime": d} for i, (t, d) in enumerate(zip(titles(NEWS, 5, 38), ["2025-11-30 08:00:00", "2025-11-29 16:00:00", "2025-11-29 09:00:00", "2025-11-28 10:00:00", "2025-11-27 15:00:00"]))]
    lis = "\n".join(f'<li data-v-5c2d7a10 class="news-item"><a data-v-5c2d7a10 href="/detail/{r["id"]}" class=""><span data-v-5c2d7a10 class="title">{r["title"]}</span><span data-v-5c2d7a10 class="time">{r["publishTime"][:10]}</span></a></li>' for r in recs)
    hot_li = "\n".join(f'<li data-v-3f1e2b44><a data-v-3f1e2b44 href="/detail/{h["id"]}">{h["title"]}</a></li>' for h in hot)
    state = json.dumps({"layout": "default", "data": [{"list": recs, "total": 236, "pageNum": 1, "pageSize": 12, "hot": hot}],
                        "fetch": {}, "error": None, "state": {"app": {"serverTime": "2025-11-30 09:12:45", "siteName": "新乡市数据局"}},
                        "serverRendered": True, "routePath": "/xwzx/gzdt", "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}, ensure_ascii=False)
    html = f"""<!doctype html>
<html data-n-head-ssr lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">
<head>
<title>工作动态 - 新乡市数据局</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="新乡市数据局工作动态"><meta data-n-head="ssr" name="SiteName" content="新乡市数据局"><meta data-n-head="ssr" name="ColumnName" content="工作动态">
<link rel="preload" href="/_nuxt/8c1f3d2.js" as="script"><link rel="preload" href="/_nuxt/a7b41e0.js" as="script"><link rel="preload" href="/_nuxt/app.4f2c9a1.js" as="script">
<style data-vue-ssr-id="5c2d7a10:0">.news-item[data-v-5c2d7a10]{{display:flex;justify-content:space-between;line-height:42px;border-bottom:1px dashed #ddd}}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="layout">
  <header data-v-7a1b2c3d class="header"><div data-v-7a1b2c3d class="top"><span data-v-7a1b2c3d>{CLOCK_1130}</span></div>
    <div data-v-7a1b2c3d class="logo"><img data-v-7a1b2c3d src="/_nuxt/img/logo.2a3b4c.png" alt="新乡市数据局"></div>
    <nav data-v-7a1b2c3d class="nav"><a data-v-7a1b2c3d href="/" class="">首页</a><a data-v-7a1b2c3d href="/jggk" class="">机构概况</a><a data-v-7a1b2c3d href="/xwzx/gzdt" aria-current="page" class="nuxt-link-exact-active nuxt-link-active">工作动态</a><a data-v-7a1b2c3d href="/xwzx/tzgg" class="">通知公告</a><a data-v-7a1b2c3d href="/zwgk" class="">政务公开</a><a data-v-7a1b2c3d href="/sjkf" class="">数据开放</a></nav>
  </header>
  <div data-v-5c2d7a10 class="page-list container">
    <div data-v-5c2d7a10 class="breadcrumb"><a data-v-5c2d7a10 href="/">首页</a> / 新闻中心 / 工作动态</div>
    <div data-v-5c2d7a10 class="main">
      <ul data-v-5c2d7a10 class="news-list">
{lis}
      </ul>
      <div data-v-5c2d7a10 class="el-pagination is-background"><span class="el-pagination__total">共 236 条</span><button type="button" disabled="disabled" class="btn-prev"><i class="el-icon el-icon-arrow-left"></i></button><ul class="el-pager"><li class="number active">1</li><li class="number">2</li><li class="number">3</li><li class="number">4</li><li class="number">5</li><li class="number">6</li><li class="el-icon more btn-quicknext el-icon-more"></li><li class="number">20</li></ul><button type="button" class="btn-next"><i class="el-icon el-icon-arrow-right"></i></button></div>
    </div>
    <aside data-v-3f1e2b44 class="side"><h3 data-v-3f1e2b44>热点推荐</h3><ul data-v-3f1e2b44>
{hot_li}
    </ul></aside>
  </div>
  <footer data-v-2e9d8c7b class="footer"><p data-v-2e9d8c7b>主办单位：新乡市数据局　版权所有 &copy; 2024-2025</p><p data-v-2e9d8c7b>网站标识码：4107000055　<a data-v-2e9d8c7b href="https://beian.miit.gov.cn/">豫ICP备2024012345号-1</a>　豫公网安备 41070202000312号</p></footer>
</div></div></div>
<script>window.__NUXT__=(function(a,b,c){{return {state}}}("default",true,null));</script>
<script src="/_nuxt/8c1f3d2.js" defer></script><script src="/_nuxt/a7b41e0.js" defer></script><script src="/_nuxt/app.4f2c9a1.js" defer></script>
</body>
</html>
"""
    return "spa/nuxt_ssr_state.html", html, "utf-8"


def vue_initial_state() -> tuple[str, str, str]:
    # Client-rendered Vue page: <div id="app"></div> is empty; window.__INITIAL_STATE__ holds the column's 10 records
    # (publishDate, newest 2025-11-20) AND a sidebar hotList (2025-11-29/30) AND serverTime 2025-11-30.
    # A careful reader counts the 10 column records; no next URL (client pager).
    ds = dates_desc("2025-11-20", 10, (0, 3, 1, 4, 2, 6))
    ts = titles(NOTICES, 10, 21)
    recs = [{"id": f"a{9120 - i * 7}", "title": t, "publishDate": iso(d), "url": f"/web/detail/a{9120 - i * 7}", "source": "新乡市医疗保障局"} for i, (t, d) in enumerate(zip(ts, ds))]
    state = {"route": {"path": "/web/column/tzgg", "name": "column", "params": {"code": "tzgg"}},
             "app": {"siteName": "新乡市医疗保障局", "serverTime": "2025-11-30 10:05:12"},
             "column": {"code": "tzgg", "name": "通知公告", "records": recs, "total": 122, "pageNo": 1, "pageSize": 10},
             "sidebar": {"hotList": [{"title": t, "publishDate": d, "url": f"/web/detail/h{i}"} for i, (t, d) in enumerate(zip(titles(NEWS, 4, 37), ["2025-11-30", "2025-11-29", "2025-11-29", "2025-11-28"]))]}}
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="SiteName" content="新乡市医疗保障局">
<meta name="ColumnName" content="通知公告">
<link rel="icon" href="/favicon.ico">
<title>通知公告-新乡市医疗保障局</title>
<link href="/static/css/app.3e1f2a.css" rel="stylesheet">
</head>
<body>
<noscript><strong>We're sorry but ybj-portal doesn't work properly without JavaScript enabled. Please enable it to continue.</strong></noscript>
<div id="app"></div>
<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
<script src="/static/js/chunk-vendors.7b2c1d.js"></script>
<script src="/static/js/app.9a8f7e.js"></script>
</body>
</html>
"""
    return "spa/vue_initial_state.html", html, "utf-8"


def vue_api_shell() -> tuple[str, str, str]:
    # Vue CLI shell: <div id="app"> holds only a loading spinner; the list comes from an API in the bundled app
    # (window.__CONFIG__ names apiBase and columnId). No data in the page: list, 0 items, not blank, unreadable.
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="SiteName" content="新乡市退役军人事务局">
<meta name="ColumnName" content="工作动态">
<title>工作动态-新乡市退役军人事务局</title>
<script>window.__CONFIG__ = { apiBase: "/prod-api", siteId: "xxtyjr", columnId: "1021", pageSize: 15 };</script>
<link href="/static/css/chunk-vendors.2b7f1c.css" rel="stylesheet">
<link href="/static/css/app.6d2e8a.css" rel="stylesheet">
</head>
<body>
<noscript><strong>We're sorry but portal-web doesn't work properly without JavaScript enabled. Please enable it to continue.</strong></noscript>
<div id="app"><div class="app-loading"><div class="app-loading-dots"><span class="dot dot-spin"><i></i><i></i><i></i><i></i></span></div><div class="app-loading-title">加载中…</div></div></div>
<script src="/static/js/chunk-vendors.1f9e3b.js"></script>
<script src="/static/js/app.c4a7d2.js"></script>
</body>
</html>
"""
    return "spa/vue_api_shell.html", html, "utf-8"


# ------------------------------------------------------------------ frames


def _daj_shell(title: str, right: str) -> str:
    latest = "\n".join(f'<li><a href="/xwdt/gzdt/2025{d[5:7]}/t2025{d[5:7]}{d[8:]}_{1300 + i}.html" target="_blank">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(zip(titles(NEWS, 5, 26), ["2025-11-29", "2025-11-28", "2025-11-28", "2025-11-27", "2025-11-25"])))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="SiteName" content="辉县市档案馆">
<meta name="ColumnName" content="通知公告">
<link rel="stylesheet" type="text/css" href="/css/common.css" />
<script type="text/javascript" src="/js/jquery.js"></script>
<script type="text/javascript">
function setIframeHeight(iframe) {{
  if (iframe) {{ var w = iframe.contentWindow || iframe.contentDocument.parentWindow; if (w.document.body) {{ iframe.height = w.document.documentElement.scrollHeight || w.document.body.scrollHeight; }} }}
}}
</script>
</head>
<body>
<div class="head"><div class="w1100"><img src="/images/logo.png" alt="辉县市档案馆" /><div class="date">{CLOCK_1130}</div></div></div>
<div class="nav"><div class="w1100"><a href="/">首页</a><a href="/dagk/">档案馆概况</a><a href="/xwdt/gzdt/">工作动态</a><a href="/zwgk/tzgg/" class="on">通知公告</a><a href="/dazs/">档案知识</a><a href="/dacx/">档案查询</a></div></div>
<div class="w1100 main">
  <div class="left">
    <div class="lmenu"><h3>政务公开</h3><ul><li class="on"><a href="/zwgk/tzgg/">通知公告</a></li><li><a href="/zwgk/zcfg/">政策法规</a></li><li><a href="/zwgk/ghjh/">规划计划</a></li></ul></div>
    <div class="lnews"><h3>最新动态</h3><ul>
{latest}
    </ul></div>
  </div>
  <div class="right">
{right}
  </div>
</div>
{gov_footer("辉县市档案馆", "4107820019", "豫ICP备14005678号-1", "豫公网安备 41078202000056号", "2014-2025")}
</body>
</html>
"""


def iframe_column() -> tuple[str, str, str]:
    # Column page whose list is shown through <iframe src="list_content.html">; 最新动态 sidebar 2025-11-25..29.
    # list, 0 items, latest null, not blank, frame_url = .../zwgk/tzgg/list_content.html, unreadable.
    right = """    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
    <div class="rtit">通知公告</div>
    <iframe src="list_content.html" id="contentFrame" name="contentFrame" width="100%" height="820" frameborder="0" scrolling="no" onload="setIframeHeight(this)"></iframe>"""
    return "frames/iframe_column.html", _daj_shell("通知公告-辉县市档案馆", right), "utf-8"


def iframe_content() -> tuple[str, str, str]:
    # The framed list itself (list_content.html): a bare page, no header/footer; table of 18 rows (title, date td);
    # newest 2025-11-19; pager "下一页" -> list_content_1.html.
    ds = dates_desc("2025-11-19", 18, (0, 3, 2, 5, 1, 4, 7))
    ts = titles(NOTICES, 18, 13)
    rows = "\n".join(f'<tr><td class="dot">·</td><td class="tit"><a href="./2025{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{2210 - i * 3}.html" target="_parent">{t}</a></td><td class="date">{iso(d)}</td></tr>' for i, (t, d) in enumerate(zip(ts, ds)))
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="stylesheet" type="text/css" href="/css/list.css" />
<base target="_parent" />
</head>
<body style="background:transparent">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="listtab">
{rows}
</table>
<div class="page">共 214 条　第 1/12 页　<span>首页</span> <span>上一页</span> <a href="list_content_1.html" target="_self">下一页</a> <a href="list_content_11.html" target="_self">尾页</a></div>
</body>
</html>
"""
    return "frames/iframe_list_content.html", html, "utf-8"


def frameset_home_gbk() -> tuple[str, str, str]:
    # GBK frameset homepage: top.htm / main.htm / bottom.htm; <noframes> text. home, 0 items, frame_url = main.htm.
    html = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>辉县市农业农村局欢迎您</title>
<meta name="keywords" content="辉县市农业农村局,三农,农业技术">
<meta name="description" content="辉县市农业农村局门户网站">
<meta name="SiteIDCode" content="4107820027">
</head>
<frameset rows="158,*,96" cols="*" frameborder="no" border="0" framespacing="0">
  <frame src="top.htm" name="topFrame" scrolling="no" noresize="noresize" id="topFrame" title="topFrame" />
  <frame src="main.htm" name="mainFrame" id="mainFrame" title="mainFrame" />
  <frame src="bottom.htm" name="bottomFrame" scrolling="no" noresize="noresize" id="bottomFrame" title="bottomFrame" />
</frameset>
<noframes><body>
<p>您的浏览器不支持框架，请<a href="main.htm">点击这里</a>浏览辉县市农业农村局网站。</p>
<p>版权所有：辉县市农业农村局　豫ICP备06001234号</p>
</body></noframes>
</html>
"""
    return "frames/frameset_home_gbk.html", html, "gbk"


# ------------------------------------------------------------------ script-drawn lists


def _gxj_shell(title: str, column: str, main: str, scripts: str) -> str:
    side = "\n".join(f'<li><a href="/news/show-{6100 + i}.html">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(zip(titles(NEWS, 5, 41), ["2025-11-29", "2025-11-28", "2025-11-27", "2025-11-26", "2025-11-21"])))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="SiteName" content="卫辉市工业和信息化局">
<meta name="ColumnName" content="{column}">
<link rel="stylesheet" href="/static/css/index.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header"><div class="w"><div class="logo"><img src="/static/images/logo.png" alt="卫辉市工业和信息化局"></div><div class="time">{CLOCK_1130}</div></div>
<div class="nav"><ul class="w"><li><a href="/">首页</a></li><li><a href="/news/gzdt.html">工作动态</a></li><li><a href="/news/tzgg.html">通知公告</a></li><li><a href="/news/zcfg.html">政策法规</a></li><li><a href="/news/qyfw.html">企业服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="w main">
  <div class="side"><div class="sbox"><h3>最新动态</h3><ul>
{side}
  </ul></div></div>
  <div class="content">
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; {column}</div>
{main}
  </div>
</div>
{gov_footer("卫辉市工业和信息化局", "4107810038", "豫ICP备16008765号-1", "豫公网安备 41078102000034号", "2016-2025")}
{scripts}
</body>
</html>
"""


def jsonp_list() -> tuple[str, str, str]:
    # The list <ul id="newsList"> is EMPTY in the HTML and filled by a JSONP call ($.ajax dataType jsonp ->
    # callback=jQuery1124…); sidebar 最新动态 with dates. list, 0 items, not blank, unreadable.
    main = """    <div class="ctit">通知公告</div>
    <ul class="newslist" id="newsList"></ul>
    <div class="pager" id="pager"></div>"""
    scripts = """<script>
var pageNo = 1;
function loadList(p) {
  $.ajax({
    url: "http://data.whgxj.gov.cn/cms/api/list.jsonp",
    data: { channelCode: "tzgg", pageNo: p, pageSize: 15 },
    dataType: "jsonp",
    jsonp: "callback",
    success: function (res) {
      var html = "";
      $.each(res.data.list, function (i, item) {
        html += '<li><a href="' + item.url + '" target="_blank">' + item.title + '</a><span>' + item.pubDate.substr(0, 10) + '</span></li>';
      });
      $("#newsList").html(html);
      renderPager(res.data.total, p);
    }
  });
}
function renderPager(total, p) { $("#pager").html('共' + total + '条 <a href="javascript:loadList(' + (p + 1) + ')">下一页</a>'); }
$(function () { loadList(pageNo); });
</script>
<!-- request seen from a browser: http://data.whgxj.gov.cn/cms/api/list.jsonp?callback=jQuery112406637518732911553_1764468000000&channelCode=tzgg&pageNo=1&pageSize=15&_=1764468000001 -->"""
    return "scripted/jsonp_list.html", _gxj_shell("通知公告-卫辉市工业和信息化局", "通知公告", main, scripts), "utf-8"


def arttemplate_list() -> tuple[str, str, str]:
    # art-template list: <div id="listBox"> empty; <script type="text/html" id="tpl"> holds {{each}} markup with
    # {{item.pubDate}} and an {{else}} "暂无数据" branch; data from /data/zcfg/list_1.json. list, 0, not blank, unreadable.
    main = """    <div class="ctit">政策法规</div>
    <div class="list-box" id="listBox"></div>
    <div class="pager" id="pagerBox"></div>
<script type="text/html" id="tpl">
  {{if list.length > 0}}
  <ul class="newslist">
    {{each list as item i}}
    <li><a href="{{item.url}}" target="_blank" title="{{item.title}}">{{item.title}}</a><span>{{item.pubDate | dateFormat:'yyyy-MM-dd'}}</span></li>
    {{/each}}
  </ul>
  {{else}}
  <div class="no-data">暂无数据</div>
  {{/if}}
</script>"""
    scripts = """<script src="/static/js/template.js"></script>
<script>
template.helper('dateFormat', function (date, format) { return String(date).substr(0, 10); });
$.getJSON('/data/zcfg/list_1.json', { t: new Date().getTime() }, function (res) {
  $('#listBox').html(template('tpl', res));
  $('#pagerBox').html('共' + res.total + '条');
});
</script>"""
    return "scripted/arttemplate_list.html", _gxj_shell("政策法规-卫辉市工业和信息化局", "政策法规", main, scripts), "utf-8"


# ------------------------------------------------------------------ letters


def hotline_12345_table() -> tuple[str, str, str]:
    # 12345 letters table: header row (编号/标题/来信时间/状态), 15 letter rows, and a pager row, all in ONE table;
    # 编号 like XX202511280012 (date digits = 来信时间); newest 来信时间 2025-11-28. Stats box 今日来信 / 本月累计.
    # 下一页 -> letterList.html?page=2.
    ds = dates_desc("2025-11-28", 15, (0, 0, 1, 0, 1, 2, 0, 1))
    ts = titles(LETTERS, 15, 0)
    st = ["已办结", "办理中", "已办结", "已办结", "已回复", "已办结"]
    rows = "\n".join(f'<tr><td>XX{d.year}{d.month:02d}{d.day:02d}{12 + i:04d}</td><td class="tl"><a href="letterDetail.html?id={77123 - i * 11}" target="_blank">{t}</a></td><td>{iso(d)}</td><td><span class="st{i % 3}">{st[i % len(st)]}</span></td></tr>' for i, (t, d) in enumerate(zip(ts, ds)))
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>来信选登-新乡市12345政务服务便民热线</title>
<meta name="SiteName" content="新乡市人民政府">
<meta name="ColumnName" content="12345来信选登">
<link rel="stylesheet" href="/12345/css/letter.css">
</head>
<body>
<div class="hd"><div class="wrap"><img src="/12345/images/logo12345.png" alt="12345政务服务便民热线"><span class="clock">{CLOCK_1130}</span></div></div>
<div class="menu"><div class="wrap"><a href="/12345/index.html">热线首页</a><a href="/12345/write.html">我要写信</a><a href="/12345/letterList.html" class="on">来信选登</a><a href="/12345/query.html">信件查询</a><a href="/12345/znzs.html">知识库</a></div></div>
<div class="wrap">
  <div class="stats"><div class="item"><b>35</b><span>今日来信</span></div><div class="item"><b>1,024</b><span>本月累计</span></div><div class="item"><b>98.6%</b><span>办结率</span></div><div class="upd">数据更新至：2025-11-30 09:00</div></div>
  <div class="search"><form action="letterList.html" method="get">信件编号：<input name="code" type="text"> 标题：<input name="title" type="text"> <input type="submit" value="查询"></form></div>
  <table class="letter-table" width="100%" cellpadding="0" cellspacing="0">
    <tr class="th"><td width="18%">编号</td><td>标题</td><td width="14%">来信时间</td><td width="10%">状态</td></tr>
{rows}
    <tr><td colspan="4" class="pager">共1523条　第1/102页　<a href="letterList.html?page=1">首页</a> <span class="dis">上一页</span> <a href="letterList.html?page=2">下一页</a> <a href="letterList.html?page=102">尾页</a></td></tr>
  </table>
</div>
{gov_footer("新乡市人民政府办公室", "4107000001", "豫ICP备05008888号-1", "豫公网安备 41070202000001号", "2010-2025")}
</body>
</html>
"""
    return "letters/12345_table.html", html, "utf-8"


def mailbox_onclick_gbk() -> tuple[str, str, str]:
    # GBK 县长信箱: 12 rows opened by <tr onclick="openDoc('…')"> (no href at all), header row of <th>;
    # 编号 = date digits + serial; newest 来信日期 2025-11-27. Pager is a form + javascript:goPage(2) -> next_page null.
    # 信箱说明 box mentions 2025年1月1日 rules; sidebar 办理统计 "截至2025年11月30日".
    ds = dates_desc("2025-11-27", 12, (0, 1, 2, 0, 3, 1, 2))
    ts = titles(LETTERS, 12, 5)
    rows = "\n".join(f'<tr onclick="openDoc(\'{d.year}{d.month:02d}{d.day:02d}{45 + i:05d}\')" style="cursor:pointer" title="点击查看详情"><td class="bh">{d.year}{d.month:02d}{d.day:02d}{45 + i:05d}</td><td class="bt">{t}</td><td>{iso(d)}</td><td><span class="yhf">已回复</span></td></tr>' for i, (t, d) in enumerate(zip(ts, ds)))
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>县长信箱 - 获嘉县人民政府</title>
<link href="/mail/css/mail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
function openDoc(id) {{ window.open("/mail/mailDetail.jsp?mailId=" + id, "_blank"); }}
function goPage(p) {{ document.getElementById("pageNo").value = p; document.getElementById("pageForm").submit(); }}
</script>
</head>
<body>
<div class="top"><div class="w1000"><img src="/mail/images/xzxx_banner.jpg" alt="县长信箱" /><span class="clock">{CLOCK_1130}</span></div></div>
<div class="w1000 main">
  <div class="left">
    <div class="lbox"><h3>信箱说明</h3><p>根据《获嘉县县长信箱管理办法》（自2025年1月1日起施行），来信一般在15个工作日内答复。</p><p><a href="/mail/write.jsp" class="btn">我要写信</a></p></div>
    <div class="lbox"><h3>办理统计</h3><p>截至2025年11月30日</p><p>收到来信：<b>2316</b> 件</p><p>已回复：<b>2290</b> 件</p></div>
  </div>
  <div class="right">
    <div class="rtit">来信公开</div>
    <table class="mailtab" width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><th width="20%">信件编号</th><th>信件标题</th><th width="14%">来信日期</th><th width="10%">办理状态</th></tr>
{rows}
    </table>
    <form id="pageForm" name="pageForm" method="post" action="/mail/mailList.jsp">
      <input type="hidden" id="pageNo" name="pageNo" value="1" />
      <div class="pager">共 2290 条记录　当前第 1/191 页　<a href="javascript:void(0)" class="dis">首页</a> <a href="javascript:void(0)" class="dis">上一页</a> <a href="javascript:goPage(2)">下一页</a> <a href="javascript:goPage(191)">尾页</a></div>
    </form>
  </div>
</div>
{gov_footer("获嘉县人民政府办公室", "4107240001", "豫ICP备05001234号-1", "豫公网安备 41072402000101号", "2012-2025")}
</body>
</html>
"""
    return "letters/mailbox_onclick_gbk.html", html, "gbk"


# ------------------------------------------------------------------ mobile


def mobile_cards() -> tuple[str, str, str]:
    # m. page: 10 <a class="news-card"> cards with <time datetime="YYYY-MM-DD">MM-DD</time>; newest 2025-11-26;
    # a top banner swiper (2 undated promo images -> not items of the list? they link to 专题 pages); 加载更多 button
    # (javascript) -> next_page null; bottom tab bar; small footer with 网站标识码.
    ds = dates_desc("2025-11-26", 10)
    ts = titles(NEWS, 10, 36)
    cards = "\n".join(
        f"""<a class="news-card" href="/xwzx/gzdt/{d.year}{d.month:02d}/t{d.year}{d.month:02d}{d.day:02d}_{88321 - i * 5}.html">
  {'<div class="card-img"><img src="/images/m/thumb' + str(i) + '.jpg" alt=""></div>' if i % 3 == 0 else ''}
  <div class="card-body"><h3>{t}</h3><p class="meta"><span class="src">县融媒体中心</span><time datetime="{iso(d)}">{mmdd(d)}</time></p></div>
</a>"""
        for i, (t, d) in enumerate(zip(ts, ds))
    )
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="SiteName" content="原阳县人民政府">
<meta name="ColumnName" content="工作动态">
<title>工作动态 - 原阳县人民政府手机版</title>
<link rel="stylesheet" href="/css/m/swiper.min.css">
<link rel="stylesheet" href="/css/m/style.css">
</head>
<body class="m-list">
<header class="m-header"><a href="javascript:history.back()" class="back"></a><h1>工作动态</h1><a href="/search/" class="search"></a></header>
<nav class="m-tabs"><a href="/xwzx/ywdt/">要闻动态</a><a href="/xwzx/gzdt/" class="active">工作动态</a><a href="/xwzx/xzdt/">乡镇动态</a><a href="/xwzx/bmdt/">部门动态</a></nav>
<div class="swiper-container banner"><div class="swiper-wrapper">
  <div class="swiper-slide"><a href="/ztzl/xxgc/"><img src="/images/m/zt1.jpg" alt="学习贯彻党的二十届四中全会精神"></a></div>
  <div class="swiper-slide"><a href="/ztzl/yshj/"><img src="/images/m/zt2.jpg" alt="优化营商环境"></a></div>
</div><div class="swiper-pagination"></div></div>
<section class="card-list" id="cardList">
{cards}
</section>
<div class="load-more"><a href="javascript:;" id="loadMore" data-page="2" data-total="38">加载更多</a></div>
<footer class="m-footer"><p>原阳县人民政府办公室主办</p><p>网站标识码：4107250001　豫ICP备05002345号</p><p><a href="http://www.yuanyang.gov.cn/?pc=1">电脑版</a></p></footer>
<div class="tabbar"><a href="/" class="home">首页</a><a href="/zwgk/" class="gk">公开</a><a href="/bsfw/" class="fw">服务</a><a href="/hdjl/" class="hd">互动</a></div>
<script src="/js/m/zepto.min.js"></script>
<script src="/js/m/swiper.min.js"></script>
<script>
new Swiper('.banner', {{ autoplay: 4000, pagination: '.swiper-pagination' }});
$('#loadMore').on('click', function () {{
  var p = $(this).data('page');
  $.get('/xwzx/gzdt/index_' + (p - 1) + '.html?ajax=1', function (html) {{ $('#cardList').append(html); }});
}});
</script>
</body>
</html>
"""
    return "mobile/m_cards.html", html, "utf-8"


# ------------------------------------------------------------------ rows opened by forms


def jsp_form_rows() -> tuple[str, str, str]:
    # JSP 公共资源交易 list: 15 rows, each title is a javascript: link submitting its own hidden <form> (no URL per row);
    # date td newest 2025-11-25; 发布时间 header; 截止时间 column holds FUTURE deadlines (2025-12-xx, not item dates).
    # Pager: real link list.jsp?categoryId=12&pageNo=2 (relative) -> absolute next.
    ds = dates_desc("2025-11-25", 15, (0, 1, 0, 2, 1, 1, 3))
    names = ["县第一中学教学楼维修改造工程", "县人民医院医疗设备采购项目", "城区道路照明提升工程", "县自来水厂管网改造工程", "农村公路安全生命防护工程",
             "县政务服务中心物业服务采购", "高标准农田建设项目（二标段）", "县殡仪馆附属设施建设工程", "县城区绿化养护服务采购", "乡镇卫生院设备采购项目",
             "县图书馆图书采购项目", "县职业教育中心实训设备采购", "城区污水管网改造工程", "县疾控中心冷链设备采购", "县委党校食堂食材配送服务"]
    kinds = ["招标公告", "中标候选人公示", "中标结果公告", "更正公告"]
    rows = []
    for i, (n, d) in enumerate(zip(names, ds)):
        fid = 20250 + i
        t = f"{n}{kinds[i % 4]}"
        deadline = f"2025-12-{(d.day % 20) + 5:02d}"
        rows.append(f"""<tr>
  <td class="tl"><form name="f{fid}" action="/jsp/detail.jsp" method="post" target="_blank" style="display:inline"><input type="hidden" name="infoid" value="{fid}"><input type="hidden" name="categoryId" value="12"><a href="javascript:document.f{fid}.submit();" title="{t}">{t}</a></form></td>
  <td>{iso(d)}</td><td>{deadline}</td>
</tr>""")
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>交易信息 - 修武县公共资源交易中心</title>
<meta name="SiteName" content="修武县公共资源交易中心">
<link rel="stylesheet" href="/css/jy.css">
</head>
<body>
<div class="head"><div class="w"><img src="/images/jy_logo.png" alt="修武县公共资源交易中心"><div class="clock">{js_clock()}</div></div></div>
<div class="nav"><div class="w"><a href="/">首页</a><a href="/jsp/list.jsp?categoryId=12" class="on">工程建设</a><a href="/jsp/list.jsp?categoryId=13">政府采购</a><a href="/jsp/list.jsp?categoryId=14">土地矿产</a><a href="/jsp/list.jsp?categoryId=15">产权交易</a><a href="/jsp/list.jsp?categoryId=20">政策法规</a></div></div>
<div class="w main">
  <div class="left"><div class="lbox"><h3>交易日程</h3><ul><li><span>12-03</span>城区道路照明提升工程 开标</li><li><span>12-05</span>县人民医院医疗设备采购项目 开标</li></ul></div></div>
  <div class="right">
    <div class="rtit">工程建设</div>
    <table class="jytab" width="100%" cellpadding="0" cellspacing="0">
      <thead><tr><th>项目名称</th><th width="15%">发布时间</th><th width="15%">截止时间</th></tr></thead>
      <tbody>
{chr(10).join(rows)}
      </tbody>
    </table>
    <div class="page">共 356 条　<a href="list.jsp?categoryId=12&amp;pageNo=1">首页</a> <a href="list.jsp?categoryId=12&amp;pageNo=2">下一页</a> <a href="list.jsp?categoryId=12&amp;pageNo=24">尾页</a></div>
  </div>
</div>
{gov_footer("修武县公共资源交易中心", "bm41082100012", "豫ICP备17006543号-1", "豫公网安备 41082102000045号", "2017-2025")}
</body>
</html>
"""
    return "rows/jsp_form_rows.html", html, "utf-8"


# ------------------------------------------------------------------ 办事服务 landing


def bsfw_landing() -> tuple[str, str, str]:
    # 办事服务 landing: categories (个人办事 / 法人办事 / 部门服务 / 便民查询) linking to the provincial platform; no dated
    # information list. list, 0 items, latest null, not blank.
    person = ["生育收养", "户籍办理", "教育科研", "就业创业", "社会保障", "医疗卫生", "住房保障", "交通出行", "婚姻登记", "死亡殡葬", "退休养老", "证件办理"]
    corp = ["设立变更", "准营准办", "资质认证", "年检年审", "税收财务", "人力资源", "投资审批", "工程建设", "知识产权", "注销清算"]
    depts = ["县发改委", "县教育局", "县公安局", "县民政局", "县人社局", "县自然资源局", "县住建局", "县交通运输局", "县卫健委", "县市场监管局", "县医保局", "县税务局"]
    p = "\n".join(f'<li><a href="https://www.hnzwfw.gov.cn/xinxiang/hj/grbs?theme={i + 1}" target="_blank"><i class="ico ico-p{i + 1}"></i><span>{n}</span></a></li>' for i, n in enumerate(person))
    c = "\n".join(f'<li><a href="https://www.hnzwfw.gov.cn/xinxiang/hj/frbs?theme={i + 1}" target="_blank"><i class="ico ico-c{i + 1}"></i><span>{n}</span></a></li>' for i, n in enumerate(corp))
    d = "\n".join(f'<li><a href="https://www.hnzwfw.gov.cn/xinxiang/hj/bmfw?dept={i + 101}" target="_blank">{n}</a></li>' for i, n in enumerate(depts))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>办事服务 - 获嘉县人民政府</title>
<meta name="SiteName" content="获嘉县人民政府">
<meta name="ColumnName" content="办事服务">
<meta name="ColumnType" content="办事服务">
<link rel="stylesheet" href="/css/bsfw.css">
</head>
<body>
<div class="header"><div class="w1200"><img src="/images/logo.png" alt="获嘉县人民政府"><span class="clock">{CLOCK_1130}</span></div>
<div class="nav w1200"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/" class="on">办事服务</a><a href="/hdjl/">互动交流</a><a href="/zjhj/">走进获嘉</a></div></div>
<div class="w1200 banner-search"><form action="https://www.hnzwfw.gov.cn/search" target="_blank"><input name="keyword" placeholder="请输入事项名称，如：身份证、营业执照"><button>搜索</button></form>
<p class="hot">热门搜索：<a href="https://www.hnzwfw.gov.cn/search?keyword=社保" target="_blank">社保</a> <a href="https://www.hnzwfw.gov.cn/search?keyword=公积金" target="_blank">公积金</a> <a href="https://www.hnzwfw.gov.cn/search?keyword=不动产" target="_blank">不动产</a></p></div>
<div class="w1200 bsfw">
  <div class="block"><div class="btit">个人办事</div><ul class="theme">
{p}
  </ul></div>
  <div class="block"><div class="btit">法人办事</div><ul class="theme">
{c}
  </ul></div>
  <div class="block"><div class="btit">部门服务</div><ul class="dept">
{d}
  </ul></div>
  <div class="block"><div class="btit">便民查询</div><ul class="bm">
    <li><a href="https://si.12333.gov.cn/" target="_blank">社保查询</a></li><li><a href="https://gjj.xinxiang.gov.cn/" target="_blank">公积金查询</a></li>
    <li><a href="https://www.122.gov.cn/" target="_blank">交通违法查询</a></li><li><a href="https://www.creditchina.gov.cn/" target="_blank">信用查询</a></li>
  </ul></div>
  <div class="block"><div class="btit">办事大厅</div><p>获嘉县政务服务中心：获嘉县行政路66号　咨询电话：0373-4501234　工作时间：周一至周五 9:00-12:00 13:00-17:00（法定节假日除外）</p></div>
</div>
{gov_footer("获嘉县人民政府办公室", "4107240001", "豫ICP备05001234号-1", "豫公网安备 41072402000101号", "2012-2025")}
</body>
</html>
"""
    return "service/bsfw_landing.html", html, "utf-8"


PAGES = [wp_category, wp_error404, wp_single, zblog_category_first, zblog_category_last, nuxt_ssr_state, vue_initial_state,
         vue_api_shell, iframe_column, iframe_content, frameset_home_gbk, jsonp_list, arttemplate_list, hotline_12345_table,
         mailbox_onclick_gbk, mobile_cards, jsp_form_rows, bsfw_landing]
