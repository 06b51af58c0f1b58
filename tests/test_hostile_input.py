"""A corpus of broken and hostile inputs, each with the outcome it must have.

Every case states its expected outcome: a specific typed error, or a `Page` with specific
properties. Every case must also finish within ``1 s per MB + a constant`` (generous, so a
loaded CI machine does not flake; the limits themselves are what keeps the time bounded), must
not grow the process's memory beyond ``RSS_PER_MB`` times its size plus a constant, and must
give JSON that is valid UTF-8. Inputs are generated in code; large ones are built only when
their case runs.
"""

from __future__ import annotations

import codecs
import gzip
import json
import random
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import scraper
from scraper import ExtractSettings, Page
from scraper.errors import (
    EmptyInputError,
    InputTooLargeError,
    NotHTMLError,
    ScraperError,
)
from scraper.output import to_json, to_markdown

MB = 1_000_000
SECONDS_PER_MB = 1.0
SECONDS_CONSTANT = 1.0  # fixed costs, and slack for a loaded CI machine
RSS_PER_MB = 40  # the input as str and as UTF-8, the tree, the text: ~10-20x in practice
RSS_CONSTANT_MB = 300
URL = "https://example.org/2023/09/19/story"
WORDS = "A sentence of the story, with commas. " * 20
ARTICLE = "<h1>Headline of the story</h1><p>" + WORDS + "</p>"
PAGE = "<html><head><title>Title tag</title></head><body>" + ARTICLE + "</body></html>"
ETC_PASSWD = Path("/etc/passwd")

Html = str | bytes
Check = Callable[[Page], bool]


@dataclass(frozen=True)
class Case:
    """One hostile input: how to build it, and the outcome it must have."""

    name: str
    build: Callable[[], Html]
    expect: type[ScraperError] | Check
    outcome: str  # the expected outcome, stated
    content_type: str | None = None
    settings: ExtractSettings = field(default_factory=ExtractSettings)


def _text(page: Page) -> str:
    return page.article.text if page.article else ""


def _has_story(page: Page) -> bool:
    return "A sentence of the story, with commas." in _text(page)


def _warned(*words: str) -> Check:
    return lambda page: any(all(w in warning for w in words) for warning in page.warnings)


def _both(*checks: Check) -> Check:
    return lambda page: all(check(page) for check in checks)


_JSONLD_SCRIPT = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H"}</script>'
)


def _jsonld(body: str) -> str:
    return (
        f'<html><head><script type="application/ld+json">{body}</script></head>'
        f"<body>{ARTICLE}</body></html>"
    )


_LAUGH_ENTITIES = "".join(
    '<!ENTITY lol{} "{}">'.format(n, ("&lol%s;" % (n - 1 if n > 1 else "")) * 10)
    for n in range(1, 10)
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + _LAUGH_ENTITIES
    + "]><html><body><h1>Laughs</h1><p>&lol9;</p>"
    + f"<p>{WORDS}</p></body></html>"
)
XHTML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
    'Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns='
    '"http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>X</title><script type='
    '"text/javascript">//<![CDATA[\nvar a = 1 < 2;\n//]]></script></head><body>'
    + ARTICLE
    + "<br/><div/><p>after the empty div</p></body></html>"
)

