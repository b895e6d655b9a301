"""Column categories from names, ColumnType metas and URLs."""

from __future__ import annotations

import pytest

from monitor.classify import CATEGORIES, KEYWORDS, classify_column


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("工作动态", "dynamic"),
        ("部门动态", "dynamic"),
        ("要闻", "dynamic"),
        ("本地要闻", "dynamic"),
        ("区县动态", "dynamic"),
        ("乡镇动态", "dynamic"),
        ("图片新闻", "dynamic"),
        ("领导活动", "dynamic"),
        ("通知公告", "notice_policy"),
        ("公示公告", "notice_policy"),
        ("政策文件", "notice_policy"),
        ("规范性文件", "notice_policy"),
        ("政府文件", "notice_policy"),
        ("政策解读", "notice_policy"),
        ("人事信息", "yearly"),
        ("规划计划", "yearly"),
        ("机构职能", "yearly"),
        ("领导信息", "yearly"),
        ("建议提案", "yearly"),
        ("财政预决算", "yearly"),
        ("领导信箱", "interaction"),
        ("咨询投诉", "interaction"),
        ("在线访谈", "interaction"),
        ("调查征集", "interaction"),
        ("互动交流", "functional"),  # an entry to the channels, not a list of information
        ("在线咨询", "interaction"),
        ("办事服务", "functional"),
        ("网上办事", "functional"),
        ("网站地图", "functional"),
        ("无障碍浏览", "functional"),
        ("用户登录", "functional"),
        ("政务服务动态", "dynamic"),  # a news column that only mentions a function
        ("联系我们", "functional"),
        ("概况", "static"),
        ("机构概况", "static"),
        ("联系方式", "static"),
        ("专题", "static"),
        ("专题专栏", "static"),
        ("走进淄博", "static"),
        ("", "static"),
        (" 工作 动态 ", "dynamic"),
    ],
)
def test_classify_by_name(name: str, category: str) -> None:
    assert classify_column(name) == category


def test_column_type_meta_wins_over_the_name() -> None:
    assert classify_column("工作动态", column_type="通知公告") == "notice_policy"
    assert classify_column("列表", column_type="动态要闻") == "dynamic"
    assert classify_column("列表", column_type="人事规划") == "yearly"
    assert classify_column("信件", column_type="互动交流") == "interaction"
    assert classify_column("栏目", column_type="notice_policy") == "notice_policy"
    assert classify_column("栏目", column_type=" News ") == "dynamic"


def test_column_type_that_names_no_category_is_ignored() -> None:
    assert classify_column("工作动态", column_type="列表页") == "dynamic"
    assert classify_column("工作动态", column_type="") == "dynamic"
    assert classify_column("工作动态", column_type=None) == "dynamic"


def test_url_decides_only_when_the_name_says_nothing() -> None:
    assert classify_column("栏目一", "http://x.gov.cn/gzdt/") == "dynamic"
    assert classify_column("栏目二", "http://x.gov.cn/zwgk/tzgg/index.html") == "notice_policy"
    assert classify_column("栏目三", "http://x.gov.cn/ldxj/") == "interaction"
    assert classify_column("机构概况", "http://x.gov.cn/gzdt/") == "static"
    assert classify_column("栏目四", "http://x.gov.cn/col/col123/") == "static"


def test_every_result_is_a_known_category() -> None:
    assert {category for category, _ in KEYWORDS} <= set(CATEGORIES)
    for name in ("", "工作动态", "随便", "热点回应", "政策咨询"):
        assert classify_column(name) in CATEGORIES


def test_column_name_meta_speaks_when_the_link_text_does_not() -> None:
    assert classify_column("更多", "http://x.gov.cn/col/col123/", column_name="通知公告") == "notice_policy"
    assert classify_column("", "http://x.gov.cn/col/col124/", column_name="部门动态") == "dynamic"
    # The link's own name comes first; the URL only when neither name says anything.
    assert classify_column("人事信息", "http://x.gov.cn/gzdt/", column_name="工作动态") == "yearly"
    assert classify_column("图标", "http://x.gov.cn/zwdt/", column_name="列表") == "dynamic"
    assert classify_column("栏目", "http://x.gov.cn/col/col1/", column_type="列表", column_name="领导信箱") == "interaction"


def test_a_functional_entry_is_functional_whatever_its_metas_say() -> None:
    assert classify_column("办事服务", "http://site/bsfw/", column_type="通知公告") == "functional"
    assert classify_column("网 站 地 图") == "functional"
