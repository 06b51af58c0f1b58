"""Page-level metadata: title, dek, kind and section labels, tags, site name, language, URL.

Title: the visible ``<h1>``, or one line of it printed as its own element, that agrees with a
declared title (JSON-LD ``headline`` > og:title > twitter:title > dc.title and other meta names
> microdata ``headline``) wins, with that declared source, as does a headline of five words or
more that a declared title prints whole between separators ("Amazon.com: <headline> : Books");
then a declared title printed as one of the first ``<h2>``s; then the visible ``<h1>`` (source
``dom``) if it shares a content word with the declared titles; then the declared title (a
truncated one yields to the full title it starts) with the parts naming the site cut; then an
``<h1>``/``<h2>``/``<h3>`` that the ``<title>`` contains; then the ``<title>`` itself, cut the
same way. ``<h1>`` elements that hold the site's name or logo are not headlines. Whatever the
source, the site's name printed after the title's last separator ("... 2025 – Artlyst", some
CMSs append it to the headline itself) is cut.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from lxml import etree
from lxml.etree import _Element as HtmlElement

from ..clean import SCREEN_READER_WORDS, is_widget_phrase, strong_words
from ..dom import in_tree, is_ancestor, name_words
from ..models import MetadataSource
from ..parse import Document
from ..text import (
    SENTENCE_ENDS,
    ascii_fold,
    clean_text,
    element_text,
    normalise_key,
    short_text,
    without_markup,
)
from ..urls import is_front_page, path_of, site_of
from .notes import is_note_label_line
from .structured import StructuredData, jsonld_types

TITLE_META = (
    ("og:title", "opengraph"), ("twitter:title", "twitter"), ("dc.title", "dublin-core"),
    ("parsely-title", "meta"), ("sailthru.title", "meta"), ("title", "meta"),
)  # fmt: skip
TITLE_SEPARATORS = re.compile(r"(?<!\s)\s++(?:\||-|–|—|::|·|•|»|/|:|@)\s+")
TRAILING_SEPARATOR = re.compile(r"(?<!\s)\s++(?:\||-|–|—|::|·|•|»|/|:)\s+$")
# A separator left at either end of a page title whose other part is empty ("Über André Loibl
# |", "| Nuts & Volts Magazine": a CMS printing an empty title or site name)
# (not "»": French quotes close with it)
DANGLING_SEPARATOR = re.compile(r"\A(?:\||–|—|::|·|•)\s++|(?<=\S)\s++(?:\||-|–|—|::|·|•)\Z")
SUBTITLE_WORDS = frozenset(
    {"dek", "deck", "subtitle", "sub-title", "subheadline", "sub-headline", "standfirst",
     "strapline", "widget__subheadline", "article-dek", "article__dek", "article-subtitle",
     "headline-sub", "summary-lede", "post-subtitle", "entry-subtitle", "c-dek", "subhead",
     "article__subtitle", "article-standfirst", "post-excerpt", "post-description"}
)  # fmt: skip
# Class words of the box a lede is printed in apart from the story (see `extract_lede`).
LEDE_WORDS = frozenset(
    {"lead", "lede", "leadtext", "ingress", "chapo", "perex", "sapo", "intro", "teaser", "summary",
     "excerpt", "abstract", "epigraph"}
)  # fmt: skip
# ... but not an author's intro, a comment's, a card's title or a picture's caption
NOT_LEDE_WORDS = frozenset(
    {"author", "comment", "comments", "meta", "media", "image", "photo", "caption", "title",
     "card", "info"}
)  # fmt: skip
# ... nor a box inside a tooltip (an author's), a byline, a comment or a card
NOT_LEDE_BOX_WORDS = frozenset({"tooltip", "popover", "byline", "comment", "comments", "card"})
MIN_LEDE_CHARS = 40
# Paragraphs of prose this long after the headline: the story has begun (one alone may be a
# disclosure's)
MIN_STORY_CHARS = 100
MIN_STORY_PARAGRAPHS = 2
PICTURE_TAGS = ("img", "picture", "figure", "video", "svg")
# A lede is a paragraph: not a list of key points, nor a box with a heading of its own
NOT_LEDE_PART_TAGS = ("li", "h2", "h3", "h4", "h5", "h6")
# Class words of the small labels printed above or beside a headline.
KICKER_WORDS = frozenset(
    {"kicker", "eyebrow", "overline", "rubric", "topper", "label", "labels", "post-type",
     "article-type", "content-type", "flag", "supertitle", "dachzeile", "roofline", "topline",
     "slug", "surtitre", "surtitle", "occhiello", "antetitulo", "cintillo", "toptitle",
     "titleheader", "h1small"}
)  # fmt: skip
SECTION_LABEL_WORDS = frozenset(
    {"widget__section", "section-label", "section-link", "category-label", "primary-category",
     "post-category", "article-section", "story-section", "cat-links", "entry-section"}
)  # fmt: skip
# Parts of a headline that are not its title: a kicker, the section's link ("<h1><div
# class='entry-section'><a>Local News | </a></div> Brothel ...</h1>"), a screen-reader label.
HEADLINE_LABEL_WORDS = KICKER_WORDS | SECTION_LABEL_WORDS | SCREEN_READER_WORDS
# Parts printed after a headline inside its heading: the comment count, the source's link
# (Slashdot: "<span class='comment-bubble'>87</span>", "<a class='story-sourcelnk'>").
HEADLINE_TAIL_WORDS = frozenset(
    {"comment-bubble", "comment-count", "comments-count", "commentcount", "sourcelnk",
     "source-link"}
)  # fmt: skip
# A line named a subtitle opening the heading, before the title ("<h1><span class='subtitle'>
# Olympische Spiele in Paris</span> Getränke per Schiff ...</h1>"): the German Dachzeile
HEADLINE_OPENING_WORDS = frozenset({"subtitle", "sub-title", "subline"})
HEADLINE_PART_WORDS = HEADLINE_LABEL_WORDS | HEADLINE_TAIL_WORDS | HEADLINE_OPENING_WORDS
# What stands between a heading's label and its title ("Local News | ", "Storm: ")
HEADLINE_SEPARATORS = " :|–—-"
LABEL_WORDS = KICKER_WORDS | SECTION_LABEL_WORDS
# Names of menus and their buttons ("mobile-nav-menu-label": "Main Menu").
MENU_WORDS = frozenset({"nav", "navbar", "navigation", "menu"})
# Names of form/field captions (Drupal "field-label": "Submitted by", "Tags:"), of menus'
# labels and of a date's ("timestampLabel": "Updated"): not kickers.
NOT_KICKER_LABEL_WORDS = (
    frozenset({"field-label", "field__label", "views-label", "timestamp", "date", "dateline"})
    | MENU_WORDS
)
# Names of boxes whose labels belong to a widget, not to the story: share and social buttons,
# the search box, an ad's ("Supported by"), a dropdown's ("10 languages"), screen-reader text.
NOT_KICKER_BOX_WORDS = (
    frozenset({"share", "sharing", "social", "search", "ad", "ads", "advert", "advertisement",
               "dropdown", "login"})
    | SCREEN_READER_WORDS
)  # fmt: skip
# What a label printed alone may say that names no section: a byline's or a date's label, a
# reading time's unit, the kind of page, a breadcrumb's first step, a CMS's default category.
NOT_SECTION_NAMES = frozenset(
    {"by", "updated", "published", "posted", "minutes", "min", "article", "post", "story", "page",
     "home", "at", "in", "of", "and", "the",
     "uncategorized", "uncategorised", "non classé", "sin categoría", "senza categoria",
     "sem categoria"}
)  # fmt: skip
# A script's setting filed as a keyword ("locale: US", "hasProduct: true").
SETTING_PAIR = re.compile(
    r"\A(?:[a-z][\w-]*+\s*+[:=]\s*+\S++|[A-Za-z][\w-]*+\s*+[:=]\s*+(?:true|false|\d[\w.-]*+"
    r"|[A-Z_]{4,}+))\Z"
)
# A tag filed under its kind ("Tag:Performance"): the tag is what follows.
TAG_PREFIX = re.compile(r"\A(?:tags?|topics?)\s*+:\s*+", re.IGNORECASE)
# The word a byline opens with before the names, in the languages read ("By", "Von", "Par").
BY_WORDS = ("by", "von", "par", "por", "door", "di", "av", "af")
# The words a credit ends with before the names ("By", "Fact-checked by", "Updated on").
CREDIT_WORDS = frozenset({*BY_WORDS, "on"})
# A declared section that is a list of the post's categories ("Brooklyn,Government,Housing")
# is read as its first; one longer than a label (a description pasted in), or a URL, is none.
MIN_SECTION_LIST_PARTS = 3
NOT_A_LABEL = re.compile(r"[:,]")
# Words that name the kind of piece rather than a topic section.
KIND_WORDS = frozenset(
    {"analysis", "opinion", "commentary", "editorial", "column", "review", "explainer",
     "interview", "feature", "essay", "perspective", "news", "investigation", "report",
     "podcast", "video", "obituary", "letter", "letters", "fact check", "live", "q&a",
     "sponsored", "guest essay", "op-ed", "briefing", "newsletter", "profile", "photos",
     "meinung", "kommentar", "analyse", "tribune", "opinión", "análisis", "reportage",
     "liveticker", "live blog", "liveblog"}
)  # fmt: skip
JSONLD_KIND_TYPES = {
    "AnalysisNewsArticle": "Analysis", "OpinionNewsArticle": "Opinion",
    "ReviewNewsArticle": "Review", "BackgroundNewsArticle": "Explainer",
    "ReportageNewsArticle": "News", "ReportageNews": "News", "LiveBlogPosting": "Live",
}  # fmt: skip
TAG_CONTAINER_WORDS = frozenset(
    {"tags", "tag-list", "taglist", "post-tags", "entry-tags", "article-tags", "widget__tags",
     "topics", "tag-links", "tags-links", "keywords", "article-topics", "story-tags"}
)  # fmt: skip
# Elements that are the page or the post, whatever their classes say of its terms
PAGE_LEVEL_TAGS = frozenset({"html", "body", "main", "article"})
TOPIC_MENU_WORDS = MENU_WORDS | {"dropdown"}  # a "topics-dropdown" is no tag box
HEADER_LEVELS = 3
MIN_HEADLINE_WORDS = 2
MAX_HEADINGS = 5
MIN_CONTAINED_HEADLINE_WORDS = 5  # a heading this long is the headline, not a section name
# What sets off the parts a page title adds around the headline it prints, a space after it
# ("Amazon.com: <headline> : Electronics")
EDGE_SEPARATORS = frozenset(":|-–—")
MAX_SUBHEADINGS = 3  # the first <h2>s a declared title is looked for in
# A short parenthesis ending a declared title that the printed headline may lack: an issue
# number, "(Video)", "(Updated)".
TRAILING_BRACKETS = re.compile(r"[(\[][^()\[\]]{1,30}[)\]]\s*+$")
MAX_HEADLINE_EXTRA_WORDS = 8  # a kicker or second line printed in the heading with the title
MIN_SITE_PART_WORDS = 2  # a shortened site name in a title ("Thrive Internet Marketing")
PART_SEPARATORS = frozenset(":|/–—-·•")
_STRAIGHT_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"',
                                  "\u201d": '"'})  # fmt: skip
# Markdown emphasis a site's build left in its declared titles (a Gatsby site's og:title
# "*A Treatise ...* (1792)" for the <h1> "<em>A Treatise ...</em> (1792)"): starred words.
MARKDOWN_EMPHASIS = re.compile(r"(?<!\w)\*{1,2}(?=\S)([^*]+?)(?<=\S)\*{1,2}(?!\w)")
# "Headline | Label | Site": labels of at most this many words after a headline of at least so
# many are cut off.
MAX_PIPED_LABEL_WORDS = 4
MIN_PIPED_HEAD_WORDS = 4
_ENTITY = re.compile(r"&(?:#[0-9]{2,6}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
MAX_HEADLINE_WORDS = 40  # how far above the <h1> its header region reaches
# Class/id words of an <h1> that holds the site's name or logo.
BRANDING_WORDS = frozenset(
    {"logo", "site-title", "site-logo", "brand", "site-name", "blog-title", "masthead",
     "navbar-brand", "header-logo", "site-branding"}
)  # fmt: skip
# The path of a link to the site's front page: "/", "index.html", "../index.html" (static
# sites and documentation themes link their name to the index file)
HOME_PATH = re.compile(r"\A(?:/?|(?:\.{1,2}/)*+/?index\.[a-z]{3,5})\Z", re.IGNORECASE)
MIN_CONTENT_WORD_CHARS = 4  # shorter words ("a", "the", "M&A") say nothing about the topic
MIN_TRUNCATED_CHARS = 60
WORD = re.compile(r"\w+")
NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
MIN_HOST_KEY_CHARS = 3  # a host's name shorter than this ("t.co", "n.pr") names nothing
# The end of a site name printed as a host name ("Salon.com", "TopGear.com", "lwn.net").
DOMAIN_ENDING = re.compile(r"(?<=\w)\.(?:com|org|net|co|io|info|news|(?:co\.)?[a-z]{2})\Z")
LABEL_SPLIT = re.compile(r"(?<!\s)\s*+[|/·•]\s*+")
MAX_LABEL_CHARS = 60
# A section printed as one link right above the headline, with no class naming it: the link goes
# to a taxonomy page ("/tag/schools/", "/vertical/business") or to a page named as the text says
# ("/economie" for "Economie"); not to a person's page ("/staff/jane-doe" is a byline).
SECTION_PATH_PARTS = frozenset(
    {"tag", "tags", "topic", "topics", "category", "categories", "section", "sections",
     "vertical", "verticals", "rubrik", "ressort", "thema", "themen", "rubrique", "seccion"}
)  # fmt: skip
PERSON_PATH_PARTS = frozenset(
    {"author", "authors", "autor", "autoren", "auteur", "people", "person", "staff", "profile",
     "profiles", "contributor", "contributors", "writer", "writers", "journalist", "journalists",
     "user", "users", "member", "members"}
)  # fmt: skip
MAX_SECTION_LINK_WORDS = 4
LABEL_TRIM = " /|›»·•:–—-"  # separators printed around such a link ("/ Obyczaje")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SUBTITLE_CHARS = 400
# The description printed under the headline: how far along the headline's siblings it is
# looked for, how long it must be, and how much white space and markup its text may add.
DEK_SIBLINGS = 4
MIN_DESCRIPTION_DEK_CHARS = 30
DESCRIPTION_SLACK_CHARS = 40
MAX_SITE_NAME_CHARS = 60
LEADING_MARKS = re.compile(r"^[\W_]+")
# A declared alternativeHeadline holding this share of the title's words restates the title
# (`_restates`): not a dek.
MIN_RESTATED_SHARE = 0.7
MAX_TAGS = 40
SIDE_ROLES = frozenset({"navigation", "complementary"})
MAX_TAG_WORDS = 5  # a topic is named in a few words; a list of headlines is no tag list
# A heading over this page's topic links (not a bare "Tags" or "Topics": a sidebar's cloud of
# the whole site's)
TAG_HEADING = re.compile(
    r"^(?:related\s+topics|explore\s+more\s+on\s+th(?:is|ese)\s+topics?"
    r"|more\s+on\s+th(?:is|ese)\s+topics?|topics\s+in\s+this\s+(?:article|story|post))\s*:?$",
    re.IGNORECASE,
)
# A label printed before this page's topic links in the line that lists them ("Filed under:
# <a>Medicaid</a>, <a>Senate</a>", "Tags: ...", "Schlagwörter: ..."); the colon is part of it.
# Not "Topics:": a forum's header prints "Topics: Active | Unanswered".
INLINE_TAG_LABEL = re.compile(
    r"^(?:filed\s+under|tags|tagged(?:\s+with)?|keywords|schlagw[öo]rter|stichw[öo]rter"
    r"|themen|mots[-\s]cl[ée]s|étiquettes|etiquetas|temas|argomenti|tag)\s*:$",
    re.IGNORECASE,
)
# Links to tag pages ("/tag/postgresql", "/topics/climate/"), grouped under the story
TAG_PAGE_PATH = re.compile(r"^/(?:tag|tags|topic|topics)/[^/]++/?$", re.IGNORECASE)
TAG_GROUP_DEPTH = 3
MIN_TAG_GROUP = 2
TAG_GROUP_OUTSIDE = frozenset({"nav", "aside", "footer"})
# a site's cloud of every tag, in its footer or a widget (named by its id too: "<div
# id='footer'>"); a post's own tags are fewer
TAG_CLOUD_WORDS = frozenset({"footer", "sidebar", "widget", "tagcloud", "tag-cloud", "cloud"})
MAX_TAG_GROUP = 20
INLINE_TAG_LINE_TAGS = frozenset({"p", "div", "span", "li", "dd", "section", "footer"})


@dataclass(slots=True)
class PageMetadata:
    """What the metadata extractor found, before assembly into `Article` / `Page`."""

    title: str | None = None
    title_source: MetadataSource | None = None
    subtitle: str | None = None
    # the story's opening paragraph printed apart as a lede: the dek where there is no other,
    # and still the body's first paragraph
    lede: str | None = None
    # the description printed right after the headline: a dek the text keeps (`extract_subtitle`
    # finds the deks the text leaves out)
    printed_description: str | None = None
    description: str | None = None
    section: str | None = None
    kind: str | None = None
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    label_elements: list[HtmlElement] = field(default_factory=list)


def _jsonld_text(article: dict[str, Any] | None, *keys: str) -> str | None:
    if not article:
        return None
    for key in keys:
        value = article.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str)), None)
        if isinstance(value, str) and clean_text(value):
            return clean_text(html.unescape(value))
    return None


def _is_branding(h1: HtmlElement, site_key: str | None) -> bool:
    """An <h1> that holds the site's name or logo (blog themes), not a headline."""
    if site_key and _shows(h1, site_key):
        return True
    if not name_words(h1).isdisjoint(BRANDING_WORDS):
        return True
    links = [a.get("href") or "" for a in h1.iter("a")]
    return any(HOME_PATH.match(path_of(href.strip())) for href in links if href.strip())


