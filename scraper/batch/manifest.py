"""The manifest of a distributed run: ``OUT_DIR/manifest.json``, the run's table of contents.

    {"format": "scraper-batch-manifest", "version": 1, "inputs": [...],
     "partitions": [{"name": "part-00000", "kind": "archive", "inputs": ["/data/a.warc.gz"],
                     "status": "done", "output": "part-00000.jsonl", "warc": null,
                     "parquet": null, "ok": 120, "errors": 3, "message": null}, ...]}

``status`` is ``pending`` (not finished yet: a rerun resumes it from its shard's resume state),
``done`` (its shard is complete: a rerun skips it) or ``failed`` (every retry failed; ``message``
says why; a rerun tries again). Shard paths are relative to the manifest's folder. The file is
rewritten whole on each change (written aside, fsynced, renamed), so a reader or a crash never
sees half of it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Literal, cast

from scraper.errors import BatchError

from .partitions import Partition, PartitionKind

__all__ = ["MANIFEST_NAME", "Manifest", "PartitionEntry", "PartitionStatus"]

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "scraper-batch-manifest"
MANIFEST_VERSION = 1
STATUSES = ("pending", "done", "failed")

PartitionStatus = Literal["pending", "done", "failed"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PartitionEntry:
    """One partition in the manifest: its inputs, its shard files, where it stands."""

    name: str
    kind: PartitionKind
    inputs: tuple[str, ...]
    output: str
    warc: str | None = None
    parquet: str | None = None
    status: PartitionStatus = "pending"
    ok: int = 0
    errors: int = 0
    message: str | None = None

    @classmethod
    def for_partition(cls, partition: Partition, *, warc: bool, parquet: bool) -> PartitionEntry:
        """A pending entry, with the shard names derived from the partition's name."""
        return cls(
            name=partition.name,
            kind=partition.kind,
            inputs=partition.inputs,
            output=f"{partition.name}.jsonl",
            warc=f"{partition.name}.warc.gz" if warc else None,
            parquet=f"{partition.name}.parquet" if parquet else None,
        )

    @property
    def partition(self) -> Partition:
        """The unit of work this entry describes."""
        return Partition(name=self.name, kind=self.kind, inputs=self.inputs)


@dataclass(frozen=True, slots=True, kw_only=True)
class Manifest:
    """The inputs of the run as given, and its partitions in order."""

    inputs: tuple[str, ...]
    partitions: tuple[PartitionEntry, ...]

    def with_entry(self, entry: PartitionEntry) -> Manifest:
        """This manifest with the partition of the same name replaced by `entry`."""
        return replace(
            self,
            partitions=tuple(entry if p.name == entry.name else p for p in self.partitions),
        )

    def save(self, path: Path) -> None:
        """Write the manifest atomically (aside, fsync, rename)."""
        data = {
            "format": MANIFEST_FORMAT,
            "version": MANIFEST_VERSION,
            "inputs": list(self.inputs),
            "partitions": [asdict(entry) for entry in self.partitions],
        }
        partial = path.with_name(path.name + ".partial")
        try:
            with partial.open("w", encoding="utf-8") as stream:
                json.dump(data, stream, indent=1)
                stream.write("\n")
                stream.flush()
                os.fsync(stream.fileno())
            partial.replace(path)
        except OSError as error:
            raise BatchError(f"cannot write the manifest {path}: {error}") from error

    @classmethod
    def load(cls, path: Path) -> Manifest:
        """Read a manifest; `BatchError` when it is not one this version wrote."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != MANIFEST_FORMAT or data.get("version") != MANIFEST_VERSION:
                raise ValueError("not a scraper batch manifest (version 1)")
            entries = tuple(_entry(item) for item in data["partitions"])
            return cls(inputs=tuple(str(name) for name in data["inputs"]), partitions=entries)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise BatchError(f"{path}: unreadable manifest: {error}") from error


def _entry(item: dict[str, Any]) -> PartitionEntry:
    if item["status"] not in STATUSES or item["kind"] not in ("archive", "html", "urls"):
        raise ValueError(f"bad status or kind in {item}")
    return PartitionEntry(
        name=str(item["name"]),
        kind=cast(PartitionKind, item["kind"]),
        inputs=tuple(str(name) for name in item["inputs"]),
        output=str(item["output"]),
        warc=item.get("warc"),
        parquet=item.get("parquet"),
        status=cast(PartitionStatus, item["status"]),
        ok=int(item.get("ok", 0)),
        errors=int(item.get("errors", 0)),
        message=item.get("message"),
    )
