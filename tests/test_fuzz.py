"""Fuzzing `scraper.extract` with hypothesis, bounded to ~20 s in CI.

Generated inputs: tag soup from a grammar (nesting, unclosed and raw-text elements, attributes
with any quoting, comments, entities, JSON-LD), the generators of `benchmarks/fuzz.py` (which
runs 100,000 inputs outside CI), the project's fixture pages mutated, and raw bytes. Whatever
the input: a `Page` or a `ScraperError`, JSON that is valid UTF-8, and at most
``1 s per MB + 2 s``.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scraper
from scraper.errors import ScraperError

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.fuzz import mutate, tag_soup  # noqa: E402

FIXTURE_PAGES = [path.read_bytes() for path in sorted(ROOT.glob("fixtures/*/source.html"))]
SECONDS_CONSTANT = 2.0
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]


def fuzz_settings(examples: int) -> settings:
    """Bounded runs for CI: no per-example deadline (the oracle checks time by size)."""
    return settings(max_examples=examples, deadline=None, suppress_health_check=_SLOW_OK)


TAGS = st.sampled_from(
    ["div", "p", "span", "a", "b", "h1", "h2", "li", "ul", "table", "td", "tr", "article",
     "figure", "figcaption", "img", "time", "meta", "script", "style", "noscript", "title",
     "textarea", "plaintext", "template", "svg", "frameset", "frame", "iframe", "br", "base"]
)  # fmt: skip
ATTRIBUTE_NAMES = st.sampled_from(
    ["class", "id", "href", "src", "srcset", "content", "property", "name", "itemprop", "rel",
     "style", "datetime", "type", "hidden", "charset", "x", "=", '"', "<"]
)  # fmt: skip
ATTRIBUTE_VALUES = st.text(max_size=12) | st.sampled_from(
    ["byline", "article-body", "application/ld+json", "display:none", "og:title",
     "2023-09-19T12:00:00Z", "javascript:x", "//x", "a b", "</script>", "<!--"]
)  # fmt: skip
TEXT = st.text(max_size=40) | st.sampled_from(
    ["&amp;", "&#0;", "&#11;", "&#xD800;", "&bogus", "By Jane Doe", "Updated 9/19, 2 p.m.:",
     "Editor's Note:", "REUTERS/X", "{\"@type\": \"NewsArticle\",}", "<", "]]>", "--!>"]
)  # fmt: skip


QUOTES = st.sampled_from(["", '"', "'"])


@st.composite
def start_tag(draw: st.DrawFn) -> str:
    attributes = ""
    for _ in range(draw(st.integers(0, 4))):
        quote = draw(QUOTES)
        attributes += f" {draw(ATTRIBUTE_NAMES)}={quote}{draw(ATTRIBUTE_VALUES)}{quote}"
    return f"<{draw(TAGS)}{attributes}{draw(st.sampled_from(['>', '/>', '']))}"


SOUP = st.recursive(
    TEXT | start_tag() | st.builds(lambda tag: f"</{tag}>", TAGS),
    lambda inner: (
        st.lists(inner, max_size=8).map("".join)
        | st.builds(lambda tag, body: f"{tag}{body}", start_tag(), inner)
    ),
    max_leaves=60,
)
ENCODINGS = st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "cp1252", "shift_jis"])


def check(html: str | bytes) -> None:
    """The fuzz oracle: a Page or a typed error, valid JSON, time bounded by size."""
    started = time.perf_counter()
    try:
        page = scraper.extract(html, url="https://example.org/2023/09/19/story")
    except ScraperError as error:
        assert error.stage in ("input", "parse", "extract")
    else:
        json.loads(page.model_dump_json().encode("utf-8"))
    assert time.perf_counter() - started <= len(html) / 1_000_000 + SECONDS_CONSTANT


@fuzz_settings(1200)
@given(SOUP, ENCODINGS)
def test_grammar_tag_soup(soup: str, encoding: str) -> None:
    check(soup)
    check(soup.encode(encoding, "replace"))


@fuzz_settings(250)
@given(st.randoms(use_true_random=False))
def test_benchmark_generators(rng: random.Random) -> None:
    check(tag_soup(rng))
    if FIXTURE_PAGES:
        check(mutate(rng, rng.choice(FIXTURE_PAGES), rng.choice(FIXTURE_PAGES)))


@fuzz_settings(400)
@given(st.binary(max_size=2000))
def test_raw_bytes(data: bytes) -> None:
    check(data)
