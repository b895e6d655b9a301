"""Home pages, article pages, soft-404 pages, WAF / anti-bot pages and one more blank column."""

from __future__ import annotations

from _common import CLOCK_JS, RUN_DAYS_JS, beian, conac, conac_rendered, jiucuo

PAGES: list[tuple[str, str, str]] = []


def page(path: str, encoding: str = "utf-8"):
    def deco(fn):
        PAGES.append((path, fn(), encoding))
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
# 30. County portal home: slider (4 undated picture news) + 政务要闻 7 + 通知公告 6 (tab, "11-18"
#     with year in URL) + 部门动态 6 + 乡镇动态 6 + 政策文件 5 = 34 items. Nav, service icons,
#     friend-link select, "网站更新时间" bar, clock. Newest item 2026-11-19.
@page("home/county_portal.html")
def _p30() -> str:
    slider = [
        ("/xwzx/tpxw/202611/t20261119_9001201.html", "/xwzx/tpxw/202611/W020261119001.jpg", "临朐县举办第十二届红叶文化旅游节"),
        ("/xwzx/tpxw/202611/t20261118_9001188.html", "/xwzx/tpxw/202611/W020261118002.jpg", "县领导调研冬季农业生产"),
        ("/xwzx/tpxw/202611/t20261117_9001170.html", "/xwzx/tpxw/202611/W020261117003.jpg", "临朐县重点项目集中开工"),
        ("/xwzx/tpxw/202611/t20261116_9001151.html", "/xwzx/tpxw/202611/W020261116004.jpg", "沂山风景区迎来冬季首场雪"),
    ]
    zwyw = [
        ("20261119_9001210", "2026-11-19", "县委常委会召开会议传达学习省委全会精神"),
        ("20261119_9001205", "2026-11-19", "临朐县召开2026年冬季征兵工作会议"),
        ("20261118_9001190", "2026-11-18", "县政府常务会议研究部署安全生产等工作"),
        ("20261117_9001172", "2026-11-17", "临朐县与山东大学签署科技合作协议"),
        ("20261116_9001160", "2026-11-16", "全县优化营商环境工作推进会召开"),
        ("20261113_9001133", "2026-11-13", "县人大常委会召开第三十次会议"),
        ("20261112_9001120", "2026-11-12", "县政协召开十届十五次常委会议"),
    ]
    tzgg = [
        ("20261118_9001195", "关于临朐县2026年冬季清洁取暖补贴发放的公告"),
        ("20261117_9001180", "临朐县2026年第四批就业见习基地名单公示"),
        ("20261114_9001140", "关于城区部分路段停电检修的通知"),
        ("20261111_9001111", "临朐县2026年秋季征兵体检结果公示"),
        ("20261108_9001088", "关于开展冬季森林防火专项行动的通告"),
        ("20261105_9001060", "临朐县公开招聘社区工作者拟聘用人员公示"),
    ]
    bmdt = [
        ("20261118_9001192", "2026-11-18", "县市场监管局开展冬季食品安全检查"),
        ("20261117_9001175", "2026-11-17", "县教体局召开校园安全工作会议"),
        ("20261114_9001145", "2026-11-14", "县卫健局开展流感疫苗接种宣传"),
        ("20261113_9001130", "2026-11-13", "县农业农村局部署小麦冬季管理"),
        ("20261111_9001115", "2026-11-11", "县应急局开展消防安全检查"),
        ("20261110_9001101", "2026-11-10", "县住建局推进老旧小区改造"),
    ]
    xzdt = [
        ("20261118_9001197", "2026-11-18", "城关街道开展冬季安全隐患排查"),
        ("20261117_9001178", "2026-11-17", "冶源镇红叶旅游接待游客创新高"),
        ("20261116_9001162", "2026-11-16", "九山镇推进农村人居环境整治"),
        ("20261113_9001135", "2026-11-13", "五井镇召开产业发展座谈会"),
        ("20261112_9001122", "2026-11-12", "辛寨街道开展法律进乡村活动"),
        ("20261110_9001104", "2026-11-10", "东城街道开展消防演练"),
    ]
    zcwj = [
        ("20261110_9001100", "2026/11/10", "临朐县人民政府关于印发临朐县城市供热管理办法的通知"),
        ("20261027_9000950", "2026/10/27", "临朐县人民政府办公室关于加强农村宅基地管理的通知"),
        ("20261015_9000830", "2026/10/15", "临朐县人民政府关于公布县级行政许可事项清单的通知"),
        ("20260928_9000701", "2026/09/28", "临朐县人民政府关于调整征地区片综合地价的通知"),
        ("20260912_9000588", "2026/09/12", "临朐县人民政府办公室关于印发临朐县防汛应急预案的通知"),
    ]
    slides = "\n".join(
        f'<div class="swiper-slide"><a href="{h}" target="_blank"><img src="{img}" alt="{t}"><p>{t}</p></a></div>' for h, img, t in slider
    )
    z1 = "\n".join(f'<li><a href="/xwzx/zwyw/{d[:6]}/t{d}.html" target="_blank">{t}</a><span>{s}</span></li>' for d, s, t in zwyw)
    z2 = "\n".join(
        f'<li><a href="/zwgk/tzgg/{d[:6]}/t{d}.html" target="_blank">{t}</a><span>{d[4:6]}-{d[6:8]}</span></li>' for d, t in tzgg
    )
    z3 = "\n".join(f'<li><a href="/xwzx/bmdt/{d[:6]}/t{d}.html" target="_blank">{t}</a><span>{s}</span></li>' for d, s, t in bmdt)
    z4 = "\n".join(f'<li><a href="/xwzx/xzdt/{d[:6]}/t{d}.html" target="_blank">{t}</a><span>{s}</span></li>' for d, s, t in xzdt)
    z5 = "\n".join(f'<li><span class="d">{s}</span><a href="/zwgk/zcwj/{d[:6]}/t{d}.html" target="_blank">{t}</a></li>' for d, s, t in zcwj)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>临朐县人民政府</title>
