"""The response body: content-type checks, and a streamed read bounded on the wire and inflated.

httpx would decode gzip/brotli for us, but one 64 KiB chunk of a brotli bomb can inflate to
gigabytes in a single call. So the raw bytes are read here and inflated with decoders that are
asked for at most a fixed amount of output at a time (`_CHUNK`), counting as they go.

Content types: `HTML_TYPES` pass; any other declared type is refused before the body is read;
a missing (or "unknown") type is sniffed from the first bytes (WHATWG MIME sniffing, simplified).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import Protocol

import brotli  # type: ignore[import-untyped]  # no stubs; typed by _BrotliDecompressor
import httpx

from scraper.decode import sniff_binary

from .errors import (
    ContentDecodingError,
    DecompressionBombError,
    ResponseTooLargeError,
    UnsupportedContentTypeError,
)

__all__ = [
    "ACCEPT_ENCODING",
    "HTML_TYPES",
    "check_declared_type",
    "make_decoder",
    "media_type",
    "read_body",
    "sniff_media_type",
]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Declared types that say nothing; the body is sniffed instead.
UNKNOWN_TYPES = frozenset({"", "unknown/unknown", "application/unknown", "*/*"})
# What `make_decoder` can undo, advertised in Accept-Encoding.
ACCEPT_ENCODING = "gzip, deflate, br"
# Most output asked of a decoder per call, so memory stays bounded whatever the ratio.
_CHUNK = 64 * 1024
# An inflated body over the limit is a "bomb" when it inflated more than this (real HTML
# compresses 5-15x; zeros compress 1000x with gzip, far more with brotli).
BOMB_RATIO = 100
# Compressed input is handed to the decoder this much at a time (see `read_body`).
_FEED = 4096
_SNIFF_BYTES = 1024
# WHATWG "identify an unknown MIME type": a tag that starts an HTML document.
_HTML_START = re.compile(
    rb"\A\s*(?:<!doctype\s+html|<html|<head|<body|<script|<iframe|<h1|<div|<font|<table|<a"
    rb"|<style|<title|<b|<br|<p|<!--|<meta|<link)[\s>/]",
    re.IGNORECASE,
)
_XML_START = re.compile(rb"\A\s*<\?xml", re.IGNORECASE)
_XHTML_ROOT = re.compile(rb"<html[\s>]", re.IGNORECASE)
_JSON_START = re.compile(rb"\A\s*[\[{]")


def media_type(content_type: str | None) -> str:
    """The lower-cased ``type/subtype`` of a Content-Type value, "" when missing."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def check_declared_type(content_type: str | None, *, url: str) -> bool:
    """Refuse a declared non-HTML type; True when the body must be sniffed (no usable type).

    Raises `UnsupportedContentTypeError` for PDF, images, JSON, anything not in `HTML_TYPES`.
    """
    mime = media_type(content_type)
    if mime in HTML_TYPES:
        return False
    if mime in UNKNOWN_TYPES:
        return True
    raise UnsupportedContentTypeError(
        f"content type {mime!r} is not HTML", url=url, content_type=mime
    )


def sniff_media_type(data: bytes) -> str:
    """Guess the type of an undeclared body: "text/html", "application/xhtml+xml", a binary
    format's name, "application/json" or "text/plain"."""
    binary = sniff_binary(data)
    if binary:
        return binary
    head = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return "text/html"
    if _XML_START.match(head):
        return "application/xhtml+xml" if _XHTML_ROOT.search(head) else "application/xml"
    if _JSON_START.match(head):
        return "application/json"
    return "text/plain"


class Decoder(Protocol):
    """Undoes one Content-Encoding, lazily: pieces of at most `_CHUNK` bytes at a time."""

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Inflate `data`; stop iterating to stop inflating."""
        ...


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        if data:
            yield data


class _Zlib:
    """gzip (wbits 16+), or deflate: zlib-wrapped as the RFC says, raw as some servers send."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)
        self._first = True

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._first and data:
            self._first = False
            # A zlib stream starts with a CMF byte whose low nibble is 8 (deflate); else raw.
            if not self._gzip and data[0] & 0x0F != 8:
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        pending = data
        while not self._inflater.eof:
            piece = self._inflater.decompress(pending, _CHUNK)
            pending = self._inflater.unconsumed_tail
            if piece:
                yield piece
            # A full piece with no input left may still have output behind it: go round again.
            if not pending and len(piece) < _CHUNK:
                return