HEADLINE_CLASS_WORDS = frozenset(
    {"headline", "article-headline", "entry-title", "post-title", "article-title", "story-title"}
)
NAV_WORDS = frozenset({"breadcrumb", "breadcrumbs"})
NAV_DEPTH = 6
NAV_TAGS = frozenset({"nav"})
SIDE_BOX_WORDS = NAV_WORDS | {"sidebar", "sphinxsidebar", "menu", "nav", "navigation"}
SIDE_TAGS = frozenset({"nav", "aside"})
BOX_DEPTH = 6  # how far above a dek the sign-up or share box holding it is looked for
MAX_NAMED_HEADLINES = 3


# Elements a page without title heading prints its title in, and the shortest title looked for
PRINTED_TITLE_TAGS = ("div", "p", "span", "h4", "h5", "h6", "strong", "b", "header")
# A heading worded otherwise than the declared title shows it when the two share this much of
# their content words (over both sides' words, so a long heading holding the title fails).
REWORDED_TITLE_SHARE = 0.6
MIN_REWORDED_TITLE_WORDS = 4
MIN_PRINTED_TITLE_CHARS = 15


def _headline_candidates(
    root: HtmlElement, site_name: str | None, host: str | None = None
) -> list[HtmlElement]:
    """The <h1>s that can be the headline (not the site's logo or name, not a breadcrumb); on
    pages whose only <h1> is such furniture, the <h2>/<h3> named like a headline."""
    site_key = normalise_key(site_name) if site_name else None
    found = [
        h1
        for h1 in root.iter("h1")
        if not _is_branding(h1, site_key)
        and not _in_nav(h1)
        and not (host and _spells_host(element_text(h1), host, whole=True))
    ]
    if found:
        return found
    return [
        heading
        for heading in root.iter("h2", "h3")
        if name_words(heading, include_id=False) & HEADLINE_CLASS_WORDS and not _in_nav(heading)
    ][:MAX_NAMED_HEADLINES]


