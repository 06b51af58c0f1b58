"""The fetcher against a real HTTP server on 127.0.0.1 (`tests.fetch_server`), never the network.

Delays and timeouts are small (tenths of a second) so that the whole file runs in seconds; limits
are measured on the server side (arrival times, requests in flight), not assumed.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from scraper.fetch import (
    AsyncFetcher,
    BlockedAddressError,
    ConnectionFailedError,
    DecompressionBombError,
    FetchResult,
    FetchSettings,
    FetchTimeoutError,
    HTTPStatusError,
    InvalidURLError,
    RedirectHop,
    ResponseTooLargeError,
    RobotsDisallowedError,
    TooManyRedirectsError,
    UnsupportedContentTypeError,
    fetch,
)
from tests.fetch_server import (
    FetchServer,
    Handler,
    article,
    brotli_bomb,
    brotli_bytes,
    gzip_bomb,
    gzip_bytes,
)

pytestmark = pytest.mark.anyio

# Fast settings: no politeness delay, tiny backoff, short timeouts.
FAST: dict[str, Any] = {
    "per_host_delay": 0.0,
    "per_host_concurrency": 4,
    "retry_backoff": 0.01,
    "retry_jitter": 0.0,
    "connect_timeout": 1.0,
    "read_timeout": 1.0,
    "total_timeout": 5.0,
}


def fast(**overrides: Any) -> FetchSettings:
    """`FAST` settings with `overrides`."""
    return FetchSettings(**{**FAST, **overrides})


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[FetchServer]:
    with FetchServer().running() as running:
        yield running


async def get(url: str, **overrides: Any) -> FetchResult:
    """Fetch `url` with a fresh fetcher and `fast(**overrides)` settings."""
    async with AsyncFetcher(fast(**overrides)) as fetcher:
        return await fetcher.fetch(url)


def page_gaps(server: FetchServer, path_prefix: str) -> list[float]:
    """Seconds between consecutive arrivals of requests whose path starts with the prefix."""
    times = [a.at for a in server.arrivals if a.path.startswith(path_prefix)]
    return [b - a for a, b in itertools.pairwise(times)]


# Arrival times on the server lag the client's request starts by a scheduling delay (the server
# threads share the GIL with the client, and CI machines are loaded): a few ms, up to ~50 ms under
# heavy load. One gap may look shorter than the delay by that much; the span of all of them cannot,
# because only the lateness of the first arrival counts against it.
JITTER = 0.05


@pytest.fixture
def without_gc_pauses() -> Iterator[None]:
    """No garbage collection while a spacing is measured: client and server share this process,
    so a pause of it between a request's start and its arrival (a full collection of a long
    test run's heap) shortens the gap after it. A full-suite run once saw a first gap 100 ms
    short, the later ones exact: the limiter had started each request on time."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def assert_spaced(gaps: list[float], delay: float) -> None:
    """Consecutive arrivals are `delay` apart, within the measurement's `JITTER`."""
    assert all(gap >= delay - JITTER for gap in gaps), gaps
    assert sum(gaps) >= len(gaps) * delay - JITTER, gaps


# --- 200s ----------------------------------------------------------------------------------------


async def test_200_html(server: FetchServer) -> None:
    url = server.page("/a", article("Hello fetcher."), headers={"ETag": '"x1"'})
    result = await get(url, contact_url="https://example.org/bot")
    assert result.status == 200
    assert result.url == result.final_url == url
    assert result.redirects == ()
    assert "Hello fetcher." in result.text
    assert result.content == article("Hello fetcher.").encode()
    assert result.content_type == "text/html"
    assert result.encoding == "utf-8"
    assert result.headers["etag"] == '"x1"'
    assert result.headers["content-type"] == "text/html; charset=utf-8"
    assert result.attempts == 1
    assert not result.from_cache
    assert result.http_version == "HTTP/1.1"
    assert result.timings.total_ms > 0
    assert result.timings.total_ms >= result.timings.network_ms
    sent = server.hits("/a")[0].headers
    assert sent["user-agent"].startswith("scraper/")
    assert sent["user-agent"].endswith("(+https://example.org/bot)")
    assert "br" in sent["accept-encoding"] and "gzip" in sent["accept-encoding"]
    assert [a.path for a in server.arrivals] == ["/robots.txt", "/a"]


