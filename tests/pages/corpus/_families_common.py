"""Shared furniture for the CMS-family pages of the corpus (see _families_build.py).

Each family page is a full page: a header with a clock, a navigation bar, a breadcrumb,
sidebars whose dated items are newer than the column's own, and a footer. Nothing here is an
item of a column's own list. Labels are set by the builder from the data each page is built
from, never from the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

WEEK = "一二三四五六日"

TITLES = (
    "关于做好2025年冬季安全生产工作的通知",
    "关于开展城乡居民医疗保险集中参保缴费工作的通告",
    "关于公布行政事业性收费目录清单的公告",
    "关于印发《政务服务“好差评”实施细则》的通知",
    "关于征求《城市绿化管理办法（征求意见稿）》意见的公告",
    "关于调整城区部分公交线路的通告",
    "关于公开招聘社区专职工作人员的公告",
    "关于开展全县消防安全隐患排查整治的通知",
    "关于进一步加强森林防火工作的紧急通知",
    "关于做好元旦春节期间市场保供稳价工作的通知",
    "关于拟认定县级农业产业化重点龙头企业的公示",
    "关于开展第四次全国文物普查工作的通知",
    "关于发布重污染天气橙色预警的通告",
    "关于组织申报2025年度中小企业发展专项资金的通知",
    "关于公布第一批县级非物质文化遗产代表性项目名录的通知",
    "关于开展农村集体“三资”清理工作的通知",
    "关于加强汛期地质灾害防治工作的通知",
    "关于公布县级权责清单动态调整结果的公告",
    "关于做好2025年度义务兵征集工作的通告",
    "关于开展燃气安全专项整治“回头看”的通知",
    "关于城区部分路段实施临时交通管制的通告",
    "关于受理2025年度最低生活保障申请的公告",
    "关于表彰全县优秀共产党员的决定",
    "关于公布2025年第三季度“双随机、一公开”抽查结果的公告",
    "关于开展营商环境“体验官”招募活动的公告",
    "关于做好秋冬季农作物病虫害防控工作的通知",
    "关于印发县级应急物资储备管理办法的通知",
    "关于开展全县食品安全“守护行动”的通知",
    "关于举办2025年县级职业技能大赛的通知",
    "关于征集县政府重大行政决策事项的公告",
    "关于加强校园及周边安全管理的通知",
    "关于公布法律顾问和公职律师名单的公告",
    "关于做好困难群众基本生活保障工作的通知",
    "关于开展房屋建筑和市政设施工程质量检查的通知",
    "关于拟推荐省级文明村镇名单的公示",
    "关于启用新版不动产权证书的公告",
    "关于公布县级行政许可事项清单的通知",
    "关于开展住房公积金缴存基数调整工作的通知",
    "关于进一步规范涉企行政检查的通知",
    "关于开展2025年度“清风护航”专项行动的通知",
    "关于公布县城区学校招生服务范围的公告",
    "关于印发《县级河长制工作考核办法》的通知",
    "关于做好高温天气劳动保护工作的通知",
    "关于开展殡葬领域突出问题专项整治的通知",
    "关于公布养老机构等级评定结果的公告",
    "关于开展农业综合行政执法“护农”行动的通知",
    "关于公开征集县域商业体系建设项目的公告",
    "关于城区部分区域计划停水的通告",
    "关于开展预防电信网络诈骗宣传月活动的通知",
    "关于发布县级地方标准立项计划的公告",
)

NEWS = (
    "县长主持召开县政府第28次常务会议",
    "我县召开2025年秋冬季森林防火工作部署会",
    "县委理论学习中心组开展专题学习",
    "全县优化营商环境工作推进会召开",
    "我县开展安全生产大检查督导",
    "县领导调研重点项目建设进展",
    "我县举办乡村振兴专题培训班",
    "全县招商引资项目集中签约仪式举行",
    "我县开展“119”消防宣传月活动",
    "县政府与省农科院签订战略合作协议",
    "县人大常委会视察民生实事项目",
    "我县召开河湖长制工作会议",
    "全县文明城市创建工作推进会召开",
    "县领导督导检查冬季供暖保障工作",
    "我县开展食品安全宣传周活动",
    "全县统计工作会议召开",
)


def cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def weekday(d: date) -> str:
    return "星期" + WEEK[d.weekday()]


def iso(d: date) -> str:
    return d.isoformat()


def days_back(start: date, gaps: list[int]) -> list[date]:
    """Dates going back from start by the given gaps (the first gap is 0 for start itself)."""
    out = []
    current = start
    for gap in gaps:
        current = current - timedelta(days=gap)
        out.append(current)
    return out


def titles(offset: int, count: int, pool: tuple[str, ...] = TITLES) -> list[str]:
    return [pool[(offset + i) % len(pool)] for i in range(count)]


@dataclass(frozen=True)
class Site:
    host: str  # www.xxx.gov.cn
    name: str  # 某县人民政府
    code: str  # 网站标识码
    icp: str
    gongan: str
    province: str  # 冀, 豫 …
    scheme: str = "http"

    @property
    def root(self) -> str:
        return f"{self.scheme}://{self.host}"


def clock_script() -> str:
    return (
        '<script type="text/javascript">var d=new Date(),w=["日","一","二","三","四","五","六"];'
        'document.write("今天是"+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);</script>'
    )


def clock_text(today: date) -> str:
    """A clock a crawler's browser engine already rendered: today's date, never an item date."""
    return f"今天是{cn(today)} {weekday(today)}"


def stats(key: str) -> str:
    return (
        "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement(\"script\");"
        f'hm.src="https://hm.baidu.com/hm.js?{key}";var s=document.getElementsByTagName("script")[0];'
        "s.parentNode.insertBefore(hm,s);})();</script>"
    )


def conac(ident: str) -> str:
    return (
        f'<span id="_ideConac"><a href="//bszs.conac.cn/sitename?method=show&amp;id={ident}" target="_blank">'
        '<img id="imgConac" vspace="0" hspace="0" border="0" src="//dcs.conac.cn/image/red.png"></a></span>'
    )


def jiucuo(code: str) -> str:
    return f"<script id=\"_jiucuo_\" sitecode='{code}' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>"


def footer(site: Site, *, cls: str = "footer", since: int = 2009, updated: date | None = None, extra: str = "") -> str:
    """The site footer: links, 主办单位, 网站标识码, ICP and 公安备案, badges, counters."""
    last = f"<p>网站最后更新：{iso(updated)}</p>" if updated else ""
    return f"""<div class="{cls}">
  <div class="{cls}-links"><a href="{site.root}/wzdt/">网站地图</a> | <a href="{site.root}/lxwm/">联系我们</a> | <a href="{site.root}/wzsm/">网站声明</a> | <a href="{site.root}/yszc/">隐私政策</a></div>
  <div class="{cls}-info">
    {conac(site.code + "E1A0")}
    <p>主办单位：{site.name}办公室　　承办单位：{site.name}信息中心</p>
    <p>网站标识码：{site.code}　　<a href="https://beian.miit.gov.cn/" target="_blank">{site.icp}</a>　　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={site.gongan}" target="_blank"><img src="/images/ga.png" alt="">{site.province}公网安备 {site.gongan}号</a></p>
    <p>版权所有 &copy; {since} {site.name}　建议使用1366×768分辨率浏览</p>
    {last}{extra}
    {jiucuo(site.code)}
  </div>
