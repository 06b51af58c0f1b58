"""Published and modified dates, in a fixed order of sources, never later than 'now'.

Published, first usable source wins:

1. JSON-LD ``datePublished`` of an article-typed object (`ARTICLE_TYPES`);
2. OpenGraph / article / Dublin Core / other meta names (`PUBLISHED_META`, in that order);
3. microdata ``datePublished`` (not of a ``Comment`` item);
4. a WebPage-only JSON-LD ``datePublished``, when the page prints the same day (Yoast writes
   one on every page, articles or not);
5. a date printed next to the headline (`header.header_text`: short pieces only, below the
   headline first, then above it); a ``<time datetime>`` there gives the zone;
6. another meta name that says "published" (`PUBLISHED_META_NAME`: ``published-date``,
   ``og:article:published_time``, ``citation_publication_date`` ...);
7. a printed "Last updated" date when it is the only date the page gives (with a warning);
8. the URL path (``/2023/09/19/``);
9. a date printed after a "Published" / "Posted on" label anywhere in the page outside teaser
   cards (`PUBLISHED_LABEL`): some layouts print it at the foot of the article or in a side
   column, far from the headline;
10. the date printed in the byline's box (`date_beside_credit`: beside, under or inside the
    author credit), when every byline box dated gives the same day (else a list of posts).

A date printed as the dateline (5, within `MAX_DATELINE_DISTANCE` pieces of the headline) wins
over a declared one (1-3) on another day, unless it is the declared modified date: templates
declare the date a page was created, moved or re-saved, and print the article's own.

A declared date (1-3) in another zone than the dateline printed under the headline, when the
dateline is the same instant to the minute ("02:25:54Z" declared, "February 24, 2020 | 9:25pm"
printed), is given in the printed zone (`_printed_zone`): the same instant, on the day the page's
readers see.

A page that declares its published date equal to its modified date declares the last save as
both: a ``<time pubdate>`` printing an earlier day outside readers' comments is the published
date then.

A site's home page (the URL's path is "/") has no published date: the dates it declares or
prints belong to the posts it lists, or to the page's template.

Modified: JSON-LD ``dateModified`` > `MODIFIED_META` > microdata ``dateModified`` > another
meta name that says "modified" (`MODIFIED_META_NAME`) > hAtom's ``<time class="updated"
datetime>`` (WordPress themes) > a printed "Updated ..." date > a date printed after a "Last
updated" label anywhere in the page (`LAST_UPDATED_LABEL`: a documentation or government
page's foot; not "Site last updated", `SITE_WIDE_BEFORE`). A
modified date equal to or before the published one is dropped (it says nothing). Dates after
`ExtractSettings.current_time()` (plus `FUTURE_SLACK`) or before `EARLIEST_YEAR` are rejected
wherever they come from; scripts and cookies are never read. Values keep the offset the page
states and are naive when it states none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, timezone
from functools import lru_cache
from itertools import islice
from typing import Any

from lxml.etree import _Element as HtmlElement

from ..dates import date_from_url, find_human_dates, is_after, parse_date, time_of_day
from ..dom import class_tokens
from ..models import MetadataSource
from ..parse import Document
from ..text import clean_text, element_text, raw_text, short_text
from ..urls import is_front_page
from .authors import credit_boxes, in_comments
from .header import HeaderText
from .structured import StructuredData, is_story_object

PUBLISHED_META = (
    ("article:published_time", "opengraph"), ("og:published_time", "opengraph"),
    ("article:published", "opengraph"), ("pubdate", "meta"), ("publishdate", "meta"),
    ("publish-date", "meta"), ("publish_date", "meta"), ("date", "meta"),
    ("parsely-pub-date", "meta"), ("sailthru.date", "meta"), ("article.published", "meta"),
    ("dc.date.issued", "dublin-core"), ("dc.date", "dublin-core"),
    ("dcterms.date", "dublin-core"), ("dcterms.created", "dublin-core"),
    ("dc.date.created", "dublin-core"), ("originalpublicationdate", "meta"),
    ("datepublished", "microdata"),
)  # fmt: skip
MODIFIED_META = (
    ("article:modified_time", "opengraph"), ("og:updated_time", "opengraph"),
    ("article:modified", "opengraph"), ("last-modified", "meta"),
    ("dc.date.modified", "dublin-core"),
    ("dcterms.modified", "dublin-core"), ("datemodified", "microdata"),
)  # fmt: skip
# Words printed before a header date that say which date it is (checked on the text just
# before the date, so "Published Aug 16, 2019 - Updated July 9, 2025" reads as two dates).
MODIFIED_LABEL = re.compile(
    r"(?:updated?|modified|revised|reviewed|edited|refreshed|aktualisiert|geändert|mis à jour|"
    r"actualizado|actualisé|aggiornato|atualizado|modifié|modificado|modificato)"
    r"\W{0,3}(?:on|at|am|um|le|el|il|em|à|a)?\W{0,3}$",
    re.IGNORECASE,
)
# A label, then a time of day and nothing else ("Updated 11:42 a.m. ET", ", modifié à 16h05")
LABELLED_CLOCK = re.compile(
    r"(?P<label>\D{1,30}?)(?P<clock>(?:\d{1,2}[:.h]\d{2}\s*+(?:[ap]\.?\s?m\.?)?"
    r"|\d{1,2}\s*+[ap]\.?\s?m\.?)(?:\s++[A-Z]{2,4})?)\s*+$"
)
# Words printed before a date that is when a forum member joined, not when anything was
# published ("Registered: 2011-11-29", "Joined: Jul 24, 2017", "Member since 2019").
MEMBERSHIP_LABEL = re.compile(
    r"(?:registered|joined|member\s+since|mitglied\s+seit|inscrit(?:e)?(?:\s+(?:le|depuis))?|"
    r"registrado|iscritto(?:\s+il)?)\W{0,3}(?:on|in|am)?\W{0,3}"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s*+)?$",
    re.IGNORECASE,
)
# Meta names outside the tables above that still say which date they hold; read in page order
# after the tables. "og:article:published_time", "published-date", "w-published-date",
# "citation_online_date", "publishedDate", "date-pub", "last-modified-date" ...
PUBLISHED_META_NAME = re.compile(
    r"(?:^|[:._-])(?:publi(?:shed|sh|cation)|pub|release|posted|online|created?)"
    r"[-_.: ]?(?:date|time|at|on)?$|^date[-_.]?(?:pub|published|created)$",
    re.IGNORECASE,
)
MODIFIED_META_NAME = re.compile(
    r"(?:^|[:._-])(?:modified|updated?|last[-_ ]?(?:updated|modified)|revised)"
    r"[-_.: ]?(?:date|time|at|on)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _label_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A label opening with one of `words` (lower-case), up to the date printed after it
    ("Published on: ", "Last updated: ")."""
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, words)) + ")"
        r"(?:\s*(?:on|at|am|le|el|em|il|op|date))?\s*:?\s*",
        re.IGNORECASE,
    )


