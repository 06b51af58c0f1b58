"""Batch runs on a Dask cluster: one task per partition, each the single-machine pipeline.

    from scraper.batch.distributed import run_distributed
    summary = run_distributed(["crawl/"], "out/", "tcp://scheduler:8786", resume=True)

or ``scraper batch crawl/ -o out/ --dask tcp://scheduler:8786 --resume``. Needs
``pip install 'scraper[distributed]'`` on the client and on every worker.

1. The inputs are split into partitions (`scraper.batch.partitions`: one per WARC file, HTML
   files in groups, URL lists bucketed by host) and listed in ``OUT_DIR/manifest.json``
   (`scraper.batch.manifest`).
2. Each partition that is not done is one task (`run_partition`): `scraper.batch.run` on the
   partition's inputs, writing its own shard ``OUT_DIR/part-NNNNN.jsonl`` (+ ``.warc.gz``,
   ``.parquet``) with its own resume state (``part-NNNNN.jsonl.state``). The fetcher, and so the
   per-host politeness, is per partition; URL lists are bucketed so that a host is in one
   partition only. A task that fails is retried (``DistributedSettings.retries``); a task whose
   worker dies is rescheduled by Dask. Either way the next attempt resumes the shard: the lines
   already written are kept, none is written twice (the exactly-once design of
   `scraper.batch.runner`). A lock file per shard keeps two attempts from writing it at once.
3. The client follows the tasks with ``as_completed``, records each outcome in the manifest
   (rewritten atomically) and shows progress on stderr: partitions done/total, records and
   errors (live counts are sent by the running tasks as Dask worker events).

A rerun with ``resume`` skips the partitions marked done and resumes the others from their
shards. Inputs and ``OUT_DIR`` must be at the same paths on the client and on every worker (a
shared file system); the manifest holds absolute paths.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import shutil
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from scraper.errors import BatchError
from scraper.settings import DEFAULT_SETTINGS, ExtractSettings

from .manifest import MANIFEST_NAME, Manifest, PartitionEntry
from .partitions import PARTITION_FOLDER, PartitionPlan, plan_partitions
from .progress import BatchSummary, Snapshot
from .runner import BatchSettings, run
from .state import state_path

if TYPE_CHECKING:
    from distributed import Client

    from scraper.fetch import FetchSettings

__all__ = [
    "ClusterProgress",
    "ClusterReporter",
    "ClusterSnapshot",
    "DistributedSettings",
    "DistributedSummary",
    "PartitionResult",
    "run_distributed",
    "run_partition",
]

INSTALL_HINT = "--dask needs Dask distributed: pip install 'scraper[distributed]'"
TICK_SECONDS = 0.25  # how often the client looks for finished tasks and redraws progress
EVENT_INTERVAL = 1.0  # seconds between a task's progress events
LOCK_POLL_SECONDS = 0.1
LOG_INTERVAL = 10.0  # seconds between plain progress lines when stderr is not a terminal
# Per-partition settings: extraction in the task's own thread (Dask workers are daemonic
# processes, which may not start a process pool), resume state checkpointed every second.
PARTITION_SETTINGS = BatchSettings(workers=0)


@dataclass(frozen=True, slots=True, kw_only=True)
class DistributedSettings:
    """How a distributed run uses the cluster.

    - ``retries``: extra attempts for a partition whose task raised (a worker that dies is
      handled by Dask: its task is rescheduled, up to ``distributed.scheduler.allowed-failures``).
    - ``connect_timeout``: seconds to reach the scheduler before giving up.
    - ``lock_timeout``: seconds a task waits for another attempt at the same shard to let go.
    - ``plan``: partition sizes (`PartitionPlan`).
    """

    retries: int = 2
    connect_timeout: float = 10.0
    lock_timeout: float = 60.0
    plan: PartitionPlan = field(default_factory=PartitionPlan)

    def __post_init__(self) -> None:
        if self.retries < 0:
            raise ValueError("DistributedSettings.retries must be >= 0")
        if not (self.connect_timeout > 0 and self.lock_timeout > 0):
            raise ValueError("DistributedSettings timeouts must be positive")


@dataclass(frozen=True, slots=True, kw_only=True)
class PartitionResult:
    """What a partition task returns: its shard's counts (all attempts) and this attempt's."""

    name: str
    ok: int
    errors: int
    duplicates: int
    input_failures: int
    elapsed: float


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterSnapshot:
    """Progress of a distributed run: partitions finished (done or failed), records written."""

    partitions_done: int
    partitions_failed: int
    partitions_total: int
    ok: int
    errors: int
    elapsed: float

    @property
    def records_per_second(self) -> float:
        """Records written per second so far."""
        return (self.ok + self.errors) / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class DistributedSummary:
    """What a distributed run did: the manifest at the end, and the totals over all shards."""

    output_dir: Path
    manifest: Manifest
    elapsed: float
    interrupted: bool
    input_failures: int

    @property
    def ok(self) -> int:
        """Pages extracted, over every shard."""
        return sum(entry.ok for entry in self.manifest.partitions)

    @property
    def errors(self) -> int:
        """Error records, over every shard."""
        return sum(entry.errors for entry in self.manifest.partitions)

    @property
    def failed(self) -> list[PartitionEntry]:
        """The partitions that failed every attempt (a rerun with resume tries them again)."""
        return [entry for entry in self.manifest.partitions if entry.status == "failed"]

    @property
    def shards(self) -> list[Path]:
        """The JSONL shards of the finished partitions."""
        return [
            self.output_dir / entry.output
            for entry in self.manifest.partitions
            if entry.status == "done"
        ]


class ClusterReporter(Protocol):
    """Receives progress: `update` a few times a second, then `finish` once."""

    def update(self, snapshot: ClusterSnapshot) -> None:
        """Show `snapshot`."""

    def finish(self, summary: DistributedSummary) -> None:
        """Stop showing progress; report the summary."""


def _progress_text(snapshot: ClusterSnapshot) -> str:
    failed = f" ({snapshot.partitions_failed} failed)" if snapshot.partitions_failed else ""
    return (
        f"{snapshot.partitions_done}/{snapshot.partitions_total} partitions{failed}, "
        f"{snapshot.ok + snapshot.errors} records, {snapshot.errors} errors, "
        f"{snapshot.records_per_second:.1f} records/s"
    )


class ClusterProgress:
    """A live progress line on a terminal; otherwise a plain line when a partition finishes
    (at most every `LOG_INTERVAL` s) and at the end. Writes to stderr."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self._last: ClusterSnapshot | None = None
        self._last_log = 0.0

    def update(self, snapshot: ClusterSnapshot) -> None:
        """Redraw the line (terminal) or log it when a partition finished."""
        previous, self._last = self._last, snapshot
        if self.live:
            self.stream.write(f"\rscraper batch --dask: {_progress_text(snapshot)}\x1b[K")
            self.stream.flush()
            return
        finished = snapshot.partitions_done + snapshot.partitions_failed
        before = 0 if previous is None else previous.partitions_done + previous.partitions_failed
        now = time.monotonic()
        if finished > before and now - self._last_log >= LOG_INTERVAL:
            self._last_log = now
            print(f"scraper batch --dask: {_progress_text(snapshot)}", file=self.stream)

    def finish(self, summary: DistributedSummary) -> None:
        """The last line, and the partitions that failed."""
        if self.live:
            self.stream.write("\n")
        state = "interrupted" if summary.interrupted else "finished"
        entries = summary.manifest.partitions
        done = sum(entry.status == "done" for entry in entries)
        print(
            f"scraper batch --dask {state} in {summary.elapsed:.1f} s: {done}/{len(entries)} "
            f"partitions, {summary.ok} pages, {summary.errors} errors in {summary.output_dir}",
            file=self.stream,
        )
        for entry in summary.failed:
            print(f"  {entry.name} failed: {entry.message}", file=self.stream)
        if summary.input_failures:
            print(
                f"  {summary.input_failures} input file(s) could not be read to the end",
                file=self.stream,
            )


