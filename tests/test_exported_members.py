"""The public API is curated: `__all__` names exactly what is exported (ruff's RUF022 keeps it
sorted)."""

from __future__ import annotations

import types

import scraper


def test_all_is_complete() -> None:
    assert len(scraper.__all__) == len(set(scraper.__all__))
    for name in scraper.__all__:
        assert hasattr(scraper, name), name
    public = {
        name
        for name, value in vars(scraper).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public == set(scraper.__all__) - {"__version__"}
