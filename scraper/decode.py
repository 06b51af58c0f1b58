"""Bytes to text, the way a browser does it, and a little better.

Order of precedence (the WHATWG encoding sniffing algorithm, simplified):

1. a byte-order mark (UTF-8, UTF-16 LE/BE);
2. bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever the page declares (a
   browser would trust a wrong declaration and show mojibake; valid multi-byte UTF-8 is
   practically never produced by a legacy encoding);
3. the charset of the HTTP ``Content-Type`` header, when the caller passes one;
4. a ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` in the first 16 KiB (real
   pages put long ``<head>`` preambles before it);
5. detection (`detect_encoding`).

A declared charset that cannot decode the bytes cleanly (a page served as UTF-8 that is really
cp1252) falls through to the next step instead of producing mojibake. Invalid bytes never raise:
the last resort decodes with replacement characters.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import NotHTMLError

_SNIFF_BYTES = 16384
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})""", re.IGNORECASE)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG: labels that browsers map to another encoding.
_ENCODING_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
    "unicode": "utf-16-le",
    "utf-16": "utf-16-le",
    "x-user-defined": "cp1252",
}
# Signatures of common binary formats that get passed as HTML by mistake.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)


_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])
# Of the first bytes, a larger share of control bytes than this is binary data (no page of the
# datasets has a single one there).
MAX_TEXT_CONTROL_SHARE = 0.05
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_ISOLATED_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class DecodedHTML:
    """Decoded page text and how its encoding was chosen."""

    text: str
    encoding: str
    source: str  # "bom", "header", "meta", "detected" or "fallback"
    utf8: bytes | None = None  # the input bytes, when they are exactly `text` in UTF-8


def normalise_encoding(label: str) -> str | None:
    """Map a charset label to a Python codec name, or None when Python does not know it."""
    name = label.strip().strip("\"'").lower()
    name = _ENCODING_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format `data` starts with, or None when it may be text."""
    head = data[:16]
    for signature, name in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return name
    sample = data[:4096]
    if not sample:
        return None
    # UTF-16 text has many NULs; any other text has next to no control bytes, where bytes of
    # unknown binary formats hold them about as often as any other byte (one in ten).
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls / len(sample) > MAX_TEXT_CONTROL_SHARE and not _looks_utf16(sample):
        return "binary data"
    return None


def _looks_utf16(sample: bytes) -> bool:
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    return max(even_nuls, odd_nuls) / half > 0.6 and min(even_nuls, odd_nuls) / half < 0.1


def _try_decode(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):  # UnicodeError: the "undefined" codec refuses all
        return None


def _valid_utf8_beyond_ascii(data: bytes) -> str | None:
    if data.isascii():
        return None
    return _try_decode(data, "utf-8")


def decode_html(data: bytes, *, content_type: str | None = None) -> DecodedHTML:
    """Decode page bytes to text; see the module docstring for the order of precedence.

    Raises `NotHTMLError` when the bytes are a known binary format.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedHTML(data[len(bom) :].decode(encoding, "replace"), encoding, "bom")
    binary = sniff_binary(data)
    if binary:
        raise NotHTMLError(f"input is {binary}, not HTML")

    header = charset_from_content_type(content_type)
    header_encoding = normalise_encoding(header) if header else None
    if header_encoding and header_encoding.startswith("utf-16") and not _looks_utf16(data[:4096]):
        header_encoding = None  # a header claiming UTF-16 for bytes without its NULs is lying
    utf8 = _valid_utf8_beyond_ascii(data)
    if utf8 is not None:
        # Non-ASCII text that is valid UTF-8 is UTF-8 whatever is declared: legacy encodings
        # practically never produce valid multi-byte sequences by chance.
        return DecodedHTML(utf8, "utf-8", "detected", utf8=data)
    text = _try_decode(data, header_encoding)
    if text is not None and header_encoding:
        return DecodedHTML(text, header_encoding, "header")

    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    meta_encoding = normalise_encoding(match.group(1).decode("ascii", "replace")) if match else None
    if meta_encoding and meta_encoding.startswith("utf-16"):
        meta_encoding = "utf-8"  # a meta tag readable as ASCII cannot be UTF-16 (WHATWG)
    text = _try_decode(data, meta_encoding)
    if text is not None and meta_encoding:
        return DecodedHTML(text, meta_encoding, "meta")

    if _looks_utf16(data[:4096]):
        odd_nuls, even_nuls = data[1:4096:2].count(0), data[0:4096:2].count(0)
        utf16 = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
        return DecodedHTML(data.decode(utf16, "replace"), utf16, "detected")

    text = _try_decode(data, "utf-8")
    if text is not None:
        return DecodedHTML(text, "utf-8", "detected", utf8=data)
    detected = detect_encoding(data)
    if detected is None:
        # Nothing fits; windows-1252 is the browser default for legacy pages.
        fallback = meta_encoding or header_encoding or "cp1252"
        return DecodedHTML(data.decode(fallback, "replace"), fallback, "fallback")
    return DecodedHTML(data.decode(detected, "replace"), detected, "detected")


def detect_encoding(data: bytes) -> str | None:
    """Guess the encoding of undeclared (or wrongly declared) bytes.

    When the non-ASCII bytes stand alone between ASCII letters (accented letters in Western
    text: "caf\xe9") and read as windows-1252, it is windows-1252: by far the most common
    mislabelled encoding, and statistical detectors cannot tell the Latin code pages apart on a
    handful of accented letters. Runs of high bytes (Cyrillic, Greek, CJK) go to
    charset-normalizer, called directly so the result does not depend on which detectors
    happen to be installed.
    """
    sample = data[: _SNIFF_BYTES * 4]
    runs = _HIGH_RUN.findall(sample)
    isolated = sum(1 for run in runs if len(run) == 1)
    if runs and isolated >= len(runs) * _ISOLATED_SHARE and _try_decode(sample, "cp1252"):
        return "cp1252"
    import charset_normalizer  # few pages need it: loaded then, not by every process

    best = charset_normalizer.from_bytes(sample).best()
    return normalise_encoding(best.encoding) if best is not None else None
