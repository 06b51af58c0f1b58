"""Shared helpers for the golden-file tests and their regeneration command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import scraper

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Pinned so goldens do not change with the calendar (no fixture date is later than this).
GOLDEN_NOW = "2026-01-01T00:00:00+00:00"


def fixture_dirs() -> list[Path]:
    """Every fixture folder (one with a source.html), sorted by name."""
    return sorted(path.parent for path in FIXTURES.glob("*/source.html"))


def extract_fixture(folder: Path) -> dict[str, Any]:
    """The page JSON (as Python data) extracted from one fixture folder."""
    from datetime import datetime

    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    settings = scraper.ExtractSettings(now=datetime.fromisoformat(GOLDEN_NOW))
    page = scraper.extract(
        (folder / "source.html").read_bytes(), url=meta.get("url"), settings=settings
    )
    result: dict[str, Any] = json.loads(page.model_dump_json())
    return result


def golden_text(data: dict[str, Any]) -> str:
    """The committed text of a golden file."""
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
