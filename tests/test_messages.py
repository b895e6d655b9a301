"""Extraction of consultation messages and 办事指南 elements, on saved pages (tests/pages/interaction, guides)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from monitor.decode import decode_html
from monitor.demo.fleet import demo_fleet
from monitor.demo.render import render_fleet
from monitor.extract._guides import _SYNONYMS, Guide, extract_guide
from monitor.extract._messages import Message, extract_messages, status_of
from monitor.rules.service import GUIDE_ELEMENTS

PAGES = Path(__file__).parent / "pages"
TODAY = date(2024, 9, 3)


def read(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def messages(name: str, url: str, today: date = TODAY) -> tuple[Message, ...]:
    return extract_messages(read(f"interaction/{name}"), url, today=today)


def test_mailbox_table_with_header_columns() -> None:
    base = "http://www.example.gov.cn/hdjl/jzxx/"
    found = messages("mailbox_table.html", base + "list.jsp")
    assert found == (
        Message("关于老旧小区加装电梯补贴政策的咨询", base + "detail.jsp?id=20240826001",
                date(2024, 8, 26), date(2024, 8, 30), "replied"),
        Message("反映榆阳路夜间渣土车噪音扰民问题", base + "detail.jsp?id=20240812004",
                date(2024, 8, 12), None, "processing"),
        Message("关于灵活就业人员缴纳医保的咨询", base + "detail.jsp?id=20240703002",
                date(2024, 7, 3), date(2024, 7, 5), "replied"),
        Message("建议在城东新区增设公交线路", base + "detail.jsp?id=20240520007",
                date(2024, 5, 20), None, "unreplied"),
        Message("咨询企业开办“一网通办”具体流程", base + "detail.jsp?id=20240311003",
                date(2024, 3, 11), date(2024, 6, 28), "replied"),
        # The cut title is read whole from the link's title attribute.
        Message("关于2024年秋季学期城区小学学区划分调整方案的疑问", base + "detail.jsp?id=20231102001",
                date(2023, 11, 2), date(2023, 11, 10), "replied"),
    )
    # The 热点信件 sidebar and the footer's 联系电话 are not messages.


def test_li_rows_with_badges_and_image_badge() -> None:
    base = "http://www.sm.gov.cn/hdjl/zxts/"
    found = messages("consult_li_badges.html", base)
    assert [(m.title, m.asked, m.answered, m.status) for m in found] == [
        ("咨询：城区学校划片范围何时公布？", date(2024, 8, 21), None, "replied"),
        ("投诉：麟州街某小区夜间施工噪音扰民", date(2024, 8, 15), None, "unreplied"),
        ("建议：增设滨河公园公共卫生间", date(2024, 6, 2), None, "processing"),
        ("咨询：灵活就业人员医保缴费标准", date(2024, 5, 17), None, "replied"),  # <img alt="已办结">
        ("投诉：农贸市场周边占道经营", date(2024, 4, 9), None, "processing"),  # 【已受理】
        ("咨询：新生儿户口办理需要哪些材料", date(2023, 9, 5), None, "replied"),  # [已答复]
    ]
    assert found[0].url == base + "202408/t20240821_5521.html"
    # The 通知公告 block beside the list has dates but no states: not messages.
    assert not any("通知" in m.title or "公告" in m.title for m in found)


def test_div_rows_with_labelled_dates() -> None:
    found = messages("online_consult_divs.html", "http://zjj.yl.gov.cn/hdjl/zxzx/")
    assert found == (
        Message("关于二手房交易契税减免政策的咨询", "http://zjj.yl.gov.cn/hdjl/zxzx/detail.do?id=10231",
                date(2024, 8, 19), date(2024, 8, 22), "replied"),
        Message("公租房申请审核进度查询", "http://zjj.yl.gov.cn/hdjl/zxzx/detail.do?id=10229",
                date(2024, 8, 10), None, "unreplied"),
        Message("住房公积金异地贷款能否在本市使用", "http://zjj.yl.gov.cn/hdjl/zxzx/detail.do?id=10198",
                date(2024, 4, 2), date(2024, 4, 7), "replied"),
    )


def test_month_day_dates_take_their_year_from_url_or_today() -> None:
    found = messages("mailbox_monthday.html", "http://www.xx.gov.cn/sjxx/index.html")
    assert [(m.title, m.asked, m.status) for m in found] == [
        ("关于村道硬化工程进度的询问", date(2024, 8, 27), "replied"),
        ("反映镇区路灯长期不亮问题", date(2024, 8, 6), "unreplied"),
        ("关于冬季取暖补贴发放的咨询", date(2023, 12, 28), "replied"),
    ]


def test_detail_table_replied() -> None:
    url = "http://www.yl.gov.cn/hdjl/szxx/detail.jsp?id=YL20240603-0187"
    # 受理时间 is when the letter was accepted, not answered; the 相关信件 list is not the page's message.
    assert messages("letter_detail_replied.html", url) == (
        Message("关于小区周边道路积水问题的反映", url, date(2024, 6, 3), date(2024, 6, 14), "replied"),
    )


def test_detail_lines_pending() -> None:
    url = "http://www.db.gov.cn/hdjl/wsly/detail?id=331"
    assert messages("letter_detail_pending.html", url) == (
        Message("关于农村宅基地审批进度的咨询", url, date(2024, 3, 2), None, "processing"),
    )


def test_detail_answer_signed_with_a_date() -> None:
    url = "http://fgw.yl.gov.cn/hdjl/jyxc/202404/t20240419_77.html"
    assert messages("letter_detail_signed.html", url) == (
        Message("关于城区停车收费标准的建议", url, date(2024, 4, 8), date(2024, 4, 19), "replied"),
    )


@pytest.mark.parametrize(("text", "status"), [
    ("[已回复]", "replied"), ("已答复", "replied"), ("已办结", "replied"), ("【办结】", "replied"),
    ("未回复", "unreplied"), ("待回复", "unreplied"), ("未答复", "unreplied"),
    ("办理中", "processing"), ("处理中", "processing"), ("已受理", "processing"), ("未办结", "processing"),
    ("查看", None), ("", None),
])
def test_status_words(text: str, status: str | None) -> None:
    assert status_of(text) == status


def test_answer_date_makes_a_message_replied() -> None:
    html = (
        "<table><tr><th>标题</th><th>留言时间</th><th>回复时间</th><th>状态</th></tr>"
        "<tr><td><a href='/a/1.html'>关于路灯维修的咨询</a></td><td>2024-05-06</td><td>2024-05-09</td>"
        "<td>办理中</td></tr></table>"
    )
    assert extract_messages(html, "http://x.gov.cn/ly/", today=TODAY) == (
        Message("关于路灯维修的咨询", "http://x.gov.cn/a/1.html", date(2024, 5, 6), date(2024, 5, 9), "replied"),
    )


def test_rows_without_state_are_undecided() -> None:
    html = (
        "<ul class='list'><li><a href='/ly/1.html'>关于路灯维修的咨询</a><span>2024-05-06</span></li>"
        "<li><a href='/ly/2.html'>关于垃圾清运的建议</a><span>2024-05-01</span></li></ul>"
    )
    found = extract_messages(html, "http://x.gov.cn/ly/", today=TODAY)
    assert [(m.asked, m.answered, m.status) for m in found] == [(date(2024, 5, 6), None, None),
                                                                (date(2024, 5, 1), None, None)]


@pytest.mark.parametrize("html", [
    "", "\x00\x00", "<html", "<table><tr><th>留言时间</th></tr><tr><td colspan='x'><a href='#'>a",
    "<p>留言时间：</p><p>回复内容：</p>", "<div>来信时间：2024-99-99</div>", "\ud800 broken",
])
def test_never_raises(html: str) -> None:
    assert isinstance(extract_messages(html, None, today=TODAY), tuple)
    assert extract_guide(html, None) is None or isinstance(extract_guide(html, None), Guide)


def test_empty_answer_section_says_nothing() -> None:
    html = "<div><p>留言时间：2024-03-02</p><p>回复内容：</p><h3>相关信件</h3></div>"
    assert extract_messages(html, "http://x.gov.cn/ly/1.html", today=TODAY)[0].status is None


def test_header_table_without_state_column() -> None:
    html = (
        "<table><tr><th>留言标题</th><th>留言时间</th></tr>"
        "<tr><td><a href='/ly/1.html'>关于路灯维修的咨询</a></td><td>2024-05-06</td></tr></table>"
        "<ul><li><a href='/tz/1.html'>关于防汛演练的通知公告</a><span>2024-05-08</span></li></ul>"
    )
    assert extract_messages(html, "http://x.gov.cn/ly/", today=TODAY) == (
        Message("关于路灯维修的咨询", "http://x.gov.cn/ly/1.html", date(2024, 5, 6), None, None),
    )


def test_empty_mailbox_placeholder_is_no_message() -> None:
    html = (
        "<table><tr><th>信件标题</th><th>来信时间</th><th>办理状态</th></tr>"
        "<tr><td colspan='3' align='center'>暂无信件</td></tr></table>"
    )
    assert extract_messages(html, "http://x.gov.cn/ly/", today=TODAY) == ()


def test_several_messages_written_out_in_full_are_not_one_detail() -> None:
    html = (
        "<div><p>留言时间：2024-05-06</p><p>回复内容：已转交相关部门</p></div>"
        "<div><p>留言时间：2024-04-01</p><p>回复内容：感谢关注</p></div>"
    )
    assert extract_messages(html, "http://x.gov.cn/ly/", today=TODAY) == ()


def test_demo_mailboxes() -> None:
    """Every letter list and letter page of the demo fleet, against the fleet's own truth."""
    today = date(2026, 11, 20)
    fleet = demo_fleet(today)
    pages = render_fleet(fleet, today)
    host = "http://127.0.0.1:8089"
    checked = 0
    for site in fleet.sites:
        for column in site.columns:
            if column.style != "mailbox" or column.hangs:
                continue
            for page in range(column.page_count):
                path = column.page_path(page)
                text, _ = decode_html(*pages[path])
                expected = [(i.title, i.date, "replied" if i.replied else "processing") for i in column.page_items(page)]
                found = extract_messages(text, host + path, today=today)
                assert [(m.title, m.asked, m.status) for m in found] == expected, path
            for item in column.items:
                text, _ = decode_html(*pages[item.path])
                found = extract_messages(text, host + item.path, today=today)
                status = "replied" if item.replied else "processing"
                assert [(m.asked, m.answered, m.status) for m in found] == [(item.date, item.replied, status)]
                checked += 1
    assert checked > 0


