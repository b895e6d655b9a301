"""Writes the holdout pages (tests/pages/holdout/<family>/<page>.html) from the hand-written
page sources in the _*.py modules next to this file.

The pages were written by hand against /work/shared/spec/cms-patterns.md, independently of the
labelled corpus and of the extractor; their labels (tests/pages/holdout_labels.yaml) were set by
hand from how each page was built. Re-running this script rewrites identical bytes.

    .venv/bin/python tests/pages/holdout/build_pages.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _epoint_xxgk  # noqa: E402
import _generic  # noqa: E402
import _hanweb  # noqa: E402
import _other  # noqa: E402
import _trs  # noqa: E402


def main() -> None:
    pages = _trs.PAGES + _hanweb.PAGES + _epoint_xxgk.PAGES + _generic.PAGES + _other.PAGES
    seen = set()
    for rel, html, encoding in pages:
        assert rel not in seen, rel
        seen.add(rel)
        target = HERE / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(html.encode(encoding))
    print(f"wrote {len(pages)} pages")


if __name__ == "__main__":
    main()
