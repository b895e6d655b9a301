"""Extraction on the long-tail set: 50 hand-written pages from CMS families outside the classic ones.

The pages live in tests/pages/longtail/ (sources in tests/pages/longtail/_*.py, built by build_pages.py):
ASP.NET WebForms, DedeCMS, EmpireCMS, PowerEasy, SiteServer, JEECMS, ThinkPHP, PHPCMS, WebPlus, WordPress,
Z-Blog, Vue/Nuxt apps, iframe and frameset pages, JSONP and art-template lists, 12345 letter tables, mobile
pages, rows opened by onclick or forms, cloud WAF / anti-bot pages and stock 404 pages served with 200.
They were written without reading the extractor, the corpus, the holdout pages or the other page tests, and
their labels (tests/pages/longtail_labels.yaml) were set by hand from how each page is built.

Each page is read the way the monitor reads a fetched page: bytes -> ``decode_html`` ->
``extract_page(text, url, today=…)`` (no hint) -> ``to_inspect_json(…, extended=True)``, and each labelled key
is its own case (``<page>::<key>``). ``unreadable_set`` is checked as the case ``<page>::unreadable``
(true: the extended key "unreadable" is non-null; false: it is null).

The extractor is being fixed while this set is in use, so the cases that failed on the code of the day the
set was written are listed in ``KNOWN_MISSES`` and marked xfail (not strict): they report, they do not break
the suite. Every other case is asserted. ``test_longtail_summary`` prints the score and every miss and
asserts only that the labels are well-formed.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitor.decode import decode_html
from monitor.extract import extract_page, to_inspect_json

PAGES = Path(__file__).parent / "pages"
LONGTAIL = PAGES / "longtail"
LABELS_FILE = PAGES / "longtail_labels.yaml"

REQUIRED = ("url", "today", "kind", "item_count", "latest_item_date", "blank", "next_page")
OPTIONAL = ("encoding", "frame_url", "unreadable_set", "note")
KINDS = {"list", "home", "article", "soft404", "blocked"}
ASSERTED = ("kind", "item_count", "latest_item_date", "blank", "next_page", "encoding", "frame_url", "unreadable")

# Cases (``page::key``) the extractor still misses: xfail, not strict, so a fix shows up as XPASS.
# First measurement (before issue 8's fixes, written without reading the extractor): 27/50 pages
# fully right, newest date 41/50, blank 39/50 (11 false blanks). After the fixes, made against a
# separate corpus without reading this set: 37/50, dates 45/50, blank 49/50 (no false blank; one
# missed blank, placeholder 该栏目下还没有任何文章, then fixed by widening the placeholder words).
# The four `unreadable` misses on frames and script lists are a reading of the contract: the
# extractor gives the frame_url / data_url the crawler follows instead of calling them unreadable.
KNOWN_MISSES: set[str] = {
    "aspnet/treeview_postback.html::item_count",
    "aspnet/treeview_postback.html::latest_item_date",
    "aspnet/treeview_postback.html::unreadable",
    "dede/home_gbk.html::item_count",
    "frames/frameset_home_gbk.html::unreadable",
    "frames/iframe_column.html::unreadable",
    "jeecms/article.html::kind",
    "jeecms/article.html::latest_item_date",
    "mobile/m_cards.html::item_count",
    "mobile/m_cards.html::latest_item_date",
    "scripted/arttemplate_list.html::unreadable",
    "scripted/jsonp_list.html::unreadable",
    "service/bsfw_landing.html::item_count",
    "spa/vue_initial_state.html::item_count",
    "spa/vue_initial_state.html::latest_item_date",
    "spa/vue_initial_state.html::unreadable",
    "wordpress/category_xwdt.html::item_count",
    "wordpress/category_xwdt.html::latest_item_date",
    "wordpress/single_post.html::item_count",
    "wordpress/single_post.html::kind",
}


def _iso(value: Any) -> Any:
    """YAML reads unquoted 2025-11-30 as a date; the JSON has ISO strings."""
    return value.isoformat() if isinstance(value, date) else value


def _load_labels() -> dict[str, dict[str, Any]]:
    with LABELS_FILE.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle) or {}
    return {page: {key: _iso(value) for key, value in entry.items()} for page, entry in raw.items()}


LABELS = _load_labels()


def _asserted_keys(label: dict[str, Any]) -> list[str]:
    keys = []
    for key in ASSERTED:
        if key == "unreadable":
            if "unreadable_set" in label:
                keys.append(key)
            continue
        if key not in label:
            continue
        if key == "item_count" and label[key] is None:
            continue  # null item_count means "not asserted" (see the page's note)
        keys.append(key)
    return keys


def _expected(label: dict[str, Any], key: str) -> Any:
    if key == "unreadable":
        return "set" if label["unreadable_set"] else None
    return label[key]


def _cases() -> list[Any]:
    cases = []
    for page, label in LABELS.items():
        for key in _asserted_keys(label):
            case_id = f"{page}::{key}"
            marks = [pytest.mark.xfail(strict=False, reason="known miss on the first measurement")] if case_id in KNOWN_MISSES else []
            cases.append(pytest.param(page, key, id=case_id, marks=marks))
    return cases


@lru_cache(maxsize=None)
def _inspect(page: str) -> dict[str, Any]:
    label = LABELS[page]
    text, encoding = decode_html((LONGTAIL / page).read_bytes())
    today = date.fromisoformat(str(label["today"]))
    extracted = extract_page(text, label["url"], today=today)
    return to_inspect_json(extracted, encoding, extended=True)


def _value(page: str, key: str) -> Any:
    got = _inspect(page).get(key)
    if key == "unreadable":
        return "set" if got is not None else None
    return got


def _got(page: str, key: str) -> Any:
    try:
        return _value(page, key)
    except Exception as exc:  # noqa: BLE001 - a crash is a miss, reported as such
        return f"<{type(exc).__name__}: {exc}>"


@pytest.mark.parametrize(("page", "key"), _cases())
def test_longtail_page(page: str, key: str) -> None:
    expected = _expected(LABELS[page], key)
    got = _value(page, key)
    note = LABELS[page].get("note", "")
    if key == "unreadable":
        raw = _inspect(page).get("unreadable")
        assert got == expected, f"{page}: unreadable is {raw!r}, label says it must be {'non-null' if expected else 'null'} ({note})"
    assert got == expected, f"{page}: {key} is {got!r}, label says {expected!r} ({note})"


def test_every_page_has_a_label_and_every_label_a_page() -> None:
    on_disk = {path.relative_to(LONGTAIL).as_posix() for path in LONGTAIL.rglob("*.html")}
    assert len(LABELS) >= 40, f"{len(LABELS)} labelled pages, want at least 40"
    assert on_disk == set(LABELS), (sorted(on_disk - set(LABELS)), sorted(set(LABELS) - on_disk))


def test_known_misses_name_real_cases() -> None:
    real = {f"{page}::{key}" for page, label in LABELS.items() for key in _asserted_keys(label)}
    assert KNOWN_MISSES <= real, sorted(KNOWN_MISSES - real)


def _label_problems(page: str, label: dict[str, Any]) -> list[str]:
    problems = []
    missing = [key for key in REQUIRED if key not in label]
    unknown = sorted(set(label) - set(REQUIRED) - set(OPTIONAL))
    if missing or unknown:
        return [f"missing {missing}, unknown {unknown}"]
    if label["kind"] not in KINDS:
        problems.append(f"kind {label['kind']!r}")
    if not str(label["url"]).startswith(("http://", "https://")):
        problems.append("url not absolute")
    today = date.fromisoformat(str(label["today"]))
    if label["latest_item_date"] is not None and date.fromisoformat(label["latest_item_date"]) > today:
        problems.append("latest_item_date after today")
    if not (label["item_count"] is None or (isinstance(label["item_count"], int) and label["item_count"] >= 0)):
        problems.append("item_count")
    if not isinstance(label["blank"], bool):
        problems.append("blank not a bool")
    elif label["blank"] and not (label["item_count"] == 0 and label["latest_item_date"] is None):
        problems.append("blank with items or a date")
    for key in ("next_page", "frame_url"):
        if label.get(key) is not None and not str(label[key]).startswith(("http://", "https://")):
            problems.append(f"{key} not absolute")
    if "unreadable_set" in label and not isinstance(label["unreadable_set"], bool):
        problems.append("unreadable_set not a bool")
    if label.get("unreadable_set") and label["blank"]:
        problems.append("unreadable and blank")
    if label["kind"] in ("article", "soft404", "blocked") and not (label["item_count"] == 0 and label["next_page"] is None and not label["blank"]):
        problems.append(f"{label['kind']} with items, a next page or blank")
    if label["kind"] in ("soft404", "blocked") and label["latest_item_date"] is not None:
        problems.append(f"{label['kind']} with a date")
    return problems


@pytest.mark.parametrize("page", sorted(LABELS))
def test_longtail_label_is_well_formed(page: str) -> None:
    assert not _label_problems(page, LABELS[page])


def longtail_score() -> dict[str, Any]:
    """Pages fully right, keys right, newest date right, blank right, false blanks, and every miss."""
    pages_ok = keys_ok = keys_total = 0
    latest_ok = blank_ok = false_blanks = missed_blanks = 0
    misses = []
    for page, label in LABELS.items():
        page_ok = True
        for key in _asserted_keys(label):
            keys_total += 1
            expected, got = _expected(label, key), _got(page, key)
            if got == expected:
                keys_ok += 1
            else:
                page_ok = False
                misses.append((page, key, expected, got))
        pages_ok += page_ok
        latest_ok += _got(page, "latest_item_date") == label["latest_item_date"]
        got_blank = _got(page, "blank")
        blank_ok += got_blank == label["blank"]
        false_blanks += got_blank is True and not label["blank"]
        missed_blanks += got_blank is not True and label["blank"]
    return {"pages_ok": pages_ok, "pages": len(LABELS), "keys_ok": keys_ok, "keys": keys_total, "latest_ok": latest_ok,
            "blank_ok": blank_ok, "false_blanks": false_blanks, "missed_blanks": missed_blanks, "misses": misses}


def test_longtail_summary(capsys: pytest.CaptureFixture[str]) -> None:
    score = longtail_score()
    n = score["pages"]
    lines = [
        f"longtail: {score['pages_ok']}/{n} pages fully right, {score['keys_ok']}/{score['keys']} keys right, "
        f"newest date right {score['latest_ok']}/{n}, blank right {score['blank_ok']}/{n} "
        f"(false blanks {score['false_blanks']}, missed blanks {score['missed_blanks']})"
    ]
    for page, key, expected, got in score["misses"]:
        known = "known" if f"{page}::{key}" in KNOWN_MISSES else "NEW"
        lines.append(f"  MISS[{known}] {page} :: {key}: expected {expected!r}, got {got!r}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    problems = {page: _label_problems(page, label) for page, label in LABELS.items()}
    assert not any(problems.values()), {page: p for page, p in problems.items() if p}
