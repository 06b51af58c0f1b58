"""Update labels, editor's-note labels, and date parsing, one rule at a time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import scraper
from scraper.dates import (
    date_from_url,
    find_human_dates,
    parse_date,
    parse_human_date,
    writes_day_first,
)
from scraper.extractors.body import is_furniture_line
from scraper.extractors.notes import parse_note, split_notes
from scraper.extractors.updates import (
    is_update_label_line,
    parse_update,
    resolve_label_time,
    split_updates,
)
from scraper.models import Block, HeadingBlock, ParagraphBlock

EDT = timezone(timedelta(hours=-4))
PST = timezone(timedelta(hours=-8))
PUBLISHED = datetime(2023, 9, 19, 11, 46, tzinfo=EDT)
BODY = "A United States official said that talks will be held in the next 24 hours."
STORY = [ParagraphBlock(text="The fund was set up in 2019 by the town council.")]


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
        (f"[Update] {BODY}", "Update", None),  # a closing bracket, no separator
        (f"[Update 9/20] {BODY}", "Update 9/20", datetime(2023, 9, 20, tzinfo=EDT)),
        (f"Update — 5:30 p.m.: {BODY}", "Update — 5:30 p.m.",
         datetime(2023, 9, 19, 17, 30, tzinfo=EDT)),  # the time after the dash is the label's
        # a full date and time after the dash, in a zone named without its season ("ET"):
        # summer time in September, standard time in December
        (f"UPDATE — Wednesday, Sept. 20, 2023, 3:15 p.m. ET: {BODY}",
         "UPDATE — Wednesday, Sept. 20, 2023, 3:15 p.m. ET",
         datetime(2023, 9, 20, 15, 15, tzinfo=EDT)),
        (f"Update — Dec. 4, 2023, 9 a.m. ET: {BODY}", "Update — Dec. 4, 2023, 9 a.m. ET",
         datetime(2023, 12, 4, 9, tzinfo=timezone(timedelta(hours=-5)))),
        (f"Update 3:15 p.m. {BODY}", "Update 3:15 p.m.",
         datetime(2023, 9, 19, 15, 15, tzinfo=EDT)),  # a clock time, then a sentence
        (f"Aktualisierung, 14.20 Uhr: {BODY}", "Aktualisierung, 14.20 Uhr",
         datetime(2023, 9, 19, 14, 20, tzinfo=EDT)),  # "14.20 Uhr" is a time, not a date
        (f"Update 14.30 uur: {BODY}", "Update 14.30 uur",
         datetime(2023, 9, 19, 14, 30, tzinfo=EDT)),
        (f"Atualização, 15h20: {BODY}", "Atualização, 15h20",
         datetime(2023, 9, 19, 15, 20, tzinfo=EDT)),
        (f"UPDATES: {BODY}", "UPDATES", None),
        (f"Päivitetty klo 16.40: {BODY}", "Päivitetty klo 16.40",
         datetime(2023, 9, 19, 16, 40, tzinfo=EDT)),  # Finnish, "klo": the clock
        (f"Aggiornamento ore 18.40 — {BODY}", "Aggiornamento ore 18.40",
         datetime(2023, 9, 19, 18, 40, tzinfo=EDT)),  # "ore 18.40": a time
        (f"Update 19.09.2023, 8:41: {BODY}", "Update 19.09.2023, 8:41",
         datetime(2023, 9, 19, 8, 41, tzinfo=EDT)),  # dotted dates are day first
        (f"[Update, Sept. 20, 8.45pm: {BODY}]", "Update, Sept. 20, 8.45pm",
         datetime(2023, 9, 20, 20, 45, tzinfo=EDT)),  # the closing bracket is not the text's
        (f"Actualização às 20h15: {BODY}", "Actualização às 20h15",
         datetime(2023, 9, 19, 20, 15, tzinfo=EDT)),
        (f"Uuendatud kell 14.20: {BODY}", "Uuendatud kell 14.20",
         datetime(2023, 9, 19, 14, 20, tzinfo=EDT)),
        (f"Updated to add at 1645 UTC: {BODY}", "Updated to add at 1645 UTC",
         datetime(2023, 9, 19, 16, 45, tzinfo=UTC)),  # what changed, then a 24-hour time
        (f"GÜNCELLEME (17.20) {BODY}", "GÜNCELLEME (17.20)",
         datetime(2023, 9, 19, 17, 20, tzinfo=EDT)),  # a time in parentheses, no colon
        # a dotted pair that would date the update months from its story is the time ...
        (f"GÜNCELLEME (15.05) {BODY}", "GÜNCELLEME (15.05)",
         datetime(2023, 9, 19, 15, 5, tzinfo=EDT)),
        (f"Aktualizacja, godz. 17.05: {BODY}", "Aktualizacja, godz. 17.05",
         datetime(2023, 9, 19, 17, 5, tzinfo=EDT)),  # and "godz." says so anyway
        (f"Actualización, 17.10 horas: {BODY}", "Actualización, 17.10 horas",
         datetime(2023, 9, 19, 17, 10, tzinfo=EDT)),
        (f"Update 17u10: {BODY}", "Update 17u10", datetime(2023, 9, 19, 17, 10, tzinfo=EDT)),
        # ... but a day near the story's, or closed by a dot as German dates are, is a date
        (f"Update 20.09: {BODY}", "Update 20.09", datetime(2023, 9, 20, tzinfo=EDT)),
        (f"Update 17.05.: {BODY}", "Update 17.05.", datetime(2023, 5, 17, tzinfo=EDT)),
        (f"Aktualizováno v 16:20: {BODY}", "Aktualizováno v 16:20",
         datetime(2023, 9, 19, 16, 20, tzinfo=EDT)),
        (f"Doplněno 12:35: {BODY}", "Doplněno 12:35", datetime(2023, 9, 19, 12, 35, tzinfo=EDT)),
        (f"Frissítés (14:20): {BODY}", "Frissítés (14:20",
         datetime(2023, 9, 19, 14, 20, tzinfo=EDT)),
        (f"Updated 9/19/2023, 5:40 pm EST: {BODY}", "Updated 9/19/2023, 5:40 pm EST",
         datetime(2023, 9, 19, 17, 40, tzinfo=timezone(timedelta(hours=-5)))),
        # a 24-hour time and a full stop, then the text (Ukrainian, Bulgarian)
        (f"Оновлено о 15:20. {BODY}", "Оновлено о 15:20",
         datetime(2023, 9, 19, 15, 20, tzinfo=EDT)),
        (f"Обновена в 17:10 ч. {BODY}", "Обновена в 17:10 ч.",
         datetime(2023, 9, 19, 17, 10, tzinfo=EDT)),
        (f"Дополнено в 15:40. {BODY}", "Дополнено в 15:40",  # Russian ("supplemented")
         datetime(2023, 9, 19, 15, 40, tzinfo=EDT)),
        (f"Uppfært klukkan 16:35: {BODY}", "Uppfært klukkan 16:35",
         datetime(2023, 9, 19, 16, 35, tzinfo=EDT)),
        # what was updated, before the participle
        (f"Uudist täiendatud kell 16.20: {BODY}", "Uudist täiendatud kell 16.20",
         datetime(2023, 9, 19, 16, 20, tzinfo=EDT)),
        (f"Story updated at 4:10 p.m.: {BODY}", "Story updated at 4:10 p.m.",
         datetime(2023, 9, 19, 16, 10, tzinfo=EDT)),
        # lenticular brackets, and a time in parentheses after them
        (f"【更新 9/19 16:20】{BODY}", "更新 9/19 16:20",
         datetime(2023, 9, 19, 16, 20, tzinfo=EDT)),
        (f"【追記】（9月19日18時30分）{BODY}", "追記 （9月19日18時30分）", None),
        # a genitive month after the day; a full-width colon after a parenthesised date
        (f"Обновлено 19 сентября, 16:20: {BODY}", "Обновлено 19 сентября, 16:20",
         datetime(2023, 9, 19, 16, 20, tzinfo=EDT)),
        (f"追記（2023/09/19 18:30）：{BODY}", "追記（2023/09/19 18:30）",
         datetime(2023, 9, 19, 18, 30, tzinfo=EDT)),
        # the time first, as Chinese and Japanese sites print it
        (f"【17:35更新】{BODY}", "17:35更新", datetime(2023, 9, 19, 17, 35, tzinfo=EDT)),
        (f"【9月19日18時30分追記】{BODY}", "9月19日18時30分追記", None),
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


def test_the_site_zone_follows_summer_time_to_the_updates_day() -> None:
    # published on Saturday 26 October 2024 in Warsaw (CEST, +02:00), updated on Monday 28th,
    # after the clocks went back (CET, +01:00)
    warsaw = ZoneInfo("Europe/Warsaw")
    published = datetime(2024, 10, 26, 10, 20, tzinfo=timezone(timedelta(hours=2)))
    update = parse_update(f"Aktualizacja 28.10.2024, godz. 9:10: {BODY}", published, warsaw)
    assert update is not None and update.timestamp is not None
    assert update.timestamp.utcoffset() == timedelta(hours=1)
    # a page offset that is not the site zone's at the time is kept as the page gives it
    update = parse_update(f"Update 10/28, 9:10 a.m.: {BODY}", published, EDT)
    assert update is not None and update.timestamp is not None
    assert update.timestamp.utcoffset() == timedelta(hours=2)


def _story(paragraphs: int) -> list[Block]:
    return [ParagraphBlock(text=f"{BODY} Paragraph {n}.") for n in range(paragraphs)]


def test_a_time_only_update_under_the_latest_news_at_the_head_is_of_the_articles_day() -> None:
    # Patch: newest first at the top, "4:10 p.m." is not later on the 20th than "9:30 a.m."
    head = [
        ParagraphBlock(text=f"UPDATE, Sept. 20, 9:30 a.m.: {BODY}"),
        ParagraphBlock(text=f"UPDATE, 4:10 p.m.: {BODY}"),
    ]
    updates, _ = split_updates([*head, *_story(4)], PUBLISHED, None)
    assert [u.timestamp for u in updates] == [
        datetime(2023, 9, 20, 9, 30, tzinfo=EDT),
        datetime(2023, 9, 19, 16, 10, tzinfo=EDT),
    ]
    # Soledad: the latest update at the head, a time-only one down in the story
    blocks = [
        ParagraphBlock(text=f"UPDATE (Sept. 20, 10:05am): {BODY}"),
        *_story(3),
        ParagraphBlock(text=f"UPDATE 4:15pm: {BODY}"),
        *_story(2),
    ]
    updates, _ = split_updates(blocks, PUBLISHED, None)
    assert updates[1].timestamp == datetime(2023, 9, 19, 16, 15, tzinfo=EDT)


def test_a_time_only_update_in_a_newest_first_run_takes_the_day_above_it() -> None:
    # Ippen: "Update vom 20. September, 9:05 Uhr" over "Update, 7:30 Uhr": the same morning
    blocks = [
        *_story(1),
        ParagraphBlock(text=f"Update vom 20. September 2023, 9:05 Uhr: {BODY}"),
        ParagraphBlock(text=f"Update, 7:30 Uhr: {BODY}"),
        *_story(3),
    ]
    updates, _ = split_updates(blocks, PUBLISHED, None)
    assert updates[1].timestamp == datetime(2023, 9, 20, 7, 30, tzinfo=EDT)


@pytest.mark.parametrize(
    "text",
    [
        "Updated: September 20, 2023",  # a modified date, not a note
        "Update your browser to see this page.",
        "Updates to the iOS app arrive weekly for everyone.",
        "Updated at 2:45 p.m. ET with comment from the mayor's office.",  # a note (below)
        "Update 3:15 p.m. was when the alarm went off, said the fire chief.",
        "Updating the firmware: first, unplug the router and wait ten seconds.",
        "Updated guidance: the agency now recommends two doses for everyone over 65.",
        "Aktualisiert am 11. April 2024, 19:05 UhrQuelle: ZEIT ONLINE, dpa, AFP, 87 Kommentare",
        "Updated: Thursday, March 7, 2024, 6:10 PM IST",  # a dateline with enough words
        "अपडेटेड: 07 मार्च 2024, 6:10 PM IST",  # "Updated", not the noun "अपडेट" and a sign
        "Оновлено о 15:20. у департаменті уточнили, що перші тендери оголосять",  # no sentence
        "Update often: adjust your price book quarterly for labor and material costs.",
        # a dateline, then the page's affiliate disclosure
        "Last updated: January 12, 2026. If you buy through my links, I may receive a commission.",
    ],
)
def test_not_updates(text: str) -> None:
    assert parse_update(text, PUBLISHED, None) is None


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Update", True),
        ("UPDATE:", True),
        ("Update note", True),
        ("Update, Sept. 21, 9:40 a.m.", True),
        ("Update — Monday", True),
        ("Update containers on the network", False),  # a how-to's heading
        ("Updated September 2025", False),  # the page's dateline
        ("Updated 3:45 p.m.", True),
        ("Updates come amid user blowback over the company's Pentagon deal.", False),
    ],
)
def test_update_label_lines_say_when(line: str, label: bool) -> None:
    assert is_update_label_line(HeadingBlock(level=2, text=line)) is label


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
        ("Updated at 2:45 p.m. ET with comment from the mayor.", "editors_note", None),
        (
            "Korjaus 20.9. klo 9.15: Jutussa kerrottiin aiemmin virheellisesti.",
            "correction",
            "Korjaus 20.9. klo 9.15",
        ),  # a date between the label and its colon
        ("Correction 2/28/2024, 10:15 am EST: The vote was Tuesday.", "correction",
         "Correction 2/28/2024, 10:15 am EST"),
        ("Correction (March 8, 2024): The vote was Tuesday.", "correction",
         "Correction (March 8, 2024)"),
        ("Editor's note, Oct. 3: This story was updated.", "editors_note", "Editor's note, Oct. 3"),
        ("CORRECTION — Sept. 20, 2023: The story misnamed the firm.", "correction",
         "CORRECTION — Sept. 20, 2023"),
        ("Corrections & Clarifications: A story misnamed the firm.", "correction",
         "Corrections & Clarifications"),
        ("Corrections & Amplifications: A story misnamed the firm.", "correction",
         "Corrections & Amplifications"),  # The Wall Street Journal's
        ("Disclosure statement: Jane Doe receives funding.", "disclosure", "Disclosure statement"),
        ("Note: This story has been updated with new figures.", "editors_note", "Note"),
        ("A previous version of this article misstated the date.", "correction", None),
        ("This article was amended on 3 March 2024 to correct a name.", "correction", None),
        ("This article was amended on 3 March 2024 to add a comment.", "editors_note", None),
        # the same labels and sentences in other languages
        ("NDLR : Cet article a été modifié.", "editors_note", "NDLR"),
        ("Nota de la redacción: Este artículo fue actualizado.", "editors_note",
         "Nota de la redacción"),
        ("Errata corrige: il sindaco non si è dimesso.", "correction", "Errata corrige"),
        ("Rectificatie: de burgemeester is niet afgetreden.", "correction", "Rectificatie"),
        ("【訂正】記事の一部に誤りがありました。", "correction", "訂正"),
        ("In einer früheren Version dieses Artikels hieß es, er sei zurückgetreten.", "correction",
         None),
        ("Cet article a été mis à jour le 3 mars.", "editors_note", None),
        ("Een eerdere versie van dit artikel meldde ten onrechte dat hij was afgetreden.",
         "correction", None),
        ("Upřesnění: V dřívější verzi článku jsme uvedli 96. kilometr.", "clarification",
         "Upřesnění"),
        ("Pontosítás: Cikkünk korábbi változatában július 8. szerepelt.", "clarification",
         "Pontosítás"),
        ("[※ 편집자 주 = 연합뉴스는 기획 시리즈를 송고합니다.]", "editors_note", "편집자 주"),
        ("※ 정정 = 기사 네 번째 문단을 바로잡습니다.", "correction", "정정"),
        ("Korrigendum: In einer früheren Version hiess es, die Strasse sei gesperrt.",
         "correction", "Korrigendum"),
        ("Cikkünk korábbi változatában az szerepelt, hogy a lezárás július 8-án kezdődik.",
         "correction", None),
        ("【おことわり】　女性の希望により、記事中では名前を伏せています。", "editors_note",
         "おことわり"),
        ("Correcção: Uma versão anterior desta notícia atribuía as declarações à vice-presidente.",
         "correction", "Correcção"),
        ("Notícia actualizada às 20h15 com a posição do Instituto.", "editors_note", None),
        ("W pierwszej wersji tekstu podaliśmy, że pływalnię oddano w 2011 r.", "correction", None),
        ("Parandus: Artiklis oli varem vale kuupäev.", "correction", "Parandus"),
        ("Koreksi: Berita ini telah diperbaiki.", "correction", "Koreksi"),
        ("Correzione: in una versione precedente di questo articolo si diceva altro.",
         "correction", "Correzione"),
        ("Nota di trasparenza: Ardesia pubblica insieme al Post una collana di saggi.",
         "disclosure", "Nota di trasparenza"),
        ("📌 Correction: In last week's issue I said the plant had closed.", "correction",
         "Correction"),
        ("This release was updated on 5 June 2024 to correct the name of the council.",
         "editors_note", None),
        ("Förtydligande: Kokvarningen gäller endast de centrala delarna.", "clarification",
         "Förtydligande"),
        ("Artiklen er opdateret med reaktion fra fagforbundet 3F.", "editors_note", None),
        ("• This article was amended on 13 March 2024 to clarify that the cap applies to towns.",
         "clarification", None),
        ("This article has been updated to clarify when the new tariff applies.", "editors_note",
         None),
        ("Correction 7.02pm: A previous version of this article misstated the number.",
         "correction", "Correction 7.02pm"),
        ("Transparantie: De Standaard is onderdeel van een groep waarin de familie een belang "
         "heeft.", "disclosure", "Transparantie"),
        ("*Artikel ini telah mengalami perubahan pada judul.", "editors_note", None),
        ("সংশোধনী: এই প্রতিবেদনের আগের সংস্করণে ভুল ছিল।", "correction", "সংশোধনী"),
        # wire-service stock lines
        ("(Corrects spelling of the chief executive's name in fifth paragraph)", "correction",
         None),
        ("(Updates with analyst comment in final paragraph)", "editors_note", None),
        ("Declaração de interesses: a autora integrou o conselho de uma cooperativa.",
         "disclosure", "Declaração de interesses"),
        ("גילוי נאות: בן זוגה של הכותבת מועסק בחברת ייעוץ.", "disclosure", "גילוי נאות"),
        ("Toimetaja märkus: ERR ei avalda bussijuhtide nimesid.", "editors_note",
         "Toimetaja märkus"),
        ("Примітка редакції: редакція надіслала запит до підприємства.", "editors_note",
         "Примітка редакції"),
        ("編按：本報日前報導焚化廠歲修一事。", "editors_note", "編按"),
        ("Fréttin hefur verið uppfærð.", "editors_note", None),
        ("※ 이 기사는 7일 오후 회사의 해명을 반영해 수정했습니다.", "editors_note", None),
        ("※記事初出時、価格を158万円としていましたが、正しくは148万円でした。", "correction", None),
        ("更正啟事：本文原稱受影響旅客約2萬人次。", "correction", "更正啟事"),
        ("अस्वीकरण: इस लेख में दी गई जानकारी सामान्य है।", "disclosure", "अस्वीकरण"),
        ("Nora Vance has no position in any of the stocks mentioned.", "disclosure", None),
        # shopping sites' affiliate lines
        ("We may earn commission from links on this page, but we only recommend products we "
         "back. Why Trust Us?", "disclosure", None),
        ("When you buy through links on our site, we may earn an affiliate commission. Here’s "
         "how it works.", "disclosure", None),
        ("As an Amazon Associate I earn from qualifying purchases.", "disclosure", None),
        ("This post may contain affiliate links. Read our disclosure policy.", "disclosure",
         None),
        ("Every item on this page was chosen by an ELLE Decor editor. We may earn commission on "
         "some of the items you choose to buy.", "disclosure", None),
        ("We independently test everything we recommend. Buying through links on our site "
         "supports our work.", "disclosure", None),
        ("This article includes affiliate links. These links have no influence on our editorial "
         "content.", "disclosure", None),
        ("Purchases made through links earn us a small commission, at no extra cost to you.",
         "disclosure", None),
        ("If you buy something from a Verge link, Vox Media may earn a commission. See our "
         "ethics statement.", "disclosure", None),
        # the marker a country's law asks for, and sponsorship lines
        ("*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.", "disclosure", None),
        ("Anzeige, enthält Affiliate Links", "disclosure", None),
        ("Werbung wegen Markennennung", "disclosure", None),
        ("Bei den mit * markierten Links handelt es sich um Affiliate-Links.", "disclosure",
         None),
        ("Cet article contient des liens affiliés.", "disclosure", None),
        ("Este artículo contiene enlaces de afiliados.", "disclosure", None),
        ("Questo articolo contiene link di affiliazione.", "disclosure", None),
        ("Dit artikel bevat affiliate links.", "disclosure", None),
        ("This post is sponsored by Acme Outdoor. All opinions are my own.", "disclosure", None),
        ("Tekst zaktualizowano o stanowisko Ministerstwa Zdrowia.", "editors_note", None),
        ("Este post foi atualizado às 18h40 para incluir a manifestação da empresa.",
         "editors_note", None),
        # a newsroom's funders
        ("The Associated Press receives support from several private foundations to enhance "
         "its explanatory coverage of elections. The AP is solely responsible for all content.",
         "disclosure", None),
        ("AP’s climate coverage receives financial support from multiple private foundations. "
         "AP is solely responsible for all content.", "disclosure", None),
        ("This project was produced with support from the American Press Institute’s Civic "
         "Discourse and Community Voices Fund.", "disclosure", None),
        ("This story was supported by a grant from the Solutions Journalism Network.",
         "disclosure", None),
    ],
)  # fmt: skip
def test_note_labels(text: str, kind: str, label: str | None) -> None:
    note = parse_note(text)
    assert note is not None and (note.kind, note.label) == (kind, label)


@pytest.mark.parametrize(
    "text",
    [
        "Werbung ist für viele Blogs die wichtigste Einnahmequelle, sagt die Studie.",
        "Anzeigen in Zeitungen kosten heute weniger als vor zehn Jahren.",
        "This post is about sponsored content and how readers see it.",
        # the story's own news about funding
        "The museum receives support from the city and two foundations, its director said.",
        "The project was funded by the state after a long campaign by the residents.",
    ],
)
def test_a_story_about_advertising_is_no_disclosure(text: str) -> None:
    assert parse_note(text) is None


def test_a_paragraph_on_affiliate_income_is_no_disclosure() -> None:
    # a story about the business, long enough to be a paragraph of it, not a disclosure line
    text = (
        "Bloggers have many ways to make money. We may earn commission-like fees from "
        "sponsors, but most income comes from ads. " + "The market grew fast last year. " * 14
    )
    assert parse_note(text) is None


def test_closing_update_runs_to_the_end_of_the_story() -> None:
    """An update near the end takes the paragraphs after it up to the notes that close the
    story; one at the top leaves the story alone."""
    more = [ParagraphBlock(text=f"Paragraph {n} of what followed, at some length.") for n in (1, 2)]
    note = ParagraphBlock(text="Disclosure: The author owns shares in the company.")
    story = [ParagraphBlock(text=f"The story, paragraph {n}.") for n in range(6)]
    updates, rest = split_updates(
        [*story, ParagraphBlock(text=f"Update 9/20: {BODY}"), *more, note], PUBLISHED, None
    )
    assert [u.text for u in updates] == ["\n\n".join([BODY, *(b.text for b in more)])]
    assert rest == [*story, note]
    updates, rest = split_updates([ParagraphBlock(text=f"UPDATE: {BODY}"), *story], PUBLISHED, None)
    assert [u.text for u in updates] == [BODY] and rest == story
    # a note's label on a line of its own ends the update too
    label, note = ParagraphBlock(text="Precisazione"), ParagraphBlock(text="In a first version.")
    updates, rest = split_updates(
        [*story, ParagraphBlock(text=f"Update 9/20: {BODY}"), *more, label, note], PUBLISHED, None
    )
    assert [u.text for u in updates] == ["\n\n".join([BODY, *(b.text for b in more)])]
    assert rest == [*story, label, note]


def test_a_label_opening_a_box_in_every_section_is_part_of_the_sections() -> None:
    """A listicle giving each item an "Updates:" box (the language's latest release) prints no
    notes on the story: the boxes stay in their sections. Undated updates set together, and
    dated ones, are notes wherever they stand."""
    sections: list[Block] = []
    for n, language in enumerate(("Python", "JavaScript", "TypeScript", "Java"), start=1):
        sections += [
            HeadingBlock(level=2, text=f"{n}. {language}"),
            ParagraphBlock(text=f"{language} is one of the most used languages in the survey."),
            ParagraphBlock(text=f"Updates: {language} shipped a new release this year with {BODY}"),
        ]
    updates, rest = split_updates(sections, PUBLISHED, None)
    assert updates == [] and rest == sections
    together = [ParagraphBlock(text=f"Update: {BODY} ({n})") for n in range(3)]
    updates, rest = split_updates([*together, *sections[:2]], PUBLISHED, None)
    assert len(updates) == 3 and rest == sections[:2]
    dated = [
        block if n % 3 != 2 else ParagraphBlock(text=f"Update 9/{18 + n // 3}: {BODY}")
        for n, block in enumerate(sections)
    ]
    updates, rest = split_updates(dated, PUBLISHED, None)
    assert len(updates) == 4 and all(
        isinstance(block, HeadingBlock) or "Update" not in block.text for block in rest
    )


@pytest.mark.parametrize(
    "marker",
    ["Original story follows.", "Original story:", "Știrea inițială:", "(Ursprüngliche Meldung)"],
)
def test_the_line_between_updates_and_the_original_story_is_neither(marker: str) -> None:
    story = [ParagraphBlock(text=f"The story, paragraph {n}.") for n in range(3)]
    updates, rest = split_updates(
        [ParagraphBlock(text=f"Update 9/20: {BODY}"), ParagraphBlock(text=marker), *story],
        PUBLISHED,
        None,
    )
    assert [u.text for u in updates] == [BODY] and rest == story
    # with no update above it, a story's own line stays
    assert (
        split_updates([ParagraphBlock(text=marker), *story], PUBLISHED, None)[1][0].text == marker
    )


def test_label_on_its_own_line_is_not_taken_for_a_dateline() -> None:
    """A dated "Update ..." line (a noun: a label) opens the update in the next paragraph; a
    dated "Updated ..." line (a participle) at the top is the page's dateline."""
    story = "<p>" + "The council met on Monday to debate the riverfront plan. " * 6 + "</p>"
    html = (
        "<html><body><article><h1>Council approves plan</h1><div class='entry-content'>"
        "<p>Updated Feb. 15, 2024, 8:00 a.m.</p>" + story * 2 + "<div class='update-box'>"
        "<p><strong>Update Feb. 14, 2024, 10:05 a.m.</strong></p>"
        f"<p>{BODY}</p></div>" + story + "</div></article></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/news/council-plan")
    assert [(u.label, u.text) for u in page.updates] == [("Update Feb. 14, 2024, 10:05 a.m.", BODY)]
    assert page.article is not None and "Updated Feb. 15" not in page.article.text
    assert page.article.text.startswith("The council met")


def test_a_heading_giving_an_update_s_date_and_title_is_the_update_s_label_and_title() -> None:
    """A blog's "<h2>Update vom 15. Mai 2019: Feinschliff</h2>" is an update's label and title,
    not a dateline dropped from the body: the update holds the title and the paragraph after
    it, as a label on a line of its own would (the list below stays in the story). Headings
    with an undated label ("Update: what changed") or a participle ("Updated May 3, 2024:")
    are a crosshead and a dateline: the paragraph under them stays in the story."""
    story = "<p>" + "Die Klasse schreibt über das Projekt und seine großen Fragen. " * 6 + "</p>"
    section = (
        "<h2>{heading}</h2><p>Nach den Rückmeldungen zum Entwurfstext habe ich für alle noch "
        "Verbesserungsideen:</p><ol><li>Gliedert Euren Text.</li><li>Formuliert ein Fazit.</li>"
        "</ol><h2>Weitere Hinweise</h2>" + story
    )

    def extract(heading: str) -> scraper.Page:
        html = (
            "<html lang='de'><body><article class='post type-post status-publish'>"
            "<h1 class='entry-title'>Projekt: Große Fragen</h1><div class='entry-content'>"
            + story * 2
            + section.format(heading=heading)
            + "</div></article></body></html>"
        )
        return scraper.extract(html, url="https://grossefragen.example.org/projekt/")

    page = extract("Update vom 15. Mai 2019: Feinschliff")
    assert [(u.label, u.timestamp) for u in page.updates] == [
        ("Update vom 15. Mai 2019", datetime(2019, 5, 15))
    ]
    assert page.updates[0].text == (
        "Feinschliff\n\nNach den Rückmeldungen zum Entwurfstext habe ich für alle noch "
        "Verbesserungsideen:"
    )
    assert page.article is not None
    assert "Rückmeldungen" not in page.article.text and "Update vom" not in page.article.text
    assert "Formuliert ein Fazit" in page.article.text
    for crosshead in ("Update: Feinschliff für alle Texte", "Updated May 3, 2024: Feinschliff"):
        page = extract(crosshead)
        assert page.updates == []
        assert page.article is not None and "Rückmeldungen" in page.article.text


@pytest.mark.parametrize("line", ["Correction", "Correction:", "Correction: March 8, 2024"])
def test_note_label_line_takes_the_next_paragraph(line: str) -> None:
    text = "An earlier version of this article misstated the size of the fund."
    notes, rest = split_notes([ParagraphBlock(text=line), ParagraphBlock(text=text), *STORY])
    assert [(n.kind, n.label, n.text) for n in notes] == [("correction", "Correction", text)]
    assert rest == STORY


@pytest.mark.parametrize(
    "text",
    [
        "Corrections are made daily by our staff.",
        "Notes from the field",
        "Editorial",
        "Corrections officers said the inmate escaped.",
        "Note: prices may vary.",
        "Precision: Water Flow",  # a product's specification, not the French "Précision"
        "Disclosure is important for investors, she said.",
        "The company updates its fleet guidance every quarter.",  # no parentheses, no note
        "Transparenz: Demokratie braucht Parteien, die transparent sind.",  # a heading word
        "When you buy a house, the links between price and rate matter; we get that.",
        "We may earn more than we expected this quarter, the chief executive said.",
    ],
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
        ("2024年3月12日 17時30分", datetime(2024, 3, 12, 17, 30)),
        ("2024년 3월 12일", datetime(2024, 3, 12)),
        ("14 maart 2024", datetime(2024, 3, 14)),
        ("12. jun. 2024 kl. 11.40", datetime(2024, 6, 12, 11, 40)),
        ("Le 18 avril 2024 à 13h50", datetime(2024, 4, 18, 13, 50)),
        ("2023 Jan 7", datetime(2023, 1, 7)),  # a journal's citation date
        ("2023 Jan 7;15(1):e33475", datetime(2023, 1, 7)),
        ("Thu, 09/25/2025 - 11:38", datetime(2025, 9, 25, 11, 38)),  # Drupal's meta format
        ("25/09/2025", datetime(2025, 9, 25)),  # the first number cannot be a month
        ("02/30/2025", None),
        ("05/29/2007 09:49:00", datetime(2007, 5, 29, 9, 49)),  # eHow's publishdate meta
        ("13/11/2025 09:21:40", datetime(2025, 11, 13, 9, 21, 40)),
        ("not a date", None),
    ],
)  # fmt: skip
def test_parse_date(raw: str, expected: datetime | None) -> None:
    assert parse_date(raw) == expected


