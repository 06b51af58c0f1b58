"""Editor's notes, corrections, clarifications and disclosures taken out of the body.

A paragraph is a note when it opens with a label from `NOTE_LABELS` ("Editor's Note:",
"Correction:") or is one of the stock sentences in `NOTE_SENTENCES` ("An earlier version of this
article ..."). The label table maps each label to the note's kind.
"""

from __future__ import annotations

import re

from ..dates import parse_human_date
from ..models import Block, EditorNote, EditorNoteKind, HeadingBlock, ParagraphBlock, QuoteBlock

# (label pattern, kind); the label must be followed by a colon or a dash.
NOTE_LABELS: tuple[tuple[str, EditorNoteKind], ...] = (
    (r"editor[’'`]?s[’']?\s+note|note\s+from\s+the\s+editors?|editorial\s+note|ed\.?\s+note",
     "editors_note"),
    (r"anmerkung\s+der\s+redaktion|hinweis\s+der\s+redaktion|nota\s+del\s+editor"
     r"|note\s+de\s+la\s+rédaction|nota\s+della\s+redazione|nota\s+da\s+redação"
     r"|noot\s+van\s+de\s+redactie|toimituksen\s+huomautus", "editors_note"),
    (r"corrections?|korrektur|berichtigung|corrección|rectificatif|correction\s+appended"
     r"|korjaus|oikaisu|rättelse|rettelse|correctie|rettifica|correção|sprostowanie|ralat"
     r"|erramos|errata|fe\s+de\s+errores|fe\s+de\s+erratas",
     "correction"),
    (r"clarifications?|klarstellung|aclaración|précision|täsmennys|precisering"
     r"|verduidelijking|precisazione|esclarecimento", "clarification"),
    (r"(?:(?:advertising|affiliate|ftc|financial|sponsorship|ethics|full)\s+)?disclosures?"
     r"|disclaimer|transparenzhinweis|offenlegung", "disclosure"),
)  # fmt: skip
NOTE_SENTENCES: tuple[tuple[str, EditorNoteKind], ...] = (
    (r"an\s+earlier\s+version\s+of\s+this\s+(?:article|story|post|report)", "correction"),
    (r"this\s+(?:article|story|post)\s+(?:has\s+been|was)\s+corrected", "correction"),
    (r"this\s+(?:article|story|post|report)\s+(?:has\s+been|was)\s+updated", "editors_note"),
    # "Updated at 2:45 p.m. ET with comment from the mayor.": what changed, not a new fact
    (r"updated\s+(?:at|on)\s+(?:[^:\n]|(?<=\d):(?=\d)){1,40}?"
     r"\s+(?:with|to\s+(?:add|include|reflect|correct))\b",
     "editors_note"),
)  # fmt: skip
_LABEL = re.compile(
    r"^[\s/|*•]*+[\[(]?\s*+(?P<label>(?:"
    + "|".join(f"(?P<k{index}>{pattern})" for index, (pattern, _) in enumerate(NOTE_LABELS))
    # a date and time may follow the label ("Korjaus 20.9. klo 9.15:")
    + r")(?:\s++(?:\d(?:[\d.,/]|:(?=\d))*+|klo|kl\.?|at|um|om|on|[ap]\.m\.|am|pm)){0,6}+)"
    + r"\s*+[\])]?\s*+(?::|—|–|-)\s*+(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_SENTENCE = re.compile(
    r"^\s*+\(?(?:"
    + "|".join(f"(?P<s{index}>{pattern})" for index, (pattern, _) in enumerate(NOTE_SENTENCES))
    + r")",
    re.IGNORECASE,
)
# A label printed in an element of its own ("Correction"), its text in the next paragraph.
_LABEL_ONLY = re.compile(
    r"^\s*+[\[(]?\s*+(?P<label>"
    + "|".join(f"(?:{pattern})" for pattern, _ in NOTE_LABELS)
    + r")\s*+[\])]?\s*+[:—–-]?\s*+$",
    re.IGNORECASE,
)
MAX_NOTE_CHARS = 2000
MAX_NOTE_DATE_CHARS = 40


def parse_note(text: str) -> EditorNote | None:
    """An `EditorNote` when `text` opens with a note label or stock sentence, else None."""
    if len(text) > MAX_NOTE_CHARS:
        return None
    match = _LABEL.match(text)
    if match:
        index = next(i for i in range(len(NOTE_LABELS)) if match[f"k{i}"])
        return EditorNote(
            kind=NOTE_LABELS[index][1], label=match["label"].strip(), text=match["text"].strip()
        )
    match = _SENTENCE.match(text)
    if match:
        index = next(i for i in range(len(NOTE_SENTENCES)) if match[f"s{i}"])
        sentence = text.strip()
        if sentence.startswith("(") and sentence.endswith(")"):  # "(This story has been ...)"
            sentence = sentence[1:-1].strip()
        return EditorNote(kind=NOTE_SENTENCES[index][1], label=None, text=sentence)
    return None


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
