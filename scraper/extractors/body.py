"""Main-content extraction: find the article's container(s) in the cleaned tree.

Stages (each a function below, run in this order by `extract_body`):

1. `measure`: one bottom-up pass computing, for every element, its text length and the part of
   it inside links (link density), and the number of paragraph-like children.
2. `score_candidates`: paragraph-like elements with enough text add a score to their ancestors
   (full to the parent, less with distance); ancestors are weighted by tag, class/id hints
   (`POSITIVE_WORDS`, `NEGATIVE_WORDS`) and their link density.
3. `choose_container`: the best-scored element, moved up to a shared ancestor when the runners-up
   live beside it (content split over sibling sections is kept whole; a copy of the story for
   another screen width is not a runner-up).
4. `_with_article_parts`, `_with_named_parts`: the other parts of a story an `<article>` sets
   in sections side by side, and the lead, FAQ or conclusion a template prints in a box named
   for it.
5. `render_body`: inside the chosen containers, drop link-heavy lists, short link rows and
   other leftovers (`is_link_cluster`) and the excluded elements (teaser cards on an article),
   and turn what is left into typed blocks (`blocks_from`).

Fallback: when no element scores (tiny or text-free pages), the whole ``<body>`` is walked.
The writers' bios under the story are split off by `split_bios` once the body is final.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice, takewhile

from lxml.etree import _Element as HtmlElement

from ..clean import is_widget_phrase
from ..dates import MONTHS, parse_human_date
from ..dom import HEADING_TAGS, holds, is_ancestor, name_words, path_up, same_kind
from ..features import MAX_LINK_DENSITY, MIN_PARAGRAPH_CHARS, Stats, measure
from ..models import Block, HeadingBlock, ImageBlock, ListBlock, ParagraphBlock, QuoteBlock
from ..parse import Document
from ..text import (
    SENTENCE_ENDS,
    clean_text,
    element_text,
    literal_alternation,
    normalise_key,
    raw_text,
    spaced_word_count,
)
from ..urls import host_of, path_of
from .authors import BIO_VERB
from .blocks import block_text, blocks_from
from .images import TRAILING_CREDIT, credit_of_line
from .notes import is_note_label_line, parse_note
from .teasers import RAIL_LABEL
from .updates import (
    CLOCK_ONLY,
    CLOCK_TIME,
    LETTER_RUN,
    NOUN_LABEL_ONLY,
    WHEN_WORDS,
    ZONE_WORD,
    is_update_label_line,
    parse_update,
    titled_update_label,
)

MAX_CAPTION_LINE_CHARS = 300  # a line after a picture longer than this is prose, not its caption
# Labels of a credit that close sentences of prose too ("... attribute the source: ...").
PROSE_CREDIT_LABELS = ("source", "quelle")
MAX_COUNTER_DIGITS = 3  # a list item of at most this many digits and nothing else is a counter
MIN_CITATION_WORDS = 4  # a linked list item this long names a work, not a menu entry
MIN_CITATION_CHARS = 12
MIN_CITATION_SHARE = 0.65  # of a list's items, for the list to cite works (or say more)
# A list item printing this many words beside its links says something of its own
# (`_items_say_more`), in a list of at least MIN_SAYING_ITEMS items.
MIN_ITEM_OWN_WORDS = 4
MIN_SAYING_ITEMS = 2
MIN_DOCUMENT_LINKS = 2
MIN_DOCUMENT_SHARE = 0.65  # of a box's links, for the box to list documents
DOCUMENT_PATH = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|csv)$", re.IGNORECASE)
MAX_LIST_WRAPPERS = 2
LINK_LISTS_SHARE = 0.7  # link lists holding this much of the content: they are the content
LINK_LIST_TAGS = frozenset({"ul", "ol", "div"})  # never link clusters on such a list page
PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "dd", "li", "h2", "h3", "h4"})
CONTAINER_TAGS = frozenset(
    {"div", "article", "section", "main", "td", "body", "span", "font", "center", "form", "dd",
     "blockquote", "ul", "ol"}
)  # fmt: skip
TAG_WEIGHTS = {
    "article": 10, "main": 10, "div": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
    "form": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "li": -3, "address": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}  # fmt: skip
POSITIVE_WORDS = frozenset(
    {"article", "articlebody", "article-body", "article-content", "body", "content", "entry",
     "entry-content", "post", "post-content", "post-body", "postbody", "story", "story-body",
     "text", "main", "blog", "hentry", "prose", "rich-text", "richtext", "markdown-body",
     "body-text", "bodytext", "page-content", "field-body"}
)  # fmt: skip
NEGATIVE_WORDS = frozenset(
    {"comment", "comments", "meta", "footer", "footnote", "masthead", "media", "related",
     "sidebar", "sponsor", "shoutbox", "widget__shares", "share", "social", "promo", "ad",
     "ads", "nav", "menu", "teaser", "card", "cards", "byline", "author", "tags"}
)  # fmt: skip
# Names of a reference list or its items ("references__item", Wikipedia's "references").
REFERENCE_WORDS = frozenset(
    {"references", "reference", "bibliography", "citations", "ref-list", "reflist", "footnotes",
     "endnotes"}
)  # fmt: skip
# A line that is only a picture's address (a shop's custom field "cat_thumb_Bone: https://...
# /5001_STAPLE_TEE_BONE_THUMB_1.jpg" printed as text).
IMAGE_ADDRESS = re.compile(
    r"\A\s*+(?:https?:)?//\S+?\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*+)?\s*+\Z", re.IGNORECASE
)
# A script's data printed into the page ('{"statementLink":"", ...}' in a widget's hidden box,
# a shop's product grid as JSON for its script to draw): no reader's text. Code samples are
# `CodeBlock`s, never asked.
DATA_OBJECT_ENDS = (("{", "}"), ("[", "]"))
# A line made mostly of UUIDs run together: the class names of an obfuscated label's letters
# (eBay's "Sponsored", each letter in a span named by a UUID, most hidden by CSS), or a
# template's keys printed as text. No reader's sentence is half identifiers.
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
MIN_IDENTIFIER_RUN = 2
MIN_IDENTIFIER_SHARE = 0.5
# A link printing its own address ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3662..."):
# a source cited in full.
PRINTED_ADDRESS = re.compile(r"\A(?:https?://|www\.)\S{8,}\Z", re.IGNORECASE)
# A template's placeholder text, left in a block nobody filled in (and often hidden by CSS)
PLACEHOLDER_TEXT = re.compile(r"\A\W*+lorem\s++ipsum\b", re.IGNORECASE)
# A breadcrumb trail printed as a line: the home page, then two or more steps ("Accueil >
# Actualités > Société > Ouagadougou : Les conducteurs ...").
BREADCRUMB_LINE = re.compile(
    # a trail announced as one (Drupal's and Joomla's "You are here"), whatever its marks
    r"\A\s*+(?:you\s++are\s++here|sie\s++sind\s++hier|vous\s++êtes\s++ici"
    r"|usted\s++está\s++aquí)(?:\s*+:|\s++(?:home|startseite|accueil|inicio)\b)"
    r"|\A\s*+(?:home|accueil|startseite|inicio|início|home page|strona główna|etusivu|forside"
    r"|hem|hjem|főoldal|úvod|anasayfa|ana sayfa|homepage)"
    r"(?:\s*+[>›»/|]\s*+[^\s>›»/|]++(?:\s++[^\s>›»/|]++)*+){2,}+\s*+\Z",
    re.IGNORECASE,
)
# A post's taxonomy printed as a line: its tags or categories after a label, a list of names
# of a few words each and no sentence ("Tags: Eigentum, Facebook, Open Source", "Filed under:
# News | Politics"), or the label alone when the names were links taken out ("Categories:").
# A label that reads on into its names takes no colon ("Posted in Blockchain, Smart Contract").
TAXONOMY_LINE = re.compile(
    r"\A\W*+(?:(?:tags?|schlagwörter|schlagworte|stichwörter|étiquettes|etiquetas"
    r"|categor(?:y|ies)|kategorien?|catégories?|categorías?|categorie)\s*+:"
    r"|(?:tagged(?:\s++with)?|filed\s++under|posted\s++in)\s*+:?)"
    r"(?:\s*+[^\s.!?,|:]++(?:\s++[^\s.!?,|:]++){0,3}"
    r"(?:\s*+[,|]\s*+[^\s.!?,|:]++(?:\s++[^\s.!?,|:]++){0,3}){0,12})?\s*+\Z",
    re.IGNORECASE,
)
RAIL_LEFTOVER = " *•·-–—|"  # the bullets and separators a rail's links were printed between
# A line, then a name after its last separator ("..., 6.00pm GMT, The Times")
SIGNED_LINE = re.compile(r"^(?P<line>.{6,200}?)\s*+[,|·•–—]\s*+(?P<site>[^,|·•–—]{2,60})$")
MIN_BREADCRUMB_ITEMS = 3  # the home page, a section, the page
MAX_BREADCRUMB_STEP_WORDS = 4
MIN_REFERENCE_ITEMS = 3
MIN_PROSE_BESIDE_CHARS = 200  # prose beside a reference list: a paragraph's worth, at least
TABLE_SHARE = 0.9  # a box holding a table this share of its text is the table
MIN_EXCERPT_CHARS = 200  # a teaser card printing this much prose prints an excerpt
CLASS_WEIGHT = 25
ANCESTOR_LEVELS = 5
SIBLING_SCORE_SHARE = 0.2
RUNNER_UP_SHARE = 0.75
WIDEN_SHARE = 0.55
# A container set this deep in an ancestor's paragraphs, MIN_TEXT_AROUND_CHARS of them before
# and after it, is an embed in that text (`_text_around`).
MAX_EMBED_DEPTH = 6
MIN_TEXT_AROUND_CHARS = 1000
# Twins of the chosen container (`_with_twins`): looked for within this many levels above it,
# each holding this much prose with at most this link density, when the container itself
# holds `MIN_TWINNED_CHARS`.
TWIN_LEVELS = 6
FAR_TWIN_LEVELS = 10  # ... or this far, when each stands in wrappers made alike
MIN_TWIN_CHARS = 200
MIN_TWINNED_CHARS = 1000
TWIN_LINK_DENSITY = 0.3
MIN_TWIN_PROSE_SHARE = 0.6
# Short lines that are a date, "Posted on ...", "By <name>", "Updated ..." are metadata.
MAX_DATELINE_CHARS = 80
MAX_DATELINE_WORDS = 6
DATELINE = re.compile(
    r"^(?:posted|published|updated|last\s+updated|written|reviewed|aktualisiert|veröffentlicht"
    r"|zuletzt\s+aktualisiert|publié|mis\s+à\s+jour|actualizado|publicado|aggiornato|pubblicato)\b"
    r"(?:\s++(?:on|at|by|am|le|el|il))?\s*+[:\-–]?\s*+\S",
    re.IGNORECASE,
)
# A line that gives nothing but dates and times ("14 maart 2024 · Leestijd 3 minuten", "Le 18
# avril 2024 à 13h50, modifié le 18 avril 2024 à 18h47") says what they are with one of
# `DATELINE_VERBS`; besides month names and the clock words of `WHEN_WORDS` it holds only
# `DATELINE_FILLERS`. Durations alone ("3 hours and 30 minutes") are not datelines.
DATELINE_VERBS = frozenset(
    {"posted", "published", "updated", "modified", "ago", "publié", "modifié", "actualizado",
     "actualizada", "publicado", "atualizado", "há", "aggiornato", "pubblicato",
     "veröffentlicht", "aktualisiert", "lesezeit", "bijgewerkt", "gewijzigd", "gepubliceerd",
     "leestijd", "opdateret", "oppdatert", "uppdaterad", "publiceret", "publisert",
     "publicerad", "päivitetty", "julkaistu", "lesetid", "læsetid", "lästid", "lettura",
     "lecture", "lectura", "leitura", "publiziert", "erschienen",
     # a reading time ("Apr 16, 2024 — 4 min read", "Reading Time: 8 minutes")
     "read", "reading"}
)  # fmt: skip
DATELINE_FILLERS = frozenset(
    {"last", "first", "hours", "hour", "minutes", "minute", "min", "mins", "time", "and", "à",
     "al", "mis", "jour", "horas", "hora", "zuletzt", "stand", "minuten", "kl", "publish",
     "average", "date", "alle", "di", "minuti", "temps", "tempo", "i", "dag"}
)  # fmt: skip
# Where two words printed in elements of their own were glued ("EDTUpdated", "UhrLesezeit")
_GLUED_WORDS = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])|(?<=[A-ZÀ-Þ])(?=[A-ZÀ-Þ][a-zß-ÿ])")
_DATELINE_WORDS = DATELINE_VERBS | DATELINE_FILLERS | WHEN_WORDS | frozenset(MONTHS)
_DIGIT = re.compile(r"\d")
# "By Jane Doe", "By Jane Doe and John Roe": every word after "By" a capitalised name part.
BYLINE = re.compile(
    r"^(?:by|von|par|por)\s+(?:(?:and|und|et|y|&|,)\s*+|[A-Z][\w.'’-]*+\s*+){1,8}$",
    re.IGNORECASE,
)
MIN_BYLINE_WORDS = 3  # "By" and two names, before a comma and the newsroom
# The word a byline may open with before "by" ("Written by Jane Doe", "Posted by ...").
BYLINE_LEAD = re.compile(r"^(?:written|posted|words|story|text|reporting)\s++(?=by\s)", re.I)
# Words a credit line joins its names with, and opens them with.
CREDIT_JOINERS = frozenset(
    {"by", "von", "par", "por", "door", "af", "av", "and", "und", "et", "y", "&", "e", "og", "en"}
)
CREDIT_PUNCTUATION = " ,.:;|·•—–-"
# The author's role printed on a line of its own under the byline, maybe with the newsroom
# ("Business reporter, BBC News", "Senior Political Correspondent").
ROLE_LINE = re.compile(
    r"^(?:[^\W\d_][\w&'’.-]*+\s++){0,3}(?:reporter|correspondent|editor|writer|columnist"
    r"|journalist|producer|contributor|redakteur|redakteurin|korrespondent|korrespondentin"
    r"|journaliste|periodista|redactora?|giornalista)s?(?:\s*+,\s*+[^,.!?]{1,40})?$",
    re.IGNORECASE,
)
# Where the author filed from, after the name ("Jane Doe in Isiolo, Kenya").
PLACE_CREDIT = re.compile(
    r"(?:in|from|aus|à|em|desde|depuis|dans|w|v)\s++(?P<place>[^\W\d_][\w .,'’-]{0,40})$"
)
# The word a credit opens with before the names ("By", "Von", "Texto de", "Words by").
CREDIT_WORD = re.compile(
    r"(?:(?:words|text|texto|reportage|reporting)\s++)?"
    r"(?:by|von|par|por|door|af|av|di|de|od|przez)\s++",
    re.IGNORECASE,
)
MAX_NEWSROOM_CHARS = 40
# A line promoting a newsletter inside the body.
NEWSLETTER = re.compile(r"\bnewsletters?\b", re.IGNORECASE)
SIGN_UP = re.compile(
    r"\b(?:sign\s+up|subscribe|abonnieren|anmelden|inscrivez-vous|abonnez-vous|s'inscrire"
    r"|s'abonner|suscríbete|suscribirse|suscríbase|iscriviti|iscriversi|inscreva-se|assine"
    r"|aanmelden|inschrijven|abonneer|zapisz\s+się)\b",
    re.IGNORECASE,
)
MAX_PROMO_LINE_CHARS = 200
# A form's consent line: "By clicking Sign Me Up, you confirm you are 16+ and agree to our
# Terms of Use", "By using Conductor, you agree to our Terms of Service and Privacy Policy"; or
# a notice closing with one ("To make Medium work, we log user data. By using Medium, you agree
# to our Privacy Policy, including cookie policy.").
CONSENT = re.compile(
    r"(?:^|(?<=[.!?])\s)by\s++(?:clicking|using|submitting|signing\s+up|subscribing|continuing|"
    r"registering|creating\s+an\s+account|checking|tapping|entering)\b[^.]{0,120}?\b(?:you|i)\s++"
    r"(?:agree|accept|acknowledge|consent|confirm)",
    re.IGNORECASE,
)
# A line opening with a copyright sign: a rights notice ("© 2019 Science X Network", "Copyright
# 2019 by bumm film GmbH", "© 2022, BreakingBelizeNews.com. This article is the copyrighted
# property of ...") or a photo's credit left apart from its picture ("© dpa | Kay Nietfeld").
# No sentence of prose opens that way; the word alone ("Copyright law protects ...") is prose.
RIGHTS_LINE = re.compile(r"^(?:©|\(c\)\s*+\d{4}|copyright\s*+(?:©|\(c\)|\d{4}))", re.IGNORECASE)
MAX_RIGHTS_LINE_CHARS = 400
# Short promo lines: a call to follow the site or its author elsewhere, or to get its app
# ("Follow AP on Facebook, X, Instagram ...", "Folgen Sie uns auf Twitter", "¡Mira lo que tiene
# nuestro canal de YouTube!", "... download the Nationnews apps for iOS and Android."); a rights
# notice ("© 2026 Bank of America Corporation. All rights reserved.", "This material may not be
# published, broadcast ..."); a comment form's prompt left without its form ("You must be
# logged in to post a comment.", "Sie müssen sich einloggen, um ... zu können."). Each with the
# lower-case words one of which its lines cannot lack: a line holding none of them is not
# scanned by the pattern (a test of `in` costs a tenth of a failed search).
_SOCIAL_NETWORKS = (
    r"(?:twitter|x|instagram|facebook|telegram|whatsapp|youtube|tiktok|linkedin|threads|"
    r"bluesky|mastodon|google\s++news|snapchat|pinterest|social\s++media)\b"
)
PROMO_LINES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(
            r"^(?:(?:please\s++)?(?:follow|join|like|find)\s++(?:(?:us|\S[^.!?]{0,60}?)\s++)?on"
            r"|(?:folg(?:en\s++sie|t)\s++uns|suivez[- ]nous|síguenos|siga-nos|seguici)\s++"
            r"(?:auf|sur|en|no|su))\s++" + _SOCIAL_NETWORKS,
            re.IGNORECASE,
        ),
        ("follow", "join", "like", "find", "folg", "suivez", "síguenos", "siga", "seguici"),
    ),
    (
        # "Join ST's WhatsApp Channel and get the latest news", "Follow our Telegram channel"
        re.compile(
            r"^(?:please\s++)?(?:follow|join|subscribe\s++to)\s++(?:\S++\s++){0,3}?"
            + _SOCIAL_NETWORKS
            + r"\s++(?:channel|group|community)\b",
            re.IGNORECASE,
        ),
        ("follow", "join", "subscribe"),
    ),
    (
        # a feedback widget's question ("How does this make you feel?", "What did you think of
        # today's issue?", "Was this article helpful?")
        re.compile(
            r"^(?:how\s++(?:does|did)\s++this\s++(?:article\s++|story\s++|post\s++)?make"
            r"\s++you\s++feel|how\s++was\s++(?:this|today's|today’s)\s++(?:issue|newsletter"
            r"|edition|article|story|post)|what\s++did\s++you\s++think\s++of\s++(?:today's|today’s|this"
            r"|this\s++week's|this\s++week’s)\s++(?:issue|newsletter|edition|article|story|post)"
            r"|(?:was|is)\s++this\s++(?:article|story|page|post|content|answer|information)"
            r"\s++(?:helpful|useful)|did\s++you\s++find\s++this\s++(?:article|story|page|post"
            r"|information)\s++(?:helpful|useful))\b",
            re.IGNORECASE,
        ),
        ("feel", "think", "helpful", "useful", "how was"),
    ),
    (
        # an author box's links: "View all posts by Maureen Salamon", "See Full Bio"
        re.compile(
            r"^(?:(?:view|see|browse|read)\s++)?all\s++(?:posts|articles|stories|entries)\s++"
            r"(?:by|from)\s++\S[^.!?]{0,60}$|^(?:(?:see|view|read)\s++(?:the\s++)?)?full\s++bio"
            r"\W*+$",
            re.IGNORECASE,
        ),
        ("all posts", "all articles", "all stories", "all entries", "full bio"),
    ),
    (
        # a prompt to follow the story's topics or authors ("Follow topics and authors from this
        # story to see more like this in your personalized homepage feed and to receive email
        # updates.": Vox Media; "Get alerts on Energy when a new story is published": the FT)
        re.compile(
            r"^(?:follow\s++(?:the\s++)?(?:topics|authors|this\s++(?:topic|author))\b"
            r"[^.!?]{0,140}?\b(?:feed|updates|alerts|notifications|notified)\b"
            r"|get\s++alerts\s++on\s++[^.!?]{1,60}?\s++when\s++a\s++new\s++(?:story|article))",
            re.IGNORECASE,
        ),
        ("follow", "alerts"),
    ),
    (
        # "CLICK HERE TO GET THE FOX NEWS APP"
        re.compile(
            r"^click\s++here\s++to\s++(?:get|download)\s++(?:the\s++|our\s++)?"
            r"(?:\S++\s++){0,3}?apps?\b",
            re.IGNORECASE,
        ),
        ("click here",),
    ),
    (
        # a paper's note of where the story ran in print ("A version of this article appears
        # in print on April 10, 2024, Section A, Page 1 ...", "Appeared in the April 10, 2024,
        # print edition as ...")
        re.compile(
            r"^(?:a\s++version\s++of\s++this\s++(?:article|story)\s++appear(?:s|ed)\s++in"
            r"\s++print|appeared\s++in\s++the\s++[^.!?]{0,40}?\bprint\s++edition)\b",
            re.IGNORECASE,
        ),
        ("print",),
    ),
    (
        re.compile(
            r"\b(?:nuestro\s++canal\s++de|canal\s++de|síguenos\s++en)\s++" + _SOCIAL_NETWORKS,
            re.IGNORECASE,
        ),
        ("canal", "síguenos"),
    ),
    (
        re.compile(
            r"^[^.!?]{0,80}\bdownload\s++(?:the\s++|our\s++)?[^.!?]{0,40}\bapps?\b[^.!?]{0,30}\b"
            r"(?:ios|android|app\s++store|google\s++play)\b",
            re.IGNORECASE,
        ),
        ("download",),
    ),
    (
        # "Get the latest news straight to your phone with the VI Consortium app."
        re.compile(
            r"^get\s++(?:the\s++)?(?:latest\s++)?(?:news|stories|updates|headlines)\b"
            r"[^.!?]{0,60}?\b(?:with|on|in)\s++(?:the\s++|our\s++)?[^.!?]{0,40}?\bapp\b",
            re.IGNORECASE,
        ),
        ("get ",),
    ),
    (
        # a newsletter's promise, on a line of its own ("Get the latest research ... delivered
        # straight to your inbox.", "Get New York Today in your inbox.")
        re.compile(
            r"\b(?:delivered|sent)\s++(?:straight\s++|right\s++|directly\s++)?to\s++your\s++inbox\b"
            r"|\b(?:straight|directly)\s++(?:to|in|from)\s++your\s++inbox\b|\bin\s++your\s++inbox\W*+$",
            re.IGNORECASE,
        ),
        ("inbox",),
    ),
    (
        # an affiliate's button ("See price at Amazon", "Check the latest price on eBay")
        re.compile(
            r"^(?:see|check|view|compare)\s++(?:the\s++)?(?:latest\s++|best\s++)?"
            r"(?:price|prices|deal|deals)\s++(?:at|on)\s++\S[^.!?]{0,40}$",
            re.IGNORECASE,
        ),
        ("price", "deal"),
    ),
    (
        # Jetpack's subscription box under a WordPress post, when its form is drawn by a
        # script ("Discover more from Tiny House Giant Journey" / "Subscribe to get the latest
        # posts sent to your email." / "Subscribe now to keep reading and get access to the
        # full archive.")
        re.compile(
            r"^(?:discover\s++more\s++from\s++\S[^.!?]{0,60}$|subscribe\s++(?:to\s++get\s++the"
            r"\s++latest\s++posts\s++(?:sent\s++)?to\s++your\s++e-?mail|now\s++to\s++keep"
            r"\s++reading\s++and\s++get\s++access))",
            re.IGNORECASE,
        ),
        ("discover", "subscribe"),
    ),
    (
        # a blogger's ask to share the post ("If you like it, please share it!", "Help me
        # spread the word about this podcast!")
        re.compile(
            r"^(?:if\s++you\s++(?:like|liked|enjoy(?:ed)?|found)\s++(?:it|this)\b[^.!?]{0,60}?"
            r"\bplease\s++share\b|(?:please\s++)?help\s++(?:me|us)\s++spread\s++the\s++word\b)",
            re.IGNORECASE,
        ),
        ("share", "spread"),
    ),
    (
        # a script's placeholder until its data arrives ("Loading prices for your region…")
        re.compile(r"^loading\b[^.!?…]{0,60}(?:…|\.\.\.)\s*+$", re.IGNORECASE),
        ("loading",),
    ),
    (
        # an ad set in a newsletter's text under its label ("Advertisement: New AI Book!")
        re.compile(r"^advertisement\s*+:\s*+\S", re.IGNORECASE),
        ("advertisement",),
    ),
    (
        # an affiliate plugin's footer under each product box ("Last update on 2024-03-01 /
        # Affiliate links / Images from Amazon Product Advertising API")
        re.compile(r"\bamazon\s++product\s++advertising\s++api\b", re.IGNORECASE),
        ("advertising",),
    ),
    (
        # a paper's promo for its print or digital edition under a story cut short online
        # ("Subscribe now to our eNATION edition for the full story.")
        re.compile(
            r"^subscribe\s++(?:now\s++|today\s++)?to\s++(?:our|the)\b[^.!?]{0,40}?"
            r"\b(?:e-?edition|edition|e-?paper|digital\s++replica)\b",
            re.IGNORECASE,
        ),
        ("subscribe",),
    ),
    (
        re.compile(
            r"\b(?:all\s++rights\s++reserved|alle\s++rechte\s++vorbehalten|"
            r"tous\s++droits\s++réservés|todos\s++los\s++derechos\s++reservados|"
            r"tutti\s++i\s++diritti\s++riservati|todos\s++os\s++direitos\s++reservados)\b"
            r"|\bmay\s++not\s++be\s++(?:re)?(?:published|reproduced|broadcast|redistributed)\b",
            re.IGNORECASE,
        ),
        ("rights", "rechte", "droits", "derechos", "diritti", "direitos", "may not"),
    ),
    (
        re.compile(
            r"\b(?:log(?:ged)?\s*+in|sign(?:ed)?\s*+in|register|create\s++an\s++account|"
            r"einloggen|anmelden|angemeldet|registrieren|connecté|connectez-vous|"
            r"inicia\s++sesión|iniciar\s++sesión)\b[^.!?]{0,60}?\b"
            r"(?:to\s++(?:post|leave|write|add|comment|reply|join|answer)|comment|kommentar|diskussion|"
            r"commenter|comentar)",
            re.IGNORECASE,
        ),
        ("log", "sign", "regist", "account", "einlog", "anmeld", "angemeld", "connect", "sesión"),
    ),
    (
        # the site asking for its readers' money, in its own words, in a sentence of a short
        # line ("Five Books interviews are expensive to produce. If you've enjoyed this
        # interview, please support us by donating a small amount.")
        re.compile(
            r"(?:^|(?<=[.!?])\s)(?:if\s++you(?:['’]ve)?\s++(?:value|enjoy(?:ed)?|liked?"
            r"|appreciated?|rely\s++on)\s++"
            r"(?:reading\s++)?(?:our|this|the|what\s++we)\b[^.!?]{0,80}?\b(?:donat|support|subscri|contribut)"
            r"|(?:please\s++)?(?:donate|make\s++a\s++(?:donation|contribution))"
            r"(?:\s++(?:now|today|here))?\W*+$)",
            re.IGNORECASE,
        ),
        ("if you", "donat", "contribution"),
    ),
    (
        # a newsroom asking for tips or corrections ("Got a tip? Email ...", "Har du tips?",
        # "If you spot an error, please let us know at ...", "Hast du einen Fehler gefunden?")
        re.compile(
            r"^(?:got|have\s++you\s++got|do\s++you\s++have|har\s++du|hast\s++du|haben\s++sie)"
            r"\s++(?:a\s++|any\s++|einen\s++)?(?:news\s++|story\s++)?(?:tips?|tipp|fehler)\b"
            r"|^(?:if\s++you\s++(?:spot|see|notice|find)|spotted|found)\s++(?:an?\s++)?"
            r"(?:error|mistake|typo)\b|^hittat\s++ett\s++fel\b"
            # ... closing a reporter's line ("Transport reporter. Got a tip? Email ...")
            r"|[.!?]\s++(?:got|have)\s++an?\s++(?:news\s++|story\s++)?tip\?"
            # a newsroom's corrections policy under each story ("When we learn of a mistake,
            # we acknowledge it with a correction."), and the same ask in other languages
            r"|^when\s++we\s++learn\s++of\s++an?\s++(?:mistake|error)\b"
            r"|^(?:vous\s++avez\s++(?:repéré|trouvé|constaté)\s++une\s++erreur"
            r"|¿?(?:has|ha)\s++(?:visto|encontrado|detectado)\s++(?:un|algún)\s++error"
            r"|si\s++(?:encuentras|detectas|ves)\s++(?:un|algún)\s++error"
            r"|jika\s++(?:ada|anda\s++menemukan)\s++kesalahan)\b",
            re.IGNORECASE,
        ),
        ("tip", "fehler", "error", "mistake", "typo", "hittat", "erreur", "kesalahan"),
    ),
    (
        # a wire story's footnote: when and where it ran first (the dates are fields)
        re.compile(
            r"^this\s++(?:story|article)\s++(?:was|has\s++been)\s++(?:originally|first)\s++"
            r"(?:published|posted)\b",
            re.IGNORECASE,
        ),
        ("this story", "this article"),
    ),
    (
        # a sign-in prompt a paywall or a forum's guest notice leaves, a question ("Already
        # have an account? Log in", "Already a subscriber? View your reports here →", "Vous
        # avez déjà un compte ?", "¿Ya tienes una cuenta?", "Schon registriert?")
        re.compile(
            r"^(?:already\s++(?:have\s++an\s++account|an?\s++(?:subscriber|member|customer)"
            r"|registered|subscribed)|vous\s++avez\s++déjà\s++un\s++compte"
            r"|déjà\s++(?:abonné|inscrit)|¿?ya\s++(?:tienes|tiene|eres)\s++(?:una\s++cuenta"
            r"|suscriptor|socio)|(?:schon|bereits)\s++(?:registriert|abonnent|kunde))\s*+\?",
            re.IGNORECASE,
        ),
        ("already", "déjà", "ya ", "schon", "bereits"),
    ),
    (
        # a listing's sort menu printed as a line ("Sort by: Featured Best selling Price, low to
        # high"), in any language
        re.compile(
            r"^(?:sort(?:ed)?\s++by|sortieren\s++nach|trier\s++par|ordenar\s++por|ordina\s++per)"
            r"\s*+:",
            re.IGNORECASE,
        ),
        ("sort", "trier", "ordenar", "ordina"),
    ),
    (
        # an event's or an offer's promo closing with its button ("Sessions 2026 - April 29-30 ·
        # Register now", "Early-bird prices end Friday | Get tickets")
        re.compile(
            r"^[^.!?]{3,100}\s[·|•–—-]\s*+(?:register|sign\s++up|subscribe|book|buy|get|reserve)"
            r"\b[^.!?·|•]{0,20}?\b(?:now|today|here|tickets?|seats?)\W*+$",
            re.IGNORECASE,
        ),
        (" ·", " |", " •", " –", " —", " -"),  # (the separator: rarer than the verbs)
    ),
    (
        # Substack's subscription box under a post ("Thanks for reading Almost Timely
        # Newsletter! Subscribe for free to receive new posts ...", "... This post is public so
        # feel free to share it.")
        re.compile(
            r"^thanks\s++for\s++reading\b[^!?.]{0,80}[!?.]\s*+(?:subscribe\b|this\s++post\s++is"
            r"\s++public\b)",
            re.IGNORECASE,
        ),
        ("thanks for reading",),
    ),
    (
        # an ad slot's label telling the reader to scroll past it ("Advertisement - Continue
        # Reading Below", "Advertisement - Page continues below", "Story continues below
        # advertisement", "Article continues after this ad")
        re.compile(
            r"^(?:advertisement|advertising|ad|anzeige|werbung)\s*+[-–—:|]?\s*+(?:(?:the\s++)?"
            r"(?:page|story|article|content|text)\s++continues|continue\s++reading)\s++below\W*+$"
            r"|^(?:the\s++)?(?:story|article|text|content)\s++continues\s++(?:below|after)"
            r"(?:\s++(?:this|the))?\s++(?:ad|advert|advertisement)\W*+$",
            re.IGNORECASE,
        ),
        ("continue",),
    ),
    (
        # a note under an affiliate's button naming the site it leads to ("Get a Quote" /
        # "Links to Travelinsurance.com")
        re.compile(r"^links?\s++to\s++(?:[\w-]++\.)++[a-z]{2,}\W*+$", re.IGNORECASE),
        ("links to", "link to"),
    ),
)
# A forum app's footer under a post: "Sent from my SM-S908U using AC Forums mobile app".
MOBILE_APP_FOOTER = re.compile(
    r"^sent\s++from\s++my\s++[^\n]{1,60}?\s++using\s++[^\n]{1,60}$", re.IGNORECASE
)
# The post count a section or tag page prints under its name.
LISTING_COUNT = re.compile(
    r"^(?:(?:a\s+collection\s+of\s+|(?:showing|displaying)\s+(?:all\s+)?)?[\d,.–-]+"
    r"(?:\s+of\s+[\d,.]+)?\s+(?:posts?|articles?|stories|results?|items?|entries|products?"
    r"|beiträge|artikel)|showing\s+the\s+single\s+result)\.?$",
    re.IGNORECASE,
)
# A link to the comments with their count ("Comments (46)", "12 Kommentare"): a widget's
COMMENT_COUNT = re.compile(
    r"^(?:(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties"
    r"|kommentarer|reactions?|responses?|replies)\s*+[(\[]?\d++[)\]]?|[\d,.]++\s++(?:comments?"
    r"|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|kommentarer"
    r"|reactions?|responses?|replies|reply|antworten|réponses?|respuestas?|risposte)"
    r"(?:\s++(?:to|in)\s++this\s++(?:topic|thread|post|discussion))?)$",
    re.IGNORECASE,
)
# A list's paging status: "Showing 1 to 10 of 57 entries" (DataTables), "Zeige 1 bis 10 (von
# insgesamt 19 Artikeln)" (German shops), "Es werden die Weine 1 bis 10 von insgesamt 19
# angezeigt!": a few words, a range of numbers, "of" a total, a few words; or "Page 1 of 8".
PAGING_STATUS = re.compile(
    r"\A(?:(?:[^\W\d]++\s++){0,4}\d++\s*+(?:to|bis|à|a|al|–|-)\s*+\d++\s*+\(?"
    r"(?:of|von|sur|de|su)\s++(?:insgesamt\s++|total\s++)?\d[\d,.]*+"
    r"(?:\s++[^\W\d]++){0,3}\s*+[.!)]?"
    # "Page 1 of 8", "Seite 2 von 5", "Página 1 de 3"
    r"|(?:page|seite|página|pagina|strona|sida|side)\s++\d++\s++(?:of|von|sur|de|di|z|av|af)"
    r"\s++\d++)\s*+\Z",
    re.IGNORECASE,
)
# A forum member's profile beside a post, a line per label or counter ("Joined", "Posts:
# 4958", "2 Likes", "Reaction score"). Read on paragraphs only: a heading "Messages" or
# "Online" names a section of an article.
MEMBER_PROFILE_LINE = re.compile(
    r"^(?:(?:posts|messages|likes|likes\s+received|reactions|reaction\s+score|points|"
    r"trophy\s+points|best\s+answers|reputation|threads|topics|karma|solutions)"
    r"(?:\s*+:?\s*+[\d.,]++[km]?)?|[\d.,]++[km]?\s++(?:likes?|reactions?)"
    r"|joined|join\s+date(?::?\s++\w++\s++\d{4})?|online|offline"
    r"|member|moderator|administrator)$",
    re.IGNORECASE,
)
# A member's rank printed under the name, a line of its own in a paragraph or in a heading
# (XenForo's <h5 class="userTitle">): "Well-known member", "2+ Year Member", "Staff member".
MEMBER_RANK_LINE = re.compile(
    r"^(?:(?:senior|junior|established|well-known|premium|new|active|full|registered|"
    r"respected|valued|veteran|super|elite|staff|\d++\+?\s++years?)\s++member)$",
    re.IGNORECASE,
)
MIN_REPEAT_CHARS = 40
QUOTE_ATTRIBUTION_CHARS = 100  # how far into a quotation its "X wrote:" may end
META_SEPARATORS = ("·", "|", "•")
MAX_META_LINE_WORDS = 12
HEADER_BLOCKS = 4  # how far down the container the headline and dek may be repeated
_NAME_SPLIT = re.compile(r"[\s]+")


@dataclass(slots=True)
class BodyResult:
    """The article body: its blocks and the element(s) they came from."""

    blocks: list[Block] = field(default_factory=list)
    containers: list[HtmlElement] = field(default_factory=list)


def _class_weight(element: HtmlElement) -> int:
    raw = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if not raw.strip():
        return 0
    words = set(_NAME_SPLIT.split(raw.strip()))
    words |= {part for word in words for part in re.split(r"[-_]+", word) if part}
    weight = 0
    if words & POSITIVE_WORDS:
        weight += CLASS_WEIGHT
    if words & NEGATIVE_WORDS:
        weight -= CLASS_WEIGHT
    if element.get("itemprop") == "articleBody":
        weight += 2 * CLASS_WEIGHT
    return weight


def score_candidates(root: HtmlElement, stats: dict[HtmlElement, Stats]) -> list[HtmlElement]:
    """Give each ancestor of a paragraph-like element a share of its score; return the scored."""
    scored: dict[HtmlElement, None] = {}
    for element, element_stats in stats.items():
        if element_stats.text < MIN_PARAGRAPH_CHARS:
            continue  # (most elements: asked first, it is the cheapest test)
        if element.tag not in PARAGRAPH_TAGS and not _has_direct_text(element):
            continue
        if element_stats.link_density > 0.6 or _inside_link(element):
            continue
        points = 1 + element_stats.commas + min(element_stats.text / 100, 3)
        ancestor = element.getparent()
        level = 0
        while ancestor is not None and level < ANCESTOR_LEVELS:
            ancestor_stats = stats.get(ancestor)
            if ancestor_stats is None:
                break
            if ancestor not in scored:
                ancestor_stats.score += TAG_WEIGHTS.get(ancestor.tag, 0) + _class_weight(ancestor)
                scored[ancestor] = None
            divider = 1 if level == 0 else (2 if level == 1 else level * 3)
            ancestor_stats.score += points / divider
            ancestor = ancestor.getparent()
            level += 1
    for element in scored:
        element_stats = stats[element]
        element_stats.score *= 1 - element_stats.link_density
    return sorted(scored, key=lambda el: stats[el].score, reverse=True)


def _inside_link(element: HtmlElement, outer: HtmlElement | None = None) -> bool:
    """Whether the element is printed inside a link (below `outer`, when given): a card's
    excerpt wrapped in its link, whose words are link text though it holds no link itself."""
    return any(ancestor.tag == "a" for ancestor in _between(element, outer))


def _is_reference_list(element: HtmlElement) -> bool:
    """A list of references: named as one, or most of its items are ("references__item",
    Wikipedia's ``<ol class="references">``)."""
    items = [child for child in element if child.tag == "li"]
    if len(items) < MIN_REFERENCE_ITEMS:
        return False
    if not name_words(element).isdisjoint(REFERENCE_WORDS):
        return True
    named = sum(1 for item in items if not name_words(item).isdisjoint(REFERENCE_WORDS))
    return 2 * named >= len(items)


def _data_table(element: HtmlElement, stats: dict[HtmlElement, Stats]) -> HtmlElement | None:
    """The data table `element` is, or that a box around it holds most of the text of (a tip
    chart in a "responsive-table" wrapper): the figures of a story, never the story by
    itself; else None."""
    table = element if element.tag == "table" else next(element.iter("table"), None)
    if (
        table is not None
        and table in stats
        and stats[table].text >= stats[element].text * TABLE_SHARE
        # a layout table's cells hold the page's boxes and paragraphs, a data table's figures
        and next(table.iterdescendants("table", "div", "p"), None) is None
    ):
        return table
    return None


def _is_headed_table(element: HtmlElement, stats: dict[HtmlElement, Stats]) -> bool:
    """A data table with a header row, or a box around one (`_data_table`), whose cells are
    not all links: a ranking of companies linked to their sites beside their revenue reads as
    a link cluster by its link density, but is the story's figures."""
    table = _data_table(element, stats)
    if table is None:
        return False
    figures = stats[table]
    return (
        table.find(".//th") is not None
        and figures.link_text < figures.text
        # columns of figures: a sidebar's table of link lists has one cell a row
        and any(len(row.findall("td")) >= 2 for row in table.iter("tr"))
    )


def _holder_of_more_prose(element: HtmlElement, stats: dict[HtmlElement, Stats]) -> HtmlElement:
    """The nearest ancestor holding prose beside `element` (a reference list's citations, all
    commas, outscore the abstract they follow; a data table's cells, the text around it: the
    list or the table is never the article by itself)."""
    own = stats[element].good
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        ancestor_stats = stats.get(ancestor)
        if ancestor_stats is not None and ancestor_stats.good - own >= MIN_PROSE_BESIDE_CHARS:
            return ancestor
    return element


def _has_direct_text(element: HtmlElement) -> bool:
    if element.tag not in ("div", "section", "article", "span", "td", "font"):
        return False
    if element.text and len(element.text.strip()) >= MIN_PARAGRAPH_CHARS:
        return True
    return any(child.tail and len(child.tail.strip()) >= MIN_PARAGRAPH_CHARS for child in element)


# A lead block: paragraphs only, this much prose, few links.
LEAD_TAGS = frozenset({"p", "br", "strong", "b", "em", "i", "span"})
MIN_LEAD_CHARS = 80
LEAD_GRID_LEVELS = 2  # a grid's column and row around the text
# Names of boxes printed before a text that are no lead: a notice or disclosure box.
NOT_LEAD_WORDS = frozenset(
    {"alert", "notice", "disclosure", "disclaimer", "affiliate-disclosure", "announcement",
     # a call to action between the story's parts ("Free Download ... Watch Demo")
     "cta"}
)  # fmt: skip
MAX_LEAD_LINK_DENSITY = 0.25


def choose_container(
    ranked: list[HtmlElement],
    stats: dict[HtmlElement, Stats],
    cards: Collection[HtmlElement] = (),
) -> list[HtmlElement]:
    """The best container, widened to the common ancestor of close runners-up, plus siblings.
    `cards` are the teaser cards of a page declaring a story: a runner-up inside one does not
    widen the container, nor does their excerpts' prose make it a small part of an ancestor."""
    if not ranked:
        return []
    top = ranked[0]
    top_score = stats[top].score
    runners = [el for el in ranked[1:6] if stats[el].score >= top_score * RUNNER_UP_SHARE]
    # a container made like the cards among its runners-up is one more of them
    beside = () if any(same_kind(top, el) for el in runners if _in_card(el, cards)) else cards
    beside = _cards_beside(top, beside)
    copies = [runner for runner in runners if _is_copy(runner, top, stats)]
    for runner in runners:
        if (
            is_ancestor(runner, top)
            or is_ancestor(top, runner)
            or _in_card(runner, beside)
            or runner in copies
        ):
            continue
        common = _common_ancestor(top, runner)
        if common is not None and stats[common].link_density <= MAX_LINK_DENSITY:
            top = common
    if _is_reference_list(top) or _data_table(top, stats) is not None:
        top = _holder_of_more_prose(top, stats)
    top = _widen(top, stats, _cards_beside(top, beside), copies)
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(10.0, stats[top].score * SIBLING_SCORE_SHARE)
    chosen: list[HtmlElement] = []
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is top:
            chosen.append(sibling)
            continue
        sibling_stats = stats.get(sibling)
        if sibling_stats is None or _is_copy(sibling, top, stats):
            continue
        if sibling_stats.score >= threshold or (
            sibling.tag == "p" and sibling_stats.text > 80 and sibling_stats.link_density < 0.25
        ):
            chosen.append(sibling)
    return _with_twins(_with_lead(_fill_gaps(chosen, parent, stats), stats), stats)


def _with_lead(chosen: list[HtmlElement], stats: dict[HtmlElement, Stats]) -> list[HtmlElement]:
    """Add the block of prose printed just before the chosen ones, past pictures and empty
    boxes: the lead paragraph a template keeps apart from the text (TYPO3's news "teaser-text"
    before its "news-text-wrap"). A grid sets each in a row of its own: the look-up starts from
    the outermost box around the text that holds little else (a picture's caption beside it)."""
    first = chosen[0]
    anchor = first
    for ancestor in islice(first.iterancestors(), LEAD_GRID_LEVELS):
        ancestor_stats = stats.get(ancestor)
        if (
            ancestor.tag in ("body", "html")
            or ancestor_stats is None
            or ancestor_stats.good - stats[first].good >= MIN_LEAD_CHARS
        ):
            break
        anchor = ancestor
    for sibling in anchor.itersiblings(preceding=True):
        sibling_stats = stats.get(sibling)
        if sibling_stats is None or sibling_stats.good < MIN_PARAGRAPH_CHARS:
            continue  # a picture and its credit ("© DTB"), an emptied ad slot
        lead = _innermost(sibling)
        is_lead = (
            lead.tag not in ("td", "th")  # a table's cell: a forum's welcome notice
            and not any(name_words(box) & NOT_LEAD_WORDS for box in path_up(lead, sibling))
            and sibling_stats.good >= MIN_LEAD_CHARS
            and sibling_stats.link_density <= MAX_LEAD_LINK_DENSITY
            and all(child.tag in LEAD_TAGS for child in lead if isinstance(child.tag, str))
        )
        return [lead, *chosen] if is_lead else chosen
    return chosen


def _innermost(element: HtmlElement) -> HtmlElement:
    """The element, or the box inside it when it only wraps one ("row" > "col" > "lead")."""
    while True:
        children = [child for child in element if isinstance(child.tag, str)]
        if len(children) != 1 or (element.text or "").strip() or children[0].tag in LEAD_TAGS:
            return element
        element = children[0]


ARTICLE_LEVELS = 4  # how far above the container an <article> element holding its parts may be
MIN_PART_PROSE_SHARE = 0.6  # a part of the story is mostly prose ...
MAX_PART_LINK_DENSITY = 0.2  # ... and few links
# Teaser cards holding this share of the chosen containers' text make them a stream of cards
# (`_headline_story_over_cards`), whose rival is a box of MIN_STORY_CHARS of prose with the
# headline, among the best-scored MAX_STORY_CANDIDATES.
CARDS_STREAM_SHARE = 0.4
MIN_STORY_CHARS = 1000
MAX_STORY_CANDIDATES = 10
NOT_PART_TAGS = frozenset({"header", "footer", "aside", "nav"})
NOT_PART_WORDS = NOT_LEAD_WORDS | NEGATIVE_WORDS | {"header"}


def _with_article_parts(
    chosen: list[HtmlElement],
    stats: dict[HtmlElement, Stats],
    cards: Collection[HtmlElement],
    headline: HtmlElement | None,
) -> list[HtmlElement]:
    """Add the other parts of the story when the chosen containers are one of the sections
    an <article> element sets side by side at some depth (an intro, then a <section> a
    heading): at each level up to the article, the prose siblings before them, and the
    paragraphs and sections after them (an author's bio or a call to action follows a story in
    a box of its own). Nothing holding the headline or named as furniture is a part."""
    parent = chosen[0].getparent()
    if parent is None or any(element.getparent() is not parent for element in chosen):
        return chosen
    ancestors = islice(chosen[0].iterancestors(), ARTICLE_LEVELS)
    article = next((ancestor for ancestor in ancestors if ancestor.tag == "article"), None)
    if article is None or _in_card(article, cards):
        return chosen
    before: list[HtmlElement] = []
    after: list[HtmlElement] = []
    for node in (parent, *parent.iterancestors()):
        if node is article:
            break
        preceding = [s for s in node.itersiblings(preceding=True) if _is_part(s, stats, headline)]
        before = preceding[::-1] + before
        after += [
            sibling
            for sibling in node.itersiblings()
            if sibling.tag in ("p", "section") and _is_part(sibling, stats, headline)
        ]
    return [*before, *chosen, *after]


HEADLINE_LEAD_LEVELS = 5  # how far above the text the box it shares with the headline may be
# Names inside a box between the headline and the text that make it no lead: a notice, a
# byline, a picture's caption or credit.
NOT_LEAD_INSIDE = NOT_PART_WORDS | {"caption", "credit"}


def _with_headline_lead(
    containers: list[HtmlElement],
    stats: dict[HtmlElement, Stats],
    *,
    headline: HtmlElement | None,
    subtitle: str | None,
    cards: Collection[HtmlElement],
) -> list[HtmlElement]:
    """Add the prose printed between the headline and the text (a lead paragraph under the
    <h1> in the page's hero, a first section before the body's box): at each level from the
    headline up to the box it shares with the text, the parts after the headline's branch,
    and from the text up, the parts before it. Not the dek already in `Article.subtitle`."""
    first = containers[0]
    if headline is None or holds(first, headline) or holds(headline, first):
        return containers
    lineage = [first, *islice(first.iterancestors(), HEADLINE_LEAD_LEVELS)]
    if _side(headline, lineage) != -1:
        return containers  # the headline is not above the text, or too far from it
    shared = next(a for a in headline.iterancestors() if a in lineage)
    text_branch = lineage[lineage.index(shared) - 1]
    candidates: list[HtmlElement] = []  # in document order
    node = headline
    while node is not shared:
        parent = node.getparent()
        if parent is None:
            break
        candidates += takewhile(lambda sibling: sibling is not text_branch, node.itersiblings())
        node = parent
    for node in reversed(lineage[: lineage.index(text_branch)]):
        candidates += reversed(list(node.itersiblings(preceding=True)))
    dek = normalise_key(subtitle) if subtitle else None
    leads: list[HtmlElement] = []
    for candidate in candidates:
        if (
            _is_part(candidate, stats, headline)
            and not _in_card(candidate, cards)
            and not _holds_form(candidate)
            and not any(
                name_words(inner) & NOT_LEAD_INSIDE for inner in candidate.iterdescendants()
            )
            and not any(_is_copy(candidate, taken, stats) for taken in (*containers, *leads))
            and not _prints_dek(candidate, dek)
        ):
            leads.append(candidate)
    return [*leads, *containers] if leads else containers


def _holds_form(element: HtmlElement) -> bool:
    """A sign-up or contact form's box (its fields, or its name: Webflow's "w-form" holds the
    form's messages beside it)."""
    return (
        "form" in name_words(element)
        or next(element.iter("form", "input", "select", "textarea"), None) is not None
    )


def _prints_dek(element: HtmlElement, dek: str | None) -> bool:
    """Whether `element` opens with the dek (`dek`: `Article.subtitle` as `normalise_key`
    gives it), which is read apart from the text."""
    if not dek:
        return False
    return normalise_key(element_text(element)).startswith(dek)


# Names of the box a template prints the lead paragraph (or the key points) in, apart from
# the text.
INTRO_WORDS = frozenset(
    {"intro", "introduction", "ingress", "lede", "standfirst", "lead", "leadin", "chapeau",
     "chapo", "entradilla", "bajada", "abstract", "teaser-text", "takeaways", "key-takeaways",
     "tldr", "highlights"}
)  # fmt: skip
# Names of the boxes a template prints after the text: the story's FAQ, its conclusion.
OUTRO_WORDS = frozenset({"outro", "conclusion", "faq", "faqs", "epilogue", "afterword"})
# A "lead-asset-caption", a "lead-form": the lead picture's or a sales form's box.
NOT_INTRO_WORDS = frozenset(
    {"caption", "asset", "image", "img", "photo", "media", "figure", "video", "form"}
)
INTRO_LEVELS = 5  # how far above the text such a box and the text may part


def _with_named_parts(
    doc: Document,
    containers: list[HtmlElement],
    stats: dict[HtmlElement, Stats],
    *,
    headline: HtmlElement | None,
    subtitle: str | None,
    cards: Collection[HtmlElement],
) -> list[HtmlElement]:
    """Add the parts of the story a template prints in boxes named for them, apart from the
    text: the lead paragraphs before it (WordPress themes' "body-intro", Sanity's "ingress", a
    Webflow "intro" rich text, Spanish papers' "bajada"; every such box, as a round-up prints
    the article's introduction and then each product's, but not the dek already in
    `Article.subtitle`) and the FAQ or conclusion after it. Each lies within `INTRO_LEVELS` of
    the text and is not the headline's box, a card or a picture's."""
    first, last = containers[0], containers[-1]
    before = [first, *islice(first.iterancestors(), INTRO_LEVELS)]
    after = [last, *islice(last.iterancestors(), INTRO_LEVELS)]
    dek = normalise_key(subtitle) if subtitle else None
    leads: list[HtmlElement] = []
    for candidate in doc.named(INTRO_WORDS):  # in document order: outer boxes first
        if (
            _side(candidate, before) == -1
            and not any(holds(taken, candidate) for taken in leads)
            and _is_named_part(candidate, containers, stats, headline, cards)
            and not _prints_dek(candidate, dek)
        ):
            leads.append(candidate)
    closing: list[HtmlElement] = []
    for candidate in doc.named(OUTRO_WORDS):
        if (
            _side(candidate, after) == 1
            and not any(holds(taken, candidate) for taken in closing)
            and _is_named_part(candidate, containers, stats, headline, cards)
        ):
            closing.append(candidate)
    return [*leads, *containers, *closing]


def _is_named_part(
    candidate: HtmlElement,
    containers: list[HtmlElement],
    stats: dict[HtmlElement, Stats],
    headline: HtmlElement | None,
    cards: Collection[HtmlElement],
) -> bool:
    """Whether `candidate` (named for a part of a story) can be one: a lead's worth of prose
    with few links, apart from the containers, the headline, the cards and the pictures."""
    candidate_stats = stats.get(candidate)
    return (
        candidate_stats is not None
        and candidate_stats.good >= MIN_LEAD_CHARS
        and candidate_stats.link_density <= MAX_LEAD_LINK_DENSITY
        and not name_words(candidate) & NOT_INTRO_WORDS
        and not any(holds(c, candidate) or holds(candidate, c) for c in containers)
        and not holds(candidate, headline)
        and not _in_card(candidate, cards)
        # a box holding the lead picture and its caption ("ArticlePage-lead")
        and sum(stats[f].text for f in candidate.iter("figure") if f in stats)
        < candidate_stats.text / 2
    )


def _side(candidate: HtmlElement, lineage: list[HtmlElement]) -> int | None:
    """-1 when `candidate` lies before `lineage[0]` in the document, 1 when after it, in the
    subtree of one of the ancestors in `lineage` (the element, then its ancestors up); None
    when it lies outside them all."""
    shared = next((a for a in candidate.iterancestors() if a in lineage), None)
    if shared is None or shared is lineage[0]:
        return None
    mine = lineage[lineage.index(shared) - 1]
    theirs = next(a for a in (candidate, *candidate.iterancestors()) if a.getparent() is shared)
    return -1 if shared.index(theirs) < shared.index(mine) else 1


def _is_part(
    element: HtmlElement, stats: dict[HtmlElement, Stats], headline: HtmlElement | None
) -> bool:
    """Whether `element` is a part of a story: a lead's worth of prose, few links, not
    furniture, not the headline's box."""
    element_stats = stats.get(element)
    return (
        element_stats is not None
        and element_stats.good >= MIN_LEAD_CHARS
        and element_stats.good >= element_stats.text * MIN_PART_PROSE_SHARE
        and element_stats.link_density <= MAX_PART_LINK_DENSITY
        and element.tag not in NOT_PART_TAGS
        and not name_words(element) & NOT_PART_WORDS
        and not holds(element, headline)
    )


def _with_twins(chosen: list[HtmlElement], stats: dict[HtmlElement, Stats]) -> list[HtmlElement]:
    """Add the chosen container's twins: elements of the same tag and class near it that hold
    prose too (a page builder's text blocks, each in a grid cell of its own), or further up
    when each stands in wrappers made alike (`_same_wrappers`)."""
    if len(chosen) != 1:
        return chosen
    top = chosen[0]
    signature = top.get("class")
    if not signature or stats[top].good < MIN_TWINNED_CHARS:
        return chosen  # a story card's caption among its twins is no article
    slot = _parent_class(top)  # the template slot: a text widget's, not a promo's or a bio's
    scope = _ancestor_up(top, TWIN_LEVELS)
    if scope is None or scope.tag in ("body", "html"):
        # a shallow page: only its siblings (more of the page may be other stories)
        scope = top.getparent()
        if scope is None or scope.tag in ("body", "html"):
            return chosen
    twins = _twins_within(top, scope, slot, stats)
    if len(twins) < 2:
        far = _ancestor_up(top, FAR_TWIN_LEVELS)
        if far is not None and far.tag not in ("body", "html"):
            twins = [
                twin for twin in _twins_within(top, far, slot, stats) if _same_wrappers(twin, top)
            ]
    return twins if len(twins) > 1 else chosen


def _ancestor_up(element: HtmlElement, levels: int) -> HtmlElement | None:
    """The element's ancestor `levels` levels up, None when the tree is not that deep."""
    return next(islice(element.iterancestors(), levels - 1, None), None)


def _same_wrappers(element: HtmlElement, other: HtmlElement) -> bool:
    """Whether two elements stand in wrappers of the same tags and classes up to the one
    holding both (a page builder's blocks, each in a section of its own)."""
    for mine, theirs in zip(element.iterancestors(), other.iterancestors(), strict=False):
        if mine is theirs:
            return True
        if mine.tag != theirs.tag or mine.get("class") != theirs.get("class"):
            return False
    return False


def _twins_within(
    top: HtmlElement, scope: HtmlElement, slot: str | None, stats: dict[HtmlElement, Stats]
) -> list[HtmlElement]:
    signature = top.get("class")
    return [
        element
        for element in scope.iter(top.tag)
        if element is top
        or (
            element.get("class") == signature
            and _parent_class(element) == slot
            and (twin_stats := stats.get(element)) is not None
            and twin_stats.good >= MIN_TWIN_CHARS
            # few links, or mostly prose beside its links (a table of linked names)
            and (
                twin_stats.link_density <= TWIN_LINK_DENSITY
                or twin_stats.good >= MIN_TWIN_PROSE_SHARE * twin_stats.text
            )
            and not is_ancestor(element, top)
            and not is_ancestor(top, element)
        )
    ]


def _parent_class(element: HtmlElement) -> str | None:
    parent = element.getparent()
    return parent.get("class") if parent is not None else None


def _fill_gaps(
    chosen: list[HtmlElement], parent: HtmlElement, stats: dict[HtmlElement, Stats]
) -> list[HtmlElement]:
    """Add the prose siblings lying between two chosen ones: what the article's parts enclose
    (an update box between the lead image and the text) is part of it."""
    if len(chosen) < 2:
        return chosen
    siblings = [el for el in parent if isinstance(el.tag, str)]
    first, last = siblings.index(chosen[0]), siblings.index(chosen[-1])
    picked = set(chosen)
    return [
        sibling
        for sibling in siblings[first : last + 1]
        if sibling in picked
        or (
            (sibling_stats := stats.get(sibling)) is not None
            and sibling_stats.good > 0
            and sibling_stats.link_density <= MAX_LINK_DENSITY
        )
    ]


def _widen(
    top: HtmlElement,
    stats: dict[HtmlElement, Stats],
    cards: Collection[HtmlElement] = (),
    copies: Collection[HtmlElement] = (),
) -> HtmlElement:
    """Move up to an ancestor when the container holds only a small part of its prose: the
    article is split over sibling sections and the best-scored one is only one of them. The
    excerpts of the teaser `cards` beside it are not its prose (a "Latest News" rail in the
    post's column), nor are the `copies` of the story a site builder prints for other screens."""
    excerpts = [card for card in cards if card in stats and stats[card].good >= MIN_EXCERPT_CHARS]
    excerpts += copies
    for ancestor in top.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        ancestor_stats = stats.get(ancestor)
        if ancestor_stats is None or ancestor_stats.link_density > MAX_LINK_DENSITY:
            break
        in_cards = sum(stats[card].good for card in excerpts if is_ancestor(ancestor, card))
        if stats[top].good < (ancestor_stats.good - in_cards) * WIDEN_SHARE:
            top = ancestor
    around = _text_around(top, stats)
    return around if around is not None else top


def _text_around(top: HtmlElement, stats: dict[HtmlElement, Stats]) -> HtmlElement | None:
    """The text the container is set in, when it is an embed in running text: a near ancestor
    whose own paragraphs run before and after the branch holding it, `MIN_TEXT_AROUND_CHARS`
    of them in all (a gallery of fifty captioned slides set in the middle of a shorter story),
    or as many before it (an embed left open, the rest of the story inside it)."""
    branch = top
    for ancestor in islice(top.iterancestors(), MAX_EMBED_DEPTH):
        if ancestor.tag in ("body", "html"):
            return None
        before = after = 0
        seen = False
        for child in ancestor:
            if child is branch:
                seen = True
            elif child.tag == "p" and child in stats and stats[child].good >= MIN_LEAD_CHARS:
                if seen:
                    after += stats[child].good
                else:
                    before += stats[child].good
        if (before and after and before + after >= MIN_TEXT_AROUND_CHARS) or (
            before >= MIN_TEXT_AROUND_CHARS
        ):
            return ancestor
        branch = ancestor
    return None


def _is_copy(element: HtmlElement, other: HtmlElement, stats: dict[HtmlElement, Stats]) -> bool:
    """Whether `element` prints the same text as `other`: a site builder's copy of the story
    for another screen width (Framer's "ssr-variant" boxes, Webflow's second rich-text block),
    shown or hidden by a stylesheet's media queries."""
    mine, theirs = stats[element], stats[other]
    return (
        mine.good >= MIN_TWIN_CHARS
        and (mine.text, mine.good, mine.commas) == (theirs.text, theirs.good, theirs.commas)
        and raw_text(element).split() == raw_text(other).split()
    )


def _in_card(element: HtmlElement, cards: Collection[HtmlElement]) -> bool:
    return any(holds(card, element) for card in cards)


def _cards_beside(
    container: HtmlElement, cards: Collection[HtmlElement]
) -> Collection[HtmlElement]:
    """The teaser `cards` beside the container: none when it is, sits in or holds a card (a
    card list is the content, its neighbours more of it)."""
    if _in_card(container, cards) or any(is_ancestor(container, card) for card in cards):
        return ()
    return cards


def _common_ancestor(left: HtmlElement, right: HtmlElement) -> HtmlElement | None:
    ancestors = set()
    node: HtmlElement | None = left
    while node is not None:
        ancestors.add(node)
        node = node.getparent()
    node = right
    while node is not None:
        if node in ancestors:
            return node
        node = node.getparent()
    return None


def is_link_cluster(element: HtmlElement, stats: dict[HtmlElement, Stats]) -> bool:
    """True for link lists and rows inside the container that are navigation, not prose."""
    element_stats = stats.get(element)
    if element_stats is None or element.tag in ("p", "a", "h1", "h2", "h3", "h4", "h5", "h6"):
        return False
    if element.tag in ("ul", "ol", "div", "section", "table", "nav"):
        if element_stats.text >= 1000:
            return False
        if element.tag in ("ul", "ol"):
            return _is_link_list(element, stats)
        if element_stats.link_density <= MAX_LINK_DENSITY:
            return False
        return element.tag not in ("div", "section") or not _holds_own_paragraph(element, stats)
    return False


def _is_link_list(element: HtmlElement, stats: dict[HtmlElement, Stats]) -> bool:
    """A list that reads as links, of any length: mostly link text, its own items linked, and
    not saying more than their links."""
    return (
        stats[element].link_density > MAX_LINK_DENSITY
        and _own_items_linked(element, stats)
        and not _items_say_more(element)
    )


def _holds_own_paragraph(element: HtmlElement, stats: dict[HtmlElement, Stats]) -> bool:
    """Whether a box prints a paragraph of prose of its own beside its links: a chapter's table
    of contents and its opening paragraph, read apart, not a link cluster as a whole. A card
    whose link wraps its excerpt prints no paragraph of its own."""
    for paragraph in element.iter("p"):
        paragraph_stats = stats.get(paragraph)
        if (
            paragraph_stats is not None
            and paragraph_stats.text >= MIN_LEAD_CHARS
            and paragraph_stats.link_density <= MAX_LEAD_LINK_DENSITY
            and not _inside_link(paragraph, element)
        ):
            return True
    return False


def _items_say_more(element: HtmlElement) -> bool:
    """Whether most of a list's items print words of their own beside their link: a list of
    courses ("<a>Digital Skills</a> from Accenture via FutureLearn ★★★★★(5)"), not a menu."""
    items = [item for item in element if item.tag == "li"]
    if len(items) < MIN_SAYING_ITEMS:
        return False
    saying = 0
    for item in items:
        linked = sum(len(raw_text(link).split()) for link in item.iter("a"))
        if len(raw_text(item).split()) - linked >= MIN_ITEM_OWN_WORDS:
            saying += 1
    return saying >= MIN_CITATION_SHARE * len(items)


def _own_items_linked(element: HtmlElement, stats: dict[HtmlElement, Stats]) -> bool:
    """Whether a list's own items, without the lists nested in them, are mostly links: a
    list of notes whose item "In progress:" nests a list of bug links is prose with a list
    of citations inside, not a menu (whose top items are links too)."""
    nested = [
        inner
        for inner in element.iterdescendants("ul", "ol")
        if inner in stats and not any(a.tag in ("ul", "ol") for a in _between(inner, element))
    ]
    if not nested:
        return True
    text = stats[element].text - sum(stats[inner].text for inner in nested)
    linked = stats[element].link_text - sum(stats[inner].link_text for inner in nested)
    return text <= 0 or linked > MAX_LINK_DENSITY * text


def _between(inner: HtmlElement, outer: HtmlElement | None) -> Iterator[HtmlElement]:
    """The ancestors of `inner` below `outer` (all of them when `outer` is None)."""
    for ancestor in inner.iterancestors():
        if ancestor is outer:
            return
        yield ancestor


def _mostly_link_lists(
    containers: list[HtmlElement], stats: dict[HtmlElement, Stats], cards: dict[HtmlElement, int]
) -> bool:
    """Whether lists that read as link clusters (outermost ones, holding no teaser card: `cards`
    maps the elements holding one) hold `LINK_LISTS_SHARE` or more of the chosen containers'
    text."""
    total = sum(stats[container].text for container in containers if container in stats)
    linked = sum(stats[container].link_text for container in containers if container in stats)
    # the lists counted are mostly links: with less link text than that, no need to count them
    if not total or linked < LINK_LISTS_SHARE * MAX_LINK_DENSITY * total:
        return False
    in_lists = sum(
        stats[element].text
        for container in containers
        for element in container.iter("ul", "ol")
        if element in stats
        and element not in cards
        and not any(ancestor.tag in ("ul", "ol") for ancestor in element.iterancestors())
        and _is_link_list(element, stats)
    )
    return in_lists >= LINK_LISTS_SHARE * total


def _cites_elsewhere(element: HtmlElement, page_host: str | None) -> bool:
    """A list whose every item is one link to another site, most of a sentence's length:
    references or a changelog ("Always save remote image data" -> github.com/.../pull/4875,
    "libgccjit: Fix get_size for long double"), not a menu or the site's related stories."""
    if page_host is None:
        return False
    for _ in range(MAX_LIST_WRAPPERS + 1):
        if element.tag in ("ul", "ol"):
            break
        # a box around the list alone (AsciiDoc's <div class="ulist"><ul>)
        children = [child for child in element if isinstance(child.tag, str)]
        if len(children) != 1 or (element.text or "").strip():
            return False
        element = children[0]
    else:
        return False
    items = [child for child in element if isinstance(child.tag, str)]
    if not items:
        return False
    long_enough = 0
    for item in items:
        links = item.findall(".//a")
        if item.tag != "li" or len(links) != 1:
            return False
        host = host_of(links[0].get("href"))
        if host is None or host == page_host:
            return False
        title = element_text(links[0])
        if (
            len(title) >= MIN_CITATION_CHARS and spaced_word_count(title) >= MIN_CITATION_WORDS
        ) or PRINTED_ADDRESS.match(title):
            long_enough += 1  # (four kana are one word: "ツイート", a share button)
    return long_enough >= MIN_CITATION_SHARE * len(items)


def _lists_documents(element: HtmlElement) -> bool:
    """Links most of which open a document (a PDF, a spreadsheet ...): a public office's
    fact sheets and forms are what its page gives, not navigation."""
    links = element.findall(".//a")
    documents = sum(1 for link in links if DOCUMENT_PATH.search(path_of(link.get("href"))))
    return len(links) >= MIN_DOCUMENT_LINKS and documents >= MIN_DOCUMENT_SHARE * len(links)


def extract_body(
    doc: Document,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    stats: dict[HtmlElement, Stats] | None = None,
    exclude: Collection[HtmlElement] = (),
    headline: HtmlElement | None = None,
    headline_place: HtmlElement | None = None,
    beside: Collection[HtmlElement] = (),
) -> BodyResult:
    """Find the main content in the (already cleaned) tree and return it as blocks.

    `stats` are the features of the cleaned tree when the cleaner already measured them;
    elements in `exclude` (teaser cards on an article) are left out of the blocks, and the
    excerpts of the cards in `beside` (a story's rails) do not draw the container out to them.
    On a page running several stories, each under its own <h1> (infinite scroll), the story is
    the one under `headline` (the page's headline element). `headline_place` is the headline,
    or the nearest box around it still in the tree (`_headline_story_over_cards`)."""
    body = doc.root.find("body")
    scope = body if body is not None else doc.root
    if stats is None or scope not in stats:
        stats = measure(scope)
    ranked = score_candidates(scope, stats)
    containers = choose_container(ranked, stats, beside)
    if headline_place is not None and containers:
        containers = _headline_story_over_cards(containers, ranked, stats, headline_place, exclude)
    containers = _with_article_parts(containers, stats, beside, headline) if containers else [scope]
    if headline is not None:
        containers = _in_headline_story(containers, headline, scope)
    containers = _with_named_parts(
        doc, containers, stats, headline=headline, subtitle=subtitle, cards=exclude
    )
    containers = _with_headline_lead(
        containers, stats, headline=headline, subtitle=subtitle, cards=exclude
    )
    blocks = render_body(doc, containers, stats, title=title, subtitle=subtitle, exclude=exclude)
    return BodyResult(blocks=blocks, containers=containers)


def _headline_story_over_cards(
    containers: list[HtmlElement],
    ranked: list[HtmlElement],
    stats: dict[HtmlElement, Stats],
    headline: HtmlElement,
    cards: Collection[HtmlElement],
) -> list[HtmlElement]:
    """The story under the page's headline (`headline`: it, or the nearest box around it still
    in the tree), when the chosen containers lie apart from the headline and are mostly teaser
    cards (a stream of summaries under a news story, longer than the story): the best-scored
    box of prose that lies with the headline, apart from the containers. A listing's grid
    under its title has no such box, and stays."""
    if any(container is headline or is_ancestor(container, headline) for container in containers):
        return containers
    total = sum(stats[container].text for container in containers)
    in_cards = sum(
        stats[card].text
        for card in cards
        if card in stats and any(is_ancestor(container, card) for container in containers)
    )
    if not total or in_cards < CARDS_STREAM_SHARE * total:
        return containers
    for candidate in ranked[:MAX_STORY_CANDIDATES]:
        candidate_stats = stats[candidate]
        if (
            candidate_stats.good < MIN_STORY_CHARS
            or candidate_stats.link_density > MAX_PART_LINK_DENSITY
            or is_ancestor(candidate, headline)
        ):
            continue
        common = _common_ancestor(candidate, headline)
        if common is not None and not any(
            container is common or is_ancestor(common, container) for container in containers
        ):
            return [candidate]
    return containers


def _in_headline_story(
    containers: list[HtmlElement], headline: HtmlElement, scope: HtmlElement
) -> list[HtmlElement]:
    """The chosen containers' twins in the story under `headline`, when the chosen ones sit in
    another story of the same template with an <h1> of its own: the scorer picked the longest
    of the stories an infinite-scroll page runs one after the other."""
    top = containers[0]
    if headline.tag != "h1" or headline.getparent() is None:
        return containers
    lineage = [headline, *headline.iterancestors()]
    shared = next((a for a in top.iterancestors() if a in lineage), None)
    if shared is None or shared is scope.getparent():
        return containers
    theirs = next(a for a in (top, *top.iterancestors()) if a.getparent() is shared)
    ours = lineage[lineage.index(shared) - 1]
    if theirs is ours or not same_kind(theirs, ours) or theirs.find(".//h1") is None:
        return containers  # not two stories of one template
    twins = [_twin_in(ours, container, theirs) for container in containers]
    found = [twin for twin in twins if twin is not None]
    return found if len(found) == len(containers) else containers


def _twin_in(story: HtmlElement, element: HtmlElement, home: HtmlElement) -> HtmlElement | None:
    """The element in `story` at the place `element` has in `home` (its own story): step by
    step, the n-th child of the same tag and class (an ad slot more or less does not shift it)."""
    steps: list[tuple[HtmlElement, int]] = []
    node = element
    while node is not home:
        parent = node.getparent()
        if parent is None:
            return None
        rank = sum(1 for s in node.itersiblings(preceding=True) if same_kind(s, node))
        steps.append((node, rank))
        node = parent
    twin: HtmlElement | None = story
    for step, rank in reversed(steps):
        kin = [child for child in twin if same_kind(child, step)] if twin is not None else []
        twin = kin[rank] if rank < len(kin) else None
    return twin


def render_body(
    doc: Document,
    containers: list[HtmlElement],
    stats: dict[HtmlElement, Stats],
    *,
    title: str | None = None,
    subtitle: str | None = None,
    exclude: Collection[HtmlElement] = (),
    keep: Collection[HtmlElement] = (),
    links_are_content: bool = False,
) -> list[Block]:
    """The blocks of the chosen containers, without link clusters, furniture lines, repeats,
    the title, and the elements in `exclude`; elements in `keep` (teaser cards on a listing),
    their ancestors and the boxes in them around a heading are never taken for link clusters
    (a card's headline and excerpt beside its row of topic links are mostly links), nor is
    anything with `links_are_content` (a grid of product links, all its main landmark holds)."""
    excluded = set(exclude)
    page_host = host_of(doc.url)
    kept = {ancestor for element in keep for ancestor in element.iterancestors()} | set(keep)
    kept.update(
        box
        for card in keep
        for heading in card.iterdescendants(*HEADING_TAGS)
        for box in path_up(heading, card)
    )
    left_out: dict[HtmlElement, int] = {}
    for element in excluded:
        length = stats[element].text if element in stats else 0
        for node in (element, *element.iterancestors()):
            left_out[node] = left_out.get(node, 0) + length

    # a list page (Wikipedia's lists and categories, a wiki's index): its lists of links are
    # what it says, not navigation left inside it
    lists_are_content = _mostly_link_lists(containers, stats, left_out)

    def skip(element: HtmlElement) -> bool:
        if element in excluded:
            return True
        if element.tag in HEADING_TAGS and _labels_nothing(element, stats, left_out):
            return True
        return (
            not links_are_content
            and element not in kept
            and not (lists_are_content and element.tag in LINK_LIST_TAGS)
            and is_link_cluster(element, stats)
            and not _cites_elsewhere(element, page_host)
            and not _is_headed_table(element, stats)
            and not _lists_documents(element)
        )

    blocks: list[Block] = []
    for container in containers:
        blocks.extend(blocks_from(container, doc, skip, cut=excluded))
    blocks = _credits_to_pictures(blocks)
    cleaned = [
        _without_widget_items(block)
        for index, block in enumerate(blocks)
        if not is_body_furniture(block) or _labels_update_below(blocks, index)
    ]
    blocks = _without_repeats([block for block in cleaned if block is not None])
    return _drop_header_repeats(blocks, title, subtitle)


def _without_widget_items(block: Block) -> Block | None:
    """A list without its items that are only a widget's words ("Show more + Show less –":
    the toggle of a list folded after a few items); None when nothing else is left."""
    if not isinstance(block, ListBlock) or not any(map(is_widget_phrase, block.items)):
        return block
    items = [item for item in block.items if not is_widget_phrase(item)]
    return block.model_copy(update={"items": items}) if items else None


# "About the author" over a short bio at the foot of the article: the author's, not the story.
_ABOUT_THE = r"^(?:about|meet) (?:the |our |this )?"
_WRITERS = r"(?:authors?|writers?|contributors?)"
AUTHOR_BIO_LABEL = re.compile(
    rf"{_ABOUT_THE}(?:{_WRITERS}|(?P<reviewer>reviewers?))\s*:?$", re.IGNORECASE
)
# The label run into the bio's paragraph ("About the author: Craig Hull is a freelance ...")
AUTHOR_BIO_LEAD = re.compile(
    rf"{_ABOUT_THE}{_WRITERS}\s*:\s*(?P<bio>\S.*)$", re.IGNORECASE | re.DOTALL
)
MAX_BIO_BOXES = 4
MAX_AUTHOR_BIO_CHARS = 900
AUTHOR_BIO_TAIL_SHARE = 0.5  # the label lies in the last half of the body


BIO_TAIL_BLOCKS = 3  # a signed bio is among the body's last blocks
# Lines under a writer's name that credit others, not a bio of the writer.
CREDITS_NOT_BIO = re.compile(
    r"^(?:additional\s+)?(?:reporting|editing|research|writing|photos?|photography)\s+by\b"
    r"|^(?:edited|reported|written|produced|compiled)\s+by\b",
    re.IGNORECASE,
)


def split_bios(blocks: list[Block], names: list[str]) -> tuple[list[Block], dict[str, str]]:
    """The blocks without the writers' bios, and the bios by author name (see
    `_split_labelled_bio`, `_split_signed_bios` and `_split_named_bio`)."""
    blocks, labelled = _split_labelled_bio(blocks, names)
    blocks, signed = _split_signed_bios(blocks, names)
    blocks, named = _split_named_bio(blocks, names)
    return blocks, labelled | signed | named


def _split_named_bio(blocks: list[Block], names: list[str]) -> tuple[list[Block], dict[str, str]]:
    """The blocks without an author box printed as the writer's name on a line of its own and
    a short bio under it, ending the body ("Jayesh Shinde" / "Executive Editor at Digit.
    Technology journalist since Jan 2008 ..."), and the bio by that name."""
    full = set(_full_names(names))
    if not full:
        return blocks, {}
    for index in range(max(0, len(blocks) - BIO_TAIL_BLOCKS - 1), len(blocks) - 1):
        block = blocks[index]
        if not (isinstance(block, ParagraphBlock | HeadingBlock) and block.text in full):
            continue
        rest = [bio for bio in blocks[index + 1 :] if isinstance(bio, ParagraphBlock)]
        if len(rest) < len(blocks) - index - 1:
            return blocks, {}  # a list, a picture, a heading under the name: not a bio
        bio = "\n\n".join(paragraph.text for paragraph in rest)
        if bio == block.text or len(bio) > MAX_AUTHOR_BIO_CHARS or CREDITS_NOT_BIO.match(bio):
            return blocks, {}
        return blocks[:index], {block.text: bio}
    return blocks, {}


def _full_names(names: list[str]) -> list[str]:
    """The names of two words or more: a bio opens with a writer's full name, and a first
    name or a handle alone is no sign of one."""
    return [name for name in names if len(name.split()) >= 2]


def _split_labelled_bio(
    blocks: list[Block], names: list[str]
) -> tuple[list[Block], dict[str, str]]:
    """The blocks without the "About the author" boxes in the second half of the body (a
    label and what follows it up to the next heading, when that is a short bio), and their
    texts by the author each names (or the only author, for a box about the author)."""
    bios: dict[str, str] = {}
    for _ in range(MAX_BIO_BOXES):
        found = _last_labelled_bio(blocks, names)
        if found is None:
            break
        blocks, owner, bio = found
        if owner is not None:
            bios.setdefault(owner, bio)
    return blocks, bios


def _last_labelled_bio(
    blocks: list[Block], names: list[str]
) -> tuple[list[Block], str | None, str] | None:
    """The blocks without the last labelled bio box, who it is about and its text; None when
    there is no such box. A box about the reviewer is the sole author's only if it names them
    (Harvard Health: "About the Reviewer" under "About the Author")."""
    for index in range(len(blocks) - 1, int(len(blocks) * AUTHOR_BIO_TAIL_SHARE) - 1, -1):
        block = blocks[index]
        if not isinstance(block, HeadingBlock | ParagraphBlock):
            continue
        label = AUTHOR_BIO_LABEL.match(block.text)
        lead = AUTHOR_BIO_LEAD.match(block.text) if isinstance(block, ParagraphBlock) else None
        if label is None and lead is None:
            continue
        end = next(
            (i for i in range(index + 1, len(blocks)) if isinstance(blocks[i], HeadingBlock)),
            len(blocks),
        )
        texts = [block_text(b) for b in blocks[index + 1 : end]]
        if lead is not None:
            texts.insert(0, lead["bio"])
        if not 0 < sum(len(text) for text in texts) <= MAX_AUTHOR_BIO_CHARS:
            return None
        bio = "\n\n".join(text for text in texts if text)
        named = [name for name in names if name in bio]
        sole = names[0] if len(names) == 1 and not (label and label["reviewer"]) else None
        return blocks[:index] + blocks[end:], named[0] if named else sole, bio
    return None


def _split_signed_bios(blocks: list[Block], names: list[str]) -> tuple[list[Block], dict[str, str]]:
    """The blocks without the writers' bios printed under the story without a label, and the
    bios by author name: paragraphs among the last ones opening with an author's full name and
    a verb ("Jared Newman has been a freelance technology journalist"), with what follows them
    when that is short (a "View all posts" link). Under a heading that does not name the
    writer, such a paragraph is a part of the story ("Why Trust The Spruce Eats")."""
    full = [re.escape(name) for name in _full_names(names)]
    if not full or not blocks:
        return blocks, {}
    named = "|".join(full)
    opens = re.compile(rf"^({named}){BIO_VERB}")
    for index in range(max(0, len(blocks) - BIO_TAIL_BLOCKS), len(blocks)):
        block = blocks[index]
        if not (isinstance(block, ParagraphBlock) and opens.match(block.text)):
            continue
        if sum(len(block_text(b)) for b in blocks[index:]) > MAX_AUTHOR_BIO_CHARS * len(full):
            return blocks, {}
        start = index
        above = blocks[index - 1] if index else None
        if isinstance(above, HeadingBlock):
            if not any(name in above.text for name in names):
                return blocks, {}
            start = index - 1  # "Written by Cassidy Horton"
        # one paragraph may hold each writer's bio in turn ("Helen Castellano covers classical
        # music. Rafael Ortiz is a data reporter.")
        next_bio = re.compile(rf"(?<=[.!?])\s+(?=(?:{named}){BIO_VERB})")
        bios: dict[str, str] = {}
        for bio in blocks[index:]:
            if not isinstance(bio, ParagraphBlock) or not opens.match(bio.text):
                continue
            # each part then opens with a name: the split falls before one
            for part in next_bio.split(bio.text):
                if found := opens.match(part):
                    owner = found.group(1)
                    bios[owner] = f"{bios[owner]} {part}" if owner in bios else part
        return blocks[:start], bios
    return blocks, {}


def _labels_nothing(
    heading: HtmlElement, stats: dict[HtmlElement, Stats], left_out: dict[HtmlElement, int]
) -> bool:
    """A heading over left-out cards, with nothing else but empty boxes before the next
    heading: the label of a rail ("Stories Chosen For You" over placeholder <div>s and story
    cards), not a section of the article. `left_out` is the text length of the left-out
    elements under each element."""
    cards = False
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in HEADING_TAGS:
            break
        if (sibling.tail or "").strip():
            return False
        sibling_stats = stats.get(sibling)
        if sibling_stats is None or sibling_stats.text > left_out.get(sibling, 0):
            return False
        cards = cards or sibling in left_out
    return cards and not (heading.tail or "").strip()


def is_furniture_line(block: Block) -> bool:
    """A widget label ('Share', 'Print'), or a short dateline/byline left inside the body."""
    if not isinstance(block, ParagraphBlock | HeadingBlock):
        return False
    text = block.text
    if is_widget_phrase(text) or not any(char.isalnum() for char in text):
        return True  # a widget label, or a lone icon or emoji
    if RAIL_LABEL.match(text.rstrip(RAIL_LEFTOVER)):
        return True  # the label of a rail whose cards were taken out (their bullets left)
    if IMAGE_ADDRESS.match(text):
        return True  # a picture's address printed as text: a template's data, not prose
    if _is_data_object(text) or _is_identifier_run(text):
        return True
    if len(text) <= MAX_PROMO_LINE_CHARS and BREADCRUMB_LINE.match(text):
        return True  # "Home » Blog » Recipes": the trail above the story, printed as text
    if PLACEHOLDER_TEXT.match(text):
        return True
    if isinstance(block, ParagraphBlock) and TAXONOMY_LINE.match(text):
        return True  # "Tags: Eigentum, Facebook, Open Source" (the names are `Article.tags`)
    if len(text) <= MAX_PROMO_LINE_CHARS and _is_promo_line(text):
        return True  # "Follow AP on Facebook ...", "All rights reserved.", "Log in to comment"
    if len(text) <= MAX_PROMO_LINE_CHARS and CONSENT.search(text):
        return True  # "By clicking “Post Your Answer”, you agree to our terms of service ..."
    if len(text) <= MAX_PROMO_LINE_CHARS and NEWSLETTER.search(text) and SIGN_UP.search(text):
        # "This article was featured in the ... newsletter. Sign up for it here."
        return not _labels_note_or_update(text)
    if len(text) > MAX_DATELINE_CHARS and not (
        len(text) <= MAX_PROMO_LINE_CHARS and _only_dates(text)
    ):
        return False
    # A note's or an update's label is no dateline: asked last, of the few lines taken for one.
    return _is_meta_line(block, text) and not _labels_note_or_update(text)


def _is_data_object(text: str) -> bool:
    if (text[:1], text[-1:]) not in DATA_OBJECT_ENDS or '":' not in text:
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _is_identifier_run(text: str) -> bool:
    if "-" not in text:
        return False
    found = UUID.findall(text)
    return len(found) >= MIN_IDENTIFIER_RUN and sum(map(len, found)) >= MIN_IDENTIFIER_SHARE * len(
        text
    )


def is_body_furniture(block: Block) -> bool:
    """`is_furniture_line`, or a rights notice or a photo's credit standing as a line of the
    body (`RIGHTS_LINE`, `credit_of_line`: "Foto: MDR/Bernd Cramer", "Photo by ev on
    Unsplash"); in a picture's credit field such a line is the credit itself."""
    if is_furniture_line(block):
        return True
    if isinstance(block, ListBlock):
        # a rating scale's or a pager's numbers ("1 2 3 4 5"), or vote counts: no item says
        # anything
        return all(_is_counter(item) for item in block.items)
    return isinstance(block, ParagraphBlock) and (
        (len(block.text) <= MAX_RIGHTS_LINE_CHARS and RIGHTS_LINE.match(block.text) is not None)
        or credit_of_line(block.text) is not None
    )


def _is_counter(item: str) -> bool:
    number = item.strip()
    return len(number) <= MAX_COUNTER_DIGITS and number.isascii() and number.isdigit()


def _credits_to_pictures(blocks: list[Block]) -> list[Block]:
    """A photo's credit printed as the line after its picture, given to the picture when it
    has none (the line itself is then dropped as `is_body_furniture`); a short line after a
    picture with no caption that ends in a credit ("Marco Odermatt, Ski-Star. © AFP / Marco
    Bertorello", "... | © Getty Images": a caption set below the picture's box) is its caption
    and credit, and leaves the text."""
    kept: list[Block] = blocks[:1]
    for block in blocks[1:]:
        before = kept[-1]
        if not (
            isinstance(block, ParagraphBlock)
            and isinstance(before, ImageBlock)
            and before.image.credit is None
        ):
            kept.append(block)
            continue
        credit = credit_of_line(block.text)
        if credit is not None:
            image = before.image.model_copy(update={"credit": credit})
            kept[-1] = before.model_copy(update={"image": image})
            kept.append(block)
            continue
        caption = _caption_with_credit(block.text) if before.image.caption is None else None
        if caption is None:
            kept.append(block)
            continue
        image = before.image.model_copy(update={"caption": caption[0], "credit": caption[1]})
        kept[-1] = before.model_copy(update={"image": image})
    return kept


def _caption_with_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when `text` is a caption's length and ends in a credit that says it
    is one (a copyright sign, a "Photo:" label, "(Photo by ...)"): not an agency's name
    after a sentence, nor a "Source: ..." a sentence can end with too."""
    if len(text) > MAX_CAPTION_LINE_CHARS:
        return None
    match = TRAILING_CREDIT.search(text)
    if match is None or (match["labelled"] or "").lower().startswith(PROSE_CREDIT_LABELS):
        return None
    caption, credit = text[: match.start()].strip(), next(g for g in match.groups() if g)
    return (caption, clean_text(credit)) if caption else None


def is_furniture_text(text: str) -> bool:
    """`is_furniture_line` for a text read elsewhere than the body (a caption, a dek)."""
    return is_furniture_line(ParagraphBlock(text=text))


# Any of the words `PROMO_LINES` need, in one scan (most lines hold none).
_PROMO_LINE_WORDS = re.compile(
    literal_alternation(word for _, words in PROMO_LINES for word in words)
)


def _is_promo_line(text: str) -> bool:
    lowered = text.lower()
    if not _PROMO_LINE_WORDS.search(lowered):
        return False
    return any(
        any(word in lowered for word in words) and pattern.search(text)
        for pattern, words in PROMO_LINES
    )


def _is_meta_line(block: Block, text: str) -> bool:
    """A short line of page furniture: a listing's count, a byline, a dateline, dates."""
    if LISTING_COUNT.match(text) or PAGING_STATUS.match(text) or COMMENT_COUNT.match(text):
        return True
    if isinstance(block, ParagraphBlock) and MEMBER_PROFILE_LINE.match(text):
        return True
    if MEMBER_RANK_LINE.match(text):
        return True
    if MOBILE_APP_FOOTER.match(text):
        return True
    if _is_byline(text):
        return True
    if _only_dates(text):
        return True
    has_date = parse_human_date(text) is not None
    if DATELINE.match(text) and (has_date or _DIGIT.search(text) is not None):
        return True
    if has_date and any(separator in text for separator in META_SEPARATORS):
        # "Nov 2, 2023 · 6 min · Jane Doe" (the separators are no words)
        words = [word for word in text.split() if word not in META_SEPARATORS]
        return len(words) <= MAX_META_LINE_WORDS
    return has_date and len(text.split()) <= MAX_DATELINE_WORDS


def _labels_update_below(blocks: list[Block], index: int) -> bool:
    """ "Updated at 0930 UTC on May 15" on a line of its own below the story's opening, a
    paragraph under it: the label of a late update, not the page's dateline. A paragraph
    opening with a label of its own ("Update on March 7 at 11:45am: ...") is its own update,
    and the line above it the dateline."""
    block = blocks[index]
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        index >= HEADER_BLOCKS
        and isinstance(following, ParagraphBlock)
        and is_update_label_line(block)
        and bool(CLOCK_TIME.search(block.text))
        and parse_update(following.text, None, None) is None
    )


