"""Shared by the batch tests: real pages from ../shared/datasets/wcxb-dev, WARC building and
reading, output reading. Pages are read at test time, never copied into the project."""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from scraper.batch import ExtractJob, ExtractOutput, extract_job

WCXB_HTML = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "wcxb-dev" / "html"


@functools.cache
def wcxb_pages(count: int) -> list[bytes]:
    """The `count` smallest wcxb-dev pages (small keeps the tests fast), decompressed."""
    if not WCXB_HTML.is_dir():
        pytest.skip(f"dataset not found: {WCXB_HTML}")
    files = sorted(WCXB_HTML.glob("*.html.gz"), key=lambda p: (p.stat().st_size, p.name))
    return [gzip.decompress(path.read_bytes()) for path in files[:count]]


def read_lines(path: Path) -> list[dict[str, Any]]:
    """Every line of a JSONL output, parsed."""
    return [json.loads(line) for line in path.read_text().splitlines()]


def build_warc(path: Path, responses: Iterable[tuple[str, int, str, bytes]]) -> None:
    """A gzipped WARC of (url, status, content type, body) responses, each after a request."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, status, content_type, body in responses:
            http = StatusAndHeaders(
                f"{status} X", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            response = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
            )
            request = writer.create_warc_record(
                url,
                "request",
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True),
            )
            writer.write_request_response_pair(request, response)


def warc_records(path: Path) -> list[tuple[str, str, bytes]]:
    """(type, target URI, content) of every record; fails on any unreadable record or digest."""
    from warcio.archiveiterator import ArchiveIterator

    records = []
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream, check_digests="raise"):
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            records.append((record.rec_type, uri, record.content_stream().read()))
    return records


def metadata_urls(path: Path) -> list[str]:
    """The input URL of each metadata record of a batch WARC, in order."""
    return [
        json.loads(content)["url"]
        for kind, _uri, content in warc_records(path)
        if kind == "metadata"
    ]


CRASH_MARK = "crash-the-worker"


def crashing_extract_job(job: ExtractJob) -> ExtractOutput:
    """`extract_job`, except that a job whose URL holds `CRASH_MARK` kills its process."""
    if CRASH_MARK in job.url:
        os._exit(1)
    return extract_job(job)