def headline_text(heading: HtmlElement) -> str:
    """The heading's text without a kicker printed inside it
    (<h1><span class="kicker">Storm</span> Rail lines closed</h1>), nor a date
    (<h1><time>Dec 18 2025</time> Preparing a transition</h1>: the m.css theme), nor a comment
    count or source link after it (`HEADLINE_TAIL_WORDS`)."""
    labels = [
        element
        for element in heading.iterdescendants()
        if isinstance(element.tag, str)
        and (
            element.tag == "time"
            or name_words(element, include_id=False) & HEADLINE_PART_WORDS
            or _is_small_topline(element, heading)
        )
    ]
    if not labels:
        return element_text(heading)
    full = element_text(heading)
    for label_element in labels:  # the parts opening the heading
        rest = _after_opening(full, element_text(label_element))
        full = full if rest is None else rest
    for label_element in reversed(labels):  # the parts closing it, the last first
        label = element_text(label_element)
        closing = label_element.tag == "time" or name_words(label_element) & HEADLINE_TAIL_WORDS
        if label and closing and full.endswith(label):
            full = full[: -len(label)].strip(HEADLINE_SEPARATORS)
    return clean_text(full) or element_text(heading)


def _after_opening(full: str, opening: str) -> str | None:
    """What a heading's text `full` prints after `opening` and the separator that follows it;
    None when it does not open with `opening`."""
    if not opening or not full.startswith(opening):
        return None
    return full[len(opening) :].strip(HEADLINE_SEPARATORS)


def _is_small_topline(element: HtmlElement, heading: HtmlElement) -> bool:
    """A <small> line opening the heading, a line break after it ("<h1><small>Tunesien</small>
    <br/> Große Aufgaben ...</h1>"): a kicker set in small type."""
    parent = element.getparent()
    if element.tag != "small" or parent is None or parent[0] is not element:
        return False
    if parent is not heading and not (len(heading) == 1 and heading[0] is parent):
        return False
    following = element.getnext()
    return following is not None and following.tag == "br" and not (parent.text or "").strip()


def _in_nav(element: HtmlElement) -> bool:
    """Whether `element` lies in a <nav> or a breadcrumb trail."""
    return _in_box(element, NAV_TAGS, NAV_WORDS)


def _in_side_box(element: HtmlElement) -> bool:
    """Whether `element` lies in a menu or beside the story (an <aside>, a sidebar, a box with
    the role of navigation or complementary: Sphinx's "Related Topics" are its neighbours)."""
    return _in_box(element, SIDE_TAGS, SIDE_BOX_WORDS, SIDE_ROLES)


def _in_box(
    element: HtmlElement,
    tags: frozenset[str],
    words: frozenset[str],
    roles: frozenset[str] = frozenset(),
) -> bool:
    """Whether `element`, or one of its `NAV_DEPTH` nearest ancestors, is one of `tags`, has
    one of `roles` or is named with one of `words`."""
    for node in (element, *islice(element.iterancestors(), NAV_DEPTH)):
        if node.tag in tags or (roles and node.get("role") in roles):
            return True
        if name_words(node, include_id=False) & words:
            return True
    return False


def _headings(
    root: HtmlElement, site_name: str | None = None, host: str | None = None
) -> list[str]:
    """The headline candidates' texts, then the lines of those printed as separate elements
    ("<h1><div>Get that tech stack</div><span>Klatch Coffee</span></h1>"): a declared title
    can be one line of the heading."""
    candidates = _headline_candidates(root, site_name, host)[:MAX_HEADINGS]
    texts = [text for text in map(headline_text, candidates) if text]
    return texts + [line for heading in candidates for line in _heading_lines(heading)]


def _heading_lines(heading: HtmlElement) -> list[str]:
    children = [child for child in heading if isinstance(child.tag, str)]
    if not children or (heading.text or "").strip():
        return []
    if (children[0].tail or "").strip():
        # a top line in an element opening the heading, the title after it as text
        # ("<h1><em>Holocaust-Gedenktag </em>Erinnerung an die Opfer ...</h1>")
        rest = _after_opening(element_text(heading), element_text(children[0])) or ""
        return [rest] if len(rest.split()) >= MIN_HEADLINE_WORDS else []
    if len(children) < 2 or any((child.tail or "").strip() for child in children):
        return []
    lines = [
        element_text(child)
        for child in children
        if not name_words(child, include_id=False) & HEADLINE_PART_WORDS
        and child.get("aria-hidden") != "true"
    ]
    return [line for line in lines if len(line.split()) >= MIN_HEADLINE_WORDS]


def _content_words(text: str) -> set[str]:
    return {w for w in WORD.findall(normalise_key(text)) if len(w) >= MIN_CONTENT_WORD_CHARS}


