"""TRS WCM (classic) and TRS 海云 pages."""

from __future__ import annotations

from _common import CLOCK_JS, RUN_DAYS_JS, baidu, beian, conac, jiucuo

PAGES: list[tuple[str, str, str]] = []


def page(path: str, encoding: str = "utf-8"):
    def deco(fn):
        PAGES.append((path, fn(), encoding))
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
# 1. TRS WCM classic, ul.u-list li > a + span, classic inline pager (currentPage/countPage).
#    First item: URL t20261119 but shown 2026-11-18 (shown wins). Sidebar 热点 has 11-19/11-20.
@page("trs_wcm/fgw_gzdt_index.html")
def _p01() -> str:
    items = [
        ("20261119_8812377", "2026-11-18", "市发展改革委召开全市重点项目建设推进会议", None),
        ("20261118_8812361", "2026-11-18", "我委赴兰山区调研以工代赈项目实施情况", None),
        ("20261117_8812302", "2026-11-17", "市发展改革委党组理论学习中心组开展集体学习", None),
        ("20261116_8812250", "2026-11-16", "全市社会信用体系建设工作推进会召开", None),
        ("20261113_8811984", "2026-11-13", "市发展改革委开展粮食安全宣传周系列活动", None),
        ("20261112_8811903", "2026-11-12", "我市3个项目入选省级服务业创新发展区名单", None),
        ("20261111_8811877", "2026-11-11", "市发展改革委组织开展价格监测业务培训", None),
        ("20261110_8811790", "2026-11-10", "市领导调度全市能耗双控和节能降碳工作", None),
        ("20261106_8811522", "2026-11-06", "我委召开优化营商环境专题座谈会，听取企业意见建议", "我委召开优化营商环境专题座谈会..."),
        ("20261105_8811437", "2026-11-05", "全市重大项目观摩评议活动启动", None),
        ("20261104_8811390", "2026-11-04", "市发展改革委到联系村开展“我为群众办实事”活动", None),
        ("20261103_8811301", "2026-11-03", "我市召开“十五五”规划编制工作专家咨询会", None),
        ("20261030_8810995", "2026-10-30", "市发展改革委召开第三季度经济运行分析会", None),
        ("20261029_8810921", "2026-10-29", "全市物流降本增效工作现场会在临港区召开", None),
        ("20261028_8810876", "2026-10-28", "我委开展安全生产大检查“回头看”", None),
        ("20261027_8810802", "2026-10-27", "市发展改革委举办2026年度统计业务培训班", None),
        ("20261023_8810533", "2026-10-23", "我市新增2家省级工程研究中心", None),
        ("20261022_8810480", "2026-10-22", "市发展改革委召开民营经济发展工作推进会", None),
        ("20261021_8810414", "2026-10-21", "全市价格认定业务能力提升培训班举办", None),
        ("20261020_8810390", "2026-10-20", "市发展改革委传达学习全省发展改革工作会议精神", None),
    ]
    lis = []
    for doc, shown, title, short in items:
        ym = doc[:6]
        lis.append(
            f'            <li><a href="./{ym}/t{doc}.html" target="_blank" title="{title}">{short or title}</a>'
            f"<span>{shown}</span></li>"
        )
    rows = "\n".join(lis)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>工作动态_临沂市发展和改革委员会</title>
<meta name="SiteName" content="临沂市发展和改革委员会">
<meta name="SiteDomain" content="fgw.linyi.gov.cn">
<meta name="SiteIDCode" content="3713000011">
<meta name="ColumnName" content="工作动态">
<meta name="ColumnDescription" content="发布市发展改革委工作动态信息">
<meta name="ColumnKeywords" content="工作动态,发改动态">
<meta name="ColumnType" content="工作动态">
<link rel="stylesheet" type="text/css" href="../../images/common.css" />
<link rel="stylesheet" type="text/css" href="../../images/list.css" />
<script type="text/javascript" src="../../images/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <div class="fl">{CLOCK_JS}</div>
    <div class="fr"><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a> | <a href="http://fgw.linyi.gov.cn/wza/">无障碍浏览</a> | <a href="http://fgw.linyi.gov.cn/ydb/">移动版</a></div>
  </div>
</div>
<div class="header"><div class="w1200"><a href="../../" class="logo"><img src="../../images/logo.png" alt="临沂市发展和改革委员会"></a>
  <form class="search" action="http://www.linyi.gov.cn/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="11"><input name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
  <li><a href="../../">首页</a></li>
  <li class="on"><a href="../">新闻动态</a></li>
  <li><a href="../../zwgk/">政务公开</a></li>
  <li><a href="../../zcwj/">政策文件</a></li>
  <li><a href="../../xmjs/">项目建设</a></li>
  <li><a href="../../jgsf/">价格收费</a></li>
  <li><a href="../../hdjl/">互动交流</a></li>
