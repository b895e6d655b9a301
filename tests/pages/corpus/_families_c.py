"""Family pages, part C: JSONP and template lists, 12345 hotline and mailbox lists, mobile pages,
cloud WAF block pages, server and theme error pages, a 办事服务 landing page."""

from __future__ import annotations

import base64
import hashlib
from datetime import date
from html import escape

from _families_common import (
    NEWS,
    STD_NAV,
    Site,
    clock_text,
    days_back,
    footer,
    head,
    iso,
    nav_bar,
    newer,
    side_list,
    stats,
    titles,
)

PAGES: list[tuple[str, str, dict]] = []


def page(rel: str, html: str, **label: object) -> None:
    PAGES.append((rel, html, label))


def shell(site: Site, today: date, title: str, crumb: str, main: str, side: str, *, scripts: str = "", metas: dict | None = None) -> str:
    return head(title, metas=metas or {"SiteName": site.name}) + f"""<body>
<div class="header">
  <div class="header-top"><div class="w1200"><span class="today">{clock_text(today)}</span><span class="links"><a href="/">无障碍</a> <a href="/">关怀版</a> <a href="/">English</a></span></div></div>
  <div class="header-logo w1200"><a href="/"><img src="/images/logo.png" alt="{site.name}"></a></div>
  {nav_bar(site, STD_NAV, cls="nav")}
</div>
<div class="w1200 container">
  <div class="position">当前位置：<a href="/">首页</a> &gt; {crumb}</div>
  <div class="con-left">{main}</div>
  <div class="con-right">{side}</div>
</div>
{footer(site)}
{scripts}
</body>
</html>
"""


# --- JSONP and template lists ----------------------------------------------------------------


def jsonp_script_src() -> None:
    site = Site("www.snx.gov.cn", "沙宁县人民政府", "6201230010", "甘ICP备10000123号", "62012302000012", "甘")
    today = date(2025, 12, 2)
    url = f"{site.root}/tzgg/index.jhtml"
    side = side_list(
        "热点排行", [(n, f"/xwdt/{20131 - i}.jhtml", d) for i, (n, d) in enumerate(zip(NEWS[:6], newer(date(2025, 12, 1), 6)))],
        cls="side-hot",
    )
    main = """<div class="list-title"><h2>通知公告</h2></div>
<ul id="list" class="news-list"></ul>
<div id="pager" class="pagination"></div>"""
    scripts = """<script type="text/javascript">
function renderList(res) {
    var html = '';
    $.each(res.data.list, function (i, o) {
        html += '<li><span>' + o.releaseDate.substring(0, 10) + '</span><a href="' + o.url + '" target="_blank">' + o.title + '</a></li>';
    });
    $('#list').html(html);
    $('#pager').html(pagerHtml(res.data.pageNo, res.data.totalPage));
}
function pagerHtml(cur, total) { var s = ''; for (var i = 1; i <= total; i++) { s += '<a href="javascript:go(' + i + ')">' + i + '</a>'; } return s; }
</script>
<script type="text/javascript" src="http://www.snx.gov.cn/api/front/content/page?channelId=37&amp;pageNo=1&amp;pageSize=15&amp;callback=renderList"></script>"""
    html = shell(site, today, "通知公告 - 沙宁县人民政府", '<a href="/tzgg/index.jhtml">通知公告</a>', main, side, scripts=scripts)
    page(
        "jsonp/script_src_callback.html", html, url=url, today=today, kind="list", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None,
        data_url="http://www.snx.gov.cn/api/front/content/page?channelId=37&pageNo=1&pageSize=15&callback=renderList",
        unreadable=False,
        note="list drawn from a JSONP answer loaded by <script src=…&callback=renderList>: empty ul in the raw page, data_url is that script's URL, never blank",
    )


def jsonp_arttemplate() -> None:
    site = Site("www.mzx.gov.cn", "茂州县人民政府", "4409830019", "粤ICP备10012345号", "44098302000019", "粤")
    today = date(2025, 9, 9)
    url = f"{site.root}/zwgk/gsgg/"
    side = side_list(
        "最新发布", [(n, f"/xwzx/{5510 + i}.html", d) for i, (n, d) in enumerate(zip(NEWS[5:11], newer(date(2025, 9, 8), 6)))],
        cls="side-new",
    )
    main = """<div class="list-title"><h2>公示公告</h2></div>
<ul class="list" id="listBox"><li class="loading">数据加载中...</li></ul>
<div class="page" id="pageBox"></div>
<script id="listTpl" type="text/html">
{{each list as item i}}
<li><a href="{{item.url}}" target="_blank" title="{{item.title}}">{{item.title}}</a><span>{{item.pubDate | dateFormat:'yyyy-MM-dd'}}</span></li>
{{/each}}
</script>"""
    scripts = """<script src="/js/template-web.js"></script>
<script src="/js/laypage/laypage.js"></script>
<script type="text/javascript">
var channelCode = "gsgg";
function loadList(pageNo) {
    $.ajax({
        type: "get",
        url: "http://api.mzx.gov.cn/cms/channel/articles?code=" + channelCode + "&pageNo=" + pageNo + "&pageSize=15",
        dataType: "jsonp",
        jsonpCallback: "listCallback",
        success: function (res) {
            $("#listBox").html(template("listTpl", res.data));
            laypage({cont: "pageBox", pages: res.data.totalPage, curr: pageNo, jump: function (e, first) { if (!first) { loadList(e.curr); } }});
        }
    });
}
loadList(1);
</script>"""
    html = shell(site, today, "公示公告_茂州县人民政府", '<a href="/zwgk/">政务公开</a> &gt; 公示公告', main, side, scripts=scripts)
    page(
        "jsonp/arttemplate_jsonp.html", html, url=url, today=today, kind="list", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None,
        data_url="http://api.mzx.gov.cn/cms/channel/articles?code=gsgg&pageNo=1&pageSize=15", unreadable=False,
        note="art-template list (<script type=text/html> with {{each list}}) filled from a JSONP $.ajax whose URL joins channelCode and pageNo: data_url with both filled in",
    )


