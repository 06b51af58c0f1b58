"""Run systems on dataset pages in a process pool and score every (page, system) pair.

Only page ids cross the process boundary: each worker reads the page itself, runs every chosen
system on the same bytes, scores the results against the truth and sends back small
`PageResult` records (no HTML). At most ``workers * IN_FLIGHT_PER_WORKER`` pages are queued at a
time, so memory stays bounded however large the dataset.

A system call that takes longer than the timeout is interrupted (SIGALRM) and counted as a
"timeout" failure. If a worker process dies (segfault, out of memory), the pages it may have been
working on are run again one at a time in a fresh process; a page that kills its process twice is
recorded as a "crash" of every system, with the error "worker process died".
"""

from __future__ import annotations

import signal
import time
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    wait,
)
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from types import FrameType

from benchmarks import scoring
from benchmarks.datasets import BenchPage, DatasetFormat, detect_format, load_page
from benchmarks.peers import SYSTEMS, Extraction, adapter, describe_exception

DEFAULT_TIMEOUT_S = 120.0
IN_FLIGHT_PER_WORKER = 4
MAX_TASKS_PER_CHILD = 250
START_METHOD = "spawn"  # required by max_tasks_per_child; children get the parent's sys.path
WORKER_DIED = "worker process died (segfault or out of memory?)"
SNIPPET_RULES: dict[DatasetFormat, scoring.SnippetRule] = {
    "wcxb": scoring.WCXB_SNIPPETS,
    "readability": scoring.WCXB_SNIPPETS,  # no snippets in this dataset
    "trafilatura-eval": scoring.TRAFILATURA_SNIPPETS,
}
# Formats whose word F1 counts each Chinese or Japanese character as a word: those with no
# upstream metric to follow (WCXB's is followed as written, see `scoring.word_f1`)
CJK_CHARACTER_WORDS: frozenset[DatasetFormat] = frozenset({"readability"})


class PageTimeout(BaseException):
    """Raised by SIGALRM; a BaseException so that adapters' ``except Exception`` let it through."""


@dataclass(frozen=True, slots=True)
class PageJob:
    """Run ``systems`` on page ``page_id`` of the dataset at ``dataset``."""

    dataset: str
    page_id: str
    systems: tuple[str, ...]
    timeout_s: float = DEFAULT_TIMEOUT_S


@dataclass(slots=True)
class PageResult:
    """Scores of one system on one page (one CSV row). ``None`` = not measured on this page."""

    system: str
    page_id: str
    page_type: str
    seconds: float
    error_kind: str | None = None
    error: str | None = None
    words: int = 0
    truth_words: int | None = None
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    with_hits: int = 0
    with_total: int = 0
    without_hits: int = 0
    without_total: int = 0
    title_ok: bool | None = None
    authors_ok: bool | None = None
    author_on_authorless: bool | None = None
    date_ok: bool | None = None
    date_when_none: bool | None = None
    title: str | None = None
    authors: str | None = None
    published: str | None = None

    @property
    def failed(self) -> bool:
        return self.error_kind is not None

    @property
    def empty(self) -> bool:
        return self.words == 0


# ----------------------------------------------------------------------------- one page


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise PageTimeout


def call_system(name: str, html: bytes, url: str | None, timeout_s: float) -> Extraction:
    """Run one system with a wall-clock limit; never raises (failures are in the result)."""
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout_s)
    try:
        return adapter(name)(html, url)
    except PageTimeout:
        return Extraction(error_kind="timeout", error=f"no result after {timeout_s:g} s")
    except Exception as exc:  # building the adapter (importing the module) failed
        return Extraction(error_kind="crash", error=describe_exception(exc))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def score(
    system: str,
    page: BenchPage,
    got: Extraction,
    seconds: float,
    rule: scoring.SnippetRule,
    cjk_characters: bool = False,
) -> PageResult:
    """Compare one extraction with the page's truth."""
    fields = SYSTEMS[system].fields
    result = PageResult(
        system=system,
        page_id=page.id,
        page_type=page.page_type,
        seconds=seconds,
        error_kind=got.error_kind,
        error=got.error,
        words=len(scoring.tokenize(got.text, cjk_characters=cjk_characters)),
    )
    if "text" in fields:
        _score_text(result, page, got, rule, cjk_characters)
    if "title" in fields:
        result.title = got.title
        result.title_ok = scoring.title_match(got.title, page.title)
    if "authors" in fields:
        result.authors = "; ".join(got.authors)
        result.authors_ok = scoring.authors_match(got.authors, page.authors)
        result.author_on_authorless = scoring.author_on_authorless(got.authors, page.authors)
    if "published" in fields:
        result.published = got.published.isoformat() if got.published else None
        result.date_ok = scoring.date_match(got.published, page.published)
        result.date_when_none = scoring.date_when_none(
            got.published, page.published, page.published_annotated
        )
    return result


