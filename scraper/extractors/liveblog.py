"""Live-blog entries: repeated, individually timestamped posts, each becoming an `Update`.

An entry is recognised by what live blogs share across CMSs, not by one site's classes:

1. it is one of at least `MIN_ENTRIES` sibling elements with the same class attribute;
2. each of them holds a ``<time>``, an element named like a timestamp, or (on a page that
   declares a live blog or names elements like one) an element whose whole text is a clock
   time; siblings are alike when they share the tag and first class ("post post--pinned");
3. at least two thirds of them hold `MIN_ENTRY_WORDS` words or more, and their text is not
   mostly link text;
4. the page declares a ``LiveBlogPosting``, or the siblings are named like live entries
   (`LIVE_WORDS`).

The label is the entry's printed time ("2:05 p.m. CST"); the timestamp comes from the machine
``datetime`` attribute when there is one, else from the label resolved like an update label.
The text is the entry's headline and paragraphs, without its byline and share widgets. Entries
are taken out of the tree so that the body holds only the summary around them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from datetime import datetime, timedelta, tzinfo

from lxml.etree import _Element as HtmlElement

from ..clean import is_widget_phrase, strong_words
from ..dates import parse_date
from ..dom import HEADING_TAGS, is_ancestor, name_words, text_length, words_of
from ..models import EditorNote, Update
from ..parse import Document
from ..text import element_text, word_count
from .blocks import block_text, blocks_from
from .body import is_body_furniture
from .notes import split_notes
from .updates import only_when, page_zone, resolve_label_time

MIN_ENTRIES = 2
MIN_ENTRY_WORDS = 10
LONG_ENTRY_SHARE = 2 / 3
MAX_ENTRY_LINK_SHARE = 0.5
# An entry may be stamped a little before the blog's own publication time, not hours before.
BEFORE_START = timedelta(hours=2)
MAX_ENTRIES = 1000
MAX_LABEL_CHARS = 60
MAX_ENTRY_DEPTH = 6  # how far above its <time> an entry element may be
LIVE_WORDS = frozenset(
    {"live", "liveblog", "live-blog", "live-update", "live-updates", "liveupdate", "ticker",
     "liveticker", "live-post", "livepost", "timeline-entry", "update", "updates", "lb-post",
     "live-entry", "liveblog-entry", "live-event", "newsblog", "news-blog", "newsticker",
     "live-feed", "livefeed"}
)  # fmt: skip
# Attributes besides class and id that CMSs name components by (Spiegel's data-area).
COMPONENT_ATTRIBUTES = ("data-area", "data-component", "data-type", "data-testid")
# Badges printed on an entry, not part of its text.
ENTRY_BADGES = frozenset(
    {"key event", "key events", "pinned", "pinned post", "important", "breaking",
     "breaking news", "angepinnt", "wichtig", "épinglé", "essentiel", "en direct", "live",
     "highlight", "top"}
)  # fmt: skip
# Bylines inside an entry ("Maryam Haddad"): not the entry's text.
ENTRY_BYLINE_WORDS = frozenset({"author", "authors", "byline", "contributor", "card-byline"})
# What an embedded post is printed in: a box holding one is the post, whatever its name.
EMBED_TAGS = ("blockquote", "iframe", "video")
# Words a stamp may print before its time ("Published at 11:58 GMT").
STAMP_PREFIX = re.compile(
    r"^(?:published|posted|updated|last\s+updated|veröffentlicht|aktualisiert|publié|mis\s+à\s+jour"
    r"|publicado|pubblicato)(?:\s*(?:at|on|am|um|à|le|a\s+las|alle))?\s*",
    re.IGNORECASE,
)
CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]|\s?h\s?)\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
# A clock time with its meridiem and zone, as printed ("14:32", "4:52 p.m. ET", "16.47 GMT").
CLOCK_LABEL = re.compile(
    r"\b\d{1,2}(?:(?:[:.]|\s?h\s?)\d{2}(?:\s?[ap]\.?m\b\.?)?|\s?[ap]\.?m\b\.?)"
    r"(?:\s?(?:uhr|h)\b)?(?:\s(?-i:[A-Z]{2,5})\b)?",
    re.IGNORECASE,
)
RELATIVE_TIME = re.compile(r"\bago\b|\bvor\b|\bil y a\b|\bhace\b", re.IGNORECASE)
TIMESTAMP_WORDS = frozenset(
    {"timestamp", "time", "live-update-timestamp", "entry-time", "date", "datetime", "timeago",
     "uhrzeit", "zeit", "hora", "heure", "ora"}
)  # fmt: skip
# An element whose whole text is a clock time ("14:20", "4:52 p.m. ET", "14.20 Uhr"): the
# stamp of an entry on a page that declares a live blog but marks its times up no other way.
CLOCK_ONLY = re.compile(
    r"^\s*+\d{1,2}(?:[:.]\d{2})?+\s*+(?:[ap]\.?m\.?|uhr|h)?+(?:\s++[A-Z]{2,4})?+\s*+$",
    re.IGNORECASE,
)
MAX_STAMP_CHARS = 40
CLOCK_TAGS = ("span", "strong", "b", "p", "div", "small", "h3", "h4", "h5", "em")
MAX_CLOCK_STAMPS = 5000


def _is_clock(element: HtmlElement) -> bool:
    """An element printing nothing but a clock time, maybe with its date ("14:20",
    "Sep 20, 2024 00:24 (IST)")."""
    text = element.text
    if len(element) or text is None or len(text) > MAX_STAMP_CHARS or not CLOCK_TIME.search(text):
        return False
    return bool(CLOCK_ONLY.match(text)) or only_when(text)


def _stamp_element(entry: HtmlElement) -> HtmlElement | None:
    time = next(entry.iter("time"), None)
    if time is not None:
        return time
    named = next(
        (el for el in entry.iter() if isinstance(el.tag, str) and name_words(el) & TIMESTAMP_WORDS),
        None,
    )
    if named is not None:
        return named
    return next((el for el in entry.iter(*CLOCK_TAGS) if _is_clock(el)), None)


def _sibling_kind(entry: HtmlElement) -> str:
    """What same-kind siblings share: the tag and the first class ("post post--pinned" and
    "post" are both posts)."""
    classes = (entry.get("class") or "").split()
    return f"{entry.tag}.{classes[0]}" if classes else entry.tag


def _candidate_groups(scope: HtmlElement, stamps: list[HtmlElement]) -> list[list[HtmlElement]]:
    """Groups of same-class siblings that each hold a stamp (a ``<time>`` or an element named
    like a timestamp), largest first (an entry may print a second time in its text: its first
    is its stamp)."""
    members: dict[tuple[HtmlElement, str], dict[HtmlElement, None]] = defaultdict(dict)
    for time in stamps:
        for depth, entry in enumerate(time.iterancestors()):
            parent = entry.getparent()
            if parent is None or entry.tag in ("body", "html") or depth >= MAX_ENTRY_DEPTH:
                break
            members[(parent, _sibling_kind(entry))][entry] = None  # ordered set
    groups = [list(group) for group in members.values() if len(group) >= MIN_ENTRIES]
    return sorted(groups, key=lambda group: sum(text_length(e) for e in group), reverse=True)


def find_entries(doc: Document, *, declared: bool) -> list[HtmlElement]:
    """The live-blog entry elements of the page, in document order."""
    body = doc.root.find("body")
    scope = body if body is not None else doc.root
    stamps = list(scope.iter("time"))
    stamps += [el for el in doc.named(TIMESTAMP_WORDS) if el.tag != "time"][:MAX_ENTRIES]
    if declared or doc.named(LIVE_WORDS):
        stamps += [el for el in scope.iter(*CLOCK_TAGS) if _is_clock(el)][:MAX_CLOCK_STAMPS]
    for group in _candidate_groups(scope, stamps):
        if not declared and not _live_named(group):
            continue
        # Most entries carry a paragraph or more; a one-line "Breaking: ..." may sit among them.
        long_entries = sum(word_count(element_text(e)) >= MIN_ENTRY_WORDS for e in group)
        if long_entries >= max(MIN_ENTRIES, LONG_ENTRY_SHARE * len(group)) and not _mostly_links(
            group
        ):
            return _with_pinned(group)[:MAX_ENTRIES]
    return []


def _component_words(element: HtmlElement) -> frozenset[str]:
    words = name_words(element)
    for attribute in COMPONENT_ATTRIBUTES:
        value = element.get(attribute)
        if value:
            words = words | words_of(value)
    return words


def _live_named(group: list[HtmlElement]) -> bool:
    """Entries, or the feed holding them, named like a live blog (class, id or component)."""
    parent = group[0].getparent()
    feed = [parent, parent.getparent()] if parent is not None else []
    return any(
        _component_words(element) & LIVE_WORDS for element in [*group, *feed] if element is not None
    )


def _with_pinned(group: list[HtmlElement]) -> list[HtmlElement]:
    """The group plus entries of the same kind set one level deeper in the same feed: a
    pinned post in a wrapper of its own above the others."""
    feed = group[0].getparent()
    if feed is None:
        return group
    kind = _sibling_kind(group[0])
    members = set(group)
    entries: list[HtmlElement] = []
    for child in feed:
        if child in members:
            entries.append(child)
        elif isinstance(child.tag, str):
            entries.extend(
                inner
                for inner in child
                if isinstance(inner.tag, str)
                and _sibling_kind(inner) == kind
                and _stamp_element(inner) is not None
            )
    return entries


def _mostly_links(group: list[HtmlElement]) -> bool:
    """Entries whose text is mostly link text are cards pointing to posts elsewhere (a "live"
    rail in a sidebar), not the posts."""
    total = sum(text_length(entry) for entry in group)
    linked = sum(text_length(link) for entry in group for link in entry.iter("a"))
    return linked > MAX_ENTRY_LINK_SHARE * total


def _printed_time(stamp: HtmlElement) -> str:
    """The clock time printed for the entry: the stamp's text, unless that is relative
    ("6h ago") and an absolute time is printed in it or beside it ("16.47 GMT")."""
    text = STAMP_PREFIX.sub("", element_text(stamp), count=1)
    if CLOCK_TIME.search(text):
        if not RELATIVE_TIME.search(text):
            return text
        clock = CLOCK_LABEL.search(text)  # "14:32 8m ago": the clock time
        if clock:
            return clock.group().strip()
    neighbours = [stamp.getnext(), stamp.getprevious()]
    for neighbour in neighbours:
        if neighbour is not None and isinstance(neighbour.tag, str):
            other = element_text(neighbour)
            if CLOCK_TIME.search(other) and len(other) <= MAX_LABEL_CHARS:
                return other
    return text


def _past_midnight(stamp: datetime | None, published: datetime | None) -> datetime | None:
    """A time-only label read on the article's day but hours before the blog began
    ("0.35 Uhr" on a ticker opened at 18:02) is on the next day."""
    if stamp is None or published is None or stamp.date() != published.date():
        return stamp
    try:
        early = stamp < published - BEFORE_START
    except TypeError:  # one naive, one aware
        return stamp
    return stamp + timedelta(days=1) if early else stamp


def _in_page_zone(
    stamp: datetime | None, published: datetime | None, site_zone: tzinfo | None
) -> datetime | None:
    """A machine stamp in UTC shown in the page's own zone (the same instant): CMSs write
    `datetime` attributes in UTC while the page prints and dates everything in its zone."""
    if stamp is None or stamp.utcoffset() != timedelta(0):
        return stamp
    zone = page_zone(published, site_zone)
    return stamp.astimezone(zone) if zone is not None else stamp


def _is_entry_byline(element: HtmlElement) -> bool:
    return bool(name_words(element, include_id=False) & ENTRY_BYLINE_WORDS)


def _is_entry_furniture(element: HtmlElement) -> bool:
    """A box inside an entry named with a strong furniture word: its share bar
    ("liveblog-share" printing "Facebook Twitter Email", "Share this update"), an ad, a promo.
    The entries are taken out before the page's furniture is, so their own furniture goes here
    (not layout words: an entry's "block-header" holds its headline); an embedded post (a quote
    or a frame, in a box named "social-embed") stays."""
    return bool(strong_words(element)) and next(element.iter(*EMBED_TAGS), None) is None


def entry_permalinks(entry: HtmlElement, doc: Document) -> set[str]:
    """The addresses an entry links itself by: its headline's link and its time's (Times of
    Israel's "/liveblog_entry/..." pages). A card found there is the entry, not a teaser."""
    heading = next(entry.iter(*HEADING_TAGS), None)
    stamp = _stamp_element(entry)
    links = list(heading.iter("a")) if heading is not None else []
    if stamp is not None:
        links += stamp.iter("a")
        links += (el for el in stamp.iterancestors("a") if is_ancestor(entry, el))
    return {url for link in links if (url := doc.absolute_url(link.get("href")))}


def _is_stamp_line(text: str, label: str) -> bool:
    """The entry's own time line ("6h ago 16.47 GMT"), a badge ("Key Event") or a widget
    label."""
    return (
        is_widget_phrase(text)
        or text.strip(" .:!").lower() in ENTRY_BADGES
        or (len(text) <= MAX_LABEL_CHARS and label in text)
    )


def entry_update(
    entry: HtmlElement,
    doc: Document,
    published: datetime | None,
    site_zone: tzinfo | None,
    *,
    exclude: Collection[HtmlElement] = (),
) -> tuple[Update | None, list[EditorNote]]:
    """The `Update` one entry stands for (None when it has no printed time), and the editor's
    notes printed inside it ("CLARIFICATION (Feb. 6, 4:20 PM): ..." under the entry's text);
    elements in `exclude` (teaser cards in the entry) are left out of its text."""
    stamp = _stamp_element(entry)
    if stamp is None:
        return None, []
    label = _printed_time(stamp)
    if not label or len(label) > MAX_LABEL_CHARS:
        return None, []
    timestamp = _in_page_zone(parse_date(stamp.get("datetime")), published, site_zone)
    timestamp = timestamp or _past_midnight(
        resolve_label_time(label, published, site_zone), published
    )
    blocks = [
        block
        for block in blocks_from(
            entry,
            doc,
            lambda element: (
                element is stamp
                or element in exclude
                or _is_entry_byline(element)
                or _is_entry_furniture(element)
            ),
            cut=exclude,
        )
        if not is_body_furniture(block)
    ]
    notes, blocks = split_notes(blocks)
    parts = (block_text(block) for block in blocks)
    text = "\n\n".join(p for p in parts if p and not _is_stamp_line(p, label))
    if not text:
        return None, notes
    return Update(label=label, timestamp=timestamp, text=text), notes