# Printed labels that say the date after them is the publication date (searched page-wide
# only when no other source gave one), lower-case.
PUBLISHED_LABEL_WORDS = (
    "published", "posted", "publication date", "date published", "publish date",
    "first published", "veröffentlicht", "erschienen", "publié", "publicado", "publicada",
    "pubblicato", "gepubliceerd", "opublikowano", "publicerad", "julkaistu", "udgivet",
    "publisert",
)  # fmt: skip
PUBLISHED_LABEL = _label_pattern(PUBLISHED_LABEL_WORDS)
# Words printed before the date a page was last revised, anywhere in it (a government or
# reference page's foot: "Last updated: November 13, 2025", "Page last reviewed: May 2, 2024").
LAST_UPDATED_LABEL_WORDS = (
    "last updated", "last modified", "last reviewed", "last revised", "zuletzt aktualisiert",
    "letzte änderung", "dernière mise à jour", "última actualización", "ultimo aggiornamento",
    "última atualização", "laatst bijgewerkt",
)  # fmt: skip
LAST_UPDATED_LABEL = _label_pattern(LAST_UPDATED_LABEL_WORDS)
# A label of the whole site's date, not the page's ("Site Last Updated: December 20, 2025").
SITE_WIDE_BEFORE = re.compile(r"(?i)\b(?:web\s?)?site\s*$")
SITE_WIDE_REACH = 12
MAX_LABEL_STARTS = 200
MAX_CREDIT_BOXES = 8  # byline boxes searched for the date printed beside the credit
MAX_CREDIT_DATE_CHARS = 60
MAX_CREDIT_LINE_CHARS = 120
# Microdata items whose dates are a reader's, not the page's.
COMMENT_ITEM_TYPES = ("/Comment", "/UserComments")
MAX_ITEM_DEPTH = 40
LABEL_DATE_GAP = 3  # characters allowed between a label and its date
LABEL_DATE_WINDOW = 60
RAW_LABEL_DATE_WINDOW = 400  # read before white space is collapsed
PAGE_LABEL_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title"})
MAX_PAGE_NODES = 20_000
LABEL_CHARS = 40
MAX_DATELINE_CHARS = 120  # longer text pieces are sentences of the body, not datelines
EARLIEST_YEAR = 1995
FUTURE_SLACK = timedelta(days=1)
# A date printed this many text pieces or fewer from the headline is its dateline, set beside
# the byline; one further away may be the first of a sidebar's list of posts.
MAX_DATELINE_DISTANCE = 10
# Above the headline only a date right over it (a kicker line "Blog | May 2, 2024"): higher up
# a masthead may print today's date.
MAX_DATELINE_DISTANCE_ABOVE = 2
# Two readings of one date closer than this are the same date in different time zones.
SAME_DATE_SPAN = timedelta(days=2)
# What may stand between a date and the time printed after it in a piece of its own.
SEPARATOR_CHARS = " |·•-–—,/"
MAX_TIME_PIECE_GAP = 1  # separator pieces between a date and its time
# Offsets of real time zones from UTC: whole quarter hours, at most 14 hours.
ZONE_STEP = timedelta(minutes=15)
MAX_ZONE_OFFSET = timedelta(hours=14)
UPDATED_ONLY_WARNING = (
    "published: the page prints only a 'last updated' date; it is given as the published date"
)


