"""Update notes ('Update 9/19, 2 p.m.: ...') taken out of the body, with resolved timestamps.

A paragraph is an update when it opens with a label from `UPDATE_LABEL`. The label's date and
time are resolved against the article's published date (for the year) and zone (the offset the
page gives, else `ExtractSettings.site_timezone`; the site's zone, with its summer time, when the
page's offset is that zone's); a label without a time keeps the date at midnight; a label with
neither gives a null timestamp. A time-only label takes the day of the update printed before it,
unless that one heads the story as its latest news and the time would fall later that day: then
it is of the article's day.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, tzinfo
from itertools import pairwise
from typing import TypeGuard

from ..dates import (
    DAY_FIRST_MONTH_PATTERN,
    MONTH_NUMBERS,
    MONTHS,
    WEEKDAYS,
    apply_meridiem,
    find_human_dates,
    zone_from_abbreviation,
)
from ..models import Block, HeadingBlock, ParagraphBlock, QuoteBlock, Update
from ..text import normalise_key, word_count
from .blocks import block_text
from .notes import is_note_label_line, parse_note

_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# Label words: nouns open an update ("Update:", "Aktualisierung, 14.20 Uhr:"); participles
# ("Updated 3 p.m.:") open one too when text follows, but on a line of their own they are a
# dateline (the page's modified date), not a label.
UPDATE_NOUNS = (
    r"editor[’']?s\s+update", r"updates?", r"aktualisierung", r"nachtrag", r"actualización",
    r"actualització", r"mise\s+à\s+jour", r"m[àa]j", r"aggiornamento", r"atualização",
    r"aktualizacja", r"uppdatering", r"opdatering", r"oppdatering", r"päivitys", r"pembaruan",
    r"actualização", r"aktualizace", r"aktualizácia", r"frissítés", r"actualizare",
    r"ažuriranje", r"posodobitev",
    r"güncelleme", r"обновление", r"оновлення", r"ενημέρωση", r"cập\s+nhật", r"업데이트", r"追記",
    r"eguneratzea", r"актуализация", r"עדכון", r"تحديث", r"अपडेट", r"อัปเดต", r"kemas\s+kini",
    r"uuendus", r"täiendus", r"atjauninājums", r"atnaujinimas", r"更新",
)  # fmt: skip
UPDATE_PARTICIPLES = (
    r"last\s+updated?", r"updated", r"aktualisiert", r"actualizado", r"aggiornato",
    r"atualizado", r"bijgewerkt", r"uppdaterad", r"zaktualizowano", r"päivitetty", r"opdateret",
    r"oppdatert", r"diperbarui", r"doplněno", r"aktualizováno", r"doplnené", r"frissítve",
    r"actualizat", r"ažurirano", r"posodobljeno", r"güncellendi", r"обновлено", r"оновлено",
    r"aktualizované", r"актуализирано", r"uuendatud", r"täiendatud", r"atjaunināts",
    r"atnaujinta", r"papildyta", r"uppfært", r"dikemas\s+kini", r"обновена", r"обновено",
    r"допълнена", r"доповнено", r"dopunjeno", r"дополнено", r"дополнена",
)  # fmt: skip
# "Uudist täiendatud kell 16.20", "Story updated at 3 p.m.": what was updated, then the
# participle.
REPORT_NOUNS = (
    r"story", r"article", r"post", r"text", r"uudist", r"uudis", r"uutista", r"juttua",
    r"artikeln", r"artikkelen", r"artiklen", r"artikel", r"nyheten", r"nyheden", r"bericht",
    r"beitrag", r"notícia", r"noticia", r"texto", r"articolo", r"notizia", r"článek", r"článok",
    r"članak", r"članek", r"vijest", r"tekst", r"artykuł", r"cikk", r"articolul", r"știrea",
    r"материал", r"новость", r"новина", r"матеріал", r"новината", r"статията", r"fréttin",
)  # fmt: skip


# Units printed after a clock time: "16.30 Uhr", "17:10 ч.", "17.20 น."
CLOCK_UNITS = (r"uhr", r"uur", r"h", r"ч", r"час(?:а|ът)?", r"год", r"น", r"óra", r"hod")


def _label_words(words: tuple[str, ...]) -> str:
    return (
        r"(?P<label>(?P<word>(?:" + "|".join(words) + r"))\b"
        r"(?:\s++(?:at|on|vom|am|le|el|del|ore|às|um|om|klo|kl))?"
        r"(?:[^:\]】\n]|(?<=\d):(?=\d)){0,60}?)"
    )


# A participle, with what was updated before it when the page says so.
_PARTICIPLE = (
    r"(?:(?:" + "|".join(REPORT_NOUNS) + r")\s+)?(?:" + "|".join(UPDATE_PARTICIPLES) + r")"
)
# Every word an update label may open with.
LABEL_WORDS = (_PARTICIPLE, *UPDATE_NOUNS)
# "：", the full-width colon of CJK text, separates too, but not inside brackets, where it
# joins the label word to its date ("【追記：2024年3月6日午後2時30分】")
_SEPARATOR = r"(?::(?!\d)|(?(open)(?!)|：)|—|–|-\s)"
_OPEN = r"(?P<open>[\[(【])"
_CLOSE = r"[\])】]"
UPDATE_LABEL = re.compile(
    r"^\s*+"
    + _OPEN
    + r"?\s*+"
    + _label_words(LABEL_WORDS)
    # "[Update] The company ...": after a closing bracket the separator may be left out
    + r"\s*+(?:(?(open)"
    + _CLOSE
    + r"|(?!))\s*+"
    + _SEPARATOR
    + r"?|(?(open)"
    + _CLOSE
    + r"?)\s*+"
    + _SEPARATOR
    + r")\s*+(?P<text>\S.*)$",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# "Update 3:15 p.m. The agency ...": a label ending in a clock time, then a sentence.
UNSEPARATED_LABEL = re.compile(
    r"^\s*+(?P<label>(?:update|updated)\b[^:\n]{0,40}?\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b\.?"
    r"(?:\s+(?-i:[A-Z]{2,4})\b)?+)\s+(?P<text>(?-i:[A-Z\x22\u201c\u2018]).*)$",
    re.IGNORECASE | re.DOTALL,
)
# "Edit (May 3): Three of you wrote in ...", "EDIT 2024-05-03: ...": a blogger's dated edit.
# Unlike "Update:", a bare "Edit:" stays prose (a forum post's "EDIT: fixed the link").
EDIT_LABEL = re.compile(
    r"^\s*+(?P<label>edit(?:ed)?\b(?=(?:[^:\n]|(?<=\d):(?=\d)){0,30}?\d)"
    r"(?:[^:\n]|(?<=\d):(?=\d)){1,30}?)\s*+:(?!\d)\s*+(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "Оновлено о 15:20. У департаменті ...", "อัปเดต เวลา 17.20 น. หัวหน้า ...": a label ending in
# a 24-hour time (and its unit), then the text, with no separator but a full stop.
CLOCK_THEN_TEXT_LABEL = re.compile(
    r"^\s*+(?P<label>(?P<word>(?:" + "|".join(LABEL_WORDS) + r"))\b"
    r"[^:\n]{0,40}?\b\d{1,2}[:.]\d{2}\b(?:\s*+(?:" + "|".join(CLOCK_UNITS) + r")\b\.?)?)"
    r"\.?\s++(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "【17:35更新】", "【6月4日18時30分追記】": in Chinese and Japanese the time comes first.
TIME_FIRST_LABEL = re.compile(
    r"^\s*+[【\[(]\s*+(?P<label>[\d０-９:：./月日年時分午前後\s]{1,24}?(?:更新|追記|追加))\s*+[】\])]"
    r"\s*+(?P<text>\S.*)$",
    re.DOTALL,
)
# A date or time in parentheses right after the label belongs to it.
_TIME_ASIDE = re.compile(r"(?P<aside>[(（](?=[^()（）]{0,30}[\d０-９])[^()（）]{1,30}[)）])\s*+")
# "GÜNCELLEME (17.20) Menderes ...": a label ending in a time in parentheses, then the text.
PAREN_TIME_LABEL = re.compile(
    r"^\s*+(?P<label>(?:" + "|".join(UPDATE_NOUNS) + r")\s*+\(\s*+\d{1,2}[:.]\d{2}\s*+\))"
    r"\s++(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "Update — 5:30 p.m.: ...": a time or date after a dash belongs to the label.
_WHEN_THEN_COLON = re.compile(
    r"^(?P<when>(?:[^:\n]|(?<=\d):(?=\d)){1,45}?)\s*+:(?!\d)\s*+(?P<text>\S.*)$", re.DOTALL
)
# How an update opens: a label word, perhaps in brackets (a cheap first test).
_UPDATE_START = re.compile(
    r"^\s*+" + _OPEN + r"?\s*+(?:" + "|".join(LABEL_WORDS) + ")", re.IGNORECASE
)


def _label_only(words: tuple[str, ...]) -> re.Pattern[str]:
    """A label printed in an element of its own ("Update, Sept. 21, 9:40 a.m."), its text in
    the element that follows."""
    return re.compile(
        r"^\s*+" + _OPEN + r"?\s*+" + _label_words(words)
        + r"\s*+(?(open)" + _CLOSE + r"?)\s*+:?\s*+$",
        re.IGNORECASE | re.VERBOSE,
    )  # fmt: skip


LABEL_ONLY = _label_only(LABEL_WORDS)
NOUN_LABEL_ONLY = _label_only(UPDATE_NOUNS)
_ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
# "14.20 Uhr", "14.30 uur", "14.20h", "17.10 horas" are times, not dates.
_NUMERIC_DATE = re.compile(
    r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<year>\d{2,4}))?\b"
    r"(?!\s*(?:uhr|uur|h|horas?|hrs?|hs)\b)",
    re.IGNORECASE,
)
_NAMED_DATE = re.compile(
    # "21 de marzo", "6 de março de 2024": Spanish and Portuguese join day, month and year
    rf"\b(?:(?P<month1>{_MONTH})\.?\s+(?P<day1>\d{{1,2}})"
    # after the day, the genitive forms too ("18 сентября", "5 września")
    rf"|(?P<day2>\d{{1,2}})\.?\s+(?:de\s+)?(?P<month2>{DAY_FIRST_MONTH_PATTERN}))"
    r"(?:,?\s+(?:de\s+)?(?P<year>\d{4}))?",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?:(?:[:.]|\s?h\s?|u)(?P<minute>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?P<zone>(?-i:[A-Z]{2,5}))\b)?",
    re.IGNORECASE,
)
# "Updated at 0930 UTC": a 24-hour time without a colon, told apart from a year by its zone
_MILITARY = r"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?P<zone>UTC|GMT)\b"
_MILITARY_TIME = re.compile(_MILITARY)
# A clock time in a label: "2:45 p.m.", "14:05", "16.30 Uhr", "17u10" (Flemish), "0930 UTC".
CLOCK_TIME = re.compile(
    r"\b\d{1,2}[:.hu]\d{2}\b(?!\.\d)|\b\d{1,2}\s?[ap]\.?m\b"  # not the "17.01" of "17.01.2021"
    rf"|{_MILITARY}",
    re.IGNORECASE,
)
# A line holding nothing but a clock time ("6:15 p.m.", "14:05", "9.10 Uhr"): an entry's
# stamp on a live page whose entries are not wrapped one by one.
CLOCK_ONLY = re.compile(
    r"^\s*\d{1,2}(?:[:.h]\d{2}\s*(?:[ap]\.?\s?m\.?|uhr|h)?|\s?[ap]\.?\s?m\.?)(?:\s+[A-Z]{2,4})?\s*$",
    re.IGNORECASE,
)
MIN_FLAT_ENTRIES = 3
MAX_FLAT_ENTRY_BLOCKS = 8
# "Updated to add at 1645 UTC": what the update did, before its time
_WHAT_CHANGED = re.compile(r"^\s*to\s+(?:add|include|reflect|correct|clarify)\b", re.IGNORECASE)
_CLOCK_WORD_BEFORE = re.compile(
    r"\b(?:ore|um|at|à|a\s+las|om|kl\.?|klo|kello|klockan|godz\.?|hod\.?|saat)\s*$", re.IGNORECASE
)
# An update is written within days of its story: a dotted pair with no year that would date it
# further away is the time ("GÜNCELLEME (15.05)" on a story of 11 June is 15:05), unless a dot
# closes it as German dates are written ("17.05.").
MAX_UPDATE_DAYS = 7
_PARTICIPLE_START = re.compile(r"^\s*+" + _PARTICIPLE + r"\b", re.IGNORECASE)
MAX_DATE_OPENING_CHARS = 40  # how far into an update's text a date opening it is looked for
# Words a label printed on its own line may add to its label word ("Update note")
LABEL_TAIL_WORDS = frozenset({"note", "notes", "notice", "alert", "info", "hinweis", "zum", "zur"})
# A run of letters (no digits, no underscore): a word as the label tables list them
LETTER_RUN = re.compile(r"[^\W\d_]+")
# Words a date and time are printed with, besides month names and zone abbreviations.
WHEN_WORDS = frozenset(
    {"at", "on", "am", "pm", "um", "le", "el", "del", "de", "ore", "às", "om", "of", "a", "p", "m",
     "klo", "kl", "kello", "pukul", "kell", "klockan", "godz", "hod", "órakor", "saat",
     "heures", "heure", "ώρα", "в", "о", "v", "ve", "o", "klukkan", "ч", "часа", "год", "น",
     "เวลา",
     "uhr", "uur", "h", "noon", "midnight", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
     "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
     "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
)  # fmt: skip
ZONE_WORD = re.compile(r"[A-Z]{2,5}")
# The line between the updates above a story and the story itself ("Original story follows.",
# "Știrea inițială:"): no part of either.
ORIGINAL_STORY_MARKER = re.compile(
    r"^\(?(?:(?:(?:our|the)\s+)?original\s+(?:story|article|post|report)(?:\s+(?:follows|below|"
    r"continues(?:\s+below)?))?|ursprüngliche\s+(?:meldung|nachricht|version)|"
    r"(?:article|texte)\s+(?:original|initial)|(?:noticia|nota|notícia|matéria)\s+original|"
    r"(?:la\s+)?notizia\s+originale|articolo\s+originale|știrea\s+inițială|"
    r"oorspronkelijk(?:e)?\s+(?:bericht|artikel)|ursprunglig\s+artikel)"
    r"\s*+[.:…)]*+$",
    re.IGNORECASE,
)
MAX_UPDATE_LABEL_WORDS = 12
MAX_WHEN_WORDS = 5  # words after a label's dash that may be its time unless all are date words
OPENING_QUOTES = frozenset("\"“„«‘'「『")
MIN_UPDATE_TEXT_WORDS = 5  # fewer: an "Updated: <date>" line (a modified date), not a note
# In a ticker an entry may run over a few paragraphs: they belong to it when the next entry
# (or a crosshead and then the next entry) follows them.
MAX_CONTINUATION_PARAGRAPHS = 3
MAX_HEAD_PARAGRAPHS = 1  # a lead paragraph printed before the updates at the story's head
MIN_RECURRING_BOXES = 3  # an undated label opening this many sections' boxes is a listicle's part


def page_zone(published: datetime | None, site_zone: tzinfo | None) -> tzinfo | None:
    """The zone the page dates things in: the published date's offset (the site's zone when
    that is its offset at the time), or the site's zone when the page gives bare UTC or none."""
    if published is not None and published.tzinfo is not None:
        offset = published.utcoffset()
        if offset is not None and offset.total_seconds() != 0:
            # the site's zone when the page's offset is that zone's at the time: its offset
            # then follows summer time to the update's own date
            if site_zone is not None and published.astimezone(site_zone).utcoffset() == offset:
                return site_zone
            return published.tzinfo
    # A bare UTC stamp is usually the server's normalisation, not the site's own zone.
    return site_zone