<meta name="SiteName" content="临朐县人民政府">
<meta name="SiteDomain" content="www.linqu.gov.cn">
<meta name="SiteIDCode" content="3707240001">
<meta name="keywords" content="临朐,临朐县人民政府,政务公开">
<link rel="stylesheet" href="/images/2023/css/swiper.min.css"><link rel="stylesheet" href="/images/2023/css/index.css">
<script src="/images/2023/js/jquery.min.js"></script><script src="/images/2023/js/swiper.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w">
  <div class="l">{CLOCK_JS}</div>
  <div class="r"><a href="/wza/">无障碍</a><a href="/zzb/">长者版</a><a href="/yddh/">移动版</a><a href="/wzdt/">网站地图</a></div>
</div></div>
<div class="header w"><img src="/images/2023/img/logo.png" alt="临朐县人民政府"><div class="search"><input placeholder="请输入关键词"><button>搜索</button></div></div>
<div class="mainnav"><ul class="w">
  <li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjlq/">走进临朐</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="update-bar w">网站更新时间：2026-11-20 08:30</div>
<div class="w row1">
  <div class="slider swiper-container"><div class="swiper-wrapper">
{slides}
  </div><div class="swiper-pagination"></div></div>
  <div class="box zwyw">
    <div class="box-hd"><h3>政务要闻</h3><a href="/xwzx/zwyw/" class="more">更多&gt;&gt;</a></div>
    <ul class="box-list">
{z1}
    </ul>
  </div>
</div>
<div class="w row2">
  <div class="box tab">
    <div class="box-hd tab-hd"><h3 class="on" data-tab="1">通知公告</h3><h3 data-tab="2">政策文件</h3><a href="/zwgk/tzgg/" class="more">更多</a></div>
    <ul class="box-list tab-bd" id="tab1">
{z2}
    </ul>
    <ul class="box-list tab-bd" id="tab2" style="display:none;">
{z5}
    </ul>
  </div>
  <div class="box">
    <div class="box-hd"><h3>部门动态</h3><a href="/xwzx/bmdt/" class="more">更多</a></div>
    <ul class="box-list">
{z3}
    </ul>
  </div>
  <div class="box">
    <div class="box-hd"><h3>乡镇动态</h3><a href="/xwzx/xzdt/" class="more">更多</a></div>
    <ul class="box-list">
{z4}
    </ul>
  </div>
</div>
<div class="w row3 services">
  <a href="/zwfw/grbs/"><img src="/images/2023/img/ico1.png"><span>个人办事</span></a>
  <a href="/zwfw/frbs/"><img src="/images/2023/img/ico2.png"><span>法人办事</span></a>
  <a href="/hdjl/xzxx/"><img src="/images/2023/img/ico3.png"><span>县长信箱</span></a>
  <a href="/hdjl/zxft/"><img src="/images/2023/img/ico4.png"><span>在线访谈</span></a>
</div>
<div class="w links">友情链接：
  <select onchange="window.open(this.value)"><option>国家部委网站</option><option value="http://www.gov.cn/">中国政府网</option></select>
  <select onchange="window.open(this.value)"><option>省市网站</option><option value="http://www.shandong.gov.cn/">山东省人民政府</option><option value="http://www.weifang.gov.cn/">潍坊市人民政府</option></select>
</div>
<div class="footer"><div class="w">
  <div class="f1">{conac("37/000/0000/60497930/CA370000000604979300001.js")}</div>
  <div class="f2"><p>主办单位：临朐县人民政府办公室　承办单位：临朐县大数据中心　联系电话：0536-3111234</p>
  <p>网站标识码：3707240001　{beian("鲁ICP备05012398号", "37072402000115", "鲁")}</p><p>Copyright &copy; 2026 www.linqu.gov.cn All Rights Reserved. <span id="rundays"></span></p></div>
  <div class="f3">{jiucuo("3707240001", new=True)}</div>
