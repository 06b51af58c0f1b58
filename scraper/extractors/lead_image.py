"""The lead image: the declared image (og:image, JSON-LD ``image``), matched to the page's
<img> to find its alt, caption and credit.

Captions are looked for in the image's figure-like container first; some layouts (RebelMouse's
"photo caption at bottom") print the lead caption elsewhere, so a caption/credit element that is
not inside any other figure is used as a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Any
from urllib.parse import parse_qsl, unquote

from lxml import etree
from lxml.etree import _Element as HtmlElement

from ..dom import name_words, text_length
from ..models import Block, Image, ImageBlock
from ..parse import Document
from ..urls import path_of, split_url
from .body import is_furniture_text
from .images import (
    CAPTION_WORDS,
    CREDIT_WORDS,
    caption_and_credit,
    credit_of_line,
    image_from_element,
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
# Not a story's picture: a site's or a forum's furniture ("/icons/small/date.png",
# "/statusicon/post_old.gif", "/data/avatars/l/3/3176.jpg", "cs224_favicon.png")
FURNITURE_IMAGE = re.compile(
    r"(?<![a-z])(?:icons?|statusicon|favicon|android-chrome|emoji|avatars?|sprites?|badges?"
    r"|flags?)(?![a-z])"
)
DRAWING_EXTENSIONS = (".gif", ".svg", ".ico")  # icons, flags, diagrams and animations
MIN_LEAD_PICTURE_PX = 200  # a side printed smaller: a thumbnail, an avatar or a banner strip
MAX_LEAD_PICTURE_STEPS = 200  # elements read after the headline looking for its picture
STORY_START_TAGS = frozenset({"p", "h2", "h3", "li", "blockquote"})
MIN_STORY_LINE_CHARS = 80  # a line this long after the headline: the story has begun
MAX_PICTURE_BOX_CLIMB = 5
PICTURE_FURNITURE_WORDS = frozenset(
    {"byline", "author", "authors", "avatar", "headshot", "profile", "share", "social",
     "sharing", "logo", "icon", "icons", "ad", "ads", "advert", "advertisement", "sponsor",
     "newsletter", "related", "promo"}
)  # fmt: skip
# Names of the box a story's own picture is printed in
LEAD_PICTURE_WORDS = frozenset(
    {"lead", "lead-art", "leadart", "hero", "featured", "featured-image", "feature-image",
     "post-thumbnail", "wp-post-image", "attachment-post-thumbnail", "cover", "main-image",
     "article-image", "post-image", "entry-image", "story-image", "photo", "picture", "media"}
)  # fmt: skip
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|avif|gif)(?:[?#]|$)", re.IGNORECASE)
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


# The rendition a picture's file name ends with: a size ("-1024x683"), WordPress's "-scaled",
# or a named crop of five letters or more ("-articleLarge", "-superJumbo", "-mediumThreeByTwo440")
RENDITION_SUFFIX = re.compile(
    r"[-_](?:\d{2,5}x\d{2,5}|scaled|[a-z]{5,}\d{0,4})(?P<extension>\.(?:jpe?g|png|webp|avif))$",
    re.IGNORECASE,
)


SIZE_IN_NAME = re.compile(r"(?<=[-_])(?:[wh]\d{2,5}|\d{2,5}x\d{2,5})(?=[-_])", re.IGNORECASE)


def _int_attribute(img: HtmlElement, name: str) -> int | None:
    value = (img.get(name) or "").strip()
    return int(value) if value.isdigit() else None


def _file_path(url: str) -> str:
    return path_of(url).rstrip("/").lower()


# The parameter an image proxy reads its original from ("/dims4/default/5b1c2d3/resize/1200x/
# ?url=https%3A%2F%2Fstatic.example.com%2Fsenate.jpg": Brightspot; "/_next/image?url=%2Fhero.jpg
# &w=1080": Next.js).
ORIGINAL_PARAMETERS = frozenset({"url", "src", "image", "img"})
_EMBEDDED_ADDRESS = re.compile(r"/(https?:/{1,2}\S+)$", re.IGNORECASE)


def _path_key(url: str) -> str:
    """The path of the file an address serves: a proxy's original (in a parameter, or at the
    end of its path: "/image/fetch/f_auto,q_auto/https%3A%2F%2Fmedia.example.com%2Fa.png"),
    else the address's own."""
    parts = split_url(url)
    if parts is None:
        return _file_path(url)
    for name, value in parse_qsl(parts.query):
        if name.lower() in ORIGINAL_PARAMETERS and value.startswith(("http", "/")):
            return _file_path(value)
    embedded = _EMBEDDED_ADDRESS.search(unquote(parts.path))
    return _file_path(embedded[1]) if embedded else _file_path(url)


