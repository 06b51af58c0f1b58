"""Input readers: every INPUT of a batch run becomes a stream of `InputRecord`s, one at a time.

The kind of an input is decided by its name (`input_kind`, a table of suffixes):

| input                              | records                                                 |
| ---------------------------------- | ------------------------------------------------------- |
| ``.warc``, ``.arc`` (``.gz`` too)  | one per ``response`` record (ARC records are converted) |
| ``.csv``, ``.tsv`` (``.gz`` too)   | one per row, from the ``url`` column                    |
| ``.html``, ``.htm``, ``.xhtml``    | the file itself (its ``file://`` URI is its key)        |
| a folder                           | its HTML and archive files, recursively, sorted         |
| anything else, or ``-`` (stdin)    | a URL list: one URL a line, ``#`` starts a comment line |

Nothing is read ahead: memory does not grow with the length of a list or the size of an archive
(a folder's file names are listed one directory at a time). The key of a record is its URL as
written (``file://`` URI for a local file): the same string twice is a duplicate.
A record either needs fetching (``document is None``), carries the page already
(``document``), or carries the ``problem`` that makes it an error record (an archived 404, a PDF
in a WARC, a corrupt archive): inputs are never dropped silently. Archive records that are not
pages (``request``, ``metadata``, ``warcinfo``, ``revisit``) are not inputs.
"""

from __future__ import annotations

import csv
import gzip
import io
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, cast

from scraper.errors import BatchError

from .records import ErrorInfo

__all__ = [
    "ArchivedPage",
    "InputKind",
    "InputRecord",
    "count_records",
    "input_kind",
    "iter_records",
]

InputKind = Literal["archive", "csv", "html", "folder", "urls"]