def jsonp_no_url() -> None:
    site = Site("www.mzx.gov.cn", "茂州县人民政府", "4409830019", "粤ICP备10012345号", "44098302000019", "粤")
    today = date(2025, 9, 9)
    url = f"{site.root}/xwzx/bmdt/"
    side = side_list(
        "热点新闻", [(n, f"/xwzx/{5510 + i}.html", d) for i, (n, d) in enumerate(zip(NEWS[5:11], newer(date(2025, 9, 8), 6)))],
        cls="side-hot",
    )
    main = """<div class="list-title"><h2>部门动态</h2></div>
<div class="list-con" id="newsList"></div>
<div class="page" id="pageBox"></div>
<script id="tpl-news" type="text/html">
<ul>
{{each rows as row}}
  <li><a href="{{row.link}}" target="_blank">{{row.title}}</a><span class="time">{{row.time}}</span></li>
{{/each}}
</ul>
</script>"""
    scripts = """<script src="/js/site-config.js"></script>
<script src="/js/template-web.js"></script>
<script type="text/javascript">
$(function () {
    var api = SITE_CONFIG.apiRoot + SITE_CONFIG.paths.articleList;
    $.getJSON(api, { column: SITE_CONFIG.columns.bmdt, page: 1, size: 15 }, function (res) {
        $("#newsList").html(template("tpl-news", res));
    });
});
</script>"""
    html = shell(site, today, "部门动态_茂州县人民政府", '<a href="/xwzx/">新闻中心</a> &gt; 部门动态', main, side, scripts=scripts)
    page(
        "jsonp/template_no_url.html", html, url=url, today=today, kind="list", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=True,
        note="art-template list whose API URL comes from an external site-config.js (SITE_CONFIG.apiRoot + …): no readable data URL, so unreadable, never blank; 热点新闻 newer",
    )


# --- 12345 hotline and mailbox lists ---------------------------------------------------------

APPEALS = (
    "关于小区电梯长期故障无人维修的诉求", "关于某路段夜间施工噪音扰民的反映", "咨询新生儿医保办理流程",
    "关于农贸市场周边占道经营的投诉", "关于老旧小区改造进度的咨询", "反映某公交站台缺少遮雨棚",
    "咨询灵活就业人员养老保险缴费标准", "关于学校周边交通拥堵的建议", "关于供暖温度不达标的投诉",
    "咨询不动产登记所需材料", "关于路灯损坏未修复的反映", "关于物业服务收费不规范的投诉",
    "咨询公积金提取条件", "关于农村道路破损的反映", "关于垃圾清运不及时的投诉", "关于停车收费标准的咨询",
)


def hotline_tr_onclick() -> None:
    site = Site("www.dyx.gov.cn", "德阳县人民政府", "3412260020", "皖ICP备11004455号", "34122602000077", "皖")
    today = date(2025, 11, 3)
    url = f"{site.root}/hdjl/12345/index.html"
    dates = days_back(date(2025, 10, 31), [0, 0, 1, 1, 2, 0, 1, 3, 1, 2, 0, 1, 2, 1, 3])
    kinds = ("咨询", "投诉", "建议", "求助")
    units = ("县住建局", "县城管局", "县医保局", "县交通运输局", "县人社局")
    rows = "".join(
        f'<tr onclick="showDetail(\'DY{iso(d).replace("-", "")}{i:03d}\')" style="cursor:pointer">'
        f'<td>DY{iso(d).replace("-", "")}{i:03d}</td><td class="title"><a href="javascript:void(0)">{escape(t)}</a></td>'
        f"<td>{kinds[i % 4]}</td><td>{units[i % 5]}</td><td>{iso(d)}</td></tr>\n"
        for i, (t, d) in enumerate(zip(APPEALS, dates))
    )
    main = f"""<div class="hl-title"><h2>12345热线</h2><span>诉求办理公开</span></div>
<div class="hl-search"><input type="text" id="kw" placeholder="请输入编号或标题"><button onclick="search()">查询</button></div>
<table class="hl-table" width="100%">
<thead><tr><th width="16%">编号</th><th>诉求标题</th><th width="8%">类型</th><th width="14%">承办单位</th><th width="12%">回复时间</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
<div class="pager"><span>共 1386 条</span> <a href="javascript:;" class="cur">1</a> <a href="javascript:;" onclick="goPage(2)">2</a> <a href="javascript:;" onclick="goPage(2)">下一页</a></div>"""
    side = """<div class="side-box stat"><div class="side-box-hd"><h3>办理统计</h3></div><ul><li>本月受理：<b>1,204</b> 件</li><li>已办结：<b>1,156</b> 件</li><li>满意率：<b>98.6%</b></li></ul></div>""" + side_list(
        "热点诉求", [(t, f"/hdjl/12345/detail.html?id=DY202511{(2 - i % 2):02d}{900 + i}", d) for i, (t, d) in enumerate(zip(APPEALS[8:12], newer(date(2025, 11, 2), 4)))],
        cls="hot-box",
    )
    scripts = """<script type="text/javascript">
function showDetail(id) {
    window.open("/hdjl/12345/detail.html?id=" + id);
}
function goPage(n) { location.href = "/hdjl/12345/index.html?page=" + n; }
</script>"""
    html = shell(site, today, "12345热线-德阳县人民政府", '<a href="/hdjl/">互动交流</a> &gt; 12345热线', main, side, scripts=scripts)
    page(
        "hotline/12345_tr_onclick.html", html, url=url, today=today, kind="list", item_count=15,
        latest_item_date=max(dates), blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="12345 hotline table whose rows open by tr onclick=showDetail('DY…') (the title link is javascript:void(0)); 回复时间 column; pager by goPage(); 热点诉求 newer",
    )


