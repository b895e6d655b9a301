"""Build the CMS-family pages of the corpus and print their labels.

    .venv/bin/python tests/pages/corpus/_families_build.py [--labels]

Writes every page of _families_a/_b/_c.py under tests/pages/corpus/<family>/ (GBK bytes for
pages that declare gb2312) and, with --labels, prints their entries for tests/pages/labels.yaml.
The labels come from the data each page is built from (which rows are the column's own, which
dates are visible), never from the extractor.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _families_a  # noqa: E402
import _families_b  # noqa: E402
import _families_c  # noqa: E402

ORDER = ("url", "today", "kind", "item_count", "latest_item_date", "blank", "next_page", "encoding",
         "frame_url", "data_url", "unreadable", "note")


def _yaml(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, date)):
        return str(value) if not isinstance(value, date) else value.isoformat()
    text = str(value)
    if key_plain(text):
        return text
    return "'" + text.replace("'", "''") + "'"


def key_plain(text: str) -> bool:
    """Whether a string can be written unquoted (URLs, kinds, encodings)."""
    return bool(text) and all(c.isascii() and (c.isalnum() or c in ":/._-?=&%#~+") for c in text) and not text[0].isdigit()


def main() -> int:
    pages = _families_a.PAGES + _families_b.PAGES + _families_c.PAGES
    seen: set[str] = set()
    out: list[str] = []
    for rel, html, label in pages:
        assert rel not in seen, rel
        seen.add(rel)
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        gbk = 'charset=gb2312' in html[:600]
        path.write_bytes(html.encode("gbk") if gbk else html.encode("utf-8"))
        out.append(f"{rel}:")
        for key in ORDER:
            if key in label:
                out.append(f"  {key}: {_yaml(label[key])}")
        out.append("")
    if "--labels" in sys.argv:
        print("\n".join(out))
    print(f"# {len(pages)} pages written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
