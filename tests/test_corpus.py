"""Extraction on the labelled corpus of government CMS pages (tests/pages/corpus/, labels.yaml).

Every page is read the way the monitor reads a fetched page: bytes -> ``decode_html`` ->
``extract_page(text, url, today=…)`` (no hint) -> ``to_inspect_json``. Each labelled key is its
own test case (``<page>::<key>``), so a failure names the page and the key it got wrong. The
labels were set by hand from how each page was built; they are not to be edited to fit the
extractor.

Optional keys (asserted when present): ``frame_url`` and ``data_url`` (absolute URL or null:
where the column's list is shown from, or loaded from) and ``unreadable`` (true when the page's
list cannot be read from it — drawn by script without a data URL, behind a postback — and so is
neither blank nor dated; the reason's wording is the extractor's, only its presence is labelled).
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
CORPUS = PAGES / "corpus"
LABELS_FILE = PAGES / "labels.yaml"

MIN_PAGES = 177
REQUIRED = ("url", "today", "kind", "item_count", "latest_item_date", "blank", "next_page")
OPTIONAL = ("encoding", "note", "frame_url", "data_url", "unreadable")
KINDS = {"list", "home", "article", "soft404", "blocked"}
# Keys compared with the inspect JSON, in the order their cases are listed.
ASSERTED = (
    "kind", "item_count", "latest_item_date", "blank", "next_page", "encoding", "frame_url", "data_url", "unreadable",
)


def _iso(value: Any) -> Any:
    """YAML reads unquoted 2026-01-10 as a date; the JSON has ISO strings."""
    return value.isoformat() if isinstance(value, date) else value


def _load_labels() -> dict[str, dict[str, Any]]:
    with LABELS_FILE.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle) or {}
    return {page: {key: _iso(value) for key, value in entry.items()} for page, entry in raw.items()}


LABELS = _load_labels()


def _cases() -> list[Any]:
    cases = []
    for page, label in LABELS.items():
        for key in ASSERTED:
            if key not in label:
                continue
            if key == "item_count" and label[key] is None:
                continue  # null item_count means "not asserted" (see the page's note)
            cases.append(pytest.param(page, key, id=f"{page}::{key}"))
    return cases


@lru_cache(maxsize=None)
def _inspect(page: str) -> dict[str, Any]:
    label = LABELS[page]
    text, encoding = decode_html((CORPUS / page).read_bytes())
    today = date.fromisoformat(str(label["today"]))
    extracted = extract_page(text, label["url"], today=today)
    return to_inspect_json(extracted, encoding, extended=True)


def _got(page: str, key: str) -> Any:
    value = _inspect(page)[key]
    return value is not None if key == "unreadable" else value


@pytest.mark.parametrize(("page", "key"), _cases())
def test_corpus_page(page: str, key: str) -> None:
    expected = LABELS[page][key]
    got = _got(page, key)
    note = LABELS[page].get("note", "")
    assert got == expected, f"{page}: {key} is {got!r}, label says {expected!r} ({note})"


def test_corpus_is_large_enough() -> None:
    assert len(LABELS) >= MIN_PAGES, f"only {len(LABELS)} labelled pages, want at least {MIN_PAGES}"


def test_every_page_has_a_label_and_every_label_a_page() -> None:
    on_disk = {path.relative_to(CORPUS).as_posix() for path in CORPUS.rglob("*.html")}
    unlabelled = sorted(on_disk - set(LABELS))
    missing = sorted(set(LABELS) - on_disk)
    assert not unlabelled, f"pages without a label in labels.yaml: {unlabelled}"
    assert not missing, f"labels without a page under corpus/: {missing}"


@pytest.mark.parametrize("page", sorted(LABELS))
def test_label_is_well_formed(page: str) -> None:
    label = LABELS[page]
    missing = [key for key in REQUIRED if key not in label]
    unknown = sorted(set(label) - set(REQUIRED) - set(OPTIONAL))
    assert not missing, f"{page}: label lacks {missing}"
    assert not unknown, f"{page}: unknown label keys {unknown}"
    assert label["kind"] in KINDS, f"{page}: kind {label['kind']!r}"
    assert str(label["url"]).startswith(("http://", "https://")), f"{page}: url must be absolute"
    date.fromisoformat(str(label["today"]))
    if label["latest_item_date"] is not None:
        latest = date.fromisoformat(label["latest_item_date"])
        assert latest <= date.fromisoformat(str(label["today"])), f"{page}: latest_item_date after today"
    assert label["item_count"] is None or (isinstance(label["item_count"], int) and label["item_count"] >= 0)
    assert isinstance(label["blank"], bool), f"{page}: blank must be true/false"
    if label["blank"]:
        assert label["item_count"] == 0 and label["latest_item_date"] is None, f"{page}: a blank page has no items"
    if label["next_page"] is not None:
        assert str(label["next_page"]).startswith(("http://", "https://")), f"{page}: next_page must be absolute"
    for key in ("frame_url", "data_url"):
        if label.get(key) is not None:
            assert str(label[key]).startswith(("http://", "https://")), f"{page}: {key} must be absolute"
    if "unreadable" in label:
        assert isinstance(label["unreadable"], bool), f"{page}: unreadable must be true/false"
        if label["unreadable"]:
            assert not label["blank"] and label["latest_item_date"] is None, f"{page}: unreadable, so not blank nor dated"
    if label.get("frame_url") is not None:
        assert not label["blank"], f"{page}: a list shown through a frame is not blank"
    if label["kind"] in ("article", "soft404", "blocked"):
        assert label["item_count"] == 0 and label["next_page"] is None and not label["blank"], page
