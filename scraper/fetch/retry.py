"""Retries: which failures are worth another try, and how long to wait before it.

Retried: connection failures and per-request timeouts (`NetworkError`, except the total
deadline), and the statuses in `RETRY_STATUSES` (408, 429 and the transient 5xx). The wait before
retry ``n`` (1-based) is ``retry_backoff * 2**(n-1)``, spread by +/- ``retry_jitter`` of itself so
that clients failing together do not come back together, and capped at ``retry_max_wait``. A
``Retry-After`` from the server (seconds or an HTTP-date) replaces the computed wait; when it is
longer than ``retry_max_wait`` the failure is not retried at all: coming back sooner than the
server asked is what gets crawlers blocked.
"""

from __future__ import annotations

import email.utils
import random
from datetime import UTC, datetime

from .errors import FetchError, FetchTimeoutError, HTTPStatusError, NetworkError

__all__ = ["RETRY_STATUSES", "RetryPolicy", "parse_retry_after"]

# 408 Request Timeout, 425 Too Early, 429 Too Many Requests, and the 5xx that mean "try later"
# (not 501 Not Implemented, 505 HTTP Version Not Supported ...). 52x are Cloudflare's.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504, 507, 520, 521, 522, 523, 524})


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP-date.

    Returns None when the header is missing or unreadable; a date in the past gives 0.
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" parses as naive; HTTP-dates are always GMT
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


class RetryPolicy:
    """Decides whether a failed attempt is retried, and after how long."""

    def __init__(
        self,
        *,
        retries: int,
        backoff: float,
        jitter: float,
        max_wait: float,
        rng: random.Random | None = None,
    ) -> None:
        self.retries = retries
        self.backoff = backoff
        self.jitter = jitter
        self.max_wait = max_wait
        self._rng = rng or random.Random()

    @staticmethod
    def is_retryable(error: FetchError) -> bool:
        """True for failures that may go away: network errors, per-request timeouts, 429, 5xx."""
        if isinstance(error, FetchTimeoutError):
            return error.phase != "total"
        if isinstance(error, NetworkError):
            return True
        return isinstance(error, HTTPStatusError) and error.status in RETRY_STATUSES

    def backoff_delay(self, retry: int) -> float:
        """The computed wait before retry number `retry` (1-based), jittered and capped."""
        base = self.backoff * 2.0 ** (retry - 1)
        spread = 1.0 + self.jitter * (2 * self._rng.random() - 1)
        return min(self.max_wait, base * spread)

    def wait_before_retry(self, error: FetchError, *, attempt: int) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None to give up with `error`."""
        if attempt > self.retries or not self.is_retryable(error):
            return None
        retry_after = error.retry_after if isinstance(error, HTTPStatusError) else None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_wait else None
        return self.backoff_delay(attempt)