def resolve_label_time(
    label: str,
    published: datetime | None,
    site_zone: tzinfo | None,
    *,
    day_first: bool = False,
    previous: datetime | None = None,
) -> datetime | None:
    """Resolve the date/time written in an update label; None when it names neither.

    A label with a time and no date takes the day of `previous` (the entry printed just
    before it, in a ticker) or else of the article."""
    year = published.year if published else None
    month = day = None
    rest = label
    iso = _ISO_DATE.search(label)
    named = _NAMED_DATE.search(label)
    numeric = _NUMERIC_DATE.search(label)
    if iso:
        year, month, day = int(iso["year"]), int(iso["month"]), int(iso["day"])
        rest = label[: iso.start()] + label[iso.end() :]
    elif named:
        month = MONTH_NUMBERS[(named["month1"] or named["month2"]).lower()]
        day = int(named["day1"] or named["day2"])
        year = int(named["year"]) if named["year"] else year
        rest = label[: named.start()] + label[named.end() :]
    elif (
        numeric
        and (month_day := _numeric_month_day(numeric, day_first))
        and not _time_rather_than_date(numeric, month_day, published)
    ):
        month, day = month_day
        if numeric["year"]:
            year = int(numeric["year"]) + (2000 if len(numeric["year"]) == 2 else 0)
        rest = label[: numeric.start()] + label[numeric.end() :]
    hour = minute = None
    time_match = _MILITARY_TIME.search(rest) or next(
        (m for m in _TIME.finditer(rest) if m["ampm"] or m["minute"]), None
    )
    zone = page_zone(published, site_zone)
    if time_match:
        hour = apply_meridiem(int(time_match["hour"]), time_match.groupdict().get("ampm"))
        minute = int(time_match["minute"] or 0)
        zone = zone_from_abbreviation(time_match["zone"]) or zone
    if month is None:
        day_source = previous or published
        if hour is None or day_source is None:
            return None
        # "10:12 a.m. Thursday" on a story from Wednesday: the next day that is a Thursday
        day_source += timedelta(days=_days_to_weekday(rest, day_source))
        month, day, year = day_source.month, day_source.day, day_source.year
    if year is None or day is None:
        return None
    year_written = bool(iso or (named and named["year"]) or (numeric and numeric["year"]))
    if published and not year_written and month < published.month - 6:
        year += 1  # "1/3" on a story from December: the next year
    try:
        return datetime(year, month, day, hour or 0, minute or 0, tzinfo=zone)
    except ValueError:
        return None


