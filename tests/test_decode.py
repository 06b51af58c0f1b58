"""Bytes are decoded like a browser: BOM, header charset, meta charset, then detection."""

from __future__ import annotations

import codecs
import random

import pytest

import scraper
from scraper.decode import decode_html
from scraper.errors import NotHTMLError

TEXT = "Привет, мир — «новости»"


def _page(body: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"


def test_bom_wins_over_everything() -> None:
    data = codecs.BOM_UTF8 + _page(TEXT, '<meta charset="windows-1251">').encode("utf-8")
    decoded = decode_html(data, content_type="text/html; charset=iso-8859-1")
    assert (decoded.source, TEXT in decoded.text) == ("bom", True)


def test_utf16_with_bom() -> None:
    data = codecs.BOM_UTF16_LE + _page(TEXT).encode("utf-16-le")
    assert TEXT in decode_html(data).text


def test_utf16_without_bom_is_detected() -> None:
    assert TEXT in decode_html(_page(TEXT).encode("utf-16-le")).text


def test_header_charset() -> None:
    decoded = decode_html(_page(TEXT).encode("cp1251"), content_type="text/html; charset=cp1251")
    assert decoded.source == "header" and TEXT in decoded.text


def test_meta_charset() -> None:
    data = _page(TEXT, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    decoded = decode_html(data.encode("cp1251"))
    assert decoded.source == "meta" and TEXT in decoded.text


def test_header_that_lies_falls_through_to_meta() -> None:
    data = _page(TEXT, '<meta charset="windows-1251">').encode("cp1251")
    decoded = decode_html(data, content_type="text/html; charset=utf-8")
    assert TEXT in decoded.text


def test_meta_that_lies_falls_through_to_detection() -> None:
    data = _page("café déjà vu", '<meta charset="utf-8">').encode("cp1252")
    assert "café déjà vu" in decode_html(data).text


def test_undeclared_shift_jis_is_detected() -> None:
    text = "日本語のニュース記事です。東京で会議が開かれました。" * 5
    assert text in decode_html(_page(text).encode("shift_jis")).text


def test_invalid_bytes_never_raise() -> None:
    data = _page("ok").encode() + b"\xff\xfe\xfa broken \xc3"
    assert "ok" in decode_html(data).text


@pytest.mark.parametrize("data", [b"%PDF-1.4 ...", b"\x89PNG\r\n\x1a\n....", b"\x1f\x8b\x08\x00"])
def test_binary_is_not_html(data: bytes) -> None:
    with pytest.raises(NotHTMLError):
        decode_html(data)


def test_bytes_of_no_known_format_with_markup_characters_are_not_html() -> None:
    # a compressed or encrypted blob: every byte value about as often as any other, "<"
    # followed by letters among them, no signature to recognise it by
    blob = random.Random(7).randbytes(3000)
    assert b"<" in blob
    with pytest.raises(NotHTMLError, match="binary data"):
        decode_html(blob)


def test_a_few_stray_control_bytes_in_a_page_are_still_html() -> None:
    data = _page("Grüße aus Köln\x08 und \x1b Bonn").encode("latin-1")
    assert "Bonn" in decode_html(data).text


def test_relative_links_resolve_against_base_element() -> None:
    html = (
        '<html><head><base href="https://cdn.example.org/news/"></head><body><article>'
        "<h1>A headline for the base test</h1><p>" + "Words in a paragraph. " * 30 + "</p>"
        '<figure><img src="img/photo.jpg" width="600" height="400"><figcaption>A caption'
        "</figcaption></figure><p>" + "More words in a paragraph, with commas. " * 20 + "</p>"
        "</article></body></html>"
    )
    page = scraper.extract(html, url="https://example.org/a/b")
    assert page.article is not None
    images = [b for b in page.article.blocks if b.type == "image"]
    assert images and images[0].image.url == "https://cdn.example.org/news/img/photo.jpg"


def test_a_declared_codec_that_decodes_nothing_falls_through() -> None:
    # Python knows an "undefined" codec, which raises on any input (found by the fuzz test)
    decoded = decode_html(b"<html><head><meta charset=undefined></head><p>Hello</p></html>")
    assert "<p>Hello</p>" in decoded.text
    assert decoded.encoding != "undefined"