def test_date_from_url() -> None:
    assert date_from_url("https://x.org/2023/09/19/story/") == datetime(2023, 9, 19)
    assert date_from_url("https://x.org/2023/13/45/story/") is None
    assert date_from_url("https://x.org/story-2023") is None
    # a slug joined to the date by "+" or "_", a file name, a query
    for url in ("https://b.fr/articles/2025-12-15+Rust+GCC", "https://x.org/2025-12-15_notes",
                "https://x.org/a/2025-12-15.html", "https://x.org/2025/12/15?page=2"):  # fmt: skip
        assert date_from_url(url) == datetime(2025, 12, 15), url
    assert date_from_url("https://x.org/2021/05/12345-story") is None  # an id, not a day
    # the month named, as a blog's archive paths print it
    for url in ("https://x.org/knowledge-centre/blog/2023/october/03/how-many-wine-types",
                "https://x.org/2023/Oct/03/story", "https://x.de/2023/oktober/03/"):  # fmt: skip
        assert date_from_url(url) == datetime(2023, 10, 3), url
    assert date_from_url("https://x.org/2023/february/30/story") is None
    assert date_from_url("https://x.org/2023/octopus/03/story") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2/26/2015 7:11 AM PST BY TMZ STAFF", datetime(2015, 2, 26, 7, 11, tzinfo=PST)),
        ("28/11/2025 at 7:07 pm", datetime(2025, 11, 28, 19, 7)),
        ("Updated: 10/31/2024", datetime(2024, 10, 31)),
        # both numbers could be the month: month first in the US, day first elsewhere
        ("3/4/2025", None),
        ("1/2/3/2024", None),
    ],
)
def test_printed_slashed_dates_are_read_when_unambiguous(
    text: str, expected: datetime | None
) -> None:
    assert parse_human_date(text) == expected


