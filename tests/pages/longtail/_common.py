"""Shared furniture for the long-tail page set (tests/pages/longtail/).

Written independently of the extractor: nothing here was tuned against its output. The pages
are built by build_pages.py; every page's labels are set by hand in
tests/pages/longtail_labels.yaml from how the page is built here.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Iterable

HERE = Path(__file__).parent

CLOCK_1130 = "今天是2025年11月30日 星期日"

# ------------------------------------------------------------------ title pools

NEWS = [
    "县委常委会召开会议传达学习党的二十届四中全会精神",
    "县政府召开第四季度安全生产形势分析会",
    "我县召开2025年秋冬季森林防灭火工作推进会",
    "县长带队督导检查重点项目建设进展情况",
    "全县冬季清洁取暖工作调度会召开",
    "县人大常委会开展《中华人民共和国食品安全法》执法检查",
    "县政协召开“有事好商量”协商议事会",
    "我县举办2025年度基层干部能力提升培训班",
    "县市场监管局开展冬季校园食品安全专项检查",
    "县卫健委组织开展“健康义诊进乡村”活动",
    "县农业农村局部署小麦冬前田间管理工作",
    "县住建局召开老旧小区改造工作推进会",
    "我县新增3家省级专精特新中小企业",
    "县教育局召开全县中小学校安全工作会议",
    "县自然资源局开展耕地保护专项执法行动",
    "县人社局举办2025年冬季专场招聘会",
    "县民政局开展困难群众冬季走访慰问",
    "我县全面启动2026年度城乡居民医保集中征缴工作",
    "县应急管理局组织开展消防安全应急演练",
    "县交通运输局召开冬季道路运输安全工作会",
    "县文旅局举办“非遗进社区”展演活动",
    "我县召开优化营商环境工作推进会",
    "县发改委召开重点项目谋划储备工作会议",
    "县统计局开展第五次全国经济普查数据质量抽查",
    "县司法局开展“宪法宣传周”系列活动",
    "我县举行重点项目集中开工仪式",
    "县财政局召开预算绩效管理工作培训会",
    "县水利局开展冬季水利工程安全检查",
    "县生态环境分局开展秋冬季大气污染防治督查",
    "县税务局开展“便民办税春风行动”总结会",
    "县委宣传部举办新时代文明实践志愿服务培训",
    "县信访局召开矛盾纠纷排查化解工作会议",
    "我县召开2025年度河湖长制工作会议",
    "县商务局组织企业参加中国国际进口博览会",
    "县退役军人事务局开展走访慰问活动",
    "县林业局部署冬春季林业有害生物防治工作",
    "县审计局召开审计整改工作推进会",
    "县医保局开展医保基金使用专项检查",
    "县乡村振兴局召开驻村帮扶工作推进会",
    "我县召开2025年度秋季征兵工作总结会",
    "县科技局组织开展科技特派员服务活动",
    "县工信局调研工业企业生产经营情况",
    "县城管局开展市容环境综合整治行动",
    "县档案馆开展档案开放审核工作",
    "县气象局发布冬季气候趋势预测",
    "县供销社召开农资保供稳价工作会议",
]

NOTICES = [
    "关于做好2026年元旦春节期间有关工作的通知",
    "关于开展2025年度行政规范性文件清理工作的通知",
    "关于公布2025年第三批行政许可事项办理结果的公告",
    "关于2025年度县级财政预算执行情况的公示",
    "关于征求《县城市生活垃圾分类管理办法（征求意见稿）》意见的公告",
    "关于2025年下半年事业单位公开招聘工作人员拟聘用人员的公示",
    "关于开展冬季安全生产大检查的通知",
    "关于调整城乡居民基本养老保险缴费档次的通知",
    "关于公布县级权责清单动态调整情况的公告",
    "关于做好2025年冬季供暖保障工作的通知",
    "关于印发《县突发事件总体应急预案》的通知",
    "关于公开征集2026年县政府民生实事项目的公告",
    "关于2025年度高层次人才引进拟聘人员名单的公示",
    "关于开展农村集体经济组织成员身份确认工作的通知",
    "关于启用新版不动产权证书的公告",
    "关于暂停办理部分业务的通告",
    "关于县城区部分路段实施交通管制的通告",
    "关于开展2025年度统计执法检查的通知",
    "关于公布第二批县级非物质文化遗产代表性项目名录的通知",
    "关于举办2025年度政务公开业务培训班的通知",
    "关于2025年度耕地地力保护补贴发放情况的公示",
    "关于做好今冬明春火灾防控工作的通知",
    "关于开展2026年度城乡居民医疗保险参保缴费工作的通告",
    "关于公开选调县直机关工作人员的公告",
    "关于2025年度拟命名县级文明单位的公示",
    "关于开展燃气安全隐患排查整治的通知",
    "关于县政务服务中心调整工作时间的公告",
    "关于2025年度残疾人两项补贴资金发放情况的公示",
    "关于开展“双随机、一公开”监管抽查的公告",
    "关于废止部分行政规范性文件的决定",
    "关于印发《县级储备粮管理办法》的通知",
    "关于2025年第四季度“红黑榜”发布情况的通报",
]

LETTERS = [
    "关于某小区冬季供暖温度不达标的反映",
    "咨询灵活就业人员养老保险缴费标准",
    "建议在县医院门口增设公交站点",
    "反映某路段路灯长期不亮的问题",
    "关于农村宅基地审批流程的咨询",
    "反映某商铺占道经营影响通行",
    "咨询新生儿医保参保办理时间",
    "关于小区物业费收费标准的投诉",
    "反映某工地夜间施工噪音扰民",
    "咨询公租房申请条件及办理地点",
    "关于学区划分问题的咨询",
    "反映某村饮用水水质浑浊",
    "咨询个体工商户年报办理方式",
    "关于老旧小区加装电梯政策的咨询",
    "反映某企业拖欠农民工工资",
    "建议增加城区公共停车位",
    "关于不动产登记办理时限的咨询",
    "反映某菜市场周边环境卫生差",
    "咨询高龄津贴申领条件",
    "关于居住证办理材料的咨询",
]


def titles(pool: list[str], n: int, offset: int = 0) -> list[str]:
    """n titles from a pool, starting at offset, wrapping (callers keep n <= len(pool))."""
    return [pool[(offset + i) % len(pool)] for i in range(n)]


GAPS = (0, 1, 0, 2, 1, 3, 1, 0, 2, 4, 1, 2)


def dates_desc(newest: str, n: int, gaps: Iterable[int] = GAPS) -> list[date]:
    """n dates, newest first, never increasing (the first one is ``newest``)."""
    gaps = list(gaps)
    current = date.fromisoformat(newest)
    out = [current]
    for i in range(1, n):
        current -= timedelta(days=gaps[i % len(gaps)])
        out.append(current)
    return out


def iso(d: date) -> str:
    return d.isoformat()


def cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn2(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def slash(d: date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def mmdd(d: date) -> str:
    return f"{d.month:02d}-{d.day:02d}"


# ------------------------------------------------------------------ furniture


def gov_footer(org: str, code: str, icp: str, gongan: str, years: str = "2016-2025", addr: str = "", tel: str = "") -> str:
    num = "".join(ch for ch in gongan if ch.isdigit())
    return f"""<div class="footer">
  <div class="footer-nav"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/wzsm/">网站声明</a> | <a href="/yszc/">隐私政策</a></div>
  <div class="footer-info">
    <p>主办单位：{org}　承办单位：{org}办公室　版权所有 &copy; {years} {org}</p>
    <p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　<img src="/images/beian.png" alt=""> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={num}" target="_blank">{gongan}</a></p>
    <p>地址：{addr or '县城行政中心'}　联系电话：{tel or '0000-1234567'}　建议使用1920×1080分辨率浏览本站</p>
  </div>
  <div class="footer-icons">
    <span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F" target="_blank"><img src="/images/dzjg.png" alt="党政机关"></a></span>
    <script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
    <a href="http://www.gov.cn/zhuanti/wzaxg/" class="wza">无障碍浏览</a>
  </div>
</div>"""


def js_clock(element_id: str = "nowTime") -> str:
    return f"""<span id="{element_id}"></span>
<script type="text/javascript">
  (function () {{
    var d = new Date(), w = ["日", "一", "二", "三", "四", "五", "六"];
    document.getElementById("{element_id}").innerHTML = "今天是" + d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日 星期" + w[d.getDay()];
  }})();
</script>"""


def write(rel: str, html: str, encoding: str = "utf-8") -> None:
    path = HERE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if encoding == "gbk":
        data = html.encode("gbk", errors="xmlcharrefreplace")
    else:
        data = html.encode("utf-8")
    path.write_bytes(data)
