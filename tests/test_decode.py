"""Decoding pages the way Chinese government sites actually serve them."""

from __future__ import annotations

import codecs
import random

import pytest

from monitor.decode import (
    charset_from_content_type,
    decode_html,
    decode_report,
    normalize_encoding,
)

# A column list as an old GBK county site renders it: long enough for detection to work on.
LIST_PAGE = (
    "<html><head><title>工作动态_某某县人民政府</title></head><body><ul>"
    + "".join(
        f"<li><a href='/art/2024/5/{day}/art_12_{day}.html'>"
        f"关于做好第{day}批政务公开工作的通知</a><span>2024-05-{day:02d}</span></li>"
        for day in range(1, 21)
    )
    + "</ul><p>主办单位：某某县人民政府办公室</p></body></html>"
)
# Characters outside GB2312 that GBK (and GB18030) has; names of officials use them.
GBK_ONLY = "张堃、朱镕基、李珺出席会议"


def test_charset_from_the_content_type_header() -> None:
    body = f"<html><body><p>{GBK_ONLY}</p></body></html>".encode("gbk")
    assert decode_html(body, "text/html; charset=GBK") == (
        f"<html><body><p>{GBK_ONLY}</p></body></html>",
        "gb18030",
    )


def test_meta_charset_attribute() -> None:
    page = '<html><head><meta charset="gb2312"><title>通知公告</title></head></html>'
    assert decode_html(page.encode("gb2312"), "text/html") == (page, "gb18030")


def test_meta_http_equiv_content_type() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        "<title>政策文件</title></head></html>"
    )
    assert decode_html(page.encode("gb2312")) == (page, "gb18030")


def test_meta_charset_after_a_long_head_comment_is_found() -> None:
    page = "<!-- " + "x" * 3000 + ' --><meta charset="gbk"><p>要闻</p>'
    assert decode_html(page.encode("gbk")) == (page, "gb18030")


def test_byte_order_mark_wins_over_declarations() -> None:
    page = "<meta charset=gbk><p>领导信箱</p>"
    text, encoding = decode_html(codecs.BOM_UTF8 + page.encode("utf-8"), "text/html; charset=gbk")
    assert (text, encoding) == (page, "utf-8")


def test_utf16_with_byte_order_mark() -> None:
    page = "<p>在线访谈</p>"
    assert decode_html(codecs.BOM_UTF16_LE + page.encode("utf-16-le")) == (page, "utf-16-le")


def test_gbk_page_without_any_declaration_is_detected() -> None:
    text, encoding = decode_html(LIST_PAGE.encode("gbk"))
    assert (text, encoding) == (LIST_PAGE, "gb18030")


def test_gbk_only_characters_on_a_page_declared_gb2312() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"</head><body><p>{GBK_ONLY}</p></body></html>"
    )
    body = page.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        body.decode("gb2312")  # the trap: a strict GB2312 decoder cannot read this page
    assert decode_html(body) == (page, "gb18030")


def test_page_declared_gb2312_but_served_as_utf8() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        "</head><body><p>工作动态</p></body></html>"
    )
    assert decode_html(page.encode("utf-8")) == (page, "utf-8")


def test_utf8_that_is_also_valid_gb18030_is_read_as_utf8() -> None:
    # Even runs of UTF-8 Chinese are valid (as mojibake: "涓枃") in GB18030, so a strict decode
    # in the declared charset does not reveal the template bug; UTF-8 validity must win.
    page = '<meta charset="gb2312"><title>中文</title><p>政务公开</p>'
    body = page.encode("utf-8")
    assert body.decode("gb18030") != page
    assert decode_html(body) == (page, "utf-8")


def test_header_utf8_on_a_gbk_site_falls_back_to_what_the_bytes_are() -> None:
    # A server-wide "charset=utf-8" in front of an old GBK site with no <meta>.
    text, encoding = decode_html(LIST_PAGE.encode("gbk"), "text/html; charset=utf-8")
    assert (text, encoding) == (LIST_PAGE, "gb18030")


def test_header_wrong_but_meta_right() -> None:
    page = f'<meta charset="gbk"><p>{GBK_ONLY}</p>'
    assert decode_html(page.encode("gbk"), "text/html; charset=utf-8") == (page, "gb18030")


def test_unknown_and_non_text_charsets_are_ignored() -> None:
    page = "<p>办事服务</p>"
    assert decode_html(page.encode("utf-8"), "text/html; charset=no-such-thing") == (page, "utf-8")
    assert decode_html(page.encode("utf-8"), "text/html; charset=base64") == (page, "utf-8")