@dataclass(frozen=True, slots=True)
class VisibleDate:
    """A date printed in the article header, with what its label says it is."""

    value: datetime
    modified: bool
    source: MetadataSource
    distance: int = 0  # text pieces between the headline and the date's piece
    above: bool = False  # printed above the headline


@dataclass(slots=True)
class Dates:
    """Published and modified times with their sources."""

    published: datetime | None = None
    published_source: MetadataSource | None = None
    modified: datetime | None = None
    modified_source: MetadataSource | None = None
    warnings: list[str] = field(default_factory=list)


def _valid(value: datetime | None, now: datetime) -> datetime | None:
    if value is None or value.year < EARLIEST_YEAR:
        return None
    if is_after(value, now + FUTURE_SLACK):
        return None
    return value


def _from_meta(
    data: StructuredData, names: tuple[tuple[str, str], ...], now: datetime
) -> tuple[datetime, MetadataSource] | None:
    for name, source in names:
        for raw in data.meta.get(name, ()):
            value = _valid(parse_date(raw), now)
            if value is not None:
                return value, source  # type: ignore[return-value]
    return None


def _from_jsonld(article: dict[str, Any] | None, key: str, now: datetime) -> datetime | None:
    if not article:
        return None
    raw = article.get(key)
    if isinstance(raw, list):
        raw = raw[0] if raw else None
    return _valid(parse_date(raw), now) if isinstance(raw, str) else None


