"""What government pages write, as data: placeholders, not-found phrases, furniture words."""

from __future__ import annotations

# Texts a CMS shows in place of an empty list. Longest first, so the reason names the most
# specific phrase seen. Only short standalone texts count (a title may contain 建设中).
BLANK_PLACEHOLDERS: tuple[str, ...] = (
    "本栏目暂无信息", "该栏目暂无信息", "没有找到相关信息", "本栏目正在建设中", "该栏目正在建设中",
    "暂无相关信息", "没有相关信息", "栏目正在建设", "正在建设中", "栏目建设中", "内容更新中",
    "正在更新中", "暂无信息", "暂无数据", "暂无内容", "暂无记录", "暂无文章", "暂无新闻",
    "没有记录", "没有数据", "无相关信息", "敬请期待",
    # Worded as CMS templates word it (动易 该栏目下还没有任何文章！, 织梦 没有任何内容 …).
    "还没有任何文章", "没有任何文章", "没有任何信息", "没有任何内容", "没有任何记录", "暂时没有", "暂无任何",
    "目前没有", "尚无信息", "尚无内容", "无任何信息", "无记录", "无数据", "查询无结果", "没有找到任何",
)
# Phrases of HTTP-200 "not found" and maintenance pages.
NOT_FOUND_PHRASES: tuple[str, ...] = (
    "页面不存在", "网页不存在", "信息已删除或不存在", "已删除或不存在", "页面已删除", "信息不存在",
    "文章不存在", "内容不存在", "页面未找到", "找不到页面", "找不到您要访问的页面", "无法找到该页",
    "页面走丢", "404 Not Found", "临时维护", "系统维护中", "网站维护中", "正在维护", "页面已失效",
    "链接已失效", "已撤销或已过期", "信息已撤销", "已被撤销", "页面不见了", "页面找不到了", "该页无法显示",
)
# Block headings of sidebars that list other columns' (often newer) items.
SIDEBAR_HEADINGS: tuple[str, ...] = (
    "热点", "热门", "排行", "推荐", "相关", "最新", "点击", "阅读", "友情链接", "专题", "浏览",
)
# Link texts that are furniture, not item titles (compared after dropping brackets and arrows).
JUNK_TITLES = frozenset({
    "更多", "more", "查看更多", "更多信息", "详细", "详情", "查看详情", "阅读全文", "全文", "首页",
    "网站首页", "上一页", "下一页", "上页", "下页", "尾页", "末页", "第一页", "最后一页", "返回",
    "返回顶部", "返回首页", "打印", "打印本页", "关闭", "关闭窗口", "收藏", "加入收藏", "设为首页",
    "上一篇", "下一篇", "附件", "下载", "返回列表", "返回上一页", "返回上页",
})
MORE_TEXTS = frozenset({"更多", "more", "查看更多", "更多信息", "更多内容"})
NEXT_PAGE_TEXTS = frozenset({"下一页", "下页", "下一頁", "后一页", "后页", "next", "nextpage"})
NAV_JUNK_NAMES = frozenset({
    "首页", "网站首页", "返回首页", "主页", "home", "设为首页", "加入收藏", "无障碍", "无障碍浏览",
    "长者模式", "关怀版", "english", "手机版", "移动版", "登录", "注册", "繁体", "繁體", "简体",
    "网站地图", "更多",
})

# class/id words marking page furniture: affixes match a word that starts or ends with them,
# words match whole words, and the solo words only a class/id made of nothing else ("top" is
# the header bar, "top-news" a homepage block). Not "page" nor "search": whole templates are
# wrapped in div.page, and search results are lists.
CHROME_AFFIXES = ("nav", "menu", "foot", "header", "breadcrumb", "crumb", "copyright", "pagination", "paging")
CHROME_WORDS = frozenset({
    "topbar", "bottom", "links", "link", "yqlj", "friend", "friendlink", "share", "position",
    "location", "dqwz", "weizhi", "pager", "fenye", "login", "toolbar", "banquan", "weather",
    "daohang", "dh",
})
CHROME_SOLO = frozenset({"top", "head"})
# Inside a row read from a wrapper div: the breadcrumb, menu and pager words only (a title
# link wrapped in span.link is still the row's).
INNER_CHROME_AFFIXES = ("nav", "menu", "crumb", "pagination", "paging")
INNER_CHROME_WORDS = frozenset({"position", "location", "dqwz", "weizhi", "pager", "fenye", "daohang", "dh"})
# Layout words that may follow a solo word in one class and keep it a header bar (top-bar).
CHROME_SOLO_FILLERS = frozenset({
    "bar", "box", "wrap", "wrapper", "inner", "con", "container", "bg", "area", "line", "w", "in",
})
SIDEBAR_AFFIXES = ("side", "hot", "rank", "tuijian", "recommend", "related", "xgwz", "xgxx")
# Weak hints: a left/right column is as often the main list as a sidebar.
WEAK_SIDE_WORDS = frozenset({"right", "left", "r", "l", "aside"})
CHROME_TAGS = frozenset({"nav", "header", "footer"})