# --- the task run on a worker ------------------------------------------------------------------


@contextlib.contextmanager
def _shard_lock(output: Path, timeout: float) -> Iterator[None]:
    """Hold ``OUT.lock`` (flock) while writing a shard: an attempt of the same partition that
    is still running elsewhere (a worker the scheduler wrongly took for dead) makes this one
    wait, then fail and be retried, rather than interleave its lines with ours."""
    import fcntl

    lock_path = output.with_name(output.name + ".lock")
    with lock_path.open("a") as lock:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise BatchError(
                        f"{output}: another attempt still holds {lock_path.name}"
                    ) from None
                time.sleep(LOCK_POLL_SECONDS)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


class _EventReporter:
    """Sends a running partition's counts to the client as Dask worker events."""

    def __init__(self, topic: str | None, name: str) -> None:
        self.topic = topic
        self.name = name
        self._sent = 0.0

    def _send(self, ok: int, errors: int) -> None:
        if self.topic is None:
            return
        from distributed import get_worker

        with contextlib.suppress(ValueError):  # not in a worker (called directly)
            get_worker().log_event(self.topic, {"name": self.name, "ok": ok, "errors": errors})

    def update(self, snapshot: Snapshot) -> None:
        """Send the counts, at most once every `EVENT_INTERVAL` s."""
        now = time.monotonic()
        if now - self._sent >= EVENT_INTERVAL:
            self._sent = now
            self._send(snapshot.ok, snapshot.errors)

    def finish(self, summary: BatchSummary) -> None:
        """Nothing: the task's result carries the final counts."""


