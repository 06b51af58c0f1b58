"""One adapter per system, all with the signature ``(html: bytes, url: str | None) -> Extraction``.

Systems and how they are called (the way each is normally used, defaults kept):

``ours``         ``scraper.extract(html_bytes, url=url)``; the extractor decodes the bytes itself.
``trafilatura``  ``trafilatura.bare_extraction(html_bytes, url=url, with_metadata=True,
                 include_comments=False)``. Everything else default (no favor_precision /
                 favor_recall, tables kept, fallbacks on). ``include_comments=False`` is the one
                 change from the defaults: trafilatura's own evaluation (``tests/eval_common.py``)
                 uses it, and reader comments are not main content in any of our datasets.
``readability``  readability-lxml: ``Document(html_bytes, url=url)``; text of
                 ``summary(html_partial=True)`` (HTML -> text with `benchmarks.textutil`), title
                 ``short_title()``. No author or date extraction.
``newspaper``    newspaper4k: ``Article(url, fetch_images=False)``, ``download(input_html=str)``
                 then ``parse()``; no network. text, title, authors, publish_date.
``goose``        goose3: one ``Goose({"enable_image_fetching": False})`` per process,
                 ``extract(raw_html=str)`` (no URL, so it never fetches). cleaned_text, title,
                 authors, publish_date.
``resiliparse``  ``extract_plain_text(HTMLTree.parse_from_bytes(html, detect_encoding(html)),
                 main_content=True)``. Text only.
``htmldate``     ``find_date(html_bytes, url=url, original_date=True)``. Date only
                 (``original_date=True`` asks for the publication date, not the latest update).
``lxml-parse``   ``lxml.html.document_fromstring(html_bytes)``: not an extractor, the parse-time
                 floor for the speed benchmark. Produces nothing, so quality runs skip it.

newspaper4k and goose3 take ``str``: the bytes are decoded with bs4's ``UnicodeDammit``
(``is_html=True``), inside the timed call. The others take the bytes.

Every adapter catches its own exceptions and returns an empty `Extraction` whose ``error``
names the failure (``kind`` "error" for a ``ScraperError`` from ours, "crash" for anything
else). Peer modules are imported lazily, on first use: a missing peer is reported by
`missing_reason` and skipped by the scripts.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, Literal

from benchmarks.scoring import as_date
from benchmarks.textutil import html_to_text

ErrorKind = Literal["error", "crash", "timeout"]
Field = Literal["text", "title", "authors", "published"]
TEXT_AND_META: frozenset[Field] = frozenset({"text", "title", "authors", "published"})
NEWSPAPER_DEFAULT_URL = "http://localhost/article.html"
GOOSE_CONFIG = {"enable_image_fetching": False, "http_timeout": 1}
TRAFILATURA_AUTHOR_SEPARATOR = "; "
DEFAULT_ENCODING = "utf-8"
REMOTE_FRAME = re.compile(r'File "([^"]+)", line (\d+), in (\S+)')

Adapter = Callable[[bytes, "str | None"], "Extraction"]


@dataclass(slots=True)
class Extraction:
    """What a system returned for one page (empty fields when it returned nothing)."""

    text: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: date | None = None
    error_kind: ErrorKind | None = None
    error: str | None = None  # last traceback line + innermost frame, when it failed


@dataclass(frozen=True, slots=True)
class System:
    """A system under test: its name, the fields it produces and the module it needs."""

    name: str
    fields: frozenset[Field]
    module: str
    build: Callable[[], Adapter] = field(repr=False)
    quality: bool = True  # False: speed floor only, never in quality tables


def describe_exception(exc: BaseException) -> str:
    """``"Type: message (file.py:12 in func)"``: the traceback's last line and innermost frame."""
    last_line = traceback.format_exception_only(type(exc), exc)[-1].strip()
    remote = getattr(exc.__cause__, "tb", None)  # re-raised from a pool worker: its traceback
    if isinstance(remote, str):
        found = REMOTE_FRAME.findall(remote)
        if found:
            path, line, func = found[-1]
            return f"{last_line} ({path.rsplit('/', 1)[-1]}:{line} in {func})"
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return last_line
    inner = frames[-1]
    where = f"{inner.filename.rsplit('/', 1)[-1]}:{inner.lineno} in {inner.name}"
    return f"{last_line} ({where})"


def _failed(kind: ErrorKind, exc: BaseException) -> Extraction:
    return Extraction(error_kind=kind, error=describe_exception(exc))


def _guard(adapter: Adapter) -> Adapter:
    """Wrap an adapter so that any ``Exception`` becomes an empty, "crash" result."""

    def run(html: bytes, url: str | None) -> Extraction:
        try:
            return adapter(html, url)
        except Exception as exc:
            return _failed("crash", exc)

    return run


def _decode(html: bytes) -> str:
    from bs4.dammit import UnicodeDammit

    return UnicodeDammit(html, is_html=True).unicode_markup or ""


def _names(value: Any) -> tuple[str, ...]:
    """Author names as a flat tuple of strings (goose3 can return nested lists)."""
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if isinstance(value, list | tuple):
        return tuple(name for item in value for name in _names(item))
    return ()


