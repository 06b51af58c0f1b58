"""Each fetch policy alone, without a server: retry, rate limit, robots, deadline, body guards,
address checks, settings, and the public names of `scraper.fetch`."""

from __future__ import annotations

import asyncio
import gzip
import itertools
import random
import time
import zlib
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import brotli  # type: ignore[import-untyped]
import httpx
import pytest

import scraper.fetch
from scraper.errors import FetchError, ScraperError
from scraper.fetch import (
    AsyncFetcher,
    ConnectionFailedError,
    ContentDecodingError,
    Deadline,
    DecompressionBombError,
    FetchSettings,
    FetchTimeoutError,
    HostLimiter,
    HTTPStatusError,
    ResponseTooLargeError,
    RetryPolicy,
    RobotsDisallowedError,
    RobotsFile,
    RobotsPolicy,
    RobotsRules,
    TooManyRedirectsError,
    UnsupportedContentTypeError,
    default_user_agent,
    is_public_address,
    parse_retry_after,
    read_body,
    sniff_media_type,
)
from scraper.fetch.body import check_declared_type, make_decoder
from scraper.fetch.pool import HostPoolTransport
from scraper.fetch.robots import robots_url
from tests.fetch_server import brotli_bomb, gzip_bomb

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --- public surface ------------------------------------------------------------------------------


def test_all_is_sorted_and_complete() -> None:
    names = scraper.fetch.__all__
    assert list(names) == sorted(names)
    for name in names:
        assert hasattr(scraper.fetch, name), name


def test_errors_are_fetch_errors_with_url_and_stage() -> None:
    error = HTTPStatusError("HTTP 404", url="http://x.test/", status=404)
    assert isinstance(error, FetchError)
    assert isinstance(error, ScraperError)
    assert error.stage == "fetch"
    assert error.url == "http://x.test/"
    assert "http://x.test/" in str(error)
    assert issubclass(DecompressionBombError, ResponseTooLargeError)
    for cls in (TooManyRedirectsError, UnsupportedContentTypeError, RobotsDisallowedError):
        assert issubclass(cls, FetchError)


# --- settings ------------------------------------------------------------------------------------


def test_default_user_agent_names_the_project_and_contact() -> None:
    assert default_user_agent().startswith("scraper/")
    agent = default_user_agent("https://example.org/bot")
    assert agent.startswith("scraper/") and agent.endswith("(+https://example.org/bot)")
    settings = FetchSettings(contact_url="https://example.org/bot")
    assert settings.effective_user_agent == agent
    assert settings.robots_token == "scraper"
    assert FetchSettings(user_agent="MyBot/2.0 (+x)").robots_token == "MyBot"


def test_settings_defaults_are_polite_and_validated() -> None:
    settings = FetchSettings()
    assert settings.respect_robots
    assert settings.allow_private_addresses
    assert settings.cache_dir is None
    with pytest.raises(ValueError, match="total_timeout"):
        FetchSettings(total_timeout=0)
    with pytest.raises(ValueError, match="retries"):
        FetchSettings(retries=-1)
    with pytest.raises(ValueError, match="retry_jitter"):
        FetchSettings(retry_jitter=2)


# --- retry ---------------------------------------------------------------------------------------