def _only_dates(text: str) -> bool:
    """A line of dates and times with the words that introduce them ("Updated", "Leestijd")
    and their time zones, and nothing else; words printed in elements of their own may be
    glued ("Mar 14, 2024 5:31 PM EDTUpdated on Mar 14, 2024 7:05 PM EDT")."""
    if _DIGIT.search(text) is None:
        return False
    printed = [word for run in LETTER_RUN.findall(text) for word in _GLUED_WORDS.split(run)]
    words = [word.lower() for word in printed]
    if DATELINE_VERBS.isdisjoint(words):
        return False
    return all(
        lower in _DATELINE_WORDS or ZONE_WORD.fullmatch(word)
        for word, lower in zip(printed, words, strict=True)
    )


def _labels_note_or_update(text: str) -> bool:
    """ "Update, Feb. 14, 10:05 a.m.": the label of the update that follows; "Updated on
    Friday, March 15, 2024 8:27 PM CDT: Adds photo": a short update, label and text; "Updated at
    2 p.m. with comment from ...": an editor's note. None is a dateline."""
    update = parse_update(text, None, None)
    return (
        bool(NOUN_LABEL_ONLY.match(text))
        # not "Updated March 5, 2024 — 4.55pm, first published at 6.02am": dates alone
        or (update is not None and not _only_dates(update.text))
        or parse_note(text) is not None
        or is_note_label_line(text)
        or titled_update_label(text) is not None
    )


