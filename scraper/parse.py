"""Decoded text to one lxml tree, built once and shared by every extractor."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from .errors import EmptyInputError, NotHTMLError, ParseError

# Characters libxml2 refuses in a str: NUL and the C0 controls other than tab, LF, CR.
_XML_INCOMPATIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_LOOKS_LIKE_MARKUP = re.compile(r"<\s*[a-zA-Z!?/]")
_JSON_START = re.compile(r"^\s*[\[{]")
_SNIFF_CHARS = 2048


@dataclass(slots=True)
class Document:
    """A parsed page: the tree, the URL it came from and the base for relative links."""

    root: HtmlElement
    url: str | None
    base_url: str | None

    def absolute_url(self, href: str | None) -> str | None:
        """Resolve `href` against the page's base; None for empty, script and data links."""
        if not href:
            return None
        href = href.strip()
        if not href or href.startswith(("javascript:", "data:", "mailto:", "tel:", "#")):
            return None
        if self.base_url:
            try:
                return urljoin(self.base_url, href)
            except ValueError:
                return None
        return href


def _base_url(root: HtmlElement, url: str | None) -> str | None:
    for base in root.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return urljoin(url, href) if url else (href if urlsplit(href).scheme else None)
    return url


def parse_html(text: str, *, url: str | None = None) -> Document:
    """Parse decoded HTML into a `Document`.

    Raises `EmptyInputError` for blank input, `NotHTMLError` when the text carries no markup at all
    (JSON, plain text), and `ParseError` when libxml2 cannot build a tree.
    """
    if not text or not text.strip():
        raise EmptyInputError("input is empty", url=url)
    head = text[:_SNIFF_CHARS]
    if not _LOOKS_LIKE_MARKUP.search(head) and not _LOOKS_LIKE_MARKUP.search(text[:100_000]):
        kind = "JSON" if _JSON_START.match(head) else "plain text"
        raise NotHTMLError(f"input is {kind}, not HTML", url=url)
    text = _XML_INCOMPATIBLE.sub("", _XML_DECLARATION.sub("", text, count=1))
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise ParseError(f"cannot parse HTML: {error}", url=url) from error
    if root is None:
        raise ParseError("cannot parse HTML: no root element", url=url)
    return Document(root=root, url=url, base_url=_base_url(root, url))
