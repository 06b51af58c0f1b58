"""Splitting the inputs of a batch run into partitions, the unit of work of a distributed run.

| input                           | partitions                                                    |
| ------------------------------- | ------------------------------------------------------------- |
| a WARC/ARC file                 | one per file (the file itself is the partition's input)       |
| ``.html`` files (folders too)   | `PartitionPlan.files_per_partition` files each, in order      |
| URL lists, CSV/TSV, ``-``       | URLs bucketed by host: every URL of a host in one partition   |

URL inputs are streamed once (constant memory) into one URL list per bucket,
``partitions/part-NNNNN.urls``, each line ``URL  # where it came from`` (``urls.txt:12``); the
bucket of a URL is a stable hash of its host (`scraper.batch.state.host_of`, the same lower-cased
host name the fetcher's per-host limits use). So a host is never split between partitions: the
per-host politeness each partition's fetcher enforces holds across the whole cluster, and a
URL given twice is deduplicated inside its partition. A list dominated by one host gives one
large partition (its pace is set by the politeness limits anyway). The same URL in an archive
and in a list (or in two archives) is in two partitions and gets one record in each.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from scraper.errors import BatchError

from .inputs import _folder_files, check_inputs, input_kind, iter_records
from .state import host_of

__all__ = ["Partition", "PartitionKind", "PartitionPlan", "plan_partitions"]

PartitionKind = Literal["archive", "html", "urls"]
PARTITION_FOLDER = "partitions"
URL_LIST_SUFFIX = ".urls"
MAX_URL_BUCKETS = 512  # URL lists are written to this many files at most, all open at once


@dataclass(frozen=True, slots=True, kw_only=True)
class PartitionPlan:
    """How inputs are split: URLs per partition (a target: buckets are by host), files per
    partition."""

    urls_per_partition: int = 5000
    files_per_partition: int = 500

    def __post_init__(self) -> None:
        if self.urls_per_partition < 1 or self.files_per_partition < 1:
            raise ValueError("urls_per_partition and files_per_partition must be >= 1")


@dataclass(frozen=True, slots=True, kw_only=True)
class Partition:
    """One unit of work: its name (``part-00000``), kind and input files (absolute paths)."""

    name: str
    kind: PartitionKind
    inputs: tuple[str, ...]


def partition_name(index: int) -> str:
    """The name of partition `index` (also the stem of its output shard)."""
    return f"part-{index:05d}"


def plan_partitions(
    inputs: Sequence[str | Path], output_dir: Path, *, plan: PartitionPlan, max_bytes: int
) -> list[Partition]:
    """The partitions of `inputs`; URL inputs are written to ``output_dir/partitions/``.

    Raises `BatchError` for a missing or unreadable input (before anything is written).
    """
    if not inputs:
        raise BatchError("no inputs given")
    check_inputs(inputs)
    archives: list[Path] = []
    pages: list[Path] = []
    url_inputs: list[str] = []
    for name in inputs:
        kind = input_kind(name)
        if kind == "folder":
            for path in _folder_files(Path(name)):
                (archives if input_kind(path) == "archive" else pages).append(path.resolve())
        elif kind == "archive":
            archives.append(Path(name).resolve())
        elif kind == "html":
            pages.append(Path(name).resolve())
        else:
            url_inputs.append(str(name))
    groups: list[tuple[PartitionKind, tuple[str, ...]]] = [
        ("archive", (str(path),)) for path in archives
    ]
    step = plan.files_per_partition
    groups += [
        ("html", tuple(str(p) for p in pages[start : start + step]))
        for start in range(0, len(pages), step)
    ]
    partitions = [
        Partition(name=partition_name(index), kind=kind, inputs=files)
        for index, (kind, files) in enumerate(groups)
    ]
    if url_inputs:
        folder = output_dir / PARTITION_FOLDER
        partitions += _bucket_urls(
            url_inputs, folder, first=len(partitions), plan=plan, max_bytes=max_bytes
        )
    return partitions


def _bucket_count(url_inputs: list[str], plan: PartitionPlan) -> int:
    """Buckets for the URL inputs: enough for `urls_per_partition` each (stdin: the maximum)."""
    if "-" in url_inputs:
        return MAX_URL_BUCKETS
    total = sum(1 for _ in iter_records(url_inputs, max_bytes=0))
    return max(1, min(MAX_URL_BUCKETS, math.ceil(total / plan.urls_per_partition)))


def _bucket_urls(
    url_inputs: list[str], folder: Path, *, first: int, plan: PartitionPlan, max_bytes: int
) -> list[Partition]:
    """Stream the URL inputs into per-host buckets; the non-empty ones become partitions."""
    buckets = _bucket_count(url_inputs, plan)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BatchError(f"cannot create {folder}: {error}") from error
    paths = [folder / f"bucket-{index:05d}{URL_LIST_SUFFIX}" for index in range(buckets)]
    used = [False] * buckets
    with ExitStack() as stack:
        streams: list[IO[str] | None] = [None] * buckets
        for record in iter_records(url_inputs, max_bytes=max_bytes):
            index = zlib.crc32(host_of(record.url).encode()) % buckets
            stream = streams[index]
            if stream is None:
                stream = stack.enter_context(paths[index].open("w", encoding="utf-8"))
                streams[index] = stream
                used[index] = True
            stream.write(f"{record.url}  # {record.source}\n")
    partitions: list[Partition] = []
    for index, path in enumerate(paths):
        if not used[index]:
            continue
        name = partition_name(first + len(partitions))
        target = path.with_name(name + URL_LIST_SUFFIX)
        path.replace(target)
        partitions.append(Partition(name=name, kind="urls", inputs=(str(target.resolve()),)))
    return partitions