def _from_microdata(data: StructuredData, prop: str, now: datetime) -> datetime | None:
    for element in data.microdata.get(prop, [])[:3]:
        if _item_type(element).endswith(COMMENT_ITEM_TYPES):
            continue  # a reader's comment's date (Stack Overflow), not the page's
        raw = element.get("datetime") or element.get("content") or _abbreviated(element)
        value = _valid(parse_date(raw), now)
        if value is not None:
            return value
    return None


def _abbreviated(element: HtmlElement) -> str:
    """An element's text, or for an ``<abbr>`` the value it abbreviates (hAtom and Blogger:
    ``<abbr itemprop="datePublished" title="2017-09-09T10:52:00+02:00">10:52</abbr>``)."""
    if element.tag == "abbr" and (title := element.get("title")):
        return title
    return element_text(element)


def _item_type(element: HtmlElement) -> str:
    """The itemtype of the microdata item `element` is a property of ('' when unknown)."""
    for ancestor in islice(element.iterancestors(), MAX_ITEM_DEPTH):
        if ancestor.get("itemscope") is not None:
            return ancestor.get("itemtype") or ""
    return ""


def _piece_dates(
    pieces: list[str],
    times: dict[int, str],
    now: datetime,
    *,
    above: bool = False,
    day_first: bool = False,
) -> list[VisibleDate]:
    """Dates of the short pieces (datelines, not sentences of the body), in piece order;
    `above`: the pieces are above the headline, the nearest last."""
    found: list[VisibleDate] = []
    for index, piece in enumerate(pieces):
        distance = len(pieces) - 1 - index if above else index
        timed = _valid(parse_date(times[index]), now) if index in times else None
        if len(piece) > MAX_DATELINE_CHARS:
            continue
        previous = pieces[index - 1][-LABEL_CHARS:] if index else ""
        printed = find_human_dates(piece, day_first=day_first)
        before = len(found)
        for start, _end, value in printed:
            checked = _valid(value, now)
            if checked is None:
                continue
            label = f"{previous} {piece[:start]}"
            if _says_membership(label):
                continue  # "Registered: 2011-11-29" under a forum member's name
            modified = _says_modified(label)
            if timed is not None and timed.date() == checked.date():  # keep the <time>'s zone
                found.append(VisibleDate(timed, modified, "time-element", distance, above))
            else:
                if checked.time() == time(0) and not piece[_end:].strip():
                    checked = _with_time_after(checked, pieces, index)
                found.append(VisibleDate(checked, modified, "dom", distance, above))
        if len(found) > before and (
            later := _updated_later_that_day(piece[printed[-1][1] :], found[-1].value)
        ):
            # "Publié le 05 décembre 2025 à 14h32, modifié à 16h05": Le Monde
            found.append(VisibleDate(later, True, "dom", distance, above))
        if timed is not None and not printed:  # icons, relative times
            modified = _says_modified(f"{previous} {piece}")
            found.append(VisibleDate(timed, modified, "time-element", distance, above))
        elif timed is None and not printed and found:
            updated = _updated_later_that_day(piece, found[-1].value)
            if updated is not None:
                found.append(VisibleDate(updated, True, "dom", distance, above))
    return found


def _with_time_after(value: datetime, pieces: list[str], index: int) -> datetime:
    """`value` (a date printed without its time) with the time printed in the next piece, past
    a separator ("February 24, 2020", "|", "9:25pm"), when there is one."""
    for piece in islice(pieces, index + 1, index + 1 + MAX_TIME_PIECE_GAP + 1):
        printed = time_of_day(piece)
        if printed is not None:
            hour, minute, zone = printed  # hour 0-23, minute 0-59: always a valid time
            return value.replace(hour=hour, minute=minute, tzinfo=zone)
        if piece.strip(SEPARATOR_CHARS):
            return value  # words between the date and any time
    return value


