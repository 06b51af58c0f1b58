"""The output files of a batch run: JSONL (the truth), WARC (optional), Parquet (optional).

`OutputFiles` appends with one ``os.write`` per record (no user-space buffer that a kill could
lose half of), the page's WARC group first and its JSONL line second, and tracks both sizes;
`sync` fsyncs them before the runner checkpoints the sizes into the state. `recover_jsonl`
truncates a torn last line and hands back the lines written after the last checkpoint.
Parquet is converted from the finished JSONL (`write_parquet`), so it is exactly-once too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from scraper.errors import BatchError

from .records import RecordLine

__all__ = ["PARQUET_COLUMNS", "OutputFiles", "recover_jsonl", "write_parquet"]

READ_CHUNK = 1 << 20
PARQUET_BATCH_ROWS = 2000


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class OutputFiles:
    """The JSONL file and the optional WARC file, opened for appending."""

    def __init__(self, jsonl: Path, warc: Path | None) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        try:
            self._jsonl = os.open(jsonl, flags, 0o644)
            self._warc = os.open(warc, flags, 0o644) if warc is not None else None
        except OSError as error:
            raise BatchError(f"cannot open the output: {error}") from error
        self.jsonl_size = os.fstat(self._jsonl).st_size
        self.warc_size = os.fstat(self._warc).st_size if self._warc is not None else 0

    def write_warc(self, data: bytes) -> None:
        """Append WARC records (a whole group, or the opening warcinfo)."""
        if self._warc is not None:
            _write_all(self._warc, data)
            self.warc_size += len(data)

    def write(self, record: RecordLine, warc: bytes | None) -> None:
        """Append one page: its WARC group, then its line."""
        if warc is not None:
            self.write_warc(warc)
        data = record.line.encode()
        _write_all(self._jsonl, data)
        self.jsonl_size += len(data)

    def offsets(self) -> dict[str, int]:
        """The sizes to checkpoint."""
        return {"jsonl_offset": self.jsonl_size, "warc_offset": self.warc_size}

    def sync(self) -> None:
        """fsync both files (before their sizes are checkpointed)."""
        os.fsync(self._jsonl)
        if self._warc is not None:
            os.fsync(self._warc)

    def close(self) -> None:
        """Close both files."""
        os.close(self._jsonl)
        if self._warc is not None:
            os.close(self._warc)


def _lines_from(path: Path, start: int) -> Iterator[tuple[int, bytes]]:
    """(end offset, line without newline) of every complete line from `start`."""
    with path.open("rb") as stream:
        stream.seek(start)
        position = start
        pending = b""
        while chunk := stream.read(READ_CHUNK):
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                position += len(line) + 1
                yield position, line


def recover_jsonl(path: Path, start: int, on_line: Callable[[dict[str, Any]], None]) -> int:
    """Call `on_line` for each whole line after `start`; truncate a torn tail; return the size.

    A kill can leave the last line cut short: it is removed, and its input is done again.
    """
    size = path.stat().st_size
    if size < start:
        raise BatchError(
            f"{path} is shorter ({size} bytes) than its state says ({start}): "
            "it was changed outside the run; start a new output"
        )
    good_end = start
    for end, line in _lines_from(path, start):
        try:
            record = json.loads(line)
        except ValueError:
            break
        on_line(record)
        good_end = end
    if good_end < size:
        with path.open("r+b") as stream:
            stream.truncate(good_end)
    return good_end


# --- Parquet ---------------------------------------------------------------------------------

PARQUET_COLUMNS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "url": lambda r: r["url"],
    "source": lambda r: r.get("source"),
    "outcome": lambda r: r["outcome"],
    "final_url": lambda r: (r.get("fetch") or {}).get("final_url"),
    "http_status": lambda r: (r.get("fetch") or {}).get("status"),
    "fetched_at": lambda r: (r.get("fetch") or {}).get("fetched_at"),
    "page_type": lambda r: (r.get("page") or {}).get("page_type"),
    "language": lambda r: (r.get("page") or {}).get("language"),
    "site_name": lambda r: (r.get("page") or {}).get("site_name"),
    "canonical_url": lambda r: (r.get("page") or {}).get("canonical_url"),
    "title": lambda r: _article(r).get("title"),
    "published": lambda r: _article(r).get("published"),
    "modified": lambda r: _article(r).get("modified"),
    "authors": lambda r: [a["name"] for a in _article(r).get("authors") or []],
    "word_count": lambda r: _article(r).get("word_count"),
    "text": lambda r: _article(r).get("text"),
    "error_stage": lambda r: (r.get("error") or {}).get("stage"),
    "error_type": lambda r: (r.get("error") or {}).get("type"),
    "error_message": lambda r: (r.get("error") or {}).get("message"),
    "fetch_json": lambda r: json.dumps(r["fetch"]) if r.get("fetch") else None,
    "page_json": lambda r: json.dumps(r["page"]) if r.get("page") else None,
}


def _article(record: dict[str, Any]) -> dict[str, Any]:
    page = record.get("page") or {}
    article = page.get("article") or {}
    return article if isinstance(article, dict) else {}


def write_parquet(jsonl: Path, target: Path, *, batch_rows: int = PARQUET_BATCH_ROWS) -> int:
    """Convert the JSONL output to Parquet (flat columns + the full page as JSON); rows written.

    Needs pyarrow (``pip install 'scraper[parquet]'``). Streams in batches; the file appears
    whole (written aside, then renamed).
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise BatchError("Parquet output needs pyarrow: pip install 'scraper[parquet]'") from error
    schema = pa.schema(
        [
            ("url", pa.string()),
            ("source", pa.string()),
            ("outcome", pa.string()),
            ("final_url", pa.string()),
            ("http_status", pa.int32()),
            ("fetched_at", pa.string()),
            ("page_type", pa.string()),
            ("language", pa.string()),
            ("site_name", pa.string()),
            ("canonical_url", pa.string()),
            ("title", pa.string()),
            ("published", pa.string()),
            ("modified", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("word_count", pa.int64()),
            ("text", pa.string()),
            ("error_stage", pa.string()),
            ("error_type", pa.string()),
            ("error_message", pa.string()),
            ("fetch_json", pa.string()),
            ("page_json", pa.string()),
        ]
    )
    partial = target.with_name(target.name + ".partial")
    rows = 0
    columns: dict[str, list[Any]] = {name: [] for name in PARQUET_COLUMNS}
    with pq.ParquetWriter(partial, schema, compression="zstd") as writer:

        def flush() -> None:
            if columns["url"]:
                writer.write_batch(pa.record_batch(columns, schema=schema))
                for values in columns.values():
                    values.clear()

        for _end, line in _lines_from(jsonl, 0):
            record = json.loads(line)
            for name, pick in PARQUET_COLUMNS.items():
                columns[name].append(pick(record))
            rows += 1
            if len(columns["url"]) >= batch_rows:
                flush()
        flush()
    partial.replace(target)
    return rows
