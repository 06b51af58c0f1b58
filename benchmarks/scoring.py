"""Pure scoring functions: body word F1, snippet checks and metadata matches.

Body text: WCXB word F1
-----------------------
Implemented exactly as ``evaluate.py`` of the WCXB repository
(Murrough-Foley/web-content-extraction-benchmark, functions ``tokenize`` and ``word_f1``; the
evaluation code was read through the code-search tool, it is the same code as the README's
description):

* tokens are ``re.findall(r"\\w+", text.lower())`` (Unicode ``\\w``; ``None``/``""`` -> no tokens);
* bag of words: overlap = size of the multiset intersection of predicted and reference tokens;
  precision = overlap / #predicted tokens, recall = overlap / #reference tokens, F1 their harmonic
  mean (0 when both are 0);
* **empty truth**: F1 = P = R = 1.0 when the extraction is empty too, else 0.0;
* **empty extraction** (or a crash, scored as empty) against a non-empty truth: 0.0 / 0.0 / 0.0;
* the benchmark averages P, R and F1 over pages (macro average), every page counting once,
  including the pages whose truth text is empty.

Snippets (``with`` must appear, ``without`` must not)
-----------------------------------------------------
WCXB's ``snippet_check`` is a case-insensitive (``str.lower()``) substring test on the raw text,
**without** whitespace normalisation, and the rates are averaged per page. trafilatura's
evaluation (``tests/eval_common.py``: ``norm`` / ``count_item``) is case-sensitive, on
whitespace-normalised text (``re.sub(r"\\s+", " ", s).strip()`` on both sides), and pools the
counts over all snippets. Each dataset format carries its upstream rule (`SnippetRule`).

Deviations, deliberate: soft hyphens and zero-width marks (`INVISIBLE_MARKS`) are dropped from
both the text and the snippets before the test, for every system: trafilatura-eval's snippets
were copied from the pages' source with them ("Werk\u00adzeug\u00adtypen"), and an extractor
that returns the word a reader sees ("Werkzeugtypen") would otherwise miss the snippet. And
upstream WCXB returns 1.0 for an empty snippet list, which scores the
15 dev pages that have no ``without`` snippet as 100 % leaked (and 21 pages without ``with``
snippets as 100 % found). Here a page without snippets of a kind is left out of that rate.

Metadata
--------
* title: equal after Unicode NFKC, typographic quotes folded to ASCII (`QUOTE_FOLD`),
  ``casefold()`` and whitespace collapsing. NFKC leaves ’ and ' distinct (they are different
  characters, not compatibility variants), but WCXB's truth was typed with straight quotes on
  pages that print curly ones ("We've" for "We’ve"): without the fold a system is marked wrong
  for returning the page's own characters. Soft hyphens and zero-width marks, which print
  nothing, are dropped. The same fold applies to every system and to author names.
* authors: the *sets* of normalised names are equal. Both the truth strings and every predicted
  name go through `split_author_names`: a leading "By"/"Von" is dropped, strings are split on
  ``;``, ``|``, ``,``, `` and ``, `` & ``, `` und `` (", and" is one separator), and pieces
  that are only credentials or suffixes from a fixed list ("MD", "PhD", "Ph.D.", "RD", "CFP",
  "E-RYT 200", "Jr.") are dropped; roles written out in words ("Shipping Expert") stay, as a
  name of their own. So "A, MD and B" and ["A", "B"] are equal; "Kaufman, Jeff T." becomes
  {"kaufman", "jeff t."} on both sides.
* author on authorless pages: share of pages whose truth says "no author" where the system
  returned one or more names (lower is better).
* publish date: same calendar day as the truth, on pages that have a truth date (month-only
  truths compare the month). The date is taken as the system returns it, no zone conversion.
* date when none: share of pages whose truth says "no date" where a date was returned.

Every per-page metadata function returns ``None`` when the page does not take part in that
measure; aggregates average over the non-``None`` values.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

TOKEN = re.compile(r"\w+")
# Kana and CJK ideographs: written without spaces, so a ``\w+`` run is a whole sentence
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WHITESPACE = re.compile(r"\s+")
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
AUTHOR_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door)\s*[:\-]?\s+", re.IGNORECASE)
# ", and" (the serial comma) is one separator, not a comma before a name "and Natalie Nguyen"
AUTHOR_SEPARATORS = re.compile(
    r"\s*(?:,\s*(?:and|&|und|et|y)\s|[;|,]|\s(?:and|&|und|et|y)\s)\s*", re.IGNORECASE
)
# Post-nominal letters and suffixes seen after names in the truth data (compared casefolded,
# dots and ®/™ removed). A piece made only of these (and numbers) is not a name.
CREDENTIALS = frozenset(
    {
        "phd", "md", "do", "dds", "dvm", "vmd", "rd", "rdn", "ms", "msc", "bsc", "ba", "bs",
        "ma", "mba", "mph", "rn", "np", "lvt", "vts", "cpp", "psp", "cfp", "cfa", "cpa", "cepf",
        "fand", "faclm", "foma", "dabom", "dacvb", "facp", "facs", "jd", "lcsw", "pharmd",
        "e-ryt", "ryt", "cscs", "jr", "sr", "ii", "iii", "esq"
    }
)  # fmt: skip
CREDENTIAL_STRIP = re.compile(r"[.()®™]")
# Typographic apostrophes and quotation marks -> ASCII (see the module docstring).
# Invisible: the soft hyphen and the zero-width marks (a truth copied from the page's source
# keeps "Genesenen\u00ad\u00adnachweise"; the page prints "Genesenennachweise").
INVISIBLE_MARKS: dict[str, str | None] = {
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
    "\ufeff": None,
}  # fmt: skip
DROP_INVISIBLE = str.maketrans(INVISIBLE_MARKS)
QUOTE_FOLD = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
     "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
     **INVISIBLE_MARKS}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class WordScore:
    """Per-page bag-of-words precision, recall and F1."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class SnippetRule:
    """How a dataset's upstream matches snippets and aggregates the rates."""

    lowercase: bool
    normalise_space: bool
    pooled: bool  # True: sum of hits / sum of snippets; False: mean of per-page rates


