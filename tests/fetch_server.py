"""A scriptable HTTP/1.1 server on 127.0.0.1 for the fetcher tests (never the outside network).

Routes are plain functions of the request handler; the server records every arrival (path, Host,
time, headers) and counts requests in flight per host and overall, so tests can assert that the
politeness limits held, measured on the server side. "127.0.0.1" and "localhost" reach the same
server but count as two hosts, which is how tests get a cross-host redirect.
"""

from __future__ import annotations

import functools
import gzip
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import brotli  # type: ignore[import-untyped]

Route = Callable[["Handler"], None]

HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Arrival:
    """One request as the server saw it (header names lower-cased)."""

    path: str
    host: str
    at: float
    headers: dict[str, str] = field(default_factory=dict)


class Handler(BaseHTTPRequestHandler):
    """Dispatches to the route registered for the path (404 when none)."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        state = self.server.state
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
        path = self.path.split("?", 1)[0]
        headers = {name.lower(): value for name, value in self.headers.items()}
        state.arrive(Arrival(path, host, time.monotonic(), headers))
        self._host: str | None = host
        try:
            route = state.routes.get(path)
            if route is None:
                self.reply(404, b"<html><body>not found</body></html>")
            else:
                route(self)
        finally:
            self.done()

    def done(self) -> None:
        """Stop counting this request as in flight (idempotent).

        `reply` calls it just before sending: once the client has the response it may start
        the next request, which must not find this one still counted.
        """
        if self._host is not None:
            self.server.state.leave(self._host)
            self._host = None

    # Helpers for routes.
    def reply(
        self,
        status: int,
        body: bytes | str = b"",
        *,
        content_type: str | None = HTML,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Send a complete response with Content-Length."""
        data = body.encode() if isinstance(body, str) else body
        self.done()
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0)."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def wait(self, seconds: float) -> bool:
        """Sleep unless the server stops first; True if it is stopping."""
        return self.server.state.stopping.wait(seconds)


class State:
    """Routes and records, shared by the handler threads."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.arrivals: list[Arrival] = []
        self.in_flight: dict[str, int] = {}
        self.max_in_flight: dict[str, int] = {}
        self.total_in_flight = 0
        self.max_total_in_flight = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()

    def arrive(self, arrival: Arrival) -> None:
        with self._lock:
            self.arrivals.append(arrival)
            now = self.in_flight.get(arrival.host, 0) + 1
            self.in_flight[arrival.host] = now
            self.max_in_flight[arrival.host] = max(self.max_in_flight.get(arrival.host, 0), now)
            self.total_in_flight += 1
            self.max_total_in_flight = max(self.max_total_in_flight, self.total_in_flight)

    def leave(self, host: str) -> None:
        with self._lock:
            self.in_flight[host] -= 1
            self.total_in_flight -= 1


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: State

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # resets and clients that hang up are the point of several tests


class FetchServer:
    """Start with `running()`; register routes with `route()`; read `arrivals`."""

    def __init__(self, address: str = "127.0.0.1") -> None:
        self.address = address  # any 127.x.y.z: several servers give several hosts
        self.state = State()
        self._server = _Server((address, 0), Handler)
        self._server.state = self.state
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @contextmanager
    def running(self) -> Iterator[FetchServer]:
        """Serve in a background thread for the duration of the block."""
        self._thread.start()
        try:
            yield self
        finally:
            self.state.stopping.set()
            self._server.shutdown()
            self._server.server_close()

    def url(self, path: str, *, host: str | None = None) -> str:
        """The URL of `path` on this server, reached through `host` (its address by default)."""
        return f"http://{host or self.address}:{self.port}{path}"

    def route(self, path: str, handler: Route) -> None:
        """Serve `path` with `handler`."""
        self.state.routes[path] = handler

    def page(
        self,
        path: str,
        body: bytes | str,
        *,
        status: int = 200,
        content_type: str | None = HTML,
        headers: dict[str, str] | None = None,
    ) -> str:
        """Serve a fixed response at `path`; return its URL."""
        self.route(
            path,
            lambda h: h.reply(status, body, content_type=content_type, headers=headers),
        )
        return self.url(path)

    @property
    def arrivals(self) -> list[Arrival]:
        """Every request so far, in arrival order."""
        return list(self.state.arrivals)

    def hits(self, path: str) -> list[Arrival]:
        """The requests for `path`."""
        return [a for a in self.state.arrivals if a.path == path]


def gzip_bytes(data: bytes) -> bytes:
    """gzip-compress `data` (level 9, fixed mtime)."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def brotli_bytes(data: bytes) -> bytes:
    """brotli-compress `data`."""
    result: bytes = brotli.compress(data)
    return result


@functools.cache
def gzip_bomb(size: int = 50 * 1024 * 1024) -> bytes:
    """`size` zero bytes, gzipped (about 1000:1)."""
    return gzip.compress(b"\0" * size, compresslevel=9, mtime=0)


@functools.cache
def brotli_bomb(size: int = 50 * 1024 * 1024) -> bytes:
    """`size` zero bytes, brotli-compressed (about 500,000:1)."""
    result: bytes = brotli.compress(b"\0" * size, quality=5)
    return result


def article(words: str = "Hello world.", *, title: str = "A page", repeat: int = 1) -> str:
    """A small HTML page."""
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head>"
        f"<body><article><p>{' '.join([words] * repeat)}</p></article></body></html>"
    )
