"""Resource limits applied while and right after the tree is built.

Every later pass costs time (and memory) in proportion to the number of elements, and the
recursive ones also in proportion to the nesting depth, so both are bounded here, before any
extractor runs:

- elements: a page whose markup may hold more than ``max_elements`` elements is parsed in
  chunks and parsing stops once that many have been seen; the tree is then cut to exactly
  ``max_elements`` elements in document order (everything after is dropped);
- depth: elements nested deeper than ``max_depth`` are unwrapped, their text kept, so recursive
  walks stay far from Python's recursion limit; libxml2 itself stops reading at depth
  `LIBXML2_MAX_DEPTH` (the rest of such a page is lost, with a warning).

Each limit that changes the tree records a warning, carried to `Page.warnings`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lxml import etree
from lxml.etree import _Element as HtmlElement

from .dom import select

LIBXML2_MAX_DEPTH = 2048  # libxml2's own limit with XML_PARSE_HUGE (huge_tree=True)
FEED_CHUNK_BYTES = 64 * 1024
# Options of every HTML parser built here. huge_tree lifts libxml2's 10 MB text-node and
# depth-256 limits (which silently drop the rest of the page); our own byte, element and depth
# limits replace them. The HTML parser never expands DOCTYPE entities nor reads the network.
PARSER_OPTIONS: dict[str, Any] = {
    "remove_comments": True,
    "remove_pis": True,
    "collect_ids": False,
    "encoding": "utf-8",
    "huge_tree": True,
    "no_network": True,
}


def build_tree(data: bytes, *, max_elements: int) -> tuple[HtmlElement | None, list[str]]:
    """Parse UTF-8 HTML bytes into a tree of at most `max_elements` elements.

    Returns the root (None when libxml2 built nothing) and the warnings about limits hit.
    Raises what libxml2 raises on unparseable input (`etree.ParserError`, `XMLSyntaxError`).
    """
    warnings: list[str] = []
    # Every element starts with "<": with fewer of those than the limit, one plain parse.
    if data.count(b"<") <= max_elements:
        parser = etree.HTMLParser(**PARSER_OPTIONS)
        root = etree.fromstring(data, parser=parser)
        log = parser.error_log
    else:
        root, log = _parse_until(data, max_elements)
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in log):
        warnings.append(
            f"page nested deeper than {LIBXML2_MAX_DEPTH} elements: the rest was not parsed"
        )
    if root is not None and truncate_elements(root, max_elements):
        warnings.append(f"page has more than {max_elements} elements: the rest was dropped")
    return root, warnings


def _parse_until(data: bytes, max_elements: int) -> tuple[HtmlElement | None, Any]:
    """Feed `data` in chunks, stopping once more than `max_elements` elements have started."""
    parser = etree.HTMLPullParser(events=("start",), **PARSER_OPTIONS)
    seen = 0
    for offset in range(0, len(data), FEED_CHUNK_BYTES):
        parser.feed(data[offset : offset + FEED_CHUNK_BYTES])
        seen += sum(1 for _ in parser.read_events())
        if seen > max_elements:
            break
    root: HtmlElement | None = parser.close()
    return root, parser.feed_error_log


def truncate_elements(root: HtmlElement, max_elements: int) -> bool:
    """Keep the first `max_elements` elements in document order; True when any were dropped."""
    last: HtmlElement | None = None
    for index, element in enumerate(root.iter()):
        if index == max_elements - 1:
            last = element
        elif index >= max_elements:
            break
    else:
        return False
    if last is None:  # max_elements < 1: keep only the root
        last = root
    del last[:]
    node = last
    parent = node.getparent()
    while parent is not None:
        del parent[parent.index(node) + 1 :]
        node, parent = parent, parent.getparent()
    return True


@lru_cache(maxsize=8)
def _at_depth(depth: int) -> etree.XPath:
    # "/*/*/*" selects the elements at depth 3 (the root is depth 1); each step only sees the
    # elements of the level before, so a shallow tree answers after a few steps.
    return etree.XPath("/*" * depth)


def flatten_deep(root: HtmlElement, max_depth: int) -> bool:
    """Unwrap every element nested deeper than `max_depth`, keeping its text and tail.

    The elements at depth `max_depth` keep all the text below them as plain text. True when
    anything was unwrapped."""
    flattened = False
    for element in select(_at_depth(max(1, max_depth)), root):
        if len(element):
            etree.strip_tags(element, "*")
            flattened = True
    return flattened