def _shares_words(text: str, others: list[str]) -> bool:
    """True when `text` has a content word in common with one of `others` (or either side has
    no content words to compare)."""
    words = _content_words(text)
    others = [other for other in others if other]
    if not words or not others:
        return True
    return any(words & _content_words(other) for other in others)


def _visible_headline(doc: Document, site_name: str | None, host: str | None = None) -> str | None:
    """The page's one headline as printed: the only <h1>, or the first in <article>/<main>.

    Used when no declared title agrees with a heading: sites rewrite og:title and JSON-LD
    headlines for search and social, while readers (and citations) see the <h1>."""
    found: list[tuple[str, HtmlElement]] = []
    for h1 in _headline_candidates(doc.root, site_name, host):
        text = headline_text(h1)
        words = len(text.split())
        if MIN_HEADLINE_WORDS <= words <= MAX_HEADLINE_WORDS and not _is_masthead(
            text, site_name, host
        ):
            found.append((text, h1))
    if len({normalise_key(text) for text, _ in found}) == 1:
        return found[0][0]
    for text, h1 in found:
        if any(a.tag in ("article", "main") for a in h1.iterancestors()):
            return text
    return None


def _is_masthead(text: str, site_name: str | None, host: str | None = None) -> bool:
    """Whether a heading prints the site's name, or part of it ("Minecraft News" on
    "Minecraft Update News": some, not all, of the name's words and no other). A
    heading with all of them in other characters ("Wendi Weiner – The Writing Guru" on
    "Wendi Weiner - The Writing Guru®") titles a site's front page. A heading spelling the
    site's host ("Time 4 talks" on time4talks.com) is one too."""
    if _spells_host(text, host, whole=True):
        return True
    if not site_name:
        return False
    if normalise_key(text) == normalise_key(site_name):
        return True
    words = set(WORD.findall(normalise_key(text)))
    return bool(words) and words < set(WORD.findall(normalise_key(site_name)))


def _title_key(text: str) -> str:
    """`normalise_key` with typographic quotes read as straight ones: a headline prints
    "Anthony’s", its page title "Anthony's"."""
    key = normalise_key(text)
    if "*" in key:  # Markdown emphasis left in a declared title ("*Walden* (1854)")
        key = MARKDOWN_EMPHASIS.sub(r"\1", key)
    return key if key.isascii() else key.translate(_STRAIGHT_QUOTES)


def _strip_site_suffix(
    title: str, site_name: str | None, heading_keys: Iterable[str], host: str | None = None
) -> str:
    """`title` without the parts naming the site: the part a heading prints (`heading_keys`:
    the headings' `_title_key`s, the whole headings first, then their lines), else the parts
    that are not the site's name or host, else the longer end."""
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    part_keys = [_title_key(part) for part in parts]
    for key in heading_keys:
        if key in part_keys:
            return parts[part_keys.index(key)]
    site_key = _site_key(site_name) if site_name else None
    if site_key or host:
        is_site = [
            bool(site_key and _names_site(normalise_key(part), site_key))
            or _spells_host(part, host)
            for part in parts
        ]
        if any(is_site) and not all(is_site):
            return _without_site_parts(title, parts, is_site)
    # Without a known site name, the longest part is the headline far more often than not.
    first, last = parts[0], parts[-1]
    return first if len(first) >= len(last) else last


def _without_site_parts(title: str, parts: list[str], is_site: list[bool]) -> str:
    """The title without the parts that name the site: cut off as printed when they open or
    close it ("Maximize productivity • Software, AI, and humans converge" of "ClickUp™ |
    Maximize productivity • ..."), else the first part that is not the site."""
    start, end = 0, len(parts)
    while is_site[start]:
        start += 1
    while is_site[end - 1]:
        end -= 1
    if any(is_site[start:end]):
        return next(part for part, site in zip(parts, is_site, strict=True) if not site)
    separators = list(TITLE_SEPARATORS.finditer(title))
    begin = separators[start - 1].end() if start else 0
    finish = separators[end - 1].start() if end < len(parts) else len(title)
    return title[begin:finish]


def _site_key(site_name: str) -> str:
    """The site's name as a comparison key, without the domain ending a name printed as a
    host has ("Factorio.com" is the Factorio of "Friday Facts #282 - 0.17 in sight |
    Factorio")."""
    key = normalise_key(site_name)
    return DOMAIN_ENDING.sub("", key) if " " not in key else key


def _names_site(part_key: str, site_key: str) -> bool:
    """Whether a title part is the site's name, whole, with more words ("Thrive Internet
    Marketing Agency Blog") or shortened ("Thrive Internet Marketing" of "Thrive Internet
    Marketing Agency")."""
    return site_key in part_key or (
        len(part_key.split()) >= MIN_SITE_PART_WORDS and f" {part_key} " in f" {site_key} "
    )


def _host_key(url: str | None) -> str | None:
    """The name of the site `url` is on as its host spells it, letters and digits only
    ("bayrischebembel" for www.bayrische-bembel.de, "time4talks" for www.time4talks.com); None
    for an address without one."""
    site = site_of(url)
    if not site or site[-1].isdigit():
        return None
    key = NOT_ALPHANUMERIC.sub("", site.split(".")[0].lower())
    return key if len(key) >= MIN_HOST_KEY_CHARS else None


def _spells_host(text: str, host: str | None, *, whole: bool = False) -> bool:
    """Whether `text` names the site its host spells: its words (without a domain ending),
    or with `whole` false a run of more than half of them, run together ("The City of
    Southfield, Michigan" on cityofsouthfield.com, "Time 4 talks" on time4talks.com,
    "Sports.fr"; not "Cloudflare CDN", a product of the site)."""
    if not host:
        return False
    words = WORD.findall(DOMAIN_ENDING.sub("", normalise_key(text)))
    needed = len(words) if whole else len(words) // 2 + 1
    for start in range(len(words)):
        spelled = ""
        for end in range(start, len(words)):
            spelled += words[end]
            if len(spelled) >= len(host):
                if spelled == host and end - start + 1 >= max(needed, 1):
                    return True
                break
    return False


def _declared_part(visible: str, titles: list[str]) -> str:
    """The part of the printed headline that a declared title is, when the heading adds a
    kicker or a second line to it after a separator ("Energiewende Oberland: Klimavorreiter
    Oberland?" printed, "Klimavorreiter Oberland? - Tegernseerstimme" declared); else the
    printed headline. `titles`: the declared titles without the site's name."""
    key = _title_key(visible)
    for title in titles:
        part = _title_key(title)
        if len(title.split()) < MIN_HEADLINE_WORDS or len(part) >= len(key):
            continue
        # the heading marks where the title starts or ends ("Kicker: Title", "Title / Line")
        if key.endswith(part) and key[: -len(part)].rstrip()[-1:] in PART_SEPARATORS:
            rest = key[: -len(part)]
        elif key.startswith(part) and key[len(part) :].lstrip()[:1] in PART_SEPARATORS:
            rest = key[len(part) :]
        else:
            continue
        words = [word for word in rest.split() if any(char.isalnum() for char in word)]
        if 0 < len(words) <= MAX_HEADLINE_EXTRA_WORDS:
            return title
    return visible


def _undamaged(visible: str, titles: list[str]) -> str:
    """The declared title the printed headline is a damaged copy of: a page saved in a
    narrower encoding prints "?" or U+FFFD for the characters it lost ("Event Planning?
    Beginner? Guide" for "Event Planning: Beginner's Guide")."""
    if "?" not in visible.rstrip("?") and "\ufffd" not in visible:
        return visible
    pattern = re.compile(
        ".{0,2}".join(re.escape(piece) for piece in re.split(r"[?\ufffd]", visible)) + r"\??",
        re.IGNORECASE | re.DOTALL,
    )
    for title in titles:
        if title != visible and pattern.fullmatch(title):
            return title
    return visible


def _printed_as_subheading(
    root: HtmlElement, declared: list[tuple[str, MetadataSource]], stripped: list[str]
) -> tuple[str, MetadataSource] | None:
    """A declared title printed as one of the page's first <h2>s, under an <h1> that is a
    banner's label ("Toddler Sleep Training" over "How To Get Toddlers To Sleep In Their Own
    Bed"): the title the article prints. `stripped`: each declared title without the site's
    name."""
    if not declared:
        return None
    texts = [headline_text(h2) for h2 in islice(root.iter("h2"), MAX_SUBHEADINGS)]
    keys = {_title_key(text): text for text in texts if len(text.split()) >= MIN_HEADLINE_WORDS}
    return _printed_declared_title(declared, stripped, keys)