def test_slashed_dates_both_numbers_could_be_the_month_are_read_by_the_pages_language() -> None:
    text = "Brasília 03/05/2022 21:44"
    assert find_human_dates(text) == []  # unknown: month first in the US, day first elsewhere
    assert find_human_dates(text, day_first=True) == [(9, 25, datetime(2022, 5, 3, 21, 44))]
    # a date only one reading allows is read so whatever the language
    assert find_human_dates("3/14/2025", day_first=True)[0][2] == datetime(2025, 3, 14)
    assert find_human_dates("14/3/2025")[0][2] == datetime(2025, 3, 14)
    for language in ("pt-BR", "de", "fr-CA", "en-GB", "en_AU", "ru"):
        assert writes_day_first(language), language
    for language in ("en", "en-US", "ja", "zh-CN", "", None):
        assert not writes_day_first(language), language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 августа 2016, 13:43", datetime(2016, 8, 15, 13, 43)),  # Russian
        ("2 листопада 2022 р.", datetime(2022, 11, 2)),  # Ukrainian
        ("11 maja 2021, 11:49", datetime(2021, 5, 11, 11, 49)),  # Polish
        ("1. ledna 2020", datetime(2020, 1, 1)),  # Czech
        ("3. syyskuuta 2023", datetime(2023, 9, 3)),  # Finnish
        ("15 Ağustos 2016", datetime(2016, 8, 15)),  # Turkish
        ("Maja 2021", None),  # a month and a year: no day
    ],
)
def test_printed_dates_with_month_names_after_the_day(text: str, expected: datetime | None) -> None:
    assert parse_human_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kultur, 2.11.22", datetime(2022, 11, 2)),
        ("Von: Björn Jahner | 31.10.23", datetime(2023, 10, 31)),
        ("am 28.01.98, 14:30", datetime(1998, 1, 28, 14, 30)),
        ("erschienen am 28.01.22.", datetime(2022, 1, 28)),  # the sentence's full stop
        # versions and addresses are no dates
        ("Version 1.12.23", None),
        ("v1.12.23", None),
        ("release 2.10.24 notes", None),
        ("1.12.23.4", None),
        ("192.168.1.10", None),
        ("31.13.22", None),
    ],
)
def test_printed_dotted_dates_with_a_two_digit_year(text: str, expected: datetime | None) -> None:
    assert parse_human_date(text) == expected


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("This article was featured in the One Story to Read Today newsletter. Sign up for it "
         "here.", True),
        # ... in other languages, with the verb in its infinitive
        ("Puede escribirnos a nuno@esmateria.com o seguir a Materia en Facebook, Twitter, "
         "Instagram o suscribirse aquí a nuestra newsletter.", True),
        ("Jetzt kostenlos zum Newsletter anmelden und nichts mehr verpassen!", True),
        ("Der Newsletter der Stadt erscheint seit 2019 jeden Freitag.", False),
        ("Mehr zum Thema", True),  # a rail label left behind by its cards
        ("Aktualisiert am 11. April 2024, 19:05 Uhr", True),
        ("The newsletter, which readers can sign up for free, has 40,000 subscribers, and the "
         "council says it will keep sending it every week until the end of the consultation "
         "period, whatever the outcome of the vote on the riverfront plan in May.", False),
        ("Read the full report on the council's website.", False),
        # datelines in other languages, dates glued to the next span's words
        ("14/03/2024 9:15Actualizado al 14/03/2024 16:52", True),
        ("08/05/2024 11h32 · Atualizado há 2 horas", True),
        ("Le 18 avril 2024 à 13h50, modifié le 18 avril 2024 à 18h47", True),
        ("14 maart 2024Leestijd 3 minuten", True),
        ("12. jun. 2024 kl. 11.40Opdateret 12. jun. 2024 kl. 16.10", True),
        # ... glued after a time zone or a time, with reading times
        ("Mar 14, 2024 5:31 PM EDTUpdated on Mar 14, 2024 7:05 PM EDT", True),
        ("Publicerad i dag 10.31Uppdaterad i dag 17.09", True),
        ("09 Maggio 2024 alle 15:402 minuti di lettura", True),
        ("Publish Date: Sun, 10 Mar 2024 06:30 AM (IST)Updated Date: Sun, 10 Mar 2024 11:52 AM "
         "(IST)", True),
        ("The agency updated its rules on March 3, 2024.", False),
        # a short update, its label and text on one line, is no dateline; a dateline is
        ("Updated on Friday, March 15, 2024 8:27 PM CDT: Adds photo, corrects vote count", False),
        ("Updated March 5, 2024 — 4.55pm, first published at 6.02am", True),
        ("Por Rafaela Montenegro, g1 Campinas e Região", True),  # a byline and its newsroom
        ("By and", True),  # a byline whose names were links, taken out with the author boxes
        ("By and by", False),
        # a dateline with its credit, the separators no words
        ("Martes 12 de marzo de 2024 | 15:40 | Por Francisca Irarrázaval, Emol", True),
        ("EN DIRECT", True),  # a live page's badge
        # a template's placeholder text, not what a story says about it
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.", True),
        ("The designer left lorem ipsum in the brochure, and nobody noticed.", False),
        # the site asking for money, a wire story's footnote ...
        ("If you value our reporting, please donate now.", True),
        ("Make a donation", True),
        ("This story was originally published October 8, 2026 at 11:05 AM.", True),
        ("Got a tip? Email lachlan.brierley@canberratimes.com.au", True),
        ("Transport and infrastructure reporter. Got a tip? Email lachlan@example.com.au", True),
        ("The police said they got a tip from a neighbour.", False),
        ("If you spot an error, please let us know at nytnews@nytimes.com.", True),
        ("Hast du einen Fehler gefunden? Dann melde ihn uns.", True),
        ("When we learn of a mistake, we acknowledge it with a correction. If you spot an error, "
         "please let us know at nytnews@nytimes.com. Learn more", True),
        ("Jika ada kesalahan dalam artikel ini, silakan laporkan melalui Pedoman Media Siber.",
         True),
        ("¿Has visto un error? Escríbenos.", True),
        ("When we learn of the results we will tell you.", False),
        # a feedback widget's question, a paper's note of the print edition
        ("How does this make you feel?", True),
        ("What did you think of today's issue?", True),
        ("Was this article helpful?", True),
        ("How does this law make you feel about the council?", False),
        ("Appeared in the April 10, 2024, print edition as 'Camp Stove Maker Recalls Units'.",
         True),
        ("A version of this article appears in print on April 10, 2024, Section A, Page 1 of the "
         "New York edition.", True),
        ("The article appeared in the print edition of a rival paper.", False),
        ("The auditors found an error in the council's accounts.", False),
        # ... not a story's sentences about giving
        ("Please donate to the fund at the town hall.", False),
        ("If you liked the film, you will love the book.", False),
        # a breadcrumb trail printed as a line, from the home page
        ("Accueil > Actualités > Société > Ouagadougou : Les conducteurs de TransOuaga en grève",
         True),
        ("Home » Blog » Recipes", True),
        ("Home is where the heart is > all else / and more / things", False),
        ("JUST NU", True),
        ("Det sker lige nu", True),
        ("مباشر", True),
        # a link to the comments, with their count
        ("Comments (46)", True),
        ("12 Kommentare", True),
        ("Comments on the draft law", False),
        # a list's paging status (DataTables, German shops)
        ("Showing 1 to 10 of 57 entries", True),
        ("Zeige 1 bis 10 (von insgesamt 19 Artikeln)", True),
        ("Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!", True),
        ("Scores ranged from 1 to 10 of the 19 participants", False),
        # a shop's result count (WooCommerce's three wordings)
        ("Showing all 8 results", True),
        ("Showing the single result", True),
        ("Displaying 24 products", True),
        ("Showing all the results of the survey", False),
        # durations, a timeline's year and a sentence opening with "By" stay
        ("3 hours and 30 minutes", False),
        ("March 2024", False),
        ("By Monday, the council had voted on it", False),
        # calls to follow the site elsewhere or to get its app
        ("Follow AP on Facebook, X, Instagram, YouTube and TikTok", True),
        ("Join me on TikTok: @The House Maven", True),
        ("Follow on social media: TikTok || Instagram || Facebook || Newsletter | YouTube", True),
        ("The band's fans follow on social media every move they make.", False),
        ("Folgen Sie uns auf Twitter Liken Sie uns auf Facebook", True),
        ("¡Mira lo que tiene nuestro canal de YouTube!", True),
        ("For the latest stories and breaking news updates download the Nationnews apps for iOS "
         "and Android.", True),
        # ... not sentences about following or apps
        ("Followers on Instagram doubled after the council's video went viral.", False),
        ("The mayor joined the debate on Facebook late on Monday.", False),
        ("Residents can download the council's app to report potholes.", False),
        ("Apple uses an operating system called iOS. You download apps from the App Store", False),
        ("¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete aquí.", True),
        ("Join ST's WhatsApp Channel and get the latest news and must-reads.", True),
        ("CLICK HERE TO GET THE FOX NEWS APP", True),
        # an author box's links, left as lines of their own
        ("View all posts by Maureen Salamon", True),
        ("All articles by Jane Doe", True),
        ("See Full Bio", True),
        ("All stories by the numbers tell a tale of woe in the city. Really.", False),
        ("Full biography of the artist", False),
        ("The minister joined a WhatsApp group of farmers last year.", False),
        # a site's copyright notice
        ("© 2026 Bank of America Corporation. All rights reserved.", True),
        ("Copyright 2019 by bumm film GmbH. Alle Rechte vorbehalten | Impressum", True),
        ("Copyright 2023 Sunbeam Television Corp. This material may not be published, broadcast, "
         "rewritten or redistributed.", True),
        ("Copyright Complexity in a Fragmented World", False),  # a heading about copyright
        ("The label says it reserves all rights to the recordings it bought in 1998.", False),
        # a comment form's prompt
        ("You must be logged in to post a comment.", True),
        ("Create an account or sign in to comment", True),
        ("Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.", True),
        ("The council's new portal asks residents to register before paying parking fines.", False),
        # an ad slot's label, and an affiliate button's note naming where it leads
        ("Advertisement - Continue Reading Below", True),
        ("Advertisement - Page continues below", True),
        ("Story continues below advertisement", True),
        ("The story continues below the fold of the front page.", False),
        ("Links to Travelinsurance.com", True),
        ("Links to the old quarry were cut when the bridge fell.", False),
        # Substack's subscription box, an event's button, a listing's sort menu
        ("Thanks for reading Almost Timely Newsletter! This post is public so feel free to "
         "share it.", True),
        ("Thanks for reading, and see you next week.", False),
        ("Sessions 2026 - April 29–30 · Register now", True),
        ("Voters must register now, the clerk said.", False),
        ("Sort by: Featured Best selling Price, low to high", True),
        # a reading time in English, as "Lesezeit" and "Leestijd" are read
        ("Reading Time: 8 minutes", True),
        ("Reading for 8 minutes a day helps", False),
    ],
)  # fmt: skip
def test_furniture_lines(text: str, furniture: bool) -> None:
    assert is_furniture_line(ParagraphBlock(text=text)) is furniture