def _days_to_weekday(text: str, start: datetime) -> int:
    """Days from `start` to the first day on or after it named in `text` by its weekday; 0
    when `text` names no weekday."""
    for word in LETTER_RUN.findall(text.lower()):
        weekday = WEEKDAYS.get(word)
        if weekday is not None:
            return (weekday - start.weekday()) % 7
    return 0


def _without_what_changed(text: str) -> str:
    """The rest of a participle label without "to add" ("Updated to add at 1645 UTC")."""
    changed = _WHAT_CHANGED.match(text)
    return text[changed.end() :] if changed else text


def _time_rather_than_date(
    numeric: re.Match[str], month_day: tuple[int, int], published: datetime | None
) -> bool:
    """Whether a dotted pair with no year ("15.05") is the time, not a day and month far from
    the story's day (see `MAX_UPDATE_DAYS`)."""
    if published is None or numeric["year"] or "." not in numeric.group():
        return False
    if numeric.string[numeric.end() : numeric.end() + 1] == ".":
        return False  # "17.05.": a date as German writes it
    if int(numeric["a"]) > 23 or int(numeric["b"]) > 59:
        return False
    month, day = month_day
    try:
        when = published.replace(month=month, day=day)
    except ValueError:
        return True
    days = abs((when.date() - published.date()).days)
    return min(days, 365 - days) > MAX_UPDATE_DAYS  # "02.01" on a story of 30 December: a date


