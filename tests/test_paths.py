"""File names from URLs never escape the output folder (`scraper.paths`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.paths import MAX_FILENAME_CHARS, safe_filename, safe_path

PORTABLE = re.compile(r"\A[A-Za-z0-9_][A-Za-z0-9._-]*\Z")
RESERVED = re.compile(r"\A(con|prn|aux|nul|com\d|lpt\d)(\.|\Z)", re.IGNORECASE)
HOSTILE_URLS = [
    "https://example.org/../../etc/passwd",
    "https://example.org/%2e%2e/%2e%2e/etc/passwd",
    "https://example.org/a%2F..%2F..%2Fb",
    "file:///etc/passwd",
    "..",
    ".",
    "",
    "/",
    "\\\\server\\share\\x",
    "C:\\Windows\\system32",
    "https://x.org/CON",
    "con",
    "aux.json",
    "https://x.org/.hidden",
    "-rf",
    "https://例え.jp/パス/é",
    "https://x.org/" + "a" * 5000,
    "https://x.org/\x00\n\r\t",
    "https://x.org/\ud800",
    "http://[::1",
]


def _check(name: str, suffix: str = "") -> None:
    assert PORTABLE.match(name), name
    assert len(name) <= MAX_FILENAME_CHARS
    assert not RESERVED.match(name)
    assert name not in (".", "..") and name.endswith(suffix)


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_hostile_urls_stay_inside(url: str, tmp_path: Path) -> None:
    name = safe_filename(url, suffix=".json")
    _check(name, ".json")
    path = safe_path(tmp_path, url, suffix=".json")
    path.write_text("{}")
    assert path.resolve().parent == tmp_path.resolve()
    assert sorted(tmp_path.iterdir()) == [path]


@given(st.text(), st.sampled_from(["", ".json", ".md", ".json.gz"]))
def test_any_text_gives_a_portable_name(url: str, suffix: str) -> None:
    name = safe_filename(url, suffix=suffix)
    _check(name, suffix)
    assert safe_filename(url, suffix=suffix) == name  # deterministic
    folder = Path("/out")
    assert (folder / name).parent == folder


@given(st.text(), st.text())
def test_different_urls_get_different_names(first: str, second: str) -> None:
    if first != second:
        assert safe_filename(first) != safe_filename(second)


def test_readable_and_case_distinct() -> None:
    name = safe_filename("https://example.org/2023/09/19/story?id=1", suffix=".json")
    assert name.startswith("example.org-2023-09-19-story-id-1-")
    assert safe_filename("https://x.org/A") != safe_filename("https://x.org/a")


@pytest.mark.parametrize("suffix", ["/x", "../x", ".json/..", "json", ". ", ".a" * 3])
def test_unsafe_suffix_is_refused(suffix: str) -> None:
    with pytest.raises(ValueError):
        safe_filename("https://x.org/", suffix=suffix)