def _matching_img(doc: Document, url: str) -> HtmlElement | None:
    """The <img> printing the declared file, else one printing another rendition of it."""
    key = _path_key(url)
    if not key:
        return None
    other_rendition: HtmlElement | None = None
    for img in doc.root.iter("img"):
        candidates = [img.get(a) for a in ("src", "data-src", "data-runner-src", "data-lazy-src")]
        # the renditions a srcset offers ("bungalow-1024x683.jpg 1024w, bungalow.jpg 1600w"):
        # a theme prints a smaller one of the file it declares
        for name in ("srcset", "data-srcset"):
            candidates.extend(address for address, _ in srcset_entries(img.get(name)))
        for candidate in candidates:
            absolute = doc.absolute_url(candidate)
            if not absolute:
                continue
            printed = _path_key(absolute)
            if printed == key:
                return img
            if other_rendition is None and _same_picture(printed, key):
                other_rendition = img
    return other_rendition


def renditions_of_one_picture(first: str, second: str) -> bool:
    """Whether two image addresses are renditions of one picture ("-articleLarge.jpg" and
    "-facebookJumbo.jpg" in one folder; see `_rendition_key`)."""
    return _same_picture(_path_key(first), _path_key(second))


def _same_picture(printed: str, declared: str) -> bool:
    """Whether two paths are one picture: the same file, or renditions of one."""
    if printed == declared or _transform_apart(printed, declared):
        return True
    rendition = _rendition_key(declared)
    return rendition is not None and _rendition_key(printed) == rendition


# A folder naming an image service's transform ("w_1600%2Cc_limit": Condé Nast;
# "c_fill,w_1200": Cloudinary): a digit beside a separator no plain folder name uses, or a
# width or a size alone ("w1200": Ghost's /size/w1200/; "1200x": Brightspot's resize/1200x/).
TRANSFORM_FOLDER = re.compile(
    r"[_,=:]\d|\d[_,=:]|%2c|^[wh]\d{2,4}$|^\d{2,4}x\d{0,4}$", re.IGNORECASE
)


# Two renditions in folders named by their widths alone are one picture only under a name
# that tells it from others (not "image.jpg" in two articles' folders).
MIN_WIDTH_FOLDER = 100
EARLIEST_YEAR_FOLDER, LATEST_YEAR_FOLDER = 1990, 2100
MIN_DISTINCT_NAME_CHARS = 10


def _transform_apart(printed: str, declared: str) -> bool:
    """Whether two paths name one file and differ in one folder only, a transform's
    (".../master/pass/Solar-1234.jpg" and ".../master/w_1600%2Cc_limit/Solar-1234.jpg")."""
    printed_parts, declared_parts = printed.split("/"), declared.split("/")
    if len(printed_parts) != len(declared_parts) or printed_parts[-1] != declared_parts[-1]:
        return False
    pairs = zip(printed_parts, declared_parts, strict=True)
    apart = [(one, other) for one, other in pairs if one != other]
    if len(apart) != 1:
        return False
    return any(TRANSFORM_FOLDER.search(folder) for folder in apart[0]) or (
        all(_is_width_folder(folder) for folder in apart[0])
        and len(printed_parts[-1].rpartition(".")[0]) >= MIN_DISTINCT_NAME_CHARS
    )


def _is_width_folder(folder: str) -> bool:
    """A folder that is a width alone ("/1440/", "/664/": Le Monde), not a year or a day."""
    return (
        folder.isdigit()
        and int(folder) >= MIN_WIDTH_FOLDER
        and not (EARLIEST_YEAR_FOLDER <= int(folder) <= LATEST_YEAR_FOLDER)
    )


