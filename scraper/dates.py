"""Date and time parsing for metadata values and visible date lines.

Only what the text says is kept: an offset when one is written (``+02:00``, ``Z``, ``EDT``),
otherwise a naive value. Nothing here guesses a zone.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _month_table(*months: tuple[str, ...]) -> dict[str, int]:
    """Each month's names (January's first) to its number."""
    return {name: number for number, names in enumerate(months, start=1) for name in names}


MONTHS = _month_table(
    # English, French, German, Spanish, Italian, Portuguese, Dutch, Scandinavian
    (
        "january",
        "jan",
        "janvier",
        "januar",
        "enero",
        "gennaio",
        "janeiro",
        "jänner",
        "januari",
    ),
    (
        "february",
        "feb",
        "février",
        "fevrier",
        "februar",
        "febrero",
        "febbraio",
        "fevereiro",
        "februari",
    ),
    ("march", "mar", "mars", "märz", "marz", "marzo", "março", "maart", "marts"),
    ("april", "apr", "avril", "abril", "aprile"),
    ("may", "mai", "mayo", "maggio", "maio", "mei", "maj"),
    ("june", "jun", "juin", "juni", "junio", "giugno", "junho"),
    ("july", "jul", "juillet", "juli", "julio", "luglio", "julho"),
    ("august", "aug", "août", "aout", "agosto", "augustus", "augusti"),
    ("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"),
    ("october", "oct", "octobre", "oktober", "octubre", "ottobre", "outubro", "okt"),
    ("november", "nov", "novembre", "noviembre", "novembro"),
    (
        "december",
        "dec",
        "décembre",
        "decembre",
        "dezember",
        "diciembre",
        "dicembre",
        "dez",
        "dezembro",
    ),
)
# Month names that follow the day ("15 августа 2016", "3. syyskuuta 2023", "5 sierpnia
# 2021"): the genitive forms of Russian, Ukrainian, Polish, Czech and Finnish, and Turkish.
# Read in the day-first pattern only (`MONTHS` also feeds the update and note labels).
DAY_FIRST_MONTHS = _month_table(
    ("января", "січня", "stycznia", "ledna", "tammikuuta", "ocak"),
    ("февраля", "лютого", "lutego", "února", "helmikuuta", "şubat"),
    ("марта", "березня", "marca", "března", "maaliskuuta", "mart"),
    ("апреля", "квітня", "kwietnia", "dubna", "huhtikuuta", "nisan"),
    ("мая", "травня", "maja", "května", "toukokuuta", "mayıs"),
    ("июня", "червня", "czerwca", "června", "kesäkuuta", "haziran"),
    ("июля", "липня", "lipca", "července", "heinäkuuta", "temmuz"),
    ("августа", "серпня", "sierpnia", "srpna", "elokuuta", "ağustos"),
    ("сентября", "вересня", "września", "září", "syyskuuta", "eylül"),
    ("октября", "жовтня", "października", "října", "lokakuuta", "ekim"),
    ("ноября", "листопада", "listopada", "listopadu", "marraskuuta", "kasım"),
    ("декабря", "грудня", "grudnia", "prosince", "joulukuuta", "aralık"),
)
# Weekday names (Monday's first, as `datetime.weekday` counts) in the languages of `MONTHS`:
# an update label may name the day instead of the date ("Updated at 10:12 a.m. Thursday").
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            "monday lundi montag lunes lunedì segunda-feira maandag måndag mandag",
            "tuesday mardi dienstag martes martedì terça-feira dinsdag tisdag tirsdag",
            "wednesday mercredi mittwoch miércoles mercoledì quarta-feira woensdag onsdag",
            "thursday jeudi donnerstag jueves giovedì quinta-feira donderdag torsdag",
            "friday vendredi freitag viernes venerdì sexta-feira vrijdag fredag",
            "saturday samedi samstag sábado sabato zaterdag lördag lørdag",
            "sunday dimanche sonntag domingo domenica zondag söndag søndag",
        )
    )
    for name in names.split()
}
# US zone abbreviations printed on news sites; ambiguous ones (IST, CST as China) are left out.
ZONE_ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "Z": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3,
    "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
}  # fmt: skip
# Zones named without their season ("3:15 p.m. ET"): the offset follows the date's summer time.
SEASONLESS_ZONES = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}  # fmt: skip

_MONTH_PATTERN = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
MONTH_NUMBERS = MONTHS | DAY_FIRST_MONTHS
DAY_FIRST_MONTH_PATTERN = "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True))
_TIME = (
    r"(?:(?:at|um|à|às|kl\.?|klo|,)?\s*(?P<hour>\d{1,2})(?:[:h.](?P<minute>\d{2}))?"
    r"(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?P<zone>[A-Z]{1,5}\b))?)?"
)
_DATE_PATTERNS = (
    # 2023-09-19, 2023/09/19, 2023.09.19 (+ time)
    re.compile(
        r"(?P<year>(?:19|20)\d{2})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?:[T\s]+"
        r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    ),
    # September 19, 2023 / Sept. 19 2023 (+ time)
    re.compile(
        rf"(?P<monthname>{_MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        rf"(?P<year>(?:19|20)\d{{2}})(?!\d)\s*{_TIME}",
        re.IGNORECASE,
    ),
    # 19 September 2023 / 19. September 2023 (+ time)
    re.compile(
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?P<monthname>{DAY_FIRST_MONTH_PATTERN})\.?,?"
        rf"\s+(?:de\s+)?(?P<year>(?:19|20)\d{{2}})(?!\d)\s*{_TIME}",
        re.IGNORECASE,
    ),
    # 2023 Jan 7 (journals' citation dates: PubMed, Highwire's citation_publication_date)
    re.compile(
        rf"(?P<year>(?:19|20)\d{{2}})\s+(?P<monthname>{_MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}})"
        r"(?![\d:])",
        re.IGNORECASE,
    ),
    # 2023年9月19日 17時30分 (Japanese, Chinese), 2023년 9월 19일 (Korean)
    re.compile(
        r"(?P<year>(?:19|20)\d{2})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
        r"(?:\s*(?:[(（][^)）]{1,3}[)）])?\s*(?P<hour>\d{1,2})\s*[時시:]\s*(?:(?P<minute>\d{1,2})\s*[分분]?)?)?"
    ),
    # 2/24/2026, 24/2/2026: only when one number cannot be a month (see `_from_match`)
    re.compile(
        rf"(?<![\d/])(?P<left>\d{{1,2}})/(?P<right>\d{{1,2}})/(?P<year>(?:19|20)\d{{2}})(?![\d/])"
        rf"\s*{_TIME}",
        re.IGNORECASE,
    ),
    # 19.09.2023 (European day first), "14. 5. 2024" (Czech, Slovak: a space after each dot)
    re.compile(
        r"\b(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>(?:19|20)\d{2})\b(?:,?\s*(?P<hour>\d{1,2})"
        r":(?P<minute>\d{2}))?"
    ),
    # 19.09.23 (European day first, the year in two digits: "Kultur, 2.11.22"); not part of
    # a longer dotted number (an address, "1.12.23.4") nor a version ("v1.12.23", `_VERSION`)
    re.compile(
        r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<yy>\d{2})(?!\d|\.\d)"
        r"(?:,?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}))?"
    ),
)
_TIME_OF_DAY = re.compile(
    r"^\s*+(?:at|um|à|às|kl\.?|,)?\s*+(?P<hour>[01]?\d|2[0-3])[:h.](?P<minute>[0-5]\d)"
    r"\s*+(?P<ampm>[ap]\.?\s?m\.?)?\s*+(?:uhr|h)?\s*+(?P<zone>(?-i:[A-Z]{2,5}))?\s*+$",
    re.IGNORECASE,
)
_VERSION = re.compile(r"(?:\b(?:version|release|build|ver)\.?\s*|\bv)$", re.IGNORECASE)
CENTURY_PIVOT = 70  # a two-digit year from here up is of the 1900s
URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>0?[1-9]|1[0-2])[/-](?P<day>0?[1-9]|[12]\d|3[01])(?=[/\-_.+?#]|$)"
)
# ... with the month named ("/blog/2023/october/03/"), in a language of `MONTHS`
URL_NAMED_MONTH_DATE = re.compile(
    rf"/(?P<year>(?:19|20)\d{{2}})/(?P<month>{_MONTH_PATTERN})/"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?=[/\-_.+?#]|$)",
    re.IGNORECASE,
)


def parse_iso(value: str) -> datetime | None:
    """Parse an ISO 8601 timestamp (what meta tags and JSON-LD should hold)."""
    value = value.strip()
    if not value or len(value) > 64:
        return None
    candidate = value.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", value) else value
    candidate = re.sub(r"(\.\d{6})\d+", r"\1", candidate)  # more than microseconds
    candidate = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", candidate)  # +0200 -> +02:00
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def parse_date(value: str | None) -> datetime | None:
    """Parse a timestamp written by a machine or a person; None when no date is recognised."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):  # Unix epoch seconds or milliseconds
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    parsed = parse_iso(value)
    if parsed is not None:
        return parsed
    if re.match(r"^[A-Z][a-z]{2}, \d", value):
        try:
            return parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            pass
    slashed = _SLASHED_MACHINE_DATE.match(value)
    if slashed:
        return _from_slashed(slashed)
    return parse_human_date(value)


