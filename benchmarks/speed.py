#!/usr/bin/env python3
"""Extraction speed and memory of our extractor and its peers on the same pages.

    python benchmarks/speed.py DATASET_DIR [--limit N] [--systems ours,trafilatura,...]
        [--split tune|holdout|all] [--repeat R] [--warmup W] [--rounds K]

Each system runs in a fresh subprocess of its own (so the memory figures are separate), one
after the other, single process. With ``--rounds K`` that is done K times, the order of the
systems reversed every other round, and a page's time is the median of its K rounds: a
machine whose speed drifts over minutes (a shared VM) slows every system alike instead of
whichever ran during the slow spell. In that subprocess: import the system, run it on the first
``W`` pages untimed (warm-up), then for every page read and decompress the HTML and run
``gc.collect()`` (both untimed), and time ``R`` calls of the extraction alone (page bytes and
URL) with ``time.perf_counter``; the page's time is the median of its ``R`` calls. The table
shows the median and 95th percentile over pages, the ratio of each system to ours, and ours to
lxml's bare parse (``lxml.html.document_fromstring`` on the bytes), the floor any lxml-based
extractor pays.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import math
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks.datasets import SPLITS, BenchPage, list_ids, load_page, select_ids  # noqa: E402
from benchmarks.peers import adapter, missing_reason  # noqa: E402
from benchmarks.tables import MISSING, Table, fmt, show  # noqa: E402

DEFAULT_LIMIT = 300
DEFAULT_REPEAT = 3
DEFAULT_WARMUP = 3
DEFAULT_ROUNDS = 1
CHILD_TIMEOUT_S = 3 * 3600
FLOOR = "lxml-parse"
OURS = "ours"
P95 = 0.95
KIB_PER_MIB = 1024
PROC_STATUS = Path("/proc/self/status")
DEFAULT_SYSTEMS = ("ours", "trafilatura", "readability", "newspaper", "goose", "resiliparse",
                   "htmldate", FLOOR)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Timing:
    """What one child process measured for one system."""

    system: str
    ms: list[float]
    failures: int
    start_rss_mb: float
    peak_rss_mb: float

    @property
    def median(self) -> float:
        return statistics.median(self.ms) if self.ms else math.nan

    @property
    def p95(self) -> float:
        return percentile(self.ms, P95)


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT)
    parser.add_argument("--systems", default=",".join(DEFAULT_SYSTEMS))
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT)
    parser.add_argument("--warmup", type=int, default=DEFAULT_WARMUP)
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# ----------------------------------------------------------------------------- child process


def current_rss_mb() -> float:
    """Resident set size now (Linux /proc), else the peak so far."""
    if PROC_STATUS.exists():
        for line in PROC_STATUS.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / KIB_PER_MIB
    return peak_rss_mb()


def peak_rss_mb() -> float:
    """Peak resident set size of this process (``ru_maxrss`` is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / KIB_PER_MIB


def time_page(name: str, page: BenchPage, repeat: int) -> tuple[float, bool]:
    """Median ms of ``repeat`` calls, and whether the system reported a failure."""
    run, html, url = adapter(name), page.html, page.url
    samples, failed = [], False
    for _ in range(repeat):
        started = time.perf_counter()
        result = run(html, url)
        samples.append((time.perf_counter() - started) * 1000)
        failed = failed or result.error_kind is not None
    return statistics.median(samples), failed


def child(args: argparse.Namespace) -> int:
    """Measure one system and print a JSON line for the parent."""
    name = args.child
    start_rss = current_rss_mb()
    root = args.dataset.resolve()
    ids = select_ids(list_ids(root), args.split, args.limit)
    adapter(name)  # import the system's modules before anything is timed
    for page_id in ids[: args.warmup]:
        warm = load_page(root, page_id)
        adapter(name)(warm.html, warm.url)
    timings, failures = [], 0
    for page_id in ids:
        page = load_page(root, page_id)
        gc.collect()
        ms, failed = time_page(name, page, args.repeat)
        timings.append(ms)
        failures += failed
    report = Timing(name, timings, failures, start_rss, peak_rss_mb())
    print(json.dumps(dataclasses.asdict(report)))
    return 0


# ----------------------------------------------------------------------------- parent


def measure(name: str, args: argparse.Namespace) -> Timing | str:
    """Run the child for ``name``; its Timing, or an error message."""
    command = [
        sys.executable, str(Path(__file__).resolve()), str(args.dataset), "--child", name,
        "--limit", str(args.limit), "--split", args.split, "--repeat", str(args.repeat),
        "--warmup", str(args.warmup),
    ]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return f"exit {done.returncode}: {last}"
    payload = json.loads(done.stdout.strip().splitlines()[-1])
    return Timing(**payload)


def combine(rounds: Sequence[Timing]) -> Timing:
    """One system's rounds as one timing: each page's median over the rounds, the most
    failures and the highest peak any round saw."""
    first = rounds[0]
    return Timing(
        system=first.system,
        ms=[statistics.median(page) for page in zip(*(r.ms for r in rounds), strict=True)],
        failures=max(r.failures for r in rounds),
        start_rss_mb=min(r.start_rss_mb for r in rounds),
        peak_rss_mb=max(r.peak_rss_mb for r in rounds),
    )


def ratio(value: float, base: float | None) -> str:
    if base is None or not base or math.isnan(value) or math.isnan(base):
        return MISSING
    return f"{value / base:.2f}×"


def speed_table(timings: dict[str, Timing], pages: int, repeat: int, rounds: int = 1) -> Table:
    ours = timings.get(OURS)
    over = f", median of {rounds} rounds in alternating order" if rounds > 1 else ""
    table = Table(
        f"Speed: {pages} pages, median of {repeat} calls per page{over}, one process per system",
        (
            "system", "median ms", "p95 ms", "median / ours", "p95 / ours", "fail",
            "start RSS MB", "peak RSS MB", "growth MB",
        ),
        caption="RSS: start = interpreter + benchmark code before the system is imported; "
        "peak = ru_maxrss at the end; growth = peak - start.",
    )  # fmt: skip
    for name, timing in timings.items():
        table.rows.append(
            [
                name,
                fmt(timing.median, 1),
                fmt(timing.p95, 1),
                ratio(timing.median, ours.median if ours else None),
                ratio(timing.p95, ours.p95 if ours else None),
                str(timing.failures),
                fmt(timing.start_rss_mb, 0),
                fmt(timing.peak_rss_mb, 0),
                fmt(timing.peak_rss_mb - timing.start_rss_mb, 0),
            ]
        )
    return table


def chosen_systems(requested: str) -> tuple[list[str], list[str]]:
    names, notes = [], []
    for name in (s.strip() for s in requested.split(",") if s.strip()):
        reason = missing_reason(name)
        if reason:
            notes.append(f"skipped {name}: {reason}")
        elif name not in names:
            names.append(name)
    if FLOOR not in names and missing_reason(FLOOR) is None:
        names.append(FLOOR)
    return names, notes


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return child(args)
    names, notes = chosen_systems(args.systems)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    pages = len(select_ids(list_ids(args.dataset.resolve()), args.split, args.limit))
    rounds = max(1, args.rounds)
    runs: dict[str, list[Timing]] = {name: [] for name in names}
    failed: set[str] = set()
    for round_index in range(rounds):
        for name in names if round_index % 2 == 0 else names[::-1]:
            if name in failed:
                continue
            print(f"  timing {name} (round {round_index + 1}) ...", file=sys.stderr, flush=True)
            outcome = measure(name, args)
            if isinstance(outcome, str):
                notes.append(f"{name} failed: {outcome}")
                failed.add(name)
            else:
                runs[name].append(outcome)
    timings = {name: combine(runs[name]) for name in names if runs[name] and name not in failed}
    show(speed_table(timings, pages, args.repeat, rounds))
    ours, floor = timings.get(OURS), timings.get(FLOOR)
    if ours and floor:
        print(
            f"ours / lxml parse: median {ratio(ours.median, floor.median)}, "
            f"p95 {ratio(ours.p95, floor.p95)}"
        )
    if OURS in timings:
        print(f"ours: {_build_note()}")
    for note in notes:
        print(f"note: {note}")
    return 0


def _build_note() -> str:
    """Whether our extraction modules ran compiled (setup.py) or as Python source."""
    from scraper._compiled import compiled_modules

    count = len(compiled_modules())
    return f"{count} modules compiled with mypyc" if count else "pure Python (not compiled)"


if __name__ == "__main__":
    raise SystemExit(main())
