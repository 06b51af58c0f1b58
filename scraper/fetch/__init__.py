"""Fetching article pages politely and safely.

    async with AsyncFetcher(FetchSettings(contact_url="https://example.org/bot")) as fetcher:
        result = await fetcher.fetch("https://example.org/article")

or, for one page, ``fetch(url)``. The stages and their order are listed in
`scraper.fetch.fetcher`; each policy is a small class of its own module (`robots`, `ratelimit`,
`retry`, `cache`, `body`, `addresses`, `pool`) and can be used and tested alone. Failures raise the
`FetchError` subclasses drawn in `scraper.fetch.errors`.
"""

from __future__ import annotations

from .addresses import GuardedBackend, is_public_address
from .body import read_body, sniff_media_type
from .deadline import Deadline
from .errors import (
    BlockedAddressError,
    ConnectionFailedError,
    ContentDecodingError,
    DecompressionBombError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InvalidURLError,
    NetworkError,
    ResponseTooLargeError,
    RobotsDisallowedError,
    TooManyRedirectsError,
    UnsupportedContentTypeError,
)
from .fetcher import AsyncFetcher, fetch
from .pool import HostPoolTransport
from .ratelimit import HostLimiter, RateLimitTransport
from .result import FetchResult, RedirectHop, Timings
from .retry import RetryPolicy, parse_retry_after
from .robots import RobotsFile, RobotsPolicy, RobotsRules
from .settings import CacheMode, FetchSettings, default_user_agent

__all__ = [
    "AsyncFetcher",
    "BlockedAddressError",
    "CacheMode",
    "ConnectionFailedError",
    "ContentDecodingError",
    "Deadline",
    "DecompressionBombError",
    "FetchError",
    "FetchResult",
    "FetchSettings",
    "FetchTimeoutError",
    "GuardedBackend",
    "HTTPStatusError",
    "HostLimiter",
    "HostPoolTransport",
    "InvalidURLError",
    "NetworkError",
    "RateLimitTransport",
    "RedirectHop",
    "ResponseTooLargeError",
    "RetryPolicy",
    "RobotsDisallowedError",
    "RobotsFile",
    "RobotsPolicy",
    "RobotsRules",
    "Timings",
    "TooManyRedirectsError",
    "UnsupportedContentTypeError",
    "default_user_agent",
    "fetch",
    "is_public_address",
    "parse_retry_after",
    "read_body",
    "sniff_media_type",
]
