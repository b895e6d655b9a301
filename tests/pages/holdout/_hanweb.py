"""Hanweb JCMS pages (datastore records, server-side pageNum) and Kaipuyun/UCAP pages."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import quote

from _common import CLOCK_JS, baidu, beian, conac, conac_rendered, jiucuo

PAGES: list[tuple[str, str, str]] = []


def page(path: str, encoding: str = "utf-8"):
    def deco(fn):
        PAGES.append((path, fn(), encoding))
        return fn
    return deco


TOWNS = ["巩昌镇", "文峰镇", "首阳镇", "菜子镇", "福星镇", "通安驿镇", "云田镇", "碧岩镇", "马河镇",
         "渭阳乡", "宏伟乡", "柯寨镇", "永吉乡", "和平乡", "德兴乡"]
DOINGS = ["开展冬季安全生产隐患排查整治工作", "召开农村人居环境整治提升推进会", "开展防范电信网络诈骗集中宣传活动",
          "组织中药材标准化种植技术培训", "扎实推进冬季清洁取暖改造工作", "开展“法律明白人”培训活动",
          "召开2026年度村级财务审计反馈会"]


# ---------------------------------------------------------------------------------------------
# 9. Hanweb datastore: 45 records embedded, jpage totalRecord:212 perPage:15 -> there is more;
#    next = the nextgroup dataproxy href with page=2. li.clearfix > a[title] + b; truncated
#    titles; two off-site records; one junk record (no link). Newest record is the 2nd one.
@page("hanweb/col12377_datastore_more.html")
def _p09() -> str:
    webname = quote(quote("陇西县人民政府"))
    start = date(2026, 11, 18)
    steps = [0, 0, 1, 0, 1, 1, 0, 2, 1, 0, 1, 1, 3, 0, 1, 1, 1, 0, 2, 1, 1, 0, 1, 3, 1, 0, 1, 1, 1, 2,
             1, 0, 1, 1, 3, 0, 1, 1, 0, 1, 3, 1, 1, 0, 1]
    recs = []
    d = start
    for i, step in enumerate(steps):
        d = d - timedelta(days=step)
        shown = d
        if i == 1:
            shown = date(2026, 11, 19)
        title = f"{TOWNS[i % len(TOWNS)]}{DOINGS[i % len(DOINGS)]}"
        short = title if len(title) <= 20 else title[:19] + "..."
        host = "http://zwgk.cnlongxi.gov.cn" if i in (7, 30) else ""
        art = 1486900 - i * 7
        href = f"{host}/art/{shown.year}/{shown.month}/{shown.day}/art_12377_{art}.html"
        recs.append(
            "<record><![CDATA[\n"
            f'<li class="clearfix">  <a target="_blank" href="{href}" title="{title}">{short}</a>  <b>{shown.isoformat()}</b></li>]]></record>'
        )
    recs.append("<record><![CDATA[\n<li style=<br/>]]></record>")
    records = "\n".join(recs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>陇西县人民政府 乡镇动态</title>
<meta name="SiteName" content="陇西县人民政府">
<meta name="SiteDomain" content="www.cnlongxi.gov.cn">
<meta name="SiteIDCode" content="6211220001">
<meta name="ColumnName" content="乡镇动态">
<meta name="ColumnDescription" content="乡镇动态">
<meta name="ColumnKeywords" content="乡镇动态">
<meta name="ColumnType" content="乡镇动态">
<script type="text/javascript" src="/script/jquery-1.11.3.min.js"></script>
<script language="javascript" src="/module/web/jpage/jquery.page.min.js"></script>
<link href="/images/lx_2021.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header">
  <div class="hd-top"><div class="w"><span class="fl">{CLOCK_JS}</span><span class="fr"><a href="/col/col12300/index.html">网站地图</a> | <a href="/col/col12301/index.html">无障碍</a> | <a href="javascript:void(0)">关怀版</a></span></div></div>
  <div class="hd-logo w"><a href="/"><img src="/images/lx_logo.png" /></a>
    <div class="search"><form action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="110"><input name="q" class="ipt"><input type="submit" value="搜索" class="btn"></form></div></div>
  <div class="hd-nav"><ul class="w">
    <li><a href="/">首页</a></li><li><a href="/col/col12370/index.html">新闻中心</a></li><li><a href="/col/col12380/index.html">政府信息公开</a></li>
    <li><a href="/col/col12390/index.html">政务服务</a></li><li><a href="/col/col12395/index.html">互动交流</a></li><li><a href="/col/col12399/index.html">走进陇西</a></li>
  </ul></div>
</div>
<div class="w main">
  <div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/col/col12370/index.html">新闻中心</a> &gt; <a href="/col/col12377/index.html">乡镇动态</a></div>
  <div class="left">
    <div class="left-tit">新闻中心</div>
    <ul class="left-nav">
      <li><a href="/col/col12371/index.html">陇西要闻</a></li><li><a href="/col/col12372/index.html">部门动态</a></li>
      <li class="on"><a href="/col/col12377/index.html">乡镇动态</a></li><li><a href="/col/col12378/index.html">图片新闻</a></li>
    </ul>
    <div class="left-tit">最新公告</div>
    <ul class="left-gg">
      <li><a href="/art/2026/11/20/art_12374_1487001.html">陇西县2026年冬季取暖补贴发放公告</a><span>2026-11-20</span></li>
      <li><a href="/art/2026/11/19/art_12374_1486990.html">关于县城区临时交通管制的通告</a><span>2026-11-19</span></li>
    </ul>
  </div>
  <div class="right">
    <div class="right-tit"><span>乡镇动态</span></div>
    <div class="right-list">
<div id="38486"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=110&path=/&columnid=12377&unitid=38486&webname={webname}&permissiontype=0"></a>]]></nextgroup>
<recordset>
{records}
</recordset>
</datastore>
</script></div>
<script>
$(document).ready(function(){{
  $('#38486').jpage({{
    dataStore: dataStore,
    totalRecord:212,
    perPage:15,
    groupSize:3,
    proxyUrl:'/module/web/jpage/dataproxy.jsp',
    themeName:'default',
    showMode:'full',
    dataBefore:'<ul class="xxgk_list">',
    dataAfter:'</ul>',
    ajaxParam:{{col:1,appid:1,webid:110,path:'/',columnid:12377,sourceContentType:1,unitid:38486,webname:'陇西县人民政府',permissiontype:0}}
  }});
}});
</script>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w">
    <div class="f-l">{conac_rendered("07BBE32157290F90E053022819ACAB12")}</div>
    <div class="f-c">
      <p>主办：陇西县人民政府办公室 &nbsp; 承办：陇西县融媒体中心 &nbsp; 联系电话：0932-6621234</p>
      <p>网站标识码：6211220001 &nbsp; {beian("陇ICP备05001122号", "62112202000002", "甘")}</p>
      <p>访问量：<script src="/module/visitcount/visit.jsp?type=3&i_webid=110&i_columnid=12377"></script></p>
    </div>
    <div class="f-r">{jiucuo("6211220001")}</div>
  </div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 10. Hanweb, GBK bytes declared gb2312, table-row records with [YYYY-MM-DD] in a td and a
#     stray empty <table> in the recordset; 23 records, totalRecord:23 -> nothing more to fetch.
@page("hanweb/col4521_table_records_gbk.html", "gbk")
def _p10() -> str:
    titles = [
        "关于海门区2026年第三批高新技术企业培育库入库名单的公示",
        "海门区2026年秋季征兵体检合格人员名单公示",
        "关于开展2026年度区级文明单位复评工作的通知",
        "关于姚堃等同志拟任职的公示",
        "海门区城区部分道路冬季维修施工的通告",
        "关于做好全区冬季安全生产工作的通知",
        "关于2026年度区级重点工程竣工验收的公告",
        "海门区关于李喆等同志试用期满转正的公示",
        "关于征集区政府2027年民生实事项目的公告",
        "关于开展重阳节系列活动的通知",
        "海门区2026年度公开招聘社区工作者拟录用人员公示",
        "关于国庆节假期安全工作的通知",
        "海门区2026年第三季度政府信息公开工作情况通报",
        "关于王珺同志任职的通知",
        "关于开展全区秋季爱国卫生运动的通知",
        "关于调整城区公交线路的公告",
        "海门区2026年义务教育阶段学校招生入学工作实施方案",
        "关于做好中秋节期间市场监管工作的通知",
        "海门区2026年度企业职工基本养老保险待遇调整公告",
        "关于公布海门区行政许可事项清单的通知",
        "海门区2026年普通话水平测试报名通知",
        "关于开展2026年全民国防教育日宣传活动的通知",
        "海门区关于开展扫黑除恶专项斗争宣传的通知",
    ]
    dates = [
        date(2026, 11, 3), date(2026, 10, 31), date(2026, 10, 30), date(2026, 10, 28), date(2026, 10, 27),
        date(2026, 10, 24), date(2026, 10, 22), date(2026, 10, 21), date(2026, 10, 17), date(2026, 10, 15),
        date(2026, 10, 13), date(2026, 9, 29), date(2026, 9, 28), date(2026, 9, 25), date(2026, 9, 22),
        date(2026, 9, 19), date(2026, 9, 16), date(2026, 9, 12), date(2026, 9, 10), date(2026, 9, 5),
        date(2026, 9, 2), date(2026, 8, 29), date(2026, 8, 26),
    ]
    recs = []
    for i, (t, d) in enumerate(zip(titles, dates)):
        recs.append(
            "<record><![CDATA[\n"
            f"<tr><td width='20'><IMG src='/images/dot_blue.gif' border='0'></td><td><a href='/art/{d.year}/{d.month}/{d.day}/art_4521_{998877 - i * 13}.html' "
            f"target='_blank' title='{t}'>{t}</a></td><td width='100' align='center' class='bt_time'>[{d.isoformat()}]</td></tr>]]></record>"
        )
    records = "\n".join(recs)
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>通知公告</title>
<meta name="SiteName" content="南通市海门区人民政府">
<meta name="SiteIDCode" content="3206840002">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<link href="/images/hm_style.css" type="text/css" rel="stylesheet">
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript" src="/module/jslib/jquery/jpage/jquery.page.js"></script>
</head>
<body>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="160" background="/images/hm_top.jpg">&nbsp;</td></tr>
  <tr><td height="40" class="nav"><a href="/">首页</a>　<a href="/col/col4500/index.html">海门新闻</a>　<a href="/col/col4510/index.html">政务公开</a>　<a href="/col/col4530/index.html">网上办事</a>　<a href="/col/col4540/index.html">政民互动</a></td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="230" valign="top" bgcolor="#F4F8FD">
      <table width="100%"><tr><td class="lm">政务公开</td></tr>
        <tr><td><a href="/col/col4520/index.html">政务要闻</a></td></tr>
        <tr><td><a href="/col/col4521/index.html"><b>通知公告</b></a></td></tr>
        <tr><td><a href="/col/col4522/index.html">政策文件</a></td></tr>
      </table>
    </td>
    <td width="10"></td>
    <td valign="top">
      <table width="100%"><tr><td class="dqwz">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col4510/index.html">政务公开</a> &gt; 通知公告</td></tr></table>
      <div id="29874"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/jslib/jquery/jpage/dataproxy.jsp?page=1&appid=1&webid=38&path=/&columnid=4521&unitid=29874&webname=%25E6%25B5%25B7%25E9%2597%25A8&permissiontype=0"></a>]]></nextgroup>
<recordset>
<table width='100%' border='0' cellspacing='0' cellpadding='0'></table>
{records}
</recordset>
</datastore>
</script></div>
<script>$('#29874').jpage({{dataStore:dataStore,totalRecord:23,perPage:15,groupSize:3,proxyUrl:'/module/jslib/jquery/jpage/dataproxy.jsp',themeName:'default',showMode:'full',dataBefore:'<table width=100% border=0 cellspacing=0 cellpadding=0>',dataAfter:'</table>'}});</script>
    </td>
  </tr>
</table>
<table width="1002" border="0" align="center" class="foot">
  <tr><td align="center">主办单位：南通市海门区人民政府办公室　网站标识码：3206840002　{beian("苏ICP备05012345号-1", "32068402000010", "苏")}<br>
  {conac("32/000/0000/60497910/CA320000000604979100001.js")}　Copyright &copy; 2026 All Rights Reserved</td></tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 11. Hanweb blank column: empty <recordset>, totalRecord:0. The sidebar has dated items.
@page("hanweb/col8890_empty_recordset.html")
def _p11() -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>临泽县人民政府 建议提案办理</title>
<meta name="SiteName" content="临泽县人民政府">
<meta name="SiteIDCode" content="6207230001">
<meta name="ColumnName" content="建议提案办理">
<meta name="ColumnType" content="建议提案">
<link rel="stylesheet" href="/images/lz/common.css">
<script src="/module/web/jpage/jquery.page.min.js"></script>
</head>
<body>
<div class="top"><div class="wrap">{CLOCK_JS} <a href="/col/col8800/index.html">智能问答</a></div></div>
<div class="logo wrap"><img src="/images/lz/logo.png" alt=""></div>
<div class="menu"><div class="wrap"><a href="/">首页</a><a href="/col/col8810/index.html">新闻动态</a><a href="/col/col8850/index.html">信息公开</a><a href="/col/col8870/index.html">政务服务</a><a href="/col/col8880/index.html">互动交流</a></div></div>
<div class="wrap cont">
  <div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col8850/index.html">信息公开</a> &gt; 建议提案办理</div>
  <div class="l">
    <h3>信息公开</h3>
    <ul><li><a href="/col/col8888/index.html">人事信息</a></li><li><a href="/col/col8889/index.html">财政预决算</a></li><li class="on"><a href="/col/col8890/index.html">建议提案办理</a></li></ul>
    <h3>最新动态</h3>
    <ul class="zxdt">
      <li><a href="/art/2026/11/19/art_8811_700123.html">临泽县召开冬季农田水利基本建设推进会</a><span>2026-11-19</span></li>
      <li><a href="/art/2026/11/18/art_8811_700110.html">县领导调研枣产业发展情况</a><span>2026-11-18</span></li>
      <li><a href="/art/2026/11/17/art_8811_700098.html">临泽县开展冬季消防安全专项检查</a><span>2026-11-17</span></li>
    </ul>
  </div>
  <div class="r">
    <div class="r-title">建议提案办理</div>
    <div class="r-list">
<div id="51234"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=62&path=/&columnid=8890&unitid=51234&webname=%25E4%25B8%25B4%25E6%25B3%25BD&permissiontype=0"></a>]]></nextgroup>
<recordset>
</recordset>
</datastore>
</script></div>
<script>$('#51234').jpage({{dataStore:dataStore,totalRecord:0,perPage:15,groupSize:3,proxyUrl:'/module/web/jpage/dataproxy.jsp',themeName:'default',showMode:'full',dataBefore:'<ul class="list">',dataAfter:'</ul>'}});</script>
    </div>
  </div>
</div>
<div class="foot"><div class="wrap">主办：临泽县人民政府办公室　网站标识码：6207230001　{beian("陇ICP备06000712号", "62072302000005", "甘")}　{conac("62/000/0000/60497911/CA620000000604979110001.js")}</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 12. Hanweb server-side rendering with ?uid=…&pageNum=N links; date inside the anchor after the
#     title, unpadded (2026-11-6); truncated titles with @title; one off-site item.
@page("hanweb/col31245_pagenum.html")
def _p12() -> str:
    items = [
        ("2026-11-18", "2026/11/18", 778950, "新干县召开2026年冬季森林防灭火工作部署会议", None),
        ("2026-11-17", "2026/11/17", 778932, "县委理论学习中心组专题学习党的二十届四中全会精神", None),
        ("2026-11-14", "2026/11/14", 778901, "新干县箱包皮具产业集群获评省级中小企业特色产业集群", None),
        ("2026-11-13", "2026/11/13", 778886, "县政府与江西农业大学签署校地合作协议", None),
        ("2026-11-12", "2026/11/12", 778870, "全县秋冬季大气污染防治攻坚行动推进会召开", None),
        ("2026-11-11", "2026/11/11", 778851, "新干县开展“119”消防宣传月启动仪式", None),
        ("2026-11-10", "2026/11/10", 778830, "县领导调研重点工业项目建设进展情况", None),
        ("2026-11-6", "2026/11/6", 778790, "新干县举办2026年度农村实用人才带头人培训班", None),
        ("2026-11-5", "2026/11/5", 778771, "县人大常委会召开第二十七次会议", "off"),
        ("2026-11-4", "2026/11/4", 778755, "全县重点项目观摩拉练活动举行", None),
        ("2026-11-3", "2026/11/3", 778733, "新干县召开防范化解重大风险工作会议", None),
        ("2026-10-31", "2026/10/31", 778700, "县政协组织委员视察城乡供水一体化工作", None),
        ("2026-10-30", "2026/10/30", 778684, "新干县2026年第三季度招商引资项目集中签约", None),
        ("2026-10-29", "2026/10/29", 778670, "全县农村生活垃圾治理工作现场会召开", None),
        ("2026-10-28", "2026/10/28", 778651, "县领导开展“四下基层”活动", None),
    ]
    lis = []
    for shown, ymd, art, title, off in items:
        host = "http://xxgk.xingan.gov.cn" if off else ""
        short = title if len(title) <= 18 else title[:17] + "…"
        lis.append(
            f'<li><a href="{host}/art/{ymd}/art_31245_{art}.html" target="_blank" title="{title}">'
            f'<span class="list_title">{short}</span><i>{shown}</i></a></li>'
        )
    rows = "\n".join(lis)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>新干县人民政府 县政要闻</title>
<meta name="SiteName" content="新干县人民政府">
<meta name="SiteDomain" content="www.xingan.gov.cn">
<meta name="SiteIDCode" content="3608240001">
<meta name="ColumnName" content="县政要闻">
<meta name="ColumnType" content="要闻">
<link rel="stylesheet" href="/static/css/xg2022.css">
</head>
<body>
<div class="xg-header">
  <div class="xg-top"><div class="container"><span id="xg-clock"></span><script>document.getElementById('xg-clock').innerHTML=new Date().toLocaleDateString();</script>
  <a href="/col/col31200/index.html">长者版</a><a href="/col/col31201/index.html">English</a></div></div>
  <div class="container xg-logo"><img src="/static/img/logo.png" alt="新干县人民政府门户网站"></div>
  <nav class="xg-nav container"><a href="/">首页</a><a href="/col/col31240/index.html">新闻资讯</a><a href="/col/col31250/index.html">政务公开</a><a href="/col/col31260/index.html">政务服务</a><a href="/col/col31270/index.html">政民互动</a></nav>
</div>
<main class="container xg-main">
  <div class="xg-crumb"><a href="/">首页</a> / <a href="/col/col31240/index.html">新闻资讯</a> / <span>县政要闻</span></div>
  <section class="xg-list">
    <h2 class="xg-col-name">县政要闻</h2>
    <div id="112233">
      <ul class="list">
{rows}
      </ul>
      <div class="pagination">
        <span class="cur">1</span>
        <a href="/col/col31245/index.html?uid=112233&amp;pageNum=2">2</a>
        <a href="/col/col31245/index.html?uid=112233&amp;pageNum=3">3</a>
        <span>…</span>
        <a href="/col/col31245/index.html?uid=112233&amp;pageNum=2" class="next">下一页</a>
        <a href="/col/col31245/index.html?uid=112233&amp;pageNum=9">尾页</a>
        <span>共9页 135条</span>
      </div>
    </div>
  </section>
  <aside class="xg-aside">
    <div class="xg-box"><h3>图片新闻</h3>
      <a href="/art/2026/11/19/art_31246_779001.html"><img src="/picture/0/2611191230001.jpg" alt=""><p>新干县第二十届县运会开幕</p></a>
    </div>
    <div class="xg-box"><h3>阅读排行</h3>
      <ol><li><a href="/art/2026/11/19/art_31247_779010.html">新干县2026年冬季供暖价格公示</a></li><li><a href="/art/2026/11/20/art_31247_779020.html">关于县城区限时停车的通告</a></li></ol>
    </div>
  </aside>
</main>
<footer class="xg-footer"><div class="container">
  <p>主办单位：新干县人民政府办公室 联系电话：0796-2612345 网站标识码：3608240001</p>
  <p>{beian("赣ICP备12004455号", "36082402000003", "赣")} {conac("36/000/0000/60497912/CA360000000604979120001.js")} {jiucuo("3608240001", new=True)}</p>
</div></footer>
{baidu("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6")}
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 13. Kaipuyun/UCAP static list (Suzhou style): ul.infolist li > a[title] + span.time;
#     下一页 link to nav_list_2.shtml; an image-news sidebar with newer dates.
@page("kaipuyun/szxx_infolist.html")
def _p13() -> str:
    items = [
        ("2026-11-16", "关于吴中区2026年度区级农业龙头企业认定结果的公示"),
        ("2026-11-13", "关于开展2026年冬季征兵政治考核工作的通知"),
        ("2026-11-12", "吴中区2026年第四季度重大行政决策事项目录"),
        ("2026-11-10", "关于征求《吴中区城市更新实施办法（征求意见稿）》意见的公告"),
        ("2026-11-06", "吴中区关于开展2026年度企业研发费用加计扣除政策宣讲的通知"),
        ("2026-11-05", "吴中区2026年秋季学期义务教育学校课后服务收费公示"),
        ("2026-11-03", "关于太湖沿岸部分道路封闭施工的通告"),
        ("2026-10-31", "吴中区2026年第三批拟认定专精特新中小企业名单公示"),
        ("2026-10-29", "关于做好2026年度城乡居民医保参保缴费工作的通知"),
        ("2026-10-27", "吴中区政府投资项目2026年第三季度调整计划"),
        ("2026-10-24", "关于表彰2025年度吴中区优秀志愿服务组织的决定"),
        ("2026-10-22", "吴中区2026年公开招聘教师拟聘用人员名单公示"),
        ("2026-10-20", "关于开展2026年度“吴中工匠”评选工作的通知"),
        ("2026-10-17", "吴中区关于重阳节期间开展敬老活动的通知"),
        ("2026-10-15", "关于调整吴中区最低生活保障标准的通知"),
    ]
    rows = "\n".join(
        f'          <li><a href="/szwz/tzgg/{d[:4]}{d[5:7]}/{i:02d}{d[8:]}a7c3e5f94b0d8e2c1a6b7f3d9e0c{i:02d}.shtml" target="_blank" title="{t}">{t}</a><span class="time">{d}</span></li>'
        for i, (d, t) in enumerate(items)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>通知公告_苏州市吴中区人民政府</title>
<meta name="SiteName" content="苏州市吴中区人民政府">
<meta name="SiteDomain" content="www.szwz.gov.cn">
<meta name="SiteIDCode" content="3205060001">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<link rel="stylesheet" href="/szwz/xhtml/css/list.css">
<script src="/szwz/xhtml/js/jquery.min.js"></script>
</head>
<body>
<div class="ucap-head">
  <div class="wrap"><div class="head-top"><span class="date-now">{CLOCK_JS}</span><span class="links"><a href="/szwz/wzdt/wzdt.shtml">网站地图</a><a href="/szwz/yhzx/yhzx.shtml">用户中心</a></span></div>
  <div class="head-logo"><img src="/szwz/xhtml/images/logo.png" alt="吴中区人民政府"></div></div>
  <div class="head-nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/szwz/zwyw/nav_list.shtml">政务要闻</a></li><li><a href="/szwz/xxgk/xxgk.shtml">信息公开</a></li><li><a href="/szwz/zwfw/zwfw.shtml">政务服务</a></li><li><a href="/szwz/hdjl/hdjl.shtml">互动交流</a></li></ul></div>
</div>
<div class="wrap list-wrap">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/szwz/xxgk/xxgk.shtml">信息公开</a> &gt; <a href="/szwz/tzgg/nav_list.shtml">通知公告</a></div>
  <div class="list-l">
    <div class="pic-news"><div class="hd">图片新闻</div>
      <ul>
        <li><a href="/szwz/tpxw/202611/0b1c2d3e4f5061728394a5b6c7d8e9f0.shtml"><img src="/szwz/tpxw/202611/img1.jpg"><p>吴中区举行2026太湖马拉松</p></a><span class="time">2026-11-19</span></li>
        <li><a href="/szwz/tpxw/202611/1c2d3e4f5061728394a5b6c7d8e9f00b.shtml"><img src="/szwz/tpxw/202611/img2.jpg"><p>东山镇橘子丰收季</p></a><span class="time">2026-11-18</span></li>
      </ul>
    </div>
  </div>
  <div class="list-r">
    <div class="list-title"><h3>通知公告</h3></div>
    <div class="list-content">
        <ul class="infolist">
{rows}
        </ul>
    </div>
    <div class="page">
      <span class="current">1</span><a href="nav_list_2.shtml">2</a><a href="nav_list_3.shtml">3</a><a href="nav_list_2.shtml" class="next">下一页</a><a href="nav_list_12.shtml">尾页</a>
    </div>
  </div>
</div>
<div class="ucap-foot"><div class="wrap">
  <p>主办：苏州市吴中区人民政府办公室　网站标识码：3205060001　{beian("苏ICP备10213456号", "32050602010120", "苏")}</p>
  <p>{conac("32/000/0000/60497913/CA320000000604979130001.js")}{jiucuo("3205060001")}</p>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 14. gov.cn-style UCAP list: .news_box .list li with empty li.line separators between groups;
#     month-only article URLs (/YYYYMM/content_N.htm) with shown dates; explicit 下一页 home_1.htm.
@page("kaipuyun/govcn_style_home.html")
def _p14() -> str:
    items = [
        ("2026-11-19", 6921301, "省政府常务会议研究部署冬春季安全生产工作"),
        ("2026-11-19", 6921296, "全省冬季清洁取暖工作视频会议召开"),
        ("2026-11-18", 6921280, "省政府与国家开发银行签署开发性金融合作协议"),
        ("2026-11-18", 6921271, "我省出台支持民营经济高质量发展二十条措施"),
        ("2026-11-17", 6921250, "全省粮食生产再获丰收"),
        ("2026-11-17", 6921243, "省长主持召开专题会议研究营商环境优化工作"),
        ("2026-11-16", 6921220, "全省“十五五”规划纲要编制工作推进会召开"),
        ("2026-11-14", 6921190, "省政府召开全省防范化解重大风险工作会议"),
        ("2026-11-13", 6921177, "我省5家企业入选国家级智能制造示范工厂"),
        ("2026-11-13", 6921170, "全省冬春农田水利建设启动"),
        ("2026-11-12", 6921150, "省政府新闻办举行我省前三季度经济运行情况发布会"),
        ("2026-11-11", 6921133, "全省重点项目集中开工仪式举行"),
        ("2026-11-10", 6921110, "我省开展第二轮生态环境保护督察整改“回头看”"),
        ("2026-11-10", 6921102, "全省县域经济高质量发展推进会召开"),
        ("2026-11-07", 6921075, "省政府召开全省根治欠薪工作电视电话会议"),
        ("2026-11-06", 6921060, "全省数字政府建设现场推进会召开"),
        ("2026-11-05", 6921041, "我省出台促进消费扩容提质若干措施"),
        ("2026-11-04", 6921020, "省政府与中国科学院举行科技合作座谈"),
        ("2026-11-03", 6921005, "全省第四季度重大项目签约活动举行"),
        ("2026-11-02", 6920990, "全省秋冬季森林草原防灭火工作会议召开"),
    ]
    out = []
    for i, (d, n, t) in enumerate(items):
        out.append(
            f'<li><h4><a href="./{d[:4]}{d[5:7]}/content_{n}.htm" target="_blank">{t}</a><span class="date">{d}</span></h4></li>'
        )
        if i % 5 == 4 and i != len(items) - 1:
            out.append('<li class="line"></li>')
    rows = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>要闻_山西省人民政府门户网站</title>
<meta name="SiteName" content="山西省人民政府门户网站">
<meta name="SiteDomain" content="www.shanxi.gov.cn">
<meta name="SiteIDCode" content="1400000057">
<meta name="ColumnName" content="要闻">
<meta name="ColumnType" content="要闻">
<meta name="keywords" content="要闻">
<link rel="stylesheet" href="/images/ucap/base.css">
</head>
<body>
<div class="header">
  <div class="header_top"><a href="/">首页</a> | <a href="/ywdt/">要闻动态</a> | <a href="/zfxxgk/">政府信息公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/sxgk/">山西概况</a></div>
  <div class="header_logo"><img src="/images/ucap/logo.png"></div>
</div>
<div class="BreadcrumbNav">
  <a href="/">首页</a> &gt; <a href="/ywdt/">要闻动态</a> &gt; <a href="/yaowen/liebiao/home.htm">要闻</a>
</div>
<div class="list_left">
  <div class="channel_tab"><h3>要闻</h3></div>
  <div class="news_box">
    <div class="list list_1 list_2">
      <ul>
{rows}
      </ul>
    </div>
  </div>
  <div class="pages">
    <span>共45页</span>
    <span>首页</span> <span>上一页</span> <a href="home_1.htm">下一页</a> <a href="home_44.htm">尾页</a>
  </div>
</div>
<div class="list_right">
  <div class="right_box"><h3>政策解读</h3>
    <ul><li><a href="/zhengce/jiedu/202611/content_6921310.htm">一图读懂：山西省支持民营经济发展措施</a></li>
    <li><a href="/zhengce/jiedu/202611/content_6921305.htm">权威解读：全省清洁取暖政策</a></li></ul>
  </div>
</div>
<div class="footer">
  <p>主办单位：山西省人民政府办公厅　运行维护：山西省大数据中心</p>
  <p>网站标识码1400000057　{beian("晋ICP备05003000号", "14010602060012", "晋")}</p>
  <p>{conac("14/000/0000/60497914/CA140000000604979140001.js")}{jiucuo("1400000057", new=True)}</p>
</div>
</body>
</html>
"""