async def test_xhtml_passes(server: FetchServer) -> None:
    body = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>'
    result = await get(server.page("/x", body, content_type="application/xhtml+xml"))
    assert result.content_type == "application/xhtml+xml"


def test_sync_fetch(server: FetchServer) -> None:
    result = fetch(server.page("/a", article("Sync.")), settings=fast())
    assert "Sync." in result.text


# --- redirects -----------------------------------------------------------------------------------


async def test_redirect_chain_is_recorded(server: FetchServer) -> None:
    server.page("/r1", "", status=301, headers={"Location": "/r2"})
    server.page("/r2", "", status=302, headers={"Location": server.url("/r3")})
    server.page("/r3", "", status=307, headers={"Location": "r4?q=1"})
    server.page("/r4", "", status=308, headers={"Location": "/final"})
    final = server.page("/final", article("Arrived."))
    result = await get(server.url("/r1"))
    assert result.final_url == final
    assert result.url == server.url("/r1")
    assert result.redirects == (
        RedirectHop(server.url("/r1"), 301),
        RedirectHop(server.url("/r2"), 302),
        RedirectHop(server.url("/r3"), 307),
        RedirectHop(server.url("/r4?q=1"), 308),
    )
    assert "Arrived." in result.text


async def test_redirect_loop(server: FetchServer) -> None:
    server.page("/loop", "", status=302, headers={"Location": "/loop"})
    with pytest.raises(TooManyRedirectsError, match="loop") as info:
        await get(server.url("/loop"), max_redirects=5)
    assert info.value.url == server.url("/loop")
    assert len(info.value.chain) == 6
    assert len(server.hits("/loop")) == 6


async def test_redirect_to_another_host(server: FetchServer) -> None:
    target = server.page("/b", article("Other host."))
    server.page("/a", "", status=301, headers={"Location": server.url("/b", host="localhost")})
    result = await get(server.url("/a"))
    assert result.final_url == server.url("/b", host="localhost")
    assert target != result.final_url
    assert result.redirects == (RedirectHop(server.url("/a"), 301),)
    # robots.txt is read on each host; the second hop was made to "localhost".
    assert [(a.path, a.host) for a in server.arrivals] == [
        ("/robots.txt", "127.0.0.1"),
        ("/a", "127.0.0.1"),
        ("/robots.txt", "localhost"),
        ("/b", "localhost"),
    ]


async def test_redirect_to_unsupported_scheme(server: FetchServer) -> None:
    server.page("/a", "", status=302, headers={"Location": "ftp://example.org/file"})
    with pytest.raises(InvalidURLError, match="ftp"):
        await get(server.url("/a"))


@pytest.mark.parametrize("url", ["ftp://example.org/", "not a url", "http:///path-only"])
async def test_invalid_urls(url: str) -> None:
    with pytest.raises(InvalidURLError):
        await get(url)


# --- error statuses and retries ------------------------------------------------------------------


@pytest.mark.parametrize("status", [404, 410, 403])
async def test_client_errors_are_not_retried(server: FetchServer, status: int) -> None:
    server.page("/gone", "<html>gone</html>", status=status)
    with pytest.raises(HTTPStatusError) as info:
        await get(server.url("/gone"))
    assert info.value.status == status
    assert info.value.url == server.url("/gone")
    assert len(server.hits("/gone")) == 1


def _sequence(*steps: Any) -> Any:
    """A route answering with each step in turn (the last one repeats)."""
    remaining = list(steps)

    def route(handler: Handler) -> None:
        step = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        step(handler)

    return route


async def test_429_with_retry_after_seconds(server: FetchServer) -> None:
    server.route(
        "/busy",
        _sequence(
            lambda h: h.reply(429, "slow down", headers={"Retry-After": "1"}),
            lambda h: h.reply(200, article("Finally.")),
        ),
    )
    result = await get(server.url("/busy"))
    assert result.attempts == 2
    assert "Finally." in result.text
    (gap,) = page_gaps(server, "/busy")
    assert gap >= 0.99
    assert result.timings.retry_wait_ms >= 1000