def _from_meta_names(
    data: StructuredData,
    pattern: re.Pattern[str],
    now: datetime,
    *,
    not_after: datetime | None = None,
) -> tuple[datetime, MetadataSource] | None:
    """The first valid date in a meta tag whose name matches `pattern`; with `not_after`, the
    first one not after it when there is one (a page naming two published dates, one of them
    later than its modified date: "published-time" 2026, "published-date" 2021, "modified-date"
    2024)."""
    later: tuple[datetime, MetadataSource] | None = None
    for name, values in data.meta.items():
        if pattern.search(name):
            for raw in values:
                value = _valid(parse_date(raw), now)
                if value is None:
                    continue
                if not_after is None or not is_after(value, not_after):
                    return value, "meta"
                later = later or (value, "meta")
    return later


def _page_text(scope: HtmlElement, full: str) -> str:
    """The page's text in reading order, without scripts and styles: `full`, the whole text
    of `scope` read in C, with the text of each hidden element cut out where it stands."""
    pieces: list[str] = []
    cursor = 0
    for count, element in enumerate(scope.iter(*PAGE_LABEL_SKIPPED)):
        if count >= MAX_PAGE_NODES:
            break
        if any(a.tag in PAGE_LABEL_SKIPPED for a in element.iterancestors()):
            continue  # cut out with the hidden element around it
        hidden = raw_text(element)
        at = full.find(hidden, cursor) if hidden else -1
        if at >= 0:
            pieces.append(full[cursor:at])
            cursor = at + len(hidden)
    pieces.append(full[cursor:])
    return clean_text(" ".join(pieces))


def labelled_page_date(
    root: HtmlElement, now: datetime, words: tuple[str, ...] = PUBLISHED_LABEL_WORDS
) -> datetime | None:
    """The first date printed right after a "Published" / "Posted on" label in the page
    (or another label opening with one of `words`, `_label_pattern`), outside scripts and
    styles."""
    scope = root.find("body")
    if scope is None:
        scope = root
    full = raw_text(scope)
    # Cutting out the hidden text costs more than the search: first look in the whole text.
    if _labelled_date(full, now, words) is None:
        return None
    return _labelled_date(_page_text(scope, full), now, words)


def _labelled_date(text: str, now: datetime, words: tuple[str, ...]) -> datetime | None:
    label = _label_pattern(words)
    for start in _label_starts(text, words):
        match = label.match(text, start)
        if match is None or SITE_WIDE_BEFORE.search(text, max(0, start - SITE_WIDE_REACH), start):
            continue
        # white space collapsed here, not in the whole text
        window = clean_text(text[match.end() : match.end() + RAW_LABEL_DATE_WINDOW])
        found = find_human_dates(window[:LABEL_DATE_WINDOW])
        if found and found[0][0] <= LABEL_DATE_GAP:
            value = _valid(found[0][2], now)
            if value is not None:
                return value
    return None


def _pubdate_time(root: HtmlElement, now: datetime) -> datetime | None:
    """The date of the first ``<time pubdate datetime>`` (HTML5's mark of an article's
    publication date) that is not a reader's comment's."""
    for time_element in root.iter("time"):
        if time_element.get("pubdate") is None:
            continue
        if in_comments(time_element):
            return None  # the first is a comment's: the article marks none
        return _valid(parse_date(time_element.get("datetime")), now)
    return None


def _updated_time(root: HtmlElement, now: datetime) -> tuple[datetime, MetadataSource] | None:
    """The date of the first ``<time class="updated" datetime>`` (hAtom's mark of an entry's
    last update: WordPress themes print it beside "entry-date published", often hidden), not
    a reader's comment's."""
    for time_element in root.iter("time"):
        if "updated" not in class_tokens(time_element) or in_comments(time_element):
            continue
        value = _valid(parse_date(time_element.get("datetime")), now)
        return (value, "time-element") if value is not None else None
    return None