</ul></div>
<div class="w1200 main clearfix">
  <div class="left-side">
    <div class="side-tit">新闻动态</div>
    <ul class="side-menu">
      <li class="cur"><a href="./">工作动态</a></li>
      <li><a href="../tzgg/">通知公告</a></li>
      <li><a href="../xqdt/">县区动态</a></li>
      <li><a href="../mtgz/">媒体关注</a></li>
    </ul>
    <div class="side-box">
      <div class="side-box-tit">热点信息</div>
      <ul class="hot-list">
        <li><a href="../../zwgk/tzgg/202611/t20261120_8812401.html" title="关于开展2026年度重点项目中期评估的通知">关于开展2026年度重点项目中期评估的通知</a><span>2026-11-20</span></li>
        <li><a href="../../zcwj/202611/t20261119_8812388.html" title="临沂市促进民间投资高质量发展若干措施">临沂市促进民间投资高质量发展若干措施</a><span>2026-11-19</span></li>
        <li><a href="../../jgsf/202611/t20261119_8812380.html" title="11月第3周重要民生商品价格监测">11月第3周重要民生商品价格监测</a><span>2026-11-19</span></li>
      </ul>
    </div>
  </div>
  <div class="right-main">
    <div class="position">当前位置：<a href="../../">首页</a> &gt; <a href="../">新闻动态</a> &gt; <span>工作动态</span></div>
    <div class="list-tit"><h3>工作动态</h3></div>
    <div class="list-main">
        <ul class="u-list">
{rows}
        </ul>
    </div>
    <div class="page">
<script type="text/javascript">
var currentPage = 0;//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = 17//共多少页
//设置上一页代码
if(countPage>1&&currentPage!=0&&currentPage!=1)
	document.write("<a href=\\"index"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");
else if(countPage>1&&currentPage!=0&&currentPage==1)
	document.write("<a href=\\"index.html\\">上一页</a>&nbsp;");
else
	document.write("上一页&nbsp;");
//设置下一页代码
if(countPage>1&&currentPage!=(countPage-1))
	document.write("<a href=\\"index"+"_" + nextPage + "."+"html\\" >下一页</a>&nbsp;");
else
	document.write("下一页&nbsp;");
document.write("共"+countPage+"页");
</script>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="foot-l">{conac("37/000/0000/60497901/CA370000000604979010001.js")}</div>
    <div class="foot-c">
      <p>主办单位：临沂市发展和改革委员会 &nbsp; 地址：临沂市北城新区蒙河路11号 &nbsp; 联系电话：0539-8721000</p>
      <p>网站标识码：3713000011 &nbsp; {beian("鲁ICP备05031312号-1", "37130202000123", "鲁")}</p>
      <p>Copyright &copy; 2026 临沂市发展和改革委员会 All Rights Reserved. <span id="rundays"></span></p>
    </div>
    <div class="foot-r">{jiucuo("3713000011")}</div>
  </div>
