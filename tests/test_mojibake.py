"""Double-encoded text (UTF-8 bytes read as Latin-1 or Windows-1252) is found and repaired in
every script, and real text that looks a little like it is left alone. Text comes out in
Unicode's composed form (NFC), whatever form the page typed it in."""

from __future__ import annotations

import subprocess
import sys

import pytest

import scraper
from scraper.text import has_mojibake, repair_mojibake


@pytest.mark.parametrize(
    ("printed", "text"),
    [
        ("Jos\u00c3\u00a9 Mu\u00c3\u00b1oz", "José Muñoz"),  # Latin-1 letters
        ("Investor\u00e2\u0080\u0099s", "Investor’s"),  # typographic punctuation
        ("Dariusz Jaro\u00c5\u0084", "Dariusz Jaroń"),  # Polish, read as Latin-1
        ("Dariusz Jaro\u00c5\u201e", "Dariusz Jaroń"),  # the same read as Windows-1252
        ("Za\u00c5\u00bc\u00c3\u00b3\u00c5\u201a\u00c4\u2021", "Zażółć"),
        ("\u00d0\u0178\u00d1\u20ac\u00d0\u00b8\u00d0\u00b2\u00d0\u00b5\u00d1\u201a", "Привет"),
        ("\u00e3\u0081\u0093\u00e3\u0082\u0093", "こん"),  # kana
        ("\u00e4\u00b8\u00ad\u00e6\u2013\u2021", "中文"),  # ideographs
    ],
)
def test_double_encoded_text_is_repaired(printed: str, text: str) -> None:
    assert has_mojibake(printed)
    assert repair_mojibake(printed) == text


@pytest.mark.parametrize(
    "text",
    [
        "«Straße»",
        "«le café» à l’été…",
        "São Paulo”",
        "CAFÉ»",
        "Åsa Öberg",
        "Ελληνικά",
        "Привет мир",
        "日本語のテキスト",
        "Col·legi",
    ],
)
def test_real_text_is_not_taken_for_double_encoded(text: str) -> None:
    assert not has_mojibake(text)
    assert repair_mojibake(text) == text


def test_a_double_encoded_byline_is_repaired_in_the_page() -> None:
    html = (
        "<html><head><title>Best tech podcasts for CTOs</title></head><body><article>"
        "<h1>Best tech podcasts for CTOs</h1><div class='block-author'><a class='author__name' "
        "href='/blog/?author=Dariusz%20Jaro\u00c5\u0084'>Dariusz Jaro\u00c5\u0084</a></div>"
        f"<p>{'Podcasts keep technology leaders informed on the way to work. ' * 8}</p>"
        "</article></body></html>"
    )
    page = scraper.extract(html, url="https://softwaremill.com/business-insights/podcasts/")
    assert page.article is not None
    assert [author.name for author in page.article.authors] == ["Dariusz Jaroń"]


def test_a_double_encoded_no_break_space_reads_as_a_space() -> None:
    """A CMS that pasted a no-break space as its two UTF-8 bytes read as Windows-1252 prints
    "is\u00c2\u00a0" (Zoho's landing pages): the word is "is", not "isÂ"."""
    html = (
        "<html><head><title>Free CRM</title></head><body><main><h1>Free CRM</h1>"
        f"<p>{'The free edition supports three users and the features they need. ' * 4}</p>"
        '<h2>How free is\u00c2\u00a0"free CRM software"?</h2>'
        f"<p>{'No trial period, no forced upgrade and no credit card to sign up. ' * 4}"
        "No hidden costs\u2013Get access to everything under the free plan\u00c2\u00a0</p>"
        "</main></body></html>"
    )
    page = scraper.extract(html, url="https://www.zoho.example/crm/free-crm.html")
    text = page.article.text or ""
    assert 'How free is "free CRM software"?' in text
    assert "\u00c2" not in text


def test_an_empty_paragraph_s_double_encoded_joiner_leaves_no_block() -> None:
    # Webflow writes an empty paragraph as "<p>&zwj;</p>"; double-encoded, the joiner reads
    # "â\x80\x8d", which the repair turns back into a joiner: an invisible block of nothing
    intro = "Website builders let a small business publish a site without writing code. "
    html = (
        "<html><head><title>The best website builders</title></head><body><main>"
        "<div class='w-richtext'><h1>The best website builders</h1>"
        f"<p>{intro * 4}It\u00e2\u0080\u0099s quick.</p><p>\u00e2\u0080\u008d</p>"
        f"<h2>What are website builders?</h2><p>{intro * 3}</p></div></main></body></html>"
    )
    page = scraper.extract(html, url="https://www.trezy.example/rankings/website-builders")
    assert page.article is not None
    assert "It’s quick." in page.article.text
    assert "\u200d" not in page.article.text
    assert all(block.type != "paragraph" or block.text.strip() for block in page.article.blocks)


def test_text_comes_out_composed_whatever_form_the_page_typed() -> None:
    # A post written on a Mac keeps its accents as combining marks ("e" + U+0301); a Bengali
    # site prints the letter YYA precomposed (U+09DF), which NFC writes as YA + NUKTA.
    decomposed = "Le ge\u0301ne\u0301ral du ba\u0302timent"
    french = "Le chantier du ba\u0302timent a repris apre\u0300s l\u2019e\u0301te\u0301. "
    bengali = "\u0995\u09c1\u09b7\u09cd\u099f\u09bf\u09df\u09be \u099c\u09c7\u09b2\u09be. "
    html = (
        f"<html><head><title>{decomposed}</title></head><body><article>"
        f"<h1>{decomposed}</h1><p class='byline'>By Ame\u0301lie Fauve</p>"
        f"<p>{french * 6}</p><p>{bengali * 8}</p></article></body></html>"
    )
    page = scraper.extract(html, url="https://blog.example.fr/2024/06/general-du-batiment/")
    assert page.article is not None
    assert page.article.title == "Le général du bâtiment"
    assert [author.name for author in page.article.authors] == ["Amélie Fauve"]
    assert "Le chantier du bâtiment a repris après l’été." in page.article.text
    assert "\u0995\u09c1\u09b7\u09cd\u099f\u09bf\u09af\u09bc\u09be" in page.article.text
    assert "\u09df" not in page.article.text


def _modules_loaded_by(page: bytes) -> str:
    code = (
        "import sys, scraper; "
        f"page = scraper.extract({page!r}); "
        "print(page.article.title, sorted(m for m in ('ftfy', 'charset_normalizer') if m in "
        "sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=60, check=True
    )
    return result.stdout.decode().strip()


def test_repair_and_detection_libraries_load_only_for_pages_that_need_them() -> None:
    # Most pages need neither: importing them with the extractor costs every process a
    # twentieth of a second and 5,000 objects each garbage collection walks.
    clean = b"<meta charset=utf-8><title>Caf\xc3\xa9 news</title><p>Plain text.</p>"
    assert _modules_loaded_by(clean) == "Café news []"
    double_encoded = "<meta charset=utf-8><title>Caf\u00c3\u00a9 news</title>".encode()
    assert _modules_loaded_by(double_encoded) == "Café news ['ftfy']"
    undeclared_cyrillic = "<title>Привет мир, как дела</title>".encode("koi8-r")
    assert _modules_loaded_by(undeclared_cyrillic).endswith("['charset_normalizer']")