async def test_429_with_retry_after_http_date(server: FetchServer) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=1), usegmt=True)
    server.route(
        "/busy",
        _sequence(
            lambda h: h.reply(429, "", headers={"Retry-After": when}),
            lambda h: h.reply(200, article("Dated.")),
        ),
    )
    result = await get(server.url("/busy"))
    assert result.attempts == 2


async def test_429_with_retry_after_too_long_is_not_retried(server: FetchServer) -> None:
    server.page("/busy", "", status=429, headers={"Retry-After": "3600"})
    started = time.monotonic()
    with pytest.raises(HTTPStatusError) as info:
        await get(server.url("/busy"), retry_max_wait=5)
    assert time.monotonic() - started < 1
    assert info.value.status == 429
    assert info.value.retry_after == 3600
    assert len(server.hits("/busy")) == 1


async def test_503_then_200(server: FetchServer) -> None:
    server.route(
        "/flaky",
        _sequence(lambda h: h.reply(503, "down"), lambda h: h.reply(200, article("Up again."))),
    )
    result = await get(server.url("/flaky"))
    assert result.attempts == 2
    assert "Up again." in result.text


async def test_5xx_gives_up_after_retries(server: FetchServer) -> None:
    server.page("/down", "down", status=503)
    with pytest.raises(HTTPStatusError) as info:
        await get(server.url("/down"), retries=2)
    assert info.value.status == 503
    assert len(server.hits("/down")) == 3


async def test_retries_stop_at_the_total_timeout(server: FetchServer) -> None:
    server.page("/down", "down", status=503)
    started = time.monotonic()
    with pytest.raises((HTTPStatusError, FetchTimeoutError)):
        await get(server.url("/down"), retries=50, retry_backoff=0.1, total_timeout=0.6)
    assert time.monotonic() - started < 1.2


async def test_connection_reset_then_ok(server: FetchServer) -> None:
    server.route("/reset", _sequence(Handler.reset, lambda h: h.reply(200, article("Back."))))
    result = await get(server.url("/reset"))
    assert result.attempts == 2


async def test_connection_reset_always(server: FetchServer) -> None:
    server.route("/reset", Handler.reset)
    with pytest.raises(ConnectionFailedError) as info:
        await get(server.url("/reset"), retries=2)
    assert info.value.url == server.url("/reset")
    assert len(server.hits("/reset")) == 3


async def test_connection_refused() -> None:
    with FetchServer().running() as stopped:
        url = stopped.url("/a")
    with pytest.raises(ConnectionFailedError):
        await get(url, retries=1, respect_robots=False)


# --- timeouts ------------------------------------------------------------------------------------


def _slow(seconds: float, body: str = "slow") -> Any:
    def route(handler: Handler) -> None:
        if not handler.wait(seconds):
            handler.reply(200, article(body))

    return route


async def test_slow_response_past_the_read_timeout(server: FetchServer) -> None:
    server.route("/slow", _slow(3))
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError) as info:
        await get(server.url("/slow"), read_timeout=0.2, retries=0)
    assert info.value.phase == "read"
    assert time.monotonic() - started < 1.5


async def test_timeouts_are_retried(server: FetchServer) -> None:
    server.route("/slow", _sequence(_slow(3), _slow(0, "Quick now.")))
    result = await get(server.url("/slow"), read_timeout=0.2)
    assert result.attempts == 2
    assert "Quick now." in result.text