def _is_byline(text: str) -> bool:
    """ "By Jane Doe", "Written by Jane Doe", or "Por Rafaela Montenegro, g1 Campinas": names,
    then maybe the newsroom after a comma."""
    names, _, newsroom = BYLINE_LEAD.sub("", text, count=1).partition(",")
    if newsroom and (len(names.split()) < MIN_BYLINE_WORDS or len(newsroom) > MAX_NEWSROOM_CHARS):
        return False
    return bool(BYLINE.match(names)) and _names_capitalised(names)


def _names_capitalised(byline: str) -> bool:
    """Whether the byline's names are capitalised; a byline with no name left ("By and": the
    names were links, taken out with the author boxes) is one too."""
    words = [w for w in byline.split()[1:] if w.lower() not in ("and", "und", "et", "y", "&", ",")]
    return all(word[0].isupper() for word in words)


def _without_repeats(blocks: list[Block]) -> list[Block]:
    """Drop a paragraph or a quotation that repeats an earlier one word for word (teaser +
    body, dek twice, a carousel's slides cloned for its loop), and a reply's quotation of a
    post printed above it ("Minoa wrote: ...")."""
    seen: set[tuple[type[Block], str]] = set()
    printed: list[str] = []
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            printed.extend(normalise_key(item) for item in block.items)
        elif isinstance(block, ParagraphBlock | QuoteBlock | HeadingBlock):
            key = normalise_key(block.text)
            own = (type(block), key)
            if len(block.text) >= MIN_REPEAT_CHARS and (
                own in seen
                or (isinstance(block, QuoteBlock) and _quotes_printed(key, " ".join(printed)))
            ):
                continue
            if not isinstance(block, HeadingBlock):
                seen.add(own)
            printed.append(key)
        kept.append(block)
    return kept


