"""EmpireCMS, PowerEasy, SiteServer, JEECMS, ThinkPHP, PHPCMS and WebPlus pages."""

from __future__ import annotations

from datetime import date

from _common import CLOCK_1130, NEWS, NOTICES, dates_desc, gov_footer, iso, js_clock, mmdd, slash, titles

# ------------------------------------------------------------------ EmpireCMS


def _ecms_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="延津县,自然资源局" />
<meta name="description" content="延津县自然资源局" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/default/js/jquery.min.js"></script>
</head>"""


def _ecms_top(active: str) -> str:
    nav = [("首页", "/"), ("机构概况", "/jggk/"), ("新闻中心", "/xwzx/"), ("政务公开", "/zwgk/"), ("通知公告", "/zwgk/tzgg/"),
           ("土地管理", "/tdgl/"), ("矿产资源", "/kczy/"), ("互动交流", "/e/tool/gbook/?bid=1")]
    cur = ' class="cur"'
    lis = "".join(f'<li{cur if n == active else ""}><a href="{h}">{n}</a></li>' for n, h in nav)
    return f"""<div class="topbar"><div class="wrap"><span class="date">{CLOCK_1130}</span><span class="links"><a href="/e/member/login/">登录</a><a href="/e/member/register/">注册</a></span></div></div>
<div class="head wrap"><a href="/" class="logo"><img src="/skin/default/images/logo.png" alt="延津县自然资源局"></a>
<form action="/e/search/index.php" method="post" name="searchform" class="sform"><input type="hidden" name="show" value="title" /><input type="hidden" name="tempid" value="1" /><input name="keyboard" type="text" placeholder="请输入关键词" /><input type="submit" value="搜索" /></form></div>
<div class="nav"><ul class="wrap">{lis}</ul></div>"""


def _ecms_side(dates: list[str]) -> str:
    ts = titles(NEWS, len(dates), 25)
    lis = "\n".join(f'<li><em>{i + 1}</em><a href="/xwzx/bmdt/{d}/{5600 + i}.html" title="{t}">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(zip(ts, dates)))
    return f"""<div class="sidebar">
  <div class="sbox"><h3>点击排行</h3><ul class="rank">
{lis}
  </ul></div>
  <div class="sbox"><h3>联系我们</h3><p>地址：延津县文化路东段</p><p>电话：0373-7612345</p><p>邮编：453200</p></div>
</div>"""


def ecms_listinfo_dynamic() -> tuple[str, str, str]:
    # Empire dynamic list /e/action/ListInfo/?classid=12: 20 li, date span after the link, URL /xwzx/bmdt/YYYY-MM-DD/ID.html;
    # newest 2025-11-24. Pager uses the Empire symbols only: "&gt;" = next (index.php?page=1&classid=12&totalnum=356, 0-based),
    # "&gt;&gt;" = last. 点击排行 sidebar 2025-11-26..29.
    ds = dates_desc("2025-11-24", 20)
    ts = titles(NEWS, 20, 14)
    items = "\n".join(f'<li><a href="/xwzx/bmdt/{iso(d)}/{5531 - i * 2}.html" target="_blank" title="{t}">{t}</a><span>{iso(d)}</span></li>' for i, (t, d) in enumerate(zip(ts, ds)))
    base = "/e/action/ListInfo/index.php?page={p}&amp;classid=12&amp;totalnum=356"
    nums = "&nbsp;".join(f'<a href="{base.format(p=p)}">{p + 1}</a>' for p in range(1, 10))
    html = f"""{_ecms_head("部门动态 - 延津县自然资源局")}
<body>
{_ecms_top("新闻中心")}
<div class="wrap main">
  <div class="position">当前位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/xwzx/">新闻中心</a>&nbsp;>&nbsp;<a href="/xwzx/bmdt/">部门动态</a></div>
  <div class="content">
    <div class="ctit"><h2>部门动态</h2></div>
    <ul class="newslist">
{items}
    </ul>
    <div class="list_page"><a title="Total record">&nbsp;<b>356</b> </a>&nbsp;&nbsp;&nbsp;<b>1</b>&nbsp;{nums}&nbsp;<a href="{base.format(p=1)}">&gt;</a>&nbsp;<a href="{base.format(p=17)}">&gt;&gt;</a></div>
  </div>
  {_ecms_side(["2025-11-29", "2025-11-28", "2025-11-28", "2025-11-26", "2025-11-26", "2025-11-20"])}
</div>
{gov_footer("延津县自然资源局", "4107260031", "豫ICP备15001234号-1", "豫公网安备 41072602000201号", "2015-2025")}
<script src="/e/public/onclick/?enews=doclass&amp;classid=12"></script>
</body>
</html>
"""
    return "ecms/listinfo_dynamic.html", html, "utf-8"


def ecms_static_index2() -> tuple[str, str, str]:
    # Empire static page 2 (/zwgk/tzgg/index_2.html) of 9: 20 li with <em>YYYY-MM-DD</em> before the link; newest on
    # this page 2025-10-09. 上一页 = index.html, 下一页 = index_3.html. Sidebar 2025-11-2x.
    ds = dates_desc("2025-10-09", 20, (0, 2, 1, 3, 2, 4, 1))
    ts = titles(NOTICES, 20, 11)
    items = "\n".join(f'<li><em>{iso(d)}</em><a href="/zwgk/tzgg/{d.year}-{d.month:02d}-{d.day:02d}/{5120 - i * 3}.html" target="_blank">{t}</a></li>' for i, (t, d) in enumerate(zip(ts, ds)))
    html = f"""{_ecms_head("通知公告 - 延津县自然资源局")}
