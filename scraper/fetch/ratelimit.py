"""Politeness: per-host and global concurrency, and a minimum interval between request starts.

`HostLimiter` is the policy and knows nothing about HTTP; `RateLimitTransport` applies it to every
request that reaches the network (below the HTTP cache, so cache hits are free).

A request to a host waits, in this order, for:

1. a per-host slot (`asyncio.Semaphore(per_host_concurrency)`);
2. the host's next allowed start time: the previous start + the host's delay, which is
   ``max(per_host_delay, robots.txt Crawl-delay)``, and any Retry-After the host sent (`defer`);
3. a global slot (`asyncio.Semaphore(global_concurrency)`), taken last so that a request waiting
   out a per-host delay does not hold one.

Slots are held until the response body is closed, so "concurrent" means requests in flight.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx

from .deadline import Deadline
from .pool import with_on_close

__all__ = ["DEADLINE_EXTENSION", "HostLimiter", "RateLimitTransport", "Slot", "host_key"]

# The request extension carrying the fetch's `Deadline`, paused while the request is queued.
DEADLINE_EXTENSION = "scraper.deadline"


def host_key(url: httpx.URL) -> str:
    """The key requests are limited by: the lower-cased host name (ports share a host)."""
    return url.host.lower()


@dataclass(slots=True)
class _HostState:
    semaphore: asyncio.Semaphore
    delay: float
    next_start: float = 0.0
    blocked_until: float = 0.0


class Slot:
    """A granted request slot; `release()` is idempotent."""

    __slots__ = ("_released", "_releases")

    def __init__(self, releases: tuple[asyncio.Semaphore, ...]) -> None:
        self._releases = releases
        self._released = False

    def release(self) -> None:
        """Give the per-host and global slots back."""
        if not self._released:
            self._released = True
            for semaphore in self._releases:
                semaphore.release()


class HostLimiter:
    """Per-host and global concurrency limits and per-host minimum delay between request starts."""

    def __init__(
        self,
        *,
        per_host_concurrency: int,
        global_concurrency: int,
        per_host_delay: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_host_concurrency = per_host_concurrency
        self.per_host_delay = per_host_delay
        self._global = asyncio.Semaphore(global_concurrency)
        self._hosts: dict[str, _HostState] = {}
        self._clock = clock

    def _state(self, host: str) -> _HostState:
        state = self._hosts.get(host)
        if state is None:
            state = _HostState(asyncio.Semaphore(self.per_host_concurrency), self.per_host_delay)
            self._hosts[host] = state
        return state

    def set_crawl_delay(self, host: str, seconds: float | None) -> None:
        """Use robots.txt's Crawl-delay for `host` when it is larger than the per-host delay."""
        self._state(host).delay = max(self.per_host_delay, seconds or 0.0)

    def delay_for(self, host: str) -> float:
        """The current minimum interval between request starts on `host`."""
        state = self._hosts.get(host)
        return state.delay if state else self.per_host_delay

    def defer(self, host: str, seconds: float) -> None:
        """Start no request to `host` for `seconds` (the server's Retry-After)."""
        state = self._state(host)
        state.blocked_until = max(state.blocked_until, self._clock() + seconds)

    async def acquire(self, host: str) -> Slot:
        """Wait for a slot for one request to `host`; release it when the response is done."""
        state = self._state(host)
        await state.semaphore.acquire()
        try:
            while True:
                now = self._clock()
                start = max(state.next_start, state.blocked_until)
                if start > now:
                    await asyncio.sleep(start - now)
                    continue
                await self._global.acquire()
                now = self._clock()
                if now >= max(state.next_start, state.blocked_until):
                    # Reserved with no await since the check: concurrent acquirers cannot both pass.
                    state.next_start = now + state.delay
                    return Slot((self._global, state.semaphore))
                self._global.release()  # deferred or overtaken while waiting for a global slot
        except BaseException:
            state.semaphore.release()
            raise

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        """`acquire` as a context manager: the body is one request to `host`."""
        granted = await self.acquire(host)
        try:
            yield
        finally:
            granted.release()


class RateLimitTransport(httpx.AsyncBaseTransport):
    """Holds every request until `HostLimiter` grants it a slot, until its body is closed.

    The fetch's `Deadline`, passed in the request extension `DEADLINE_EXTENSION`, is paused while
    the request waits.
    """

    def __init__(self, transport: httpx.AsyncBaseTransport, limiter: HostLimiter) -> None:
        self._transport = transport
        self.limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` once the limiter lets it through."""
        deadline = request.extensions.get(DEADLINE_EXTENSION)
        host = host_key(request.url)
        if isinstance(deadline, Deadline):
            async with deadline.paused():
                slot = await self.limiter.acquire(host)
        else:
            slot = await self.limiter.acquire(host)
        try:
            response = await self._transport.handle_async_request(request)
        except BaseException:
            slot.release()
            raise
        return with_on_close(response, slot.release)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._transport.aclose()