def hotline_form_rows() -> None:
    site = Site("www.dyq.gov.cn", "东阳区人民政府", "3307830021", "浙ICP备05004321号", "33078302000098", "浙")
    today = date(2026, 1, 20)
    url = f"{site.root}/hdjl/zxzx/list.do"
    dates = days_back(date(2026, 1, 16), [0, 1, 2, 1, 3, 2, 4, 1, 2, 5, 3, 2])
    rows = "".join(
        f'<li><form action="/hdjl/zxzx/detail.do" method="post" target="_blank"><input type="hidden" name="id" value="{8812 - i}">'
        f'<a href="#" onclick="this.parentNode.submit();return false;">{escape(t)}</a><span class="time">{iso(d)}</span><span class="status">已回复</span></form></li>\n'
        for i, (t, d) in enumerate(zip(APPEALS[3:15], dates))
    )
    main = f"""<div class="lm-title"><h2>在线咨询</h2><a href="/hdjl/zxzx/write.do" class="btn-write">我要咨询</a></div>
<ul class="zx-list">
{rows}</ul>
<form id="pageForm" method="post" action="/hdjl/zxzx/list.do"><input type="hidden" name="pageNo" value="1"></form>
<div class="pager">共 486 条 第 1/41 页 <a href="javascript:toPage(2)">下一页</a> <a href="javascript:toPage(41)">末页</a></div>"""
    side = side_list(
        "热点咨询", [(t, f"/hdjl/zxzx/view.do?id={9000 + i}", d) for i, (t, d) in enumerate(zip(APPEALS[:5], newer(date(2026, 1, 19), 5)))],
        cls="side-hot",
    )
    scripts = """<script>function toPage(n){var f=document.getElementById('pageForm');f.pageNo.value=n;f.submit();}</script>"""
    html = shell(site, today, "在线咨询 - 东阳区人民政府", '<a href="/hdjl/">互动交流</a> &gt; 在线咨询', main, side, scripts=scripts)
    page(
        "hotline/form_rows.html", html, url=url, today=today, kind="list", item_count=12,
        latest_item_date=max(dates), blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="在线咨询 list whose every row is a POST form (href=# onclick=this.parentNode.submit()): 12 dated items without a readable URL; the pager posts a form too; 热点咨询 newer",
    )


def mailbox_table() -> None:
    site = Site("www.gyx.gov.cn", "高阳县人民政府", "1306280022", "冀ICP备06005678号", "13062802000045", "冀")
    today = date(2025, 12, 22)
    url = f"{site.root}/hdjl/xzxx/index.jsp"
    dates = days_back(date(2025, 12, 19), [0, 1, 1, 2, 1, 3, 2, 1, 4, 2, 1, 3, 2, 2, 1])
    units = ("县交通运输局", "县住建局", "县教体局", "县卫健局", "县自然资源局")
    rows = "".join(
        f'<tr><td class="bt"><a href="letterDetail.jsp?id={6621 - i}" target="_blank">{escape(t)}</a></td><td>{iso(d)}</td>'
        f'<td><span class="yhf">已回复</span></td><td>{units[i % 5]}</td></tr>\n'
        for i, (t, d) in enumerate(zip(APPEALS, dates))
    )
    main = f"""<div class="xx-title"><h2>县长信箱</h2></div>
<div class="xx-btns"><a href="write.jsp" class="btn">我要写信</a> <a href="query.jsp" class="btn">信件查询</a></div>
<table class="letter-table" width="100%" cellpadding="0" cellspacing="0">
<tr class="th"><td width="50%">信件标题</td><td width="14%">来信日期</td><td width="12%">办理状态</td><td>回复单位</td></tr>
{rows}<tr><td colspan="4" class="pages"><span>首页</span> <span>上一页</span> <a href="index.jsp?page=2">下一页</a> <a href="index.jsp?page=42">尾页</a> 共42页 618条</td></tr>
</table>"""
    side = """<div class="side-box"><div class="side-box-hd"><h3>写信须知</h3></div><p>来信人应当如实提供姓名、联系方式等信息，对所反映问题的真实性负责。</p></div>"""
    side += side_list(
        "最新回复", [(t, f"letterDetail.jsp?id={6700 + i}", d) for i, (t, d) in enumerate(zip(APPEALS[4:9], newer(date(2025, 12, 21), 5)))],
        cls="side-reply",
    )
    html = shell(site, today, "县长信箱-高阳县人民政府", '<a href="/hdjl/">互动交流</a> &gt; 县长信箱', main, side)
    page(
        "mailbox/table_header_pager.html", html, url=url, today=today, kind="list", item_count=15,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/hdjl/xzxx/index.jsp?page=2",
        frame_url=None, data_url=None, unreadable=False,
        note="县长信箱 letters in one table: header row (td, not th), 15 letter rows and the pager row (下一页 index.jsp?page=2, 尾页) inside the same table; 最新回复 sidebar newer",
    )


