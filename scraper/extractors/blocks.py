"""A content subtree to ordered typed blocks (paragraph, heading, quote, list, image, embed ...).

One recursive walk. Inline content (text, links, emphasis) accumulates into a paragraph until a
block-level element closes it; block elements become their own block or are walked into.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from itertools import islice

from lxml.etree import _Element as HtmlElement

from ..dom import name_words
from ..models import (
    Block,
    CodeBlock,
    EmbedBlock,
    HeadingBlock,
    ImageBlock,
    ListBlock,
    ParagraphBlock,
    QuoteBlock,
    TableBlock,
)
from ..parse import Document
from ..text import clean_text, element_text, has_mojibake, raw_text, repair_mojibake
from ..urls import path_of, split_url
from .images import CAPTION_WORDS, CREDIT_WORDS, credit_of_line, image_from_element
from .notes import is_note_label_line

FIGURE_TEXT_WORDS = CAPTION_WORDS | CREDIT_WORDS

BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir",
     "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
     "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
     "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "iframe", "video", "audio",
     "img", "picture", "br", "summary", "caption", "embed"}
)  # fmt: skip
EMBED_TAGS = frozenset({"iframe", "video", "audio", "embed"})
# Where an embed's address is: a lazy loader's attribute first, as `src` then holds a blank
# page ("about:blank") until the frame scrolls into view (WP Rocket, lazysizes, a3 Lazy Load)
EMBED_SOURCE_ATTRIBUTES = ("data-lazy-src", "data-src", "src")
NO_ADDRESS_SCHEMES = ("about:", "javascript:", "data:")
QUOTATION_FIGURE_SKIPPED = frozenset({"img", "picture"})  # the speaker's photo beside a quote
# blockquote classes that are social embeds, not quotations.
EMBED_QUOTE_CLASSES = ("twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed")
MIN_IMAGE_SIDE = 50  # smaller declared images are icons and tracking pixels
ICON_WORDS = frozenset({"icon", "favicon"})
# A figure holding one link to a page and this much text in it is a card for that page.
MIN_LINK_CARD_CHARS = 20
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)$", re.IGNORECASE)
PARAGRAPH_BREAK = "\x00"  # never in parsed text: parse_html removes NUL

Emit = Callable[[Block], None]


class BlockWalker:
    """Turns an element subtree into blocks; `skip` says which elements to leave out, and
    `cut` which inline elements to leave out of the text around them (a card link stacked in
    a paragraph)."""

    def __init__(
        self,
        doc: Document,
        skip: Callable[[HtmlElement], bool] | None = None,
        cut: Collection[HtmlElement] = (),
    ) -> None:
        self.doc = doc
        self.skip = skip or (lambda element: False)
        self.cut = cut
        self.blocks: list[Block] = []
        self._inline_pieces: list[str] = []
        self._in_quotation = False  # inside a quotation set as a <figure>

    def walk(self, element: HtmlElement) -> list[Block]:
        """Walk `element` (inclusive) and return the blocks found, in document order."""
        if element.tag in ("figure", "picture", "img") or _is_figure_like(element):
            self._visit(element)
        else:
            self._visit_children(element)
        self._flush()
        return self.blocks

    # -- inline runs -------------------------------------------------------------------------

    def _flush(self) -> None:
        text = clean_text("".join(self._inline_pieces))
        self._inline_pieces = []
        if text:
            self.blocks.append(ParagraphBlock(text=text))

    def _add_inline(self, text: str | None) -> None:
        if text and text.strip():
            self._inline_pieces.append(text)
        elif text and self._inline_pieces:
            # white space between two inline elements ("<span>By Ann</span> <span>May 2
            # </span>") parts their words, as a browser shows them
            self._inline_pieces.append(" ")

    # -- dispatch ----------------------------------------------------------------------------

    def _visit_children(self, element: HtmlElement, *, captions: bool = True) -> None:
        self._add_inline(element.text)
        for child in element:
            if len(self.blocks) >= self.doc.max_blocks:
                self._note_cut()
                return
            if (
                isinstance(child.tag, str)
                and not self.skip(child)
                and (captions or not _is_figure_text(child))
            ):
                self._visit(child)
            self._add_inline(child.tail)

    def _note_cut(self) -> None:
        warning = (
            f"page has more than {self.doc.max_blocks} body blocks for its size: "
            "the rest of the body was dropped"
        )
        if warning not in self.doc.warnings:
            self.doc.warnings.append(warning)

    def _visit(self, element: HtmlElement) -> None:
        tag = element.tag
        if tag == "br":
            if _second_break(element):  # "<br><br>": a paragraph break in a run of text
                self._flush()
            else:
                self._inline_pieces.append("\n")
            return
        if tag not in BLOCK_TAGS and not self._contains_block(element):
            self._inline_pieces.append(_inline_text(element, self.cut))
            return
        handler = _HANDLERS.get(tag)
        if self._in_quotation and tag in QUOTATION_FIGURE_SKIPPED:
            return
        if handler is None and _is_figure_like(element) and not self._in_quotation:
            handler = BlockWalker._figure
        if handler is None:  # a generic container: its inline runs are paragraphs
            self._flush()
            self._visit_children(element)
            self._flush()
            return
        self._flush()
        handler(self, element)
        self._flush()

    def _contains_block(self, element: HtmlElement) -> bool:
        return any(
            isinstance(child.tag, str) and child.tag in BLOCK_TAGS and child.tag != "br"
            for child in element.iter()
            if child is not element
        )

    # -- block handlers ----------------------------------------------------------------------

    def _paragraph(self, element: HtmlElement) -> None:
        if self._contains_block(element):
            self._visit_children(element)
            return
        label = _note_label_line_first(element)
        for piece in "".join(_inline_pieces(element, self.cut)).split(PARAGRAPH_BREAK):
            text = clean_text(piece)
            if label and text.startswith(label + " "):
                # the label set on a line of its own reads as labels do ("Correction: ...")
                text, label = f"{label}: {text[len(label) + 1 :]}", None
            if text:
                self.blocks.append(ParagraphBlock(text=text))

    def _heading(self, element: HtmlElement) -> None:
        text = element_text(element)
        if text:
            self.blocks.append(HeadingBlock(level=int(element.tag[1]), text=text))

    def _list(self, element: HtmlElement) -> None:
        entries = [li for li in element if li.tag in ("li", "dt", "dd")]
        if entries and all(_is_credited_picture(li) for li in entries):
            for entry in entries:  # a carousel of pictures with their credits
                self._figure(entry)
            return
        items = [item for item in _list_items(element, self.skip) if item]
        if items:
            self.blocks.append(ListBlock(ordered=element.tag == "ol", items=items))
        elif element_text(element):
            self._visit_children(element)

    def _quote(self, element: HtmlElement) -> None:
        classes = element.get("class") or ""
        if any(name in classes for name in EMBED_QUOTE_CLASSES):
            url = self.doc.absolute_url(_post_address(element))
            if url:
                self.blocks.append(
                    EmbedBlock(url=url, provider=_provider(url), text=element_text(element) or None)
                )
            return
        text = element_text(element)
        if text:
            cite = self.doc.absolute_url(element.get("cite"))
            self.blocks.append(QuoteBlock(text=text, cite=cite))

    def _figure(self, element: HtmlElement) -> None:
        if next(element.iter("blockquote"), None) is not None and not self._in_quotation:
            # a quotation set as a figure: its words, then who said them (the figcaption, a
            # line of text here), not the speaker's photo (a testimonial's headshot)
            self._in_quotation = True
            try:
                self._visit_children(element)
            finally:
                self._in_quotation = False
            return
        card = self._link_card(element)
        if card is not None:
            self.blocks.append(card)
            return
        pictures = list(element.iter("img"))
        img = next((img for img in pictures if not _is_named_icon(img)), None)
        if img is not None:
            image = image_from_element(img, self.doc, element)
            if image is not None:
                self.blocks.append(ImageBlock(image=image))
                return
        for embed in element.iter(*EMBED_TAGS):
            self._embed(embed)
            return
        # a picture the page gives no address for (a script fills it in): its caption and
        # credit stay out of the text, as those of every picture do (`block_text`)
        self._visit_children(element, captions=not pictures)

    def _link_card(self, figure: HtmlElement) -> EmbedBlock | None:
        """A figure that is one link to a page, with its title and maybe a thumbnail (Ghost's
        bookmark card): an embed of that page, titled, not a picture of the story."""
        links = list(islice(figure.iter("a"), 2))
        if len(links) != 1:
            return None
        link = links[0]
        url = self.doc.absolute_url(link.get("href"))
        if url is None or IMAGE_FILE.search(path_of(url)):
            return None  # a picture's link to its full size
        linked = element_text(link)
        if len(linked) < MIN_LINK_CARD_CHARS or len(element_text(figure)) > len(linked):
            return None  # a picture linked to a page, its caption printed apart
        title = next(
            (
                text
                for part in link.iter()
                if isinstance(part.tag, str)
                and "title" in name_words(part, include_id=False)
                and (text := element_text(part))
            ),
            None,
        )
        return EmbedBlock(url=url, provider=_provider(url), text=title or linked)

    def _image(self, element: HtmlElement) -> None:
        img = element if element.tag == "img" else next(element.iter("img"), None)
        if img is None or _is_icon(img):
            return
        image = image_from_element(img, self.doc)
        if image is not None:
            self.blocks.append(ImageBlock(image=image))

    def _embed(self, element: HtmlElement) -> None:
        source = next(
            (
                address
                for attribute in EMBED_SOURCE_ATTRIBUTES
                if (address := (element.get(attribute) or "").strip())
                and not address.lower().startswith(NO_ADDRESS_SCHEMES)
            ),
            None,
        )
        if source is None:
            source_el = next(element.iter("source"), None)
            source = source_el.get("src") if source_el is not None else None
        url = self.doc.absolute_url(source)
        if url:
            self.blocks.append(EmbedBlock(url=url, provider=_provider(url)))

    def _table(self, element: HtmlElement) -> None:
        if _is_layout_table(element):
            self._visit_children(element)
            return
        rows: list[list[str]] = []
        for row in element.iter("tr"):
            cells = [element_text(cell) for cell in row if cell.tag in ("td", "th")]
            if any(cells):
                rows.append(cells)
        if rows:
            caption_el = element.find("caption")
            caption = element_text(caption_el) if caption_el is not None else None
            self.blocks.append(TableBlock(caption=caption or None, rows=rows))

    def _pre(self, element: HtmlElement) -> None:
        text = raw_text(element).strip("\n")
        if text.strip():
            self.blocks.append(CodeBlock(text=text))

    def _definition_list(self, element: HtmlElement) -> None:
        for child in element:
            if child.tag == "div":
                self._visit(child)
            elif child.tag in ("dt", "dd"):
                self._paragraph(child)


def _note_label_line_first(paragraph: HtmlElement) -> str | None:
    """The note label a paragraph opens with, in bold on a line of its own ("<p><strong>
    Corrections &amp; Amplifications</strong><br>An earlier version ...")."""
    if (paragraph.text or "").strip() or not len(paragraph):
        return None
    first = paragraph[0]
    if first.tag not in ("strong", "b") or (first.tail or "").strip():
        return None
    following = first.getnext()
    if following is None or following.tag != "br":
        return None
    label = element_text(first)
    return label if is_note_label_line(label) else None


def _second_break(br: HtmlElement) -> bool:
    """The second of two line breaks with nothing but white space between them."""
    before = br.getprevious()
    return before is not None and before.tag == "br" and not (before.tail or "").strip()


def _inline_text(element: HtmlElement, cut: Collection[HtmlElement] = ()) -> str:
    return clean_text("".join(_inline_pieces(element, cut)))


def _inline_pieces(element: HtmlElement, cut: Collection[HtmlElement]) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and child not in cut:
            if child.tag == "br":
                yield PARAGRAPH_BREAK if _second_break(child) else " "
            else:
                yield from _inline_pieces(child, cut)
        if child.tail:
            yield child.tail


def _is_figure_like(element: HtmlElement) -> bool:
    """A wrapper holding one picture and nothing but its caption and credit (a CMS's media
    field, not a <figure>)."""
    if element.tag not in ("div", "article", "section", "span"):
        return False
    # Cheap necessary condition first: this runs for every generic container the walk visits.
    if not any(_is_figure_text(child) for child in element):
        return False
    images = list(islice(element.iter("img"), 2))
    if len(images) != 1:
        return False
    text_children = [
        child for child in element if isinstance(child.tag, str) and raw_text(child).strip()
    ]
    if not text_children:
        return False
    return all(_is_figure_text(child) for child in text_children)


def _list_items(
    element: HtmlElement, skip: Callable[[HtmlElement], bool] = lambda item: False
) -> Iterator[str]:
    """The texts of a list's items but those `skip` leaves out (a teaser card set as an item
    of the list), those of a list set straight inside it (``<ul><li>...</li><ul><li>...</li>
    </ul></ul>``, as Squarespace writes sub-lists) in their place."""
    for child in element:
        if child.tag in ("li", "dt", "dd"):
            if not skip(child):
                yield element_text(child)
        elif child.tag in ("ul", "ol"):
            yield from _list_items(child, skip)


def _is_credited_picture(item: HtmlElement) -> bool:
    """A list item holding one picture and nothing but its credit ("Credit: Serious Eats")."""
    return len(list(islice(item.iter("img"), 2))) == 1 and (
        credit_of_line(element_text(item)) is not None
    )


def _is_figure_text(element: HtmlElement) -> bool:
    """A caption or credit element."""
    if not isinstance(element.tag, str):
        return False
    return element.tag == "figcaption" or bool(
        name_words(element, include_id=False) & FIGURE_TEXT_WORDS
    )


def _is_named_icon(img: HtmlElement) -> bool:
    """An icon named so ("kg-bookmark-icon") or a site's icon file ("favicon-5.ico")."""
    if not ICON_WORDS.isdisjoint(name_words(img, include_id=False)):
        return True
    source = (img.get("src") or "").lower()
    return "favicon" in source or source.endswith(".ico")


def _is_icon(img: HtmlElement) -> bool:
    """An icon (`_is_named_icon`) or a tracking pixel: declared smaller than `MIN_IMAGE_SIDE`."""
    if _is_named_icon(img):
        return True
    for attribute in ("width", "height"):
        value = (img.get(attribute) or "").strip()
        if value.isdigit() and int(value) < MIN_IMAGE_SIDE:
            return True
    return False


def _is_layout_table(table: HtmlElement) -> bool:
    if table.find(".//table") is not None:
        return True
    for cell in table.iter("td"):
        if cell.find(".//p") is not None or cell.find(".//div") is not None:
            return True
    return False


def _provider(url: str) -> str | None:
    split = split_url(url)
    host = (split.hostname if split is not None else None) or ""
    parts = [part for part in host.split(".") if part not in ("www", "m", "player", "embed")]
    return parts[-2] if len(parts) >= 2 else (parts[0] if parts else None)


_HANDLERS: dict[str, Callable[[BlockWalker, HtmlElement], None]] = {
    "p": BlockWalker._paragraph,
    "h1": BlockWalker._heading,
    "h2": BlockWalker._heading,
    "h3": BlockWalker._heading,
    "h4": BlockWalker._heading,
    "h5": BlockWalker._heading,
    "h6": BlockWalker._heading,
    "ul": BlockWalker._list,
    "ol": BlockWalker._list,
    "dir": BlockWalker._list,
    "dl": BlockWalker._definition_list,
    "blockquote": BlockWalker._quote,
    "figure": BlockWalker._figure,
    "picture": BlockWalker._image,
    "img": BlockWalker._image,
    "iframe": BlockWalker._embed,
    "video": BlockWalker._embed,
    "audio": BlockWalker._embed,
    "embed": BlockWalker._embed,
    "table": BlockWalker._table,
    "pre": BlockWalker._pre,
}


def blocks_from(
    element: HtmlElement,
    doc: Document,
    skip: Callable[[HtmlElement], bool] | None = None,
    cut: Collection[HtmlElement] = (),
) -> list[Block]:
    """The blocks of `element`'s subtree, leaving out elements for which `skip` is true and
    the inline elements in `cut`."""
    return BlockWalker(doc, skip, cut).walk(element)


def _post_address(quote: HtmlElement) -> str | None:
    """The address of the post a social embed quotes: its ``cite`` (TikTok) or permalink
    (Instagram) attribute, else its last link: Twitter and Bluesky end the quote with the
    post's date linked to it, after links to hashtags, pictures and the author's profile."""
    for attribute in ("cite", "data-instgrm-permalink"):
        if value := quote.get(attribute):
            return value
    links = [a.get("href") for a in quote.iter("a") if a.get("href")]
    return links[-1] if links else None


def block_text(block: Block) -> str:
    """The plain text a block contributes to `Article.text` ('' for images and embeds)."""
    if isinstance(block, ParagraphBlock | HeadingBlock | QuoteBlock | CodeBlock):
        return block.text
    if isinstance(block, ListBlock):
        return "\n".join(f"- {item}" for item in block.items)
    if isinstance(block, TableBlock):
        return "\n".join(" | ".join(row) for row in block.rows)
    return ""


def repaired_blocks(blocks: list[Block]) -> list[Block]:
    """`blocks` with double-encoded text repaired (`repair_mojibake`: "doesnâ\x80\x99t" reads
    "doesn’t"); the same list when no block's text shows the mark of it."""
    if not any(has_mojibake(block_text(block)) for block in blocks):
        return blocks
    repaired = [_repaired(block) for block in blocks]
    # a block that held only an invisible character (Webflow's "<p>&zwj;</p>") held nothing
    return [
        block
        for block, before in zip(repaired, blocks, strict=True)
        if block_text(block).strip() or not block_text(before).strip()
    ]


def _repaired(block: Block) -> Block:
    fix = repair_mojibake
    if isinstance(block, ParagraphBlock | HeadingBlock | CodeBlock):
        return block.model_copy(update={"text": fix(block.text)})
    if isinstance(block, QuoteBlock):
        return block.model_copy(update={"text": fix(block.text), "cite": fix(block.cite)})
    if isinstance(block, ListBlock):
        return block.model_copy(update={"items": [fix(item) or item for item in block.items]})
    if isinstance(block, TableBlock):
        rows = [[fix(cell) or cell for cell in row] for row in block.rows]
        return block.model_copy(update={"rows": rows, "caption": fix(block.caption)})
    return block
