"""`HostPoolTransport`: one connection pool per origin, each as large as the per-host limit.

httpcore's pool scans every connection it holds for each request it places (and polls each idle
socket to see whether the server closed it), so one big pool for all hosts costs more per request
the more hosts a run touches. Small pools per origin keep that scan as short as the per-host
concurrency. Pools that have been idle longest are closed once more than `max_pools` exist, so a
crawl over many hosts does not keep a socket open to each of them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Callable

import httpx

__all__ = ["HostPoolTransport", "OnCloseStream"]

Origin = tuple[str, str, int | None]


class OnCloseStream(httpx.AsyncByteStream):
    """A response body that calls `on_close` (once) when it is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, on_close: Callable[[], None]) -> None:
        self._stream = stream
        self._on_close: Callable[[], None] | None = on_close

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        """Close the wrapped stream, then call `on_close`."""
        try:
            await self._stream.aclose()
        finally:
            on_close, self._on_close = self._on_close, None
            if on_close is not None:
                on_close()


def with_on_close(response: httpx.Response, on_close: Callable[[], None]) -> httpx.Response:
    """`response` with a body that calls `on_close` when closed."""
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):  # pragma: no cover - sync transports
        on_close()
        return response
    return httpx.Response(
        status_code=response.status_code,
        headers=response.headers,
        stream=OnCloseStream(stream, on_close),
        extensions=response.extensions,
    )


class HostPoolTransport(httpx.AsyncBaseTransport):
    """Routes each request to the pool of its origin (scheme, host, port), made by `factory`."""

    def __init__(
        self, factory: Callable[[], httpx.AsyncBaseTransport], *, max_pools: int = 256
    ) -> None:
        self._factory = factory
        self.max_pools = max_pools
        self._pools: OrderedDict[Origin, httpx.AsyncBaseTransport] = OrderedDict()
        self._busy: dict[Origin, int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` through its origin's pool."""
        url = request.url
        origin: Origin = (url.scheme, url.host, url.port)
        self._busy[origin] = self._busy.get(origin, 0) + 1  # before _evict: never this one

        def done() -> None:
            self._busy[origin] -= 1

        try:
            pool = self._pools.get(origin)
            if pool is None:
                pool = self._pools[origin] = self._factory()
                await self._evict()
            else:
                self._pools.move_to_end(origin)
            response = await pool.handle_async_request(request)
        except BaseException:
            done()
            raise
        return with_on_close(response, done)

    async def _evict(self) -> None:
        """Close the least recently used idle pools beyond `max_pools`."""
        excess = len(self._pools) - self.max_pools
        for origin in list(self._pools):
            if excess <= 0:
                return
            if self._busy.get(origin, 0) == 0:
                pool = self._pools.pop(origin)
                self._busy.pop(origin, None)
                excess -= 1
                await pool.aclose()

    async def aclose(self) -> None:
        """Close every pool."""
        pools = list(self._pools.values())
        self._pools.clear()
        for pool in pools:
            await pool.aclose()