def mailbox_zuixin() -> None:
    site = Site("www.gyx.gov.cn", "高阳县人民政府", "1306280022", "冀ICP备06005678号", "13062802000045", "冀")
    today = date(2025, 12, 22)
    url = f"{site.root}/hdjl/sjxx/index.html"
    dates = days_back(date(2025, 12, 18), [0, 2, 1, 3, 2, 4, 1, 3, 5, 2])
    kinds = ("咨询", "投诉", "建议")
    rows = "".join(
        f'<li><span class="lx">[{kinds[i % 3]}]</span><a href="/hdjl/sjxx/detail.html?id={3312 - i}" target="_blank">{escape(t)}</a><span class="date">{iso(d)}</span></li>\n'
        for i, (t, d) in enumerate(zip(APPEALS[2:12], dates))
    )
    main = f"""<div class="xx-banner"><h2>书记信箱</h2><p>倾听群众呼声 解决群众诉求</p></div>
<div class="xx-btns"><a href="/hdjl/sjxx/write.html" class="btn-write">我要写信</a><a href="/hdjl/sjxx/query.html" class="btn-query">信件查询</a></div>
<div class="letter-box">
  <div class="box-title"><h3>最新来信</h3><a href="/hdjl/sjxx/list.html" class="more">更多&gt;&gt;</a></div>
  <ul class="letter-list">
{rows}  </ul>
</div>"""
    side = """<div class="side-box"><div class="side-box-hd"><h3>信件统计</h3></div><ul class="tj"><li>来信总数：<b>1,248</b> 件</li><li>已办结：<b>1,230</b> 件</li></ul></div>
<div class="side-box"><div class="side-box-hd"><h3>常见问题</h3></div><ul><li><a href="/hdjl/cjwt/1.html">如何查询信件办理进度？</a></li><li><a href="/hdjl/cjwt/2.html">信件多久能得到答复？</a></li><li><a href="/hdjl/cjwt/3.html">哪些问题不属于受理范围？</a></li></ul></div>"""
    html = shell(site, today, "书记信箱-高阳县人民政府", '<a href="/hdjl/">互动交流</a> &gt; 书记信箱', main, side)
    page(
        "mailbox/zuixin_laixin.html", html, url=url, today=today, kind="list", item_count=10,
        latest_item_date=max(dates), blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="书记信箱 page whose only list is headed 最新来信 in the main column (not a sidebar): 10 dated letters are the column's; 信件统计 and 常见问题 side boxes undated",
    )


def mailbox_window_open() -> None:
    site = Site("www.szx.gov.cn", "石柱县人民政府", "5002400023", "渝ICP备10001122号", "50024002000066", "渝")
    today = date(2025, 10, 9)
    url = f"{site.root}/hdjl/zxts/"
    dates = days_back(date(2025, 9, 30), [0, 1, 2, 2, 1, 3, 2, 4, 1, 2, 3, 1, 2, 3, 2])
    rows = "".join(
        f'<li><a href="javascript:void(0);" onclick="window.open(\'/hdjl/zxts/content.jsp?letterId=2025{d.month:02d}{d.day:02d}{i:03d}\')">{escape(t)}</a>'
        f'<span class="zt">已办结</span><span class="rq">{iso(d)}</span></li>\n'
        for i, (t, d) in enumerate(zip(APPEALS, dates))
    )
    main = f"""<div class="lm-tit"><h2>在线投诉</h2></div>
<ul class="xj-list">
{rows}</ul>
<div class="page"><span class="cur">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">下一页</a></div>"""
    side = side_list(
        "最新公开", [(t, f"/hdjl/zxts/content.jsp?letterId=2025100{8 - i}00{i}", d) for i, (t, d) in enumerate(zip(APPEALS[6:11], newer(date(2025, 10, 8), 5)))],
        cls="side-new",
    )
    html = shell(site, today, "在线投诉_石柱县人民政府", '<a href="/hdjl/">互动交流</a> &gt; 在线投诉', main, side)
    page(
        "mailbox/window_open_rows.html", html, url=url, today=today, kind="list", item_count=15,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/hdjl/zxts/?page=2",
        frame_url=None, data_url=None, unreadable=False,
        note="在线投诉 list whose links are javascript:void(0) with onclick=window.open('/hdjl/zxts/content.jsp?letterId=…'); 最新公开 sidebar newer",
    )


# --- mobile pages ----------------------------------------------------------------------------


def mobile_mui() -> None:
    today = date(2025, 8, 28)
    url = "http://m.hzq.gov.cn/zwgk/tzgg/"
    dates = days_back(date(2025, 8, 26), [0, 1, 3, 2, 2, 4, 1, 3, 2, 5, 1, 2, 3, 4, 2])
    names = titles(10, 15)
    rows = "".join(
        f'<li class="mui-table-view-cell"><a href="/zwgk/tzgg/202508/t2025{d.month:02d}{d.day:02d}_{41200 - i}.html"><h4 class="mui-ellipsis-2">{escape(t)}</h4><p class="time">{iso(d)}</p></a></li>\n'
        for i, (t, d) in enumerate(zip(names, dates))
    ).replace("/202508/t202507", "/202507/t202507")
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<meta name="SiteName" content="湖州区人民政府">
<meta name="ColumnName" content="通知公告">
<title>通知公告</title>
<link rel="stylesheet" href="/m/css/mui.min.css">
<script src="/m/js/mui.min.js"></script>
</head>
<body>
<header class="mui-bar mui-bar-nav">
  <a class="mui-action-back mui-icon mui-icon-left-nav mui-pull-left" href="javascript:history.back()"></a>
  <h1 class="mui-title">通知公告</h1>
