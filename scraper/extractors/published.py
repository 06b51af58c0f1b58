"""Published and modified dates, in a fixed order of sources, never later than 'now'.

Published: JSON-LD ``datePublished`` > OpenGraph/article meta (`PUBLISHED_META`) > microdata
``datePublished`` > a ``<time>`` element in the article header > a visible date in a date/byline
element (`DATE_CLASS_WORDS`) > the URL path. Modified: JSON-LD ``dateModified`` >
`MODIFIED_META` > microdata ``dateModified``. A modified date equal to or before the published
one is dropped (it says nothing). Dates after `ExtractSettings.current_time()` are rejected
wherever they come from; scripts and cookies are never read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from lxml.etree import _Element as HtmlElement

from ..dates import date_from_url, is_after, parse_date, parse_human_date
from ..models import MetadataSource
from ..parse import Document
from ..text import element_text
from .structured import StructuredData

PUBLISHED_META = (
    ("article:published_time", "opengraph"), ("og:published_time", "opengraph"),
    ("article:published", "opengraph"), ("pubdate", "meta"), ("publishdate", "meta"),
    ("publish-date", "meta"), ("publish_date", "meta"), ("date", "meta"),
    ("parsely-pub-date", "meta"), ("sailthru.date", "meta"), ("article.published", "meta"),
    ("dc.date.issued", "dublin-core"), ("dc.date", "dublin-core"),
    ("dcterms.date", "dublin-core"), ("dcterms.created", "dublin-core"),
    ("dc.date.created", "dublin-core"), ("originalpublicationdate", "meta"),
    ("datepublished", "microdata"),
)  # fmt: skip
MODIFIED_META = (
    ("article:modified_time", "opengraph"), ("og:updated_time", "opengraph"),
    ("article:modified", "opengraph"), ("last-modified", "meta"),
    ("dc.date.modified", "dublin-core"),
    ("dcterms.modified", "dublin-core"), ("datemodified", "microdata"),
)  # fmt: skip
DATE_CLASS_WORDS = frozenset(
    {    "date", "post-date", "entry-date", "published", "pubdate", "timestamp", "article-date",
    "social-date__text", "byline", "meta-date", "posted-on", "dateline", "time"}
)  # fmt: skip
DATE_ELEMENT_TAGS = frozenset({"span", "div", "p", "li", "small", "time", "abbr"})
EARLIEST_YEAR = 1995
FUTURE_SLACK = timedelta(days=1)


@dataclass(slots=True)
class Dates:
    """Published and modified times with their sources."""

    published: datetime | None = None
    published_source: MetadataSource | None = None
    modified: datetime | None = None
    modified_source: MetadataSource | None = None


def _valid(value: datetime | None, now: datetime) -> datetime | None:
    if value is None or value.year < EARLIEST_YEAR:
        return None
    if is_after(value, now + FUTURE_SLACK):
        return None
    return value


def _from_meta(
    data: StructuredData, names: tuple[tuple[str, str], ...], now: datetime
) -> tuple[datetime, MetadataSource] | None:
    for name, source in names:
        for raw in data.meta.get(name, ()):
            value = _valid(parse_date(raw), now)
            if value is not None:
                return value, source  # type: ignore[return-value]
    return None


def _from_jsonld(article: dict[str, Any] | None, key: str, now: datetime) -> datetime | None:
    if not article:
        return None
    raw = article.get(key)
    if isinstance(raw, list):
        raw = raw[0] if raw else None
    return _valid(parse_date(raw), now) if isinstance(raw, str) else None


def _from_microdata(data: StructuredData, prop: str, now: datetime) -> datetime | None:
    for element in data.microdata.get(prop, [])[:3]:
        raw = element.get("datetime") or element.get("content") or element_text(element)
        value = _valid(parse_date(raw), now)
        if value is not None:
            return value
    return None


def _from_time_elements(root: HtmlElement, now: datetime) -> datetime | None:
    for element in root.iter("time"):
        raw = element.get("datetime") or element_text(element)
        value = _valid(parse_date(raw), now)
        if value is not None:
            return value
    return None


def _from_date_elements(doc: Document, now: datetime) -> datetime | None:
    for element in doc.named(DATE_CLASS_WORDS):
        if element.tag not in DATE_ELEMENT_TAGS:
            continue
        text = element_text(element)
        if 6 <= len(text) <= 120:
            value = _valid(parse_human_date(text), now)
            if value is not None:
                return value
    return None


def extract_dates(
    doc: Document, data: StructuredData, article: dict[str, Any] | None, now: datetime
) -> Dates:
    """Published and modified dates; see the module docstring for the order of sources."""
    dates = Dates()
    published_sources: list[tuple[MetadataSource, Any]] = [
        ("json-ld", lambda: _from_jsonld(article, "datePublished", now)),
        ("meta", lambda: _from_meta(data, PUBLISHED_META, now)),
        ("microdata", lambda: _from_microdata(data, "datePublished", now)),
        ("time-element", lambda: _from_time_elements(doc.root, now)),
        ("dom", lambda: _from_date_elements(doc, now)),
        ("url", lambda: _valid(date_from_url(doc.url), now)),
    ]
    for source, getter in published_sources:
        found = getter()
        if isinstance(found, tuple):
            dates.published, dates.published_source = found
            break
        if found is not None:
            dates.published, dates.published_source = found, source
            break
    modified = _from_jsonld(article, "dateModified", now)
    if modified is not None:
        dates.modified, dates.modified_source = modified, "json-ld"
    else:
        meta = _from_meta(data, MODIFIED_META, now)
        if meta is not None:
            dates.modified, dates.modified_source = meta
        else:
            dates.modified = _from_microdata(data, "dateModified", now)
            dates.modified_source = "microdata" if dates.modified else None
    if dates.published and dates.modified and not is_after(dates.modified, dates.published):
        dates.modified, dates.modified_source = None, None
    return dates