<body>
{_ecms_top("通知公告")}
<div class="wrap main">
  <div class="position">当前位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;>&nbsp;<a href="/zwgk/tzgg/">通知公告</a></div>
  <div class="content">
    <div class="ctit"><h2>通知公告</h2></div>
    <ul class="newslist dl">
{items}
    </ul>
    <div class="list_page"><a title="Total record">&nbsp;<b>172</b> </a>&nbsp;&nbsp;<a href="/zwgk/tzgg/index.html">首页</a>&nbsp;<a href="/zwgk/tzgg/index.html">上一页</a>&nbsp;<a href="/zwgk/tzgg/index.html">1</a>&nbsp;<b>2</b>&nbsp;<a href="/zwgk/tzgg/index_3.html">3</a>&nbsp;<a href="/zwgk/tzgg/index_4.html">4</a>&nbsp;<a href="/zwgk/tzgg/index_5.html">5</a>&nbsp;<a href="/zwgk/tzgg/index_3.html">下一页</a>&nbsp;<a href="/zwgk/tzgg/index_9.html">尾页</a></div>
  </div>
  {_ecms_side(["2025-11-29", "2025-11-27", "2025-11-25", "2025-11-24", "2025-11-21", "2025-11-18"])}
</div>
{gov_footer("延津县自然资源局", "4107260031", "豫ICP备15001234号-1", "豫公网安备 41072602000201号", "2015-2025")}
</body>
</html>
"""
    return "ecms/static_index_2.html", html, "utf-8"


# ------------------------------------------------------------------ PowerEasy


def _pe_asp_shell(title: str, body_main: str) -> str:
    return f"""<html>