</div></div>
{RUN_DAYS_JS}
<script>var swiper = new Swiper('.swiper-container',{{autoplay:3000,loop:true,pagination:'.swiper-pagination'}});</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 31. City portal home, GBK bytes declared charset=gbk: headline (1, undated) + 要闻 8 (dates
#     "11-19", year in Hanweb /art/2026/11/19/ URLs) + 公示公告 6 (2026年11月18日) + 政策解读 5
#     (no dates) = 20 items. Baked clock text "2026年11月20日 星期五".
@page("home/city_portal_gbk.html", "gbk")
def _p31() -> str:
    yw = [
        ((2026, 11, 19), 3301201, "市委常委会召开会议研究部署冬季安全生产工作"),
        ((2026, 11, 19), 3301195, "市政府与浙江大学签署全面战略合作协议"),
        ((2026, 11, 18), 3301180, "全市数字经济高质量发展大会召开"),
        ((2026, 11, 17), 3301166, "市领导督查重点项目建设进度"),
        ((2026, 11, 16), 3301150, "湖州入选国家首批城市更新示范城市"),
        ((2026, 11, 14), 3301131, "全市“千万工程”现场推进会在安吉召开"),
        ((2026, 11, 13), 3301120, "市人大常委会举行第二十八次会议"),
        ((2026, 11, 12), 3301106, "市政协召开民主监督工作座谈会"),
    ]
    gg = [
        ("2026年11月18日", (2026, 11, 18), 3302090, "湖州市2026年下半年事业单位公开招聘拟聘用人员公示"),
        ("2026年11月17日", (2026, 11, 17), 3302081, "关于湖州市区部分道路实施交通管制的通告"),
        ("2026年11月14日", (2026, 11, 14), 3302070, "湖州市2026年度市级文明单位拟命名名单公示"),
        ("2026年11月12日", (2026, 11, 12), 3302055, "关于开展2026年度湖州市政府质量奖评审的公告"),
        ("2026年11月10日", (2026, 11, 10), 3302041, "湖州市区2026年冬季供气保障公告"),
        ("2026年11月6日", (2026, 11, 6), 3302020, "关于征集2027年市政府民生实事候选项目的公告"),
    ]
    jd = [
        (3303011, "图解：湖州市促进民营经济高质量发展若干措施"),
        (3303008, "一图读懂《湖州市城市供热管理办法》"),
        (3303005, "政策解读：湖州市人才新政（2026版）"),
        (3303002, "《湖州市数字经济促进条例》解读"),
        (3302998, "湖州市养老服务补贴政策问答"),
    ]
    y1 = "\n".join(
        f'<li><a href="/art/{y}/{m}/{d}/art_1229213_{n}.html" target="_blank" title="{t}">{t}</a><span class="date">{m:02d}-{d:02d}</span></li>'
        for (y, m, d), n, t in yw
    )
    y2 = "\n".join(
        f'<tr><td class="t"><a href="/art/{y}/{m}/{d}/art_1229214_{n}.html" target="_blank">{t}</a></td><td class="d">{s}</td></tr>'
        for s, (y, m, d), n, t in gg
    )
    y3 = "\n".join(f'<p><a href="/art/2026/11/{10 + i}/art_1229215_{n}.html" target="_blank">{t}</a></p>' for i, (n, t) in enumerate(jd))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>湖州市人民政府</title>
<meta name="SiteName" content="湖州市人民政府">
<meta name="SiteDomain" content="www.huzhou.gov.cn">
<meta name="SiteIDCode" content="3305000044">
<link href="/images/hz_index.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="hz-top"><div class="w1200"><span class="rq">2026年11月20日 星期五</span><span class="tq">湖州 小雨 8~14℃</span><a href="/col/col1229100/index.html">English</a><a href="/col/col1229101/index.html">无障碍</a></div></div>
<div class="hz-head w1200"><img src="/images/hz_logo.png" alt="湖州市人民政府"></div>
<div class="hz-nav"><div class="w1200"><a href="/">首页</a><a href="/col/col1229210/index.html">新闻中心</a><a href="/col/col1229220/index.html">政务公开</a><a href="/col/col1229230/index.html">政务服务</a><a href="/col/col1229240/index.html">政民互动</a><a href="/col/col1229250/index.html">走进湖州</a></div></div>
<div class="w1200 hz-headline"><h2><a href="/art/2026/11/19/art_1229212_3301210.html" target="_blank">奋力打造生态文明典范城市 加快建设现代化滨湖大城市</a></h2></div>
<div class="w1200 hz-row">
  <div class="hz-box hz-yw">
    <div class="hd"><span>湖州要闻</span><a href="/col/col1229213/index.html">更多</a></div>
    <ul>
{y1}
    </ul>
  </div>
  <div class="hz-box hz-gg">
    <div class="hd"><span>公示公告</span><a href="/col/col1229214/index.html">更多</a></div>
    <table width="100%">
{y2}
    </table>
  </div>
  <div class="hz-box hz-jd">
    <div class="hd"><span>政策解读</span><a href="/col/col1229215/index.html">更多</a></div>
{y3}
  </div>
</div>
<div class="hz-foot"><div class="w1200">
  <p>主办：湖州市人民政府办公室　承办：湖州市大数据发展管理局　网站标识码：3305000044</p>
  <p>{beian("浙ICP备05012345号", "33050202000456", "浙")}　{conac_rendered("07BBE32157290F90E053022819AC3305")}</p>
  <p>本网站由湖州市政府网站集约化平台提供技术支持　建议使用IE9及以上版本浏览器</p>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 32. Hanweb department home: 工作动态 block as a datastore (8 records) + 通知公告 ul (7) +
#     政策法规 (6, dates 2026/10/xx). Stale: newest item 2026-10-30, today 2026-11-20 (clock).
@page("home/dept_home_hanweb.html")
def _p32() -> str:
    gz = [
        ((2026, 10, 30), "市发改委召开三季度经济形势分析会"),
        ((2026, 10, 28), "市发改委赴长兴县调研重大项目"),
        ((2026, 10, 24), "全市重大产业项目推进会召开"),
        ((2026, 10, 21), "市发改委开展节能宣传周活动"),
        ((2026, 10, 17), "市发改委召开党风廉政建设会议"),
        ((2026, 10, 14), "市发改委组织开展价格监督检查"),
        ((2026, 10, 10), "全市粮食安全工作会议召开"),
        ((2026, 10, 8), "市发改委部署国庆节后重点工作"),
    ]
    recs = "\n".join(
        f'<record><![CDATA[\n<li><a href="/art/{y}/{m}/{d}/art_1229500_{5500 - i}.html" target="_blank" title="{t}">{t}</a><span>{y}-{m:02d}-{d:02d}</span></li>]]></record>'
        for i, ((y, m, d), t) in enumerate(gz)
    )
    tz = [
        ((2026, 10, 29), "关于2026年第四季度重点项目申报的通知"),
        ((2026, 10, 27), "2026年度湖州市服务业重点项目名单公示"),
        ((2026, 10, 23), "关于开展2026年度节能目标责任考核的通知"),
        ((2026, 10, 20), "湖州市2026年第三批企业投资项目核准情况公告"),
        ((2026, 10, 15), "关于征集“十五五”规划重大项目的公告"),
        ((2026, 10, 11), "关于调整湖州市区管道天然气销售价格的通知"),
        ((2026, 9, 30), "关于国庆期间重要商品价格监测的通知"),
    ]
    t2 = "\n".join(
        f'<li><span class="time">{y}-{m:02d}-{d:02d}</span><a href="/art/{y}/{m}/{d}/art_1229501_{6600 - i}.html" target="_blank">{t}</a></li>'
        for i, ((y, m, d), t) in enumerate(tz)
    )
    fg = [
        ("2026/10/26", "湖州市发展和改革委员会行政执法公示办法"),
        ("2026/10/12", "湖州市政府投资项目管理办法"),
        ("2026/09/25", "湖州市社会信用体系建设实施意见"),
        ("2026/09/10", "湖州市价格监测管理办法"),
        ("2026/08/28", "湖州市重点建设项目管理规定"),
        ("2026/08/15", "湖州市节能审查实施办法"),
    ]
    t3 = "\n".join(
        f'<dl><dt><a href="/art/{d[:4]}/{int(d[5:7])}/{int(d[8:])}/art_1229502_{7700 - i}.html" target="_blank">{t}</a></dt><dd>{d}</dd></dl>'
        for i, (d, t) in enumerate(fg)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>湖州市发展和改革委员会</title>
<meta name="SiteName" content="湖州市发展和改革委员会">
<meta name="SiteDomain" content="fgw.huzhou.gov.cn">
<meta name="SiteIDCode" content="3305000011">
<link rel="stylesheet" href="/images/fgw_index.css">
<script src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="top"><div class="w"><span class="clock">今天是：2026年11月20日 星期五</span><a href="/col/col1229400/index.html">网站地图</a></div></div>
<div class="logo w"><img src="/images/fgw_logo.png" alt="湖州市发展和改革委员会"></div>
<div class="menu"><div class="w"><a href="/">首页</a><a href="/col/col1229490/index.html">机构概况</a><a href="/col/col1229500/index.html">工作动态</a><a href="/col/col1229520/index.html">信息公开</a><a href="/col/col1229530/index.html">办事服务</a><a href="/col/col1229540/index.html">互动交流</a></div></div>
<div class="w main">
  <div class="box b1">
    <div class="hd"><h3>工作动态</h3><a class="more" href="/col/col1229500/index.html">更多</a></div>
    <div class="bd">
<div id="4410"><script type="text/xml"><datastore>
<recordset>
{recs}
</recordset>
</datastore>
</script></div>
<script>$('#4410').jpage({{dataStore:dataStore,totalRecord:8,perPage:8,showMode:'none',dataBefore:'<ul class="list">',dataAfter:'</ul>'}});</script>
    </div>
  </div>
  <div class="box b2">
    <div class="hd"><h3>通知公告</h3><a class="more" href="/col/col1229501/index.html">更多</a></div>
    <ul class="list2">
{t2}
    </ul>
  </div>
  <div class="box b3">
    <div class="hd"><h3>政策法规</h3><a class="more" href="/col/col1229502/index.html">更多</a></div>
    <div class="list3">
{t3}
    </div>
  </div>
  <div class="box b4">
    <div class="hd"><h3>信息公开</h3></div>
    <ul class="gk-links"><li><a href="/col/col1229521/index.html">信息公开指南</a></li><li><a href="/col/col1229522/index.html">信息公开制度</a></li><li><a href="/col/col1229523/index.html">信息公开年报</a></li><li><a href="/col/col1229524/index.html">依申请公开</a></li></ul>
  </div>
</div>
<div class="foot"><div class="w">主办：湖州市发展和改革委员会　网站标识码：3305000011　{beian("浙ICP备05012399号", "33050202000457", "浙")}　{conac("33/000/0000/60497932/CA330000000604979320001.js")}</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 33. TRS article with PubDate meta (2026-11-18 09:30); lead paragraph dates, a future
#     施行 date, 上一篇/下一篇 links and a 相关阅读 list with NEWER dates.
@page("article/trs_pubdate_related.html")
def _p33() -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>临沂市人民政府关于印发临沂市城市供热管理办法的通知_临沂市人民政府</title>
<meta name="SiteName" content="临沂市人民政府">
<meta name="SiteDomain" content="www.linyi.gov.cn">
<meta name="SiteIDCode" content="3713000001">
<meta name="ColumnName" content="市政府文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="临沂市人民政府关于印发临沂市城市供热管理办法的通知">
<meta name="PubDate" content="2026-11-18 09:30">
<meta name="ContentSource" content="临沂市人民政府办公室">
<meta name="Keywords" content="供热,管理办法">
<link rel="stylesheet" href="/images/detail.css">
</head>
<body>
<div class="top">{CLOCK_JS}</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwgk/zcwj/">政策文件</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="../">市政府文件</a> &gt; 正文</div>
<div class="detail">
  <table class="xxgk-info">
    <tr><th>索引号</th><td>11371300004330541K/2026-00211</td><th>发布机构</th><td>临沂市人民政府</td></tr>
    <tr><th>成文日期</th><td>2026-11-12</td><th>发布日期</th><td>2026-11-18</td></tr>
    <tr><th>文号</th><td>临政发〔2026〕21号</td><th>有效性</th><td>有效</td></tr>
  </table>
  <h1 class="title">临沂市人民政府关于印发临沂市城市供热管理办法的通知</h1>
  <div class="info"><span>发布时间：2026-11-18 09:30</span><span>来源：临沂市人民政府办公室</span><span>浏览次数：<script src="/module/visitcount/articlehits.jsp?colid=221&artid=4421203"></script></span>
    <span class="font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
  <div class="TRS_Editor" id="fontzoom">
    <p>各县区人民政府（管委会），市政府各部门（单位），各有关企业：</p>
    <p>《临沂市城市供热管理办法》已经2026年11月10日市政府第58次常务会议研究通过，现印发给你们，请认真贯彻执行。本办法自2026年12月20日起施行，有效期至2031年12月19日。</p>
    <p style="text-align:right">临沂市人民政府</p>
    <p style="text-align:right">2026年11月12日</p>
    <p>（此件公开发布）</p>
    <p>11月17日，市政府召开新闻发布会对本办法进行了解读。</p>
  </div>
  <div class="fj">附件：<a href="./P020261118512345678901.pdf">临沂市城市供热管理办法.pdf</a></div>
  <div class="share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="prevnext">
    <p>上一篇：<a href="./t20261115_4421190.html">临沂市人民政府关于公布市级行政许可事项清单的通知</a></p>
    <p>下一篇：<a href="./t20261119_4421220.html">临沂市人民政府关于2026年度市级预算调整的通知</a></p>
  </div>
  <div class="related">
    <h3>相关阅读</h3>
    <ul>
      <li><a href="/zwgk/zcjd/202611/t20261119_4421225.html">图解：《临沂市城市供热管理办法》</a><span>2026-11-19</span></li>
      <li><a href="/zwgk/zcjd/202611/t20261120_4421230.html">《临沂市城市供热管理办法》政策解读</a><span>2026-11-20</span></li>
      <li><a href="/xwzx/zwyw/202611/t20261117_4421180.html">市政府召开常务会议</a><span>2026-11-17</span></li>
    </ul>
  </div>
</div>
<div class="footer">主办：临沂市人民政府办公室　网站标识码：3713000001　{beian("鲁ICP备05031301号", "37130202000001", "鲁")}　{conac("37/000/0000/60497933/CA370000000604979330001.js")}</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 34. Hanweb article, no PubDate meta; visible "发布时间：2026-11-13 16:05" differs from the URL
#     date /art/2026/11/12/; attachments; sidebar 最新信息 with newer dates.
@page("article/hanweb_fbsj_nometa.html")
def _p34() -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>无锡市新吴区 关于开展2026年度区级科技计划项目申报工作的通知</title>
<meta name="SiteName" content="无锡市新吴区人民政府">
<meta name="SiteIDCode" content="3202140001">
<meta name="ColumnName" content="通知公告">
<link href="/images/xw_art.css" rel="stylesheet">
</head>
<body>
<div class="head"><div class="w">{CLOCK_JS} <a href="/">首页</a></div></div>
<div class="w pos">您的位置：<a href="/">首页</a> &gt; <a href="/col/col1234/index.html">通知公告</a></div>
<div class="w">
  <div class="art-main">
    <div class="art-title">关于开展2026年度区级科技计划项目申报工作的通知</div>
    <div class="art-info">
      <span>发布时间：2026-11-13 16:05</span>&nbsp;&nbsp;<span>信息来源：区科技局</span>&nbsp;&nbsp;<span>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1234&artid=567890"></script></span>
    </div>
    <div class="art-content" id="zoom">
      <!--ZJEG_RSS.content.begin--><meta name="ContentStart">
      <p>各有关单位：</p>
      <p>根据《无锡市新吴区科技计划项目管理办法》（锡新管发〔2024〕3号），现组织开展2026年度区级科技计划项目申报工作。申报截止时间为2026年12月10日17:00。</p>
      <p>联系人：张珺，电话：0510-85221234。</p>
      <meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
    </div>
    <div class="art-fj">附件：<a href="/module/download/downfile.jsp?classid=0&filename=2611131605123.doc">1.2026年度区级科技计划项目申报书.doc</a><br>
    <a href="/module/download/downfile.jsp?classid=0&filename=2611131605456.xlsx">2.项目汇总表.xlsx</a></div>
    <div class="art-tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
    <div class="art-nav"><a href="/art/2026/11/11/art_1234_567850.html">上一篇：关于2026年第三批高新技术企业培育入库名单的公示</a><a href="/art/2026/11/14/art_1234_567920.html">下一篇：关于开展冬季安全生产检查的通知</a></div>
  </div>
  <div class="art-side">
    <div class="hd">最新信息</div>
    <ul>
      <li><a href="/art/2026/11/19/art_1235_568100.html">新吴区召开冬季安全生产工作会议</a><span>2026-11-19</span></li>
      <li><a href="/art/2026/11/18/art_1235_568080.html">区领导调研重点产业项目</a><span>2026-11-18</span></li>
    </ul>
  </div>
</div>
<div class="foot">主办：无锡市新吴区人民政府　网站标识码：3202140001　{beian("苏ICP备11012345号", "32021402000345", "苏")}　{jiucuo("3202140001")}</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 35. Old-style article, GBK bytes declared gb2312, no PubDate meta: "发布日期：2019年12月03日",
#     body mentions 2020年1月1日起, footer 2008-2026.
@page("article/gbk_old_article.html", "gbk")
def _p35() -> str:
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于调整城区居民生活用水价格的公告</title>
<link href="../../../images/nr.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="../../../images/top.jpg" width="980" height="140"></td></tr>
  <tr><td class="nav"><a href="../../../">首页</a> | <a href="../../">政务公开</a> | <a href="../">公示公告</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="30" class="wz">当前位置：<a href="../../../">首页</a> &gt; <a href="../../">政务公开</a> &gt; <a href="../">公示公告</a></td></tr>
  <tr><td align="center" class="bt" height="60"><b>关于调整城区居民生活用水价格的公告</b></td></tr>
  <tr><td align="center" class="sj" height="30">发布日期：2019年12月03日 &nbsp;&nbsp; 来源：县发展和改革局 &nbsp;&nbsp; 作者：王镕 &nbsp;&nbsp; 【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
  <tr><td class="nr" style="padding:20px;line-height:30px;">
    <p>　　根据《中华人民共和国价格法》和《城镇供水价格管理办法》等有关规定，经县人民政府同意，现将城区居民生活用水价格调整事项公告如下：</p>
    <p>　　一、城区居民生活用水价格由每立方米2.80元调整为3.10元。</p>
    <p>　　二、本公告自2020年1月1日起执行。</p>
    <p align="right">县发展和改革局</p>
    <p align="right">2019年11月28日</p>
  </td></tr>
</table>
<table width="980" border="0" align="center" class="foot"><tr><td align="center">
  版权所有：宿松县人民政府 2008-2026 &nbsp; 网站标识码：3408260001 &nbsp; 皖ICP备05001111号
</td></tr></table>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 36. Small soft 404 (HTTP 200): site name as <title>, "对不起，您要访问的页面不存在或已删除！",
#     meta refresh + countdown back to the homepage.
@page("soft404/simple_refresh.html")
def _p36() -> str:
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="5;url=http://www.kaixian.gov.cn/">
<title>开州区人民政府</title>
<style>body{background:#f5f5f5;font-family:"Microsoft YaHei"}.box{width:600px;margin:120px auto;background:#fff;padding:40px;text-align:center}</style>
</head>
<body>
<div class="box">
  <img src="/images/404.png" alt="">
  <h2>对不起，您要访问的页面不存在或已删除！</h2>
  <p><span id="sec">5</span> 秒后自动返回<a href="http://www.kaixian.gov.cn/">网站首页</a></p>
</div>
<script>
var s = 5;
setInterval(function(){ s--; if (s >= 0) document.getElementById("sec").innerHTML = s; if (s == 0) location.href = "http://www.kaixian.gov.cn/"; }, 1000);
</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 37. Soft 404 wrapped in the full site template (nav, crumbs, a live 最新动态 sidebar with dates).
@page("soft404/full_template_sidebar.html")
def _p37() -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>平江县人民政府</title>
<meta name="SiteName" content="平江县人民政府">
<meta name="SiteIDCode" content="4306260001">
<link rel="stylesheet" href="/images/pj_common.css">
</head>
<body>
<div class="pj-top"><div class="w">{CLOCK_JS}<a href="/">首页</a><a href="/wzdt/">网站地图</a></div></div>
<div class="pj-head w"><img src="/images/pj_logo.png" alt="平江县人民政府"></div>
<div class="pj-nav"><div class="w"><a href="/">首页</a><a href="/col/col5560/index.html">新闻中心</a><a href="/col/col5565/index.html">政务公开</a><a href="/col/col5570/index.html">政务服务</a><a href="/col/col5575/index.html">互动交流</a></div></div>
<div class="w pj-main">
  <div class="pj-crumb">当前位置：<a href="/">首页</a> &gt; 页面提示</div>
  <div class="pj-left">
    <div class="pj-box"><h3>最新动态</h3>
      <ul>
        <li><a href="/art/2026/11/19/art_5561_900123.html">平江县召开冬季森林防火工作会议</a><span>2026-11-19</span></li>
        <li><a href="/art/2026/11/18/art_5561_900110.html">县领导调研农村饮水安全工作</a><span>2026-11-18</span></li>
        <li><a href="/art/2026/11/17/art_5561_900098.html">平江县举办乡村振兴培训班</a><span>2026-11-17</span></li>
        <li><a href="/art/2026/11/16/art_5561_900085.html">全县重点项目建设推进会召开</a><span>2026-11-16</span></li>
        <li><a href="/art/2026/11/13/art_5561_900060.html">平江县开展消防安全宣传活动</a><span>2026-11-13</span></li>
        <li><a href="/art/2026/11/12/art_5561_900051.html">县政协召开常委会议</a><span>2026-11-12</span></li>
      </ul>
    </div>
  </div>
  <div class="pj-right">
    <div class="pj-404">
      <img src="/images/pj_404.png" alt="">
      <p class="tip">很抱歉，您访问的信息已删除或不存在！</p>
      <p>您可以：<a href="/">返回首页</a> 或 <a href="/jrobot/search.do?webid=56">站内搜索</a></p>
    </div>
  </div>
</div>
<div class="pj-foot"><div class="w">主办：平江县人民政府办公室　网站标识码：4306260001　{beian("湘ICP备05004321号", "43062602000017", "湘")}　{conac("43/000/0000/60497937/CA430000000604979370001.js")}</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 38. Cloud WAF block page served with 200: "您的访问请求可能对网站造成安全威胁，请求已被拦截",
#     event id, timestamp, client IP.
@page("blocked/waf_intercept.html")
def _p38() -> str:
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>访问被拦截</title>
<style>
*{margin:0;padding:0}body{background:#fff;font:14px/1.6 "Microsoft YaHei",Arial}
.wrap{max-width:720px;margin:80px auto;border:1px solid #e5e5e5;padding:40px}
.wrap h1{color:#e4393c;font-size:22px;margin-bottom:20px}.wrap table td{padding:4px 10px;color:#666}
</style>
</head>
<body>
<div class="wrap">
  <img src="/waf_static/shield.png" alt="" width="80">
  <h1>您的访问请求可能对网站造成安全威胁，请求已被网站云防护拦截</h1>
  <p>如果您是网站管理员，请登录安全防护管理平台查看拦截日志。若您认为这是误报，请将以下信息提供给网站管理员：</p>
  <table>
    <tr><td>拦截时间：</td><td>2026-11-20 10:15:32</td></tr>
    <tr><td>事件ID：</td><td>b3f1e2d4c5a6978812ab34cd56ef7890</td></tr>
    <tr><td>您的IP：</td><td>203.0.113.45</td></tr>
    <tr><td>拦截原因：</td><td>检测到SQL注入攻击特征</td></tr>
    <tr><td>请求地址：</td><td>www.rugao.gov.cn/zwgk/tzgg/index.html</td></tr>
  </table>
  <p style="margin-top:20px;color:#999">网站云防护 · 政务云安全中心</p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 39. JS anti-bot challenge (瑞数-style) served with 200: nearly empty body, an obfuscated meta,
#     $_ts bootstrap, external challenge script, "请开启JavaScript并刷新该页" noscript.
@page("blocked/js_challenge.html")
def _p39() -> str:
    blob = "".join("qhzrrAAmWPoGgWtlcqnKpsQG7dWKTAlzGhpbkBx3AE1Ue9XvG5i0TQ_pt"[i % 57] for i in range(900))
    meta = "".join("{5pKb3n8sBDVAZxMt0yUWmk2jCOEIdLcgiTlY.Gr_RHN6fQaPJ1vhe9ouXFS7w4q}"[i * 7 % 65] for i in range(380))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="Pragma" content="no-cache">
<meta http-equiv="Cache-Control" content="no-cache, no-store, must-revalidate">
<meta http-equiv="Expires" content="0">
<meta content="{meta}" id="9DhefwqGPrzGxEp9hPaoag" r='m'>
<script type="text/javascript" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={{}};$_ts.nsd=71253;$_ts.cd="{blob}";if($_ts.lcd)$_ts.lcd();</script>
<script type="text/javascript" charset="utf-8" src="/4QbVtADbnLVIc/c.FxJzG50F.1e0d6f1.js" r='m'></script>
</head>
<body>
<noscript>请开启JavaScript并刷新该页.</noscript>
<script type="text/javascript" r='m'>_$Fl();</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 40. Blank column with the placeholder as plain text in a div ("本栏目正在建设中……"); nav has
#     javascript:alert('该栏目正在建设中...') links; a sidebar with dated items.
@page("generic/ghjh_blank_construction.html")
def _p40() -> str:
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>规划计划 - 莆田市涵江区人民政府</title>
<meta name="SiteName" content="莆田市涵江区人民政府">
<meta name="SiteIDCode" content="3503030001">
<meta name="ColumnName" content="规划计划">
<meta name="ColumnType" content="规划计划">
<link rel="stylesheet" href="/static/hj/css/list.css">
</head>
<body>
<div class="hj-top"><div class="container">{CLOCK_JS}<span class="ipv6">本网站支持IPv6</span></div></div>
<div class="hj-header container"><img src="/static/hj/img/logo.png" alt="涵江区人民政府"></div>
<div class="hj-nav"><div class="container">
  <a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="javascript:alert('该栏目正在建设中...')">数据开放</a><a href="javascript:alert('该栏目正在建设中...')">专题专栏</a><a href="/hdjl/">互动交流</a>
</div></div>
<div class="container hj-body">
  <div class="hj-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 规划计划</div>
  <div class="hj-left">
    <h3>信息公开</h3>
    <ul><li><a href="/xxgk/jgzn/">机构职能</a></li><li><a href="/xxgk/zcwj/">政策文件</a></li><li class="on"><a href="/xxgk/ghjh/">规划计划</a></li><li><a href="/xxgk/tjxx/">统计信息</a></li></ul>
    <div class="hj-news"><h4>要闻动态</h4>
      <div class="item"><a href="/xxgk/zwyw/202611/t20261119_1880123.htm">涵江区召开冬季安全生产工作会议</a><em>2026-11-19</em></div>
      <div class="item"><a href="/xxgk/zwyw/202611/t20261118_1880110.htm">区领导调研重点项目</a><em>2026-11-18</em></div>
    </div>
  </div>
  <div class="hj-right">
    <div class="hj-col-title"><span>规划计划</span></div>
    <div class="hj-list-box">
      <div class="no-data">本栏目正在建设中……</div>
    </div>
  </div>
</div>
<div class="hj-foot"><div class="container">
  <p>主办：莆田市涵江区人民政府办公室　网站标识码：3503030001　{beian("闽ICP备06012345号", "35030302000022", "闽")}</p>
  <p>{conac("35/000/0000/60497940/CA350000000604979400001.js")} 版权所有 &copy; 2026</p>
</div></div>
</body>
</html>
"""
