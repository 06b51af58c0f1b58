"""Update labels, editor's-note labels, and date parsing, one rule at a time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from scraper.dates import date_from_url, parse_date
from scraper.extractors.notes import parse_note
from scraper.extractors.updates import parse_update

EDT = timezone(timedelta(hours=-4))
PUBLISHED = datetime(2023, 9, 19, 11, 46, tzinfo=EDT)
BODY = "A United States official said that talks will be held in the next 24 hours."


@pytest.mark.parametrize(
    ("text", "label", "timestamp"),
    [
        (f"Update 9/19, 2 p.m.: {BODY}", "Update 9/19, 2 p.m.",
         datetime(2023, 9, 19, 14, tzinfo=EDT)),
        (f"UPDATE: {BODY}", "UPDATE", None),
        (f"Updated at 14:05 GMT: {BODY}", "Updated at 14:05 GMT",
         datetime(2023, 9, 19, 14, 5, tzinfo=UTC)),
        (f"Update (Sept. 20): {BODY}", "Update (Sept. 20", datetime(2023, 9, 20, tzinfo=EDT)),
        (f"Editor's update, 9/21 at 10:30 a.m.: {BODY}", "Editor's update, 9/21 at 10:30 a.m.",
         datetime(2023, 9, 21, 10, 30, tzinfo=EDT)),
        (f"Update 1/3: {BODY}", "Update 1/3", datetime(2024, 1, 3, tzinfo=EDT)),
    ],
)  # fmt: skip
def test_update_labels(text: str, label: str, timestamp: datetime | None) -> None:
    published = PUBLISHED if "1/3" not in text else PUBLISHED.replace(month=12)
    update = parse_update(text, published, None)
    assert update is not None
    assert update.label.rstrip(")") == label.rstrip(")")
    assert update.timestamp == timestamp
    assert update.text == BODY


def test_update_without_page_zone_stays_naive() -> None:
    update = parse_update(f"Update 9/19, 2 p.m.: {BODY}", PUBLISHED.replace(tzinfo=None), None)
    assert update is not None and update.timestamp == datetime(2023, 9, 19, 14)


def test_site_zone_is_used_when_the_page_gives_only_utc() -> None:
    utc = PUBLISHED.astimezone(UTC)
    update = parse_update(f"Update 9/19, 2 p.m.: {BODY}", utc, EDT)
    assert update is not None and update.timestamp == datetime(2023, 9, 19, 14, tzinfo=EDT)


@pytest.mark.parametrize(
    "text",
    [
        "Updated: September 20, 2023",  # a modified date, not a note
        "Update your browser to see this page.",
        "Updates to the iOS app arrive weekly for everyone.",
    ],
)
def test_not_updates(text: str) -> None:
    assert parse_update(text, PUBLISHED, None) is None


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        ("Editor's Note: The author was an intern.", "editors_note", "Editor's Note"),
        ("Editor’s note — The author was an intern.", "editors_note", "Editor’s note"),
        ("Correction: An earlier version misspelled a name.", "correction", "Correction"),
        ("CLARIFICATION: The report was published in May.", "clarification", "CLARIFICATION"),
        ("Disclosure: The author owns shares.", "disclosure", "Disclosure"),
        ("An earlier version of this article misstated the date.", "correction", None),
        ("This story has been updated to add a statement.", "editors_note", None),
    ],
)
def test_note_labels(text: str, kind: str, label: str | None) -> None:
    note = parse_note(text)
    assert note is not None and (note.kind, note.label) == (kind, label)


@pytest.mark.parametrize(
    "text", ["Corrections are made daily by our staff.", "Notes from the field", "Editorial"]
)
def test_not_notes(text: str) -> None:
    assert parse_note(text) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-09-19T11:46:12-04:00", datetime(2023, 9, 19, 11, 46, 12, tzinfo=EDT)),
        ("2023-09-19T15:46:12Z", datetime(2023, 9, 19, 15, 46, 12, tzinfo=UTC)),
        ("2023-09-19 11:46:12.000000", datetime(2023, 9, 19, 11, 46, 12)),
        ("2023-09-19T11:46:12+0200", datetime(2023, 9, 19, 11, 46, 12,
                                              tzinfo=timezone(timedelta(hours=2)))),
        ("September 19, 2023", datetime(2023, 9, 19)),
        ("Sept. 19, 2023 at 2:05 p.m. EDT", datetime(2023, 9, 19, 14, 5, tzinfo=EDT)),
        ("19. September 2023", datetime(2023, 9, 19)),
        ("19.09.2023, 14:05", datetime(2023, 9, 19, 14, 5)),
        ("Tue, 19 Sep 2023 14:05:00 GMT", datetime(2023, 9, 19, 14, 5, tzinfo=UTC)),
        ("not a date", None),
    ],
)  # fmt: skip
def test_parse_date(raw: str, expected: datetime | None) -> None:
    assert parse_date(raw) == expected


def test_date_from_url() -> None:
    assert date_from_url("https://x.org/2023/09/19/story/") == datetime(2023, 9, 19)
    assert date_from_url("https://x.org/2023/13/45/story/") is None
    assert date_from_url("https://x.org/story-2023") is None