def _printed_declared_title(
    declared: list[tuple[str, MetadataSource]],
    without_site: Iterable[str],
    printed: dict[str, str],
) -> tuple[str, MetadataSource] | None:
    """The first declared title that a heading prints (`printed`: the headings' texts by
    `_title_key`), with its source: as declared, without the site's name (`without_site`, one
    for each declared title), or without a short parenthesis closing it ("Der historische
    Purzelbaum (2021/5)" printed without the issue number)."""
    for (value, source), without in zip(declared, without_site, strict=True):
        for candidate in (value, without, TRAILING_BRACKETS.sub("", value)):
            found = printed.get(_title_key(candidate))  # (keys ignore a space left at the end)
            if found is not None:
                return found, source
    return None


def _printed_within(
    declared: list[tuple[str, MetadataSource]], headings: list[str]
) -> tuple[str, MetadataSource] | None:
    """A heading of some length that a declared title prints whole between separators
    a tight separator pattern misses (a shop's "<h1>Atomic Habits: An Easy & Proven Way ...
    </h1>" in "Atomic Habits: An Easy & Proven Way ...: Clear, James: 9780735211292:
    Amazon.com: Books"), with the declared title's source."""
    for value, source in declared:
        key = _title_key(value)
        for heading in headings:
            if len(heading.split()) < MIN_CONTAINED_HEADLINE_WORDS:
                continue
            printed = _title_key(heading)
            start = key.find(printed)
            if start < 0:
                continue
            before, after = key[:start], key[start + len(printed) :].lstrip()
            if _set_off(before, after):
                return heading, source
    return None


def _set_off(before: str, after: str) -> bool:
    """Whether what a title prints before and after a part ends and opens with a separator
    and a space, or is empty: the part is whole, not a piece of a longer phrase."""
    opens = not before or (before.endswith(" ") and before.rstrip()[-1:] in EDGE_SEPARATORS)
    closes = not after or (after[0] in EDGE_SEPARATORS and after[1:2] in ("", " "))
    return opens and closes


def _longest_declared(
    declared: list[tuple[str, MetadataSource]],
) -> tuple[str, MetadataSource]:
    """The first declared title, unless it is a cut-off start of another one (Yoast truncates
    JSON-LD headlines at 110 characters)."""
    value, source = declared[0]
    key = normalise_key(value)
    for other, _other_source in declared[1:]:
        if len(key) >= MIN_TRUNCATED_CHARS and normalise_key(other).startswith(key):
            return other, source
    return value, source


def extract_title(
    doc: Document, data: StructuredData, article: dict[str, Any] | None, site_name: str | None
) -> tuple[str | None, MetadataSource | None]:
    """The article title and its source (see the module docstring for the order)."""
    title, source = _title(doc, data, article, site_name)
    return (_without_site_tail(title, site_name) if title else title), source


def tidy_title(title: str) -> str:
    """The title as printed for readers, without what its source left in: a character
    reference escaped twice ("SQL &#x26; AI"), a separator left at an end ("About us |"), and
    short labels after a pipe ("... in NYC 2025 | Top 19 Companies", "... | Opinion"): a
    headline is not split by a pipe, a page title's tail is. (The page's headline keeps its
    printed form to find it in the body.)"""
    if "&" in title and _ENTITY.search(title):
        title = html.unescape(title)
    title = DANGLING_SEPARATOR.sub("", title) or title
    if " | " in title:
        head, *tail = title.split(" | ")
        if len(head.split()) >= MIN_PIPED_HEAD_WORDS and all(
            len(part.split()) <= MAX_PIPED_LABEL_WORDS for part in tail
        ):
            return head
    return title


def _without_site_tail(title: str, site_name: str | None) -> str:
    """The title without the site's name printed after its last separator ("Best UK Art
    Exhibitions 2025 – Artlyst"), when some words are left."""
    if not site_name:
        return title
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2 or normalise_key(parts[-1]) != normalise_key(site_name):
        return title
    head = title[: title.rindex(parts[-1])]
    head = TRAILING_SEPARATOR.sub("", head)
    return head if len(head.split()) >= MIN_HEADLINE_WORDS else title


def _title(
    doc: Document, data: StructuredData, article: dict[str, Any] | None, site_name: str | None
) -> tuple[str | None, MetadataSource | None]:
    # a site's front page is titled with the site's name
    host = None if is_front_page(doc.url) else _host_key(doc.url)
    headings = _headings(doc.root, site_name, host)
    declared: list[tuple[str, MetadataSource]] = []
    headline = _jsonld_text(article, "headline", "name")
    if headline:
        declared.append((headline, "json-ld"))
    for name, source in TITLE_META:
        for value in data.meta.get(name, ()):
            if value:
                declared.append((value, source))  # type: ignore[arg-type]
    for element in data.microdata.get("headline", [])[:1]:
        if element_text(element):
            declared.append((element_text(element), "microdata"))
    # a declared "headline" that is the site's name ("Sports.fr", "SMAVA") titles no article
    declared = [
        (value, source) for value, source in declared if not _spells_host(value, host, whole=True)
    ]
    heading_keys = {_title_key(h): h for h in headings}
    without_site = (
        _strip_site_suffix(value, site_name, heading_keys, host) for value, _ in declared
    )
    found = _printed_declared_title(declared, without_site, heading_keys) or _printed_within(
        declared, headings
    )
    if found is not None:
        return found
    stated = [_strip_site_suffix(v, site_name, [], host) for v, _ in declared]
    printed = _printed_as_subheading(doc.root, declared, stated)
    if printed is not None:
        return printed
    title_element = doc.root.find(".//title")
    title_tag = element_text(title_element) if title_element is not None else ""
    visible = _visible_headline(doc, site_name, host)
    # A printed headline beats a rewritten SEO title, but only when it is about the same thing
    # (not a section name, a prompt or a sidebar heading promoted to <h1>).
    stated.append(_strip_site_suffix(title_tag, site_name, [], host) if title_tag else "")
    if visible and _shares_words(visible, stated):
        titles = [_without_site_tail(value, site_name).strip() for value, _ in declared]
        return _undamaged(_declared_part(visible, titles), titles), "dom"
    if declared:
        value, source = _longest_declared(declared)
        return _strip_site_suffix(value, site_name, heading_keys, host), source
    title_tag_key = normalise_key(title_tag)
    for position, heading_text in enumerate(headings if title_tag else ()):
        # the first heading whatever its length, a later one when it is more than a word
        shown = position == 0 or len(heading_text.split()) >= MIN_HEADLINE_WORDS
        if shown and normalise_key(heading_text) in title_tag_key:
            return heading_text, "dom"
    # Themes that print the site name as <h1> print the post title as <h2>/<h3> (Blogger).
    for tag in ("h2", "h3"):
        for heading in doc.root.iter(tag):
            text = short_text(heading, len(title_tag) + 20) or ""
            if (
                title_tag
                and len(text.split()) >= MIN_HEADLINE_WORDS
                and normalise_key(text) in normalise_key(title_tag)
            ):
                return text, "dom"
    if title_tag:
        return _strip_site_suffix(title_tag, site_name, heading_keys, host), "title-tag"
    if headings:
        return headings[0], "dom"
    return None, None


def extract_subtitle(
    doc: Document, article: dict[str, Any] | None, title: str | None, scope: HtmlElement
) -> str | None:
    """The dek: JSON-LD alternativeHeadline, a dek-classed element, or the line under the h1."""
    declared = _jsonld_text(article, "alternativeHeadline")
    if declared and (not title or not _restates(declared, title)):
        return declared
    title_key = normalise_key(title) if title else None
    for element in doc.named_within(SUBTITLE_WORDS, scope):
        if any(strong_words(a) for a in (element, *islice(element.iterancestors(), BOX_DEPTH))):
            continue  # a sign-up box's "subhead": "Get the free daily newsletter ..."
        text = short_text(element, MAX_SUBTITLE_CHARS) or ""
        if len(text) >= 15 and normalise_key(text) != title_key:
            return text
    for h1 in scope.iter("h1"):
        if title_key and not _shows(h1, title_key):
            continue
        following = h1.getnext()
        if following is not None and following.tag in ("h2", "p") and len(following) <= 2:
            text = element_text(following)
            if 15 <= len(text) <= 300 and following.find(".//a") is None:
                return text
        break
    return None


