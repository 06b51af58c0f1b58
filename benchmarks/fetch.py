"""Fetcher throughput and politeness, against a loopback server in another process.

    python -m benchmarks.fetch [--pages 5000] [--hosts 4] [--json]

1. Throughput: small HTML pages (about 2 KB) spread over `--hosts` loopback addresses
   (127.0.0.1, 127.0.0.2 ...: distinct hosts for the per-host limits), fetched by one
   `AsyncFetcher` with robots.txt on, no per-host delay, no extraction. Reports pages/s.
   Target: >= 1,000 pages/s on a 2-core machine (the server takes one core).
   For scale, the same pages are fetched with bare `httpx.AsyncClient` GETs (no robots.txt,
   limits, guards or decoding): the ceiling the fetcher's own work is measured against.
2. Limits, measured on the server: every response is held `--hold-ms`, and the server records
   the most requests it had in flight per host (Host header) and overall; they must equal
   `per_host_concurrency` and `global_concurrency` exactly (reached, never exceeded).

The server is a minimal asyncio HTTP/1.1 keep-alive responder, so the numbers measure the
fetcher, not `http.server`. Exits 1 when a limit is exceeded or not reached.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import socket
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from multiprocessing.connection import Connection
from typing import Any

import httpx

from scraper.fetch import AsyncFetcher, FetchSettings

PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bench page</title></head><body>"
    "<article><h1>Headline</h1>"
    + "<p>Some words of a short article, repeated to make a small page.</p>" * 28
    + "</article></body></html>"
).encode()
STATS_PATH = "/__stats"
RESET_PATH = "/__reset"


# --- the server (runs in a child process) --------------------------------------------------------


class _Stats:
    def __init__(self) -> None:
        self.hold = 0.0
        self.reset()

    def reset(self) -> None:
        self.requests = 0
        self.in_flight: dict[str, int] = {}
        self.max_in_flight: dict[str, int] = {}
        self.total = 0
        self.max_total = 0


class _Protocol(asyncio.Protocol):
    """HTTP/1.1 GET only, keep-alive, one response per request, in order."""

    def __init__(self, stats: _Stats) -> None:
        self.stats = stats
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
        self.worker = asyncio.get_running_loop().create_task(self._respond())

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def connection_lost(self, exc: Exception | None) -> None:
        self.worker.cancel()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1]
            host = ""
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.lower() == "host":
                    host = value.strip().rsplit(":", 1)[0]
            self.queue.put_nowait((path, host))

    async def _respond(self) -> None:
        stats = self.stats
        while True:
            path, host = await self.queue.get()
            if path == STATS_PATH:
                body = json.dumps(
                    {
                        "requests": stats.requests,
                        "max_in_flight": stats.max_in_flight,
                        "max_total": stats.max_total,
                    }
                ).encode()
                self._send(200, "application/json", body)
                continue
            if path.startswith(RESET_PATH):
                stats.reset()
                stats.hold = float(path.split("=", 1)[1]) / 1000 if "=" in path else 0.0
                self._send(200, "text/plain", b"ok")
                continue
            stats.requests += 1
            stats.in_flight[host] = stats.in_flight.get(host, 0) + 1
            stats.max_in_flight[host] = max(stats.max_in_flight.get(host, 0), stats.in_flight[host])
            stats.total += 1
            stats.max_total = max(stats.max_total, stats.total)
            try:
                if stats.hold:
                    await asyncio.sleep(stats.hold)
                if path == "/robots.txt":
                    self._send(200, "text/plain", b"User-agent: *\nDisallow: /private\n")
                else:
                    self._send(200, "text/html; charset=utf-8", PAGE)
            finally:
                stats.in_flight[host] -= 1
                stats.total -= 1

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        assert self.transport is not None
        head = (
            f"HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        self.transport.write(head + body)


def _serve(hosts: list[str], ready: Connection) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        stats = _Stats()
        first = await loop.create_server(lambda: _Protocol(stats), hosts[0], 0)
        port = first.sockets[0].getsockname()[1]
        for host in hosts[1:]:
            await loop.create_server(lambda: _Protocol(stats), host, port)
        ready.send(port)
        await asyncio.Event().wait()

    asyncio.run(main())


@contextlib.contextmanager
def loopback_server(hosts: list[str]) -> Iterator[int]:
    """Run the server in a child process; yield its port (the same on every host)."""
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.Process(target=_serve, args=(hosts, child), daemon=True)
    process.start()
    try:
        if not parent.poll(10):
            raise RuntimeError("benchmark server did not start")
        yield int(parent.recv())
    finally:
        process.terminate()
        process.join(5)


# --- the client ----------------------------------------------------------------------------------


@dataclass
class Throughput:
    pages: int
    hosts: int
    seconds: float
    pages_per_second: float
    latency_ms_p50: float
    latency_ms_p95: float
    failures: int


@dataclass
class LimitCheck:
    per_host_concurrency: int
    global_concurrency: int
    measured_per_host: dict[str, int]
    measured_global: int
    held_exactly: bool


def _server_call(port: int, path: str) -> Any:
    response = httpx.get(f"http://127.0.0.1:{port}{path}", timeout=5)
    response.raise_for_status()
    return response.json() if path == STATS_PATH else None


async def _run(settings: FetchSettings, urls: list[str]) -> tuple[float, list[float], int]:
    latencies: list[float] = []
    failures = 0
    async with AsyncFetcher(settings) as fetcher:

        async def one(url: str) -> None:
            nonlocal failures
            started = time.perf_counter()
            try:
                await fetcher.fetch(url)
            except Exception:
                failures += 1
            latencies.append((time.perf_counter() - started) * 1000)

        # Warm up: robots.txt and one connection per host.
        await asyncio.gather(*(fetcher.fetch(url) for url in urls[: len(set(urls))]))
        started = time.perf_counter()
        await asyncio.gather(*(one(url) for url in urls))
        return time.perf_counter() - started, latencies, failures


def throughput(port: int, hosts: list[str], pages: int, per_host: int) -> Throughput:
    """Fetch `pages` pages round-robin over `hosts`; pages/s over the whole batch."""
    _server_call(port, f"{RESET_PATH}?hold=0")
    settings = FetchSettings(
        per_host_concurrency=per_host,
        global_concurrency=per_host * len(hosts),
        per_host_delay=0.0,
        http2=False,
    )
    urls = [f"http://{hosts[i % len(hosts)]}:{port}/page/{i}" for i in range(pages)]
    seconds, latencies, failures = asyncio.run(_run(settings, urls))
    cuts = statistics.quantiles(latencies, n=20)
    return Throughput(
        pages=pages,
        hosts=len(hosts),
        seconds=round(seconds, 3),
        pages_per_second=round(pages / seconds, 1),
        latency_ms_p50=round(statistics.median(latencies), 2),
        latency_ms_p95=round(cuts[18], 2),
        failures=failures,
    )


def httpx_baseline(port: int, hosts: list[str], pages: int, per_host: int) -> float:
    """pages/s of bare `httpx.AsyncClient` GETs with the same per-host concurrency: the ceiling."""

    async def run() -> float:
        limits = httpx.Limits(max_connections=per_host * len(hosts))
        gates = {host: asyncio.Semaphore(per_host) for host in hosts}
        async with httpx.AsyncClient(limits=limits) as client:

            async def one(i: int) -> None:
                host = hosts[i % len(hosts)]
                async with gates[host]:
                    response = await client.get(f"http://{host}:{port}/page/{i}")
                    response.raise_for_status()

            await asyncio.gather(*(one(i) for i in range(len(hosts) * per_host)))
            started = time.perf_counter()
            await asyncio.gather(*(one(i) for i in range(pages)))
            return pages / (time.perf_counter() - started)

    _server_call(port, f"{RESET_PATH}?hold=0")
    return round(asyncio.run(run()), 1)


def limit_check(
    port: int, hosts: list[str], *, per_host: int, global_limit: int, hold_ms: int
) -> LimitCheck:
    """Hold every response `hold_ms`; the server's in-flight peaks must equal the limits."""
    settings = FetchSettings(
        per_host_concurrency=per_host,
        global_concurrency=global_limit,
        per_host_delay=0.0,
        http2=False,
    )
    urls = [
        f"http://{hosts[i % len(hosts)]}:{port}/held/{i}" for i in range(per_host * 6 * len(hosts))
    ]
    # robots.txt first, without the hold, so that only page requests are measured.
    asyncio.run(_run(settings, urls[: len(hosts)]))
    _server_call(port, f"{RESET_PATH}?hold={hold_ms}")
    asyncio.run(_run(settings, urls))
    stats = _server_call(port, STATS_PATH)
    per_host_seen: dict[str, int] = stats["max_in_flight"]
    expected_global = min(global_limit, per_host * len(hosts))
    held = (
        all(v == per_host for v in per_host_seen.values()) and stats["max_total"] == expected_global
    )
    if global_limit < per_host * len(hosts):
        held = (
            all(v <= per_host for v in per_host_seen.values())
            and stats["max_total"] == global_limit
        )
    return LimitCheck(per_host, global_limit, per_host_seen, stats["max_total"], held)


