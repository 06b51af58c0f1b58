"""The command line: JSON on stdout, one-line errors on stderr, exit codes."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from scraper.cli import main
from tests.goldens import FIXTURES

SEED_FIXTURE = FIXTURES / "responsiblestatecraft" / "source.html"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "scraper.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_extract_prints_page_json() -> None:
    result = _run("extract", str(SEED_FIXTURE), "--url", "https://responsiblestatecraft.org/x")
    assert result.returncode == 0, result.stderr
    page = json.loads(result.stdout)
    assert page["article"]["title"].startswith("Armenians' fate")
    assert page["url"] == "https://responsiblestatecraft.org/x"
    assert result.stderr == b""


def test_extract_reads_stdin_and_gzip(tmp_path: Path) -> None:
    compressed = tmp_path / "page.html.gz"
    compressed.write_bytes(gzip.compress(SEED_FIXTURE.read_bytes()))
    from_stdin = _run("extract", "-", stdin=SEED_FIXTURE.read_bytes())
    from_gzip = _run("extract", str(compressed))
    assert from_stdin.returncode == from_gzip.returncode == 0
    assert json.loads(from_stdin.stdout) == json.loads(from_gzip.stdout)


def test_format_choices_are_the_formatters() -> None:
    from scraper.cli import FORMATS
    from scraper.output import FORMATTERS

    assert set(FORMATS) == set(FORMATTERS)


def test_batch_main_process_starts_without_the_extractors() -> None:
    # The batch's main process fetches and writes; the extraction workers' forkserver loads
    # the extractors meanwhile (half a second on this machine), so the CLI must not.
    code = (
        "import sys, scraper, scraper.cli, scraper.batch, scraper.fetch; "
        "print(sorted(m for m in ('scraper.pipeline', 'scraper.models') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=60, check=True
    )
    assert result.stdout.strip() == b"[]"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "text"])
def test_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_FIXTURE), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Armenians' fate in Nagorno-Karabakh hangs in the balance" in out
    if fmt == "jsonl":
        assert out.count("\n") == 1
        json.loads(out)
    if fmt == "markdown":
        assert out.startswith("# Armenians' fate")
        assert "**Update 9/19, 2 p.m.:**" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (gzip.compress(b"<html></html>"), "gzip"),
        (b'{"title": "not html"}', "JSON"),
        (b"just a line of plain text", "plain text"),
    ],
    ids=["empty", "blank", "pdf", "png", "gzip-bytes", "json", "plain-text"],
)
def test_bad_input_is_a_one_line_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.html"
    path.write_bytes(content)
    result = _run("extract", str(path))
    assert result.returncode == 1
    assert result.stdout == b""
    stderr = result.stderr.decode()
    assert stderr.count("\n") == 1 and "Traceback" not in stderr
    assert message in stderr


def test_missing_file_and_directory(tmp_path: Path) -> None:
    for target, message in ((tmp_path / "nope.html", "no such file"), (tmp_path, "directory")):
        result = _run("extract", str(target))
        assert result.returncode == 1
        assert message in result.stderr.decode()
        assert "Traceback" not in result.stderr.decode()


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"")
    result = _run("extract", str(bad), str(SEED_FIXTURE), "--format", "jsonl")
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1
    assert "bad.html" in result.stderr.decode()


def test_usage_error_exit_code() -> None:
    assert _run("extract").returncode == 2
    assert _run("frobnicate").returncode == 2


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Page"
