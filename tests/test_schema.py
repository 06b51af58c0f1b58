"""The committed JSON Schema matches the models, and real output validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from scraper.schema import page_schema, page_schema_json
from tests.goldens import fixture_dirs

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schemas" / "page.schema.json"


def test_schema_is_up_to_date() -> None:
    committed = SCHEMA_PATH.read_text(encoding="utf-8")
    assert committed == page_schema_json(), (
        "schemas/page.schema.json is stale: run `scraper schema > schemas/page.schema.json`"
    )


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(page_schema())


@pytest.mark.parametrize("folder", fixture_dirs(), ids=lambda path: path.name)
def test_goldens_validate(folder: Path) -> None:
    validator = jsonschema.Draft202012Validator(page_schema())
    validator.validate(json.loads((folder / "expected.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    "mutation",
    [
        {"page_type": "blog"},
        {"unknown_field": 1},
        {"editor_notes": [{"kind": "rumour", "label": None, "text": "x"}]},
        {"teasers": [{"title": "no url"}]},
    ],
    ids=["bad-enum", "extra-field", "bad-note-kind", "teaser-without-url"],
)
def test_invalid_documents_fail(mutation: dict[str, object]) -> None:
    folder = fixture_dirs()[0]
    document = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    document.update(mutation)
    validator = jsonschema.Draft202012Validator(page_schema())
    assert list(validator.iter_errors(document)), mutation
