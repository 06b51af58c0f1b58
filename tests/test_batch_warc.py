"""`scraper.batch.warc.page_group`: the records of one page, each its own gzip member."""

from __future__ import annotations

import io
import json
import zlib

from warcio.archiveiterator import ArchiveIterator

from scraper.batch.warc import GZIP_WBITS, page_group


def _members(data: bytes) -> list[tuple[int, bytes]]:
    """(offset, decompressed data) of each gzip member."""
    members = []
    offset = 0
    while offset < len(data):
        decompressor = zlib.decompressobj(GZIP_WBITS)
        members.append((offset, decompressor.decompress(data[offset:])))
        assert decompressor.eof
        offset = len(data) - len(decompressor.unused_data)
    return members


def test_each_record_of_a_page_is_its_own_gzip_member() -> None:
    # indexers (CDX) and replay seek to a record's offset and inflate one member from there
    body = b"<html><body><p>" + "Caf\u00e9 ".encode() * 2000 + b"</p></body></html>"
    group = page_group(
        target_uri="https://example.org/news/1?x=2",
        metadata_json=json.dumps({"url": "https://example.org/news/1?x=2"}),
        request_headers=[("User-Agent", "scraper-test")],
        status=200,
        response_headers=[("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "br")],
        body=body,
    )

    members = _members(group)
    assert all(data.startswith(b"WARC/1.1\r\n") for _offset, data in members)

    records = ArchiveIterator(io.BytesIO(group), check_digests="raise")
    offsets = []
    contents = {}
    for record in records:
        contents[record.rec_type] = record.content_stream().read()
        offsets.append((records.get_record_offset(), record.rec_type))
    assert offsets == list(zip([offset for offset, _data in members], contents, strict=True))
    assert list(contents) == ["response", "request", "metadata"]
    assert contents["response"] == body
    assert contents["request"] == b""
    assert json.loads(contents["metadata"]) == {"url": "https://example.org/news/1?x=2"}
