"""Images: the real source behind lazy-loading attributes, and caption/credit splitting."""

from __future__ import annotations

import re

from lxml.etree import _Element as HtmlElement

from ..dom import name_words
from ..models import Image
from ..parse import Document
from ..text import clean_text, element_text

# Attributes lazy-loaders put the real source in, most specific first.
SOURCE_ATTRIBUTES = (
    "data-runner-src", "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
    "data-hi-res-src", "data-full-src", "src",
)  # fmt: skip
SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "srcset")
# Class words of caption and credit elements.
CAPTION_WORDS = frozenset(
    {"caption", "figcaption", "media-caption", "image-caption", "photo-caption", "wp-caption-text",
     "caption-text", "cutline", "legend"}
)  # fmt: skip
CREDIT_WORDS = frozenset(
    {"credit", "credits", "media-photo-credit", "photo-credit", "image-credit", "copyright",
     "photographer", "attribution", "courtesy"}
)  # fmt: skip
# A credit written at the end of a caption: "... 2023. REUTERS/Jeenah Moon",
# "... (Photo by X/Getty Images)", "... Photo: X", "Mandatory Credit: ...".
TRAILING_CREDIT = re.compile(
    r"""(?:
        \s*\((?P<paren>[^()]{0,60}?\b(?i:photo|image|picture|foto|bild|credit)s?\s*(?:by|:|credit:?|courtesy)
            \s*[^()]{2,150})\)\.?\s*$
      | \s+(?P<labelled>(?i:mandatory\s+credit|photo\s+credit|image\s+credit|credit|photo|foto|bild|
            picture|image|source|quelle)\s*:\s*[^.]{2,150}\.?)\s*$
      | (?<=[.!?])\s+(?P<agency>[A-Z][^.]{0,120}?(?:/|\bvia\s+)(?:[A-Z][\w.&' -]{1,60})[^.]*?
            (?:\b[A-Z]{2,}[\s\w.,'-]*)?[.!]?)\s*$
    )""",
    re.VERBOSE,
)
_SRCSET_ITEM = re.compile(r"(\S+)(?:\s+(\d+(?:\.\d+)?)([wx]))?")
_PLACEHOLDER = re.compile(
    r"^data:|blank\.|spacer\.|pixel\.|placeholder|1x1|lazy\.(?:gif|png)", re.I
)


def image_source(img: HtmlElement) -> str | None:
    """The best URL for an <img> (or <source>): largest srcset entry, else the lazy/real src."""
    for attribute in SRCSET_ATTRIBUTES:
        best = _largest_srcset_entry(img.get(attribute))
        if best:
            return best
    for attribute in SOURCE_ATTRIBUTES:
        value = (img.get(attribute) or "").strip()
        if value and not _PLACEHOLDER.search(value):
            return value
    return None


def _largest_srcset_entry(srcset: str | None) -> str | None:
    if not srcset:
        return None
    best: tuple[float, str] | None = None
    for part in srcset.split(","):
        match = _SRCSET_ITEM.match(part.strip())
        if not match or _PLACEHOLDER.search(match.group(1)):
            continue
        size = float(match.group(2) or 1)
        if best is None or size > best[0]:
            best = (size, match.group(1))
    return best[1] if best else None


def split_credit(caption: str) -> tuple[str, str | None]:
    """Split a trailing photo credit off a caption; returns (caption, credit or None)."""
    match = TRAILING_CREDIT.search(caption)
    if not match:
        return caption, None
    credit = next(group for group in match.groups() if group)
    head = caption[: match.start()].strip()
    if not head:
        return caption, None
    return head, clean_text(credit)


def _int(value: str | None) -> int | None:
    if value and value.strip().isdigit():
        return int(value.strip())
    return None


def caption_and_credit(container: HtmlElement) -> tuple[str | None, str | None]:
    """Caption and credit inside a figure-like container, split when the page marks them."""
    caption: str | None = None
    credit: str | None = None
    for element in container.iter():
        if not isinstance(element.tag, str):
            continue
        words = name_words(element, include_id=False)
        if credit is None and words & CREDIT_WORDS:
            credit = element_text(element) or None
        elif caption is None and (element.tag == "figcaption" or words & CAPTION_WORDS):
            caption = _text_without(element, CREDIT_WORDS) or None
        if caption is not None and credit is not None:
            break
    if caption and credit and caption.endswith(credit):
        caption = caption[: -len(credit)].strip() or None
    if caption and not credit:
        caption, credit = split_credit(caption)
    return caption, credit


def _text_without(element: HtmlElement, words: frozenset[str]) -> str:
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and not (name_words(child, include_id=False) & words):
            parts.append(_text_without(child, words))
        if child.tail:
            parts.append(child.tail)
    return clean_text("".join(parts))


def image_from_element(
    img: HtmlElement, doc: Document, container: HtmlElement | None = None
) -> Image | None:
    """Build an `Image` from an <img>, taking caption/credit from its figure-like container."""
    url = doc.absolute_url(image_source(img))
    if not url:
        return None
    caption, credit = caption_and_credit(container) if container is not None else (None, None)
    alt = clean_text(img.get("alt")) or None
    return Image(
        url=url,
        alt=alt,
        caption=caption,
        credit=credit,
        width=_int(img.get("width")),
        height=_int(img.get("height")),
    )
