"""deduct.site_identity: footer marks and metas read from realistic footers, and the deduction."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.extract._identity import extract_identity
from monitor.rules.observations import (
    ColumnObservation,
    PageObservation,
    SiteObservations,
)
from monitor.rules.model import AsOf, Rule
from monitor.rules.verdict import Outcome
from tests.rulekit import rule as rule_of
from tests.rulekit import site_outcome

PAGES = Path(__file__).parent / "pages" / "security"
FOOTER = {"conac", "sponsor", "contact", "site_code", "icp", "police"}
SITE_METAS = {"meta:SiteName", "meta:SiteDomain", "meta:SiteIDCode"}
RULE = rule_of("deduct.site_identity")


def identity(name: str) -> frozenset[str]:
    return extract_identity((PAGES / name).read_text(encoding="utf-8"))


# --- Extraction ------------------------------------------------------------------------------


def test_conac_script_form_footer() -> None:
    assert identity("footer_conac_script.html") == FOOTER | SITE_METAS


def test_conac_rendered_form_on_a_column_page() -> None:
    assert identity("footer_conac_rendered.html") == FOOTER | SITE_METAS | {"meta:ColumnName", "meta:ColumnType"}


def test_hard_coded_bszs_link_lowercase_metas_and_bm_code() -> None:
    assert identity("footer_bszs_link.html") == FOOTER | SITE_METAS


def test_footer_missing_several_elements() -> None:
    # The conac script is commented out, 网站标识码 is 待定, SiteName is empty: none of them count.
    assert identity("footer_missing.html") == {"sponsor"}


@pytest.mark.parametrize(("footer", "expected"), [
    ("<p>主 办：某某市人民政府</p>", {"sponsor"}),
    ("<p>主办单位</p><p>某某市人民政府</p>", {"sponsor"}),
    ("<p>本次活动由市文联主办</p>", set()),
    ("<p>联系电话：(0533)3182536</p>", {"contact"}),
    ("<p>服务热线：12345</p>", {"contact"}),
    ("<p>电话：<span>13905331234</span></p>", {"contact"}),
    ("<p><a href='/lxwm/'>联系我们</a></p>", {"contact"}),
    ("<p>联系电话：</p>", set()),
    ("<p>网站标识码：<b>1100000241</b></p>", {"site_code"}),
    ("<p>网站标识码：BM55000001</p>", {"site_code"}),
    ("<p>网站标识码：37030000341</p>", set()),  # 11 digits is not a code
    ("<p>网站标识码：bm5500001</p>", set()),
    ("<p>备案号：京ICP备19014889号-2</p>", {"icp"}),
    ("<p>ICP备案</p>", set()),
    ("<p>京公网安备 11010202008000号</p>", {"police"}),
    ("<a href='http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202008000'><img></a>",
     {"police"}),
    ("<span id='_ideConac'><a href='//bszs.conac.cn/?id=1'><img src='//dcs.conac.cn/image/red_error.png'></a></span>",
     {"conac", "conac:error"}),
    ("<script>document.write('<p>主办单位：某某局 网站标识码：3703000034</p>');</script>", {"sponsor", "site_code"}),
])
def test_footer_variants(footer: str, expected: set[str]) -> None:
    assert extract_identity(f"<html><body><div class='footer'>{footer}</div></body></html>") == expected


@pytest.mark.parametrize("loader", [
    "<script src='/js/footer.js'></script>",
    "<script src='/include/bottom.js?v=2'></script>",
    "<iframe src='/dibu.html' frameborder='0'></iframe>",
    "<script>$('#foot').load('/inc/foot.html');</script>",
])
def test_a_footer_loaded_by_script_or_frame_is_named(loader: str) -> None:
    assert extract_identity(f"<html><body><p>正文</p>{loader}</body></html>") == {"footer:external"}


def test_extraction_never_raises() -> None:
    for junk in ("", "<", "\x00\ud800<meta name=SiteName content=x>", "<!-- unterminated" * 5):
        assert isinstance(extract_identity(junk), frozenset)
    assert extract_identity("\ud800<meta name=SiteName content=x>") == {"meta:SiteName"}


# --- The deduction ---------------------------------------------------------------------------

SEEN = datetime(2024, 9, 3, 10, 0, tzinfo=UTC)
SITE = "http://www.example.gov.cn/"
FULL_HOME = frozenset(FOOTER | SITE_METAS)
FULL_COLUMN = frozenset(FOOTER | {"meta:ColumnName", "meta:ColumnType"})


def observed(url: str, found: frozenset[str] | None, outcome: str = "ok") -> PageObservation:
    return PageObservation(url=url, fetched_at=SEEN, outcome=outcome, status=200, kind="list", dates=(),
                           item_count=0, blank=False, blank_reason=None, error=None, identity=found)


def site(home: frozenset[str] | None, *columns: frozenset[str] | None) -> SiteObservations:
    cols = tuple(
        ColumnObservation(name=f"c{i}", url=f"{SITE}c{i}/", category="dynamic", level=1,
                          latest=observed(f"{SITE}c{i}/", found), last_ok=observed(f"{SITE}c{i}/", found))
        for i, found in enumerate(columns)
    )
    home_page = observed(SITE, home)
    return SiteObservations(code="3703000034", name="测试网站", unit="测试单位", url=SITE, kind="portal",
                            home_latest=home_page, home_last_ok=home_page, columns=cols, links=())


def evaluate_identity(observed: SiteObservations, rule: Rule) -> Outcome:
    return site_outcome(rule, observed, AsOf(SEEN.date(), SEEN, timedelta(days=3)))


def test_complete_site_is_not_deducted() -> None:
    assert evaluate_identity(site(FULL_HOME, FULL_COLUMN, FULL_COLUMN), RULE) == Outcome()


def test_no_identity_data_is_not_a_deduction() -> None:
    assert evaluate_identity(site(None, None), RULE) == Outcome()


def test_each_missing_element_once_with_the_pages_it_is_missing_on() -> None:
    home = FULL_HOME - {"conac", "meta:SiteIDCode"}
    column = FULL_COLUMN - {"conac", "meta:ColumnType"}
    (deduction,) = evaluate_identity(site(home, column, column), RULE).deductions
    assert deduction.rule == "deduct.site_identity"
    assert deduction.points == 0.9
    assert deduction.text == "未规范添加党政机关网站标识；未规范添加网页元数据（SiteIDCode、ColumnType）"
    conac, site_code, column_type = deduction.evidence
    assert conac.detail == f"未规范添加党政机关网站标识：{SITE}、{SITE}c0/、{SITE}c1/"
    assert (conac.url, conac.seen) == (SITE, SEEN)
    assert site_code.detail == f"未规范添加网页元数据（SiteIDCode）：{SITE}"
    assert column_type.url == f"{SITE}c0/"


def test_site_metas_are_not_asked_of_column_pages_nor_column_metas_of_the_homepage() -> None:
    assert evaluate_identity(site(FULL_HOME, frozenset(FULL_COLUMN)), RULE) == Outcome()
    assert "meta:ColumnName" not in FULL_HOME


def test_a_badge_showing_its_error_image_is_not_properly_added() -> None:
    (deduction,) = evaluate_identity(site(FULL_HOME | {"conac:error"}), RULE).deductions
    assert deduction.text == "未规范添加党政机关网站标识"


def test_points_are_parameters_and_capped() -> None:
    bare = site(frozenset())  # 6 footer marks and 3 metas missing
    assert evaluate_identity(bare, RULE).deductions[0].points == 3.6
    rule = RULE.with_params({"footer_points": 1, "meta_points": 0.5, "max_points": 7.5})
    assert evaluate_identity(bare, rule).deductions[0].points == 7.5
    assert evaluate_identity(bare, RULE.with_params({"max_points": 3.6})).deductions[0].points == 3.6
    assert evaluate_identity(bare, RULE.with_params({"max_points": 3.5})).deductions[0].points == 3.5


def test_external_footer_leaves_footer_marks_not_assessed_not_missing() -> None:
    outcome = evaluate_identity(site(frozenset(SITE_METAS | {"footer:external"})), RULE)
    assert outcome.deductions == ()
    assert outcome.unknown == ()
    (unsure,) = outcome.not_assessed
    assert unsure.rule == "deduct.site_identity"
    assert "党政机关网站标识" in unsure.reason and "ICP备案编号" in unsure.reason


def test_a_mark_missing_on_a_plain_page_is_deducted_even_if_another_page_loads_its_footer() -> None:
    outcome = evaluate_identity(site(frozenset(SITE_METAS | {"footer:external"}), FULL_COLUMN - {"icp"}), RULE)
    assert outcome.deductions[0].text == "未规范添加ICP备案编号"
    assert outcome.deductions[0].points == 0.5
    assert "ICP" not in outcome.not_assessed[0].reason


def test_failed_pages_say_nothing() -> None:
    failed = site(FULL_HOME)
    broken = observed(f"{SITE}c9/", frozenset(), outcome="timeout")
    column = ColumnObservation(name="c9", url=f"{SITE}c9/", category="dynamic", level=1, latest=broken, last_ok=broken)
    assert evaluate_identity(replace(failed, columns=(column,)), RULE) == Outcome()
