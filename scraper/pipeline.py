"""The extraction pipeline: HTML in, one validated `Page` out.

Stages, in order (each takes the one parsed `Document`; none re-parses):

1. decode   bytes to text (`scraper.decode`): BOM, HTTP charset, meta charset, detection;
2. parse    text to an lxml tree (`scraper.parse`), links resolved against <base> or the URL;
3. structured data   meta tags, JSON-LD, microdata (`extractors.structured`);
4. teasers           cards linking elsewhere (`extractors.teasers`), set aside while stages 5-6
                     read the tree (a card's byline or date is not the article's), then put back;
5. metadata          title, dek, labels, tags, site, language (`extractors.metadata`), authors
                     (`extractors.authors`), dates (`extractors.published`);
6. lead image        (`extractors.lead_image`);
7. clean             scripts, hidden elements removed (`scraper.clean`); live-blog entries taken
                     out as updates (`extractors.liveblog`); navigation and widgets removed;
8. body              main-content container to typed blocks (`extractors.body`), teaser cards
                     left out on an article and kept where they are the content;
9. notes, updates    labelled paragraphs moved out of the body (`extractors.notes`,
                     `extractors.updates`);
10. assemble         `Page` with `page_type` decided from what was found.

Fallbacks: when stage 8 finds no scored container it walks the whole <body>; when no title is
declared the <h1> or <title> is used (see `extractors.metadata`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import partial
from itertools import islice
from typing import TypeVar, cast

from lxml.etree import _Element as HtmlElement

from .clean import SetAside, drop_furniture, drop_non_content, remove_element, remove_elements
from .dates import writes_day_first
from .decode import decode_html
from .dom import in_tree, is_ancestor, is_main_landmark, name_words
from .errors import ExtractionError, InputTooLargeError, ParseError, ScraperError
from .extractors.authors import COMMENT_WORDS, extract_authors, in_comments
from .extractors.blocks import block_text, repaired_blocks
from .extractors.body import (
    BodyResult,
    drop_header_credits,
    extract_body,
    is_furniture_text,
    render_body,
    split_bios,
)
from .extractors.declared_body import DECLARED_BODY_WARNING, declared_blocks
from .extractors.header import header_text
from .extractors.lead_image import (
    extract_lead_image,
    opening_picture,
    printed_lead_image,
    renditions_of_one_picture,
)
from .extractors.liveblog import entry_permalinks, entry_update, find_entries
from .extractors.metadata import (
    BY_WORDS,
    extract_canonical,
    extract_metadata,
    extract_site_name,
    extract_title,
    headline_element,
    site_name_in_title,
    tidy_title,
)
from .extractors.notes import (
    NOTE_BOX_WORDS,
    NOTE_LEAD_CHARS,
    may_open_note,
    parse_note_box,
    split_notes,
)
from .extractors.published import extract_dates
from .extractors.structured import (
    JsonObject,
    StructuredData,
    collect_structured_data,
    is_story_object,
)
from .extractors.teasers import BYLINE_LINE, NAVIGATION_WORDS, extract_teasers
from .extractors.updates import (
    UPDATE_LABEL,
    is_update_label,
    may_open_update,
    parse_update,
    split_updates,
)
from .features import Stats
from .models import (
    Article,
    Author,
    Block,
    EditorNote,
    HeadingBlock,
    Image,
    ImageBlock,
    Page,
    PageType,
    ParagraphBlock,
    Provenance,
    Teaser,
    Update,
)
from .parse import Document, parse_html
from .settings import DEFAULT_SETTINGS, ExtractSettings
from .text import (
    SENTENCE_ENDS,
    first_text,
    leading_text,
    normalise_key,
    repair_mojibake,
    short_text,
    valid_unicode,
    word_count,
)
from .urls import host_of, is_front_page, path_of, site_of

# JSON-LD types that declare a discussion: there the comments are the content.
DISCUSSION_TYPES = ("DiscussionForumPosting", "QAPage", "Question")
# JSON-LD types that declare a product page: there customer reviews and Q&A are not the content.
PRODUCT_TYPES = ("Product", "ProductGroup")
PRODUCT_OG_TYPES = frozenset({"product", "og:product", "product.item", "product.group"})
ARTICLE_OG_TYPES = frozenset({"article", "blog", "news", "newsarticle"})
MIN_ARTICLE_WORDS = 120
# Off articles, a main landmark read with its links gives this many times the chosen words (and
# at least this many): its grid of links is the content.
LINK_GRID_GAIN = 3
MIN_GRID_WORDS = 60
MIN_IMAGE_NAME_CHARS = 12  # shorter file names ("image.jpg") say nothing about identity
MIN_LISTING_TEASERS = 6
GRID_SHARE = 0.8  # of the cards the body missed: the grid holds nearly all, not one shelf of them
NOT_GRID_TAGS = frozenset({"nav", "header", "footer", "aside"})  # a grid inside these is chrome
LONG_ARTICLE_WORDS = 300  # undated and unsigned, but long prose with few cards (a wiki page)
CARDS_FILL_SHARE = 0.4
MAIN_SHARE = 0.5  # off articles and listings, chosen prose under this share of <main>: read it
MAX_NOTE_BOX_CHARS = 1500
MAX_NOTE_BOX_SIBLINGS = 3  # a longer box is a sidebar, whatever it opens with
NOTE_BOX_LEVELS = 2  # the content's siblings, and its parent's (the article element's)
NOTE_KEY_CHARS = 80  # notes that open alike are one note
NOTE_BOX_LINE_TAGS = ("p", "div", "h2", "h3", "h4", "h5", "h6")
MAX_NOTE_BOX_LINES = 6  # a label line, the note, maybe its date
LISTING_WORDS_PER_TEASER = 40  # less body text than this per card: the cards are the page
CAPTION_SLACK_CHARS = 10  # separators between a caption and its credit
MAX_TRAILING_HEADING_WORDS = 8  # a heading ending an article labels what was taken out
# A year in a link's path ("/2024/03/slug"): the page is filed as a story.
YEAR_IN_PATH = re.compile(r"/(?:199[5-9]|20\d\d)/")


def extract(
    html: str | bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    settings: ExtractSettings = DEFAULT_SETTINGS,
) -> Page:
    """Extract one page.

    `html` is the page as text or as the bytes a server sent (decoded like a browser would,
    using `content_type`, the HTTP Content-Type header value, when given). `url` is where the
    page came from; relative links resolve against it (or the page's <base>).

    Raises a `ScraperError` subclass for input that is not a readable HTML page
    (`EmptyInputError`, `NotHTMLError`, `InputTooLargeError`, `ParseError`).
    """
    url = valid_unicode(url) if url else url  # a lone surrogate would make the JSON invalid
    size = _size_in_bytes(html, settings.max_bytes)
    if size > settings.max_bytes:
        raise InputTooLargeError(
            f"input is {size} bytes, over the {settings.max_bytes}-byte limit", url=url
        )
    try:
        decoded = decode_html(html, content_type=content_type) if isinstance(html, bytes) else None
    except ScraperError as error:
        error.url = error.url or url
        raise
    text = decoded.text if decoded is not None else cast(str, html)
    try:
        doc = parse_html(
            text, url=url, settings=settings, utf8=decoded.utf8 if decoded is not None else None
        )
    except ScraperError:
        raise
    except (RecursionError, ValueError, MemoryError) as error:
        raise ParseError(f"cannot parse HTML: {type(error).__name__}: {error}", url=url) from error
    try:
        return _extract_document(doc, settings)
    except ScraperError:
        raise
    except RecursionError as error:
        raise ParseError("document is nested too deeply to process", url=url) from error
    except Exception as error:  # a bug on an unusual page: one typed error, never a crash
        raise ExtractionError(f"extraction failed: {type(error).__name__}: {error}", url=url) from (
            error
        )


def _size_in_bytes(html: str | bytes, limit: int) -> int:
    """The input's size in bytes (UTF-8 for text), encoding only when the answer depends on it."""
    if isinstance(html, bytes) or len(html) > limit or len(html) * 4 <= limit:
        return len(html)
    return len(html.encode("utf-8", "surrogatepass"))


def _extract_document(doc: Document, settings: ExtractSettings) -> Page:
    data = collect_structured_data(doc)
    article_object = data.article_object()
    site_name = extract_site_name(data)
    title, title_source = extract_title(doc, data, article_object, site_name)
    site_name = site_name or site_name_in_title(doc, title)

    canonical = extract_canonical(doc, data)
    page_urls = {u.split("#", 1)[0].rstrip("/") for u in (doc.url, canonical) if u}
    cards = extract_teasers(doc, title=title, page_urls=page_urls)
    teasers = cards.teasers
    set_aside = SetAside()  # a card's byline or date is not the article's
    for card in cards.roots:
        set_aside.hold(card)

    declared_article = is_story_object(article_object) or _declares_article(
        data.meta.get("og:type", [])
    )
    meta = extract_metadata(
        doc,
        data,
        article_object,
        title=title,
        title_source=title_source,
        site_name=site_name,
        declared_article=declared_article,
    )
    headline = headline_element(doc, meta.title)
    # where the headline stands, for the body: the cleaner may take out the header around it
    headline_lineage = [headline, *headline.iterancestors()] if headline is not None else []
    header = header_text(doc.root, headline)
    authors, authors_source = extract_authors(doc, data, article_object, header, site_name)
    day_first = writes_day_first(meta.language)  # how the page writes "03/05/2022"
    dates = extract_dates(
        doc, data, article_object, settings.current_time(), header, day_first=day_first
    )
    lead_image = extract_lead_image(doc, data, article_object, product=_declares_product(data))
    printed_picture = printed_lead_image(doc, headline) if lead_image is None else None

    remove_elements(list(meta.label_elements))
    set_aside.restore()
    drop_non_content(doc)
    live_updates, live_notes, permalinks = _take_live_entries(
        doc,
        data.objects_of_type("LiveBlogPosting"),
        dates.published,
        settings.site_timezone,
        cards=cards.roots,
    )
    if permalinks:  # an entry linked to its own page is an update, not a card
        teasers = [teaser for teaser in teasers if teaser.url not in permalinks]
    note_boxes = _NoteBoxes.read(doc)
    stats = drop_furniture(
        doc,
        discussion=bool(data.objects_of_type(*DISCUSSION_TYPES)),
        product=not declared_article and _declares_product(data),
        keep=_is_note_box,
    )
    body = extract_body(
        doc,
        title=meta.title,
        subtitle=meta.subtitle,
        stats=stats,
        exclude=cards.roots,
        headline=headline,
        headline_place=next(iter(in_tree(headline_lineage, doc.root)), None),
        # cards beside a story, not the content of a front page that calls itself an article
        beside=cards.roots if declared_article and not is_front_page(doc.url) else (),
    )
    counts = _WordCounts()
    dated_or_signed = bool(dates.published or authors)
    page_type = _page_type(
        declared=declared_article or bool(live_updates),
        # a live blog's entries are its content
        words=counts.total(body.blocks) + sum(word_count(u.text) for u in live_updates),
        dated_or_signed=dated_or_signed,
        teaser_count=len(teasers),
    )
    render = partial(render_body, doc, stats=stats, title=meta.title, subtitle=meta.subtitle)
    if page_type == "other" or (page_type == "article" and not dated_or_signed):
        # a landing or service page (or one declared an article that gives neither a date nor
        # an author: sites declare all their pages so): all its sections, when the chosen one
        # holds a minority
        landmark = _main_landmark(body.containers, stats)
        if landmark is not None:
            body = BodyResult(blocks=render([landmark], exclude=cards.roots), containers=[landmark])
    body_blocks = body.blocks
    cards_inside = _cards_inside(body.containers, cards.roots)
    offsite = _offsite_cards(cards_inside, cards.headline_urls, (doc.url, canonical))
    cards_fill = _cards_fill(body.containers, cards_inside, stats)
    if offsite and page_type == "article" and not cards_fill:
        # items of the story linking out (a roundup's products, a guide's hotels), not
        # teasers of the site's other stories
        linking_out = set(offsite)
        body_blocks = render(
            body.containers, exclude=[card for card in cards.roots if card not in linking_out]
        )
        offsite_urls = {cards.headline_urls[card] for card in offsite}
        teasers = [teaser for teaser in teasers if teaser.url not in offsite_urls]
    elif page_type != "article" or cards_fill:
        # Off an article, or where cards make up the chosen content (an events list), the
        # cards in the main content are the content.
        if cards_inside:  # else rendering again would give the same blocks
            body_blocks = render(body.containers, keep=cards.roots)
        if page_type == "listing" and counts.total(body_blocks) < MIN_ARTICLE_WORDS:
            # the body missed the list: the grid of cards beside it, and any card still missing
            with_grid = _with_card_grid(body.containers, cards.roots, doc.root)
            if with_grid is not body.containers:
                body_blocks = render(with_grid, keep=cards.roots)
            body_blocks += _missed_cards_blocks(teasers, body_blocks, cards.printed)
    if not counts.total(body_blocks):  # nothing printed
        if teasers and is_front_page(doc.url):
            # a site's front page printing nothing but a few cards (a blog's latest posts)
            body_blocks = _missed_cards_blocks(teasers, [], cards.printed)
        elif (landmark := _landmark_of(doc.root, stats)) is not None:
            # nothing but links in the main landmark (a shop's grid of product links)
            body_blocks = render([landmark], exclude=cards.roots, links_are_content=True)
    elif (
        page_type != "article"
        and counts.total(body_blocks) < MIN_ARTICLE_WORDS
        and (landmark := _landmark_of(doc.root, stats)) is not None
    ):
        # a shop's grid of product links in the main landmark, beside a little prose the
        # scorer preferred (a newsletter box, a category's one-line intro): the grid is the page
        grid = render([landmark], exclude=cards.roots, links_are_content=True)
        if counts.total(grid) >= LINK_GRID_GAIN * max(counts.total(body_blocks), MIN_GRID_WORDS):
            body_blocks = grid

    declared = declared_blocks(article_object, counts.total(body_blocks))
    if declared is not None:  # a script renders the story: the page printed little of it
        body_blocks = declared
        doc.warnings.append(DECLARED_BODY_WARNING)
        if page_type == "other" and declared_article:  # a story its script prints
            page_type = "article"
    body_blocks = repaired_blocks(body_blocks)  # sites that double-encoded their text
    names = [author.name for author in authors]
    body_blocks, bios = split_bios(body_blocks, names)
    body_blocks = drop_header_credits(
        body_blocks,
        names=names,
        labels=(meta.section, meta.kind),
        title=meta.title,
        site_name=meta.site_name,
    )
    authors = [
        author.model_copy(update={"bio": bios[author.name]}) if author.name in bios else author
        for author in authors
    ]
    teasers, authors = _without_author_boxes(teasers, authors)
    label_updates, blocks = (
        # a listing's cards print their own dates ("Updated 10 Mar, 2025 03:30pm")
        ([], body_blocks)
        if page_type == "listing"
        else split_updates(
            body_blocks,
            dates.published,
            settings.site_timezone,
            day_first=day_first,
            live=bool(data.objects_of_type("LiveBlogPosting")) and not live_updates,
        )
    )
    updates = live_updates + label_updates
    if page_type != "listing" and not live_updates:
        updates = _updates_beside(
            body.containers,
            updates,
            partial(
                parse_update,
                published=dates.published,
                site_zone=settings.site_timezone,
                day_first=day_first,
            ),
        )
    notes, blocks = split_notes(blocks)
    notes = _notes_beside(body.containers, before=True) + notes + live_notes
    notes += _notes_beside(body.containers)
    notes = note_boxes.around(body.containers, notes)
    if lead_image is None and page_type == "article":
        lead_image = printed_picture or opening_picture(blocks)
    lead_image = _completed_by_its_copy(blocks, lead_image)
    blocks = _without_lead_image(blocks, lead_image)
    if page_type == "article":  # a listing's last cards may be headings alone
        blocks = _without_trailing_headings(blocks)
    text = _plain_text(blocks)

    article = Article(
        title=repair_mojibake(tidy_title(meta.title) if meta.title else None),
        subtitle=repair_mojibake(
            _dek(meta.subtitle or meta.lede or meta.printed_description, authors)
        ),
        description=repair_mojibake(meta.description),
        authors=[_repaired_author(author) for author in authors],
        published=dates.published,
        modified=dates.modified,
        section=meta.section,
        kind=meta.kind,
        tags=meta.tags,
        lead_image=lead_image,
        blocks=blocks,
        text=text,
        word_count=counts.total(blocks),
        provenance=Provenance(
            title=meta.title_source,
            authors=authors_source,
            published=dates.published_source,
            modified=dates.modified_source,
        ),
    )
    return Page(
        url=doc.url,
        canonical_url=meta.canonical_url,
        site_name=repair_mojibake(meta.site_name),
        language=meta.language,
        page_type=page_type,
        article=article,
        updates=updates,
        editor_notes=notes,
        teasers=[teaser for teaser in teasers if teaser.url not in cards.menu_entries],
        warnings=list(doc.warnings) + dates.warnings,
    )


def _take_live_entries(
    doc: Document,
    declarations: list[JsonObject],
    published: datetime | None,
    zone: tzinfo | None,
    *,
    cards: list[HtmlElement],
) -> tuple[list[Update], list[EditorNote], set[str]]:
    """Live-blog entries as updates (without the teaser cards in them), the notes printed
    inside them, and the addresses the entries link themselves by (`entry_permalinks`); the
    entries are taken out of the tree (the body keeps the summary)."""
    entries = find_entries(doc, declared=bool(declarations))
    excluded = set(cards)
    updates: list[Update] = []
    notes: list[EditorNote] = []
    permalinks: set[str] = set()
    for entry in entries:
        update, entry_notes = entry_update(entry, doc, published, zone, exclude=excluded)
        if update is not None:
            updates.append(update)
            permalinks |= entry_permalinks(entry, doc)
        notes.extend(entry_notes)
    for entry in entries:
        remove_element(entry)
    return updates, notes, permalinks


def _without_trailing_headings(blocks: list[Block]) -> list[Block]:
    """The blocks without the headings they end with: on an article, a heading last heads
    nothing left (a rail's "Features" whose cards were taken out, "Updates & Corrections"
    over notes read apart)."""
    end = len(blocks)
    while end and _is_label_heading(blocks[end - 1]):
        end -= 1
    return blocks if end == len(blocks) else blocks[:end]


def _is_label_heading(block: Block) -> bool:
    """A heading that labels what follows ("Features"), not a sentence set as a heading."""
    return (
        isinstance(block, HeadingBlock)
        and len(block.text.split()) <= MAX_TRAILING_HEADING_WORDS
        and not block.text.endswith(SENTENCE_ENDS)
    )


MIN_BOX_BIO_WORDS = 5  # a box's line of hashtags ("#Digitalisierung #NeueArbeit") is no bio


def _without_author_boxes(
    teasers: list[Teaser], authors: list[Author]
) -> tuple[list[Teaser], list[Author]]:
    """A card linking to an author's own page is the author's box ("Written by Dana
    Whitfield", her bio under it: Medium), not a teaser; its excerpt is the author's bio where
    none was found."""
    pages = {author.url for author in authors if author.url}
    boxes = {teaser.url: teaser for teaser in teasers if teaser.url in pages}
    if not boxes:
        return teasers, authors
    authors = [
        author.model_copy(update={"bio": box.excerpt})
        if author.bio is None
        and author.url
        and (box := boxes.get(author.url))
        and box.excerpt
        and len(box.excerpt.split()) >= MIN_BOX_BIO_WORDS
        else author
        for author in authors
    ]
    return [teaser for teaser in teasers if teaser.url not in pages], authors


def _copies_of(lead_image: Image) -> Callable[[Block], bool]:
    """A test of whether a block prints the lead image (the same file, maybe in another
    size); the lead image's key is read once, not once per block."""
    key = _image_key(lead_image.url)

    def is_copy(block: Block) -> bool:
        return isinstance(block, ImageBlock) and (
            _image_key(block.image.url) == key
            or renditions_of_one_picture(block.image.url, lead_image.url)
        )

    return is_copy


def _completed_by_its_copy(blocks: list[Block], lead_image: Image | None) -> Image | None:
    """The lead image with the alt, caption and credit its copy in the body prints, where the
    lead image has none of them (the body's copy leaves: `_without_lead_image`)."""
    if lead_image is None or (lead_image.alt and (lead_image.caption or lead_image.credit)):
        return lead_image
    copy = next(filter(_copies_of(lead_image), blocks), None)
    if not isinstance(copy, ImageBlock):
        return lead_image
    printed = copy.image
    update: dict[str, str | None] = {"alt": lead_image.alt or printed.alt}
    if not (lead_image.caption or lead_image.credit):
        update |= {"caption": printed.caption, "credit": printed.credit}
    return lead_image.model_copy(update=update)


def _without_lead_image(blocks: list[Block], lead_image: Image | None) -> list[Block]:
    """Drop the body's copy of the lead image (the same file, maybe in another size), and a
    paragraph printing its caption apart from it (a "lead-photo-meta" box beside the body)."""
    if lead_image is None:
        return blocks
    is_copy = _copies_of(lead_image)
    caption = normalise_key(lead_image.caption) if lead_image.caption else None
    longest = len(caption or "") + len(lead_image.credit or "") + CAPTION_SLACK_CHARS
    return [
        block
        for block in blocks
        if not is_copy(block)
        and not (
            caption
            and isinstance(block, ParagraphBlock)
            and len(block.text) <= longest  # the caption and its credit, nothing more
            and normalise_key(block.text).startswith(caption)
        )
    ]


def _image_key(url: str) -> str:
    """The image's file name when it is distinctive (resizers put sizes in the path), else the
    whole path."""
    path = path_of(url)
    name = path.rsplit("/", 1)[-1]
    return name if len(name) >= MIN_IMAGE_NAME_CHARS and "." in name else path


class _WordCounts:
    """Word counts of blocks, each block counted once: the page type, the listing check and
    the article's count read mostly the same blocks. The sum over blocks is the count of their
    plain text (`_plain_text` joins them with blank lines, which no word crosses)."""

    def __init__(self) -> None:
        # keyed by id(): blocks are not hashable; each entry keeps its block alive, so no
        # other block can take its id while the table exists
        self._counts: dict[int, tuple[Block, int]] = {}

    def total(self, blocks: list[Block]) -> int:
        total = 0
        for block in blocks:
            known = self._counts.get(id(block))
            if known is None:
                known = self._counts[id(block)] = (block, word_count(block_text(block)))
            total += known[1]
        return total


# A line under the headline this short that credits an author ("<date> by <name>") is the
# byline.
MAX_DEK_BYLINE_CHARS = 120


def _dek(subtitle: str | None, authors: list[Author]) -> str | None:
    """The line under the headline, unless it is the byline or dateline printed there ("by
    Bob Yirka, Phys.org", "September 12, 2025 | 14 min read") or a widget's text: those are
    the authors and dates, read apart."""
    if not subtitle or is_furniture_text(subtitle) or subtitle.endswith(":"):
        return None  # (a label ends with a colon: "Recent Reviews:", the reviews after it)
    if BYLINE_LINE.match(subtitle) and any(author.name in subtitle for author in authors):
        return None
    if len(subtitle) <= MAX_DEK_BYLINE_CHARS:  # "Tuesday 15 October 2019 by Bradley M. Kuhn"
        lowered = subtitle.casefold()
        credits = (f"{word} {author.name.casefold()}" for author in authors for word in BY_WORDS)
        if any(credit in lowered for credit in credits):
            return None
    return subtitle


def _plain_text(blocks: list[Block]) -> str:
    return "\n\n".join(filter(None, (block_text(block) for block in blocks)))


_T = TypeVar("_T")


def _beside(
    containers: list[HtmlElement], read: Callable[[HtmlElement], _T | None], *, before: bool
) -> list[_T]:
    """What `read` finds in the boxes set just outside the chosen content, after it (or
    before it), up to the article element that holds the content, in reading order."""
    if not containers:
        return []
    edge = containers[0] if before else containers[-1]
    found: list[_T] = []
    for level in islice(edge.iterancestors(), NOTE_BOX_LEVELS):
        if level.tag in ("body", "html"):
            break
        beside: list[_T] = []
        for sibling in islice(edge.itersiblings(preceding=before), MAX_NOTE_BOX_SIBLINGS):
            if isinstance(sibling.tag, str) and (item := read(sibling)) is not None:
                beside.append(item)
        found = beside[::-1] + found if before else found + beside
        edge = level
    return found


def _notes_beside(containers: list[HtmlElement], *, before: bool = False) -> list[EditorNote]:
    """Notes in boxes set just outside the chosen content, after it (or before it): the
    "This article has been updated ..." box under a story's last paragraph, or under the
    article element that holds the content."""
    return _beside(containers, _box_note, before=before)


def _updates_beside(
    containers: list[HtmlElement],
    updates: list[Update],
    read: Callable[[str], Update | None],
) -> list[Update]:
    """`updates` with those told in boxes just outside the chosen content: an alert box
    titled "Update (12 April 2024)" over its text, set before the story's text widget.
    `read` parses a box's text as an update."""

    def box_update(element: HtmlElement) -> Update | None:
        if _in_comments(element):
            return None
        text = short_text(element, MAX_NOTE_BOX_CHARS)
        first = first_text(element, MAX_NOTE_BOX_CHARS)
        if not text:
            return None
        if first and text != first and text.startswith(first) and is_update_label(first):
            return read(f"{first.rstrip(':').rstrip()}: {text[len(first) :].lstrip(' :')}")
        return read(text) if UPDATE_LABEL.match(text) else None

    known = {update.text[:NOTE_KEY_CHARS] for update in updates}
    above, below = (
        [
            u
            for u in _beside(containers, box_update, before=side)
            if u.text[:NOTE_KEY_CHARS] not in known
        ]
        for side in (True, False)
    )
    return above + updates + below


@dataclass(slots=True)
class _NoteBoxes:
    """Notes in boxes named as such (``class="disclosure"``), read before the furniture pass
    (which drops a sidebar or a footer with the box in it), with each box's place in the page."""

    notes: list[tuple[HtmlElement, EditorNote]]
    position: dict[HtmlElement, int]

    @classmethod
    def read(cls, doc: Document) -> _NoteBoxes:
        notes: list[tuple[HtmlElement, EditorNote]] = []
        for box in doc.named(NOTE_BOX_WORDS):  # in document order: outer boxes first
            if any(box in outer.iterancestors() for outer, _ in notes):
                continue
            if _in_comments(box):  # "Disclaimer: Comments do not represent the views of ..."
                continue
            if (note := _box_note(box)) is not None:
                notes.append((box, note))
        position = {e: i for i, e in enumerate(doc.root.iter())} if notes else {}
        return cls(notes, position)

    def around(self, containers: list[HtmlElement], notes: list[EditorNote]) -> list[EditorNote]:
        """`notes` with the boxes' notes not among them: before them when the box comes
        before the chosen content, after them otherwise."""
        # a note the content gave already, maybe without the box's last line (its date), or
        # the first of the notes a box holds, one a paragraph
        known = {note.text[:NOTE_KEY_CHARS] for note in notes}
        given = tuple(note.text for note in notes if note.text)
        extra: list[tuple[HtmlElement, EditorNote]] = []
        for box, note in self.notes:  # two boxes may hold one note (a list and its item)
            if note.text[:NOTE_KEY_CHARS] not in known and not note.text.startswith(given):
                known.add(note.text[:NOTE_KEY_CHARS])
                extra.append((box, note))
        if not extra or not containers or containers[0] not in self.position:
            return notes
        start = self.position[containers[0]]
        before = [note for box, note in extra if self.position[box] < start]
        after = [note for box, note in extra if self.position[box] >= start]
        return before + notes + after


def _in_comments(element: HtmlElement) -> bool:
    """Whether `element` is, or lies in, a comment thread (its notes are the thread's)."""
    return not name_words(element).isdisjoint(COMMENT_WORDS) or in_comments(element)


def _box_note(element: HtmlElement) -> EditorNote | None:
    text = short_text(element, MAX_NOTE_BOX_CHARS)
    if not text:
        return None
    lines = [
        line
        for child in islice(element.iterchildren(*NOTE_BOX_LINE_TAGS), MAX_NOTE_BOX_LINES)
        if (line := short_text(child, MAX_NOTE_BOX_CHARS))
    ]
    return parse_note_box(first_text(element, MAX_NOTE_BOX_CHARS), text, lines)


def _is_note_box(element: HtmlElement) -> bool:
    """A box (an aside, a callout) that opens with an editor's note or an update label, outside
    comment threads."""
    lead = leading_text(element, NOTE_LEAD_CHARS)
    if not (may_open_note(lead) or may_open_update(lead)) or _in_comments(element):
        return False
    text = short_text(element, MAX_NOTE_BOX_CHARS)
    if not text:
        return False
    first = first_text(element, MAX_NOTE_BOX_CHARS)
    opens_update = UPDATE_LABEL.match(text) or (first and is_update_label(first))
    return bool(opens_update or parse_note_box(first, text))


def _repaired_author(author: Author) -> Author:
    name = repair_mojibake(author.name) or author.name
    return author if name == author.name else author.model_copy(update={"name": name})


def _cards_inside(containers: list[HtmlElement], roots: list[HtmlElement]) -> list[HtmlElement]:
    """The teaser cards that are one of the chosen containers or lie inside one."""
    chosen = set(containers)
    return [
        card
        for card in roots
        if card in chosen or any(ancestor in chosen for ancestor in card.iterancestors())
    ]


def _offsite_cards(
    cards: list[HtmlElement], urls: dict[HtmlElement, str], page_urls: tuple[str | None, ...]
) -> list[HtmlElement]:
    """The cards (of those in `urls`, by the URL they link to) that link to another host
    than the page's: the one it was fetched from, or the one its canonical URL names (a
    copy served elsewhere, a syndicated story). Another host of the same site counts, unless
    the link files a story under its year: a blog's story listing venues on the booking site
    (blog.resy.com, resy.com) or a release note its bugs and wiki pages links to the site's
    other properties, not to its stories."""
    page_hosts = {host for host in map(host_of, page_urls) if host is not None}
    page_sites = {site for site in map(site_of, page_urls) if site is not None}
    if not page_hosts:
        return []
    return [
        card
        for card in cards
        if (url := urls.get(card)) is not None and _links_elsewhere(url, page_hosts, page_sites)
    ]


def _links_elsewhere(url: str, page_hosts: set[str], page_sites: set[str]) -> bool:
    host = host_of(url)
    if host is None or host in page_hosts:
        return False
    # a story filed under its year on a sister host ("news.example.com/2024/03/..."): the
    # site's own
    return site_of(url) not in page_sites or not YEAR_IN_PATH.search(path_of(url))


def _cards_fill(
    containers: list[HtmlElement], cards_inside: list[HtmlElement], stats: dict[HtmlElement, Stats]
) -> bool:
    """True when the teaser cards inside the chosen containers hold most of their text: the
    cards are the page's content (an events list, a forum index), not a rail beside an article."""
    chosen = set(containers)
    total = sum(stats[c].text for c in containers if c in stats)
    in_cards = sum(
        stats[card].text for card in cards_inside if card in stats and card not in chosen
    )
    return total > 0 and in_cards >= CARDS_FILL_SHARE * total


def _landmark_of(root: HtmlElement, stats: dict[HtmlElement, Stats]) -> HtmlElement | None:
    """The page's first main landmark still in the tree (``<main>``, or ``role="main"``), if
    measured with the body."""
    landmark = root.find(".//main")
    if landmark is None:
        landmark = root.find(".//*[@role='main']")
    return landmark if landmark is not None and landmark in stats else None


def _main_landmark(
    containers: list[HtmlElement], stats: dict[HtmlElement, Stats]
) -> HtmlElement | None:
    """The page's main landmark (<main>, or role="main") around all the chosen containers,
    when they hold under `MAIN_SHARE` of its text: the scorer picked one section of a page
    made of several (a service page's hero, features and pricing)."""
    if not containers:
        return None
    landmark = next(
        (ancestor for ancestor in containers[0].iterancestors() if is_main_landmark(ancestor)),
        None,
    )
    if landmark is None or landmark not in stats:
        return None
    if not all(is_ancestor(landmark, c) for c in containers[1:]):
        return None
    chosen = sum(stats[container].text for container in containers if container in stats)
    return landmark if chosen < MAIN_SHARE * stats[landmark].text else None


def _with_card_grid(
    containers: list[HtmlElement], cards: list[HtmlElement], root: HtmlElement
) -> list[HtmlElement]:
    """The chosen containers plus the grid of cards they missed, in page order: the lowest
    element holding nearly all the cards still on the page outside them (a recipe archive's
    shelves under a short introduction). The containers unchanged when most cards lie inside
    them, or when that element is the whole page or navigation (a mega-menu's links)."""
    chosen = set(containers)
    live = [card for card in cards if card.getroottree().getroot() is root]
    outside = [
        card
        for card in live
        if card not in chosen and not any(ancestor in chosen for ancestor in card.iterancestors())
    ]
    if len(outside) < MIN_LISTING_TEASERS or len(outside) <= len(live) - len(outside):
        return containers
    counts: Counter[HtmlElement] = Counter()
    for card in outside:
        counts.update(card.iterancestors())  # the lowest ancestors first: ties go to them
    needed = max(MIN_LISTING_TEASERS, math.ceil(GRID_SHARE * len(outside)))
    grid = min((a for a, n in counts.items() if n >= needed), key=counts.__getitem__, default=None)
    if grid is None or grid.tag in ("body", "html"):
        return containers
    if any(
        element.tag in NOT_GRID_TAGS or name_words(element) & NAVIGATION_WORDS
        for element in (grid, *grid.iterancestors())
    ):
        return containers
    kept = [c for c in containers if not is_ancestor(grid, c)]
    order = {element: index for index, element in enumerate(root.iter())}
    return sorted([*kept, grid], key=lambda element: order.get(element, 0))


def _missed_cards_blocks(
    teasers: list[Teaser], blocks: list[Block], printed: dict[str, str]
) -> list[Block]:
    """On a listing page, the cards the body did not render, as headline + excerpt blocks (a
    card printed whole in its link, as its link prints it: see `TeaserCards.printed`)."""
    rendered = normalise_key(_plain_text(blocks))
    return [
        block
        for teaser in teasers
        if normalise_key(teaser.title) not in rendered
        for block in _teaser_blocks(teaser, printed.get(teaser.url))
    ]


def _teaser_blocks(teaser: Teaser, printed: str | None) -> list[Block]:
    blocks: list[Block] = [HeadingBlock(level=2, text=teaser.title)]
    rest = printed.partition(teaser.title)[2].strip() if printed else None
    if rest:
        blocks.append(ParagraphBlock(text=rest))
    elif teaser.excerpt:
        blocks.extend(ParagraphBlock(text=part) for part in teaser.excerpt.split("\n\n"))
    return blocks


def _declares_article(og_types: list[str]) -> bool:
    return any(og_type.lower() in ARTICLE_OG_TYPES for og_type in og_types)


def _declares_product(data: StructuredData) -> bool:
    """A JSON-LD Product, or an OpenGraph product type ("product", "og:product",
    "product.item": Shopify and Facebook catalogues)."""
    if data.objects_of_type(*PRODUCT_TYPES):
        return True
    return any(og_type.lower() in PRODUCT_OG_TYPES for og_type in data.meta.get("og:type", []))


def _page_type(*, declared: bool, words: int, dated_or_signed: bool, teaser_count: int) -> PageType:
    """'article' when declared, or long enough and dated or signed, or long and free of cards;
    'listing' when cards dominate; else 'other'."""
    if declared and words >= MIN_ARTICLE_WORDS // 2:
        return "article"
    if words >= MIN_ARTICLE_WORDS and dated_or_signed:
        return "article"
    if teaser_count >= MIN_LISTING_TEASERS and words < teaser_count * LISTING_WORDS_PER_TEASER:
        return "listing"
    if words >= LONG_ARTICLE_WORDS and teaser_count < MIN_LISTING_TEASERS:
        return "article"
    return "other"
