"""Every fixture's extraction equals its reviewed golden file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.goldens import extract_fixture, fixture_dirs


@pytest.mark.parametrize("folder", fixture_dirs(), ids=lambda path: path.name)
def test_extraction_matches_golden(folder: Path) -> None:
    expected_path = folder / "expected.json"
    assert expected_path.exists(), f"no golden; run: python -m tests.update_goldens ({folder})"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert extract_fixture(folder) == expected


def test_there_are_fixtures() -> None:
    assert len(fixture_dirs()) >= 2
