"""A batch run killed with SIGKILL at random moments and resumed ends with every input URL exactly
once in the JSONL and a valid WARC holding each page once.

`scraper batch` runs in a subprocess (its own session, so the kill takes its extraction workers
too, like a machine going down) against a loopback server in this process. Each run is killed
once the output has reached a random number of lines, plus a random few milliseconds (so kills
land between, and in the middle of, writes); one more run is killed at a random moment of its
start-up (during recovery). The randomness is seeded; the seed is in the failure message.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.batch_helpers import metadata_urls, read_lines, warc_records, wcxb_pages
from tests.fetch_server import FetchServer

PAGES = 50
KILLS = 4
EXTRA_DELAY = (0.0, 0.05)  # seconds after the target line count is reached
STARTUP_KILL = (0.05, 0.8)  # seconds after start, for the run killed while starting
POLL = 0.005
RUN_TIMEOUT = 60.0
INTERRUPT_PACE = 0.1  # seconds between requests to the one host
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def server() -> Iterator[FetchServer]:
    with FetchServer().running() as running:
        yield running


def _command(listing: Path, output: Path, warc: Path, *, per_host_delay: float = 0) -> list[str]:
    return [
        sys.executable,
        "-m",
        "scraper.cli",
        "batch",
        str(listing),
        "-o",
        str(output),
        "--warc",
        str(warc),
        "--resume",
        "--quiet",
        "--per-host-delay",
        str(per_host_delay),
        "--per-host-concurrency",
        "8",
        "--workers",
        "2",
    ]


def _line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _start(command: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        command,
        cwd=ROOT,
        start_new_session=True,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        preexec_fn=_foreground_signals,
    )


def _foreground_signals() -> None:
    """Run the child as a foreground job would: a test runner started in the background by a
    non-interactive shell ignores SIGINT, and the child would inherit that (Python then never
    raises KeyboardInterrupt, and a Ctrl-C test would see the run finish normally)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("seed", [7, 2024])
def test_killed_runs_resume_to_exactly_once(server: FetchServer, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    urls: list[str] = []
    for i, html in enumerate(wcxb_pages(PAGES)):
        urls.append(server.page(f"/a/{i}", html))
        urls.append(server.page(f"/b/{i}", html))  # the same page under a second URL
    missing = server.url("/missing")
    inputs = [*urls, missing, *rng.sample(urls, 10)]  # and 10 duplicates
    rng.shuffle(inputs)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(inputs) + "\n")
    output, warc = tmp_path / "out.jsonl", tmp_path / "out.warc.gz"
    command = _command(listing, output, warc)

    total = len(set(inputs))
    kills: list[str] = []
    for number in range(KILLS + 1):
        done = _line_count(output)
        if number == KILLS // 2:  # one kill during start-up and recovery
            target, delay = done, rng.uniform(*STARTUP_KILL)
        else:
            share = (total - done) // (KILLS + 2 - number)  # leave work for the later kills
            target = done + rng.randint(1, max(1, share))
            delay = rng.uniform(*EXTRA_DELAY)
        with _start(command) as process:  # closes its stderr pipe on the way out
            deadline = time.monotonic() + RUN_TIMEOUT
            while _line_count(output) < target and process.poll() is None:
                assert time.monotonic() < deadline, "the run made no progress"
                time.sleep(POLL)
            time.sleep(delay)
            if process.poll() is not None:
                break  # finished before the kill: nothing left to kill
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        kills.append(f"{target}+{delay:.3f}s")
    started = time.monotonic()
    process = _start(command)
    _out, err = process.communicate(timeout=RUN_TIMEOUT)
    assert len(kills) == KILLS + 1, f"runs finished before their kill: {kills}"
    context = f"seed {seed}, killed at lines {kills}; stderr: {err.decode()[-500:]}"
    assert process.returncode == 0, context
    assert time.monotonic() - started < RUN_TIMEOUT

    lines = read_lines(output)
    assert Counter(line["url"] for line in lines) == Counter(set(inputs)), context
    pages = [line["url"] for line in lines if line["fetch"] is not None]
    assert len(pages) == len(urls)
    records = warc_records(warc)  # the whole file reads, every digest checks
    assert Counter(metadata_urls(warc)) == Counter(pages), context
    kinds = Counter(kind for kind, _uri, _content in records)
    assert kinds == {
        "warcinfo": 1,
        "request": len(urls),
        "response": len(urls),
        "metadata": len(urls),
    }
    # Pages done before a kill were not fetched again: at most the in-flight ones per kill.
    fetched = sum(len(server.hits(f"/{side}/{i}")) for side in "ab" for i in range(PAGES))
    assert fetched <= len(urls) + len(kills) * 64, context


@pytest.mark.parametrize("group", [True, False], ids=["ctrl-c", "sigterm"])
def test_interrupted_run_says_so_and_resumes(
    server: FetchServer, tmp_path: Path, group: bool
) -> None:
    urls = [server.page(f"/i/{i}", html) for i, html in enumerate(wcxb_pages(PAGES))]
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    output, warc = tmp_path / "out.jsonl", tmp_path / "out.warc.gz"
    # Paced (about 5 s for the whole list) so that the run cannot end before the signal.
    command = _command(listing, output, warc, per_host_delay=INTERRUPT_PACE)
    process = _start(command)
    deadline = time.monotonic() + RUN_TIMEOUT
    while _line_count(output) < 3 and process.poll() is None:
        assert time.monotonic() < deadline, "the run made no progress"
        time.sleep(POLL)
    assert process.poll() is None, "the run ended before it could be interrupted"
    if group:  # Ctrl-C in a terminal: SIGINT to the whole process group, workers included
        os.killpg(process.pid, signal.SIGINT)
    else:
        process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=RUN_TIMEOUT)
    assert process.returncode == 130, err.decode()[-500:]
    assert err.decode().endswith("scraper: interrupted; continue with --resume\n")
    assert "Traceback" not in err.decode(), err.decode()[-2000:]
    assert output.read_bytes().endswith(b"\n")
    written = len(read_lines(output))
    assert Counter(metadata_urls(warc)) == Counter(line["url"] for line in read_lines(output))

    process = _start(command)
    _out, err = process.communicate(timeout=RUN_TIMEOUT)
    assert process.returncode == 0, err.decode()[-500:]
    lines = read_lines(output)
    assert Counter(line["url"] for line in lines) == Counter(urls)
    assert written < len(urls)
    assert Counter(metadata_urls(warc)) == Counter(urls)
