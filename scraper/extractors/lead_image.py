"""The lead image: the declared image (og:image, JSON-LD ``image``), matched to the page's
<img> to find its alt, caption and credit.

Captions are looked for in the image's figure-like container first; some layouts (RebelMouse's
"photo caption at bottom") print the lead caption elsewhere, so a caption/credit element that is
not inside any other figure is used as a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from lxml.etree import _Element as HtmlElement

from ..dom import name_words, text_length
from ..models import Image
from ..parse import Document
from .body import is_furniture_text
from .images import (
    CAPTION_WORDS,
    CREDIT_WORDS,
    caption_and_credit,
    credit_of_line,
    image_source,
    is_branding_image,
    srcset_entries,
)
from .structured import StructuredData

IMAGE_META = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
)
FIGURE_TAGS = ("figure", "div", "span", "section", "picture", "p")
MAX_FIGURE_CLIMB = 3
MAX_FIGURE_TEXT = 600


def _declared_image(
    doc: Document, data: StructuredData, article: dict[str, Any] | None
) -> tuple[str, str | None, int | None, int | None] | None:
    if article:
        image = article.get("image")
        if isinstance(image, list):
            image = image[0] if image else None
        if isinstance(image, dict) and "url" not in image and isinstance(image.get("@id"), str):
            image = next((o for o in data.jsonld if o.get("@id") == image["@id"]), image)
        url: Any = image.get("url") if isinstance(image, dict) else image
        if isinstance(url, str) and doc.absolute_url(url) and not is_branding_image(url):
            width = image.get("width") if isinstance(image, dict) else None
            height = image.get("height") if isinstance(image, dict) else None
            return (
                doc.absolute_url(url) or url,
                None,
                width if isinstance(width, int) else None,
                height if isinstance(height, int) else None,
            )
    declared = (doc.absolute_url(value) for value in data.meta_values(*IMAGE_META))
    url = next((value for value in declared if value and not is_branding_image(value)), None)
    if not url:
        return None
    alt = data.first_meta("og:image:alt", "twitter:image:alt")
    width = data.first_meta("og:image:width")
    height = data.first_meta("og:image:height")
    return (
        url,
        alt[1] if alt else None,
        int(width[1]) if width and width[1].isdigit() else None,
        int(height[1]) if height and height[1].isdigit() else None,
    )


def _int_attribute(img: HtmlElement, name: str) -> int | None:
    value = (img.get(name) or "").strip()
    return int(value) if value.isdigit() else None


def _path_key(url: str) -> str:
    parts = urlsplit(url)
    return parts.path.rstrip("/").lower()


def _matching_img(doc: Document, url: str) -> HtmlElement | None:
    key = _path_key(url)
    if not key:
        return None
    for img in doc.root.iter("img"):
        candidates = [img.get(a) for a in ("src", "data-src", "data-runner-src", "data-lazy-src")]
        # the renditions a srcset offers ("bungalow-1024x683.jpg 1024w, bungalow.jpg 1600w"):
        # a theme prints a smaller one of the file it declares
        for name in ("srcset", "data-srcset"):
            candidates.extend(address for address, _ in srcset_entries(img.get(name)))
        for candidate in candidates:
            absolute = doc.absolute_url(candidate)
            if absolute and _path_key(absolute) == key:
                return img
    return None


MAX_CREDIT_CHARS = 120  # a longer "credit" is a caption in a box named for credits
# A caption printed apart from its picture: a sentence of this many words or more, which
# speaks of the picture, not to the reader or for the site.
MIN_LOOSE_CAPTION_WORDS = 4
MIN_LINE_WORDS = 8
SENTENCE_ENDS = (".", "!", "?")
CLOSING_MARKS = " \"'”’)»"
ADDRESSING_WORDS = frozenset({"you", "your", "we", "our", "us", "thanks"})
_WORD = re.compile(r"\w+")
# Names of a page's footer and menus: no caption printed apart from its image is there
NOT_A_CAPTION_WORDS = frozenset({"footer", "site-footer", "nav", "navbar", "menu"})


def _up_to_body(element: HtmlElement) -> Iterator[HtmlElement]:
    """The element and its ancestors below <body> (whose classes describe the whole page)."""
    node: HtmlElement | None = element
    while node is not None and node.tag not in ("body", "html"):
        yield node
        node = node.getparent()


def _figure_of(img: HtmlElement) -> HtmlElement | None:
    """The figure-like box around the image: a <figure>, else the nearest box holding a
    caption, else the nearest holding a credit alone ("© Stefan Wermuth")."""
    node = img.getparent()
    credited: HtmlElement | None = None
    for _ in range(MAX_FIGURE_CLIMB):
        if node is None:
            break
        if node.tag == "figure":
            return node
        caption, credit = caption_and_credit(node)
        if (caption or credit) and text_length(node) <= MAX_FIGURE_TEXT:
            if caption:
                return node
            if credit and len(credit) <= MAX_CREDIT_CHARS and credited is None:
                credited = node
        node = node.getparent()
    return credited


def _loose_caption(doc: Document) -> tuple[str | None, str | None]:
    """A caption/credit pair printed apart from any image (bottom-of-article caption layouts)."""
    for element in doc.named(CAPTION_WORDS | CREDIT_WORDS):
        if element.tag not in ("div", "p", "span", "small", "figcaption"):
            continue
        container = element.getparent()
        if container is None or container.find(".//img") is not None:
            continue
        if any(
            a.tag in ("figure", "footer") or name_words(a) & NOT_A_CAPTION_WORDS
            for a in _up_to_body(element)
        ):
            continue  # another image's caption, or a footer's or a menu's line
        caption, credit = caption_and_credit(container)
        # A line named for captions anywhere on the page is read only when it reads as one: a
        # cookie panel's "Always Enabled", a rating's "Rated 5.0 out of 5 stars", a byline or
        # the site's "© 2026 ..." are not.
        if caption is not None and not _reads_as_caption(caption):
            caption = None
        if credit is not None and caption is None and credit_of_line(credit) is None:
            credit = None  # (beside a caption, the credit is the picture's whatever its form)
        return caption, credit
    return None, None


def _reads_as_caption(text: str) -> bool:
    """Whether a loose caption describes a picture: a sentence of a few words, no furniture,
    not addressed to the reader nor in the site's voice ("Find centralized, trusted content
    ... you use most.", "We can see you as soon as tomorrow!")."""
    words = _WORD.findall(text.casefold())
    return (
        len(words) >= MIN_LOOSE_CAPTION_WORDS
        # a sentence, or a line as long as one (captions often end without a full stop)
        and (text.rstrip(CLOSING_MARKS).endswith(SENTENCE_ENDS) or len(words) >= MIN_LINE_WORDS)
        and ADDRESSING_WORDS.isdisjoint(words)
        and not is_furniture_text(text)
    )


def extract_lead_image(
    doc: Document,
    data: StructuredData,
    article: dict[str, Any] | None,
    *,
    product: bool = False,
) -> Image | None:
    """The lead image with alt, caption and credit when the page gives them. A caption printed
    apart from the image is not looked for on a page declaring a product (`product`): shop
    themes name their small print "caption"."""
    declared = _declared_image(doc, data, article)
    if declared is None:
        return None
    url, alt, width, height = declared
    img = _matching_img(doc, url)
    caption = credit = None
    if img is not None:
        alt = alt or (img.get("alt") or "").strip() or None
        figure = _figure_of(img)
        if figure is not None:
            caption, credit = caption_and_credit(figure)
        real = doc.absolute_url(image_source(img))
        if real and _path_key(real) == _path_key(url) and real != url:
            # the printed rendition: its own size, not the declared one's
            url, width, height = real, _int_attribute(img, "width"), _int_attribute(img, "height")
    if caption is None and credit is None and not product:
        caption, credit = _loose_caption(doc)
    return Image(url=url, alt=alt, caption=caption, credit=credit, width=width, height=height)
