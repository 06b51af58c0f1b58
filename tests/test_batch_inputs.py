"""Batch input readers: URL lists, CSV, HTML files and folders, WARC files; streamed records."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from scraper.batch import input_kind, iter_records
from scraper.batch.inputs import check_inputs, count_records
from scraper.errors import BatchError
from tests.batch_helpers import build_warc, wcxb_pages

MAX = 10_000_000


def test_kinds_come_from_the_name(tmp_path: Path) -> None:
    assert input_kind("crawl.warc.gz") == "archive"
    assert input_kind("OLD.ARC") == "archive"
    assert input_kind("list.csv.gz") == "csv"
    assert input_kind("page.html.gz") == "html"
    assert input_kind("urls.txt") == "urls"
    assert input_kind("-") == "urls"
    assert input_kind(tmp_path) == "folder"


def test_url_list_skips_comments_and_blanks(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(
        "# a comment\n\nhttps://a.example/1\n  https://a.example/2  # note\r\nhttps://b.example/\n"
    )
    records = list(iter_records([path], max_bytes=MAX))
    assert [r.url for r in records] == [
        "https://a.example/1",
        "https://a.example/2",
        "https://b.example/",
    ]
    assert records[0].source == f"{path}:3"
    assert all(r.document is None and r.problem is None for r in records)
    assert count_records([path]) == 3


def test_gzipped_url_list(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt.gz"
    path.write_bytes(gzip.compress(b"https://a.example/1\nhttps://a.example/2\n"))
    assert [r.url for r in iter_records([path], max_bytes=MAX)] == [
        "https://a.example/1",
        "https://a.example/2",
    ]


def test_csv_url_column(tmp_path: Path) -> None:
    path = tmp_path / "sites.csv"
    path.write_text(
        'id,URL,title\n1,https://a.example/x,"Hello, world"\n2,,empty\n3,https://b/,t\n'
    )
    records = list(iter_records([path], max_bytes=MAX))
    assert [r.url for r in records] == ["https://a.example/x", "https://b/"]
    assert records[1].source == f"{path}:4"


def test_csv_without_url_column_is_refused_before_the_run(tmp_path: Path) -> None:
    path = tmp_path / "sites.csv"
    path.write_text("id,title\n1,x\n")
    with pytest.raises(BatchError, match="no URL column"):
        check_inputs([path])


def test_missing_input_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BatchError, match="no such file"):
        check_inputs([tmp_path / "nope.txt"])


def test_folder_of_html_files(tmp_path: Path) -> None:
    pages = wcxb_pages(3)
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.html").write_bytes(pages[0])
    (tmp_path / "a.htm").write_bytes(pages[1])
    (tmp_path / "sub" / "c.html.gz").write_bytes(gzip.compress(pages[2]))
    (tmp_path / "notes.txt").write_text("not a page")
    records = list(iter_records([tmp_path], max_bytes=MAX))
    assert [Path(r.source).name for r in records] == ["a.htm", "b.html", "c.html.gz"]
    assert records[0].url == (tmp_path / "a.htm").resolve().as_uri()
    assert records[2].document is not None and records[2].document.content == pages[2]
    assert count_records([tmp_path]) == 3


def test_oversized_html_file_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(b"<p>x</p>" * 100)
    (record,) = iter_records([path], max_bytes=100)
    assert record.document is None
    assert record.problem is not None and record.problem.type == "InputTooLargeError"


def test_warc_responses_are_inputs(tmp_path: Path) -> None:
    page = wcxb_pages(1)[0]
    path = tmp_path / "crawl.warc.gz"
    build_warc(
        path,
        [
            ("https://a.example/story", 200, "text/html; charset=utf-8", page),
            ("https://a.example/gone", 404, "text/html", b"<p>gone</p>"),
            ("https://a.example/report.pdf", 200, "application/pdf", b"%PDF-1.7"),
        ],
    )
    records = list(iter_records([path], max_bytes=MAX))
    assert [r.url for r in records] == [
        "https://a.example/story",
        "https://a.example/gone",
        "https://a.example/report.pdf",
    ]  # request records are not inputs
    story, gone, pdf = records
    assert story.document is not None and story.document.content == page
    assert story.document.url == "https://a.example/story"
    assert story.document.facts["status"] == 200
    assert gone.problem is not None and gone.problem.status == 404
    assert pdf.problem is not None and pdf.problem.type == "UnsupportedContentTypeError"
    assert count_records([path]) is None  # archives are not read twice for a total


def test_corrupt_warc_tail_is_an_error_record_after_the_good_records(tmp_path: Path) -> None:
    pages = wcxb_pages(2)
    path = tmp_path / "crawl.warc.gz"
    build_warc(path, [(f"https://a.example/{i}", 200, "text/html", p) for i, p in enumerate(pages)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])  # cut inside the second response
    records = list(iter_records([path], max_bytes=MAX))
    assert records[0].url == "https://a.example/0" and records[0].document is not None
    last = records[-1]
    assert last.problem is not None and last.problem.type == "ArchiveError"
    assert "https://a.example/1" in last.problem.message  # the page cut short is named
    assert last.url.startswith(path.resolve().as_uri())
    assert len(records) == 2  # the cut page is not passed on half


@pytest.mark.parametrize(
    "content",
    [
        b"not a warc at all",  # five words: warcio reads them as a headless ARC record's line
        b"WARC/1.0\r\nbroken",
        b"<html><body><p>A saved page, not an archive</p></body></html>\n" * 20,
    ],
)
def test_a_file_that_is_no_archive_is_an_error_record(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(content)
    records = list(iter_records([path], max_bytes=MAX))
    assert len(records) == 1
    problem = records[0].problem
    assert problem is not None and problem.type == "ArchiveError"
    assert records[0].url.startswith(path.resolve().as_uri())


def test_arc_files_are_read_too(tmp_path: Path) -> None:
    page = wcxb_pages(1)[0]
    version_block = b"1 0 scraper-test\nURL IP-address Archive-date Content-type Archive-length\n"
    header = b"filedesc://test.arc 0.0.0.0 20240101000000 text/plain %d\n" % len(version_block)
    response = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    record = b"http://a.example/old 127.0.0.1 20240101000000 text/html %d\n" % len(response)
    path = tmp_path / "old.arc.gz"
    path.write_bytes(
        gzip.compress(header + version_block + b"\n") + gzip.compress(record + response + b"\n")
    )
    (only,) = iter_records([path], max_bytes=MAX)
    assert only.url == "http://a.example/old"
    assert only.document is not None and only.document.content == page