def _quotes_printed(key: str, printed: str) -> bool:
    """Whether the quotation keyed `key` opens with an attribution ("x said: ...", "minoa
    wrote:...": anything before a colon near its start) and what follows is text in `printed`.
    One with no colon repeating the text is kept: a pull quote, an example set out twice,
    which the benchmarks' truths keep more often than not."""
    _attribution, colon, rest = key[:QUOTE_ATTRIBUTION_CHARS].partition(":")
    body = (rest + key[QUOTE_ATTRIBUTION_CHARS:]).strip()
    return bool(colon) and len(body) >= MIN_REPEAT_CHARS and body in printed


def _drop_header_repeats(
    blocks: list[Block], title: str | None, subtitle: str | None
) -> list[Block]:
    """Drop the headline and the dek where the container repeats them at its top: they are
    `Article.title` and `Article.subtitle`, not body text."""
    keys = {normalise_key(text) for text in (title, subtitle) if text}
    if not keys:
        return blocks
    head = [
        block
        for block in blocks[:HEADER_BLOCKS]
        if not _is_headline(block, title)
        and not (
            isinstance(block, HeadingBlock | ParagraphBlock) and normalise_key(block.text) in keys
        )
    ]
    rest = blocks[HEADER_BLOCKS:]
    if subtitle and _prose_length((*head, *rest)) < len(subtitle):
        # the dek is most of the prose there is (a news brief printed as its intro): the article
        return [block for block in blocks[:HEADER_BLOCKS] if not _is_headline(block, title)] + rest
    return head + rest