def _numeric_month_day(numeric: re.Match[str], day_first: bool) -> tuple[int, int] | None:
    """Month and day of "9/19" or "07.11.2024" (dotted dates are day first, as is any whose
    first number cannot be a month); None when the pair is no date: "ore 18.40" is a time, as
    is any pair that makes no month and day."""
    if _CLOCK_WORD_BEFORE.search(numeric.string, 0, numeric.start()):
        return None
    first, second = int(numeric["a"]), int(numeric["b"])
    if day_first or first > 12 or "." in numeric.group():
        first, second = second, first
    return (first, second) if 1 <= first <= 12 and 1 <= second <= 31 else None


def split_updates(
    blocks: list[Block],
    published: datetime | None,
    site_zone: tzinfo | None,
    *,
    day_first: bool = False,
    live: bool = False,
) -> tuple[list[Update], list[Block]]:
    """Take update paragraphs out of `blocks`; returns (updates, remaining blocks).

    A label printed on its own ("Update, Sept. 21:") takes the paragraph after it as its text;
    in a ticker an entry keeps the paragraphs that follow it up to the next entry. On a live
    page (`live`) whose entries are not wrapped one by one, a line holding only a clock time
    ("6:15 p.m.") opens an entry that runs to the next such line."""
    if live and sum(map(_is_clock_line, blocks)) >= MIN_FLAT_ENTRIES:
        return _split_flat_ticker(blocks, published, site_zone)
    found = _find_updates(blocks, published, site_zone, day_first, frozenset())
    boxes = _recurring_boxes(blocks, found)
    if boxes:
        found = _find_updates(blocks, published, site_zone, day_first, boxes)
    updates = [update for _, update, _ in found]
    taken = {index: span for index, _, span in found}
    first = min(taken, default=len(blocks))
    remaining: list[Block] = []
    index = 0
    while index < len(blocks):
        if index in taken:
            index += taken[index]
            continue
        if not (index > first and _marks_original_story(blocks[index])):
            remaining.append(blocks[index])
        index += 1
    return updates, remaining


