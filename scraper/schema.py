"""The JSON Schema of the output, generated from the models (``scraper schema``)."""

from __future__ import annotations

import json
from typing import Any

from .models import SCHEMA_VERSION, Page

SCHEMA_ID = f"https://github.com/scraper/scraper/schemas/page-{SCHEMA_VERSION}.schema.json"


def page_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a serialised `Page`."""
    schema = Page.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }


def page_schema_json() -> str:
    """The schema as the text committed in ``schemas/page.schema.json``."""
    return json.dumps(page_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