CASES: list[Case] = [
    # -- not a page at all ---------------------------------------------------------------------
    Case("empty-bytes", lambda: b"", EmptyInputError, "EmptyInputError"),
    Case("empty-str", lambda: "", EmptyInputError, "EmptyInputError"),
    Case("white-space", lambda: b"  \n\t \r\n", EmptyInputError, "EmptyInputError"),
    Case(
        "doctype-and-comments-only",
        lambda: "<!DOCTYPE html><!-- nothing --><!-- here -->",
        EmptyInputError,
        "EmptyInputError: markup with no element and no text",
    ),
    Case("end-tags-only", lambda: "</p></div>" * 5000, EmptyInputError, "EmptyInputError"),
    Case("pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>>", NotHTMLError, "NotHTMLError"),
    Case(
        "png",
        lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
        NotHTMLError,
        "NotHTMLError",
    ),
    Case(
        "jpeg", lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 64, NotHTMLError, "NotHTMLError"
    ),
    Case(
        "gzip",
        lambda: gzip.compress(PAGE.encode()),
        NotHTMLError,
        "NotHTMLError: gzip is not decompressed",
    ),
    Case("zip", lambda: b"PK\x03\x04" + b"\x00" * 64, NotHTMLError, "NotHTMLError"),
    Case(
        "control-bytes", lambda: bytes(range(32)) * 200, NotHTMLError, "NotHTMLError: binary data"
    ),
    Case(
        "json", lambda: b'{"@type": "NewsArticle", "headline": "x"}', NotHTMLError, "NotHTMLError"
    ),
    Case("plain-text", lambda: "Just words, no markup. " * 100, NotHTMLError, "NotHTMLError"),
    Case(
        "random-bytes",
        lambda: random.Random(0).randbytes(4096),
        NotHTMLError,
        "NotHTMLError: binary data (random bytes hold '<' + letter, but control bytes too)",
    ),
    # -- size ----------------------------------------------------------------------------------
    Case(
        "over-max-bytes",
        lambda: b"<p>" + b"a" * (50 * 1024 * 1024 - 2),
        InputTooLargeError,
        "InputTooLargeError at the default 50 MiB, before decoding",
    ),
    Case(
        "over-configured-max-bytes",
        lambda: PAGE * 2,
        InputTooLargeError,
        "InputTooLargeError for a 1,000-byte limit",
        settings=ExtractSettings(max_bytes=1000),
    ),
    Case(
        "49-MiB-comment",
        lambda: "<html><body>" + ARTICLE + "<!--" + "x" * (49 * 1024 * 1024) + "--></body></html>",
        _has_story,
        "a Page with the story: a page just under the byte limit is read",
    ),
    Case(
        "10-MB-text-node",
        lambda: "<html><body><h1>T</h1><p>" + "word " * 2_000_000 + "</p></body></html>",
        lambda page: page.article is not None and page.article.word_count == 2_000_000,
        "a Page with all 2,000,000 words (huge_tree: libxml2 would drop a >10 MB node)",
    ),
    Case(
        "10-MB-attribute",
        lambda: f"<html><body><div data-x='{'x' * 10_000_000}'>{ARTICLE}</div></body></html>",
        _has_story,
        "a Page with the story",
    ),
    Case(
        "millions-of-tiny-elements",
        lambda: "<html><body>" + ARTICLE + "<i></i>" * 2_000_000 + "</body></html>",
        _both(_has_story, _warned("more than 100000 elements")),
        "a Page with the story and a max_elements warning",
    ),
    Case(
        "300k-paragraphs",
        lambda: "<html><body>" + ARTICLE + "<p>a</p>" * 300_000 + "</body></html>",
        _both(
            _has_story,
            _warned("more than 100000 elements"),
            _warned("body blocks for its size"),
        ),
        "a Page with the story, cut at max_elements, the body at one block per 100 bytes",
    ),
    Case(
        "megabyte-of-images",
        lambda: "<html><body>" + ARTICLE + "<img src=a.jpg>" * 70_000 + "</body></html>",
        _both(_has_story, _warned("(one per 20 bytes")),
        "a Page with the story, the images cut to one element per 20 bytes",
    ),
    Case(
        "dense-but-small",
        lambda: "<html><body>" + ARTICLE + "<p>a</p>" * 990 + "</body></html>",
        lambda page: not page.warnings and _has_story(page),
        "a Page with every paragraph: below 1,000 blocks the density limits do not apply",
    ),
    Case(
        "configured-max-elements",
        lambda: "<html><body>" + ARTICLE + "<p>tail</p>" * 100 + "</body></html>",
        _both(lambda page: "tail" not in _text(page), _warned("more than 4 elements")),
        "a Page cut after <html>, <body>, <h1>, <p>, and a warning",
        settings=ExtractSettings(max_elements=4),
    ),
    # -- nesting -------------------------------------------------------------------------------
    Case(
        "100k-deep-div",
        lambda: "<html><body>" + ARTICLE + "<div>" * 100_000 + "x" + "</div>" * 100_000,
        _both(_has_story, _warned("deeper than 2048")),
        "a Page with the story before the nesting, and a warning that the rest was not parsed",
    ),
    Case(
        "100k-unclosed-span",
        lambda: "<html><body>" + ARTICLE + "<span>" * 100_000 + "tail",
        _both(_has_story, _warned("deeper than 2048")),
        "a Page with the story and a depth warning",
    ),
    Case(
        "1500-deep-article",
        lambda: "<html><body>" + "<div>" * 1500 + ARTICLE + "</div>" * 1500 + "</body></html>",
        _both(_has_story, _warned("deeper than 256", "unwrapped")),
        "a Page with the story unwrapped to text below depth 256, and a warning",
    ),
    Case(
        "deep-then-many-end-tags",
        lambda: "<html><body>" + ARTICLE + "<div>" * 2000 + "</x>" * 250_000,
        _has_story,
        "a Page with the story (each stray end tag scans libxml2's 2,000-deep stack)",
    ),
    Case(
        "misnested-formatting",
        lambda: "<html><body>" + ARTICLE + "<b><i>x</b></i>" * 20_000 + "</body></html>",
        _has_story,
        "a Page with the story",
    ),
    # -- attributes ----------------------------------------------------------------------------
    Case(
        "100k-attributes",
        lambda: (
            "<html><body><div "
            + " ".join(f"a{i}=x" for i in range(100_000))
            + ">"
            + ARTICLE
            + "</div></body></html>"
        ),
        _both(_has_story, _warned("1 elements had more than 256 attributes")),
        "a Page with the story; attributes past the 256th dropped (libxml2 is quadratic)",
    ),
    Case(
        "1000-elements-with-300-attributes",
        lambda: (
            "<html><body>"
            + ("<span " + " ".join(f"b{i}" for i in range(300)) + ">w</span>") * 1000
            + ARTICLE
            + "</body></html>"
        ),
        _both(_has_story, _warned("1000 elements had more than 256")),
        "a Page with the story and a warning naming 1,000 capped elements",
    ),
    Case(
        "attributes-hidden-behind-script-escape",
        lambda: (
            "<html><body><script><!--<script></script><x a='</script><div "
            + " ".join(f"c{i}" for i in range(50_000))
            + ">'-->"
            + ARTICLE
        ),
        _warned("more than 256 attributes"),
        "a Page with an attribute warning: the markup check is not misled by script escapes",
    ),
    Case(
        "attributes-after-markup-in-quoted-values",
        lambda: (
            "<html><body><a title='<b>x</b>' data-x=\"<span a='1'>\" href=/s>s</a><div "
            + " ".join(f"d{i}" for i in range(50_000))
            + ">"
            + ARTICLE
            + "</div></body></html>"
        ),
        _both(_has_story, _warned("1 elements had more than 256 attributes")),
        "a Page with the story and a warning: a quoted value's '<' and '>' do not hide the tag",
    ),
    # -- encodings -----------------------------------------------------------------------------
    Case(
        "nul-bytes",
        lambda: b"<html><body>" + ARTICLE.encode() + b"\x00\x00<p>after\x00nul</p></body></html>",
        lambda page: _has_story(page) and "\x00" not in _text(page) and "afternul" in _text(page),
        "a Page; NULs deleted, 'after\\0nul' reads 'afternul'",
    ),
    Case(
        "control-chars",
        lambda: ("<html><body>" + ARTICLE + "<p>x\x01y\x0bz</p></body></html>").encode(),
        lambda page: "xyz" in _text(page),
        "a Page; C0 controls deleted",
    ),
    Case(
        "invalid-utf8",
        lambda: b"<html><body>" + ARTICLE.encode() + b"<p>\xff\xfe\xc3(</p></body></html>",
        lambda page: _has_story(page) and "\ufffd" not in _text(page),
        "a Page with the story; no replacement characters in the text",
    ),
    Case(
        "utf16-le-without-bom",
        lambda: ("<html><body>" + ARTICLE + "</body></html>").encode("utf-16-le"),
        _has_story,
        "a Page with the story (UTF-16 detected from the NUL pattern)",
    ),
    Case(
        "utf16-be-without-bom",
        lambda: ("<html><body>" + ARTICLE + "<p>café</p></body></html>").encode("utf-16-be"),
        lambda page: _has_story(page) and "café" in _text(page),
        "a Page with the story and 'café'",
    ),
    Case(
        "utf16-with-bom",
        lambda: codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
        _has_story,
        "a Page with the story",
    ),
    Case(
        "meta-lies-shift-jis",
        lambda: (
            '<html><head><meta charset="shift_jis"></head><body>'
            + ARTICLE
            + "<p>café</p></body></html>"
        ).encode(),
        lambda page: "café" in _text(page),
        "a Page with 'café': valid UTF-8 wins over the declaration",
    ),
    Case(
        "header-lies-utf16",
        lambda: ("<html><body>" + ARTICLE + "<p>café</p></body></html>").encode("cp1252"),
        lambda page: "café" in _text(page),
        "a Page with 'café': a UTF-16 header on bytes without NULs is ignored",
        content_type="text/html; charset=utf-16",
    ),
    Case(
        "unknown-charset",
        lambda: ('<meta charset="x-no-such-thing">' + PAGE).encode(),
        _has_story,
        "a Page with the story",
        content_type="text/html; charset=x-unknown",
    ),
    Case(
        "mixed-utf8-and-cp1252",
        lambda: (
            ("<html><body>" + ARTICLE + "<p>café</p>").encode()
            + "<p>crème brûlée</p></body></html>".encode("cp1252")
        ),
        _has_story,
        "a Page with the story (one encoding wins; the other part is mojibake)",
    ),
    Case(
        "lone-surrogates-in-str",
        lambda: "<html><body>" + ARTICLE + "<p>bad \ud800 and \udfff</p></body></html>",
        lambda page: _has_story(page) and "bad" in _text(page),
        "a Page; surrogates become '?' and the JSON is valid UTF-8",
    ),
    Case(
        "xml-declaration-in-str",
        lambda: "<?xml version='1.0' encoding='iso-8859-1'?>" + PAGE,
        _has_story,
        "a Page with the story",
    ),
    # -- entity expansion, external resources ---------------------------------------------------
    Case(
        "billion-laughs",
        lambda: BILLION_LAUGHS,
        lambda page: "lollol" not in _text(page) and len(_text(page)) < 10_000,
        "a Page: the HTML parser never expands DOCTYPE entities",
    ),
    Case(
        "external-entity",
        lambda: (
            f'<!DOCTYPE x [<!ENTITY e SYSTEM "file://{ETC_PASSWD}">]><html><body>'
            + ARTICLE
            + "<p>&e;</p></body></html>"
        ),
        lambda page: "root:" not in page.model_dump_json(),
        "a Page without the file's content: no external entity is read",
    ),
    Case(
        "external-dtd",
        lambda: '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/never.dtd">' + PAGE,
        _has_story,
        "a Page with the story; the DTD is not fetched (no network, no hang)",
    ),
    # -- page shapes ---------------------------------------------------------------------------
    Case(
        "script-only",
        lambda: (
            "<html><head><script>var a = 1;</script></head><body><script>x()</script></body></html>"
        ),
        lambda page: page.article is not None and page.article.word_count == 0,
        "a Page with no text",
    ),
    Case(
        "frameset",
        lambda: "<html><frameset><frame src='a.html'><frame src='b.html'></frameset></html>",
        lambda page: page.page_type == "other" and not _text(page),
        "a Page of type 'other' with no text",
    ),
    Case(
        "xhtml-served-as-xml",
        lambda: XHTML.encode(),
        lambda page: _has_story(page) and "after the empty div" in _text(page),
        "a Page with the story and the text after <div/>",
        content_type="application/xhtml+xml; charset=utf-8",
    ),
    Case(
        "plaintext-element",
        lambda: "<html><body>" + ARTICLE + "<plaintext><p>not markup</p>",
        lambda page: _has_story(page) and "<p>not markup</p>" in _text(page),
        "a Page; everything after <plaintext> is text",
    ),
    Case(
        "unclosed-comment",
        lambda: "<html><body>" + ARTICLE + "<!--" + "x" * 1_000_000,
        _has_story,
        "a Page with the story",
    ),
    Case(
        "unclosed-everything",
        lambda: "<html><body><div><p>one<p>two<table><tr><td>three" + ARTICLE,
        lambda page: "three" in _text(page) or _has_story(page),
        "a Page",
    ),
    Case(
        "5-MB-of-white-space",
        lambda: "<html><body>" + ARTICLE + " \n\t" * 1_700_000 + "</body></html>",
        _has_story,
        "a Page with the story",
    ),
    Case(
        "javascript-base-href",
        lambda: (
            "<html><head><base href='javascript:alert(1)//'></head><body>"
            + ARTICLE
            + "<p><a href='x'>link</a></p></body></html>"
        ),
        lambda page: "javascript:" not in page.model_dump_json(),
        "a Page with no javascript: URL anywhere",
    ),
    # -- JSON-LD -------------------------------------------------------------------------------
    Case(
        "jsonld-trailing-commas-and-comments",
        lambda: _jsonld(
            '{"@type": "NewsArticle", "headline": "Declared", // note\n'
            '/* block */ "datePublished": "2023-01-02", "url": "https://x.org/a//b/*c",}'
        ),
        lambda page: (
            page.article is not None
            and page.article.published is not None
            and page.article.published.date().isoformat() == "2023-01-02"
        ),
        "a Page whose published date comes from the repaired JSON-LD",
    ),
    Case(
        "jsonld-lone-surrogates",
        lambda: _jsonld(
            '{"@type": "NewsArticle", "headline": "Bad \\ud800 title", '
            '"author": {"name": "A \\udfff B"}}'
        ),
        lambda page: page.article is not None and "\ud800" not in (page.article.title or ""),
        "a Page; surrogate escapes become '?'",
    ),
    Case(
        "jsonld-100k-deep",
        lambda: _jsonld("[" * 100_000 + "]" * 100_000),
        _has_story,
        "a Page with the story; the script is ignored (RecursionError caught)",
    ),
    Case(
        "jsonld-deeper-than-40",
        lambda: _jsonld(
            '{"@type": "NewsArticle", "headline": "Too deep", "x": ' + "[" * 41 + "]" * 41 + "}"
        ),
        lambda page: page.article is not None and page.article.title != "Too deep",
        "a Page not titled from the script: nested deeper than MAX_JSONLD_DEPTH, ignored",
    ),
    Case(
        "jsonld-over-2M-chars",
        lambda: _jsonld(
            '{"@type": "NewsArticle", "headline": "Huge", "x": "' + "x" * 2_000_001 + '"}'
        ),
        lambda page: page.article is not None and page.article.title != "Huge",
        "a Page not titled from the script: over MAX_JSONLD_CHARS, ignored",
    ),
    Case(
        "jsonld-unclosed-comment",
        lambda: _jsonld('{"@type": "NewsArticle", "headline": "x", /*' + "*" * 500_000),
        _has_story,
        "a Page with the story (repair is linear on an unclosed comment)",
    ),
    Case(
        "jsonld-many-newlines",
        lambda: _jsonld("\n" * 1_000_000 + "{"),
        _has_story,
        "a Page with the story (the old comment regex was quadratic here)",
    ),
    Case(
        "jsonld-20000-scripts",
        lambda: (
            "<html><head>" + _JSONLD_SCRIPT * 20_000 + "</head><body>" + ARTICLE + "</body></html>"
        ),
        _has_story,
        "a Page with the story",
    ),
    # -- inputs that hit catastrophic regexes before the audit ----------------------------------
    Case(
        "byline-backtracking",
        lambda: "<html><body>" + ARTICLE + "<p>By " + "a" * 70 + "!</p></body></html>",
        _has_story,
        "a Page (body.BYLINE took hours on this line)",
    ),
    Case(
        "caption-backtracking",
        lambda: (
            "<html><body>"
            + ARTICLE
            + "<figure><img src='a.jpg'><figcaption>x. A/"
            + "BB " * 30_000
            + "\x01</figcaption></figure></body></html>"
        ),
        _has_story,
        "a Page (the agency-credit regex was polynomial on this caption)",
    ),
    Case(
        "white-space-run-under-many-wrappers",
        lambda: "<html><body>" + ARTICLE + "<div>" * 250 + " " * 2_000_000 + "x" + "</div>" * 250,
        _has_story,
        "a Page (each wrapper's first text was scanned in full for a rail label: 250 x 2 MB)",
    ),
    Case(
        "update-label-white-space",
        lambda: "<html><body>" + ARTICLE + "<p>Update" + " " * 100_000 + "x</p></body></html>",
        _has_story,
        "a Page (updates.UPDATE_LABEL was quadratic on this paragraph)",
    ),
    Case(
        "container-end-tags-past-open-divs",
        lambda: (
            "<html><body>"
            + ARTICLE
            + "<nav><div>x" * 20_000
            + "<section><table><td>" * 5_000
            + "</nav></section>" * 20_000
            + "</body></html>"
        ),
        _has_story,
        "a Page (each end tag looks back at most MAX_REACH open elements for its start tag)",
    ),
    Case(
        "tag-boxes-nested-250-deep",
        lambda: (
            "<html><body>"
            + ARTICLE
            + "".join(
                "<div class='tags'>"
                + "".join(f"<a href='/tag/{n}-{i}'>tag {n}-{i}</a>" for i in range(10))
                for n in range(250)
            )
            + "</div>" * 250
            + "</body></html>"
        ),
        # the four innermost boxes hold 40 links, each box around them more: not a tag box
        lambda page: page.article is not None and len(page.article.tags) == 40,
        "a Page with 40 tags (each box's links were counted and read again for every box "
        "around it)",
    ),
]


