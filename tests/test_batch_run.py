"""`scraper.batch.run` and `scraper batch` end to end, against a loopback server and local files:
one line per input URL, error records, dedupe, WARC and Parquet output, resume, the CLI."""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scraper.batch import BatchSettings, run
from scraper.batch.state import RunState, state_path
from scraper.cli import main
from scraper.errors import BatchError
from scraper.fetch import FetchSettings
from tests.batch_helpers import build_warc, metadata_urls, read_lines, warc_records, wcxb_pages
from tests.fetch_server import FetchServer

FAST = FetchSettings(per_host_delay=0, per_host_concurrency=8, total_timeout=10, retries=0)
POOL = BatchSettings(workers=2, checkpoint_interval=0.25)
INLINE = BatchSettings(workers=0, checkpoint_interval=0.25)


@pytest.fixture
def server() -> Iterator[FetchServer]:
    with FetchServer().running() as running:
        yield running


def serve_pages(server: FetchServer, count: int) -> list[str]:
    """Serve `count` real pages at /page/N; return their URLs."""
    return [server.page(f"/page/{i}", html) for i, html in enumerate(wcxb_pages(count))]


def test_every_input_url_is_one_line(server: FetchServer, tmp_path: Path) -> None:
    urls = serve_pages(server, 6)
    missing = server.url("/missing")
    pdf = server.page("/report.pdf", b"%PDF-1.7 ...", content_type="application/pdf")
    listing = tmp_path / "urls.txt"
    lines = [*urls, urls[0], "# comment", missing, pdf, "ftp://a.example/x", urls[3]]
    listing.write_text("\n".join(lines) + "\n")
    output = tmp_path / "out.jsonl"

    summary = run([listing], output, settings=POOL, fetch_settings=FAST)

    records = read_lines(output)
    assert Counter(r["url"] for r in records) == Counter(
        set([*urls, missing, pdf, "ftp://a.example/x"])
    )
    assert (summary.ok, summary.errors, summary.duplicates) == (6, 3, 2)
    for path in (f"/page/{i}" for i in range(6)):
        assert len(server.hits(path)) == 1  # duplicates are fetched once
    by_url = {r["url"]: r for r in records}
    page = by_url[urls[0]]
    assert page["outcome"] == "ok" and page["error"] is None
    assert page["page"]["url"] == urls[0] and page["page"]["schema_version"] == "1.1"
    assert page["fetch"]["status"] == 200 and page["fetch"]["final_url"] == urls[0]
    assert page["source"] == f"{listing}:1"
    errors = {r["url"]: r["error"] for r in records if r["outcome"] == "error"}
    assert errors[missing] == {
        "stage": "fetch",
        "type": "HTTPStatusError",
        "message": "HTTP 404 Not Found",
        "status": 404,
    }
    assert errors[pdf]["type"] == "UnsupportedContentTypeError"
    assert errors["ftp://a.example/x"]["type"] == "InvalidURLError"
    assert summary.output_counts.by_outcome == {"ok": 6, "error": 3}


def test_a_url_python_cannot_split_is_one_counted_error_record(
    server: FetchServer, tmp_path: Path
) -> None:
    """A list holding URLs whose host is no host ("http://[::1", a consent script's
    "http://[ccpa-preferences]/"): each is an error record, counted in the summary and marked
    done, so a resumed run has nothing left to do."""
    urls = serve_pages(server, 2)
    bad = ["http://[::1", "http://[ccpa-preferences]/"]
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join([urls[0], *bad, urls[1]]) + "\n")
    output = tmp_path / "out.jsonl"

    summary = run([listing], output, settings=INLINE, fetch_settings=FAST)

    records = read_lines(output)
    assert Counter(r["url"] for r in records) == Counter([*urls, *bad])
    assert {r["error"]["type"] for r in records if r["url"] in bad} == {"InvalidURLError"}
    assert (summary.ok, summary.errors) == (2, 2)
    resumed = run([listing], output, resume=True, settings=INLINE, fetch_settings=FAST)
    assert (resumed.ok, resumed.errors, resumed.already_done) == (0, 0, 4)
    assert len(read_lines(output)) == 4