def test_parse_retry_after_seconds_and_http_date() -> None:
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(" 3 ") == 3.0
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(later, now=now) == 90.0
    earlier = format_datetime(now - timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(earlier, now=now) == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("-5") is None


def _policy(**kwargs: float) -> RetryPolicy:
    options: dict[str, float] = {"retries": 3, "backoff": 1.0, "jitter": 0.0, "max_wait": 5.0}
    options.update(kwargs)
    return RetryPolicy(
        retries=int(options["retries"]),
        backoff=options["backoff"],
        jitter=options["jitter"],
        max_wait=options["max_wait"],
        rng=random.Random(1),
    )


def test_retry_backoff_is_exponential_and_capped() -> None:
    policy = _policy()
    error = ConnectionFailedError("reset")
    waits = [policy.wait_before_retry(error, attempt=n) for n in (1, 2, 3, 4)]
    assert waits == [1.0, 2.0, 4.0, None]  # 3 retries, then give up
    assert _policy(retries=10).wait_before_retry(error, attempt=5) == 5.0  # 16 capped at 5


def test_retry_jitter_spreads_within_bounds() -> None:
    policy = _policy(jitter=0.5)
    waits = {policy.backoff_delay(2) for _ in range(200)}
    assert all(1.0 <= w <= 3.0 for w in waits)
    assert len(waits) > 100


def test_retry_classification() -> None:
    policy = _policy()
    retried = [
        ConnectionFailedError("reset"),
        FetchTimeoutError("read", phase="read"),
        HTTPStatusError("429", status=429),
        HTTPStatusError("503", status=503),
        HTTPStatusError("500", status=500),
    ]
    for error in retried:
        assert policy.wait_before_retry(error, attempt=1) is not None, error
    not_retried = [
        FetchTimeoutError("total", phase="total"),
        HTTPStatusError("404", status=404),
        HTTPStatusError("410", status=410),
        HTTPStatusError("501", status=501),
        UnsupportedContentTypeError("pdf"),
        ResponseTooLargeError("big"),
        RobotsDisallowedError("no"),
    ]
    for error in not_retried:
        assert policy.wait_before_retry(error, attempt=1) is None, error


def test_retry_after_replaces_backoff_and_is_capped() -> None:
    policy = _policy(max_wait=10)
    assert policy.wait_before_retry(HTTPStatusError("", status=429, retry_after=7), attempt=1) == 7
    # Longer than we are willing to wait: give up rather than come back early.
    assert (
        policy.wait_before_retry(HTTPStatusError("", status=429, retry_after=60), attempt=1) is None
    )


# --- rate limit ----------------------------------------------------------------------------------


async def _hammer(
    limiter: HostLimiter, hosts: list[str], hold: float
) -> tuple[dict[str, int], int]:
    """Run one task per host entry; return the max concurrency seen per host and overall."""
    current: dict[str, int] = {}
    peak: dict[str, int] = {}
    total = [0, 0]

    async def one(host: str) -> None:
        async with limiter.slot(host):
            current[host] = current.get(host, 0) + 1
            peak[host] = max(peak.get(host, 0), current[host])
            total[0] += 1
            total[1] = max(total[1], total[0])
            await asyncio.sleep(hold)
            current[host] -= 1
            total[0] -= 1

    await asyncio.gather(*(one(h) for h in hosts))
    return peak, total[1]


async def test_limiter_per_host_and_global_concurrency_exact() -> None:
    limiter = HostLimiter(per_host_concurrency=3, global_concurrency=5)
    peak, total = await _hammer(limiter, ["a"] * 10 + ["b"] * 10 + ["c"] * 10, hold=0.02)
    assert peak == {"a": 3, "b": 3, "c": 3}
    assert total == 5


async def test_limiter_min_delay_between_starts() -> None:
    limiter = HostLimiter(per_host_concurrency=4, global_concurrency=10, per_host_delay=0.05)
    starts: list[float] = []

    async def one() -> None:
        async with limiter.slot("h"):
            starts.append(time.monotonic())

    await asyncio.gather(*(one() for _ in range(5)))
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert all(gap >= 0.05 - 0.002 for gap in gaps), gaps


async def test_limiter_crawl_delay_wins_when_larger_and_defer() -> None:
    limiter = HostLimiter(per_host_concurrency=1, global_concurrency=1, per_host_delay=0.2)
    limiter.set_crawl_delay("h", 0.05)
    assert limiter.delay_for("h") == 0.2
    limiter.set_crawl_delay("h", 1.5)
    assert limiter.delay_for("h") == 1.5
    assert limiter.delay_for("other") == 0.2
    limiter.defer("d", 0.1)
    started = time.monotonic()
    async with limiter.slot("d"):
        assert time.monotonic() - started >= 0.09


async def test_limiter_releases_on_cancel() -> None:
    limiter = HostLimiter(per_host_concurrency=1, global_concurrency=1, per_host_delay=10)
    async with limiter.slot("h"):
        pass
    waiter = asyncio.create_task(limiter.acquire("h"))  # waits out the 10 s delay
    await asyncio.sleep(0.01)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    async with asyncio.timeout(1):
        slot = await limiter.acquire("other")  # the global slot was not leaked
    slot.release()
    slot.release()  # idempotent


# --- deadline ------------------------------------------------------------------------------------


async def test_deadline_expires_and_pauses() -> None:
    deadline = Deadline(0.1)
    with pytest.raises(TimeoutError):
        async with deadline.running():
            await asyncio.sleep(1)
    assert deadline.paused_seconds == 0

    deadline = Deadline(0.1)
    async with deadline.running():
        async with deadline.paused():
            await asyncio.sleep(0.15)  # queued: not counted
        assert 0.05 < deadline.remaining() <= 0.1
        await asyncio.sleep(0.02)
    assert deadline.paused_seconds >= 0.15


# --- robots --------------------------------------------------------------------------------------

ROBOTS = b"""User-agent: *
Disallow: /private
Crawl-delay: 2

User-agent: scraper
Disallow: /no-scraper
Allow: /private/ok
Crawl-delay: 0.5
"""


def test_robots_rules_by_status() -> None:
    rules = RobotsRules.from_file(RobotsFile(200, ROBOTS))
    assert not rules.can_fetch("http://h/no-scraper/x", "scraper")
    assert rules.can_fetch("http://h/private/ok", "scraper")
    assert not rules.can_fetch("http://h/private", "otherbot")
    assert rules.crawl_delay("scraper") == 0.5
    assert rules.crawl_delay("otherbot") == 2
    assert RobotsRules.from_file(RobotsFile(404, b"")).can_fetch("http://h/x", "scraper")
    assert RobotsRules.from_file(RobotsFile(403, b"")).can_fetch("http://h/x", "scraper")
    assert not RobotsRules.from_file(RobotsFile(503, b"")).can_fetch("http://h/x", "scraper")
    bom = RobotsRules.from_file(RobotsFile(200, b"\xef\xbb\xbfUser-agent: *\nDisallow: /\n"))
    assert not bom.can_fetch("http://h/x", "scraper")


async def test_robots_policy_fetches_once_per_origin() -> None:
    calls: list[str] = []

    async def fetch(url: str) -> RobotsFile:
        calls.append(url)
        await asyncio.sleep(0.01)
        return RobotsFile(200, ROBOTS)

    policy = RobotsPolicy(fetch, token="scraper")
    delays = await asyncio.gather(*(policy.check(f"http://h.test/a{i}") for i in range(5)))
    assert delays == [0.5] * 5
    assert calls == ["http://h.test/robots.txt"]
    with pytest.raises(RobotsDisallowedError, match="disallows"):
        await policy.check("http://h.test/no-scraper/page")
    await policy.check("https://h.test:8443/x")
    assert calls[-1] == "https://h.test:8443/robots.txt"
    assert robots_url("http://u:p@h.test:81/a/b?c") == "http://u:p@h.test:81/robots.txt"


async def test_robots_policy_does_not_cache_network_errors_and_expires() -> None:
    answers: list[RobotsFile | Exception] = [
        ConnectionFailedError("reset"),
        RobotsFile(200, b"User-agent: *\nDisallow: /\n"),
        RobotsFile(404, b""),
    ]
    now = [0.0]

    async def fetch(url: str) -> RobotsFile:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    policy = RobotsPolicy(fetch, token="scraper", ttl=10, clock=lambda: now[0])
    with pytest.raises(ConnectionFailedError):
        await policy.check("http://h.test/")
    with pytest.raises(RobotsDisallowedError):
        await policy.check("http://h.test/")
    now[0] = 11  # expired: fetched again, now 404 = allow all
    assert await policy.check("http://h.test/") is None


# --- body ----------------------------------------------------------------------------------------


def test_declared_content_types() -> None:
    for ok in ("text/html", "text/html; charset=utf-8", "application/xhtml+xml", "TEXT/HTML"):
        assert check_declared_type(ok, url="u") is False
    for unknown in (None, "", "unknown/unknown", "application/unknown"):
        assert check_declared_type(unknown, url="u") is True
    for bad in ("application/pdf", "image/png", "application/json", "text/plain"):
        with pytest.raises(UnsupportedContentTypeError) as info:
            check_declared_type(bad, url="u")
        assert info.value.content_type == bad


def test_sniffing_undeclared_bodies() -> None:
    assert sniff_media_type(b"  <!DOCTYPE html><html>") == "text/html"
    assert sniff_media_type(b"\xef\xbb\xbf<html lang=en>") == "text/html"
    assert sniff_media_type(b"<p>just a paragraph</p>") == "text/html"
    assert sniff_media_type(b'<?xml version="1.0"?><html xmlns="x">') == "application/xhtml+xml"
    assert sniff_media_type(b'{"a": 1}') == "application/json"
    assert sniff_media_type(b"%PDF-1.7 ...") == "PDF document"
    assert sniff_media_type(b"\x89PNG\r\n\x1a\n....") == "PNG image"
    assert sniff_media_type(b"plain words") == "text/plain"


class _ChunkedStream(httpx.AsyncByteStream):
    def __init__(self, body: bytes, chunk: int) -> None:
        self._body = body
        self._chunk = chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for i in range(0, len(self._body), self._chunk):
            yield self._body[i : i + self._chunk]


def _response(body: bytes, headers: dict[str, str], chunk: int = 65536) -> httpx.Response:
    """A streamed response, delivered in wire-sized chunks."""
    return httpx.Response(200, headers=headers, stream=_ChunkedStream(body, chunk))


_WORDS = [
    "the",
    "a",
    "news",
    "city",
    "council",
    "vote",
    "budget",
    "school",
    "road",
    "river",
    "park",
    "mayor",
    "week",
    "year",
    "plan",
]
_RNG = random.Random(7)
# About as compressible as real HTML (gzip ~4x): random sentences from a small vocabulary.
PAGE = (
    "<html><body>"
    + "".join(f"<p>{' '.join(_RNG.choices(_WORDS, k=12))}.</p>" for _ in range(800))
    + "</body></html>"
).encode()


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", lambda d: gzip.compress(d)),
        ("deflate", zlib.compress),
        ("deflate", lambda d: zlib.compress(d)[2:-4]),  # raw deflate, as some servers send
        ("br", brotli.compress),
        ("gzip, br", lambda d: brotli.compress(gzip.compress(d))),
        ("identity", lambda d: d),
    ],
    ids=["gzip", "deflate", "raw-deflate", "br", "gzip+br", "identity"],
)
async def test_read_body_decodes(encoding: str, compress: Callable[[bytes], bytes]) -> None:
    body = compress(PAGE)
    response = _response(body, {"content-encoding": encoding})
    assert await read_body(response, max_bytes=10**6, url="u") == PAGE