def test_corpus_size() -> None:
    assert len(CASES) >= 40
    assert len({case.name for case in CASES}) == len(CASES)


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / MB


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input(case: Case) -> None:
    html = case.build()
    size_mb = len(html) / MB
    start_rss, start_peak = _current_rss_mb(), _peak_rss_mb()
    started = time.perf_counter()
    try:
        page = scraper.extract(
            html, url=URL, content_type=case.content_type, settings=case.settings
        )
    except ScraperError as error:
        seconds = time.perf_counter() - started
        assert isinstance(case.expect, type), f"expected {case.outcome}, got {error!r}"
        assert isinstance(error, case.expect), f"expected {case.outcome}, got {error!r}"
        assert error.stage in ("input", "parse", "extract") and error.url == URL
    else:
        seconds = time.perf_counter() - started
        assert not isinstance(case.expect, type), f"expected {case.outcome}, got a Page"
        assert case.expect(page), f"expected {case.outcome}; warnings: {page.warnings}"
        dumped = to_json(page)
        json.loads(dumped.encode("utf-8"))  # valid UTF-8 and valid JSON
        to_markdown(page).encode("utf-8")
    assert seconds <= SECONDS_PER_MB * size_mb + SECONDS_CONSTANT, f"{seconds:.1f} s"
    peak = _peak_rss_mb()
    if peak > start_peak:  # this case set a new peak: it must be within its budget
        assert peak - start_rss <= RSS_PER_MB * size_mb + RSS_CONSTANT_MB, f"{peak:.0f} MB"


