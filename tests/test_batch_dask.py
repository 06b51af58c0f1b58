"""`scraper batch --dask`: the batch pipeline on a Dask `LocalCluster` of two worker processes.

The distributed run's records equal the single-machine run's on the same input; a worker killed
mid-run loses and duplicates nothing; a half-done run resumes from its manifest and shards.
Pages are real (../shared/datasets/wcxb-dev), served on loopback by four servers on
127.0.0.1-4, so that URL lists split into several host partitions.
"""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, closing
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster

import scraper
from scraper.batch import BatchSettings, run
from scraper.batch.distributed import DistributedSettings, run_distributed
from scraper.batch.manifest import MANIFEST_NAME, Manifest
from scraper.batch.partitions import PartitionPlan
from scraper.batch.state import state_path
from scraper.cli import main
from scraper.errors import BatchError
from scraper.fetch import FetchSettings
from tests.batch_helpers import build_warc, read_lines, wcxb_pages
from tests.fetch_server import FetchServer, Handler

FAST = FetchSettings(per_host_delay=0, per_host_concurrency=4, total_timeout=20, retries=0)
INLINE = BatchSettings(workers=0, checkpoint_interval=0.25)
SMALL = DistributedSettings(retries=2, plan=PartitionPlan(urls_per_partition=4))
HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4")
VOLATILE_FETCH = ("fetched_at", "timings_ms", "headers")  # differ between any two fetches


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        ) as cluster,
        Client(cluster) as running,
    ):
        yield running


@pytest.fixture
def servers() -> Iterator[list[FetchServer]]:
    with ExitStack() as stack:
        yield [stack.enter_context(FetchServer(host).running()) for host in HOSTS]


def serve(servers: list[FetchServer], count: int, *, delay: float = 0.0) -> list[str]:
    """Serve `count` real pages round-robin over the servers (each after `delay` s)."""
    urls = []
    for index, html in enumerate(wcxb_pages(count)):
        server = servers[index % len(servers)]

        def reply(handler: Handler, body: bytes = html) -> None:
            handler.wait(delay)
            handler.reply(200, body)

        server.route(f"/page/{index}", reply)
        urls.append(server.url(f"/page/{index}"))
    return urls


def hits(servers: list[FetchServer], url: str) -> int:
    """How many times `url` was requested."""
    parts = urlsplit(url)
    server = next(s for s in servers if s.address == parts.hostname)
    return len(server.hits(parts.path))


def shard_records(folder: Path) -> list[dict[str, Any]]:
    """Every line of every finished shard of a distributed run, via its manifest."""
    manifest = Manifest.load(folder / MANIFEST_NAME)
    assert all(entry.status == "done" for entry in manifest.partitions)
    return [r for e in manifest.partitions for r in read_lines(folder / e.output)]


def comparable(record: dict[str, Any]) -> dict[str, Any]:
    """A record without what differs between two fetches of the same page, or its source
    (a distributed run reads URL lists from its partition files)."""
    fetch = record["fetch"]
    if fetch is not None:
        fetch = {k: v for k, v in fetch.items() if k not in VOLATILE_FETCH}
    return {**record, "fetch": fetch, "source": None}


