"""Images: the real source behind lazy-loading attributes, and caption/credit splitting."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from urllib.parse import unquote

from lxml import etree
from lxml.etree import _Element as HtmlElement

from ..clean import SCREEN_READER_WORDS, is_widget_phrase
from ..dom import class_tokens, name_words, text_without
from ..models import Image
from ..parse import Document
from ..text import clean_text
from ..urls import path_of

# Attributes lazy-loaders put the real source in, most specific first.
SOURCE_ATTRIBUTES = (
    "data-runner-src", "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
    "data-hi-res-src", "data-full-src", "src",
)  # fmt: skip
SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "srcset")
IMAGE_ADDRESS_ATTRIBUTES = SOURCE_ATTRIBUTES + SRCSET_ATTRIBUTES
# Class words of caption and credit elements.
CAPTION_WORDS = frozenset(
    {"caption", "figcaption", "media-caption", "image-caption", "photo-caption", "wp-caption-text",
     "caption-text", "cutline", "legend", "imagedescription", "image-description",
     "bildunterschrift", "imagecaption", "img-caption"}
)  # fmt: skip
# Names of the switches a caption prints to fold itself (NPR's "hide caption", "toggle
# caption"): no part of the caption.
CAPTION_TOGGLE_WORDS = frozenset(
    {"hide-caption", "toggle-caption", "show-caption", "caption-toggle", "toggle"}
)
# What a caption or credit holds that it does not print: its toggles, and words for screen
# readers only (BBC's "Image caption, ", "Image source, ")
UNPRINTED_WORDS = CAPTION_TOGGLE_WORDS | SCREEN_READER_WORDS
CREDIT_WORDS = frozenset(
    {"credit", "credits", "media-photo-credit", "photo-credit", "image-credit", "copyright",
     "photographer", "attribution", "courtesy"}
)  # fmt: skip
# A credit written at the end of a caption: "... 2023. REUTERS/Jeenah Moon",
# "... (Photo by X/Getty Images)", "... Photo: X", "Mandatory Credit: ...", "... | © AFP / X",
# "... | J. Scott Applewhite/AP" (Politico: the credit after a bar, a name and its agency),
# "... in 2020. Photo by Sam Baker / Unsplash" (Ghost's Unsplash credit).
# A match starts where its white space starts ((?<!\s) and possessive runs), so `search` never
# re-scans a long run.
TRAILING_CREDIT = re.compile(
    r"""(?:
        (?<!\s)\s*+\((?P<paren>[^()]{0,60}?\b(?i:photo|image|picture|foto|bild|credit)s?\s*
            (?:by|:|credit:?|courtesy)\s*[^()]{2,150})\)\.?\s*$
      | (?<!\s)\s++(?P<labelled>(?i:mandatory\s+credit|photo\s+credit|image\s+credit|credit|photo|
            foto|bild|picture|image|source|quelle)\s*:\s*[^.]{2,150}\.?)\s*$
      | (?<![\s|])\s*+\|?\s*+(?P<copyright>©[^©|]{2,80}+)$
      | (?:(?<!\s)\s*+[|·•–—]\s*+|(?<=[.!?])\s++)(?P<byline>(?i:photo|image|picture|foto|bild)s?\s++
            (?i:by|von|par|de|di)\s++[^.|·•–—]{2,80}+\.?)$
      | (?<![\s|])\s*+\|\s*+(?P<piped>[A-Z][\w.'-]*+(?:\s[A-Z][\w.'-]*+){0,4}/[A-Z][\w .&'-]{0,40}
            |(?:AP|AFP|EPA|Reuters|REUTERS|Getty\s++Images|Shutterstock|iStock|dpa)\b[^|]{0,30})$
    )""",
    re.VERBOSE,
)
MAX_COPYRIGHT_CREDIT_CHARS = 80  # "© Marcus Bensmann / Correctiv"; longer, the caption runs on
# The label a picture's credit is printed under ("Foto:", "Photo by", "Crédits photos :",
# "Image credit:", "Bilder:").
_PHOTO_CREDIT_LABEL = (
    r"(?:photo(?:graph)?|foto|bild(?:er)?|image|picture|beitragsbild|titelbild|aufmacherbild"
    r"|crédits?\s++photos?|credit)s?(?:\s++credits?)?"
)
# A line that is nothing but a picture's credit: the label, then the name ("Credit: Serious
# Eats", "Foto: MDR/Bernd Cramer", "Photo by ev on Unsplash").
CREDIT_ONLY_LINE = re.compile(
    r"^(?P<label>" + _PHOTO_CREDIT_LABEL + r"\s*+(?::|by\b))\s*+(?P<name>\S.{0,100})$",
    re.IGNORECASE | re.DOTALL,
)
# A caption left holding only the label of the credit after it ("Fotos: © Burkard Meyer").
PHOTO_CREDIT_LABEL = re.compile(_PHOTO_CREDIT_LABEL + r"\s*+:?", re.IGNORECASE)
# The agency credit after a sentence ("... 2023. REUTERS/Jeenah Moon", "... via AP. ATTENTION
# EDITORS ...") is found by `agency_credit_start`, which answers what the regex
#   (?<=[.!?])\s+(?P<agency>[A-Z][^.]{0,120}?(?:/|\bvia\s+)(?:[A-Z][\w.&' -]{1,60})
#   [^.]*?(?:\b[A-Z]{2,}[\s\w.,'-]*)?[.!]?)\s*$
# would, in linear time (as a regex it backtracks polynomially: a 6,000-character caption took
# 0.5 s). Only the last `MAX_AGENCY_STARTS` sentence starts are tried.
MAX_AGENCY_STARTS = 64
AGENCY_LEAD_CHARS = 120  # [^.]{0,120}? before the separator
_AGENCY_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_AGENCY_SEPARATOR = re.compile(r"/|\bvia\s")
_AGENCY_NAME = re.compile(r"[\w.&' -]{1,60}")
_SPACE_RUN = re.compile(r"\s+")
_CAPS_WORD = re.compile(r"\b[A-Z]{2}")
_DOT = re.compile(r"\.")
_TAIL = re.compile(r"[\s\w.,'-]*")
# A file name saying the image is the site's logo, a placeholder or an avatar
# (or a site's icon: Ghost's bookmark cards print the linked site's "favicon-5.ico")
BRANDING_IMAGE_WORDS = ("logo", "placeholder", "avatar", "favicon", ".ico")
BRANDING_IMAGE = re.compile(
    r"(?<![a-z])(?:logos?|placeholder|avatar|blavatar|favicon)(?![a-z])|\.ico$"
)
_SRCSET_ITEM = re.compile(r"(\S+)(?:\s+(\d+(?:\.\d+)?)([wx]))?")
# (a "1x1" folder is a crop's aspect ratio: ".../1x1/120@80.jpg" is a picture, "1x1.gif" none)
_PLACEHOLDER = re.compile(
    r"^data:|blank\.|spacer\.|pixel\.|placeholder|(?<![a-z\d])1x1(?![a-z\d/])|lazy\.(?:gif|png)",
    re.I,
)
# Text every match of the pattern holds: most addresses hold none, and a look for them costs
# less than the pattern's search.
_PLACEHOLDER_MARKS = ("data:", "blank.", "spacer.", "pixel.", "placeholder", "1x1", "lazy.")


def _is_placeholder(address: str) -> bool:
    lowered = address.lower()
    return any(mark in lowered for mark in _PLACEHOLDER_MARKS) and bool(
        _PLACEHOLDER.search(address)
    )


def is_branding_image(url: str) -> bool:
    """An image that stands for the site, not the story: its logo, a placeholder, an avatar
    ("logo-opengraph.png", "social_placeholder.png", "gravatar.com/blavatar/...")."""
    # an image CDN's address may hold the original's, encoded ("/fetch/w_56/https%3A%2F%2F
    # .../images%2Flogo.png"): its file name is the last part once decoded
    path = unquote(path_of(url)).lower()
    return bool(BRANDING_IMAGE.search(path.rsplit("/", 1)[-1])) or "avatar/" in path


def image_source(img: HtmlElement) -> str | None:
    """The best URL for an <img> (or <source>): largest srcset entry, else the lazy/real src."""
    for attribute in SRCSET_ATTRIBUTES:
        best = _largest_srcset_entry(img.get(attribute))
        if best:
            return best
    for attribute in SOURCE_ATTRIBUTES:
        value = (img.get(attribute) or "").strip()
        if value and not _is_placeholder(value):
            return value
    return None


# Where a card drawn with CSS keeps its picture: a lazy loader's attribute (tagDiv's
# data-img-url, lazysizes' data-bg) or the style itself ("background-image: url('...')").
BACKGROUND_ATTRIBUTES = ("data-img-url", "data-bg", "data-background-image", "data-background")
_BACKGROUND_URL = re.compile(r"""background(?:-image)?\s*+:[^;]*?url\(\s*+['"]?+([^'")\s]++)""")


def background_source(element: HtmlElement) -> str | None:
    """The URL of the picture an element draws as its CSS background, if any."""
    for attribute in BACKGROUND_ATTRIBUTES:
        value = (element.get(attribute) or "").strip()
        if value and not _is_placeholder(value):
            return value
    # lazysizes' bgset plugin: a srcset for the background ("a.jpg 585w, b.jpg 1170w")
    bgset = (element.get("data-bgset") or "").strip()
    if bgset and not _is_placeholder(bgset) and (largest := _largest_srcset_entry(bgset)):
        return largest
    style = element.get("style")
    if style and "url(" in style and (match := _BACKGROUND_URL.search(style)):
        address = match.group(1)
        return None if _is_placeholder(address) else address
    return None


def srcset_entries(srcset: str | None) -> Iterator[tuple[str, float]]:
    """The (address, width or density) of each rendition a srcset offers, placeholders left
    out ("a-1024x683.jpg 1024w, a.jpg 1600w")."""
    for part in (srcset or "").split(","):
        match = _SRCSET_ITEM.match(part.strip())
        if match and not _is_placeholder(match.group(1)):
            yield match.group(1), float(match.group(2) or 1)


def _largest_srcset_entry(srcset: str | None) -> str | None:
    best = max(srcset_entries(srcset), key=lambda entry: entry[1], default=None)
    return best[0] if best else None


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """Split a trailing photo credit off a caption; returns (caption, credit), each None when
    missing: a caption that is nothing but a credit ("© dpa", "Fotos: © Burkard Meyer") is
    the credit."""
    if caption.lstrip().startswith("©") and len(caption) <= MAX_COPYRIGHT_CREDIT_CHARS:
        return None, clean_text(caption)
    match = TRAILING_CREDIT.search(caption)
    agency = agency_credit_start(caption)
    if agency is not None and (match is None or agency[0] < match.start()):
        start, credit = agency[0], caption[agency[1] :]
    elif match is not None:
        start, credit = match.start(), next(group for group in match.groups() if group)
    else:
        return caption, None
    head = caption[:start].strip()
    if credit.endswith(")") and "(" not in credit and head.endswith("("):
        head, credit = head[:-1].rstrip(), credit[:-1]  # "... (© FEI/Christophe Taniere)"
        if not head:
            return None, clean_text(credit)
    if not head:
        return caption, None
    if PHOTO_CREDIT_LABEL.fullmatch(head):
        return None, clean_text(credit)
    return head, clean_text(credit)


def credit_of_line(text: str) -> str | None:
    """The credit a line printing nothing but a picture's credit gives (`CREDIT_ONLY_LINE`):
    the name after a "Foto:" label, the whole line where it reads "Photo by ..."; else None."""
    match = CREDIT_ONLY_LINE.match(text)
    if match is None:
        return None
    return match["name"].strip() if match["label"].endswith(":") else text


def agency_credit_start(caption: str) -> tuple[int, int] | None:
    """Where a trailing agency credit starts: (start of the white space before it, start of
    the credit), for the first sentence start that fits the pattern quoted above.

    After the agency name the rest of the caption must either hold no "." but a final one, or
    reach, before its first ".", an all-caps word from which only ``[\\s\\w.,'-]`` follows
    (then one optional "." or "!"). Both are answered from positions computed once."""
    starts = [(m.start(), m.end()) for m in _AGENCY_START.finditer(caption)]
    if not starts:
        return None
    dots = [m.start() for m in _DOT.finditer(caption)]
    stripped = caption.rstrip()
    final_dot = len(stripped) - 1 if stripped.endswith(".") else -1
    # Rest without a caps word: no "." after it but the final one.
    inner_dots = [dot for dot in dots if dot != final_dot]
    last_inner_dot = inner_dots[-1] if inner_dots else -1
    # Rest with a caps word: it must start at or after `tail_start`.
    body = stripped[:-1] if stripped.endswith("!") else stripped
    tail = _TAIL.match(body[::-1])
    tail_start = len(body) - (tail.end() if tail else 0)
    caps = [m.start() for m in _CAPS_WORD.finditer(caption)]

    def next_dot(position: int) -> int:
        index = bisect_left(dots, position)
        return dots[index] if index < len(dots) else len(caption)

    def rest_fits(rest: int) -> bool:
        if rest > last_inner_dot:
            return True
        index = bisect_left(caps, max(rest, tail_start))
        return index < len(caps) and caps[index] < next_dot(rest)

    for start, agency in starts[-MAX_AGENCY_STARTS:]:
        lead_end = min(agency + 1 + AGENCY_LEAD_CHARS, next_dot(agency + 1))
        window_end = min(len(caption), lead_end + 4)
        for separator in _AGENCY_SEPARATOR.finditer(caption, agency + 1, window_end):
            if separator.start() > lead_end:
                break
            name = separator.end()
            if separator.group() != "/":
                name = _SPACE_RUN.match(caption, name - 1).end()  # type: ignore[union-attr]
            if name >= len(caption) or not ("A" <= caption[name] <= "Z"):
                continue
            run = _AGENCY_NAME.match(caption, name + 1)
            if run is None:
                continue
            if any(rest_fits(rest) for rest in range(name + 2, run.end() + 1)):
                return start, agency
    return None


def _int(value: str | None) -> int | None:
    if value and value.strip().isdigit():
        return int(value.strip())
    return None


def caption_and_credit(container: HtmlElement) -> tuple[str | None, str | None]:
    """Caption and credit inside a figure-like container, split when the page marks them. A
    box named for credits that holds the caption ("credit-caption") is read by its parts. A
    button ("show-caption-button") and the toggles a caption prints ("hide caption", "toggle
    caption") are neither, nor anything inside them."""
    caption: str | None = None
    credit: str | None = None
    switches: set[HtmlElement] = set()
    for element in container.iter():
        if not isinstance(element.tag, str):
            continue
        words = name_words(element, include_id=False)
        if (
            element.tag == "button"
            or words & CAPTION_TOGGLE_WORDS
            or element.getparent() in switches
        ):
            switches.add(element)  # and all inside it
            continue
        if credit is None and words & CREDIT_WORDS and not _holds_caption(element):
            credit = text_without(element, UNPRINTED_WORDS) or None
        elif caption is None and (element.tag == "figcaption" or words & CAPTION_WORDS):
            caption = text_without(element, CREDIT_WORDS | UNPRINTED_WORDS) or None
        if caption is not None and credit is not None:
            break
    if caption and is_widget_phrase(caption):
        caption = None  # a lightbox's "View fullsize"
    if caption and credit and caption.endswith(credit):
        caption = caption[: -len(credit)].strip() or None
    if caption and not credit:
        caption, credit = split_credit(caption)
    return caption, credit


def _holds_caption(element: HtmlElement) -> bool:
    """Whether a box holds a caption, a class of its own ("caption", not a "caption-link"): NPR's
    "credit-caption" around the caption and its credit is no credit itself."""
    return any(
        inner.tag == "figcaption" or not CAPTION_WORDS.isdisjoint(class_tokens(inner))
        for inner in element.iterdescendants(etree.Element)
    )


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
