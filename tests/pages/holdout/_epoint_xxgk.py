"""Epoint (新点) trading-centre lists and 政府信息公开 catalogue tables."""

from __future__ import annotations

from _common import CLOCK_JS, beian, conac, jiucuo

PAGES: list[tuple[str, str, str]] = []


def page(path: str, encoding: str = "utf-8"):
    def deco(fn):
        PAGES.append((path, fn(), encoding))
        return fn
    return deco


EWB_HEAD = """<div class="ewb-header">
  <div class="ewb-container clearfix">
    <a href="/" class="ewb-logo l"><img src="/images/ewb-logo.png" alt="公共资源交易中心"></a>
    <div class="ewb-search r"><input type="text" id="searchinput" placeholder="请输入关键字"><a href="javascript:void(0)" class="ewb-search-btn" onclick="searchInfo()">搜索</a></div>
  </div>
</div>
<div class="ewb-nav"><ul class="ewb-container">
  <li><a href="/">首页</a></li><li><a href="/zxdt/">中心动态</a></li><li class="current"><a href="/jyxx/">交易信息</a></li>
  <li><a href="/zcfg/">政策法规</a></li><li><a href="/fwzn/">服务指南</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/lxwm/">联系我们</a></li>
</ul></div>"""


# ---------------------------------------------------------------------------------------------
# 15. Epoint list: ul.ewb-com-items li + span.ewb-list-date; 【置顶】 old item first;
#     titles mentioning future 开标 dates; pager "1/15" with a.wb-page-next href="2.html".
@page("epoint/jyxx_003001001_moreinfo.html")
def _p15() -> str:
    items = [
        ("20250304", "2025-03-04", "【置顶】关于启用新版电子招投标交易系统的公告"),
        ("20261119", "2026-11-19", "郑州市第七人民医院医疗设备采购项目招标公告（2026年11月28日开标）"),
        ("20261119", "2026-11-19", "新郑市城区雨污分流改造工程施工招标公告"),
        ("20261118", "2026-11-18", "中牟县农村公路提质改造项目（二标段）招标公告"),
        ("20261118", "2026-11-18", "郑州航空港区第一中学教学楼建设项目监理招标公告"),
        ("20261117", "2026-11-17", "荥阳市2026年高标准农田建设项目招标公告"),
        ("20261116", "2026-11-16", "登封市中心城区道路照明提升工程招标公告"),
        ("20261113", "2026-11-13", "巩义市供水管网改造工程招标公告"),
        ("20261113", "2026-11-13", "新密市人民医院信息化建设项目招标公告"),
        ("20261112", "2026-11-12", "郑州市惠济区老旧小区改造项目（三期）招标公告"),
        ("20261111", "2026-11-11", "郑州市金水区学校食堂设备采购项目招标公告"),
        ("20261110", "2026-11-10", "上街区市政道路养护项目招标公告"),
        ("20261109", "2026-11-09", "郑州市二七区社区服务中心建设项目招标公告"),
        ("20261106", "2026-11-06", "管城回族区文化馆改造工程招标公告"),
        ("20261105", "2026-11-05", "郑东新区智慧停车系统建设项目招标公告"),
    ]
    uuids = ["a3f5c1e2-7b9d-4e61-9c2a-1f0e8d7c6b5a", "0c7e2d4a-1b3f-45c6-8d9e-2a1b3c4d5e6f",
             "1d8f3e5b-2c4a-46d7-9e0f-3b2c4d5e6f70", "2e904f6c-3d5b-47e8-af10-4c3d5e6f7081",
             "3fa1507d-4e6c-48f9-b021-5d4e6f708192", "40b2618e-5f7d-490a-c132-6e5f708192a3",
             "51c3729f-6a8e-4a1b-d243-7f60718293b4", "62d483a0-7b9f-4b2c-e354-8071829304c5",
             "73e594b1-8ca0-4c3d-f465-918293a415d6", "84f6a5c2-9db1-4d4e-0576-a293a4b526e7",
             "9507b6d3-aec2-4e5f-1687-b3a4b5c637f8", "a618c7e4-bfd3-4f60-2798-c4b5c6d74809",
             "b729d8f5-c0e4-4071-38a9-d5c6d7e8591a", "c83ae906-d1f5-4182-49ba-e6d7e8f96a2b",
             "d94bfa17-e206-4293-5acb-f7e8f90a7b3c"]
    rows = "\n".join(
        f'          <li class="ewb-com-item clearfix"><span class="ewb-list-node"></span>'
        f'<a href="/jyxx/003001/003001001/{ymd}/{u}.html" target="_blank" class="ewb-list-name" title="{t}">{t}</a>'
        f'<span class="ewb-list-date">{d}</span></li>'
        for (ymd, d, t), u in zip(items, uuids)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<title>招标公告 - 郑州市公共资源交易中心</title>
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/moreinfo.css">
<script src="/js/lib/jquery.min.js"></script>
<script src="/js/lib/util.js"></script>
</head>
<body>
{EWB_HEAD}
<div class="ewb-container ewb-mt20 clearfix">
  <div class="ewb-left l">
    <div class="ewb-left-hd">交易信息</div>
    <ul class="ewb-left-bd">
      <li class="ewb-left-item current"><a href="/jyxx/003001/">工程建设</a>
        <ul class="ewb-sub"><li class="current"><a href="/jyxx/003001/003001001/moreinfo.html">招标公告</a></li><li><a href="/jyxx/003001/003001002/moreinfo.html">变更公告</a></li><li><a href="/jyxx/003001/003001003/moreinfo.html">中标候选人公示</a></li></ul></li>
      <li class="ewb-left-item"><a href="/jyxx/003002/">政府采购</a></li>
      <li class="ewb-left-item"><a href="/jyxx/003003/">土地矿产</a></li>
    </ul>
  </div>
  <div class="ewb-right r">
    <div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/jyxx/">交易信息</a> &gt; <a href="/jyxx/003001/">工程建设</a> &gt; <span>招标公告</span></div>
    <div class="ewb-right-hd"><span class="ewb-right-tt">招标公告</span></div>
    <div class="ewb-right-bd">
        <ul class="ewb-com-items" id="showList">
{rows}
        </ul>
    </div>
    <div class="ewb-page">
      <ul class="m-pagination-page">
        <li class="wb-page-li"><a class="wb-page-default wb-page-number wb-page-family" href="javascript:void(0)">1/15</a></li>
        <li class="wb-page-li"><a class="wb-page-default wb-page-prev" href="javascript:void(0)">上页</a></li>
        <li class="wb-page-li"><a class="wb-page-default wb-page-next wb-page-family" href="2.html">下页</a></li>
        <li class="wb-page-li"><a class="wb-page-default wb-page-last" href="15.html">末页</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="ewb-footer">
  <div class="ewb-container">
    <p>主办单位：郑州市公共资源交易中心　地址：郑州市金水区商务外环路20号　服务热线：0371-67188000</p>
    <p>{beian("豫ICP备12023456号-1", "41010502003456", "豫")}　网站标识码：4101000084</p>
    <p>{conac("41/000/0000/60497915/CA410000000604979150001.js")}技术支持：国泰新点软件股份有限公司</p>
  </div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 16. Epoint blank column: the placeholder is an <li> inside ul.ewb-com-items; pager 1/1 with a
#     javascript:void(0) next. A "最新公告" box with dates sits on the left.
@page("epoint/jyxx_003002004_blank.html")
def _p16() -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>单一来源公示 - 郑州市公共资源交易中心</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/lib/jquery.min.js"></script>
</head>
<body>
{EWB_HEAD}
<div class="ewb-container ewb-mt20 clearfix">
  <div class="ewb-left l">
    <div class="ewb-left-hd">政府采购</div>
    <ul class="ewb-left-bd">
      <li><a href="/jyxx/003002/003002001/moreinfo.html">采购公告</a></li><li><a href="/jyxx/003002/003002002/moreinfo.html">更正公告</a></li>
      <li><a href="/jyxx/003002/003002003/moreinfo.html">结果公告</a></li><li class="current"><a href="/jyxx/003002/003002004/moreinfo.html">单一来源公示</a></li>
    </ul>
    <div class="ewb-left-news">
      <div class="ewb-left-news-hd">最新公告</div>
      <ul>
        <li><a href="/jyxx/003002/003002001/20261119/5b6c7d8e-9fa0-41b2-83c4-d5e6f7a8b9c0.html">郑州市中心医院CT设备采购项目公开招标公告</a><span class="ewb-list-date">2026-11-19</span></li>
        <li><a href="/jyxx/003002/003002003/20261118/6c7d8e9f-a0b1-42c3-94d5-e6f7a8b9c0d1.html">郑州市教育局课桌椅采购项目结果公告</a><span class="ewb-list-date">2026-11-18</span></li>
      </ul>
    </div>
  </div>
  <div class="ewb-right r">
    <div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/jyxx/">交易信息</a> &gt; <a href="/jyxx/003002/">政府采购</a> &gt; <span>单一来源公示</span></div>
    <div class="ewb-right-hd"><span class="ewb-right-tt">单一来源公示</span></div>
    <div class="ewb-right-bd">
      <ul class="ewb-com-items" id="showList">
        <li class="ewb-com-none">本栏目暂无信息！</li>
      </ul>
    </div>
    <div class="ewb-page">
      <ul class="m-pagination-page">
        <li class="wb-page-li"><a class="wb-page-default wb-page-number wb-page-family" href="javascript:void(0)">1/1</a></li>
        <li class="wb-page-li"><a class="wb-page-default wb-page-next" href="javascript:void(0)">下页</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="ewb-footer"><div class="ewb-container">
  <p>主办单位：郑州市公共资源交易中心　网站标识码：4101000084　{beian("豫ICP备12023456号-1", "41010502003456", "豫")}</p>
  <p>Copyright &copy; 2026 All Rights Reserved {conac("41/000/0000/60497915/CA410000000604979150001.js")}</p>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 17. Epoint-based xxgk (Deyang style): div.ewb-job > ul > li, dates 2026年11月16日 in a span;
#     two old items pinned at the top; iList.jsp?…&cur_page=2 next link (&amp; in the href).
@page("epoint/xxgk_ilist_pinned.html")
def _p17() -> str:
    items = [
        ("2023年3月2日", 1021, "【置顶】德阳市旌阳区政府信息公开指南"),
        ("2024年1月10日", 1388, "【置顶】旌阳区民政局2024年政府信息公开工作年度报告"),
        ("2026年11月16日", 9907, "旌阳区民政局关于2026年第四季度城乡低保对象名单的公示"),
        ("2026年11月12日", 9890, "旌阳区2026年度养老服务补贴发放情况公示"),
        ("2026年11月5日", 9861, "关于开展2026年“慈善月”活动的通知"),
        ("2026年10月30日", 9833, "旌阳区民政局2026年第三季度行政审批事项办理情况"),
        ("2026年10月21日", 9802, "旌阳区社会组织年度检查结果公告"),
        ("2026年10月15日", 9777, "关于做好困难群众冬季救助工作的通知"),
        ("2026年9月28日", 9745, "旌阳区2026年第三季度临时救助情况公示"),
        ("2026年9月19日", 9712, "旌阳区殡葬服务收费标准公示"),
        ("2026年9月8日", 9680, "旌阳区民政局关于规范婚姻登记服务的公告"),
        ("2026年8月31日", 9655, "旌阳区2026年高龄津贴发放名单公示"),
    ]
    rows = "\n".join(
        f'          <li><a href="iDetail.jsp?node_id=GKmzs&amp;cat_id=15971&amp;id={n}" target="_blank" title="{t}">'
        f'<span class="job-title">{t}</span></a><span class="job-date">{d}</span></li>'
        for d, n, t in items
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>旌阳区民政局 - 政府信息公开</title>
<meta name="SiteName" content="德阳市旌阳区人民政府">
<meta name="SiteIDCode" content="5106030001">
<meta name="ColumnName" content="民政信息">
<link rel="stylesheet" href="../css/xxgk.css">
</head>
<body>
<div class="ewb-top"><div class="ewb-container"><span class="ewb-date">{CLOCK_JS}</span><a href="/">返回首页</a></div></div>
<div class="ewb-banner"><img src="../images/xxgk-banner.jpg"></div>
<div class="ewb-container ewb-xxgk">
  <div class="ewb-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="iList.jsp?node_id=GKmzs">旌阳区民政局</a> &gt; 民政信息</div>
  <div class="ewb-xxgk-l">
    <h4>部门信息公开</h4>
    <ul>
      <li><a href="iList.jsp?node_id=GKmzs&amp;cat_id=15969">机构职能</a></li>
      <li><a href="iList.jsp?node_id=GKmzs&amp;cat_id=15970">政策文件</a></li>
      <li class="active"><a href="iList.jsp?node_id=GKmzs&amp;cat_id=15971">民政信息</a></li>
      <li><a href="iList.jsp?node_id=GKmzs&amp;cat_id=15972">财政预决算</a></li>
    </ul>
  </div>
  <div class="ewb-xxgk-r">
    <div class="ewb-xxgk-hd">民政信息</div>
    <div class="ewb-job">
        <ul>
{rows}
        </ul>
    </div>
    <div class="ewb-pager">
      <span>共 4 页 / 46 条</span>
      <span>首页</span> <span>上一页</span>
      <a href="iList.jsp?node_id=GKmzs&amp;cat_id=15971&amp;cur_page=2">下一页</a>
      <a href="iList.jsp?node_id=GKmzs&amp;cat_id=15971&amp;cur_page=4">尾页</a>
    </div>
  </div>
</div>
<div class="ewb-foot">
  <p>主办：德阳市旌阳区人民政府办公室　网站标识码：5106030001</p>
  <p>{beian("蜀ICP备05012345号", "51060302000111", "川")}　{conac("51/000/0000/60497917/CA510000000604979170001.js")}</p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 18. xxgk catalogue table: 索引号 (…/2026-00123), 文号 〔2026〕N号, 发布日期 and a later 实施日期
#     column. Item date = 发布日期. Header row uses th. TRS classic pager (3 pages).
@page("xxgk/zfwj_table_ssrq.html")
def _p18() -> str:
    items = [
        ("2026-00131", "聊城市人民政府关于印发聊城市加快推进新型工业化实施方案的通知", "聊政发〔2026〕15号", "2026-10-28", "2026-11-15", "t20261028_4421001"),
        ("2026-00128", "聊城市人民政府关于调整市级行政许可事项的决定", "聊政发〔2026〕14号", "2026-10-20", "2026-11-01", "t20261020_4420877"),
        ("2026-00122", "聊城市人民政府办公室关于进一步加强城市供热管理的通知", "聊政办发〔2026〕21号", "2026-10-11", "2026-11-01", "t20261011_4420700"),
        ("2026-00117", "聊城市人民政府关于公布2026年度市级重点建设项目名单的通知", "聊政字〔2026〕33号", "2026-09-26", "2026-09-26", "t20260926_4420511"),
        ("2026-00110", "聊城市人民政府办公室关于印发聊城市物业服务管理办法的通知", "聊政办发〔2026〕19号", "2026-09-15", "2026-10-15", "t20260915_4420388"),
        ("2026-00104", "聊城市人民政府关于2026年度市级预算调整方案的通知", "聊政发〔2026〕12号", "2026-09-03", "2026-09-03", "t20260903_4420240"),
        ("2026-00099", "聊城市人民政府办公室关于做好2026年秋冬季大气污染防治工作的通知", "聊政办字〔2026〕40号", "2026-08-26", "2026-08-26", "t20260826_4420130"),
        ("2026-00093", "聊城市人民政府关于印发聊城市城市管理综合执法办法的通知", "聊政发〔2026〕11号", "2026-08-14", "2026-10-01", "t20260814_4420011"),
        ("2026-00088", "聊城市人民政府办公室关于加快发展银发经济的实施意见", "聊政办发〔2026〕17号", "2026-07-30", "2026-07-30", "t20260730_4419870"),
        ("2026-00081", "聊城市人民政府关于修改和废止部分市政府规章的决定", "聊政发〔2026〕10号", "2026-07-18", "2026-09-01", "t20260718_4419733"),
        ("2026-00076", "聊城市人民政府办公室关于印发聊城市防汛应急预案的通知", "聊政办字〔2026〕31号", "2026-07-02", "2026-07-02", "t20260702_4419600"),
        ("2026-00070", "聊城市人民政府关于实施2026年度城乡居民基本养老保险待遇调整的通知", "聊政发〔2026〕9号", "2026-06-22", "2026-07-01", "t20260622_4419488"),
    ]
    rows = "\n".join(
        f'<tr><td>{i + 1}</td><td class="syh">11371500004340221Q/{idx}</td>'
        f'<td class="bt"><a href="./{doc[1:7]}/{doc}.html" target="_blank" title="{t}">{t}</a></td>'
        f'<td class="wh">{wh}</td><td class="fbrq">{fb}</td><td class="ssrq">{ss}</td></tr>'
        for i, (idx, t, wh, fb, ss, doc) in enumerate(items)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>市政府文件 - 聊城市人民政府</title>
<meta name="SiteName" content="聊城市人民政府">
<meta name="SiteIDCode" content="3715000001">
<meta name="ColumnName" content="市政府文件">
<meta name="ColumnType" content="政府文件">
<link rel="stylesheet" href="../../images/xxgk2023.css">
</head>
<body>
<div class="xxgk-head"><div class="w1200"><img src="../../images/xxgk_logo.png" alt="聊城市人民政府信息公开"><span class="clock">{CLOCK_JS}</span></div></div>
<div class="xxgk-nav"><div class="w1200"><a href="/">首页</a><a href="../../">信息公开</a><a href="../../zn/">公开指南</a><a href="../../zd/">公开制度</a><a href="../../nb/">公开年报</a><a href="../../ysqgk/">依申请公开</a></div></div>
<div class="w1200 xxgk-body">
  <div class="xxgk-crumb">当前位置：<a href="/">首页</a> &gt; <a href="../../">信息公开</a> &gt; <a href="../">政策文件</a> &gt; 市政府文件</div>
  <div class="xxgk-tree">
    <div class="tree-hd">政策文件</div>
    <ul><li class="on"><a href="./">市政府文件</a></li><li><a href="../szfbgswj/">市政府办公室文件</a></li><li><a href="../gfxwj/">行政规范性文件</a></li><li><a href="../zcjd/">政策解读</a></li></ul>
  </div>
  <div class="xxgk-content">
    <div class="xxgk-search"><input placeholder="文件名称"><input placeholder="文号"><button>检索</button></div>
    <table class="xxgk-table" width="100%" cellspacing="0">
      <thead><tr><th width="5%">序号</th><th width="18%">索引号</th><th>文件名称</th><th width="14%">文号</th><th width="10%">发布日期</th><th width="10%">实施日期</th></tr></thead>
      <tbody>
{rows}
      </tbody>
    </table>
    <div class="xxgk-page">
<script type="text/javascript">
var currentPage = 0;//所在页从0开始
var prevPage = currentPage-1
var nextPage = currentPage+1
var countPage = 3
if(countPage>1&&currentPage!=(countPage-1)) document.write("<a href=\\"index"+"_" + nextPage + "."+"html\\">下一页</a>");
document.write("&nbsp;共"+countPage+"页");
</script>
    </div>
  </div>
</div>
<div class="xxgk-foot"><div class="w1200">
  主办：聊城市人民政府办公室　网站标识码：3715000001　{beian("鲁ICP备05000456号", "37150202000001", "鲁")}<br>
  {conac("37/000/0000/60497918/CA370000000604979180001.js")}　版权所有 &copy; 聊城市人民政府 2026
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 19. OpennessContent xxgk list (Anhui/Inner-Mongolia style), GBK bytes with NO charset
#     declaration anywhere; dates 2025年9月8日; a stale column (today 2026-11-20).
@page("xxgk/openness_gbk_nodecl.html", "gbk")
def _p19() -> str:
    items = [
        (552310, "包头市九原区人力资源和社会保障局关于2025年第三季度就业补贴发放情况的公示", "2025年9月28日"),
        (552277, "九原区2025年度公益性岗位招聘公告", "2025年9月19日"),
        (552240, "九原区人力资源和社会保障局关于开展2025年度劳动保障书面审查的通知", "2025年9月8日"),
        (552201, "九原区2025年第二批创业担保贷款贴息公示", "2025年8月29日"),
        (552166, "关于九原区2025年高校毕业生就业见习补贴拨付情况的公示", "2025年8月15日"),
        (552130, "九原区2025年第二季度城乡居民养老保险待遇领取人员公示", "2025年7月31日"),
        (552099, "九原区人力资源和社会保障局2025年上半年工作总结", "2025年7月18日"),
        (552061, "九原区关于开展根治欠薪夏季专项行动的通知", "2025年7月3日"),
        (552020, "九原区2025年第二季度就业补贴发放情况公示", "2025年6月27日"),
        (551988, "关于2025年九原区事业单位公开招聘工作人员的公告", "2025年6月13日"),
        (551950, "九原区人力资源和社会保障局权责清单（2025年版）", "2025年5月30日"),
        (551911, "九原区2025年第一季度城乡居民养老保险待遇领取人员公示", "2025年4月25日"),
        (551870, "九原区2025年春风行动专场招聘会公告", "2025年3月14日"),
        (551833, "九原区人力资源和社会保障局2024年度政府信息公开工作年度报告", "2025年1月20日"),
        (551802, "九原区2024年第四季度就业补贴发放情况公示", "2025年1月10日"),
    ]
    rows = "\n".join(
        f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td class="xh">{i + 1}</td>'
        f'<td class="tit"><a href="/OpennessContent/show/{n}.html" target="_blank" title="{t}">{t}</a></td>'
        f'<td class="rq">{d}</td></tr>'
        for i, (n, t, d) in enumerate(items)
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>九原区人力资源和社会保障局 政府信息公开目录</title>
<link href="/OpennessContent/css/openness.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/OpennessContent/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div id="top"><img src="/OpennessContent/images/top_banner.jpg" alt="包头市九原区人民政府信息公开"></div>
<div id="menu"><a href="/">网站首页</a> | <a href="/OpennessContent/showList/15/0/page_1.html">信息公开目录</a> | <a href="/OpennessGuide/">信息公开指南</a> | <a href="/OpennessSystem/">信息公开制度</a> | <a href="/OpennessReport/">信息公开年报</a> | <a href="/OpennessApply/">依申请公开</a></div>
<div id="main">
  <div id="left">
    <div class="tt">公开单位</div>
    <ul class="dw">
      <li><a href="/OpennessContent/showList/15/85520/page_1.html">区发展和改革委员会</a></li>
      <li><a href="/OpennessContent/showList/15/85521/page_1.html">区教育局</a></li>
      <li class="cur"><a href="/OpennessContent/showList/15/85522/page_1.html">区人力资源和社会保障局</a></li>
      <li><a href="/OpennessContent/showList/15/85523/page_1.html">区住房和城乡建设局</a></li>
      <li><a href="/OpennessContent/showList/15/85524/page_1.html">区卫生健康委员会</a></li>
    </ul>
  </div>
  <div id="right">
    <div class="wz">当前位置：信息公开目录 &gt;&gt; 区人力资源和社会保障局 &gt;&gt; 全部信息</div>
    <table class="tab_list" width="100%" border="0" cellspacing="1" cellpadding="0">
      <tr class="tab_head"><th width="8%">序号</th><th>信息名称</th><th width="18%">发布日期</th></tr>
{rows}
    </table>
    <div class="fy">共 3 页 42 条记录 &nbsp; 当前第 1 页 &nbsp; 首页 &nbsp; 上一页 &nbsp; <a href="/OpennessContent/showList/15/85522/page_2.html">下一页</a> &nbsp; <a href="/OpennessContent/showList/15/85522/page_3.html">尾页</a></div>
  </div>
</div>
<div id="foot">
  主办单位：包头市九原区人民政府办公室 &nbsp; 网站标识码：1502070001 &nbsp; 蒙ICP备05002345号<br>
  地址：包头市九原区建华南路1号 &nbsp; 邮编：014060 &nbsp; 联系电话：0472-7152000 &nbsp; 技术支持：九原区大数据中心
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 20. Anhui unified platform: ul.doc_list li.odd/even > a + span.date, li.lm_line separators,
#     Ls.pagination(…pageIndex=…) with {currPage:(0+1), pageCount:12}.
@page("xxgk/anhui_doc_list.html")
def _p20() -> str:
    items = [
        ("2026-11-18", 151223401, "关于印发《宣州区2026年冬春农田水利基本建设实施方案》的通知"),
        ("2026-11-17", 151223388, "宣州区人民政府关于划定高污染燃料禁燃区的通告"),
        ("2026-11-14", 151223350, "宣州区人民政府办公室关于做好2026年冬季供暖工作的通知"),
        ("2026-11-11", 151223301, "宣州区2026年第三季度重点工作督查情况通报"),
        ("2026-11-07", 151223255, "关于调整宣州区城乡居民最低生活保障标准的通知"),
        ("2026-11-04", 151223210, "宣州区人民政府关于2026年度区级财政预算调整的报告"),
        ("2026-10-31", 151223170, "宣州区人民政府办公室关于印发宣州区防汛抗旱应急预案的通知"),
        ("2026-10-28", 151223133, "宣州区人民政府关于表彰2025年度招商引资先进单位的决定"),
        ("2026-10-24", 151223090, "关于进一步加强农村宅基地管理的通知"),
        ("2026-10-21", 151223055, "宣州区人民政府关于公布区级行政权力清单的通知"),
        ("2026-10-17", 151223011, "宣州区人民政府办公室关于加强城市精细化管理的实施意见"),
        ("2026-10-14", 151222970, "宣州区2026年秋冬季森林防火工作方案"),
        ("2026-10-10", 151222933, "宣州区人民政府关于开展第五次全国经济普查的通知"),
        ("2026-10-08", 151222901, "宣州区人民政府办公室关于国庆节后工作安排的通知"),
        ("2026-09-29", 151222860, "宣州区人民政府关于促进茶产业高质量发展的若干意见"),
    ]
    out = []
    for i, (d, n, t) in enumerate(items):
        cls = "odd" if i % 2 == 0 else "even"
        out.append(f'<li class="{cls}"><a href="/public/6596441/{n}.html" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>')
        if i % 5 == 4:
            out.append('<li class="lm_line"></li>')
    rows = "\n".join(out)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>区政府文件_宣城市宣州区人民政府</title>
<meta name="SiteName" content="宣城市宣州区人民政府">
<meta name="SiteDomain" content="www.xuanzhou.gov.cn">
<meta name="SiteIDCode" content="3418020001">
<meta name="ColumnName" content="区政府文件">
<meta name="ColumnType" content="政府文件">
<link rel="stylesheet" href="/assets/css/ah_common.css">
<script src="/assets/js/Ls.js"></script>
</head>
<body>
<div class="header">
  <div class="top"><div class="container"><span id="time">{CLOCK_JS}</span><a href="javascript:;" id="wza">无障碍</a><a href="/site/tpl/6786900">长者版</a></div></div>
  <div class="container"><a class="logo" href="/"><img src="/assets/images/logo.png"></a></div>
  <div class="nav"><div class="container"><a href="/">首页</a><a href="/content/column/6786801">新闻中心</a><a href="/public/column/6596441?type=4">政府信息公开</a><a href="/content/column/6786820">政务服务</a><a href="/content/column/6786830">互动交流</a></div></div>
</div>
<div class="container">
  <div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/public/column/6596441?type=4">政府信息公开</a> &gt; <a href="/content/column/6786841">区政府文件</a></div>
  <div class="bt-left">
    <div class="title">政策文件</div>
    <ul class="lm-list"><li class="active"><a href="/content/column/6786841">区政府文件</a></li><li><a href="/content/column/6786842">区政府办公室文件</a></li><li><a href="/content/column/6786843">部门文件</a></li></ul>
  </div>
  <div class="bt-right">
    <div class="lm-title"><span>区政府文件</span></div>
    <div class="navjz">
      <ul class="doc_list list-6786841">
{rows}
      </ul>
    </div>
    <div id="page_6786841" class="pagination"></div>
    <script>
    Ls.pagination("#page_6786841", function (pageIndex) {{
        location.href = '/content/column/6786841?pageIndex=' + pageIndex;
    }}, {{
        currPage: (0 + 1),
        pageCount: 12,
        param: {{}}
    }});
    </script>
  </div>
</div>
<div class="footer"><div class="container">
  <p>主办：宣城市宣州区人民政府办公室　承办：宣州区数据资源管理局　网站标识码：3418020001</p>
  <p>{beian("皖ICP备05000321号", "34180202000012", "皖")}　{conac("34/000/0000/60497920/CA340000000604979200001.js")}</p>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 21. dl rows: <dl><dt><a>…</a></dt><dd class="wh">文号</dd><dd class="time">2026.11.02</dd></dl>;
#     文号 〔2026〕N号; 下一页 link index_1.html and 尾页 index_4.html.
@page("xxgk/gfxwj_dl_rows.html")
def _p21() -> str:
    items = [
        ("2026.11.02", "20261102_661204", "遵化市人民政府关于印发遵化市城镇燃气管理办法的通知", "遵政〔2026〕31号"),
        ("2026.10.27", "20261027_661150", "遵化市人民政府办公室关于规范行政执法公示工作的通知", "遵政办〔2026〕19号"),
        ("2026.10.15", "20261015_661087", "遵化市人民政府关于印发遵化市农村集体经营性建设用地入市办法的通知", "遵政〔2026〕29号"),
        ("2026.09.30", "20260930_660990", "遵化市人民政府关于实施城乡居民大病保险的意见", "遵政〔2026〕27号"),
        ("2026.09.18", "20260918_660921", "遵化市人民政府办公室关于印发遵化市政府投资项目审批办法的通知", "遵政办〔2026〕17号"),
        ("2026.09.05", "20260905_660850", "遵化市人民政府关于进一步加强耕地保护的通知", "遵政〔2026〕25号"),
        ("2026.08.22", "20260822_660788", "遵化市人民政府关于印发遵化市停车场建设和管理办法的通知", "遵政〔2026〕23号"),
        ("2026.08.08", "20260808_660711", "遵化市人民政府办公室关于加强住宅专项维修资金管理的通知", "遵政办〔2026〕14号"),
        ("2026.07.25", "20260725_660650", "遵化市人民政府关于调整征地区片综合地价的通知", "遵政〔2026〕21号"),
        ("2026.07.10", "20260710_660588", "遵化市人民政府关于印发遵化市扬尘污染防治办法的通知", "遵政〔2026〕19号"),
        ("2026.06.26", "20260626_660520", "遵化市人民政府办公室关于印发遵化市农贸市场管理规定的通知", "遵政办〔2026〕11号"),
        ("2026.06.12", "20260612_660455", "遵化市人民政府关于规范城区户外广告设置的通知", "遵政〔2026〕16号"),
    ]
    rows = "\n".join(
        f'      <dl class="news-item">\n        <dt><i class="dot"></i><a href="./{doc[:6]}/t{doc}.html" target="_blank">{t}</a></dt>\n'
        f'        <dd class="wh">{wh}</dd>\n        <dd class="time">{d}</dd>\n      </dl>'
        for d, doc, t, wh in items
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>行政规范性文件 - 遵化市人民政府</title>
<meta name="SiteName" content="遵化市人民政府">
<meta name="SiteIDCode" content="1302810001">
<meta name="ColumnName" content="行政规范性文件">
<meta name="ColumnType" content="规范性文件">
<link rel="stylesheet" href="../../../css/zh_main.css">
</head>
<body>
<div id="zh-top">
  <div class="inner"><div class="weather"><iframe src="//i.tianqi.com/?c=code&id=34&icon=1" width="220" height="30" frameborder="0" scrolling="no"></iframe></div>
  <div class="links"><a href="/zh/wzdt/">网站地图</a> | <a href="/zh/yddh/">移动版</a></div></div>
</div>
<div id="zh-logo"><div class="inner"><img src="../../../images/zh_logo.png"></div></div>
<div id="zh-nav"><div class="inner"><a href="/">首 页</a><a href="/zh/xwzx/">新闻中心</a><a href="/zh/zwgk/" class="on">政务公开</a><a href="/zh/zwfw/">政务服务</a><a href="/zh/gzcy/">公众参与</a></div></div>
<div class="inner clearfix">
  <div class="zh-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zh/zwgk/">政务公开</a> &gt; <a href="../">政策文件</a> &gt; <a href="./">行政规范性文件</a></div>
  <div class="zh-left">
    <div class="zh-left-tit">政策文件</div>
    <div class="zh-left-nav"><a href="../szfwj/">市政府文件</a><a href="./" class="on">行政规范性文件</a><a href="../zcjd/">政策解读</a></div>
    <div class="zh-left-tit">规范性文件清理</div>
    <p class="note">根据《遵化市行政规范性文件管理办法》（遵政〔2024〕3号），现对2026年11月19日前制发的规范性文件进行清理。</p>
  </div>
  <div class="zh-right">
    <div class="zh-right-tit"><h2>行政规范性文件</h2></div>
    <div class="zh-news">
{rows}
    </div>
    <div class="zh-page">
      <span class="cur">1</span> <a href="index_1.html">2</a> <a href="index_2.html">3</a> <a href="index_3.html">4</a>
      <a href="index_1.html" class="next">下一页</a> <a href="index_3.html" class="last">尾页</a>
    </div>
  </div>
</div>
<div id="zh-foot"><div class="inner">
  <p>主办：遵化市人民政府办公室　网站标识码：1302810001　{beian("冀ICP备06001234号", "13028102000003", "冀")}</p>
  <p>{conac("13/000/0000/60497921/CA130000000604979210001.js")} {jiucuo("1302810001")} 版权所有 2010-2026</p>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# 22. Blank column, placeholder as a table row (PHP admin style): <tr><td colspan='5'>本栏目暂无信息<td></tr>
@page("xxgk/jyta_blank_tr.html")
def _p22() -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>建议提案办理结果 - 武城县人民政府</title>
<meta name="SiteName" content="武城县人民政府">
<meta name="SiteIDCode" content="3714280001">
<meta name="ColumnName" content="建议提案办理结果">
<link rel="stylesheet" href="/static/wc/css/gk.css">
</head>
<body>
<div class="gk-top">{CLOCK_JS} <a href="/">网站首页</a></div>
<div class="gk-banner"><h1>武城县人民政府信息公开</h1></div>
<div class="gk-wrap">
  <div class="gk-pos">当前位置：首页 &gt; 法定主动公开内容 &gt; 建议提案办理结果</div>
  <div class="gk-left">
    <ul class="gk-menu">
      <li><a href="/xxgk/jgzn/">机构职能</a></li><li><a href="/xxgk/zcwj/">政策文件</a></li><li><a href="/xxgk/ghjh/">规划计划</a></li>
      <li class="sel"><a href="/xxgk/jyta/">建议提案办理结果</a></li><li><a href="/xxgk/czyjs/">财政预决算</a></li>
    </ul>
    <div class="gk-new"><div class="hd">最新公开</div>
      <table>
        <tr><td><a href="/xxgk/tzgg/202611/t20261119_90211.html">武城县2026年冬季清洁取暖补贴公示</a></td><td>2026-11-19</td></tr>
        <tr><td><a href="/xxgk/zcwj/202611/t20261117_90200.html">武城县人民政府关于加强城市管理的通告</a></td><td>2026-11-17</td></tr>
      </table>
    </div>
  </div>
  <div class="gk-right">
    <div class="gk-title">建议提案办理结果</div>
    <table class="gk-list" width="100%" cellpadding="0" cellspacing="0">
      <tr class="th"><th>序号</th><th>标题</th><th>索引号</th><th>发布机构</th><th>发布日期</th></tr>
      <tr><td colspan='5'>本栏目暂无信息<td></tr>
    </table>
    <div class="gk-page">共0条 &nbsp; 第1/1页</div>
  </div>
</div>
<div class="gk-foot">主办：武城县人民政府办公室　网站标识码：3714280001　{beian("鲁ICP备09012345号", "37142802000009", "鲁")}　{conac("37/000/0000/60497922/CA370000000604979220001.js")}</div>
</body>
</html>
"""
