#!/usr/bin/env python3
"""End-to-end batch throughput and memory, against a loopback server serving real pages.

    python -m benchmarks.batch [DATASET_HTML_DIR] [--urls N] [--hosts 4]
        [--memory-urls 10000,100000] [--skip-trafilatura] [--json]

The server (a minimal asyncio HTTP/1.1 keep-alive responder, in a child process) serves the
wcxb-dev pages (``../shared/datasets/wcxb-dev/html``, decompressed once at start) at
``/p/N`` (page ``N mod count``), on ``--hosts`` loopback addresses (127.0.0.1, 127.0.0.2 ...:
distinct hosts for the politeness limits). Every figure is a fresh ``scraper batch`` run in a
subprocess (per-host delay 0, 8 connections per host, robots.txt on), timed from start to exit:

1. throughput: ``--urls`` URLs (by default each page of the dataset once, 1,497 for wcxb-dev:
   the whole mix of page kinds and sizes; the first 600 pages alone are lighter than the
   rest, and the lighter the pages, the larger the share of the fixed per-page work of
   fetching and handing pages to the workers) with the process pool (one worker per core) and with
   ``--workers 0`` (fetch and extract in one process), alternated ``--repeat`` times, the best
   of each kept (the machine may be shared); also the pool with ``--warc``. For scale, the
   same pages extracted with no fetching at all by a pool of the same size (the extraction
   ceiling), and trafilatura's own batch CLI (``trafilatura -i list.txt --parallel N``, sleep
   between requests 0) on the same list, when installed (the ``bench`` extra).
2. memory: peak RSS of the run (main process, and main + forkserver + workers) for each of
   ``--memory-urls``, sampled from /proc every 50 ms; the server serves the smallest 50 pages
   under every URL so that the long run stays short. Target: the largest run within 1.2x of
   the smallest.

Targets (issue #7): >= 150 pages/s end to end on a 2-core machine and >= 1.8x the
single-process rate. Report the load (``uptime``) with the numbers: the cores may be shared.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import json
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_HTML = ROOT.parent / "shared" / "datasets" / "wcxb-dev" / "html"
SMALL_PAGES = 50
MEMORY_POLL = 0.05
TARGET_RATE = 150.0
TARGET_SPEEDUP = 1.8
TARGET_MEMORY_RATIO = 1.2


# --- the server (child process) ------------------------------------------------------------------


class _Protocol(asyncio.Protocol):
    """GET only, keep-alive, responses in order."""

    def __init__(self, pages: list[bytes]) -> None:
        self.pages = pages
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            path = head.split(b" ", 2)[1].decode("latin-1")
            if path.startswith("/p/"):
                body = self.pages[int(path[3:]) % len(self.pages)]
                self._send(b"200 OK", b"text/html", body)
            else:
                self._send(b"404 Not Found", b"text/plain", b"not found")

    def _send(self, status: bytes, content_type: bytes, body: bytes) -> None:
        assert self.transport is not None
        head = b"HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (
            status,
            content_type,
            len(body),
        )
        self.transport.write(head + body)


def _serve(files: list[str], hosts: list[str], ready: Connection) -> None:
    pages = [gzip.decompress(Path(name).read_bytes()) for name in files]

    async def main() -> None:
        loop = asyncio.get_running_loop()
        first = await loop.create_server(lambda: _Protocol(pages), hosts[0], 0)
        port = first.sockets[0].getsockname()[1]
        for host in hosts[1:]:
            await loop.create_server(lambda: _Protocol(pages), host, port)
        ready.send(port)
        await asyncio.Event().wait()

    asyncio.run(main())


@contextlib.contextmanager
def loopback_server(files: list[Path], hosts: list[str]) -> Iterator[int]:
    """Serve `files` (gzipped pages) in a child process; yield the port."""
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.Process(
        target=_serve, args=([str(f) for f in files], hosts, child), daemon=True
    )
    process.start()
    try:
        if not parent.poll(60):
            raise RuntimeError("benchmark server did not start")
        yield int(parent.recv())
    finally:
        process.terminate()
        process.join(5)


# --- measuring a run -----------------------------------------------------------------------------


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def _rss_kb(pid: int) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


@dataclass
class Run:
    label: str
    urls: int
    lines: int
    ok: int
    seconds: float
    pages_per_second: float
    peak_main_mb: float
    peak_total_mb: float


def batch_run(label: str, listing: Path, workdir: Path, extra: list[str]) -> Run:
    """One `scraper batch` subprocess over `listing`, timed and its memory sampled."""
    output = workdir / f"{label}.jsonl"
    command = [
        sys.executable,
        "-m",
        "scraper.cli",
        "batch",
        str(listing),
        "-o",
        str(output),
        "--overwrite",
        "--quiet",
        "--per-host-delay",
        "0",
        "--per-host-concurrency",
        "8",
        *extra,
    ]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT)
    peak_main = peak_total = 0
    while process.poll() is None:
        pids = _descendants(process.pid)
        sizes = [_rss_kb(pid) for pid in pids]
        peak_main = max(peak_main, sizes[0] if sizes else 0)
        peak_total = max(peak_total, sum(sizes))
        time.sleep(MEMORY_POLL)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{label}: scraper batch exited {process.returncode}")
    lines = ok = 0
    with output.open("rb") as stream:
        for line in stream:
            lines += 1
            ok += b'"outcome":"ok"' in line[:4000]
    urls = sum(1 for _ in listing.open())
    return Run(
        label, urls, lines, ok, seconds, lines / seconds, peak_main / 1024, peak_total / 1024
    )


def _extract_one(data: bytes) -> int:
    from scraper import extract
    from scraper.errors import ScraperError

    try:
        return len(extract(data).model_dump_json())
    except ScraperError:
        return 0


def extraction_ceiling(files: list[Path], count: int, workers: int) -> float:
    """Pages/s of extraction alone (no fetch, no output) by a pool of `workers` processes."""
    pages = [gzip.decompress(f.read_bytes()) for f in files]
    jobs = [pages[i % len(pages)] for i in range(count)]
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        list(pool.map(_extract_one, pages[: workers * 2]))  # start and warm the workers
        started = time.perf_counter()
        list(pool.map(_extract_one, jobs, chunksize=4))
        return count / (time.perf_counter() - started)


def trafilatura_run(listing: Path, workdir: Path, workers: int) -> Run | None:
    """trafilatura's CLI over the same list (sleep 0, private addresses allowed), or None."""
    executable = shutil.which("trafilatura", path=str(Path(sys.executable).parent))
    if executable is None:
        return None
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return None
    settings = Path(sys.modules["trafilatura"].__file__ or "").parent / "settings.cfg"
    config = workdir / "trafilatura.cfg"
    text = settings.read_text()
    text = text.replace("SLEEP_TIME = 5.0", "SLEEP_TIME = 0").replace(
        "SSRF_PROTECTION = on", "SSRF_PROTECTION = off"
    )
    config.write_text(text)
    out = workdir / "trafilatura-out"
    shutil.rmtree(out, ignore_errors=True)
    command = [
        executable,
        "-i",
        str(listing),
        "-o",
        str(out),
        "--json",
        "--parallel",
        str(workers),
        "--config-file",
        str(config),
    ]
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, check=False)
    seconds = time.perf_counter() - started
    # one file a page; past 1,000 files trafilatura fills numbered subfolders ("1/", "2/")
    written = sum(1 for path in out.rglob("*") if path.is_file()) if out.exists() else 0
    urls = sum(1 for _ in listing.open())
    if completed.returncode not in (0, 1):
        print(completed.stderr.decode()[-400:], file=sys.stderr)
    return Run("trafilatura CLI", urls, written, written, seconds, urls / seconds, 0.0, 0.0)


