"""Loaders for the three evaluation datasets, one small record per page.

Formats (detected from the folder's contents, see `detect_format`):

``wcxb``
    WCXB (Web Content eXtraction Benchmark): ``html/NNNN.html.gz`` + ``ground-truth/NNNN.json``.
    Full truth: main text, title, author, publish date, with/without snippets, page type.
``readability``
    Mozilla Readability test pages: ``<name>/source.html`` + ``expected.html`` +
    ``expected-metadata.json``. The "truth" is Readability.js's own output (agreement, not
    human labels). The synthetic unit-test pages listed in the dataset README are left out.
``trafilatura-eval``
    ``evaldata.json`` + ``html/*.gz``: with/without snippets and some metadata; no full text.

Every loader streams: `iter_pages` reads one page's HTML at a time. `load_page` reads a single
page by id, which is what worker processes do (only ids cross the process boundary).

Truth conventions in `BenchPage`:

* ``text`` is ``None`` when the dataset has no full reference text (trafilatura-eval).
* ``title`` is ``None`` when not annotated.
* ``authors`` holds the raw author strings as annotated (``scoring.author_set`` splits them);
  ``None`` = not annotated / unknown, ``()`` = annotated as having no author.
* ``published`` is ``"YYYY-MM-DD"`` (or ``"YYYY-MM"`` where the dataset only gives a month);
  ``published_annotated`` says whether ``published is None`` means "the page has no date"
  (True) or "not annotated" (False).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from benchmarks.textutil import html_to_text

DatasetFormat = Literal["wcxb", "readability", "trafilatura-eval"]
Split = Literal["tune", "holdout", "all"]
SPLITS: tuple[Split, ...] = ("tune", "holdout", "all")

WCXB_TYPE_ALIASES = {"category": "collection"}  # as upstream evaluate.py's get_page_type
WCXB_DEFAULT_TYPE = "article"
READABILITY_URL = "http://fakehost/test/"
READABILITY_PAGE_TYPE = "article"
TRAFILATURA_PAGE_TYPE = "unlabelled"
ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")

# The tiny synthetic unit cases of Mozilla Readability's test-pages folder (from the dataset
# README): they test parser corner cases, not extraction quality, so they are never scored.
READABILITY_SYNTHETIC = frozenset(
    {
        "003-metadata-preferred", "004-metadata-space-separated-properties",
        "005-unescape-html-entities", "base-url", "base-url-base-element",
        "base-url-base-element-relative", "basic-tags-cleaning",
        "comment-inside-script-parsing", "dev418", "embedded-videos", "hidden-nodes",
        "invalid-attributes", "js-link-replacement", "lazy-image-3", "metadata-content-missing",
        "missing-paragraphs", "normalize-spaces", "ol", "parsely-metadata",
        "remove-aria-hidden", "remove-extra-brs", "remove-extra-paragraphs",
        "remove-script-tags", "reordering-paragraphs", "replace-brs", "replace-font-tags",
        "rtl-1", "rtl-2", "rtl-3", "rtl-4", "social-buttons", "style-tags-removal",
        "svg-parsing", "title-and-h1-discrepancy", "title-en-dash", "visibility-hidden"
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class BenchPage:
    """One page of a dataset with its truth (see the module docstring for conventions)."""

    id: str
    url: str | None
    html: bytes
    page_type: str
    text: str | None
    with_snippets: tuple[str, ...]
    without_snippets: tuple[str, ...]
    title: str | None
    authors: tuple[str, ...] | None
    published: str | None
    published_annotated: bool


# ----------------------------------------------------------------------------- detection


def detect_format(root: Path) -> DatasetFormat:
    """Tell the dataset format from the files in ``root``."""
    if (root / "ground-truth").is_dir() and (root / "html").is_dir():
        return "wcxb"
    if (root / "evaldata.json").is_file():
        return "trafilatura-eval"
    if any((child / "expected.html").is_file() for child in root.iterdir() if child.is_dir()):
        return "readability"
    raise ValueError(f"{root}: not a WCXB, Mozilla Readability or trafilatura-eval folder")


def list_ids(root: Path) -> list[str]:
    """All scorable page ids of the dataset at ``root``, sorted."""
    fmt = detect_format(root)
    if fmt == "wcxb":
        return sorted(p.name.removesuffix(".json") for p in (root / "ground-truth").glob("*.json"))
    if fmt == "trafilatura-eval":
        return sorted(_trafilatura_index(str(root)))
    return sorted(
        child.name
        for child in root.iterdir()
        if (child / "source.html").is_file() and child.name not in READABILITY_SYNTHETIC
    )


def select_ids(ids: Sequence[str], split: Split, limit: int | None = None) -> list[str]:
    """Deterministic split of sorted page ids, then the first ``limit`` of it.

    Positions are counted from 1 over the ids in sorted order: odd positions (1, 3, 5 ...) are
    ``tune``, even positions (2, 4, 6 ...) are ``holdout``; ``all`` keeps everything.
    """
    ordered = sorted(ids)
    if split == "tune":
        chosen = ordered[0::2]
    elif split == "holdout":
        chosen = ordered[1::2]
    elif split == "all":
        chosen = ordered
    else:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    return chosen if limit is None else chosen[:limit]


def iter_pages(root: Path, split: Split = "all", limit: int | None = None) -> Iterator[BenchPage]:
    """Stream the pages of a dataset, one HTML document in memory at a time."""
    for page_id in select_ids(list_ids(root), split, limit):
        yield load_page(root, page_id)


def load_page(root: Path, page_id: str) -> BenchPage:
    """Read one page (HTML bytes + truth) by id."""
    fmt = detect_format(root)
    if fmt == "wcxb":
        return _load_wcxb(root, page_id)
    if fmt == "trafilatura-eval":
        return _load_trafilatura(root, page_id)
    return _load_readability(root, page_id)


def _read_gzip(path: Path) -> bytes:
    with gzip.open(path, "rb") as handle:
        return handle.read()


def _read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _strings(values: Any) -> tuple[str, ...]:
    if not isinstance(values, list):
        return ()
    return tuple(v for v in values if isinstance(v, str) and v.strip())


def _day_or_month(value: Any) -> str | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM``) from a date-ish string, else None."""
    if not isinstance(value, str):
        return None
    match = ISO_DAY.match(value)
    if match:
        return "-".join(match.groups())
    return value if ISO_MONTH.match(value.strip()) else None


