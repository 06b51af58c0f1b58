"""Per-element features from one bottom-up pass: text length, link text, commas, prose.

`measure` visits every element once, children before parents, so each element's figures are
sums of its children's plus its own direct text. The cleaner and the body extractor read them
instead of re-walking subtrees.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree
from lxml.etree import _Element as HtmlElement

# Elements whose text is prose when it is not mostly links.
PROSE_TAGS = frozenset({"p", "pre", "blockquote", "li", "dd", "td", "h2", "h3", "h4", "h5", "h6"})
MIN_PARAGRAPH_CHARS = 25
MAX_LINK_DENSITY = 0.5


@dataclass(slots=True)
class Stats:
    """Per-element measurements from the bottom-up pass."""

    text: int = 0
    link_text: int = 0
    commas: int = 0
    good: int = 0  # text in prose-like blocks (paragraphs, list items ...) outside links
    score: float = 0.0

    @property
    def link_density(self) -> float:
        return self.link_text / self.text if self.text else 0.0


def measure(root: HtmlElement) -> dict[HtmlElement, Stats]:
    """Text length, link text, commas and prose for every element, children before parents."""
    stats: dict[HtmlElement, Stats] = {}
    elements = list(root.iter(etree.Element))  # elements only: no comments, no PIs
    elements.reverse()
    known = stats.get
    for element in elements:
        stats[element] = _measure_one(element, known)
    return stats


def _measure_one(element: HtmlElement, known: Callable[[HtmlElement], Stats | None]) -> Stats:
    """One element's figures from its children's (`known`: their figures, or None)."""
    # This runs for every element of every page: locals, and no call where the text allows.
    own = element.text
    if own:
        direct = len(own.strip())
        commas = own.count(",") if "," in own else 0
    else:
        direct = commas = 0
    text = link_text = good = 0
    if len(element):
        for child in element:
            tail = child.tail
            if tail:
                direct += len(tail.strip())
                if "," in tail:
                    commas += tail.count(",")
            child_stats = known(child)
            if child_stats is not None:
                text += child_stats.text
                link_text += child_stats.link_text
                commas += child_stats.commas
                good += child_stats.good
    text += direct
    tag = element.tag
    if tag == "a":
        link_text = text
    if tag in PROSE_TAGS and link_text <= text * MAX_LINK_DENSITY:
        good = text - link_text
    elif direct >= MIN_PARAGRAPH_CHARS:
        good += direct
    return Stats(text, link_text, commas, good)


def forget_subtree(
    element: HtmlElement,
    parent: HtmlElement | None,
    stats: dict[HtmlElement, Stats],
    stale: set[HtmlElement] | None = None,
) -> None:
    """Drop a removed subtree's figures and recompute those of its former ancestors.

    With `stale`, the ancestors are only added to it, for `refresh` to recompute when they are
    read: removing k children of one element then costs O(k + children), not O(k * children).
    """
    for descendant in element.iter():
        stats.pop(descendant, None)
    node = parent
    while node is not None and node in stats:
        if stale is None:
            stats[node] = _measure_one(node, stats.get)
        elif node in stale:
            break  # its ancestors are stale already
        else:
            stale.add(node)
        node = node.getparent()


def refresh(element: HtmlElement, stats: dict[HtmlElement, Stats], stale: set[HtmlElement]) -> None:
    """Recompute the figures of `element` if stale, its stale descendants first; the result is
    what eager recomputation in `forget_subtree` would have given."""
    if element not in stale:
        return
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack:
        node, children_done = stack.pop()
        if children_done:
            stats[node] = _measure_one(node, stats.get)
            stale.discard(node)
        else:
            stack.append((node, True))
            stack.extend((child, False) for child in node if child in stale)