def _write_list(path: Path, port: int, hosts: list[str], count: int) -> Path:
    with path.open("w") as stream:
        for i in range(count):
            stream.write(f"http://{hosts[i % len(hosts)]}:{port}/p/{i}\n")
    return path


def _uptime() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print them (or JSON with --json); exit 1 when a target fails."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html_dir", nargs="?", type=Path, default=DEFAULT_HTML)
    parser.add_argument("--urls", type=int, default=None, help="default: one per page")
    parser.add_argument("--hosts", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=1, help="pool/single runs; the best counts")
    parser.add_argument("--memory-urls", default="10000,100000")
    parser.add_argument("--skip-trafilatura", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    files = sorted(args.html_dir.glob("*.html.gz"))
    if not files:
        parser.error(f"no *.html.gz pages in {args.html_dir}")
    if args.urls is None:
        args.urls = len(files)
    hosts = [f"127.0.0.{i}" for i in range(1, args.hosts + 1)]
    workers = len(os.sched_getaffinity(0))
    report: dict[str, object] = {"cores": workers, "load_before": _uptime()}
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="scraper-batch-bench-") as tmp:
        workdir = Path(tmp)
        with loopback_server(files, hosts) as port:
            listing = _write_list(workdir / "urls.txt", port, hosts, args.urls)
            pools, singles = [], []
            for _ in range(args.repeat):  # alternated, so that a change of load hits both
                pools.append(batch_run("pool", listing, workdir, []))
                singles.append(batch_run("single process", listing, workdir, ["--workers", "0"]))
            pool = max(pools, key=lambda r: r.pages_per_second)
            single = max(singles, key=lambda r: r.pages_per_second)
            pool_rates = [round(r.pages_per_second, 1) for r in pools]
            single_rates = [round(r.pages_per_second, 1) for r in singles]
            report["pool_runs_pages_per_second"] = pool_rates
            report["single_runs_pages_per_second"] = single_rates
            warc = batch_run(
                "pool + WARC", listing, workdir, ["--warc", str(workdir / "o.warc.gz")]
            )
            runs += [pool, single, warc]
            if not args.skip_trafilatura:
                peer = trafilatura_run(listing, workdir, workers)
                if peer is not None:
                    runs.append(peer)
        report["extraction_ceiling_pages_per_second"] = extraction_ceiling(
            files, min(args.urls, len(files)), workers
        )
        report["speedup"] = pool.pages_per_second / single.pages_per_second
        memory: list[Run] = []
        if not args.skip_memory:
            small = sorted(files, key=lambda f: f.stat().st_size)[:SMALL_PAGES]
            with loopback_server(small, hosts) as port:
                for count in (int(n) for n in args.memory_urls.split(",")):
                    listing = _write_list(workdir / f"m{count}.txt", port, hosts, count)
                    memory.append(batch_run(f"memory {count}", listing, workdir, []))
        report["load_after"] = _uptime()
    report["runs"] = [asdict(r) for r in runs]
    report["memory"] = [asdict(r) for r in memory]
    ratio = memory[-1].peak_total_mb / memory[0].peak_total_mb if memory else None
    report["memory_ratio"] = ratio
    passed = (
        pool.pages_per_second >= TARGET_RATE
        and report["speedup"] >= TARGET_SPEEDUP  # type: ignore[operator]
        and (ratio is None or ratio <= TARGET_MEMORY_RATIO)
    )
    report["targets_met"] = passed
    if args.json:
        print(json.dumps(report, indent=2))
        return 0 if passed else 1
    print(f"cores: {workers}; load average before: {report['load_before']}")
    print(f"load average after: {report['load_after']}")
    for run in runs + memory:
        memory_text = (
            f", peak RSS main {run.peak_main_mb:.0f} MB, all processes {run.peak_total_mb:.0f} MB"
            if run.peak_total_mb
            else ""
        )
        print(
            f"{run.label:>16}: {run.pages_per_second:7.1f} pages/s ({run.lines} lines, "
            f"{run.ok} pages, {run.urls} URLs in {run.seconds:.1f} s){memory_text}"
        )
    print(
        f"extraction alone, pool of {workers}: "
        f"{report['extraction_ceiling_pages_per_second']:.1f} pages/s (the ceiling)"
    )
    if args.repeat > 1:
        print(f"every run, pages/s: pool {pool_rates}; single process {single_rates}")
    print(
        f"pool / single process: {report['speedup']:.2f}x (target {TARGET_SPEEDUP}x); "
        f"pool: {pool.pages_per_second:.1f} pages/s (target {TARGET_RATE})"
    )
    if ratio is not None:
        print(f"peak memory {memory[-1].label} / {memory[0].label}: {ratio:.2f}x (target 1.2x)")
    print("targets met" if passed else "targets NOT met")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