def _find_updates(
    blocks: list[Block],
    published: datetime | None,
    site_zone: tzinfo | None,
    day_first: bool,
    skipped: frozenset[int],
) -> list[tuple[int, Update, int]]:
    """The updates in `blocks`: where each starts, the update, and how many blocks it spans;
    none is looked for at the indexes `skipped`."""
    found: list[tuple[int, Update, int]] = []
    updates: list[Update] = []
    paragraphs = 0  # of the story's text passed
    head_run = 0  # how many updates were printed at the head of the story
    index = 0
    while index < len(blocks):
        update, used = (
            (None, 1)
            if index in skipped
            else _update_at(blocks, index, published, site_zone, day_first, updates)
        )
        if update is None:
            paragraphs += isinstance(blocks[index], ParagraphBlock)
            index += 1
            continue
        if updates and len(updates) == head_run:
            update = _after_head(update, updates[-1], published)
        if paragraphs <= MAX_HEAD_PARAGRAPHS:
            head_run += 1
        extra = _continuation(blocks, index + used, published, site_zone, day_first)
        if extra:
            text = "\n\n".join([update.text, *(block_text(b) for b in extra)])
            update = update.model_copy(update={"text": text})
        updates.append(update)
        found.append((index, update, used + len(extra)))
        index += used + len(extra)
    return found