def date_beside_credit(doc: Document, now: datetime) -> datetime | None:
    """The date printed in the byline's box: beside it ("<span class='article-template-date'>"
    next to "<span class='article-template-author'>"), under it ("Written by Moses Kim" above
    "April 8, 2024") or inside it (a name part and a date part). Pages that print no dateline
    under their headline often date the piece there."""
    found = [
        value
        for credit in islice(credit_boxes(doc), MAX_CREDIT_BOXES)
        if (value := _box_date(credit, now)) is not None
    ]
    # Bylines dated on different days are a list of posts, not one piece's byline.
    return found[0] if found and len({value.date() for value in found}) == 1 else None


def _box_date(credit: HtmlElement, now: datetime) -> datetime | None:
    """The date the credit line prints after the name ("Von Leonora Holling (21. November
    2022)"), else the one a piece beside or inside it opens with."""
    value = _text_date(credit, MAX_CREDIT_LINE_CHARS, now, opening=False)
    if value is not None:
        return value
    for piece in (credit.getprevious(), credit.getnext(), *credit.iterchildren()):
        if piece is not None and isinstance(piece.tag, str):
            value = _piece_date(piece, now)
            if value is not None:
                return value
    return None


def _piece_date(piece: HtmlElement, now: datetime) -> datetime | None:
    """The date a short piece opens with: its <time>'s datetime, else its text's."""
    time = piece if piece.tag == "time" else next(piece.iter("time"), None)
    if time is not None and time.get("datetime"):
        return _valid(parse_date(time.get("datetime")), now)
    return _text_date(piece, MAX_CREDIT_DATE_CHARS, now, opening=True)


def _text_date(
    element: HtmlElement, limit: int, now: datetime, *, opening: bool
) -> datetime | None:
    """The first date in the element's text (read up to `limit` characters); with `opening`,
    only one the text opens with."""
    text = short_text(element, limit)
    found = find_human_dates(text) if text else []
    if found and (not opening or found[0][0] <= LABEL_DATE_GAP):
        return _valid(found[0][2], now)
    return None


def _label_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Where a label opening with one of `words` may start, found with str.find (a regex
    alternation of words scans a long page many times slower)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lower-casing moved the offsets ("İ"): the slow way
        return [match.start() for match in _label_pattern(words).finditer(text)]
    starts: set[int] = set()
    for word in words:
        index = lowered.find(word)
        while index >= 0 and len(starts) < MAX_LABEL_STARTS:
            starts.add(index)
            index = lowered.find(word, index + 1)
    return sorted(starts)


def _says_membership(label: str) -> bool:
    return bool(MEMBERSHIP_LABEL.search(label[-LABEL_CHARS:].rstrip()))


def _updated_later_that_day(piece: str, day: datetime) -> datetime | None:
    """The time an "Updated 11:42 a.m. ET" piece gives, on the day of the date printed before
    it (the New York Times prints the day once, then the update's time), when it is later
    than that date."""
    match = LABELLED_CLOCK.match(piece)
    if match is None or not _says_modified(match["label"]):
        return None
    clock = time_of_day(match["clock"])
    if clock is None:
        return None
    hour, minute, zone = clock
    local = day.astimezone(zone) if zone is not None and day.tzinfo is not None else day
    updated = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if updated <= local:  # compared in one frame: both in the zone, or both naive
        return None
    return updated.replace(tzinfo=zone) if updated.tzinfo is None and zone is not None else updated


def _says_modified(label: str) -> bool:
    return bool(MODIFIED_LABEL.search(label[-LABEL_CHARS:].rstrip()))


def visible_dates(
    header: HeaderText, now: datetime, *, day_first: bool = False
) -> list[VisibleDate]:
    """Dates printed around the headline: below it in reading order, then above it (nearest
    first); `day_first`: how the page's language writes numeric dates."""
    below = _piece_dates(header.after, header.after_times, now, day_first=day_first)
    above = _piece_dates(header.before, header.before_times, now, above=True, day_first=day_first)
    return below + above[::-1]


def _declared_published(
    data: StructuredData, article: dict[str, Any] | None, now: datetime
) -> tuple[datetime, MetadataSource] | None:
    article = article if is_story_object(article) else None
    return _declared(data, article, "datePublished", PUBLISHED_META, now)


