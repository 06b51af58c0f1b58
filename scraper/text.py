"""Text helpers shared by every extractor: white space, element text, word counts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from lxml import etree
from lxml.etree import _Element as HtmlElement

# (written with chr(): a surrogate in a string literal cannot be compiled, see setup.py)
_LONE_SURROGATE = re.compile(f"[{chr(0xD800)}-{chr(0xDFFF)}]")
# Continuation bytes (0x80-0xBF) as Latin-1 or Windows-1252 print them, and those of them no
# letter is followed by in real text (not typographic quotes, dashes and ellipses, nor « » ·).
_CONTINUATION = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
_RARE_CONTINUATION = (
    "\u0080-\u00aa\u00ac-\u00b6\u00b8-\u00ba\u00bc-\u00bf\u20ac\u201a\u0192\u201e\u2020"
    "\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
# A UTF-8 lead byte read as Latin-1/Windows-1252 and then continuation bytes read the same way:
# the mark of double-encoded text. "Ã", "Â", "â" (Latin-1 letters, typographic punctuation)
# before any continuation; the other two-byte leads ("Å\x84" for "ń", "Ð¿" for "п") before one
# that follows no letter in real text; three-byte leads ("ã\x81\x93", "ä¸\xad") before two.
_MOJIBAKE = re.compile(
    f"[\u00c2\u00c3\u00e2][{_CONTINUATION}]"
    f"|[\u00c4-\u00de][{_RARE_CONTINUATION}]"
    f"|[\u00e3-\u00ef][{_CONTINUATION}]{{2}}"
)
# What every mark above starts with, found at the speed of one character class.
_MOJIBAKE_START = re.compile(f"[\u00c2-\u00ef][{_CONTINUATION}]")
_WORD = re.compile(r"\w+")
# Kana and CJK ideographs: written without spaces between words.
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Zero-width and soft-hyphen characters that break matching but carry no text, and the
# replacement character left where bytes could not be decoded or a control character stood.
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd\ufffe"
# A no-break space's two UTF-8 bytes read as Windows-1252: "Â" and a no-break space.
DOUBLE_ENCODED_NBSP = "\u00c2\u00a0"
# A closing tag: what tells HTML left in a declared text from a text about HTML ("the <br> tag").
_CLOSING_TAG = re.compile(r"</[a-zA-Z][a-zA-Z0-9]{0,9}+\s*+>")
# Tags that end a line: their words are not glued to the next ones when the tags go.
_LINE_END_TAG = re.compile(r"</(?:p|div|li|h[1-6]|blockquote)\s*+>|<br\s*+/?>", re.IGNORECASE)
# What a sentence (not a label, a name or a title) ends with.
SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", "؟")


def clean_text(text: str | None) -> str:
    """Collapse white space (including NBSP) to single spaces and strip; remove invisibles;
    compose characters (Unicode NFC, the form the web's text is compared and searched in: an
    "é" typed as "e" and a combining accent reads as the one letter)."""
    if not text:
        return ""
    # str.replace and str.split (which splits on exactly what \s matches in a str pattern) run
    # at memory speed; str.translate and re.sub were 10x slower on long non-ASCII text.
    if text.isascii():  # a flag lookup: ASCII text holds none of the invisibles
        return " ".join(text.split())
    return " ".join(_printed_form(text).split())


def without_markup(text: str) -> str:
    """A declared text (a JSON-LD description) as readers see it, when the CMS left its HTML in
    ("<p>We're excited to introduce <strong>Mini-SGLang</strong> ...</p>"); else unchanged."""
    if "</" not in text or not _CLOSING_TAG.search(text):
        return text
    root = etree.HTML(f"<div>{_LINE_END_TAG.sub(' ', text)}</div>")
    if root is None:
        return text
    for link in root.iter("a"):  # WordPress closes excerpts with a "Read more" link
        if "more" in (link.get("class") or "").lower():
            link.tag = "read-more"
    etree.strip_elements(root, "read-more", with_tail=False)
    return clean_text("".join(str(piece) for piece in root.itertext()))


def _printed_form(text: str) -> str:
    """`text` without invisible characters, composed (NFC), and with a double-encoded no-break
    space ("Â\xa0": its two UTF-8 bytes read as Windows-1252) read as the space it is: the
    white space collapsed next would hide the mark `has_mojibake` repairs by."""
    if DOUBLE_ENCODED_NBSP in text:
        text = text.replace(DOUBLE_ENCODED_NBSP, "\u00a0")
    for char in INVISIBLE_CHARS:
        text = text.replace(char, "")
    if not unicodedata.is_normalized("NFC", text):  # a quick check: most text already is
        text = unicodedata.normalize("NFC", text)
    return text


def has_mojibake(text: str) -> bool:
    """Whether `text` holds the mark of UTF-8 read as Latin-1 or Windows-1252."""
    if text.isascii():
        return False
    return any(_MOJIBAKE.match(text, start.start()) for start in _MOJIBAKE_START.finditer(text))


def repair_mojibake(text: str | None) -> str | None:
    """`text` with UTF-8 read as Latin-1 or Windows-1252 undone ("Investorâ\x80\x99s" gives
    "Investor’s"), as sites print text they double-encoded. Text without the telltale pairs is
    returned as is, untouched by ftfy. Invisible characters the repair brings out (an empty
    paragraph's zero-width joiner) are removed, as `clean_text` removes them."""
    if text and has_mojibake(text):
        import ftfy  # few pages need it: loaded then, not by every process that extracts

        return _printed_form(str(ftfy.fix_encoding(text)))
    return text


def valid_unicode(text: str) -> str:
    """`text` with lone surrogates (which UTF-8 cannot encode) replaced by U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def raw_text(element: HtmlElement) -> str:
    """All text inside `element` (not its tail), concatenated in C.

    Block boundaries read as white space because `parse_html` pads block elements."""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def element_text(element: HtmlElement) -> str:
    """The element's visible text with white space collapsed."""
    return clean_text(raw_text(element))


def short_text(element: HtmlElement, limit: int) -> str | None:
    """The element's text with white space collapsed, or None as soon as it runs past `limit`
    characters (so that asking whether a big element is a short label costs little)."""
    parts: list[str] = []
    visible = 0
    for piece in element.itertext():
        piece = str(piece)
        visible += len(piece.strip())
        if visible > limit:
            return None
        parts.append(piece)
    text = clean_text("".join(parts))
    return text if len(text) <= limit else None


def leading_text(element: HtmlElement, limit: int) -> str:
    """The first `limit` characters of the element's text, white space collapsed, reading no
    further into the element than that needs."""
    parts: list[str] = []
    size = 0
    for piece in element.itertext():
        parts.append(str(piece[: 4 * limit]))
        size += len(parts[-1].strip())
        if size >= limit:
            break
    return clean_text("".join(parts))[:limit]


def first_text(element: HtmlElement, limit: int) -> str:
    """The start (at most `limit` characters) of the first text printed inside `element`, ''
    when there is none. Only the start of each piece is looked at: an element holding one huge
    text node costs no more than a small one."""
    return _first_piece(element, limit) or ""


def _first_piece(element: HtmlElement, limit: int) -> str | None:
    # A walk of its own: setting up an itertext() iterator costs more than the few steps most
    # elements need. None: no text here at all, look further; "": give up.
    own = element.text
    if own and (found := _start(own, limit)) is not None:
        return found
    for child in element:
        # a comment's text is not printed, its tail is
        if isinstance(child.tag, str) and (found := _first_piece(child, limit)) is not None:
            return found
        tail = child.tail
        if tail and (found := _start(tail, limit)) is not None:
            return found
    return None


def _start(piece: str, limit: int) -> str | None:
    """The start of a piece of text; '' when it opens with a run of white space longer than
    `limit`; None when it is white space alone."""
    head = piece[:limit].strip()
    if head:
        return head
    return "" if len(piece) > limit else None


def spaced_word_count(text: str) -> int:
    """Number of white-space separated words in `text` ("Sister-in-Law" is one); each kana or
    CJK ideograph, written without spaces, counts as a word (as word processors count them)."""
    if text.isascii():
        return len(text.split())
    cjk = len(_CJK_CHAR.findall(text))
    return len(_CJK_CHAR.sub(" ", text).split()) + cjk if cjk else len(text.split())


def word_count(text: str) -> int:
    """Number of words (``\\w+`` runs) in `text`; each kana or CJK ideograph, written without
    spaces, counts as a word (as word processors count them)."""
    if text.isascii():
        return len(_WORD.findall(text))
    cjk = len(_CJK_CHAR.findall(text))
    return len(_WORD.findall(_CJK_CHAR.sub(" ", text) if cjk else text)) + cjk


def ascii_fold(text: str) -> str:
    """`text` in ASCII: accents taken off the letters ("é" -> "e"), other characters dropped."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def normalise_key(text: str) -> str:
    """A comparison key: NFKC, case-folded, white space collapsed."""
    # cased first, composed after: folding "ß́" gives "ss" + an accent, which composes to "sś"
    return clean_text(unicodedata.normalize("NFKC", text).casefold())


_Trie = dict[str, "_Trie"]


def literal_alternation(words: Iterable[str]) -> str:
    """A pattern matching any of `words` as written, shaped as a trie ("c(?:at|ow)" for cat
    and cow): the engine tries only the words that share the characters read so far, where a
    flat alternation tries every word at every position of the text searched."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{pattern})?" if "" in node else pattern