# Longest suffix first: ".warc.gz" must not be read as ".gz".
SUFFIX_KINDS: tuple[tuple[str, InputKind], ...] = (
    (".warc.gz", "archive"),
    (".arc.gz", "archive"),
    (".warc", "archive"),
    (".arc", "archive"),
    (".csv.gz", "csv"),
    (".tsv.gz", "csv"),
    (".csv", "csv"),
    (".tsv", "csv"),
    (".html.gz", "html"),
    (".htm.gz", "html"),
    (".xhtml.gz", "html"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
)
URL_COLUMNS = ("url", "uri", "link")  # CSV header names accepted for the URL column
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
UNDECLARED_TYPES = frozenset({"", "unknown/unknown", "application/unknown", "*/*"})
PAGE_RECORD_TYPES = frozenset({"response"})
# A record's target URI opens with a scheme ("https:", "dns:", "whois:"), RFC 3986.
URI_SCHEME = re.compile(r"\A[A-Za-z][A-Za-z0-9+.\-]*+:")


@dataclass(frozen=True, slots=True, kw_only=True)
class ArchivedPage:
    """A page whose bytes are at hand: a local file or an archived response.

    ``url`` is the page's own URL for link resolution (None for a local file); ``facts`` are what
    the archive says about the capture (status, date, record id), written with the page.
    """

    content: bytes = field(repr=False)
    content_type: str | None
    url: str | None
    facts: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class InputRecord:
    """One input: its key `url` (what is deduplicated and resumed by) and where it came from."""

    url: str
    source: str
    document: ArchivedPage | None = None
    problem: ErrorInfo | None = None


def input_kind(name: str | Path) -> InputKind:
    """The kind of an input, from its name (and whether it is a folder)."""
    text = str(name)
    if text != "-" and Path(text).is_dir():
        return "folder"
    lowered = text.lower()
    for suffix, kind in SUFFIX_KINDS:
        if lowered.endswith(suffix):
            return kind
    return "urls"


def check_inputs(names: Iterable[str | Path]) -> None:
    """Raise `BatchError` naming the first input that does not exist or cannot be read."""
    for name in names:
        text = str(name)
        if text == "-":
            continue
        path = Path(text)
        if not path.exists():
            raise BatchError(f"{text}: no such file or folder")
        if not os.access(path, os.R_OK):
            raise BatchError(f"{text}: permission denied")
        if input_kind(path) == "csv":
            _csv_column(path)


def iter_records(names: Iterable[str | Path], *, max_bytes: int) -> Iterator[InputRecord]:
    """Every record of every input, in order, streamed. Pages over `max_bytes` are errors."""
    for name in names:
        yield from _READERS[input_kind(name)](Path(str(name)), max_bytes)


def count_records(names: Iterable[str | Path]) -> int | None:
    """How many records the inputs hold, or None when that needs reading an archive through.

    Streams like `iter_records` (constant memory); meant to run beside the batch, for progress.
    """
    total = 0
    for name in names:
        kind = input_kind(name)
        if kind == "archive" or str(name) == "-":
            return None
        if kind == "folder":
            for path in _folder_files(Path(name)):
                if input_kind(path) == "archive":
                    return None
                total += 1
        elif kind == "html":
            total += 1
        else:
            total += sum(1 for _ in _READERS[kind](Path(name), 0))
    return total


# --- readers ---------------------------------------------------------------------------------


def _open_binary(path: Path) -> IO[bytes]:
    if str(path) == "-":
        return sys.stdin.buffer
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _open_text(path: Path) -> io.TextIOWrapper:
    return io.TextIOWrapper(_open_binary(path), encoding="utf-8", errors="replace", newline="")


def _read_error(path: Path, error: BaseException) -> BatchError:
    return BatchError(f"{path}: cannot read: {type(error).__name__}: {error}")


def _url_list(path: Path, _max_bytes: int) -> Iterator[InputRecord]:
    try:
        with _open_text(path) as lines:
            for number, line in enumerate(lines, start=1):
                text = line.strip()
                if not text or text.startswith("#"):
                    continue
                url = text.split(None, 1)[0]  # "URL  # note" keeps the URL
                yield InputRecord(url=url, source=f"{path}:{number}")
    except (OSError, EOFError, UnicodeError) as error:
        raise _read_error(path, error) from error


def _url_column(path: Path, header: list[str]) -> int:
    names = [cell.strip().lower() for cell in header]
    column = next((names.index(n) for n in URL_COLUMNS if n in names), None)
    if column is None:
        raise BatchError(
            f"{path}: no URL column (the header needs one of {', '.join(URL_COLUMNS)})"
        )
    return column


def _csv_reader(stream: io.TextIOWrapper, path: Path) -> Iterator[list[str]]:
    return csv.reader(stream, delimiter="\t" if ".tsv" in path.name.lower() else ",")


def _csv_column(path: Path) -> None:
    """Raise `BatchError` unless the CSV's header names a URL column (an empty file passes)."""
    try:
        with _open_text(path) as stream:
            header = next(_csv_reader(stream, path), None)
    except (OSError, EOFError, UnicodeError, csv.Error) as error:
        raise _read_error(path, error) from error
    if header is not None:
        _url_column(path, header)


def _csv_rows(path: Path, _max_bytes: int) -> Iterator[InputRecord]:
    try:
        with _open_text(path) as stream:
            reader = csv.reader(stream, delimiter="\t" if ".tsv" in path.name.lower() else ",")
            header = next(reader, None)
            if header is None:
                return
            column = _url_column(path, header)
            for row in reader:
                url = row[column].strip() if column < len(row) else ""
                if url:
                    yield InputRecord(url=url, source=f"{path}:{reader.line_num}")
    except (OSError, EOFError, UnicodeError, csv.Error) as error:
        raise _read_error(path, error) from error


def _html_file(path: Path, max_bytes: int) -> Iterator[InputRecord]:
    key = path.resolve().as_uri()
    try:
        with _open_binary(path) as stream:
            content = stream.read(max_bytes + 1)
    except (OSError, EOFError) as error:
        problem = ErrorInfo(stage="input", type="InputError", message=f"cannot read: {error}")
        yield InputRecord(url=key, source=str(path), problem=problem)
        return
    if len(content) > max_bytes:
        problem = ErrorInfo(
            stage="input", type="InputTooLargeError", message=f"over the {max_bytes}-byte limit"
        )
        yield InputRecord(url=key, source=str(path), problem=problem)
        return
    page = ArchivedPage(content=content, content_type=None, url=None)
    yield InputRecord(url=key, source=str(path), document=page)


def _folder_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if input_kind(path) in ("html", "archive"):
                yield path


def _folder(folder: Path, max_bytes: int) -> Iterator[InputRecord]:
    for path in _folder_files(folder):
        yield from _READERS[input_kind(path)](path, max_bytes)


def _archive(path: Path, max_bytes: int) -> Iterator[InputRecord]:
    from warcio.archiveiterator import ArchiveIterator  # loads only for archives
    from warcio.exceptions import ArchiveLoadFailed

    offset = 0  # where the record being read starts
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, arc2warc=True)
            for record in records:
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type is None or (url and not URI_SCHEME.match(url)):
                    # not a record: a file that is no archive, read as a headless ARC line
                    start = records.get_record_offset()
                    raise ArchiveLoadFailed(f"no WARC or ARC record at byte {start}")
                # dns:, whois: ... records, requests and metadata are not pages
                if record.rec_type in PAGE_RECORD_TYPES and url.startswith(("http://", "https://")):
                    page = _archived_record(record, url, max_bytes)
                    # The offset is known once the record is read (warcio reads it to the end).
                    source = f"{path}@{records.get_record_offset()}"
                    yield InputRecord(
                        url=url, source=source, document=page.document, problem=page.problem
                    )
                offset = records.get_record_offset() + records.get_record_length()
    except Exception as error:  # warcio raises bare Exceptions, zlib.error, EOFError ...
        message = f"archive unreadable after byte {offset}: {type(error).__name__}: {error}"
        problem = ErrorInfo(stage="input", type="ArchiveError", message=message)
        yield InputRecord(
            url=f"{path.resolve().as_uri()}#offset={offset}", source=str(path), problem=problem
        )