async def test_read_body_size_limits() -> None:
    with pytest.raises(ResponseTooLargeError, match="Content-Length"):
        await read_body(_response(b"x", {"content-length": "5000"}), max_bytes=4000, url="u")
    with pytest.raises(ResponseTooLargeError) as info:
        await read_body(_response(b"x" * 5000, {}), max_bytes=4000, url="u")
    assert not isinstance(info.value, DecompressionBombError)
    # Compresses ~10x: over the limit once inflated, but not a bomb.
    with pytest.raises(ResponseTooLargeError) as info:
        await read_body(
            _response(gzip.compress(PAGE), {"content-encoding": "gzip"}), max_bytes=20_000, url="u"
        )
    assert not isinstance(info.value, DecompressionBombError)


@pytest.mark.parametrize("encoding", ["gzip", "br"])
async def test_read_body_bomb_stops_early(encoding: str) -> None:
    bomb = gzip_bomb() if encoding == "gzip" else brotli_bomb()
    assert len(bomb) < 100_000
    with pytest.raises(DecompressionBombError) as info:
        await read_body(
            _response(bomb, {"content-encoding": encoding}), max_bytes=1_000_000, url="u"
        )
    assert info.value.limit == 1_000_000


async def test_read_body_corrupt_and_unknown_encodings() -> None:
    with pytest.raises(ContentDecodingError, match="corrupt"):
        await read_body(
            _response(b"not gzip at all", {"content-encoding": "gzip"}), max_bytes=100, url="u"
        )
    with pytest.raises(ContentDecodingError, match="zstd"):
        make_decoder("zstd", url="u")