def run_partition(
    entry: PartitionEntry,
    output_dir: str,
    *,
    settings: BatchSettings = PARTITION_SETTINGS,
    fetch_settings: FetchSettings | None = None,
    extract_settings: ExtractSettings = DEFAULT_SETTINGS,
    lock_timeout: float = 60.0,
    topic: str | None = None,
) -> PartitionResult:
    """The task of one partition: `scraper.batch.run` on its inputs into its shard.

    The shard is resumed when its resume state exists (an earlier attempt, or an earlier run),
    started afresh otherwise. Progress goes to the client as events on `topic`.
    """
    directory = Path(output_dir)
    output = directory / entry.output
    if settings.worker_count and multiprocessing.current_process().daemon:
        settings = replace(settings, workers=0)  # a daemonic process may not have children
    started = time.monotonic()
    with _shard_lock(output, lock_timeout):
        resume = state_path(output).exists()
        summary = run(
            list(entry.inputs),
            output,
            warc=directory / entry.warc if entry.warc else None,
            parquet=directory / entry.parquet if entry.parquet else None,
            resume=resume,
            overwrite=not resume,
            settings=settings,
            fetch_settings=fetch_settings,
            extract_settings=extract_settings,
            reporter=_EventReporter(topic, entry.name),
        )
    counts = summary.output_counts.by_outcome
    return PartitionResult(
        name=entry.name,
        ok=counts.get("ok", 0),
        errors=counts.get("error", 0),
        duplicates=summary.duplicates,
        input_failures=summary.input_failures,
        elapsed=time.monotonic() - started,
    )


# --- the client --------------------------------------------------------------------------------