def test_control_characters_do_not_reach_the_text() -> None:
    page = scraper.extract(
        b"<html><body>" + ARTICLE.encode() + b"\x00<p>x\x01y</p></body></html>", url=URL
    )
    assert page.article is not None
    assert not any(char in page.article.text for char in "\x00\x01\ufffd")


def test_links_python_cannot_split_are_read_as_no_links() -> None:
    # kxan.com links "http://[ccpa-preferences]" (a bracketed host that is no IP address):
    # urlsplit raises on it; wherever such an address stands, the page is still extracted
    bad = "http://[ccpa-preferences]"
    html = (
        f"<html lang='en'><head><title>Voters pass increase</title><meta property='og:image' "
        f"content='{bad}/lead.jpg'><link rel='canonical' href='{bad}/story'></head><body>"
        f"<header><a href='{bad}/'>Home</a></header><main><article><p><a href='{bad}/tag/x'>"
        f"News</a></p><h1><a href='{bad}/'>Voters pass increase</a></h1><div class='byline'>By "
        f"<a href='{bad}/author/jane'>Jane Doe</a></div><figure><img src='{bad}/lead-2.jpg'>"
        "<figcaption>The Capitol.</figcaption></figure>"
        + "<p>Voters approved the increase for retired teachers by a wide margin. </p>" * 8
        + f"<div><a href='{bad}/tag/texas'>Texas</a> <a href='{bad}/tags/schools'>Schools</a>"
        f"</div><h3><a href='{bad}/news/other-story'>Another story about the state budget</a>"
        "</h3></article></main></body></html>"
    )
    page = scraper.extract(html, url="https://www.kxan.com/news/texas/voters-pass-increase/")
    assert page.article is not None
    assert "retired teachers" in page.article.text


