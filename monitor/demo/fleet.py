"""The bundled demo fleet: simulated government websites with a few defects planted on purpose.

Pure data, no I/O. Every date is computed back from `today`, so the demo shows the same picture
whatever day it runs. The dataclasses double as ground truth: tests of the extractor and of
the rules compare what they read from the served pages with what is recorded here.

Planted in `demo_fleet` (and nothing else in the fleet may trip a rule):
  site002  homepage stale: every dated homepage item is at least 25 days old;
  site003  GBK, exactly 5 stale 动态 columns, with a sidebar of today's items as a trap;
  site004  exactly 5 blank columns;
  site005  portal with 3 broken links on the homepage and 2 on column pages;
  site006  one column whose server never answers (must end `unknown`, never stale).
"""

from __future__ import annotations

import datetime
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

__all__ = [
    "BrokenLink",
    "DemoAccount",
    "DemoColumn",
    "DemoFleet",
    "DemoItem",
    "DemoSite",
    "HomeBlock",
    "clock_text",
    "demo_fleet",
    "platform_fleet",
    "synthetic_fleet",
]

Category = Literal["dynamic", "notice_policy", "yearly", "interaction", "static"]
ListStyle = Literal["ul", "table", "xxgk", "mailbox"]
"""ul: li > a + date span; table: a row per item, date in a td; xxgk: 政府信息公开 table with
索引号/标题/发文字号/成文日期/发布日期; mailbox: letters with 写信时间 and 办理状态."""
Pager = Literal["trs", "trs_vars", "link"]
"""trs: createPageHTML(n, c, "index", "html"); trs_vars: the inline currentPage/countPage
script; link: plain 首页/上一页/下一页/尾页 anchors."""
DateFormat = Literal["iso", "slash", "short"]
"""How list dates look: 2026-11-20, 2026/11/20, or [11-20] with the year only in the URL."""
Encoding = Literal["utf-8", "gbk"]
SiteKind = Literal["portal", "department"]
Theme = Literal["trs", "ucap", "plain"]
"""Template family: decides the CSS class names of the list page parts."""

# The ColumnType meta each category carries: free text, as real sites write it.
COLUMN_TYPES: dict[str, str] = {
    "dynamic": "动态要闻",
    "notice_policy": "通知公告",
    "yearly": "人事规划",
    "interaction": "互动交流",
    "static": "概况信息",
}


@dataclass(frozen=True)
class DemoItem:
    """One published item: an article page at `path`, listed in its column."""

    title: str
    path: str
    date: date
    pinned: bool = False
    index_no: str = ""  # 索引号 (xxgk lists only)
    doc_no: str = ""  # 发文字号 (xxgk lists only)
    # `date` names the field from here on, hence datetime.date below.
    written: datetime.date | None = None  # 成文日期, older than `date` (xxgk lists only)
    attachment: str | None = None  # path of the .pdf the article links to
    image: str | None = None  # path of the picture shown with the item (图片新闻)
    replied: datetime.date | None = None  # date of the answer (mailbox letters); None = 办理中


@dataclass(frozen=True)
class DemoColumn:
    """A column (栏目): its list pages at `path` (= `path`index.html), index_1.html, …"""

    slug: str
    name: str
    category: Category
    path: str
    items: tuple[DemoItem, ...]  # newest first, except a pinned item at the top
    style: ListStyle = "ul"
    per_page: int = 20
    pager: Pager = "trs"
    placeholder: str | None = None  # text shown when the column has no items
    placeholder_in_list: bool = False  # placeholder as a lone <li>/<tr>, else in a div
    hangs: bool = False  # the server never answers any page of this column
    level: int = 1
    pictures: bool = False
    guides: bool = False  # articles are 办事指南 carrying all the key elements

    @property
    def column_type(self) -> str:
        """The ColumnType meta of the column's pages."""
        if self.guides:
            return "办事指南"
        if self.category == "notice_policy" and "政策" in self.name:
            return "政策文件"
        return COLUMN_TYPES[self.category]

    @property
    def blank(self) -> bool:
        """True when the column lists nothing (a placeholder is not an item)."""
        return not self.items

    @property
    def latest_date(self) -> date | None:
        """Newest item date over the whole column, pinned items included."""
        return max((item.date for item in self.items), default=None)

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(len(self.items) / self.per_page))

    def page_path(self, page: int) -> str:
        """Path of list page `page` (0-based): the column directory, then index_1.html, …"""
        return self.path if page == 0 else f"{self.path}index_{page}.html"

    def page_items(self, page: int) -> tuple[DemoItem, ...]:
        return self.items[page * self.per_page : (page + 1) * self.per_page]

    def page_latest_date(self, page: int) -> date | None:
        return max((item.date for item in self.page_items(page)), default=None)

    def next_page(self, page: int) -> str | None:
        """Path of the page after `page`, or None on the last page."""
        return self.page_path(page + 1) if page + 1 < self.page_count else None


