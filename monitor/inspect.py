"""`monitor inspect`: what the extractor reads from one saved file or URL (contracts §3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from monitor.decode import decode_report
from monitor.extract import extract_data, extract_page, to_inspect_json
from monitor.fetch import Fetcher, FetchSettings


class InspectError(Exception):
    """The page could not be read; the message names the file or URL."""


def inspect_file(path: Path, base_url: str | None, *, today: date) -> dict[str, Any]:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise InspectError(f"{path}: cannot read: {exc.strerror or exc}") from None
    decoded = decode_report(content)
    document = to_inspect_json(extract_page(decoded.text, base_url, today=today), decoded.encoding, extended=True)
    document["problems"] = [*decoded.problems, *document["problems"]]
    return document


async def inspect_url(url: str, *, pages: int, today: date, settings: FetchSettings | None = None) -> list[dict[str, Any]]:
    """The first page and, while there is a next page, up to `pages` pages in all.

    A script-rendered list's data API counts as its next page, read as the crawler reads it.
    """
    objects: list[dict[str, Any]] = []
    async with Fetcher(settings or FetchSettings()) as fetcher:
        next_url: str | None = url
        data = False
        while next_url and len(objects) < pages:
            result = await fetcher.get(next_url)
            if result.outcome != "ok" or result.text is None:
                if not objects:
                    raise InspectError(f"{next_url}: {result.outcome}: {result.error or 'no text content'}")
                break
            if data:
                page = extract_data(result.text, result.final_url, today=today)
            else:
                page = extract_page(result.text, result.final_url, today=today)
            document = to_inspect_json(page, result.encoding, extended=True)
            document["problems"] = [*result.decode_problems, *document["problems"]]
            objects.append(document)
            if not page.items and page.data_url and not data:
                next_url, data = page.data_url, True
            else:
                next_url = page.next_page
    return objects