def _after_head(update: Update, newer: Update, published: datetime | None) -> Update:
    """`update` printed after `newer`, the last of the updates at the head of the story (the
    latest news, set before the text). A time-only label took `newer`'s day; when that makes
    it later than `newer` ("UPDATE, 4:10 p.m." under "UPDATE, March 6, 9:30 a.m."), the two
    do not read newest first on one day: the time is of the article's day."""
    stamp, newer_stamp = update.timestamp, newer.timestamp
    if (
        stamp is None
        or newer_stamp is None
        or published is None
        or stamp.date() != newer_stamp.date()
        or stamp <= newer_stamp
        or published.date() >= stamp.date()
        or _names_a_day(update.label)
    ):
        return update
    day = published.date()
    return update.model_copy(
        update={"timestamp": stamp.replace(year=day.year, month=day.month, day=day.day)}
    )


def _names_a_day(label: str) -> bool:
    return bool(_ISO_DATE.search(label) or _NAMED_DATE.search(label) or _NUMERIC_DATE.search(label))


def _recurring_boxes(blocks: list[Block], found: list[tuple[int, Update, int]]) -> frozenset[int]:
    """Where the same undated label ("Updates:") opens a box in section after section of a
    listicle (`MIN_RECURRING_BOXES` or more, a heading between each two): a part every item
    of the story has, not notes on how the story changed, which come dated or together."""
    by_label: dict[str, list[int]] = {}
    for index, update, _ in found:
        if update.timestamp is None and not any(char.isdigit() for char in update.label):
            by_label.setdefault(normalise_key(update.label), []).append(index)
    recurring: set[int] = set()
    for starts in by_label.values():
        if len(starts) >= MIN_RECURRING_BOXES and all(
            any(isinstance(block, HeadingBlock) for block in blocks[before + 1 : after])
            for before, after in pairwise(starts)
        ):
            recurring.update(starts)
    return frozenset(recurring)


def _marks_original_story(block: Block) -> bool:
    return isinstance(block, ParagraphBlock) and bool(ORIGINAL_STORY_MARKER.match(block.text))


def _is_clock_line(block: Block) -> bool:
    return isinstance(block, ParagraphBlock | HeadingBlock) and bool(CLOCK_ONLY.match(block.text))


def _split_flat_ticker(
    blocks: list[Block], published: datetime | None, site_zone: tzinfo | None
) -> tuple[list[Update], list[Block]]:
    """Entries of a live page set one after another with no wrapper each: a clock-time line,
    then the entry's headline and paragraphs up to the next clock-time line."""
    updates: list[Update] = []
    remaining: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if not _is_clock_line(block):
            remaining.append(block)
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and end - index <= MAX_FLAT_ENTRY_BLOCKS:
            if _is_clock_line(blocks[end]) or _is_note(blocks[end]):
                break
            end += 1
        text = "\n\n".join(filter(None, (block_text(b) for b in blocks[index + 1 : end])))
        label = block_text(block).strip()
        previous = next((u.timestamp for u in reversed(updates) if u.timestamp), None)
        if text:
            stamp = resolve_label_time(label, published, site_zone, previous=previous)
            updates.append(Update(label=label, timestamp=stamp, text=text))
        index = end
    return updates, remaining


def _update_at(
    blocks: list[Block],
    index: int,
    published: datetime | None,
    site_zone: tzinfo | None,
    day_first: bool,
    earlier: list[Update],
) -> tuple[Update | None, int]:
    """The update starting at `blocks[index]` and how many blocks it spans (1 or 2)."""
    block = blocks[index]
    previous = next((u.timestamp for u in reversed(earlier) if u.timestamp), None)
    if isinstance(block, ParagraphBlock | QuoteBlock):  # an update set as a blockquote too
        update = parse_update(
            block.text, published, site_zone, day_first=day_first, previous=previous
        )
        if update is not None:
            return update, 1
    if index + 1 < len(blocks) and is_update_label_line(block):
        following = blocks[index + 1]
        # a paragraph opening with a label of its own is that update: the line above it is
        # the page's dateline ("Updated March 07, 2024, 11:52 AM" over "Update on March 7
        # at 11:45am: ...")
        if isinstance(following, ParagraphBlock) and not _opens_update(
            following, published, site_zone, day_first
        ):
            label = block.text.strip().rstrip(":").strip()
            update = parse_update(
                f"{label}: {following.text}", published, site_zone, day_first=day_first,
                previous=previous,
            )  # fmt: skip
            if update is not None:
                return update, 2
    if (
        isinstance(block, ParagraphBlock | HeadingBlock)
        and index + 1 < len(blocks)
        and isinstance(following := blocks[index + 1], ParagraphBlock)
    ):
        update = _titled_update(block, following, published, site_zone, day_first, previous)
        if update is not None:
            return update, 2
    return None, 1


