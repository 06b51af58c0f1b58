"""robots.txt (RFC 9309), parsed by protego and cached per origin.

What a robots.txt answer means, per RFC 9309 section 2.3.1:

- 2xx: the rules apply (the first `MAX_ROBOTS_BYTES` are parsed);
- 3xx: followed by the fetch function (at most 5 hops, RFC 9309);
- 4xx: "unavailable", everything is allowed;
- 5xx: "unreachable", everything is disallowed, until the entry expires (`ttl`).

A network error while fetching robots.txt is raised to the caller (it is not cached), so the page
fetch fails with the same connection error it would have met, and a later fetch tries again.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from .errors import RobotsDisallowedError

__all__ = ["MAX_ROBOTS_BYTES", "RobotsFile", "RobotsPolicy", "RobotsRules", "robots_url"]

MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309: parse at least 500 KiB


@dataclass(frozen=True, slots=True)
class RobotsFile:
    """What fetching robots.txt gave: the final status and the body."""

    status: int
    body: bytes


RobotsFetch = Callable[[str], Awaitable[RobotsFile]]


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """The rules of one origin: parsed robots.txt, or allow-all / disallow-all."""

    parser: Protego | None
    allow_all: bool
    reason: str

    @classmethod
    def from_file(cls, robots: RobotsFile) -> RobotsRules:
        """Interpret a fetched robots.txt by its status (see the module docstring)."""
        if 200 <= robots.status < 300:
            text = robots.body[:MAX_ROBOTS_BYTES].decode("utf-8-sig", "replace")
            return cls(Protego.parse(text), allow_all=False, reason="robots.txt")
        if 400 <= robots.status < 500:
            return cls(None, allow_all=True, reason=f"robots.txt unavailable ({robots.status})")
        return cls(None, allow_all=False, reason=f"robots.txt unreachable ({robots.status})")

    def can_fetch(self, url: str, token: str) -> bool:
        """True when `token` may fetch `url`."""
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(url, token)

    def crawl_delay(self, token: str) -> float | None:
        """The Crawl-delay for `token`, if the file sets one."""
        return self.parser.crawl_delay(token) if self.parser is not None else None


def robots_url(url: str) -> str:
    """The robots.txt URL of the origin of `url`."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


class RobotsPolicy:
    """Checks URLs against their origin's robots.txt, fetched once per origin and `ttl` seconds.

    `fetch` gets the robots.txt URL and returns a `RobotsFile` (following redirects itself).
    Concurrent checks on a new origin wait for one fetch.
    """

    def __init__(
        self,
        fetch: RobotsFetch,
        *,
        token: str,
        ttl: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self.token = token
        self.ttl = ttl
        self._clock = clock
        self._rules: dict[str, tuple[float, RobotsRules]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    def cached_rules(self, url: str) -> RobotsRules | None:
        """The rules of the origin of `url` if they are cached and fresh, else None."""
        cached = self._rules.get(robots_url(url))
        if cached is not None and cached[0] > self._clock():
            return cached[1]
        return None

    async def rules_for(self, url: str) -> RobotsRules:
        """The rules of the origin of `url`, fetched when not cached or expired."""
        cached_rules = self.cached_rules(url)
        if cached_rules is not None:
            return cached_rules
        key = robots_url(url)
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            cached = self._rules.get(key)
            if cached is not None and cached[0] > self._clock():
                return cached[1]
            rules = RobotsRules.from_file(await self._fetch(key))
            self._rules[key] = (self._clock() + self.ttl, rules)
            return rules

    async def check(self, url: str) -> float | None:
        """Raise `RobotsDisallowedError` unless `url` may be fetched; return the Crawl-delay."""
        return self.verdict(await self.rules_for(url), url)

    def verdict(self, rules: RobotsRules, url: str) -> float | None:
        """`check` with the rules at hand."""
        if not rules.can_fetch(url, self.token):
            raise RobotsDisallowedError(
                f"{rules.reason} disallows this URL for user agent {self.token!r}", url=url
            )
        return rules.crawl_delay(self.token)
