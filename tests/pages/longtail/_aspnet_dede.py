"""ASP.NET WebForms and DedeCMS pages."""

from __future__ import annotations

from _common import CLOCK_1130, NEWS, NOTICES, dates_desc, gov_footer, iso, js_clock, mmdd, titles

VIEWSTATE = (
    "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBDxYCHgRUZXh0BRXkurrlipvotYTmupDlkoznpL7kvJrkv53pmpzlsYBkAgMPPCsA"
    "EQMADxYEHgtfIURhdGFCb3VuZGceC18hSXRlbUNvdW50AgpkARAWABYAFgAMFCsAAGQYAQUlY3RsMDAkQ29udGVudFBsYWNlSG9sZGVyMSRH"
    "cmlkVmlldzEPPCsADAEIAgtk2Vx0Kq8vY3Q0bXc5Zk1hT2p0cXg="
)


def _aspnet_head(title: str, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}" /><title>
	{title}
</title><meta name="keywords" content="获嘉县人力资源和社会保障局,人社,就业,社保" /><meta name="description" content="获嘉县人力资源和社会保障局门户网站" />
<meta name="SiteName" content="获嘉县人力资源和社会保障局" /><meta name="SiteDomain" content="rsj.huojia.gov.cn" /><meta name="SiteIDCode" content="4107240011" />
<link href="../css/style.css" rel="stylesheet" type="text/css" /><link href="../css/list.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../js/jquery-1.8.3.min.js"></script>
</head>"""


def _rsj_top(active: str) -> str:
    nav = [("首页", "../Default.aspx"), ("机构概况", "NewsList.aspx?ClassID=1"), ("工作动态", "NewsList.aspx?ClassID=2"),
           ("通知公告", "NoticeList.aspx?ClassID=3"), ("政策法规", "NewsList.aspx?ClassID=4"), ("就业创业", "NewsList.aspx?ClassID=5"),
           ("社会保障", "NewsList.aspx?ClassID=6"), ("人事考试", "NoticeList.aspx?ClassID=9"), ("政务公开", "../xxgk/GovInfo.aspx"),
           ("互动交流", "../Hdjl/Default.aspx")]
    on = ' class="on"'
    lis = "\n".join(f'<li{on if name == active else ""}><a href="{href}">{name}</a></li>' for name, href in nav)
    return f"""<div class="top">
  <div class="top-bar"><div class="w1200"><span class="fl">{CLOCK_1130}</span><span class="fr"><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a> | <a href="../Wza/Default.aspx">无障碍</a></span></div></div>
  <div class="banner w1200"><img src="../images/logo.png" alt="获嘉县人力资源和社会保障局" /></div>
  <div class="nav w1200"><ul>
{lis}
  </ul></div>
</div>"""


def _rsj_side(hot_dates: list[str]) -> str:
    hot = titles(NOTICES, len(hot_dates), 20)
    lis = "\n".join(f'<li><a href="NoticeShow.aspx?ID={4600 + i}" target="_blank">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(zip(hot, hot_dates)))
    return f"""<div class="side">
  <div class="side-box"><div class="side-tit">热点信息</div><ul class="side-list">
{lis}
  </ul></div>
  <div class="side-box"><div class="side-tit">办事指南</div><ul class="side-links">
    <li><a href="https://www.hnzwfw.gov.cn/" target="_blank">就业登记</a></li><li><a href="https://www.hnzwfw.gov.cn/" target="_blank">失业保险金申领</a></li>
    <li><a href="https://www.hnzwfw.gov.cn/" target="_blank">社会保障卡申领</a></li><li><a href="https://www.hnzwfw.gov.cn/" target="_blank">职业技能鉴定</a></li>
  </ul></div>
  <div class="side-box"><div class="side-tit">服务热线</div><p class="tel">12333</p><p>工作日 8:30-12:00 14:30-17:30</p></div>