def drop_header_credits(
    blocks: list[Block],
    *,
    names: Sequence[str],
    labels: Sequence[str | None],
    title: str | None = None,
    site_name: str | None = None,
) -> list[Block]:
    """Drop the lines at the top of the body that print what other fields hold: the section
    or kind label ("History"), a credit line opening with an author's name, alone or with a
    role, a place or the date ("Harriet Okonedo-Sayle, Health Correspondent", "Sofie
    Verbrugghe12-03-24, 15:22"), or printing the names among the dates in any order
    (`_is_dated_credit`), the author's role on a line of its own (`ROLE_LINE`), a dateline
    signed with the site's name, and a list printing a breadcrumb trail (ending with the title
    or opening with the home page) or the date: `Article.section`, `kind`, `authors`, `title`
    and the dates, not body text."""
    label_keys = {normalise_key(label) for label in labels if label}
    name_keys = [key for key in (normalise_key(name) for name in names) if key]
    title_key = normalise_key(title) if title else None
    site_key = normalise_key(site_name) if site_name else None
    head = [
        block
        for block in blocks[:HEADER_BLOCKS]
        if not (
            isinstance(block, HeadingBlock | ParagraphBlock)
            and (
                _is_credit_line(block.text, label_keys, name_keys)
                or _is_dated_credit(block.text, names)
                or (bool(names) and ROLE_LINE.match(block.text) is not None)
                or _is_signed_dateline(block.text, site_key)
            )
        )
        and not (isinstance(block, ListBlock) and _is_header_list(block.items, title_key))
    ]
    return head + blocks[HEADER_BLOCKS:]