def test_a_state_that_cannot_be_written_stops_the_run_with_a_clear_error(
    server: FetchServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a page's result cannot be recorded (here SQLite fails as on a full disk), the run
    stops with a `BatchError` naming the cause instead of going on without its accounting;
    a resumed run then ends with every URL exactly once."""
    urls = serve_pages(server, 5)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    output = tmp_path / "out.jsonl"
    real_mark_done = RunState.mark_done
    calls = []

    def failing_mark_done(self: RunState, url: str, **kwargs: Any) -> None:
        calls.append(url)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        real_mark_done(self, url, **kwargs)

    monkeypatch.setattr(RunState, "mark_done", failing_mark_done)
    with pytest.raises(BatchError, match="the run stopped: OperationalError: disk I/O error"):
        run([listing], output, settings=INLINE, fetch_settings=FAST)
    monkeypatch.setattr(RunState, "mark_done", real_mark_done)

    run([listing], output, resume=True, settings=INLINE, fetch_settings=FAST)
    assert sorted(r["url"] for r in read_lines(output)) == sorted(urls)


def test_local_files_csv_and_warc_inputs(server: FetchServer, tmp_path: Path) -> None:
    pages = wcxb_pages(5)
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "one.html").write_bytes(pages[0])
    (folder / "two.html.gz").write_bytes(gzip.compress(pages[1]))
    archive = tmp_path / "crawl.warc.gz"
    build_warc(
        archive,
        [
            ("https://archived.example/a", 200, "text/html", pages[2]),
            ("https://archived.example/gone", 404, "text/html", b"<p>gone</p>"),
        ],
    )
    url = server.page("/csv-page", pages[3])
    table = tmp_path / "list.csv"
    table.write_text(f"url,note\n{url},x\n")
    output = tmp_path / "out.jsonl"

    run([folder, archive, table], output, settings=INLINE, fetch_settings=FAST)

    by_url = {r["url"]: r for r in read_lines(output)}
    assert set(by_url) == {
        (folder / "one.html").resolve().as_uri(),
        (folder / "two.html.gz").resolve().as_uri(),
        "https://archived.example/a",
        "https://archived.example/gone",
        url,
    }
    archived = by_url["https://archived.example/a"]
    assert archived["outcome"] == "ok" and archived["fetch"]["source"] == "archive"
    assert archived["page"]["url"] == "https://archived.example/a"
    assert by_url["https://archived.example/gone"]["error"]["status"] == 404
    assert by_url[url]["outcome"] == "ok"


def test_warc_output_records_every_exchange(server: FetchServer, tmp_path: Path) -> None:
    urls = serve_pages(server, 2)
    page = wcxb_pages(3)[2]
    encoded = gzip.compress(page)
    urls.append(server.page("/gzipped", encoded, headers={"Content-Encoding": "gzip"}))
    missing = server.url("/missing")
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join([*urls, missing]) + "\n")
    warc = tmp_path / "out.warc.gz"

    run([listing], tmp_path / "out.jsonl", warc=warc, settings=POOL, fetch_settings=FAST)

    records = warc_records(warc)  # every digest checked
    kinds = Counter(kind for kind, _uri, _content in records)
    assert kinds == {"warcinfo": 1, "request": 3, "response": 3, "metadata": 3}
    responses = {uri: content for kind, uri, content in records if kind == "response"}
    assert responses[urls[1]] == wcxb_pages(3)[1]  # the body as served
    assert responses[urls[2]] == page  # decoded, with headers that say so:
    from warcio.archiveiterator import ArchiveIterator

    with warc.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if (
                record.rec_type == "response"
                and record.rec_headers.get_header("WARC-Target-URI") == urls[2]
            ):
                http = record.http_headers
                assert http.get_header("Content-Encoding") is None
                assert http.get_header("X-Archive-Orig-Content-Encoding") == "gzip"
                assert http.get_header("Content-Length") == str(len(page))
    assert sorted(metadata_urls(warc)) == sorted(urls)  # the 404 has no response to record
    lines = {r["url"]: r for r in read_lines(tmp_path / "out.jsonl")}
    for kind, uri, content in records:
        if kind == "metadata":
            assert json.loads(content) == lines[uri]
    with warc.open("rb") as stream:
        assert stream.read(2) == b"\x1f\x8b"


def test_parquet_output(server: FetchServer, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    urls = serve_pages(server, 3)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join([*urls, server.url("/missing")]) + "\n")
    target = tmp_path / "out.parquet"

    run([listing], tmp_path / "out.jsonl", parquet=target, settings=INLINE, fetch_settings=FAST)

    table = pq.read_table(target).to_pylist()
    assert len(table) == 4
    lines = {r["url"]: r for r in read_lines(tmp_path / "out.jsonl")}
    for row in table:
        line = lines[row["url"]]
        assert row["outcome"] == line["outcome"]
        if row["outcome"] == "ok":
            assert row["title"] == line["page"]["article"]["title"]
            assert json.loads(row["page_json"]) == line["page"]
        else:
            assert row["error_type"] == "HTTPStatusError" and row["http_status"] is None


def test_existing_output_needs_resume_or_overwrite(server: FetchServer, tmp_path: Path) -> None:
    urls = serve_pages(server, 2)
    listing = tmp_path / "urls.txt"
    listing.write_text(urls[0] + "\n")
    output = tmp_path / "out.jsonl"
    run([listing], output, settings=INLINE, fetch_settings=FAST)
    with pytest.raises(BatchError, match="--resume"):
        run([listing], output, settings=INLINE, fetch_settings=FAST)

    listing.write_text("\n".join(urls) + "\n")
    summary = run([listing], output, resume=True, settings=INLINE, fetch_settings=FAST)
    assert (summary.ok, summary.already_done) == (1, 1)
    assert [r["url"] for r in read_lines(output)] == urls
    assert len(server.hits("/page/0")) == 1

    summary = run([listing], output, overwrite=True, settings=INLINE, fetch_settings=FAST)
    assert summary.ok == 2 and len(read_lines(output)) == 2


def test_resume_repairs_a_torn_line_and_a_torn_warc(server: FetchServer, tmp_path: Path) -> None:
    urls = serve_pages(server, 4)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    output, warc = tmp_path / "out.jsonl", tmp_path / "out.warc.gz"
    run([listing], output, warc=warc, settings=INLINE, fetch_settings=FAST)
    # As after a kill: the last line half written, the WARC cut inside the last group, and the
    # state checkpointed before either (offsets of the run's start).
    data = output.read_bytes()
    output.write_bytes(data[: data.rindex(b"\n", 0, len(data) - 1) + 40])
    warc_data = warc.read_bytes()
    warc.write_bytes(warc_data[: len(warc_data) - 300])
    import sqlite3

    with sqlite3.connect(state_path(output)) as db:
        db.execute("UPDATE meta SET value = 0 WHERE key IN ('jsonl_offset', 'warc_offset')")
        db.execute("UPDATE urls SET done = 0")

    summary = run([listing], output, warc=warc, resume=True, settings=INLINE, fetch_settings=FAST)

    assert (summary.ok, summary.already_done) == (1, 3)
    assert sorted(r["url"] for r in read_lines(output)) == sorted(urls)
    assert sorted(metadata_urls(warc)) == sorted(urls)  # valid, each page once


def test_cli_batch(server: FetchServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    urls = serve_pages(server, 2)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    output = tmp_path / "out.jsonl"
    args = ["batch", str(listing), "-o", str(output), "--per-host-delay", "0", "--workers", "0"]

    assert main([*args, "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert len(read_lines(output)) == 2

    assert main(args) == 1
    assert capsys.readouterr().err.startswith("scraper: error: ")

    assert main([*args, "--resume"]) == 0
    err = capsys.readouterr().err
    assert "0 pages" in err and "2 done before" in err and "ok" in err  # the summary

    assert main(["batch", str(tmp_path / "nope.txt"), "-o", str(output), "-q"]) == 1
    assert (
        capsys.readouterr().err
        == f"scraper: error: {tmp_path / 'nope.txt'}: no such file or folder\n"
    )
