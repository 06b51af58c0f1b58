"""The HTTP cache on disk: hishel's transport over one SQLite file in `FetchSettings.cache_dir`.

It sits above `RateLimitTransport`, so a fresh cache hit costs no politeness slot; revalidations
(conditional requests with If-None-Match / If-Modified-Since) do go through the limiter.

Modes (`FetchSettings.cache_mode`):

- ``"http"``: RFC 9111 as a private cache: fresh entries are served, stale ones revalidated
  (a 304 serves the stored body), uncacheable responses (no-store, 5xx ...) are not stored;
- ``"replay"``: any stored GET response is served without asking the server (offline replays,
  reruns after a crash); a miss is fetched and stored.

Both modes key entries by URL alone (`cache_key`), so a run in one mode finds the other's entries.
The body is stored as it came on the wire (still compressed), so the size and bomb guards of
`scraper.fetch.body` apply to cached responses too.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import httpx
from hishel import AsyncSqliteStorage, CacheOptions
from hishel.httpx import AsyncCacheTransport

from .settings import CacheMode

__all__ = ["CACHE_FILE_NAME", "CacheInfo", "cache_extensions", "cache_info", "cache_transport"]

CACHE_FILE_NAME = "http-cache.sqlite3"


def cache_transport(
    transport: httpx.AsyncBaseTransport, *, cache_dir: Path, mode: CacheMode
) -> httpx.AsyncBaseTransport:
    """Wrap `transport` in an on-disk HTTP cache stored under `cache_dir` (created if needed)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    storage = AsyncSqliteStorage(database_path=cache_dir / CACHE_FILE_NAME)
    rfc: bool | CacheOptions = CacheOptions(shared=False) if mode == "http" else False
    return AsyncCacheTransport(transport, storage=storage, rfc=rfc)


def cache_key(url: str) -> str:
    """The storage key of a GET of `url`, the same in every mode."""
    return hashlib.sha256(f"GET {url}".encode()).hexdigest()


def cache_extensions(url: str) -> dict[str, Any]:
    """Request extensions that make the cache use `cache_key`."""
    return {"caching": {"key": cache_key(url)}}


class CacheInfo:
    """What the cache did for one response."""

    __slots__ = ("from_cache", "revalidated")

    def __init__(self, *, from_cache: bool, revalidated: bool) -> None:
        self.from_cache = from_cache
        self.revalidated = revalidated


def cache_info(response: httpx.Response) -> CacheInfo:
    """Read hishel's status off a response (both False when no cache is configured)."""
    status = response.extensions.get("caching")
    if not isinstance(status, dict):
        return CacheInfo(from_cache=False, revalidated=False)
    return CacheInfo(
        from_cache=bool(status.get("from_cache")), revalidated=bool(status.get("revalidated"))
    )
