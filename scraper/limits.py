"""Resource limits applied while and right after the tree is built.

Every later pass costs time (and memory) in proportion to the number of elements, and the
recursive ones also in proportion to the nesting depth, so both are bounded here, before any
extractor runs:

- elements: a page whose markup may hold more than ``max_elements`` elements is parsed in
  chunks and parsing stops once that many have been seen; the tree is then cut to exactly
  ``max_elements`` elements in document order (everything after is dropped);
- density: a page with more than one element per ``min_bytes_per_element`` bytes (beyond
  `DENSE_FLOOR_ELEMENTS`) is cut the same way to that many elements, and its body stops after
  one block per ``min_bytes_per_block`` bytes (beyond `DENSE_FLOOR_BLOCKS`; `Document.max_blocks`).
  Every element costs the extractors a few microseconds and every body block 10-20, however
  few bytes it takes: without these a megabyte of ``<p>x</p>`` (125,000 paragraphs) would take
  seconds; with them, time stays well within one second per MB;
- depth: elements nested deeper than ``max_depth`` are unwrapped, their text kept, so recursive
  walks stay far from Python's recursion limit; libxml2 itself stops reading at depth
  `LIBXML2_MAX_DEPTH` (the rest of such a page is lost, with a warning);
- attributes: libxml2 builds an element's attribute list in time quadratic in its length (an
  element with 40,000 attributes takes 25 s). `plain_markup` checks in one linear regex pass
  (about 5 ms per MB) that no start tag holds more than ``max_attributes`` attributes. Markup it
  cannot vouch for (too many attributes, a script that opens ``<!--`` and then names
  ``<script``, a self-closed raw-text tag: places where a tokenizer that differed from
  libxml2's could be misled) is counted with libxml2's own tokenizer, and only a page with an
  element over the limit is parsed through a target that keeps the first ``max_attributes``
  attributes of each element (linear, about three times slower than the plain parse).

Each limit that changes the tree records a warning, carried to `Page.warnings`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import islice
from typing import Any, cast

from lxml import etree
from lxml.etree import _Element as HtmlElement

from .dom import select
from .endtags import close_open_divs, ignored_end_tags

LIBXML2_MAX_DEPTH = 2048  # libxml2's own limit with XML_PARSE_HUGE (huge_tree=True)
FEED_CHUNK_BYTES = 64 * 1024
# Below these counts the density limits do not apply: small pages keep everything (2,000
# elements and 1,000 blocks cost the extractors about 0.05 s).
DENSE_FLOOR_ELEMENTS = 2_000
DENSE_FLOOR_BLOCKS = 1_000
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


# The HTML5 tokenizer states libxml2 2.14 follows, by tag name: raw text up to the matching
# end tag. Script has escape states on top: after "<!--" a nested "<script" would make its
# "</script>" part of the script, so a script holding "<!--" and then "<script" is not vouched
# for; one without "<!--", or without "<script" after it, ends at its first "</script>".
_RAW_TEXT_TAGS = (b"style", b"textarea", b"title", b"xmp", b"iframe", b"noembed", b"noframes")
_TAG_END = rb"(?=[\t\n\f\r />])"
_SEPARATORS = rb"[\t\n\f\r /]*+"
_ATTRIBUTE = (
    rb"(?>[^\t\n\f\r />][^\t\n\f\r /=>]*+"  # name (may start with "=")
    # then a whole value (quoted: anything up to the closing quote, "<" and ">" included), or
    # no "=" at all: a value this check cannot read fails the check instead of being read some
    # other way than libxml2 reads it
    rb"(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:\"[^\"]*+\"|'[^']*+'|(?![\"'])[^\t\n\f\r >]*+)"
    rb"|(?![\t\n\f\r ]*+=)))"
)


@lru_cache(maxsize=4)
def _plain_markup(max_attributes: int) -> re.Pattern[bytes]:
    rest_of_tag = rb"(?:%s%s){0,%d}+%s(?:>|\Z)" % (
        _SEPARATORS,
        _ATTRIBUTE,
        max_attributes,
        _SEPARATORS,
    )
    # End tags are tokenized like start tags (quoted values may hold ">"), attributes dropped.
    end_rest = rb"(?:%s%s)*+%s(?:>|\Z)" % (_SEPARATORS, _ATTRIBUTE, _SEPARATORS)
    # libxml2 honours "/>" on raw-text tags (<script/> holds nothing): not vouched for.
    raw_rest_of_tag = rest_of_tag.replace(rb"(?:>|\Z)", rb"(?<!/)(?:>|\Z)")
    # up to the first "</script", which "<!--" followed by "<script" could hide
    script = (
        rb"|<script%s%s(?:[^<]++|<(?!/script[\t\n\f\r />]|!--))*+"
        rb"(?:<!--(?:[^<]++|<(?!/?script[\t\n\f\r />]))*+)?(?:</script%s|\Z)"
    )
    raw_text = b"".join(
        rb"|<%s%s%s(?:[^<]++|<(?!/%s[\t\n\f\r />]))*+(?:</%s%s|\Z)"
        % (name, _TAG_END, raw_rest_of_tag, name, name, end_rest)
        for name in _RAW_TEXT_TAGS
    )
    # The branches cannot match at the same place: the commonest come first (text, start and
    # end tags), as the engine tries them in order at every token.
    return re.compile(
        rb"(?:[^<]++"  # text
        # Any start tag but the raw-text ones, which only their own branches below vouch for.
        + rb"|<(?!(?:script|plaintext|%s)%s)[A-Za-z][^\t\n\f\r />]*+%s"
        % (b"|".join(_RAW_TEXT_TAGS), _TAG_END, rest_of_tag)
        + rb"|</[A-Za-z][^\t\n\f\r />]*+%s" % end_rest  # end tag
        + rb"|<!--(?:>|->|(?:[^-]++|-(?!-!?>))*+(?:--!?>|\Z))"  # comment
        rb"|<[!?][^>]*+>?"  # doctype, bogus comment
        rb"|</(?![A-Za-z])[^>]*+>?"  # "</" + not a letter: a bogus comment
        rb"|<(?![A-Za-z!?/])"  # a "<" that starts nothing
        + script % (_TAG_END, raw_rest_of_tag, end_rest)
        + raw_text
        + rb"|<plaintext%s%s.*+" % (_TAG_END, raw_rest_of_tag)
        + rb")*+",
        re.IGNORECASE | re.DOTALL,
    )


def plain_markup(data: bytes, max_attributes: int) -> bool:
    """True when every start tag in `data` has at most `max_attributes` attributes and
    nothing could make libxml2's tokenizer read the markup differently from this check."""
    return _plain_markup(max_attributes).fullmatch(data) is not None


