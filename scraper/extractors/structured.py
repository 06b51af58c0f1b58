"""Machine-readable metadata a page declares: ``<meta>`` tags, JSON-LD, microdata, ``<link>``.

Collected in one pass over ``<head>``-style elements of the tree, before any cleaning, so the
extractors that follow can look fields up by name instead of scanning the tree again.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.etree import _Element as HtmlElement

from ..dom import in_tree
from ..parse import Document
from ..text import clean_text

JsonObject = dict[str, Any]

# JSON-LD @type values that describe the article itself, best first.
ARTICLE_TYPES = (
    "NewsArticle",
    "ReportageNewsArticle",
    "ReportageNews",  # schema.org's name is ReportageNewsArticle; some pages write this
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "AskPublicNewsArticle",
    "LiveBlogPosting",
    "BlogPosting",
    "Article",
    "TechArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SatiricalArticle",
    "AdvertiserContentArticle",
    "SocialMediaPosting",
    "Report",
    "Review",
    "Recipe",
    "HowTo",
)
# Types whose name/headline may stand in for an article when nothing better is declared.
PAGE_TYPES = ("WebPage", "ItemPage", "AboutPage", "QAPage", "FAQPage", "ProfilePage")
MAX_JSONLD_CHARS = 2_000_000
MAX_JSONLD_DEPTH = 40
MAX_JSONLD_OBJECTS = 2_000
# Next.js renders JSON-LD handed to `metadata.other` as <meta name="script:ld+json" content=...>:
# no search engine reads it, but it is the page's own statement.
JSONLD_META_NAME = "script:ld+json"
NEXT_SCRIPT_JSONLD = re.compile(r"self\.__next_s")
NEXT_SCRIPT_CHILDREN = re.compile(
    r'"type"\s*+:\s*+"application/ld\+json"\s*+,\s*+"children"\s*+:\s*+'
    r'"(?P<children>(?:[^"\\]|\\.)*+)"'
)

# What lenient parsing removes outside JSON strings: // and /* */ comments (an unclosed one runs
# to the end) and trailing commas. Strings are matched whole so nothing inside them is touched.
# Every branch is linear: no quantifier can re-scan what another already consumed.
_REPAIRABLE = re.compile(
    r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)|//[^\n]*+|/\*.*?(?:\*/|\Z)|,(?=\s*+[\]}])', re.DOTALL
)
_CONTROL = re.compile(r"[\x00-\x1f]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_META_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")


@dataclass(slots=True)
class StructuredData:
    """Everything declared for machines, looked up by the metadata extractors."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[JsonObject] = field(default_factory=list)
    links: dict[str, list[str]] = field(default_factory=dict)
    microdata: dict[str, list[HtmlElement]] = field(default_factory=dict)

    def first_meta(self, *names: str) -> tuple[str, str] | None:
        """The first non-empty value of the first name present, with that name."""
        for name in names:
            for value in self.meta.get(name, ()):
                if value:
                    return name, value
        return None

    def meta_values(self, *names: str) -> list[str]:
        """Every non-empty value of every name given, in order."""
        return [value for name in names for value in self.meta.get(name, ()) if value]

    def microdata_in(self, prop: str, root: HtmlElement) -> list[HtmlElement]:
        """The elements declaring microdata `prop` that are still in the tree under `root`:
        not inside a teaser card set aside while the metadata is read (a rail card's
        ``itemprop=author`` is that story's author)."""
        return in_tree(self.microdata.get(prop, []), root)

    def article_object(self) -> JsonObject | None:
        """The JSON-LD object describing the article (best type first), if any."""
        for wanted in (*ARTICLE_TYPES, *PAGE_TYPES):
            for obj in self.jsonld:
                if wanted in jsonld_types(obj):
                    return obj
        return None

    def objects_of_type(self, *types: str) -> list[JsonObject]:
        """All JSON-LD objects with one of `types`."""
        return [obj for obj in self.jsonld if jsonld_types(obj) & set(types)]


def is_story_object(obj: JsonObject | None) -> bool:
    """Whether a JSON-LD object (`StructuredData.article_object`) is typed as a story
    (`ARTICLE_TYPES`), not a mere page: SEO plugins declare a WebPage on every page."""
    return bool(obj and jsonld_types(obj) & set(ARTICLE_TYPES))


def jsonld_types(obj: JsonObject) -> set[str]:
    """The object's @type values without any schema.org prefix."""
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {str(v).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for v in values if isinstance(v, str)}