@dataclass(frozen=True, slots=True)
class _Archived:
    document: ArchivedPage | None
    problem: ErrorInfo | None


def _archived_record(record: Any, url: str, max_bytes: int) -> _Archived:
    """One WARC/ARC response record: the page, or why it is not one (the record is untyped)."""
    rec_headers = record.rec_headers
    http = record.http_headers
    status = int(http.get_statuscode() or 0) if http is not None else 200
    content_type = http.get_header("Content-Type") if http is not None else None
    facts: dict[str, object] = {
        "status": status,
        "content_type": content_type,
        "warc_date": rec_headers.get_header("WARC-Date"),
        "warc_record_id": rec_headers.get_header("WARC-Record-ID"),
        "source": "archive",
    }
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if not 200 <= status < 300:
        message = f"archived HTTP {status}"
        return _Archived(
            None, ErrorInfo(stage="fetch", type="HTTPStatusError", message=message, status=status)
        )
    if media not in HTML_MEDIA_TYPES and media not in UNDECLARED_TYPES:
        message = f"archived response is {media}, not HTML"
        return _Archived(
            None, ErrorInfo(stage="fetch", type="UnsupportedContentTypeError", message=message)
        )
    content: bytes = record.content_stream().read(max_bytes + 1)
    if getattr(record.raw_stream, "limit", 0) > 0 and len(content) <= max_bytes:
        # warcio returns what there is of a record cut short; the rest of the file is gone too
        raise EOFError(f"the record of {url} is cut short: the archive ends early")
    if len(content) > max_bytes:
        message = f"over the {max_bytes}-byte limit"
        return _Archived(None, ErrorInfo(stage="input", type="InputTooLargeError", message=message))
    return _Archived(
        ArchivedPage(content=content, content_type=content_type, url=url, facts=facts), None
    )


_READERS = {
    "urls": _url_list,
    "csv": _csv_rows,
    "html": _html_file,
    "folder": _folder,
    "archive": _archive,
}