</div>"""


def aspnet_gridview_tzgg() -> tuple[str, str, str]:
    # 15 GridView rows (header row and pager row inside the same table); newest 2025-11-21;
    # pager is __doPostBack only (no next URL); 热点信息 sidebar 2025-11-28/29.
    ds = dates_desc("2025-11-21", 15)
    ts = titles(NOTICES, 15)
    rows = []
    for i, (t, d) in enumerate(zip(ts, ds)):
        ctl = f"ctl{i + 2:02d}"
        cls = "gvRow" if i % 2 == 0 else "gvAltRow"
        rows.append(
            f'<tr class="{cls}">\n\t\t\t<td align="center">{i + 1}</td><td align="left"><a id="ctl00_ContentPlaceHolder1_GridView1_{ctl}_hlTitle" title="{t}" href="NoticeShow.aspx?ID={4521 - i * 3}" target="_blank">{t}</a></td><td align="center">县人社局</td><td align="center">{iso(d)}</td>\n\t\t</tr>'
        )
    pager_cells = "".join(
        f"<td><a href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$GridView1','Page${n}')\">{n}</a></td>" for n in range(2, 11)
    )
    html = f"""{_aspnet_head("通知公告 - 获嘉县人力资源和社会保障局")}
<body>
<form name="aspnetForm" method="post" action="./NoticeList.aspx?ClassID=3" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C2EE9ABB" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWDALx8pXqDQL3q5bJBwKb0IqHDwLX3sbnCwKU0K3qDgL+jp7BBAKK3u+zCwK1kqiCDQLBh5bUDwKC5bDkDgKZw8a+AQKvjd3cD6zPpq0CyA1I7kV3wVcF7wWbq3ib" />
</div>
{_rsj_top("通知公告")}
<div class="main w1200">
  <div class="crumb">您现在的位置：<a href="../Default.aspx">首页</a> &gt; <span id="ctl00_ContentPlaceHolder1_lblClass">通知公告</span></div>
  {_rsj_side(["2025-11-29", "2025-11-29", "2025-11-28", "2025-11-27", "2025-11-25"])}
  <div class="content">
    <div class="con-tit"><span id="ctl00_ContentPlaceHolder1_lblTitle">通知公告</span></div>
    <div>
	<table class="gv" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_GridView1" style="width:100%;border-collapse:collapse;">
		<tr class="gvHeader">
			<th scope="col">序号</th><th scope="col">标题</th><th scope="col">发布单位</th><th scope="col">发布日期</th>
		</tr>{"".join(rows)}<tr class="gvPager">
			<td colspan="4"><table border="0">
				<tr>
					<td><span>1</span></td>{pager_cells}<td><a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$GridView1','Page$11')">...</a></td><td><a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$GridView1','Page$Last')">末页</a></td>
				</tr>
			</table></td>
		</tr>
	</table>
</div>
    <div class="gv-info">共 <span id="ctl00_ContentPlaceHolder1_lblCount">318</span> 条记录，每页 15 条</div>
  </div>
