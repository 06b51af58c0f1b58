"""Editor's notes, corrections, clarifications and disclosures taken out of the body.

A paragraph is a note when it opens with a label from `NOTE_LABELS` ("Editor's Note:",
"Correction:") or is one of the stock sentences in `NOTE_SENTENCES` ("An earlier version of this
article ..."). The label table maps each label to the note's kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import MONTHS, parse_human_date
from ..models import Block, EditorNote, EditorNoteKind, HeadingBlock, ParagraphBlock, QuoteBlock
from ..text import clean_text

# (label pattern, kind); the label must be followed by a colon or a dash.
NOTE_LABELS: tuple[tuple[str, EditorNoteKind], ...] = (
    (r"editor[’'`]?s[’']?\s+note|note\s+from\s+the\s+editors?|editorial\s+note|ed\.?\s+note"
     r"|publisher[’']?s\s+note|note\s+to\s+(?:our\s+)?readers|(?:ethics|transparency)\s+note",
     "editors_note"),
    (r"anmerkung\s+der\s+redaktion|hinweis\s+der\s+redaktion|anm\.\s*d\.\s*red\.?"
     r"|nota\s+del\s+editor|nota\s+de\s+la\s+redacci[oó]n|nota\s+d[oa]\s+(?:editor|redação)"
     r"|note\s+de\s+la\s+rédaction|n\.\s*d\.\s*l\.\s*r\.|ndlr|nota\s+della\s+redazione"
     r"|noot\s+van\s+de\s+redactie|toimituksen\s+huomautus|od\s+redakcji|catatan\s+redaksi"
     r"|edit[öo]r[üu]n\s+notu|redaktionens\s+anmärkning|編集部注|編者按|编者按|편집자\s*주|おことわり|お断り"
     r"|poznámka\s+redakce|poznámka\s+redakcie|szerkesztői\s+megjegyzés|nota\s+redacției"
     r"|napomena\s+uredništva|от\s+редакции|примечание\s+редакции|від\s+редакції"
     r"|примітка\s+редакції",
     "editors_note"),
    (r"corrections?\s*(?:&|and)\s*(?:clarifications?|amplifications?)", "correction"),
    (r"corrections?(?:\s+note)?|korrektur(?:hinweis)?|berichtigung|correcci[oó]n|rectificati(?:f|on|e)"
     r"|correction\s+appended|korjaus|oikaisu|rättelse|rettelse|korreksjon|correctie|rettifica|correzione"
     r"|corre(?:c?ç|cç)[ãa]o|sprostowanie|ralat|erramos|errata(?:\s+corrige)?|erratum"
     r"|fe\s+de\s+err(?:ores|atas)|d[üu]zeltme|訂正(?:しました)?|更正啟事|更正启事|更正|바로잡습니다|정정"
     r"|korrigendum|richtigstellung|oprava|helyesbítés|rectificare|erată|ispravak|popravek"
     r"|διόρθωση|поправка|исправление|виправлення|đính\s+chính",
     "correction"),
    (r"clarifications?|klarstellung|aclaraci[oó]n|précision|täsmennys|precisering"
     r"|verduidelijking|precisazione|esclarecimento|präzisierung|upřesnění|spresnenie|förtydligande"
     r"|pontosítás|precizare|pojašnjenje|уточнение|уточнення", "clarification"),
    # the same labels in more languages (Baltic, Balkan, Nordic, Catalan, Basque, Indonesian
    # and Malay, Hebrew, Arabic, Hindi, Thai, Chinese)
    (r"toimetuse\s+märkus|toimetaja\s+märkus|redakcijas\s+piezīme|redakcijos\s+pastaba|napomena\s+redakcije"
     r"|бележка\s+на\s+редакцията|σημείωση\s+(?:της\s+)?σύνταξης|redaktionel\s+note"
     r"|nota\s+(?:de\s+la\s+redacció|editor)|הערת\s+המערכת|ملاحظة\s+المحرر|संपादक\s+का\s+नोट"
     r"|หมายเหตุบรรณาธิการ|编者注|編註|編按|编按", "editors_note"),
    (r"parandus|labojums|pataisymas|ispravka|leiðrétting|correcció|zuzenketa|koreksi"
     r"|pembetulan|תיקון|تصحيح|सुधार|勘误|সংশোধনী|แก้ไขข้อมูล|แก้ข่าว", "correction"),
    (r"täpsustus|precizējums|patikslinimas|aclariment|klarifikasi|διευκρίνιση|præcisering"
     r"|presisering|הבהרה|توضيح", "clarification"),
    (r"(?:(?:advertising|affiliate|ftc|financial|sponsorship|ethics|full)\s+)?disclosures?"
     r"(?:\s+statement)?|disclaimer|transparenzhinweis|offenlegung|conflicts?\s+of\s+interest"
     r"|(?:nota|note)\s+(?:di|de)\s+(?:trasparenza|transparencia|transparence)"
     r"|transparence|transparencia|transparantie|trasparenza"  # not German "Transparenz"
     r"|अस्वीकरण|डिस्क्लेमर"
     r"|declara(?:ção|ción|cion)\s+de\s+interess?es|conflit(?:o|to)?s?\s+d[ie]\s+interess[ei]s?"
     r"|conflicto\s+de\s+intereses|conflit\s+d[’']intérêts?|déclaration\s+d[’']intérêts?"
     r"|interessenkonflikte?|dichiarazione\s+di\s+interessi|גילוי\s+נאות",
     "disclosure"),
)  # fmt: skip
# What a report is called, in the stock sentences below.
_REPORT = (
    r"(?:article|story|post|report|piece|column|item|headline|video|(?:press\s+)?release"
    r"|newsletter|issue|episode)"
)
NOTE_SENTENCES: tuple[tuple[str, EditorNoteKind], ...] = (
    (rf"(?:due\s+to\s+an?\s+[\w\s]{{1,30}}?\s+error,\s+)?(?:an?\s+)?(?:earlier|previous|prior)"
     rf"\s+version\s+of\s+this\s+{_REPORT}", "correction"),
    (rf"this\s+{_REPORT}\s+(?:has\s+been|was)\s+amended\b.{{1,60}}?\bto\s+clarify\b",
     "clarification"),
    (rf"this\s+{_REPORT}\s+(?:has\s+been|was)\s+(?:corrected"
     r"|amended\b.{1,60}?\b(?:to\s+correct|an\s+earlier\s+version))", "correction"),
    (rf"this\s+{_REPORT}\s+(?:has\s+been|was)\s+(?:updated|amended)", "editors_note"),
    # wire-service stock lines in parentheses: "(Corrects spelling of ...)", "(Updates with ...)"
    (r"(?<=\()(?:corrects|fixes)\b", "correction"),
    (r"(?<=\()(?:updates|adds|recasts|rewrites|refiles)\s+(?:with|to|throughout|\w+\s+in)\b",
     "editors_note"),
    # "Updated at 2:45 p.m. ET with comment from the mayor.": what changed, not a new fact
    (r"updated\s+(?:at|on)\s+(?:[^:\n]|(?<=\d):(?=\d)){1,40}?"
     r"\s+(?:with|to\s+(?:add|include|reflect|correct))\b",
     "editors_note"),
    # the same sentences in the languages of NOTE_LABELS
    (r"in\s+einer\s+(?:früheren|vorherigen|älteren|ersten)\s+(?:version|fassung)"
     r"|une\s+(?:version\s+(?:précédente|antérieure)|précédente\s+version)\s+de\s+cet"
     r"|una\s+versión\s+anterior\s+de\s+(?:este|esta)|uma\s+versão\s+anterior\s+d[ea]st[ea]"
     r"|in\s+una\s+(?:precedente|prima)\s+versione|(?:in\s+)?een\s+eerdere\s+versie\s+van\s+dit"
     r"|i\s+en\s+tidigare\s+version\s+av|i\s+en\s+tidligere\s+versjon\s+av"
     r"|v\s+(?:dřívější|předchozí|pôvodnej|predchádzajúcej)\s+verzi"
     r"|(?:cikkünk|a\s+cikk)\s+(?:korábbi|előző)\s+változatában"
     r"|într-o\s+versiune\s+anterioară|w\s+(?:poprzedniej|pierwszej)\s+wersji",
     "correction"),
    (r"(?:dieser|der)\s+(?:artikel|text|beitrag)\s+wurde\s+(?:korrigiert|berichtigt)"
     r"|cet\s+article\s+a\s+été\s+corrigé|este\s+(?:artículo|texto)\s+(?:ha\s+sido|fue)\s+corregido"
     r"|(?:este\s+(?:texto|artigo)|esta\s+(?:reportagem|matéria|notícia))\s+foi\s+corrigid[oa]"
     r"|(?:questo|l[’'])\s*articolo\s+è\s+stato\s+corretto"
     r"|dit\s+(?:artikel|bericht|stuk)\s+is\s+(?:gecorrigeerd|verbeterd)"
     r"|artikeln\s+har\s+(?:korrigerats|rättats)|artikkelia\s+on\s+(?:korjattu|oikaistu)",
     "correction"),
    (r"(?:dieser|der)\s+(?:artikel|text|beitrag)\s+wurde\s+(?:aktualisiert|ergänzt)"
     r"|cet\s+article\s+a\s+été\s+(?:mis\s+à\s+jour|actualisé|modifié)"
     r"|este\s+(?:artículo|texto)\s+(?:ha\s+sido|fue)\s+actualizad[oa]"
     r"|(?:este\s+(?:texto|artigo|post)|esta\s+(?:reportagem|matéria|notícia))\s+foi\s+a(?:c)?tualizad[oa]"
     r"|(?:notícia|texto|artigo)\s+a(?:c)?tualizad[oa]\s+(?:às|em|a)\b"
     r"|(?:questo|l[’'])\s*articolo\s+è\s+stato\s+aggiornato"
     r"|dit\s+(?:artikel|bericht|stuk)\s+is\s+(?:aangepast|bijgewerkt|geactualiseerd)"
     r"|artikeln\s+har\s+uppdaterats|artikkelia\s+on\s+päivitetty"
     r"|artik(?:len|kelen)\s+er\s+(?:blevet\s+|blitt\s+)?(?:opdateret|oppdatert)"
     r"|artikel\s+ini\s+telah\s+(?:mengalami\s+perubahan|diperbarui)"
     r"|fréttin\s+hefur\s+verið\s+uppfærð|artykuł\s+(?:został|zostal)\s+zaktualizowany"
     r"|(?:tekst|artykuł)\s+zaktualizowano"
     r"|článek\s+byl\s+aktualizován|articolul\s+a\s+fost\s+actualizat"
     r"|(?:материал|статья|новость)\s+(?:был[аи]?\s+)?(?:обновл[её]н[аоы]?|дополнен[аоы]?)"
     r"|(?:новину|матеріал|статтю)\s+(?:було\s+)?(?:оновлено|доповнено)"
     r"|(?:статията|новината|материалът)\s+е\s+(?:обновена|обновен|актуализиран[а]?)"
     r"|(?:vijest|članak)\s+je\s+(?:ažurirana|ažuriran|dopunjena|dopunjen)"
     r"|이\s*기사는\s.{0,80}?(?:수정|업데이트|보완)(?:했습니다|되었습니다|됐습니다)"
     r"|(?:この|本)記事は.{0,40}?(?:更新|追記)しました",
     "editors_note"),
    (r"記事初出時|이\s*기사는\s.{0,80}?정정(?:했습니다|되었습니다|됐습니다)|本文原(?:稱|称)",
     "correction"),
    # shopping sites' affiliate lines: "We may earn commission from links on this page",
    # "When you buy through links on our site, we may earn an affiliate commission", "As an
    # Amazon Associate I earn from qualifying purchases", "This post may contain affiliate links"
    # A lead-in sentence may come first ("Every item on this page was chosen by an ELLE Decor
    # editor.", "We independently test everything we recommend.").
    (r"(?:[^.!?\n]{1,150}[.!?]\s+)?(?:"
     r"(?:we|i)\s+may\s+(?:earn|receive|get)\s+(?:a\s+|an\s+)?(?:small\s+)?(?:affiliate\s+)?"
     r"(?:commission|compensation|revenue)\b"
     r"|(?:when|if)\s+you\s+(?:buy|purchase|shop|click|sign\s+up)\b[^.]{0,40}?"
     r"\b(?:through|via|using|from|on)\s+(?:[\w’']+\s+){0,3}links?\b[^.]{0,40}?"
     r"\b(?:we|i)\s+(?:may\s+|might\s+|could\s+)?(?:earn|receive)\b"
     r"|as\s+an\s+amazon\s+associate,?\s+(?:we|i)\s+earn\s+from\s+qualifying\s+purchases"
     r"|this\s+(?:post|article|page|story|guide)\s+(?:may\s+)?contains?\s+affiliate\s+links"
     r"|(?:this|the|our)\s+(?:post|article|page|story|guide|blog|site|website)\s+(?:includes|uses)"
     r"\s+affiliate\s+links"
     r"|buying\s+through\s+(?:our\s+)?links\b[^.]{0,30}?\b(?:supports|may\s+earn)\b"
     r"|purchases\s+made\s+through\s+(?:our\s+)?links\s+(?:may\s+)?earn\s+us\b"
     r"|if\s+you\s+buy\s+something\s+(?:from|through)\s+an?\s+[\w\s]{1,20}?\s+link,\s+"
     r"(?:[\w’']+\s+){1,3}may\s+earn\s+a\s+commission)",
     "disclosure"),
    # the same lines where the law asks for a marker: German "*Werbung. Dieser Beitrag enthält
    # Werbung für ...", "Anzeige, enthält Affiliate Links", "Werbung wegen Markennennung", "Bei
    # den Verlinkungen handelt es sich um Affiliate-Links"; French, Spanish, Italian, Dutch
    # "this post contains affiliate links"; "This post is sponsored by ..." in each
    (r"(?:\*?(?:unbezahlte\s+|unbeauftragte\s+|bezahlte\s+)?(?:werbung|anzeige)\s*+[.,:/|–-]?\s*+)?"
     r"(?:(?:dieser|der|mein|unser)\s+(?:beitrag|artikel|blogpost|post|text)\s+)?enthält\s+"
     r"(?:sogenannte\s+|unbezahlte\s+|bezahlte\s+)?(?:werbung|anzeigen|affiliate[\s-]?links"
     r"|werbe-?links|provisions-?links|partner-?links|markennennungen)"
     r"|\*?(?:unbezahlte\s+|unbeauftragte\s+)?werbung\s+(?:wegen|durch|da|aufgrund)\s+"
     r"(?:markennennung|verlinkung|namensnennung)"
     r"|bei\s+den\s+(?:mit\s+\S{1,3}\s+(?:markierten|gekennzeichneten)\s+)?(?:links|verlinkungen)"
     r"\s+handelt\s+es\s+sich\s+um\s+(?:sogenannte\s+)?(?:affiliate|provisions|partner|werbe)"
     r"|(?:dieser|der)\s+(?:beitrag|artikel|post)\s+(?:ist|wurde)\s+(?:\w+\s+){0,2}?gesponsert"
     r"|(?:cet|ce)\s+(?:article|billet|post)\s+(?:contient\s+des\s+liens\s+(?:affiliés"
     r"|d['’]affiliation|sponsorisés)|est\s+sponsorisé)"
     r"|(?:este|esta)\s+(?:artículo|post|entrada|publicación)\s+(?:contiene\s+enlaces\s+(?:de\s+)?"
     r"afiliad[oa]s?|(?:está\s+)?patrocinad[oa])"
     r"|questo\s+(?:articolo|post)\s+(?:contiene\s+(?:dei\s+)?link\s+(?:di\s+)?affiliazione"
     r"|è\s+sponsorizzato)"
     r"|dit\s+(?:artikel|bericht|blog)\s+(?:bevat\s+affiliate[\s-]?links|is\s+gesponsord)"
     r"|this\s+(?:is\s+a\s+sponsored\s+(?:post|article|story)"
     r"|(?:post|article|story|content)\s+(?:is|was)\s+sponsored\s+by)",
     "disclosure"),
    # a newsroom's funders, in its stock line under the story: "The Associated Press receives
    # support from several private foundations ... The AP is solely responsible for all
    # content.", "This story was supported by a grant from the X Foundation."
    (r"(?:[\w.’'&-]+\s+){1,8}?receives?\s+(?:financial\s+)?support\s+from\b"
     r"(?=[^\n]{0,400}?\bsolely\s+responsible\s+for\s+(?:all\s+)?(?:its\s+|the\s+)?content)"
     r"|(?:this|the)\s+(?:story|article|report|reporting|series|project|coverage)\s+(?:was|is)\s+"
     r"(?:(?:supported|funded|made\s+possible)\s+(?:in\s+part\s+)?by"
     r"|produced\s+with\s+(?:the\s+)?(?:financial\s+)?support\s+(?:of|from))\s+"
     r"(?:a\s+grant|grants|funding|the\s+[\w\s&.’'-]{1,60}?\s+(?:foundation|fund|trust|institute))",
     "disclosure"),
    # investment sites' standard line: "Nora Vance has no position in any of the stocks
    # mentioned."
    (r"(?:[\w.’'-]+\s+){1,4}(?:has|have)\s+no\s+position\s+in\s+any\s+of\s+the\s+stocks\s+mentioned",
     "disclosure"),
)  # fmt: skip
_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# A date and time may follow the label ("Korjaus 20.9. klo 9.15:", "Correction (March 8, 2024):").
_LABEL_DATE = (
    rf"(?:[\s,(]++(?:\d(?:[\d.,/]|:(?=\d))*+(?:st|nd|rd|th|[ap]\.?m\.?)?|(?:{_MONTH})\.?,?"
    r"|klo|kl\.?|at|um|om|on|[ap]\.m\.|am|pm|(?-i:[A-Z]{2,5}\b))){0,8}+"
)
# "CORRECTION — Sept. 20, 2023: ...": the date printed after the dash belongs to the label.
_DATE_AFTER_DASH = re.compile(
    rf"^(?:(?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+(?:{_MONTH})\.?)(?:,?\s+\d{{4}})?\s*+:\s*+",
    re.IGNORECASE,
)
_OPEN = r"[\[(【]"
_PICTOGRAPH = r"[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]"  # "📌 Correction:"
_ASIDE = r"(?:[(（][^()（）]{1,40}[)）])"  # "訂正しました（2024年3月12日19時00分）"
_CLOSE = r"[\])】]"
_LABEL = re.compile(
    rf"^(?:[\s/|*•※]|{_PICTOGRAPH})*+{_OPEN}?[\s※]*+(?P<label>(?:"
    + "|".join(f"(?P<k{index}>{pattern})" for index, (pattern, _) in enumerate(NOTE_LABELS))
    + rf"){_LABEL_DATE}\)?)"
    + rf"\s*+{_CLOSE}?\s*+(?::|：|—|–|-|=|(?<=】)|(?<=】\s))\s*+(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_SENTENCE = re.compile(
    r"^\s*+[•·▪*※]?\s*+\(?(?:(?P<lead>note|nb|n\.b\.)\s*+:\s*+)?(?:"
    + "|".join(f"(?P<s{index}>{pattern})" for index, (pattern, _) in enumerate(NOTE_SENTENCES))
    + r")",
    re.IGNORECASE,
)
# How a note opens: a label or a stock sentence at the start of its text, before any
# separator (a cheap first test for the boxes `parse_note_box` is asked about).
_NOTE_START = re.compile(
    rf"^(?:[\s/|*•※]|{_PICTOGRAPH})*+{_OPEN}?[\s※]*+(?:"
    + "|".join(pattern for pattern, _ in NOTE_LABELS)
    + ")",
    re.IGNORECASE,
)
# A label printed in an element of its own ("Correction"), its text in the next paragraph.
_LABEL_ONLY = re.compile(
    rf"^\s*+{_OPEN}?\s*+(?P<label>(?:"
    + "|".join(f"(?:{pattern})" for pattern, _ in NOTE_LABELS)
    + rf"){_LABEL_DATE}\)?)\s*+{_CLOSE}?\s*+{_ASIDE}?\s*+[:：—–-]?\s*+$",
    re.IGNORECASE,
)
# Class and id words of the boxes that hold a note.
NOTE_BOX_WORDS = frozenset(
    {"disclosure", "disclosures", "disclaimer", "correction", "corrections", "clarification",
     "editors-note", "editor-note", "editorial-note", "ednote"}
)  # fmt: skip
MAX_NOTE_CHARS = 2000
MAX_DISCLOSURE_CHARS = 500  # a disclosure is a line or two, not a paragraph on the subject
NOTE_LEAD_CHARS = 240  # enough for the longest stock sentence's opening
MAX_NOTE_DATE_CHARS = 40


def parse_note(text: str) -> EditorNote | None:
    """An `EditorNote` when `text` opens with a note label or stock sentence, else None."""
    if len(text) > MAX_NOTE_CHARS:
        return None
    match = _LABEL.match(text)
    if match:
        index = next(i for i in range(len(NOTE_LABELS)) if match[f"k{i}"])
        label, note_text = match["label"].strip(), match["text"].strip()
        if dated := _DATE_AFTER_DASH.match(note_text):
            label = text[match.start("label") : match.start("text") + dated.end()]
            label, note_text = label.strip().rstrip(":").strip(), note_text[dated.end() :]
        return EditorNote(kind=NOTE_LABELS[index][1], label=label, text=note_text)
    match = _SENTENCE.match(text)
    if match:
        index = next(i for i in range(len(NOTE_SENTENCES)) if match[f"s{i}"])
        if NOTE_SENTENCES[index][1] == "disclosure" and len(text) > MAX_DISCLOSURE_CHARS:
            return None
        sentence = text[match.start(f"s{index}") :].strip()
        if text.lstrip().startswith("(") and sentence.endswith(")"):  # "(This story has ...)"
            sentence = sentence[:-1].strip()
        return EditorNote(kind=NOTE_SENTENCES[index][1], label=match["lead"], text=sentence)
    return None


def may_open_note(lead: str) -> bool:
    """Whether `lead`, the start of a text (`NOTE_LEAD_CHARS` characters), opens with a note
    label or a stock sentence: False means `parse_note_box` finds no note there."""
    return bool(_NOTE_START.match(lead) or _SENTENCE.match(lead))


def parse_note_box(first: str, text: str, lines: Sequence[str] = ()) -> EditorNote | None:
    """The note in a box whose text is `text` (white space collapsed), whose first printed
    piece is `first` and whose block children read `lines`: a note paragraph, or a label
    printed apart from its text ("Editor's Note" in a span, or "Correction: March 8, 2024" in
    a paragraph, the note in the paragraph under it)."""
    if len(lines) >= 2 and (label := _label_line(lines[0])):
        note = parse_note(f"{label}: {' '.join(lines[1:])}")
        if note is not None:
            return note
    note = parse_note(text)
    first = clean_text(first)
    if note is not None or not first or not text.startswith(first):
        return note
    label = _label_line(first)
    rest = text[len(first) :].strip()
    return parse_note(f"{label}: {rest}") if label and rest else None


def is_note_label_line(text: str) -> bool:
    """Whether `text` is a note's label on a line of its own ("Precisazione")."""
    return _label_line(text) is not None