def parse_jsonld(raw: str) -> Any:
    """Parse a JSON-LD script leniently (comments, trailing commas, raw control characters).

    None when the script is empty, longer than `MAX_JSONLD_CHARS`, nested deeper than
    `MAX_JSONLD_DEPTH` or not JSON even after repair. Lone surrogates ("\\ud800") become "?"
    so they cannot reach the JSON output."""
    if len(raw) > MAX_JSONLD_CHARS:
        return None
    raw = _CDATA.sub("", raw.strip())
    if not raw:
        return None
    for attempt in _attempts(raw):
        try:
            parsed = json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
        if not _nested_within(parsed, MAX_JSONLD_DEPTH):
            return None
        return _without_lone_surrogates(parsed) if _SURROGATE_ESCAPE.search(attempt) else parsed
    return None


def _attempts(raw: str) -> Iterator[str]:
    """The script as written, then (only if that fails to parse) repaired."""
    yield raw
    yield _repair_json(raw)


def _nested_within(data: Any, limit: int) -> bool:
    """True when lists and objects in `data` nest at most `limit` deep (checked without
    recursion)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return False
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return True


def _without_lone_surrogates(data: Any) -> Any:
    """Round-trip through UTF-8 so "\\ud800"-style escapes cannot reach the JSON output."""
    text = json.dumps(data, ensure_ascii=False).encode("utf-8", "replace").decode("utf-8")
    return json.loads(text)


def _repair_json(raw: str) -> str:
    raw = _REPAIRABLE.sub(_keep_strings, raw)
    return _CONTROL.sub(" ", raw.rstrip().rstrip(";"))


def _keep_strings(match: re.Match[str]) -> str:
    token = match[0]
    return token if token.startswith('"') else ""


def flatten_jsonld(data: Any) -> Iterator[JsonObject]:
    """Every JSON object with an @type in `data`, walking lists, @graph and nested values."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    seen = 0
    while stack and seen < MAX_JSONLD_OBJECTS:
        item, depth = stack.pop()
        if depth > MAX_JSONLD_DEPTH:
            continue
        if isinstance(item, list):
            stack.extend((child, depth + 1) for child in reversed(item))
        elif isinstance(item, dict):
            seen += 1
            if "@type" in item:
                yield item
            graph = item.get("@graph")
            if graph is not None:
                stack.append((graph, depth + 1))
            for key in ("mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
                child = item.get(key)
                if isinstance(child, dict | list):
                    stack.append((child, depth + 1))


def collect_structured_data(doc: Document) -> StructuredData:
    """Collect meta tags, JSON-LD objects, link relations and microdata itemprops."""
    data = StructuredData()
    for element in doc.root.iter("meta", "script", "link"):
        tag = element.tag
        if tag == "meta":
            if element.get("name") == JSONLD_META_NAME:
                _add_jsonld(data, element.get("content") or "")
            else:
                _add_meta(data, element)
        elif tag == "link":
            href = element.get("href")
            for rel in (element.get("rel") or "").lower().split():
                if href:
                    data.links.setdefault(rel, []).append(href.strip())
        elif (element.get("type") or "").strip().lower() == "application/ld+json":
            _add_jsonld(data, element.text or "")
        elif element.text and NEXT_SCRIPT_JSONLD.search(element.text[:200]):
            for raw in _next_script_jsonld(element.text):
                _add_jsonld(data, raw)
    for element in doc.root.iterfind(".//*[@itemprop]"):
        for prop in (element.get("itemprop") or "").split():
            if element.tag != "meta":
                data.microdata.setdefault(prop, []).append(element)
    return data


def _add_jsonld(data: StructuredData, raw: str) -> None:
    parsed = parse_jsonld(raw)
    if parsed is not None:
        data.jsonld.extend(flatten_jsonld(parsed))


def _next_script_jsonld(script: str) -> list[str]:
    """JSON-LD that Next.js pushes from a script (`next/script` before interactive):
    ``(self.__next_s=...).push([0,{"type":"application/ld+json","children":"{...}"}])``."""
    found: list[str] = []
    for match in NEXT_SCRIPT_CHILDREN.finditer(script[:MAX_JSONLD_CHARS]):
        try:
            value = json.loads(f'"{match["children"]}"')
        except ValueError:
            continue
        if isinstance(value, str):
            found.append(value)
    return found


def _add_meta(data: StructuredData, element: HtmlElement) -> None:
    # Some normalisers (and a few CMSs) write value= instead of content=.
    value = element.get("content")
    if value is None:
        value = element.get("value")
    if value is None:
        charset = element.get("charset")
        if charset:
            data.meta.setdefault("charset", []).append(charset)
        return
    # Some CMSs escape twice ("&amp;#8217;"): the parser undoes one level, this the other.
    value = clean_text(html.unescape(value) if "&" in value else value)
    for attribute in _META_KEY_ATTRIBUTES:
        key = element.get(attribute)
        if key:
            for name in key.lower().split():
                data.meta.setdefault(name.strip(), []).append(value)
