"""What a successful fetch returns: `FetchResult`, with its `RedirectHop`s and `Timings`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["RELEVANT_HEADERS", "FetchResult", "RedirectHop", "Timings"]

# Response headers kept on the result: the ones extraction, caching and provenance use.
RELEVANT_HEADERS = (
    "cache-control",
    "content-language",
    "content-length",
    "content-location",
    "content-type",
    "date",
    "etag",
    "expires",
    "last-modified",
    "link",
    "server",
    "x-robots-tag",
)


@dataclass(frozen=True, slots=True)
class RedirectHop:
    """One redirect followed: the URL that answered and its 3xx status."""

    url: str
    status: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Timings:
    """Where the time of one fetch went, in milliseconds.

    ``queued_ms`` (waiting for a per-host/global slot or the per-host delay) is not counted
    against the total timeout; ``network_ms`` is time spent in requests and reading bodies, over
    every hop and attempt, robots.txt included; ``retry_wait_ms`` is backoff sleeping.
    """

    total_ms: float
    queued_ms: float
    network_ms: float
    retry_wait_ms: float
    decode_ms: float


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchResult:
    """A fetched HTML page.

    ``content`` is the body after Content-Encoding was removed; ``text`` is it decoded with
    `scraper.decode.decode_html` (``encoding`` and ``encoding_source`` say how). ``headers`` keeps
    the `RELEVANT_HEADERS`; ``response_headers`` is every header of the final response, in order
    (what an archive record of the exchange needs).
    """

    url: str
    final_url: str
    status: int
    redirects: tuple[RedirectHop, ...]
    headers: Mapping[str, str]
    content_type: str
    encoding: str
    encoding_source: str
    text: str
    content: bytes = field(repr=False)
    http_version: str
    attempts: int
    from_cache: bool
    timings: Timings
    response_headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)