def main(argv: list[str] | None = None) -> int:
    """Run both measurements and print them (a table, or JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--hold-ms", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    hosts = [f"127.0.0.{i}" for i in range(1, args.hosts + 1)]
    with loopback_server(hosts) as port:
        speed = throughput(port, hosts, args.pages, args.per_host)
        baseline = httpx_baseline(port, hosts, args.pages, args.per_host)
        per_host = limit_check(port, hosts, per_host=3, global_limit=64, hold_ms=args.hold_ms)
        global_ = limit_check(port, hosts, per_host=3, global_limit=5, hold_ms=args.hold_ms)
    report = {
        "throughput": asdict(speed),
        "httpx_baseline_pages_per_second": baseline,
        "limits": [asdict(per_host), asdict(global_)],
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(
            f"throughput: {speed.pages_per_second:,.0f} pages/s ({speed.pages} pages over "
            f"{speed.hosts} hosts in {speed.seconds:.2f} s; p50 {speed.latency_ms_p50} ms, "
            f"p95 {speed.latency_ms_p95} ms; {speed.failures} failures)"
        )
        print(
            f"bare httpx.AsyncClient, same concurrency: {baseline:,.0f} pages/s "
            f"(the fetcher does {speed.pages_per_second / baseline:.0%} of it)"
        )
        for check in (per_host, global_):
            print(
                f"limits per_host={check.per_host_concurrency} global={check.global_concurrency}: "
                f"measured per host {check.measured_per_host}, overall {check.measured_global} "
                f"-> {'held exactly' if check.held_exactly else 'NOT HELD'}"
            )
    return 0 if per_host.held_exactly and global_.held_exactly and not speed.failures else 1


if __name__ == "__main__":
    sys.exit(main())
