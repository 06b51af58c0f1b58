"""The article's text as its JSON-LD declares it (``articleBody``), for pages that print little
of it: a script renders the story into an empty shell (the HTML a crawler gets holds the
headline, a photo and the site's furniture), while the structured data carries the whole text.

The printed body stays the rule; the declared one replaces it only when the page prints less
than `MAX_PRINTED_SHARE` of the declared words and the declared text is an article's length
(`MIN_DECLARED_WORDS`), so a summary in ``articleBody`` never replaces a full page.
"""

from __future__ import annotations

import html
import re

from ..errors import ScraperError
from ..models import Block, ParagraphBlock
from ..parse import parse_html
from ..text import clean_text, word_count
from .blocks import block_text, blocks_from
from .structured import JsonObject

MIN_DECLARED_WORDS = 150
MAX_PRINTED_SHARE = 0.5
DECLARED_BODY_WARNING = (
    "the page prints less than half of the articleBody its JSON-LD declares (a script renders "
    "the story): the body is the declared text"
)
_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|ul|ol|li|blockquote)\b", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
MAX_UNESCAPES = 2


def _declared_text(article: JsonObject | None) -> str | None:
    """The ``articleBody`` of the page's JSON-LD article (a list of parts joined), or None."""
    body = article.get("articleBody") if article else None
    if isinstance(body, list):
        body = "\n\n".join(part for part in body if isinstance(part, str))
    return body if isinstance(body, str) and body.strip() else None


def declared_blocks(article: JsonObject | None, printed_words: int) -> list[Block] | None:
    """The ``articleBody`` of the page's JSON-LD `article` as blocks, when the page printed
    under half of its words (`printed_words`); else None."""
    declared = _declared_text(article)
    # markup and escapes only add words: a page printing half of the raw count prints enough
    if declared is None or printed_words >= MAX_PRINTED_SHARE * word_count(declared):
        return None
    blocks = _blocks_of(_unescaped(declared))
    words = sum(word_count(block_text(block)) for block in blocks)
    if words < MIN_DECLARED_WORDS or printed_words >= MAX_PRINTED_SHARE * words:
        return None
    return blocks


def _unescaped(text: str) -> str:
    # CMSs serialise the body's HTML escaped, some twice ("solu&amp;ccedil;&amp;atilde;o")
    for _ in range(MAX_UNESCAPES):
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def _blocks_of(text: str) -> list[Block]:
    if _MARKUP.search(text):  # the body's HTML
        try:
            doc = parse_html(f"<div>{text}</div>")
        except ScraperError:
            return []
        body = doc.root.find("body")
        return blocks_from(body if body is not None else doc.root, doc)
    lines = text.splitlines()
    return [ParagraphBlock(text=paragraph) for line in lines if (paragraph := clean_text(line))]
