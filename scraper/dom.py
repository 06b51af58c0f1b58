"""Small DOM helpers shared by the cleaner and the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import cast

from lxml import etree
from lxml.etree import _Element as HtmlElement

from .text import clean_text, raw_text

_NAME_PARTS = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
_SEGMENTS = re.compile(r"[-_]+")
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A class opening with one of these says what the element holds, lacks or turns on, not what
# it is ("has-comments", "no-sidebar", "withSidebar", "enable-pin-share"): its parts are not
# names of the element, nor are those after a "has" or "no" within one ("summary-item-has-author").
STATE_PREFIXES = frozenset({"has", "no", "with", "without", "enable", "disable"})
STATE_PARTS = frozenset({"has", "no"})
# A class holding one of these sets how something looks ("kt-pane-header-alignment-left"): its
# other parts name what it styles, not the element.
SETTING_PARTS = frozenset({"alignment", "align", "aligned"})
# WordPress's post_class() files a post under its terms ("category-no-newsletter-rss",
# "tag-related"): in a class string that carries its status ("type-post status-publish"), a term's
# parts name the term, not the element.
TERM_PREFIXES = ("category-", "tag-")
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CACHE_SIZE = 16384
_NO_WORDS: frozenset[str] = frozenset()


@lru_cache(maxsize=_CACHE_SIZE)
def words_of(raw: str) -> frozenset[str]:
    """The words of a class-like string ("post-kicker widget__section" gives post-kicker,
    post, kicker, widget__section, widget, section), as `name_words` reads class and id."""
    words: set[str] = set()
    tokens = raw.split()
    filed = "status-" in raw and any(token.startswith("status-") for token in tokens)
    for token in tokens:
        lower = token.lower()
        words.add(lower)
        if filed and lower.startswith(TERM_PREFIXES):
            continue
        if "[" in token:  # a Tailwind arbitrary value ("mr-[--sidebar-width]") is CSS, not a name
            token = token.split("[", 1)[0]
            lower = token.lower()
        if "--" in token:
            # a BEM modifier is read on its own: "o-section--has-ads" says what the section holds
            pieces = [_parts(piece) for piece in token.split("--")]
            if all(SETTING_PARTS.isdisjoint(parts) for parts in pieces):
                for parts in pieces:
                    words.update(_before_state(parts))
            continue
        if lower != token:  # camelCase parts need the pattern
            parts = [part.lower() for part in _NAME_PARTS.split(token) if part]
            words.update(_kebab_forms(token))
        elif "-" in token or "_" in token:  # "post-kicker", "widget__section": split in C
            parts = [part for part in lower.replace("_", "-").split("-") if part]
        else:
            continue
        if SETTING_PARTS.isdisjoint(parts):
            words.update(_before_state(parts))
    return frozenset(words)


def _kebab_forms(token: str) -> list[str]:
    """The camelCase runs of a class token written as their hyphenated twin, the name a word
    table knows ("ssrcss-1x2y-VisuallyHidden" gives "visually-hidden", "relatedPosts" gives
    "related-posts"), unless they say what the element holds or how it looks ("hasComments")."""
    forms: list[str] = []
    for run in _SEGMENTS.split(token):
        parts = [part.lower() for part in _CAMEL_BOUNDARY.split(run) if part]
        if len(parts) > 1 and _before_state(parts) == parts and SETTING_PARTS.isdisjoint(parts):
            forms.append("-".join(parts))
    return forms


def _before_state(parts: list[str]) -> list[str]:
    """A class token's parts, none when it opens with a state word, and up to a "has" or "no"
    within it: "summary-item-has-author" is a summary item that has an author, not an author
    box ("image-with-text-section" is an image-with-text section)."""
    if not parts or parts[0] in STATE_PREFIXES:
        return []
    if STATE_PARTS.isdisjoint(parts):
        return parts
    return parts[: next(i for i, part in enumerate(parts) if part in STATE_PARTS)]


def _parts(token: str) -> list[str]:
    """A class token's parts, lower-cased (a token of one part is its only part)."""
    lower = token.lower()
    if lower != token:  # camelCase parts need the pattern
        return [part.lower() for part in _NAME_PARTS.split(token) if part]
    if "-" in token or "_" in token:  # "post-kicker", "widget__section": split in C
        return [part for part in lower.replace("_", "-").split("-") if part]
    return [lower] if lower else []


def class_tokens(element: HtmlElement) -> list[str]:
    """The element's class attribute as lower-case tokens, as written (not split into words
    as `name_words` splits them)."""
    return (element.get("class") or "").lower().split()


def is_ancestor(ancestor: HtmlElement, element: HtmlElement) -> bool:
    """Whether `ancestor` holds `element` (an element is not its own ancestor)."""
    node = element.getparent()
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def holds(box: HtmlElement, element: HtmlElement | None) -> bool:
    """Whether `element` is `box` or inside it."""
    return element is not None and (element is box or is_ancestor(box, element))


def path_up(element: HtmlElement, top: HtmlElement) -> Iterator[HtmlElement]:
    """`element` and its ancestors up to `top` (included), a box around it or itself."""
    yield element
    if element is top:
        return
    for ancestor in element.iterancestors():
        yield ancestor
        if ancestor is top:
            return


def in_tree(elements: list[HtmlElement], root: HtmlElement) -> list[HtmlElement]:
    """The `elements` still in the tree under `root` (lxml keeps a removed element in its
    document: only a walk up to the root tells). Each ancestor is looked at once per call."""
    verdicts: dict[HtmlElement, bool] = {root: True}
    kept: list[HtmlElement] = []
    for element in elements:
        path: list[HtmlElement] = []
        node: HtmlElement | None = element
        while node is not None and node not in verdicts:
            path.append(node)
            node = node.getparent()
        verdict = node is not None and verdicts[node]
        for step in path:
            verdicts[step] = verdict
        if verdict:
            kept.append(element)
    return kept


def is_main_landmark(element: HtmlElement) -> bool:
    """Whether `element` is a main landmark: ``<main>`` or ``role="main"``."""
    return element.tag == "main" or element.get("role") == "main"


def same_kind(one: HtmlElement, other: HtmlElement) -> bool:
    """Whether two elements share tag and class attribute (a template's repeated parts)."""
    return one.tag == other.tag and one.get("class") == other.get("class")


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


def text_without(element: HtmlElement, words: frozenset[str]) -> str:
    """The element's text (white space collapsed) without the parts inside descendants whose
    class names hold one of `words` (a caption without its "credit" span)."""
    return clean_text(_raw_text_without(element, words))


def _raw_text_without(element: HtmlElement, words: frozenset[str]) -> str:
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and not (name_words(child, include_id=False) & words):
            parts.append(_raw_text_without(child, words))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)
