"""`AsyncFetcher` and the sync `fetch`: one URL in, one `FetchResult` (or a typed error) out.

A fetch runs these stages, for every hop of a redirect chain:

1. URL check: absolute http(s) only (`InvalidURLError`).
2. robots.txt (`RobotsPolicy`, on by default): the origin's rules are fetched once per `robots_ttl`
   (through the same client, so with the same limits and cache); a disallowed URL raises
   `RobotsDisallowedError` without a request. Its Crawl-delay becomes the host's delay when larger.
3. The request, through the client's transport stack, from the top:
   a. HTTP cache (`cache_transport`, when `cache_dir` is set): a fresh hit answers here;
   b. rate limit (`RateLimitTransport`): per-host and global concurrency, per-host delay;
   c. network (`HostPoolTransport`: one `httpx.AsyncHTTPTransport` pool per origin, HTTP/2 when
      offered, keep-alive, connect/read timeouts; `GuardedBackend` refuses private addresses
      when asked to).
   The cache sits above the limiter so that cache hits never wait for a politeness slot.
4. The response: a 3xx with Location is a hop (recorded, max `max_redirects`, then back to 1);
   another non-2xx raises `HTTPStatusError`; a declared non-HTML type raises
   `UnsupportedContentTypeError` before the body is read; the body is streamed with the size and
   decompression guards (`read_body`), and an undeclared type is sniffed.
5. Retry (`RetryPolicy`) wraps 3-4 for one hop: connection errors, timeouts, 408/429/5xx are tried
   again after a backoff or the server's Retry-After (which also holds back the whole host).
6. Decoding: `scraper.decode.decode_html` with the Content-Type header.

The whole fetch runs under a `Deadline` of `total_timeout` seconds, paused while queued in (3b).
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import httpx

from scraper.decode import decode_html
from scraper.errors import NotHTMLError

from .addresses import guarded_transport
from .body import (
    ACCEPT_ENCODING,
    HTML_TYPES,
    check_declared_type,
    media_type,
    read_body,
    sniff_media_type,
)
from .cache import cache_extensions, cache_info, cache_transport
from .deadline import Deadline
from .errors import (
    ConnectionFailedError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InvalidURLError,
    TooManyRedirectsError,
    UnsupportedContentTypeError,
)
from .pool import HostPoolTransport
from .ratelimit import DEADLINE_EXTENSION, HostLimiter, RateLimitTransport, host_key
from .result import RELEVANT_HEADERS, FetchResult, RedirectHop, Timings
from .retry import RetryPolicy, parse_retry_after
from .robots import MAX_ROBOTS_BYTES, RobotsFile, RobotsPolicy
from .settings import FetchSettings

__all__ = ["AsyncFetcher", "fetch"]

ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_REDIRECTS = 5  # RFC 9309 section 2.3.1.2

_T = TypeVar("_T")

# The deadline of the fetch being run, for the robots.txt fetch that `RobotsPolicy` triggers.
_DEADLINE: ContextVar[Deadline | None] = ContextVar("scraper_fetch_deadline", default=None)


@dataclass(slots=True)
class _Trace:
    """What one fetch spent (seconds) and how many attempts its last hop took."""

    network: float = 0.0
    retry_wait: float = 0.0
    attempts: int = 0


@dataclass(frozen=True, slots=True)
class _Redirect:
    location: str
    status: int


@dataclass(frozen=True, slots=True)
class _Page:
    status: int
    headers: httpx.Headers
    content: bytes
    content_type: str
    http_version: str
    from_cache: bool


@dataclass(frozen=True, slots=True)
class _Followed:
    """The end of a redirect chain: the page, where it was, and the hops to it."""

    page: _Page
    final_url: str
    chain: tuple[RedirectHop, ...]


class AsyncFetcher:
    """Fetches HTML pages politely: ``async with AsyncFetcher(settings) as f: await f.fetch(url)``.

    One fetcher holds the connection pools (one per origin), the robots.txt cache and the
    per-host limits: share it between all the fetches of a run. `transport` replaces the network
    layer (tests pass an `httpx.MockTransport`); the rate limit and cache still wrap it.
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings = settings or FetchSettings()
        self.limiter = HostLimiter(
            per_host_concurrency=settings.per_host_concurrency,
            global_concurrency=settings.global_concurrency,
            per_host_delay=settings.per_host_delay,
        )
        self.retry_policy = RetryPolicy(
            retries=settings.retries,
            backoff=settings.retry_backoff,
            jitter=settings.retry_jitter,
            max_wait=settings.retry_max_wait,
        )
        self.robots: RobotsPolicy | None = None
        if settings.respect_robots:
            self.robots = RobotsPolicy(
                self._fetch_robots, token=settings.robots_token, ttl=settings.robots_ttl
            )
        self._user_agent = settings.effective_user_agent
        self._ssl_context: ssl.SSLContext | None = None
        self._client = httpx.AsyncClient(
            transport=self._build_transport(transport),
            timeout=httpx.Timeout(
                connect=settings.connect_timeout,
                read=settings.read_timeout,
                write=settings.read_timeout,
                pool=settings.total_timeout,
            ),
            headers={
                "User-Agent": self._user_agent,
                "Accept": ACCEPT,
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            follow_redirects=False,
            max_redirects=ROBOTS_MAX_REDIRECTS,
            trust_env=False,
        )

    def _build_transport(
        self, network: httpx.AsyncBaseTransport | None
    ) -> httpx.AsyncBaseTransport:
        settings = self.settings
        if network is None:
            network = HostPoolTransport(self._origin_pool)
        transport: httpx.AsyncBaseTransport = RateLimitTransport(network, self.limiter)
        if settings.cache_dir is not None:
            transport = cache_transport(
                transport, cache_dir=Path(settings.cache_dir), mode=settings.cache_mode
            )
        return transport

    def _origin_pool(self) -> httpx.AsyncBaseTransport:
        """The connection pool of one origin (see `HostPoolTransport`)."""
        settings = self.settings
        size = min(settings.per_host_concurrency, settings.global_concurrency)
        limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
        if self._ssl_context is None:  # loading the CA bundle takes ~10 ms: once per fetcher
            self._ssl_context = httpx.create_ssl_context()
        if settings.allow_private_addresses:
            return httpx.AsyncHTTPTransport(
                verify=self._ssl_context, http2=settings.http2, limits=limits
            )
        return guarded_transport(ssl_context=self._ssl_context, http2=settings.http2, limits=limits)

    async def __aenter__(self) -> AsyncFetcher:
        await self._client.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool and the cache."""
        await self._client.aclose()

    async def fetch(self, url: str) -> FetchResult:
        """Fetch the HTML page at `url`, following redirects; see the module docstring.

        Raises a `FetchError` subclass naming the URL and the reason on any failure.
        """
        started = time.perf_counter()
        deadline = Deadline(self.settings.total_timeout)
        trace = _Trace()
        try:
            async with deadline.running():
                followed = await self._follow(url, deadline, trace)
        except TimeoutError as exc:
            if not deadline.expired:
                raise
            raise FetchTimeoutError(
                f"no complete response within the total timeout of {self.settings.total_timeout}s",
                url=url,
                phase="total",
            ) from exc
        page = followed.page
        decode_started = time.perf_counter()
        try:
            decoded = decode_html(page.content, content_type=page.headers.get("content-type"))
        except NotHTMLError as exc:
            raise UnsupportedContentTypeError(
                f"declared {page.content_type!r} but the body is not HTML: {exc.message}",
                url=followed.final_url,
                content_type=page.content_type,
            ) from exc
        finished = time.perf_counter()
        return FetchResult(
            url=url,
            final_url=followed.final_url,
            status=page.status,
            redirects=followed.chain,
            headers={k: page.headers[k] for k in RELEVANT_HEADERS if k in page.headers},
            content_type=page.content_type,
            encoding=decoded.encoding,
            encoding_source=decoded.source,
            text=decoded.text,
            content=page.content,
            http_version=page.http_version,
            attempts=trace.attempts,
            from_cache=page.from_cache,
            timings=Timings(
                total_ms=(finished - started) * 1000,
                queued_ms=deadline.paused_seconds * 1000,
                network_ms=max(0.0, trace.network - deadline.paused_seconds) * 1000,
                retry_wait_ms=trace.retry_wait * 1000,
                decode_ms=(finished - decode_started) * 1000,
            ),
            response_headers=tuple(page.headers.multi_items()),
        )

    async def _follow(self, url: str, deadline: Deadline, trace: _Trace) -> _Followed:
        """Stages 1-5 for each hop, until a page."""
        chain: list[RedirectHop] = []
        current = _check_url(url, requested=url)
        while True:
            await self._check_robots(current, deadline, trace)
            outcome = await self._with_retries(
                current, partial(self._attempt, current, deadline, trace), deadline, trace
            )
            if isinstance(outcome, _Page):
                return _Followed(outcome, current, tuple(chain))
            chain.append(RedirectHop(current, outcome.status))
            if len(chain) > self.settings.max_redirects:
                visited = tuple(hop.url for hop in chain)
                loop = " (a redirect loop)" if len(set(visited)) < len(visited) else ""
                raise TooManyRedirectsError(
                    f"more than {self.settings.max_redirects} redirects{loop}",
                    url=url,
                    chain=visited,
                )
            current = _check_url(outcome.location, requested=url)

    async def _check_robots(self, url: str, deadline: Deadline, trace: _Trace) -> None:
        """Stage 2: raise unless robots.txt allows `url`; apply its Crawl-delay to the host."""
        robots = self.robots
        if robots is None:
            return
        rules = robots.cached_rules(url)
        if rules is None:  # first visit to the origin, or expired: fetch robots.txt
            started = time.perf_counter()
            token = _DEADLINE.set(deadline)
            try:
                fetched = await self._with_retries(
                    url, partial(robots.rules_for, url), deadline, trace
                )
            except FetchError as exc:  # report it against the page, naming robots.txt
                exc.message = f"fetching robots.txt: {exc.message}"
                exc.url = url
                raise
            finally:
                _DEADLINE.reset(token)
                trace.network += time.perf_counter() - started
            rules = fetched
            crawl_delay = rules.crawl_delay(robots.token)
            if crawl_delay is not None:
                crawl_delay = min(crawl_delay, self.settings.max_crawl_delay)
            self.limiter.set_crawl_delay(host_key(httpx.URL(url)), crawl_delay)
        robots.verdict(rules, url)

    async def _fetch_robots(self, robots_url: str) -> RobotsFile:
        """The `RobotsPolicy` fetch function: GET robots.txt through the client (max 5 hops)."""
        extensions = {DEADLINE_EXTENSION: _DEADLINE.get()}
        request = self._client.build_request("GET", robots_url, extensions=extensions)
        with _map_httpx_errors(robots_url):
            try:
                response = await self._client.send(request, stream=True, follow_redirects=True)
            except httpx.TooManyRedirects:
                return RobotsFile(404, b"")  # RFC 9309 2.3.1.2: treat as unavailable
            try:
                if not 200 <= response.status_code < 300:
                    return RobotsFile(response.status_code, b"")
                body = await read_body(
                    response, max_bytes=MAX_ROBOTS_BYTES, url=robots_url, truncate=True
                )
                return RobotsFile(response.status_code, body)
            finally:
                await response.aclose()

    async def _with_retries(
        self, url: str, attempt: Callable[[], Awaitable[_T]], deadline: Deadline, trace: _Trace
    ) -> _T:
        """Stage 5: run `attempt` until it succeeds or `RetryPolicy` gives up.

        Counts the attempts in `trace`. A wait that would outlast the deadline is not started:
        the last error is raised at once.
        """
        number = 1
        while True:
            try:
                trace.attempts = number
                return await attempt()
            except FetchError as exc:
                if exc.url is None:
                    exc.url = url
                wait = self.retry_policy.wait_before_retry(exc, attempt=number)
                if wait is None or wait >= deadline.remaining():
                    raise
                if isinstance(exc, HTTPStatusError) and exc.retry_after is not None:
                    self.limiter.defer(host_key(httpx.URL(url)), exc.retry_after)
                await asyncio.sleep(wait)
                trace.retry_wait += wait
                number += 1

    async def _attempt(self, url: str, deadline: Deadline, trace: _Trace) -> _Page | _Redirect:
        """Stages 3-4, once: a redirect to follow, or a page with its body read."""
        started = time.perf_counter()
        extensions: dict[str, Any] = {**cache_extensions(url), DEADLINE_EXTENSION: deadline}
        request = self._client.build_request("GET", url, extensions=extensions)
        try:
            with _map_httpx_errors(url):
                response = await self._client.send(request, stream=True)
                try:
                    return await self._read(url, response)
                finally:
                    await response.aclose()
        finally:
            trace.network += time.perf_counter() - started

    async def _read(self, url: str, response: httpx.Response) -> _Page | _Redirect:
        """Stage 4: classify the response and read the body of a page."""
        status = response.status_code
        headers = response.headers
        if status in REDIRECT_STATUSES and "location" in headers:
            return _Redirect(str(response.url.join(headers["location"])), status)
        if not 200 <= status < 300:
            raise HTTPStatusError(
                f"HTTP {status} {response.reason_phrase}".rstrip(),
                url=url,
                status=status,
                retry_after=parse_retry_after(headers.get("retry-after")),
            )
        declared = headers.get("content-type")
        must_sniff = check_declared_type(declared, url=url)
        content = await read_body(response, max_bytes=self.settings.max_body_bytes, url=url)
        content_type = media_type(declared)
        if must_sniff:
            content_type = sniff_media_type(content)
            if content_type not in HTML_TYPES:
                raise UnsupportedContentTypeError(
                    f"no content type declared and the body looks like {content_type}",
                    url=url,
                    content_type=content_type,
                )
        return _Page(
            status=status,
            headers=headers,
            content=content,
            content_type=content_type,
            http_version=response.http_version,
            from_cache=cache_info(response).from_cache,
        )


def fetch(url: str, *, settings: FetchSettings | None = None) -> FetchResult:
    """Fetch one page synchronously (a fresh `AsyncFetcher` in a fresh event loop).

    For many pages, use one `AsyncFetcher`: it keeps connections, robots.txt and limits.
    Cannot be called from a running event loop.
    """

    async def run() -> FetchResult:
        async with AsyncFetcher(settings) as fetcher:
            return await fetcher.fetch(url)

    return asyncio.run(run())


def _check_url(url: str, *, requested: str) -> str:
    """Stage 1: `url` if it is an absolute http(s) URL with a host, else `InvalidURLError`."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidURLError(f"malformed URL {url!r}: {exc}", url=requested) from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        what = "redirect to" if url != requested else "URL"
        raise InvalidURLError(f"cannot fetch {what} {url!r}: not an http(s) URL", url=requested)
    return str(parsed)


@contextmanager
def _map_httpx_errors(url: str) -> Iterator[None]:
    """Turn httpx's exceptions into ours."""
    try:
        yield
    except httpx.TimeoutException as exc:
        phase = {
            httpx.ConnectTimeout: "connect",
            httpx.ReadTimeout: "read",
            httpx.WriteTimeout: "write",
            httpx.PoolTimeout: "pool",
        }.get(type(exc), "read")
        message = f"{phase} timeout: {exc or type(exc).__name__}"
        raise FetchTimeoutError(message, url=url, phase=phase) from exc
    except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
        raise ConnectionFailedError(f"{type(exc).__name__}: {exc}", url=url) from exc
    except httpx.UnsupportedProtocol as exc:
        raise InvalidURLError(str(exc), url=url) from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}", url=url) from exc