<head>
<title>{title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="封丘县教育局,教育,招生">
<meta name="description" content="封丘县教育局网站">
<meta name="generator" content="PowerEasy SiteWeaver">
<link href="../Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript" src="../js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tdbgall">
  <tr><td class="top_top"><span style="float:left">{CLOCK_1130}</span><span style="float:right"><a href="#" onClick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.fqjyj.gov.cn');">设为首页</a> | <a href="javascript:window.external.addFavorite('http://www.fqjyj.gov.cn','封丘县教育局')">加入收藏</a></span></td></tr>
  <tr><td><img src="../Skin/Ocean/top_banner.jpg" width="980" height="140" alt="封丘县教育局"></td></tr>
  <tr><td class="menu_bg" align="center"><a class="Class" href="../Index.asp">网站首页</a> | <a class="Class" href="ShowClass.asp?ClassID=3">教育新闻</a> | <a class="Class" href="ShowClass.asp?ClassID=5">通知公告</a> | <a class="Class" href="ShowClass.asp?ClassID=6">政策法规</a> | <a class="Class" href="ShowClass.asp?ClassID=7">招生考试</a> | <a class="Class" href="ShowClass.asp?ClassID=8">教研教改</a> | <a class="Class" href="../GuestBook/Index.asp">局长信箱</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall">
  <tr>
    <td width="220" valign="top" class="left_tdbgall">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="left_title">用户登录</td></tr>
        <tr><td class="left_tdbg1"><form action="../User/User_ChkLogin.asp" method="post" name="UserLogin">用户名：<input name="UserName" type="text" size="12"><br>密&nbsp;&nbsp;码：<input name="UserPassword" type="password" size="12"><br><input type="submit" name="Login" value=" 登录 "></form></td></tr>
        <tr><td class="left_title">热门文章</td></tr>
        <tr><td class="left_tdbg1">
<a href="ShowArticle.asp?ArticleID=3560" title="文章标题：封丘县2025年冬季学校安全工作会议召开&#13;&#10;作    者：教育局办公室&#13;&#10;更新时间：2025-11-29 16:12:05&#13;&#10;点击次数：412">封丘县2025年冬季学校安全工作会议召开</a><br>
<a href="ShowArticle.asp?ArticleID=3558" title="文章标题：全县中小学教师信息技术能力提升培训启动&#13;&#10;作    者：教师发展中心&#13;&#10;更新时间：2025-11-28 09:40:11&#13;&#10;点击次数：305">全县中小学教师信息技术能力提升培训启动</a><br>
<a href="ShowArticle.asp?ArticleID=3555" title="文章标题：县教育局开展校园食品安全专项督查&#13;&#10;作    者：安全股&#13;&#10;更新时间：2025-11-27 15:02:44&#13;&#10;点击次数：289">县教育局开展校园食品安全专项督查</a><br>
        </td></tr>
      </table>
    </td>
    <td width="5"></td>
    <td valign="top">
{body_main}
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="Bottom_tdbgall">
  <tr><td class="Bottom_Adminlogo" align="center">| <a href="mailto:fqjyj@163.com">站长信箱</a> | <a href="../Admin/Admin_Index.asp" target="_blank">管理登录</a> |</td></tr>
  <tr><td class="Bottom_Copyright" align="center">版权所有 &copy; 2008-2025 封丘县教育局　网站标识码：4107270045<br><a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备08003456号</a>　豫公网安备 41072702000012号<br>技术支持：动易网络　本站最后更新：2025-11-30</td></tr>
</table>
</body>
</html>
"""


def powereasy_showclass_gbk() -> tuple[str, str, str]:
    # GBK PowerEasy 2006 ShowClass.asp?ClassID=5: 20 rows (icon, link, "(YYYY-MM-DD)" in grey); newest shown 2025-11-24.
    # Each link's title tooltip carries 更新时间 newer than the shown date (hidden 'updated', up to 2025-11-29 on row 1).
    # Pager: 下一页 = ShowClass.asp?ClassID=5&page=2. 热门文章 sidebar tooltips 11-27..29; footer 本站最后更新 2025-11-30.
    ds = dates_desc("2025-11-24", 20)
    ts = titles(NOTICES, 20, 2)
    rows = []
    for i, (t, d) in enumerate(zip(ts, ds)):
        upd = "2025-11-29 10:21:33" if i == 0 else f"{iso(d)} 17:05:11"
        rows.append(
            f"""<tr><td width="10" valign="top"><img src="../images/article_common.gif" alt="普通文章"></td><td class="listbg"><a href="ShowArticle.asp?ArticleID={3521 - i * 2}" title="文章标题：{t}&#13;&#10;作    者：教育局办公室&#13;&#10;更新时间：{upd}&#13;&#10;点击次数：{88 + i * 5}" target="_blank">{t}</a>&nbsp;<font color="#999999">({iso(d)})</font></td></tr>"""
        )
    opts = "".join(f"<option value='{n}'{' selected' if n == 1 else ''}>第{n}页</option>" for n in range(1, 19))
    main = f"""      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="main_title_760">
        <tr><td class="main_tdbg_760"><img src="../images/arrow.gif"> 您现在的位置：&nbsp;<a class="LinkPath" href="../Index.asp">封丘县教育局</a>&nbsp;&gt;&gt;&nbsp;<a class="LinkPath" href="ShowClass.asp?ClassID=5">通知公告</a></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="5" class="main_tdbg_760">
{chr(10).join(rows)}
      </table>
      <div class="showpage">共 <b>356</b> 篇文章&nbsp;&nbsp;首页 上一页&nbsp;<a href='ShowClass.asp?ClassID=5&page=2'>下一页</a>&nbsp;<a href='ShowClass.asp?ClassID=5&page=18'>尾页</a>&nbsp;页次：<strong><font color=red>1</font>/18</strong>页 &nbsp;<b>20</b>篇文章/页&nbsp;转到：<select name='page' size='1' onchange="javascript:window.location='ShowClass.asp?ClassID=5&page='+this.options[this.selectedIndex].value;">{opts}</select></div>"""
    return "powereasy/showclass_gbk.html", _pe_asp_shell("封丘县教育局--通知公告", main), "gbk"


def powereasy_blank_gbk() -> tuple[str, str, str]:
    # GBK PowerEasy 2006 column with no articles: the list table holds only "该栏目下还没有任何文章！"; no pager. Blank.
    main = """      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="main_title_760">
        <tr><td class="main_tdbg_760"><img src="../images/arrow.gif"> 您现在的位置：&nbsp;<a class="LinkPath" href="../Index.asp">封丘县教育局</a>&nbsp;&gt;&gt;&nbsp;<a class="LinkPath" href="ShowClass.asp?ClassID=8">教研教改</a></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="5" class="main_tdbg_760">
<tr><td class="listbg" align="center" height="80">该栏目下还没有任何文章！</td></tr>
      </table>"""
    return "powereasy/blank_noarticle_gbk.html", _pe_asp_shell("封丘县教育局--教研教改", main), "gbk"


def powereasy_siteweaver_pinned() -> tuple[str, str, str]:
    # PowerEasy SiteWeaver 6 (.aspx) /Category_12/Index.aspx: 2 pinned [置顶] items WITHOUT dates + 18 dated items = 20;
    # newest dated 2025-11-25; pinned items are old articles (/Item/4521.aspx, /Item/4102.aspx).
    # Pager: 下一页 /Category_12/Index_2.aspx. 最新更新 sidebar 11-28/11-29; 最近更新 meta 2025-11-29.
    ds = dates_desc("2025-11-25", 18)
    ts = titles(NEWS, 18, 20)
    pinned = ['<li class="top"><span class="ding">[置顶]</span><a href="/Item/4521.aspx" target="_blank">封丘县教育系统“清廉学校”建设实施方案</a></li>',
              '<li class="top"><span class="ding">[置顶]</span><a href="/Item/4102.aspx" target="_blank">封丘县教育局政务公开工作制度汇编</a></li>']
    items = pinned + [f'<li><a href="/Item/{5566 - i * 3}.aspx" target="_blank" title="{t}">{t}</a><span class="date">{iso(d)}</span></li>' for i, (t, d) in enumerate(zip(ts, ds))]
    side = "".join(f'<li><a href="/Item/{5590 + i}.aspx">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(zip(titles(NEWS, 4, 5), ["11-29", "11-29", "11-28", "11-28"])))
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>教育新闻_封丘县教育局</title>
<meta name="Keywords" content="教育新闻" />
<meta name="Description" content="封丘县教育局教育新闻" />
<meta name="generator" content="PowerEasy SiteWeaver 6.8" />
<meta name="LastModified" content="2025-11-29 18:22:01" />
<link href="/Skin/Default/Skin.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/JS/jquery.pack.js"></script>
</head>
<body>
<div id="header">
  <div class="topbar">{js_clock("nowtime")}<span class="right"><a href="/User/Login.aspx">会员登录</a> | <a href="/User/Register.aspx">注册</a></span></div>
  <div class="logo"><a href="/"><img src="/Skin/Default/Images/logo.jpg" alt="封丘县教育局" /></a></div>
  <ul id="menu"><li><a href="/">首页</a></li><li class="current"><a href="/Category_12/Index.aspx">教育新闻</a></li><li><a href="/Category_13/Index.aspx">通知公告</a></li><li><a href="/Category_14/Index.aspx">政策法规</a></li><li><a href="/Category_15/Index.aspx">招生考试</a></li><li><a href="/Category_16/Index.aspx">资源下载</a></li></ul>
</div>
<div id="main">
  <div class="leftcol">
    <div class="box"><h3>最新更新</h3><ul class="newlist">{side}</ul></div>
    <div class="box"><h3>栏目导航</h3><ul><li><a href="/Category_17/Index.aspx">学校动态</a></li><li><a href="/Category_18/Index.aspx">教研活动</a></li><li><a href="/Category_19/Index.aspx">德育工作</a></li></ul></div>
  </div>
  <div class="rightcol">
    <div class="location">您现在的位置： <a href="/">封丘县教育局</a> &gt;&gt; <a href="/Category_12/Index.aspx">教育新闻</a> &gt;&gt; 浏览列表</div>
    <div class="article_list">
      <ul>
{chr(10).join(items)}
      </ul>
    </div>
    <div class="pager"><span class="disabled">首页</span><span class="disabled">上一页</span><span class="current">1</span><a href="/Category_12/Index_2.aspx">2</a><a href="/Category_12/Index_3.aspx">3</a><a href="/Category_12/Index_4.aspx">4</a><span>...</span><a href="/Category_12/Index_31.aspx">31</a><a href="/Category_12/Index_2.aspx">下一页</a><a href="/Category_12/Index_31.aspx">尾页</a></div>
  </div>
</div>
{gov_footer("封丘县教育局", "4107270045", "豫ICP备08003456号", "豫公网安备 41072702000012号", "2008-2025")}
</body>
</html>
"""
    return "powereasy/siteweaver_pinned.html", html, "utf-8"


# ------------------------------------------------------------------ SiteServer CMS


def _ss_shell(title: str, column: str, inner: str, side_dates: list[str]) -> str:
    side = "\n".join(f'<li><a href="/contents/{120 + i}/{4700 + i}.html" title="{t}">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(zip(titles(NEWS, len(side_dates), 8), side_dates)))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}</title>
<meta name="generator" content="SiteServer CMS">
<meta name="SiteName" content="长垣市卫生健康委员会">
<meta name="ColumnName" content="{column}">
<link rel="stylesheet" href="/sitefiles/assets/css/style.css">
<script src="/sitefiles/assets/jquery/jquery-1.9.1.min.js"></script>
</head>
<body>
<div class="header">
  <div class="topline"><div class="container"><span class="welcome">{CLOCK_1130}　欢迎访问长垣市卫生健康委员会网站</span><span class="tools"><a href="/channels/150.html">网站地图</a><a href="javascript:;" id="wza">无障碍</a></span></div></div>
  <div class="container logo"><a href="/"><img src="/upload/images/logo.png" alt="长垣市卫生健康委员会"></a></div>
  <div class="navbar"><ul class="container">
    <li><a href="/">首页</a></li><li><a href="/channels/121.html">机构概况</a></li><li><a href="/channels/123.html">卫健动态</a></li><li><a href="/channels/124.html">通知公告</a></li>
    <li><a href="/channels/126.html">政务公开</a></li><li><a href="/channels/131.html">健康科普</a></li><li><a href="/channels/135.html">公共卫生</a></li><li><a href="/channels/140.html">互动交流</a></li>
  </ul></div>
</div>
<div class="container main">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/channels/{'123' if column == '卫健动态' else '131'}.html">{column}</a></div>
  <div class="col-left">
    <div class="side-box"><div class="side-hd">热点关注</div><ul class="side-list">
{side}
    </ul></div>
    <div class="side-box"><div class="side-hd">健康热线</div><p class="hotline">12320</p></div>
  </div>
  <div class="col-right">
    <div class="col-hd"><h2>{column}</h2></div>
{inner}
  </div>
</div>
{gov_footer("长垣市卫生健康委员会", "4107830022", "豫ICP备17001234号-2", "豫公网安备 41078302000033号", "2017-2025")}
</body>
</html>
"""


def siteserver_channels_list() -> tuple[str, str, str]:
    # SiteServer /channels/123.html: 20 li (/contents/123/NNNN.html, <span class="date">YYYY-MM-DD</span>); newest 2025-11-25.
    # A commented-out stl template ({Content.AddDate}); pager 首页 | 上一页 | 下一页(/channels/123_2.html) | 末页.
    # 热点关注 sidebar 11-27..11-29.
    ds = dates_desc("2025-11-25", 20)
    ts = titles(NEWS, 20, 9)
    items = "\n".join(f'        <li><a href="/contents/123/{4567 - i * 4}.html" title="{t}" target="_blank">{t}</a><span class="date">{iso(d)}</span></li>' for i, (t, d) in enumerate(zip(ts, ds)))
    inner = f"""    <!-- <stl:pageContents pageNum="20" scope="Self" orderByAddDate="true">
           <li><a href="{{Content.Url}}">{{Content.Title}}</a><span class="date">{{Content.AddDate}}</span></li>
         </stl:pageContents> -->
    <ul class="list-content">
{items}
    </ul>
    <div class="pagination"><a href="/channels/123.html">首页</a> | <span>上一页</span> | <a href="/channels/123_2.html">下一页</a> | <a href="/channels/123_15.html">末页</a>　页次：1/15</div>"""
    return "siteserver/channels_list.html", _ss_shell("卫健动态_长垣市卫生健康委员会", "卫健动态", inner, ["2025-11-29", "2025-11-28", "2025-11-28", "2025-11-27"]), "utf-8"


def siteserver_blank() -> tuple[str, str, str]:
    # SiteServer /channels/131.html 健康科普: list ul empty, placeholder div "栏目建设中，敬请期待……"; sidebar dated. Blank.
    inner = """    <ul class="list-content">
    </ul>
    <div class="nodata">栏目建设中，敬请期待……</div>"""
    return "siteserver/blank_jianshezhong.html", _ss_shell("健康科普_长垣市卫生健康委员会", "健康科普", inner, ["2025-11-29", "2025-11-27", "2025-11-26", "2025-11-21"]), "utf-8"


# ------------------------------------------------------------------ JEECMS


def _jee_shell(title: str, inner: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}</title>
<meta name="keywords" content="长垣市商务局" />
<meta name="description" content="长垣市商务局" />
<link href="/r/cms/www/red/css/layout.css" rel="stylesheet" type="text/css" />
<script src="/r/cms/jquery.js" type="text/javascript"></script>
<script src="/r/cms/front.js" type="text/javascript"></script>
<script type="text/javascript">
$(function() {{ Cms.siteFlowCount("", location.href, document.referrer); }});
</script>
</head>
<body>
<div class="w1200 top">
  <div class="time">{CLOCK_1130}</div>
  <div class="logo"><img src="/r/cms/www/red/img/logo.png" alt="长垣市商务局" /></div>
  <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/jgzn/index.jhtml">机构职能</a></li><li><a href="/gzdt/index.jhtml">工作动态</a></li><li><a href="/tzgg/index.jhtml">通知公告</a></li><li><a href="/zcfg/index.jhtml">政策法规</a></li><li><a href="/tzcj/index.jhtml">投资促进</a></li><li><a href="/guestbook.jspx">局长信箱</a></li></ul></div>
</div>
<div class="w1200 main">
{inner}
</div>
<div class="footer">
  <p>版权所有：长垣市商务局　Copyright &copy; 2018-2025 All Rights Reserved</p>
  <p>网站标识码：4107830051　<a href="https://beian.miit.gov.cn/">豫ICP备18012345号-1</a>　豫公网安备 41078302000078号</p>
  <p>技术支持：JEECMS　<a href="/jeeadmin/jeecms/index.do" rel="nofollow" style="color:#eee">管理</a></p>
</div>
</body>
</html>
"""


def jeecms_tzgg_index() -> tuple[str, str, str]:
    # JEECMS /tzgg/index.jhtml: 15 li "<a>…</a><span>[YYYY-MM-DD]</span>" (absolute .jhtml URLs); newest 2025-11-17.
    # Pager: 下一页 index_2.jhtml, 上一页 javascript:void(0). Sidebar 最新动态 11-26..11-28; 相关下载 box shows "暂无"
    # (a placeholder outside the column's list: not blank).
    ds = dates_desc("2025-11-17", 15, (0, 2, 3, 1, 5, 2))
    ts = titles(NOTICES, 15, 16)
    items = "\n".join(f'<li><a href="http://www.cyswj.gov.cn/tzgg/{3412 - i * 5}.jhtml" target="_blank" title="{t}">{t}</a><span>[{iso(d)}]</span></li>' for i, (t, d) in enumerate(zip(ts, ds)))
    latest = "\n".join(f'<li><a href="http://www.cyswj.gov.cn/gzdt/{3440 + i}.jhtml">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(zip(titles(NEWS, 4, 21), ["2025-11-28", "2025-11-28", "2025-11-27", "2025-11-26"])))
    inner = f"""  <div class="left">
    <div class="lbox"><div class="ltit">通知公告</div><ul class="submenu"><li class="on"><a href="/tzgg/index.jhtml">通知公告</a></li><li><a href="/gsgs/index.jhtml">公示公告</a></li></ul></div>
    <div class="lbox"><div class="ltit">最新动态</div><ul class="newest">
{latest}
    </ul></div>
    <div class="lbox"><div class="ltit">相关下载</div><div class="empty">暂无</div></div>
  </div>
  <div class="right">
    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/index.jhtml">通知公告</a></div>
    <ul class="list">
{items}
    </ul>
    <div class="pagebar">共213条记录　1/15页　<a href="index.jhtml">首页</a> <a href="javascript:void(0);">上一页</a> <a href="index_2.jhtml">下一页</a> <a href="index_15.jhtml">尾页</a></div>
  </div>"""
    return "jeecms/tzgg_index.html", _jee_shell("通知公告 - 长垣市商务局", inner), "utf-8"


def jeecms_article() -> tuple[str, str, str]:
    # JEECMS article /gzdt/5678.jhtml: 发布时间 2025-11-21 10:32; body mentions 11月28日 and 2025年12月31日; 上一篇/下一篇;
    # 相关文章 with 2025-11-27/28. Article -> latest = its own date 2025-11-21.
    rel = "\n".join(f'<li><a href="/gzdt/{5690 + i}.jhtml">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(zip(titles(NEWS, 4, 2), ["2025-11-28", "2025-11-27", "2025-11-24", "2025-11-20"])))
    inner = f"""  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/index.jhtml">工作动态</a> &gt; 正文</div>
  <div class="article">
    <h1>长垣市商务局召开2025年外贸稳增长工作推进会</h1>
    <div class="info">发布时间：2025-11-21 10:32　来源：长垣市商务局　浏览次数：<span id="views"></span>　字号：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a></div>
    <div class="content">
      <p>11月20日下午，长垣市商务局召开2025年外贸稳增长工作推进会，全市32家重点外贸企业负责人参加会议。</p>
      <p>会议通报了1—10月全市外贸进出口情况，并对四季度工作进行部署。会议要求，各企业要在11月28日前报送年度出口预测，确保2025年12月31日前完成全年目标任务。</p>
      <p>会上，市商务局还就2026年度中小企业开拓市场资金申报政策进行了解读。</p>
    </div>
    <div class="prenext"><p>上一篇：<a href="/gzdt/5677.jhtml">长垣市开展“诚信兴商宣传月”活动</a></p><p>下一篇：<a href="/gzdt/5681.jhtml">市商务局开展成品油市场安全检查</a></p></div>
    <div class="related"><h3>相关文章</h3><ul>
{rel}
    </ul></div>
  </div>
  <script type="text/javascript">$(function(){{ Cms.viewCount("", "5678", "views"); }});</script>"""
    return "jeecms/article.html", _jee_shell("长垣市商务局召开2025年外贸稳增长工作推进会 - 长垣市商务局", inner), "utf-8"


# ------------------------------------------------------------------ ThinkPHP


def thinkphp_lists_cid() -> tuple[str, str, str]:
    # ThinkPHP 3.2 /index.php/Home/Index/lists/cid/3.html: 10 li, each date split into a big day (<span class="day">26</span>)
    # and a year-month (<span class="ym">2025-11</span>); newest 2025-11-26. Pager: "&gt;&gt;" class next -> .../cid/3/p/2.html.
    # Sidebar 热门排行 with full dates 11-28..11-30.
    ds = dates_desc("2025-11-26", 10, (0, 2, 1, 3, 2, 4, 1))
    ts = titles(NEWS, 10, 28)
    items = "\n".join(
        f"""<li class="clearfix">
  <div class="date"><span class="day">{d.day:02d}</span><span class="ym">{d.year}-{d.month:02d}</span></div>
  <div class="txt"><a href="/index.php/Home/Index/show/id/{512 - i * 3}.html" target="_blank">{t}</a><p>{t}。为进一步推动工作落实，近日……</p></div>
</li>"""
        for i, (t, d) in enumerate(zip(ts, ds))
    )
    hot = "\n".join(f'<li><a href="/index.php/Home/Index/show/id/{530 + i}.html">{t}</a><i>{d}</i></li>' for i, (t, d) in enumerate(zip(titles(NEWS, 5, 1), ["2025-11-30", "2025-11-29", "2025-11-29", "2025-11-28", "2025-11-28"])))
    html = f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>交通动态-长垣市交通运输局</title>
<meta name="keywords" content="长垣市交通运输局,交通动态">
<link rel="stylesheet" href="/Public/Home/css/common.css">
<link rel="stylesheet" href="/Public/Home/css/list.css">
<script src="/Public/Home/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="header">
  <div class="wrap"><div class="logo"><a href="/index.php/Home/Index/index.html"><img src="/Public/Home/images/logo.png" alt="长垣市交通运输局"></a></div><div class="weather">{CLOCK_1130}</div></div>
  <div class="menu"><div class="wrap"><ul>
    <li><a href="/index.php/Home/Index/index.html">首页</a></li>
    <li><a href="/index.php/Home/Index/lists/cid/1.html">机构设置</a></li>
    <li class="active"><a href="/index.php/Home/Index/lists/cid/3.html">交通动态</a></li>
    <li><a href="/index.php/Home/Index/lists/cid/4.html">通知公告</a></li>
    <li><a href="/index.php/Home/Index/lists/cid/5.html">政策法规</a></li>
    <li><a href="/index.php/Home/Index/lists/cid/6.html">行政执法</a></li>
    <li><a href="/index.php/Home/Message/index.html">在线留言</a></li>
  </ul></div></div>
</div>
<div class="wrap content clearfix">
  <div class="sidebar">
    <div class="sbox"><h3>热门排行</h3><ul class="hot">
{hot}
    </ul></div>
  </div>
  <div class="mainbox">
    <div class="crumbs"><a href="/index.php/Home/Index/index.html">首页</a> &gt; <span>交通动态</span></div>
    <ul class="newslist">
{items}
    </ul>
    <div class="page"><div>  <span class="current">1</span><a class="num" href="/index.php/Home/Index/lists/cid/3/p/2.html">2</a><a class="num" href="/index.php/Home/Index/lists/cid/3/p/3.html">3</a><a class="num" href="/index.php/Home/Index/lists/cid/3/p/4.html">4</a><a class="num" href="/index.php/Home/Index/lists/cid/3/p/5.html">5</a> <a class="next" href="/index.php/Home/Index/lists/cid/3/p/2.html">&gt;&gt;</a> <a class="end" href="/index.php/Home/Index/lists/cid/3/p/8.html">8</a> <span class="rows">共 78 条记录</span></div></div>
  </div>
</div>
{gov_footer("长垣市交通运输局", "4107830064", "豫ICP备19004321号-1", "豫公网安备 41078302000091号", "2019-2025")}
</body>
</html>
"""
    return "thinkphp/lists_cid.html", html, "utf-8"


def thinkphp_error() -> tuple[str, str, str]:
    # ThinkPHP 5 exception page served 200 for a missing controller (":(" + 控制器不存在 + 页面错误！请稍后再试～). soft404.
    html = """<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>系统发生错误</title>
    <meta name="robots" content="noindex,nofollow" />
    <style>
        body{ color: #333; font: 16px Verdana, "Helvetica Neue", helvetica, Arial, 'Microsoft YaHei', sans-serif; margin: 0; padding: 0 20px 20px; }
        h1{ margin: 10px 0 0; font-size: 28px; font-weight: 500; line-height: 32px; }
        .exception { margin-top: 20px; }
        .exception .message { padding: 12px; border: 1px solid #ddd; border-bottom: 0 none; line-height: 18px; font-size:16px; }
        .echo { display: none; }
        .copyright { margin-top: 24px; padding: 12px 0; border-top: 1px solid #eee; }
    </style>
</head>
<body>
    <div class="echo">
            </div>
    <div class="exception">
        <div class="message">
            <div class="info">
                <div>
                    <h2>[0]&nbsp;<abbr title="think\\exception\\HttpException">HttpException</abbr> in <a class="toggle" title="/www/wwwroot/ctjt/thinkphp/library/think/App.php line 593">App.php line 593</a></h2>
                </div>
                <div><h1>控制器不存在:app\\home\\controller\\Lists</h1></div>
            </div>
        </div>
        <div class="source-code"><pre class="prettyprint lang-php"><ol start="584"><li class="line-584"><code>        if (!$instance) {
</code></li><li class="line-593"><code>            throw new HttpException(404, 'controller not exists:' . $e-&gt;getClass());
</code></li></ol></pre></div>
    </div>
    <div class="exception-var">
        <h2>Environment Variables</h2>
        <div><h3 class="subheading">GET Data</h3><div><div class="clearfix"><div class="col">s</div><div class="col">/home/lists/cid/9.html</div></div></div></div>
    </div>
    <div class="copyright">
        <a title="官方网站" href="http://www.thinkphp.cn">ThinkPHP</a>
        <span>V5.0.24</span>
        <span>{ 十年磨一剑-为API开发设计的高性能框架 }</span>
    </div>
</body>
</html>
"""
    return "thinkphp/error_page.html", html, "utf-8"


# ------------------------------------------------------------------ PHPCMS v9


def phpcms_dates_in_link_gbk() -> tuple[str, str, str]:
    # GBK PHPCMS v9 list (index.php?m=content&c=index&a=lists&catid=12): 20 li whose date is INSIDE the link text as
    # "[2025/11/20]" after the title; newest 2025-11-20. Some titles name future dates (2026年1月1日起施行).
    # Pager: "上一页" on page 1 points to page 1 itself (class a1); 下一页 -> ...&catid=12&page=2. Sidebar 排行 11-28/29.
    ds = dates_desc("2025-11-20", 20)
    ts = titles(NOTICES, 20, 0)
    ts[2] = "关于《县农村生活垃圾治理办法》自2026年1月1日起施行的公告"
    items = "\n".join(f'<li><a href="http://www.ylxzf.gov.cn/html/tzgg/{d.year}/{d.month:02d}{d.day:02d}/{7311 - i * 4}.html" target="_blank">{t}[{slash(d)}]</a></li>' for i, (t, d) in enumerate(zip(ts, ds)))
    base = "http://www.ylxzf.gov.cn/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=12"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>通知公告 - 阳陵县人民政府</title>
<meta name="keywords" content="通知公告">
<meta name="description" content="阳陵县人民政府通知公告">
<link href="http://www.ylxzf.gov.cn/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="http://www.ylxzf.gov.cn/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.ylxzf.gov.cn/statics/js/jquery.min.js"></script>
</head>
<body>
<div class="header">
  <div class="logo"><a href="http://www.ylxzf.gov.cn/"><img src="http://www.ylxzf.gov.cn/statics/images/v9/logo.jpg" /></a></div>
  <div class="clock">{CLOCK_1130}</div>
  <div class="nav-bar"><map><ul class="nav-site cu-span">
    <li><a href="http://www.ylxzf.gov.cn"><span>首页</span></a></li><li class="line">|</li>
    <li><a href="{base.replace('catid=12', 'catid=9')}"><span>政务要闻</span></a></li><li class="line">|</li>
    <li><a href="{base}"><span>通知公告</span></a></li><li class="line">|</li>
    <li><a href="{base.replace('catid=12', 'catid=15')}"><span>政策文件</span></a></li><li class="line">|</li>
    <li><a href="{base.replace('catid=12', 'catid=20')}"><span>政务服务</span></a></li><li class="line">|</li>
    <li><a href="http://www.ylxzf.gov.cn/index.php?m=guestbook"><span>县长信箱</span></a></li>
  </ul></map></div>
</div>
<div class="main">
  <div class="col-left">
    <div class="crumbs"><a href="http://www.ylxzf.gov.cn">首页</a><span> &gt; </span><a href="{base}">通知公告</a> &gt;  列表</div>
    <div class="list lh24 f14">
      <ul class="list_news">
{items}
      </ul>
    </div>
    <div id="pages" class="text-c"><a class="a1">213条</a> <a href="{base}&amp;page=1" class="a1">上一页</a> <span>1</span> <a href="{base}&amp;page=2">2</a> <a href="{base}&amp;page=3">3</a> <a href="{base}&amp;page=4">4</a>.. <a href="{base}&amp;page=11">11</a> <a href="{base}&amp;page=2" class="a1">下一页</a></div>
  </div>
  <div class="col-auto">
    <div class="box"><h5 class="title-2">排行</h5><ul class="content digg">
      <li><a href="http://www.ylxzf.gov.cn/html/tzgg/2025/1129/7330.html" target="_blank">关于开展冬季燃气安全大检查的紧急通知</a><span>[2025/11/29]</span></li>
      <li><a href="http://www.ylxzf.gov.cn/html/tzgg/2025/1128/7326.html" target="_blank">关于县城区集中供暖开栓时间的公告</a><span>[2025/11/28]</span></li>
    </ul></div>
  </div>
</div>
<div class="footer"><p class="info">版权所有 &copy; 2011-2025 阳陵县人民政府办公室　网站标识码：6104230001<br />陕ICP备11002345号-1　陕公网安备 61042302000011号<br />Powered by <strong><a href="http://www.phpcms.cn" target="_blank">PHPCMS</a></strong> <em>V9</em></p></div>
</body>
</html>
"""
    return "phpcms/dates_in_link_gbk.html", html, "gbk"


# ------------------------------------------------------------------ WebPlus (博达) with MM-DD and the year in the URL


def webplus_mmdd_boundary() -> tuple[str, str, str]:
    # Read on 2026-01-08. WebPlus list.htm: 1 pinned [置顶] "01-07" whose URL is /2025/0107/... (last January's item)
    # + 14 items "MM-DD" with the year only in the URL /YYYY/MMDD/cNNNNaNNNNN/page.htm, crossing 2025->2026 = 15 items;
    # newest 2026-01-05. Reading "01-07" in the current year gives 2026-01-07 (wrong, not in the future).
    # Pager: a.next -> /xwzx/list2.htm. Header clock 2026年1月8日.
    dated = [date(2026, 1, 5), date(2026, 1, 4), date(2026, 1, 4), date(2025, 12, 31), date(2025, 12, 30), date(2025, 12, 26),
             date(2025, 12, 24), date(2025, 12, 22), date(2025, 12, 19), date(2025, 12, 17), date(2025, 12, 12), date(2025, 12, 10),
             date(2025, 12, 5), date(2025, 12, 2)]
    ts = titles(NEWS, 14, 6)
    rows = ['<li class="news n1 clearfix"><div class="news_title"><span class="top">[置顶]</span><a href=\'/2025/0107/c1234a87654/page.htm\' target=\'_blank\' title=\'市委党校2025年主体班次教学计划\'>市委党校2025年主体班次教学计划</a></div><div class="news_meta">01-07</div></li>']
    rows += [
        f"""<li class="news n{i + 2} clearfix"><div class="news_title"><a href='/{d.year}/{d.month:02d}{d.day:02d}/c1234a{98765 - i * 37}/page.htm' target='_blank' title='{t}'>{t}</a></div><div class="news_meta">{mmdd(d)}</div></li>"""
        for i, (t, d) in enumerate(zip(ts, dated))
    ]
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>新闻中心</title>
<meta name="description" content="中共新乡市委党校（新乡行政学院）" />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/1/style/1/1.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/00/01/1/style.css" rel="stylesheet"/>
<script language="javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="1"></script>
<script language="javascript" src="/_js/jquery.sudy.wp.visitcount.js"></script>
</head>
<body class="list">
<div class="wrapper header"><div class="inner">
  <div class="head-top"><span class="date">今天是2026年1月8日 星期四</span></div>
  <div class="sitelogo"><a href="/main.htm"><img src="/_upload/tpl/00/01/1/template1/images/logo.png" /></a></div>
</div></div>
<div class="wrapper nav wp-navi" id="nav"><div class="inner clearfix"><div class="wp-panel"><div class="wp-window" frag="窗口1"><ul class="wp-menu">
  <li class="menu-item i1"><a class="menu-link" href="/main.htm" target="_self">首页</a></li>
  <li class="menu-item i2"><a class="menu-link" href="/xxgk/list.htm" target="_self">学校概况</a></li>
  <li class="menu-item i3"><a class="menu-link" href="/xwzx/list.htm" target="_self">新闻中心</a></li>
  <li class="menu-item i4"><a class="menu-link" href="/jxky/list.htm" target="_self">教学科研</a></li>
  <li class="menu-item i5"><a class="menu-link" href="/tzgg/list.htm" target="_self">通知公告</a></li>
</ul></div></div></div></div>
<div class="wrapper" id="l-container"><div class="inner clearfix">
  <div class="col_menu"><div class="col_menu_head"><h3 class="col_name"><span class="col_name_text">新闻中心</span></h3></div>
    <div class="col_news_list"><h4>本周热点</h4><ul>
      <li><a href="/2026/0108/c1234a99001/page.htm">市委党校召开2026年第一次校务委员会会议</a><span>2026-01-08</span></li>
      <li><a href="/2026/0106/c1234a98990/page.htm">学员论坛：以高质量党建引领高质量发展</a><span>2026-01-06</span></li>
    </ul></div>
  </div>
  <div class="col_news">
    <div class="col_news_head"><ul class="col_path"><li class="col_path_in"><a href="/main.htm">首页</a> <span>&gt;</span> <a href="/xwzx/list.htm">新闻中心</a></li></ul></div>
    <div class="col_news_con"><div id="wp_news_w6">
<ul class="news_list list2">
{chr(10).join(rows)}
</ul>
</div>
<div id="wp_paging_w6">
<ul class="wp_paging clearfix">
     <li class="pages_count"><span class="per_page">每页&nbsp;<em class="per_count">15</em>&nbsp;记录&nbsp;</span><span class="all_count">总共&nbsp;<em class="all_count">412</em>&nbsp;记录&nbsp;</span></li>
     <li class="page_nav"><a class="first" href="javascript:void(0);" target="_self"><span>第一页</span></a><a class="prev" href="javascript:void(0);" target="_self"><span>&lt;&lt;上一页</span></a><a class="next" href="/xwzx/list2.htm" target="_self"><span>下一页&gt;&gt;</span></a><a class="last" href="/xwzx/list28.htm" target="_self"><span>尾页</span></a></li>
     <li class="page_jump"><span class="pages">页码&nbsp;<em class="curr_page">1</em>/<em class="all_pages">28</em></span><span><input class="pageNum" type="text" /><input type="hidden" class="currPageURL" value=""></span><span><a class="pagingJump" href="javascript:void(0);" target="_self">跳转到&nbsp;</a></span></li>
</ul>
</div></div>
  </div>
</div></div>
<div class="wrapper footer"><div class="inner"><p>版权所有 &copy; 2026 中共新乡市委党校　地址：新乡市平原路　<a href="https://beian.miit.gov.cn/">豫ICP备10003456号</a>　网站标识码：dx41070001</p></div></div>
</body>
</html>
"""
    return "webplus/mmdd_year_in_url.html", html, "utf-8"


PAGES = [ecms_listinfo_dynamic, ecms_static_index2, powereasy_showclass_gbk, powereasy_blank_gbk, powereasy_siteweaver_pinned,
         siteserver_channels_list, siteserver_blank, jeecms_tzgg_index, jeecms_article, thinkphp_lists_cid, thinkphp_error,
         phpcms_dates_in_link_gbk, webplus_mmdd_boundary]
