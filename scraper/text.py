"""Text helpers shared by every extractor: white space, element text, word counts."""

from __future__ import annotations

import re
import unicodedata

from lxml import etree
from lxml.etree import _Element as HtmlElement

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
# Zero-width and soft-hyphen characters that break matching but carry no text, and the
# replacement character left where bytes could not be decoded or a control character stood.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd\ufffe]")


def clean_text(text: str | None) -> str:
    """Collapse white space (including NBSP) to single spaces and strip; remove invisibles."""
    if not text:
        return ""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def raw_text(element: HtmlElement) -> str:
    """All text inside `element` (not its tail), concatenated in C.

    Block boundaries read as white space because `parse_html` pads block elements."""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def element_text(element: HtmlElement) -> str:
    """The element's visible text with white space collapsed."""
    return clean_text(raw_text(element))


def short_text(element: HtmlElement, limit: int) -> str | None:
    """The element's text with white space collapsed, or None as soon as it runs past `limit`
    characters (so that asking whether a big element is a short label costs little)."""
    parts: list[str] = []
    visible = 0
    for piece in element.itertext():
        piece = str(piece)
        visible += len(piece.strip())
        if visible > limit:
            return None
        parts.append(piece)
    text = clean_text("".join(parts))
    return text if len(text) <= limit else None


def word_count(text: str) -> int:
    """Number of words (``\\w+`` runs) in `text`."""
    return len(_WORD.findall(text))


def normalise_key(text: str) -> str:
    """A comparison key: NFKC, case-folded, white space collapsed."""
    return clean_text(unicodedata.normalize("NFKC", text)).casefold()