</div>
{RUN_DAYS_JS}
{baidu("8f1c2a7d3e0b9a6c5d4e3f2a1b0c9d8e")}
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 2. TRS WCM, page 4 (index_3.html) of 9; createPageHTML(9, 3, …); a commented-out
#    //createPageHTML(9, 0, …) sits above it. Date span inside the anchor, before the title,
#    YYYY/M/D unpadded. Sidebar 最新公告 with November dates.
@page("trs_wcm/tzgg_index_3.html")
def _p02() -> str:
    items = [
        ("2026/7/22", "20260722_99341", "通知", "关于开展2026年秋季学期学生资助政策宣传工作的通知"),
        ("2026/7/20", "20260720_99322", "公示", "2026年县级农业产业化重点龙头企业拟认定名单公示"),
        ("2026/7/17", "20260717_99287", "通知", "关于做好防汛抗旱和地质灾害防治工作的紧急通知"),
        ("2026/7/15", "20260715_99250", "公告", "关于城区部分路段实施交通管制的公告"),
        ("2026/7/14", "20260714_99231", "公示", "县人民医院门诊楼改造项目环境影响评价公示"),
        ("2026/7/10", "20260710_99190", "通知", "关于组织申报2026年度县级科技计划项目的通知"),
        ("2026/7/8", "20260708_99162", "公告", "关于2026年度农村危房改造对象认定结果的公告"),
        ("2026/7/3", "20260703_99110", "通知", "关于开展城乡居民医疗保险集中参保缴费工作的通知"),
        ("2026/7/1", "20260701_99089", "公示", "县级政府投资项目2026年第二批计划公示"),
        ("2026/6/28", "20260628_99051", "通告", "关于禁止在城区燃放烟花爆竹的通告"),
        ("2026/6/25", "20260625_99020", "通知", "关于做好2026年高考期间噪声污染防治工作的通知"),
        ("2026/6/21", "20260621_98977", "公示", "2026年度“最美家庭”拟推荐对象公示"),
        ("2026/6/18", "20260618_98944", "公告", "关于征集2027年县级民生实事项目的公告"),
        ("2026/6/15", "20260615_98910", "通知", "关于开展安全生产月活动的通知"),
        ("2026/6/12", "20260612_98870", "公示", "县第二中学教学楼建设项目中标候选人公示"),
    ]
    rows = "\n".join(
        f'<li><a href="./{doc[:6]}/t{doc}.html" target="_blank" title="{title}"><span class="date">{shown}</span>'
        f'<span class="jd_danwei"> 【{tag}】 </span>{title}</a></li>'
        for shown, doc, tag, title in items
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>通知公告-沂源县人民政府</title>
<meta name="SiteName" content="沂源县人民政府">
<meta name="SiteDomain" content="www.yyx.gov.cn">
<meta name="SiteIDCode" content="3703230001">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="others" content="页面生成时间 2026-11-20 02:14:37">
<link href="/images/2021/css/base.css" rel="stylesheet">
<script src="/images/2021/js/jquery.min.js"></script>
</head>
<body>
<header class="hd">
  <div class="hd-top"><span class="weather"><iframe allowtransparency="true" frameborder="0" width="180" height="36" scrolling="no" src="//tianqi.2345.com/plugin/widget/index.htm?s=3&z=2&t=0&v=0&d=3&bd=0&k=&f=&ltf=009944&htf=cc0000&q=1&e=1&a=1&c=54830&w=180&h=36&align=center"></iframe></span>
  <span class="ipv6">本网站支持IPv6</span> <a href="/wza/" class="wza">适老化无障碍服务</a></div>
  <div class="hd-logo"><img src="/images/2021/logo.png" alt="沂源县人民政府"></div>
  <nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zmhd/">政民互动</a><a href="/zwfw/">政务服务</a><a href="/zjyy/">走进沂源</a></nav>
</header>
<section class="crumbs"><a href="/">首页</a><i>&gt;</i><a href="/zwgk/">政务公开</a><i>&gt;</i><a href="./index.html">通知公告</a></section>
<section class="wrap">
  <aside class="aside">
    <h2>政务公开</h2>
    <ul class="sub-nav"><li><a href="../zwyw/">政务要闻</a></li><li class="active"><a href="./">通知公告</a></li><li><a href="../zcwj/">政策文件</a></li><li><a href="../rsxx/">人事信息</a></li></ul>
    <div class="aside-news">
      <h3>最新公告</h3>
      <ul>
        <li><a href="./202611/t20261119_101221.html"><span class="date">2026/11/19</span>关于冬季清洁取暖补贴申领的通知</a></li>
        <li><a href="./202611/t20261118_101200.html"><span class="date">2026/11/18</span>2026年第四批就业见习单位公示</a></li>
        <li><a href="./202611/t20261117_101187.html"><span class="date">2026/11/17</span>关于城区集中供热开始供暖的公告</a></li>
      </ul>
    </div>
  </aside>
  <article class="content">
    <div class="col-title"><h1>通知公告</h1></div>
    <div class="news_list list_con">
      <ul>
{rows}
      </ul>
    </div>
    <div class="fy" id="fy">
      <script language="JavaScript" src="/images/2021/js/page.js"></script>
      <script>
      //createPageHTML(9, 0, "index", "html");
      createPageHTML(9, 3, "index", "html");
      </script>
    </div>
  </article>
</section>
<footer class="ft">
  <div class="ft-links">友情链接：<select onchange="if(this.value)window.open(this.value)"><option value="">--市直部门--</option><option value="http://www.zibo.gov.cn/">淄博市人民政府</option><option value="http://www.shandong.gov.cn/">山东省人民政府</option></select></div>
  <p>{conac("37/000/0000/60497902/CA370000000604979020001.js")} 主办：沂源县人民政府办公室 承办：沂源县大数据中心</p>
  <p>网站标识码：3703230001 {beian("鲁ICP备12003456号", "37032302000077", "鲁")}</p>
  <p>版权所有 &copy; 2008-2026 沂源县人民政府 &nbsp; 建议使用1366*768分辨率 {jiucuo("3703230001", new=True)}</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 3. TRS WCM last page (index_4.shtml, page 5/5), numeric-first 6-arg createPageHTML.
#    No displayed dates at all: dates only in URLs (tYYYYMMDD, P0YYYYMMDD attachments).
#    Titles carry dates ("自2020年1月1日起施行") that are not item dates. Off-site item.
@page("trs_wcm/zcwj_last_nodates.html")
def _p03() -> str:
    rows = """        <li><a href="./201911/t20191105_3301127.shtml" target="_blank" title="县人民政府关于印发红安县城区停车场管理办法的通知（自2020年1月1日起施行）">县人民政府关于印发红安县城区停车场管理办法的通知（自2020年1月1日起施行）</a><span class="wh">红政发〔2019〕12号</span></li>
        <li><a href="./201910/t20191021_3300954.shtml" target="_blank" title="县人民政府办公室关于做好2020年元旦春节期间市场供应工作的通知">县人民政府办公室关于做好2020年元旦春节期间市场供应工作的通知</a><span class="wh">红政办发〔2019〕31号</span></li>
        <li><a href="./201909/P020190912587463210987.pdf" target="_blank" title="红安县2019年农村公路建设实施方案（附件）">红安县2019年农村公路建设实施方案（附件）</a><span class="wh">红政办函〔2019〕45号</span></li>
        <li><a href="http://www.hg.gov.cn/zfxxgk/fdzdgknr/zcwj/201908/t20190826_1612345.shtml" target="_blank" title="黄冈市人民政府关于进一步加强耕地保护的意见">黄冈市人民政府关于进一步加强耕地保护的意见</a><span class="wh">黄政发〔2019〕9号</span></li>
        <li><a href="./201908/t20190815_3299871.shtml" target="_blank" title="县人民政府关于调整县城区土地级别与基准地价的通知">县人民政府关于调整县城区土地级别与基准地价的通知</a><span class="wh">红政发〔2019〕10号</span></li>
        <li><a href="./201907/P020190730412233445566.doc" target="_blank" title="红安县2019-2021年城乡环境综合整治三年行动计划">红安县2019-2021年城乡环境综合整治三年行动计划</a><span class="wh">红政办发〔2019〕22号</span></li>
        <li><a href="./201906/t20190618_3298765.shtml" target="_blank" title="县人民政府关于印发红安县政府投资项目管理办法的通知">县人民政府关于印发红安县政府投资项目管理办法的通知</a><span class="wh">红政发〔2019〕7号</span></li>"""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>政府文件 - 红安县人民政府</title>
<meta name="SiteName" content="红安县人民政府">
<meta name="SiteDomain" content="www.hongan.gov.cn">
<meta name="SiteIDCode" content="4211220001">
<meta name="ColumnName" content="政府文件">
<meta name="ColumnType" content="政策文件">
<link rel="stylesheet" href="/r/cms/www/red/css/xxgk.css">
</head>
<body class="xxgk">
<div id="header">
  <div class="logo"><img src="/r/cms/www/red/img/logo_xxgk.png" alt="红安县人民政府信息公开"></div>
  <div class="menu"><a href="/">网站首页</a><a href="/zfxxgk/">信息公开</a><a href="/zfxxgk/zfxxgkzn/">公开指南</a><a href="/zfxxgk/zfxxgkzd/">公开制度</a><a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a><a href="/zfxxgk/zfxxgknb/">公开年报</a></div>
</div>
<div id="container">
  <div class="xxgk-left">
    <h3>主动公开目录</h3>
    <ul class="tree">
      <li><a href="../jgzn/">机构职能</a></li>
      <li><a href="../zcwj/" class="on">政策文件</a>
        <ul><li><a href="./">政府文件</a></li><li><a href="../zcjd/">政策解读</a></li></ul></li>
      <li><a href="../ghjh/">规划计划</a></li>
      <li><a href="../czzj/">财政资金</a></li>
      <li><a href="../rsxx/">人事信息</a></li>
    </ul>
  </div>
  <div class="xxgk-right">
    <div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">信息公开</a> &gt; <a href="../">政策文件</a> &gt; 政府文件</div>
    <div class="xxgk-list">
      <ul class="info-list">
{rows}
      </ul>
    </div>
    <div class="pagination">
      <script>
      createPageHTML(5, 4,"index", "shtml", "black2", 67);
      </script>
    </div>
  </div>
</div>
<div id="footer">
  <p>{conac("42/000/0000/60497903/CA420000000604979030001.js")}</p>
  <p>主办：红安县人民政府办公室　联系电话：0713-5242000　网站标识码：4211220001</p>
  <p>{beian("鄂ICP备05003312号", "42112202000011", "鄂")}</p>
  <p>Copyright 2019-2026 www.hongan.gov.cn All Rights Reserved</p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 4. TRS WCM, [MM-DD] dates, year only from the URL (tYYYYMMDD), across a year boundary
#    (today 2026-01-15). A pinned (置顶) item from 2024-12-28 shows [12-28].
@page("trs_wcm/mmdd_year_boundary.html")
def _p04() -> str:
    items = [
        ("20241228_552101", "关于印发《青县城乡居民最低生活保障实施细则》的通知", True),
        ("20260112_560233", "我县召开2026年经济工作会议", False),
        ("20260109_560190", "县领导带队开展节前安全生产检查", False),
        ("20260106_560144", "青县举办新春送万福进万家活动", False),
        ("20260104_560101", "县委理论学习中心组召开2026年第一次集体学习会", False),
        ("20260102_560077", "元旦假期全县旅游市场平稳有序", False),
        ("20251231_559980", "县人大常委会召开第三十二次会议", False),
        ("20251230_559951", "我县冬季清洁取暖改造工程全面完工", False),
        ("20251226_559890", "县政府召开常务会议研究部署岁末年初重点工作", False),
        ("20251224_559841", "全县根治欠薪冬季专项行动启动", False),
        ("20251219_559760", "青县红木产业园入选省级特色产业集群", False),
        ("20251215_559688", "县政协召开十届十三次常委会议", False),
        ("20251212_559640", "全县乡村振兴重点工作推进会召开", False),
        ("20251208_559577", "我县开展“宪法宣传周”集中宣传活动", False),
        ("20251203_559501", "县领导督导检查冬季供暖保障工作", False),
        ("20251128_559430", "青县2025年度招商引资项目集中签约", False),
    ]
    rows = []
    for doc, title, pinned in items:
        md = f"[{doc[4:6]}-{doc[6:8]}]"
        if pinned:
            rows.append(
                f'<li class="zd"><span class="rq">{md}</span><em class="top">置顶</em>'
                f'<a href="./{doc[:6]}/t{doc}.html" target="_blank">{title}</a></li>'
            )
        else:
            rows.append(f'<li><span class="rq">{md}</span><a href="./{doc[:6]}/t{doc}.html" target="_blank">{title}</a></li>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>乡镇动态 青县人民政府</title>
<meta name="SiteName" content="青县人民政府">
<meta name="SiteIDCode" content="1309220003">
<meta name="ColumnName" content="乡镇动态">
<meta name="ColumnType" content="乡镇动态">
<link rel="stylesheet" href="../../images/style.css">
</head>
<body>
<div class="topbar"><div class="inner"><span class="date">今天是2026年1月15日 星期四</span><span class="wea">青县 晴 -6℃~3℃</span><a href="/jtbb/">简体版</a><a href="/ftbb/">繁體版</a></div></div>
<div class="banner"><img src="../../images/banner.jpg" alt=""></div>
<div class="mainnav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a><a href="/zjqx/">走进青县</a></div>
<div class="container">
  <div class="bread">当前位置：<a href="/">首页</a> » <a href="../">新闻中心</a> » 乡镇动态</div>
  <div class="col-l">
    <div class="lanmu">新闻中心</div>
    <a href="../qxyw/">青县要闻</a><a href="../bmdt/">部门动态</a><a href="./" class="cur">乡镇动态</a><a href="../tpxw/">图片新闻</a>
  </div>
  <div class="col-r">
    <div class="ttl"><b>乡镇动态</b></div>
    <ul class="newslist">
{body}
    </ul>
    <div class="pg"><script src="../../images/createPageHTML.js"></script><script>createPageHTML(3, 0, "index", "html");</script></div>
  </div>
</div>
<div class="foot">
  <p>青县人民政府办公室主办 &nbsp; 青县融媒体中心承办 &nbsp; 电话：0317-4021234</p>
  <p>网站标识码：1309220003 &nbsp; {beian("冀ICP备10012345号", "13092202000008", "冀")}</p>
  <p>{conac("13/000/0000/60497904/CA130000000604979040001.js")} &copy;2026 青县人民政府</p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 5. TRS WCM, GBK bytes declared gb2312, with GBK-only characters (堃 镕 珺). Table rows,
#    date 2026年11月12日 in a td, separator rows, an attachment (.xlsx) item, 下一页 link.
@page("trs_wcm/gbk_table_tzgg.html", "gbk")
def _p05() -> str:
    items = [
        ("./202611/t20261112_5521301.htm", "关于公布2026年度市级非物质文化遗产代表性传承人（王堃等）名单的通知", "2026年11月12日"),
        ("./202611/t20261111_5521288.htm", "关于开展2026年冬季森林防火专项检查的通知", "2026年11月11日"),
        ("./202611/t20261110_5521250.htm", "关于启用新版不动产权证书的公告", "2026年11月10日"),
        ("./202611/t20261106_5521133.htm", "关于张镕同志任职前公示的公告", "2026年11月6日"),
        ("./202611/t20261105_5521101.htm", "关于做好今冬明春农村饮水安全保障工作的通知", "2026年11月5日"),
        ("./202611/t20261103_5521040.htm", "晋城市2026年第三批科技型中小企业入库名单公示", "2026年11月3日"),
        ("./202611/t20261102_5521011.htm", "关于城区部分路段停水的通告", "2026年11月2日"),
        ("./202610/P020261030512345678901.xlsx", "2026年第三季度全市重点项目建设进度统计表.xlsx", "2026年10月30日"),
        ("./202610/t20261029_5520877.htm", "关于李珺等同志试用期满考核合格的公示", "2026年10月29日"),
        ("./202610/t20261027_5520810.htm", "关于开展重阳节敬老爱老系列活动的通知", "2026年10月27日"),
        ("./202610/t20261024_5520733.htm", "关于征集2027年市政府民生实事项目意见建议的公告", "2026年10月24日"),
        ("./202610/t20261022_5520690.htm", "2026年全市事业单位公开招聘拟聘用人员公示", "2026年10月22日"),
        ("./202610/t20261020_5520633.htm", "关于做好秋冬季大气污染防治工作的通知", "2026年10月20日"),
        ("./202610/t20261016_5520540.htm", "关于开展第二次全国土壤普查外业调查的公告", "2026年10月16日"),
        ("./202610/t20261014_5520487.htm", "关于调整城区出租汽车运价的听证公告", "2026年10月14日"),
        ("./202610/t20261011_5520421.htm", "关于国庆节后错峰上下班的通知", "2026年10月11日"),
        ("./202609/t20260929_5520211.htm", "关于2026年国庆节放假安排及做好假期有关工作的通知", "2026年9月29日"),
        ("./202609/t20260926_5520170.htm", "晋城市2026年度高层次人才引进公告", "2026年9月26日"),
    ]
    rows = []
    for i, (href, title, shown) in enumerate(items):
        short = title if len(title) <= 30 else title[:28] + "…"
        rows.append(
            f'<tr><td class="td_t" width="85%"><img src="../../images/dot.gif" width="4" height="4"> '
            f'<a href="{href}" target="_blank" title="{title}">{short}</a></td><td class="td_d" align="right">{shown}</td></tr>'
        )
        if i % 5 == 4:
            rows.append('<tr><td colspan="2" class="line" height="1" background="../../images/line.gif"></td></tr>')
    body = "\n".join(rows)
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>晋城市人民政府--通知公告</title>
<meta name="SiteName" content="晋城市人民政府">
<meta name="SiteIDCode" content="1405000001">
<meta name="ColumnName" content="通知公告">
<link href="../../images/css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="../../images/top.jpg" width="1000" height="150"></td></tr>
  <tr><td class="nav" height="36" background="../../images/navbg.gif">
    <a href="../../">首 页</a> | <a href="../../zwyw/">政务要闻</a> | <a href="../">信息公开</a> | <a href="../../bsfw/">办事服务</a> | <a href="../../gzcy/">公众参与</a> | <a href="../../jcgk/">晋城概况</a>
  </td></tr>
  <tr><td height="28" class="time">{CLOCK_JS} &nbsp; 访问次数：<span id="visit">2280727</span> 次</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="240" valign="top" class="left">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="lm_title">排行榜</td></tr>
        <tr><td>
          <table width="100%" class="ph">
            <tr><td><a href="../../zwyw/202611/t20261119_5521400.htm">市委常委会召开会议传达学习全会精神</a></td><td>11-19</td></tr>
            <tr><td><a href="../../zwyw/202611/t20261118_5521377.htm">全市冬季供暖保障工作会议召开</a></td><td>11-18</td></tr>
            <tr><td><a href="../../zwyw/202611/t20261117_5521350.htm">晋城市召开重点项目观摩总结会</a></td><td>11-17</td></tr>
          </table>
        </td></tr>
      </table>
    </td>
    <td width="760" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="weizhi" height="30">当前位置：<a href="../../">首页</a> &gt;&gt; <a href="../">信息公开</a> &gt;&gt; 通知公告</td></tr>
        <tr><td>
          <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0" class="list_tab">
{body}
          </table>
        </td></tr>
        <tr><td align="center" class="fenye" height="40">
          共6页 &nbsp; 首页 &nbsp; 上一页 &nbsp; <a href="index_1.htm">下一页</a> &nbsp; <a href="index_5.htm">尾页</a>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
  <tr><td align="center">
    主办单位：晋城市人民政府办公室 &nbsp; 网站标识码：1405000001<br>
    {beian("晋ICP备05001234号", "14050202000045", "晋")}<br>
    版权所有 2003-2026 晋城市人民政府 &nbsp; {conac("14/000/0000/60497905/CA140000000604979050001.js")}
  </td></tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 6. TRS 海云, container form createPageHTML('page_div', 10, 1, 'xlist', 'shtml', 189):
#    next = xlist_2.shtml. Month-only article URLs (/202611/<32hex>.shtml), span.span_date.
@page("trs_hy/xlist_page1.html")
def _p06() -> str:
    titles = [
        ("2026-11-17", "吉安县召开2026年第四季度重点项目集中开工活动"),
        ("2026-11-17", "县政府召开常务会议"),
        ("2026-11-16", "我县开展冬春火灾防控专项行动"),
        ("2026-11-14", "县领导调研工业园区企业生产经营情况"),
        ("2026-11-13", "吉安县入选全省乡村振兴示范县"),
        ("2026-11-12", "县人大常委会开展《江西省优化营商环境条例》执法检查"),
        ("2026-11-11", "全县农村人居环境整治现场推进会召开"),
        ("2026-11-10", "县政协召开提案办理工作协商会"),
        ("2026-11-07", "吉安县举办2026年秋季招聘会"),
        ("2026-11-06", "县委常委会召开会议"),
        ("2026-11-05", "县领导督导秋冬种生产工作"),
        ("2026-11-04", "全县防范化解金融风险工作会议召开"),
        ("2026-11-03", "我县开展消防安全宣传月活动"),
        ("2026-10-31", "吉安县电子信息产业链招商签约项目达12个"),
        ("2026-10-30", "县政府与省农业科学院签订战略合作协议"),
        ("2026-10-29", "全县安全生产暨森林防火工作会议召开"),
        ("2026-10-28", "我县召开民营企业家座谈会"),
        ("2026-10-27", "县领导调研教育工作"),
        ("2026-10-24", "吉安县举办第五届农民丰收节系列活动"),
    ]
    hexes = [
        "9f3a1c2e4b5d6f708192a3b4c5d6e7f8", "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "1b2c3d4e5f60718293a4b5c6d7e8f90a",
        "2c3d4e5f60718293a4b5c6d7e8f90a1b", "3d4e5f60718293a4b5c6d7e8f90a1b2c", "4e5f60718293a4b5c6d7e8f90a1b2c3d",
        "5f60718293a4b5c6d7e8f90a1b2c3d4e", "60718293a4b5c6d7e8f90a1b2c3d4e5f", "718293a4b5c6d7e8f90a1b2c3d4e5f60",
        "8293a4b5c6d7e8f90a1b2c3d4e5f6071", "93a4b5c6d7e8f90a1b2c3d4e5f607182", "a4b5c6d7e8f90a1b2c3d4e5f60718293",
        "b5c6d7e8f90a1b2c3d4e5f60718293a4", "c6d7e8f90a1b2c3d4e5f60718293a4b5", "d7e8f90a1b2c3d4e5f60718293a4b5c6",
        "e8f90a1b2c3d4e5f60718293a4b5c6d7", "f90a1b2c3d4e5f60718293a4b5c6d7e8", "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e",
        "1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f",
    ]
    rows = "\n".join(
        f'        <li class="texto"><a href="/jaxrmzf/c123456/{d[:4]}{d[5:7]}/{h}.shtml" target="_blank" title="{t}">{t}</a>'
        f'<span class="span_date">{d}</span></li>'
        for (d, t), h in zip(titles, hexes)
    )
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>县政动态 - 吉安县人民政府</title>
<meta name="SiteName" content="吉安县人民政府">
<meta name="SiteDomain" content="www.jaxzf.gov.cn">
<meta name="SiteIDCode" content="3608210001">
<meta name="ColumnName" content="县政动态">
<meta name="ColumnType" content="工作动态">
<link rel="stylesheet" href="/jaxrmzf/xhtml/css/common.css">
<script src="/jaxrmzf/xhtml/js/jquery.js"></script>
<script src="/jaxrmzf/xhtml/js/page.js"></script>
</head>
<body>
<div class="header-wrap">
  <div class="top-links"><a href="/jaxrmzf/c100000/zxx.shtml">长者模式</a><a href="/jaxrmzf/wza/index.shtml">无障碍</a><a href="https://www.jiangxi.gov.cn/">江西省人民政府</a></div>
  <div class="logo-box"><a href="/"><img src="/jaxrmzf/xhtml/images/logo.png" alt="吉安县人民政府"></a></div>
  <div class="nav-box"><ul>
    <li><a href="/">首页</a></li><li class="active"><a href="/jaxrmzf/c123450/xlist.shtml">新闻中心</a></li>
    <li><a href="/jaxrmzf/c123500/zfxxgk.shtml">政府信息公开</a></li><li><a href="/jaxrmzf/c123600/list.shtml">政务服务</a></li><li><a href="/jaxrmzf/c123700/list.shtml">互动交流</a></li>
  </ul></div>
</div>
<div class="main-wrap">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/jaxrmzf/c123450/xlist.shtml">新闻中心</a> &gt; <a href="/jaxrmzf/c123456/xlist.shtml">县政动态</a></div>
  <div class="list-left">
    <div class="column-head"><span class="column-name">县政动态</span></div>
    <ul class="column-list">
{rows}
    </ul>
    <div class="page_div" id="page_div"></div>
    <script>createPageHTML('page_div',10, 1,'xlist','shtml',189);</script>
  </div>
  <div class="list-right">
    <div class="box">
      <div class="box-hd">最新信息</div>
      <ul class="box-bd">
        <li><a href="/jaxrmzf/c123460/202611/aa11bb22cc33dd44ee55ff6600112233.shtml">吉安县2026年11月份重要民生商品价格公示</a><span class="span_date">2026-11-19</span></li>
        <li><a href="/jaxrmzf/c123461/202611/bb22cc33dd44ee55ff66001122334455.shtml">关于公布县级行政许可事项清单（2026年版）的通知</a><span class="span_date">2026-11-18</span></li>
      </ul>
    </div>
    <div class="box">
      <div class="box-hd">专题专栏</div>
      <a href="/jaxrmzf/c130000/list.shtml"><img src="/jaxrmzf/xhtml/images/zt1.jpg" alt="学习贯彻党的二十届四中全会精神"></a>
    </div>
  </div>
</div>
<div class="footer-wrap">
  <p>主办单位：吉安县人民政府办公室 &nbsp;&nbsp; 承办单位：吉安县融媒体中心</p>
  <p>网站标识码：3608210001 &nbsp; {beian("赣ICP备05004567号", "36082102000034", "赣")}</p>
  <p>{conac("36/000/0000/60497906/CA360000000604979060001.js")} {jiucuo("3608210001", new=True)}</p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 7. TRS 海云, page 3 (index_3.html) of 25 with createPageHTML('paging',25,3,'index','html',500):
#    next index_4.html. Table rows td.info > a.list + td.time "YYYY-MM-DD HH:MM".
#    Build-time meta and a 文号 column.
@page("trs_hy/gzdt_index_3.html")
def _p07() -> str:
    items = [
        ("2026-09-18 10:21", "c7012399", "湖南省发展改革委召开全省项目建设现场推进会"),
        ("2026-09-18 09:05", "c7012388", "省发展改革委赴衡阳调研产业园区建设"),
        ("2026-09-17 16:40", "c7012370", "全省“十五五”规划前期重大课题研究成果评审会召开"),
        ("2026-09-17 11:02", "c7012361", "省发展改革委召开2026年秋冬季能源保供工作会议"),
        ("2026-09-16 15:33", "c7012344", "湖南5个项目入选国家服务业扩大开放综合试点"),
        ("2026-09-15 10:12", "c7012320", "省发展改革委主要负责同志调研粮食收购工作"),
        ("2026-09-15 08:50", "c7012315", "全省价格监测预警工作会议在长沙召开"),
        ("2026-09-12 17:20", "c7012290", "省发展改革委召开民营企业座谈会"),
        ("2026-09-11 14:03", "c7012271", "湖南举办2026年重大项目融资对接会"),
        ("2026-09-10 09:31", "c7012250", "省发展改革委党组召开理论学习中心组学习会"),
        ("2026-09-09 16:15", "c7012233", "全省以工代赈工作现场会在湘西州召开"),
        ("2026-09-08 10:47", "c7012210", "省发展改革委调研长株潭都市圈建设"),
        ("2026-09-05 15:00", "c7012188", "湖南新增3家国家企业技术中心"),
        ("2026-09-04 11:26", "c7012170", "全省社会信用体系建设示范区创建工作推进会召开"),
        ("2026-09-03 09:18", "c7012151", "省发展改革委开展新入职干部培训"),
        ("2026-09-02 16:52", "c7012133", "湖南省2026年第二批省重点建设项目名单发布"),
        ("2026-09-01 10:05", "c7012110", "省发展改革委召开8月份经济运行调度会"),
        ("2026-08-29 15:44", "c7012088", "省发展改革委赴岳阳调研港口物流发展"),
        ("2026-08-28 09:39", "c7012071", "全省节能宣传周活动启动"),
        ("2026-08-27 14:20", "c7012050", "湖南省低空经济发展座谈会召开"),
    ]
    rows = "\n".join(
        f'            <tr><td class="info"><a class="list" href="/fgw/xxgk/gzdt/{c}/content.shtml" target="_blank" title="{t}">{t}</a></td>'
        f'<td class="time">{d}</td></tr>'
        for d, c, t in items
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>工作动态 - 湖南省发展和改革委员会</title>
<meta name="SiteName" content="湖南省发展和改革委员会">
<meta name="SiteDomain" content="fgw.hunan.gov.cn">
<meta name="SiteIDCode" content="4300000011">
<meta name="ColumnName" content="工作动态">
<meta name="ColumnType" content="工作动态">
<meta name="others" content="页面生成时间 2026-11-20 03:10:10">
<link rel="stylesheet" href="/fgw/xhtml/css/reset.css"><link rel="stylesheet" href="/fgw/xhtml/css/list.css">
<script src="/fgw/xhtml/js/jquery-1.11.3.min.js"></script>
<script src="/fgw/xhtml/js/createPageHTML.js"></script>
</head>
<body>
<div id="top">
  <div class="w"><div class="tl">{CLOCK_JS}</div><div class="tr"><a href="/fgw/yhzc/">用户注册</a> <a href="/fgw/yhdl/">登录</a> <a href="/fgw/wza/">无障碍阅读</a></div></div>
</div>
<div id="head" class="w"><img src="/fgw/xhtml/images/logo.png" alt="湖南省发展和改革委员会"></div>
<div id="nav"><div class="w"><a href="/">首页</a><a href="/fgw/xxgk/">信息公开</a><a href="/fgw/zwdt/">政务动态</a><a href="/fgw/ztzl/">专题专栏</a><a href="/fgw/hdjl/">互动交流</a></div></div>
<div class="w main">
  <div class="mbx">当前位置：<a href="/">首页</a> &gt; <a href="/fgw/xxgk/">信息公开</a> &gt; <a href="/fgw/xxgk/gzdt/index.html">工作动态</a></div>
  <div class="lb">
    <div class="lb-hd"><h2>工作动态</h2></div>
    <div class="lb-bd">
      <table class="table_list" width="100%">
        <tbody>
{rows}
        </tbody>
      </table>
    </div>
    <div id="paging" class="paging"></div>
    <script type="text/javascript">createPageHTML('paging',25,3,'index','html',500);</script>
  </div>
</div>
<div id="foot">
  <div class="w">
    <div class="badge">{conac("43/000/0000/60497907/CA430000000604979070001.js")}</div>
    <p>主办：湖南省发展和改革委员会　地址：长沙市韶山北路1号　邮编：410011</p>
    <p>网站标识码：4300000011　{beian("湘ICP备05001234号", "43010202000456", "湘")}</p>
  </div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 8. TRS 海云, blank column: empty <ul>, createPageHTML('page_div',1,1,…,0). Sidebar 热点 dated.
@page("trs_hy/rsxx_blank_empty.html")
def _p08() -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>人事信息 - 寿县人民政府</title>
<meta name="SiteName" content="寿县人民政府">
<meta name="SiteIDCode" content="3415210003">
<meta name="ColumnName" content="人事信息">
<meta name="ColumnType" content="人事信息">
<link rel="stylesheet" href="/images/sx_list.css">
<script src="/images/page_div.js"></script>
</head>
<body>
<div class="g-top"><div class="g-w">{CLOCK_JS}<span class="sep">|</span><a href="/site/search.html">站内搜索</a></div></div>
<div class="g-head g-w"><img src="/images/sx_logo.png" alt="寿县人民政府"></div>
<div class="g-nav"><ul class="g-w"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjsx/">走进寿县</a></li></ul></div>
<div class="g-w g-body">
  <div class="g-crumb">您所在的位置：<a href="/">首页</a> / <a href="/zwgk/">政务公开</a> / <span>人事信息</span></div>
  <div class="g-side">
    <div class="side-nav"><a href="../jgzn/">机构职能</a><a href="../zcwj/">政策文件</a><a href="./" class="on">人事信息</a><a href="../czzj/">财政资金</a></div>
    <div class="hot">
      <h4>热点关注</h4>
      <ul>
        <li><a href="/zwgk/zwyw/202611/t20261119_2231004.html">寿县召开2026年冬季征兵工作会议</a><i>2026-11-19</i></li>
        <li><a href="/zwgk/zwyw/202611/t20261118_2230991.html">县政府常务会议研究部署冬春农田水利建设</a><i>2026-11-18</i></li>
        <li><a href="/zwgk/tzgg/202611/t20261116_2230950.html">关于开展冬季安全生产大检查的通知</a><i>2026-11-16</i></li>
      </ul>
    </div>
  </div>
  <div class="g-main">
    <div class="col-hd"><span>人事信息</span></div>
    <div class="col-bd">
      <ul class="list-ul">
      </ul>
      <div id="page_div" class="page_div"></div>
      <script>createPageHTML('page_div',1, 1,'index','html',0);</script>
    </div>
  </div>
</div>
<div class="g-foot">
  <p>主办：寿县人民政府办公室　承办：寿县数据资源管理局　网站标识码：3415210003</p>
  <p>{beian("皖ICP备05012345号", "34152102000021", "皖")}　{conac("34/000/0000/60497908/CA340000000604979080001.js")}</p>
  <p>版权所有：寿县人民政府 2026</p>
</div>
</body>
</html>
"""