def titled_update_label(text: str) -> re.Match[str] | None:
    """`UPDATE_LABEL`'s match when `text` is a dated update label (the noun, then a date or a
    time) followed by the update's own title ("Update vom 15. Mai 2019: Feinschliff", "UPDATE,
    4:30 p.m.: Suspect arrested"), heading the paragraph that tells the update. "Update:
    What's new" over a section is a crosshead, "Updated May 3, 2024: ..." a dateline."""
    match = UPDATE_LABEL.match(text)
    if (
        match is None
        or match.groupdict().get("open")
        or _ends_inside_a_word(match)
        or _PARTICIPLE_START.match(text)
        or not any(char.isdigit() for char in match["label"])
        or not _tail_says_when(match)
    ):
        return None
    return match


def _titled_update(
    heading: ParagraphBlock | HeadingBlock,
    following: ParagraphBlock,
    published: datetime | None,
    site_zone: tzinfo | None,
    day_first: bool,
    previous: datetime | None,
) -> Update | None:
    """The update a `titled_update_label` line opens, its title then the paragraph after it."""
    match = titled_update_label(heading.text)
    if match is None:
        return None
    label = match["label"].strip()
    update = parse_update(
        f"{label}: {following.text}", published, site_zone, day_first=day_first, previous=previous
    )
    if update is None:
        return None
    return update.model_copy(update={"text": f"{match['text'].strip()}\n\n{update.text}"})


def _continuation(
    blocks: list[Block],
    start: int,
    published: datetime | None,
    site_zone: tzinfo | None,
    day_first: bool,
) -> list[Block]:
    """Plain paragraphs after an entry that run up to the next entry (or its crosshead), or
    to the end of the story (the end of the body, or the notes after it): an update closing
    the story may run over a few paragraphs."""
    end = start
    while (
        end < len(blocks)
        and end - start < MAX_CONTINUATION_PARAGRAPHS
        and isinstance(blocks[end], ParagraphBlock)
        and not _opens_update(blocks[end], published, site_zone, day_first)
        and not is_update_label_line(blocks[end])  # the next update's label, on a line of its own
        and not _is_note(blocks[end])
    ):
        end += 1
    if end == start:
        return []
    if _only_notes(blocks[end:]):  # the story ends here
        return blocks[start:end]
    if _opens_update(blocks[end], published, site_zone, day_first):
        return blocks[start:end]
    following = blocks[end]
    if is_update_label_line(following):
        return blocks[start:end]  # the next update's label, on a line or heading of its own
    if (
        isinstance(blocks[end], HeadingBlock)
        and end + 1 < len(blocks)
        and _opens_update(blocks[end + 1], published, site_zone, day_first)
    ):
        return blocks[start:end]
    return []


def is_update_label_line(block: Block) -> TypeGuard[ParagraphBlock | HeadingBlock]:
    """Whether `block` is an update's label on a line or heading of its own ("Update, Sept.
    21, 9:40 a.m.")."""
    return isinstance(block, ParagraphBlock | HeadingBlock) and is_update_label(block.text)


def is_update_label(text: str) -> bool:
    """Whether `text` is an update's label and nothing else ("Update, Sept. 21, 9:40 a.m.")."""
    match = LABEL_ONLY.match(text)
    if match is None or _ends_inside_a_word(match) or not _tail_says_when(match):
        return False
    # "Updated September 2025", "Last updated" on a line of their own: the page's dateline,
    # unless they give the clock time an update is told by ("Updated 3:45 p.m.")
    return not _PARTICIPLE_START.match(text) or bool(CLOCK_TIME.search(text))


def _tail_says_when(match: re.Match[str]) -> bool:
    """Whether what follows the label word says when, or names the label ("Update, Sept. 21,
    9:40 a.m.", "Update note", "UPDATE"): a heading reading "Update containers on the
    network" or "Updates come amid ..." is an instruction or a headline, not a label."""
    tail = match.string[match.end("word") : match.end("label")]
    if any(char.isdigit() for char in tail):
        return True
    return all(
        word in WHEN_WORDS or word in MONTH_NUMBERS or word in LABEL_TAIL_WORDS
        for word in LETTER_RUN.findall(tail.lower())
    )


def _ends_inside_a_word(match: re.Match[str]) -> bool:
    """Whether the label word matched only the start of a longer word: in scripts with
    combining vowel signs ("अपडेटेड" is "अपडेट" and a sign) ``\\b`` falls inside words."""
    groups = match.groupdict()
    if groups.get("word") is None:
        return False
    end = match.end("word")
    return end < len(match.string) and unicodedata.category(match.string[end]).startswith("M")


