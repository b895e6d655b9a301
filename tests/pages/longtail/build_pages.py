"""Build the long-tail page set: ``python tests/pages/longtail/build_pages.py``.

Pages come from CMS families and situations outside the classic TRS / Hanweb / Kaipuyun / gkmlpt / Epoint
families (ASP.NET WebForms, DedeCMS, EmpireCMS, PowerEasy, SiteServer, JEECMS, ThinkPHP, PHPCMS, WebPlus,
WordPress, Z-Blog, Vue/Nuxt, frames, script-drawn lists, letter tables, mobile pages, WAF and stock 404
pages). Labels live in tests/pages/longtail_labels.yaml and were set by hand from how each page is built.
The output is deterministic; the .html files are committed next to this builder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _aspnet_dede  # noqa: E402
import _blocked  # noqa: E402
import _cms  # noqa: E402
import _web  # noqa: E402
from _common import write  # noqa: E402


def main() -> None:
    seen = set()
    for module in (_aspnet_dede, _cms, _web, _blocked):
        for build in module.PAGES:
            rel, html, encoding = build()
            assert rel not in seen, rel
            seen.add(rel)
            write(rel, html, encoding)
    print(f"{len(seen)} pages written")


if __name__ == "__main__":
    main()
