"""The output models: one validated document per page.

`Page` is the root. Everything is a pydantic v2 model with ``extra="forbid"`` so a typo in a
field name is an error, not silently dropped data; `schemas/page.schema.json` is generated from
these models (``scraper schema``) and a test keeps the two in sync.

Dates: ``published``, ``modified`` and every other datetime carry the page's UTC offset when the
page states one (``2023-09-19T14:00:00-04:00``). When the page gives a date or time without a
zone, the value is *naive* and serialises without an offset (``2023-09-19T14:00:00``); a
date-only value is midnight, naive. No zone is ever invented.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1.1"] = "1.1"

PageType = Literal["article", "listing", "other"]
EditorNoteKind = Literal["editors_note", "correction", "clarification", "disclosure"]
AuthorKind = Literal["person", "organization"]
MetadataSource = Literal[
    "json-ld",
    "microdata",
    "opengraph",
    "twitter",
    "meta",
    "dublin-core",
    "dom",
    "time-element",
    "byline",
    "title-tag",
    "url",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Author(_Model):
    """A person (or organisation) credited for a piece of writing."""

    name: str = Field(description="Display name, cleaned of 'By', roles, dates and handles.")
    url: str | None = Field(default=None, description="Absolute URL of the author's page.")
    kind: AuthorKind = Field(
        default="person", description="'person', or 'organization' for agency/desk credits."
    )
    bio: str | None = Field(
        default=None,
        description="The writer's bio printed under the story (taken out of the body).",
    )


class Image(_Model):
    """An image with what the page says about it."""

    url: str = Field(description="Absolute URL of the image (the largest candidate offered).")
    alt: str | None = Field(default=None, description="Alternative text.")
    caption: str | None = Field(default=None, description="Caption text, without the credit.")
    credit: str | None = Field(default=None, description="Photographer / agency credit.")
    width: int | None = Field(default=None, description="Width in pixels when the page says.")
    height: int | None = Field(default=None, description="Height in pixels when the page says.")


class ParagraphBlock(_Model):
    """A paragraph of body text."""

    type: Literal["paragraph"] = "paragraph"
    text: str = Field(description="Plain text of the paragraph.")


class HeadingBlock(_Model):
    """A heading inside the body."""

    type: Literal["heading"] = "heading"
    level: int = Field(ge=1, le=6, description="Heading level, 1-6, as in the HTML.")
    text: str = Field(description="Plain text of the heading.")


class QuoteBlock(_Model):
    """A block quotation (or pull quote)."""

    type: Literal["quote"] = "quote"
    text: str = Field(description="Plain text of the quotation.")
    cite: str | None = Field(default=None, description="Attribution or source URL when given.")


class ListBlock(_Model):
    """An ordered or unordered list."""

    type: Literal["list"] = "list"
    ordered: bool = Field(description="True for numbered lists.")
    items: list[str] = Field(description="Plain text of each item, in order.")


class ImageBlock(_Model):
    """A figure inside the body."""

    type: Literal["image"] = "image"
    image: Image = Field(description="The image with its caption and credit.")


class EmbedBlock(_Model):
    """Embedded third-party content (video, social post, audio, map ...)."""

    type: Literal["embed"] = "embed"
    url: str = Field(description="Absolute URL of the embedded resource.")
    provider: str | None = Field(default=None, description="Host or provider name, e.g. 'youtube'.")
    text: str | None = Field(default=None, description="Fallback text the page shows, if any.")


class TableBlock(_Model):
    """A data table."""

    type: Literal["table"] = "table"
    caption: str | None = Field(default=None, description="Table caption when present.")
    rows: list[list[str]] = Field(description="Cell texts, row by row (header rows first).")


class CodeBlock(_Model):
    """Preformatted text or code, whitespace preserved."""

    type: Literal["code"] = "code"
    text: str = Field(description="The preformatted text.")


Block = Annotated[
    ParagraphBlock
    | HeadingBlock
    | QuoteBlock
    | ListBlock
    | ImageBlock
    | EmbedBlock
    | TableBlock
    | CodeBlock,
    Field(discriminator="type"),
]


class Provenance(_Model):
    """Which source each key metadata field was taken from (null when the field is empty)."""

    title: MetadataSource | None = None
    authors: MetadataSource | None = None
    published: MetadataSource | None = None
    modified: MetadataSource | None = None


class Article(_Model):
    """The article itself: metadata and body."""

    title: str | None = Field(default=None, description="Headline, without ' | Site Name'.")
    subtitle: str | None = Field(default=None, description="Dek / standfirst under the title.")
    description: str | None = Field(default=None, description="Meta description or summary.")
    authors: list[Author] = Field(default_factory=list, description="Credited authors, in order.")
    published: datetime | None = Field(
        default=None, description="First publication time; offset kept when the page gives one."
    )
    modified: datetime | None = Field(
        default=None, description="Last modification time; null when equal to or before published."
    )
    section: str | None = Field(default=None, description="Section label, e.g. 'QiOSK'.")
    kind: str | None = Field(
        default=None, description="Kind of piece, e.g. 'Analysis', 'Opinion', 'Explainer'."
    )
    tags: list[str] = Field(default_factory=list, description="Topic tags shown or declared.")
    lead_image: Image | None = Field(default=None, description="The article's main image.")
    blocks: list[Block] = Field(
        default_factory=list, description="The body as ordered typed blocks."
    )
    text: str = Field(
        default="", description="The body as plain text, blocks separated by a blank line."
    )
    word_count: int = Field(default=0, ge=0, description="Number of words in `text`.")
    provenance: Provenance = Field(
        default_factory=Provenance, description="Source of title, authors and dates."
    )


class Update(_Model):
    """A dated update note attached to the story ('Update 9/19, 2 p.m.: ...')."""

    label: str = Field(description="The label as printed, without the trailing colon.")
    timestamp: datetime | None = Field(
        default=None,
        description="The label's time resolved against the article date and the site's zone; "
        "null when the label gives no date or time.",
    )
    text: str = Field(description="The text of the update, without its label.")


class EditorNote(_Model):
    """An editor's note, correction, clarification or disclosure attached to the story."""

    kind: EditorNoteKind = Field(description="What sort of note this is.")
    label: str | None = Field(
        default=None, description="The label as printed ('Editor's Note'), if any."
    )
    text: str = Field(description="The note's text, without its label.")