def _rendition_key(path: str) -> str | None:
    """A file's path without the rendition its name ends with ("10orchestra-facebookJumbo.jpg"
    and "10orchestra-articleLarge.jpg" are one picture: the New York Times; "-1024x683",
    "-scaled": WordPress); None for a name with no such ending."""
    folder, _, name = path.rpartition("/")
    match = RENDITION_SUFFIX.search(name)
    if match:
        return f"{folder}/{name[: match.start()]}{match['extension']}"
    # a size inside the name ("a1b2_w1200_r1.77_fpx50.jpg" and "a1b2_w948_r1.77_fpx50.jpg":
    # Der Spiegel)
    unsized, sizes = SIZE_IN_NAME.subn("", name)
    return f"{folder}/{unsized}" if sizes else None


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
# (and a sign-up box's "cta-caption": "To receive new posts ..., consider becoming a subscriber")
NOT_A_CAPTION_WORDS = frozenset(
    {"footer", "site-footer", "nav", "navbar", "menu", "subscribe", "subscription",
     "subscription-widget", "newsletter", "signup", "sign-up", "cta"}
)  # fmt: skip


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
            continue  # another image's caption, or a footer's, a menu's or a sign-up box's line
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


def printed_lead_image(doc: Document, headline: HtmlElement | None) -> Image | None:
    """The picture printed between the headline and the story's first words: the lead image
    as printed, for a page that declares none (no og:image, no JSON-LD image). Not a byline's
    portrait, a share button's icon or a link to another page, and not an icon, an avatar, a
    drawing or a strip under `MIN_LEAD_PICTURE_PX` on a side."""
    if headline is None:
        return None
    for element in islice(_following(headline), MAX_LEAD_PICTURE_STEPS):
        if element.tag in STORY_START_TAGS and text_length(element) >= MIN_STORY_LINE_CHARS:
            return None  # the story began with no picture
        if element.tag == "img" and not _in_furniture(element):
            figure = _figure_of(element)
            image = image_from_element(element, doc, figure)
            if image is None or not _is_story_picture(image):
                return None
            framed = _has_size(image) or figure is not None or _in_picture_box(element)
            return image if framed else None
    return None


def opening_picture(blocks: Sequence[Block]) -> Image | None:
    """The picture a story's body opens with, when it is no icon, avatar, drawing or strip:
    the lead image as printed, for a page that declares none and prints none right under its
    headline."""
    first = blocks[0] if blocks else None
    if not isinstance(first, ImageBlock) or not _is_story_picture(first.image):
        return None
    image = first.image
    # a size, a caption or a description: what an interface's arrow or spacer lacks
    return image if _has_size(image) or image.caption or image.credit or image.alt else None


def _has_size(image: Image) -> bool:
    """Whether the page prints the picture's width and height."""
    return image.width is not None and image.height is not None


def _in_picture_box(img: HtmlElement) -> bool:
    """Whether a box around an <img> is named for a story's picture ("lead-art", "hero",
    "post-thumbnail", "wp-post-image")."""
    return any(
        not name_words(node).isdisjoint(LEAD_PICTURE_WORDS)
        for node in islice(_up_to_body(img), MAX_PICTURE_BOX_CLIMB)
    )


def _following(element: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after `element` in document order, outside it."""
    for node in (element, *element.iterancestors()):
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                yield sibling
                yield from sibling.iterdescendants(etree.Element)


def _in_furniture(img: HtmlElement) -> bool:
    """Whether an <img> is a byline's portrait, a share bar's icon or a logo (by its boxes'
    names), or a link to another page (a card's picture: a link to a larger picture is none)."""
    for node in islice(_up_to_body(img), MAX_PICTURE_BOX_CLIMB):
        if node.tag == "a" and not _IMAGE_FILE.search(node.get("href") or ""):
            return True
        if not name_words(node).isdisjoint(PICTURE_FURNITURE_WORDS):
            return True
    return False


def _is_story_picture(image: Image) -> bool:
    path = unquote(path_of(image.url)).lower()
    sides = (side for side in (image.width, image.height) if side is not None)
    return not (
        is_branding_image(image.url)
        or FURNITURE_IMAGE.search(path)
        or path.endswith(DRAWING_EXTENSIONS)
        or "{" in image.url  # a template's unfilled address
        or any(side < MIN_LEAD_PICTURE_PX for side in sides)
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
        if real and _file_path(real) == _file_path(url) and real != url:
            # the printed rendition: its own size, not the declared one's
            url, width, height = real, _int_attribute(img, "width"), _int_attribute(img, "height")
    if caption is None and credit is None and not product:
        caption, credit = _loose_caption(doc)
    return Image(url=url, alt=alt, caption=caption, credit=credit, width=width, height=height)