WCXB_SNIPPETS = SnippetRule(lowercase=True, normalise_space=False, pooled=False)
TRAFILATURA_SNIPPETS = SnippetRule(lowercase=False, normalise_space=True, pooled=True)


# ----------------------------------------------------------------------------- body text


def tokenize(text: str | None, *, cjk_characters: bool = False) -> list[str]:
    """Lowercased ``\\w+`` tokens, as WCXB's ``tokenize``; with `cjk_characters`, each kana or
    CJK ideograph is a token of its own (see `word_f1`)."""
    if not text:
        return []
    lowered = text.lower()
    if cjk_characters:
        lowered = CJK_CHAR.sub(r" \g<0> ", lowered)
    return TOKEN.findall(lowered)


def word_f1(predicted: str | None, reference: str, *, cjk_characters: bool = False) -> WordScore:
    """WCXB word-level precision/recall/F1 of one page (see the module docstring).

    WCXB counts a run of Chinese or Japanese text between two punctuation marks as one word, so
    a page in those languages scores 0 whenever a sentence's ends differ by one character.
    Datasets with no upstream word metric (Readability's test pages) are scored with
    `cjk_characters`: each character a word, as word processors count them."""
    pred_tokens = tokenize(predicted, cjk_characters=cjk_characters)
    ref_tokens = tokenize(reference, cjk_characters=cjk_characters)
    if not ref_tokens:
        value = 1.0 if not pred_tokens else 0.0
        return WordScore(value, value, value)
    if not pred_tokens:
        return WordScore(0.0, 0.0, 0.0)
    overlap = sum((Counter(pred_tokens) & Counter(ref_tokens)).values())
    precision = overlap / len(pred_tokens)
    recall = overlap / len(ref_tokens)
    total = precision + recall
    return WordScore(precision, recall, 2 * precision * recall / total if total else 0.0)


def _snippet_form(text: str, rule: SnippetRule) -> str:
    text = text.translate(DROP_INVISIBLE)
    if rule.normalise_space:
        text = WHITESPACE.sub(" ", text).strip()
    return text.lower() if rule.lowercase else text


