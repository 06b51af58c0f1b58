"""The article header as a reader sees it: the text printed just before and after the headline.

Bylines and datelines are printed next to the headline, whatever their markup ("By Jane Doe",
"Published October 14, 2025", "23.07.2025" in a class-less ``<div>``). `header_text` walks the
tree once, in reading order, skipping scripts, styles, forms and navigation, and keeps a bounded
window of text around the headline: `HEADER_CHARS_BEFORE` characters before it (kickers,
"Last updated" lines some layouts print above the title) and `HEADER_CHARS_AFTER` after it
(dek, byline, dateline). ``<time datetime>`` values met on the way are kept with their position,
so a machine-readable time printed in the header is read with its zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree
from lxml.etree import _Element as HtmlElement

from ..text import clean_text, element_text

HEADER_CHARS_BEFORE = 250
HEADER_CHARS_AFTER = 450
# Elements whose text a reader never sees as part of the header.
SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "select", "option", "textarea", "button",
     "nav", "form", "iframe", "head", "title"}
)  # fmt: skip
MAX_NODES = 50_000  # the walk stops here on enormous pages (the header is near the top anyway)


@dataclass(slots=True)
class HeaderText:
    """Text printed around the headline, in reading order, one piece per text node.

    ``before`` holds the pieces above the headline (nearest last), ``after`` those below it
    (nearest first); at most `HEADER_CHARS_BEFORE` / `HEADER_CHARS_AFTER` characters each.
    ``before_times`` / ``after_times`` map a piece's index to the ``datetime`` attribute of a
    ``<time>`` element that starts at that piece."""

    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    before_times: dict[int, str] = field(default_factory=dict)
    after_times: dict[int, str] = field(default_factory=dict)


def _is_skipped(element: HtmlElement) -> bool:
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIPPED_TAGS:
        return True
    return element.get("hidden") is not None or element.get("aria-hidden") == "true"


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

    def add(text: str | None) -> None:
        nonlocal after_length
        cleaned = clean_text(text)
        if cleaned and state != "inside":
            pieces[state].append(cleaned)
            if state == "after":
                after_length += len(cleaned) + 1

    for nodes, (event, element) in enumerate(etree.iterwalk(root, events=("start", "end"))):
        if nodes > MAX_NODES or after_length > HEADER_CHARS_AFTER:
            break
        if skipping is not None:
            if event == "end" and element is skipping:
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
        if _is_skipped(element) and element not in holding_headline:
            skipping = element
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
    if dated_headline is not None and dated_headline[0]:
        text, stamp = dated_headline
        result.after = [text, *result.after]
        result.after_times = {0: stamp or "", **{i + 1: v for i, v in result.after_times.items()}}
    return result
