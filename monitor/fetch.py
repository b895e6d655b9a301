"""The fetch layer: the only place in the product that talks to the network.

Every request ends as a `FetchResult` with a typed `Outcome`, so the rules can tell a stale page
from a page that could not be seen ("unknown"). Politeness lives here and nowhere else: a global
limit, a per-host limit and a per-IP limit (many county sites share one 集约化 platform IP),
a total deadline per attempt, and retries with backoff for transient failures only.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum

import anyio
import certifi
import httpx
from loguru import logger
from tenacity import AsyncRetrying, RetryCallState, retry_if_result, stop_after_attempt
from tenacity.wait import wait_exponential, wait_random

from monitor.decode import decode_report

__all__ = [
    "FetchResult",
    "FetchSettings",
    "Fetcher",
    "Outcome",
    "detect_block",
    "parse_retry_after",
]


class Outcome(StrEnum):
    """How a request ended."""

    OK = "ok"
    NOT_MODIFIED = "not_modified"
    HTTP_ERROR = "http_error"
    TIMEOUT = "timeout"
    CONNECT_ERROR = "connect_error"
    DNS_ERROR = "dns_error"
    TLS_ERROR = "tls_error"
    TOO_LARGE = "too_large"
    REDIRECT_LOOP = "redirect_loop"
    BLOCKED = "blocked"
    INVALID_URL = "invalid_url"


@dataclass(frozen=True)
class FetchResult:
    """Everything known about one fetch of one URL."""

    url: str
    final_url: str
    outcome: Outcome
    status: int | None
    elapsed: float  # seconds taken by the last attempt, from sending to the end of the body
    fetched_at: datetime  # tz-aware UTC, when the fetch started
    content: bytes  # b"" unless OK
    text: str | None  # decoded body of an OK textual response
    encoding: str | None
    content_type: str | None
    etag: str | None
    last_modified: str | None
    attempts: int
    error: str | None  # one human-readable line for every outcome but OK / NOT_MODIFIED
    decode_problems: tuple[str, ...] = ()  # what was wrong with the body's charset, if anything

    @property
    def ok(self) -> bool:
        """True when the server answered with the page or confirmed it is unchanged."""
        return self.outcome in (Outcome.OK, Outcome.NOT_MODIFIED)


@dataclass(frozen=True)
class FetchSettings:
    """Limits and politeness of a Fetcher. Defaults follow the national indicator (15 s)."""

    timeout: float = 15.0  # total seconds per attempt, body included
    concurrency: int = 32  # requests in flight overall
    per_host: int = 4  # requests in flight per host:port
    per_ip: int = 8  # requests in flight per resolved IP
    retries: int = 2  # extra attempts, for transient failures only
    backoff: float = 0.5  # base seconds of the exponential backoff between attempts
    backoff_max: float = 10.0  # cap on any wait, Retry-After included
    max_redirects: int = 5
    max_bytes: int = 5_000_000
    user_agent: str = "monitor/0.1 (+government website freshness monitor)"
    verify_tls: bool = True


# Statuses worth another attempt: the server or a gateway is overloaded, not the page missing.
_RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Statuses WAFs and anti-bot products answer with; only with a marker do they mean "blocked".
_BLOCK_STATUSES = frozenset({403, 405, 412, 418, 429, 503, 521})
# Answers to HEAD that many government servers give wrongly; GET decides before "broken".
_HEAD_REFUSED_STATUSES = frozenset({400, 403, 404, 405, 501})
# How much of an error page (or a link target) is read to recognise a WAF page.
_SNIFF_BYTES = 65_536
# A 200 page is only suspected of being an interstitial when it is this small; real government
# pages carry heavy templates, and a full page may mention 安全狗 in a footer badge.
_INTERSTITIAL_MAX_CHARS = 10_000

# (lowercase substring, product) found in the body of WAF and anti-bot pages.
_BODY_MARKERS: tuple[tuple[str, str], ...] = (
    ("安全狗", "安全狗 (SafeDog)"),
    ("safedog", "安全狗 (SafeDog)"),
    ("云锁", "云锁 (Yunsuo)"),
    ("yunsuo", "云锁 (Yunsuo)"),
    ("__jsl_clearance", "知道创宇加速乐 JS challenge"),
    ("__jsluid", "知道创宇加速乐"),
    ("加速乐", "知道创宇加速乐"),
    ("创宇盾", "创宇盾"),
    ("360网站卫士", "360网站卫士"),
    ("wzws", "360网站卫士"),
    ("网站防火墙", "网站防火墙 page"),
    ("您的访问被拦截", "您的访问被拦截"),
    ("访问被拦截", "访问被拦截"),
    ("访问被拒绝", "访问被拒绝"),
    ("access denied", "Access Denied page"),
    ("the requested url was rejected", "request rejected page"),
    ("please enable javascript", "JavaScript required page"),
    ("请开启javascript并刷新该页", "瑞数 (Riversecurity) JS challenge"),
    ("$_ts=window[", "瑞数 (Riversecurity) JS challenge"),
    ("$_ts.cd=", "瑞数 (Riversecurity) JS challenge"),
    (" r='m'>", "瑞数 (Riversecurity) JS challenge"),
)
# (header name, lowercase substring, product) sent by the same products.
_HEADER_MARKERS: tuple[tuple[str, str, str], ...] = (
    ("server", "safedog", "安全狗 (SafeDog)"),
    ("server", "yunsuo", "云锁 (Yunsuo)"),
    ("server", "jiasule", "知道创宇加速乐"),
    ("server", "wzws", "360网站卫士"),
    ("set-cookie", "__jsl_clearance", "知道创宇加速乐 JS challenge"),
    ("set-cookie", "__jsluid", "知道创宇加速乐"),
    ("set-cookie", "safedog", "安全狗 (SafeDog)"),
    ("set-cookie", "yunsuo_session", "云锁 (Yunsuo)"),
)


def _html_like(headers: Mapping[str, str], body: str) -> bool:
    """Whether a 2xx answer is a web page: a feed or a JSON answer whose items mention
    访问被拒绝 is content, not an interstitial."""
    content_type = next((v.lower() for k, v in headers.items() if k.lower() == "content-type"), "")
    if "html" in content_type:
        return True
    if content_type and any(kind in content_type for kind in ("xml", "json", "javascript")):
        return False
    start = body.lstrip()[:200]
    return not start.startswith(("<?xml", "<rss", "<feed", "{", "[")) or "<html" in start


def detect_block(status: int, headers: Mapping[str, str], text: str) -> str | None:
    """Name the anti-bot protection that produced this response, or None if it looks genuine.

    `text` is the decoded body (or its beginning). A 412 (瑞数-style challenge) or 429 is a
    block on its own; other WAF statuses need a header or body marker; a 2xx needs a small
    page with a body marker or a JavaScript cookie challenge, since WAF cookies ride along on
    ordinary pages too.
    """
    if status == 412:
        return "HTTP 412 anti-bot challenge"
    if status == 429:
        return "rate limited (HTTP 429)"
    body = text.lower()
    if status in _BLOCK_STATUSES:
        lowered = {name.lower(): value.lower() for name, value in headers.items()}
        for name, marker, product in _HEADER_MARKERS:
            if marker in lowered.get(name, ""):
                return f"{product} (HTTP {status})"
        marker_product = _body_marker(body)
        if marker_product is not None:
            return f"{marker_product} (HTTP {status})"
        return None
    if 200 <= status < 300 and len(text) <= _INTERSTITIAL_MAX_CHARS and _html_like(headers, body):
        marker_product = _body_marker(body)
        if marker_product is not None:
            return marker_product
        if _is_cookie_challenge(body):
            return "JavaScript cookie challenge"
    return None


def _body_marker(body: str) -> str | None:
    for marker, product in _BODY_MARKERS:
        if marker in body:
            return product
    return None


def _is_cookie_challenge(body: str) -> bool:
    """A tiny page whose script sets a cookie and reloads itself, with no links to read."""
    sets_cookie = "document.cookie" in body
    reloads = any(
        call in body
        for call in ("location.reload", "location.href", "location.replace", "window.location")
    )
    return sets_cookie and reloads and "<a " not in body


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait according to a Retry-After value (delta seconds or an HTTP date).

    None when absent or unreadable; never negative.
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


@dataclass(frozen=True)
class _Target:
    requested: str  # as the caller wrote it; results report this
    url: httpx.URL  # normalised (IDNA host, percent-encoded path), as sent
    scheme: str
    host: str  # ASCII (IDNA) form, as resolved
    port: int

    @property
    def netloc(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class _Answer:
    """What the server sent, before any judgement."""

    status: int
    reason: str
    headers: httpx.Headers
    final_url: str
    body: bytes | None  # None when larger than max_bytes
    elapsed: float


@dataclass(frozen=True)
class _Attempt:
    """One attempt's result plus what the retry policy needs to know about it."""

    result: FetchResult
    transient: bool = False
    retry_after: float | None = None