def _is_dated_credit(text: str, names: Sequence[str]) -> bool:
    """A header line printing the authors' names with the dates or a place, in any order
    ("Lara Zürcher und Nico Baumgartner Publiziert: 22.06.2024 um 14:10 Uhr", "12.03.2024,
    10:15 Uhr Lesezeit: 3 Min. Von Jannik Oberdörfer", "Wanjiru Kamau in Isiolo, Kenya"):
    once the names (of two words or more) and the words joining them are gone, what is left
    is a dateline, a place or nothing."""
    if len(text) > MAX_PROMO_LINE_CHARS:
        return False
    printed = [name for name in names if " " in name and name in text]
    if not printed:
        return False
    rest = text
    for name in printed:
        rest = rest.replace(name, " ", 1)
    words = [word for word in rest.split() if word.lower().strip(",.:") not in CREDIT_JOINERS]
    left = " ".join(words).strip(CREDIT_PUNCTUATION)
    if not left or is_furniture_text(left):
        return True
    place = PLACE_CREDIT.match(left)
    return place is not None and place["place"][0].isupper() and not left.endswith(SENTENCE_ENDS)


def _is_signed_dateline(text: str, site_key: str | None) -> bool:
    """A dateline signed with the site's name ("Wednesday March 20 2024, 6.00pm GMT, The
    Times")."""
    signed = SIGNED_LINE.match(text) if site_key else None
    return (
        signed is not None
        and normalise_key(signed["site"]) == site_key
        and is_furniture_text(signed["line"])
    )