def _printed_description(headline: HtmlElement, description: str, title: str | None) -> str | None:
    """The page's description printed as a line of its own right after the headline (Der
    Spiegel's bold intro in the header, with no class naming it): the dek. Not a paragraph
    among others of the story (a description a plugin copies from the first paragraph). The
    text keeps it: the datasets' truths count such a line as the story's."""
    key = normalise_key(description)
    if not MIN_DESCRIPTION_DEK_CHARS <= len(key) <= MAX_SUBTITLE_CHARS or (
        title and normalise_key(title) == key
    ):
        return None
    for element in islice(headline.itersiblings(), DEK_SIBLINGS):
        if not isinstance(element.tag, str) or element.tag in PICTURE_TAGS:
            continue
        text = short_text(element, len(description) + DESCRIPTION_SLACK_CHARS)
        if text is None or normalise_key(text) != key:
            continue
        inside = set(element.iter("p"))
        if len(inside) > 1:
            return None  # paragraphs: the story (a description that copies all of it)
        box = headline.getparent()
        beside = [p for p in box.iter("p") if p not in inside] if box is not None else []
        return text if len(beside) < MIN_STORY_PARAGRAPHS else None
    return None


def _restates(text: str, title: str) -> bool:
    """Whether `text` is the title again, or a version of it (the SEO headline a template
    declares as alternativeHeadline: "Kenji Fujimori: juicio contra excongresista por presunta
    compra de votos ..." for "Kenji Fujimori: juicio por presunta compra de votos ..."): it
    opens with the title's first word and holds `MIN_RESTATED_SHARE` of the title's words. A
    dek says something else ("Discover the top 10 best-rated coding bootcamps in 2025 ...")."""
    title_words = WORD.findall(title.casefold())
    words = WORD.findall(text.casefold())
    if not title_words or not words or words[0] != title_words[0]:
        return False
    shared = set(title_words) & set(words)
    return len(shared) >= MIN_RESTATED_SHARE * len(set(title_words))


def extract_lede(doc: Document, scope: HtmlElement, headline: HtmlElement) -> str | None:
    """The lede a news template prints in a box of its own between the headline and the story
    (NRK's "article-lead", Le Soir's "chapo", iDNES's "perex", SZ's "header__teaser"): one
    short paragraph of prose (a call to action or a card's title ends with no full stop), no
    links and no picture."""
    boxes = set(doc.named_within(LEDE_WORDS, scope))
    if not boxes:
        return None
    title_key = normalise_key(short_text(headline, MAX_SUBTITLE_CHARS) or "")
    after_headline = False
    story_paragraphs = 0
    for element in scope.iter(etree.Element):
        if element is headline:
            after_headline = True
        elif after_headline and element.tag == "p" and _is_story_paragraph(element, boxes):
            story_paragraphs += 1
            if story_paragraphs >= MIN_STORY_PARAGRAPHS:
                return None  # the story has begun: a box further down is no lede (a recipe's)
        elif after_headline and element in boxes:
            if not name_words(element).isdisjoint(NOT_LEDE_WORDS) or _inside_named(
                element, scope, NOT_LEDE_BOX_WORDS
            ):
                continue
            if (
                element.find(".//a") is not None
                or next(element.iter(*PICTURE_TAGS), None) is not None
                or next(element.iterdescendants(*NOT_LEDE_PART_TAGS), None) is not None
            ):
                boxes.discard(element)  # not a lede: its paragraphs are the story's
                continue
            text = short_text(element, MAX_SUBTITLE_CHARS) or ""
            if len(text) >= MIN_LEDE_CHARS and text.endswith(SENTENCE_ENDS):
                return text if normalise_key(text) != title_key else None
            boxes.discard(element)
    return None


def _inside_named(element: HtmlElement, scope: HtmlElement, words: frozenset[str]) -> bool:
    """Whether a box around `element`, up to `scope`, is named with one of `words`."""
    for ancestor in element.iterancestors():
        if ancestor is scope:
            return False
        if not name_words(ancestor).isdisjoint(words):
            return True
    return False


def _is_story_paragraph(paragraph: HtmlElement, boxes: set[HtmlElement]) -> bool:
    """A paragraph of prose outside the lede boxes."""
    if paragraph in boxes or any(ancestor in boxes for ancestor in paragraph.iterancestors()):
        return False
    text = short_text(paragraph, MAX_SUBTITLE_CHARS)
    return text is None or (len(text) >= MIN_STORY_CHARS and text.endswith(SENTENCE_ENDS))


def _shows(element: HtmlElement, key: str) -> bool:
    """Whether the element's text is `key` (a `normalise_key`), with or without the kicker, date
    or comment count printed inside it (`headline_text`). Its text is read only up to a little
    over the key's length: on broken markup a heading may hold the whole page."""
    text = short_text(element, 2 * len(key) + 40)
    if text is None:
        return False
    shown = normalise_key(text)
    return shown == key or (key in shown and normalise_key(headline_text(element)) == key)


def headline_element(doc: Document, title: str | None) -> HtmlElement | None:
    """The heading that shows `title`: an <h1>, else an <h2>/<h3> (themes that print the site
    name as <h1>); else the first <h1> that is not the site's name or logo."""
    title_key = normalise_key(title) if title else None
    if title_key:
        for heading in doc.root.iter("h1"):
            if _shows(heading, title_key):
                return heading
    # else the first of the <h2>/<h3>s showing it and the <h1>s: a title printed in an <h2>
    # under a banner's <h1> ("Toddler Sleep Training") keeps the <h1> as the header's top
    candidates = _headline_candidates(doc.root, None)
    if title_key:
        for heading in doc.root.iter("h1", "h2", "h3"):
            if heading.tag == "h1" and heading in candidates and element_text(heading):
                return heading
            if heading.tag != "h1" and _shows(heading, title_key):
                return heading
    if candidates:
        return candidates[0]
    first_h1 = next(doc.root.iter("h1"), None)
    if first_h1 is not None or not title or len(title_key or "") < MIN_PRINTED_TITLE_CHARS:
        return first_h1
    printed = _printed_title(doc, title_key or "")
    return printed if printed is not None else _reworded_title(doc, title)


def _reworded_title(doc: Document, title: str) -> HtmlElement | None:
    """On a page with no <h1>, the first <h2> printing most of the title's words in other
    wording ("7 Ways to Help You Transition to a Plant Based Diet" for "7 Ways to Transition
    to a Plant-Based Diet")."""
    words = _content_words(title)
    if len(words) < MIN_REWORDED_TITLE_WORDS:
        return None
    for heading in doc.root.iter("h2"):
        text = short_text(heading, 2 * len(title) + 40)
        printed = _content_words(text) if text else set()
        if len(printed & words) >= REWORDED_TITLE_SHARE * len(words | printed):
            return heading
    return None


def _printed_title(doc: Document, title_key: str) -> HtmlElement | None:
    """On a page with no heading for its title (a styled <div>, a <p>), the first element in
    the body whose own text is the title, outside links and navigation."""
    body = doc.root.find("body")
    for element in (body if body is not None else doc.root).iter(*PRINTED_TITLE_TAGS):
        own = element.text
        if (
            own
            and len(own) < 2 * len(title_key) + 40
            and normalise_key(own) == title_key
            and not any(a.tag == "a" for a in element.iterancestors())
            and not _in_nav(element)
        ):
            return element
    return None


