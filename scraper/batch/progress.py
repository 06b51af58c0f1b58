"""Progress on stderr while a batch runs, and the summary at the end.

The runner keeps a `Tally` and hands a `Snapshot` of it to a `Reporter` a few times a second.
`RichReporter` draws a live line (done / total, pages/s, errors, host wait, ETA) on a terminal,
and logs a plain line every `LOG_INTERVAL` seconds otherwise (cron, CI logs);
`QuietReporter` prints nothing. `print_summary` renders `BatchSummary` as tables.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from .state import StateCounts

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

__all__ = [
    "BatchSummary",
    "QuietReporter",
    "Reporter",
    "RichReporter",
    "Snapshot",
    "Tally",
    "print_summary",
]

LOG_INTERVAL = 10.0  # seconds between plain progress lines when stderr is not a terminal
WAIT_SMOOTHING = 0.1  # weight of the newest page in the moving average of host waits


@dataclass(slots=True)
class Tally:
    """Counters of this run (the state counts the whole output, earlier runs included)."""

    ok: int = 0
    errors: int = 0
    duplicates: int = 0
    already_done: int = 0
    in_flight: int = 0
    total: int | None = None
    host_wait_ms: float = 0.0
    started: float = field(default_factory=time.monotonic)

    def note_wait(self, queued_ms: float) -> None:
        """Fold one page's time queued for a politeness slot into the moving average."""
        self.host_wait_ms += WAIT_SMOOTHING * (queued_ms - self.host_wait_ms)

    def snapshot(self) -> Snapshot:
        """The numbers a reporter shows."""
        elapsed = time.monotonic() - self.started
        written = self.ok + self.errors
        return Snapshot(
            done=written + self.duplicates + self.already_done,
            total=self.total,
            ok=self.ok,
            errors=self.errors,
            skipped=self.duplicates + self.already_done,
            in_flight=self.in_flight,
            pages_per_second=written / elapsed if elapsed > 0 else 0.0,
            host_wait_ms=self.host_wait_ms,
            elapsed=elapsed,
        )


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Progress at one moment: inputs done (written or skipped) out of `total` (None: unknown)."""

    done: int
    total: int | None
    ok: int
    errors: int
    skipped: int
    in_flight: int
    pages_per_second: float
    host_wait_ms: float
    elapsed: float

    @property
    def eta_seconds(self) -> float | None:
        """Seconds left at the current rate, when the total is known."""
        if self.total is None or self.elapsed <= 0 or self.done == 0:
            return None
        return max(0.0, (self.total - self.done) / (self.done / self.elapsed))


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchSummary:
    """What a batch run did (this run's counts) and what its output holds (all runs)."""

    output: Path
    warc: Path | None
    parquet: Path | None
    ok: int
    errors: int
    duplicates: int
    already_done: int
    elapsed: float
    interrupted: bool
    input_failures: int
    output_counts: StateCounts

    @property
    def pages_per_second(self) -> float:
        """Lines written per second of this run."""
        return (self.ok + self.errors) / self.elapsed if self.elapsed > 0 else 0.0


class Reporter(Protocol):
    """Receives progress: `update` a few times a second, then `finish` once (interrupted too)."""

    def update(self, snapshot: Snapshot) -> None:
        """Show `snapshot`."""

    def finish(self, summary: BatchSummary) -> None:
        """Stop showing progress; report the summary."""


class QuietReporter:
    """Shows nothing (``--quiet``)."""

    def update(self, snapshot: Snapshot) -> None:
        """Ignore `snapshot`."""

    def finish(self, summary: BatchSummary) -> None:
        """Say nothing."""


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return "-:--:--"
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _line(snapshot: Snapshot) -> str:
    total = "?" if snapshot.total is None else str(snapshot.total)
    return (
        f"{snapshot.done}/{total} done, {snapshot.pages_per_second:.1f} pages/s, "
        f"{snapshot.errors} errors, {snapshot.skipped} skipped, "
        f"host wait {snapshot.host_wait_ms:.0f} ms, ETA {_eta(snapshot.eta_seconds)}"
    )


class RichReporter:
    """A live progress line on a terminal; a plain line every `LOG_INTERVAL` s otherwise."""

    def __init__(self, stream: TextIO | None = None) -> None:
        from rich.console import Console

        self.console: Console = Console(file=stream or sys.stderr)
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._last_log = time.monotonic()
        if self.console.is_terminal:
            self._start_live()

    def _start_live(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._progress = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} pages/s"),
            TextColumn("[red]{task.fields[errors]} errors"),
            TextColumn("host wait {task.fields[wait]:.0f} ms"),
            TextColumn("ETA {task.fields[eta]}"),
            console=self.console,
            transient=False,
        )
        self._task = self._progress.add_task(
            "batch", total=None, rate=0.0, errors=0, wait=0.0, eta=""
        )
        self._progress.start()

    def update(self, snapshot: Snapshot) -> None:
        """Redraw the line, or log it when it is time."""
        if self._progress is not None and self._task is not None:
            self._progress.update(
                self._task,
                completed=snapshot.done,
                total=snapshot.total,
                rate=snapshot.pages_per_second,
                errors=snapshot.errors,
                wait=snapshot.host_wait_ms,
                eta=_eta(snapshot.eta_seconds),
            )
            return
        now = time.monotonic()
        if now - self._last_log >= LOG_INTERVAL:
            self._last_log = now
            self.console.print(f"scraper batch: {_line(snapshot)}", highlight=False, soft_wrap=True)

    def finish(self, summary: BatchSummary) -> None:
        """Leave the last line drawn and print the summary tables."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
        print_summary(summary, self.console)


def print_summary(summary: BatchSummary, console: Console | None = None) -> None:
    """The end-of-run tables on stderr: this run, the output by outcome, by host, top errors."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(file=sys.stderr)
    state = "interrupted" if summary.interrupted else "finished"
    console.print(
        f"scraper batch {state} in {summary.elapsed:.1f} s: {summary.ok} pages, "
        f"{summary.errors} errors, {summary.duplicates} duplicate inputs, "
        f"{summary.already_done} done before ({summary.pages_per_second:.1f} pages/s)",
        highlight=False,
        soft_wrap=True,
    )
    counts = summary.output_counts
    outcomes = Table(title=f"in {summary.output.name}", title_justify="left")
    outcomes.add_column("outcome")
    outcomes.add_column("records", justify="right")
    for outcome, count in sorted(counts.by_outcome.items()):
        outcomes.add_row(outcome, str(count))
    console.print(outcomes)
    if counts.by_host:
        hosts = Table(title="busiest hosts", title_justify="left")
        for name in ("host", "records", "errors"):
            hosts.add_column(name, justify="left" if name == "host" else "right")
        for host, pages, errors in counts.by_host:
            hosts.add_row(host, str(pages), str(errors))
        console.print(hosts)
    if counts.top_errors:
        top = Table(title="top errors", title_justify="left")
        for name in ("stage", "type", "count", "example"):
            top.add_column(name, justify="right" if name == "count" else "left")
        for stage, kind, count, message in counts.top_errors:
            top.add_row(stage, kind, str(count), message[:80])
        console.print(top)
    if summary.input_failures:
        console.print(f"[red]{summary.input_failures} input file(s) could not be read to the end")