def test_note_and_update_boxes_beside_the_story_are_read() -> None:
    """An update in an aside callout inside the story, and a note box set after the story's
    own container: both kept out of the furniture and read."""
    story = "<p>" + "The council met on Monday to debate the riverfront plan. " * 6 + "</p>"
    html = (
        "<html><body><article><h1>Council approves plan</h1><div class='story'>"
        + story
        + "<aside class='callout'><p class='callout-title'>Update, Sept. 20, 6:30 p.m.</p>"
        + f"<p>{BODY}</p></aside>"
        + story
        + "</div><div class='update-note'><p><em>This article has been updated to include "
        + "the council's statement.</em></p></div></article></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/news/council-plan")
    assert [(u.label, u.text) for u in page.updates] == [("Update, Sept. 20, 6:30 p.m.", BODY)]
    assert [(n.kind, n.label) for n in page.editor_notes] == [("editors_note", None)]


def test_note_boxes_after_the_article_element_and_with_a_label_apart_are_read() -> None:
    """A correction box after the <article> that holds the story's container, and an editor's
    note whose label is a span of its own (no colon) over the note's paragraph; the label is
    not taken for the page's section."""
    story = "<p>" + "The council met on Monday to debate the riverfront plan. " * 6 + "</p>"
    html = (
        "<html><body><main><article><h1>Council approves plan</h1>"
        + f"<div class='entry-content'>{story}{story}</div>"
        + "<div class='note'><span class='note-label'>Editor’s Note</span><div class='note-body'>"
        + "<p>This story was produced with the Riverfront Report.</p></div></div></article>"
        + "<div class='post-notes'><p><strong>Correction:</strong> An earlier version of this "
        + "story misstated the plan's cost.</p></div></main></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/news/council-plan")
    assert [(n.kind, n.label, n.text) for n in page.editor_notes] == [
        ("editors_note", "Editor’s Note", "This story was produced with the Riverfront Report."),
        ("correction", "Correction", "An earlier version of this story misstated the plan's cost."),
    ]
    assert page.article.section is None
    assert "Riverfront Report" not in page.article.text


