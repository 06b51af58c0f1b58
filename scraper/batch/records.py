"""The output records of a batch run: one JSON object per input URL, one a line.

    {"url": ..., "source": ..., "outcome": "ok", "fetch": {...}, "page": {...}, "error": null}
    {"url": ..., "source": ..., "outcome": "error", "fetch": {...} | null, "page": null,
     "error": {"stage": "fetch", "type": "HTTPStatusError", "message": "HTTP 404 Not Found",
               "status": 404}}

``url`` is the input as given (the key of deduplication and resume); ``source`` is where it was
read (``list.txt:12``, ``crawl.warc.gz@1234``); ``fetch`` holds the fetch facts (final URL,
status, redirects, headers, timings ...) or the archive's facts; ``page`` is the `scraper.Page`.
The page JSON is spliced in as the worker serialised it, never parsed again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from scraper.errors import ScraperError

if TYPE_CHECKING:  # the network stack is not loaded in the extraction workers
    from scraper.fetch import FetchResult

__all__ = ["ErrorInfo", "Outcome", "RecordLine", "error_line", "fetch_facts", "page_line"]

Outcome = Literal["ok", "error"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorInfo:
    """Why an input has no page: the stage that failed, the error type, its message."""

    stage: str
    type: str
    message: str
    status: int | None = None

    @classmethod
    def from_exception(cls, error: BaseException) -> ErrorInfo:
        """From a `ScraperError` (its stage) or an unexpected exception (stage "batch")."""
        if isinstance(error, ScraperError):
            status = getattr(error, "status", None)
            return cls(
                stage=error.stage,
                type=type(error).__name__,
                message=error.message,
                status=status if isinstance(status, int) else None,
            )
        return cls(stage="batch", type=type(error).__name__, message=str(error) or repr(error))

    def as_dict(self) -> dict[str, object]:
        """The ``error`` object of a record line."""
        data: dict[str, object] = {"stage": self.stage, "type": self.type, "message": self.message}
        if self.status is not None:
            data["status"] = self.status
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordLine:
    """One finished input: its JSON line (with the newline) and what the summary counts."""

    url: str
    line: str
    outcome: Outcome
    error: ErrorInfo | None = None
    final_url: str | None = None


def _prefix(url: str, source: str, outcome: Outcome, fetch: dict[str, object] | None) -> str:
    return (
        f'{{"url":{json.dumps(url)},"source":{json.dumps(source)},"outcome":"{outcome}",'
        f'"fetch":{json.dumps(fetch, separators=(",", ":"))},'
    )


def page_line(
    url: str, source: str, fetch: dict[str, object] | None, page_json: str, *, final_url: str | None
) -> RecordLine:
    """The line of a page extracted: `page_json` is `Page.model_dump_json()`."""
    line = f'{_prefix(url, source, "ok", fetch)}"page":{page_json},"error":null}}\n'
    return RecordLine(url=url, line=line, outcome="ok", final_url=final_url)


def error_line(
    url: str, source: str, fetch: dict[str, object] | None, error: ErrorInfo
) -> RecordLine:
    """The line of an input that failed at `error.stage`."""
    detail = json.dumps(error.as_dict(), separators=(",", ":"))
    line = f'{_prefix(url, source, "error", fetch)}"page":null,"error":{detail}}}\n'
    final_url = fetch.get("final_url") if fetch else None
    return RecordLine(
        url=url,
        line=line,
        outcome="error",
        error=error,
        final_url=final_url if isinstance(final_url, str) else None,
    )


def fetch_facts(result: FetchResult) -> dict[str, object]:
    """The ``fetch`` object of a fetched page."""
    timings = result.timings
    return {
        "final_url": result.final_url,
        "status": result.status,
        "content_type": result.content_type,
        "encoding": result.encoding,
        "encoding_source": result.encoding_source,
        "http_version": result.http_version,
        "redirects": [{"url": hop.url, "status": hop.status} for hop in result.redirects],
        "attempts": result.attempts,
        "from_cache": result.from_cache,
        "fetched_at": now_iso(),
        "headers": dict(result.headers),
        "timings_ms": {
            "total": round(timings.total_ms, 1),
            "queued": round(timings.queued_ms, 1),
            "network": round(timings.network_ms, 1),
            "retry_wait": round(timings.retry_wait_ms, 1),
        },
        "source": "fetch",
    }


def now_iso() -> str:
    """The current UTC time, ISO 8601 with seconds (the ``fetched_at`` format)."""
    return datetime.now(UTC).isoformat(timespec="seconds")