</div>
{gov_footer("获嘉县人力资源和社会保障局", "4107240011", "豫ICP备12003456号-1", "豫公网安备 41072402000123号", "2014-2025", "获嘉县行政路88号", "0373-4561234")}
</form>
</body>
</html>
"""
    return "aspnet/gridview_tzgg.html", html, "utf-8"


def aspnet_treeview_postback() -> tuple[str, str, str]:
    # 信息公开目录: the list appears only after a postback from the TreeView (left);
    # the GridView area is an empty panel with a prompt; a hidden "暂无数据" div exists for script use.
    # 最新公开 sidebar with dates. Not blank (behind a postback); nothing readable.
    nodes = [("s7", "政策文件"), ("s8", "规划计划"), ("s9", "财政信息"), ("s10", "人事信息"), ("s11", "统计信息"), ("s12", "应急管理"), ("s13", "建议提案办理")]
    tree = "\n".join(
        f"""<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr><td><div style="width:20px;height:1px"></div></td><td><img src="/WebResource.axd?d=tree_leaf&amp;t=63" alt="" /></td><td class="TreeView1_2" style="white-space:nowrap;"><a class="TreeView1_0" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$TreeView1','{sid}')" id="ctl00_ContentPlaceHolder1_TreeView1t{i + 1}">{name}</a></td></tr></table>"""
        for i, (sid, name) in enumerate(nodes)
    )
    latest = titles(NOTICES, 5, 3)
    side = "\n".join(f'<li><a href="GovInfoShow.aspx?ID={9100 - i}">{t}</a><em>{d}</em></li>' for i, (t, d) in enumerate(zip(latest, ["2025-11-28", "2025-11-27", "2025-11-27", "2025-11-24", "2025-11-20"])))
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	政府信息公开目录 - 获嘉县人民政府
</title><meta name="SiteName" content="获嘉县人民政府" /><meta name="ColumnName" content="政府信息公开目录" /><meta name="ColumnType" content="政府信息公开" />
<link href="/css/xxgk.css" rel="stylesheet" type="text/css" />
<style type="text/css">.TreeView1_0 {{ text-decoration:none; }} .TreeView1_2 {{ padding:1px 4px; }}</style>
</head>
<body>
<form name="aspnetForm" method="post" action="./GovInfo.aspx?ClassID=7" id="aspnetForm">
<div>
<input type="hidden" name="ctl00_ContentPlaceHolder1_TreeView1_ExpandState" id="ctl00_ContentPlaceHolder1_TreeView1_ExpandState" value="ennnnnnn" />
<input type="hidden" name="ctl00_ContentPlaceHolder1_TreeView1_SelectedNode" id="ctl00_ContentPlaceHolder1_TreeView1_SelectedNode" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div class="head"><div class="w1200"><img src="/images/xxgk_banner.png" alt="获嘉县人民政府信息公开" /><div class="clock">{CLOCK_1130}</div></div></div>
<div class="nav w1200"><a href="/">网站首页</a><a href="/xxgk/GovInfo.aspx?ClassID=1">信息公开指南</a><a href="/xxgk/GovInfo.aspx?ClassID=2">信息公开制度</a><a href="/xxgk/GovInfo.aspx?ClassID=7" class="on">法定主动公开内容</a><a href="/xxgk/Ysq.aspx">依申请公开</a><a href="/xxgk/GovInfo.aspx?ClassID=4">信息公开年报</a></div>
<div class="main w1200">
  <div class="left">
    <div class="tit">公开目录</div>
    <div id="ctl00_ContentPlaceHolder1_TreeView1">
{tree}
    </div>
    <div class="tit">最新公开</div>
    <ul class="newest">
{side}
    </ul>
  </div>
  <div class="right">
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; 信息公开 &gt; 法定主动公开内容</div>
    <div class="search-bar">
      标题：<input name="ctl00$ContentPlaceHolder1$txtTitle" type="text" id="ctl00_ContentPlaceHolder1_txtTitle" class="ipt" />
      文号：<input name="ctl00$ContentPlaceHolder1$txtWh" type="text" id="ctl00_ContentPlaceHolder1_txtWh" class="ipt" />
      年份：<select name="ctl00$ContentPlaceHolder1$ddlYear" id="ctl00_ContentPlaceHolder1_ddlYear"><option value="">全部</option><option value="2025">2025</option><option value="2024">2024</option><option value="2023">2023</option></select>
      <input type="submit" name="ctl00$ContentPlaceHolder1$btnSearch" value="查 询" id="ctl00_ContentPlaceHolder1_btnSearch" class="btn" />
    </div>
    <div id="ctl00_ContentPlaceHolder1_pnlList" class="gk-list">
      <p class="tip">请在左侧目录中选择公开类别，或输入条件后点击“查询”。</p>
    </div>
    <div id="nodata" class="nodata" style="display:none">暂无数据</div>
  </div>
</div>
{gov_footer("获嘉县人民政府办公室", "4107240001", "豫ICP备05001234号-1", "豫公网安备 41072402000101号", "2012-2025")}
<script type="text/javascript">
//<![CDATA[
var ctl00_ContentPlaceHolder1_TreeView1_ImageArray =  new Array('', '', '', '/WebResource.axd?d=tree_leaf&t=63');
//]]>
</script>
</form>
</body>
</html>
"""
    return "aspnet/treeview_postback.html", html, "utf-8"


def aspnet_gridview_empty() -> tuple[str, str, str]:
    # 人事考试 column: GridView rendered with header + EmptyDataRow "暂无数据"; sidebar dated. Blank.
    html = f"""{_aspnet_head("人事考试 - 获嘉县人力资源和社会保障局")}
