"""Broken and hostile input gives a Page or a typed error, and JSON that is always valid UTF-8."""

from __future__ import annotations

import json

import pytest

import scraper
from scraper.errors import ScraperError

ARTICLE = (
    "<h1>Headline of the story</h1>"
    + "<p>"
    + "A sentence of the story, with commas. " * 20
    + "</p>"
)
CASES = {
    "nul-bytes": b"<html><body>" + ARTICLE.encode() + b"\x00\x00<p>after\x00nul</p></body></html>",
    "control-chars": ("<html><body>" + ARTICLE + "<p>x\x01y\x0bz</p></body></html>").encode(),
    "invalid-utf8": b"<html><body>" + ARTICLE.encode() + b"<p>\xff\xfe\xc3(</p></body></html>",
    "xml-declaration-in-str": "<?xml version='1.0' encoding='iso-8859-1'?><html><body>"
    + ARTICLE
    + "</body></html>",
    "lone-surrogate-jsonld": (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Bad \\ud800 title", "author": {"name": "A \\udfff B"}}</script></head>'
        "<body>" + ARTICLE + "</body></html>"
    ),
    "malformed-jsonld": (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Trailing comma", /* comment */ "datePublished": "2023-01-02",}'
        "</script></head><body>" + ARTICLE + "</body></html>"
    ),
    "script-only": "<html><head><script>var a = 1;</script></head><body><script>x()</script>"
    "</body></html>",
    "frameset": "<html><frameset><frame src='a.html'><frame src='b.html'></frameset></html>",
    "deep-nesting": "<html><body>"
    + "<div>" * 5000
    + "deep text"
    + "</div>" * 5000
    + "</body></html>",
    "unclosed-everything": "<html><body><div><p>one<p>two<table><tr><td>three" + ARTICLE,
    "utf16-without-bom": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-16-le"),
}


@pytest.mark.parametrize("html", CASES.values(), ids=CASES.keys())
def test_page_or_typed_error_and_valid_json(html: str | bytes) -> None:
    try:
        page = scraper.extract(html, url="https://example.org/story")
    except ScraperError as error:
        assert error.stage in ("input", "parse", "extract")
        return
    dumped = page.model_dump_json()
    dumped.encode("utf-8")  # no lone surrogates
    json.loads(dumped)


def test_malformed_jsonld_is_still_read() -> None:
    page = scraper.extract(CASES["malformed-jsonld"], url="https://example.org/story")
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == "2023-01-02"


def test_control_characters_do_not_reach_the_text() -> None:
    page = scraper.extract(CASES["nul-bytes"], url="https://example.org/story")
    assert page.article is not None
    assert "\x00" not in page.article.text and "\ufffd" not in page.article.text