class _BrotliDecompressor(Protocol):
    """The part of `brotli.Decompressor` used here (brotli >= 1.2 for the output limit)."""

    def process(self, data: bytes, output_buffer_limit: int = ...) -> bytes: ...
    def is_finished(self) -> bool: ...
    def can_accept_more_data(self) -> bool: ...


class _Brotli:
    def __init__(self) -> None:
        self._decompressor: _BrotliDecompressor = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        decompressor = self._decompressor
        if decompressor.is_finished():
            return
        piece = decompressor.process(data, output_buffer_limit=_CHUNK)
        while True:
            if piece:
                yield piece
            if decompressor.is_finished() or decompressor.can_accept_more_data():
                return
            piece = decompressor.process(b"", output_buffer_limit=_CHUNK)


class _Chain:
    """Several encodings, undone in the reverse of the order they were applied."""

    def __init__(self, decoders: list[Decoder]) -> None:
        self._decoders = decoders

    def feed(self, data: bytes) -> Iterator[bytes]:
        pieces: Iterator[bytes] = iter((data,))
        for decoder in self._decoders:
            pieces = _feed_all(decoder, pieces)
        return pieces


def _feed_all(decoder: Decoder, pieces: Iterator[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        yield from decoder.feed(piece)


def _too_large(
    size: int, fed: int, max_bytes: int, encoding: str | None, url: str
) -> ResponseTooLargeError:
    if size > BOMB_RATIO * fed:
        return DecompressionBombError(
            f"{fed} compressed bytes inflate past the limit of {max_bytes} bytes ({encoding})",
            url=url,
            limit=max_bytes,
        )
    return ResponseTooLargeError(
        f"decompressed body is over the limit of {max_bytes} bytes", url=url, limit=max_bytes
    )


def make_decoder(content_encoding: str | None, *, url: str) -> Decoder:
    """The decoder for a Content-Encoding header value (``identity`` when missing).

    Raises `ContentDecodingError` for an encoding we did not offer (zstd, compress ...).
    """
    names = [n.strip().lower() for n in (content_encoding or "").split(",") if n.strip()]
    decoders: list[Decoder] = []
    for name in reversed(names):
        if name in ("gzip", "x-gzip", "deflate"):
            decoders.append(_Zlib(name))
        elif name == "br":
            decoders.append(_Brotli())
        elif name != "identity":
            raise ContentDecodingError(f"unsupported Content-Encoding {name!r}", url=url)
    if not decoders:
        return _Identity()
    return decoders[0] if len(decoders) == 1 else _Chain(decoders)


async def read_body(
    response: httpx.Response, *, max_bytes: int, url: str, truncate: bool = False
) -> bytes:
    """Stream the body of `response`, undo its Content-Encoding, and return it.

    With `truncate`, the first `max_bytes` (inflated) are returned instead of raising for size.
    Otherwise raises `ResponseTooLargeError` as soon as the wire bytes or the inflated bytes pass
    `max_bytes` (a declared Content-Length over the limit fails before reading),
    `DecompressionBombError` when the inflated size passes it at more than `BOMB_RATIO` times the
    wire size, and `ContentDecodingError` for a corrupt stream.
    """
    declared = response.headers.get("content-length", "")
    encoding = response.headers.get("content-encoding")
    if declared.isdigit() and int(declared) > max_bytes and not truncate:
        raise ResponseTooLargeError(
            f"Content-Length {declared} is over the limit of {max_bytes} bytes",
            url=url,
            limit=max_bytes,
        )
    decoder = make_decoder(encoding, url=url)
    # Compressed input is fed in small slices, so that when the inflated size passes the limit
    # `fed` is close to the input that produced it and the ratio test is meaningful.
    step = _FEED if encoding else 1 << 62
    received = 0
    fed = 0
    size = 0
    parts: list[bytes] = []
    try:
        async for raw in response.aiter_raw():
            received += len(raw)
            if received > max_bytes and not truncate:
                raise ResponseTooLargeError(
                    f"body is over the limit of {max_bytes} bytes", url=url, limit=max_bytes
                )
            for start in range(0, len(raw), step):
                data = raw[start : start + step]
                fed += len(data)
                for piece in decoder.feed(data):
                    size += len(piece)
                    if size > max_bytes:
                        if not truncate:
                            raise _too_large(size, fed, max_bytes, encoding, url)
                        parts.append(piece[: len(piece) - (size - max_bytes)])
                        return b"".join(parts)
                    parts.append(piece)
    except (zlib.error, brotli.error) as exc:
        raise ContentDecodingError(f"corrupt {encoding} body: {exc}", url=url) from exc
    return b"".join(parts)