def test_notes_in_a_text_run_split_by_double_line_breaks() -> None:
    """A story set as one text run with <br><br> between paragraphs: the note paragraphs
    are their own paragraphs, and are taken out as notes."""
    story = "The council met on Monday to debate the riverfront plan and its costs. " * 4
    run = (
        "Correction: An earlier version of this report said seven diners were hurt.<br><br>"
        + story
        + "<br><br>"
        + story
        + "<br><br>"
        + "Clarification: The grill said its fire permit was valid at the time.<br>"
    )
    html = (
        "<html><body><article><h1>Council approves plan</h1>"
        f"<div class='story'>{run}</div></article></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/news/council-plan")
    assert [(n.kind, n.label) for n in page.editor_notes] == [
        ("correction", "Correction"),
        ("clarification", "Clarification"),
    ]
    assert page.article is not None and page.article.text.startswith("The council met")


def test_named_note_box_in_a_sidebar_is_read_in_page_order() -> None:
    """The Conversation-style "Disclosure statement" box in the article's sidebar is a note,
    after the story's own correction; a named box before the content comes first."""
    story = "<p>" + "The council met on Monday to debate the riverfront plan. " * 6 + "</p>"
    html = (
        "<html><body><div class='ed-note'><div class='editors-note'><p>Editor's note: This "
        "story is part of a series on the river.</p></div></div><main><article>"
        f"<h1>Council approves plan</h1><div class='content-body'>{story}{story}"
        "<p><em>Correction: this article originally said the vote was on Tuesday.</em></p>"
        "</div><div class='content-sidebar'><div class='republish'><h3>Want to write?</h3>"
        "<p>Write an article and join a growing community.</p></div><div class='disclosure'>"
        "<h3>Disclosure statement</h3><p>Jane Roe receives funding from the River Trust.</p>"
        "</div></div></article></main></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/news/council-plan")
    assert [(n.kind, n.text) for n in page.editor_notes] == [
        ("editors_note", "This story is part of a series on the river."),
        ("correction", "this article originally said the vote was on Tuesday."),
        ("disclosure", "Jane Roe receives funding from the River Trust."),
    ]


