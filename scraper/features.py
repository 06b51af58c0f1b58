"""Per-element features from one bottom-up pass: text length, link text, commas, prose.

`measure` visits every element once, children before parents, so each element's figures are
sums of its children's plus its own direct text. The cleaner and the body extractor read them
instead of re-walking subtrees.
"""

from __future__ import annotations

from collections.abc import Iterable
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
    _measure_into(elements, stats)
    return stats


def _measure_into(elements: Iterable[HtmlElement], stats: dict[HtmlElement, Stats]) -> None:
    """Each element's figures from its own text and its children's figures in `stats` (a
    child missing there counts as nothing), stored in `stats`; children come first."""
    # This runs for every element of every page: one loop with locals, no call per element.
    known, prose_tags = stats.get, PROSE_TAGS
    for element in elements:
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
        if tag in prose_tags and link_text <= text * MAX_LINK_DENSITY:
            good = text - link_text
        elif direct >= MIN_PARAGRAPH_CHARS:
            good += direct
        stats[element] = Stats(text, link_text, commas, good)


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
            _measure_into((node,), stats)
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
            _measure_into((node,), stats)
            stale.discard(node)
        else:
            stack.append((node, True))
            stack.extend((child, False) for child in node if child in stale)
