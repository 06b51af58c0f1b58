"""The public API is curated: `__all__` is sorted and names exactly what is exported."""

from __future__ import annotations

import scraper


def test_all_is_sorted_and_complete() -> None:
    assert scraper.__all__ == sorted(scraper.__all__)
    for name in scraper.__all__:
        assert hasattr(scraper, name), name
    public = {name for name in dir(scraper) if not name.startswith("_")}
    modules = {
        "cli",
        "clean",
        "dates",
        "decode",
        "dom",
        "errors",
        "extractors",
        "fetch",
        "models",
        "output",
        "parse",
        "pipeline",
        "schema",
        "settings",
        "text",
    }
    assert public - modules == set(scraper.__all__) - {"__version__"}
