"""Decoded text to one lxml tree, built once and shared by every extractor."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from urllib.parse import urljoin

from lxml import etree
from lxml.etree import _Element as HtmlElement

from .dom import HEADING_TAGS, holds, in_tree, words_of
from .errors import EmptyInputError, NotHTMLError, ParseError
from .limits import block_budget, build_tree, element_budget, flatten_deep
from .settings import DEFAULT_SETTINGS, ExtractSettings
from .urls import split_url

# Characters libxml2 refuses in a str: NUL and the C0 controls other than tab, LF, CR.
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32)])
_NONCHARACTERS = ("\ufffe", "\uffff")
# Character references to the same characters ("&#11;", "&#x1F", "&#xFFFE;"): libxml2 decodes
# them into text that lxml then refuses to write back.
_CONTROL_REFERENCES = re.compile(
    rb"&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF][fF][fF][eEfF])(?![0-9a-fA-F])"
    rb"|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9]));?"
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_LOOKS_LIKE_MARKUP = re.compile(r"<\s*[a-zA-Z!?/]")
_JSON_START = re.compile(r"^\s*[\[{]")
_SNIFF_CHARS = 2048
# End tags HTML5 parsers ignore when content follows them (it goes back into the body), but
# after which libxml2 puts content beside the body ("</body>") or drops it ("</html>").
_DOCUMENT_END_TAG = re.compile(rb"</(?:body|html)\s*>", re.IGNORECASE)
# Elements that break a line when rendered: their text is padded with spaces after parsing so
# that concatenated text never glues two blocks' words together ("end.Next").
LINE_BREAKING_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "td", "th", "tr", "table", "blockquote", "section", "article", "header", "footer", "aside",
    "nav", "figure", "figcaption", "pre", "hr", "main", "address", "caption", "form", "option",
    "title",
)  # fmt: skip


# A utility class that displays an element as a block ("block", "md:block", "lg:flex").
_DISPLAYS_AS_BLOCK = re.compile(r"(?<!\S)(?:[\w-]++:)*+(?:block|flex|grid)(?!\S)")
_UNWRAPPED_TAG = "scraper-unwrapped"
# Every word a `Document.named` look-up has asked for in this process: pages index only these.
_LOOKED_UP_WORDS: set[str] = set()


def _group_by_name(root: HtmlElement) -> tuple[list[HtmlElement], dict[str, list[int]]]:
    """The elements under `root` (itself included) with a class or id, in document order, and
    their positions in that list by attribute value. One pass in Python: an XPath selecting
    them costs more than walking every element."""
    named: list[HtmlElement] = []
    by_value: dict[str, list[int]] = {}
    for element in root.iter(etree.Element):
        classes = element.get("class")
        identifier = element.get("id")
        if not (classes or identifier):
            continue
        position = len(named)
        named.append(element)
        for value in (classes, identifier):
            if value:
                positions = by_value.get(value)
                if positions is None:
                    by_value[value] = [position]
                else:
                    positions.append(position)
    return named, by_value


def _open_line_in_pre(element: HtmlElement) -> None:
    """Start a block inside a <pre> on a line of its own, as a browser shows it ("<span>5
    </span><div># Find your Account SID</div>": a line number, then its line of code), unless
    the text before it ends a line already."""
    inner = element.text
    if inner and inner[0].isspace():
        return
    previous = element.getprevious()
    parent = element.getparent()
    before = previous.tail if previous is not None else (parent.text if parent is not None else "")
    if not (before and before[-1].isspace()):
        element.text = "\n" + inner if inner else "\n"


def _block_parts_of_headings(headings: list[HtmlElement]) -> Iterator[HtmlElement]:
    """The parts of a heading that utility CSS sets on a line of their own (``<h1>The Best
    Notion Alternatives<span class="block">Top Note-taking Tools</span>``): padded as the
    line-breaking tags are, so their words are not glued to the line before."""
    for heading in headings:
        for element in heading.iterdescendants(etree.Element):
            classes = element.get("class")
            if classes and _DISPLAYS_AS_BLOCK.search(classes):
                yield element


@dataclass(slots=True)
class Document:
    """A parsed page: the tree, the URL it came from and the base for relative links."""

    root: HtmlElement
    url: str | None
    base_url: str | None
    warnings: list[str] = field(default_factory=list)
    max_blocks: int = 1_000_000  # the body stops after this many blocks (`limits.block_budget`)
    _named: list[HtmlElement] | None = field(default=None, repr=False)
    _by_value: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _name_index: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _indexed: frozenset[str] = field(default=frozenset(), repr=False)
    _alive: list[HtmlElement] = field(default_factory=list, repr=False)
    # Every <a> of the tree as parsed, in document order: one walk for the extractors that
    # read all links. Links taken out later (teaser cards set aside while the metadata is
    # read, furniture) stay listed: `dom.in_tree` tells which are left.
    links: list[HtmlElement] = field(default_factory=list, repr=False)

    def named(self, words: frozenset[str]) -> list[HtmlElement]:
        """Elements still in the tree whose class/id words (see `name_words`) include any of
        `words`, in document order. One pass on first use groups the elements with a class or
        id by attribute value; the words look-ups ask for are indexed from those values."""
        if self._named is None:
            self._named, self._by_value = _group_by_name(self.root)
            self._index(frozenset(_LOOKED_UP_WORDS))
        if not words <= self._indexed:
            _LOOKED_UP_WORDS.update(words)
            self._index(words - self._indexed)
        positions: set[int] = set()
        for word in words:
            hits = self._name_index.get(word)
            if hits:
                positions.update(hits)
        return in_tree([self._named[position] for position in sorted(positions)], self.root)

    def _index(self, words: frozenset[str]) -> None:
        # Class strings can hold dozens of utility classes: only words some look-up asks for
        # are indexed (after the first pages, the word tables of every look-up).
        index = self._name_index
        for value, positions in self._by_value.items():
            for word in words_of(value) & words:
                index.setdefault(word, []).extend(positions)
        self._indexed |= words

    def named_within(self, words: frozenset[str], scope: HtmlElement) -> list[HtmlElement]:
        """`named` restricted to `scope` and its descendants."""
        if scope is self.root:
            return self.named(words)
        return [element for element in self.named(words) if holds(scope, element)]

    def absolute_url(self, href: str | None) -> str | None:
        """Resolve `href` against the page's base; None for empty, script and data links."""
        if not href:
            return None
        href = href.strip()
        if not href or href.startswith(("javascript:", "data:", "mailto:", "tel:", "#")):
            return None
        if self.base_url:
            return _join(self.base_url, href)
        return href


@lru_cache(maxsize=4096)
def _join(base: str, href: str) -> str | None:
    # urljoin is slow (two urlparse calls); pages repeat links, and a page of 100,000 images
    # would spend seconds here.
    try:
        return urljoin(base, href)
    except ValueError:
        return None


def _close_open_headings(headings: list[HtmlElement]) -> None:
    """Move a heading that starts inside another heading out after it, with what follows it
    there. HTML5 parsers close an open <h1>-<h6> when the next one starts
    (``<h1>Title<div></div><h3>Posted on ...``); libxml2 nests it, gluing the date line to the
    headline."""
    for heading in headings:
        children = list(heading)
        nested = next((i for i, child in enumerate(children) if child.tag in HEADING_TAGS), None)
        parent = heading.getparent()
        if nested is None or parent is None:
            continue
        moved = children[nested:]
        position = parent.index(heading) + 1
        for offset, element in enumerate(moved):
            parent.insert(position + offset, element)  # lxml moves it, tail included


def _unwrap_stray_captions(root: HtmlElement, captions: list[HtmlElement]) -> None:
    """Unwrap each of the `captions` outside a table, keeping its text and children in place.
    An HTML5 parser ignores that start tag (a slideshow's "<p><caption>slide text</caption>
    </p>"): libxml2 builds the element, and moves it out of its paragraph, where no text is
    read as prose."""
    stray = [c for c in captions if (p := c.getparent()) is not None and p.tag != "table"]
    for caption in stray:
        caption.tag = _UNWRAPPED_TAG
    if stray:
        etree.strip_tags(root, _UNWRAPPED_TAG)


def _without_early_end_tags(data: bytes) -> bytes:
    """`data` without its "</body>" and "</html>" end tags when content follows the first of
    them (templates that close the document after the header, then print the article), so that
    libxml2 keeps that content in the body as a browser does."""
    first = _DOCUMENT_END_TAG.search(data)  # one regex scan: cheaper than str.find per case
    if first is None:
        return data
    rest = _DOCUMENT_END_TAG.sub(b"", data[first.start() :])
    if not rest.strip():
        return data  # only the document's own end tags close it
    return data[: first.start()] + rest


def _base_url(root: HtmlElement, url: str | None) -> str | None:
    # the first <base> with an href sets it; one that is no URL ("http://[x/") sets none, and
    # the page's own URL stands, as in a browser
    for base in root.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            if url:
                return _join(url, href) or url
            parts = split_url(href)
            return href if parts is not None and parts.scheme else None
    return url


def parse_html(
    text: str,
    *,
    url: str | None = None,
    settings: ExtractSettings = DEFAULT_SETTINGS,
    utf8: bytes | None = None,
) -> Document:
    """Parse decoded HTML into a `Document`, within the settings' element and depth limits
    (see `scraper.limits`; each limit hit adds a line to `Document.warnings`).

    Raises `EmptyInputError` for blank input (or markup that holds no element and no text),
    `NotHTMLError` when the text carries no markup at all (JSON, plain text), and `ParseError`
    when libxml2 cannot build a tree. `utf8`, when given, is `text` encoded as UTF-8 (the
    bytes the page came as), saving the encoding.
    """
    if not text or not text.strip():
        raise EmptyInputError("input is empty", url=url)
    head = text[:_SNIFF_CHARS]
    if not _LOOKS_LIKE_MARKUP.search(head) and not _LOOKS_LIKE_MARKUP.search(text[:100_000]):
        kind = "JSON" if _JSON_START.match(head) else "plain text"
        raise NotHTMLError(f"input is {kind}, not HTML", url=url)
    # libxml2 reads UTF-8 bytes fastest. C0 controls (which lxml refuses in text later) are
    # deleted byte-wise: they never occur inside a multi-byte UTF-8 sequence. Lone surrogates
    # (from lenient upstream decoding) become "?" here instead of failing.
    declaration = _XML_DECLARATION.match(text)
    if utf8 is None or declaration:
        data = text[declaration.end() if declaration else 0 :].encode("utf-8", "replace")
    else:
        data = utf8
    data = data.translate(None, _CONTROL_BYTES)
    if any(noncharacter in text for noncharacter in _NONCHARACTERS):  # instant on most text
        for noncharacter in _NONCHARACTERS:
            data = data.replace(noncharacter.encode(), b"")
    if b"&#" in data:
        data = _CONTROL_REFERENCES.sub(b"", data)
    data = _without_early_end_tags(data)
    # A plain etree parser: lxml.html's element-class lookup costs more than the parse itself.
    try:
        budget = element_budget(len(data), settings.max_elements, settings.min_bytes_per_element)
        root, warnings = build_tree(
            data,
            max_elements=budget,
            max_attributes=settings.max_attributes,
            why=(
                f" (one per {settings.min_bytes_per_element} bytes of this page)"
                if budget < settings.max_elements
                else ""
            ),
        )
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise ParseError(f"cannot parse HTML: {error}", url=url) from error
    if root is None:  # libxml2 builds a tree whenever there is an element or any text
        raise EmptyInputError(
            "input holds no element and no text (only comments, a doctype or end tags)", url=url
        )
    # lxml makes a Python object for an element each time one is read and frees it when no
    # reference is left: holding them all for the document's life makes every later walk reuse
    # them (3-4% of the extraction's time went to making them again).
    alive = list(root.iter())
    headings = list(root.iter(*HEADING_TAGS))  # (in document order, before any is moved)
    captions: list[HtmlElement] = []
    # inside a preformatted block the padding is a line break: "<br>" there breaks a line of
    # code (Medium), and each line may be a block of its own ("<div class='line'>")
    preformatted = {part for pre in root.iter("pre") for part in pre.iterdescendants()}
    for element in chain(root.iter(*LINE_BREAKING_TAGS), _block_parts_of_headings(headings)):
        inside_pre = element in preformatted
        tail = element.tail
        if inside_pre and element.tag == "br":  # a line break whatever white space follows
            element.tail = "\n" + tail if tail else "\n"
        elif not tail or not tail[0].isspace():  # most already open with a line break
            padding = "\n" if inside_pre else " "
            element.tail = padding + tail if tail else padding
        tag = element.tag
        if inside_pre:
            if tag != "br":  # (a <br> holds no text: its tail breaks the line)
                _open_line_in_pre(element)
        elif tag != "pre":
            inner = element.text
            if not inner or not inner[0].isspace():
                element.text = " " + inner if inner else " "
            if tag == "caption":
                captions.append(element)
    if captions:
        _unwrap_stray_captions(root, captions)
    _close_open_headings(headings)
    if flatten_deep(root, settings.max_depth):
        warnings.append(
            f"elements nested deeper than {settings.max_depth} were unwrapped to their text"
        )
    return Document(
        _alive=alive,
        links=list(root.iter("a")),
        root=root,
        url=url,
        base_url=_base_url(root, url),
        warnings=warnings,
        max_blocks=block_budget(len(data), settings.min_bytes_per_block),
    )
