"""Older generic ASP/PHP/JEECMS sites, JS-rendered lists and the gkmlpt SPA."""

from __future__ import annotations

from _common import CLOCK_JS, beian, conac

PAGES: list[tuple[str, str, str]] = []


def page(path: str, encoding: str = "utf-8"):
    def deco(fn):
        PAGES.append((path, fn(), encoding))
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
# 23. Old ASP site, GBK declared gb2312, nested layout tables, <font> dates "(2026-11-5)" after
#     the link, ShowNews.asp?id= links, 下一页 -> News_List.asp?ClassID=12&page=2, visitor counter.
@page("generic/asp_news_list_gbk.html", "gbk")
def _p23() -> str:
    items = [
        (2231, "县林业局开展冬季森林防火巡查", "2026-11-5"),
        (2229, "我县召开秋冬季造林绿化工作会议", "2026-11-4"),
        (2226, "县林业局组织开展林业有害生物普查", "2026-10-30"),
        (2224, "县林业局开展野生动物保护宣传进校园活动", "2026-10-28"),
        (2220, "我县完成2026年度森林督查图斑核查工作", "2026-10-22"),
        (2218, "县林业局召开党风廉政建设警示教育会", "2026-10-20"),
        (2215, "我县油茶低产林改造工作通过省级验收", "2026-10-15"),
        (2211, "县林业局开展国庆节前安全生产检查", "2026-9-28"),
        (2209, "县林业局组织开展林长制业务培训", "2026-9-24"),
        (2206, "我县2026年度公益林补偿资金发放到户", "2026-9-19"),
        (2204, "县林业局开展“秋季森林防火宣传月”活动", "2026-9-12"),
        (2201, "县林业局召开林业产业发展座谈会", "2026-9-6"),
        (2198, "我县开展打击破坏森林资源违法犯罪专项行动", "2026-8-29"),
        (2195, "县林业局组织开展古树名木普查", "2026-8-21"),
        (2193, "县林业局开展防汛安全检查", "2026-8-12"),
        (2190, "我县林下经济示范基地建设取得新进展", "2026-8-3"),
        (2187, "县林业局开展“七一”主题党日活动", "2026-7-1"),
        (2185, "县林业局开展安全生产月宣传活动", "2026-6-18"),
        (2182, "我县举办林业科技下乡活动", "2026-6-5"),
        (2180, "县林业局召开2026年度重点工作推进会", "2026-5-22"),
    ]
    rows = "\n".join(
        f"""            <tr>
              <td width="20" height="26" align="center"><img src="images/arrow.gif" width="7" height="7"></td>
              <td class="news"><a href="ShowNews.asp?id={n}" target=_blank>{t}</a> <font color=#999999>({d})</font></td>
            </tr>
            <tr><td colspan="2" height="1" background="images/dot_line.gif"></td></tr>"""
        for n, t, d in items
    )
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>林业动态--遂川县林业局</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="960" height="180"><param name="movie" value="images/top.swf"><embed src="images/top.swf" width="960" height="180"></embed></object></td></tr>
  <tr><td height="35" background="images/menu_bg.gif" class="menu">
    <a href="index.asp">网站首页</a> | <a href="News_List.asp?ClassID=11">工作动态</a> | <a href="News_List.asp?ClassID=12">林业动态</a> | <a href="News_List.asp?ClassID=13">通知公告</a> | <a href="News_List.asp?ClassID=14">政策法规</a> | <a href="javascript:alert('该栏目正在建设中...')">网上办事</a> | <a href="GuestBook.asp">局长信箱</a>
  </td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" bgcolor="#EEF7E8">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="title_l">&nbsp;&nbsp;栏目导航</td></tr>
        <tr><td class="leftmenu">
          · <a href="News_List.asp?ClassID=11">工作动态</a><br>
          · <a href="News_List.asp?ClassID=12"><b>林业动态</b></a><br>
          · <a href="News_List.asp?ClassID=13">通知公告</a><br>
          · <a href="News_List.asp?ClassID=14">政策法规</a>
        </td></tr>
        <tr><td height="30" class="title_l">&nbsp;&nbsp;最新通知</td></tr>
        <tr><td class="leftmenu">
          · <a href="ShowNews.asp?id=2240">关于冬季禁止野外用火的通告</a> <font color=#999999>(2026-11-19)</font><br>
          · <a href="ShowNews.asp?id=2238">2026年度生态护林员续聘公示</a> <font color=#999999>(2026-11-16)</font>
        </td></tr>
        <tr><td height="60" align="center">您是第 <font color=red>0358821</font> 位访客</td></tr>
      </table>
    </td>
    <td width="10"></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="weizhi">&nbsp;您现在的位置：<a href="index.asp">首页</a> &gt;&gt; 林业动态</td></tr>
        <tr><td valign="top">
          <table width="98%" border="0" align="center" cellpadding="0" cellspacing="0">
{rows}
          </table>
        </td></tr>
        <tr><td height="40" align="center" class="page">
          共有 <b>186</b> 条记录 &nbsp; 页次：<b><font color=red>1</font>/10</b> &nbsp; 首页 上一页 <a href="News_List.asp?ClassID=12&page=2">下一页</a> <a href="News_List.asp?ClassID=12&page=10">尾页</a>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#3D7A1F">
  <tr><td height="80" align="center" class="foot">
    版权所有：遂川县林业局 &nbsp; 地址：遂川县泉江镇林业路8号 &nbsp; 电话：0796-6321234<br>
    {beian("赣ICP备09001234号", "36082702000015", "赣")} &nbsp; 网站标识码：3608270005 &nbsp; Copyright &copy; 2008-2026
  </td></tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 24. PHP (DedeCMS-like) div rows, date BEFORE the link in YYYY/MM/DD; an older template list