def _trickle(handler: Handler) -> None:
    """Headers, then one byte every 50 ms, forever: never trips a read timeout."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    try:
        while not handler.wait(0.05):
            handler.wfile.write(b"x")
            handler.wfile.flush()
    except OSError:
        pass  # the client gave up


async def test_trickling_server_hits_the_total_timeout(server: FetchServer) -> None:
    server.route("/trickle", _trickle)
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError) as info:
        await get(server.url("/trickle"), read_timeout=0.5, total_timeout=0.8)
    elapsed = time.monotonic() - started
    assert info.value.phase == "total"
    assert 0.8 <= elapsed < 2.0  # bounded by the total timeout, not by the server


async def test_queueing_does_not_count_against_the_total_timeout(server: FetchServer) -> None:
    server.route("/slowish", _slow(0.2))
    async with AsyncFetcher(fast(per_host_concurrency=1, total_timeout=0.5)) as fetcher:
        urls = [server.url(f"/slowish?{i}") for i in range(5)]
        results = await asyncio.gather(*(fetcher.fetch(u) for u in urls))
    # The last one waited ~0.8 s for its turn, longer than the total timeout.
    assert max(r.timings.queued_ms for r in results) > 500
    assert server.state.max_in_flight["127.0.0.1"] == 1


# --- bodies --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "compress"), [("gzip", gzip_bytes), ("br", brotli_bytes)], ids=["gzip", "br"]
)
async def test_compressed_bodies(server: FetchServer, encoding: str, compress: Any) -> None:
    html = article("Compressed words.", repeat=200)
    url = server.page("/c", compress(html.encode()), headers={"Content-Encoding": encoding})
    result = await get(url)
    assert result.text == html
    assert result.content == html.encode()


@pytest.mark.parametrize("encoding", ["gzip", "br"])
async def test_decompression_bomb(server: FetchServer, encoding: str) -> None:
    bomb = gzip_bomb() if encoding == "gzip" else brotli_bomb()
    url = server.page("/bomb", bomb, headers={"Content-Encoding": encoding})
    with pytest.raises(DecompressionBombError) as info:
        await get(url, max_body_bytes=1_000_000)
    assert info.value.url == url
    assert len(server.hits("/bomb")) == 1  # not retried


async def test_body_over_the_size_limit(server: FetchServer) -> None:
    url = server.page("/big", b"<html>" + b"x" * 300_000)
    with pytest.raises(ResponseTooLargeError, match="Content-Length"):
        await get(url, max_body_bytes=100_000)


async def test_body_over_the_size_limit_without_content_length(server: FetchServer) -> None:
    def unbounded(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        try:
            for _ in range(100):
                handler.wfile.write(b"<p>" + b"y" * 10_000)
        except OSError:
            pass

    server.route("/stream", unbounded)
    with pytest.raises(ResponseTooLargeError, match="over the limit") as info:
        await get(server.url("/stream"), max_body_bytes=100_000)
    assert not isinstance(info.value, DecompressionBombError)


# --- content types -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/pdf", b"%PDF-1.7\n..."),
        ("image/png", b"\x89PNG\r\n\x1a\n\0\0"),
        ("image/jpeg", b"\xff\xd8\xff\xe0"),
        ("application/json", b'{"a": 1}'),
        ("text/plain", b"just text"),
        (None, b"%PDF-1.7\n..."),
        (None, b"\x89PNG\r\n\x1a\n\0\0"),
        (None, b'{"not": "html"}'),
        ("text/html", b"%PDF-1.4 lying about its type"),
    ],
)
async def test_non_html_is_refused(
    server: FetchServer, content_type: str | None, body: bytes
) -> None:
    url = server.page("/file", body, content_type=content_type)
    with pytest.raises(UnsupportedContentTypeError) as info:
        await get(url)
    assert info.value.url == url
    assert info.value.content_type
    assert len(server.hits("/file")) == 1


async def test_missing_content_type_is_sniffed(server: FetchServer) -> None:
    result = await get(server.page("/bare", article("No type."), content_type=None))
    assert result.content_type == "text/html"
    assert "No type." in result.text


# --- charsets ------------------------------------------------------------------------------------

TEXTS = {
    "cp1251": "Съешь же ещё этих мягких французских булок, да выпей чаю. "
    "В чащах юга жил бы цитрус? Да, но фальшивый экземпляр!",
    "shift_jis": "いろはにほへと ちりぬるを。"
    "日本語の文章を正しく読み込めるかどうかを確認する試験です。",
    "gb2312": "我能吞下玻璃而不伤身体。这是一个用于检查中文编码是否能够被正确识别的测试页面。",
}


def _legacy_page(encoding: str) -> str:
    return article(TEXTS[encoding], title="Charset", repeat=3)


@pytest.mark.parametrize("encoding", sorted(TEXTS))
@pytest.mark.parametrize("declared", ["text/html; charset=utf-8", "text/html", None])
async def test_legacy_page_declared_wrongly_or_not_at_all(
    server: FetchServer, encoding: str, declared: str | None
) -> None:
    html = _legacy_page(encoding)
    url = server.page("/legacy", html.encode(encoding), content_type=declared)
    result = await get(url)
    assert result.text == html
    assert "\ufffd" not in result.text


@pytest.mark.parametrize(
    "encoding",
    [
        "cp1251",
        "shift_jis",
        "gb2312",
    ],
)
async def test_utf8_page_declared_as_legacy_charset(server: FetchServer, encoding: str) -> None:
    html = _legacy_page(encoding)
    url = server.page("/utf8", html.encode("utf-8"), content_type=f"text/html; charset={encoding}")
    result = await get(url)
    assert result.text == html


async def test_invalid_bytes_never_crash(server: FetchServer) -> None:
    body = b"<html><body><p>ok \xff\xfe\x80 broken \xc3</p></body></html>"
    result = await get(server.page("/broken", body))
    assert "ok" in result.text and "broken" in result.text


# --- robots.txt ----------------------------------------------------------------------------------

ROBOTS = """User-agent: *
Disallow: /private
Crawl-delay: 0.3
"""


async def test_robots_disallow(server: FetchServer) -> None:
    server.page("/robots.txt", ROBOTS, content_type="text/plain")
    server.page("/private/page", article())
    with pytest.raises(RobotsDisallowedError) as info:
        await get(server.url("/private/page"))
    assert info.value.url == server.url("/private/page")
    assert server.hits("/private/page") == []
    # Explicitly ignoring robots.txt fetches it.
    await get(server.url("/private/page"), respect_robots=False)
    assert len(server.hits("/private/page")) == 1


@pytest.mark.usefixtures("without_gc_pauses")
async def test_robots_crawl_delay_wins_when_larger(server: FetchServer) -> None:
    server.page("/robots.txt", ROBOTS, content_type="text/plain")
    server.page("/page", article())
    server.page("/warm-up", article())
    async with AsyncFetcher(fast(per_host_delay=0.05)) as fetcher:
        await fetcher.fetch(server.url("/warm-up"))  # as in test_per_host_delay_between_...
        await asyncio.gather(*(fetcher.fetch(server.url(f"/page?{i}")) for i in range(3)))
    gaps = page_gaps(server, "/page")
    assert len(gaps) == 2
    assert_spaced(gaps, 0.3)
    assert len(server.hits("/robots.txt")) == 1  # cached for the host


async def test_robots_unreachable_disallows_everything(server: FetchServer) -> None:
    server.page("/robots.txt", "oops", status=500)
    server.page("/page", article())
    with pytest.raises(RobotsDisallowedError, match="unreachable"):
        await get(server.url("/page"), retries=0)
    assert server.hits("/page") == []


async def test_robots_network_errors_fail_the_page_and_are_retried(server: FetchServer) -> None:
    server.route("/robots.txt", Handler.reset)
    server.page("/page", article())
    with pytest.raises(ConnectionFailedError, match=r"robots\.txt") as info:
        await get(server.url("/page"), retries=1)
    assert info.value.url == server.url("/page")
    assert len(server.hits("/robots.txt")) == 2
    assert server.hits("/page") == []


async def test_robots_redirect_is_followed(server: FetchServer) -> None:
    server.page("/robots.txt", "", status=301, headers={"Location": "/real-robots.txt"})
    server.page("/real-robots.txt", "User-agent: *\nDisallow: /\n", content_type="text/plain")
    with pytest.raises(RobotsDisallowedError):
        await get(server.url("/page"))


# --- politeness limits, measured on the server ---------------------------------------------------


async def test_per_host_concurrency_held_exactly(server: FetchServer) -> None:
    server.route("/hold", _slow(0.15))
    async with AsyncFetcher(fast(per_host_concurrency=3)) as fetcher:
        await asyncio.gather(*(fetcher.fetch(server.url(f"/hold?{i}")) for i in range(9)))
    assert server.state.max_in_flight["127.0.0.1"] == 3


async def test_global_concurrency_held_across_hosts(server: FetchServer) -> None:
    server.route("/hold", _slow(0.15))
    urls = [server.url(f"/hold?{i}", host=h) for i in range(6) for h in ("127.0.0.1", "localhost")]
    async with AsyncFetcher(fast(per_host_concurrency=3, global_concurrency=4)) as fetcher:
        await asyncio.gather(*(fetcher.fetch(u) for u in urls))
    assert server.state.max_total_in_flight == 4
    assert max(server.state.max_in_flight.values()) <= 3


@pytest.mark.usefixtures("without_gc_pauses")
async def test_per_host_delay_between_request_starts(server: FetchServer) -> None:
    server.page("/p", article())
    server.page("/warm-up", article())
    async with AsyncFetcher(fast(per_host_delay=0.15)) as fetcher:
        # robots.txt and the connection first: their set-up would delay the first arrival
        await fetcher.fetch(server.url("/warm-up"))
        await asyncio.gather(*(fetcher.fetch(server.url(f"/p?{i}")) for i in range(5)))
    gaps = page_gaps(server, "/p")
    assert len(gaps) == 4
    assert_spaced(gaps, 0.15)


async def test_retry_after_holds_back_the_whole_host(server: FetchServer) -> None:
    server.route(
        "/busy",
        _sequence(
            lambda h: h.reply(429, "", headers={"Retry-After": "1"}),
            lambda h: h.reply(200, article()),
        ),
    )
    server.route("/other", _slow(0))
    async with AsyncFetcher(fast()) as fetcher:
        busy = asyncio.create_task(fetcher.fetch(server.url("/busy")))
        await asyncio.sleep(0.2)  # the 429 has arrived
        started = time.monotonic()
        await fetcher.fetch(server.url("/other"))
        assert time.monotonic() - started >= 0.6
        await busy


# --- private addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
async def test_private_addresses_can_be_refused(server: FetchServer, host: str) -> None:
    server.page("/a", article())
    with pytest.raises(BlockedAddressError) as info:
        await get(server.url("/a", host=host), allow_private_addresses=False)
    assert info.value.address == "127.0.0.1"
    assert info.value.url == server.url("/a", host=host)
    assert server.arrivals == []


# --- HTTP cache ----------------------------------------------------------------------------------


async def test_cache_revalidates_with_etag(server: FetchServer, tmp_path: Path) -> None:
    def route(handler: Handler) -> None:
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.reply(304, b"", content_type=None, headers={"ETag": '"v1"'})
        else:
            handler.reply(200, article("Cached body."), headers={"ETag": '"v1"'})

    server.route("/etag", route)
    first = await get(server.url("/etag"), cache_dir=tmp_path)
    second = await get(server.url("/etag"), cache_dir=tmp_path)  # a new fetcher: a rerun
    assert not first.from_cache
    assert second.from_cache
    assert second.text == first.text
    hits = server.hits("/etag")
    assert len(hits) == 2
    assert hits[1].headers.get("if-none-match") == '"v1"'


async def test_cache_serves_fresh_entries_without_a_request(
    server: FetchServer, tmp_path: Path
) -> None:
    body = gzip_bytes(article("Fresh.").encode())
    server.page(
        "/fresh", body, headers={"Cache-Control": "max-age=600", "Content-Encoding": "gzip"}
    )
    settings = fast(cache_dir=tmp_path, per_host_delay=5, respect_robots=False)
    async with AsyncFetcher(settings) as fetcher:
        first = await fetcher.fetch(server.url("/fresh"))
        started = time.monotonic()
        second = await fetcher.fetch(server.url("/fresh"))
        assert time.monotonic() - started < 1  # no politeness wait for a cache hit
    assert second.from_cache and not first.from_cache
    assert "Fresh." in second.text
    assert len(server.hits("/fresh")) == 1


async def test_cache_replay_mode_serves_without_the_server(
    server: FetchServer, tmp_path: Path
) -> None:
    url = server.page("/nostore", article("Replayed."), headers={"Cache-Control": "no-cache"})
    await get(url, cache_dir=tmp_path, cache_mode="replay")
    server.page("/nostore", "gone", status=500)
    replayed = await get(url, cache_dir=str(tmp_path), cache_mode="replay")
    assert replayed.from_cache
    assert "Replayed." in replayed.text
    assert len(server.hits("/nostore")) == 1
