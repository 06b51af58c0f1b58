"""HTML fragment -> plain text, for systems (and references) that return HTML instead of text.

Block elements become paragraphs separated by a blank line, ``<br>`` a line break, everything else
runs inline. Scripts, styles and comments are dropped. Used for readability-lxml's ``summary()``
and for the Mozilla Readability ``expected.html`` reference, so both sides go through the same
conversion.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
    }
)  # fmt: skip
CELL_TAGS = frozenset({"td", "th"})
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head"})
PARAGRAPH_BREAK = "\x00"
_SPACES = re.compile(r"[^\S\n\x00]+")
_BREAKS = re.compile(r"\s*\x00[\s\x00]*")


def html_to_text(html: str | bytes) -> str:
    """Return the visible text of an HTML fragment or document, blocks separated by blank lines."""
    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    parts: list[str] = []
    _walk(root, parts)
    return _tidy("".join(parts))


def _walk(node: etree._Element, parts: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in SKIP_TAGS or not isinstance(node.tag, str):
        _append_tail(node, parts)
        return
    is_block = tag in BLOCK_TAGS
    if is_block:
        parts.append(PARAGRAPH_BREAK)
    elif tag == "br":
        parts.append("\n")
    elif tag in CELL_TAGS:
        parts.append(" ")
    if node.text:
        parts.append(node.text)
    for child in node:
        _walk(child, parts)
    if is_block:
        parts.append(PARAGRAPH_BREAK)
    _append_tail(node, parts)


def _append_tail(node: etree._Element, parts: list[str]) -> None:
    if node.tail:
        parts.append(node.tail)


def _tidy(raw: str) -> str:
    text = _SPACES.sub(" ", raw)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BREAKS.sub("\n\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
