"""Batch runs: URL lists, CSV, HTML files and web archives in; JSONL (+ WARC, Parquet) out.

    from scraper.batch import BatchSettings, run
    summary = run(["urls.txt", "crawl.warc.gz"], "out.jsonl", warc="out.warc.gz", resume=True)

or ``scraper batch urls.txt crawl.warc.gz -o out.jsonl --warc out.warc.gz --resume``.

Every input URL becomes exactly one line of the output: the extracted `scraper.Page` with the
fetch facts, or an error record (URL, stage, error type, message). Duplicate inputs are fetched
once. A run can be killed at any moment (``kill -9`` included) and resumed: the design, and why
it gives exactly-once output, is in `scraper.batch.runner`; the output format in
`scraper.batch.records`; the WARC layout and its recovery in `scraper.batch.warc`.

Modules: `inputs` (readers), `state` (SQLite resume state), `writers` (JSONL, Parquet), `warc`,
`worker` (the picklable per-page function run in the process pool), `progress`, `runner`.
On a Dask cluster: `distributed` (``run_distributed``; imports Dask only when called),
`partitions`, `manifest`.
"""

from __future__ import annotations

from .inputs import ArchivedPage, InputRecord, input_kind, iter_records
from .progress import BatchSummary, QuietReporter, Reporter, RichReporter, Snapshot
from .records import ErrorInfo, RecordLine
from .runner import BatchSettings, arun, run
from .state import StateCounts
from .worker import ExtractJob, ExtractOutput, WarcExchange, extract_job
from .writers import write_parquet

__all__ = [
    "ArchivedPage",
    "BatchSettings",
    "BatchSummary",
    "ErrorInfo",
    "ExtractJob",
    "ExtractOutput",
    "InputRecord",
    "QuietReporter",
    "RecordLine",
    "Reporter",
    "RichReporter",
    "Snapshot",
    "StateCounts",
    "WarcExchange",
    "arun",
    "extract_job",
    "input_kind",
    "iter_records",
    "run",
    "write_parquet",
]