def _clock_then_text(text: str) -> re.Match[str] | None:
    """`CLOCK_THEN_TEXT_LABEL`, when the text after the label opens a sentence (a capital,
    a quote, or a letter of a script without case)."""
    match = CLOCK_THEN_TEXT_LABEL.match(text)
    if match is None:
        return None
    first = match["text"][0]
    opens = (
        first.isupper()
        or first in OPENING_QUOTES
        or (first.isalpha() and first.lower() == first.upper())
    )
    return match if opens else None


def may_open_update(lead: str) -> bool:
    """Whether `lead`, the start of a text, opens with an update label word: False means no
    update label starts there."""
    return bool(_UPDATE_START.match(lead))


def _opens_with_date(text: str) -> bool:
    found = find_human_dates(text[:MAX_DATE_OPENING_CHARS])
    return bool(found) and found[0][0] == 0


def only_when(text: str) -> bool:
    """Whether `text` holds nothing but a date and time ("at 2:45 p.m. ET", "am 11. April
    2024, 19:05 Uhr")."""
    return all(
        word.lower() in WHEN_WORDS or word.lower() in MONTH_NUMBERS or ZONE_WORD.fullmatch(word)
        for word in re.findall(r"[^\W\d_]+", text)
    )


def _only_notes(blocks: list[Block]) -> bool:
    """Whether `blocks` are notes only (a label on its own line and the paragraph it labels
    count as one)."""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if isinstance(block, ParagraphBlock | HeadingBlock) and is_note_label_line(block.text):
            index += 2
        elif _is_note(block):
            index += 1
        else:
            return False
    return True


def _is_note(block: Block) -> bool:
    """A note, or a note's label on a line of its own: the end of an update above it."""
    if not isinstance(block, ParagraphBlock | QuoteBlock | HeadingBlock):
        return False
    return parse_note(block.text) is not None or is_note_label_line(block.text)


def _opens_update(
    block: Block, published: datetime | None, site_zone: tzinfo | None, day_first: bool
) -> bool:
    if not isinstance(block, ParagraphBlock):
        return False
    return parse_update(block.text, published, site_zone, day_first=day_first) is not None


def parse_update(
    text: str,
    published: datetime | None,
    site_zone: tzinfo | None,
    *,
    day_first: bool = False,
    previous: datetime | None = None,
) -> Update | None:
    """An `Update` when `text` opens with an update label, else None."""
    match = (
        UPDATE_LABEL.match(text)
        or UNSEPARATED_LABEL.match(text)
        or PAREN_TIME_LABEL.match(text)
        or TIME_FIRST_LABEL.match(text)
        or _clock_then_text(text)
        or EDIT_LABEL.match(text)
    )
    if not match or _ends_inside_a_word(match):
        return None
    if match.groupdict().get("word") is not None and not _tail_says_when(match):
        return None  # "Update often: adjust your prices quarterly"
    label = match["label"].strip()
    body = match["text"].strip()
    closing = {"[": "]", "(": ")"}.get(match.groupdict().get("open") or "")
    if closing and body.endswith(closing):  # "[Update, 16 March: ... ]"
        body = body[:-1].rstrip()
    if aside := _TIME_ASIDE.match(body):  # "【追記】（３月１２日１８時３０分）国土交通省は ..."
        label = f"{label} {aside['aside']}"
        body = body[aside.end() :]
    when = _WHEN_THEN_COLON.match(body)
    if (
        when
        and _TIME.search(when["when"])
        # a few words, or a full date and time ("— Wednesday, March 14, 2025, 3:15 p.m. ET:")
        and (len(when["when"].split()) <= MAX_WHEN_WORDS or only_when(when["when"]))
    ):
        label = text[match.start("label") : match.start("text") + when.end("when")].strip()
        body = when["text"].strip()
    if len(label.split()) > MAX_UPDATE_LABEL_WORDS or word_count(body) < MIN_UPDATE_TEXT_WORDS:
        return None
    if only_when(body):  # "Updated: March 7, 2024, 6:10 PM IST": a dateline
        return None
    participle = _PARTICIPLE_START.match(label)
    if participle and not only_when(_without_what_changed(label[participle.end() :])):
        return None  # "Updated guidance: ...", "Aktualisiert am 11. April, 19:05 UhrQuelle: ..."
    if participle and _opens_with_date(body):
        return None  # "Last updated: January 12, 2026. If you buy through my links ...": a dateline
    timestamp = resolve_label_time(
        label, published, site_zone, day_first=day_first, previous=previous
    )
    return Update(label=label, timestamp=timestamp, text=body)