@dataclass(frozen=True)
class HomeBlock:
    """A dated block on a homepage (要闻, 通知公告 …) showing items of one column."""

    title: str
    more: str  # path of the column the block's 更多 link opens
    items: tuple[DemoItem, ...]
    pictures: bool = False


@dataclass(frozen=True)
class BrokenLink:
    """A planted link on `page` (a served path) to `target`, a path that is not served."""

    page: str
    target: str
    tag: Literal["a", "img"]
    text: str


@dataclass(frozen=True)
class DemoSite:
    slug: str
    code: str  # 网站标识码
    name: str
    short: str  # how the unit names itself in titles (市发改委)
    kind: SiteKind
    unit: str
    email: str
    encoding: Encoding
    columns: tuple[DemoColumn, ...]
    home_blocks: tuple[HomeBlock, ...]
    broken_links: tuple[BrokenLink, ...] = ()
    declare_columns: bool = False
    planted: str | None = None
    date_format: DateFormat = "iso"
    date_in_anchor: bool = False  # ul lists put the date inside the <a>
    relative_links: bool = False  # lists link articles as ./YYYYMM/t….html
    hot_sidebar: bool = False  # column pages carry a 热点信息 sidebar of the newest items
    theme: Theme = "trs"
    # 办事服务 on a 政务服务 platform off the site (an absolute URL), as most real sites have it;
    # the site then keeps no 办事服务 column of its own.
    service_url: str | None = None

    @property
    def path(self) -> str:
        return f"/{self.slug}/"

    @property
    def domain(self) -> str:
        """The SiteDomain meta: a name, never fetched (the demo has no DNS)."""
        return f"{self.slug}.zibo.example.org"

    def column(self, slug: str) -> DemoColumn:
        for column in self.columns:
            if column.slug == slug:
                return column
        raise KeyError(slug)

    @property
    def home_items(self) -> tuple[DemoItem, ...]:
        return tuple(item for block in self.home_blocks for item in block.items)

    @property
    def home_latest_date(self) -> date | None:
        """Newest dated item on the homepage (the clock and footer do not count)."""
        return max((item.date for item in self.home_items), default=None)

    @property
    def broken_home_links(self) -> int:
        return sum(1 for link in self.broken_links if link.page == self.path)

    @property
    def broken_other_links(self) -> int:
        return sum(1 for link in self.broken_links if link.page != self.path)


@dataclass(frozen=True)
class DemoAccount:
    """A new-media account of the demo: its registered facts and the feed the demo serves for it
    at `/feeds/<code>.xml` (posts dated `ages` days before today; `shown` is the name the feed
    states, `hangs` a feed that never answers)."""

    code: str  # 政务新媒体标识码
    name: str
    platform: str  # as the roster writes it (新浪微博, 微信公众号 …)
    operator: str
    unit: str
    email: str
    ages: tuple[int, ...]
    shown: str | None = None
    hangs: bool = False
    planted: str | None = None

    @property
    def feed_path(self) -> str:
        return f"/feeds/{self.code}.xml"


@dataclass(frozen=True)
class DemoFleet:
    sites: tuple[DemoSite, ...]
    accounts: tuple[DemoAccount, ...] = ()

    def site(self, slug: str) -> DemoSite:
        for site in self.sites:
            if site.slug == slug:
                return site
        raise KeyError(slug)

    def hangs(self, path: str) -> bool:
        """True for any path under a column whose server never answers, and a hanging feed."""
        return any(
            path.startswith(column.path) for site in self.sites for column in site.columns if column.hangs
        ) or any(path == account.feed_path for account in self.accounts if account.hangs)

    def account_entries(self, base_url: str) -> list[dict[str, object]]:
        """The `accounts:` entries of a config (contracts §2) whose feeds the fleet serves at `base_url`."""
        base = base_url.rstrip("/")
        return [
            {"code": a.code, "name": a.name, "platform": a.platform, "operator": a.operator, "unit": a.unit,
             "email": a.email, "feed": base + a.feed_path}
            for a in self.accounts
        ]

    def site_entries(self, base_url: str) -> list[dict[str, object]]:
        """The `sites:` entries of a config (contracts §2) for the fleet served at `base_url`."""
        base = base_url.rstrip("/")
        entries: list[dict[str, object]] = []
        for site in self.sites:
            entry: dict[str, object] = {
                "code": site.code,
                "name": site.name,
                "url": base + site.path,
                "kind": site.kind,
                "unit": site.unit,
                "email": site.email,
            }
            if site.declare_columns:
                entry["columns"] = [
                    {"name": c.name, "url": base + c.path, "category": c.category, "level": c.level}
                    for c in site.columns
                ]
            entries.append(entry)
        return entries


# --- building blocks -------------------------------------------------------------------------

_DISTRICTS = ("张店区", "淄川区", "博山区", "临淄区", "周村区", "桓台县", "高青县", "沂源县")
_PEOPLE = ("张伟", "李娜", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "孙浩", "周丽", "吴刚")
_ISSUES = (
    "供暖不热", "小区停车难", "夜间施工噪音", "路灯不亮", "老旧小区加装电梯", "公交线路调整", "物业收费", "道路积水",
)