def test_a_card_linking_to_an_address_python_cannot_split_leaves_the_page_whole() -> None:
    # With no page URL the link stays as written: a figure that is one link (a bookmark card)
    # to such an address, and the front-page test of a card's link, must not fail the page
    bad = "http://[ccpa-preferences]"
    story = "<p>Voters approved the increase for retired teachers by a wide margin. </p>" * 8
    html = (
        "<html lang='en'><head><title>Voters pass increase</title></head><body><main><article>"
        f"<h1>Voters pass increase</h1>{story}<figure class='kg-bookmark-card'><a "
        f"href='{bad}'><div class='kg-bookmark-title'>Privacy preferences for this site</div>"
        f"</a></figure><h3><a href='{bad}'>Another story about the state budget</a></h3>"
        f"{story}</article></main></body></html>"
    )
    page = scraper.extract(html)
    assert page.article is not None
    assert "retired teachers" in page.article.text


@pytest.mark.parametrize("base", ["http://[ccpa-preferences]/", "http://[::1"])
@pytest.mark.parametrize("url", ["https://www.kxan.com/news/story/", None])
def test_a_base_address_python_cannot_split_is_ignored_as_browsers_do(
    base: str, url: str | None
) -> None:
    # A <base href> that is no URL sets no base: links resolve against the page's own URL (or
    # stay as written), and the page is extracted, not failed as unparseable
    story = "<p>Voters approved the increase for retired teachers by a wide margin. </p>" * 8
    html = (
        f"<html lang='en'><head><base href='{base}'><title>Voters pass increase</title>"
        f"<link rel='canonical' href='/news/story/'></head><body><main><article><h1>Voters "
        f"pass increase</h1>{story}</article></main></body></html>"
    )
    page = scraper.extract(html, url=url)
    assert "retired teachers" in page.article.text
    if url is not None:
        assert page.canonical_url == url


