"""The exception tree. Every error carries the URL it belongs to (when known) and the stage.

    ScraperError
    ├── InputError            stage "input": the bytes are not an HTML page we can read
    │   ├── EmptyInputError       nothing (or only white space) to parse
    │   ├── NotHTMLError          binary data, JSON, PDF, images ... passed as HTML
    │   └── InputTooLargeError    over `ExtractSettings.max_bytes`
    ├── ParseError            stage "parse": lxml could not build a tree
    ├── ExtractionError       stage "extract": an internal failure on a page that parsed
    ├── FetchError            stage "fetch": see `scraper.fetch.errors` for the subclasses
    └── BatchError            stage "batch": a batch run cannot start or go on (output exists,
                              state does not match the output, unreadable input list ...)

A batch run turns each of these into one error record (URL, stage, type, message) and goes on.
"""

from __future__ import annotations


class ScraperError(Exception):
    """Base class of every error this package raises on purpose."""

    stage: str = "extract"

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.url = url

    def __str__(self) -> str:
        return f"{self.message} ({self.url})" if self.url else self.message


class InputError(ScraperError):
    """The input cannot be read as an HTML page."""

    stage = "input"


class EmptyInputError(InputError):
    """The input is empty or white space only."""


class NotHTMLError(InputError):
    """The input is not HTML (binary data, PDF, image, JSON ...)."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""


class ParseError(ScraperError):
    """The HTML parser could not build a document tree."""

    stage = "parse"


class FetchError(ScraperError):
    """A page could not be fetched."""

    stage = "fetch"


class ExtractionError(ScraperError):
    """Extraction failed on a page that parsed (an internal error, reported with its cause)."""

    stage = "extract"


class BatchError(ScraperError):
    """A batch run cannot start or continue (see `scraper.batch`); one page failing is not one."""

    stage = "batch"
