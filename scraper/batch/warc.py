"""WARC/1.1 output: one gzip-compressed *group* of records per page, and its recovery.

A group is, in this order:

- ``request``   the GET the fetcher sent for the final URL (after redirects), rebuilt from the
                headers the fetcher sends (User-Agent, Accept, Accept-Encoding, Host);
- ``response``  the final response: its status and every header as received, and the body after
                Content-Encoding was removed (``Content-Encoding``, ``Transfer-Encoding`` and
                ``Content-Length`` are rewritten to match, the originals kept as
                ``X-Archive-Orig-*``), so the record replays as is;
- ``metadata``  ``application/json``: the page's output line, ``WARC-Refers-To`` the response.

Pages read from files or archives get the metadata record only (their bytes are archived
already); inputs that failed before a response get no group. The metadata record closes every
group, which is what recovery relies on: `recover` keeps whole groups whose output line exists
and truncates what follows (a torn record, or a group whose line was not written).

Groups are built by `page_group` in the extraction workers (gzip is the expensive part), and
written by the runner with one ``write`` call each.
"""

from __future__ import annotations

import functools
import http
import io
import json
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from scraper.errors import BatchError

__all__ = ["page_group", "recover", "scan_groups", "warcinfo_record"]

WARC_VERSION = "1.1"
METADATA_TYPE = "application/json"
REWRITTEN_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
ORIGINAL_PREFIX = "X-Archive-Orig-"
GZIP_WBITS = 16 + zlib.MAX_WBITS
# zlib's (and gzip's) default. warcio's own writer compresses at 9, which on HTML costs 60%
# more time than 6 for files 0.6% smaller (wcxb-dev: 6.3 against 4.0 ms a page).
GZIP_LEVEL = 6
READ_CHUNK = 1 << 20


@functools.cache
def _writer_class() -> Any:
    from warcio.warcwriter import WARCWriter

    class RecordGzipWriter(WARCWriter):  # type: ignore[misc]
        """warcio's writer with each record gzipped as its own member at `GZIP_LEVEL`."""

        def _write_warc_record(self, out: BinaryIO, record: Any) -> None:
            plain = io.BytesIO()
            super()._write_warc_record(plain, record)
            out.write(zlib.compress(plain.getvalue(), GZIP_LEVEL, GZIP_WBITS))

    return RecordGzipWriter


def _writer(buffer: io.BytesIO) -> Any:
    return _writer_class()(buffer, gzip=False, warc_version=WARC_VERSION)


def warcinfo_record(filename: str, software: str) -> bytes:
    """The ``warcinfo`` record that opens a new WARC file."""
    buffer = io.BytesIO()
    writer = _writer(buffer)
    info = {
        "software": software,
        "format": "WARC File Format 1.1",
        "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        "description": "scraper batch: request, response and extracted page (metadata) per page",
    }
    writer.write_record(writer.create_warcinfo_record(filename, info))
    return buffer.getvalue()


def _response_headers(
    headers: Sequence[tuple[str, str]], body_length: int
) -> list[tuple[str, str]]:
    kept: list[tuple[str, str]] = []
    for name, value in headers:
        if name.lower() in REWRITTEN_HEADERS:
            kept.append((ORIGINAL_PREFIX + name, value))
        else:
            kept.append((name, value))
    kept.append(("Content-Length", str(body_length)))
    return kept


def page_group(
    *,
    target_uri: str,
    metadata_json: str,
    request_headers: Sequence[tuple[str, str]] | None = None,
    status: int | None = None,
    response_headers: Sequence[tuple[str, str]] = (),
    body: bytes = b"",
) -> bytes:
    """The gzip-compressed records of one page (see the module docstring).

    With `status` None only the metadata record is written (a page read from a file or archive).
    """
    from warcio.statusandheaders import StatusAndHeaders

    buffer = io.BytesIO()
    writer = _writer(buffer)
    refers: dict[str, str] = {}
    if status is not None:
        parts = urlsplit(target_uri)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request = writer.create_warc_record(
            target_uri,
            "request",
            http_headers=StatusAndHeaders(
                f"GET {path} HTTP/1.1",
                [("Host", parts.netloc), *(request_headers or ())],
                is_http_request=True,
            ),
        )
        try:
            reason = http.HTTPStatus(status).phrase
        except ValueError:
            reason = ""
        response = writer.create_warc_record(
            target_uri,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=StatusAndHeaders(
                f"{status} {reason}".rstrip(),
                _response_headers(response_headers, len(body)),
                protocol="HTTP/1.1",
            ),
        )
        writer.write_request_response_pair(request, response)
        refers["WARC-Refers-To"] = response.rec_headers.get_header("WARC-Record-ID")
    data = metadata_json.encode()
    metadata = writer.create_warc_record(
        target_uri,
        "metadata",
        payload=io.BytesIO(data),
        length=len(data),
        warc_content_type=METADATA_TYPE,
        warc_headers_dict=refers,
    )
    writer.write_record(metadata)
    return buffer.getvalue()


def _gzip_members(stream: BinaryIO, start: int) -> Iterator[tuple[int, bytes]]:
    """(end offset, decompressed data) of each whole gzip member from `start`; stops at a torn
    or corrupt one."""
    position = start
    pending = b""
    while True:
        decompressor = zlib.decompressobj(GZIP_WBITS)
        parts: list[bytes] = []
        while not decompressor.eof:
            if not pending:
                pending = stream.read(READ_CHUNK)
                if not pending:
                    return  # the end of the file, or a member cut short
            try:
                parts.append(decompressor.decompress(pending))
            except zlib.error:
                return
            used = len(pending) - len(decompressor.unused_data)
            position += used
            pending = decompressor.unused_data
        yield position, b"".join(parts)


def _metadata_url(record: bytes) -> tuple[bool, str | None]:
    """(whole?, input URL of a metadata record) for one decompressed WARC record."""
    head, separator, block = record.partition(b"\r\n\r\n")
    if not separator or not head.startswith(b"WARC/"):
        return False, None
    fields = dict(line.split(b":", 1) for line in head.split(b"\r\n")[1:] if b":" in line)
    try:
        length = int(fields.get(b"Content-Length", b"").strip())
    except ValueError:
        return False, None
    if len(block) != length + 4 or not block.endswith(b"\r\n\r\n"):
        return False, None
    if fields.get(b"WARC-Type", b"").strip() != b"metadata":
        return True, None
    try:
        url = json.loads(block[:length])["url"]
    except (ValueError, KeyError, TypeError):
        return False, None
    return True, url if isinstance(url, str) else None


def scan_groups(path: Path, start: int) -> Iterator[tuple[int, str]]:
    """From byte `start`, yield (end offset, input URL) for every whole metadata record.

    Reads the gzip members itself (every record of ours is one), checking each is complete and
    its WARC block has the declared length; stops at the first that is not (a torn tail).
    """
    with path.open("rb") as stream:
        stream.seek(start)
        for end, record in _gzip_members(stream, start):
            whole, url = _metadata_url(record)
            if not whole:
                return
            if url is not None:
                yield end, url


def recover(path: Path, start: int, is_written: Callable[[str], bool]) -> int:
    """Truncate `path` after the last whole group (from `start`) whose line `is_written`.

    Returns the new size. Groups are written in the order of their lines, so the groups without
    a line can only be the last ones.
    """
    if path.stat().st_size < start:
        raise BatchError(f"{path} is shorter than its state says: start a new output")
    good_end = start
    for end, url in scan_groups(path, start):
        if not is_written(url):
            break
        good_end = end
    with path.open("r+b") as stream:
        stream.truncate(good_end)
    return good_end
