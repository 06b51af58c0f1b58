"""`extract_record`: one page to one record, a plain picklable function for other engines.

Dask bags and dataframes, Spark, Beam and multiprocessing pools pickle the function they map;
this one is top level, takes plain values and returns a JSON-ready dict, and never raises for
a bad page (the record says why it failed). The record has the shape of a line of
``scraper batch`` output: ``{"url", "source", "outcome", "fetch", "page", "error"}``.
"""

from __future__ import annotations

import json
from typing import Any

from .settings import DEFAULT_SETTINGS, ExtractSettings

__all__ = ["extract_record"]


def extract_record(
    html: str | bytes,
    url: str,
    *,
    content_type: str | None = None,
    source: str = "",
    settings: ExtractSettings = DEFAULT_SETTINGS,
) -> dict[str, Any]:
    """The batch record of one page: ``outcome`` "ok" with the `scraper.Page` as a dict under
    ``page``, or "error" with ``error`` = {stage, type, message}. Never raises for the page.

    `url` is the page's URL (it resolves links and is the record's key); `content_type` is the
    HTTP header, for its charset.
    """
    from .batch.worker import ExtractJob, extract_job  # the batch package loads when used

    job = ExtractJob(
        url=url,
        source=source,
        html=html,
        page_url=url,
        content_type=content_type,
        settings=settings,
    )
    record: dict[str, Any] = json.loads(extract_job(job).record.line)
    return record