<body>
<form name="aspnetForm" method="post" action="./NoticeList.aspx?ClassID=9" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
{_rsj_top("人事考试")}
<div class="main w1200">
  <div class="crumb">您现在的位置：<a href="../Default.aspx">首页</a> &gt; <span id="ctl00_ContentPlaceHolder1_lblClass">人事考试</span></div>
  {_rsj_side(["2025-11-29", "2025-11-28", "2025-11-26", "2025-11-21", "2025-11-19"])}
  <div class="content">
    <div class="con-tit"><span id="ctl00_ContentPlaceHolder1_lblTitle">人事考试</span></div>
    <div>
	<table class="gv" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_GridView1" style="width:100%;border-collapse:collapse;">
		<tr class="gvHeader">
			<th scope="col">序号</th><th scope="col">标题</th><th scope="col">发布单位</th><th scope="col">发布日期</th>
		</tr><tr>
			<td colspan="4" style="text-align:center;height:60px;">暂无数据</td>
		</tr>
	</table>
</div>
    <div class="gv-info">共 <span id="ctl00_ContentPlaceHolder1_lblCount">0</span> 条记录，每页 15 条</div>
  </div>
</div>
{gov_footer("获嘉县人力资源和社会保障局", "4107240011", "豫ICP备12003456号-1", "豫公网安备 41072402000123号", "2014-2025", "获嘉县行政路88号", "0373-4561234")}
</form>
</body>
</html>
"""
    return "aspnet/gridview_empty.html", html, "utf-8"


def aspnet_aspnetpager_gbk() -> tuple[str, str, str]:
    # GBK (meta gb2312). 20 li items, <span class="time"> before the link; newest 2025-11-27.
    # AspNetPager with a real href for 下一页 (NewsList.aspx?ClassID=12&page=2); 环保热点 sidebar 11-29/11-30;
    # 站点更新 bar "最后更新：2025-11-30".
    ds = dates_desc("2025-11-27", 20)
    ts = titles(NEWS, 20, 10)
    items = "\n".join(
        f'        <li><span class="time">{iso(d)}</span><a href="NewsShow.aspx?ID={8812 - i * 2}" title="{t}" target="_blank">{t}</a></li>' for i, (t, d) in enumerate(zip(ts, ds))
    )
    hot = titles(NEWS, 6, 34)
    hot_li = "\n".join(f'<li><a href="NewsShow.aspx?ID={8830 + i}">{t}</a><span>[{d}]</span></li>' for i, (t, d) in enumerate(zip(hot, ["11-30", "11-29", "11-29", "11-28", "11-28", "11-27"])))
    pages = "".join(f'<a href="NewsList.aspx?ClassID=12&amp;page={n}" style="margin-right:5px;">{n}</a>' for n in range(2, 11))
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>
	工作动态-原阳县生态环境分局
</title><meta name="keywords" content="原阳,生态环境,环保" /><link href="/Css/main.css" rel="stylesheet" type="text/css" /></head>
<body>
<form name="form1" method="post" action="NewsList.aspx?ClassID=12" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" /></div>
<div class="header">
  <div class="toptime">{js_clock("time")}　最后更新：2025-11-30</div>
  <div class="logo"><img src="/Images/logo.jpg" alt="原阳县生态环境分局" /></div>
  <div class="menu"><a href="/Default.aspx">首 页</a><a href="NewsList.aspx?ClassID=1">机构设置</a><a href="NewsList.aspx?ClassID=12" class="cur">工作动态</a><a href="NewsList.aspx?ClassID=13">通知公告</a><a href="NewsList.aspx?ClassID=14">环境质量</a><a href="NewsList.aspx?ClassID=15">环评审批</a><a href="NewsList.aspx?ClassID=16">执法监督</a><a href="/Letter/Default.aspx">局长信箱</a></div>
</div>
<div class="wrap">
  <div class="left">
    <div class="lbox"><h3>环保热点</h3><ul>
{hot_li}
    </ul></div>
    <div class="lbox"><h3>环境质量</h3><p>空气质量指数 AQI：<b>76</b> 良</p><p>数据时间：2025-11-30 09:00</p></div>
  </div>
  <div class="right">
    <div class="rtit"><span class="fl">工作动态</span><span class="fr">当前位置：<a href="/Default.aspx">首页</a> &gt;&gt; 工作动态</span></div>
    <div class="newslist">
      <ul>
{items}
      </ul>
    </div>
    <div id="AspNetPager1" class="pager" style="width:100%;text-align:center;">
<a disabled="disabled" style="margin-right:5px;">首页</a><a disabled="disabled" style="margin-right:5px;">上一页</a><span style="margin-right:5px;font-weight:Bold;color:red;">1</span>{pages}<a href="NewsList.aspx?ClassID=12&amp;page=11" style="margin-right:5px;">...</a><a href="NewsList.aspx?ClassID=12&amp;page=2" style="margin-right:5px;">下一页</a><a href="NewsList.aspx?ClassID=12&amp;page=24" style="margin-right:5px;">尾页</a>
      共 472 条 当前第 1/24 页
</div>
  </div>
</div>
{gov_footer("原阳县生态环境分局", "4107250023", "豫ICP备13004567号", "豫公网安备 41072502000045号", "2013-2025")}
</form>
</body>
</html>
"""
    return "aspnet/aspnetpager_news_gbk.html", html, "gbk"