</header>
<div class="mui-content">
  <div class="m-date">{clock_text(today)}</div>
  <div class="tabs"><a href="/zwgk/gzdt/">工作动态</a><a href="/zwgk/tzgg/" class="active">通知公告</a><a href="/zwgk/zcwj/">政策文件</a></div>
  <ul class="mui-table-view news-view">
{rows}  </ul>
  <div class="load-more"><a href="javascript:;" id="loadMore">点击加载更多</a></div>
</div>
<nav class="mui-bar mui-bar-tab">
  <a class="mui-tab-item mui-active" href="/"><span class="mui-icon mui-icon-home"></span><span class="mui-tab-label">首页</span></a>
  <a class="mui-tab-item" href="/zwgk/"><span class="mui-tab-label">政务公开</span></a>
  <a class="mui-tab-item" href="/hdjl/"><span class="mui-tab-label">互动交流</span></a>
  <a class="mui-tab-item" href="/wd/"><span class="mui-tab-label">我的</span></a>
</nav>
<script>
var page = 1;
document.getElementById("loadMore").addEventListener("tap", function () {{
    page++;
    mui.getJSON("/m/zwgk/tzgg/list.json", {{page: page}}, function (res) {{ append(res.list); }});
}});
</script>
</body>
</html>
"""
    page(
        "mobile/m_mui_list.html", html, url=url, today=today, kind="list", item_count=15,
        latest_item_date=max(dates), blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="m. page (MUI): each row is one link holding h4 title and p.time date; tab bar and 点击加载更多 (ajax, no next page link); clock above the list",
    )


def mobile_date_in_link() -> None:
    today = date(2026, 2, 10)
    url = "http://m.xhx.gov.cn/list.jsp?cid=12"
    dates = days_back(date(2026, 2, 6), [0, 2, 3, 1, 5, 4, 2, 6, 3, 7, 2, 4])
    names = titles(40, 12)
    names[1] = "关于2026年2月15日至2月23日春节假期调休安排的通知"
    rows = "".join(
        f'<li><a href="content.jsp?id={5521 - i}">{escape(t)}[{d.year}/{d.month:02d}/{d.day:02d}]</a></li>\n'
        for i, (t, d) in enumerate(zip(names, dates))
    )
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<title>通知公告-西华县人民政府手机版</title>
<link rel="stylesheet" href="css/wap.css">
</head>
<body>
<div class="wap-head"><a href="index.jsp" class="logo">西华县人民政府</a><span class="date">{clock_text(today)}</span></div>
<div class="wap-nav"><a href="index.jsp">首页</a><a href="list.jsp?cid=11">要闻</a><a href="list.jsp?cid=12" class="on">通知公告</a><a href="list.jsp?cid=13">政策</a></div>
<div class="wap-tit">通知公告</div>
<ul class="wap-list">
{rows}</ul>
<div class="wap-page"><span>1/9</span> <a href="list.jsp?cid=12&amp;page=2">下页</a></div>
<div class="wap-foot"><a href="http://www.xhx.gov.cn/">电脑版</a> | 西华县人民政府 | 网站标识码4116220024</div>
</body>
</html>
"""
    page(
        "mobile/m_date_in_link.html", html, url=url, today=today, kind="list", item_count=12,
        latest_item_date=max(dates), blank=False, next_page="http://m.xhx.gov.cn/list.jsp?cid=12&page=2",
        frame_url=None, data_url=None, unreadable=False,
        note="wap list whose dates end the link text ([2026/02/06]) and whose URLs carry none; one title names 2026年2月15日 (a holiday, not its date); 下页 link",
    )


# --- cloud WAF block pages -------------------------------------------------------------------


def _blob(seed: str, size: int) -> str:
    """Deterministic base64 text standing in for an inline logo image."""
    out = b""
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}{counter}".encode()).digest()
        counter += 1
    return base64.b64encode(out[:size]).decode()


CSS_RESET = "html,body,div,span,h1,h2,h3,p,a,img,ul,li{margin:0;padding:0;border:0;font-size:100%;vertical-align:baseline}body{line-height:1;font-family:\"Microsoft YaHei\",\"PingFang SC\",Arial,sans-serif;background:#f3f5f8;color:#333}"


def waf_aliyun() -> None:
    today = date(2025, 11, 18)
    url = "http://www.qlx.gov.cn/zwgk/tzgg/index.html"
    html = f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>405</title>
