"""The orchestration of a batch run: inputs -> fetch (async) -> extract (process pool) -> outputs.

One event loop in the main process:

1. a reader thread streams `InputRecord`s in small batches (`inputs.iter_records`); a second
   thread counts them, for the progress total (URL lists, CSV, files; not archives);
2. each record is admitted in the SQLite state (`state.RunState.admit`): a URL admitted before
   (a duplicate, or done by an earlier run of the same output) is skipped;
3. at most `BatchSettings.max_in_flight` admitted inputs are between admission and output (this
   bounds memory, whatever the length of the list); records to fetch go to one shared
   `AsyncFetcher`, so its per-host politeness holds across the whole run;
4. the page goes to the extraction pool (`worker.extract_job` in a `ProcessPoolExecutor` of one
   worker per core; at most two queued per worker), which returns the finished line and WARC
   group, so serialising and gzip run on the workers too. When extraction is the bottleneck,
   no new fetch starts while `BatchSettings.backlog` fetched pages wait for the pool, so pages
   are not held in memory ahead of need (and slow sites still get `max_in_flight` fetches);
5. results are written as they complete (`writers.OutputFiles`: WARC group, then JSONL line),
   and marked done in the state; a failure at any stage is an error record, never a drop;
6. about once a second, the outputs are fsynced and their sizes checkpointed with the done marks
   in one SQLite commit.

Exactly once, even after ``kill -9``: the JSONL output is the truth. On ``resume``, URLs admitted
but not done are forgotten, the lines after the last checkpoint are read back and marked done, a
torn last line is truncated, and the WARC is cut after the last whole group whose line exists
(`warc.recover`); then the inputs are read again from the start and every URL not done is
processed. A kill between writing a line and checkpointing it costs nothing (the line is read
back); a kill before the line is written costs the page being redone. Duplicate input URLs are
admitted once, so fetched once.

Stopping: Ctrl-C or SIGTERM cancels the run; the outputs are checkpointed, the summary is
reported, and the cancellation goes on (`run` raises `KeyboardInterrupt`); resume continues.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from multiprocessing import forkserver
from pathlib import Path
from typing import TYPE_CHECKING

from scraper.errors import BatchError, ScraperError
from scraper.settings import DEFAULT_SETTINGS, ExtractSettings

from .inputs import InputRecord, check_inputs, count_records, iter_records
from .progress import BatchSummary, QuietReporter, Reporter, Tally
from .records import ErrorInfo, error_line, fetch_facts
from .state import RunState, state_path
from .warc import recover, warcinfo_record
from .worker import (
    EXTRACTION_MODULES,
    ExtractJob,
    ExtractOutput,
    WarcExchange,
    extract_job,
    prepare_worker,
)
from .writers import OutputFiles, recover_jsonl, write_parquet

if TYPE_CHECKING:  # the network stack is imported when a run starts, not with this module
    from scraper.fetch import FetchSettings

__all__ = ["BatchSettings", "arun", "run"]

TICK_SECONDS = 0.25  # progress redraw interval
ARCHIVE_FAILURE = "ArchiveError"
WORKER_CRASH = ErrorInfo(
    stage="extract",
    type="WorkerCrashedError",
    message="the extraction worker died on this page (out of memory, or a crash)",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchSettings:
    """How a batch run uses the machine.

    - ``workers``: extraction processes; None: one per core available; 0: extract in the main
      process (no pool: for debugging, and the single-process baseline).
    - ``max_in_flight``: inputs between admission and output at once; bounds memory.
    - ``backlog``: fetched pages waiting for an extraction worker before new fetches pause
      (None: four per worker, at least 8).
    - ``read_batch``: records taken from the input reader thread at a time.
    - ``checkpoint_interval``: seconds between checkpoints of the resume state.
    - ``fsync``: fsync the outputs before each checkpoint (survives power loss, not just kills).
    """

    workers: int | None = None
    max_in_flight: int = 64
    backlog: int | None = None
    read_batch: int = 64
    checkpoint_interval: float = 1.0
    fsync: bool = True

    def __post_init__(self) -> None:
        if self.workers is not None and self.workers < 0:
            raise ValueError(f"BatchSettings.workers must be >= 0, got {self.workers}")
        if self.max_in_flight < 1 or self.read_batch < 1 or (self.backlog or 1) < 1:
            raise ValueError("BatchSettings.max_in_flight, backlog and read_batch must be >= 1")
        if not self.checkpoint_interval > 0:
            raise ValueError("BatchSettings.checkpoint_interval must be positive")

    @property
    def worker_count(self) -> int:
        """The number of extraction processes (0: in the main process)."""
        if self.workers is not None:
            return self.workers
        return (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else (os.cpu_count() or 1)
        )


def run(
    inputs: Sequence[str | Path],
    output: str | Path,
    *,
    warc: str | Path | None = None,
    parquet: str | Path | None = None,
    resume: bool = False,
    overwrite: bool = False,
    settings: BatchSettings | None = None,
    fetch_settings: FetchSettings | None = None,
    extract_settings: ExtractSettings = DEFAULT_SETTINGS,
    reporter: Reporter | None = None,
) -> BatchSummary:
    """Run a batch: every input to one line of `output` (JSONL); see the module docstring.

    `inputs` are URL lists, CSV files, HTML files or folders, WARC/ARC files (see
    `scraper.batch.inputs`).
    `warc` also records every exchange (WARC/1.1, gzip); `parquet` converts the output at the
    end (needs pyarrow). An existing `output` is continued with `resume`, replaced with
    `overwrite`, else refused. `fetch_settings` is a `scraper.fetch.FetchSettings` (its
    politeness defaults are for other people's sites). `reporter` receives progress (None:
    nothing shown; the CLI passes a `RichReporter`).

    Returns the `BatchSummary`. Raises `BatchError` when the run cannot start or go on
    (missing input, output exists, unwritable output); a page that fails is an error record.
    """
    return asyncio.run(
        arun(
            inputs,
            output,
            warc=warc,
            parquet=parquet,
            resume=resume,
            overwrite=overwrite,
            settings=settings,
            fetch_settings=fetch_settings,
            extract_settings=extract_settings,
            reporter=reporter,
        )
    )


async def arun(
    inputs: Sequence[str | Path],
    output: str | Path,
    *,
    warc: str | Path | None = None,
    parquet: str | Path | None = None,
    resume: bool = False,
    overwrite: bool = False,
    settings: BatchSettings | None = None,
    fetch_settings: FetchSettings | None = None,
    extract_settings: ExtractSettings = DEFAULT_SETTINGS,
    reporter: Reporter | None = None,
) -> BatchSummary:
    """`run` for callers inside an event loop (same arguments)."""
    from scraper.fetch import FetchSettings

    if not inputs:
        raise BatchError("no inputs given")
    check_inputs(inputs)
    output_path = Path(output)
    warc_path = Path(warc) if warc is not None else None
    parquet_path = Path(parquet) if parquet is not None else None
    state = _open_state(output_path, warc_path, parquet_path, resume=resume, overwrite=overwrite)
    try:
        files = OutputFiles(output_path, warc_path)
    except BaseException:
        state.close()
        raise
    try:
        batch = _Batch(
            inputs=list(inputs),
            state=state,
            files=files,
            settings=settings or BatchSettings(),
            fetch_settings=fetch_settings or FetchSettings(),
            extract_settings=extract_settings,
            reporter=reporter or QuietReporter(),
            archive=warc_path is not None,
        )
    except BaseException:
        files.close()
        state.close()
        raise
    if warc_path is not None and files.warc_size == 0:
        from scraper import __version__

        files.write_warc(warcinfo_record(warc_path.name, f"scraper/{__version__}"))
    interrupted = False
    try:
        await batch.run()
    except (asyncio.CancelledError, KeyboardInterrupt):
        interrupted = True
        raise
    finally:
        batch.finish()
        summary = BatchSummary(
            output=output_path,
            warc=warc_path,
            parquet=parquet_path if not interrupted else None,
            ok=batch.tally.ok,
            errors=batch.tally.errors,
            duplicates=batch.tally.duplicates,
            already_done=batch.tally.already_done,
            elapsed=batch.tally.snapshot().elapsed,
            interrupted=interrupted,
            input_failures=batch.input_failures,
            output_counts=state.counts(),
        )
        state.close()
        batch.reporter.finish(summary)
    if parquet_path is not None:
        write_parquet(output_path, parquet_path)
    return summary


def _open_state(
    output: Path, warc: Path | None, parquet: Path | None, *, resume: bool, overwrite: bool
) -> RunState:
    """Check what exists, clear it (`overwrite`) or reconcile it (`resume`); open the state."""
    state_file = state_path(output)
    leftovers = [p for p in (output, warc) if p is not None and p.exists() and p.stat().st_size]
    if state_file.exists():
        leftovers.append(state_file)
    if overwrite:
        for path in (output, warc, parquet, state_file):
            if path is not None:
                for stale in (
                    path,
                    path.with_name(path.name + "-wal"),
                    path.with_name(path.name + "-shm"),
                ):
                    stale.unlink(missing_ok=True)
    elif leftovers and not resume:
        raise BatchError(
            f"{leftovers[0]} exists: pass --resume to continue the run, or --overwrite"
        )
    elif resume and output.exists() and output.stat().st_size and not state_file.exists():
        raise BatchError(f"{output} has no state file ({state_file.name}) to resume from")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BatchError(f"cannot create the output folder: {error}") from error
    state = RunState(state_file)
    if resume:
        try:
            _reconcile(state, output, warc)
        except BaseException:
            state.close()
            raise
    return state


def _reconcile(state: RunState, output: Path, warc: Path | None) -> None:
    """Make the state, the JSONL and the WARC agree after a crash (see the module docstring)."""
    state.reset_pending()

    def mark(record: dict[str, object]) -> None:
        if not isinstance(record, dict) or not isinstance(record.get("url"), str):
            raise BatchError(f"{output}: a line without a url: not the output of a batch run")
        error = record.get("error")
        detail = error if isinstance(error, dict) else {}
        state.mark_done(
            str(record["url"]),
            outcome=str(record.get("outcome")),
            stage=detail.get("stage"),
            error_type=detail.get("type"),
            message=detail.get("message"),
        )

    offsets: dict[str, int] = {}
    if output.exists():
        offsets["jsonl_offset"] = recover_jsonl(output, state.offset("jsonl_offset"), mark)
    if warc is not None:  # a WARC deleted since starts again from its beginning
        exists = warc.exists()
        offsets["warc_offset"] = (
            recover(warc, state.offset("warc_offset"), state.is_done) if exists else 0
        )
    state.checkpoint(offsets)


def _take(records: Iterator[InputRecord], count: int) -> list[InputRecord]:
    return list(islice(records, count))


class _Extractor:
    """Runs `function` (`extract_job`) in a process pool, or inline with ``workers=0``.

    When a worker dies (out of memory, a crash in a C library) every job pending in the pool
    fails with it; the pool is replaced and each of those jobs is run again alone, in a one-off
    process, so that only the page that kills its worker becomes an error record.
    """

    def __init__(
        self, workers: int, function: Callable[[ExtractJob], ExtractOutput] = extract_job
    ) -> None:
        self.workers = workers
        self.function = function
        self._generation = 0
        self._pool = self._new_pool(workers) if workers else None
        self._quarantine = asyncio.Lock()

    @staticmethod
    def _new_pool(workers: int) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(EXTRACTION_MODULES))
        # Started now rather than at the first job: it loads the extractors while this process
        # opens the state and fetches the first pages.
        forkserver.ensure_running()
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=prepare_worker
        )

    async def run(self, job: ExtractJob) -> ExtractOutput:
        """The job's output (an error record if the job kills its worker)."""
        if self._pool is None:
            return self.function(job)
        loop = asyncio.get_running_loop()
        pool, generation = self._pool, self._generation
        try:
            return await loop.run_in_executor(pool, self.function, job)
        except BrokenProcessPool:
            if generation == self._generation:  # the first job to notice replaces the pool
                self._generation += 1
                pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool(self.workers)
        return await self._alone(job)

    async def _alone(self, job: ExtractJob) -> ExtractOutput:
        loop = asyncio.get_running_loop()
        async with self._quarantine:
            solo = self._new_pool(1)
            try:
                return await loop.run_in_executor(solo, self.function, job)
            except BrokenProcessPool:
                return ExtractOutput(error_line(job.url, job.source, job.fetch, WORKER_CRASH))
            finally:
                solo.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the workers."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