def test_a_story_body_named_paywall_is_the_story() -> None:
    """Newsweek-style: the gated story sits in "article-body paywall" (itemprop articleBody);
    it is the body, not a paywall prompt to drop."""
    story = "".join(
        f"<p>Paragraph {n}: dozens of departures were canceled after the ground handler ran "
        "short of de-icing fluid during the first storm of the season.</p>"
        for n in range(8)
    )
    rail = "".join(
        f"<li><a href='/story-{n}-about-something-else-entirely'>Another story number {n} "
        "about something else entirely</a></li>"
        for n in range(8)
    )
    html = (
        "<html><body><article><h1>Denver flights canceled</h1><div class='article-body v_text "
        f"paywall' itemprop='articleBody'>{story}</div></article><aside class='trending'>"
        f"<h2>Trending</h2><ul>{rail}</ul></aside><div class='paywall-prompt'><p>Subscribe "
        "to keep reading.</p></div></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/denver-flights-canceled-2001847")
    assert page.article.text.startswith("Paragraph 0: dozens of departures")
    assert "Subscribe to keep reading" not in page.article.text


def test_a_timed_update_label_on_its_own_line_below_the_story_is_kept() -> None:
    """The Register-style late updates: "Updated at 0930 UTC on May 15" on a line of its own
    after the story is an update's label, not a dateline; a bare date line is still one."""
    story = "".join(f"<p>{BODY} Paragraph {n} of the story.</p>" for n in range(6))
    html = (
        "<html><body><article><h1>Arrays bricked by firmware</h1><div class='body'>"
        f"<p>Updated 15 May 2024</p>{story}<p><strong>Updated to add at 1645 UTC</strong></p>"
        "<p>The vendor has now published a knowledge base article about the fault.</p>"
        "<p><strong>Updated at 0930 UTC on May 15</strong></p><p>A second admin has been in "
        "touch to say the arrays were back on the old firmware.</p></div></article></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/2024/05/14/arrays/")
    assert [u.label for u in page.updates] == [
        "Updated to add at 1645 UTC",
        "Updated at 0930 UTC on May 15",
    ]
    assert "Updated 15 May 2024" not in page.article.text


