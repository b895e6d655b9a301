"""The extractor against every page of the demo fleet, checked with the fleet's own ground truth."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.decode import decode_html
from monitor.demo.fleet import DemoColumn, DemoSite, demo_fleet, synthetic_fleet
from monitor.demo.render import render_fleet
from monitor.extract import PageExtract, extract_page

HOST = "http://127.0.0.1:8089"
# Two days: one mid-year, one in early January so that month-day lists cross a year boundary.
TODAYS = (date(2026, 11, 20), date(2026, 1, 6))


def _read(pages: dict[str, tuple[bytes, str]], path: str, today: date, hint: str) -> PageExtract:
    body, content_type = pages[path]
    text, _ = decode_html(body, content_type)
    return extract_page(text, HOST + path, today=today, hint=hint)


def _column_pages(sites: tuple[DemoSite, ...]) -> list[tuple[DemoSite, DemoColumn, int]]:
    return [
        (site, column, page)
        for site in sites
        for column in site.columns
        if not column.hangs
        for page in range(column.page_count)
    ]


def _check_column_page(pages: dict[str, tuple[bytes, str]], column: DemoColumn, page: int, today: date) -> None:
    path = column.page_path(page)
    read = _read(pages, path, today, "list")
    expected_next = column.next_page(page)
    assert read.kind == "list", path
    assert read.item_count == len(column.page_items(page)), path
    assert read.latest_item_date == column.page_latest_date(page), path
    assert read.blank == (column.blank and page == 0), path
    if read.blank:
        assert read.blank_reason == (column.placeholder or "无内容"), path
    assert read.next_page == (HOST + expected_next if expected_next else None), path
    # Every item carries its own date: none of these lists leaves an item undated.
    assert all(item.date is not None for item in read.items), path


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_every_demo_column_page(today: date) -> None:
    fleet = demo_fleet(today)
    pages = render_fleet(fleet, today)
    for _, column, page in _column_pages(fleet.sites):
        _check_column_page(pages, column, page, today)


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_every_demo_homepage(today: date) -> None:
    fleet = demo_fleet(today)
    pages = render_fleet(fleet, today)
    for site in fleet.sites:
        read = _read(pages, site.path, today, "home")
        assert read.kind == "home", site.slug
        assert read.latest_item_date == site.home_latest_date, site.slug
        assert read.item_count == len({item.path for item in site.home_items}), site.slug
        discovered = {link.url for link in read.nav}
        assert {HOST + column.path for column in site.columns} <= discovered, site.slug
        levels = {link.url: link.level for link in read.nav}
        assert all(levels[HOST + column.path] == column.level for column in site.columns), site.slug


def test_demo_pages_classified_without_hint() -> None:
    """`monitor inspect` has no hint: homepages, list pages and articles are told apart."""
    today = TODAYS[0]
    fleet = demo_fleet(today)
    pages = render_fleet(fleet, today)
    for site in fleet.sites:
        assert _read_unhinted(pages, site.path, today).kind == "home", site.slug
        for column in site.columns:
            if column.hangs:
                continue
            assert _read_unhinted(pages, column.path, today).kind == "list", column.path
            for item in column.items[:2]:
                article = _read_unhinted(pages, item.path, today)
                assert article.kind == "article", item.path
                assert article.latest_item_date == item.date, item.path


def _read_unhinted(pages: dict[str, tuple[bytes, str]], path: str, today: date) -> PageExtract:
    body, content_type = pages[path]
    text, _ = decode_html(body, content_type)
    return extract_page(text, HOST + path, today=today)


def test_synthetic_fleet_column_pages() -> None:
    """The benchmark fleet mixes styles and themes at random: every column page still reads right."""
    today = TODAYS[0]
    fleet = synthetic_fleet(today, sites=12, columns=14, seed=7)
    pages = render_fleet(fleet, today)
    for _, column, page in _column_pages(fleet.sites):
        _check_column_page(pages, column, page, today)