#     and its pager are left commented out in the page.
@page("generic/php_divrows_commented.html")
def _p24() -> str:
    items = [
        ("2026/11/13", "/html/xwzx/bmdt/2026/1113/4588.html", "县市场监管局开展冬季燃气安全专项检查"),
        ("2026/11/12", "/html/xwzx/bmdt/2026/1112/4581.html", "县交通运输局部署冬季道路运输安全工作"),
        ("2026/11/10", "/html/xwzx/bmdt/2026/1110/4570.html", "县教育局召开中小学校园安全工作会议"),
        ("2026/11/08", "/html/xwzx/bmdt/2026/1108/4567.html", "县卫健委开展冬季传染病防控培训"),
        ("2026/11/06", "/html/xwzx/bmdt/2026/1106/4555.html", "县农业农村局组织秋冬种技术指导"),
        ("2026/11/05", "/html/xwzx/bmdt/2026/1105/4550.html", "县文旅局举办非遗文化进社区活动"),
        ("2026/11/03", "/html/xwzx/bmdt/2026/1103/4541.html", "县应急管理局开展消防应急演练"),
        ("2026/10/31", "/html/xwzx/bmdt/2026/1031/4530.html", "县自然资源局开展耕地保护宣传"),
        ("2026/10/29", "/html/xwzx/bmdt/2026/1029/4522.html", "县住建局开展建筑工地扬尘治理检查"),
        ("2026/10/27", "/html/xwzx/bmdt/2026/1027/4511.html", "县民政局开展养老机构安全检查"),
        ("2026/10/24", "/html/xwzx/bmdt/2026/1024/4500.html", "县人社局举办秋季招聘会"),
        ("2026/10/22", "/html/xwzx/bmdt/2026/1022/4493.html", "县水利局开展河道清理整治"),
        ("2026/10/20", "/html/xwzx/bmdt/2026/1020/4488.html", "县司法局开展法律援助进乡村活动"),
        ("2026/10/17", "/html/xwzx/bmdt/2026/1017/4476.html", "县统计局开展经济普查业务培训"),
    ]
    rows = "\n".join(
        f'    <div class="news-row"><span class="dt">{d}</span><span class="sep">·</span><a href="{h}" target="_blank">{t}</a></div>'
        for d, h, t in items
    )
    old = "\n".join(
        f'      <li><a href="/html/xwzx/bmdt/2019/{md}/{n}.html">{t}</a><span>2019-{md[:2]}-{md[2:]}</span></li>'
        for md, n, t in [
            ("1220", 1201, "县市场监管局开展元旦春节食品安全检查"), ("1218", 1199, "县交通局部署春运工作"),
            ("1215", 1195, "县教育局召开期末安全工作会"), ("1212", 1190, "县卫健委开展冬季义诊活动"),
            ("1210", 1188, "县农业局开展冬季农技培训"), ("1206", 1182, "县文旅局举办冬季文化活动"),
            ("1203", 1178, "县应急局开展冬季安全检查"), ("1201", 1175, "县自然资源局开展土地执法巡查"),
        ]
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>部门动态_黄山区人民政府</title>
<meta name="keywords" content="部门动态" />
<meta name="description" content="黄山区人民政府部门动态" />
<meta name="SiteIDCode" content="3410030001">
<meta name="ColumnName" content="部门动态">
<link href="/templets/hsq/style/main.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body class="listpage">
<div class="header">
  <div class="toplinks w960"><span class="fl">{CLOCK_JS}</span><span class="fr"><a href="/plus/search.php">高级搜索</a> | <a href="/member/">会员中心</a></span></div>
  <div class="logo w960"><a href="/"><img src="/templets/hsq/images/logo.gif" height="80" alt="黄山区人民政府"/></a></div>
  <div class="nav w960"><ul>
    <li><a href="/">主页</a></li><li class="thisclass"><a href="/html/xwzx/">新闻中心</a></li><li><a href="/html/zwgk/">政务公开</a></li><li><a href="/html/bsfw/">办事服务</a></li><li><a href="/html/gzhd/">公众互动</a></li>
  </ul></div>
</div>
<div class="w960 clear center mt1">
  <div class="pleft">
    <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/html/xwzx/'>新闻中心</a> > <a href='/html/xwzx/bmdt/'>部门动态</a> ></div>
    <div class="listbox">
{rows}
    </div>
    <!-- 旧版列表模板，2020年改版后停用
    <ul class="e2">
{old}
    </ul>
    <div class="dede_pages"><ul class="pagelist"><li><a href="list_12_old_2.html">下一页</a></li></ul></div>
    -->
    <div class="dede_pages">
      <ul class="pagelist">
        <li><span class="pageinfo">共 <strong>9</strong>页<strong>121</strong>条记录</span></li>
        <li class="thisclass">1</li><li><a href="list_12_2.html">2</a></li><li><a href="list_12_3.html">3</a></li>
        <li><a href="list_12_2.html">下一页</a></li><li><a href="list_12_9.html">末页</a></li>
      </ul>
    </div>
  </div>
  <div class="pright">
    <div class="commend"><dl class="tbox"><dt><strong>推荐内容</strong></dt><dd>
      <ul class="d4">
        <li><a href="/html/xwzx/hsyw/2026/1119/4601.html">黄山区召开冬季旅游推介会</a><p>11月19日，黄山区在合肥举办冬季旅游推介会……</p></li>
        <li><a href="/html/xwzx/hsyw/2026/1118/4598.html">区政府常务会议研究部署重点工作</a><p>11月18日，区政府召开第四十二次常务会议……</p></li>
      </ul></dd></dl></div>
    <div class="hot"><dl class="tbox"><dt><strong>热点内容</strong></dt><dd>
      <ul class="c1 ico2">
        <li><a href="/html/xwzx/hsyw/2026/1120/4610.html">黄山区2026年冬季森林防火工作全面启动</a></li>
        <li><a href="/html/zwgk/tzgg/2026/1119/4605.html">关于太平湖景区临时封闭的公告</a></li>
      </ul></dd></dl></div>
  </div>
</div>
<div class="footer w960 center mt1 clear">
  <p>主办：黄山市黄山区人民政府办公室　网站标识码：3410030001　{beian("皖ICP备07000123号", "34100302000088", "皖")}</p>
  <p>Copyright &copy; 2009-2026 黄山区人民政府 版权所有 Power by DedeCms</p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 25. Generic site whose meta declares gb2312 but the bytes are UTF-8; full-width digit dates
#     (２０２６－１１－０６) in <em>; ?page=2 pager.
@page("generic/fullwidth_dates_utf8_decl_gb2312.html")
def _p25() -> str:
    fw = str.maketrans("0123456789-", "０１２３４５６７８９－")
    items = [
        ("2026-11-06", 3301, "县残联开展“助残日”走访慰问活动"),
        ("2026-11-04", 3298, "县残联组织残疾人职业技能培训班"),
        ("2026-10-30", 3290, "县残联召开第三季度工作推进会"),
        ("2026-10-25", 3284, "县残疾人康复中心新增儿童康复训练项目"),
        ("2026-10-19", 3277, "县残联开展残疾人证集中办理服务"),
        ("2026-10-12", 3270, "县残联举办残疾人文艺汇演"),
        ("2026-10-08", 3266, "县残联开展国庆节前安全检查"),
        ("2026-09-26", 3258, "我县2026年残疾人两项补贴发放到位"),
        ("2026-09-18", 3251, "县残联开展无障碍环境建设调研"),
        ("2026-09-10", 3243, "县残联组织开展残疾人就业招聘会"),
        ("2026-09-02", 3236, "县残联开展辅助器具适配服务"),
        ("2026-08-27", 3229, "县残联召开残疾人工作委员会全体会议"),
    ]
    rows = "\n".join(
        f'<li><a href="/zwdt/show.php?id={n}" target="_blank">{t}</a><em>{d.translate(fw)}</em></li>'
        for d, n, t in items
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>工作动态 - 桐城市残疾人联合会</title>
<link rel="stylesheet" href="/skin/css/tc.css">
</head>
<body>
<div id="hd"><div class="in"><h1><img src="/skin/img/logo.png" alt="桐城市残疾人联合会"></h1><p class="clock">{CLOCK_JS}</p></div></div>
<div id="nav"><div class="in"><a href="/">首页</a><a href="/gywm/">关于我们</a><a href="/zwdt/">工作动态</a><a href="/tzgg/">通知公告</a><a href="/zcfg/">政策法规</a><a href="/fwzn/">服务指南</a></div></div>
<div id="bd" class="in">
  <div class="crumb">位置：<a href="/">首页</a> » 工作动态</div>
  <div class="main">
    <h2 class="col">工作动态</h2>
    <ul class="lst">
{rows}
    </ul>
    <div class="pager">第1页/共4页 <a href="index.html?page=2">下一页</a> <a href="index.html?page=4">末页</a></div>
  </div>
  <div class="side">
    <h3>通知公告</h3>
    <ul>
      <li><a href="/tzgg/show.php?id=3310">关于开展2026年度残疾人家庭无障碍改造的通知</a><em>２０２６－１１－１８</em></li>
      <li><a href="/tzgg/show.php?id=3307">2026年残疾人职业技能竞赛报名通知</a><em>２０２６－１１－１２</em></li>
    </ul>
  </div>
</div>
<div id="ft"><div class="in">主办：桐城市残疾人联合会　{beian("皖ICP备15001234号", "34088102000044", "皖")}　技术支持：桐城网络科技有限公司</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 26. JEECMS-like .jhtml list: ul#dataGrid li > a.arrow_1 + span.date with the year only in an
#     HTML comment (<!-- 2026-->11-04); crosses into 2025. AJAX pager, all links javascript:void(0).
@page("generic/jeecms_comment_year.html")
def _p26() -> str:
    items = [
        ("2026", "11-04", 88231, "杏花岭区关于开展冬季供暖专项检查的通知"),
        ("2026", "10-28", 88190, "杏花岭区2026年度老旧小区改造项目公示"),
        ("2026", "10-21", 88152, "关于杏花岭区部分路段施工的通告"),
        ("2026", "10-09", 88101, "杏花岭区2026年度区级专项资金分配结果公示"),
        ("2026", "09-27", 88063, "关于做好国庆节期间安全生产工作的通知"),
        ("2026", "09-15", 88010, "杏花岭区2026年秋季征兵公告"),
        ("2026", "08-30", 87966, "杏花岭区关于公开招聘社区专职网格员的公告"),
        ("2026", "08-12", 87911, "杏花岭区2026年第二季度重大行政决策事项公示"),
        ("2026", "07-20", 87855, "关于开展城市清洁行动的通知"),
        ("2026", "06-30", 87801, "杏花岭区2026年上半年财政预算执行情况公告"),
        ("2026", "06-03", 87742, "关于开展“安全生产月”活动的通知"),
        ("2026", "05-18", 87690, "杏花岭区2026年度民生实事项目公示"),
        ("2026", "04-22", 87633, "关于开展城乡环境综合整治的通知"),
        ("2026", "03-30", 87580, "杏花岭区2026年度区级预算公开"),
        ("2026", "03-05", 87522, "关于开展学雷锋志愿服务月活动的通知"),
        ("2026", "02-10", 87470, "关于做好春节期间烟花爆竹安全管理的通告"),
        ("2026", "01-15", 87401, "杏花岭区2025年度政府信息公开工作年度报告"),
        ("2025", "12-30", 87355, "关于元旦期间安全生产工作的通知"),
        ("2025", "12-19", 87300, "杏花岭区2025年冬季清洁取暖改造完成情况公示"),
        ("2025", "12-02", 87244, "关于开展冬季消防安全宣传的通知"),
    ]
    rows = "\n".join(
        f'        <li><a class="arrow_1" href="/xhlq/tzgg/{n}.jhtml" target="_blank" title="{t}">{t}</a>'
        f'<span class="date"><!-- {y}-->{md}</span></li>'
        for y, md, n, t in items
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>通知公告 - 太原市杏花岭区人民政府</title>
<meta name="SiteName" content="太原市杏花岭区人民政府">
<meta name="SiteIDCode" content="1401070001">
<meta name="ColumnName" content="通知公告">
<link rel="stylesheet" href="/r/cms/www/xhlq/css/list.css">
<script src="/r/cms/jquery.js"></script>
<script src="/r/cms/front.js"></script>
</head>
<body>
<div class="top"><div class="w1100"><span class="date">2026年11月20日 星期五</span><span class="weather">太原 多云 -2~9℃</span></div></div>
<div class="head w1100"><img src="/r/cms/www/xhlq/img/logo.png"></div>
<div class="nav"><div class="w1100"><a href="/">首页</a><a href="/xhlq/xwzx/index.jhtml">新闻中心</a><a href="/xhlq/zwgk/index.jhtml">政务公开</a><a href="/xhlq/zwfw/index.jhtml">政务服务</a><a href="/xhlq/hdjl/index.jhtml">互动交流</a></div></div>
<div class="w1100 main">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xhlq/zwgk/index.jhtml">政务公开</a> &gt; 通知公告</div>
  <div class="left_nav"><h3>政务公开</h3><a href="/xhlq/zwyw/index.jhtml">政务要闻</a><a href="/xhlq/tzgg/index.jhtml" class="on">通知公告</a><a href="/xhlq/zcwj/index.jhtml">政策文件</a></div>
  <div class="right_list">
    <div class="tit"><span>通知公告</span></div>
    <ul id="dataGrid">
{rows}
    </ul>
    <div class="tpc_pagination" id="pagination">
      <span>每页20行 共29行 共2页</span>
      <a href="javascript:void(0)" class="first">首页</a><a href="javascript:void(0)" class="prev">上一页</a>
      <a href="javascript:void(0)" class="next">下一页</a><a href="javascript:void(0)" class="last">尾页</a>
    </div>
    <script>
    $("#pagination").tpc_pagination({{
        dataUrl : "list_date_article.jhtml?classid=1071&siteId=1",
        pageSize : 20,
        totalCount : 29,
        container : "#dataGrid"
    }});
    </script>
  </div>
</div>
<div class="foot"><div class="w1100">
  主办：太原市杏花岭区人民政府办公室　网站标识码：1401070001<br>
  {beian("晋ICP备05000789号", "14010702000067", "晋")}　<span id="_span_jiucuo"><img onclick="Link('1401070001')" style="margin:0;border:0;cursor: pointer;" src="https://zfwzgl.www.gov.cn/exposure/images/jiucuo.png?v=1401070001"></span>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 27. JS-rendered list (国家疾控局 style): var itemObj=[…] with aPd "YYYY-MM-DD HH:MM" and aU JSON;
#     empty <ul> in the raw HTML; array not sorted by date; no pager.
@page("js/itemobj_list.html")
def _p27() -> str:
    entries = [
        ("关于印发《传染病疫情风险评估工作规范（2026年版）》的通知", "2026-09-21 17:00", "202609/t20260921_1041"),
        ("全国法定传染病疫情概况（2026年10月）", "2026-11-18 16:30", "202611/t20261118_1099"),
        ("冬春季呼吸道传染病防控健康提示", "2026-11-12 10:00", "202611/t20261112_1090"),
        ("全国法定传染病疫情概况（2026年9月）", "2026-10-20 16:30", "202610/t20261020_1077"),
        ("关于做好2026年秋冬季流感防控工作的通知", "2026-10-15 09:30", "202610/t20261015_1070"),
        ("国庆假期旅行健康提示", "2026-09-29 11:00", "202609/t20260929_1060"),
        ("全国法定传染病疫情概况（2026年8月）", "2026-09-19 16:30", "202609/t20260919_1038"),
        ("登革热防控知识问答", "2026-09-05 14:20", "202609/t20260905_1021"),
        ("全国法定传染病疫情概况（2026年7月）", "2026-08-20 16:30", "202608/t20260820_1003"),
        ("夏季肠道传染病防控提示", "2026-07-28 10:15", "202607/t20260728_0990"),
        ("全国法定传染病疫情概况（2026年6月）", "2026-07-18 16:30", "202607/t20260718_0981"),
        ("关于开展2026年全国儿童预防接种日宣传活动的通知", "2026-04-20 09:00", "202604/t20260420_0922"),
    ]
    arr = ",\n".join(
        '{"aT":"%s","aPd":"%s","aU":"{\\"common\\":\\"/jbkzzx/crbfk/%s.html\\"}","aS":"疾病预防控制局"}' % (t, d, u)
        for t, d, u in entries
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>传染病防控_国家疾病预防控制局</title>
<meta name="SiteName" content="国家疾病预防控制局">
<meta name="SiteDomain" content="www.ndcpa.gov.cn">
<meta name="SiteIDCode" content="bm54000001">
<meta name="ColumnName" content="传染病防控">
<meta name="ColumnType" content="工作动态">
<link rel="stylesheet" href="/jbkzzx/common/css/list.css">
<script src="/jbkzzx/common/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="w"><a href="/" class="logo"><img src="/jbkzzx/common/images/logo.png" alt="国家疾病预防控制局"></a>
  <div class="search"><input id="kw"><button>搜索</button></div></div>
  <div class="nav"><div class="w"><a href="/">首页</a><a href="/jbkzzx/c100001/common_list.html">机构</a><a href="/jbkzzx/c100002/common_list.html">新闻</a><a href="/jbkzzx/c100003/common_list.html">政务公开</a><a href="/jbkzzx/c100004/common_list.html">互动</a></div></div>
</div>
<div class="w">
  <div class="crumbs"><a href="/">首页</a> &gt; <a href="/jbkzzx/c100003/common_list.html">政务公开</a> &gt; <span>传染病防控</span></div>
  <div class="list-box">
    <div class="list-hd"><h2>传染病防控</h2></div>
    <ul class="list" id="list"></ul>
  </div>
</div>
<script type="text/javascript">
var itemObj = [
{arr}
];
(function(){{
  var html = "";
  for (var i = 0; i < itemObj.length; i++) {{
    var u = JSON.parse(itemObj[i].aU).common;
    html += '<li><a href="' + u + '" target="_blank">' + itemObj[i].aT + '</a><span>' + itemObj[i].aPd.substring(0, 10) + '</span></li>';
  }}
  document.getElementById("list").innerHTML = html;
}})();
</script>
<div class="footer"><div class="w">
  <p>主办单位：国家疾病预防控制局　网站标识码：bm54000001　{beian("京ICP备2021034567号-1", "11010202009876", "京")}</p>
  <p>{conac("bm/54/000/0001/CAbm54000000100001.js")}</p>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 28. TRS + avalon (Fujian style): static rendered ul.gl-ul li > a > div.li-btn(date) PLUS an
#     unrendered hidden avalon template row ({{el.title}}); createPageHTML(4,0,"index","htm").
@page("js/avalon_fujian_static.html")
def _p28() -> str:
    items = [
        ("2026-11-19", "20261119_7012345", "福建省人民政府关于进一步促进民营经济高质量发展的若干意见"),
        ("2026-11-17", "20261117_7012301", "福建省人民政府办公厅关于印发福建省数字经济发展三年行动方案（2026—2028年）的通知"),
        ("2026-11-14", "20261114_7012250", "福建省人民政府关于公布第八批省级非物质文化遗产代表性项目名录的通知"),
        ("2026-11-12", "20261112_7012211", "福建省人民政府办公厅关于加快推进海上风电开发的实施意见"),
        ("2026-11-10", "20261110_7012170", "福建省人民政府关于调整全省最低工资标准的通知"),
        ("2026-11-06", "20261106_7012101", "福建省人民政府办公厅关于做好2026年冬季森林防火工作的通知"),
        ("2026-11-04", "20261104_7012066", "福建省人民政府关于同意设立福州江阴港城经济区的批复"),
        ("2026-11-03", "20261103_7012040", "福建省人民政府办公厅关于印发福建省养老服务体系建设规划的通知"),
        ("2026-10-30", "20261030_7011980", "福建省人民政府关于表彰第十届福建省青年科技奖获得者的决定"),
        ("2026-10-28", "20261028_7011931", "福建省人民政府办公厅关于加强耕地保护和改进占补平衡的实施意见"),
        ("2026-10-24", "20261024_7011870", "福建省人民政府关于修改部分省政府规章的决定"),
        ("2026-10-21", "20261021_7011822", "福建省人民政府办公厅关于推动文旅经济高质量发展的若干措施"),
        ("2026-10-17", "20261017_7011770", "福建省人民政府关于印发福建省国土空间生态修复规划的通知"),
        ("2026-10-14", "20261014_7011723", "福建省人民政府办公厅关于印发福建省促进消费扩容提质若干措施的通知"),
        ("2026-10-10", "20261010_7011677", "福建省人民政府关于公布2026年省级重点项目名单的通知"),
        ("2026-10-08", "20261008_7011640", "福建省人民政府办公厅关于国庆节后加强安全生产工作的通知"),
    ]
    rows = "\n".join(
        f'          <li><a href="./{doc[:6]}/t{doc}.htm" target="_blank" title="{t}"><div class="li-tit">{t}</div><div class="li-btn">{d}</div></a></li>'
        for d, doc, t in items
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>最新文件_福建省人民政府门户网站</title>
<meta name="SiteName" content="福建省人民政府门户网站">
<meta name="SiteDomain" content="www.fujian.gov.cn">
<meta name="SiteIDCode" content="3500000051">
<meta name="ColumnName" content="最新文件">
<meta name="ColumnType" content="政策文件">
<link rel="stylesheet" href="/images/2021/css/gl.css">
<script src="/images/2021/js/jquery.min.js"></script>
<script src="/images/2021/js/avalon.js"></script>
<script src="/images/2021/js/page.js"></script>
</head>
<body>
<div class="header"><div class="container"><img src="/images/2021/img/logo.png" alt="福建省人民政府"><div class="header-r"><a href="/english/">English</a><a href="/wza/">无障碍</a></div></div></div>
<div class="nav"><div class="container"><a href="/">首页</a><a href="/xwdt/">新闻</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a><a href="/zjfj/">走进福建</a></div></div>
<div class="container">
  <div class="position"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <span>最新文件</span></div>
  <div class="gl-main">
    <div class="gl-tit"><h3>最新文件</h3></div>
    <div class="gl-list">
        <ul class="gl-ul">
{rows}
        </ul>
        <ul class="gl-ul" ms-controller="list2" style="display:none">
          <li ms-repeat="list"><a ms-attr-href="el.url" ms-attr-title="el.title"><div class="li-tit">{{{{el.title}}}}</div><div class="li-btn">{{{{el.time}}}}</div></a></li>
        </ul>
        <script>
        var list2 = avalon.define({{ $id: "list2", list: [] }});
        var trsapi = {{ url: "/ssp/search/api/search", channelid: "229105", recordCount: '0' }};
        </script>
    </div>
    <div class="pagination" id="pagination"><script>createPageHTML(4, 0, "index", "htm");</script></div>
  </div>
</div>
<div class="footer"><div class="container">
  <p>{conac("35/000/0000/60497928/CA350000000604979280001.js")}</p>
  <p>主办：福建省人民政府办公厅　网站标识码：3500000051　{beian("闽ICP备05013567号", "35010202000157", "闽")}</p>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 29. Guangdong gkmlpt SPA: empty app container, window._CONFIG with TREE/post_count. The raw
#     HTML lists nothing but the column is not blank.
@page("js/gkmlpt_spa.html")
def _p29() -> str:
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>政府信息公开 - 广州市海珠区人民政府</title>
<meta name="SiteName" content="广州市海珠区人民政府">
<meta name="SiteIDCode" content="4401050001">
<meta name="ColumnName" content="政府信息公开">
<link href="/gkmlpt/static/css/app.5f1c2d3e.css" rel="stylesheet">
<script>
window._CONFIG = {
  SID: "755589",
  SITE_NAME: "广州市海珠区人民政府",
  ROOT: "/gkmlpt",
  TREE: [
    {"id": 2311, "parent": 0, "name": "政策文件", "post_count": 203},
    {"id": 2312, "parent": 2311, "name": "区政府文件", "post_count": 118},
    {"id": 2313, "parent": 2311, "name": "区政府办公室文件", "post_count": 85},
    {"id": 2320, "parent": 0, "name": "机构职能", "post_count": 12},
    {"id": 2330, "parent": 0, "name": "规划计划", "post_count": 36},
    {"id": 2340, "parent": 0, "name": "财政信息", "post_count": 94}
  ],
  MENU_POST_COUNT: true
};
</script>
</head>
<body>
<div id="gkmlpt-header"><img src="/gkmlpt/static/img/hz-banner.jpg" alt="海珠区政府信息公开"></div>
<noscript>请启用浏览器的JavaScript功能后访问本页面。</noscript>
<div id="app"></div>
<div id="gkmlpt-footer">
  <p>主办：广州市海珠区人民政府办公室　网站标识码：4401050001　<a href="https://beian.miit.gov.cn/">粤ICP备05012345号</a></p>
</div>
<script src="/gkmlpt/static/js/manifest.1a2b3c.js"></script>
<script src="/gkmlpt/static/js/vendor.4d5e6f.js"></script>
<script src="/gkmlpt/static/js/app.7a8b9c.js"></script>
</body>
</html>
"""