class _AttributeCount:
    """Parser target that only counts elements and the most attributes one element has."""

    def __init__(self) -> None:
        self.started = 0
        self.most = 0

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        self.started += 1
        self.most = max(self.most, len(attrib))

    def close(self) -> None:
        return None


class _AttributeCap(_AttributeCount):
    """Parser target building the tree with at most `limit` attributes per element.

    lxml's tree builder only takes XML names, while libxml2's HTML parser keeps any: other tag
    names get their invalid characters replaced, other attribute names are dropped."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.capped = 0
        self._builder = etree.TreeBuilder()

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        super().start(tag, attrib)
        attributes: dict[Any, Any] = {
            name: value
            for name, value in islice(attrib.items(), self.limit)
            if _XML_NAME.match(name)
        }
        self.capped += len(attrib) > self.limit
        self._builder.start(_xml_tag(tag), attributes)

    def end(self, tag: str) -> None:
        self._builder.end(_xml_tag(tag))

    def data(self, data: str) -> None:
        self._builder.data(data)

    def close(self) -> HtmlElement | None:  # type: ignore[override]
        return self._builder.close() if self.started else None


_XML_NAME = re.compile(r"\A[A-Za-z_][A-Za-z0-9_.\-]*\Z")
_NOT_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.\-]")


def _xml_tag(tag: str) -> str:
    if _XML_NAME.match(tag):
        return tag
    return "x-" + _NOT_NAME_CHARS.sub("-", tag)


def element_budget(size: int, max_elements: int, min_bytes_per_element: int) -> int:
    """How many elements a page of `size` bytes keeps: `max_elements`, or fewer when the page
    is denser than one element per `min_bytes_per_element` bytes (never below the floor)."""
    return min(max_elements, max(DENSE_FLOOR_ELEMENTS, size // min_bytes_per_element))


def block_budget(size: int, min_bytes_per_block: int) -> int:
    """How many body blocks a page of `size` bytes keeps (never below the floor)."""
    return max(DENSE_FLOOR_BLOCKS, size // min_bytes_per_block)


def build_tree(
    data: bytes, *, max_elements: int, max_attributes: int, why: str = ""
) -> tuple[HtmlElement | None, list[str]]:
    """Parse UTF-8 HTML bytes into a tree of at most `max_elements` elements, each with at
    most `max_attributes` attributes.

    A container's end tag that libxml2 ignored because a div was still open inside it is
    honoured as browsers do (see `scraper.endtags`): the page is parsed again with the implied
    ``</div>`` end tags written out.

    Returns the root (None when libxml2 built nothing) and the warnings about limits hit
    (`why` is added to the one about elements).
    Raises what libxml2 raises on unparseable input (`etree.ParserError`, `XMLSyntaxError`).
    """
    # every element starts with a "<": with no more of those than the limit, none is over it
    tags = data.count(b"<")
    root, log, warnings = _parse(data, max_elements, max_attributes, tags)
    mismatches = [entry.message for entry in log if entry.type_name == "ERR_TAG_NAME_MISMATCH"]
    ignored = ignored_end_tags(mismatches) if mismatches else frozenset()
    if ignored:
        repaired = close_open_divs(data, ignored)
        if repaired is not data:
            data = repaired
            tags = data.count(b"<")
            root, log, warnings = _parse(data, max_elements, max_attributes, tags)
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in log):
        warnings.append(
            f"page nested deeper than {LIBXML2_MAX_DEPTH} elements: the rest was not parsed"
        )
    if root is not None and tags > max_elements and truncate_elements(root, max_elements):
        warnings.append(f"page has more than {max_elements} elements{why}: the rest was dropped")
    return root, warnings


def _parse(
    data: bytes, max_elements: int, max_attributes: int, tags: int
) -> tuple[HtmlElement | None, Any, list[str]]:
    """The tree, libxml2's error log and the attribute warning (see `build_tree`); `tags` is
    the count of "<" in `data`."""
    warnings: list[str] = []
    if not plain_markup(data, max_attributes) and _most_attributes(data, max_elements) > (
        max_attributes
    ):
        cap = _AttributeCap(max_attributes)
        root, log = _parse_until(data, max_elements, cap)
        warnings.append(
            f"{cap.capped} elements had more than {max_attributes} attributes: the rest, and "
            "attributes with names that are not XML names, were dropped"
        )
    # Every element starts with "<": with fewer of those than the limit, one plain parse.
    elif tags <= max_elements:
        parser = etree.HTMLParser(**PARSER_OPTIONS)
        root = etree.fromstring(data, parser=parser)
        log = parser.error_log
    else:
        root, log = _parse_until(data, max_elements)
    return root, log, warnings


def _most_attributes(data: bytes, max_elements: int) -> int:
    """The most attributes one of the first `max_elements` elements has, by libxml2's own
    tokenizer (linear: no tree is built)."""
    count = _AttributeCount()
    _parse_until(data, max_elements, count)
    return count.most


def _parse_until(
    data: bytes, max_elements: int, target: _AttributeCount | None = None
) -> tuple[HtmlElement | None, Any]:
    """Feed `data` in chunks, stopping once more than `max_elements` elements have started."""
    if target is None:
        pull = etree.HTMLPullParser(events=("start",), **PARSER_OPTIONS)
        parser: Any = pull
    else:
        parser = etree.HTMLParser(target=cast(Any, target), **PARSER_OPTIONS)
    seen = 0
    for offset in range(0, len(data), FEED_CHUNK_BYTES):
        parser.feed(data[offset : offset + FEED_CHUNK_BYTES])
        seen = target.started if target is not None else seen + sum(1 for _ in pull.read_events())
        if seen > max_elements:
            break
    try:
        root: HtmlElement | None = parser.close()
    except etree.XMLSyntaxError:  # "no element found": nothing but comments, end tags ...
        root = None
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
            # One text node with all the text below (strip_tags would move nested children up
            # one level at a time, quadratic in the depth, and leave one text node per piece,
            # which lxml walks on every access).
            text = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
            del element[:]
            element.text = text
            flattened = True
    return flattened