# Drupal's default meta format, "Thu, 09/25/2025 - 11:38": month first, as its default is,
# unless the first number cannot be a month.
_SLASHED_MACHINE_DATE = re.compile(
    r"^(?:[A-Z][a-z]{2},\s*)?(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>(?:19|20)\d{2})"
    r"(?:\s*-?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}))?$"
)


def _from_slashed(match: re.Match[str]) -> datetime | None:
    first, second = int(match["first"]), int(match["second"])
    month, day = (second, first) if first > 12 else (first, second)
    try:
        return datetime(
            int(match["year"]), month, day, int(match["hour"] or 0), int(match["minute"] or 0)
        )
    except ValueError:
        return None


# Every pattern above spells the year out, in four digits or after a day and a month: text
# without one holds no date (quick scans instead of eight; the two are searched apart because
# one alternation of them has no literal to skip ahead by and scans 5x slower).
_YEAR = re.compile(r"(?:19|20)\d{2}")
_TWO_DIGIT_YEAR = re.compile(r"\.\d{1,2}\.\d\d")


def _may_hold_date(text: str) -> bool:
    return bool(_YEAR.search(text) or _TWO_DIGIT_YEAR.search(text))


def parse_human_date(text: str) -> datetime | None:
    """Find the first date (with its time and zone when written) in human-readable text."""
    text = text[:500]
    if not _may_hold_date(text):
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            parsed = _from_match(match)
            if parsed is not None:
                return parsed
    return None


