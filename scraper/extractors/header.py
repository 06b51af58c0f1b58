"""The article header as a reader sees it: the text printed just before and after the headline.

Bylines and datelines are printed next to the headline, whatever their markup ("By Jane Doe",
"Published October 14, 2025", "23.07.2025" in a class-less ``<div>``). `header_text` walks the
tree once, in reading order, skipping scripts, styles, forms and navigation, and keeps a bounded
window of text around the headline: `HEADER_CHARS_BEFORE` characters before it (kickers,
"Last updated" lines some layouts print above the title) and `HEADER_CHARS_AFTER` after it
(dek, byline, dateline). ``<time datetime>`` values met on the way are kept with their position,
so a machine-readable time printed in the header is read with its zone, and so are the pieces
printed right after a person icon or an author's portrait (the name a byline prints without
"By").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.etree import _Element as HtmlElement

from ..dom import class_tokens
from ..text import clean_text, element_text

HEADER_CHARS_BEFORE = 250
HEADER_CHARS_AFTER = 450
# Elements whose text a reader never sees as part of the header (a picture's caption is the
# picture's: "Le Sénat, à Paris, le 3 décembre 2025." is no dateline).
SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "select", "option", "textarea", "button",
     "nav", "form", "iframe", "head", "title", "figcaption"}
)  # fmt: skip
MAX_NODES = 50_000  # the walk stops here on enormous pages (the header is near the top anyway)
# Class names of an icon of a person ("bi-person", "fa-user", "icon-author", "avatar"): a
# byline may print the name right after one, without "By".
PERSON_ICON = re.compile(
    r"^(?:[a-z]{1,12}-)?(?:person|user|author|avatar)(?:-(?:circle|fill|o|alt|line|outline|icon))?$"
)
ICON_TAGS = frozenset({"i", "span", "svg", "img", "em"})
# Words in an image's class or address that say it is a person's portrait.
PORTRAIT_HINTS = ("avatar", "author", "profile", "headshot", "portrait", "rounded-full",
                  "rounded-circle")  # fmt: skip


@dataclass(slots=True)
class HeaderText:
    """Text printed around the headline, in reading order, one piece per text node.

    ``before`` holds the pieces above the headline (nearest last), ``after`` those below it
    (nearest first); at most `HEADER_CHARS_BEFORE` / `HEADER_CHARS_AFTER` characters each.
    ``before_times`` / ``after_times`` map a piece's index to the ``datetime`` attribute of a
    ``<time>`` element that starts at that piece; ``after_person_marks`` holds the indexes of
    the pieces below it printed right after a person icon, an avatar, or a round portrait whose
    alt text they repeat."""

    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    before_times: dict[int, str] = field(default_factory=dict)
    after_times: dict[int, str] = field(default_factory=dict)
    after_person_marks: set[int] = field(default_factory=set)


def _is_skipped(element: HtmlElement) -> bool:
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIPPED_TAGS:
        return True
    return element.get("hidden") is not None or element.get("aria-hidden") == "true"


def _marks_a_person(element: HtmlElement) -> bool:
    """An icon of a person or an author's avatar: the name is printed right after it."""
    if element.tag not in ICON_TAGS or (element.text or "").strip():
        return False
    if any(PERSON_ICON.match(c) for c in class_tokens(element)):
        return True
    return element.tag == "img" and "avatar" in (element.get("src") or "").lower()


def _is_portrait(image: HtmlElement) -> bool:
    """A picture styled as a person's portrait (round, or named as an avatar)."""
    names = f"{image.get('class') or ''} {image.get('src') or ''}".lower()
    return any(hint in names for hint in PORTRAIT_HINTS)


def header_text(root: HtmlElement, headline: HtmlElement | None) -> HeaderText:
    """The bounded text window around `headline` (empty when there is no headline)."""
    result = HeaderText()
    if headline is None:
        return result
    pieces: dict[str, list[str]] = {"before": [], "after": []}
    times: dict[str, dict[int, str]] = {"before": {}, "after": {}}
    after_length = 0
    state = "before"  # "before" -> "inside" (the headline) -> "after"
    skipping: HtmlElement | None = None
    # A hidden element holding the headline is shown by a script (React streaming renders
    # into <div hidden> and moves it into place): it is read.
    holding_headline = set(headline.iterancestors())
    dated_headline: tuple[str, str | None] | None = None
    person_marks: set[int] = set()

    pictured: str | None = None  # the alt text of a picture just passed below the headline

    def add(text: str | None) -> None:
        nonlocal after_length, pictured
        cleaned = clean_text(text)
        if cleaned and state != "inside":
            if state == "after" and pictured is not None and cleaned.casefold() == pictured:
                person_marks.add(len(pieces["after"]))  # a portrait, then its subject's name
            pieces[state].append(cleaned)
            pictured = None
            if state == "after":
                after_length += len(cleaned) + 1

    walk = etree.iterwalk(root, events=("start", "end"))
    for nodes, (event, element) in enumerate(walk):
        if nodes > MAX_NODES or after_length > HEADER_CHARS_AFTER:
            break
        if skipping is not None and element is skipping:  # its end: the walk skipped inside
            skipping = None
            add(element.tail)
            continue
        if event == "end":
            if element is headline:
                state = "after"
            add(element.tail)
            continue
        if element is headline:
            state = "inside"
        if state == "after":
            if _marks_a_person(element):
                person_marks.add(len(pieces["after"]))
            if element.tag == "img" and _is_portrait(element):
                pictured = clean_text(element.get("alt")).casefold() or None
        if _is_skipped(element) and element not in holding_headline:
            skipping = element
            walk.skip_subtree()
            continue
        if element.tag == "time" and element.get("datetime"):
            if state == "inside":  # a date printed in the headline: read first below it
                dated_headline = (clean_text(element_text(element)), element.get("datetime"))
            else:
                times[state].setdefault(len(pieces[state]), element.get("datetime") or "")
        add(element.text)
    if state == "before":  # the headline was never reached (detached or skipped)
        return result
    before, kept = pieces["before"], 0
    first = len(before)
    while first > 0 and kept + len(before[first - 1]) <= HEADER_CHARS_BEFORE:
        first -= 1
        kept += len(before[first]) + 1
    result.before = before[first:]
    result.before_times = {i - first: v for i, v in times["before"].items() if i >= first}
    result.after = pieces["after"]
    result.after_times = times["after"]
    result.after_person_marks = person_marks
    if dated_headline is not None and dated_headline[0]:
        text, stamp = dated_headline
        result.after = [text, *result.after]
        result.after_times = {0: stamp or "", **{i + 1: v for i, v in result.after_times.items()}}
        result.after_person_marks = {i + 1 for i in person_marks}
    return result