# Title templates per column slug (or category when the slug has none). Fields: {short} the
# unit's short name, {topic} one of the site's topics, {year} the item's own year,
# {district}, {person}, {issue}.
_TITLES: dict[str, tuple[str, ...]] = {
    "dynamic": (
        "{short}召开{year}年{topic}工作推进会",
        "{short}赴{district}调研{topic}工作",
        "{short}开展{topic}专项检查",
        "{short}组织{topic}业务培训",
        "{district}{topic}工作取得阶段性成效",
        "{short}召开{topic}工作座谈会",
        "市领导到{short}检查指导{topic}工作",
        "{short}部署{topic}重点任务",
        "{district}扎实推进{topic}",
        "{short}党组专题研究{topic}工作",
    ),
    "notice_policy": (
        "关于做好{year}年{topic}工作的通知",
        "关于开展{topic}专项行动的通知",
        "关于{topic}有关事项的公告",
        "{short}关于{topic}的公示",
        "关于征求《淄博市{topic}管理办法（征求意见稿）》意见的公告",
        "关于组织申报{year}年度{topic}项目的通知",
    ),
    "zcwj": (
        "关于印发《淄博市{topic}实施方案》的通知",
        "关于进一步加强{topic}工作的意见",
        "关于印发《{topic}管理办法》的通知",
        "关于推进{topic}高质量发展的若干措施",
        "关于印发《{year}年{topic}工作要点》的通知",
    ),
    "rsxx": (
        "{short}{year}年公开招聘工作人员简章",
        "关于{person}等同志任职前公示",
        "{short}{year}年公开遴选公务员公告",
        "{short}{year}年引进急需紧缺人才拟聘用人员公示",
        "关于{person}同志任免职务的通知",
    ),
    "ghjh": (
        "{short}{year}年工作要点",
        "{short}{year}年{topic}工作计划",
        "淄博市{topic}发展规划",
        "{short}{year}年工作总结和下一年工作打算",
    ),
    "czyjs": (
        "{short}{year}年部门预算公开",
        "{short}{year}年部门决算公开",
        "{short}{year}年“三公”经费预算说明",
        "{short}{year}年政府采购意向公开",
    ),
    "jggk": ("单位简介", "主要职责", "内设机构", "领导分工", "下属单位"),
    "lxwm": ("联系方式", "办公地址及乘车路线", "工作时间", "信访接待"),
    "bsfw": (
        "{topic}事项办事指南",
        "{topic}备案办事指南",
        "{topic}审核办事指南",
        "{topic}证明出具办事指南",
    ),
    "interaction": (
        "关于{district}{issue}问题的咨询",
        "反映{district}{issue}的问题",
        "建议解决{district}{issue}",
        "{district}{issue}何时能解决",
    ),
}


def _weekday(d: date) -> str:
    return "一二三四五六日"[d.weekday()]


def clock_text(today: date) -> str:
    """The header clock every page shows: not an item date (a classic trap)."""
    return f"今天是{today.year}年{today.month}月{today.day}日 星期{_weekday(today)}"


