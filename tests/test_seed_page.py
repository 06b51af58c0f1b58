"""The seed page (../shared/seed) lands field by field, on both RebelMouse renderings.

Expected values are read from the seed text itself, following the table in its README, so the
test states where every part of the page belongs rather than what the extractor happened to do.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.goldens import FIXTURES, extract_fixture

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_53411e3b6411ed5d.txt"
RENDERINGS = ["responsiblestatecraft", "responsiblestatecraft-alt"]
BOILERPLATE = [
    "Follow us on social",
    "Trump transition",
    "Newsletter",
    "Subscribe now",
    "keep reading",
    "Show less",
    "Share on",
]
EDT = timezone(timedelta(hours=-4))


def _seed_lines() -> list[str]:
    if not SEED.exists():
        pytest.skip(f"seed text not found at {SEED}")
    return [line for line in SEED.read_text(encoding="utf-8").split("\n") if line.strip()]


@pytest.fixture(params=RENDERINGS)
def page(request: pytest.FixtureRequest) -> dict[str, Any]:
    return extract_fixture(FIXTURES / request.param)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _words(text: str) -> str:
    """Text as its words only, so a caption split into caption + credit still matches."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _images(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        found = [value] if "caption" in value and "credit" in value else []
        return found + [i for item in value.values() for i in _images(item)]
    if isinstance(value, list):
        return [i for item in value for i in _images(item)]
    return []


def test_header_fields(page: dict[str, Any]) -> None:
    article = page["article"]
    assert article["title"] == "Armenians' fate in Nagorno-Karabakh hangs in the balance"
    assert article["subtitle"] == (
        "Azerbaijan launches military assault while Russia is distracted in Ukraine"
    )
    assert article["tags"] == ["Armenia", "Azerbaijan", "Nagorno-Karabakh"]
    assert (article["kind"], article["section"]) == ("Analysis", "QiOSK")
    assert [a["name"] for a in article["authors"]] == ["Anatol Lieven", "Artin Dersimonian"]
    published = datetime.fromisoformat(article["published"])
    assert published.date().isoformat() == "2023-09-19"
    assert published.utcoffset() == timedelta(hours=-4)
    assert page["site_name"] == "Responsible Statecraft"
    assert page["language"] == "en"
    assert page["page_type"] == "article"


def test_update(page: dict[str, Any]) -> None:
    lines = _seed_lines()
    update_line = next(line for line in lines if line.startswith("Update 9/19"))
    assert len(page["updates"]) == 1
    update = page["updates"][0]
    assert update["label"] == "Update 9/19, 2 p.m."
    assert datetime.fromisoformat(update["timestamp"]) == datetime(2023, 9, 19, 14, tzinfo=EDT)
    assert update["text"] == update_line.split(": ", 1)[1]
    assert "Update 9/19" not in page["article"]["text"]


def test_body(page: dict[str, Any]) -> None:
    lines = _seed_lines()
    first = lines.index(next(line for line in lines if line.startswith("It appears")))
    last = lines.index(next(line for line in lines if line.startswith("What the fate")))
    paragraphs = [block["text"] for block in page["article"]["blocks"]]
    assert paragraphs == lines[first : last + 1]
    assert page["article"]["text"] == "\n\n".join(lines[first : last + 1])


def test_editors_note(page: dict[str, Any]) -> None:
    lines = _seed_lines()
    note_line = next(line for line in lines if line.startswith("Editor's Note:"))
    assert page["editor_notes"] == [
        {"kind": "editors_note", "label": "Editor's Note", "text": note_line.split(": ", 1)[1]}
    ]
    assert "Editor's Note" not in page["article"]["text"]


def test_lead_image(page: dict[str, Any]) -> None:
    image = page["article"]["lead_image"]
    assert image["caption"].startswith("Protesters gather near the government building")
    assert image["caption"].endswith("September 19, 2023.")
    assert image["credit"] == (
        "Vahram Baghdasaryan/Photolure via REUTERS ATTENTION EDITORS - "
        "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY."
    )


def test_teaser_cards(page: dict[str, Any]) -> None:
    teasers = page["teasers"]
    assert [t["title"] for t in teasers] == [
        "The Senate blocks 'poorly crafted' ICC sanctions bill",
        "Sen.Cotton on Tulsi: Don't 'impugn her patriotism or integrity'",
        "Why is Project 2025 concerned with Djibouti?",
    ]
    assert [t["label"] for t in teasers] == ["Analysis | QiOSK", "Latest", "Africa"]
    assert [t["section"] for t in teasers] == ["QiOSK", "Latest", "Africa"]
    assert teasers[0]["excerpt"].startswith("The Senate voted Tuesday against advancing H.R. 23")
    assert teasers[0]["excerpt"].endswith("committed against Palestinians in Gaza.")
    assert teasers[1]["image"]["credit"] == "REUTERS/Jeenah Moon"
    assert teasers[0]["image"]["credit"] == "Mandatory Credit: US Senate Television via CNP"
    assert teasers[2]["image"]["caption"].startswith("Top image credit: CAMP LEMONNIER")
    for teaser in teasers:
        assert teaser["url"].startswith("https://responsiblestatecraft.org/")
        assert teaser["image"]["url"].startswith("https://")
        assert "\n\n" in teaser["excerpt"]  # both excerpt paragraphs, in order


def test_no_boilerplate_in_any_field(page: dict[str, Any]) -> None:
    text = json.dumps(_strings(page), ensure_ascii=False).casefold()
    for phrase in BOILERPLATE:
        assert phrase.casefold() not in text, phrase
    assert "latest" not in page["article"]["text"].casefold()


def test_every_seed_line_lands_somewhere(page: dict[str, Any]) -> None:
    """Each non-boilerplate line of the seed text appears in some field of the output."""
    values = _strings(page)
    values += [f"{image['caption']} {image['credit']}" for image in _images(page)]
    everything = "\n".join(_words(value) for value in values)
    widget_lines = {
        "keep readingShow less",
        "Trump transition",
        "Newsletter",
        "Latest",
        "Follow us on social",
        "Armenia Azerbaijan Nagorno-Karabakh",
    }
    for line in _seed_lines():
        if line in widget_lines or line.startswith("Subscribe now"):
            continue
        pieces = line.split(" | ")
        for piece in pieces:
            label_free = (
                piece.split(": ", 1)[1] if piece.startswith(("Update", "Editor")) else piece
            )
            assert _words(label_free) in everything, line[:80]