def find_human_dates(text: str, *, day_first: bool = False) -> list[tuple[int, int, datetime]]:
    """Every full date written in `text` as ``(start, end, value)``, in order of position.

    Where two patterns read overlapping text the earlier-starting (then longer) reading wins.
    `day_first`: a slashed date whose two numbers could each be the month ("03/05/2022") is
    read day first (the page's language writes dates so); else it is no date."""
    found: list[tuple[int, int, datetime]] = []
    if not _may_hold_date(text):
        return found
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parsed = _from_match(match, day_first=day_first)
            if parsed is not None:
                found.append((match.start(), match.end(), parsed))
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[int, int, datetime]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _from_match(match: re.Match[str], *, day_first: bool = False) -> datetime | None:
    groups = match.groupdict()
    if groups.get("yy") and _VERSION.search(
        match.string, max(0, match.start() - 12), match.start()
    ):
        return None  # "Version 1.12.23"
    if groups.get("left"):
        left, right = int(groups["left"]), int(groups["right"])
        if left > 12 and right > 12:
            return None
        if left <= 12 and right <= 12 and not day_first:
            return None  # "3/4/2025": month first in the US, day first elsewhere
        reads_day_first = left > 12 or (day_first and right <= 12)
        groups["month"], groups["day"] = (right, left) if reads_day_first else (left, right)
    name = groups.get("monthname")
    month = MONTH_NUMBERS.get(name.lower().rstrip(".")) if name else None
    if month is None:
        month = int(groups.get("month") or 0)
    try:
        day = int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else _century(int(groups["yy"]))
        hour = int(groups.get("hour") or 0)
        minute = int(groups.get("minute") or 0)
        second = int(groups.get("second") or 0)
        hour = apply_meridiem(hour, groups.get("ampm"))
        zone = zone_from_abbreviation(groups.get("zone"))
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except (TypeError, ValueError):
        return None