# --- 办事指南 ---------------------------------------------------------------------------------


def guide(name: str) -> Guide | None:
    return extract_guide(read(f"guides/{name}"), "http://www.example.gov.cn/bsfw/bszn/t20240510_1.html")


def test_synonyms_cover_the_sheet_elements() -> None:
    assert set(_SYNONYMS) == set(GUIDE_ELEMENTS)


def test_full_guide_in_a_table_with_synonym_labels() -> None:
    # 法律依据, 受理条件, 申请材料, 受理地点, 实施主体, 办公时间, 咨询电话 name the sheet's elements.
    assert guide("guide_full_table.html") == Guide("城乡居民最低生活保障对象认定办事指南", frozenset(GUIDE_ELEMENTS))


def test_guide_in_sections_missing_four() -> None:
    found = guide("guide_sections.html")
    assert found is not None
    assert found.title == "农村宅基地和建房（规划许可）审批服务指南"
    # 设定依据 is labelled but empty (——); the footer's 联系电话 is the site's, not the guide's.
    assert found.elements == frozenset({"事项名称", "申请条件", "办理材料", "办理地点", "办理机构", "办理流程"})


def test_sparse_guide_in_lines() -> None:
    found = guide("guide_sparse.html")
    assert found == Guide(
        "城乡居民养老保险参保登记办事指南",
        frozenset({"事项名称", "办理材料", "办理地点", "办理时间", "收费标准"}),  # 联系电话： and 设定依据：/ are empty
    )


@pytest.mark.parametrize("name", ["guide_tabs_script.html", "info_disclosure_guide.html", "news_article.html"])
def test_pages_that_are_not_judgeable_guides(name: str) -> None:
    assert guide(name) is None


def test_demo_guides_carry_every_element() -> None:
    today = date(2026, 11, 20)
    fleet = demo_fleet(today)
    pages = render_fleet(fleet, today)
    guides = [item for site in fleet.sites for column in site.columns if column.guides for item in column.items]
    assert guides
    for item in guides:
        text, _ = decode_html(*pages[item.path])
        found = extract_guide(text, "http://127.0.0.1:8089" + item.path)
        assert found is not None and found.elements == frozenset(GUIDE_ELEMENTS), item.path