def _declared(
    data: StructuredData,
    article: dict[str, Any] | None,
    prop: str,
    meta: tuple[tuple[str, str], ...],
    now: datetime,
) -> tuple[datetime, MetadataSource] | None:
    """A date the page declares: the JSON-LD `prop` of `article`, else the `meta` names, else
    the microdata `prop`."""
    value = _from_jsonld(article, prop, now)
    if value is not None:
        return value, "json-ld"
    found = _from_meta(data, meta, now)
    if found is not None:
        return found
    value = _from_microdata(data, prop, now)
    return (value, "microdata") if value is not None else None


def extract_dates(
    doc: Document,
    data: StructuredData,
    article: dict[str, Any] | None,
    now: datetime,
    header: HeaderText | None = None,
    *,
    day_first: bool = False,
) -> Dates:
    """Published and modified dates; see the module docstring for the order of sources.
    `day_first`: the page's language writes numeric dates day first (`writes_day_first`)."""
    dates = Dates()
    declared_modified = _declared(data, article, "dateModified", MODIFIED_META, now)
    # the declared modified date, else a meta name that says modified, else hAtom's mark
    stated_modified = (
        declared_modified
        or _from_meta_names(data, MODIFIED_META_NAME, now)
        or _updated_time(doc.root, now)
    )
    if is_front_page(doc.url):
        dates.modified, dates.modified_source = _modified(stated_modified, None)
        return dates
    printed = visible_dates(header, now, day_first=day_first) if header is not None else []
    printed_published = next((d for d in printed if not d.modified), None)
    printed_modified = next((d for d in printed if d.modified), None)
    declared = _declared_published(data, article, now)
    # A WebPage object's datePublished (Yoast writes one on every page) counts only when the
    # page prints the same day.
    page_date = None if is_story_object(article) else _from_jsonld(article, "datePublished", now)
    modified = declared_modified[0] if declared_modified is not None else None
    dateline = _overriding_dateline(printed_published, declared, modified)
    if dateline is not None:
        dates.published, dates.published_source = dateline.value, dateline.source
    elif declared is not None:
        dates.published, dates.published_source = declared
        if modified is not None and modified == declared[0]:
            # Declared published as the last save: the date a <time pubdate> prints before it
            # is the article's.
            marked = _pubdate_time(doc.root, now)
            if (
                marked is not None
                and _printed_instead(marked, declared[0], None)
                and is_after(declared[0], marked)
            ):
                dates.published, dates.published_source = marked, "time-element"
    elif (
        page_date is not None
        and printed_published is not None
        and printed_published.value.date() == page_date.date()
    ):
        dates.published, dates.published_source = page_date, "json-ld"
    local_zone = None
    if declared is not None and dates.published == declared[0] and printed_published is not None:
        # Declared in UTC, printed in local time: the same instant, given in the printed zone,
        # falls on the readers' calendar day.
        local_zone = _printed_zone(declared[0], printed_published)
        if local_zone is not None:
            dates.published = declared[0].astimezone(local_zone)
    if dates.published is None and printed_published is not None:
        dates.published = printed_published.value
        dates.published_source = printed_published.source
    if dates.published is None:
        bound = stated_modified[0] if stated_modified is not None else None
        found = _from_meta_names(data, PUBLISHED_META_NAME, now, not_after=bound)
        if found is not None:
            dates.published, dates.published_source = found
    if dates.published is None and printed_modified is not None:
        # The page dates itself only by its last update: that is the date a reader cites.
        dates.published = printed_modified.value
        dates.published_source = printed_modified.source
        dates.warnings.append(UPDATED_ONLY_WARNING)
    if dates.published is None:
        url_date = _valid(date_from_url(doc.url), now)
        if url_date is not None:
            dates.published, dates.published_source = url_date, "url"
    if dates.published is None:
        dates.published = labelled_page_date(doc.root, now) or date_beside_credit(doc, now)
        dates.published_source = "dom" if dates.published is not None else None
    dates.modified, dates.modified_source = _modified(stated_modified, printed_modified)
    if dates.modified is None:
        # "Last updated: November 13, 2025" at the page's foot (government and reference pages)
        revised = labelled_page_date(doc.root, now, LAST_UPDATED_LABEL_WORDS)
        if revised is not None:
            dates.modified, dates.modified_source = revised, "dom"
    modified_zone = (
        _printed_zone(dates.modified, printed_modified)
        if dates.modified is not None and printed_modified is not None
        else None
    )
    if modified_zone is not None and dates.modified is not None:
        # the update printed in its own zone (summer time may have begun or ended since)
        dates.modified = dates.modified.astimezone(modified_zone)
    elif (
        local_zone is not None
        and declared is not None
        and dates.modified is not None
        and dates.modified.tzinfo is not None
        and dates.modified.utcoffset() == declared[0].utcoffset()
    ):
        dates.modified = dates.modified.astimezone(local_zone)  # declared in the same zone
    if dates.published and dates.modified and not is_after(dates.modified, dates.published):
        dates.modified, dates.modified_source = None, None
    return dates