def test_a_note_box_in_the_footer_furniture_is_read() -> None:
    """MedPage-style "Disclosures" box inside the article's footer (dropped as furniture with
    the author bio around it): read before it goes, after the story's own notes."""
    story = "<p>" + "The council met on Monday to debate the riverfront plan. " * 6 + "</p>"
    html = (
        "<html><body><article><h1>Council approves plan</h1><div class='body'>"
        f"{story}{story}<p><em>This article was updated to include comments from an expert."
        "</em></p></div><footer class='content-footer'><div class='author-bio'><p>Jane Roe "
        "covers the council.</p></div><div class='mpt-disclosures'><h4>Disclosures</h4><p>The "
        "study was funded by the River Trust.</p></div></footer></article></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/news/council-plan")
    assert [(n.kind, n.text) for n in page.editor_notes] == [
        ("editors_note", "This article was updated to include comments from an expert."),
        ("disclosure", "The study was funded by the River Trust."),
    ]


def test_a_disclaimer_in_the_comment_thread_is_not_a_note() -> None:
    story = "<p>" + "The ferry service resumes on Monday after the storm repairs. " * 6 + "</p>"
    html = (
        "<html><head><title>Ferry service resumes</title></head><body><article>"
        f"<h1>Ferry service resumes</h1>{story}"
        "<div id='fb-comments-wrap'><p class='comment-disclaimer'>Disclaimer: Comments do not "
        "represent the views of the paper. We may remove comments.</p></div></article>"
        "</body></html>"
    )
    page = scraper.extract(html, url="https://example.com/news/ferry")
    assert page.editor_notes == []


def test_one_note_in_a_list_and_its_item_is_given_once() -> None:
    story = "<p>" + "Sediment cores show the lake was wetter for a thousand years. " * 6 + "</p>"
    html = (
        "<html><head><title>Lake cores</title></head><body><article><h1>Lake cores</h1>"
        f"{story}</article><section class='c-article-section'><h2>Corrections</h2>"
        "<ul class='c-article-corrections'><li id='correction-0'><p><b>Correction 14 March "
        "2024</b>: An earlier version of this story gave the wrong elevation for the lake.</p>"
        "</li></ul></section></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/articles/lake-cores")
    assert [(n.kind, n.label) for n in page.editor_notes] == [
        ("correction", "Correction 14 March 2024")
    ]


def test_widget_phrases_fit_the_length_a_paragraph_is_ruled_out_by() -> None:
    # is_widget_phrase rules a text out by its count of letters and digits alone: every
    # phrase must be shorter than that
    from scraper.clean import _WIDGET_PHRASES, MAX_WIDGET_RUN_CHARS, is_widget_phrase

    assert max(map(len, _WIDGET_PHRASES)) <= MAX_WIDGET_RUN_CHARS
    assert is_widget_phrase("  Keep   reading ›  ")
    assert is_widget_phrase("keep reading" + " " * 300 + "Show less")
    assert not is_widget_phrase("Keep reading " + "the council's plan for the river. " * 5)


