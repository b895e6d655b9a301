"""Family pages, part A: ASP.NET WebForms, DedeCMS, EmpireCMS, PowerEasy, SiteServer, JEECMS, ThinkPHP."""

from __future__ import annotations

from datetime import date
from html import escape

from _families_common import (
    NEWS,
    STD_NAV,
    Site,
    clock_script,
    conac,
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


VIEWSTATE = (
    "/wEPDwUKLTg1NjQ3MjE4Mw9kFgJmD2QWAgIDD2QWBAIBDxYCHgRUZXh0BRLmlL/liqHlhazlvIDlubPlj7BkAgMPPCsAEQMADxYEHgtfIURhdGFCb3VuZ2ceC18hSXRlbUNvdW50AgxkARAWABYAFgAMFCsAAGQYAQUjY3RsMDAkQ29udGVudFBsYWNlSG9sZGVyMSRHcmlkVmlldzEPPCsADAEIAgpkZK8k1yX0nJvA2V4oCqZ3Hc0Fb5f7"
)
POSTBACK_JS = """<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) { theForm = document.form1; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>"""


def aspnet_hidden() -> str:
    return (
        '<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" />\n</div>\n{POSTBACK_JS}\n'
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiQ2&amp;t=638628063619783110" type="text/javascript"></script>\n'
    )


def aspnet_end() -> str:
    return (
        '<div class="aspNetHidden">\n<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />\n'
        '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAS8k3Q2h5r0wJb8yK0RZ1Q2mB0y5wqJqZ7Xy1Ue0V+3QyXrYb" />\n</div>'
    )


# --- ASP.NET WebForms ------------------------------------------------------------------------


def aspnet_gridview() -> None:
    site = Site("www.lqx.gov.cn", "临泉县人民政府", "3412210001", "皖ICP备05012345号", "34122102000101", "皖")
    today = date(2025, 12, 9)
    url = f"{site.root}/Web/NewsList.aspx?ClassID=12"
    dates = days_back(date(2025, 12, 3), [0, 2, 1, 3, 4, 2, 5, 3, 2, 6, 4, 3, 7, 5, 2])
    names = titles(0, 15)
    rows = "".join(
        f'<tr>\n<td align="left"><img src="../images/dot.gif" alt="" /> <a href="NewsShow.aspx?ID={8812 - i}" target="_blank" title="{escape(t)}">{escape(t)}</a></td>'
        f'<td align="center" style="width:110px;">{iso(d)}</td>\n</tr>'
        for i, (t, d) in enumerate(zip(names, dates))
    )
    pager_cells = "".join(
        f"<td><a href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$GridView1','Page${n}')\">{n}</a></td>"
        for n in range(2, 11)
    )
    side = side_list(
        "最新更新", [(n, f"NewsShow.aspx?ID={9001 + i}", d) for i, (n, d) in enumerate(zip(NEWS[:6], newer(date(2025, 12, 8), 6)))],
        cls="right-box",
    )
    html = head("通知公告 - 临泉县人民政府", metas={"SiteName": site.name, "SiteIDCode": site.code}) + f"""<body>
<form method="post" action="./NewsList.aspx?ClassID=12" id="form1">
{aspnet_hidden()}
<div class="top"><div class="w1000"><span class="time">{clock_text(today)}</span><span class="links"><a href="/Web/Default.aspx">网站首页</a> | <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a></span></div></div>
<div class="banner"><img src="../images/banner.jpg" alt="{site.name}" /></div>
{nav_bar(site, [(n, "/Web/" + p.strip("/") + ".aspx" if p != "/" else "/Web/Default.aspx") for n, p in STD_NAV])}
<div class="w1000 main">
  <div class="left">
    <div class="left-title">政务公开</div>
    <ul class="left-menu"><li><a href="NewsList.aspx?ClassID=11">政府文件</a></li><li class="on"><a href="NewsList.aspx?ClassID=12">通知公告</a></li><li><a href="NewsList.aspx?ClassID=13">人事信息</a></li><li><a href="NewsList.aspx?ClassID=14">财政信息</a></li></ul>
    {side}
  </div>
  <div class="right">
    <div class="position">当前位置：<a href="/Web/Default.aspx">首页</a> &gt; <a href="NewsList.aspx?ClassID=10">政务公开</a> &gt; <span id="ctl00_ContentPlaceHolder1_lblClass">通知公告</span></div>
    <div class="list">
      <div>
	<table class="gridview" cellspacing="0" rules="all" border="0" id="ctl00_ContentPlaceHolder1_GridView1" style="width:100%;border-collapse:collapse;">
		<tr class="gvHeader">
			<th scope="col">标题</th><th scope="col">发布日期</th>
		</tr>{rows}<tr class="gvPager">
			<td colspan="2"><table border="0">
				<tr>
					<td><span>1</span></td>{pager_cells}<td><a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$GridView1','Page$Next')">下一页</a></td>
				</tr>
			</table></td>
		</tr>
	</table>
</div>
    </div>
  </div>
</div>
{footer(site, updated=date(2025, 12, 9))}
{aspnet_end()}
</form>
{stats("7f3c1a0e5b2d4c6f8a9b0c1d2e3f4a5b")}
</body>
</html>
"""
    page(
        "aspnet/gridview_postback_pager.html", html, url=url, today=today, kind="list", item_count=15,
        latest_item_date=max(dates), blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="ASP.NET GridView: header, 15 rows and a __doPostBack pager row in one table; the pager cannot be followed (no next_page); 最新更新 sidebar and footer update date are newer",
    )


def aspnet_linkbutton() -> None:
    site = Site("www.hxq.gov.cn", "华西区人民政府", "5101060002", "蜀ICP备12004567号-1", "51010602000211", "川")
    today = date(2025, 11, 30)
    url = f"{site.root}/zwgk/tzgg.aspx"
    dates = days_back(date(2025, 11, 28), [0, 1, 3, 2, 4, 1, 6, 2, 3, 5, 2, 4])
    names = titles(12, 12)
    rows = "".join(
        f'<li><span class="date">{iso(d)}</span><a id="ctl00_cph_rptList_ctl{i + 1:02d}_lbtnTitle" title="{escape(t)}" '
        f"href=\"javascript:__doPostBack('ctl00$cph$rptList$ctl{i + 1:02d}$lbtnTitle','')\">{escape(t)}</a></li>\n"
        for i, (t, d) in enumerate(zip(names, dates))
    )
    hot = side_list(
        "热点信息", [(n, f"/zwgk/show.aspx?id={7001 + i}", d) for i, (n, d) in enumerate(zip(NEWS[3:9], newer(date(2025, 11, 29), 6)))],
        cls="hot",
    )
    html = head("通知公告_华西区人民政府", metas={"SiteName": site.name, "ColumnName": "通知公告"}) + f"""<body>
<form name="aspnetForm" method="post" action="./tzgg.aspx" id="aspnetForm">
{aspnet_hidden().replace("forms['form1']", "forms['aspnetForm']").replace("document.form1", "document.aspnetForm")}
<div id="header">
  <div class="hd-top"><span>{clock_text(today)}</span> <a href="/">首页</a> <a href="/m/">手机版</a></div>
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="{site.name}"></a></div>
  {nav_bar(site, STD_NAV)}
</div>
<div class="container">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; 通知公告</div>
  <div class="col-main">
    <div class="col-title"><h2>通知公告</h2></div>
    <ul class="art-list">
{rows}    </ul>
    <div id="ctl00_cph_AspNetPager1" class="pager">
      <a disabled="disabled" style="margin-right:5px;">首页</a><a disabled="disabled" style="margin-right:5px;">上一页</a><span class="cpb" style="margin-right:5px;">1</span><a href="javascript:__doPostBack('ctl00$cph$AspNetPager1','2')" style="margin-right:5px;">2</a><a href="javascript:__doPostBack('ctl00$cph$AspNetPager1','3')" style="margin-right:5px;">3</a><a href="javascript:__doPostBack('ctl00$cph$AspNetPager1','2')" style="margin-right:5px;">下一页</a><a href="javascript:__doPostBack('ctl00$cph$AspNetPager1','8')" style="margin-right:5px;">尾页</a>
      <span>共 92 条 8 页</span>
    </div>
  </div>
  <div class="col-side">{hot}</div>
</div>
{footer(site, cls="foot")}
{aspnet_end()}
</form>
</body>
</html>
"""
    page(
        "aspnet/linkbutton_rows.html", html, url=url, today=today, kind="list", item_count=12,
        latest_item_date=max(dates), blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="ASP.NET Repeater whose titles are LinkButtons (href=javascript:__doPostBack): 12 items with no URL but dated; AspNetPager postback pager (no next_page); 热点信息 newer",
    )


def aspnet_updatepanel() -> None:
    site = Site("www.xpx.gov.cn", "西平县人民政府", "4117210005", "豫ICP备06011223号", "41172102000033", "豫")
    today = date(2026, 1, 14)
    url = f"{site.root}/Item/List.aspx?cid=37"
    hot = side_list(
        "热点新闻", [(n, f"/Item/Show.aspx?id={5501 + i}", d) for i, (n, d) in enumerate(zip(NEWS[:7], newer(date(2026, 1, 13), 7)))],
        cls="sidebar",
    )
    html = head("工作动态 - 西平县人民政府", metas={"SiteName": site.name}) + f"""<body>
<form method="post" action="./List.aspx?cid=37" id="form1">
{aspnet_hidden()}
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvg8X5dQ2mY8oXx0v1q7Dtq1&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'form1', ['tctl00$cph$upList','ctl00_cph_upList'], [], [], 90, 'ctl00');
//]]>
</script>
<div class="header"><div class="wrap"><span class="date">{clock_text(today)}</span><img src="/images/logo.png" alt="{site.name}"></div>
{nav_bar(site, STD_NAV, cls="menu")}</div>
<div class="wrap content">
  <div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/Item/List.aspx?cid=30">新闻中心</a> &gt; 工作动态</div>
  <div class="main-left">
    <div class="box-title"><span>工作动态</span></div>
    <div id="ctl00_cph_upList">
      <div id="ctl00_cph_pnlLoading" class="loading"><img src="/images/loading.gif" alt="" />正在加载，请稍候……</div>
    </div>
  </div>
  <div class="main-right">{hot}</div>
</div>
{footer(site)}
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_load(function () {{
    if (!window.__listLoaded) {{ window.__listLoaded = true; __doPostBack('ctl00$cph$upList', 'load'); }}
}});
Sys.Application.initialize();
//]]>
</script>
{aspnet_end()}
</form>
</body>
</html>
"""
    page(
        "aspnet/updatepanel_shell.html", html, url=url, today=today, kind="list", item_count=0,
        latest_item_date=None, blank=False, next_page=None, frame_url=None, data_url=None, unreadable=True,
        note="ASP.NET UpdatePanel whose list arrives by an async __doPostBack after load: only 正在加载 in the raw page, nothing readable; never blank (unreadable); 热点新闻 sidebar dated",
    )


# --- DedeCMS ---------------------------------------------------------------------------------


def dede_shell(site: Site, today: date, title: str, crumb: str, body: str, side: str) -> str:
    return head(title, metas={"keywords": site.name, "description": site.name}) + f"""<body>
<div class="header">
  <div class="topbar"><div class="w1200"><span class="fl">{clock_text(today)}</span><span class="fr"><a href="/">设为首页</a> <a href="/">加入收藏</a> <a href="/plus/search.php">站内搜索</a></span></div></div>
  <div class="logo w1200"><a href="/"><img src="/templets/default/images/logo.png" alt="{site.name}"></a></div>
  <div class="navbar">{nav_bar(site, [("首页", "/"), ("新闻中心", "/a/xwzx/"), ("政务公开", "/a/zwgk/"), ("通知公告", "/a/tzgg/"), ("互动交流", "/a/hdjl/"), ("魅力县域", "/a/mlxy/")], cls="nav w1200")}</div>
</div>
<div class="w1200 mt10">
  <div class="place"><strong>当前位置:</strong> {crumb}</div>
  <div class="pleft">
{body}
  </div>
  <div class="pright">
{side}
  </div>
</div>
{footer(site, cls="footer")}
{stats("0d2b8e7f1c3a4b5d6e7f8a9b0c1d2e3f")}
</body>
</html>
"""


def dede_list() -> None:
    site = Site("www.hyx.gov.cn", "淮阳县人民政府", "4116260003", "豫ICP备09012345号", "41162602000017", "豫")
    today = date(2025, 12, 8)
    url = f"{site.root}/a/tzgg/"
    dates = days_back(date(2025, 12, 4), [0, 2, 1, 3, 2, 5, 1, 4, 3, 2, 6, 2, 3, 4, 1, 5, 2, 3, 4, 2])
    names = titles(20, 20)
    rows = "".join(
        f'<li><a href="/a/tzgg/{d.year}/{d.month:02d}{d.day:02d}/{1456 - i}.html" class="title" title="{escape(t)}">{escape(t)}</a>'
        f'<span class="info"><small>日期：</small>{iso(d)}<small>点击：</small>{120 + i * 7}</span></li>\n'
        for i, (t, d) in enumerate(zip(names, dates))
    )
    body = f"""    <div class="listbox">
      <div class="title"><strong>通知公告</strong></div>
      <ul class="e2">
{rows}      </ul>
    </div>
    <div class="dede_pages">
      <ul class="pagelist">
<li><a>首页</a></li>
<li class="thisclass"><a>1</a></li>
<li><a href='list_3_2.html'>2</a></li>
<li><a href='list_3_3.html'>3</a></li>
<li><a href='list_3_2.html'>下一页</a></li>
<li><a href='list_3_6.html'>末页</a></li>
<li><span class="pageinfo">共 <strong>6</strong>页<strong>113</strong>条</span></li>
      </ul>
    </div>"""
    side = side_list(
        "推荐内容", [(n, f"/a/xwzx/2025/{1207 - i}/{1500 + i}.html", d) for i, (n, d) in enumerate(zip(NEWS[2:8], newer(date(2025, 12, 7), 6)))],
        cls="commend",
    ) + side_list("热门点击", [(n, f"/a/xwzx/2025/0901/{900 + i}.html", None) for i, n in enumerate(NEWS[8:14])], cls="hot")
    crumb = '<a href="/">主页</a> &gt; <a href="/a/tzgg/">通知公告</a> &gt;'
    html = dede_shell(site, today, "通知公告_淮阳县人民政府", crumb, body, side)
    page(
        "dedecms/list_pagelist.html", html, url=url, today=today, kind="list", item_count=20,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/a/tzgg/list_3_2.html",
        frame_url=None, data_url=None, unreadable=False,
        note="DedeCMS list: ul.e2 rows with 日期/点击 info, /a/tzgg/2025/1204/N.html URLs, pagelist pager list_3_2.html; 推荐内容 sidebar newer",
    )


def dede_mmdd() -> None:
    site = Site("www.yjx.gov.cn", "禹江县人民政府", "4310270004", "湘ICP备10004567号", "43102702000056", "湘")
    today = date(2026, 3, 5)
    url = f"{site.root}/a/gzdt/"
    # The column's newest item is from March 2025 — a year stale — though its MM-DD reads like
    # three days ago; each item's own URL (/a/gzdt/2025/0302/N.html) carries the year.
    dates = days_back(date(2025, 3, 2), [0, 4, 6, 5, 9, 7, 12, 10, 8, 11, 14, 9, 13, 10, 12])
    names = titles(5, 15, NEWS + tuple(titles(0, 10)))
    rows = "".join(
        f'<li><span>{d.month:02d}-{d.day:02d}</span><a href="/a/gzdt/{d.year}/{d.month:02d}{d.day:02d}/{2231 - i}.html" target="_blank">{escape(t)}</a></li>\n'
        for i, (t, d) in enumerate(zip(names, dates))
    )
    body = f"""    <div class="listbox">
      <div class="title"><strong>工作动态</strong></div>
      <ul class="d1 ico3">
{rows}      </ul>
    </div>
    <div class="dede_pages"><ul class="pagelist">
<li><a>首页</a></li><li class="thisclass"><a>1</a></li><li><a href='list_5_2.html'>2</a></li><li><a href='list_5_2.html'>下一页</a></li><li><a href='list_5_9.html'>末页</a></li>
<li><span class="pageinfo">共 <strong>9</strong>页<strong>128</strong>条</span></li>
    </ul></div>"""
    side = side_list(
        "最新文章", [(n, f"/a/tzgg/2026/{(303 - i):04d}/{3100 + i}.html", d) for i, (n, d) in enumerate(zip(titles(30, 6), newer(date(2026, 3, 3), 6)))],
        cls="newarticle", date_fmt="mmdd",
    )
    crumb = '<a href="/">主页</a> &gt; <a href="/a/xwzx/">新闻中心</a> &gt; <a href="/a/gzdt/">工作动态</a> &gt;'
    html = dede_shell(site, today, "工作动态_禹江县人民政府", crumb, body, side)
    page(
        "dedecms/mmdd_url_year.html", html, url=url, today=today, kind="list", item_count=15,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/a/gzdt/list_5_2.html",
        frame_url=None, data_url=None, unreadable=False,
        note="DedeCMS MM-DD list (03-02 …) whose item URLs /a/gzdt/2025/0302/N.html say 2025: the column is a year stale, not 3 days; 最新文章 sidebar (2026 URLs) newer",
    )


def dede_showmsg() -> None:
    today = date(2026, 3, 5)
    url = "http://www.yjx.gov.cn/plus/list.php?tid=88"
    html = """<html>
<head>
<title>DedeCMS提示信息</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="renderer" content="webkit">
<meta http-equiv="Cache-Control" content="no-siteapp" />
<base target='_self'/>
<style>div{line-height:160%;}</style></head>
<body leftmargin='0' topmargin='0' bgcolor='#FFFFFF'>
<center>
<script>
var pgo=0;
      function JumpUrl(){
        if(pgo==0){ location='javascript:history.go(-1);'; pgo=1; }
      }
document.write("<br /><div style='width:450px;padding:0px;border:1px solid #DADADA;'><div style='padding:6px;font-size:12px;border-bottom:1px solid #DADADA;background:#DBEEBD url(/plus/img/wbg.gif)';'><b>DedeCMS 提示信息！</b></div>");
document.write("<div style='height:130px;font-size:10pt;background:#ffffff'><br />");
document.write("你指定的栏目不存在！");
document.write("<br /><a href='javascript:history.go(-1);'>如果你的浏览器没反应，请点击这里...</a><br/></div>");
setTimeout('JumpUrl()',1000);</script>
</center>
</body>
</html>
"""
    page(
        "dedecms/showmsg.html", html, url=url, today=today, kind="soft404", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="DedeCMS ShowMsg page answering 200 (DedeCMS提示信息, 你指定的栏目不存在！ written by document.write): an error page, not a blank column",
    )


# --- EmpireCMS -------------------------------------------------------------------------------


def empire_shell(site: Site, today: date, title: str, column: str, body: str, side: str) -> str:
    return head(title, metas={"keywords": column[1], "description": column[1]}) + f"""<body>
<div class="top"><div class="inner"><span class="welcome">欢迎访问{site.name}门户网站</span><span class="today">{clock_text(today)}</span></div></div>
<div class="head"><div class="inner"><a href="/" class="logo"><img src="/skin/default/images/logo.png" alt="{site.name}"></a>
<form name="searchform" method="post" action="/e/search/index.php" class="search"><input type="hidden" name="show" value="title"><input name="keyboard" type="text" value="请输入关键字"><input type="submit" value="搜索"></form></div></div>
{nav_bar(site, [("首页", "/"), ("政务动态", "/zwdt/"), ("信息公开", "/xxgk/"), ("通知公告", "/tzgg/"), ("便民服务", "/bmfw/"), ("互动交流", "/hdjl/")], cls="nav")}
<div class="inner main">
  <div class="pos">您的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/{column[0]}/">{column[1]}</a></div>
  <div class="main-l">{body}</div>
  <div class="main-r">{side}</div>
</div>
{footer(site, cls="bottom-info")}
</body>
</html>
"""


def empire_date_in_link() -> None:
    site = Site("www.dxq.gov.cn", "东溪区人民政府", "3502050008", "闽ICP备11023456号", "35020502000088", "闽")
    today = date(2025, 11, 25)
    url = f"{site.root}/zwdt/"
    dates = days_back(date(2025, 11, 20), [0, 2, 3, 1, 4, 2, 6, 3, 2, 5, 4, 3])
    names = titles(8, 12, NEWS)
    # One title names a later day (停水 on 11月22日): the bracketed date is the item's.
    names[3] = "关于2025年11月22日城区部分区域停水的通知"
    rows = "".join(
        f'<li><a href="/zwdt/{8812 - i}.html" target="_blank" title="{escape(t)}">{escape(t)}[{d.year}/{d.month:02d}/{d.day:02d}]</a></li>\n'
        for i, (t, d) in enumerate(zip(names, dates))
    )
    body = f"""<div class="lm-title"><h2>政务动态</h2></div>
<ul class="news-list">
{rows}</ul>
<div class="epages"><a title="Total record">&nbsp;<b>128</b> </a>&nbsp;&nbsp;&nbsp;<b>1</b>&nbsp;<a href="/zwdt/index_2.html">2</a>&nbsp;<a href="/zwdt/index_3.html">3</a>&nbsp;<a href="/zwdt/index_4.html">4</a>&nbsp;<a href="/zwdt/index_2.html">下一页</a>&nbsp;<a href="/zwdt/index_11.html">尾页</a></div>"""
    side = side_list(
        "热点排行", [(n, f"/tzgg/{9900 + i}.html", d) for i, (n, d) in enumerate(zip(titles(40, 6), newer(date(2025, 11, 24), 6)))],
        cls="rank",
    )
    html = empire_shell(site, today, "政务动态 - 东溪区人民政府", ("zwdt", "政务动态"), body, side)
    page(
        "empirecms/date_in_link.html", html, url=url, today=today, kind="list", item_count=12,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/zwdt/index_2.html",
        frame_url=None, data_url=None, unreadable=False,
        note="EmpireCMS list whose dates are printed inside the link text (…通知[2025/11/20]) and URLs carry none (/zwdt/8812.html); one title names 2025年11月22日 (not its date); epages pager; 热点排行 newer",
    )


def empire_empty() -> None:
    site = Site("www.dxq.gov.cn", "东溪区人民政府", "3502050008", "闽ICP备11023456号", "35020502000088", "闽")
    today = date(2025, 11, 25)
    url = f"{site.root}/xxgk/zdxm/"
    body = """<div class="lm-title"><h2>重点项目</h2></div>
<ul class="news-list">
</ul>
<div class="epages"><a title="Total record">&nbsp;<b>0</b> </a>&nbsp;&nbsp;&nbsp;</div>"""
    side = side_list(
        "最新信息", [(n, f"/zwdt/{8812 - i}.html", d) for i, (n, d) in enumerate(zip(NEWS[1:7], newer(date(2025, 11, 24), 6)))],
        cls="newinfo",
    )
    html = empire_shell(site, today, "重点项目 - 东溪区人民政府", ("xxgk/zdxm", "重点项目"), body, side)
    page(
        "empirecms/empty_class.html", html, url=url, today=today, kind="list", item_count=0, latest_item_date=None,
        blank=True, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="EmpireCMS column with nothing in it: empty ul.news-list under its own heading, epages Total record 0; 最新信息 sidebar dated (not the column's)",
    )


# --- PowerEasy (动易) --------------------------------------------------------------------------


def powereasy_asp() -> None:
    site = Site("www.sgx.gov.cn", "石岗县人民政府", "1410230006", "晋ICP备08001234号", "14102302000045", "晋")
    today = date(2025, 10, 30)
    url = f"{site.root}/Article/ShowClass.asp?ClassID=15"
    dates = days_back(date(2025, 10, 27), [0, 1, 3, 2, 5, 4, 2, 6, 3, 1, 7, 3, 2, 5, 4, 3, 6, 2])
    names = titles(15, 18)
    ontop = [("县人民政府关于公布政务公开目录的通告", date(2023, 5, 12)), ("关于启用县政府门户网站新域名的公告", date(2024, 2, 20))]
    def row(title: str, d: date, aid: int, top: bool) -> str:
        mark = '<img src="/Images/article_ontop.gif" alt="固顶文章" border="0"> ' if top else '<img src="/Images/article_common.gif" alt="普通文章" border="0"> '
        tip = f"文章标题：{title}&#13;&#10;作&nbsp;&nbsp;&nbsp;&nbsp;者：县政府办&#13;&#10;更新时间：{d.year}-{d.month}-{d.day} 9:31:05&#13;&#10;点击次数：{aid % 300}"
        return (
            f'<tr><td class="listbg">{mark}<a class="listA" href="/Article/ShowArticle.asp?ArticleID={aid}" title="{tip}" target="_blank">{escape(title)}</a></td>'
            f'<td class="listbg" align="right" width="90"><font color="#999999">{d.month}月{d.day}日</font></td></tr>\n'
        )
    rows = "".join(row(t, d, 4000 + i, True) for i, (t, d) in enumerate(ontop))
    rows += "".join(row(t, d, 4521 - i, False) for i, (t, d) in enumerate(zip(names, dates)))
    side_rows = "".join(
        f'<tr><td class="listbg2">·<a href="/Article/ShowArticle.asp?ArticleID={4600 + i}">{escape(n)}</a> <font color="#999999">{d.month}-{d.day}</font></td></tr>'
        for i, (n, d) in enumerate(zip(NEWS[4:10], newer(date(2025, 10, 29), 6)))
    )
    html = f"""<html>
<head>
<title>石岗县人民政府--通知公告</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="动易SiteWeaver,石岗县,通知公告">
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript" src="/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tdbg">
  <tr><td height="28" class="top_date">{cn(today)} {weekday(today)}</td><td align="right"><a href="/">设为首页</a> | <a href="/">加入收藏</a> | <a href="/User/User_Login.asp">会员登录</a></td></tr>
  <tr><td colspan="2"><img src="/Skin/blue/top_banner.jpg" width="980" height="150" alt=""></td></tr>
  <tr><td colspan="2" class="menu_tdbg"><a href="/">网站首页</a>&nbsp;|&nbsp;<a href="/Article/Index.asp">政务公开</a>&nbsp;|&nbsp;<a href="/Article/ShowClass.asp?ClassID=15">通知公告</a>&nbsp;|&nbsp;<a href="/Soft/Index.asp">下载中心</a>&nbsp;|&nbsp;<a href="/GuestBook/Index.asp">留言板</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="230" valign="top" class="left_tdbg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="left_title">热门文章</td></tr>{side_rows}</table>
    </td>
    <td width="750" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="main_title_760">&nbsp;您现在的位置：&nbsp;<a href="/">石岗县人民政府</a>&nbsp;&gt;&gt;&nbsp;<a href="/Article/Index.asp">政务公开</a>&nbsp;&gt;&gt;&nbsp;通知公告</td></tr>
        <tr><td class="main_tdbg_760">
          <table width="100%" border="0" cellspacing="0" cellpadding="0">
{rows}          </table>
          <div align="center" class="show_page">共 <b>186</b> 篇文章&nbsp;&nbsp;首页 上一页&nbsp;<a href="ShowClass.asp?ClassID=15&page=2">下一页</a>&nbsp;<a href="ShowClass.asp?ClassID=15&page=10">尾页</a>&nbsp;页次：<strong><font color="red">1</font>/10</strong>页 &nbsp;<b>20</b>篇文章/页&nbsp;转到：<select name="page" size="1" onchange="javascript:window.location='ShowClass.asp?ClassID=15&page='+this.options[this.selectedIndex].value;"><option value="1" selected>第1页</option><option value="2">第2页</option></select></div>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom_tdbg">
  <tr><td align="center">主办：{site.name}办公室&nbsp;&nbsp;网站标识码：{site.code}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">{site.icp}</a><br>
  版权所有 &copy; 2006-2025 {site.name}&nbsp;&nbsp;技术支持：县信息中心&nbsp;&nbsp;{conac("B2C3D4E5F6")}</td></tr>
</table>
</body>
</html>
"""
    page(
        "powereasy/asp_table_list.html", html, url=url, today=today, kind="list", item_count=20,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/Article/ShowClass.asp?ClassID=15&page=2",
        encoding="gb18030", frame_url=None, data_url=None, unreadable=False,
        note="GBK PowerEasy 2006 table list: 2 固顶 rows (2023, 2024) then 18 rows dated 10月27日 …, tooltip titles carrying 更新时间; 热门文章 left column newer; 共186篇 pager",
    )


def powereasy_pinned() -> None:
    site = Site("www.hjx.gov.cn", "河间县人民政府", "1309840007", "冀ICP备07011111号", "13098402000021", "冀")
    today = date(2025, 12, 16)
    url = f"{site.root}/Category_21/Index.aspx"
    dates = days_back(date(2025, 12, 12), [0, 2, 1, 4, 3, 2, 5, 1, 3, 6, 2, 4, 3, 2, 5])
    names = titles(25, 15)
    pinned = ["关于公布2025年度县级政务服务事项清单的通知", "县人民政府关于进一步优化营商环境的若干措施"]
    top = "".join(
        f'<li><img src="/Images/ontop.gif" alt="置顶" /> <a href="/Item/{3021 + i}.aspx" target="_blank" title="{escape(t)}">{escape(t)}</a></li>'
        for i, t in enumerate(pinned)
    )
    rows = "".join(
        f'<li><span class="time">{iso(d)}</span><a href="/Item/{3401 - i}.aspx" target="_blank" title="{escape(t)}">{escape(t)}</a></li>\n'
        for i, (t, d) in enumerate(zip(names, dates))
    )
    side = side_list(
        "推荐阅读", [(n, f"/Item/{3500 + i}.aspx", d) for i, (n, d) in enumerate(zip(NEWS[6:12], newer(date(2025, 12, 15), 6)))],
        cls="recommend",
    )
    html = head("通知公告 - 河间县人民政府", metas={"SiteName": site.name, "generator": "PowerEasy SiteWeaver"}) + f"""<body>
<div id="top"><div class="w"><span>{clock_text(today)}</span><a href="/">无障碍浏览</a> <a href="/">长者模式</a></div></div>
<div id="header"><div class="w"><img src="/Template/HJ/Skin/logo.png" alt="{site.name}"></div></div>
{nav_bar(site, [("首页", "/"), ("政务公开", "/Category_20/Index.aspx"), ("通知公告", "/Category_21/Index.aspx"), ("办事服务", "/Category_30/Index.aspx"), ("互动交流", "/Category_40/Index.aspx")], cls="mainnav")}
<div class="w clearfix">
  <div class="path">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/Category_20/Index.aspx">政务公开</a> &gt;&gt; <a href="/Category_21/Index.aspx">通知公告</a></div>
  <div class="main_left">
    <div class="class_title"><h3>通知公告</h3></div>
    <div class="ontop"><ul>{top}</ul></div>
    <ul class="list_ul">
{rows}    </ul>
    <div class="pager"><span>共 213 条记录</span> <span class="current">1</span> <a href="/Category_21/Index_2.aspx">2</a> <a href="/Category_21/Index_3.aspx">3</a> <a href="/Category_21/Index_2.aspx">下一页</a> <a href="/Category_21/Index_15.aspx">尾页</a></div>
  </div>
  <div class="main_right">{side}</div>
</div>
{footer(site, cls="footer")}
</body>
</html>
"""
    page(
        "powereasy/siteweaver_pinned_nodate.html", html, url=url, today=today, kind="list", item_count=17,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/Category_21/Index_2.aspx",
        frame_url=None, data_url=None, unreadable=False,
        note="PowerEasy SiteWeaver: 2 置顶 items without a date in div.ontop right above the 15 dated rows of ul.list_ul: 17 items of the column; 推荐阅读 newer",
    )


# --- SiteServer CMS --------------------------------------------------------------------------


def siteserver_shell(site: Site, today: date, title: str, name: str, path: str, body: str, side: str) -> str:
    menu = "".join(
        f'<li><a href="/channels/{cid}.html">{n}</a></li>'
        for cid, n in ((127, "政府文件"), (128, "工作动态"), (129, "部门动态"), (130, "乡镇动态"), (131, "重大项目"))
    )
    return head(title, metas={"SiteName": site.name, "ColumnName": name}) + f"""<body>
<div class="g-top"><div class="g-w"><span class="clock">{clock_text(today)}</span><span class="tools"><a href="/">繁體</a> <a href="/">无障碍</a></span></div></div>
<div class="g-head"><div class="g-w"><img src="/upload/images/logo.png" alt="{site.name}"></div></div>
{nav_bar(site, [("首页", "/"), ("新闻中心", "/channels/126.html"), ("信息公开", "/channels/140.html"), ("政务服务", "/channels/150.html"), ("互动交流", "/channels/160.html")], cls="g-nav")}
<div class="g-w g-body">
  <div class="g-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/channels/126.html">新闻中心</a> &gt; <a href="{path}">{name}</a></div>
  <div class="g-left"><div class="sub-title">新闻中心</div><ul class="sub-menu">{menu}</ul></div>
  <div class="g-main">{body}</div>
  <div class="g-right">{side}</div>
</div>
{footer(site, cls="g-foot")}
</body>
</html>
"""


def siteserver_list() -> None:
    site = Site("www.ljq.gov.cn", "兰江区人民政府", "3307020009", "浙ICP备13001234号", "33070202000333", "浙")
    today = date(2025, 9, 18)
    url = f"{site.root}/channels/128.html"
    dates = days_back(date(2025, 9, 16), [0, 1, 2, 1, 3, 2, 4, 1, 2, 3, 5, 2, 3, 1, 4])
    names = titles(3, 15, NEWS)
    rows = "".join(
        f'<li><a href="/contents/128/{5531 - i}.html" target="_blank">{escape(t)}</a><span class="date">{iso(d)}</span></li>\n'
        for i, (t, d) in enumerate(zip(names, dates))
    )
    body = f"""<div class="list-box"><div class="list-title"><h3>工作动态</h3></div>
<ul class="news-list">
{rows}</ul>
<div class="pagination"><a href="/channels/128.html">首页</a> <span class="stl_pageitem_current">1</span> <a href="/channels/128_2.html">2</a> <a href="/channels/128_3.html">3</a> <a href="/channels/128_2.html">下一页</a> <a href="/channels/128_12.html">末页</a> <span>1/12</span></div></div>"""
    side = side_list(
        "热门文章", [(n, f"/contents/127/{6100 + i}.html", d) for i, (n, d) in enumerate(zip(titles(33, 6), newer(date(2025, 9, 17), 6)))],
        cls="hot-box",
    )
    html = siteserver_shell(site, today, "工作动态-兰江区人民政府", "工作动态", "/channels/128.html", body, side)
    page(
        "siteserver/channel_list.html", html, url=url, today=today, kind="list", item_count=15,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/channels/128_2.html",
        frame_url=None, data_url=None, unreadable=False,
        note="SiteServer CMS channel list: /contents/128/N.html items, stl pager /channels/128_2.html, sub-menu of sibling channels, 热门文章 newer",
    )


def siteserver_empty() -> None:
    site = Site("www.ljq.gov.cn", "兰江区人民政府", "3307020009", "浙ICP备13001234号", "33070202000333", "浙")
    today = date(2025, 9, 18)
    url = f"{site.root}/channels/131.html"
    body = """<div class="list-box"><div class="list-title"><h3>重大项目</h3></div>
<ul class="news-list">
</ul>
<div class="pagination"><span>共 0 条</span></div></div>"""
    side = side_list(
        "热门文章", [(n, f"/contents/127/{6100 + i}.html", d) for i, (n, d) in enumerate(zip(titles(33, 6), newer(date(2025, 9, 17), 6)))],
        cls="hot-box",
    )
    html = siteserver_shell(site, today, "重大项目-兰江区人民政府", "重大项目", "/channels/131.html", body, side)
    page(
        "siteserver/channel_empty.html", html, url=url, today=today, kind="list", item_count=0, latest_item_date=None,
        blank=True, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="SiteServer channel with nothing: empty ul.news-list under its heading and 共 0 条; the sub-menu and 热门文章 are not its items",
    )


# --- JEECMS ----------------------------------------------------------------------------------


def jeecms_shell(site: Site, today: date, title: str, body: str, side: str, scripts: str = "") -> str:
    return head(title, metas={"keywords": site.name}) + f"""<body>
<div class="header">
  <div class="header-top w"><span>{clock_text(today)}</span><a href="/login.jspx">登录</a> <a href="/register.jspx">注册</a></div>
  <div class="header-logo w"><img src="/r/cms/www/red/img/logo.png" alt="{site.name}"></div>
  {nav_bar(site, [("首页", "/"), ("新闻动态", "/xwdt/index.jhtml"), ("通知公告", "/tzgg/index.jhtml"), ("政务公开", "/zwgk/index.jhtml"), ("互动交流", "/hdjl/index.jhtml")], cls="nav w")}
</div>
<div class="w main clearfix">
{body}
  <div class="side">{side}</div>
</div>
{footer(site, cls="footer")}
{scripts}
</body>
</html>
"""


def jeecms_paren() -> None:
    site = Site("www.snx.gov.cn", "沙宁县人民政府", "6201230010", "甘ICP备10000123号", "62012302000012", "甘")
    today = date(2025, 12, 2)
    url = f"{site.root}/xwdt/index.jhtml"
    dates = days_back(date(2025, 11, 28), [0, 1, 2, 3, 1, 4, 2, 3, 5, 2, 1, 3, 4, 2, 3])
    names = titles(0, 15, NEWS)
    rows = "".join(
        f'<li><a href="/xwdt/{20131 - i}.jhtml" target="_blank" title="{escape(t)}">{escape(t)}（{iso(d)}）</a></li>\n'
        for i, (t, d) in enumerate(zip(names, dates))
    )
    body = f"""  <div class="content">
    <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/index.jhtml">新闻动态</a></div>
    <div class="list-title">新闻动态</div>
    <ul class="list-news">
{rows}    </ul>
    <div class="pagination"><a class="disabled">首页</a><a class="disabled">上一页</a><a class="active">1</a><a href="index_2.jhtml">2</a><a href="index_3.jhtml">3</a><a href="index_2.jhtml">下一页</a><a href="index_18.jhtml">尾页</a></div>
  </div>"""
    side = side_list(
        "热点排行", [(n, f"/tzgg/{31000 + i}.jhtml", d) for i, (n, d) in enumerate(zip(titles(10, 6), newer(date(2025, 12, 1), 6)))],
        cls="side-hot",
    )
    html = jeecms_shell(site, today, "新闻动态 - 沙宁县人民政府", body, side)
    page(
        "jeecms/paren_date_in_link.html", html, url=url, today=today, kind="list", item_count=15,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/xwdt/index_2.jhtml",
        frame_url=None, data_url=None, unreadable=False,
        note="JEECMS .jhtml list whose dates sit in full-width parentheses inside the link text (…（2025-11-28）); index_2.jhtml pager; 热点排行 newer",
    )


def jeecms_opendoc() -> None:
    site = Site("www.snx.gov.cn", "沙宁县人民政府", "6201230010", "甘ICP备10000123号", "62012302000012", "甘")
    today = date(2025, 12, 2)
    url = f"{site.root}/zwgk/zcwj/index.jhtml"
    dates = days_back(date(2025, 11, 26), [0, 3, 5, 2, 6, 4, 7, 3, 9, 5, 8, 4])
    names = titles(36, 12)
    rows = "".join(
        f'<tr><td class="bt"><a href="javascript:;" onclick="openDoc(\'{40512 - i}\')" title="{escape(t)}">{escape(t)}</a></td>'
        f"<td>沙政发〔2025〕{40 - i}号</td><td>{iso(d)}</td></tr>\n"
        for i, (t, d) in enumerate(zip(names, dates))
    )
    body = f"""  <div class="content">
    <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/index.jhtml">政务公开</a> &gt; <a href="/zwgk/zcwj/index.jhtml">政策文件</a></div>
    <table class="wj-table" width="100%">
      <thead><tr><th>文件名称</th><th>文号</th><th>发布日期</th></tr></thead>
      <tbody>
{rows}      </tbody>
    </table>
    <div class="pagination"><a class="active">1</a><a href="index_2.jhtml">2</a><a href="index_2.jhtml">下一页</a></div>
  </div>"""
    side = side_list(
        "最新发布", [(n, f"/xwdt/{20140 + i}.jhtml", d) for i, (n, d) in enumerate(zip(NEWS[:5], newer(date(2025, 12, 1), 5)))],
        cls="side-new",
    )
    scripts = """<script type="text/javascript">
function openDoc(id) {
    window.open("/zwgk/zcwj/content.jhtml?id=" + id, "_blank");
}
</script>"""
    html = jeecms_shell(site, today, "政策文件 - 沙宁县人民政府", body, side, scripts)
    page(
        "jeecms/opendoc_onclick.html", html, url=url, today=today, kind="list", item_count=12,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/zwgk/zcwj/index_2.jhtml",
        frame_url=None, data_url=None, unreadable=False,
        note="JEECMS 政策文件 table whose rows open by onclick=openDoc('40512') (href=javascript:;), 发布日期 column; 最新发布 sidebar newer",
    )


# --- ThinkPHP --------------------------------------------------------------------------------


def thinkphp_list() -> None:
    site = Site("www.tyx.gov.cn", "桃源县人民政府", "4307250011", "湘ICP备12009876号", "43072502000101", "湘")
    today = date(2025, 8, 20)
    url = f"{site.root}/index.php/Home/News/lists/cid/5.html"
    dates = days_back(date(2025, 8, 15), [0, 2, 1, 3, 2, 4, 1, 5, 2, 3])
    names = titles(44, 10)
    rows = "".join(
        f'<li><a href="/index.php/Home/News/detail/id/{2231 - i}.html" target="_blank">{escape(t)}</a><em>{iso(d)}</em></li>\n'
        for i, (t, d) in enumerate(zip(names, dates))
    )
    side = side_list(
        "图片新闻", [(n, f"/index.php/Home/News/detail/id/{2300 + i}.html", d) for i, (n, d) in enumerate(zip(NEWS[:4], newer(date(2025, 8, 19), 4)))],
        cls="pic-side",
    )
    html = head("通知公告 - 桃源县人民政府", metas={"SiteName": site.name}) + f"""<body>
<div class="top-bar"><div class="container"><span>{clock_text(today)}</span></div></div>
<div class="logo-box container"><img src="/Public/Home/images/logo.png" alt="{site.name}"></div>
{nav_bar(site, [("首页", "/index.php"), ("新闻中心", "/index.php/Home/News/lists/cid/1.html"), ("通知公告", "/index.php/Home/News/lists/cid/5.html"), ("政务公开", "/index.php/Home/Gk/index.html"), ("互动交流", "/index.php/Home/Hd/index.html")], cls="navbar")}
<div class="container">
  <div class="breadcrumb">当前位置：<a href="/index.php">首页</a> / 通知公告</div>
  <div class="col-left">
    <div class="panel-title"><h3>通知公告</h3></div>
    <ul class="news-ul">
{rows}    </ul>
    <div class="pages"><div> <span class="current">1</span><a class="num" href="/index.php/Home/News/lists/cid/5/p/2.html">2</a><a class="num" href="/index.php/Home/News/lists/cid/5/p/3.html">3</a> <a class="next" href="/index.php/Home/News/lists/cid/5/p/2.html">&gt;&gt;</a> <a class="end" href="/index.php/Home/News/lists/cid/5/p/7.html">7</a> </div></div>
  </div>
  <div class="col-right">{side}</div>
</div>
{footer(site, cls="footer")}
</body>
</html>
"""
    page(
        "thinkphp/news_lists.html", html, url=url, today=today, kind="list", item_count=10,
        latest_item_date=max(dates), blank=False, next_page=f"{site.root}/index.php/Home/News/lists/cid/5/p/2.html",
        frame_url=None, data_url=None, unreadable=False,
        note="ThinkPHP list: /index.php/Home/News/detail/id/N.html items with <em> dates, Page class pager (a.next »); 图片新闻 side block newer",
    )


def thinkphp_error() -> None:
    today = date(2025, 8, 20)
    url = "http://www.tyx.gov.cn/index.php/Home/News/lists/cid/99.html"
    html = """<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>系统发生错误</title>
    <meta name="robots" content="noindex,nofollow" />
    <meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">
    <style>
        body{ background: #fff; font-family: "Century Gothic","Microsoft yahei"; color: #333; font-size: 18px;}
        .error{ padding: 24px 48px; }
        .face{ font-size: 100px; font-weight: normal; line-height: 120px; margin-bottom: 12px; }
        h1{ font-size: 32px; line-height: 48px; }
        .copyright{ padding: 12px 48px; color: #999; }
        .copyright a{ color: #000; text-decoration: none; }
    </style>
</head>
<body>
    <div class="error">
        <p class="face">:(</p>
        <h1>页面错误！请稍后再试～</h1>
    </div>
    <div class="copyright">
        <a title="官方网站" href="http://www.thinkphp.cn">ThinkPHP</a>
        <span>V5.1.41 LTS</span>
        <span>{ 十年磨一剑-为API开发设计的高性能框架 }</span>
    </div>
</body>
</html>
"""
    page(
        "thinkphp/error_page.html", html, url=url, today=today, kind="soft404", item_count=0, latest_item_date=None,
        blank=False, next_page=None, frame_url=None, data_url=None, unreadable=False,
        note="ThinkPHP 5 production error page (系统发生错误, 页面错误！请稍后再试～) answering 200: an error page, never a blank column",
    )


for build in (
    aspnet_gridview, aspnet_linkbutton, aspnet_updatepanel, dede_list, dede_mmdd, dede_showmsg,
    empire_date_in_link, empire_empty, powereasy_asp, powereasy_pinned, siteserver_list, siteserver_empty,
    jeecms_paren, jeecms_opendoc, thinkphp_list, thinkphp_error,
):
    build()