def snippet_hits(text: str | None, snippets: Sequence[str], rule: SnippetRule) -> int:
    """How many of ``snippets`` occur in ``text`` under ``rule``."""
    if not text or not snippets:
        return 0
    haystack = _snippet_form(text, rule)
    return sum(1 for snippet in snippets if _snippet_form(snippet, rule) in haystack)


def snippet_rate(pairs: Iterable[tuple[int, int]], rule: SnippetRule) -> float | None:
    """Aggregate (hits, total) pairs of many pages; pages with total 0 are left out."""
    counted = [(hits, total) for hits, total in pairs if total > 0]
    if not counted:
        return None
    if rule.pooled:
        return sum(h for h, _ in counted) / sum(t for _, t in counted)
    return sum(h / t for h, t in counted) / len(counted)


# ----------------------------------------------------------------------------- metadata


def normalise_text(value: str) -> str:
    """NFKC, typographic quotes folded to ASCII, invisible marks dropped, casefold, collapse
    whitespace."""
    folded = unicodedata.normalize("NFKC", value).translate(QUOTE_FOLD)
    return " ".join(folded.casefold().split())


def title_match(predicted: str | None, truth: str | None) -> bool | None:
    """Normalised equality; ``None`` when the page has no truth title."""
    if not truth or not truth.strip():
        return None
    return predicted is not None and normalise_text(predicted) == normalise_text(truth)


def _is_credential(piece: str) -> bool:
    tokens = [CREDENTIAL_STRIP.sub("", t).casefold() for t in piece.split()]
    tokens = [t for t in tokens if t]
    return all(t in CREDENTIALS or t.isdigit() for t in tokens)


def split_author_names(raw: str) -> list[str]:
    """Split one author string into normalised names (see the module docstring)."""
    text = unicodedata.normalize("NFKC", raw)
    text = AUTHOR_PREFIX.sub("", text)
    pieces = AUTHOR_SEPARATORS.split(text)
    names = [normalise_text(p).strip(" .,;:-") for p in pieces if not _is_credential(p)]
    return [name for name in names if name]


def author_set(names: Iterable[str]) -> frozenset[str]:
    """The normalised set of names in a list of author strings."""
    return frozenset(name for raw in names for name in split_author_names(raw))


def authors_match(predicted: Sequence[str], truth: Sequence[str] | None) -> bool | None:
    """Set equality of normalised names; ``None`` unless the truth names at least one author."""
    if truth is None:
        return None
    wanted = author_set(truth)
    if not wanted:
        return None
    return author_set(predicted) == wanted


def author_on_authorless(predicted: Sequence[str], truth: Sequence[str] | None) -> bool | None:
    """True when a name was returned for a page annotated as having no author."""
    if truth is None or author_set(truth):
        return None
    return bool(author_set(predicted))


def as_date(value: object) -> date | None:
    """A calendar date from a date, datetime (local date as given) or string.

    Strings: the first ``YYYY-MM-DD`` in them (goose3 sometimes returns a list's repr,
    ``"['2024-09-26T17:46:15+00:00', ...]"``); lists (goose3 again): the first element that
    gives a date. ``None`` for anything else.
    """
    if isinstance(value, list | tuple):
        return next((d for d in map(as_date, value) if d is not None), None)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    match = ISO_DATE.search(value)
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def date_match(predicted: date | None, truth: str | None) -> bool | None:
    """Same day as a ``YYYY-MM-DD`` truth (same month for ``YYYY-MM``); ``None`` without truth."""
    if not truth:
        return None
    return predicted is not None and predicted.isoformat()[: len(truth)] == truth


def date_when_none(predicted: date | None, truth: str | None, annotated: bool) -> bool | None:
    """True when a date was returned for a page annotated as having none."""
    if truth or not annotated:
        return None
    return predicted is not None


def mean(values: Iterable[float | bool | None]) -> float | None:
    """Mean of the non-``None`` values (booleans count as 0/1); ``None`` when there are none."""
    kept = [float(v) for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None
