"""`scraper fetch URL` against a loopback server: fetch, extract, print; typed one-line errors."""

from __future__ import annotations

import json

import pytest

from scraper.cli import main
from tests.fetch_server import FetchServer
from tests.goldens import FIXTURES

SEED_HTML = (FIXTURES / "responsiblestatecraft" / "source.html").read_bytes()


@pytest.fixture
def server() -> FetchServer:
    with FetchServer().running() as running:
        yield running


def test_fetch_extracts_the_page(server: FetchServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.page("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    url = server.page("/2023/09/19/armenia", SEED_HTML)
    assert main(["fetch", url, "--timeout", "10"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert page["url"] == url
    assert page["article"]["title"] == "Armenians' fate in Nagorno-Karabakh hangs in the balance"
    assert page["updates"][0]["label"] == "Update 9/19, 2 p.m."


def test_fetch_errors_are_one_line_and_the_run_goes_on(
    server: FetchServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.page("/robots.txt", "User-agent: *\nDisallow: /private\n", content_type="text/plain")
    missing = server.url("/missing")
    private = server.page("/private/page", SEED_HTML)
    pdf = server.page("/report.pdf", b"%PDF-1.7 ...", content_type="application/pdf")
    good = server.page("/story", SEED_HTML)
    code = main(["fetch", missing, private, pdf, good, "--format", "jsonl", "--timeout", "10"])
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.out.strip().split("\n")) == 1  # only the good page
    errors = captured.err.strip().split("\n")
    assert len(errors) == 3
    assert all(line.startswith("scraper: error: http://127.0.0.1:") for line in errors)
    assert "404" in errors[0] and "robots" in errors[1].lower() and "pdf" in errors[2].lower()