@pytest.mark.parametrize("url", [None, "http://[ccpa-preferences]/news/story", "http://[::1/x"])
def test_pictures_and_a_page_address_python_cannot_split_leave_the_page_whole(
    url: str | None,
) -> None:
    # Given no page URL (or one Python cannot split), addresses stay as written: the lead
    # image's key, a picture's path and the site's own name read from the host must not fail
    # the page
    bad = "http://[ccpa-preferences]"
    story = "<p>Voters approved the increase for retired teachers by a wide margin. </p>" * 8
    html = (
        f"<html lang='en'><head><title>Voters pass increase</title><meta property='og:image' "
        f"content='{bad}/wp-content/uploads/lead.jpg?w=1200'><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "Voters pass increase", "author": {"name": '
        '"Jane Doe"}, "publisher": {"name": "KXAN"}}</script></head><body><main><article>'
        f"<h1>Voters pass increase</h1><figure><img src='{bad}/wp-content/uploads/lead.jpg' "
        f"width='1200' height='800'><figcaption>The Capitol.</figcaption></figure>{story}"
        f"<img src='{bad}/uploads/chart.png' width='800' height='600'>{story}</article></main>"
        "</body></html>"
    )
    page = scraper.extract(html, url=url)
    assert "retired teachers" in page.article.text
    assert [author.name for author in page.article.authors] == ["Jane Doe"]
