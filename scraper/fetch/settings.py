"""`FetchSettings`: every knob of the fetcher, in one frozen object passed explicitly."""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Literal

__all__ = ["CacheMode", "FetchSettings", "default_user_agent"]

PROJECT_NAME = "scraper"

CacheMode = Literal["http", "replay"]
"""``"http"``: follow RFC 9111 (fresh entries are served, stale ones revalidated with
ETag/Last-Modified). ``"replay"``: serve any stored response without asking the server (offline
replays of an earlier run); misses are fetched and stored."""


def default_user_agent(contact_url: str | None = None) -> str:
    """``scraper/<version>``, plus `` (+<contact URL>)`` saying where to reach the operator."""
    try:
        version = metadata.version(PROJECT_NAME)
    except metadata.PackageNotFoundError:
        version = "0"
    agent = f"{PROJECT_NAME}/{version}"
    return f"{agent} (+{contact_url})" if contact_url else agent


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchSettings:
    """How to fetch: timeouts, limits, retries, politeness, cache. Times are in seconds.

    The defaults are polite for crawling other people's sites: 2 connections per host, one
    request start every 0.5 s per host (or robots.txt's ``Crawl-delay`` when larger), robots.txt
    obeyed. Raise the per-host limits only for hosts you run.
    """

    # Timeouts. `total_timeout` bounds the time one `fetch` spends on the network and waiting to
    # retry, whatever the server does; time queued behind other fetches to the same host (the
    # politeness limits) is not counted.
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0

    # Size guards. The body is streamed and counted, on the wire and once decompressed.
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10

    # Retries of connection errors, timeouts, 408, 429 and 5xx: `retries` more attempts after
    # the first, waiting `retry_backoff * 2**n` (+/- `retry_jitter` of it), or the server's
    # Retry-After; never more than `retry_max_wait` (a longer Retry-After is not retried).
    retries: int = 3
    retry_backoff: float = 0.5
    retry_jitter: float = 0.5
    retry_max_wait: float = 30.0

    # Politeness. Concurrent requests per host and overall, and the minimum interval between
    # request starts on one host; robots.txt Crawl-delay wins when larger, up to
    # `max_crawl_delay`.
    per_host_concurrency: int = 2
    global_concurrency: int = 64
    per_host_delay: float = 0.5
    max_crawl_delay: float = 60.0
    respect_robots: bool = True
    robots_ttl: float = 3600.0

    # Identity. None builds `default_user_agent(contact_url)`.
    user_agent: str | None = None
    contact_url: str | None = None

    # HTTP cache on disk (None: no cache).
    cache_dir: Path | str | None = None
    cache_mode: CacheMode = "http"

    # Refuse hosts that resolve to private, loopback, link-local ... addresses (for services
    # that fetch URLs given by untrusted users). Checked at connect time, for every hop.
    allow_private_addresses: bool = True

    http2: bool = True

    def __post_init__(self) -> None:
        positive = {
            "connect_timeout": self.connect_timeout,
            "read_timeout": self.read_timeout,
            "total_timeout": self.total_timeout,
            "max_body_bytes": self.max_body_bytes,
            "per_host_concurrency": self.per_host_concurrency,
            "global_concurrency": self.global_concurrency,
        }
        for name, value in positive.items():
            if not value > 0 or not math.isfinite(value):
                raise ValueError(f"FetchSettings.{name} must be positive, got {value!r}")
        not_negative = {
            "max_redirects": self.max_redirects,
            "retries": self.retries,
            "retry_backoff": self.retry_backoff,
            "retry_max_wait": self.retry_max_wait,
            "per_host_delay": self.per_host_delay,
            "max_crawl_delay": self.max_crawl_delay,
            "robots_ttl": self.robots_ttl,
        }
        for name, value in not_negative.items():
            if value < 0 or not math.isfinite(value):
                raise ValueError(f"FetchSettings.{name} must be >= 0, got {value!r}")
        if not 0 <= self.retry_jitter <= 1:
            raise ValueError(f"FetchSettings.retry_jitter must be in [0, 1]: {self.retry_jitter}")
        if self.cache_mode not in ("http", "replay"):
            raise ValueError(
                f"FetchSettings.cache_mode must be 'http' or 'replay': {self.cache_mode!r}"
            )

    @property
    def effective_user_agent(self) -> str:
        """The User-Agent header sent."""
        return self.user_agent or default_user_agent(self.contact_url)

    @property
    def robots_token(self) -> str:
        """The product token matched against robots.txt ``User-agent`` lines."""
        return self.effective_user_agent.split("/", 1)[0].split()[0] or PROJECT_NAME