@dataclass
class _Builder:
    """Mutable state while one site's columns are generated: its rngs and column counter.

    `rng` draws the structure (ages, counts) and `words` the titles, so that titles, which
    differ with the year of `today`, never shift the structure: the fleet looks the same
    relative to any `today`.
    """

    today: date
    site_no: int
    slug: str
    short: str
    topics: tuple[str, ...]
    rng: random.Random
    words: random.Random
    doc_prefix: str = "淄政办字"
    column_no: int = 0

    def ages(self, newest: int, count: int, gap: tuple[int, int]) -> list[int]:
        """`count` ages in days, newest first, consecutive ones `gap` days apart."""
        ages = [newest]
        while len(ages) < count:
            ages.append(ages[-1] + self.rng.randint(*gap))
        return ages

    def title(self, slug: str, category: str, day: date, used: set[str]) -> str:
        """A realistic title for an item of column `slug`, not yet in `used` (then added to it)."""
        templates = _TITLES.get(slug, _TITLES.get(category, _TITLES["dynamic"]))
        for _ in range(30):
            title = self.words.choice(templates).format(
                short=self.short,
                topic=self.words.choice(self.topics),
                year=day.year,
                district=self.words.choice(_DISTRICTS),
                person=self.words.choice(_PEOPLE),
                issue=self.words.choice(_ISSUES),
            )
            if title not in used:
                break
        else:
            # The templates are nearly exhausted (a small static column): number the repeat.
            title = f"{title}（{len(used) + 1}）"
        used.add(title)
        return title

    def column(
        self,
        slug: str,
        name: str,
        category: Category,
        ages: Sequence[int],
        *,
        style: ListStyle = "ul",
        per_page: int = 20,
        pager: Pager = "trs",
        level: int = 1,
        pictures: bool = False,
        guides: bool = False,
        hangs: bool = False,
        pinned_age: int | None = None,
        titles: dict[int, str] | None = None,
    ) -> DemoColumn:
        """A column whose items are `ages` days old (newest first), plus an optional pinned item.

        `titles` replaces the generated title of the item at that index (for traps).
        """
        self.column_no += 1
        path = f"/{self.slug}/{slug}/"
        same_day: dict[date, int] = {}
        used: set[str] = set(titles.values()) if titles else set()
        ordered = ([pinned_age] if pinned_age is not None else []) + list(ages)
        items: list[DemoItem] = []
        for index, age in enumerate(ordered):
            pinned = pinned_age is not None and index == 0
            day = self.today - timedelta(days=age)
            seq = same_day.get(day, 0)
            same_day[day] = seq + 1
            # TRS docids grow with time; the column number and same-day counter keep them unique.
            docid = (day.toordinal() - 730_000) * 1000 + self.column_no * 10 + seq
            folder = f"{path}{day:%Y%m}/"
            ordinal = index - (1 if pinned_age is not None else 0)
            title = (titles or {}).get(ordinal) if not pinned else None
            title = title or self.title(slug, category, day, used)
            items.append(
                DemoItem(
                    title=title,
                    path=f"{folder}t{day:%Y%m%d}_{docid}.html",
                    date=day,
                    pinned=pinned,
                    index_no=self._index_no(day, docid) if style == "xxgk" else "",
                    doc_no=f"{self.doc_prefix}〔{day.year}〕{docid % 97 + 1}号" if style == "xxgk" else "",
                    written=day - timedelta(days=self.rng.randint(2, 9)) if style == "xxgk" else None,
                    attachment=(
                        f"{folder}P0{day:%Y%m%d}{docid}.pdf"
                        if category == "notice_policy" and docid % 3 == 0
                        else None
                    ),
                    image=f"{folder}W0{day:%Y%m%d}{docid}.png" if pictures else None,
                    replied=self._replied(day) if style == "mailbox" else None,
                )
            )
        return DemoColumn(
            slug=slug,
            name=name,
            category=category,
            path=path,
            items=tuple(items),
            style=style,
            per_page=per_page,
            pager=pager,
            level=level,
            pictures=pictures,
            guides=guides,
            hangs=hangs,
        )

    def blank(
        self,
        slug: str,
        name: str,
        category: Category,
        *,
        style: ListStyle = "ul",
        placeholder: str | None,
        in_list: bool,
        level: int = 1,
    ) -> DemoColumn:
        """A column with no items, showing `placeholder` (as a lone row when `in_list`) or nothing."""
        self.column_no += 1
        return DemoColumn(
            slug=slug,
            name=name,
            category=category,
            path=f"/{self.slug}/{slug}/",
            items=(),
            style=style,
            placeholder=placeholder,
            placeholder_in_list=in_list,
            level=level,
        )

    def _index_no(self, day: date, docid: int) -> str:
        # 统一社会信用代码/年份-序号: the year-number part is a trap for date extraction.
        return f"1137030000{4330120 + self.site_no:07d}X/{day.year}-{docid % 100000:05d}"

    def _replied(self, asked: date) -> date | None:
        answered = asked + timedelta(days=self.rng.randint(1, 5))
        return answered if answered <= self.today else None


def _home_blocks(
    columns: Sequence[DemoColumn], today: date, *, min_age: int = 0, per_block: int = 6
) -> tuple[HomeBlock, ...]:
    """Up to four homepage blocks: the two freshest 动态 columns, then two 通知公告/政策 columns.

    Only items at least `min_age` days old are shown (a homepage nobody refreshed).
    """
    live = [c for c in columns if c.items and not c.hangs]
    dynamic = sorted(
        (c for c in live if c.category == "dynamic"), key=lambda c: c.latest_date or date.min, reverse=True
    )
    notices = [c for c in live if c.category == "notice_policy"]
    blocks = []
    for column in dynamic[:2] + notices[:2]:
        shown = sorted(
            (item for item in column.items if (today - item.date).days >= min_age),
            key=lambda item: item.date,
            reverse=True,
        )[:per_block]
        if shown:
            blocks.append(HomeBlock(column.name, column.path, tuple(shown), pictures=column.pictures))
    return tuple(blocks)