def _century(two_digits: int) -> int:
    """The year a two-digit year names: 1970-1999 for 70-99, else 2000-2069."""
    return two_digits + (1900 if two_digits >= CENTURY_PIVOT else 2000)


def time_of_day(text: str) -> tuple[int, int, tzinfo | None] | None:
    """Hour, minute and zone (when written) of a text that is nothing but a time of day
    ("9:25pm", "21:25", "13:43 Uhr", "4:10 p.m. EDT"): the time a page prints apart from
    its date."""
    match = _TIME_OF_DAY.match(text)
    if match is None:
        return None
    hour = apply_meridiem(int(match["hour"]), match["ampm"])
    return hour, int(match["minute"]), zone_from_abbreviation(match["zone"])


def apply_meridiem(hour: int, meridiem: str | None) -> int:
    """Convert a 12-hour clock hour to 24-hour given 'a.m.' / 'pm' (or None)."""
    if not meridiem:
        return hour
    if meridiem.lower().startswith("p"):
        return hour % 12 + 12
    return hour % 12


def zone_from_abbreviation(abbreviation: str | None) -> tzinfo | None:
    """The zone a well-known abbreviation names: a fixed offset for one that names its season
    ('EDT'), the region's zone for one that does not ('ET'); None for others, and when the
    system has no zone database."""
    if not abbreviation:
        return None
    hours = ZONE_ABBREVIATIONS.get(abbreviation.upper())
    if hours is not None:
        return timezone(timedelta(hours=hours))
    region = SEASONLESS_ZONES.get(abbreviation.upper())
    try:
        return ZoneInfo(region) if region else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


# Languages whose numeric dates put the day first ("03/05/2022" is 3 May), by BCP 47 primary
# subtag; English does so outside the US (by region).
DAY_FIRST_LANGUAGES = frozenset(
    {"de", "fr", "es", "pt", "it", "nl", "ru", "uk", "pl", "cs", "sk", "tr", "fi", "sv", "da",
     "no", "nb", "nn", "el", "ro", "bg", "hr", "sr", "sl", "et", "lv", "lt", "id", "ms", "vi",
     "ca", "eu", "gl", "is", "ga", "cy", "he", "ar"}
)  # fmt: skip
DAY_FIRST_ENGLISH_REGIONS = frozenset(
    {"gb", "uk", "ie", "au", "nz", "in", "za", "ng", "ke", "sg", "hk", "pk"}
)


def writes_day_first(language: str | None) -> bool:
    """Whether pages in `language` (a BCP 47 tag: "pt-BR", "en-GB") write numeric dates day
    first; False when unknown (and for US English)."""
    if not language:
        return False
    primary, _, region = language.lower().replace("_", "-").partition("-")
    if primary == "en":
        return region[:2] in DAY_FIRST_ENGLISH_REGIONS
    return primary in DAY_FIRST_LANGUAGES


def date_from_url(url: str | None) -> datetime | None:
    """A date written in a URL path (``/2023/09/19/``, ``/2023/october/03/``), as a naive
    midnight."""
    if not url:
        return None
    match = URL_DATE.search(url)
    if match:
        month = int(match["month"])
    elif match := URL_NAMED_MONTH_DATE.search(url):
        month = MONTH_NUMBERS[match["month"].lower()]
    else:
        return None
    try:
        return datetime(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None


def is_after(value: datetime, reference: datetime) -> bool:
    """True when `value` is later than `reference`, comparing naive values as UTC."""
    left = value if value.tzinfo else value.replace(tzinfo=UTC)
    right = reference if reference.tzinfo else reference.replace(tzinfo=UTC)
    return left > right