# ------------------------------------------------------------------ DedeCMS


def _dede_head(title: str, keywords: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="{keywords}" />
<meta name="description" content="{keywords}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>"""


def _dede_top(site: str, active: str) -> str:
    nav = [("首页", "/"), ("乡镇概况", "/a/xzgk/"), ("工作动态", "/a/gzdt/"), ("通知公告", "/a/tzgg/"), ("政务公开", "/a/zwgk/"),
           ("党建工作", "/a/djgz/"), ("便民服务", "/a/bmfw/"), ("村务公开", "/a/cwgk/")]
    hv = ' class="hover"'
    lis = "\n".join(f'<li{hv if n == active else ""}><a href="{h}"><span>{n}</span></a></li>' for n, h in nav)
    return f"""<div class="header">
 <div class="top w960 center">
  <div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="{site}"/></a></h1></div>
  <div class="banner">{CLOCK_1130}</div>
 </div>
 <div class="module blue mT10 wrapper w963">
  <div id="navMenu"><ul>
{lis}
  </ul></div>
  <div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." /><button type="submit" class="search-submit">搜索</button></form></div>
 </div>
</div>"""


def _dede_side(hot: list[tuple[str, str]]) -> str:
    lis = "\n".join(f'<li><a href="/a/gzdt/{u}">{t}</a><span class="date">{d}</span></li>' for u, (t, d) in zip(["2025/1129/1931.html", "2025/1129/1930.html", "2025/1128/1925.html", "2025/1127/1921.html", "2025/1126/1917.html"], hot))
    return f"""<div class="pright">
  <div class="commend"><dl class="tbox"><dt><strong>推荐内容</strong></dt><dd><ul class="d4">
    <li><a href="/a/djgz/2025/1125/1911.html">镇党委开展“三会一课”专题学习</a><p>镇党委组织全体党员干部开展专题学习……</p></li>
    <li><a href="/a/zwgk/2025/1121/1899.html">镇政府召开冬季安全生产工作会议</a><p>为切实做好冬季安全生产工作……</p></li>
  </ul></dd></dl></div>
  <div class="hot mt1"><dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd class="light"><ul class="c1 ico2">
{lis}
  </ul></dd></dl></div>
</div>"""


def _dede_footer(org: str) -> str:
    return gov_footer(org, "4107260012", "豫ICP备09012345号-2", "豫公网安备 41072602000067号", "2009-2025") + '\n<!-- Powered by DedeCMS_V57_GBK_SP2 -->'


def dede_plus_list_tid() -> tuple[str, str, str]:
    # GBK. /plus/list.php?tid=5 dynamic list; 15 ul.e2 items with "日期：2025-11-26 10:23:41 点击：123 好评：0";
    # newest 2025-11-26. Pagelist: 下一页 -> list.php?tid=5&TotalResult=168&PageNo=2; select of pages; 热点内容 11-27..11-29.
    ds = dates_desc("2025-11-26", 15)
    ts = titles(NEWS, 15, 3)
    items = []
    for i, (t, d) in enumerate(zip(ts, ds)):
        aid = 1916 - i * 3
        url = f"/a/gzdt/{d.year}/{d.month:02d}{d.day:02d}/{aid}.html"
        pic = f'<a href="{url}" class="preview"><img src="/uploads/allimg/{d.strftime("%y%m%d")}/1-{d.strftime("%y%m%d")}10234{i % 10}-50-lp.jpg"/></a>' if i % 4 == 0 else ""
        items.append(f"""<li>{pic}
<a href="{url}" class="title">{t}</a>
<span class="info">
<small>日期：</small>{iso(d)} {10 + i % 8:02d}:{(23 + i * 7) % 60:02d}:41
<small>点击：</small>{123 + i * 17}
<small>好评：</small>0
</span>
<p class="intro">{t}。近日，{t[:6]}……</p>
</li>""")
    opts = "".join(f"<option value='list.php?tid=5&TotalResult=168&PageNo={n}'{' selected' if n == 1 else ''}>{n}</option>" for n in range(1, 13))
    html = f"""{_dede_head("工作动态_城关镇人民政府", "工作动态,城关镇")}
<body class="articlelist">
{_dede_top("城关镇人民政府", "工作动态")}
<div class="channel-nav w960 center clear"><div class="sonnav"><span><a href='/plus/list.php?tid=6'>镇村动态</a></span><span><a href='/plus/list.php?tid=7'>部门动态</a></span></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
 <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/plus/list.php?tid=5'>工作动态</a> &gt; </div>
 <div class="listbox">
  <ul class="e2">
{chr(10).join(items)}
  </ul>
 </div>
 <div class="dede_pages">
  <ul class="pagelist">
   <li><a>首页</a></li>
<li class="thisclass"><a>1</a></li>
<li><a href='list.php?tid=5&TotalResult=168&PageNo=2'>2</a></li>
<li><a href='list.php?tid=5&TotalResult=168&PageNo=3'>3</a></li>
<li><a href='list.php?tid=5&TotalResult=168&PageNo=4'>4</a></li>
<li><a href='list.php?tid=5&TotalResult=168&PageNo=5'>5</a></li>
<li><a href='list.php?tid=5&TotalResult=168&PageNo=2'>下一页</a></li>
<li><a href='list.php?tid=5&TotalResult=168&PageNo=12'>末页</a></li>
<li><select name='sldd' style='width:36px' onchange='location.href=this.options[this.selectedIndex].value;'>
{opts}
</select></li>
<li><span class="pageinfo">共 <strong>12</strong>页<strong>168</strong>条</span></li>
  </ul>
 </div>
</div>
{_dede_side([(t, d) for t, d in zip(titles(NEWS, 5, 30), ["2025-11-29", "2025-11-29", "2025-11-28", "2025-11-27", "2025-11-26"])])}
</div>
{_dede_footer("城关镇人民政府")}
</body>
</html>
"""
    return "dede/plus_list_tid.html", html, "gbk"


def dede_static_list_page3() -> tuple[str, str, str]:
    # GBK. Static list_7_3.html (page 3 of 9): 20 items "<span>YYYY-MM-DD</span><a>"; newest on the page 2025-08-14.
    # 上一页 list_7_2.html, 下一页 list_7_4.html; sidebar 热点 2025-11-26..29.
    ds = dates_desc("2025-08-14", 20, (0, 3, 2, 5, 1, 4, 6, 2))
    ts = titles(NOTICES, 20, 5)
    items = "\n".join(f'<li><span>{iso(d)}</span><a href="/a/tzgg/{d.year}/{d.month:02d}{d.day:02d}/{1203 - i * 4}.html" target="_blank">{t}</a></li>' for i, (t, d) in enumerate(zip(ts, ds)))
    html = f"""{_dede_head("通知公告_城关镇人民政府", "通知公告")}
<body class="articlelist">
{_dede_top("城关镇人民政府", "通知公告")}
<div class="w960 center clear mt1">
<div class="pleft">
 <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/a/tzgg/'>通知公告</a> &gt; </div>
 <div class="listbox"><ul class="d1 ico3">
{items}
 </ul></div>
 <div class="dede_pages"><ul class="pagelist">
<li><a href='list_7_1.html'>首页</a></li>
<li><a href='list_7_2.html'>上一页</a></li>
<li><a href='list_7_1.html'>1</a></li>
<li><a href='list_7_2.html'>2</a></li>
<li class="thisclass"><a>3</a></li>
<li><a href='list_7_4.html'>4</a></li>
<li><a href='list_7_5.html'>5</a></li>
<li><a href='list_7_4.html'>下一页</a></li>
<li><a href='list_7_9.html'>末页</a></li>
<li><span class="pageinfo">共 <strong>9</strong>页<strong>173</strong>条</span></li>
 </ul></div>
</div>
{_dede_side([(t, d) for t, d in zip(titles(NEWS, 5, 20), ["2025-11-29", "2025-11-28", "2025-11-28", "2025-11-27", "2025-11-26"])])}
</div>
{_dede_footer("城关镇人民政府")}
</body>
</html>
"""
    return "dede/static_list_page3.html", html, "gbk"


def dede_showmsg() -> tuple[str, str, str]:
    # DedeCMS ShowMsg served 200 for a missing column: every word of the message is written by script
    # (document.write), the way plus/list.php answers an unknown tid. soft404.
    html = """<html>
<head>
<title>DedeCMS提示信息</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="renderer" content="webkit">
<meta http-equiv="Cache-Control" content="no-siteapp" />
<link rel="stylesheet" type="text/css" href="/images/css/showmsg.css" />
<base target='_self'/>
</head>
<body leftmargin='0' topmargin='0' bgcolor='#FFFFFF'>
<center>
<script>
var pgo=0;
      function JumpUrl(){
        if(pgo==0){ location='javascript:history.go(-1);'; pgo=1; }
      }
document.write("<br /><div style='width:450px;padding:0px;border:1px solid #DADADA;'><div style='padding:6px;font-size:12px;border-bottom:1px solid #DADADA;background:#DBEEBD url(/plus/img/wbg.gif)';'><b>DedeCMS 提示信息！</b></div>");
document.write("<div style='height:130px;font-size:10pt;background:#ffffff'><br />");
document.write("你指定的栏目不存在或已被删除！");
document.write("<br /><a href='javascript:history.go(-1);'>如果你的浏览器没反应，请点击这里...</a><br/></div>");
setTimeout('JumpUrl()',1000);</script>
</center>
</body>
</html>
"""
    return "dede/showmsg_nochannel.html", html, "gbk"


def dede_blank_column() -> tuple[str, str, str]:
    # GBK. 村务公开 column: the e2 list container is empty and the pagelist says 共0页0条; sidebar dated. Blank.
    html = f"""{_dede_head("村务公开_城关镇人民政府", "村务公开")}
<body class="articlelist">
{_dede_top("城关镇人民政府", "村务公开")}
<div class="w960 center clear mt1">
<div class="pleft">
 <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/a/cwgk/'>村务公开</a> &gt; </div>
 <div class="listbox">
  <ul class="e2">

  </ul>
 </div>
 <div class="dede_pages">
  <ul class="pagelist">
   <span class="pageinfo">共 <strong>0</strong>页<strong>0</strong>条记录</span>
  </ul>
 </div>
</div>
{_dede_side([(t, d) for t, d in zip(titles(NEWS, 5, 12), ["2025-11-29", "2025-11-29", "2025-11-28", "2025-11-26", "2025-11-25"])])}
</div>
{_dede_footer("城关镇人民政府")}
</body>
</html>
"""
    return "dede/blank_column.html", html, "gbk"


def dede_home_gbk() -> tuple[str, str, str]:
    # GBK homepage. Blocks: 图片新闻 slider 3 (undated, /a/tpxw/NNNN.html) + 工作动态 8 ("MM-DD", year in URL /2025/MMDD/)
    # + 通知公告 6 (YYYY-MM-DD) + 政策法规 5 (undated) = 22 items; newest 2025-11-27.
    # Not items: nav, 专题专栏 image banners, 便民服务 icons, 友情链接 select, clock, footer.
    slider = titles(NEWS, 3, 40)
    gz_d = dates_desc("2025-11-27", 8)
    gz_t = titles(NEWS, 8, 0)
    tz_d = dates_desc("2025-11-25", 6, (0, 2, 3, 1, 4, 2))
    tz_t = titles(NOTICES, 6, 9)
    zc_t = ["《城关镇村级小微权力清单》", "城关镇人居环境整治长效管理办法", "城关镇防汛应急预案（2025年修订）", "城关镇党政领导班子议事规则", "城关镇村级财务管理制度"]
    sl = "\n".join(f'<li><a href="/a/tpxw/{1890 - i}.html"><img src="/uploads/allimg/tpxw{i + 1}.jpg" alt="{t}" /><span>{t}</span></a></li>' for i, t in enumerate(slider))
    gz = "\n".join(f'<li><a href="/a/gzdt/{d.year}/{d.month:02d}{d.day:02d}/{1921 - i * 2}.html" title="{t}">{t}</a><span>{mmdd(d)}</span></li>' for i, (t, d) in enumerate(zip(gz_t, gz_d)))
    tz = "\n".join(f'<li><span class="date">{iso(d)}</span><a href="/a/tzgg/{d.year}/{d.month:02d}{d.day:02d}/{1915 - i * 3}.html">{t}</a></li>' for i, (t, d) in enumerate(zip(tz_t, tz_d)))
    zc = "\n".join(f'<li><a href="/a/zcfg/{1702 - i}.html">{t}</a></li>' for i, t in enumerate(zc_t))
    html = f"""{_dede_head("城关镇人民政府", "城关镇,人民政府,政务公开")}
<body class="index">
{_dede_top("城关镇人民政府", "首页")}
<div class="w960 center clear mt1">
 <div class="flash"><ul class="slider">
{sl}
 </ul></div>
 <div class="box gzdt"><div class="tit"><span>工作动态</span><a href="/a/gzdt/" class="more">更多&gt;&gt;</a></div><ul class="list">
{gz}
 </ul></div>
 <div class="box tzgg"><div class="tit"><span>通知公告</span><a href="/a/tzgg/" class="more">更多&gt;&gt;</a></div><ul class="list">
{tz}
 </ul></div>
</div>
<div class="w960 center clear mt1 ztzl">
 <a href="/zt/xxgc/"><img src="/uploads/zt/xxgc.jpg" alt="学习贯彻党的二十届四中全会精神" /></a>
 <a href="/zt/yshj/"><img src="/uploads/zt/yshj.jpg" alt="优化营商环境" /></a>
</div>
<div class="w960 center clear mt1">
 <div class="box zcfg"><div class="tit"><span>政策法规</span><a href="/a/zcfg/" class="more">更多&gt;&gt;</a></div><ul class="list">
{zc}
 </ul></div>
 <div class="box bmfw"><div class="tit"><span>便民服务</span></div><ul class="icons">
  <li><a href="https://www.hnzwfw.gov.cn/" target="_blank"><img src="/images/ico_sb.png" /><p>社保查询</p></a></li>
  <li><a href="https://www.hnzwfw.gov.cn/" target="_blank"><img src="/images/ico_gjj.png" /><p>公积金查询</p></a></li>
  <li><a href="/a/bmfw/bszn/"><img src="/images/ico_bszn.png" /><p>办事指南</p></a></li>
  <li><a href="/plus/guestbook.php"><img src="/images/ico_ly.png" /><p>镇长信箱</p></a></li>
 </ul></div>
</div>
<div class="w960 center clear mt1 flink">友情链接：<select onchange="window.open(this.value)"><option>--政府网站--</option><option value="http://www.gov.cn/">中国政府网</option><option value="https://www.henan.gov.cn/">河南省人民政府</option><option value="http://www.yuanyang.gov.cn/">原阳县人民政府</option></select></div>
{_dede_footer("城关镇人民政府")}
</body>
</html>
"""
    return "dede/home_gbk.html", html, "gbk"


PAGES = [aspnet_gridview_tzgg, aspnet_treeview_postback, aspnet_gridview_empty, aspnet_aspnetpager_gbk,
         dede_plus_list_tid, dede_static_list_page3, dede_showmsg, dede_blank_column, dede_home_gbk]
