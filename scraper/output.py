"""Output formats for a `Page`: JSON, JSON Lines, Markdown and plain text."""

from __future__ import annotations

from collections.abc import Callable

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


def to_json(page: Page) -> str:
    """Indented JSON (UTF-8 text, nulls kept so every field is present)."""
    return page.model_dump_json(indent=2)


def to_jsonl(page: Page) -> str:
    """One line of JSON, for JSON Lines streams."""
    return page.model_dump_json()


def _markdown_block(block: Block) -> str:
    if isinstance(block, HeadingBlock):
        return f"{'#' * min(block.level + 1, 6)} {block.text}"
    if isinstance(block, ParagraphBlock):
        return block.text
    if isinstance(block, QuoteBlock):
        return "\n".join(f"> {line}" for line in block.text.splitlines())
    if isinstance(block, ListBlock):
        return "\n".join(
            f"{index}. {item}" if block.ordered else f"- {item}"
            for index, item in enumerate(block.items, start=1)
        )
    if isinstance(block, ImageBlock):
        caption = " ".join(filter(None, (block.image.caption, block.image.credit)))
        line = f"![{block.image.alt or ''}]({block.image.url})"
        return f"{line}\n*{caption}*" if caption else line
    if isinstance(block, EmbedBlock):
        return f"[{block.provider or 'embed'}]({block.url})"
    if isinstance(block, TableBlock):
        if not block.rows:
            return ""
        width = max(len(row) for row in block.rows)
        rows = [row + [""] * (width - len(row)) for row in block.rows]
        lines = ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
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
            parts.append(f"# {article.title}")
        if article.subtitle:
            parts.append(f"*{article.subtitle}*")
        byline = ", ".join(author.name for author in article.authors)
        dateline = article.published.isoformat() if article.published else ""
        if byline or dateline:
            parts.append(" · ".join(filter(None, (byline, dateline))))
        for update in page.updates:
            parts.append(f"**{update.label}:** {update.text}")
        parts.extend(filter(None, (_markdown_block(block) for block in article.blocks)))
    for note in page.editor_notes:
        parts.append(f"*{note.label + ': ' if note.label else ''}{note.text}*")
    if page.teasers:
        parts.append("## More")
        parts.append("\n".join(f"- [{teaser.title}]({teaser.url})" for teaser in page.teasers))
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
