"""Output formats for a `Page`: JSON, JSON Lines, Markdown and plain text.

Safety: JSON is always valid UTF-8 (a lone surrogate, which `extract` never produces, would be
written as U+FFFD rather than fail). In Markdown, page text cannot become markup a renderer
would execute: ``<`` is escaped (no raw HTML), ``[``/``]`` in link and image text are escaped,
and links and images keep only http(s) or relative URLs, with spaces, quotes, ``<>`` and
parentheses percent-encoded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from pydantic_core import PydanticSerializationError

from .models import (
    Block,
    CodeBlock,
    EmbedBlock,
    HeadingBlock,
    ImageBlock,
    ListBlock,
    Page,
    ParagraphBlock,
    QuoteBlock,
    TableBlock,
)
from .text import valid_unicode

SAFE_URL_SCHEMES = frozenset({"http", "https", ""})
_URL_IGNORED = re.compile(r"[\t\n\r]")
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
_URL_ESCAPES = {ord(char): f"%{ord(char):02X}" for char in " \t\n\r\"'<>()[]\\`"}


def _without_surrogates(data: Any) -> Any:
    if isinstance(data, str):
        return valid_unicode(data)
    if isinstance(data, list):
        return [_without_surrogates(item) for item in data]
    if isinstance(data, dict):
        return {key: _without_surrogates(value) for key, value in data.items()}
    return data


def _dump(page: Page, indent: int | None) -> str:
    try:
        return page.model_dump_json(indent=indent)
    except PydanticSerializationError:  # a lone surrogate in a field set by a caller
        data = _without_surrogates(page.model_dump(mode="json"))
        separators = (",", ": ") if indent else (",", ":")
        return json.dumps(data, indent=indent, ensure_ascii=False, separators=separators)


def to_json(page: Page) -> str:
    """Indented JSON (UTF-8 text, nulls kept so every field is present)."""
    return _dump(page, 2)


def to_jsonl(page: Page) -> str:
    """One line of JSON, for JSON Lines streams."""
    return _dump(page, None)


def _md(text: str) -> str:
    """Page text as Markdown text: no raw HTML can start in it."""
    return text.replace("\\", "\\\\").replace("<", "\\<")


def _md_label(text: str) -> str:
    """Page text inside ``[...]`` of a link or image."""
    return _md(text).replace("[", "\\[").replace("]", "\\]")


def _md_url(url: str) -> str | None:
    """An http(s) or relative URL made safe inside ``(...)``; None for other schemes.

    Like a browser, tabs and newlines anywhere and control characters and spaces at the ends
    are dropped first, so "java\\nscript:" is seen as the "javascript:" it would become."""
    cleaned = _URL_IGNORED.sub("", url).strip("\x00- ")
    head = re.split(r"[/?#]", cleaned, maxsplit=1)[0]
    scheme = head.split(":", 1)[0].lower() if ":" in head else ""
    if scheme not in SAFE_URL_SCHEMES:
        return None
    return _CONTROL_CHARS.sub("", cleaned).translate(_URL_ESCAPES)


def _md_link(label: str, url: str, *, image: bool = False) -> str:
    safe = _md_url(url)
    if safe is None:
        return _md(label)
    return f"{'!' if image else ''}[{_md_label(label)}]({safe})"


def _markdown_block(block: Block) -> str:
    if isinstance(block, HeadingBlock):
        return f"{'#' * min(block.level + 1, 6)} {_md(block.text)}"
    if isinstance(block, ParagraphBlock):
        return _md(block.text)
    if isinstance(block, QuoteBlock):
        return "\n".join(f"> {_md(line)}" for line in block.text.splitlines())
    if isinstance(block, ListBlock):
        return "\n".join(
            f"{index}. {_md(item)}" if block.ordered else f"- {_md(item)}"
            for index, item in enumerate(block.items, start=1)
        )
    if isinstance(block, ImageBlock):
        caption = " ".join(filter(None, (block.image.caption, block.image.credit)))
        line = _md_link(block.image.alt or "", block.image.url, image=True)
        return f"{line}\n*{_md(caption)}*" if caption else line
    if isinstance(block, EmbedBlock):
        return _md_link(block.provider or "embed", block.url)
    if isinstance(block, TableBlock):
        if not block.rows:
            return ""
        width = max(len(row) for row in block.rows)
        rows = [row + [""] * (width - len(row)) for row in block.rows]
        lines = [
            "| " + " | ".join(_md(cell).replace("|", "\\|") for cell in row) + " |" for row in rows
        ]
        lines.insert(1, "|" + " --- |" * width)
        return "\n".join(lines)
    if isinstance(block, CodeBlock):
        return f"```\n{block.text}\n```"
    return ""


def to_markdown(page: Page) -> str:
    """The article as Markdown, with updates, notes and teasers after it."""
    article = page.article
    parts: list[str] = []
    if article is not None:
        if article.title:
            parts.append(f"# {_md(article.title)}")
        if article.subtitle:
            parts.append(f"*{_md(article.subtitle)}*")
        byline = ", ".join(_md(author.name) for author in article.authors)
        dateline = article.published.isoformat() if article.published else ""
        if byline or dateline:
            parts.append(" · ".join(filter(None, (byline, dateline))))
        for update in page.updates:
            parts.append(f"**{_md(update.label)}:** {_md(update.text)}")
        parts.extend(filter(None, (_markdown_block(block) for block in article.blocks)))
    for note in page.editor_notes:
        parts.append(f"*{_md(note.label) + ': ' if note.label else ''}{_md(note.text)}*")
    if page.teasers:
        parts.append("## More")
        parts.append(
            "\n".join(f"- {_md_link(teaser.title, teaser.url)}" for teaser in page.teasers)
        )
    return "\n\n".join(parts) + "\n"


def to_text(page: Page) -> str:
    """The title and body as plain text."""
    article = page.article
    if article is None:
        return ""
    return "\n\n".join(filter(None, (article.title, article.text))) + "\n"


FORMATTERS: dict[str, Callable[[Page], str]] = {
    "json": to_json,
    "jsonl": to_jsonl,
    "markdown": to_markdown,
    "text": to_text,
}
