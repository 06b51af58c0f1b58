"""Aggregate per-page results into the figures the tables, the JSON report and the gate use."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from benchmarks import scoring
from benchmarks.runner import PageResult

ALL_TYPES = "all"
# Row order of the per-page-type tables (WCXB's own order); unknown types follow, sorted.
TYPE_ORDER = ("article", "forum", "product", "collection", "listing", "documentation", "service")


@dataclass(frozen=True, slots=True)
class BodySummary:
    """Body-text figures of one system on a set of pages (``None`` = not measurable)."""

    pages: int
    f1: float | None
    precision: float | None
    recall: float | None
    with_hit: float | None
    without_leak: float | None
    empty: int
    failures: int


@dataclass(frozen=True, slots=True)
class MetaSummary:
    """Metadata figures of one system (rates over the pages where the measure applies)."""

    title: float | None
    title_n: int
    authors: float | None
    authors_n: int
    author_on_authorless: float | None
    authorless_n: int
    date: float | None
    date_n: int
    date_when_none: float | None
    dateless_n: int


def body(results: Sequence[PageResult], rule: scoring.SnippetRule) -> BodySummary:
    """Macro-averaged word scores, snippet rates and failure counts."""
    return BodySummary(
        pages=len(results),
        f1=scoring.mean(r.f1 for r in results),
        precision=scoring.mean(r.precision for r in results),
        recall=scoring.mean(r.recall for r in results),
        with_hit=scoring.snippet_rate(((r.with_hits, r.with_total) for r in results), rule),
        without_leak=scoring.snippet_rate(
            ((r.without_hits, r.without_total) for r in results), rule
        ),
        empty=sum(1 for r in results if r.empty),
        failures=sum(1 for r in results if r.failed),
    )


def _rate(values: Iterable[bool | None]) -> tuple[float | None, int]:
    kept = [v for v in values if v is not None]
    return scoring.mean(kept), len(kept)


def meta(results: Sequence[PageResult]) -> MetaSummary:
    """Metadata match rates of one system."""
    title, title_n = _rate(r.title_ok for r in results)
    authors, authors_n = _rate(r.authors_ok for r in results)
    authorless, authorless_n = _rate(r.author_on_authorless for r in results)
    day, date_n = _rate(r.date_ok for r in results)
    none, dateless_n = _rate(r.date_when_none for r in results)
    return MetaSummary(
        title, title_n, authors, authors_n, authorless, authorless_n, day, date_n, none, dateless_n
    )


def by_system(results: Iterable[PageResult]) -> dict[str, list[PageResult]]:
    """Group results by system, keeping first-seen order."""
    groups: dict[str, list[PageResult]] = defaultdict(list)
    for result in results:
        groups[result.system].append(result)
    return dict(groups)


def page_types(results: Iterable[PageResult]) -> list[str]:
    """Page types present, in WCXB's order, then any others sorted."""
    present = {r.page_type for r in results}
    known = [t for t in TYPE_ORDER if t in present]
    return known + sorted(present - set(TYPE_ORDER))


def body_by_type(
    results: Sequence[PageResult], rule: scoring.SnippetRule
) -> dict[str, BodySummary]:
    """`body` over all pages (key ``"all"``) and per page type."""
    table = {ALL_TYPES: body(results, rule)}
    for page_type in page_types(results):
        table[page_type] = body([r for r in results if r.page_type == page_type], rule)
    return table


def meta_by_type(results: Sequence[PageResult]) -> dict[str, MetaSummary]:
    """`meta` over all pages (key ``"all"``) and per page type."""
    table = {ALL_TYPES: meta(results)}
    for page_type in page_types(results):
        table[page_type] = meta([r for r in results if r.page_type == page_type])
    return table