def _overriding_dateline(
    printed: VisibleDate | None,
    declared: tuple[datetime, MetadataSource] | None,
    modified: datetime | None,
) -> VisibleDate | None:
    """The printed dateline, when it is the published date rather than the declared one
    (`modified`: the declared modified date)."""
    if printed is None or declared is None:
        return None
    reach = MAX_DATELINE_DISTANCE_ABOVE if printed.above else MAX_DATELINE_DISTANCE
    if printed.distance > reach:
        return None
    return printed if _printed_instead(printed.value, declared[0], modified) else None


def _printed_instead(printed: datetime, declared: datetime, modified: datetime | None) -> bool:
    """Whether the date printed under the headline is the published date rather than the one
    the page declares: a different day (more than a time zone apart; not the same numbers read
    day-first one way and month-first the other), and not the declared modified date either.
    Templates that declare the date a page was created or moved print the article's own."""
    if abs(_naive(printed) - _naive(declared)) < SAME_DATE_SPAN:
        return False
    if printed.day <= 12 and printed.replace(day=printed.month, month=printed.day).date() == (
        declared.date()
    ):
        return False  # "09.10.2024": read day-first here, month-first by the site
    return modified is None or abs(_naive(printed) - _naive(modified)) >= SAME_DATE_SPAN


def _printed_zone(declared: datetime, printed: VisibleDate) -> timezone | None:
    """The zone the page prints its dateline in, when the dateline is the declared instant
    (to the minute) in another zone: "9:25pm" under the headline, "02:25:54Z" declared; or
    a <time> printing the declared UTC instant with a local offset."""
    reach = MAX_DATELINE_DISTANCE_ABOVE if printed.above else MAX_DATELINE_DISTANCE
    value = printed.value
    if declared.tzinfo is None or printed.distance > reach:
        return None
    if value.tzinfo is not None:  # "<time datetime='...T19:05:00-08:00'>", declared in UTC
        offset = value.utcoffset()
        if offset and value == declared and not declared.utcoffset():
            return timezone(offset)
        return None
    if value.time() == time(0):
        return None  # no time printed
    instant = declared.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    offset = value.replace(second=0, microsecond=0) - instant
    if abs(offset) > MAX_ZONE_OFFSET or offset % ZONE_STEP or offset == declared.utcoffset():
        return None
    return timezone(offset)


def _naive(value: datetime) -> datetime:
    return value.replace(tzinfo=None)


def _modified(
    stated: tuple[datetime, MetadataSource] | None, printed: VisibleDate | None
) -> tuple[datetime | None, MetadataSource | None]:
    """The modified date and its source (see the module docstring for the order): the
    `stated` one (declared, else a meta name that says modified), else the `printed` one."""
    if stated is not None:
        return stated
    return (printed.value, printed.source) if printed is not None else (None, None)
