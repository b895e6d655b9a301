"""Where a page leads to 办事服务: its links named or addressed like a service column or a
政务服务 platform (办事服务, 网上办事, 政务服务网, zwfw.…). Most sites send 办事服务 to the
province's platform, off the site, so these links are kept whatever their host."""

from __future__ import annotations

from dataclasses import dataclass

from monitor.extract._dom import norm
from monitor.extract._model import PageExtract
from monitor.vocab import is_service

# Longer link texts are headlines that mention a service, not entries to one.
_MAX_NAME = 12


@dataclass(frozen=True)
class ServiceEntry:
    name: str
    url: str


def service_entries(page: PageExtract) -> tuple[ServiceEntry, ...]:
    """The page's links to 办事服务 (navigation and plain links), each URL once, in page order."""
    found: dict[str, ServiceEntry] = {}
    candidates = [(link.name, link.url) for link in page.nav]
    candidates += [(link.text, link.url) for link in page.links if link.tag == "a"]
    for text, url in candidates:
        name = norm(text)
        if not url.startswith(("http://", "https://")) or url in found or len(name) > _MAX_NAME:
            continue
        if is_service(name, url):
            found[url] = ServiceEntry(name, url)
    return tuple(found.values())