<style>{CSS_RESET}
.wrap{{width:760px;margin:80px auto;background:#fff;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.08)}}
.head{{height:60px;line-height:60px;padding-left:30px;border-bottom:1px solid #eee;color:#ff6a00;font-size:18px}}
.body{{padding:40px 30px 30px 200px;min-height:180px;background:url(https://errors.aliyun.com/images/TB15QGaHpXXXXXOaXXXXia39XXX-660-117.png) no-repeat 30px 40px}}
.body h2{{font-size:16px;line-height:28px;color:#333;margin-bottom:16px}}
.body p{{font-size:13px;line-height:24px;color:#666}}
.foot{{padding:16px 30px;border-top:1px solid #eee;font-size:12px;color:#999}}
</style>
</head>
<body>
<div class="wrap">
  <div class="head">Web应用防火墙</div>
  <div class="body">
    <h2>很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断。</h2>
    <p>您的请求ID是：<span id="traceid">0bc3f6a817316583429851234e8a1f</span></p>
    <p>如果您是网站管理员，请登录阿里云WAF控制台，通过请求ID查询拦截原因。</p>
  </div>
  <div class="foot"><img src="https://errors.aliyun.com/images/TB1TpamHpXXXXaJXXXXeB7nYVXX-104-162.png" alt="" width="26"> 本页面由阿里云提供安全防护</div>
</div>
<script>var traceid = document.getElementById("traceid").innerText; window.console && console.log("aliyun waf block " + traceid);</script>
</body>
</html>
"""
    page(
        "cloudwaf/aliyun_block.html", html, url=url, today=today, kind="blocked", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="阿里云 WAF block page answering 200 (您的访问被阻断, 请求ID, errors.aliyun.com images): blocked, never a blank column",
    )


def waf_tencent() -> None:
    today = date(2025, 11, 18)
    url = "https://www.tcx.gov.cn/xxgk/gzdt/"
    svg = "".join(f'<path d="M{i * 7} {40 + i % 9}c{i % 5} -{i % 7} {i % 11} -{i % 3} {i % 13} 0" stroke="#1a73e8" fill="none"/>' for i in range(190))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>501 禁止访问</title>
<style>{CSS_RESET}
.container{{max-width:880px;margin:60px auto;padding:40px;background:#fff}}
.title{{font-size:24px;color:#000;margin:24px 0 12px}}
.desc{{font-size:14px;color:#666;line-height:24px}}
.info{{margin-top:24px;padding:16px;background:#f7f8fa;font-size:13px;color:#888;line-height:22px}}
</style>
</head>
<body>
<div class="container">
  <svg width="360" height="120" viewBox="0 0 980 120" xmlns="http://www.w3.org/2000/svg">{svg}</svg>
  <p class="title">抱歉，您的请求已被拦截</p>
  <p class="desc">当前访问疑似存在安全风险，腾讯云 Web 应用防火墙（WAF）已拦截本次请求。如您是网站管理员，可前往腾讯云 WAF 控制台查看详情。</p>
  <div class="info"><p>事件ID：<span>a7f3c2e9-5b1d-4e8a-9c0f-2d6b8a1e3f47</span></p><p>访问时间：<span id="time"></span></p><p>您的IP：<span>203.0.113.25</span></p></div>
  <p class="desc">Powered by 腾讯云 T-Sec Web应用防火墙</p>
</div>
<script>document.getElementById("time").innerText = new Date().toLocaleString();</script>
</body>
</html>
"""
    page(
        "cloudwaf/tencent_waf.html", html, url=url, today=today, kind="blocked", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="腾讯云 T-Sec WAF block page (请求已被拦截, 事件ID) over 10 000 characters with its inline SVG: blocked",
    )


def waf_huawei() -> None:
    today = date(2025, 12, 1)
    url = "http://www.hwx.gov.cn/col/col1234/index.html"
    logo = _blob("huawei", 9000)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>您的请求疑似攻击行为</title>
<style>{CSS_RESET}
.main{{width:800px;margin:100px auto 0;text-align:center}}
.main h1{{font-size:22px;color:#c7000b;margin:30px 0 16px}}
.main p{{font-size:14px;color:#555;line-height:26px}}
</style>
</head>
<body>
<div class="main">
  <img src="data:image/png;base64,{logo}" alt="华为云" width="160">
  <h1>您的请求疑似攻击行为！</h1>
  <p>如您是网站访客，请稍后重试；如您是网站管理员，请联系华为云客服并提供以下事件ID。</p>
  <p>事件ID：<b>5e2f8a01-7c3d-4b9e-a6f0-13d8c2b7e944</b></p>
  <p>华为云Web应用防火墙 | HUAWEI CLOUD WAF</p>
</div>
</body>
</html>
"""
    page(
        "cloudwaf/huawei_waf.html", html, url=url, today=today, kind="blocked", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="华为云 WAF page (您的请求疑似攻击行为！, 事件ID) with an inline base64 logo, about 12 000 characters: blocked",
    )


def waf_baidu() -> None:
    today = date(2025, 9, 25)
    url = "http://www.bdx.gov.cn/xwzx/tzgg/"
    css = "".join(f".c{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{(i * 2654435761) % 0xFFFFFF:06x}}}" for i in range(260))
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>访问被拦截 - 百度云加速</title>
<link rel="stylesheet" href="https://su.bcebos.com/v1/yunjiasu-cdn/css/block.min.css">
<style>{CSS_RESET}{css}</style>
</head>
<body>
<div class="yjs-wrapper">
  <div class="yjs-header"><img src="https://su.bcebos.com/v1/yunjiasu-cdn/img/logo.png" alt="百度云加速"></div>
  <div class="yjs-content">
    <h1>您的访问请求可能对网站造成安全威胁，已被百度云加速拦截</h1>
    <p>拦截编号：<span>7d3e2b1a9c8f</span>　拦截时间：<span id="t"></span></p>
    <p>如果您是网站管理员，请登录百度云加速控制台查看拦截日志。</p>
  </div>
  <div class="yjs-footer">百度云加速 提供安全防护与加速服务</div>
</div>
<script>document.getElementById("t").innerHTML = new Date().toLocaleString();</script>
</body>
</html>
"""
    page(
        "cloudwaf/baidu_yunjiasu.html", html, url=url, today=today, kind="blocked", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="百度云加速 block page (已被百度云加速拦截, 拦截编号) whose stylesheet makes it over 10 000 characters: blocked",
    )


def waf_f5() -> None:
    today = date(2025, 9, 25)
    url = "https://www.fwx.gov.cn/zwgk/zfwj/index.html"
    html = """<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 13209472216830155273<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>"""
    page(
        "cloudwaf/f5_asm_rejected.html", html, url=url, today=today, kind="blocked", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="F5 BIG-IP ASM rejection page (The requested URL was rejected, support ID): blocked",
    )


def waf_ruishu() -> None:
    today = date(2025, 10, 21)
    url = "http://www.rsx.gov.cn/zwgk/zcwj/"
    meta = _blob("ruishu-meta", 360).replace("+", "").replace("/", "")
    code_parts = []
    for i in range(520):
        code_parts.append(f"_$l{i % 37}[{i}]=_$Bs({i * 31 % 977},{i * 17 % 211});")
    code = "".join(code_parts)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="Pragma" content="no-cache">
<meta http-equiv="Cache-Control" content="no-store, must-revalidate">
<meta http-equiv="Expires" content="0">
<meta id="9DhefwqGPrzGxEp9hPaoag" content="{meta}" r='m'>
<script type="text/javascript" r='m'>(function(){{var _$l0=[],_$l1=[],_$l2=[],_$l3=[];function _$Bs(a,b){{return (a*b)%977;}}var _$l4=_$l0,_$l5=_$l1,_$l6=_$l2,_$l7=_$l3,_$l8=[],_$l9=[],_$l10=[],_$l11=[],_$l12=[],_$l13=[],_$l14=[],_$l15=[],_$l16=[],_$l17=[],_$l18=[],_$l19=[],_$l20=[],_$l21=[],_$l22=[],_$l23=[],_$l24=[],_$l25=[],_$l26=[],_$l27=[],_$l28=[],_$l29=[],_$l30=[],_$l31=[],_$l32=[],_$l33=[],_$l34=[],_$l35=[],_$l36=[];{code}}})();</script>
<script type="text/javascript" charset="utf-8" src="/Ohp4lV1YdsE8/qvKtgjlVflW1.b4c45da.js" r='m'></script>
</head>
<body>
</body>
</html>
"""
    page(
        "cloudwaf/ruishu_challenge.html", html, url=url, today=today, kind="blocked", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="瑞数-style challenge answering 200: meta r='m', an obfuscated inline script of about 20 000 characters and an empty body: blocked",
    )


# --- server and theme error pages ------------------------------------------------------------


def err_iis() -> None:
    today = date(2025, 6, 30)
    url = "http://www.gsx.gov.cn/zwgk/ghjh/index.aspx"
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312"/>
<title>404 - 找不到文件或目录。</title>
<style type="text/css">
<!--
body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}
fieldset{padding:0 15px 10px 15px;}
h1{font-size:2.4em;margin:0;color:#FFF;}
h2{font-size:1.7em;margin:0;color:#CC0000;}
h3{font-size:1.2em;margin:10px 0 0 0;color:#000000;}
#header{width:96%;margin:0 0 0 0;padding:6px 2% 6px 2%;font-family:"trebuchet MS", Verdana, sans-serif;color:#FFF;background-color:#555555;}
#content{margin:0 0 0 2%;position:relative;}
.content-container{background:#FFF;width:96%;margin-top:8px;padding:10px;position:relative;}
-->
</style>
</head>
<body>
<div id="header"><h1>服务器错误</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - 找不到文件或目录。</h2>
  <h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3>
 </fieldset></div>
</div>
</body>
</html>
"""
    page(
        "servererr/iis_404.html", html, url=url, today=today, kind="soft404", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="IIS stock 404 page (404 - 找不到文件或目录。) served inside a 200",
    )


def err_tomcat() -> None:
    today = date(2025, 6, 30)
    url = "http://www.gsx.gov.cn/cms/list.jsp?channelId=88"
    trace = "\n".join(
        f"\tcom.hanweb.jcms.web.{name}.{method}({name}.java:{line})"
        for name, method, line in (
            ("ListServlet", "doGet", 118), ("ListServlet", "service", 64), ("ChannelDao", "findById", 233),
            ("BaseDao", "query", 91), ("DataSourceUtil", "getConnection", 57), ("FilterChain", "doFilter", 166),
            ("EncodingFilter", "doFilter", 45), ("XssFilter", "doFilter", 72),
        )
    )
    html = f"""<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title><style type="text/css">body {{font-family:Tahoma,Arial,sans-serif;}} h1, h2, h3, b {{color:white;background-color:#525D76;}} h1 {{font-size:22px;}} h2 {{font-size:16px;}} h3 {{font-size:14px;}} p {{font-size:12px;}} a {{color:black;}} .line {{height:1px;background-color:#525D76;border:none;}}</style></head><body><h1>HTTP Status 500 – Internal Server Error</h1><hr class="line" /><p><b>Type</b> Exception Report</p><p><b>Message</b> Request processing failed; nested exception is java.lang.NullPointerException</p><p><b>Description</b> The server encountered an unexpected condition that prevented it from fulfilling the request.</p><p><b>Exception</b></p><pre>org.springframework.web.util.NestedServletException: Request processing failed; nested exception is java.lang.NullPointerException
	org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)
	org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:898)
	javax.servlet.http.HttpServlet.service(HttpServlet.java:626)
{trace}
</pre><p><b>Root Cause</b></p><pre>java.lang.NullPointerException
{trace}
</pre><p><b>Note</b> The full stack trace of the root cause is available in the server logs.</p><hr class="line" /><h3>Apache Tomcat/8.5.57</h3></body></html>"""
    page(
        "servererr/tomcat_500.html", html, url=url, today=today, kind="soft404", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="Tomcat stock 500 report (HTTP Status 500 – Internal Server Error, stack trace) inside a 200: an error page, not a document nor a blank column",
    )


def err_nginx() -> None:
    today = date(2025, 6, 30)
    url = "http://www.gsx.gov.cn/zwgk/tjxx/"
    html = """<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.20.1</center>
</body>
</html>
<!-- a padding to disable MSIE and Chrome friendly error page -->
<!-- a padding to disable MSIE and Chrome friendly error page -->
<!-- a padding to disable MSIE and Chrome friendly error page -->
<!-- a padding to disable MSIE and Chrome friendly error page -->
<!-- a padding to disable MSIE and Chrome friendly error page -->
<!-- a padding to disable MSIE and Chrome friendly error page -->
"""
    page(
        "servererr/nginx_502.html", html, url=url, today=today, kind="soft404", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="nginx stock 502 Bad Gateway page (with its MSIE padding comments) served by a CDN inside a 200: an error page, never blank",
    )


def err_theme_404() -> None:
    site = Site("www.lcx.gov.cn", "乐昌县人民政府", "4402810025", "粤ICP备08009876号", "44028102000055", "粤")
    today = date(2025, 8, 12)
    url = f"{site.root}/zwgk/jcxx/index.html"
    side = side_list(
        "最新动态", [(n, f"/xwzx/gzdt/202508/t202508{11 - i:02d}_{6600 + i}.html", d) for i, (n, d) in enumerate(zip(NEWS[:6], newer(date(2025, 8, 11), 6)))],
        cls="sidebar-new",
    )
    main = """<div class="error-page">
  <img src="/images/404.png" alt="404" width="360">
  <p class="tip">抱歉，您要找的页面不见了！</p>
  <p class="jump"><span id="sec">5</span> 秒后自动返回<a href="/">网站首页</a></p>
</div>"""
    scripts = """<script>var s=5;var t=setInterval(function(){s--;document.getElementById("sec").innerHTML=s;if(s<=0){clearInterval(t);location.href="/";}},1000);</script>"""
    html = shell(site, today, "提示信息 - 乐昌县人民政府", "提示信息", main, side, scripts=scripts)
    page(
        "servererr/theme_404.html", html, url=url, today=today, kind="soft404", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="CMS theme 404 inside the full site template (抱歉，您要找的页面不见了！, a 404 image, countdown to the homepage) beside a dated 最新动态 box: soft404, never blank",
    )


# --- landing page ----------------------------------------------------------------------------


def landing_bsfw() -> None:
    site = Site("www.qsx.gov.cn", "青石县人民政府", "3709230026", "鲁ICP备05011223号", "37092302000088", "鲁")
    today = date(2025, 10, 22)
    url = f"{site.root}/bsfw/"
    zwfw = "http://www.shandong.gov.cn/api-gateway/jpaas-jiq-web-sdywtb/front/transition/ywtbJump"
    personal = ("生育收养", "户籍办理", "教育科研", "社会保障", "就业创业", "医疗卫生", "住房保障", "交通出行")
    legal = ("设立变更", "准营准办", "资质认证", "年检年审", "税收财务", "工程建设", "知识产权", "破产注销")
    depts = ("县发展改革局", "县教育和体育局", "县公安局", "县民政局", "县人力资源社会保障局", "县自然资源局", "县住房城乡建设局", "县市场监管局")
    tiles = lambda names, kind: "".join(  # noqa: E731
        f'<li><a href="{zwfw}?theme={kind}{i}&amp;areacode=370923" target="_blank"><i class="icon icon-{kind}{i}"></i><span>{n}</span></a></li>'
        for i, n in enumerate(names)
    )
    dept_links = "".join(f'<a href="{zwfw}?dept={i}&amp;areacode=370923" target="_blank">{n}</a>' for i, n in enumerate(depts))
    main = f"""<div class="bsfw-banner"><h2>办事服务</h2><a class="go-platform" href="http://www.shandong.gov.cn/col/col94094/index.html?areacode=370923" target="_blank">进入山东政务服务网青石县站</a></div>
<div class="fw-menu">
  <div class="fw-menu-hd"><span class="on">个人服务</span><span>法人服务</span></div>
  <ul class="fw-menu-bd grid-personal">{tiles(personal, "gr")}</ul>
  <ul class="fw-menu-bd grid-legal" style="display:none">{tiles(legal, "fr")}</ul>
</div>
<div class="bm-links"><h3>部门服务</h3><div class="links-grid">{dept_links}</div></div>
<div class="bsfw-search"><form action="http://www.shandong.gov.cn/jpaas-jpolicy-web-server/front/search" method="get" target="_blank"><input type="text" name="keyword" placeholder="请输入事项名称"><input type="submit" value="搜索"></form></div>"""
    side = """<div class="side-box"><div class="side-box-hd"><h3>服务热线</h3></div><p>政务服务便民热线：12345</p><p>工作时间：周一至周五 9:00-17:00</p></div>"""
    html = shell(site, today, "办事服务_青石县人民政府", "办事服务", main, side, metas={"SiteName": site.name, "ColumnName": "办事服务"})
    page(
        "landing/bsfw_entry.html", html, url=url, today=today, kind="list", item_count=None, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="办事服务 landing page: tabs of service categories and department tiles leading to the province's 政务服务网, a search box; no list container that is empty, so never blank (item_count not asserted: tiles are not a list of documents)",
    )


for build in (
    jsonp_script_src, jsonp_arttemplate, jsonp_no_url, hotline_tr_onclick, hotline_form_rows, mailbox_table,
    mailbox_zuixin, mailbox_window_open, mobile_mui, mobile_date_in_link, waf_aliyun, waf_tencent, waf_huawei,
    waf_baidu, waf_f5, waf_ruishu, err_iis, err_tomcat, err_nginx, err_theme_404, landing_bsfw,
):
    build()
