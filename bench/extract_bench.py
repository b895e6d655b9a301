"""Accuracy and speed of date extraction on the labelled corpus (tests/pages/corpus/).

    .venv/bin/python bench/extract_bench.py [--reps 50] [--htmldate-reps 3] [--out DIR] [--markdown]

For every corpus page whose label says kind list, home or article it compares the page's
labelled ``latest_item_date`` with

* ours: ``decode_html`` + ``extract_page(text, url, today=…)`` -> ``latest_item_date``;
* htmldate, a general-purpose publication-date extractor, run offline on the same decoded
  HTML string: ``find_date(html, original_date=True, outputformat="%Y-%m-%d",
  extensive_search=True, min_date="1990-01-01", max_date=<the page's today>)`` (no URL is
  given, so nothing is fetched).

Accuracy is the share of pages whose date equals the label exactly (a null label is matched
only by no date). Speed: ``time.perf_counter`` around decode + extract of one page, for every
page of the corpus, ``--reps`` times over (the whole corpus once per repetition); median and
p99 over all those per-page timings. htmldate is timed the same way over ``--htmldate-reps``
repetitions (it is much slower). Results are printed and written to
``<out>/extract_bench.json`` (default ``bench/out/extract-<timestamp>/``, ignored by git).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a plain script from any directory

from monitor.decode import decode_html  # noqa: E402
from monitor.extract import extract_page  # noqa: E402

PAGES = REPO / "tests" / "pages"
# Labelled page sets: the corpus the extractor is developed against, and the sets written
# independently of it (holdout: round 1; longtail: CMS families outside the corpus, round 2).
SETS = {
    "corpus": (PAGES / "corpus", PAGES / "labels.yaml"),
    "holdout": (PAGES / "holdout", PAGES / "holdout_labels.yaml"),
    "longtail": (PAGES / "longtail", PAGES / "longtail_labels.yaml"),
}
KINDS = ("list", "home", "article")


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def load_pages(name: str = "corpus") -> list[dict[str, Any]]:
    folder, labels_file = SETS[name]
    labels = yaml.safe_load(labels_file.read_text(encoding="utf-8"))
    pages = []
    for rel, label in labels.items():
        pages.append(
            {
                "page": rel,
                "family": rel.split("/", 1)[0],
                "kind": label["kind"],
                "url": label["url"],
                "today": date.fromisoformat(_iso(label["today"]) or ""),
                "label": _iso(label["latest_item_date"]),
                "raw": (folder / rel).read_bytes(),
            }
        )
    return pages


def ours(page: dict[str, Any]) -> str | None:
    text, _ = decode_html(page["raw"])
    found = extract_page(text, page["url"], today=page["today"]).latest_item_date
    return found.isoformat() if found else None


def theirs(find_date: Any, html: str, today: date) -> str | None:
    try:
        return find_date(
            html,
            original_date=True,
            outputformat="%Y-%m-%d",
            extensive_search=True,
            min_date="1990-01-01",
            max_date=today.isoformat(),
        )
    except Exception:  # noqa: BLE001 - a crash is a miss, not a benchmark failure
        return None


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def time_ours(pages: list[dict[str, Any]], reps: int) -> list[float]:
    timings: list[float] = []
    for _ in range(reps):
        for page in pages:
            start = time.perf_counter()
            text, _ = decode_html(page["raw"])
            extract_page(text, page["url"], today=page["today"])
            timings.append(time.perf_counter() - start)
    return timings


def time_htmldate(find_date: Any, pages: list[dict[str, Any]], reps: int) -> list[float]:
    timings: list[float] = []
    for _ in range(reps):
        for page in pages:
            start = time.perf_counter()
            theirs(find_date, page["html"], page["today"])
            timings.append(time.perf_counter() - start)
    return timings


def accuracy(rows: list[dict[str, Any]], key: str) -> tuple[int, int]:
    return sum(1 for row in rows if row[key] == row["label"]), len(rows)


def fmt(hit: int, total: int) -> str:
    return f"{hit}/{total} ({100.0 * hit / total:.0f} %)" if total else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=int, default=50, help="repetitions of the whole corpus for our timing (50)")
    parser.add_argument("--htmldate-reps", type=int, default=3, help="repetitions for htmldate's timing (3)")
    parser.add_argument("--out", type=Path, default=None, help="output folder (bench/out/extract-<timestamp>/)")
    parser.add_argument("--markdown", action="store_true", help="also print the tables as Markdown")
    parser.add_argument("--show-misses", action="store_true", help="list every page either extractor got wrong")
    parser.add_argument("--set", choices=sorted(SETS), default="corpus", help="which labelled page set (corpus)")
    args = parser.parse_args()

    logging.disable(logging.CRITICAL)  # htmldate logs every guess
    from htmldate import find_date

    every = load_pages(args.set)
    pages = [page for page in every if page["kind"] in KINDS]
    rows = []
    for page in pages:
        page["html"] = decode_html(page["raw"])[0]
        rows.append(
            {
                "page": page["page"],
                "family": page["family"],
                "kind": page["kind"],
                "label": page["label"],
                "ours": ours(page),
                "htmldate": theirs(find_date, page["html"], page["today"]),
            }
        )

    families = sorted({row["family"] for row in rows})
    table = []
    for family in families:
        group = [row for row in rows if row["family"] == family]
        table.append((family, accuracy(group, "ours"), accuracy(group, "htmldate")))
    dated = [row for row in rows if row["label"] is not None]
    by_kind = [(kind, [row for row in rows if row["kind"] == kind]) for kind in KINDS]

    ours_t = time_ours(every, args.reps)
    theirs_t = time_htmldate(find_date, pages, args.htmldate_reps)
    speed = {
        "ours_pages": len(every),
        "ours_reps": args.reps,
        "ours_median_ms": 1000 * statistics.median(ours_t),
        "ours_p99_ms": 1000 * percentile(ours_t, 0.99),
        "ours_max_ms": 1000 * max(ours_t),
        "ours_corpus_s": sum(ours_t) / args.reps,
        "htmldate_pages": len(pages),
        "htmldate_reps": args.htmldate_reps,
        "htmldate_median_ms": 1000 * statistics.median(theirs_t),
        "htmldate_p99_ms": 1000 * percentile(theirs_t, 0.99),
    }

    print(f"{args.set}: {len(every)} pages, {len(rows)} of kind list/home/article ({len(dated)} with a labelled date)")
    print(f"{'family':<10} {'pages':>5}  {'ours':<16} {'htmldate':<16}")
    for family, mine, other in table:
        print(f"{family:<10} {mine[1]:>5}  {fmt(*mine):<16} {fmt(*other):<16}")
    print(f"{'overall':<10} {len(rows):>5}  {fmt(*accuracy(rows, 'ours')):<16} {fmt(*accuracy(rows, 'htmldate')):<16}")
    print(f"{'dated':<10} {len(dated):>5}  {fmt(*accuracy(dated, 'ours')):<16} {fmt(*accuracy(dated, 'htmldate')):<16}")
    print("by kind:")
    for kind, group in by_kind:
        print(f"{kind:<10} {len(group):>5}  {fmt(*accuracy(group, 'ours')):<16} {fmt(*accuracy(group, 'htmldate')):<16}")
    print(
        f"ours: decode+extract per page median {speed['ours_median_ms']:.2f} ms, p99 {speed['ours_p99_ms']:.2f} ms, "
        f"max {speed['ours_max_ms']:.2f} ms ({len(every)} pages x {args.reps} reps; whole corpus {speed['ours_corpus_s']:.3f} s)"
    )
    print(
        f"htmldate: find_date per page median {speed['htmldate_median_ms']:.2f} ms, p99 {speed['htmldate_p99_ms']:.2f} ms "
        f"({len(pages)} pages x {args.htmldate_reps} reps)"
    )
    if args.show_misses:
        for row in rows:
            if row["ours"] != row["label"] or row["htmldate"] != row["label"]:
                print(f"  {row['page']:<46} label {row['label']!s:<10} ours {row['ours']!s:<10} htmldate {row['htmldate']!s}")
    if args.markdown:
        print()
        print("| family | pages | ours | htmldate |")
        print("|---|---:|---|---|")
        for family, mine, other in table:
            print(f"| {family} | {mine[1]} | {fmt(*mine)} | {fmt(*other)} |")
        print(f"| **all** | {len(rows)} | **{fmt(*accuracy(rows, 'ours'))}** | **{fmt(*accuracy(rows, 'htmldate'))}** |")
        print(f"| dated labels only | {len(dated)} | {fmt(*accuracy(dated, 'ours'))} | {fmt(*accuracy(dated, 'htmldate'))} |")

    out = args.out or REPO / "bench" / "out" / f"extract-{datetime.now():%Y%m%d-%H%M%S}"
    out.mkdir(parents=True, exist_ok=True)
    result = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "families": {family: {"pages": mine[1], "ours": mine[0], "htmldate": other[0]} for family, mine, other in table},
        "overall": {"pages": len(rows), "ours": accuracy(rows, "ours")[0], "htmldate": accuracy(rows, "htmldate")[0]},
        "dated": {"pages": len(dated), "ours": accuracy(dated, "ours")[0], "htmldate": accuracy(dated, "htmldate")[0]},
        "speed": speed,
        "pages": rows,
    }
    (out / "extract_bench.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written: {out / 'extract_bench.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