def test_decoder_output_is_bounded_per_step() -> None:
    decoder = make_decoder("gzip", url="u")
    pieces = decoder.feed(gzip.compress(b"\0" * (10 * 1024 * 1024)))
    first = next(iter(pieces))
    assert len(first) <= 64 * 1024


# --- addresses -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:8.8.8.8", True),
        ("224.0.0.1", False),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


async def test_read_body_truncates_when_asked() -> None:
    body = await read_body(_response(b"x" * 5000, {}), max_bytes=4000, url="u", truncate=True)
    assert body == b"x" * 4000
    bomb = _response(gzip_bomb(), {"content-encoding": "gzip"})
    assert len(await read_body(bomb, max_bytes=1000, url="u", truncate=True)) == 1000


# --- connection pools ----------------------------------------------------------------------------


async def test_host_pools_one_per_origin_and_idle_ones_evicted() -> None:
    made: list[str] = []
    closed: list[str] = []

    class Pool(httpx.AsyncBaseTransport):
        def __init__(self, name: str) -> None:
            self.name = name

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, content=self.name.encode())

        async def aclose(self) -> None:
            closed.append(self.name)

    def factory() -> httpx.AsyncBaseTransport:
        made.append(f"pool{len(made)}")
        return Pool(made[-1])

    transport = HostPoolTransport(factory, max_pools=2)
    kept_open = await transport.handle_async_request(httpx.Request("GET", "http://a.test/1"))
    for url in ("http://a.test/2", "http://b.test/", "https://a.test/", "http://c.test/"):
        response = await transport.handle_async_request(httpx.Request("GET", url))
        await response.aclose()
    # a.test (http) had a response open, so the idle b.test and https://a.test pools went first.
    assert made == ["pool0", "pool1", "pool2", "pool3"]
    assert closed == ["pool1", "pool2"]
    await kept_open.aclose()
    await transport.aclose()
    assert sorted(closed) == ["pool0", "pool1", "pool2", "pool3"]