# ----------------------------------------------------------------------------- WCXB


def _wcxb_page_type(record: dict[str, Any]) -> str:
    internal = record.get("_internal") or {}
    raw = internal.get("page_type", {})
    if isinstance(raw, dict):
        kind = raw.get("primary") or WCXB_DEFAULT_TYPE
    elif isinstance(raw, str):
        kind = raw
    else:
        kind = WCXB_DEFAULT_TYPE
    return WCXB_TYPE_ALIASES.get(kind, kind)


def _load_wcxb(root: Path, page_id: str) -> BenchPage:
    record = _read_json(root / "ground-truth" / f"{page_id}.json")
    truth = record.get("ground_truth") or {}
    author = truth.get("author")
    return BenchPage(
        id=page_id,
        url=record.get("url") or truth.get("url"),
        html=_read_gzip(root / "html" / f"{page_id}.html.gz"),
        page_type=_wcxb_page_type(record),
        text=truth.get("main_content") or "",  # upstream scores a missing text as ""
        with_snippets=_strings(truth.get("with")),
        without_snippets=_strings(truth.get("without")),
        title=truth.get("title") or None,
        authors=(author,) if isinstance(author, str) and author.strip() else (),
        published=_day_or_month(truth.get("publish_date")),
        published_annotated=True,
    )


# ----------------------------------------------------------------------------- readability


def _load_readability(root: Path, page_id: str) -> BenchPage:
    folder = root / page_id
    meta = _read_json(folder / "expected-metadata.json")
    byline = meta.get("byline")
    published_raw = meta.get("publishedTime")
    published = _day_or_month(published_raw)
    return BenchPage(
        id=page_id,
        url=READABILITY_URL,
        html=(folder / "source.html").read_bytes(),
        page_type=READABILITY_PAGE_TYPE,
        # UTF-8, as Readability's test suite reads it: the fragment declares no charset, and
        # libxml2 reads undeclared bytes as Latin-1 (every accent and CJK character garbled)
        text=html_to_text((folder / "expected.html").read_text(encoding="utf-8")),
        with_snippets=(),
        without_snippets=(),
        title=meta.get("title") or None,
        authors=(byline,) if isinstance(byline, str) and byline.strip() else (),
        published=published,
        # a raw time Readability found but we cannot read is "unknown", not "no date"
        published_annotated=published is not None or not published_raw,
    )


# ----------------------------------------------------------------------------- trafilatura


@lru_cache(maxsize=4)
def _trafilatura_index(root: str) -> dict[str, dict[str, Any]]:
    data = _read_json(Path(root) / "evaldata.json")
    return {record["file"]: record for record in data["pages"]}


def _trafilatura_authors(value: Any) -> tuple[str, ...] | None:
    # "" / [] / missing = not annotated or left blank: unknown, not "no author" (see README)
    if isinstance(value, str) and value.strip():
        return (value,)
    if isinstance(value, list) and any(isinstance(v, str) and v.strip() for v in value):
        return _strings(value)
    return None


def _load_trafilatura(root: Path, page_id: str) -> BenchPage:
    record = _trafilatura_index(str(root))[page_id]
    return BenchPage(
        id=page_id,
        url=record.get("url"),
        html=_read_gzip(root / record["path"]),
        page_type=TRAFILATURA_PAGE_TYPE,
        text=None,
        with_snippets=_strings(record.get("with")),
        without_snippets=_strings(record.get("without")),
        title=record.get("title") or None,
        authors=_trafilatura_authors(record.get("author")),
        published=_day_or_month(record.get("date")),
        published_annotated=False,
    )
