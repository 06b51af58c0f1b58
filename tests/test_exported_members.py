"""The public API is curated: `__all__` names exactly what is exported (ruff's RUF022 keeps it
sorted)."""

from __future__ import annotations

import types

import pytest

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


def test_unknown_member_is_an_attribute_error() -> None:
    # the package loads its extraction members on first use; a name it lacks still fails
    assert not hasattr(scraper, "no_such_member")
    with pytest.raises(ImportError):
        exec("from scraper import no_such_member", {})