def _connect(scheduler: str | Client, timeout: float) -> tuple[Client, bool]:
    """A client of the scheduler, and whether we opened it (and so close it)."""
    try:
        from distributed import Client
    except ImportError as error:
        raise BatchError(INSTALL_HINT) from error
    if isinstance(scheduler, Client):
        return scheduler, False
    try:
        return Client(scheduler, timeout=timeout, set_as_default=False), True
    except (OSError, TimeoutError, ValueError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise BatchError(
            f"cannot reach the Dask scheduler at {scheduler} within {timeout:g} s: {reason}"
        ) from error


def _clear(output_dir: Path, manifest: Manifest) -> None:
    """Remove what an earlier run wrote in `output_dir` (its manifest names it all)."""
    for entry in manifest.partitions:
        for name in (entry.output, entry.warc, entry.parquet):
            if name is None:
                continue
            for suffix in ("", ".state", ".state-wal", ".state-shm", ".lock", ".partial"):
                (output_dir / (name + suffix)).unlink(missing_ok=True)
    shutil.rmtree(output_dir / PARTITION_FOLDER, ignore_errors=True)
    (output_dir / MANIFEST_NAME).unlink(missing_ok=True)


def _given(inputs: Sequence[str | Path]) -> tuple[str, ...]:
    return tuple(str(name) if str(name) == "-" else str(Path(name).resolve()) for name in inputs)


def _open_manifest(
    inputs: Sequence[str | Path],
    output_dir: Path,
    *,
    warc: bool,
    parquet: bool,
    resume: bool,
    overwrite: bool,
    plan: PartitionPlan,
    max_bytes: int,
) -> Manifest:
    """The manifest to run: the earlier run's (`resume`), or a new plan of the inputs."""
    path = output_dir / MANIFEST_NAME
    if path.exists():
        earlier = Manifest.load(path)
        if resume:
            if earlier.inputs != _given(inputs):
                raise BatchError(
                    f"{path} was written for other inputs: give the same inputs to resume, "
                    "or --overwrite"
                )
            return earlier
        if not overwrite:
            raise BatchError(f"{path} exists: pass --resume to continue the run, or --overwrite")
        _clear(output_dir, earlier)
    elif any(output_dir.glob("part-*")) and not overwrite:
        raise BatchError(f"{output_dir} holds shards but no manifest: use another folder")
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BatchError(f"cannot create the output folder: {error}") from error
    partitions = plan_partitions(inputs, output_dir, plan=plan, max_bytes=max_bytes)
    manifest = Manifest(
        inputs=_given(inputs),
        partitions=tuple(
            PartitionEntry.for_partition(p, warc=warc, parquet=parquet) for p in partitions
        ),
    )
    manifest.save(path)
    return manifest


class _Live:
    """Counts of running partitions, from their events (updated on the client's event thread)."""

    def __init__(self) -> None:
        self.counts: dict[str, tuple[int, int]] = {}

    def handle(self, event: tuple[float, Any]) -> None:
        _time, message = event
        if isinstance(message, dict) and isinstance(message.get("name"), str):
            self.counts[message["name"]] = (int(message["ok"]), int(message["errors"]))

    def totals(self, exclude: set[str]) -> tuple[int, int]:
        running = [v for k, v in list(self.counts.items()) if k not in exclude]
        return sum(ok for ok, _ in running), sum(errors for _, errors in running)


def run_distributed(
    inputs: Sequence[str | Path],
    output_dir: str | Path,
    scheduler: str | Client,
    *,
    warc: bool = False,
    parquet: bool = False,
    resume: bool = False,
    overwrite: bool = False,
    settings: BatchSettings = PARTITION_SETTINGS,
    fetch_settings: FetchSettings | None = None,
    extract_settings: ExtractSettings = DEFAULT_SETTINGS,
    distributed_settings: DistributedSettings | None = None,
    reporter: ClusterReporter | None = None,
) -> DistributedSummary:
    """Run a batch on the Dask cluster at `scheduler` (an address, or a `distributed.Client`).

    Writes ``output_dir/part-NNNNN.jsonl`` shards (``warc``: ``.warc.gz`` too; ``parquet``:
    ``.parquet`` too) and ``output_dir/manifest.json``; see the module docstring. An existing
    run in `output_dir` is continued with `resume`, replaced with `overwrite`, else refused.
    `settings` and `fetch_settings` apply to each partition.

    Raises `BatchError` when Dask is not installed, the scheduler cannot be reached within
    ``distributed_settings.connect_timeout``, or the run cannot start; a partition that fails
    every attempt is marked failed in the manifest and the summary.
    """
    options = distributed_settings or DistributedSettings()
    client, owned = _connect(scheduler, options.connect_timeout)
    try:
        directory = Path(output_dir).resolve()
        manifest = _open_manifest(
            inputs,
            directory,
            warc=warc,
            parquet=parquet,
            resume=resume,
            overwrite=overwrite,
            plan=options.plan,
            max_bytes=extract_settings.max_bytes,
        )
        return _Run(client, directory, manifest, options, reporter).go(
            settings=settings, fetch_settings=fetch_settings, extract_settings=extract_settings
        )
    finally:
        if owned:
            client.close()


class _Run:
    """The client side of one distributed run: submit, follow, record in the manifest."""

    def __init__(
        self,
        client: Client,
        directory: Path,
        manifest: Manifest,
        options: DistributedSettings,
        reporter: ClusterReporter | None,
    ) -> None:
        self.client = client
        self.directory = directory
        self.manifest = manifest
        self.options = options
        self.reporter = reporter
        self.topic = f"scraper-batch-{uuid.uuid4().hex}"
        self.live = _Live()
        self.finished: set[str] = {e.name for e in manifest.partitions if e.status == "done"}
        self.input_failures = 0
        self.started = time.monotonic()

    def go(
        self,
        *,
        settings: BatchSettings,
        fetch_settings: FetchSettings | None,
        extract_settings: ExtractSettings,
    ) -> DistributedSummary:
        from distributed import as_completed

        todo = [
            replace(entry, status="pending", message=None)
            for entry in self.manifest.partitions
            if entry.status != "done"
        ]
        for entry in todo:  # a partition that failed before is tried again
            self.manifest = self.manifest.with_entry(entry)
        self.manifest.save(self.directory / MANIFEST_NAME)
        self.client.subscribe_topic(self.topic, self.live.handle)
        futures = {
            self.client.submit(
                run_partition,
                entry,
                str(self.directory),
                settings=settings,
                fetch_settings=fetch_settings,
                extract_settings=extract_settings,
                lock_timeout=self.options.lock_timeout,
                topic=self.topic,
                key=f"{self.topic}-{entry.name}",
                retries=self.options.retries,
                pure=False,
            ): entry
            for entry in todo
        }
        interrupted = False
        try:
            completed = as_completed(futures)
            while not completed.is_empty():
                batch = completed.next_batch(block=False)
                for future in batch:
                    self._record(futures[future], future)
                self._report()
                if not batch:
                    time.sleep(TICK_SECONDS)
        except KeyboardInterrupt:
            interrupted = True
            self.client.cancel(list(futures))
            raise
        finally:
            with contextlib.suppress(Exception):
                self.client.unsubscribe_topic(self.topic)
            summary = DistributedSummary(
                output_dir=self.directory,
                manifest=self.manifest,
                elapsed=time.monotonic() - self.started,
                interrupted=interrupted,
                input_failures=self.input_failures,
            )
            if self.reporter is not None:
                self.reporter.finish(summary)
        return summary

    def _record(self, entry: PartitionEntry, future: Any) -> None:
        """Mark a finished task's partition done (or failed) in the manifest, and save it."""
        if future.status == "finished":
            result: PartitionResult = future.result()
            self.input_failures += result.input_failures
            message = (
                f"{result.input_failures} input file(s) could not be read to the end"
                if result.input_failures
                else None
            )
            entry = replace(
                entry, status="done", ok=result.ok, errors=result.errors, message=message
            )
        else:
            error = future.exception()
            entry = replace(entry, status="failed", message=f"{type(error).__name__}: {error}")
        self.finished.add(entry.name)
        self.manifest = self.manifest.with_entry(entry)
        self.manifest.save(self.directory / MANIFEST_NAME)

    def _report(self) -> None:
        if self.reporter is None:
            return
        entries = self.manifest.partitions
        live_ok, live_errors = self.live.totals(self.finished)
        self.reporter.update(
            ClusterSnapshot(
                partitions_done=sum(e.status == "done" for e in entries),
                partitions_failed=sum(e.status == "failed" for e in entries),
                partitions_total=len(entries),
                ok=sum(e.ok for e in entries) + live_ok,
                errors=sum(e.errors for e in entries) + live_errors,
                elapsed=time.monotonic() - self.started,
            )
        )
