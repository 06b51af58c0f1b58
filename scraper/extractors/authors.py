"""Authors: JSON-LD, microdata, printed bylines, then meta tags; names cleaned of 'By', roles,
dates, "and" and handles.

Precedence (first source that yields a name wins): JSON-LD ``author`` of the article object
(``@id`` references resolved in the ``@graph``; an organisation-only credit yields to a person
named in the printed byline), ``citation_author`` tags, microdata ``itemprop=author``, byline
elements in the DOM (`BYLINE_SELECTOR_WORDS`: names linked to author pages first, else the
element's ``*name`` child, else its text; bylines in comment threads, author bios and
category parts skipped), a "By Jane Doe" line printed under the headline (or there a name
followed by its role, or printed after a person icon or an avatar), a "Written by:" credit
line, meta tags (`AUTHOR_META_NAMES`), a "Written by" card label pair, then links to author
pages (after "by", or the page's one author page linked by the name it is named for).
Organisations (JSON-LD ``Organization``, agency and desk credits) are kept with
``kind="organization"``. A credit naming only the site itself ("Buzzsprout" on buzzsprout.com)
yields to a person a later source names (the guess from an avatar's layout excepted), and an
organisation that is the site is dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice, pairwise
from typing import Any, NamedTuple

from lxml.etree import _Element as HtmlElement

from ..clean import COMMENT_THREAD_WORDS
from ..dom import in_tree, is_ancestor, name_words, same_kind, text_without
from ..models import Author, AuthorKind, MetadataSource
from ..parse import Document
from ..text import clean_text, element_text, first_text, short_text
from ..urls import path_of, split_url
from .header import HeaderText
from .structured import StructuredData, jsonld_types

AUTHOR_META_NAMES = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "byl", "twitter:creator",
)  # fmt: skip
# Highwire Press tags (read by Google Scholar): one per author, in order, often "Last, First".
CITATION_AUTHOR_META = "citation_author"
# Labels of a Twitter/Slack card data pair that names the author (Yoast SEO writes
# twitter:label1 "Written by" and twitter:data1 "Jane Doe" on WordPress posts).
WRITTEN_BY_LABELS = frozenset(
    {"written by", "author", "authored by", "by", "geschrieben von", "verfasst von", "autor",
     "écrit par", "auteur", "escrito por", "scritto da", "autore", "geschreven door", "door",
     "skrivet av", "skrevet af", "skrevet av", "kirjoittanut", "napisane przez", "napsal"}
)  # fmt: skip
MAX_CARD_DATA_PAIRS = 4
_LAST_FIRST = re.compile(r"^\s*([^,\s][^,]{0,40}),\s*([^,]{1,40}?)\s*$")
# Quotes and testimonials name the people quoted with "author" classes too.
QUOTE_TAGS = frozenset({"blockquote", "q"})
QUOTE_WORDS = frozenset(
    {"quote", "quotes", "pullquote", "blockquote", "testimonial", "testimonials", "review",
     "reviews"}
)  # fmt: skip
MAX_QUOTE_DEPTH = 6
BYLINE_SELECTOR_WORDS = frozenset(
    {    "author-name", "authorname", "author__name", "byline__name", "byline-name",
    "social-author__name", "post-author", "entry-author", "article-author", "author", "byline",
    "by-author", "contributor", "writer", "c-byline__author", "authors", "contributors",
    # other languages' class names
    "auteur", "auteurs", "autor", "autoren", "autore", "autori", "verfasser"}
)  # fmt: skip
# Parts of an author box that hold something other than the name ("author-description":
# "Licensed Q Arabica Grader, M.A. Journalism").
NOT_NAME_PART_WORDS = frozenset(
    {"description", "desc", "bio", "biography", "about", "role", "position", "job", "category",
     "categories"}
)  # fmt: skip
# The credit of a picture ("field--name-field-teaser-image-author"), not of the text.
IMAGE_CREDIT_WORDS = frozenset({"image", "photo", "picture", "img", "foto", "bild"})
# Parts of a byline that print the post's topics ("byline__category": "Wellness & Prevention").
TOPIC_PART_WORDS = frozenset({"category", "categories", "tag", "tags", "topic", "topics"})
ORGANIZATION_WORDS = frozenset(
    {"staff", "desk", "newsroom", "editors", "editorial", "team", "redaktion", "agency", "press",
     "associated press", "reuters", "afp", "dpa", "ap", "news", "wire"}
)  # fmt: skip
# A credit made only of these words is a role, not a name.
ROLE_WORDS = frozenset(
    {"staff", "senior", "contributing", "special", "managing", "associate", "deputy", "chief",
     "executive", "editor", "editors", "writer", "writers", "reporter", "reporters",
     "correspondent", "correspondents", "columnist", "contributor", "contributors",
     "journalist", "producer", "photographer", "guest", "freelance"}
)  # fmt: skip
# Account names and template fillers that CMSs print where no author was set.
PLACEHOLDER_NAMES = frozenset(
    {"admin", "administrator", "webmaster", "undefined", "null", "none", "unknown", "others",
     "anonymous", "user", "author", "root", "site admin", "wordpress", "default", "n/a",
     "publisher", "wordpressadmin", "wpadmin",
     # a byline's labels, printed where the name was left empty
     "by", "von", "par", "por", "posted", "datum", "date", "autor", "auteur", "quelle", "source",
     "fuente", "fonte"}
)  # fmt: skip
_AFFILIATION_MARK = re.compile(r"(?<=[^\W\d_])\d{1,2}(?:,\d{1,2})*+\*?$")
# "Posted by IndustrySelect on Tuesday, August 29, 2023": the date after the name.
_ON_DATE = re.compile(
    r"(?<!\s)\s++(?:on|[-–—·•])\s++(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?\s++\d"
    # "Jon Foster - 2025-09-13", "Jane Doe – 19.09.2023"
    r"|\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b).*$",
    re.I,
)
# Words a name never ends with: a label's link text ends so ("Autorenseite von", "Posts by").
DANGLING_WORDS = frozenset({"by", "of", "von", "par", "de", "di", "door", "av", "af", "and", "und"})
WEEKDAYS = frozenset(
    {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
     "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
     "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"}
)  # fmt: skip
# A weekday's short form printed after the name, before the date ("Tomas Spahn Fr, 12.03.").
WEEKDAY_ABBREVIATIONS = frozenset(
    {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "mo", "di", "mi", "do", "fr", "sa", "so",
     "lun", "mar", "mer", "jeu", "ven", "sam", "dim"}
)  # fmt: skip
# Words of job titles printed after a name ("Meghan Neville Content Marketing Coordinator",
# "Daniel Burstein, Senior Director, Content & Marketing"): a title is not a name.
TITLE_WORDS = ROLE_WORDS | frozenset(
    {"head", "director", "manager", "coordinator", "founder", "co-founder", "cofounder",
     "officer", "president", "vice", "lead", "strategist", "specialist", "analyst",
     "consultant", "advisor", "adviser", "marketing", "content", "communications", "marketer",
     "ceo", "cto", "cfo", "coo", "vp", "svp", "evp", "principal", "partner", "owner",
     "expert", "researcher", "professor", "instructor", "intern", "fellow", "host",
     "winemaker", "engineer", "developer", "designer", "product", "community", "development",
     "social", "media", "seo", "growth", "brand", "digital", "operations", "sales", "sr"}
)  # fmt: skip
STRONG_TITLE_WORDS = frozenset(
    {"senior", "head", "director", "manager", "coordinator", "founder", "co-founder",
     "cofounder", "officer", "president", "strategist", "specialist", "analyst", "consultant",
     "editor", "editors", "writer", "reporter", "correspondent", "columnist", "contributor",
     "marketer", "winemaker", "ceo", "cto", "cfo", "coo", "vp", "svp", "evp", "chief",
     "producer", "journalist", "engineer", "developer", "designer", "professor", "researcher",
     "intern", "sr"}
)  # fmt: skip
# Lower-case words inside names ("Marna van der Merwe", "Ana de la Cruz").
NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "dos", "das",
     "bin", "bint", "al", "el", "ibn", "ten", "ter", "y", "zu", "af"}
)  # fmt: skip
TITLE_FILLERS = frozenset({"of", "and", "&", "for", "-", "–", "—", "•", "·", "|"})
# Degrees and credentials after a name ("Lizzie Streit, MS, RDN, LD", "Vanessa Mendez, MD").
CREDENTIAL = re.compile(
    r"^(?:[A-Z]{1,6}(?:-[A-Z]{1,6})?|(?:[A-Z][a-z]?\.){1,3}|Ph\.?\s?D\.?|M\.?Sc\.?|B\.?Sc\.?|"
    r"DPhil|Jr\.?|Sr\.?)(?:\s*[®©])?(?:\s+(?:[A-Z]{2,6}|\d{2,3}))*$"
)
MAX_NAME_WORDS = 6
# Parts of a name printed apart: an author link holding them reads whole.
NAME_PIECE_WORDS = frozenset(
    {"first", "last", "given", "family", "firstname", "lastname", "givenname", "familyname"}
)
NAME_EDGES = " .:-–—•·"  # stripped from both ends of a name
MAX_AUTHORS = 10

_BY_PREFIX = re.compile(
    r"^\s*(?:(?:posted|published)\s+on\s+[^:]{1,40}?\s+by\s+|"  # "Posted on <date> by"
    r"(?:view\s+all\s+(?:posts|articles)\s+by|(?:written|posted|reported|authored|text|"
    r"words|story|photos?)\s+by)\s*:?\s*|(?:author|authors|writer|autor(?:in)?|auteure?|autore|"
    r"interview|text|"
    r"texte|texto|testo)(?:\s+of\s+this\s+(?:article|post|story|paper))?\s*:\s*|"
    # "Erstellt von", "Zeige alle Beiträge von" (German WordPress), "Écrit par", "Escrito por"
    r"(?:(?:zeige\s+)?alle\s+beiträge\s+von|(?:ein\s+)?beitrag\s+von|(?:erstellt|geschrieben|"
    r"verfasst)\s+von|text\s+von|(?:écrit|rédigé|publié)\s+par|(?:escrito|publicado|redactado)\s+por|"
    r"(?:scritto|pubblicato)\s+da|geschreven\s+door)\s*:?\s*|"
    r"(?:ein\s+(?:artikel|beitrag)\s+)?(?:by|von|por|par|di|door|av|przez)\s*[:\-]?\s+|"
    r"(?:written\s+)?by(?=[A-Z])|"
    r"(?:author|autor(?:in)?)\s+(?=(?-i:[A-Z]))|"
    r"(?:责任编辑|编辑|作者|记者)\s*[:：]\s*)",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(
    r"(?<!\s)\s*+(?:,|;|\band\b|&|\bund\b|\by\b|\bet\b|\be\b|\bi\b|\|)\s*+", re.I
)
# A piece of a header joining two names printed apart ("and", "&", ",")
_NAME_JOINER = re.compile(r",|&|and|und|y|et|e|i|og|och|en", re.I)
_NOT_A_NAME = re.compile(
    r"\d|@|https?://|www\.|\*|\b(?:updated|published|min(?:ute)?s?\s+read|read\s+more|email|"
    r"follow|twitter|facebook|ago|share|comments?|photos?|fotos?|images?|says|wrote|reply|"
    r"about\s+the\s+authors?|the\s+author|view\s+(?:more|all)|posts?|privacy|policy|"
    r"reviewed|name|hi\s+there|subscribe|sign\s+in|log\s+in|full\s+(?:bio|profile)|"
    r"read\s+the\s+latest|latest\s+from|profil|afficher)\b"
    # a source's credit beside the writer's ("By Tomson Highway and From Masculindians")
    r"|^(?:from|via|for|with|in|on|at)\s",
    re.IGNORECASE,
)
# The credit of whoever built or hosts the site ("Government Websites by CivicPlus", printed
# in a box named like a byline; "Powered by ..."): no part of it names an author.
_SITE_CREDIT = re.compile(
    r"\b(?:(?:web)?sites?|powered|(?:web\s+)?design(?:ed)?|theme|hosted)\s+by\b", re.IGNORECASE
)
# A credit for other work than writing the article, at the start of a byline box ("Reviewed by:
# Brian Stormont, CFP", "Medically reviewed by", "Fact-checked by", "Edited by") or inside a
# name part: the person named is not an author.
_OTHER_ROLES = r"(?:(?:medically\s+)?reviewed|edited|fact[-\s]?checked|verified|translated)\s+by\b"
_OTHER_ROLE_CREDIT = re.compile(r"\b" + _OTHER_ROLES, re.IGNORECASE)
_OPENING_ROLE_CREDIT = re.compile(r"^\W*+" + _OTHER_ROLES, re.IGNORECASE)
# Links to an author's page: their texts are the names, whatever else the byline holds.
AUTHOR_HREF = re.compile(
    r"/(?:author|authors|people|person|profile|profiles|staff|team|contributors?|writers?|"
    r"journalists?|experts?|bio|by|autor|autoren|autores|autore|autori|auteurs?)/[^/?#]+"
    r"|linkedin\.com/in/[^/?#]+",  # a LinkedIn member's profile (LinkedIn's own articles)
    re.IGNORECASE,
)
# Containers whose bylines belong to someone else's words (reader comments).
COMMENT_WORDS = frozenset({"comment", "reply", *COMMENT_THREAD_WORDS})
_ROLE_SUFFIX = re.compile(
    r"(?<!\s)(?:\s*+[,|–—-]\s*+|\s++)(?:staff\s+writer|senior\s+\w+|contributing\s+\w+|correspondent|"
    r"reporter|editor(?:-at-large)?|columnist|contributor|writer|journalist|special\s+to\s+.+|"
    # a reviewed guide's credits ("Ezra Laniado - Author/Reviewer")
    # after a mark only: "About the Author" is a heading
    r"(?:(?<=[,|–—-])|(?<=[,|–—-]\s))(?:author|reviewer)(?:\s*+/\s*+(?:author|reviewer|editor))?|"
    # other languages' roles, and an author page's link printed after the name
    r"(?:chef)?redakteur(?:in)?|autor(?:in)?|journalist(?:in)?|rédact(?:eur|rice)(?:\s+en\s+chef)?|"
    r"journaliste|periodista|redact(?:or|ora)|giornalista|redat(?:tore|trice)|"
    r"alle\s+(?:artikel|beiträge)|tous\s+(?:ses|les)\s+articles|"
    # a photographer's credit printed after the writer's name
    r"(?:fotos?|photos?|bilder?)\s*:\s*.+|"
    r"(?:illustrations?|illustrationen|fotos?|photos?|bilder?)\s+(?:von|by|de|par)\s+.+)$",
    re.IGNORECASE,
)
_LINE_PARTS = re.compile(r"[|·•]")  # "Martes 12 de marzo | 15:40 | Por ..."
_HEADER_BY = re.compile(
    r"^(?:by|written\s++by|(?:ein\s++(?:artikel|beitrag)\s++)?von|par|por)\s*+:?\s*+(?<=[\s:])[A-Z]",
    re.IGNORECASE,
)
_HEADER_BY_ALONE = re.compile(
    r"^(?:by|written\s++by|(?:ein\s++(?:artikel|beitrag)\s++)?von|par|por)\s*+:?$", re.IGNORECASE
)
MAX_HEADER_PIECES = 12
# "Mahua Das in <a>Project management</a>": the word before the post's category.
_TRAILING_IN = re.compile(r"(?<!\s)\s++(?:in|on|at)$")
MAX_BYLINE_ELEMENTS = 60
MAX_SOURCES = 16  # bound on the author sources read after the first
MIN_LISTING_BYLINES = 3  # different bylines on one page: a list of posts
# A line that is nothing but a credit.
CREDIT_LINE = re.compile(
    r"^\s*+(?:this\s++(?:post|article|story|piece|guide)\s++(?:was|is)\s++)?"
    r"(?:(?:written|posted|authored)\s+by|contributors?\s*:|authors?\s*:|words\s+by|text\s+von|"
    r"(?:autor(?:in)?|auteure?s?|autore)\s*:)\s*",
    re.IGNORECASE,
)
# An author label inside a line of labelled facts, and its value up to the next label.
_LABELLED_AUTHOR = re.compile(
    r"(?<=\s)(?:authors?|autor(?:in|en)?|auteurs?|autori?|autores?)\s?:\s++"
    r"(\S[^:]{0,80}?)(?=\s++[^\s:]{2,20}\s?:|$)",
    re.I,
)
# A line opening with a credit, whatever follows ("Interview by Sylvia Bishop", Drupal's
# "Submitted by admin on ...", "Gespeichert von rasos am ...", "Publié par ... le ...").
_CREDIT_OPENING = re.compile(
    r"^\s*+(?:(?:written|posted|authored|interview|interviewed|reported|words|text|story|"
    r"submitted|geschrieben|gespeichert|verfasst|eingestellt|erstellt|publié|écrit|"
    r"publicado|escrito|pubblicato|scritto|geplaatst|geschreven)\s++)?"
    r"(?:by|von|par|por|door)\b",
    re.I,
)
# The first word of a credit line: an element whose first text opens otherwise is skipped
# before its whole text is read.
CREDIT_LINE_START = re.compile(
    r"^(?:written|posted|authored|contributors?|authors?|author\(s\)|words|article|this|text|"
    r"autor(?:in|en)?|"
    r"auteurs?|autori?)\b",
    re.I,
)
# A label printed on its own, the names in the element after it ("<h3>Author</h3><p>Lisa D.
# Ellis</p>", "<h6>Author(s)</h6><ul><li>...").
CREDIT_LABEL = re.compile(
    r"^\s*+(?:authors?|author\(s\)|(?:written|authored|article|words)\s++by|contributors?|"
    r"autor(?:in|en|innen)?|auteurs?|autori?)\s*+:?\s*+$",
    re.IGNORECASE,
)
# The label a forum prints for whoever opened the thread: before the member's name (XenForo
# "Thread starter", phpBB "Topic author"), or as a badge after it ("Discussion starter").
STARTER_LABELS = frozenset(
    {"thread starter", "topic starter", "topic author", "thread author", "original poster",
     "discussion starter"}
)  # fmt: skip
USER_NAME = re.compile(r"[^\W_][\w.\-]{0,39}")
STARTER_LABEL_TAGS = ("span", "div", "dt", "li", "strong")
MAX_STARTER_LABEL_CHARS = 20
CREDIT_LINE_TAGS = (
    "p", "div", "span", "h2", "h3", "h4", "h5", "h6", "li", "strong", "em", "dt", "th",
)  # fmt: skip
# Links to a tag or category page.
TOPIC_HREF = re.compile(r"/(?:tags?|categor(?:y|ies)|topics?)/[^/?#]+/?(?:[?#]|$)", re.I)
# Links to one author's page (narrower than AUTHOR_HREF: no team or staff pages).
AUTHOR_PAGE = re.compile(r"/(?:author|authors)/[^/?#]+/?(?:[?#]|$)", re.IGNORECASE)
BY_BEFORE = re.compile(r"\b(?:by|written\s++by|von|par|por|door|di|av)\s*+:?\s*+\Z", re.I)
MAX_BY_CONTEXT_CHARS = 40
FURNITURE_WORDS = frozenset({"nav", "navbar", "navigation", "menu", "footer", "sidebar"})
FURNITURE_BESIDE_SIDEBAR_WORDS = FURNITURE_WORDS - {"sidebar"}
MAX_BYLINE_CHARS = 120
_HANDLE = re.compile(r"(?<!\S)@\w+")  # " @janedoe", not the "@" of an e-mail address
# A way to reach the writer printed in brackets after the name ("Bradley M. Kuhn
# (http://ebb.org/bkuhn/)", "Jane Doe <jane@example.com>", "Jane Doe (@janedoe)"); and the
# RSS form, the address first ("jane@example.com (Jane Doe)").
_BRACKETED_CONTACT = re.compile(
    r"[(<\[]\s*+(?:(?:https?://|www\.|mailto:)[^\s()<>\[\]]++|[^\s()<>\[\]@]++@"
    r"[^\s()<>\[\]]++|@\w++)\s*+[)>\]]"
)
# Co-authors credited in brackets after the name ("Martin Untersinger (avec Damien Leloup et
# Morgane Tual)").
_WITH_COAUTHORS = re.compile(r"\((?:with|avec|mit|con|com|met)\s++([^()]{2,120})\)", re.I)
# A Roman numeral after a name ("John Smith III"): kept in capitals.
ROMAN_NUMERAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})[.,]?")
_ADDRESS_THEN_NAME = re.compile(r"\A[^\s()<>@]++@[^\s()<>]++\s*+\(([^()]{2,80})\)\Z")


def clean_author_names(raw: str, *, declared: bool = False) -> list[str]:
    """Split a byline string into clean person names. A `declared` string (a JSON-LD or meta
    author field) may name people in lower case ("kirstin boatto"); printed text may not, as
    a lower-case phrase there is a bio sentence."""
    text = clean_text(html.unescape(raw) if "&" in raw else raw)
    if "@" in text or "//" in text or "www." in text:
        addressed = _ADDRESS_THEN_NAME.match(text)
        text = _BRACKETED_CONTACT.sub("", addressed.group(1) if addressed else text)
    if "(" in text:
        text = _WITH_COAUTHORS.sub(r", \1", text)
    labelled = _LABELLED_AUTHOR.search(text)
    if labelled:  # "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet"
        text = labelled.group(1)
    text = _BY_PREFIX.sub("", text)
    if text.endswith(":"):
        return []  # a label ("Authors of this article:"), the names printed after it
    text = _HANDLE.sub("", text)
    names: list[str] = []
    parts = _SEPARATORS.split(text)
    after_role = False  # the part before ended with a role or was one
    for index, part in enumerate(parts):
        unprefixed = _BY_PREFIX.sub("", part).strip(NAME_EDGES)
        name = _ROLE_SUFFIX.sub("", _ON_DATE.sub("", unprefixed)).strip(NAME_EDGES)
        if " " in name:
            name = _AFFILIATION_MARK.sub("", name)  # "Jennifer Huberty1": a footnote mark
        if names and not declared and (name[:1].islower() or _is_phrase(name)):
            break  # "Vanessa Mendez, MD, gastroenterologist, Parkview Health": a description
        # "Vanessa Mendez, MD", "..., Content & Marketing", "Writer, Hardware" (the role's
        # beat): not another name
        is_role = bool(index) and bool(CREDENTIAL.match(name) or _all_title_words(name))
        is_beat = after_role and len(name.split()) == 1
        after_role = is_role or len(name) < len(unprefixed)
        if is_role or is_beat:
            continue
        name = _once(_without_title(name))
        if index + 1 < len(parts) and parts[index + 1][:1].isdigit():
            name = _without_weekday(name)  # "Tomas Spahn Fr, 12.03.2021": the date's weekday
        if _is_plausible_name(name, declared=declared):
            names.append(name)
    return names


def _is_phrase(name: str) -> bool:
    """Whether `name` holds two lower-case words that are not name particles ("Extension
    horticulture educators"): a description, not a name."""
    lower = [w for w in name.split() if w[:1].islower() and w not in NAME_PARTICLES]
    return len(lower) >= 2


def _once(name: str) -> str:
    """`name` printed once ("Loona Construction Loona Construction" gives "Loona
    Construction"): a byline repeated for each screen size reads as one text."""
    words = name.split()
    for size in range(1, len(words) // 2 + 1):
        if len(words) % size == 0 and words == words[:size] * (len(words) // size):
            return " ".join(words[:size])
    return name


def _without_weekday(name: str) -> str:
    words = name.split()
    if len(words) >= 3 and words[-1].casefold().rstrip(".,") in WEEKDAY_ABBREVIATIONS:
        return " ".join(words[:-1])
    return name


def _all_title_words(name: str) -> bool:
    keys = [word.casefold().strip(",.") for word in name.split()]
    return bool(keys) and all(key in TITLE_WORDS or key in TITLE_FILLERS for key in keys)


def _without_title(name: str) -> str:
    """The name without a job title printed after it ("Eliz - Product marketer", "Meghan
    Neville Content Marketing Coordinator"); '' when the whole part is a title ("Head of
    Marketing"). A title is a run of `TITLE_WORDS` to the end holding a `STRONG_TITLE_WORDS`
    one, after a name of two words or more (or after a dash), or a strong word and the beat
    after it ("Senior Autos")."""
    words = name.split()
    keys = [word.casefold().strip(",.") for word in words]
    for start in range(len(words)):
        tail = keys[start:]
        if start == 1 and keys[0] not in TITLE_FILLERS and keys[start] not in TITLE_FILLERS:
            continue  # "Edward Head": one word before is too little to tell
        if keys[0] == "the" or not STRONG_TITLE_WORDS.intersection(tail):
            continue
        titled = all(key in TITLE_WORDS or key in TITLE_FILLERS for key in tail)
        # "Keith Barry Senior Autos": a strong title word and the beat it covers
        if titled or (start >= 2 and tail[0] in STRONG_TITLE_WORDS and len(tail) == 2):
            return " ".join(words[:start]).strip(" -–—•·|,")
    return name


def _is_plausible_name(name: str, *, declared: bool = False) -> bool:
    words = name.split()
    if not 0 < len(words) <= MAX_NAME_WORDS or len(name) > 80 or _NOT_A_NAME.search(name):
        return False
    if _SITE_CREDIT.search(name) or _OTHER_ROLE_CREDIT.search(name):
        return False
    if name.casefold() in PLACEHOLDER_NAMES:  # a CMS default, not a person ("admin")
        return False
    if name.casefold().rstrip(".") in WEEKDAYS:  # "Sat, 20 Dec, 2025": a dateline's day
        return False
    if all(word.casefold().strip(".") in ROLE_WORDS for word in words):  # ", Staff Writers"
        return False
    if len(words) > 1 and words[-1].casefold() in DANGLING_WORDS:  # "Autorenseite von"
        return False
    # A lower-case phrase ("a bartender", "love eating") is a bio sentence; a lone lower-case
    # word may be a handle ("hackermondev").
    return name[0].isupper() or ((declared or len(words) == 1) and name[0].isalnum())


def _as_authors(names: Iterable[str]) -> list[Author]:
    return [Author(name=name, kind=_kind_of(name)) for name in names]


def _kind_of(name: str, declared: str | None = None) -> AuthorKind:
    if declared == "Organization" or name.casefold() in ORGANIZATION_WORDS:
        return "organization"
    if (
        any(word in ORGANIZATION_WORDS for word in name.casefold().split())
        and len(name.split()) > 1
    ):
        return "organization"
    return "person"


def _authors_from_jsonld(
    value: Any, doc: Document, graph: dict[str, dict[str, Any]]
) -> list[Author]:
    items = value if isinstance(value, list) else [value]
    authors: list[Author] = []
    for item in items[: MAX_AUTHORS * 2]:
        if isinstance(item, str):
            authors.extend(_as_authors(clean_author_names(item, declared=True)))
        elif isinstance(item, dict):
            if "name" not in item and isinstance(item.get("@id"), str):  # a bare @graph reference
                item = graph.get(item["@id"], item)
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(str(n) for n in name)
            if not isinstance(name, str):
                continue
            declared = "Organization" if "Organization" in jsonld_types(item) else None
            node = graph.get(item.get("@id")) if isinstance(item.get("@id"), str) else None
            url = item.get("url") or (node or {}).get("url")
            if (
                not isinstance(url, str)
                and isinstance(item.get("@id"), str)
                and "#" not in item["@id"]
            ):
                url = item["@id"]  # an @id without a fragment is the author's page
            url = doc.absolute_url(url) if isinstance(url, str) and url.startswith("http") else None
            # an organisation's name is one name ("Morgan & Morgan"), not a list of people
            cleaned = [clean_text(name)] if declared else clean_author_names(name, declared=True)
            for clean in filter(None, cleaned):
                authors.append(Author(name=clean, url=url, kind=_kind_of(clean, declared)))
    return authors


def _byline_elements(doc: Document) -> list[HtmlElement]:
    found = in_tree([a for a in doc.links if (a.get("rel") or "").lower() == "author"], doc.root)
    found += [
        element
        for element in doc.named(BYLINE_SELECTOR_WORDS)
        if element.tag not in ("script", "style", "meta", "body", "html", "img")
        and name_words(element).isdisjoint(NOT_NAME_PART_WORDS | IMAGE_CREDIT_WORDS)
        and not _in_quote(element)
        and not any(a.tag == "template" for a in element.iterancestors())  # never rendered
    ]
    return found


def credit_boxes(doc: Document) -> Iterator[HtmlElement]:
    """The page's byline elements (`BYLINE_SELECTOR_WORDS`, rel=author links) and the lines
    opening with a credit ("Written by", "Interview by"), in that order, outside comment
    threads: where a page prints who wrote it, and often when."""
    for element in _byline_elements(doc):
        if not in_comments(element):
            yield element
    for element in _lines_opening_with(doc.root, ("p", "div", "span"), _CREDIT_OPENING):
        if not in_comments(element):
            yield element


def _lines_opening_with(
    root: HtmlElement, tags: Sequence[str], pattern: re.Pattern[str]
) -> Iterator[HtmlElement]:
    """The elements of `tags` whose first printed text (`MAX_BYLINE_CHARS` of it) matches
    `pattern`, in document order. A wrapper whose own text is blank opens with its first
    child's text: once the wrapper fails, the child is passed over unread (a chain of <div>s
    around one line is read once, not once per level)."""
    same_opening: set[HtmlElement] = set()
    for element in root.iter(*tags):
        if element not in same_opening and pattern.match(first_text(element, MAX_BYLINE_CHARS)):
            yield element
            continue
        own = element.text or ""
        if len(element) and not own.strip() and len(own) <= MAX_BYLINE_CHARS:
            same_opening.add(element[0])


def _in_quote(element: HtmlElement) -> bool:
    """Whether `element` is the attribution of a quote or testimonial ("pullquote__author",
    a <cite> in a <blockquote>): it names who said something, not who wrote the page."""
    return any(
        node.tag in QUOTE_TAGS or not name_words(node).isdisjoint(QUOTE_WORDS)
        for node in (element, *islice(element.iterancestors(), MAX_QUOTE_DEPTH))
    )


def in_comments(element: HtmlElement) -> bool:
    """Whether `element` lies in a comment thread (a container named by `COMMENT_WORDS`)."""
    return any(not name_words(a).isdisjoint(COMMENT_WORDS) for a in element.iterancestors())


def _author_links(element: HtmlElement) -> list[HtmlElement]:
    links = [element] if element.tag == "a" else list(element.iter("a"))
    return [
        a
        for a in links
        if AUTHOR_HREF.search(a.get("href") or "") or (a.get("rel") or "").lower() == "author"
    ]


def _authors_from_dom(doc: Document) -> list[Author]:
    """The names in the first byline element that holds any; none when the page's bylines
    name three or more different sets of people (a list of posts, not one article)."""
    found: list[Author] = []
    first: HtmlElement | None = None
    distinct: set[frozenset[str]] = set()
    elements = list(islice(_byline_elements(doc), MAX_BYLINE_ELEMENTS))
    members = set(elements)
    for element in elements:
        if in_comments(element):
            continue
        authors = _byline_authors(element, doc)
        if not authors:
            continue
        if first is None:
            found, first = authors, element
        elif element.getparent() is first.getparent() and same_kind(element, first):
            # one author a <span>: "info__authors" x 6
            found = _unique(found + authors)[:MAX_AUTHORS]
            continue
        elif is_ancestor(element, first) and _keys(authors) > _keys(found):
            found = authors  # the byline around the first name names more people
        # Only outermost byline boxes count as separate bylines (a box's name, role and
        # bio parts are named like bylines too).
        if not any(ancestor in members for ancestor in element.iterancestors()):
            distinct.add(frozenset(a.name.casefold() for a in authors))
            if len(distinct) >= MIN_LISTING_BYLINES:
                return []
    return found


def _keys(authors: list[Author]) -> set[str]:
    return {_name_key(author.name) for author in authors}


# The verb after a writer's name opening a bio ("Jared Newman has been ...", "Jane Doe, a
# reporter, is ...")
BIO_VERB = (
    r"(?:,[^.]{0,100},)?\s+(?:is|was|has|writes|covers|joined|lives|serves|holds|studied|spent)\b"
)
MAX_BIO_NAME_WORDS = 5
# An author box printing the writer's bio: the name is what opens it, not the words of the bio
# ("Tomasz Weller is a writer ... He covers design and making").
_BIO_OPENING = re.compile(r"^(?P<name>[^\W\d_][^.,:;!?]{1,60}?)" + BIO_VERB)


def _byline_authors(element: HtmlElement, doc: Document) -> list[Author]:
    """The authors one byline element names."""
    links = _author_links(element)
    if links:  # the linked names, without the roles and bios printed around them
        return [
            Author(name=name, url=doc.absolute_url(link.get("href")), kind=_kind_of(name))
            for link in links
            for name in _link_names(link)
        ]
    name_element = next((e for e in element.iterdescendants() if _is_name_part(e)), element)
    text = text_without(name_element, TOPIC_PART_WORDS)
    if not text or len(text) > 200 or _SITE_CREDIT.search(text) or _OPENING_ROLE_CREDIT.match(text):
        return []  # no byline, or a credit for building the site or reviewing the piece
    first_link = element if element.tag == "a" else next(element.iter("a"), None)
    url = doc.absolute_url(first_link.get("href")) if first_link is not None else None
    bio = _BIO_OPENING.match(text)
    if bio and _is_capitalised_name(bio["name"]):
        text = bio["name"]
    names = clean_author_names(text) or _names_of_a_part(name_element)
    topics = {_name_key(element_text(a)) for a in element.iter("a") if _is_topic_link(a)}
    names = [name for name in names if _name_key(name) not in topics]
    return [
        Author(name=name, url=url if len(names) == 1 else None, kind=_kind_of(name))
        for name in names
    ]


def _is_capitalised_name(text: str) -> bool:
    """A few words, each capitalised but for the particles of names ("Ludwig van Beethoven");
    not "This article"."""
    words = text.split()
    return 2 <= len(words) <= MAX_BIO_NAME_WORDS and all(
        word[0].isupper() or word in NAME_PARTICLES for word in words
    )


def _is_topic_link(link: HtmlElement) -> bool:
    """A link to a tag or category page (a byline box may print the post's topics)."""
    if (link.get("rel") or "").lower() == "tag":
        return True
    return bool(TOPIC_HREF.search(link.get("href") or ""))


def _link_names(link: HtmlElement) -> list[str]:
    """The names a link to an author's page prints; a link that wraps the name and a bio
    ("Nathan Myhrvold" over "Dr. Nathan Myhrvold is ...") gives its first part."""
    name_part = _name_part(link)
    text = element_text(name_part if name_part is not None else link)
    if len(text) <= MAX_BYLINE_CHARS:
        return clean_author_names(text)
    return _names_of_a_part(link)


def _name_part(link: HtmlElement) -> HtmlElement | None:
    """The part of an author link named as the name, when the link prints more ("<p
    class='name'>Harry Rabinowitz</p><p class='jobTitle'>Tech Reporter</p>"); not a first or
    last name printed apart."""
    found: HtmlElement | None = None
    for element in link.iterdescendants():
        if not _is_name_part(element):
            continue
        if name_words(element) & NAME_PIECE_WORDS:
            return None
        if found is None or is_ancestor(found, element):  # the innermost ("nameContainer")
            found = element
    return found if found is not None and element_text(found) else None


def _is_name_part(element: HtmlElement) -> bool:
    """Whether a part of a byline is named as the name ("author-name", "styles_name__oT6sx")."""
    return any(word.endswith("name") for word in name_words(element))


def _names_of_a_part(element: HtmlElement) -> list[str]:
    """The names printed in the first part of a byline box whose whole text is more than a
    name ("Luke Kim" above "December 3, 2025")."""
    if not _outside_furniture(element):
        return []
    if len(element) and element[0].tag == "br":  # "Andrew Gerrand<br>4 August 2010"
        return clean_author_names(element.text or "")
    first = next(
        (child for child in element if isinstance(child.tag, str) and element_text(child)), None
    )
    return clean_author_names(element_text(first)) if first is not None else []


def _names_after_label(label: HtmlElement) -> list[str]:
    """The names printed after a credit label: as text right after it ("<h5>Autor: </h5>Peter
    Maahn/SP-X"), else in the element after it, one per item of a list."""
    tail = clean_text(label.tail)
    if tail:
        return clean_author_names(tail) if len(tail) <= MAX_BYLINE_CHARS else []
    value = label.getnext()
    if value is None:
        return []
    items = value.findall("li") if value.tag in ("ul", "ol") else [value]
    names: list[str] = []
    for item in items[:MAX_AUTHORS]:
        text = short_text(item, MAX_BYLINE_CHARS)
        names.extend(clean_author_names(text) if text else [])
    return names


def _outside_furniture(element: HtmlElement, *, sidebar: bool = False) -> bool:
    """Whether `element` lies outside navigation, menus, footers and (unless `sidebar`)
    side columns."""
    words = FURNITURE_BESIDE_SIDEBAR_WORDS if sidebar else FURNITURE_WORDS
    return not any(
        a.tag in ("nav", "footer") or not name_words(a).isdisjoint(words)
        for a in element.iterancestors()
    )


def _authors_from_credit_lines(doc: Document) -> list[Author]:
    """The one line on the page that is only a credit ("Written by Cassidy Horton",
    "Contributors: Janet Loughrey"), outside navigation, footers and comments. Several
    different credits are a list of posts, not one article's byline."""
    credited: dict[HtmlElement, tuple[str, ...]] = {}
    for element in _lines_opening_with(doc.root, CREDIT_LINE_TAGS, CREDIT_LINE_START):
        text = short_text(element, MAX_BYLINE_CHARS)
        label = CREDIT_LABEL.match(text) if text else None
        if not text or not (label or CREDIT_LINE.match(text)):
            continue
        # A labelled credit ("Author(s)" over the names) is read in a side column too: report
        # pages print their authors there, beside the date and publication type.
        if in_comments(element) or not _outside_furniture(element, sidebar=bool(label)):
            continue
        if label:
            names = tuple(_names_after_label(element))
        else:
            names = tuple(clean_author_names(CREDIT_LINE.sub("", text, count=1)))
        if names:
            box = element.getparent()
            if box is not None:
                credited.pop(box, None)  # the line, not the box that also prints its date
            credited[element] = names
    credits = set(credited.values())
    if len(credits) != 1:
        return []  # none, or several different credits: a list of posts
    return _as_authors(credits.pop())


def _thread_starter(doc: Document) -> list[Author]:
    """The member a forum names as the thread's starter: the thread's author, whoever wrote
    the posts shown first."""
    for element in doc.root.iter(*STARTER_LABEL_TAGS):
        own = element.text
        if (
            not own
            or len(own) > MAX_STARTER_LABEL_CHARS
            or len(element)
            or " ".join(own.lower().split()) not in STARTER_LABELS
        ):
            continue
        # the name after the label ("Thread starter <a>paulb203</a>"), else the link before
        # the badge ("<a>Ejp55230</a> <span><i></i><span>Discussion starter</span></span>")
        for member in (element.getnext(), _printed_before(element)):
            names = _member_names(member)
            if names:
                return _as_authors(names[:1])
    return []


def _printed_before(label: HtmlElement) -> HtmlElement | None:
    """The element printed just before a badge, past its icons: the label's previous sibling
    with text, else its wrapper's (one level up)."""
    node: HtmlElement | None = label
    for _ in range(2):
        if node is None:
            return None
        previous = node.getprevious()
        while previous is not None and not first_text(previous, MAX_BYLINE_CHARS):
            previous = previous.getprevious()  # an icon
        if previous is not None:
            return previous
        node = node.getparent()
    return None


def _member_names(member: HtmlElement | None) -> list[str]:
    """The forum member an element names: a user name as printed, or a cleaned name."""
    name = short_text(member, MAX_BYLINE_CHARS) if member is not None else None
    if not name:
        return []
    if USER_NAME.fullmatch(name):  # "paulb203", "sean_g"
        return [name]
    return clean_author_names(name, declared=True)


def _authors_from_author_pages(doc: Document) -> list[Author]:
    """The first link to an author's page ("/authors/shannon-grilli") printed after "by",
    or printing the name the page is named for when the page links one author's page only;
    outside navigation, footers and comments."""
    linked = in_tree([a for a in doc.links if AUTHOR_PAGE.search(a.get("href") or "")], doc.root)
    links = [link for link in linked if not in_comments(link) and _outside_furniture(link)]
    one_author = len({_author_page_slug(link.get("href") or "") for link in links}) == 1
    for link in links:
        href = link.get("href") or ""
        if not _after_by(link) and not (one_author and _names_its_page(link, href)):
            continue
        names = clean_author_names(element_text(link))
        if len(names) == 1:
            return [Author(name=names[0], url=doc.absolute_url(href), kind=_kind_of(names[0]))]
    return []


def _author_page_slug(href: str) -> str:
    return path_of(href).rstrip("/").rsplit("/", 1)[-1]


def _names_its_page(link: HtmlElement, href: str) -> bool:
    """Whether the link prints the name its author page is named for ("Emmanuel Oyibo" to
    /authors/emmanuel-oyibo)."""
    slug = _author_page_slug(href)
    text = element_text(link) or link.get("aria-label") or ""
    return bool(slug) and _name_key(slug) == _name_key(text)


def _after_by(link: HtmlElement) -> bool:
    """Whether "by" is printed just before the link (in its parent, or in the element before
    the link or before its parent: ``<span>by </span><p><a>Name</a></p>``)."""
    node: HtmlElement | None = link
    for _ in range(2):
        if node is None:
            return False
        before = node.getprevious()
        parent = node.getparent()
        if before is not None:
            text = (before.tail or "") if (before.tail or "").strip() else element_text(before)
        else:
            text = (parent.text or "") if parent is not None else ""
        if BY_BEFORE.search(text[-MAX_BY_CONTEXT_CHARS:]):
            return True
        if text.strip():
            return False
        node = parent
    return False


def _unique(authors: list[Author]) -> list[Author]:
    seen: set[str] = set()
    result: list[Author] = []
    for author in authors:
        key = author.name.casefold()
        if key not in seen:
            seen.add(key)
            result.append(author)
    return result[:MAX_AUTHORS]


def _authors_from_header(header: HeaderText | None) -> list[Author]:
    """A "By Jane Doe" line printed near the headline, whatever its markup."""
    if header is None:
        return []
    pieces = header.after[:MAX_HEADER_PIECES]
    for index, piece in enumerate(pieces):
        if _HEADER_BY_ALONE.match(piece) and index + 1 < len(pieces):
            piece = "By " + _names_after(pieces, index + 1)
        # the credit may follow the date on one line ("Martes 12 de marzo de 2024 | 15:40 |
        # Por Francisca Irarrázaval, Emol")
        credit = next((part for part in _line_parts(piece) if _HEADER_BY.match(part)), None)
        if credit is not None and len(credit) <= MAX_BYLINE_CHARS:
            names = clean_author_names(credit)
            if names:
                return _as_authors(names)
    for piece in pieces:
        if len(piece) <= MAX_BYLINE_CHARS and _names_with_role(piece):
            return _as_authors(clean_author_names(piece)[:1])
    return []


def _names_after(pieces: list[str], index: int) -> str:
    """The name at `index` and those joined to it piece by piece ("Helen Castellano", "and",
    "Rafael Ortiz": each name a link of its own after a "By" of its own)."""
    names = [pieces[index]]
    while (
        len(names) < MAX_AUTHORS
        and index + 2 < len(pieces)
        and _NAME_JOINER.fullmatch(pieces[index + 1].strip())
    ):
        index += 2
        names.append(pieces[index])
    return ", ".join(names)


def _line_parts(line: str) -> list[str]:
    """A header line, then its parts between vertical bars, dots and bullets."""
    parts = [part.strip() for part in _LINE_PARTS.split(line)]
    return [line, *parts[1:]] if len(parts) > 1 else [line]


def _authors_after_person_marks(header: HeaderText | None) -> list[Author]:
    """The name printed after an avatar or author icon near the headline: a guess from
    layout alone, as no word says it is a credit."""
    if header is None:
        return []
    pieces = header.after[:MAX_HEADER_PIECES]
    for index in sorted(header.after_person_marks):
        if index < len(pieces) and len(pieces[index]) <= MAX_BYLINE_CHARS:
            names = clean_author_names(_TRAILING_IN.sub("", pieces[index]))
            if names:
                return _as_authors(names)
    return []


def _names_with_role(piece: str) -> bool:
    """Whether a header line is a name followed by its role ("Aaron Ricadela | Senior Writer |
    July 2, 2025"): the role says the name is a person's credit, with no "By" before it."""
    first, *rest = (part.strip() for part in _SEPARATORS.split(piece))
    words = first.split()
    if not rest or not 2 <= len(words) <= 4 or not all(w[0].isupper() for w in words):
        return False
    if not clean_author_names(first):
        return False
    return any(
        _all_title_words(part) and STRONG_TITLE_WORDS.intersection(part.casefold().split())
        for part in rest
    )


def extract_authors(
    doc: Document,
    data: StructuredData,
    article: dict[str, Any] | None,
    header: HeaderText | None = None,
    site_name: str | None = None,
) -> tuple[list[Author], MetadataSource | None]:
    """The article's authors and the source they came from. The site itself credited as the
    author ("Moz" on moz.com, the og:site_name, the JSON-LD publisher) is the publisher, not
    an author (`site_name` says who publishes)."""
    publisher = _publisher_keys(doc, data, article, site_name)
    byline = _PrintedByline(doc)
    credits = _credits(doc, data, article, header, byline)
    first = next(credits, None)
    if first is None:
        return [], None
    authors, source = first.authors, first.source
    # The site credited by its name ("Buzzsprout", "Cleveland Clinic"): a person a later
    # source names (the author box, the byline) is the better answer, else the site stays.
    site = _keys(authors)
    if site <= publisher:
        for credit in islice(credits, MAX_SOURCES):
            people = {_name_key(a.name) for a in credit.authors if a.kind == "person"}
            if not credit.guessed and people - site:
                authors, source = credit.authors, credit.source
                break
    if any(map(_is_handle, (author.name for author in authors))):
        authors = _display_names(authors, credits)
    # The site credited beside a person ("Francisca Irarrázaval, Emol") is the newsroom.
    others = [author for author in authors if _name_key(author.name) not in publisher]
    kept = [
        _in_name_case(author)
        for author in authors
        if _name_key(author.name) not in publisher or (author.kind != "organization" and not others)
    ]
    if any(author.url is None for author in kept):
        kept = _linked_as_in_byline(kept, doc, byline)
    return (kept, source) if kept else ([], None)


def _linked_as_in_byline(
    authors: list[Author], doc: Document, byline: _PrintedByline
) -> list[Author]:
    """`authors` with the page each one's name links to, where their source gave none
    (JSON-LD naming a Person without a url; a byline read as text): the link the byline
    element gives the name, else the first link to an author's page (`AUTHOR_HREF`) whose
    text is the name, outside menus, footers and comment threads."""
    missing = {_name_key(author.name) for author in authors if author.url is None}
    pages = {
        key: author.url
        for author in byline.authors()
        if author.url and (key := _name_key(author.name)) in missing
    }
    for link in doc.links if missing - pages.keys() else ():
        href = link.get("href") or ""
        if not AUTHOR_HREF.search(href):
            continue
        key = _name_key(element_text(link))
        if key not in missing or key in pages:
            continue
        if _outside_furniture(link) and not in_comments(link) and (url := doc.absolute_url(href)):
            pages[key] = url
    return [
        author.model_copy(update={"url": pages[key]})
        if author.url is None and (key := _name_key(author.name)) in pages
        else author
        for author in authors
    ]


def _in_name_case(author: Author) -> Author:
    """A person's name printed in capitals ("By LORNE COOK and KELVIN CHAN", the wire
    services' bylines) as it is written: "Lorne Cook". Initials and Roman numerals stay
    ("J.R.", "III"); organisations keep their capitals (an agency's "AFP")."""
    name = author.name
    words = name.split()
    if author.kind != "person" or len(words) < 2 or not all(map(_in_capitals, words)):
        return author
    if all(len(word.strip(".,")) <= 2 for word in words):
        return author  # initials only
    written = " ".join(
        word if ROMAN_NUMERAL.fullmatch(word) or "." in word else _word_case(word) for word in words
    )
    return author.model_copy(update={"name": written})


def _in_capitals(word: str) -> bool:
    """Whether a word of a name is printed in capitals; a "Mc" keeps its small c in capitals
    ("KEVIN McGILL": AP)."""
    return word.isupper() or (word.startswith("Mc") and word[2:].isupper())


def _word_case(word: str) -> str:
    """One word of a name in capitals, written as a name ("O'NEIL" -> "O'Neil", "JEAN-PAUL"
    -> "Jean-Paul", "MCDONALD" -> "McDonald")."""
    written = word.title()
    if len(written) > 3 and written.startswith("Mc"):
        written = "Mc" + written[2:].capitalize()
    return written


def _is_handle(name: str) -> bool:
    """A name written as an account's handle: one lower-case run ("edilson.la.rosa")."""
    return " " not in name and name == name.lower() and any(char.isalpha() for char in name)


def _display_names(authors: list[Author], credits: Iterator[Credit]) -> list[Author]:
    """`authors` with each handle ("edilson.la.rosa", from the JSON-LD) written as a later
    source prints the same letters as a name ("Edilson La Rosa", the byline or meta author)."""
    handles = {_name_key(author.name) for author in authors if _is_handle(author.name)}
    printed: dict[str, str] = {}
    for credit in islice(credits, MAX_SOURCES):
        for other in credit.authors:
            key = _name_key(other.name)
            if key in handles and not _is_handle(other.name):
                printed.setdefault(key, other.name)
        if len(printed) == len(handles):
            break
    return [
        author.model_copy(update={"name": printed[key]})
        if (key := _name_key(author.name)) in printed
        else author
        for author in authors
    ]


def _name_key(name: str) -> str:
    return "".join(char for char in name.casefold() if char.isalnum())


def _publisher_keys(
    doc: Document, data: StructuredData, article: dict[str, Any] | None, site_name: str | None
) -> set[str]:
    """Keys (`_name_key`) of the names the site goes by: its name, its publisher's name, and
    the labels of its host name ("github" and "githubcom" for resources.github.com)."""
    names = [site_name or ""]
    publisher = article.get("publisher") if article else None
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        names.append(publisher["name"])
    parts = split_url(doc.url)
    host = (parts.hostname or "") if parts is not None else ""
    labels = [label for label in host.split(".") if label and label != "www"]
    names.extend(labels[:-1])  # not the top-level domain alone
    names.extend(f"{a}{b}" for a, b in pairwise(labels))
    return {key for key in map(_name_key, names) if key}


class Credit(NamedTuple):
    """The authors one source credits; `guessed` when only the layout says so."""

    authors: list[Author]
    source: MetadataSource
    guessed: bool = False


class _PrintedByline:
    """The authors the page's printed byline names (`_authors_from_dom`), read at most once: a
    source of credits, and of the pages the names of another source link to."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._authors: list[Author] | None = None

    def authors(self) -> list[Author]:
        if self._authors is None:
            self._authors = _unique(_authors_from_dom(self._doc))
        return self._authors


def _credits(
    doc: Document,
    data: StructuredData,
    article: dict[str, Any] | None,
    header: HeaderText | None,
    byline: _PrintedByline,
) -> Iterator[Credit]:
    """The authors each source credits, in order of precedence, sources that name nobody left
    out. Lazy: a later source is read only when asked for."""
    if article and article.get("author"):
        graph = {o["@id"]: o for o in data.jsonld if isinstance(o.get("@id"), str)}
        authors = _unique(_authors_from_jsonld(article["author"], doc, graph))
        if authors and all(a.kind == "organization" for a in authors):
            # A publisher credited as author: a person named in the byline is the better answer.
            people = [a for a in byline.authors() if a.kind == "person"]
            if people:
                yield Credit(people, "byline")
        if authors:
            yield Credit(authors, "json-ld")
    authors = _unique(_citation_authors(data))
    if authors:
        yield Credit(authors, "meta")
    authors = _thread_starter(doc)
    if authors:
        yield Credit(authors, "byline")
    for element in data.microdata_in("author", doc.root)[:3]:
        name_el = next((e for e in element.iter() if e.get("itemprop") == "name"), None)
        if name_el is not None:
            in_meta = name_el.tag == "meta"  # the value is its content
            value = (name_el.get("content") or "") if in_meta else element_text(name_el)
            named = [Author(name=n) for n in clean_author_names(value, declared=in_meta)]
        else:  # an author box: its linked name, else its name part, as a byline's
            named = _byline_authors(element, doc)
        if named:
            yield Credit(_unique(named), "microdata")
    authors = byline.authors()
    if authors:
        yield Credit(authors, "byline")
    authors = _unique(_authors_from_header(header))
    if authors:
        yield Credit(authors, "byline")
    authors = _unique(_authors_after_person_marks(header))
    if authors:
        yield Credit(authors, "byline", guessed=True)
    authors = _unique(_authors_from_credit_lines(doc))
    if authors:
        yield Credit(authors, "byline")
    for name in AUTHOR_META_NAMES:
        for value in data.meta.get(name, ()):
            names = clean_author_names(value, declared=True)
            if names:
                source: MetadataSource = "twitter" if name.startswith("twitter") else "meta"
                yield Credit(_unique(_as_authors(names)), source)
    authors = _unique(_card_data_authors(data))
    if authors:
        yield Credit(authors, "twitter")
    authors = _unique(_authors_from_author_pages(doc))
    if authors:
        yield Credit(authors, "byline")


def _citation_authors(data: StructuredData) -> list[Author]:
    """The authors of a scholarly page, from its ``citation_author`` tags ("Roy, Aniruddha"
    reads "Aniruddha Roy")."""
    authors: list[Author] = []
    for value in data.meta.get(CITATION_AUTHOR_META, ()):
        flipped = _LAST_FIRST.sub(r"\2 \1", value)
        authors.extend(_as_authors(clean_author_names(flipped, declared=True)))
    return authors


def _card_data_authors(data: StructuredData) -> list[Author]:
    """The author a card label/data pair names (twitter:label1 "Written by", twitter:data1);
    not on a page declared a website (og:type), where the pair names whoever made the page."""
    if any(kind.strip().lower() == "website" for kind in data.meta.get("og:type", ())):
        return []
    for index in range(1, MAX_CARD_DATA_PAIRS + 1):
        labels = data.meta.get(f"twitter:label{index}", ())
        if labels and labels[0].strip(" :").casefold() in WRITTEN_BY_LABELS:
            values = data.meta.get(f"twitter:data{index}", ())
            names = clean_author_names(values[0], declared=True) if values else []
            return _as_authors(names)
    return []