def _label_line(text: str) -> str | None:
    """The label of a line holding only a note label ("Correction"), or a label and the date
    of the note ("Correction: March 8, 2024"), whose text is the next paragraph."""
    match = _LABEL_ONLY.match(text) or _LABEL.match(text)
    if match is None:
        return None
    rest = match.groupdict().get("text")
    if rest and (len(rest) > MAX_NOTE_DATE_CHARS or parse_human_date(rest) is None):
        return None
    return match["label"].strip()


def split_notes(blocks: list[Block]) -> tuple[list[EditorNote], list[Block]]:
    """Take note paragraphs out of `blocks`; returns (notes, remaining blocks).

    A label on its own line ("Correction") takes the paragraph after it as its text."""
    notes: list[EditorNote] = []
    remaining: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            isinstance(block, ParagraphBlock | HeadingBlock)
            and isinstance(following, ParagraphBlock | QuoteBlock)
            and (label := _label_line(block.text))
        ):
            note = parse_note(f"{label}: {following.text}")
            if note is not None:
                notes.append(note)
                index += 2
                continue
        note = parse_note(block.text) if isinstance(block, ParagraphBlock | QuoteBlock) else None
        if note is None:
            remaining.append(block)
        else:
            notes.append(note)
        index += 1
    return notes, remaining
