"""site.security: dictionary scans, hidden links (each hiding technique, and what must not count),
moved publication dates, and the rule at its thresholds."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from monitor.extract._security import (
    DEFAULT_SPAM_WORDS,
    Dictionaries,
    Signal,
    dictionaries_from_config,
    find_hidden_links,
    scan_page,
    scan_text,
)
from monitor.rules.model import AsOf, Rule
from monitor.rules.observations import (
    ColumnObservation,
    ItemObservation,
    PageObservation,
    SignalObservation,
    SiteObservations,
)
from monitor.rules.verdict import Outcome
from tests.rulekit import rule as rule_of
from tests.rulekit import site_outcome

PAGES = Path(__file__).parent / "pages" / "security"
SITE = "http://www.example.gov.cn/"
DICT = Dictionaries(
    wrong_names={"习近兵": "习近平", "习近乎": "习近平", "习近": "习近平", "国家主习近平": "国家主席习近平"},
    forbidden_terms=("台独", "法轮功", "sex"),
    allowed_terms=("反对台独",),
)
RULE = rule_of("site.security")



def evaluate_security(observed_site: SiteObservations, when: AsOf, rule: Rule) -> Outcome:
    return site_outcome(rule, observed_site, when)

def kinds(signals: tuple[Signal, ...]) -> list[tuple[str, str]]:
    return [(s.kind, s.match) for s in signals]


# --- Dictionary scans ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "习近平总书记在中央政治局会议上发表重要讲话",
    "国家主席习近平同志",
    "学习近平时的经验",  # 习近 inside 学习近平: a right form consumes it
    "习近平习近平习近平",
])
def test_right_names_never_hit(text: str) -> None:
    assert scan_text(text, DICT) == ()


def test_wrong_name_hits_with_context_around_it() -> None:
    text = "会议强调，要深入学习贯彻习近兵同志关于政府网站建设的重要指示精神，切实提高信息发布质量。"
    (signal,) = scan_text(text, DICT)
    assert (signal.kind, signal.match) == ("wrong_name", "习近兵")
    start = text.index("习近兵")
    assert signal.context == text[max(0, start - 20): start + 3 + 20]


def test_wrong_form_containing_a_right_form_still_hits() -> None:
    # 国家主习近平 contains the right form 习近平; the longest form at each position wins.
    assert kinds(scan_text("国家主习近平出席会议", DICT)) == [("wrong_name", "国家主习近平")]


def test_truncated_name_hits_only_outside_the_right_name() -> None:
    assert kinds(scan_text("习近平和习近同志", DICT)) == [("wrong_name", "习近")]


def test_one_signal_per_distinct_match_on_a_page() -> None:
    found = scan_text("习近兵、习近兵、习近乎", DICT)
    assert kinds(found) == [("wrong_name", "习近兵"), ("wrong_name", "习近乎")]


def test_forbidden_term_hits_anywhere_except_inside_an_allowed_term() -> None:
    # Decision: Chinese terms match as substrings (no word boundaries); a longer allowed term
    # that contains the term (反对台独) shields it, any other use (打击台独分子) still hits.
    assert scan_text("我们坚决反对台独。", DICT) == ()
    assert kinds(scan_text("打击台独分子", DICT)) == [("forbidden_term", "台独")]
    assert kinds(scan_text("某网站传播法轮功材料", DICT)) == [("forbidden_term", "法轮功")]


def test_ascii_terms_match_whole_words_any_case() -> None:
    assert scan_text("Essex County and Sussex", DICT) == ()
    assert kinds(scan_text("免费SEX视频", DICT)) == [("forbidden_term", "sex")]


def test_a_form_that_is_also_a_right_form_is_never_wrong() -> None:
    both = Dictionaries(wrong_names={"李强": "李克强", "李克强": "李强"}, forbidden_terms=())
    assert scan_text("李强和李克强", both) == ()


def test_empty_dictionaries_find_nothing() -> None:
    assert scan_text("习近兵 台独", Dictionaries(wrong_names={}, forbidden_terms=())) == ()


def test_scan_page_reads_visible_text_only() -> None:
    html = """<html><head><title>习近乎讲话精神_示例网</title>
    <script>var s = "习近兵";</script><style>.x:before{content:"台独"}</style></head>
    <body><!-- 习近兵 --><p>深入学习习近<b>兵</b>同志讲话</p><textarea>法轮功</textarea></body></html>"""
    found = kinds(scan_page(html, SITE, DICT))
    # The title is shown; markup inside a name does not split it; scripts, styles, comments
    # and form fields are not text.
    assert found == [("wrong_name", "习近乎"), ("wrong_name", "习近兵")]


def test_scan_page_never_raises() -> None:
    for junk in ("", "<", "\x00\ud800<html><body>习近兵", "<a href='http://[::1'>x</a>" * 3):
        assert isinstance(scan_page(junk, None, DICT), tuple)


# --- Hidden links ----------------------------------------------------------------------------

SPAM = '<a href="http://www.amjs888.com/">澳门金沙娱乐城</a>'


def page(body: str, head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body><p>正文</p>{body}</body></html>"


@pytest.mark.parametrize(("markup", "how"), [
    (f'<div style="display:none">{SPAM}</div>', "display:none"),
    (f'<div style="DISPLAY: NONE;">{SPAM}</div>', "display:none"),
    (f'<span style="visibility:hidden">{SPAM}</span>', "visibility:hidden"),
    (f'<div style="position:absolute;left:-9999px">{SPAM}</div>', "left:-9999px"),
    (f'<div style="position:absolute; top:-999px; left:10px">{SPAM}</div>', "top:-999px"),
    (f'<p style="text-indent:-5000px">{SPAM}</p>', "text-indent:-5000px"),
    (f'<div style="font-size:0px">{SPAM}</div>', "font-size:0"),
    (f'<div style="height:0;overflow:hidden">{SPAM}</div>', "尺寸为0且overflow:hidden"),
    (f'<div style="opacity:0">{SPAM}</div>', "opacity:0"),
    (f'<div hidden>{SPAM}</div>', "hidden"),
    (f'<marquee height="1" width="1" scrollamount="3000">{SPAM}</marquee>', "marquee尺寸过小"),
    (f'<marquee style="height:2px">{SPAM}</marquee>', "marquee尺寸过小"),
    (f'<div class="box links">{SPAM}</div>', ".links{display:none}"),
    (f'<div id="dl"><p>{SPAM}</p></div>', "#dl{left:-3000px}"),
    (f'<div class="w"><span class="a b">{SPAM}</span></div>', ".a.b{visibility:hidden}"),
    (f'<div id="x1">{SPAM}</div><script>document.getElementById("x1").style.display="none";</script>', "脚本隐藏"),
    (f'<div id="x2">{SPAM}</div><script>$("#x2").hide();</script>', "脚本隐藏"),
    ('<iframe src="http://www.amjs888.com/" width="0" height="0"></iframe>', "iframe尺寸过小"),
])
def test_each_hiding_technique_is_found(markup: str, how: str) -> None:
    head = ("<style>/* x */ .links { display: none } #dl{position:absolute;left:-3000px}"
            " @media screen { .a.b { visibility: hidden } }</style>")
    (signal,) = find_hidden_links(page(markup, head), SITE)
    assert signal.kind == "hidden_link"
    assert signal.match == "http://www.amjs888.com/"
    assert signal.context.endswith(f"（{how}）")


@pytest.mark.parametrize("link", [
    '<a href="http://www.vip-bocai.example.com/">点击进入</a>',  # spam host, plain text
    '<a href="http://shop.example.com/" title="百家乐">进入</a>',  # spam title
    '<a href="//www.xpj3344.com/">新葡京</a>',  # scheme-relative
    '<a href="http://bet365-zh.example.net/">Bet365</a>',
    '<a href="http://www.example.net/">AV在线</a>',
])
def test_spam_is_read_from_host_text_or_title(link: str) -> None:
    assert len(find_hidden_links(page(f'<div style="display:none">{link}</div>'), SITE)) == 1


@pytest.mark.parametrize("markup", [
    # A hidden menu, tab pane or mobile nav of the site itself.
    '<ul style="display:none"><li><a href="/zwgk/">政务公开</a></li><li><a href="/col/12/">体育彩票</a></li></ul>',
    '<div hidden><a href="http://www.example.gov.cn/tzgg/">百家乐整治通知</a></div>',
    '<div hidden><a href="http://xxgk.example.gov.cn/">信息公开</a></div>',
    # Hidden links to normal or trusted domains.
    '<div style="display:none"><a href="http://www.gov.cn/">中国政府网</a></div>',
    '<div style="display:none"><a href="http://www.cwl.gov.cn/">中国福利彩票</a></div>',
    '<div style="display:none"><a href="https://www.baidu.com/">百度</a></div>',
    '<div style="display:none"><a href="http://www.essex.ac.uk/">University of Essex</a></div>',
    # A visible spam-looking link is not a dark link (it may be content, never a hidden one).
    '<p><a href="http://www.amjs888.com/">澳门金沙娱乐城</a></p>',
    # An off-canvas menu a little outside the screen, a 1px screen-reader span.
    f'<div style="position:fixed;left:-260px">{SPAM}</div>',
    f'<span style="position:absolute;width:1px;height:1px">{SPAM}</span>',
    '<div style="display:none"><a href="javascript:void(0)">百家乐</a></div>',
])
def test_legitimate_hidden_elements_are_not_flagged(markup: str) -> None:
    assert find_hidden_links(page(markup), SITE) == ()


def test_active_tab_is_not_hidden_by_a_not_selector() -> None:
    head = "<style>.tab:not(.on){display:none}</style>"
    assert len(find_hidden_links(page(f'<div class="tab">{SPAM}</div>', head), SITE)) == 1


def test_hacked_homepage_fixture() -> None:
    found = find_hidden_links((PAGES / "hacked_home.html").read_text(encoding="utf-8"), SITE)
    assert [s.match for s in found] == [
        "http://www.amjs88888.com/", "https://www.xpj3344.com/", "http://bet365-cn.example.net/",
        "http://www.hg0088.example.com/", "http://porn-tube.example.org/",
    ]
    assert found[0].context == "澳门金沙（top:-999px）"


def test_clean_homepage_with_hidden_menus_tabs_and_dropdowns_is_clean() -> None:
    html = (PAGES / "clean_home.html").read_text(encoding="utf-8")
    assert find_hidden_links(html, SITE) == ()
    assert scan_page(html, SITE, DICT) == ()


def test_one_signal_per_hidden_url_and_without_base_url() -> None:
    twice = page(f'<div style="display:none">{SPAM}{SPAM}</div>')
    assert len(find_hidden_links(twice, None)) == 1


def test_spam_words_from_config_add_to_defaults() -> None:
    custom = dictionaries_from_config({"spam_words": ["代开发票"], "trusted_domains": ["example.com"]})
    assert custom.spam_words[: len(DEFAULT_SPAM_WORDS)] == DEFAULT_SPAM_WORDS
    invoice = page('<div style="display:none"><a href="http://fp.example.net/">代开发票</a></div>')
    assert len(find_hidden_links(invoice, SITE, custom)) == 1
    assert find_hidden_links(invoice, SITE) == ()
    trusted = page('<div style="display:none"><a href="http://www.example.com/">百家乐</a></div>')
    assert find_hidden_links(trusted, SITE, custom) == ()


def test_dictionaries_from_config() -> None:
    loaded = dictionaries_from_config({
        "wrong_names": {"习近兵": "习近平"}, "forbidden_terms": ["法轮功"], "allowed_terms": ["取缔法轮功"],
        "suspicious_domains": [r"fapiao\d"],
    })
    assert kinds(scan_text("习近兵 取缔法轮功 法轮功", loaded)) == [
        ("wrong_name", "习近兵"), ("forbidden_term", "法轮功"),
    ]
    assert dictionaries_from_config(None).wrong_names == {}


@pytest.mark.parametrize(("section", "message"), [
    ({"wrong_name": {}}, "unknown key 'wrong_name'"),
    ({"wrong_names": ["习近兵"]}, "security.wrong_names"),
    ({"wrong_names": {"习近兵": ""}}, "security.wrong_names"),
    ({"forbidden_terms": "台独"}, "security.forbidden_terms"),
    ({"spam_words": [""]}, "security.spam_words"),
    ({"suspicious_domains": ["(bet"]}, "not a valid regex"),
])
def test_bad_config_names_the_key(section: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        dictionaries_from_config(section)


# --- The rule --------------------------------------------------------------------------------

INSTANT = datetime(2024, 9, 3, 12, 0, tzinfo=UTC)
SEEN = INSTANT - timedelta(hours=2)
AS_OF = AsOf(day=date(2024, 9, 3), instant=INSTANT, max_age=timedelta(days=7))


def observed(url: str, *, signals: tuple[SignalObservation, ...] = (), items: tuple[ItemObservation, ...] = (),
             outcome: str = "ok", fetched_at: datetime = SEEN) -> PageObservation:
    failed = outcome != "ok"
    return PageObservation(
        url=url, fetched_at=fetched_at, outcome=outcome, status=None if failed else 200,
        kind=None if failed else "list", dates=tuple(i.date for i in items if i.date), item_count=len(items),
        blank=None if failed else not items, blank_reason=None, error="timed out" if failed else None,
        items=items, signals=signals,
    )


def signal(kind: str, match: str, url: str = SITE) -> SignalObservation:
    return SignalObservation(kind=kind, match=match, context=f"……{match}……", url=url)


def column(name: str, last: PageObservation | None, earlier: PageObservation | None = None,
           latest: PageObservation | None = None) -> ColumnObservation:
    url = f"{SITE}{name}/"
    return ColumnObservation(name=name, url=url, category="dynamic", level=1,
                             latest=latest or last, last_ok=last if last is None or last.ok else None,
                             earlier_ok=earlier)


def site(home: PageObservation | None, columns: list[ColumnObservation] = ()) -> SiteObservations:  # type: ignore[assignment]
    return SiteObservations(code="3703000034", name="测试网站", unit="测试单位", url=SITE, kind="department",
                            home_latest=home, home_last_ok=home if home is not None and home.ok else None,
                            columns=tuple(columns), links=())


def item(n: int, day: date, title: str = "") -> ItemObservation:
    return ItemObservation(title=title or f"信息{n}", url=f"{SITE}art/{n}.html", date=day)


def test_clean_site_passes() -> None:
    outcome = evaluate_security(site(observed(SITE), [column("gzdt", observed(f"{SITE}gzdt/"))]), AS_OF, RULE)
    assert outcome == Outcome()


def test_each_signal_kind_vetoes_with_its_wording_and_evidence() -> None:
    home = observed(SITE, signals=(signal("wrong_name", "习近兵"), signal("hidden_link", "http://www.amjs888.com/")))
    col = observed(f"{SITE}gzdt/", signals=(signal("forbidden_term", "法轮功", f"{SITE}gzdt/"),))
    outcome = evaluate_security(site(home, [column("gzdt", col)]), AS_OF, RULE)
    assert [v.text for v in outcome.vetoes] == ["存在严重表述错误", "存在违规内容", "存在网站暗链"]
    wrong = outcome.vetoes[0].evidence[0]
    assert (wrong.url, wrong.seen) == (SITE, SEEN)
    assert wrong.detail.startswith("错误表述“习近兵”")
    assert outcome.vetoes[1].evidence[0].url == f"{SITE}gzdt/"


@pytest.mark.parametrize(("count", "vetoed"), [(1, False), (2, True)])
def test_threshold_is_a_parameter(count: int, vetoed: bool) -> None:
    rule = RULE.with_params({"hidden_links": 2})
    signals = tuple(signal("hidden_link", f"http://spam{i}.example.com/") for i in range(count))
    outcome = evaluate_security(site(observed(SITE, signals=signals)), AS_OF, rule)
    assert bool(outcome.vetoes) is vetoed


def test_zero_turns_a_clause_off() -> None:
    rule = RULE.with_params({"wrong_names": 0})
    assert evaluate_security(site(observed(SITE, signals=(signal("wrong_name", "习近兵"),))), AS_OF, rule).vetoes == ()


def test_same_signal_on_home_and_a_column_with_the_same_url_counts_once() -> None:
    home = observed(SITE, signals=(signal("hidden_link", "http://x.bet/"),))
    rule = RULE.with_params({"hidden_links": 2})
    outcome = evaluate_security(site(home, [column("root", home)]), AS_OF, rule)
    assert outcome.vetoes == ()
    # On two different pages it is two occurrences.
    other = observed(f"{SITE}gzdt/", signals=(signal("hidden_link", "http://x.bet/", f"{SITE}gzdt/"),))
    assert len(evaluate_security(site(home, [column("gzdt", other)]), AS_OF, rule).vetoes) == 1


def test_nothing_readable_is_unknown_never_a_veto() -> None:
    failed = observed(SITE, outcome="timeout")
    outcome = evaluate_security(site(failed, [column("gzdt", observed(f"{SITE}gzdt/", outcome="timeout"))]),
                                AS_OF, RULE)
    assert outcome.vetoes == ()
    assert [u.rule for u in outcome.unknown] == ["site.security"]
    assert evaluate_security(site(None), AS_OF, RULE).unknown


def test_unreadable_pages_are_simply_not_scanned() -> None:
    outcome = evaluate_security(
        site(observed(SITE, outcome="timeout"), [column("gzdt", observed(f"{SITE}gzdt/"))]), AS_OF, RULE)
    assert outcome == Outcome()


def test_an_old_read_is_not_current_evidence() -> None:
    old = observed(SITE, signals=(signal("wrong_name", "习近兵"),), fetched_at=INSTANT - timedelta(days=8))
    outcome = evaluate_security(site(old), AS_OF, RULE)
    assert outcome.vetoes == ()
    assert outcome.unknown


def test_soft404_pages_are_not_scanned() -> None:
    soft = replace(observed(SITE, signals=(signal("wrong_name", "习近兵"),)), kind="soft404")
    assert evaluate_security(site(soft, [column("gzdt", observed(f"{SITE}gzdt/"))]), AS_OF, RULE).vetoes == ()


# --- Moved publication dates -----------------------------------------------------------------

EARLIER_SEEN = SEEN - timedelta(days=7)


def moved_site(before: tuple[ItemObservation, ...], after: tuple[ItemObservation, ...]) -> SiteObservations:
    url = f"{SITE}gzdt/"
    earlier = observed(url, items=before, fetched_at=EARLIER_SEEN)
    return site(observed(SITE), [column("gzdt", observed(url, items=after), earlier)])


def test_a_date_moved_later_vetoes_with_old_and_new_dates() -> None:
    before = (item(1, date(2024, 7, 1), "关于做好防汛工作的通知"), item(2, date(2024, 6, 20)))
    after = (item(1, date(2024, 9, 2), "关于做好防汛工作的通知"), item(2, date(2024, 6, 20)))
    (veto,) = evaluate_security(moved_site(before, after), AS_OF, RULE).vetoes
    assert veto.text == "伪造发稿日期"
    (evidence,) = veto.evidence
    assert evidence.url == f"{SITE}art/1.html"
    assert evidence.seen == SEEN
    assert "“关于做好防汛工作的通知”的发布日期由2024-07-01改为2024-09-02" in evidence.detail
    assert "晚于此前已见到该信息的时间" in evidence.detail


def test_a_date_moved_earlier_counts_only_when_configured() -> None:
    moved = moved_site((item(1, date(2024, 8, 30)),), (item(1, date(2024, 8, 3)),))
    assert evaluate_security(moved, AS_OF, RULE).vetoes == ()
    both = RULE.with_params({"count_earlier_moves": 1})
    assert [v.text for v in evaluate_security(moved, AS_OF, both).vetoes] == ["伪造发稿日期"]


def test_a_new_item_with_an_old_date_is_not_a_move() -> None:
    before = (item(1, date(2024, 8, 1)),)
    after = (item(2, date(2024, 3, 1)), item(1, date(2024, 8, 1)))
    assert evaluate_security(moved_site(before, after), AS_OF, RULE).vetoes == ()


@pytest.mark.parametrize(("days", "vetoed"), [(2, False), (3, True)])
def test_minimum_shift_is_a_parameter(days: int, vetoed: bool) -> None:
    rule = RULE.with_params({"moved_min_days": 3})
    moved = moved_site((item(1, date(2024, 8, 1)),), (item(1, date(2024, 8, 1) + timedelta(days=days)),))
    assert bool(evaluate_security(moved, AS_OF, rule).vetoes) is vetoed


def test_undated_ambiguous_or_self_items_are_not_moves() -> None:
    col_url = f"{SITE}gzdt/"
    page_item = ItemObservation("机构概况", col_url, date(2024, 9, 1))
    before = (item(1, date(2024, 7, 1)), ItemObservation("x", f"{SITE}art/2.html", None),
              ItemObservation("机构概况", col_url, date(2024, 1, 1)),
              item(3, date(2024, 7, 1)), item(3, date(2024, 7, 5)))
    after = (ItemObservation("信息1", f"{SITE}art/1.html", None), ItemObservation("x", f"{SITE}art/2.html",
             date(2024, 9, 1)), page_item, item(3, date(2024, 9, 1)))
    assert evaluate_security(moved_site(before, after), AS_OF, RULE).vetoes == ()


def test_no_earlier_read_no_moves() -> None:
    current = site(observed(SITE), [column("gzdt", observed(f"{SITE}gzdt/", items=(item(1, date(2024, 9, 1)),)))])
    assert evaluate_security(current, AS_OF, RULE).vetoes == ()