def _clean(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


# ----------------------------------------------------------------------------- ours


def _build_ours() -> Adapter:
    import scraper
    from scraper.errors import ScraperError

    extract = scraper.extract

    def run(html: bytes, url: str | None) -> Extraction:
        try:
            page = extract(html, url=url)
        except ScraperError as exc:
            return _failed("error", exc)
        article = page.article
        if article is None:
            return Extraction()
        return Extraction(
            text=article.text,
            title=article.title,
            authors=_names([author.name for author in article.authors]),
            published=as_date(article.published),
        )

    return _guard(run)


# ----------------------------------------------------------------------------- peers


def _build_trafilatura() -> Adapter:
    import trafilatura

    def run(html: bytes, url: str | None) -> Extraction:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
        if doc is None:
            return Extraction()
        fields = doc if isinstance(doc, dict) else doc.as_dict()
        author = _clean(fields.get("author"))
        return Extraction(
            text=fields.get("text"),
            title=_clean(fields.get("title")),
            authors=tuple(author.split(TRAFILATURA_AUTHOR_SEPARATOR)) if author else (),
            published=as_date(fields.get("date")),
        )

    return _guard(run)


def _build_readability() -> Adapter:
    from readability import Document  # type: ignore[import-untyped]

    def run(html: bytes, url: str | None) -> Extraction:
        doc = Document(html, url=url)
        return Extraction(
            text=html_to_text(doc.summary(html_partial=True)),
            title=_clean(doc.short_title()),
        )

    return _guard(run)


def _build_newspaper() -> Adapter:
    warnings.filterwarnings("ignore", module="newspaper")
    from newspaper import Article  # type: ignore[import-untyped]

    def run(html: bytes, url: str | None) -> Extraction:
        article = Article(url or NEWSPAPER_DEFAULT_URL, fetch_images=False)
        article.download(input_html=_decode(html))
        article.parse()
        return Extraction(
            text=article.text,
            title=_clean(article.title),
            authors=_names(article.authors),
            published=as_date(article.publish_date),
        )

    return _guard(run)


def _build_goose() -> Adapter:
    from goose3 import Goose  # type: ignore[import-untyped]

    logging.getLogger("goose3").setLevel(logging.ERROR)  # one warning per unparsable date
    goose = Goose(GOOSE_CONFIG)

    def run(html: bytes, url: str | None) -> Extraction:
        article = goose.extract(raw_html=_decode(html))
        return Extraction(
            text=article.cleaned_text,
            title=_clean(article.title),
            authors=_names(article.authors),
            published=as_date(article.publish_date),
        )

    return _guard(run)


def _build_resiliparse() -> Adapter:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(html: bytes, url: str | None) -> Extraction:
        tree = HTMLTree.parse_from_bytes(html, detect_encoding(html) or DEFAULT_ENCODING)
        return Extraction(text=extract_plain_text(tree, main_content=True))

    return _guard(run)


def _build_htmldate() -> Adapter:
    from htmldate import find_date

    def run(html: bytes, url: str | None) -> Extraction:
        return Extraction(published=as_date(find_date(html, url=url, original_date=True)))

    return _guard(run)


def _build_lxml_parse() -> Adapter:
    import lxml.html

    def run(html: bytes, url: str | None) -> Extraction:
        lxml.html.document_fromstring(html)
        return Extraction()

    return _guard(run)


SYSTEMS: dict[str, System] = {
    system.name: system
    for system in (
        System("ours", TEXT_AND_META, "scraper", _build_ours),
        System("trafilatura", TEXT_AND_META, "trafilatura", _build_trafilatura),
        System("readability", frozenset({"text", "title"}), "readability", _build_readability),
        System("newspaper", TEXT_AND_META, "newspaper", _build_newspaper),
        System("goose", TEXT_AND_META, "goose3", _build_goose),
        System("resiliparse", frozenset({"text"}), "resiliparse", _build_resiliparse),
        System("htmldate", frozenset({"published"}), "htmldate", _build_htmldate),
        System("lxml-parse", frozenset(), "lxml", _build_lxml_parse, quality=False),
    )
}
QUALITY_SYSTEMS = tuple(name for name, system in SYSTEMS.items() if system.quality)


def missing_reason(name: str) -> str | None:
    """Why system ``name`` cannot run here (``None`` when it can)."""
    system = SYSTEMS.get(name)
    if system is None:
        return f"unknown system (known: {', '.join(SYSTEMS)})"
    if importlib.util.find_spec(system.module) is None:
        return f"module {system.module!r} is not installed"
    if name == "ours":
        try:
            import scraper
        except Exception as exc:
            return f"importing scraper failed: {describe_exception(exc)}"
        if not callable(getattr(scraper, "extract", None)):
            return "scraper.extract does not exist yet"
    return None


@cache
def adapter(name: str) -> Adapter:
    """The adapter of system ``name``, built (and its module imported) on first use."""
    return SYSTEMS[name].build()