def _standard_columns(
    b: _Builder,
    *,
    gzdt_pager: Pager = "trs",
    gzdt_per_page: int = 20,
    gzdt_count: int = 16,
    second: tuple[str, str] = ("qxdt", "区县动态"),
    zcwj_style: ListStyle = "ul",
    list_style: ListStyle = "ul",
    pinned: bool = False,
    pictures: bool = False,
    skip: frozenset[str] = frozenset(),
) -> list[DemoColumn]:
    """The columns of a healthy site: every window comfortably met.

    动态 updated within 0–5 days, 通知公告/政策文件 within 60, 人事/规划/预决算 within 150,
    static columns with a few items, and a 领导信箱 with recent letters.
    """
    r = b.rng
    columns = [
        b.column(
            "gzdt", "工作动态", "dynamic", b.ages(r.randint(0, 2), gzdt_count, (1, 3)),
            style=list_style, per_page=gzdt_per_page, pager=gzdt_pager,
        ),
        b.column(second[0], second[1], "dynamic", b.ages(r.randint(0, 5), 12, (2, 6)), style=list_style),
        b.column(
            "tzgg", "通知公告", "notice_policy", b.ages(r.randint(1, 20), 14, (3, 9)),
            style=list_style, pinned_age=400 + r.randint(0, 60) if pinned else None,
        ),
        b.column("zcwj", "政策文件", "notice_policy", b.ages(r.randint(3, 40), 10, (6, 20)), style=zcwj_style),
        b.column("rsxx", "人事信息", "yearly", b.ages(r.randint(10, 90), 5, (20, 60)), level=2),
        b.column("ghjh", "规划计划", "yearly", b.ages(r.randint(20, 120), 4, (30, 90)), level=2),
        b.column("czyjs", "财政预决算", "yearly", b.ages(r.randint(15, 100), 4, (40, 90)), level=2),
        b.column("jggk", "机构概况", "static", b.ages(r.randint(30, 120), 3, (5, 30))),
        b.column("lxwm", "联系我们", "static", b.ages(r.randint(10, 90), 2, (5, 30))),
        b.column("bsfw", "办事服务", "static", b.ages(r.randint(5, 40), 6, (5, 20)), guides=True),
        b.column("ldxj", "领导信箱", "interaction", b.ages(r.randint(0, 4), 12, (1, 5)), style="mailbox"),
    ]
    if pictures:
        columns.insert(
            2, b.column("tpxw", "图片新闻", "dynamic", b.ages(r.randint(0, 3), 8, (2, 5)), pictures=True)
        )
    return [c for c in columns if c.slug not in skip]


@dataclass(frozen=True)
class _Spec:
    slug: str
    code: str
    name: str
    short: str
    mailbox: str  # local part of the email address
    topics: tuple[str, ...]
    kind: SiteKind = "department"


_SPECS: tuple[_Spec, ...] = (
    _Spec("site001", "3703000034", "淄博市发展和改革委员会", "市发改委", "fgw",
          ("重点项目建设", "营商环境优化", "节能降碳", "价格监测", "社会信用体系建设", "现代物流业发展")),
    _Spec("site002", "3703000041", "淄博市教育局", "市教育局", "jyj",
          ("义务教育招生", "校园安全", "教师队伍建设", "职业教育", "学前教育", "课后服务")),
    _Spec("site003", "3703000052", "淄博市民政局", "市民政局", "mzj",
          ("养老服务", "社会救助", "婚姻登记", "社会组织管理", "殡葬改革", "儿童福利")),
    _Spec("site004", "3703000063", "淄博市财政局", "市财政局", "czj",
          ("预算绩效管理", "政府采购", "国有资产管理", "会计监督", "债务管理", "非税收入")),
    _Spec("site005", "3703000001", "淄博市人民政府", "市政府", "zfb",
          ("民生实事", "乡村振兴", "数字政府建设", "招商引资", "城市更新", "生态保护"), kind="portal"),
    _Spec("site006", "3703000074", "淄博市自然资源和规划局", "市自然资源和规划局", "zrzyj",
          ("耕地保护", "国土空间规划", "不动产登记", "地质灾害防治", "土地供应", "测绘地理信息")),
    _Spec("site007", "3703000085", "淄博市交通运输局", "市交通运输局", "jtj",
          ("农村公路建设", "公交优先发展", "道路运输安全", "治超治限", "港航建设", "出租汽车管理")),
    _Spec("site008", "3703000096", "淄博市卫生健康委员会", "市卫生健康委", "wjw",
          ("基层医疗卫生", "疾病预防控制", "健康促进", "妇幼健康", "医疗质量管理", "中医药发展")),
    _Spec("site009", "3703000107", "淄博市市场监督管理局", "市市场监管局", "scjgj",
          ("食品安全", "特种设备安全", "知识产权保护", "价格监督检查", "计量监督", "登记注册便利化")),
    _Spec("site010", "3703000118", "淄博市生态环境局", "市生态环境局", "sthjj",
          ("大气污染防治", "水环境治理", "固体废物管理", "环评审批", "生态环境执法", "碳排放管理")),
    _Spec("site011", "3703000129", "淄博市应急管理局", "市应急局", "yjj",
          ("安全生产", "防汛抗旱", "森林防火", "危险化学品监管", "应急救援演练", "自然灾害救助")),
    _Spec("site012", "3703020001", "淄博市张店区人民政府", "张店区", "zdq",
          ("城市更新", "社区治理", "民生实事", "营商环境优化", "文明城市创建", "产业招商"), kind="portal"),
)


