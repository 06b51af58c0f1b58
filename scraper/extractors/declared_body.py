"""The article's text as its JSON-LD declares it (``articleBody``), for pages that print little
of it: a script renders the story into an empty shell (the HTML a crawler gets holds the
headline, a photo and the site's furniture), while the structured data carries the whole text.

A ``HowTo`` or ``Recipe`` declares no ``articleBody`` but its parts: the description, the
ingredients and the steps (``HowToStep`` / ``HowToSection`` objects or strings, each step's name
a heading over its text); those are read in that order (homify's DIY guides render every step
from React props).

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
from .structured import JsonObject, jsonld_types

MIN_DECLARED_WORDS = 150
MAX_PRINTED_SHARE = 0.5
DECLARED_BODY_WARNING = (
    "the page prints less than half of the text its JSON-LD declares (an articleBody, a "
    "how-to's steps): a script renders the story; the body is the declared text"
)
_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|ul|ol|li|blockquote)\b", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
MAX_UNESCAPES = 2
# JSON-LD types declaring their text as parts instead of an articleBody.
STEPPED_TYPES = frozenset({"HowTo", "Recipe"})
MAX_STEPS = 500
MAX_STEP_DEPTH = 6


def _declared_text(article: JsonObject | None) -> str | None:
    """The ``articleBody`` of the page's JSON-LD article (a list of parts joined), or the
    markup of a how-to's parts (`_steps_markup`), or None."""
    if not article:
        return None
    body = article.get("articleBody")
    if isinstance(body, list):
        body = "\n\n".join(part for part in body if isinstance(part, str))
    if body is None and jsonld_types(article) & STEPPED_TYPES:
        body = _steps_markup(article)
    return body if isinstance(body, str) and body.strip() else None


def _steps_markup(article: JsonObject) -> str:
    """A how-to's description, ingredients and steps as markup, in that order."""
    parts = [_as_markup(article.get("description"))]
    ingredients = article.get("recipeIngredient")
    if isinstance(ingredients, list):
        items = [
            f"<li>{html.escape(i)}</li>" for i in ingredients[:MAX_STEPS] if isinstance(i, str)
        ]
        parts.append(f"<ul>{''.join(items)}</ul>" if items else "")
    steps: list[str] = []
    for key in ("step", "recipeInstructions"):
        _add_steps(article.get(key), steps, depth=0)
    return "".join(parts + steps[:MAX_STEPS])


def _add_steps(value: object, out: list[str], *, depth: int) -> None:
    """Append the markup of `value`'s steps to `out`: a string, a step (its name as a heading
    unless it only repeats the text, its text, its directions and tips), a section of steps,
    or a list of those."""
    if depth > MAX_STEP_DEPTH or len(out) >= MAX_STEPS:
        return
    if isinstance(value, str):
        out.append(_as_markup(value))
    elif isinstance(value, list):
        for item in value[:MAX_STEPS]:
            _add_steps(item, out, depth=depth + 1)
    elif isinstance(value, dict):
        name, text = value.get("name"), value.get("text")
        if (
            isinstance(name, str)
            and name.strip()
            and not (isinstance(text, str) and text.startswith(name.rstrip(". ")))
        ):
            out.append(f"<h3>{html.escape(name)}</h3>")
        if isinstance(text, str):
            out.append(_as_markup(text))
        _add_steps(value.get("itemListElement"), out, depth=depth + 1)


def _as_markup(value: object) -> str:
    """A declared text as markup: its own when it has some, else a paragraph per line."""
    if not isinstance(value, str) or not value.strip():
        return ""
    text = _unescaped(value)
    if _MARKUP.search(text):
        return f"<div>{text}</div>"
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


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
