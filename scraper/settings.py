"""One frozen settings object, passed explicitly; nothing is read from the environment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """Limits and defaults for `scraper.extract`.

    Limits (each bounds time and memory; see `scraper.limits` and README "Limits"):

    - ``max_bytes``: larger inputs raise `InputTooLargeError` instead of being parsed.
    - ``max_elements``: parsing stops, and the tree is cut, after this many elements (in
      document order) before any extractor runs, so a page with millions of tiny elements costs
      bounded time and memory; the rest of the page is dropped and ``Page.warnings`` says so.
      The default is six times the largest page (15,800 elements) among 2,100 real pages.
    - ``min_bytes_per_element``, ``min_bytes_per_block``: a page denser than one element per
      ``min_bytes_per_element`` bytes keeps only that many elements (at least
      `scraper.limits.DENSE_FLOOR_ELEMENTS`), cut the same way; its body keeps at most one
      block per ``min_bytes_per_block`` bytes (at least `scraper.limits.DENSE_FLOOR_BLOCKS`).
      Every element, and every block more so, costs the extractors about the same however
      few bytes it takes, so these keep time proportional to the input's size. Among 2,100
      real pages the densest have 34 bytes per element and 198 bytes per body block.
    - ``max_depth``: elements nested deeper are unwrapped to their text (a warning is
      recorded), keeping recursive passes far from Python's recursion limit. libxml2 stops
      reading at depth 2,048 whatever this says (the rest is lost, with a warning).
    - ``max_attributes``: attributes of one element beyond this many are dropped (a warning is
      recorded); libxml2 takes time quadratic in an element's attribute count.
    - JSON-LD, fixed: scripts over 2,000,000 characters or nested deeper than 40 levels are
      ignored; at most 2,000 objects are read from one script
      (`scraper.extractors.structured`).

    Other settings:

    - ``site_timezone``: the site's zone, used to resolve update labels when the page states no
      offset of its own (``None``: leave such timestamps naive).
    - ``now``: dates later than this are rejected as publication dates (``None``: the clock).
    """

    max_bytes: int = 50 * 1024 * 1024
    max_elements: int = 100_000
    min_bytes_per_element: int = 20
    min_bytes_per_block: int = 100
    max_depth: int = 256
    max_attributes: int = 256
    site_timezone: tzinfo | None = None
    now: datetime | None = field(default=None)

    def __post_init__(self) -> None:
        for name in (
            "max_bytes",
            "max_elements",
            "min_bytes_per_element",
            "min_bytes_per_block",
            "max_depth",
            "max_attributes",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"ExtractSettings.{name} must be at least 1")

    def current_time(self) -> datetime:
        """The reference time for rejecting future dates."""
        return self.now or datetime.now(UTC)


DEFAULT_SETTINGS = ExtractSettings()
