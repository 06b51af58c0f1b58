#!/usr/bin/env python3
"""Distributed batch throughput on a Dask `LocalCluster` of 1 and 2 workers, on this machine.

    python -m benchmarks.dask_batch [DATASET_HTML_DIR] [--urls 600] [--hosts 16]
        [--urls-per-partition 50] [--repeat 2] [--json]

Needs the ``distributed`` extra. The loopback server of `benchmarks.batch` (a child process)
serves the wcxb-dev pages (``../shared/datasets/wcxb-dev/html``) at ``/p/N`` on ``--hosts``
loopback addresses (127.0.0.1, 127.0.0.2 ...), so the URL list splits into several host
partitions. For each cluster size, a `LocalCluster` (one thread per worker process) is started
once, then ``scraper.batch.distributed.run_distributed`` runs the list ``--repeat`` times into
a fresh folder (per-host delay 0, 8 connections per host, robots.txt on); the time is from the
call to its return (planning, tasks, manifest), the best run kept. For scale, the same list by
the single-machine `scraper.batch.run`, in this process, with extraction inline
(``workers=0``, what one partition does) and with a pool of one process per core.

The load average is printed with the numbers: the 2 cores may be shared with other work.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.batch import DEFAULT_HTML, _uptime, _write_list, loopback_server
from scraper.fetch import FetchSettings

HOST_PREFIX = "127.0.0."
CLUSTER_SIZES = (1, 2)


@dataclass(frozen=True, slots=True)
class Measure:
    """One configuration: its best time over the repeats, and the records it wrote."""

    label: str
    seconds: float
    records: int
    partitions: int

    @property
    def rate(self) -> float:
        """Records per second."""
        return self.records / self.seconds if self.seconds > 0 else 0.0


def _fetch_settings() -> FetchSettings:
    return FetchSettings(per_host_delay=0, per_host_concurrency=8, total_timeout=60)


def _single(listing: Path, workdir: Path, workers: int, repeat: int) -> Measure:
    from scraper.batch import BatchSettings, run

    best = float("inf")
    records = 0
    for _ in range(repeat):
        output = workdir / f"single-{workers}.jsonl"
        started = time.perf_counter()
        summary = run(
            [listing],
            output,
            overwrite=True,
            settings=BatchSettings(workers=workers),
            fetch_settings=_fetch_settings(),
        )
        best = min(best, time.perf_counter() - started)
        records = summary.ok + summary.errors
    label = "single machine, inline" if workers == 0 else f"single machine, pool of {workers}"
    return Measure(label, best, records, 1)


def _cluster(
    listing: Path, workdir: Path, workers: int, per_partition: int, repeat: int
) -> Measure:
    from distributed import Client, LocalCluster

    from scraper.batch.distributed import DistributedSettings, run_distributed
    from scraper.batch.partitions import PartitionPlan

    options = DistributedSettings(plan=PartitionPlan(urls_per_partition=per_partition))
    best = float("inf")
    records = partitions = 0
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: __import__("scraper.batch.distributed"))  # warm the workers
        for attempt in range(repeat):
            folder = workdir / f"dask-{workers}-{attempt}"
            started = time.perf_counter()
            summary = run_distributed(
                [listing],
                folder,
                client,
                fetch_settings=_fetch_settings(),
                distributed_settings=options,
            )
            best = min(best, time.perf_counter() - started)
            records = summary.ok + summary.errors
            partitions = len(summary.manifest.partitions)
            shutil.rmtree(folder)
    return Measure(f"dask, {workers} worker(s)", best, records, partitions)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html_dir", nargs="?", type=Path, default=DEFAULT_HTML)
    parser.add_argument("--urls", type=int, default=600)
    parser.add_argument("--hosts", type=int, default=16)
    parser.add_argument("--urls-per-partition", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    files = sorted(args.html_dir.glob("*.html.gz"))
    if not files:
        print(f"no pages in {args.html_dir}", file=sys.stderr)
        return 1
    hosts = [f"{HOST_PREFIX}{i + 1}" for i in range(args.hosts)]
    load_before = _uptime()
    workdir = Path(tempfile.mkdtemp(prefix="scraper-dask-bench-"))
    try:
        with loopback_server(files, hosts) as port:
            listing = _write_list(workdir / "urls.txt", port, hosts, args.urls)
            cores = len(os.sched_getaffinity(0))
            measures = [
                _single(listing, workdir, 0, args.repeat),
                _single(listing, workdir, cores, args.repeat),
                *(
                    _cluster(listing, workdir, n, args.urls_per_partition, args.repeat)
                    for n in CLUSTER_SIZES
                ),
            ]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    load_after = _uptime()
    if args.json:
        rows = [{**asdict(m), "rate": m.rate} for m in measures]
        print(json.dumps({"load": [load_before, load_after], "runs": rows}, indent=1))
        return 0
    print(f"{args.urls} URLs over {args.hosts} loopback hosts, {len(files)} pages served")
    print(f"load average before: {load_before}; after: {load_after}")
    print(f"{'configuration':32} {'partitions':>10} {'records':>8} {'seconds':>8} {'rec/s':>8}")
    for m in measures:
        print(f"{m.label:32} {m.partitions:>10} {m.records:>8} {m.seconds:>8.2f} {m.rate:>8.1f}")
    one, two = measures[2], measures[3]
    print(f"2 workers / 1 worker: {two.rate / one.rate:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
