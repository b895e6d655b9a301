"""The HTML report in a real browser: headless Chromium at 1280 px and at 400 px (a phone).

Chromium is driven through the DevTools protocol over a pipe (`--remote-debugging-pipe`: JSON
messages ending in NUL on file descriptors 3 and 4), so no websocket client, browser download
or other dependency is needed. `.ci/run` installs Debian's `chromium` when it is missing; the
tests skip only when no Chromium binary can be found at all.

What is checked: the summary figures, the summary table and the trend chart render; every
in-page link (`href="#…"`) names an element of the page and following one scrolls to it; and
at 400 px the page does not scroll sideways (every table stacks its cells).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor.report import Report, TrendPoint, render
from tests.test_report_formats import AS_OF, synthetic_report

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
TOLERANCE = 2  # px of sideways overflow still accepted at 400 px (sub-pixel rounding)


def chromium_binary() -> str | None:
    for name in (os.environ.get("CHROMIUM"), *CANDIDATES):
        if name and (found := shutil.which(name)):
            return found
    return None


def _high(fds: tuple[int, int]) -> tuple[int, int]:
    """The pipe's ends moved above 9, so duplicating them onto 3 and 4 cannot overwrite one with the other."""
    moved = tuple(fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in fds)
    for fd in fds:
        os.close(fd)
    return moved  # type: ignore[return-value]