def test_ascii_page_is_utf8() -> None:
    assert decode_html(b"<html><body>ok</body></html>") == ("<html><body>ok</body></html>", "utf-8")
    assert decode_html(b"") == ("", "utf-8")


def test_garbage_never_raises() -> None:
    rng = random.Random(20240506)
    content_types = [None, "text/html", "text/html; charset=gb2312", "text/html; charset=utf-8"]
    for size in (1, 2, 3, 17, 255, 4096, 20_000):
        for content_type in content_types:
            blob = bytes(rng.randrange(256) for _ in range(size))
            text, encoding = decode_html(blob, content_type)
            assert isinstance(text, str) and text
            assert codecs.lookup(encoding)


def test_declared_charset_with_some_bad_bytes_keeps_the_declaration() -> None:
    page = f'<meta charset="gb2312"><p>{LIST_PAGE}</p>'.encode("gbk") + b"\xff\xff<p>end</p>"
    text, encoding = decode_html(page)
    assert encoding == "gb18030"
    assert "关于做好第1批政务公开工作的通知" in text and "end" in text


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("GB2312", "gb18030"),
        ("gbk", "gb18030"),
        ("x-gbk", "gb18030"),
        ("GB_2312-80", "gb18030"),
        ("cp936", "gb18030"),
        ("GB18030", "gb18030"),
        ("UTF8", "utf-8"),
        (" 'utf-8' ", "utf-8"),
        ("big5", "big5"),
        ("nonsense", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_encoding(label: str | None, name: str | None) -> None:
    assert normalize_encoding(label) == name


def test_charset_from_content_type() -> None:
    assert charset_from_content_type('text/html; charset="GB2312"') == "gb18030"
    assert charset_from_content_type("text/html;charset=utf-8") == "utf-8"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None


# --- decode_report: what was declared and what was wrong ---------------------------------------


def test_report_of_a_sound_page() -> None:
    body = f"<html><head><meta charset='utf-8'></head><body>{GBK_ONLY}</body></html>".encode()
    report = decode_report(body, "text/html; charset=UTF-8")
    assert (report.encoding, report.declared, report.problems) == ("utf-8", "utf-8", ())
    assert report.text == body.decode()


def test_report_gb2312_declared_but_utf8_served() -> None:
    body = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head>"
            f"<body>{LIST_PAGE}</body></html>").encode()
    report = decode_report(body)
    assert (report.encoding, report.declared) == ("utf-8", "gb2312")
    assert report.problems == ("declared gb2312 but the bytes are utf-8",)


def test_report_gbk_characters_in_a_gb2312_page_are_no_problem() -> None:
    body = f"<html><head><meta charset='gb2312'></head><body>{GBK_ONLY}</body></html>".encode("gbk")
    report = decode_report(body)
    assert (report.encoding, report.declared, report.problems) == ("gb18030", "gb2312", ())


def test_report_no_declaration() -> None:
    report = decode_report(LIST_PAGE.encode("gbk"))
    assert (report.encoding, report.declared) == ("gb18030", None)
    assert report.problems == ("no charset declared; detected gb18030",)
    assert decode_report(b"<html>plain ascii</html>").problems == ()


def test_report_header_and_meta_disagree_and_unknown_labels() -> None:
    body = f"<html><head><meta charset='gbk'></head><body>{LIST_PAGE}</body></html>".encode("gbk")
    report = decode_report(body, "text/html; charset=utf-8")
    assert report.encoding == "gb18030"
    assert report.declared == "utf-8"
    assert "Content-Type says utf-8 but the meta says gbk" in report.problems
    unknown = decode_report(b"<meta charset='x-nonsense'><p>ascii</p>")
    assert unknown.problems == ("unknown charset x-nonsense declared",)


def test_report_counts_replaced_bytes() -> None:
    body = ("<html><head><meta charset='utf-8'></head><body>" + "正文" * 50).encode() + b"\xff\xfe\xff" + b"</body></html>"
    report = decode_report(body)
    assert report.encoding == "utf-8"
    assert any(problem.startswith("invalid bytes replaced") for problem in report.problems)


def test_decode_html_is_decode_report() -> None:
    rng = random.Random(3)
    samples = [LIST_PAGE.encode(name) for name in ("utf-8", "gbk", "gb18030")]
    samples += [codecs.BOM_UTF8 + LIST_PAGE.encode(), bytes(rng.randrange(256) for _ in range(3000)), b""]
    for body in samples:
        for content_type in (None, "text/html; charset=gb2312", "text/html; charset=utf-8", "text/html; charset=bogus"):
            report = decode_report(body, content_type)
            assert decode_html(body, content_type) == (report.text, report.encoding)