def _score_text(
    result: PageResult,
    page: BenchPage,
    got: Extraction,
    rule: scoring.SnippetRule,
    cjk_characters: bool,
) -> None:
    if page.text is not None:
        words = scoring.word_f1(got.text, page.text, cjk_characters=cjk_characters)
        result.truth_words = len(scoring.tokenize(page.text, cjk_characters=cjk_characters))
        result.precision, result.recall, result.f1 = words.precision, words.recall, words.f1
    result.with_total = len(page.with_snippets)
    result.with_hits = scoring.snippet_hits(got.text, page.with_snippets, rule)
    result.without_total = len(page.without_snippets)
    result.without_hits = scoring.snippet_hits(got.text, page.without_snippets, rule)


def run_page(job: PageJob) -> list[PageResult]:
    """Worker entry point: load the page, run every system on it, score each."""
    root = Path(job.dataset)
    page = load_page(root, job.page_id)
    fmt = detect_format(root)
    rule = SNIPPET_RULES[fmt]
    cjk_characters = fmt in CJK_CHARACTER_WORDS
    results = []
    for name in job.systems:
        started = time.perf_counter()
        got = call_system(name, page.html, page.url, job.timeout_s)
        seconds = time.perf_counter() - started
        try:
            results.append(score(name, page, got, seconds, rule, cjk_characters))
        except Exception as exc:  # odd output shape: a failure of that system on this page
            failed = Extraction(
                error_kind="crash", error="unscorable output: " + describe_exception(exc)
            )
            results.append(score(name, page, failed, seconds, rule, cjk_characters))
    return results


def failed_page(job: PageJob, error: str) -> list[PageResult]:
    """Results for a page that could not be run at all: a crash of every system."""
    return [
        PageResult(
            system=name, page_id=job.page_id, page_type="?", seconds=0.0,
            error_kind="crash", error=error,
        )
        for name in job.systems
    ]  # fmt: skip


# ----------------------------------------------------------------------------- the pool


def _executor(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context(START_METHOD),
        max_tasks_per_child=MAX_TASKS_PER_CHILD,
    )


def _pool_pass(
    source: Iterator[PageJob], workers: int, lost: list[PageJob]
) -> Generator[list[PageResult], None, None]:
    """Run jobs from ``source`` until it is empty or the pool breaks (then fill ``lost``)."""
    in_flight: dict[Future[list[PageResult]], PageJob] = {}
    with _executor(workers) as pool:
        for job in source:
            in_flight[pool.submit(run_page, job)] = job
            if len(in_flight) < workers * IN_FLIGHT_PER_WORKER:
                continue
            if not (yield from _drain(in_flight, lost, first_only=True)):
                return
        yield from _drain(in_flight, lost, first_only=False)


def _drain(
    in_flight: dict[Future[list[PageResult]], PageJob], lost: list[PageJob], first_only: bool
) -> Generator[list[PageResult], None, bool]:
    """Collect finished futures (the first batch, or all); False once the pool is broken."""
    while in_flight:
        done, _ = wait(
            list(in_flight), return_when=FIRST_COMPLETED if first_only else ALL_COMPLETED
        )
        for future in done:
            job = in_flight.pop(future)
            try:
                yield future.result()
            except BrokenProcessPool:
                lost.append(job)
            except Exception as exc:  # the page itself could not be loaded or scored
                yield failed_page(job, describe_exception(exc))
        if lost:
            lost.extend(in_flight.values())
            in_flight.clear()
            return False
        if first_only:
            return True
    return True


def _isolated(job: PageJob) -> list[PageResult]:
    with _executor(1) as pool:
        try:
            return pool.submit(run_page, job).result()
        except BrokenProcessPool:
            return failed_page(job, WORKER_DIED)


def run_jobs(jobs: Iterable[PageJob], workers: int) -> Iterator[list[PageResult]]:
    """Yield the results of every job, in completion order, using ``workers`` processes."""
    source = iter(jobs)
    while True:
        lost: list[PageJob] = []
        yield from _pool_pass(source, workers, lost)
        if not lost:
            return
        for job in lost:
            yield _isolated(job)