@pytest.mark.parametrize(
    ("text", "widget"),
    [
        ("Show more + Show less –", True),  # a toggle's two states, with its signs
        ("Show less −", True),
        ("Anmelden/Registrieren", True),
        ("Share ▾", True),
        ("A/B testing", False),
        ("1/2", False),
        ("Show more of the council's plan + budget", False),
    ],
)
def test_widget_phrases_with_a_toggles_signs(text: str, widget: bool) -> None:
    from scraper.clean import is_widget_phrase

    assert is_widget_phrase(text) is widget


def test_a_dotted_update_date_just_past_new_year_is_a_date() -> None:
    # "02.01" on a story of 30 December is three days later, not 2 January of the story's year
    published = datetime(2023, 12, 30, 9, 0, tzinfo=EDT)
    assert resolve_label_time("Update 02.01", published, None) == datetime(2024, 1, 2, tzinfo=EDT)


@pytest.mark.parametrize(
    ("label", "day"),
    [
        ("Updated at 10:12 a.m. Thursday", 17),  # the day after a Wednesday story
        ("Update Wednesday, 4 p.m.", 16),  # the story's own day
        ("Mise à jour jeudi, 9 h 40", 17),
        ("Update, 3 p.m.", 16),  # no weekday: the story's day
    ],
)
def test_an_update_label_naming_a_weekday_takes_that_day(label: str, day: int) -> None:
    published = datetime(2024, 10, 16, 8, 0, tzinfo=EDT)  # a Wednesday
    resolved = resolve_label_time(label, published, None)
    assert resolved is not None and resolved.date() == datetime(2024, 10, day).date()


def test_a_dateline_over_a_labelled_update_is_not_its_label() -> None:
    # "Updated March 07, 2024, 11:52 AM" (the page's dateline) over "Update on March 7 at
    # 11:45am: ...": the update is the labelled paragraph, the line above it no label
    published = datetime(2024, 3, 6, 16, 12, tzinfo=timezone(timedelta(hours=8)))
    blocks: list[Block] = [
        ParagraphBlock(text="Updated March 07, 2024, 11:52 AM"),
        ParagraphBlock(text=f"Update on March 7 at 11:45am: {BODY}"),
        ParagraphBlock(text="Residents say the games run past 11pm on weekdays."),
    ]
    updates, _ = split_updates(blocks, published, None)
    assert [u.label for u in updates] == ["Update on March 7 at 11:45am"]
    assert updates[0].timestamp == datetime(2024, 3, 7, 11, 45, tzinfo=published.tzinfo)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Edit (May 3): Three of you wrote in to say the popper has a thermal fuse.",
            "Edit (May 3)",
        ),
        (
            "EDIT 2024-05-03 10:15: the vendor has since replied to all of our questions.",
            "EDIT 2024-05-03 10:15",
        ),
        # an edit without a date is a forum post's aside, and an editor no edit
        ("EDIT: fixed the link, thanks to everyone who wrote in about it.", None),
        ("Editor: Jane Doe wrote this piece in the spring of this year.", None),
    ],
)
def test_a_dated_edit_is_an_update(text: str, label: str | None) -> None:
    update = parse_update(text, PUBLISHED, None)
    assert (update.label if update else None) == label


def test_an_update_box_set_before_the_storys_text_widget_is_an_update() -> None:
    """Elementor: an alert widget titled "Update (12 April 2024)" over its text, in a widget of
    its own before the text-editor widget that holds the story."""
    paragraphs = "".join(
        f"<p>The clay in the back beds took a season of gypsum and mulch to open up, part {n}, "
        "and the council's green-waste compost did most of the work after that.</p>"
        for n in range(8)
    )
    html = (
        "<html lang='en-AU'><head><title>Fixing a clay backyard</title><meta property='og:type'"
        " content='article'><meta property='article:published_time' content='2024-03-28T09:00"
        ":00+11:00'></head><body><article class='post'><h1>Fixing a clay backyard</h1>"
        "<div class='entry-meta'><time datetime='2024-03-28T09:00:00+11:00'>28 March 2024</time>"
        "</div>"
        "<div class='elementor-widget elementor-widget-alert'><div class='elementor-widget-"
        "container'><div class='elementor-alert elementor-alert-info' role='alert'><span class="
        "'elementor-alert-title'>Update (12 April 2024)</span><span class='elementor-alert-"
        "description'>The first big autumn rain arrived on 9 April, and the treated beds had no "
        "standing water by morning.</span></div></div></div>"
        "<div class='elementor-widget elementor-widget-text-editor'><div class='elementor-"
        f"widget-container'>{paragraphs}</div></div></article></body></html>"
    )
    page = scraper.extract(html, url="https://garden.example.com.au/journal/clay-backyard/")
    assert [(u.label, u.timestamp) for u in page.updates] == [
        ("Update (12 April 2024)", datetime(2024, 4, 12, tzinfo=timezone(timedelta(hours=11))))
    ]
    assert page.updates[0].text.startswith("The first big autumn rain")
    assert page.article is not None and "autumn rain" not in page.article.text


def test_the_date_of_an_update_box_under_the_headline_is_not_the_published_date() -> None:
    """ "Update (12 April 2024)" printed first under the headline dates the update: the
    article was published on the day its metadata declares."""
    paragraphs = "".join(
        f"<p>The clay in the back beds took a season of gypsum and mulch to open up, part {n}, "
        "and the council's green-waste compost did most of the work after that.</p>"
        for n in range(8)
    )
    html = (
        "<html lang='en-AU'><head><title>Fixing a clay backyard</title><meta property='og:type'"
        " content='article'><meta property='article:published_time' content='2024-03-28T09:00"
        ":00+11:00'></head><body><article class='post'><h1>Fixing a clay backyard</h1>"
        "<div class='callout'><p><strong>Update (12 April 2024)</strong></p><p>The first big "
        "autumn rain arrived on 9 April, and the treated beds had no standing water.</p></div>"
        f"<div class='entry-content'>{paragraphs}</div></article></body></html>"
    )
    page = scraper.extract(html, url="https://garden.example.com.au/journal/clay-backyard/")
    assert page.article is not None
    assert page.article.published == datetime(2024, 3, 28, 9, tzinfo=timezone(timedelta(hours=11)))
    assert [u.label for u in page.updates] == ["Update (12 April 2024)"]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Actualización (21 de marzo, 11:40)", datetime(2024, 3, 21, 11, 40, tzinfo=EDT)),
        ("Atualização – 6 de março de 2024 (9h15)", datetime(2024, 3, 6, 9, 15, tzinfo=EDT)),
    ],
)
def test_a_label_date_joined_by_de_is_read(label: str, expected: datetime) -> None:
    published = datetime(2024, 3, 20, 9, 0, tzinfo=EDT)
    assert resolve_label_time(label, published, None) == expected


def test_a_czech_date_with_a_space_after_each_dot_is_read() -> None:
    from scraper.dates import parse_human_date

    assert parse_human_date("14. 5. 2024") == datetime(2024, 5, 14)
    assert parse_human_date("Kapitel 3. 4. Absatz") is None


def test_a_box_of_notes_gives_each_note_once() -> None:
    # Semafor's note box, named in camelCase ("styles_editorNote__kF3Dw"): two notes, one a
    # paragraph, not a third note made of both
    html = (
        "<html lang='en'><head><title>Skyvale cuts routes</title></head><body><article>"
        "<h1>Skyvale cuts routes</h1>"
        f"<p>{'Skyvale Air will drop 14 routes from its summer schedule, it said. ' * 5}</p>"
        "<div class='styles_editorNote__kF3Dw'><p><em>This story has been updated to include "
        "comment from the pilots' union.</em></p><p><em>Correction: An earlier version of this "
        "story misstated the number of pilots Skyvale employed in 2022.</em></p></div>"
        "</article></body></html>"
    )
    page = scraper.extract(html, url="https://www.example.com/article/skyvale-cuts-routes")
    assert [(note.kind, note.text[:30]) for note in page.editor_notes] == [
        ("editors_note", "This story has been updated to"),
        ("correction", "An earlier version of this sto"),
    ]
