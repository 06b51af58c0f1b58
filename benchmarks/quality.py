#!/usr/bin/env python3
"""Extraction quality of our extractor and its peers, side by side, on the same pages.

    python benchmarks/quality.py DATASET_DIR [--systems ours,trafilatura,...]
        [--split tune|holdout|all] [--limit N] [--jobs 2] [--timeout S]
        [--json OUT.json] [--per-page OUT.csv]

Prints a body-text table (overall and per page type), an F1-by-page-type matrix, a metadata
table and the failures. See benchmarks/README.md for what every number means.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[1]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks import summary  # noqa: E402
from benchmarks.datasets import SPLITS, Split, detect_format, list_ids, select_ids  # noqa: E402
from benchmarks.peers import QUALITY_SYSTEMS, SYSTEMS, missing_reason  # noqa: E402
from benchmarks.runner import (  # noqa: E402
    DEFAULT_TIMEOUT_S,
    SNIPPET_RULES,
    PageJob,
    PageResult,
    run_jobs,
)
from benchmarks.tables import MISSING, SEPARATOR, Table, fmt, pct, show  # noqa: E402

DEFAULT_JOBS = 2
PROGRESS_EVERY = 100
FAILURES_SHOWN_PER_PEER = 10
META_PAGE_TYPE = "article"  # the metadata table is repeated for this page type
BODY_HEADERS = ("pages", "F1", "P", "R", "with-hit", "w/o-leak", "empty", "fail")


# ----------------------------------------------------------------------------- arguments


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="a WCXB, Readability or trafilatura-eval folder")
    parser.add_argument(
        "--systems",
        default=",".join(QUALITY_SYSTEMS),
        help="comma-separated systems (default: all available): " + ", ".join(QUALITY_SYSTEMS),
    )
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of the split")
    parser.add_argument("--jobs", type=int, default=DEFAULT_JOBS, help="worker processes")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="s per call")
    parser.add_argument("--json", type=Path, default=None, help="write the summary as JSON")
    parser.add_argument("--per-page", type=Path, default=None, help="write per-page rows as CSV")
    return parser.parse_args(argv)


def available_systems(requested: str) -> tuple[list[str], list[str]]:
    """The requested systems that can run, and a note for each one skipped."""
    chosen, notes = [], []
    for name in (s.strip() for s in requested.split(",") if s.strip()):
        if name in SYSTEMS and not SYSTEMS[name].quality:
            notes.append(f"skipped {name}: speed floor only, it extracts nothing")
            continue
        reason = missing_reason(name)
        if reason:
            notes.append(f"skipped {name}: {reason}")
        elif name not in chosen:
            chosen.append(name)
    return chosen, notes


# ----------------------------------------------------------------------------- running


def run(
    root: Path, ids: Sequence[str], systems: Sequence[str], jobs: int, timeout_s: float
) -> list[PageResult]:
    """Run every system on every page; progress goes to stderr."""
    started = time.monotonic()
    work = (PageJob(str(root), page_id, tuple(systems), timeout_s) for page_id in ids)
    results: list[PageResult] = []
    for done, page_results in enumerate(run_jobs(work, jobs), start=1):
        results.extend(page_results)
        if done % PROGRESS_EVERY == 0 or done == len(ids):
            elapsed = time.monotonic() - started
            print(f"  {done}/{len(ids)} pages, {elapsed:.0f} s", file=sys.stderr, flush=True)
    order = {name: index for index, name in enumerate(systems)}
    results.sort(key=lambda r: (order[r.system], r.page_id))
    return results


# ----------------------------------------------------------------------------- tables


def _body_cells(figures: summary.BodySummary) -> list[str]:
    return [
        str(figures.pages),
        fmt(figures.f1),
        fmt(figures.precision),
        fmt(figures.recall),
        pct(figures.with_hit),
        pct(figures.without_leak),
        str(figures.empty),
        str(figures.failures),
    ]


def text_systems(groups: dict[str, list[PageResult]]) -> list[str]:
    return [name for name in groups if "text" in SYSTEMS[name].fields]


def body_tables(
    groups: dict[str, list[PageResult]], tables: dict[str, dict[str, summary.BodySummary]]
) -> list[Table]:
    """The overall body table and the per-page-type one."""
    names = text_systems(groups)
    overall = Table("Body text: all pages", ("system", *BODY_HEADERS))
    overall.rows = [[name, *_body_cells(tables[name][summary.ALL_TYPES])] for name in names]
    per_type = Table("Body text by page type", ("page type", "system", *BODY_HEADERS), left=2)
    for page_type in summary.page_types(r for name in names for r in groups[name]):
        if per_type.rows:
            per_type.rows.append(SEPARATOR)
        for name in names:
            per_type.rows.append([page_type, name, *_body_cells(tables[name][page_type])])
    return [overall, per_type]


def f1_matrix(
    groups: dict[str, list[PageResult]], tables: dict[str, dict[str, summary.BodySummary]]
) -> Table:
    """Mean F1 with page types as rows and systems as columns."""
    names = text_systems(groups)
    table = Table("Word F1 by page type", ("page type", "pages", *names))
    first = groups[names[0]] if names else []
    for page_type in [summary.ALL_TYPES, *summary.page_types(first)]:
        count = tables[names[0]][page_type].pages if names else 0
        table.rows.append([page_type, str(count), *(fmt(tables[n][page_type].f1) for n in names)])
    return table


def meta_table(groups: dict[str, list[PageResult]], page_type: str = summary.ALL_TYPES) -> Table:
    """Title / authors / date agreement per system on one page type (dash = the system has no
    such field)."""
    figures = {
        name: summary.meta_by_type(results).get(page_type, summary.meta([]))
        for name, results in groups.items()
    }
    meta_names = [name for name in groups if SYSTEMS[name].fields - {"text"}]

    def header(label: str, count: int | None) -> str:
        return f"{label} (n={count})" if count else label

    table = Table(
        "Metadata" if page_type == summary.ALL_TYPES else f"Metadata: {page_type} pages",
        (
            "system",
            header("title", _max_n(figures, "title_n")),
            header("authors", _max_n(figures, "authors_n")),
            header("author on authorless ↓", _max_n(figures, "authorless_n")),
            header("date same-day", _max_n(figures, "date_n")),
            header("date when none ↓", _max_n(figures, "dateless_n")),
        ),
        caption="↓ lower is better; others: share of pages matching the truth.",
    )
    for name in meta_names:
        got = figures[name]
        fields = SYSTEMS[name].fields
        table.rows.append(
            [
                name,
                pct(got.title) if "title" in fields else MISSING,
                pct(got.authors) if "authors" in fields else MISSING,
                pct(got.author_on_authorless) if "authors" in fields else MISSING,
                pct(got.date) if "published" in fields else MISSING,
                pct(got.date_when_none) if "published" in fields else MISSING,
            ]
        )
    return table


def _max_n(figures: dict[str, summary.MetaSummary], attribute: str) -> int:
    return max((getattr(f, attribute) for f in figures.values()), default=0)


def failure_lines(groups: dict[str, list[PageResult]]) -> Iterator[str]:
    """Failure counts per system; every failure of ours, the first few of each peer."""
    for name, results in groups.items():
        failed = [r for r in results if r.failed]
        kinds = Counter(r.error_kind for r in failed)
        counts = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
        yield f"{name}: {len(failed)} failed pages" + (f" ({counts})" if counts else "")
        shown = failed if name == "ours" else failed[:FAILURES_SHOWN_PER_PEER]
        for result in shown:
            yield f"    {result.page_id} [{result.error_kind}] {result.error}"
        if len(failed) > len(shown):
            yield f"    ... {len(failed) - len(shown)} more in the per-page CSV"


# ----------------------------------------------------------------------------- outputs


def write_csv(path: Path, results: Sequence[PageResult]) -> None:
    """One row per (system, page); each system's worst F1 first."""
    names = [f.name for f in dataclasses.fields(PageResult)]
    order: dict[str, int] = {}
    for result in results:
        order.setdefault(result.system, len(order))
    rows = sorted(
        results,
        key=lambda r: (order[r.system], r.f1 is None, r.f1 or 0.0, r.page_id),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for result in rows:
            writer.writerow(_csv_cell(getattr(result, name)) for name in names)


def _csv_cell(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return round(value, 4)
    return "" if value is None else value


def write_json(path: Path, report: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build_report(
    args: argparse.Namespace,
    fmt_name: str,
    groups: dict[str, list[PageResult]],
    tables: dict[str, dict[str, summary.BodySummary]],
    notes: list[str],
) -> dict[str, Any]:
    return {
        "dataset": str(args.dataset),
        "format": fmt_name,
        "split": args.split,
        "limit": args.limit,
        "pages": len(next(iter(groups.values()), [])),
        "systems": list(groups),
        "notes": notes,
        "body": {
            name: {kind: dataclasses.asdict(fig) for kind, fig in tables[name].items()}
            for name in text_systems(groups)
        },
        "metadata": {
            name: {kind: dataclasses.asdict(fig) for kind, fig in summary.meta_by_type(r).items()}
            for name, r in groups.items()
        },
        "failures": [
            {"system": r.system, "page_id": r.page_id, "kind": r.error_kind, "error": r.error}
            for results in groups.values()
            for r in results
            if r.failed
        ],
    }


# ----------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    root = args.dataset.resolve()
    fmt_name = detect_format(root)
    systems, notes = available_systems(args.systems)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if not systems:
        print("no system to run", file=sys.stderr)
        return 2
    split: Split = args.split
    ids = select_ids(list_ids(root), split, args.limit)
    print(
        f"{root.name} ({fmt_name}), split {split}, {len(ids)} pages, systems: "
        f"{', '.join(systems)}, {args.jobs} jobs",
        file=sys.stderr,
    )
    started = time.monotonic()
    results = run(root, ids, systems, args.jobs, args.timeout)
    elapsed = time.monotonic() - started
    rule = SNIPPET_RULES[fmt_name]
    groups = summary.by_system(results)
    tables = {name: summary.body_by_type(rows, rule) for name, rows in groups.items()}

    print(f"\n{root.name} ({fmt_name}) split={split} pages={len(ids)} in {elapsed:.0f} s\n")
    shown = [*body_tables(groups, tables)]
    if any(r.f1 is not None for r in results):
        shown.append(f1_matrix(groups, tables))
    shown.append(meta_table(groups))
    if any(r.page_type == META_PAGE_TYPE for r in results):
        shown.append(meta_table(groups, META_PAGE_TYPE))
    for table in shown:
        show(table)
    print("Failures")
    for line in failure_lines(groups):
        print(line)
    for note in notes:
        print(f"note: {note}")

    if args.json:
        write_json(args.json, build_report(args, fmt_name, groups, tables, notes))
    if args.per_page:
        write_csv(args.per_page, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