# --- the fetcher over a mock transport -----------------------------------------------------------


async def test_fetcher_over_a_mock_transport() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if len(seen) == 2:
            return httpx.Response(503, headers={"Retry-After": "0"})
        return httpx.Response(200, html="<html><body><p>Mocked.</p></body></html>")

    settings = FetchSettings(per_host_delay=0, retry_backoff=0.01)
    async with AsyncFetcher(settings, transport=httpx.MockTransport(handler)) as fetcher:
        result = await fetcher.fetch("https://news.example/story")
    assert "Mocked." in result.text
    assert result.attempts == 2
    assert seen == ["/robots.txt", "/story", "/story"]


async def test_host_pools_never_evict_a_busy_or_new_pool() -> None:
    closed: list[int] = []

    class Pool(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        async def aclose(self) -> None:
            closed.append(1)

    transport = HostPoolTransport(Pool, max_pools=1)
    first = await transport.handle_async_request(httpx.Request("GET", "http://a.test/"))
    second = await transport.handle_async_request(httpx.Request("GET", "http://b.test/"))
    assert closed == []  # over the limit, but both pools are in use
    await first.aclose()
    await second.aclose()
    await transport.aclose()
    assert len(closed) == 2


def test_sniffio_is_installed() -> None:
    """httpcore imports sniffio inside every lock it sets up; when it is missing, each failed
    import walks sys.path (~65 us, many times per request), halving fetch throughput."""
    import sniffio

    assert sniffio.current_async_library