class _LookupFailed(Exception):
    def __init__(self, message: str, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


class Fetcher:
    """Fetches pages and checks links politely; owns one HTTP client. Use as `async with`.

    `get` and `check_link` never raise for anything the network or the server does; every
    failure comes back as a FetchResult with its Outcome. Using a Fetcher outside its
    `async with` block is a programming error and raises RuntimeError.
    """

    def __init__(self, settings: FetchSettings = FetchSettings()) -> None:
        self.settings = settings
        self._client: httpx.AsyncClient | None = None
        self._global_slots = asyncio.Semaphore(settings.concurrency)
        self._host_slots: dict[str, asyncio.Semaphore] = {}
        self._ip_slots: dict[str, asyncio.Semaphore] = {}
        self._lookups: dict[str, asyncio.Future[str]] = {}
        self._backoff = wait_exponential(
            multiplier=settings.backoff, max=settings.backoff_max
        ) + wait_random(0, settings.backoff)

    async def __aenter__(self) -> Fetcher:
        self._client = httpx.AsyncClient(
            headers={
                "User-Agent": self.settings.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5",
            },
            follow_redirects=True,
            max_redirects=self.settings.max_redirects,
            timeout=httpx.Timeout(self.settings.timeout),
            limits=httpx.Limits(
                max_connections=self.settings.concurrency,
                max_keepalive_connections=self.settings.concurrency,
            ),
            verify=_tls_context(self.settings.verify_tls),
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Fetch a page. With `etag` / `last_modified`, ask conditionally; 304 → NOT_MODIFIED.

        An OK result carries the body (at most max_bytes) and, for textual responses, the
        decoded text and its encoding.
        """
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return await self._fetch(url, "GET", headers, keep_body=True)

    async def check_link(self, url: str) -> FetchResult:
        """Check that a link opens, without keeping its body (content is always b"").

        Asks with HEAD first; when the server refuses or mishandles HEAD (400/403/404/405/501,
        or a WAF answer), asks again with GET before the link is called broken. Large targets
        (attachments) are not TOO_LARGE here: only the beginning of the body is read.
        """
        head = await self._fetch(url, "HEAD", {}, keep_body=False)
        if head.status in _HEAD_REFUSED_STATUSES or head.outcome is Outcome.BLOCKED:
            return await self._fetch(url, "GET", {}, keep_body=False)
        return head

    async def _fetch(
        self, url: str, method: str, headers: dict[str, str], *, keep_body: bool
    ) -> FetchResult:
        self._open_client()  # fail fast on misuse, before any result is built
        fetched_at = datetime.now(UTC)
        target = _parse_target(url)
        if isinstance(target, str):
            result = _failure(url, fetched_at, Outcome.INVALID_URL, f"invalid URL: {target}")
            logger.debug("{} {} → {}", method, url, result.error)
            return replace(result, attempts=0)

        attempts = 0

        async def attempt_once() -> _Attempt:
            nonlocal attempts
            attempts += 1
            attempt = await self._attempt(target, method, headers, fetched_at, keep_body)
            result = attempt.result
            logger.debug(
                "{} {} → {} {} in {:.2f}s (attempt {})",
                method, url, result.outcome, result.status or "", result.elapsed, attempts,
            )
            return attempt

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.settings.retries + 1),
            wait=self._wait,
            retry=retry_if_result(lambda attempt: attempt.transient),
            # Out of attempts: hand back the last answer instead of raising RetryError.
            retry_error_callback=lambda state: state.outcome.result() if state.outcome else None,
        )
        last: _Attempt = await retrying(attempt_once)
        if last.transient:
            logger.warning(
                "{} {} gave up after {} attempts: {}", method, url, attempts, last.result.error
            )
        return replace(last.result, attempts=attempts)

    def _wait(self, state: RetryCallState) -> float:
        """Exponential backoff with jitter, stretched to the server's Retry-After, capped."""
        delay = self._backoff(state)
        if state.outcome is not None and not state.outcome.failed:
            retry_after = state.outcome.result().retry_after
            if retry_after is not None:
                delay = max(delay, retry_after)
        return min(delay, self.settings.backoff_max)

    async def _attempt(
        self,
        target: _Target,
        method: str,
        headers: dict[str, str],
        fetched_at: datetime,
        keep_body: bool,
    ) -> _Attempt:
        """One attempt, slots held only while talking to the server (never while backing off)."""
        try:
            address = await self._address(target)
        except _LookupFailed as exc:
            result = _failure(target.requested, fetched_at, Outcome.DNS_ERROR, str(exc))
            return _Attempt(result, transient=exc.transient)

        loop = asyncio.get_running_loop()
        async with (
            self._slot(self._host_slots, target.netloc, self.settings.per_host),
            self._slot(self._ip_slots, address, self.settings.per_ip),
            self._global_slots,
        ):
            started = loop.time()
            sent = await self._send(target, method, headers, keep_body)
            elapsed = loop.time() - started
        if isinstance(sent, _Answer):
            return self._classify(target, fetched_at, sent, keep_body)
        outcome, message, transient = sent
        failure = _failure(target.requested, fetched_at, outcome, message)
        return _Attempt(replace(failure, elapsed=elapsed), transient=transient)

    async def _send(
        self, target: _Target, method: str, headers: dict[str, str], keep_body: bool
    ) -> _Answer | tuple[Outcome, str, bool]:
        """The server's answer within the deadline, or (outcome, error, transient) without one."""
        try:
            async with asyncio.timeout(self.settings.timeout):
                return await self._exchange(target, method, headers, keep_body)
        except (TimeoutError, httpx.TimeoutException):
            # Our total deadline or one of httpx's per-phase ones, whichever came first.
            return Outcome.TIMEOUT, f"timed out after {self.settings.timeout:g} s", True
        except httpx.TooManyRedirects:
            message = f"more than {self.settings.max_redirects} redirects (loop?)"
            return Outcome.REDIRECT_LOOP, message, False
        except httpx.TransportError as exc:
            return _classify_transport_error(exc, target)
        except httpx.InvalidURL as exc:
            return Outcome.INVALID_URL, f"invalid redirect target: {exc}", False
        except Exception as exc:  # noqa: BLE001 — the contract is that nothing escapes
            logger.exception("unexpected error fetching {}", target.requested)
            return Outcome.CONNECT_ERROR, f"unexpected error: {type(exc).__name__}: {exc}", False

    async def _exchange(
        self, target: _Target, method: str, headers: dict[str, str], keep_body: bool
    ) -> _Answer:
        """Send the request and read the answer; httpx errors propagate to the caller."""
        client = self._open_client()
        loop = asyncio.get_running_loop()
        started = loop.time()
        async with client.stream(method, target.url, headers=headers) as response:
            if keep_body and response.is_success:
                body = await _read_capped(response, self.settings.max_bytes)
            elif response.status_code == 304:
                body = b""
            else:
                body = await _read_prefix(response, _SNIFF_BYTES)
        return _Answer(
            status=response.status_code,
            reason=response.reason_phrase,
            headers=response.headers,
            final_url=str(response.url),
            body=body,
            elapsed=loop.time() - started,
        )

    def _classify(
        self, target: _Target, fetched_at: datetime, answer: _Answer, keep_body: bool
    ) -> _Attempt:
        """Turn a server's answer into a result, deciding whether it is worth another try."""
        status = answer.status
        content_type = answer.headers.get("content-type")
        base = FetchResult(
            url=target.requested,
            final_url=answer.final_url,
            outcome=Outcome.OK,
            status=status,
            elapsed=answer.elapsed,
            fetched_at=fetched_at,
            content=b"",
            text=None,
            encoding=None,
            content_type=content_type,
            etag=answer.headers.get("etag"),
            last_modified=answer.headers.get("last-modified"),
            attempts=1,
            error=None,
        )
        if status == 304:
            return _Attempt(replace(base, outcome=Outcome.NOT_MODIFIED))
        if answer.body is None:
            message = f"response larger than {self.settings.max_bytes} bytes"
            return _Attempt(replace(base, outcome=Outcome.TOO_LARGE, error=message))

        text, encoding, decode_problems = None, None, ()
        if _is_textual(content_type):
            decoded = decode_report(answer.body, content_type)
            text, encoding, decode_problems = decoded.text, decoded.encoding, decoded.problems
        retry_after = None
        if status in _RETRY_STATUSES:
            now = datetime.now(UTC)
            retry_after = parse_retry_after(answer.headers.get("retry-after"), now)

        blocked_by = detect_block(status, answer.headers, text or "")
        if blocked_by is not None:
            blocked = replace(base, outcome=Outcome.BLOCKED, error=f"blocked: {blocked_by}")
            # Rate limiting asks us to come back later; a WAF page does not.
            return _Attempt(blocked, transient=status == 429, retry_after=retry_after)
        if not 200 <= status < 300:
            message = f"HTTP {status} {answer.reason}".rstrip()
            failed = replace(base, outcome=Outcome.HTTP_ERROR, error=message)
            return _Attempt(failed, transient=status in _RETRY_STATUSES, retry_after=retry_after)
        if not keep_body:
            return _Attempt(base)
        return _Attempt(replace(
            base, content=answer.body, text=text, encoding=encoding, decode_problems=decode_problems
        ))

    async def _address(self, target: _Target) -> str:
        """The IP a host resolves to, looked up once per host for the Fetcher's life.

        Concurrent first requests to one host share one lookup; failed lookups are forgotten
        so a later fetch asks again.
        """
        literal = _ip_literal(target.host)
        if literal is not None:
            return literal
        lookup = self._lookups.get(target.host)
        if lookup is None:
            lookup = asyncio.ensure_future(self._lookup(target))
            self._lookups[target.host] = lookup
        try:
            # Shielded: one cancelled caller must not cancel the lookup others wait on.
            return await asyncio.shield(lookup)
        except _LookupFailed:
            if self._lookups.get(target.host) is lookup:
                del self._lookups[target.host]
            raise

    async def _lookup(self, target: _Target) -> str:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(self.settings.timeout):
                infos = await loop.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
        except TimeoutError:
            message = f"DNS lookup of {target.host} timed out after {self.settings.timeout:g} s"
            raise _LookupFailed(message, transient=True) from None
        except socket.gaierror as exc:
            message = f"cannot resolve {target.host}: {exc.strerror or exc}"
            raise _LookupFailed(message, transient=exc.errno == socket.EAI_AGAIN) from exc
        except (OSError, UnicodeError) as exc:
            # e.g. an over-long label, which the IDNA codec refuses before any query is sent
            message = f"cannot resolve {target.host}: {exc}"
            raise _LookupFailed(message, transient=False) from exc
        if not infos:
            raise _LookupFailed(f"cannot resolve {target.host}: no addresses", transient=False)
        return str(infos[0][4][0])

    def _open_client(self) -> httpx.AsyncClient:
        if self._client is None:
            raise RuntimeError("Fetcher used outside its 'async with' block")
        return self._client

    @staticmethod
    def _slot(slots: dict[str, asyncio.Semaphore], key: str, size: int) -> asyncio.Semaphore:
        slot = slots.get(key)
        if slot is None:
            slot = slots[key] = asyncio.Semaphore(size)
        return slot


def _parse_target(url: str) -> _Target | str:
    """The parsed target, or why the URL cannot be fetched."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        return str(exc)
    if parsed.scheme not in ("http", "https"):
        return f"unsupported scheme {parsed.scheme!r}" if parsed.scheme else "not an absolute URL"
    if not parsed.raw_host:
        return "no host"
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return _Target(url, parsed, parsed.scheme, parsed.raw_host.decode("ascii"), port)


def _ip_literal(host: str) -> str | None:
    """The host itself when it is an IPv4/IPv6 address (no lookup needed), else None."""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


def _failure(url: str, fetched_at: datetime, outcome: Outcome, error: str) -> FetchResult:
    return FetchResult(
        url=url,
        final_url=url,
        outcome=outcome,
        status=None,
        elapsed=0.0,
        fetched_at=fetched_at,
        content=b"",
        text=None,
        encoding=None,
        content_type=None,
        etag=None,
        last_modified=None,
        attempts=1,
        error=error,
    )


def _classify_transport_error(
    exc: httpx.TransportError, target: _Target
) -> tuple[Outcome, str, bool]:
    """(outcome, message, transient) for a failure below HTTP."""
    causes = _causes(exc)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return Outcome.INVALID_URL, f"redirected to an unsupported URL: {exc}", False
    if any(isinstance(cause, ssl.SSLError) for cause in causes):
        return Outcome.TLS_ERROR, f"TLS error: {exc}", False
    if any(isinstance(cause, socket.gaierror) for cause in causes):
        # Only a redirect to another host gets here: our own lookup ran before the request.
        return Outcome.DNS_ERROR, f"cannot resolve host: {exc}", False
    if any(isinstance(cause, ConnectionRefusedError) for cause in causes):
        return Outcome.CONNECT_ERROR, "connection refused", True
    if any(isinstance(cause, ConnectionResetError) for cause in causes):
        return Outcome.CONNECT_ERROR, "connection reset by peer", True
    if (
        isinstance(exc, httpx.ConnectError)
        and target.scheme == "https"
        and any(isinstance(cause, anyio.BrokenResourceError) for cause in causes)
    ):
        # The TCP connection was made and then dropped during the handshake.
        return Outcome.TLS_ERROR, "TLS handshake failed: connection closed by server", False
    if isinstance(exc, httpx.RemoteProtocolError):
        return Outcome.CONNECT_ERROR, f"bad or missing HTTP response: {exc}", True
    return Outcome.CONNECT_ERROR, f"{type(exc).__name__}: {exc}".rstrip(": "), True


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and everything it was raised from, outermost first."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _tls_context(verify: bool) -> ssl.SSLContext:
    """A client TLS context that still talks to old government servers.

    Many of them only offer legacy renegotiation or small DH keys, which OpenSSL 3 refuses
    by default while browsers open the site; refusing them would report a reachable site as
    broken. Certificate checking itself stays as strict as `verify` says.
    """
    context = ssl.create_default_context(cafile=certifi.where())
    context.options |= getattr(ssl, "OP_LEGACY_SERVER_CONNECT", 0x4)
    context.set_ciphers("DEFAULT:@SECLEVEL=1")
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _content_length(headers: httpx.Headers) -> int | None:
    value = headers.get("content-length", "")
    return int(value) if value.isdigit() else None


def _is_textual(content_type: str | None) -> bool:
    """Whether a body of this type is text worth decoding (pages, feeds, JSON APIs)."""
    if content_type is None:
        return True  # many old servers omit it on HTML
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type.startswith("text/") or any(
        kind in media_type for kind in ("html", "xml", "json", "javascript")
    )


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes | None:
    """The whole (decompressed) body, or None as soon as it is known to exceed max_bytes."""
    announced = _content_length(response.headers)
    if announced is not None and announced > max_bytes:
        return None
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > max_bytes:
            return None
    return bytes(body)


async def _read_prefix(response: httpx.Response, limit: int) -> bytes:
    """At most about `limit` bytes from the start of the body; the rest is never downloaded."""
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) >= limit:
            break
    return bytes(body)
