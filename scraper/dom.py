"""Small DOM helpers shared by the cleaner and the extractors."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

from lxml import etree
from lxml.etree import _Element as HtmlElement

from .text import raw_text

_NAME_PARTS = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
# A class opening with one of these says what the element holds or lacks, not what it is
# ("has-comments", "no-sidebar", "withSidebar"): its parts are not names of the element.
STATE_PREFIXES = frozenset({"has", "no", "with", "without"})
# A class holding one of these sets how something looks ("kt-pane-header-alignment-left"): its
# other parts name what it styles, not the element.
SETTING_PARTS = frozenset({"alignment", "align", "aligned"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CACHE_SIZE = 16384
_NO_WORDS: frozenset[str] = frozenset()


@lru_cache(maxsize=_CACHE_SIZE)
def words_of(raw: str) -> frozenset[str]:
    """The words of a class-like string ("post-kicker widget__section" gives post-kicker,
    post, kicker, widget__section, widget, section), as `name_words` reads class and id."""
    words: set[str] = set()
    for token in raw.split():
        lower = token.lower()
        words.add(lower)
        if "[" in token:  # a Tailwind arbitrary value ("mr-[--sidebar-width]") is CSS, not a name
            token = token.split("[", 1)[0]
            lower = token.lower()
        if lower != token:  # camelCase parts need the pattern
            parts = [part.lower() for part in _NAME_PARTS.split(token) if part]
        elif "-" in token or "_" in token:  # "post-kicker", "widget__section": split in C
            parts = [part for part in lower.replace("_", "-").split("-") if part]
        else:
            continue
        if parts and parts[0] not in STATE_PREFIXES and SETTING_PARTS.isdisjoint(parts):
            words.update(parts)
    return frozenset(words)


def select(xpath: etree.XPath, element: HtmlElement) -> list[HtmlElement]:
    """Run a compiled XPath that selects elements (and only elements)."""
    return cast(list[HtmlElement], xpath(element))


def text_length(element: HtmlElement) -> int:
    """Length of the element's text content, computed in C (white space included)."""
    return len(raw_text(element))


def name_words(element: HtmlElement, *, include_id: bool = True) -> frozenset[str]:
    """Lower-cased class (and id) names, whole and split into parts on '-', '_' and camelCase.

    ``class="post-kicker widget__section"`` gives {"post-kicker", "post", "kicker",
    "widget__section", "widget", "section"}, so word tables can name either form. Pages repeat
    the same class strings thousands of times, so results are cached by attribute value.
    """
    classes = element.get("class")
    words = words_of(classes) if classes else _NO_WORDS
    if include_id:
        identifier = element.get("id")
        if identifier:  # cached on its own: ids are unique, class strings repeat
            return words | words_of(identifier) if words else words_of(identifier)
    return words