def _site(
    spec: _Spec,
    b: _Builder,
    columns: Sequence[DemoColumn],
    *,
    encoding: Encoding = "utf-8",
    home_min_age: int = 0,
    broken_links: tuple[BrokenLink, ...] = (),
    declare_columns: bool = False,
    planted: str | None = None,
    date_format: DateFormat = "iso",
    date_in_anchor: bool = False,
    relative_links: bool = False,
    hot_sidebar: bool = False,
    theme: Theme = "trs",
    service_url: str | None = None,
) -> DemoSite:
    """The site of `spec` with `columns`; its homepage shows items at least `home_min_age` days old."""
    return DemoSite(
        slug=spec.slug,
        code=spec.code,
        name=spec.name,
        short=spec.short,
        kind=spec.kind,
        unit=spec.name,
        email=f"{spec.mailbox}@example.org",
        encoding=encoding,
        columns=tuple(columns),
        home_blocks=_home_blocks(columns, b.today, min_age=home_min_age),
        broken_links=broken_links,
        declare_columns=declare_columns,
        planted=planted,
        date_format=date_format,
        date_in_anchor=date_in_anchor,
        relative_links=relative_links,
        hot_sidebar=hot_sidebar,
        theme=theme,
        service_url=service_url,
    )


def _builder(spec: _Spec, site_no: int, today: date, seed: object) -> _Builder:
    return _Builder(
        today=today,
        site_no=site_no,
        slug=spec.slug,
        short=spec.short,
        topics=spec.topics,
        rng=random.Random(f"{seed}:{spec.slug}"),
        words=random.Random(f"{seed}:{spec.slug}:words"),
    )


def demo_fleet(today: date) -> DemoFleet:
    """The twelve demo sites and six accounts, dated back from `today`; see the module docstring
    for the plants."""
    sites = []
    for site_no, spec in enumerate(_SPECS, start=1):
        b = _builder(spec, site_no, today, "demo")
        sites.append(_DEMO_SITES[spec.slug](spec, b))
    return DemoFleet(tuple(sites), _DEMO_ACCOUNTS)


_DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("370300M001WB0001", "淄博发布", "新浪微博", "淄博市人民政府办公室", "淄博市人民政府办公室",
                "zfb@example.org", (0, 1, 3, 4, 6)),
    DemoAccount("370300M002WX0001", "淄博教育", "微信公众号", "淄博市教育局", "淄博市教育局", "jyj@example.org",
                (1, 2, 5, 9)),
    DemoAccount("370300M003WX0001", "淄博民政", "微信公众号", "淄博市民政局", "淄博市民政局", "mzj@example.org",
                (18, 25, 40), planted="no post for 18 days: 监测时间点前2周内无更新"),
    DemoAccount("370300M004DY0001", "淄博财政", "抖音短视频", "淄博市财政局", "淄博市财政局", "czj@example.org",
                (2, 6, 11), shown="淄博财政发布", planted="renamed on the platform: 账号名称与实际不一致"),
    DemoAccount("370300M005TT0001", "淄博交通", "今日头条", "淄博市交通运输局", "淄博市交通运输局", "jtj@example.org",
                (120, 150), planted="no post for 120 days: stale and 僵尸账号未注销"),
    DemoAccount("370300M006WB0001", "淄博应急", "新浪微博", "淄博市应急管理局", "淄博市应急管理局", "yjj@example.org",
                (1, 3), hangs=True, planted="its feed never answers: 无法判断, never failed"),
)


