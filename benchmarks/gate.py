#!/usr/bin/env python3
"""The quality gate: our extractor on the shared dev datasets against pinned scores.

    python benchmarks/gate.py [--jobs 2]                        # measure and compare
    python benchmarks/gate.py --raise-pins                      # raise pins to today's figures
    python benchmarks/gate.py --dataset trafilatura-eval        # one dataset only

Measured on WCXB dev: word F1 on article pages, word F1 on all pages (both WCXB's macro
average) and the ``without`` snippet leak rate on all pages. On the trafilatura evaluation set
(dev half, snippets only): the ``with`` snippet hit rate and the ``without`` snippet leak rate,
pooled as upstream does. ``benchmarks/pinned_scores.json`` holds the pins of each dataset: rate
pins that must stay high are floors (measured, rounded *down* to 3 decimals), leak pins are
ceilings (rounded *up*). ``tests/test_quality_gate.py`` fails when a figure is worse than its
pin. Two datasets, so that a rule tuned on one that costs the other shows.

Raising a pin is a deliberate commit of its own; lowering one is not allowed. ``--raise-pins``
only ever moves pins in the better direction and leaves the others as they are.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

PROJECT_ROOT = Path(__file__).resolve().parents[1]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks import scoring  # noqa: E402
from benchmarks.datasets import detect_format, list_ids  # noqa: E402
from benchmarks.runner import PageJob, PageResult, run_jobs  # noqa: E402

PINS_PATH = PROJECT_ROOT / "benchmarks" / "pinned_scores.json"
DATASETS_ROOT = PROJECT_ROOT.parent / "shared" / "datasets"
SYSTEM = "ours"
DEFAULT_JOBS = 2
DECIMALS = 3
ARTICLE = "article"
Direction = Literal["min", "max"]


@dataclass(frozen=True, slots=True)
class GateFigures:
    """What the gate measures on one dataset, plus the pages our extractor failed on."""

    figures: dict[str, float]
    pages: int
    failures: tuple[tuple[str, str], ...]  # (page id, error)

    def value(self, name: str) -> float:
        return self.figures[name]


def measure(dataset: Path, jobs: int = DEFAULT_JOBS) -> GateFigures:
    """Run our extractor on every page of ``dataset`` and compute the gate figures."""
    work = (PageJob(str(dataset), page_id, (SYSTEM,)) for page_id in list_ids(dataset))
    results = [r for page in run_jobs(work, jobs) for r in page]
    return figures(results, detect_format(dataset))


def figures(results: Sequence[PageResult], fmt: str = "wcxb") -> GateFigures:
    """Gate figures from per-page results of our extractor on a dataset of format `fmt`."""
    rule = scoring.TRAFILATURA_SNIPPETS if fmt == "trafilatura-eval" else scoring.WCXB_SNIPPETS
    leak = scoring.snippet_rate(((r.without_hits, r.without_total) for r in results), rule)
    values = {"without_leak": 1.0 if leak is None else leak}
    if fmt == "trafilatura-eval":
        hits = scoring.snippet_rate(((r.with_hits, r.with_total) for r in results), rule)
        values["with_hit"] = hits or 0.0
    else:
        articles = [r for r in results if r.page_type == ARTICLE]
        values["article_f1"] = scoring.mean(r.f1 for r in articles) or 0.0
        values["all_f1"] = scoring.mean(r.f1 for r in results) or 0.0
    return GateFigures(
        figures=values,
        pages=len(results),
        failures=tuple((r.page_id, r.error or "") for r in results if r.failed),
    )


def load_pins(path: Path = PINS_PATH) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def pin_value(measured: float, direction: Direction) -> float:
    """Round towards the lenient side: floors down, ceilings up."""
    scale: int = 10**DECIMALS
    rounded = math.floor(measured * scale) if direction == "min" else math.ceil(measured * scale)
    return rounded / scale


def violations(got: GateFigures, pins: dict[str, Any]) -> list[str]:
    """One message per figure worse than its pin (`pins`: one dataset's pins)."""
    problems = []
    for name, pin in pins.items():
        value, limit = got.value(name), float(pin["value"])
        worse = value < limit if pin["direction"] == "min" else value > limit
        if worse:
            sign = ">=" if pin["direction"] == "min" else "<="
            problems.append(f"{name} = {value:.4f}, pinned {sign} {limit:.3f}")
    return problems


def raised(got: GateFigures, pins: dict[str, Any]) -> dict[str, Any]:
    """A copy of one dataset's ``pins`` with every pin moved to today's figure where that is
    better."""
    updated = json.loads(json.dumps(pins))
    for name, pin in updated.items():
        candidate = pin_value(got.value(name), pin["direction"])
        better = candidate > pin["value"] if pin["direction"] == "min" else candidate < pin["value"]
        if better:
            pin["value"] = candidate
    return dict(updated)


def describe(got: GateFigures, pins: dict[str, Any]) -> Iterable[str]:
    yield f"pages {got.pages}, failures of ours {len(got.failures)}"
    for name, pin in pins.items():
        sign = ">=" if pin["direction"] == "min" else "<="
        yield f"  {name:<13} {got.value(name):.4f}   pin {sign} {pin['value']:.3f}"
    for page_id, error in got.failures:
        yield f"  failed {page_id}: {error}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", help="one dataset of the pins file (default: each)")
    parser.add_argument("--jobs", type=int, default=DEFAULT_JOBS)
    parser.add_argument("--raise-pins", action="store_true", help="raise pins, never lower")
    args = parser.parse_args(argv)
    pins = load_pins()
    names = [args.dataset] if args.dataset else list(pins["datasets"])
    problems = []
    for name in names:
        entry = pins["datasets"][name]
        got = measure(DATASETS_ROOT / name, args.jobs)
        print(name)
        for line in describe(got, entry["pins"]):
            print(line)
        problems += [f"{name}: {problem}" for problem in violations(got, entry["pins"])]
        if args.raise_pins:
            entry["pins"] = raised(got, entry["pins"])
    if args.raise_pins:
        PINS_PATH.write_text(
            json.dumps(pins, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"pins written to {PINS_PATH}")
    for problem in problems:
        print(f"WORSE THAN PIN: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