class Teaser(_Model):
    """A card linking to another article (related, latest, 'keep reading' widgets, listings)."""

    url: str = Field(description="Absolute URL of the linked article.")
    title: str = Field(description="Headline shown on the card.")
    label: str | None = Field(default=None, description="Kicker / label printed on the card.")
    section: str | None = Field(default=None, description="Section named on the card.")
    excerpt: str | None = Field(default=None, description="Summary or opening text shown.")
    image: Image | None = Field(default=None, description="The card's image.")
    authors: list[Author] = Field(default_factory=list, description="Authors shown on the card.")
    published: datetime | None = Field(default=None, description="Date shown on the card.")


class Page(_Model):
    """Everything extracted from one HTML page."""

    schema_version: Literal["1.1"] = Field(
        default=SCHEMA_VERSION, description="Version of this output format."
    )
    url: str | None = Field(default=None, description="The URL the page was fetched from.")
    canonical_url: str | None = Field(default=None, description="The page's canonical URL.")
    site_name: str | None = Field(default=None, description="Name of the site or publication.")
    language: str | None = Field(default=None, description="BCP 47 language tag, e.g. 'en'.")
    page_type: PageType = Field(
        default="other", description="'article', 'listing' (section/tag/home pages) or 'other'."
    )
    article: Article | None = Field(
        default=None, description="The article; null when the page has no main content."
    )
    updates: list[Update] = Field(default_factory=list, description="Dated update notes.")
    editor_notes: list[EditorNote] = Field(
        default_factory=list, description="Editor's notes, corrections, clarifications."
    )
    teasers: list[Teaser] = Field(
        default_factory=list, description="Cards linking to other articles."
    )
    warnings: list[str] = Field(
        default_factory=list, description="Things the extractor noticed but could not resolve."
    )
