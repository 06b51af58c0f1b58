"""Authors: JSON-LD, then visible bylines, then meta tags; names cleaned of 'By', roles, handles.

Precedence (first source that yields a name wins): JSON-LD ``author`` of the article object,
microdata ``itemprop=author``, byline elements in the DOM (`BYLINE_SELECTOR_WORDS`), then meta
tags (`AUTHOR_META_NAMES`). Organisations (JSON-LD ``Organization``, agency credits) are kept with
``kind="organization"``.
"""

from __future__ import annotations

import html
import re
from typing import Any

from lxml.etree import _Element as HtmlElement

from ..models import Author, AuthorKind, MetadataSource
from ..parse import Document
from ..text import clean_text, element_text
from .structured import StructuredData, jsonld_types

AUTHOR_META_NAMES = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "byl", "twitter:creator",
)  # fmt: skip
BYLINE_SELECTOR_WORDS = frozenset(
    {    "author-name", "authorname", "author__name", "byline__name", "byline-name",
    "social-author__name", "post-author", "entry-author", "article-author", "author", "byline",
    "by-author", "contributor", "writer", "c-byline__author"}
)  # fmt: skip
ORGANIZATION_WORDS = frozenset(
    {"staff", "desk", "newsroom", "editors", "editorial", "team", "redaktion", "agency", "press",
     "associated press", "reuters", "afp", "dpa", "ap", "news", "wire"}
)  # fmt: skip
MAX_NAME_WORDS = 6
MAX_AUTHORS = 10

_BY_PREFIX = re.compile(
    r"^\s*(?:written\s+by|posted\s+by|reported\s+by|by|von|por|par|di|door|av|przez|autor(?:in)?:?)"
    r"\s*[:\-]?\s+",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(
    r"(?<!\s)\s*+(?:,|;|\band\b|&|\bund\b|\by\b|\bet\b|\be\b|\bi\b|\|)\s*+", re.I
)
_NOT_A_NAME = re.compile(
    r"\d|@|https?://|www\.|\b(?:updated|published|min(?:ute)?s?\s+read|read\s+more|email|"
    r"follow|twitter|facebook|ago|share|comments?|photos?|images?)\b",
    re.IGNORECASE,
)
_ROLE_SUFFIX = re.compile(
    r"(?<!\s)(?:\s*+[,|–—-]\s*+|\s++)(?:staff\s+writer|senior\s+\w+|contributing\s+\w+|correspondent|"
    r"reporter|editor(?:-at-large)?|columnist|contributor|writer|journalist|special\s+to\s+.+)$",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<!\s)\s*+@\w+")


def clean_author_names(raw: str) -> list[str]:
    """Split a byline string into clean person names."""
    text = clean_text(html.unescape(raw) if "&" in raw else raw)
    text = _BY_PREFIX.sub("", text)
    text = _HANDLE.sub("", text)
    names: list[str] = []
    for part in _SEPARATORS.split(text):
        name = _ROLE_SUFFIX.sub("", _BY_PREFIX.sub("", part)).strip(" .:-–—")
        if _is_plausible_name(name):
            names.append(name)
    return names


def _is_plausible_name(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= MAX_NAME_WORDS and len(name) <= 80 and not _NOT_A_NAME.search(name)


def _kind_of(name: str, declared: str | None = None) -> AuthorKind:
    if declared == "Organization" or name.casefold() in ORGANIZATION_WORDS:
        return "organization"
    if (
        any(word in ORGANIZATION_WORDS for word in name.casefold().split())
        and len(name.split()) > 1
    ):
        return "organization"
    return "person"


def _authors_from_jsonld(value: Any, doc: Document) -> list[Author]:
    items = value if isinstance(value, list) else [value]
    authors: list[Author] = []
    for item in items[: MAX_AUTHORS * 2]:
        if isinstance(item, str):
            authors.extend(Author(name=n, kind=_kind_of(n)) for n in clean_author_names(item))
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(str(n) for n in name)
            if not isinstance(name, str):
                continue
            declared = "Organization" if "Organization" in jsonld_types(item) else None
            url = item.get("url") or item.get("@id")
            url = doc.absolute_url(url) if isinstance(url, str) and url.startswith("http") else None
            for clean in clean_author_names(name):
                authors.append(Author(name=clean, url=url, kind=_kind_of(clean, declared)))
    return authors


def _byline_elements(doc: Document) -> list[HtmlElement]:
    found = [a for a in doc.root.iter("a") if (a.get("rel") or "").lower() == "author"]
    found += [
        element
        for element in doc.named(BYLINE_SELECTOR_WORDS)
        if element.tag not in ("script", "style", "meta", "body", "html", "img")
    ]
    return found


def _authors_from_dom(doc: Document) -> list[Author]:
    authors: list[Author] = []
    for element in _byline_elements(doc):
        text = element_text(element)
        if not text or len(text) > 200:
            continue
        link = element if element.tag == "a" else next(element.iter("a"), None)
        url = doc.absolute_url(link.get("href")) if link is not None else None
        names = clean_author_names(text)
        for name in names:
            authors.append(
                Author(name=name, url=url if len(names) == 1 else None, kind=_kind_of(name))
            )
        if authors:
            break
    return authors


def _unique(authors: list[Author]) -> list[Author]:
    seen: set[str] = set()
    result: list[Author] = []
    for author in authors:
        key = author.name.casefold()
        if key not in seen:
            seen.add(key)
            result.append(author)
    return result[:MAX_AUTHORS]


def extract_authors(
    doc: Document, data: StructuredData, article: dict[str, Any] | None
) -> tuple[list[Author], MetadataSource | None]:
    """The article's authors and the source they came from."""
    if article and article.get("author"):
        authors = _unique(_authors_from_jsonld(article["author"], doc))
        if authors:
            return authors, "json-ld"
    for element in data.microdata.get("author", [])[:3]:
        name_el = next((e for e in element.iter() if e.get("itemprop") == "name"), element)
        names = clean_author_names(element_text(name_el))
        if names:
            return _unique([Author(name=n) for n in names]), "microdata"
    authors = _unique(_authors_from_dom(doc))
    if authors:
        return authors, "byline"
    for name in AUTHOR_META_NAMES:
        for value in data.meta.get(name, ()):
            names = clean_author_names(value)
            if names:
                source: MetadataSource = "twitter" if name.startswith("twitter") else "meta"
                return _unique([Author(name=n, kind=_kind_of(n)) for n in names]), source
    return [], None
