"""URLs of one page: resolving hrefs against the page's base, hosts, query parameters."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

_URL_SPACE = re.compile(r"[\t\r\n]")
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_HOST = re.compile(r"^https?://([^/?#]*)", re.IGNORECASE)
_INDEX_FILE = re.compile(r"(?<=/)(?:index|default)\.[a-z]+$", re.IGNORECASE)
_DIGITS = re.compile(r"\d")
_ROOT_PAGE = re.compile(r"^/(?:index|default|home|main|portal)\.[a-z]+$", re.IGNORECASE)


def host(url: str) -> str | None:
    """The lowercased host[:port] of an absolute http(s) URL, else None."""
    found = _HOST.match(url)
    return found[1].lower() if found else None


def parses(url: str) -> bool:
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


def is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed IPv6 host
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


class Resolver:
    """Turns the hrefs of one page into absolute http(s) URLs without fragment, memoised.

    Returns None for javascript:, mailto:, tel:, data:, bare fragments and unparseable URLs;
    without a base URL an href is returned as written (less its fragment). The common shapes
    (absolute, /rooted, ./relative) skip urljoin, which dominates the cost on link-heavy pages.
    """

    def __init__(self, base_url: str | None) -> None:
        self.base_url = base_url
        self._cache: dict[str, str | None] = {}
        self._origin = self._directory = self._document = None
        if base_url is not None:
            parts = urlsplit(base_url)
            if parts.scheme in ("http", "https") and parts.netloc:
                self._origin = f"{parts.scheme}://{parts.netloc}"
                path = parts.path or "/"
                self._directory = self._origin + path[: path.rfind("/") + 1]
                self._document = self._origin + path

    def __call__(self, href: str) -> str | None:
        if href in self._cache:
            return self._cache[href]
        url = self._resolve(href)
        self._cache[href] = url
        return url

    def _resolve(self, href: str) -> str | None:
        href = _URL_SPACE.sub("", href.strip())
        if not href or href.startswith("#"):
            return None
        scheme = SCHEME.match(href)
        if scheme:
            if scheme[1].lower() not in ("http", "https"):
                return None
            href = scheme[1].lower() + href[len(scheme[1]) :]  # HTTP://… is http://…
        href = href.split("#", 1)[0]
        if self.base_url is None:
            url = href
        else:
            url = self._fast_join(href, bool(scheme)) or self._join(href)
            if not url.startswith(("http://", "https://")):
                return None
        # Callers split these URLs; one urlsplit cannot parse (a malformed IPv6 host, a
        # full-width ／ in the host) is not a link anyone can follow.
        if not url or ((not url.isascii() or "[" in url or "]" in url) and not parses(url)):
            return None
        return url

    def _join(self, href: str) -> str:
        try:
            return urljoin(self.base_url or "", href)
        except ValueError:
            return ""

    def _fast_join(self, href: str, absolute: bool) -> str | None:
        """urljoin for hrefs without dot segments, or None to let urljoin decide."""
        if self._origin is None or "/." in href or href.startswith("."):
            if href.startswith("./") and "/." not in href[1:] and self._directory is not None:
                return self._directory + href[2:]
            return None
        if absolute:
            return href if href.startswith(("http://", "https://")) else None
        if href.startswith("//"):
            return self._origin.split(":", 1)[0] + ":" + href
        if href.startswith("/"):
            return self._origin + href
        if href.startswith("?"):
            return self._document + href if self._document is not None else None
        return self._directory + href if self._directory is not None else None

    def relative(self, path: str) -> str:
        """A URL the page builds itself (a pager's next file), resolved when it can be."""
        return self(path) or path


def same_page(url: str, base: str | None) -> bool:
    """Whether a link names the page at base itself: the same URL, or the same path (a
    directory and its index file alike) when the link has no query of its own (a column
    menu links /column/12 from /column/12?pageIndex=1)."""
    if base is None or not url:
        return False
    if url == base:
        return True
    try:
        link, page = urlsplit(url), urlsplit(base)
    except ValueError:
        return False
    if link.query and link.query != page.query:
        return False
    return link.netloc == page.netloc and _INDEX_FILE.sub("", link.path) == _INDEX_FILE.sub("", page.path)


def sibling_page(url: str, base: str | None) -> bool:
    """Whether a link has the shape of the page at base with one path segment (or query value)
    numbered differently: a sibling column of a CMS that numbers its columns
    (…/003002001/moreinfo.html beside …/003002004/moreinfo.html, /content/column/6786842)."""
    if base is None or not url or url == base:
        return False
    try:
        link, page = urlsplit(url), urlsplit(base)
    except ValueError:
        return False
    if link.netloc != page.netloc:
        return False
    link_segments, page_segments = link.path.split("/"), page.path.split("/")
    if len(link_segments) != len(page_segments):
        return False
    differing = [(a, b) for a, b in zip(link_segments, page_segments) if a != b]
    link_query, page_query = _query_pairs(link.query), _query_pairs(page.query)
    if not set(link_query) <= set(page_query):
        return False
    differing += [(value, page_query[key]) for key, value in link_query.items() if value != page_query[key]]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    return len(a) == len(b) and _DIGITS.search(a) is not None and _DIGITS.sub("#", a) == _DIGITS.sub("#", b)


def _query_pairs(query: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key:
            pairs[key] = value
    return pairs


def at_site_root(url: str | None) -> bool:
    """Whether a URL is a site's root page: http://host/, /index.html, /default.aspx …"""
    if url is None:
        return False
    path = urlsplit(url).path
    return path in ("", "/") or _ROOT_PAGE.match(path) is not None