</div>"""


def nav_bar(site: Site, entries: list[tuple[str, str]], *, cls: str = "nav") -> str:
    items = "".join(f'<li><a href="{site.root}{path}">{escape(name)}</a></li>' for name, path in entries)
    return f'<div class="{cls}"><ul>{items}</ul></div>'


STD_NAV = [
    ("首页", "/"), ("政务公开", "/zwgk/"), ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/"),
    ("走进本县", "/zjbx/"), ("专题专栏", "/ztzl/"),
]


def side_list(
    heading: str,
    entries: list[tuple[str, str, date | None]],
    *,
    cls: str = "side-box",
    date_fmt: str = "iso",
) -> str:
    """A sidebar block of (title, href, date) rows: 热点信息, 最新发布, 推荐阅读 …"""
    rows = []
    for title, href, day in entries:
        shown = ""
        if day is not None:
            shown = f"<span>{iso(day)}</span>" if date_fmt == "iso" else f"<span>{day.month:02d}-{day.day:02d}</span>"
        rows.append(f'<li><a href="{href}" title="{escape(title)}" target="_blank">{escape(title)}</a>{shown}</li>')
    return f'<div class="{cls}"><div class="{cls}-hd"><h3>{heading}</h3></div><ul>{"".join(rows)}</ul></div>'


def newer(start: date, count: int, step: int = 1) -> list[date]:
    """count dates from start going back step days: a sidebar's dates, newer than the list's."""
    return [start - timedelta(days=i * step) for i in range(count)]


def head(title: str, *, charset: str = "utf-8", metas: dict[str, str] | None = None, extra: str = "") -> str:
    meta = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in (metas or {}).items())
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(title)}</title>
{meta}<link rel="stylesheet" href="/css/common.css">
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
{extra}</head>
"""