class Browser:
    """A headless Chromium and one page, spoken to over the DevTools pipe."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_browser_read, self._write = _high(os.pipe())
        self._read, from_browser_write = _high(os.pipe())
        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--remote-debugging-pipe",
                f"--user-data-dir={profile}", "about:blank"]

        def protocol_fds() -> None:  # the protocol lives on fds 3 (commands in) and 4 (replies out)
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        self.process = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=protocol_fds,  # noqa: PLW1509
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next = 0
        self._events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Runtime.enable", session=True)

    def _message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._read], [], [], left)[0]:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self._read, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, *, session: bool = False, timeout: float = 30, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._message(deadline)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._events.append(reply)

    def wait_for(self, event: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if any(e.get("method") == event for e in self._events):
                self._events = [e for e in self._events if e.get("method") != event]
                return
            self._events.append(self._message(deadline))

    def open(self, url: str, width: int, height: int = 900) -> None:
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=width < 600)
        self._events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", session=True, format="png", captureBeyondViewport=False)["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._write)
        os.close(self._read)


def wide_report() -> Report:
    """The synthetic report with a 30-day trend, a long name and a long address, the things
    that push a phone's page sideways."""
    report = synthetic_report(since=AS_OF - timedelta(days=7))
    long_site = replace(report.websites[0], code="3703000099", name="淄博市某某某某某某某某某某某某某某某某局网站（试运行版）",
                        url="http://" + "very-long-host-name-without-breaks." * 3 + "gov.cn/index_" + "x" * 60 + ".html")
    days = [AS_OF - timedelta(days=29 - i) for i in range(30)]
    trend = tuple(
        TrendPoint(day, ("pass",) * (i % 4 + 1) + ("fail",) * (3 - i % 4) + ("unknown",),
                   ("fail",) if i % 3 else ("pass",))
        for i, day in enumerate(days)
    )
    return replace(report, websites=(*report.websites, long_site), trend=trend)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    binary = chromium_binary()
    if binary is None:
        pytest.skip("no Chromium binary found (chromium, chromium-browser, google-chrome or $CHROMIUM); "
                    ".ci/run installs Debian's chromium")
    opened = Browser(binary, tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_bytes(render(wide_report(), "html"))
    return path.as_uri()


ANCHORS = """(() => {
  const links = [...document.querySelectorAll('a[href^="#"]')];
  return {count: links.length,
          missing: links.map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id))};
})()"""

LAYOUT = """(() => {
  const box = e => { const r = e.getBoundingClientRect(); return {width: r.width, height: r.height, left: r.left}; };
  const summary = document.getElementById('summary-table');
  const subjects = document.getElementById('subjects-table');
  const svgs = [...document.querySelectorAll('#trend-chart svg')];
  return {
    viewport: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body.scrollWidth,
    summary: box(summary), summaryRows: summary.querySelectorAll('tbody tr').length,
    summaryText: summary.innerText,
    subjects: box(subjects), subjectsScroll: subjects.scrollWidth, subjectsClient: subjects.clientWidth,
    subjectRows: subjects.querySelectorAll('tbody tr').length,
    cellDisplay: getComputedStyle(subjects.querySelector('tbody td')).display,
    label: getComputedStyle(subjects.querySelector('tbody td'), '::before').content,
    charts: svgs.map(s => ({...box(s), lines: s.querySelectorAll('polyline').length,
                            dots: s.querySelectorAll('circle').length})),
    widest: [...document.body.querySelectorAll('*')].map(e => e.getBoundingClientRect().right)
              .reduce((a, b) => Math.max(a, b), 0),
  };
})()"""


@pytest.mark.parametrize("width", [1280, 400])
def test_report_in_chromium(browser: Browser, page_url: str, width: int, tmp_path: Path) -> None:
    browser.open(page_url, width)
    layout = browser.evaluate(LAYOUT)
    if os.environ.get("REPORT_SCREENSHOTS"):
        browser.screenshot(Path(os.environ["REPORT_SCREENSHOTS"]) / f"report-{width}.png")
    assert layout["viewport"] == width

    # Summary first: the figures table and the one-row-per-subject table, with their content.
    assert layout["summaryRows"] == 2 and "政府网站" in layout["summaryText"]
    assert "25.0%" in layout["summaryText"]  # 合格 1 ÷ 检查数 4
    assert layout["summary"]["height"] > 0 and layout["summary"]["width"] > 0
    assert layout["subjectRows"] == 5  # four websites and one account
    # The trend: two charts, each with a line per kind and a dot per day.
    assert len(layout["charts"]) == 2
    for chart in layout["charts"]:
        assert chart["width"] > 200 and chart["height"] > 50
        assert chart["lines"] >= 1 and chart["dots"] >= 30
        assert chart["left"] >= 0 and chart["left"] + chart["width"] <= width + TOLERANCE

    if width == 400:
        # No sideways scrolling on a phone: the tables stack, each cell labelled with its column.
        assert layout["scrollWidth"] <= width + TOLERANCE, layout
        assert layout["bodyScrollWidth"] <= width + TOLERANCE, layout
        assert layout["subjectsScroll"] <= layout["subjectsClient"] + TOLERANCE
        assert layout["cellDisplay"] == "block" and layout["label"] == '"类别"'
    else:
        assert layout["cellDisplay"] == "table-cell"


@pytest.mark.parametrize("width", [1280, 400])
def test_anchors_resolve(browser: Browser, page_url: str, width: int) -> None:
    browser.open(page_url, width)
    anchors = browser.evaluate(ANCHORS)
    assert anchors["count"] >= 10 and anchors["missing"] == []
    # A name in the summary table leads to its drill-down: following the link scrolls there.
    target = browser.evaluate("""(() => {
      const a = [...document.querySelectorAll('#subjects-table a')].find(a => a.textContent.startsWith('淄博市测试局'));
      a.click();
      const id = a.getAttribute('href').slice(1);
      const heading = document.getElementById(id).querySelector('h3');
      return {id, hash: location.hash, top: document.getElementById(id).getBoundingClientRect().top,
              heading: heading.textContent, columns: document.getElementById(id).querySelectorAll('tbody tr').length,
              evidence: [...document.getElementById(id).querySelectorAll('ul.evidence a')].map(a => a.href)};
    })()""")
    assert target["id"] == "site-3703000001" and target["hash"] == "#site-3703000001"
    assert abs(target["top"]) <= 2
    assert target["heading"] == "淄博市测试局（不合格）" and target["columns"] >= 6
    assert "http://site.test/%E7%A9%BA%E7%99%BD0/" in target["evidence"]
