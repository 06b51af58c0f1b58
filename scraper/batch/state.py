"""The resume state of a batch run: one SQLite file next to the output (``OUT.jsonl.state``).

Tables:

- ``urls``: every input URL admitted to the run, with ``done`` = 1 once its line is in the
  output (and its outcome, host and error type, which the end summary is counted from). An
  admitted URL is the dedupe key: a second occurrence in the input is skipped, whether the first
  is finished or still in flight.
- ``meta``: ``jsonl_offset`` / ``warc_offset``, the output sizes at the last checkpoint: every
  line before ``jsonl_offset`` is marked done in ``urls``.

Writes are batched in one transaction, committed by `checkpoint` (the runner calls it about once
a second, after flushing and fsyncing the outputs, so a committed offset never points past data
on disk). Admissions that were not checkpointed are lost with a crash, which is what resume
wants: `reset_pending` forgets every URL not done, and they are read again from the input.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from scraper.errors import BatchError
from scraper.urls import split_url

__all__ = ["Admission", "RunState", "StateCounts", "state_path"]

Admission = Literal["new", "duplicate", "done_before"]

STATE_SUFFIX = ".state"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,
    done INTEGER NOT NULL DEFAULT 0,
    run INTEGER NOT NULL DEFAULT 0,
    host TEXT,
    outcome TEXT,
    stage TEXT,
    error_type TEXT,
    message TEXT
) WITHOUT ROWID;
"""
TOP_ERRORS = 5
TOP_HOSTS = 10


def state_path(output: Path) -> Path:
    """Where the state of the run writing `output` lives."""
    return output.with_name(output.name + STATE_SUFFIX)


def host_of(url: str) -> str:
    """The host a URL is counted under in the summary ("(file)" for local files, "(none)" for
    none, and for a URL Python cannot split: "http://[::1")."""
    parts = split_url(url)
    if parts is None:
        return "(none)"
    if parts.scheme == "file":
        return "(file)"
    return (parts.hostname or "(none)").lower()


@dataclass(frozen=True, slots=True)
class StateCounts:
    """What the output holds, from the state: the end summary's tables."""

    by_outcome: dict[str, int]
    by_host: list[tuple[str, int, int]]  # host, pages, errors; the busiest first
    top_errors: list[tuple[str, str, int, str]]  # stage, type, count, an example message


class RunState:
    """The SQLite state file of one run; see the module docstring."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(path, isolation_level="DEFERRED")
            self._db.executescript(SCHEMA)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self.run = self.offset("runs") + 1  # this run's number, to tell skips apart
            self._db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('runs', ?)", (self.run,)
            )
            self._db.commit()
        except sqlite3.DatabaseError as error:
            raise BatchError(f"{path}: not a usable state file: {error}") from error

    def close(self) -> None:
        """Commit and close."""
        self._db.commit()
        self._db.close()

    # --- offsets ---------------------------------------------------------------------------

    def offset(self, name: str) -> int:
        """A checkpointed offset (0 when never set)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
        return int(row[0]) if row else 0

    def checkpoint(self, offsets: dict[str, int]) -> None:
        """Record `offsets` and commit everything since the last checkpoint."""
        self._db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", offsets.items()
        )
        self._db.commit()

    # --- URLs ------------------------------------------------------------------------------

    def admit(self, url: str) -> Admission:
        """Claim `url` for this run: "new", or why not (seen in this run, or done by another)."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO urls (url, run) VALUES (?, ?)", (url, self.run)
        )
        if cursor.rowcount == 1:
            return "new"
        row = self._db.execute("SELECT run FROM urls WHERE url = ?", (url,)).fetchone()
        return "duplicate" if row and row[0] == self.run else "done_before"

    def mark_done(
        self,
        url: str,
        *,
        outcome: str,
        stage: str | None = None,
        error_type: str | None = None,
        message: str | None = None,
    ) -> None:
        """Record that `url`'s line is written (by this run, or read back from an earlier one)."""
        self._db.execute(
            "INSERT INTO urls (url, done, host, outcome, stage, error_type, message)"
            " VALUES (?, 1, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET done = 1,"
            " host = excluded.host, outcome = excluded.outcome, stage = excluded.stage,"
            " error_type = excluded.error_type, message = excluded.message",
            (url, host_of(url), outcome, stage, error_type, message),
        )

    def is_done(self, url: str) -> bool:
        """Whether `url`'s line is in the output."""
        row = self._db.execute("SELECT done FROM urls WHERE url = ?", (url,)).fetchone()
        return bool(row and row[0])

    def reset_pending(self) -> int:
        """Forget the URLs admitted but not done (a crashed run's in-flight pages)."""
        cursor = self._db.execute("DELETE FROM urls WHERE done = 0")
        self._db.commit()
        return cursor.rowcount

    def counts(self) -> StateCounts:
        """Counts over the whole output (all runs of it), for the end summary."""
        db = self._db
        by_outcome = dict(
            db.execute("SELECT outcome, COUNT(*) FROM urls WHERE done = 1 GROUP BY outcome")
        )
        by_host = [
            (str(host), int(pages), int(errors))
            for host, pages, errors in db.execute(
                "SELECT host, COUNT(*), SUM(outcome = 'error') FROM urls WHERE done = 1"
                " GROUP BY host ORDER BY COUNT(*) DESC, host LIMIT ?",
                (TOP_HOSTS,),
            )
        ]
        top_errors = [
            (str(stage), str(kind), int(count), str(message))
            for stage, kind, count, message in db.execute(
                "SELECT stage, error_type, COUNT(*), MIN(message) FROM urls"
                " WHERE done = 1 AND outcome = 'error' GROUP BY stage, error_type"
                " ORDER BY COUNT(*) DESC LIMIT ?",
                (TOP_ERRORS,),
            )
        ]
        return StateCounts(by_outcome=by_outcome, by_host=by_host, top_errors=top_errors)
