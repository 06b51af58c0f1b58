"""scraper: article pages to validated JSON (body, metadata, updates, editor's notes, teasers).

>>> import scraper
>>> page = scraper.extract(html_bytes, url="https://example.org/story")
>>> page.article.title, page.updates, page.teasers
"""

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