def _site001(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(b, gzdt_count=40, gzdt_per_page=15, zcwj_style="xxgk")
    return _site(spec, b, columns, declare_columns=True, relative_links=True)


def _site002(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(b, second=("jyyw", "教育要闻"))
    return _site(
        spec, b, columns, home_min_age=25, theme="ucap",
        planted="homepage stale: its blocks were curated by hand and show nothing newer than 25 days",
    )


def _site003(spec: _Spec, b: _Builder) -> DemoSite:
    recent = b.today - timedelta(days=3)
    stale = [
        b.column(
            "gzdt", "工作动态", "dynamic", b.ages(20, 40, (1, 4)), per_page=15,
            # A recent date inside a title and a GBK-only character (堃) on a stale list.
            titles={0: "市民政局局长王堃带队督导养老服务机构安全工作",
                    1: f"市民政局部署{recent.month}月{recent.day}日起开展养老服务质量提升行动"},
        ),
        b.column("qxdt", "区县动态", "dynamic", b.ages(45, 10, (3, 9))),
        b.column("xzdt", "乡镇动态", "dynamic", b.ages(70, 8, (5, 12))),
        b.column("tpxw", "图片新闻", "dynamic", b.ages(95, 6, (5, 15)), pictures=True),
        b.column("bmdt", "部门动态", "dynamic", b.ages(120, 6, (7, 20))),
    ]
    # The fresh 要闻 column feeds the 热点信息 sidebar with items dated today.
    fresh = b.column("mzyw", "民政要闻", "dynamic", [0, 0] + b.ages(1, 12, (1, 3)))
    others = _standard_columns(b, skip=frozenset({"gzdt", "qxdt"}))
    return _site(
        spec, b, [fresh, *stale, *others], encoding="gbk", declare_columns=True, hot_sidebar=True,
        planted="5 stale 动态 columns (20, 45, 70, 95, 120 days); their pages show a 热点信息 "
                "sidebar dated today",
    )


def _site004(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(b, skip=frozenset({"rsxx", "ghjh", "czyjs"}))
    blanks = [
        b.blank("rsxx", "人事信息", "yearly", placeholder="暂无信息", in_list=True, level=2),
        b.blank("ghjh", "规划计划", "yearly", placeholder="本栏目暂无信息", in_list=False, level=2),
        b.blank("czyjs", "财政预决算", "yearly", style="table", placeholder=None, in_list=False, level=2),
        b.blank("jyta", "建议提案", "yearly", placeholder="栏目建设中", in_list=False, level=2),
        b.blank("tjsj", "统计数据", "static", style="table", placeholder="暂无数据", in_list=True, level=2),
    ]
    return _site(
        spec, b, [*columns, *blanks], theme="plain",
        planted="5 blank columns: 暂无信息 <li>, 本栏目暂无信息 div, empty table, 栏目建设中, 暂无数据 row",
    )


def _site005(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(b, second=("bmdt", "部门动态"), zcwj_style="xxgk", pictures=True)
    month = f"{b.today - timedelta(days=40):%Y%m}"
    tzgg, tpxw = (next(c for c in columns if c.slug == slug) for slug in ("tzgg", "tpxw"))
    home = f"/{spec.slug}/"
    broken = (
        BrokenLink(home, f"/{spec.slug}/gzdt/{month}/t{month}15_1.html", "a", "优化营商环境专题"),
        BrokenLink(home, f"/{spec.slug}/images/banner_zt.png", "img", "专题横幅"),
        BrokenLink(home, f"/{spec.slug}/zfxxgk/ndbg/{month}/P0{month}01.pdf", "a", "政府信息公开工作年度报告（PDF）"),
        BrokenLink(tzgg.path, f"{tzgg.path}{month}/P0{month}02.doc", "a", "相关附件：申报表.doc"),
        BrokenLink(tpxw.path, f"/{spec.slug}/images/qrcode_wx.png", "img", "微信公众号二维码"),
    )
    return _site(
        spec, b, columns, broken_links=broken,
        planted="portal with broken links: 3 on the homepage (article, image, .pdf), 2 on column pages",
    )


def _site006(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(b)
    hanging = b.column("zxft", "在线访谈", "interaction", b.ages(2, 6, (7, 20)), hangs=True)
    return _site(
        spec, b, [*columns, hanging],
        planted="column 在线访谈 never answers: it must end unknown, never stale",
    )


def _site007(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(b, gzdt_pager="link", gzdt_count=35, gzdt_per_page=12)
    return _site(spec, b, columns, theme="plain")


def _site008(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(
        b, gzdt_pager="trs_vars", gzdt_count=30, gzdt_per_page=12, list_style="table", second=("jcdt", "基层动态"),
    )
    return _site(spec, b, columns, encoding="gbk", relative_links=True)


def _site009(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(b, pinned=True)
    return _site(spec, b, columns, date_in_anchor=True, theme="ucap")


def _site010(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(b, gzdt_count=45, gzdt_per_page=20, pinned=True, pictures=True)
    return _site(spec, b, columns, date_format="short", relative_links=True)


def _site011(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(b, second=("xzdt", "乡镇动态"))
    return _site(spec, b, columns, date_format="slash", theme="plain")


def _site012(spec: _Spec, b: _Builder) -> DemoSite:
    columns = _standard_columns(b, second=("bmdt", "部门动态"), zcwj_style="xxgk", pictures=True)
    return _site(spec, b, columns, theme="ucap")


_DEMO_SITES = {
    "site001": _site001, "site002": _site002, "site003": _site003, "site004": _site004,
    "site005": _site005, "site006": _site006, "site007": _site007, "site008": _site008,
    "site009": _site009, "site010": _site010, "site011": _site011, "site012": _site012,
}


# --- the benchmark fleet ---------------------------------------------------------------------

_SYNTHETIC_COLUMNS: tuple[tuple[str, str, Category], ...] = (
    ("gzdt", "工作动态", "dynamic"),
    ("tzgg", "通知公告", "notice_policy"),
    ("zcwj", "政策文件", "notice_policy"),
    ("bmdt", "部门动态", "dynamic"),
    ("rsxx", "人事信息", "yearly"),
    ("ghjh", "规划计划", "yearly"),
    ("czyjs", "财政预决算", "yearly"),
    ("jggk", "机构概况", "static"),
    ("ldxj", "领导信箱", "interaction"),
    ("lxwm", "联系我们", "static"),
)
_SYNTHETIC_TOPICS = ("安全生产", "营商环境优化", "重点项目建设", "数字政府建设", "乡村振兴", "民生实事",
                     "作风建设", "节能降碳", "招商引资", "食品安全", "质量提升", "城市更新")


_SYNTHETIC_THEMES: tuple[Theme, ...] = ("trs", "ucap", "plain")
_NEWS_STYLES: tuple[ListStyle, ...] = ("ul", "ul", "table")
_NOTICE_STYLES: tuple[ListStyle, ...] = ("ul", "xxgk")
# Age in days of a healthy column's newest item, per category: well inside each window.
_NEWEST: dict[str, tuple[int, int]] = {
    "dynamic": (0, 5), "notice_policy": (0, 60), "interaction": (0, 5), "yearly": (10, 150), "static": (10, 150),
}


def _synthetic_columns(b: _Builder, count: int) -> Iterator[DemoColumn]:
    r = b.rng
    for n in range(count):
        if n < len(_SYNTHETIC_COLUMNS):
            slug, name, category = _SYNTHETIC_COLUMNS[n]
        else:
            # Beyond the core set, district news columns: 张店区动态1, 淄川区动态1 …
            district = _DISTRICTS[n % len(_DISTRICTS)]
            slug, name, category = f"dt{n:02d}", f"{district}动态{n // len(_DISTRICTS)}", "dynamic"
        style: ListStyle
        if category == "interaction":
            style = "mailbox"
        elif category == "notice_policy":
            style = r.choice(_NOTICE_STYLES)
        else:
            style = r.choice(_NEWS_STYLES)
        roll = r.random()
        if roll < 0.03:
            yield b.blank(slug, name, category, placeholder="暂无信息", in_list=True)
            continue
        newest = r.randint(*_NEWEST[category])
        if roll < 0.08:
            newest += 200  # a column nobody maintains any more
        ages = b.ages(newest, r.randint(5, 30), (1, 6))
        yield b.column(slug, name, category, ages, style=style, per_page=20, level=1 if n < 12 else 2)


def synthetic_fleet(today: date, sites: int, columns: int, seed: int = 0) -> DemoFleet:
    """A deterministic fleet of `sites` sites with `columns` columns each, for the benchmark.

    Mostly healthy; about 3 % of columns are blank and 5 % long unmaintained, 15 % of sites GBK.
    No broken links and no hanging pages, so the numbers measure throughput, not timeouts.
    """
    fleet = []
    for n in range(1, sites + 1):
        rng = random.Random(f"{seed}:{n}")
        spec = _Spec(f"site{n:03d}", f"370300{n:04d}", f"淄博市第{n}监测单位", f"第{n}单位", f"u{n}",
                     tuple(rng.sample(_SYNTHETIC_TOPICS, 6)), kind="portal" if n % 20 == 0 else "department")
        b = _Builder(today=today, site_no=n, slug=spec.slug, short=spec.short, topics=spec.topics, rng=rng,
                     words=random.Random(f"{seed}:{n}:words"))
        cols = list(_synthetic_columns(b, columns))
        encoding: Encoding = "gbk" if rng.random() < 0.15 else "utf-8"
        fleet.append(_site(spec, b, cols, encoding=encoding, theme=rng.choice(_SYNTHETIC_THEMES)))
    return DemoFleet(tuple(fleet))


def platform_fleet(today: date, sites: int, platform_url: str) -> DemoFleet:
    """Department sites built like real ones: 办事服务 is a link to the province's 政务服务
    platform at `platform_url`, not a column of the site. Two plants, the rest healthy:
    the third site's homepage shows nothing newer than 25 days; the seventh has 5 blank columns.
    """
    fleet = []
    for n in range(1, sites + 1):
        spec = _Spec(f"site{n:03d}", f"370399{n:04d}", f"淄博市第{n}部门", f"第{n}部门", f"d{n}",
                     _SYNTHETIC_TOPICS[n % 6: n % 6 + 6])
        b = _builder(spec, n, today, "platform")
        columns = _standard_columns(b, skip=frozenset({"bsfw"}))
        planted = None
        if n == 7:
            columns = [c for c in columns if c.slug not in ("rsxx", "ghjh", "czyjs")] + [
                b.blank("rsxx", "人事信息", "yearly", placeholder="暂无信息", in_list=True, level=2),
                b.blank("ghjh", "规划计划", "yearly", placeholder="本栏目暂无信息", in_list=False, level=2),
                b.blank("czyjs", "财政预决算", "yearly", placeholder=None, in_list=False, level=2),
                b.blank("jyta", "建议提案", "yearly", placeholder="栏目建设中", in_list=False, level=2),
                b.blank("tjsj", "统计数据", "static", placeholder="暂无数据", in_list=True, level=2),
            ]
            planted = "5 blank columns"
        site = _site(spec, b, columns, home_min_age=25 if n == 3 else 0, service_url=platform_url,
                     theme=_SYNTHETIC_THEMES[n % 3], planted="homepage stale" if n == 3 else planted)
        fleet.append(site)
    return DemoFleet(tuple(fleet))
