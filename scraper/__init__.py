"""scraper: article pages to validated JSON (body, metadata, updates, editor's notes, teasers).

>>> import scraper
>>> page = scraper.extract(html_bytes, url="https://example.org/story")
>>> page.article.title, page.updates, page.teasers
"""

import importlib
import typing

from ._compiled import warn_if_stale as _warn_if_stale
from .errors import (
    BatchError,
    EmptyInputError,
    ExtractionError,
    FetchError,
    InputError,
    InputTooLargeError,
    NotHTMLError,
    ParseError,
    ScraperError,
)

_warn_if_stale()

# The extraction modules load on first use of one of these names: a batch run's main process,
# which only fetches and writes, and ``scraper --help`` start without them (and the batch's
# extraction workers, which do import them, start while it does).
_LAZY_EXPORTS = {
    "SCHEMA_VERSION": "models",
    "Article": "models",
    "Author": "models",
    "Block": "models",
    "EditorNote": "models",
    "Image": "models",
    "Page": "models",
    "Provenance": "models",
    "Teaser": "models",
    "Update": "models",
    "extract": "pipeline",
    "extract_record": "record",
    "ExtractSettings": "settings",
}

if typing.TYPE_CHECKING:
    from .models import (
        SCHEMA_VERSION,
        Article,
        Author,
        Block,
        EditorNote,
        Image,
        Page,
        Provenance,
        Teaser,
        Update,
    )
    from .pipeline import extract
    from .record import extract_record
    from .settings import ExtractSettings


def __getattr__(name: str) -> object:
    module = _LAZY_EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'scraper' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups find it without this hook
    return value


__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Author",
    "BatchError",
    "Block",
    "EditorNote",
    "EmptyInputError",
    "ExtractSettings",
    "ExtractionError",
    "FetchError",
    "Image",
    "InputError",
    "InputTooLargeError",
    "NotHTMLError",
    "Page",
    "ParseError",
    "Provenance",
    "ScraperError",
    "Teaser",
    "Update",
    "__version__",
    "extract",
    "extract_record",
]
