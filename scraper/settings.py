"""One frozen settings object, passed explicitly; nothing is read from the environment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """Limits and defaults for `scraper.extract`.

    - ``max_bytes``: larger inputs raise `InputTooLargeError` instead of being parsed.
    - ``max_elements``: the tree is truncated to this many elements before the heavy passes, so a
      page with millions of tiny elements costs bounded time (a warning is recorded).
    - ``site_timezone``: the site's zone, used to resolve update labels when the page states no
      offset of its own (``None``: leave such timestamps naive).
    - ``now``: dates later than this are rejected as publication dates (``None``: the clock).
    """

    max_bytes: int = 50 * 1024 * 1024
    max_elements: int = 200_000
    site_timezone: tzinfo | None = None
    now: datetime | None = field(default=None)

    def current_time(self) -> datetime:
        """The reference time for rejecting future dates."""
        return self.now or datetime.now(UTC)


DEFAULT_SETTINGS = ExtractSettings()
