"""The work done for one page in an extraction worker: `extract_job(ExtractJob) -> ExtractOutput`.

A plain top-level function of picklable dataclasses, so that any executor can run it: the
batch runner's process pool, a single process (``workers=0``), or a cluster scheduler. It never
raises for a bad page: extraction failures become error records.
"""

from __future__ import annotations

import gc
import signal
from dataclasses import dataclass, field

from scraper.errors import ScraperError
from scraper.settings import DEFAULT_SETTINGS, ExtractSettings

from .records import ErrorInfo, RecordLine, error_line, page_line
from .warc import page_group

# What an extraction worker needs loaded: a forkserver that imports these once starts each
# worker with them.
EXTRACTION_MODULES = ("scraper.batch.worker", "scraper.pipeline")

__all__ = ["ExtractJob", "ExtractOutput", "WarcExchange", "extract_job", "prepare_worker"]


@dataclass(frozen=True, slots=True, kw_only=True)
class WarcExchange:
    """What the page's WARC records need (`status` None: a page read from a file or archive)."""

    target_uri: str
    status: int | None = None
    request_headers: tuple[tuple[str, str], ...] = ()
    response_headers: tuple[tuple[str, str], ...] = ()
    body: bytes = field(default=b"", repr=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractJob:
    """One page to extract.

    ``html`` is the page's bytes (fetched, or read from a file or an archive; decoded by
    `scraper.extract` with ``content_type``) or text;
    ``page_url`` resolves links; ``url`` and ``source`` identify the input in the output.
    """

    url: str
    source: str
    html: str | bytes = field(repr=False)
    page_url: str | None = None
    content_type: str | None = None
    fetch: dict[str, object] | None = None
    warc: WarcExchange | None = None
    settings: ExtractSettings = DEFAULT_SETTINGS


@dataclass(frozen=True, slots=True)
class ExtractOutput:
    """The page's output line and, when asked for, its gzip-compressed WARC records."""

    record: RecordLine
    warc: bytes | None = field(default=None, repr=False)


def extract_job(job: ExtractJob) -> ExtractOutput:
    """Extract one page and serialise its line (and WARC records); never raises for the page."""
    # Imported here: the batch's main process, which only hands jobs over, never loads the
    # extractors (the workers' forkserver has them preloaded, see `EXTRACTION_MODULES`).
    from scraper.pipeline import extract

    try:
        page = extract(
            job.html, url=job.page_url, content_type=job.content_type, settings=job.settings
        )
        record = page_line(
            job.url, job.source, job.fetch, page.model_dump_json(), final_url=job.page_url
        )
    except ScraperError as error:
        record = error_line(job.url, job.source, job.fetch, ErrorInfo.from_exception(error))
    except Exception as error:  # extract() wraps its own failures; this is a last resort
        info = ErrorInfo(stage="extract", type=type(error).__name__, message=str(error))
        record = error_line(job.url, job.source, job.fetch, info)
    if job.warc is None:
        return ExtractOutput(record)
    exchange = job.warc
    group = page_group(
        target_uri=exchange.target_uri,
        metadata_json=record.line.rstrip("\n"),
        request_headers=exchange.request_headers,
        status=exchange.status,
        response_headers=exchange.response_headers,
        body=exchange.body,
    )
    return ExtractOutput(record, group)


# Garbage collection thresholds of an extraction worker. A page's tree holds thousands of
# element proxies for the whole extraction (`Document` keeps them alive), and Python's default
# (a young collection every 700 allocations) walks them three or four times per page, and the
# caches of class words and URLs at every full collection: 5% of the extraction's CPU time over
# the WCXB dev pages, 1% with these. The extractors make few reference cycles, so the memory
# waiting for a collection stays small.
WORKER_GC_THRESHOLDS = (10_000, 20, 20)


def prepare_worker() -> None:
    """Pool initializer.

    Ctrl-C (SIGINT to the whole process group) is the main process's to handle: a worker
    interrupted while it holds the pool's queue lock would leave the others waiting for it
    forever, and the shutdown with them. The objects the imports made (the worker starts with
    the extractors loaded) are frozen out of garbage collection: every full collection would
    otherwise walk them all again, for nothing, as they live as long as the worker. Collections
    run less often (`WORKER_GC_THRESHOLDS`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