def test_distributed_records_equal_the_single_machine_run(
    client: Client, servers: list[FetchServer], tmp_path: Path
) -> None:
    urls = serve(servers, 14)
    missing = servers[1].url("/missing")
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join([*urls, urls[0], missing, "ftp://a.example/x"]) + "\n")
    pages = wcxb_pages(17)
    archive = tmp_path / "crawl.warc.gz"
    build_warc(
        archive,
        [
            ("https://archived.example/a", 200, "text/html", pages[14]),
            ("https://archived.example/gone", 404, "text/html", b"<p>gone</p>"),
        ],
    )
    saved = tmp_path / "saved"
    saved.mkdir()
    for index in (15, 16):
        (saved / f"{index}.html").write_bytes(pages[index])
    inputs = [listing, archive, saved]

    run(inputs, tmp_path / "single.jsonl", settings=INLINE, fetch_settings=FAST)
    summary = run_distributed(
        inputs,
        tmp_path / "dist",
        client,
        settings=INLINE,
        fetch_settings=FAST,
        distributed_settings=SMALL,
    )

    single = {r["url"]: comparable(r) for r in read_lines(tmp_path / "single.jsonl")}
    records = shard_records(tmp_path / "dist")
    assert Counter(r["url"] for r in records) == Counter(set(single))  # each URL once
    assert {r["url"]: comparable(r) for r in records} == single
    assert (summary.ok, summary.errors) == (17, 3)
    kinds = Counter(entry.kind for entry in summary.manifest.partitions)
    assert kinds["archive"] == 1 and kinds["html"] == 1 and kinds["urls"] >= 2
    partition_of = {
        r["url"]: entry.name
        for entry in summary.manifest.partitions
        for r in read_lines(tmp_path / "dist" / entry.output)
    }
    for server in servers:  # a host is in one partition only
        assert len({partition_of[u] for u in urls if urlsplit(u).hostname == server.address}) == 1
    assert all(hits(servers, url) == 2 for url in urls)  # once by each run


def test_extract_record_runs_on_the_cluster(client: Client) -> None:
    html = wcxb_pages(3)
    urls = [f"https://example.org/story/{i}" for i in range(3)]
    assert pickle.loads(pickle.dumps(scraper.extract_record)) is scraper.extract_record

    records = client.gather(client.map(scraper.extract_record, html, urls))

    for record, page, url in zip(records, html, urls, strict=True):
        assert record["url"] == url and record["outcome"] == "ok"
        expected = json.loads(scraper.extract(page, url=url).model_dump_json())
        assert record["page"] == expected
    failed = scraper.extract_record(b"", "https://example.org/empty")
    assert failed["outcome"] == "error" and failed["error"]["type"] == "EmptyInputError"


def test_a_worker_killed_mid_run_loses_nothing(
    client: Client, servers: list[FetchServer], tmp_path: Path
) -> None:
    urls = serve(servers, 24, delay=0.15)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    slow = FetchSettings(per_host_delay=0, per_host_concurrency=1, total_timeout=20, retries=0)
    folder = tmp_path / "dist"

    with ThreadPoolExecutor(1) as pool:
        running = pool.submit(
            run_distributed,
            [listing],
            folder,
            client,
            settings=INLINE,
            fetch_settings=slow,
            distributed_settings=SMALL,
        )
        victim = _wait_for_a_busy_worker(client, folder)
        client.run(os._exit, 1, workers=[victim], on_error="ignore")
        summary = running.result(timeout=60)

    assert victim not in client.scheduler_info()["workers"]  # it died (and was replaced)
    runs = [_runs(folder / e.output) for e in summary.manifest.partitions]
    assert max(runs) >= 2  # the partition it was running was resumed from its shard
    records = shard_records(folder)
    assert Counter(r["url"] for r in records) == Counter(urls)  # each exactly once
    assert all(r["outcome"] == "ok" for r in records)
    assert summary.ok == len(urls)


def _runs(shard: Path) -> int:
    """How many runs (attempts) wrote `shard`, from its resume state."""
    with closing(sqlite3.connect(state_path(shard))) as db:
        return int(db.execute("SELECT value FROM meta WHERE key = 'runs'").fetchone()[0])