def _is_header_list(items: list[str], title_key: str | None) -> bool:
    """A list of the header's parts: a breadcrumb trail, or the date and time ("March 12,
    2024", "10:41 AM")."""
    if all(is_furniture_text(item) or CLOCK_ONLY.match(item) for item in items):
        return True
    if len(items) < MIN_BREADCRUMB_ITEMS:
        return False
    if title_key and normalise_key(items[-1]) == title_key:
        return all(len(item.split()) <= MAX_BREADCRUMB_STEP_WORDS for item in items[:-1])
    trail = " > ".join(items)
    return len(trail) <= MAX_PROMO_LINE_CHARS and bool(BREADCRUMB_LINE.match(trail))


def _is_credit_line(text: str, label_keys: set[str], name_keys: list[str]) -> bool:
    key = normalise_key(text)
    if key in label_keys:
        return True
    if key.endswith(SENTENCE_ENDS):
        return False  # a sentence about the author, not a credit
    text = clean_text(text)
    credit = CREDIT_WORD.match(text)  # "By Jane Doe, Food Writer", "Texto de Jane Doe"
    if credit:
        text = text[credit.end() :]
        key = normalise_key(text)
    for name in name_keys:
        # A person's name (one word is a handle or a brand: a forum post opens with its
        # poster's, and "GitHub" is no credit for "GitHub Models"), then maybe a role, a place
        # or a date ("Jane Doe, Health Correspondent", "Jane Doe12-03-24, 15:22"), or words
        # joining the other authors' names ("Jane Doe in Santiago and John Roe in London"):
        # not the rest of a sentence.
        if " " in name and key.startswith(name):
            rest = text[len(name) :].lstrip()
            if len(rest) <= MAX_DATELINE_CHARS and (
                not rest[:1].islower() or any(other in key for other in name_keys if other != name)
            ):
                return True
    return False


def _prose_length(blocks: Iterable[Block]) -> int:
    return sum(len(block.text) for block in blocks if isinstance(block, ParagraphBlock))


def _is_headline(block: Block, title: str | None) -> bool:
    """A heading printing the title, maybe with its date."""
    if not title or not isinstance(block, HeadingBlock):
        return False
    return normalise_key(block.text) == normalise_key(title) or _is_dated_title(block.text, title)


def _is_dated_title(text: str, title: str) -> bool:
    """A heading printing the headline with its date ("Dec 18 2025 Preparing a transition")."""
    for rest in (text.removesuffix(title), text.removeprefix(title)):
        if rest != text and len(rest) <= MAX_DATELINE_CHARS and parse_human_date(rest):
            return True
    return False