class _Batch:
    """The state of one running batch (see the module docstring for the flow)."""

    def __init__(
        self,
        *,
        inputs: list[str | Path],
        state: RunState,
        files: OutputFiles,
        settings: BatchSettings,
        fetch_settings: FetchSettings,
        extract_settings: ExtractSettings,
        reporter: Reporter,
        archive: bool,
    ) -> None:
        from scraper.fetch import AsyncFetcher
        from scraper.fetch.body import ACCEPT_ENCODING
        from scraper.fetch.fetcher import ACCEPT

        self.inputs = inputs
        self.state = state
        self.files = files
        self.settings = settings
        self.extract_settings = extract_settings
        self.reporter = reporter
        self.archive = archive
        self.tally = Tally()
        self.input_failures = 0
        self.fetcher = AsyncFetcher(fetch_settings)
        self.request_headers = (
            ("User-Agent", fetch_settings.effective_user_agent),
            ("Accept", ACCEPT),
            ("Accept-Encoding", ACCEPT_ENCODING),
        )
        self.extractor = _Extractor(settings.worker_count)
        workers = max(1, settings.worker_count)
        self.slots = asyncio.Semaphore(settings.max_in_flight)
        self.extract_slots = asyncio.Semaphore(2 * workers)
        self.backlog_limit = settings.backlog or max(8, 4 * workers)
        self.waiting = 0  # fetched pages waiting for an extraction slot
        self.room = asyncio.Event()  # set while `waiting` is under `backlog_limit`
        self.room.set()
        self.tasks: set[asyncio.Task[None]] = set()
        # a result that could not be written (the output or the state): the run stops on the
        # first, with a `BatchError`
        self.failure: Exception | None = None
        self._main: asyncio.Task[None] | None = None
        self._finished = False

    async def run(self) -> None:
        """Read, admit, process every input; wait for the last page.

        Raises `BatchError` when writing a page's result fails (a full disk, a broken state
        file): what was written before is kept, and a resumed run goes on from there."""
        self._main = asyncio.current_task()
        try:
            await self._run()
        except asyncio.CancelledError:
            if self.failure is None or self._main is None:
                raise
            self._main.uncancel()  # the cancellation was the run's own, to stop
            failure = self.failure
            raise BatchError(f"the run stopped: {type(failure).__name__}: {failure}") from failure

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        ticker = asyncio.create_task(self._tick())
        counter = loop.run_in_executor(None, count_records, self.inputs)
        counter.add_done_callback(self._set_total)
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            current = asyncio.current_task()
            if current is not None:
                loop.add_signal_handler(signal.SIGTERM, current.cancel)
        try:
            async with self.fetcher:
                records = iter_records(self.inputs, max_bytes=self.extract_settings.max_bytes)
                while chunk := await loop.run_in_executor(
                    None, _take, records, self.settings.read_batch
                ):
                    for record in chunk:
                        await self._admit(record)
                if self.tasks:
                    await asyncio.gather(*self.tasks)
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                # Ctrl-C or SIGTERM arrived while the last pages finished (a page task that
                # turned its cancellation into an error record let `gather` return): the run
                # was still interrupted.
                raise asyncio.CancelledError
        finally:
            ticker.cancel()
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(signal.SIGTERM)
            if not counter.done():
                counter.cancel()

    def _set_total(self, future: asyncio.Future[int | None]) -> None:
        if not future.cancelled() and future.exception() is None:
            self.tally.total = future.result()

    async def _admit(self, record: InputRecord) -> None:
        admission = self.state.admit(record.url)
        if admission == "done_before":
            self.tally.already_done += 1
            return
        if admission == "duplicate":
            self.tally.duplicates += 1
            return
        await self.room.wait()
        await self.slots.acquire()
        self.tally.in_flight += 1
        task = asyncio.create_task(self._handle(record))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _handle(self, record: InputRecord) -> None:
        try:
            try:
                result = await self._process(record)
            except ScraperError as error:
                result = ExtractOutput(
                    error_line(record.url, record.source, None, ErrorInfo.from_exception(error))
                )
            except Exception as error:  # a bug must not lose the input: it is an error record
                info = ErrorInfo(stage="batch", type=type(error).__name__, message=str(error))
                result = ExtractOutput(error_line(record.url, record.source, None, info))
            try:
                self._write(result)
            except Exception as error:  # the output or the state cannot be written
                self._stop(error)
        finally:
            self.tally.in_flight -= 1
            self.slots.release()

    def _stop(self, failure: Exception) -> None:
        """Stop the run on the first failure to write a result (see `run`)."""
        if self.failure is None:
            self.failure = failure
            if self._main is not None:
                self._main.cancel()

    async def _process(self, record: InputRecord) -> ExtractOutput:
        if record.problem is not None:
            if record.problem.type == ARCHIVE_FAILURE:
                self.input_failures += 1
            return ExtractOutput(error_line(record.url, record.source, None, record.problem))
        if record.document is not None:
            document = record.document
            job = ExtractJob(
                url=record.url,
                source=record.source,
                html=document.content,
                page_url=document.url,
                content_type=document.content_type,
                fetch=document.facts or None,
                warc=WarcExchange(target_uri=document.url or record.url) if self.archive else None,
                settings=self.extract_settings,
            )
        else:
            job = await self._fetch(record)
        self._wait_changed(+1)
        try:
            await self.extract_slots.acquire()
        finally:
            self._wait_changed(-1)
        try:
            return await self.extractor.run(job)
        finally:
            self.extract_slots.release()

    def _wait_changed(self, change: int) -> None:
        self.waiting += change
        if self.waiting < self.backlog_limit:
            self.room.set()
        else:
            self.room.clear()

    async def _fetch(self, record: InputRecord) -> ExtractJob:
        result = await self.fetcher.fetch(record.url)
        self.tally.note_wait(result.timings.queued_ms)
        exchange = None
        if self.archive:
            exchange = WarcExchange(
                target_uri=result.final_url,
                status=result.status,
                request_headers=self.request_headers,
                response_headers=result.response_headers,
                body=result.content,
            )
        return ExtractJob(
            url=record.url,
            source=record.source,
            # the bytes, decoded again by the worker as the fetcher did (same Content-Type):
            # half the pickling of the text, and with a WARC the body crosses to the worker once
            html=result.content,
            page_url=result.final_url,
            content_type=result.headers.get("content-type"),
            fetch=fetch_facts(result),
            warc=exchange,
            settings=self.extract_settings,
        )

    def _write(self, result: ExtractOutput) -> None:
        record = result.record
        self.files.write(record, result.warc)
        error = record.error
        self.state.mark_done(
            record.url,
            outcome=record.outcome,
            stage=error.stage if error else None,
            error_type=error.type if error else None,
            message=error.message if error else None,
        )
        if record.outcome == "ok":
            self.tally.ok += 1
        else:
            self.tally.errors += 1

    async def _tick(self) -> None:
        since_checkpoint = 0.0
        while True:
            await asyncio.sleep(TICK_SECONDS)
            self.reporter.update(self.tally.snapshot())
            since_checkpoint += TICK_SECONDS
            if since_checkpoint >= self.settings.checkpoint_interval:
                since_checkpoint = 0.0
                self.checkpoint()

    def checkpoint(self) -> None:
        """fsync the outputs, then commit their sizes and the done marks."""
        if self.settings.fsync:
            self.files.sync()
        offsets = self.files.offsets()
        if not self.archive:
            offsets.pop("warc_offset")
        self.state.checkpoint(offsets)

    def finish(self) -> None:
        """Stop what is still running, checkpoint, close the files (idempotent)."""
        if self._finished:
            return
        self._finished = True
        for task in self.tasks:
            task.cancel()
        self.extractor.close()
        if self.failure is None:
            self.checkpoint()
        # else the last checkpoint stands: a line may be written whose URL is not marked done,
        # and resume reads back (and marks) the lines after the checkpoint, as after a kill
        self.files.close()
        self.reporter.update(self.tally.snapshot())