def _wait_for_a_busy_worker(client: Client, folder: Path) -> str:
    """The address of a worker running a partition whose shard has some lines already."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        shards = [p for p in folder.glob("part-*.jsonl") if p.stat().st_size]
        busy = [address for address, keys in client.processing().items() if keys]
        if shards and busy:
            return str(busy[0])
        time.sleep(0.05)
    raise AssertionError("no partition started within 30 s")


def test_a_half_done_run_resumes_from_its_manifest(
    client: Client, servers: list[FetchServer], tmp_path: Path
) -> None:
    urls = serve(servers, 12)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    folder = tmp_path / "dist"
    options = dict(settings=INLINE, fetch_settings=FAST, distributed_settings=SMALL)
    first = run_distributed([listing], folder, client, **options)  # type: ignore[arg-type]
    entries = first.manifest.partitions
    assert len(entries) >= 3
    # As if the client died: one partition finished but not recorded, one never started.
    unrecorded, unstarted = entries[0], entries[1]
    sizes = {e.name: (folder / e.output).stat().st_size for e in entries}
    for suffix in ("", ".state", ".state-wal", ".state-shm"):
        (folder / (unstarted.output + suffix)).unlink(missing_ok=True)
    half = first.manifest
    for entry in (unrecorded, unstarted):
        half = half.with_entry(replace(entry, status="pending"))
    half.save(folder / MANIFEST_NAME)
    with pytest.raises(BatchError, match="--resume"):
        run_distributed([listing], folder, client, **options)  # type: ignore[arg-type]

    second = run_distributed([listing], folder, client, resume=True, **options)  # type: ignore[arg-type]

    records = shard_records(folder)
    assert Counter(r["url"] for r in records) == Counter(urls)
    assert (second.ok, second.errors) == (12, 0)
    kept = {e.name: (folder / e.output).stat().st_size for e in entries if e != unstarted}
    assert kept == {name: size for name, size in sizes.items() if name != unstarted.name}
    assert _runs(folder / unrecorded.output) == 2  # resumed: every URL found done
    assert all(_runs(folder / e.output) == 1 for e in entries[2:])  # skipped
    fetched_again = {url for url in urls if hits(servers, url) == 2}
    assert fetched_again == {r["url"] for r in read_lines(folder / unstarted.output)}
    assert all(e.status == "done" for e in second.manifest.partitions)


def test_unreachable_scheduler_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text("http://127.0.0.1:9/a\n")
    started = time.monotonic()
    with pytest.raises(
        BatchError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        run_distributed(
            [listing],
            tmp_path / "out",
            "tcp://127.0.0.1:9",
            distributed_settings=DistributedSettings(connect_timeout=1),
        )
    assert time.monotonic() - started < 15
    target = ["-o", str(tmp_path / "out"), "--dask", "127.0.0.1:9", "--dask-timeout", "1"]
    code = main(["batch", str(listing), *target])
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("scraper: error: cannot reach the Dask scheduler")


def test_without_dask_the_cli_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    listing = tmp_path / "urls.txt"
    listing.write_text("http://127.0.0.1:9/a\n")
    code = main(["batch", str(listing), "-o", str(tmp_path / "out"), "--dask", "127.0.0.1:9"])
    assert code == 1
    assert "pip install 'scraper[distributed]'" in capsys.readouterr().err


def test_cli_batch_dask(
    client: Client,
    servers: list[FetchServer],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    urls = serve(servers, 6)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    out = tmp_path / "out"
    args = ["batch", str(listing), "-o", str(out), "--dask", client.scheduler.address]
    fast = ["--per-host-delay", "0", "--urls-per-partition", "2", "--parquet", "--warc"]

    assert main([*args, *fast]) == 0

    err = capsys.readouterr().err
    assert "scraper batch --dask finished" in err and "6 pages, 0 errors" in err
    manifest = Manifest.load(out / MANIFEST_NAME)
    assert len(manifest.partitions) >= 2
    for entry in manifest.partitions:
        assert entry.parquet and (out / entry.parquet).exists()
        assert entry.warc and (out / entry.warc).exists()
    assert Counter(r["url"] for r in shard_records(out)) == Counter(urls)
    assert main([*args, *fast]) == 1  # the run exists: --resume or --overwrite
    assert "--resume" in capsys.readouterr().err
    assert main([*args, *fast, "--resume", "-q"]) == 0
    assert all(hits(servers, url) == 1 for url in urls)  # all done: nothing fetched again