def header_scope(doc: Document, headline: HtmlElement | None) -> HtmlElement:
    """The region around the headline where its labels, dek and byline are printed."""
    if headline is None:
        return doc.root
    node = headline
    for _ in range(HEADER_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    return node


def _label_window(scope: HtmlElement, headline: HtmlElement) -> set[HtmlElement]:
    """The elements of the header a kicker or section label is printed in: those before the
    headline, and after it up to the first paragraph of the story ("Analysis | QiOSK" under
    the dek); not the forms, share bars and comment prompts further down."""
    window: set[HtmlElement] = set()
    passed = False
    for element in scope.iter(etree.Element):
        if element is headline:
            passed = True
        elif passed and element.tag == "p" and short_text(element, MAX_LABEL_CHARS) is None:
            break
        window.add(element)
    return window


def _labels(
    doc: Document, headline: HtmlElement, scope: HtmlElement
) -> list[tuple[str, HtmlElement]]:
    labels: list[tuple[str, HtmlElement]] = []
    window = _label_window(scope, headline)
    for element in doc.named_within(LABEL_WORDS, scope):
        if element not in window:
            continue
        words = name_words(element)
        if (
            element.tag == "label"  # a form field's caption ("Only 3 left in stock!")
            or not words.isdisjoint(NOT_KICKER_LABEL_WORDS)
            or not words.isdisjoint(NOT_KICKER_BOX_WORDS)
            or _in_nav(element)
        ):
            continue
        if any((a.get("href") or "").startswith("#") for a in element.iter("a")):
            continue  # a jump link ("» Skip to the Extras"), not a kicker
        text = short_text(element, MAX_LABEL_CHARS)
        # "Labels: a, b" is a tag list with its field name, not a kicker; "Editor's Note"
        # labels a note
        if text and not NOT_A_LABEL.search(text) and not is_note_label_line(text):
            labels.append((text, element))
    return labels


def extract_labels(
    doc: Document,
    headline: HtmlElement | None,
    scope: HtmlElement,
    data: StructuredData,
    article: dict[str, Any] | None,
) -> tuple[str | None, str | None, list[HtmlElement]]:
    """(kind, section, label elements) from the labels printed in the headline's header, then
    JSON-LD and meta tags. Without a headline there is no header to read: a page's first
    "label" is a form's or a filter's."""
    kind: str | None = None
    section: str | None = None
    used: list[HtmlElement] = []
    credit_boxes: set[HtmlElement | None] = set()
    for text, element in _labels(doc, headline, scope) if headline is not None else ():
        if element.getparent() in credit_boxes:
            used.append(element)  # "By" then the name, each a label: a byline
            continue
        if not names_something(text):
            last_word = text.rsplit(None, 1)[-1].casefold()
            if text.casefold() in NOT_SECTION_NAMES or last_word in CREDIT_WORDS:
                # a byline's or a date's label over the story ("By", "Updated", "Fact-checked
                # by"): header furniture, read apart
                used.append(element)
                if last_word in CREDIT_WORDS:
                    credit_boxes.add(element.getparent())
            continue
        parts = [p for p in LABEL_SPLIT.split(text) if p]
        kinds = [p for p in parts if p.casefold() in KIND_WORDS]
        others = [p for p in parts if p.casefold() not in KIND_WORDS]
        if kinds and kind is None:
            kind = kinds[0]
            used.append(element)
        if others and section is None and (kinds or len(parts) == 1):
            section = others[0]
            used.append(element)
        if kind and section:
            break
    if section is None and headline is not None:
        linked = _section_link_above(headline)
        if linked is not None:
            section = (short_text(linked, MAX_LABEL_CHARS) or "").strip(LABEL_TRIM) or None
            used.append(linked)
    if kind is None and article:
        kind = next(
            (JSONLD_KIND_TYPES[t] for t in jsonld_types(article) if t in JSONLD_KIND_TYPES), None
        )
    if section is None:
        section = _jsonld_text(article, "articleSection")
        if section is None and data.microdata.get("articleSection"):
            section = element_text(data.microdata["articleSection"][0]) or None
        if section is None:
            found = data.first_meta("article:section", "parsely-section", "section")
            section = found[1] if found else None
        section = _declared_section(section) if section else None
    return kind, section, used


def _section_link_above(headline: HtmlElement) -> HtmlElement | None:
    """The element right above the headline when it is one link to the section's page
    ("<p class='article__section'><a href='/economie'>Economie</a></p><h1>...")."""
    above = headline.getprevious()
    while above is not None and not isinstance(above.tag, str):
        above = above.getprevious()  # a comment
    if above is None or _in_nav(above):
        return None
    link = above if above.tag == "a" else _sole_link(above)
    text = short_text(link, MAX_LABEL_CHARS) if link is not None else None
    if link is None or not text or len(text.split()) > MAX_SECTION_LINK_WORDS:
        return None
    if any(char.isdigit() for char in text) or NOT_A_LABEL.search(text):
        return None
    path = path_of(link.get("href"))
    parts = [part for part in path.lower().split("/") if part]
    if not parts or not PERSON_PATH_PARTS.isdisjoint(parts):
        return None
    if "category" in (link.get("rel") or "").lower().split():
        return above  # WordPress's category link, whatever the permalink base
    if not SECTION_PATH_PARTS.isdisjoint(parts[:-1]) or _slug(parts[-1]) == _slug(text):
        return above
    return None


def _sole_link(element: HtmlElement) -> HtmlElement | None:
    """The one link an element holds and nothing else beside it."""
    if len(element) != 1 or element[0].tag != "a" or (element.text or "").strip():
        return None
    return None if (element[0].tail or "").strip() else element[0]


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("", ascii_fold(text).lower())


def _declared_section(value: str) -> str | None:
    parts = value.split(",")
    if len(parts) >= MIN_SECTION_LIST_PARTS:
        value = parts[0]
    value = clean_text(value)
    if not value or len(value) > MAX_LABEL_CHARS or "://" in value or value.startswith("/"):
        return None
    return value if names_something(value) else None


def names_something(label: str) -> bool:
    """Whether a label could name a section or a kind: it holds a letter, is no widget's
    caption ("Share"), is none of `NOT_SECTION_NAMES` ("By", "Updated", "Uncategorized") and
    does not end as a credit does ("Fact-checked by", "Updated on")."""
    folded = label.casefold()
    return folded in KIND_WORDS or (  # "Sponsored" is a kind, and a widget's word too
        any(char.isalpha() for char in label)
        and folded not in NOT_SECTION_NAMES
        and label.rsplit(None, 1)[-1].casefold() not in CREDIT_WORDS
        and not is_widget_phrase(label)
    )


def extract_tags(doc: Document, data: StructuredData, article: dict[str, Any] | None) -> list[str]:
    """Visible tag links first (what the reader sees), else declared keywords; the declared
    ones when the page prints one tag of them alone (Ghost's primary tag over the headline)."""
    declared = _declared_tags(data, article)
    links = list(_tag_links(doc))
    if links:
        printed = _unique_labels((element_text(a) for a in links), MAX_TAGS)
        if len(printed) == 1 and len(declared) > 1:
            first = printed[0].casefold()
            if any(tag.casefold() == first for tag in declared):
                return declared
        return printed
    if declared:
        return declared
    return _unique_labels((element_text(a) for a in _tag_page_links(doc)), MAX_TAGS)


def _declared_tags(data: StructuredData, article: dict[str, Any] | None) -> list[str]:
    tags = data.meta_values("article:tag", "parsely-tags", "news_keywords")
    if article and not tags:
        keywords = article.get("keywords")
        if isinstance(keywords, str):
            tags = keywords.split(",")
        elif isinstance(keywords, list):
            tags = [k for k in keywords if isinstance(k, str)]
    if len(tags) == 1 and "," in tags[0]:
        tags = tags[0].split(",")
    return _unique_labels(tags, MAX_TAGS)


def _tag_links(doc: Document) -> Iterator[HtmlElement]:
    """Links marked as tags, then the links in boxes named for a page's tags; a box inside
    another adds nothing (each link is read once, however deep the boxes nest)."""
    # rel="category tag" (WordPress) marks a category link, not a tag
    yield from in_tree(
        [a for a in doc.links if _rel_words(a) & {"tag", "category"} == {"tag"}], doc.root
    )
    covered: set[HtmlElement] = set()
    for element in doc.named(TAG_CONTAINER_WORDS):  # in document order: outer boxes first
        if element in covered or not _is_tag_box(element):
            continue
        covered.update(element.iter())
        yield from element.iter("a")
    yield from (a for a in _labelled_tag_links(doc.root) if a not in covered)
    yield from (a for a in _inline_labelled_tag_links(doc) if a not in covered)


def _labelled_tag_links(root: HtmlElement) -> Iterator[HtmlElement]:
    """The links of the list printed under a heading that names the page's topics (BBC's
    "Related Topics", the Guardian's "Explore more on these topics": `TAG_HEADING`), each a
    few words, outside menus."""
    for heading in root.iter("h2", "h3", "h4"):
        text = short_text(heading, MAX_LABEL_CHARS)
        if not text or not TAG_HEADING.match(text) or _in_side_box(heading):
            continue
        following = heading.getnext()
        if following is None or following.tag not in ("ul", "ol", "div"):
            continue
        links = list(islice(following.iter("a"), MAX_TAGS + 1))
        if 0 < len(links) <= MAX_TAGS and all(
            len(element_text(a).split()) <= MAX_TAG_WORDS for a in links
        ):
            yield from links


def _tag_page_links(doc: Document) -> list[HtmlElement]:
    """The page's links to tag pages ("/tag/postgresql?source=...": Medium's tags under the
    story, in boxes no name marks) when they are one group, all held within
    `TAG_GROUP_DEPTH` levels, each a few words, outside menus, side boxes and the footer. Tag
    links spread over the page (each card's pills, a cloud beside the story's tags) say
    nothing of which are the page's own."""
    links = [a for a in doc.links if TAG_PAGE_PATH.match(path_of(a.get("href")))]
    if not MIN_TAG_GROUP <= len(links) <= MAX_TAG_GROUP:
        return []
    ancestor = next(
        (
            ancestor
            for ancestor in islice(links[0].iterancestors(), TAG_GROUP_DEPTH)
            if all(is_ancestor(ancestor, link) for link in links[1:])
        ),
        None,
    )
    if (
        ancestor is None
        or _in_box(ancestor, TAG_GROUP_OUTSIDE, SIDE_BOX_WORDS, SIDE_ROLES)
        or any(
            name_words(node) & TAG_CLOUD_WORDS
            for node in (ancestor, *islice(ancestor.iterancestors(), NAV_DEPTH))
        )
        or not all(0 < len(element_text(a).split()) <= MAX_TAG_WORDS for a in links)
    ):
        return []
    return links


def _inline_labelled_tag_links(doc: Document) -> Iterator[HtmlElement]:
    """The links of a line that opens with a label naming them the page's topics
    (`INLINE_TAG_LABEL`: "Filed under: Medicaid, Senate"), printed as the line's own text or
    in a first element of its own ("<span>Tags:</span>"), each link a few words, outside
    menus and side boxes."""
    seen: set[HtmlElement] = set()
    for link in doc.links:
        line = link.getparent()
        if line is None or line in seen or line.tag not in INLINE_TAG_LINE_TAGS:
            continue
        seen.add(line)
        if not _opens_with_tag_label(line) or _in_side_box(line):
            continue
        # a WordPress theme prints "Categories: <a rel='category tag'>" in the same line
        links = [a for a in islice(line.iter("a"), MAX_TAGS + 1) if "category" not in _rel_words(a)]
        if len(links) <= MAX_TAGS and all(
            0 < len(element_text(a).split()) <= MAX_TAG_WORDS for a in links
        ):
            yield from links


def _opens_with_tag_label(line: HtmlElement) -> bool:
    label = (line.text or "").strip()
    if not label and len(line) and line[0].tag != "a":
        label = short_text(line[0], MAX_LABEL_CHARS) or ""
    return bool(label) and INLINE_TAG_LABEL.match(label) is not None


def _is_tag_box(element: HtmlElement) -> bool:
    """A box of tag links, not a page or post element whose classes name its terms
    (WordPress: "<body class='tags-hidden'>", "<section class='post guide-tags-testing'>"),
    nor a menu of every topic (a "topics-dropdown" of 96 links)."""
    if element.tag in PAGE_LEVEL_TAGS or not name_words(element).isdisjoint(TOPIC_MENU_WORDS):
        return False
    return sum(1 for _ in islice(element.iter("a"), MAX_TAGS + 1)) <= MAX_TAGS


def _rel_words(element: HtmlElement) -> set[str]:
    return set((element.get("rel") or "").lower().split())


def _unique_labels(values: Iterable[str], limit: int) -> list[str]:
    """The first `limit` distinct labels (case-insensitive) of at most `MAX_LABEL_CHARS`; not a
    CMS's default category ("Uncategorized") nor a script's setting ("hasProduct: true")."""
    seen: set[str] = set()
    result: list[str] = []
    for value in values:
        text = TAG_PREFIX.sub("", clean_text(value).lstrip("#"))
        key = text.casefold()
        if key in NOT_SECTION_NAMES or SETTING_PAIR.match(text):
            continue
        if text and key not in seen and len(text) <= MAX_LABEL_CHARS:
            seen.add(key)
            result.append(text)
            if len(result) == limit:
                break
    return result


def extract_site_name(data: StructuredData) -> str | None:
    """og:site_name, then the JSON-LD publisher or WebSite name, then application-name."""
    found = data.first_meta("og:site_name", "application-name", "apple-mobile-web-app-title")
    if found and found[0] == "og:site_name":
        return found[1]
    for obj in data.objects_of_type("NewsArticle", "Article", "BlogPosting", "WebPage"):
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return clean_text(publisher["name"]) or None
    for obj in data.objects_of_type("WebSite", "Organization", "NewsMediaOrganization"):
        if isinstance(obj.get("name"), str):
            return clean_text(obj["name"]) or None
    return found[1] if found else None


def site_name_in_title(doc: Document, title: str | None) -> str | None:
    """The site's name as the page's <title> prints it after (or before) the headline
    ("How we restored a 1920s bungalow – Old House Journal" on oldhouse.example), for a page
    that declares none: the one other part of the title, when it spells the host's name."""
    title_element = doc.root.find(".//title")
    if title is None or title_element is None or is_front_page(doc.url):
        return None
    parts = [part.strip() for part in TITLE_SEPARATORS.split(element_text(title_element))]
    if len(parts) != 2:
        return None
    key = _title_key(title)
    # the site's part without the marks around it ("| ✂ Uniqz®" gives "Uniqz®")
    others = [LEADING_MARKS.sub("", part) for part in parts if _title_key(part) != key]
    if len(others) != 1 or not 0 < len(others[0]) <= MAX_SITE_NAME_CHARS:
        return None
    return others[0] if _spells_host(others[0], _host_key(doc.url)) else None


def extract_language(doc: Document, data: StructuredData) -> str | None:
    """The page language as a BCP 47 tag: <html lang>, then og:locale, then content-language."""
    raw = doc.root.get("lang") or doc.root.get("xml:lang")
    if not raw:
        found = data.first_meta("og:locale", "content-language", "language", "dc.language")
        raw = found[1] if found else None
    if not raw:
        return None
    tag = raw.strip().replace("_", "-").split(",")[0].strip()
    if not re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", tag):
        return None
    head, *rest = tag.split("-")
    return "-".join([head.lower(), *(part.upper() if len(part) == 2 else part for part in rest)])


def extract_canonical(doc: Document, data: StructuredData) -> str | None:
    """<link rel=canonical>, then og:url, resolved to an absolute URL."""
    for href in data.links.get("canonical", []):
        url = doc.absolute_url(href)
        if url:
            return url
    found = data.first_meta("og:url")
    return doc.absolute_url(found[1]) if found else None


def extract_metadata(
    doc: Document,
    data: StructuredData,
    article: dict[str, Any] | None,
    *,
    title: str | None,
    title_source: MetadataSource | None,
    site_name: str | None,
    declared_article: bool = False,
) -> PageMetadata:
    """Every page-level field of `PageMetadata`, given the title found first. A lede printed
    apart is looked for only on a page that declares itself an article (`extract_lede`)."""
    headline = headline_element(doc, title)
    scope = header_scope(doc, headline)
    kind, section, label_elements = extract_labels(doc, headline, scope, data, article)
    description = _jsonld_text(article, "description")
    if description is None:
        found = data.first_meta("description", "og:description", "twitter:description")
        description = found[1] if found else None
    subtitle = extract_subtitle(doc, article, title, scope)
    printed_description = (
        _printed_description(headline, without_markup(description), title)
        if subtitle is None and description and headline is not None
        else None
    )
    return PageMetadata(
        title=title,
        title_source=title_source,
        subtitle=subtitle,
        lede=extract_lede(doc, scope, headline)
        if subtitle is None and declared_article and headline is not None
        else None,
        description=without_markup(description) if description else None,
        printed_description=printed_description,
        section=section,
        kind=kind,
        tags=extract_tags(doc, data, article),
        site_name=site_name,
        language=extract_language(doc, data),
        canonical_url=extract_canonical(doc, data),
        label_elements=label_elements,
    )
