"""Teaser cards: blocks that link to other articles (related, latest, 'keep reading' widgets).

Recognition rests on what cards share across sites rather than on one CMS:

1. a *headline link*: a link to another page whose text reads like a headline and that sits in a
   heading (h1-h6) or in an element named like one (`HEADLINE_WORDS`);
2. the *card*: the largest ancestor of that link that holds no other headline link and stays
   short (`MAX_CARD_CHARS`, text in ``<template>`` not counted);
3. the card's parts by role: image (+ caption/credit), kicker label, section link, excerpt
   paragraphs, byline, date; widget phrases ("keep reading", "Show less") are in no field.

Cards are detached from the tree afterwards so that none of their text reaches the body.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from lxml import etree
from lxml.etree import _Element as HtmlElement

from ..clean import SCREEN_READER_WORDS, is_widget_phrase
from ..dates import find_human_dates, parse_date, parse_human_date
from ..dom import (
    HEADING_TAGS,
    class_tokens,
    holds,
    name_words,
    path_up,
    same_kind,
    text_without,
    words_of,
)
from ..models import Author, Image, Teaser
from ..parse import Document
from ..text import (
    clean_text,
    element_text,
    first_text,
    normalise_key,
    raw_text,
    short_text,
    spaced_word_count,
)
from ..urls import is_front_page, netloc_of, path_of
from .authors import BYLINE_SELECTOR_WORDS, clean_author_names
from .images import (
    BRANDING_IMAGE_WORDS,
    CAPTION_WORDS,
    CREDIT_WORDS,
    IMAGE_ADDRESS_ATTRIBUTES,
    background_source,
    image_from_element,
    image_source,
    is_branding_image,
)
from .metadata import (
    BY_WORDS,
    KICKER_WORDS,
    KIND_WORDS,
    MAX_LABEL_CHARS,
    SECTION_LABEL_WORDS,
    headline_text,
    names_something,
)
from .updates import LETTER_RUN

HEADLINE_WORDS = frozenset(
    {"headline", "title", "widget__headline", "widget__headline-text", "entry-title",
     "card-title", "card__title", "post-title", "teaser-title", "teaser__title", "story-title",
     "article-title", "c-entry-box--compact__title", "item-title", "news-title", "heading"}
)  # fmt: skip
SECTION_WORDS = SECTION_LABEL_WORDS | frozenset(
    {
        "section",
        "category",
        "categories",
        "card__section",
        "teaser__section",
        "topic",
        "primary-tag",
        "tag",
        "context",
    }
)
# 'In "City"' (Jetpack), 'Filed under: Energy': the section is the quoted or following part.
SECTION_PREFIX = re.compile(
    r"^(?:(?:posted\s+)?in\s+[\"“„](?P<quoted>[^\"”“]+)[\"”“]"
    # "Posted in" may be glued to the section, printed for screen readers ("Posted inPolitics")
    r"|(?:(?:posted\s+in|filed\s+under)\s*:?|(?:category|categories|section|rubrik|rubrique)\s*:)"
    r"\s*(?P<plain>.+))$",
    re.IGNORECASE,
)
EXCERPT_WORDS = frozenset(
    {"excerpt", "summary", "dek", "description", "widget__brief", "teaser__text", "card__text",
     "card-text", "standfirst", "entry-summary", "post-excerpt", "lede", "blurb", "abstract"}
)  # fmt: skip
MIN_HEADLINE_CHARS = 12
MAX_HEADLINE_CHARS = 250
MAX_RAW_LINK_CHARS = 20 * MAX_HEADLINE_CHARS  # white space included
MAX_CARD_CHARS = 1200  # headline, an excerpt of a few sentences, byline, date and labels
# A box holding this many paragraphs of this much text beside a card is the text the card is
# set in, not more of the card (a card's excerpt runs to two paragraphs at most).
MIN_PROSE_BESIDE_CARD = 3
MIN_PROSE_PARAGRAPH_CHARS = 100
MAX_EXCERPT_CHARS = 600  # a paragraph longer than this under a linked heading is prose
UNREAD_IN_CARD_TAGS = frozenset({"template", "script", "style", "figcaption"})
IMAGE_TEXT_WORDS = CAPTION_WORDS | CREDIT_WORDS
CARD_BYLINE_WORDS = frozenset(BYLINE_SELECTOR_WORDS)
MAX_HEADLINE_DEPTH = 3  # how far above the link its heading may be
MAX_TEASERS = 500
# A headline link carries most of its heading's text; a link inside a paragraph that merely sits
# in an element named like a title (e.g. a "richtext-title" wrapper) is not a headline.
MIN_HEADLINE_LINK_SHARE = 0.5
# Rails: lists of plain headline links under a label, or inside an element named like a rail.
# Rail and promo labels ("Related posts:", "More from Politics", "Lesen Sie auch"), each
# opening with a literal word (the prefilter below relies on it). Promo labels call to read
# on and never name a card's section; a rail named "Latest" or "Most read" may print that
# name on its cards as their label.
PROMO_LABELS = (
    r"related(?:\s+(?:posts?|articles?|stories|story|coverage|content|reading|links))?",
    r"read\s+(?:more|next|also)", r"read\s+more\s+(?:from|on|about|in)\b.*", r"read\s+more\s+here",
    r"read\s+related\b.*",
    r"read", r"also\s+read", r"see\s+also", r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)",
    r"you\s+(?:may|might)\s+(?:also\s+)?be\s+interested\s+in(?:\s+(?:the\s+following|these))?"
    r"(?:\s+(?:topics|articles|posts|stories))?(?:\s+as\s+well)?",
    r"what\s+to\s+read\s+next", r"further\s+reading",
    r"keep\s+reading", r"up\s+next", r"mehr\s+zum\s+thema", r"lesen\s+sie\s+auch",
    r"auch\s+interessant", r"weitere\s+(?:artikel|beiträge)",
    r"das\s+(?:thema\s+)?könnte\s+(?:sie|dich)\s+(?:auch\s+)?interessieren",
    r"zum\s+weiterlesen", r"schon\s+gelesen\??",
    r"heute\s+empfehlen\s+wir", r"ähnliche\s+(?:artikel|beiträge)", r"verwandte\s+artikel",
    r"articles\s+(?:similaires|liés)", r"artículos\s+relacionados", r"noticias\s+relacionadas",
    r"articoli\s+correlati",
    r"te\s+puede\s+interesar", r"le\s+puede\s+interesar", r"le\s+recomendamos",
    r"pilihan\s+editor", r"editor['’]?s\s+picks?",
    r"también\s+(?:te|le)\s+puede\s+interesar", r"ilgili\s+haber(?:ler)?",
    r"İlgili\s+haber(?:ler)?", r"İLGİLİ\s+HABER(?:LER)?",
    r"lee\s+también", r"vea\s+también", r"ver\s+también", r"mira\s+también",
    r"véase\s+también", r"puedes\s+ver", r"no\s+te\s+pierdas", r"te\s+recomendamos",
    r"veja\s+também", r"saiba\s+mais", r"voir\s+aussi", r"à\s+voir\s+aussi", r"siehe\s+auch",
    r"auch\s+lesenswert", r"lesetipps?", r"vedi\s+anche", r"potrebbe\s+interessarti",
    # Le Monde names the kind of piece: "Lire aussi le décryptage |", "Lire aussi l'entretien |"
    r"à\s+lire\s+aussi", r"lire\s+aussi(?:\s+(?:le|la|les|l['’])\s*+[\w-]+)?",
    r"lire\s+également",
    r"à\s+lire\s+également",
    r"czytaj\s+także", r"leggi\s+anche", r"go\s+deeper", r"more(?=\s*:)",
    r"lees\s+ook", r"lue\s+myös", r"läs\s+också", r"les\s+også", r"læs\s+også",
    r"leia\s+também", r"lea\s+también", r"ver\s+também", r"baca\s+juga",
    r"läs\s+mer", r"les\s+mer", r"læs\s+mere", r"lees\s+meer", r"leia\s+mais", r"lea\s+más",
    r"lire\s+plus", r"leggi\s+di\s+più", r"mehr\s+lesen", r"ler\s+mais",
    r"más\s+información", r"související(?:\s+články)?", r"kapcsolódó(?:\s+cikkek)?",
    r"zobacz\s+(?:też|także)", r"czytaj\s+(?:też|więcej)", r"vezi\s+și", r"pročitajte\s+i",
    r"читайте\s+также", r"관련\s*뉴스", r"čtěte\s+(?:také|též)", r"čítajte\s+aj",
    r"loe\s+ka", r"lasi\s+arī", r"taip\s+pat\s+skaitykite", r"διαβάστε\s+(?:επίσης|ακόμα)",
    r"прочетете\s+още", r"pročitajte\s+još", r"preberite\s+tudi", r"llegiu\s+també",
    r"irakurri\s+ere", r"baca\s+juga", r"lihat\s+juga", r"קראו\s+עוד",
    r"यह\s+भी\s+पढ़ें", r"อ่านเพิ่มเติม", r"延伸阅读", r"延伸閱讀",
    r"関連(?:ニュース|記事)", r"相关(?:阅读|新闻|文章)", r"관련\s*기사",
    r"related\s+news", r"أخبار\s+(?:متعلقة|ذات\s+صلة)", r"مواضيع\s+(?:متعلقة|ذات\s+صلة)",
    r"संबंधित\s+ख़?बरें", r"още\s+по\s+темата", r"по\s+тем[еі]", r"相關(?:新聞|文章|閱讀)",
    r"ข่าวที่เกี่ยวข้อง", r"berita\s+terkait", r"artikel\s+terkait", r"tin\s+liên\s+quan",
    r"bài\s+liên\s+quan",
    r"povezane\s+vijesti", r"powiązane(?:\s+artykuły)?",
    r"citește\s+și", r"citiți\s+și", r"читайте\s+також", r"дивіться\s+також",
    r"прочетете\s+също", r"вижте\s+още", r"pročitajte\s+također", r"ये\s+भी\s+पढ़ें",
    r"اقرأ\s+أيضاً?", r"اقرأ\s+ايضا", r"لمزيد\s+من", r"lesið\s+einnig", r"lue\s+lisää",
)  # fmt: skip
RAIL_NAMES = (
    r"more\s+(?:from|on|about|in|stories|news|coverage|to\s+read)\b.*", r"mehr\s+zu[mr]?\s.*",
    # "More Local News", "More Top Stories"
    r"more\s+(?:[\w&-]+\s+){1,2}(?:news|stories|articles|headlines|coverage)",
    r"most\s+(?:read|popular|viewed|shared|emailed)\b.*",
    r"recommended(?:\s+\w+){0,2}", r"trending(?:\s+now)?", r"popular(?:\s+\w+)?",
    r"latest(?:\s+\w+){0,3}", r"top\s+stories", r"live\s+updates",
    r"recent\s+(?:posts|articles|stories)",
    r"アクセスランキング", r"ランキング",
    r"ultima\s+ora", r"ultim['’]ora", r"le\s+ultime", r"últimas(?:\s+noticias)?",
    r"dernières\s+(?:infos|actualités|nouvelles)", r"senaste(?:\s+nytt)?", r"siste\s+nytt",
    r"seneste(?:\s+nyt)?", r"neueste(?:\s+artikel|\s+nachrichten)?",
    r"nejčtenější(?:\s+články)?", r"legolvasottabb(?:\s+cikkek)?", r"najczęściej\s+czytane",
    r"lo\s+más\s+leído", r"más\s+leíd[oa]s", r"les\s+plus\s+lus", r"meistgelesen",
    r"meest\s+gelezen", r"mest\s+lest", r"mest\s+lästa", r"mest\s+læste", r"luetuimmat",
    r"più\s+lett[ie]", r"mais\s+lidas", r"en\s+çok\s+okunan", r"많이\s*본\s*뉴스",
    r"人気記事", r"热门(?:文章|新闻)?",
    r"najčitanije", r"najbolj\s+brano", r"най-четени", r"enim\s+loetud", r"lasītākie",
    r"skaitomiausi", r"πιο\s+δημοφιλή", r"mest\s+lesne", r"eniten\s+luetut", r"最多閱讀",
    r"많이\s*본\s*기사", r"인기\s*기사", r"熱門(?:新聞|文章)?", r"人気(?:ランキング|ニュース)",
    r"排行榜", r"lo\s+más\s+visto", r"más\s+vist[oa]s", r"cele\s+mai\s+citite",
    r"най-популярни", r"найпопулярніше", r"найчитаніше", r"самое\s+(?:читаемое|популярное)",
    r"الأكثر\s+(?:قراءة|مشاهدة)", r"הכי\s+נקראים", r"ยอดนิยม", r"terpopuler",
    r"tin\s+đọc\s+nhiều", r"mais\s+lid[oa]s", r"najčitanij[ie]", r"en\s+çok\s+okunanlar",
    r"mest\s+läst", r"dans\s+la\s+même\s+rubrique", r"sur\s+le\s+même\s+sujet", r"热榜",
    r"熱榜", r"排行",
)  # fmt: skip
RAIL_LABELS = PROMO_LABELS + RAIL_NAMES
_LABEL_END = r"\s*[:.»›>…|\-–—]{0,3}$"
RAIL_LABEL = re.compile(r"^(?:" + "|".join(RAIL_LABELS) + r")" + _LABEL_END, re.IGNORECASE)
PROMO_LABEL = re.compile(r"^(?:" + "|".join(PROMO_LABELS) + r")" + _LABEL_END, re.IGNORECASE)
# A promo label and the headline in one link text ("READ MORE: Maritime TV stations cut ...")
PROMO_LABEL_THEN_TITLE = re.compile(
    r"^(?:" + "|".join(PROMO_LABELS) + r")\s*+[:\-–—|]\s*+(?P<title>\S.*+)$",
    re.IGNORECASE | re.DOTALL,
)
# The words of a card's "read more" button, in the languages of the promo labels
READ_MORE_PHRASES = (
    "read more", "continue reading", "read the story", "read the article", "read the full story",
    "read the full article", "weiterlesen", "mehr lesen", "lire la suite", "leer más",
    "leer mas", "seguir leyendo", "leia mais", "continua a leggere", "lees meer",
)  # fmt: skip
_READ_MORE_WORDS = (
    "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in READ_MORE_PHRASES) + ")"
)
READ_MORE = re.compile(_READ_MORE_WORDS + r"[\s.…»›→]*+", re.IGNORECASE)
# The same words closing an excerpt ("... eher hinderlich als dienlich. Mehr lesen ...")
EXCERPT_READ_MORE = re.compile(r"(?<=\S)\s++" + _READ_MORE_WORDS + r"[\s.…»›→]*+\Z", re.IGNORECASE)
READ_MORE_TRAIL = " .…»›→"
# Their last words: a title ending otherwise has no button in it to look for
READ_MORE_LAST_WORDS = tuple(
    sorted({phrase.rsplit(maxsplit=1)[-1] for phrase in READ_MORE_PHRASES})
)
# The literal word each label opens with: an element whose text's first word does not start
# with one of them is no label, and its full text need not be read. The text's word may run on
# ("関連記事" for "関連(?:ニュース|記事)", "najčitaniji" for "najčitanij[ie]"): it is matched
# against the words sharing its first letter with one `str.startswith` (an alternation of the
# words is 3x slower).
RAIL_LABEL_FIRST_WORDS = frozenset(
    re.match(r"\w+", label).group().lower()  # type: ignore[union-attr]
    for label in RAIL_LABELS
)
_LABEL_WORDS_BY_LETTER = {
    letter: tuple(word for word in RAIL_LABEL_FIRST_WORDS if word[0] == letter)
    for letter in {word[0] for word in RAIL_LABEL_FIRST_WORDS}
}
_FIRST_WORD = re.compile(r"^\s*+(\w+)")
RAIL_WORDS = frozenset(
    {"related", "related-posts", "related-articles", "related-stories", "related-content",
     "yarpp", "yarpp-related", "jp-relatedposts", "crp_related", "recommended",
     "recommendations", "more-stories", "read-more-links", "read-next", "most-read",
     "mostread", "most-popular", "trending", "more-from", "up-next", "also-read", "further-reading",
     "ranking", "latest-stories",
     # WordPress's embed of another post: its title's link in a blockquote
     "wp-embedded-content"}
)  # fmt: skip
MAX_RAIL_LABEL_CHARS = 60
MAX_LABEL_CHILDREN = 2
MAX_RAIL_DEPTH = 6
MAX_ITEM_DEPTH = 3  # how far above a rail link its item is looked for
MIN_RAIL_TITLE_WORDS = 3
MIN_LIST_HEADLINES = 3
MIN_NOTE_PROSE_CHARS = 80  # an item of a list of notes: a sentence outside links
# A card's button, read where its label would be: an imperative of two words or more ("View
# Details", "Add to Compare", "Find out more", "More options"), or a shop's "Compare".
CARD_BUTTON = re.compile(
    r"\A(?:(?:view|add|find\s++out|learn|shop|buy|see|get|watch|listen|explore|discover|book|read"
    r"|order|more|save|pause|play)\s++[\w$€£]|(?:ne\s++plus\s++)?(?:compare|comparer|comparar"
    r"|vergleichen)\s*+\Z)",
    re.IGNORECASE,
)
MIN_LINKED_AUTHORS = 2  # a card's byline linking this many names reads each link as a name
MAX_MENU_ENTRY_WORDS = 3  # a bare card in a <nav> of at most this many words: a menu's entry
# A title printed on this many cards, each linking elsewhere, is a menu's entry.
MIN_MENU_REPEATS = 3
# A reading time printed where a card's label would be ("9 min read").
READING_TIME = re.compile(r"\b\d++\s*+min(?:ute)?s?\b", re.IGNORECASE)
# Separators a card prints between its parts: after (or before) its label ("Politics |", "News
# •"), between a name and the date ("Jonah Ekwueme · <time>").
CARD_SEPARATORS = "|•·–—/"
LABEL_EDGES = " " + CARD_SEPARATORS
# "By Julian Fairweather" under a card's headline: its byline, not its excerpt.
BYLINE_LINE = re.compile(r"^(?:" + "|".join(BY_WORDS) + r")\s+\S", re.IGNORECASE)
MAX_BYLINE_CHARS = 80
STORY_SLUG_SPLIT = re.compile(r"[-_+]+")
MIN_SLUG_WORDS = 4
STORY_ID = re.compile(r"\d{5,}")
# Kinds of story a card's title may open with in capitals and a colon ("FEATURE: ..."); "Q&A:"
# is read as part of the headline.
SHOUTED_KICKER_WORDS = (KIND_WORDS - {"q&a"}) | {
    "watch", "listen", "exclusive", "breaking", "tested", "fyi", "update", "updated", "gallery",
    "recap", "preview", "just in", "explained", "poll", "quiz",
}  # fmt: skip
SHOUTED_KICKER = re.compile(r"^(?P<kicker>[^\W\d_][^:]{1,29}):\s++(?P<title>\S.{8,})$")
# An unnamed box in a card holding this much text alone is its excerpt.
MIN_PROSE_EXCERPT_CHARS = 60
MIN_PROSE_EXCERPT_WORDS = 8
MIN_PROSE_LETTER_SHARE = 0.6
CONTROL_TAGS = frozenset({"a", "button", "label", "select", "option"})
BRACKETED_KICKER = re.compile(
    r"^[\[〈【](?P<kicker>[^\]\[〈〉【】]{2,40})[\]〉】]\s*+(?P<title>\S.{8,})$"
)
INLINE_PART_TAGS = frozenset({"span", "strong", "b", "em", "i", "small"})
MAX_KICKER_WORDS = 3
# Names of a card's parts that are never its kicker: its byline, an icon's placeholder text.
NOT_KICKER_NAMES = BYLINE_SELECTOR_WORDS | {"author", "authors", "byline", "icon", "icons"}
# A card's age written out ("vor einer Woche", "3 days ago", "il y a 2 heures"): no kicker.
AGE = re.compile(
    r"\b(?:ago|geleden|sedan|siden)\b|^(?:vor|il\s+y\s+a|hace|há)\s+\S+\s+\S", re.IGNORECASE
)
MIN_CATEGORY_LETTERS = 3
# Names of a menu's list of entries
MENU_WORDS = frozenset({"menu", "nav", "navigation", "navbar", "submenu", "sub-menu"})
# The path of a category's or topic's page ("/blog/category/engineering/", relative on MkDocs:
# "category/payments/"), linked from a card's meta line.
CATEGORY_PATH = re.compile(
    r"(?:^|/)(?:category|categories|kategorie|kategorien|categorie|categoria|categorias|kategori"
    r"|kategoria|topic|topics|tema|temas|thema|themen|rubrique|rubrik|rubriek|rubrica)/[^/]+/?$"
)
# A kicker set in a span of the heading itself, before the title's span, may run longer
# ("<h3><span>Nach dem letzten Sturm</span> <span>Berliner Parks warten ...</span></h3>").
MAX_HEADING_KICKER_WORDS = 5
# ... unless the heading's parts are named as the item's name and description.
ITEM_NAME_WORDS = frozenset(
    {"name", "title", "product-name", "productname", "description", "model", "item-name"}
)
# Class words naming a product's name: "name" only beside "product" ("cat-grid-product-name")
PRODUCT_NAME_WORDS = frozenset({"name", "productname", "product-name", "product-title"})
KICKER_TAGS = frozenset({"span", "div", "p", "strong", "small"})
# Class words of the element a card prints its date in (or its byline and date, or its meta
# line: "By Priya Natarajan Nov. 14, 2023", "02.05.2024")
CARD_DATE_WORDS = frozenset(
    {"date", "timestamp", "post-date", "social-date__text", "time", "dt", "datetime", "pubdate",
     "meta", "byline"}
)  # fmt: skip
# ... but not a picture's (its "image-meta" holds the caption, which may hold a date; not
# "media": Bootstrap's media object is a card, "media__date" its date)
NOT_CARD_DATE_WORDS = IMAGE_TEXT_WORDS | {"image", "photo", "picture"}
MAX_CARD_DATE_LINE_CHARS = 100
# An unnamed part of a card is its date when it prints a date alone: this long at most, with
# no more letters than a month's name and a clock's "a.m." ("September 12, 2024 10:30 am").
MAX_BARE_DATE_CHARS = 40
MAX_BARE_DATE_LETTERS = 11
# A build's hash or a version beside its date ("(4a4ef493e 2026-03-02)"): no card date.
CODE_TOKEN = re.compile(r"\d[a-z]++\d")
# The text blocks a link wrapping a whole card stacks (spans are inline: a date, a label).
STACKED_TAGS = ("div", "p")
STACKED_NOT_TITLE_WORDS = KICKER_WORDS | SECTION_WORDS | CARD_DATE_WORDS
PAGINATION_WORDS = frozenset(
    {"pagination", "pager", "post-navigation", "nav-links", "nav-previous", "nav-next",
     "prev-next", "item-pagination", "prevnext", "previous-post", "next-post", "post-prev",
     "post-next"}
)  # fmt: skip
MAX_PAGINATION_DEPTH = 3
MIN_LIST_HEADLINE_WORDS = 5
MIN_DATED_LIST_HEADLINE_WORDS = 2
# What a list item may print beside its one headline link: a rank, a date, a source.
ITEM_DETAIL_TAGS = frozenset({"span", "small", "time", "em", "i", "b", "strong"})
MAX_ITEM_DETAIL_CHARS = 40
NAVIGATION_WORDS = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "pager",
        "toc",
        "footer",
        "sitemap",
    }
)
MIN_RAIL_LINK_SHARE = 0.5
# Links to author, tag and section pages are not stories.
NOT_STORY_PATH_PARTS = frozenset(
    {"author", "authors", "tag", "tags", "topic", "topics", "category", "categories", "people",
     "staff", "profile", "profiles", "user", "users", "u", "contributor", "contributors",
     "userprofile", "member", "members", "writer", "writers", "journalist", "journalists",
     "biographie", "biography", "job", "editor", "editors",
     # "author" in other languages
     "autor", "autora", "autores", "autoren", "autorin", "auteur", "auteurs", "autore", "autori",
     "penulis", "yazar"}
)  # fmt: skip
MAX_LISTING_PART_HYPHENS = 3  # "blog-authors", "our-staff-writers": a slug has more words
# A card root named as the article's author box ("md-byline", "block-author", "tga-author-card"):
# its link to the author's page is no story.
AUTHOR_BOX_WORDS = frozenset({"byline", "author", "authors"})


@dataclass(slots=True)
class _Headline:
    link: HtmlElement
    url: str
    title: str
    # For a link found in a rail or an inline promo, the card is at most its item: a section
    # of the article that happens to hold one such link is not a card.
    outermost: HtmlElement | None = None
    # When one link wraps the whole card, the heading inside it that holds the title.
    inner: HtmlElement | None = None
    # A kicker printed in the link before the title, read off by the link's title attribute.
    kicker: str | None = None
    # The text blocks the link stacks under each other, the title first (`_stacked_title`):
    # the blocks after it are the excerpt, whatever their names. Empty for other links.
    stacked: frozenset[HtmlElement] = frozenset()
    # Found in a rail or as an inline promo ("Read also: ..."), or set in a rail.
    in_rail: bool = False


def _words(element: HtmlElement) -> frozenset[str]:
    return name_words(element, include_id=False)


def _same_page(url: str, page_urls: set[str]) -> bool:
    """A link to the page itself: its URL, or a jump to a block of it (a live blog's key
    events link "?page=with:block-1#block-1")."""
    page, _, fragment = url.partition("#")
    if page.rstrip("/") in page_urls:
        return True
    return bool(fragment) and page.split("?", 1)[0].rstrip("/") in page_urls


def _headline_around(link: HtmlElement, headline_elements: set[HtmlElement]) -> HtmlElement | None:
    """The heading or headline-named element the link is in (`MAX_HEADLINE_DEPTH` up)."""
    node: HtmlElement | None = link
    for _ in range(MAX_HEADLINE_DEPTH + 1):
        if node is None:
            return None
        if node in headline_elements:
            return node
        node = node.getparent()
    return None


def _is_headline_link(
    around: HtmlElement | None, title: str, lengths: dict[HtmlElement, int]
) -> bool:
    """A link that is most of the headline around it (`_headline_around`)."""
    if around is None:
        return False
    if around not in lengths:
        lengths[around] = len(element_text(around))
    return len(title) >= MIN_HEADLINE_LINK_SHARE * lengths[around]


def _may_be_promo(link: HtmlElement, text: str | None) -> bool:
    """Whether a link reading `text` (`_link_text`) can be an inline promo: after a label
    (`_is_labelled_link`), or a paragraph of its own (then the title is the link's whole
    text) opening with a label (`_without_promo_label`) or in capitals (`_is_shouted_promo`).
    Asked before the title of a link outside headlines and rails is worked out: most links
    are neither, and fail here."""
    if _promo_label_block(link) is not None:
        return True
    return any(a.tag in ("p", "li") for a in islice(link.iterancestors(), 3)) and (
        text is None or text == text.upper() or PROMO_LABEL_THEN_TITLE.match(text) is not None
    )


def _inner_headline(link: HtmlElement, headline_elements: set[HtmlElement]) -> HtmlElement | None:
    """A heading or headline-named element inside the link (a whole card wrapped in one <a>);
    past one printing no text (a picture's box named for the card, "headline-item__image")
    to a heading."""
    blank: HtmlElement | None = None
    for element in link.iterdescendants():
        if element not in headline_elements:
            continue
        if blank is None and not any(text.strip() for text in element.itertext()):
            blank = element
        elif blank is None or element.tag in HEADING_TAGS:
            return element
    return blank


def _names_the_item(heading: HtmlElement) -> bool:
    """A heading whose parts are named as the item's name ("<span class='product-name'>MICKE
    </span> <span class='description'>Desk, white</span>", IKEA): its first part is the
    product's name, not a kicker."""
    return any(_words(part) & ITEM_NAME_WORDS for part in heading.iterchildren(etree.Element))


def _heading_after_kicker(link: HtmlElement, first: HtmlElement) -> tuple[HtmlElement, str] | None:
    """A link stacking a short heading over a heading of a higher level ("<h4>Mietenpolitik
    in Sachsen</h4><h3>Die Bremse greift nicht</h3>", taz): the second heading is the title,
    the first its kicker."""
    if first.tag not in HEADING_TAGS:
        return None
    kicker = headline_text(first)
    if not kicker or len(kicker.split()) > MAX_KICKER_WORDS:
        return None
    title = next(
        (h for h in link.iterdescendants(*HEADING_TAGS) if h is not first and h.tag < first.tag),
        None,
    )
    return (title, kicker) if title is not None and headline_text(title) else None


def _link_text(link: HtmlElement) -> str | None:
    """The link's text when it is short enough to be a headline (read in C: links are small)."""
    raw = raw_text(link) if len(link) else link.text or ""  # most links hold text alone
    if len(raw) > MAX_RAW_LINK_CHARS:
        return None
    text = clean_text(raw)
    return text if len(text) <= MAX_HEADLINE_CHARS else None


def _overlaid_headline(
    link: HtmlElement, headline_elements: set[HtmlElement], title: str
) -> HtmlElement | None:
    """The card heading an empty overlay link stands for: a heading beside the link that
    prints the link's label."""
    parent = link.getparent()
    if parent is None or not title:
        return None
    key = normalise_key(title)
    for element in parent.iterdescendants():
        if element in headline_elements and key in normalise_key(element_text(element)):
            return element
    return None


# Link texts that read like a headline's length but are author boxes and rail footers.
NOT_A_HEADLINE = re.compile(
    r"^(?:written\s+by|posted\s+by|more\s+(?:from|by)|(?:see|view)\s+(?:all|more)|all\s+"
    r"(?:posts|stories|articles)\s+(?:by|from|in))\b"
    # a rail's link to its section ("More Design Articles")
    r"|more\s+(?:[\w&-]+\s+){0,2}(?:news|stories|articles|headlines|posts)\W*$"
    # an address a script hides ("[email protected]"), a style sheet printed in a link
    r"|\[email\s++protected\]|[.#][\w-]++\s*+\{",
    re.IGNORECASE,
)


def _named_rail(element: HtmlElement) -> bool:
    """Whether a class of the element names a rail (whole class tokens only: a post tagged
    "related-reading" is not a rail)."""
    return not RAIL_WORDS.isdisjoint(class_tokens(element))


def _rails(doc: Document) -> set[HtmlElement]:
    """Elements holding a list of links to other stories: with a class naming one
    (`_named_rail`), or the list that follows a rail label ("Related posts:", "More from ...",
    "Most read"), or the label's parent when that is mostly links."""
    rails = {element for element in doc.named(RAIL_WORDS) if _named_rail(element)}
    # Wrappers opening with the same text as a parent found to open with no label word: a
    # chain of <div>s around one text is read once, not once per level.
    no_label: set[HtmlElement] = set()
    limit = 2 * MAX_RAIL_LABEL_CHARS
    for heading in doc.root.iter(*HEADING_TAGS, "div", "span", "strong", "p"):
        children = len(heading)
        if children > MAX_LABEL_CHILDREN:
            continue  # a label is a few words, maybe wrapped once or twice
        text = heading.text or ""
        if not children and (not text or len(text) > MAX_RAIL_LABEL_CHARS):
            continue  # (most elements: an empty box, or a paragraph's text)
        if children and not text.strip():
            if heading in no_label or not _opens_with_label_word(first_text(heading, limit)):
                if len(text) <= limit:  # (a longer blank run: first_text gave up at it)
                    no_label.add(heading[0])
                continue
            text = short_text(heading, MAX_RAIL_LABEL_CHARS) or ""
        if len(text) > MAX_RAIL_LABEL_CHARS or not (
            _opens_with_label_word(text) and RAIL_LABEL.match(text.strip())
        ):
            continue  # (the word first: every label opens with one, and the pattern is long)
        following = heading.getnext()
        if following is not None and _label_run_on(following):
            following = following.getnext()  # "Read more" / "about food and public media"
        if following is None or following.tag not in ("ul", "ol", "div", "p"):
            following = _after_label_box(heading, following)
        if following is not None and (
            following.tag in ("ul", "ol", "div")
            or (following.tag == "p" and _mostly_links(following))  # "Also read:" / <p><a>
        ):
            rails.add(following)
        parent = heading.getparent()
        if parent is not None and parent.tag not in ("body", "html") and _mostly_links(parent):
            rails.add(parent)
    rails.update(_headline_lists(doc))
    return rails


def _opens_with_label_word(text: str) -> bool:
    first = _FIRST_WORD.match(text)
    if first is None:
        return False
    word = first.group(1).lower()
    words = _LABEL_WORDS_BY_LETTER.get(word[0])
    return words is not None and word.startswith(words)


def _after_label_box(label: HtmlElement, following: HtmlElement | None) -> HtmlElement | None:
    """The element after the box that holds a rail's label (``<div class="head"><h2>Most
    read</h2><span>24 hours</span></div><ol>...``), when the box holds no link."""
    box = label.getparent()
    if box is None or box.tag in ("body", "html") or len(box) > MAX_LABEL_CHILDREN:
        return following
    if box.find(".//a") is not None:
        return following
    return box.getnext()


def _label_run_on(element: HtmlElement) -> bool:
    """A short paragraph with no link: the second line of a rail label."""
    return (
        element.tag == "p"
        and element.find(".//a") is None
        and short_text(element, MAX_RAIL_LABEL_CHARS) is not None
    )


def _headline_lists(doc: Document) -> Iterator[HtmlElement]:
    """Unlabelled lists of headlines ("items-more" under a section's cards): at least
    `MIN_LIST_HEADLINES` items, each nothing but one link of a headline's length, outside
    navigation. Menus are lists of links too, but of a word or two."""
    for list_element in doc.root.iter("ul", "ol"):
        items = [item for item in list_element if item.tag == "li"]
        if len(items) < MIN_LIST_HEADLINES or len(items) != len(list_element):
            continue
        if any(not _is_headline_item(item) for item in items):
            continue
        if any(
            a.tag in ("nav", "header", "footer") or _words(a) & NAVIGATION_WORDS
            for a in list_element.iterancestors()
        ):
            continue
        if not _in_list_of_notes(list_element):
            yield list_element


def _in_list_of_notes(list_element: HtmlElement) -> bool:
    """A list nested in an item of a list of notes, beside an item of prose: the links of a
    note ("In progress:" over links to the bugs), not a rail (a rail's nested lists sit in
    items of links or of labels: "Related" columns, an archive's months)."""
    parent = list_element.getparent()
    if parent is None or parent.tag != "li" or (outer := parent.getparent()) is None:
        return False
    return any(
        item is not parent
        and item.tag == "li"
        and (lengths := _text_lengths(item))[0] - lengths[1] >= MIN_NOTE_PROSE_CHARS
        for item in outer
    )


def _text_lengths(element: HtmlElement) -> tuple[int, int]:
    """The length of the element's text (white space collapsed) and of the part in links."""
    return len(element_text(element)), sum(len(element_text(a)) for a in element.iter("a"))


def _is_headline_item(item: HtmlElement) -> bool:
    """An item holding one headline link, maybe with a rank before it and a date after it
    ("<li><span>1</span><a>...</a></li>", "<li><a>...</a> <small>11 mai</small></li>")."""
    links = item.findall("a")
    if len(links) != 1:
        return False
    link = links[0]
    others = [child for child in item if child is not link and isinstance(child.tag, str)]
    if any(not _is_item_detail(child, child is item[0]) for child in others):
        return False
    title = _link_text(link)
    # the date printed before the link as text ("05/16/2024 - <a>...</a>": Mailchimp's archive)
    lead = (item.text or "").strip()
    if lead and _printed_date(lead) is None:
        return False
    # a post dated beside its link may be titled in a word or two ("Tyres I have known")
    dated = bool(lead) or any(next(child.iter("time"), None) is not None for child in others)
    return (
        title is not None
        and spaced_word_count(title)
        >= (MIN_DATED_LIST_HEADLINE_WORDS if dated else MIN_LIST_HEADLINE_WORDS)
        and short_text(item, MAX_HEADLINE_CHARS + MAX_ITEM_DETAIL_CHARS) is not None
    )


def _lead_date(card: HtmlElement) -> datetime | None:
    """The date a card prints as text before its first element ("05/16/2024 - <a>...")."""
    lead = (card.text or "").strip()
    return _printed_date(lead) if lead else None


def _printed_date(text: str) -> datetime | None:
    """The date `text` prints when it is a date and the separator after it, and nothing else
    ("05/16/2024 -"); else None."""
    date = text.rstrip(CARD_SEPARATORS + "-: ").strip()
    return parse_human_date(date) if len(date) <= MAX_ITEM_DETAIL_CHARS else None


def _is_item_detail(element: HtmlElement, first: bool) -> bool:
    """A rank number before a list item's link, or a short date or source after it."""
    # (wrappers around it are fine: Bear Blog's "<span><i><time>06 May, 2024</time></i></span>")
    if any(part.tag not in ITEM_DETAIL_TAGS for part in element.iter(etree.Element)):
        return False
    text = short_text(element, MAX_ITEM_DETAIL_CHARS)
    if text is None:
        return False
    # before the link: a rank or a time ("1", "10:30"); after it: a date or a source
    return any(char.isdigit() for char in text) if first else bool(text)


def _mostly_links(element: HtmlElement) -> bool:
    total, linked = _text_lengths(element)
    return total > 0 and linked >= MIN_RAIL_LINK_SHARE * total


def _in_rail(link: HtmlElement, title: str, rails: set[HtmlElement]) -> bool:
    """A link that is the whole of its item in a rail, with a headline's length."""
    if spaced_word_count(title) < MIN_RAIL_TITLE_WORDS:
        return False
    if not _under_rail(link, rails):
        return False
    item = link.getparent()
    return item is not None and (
        item in rails  # links set straight in the rail, with no item around each
        # the link's own text: the title may have lost a kicker printed in it
        or short_text(item, int(len(_link_text(link) or title) / MIN_HEADLINE_LINK_SHARE))
        is not None
        or _on_own_line(link)
    )


def _under_rail(link: HtmlElement, rails: set[HtmlElement]) -> bool:
    """Whether one of the link's near ancestors (`MAX_RAIL_DEPTH`) is a rail."""
    return any(ancestor in rails for ancestor in islice(link.iterancestors(), MAX_RAIL_DEPTH))


def _on_own_line(link: HtmlElement) -> bool:
    """A link alone on its line among links stacked with <br> (under a rail label)."""
    before, after = link.getprevious(), link.getnext()
    if (link.tail or "").strip() or (after is not None and after.tag != "br"):
        return False
    if before is None:
        parent = link.getparent()
        opening = (parent.text or "").strip() if parent is not None else ""
        return after is not None and not opening
    return before.tag == "br" and not (before.tail or "").strip()


def _is_labelled_link(link: HtmlElement, title: str) -> bool:
    """An inline promo: a paragraph reading 'RELATED: <headline link>'."""
    parent = _promo_label_block(link)
    if parent is None:
        return False
    text = short_text(parent, len(title) + MAX_RAIL_LABEL_CHARS + 1)
    if text is None or not text.endswith(title):
        return False
    label = text[: len(text) - len(title)].strip()
    return bool(label) and len(label) <= MAX_RAIL_LABEL_CHARS and bool(RAIL_LABEL.match(label))


def _promo_label_block(link: HtmlElement) -> HtmlElement | None:
    """The link's parent when it opens with a promo label before the link ("<p>RELATED:
    <a>...</a></p>"), in a paragraph, block or item."""
    parent = link.getparent()
    if parent is None or (parent[0] is link and (not (parent.text or "").strip())):
        return None
    block = parent.getparent() if parent.tag in INLINE_PART_TAGS else parent
    if block is None or block.tag not in ("p", "div", "li"):
        return None  # "<p><em>Also read: <a>...</a></em></p>" is read in its <em>
    opening = (parent.text or "").strip() or (parent[0].text or "").strip()
    if not RAIL_LABEL.match(opening.rstrip()):
        return None  # the paragraph does not open with a promo label
    return parent


def _without_promo_label(link: HtmlElement, title: str) -> str | None:
    """The headline of a link reading "READ MORE: <headline>" set as a paragraph of its own
    (Global News' in-body promos), without the label."""
    match = PROMO_LABEL_THEN_TITLE.match(title)
    if match is None:
        return None
    paragraph = next((a for a in islice(link.iterancestors(), 3) if a.tag in ("p", "li")), None)
    if paragraph is None or short_text(paragraph, len(title) + 1) != title:
        return None
    headline = match["title"].strip()
    return headline if spaced_word_count(headline) >= MIN_RAIL_TITLE_WORDS else None


def _is_shouted_promo(link: HtmlElement, title: str) -> bool:
    """An in-body promo set as a paragraph of its own holding one headline link in capitals
    ("<p><strong><a>OKLAHOMA MEN CHARGED WITH ...</a></strong></p>")."""
    if len(title.split()) < MIN_LIST_HEADLINE_WORDS or title != title.upper():
        return False
    paragraph = next((a for a in islice(link.iterancestors(), 3) if a.tag == "p"), None)
    if paragraph is None or short_text(paragraph, len(title) + 1) != title:
        return False
    return _names_a_story(link.get("href") or "")  # not "CLICK HERE FOR MORE US NEWS" (/us)


def _names_a_story(url: str) -> bool:
    """Whether the URL's last path segment names a story: a slug of several words, or an id."""
    segment = path_of(url).rstrip("/").rsplit("/", 1)[-1]
    return len(STORY_SLUG_SPLIT.split(segment)) >= MIN_SLUG_WORDS or bool(STORY_ID.search(segment))


def _item_of(link: HtmlElement, rails: set[HtmlElement]) -> HtmlElement | None:
    """The item a rail link stands in: its list item, or the rail's own child around it (ERR's
    "<div class=category-item>" holding the picture, headline and date), or else its parent."""
    for ancestor in islice(link.iterancestors(), MAX_ITEM_DEPTH):
        if ancestor.tag == "li" or ancestor.getparent() in rails:
            return ancestor
    return link.getparent()


def _in_menu(link: HtmlElement) -> bool:
    return any(
        ancestor.tag == "nav" or (ancestor.get("role") or "").lower() == "navigation"
        for ancestor in link.iterancestors()
    )


def _is_listing_path(url: str) -> bool:
    """Author, tag and section pages, and the site's home page: not stories."""
    path = path_of(url).lower()
    if not path.strip("/"):  # the front page, unless the query names a post ("/?p=2895")
        return is_front_page(url) or "://" not in url
    if path.rstrip("/").endswith("/search"):
        return True  # a search results page
    parts = path.strip("/").split("/")
    # "/author/jane-doe", "/blog-authors/jane-doe", and the index itself ("/contributors/");
    # not a story's slug set before its number ("/small-town-newspapers-last-editor/678277/")
    return any(
        part in NOT_STORY_PATH_PARTS
        or (
            part.count("-") < MAX_LISTING_PART_HYPHENS
            and part.rsplit("-", 1)[-1] in NOT_STORY_PATH_PARTS
        )
        for part in parts[:-1] or parts
    )


def _product_names(doc: Document) -> Iterator[HtmlElement]:
    """Elements named as a product's name ("cat-grid-product-name", "productName")."""
    for element in doc.named(PRODUCT_NAME_WORDS):
        words = name_words(element)
        if "product" in words or words & PRODUCT_NAME_WORDS - {"name"}:
            yield element


def _product_name_before(
    link: HtmlElement, heading: HtmlElement, product_names: set[HtmlElement]
) -> HtmlElement | None:
    """The product's name printed above the heading in a shop's card wrapped in one link: the
    card's title, where the heading only gives the item number ("Item Number: BenQ-LK936ST")."""
    for element in link.iterdescendants():
        if element is heading:
            return None
        if element in product_names and element_text(element):
            return element
    return None


def _headlines(doc: Document, page_urls: set[str], title_key: str | None) -> Iterator[_Headline]:
    headline_elements = set(doc.root.iter(*HEADING_TAGS)) | set(doc.named(HEADLINE_WORDS))
    product_names = set(_product_names(doc))
    rails = _rails(doc)
    lengths: dict[HtmlElement, int] = {}
    # words printed for screen readers inside a link ("Article réservé à nos abonnés" before
    # a headline): not its title
    unseen = set(doc.named(SCREEN_READER_WORDS))
    for link in doc.links:  # the tree is whole: nothing is taken out before the cards
        if not link.get("href"):
            continue
        inner = _inner_headline(link, headline_elements)
        if inner is not None and inner.tag in HEADING_TAGS and product_names:
            named = _product_name_before(link, inner, product_names)
            inner = inner if named is None else named
        heading_kicker = None
        if inner is not None and (ranked := _heading_after_kicker(link, inner)) is not None:
            inner, heading_kicker = ranked
        title = headline_text(inner) if inner is not None else _link_text(link)
        if inner is None and unseen and title and any(d in unseen for d in link.iter()):
            title = text_without(link, SCREEN_READER_WORDS) or title
        if not title and not len(link):  # an empty overlay link over the whole card
            title = clean_text(link.get("aria-label") or link.get("title"))
            inner = _overlaid_headline(link, headline_elements, title)
        if title is not None and len(title) < MIN_HEADLINE_CHARS:
            continue  # menu items and icons: what follows only shortens a title
        around = _headline_around(link, headline_elements) if inner is None else None
        if not (
            inner is not None
            or around is not None
            or _under_rail(link, rails)
            or _may_be_promo(link, title)
        ):
            continue  # none of the tests below can take it
        if inner is None and _rank_first(link) and title:
            # "1 Helsinki aikoo ...", "<span>1</span><strong>...": a most-read rank
            rank = (link[0].text or "").strip()
            title = title[len(rank) :].lstrip(" .") if title.startswith(rank) else title
        title, kicker = _without_kicker(title or "", clean_text(link.get("title")))
        title = _without_call_to_action(link, title)
        promoted = _without_promo_label(link, title) if inner is None else None
        title = promoted or title
        if inner is None and kicker is None:
            title, kicker = _kicker_spans(link) or _named_kicker(link, title) or (title, None)
        elif kicker is None and heading_kicker:  # a kicker in a heading of its own
            kicker = heading_kicker
        elif inner is not None and kicker is None and not _names_the_item(inner):
            # a kicker in a span of the heading, before the title's
            spans = _kicker_spans(inner, MAX_HEADING_KICKER_WORDS)
            if spans is not None and spans[1] is not None:  # not a rank
                title, kicker = spans
        bracketed = _bracketed_kicker(title) if kicker is None else None
        if bracketed:  # "[Herald Interview] First-time candidate ...", "FEATURE: Keelung's ..."
            kicker, title = bracketed["kicker"].strip(), bracketed["title"]
        if not title or len(title) < MIN_HEADLINE_CHARS or len(title) > MAX_HEADLINE_CHARS:
            continue
        if is_widget_phrase(title) or NOT_A_HEADLINE.match(title):
            continue
        if title.endswith(":") and _linked_again(link, doc.links):
            continue  # a kicker with its colon in a link of its own: the title's link follows
        if title_key and normalise_key(title) == title_key:
            continue
        outermost: HtmlElement | None = None
        if inner is None and not _is_headline_link(around, title, lengths):
            if not (
                promoted
                or _in_rail(link, title, rails)
                or _is_labelled_link(link, title)
                or _is_shouted_promo(link, title)
            ):
                continue
            # links stacked with <br> in one paragraph, or set straight in the rail, are each
            # a card of their own
            parent = link.getparent()
            alone = _on_own_line(link) or (parent in rails and len(parent.findall("a")) > 1)
            outermost = link if alone else _item_of(link, rails)
        url = doc.absolute_url(link.get("href"))
        if not url or _same_page(url, page_urls) or _is_listing_path(url):
            continue
        if _is_pagination(link):
            continue
        stackable = inner is None and (kicker is None or bracketed) and len(link)
        blocks = _text_blocks(link) if stackable else []
        stacked_title = _stacked_title(blocks)
        if stacked_title is not None:
            inner, title = stacked_title, headline_text(stacked_title)
            if bracketed and (own := _bracketed_kicker(title)):  # "[Herald Interview] ..."
                title = own["title"]
        yield _Headline(
            link=link,
            url=url,
            title=title,
            inner=inner,
            outermost=outermost,
            kicker=kicker,
            stacked=frozenset(blocks) if stacked_title is not None else frozenset(),
            in_rail=outermost is not None or _under_rail(link, rails),
        )


def _bracketed_kicker(title: str) -> re.Match[str] | None:
    """A kicker printed before the title in brackets or shouted ("[Herald Interview] ...",
    "FEATURE: ..."): groups "kicker" and "title"."""
    return BRACKETED_KICKER.match(title) or _shouted_kicker(title)


def _linked_again(link: HtmlElement, links: list[HtmlElement]) -> bool:
    """Whether another link of the page goes where `link` goes, printing a headline (of
    headline length, no label, no widget's words)."""
    href = link.get("href")
    for other in links:
        if other is link or other.get("href") != href:
            continue
        text = _link_text(other) or ""
        if (
            MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS
            and not text.endswith(":")
            and not is_widget_phrase(text)
        ):
            return True
    return False


def _text_blocks(link: HtmlElement) -> list[HtmlElement]:
    """The innermost blocks holding text inside a link, in order."""
    return [
        element
        for element in link.iterdescendants(*STACKED_TAGS)
        if next(element.iterdescendants(*STACKED_TAGS), None) is None
        and (text := raw_text(element))
        and not text.isspace()
    ]


def _stacked_title(blocks: list[HtmlElement]) -> HtmlElement | None:
    """The title of a card wrapped whole in one link with no heading, among the text blocks it
    stacks (`_text_blocks`): the first block of headline length, when another block follows it
    ("<a><img><div>Rival parties agree on ...</div><div>The ruling and main opposition parties
    ...</div></a>"). Blocks named for a kicker, a section or a date, and short ones, are not
    the title."""
    for block in blocks[:-1]:
        if _words(block) & STACKED_NOT_TITLE_WORDS:
            continue
        text = element_text(block)
        if len(text) < MIN_HEADLINE_CHARS:
            continue
        return block if len(text) <= MAX_HEADLINE_CHARS and not is_widget_phrase(text) else None
    return None


def _rank_first(link: HtmlElement) -> bool:
    """A link that opens with a rank number in an element of its own."""
    return (
        not (link.text or "").strip()
        and len(link) > 0
        and isinstance(link[0].tag, str)
        and (link[0].text or "").strip().rstrip(".").isdigit()
        and not len(link[0])
    )


def _kicker_spans(
    link: HtmlElement, max_words: int = MAX_KICKER_WORDS
) -> tuple[str, str | None] | None:
    """A link (or a heading) printing short labels before its headline in inline parts of
    their own ("<span>LIVE</span><span>Cricket</span><span>Ranji Trophy ...</span>"): the
    headline, and the label printed next to it; a label has at most `max_words` words."""
    parts = [child for child in link if isinstance(child.tag, str)]
    if len(parts) < 2 or any(
        p.tag not in INLINE_PART_TAGS or (p.tail or "").strip() for p in parts
    ):
        return None
    if (link.text or "").strip():
        return None
    texts = [clean_text(raw_text(part)) for part in parts]
    *labels, title = texts
    if spaced_word_count(title) < MIN_RAIL_TITLE_WORDS or not all(
        0 < len(label.split()) <= max_words for label in labels
    ):
        return None
    if _not_a_card_label(labels[-1]):
        return title, None  # "<span>1</span><span>Headline</span>": a most-read rank
    return title, labels[-1]


def _named_kicker(link: HtmlElement, title: str) -> tuple[str, str | None] | None:
    """A link opening with a part named as a kicker ("<span class='most-read__kicker'>
    Sicherheit</span> Wien-Favoriten: ..."): the headline after it, and the kicker."""
    first = next((child for child in link if isinstance(child.tag, str)), None)
    if first is None or (link.text or "").strip() or not _words(first) & KICKER_WORDS:
        return None
    kicker = clean_text(raw_text(first))
    rest = title[len(kicker) :].strip() if kicker and title.startswith(kicker) else ""
    return (rest, kicker) if spaced_word_count(rest) >= MIN_RAIL_TITLE_WORDS else None


def _is_pagination(link: HtmlElement) -> bool:
    """A previous/next post link: not a card, however much it looks like one."""
    if (link.get("rel") or "").lower() in ("prev", "next"):
        return True
    return any(
        _words(element) & PAGINATION_WORDS
        for element in (link, *islice(link.iterancestors(), MAX_PAGINATION_DEPTH))
    )


def _without_call_to_action(link: HtmlElement, title: str) -> str:
    """The headline without a promo label or a "read more" button printed in a part of its
    own inside the link ("<span>Read more:</span> How We Helped ...", "<span>What is a Data
    Feed?</span><span class='read-more'>Read more</span>"); a headline that says "read more"
    in its own words keeps them."""
    if not len(link) or len(title) < MIN_HEADLINE_CHARS:
        return title  # (most links hold their text alone)
    if not (
        _opens_with_label_word(title)
        or title.rstrip(READ_MORE_TRAIL).lower().endswith(READ_MORE_LAST_WORDS)
    ):
        return title  # neither a label's first word nor a button's last (a look at the text)
    first_part = next(link.iterdescendants(etree.Element), None)
    last_part = link
    while (children := list(last_part.iterchildren(etree.Element))) != []:
        last_part = children[-1]  # the last element inside the link, in reading order
    if first_part is None:
        return title
    first, last = element_text(first_part), element_text(last_part)
    if first and title.startswith(first) and PROMO_LABEL.match(first):
        rest = title[len(first) :].strip()
        title = rest if len(rest) >= MIN_HEADLINE_CHARS else title
    if last and title.endswith(last) and READ_MORE.fullmatch(last):
        rest = title[: -len(last)].rstrip(" :|–—-")
        title = rest if len(rest) >= MIN_HEADLINE_CHARS else title
    return title


def _shouted_kicker(title: str) -> re.Match[str] | None:
    """A kind of story printed in capitals with a colon before the title ("FEATURE: ...",
    "WATCH: ..."); not a name the title opens with ("HTML: Markup language", "GQR: Creating a
    brand"), nor a title going on in capitals ("BREAKING: STORM HITS")."""
    match = SHOUTED_KICKER.match(title)
    if match is None or match["title"].isupper():
        return None
    kicker = match["kicker"]
    return match if kicker.isupper() and kicker.casefold() in SHOUTED_KICKER_WORDS else None


def _without_kicker(text: str, attribute: str) -> tuple[str, str | None]:
    """A link reading "KüstenschutzWie gut sind ...?" whose title attribute is the headline
    alone: the headline, and the kicker printed before it."""
    if attribute and attribute != text and text.endswith(attribute):
        kicker = text[: -len(attribute)].strip()
        if kicker and len(kicker) <= MAX_LABEL_CHARS:
            return attribute, kicker
    return text, None


def _visible_length(element: HtmlElement, known: dict[HtmlElement, int]) -> int:
    """Text length a reader sees as the card's own: not hidden template text, and not image
    captions and credits (a photo's long caption does not make a card an article). `known`
    holds the lengths already counted: card roots are found climbing from each link, and each
    step up would otherwise count the subtree below it again."""
    total = known.get(element)
    if total is not None:
        return total
    total = len((element.text or "").strip())
    for child in element:
        if isinstance(child.tag, str) and not _is_unread_in_card(child):
            total += _visible_length(child, known)
        total += len((child.tail or "").strip())
    known[element] = total
    return total


def _prose_beside(ancestor: HtmlElement, root: HtmlElement) -> int:
    """How many paragraphs of prose `ancestor` holds beside `root`, its child on the way up."""
    return sum(
        1
        for child in ancestor
        if child is not root
        and child.tag == "p"
        and len(raw_text(child).strip()) >= MIN_PROSE_PARAGRAPH_CHARS
    )


def _is_unread_in_card(element: HtmlElement) -> bool:
    return element.tag in UNREAD_IN_CARD_TAGS or bool(_words(element) & IMAGE_TEXT_WORDS)


def _card_roots(headlines: list[_Headline]) -> dict[HtmlElement, _Headline]:
    """Map each card root to its headline: the highest ancestor holding only that headline."""
    urls_under: dict[HtmlElement, set[str]] = {}
    for headline in headlines:
        for ancestor in headline.link.iterancestors():
            urls_under.setdefault(ancestor, set()).add(headline.url)
    roots: dict[HtmlElement, _Headline] = {}
    lengths: dict[HtmlElement, int] = {}
    for headline in headlines:
        root: HtmlElement = headline.link
        # a link that is a card by itself (stacked with <br>, set straight in a rail)
        ancestors = () if headline.outermost is root else headline.link.iterancestors()
        for ancestor in ancestors:
            if ancestor.tag in ("body", "html", "main") or len(urls_under[ancestor]) > 1:
                break
            if _visible_length(ancestor, lengths) > MAX_CARD_CHARS or _holds_other_h1(
                ancestor, headline.link
            ):
                break
            if _prose_beside(ancestor, root) >= MIN_PROSE_BESIDE_CARD:
                break  # the text a card stands in (a short post around a bookmark card)
            root = ancestor
            if ancestor is headline.outermost or _named_rail(ancestor):
                break  # a rail holds cards: nothing around it is one (a rail of one post)
        # the link alone is a card where it stands on a line of its own, or wraps the whole
        # card (picture, kicker and headline) among others like it
        alone = headline.outermost is root or headline.inner is not None
        if (root is not headline.link or alone) and root not in roots:
            if _heads_a_section(headline) or _is_author_box(root):
                continue
            roots[root] = headline
    # A root nested in another root (two links to the same article) belongs to the outer card.
    return {
        root: headline
        for root, headline in roots.items()
        if not any(ancestor in roots for ancestor in root.iterancestors())
    }


_HOLDS_AFTER = re.compile(r"[-_]with[-_]|With(?=[A-Z])")


def _is_author_box(element: HtmlElement) -> bool:
    """Whether the element's class names an author box."""
    return _names_role(element, AUTHOR_BOX_WORDS)


def _names_role(element: HtmlElement, words: frozenset[str]) -> bool:
    """Whether the element's class names it for one of `words`; a part after "with" names
    what the box holds ("card card-with-author": a card showing its author), as one after
    "has" does anywhere (`dom.words_of`)."""
    if _words(element).isdisjoint(words):
        return False
    return any(
        not words.isdisjoint(words_of(_HOLDS_AFTER.split(token, 1)[0]))
        for token in (element.get("class") or "").split()
    )


def _holds_other_h1(element: HtmlElement, link: HtmlElement) -> bool:
    """Whether `element` holds an <h1> outside the card's link: the page's headline, which no
    card holds (a card may set its own title in an <h1> inside its link)."""
    return any(not holds(link, h1) for h1 in element.iterdescendants("h1"))


def _heads_a_section(headline: _Headline) -> bool:
    """Whether the linked heading opens a section of prose (a buying guide's "<h2>1. <a>Canon
    EOS R6</a></h2>" over paragraphs of review): the paragraph after it is longer than any
    card's excerpt, and another paragraph follows it."""
    heading = headline.inner
    if heading is None:
        heading = next(
            (a for a in islice(headline.link.iterancestors(), 2) if a.tag in HEADING_TAGS), None
        )
    following = heading.getnext() if heading is not None else None
    if following is None or following.tag != "p" or len(raw_text(following)) <= MAX_EXCERPT_CHARS:
        return False
    after = following.getnext()  # a section goes on: a card's excerpt is one paragraph
    return after is not None and after.tag == "p"


def _unnamed_kicker(card: HtmlElement, headline: _Headline, used: set[HtmlElement]) -> str | None:
    """A kicker in an element with no telling name, set just above the card's title: a word
    or two, no link, no date, before the heading ("<span class='_1hGbo'>Insurance</span>
    <h3>...</h3>") or before a box holding the title ("<div class='badge'>Soil</div><div
    class='text'><h3>..."), or opening a line of its own above the title whose other parts
    are dates ("<div class='meta'><p>Open data</p><p>Apr 10, 2024</p></div>")."""
    start = headline.inner if headline.inner is not None else headline.link
    for box in path_up(start, card):
        if box is card:
            return None
        if box is headline.link and box is not start:
            continue  # what precedes a link around the heading is a promo's label ("Read more")
        before = box.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()  # a comment between the boxes
        if before is None:
            continue
        if before in used or before.tag not in KICKER_TAGS or _words(before) & NOT_KICKER_NAMES:
            return None  # (a columnist's name over the title: "<span class='card-author'>")
        kicker = _kicker_text(before)
        if kicker is None:
            return None
        used.add(before)
        return kicker
    return None


def _kicker_text(element: HtmlElement) -> str | None:
    """The element's text as an unnamed kicker (`_unnamed_kicker`), or its first part's when
    the rest of it are dates; None when it reads as no kicker."""
    text = _sole_text(element)
    if text is None and len(element) > 1:
        first, *rest = [child for child in element if isinstance(child.tag, str)]
        if (
            first.tag in KICKER_TAGS
            and not _words(first) & NOT_KICKER_NAMES
            and rest
            and all(_is_date_part(part) for part in rest)
        ):
            text = _sole_text(first)
    if text is None or not 0 < len(text.split()) <= MAX_KICKER_WORDS or _not_a_card_label(text):
        return None
    if any(char.isdigit() for char in text) or BYLINE_LINE.match(text) or AGE.search(text):
        return None
    return text


def _is_date_part(element: HtmlElement) -> bool:
    text = _sole_text(element)
    return element.tag == "time" or (text is not None and parse_human_date(text) is not None)


def _category_link(card: HtmlElement, used: set[HtmlElement], story: str) -> str | None:
    """The text of the card's link to its category's page (WordPress's ``rel="category tag"``,
    a ``/category/`` or ``/topics/`` path): the card's label, printed in its meta line ("by
    Marcus | Apr 18, 2024 | Engineering"). Not an entry of a menu in the card (a mega menu's
    group of entries read as a card), nor a second link to the card's own page (`story`, its
    headline's ``href``)."""
    for link in card.iter("a"):
        if link in used or link.get("href") == story or _menu_entry_within(link, card):
            continue
        rel = (link.get("rel") or "").lower().split()
        path = path_of(link.get("href")).lower()
        if "category" in rel or CATEGORY_PATH.search(path):
            text = clean_text(raw_text(link))
            words = LETTER_RUN.findall(text)
            if (
                len(words) <= MAX_KICKER_WORDS
                and sum(map(len, words)) >= MIN_CATEGORY_LETTERS
                and not _not_a_card_label(text)
            ):  # (not a name cut short: "B-" for "Berufe - news")
                used.add(link)
                return text
    return None


def _menu_entry_within(link: HtmlElement, card: HtmlElement) -> bool:
    """Whether `link` is an entry of a menu: of one inside `card` (``<ul class="menu">``), or
    of the page's navigation the card is part of (a mega menu's group read as a card)."""
    for ancestor in link.iterancestors():
        if ancestor is card:
            return _in_menu(card)
        if ancestor.tag == "nav" or _words(ancestor) & MENU_WORDS:
            return True
    return False


def _sole_text(element: HtmlElement) -> str | None:
    """The element's text when it holds text alone, maybe wrapped in one inline element
    ("<p class='css-1fglxgp'><span class='css-sbrby1'>Banking</span></p>"); else None."""
    if not len(element):
        return clean_text(element.text)
    inner = element[0]
    if len(element) > 1 or len(inner) or inner.tag not in KICKER_TAGS:
        return None
    if (element.text or "").strip() or (inner.tail or "").strip():
        return None
    return clean_text(inner.text)


def _linked_section(card: HtmlElement, label: str) -> str | None:
    """The label when it links to a section front ("<a href='/us-news'>U.S. News</a>")."""
    for link in card.iter("a"):
        if clean_text(raw_text(link)) == label and not _names_a_story(link.get("href") or ""):
            return label
    return None


def _is_branding(img: HtmlElement) -> bool:
    """A logo or an avatar (the site's, a brand's, a commenter's) in a card: not its picture."""
    addresses = " ".join(img.get(name) or "" for name in IMAGE_ADDRESS_ATTRIBUTES).lower()
    if not any(word in addresses for word in BRANDING_IMAGE_WORDS):
        return False  # (a look at the addresses before reading the image's source)
    source = image_source(img)
    return source is not None and is_branding_image(source)


def _text_of_role(card: HtmlElement, words: frozenset[str], skip: set[HtmlElement]) -> str | None:
    """The text of the first element named for the role, as printed ("News | Energy"); not a
    box holding parts read already (a "section-inner" wrapper around the card's title)."""
    for element in card.iter():
        if not isinstance(element.tag, str) or element in skip or not _words(element) & words:
            continue
        if any(part in skip for part in element.iterdescendants()):
            continue
        text = _label_value(element_text(element))
        if text and len(text) <= MAX_LABEL_CHARS and not _not_a_card_label(text):
            skip.update(element.iter())
            return text
    return None


def _not_a_card_label(text: str) -> bool:
    """Widget words, a promo's "Read also", a "#tag" link, a rank number, a card's button ("View
    Details", "Add to Compare"), a field's name ("Model:"), a byline and a date name no kicker
    or section."""
    return (
        not names_something(text)  # a widget's word, a number, "By", "minutes"
        or bool(PROMO_LABEL.match(text))
        or text.startswith("#")
        or text.endswith((":", "*"))  # a field's name, a form's required field
        or bool(CARD_BUTTON.match(text))
        or bool(BYLINE_LINE.match(text))
        or bool(READING_TIME.search(text))
    )


def _card_label(text: str | None) -> str | None:
    """`text` as a card's label, without the separator printed after it ("Politics |") and the
    dates printed in it; None when it names no kicker or section (`_not_a_card_label`)."""
    if text is None:
        return None
    for start, end, _ in reversed(find_human_dates(text)):  # "Biotech December 19, 2025"
        text = f"{text[:start]} {text[end:]}"
    text = clean_text(text).strip(LABEL_EDGES)
    return text if text and not _not_a_card_label(text) else None


def _label_value(text: str) -> str:
    match = SECTION_PREFIX.match(text)
    return (match["quoted"] or match["plain"]).strip() if match else text


# A card's date line: the <time> and a few words beside it, set apart by a separator.
META_SEPARATORS = re.compile(f"[{re.escape(CARD_SEPARATORS)}]")
MAX_DATE_LINE_WORDS = 6
CARD_LINE_TAGS = ("p", "div", "span", "small", "li")
# A card's excerpt may open with its date ("April 19, 2024 • Homeowners who ..."). The date
# must end before the separator: only datelines this short are taken off.
EXCERPT_DATELINE = re.compile(r"^(?P<date>[^•|·—–]{6,40}?)\s*[•|·—–]\s*(?P<rest>\S.*)$", re.DOTALL)


def _split_dateline(excerpt: str) -> tuple[datetime | None, str]:
    """The date an excerpt opens with, and the excerpt without it."""
    match = EXCERPT_DATELINE.match(excerpt)
    if match:
        date = parse_human_date(match["date"])
        if date is not None:
            return date, match["rest"]
    return None, excerpt


def _excerpt(
    card: HtmlElement,
    used: set[HtmlElement],
    link: HtmlElement,
    *,
    stacked: frozenset[HtmlElement] = frozenset(),
    dated: bool = True,
) -> str | None:
    """The card's excerpt: its paragraphs and boxes named for one, and the text blocks its link
    stacks after the title (`stacked`); not its date line, looked for when it is `dated` (holds
    a <time>)."""
    paragraphs: list[str] = []
    for element in card.iter("p", "div", "span"):
        if element in used or _under_used(element, card, used):
            continue
        if any(d in used for d in element.iterdescendants()):
            continue  # it holds the title or another part: not the excerpt
        if (
            element.tag != "p"
            and not _words(element) & EXCERPT_WORDS
            and element not in stacked
            and not _reads_as_prose(element, link)
        ):
            continue
        if element.tag != "p" and any(child.tag == "p" for child in element.iter()):
            continue  # an excerpt wrapper: its <p> children are taken one by one
        if any(a.tag == "template" for a in element.iterancestors()):
            continue
        if dated and _beside_time(element) is not None:
            continue  # the card's date line ("Jonah Ekwueme · <time>"), no excerpt
        text = EXCERPT_READ_MORE.sub("", element_text(element))
        if text and not is_widget_phrase(text) and len(text) > 20 and not _is_byline(text):
            paragraphs.append(text)
            used.update(element.iter())
    return "\n\n".join(paragraphs) or None


def _reads_as_prose(element: HtmlElement, card_link: HtmlElement) -> bool:
    """Whether an unnamed box is a sentence or more of text alone (``<div class="text">In a
    harbor-side workshop, two sisters ...</div>``): an excerpt however it is named, unless a
    control holds it, other than the card's own link around its parts (Substack's embedded
    post)."""
    text = element.text
    return (
        not len(element)
        and text is not None
        and len(text) >= MIN_PROSE_EXCERPT_CHARS
        and len(text.split()) >= MIN_PROSE_EXCERPT_WORDS
        # words, not an event's time ("Wed., January 21, 2026, 2:00 p.m. - 3:00 p.m. ET")
        and sum(map(str.isalpha, text)) >= MIN_PROSE_LETTER_SHARE * len(text.strip())
        # not a control's label ("Save this event: <title>" in a button)
        and not any(a.tag in CONTROL_TAGS and a is not card_link for a in element.iterancestors())
    )


def _under_used(element: HtmlElement, card: HtmlElement, used: set[HtmlElement]) -> bool:
    """Whether an ancestor of `element`, up to the card (all the parts used are in it), is used."""
    for ancestor in element.iterancestors():
        if ancestor in used:
            return True
        if ancestor is card:
            return False
    return False


def _is_byline(text: str) -> bool:
    return len(text) <= MAX_BYLINE_CHARS and bool(BYLINE_LINE.match(text))


def _card_authors(
    card: HtmlElement, used: set[HtmlElement], url: str, *, dated: bool
) -> list[Author]:
    """The names in the card's byline box, or else on its date line, set apart from the date
    ("Jonah Ekwueme · <time>"): there, full names only ("Opinion · <time>" names a section),
    and none linking to another site than the story's (an aggregator's source, "<time> |
    <a href=chalkbeat.org>Chalkbeat Philadelphia</a>")."""
    for element in card.iter(etree.Element):
        if _names_role(element, CARD_BYLINE_WORDS) and (text := element_text(element)):
            # one element per author ("Por <span class='card-autor'>Lívia ...</span> e <span
            # class='card-autor'>Caio ...</span>"): each of them
            parent = element.getparent()
            named = [e for e in parent if same_kind(e, element)] if parent is not None else []
            if len(named) > 1 and all(len(e) == 0 for e in named):
                return [Author(name=n) for e in named for n in clean_author_names(element_text(e))]
            return [Author(name=n) for n in _linked_names(element) or clean_author_names(text)]
    if not dated:
        return []
    for element in card.iter(*CARD_LINE_TAGS):
        beside = _beside_time(element)
        if not beside or any(part in used for part in element.iter()):
            continue
        if any(_links_elsewhere(link, url) for link in element.iter("a")):
            continue
        if not (META_SEPARATORS.match(beside[-1]) or META_SEPARATORS.match(beside[0])):
            continue
        names = clean_author_names(beside)
        if names and all(len(name.split()) > 1 for name in names):
            return [Author(name=name) for name in names]
    return []


def _linked_names(byline: HtmlElement) -> list[str]:
    """The names of a byline that links each of several authors, one name a link (TechCrunch's
    list of author links, printed with no "and" between them); none when a link holds no name
    or more than one."""
    names = [clean_author_names(element_text(link)) for link in byline.iter("a")]
    if len(names) < MIN_LINKED_AUTHORS or any(len(found) != 1 for found in names):
        return []
    return [found[0] for found in names]


def _links_elsewhere(link: HtmlElement, url: str) -> bool:
    host = netloc_of((link.get("href") or "").strip())
    return bool(host) and host != netloc_of(url)


def _beside_time(element: HtmlElement) -> str | None:
    """What a line holding a <time> prints beside it, when that is a date line's few words (a
    name, "5 min read", with their separators); None for a line without a <time> or with more
    (an excerpt mentioning a date)."""
    times = list(element.iter("time"))
    if not times or element.tag == "time":
        return None
    text = element_text(element)
    for time in times:
        text = text.replace(element_text(time), " ", 1)
    rest = clean_text(text)
    return rest if len(META_SEPARATORS.sub(" ", rest).split()) <= MAX_DATE_LINE_WORDS else None


def _card_date(card: HtmlElement) -> datetime | None:
    for time in card.iter("time"):
        value = parse_date(time.get("datetime") or element_text(time))
        if value is not None:
            return value
    for element in card.iter("span", "div", "p", "small"):
        words = _words(element)
        if words.isdisjoint(CARD_DATE_WORDS) or not words.isdisjoint(NOT_CARD_DATE_WORDS):
            continue
        line = short_text(element, MAX_CARD_DATE_LINE_CHARS)
        value = parse_human_date(line) if line else None
        if value is not None:
            return value
    for element in card.iter("span", "small", "div", "p"):
        # unnamed, a part printing a date and nothing else ("2024.03.12 15:21", "May 2, 2024")
        if len(element) or element.text is None or len(element.text) > MAX_BARE_DATE_CHARS:
            continue
        line = element.text.strip()
        if sum(char.isalpha() for char in line) > MAX_BARE_DATE_LETTERS or CODE_TOKEN.search(line):
            continue
        value = parse_human_date(line)
        if value is not None:
            return value
    return None


def _title_parts(element: HtmlElement) -> Iterator[HtmlElement]:
    """The title element's subtree, except a kicker printed inside it (read as the label): a
    short part named like a kicker, not the title text itself (Drupal's "field--label-hidden")."""
    length = len(element_text(element))
    kickers = [
        part
        for part in element.iterdescendants()
        if isinstance(part.tag, str)
        and _words(part) & KICKER_WORDS
        and len(element_text(part)) < MIN_HEADLINE_LINK_SHARE * length
    ]
    skipped = {node for kicker in kickers for node in kicker.iter()}
    return (part for part in element.iter() if part not in skipped)


def _build_teaser(card: HtmlElement, headline: _Headline, doc: Document) -> Teaser:
    title_element = headline.inner if headline.inner is not None else headline.link
    # a link holding the whole card holds its picture too: that is not part of the title
    used: set[HtmlElement] = {
        part for part in _title_parts(title_element) if part.tag not in ("img", "picture", "source")
    }
    # the headline's own boxes up to the card (none when the link is the card)
    for ancestor in () if card is headline.link else headline.link.iterancestors():
        if ancestor is card:
            break
        if ancestor.tag in HEADING_TAGS or _words(ancestor) & HEADLINE_WORDS:
            used.update(_title_parts(ancestor))
    img = next((i for i in card.iter("img") if i not in used and not _is_branding(i)), None)
    image = image_from_element(img, doc, card) if img is not None else _background_image(card, doc)
    for element in card.iter(etree.Element):
        if _words(element) & IMAGE_TEXT_WORDS:
            used.update(element.iter())
    # A kicker may hold the section link ("News | Energy"): each role reads the card on its own.
    label_used, section_used = set(used), set(used)
    label = _text_of_role(card, KICKER_WORDS, label_used)
    section = _text_of_role(card, SECTION_WORDS, section_used)
    used |= label_used | section_used
    if label is None and headline.kicker is None:
        label = _unnamed_kicker(card, headline, used)
        if label is None and section is None:
            label = _category_link(card, used, headline.link.get("href") or "")
    if section is None and label is not None:
        section = _linked_section(card, label)
    section = _card_label(section)
    published = _card_date(card) or _lead_date(card)
    dated = next(card.iter("time"), None) is not None  # (where a date line may be)
    excerpt = _excerpt(card, used, headline.link, stacked=headline.stacked, dated=dated)
    if excerpt:
        printed, excerpt = _split_dateline(excerpt)
        published = published or printed
    return Teaser(
        url=headline.url,
        title=_title_after_kicker(headline.title, label, title_element),
        label=_card_label(label) or _card_label(headline.kicker) or section,
        section=section,
        excerpt=excerpt,
        image=image,
        authors=_card_authors(card, used, headline.url, dated=dated),
        published=published,
    )


def _title_after_kicker(title: str, kicker: str | None, source: HtmlElement) -> str:
    """The title without the kicker printed before it inside the element the title is read
    from (`source`), in an element named as a kicker ("<a><span class='..__antetitulo'>
    Opinión</span><span>Los concejos ...</span></a>"). A kicker beside the title's heading
    inside the link is not in the title ("Tirol" over "Tirol verlängert ...")."""
    if not kicker or not title.startswith(kicker + " "):
        return title
    if clean_text(raw_text(source)) != title:
        return title  # read without it already ("Pensionen" over "Pensionen 2026: ...")
    if not any(
        _words(part) & KICKER_WORDS and clean_text(raw_text(part)) == kicker
        for part in source.iterdescendants(etree.Element)
    ):
        return title
    return title[len(kicker) :].lstrip()


def _background_image(card: HtmlElement, doc: Document) -> Image | None:
    """The picture a card without an <img> draws as a CSS background (a theme's thumbnail
    `<span class="entry-thumb" style="background-image: url(...)">`)."""
    for element in card.iter(etree.Element):
        source = background_source(element)
        if source is not None and not is_branding_image(source):
            url = doc.absolute_url(source)
            return Image(url=url) if url else None
    return None


@dataclass(slots=True)
class TeaserCards:
    """The page's teasers and every card root found (a card that repeats an earlier teaser's
    URL is in `roots` but has no teaser of its own)."""

    teasers: list[Teaser]
    roots: list[HtmlElement]
    # The URL each card standing on its own links to (not one in a rail or an inline promo
    # such as "Read also: ...": those are teasers wherever they link).
    headline_urls: dict[HtmlElement, str] = field(default_factory=dict)
    # What the link of a card stacking its text blocks prints in full, by URL: its title and
    # excerpt are read apart, but a listing's body shows the card whole (a price, "Only 2 left").
    printed: dict[str, str] = field(default_factory=dict)
    # The URLs of the cards that are a menu's entries: cards, but reported as no teaser.
    menu_entries: set[str] = field(default_factory=set)


def extract_teasers(doc: Document, *, title: str | None, page_urls: set[str]) -> TeaserCards:
    """The page's teaser cards and their root elements."""
    title_key = normalise_key(title) if title else None
    headlines = _without_section_links(list(_headlines(doc, page_urls, title_key))[:MAX_TEASERS])
    ordered = list(_card_roots(headlines).items())  # headline (document) order
    found = TeaserCards(
        teasers=[],
        roots=[card for card, _ in ordered],
        headline_urls={card: headline.url for card, headline in ordered if not headline.in_rail},
    )
    places: dict[str, int] = {}  # each URL's teaser, by its place in the list
    for card, headline in ordered:
        place = places.get(headline.url)
        if place is not None and _fields_of(found.teasers[place]) == ALL_CARD_FIELDS:
            continue
        teaser = _build_teaser(card, headline, doc)
        if place is not None:
            # the story's own card after a ticker or a rail printing its title alone
            found.teasers[place] = _filled_from(found.teasers[place], teaser)
            continue
        places[headline.url] = len(found.teasers)
        found.teasers.append(teaser)
        if headline.stacked:
            found.printed[headline.url] = element_text(headline.link)
    # A card titled as a label ("piizog said:" over a forum's quote, "5 Biggest Reasons:" over
    # a promo box) is set aside from the body, and is no teaser.
    labelled = {teaser.url for teaser in found.teasers if teaser.title.endswith(":")}
    found.teasers = _without_menu_entries(
        [teaser for teaser in found.teasers if teaser.url not in labelled]
    )
    # A bare card of a few words in a <nav> is a menu's entry ("Inland shipping"): it counts
    # as a card (set aside from the body, weighed for the page's type) but is no teaser (a
    # blog's "Recent posts" <nav> lists headlines, longer).
    short_and_bare = {
        teaser.url
        for teaser in found.teasers
        if _is_bare(teaser) and spaced_word_count(teaser.title) <= MAX_MENU_ENTRY_WORDS
    }
    found.menu_entries = {
        headline.url
        for _, headline in ordered
        if headline.url in short_and_bare and _in_menu(headline.link)
    }
    found.roots = [
        _quotation_of(headline, card) if headline.url in labelled else card
        for card, headline in ordered
    ]
    return found


ALL_CARD_FIELDS = 3
FILLED_CARD_FIELDS = ("label", "section", "excerpt", "image", "authors", "published")


def _fields_of(teaser: Teaser) -> int:
    """How many of a card's picture, excerpt and date it printed."""
    return sum(field is not None for field in (teaser.image, teaser.excerpt, teaser.published))


def _filled_from(teaser: Teaser, other: Teaser) -> Teaser:
    """`teaser` with the fields it lacks taken from `other`, a later card of the same story
    that prints a picture or a date, as a story's own card does (a rail's header over a list
    of headlines prints neither). Its title stays: the page's first headline for the story."""
    if other.image is None and other.published is None:
        return teaser
    missing = {
        name: getattr(other, name)
        for name in FILLED_CARD_FIELDS
        if not getattr(teaser, name) and getattr(other, name)
    }
    return teaser.model_copy(update=missing) if missing else teaser


SECTION_LINK_LEVELS = 3  # how far up a card's section link and its story's may meet


def _without_section_links(headlines: list[_Headline]) -> list[_Headline]:
    """The headlines but those linking to a section front that a headline beside them files
    its story under ("<a href='/business/autos-transportation/'>Autos & Transportation</a>"
    over "<a href='/business/autos-transportation/suez-canal-revenue-...'>"): the card's
    label, not a story of its own."""
    by_box: dict[HtmlElement, list[_Headline]] = {}
    for headline in headlines:
        for box in islice(headline.link.iterancestors(), SECTION_LINK_LEVELS):
            by_box.setdefault(box, []).append(headline)
    fronts: set[int] = set()
    for beside in by_box.values():
        if len(beside) < 2:
            continue
        for headline in beside:
            front = _section_front(headline)
            if front is not None and any(
                len(other.url) > len(front) and other.url.startswith(front) for other in beside
            ):
                fronts.add(id(headline))
    return (
        [headline for headline in headlines if id(headline) not in fronts] if fronts else headlines
    )


def _section_front(headline: _Headline) -> str | None:
    """The headline's URL with a closing slash when it may be a section front: a label's few
    words linking to a path with no query or fragment (not a story's tracking parameters or a
    live blog's entry)."""
    if len(headline.title.split()) > MAX_KICKER_WORDS or any(c in headline.url for c in "?#"):
        return None
    return headline.url.rstrip("/") + "/"


def _quotation_of(headline: _Headline, card: HtmlElement) -> HtmlElement:
    """What a card titled as a label sets aside: the quotation its label heads when it heads
    one (a forum reply's "wolfmw said:", linking to the post quoted), not the reply around it,
    which the card grew to when the reply holds no other link; else the card."""
    for ancestor in headline.link.iterancestors():
        if ancestor is card:
            break
        if ancestor.tag == "blockquote":
            return ancestor
    return card


def _without_menu_entries(teasers: list[Teaser]) -> list[Teaser]:
    """The teasers but the bare ones (`_is_bare`) whose title the page prints on
    `MIN_MENU_REPEATS` bare cards or more, each to its own URL: a menu's or a docs index's
    entry ("Introduction" over every guide, a shop's "Gloves & Mittens" under Men, Women and
    Kids, a forum's "Re: ..." on every reply), not a story's headline."""
    keys = [normalise_key(teaser.title) if _is_bare(teaser) else None for teaser in teasers]
    counts = Counter(key for key in keys if key is not None)
    return [
        teaser
        for teaser, key in zip(teasers, keys, strict=True)
        if key is None or counts[key] < MIN_MENU_REPEATS
    ]


def _is_bare(teaser: Teaser) -> bool:
    """A card printing its title alone: no excerpt, picture or date (a menu's entry; a series'
    cards, "Morning Briefing" each day, print their picture or date)."""
    return teaser.excerpt is None and teaser.image is None and teaser.published is None
