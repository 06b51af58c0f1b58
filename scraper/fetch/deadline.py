"""`Deadline`: the total time budget of one fetch, with pauses while it waits in a queue.

Every network call already has its own connect/read timeout, but a server that trickles one byte
per second never trips a read timeout. The deadline is the backstop: one `asyncio.timeout` around
the whole fetch (robots.txt, every redirect hop, every retry and backoff sleep). Waiting for a
politeness slot is our own doing, not the server's, so the rate limiter pauses the clock while it
waits: a batch of 1,000 URLs on one host does not time out in the queue.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

__all__ = ["Deadline"]


class Deadline:
    """A time budget in seconds, enforced by `running()` and suspended by `paused()`."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.paused_seconds = 0.0
        self._timeout: asyncio.Timeout | None = None  # while running
        self._ran: asyncio.Timeout | None = None

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Cancel the body when the budget is spent; raises `TimeoutError` then."""
        async with asyncio.timeout(self.seconds) as timeout:
            self._timeout = self._ran = timeout
            try:
                yield
            finally:
                self._timeout = None

    @property
    def expired(self) -> bool:
        """True once the budget ran out (the body is being, or was, cancelled)."""
        return self._ran is not None and self._ran.expired()

    def remaining(self) -> float:
        """Seconds left; infinite outside `running()`."""
        timeout = self._timeout
        when = timeout.when() if timeout is not None else None
        if when is None:
            return float("inf")
        return max(0.0, when - asyncio.get_running_loop().time())

    @asynccontextmanager
    async def paused(self) -> AsyncIterator[None]:
        """Stop the clock for the body (a wait in our own queue), then restart it."""
        timeout = self._timeout
        started = time.perf_counter()
        if timeout is None or timeout.expired() or timeout.when() is None:
            try:
                yield
            finally:
                self.paused_seconds += time.perf_counter() - started
            return
        remaining = self.remaining()
        timeout.reschedule(None)
        try:
            yield
        finally:
            self.paused_seconds += time.perf_counter() - started
            if not timeout.expired():
                timeout.reschedule(asyncio.get_running_loop().time() + remaining)
