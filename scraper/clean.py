"""Boilerplate removal: the tags, attributes and class/id words that mark page furniture.

Runs once, in place, after the metadata and teaser extractors have read what they need from the
full tree. Removal is by rule tables, grouped by purpose:

1. `DROP_TAGS`: elements that never hold article text (scripts, styles, forms controls ...);
2. hidden elements (``hidden``, ``aria-hidden``, inline ``display:none``, a CSS framework's
   hiding class such as ``d-none`` not shown again from a breakpoint on), except the panels
   a reader opens with a click: an accordion's or a tab's panel (named by a control's
   ``aria-controls``, or by its own ``role="tabpanel"`` or `COLLAPSED_PART_WORDS`), the body
   of a ``<details>``;
3. `FURNITURE_TAGS` (``nav``, ``aside``, ``footer``) and elements whose class/id/role names
   furniture (`BOILERPLATE_WORDS`), unless the name also says "content" (`CONTENT_WORDS`) or
   the element holds most of the page's text (a wrapper named ``page-with-sidebar`` is not a
   sidebar) inside the page's main landmark or around it (beside the one ``<main>``, a footer
   longer than the article is still the footer); with them, the boxes asking for the reader's
   money or membership, offering a subscription to read on (a paywall) or promoting a
   newsletter, whatever their name (`appeal_boxes`);

Blocks whose whole text is a widget phrase (`WIDGET_PHRASES`: "Follow us on social", "keep
reading", "Show less" ...) are dropped later, at block level, by the extractors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from lxml import etree
from lxml.etree import _Element as HtmlElement

from .dom import (
    HEADING_TAGS,
    class_tokens,
    holds,
    is_ancestor,
    is_main_landmark,
    name_words,
    text_length,
)
from .features import MAX_LINK_DENSITY, Stats, forget_subtree, measure, refresh
from .parse import Document
from .text import ascii_fold, clean_text, raw_text, short_text
from .urls import path_of

SEQUENTIAL_REMOVALS = 500  # more removals at once go through remove_elements' linear pass
_REMOVED_TAG = "scraper-removed"
DROP_TAGS = (
    "script", "style", "template", "svg", "canvas", "link", "meta", "object", "map",
    "head",
)  # fmt: skip
# Form controls are dropped when short. libxml2 does not close an unclosed <button> the way a
# browser does, so a page can end up with its whole article inside one: that one is kept.
CONTROL_TAGS = ("button", "input", "select", "textarea", "option", "label", "dialog")
MAX_CONTROL_CHARS = 200
# Icon fonts that draw a glyph for a word (Google's Material Icons and Material Symbols:
# "<i class='material-icons'>lock</i>"): the word names the icon, it is not text. Longer text
# under such a class is a misused class, kept.
LIGATURE_ICON_CLASSES = frozenset(
    {"material-icons", "material-icons-outlined", "material-icons-round", "material-icons-sharp",
     "material-icons-two-tone", "material-symbols", "material-symbols-outlined",
     "material-symbols-rounded", "material-symbols-sharp"}
)  # fmt: skip
MAX_ICON_NAME_CHARS = 40
# Class words of links styled as buttons ("cta": a call to action), and how long a button's
# label runs.
BUTTON_WORDS = frozenset({"btn", "button", "cta"})
MAX_BUTTON_CHARS = 40
MAX_BUTTON_WORDS = 5
# A box around an e-mail field holding at most this much text is a sign-up form's, its fine
# print not counted: the lines of a form's terms ("By signing up, you acknowledge and agree to
# our Privacy Policy ... This site is protected by reCAPTCHA"), up to `MAX_FINE_PRINT_CHARS`.
MAX_SIGN_UP_CHARS = 300
MAX_FINE_PRINT_CHARS = 600
FINE_PRINT = re.compile(
    r"privacy\s++(?:policy|notice|statement)|terms\s++(?:of\s++(?:service|use)|and\s++conditions)"
    r"|unsubscribe|recaptcha|datenschutz|politique\s++de\s++confidentialit"
    r"|pol[ií]tica\s++de\s++privacidad",
    re.IGNORECASE,
)
# A box asking for the reader's money or membership: a link worded as the ask ("Support us",
# "Contribute today", "Make a donation", "Join our community", "Jetzt unterstützen"), in a
# box of at most MAX_APPEAL_CHARS whose text says what the money is for (journalism, a
# nonprofit newsroom, free access, its readers). Whatever the box is named: "dcr-epic",
# "pt-support-box", "about-this-story".
APPEAL_ACTION = re.compile(
    r"(?:support|donate|contribute|give|join|become\s++a\s++(?:member|supporter|patron|friend)"
    r"|make\s++a\s++(?:donation|contribution|gift)|(?:jetzt\s++)?(?:unterstützen|spenden)"
    r"|soutenir|faire\s++un\s++don|donar|apoya|hazte\s++socio|sostieni|doneer|steun)"
    r"(?=[\s!.,]|$)",  # not an address ("support@example.com")
    re.IGNORECASE,
)
APPEAL_CAUSE = re.compile(
    r"\b(?:journalism|reporting|newsroom|non-?profit|press\s++freedom|paywall"
    r"|free\s++(?:to\s++read|for\s++(?:all|everyone))|donat\w*+|readers?"
    r"|journalismus|journalisme|periodismo|giornalismo|jornalismo"
    r"|leser|lecteurs|lectores|lettori)\b",
    re.IGNORECASE,
)
# A paywall's offer: a link to subscribe or sign in ("Subscribe now", "Log in", "Get
# started", "Abonnieren"), in a box whose text says the story is held back for subscribers
# ("Already a subscriber?", "This article is exclusive to STAT+ subscribers", "You've reached
# your limit of free articles", "Réservé aux abonnés"): Piano's, Zephr's or the site's own.
SUBSCRIPTION_ACTION = re.compile(
    r"(?:subscribe|log\s*+in|sign\s*+in|get\s++started|start\s++(?:your|my)\s++(?:free\s++)?"
    r"(?:trial|subscription)|unlock|abonnieren|jetzt\s++abonnieren|anmelden|einloggen"
    r"|s['’]abonner|je\s++m['’]abonne|se\s++connecter|suscr[ií]bete|iniciar\s++sesi[oó]n"
    r"|abbonati|accedi|inloggen|abonneer)"
    r"(?=[\s!.,]|$)",
    re.IGNORECASE,
)
PAYWALL_PROMPT = re.compile(
    r"\b(?:already\s++(?:a\s++(?:subscriber|member)|subscribed|have\s++an\s++account)"
    r"|(?:exclusive|available|reserved)\s++(?:only\s++)?(?:to|for)\s++(?:\S++\s++){0,3}?"
    r"(?:subscribers|members)"
    r"|subscribe\s++(?:now\s++|today\s++)?to\s++(?:continue|keep)\s++reading"
    r"|(?:reached|used)\s++(?:all\s++(?:of\s++)?)?your\s++(?:\S++\s++){0,2}?"
    r"(?:free\s++)?(?:articles?|stories|limit)"
    r"|unlock\s++(?:this|the\s++(?:full|whole|rest\s++of\s++the))\s++(?:article|story)"
    r"|unlimited\s++(?:digital\s++)?access|subscribers?[\s-]only"
    r"|bereits\s++abonnent|weiterlesen\s++mit|nur\s++f[üu]r\s++abonnenten"
    r"|d[ée]j[àa]\s++abonn[ée]|r[ée]serv[ée]\s++aux\s++abonn[ée]s"
    r"|ya\s++eres\s++suscriptor|exclusivo\s++para\s++suscriptores"
    r"|sei\s++gi[àa]\s++abbonato|riservato\s++agli\s++abbonati)",
    re.IGNORECASE,
)
# A newsletter's promotion: a link to sign up ("Sign up", "Subscribe") in a box whose text
# names the newsletter or the reader's inbox ("Get WIRED's climate newsletter"), with no
# e-mail field of its own for `_sign_up_boxes` to find.
NEWSLETTER_ACTION = re.compile(
    r"(?:sign\s*+up|subscribe|get\s++(?:it|the\s++newsletter)|anmelden|abonnieren"
    r"|s['’]inscrire|je\s++m['’]inscris|inscr[ií]bete|suscr[ií]bete|iscriviti)"
    r"(?=[\s!.,]|$)",
    re.IGNORECASE,
)
NEWSLETTER_CAUSE = re.compile(r"\b(?:newsletters?|inbox|infolettre|bolet[ií]n)\b", re.IGNORECASE)
MAX_APPEAL_CHARS = 800
MAX_APPEAL_ACTION_CHARS = 40
# A box grows around the ask while what it adds names the cause too, or is a short line (a
# heading "Support HKFP", a "Thank you," under it).
MAX_APPEAL_ASIDE_CHARS = 60
APPEAL_BOX_TAGS = frozenset({"div", "section", "aside", "form", "details"})
# Where the walk up from an ask stops: the story's own containers.
APPEAL_WALK_STOPS = frozenset({"body", "html", "main", "article"})


class Ask(NamedTuple):
    """A box's ask: the words of its link (`action`) and what the box's text must name for
    the box to be the ask's (`cause`)."""

    action: re.Pattern[str]
    cause: re.Pattern[str]


# The boxes `appeal_boxes` takes out: for a donation or membership, a paywall's offer, a
# newsletter's promotion.
ASKS = (
    Ask(APPEAL_ACTION, APPEAL_CAUSE),
    Ask(SUBSCRIPTION_ACTION, PAYWALL_PROMPT),
    Ask(NEWSLETTER_ACTION, NEWSLETTER_CAUSE),
)
# <noscript> is dropped unless the page is rendered by scripts and the noscript block is its
# only real text (forum engines such as Discourse serve the whole thread there), or it is the
# only text of the block it sits in and holds paragraphs: the fallback of a block a script
# renders from a template (Blogger's Google blogs), the article itself.
MIN_NOSCRIPT_PAGE_CHARS = 500
MIN_NOSCRIPT_PARAGRAPHS = 2
MAX_CHARS_BESIDE_NOSCRIPT = 20
# Hidden elements a script reveals on load: React's streamed server rendering (<div hidden
# id="S:0">) holds the real page until its inline script swaps it in.
REVEALED_HIDDEN_ID = re.compile(r"^S:[0-9a-f]+$")  # the segment number in hex
# A hidden element within this many levels of the root holding more than this share of the
# page's text is the page, hidden until it has loaded (see `_holds_the_page`).
PAGE_WRAPPER_DEPTH = 5
PAGE_WRAPPER_SHARE = 0.5
FURNITURE_TAGS = ("nav", "aside", "footer", "menu")
MIN_SENTENCE_CHARS = 80  # a paragraph opening with a phrase (`_inside_a_sentence`)
PHRASE_TAGS = frozenset({"a", "span", "em", "strong", "b", "i", "abbr", "dfn", "mark", "q", "u"})
# Names of a readers' comment thread: furniture on an article, the content itself on a forum
# thread or Q&A page. (Not "comment" alone: one comment's parts are named so inside threads of
# any name; not "commentarea", old Reddit's thread page.)
COMMENT_THREAD_WORDS = (
    "comments", "comment-list", "commentlist", "commentlisting", "commentslist", "commentwrap",
    "commentlinks", "commentsection", "comment-section", "comment-thread", "comment-box",
    "commentbox", "disqus",
    # WordPress's list of pingbacks and trackbacks under the comments (Genesis: "entry-pings")
    "entry-pings", "ping-list", "pinglist", "pingbacks", "trackbacks",
)  # fmt: skip
# Consent managers' names for their banners, which name no cookie: OneTrust, Quantcast,
# Sourcepoint, Didomi, Cookiebot, Usercentrics, TrustArc, Osano, Complianz, iubenda and
# consentmanager.net.
CONSENT_MANAGER_WORDS = (
    "onetrust", "qc-cmp2-container", "qc-cmp2-ui", "qc-cmp-ui", "sp-message-container",
    "didomi-host", "didomi-notice", "didomi-popup", "cookiebot", "usercentrics-root",
    "truste-consent-track", "truste_box_overlay", "osano-cm-window",
    "iubenda-cs-banner", "cmpbox", "cmpwrapper", "cookiebanner",
)  # fmt: skip
# Names of a share bar (and of the wrapper that sets one beside the story: `drop_furniture`)
SHARE_BAR_WORDS = ("share", "shares", "sharing", "social", "sociable")
# Names of text printed for screen readers only, as frameworks name it (Bootstrap, WordPress,
# HTML5 Boilerplate, BigCommerce's "u-hiddenVisually"); a camelCase class is read in
# its hyphenated form too ("VisuallyHidden", "srOnly": `dom.words_of`).
SCREEN_READER_WORDS = frozenset(
    {"sr-only", "visually-hidden", "screen-reader-text", "visuallyhidden", "hidden-visually",
     "screenreader-only", "screen-reader-only", "assistive-text"}
)  # fmt: skip
# Class/id/role words of page furniture; matched as whole words inside the attribute values.
# Words that name furniture whatever else the element is called ("post-comments" is comments).
STRONG_BOILERPLATE_WORDS = (
    *COMMENT_THREAD_WORDS,
    *CONSENT_MANAGER_WORDS,
    *SHARE_BAR_WORDS,
    "newsletter", "newsletters", "subscribe",
    "subscription", "signup", "sign-up", "cookie", "cookies", "consent", "gdpr", "popup", "modal",
    "related", "recommended", "recommendations", "more-stories", "advert", "advertisement",
    "adslot", "ad-slot", "ad-container", "sponsored", "promo", "outbrain", "taboola", "zergnet",
    "author-bio", "author-box", "about-author", "authorinfo", "author-info", "trending",
    "most-popular", "mostread",
    "most-read", "most-viewed", "mostviewed", "most-shared", "most-commented", "widget__shares",
    "jp-relatedposts", "sharedaddy", "yarpp", "crp_related", "newsletter-signup", "keep-reading",
    "read-next", "up-next", "breadcrumb", "breadcrumbs",
    # a shop's boxes of other products (WooCommerce, Magento, Shopify)
    "upsells", "up-sells", "upsell", "cross-sells", "crosssell", "cross-sell",
    "product-recommendations", "complementary-products",
    # WordPress's reply form (and WooCommerce's review form in it): a form, never the story
    "comment-respond", "comment-form",
    # the U.S. Web Design System's "An official website of the United States government" bar
    "usa-banner",
    # a forum member's signature under each post, and the profile fields beside it (XenForo's
    # "Joined", "Messages", "Native Language"; phpBB's "Posts", "Joined"; Invision's post count)
    "signature", "message-userextras", "postprofile", "cauthorpane_info",
    # MediaWiki's "[edit]" link after each section heading
    "mw-editsection",
    # asks under the story: for money, for tips, for feedback
    "support-box", "support-inline", "get-in-touch", "tips-box", "feedback",
    # WordPress's star-rating plugins under a post ("How useful was this post? Click on a star
    # to rate it!"): Rate My Post, kk Star Ratings, WP-PostRatings
    "rmp-widgets-container", "kk-star-ratings", "post-ratings",
    # Gravity Forms' honeypot and admin-only fields, hidden by its stylesheet
    "gform_validation_container", "gfield_visibility_hidden",
    # WordPress's embed of another post (its title's link in a blockquote, and the iframe
    # drawing its card): a card for another story, not this one's text
    "wp-embedded-content",
)  # fmt: skip
# Layout words: furniture unless the name also says content ("main-nav" yes, "nav-content" no).
LAYOUT_BOILERPLATE_WORDS = (
    "nav", "navbar", "navigation", "menu", "menubar", "masthead", "footer", "sidebar",
    "side-bar", "sidebars", "rail", "overlay", "ads", "ad", "sponsor", "pagination", "pager",
    "skip-link", "toolbar", "login", "search", *sorted(SCREEN_READER_WORDS),
    "print-only", "tags", "tag-list", "taglist", "post-tags", "byline", "dateline",
    "postmetadata", "postmeta", "post-meta", "entry-meta",
    "site-header", "site-footer", "global-header", "top-bar", "topbar", "bottom-bar",
    # a paywall prompt is furniture; "article-body paywall" is the gated story itself
    "paywall",
    "offscreen", "dropdown", "submenu", "mega-menu", "header",
)  # fmt: skip
BOILERPLATE_WORDS = STRONG_BOILERPLATE_WORDS + LAYOUT_BOILERPLATE_WORDS
CONTENT_WORDS = (
    "content", "article", "body", "main", "post", "entry", "story", "text", "blog", "column",
    "page", "container", "wrapper", "layout", "site", "hentry", "prose",
    # what a search found ("search-results"), not the search box
    "results",
    # notes attached to the story ("ad-disclosure" is a disclosure, not an ad)
    "disclosure", "disclaimer", "correction", "corrections", "clarification", "editors-note",
    "editor-note", "editorial-note",
)  # fmt: skip
BOILERPLATE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
     "dialog", "alertdialog", "toolbar", "tablist"}
)  # fmt: skip
WIDGET_PHRASES = (
    "follow us on social", "follow us", "keep reading", "show less", "show more", "read more",
    "continue reading", "see all", "view all", "load more", "share this", "share this article",
    "share on facebook", "share on twitter", "advertisement", "skip to content",
    # a picture's lightbox link, printed in its caption
    "view fullsize", "view full size", "view larger", "view larger image", "click to enlarge",
    "enlarge this image", "enlarge image", "expand image",
    "skip to main content", "back to top", "print", "email", "related", "related articles",
    "more stories", "subscribe", "sign up", "log in", "sponsored", "click to share",
    "share", "link copied", "copy link", "copied", "table of contents", "contents",
    "in this article", "jump to", "inhaltsverzeichnis", "sommaire", "índice",
    "key event", "key events", "pinned", "pinned post", "report abuse",
    "print this page", "print this article", "read full article", "read the full article",
    "more options", "add to wishlist", "add to wish list", "rate this book", "clear rating",
    "back to product", "back to project",
    # the same buttons in other languages
    "drucken", "artikel drucken", "seite drucken", "rezept drucken", "zurück",
    "zurück zur übersicht", "zurück zur listenansicht", "nach oben", "teilen",
    "mit freunden teilen", "artikel teilen", "kommentieren", "weiterlesen", "zum shop",
    "jetzt kaufen", "anmelden", "registrieren", "abonnieren", "imprimer", "partager", "retour",
    "retour en haut", "lire la suite", "commenter", "permalien", "imprimir", "compartir",
    "volver", "leer más", "comentar", "stampa", "condividi", "torna su", "leggi tutto",
    "drukuj", "udostępnij", "afdrukken", "delen", "terug", "lees verder", "compartilhar",
    "partilhar", "voltar", "leia mais",
    # a product site's call-to-action buttons and sign-up prompts
    "book a demo", "request a demo", "schedule a demo", "get a demo", "start a free trial",
    "try it free", "try for free", "try it for free", "get started for free", "buy now",
    "shop now", "download now", "join our mailing list", "join our newsletter",
    "sponsor this newsletter", "stay connected with me", "stay connected with us",
    "subscribe to get access", "join medium for free to get updates from this writer",
    "get the free ebook", "open table of contents panel",
    # a forum's thread furniture (Invision Community, XenForo)
    "top posters in this topic", "recently browsing", "go to topic listing", "share this post",
    "link to post", "you need to be a member in order to leave a comment",
    # a shop's delivery and stock badges
    "pick up in store", "free delivery", "free fast delivery", "en stock", "auf lager",
    "add to cart", "add to bag", "add to basket", "out of stock", "sold out", "coming soon",
    "notify me", "notify me when available", "notify me when back in stock", "select a size",
    "select size", "choose options", "select options", "in den warenkorb", "ausverkauft",
    "nicht vorrätig", "ajouter au panier", "épuisé", "rupture de stock", "añadir al carrito",
    "agotado", "aggiungi al carrello", "esaurito",
    # a script's placeholders and a shop's empty review and upsell boxes
    "loading", "loading reviews", "loading comments", "no reviews yet", "no reviews",
    "be the first to review this product", "frequently bought together",
    "customers also bought", "customers also viewed", "more buying options",
    # the placeholder of an embed waiting for the reader's consent
    "externer inhalt", "empfohlener externer inhalt", "contenu externe", "contenido externo",
    # an ad slot's label in other languages
    "werbung", "anzeige", "publicité", "publicidad", "pubblicità", "publicidade", "reklame",
    "reklama", "advertentie", "annons", "mainos",
    # account and sales buttons printed as lines of their own
    "register", "log in", "request a quote", "get a quote", "start free trial",
    "start your free trial", "book now", "sign up for free", "join now for free", "ask question",
    # ad and forum chrome
    "article continues below", "continue reading below", "advertisement - continue reading below",
    "click to expand", "original poster", "page tools", "last edited by",
    # Stack Exchange's prompts under a question
    "start asking to get answers", "find the answer to your question by asking",
    "explore related questions", "see similar questions with these tags",
    # picture controls, shopping buttons and credit labels printed apart from their names
    "show caption", "hide caption", "view image in full size", "enlarge image",
    "press enter or click to view image in full size", "see deal", "view deal", "check price",
    "get the recipe", "written by", "edited by", "reviewed by", "posted on",
    "pin for later", "pin this for later", "pin it for later", "report inappropriate content",
    # a shop's prompts for screen readers around a text it folds (Amazon's author bios)
    "brief content visible, double tap to read full content",
    "full content visible, double tap to read brief content",
    # shop cards' badges and buttons
    "top rated", "new arrival", "best seller", "bestseller", "in stock", "back in stock",
    "low stock", "award winner", "limited edition", "calculate shipping", "free shipping",
    "bundle and save", "quick view", "quick shop", "compare", "apply now", "read full story",
    # review sites' buttons beside a product
    "see the rating", "read full review", "view on amazon", "see all reviews",
    "read all reviews", "write a review",
    "see details", "view details", "check availability", "see price", "view product",
    "shop the story", "expand", "collapse",
    # asks and buttons under the story
    "support us", "donate now", "make a donation", "join now", "répondre à cet article",
    # live-page badges
    "live", "live now", "en direct", "en vivo", "ao vivo", "in diretta", "liveticker",
    "live updates", "liveblog", "newsblog", "ticker", "just nu", "direkt", "direkte",
    "det sker lige nu", "seuranta", "na żywo", "živě", "élő", "canlı", "مباشر",
)  # fmt: skip
# An element holding more than this share of the page's prose is a layout wrapper, not furniture
# (a much larger share for the strong words: a thread page is mostly "comments").
MAX_FURNITURE_TEXT_SHARE = 0.5
# On a page declared a product (and not an article): its buyers' reviews and questions.
PRODUCT_FURNITURE_WORDS = frozenset(
    {"reviews", "review", "ratings", "customer-reviews", "product-reviews", "questions", "qa"}
)
# Names of a byline or dateline box: a header holding one heads an article.
CREDIT_WORDS = frozenset(
    {"byline", "author", "authors", "date", "dateline", "timestamp", "published", "updated", "meta"}
)
MAX_STRONG_FURNITURE_TEXT_SHARE = 0.8
MAX_STRONG_BOX_TEXT_SHARE = 0.6
# An element around the page's headline holding this share of its prose is the article's
# column, whatever its name (a sticky-sidebar script's "theiaStickySidebar" around it).
MIN_HEADLINED_TEXT_SHARE = 0.25
OVERLAY_WORDS = frozenset(
    {"cookie", "cookies", "consent", "gdpr", "popup", "modal", *CONSENT_MANAGER_WORDS}
)
# A box named "header" holding this many paragraphs of MIN_HEADER_PARAGRAPH_CHARS or more holds
# prose (a listicle's introduction), not a title, dek and byline.
MIN_HEADER_PARAGRAPHS = 2
MIN_HEADER_PARAGRAPH_CHARS = 150
# An id of this many words or more, all words of the element's heading, is the heading's anchor
# (`is_heading_anchor`); "related" on a box headed "Related" is its name.
MIN_ANCHOR_WORDS = 2
MAX_ANCHOR_HEADING_CHARS = 300
MAX_MARK_CHARS = 3  # a permalink's or a back-link's sign ("¶", "↩︎")
# On a page not declared a discussion, a comment thread goes whatever its share, once the prose
# outside it reads as the article (a blog post under three hundred readers' comments).
MIN_ARTICLE_CHARS_BESIDE_COMMENTS = 1500
# A page of text shown in turn with its siblings (a tab) holds this much text outside links.
MIN_PAGE_TEXT_CHARS = 80
# Names of a carousel, whose slides hold cards one at a time.
CAROUSEL_WORDS = frozenset(
    {"slide", "slides", "slider", "carousel", "swiper", "slick", "glide", "splide"}
)
# Classes that place an element in a grid and say nothing of what it is.
GRID_CLASSES = frozenset({"row", "col", "container", "clearfix", "flex", "d-flex", "grid"})

# The elements `is_hidden` judges: those with one of these attributes. Found by walking the
# tree and reading attribute names, which takes half the time of libxml2's XPath predicates.
_HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "popover", "style", "class"})
# Utility classes of CSS frameworks that hide an element (Bootstrap's "d-none" and "hide",
# Tailwind's "hidden", Bulma's "is-hidden") ...
HIDING_CLASSES = frozenset({"hide", "hidden", "d-none", "is-hidden", "u-hidden", "display-none"})
# ... unless another class shows it again from some width or state on ("hidden md:block",
# "d-none d-lg-flex"): the page then shows it on a desktop screen.
_SHOWN_AGAIN = re.compile(r":|^d-(?:sm|md|lg|xl|xxl)-|^visible-|^show-for-")
# An aria-hidden link printing this much plain text is an excerpt readers see (`is_hidden`).
MIN_SHOWN_PROSE_CHARS = 100
# Class and id words of the folded parts of accordions and FAQs (hidden until clicked).
COLLAPSED_PART_WORDS = frozenset(
    {"accordion", "accordion-content", "accordion-panel", "accordion-body", "collapse",
     "collapsible", "faq-answer", "answer", "expander", "expandable"}
)  # fmt: skip
_INVISIBLE_STYLE = re.compile(r"visibility\s*:\s*hidden", re.IGNORECASE)
_NOT_DISPLAYED = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BOILERPLATE = frozenset(BOILERPLATE_WORDS)
_STRONG = frozenset(STRONG_BOILERPLATE_WORDS)
COMMENT_WORDS = frozenset(COMMENT_THREAD_WORDS)
_COMMENT = COMMENT_WORDS
_SHARE_BAR = frozenset(SHARE_BAR_WORDS)
_CONTENT = frozenset(CONTENT_WORDS)
_NAME_PARTS = re.compile(r"[-_]+")
_ID_PARTS = re.compile(r"[\W_]+")
# A sentence running on after a phrase (a lower-case word, or the punctuation that ends a
# clause) and running into it (a word, then a space).
_RUNS_ON = re.compile(r"\A\s*+(?:[^\W\d_A-Z]|[.,;:!?)])")
_RUNS_INTO = re.compile(r"[^\W_],?\s+$")
_WORD = re.compile(r"[^\W_]+")
_WIDGET_PHRASES = frozenset(WIDGET_PHRASES)
# A read-aloud player's prompt over the story ("Listen to this article 4 min", "Listen to this
# article in summarized format", "Artikel anhören", "Écouter cet article"): its control, not text.
LISTEN_PROMPT = re.compile(
    r"(?:(?:listen|hear)\s+to\s+(?:this|the)\s+(?:article|story|post)(?:\s+in\s+\w+(?:\s+\w+)?)?"
    r"|(?:(?:diesen|den)\s+)?artikel\s+(?:vor)?(?:an)?hören|(?:é|e)couter\s+(?:cet|l['’])\s*article"
    r"|escucha(?:r)?\s+(?:este\s+|el\s+)?art[ií]culo|ascolta(?:re)?\s+(?:questo\s+|l['’])\s*articolo"
    r"|(?:ouvir|ouça)\s+(?:este\s+|o\s+)?artigo)"
    r"[\s:·•|-]*+(?:\d{1,3}\s*+(?:min(?:ute)?s?|m)\.?(?:\s+\d{1,2}\s*+s(?:ec)?)?(?:\s+(?:listen|read))?)?",
    re.IGNORECASE,
)
# Marks printed around a widget's words: arrows, bullets, and the signs a toggle shows ("Show
# more +", "Show less –", "Show more / Show less").
WIDGET_PUNCTUATION = " .:!›»>‹«<↑|·•-+–—−/▾▴▼▲"
MAX_WIDGET_RUN_CHARS = 80
_WIDGET_PHRASE = (
    "(?:"
    + "|".join(re.escape(phrase) for phrase in sorted(WIDGET_PHRASES, key=len, reverse=True))
    + ")"
)
# More letters and digits than any widget label or run of them holds (collapsing white space,
# case-folding and stripping punctuation keep every one of them).
_LONGER_THAN_A_WIDGET = re.compile(rf"\A(?:[\W_]*+[^\W_]){{{MAX_WIDGET_RUN_CHARS + 1}}}")
_WIDGET_RUN = re.compile(f"{_WIDGET_PHRASE}(?:[{re.escape(WIDGET_PUNCTUATION)}]*{_WIDGET_PHRASE})+")


@lru_cache(maxsize=4096)
def _modifier_words(raw: str) -> frozenset[str]:
    """Strong words used as modifiers of a content head noun in a compound name.

    In ``node--type-newsletter-article`` or ``sponsored-content`` the last part names what the
    element is (an article, content); the strong word before it only qualifies it. In
    ``post-comments`` the head is the strong word, so it still counts. A class list that opens
    with a content word names a content element; a strong word after it is a state class
    (the Hueman theme's ``entry themeform share``: an entry with share buttons enabled).
    """
    modifiers: set[str] = set()
    tokens = raw.lower().split()
    if len(tokens) > 1 and tokens[0] in _CONTENT:
        modifiers.update(token for token in tokens[1:] if token in _STRONG)
    for token in tokens:
        parts = [part for part in _NAME_PARTS.split(token) if part]
        if len(parts) > 1 and parts[-1] in _CONTENT and token not in _STRONG:
            modifiers.update(part for part in parts[:-1] if part in _STRONG)
    return frozenset(modifiers)


def _path_words(url: str | None) -> frozenset[str]:
    """The lower-cased segments of the URL's path, but the last (the page's own slug)."""
    if not url:
        return frozenset()
    segments = path_of(url).lower().strip("/").split("/")
    return frozenset(segments[:-1])


def strong_words(element: HtmlElement) -> frozenset[str]:
    """The element's strong furniture words, leaving out those that only qualify content."""
    return _strong_in(element, name_words(element))


def _strong_in(element: HtmlElement, words: frozenset[str]) -> frozenset[str]:
    found = words & _STRONG
    if not found:
        return found
    raw = f"{element.get('class') or ''} {element.get('id') or ''}"
    return found - _modifier_words(raw)


def is_boilerplate_name(element: HtmlElement, *, ignore: frozenset[str] | None = None) -> bool:
    """True when the element's class/id/role names page furniture and not content. An id
    spelled from the element's own heading is a link target, not a name (`is_heading_anchor`)."""
    role = element.get("role")
    if role and role.lower() in BOILERPLATE_ROLES:
        # an accordion marked as a tablist around its panels (Bootstrap's markup) holds the
        # text they fold, not a row of tabs
        return role.lower() != "tablist" or not _holds_panels(element)
    words = name_words(element) - ignore if ignore else name_words(element)
    if not words & _BOILERPLATE:
        return False
    if element.get("id") and is_heading_anchor(element):
        words = name_words(element, include_id=False)
        words = words - ignore if ignore else words
        if not words & _BOILERPLATE:
            return False
    if _strong_in(element, words):
        return True
    if role == "region":
        # a section of content its author lists (an accordion's panel, named "dropdown")
        return False
    return not words & _CONTENT


def is_heading_anchor(element: HtmlElement) -> bool:
    """Whether the element's id is spelled from its heading's words, and the heading heads
    prose: a target for links from a table of contents, as Markdown, Sphinx and TOC plugins
    give every section ("<h2 id='related-work'>Related work</h2><p>...", "<div class='section'
    id='sharing-with-a-single-developer'><h2>Sharing with a single developer</h2>..."). A box
    of links or buttons headed the way it is named ("related-posts", "Related posts") heads no
    prose and stays furniture."""
    heading = element if element.tag in HEADING_TAGS else _first_child(element)
    if heading is None or heading.tag not in HEADING_TAGS:
        return False
    parts = [
        part
        for part in _ID_PARTS.split(ascii_fold(element.get("id") or "").lower())
        if len(part) > 1 and not part.isdigit()  # "h-" prefixes, "-2" to make ids unique
    ]
    if len(parts) < MIN_ANCHOR_WORDS:
        return False
    text = short_text(heading, MAX_ANCHOR_HEADING_CHARS)
    heading_words = set(_WORD.findall(ascii_fold(text).lower())) if text else set()
    if not heading_words.issuperset(parts):
        return False
    if heading is element:
        following = element.getnext()
        return (
            following is not None
            and following.tag == "p"
            and text_length(following) >= MIN_HEADER_PARAGRAPH_CHARS
        )
    return _holds_paragraphs(element)


def _first_child(element: HtmlElement) -> HtmlElement | None:
    return next(element.iterchildren(etree.Element), None)


def is_hidden(element: HtmlElement) -> bool:
    """True for elements a browser would not show (once the page's scripts have run)."""
    if element.get("hidden") is not None:
        return not REVEALED_HIDDEN_ID.match(element.get("id") or "")
    # hidden from screen readers, not from the eye: a card's excerpt set as a second link to
    # its story ("<a aria-hidden='true' tabindex='-1'>Walmart now has ...</a>") is printed
    if element.get("aria-hidden") == "true" and not _is_linked_excerpt(element):
        return True
    if element.get("popover") is not None:
        return True  # a popover is not shown until a control opens it (HTML popover API)
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    return _hidden_by_class(element)


def _hidden_by_class(element: HtmlElement) -> bool:
    """Whether a CSS framework's utility class (`HIDING_CLASSES`) hides `element`."""
    classes = element.get("class")
    if not classes or ("hid" not in classes and "none" not in classes):
        return False  # the cheap test first: most classes name nothing of the kind
    tokens = classes.split()
    return not HIDING_CLASSES.isdisjoint(tokens) and not any(map(_SHOWN_AGAIN.search, tokens))


def _is_linked_excerpt(element: HtmlElement) -> bool:
    """A link of plain text, a sentence or more long (not an icon's or a label's link)."""
    return (
        element.tag == "a"
        and not len(element)
        and len((element.text or "").strip()) >= MIN_SHOWN_PROSE_CHARS
    )


def is_widget_phrase(text: str) -> bool:
    """True when the whole text is a widget label such as 'keep reading' or 'Show less', or a
    run of them ('keep readingShow less': two spans printed without a space)."""
    if len(text) > MAX_WIDGET_RUN_CHARS and _LONGER_THAN_A_WIDGET.match(text):
        return False  # a paragraph: cheaper to see than to collapse and case-fold
    key = clean_text(text).casefold().strip(WIDGET_PUNCTUATION)
    if key in _WIDGET_PHRASES:
        return True
    return len(key) <= MAX_WIDGET_RUN_CHARS and bool(
        _WIDGET_RUN.fullmatch(key) or LISTEN_PROMPT.fullmatch(key)
    )


def remove_element(element: HtmlElement) -> None:
    """Remove `element` but keep its tail text in the tree."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


class SetAside:
    """Elements taken out of the tree for a while and put back where they were.

    Teaser cards are set aside while the metadata extractors read the tree (a card's byline or
    date is not the article's) and put back before the body is chosen, so that on a listing
    page they are the content.
    """

    def __init__(self) -> None:
        self._held: list[tuple[HtmlElement, HtmlElement]] = []

    def hold(self, element: HtmlElement) -> None:
        """Replace `element` by an empty placeholder (its tail text stays in the tree)."""
        parent = element.getparent()
        if parent is None:
            return
        placeholder = etree.Element("scraper-placeholder")
        placeholder.tail, element.tail = element.tail, None
        parent.replace(element, placeholder)
        self._held.append((placeholder, element))

    def restore(self) -> None:
        """Put every held element back in place of its placeholder."""
        for placeholder, element in reversed(self._held):
            parent = placeholder.getparent()
            if parent is None:
                continue
            element.tail, placeholder.tail = placeholder.tail, None
            parent.replace(placeholder, element)
        self._held.clear()


def remove_elements(elements: list[HtmlElement]) -> None:
    """`remove_element` for each element in turn, in time linear in the tree.

    Moving each tail by string concatenation is quadratic when thousands of removed siblings
    hand their tails to the same neighbour (50,000 scripts: 16 s). Past `SEQUENTIAL_REMOVALS`
    the elements are unlinked in one C pass that leaves their tails in place instead: the text
    is the same, except that the white space where two tails meet is counted separately.
    """
    if len(elements) <= SEQUENTIAL_REMOVALS:
        for element in elements:
            remove_element(element)
        return
    roots = set()
    for element in elements:
        if element.getparent() is None:
            continue
        if element.tail is not None and not element.tail.strip():
            element.tail = None  # as remove_element: white-space tails go with the element
        element.tag = _REMOVED_TAG
        roots.add(element.getroottree().getroot())
    for root in roots:
        etree.strip_elements(root, _REMOVED_TAG, with_tail=False)


def drop_non_content(doc: Document) -> None:
    """Remove elements that never carry readable text (rule group 1 and 2)."""
    root = doc.root
    remove_elements(list(root.iter(*DROP_TAGS)))
    doomed = _script_fallbacks_to_drop(root)  # judged once script payloads are gone
    for noscript in doomed:
        _keep_fallback_picture(noscript)
    doomed.extend(_sign_up_boxes(root))
    doomed.extend(el for el in root.iter(*CONTROL_TAGS) if text_length(el) <= MAX_CONTROL_CHARS)
    doomed.extend(link for link in root.iter("a") if _is_button_link(link) or _is_mark_link(link))
    doomed.extend(_ligature_icons(doc))
    # one walk over the attributes: the hidden elements, and the panels controls open
    hidden: list[HtmlElement] = []
    panels: set[str] = set()
    for element in root.iter(etree.Element):
        names = element.keys()
        if not names:
            continue
        if "aria-controls" in names and _opens_panel(element):
            panels.update((element.get("aria-controls") or "").split())
        if not _HIDING_ATTRIBUTES.isdisjoint(names) and is_hidden(element):
            hidden.append(element)
    hidden = [el for el in hidden if el.get("id") not in panels and not _is_collapsed_part(el)]
    shown = _pages_shown_in_turn(hidden)
    doomed.extend(el for el in hidden if el not in shown and not _holds_the_page(el, root))
    remove_elements(doomed)


def _ligature_icons(doc: Document) -> list[HtmlElement]:
    """Elements of an icon font that prints a word as its glyph (`LIGATURE_ICON_CLASSES`);
    not in a table's cell, where the icon is the value ("check": the plan has the feature)."""
    return [
        element
        for element in doc.named(LIGATURE_ICON_CLASSES)
        # (the class as written: CSS reads "Material-Icons" as another class)
        if "material-" in (element.get("class") or "")
        and not LIGATURE_ICON_CLASSES.isdisjoint(class_tokens(element))
        and len(element) == 0
        and text_length(element) <= MAX_ICON_NAME_CHARS
        and not any(ancestor.tag in ("td", "th") for ancestor in element.iterancestors())
    ]


def _is_button_link(link: HtmlElement) -> bool:
    """A link styled or marked as a button ("btn btn-primary", "wp-block-button__link",
    "cta-link", role="button") reading a call to action of a few words ("Buy Poster", "Try
    Bigin Now", "Click to expand..."): a control, as a <button> is, not a line of the text.
    Donation buttons stay for `appeal_boxes`; a link around a picture, and a disclosure's
    toggle ("<a role='button' aria-expanded='false'>What does it cost?</a>"), are none."""
    if link.get("role") != "button" and BUTTON_WORDS.isdisjoint(name_words(link, include_id=False)):
        return False
    if link.get("aria-controls") is not None or link.get("aria-expanded") is not None:
        return False  # a disclosure's toggle: its label is the heading of what it opens
    text = short_text(link, MAX_BUTTON_CHARS)
    if not text or link.find(".//img") is not None:
        return False  # no label, or a picture's link (a lightbox)
    # a donation button tells the appeal box around it (`appeal_boxes`); a paywall's box
    # has its "Log in" link besides its buttons
    return len(text.split()) <= MAX_BUTTON_WORDS and APPEAL_ACTION.match(text) is None


def _causes_of(text: str) -> list[re.Pattern[str]]:
    """What a box must name to be the box of the asks (`ASKS`) a link's words make ("Subscribe"
    asks for a paywall's subscription or for a newsletter's)."""
    return [ask.cause for ask in ASKS if ask.action.match(text)]


def _names_any(causes: list[re.Pattern[str]], text: str) -> bool:
    return any(cause.search(text) for cause in causes)


def _is_mark_link(link: HtmlElement) -> bool:
    """A link to a place on the page printed as a sign: a heading's permalink ("¶", "#",
    "§", "🔗"), a footnote's way back ("↩"), "↑" to the top. No word of the text."""
    href = link.get("href")
    if not href or not href.startswith("#") or len(link):
        return False
    text = (link.text or "").strip()
    return 0 < len(text) <= MAX_MARK_CHARS and _WORD.search(text) is None


def _pages_shown_in_turn(hidden: list[HtmlElement]) -> set[HtmlElement]:
    """The hidden elements that are pages of a run shown one at a time (a story's tabs, a
    gallery's pages of text): text outside links, with a sibling of the same tag and kind on
    view that holds text too. A carousel's hidden slides are not among them."""
    hidden_set = set(hidden)
    on_view: dict[HtmlElement, set[tuple[str, str]]] = {}  # per parent: (tag, kind) shown
    shown: set[HtmlElement] = set()
    for element in hidden:
        kind = _kind(element)
        parent = element.getparent()
        if kind is None or parent is None or not _holds_prose(element):
            continue
        if (name_words(element) | name_words(parent)) & CAROUSEL_WORDS:
            continue  # more cards, not more of the text
        if parent not in on_view:
            on_view[parent] = {
                (sibling.tag, sibling_kind)
                for sibling in parent
                if sibling not in hidden_set
                and (sibling_kind := _kind(sibling)) is not None
                and _holds_prose(sibling)
            }
        if (element.tag, kind) in on_view[parent]:
            shown.add(element)
    return shown


def _kind(element: HtmlElement) -> str | None:
    """The first class that says what the element is (not a grid's "row" or "col")."""
    return next(
        (name for name in (element.get("class") or "").split() if name not in GRID_CLASSES), None
    )


def _margin_figure(element: HtmlElement) -> bool:
    """An <aside> holding nothing but a figure, set between the paragraphs of the text: a
    picture in the margin of the story (its diagram, with the caption), not a side box."""
    if element.tag != "aside" or (element.text or "").strip():
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) != 1 or children[0].tag != "figure" or (children[0].tail or "").strip():
        return False
    neighbours = (element.getprevious(), element.getnext())
    return any(neighbour is not None and neighbour.tag == "p" for neighbour in neighbours)


def _holds_prose(element: HtmlElement) -> bool:
    """Whether `element` holds `MIN_PAGE_TEXT_CHARS` of text outside links."""
    linked = sum(text_length(link) for link in element.iter("a"))
    return text_length(element) - linked >= MIN_PAGE_TEXT_CHARS


def _sign_up_boxes(root: HtmlElement) -> list[HtmlElement]:
    """The boxes around an e-mail field that hold little else: a newsletter or subscription
    sign-up ("Subscribe to get the latest posts sent to your email."), wherever it sits."""
    boxes: list[HtmlElement] = []
    for field in root.iter("input"):
        if (field.get("type") or "").lower() != "email":
            continue
        box = None
        for ancestor in field.iterancestors():
            if ancestor.tag in ("body", "html") or _unprinted_length(ancestor) > MAX_SIGN_UP_CHARS:
                break
            box = ancestor
        if box is not None and not any(holds(taken, box) for taken in boxes):
            boxes.append(box)
    return boxes


def _unprinted_length(box: HtmlElement) -> int:
    """The length of a box's text without its fine print's lines (`FINE_PRINT`)."""
    length = text_length(box)
    if length <= MAX_SIGN_UP_CHARS or length > MAX_SIGN_UP_CHARS + MAX_FINE_PRINT_CHARS:
        return length
    for line in box.iter("p", "small"):
        text = raw_text(line)
        if FINE_PRINT.search(text):
            length -= len(text)
    return length


def appeal_boxes(links: list[HtmlElement], stats: dict[HtmlElement, Stats]) -> list[HtmlElement]:
    """The boxes asking for the reader's money or membership (see `APPEAL_ACTION`), or
    offering a subscription to read on (`SUBSCRIPTION_ACTION`: a paywall), around the `links`
    measured in `stats` (those still in the tree): the largest block around the ask holding at
    most `MAX_APPEAL_CHARS` of text, when its text names the ask's cause (`ASKS`). A donation
    link in a paragraph of the story is no box: the walk up stops at the story's paragraphs
    around it."""
    boxes: list[HtmlElement] = []
    for link in links:
        # the figures tell a short link without reading its text (a serialisation a link)
        figures = stats.get(link)
        if figures is None or not 0 < figures.text <= MAX_APPEAL_ACTION_CHARS:
            continue
        printed = link.text if not len(link) else raw_text(link)
        causes = _causes_of(printed.lstrip()) if printed else []
        if not causes:
            continue
        words = clean_text(printed)
        box = None
        inside = words
        for ancestor in link.iterancestors():
            measured = stats.get(ancestor)
            if (
                ancestor.tag in APPEAL_WALK_STOPS
                or measured is None
                or measured.text > MAX_APPEAL_CHARS
            ):
                break
            text = clean_text(raw_text(ancestor))
            added = text.replace(inside, "", 1)
            if len(added) > MAX_APPEAL_ASIDE_CHARS and not _names_any(causes, added):
                break  # the story around a small ask, not more of the ask
            box, inside = ancestor, text
        if (
            box is not None
            and box.tag in APPEAL_BOX_TAGS
            and not any(holds(taken, box) for taken in boxes)
            and _names_any(causes, inside)  # the box's text, read on the way up
        ):
            boxes.append(box)
    return boxes


def _holds_the_page(element: HtmlElement, root: HtmlElement) -> bool:
    """A wrapper near the top, made invisible by its style or a utility class, holding most of
    the page's text: the page itself, hidden until its scripts and styles load (``<div
    style="visibility: hidden">`` or ``<div class="root hide">`` around everything, against a
    flash of unstyled content or behind a preloader). Blocks removed from the layout by their
    own style or attribute (``display:none``, ``hidden``, ``aria-hidden``) are left hidden:
    shops hide whole catalogues and overlays that way."""
    style = element.get("style")
    if style and _NOT_DISPLAYED.search(style):
        return False
    if not (style and _INVISIBLE_STYLE.search(style)) and not _hidden_by_class(element):
        return False
    node = element
    for _ in range(PAGE_WRAPPER_DEPTH):
        parent = node.getparent()
        if parent is None or parent is root:
            break
        node = parent
    else:
        return False  # deeper than a page wrapper sits
    return text_length(element) > PAGE_WRAPPER_SHARE * text_length(root)


def _holds_panels(element: HtmlElement) -> bool:
    """Whether a descendant of `element` is a tab's or an accordion's panel."""
    return any(
        _is_collapsed_part(descendant) for descendant in element.iterdescendants(etree.Element)
    )


def _is_collapsed_part(element: HtmlElement) -> bool:
    """A hidden element that says it is a tab's panel (``role="tabpanel"``), is the body of a
    ``<details>`` disclosure, or is named as the folded part of an accordion or a FAQ
    ("faq__answer", "c-accordion__panel", "chakra-collapse"): the reader opens it with a
    click, whatever its button says."""
    if element.get("role") == "tabpanel":
        return True
    parent = element.getparent()
    if parent is not None and parent.tag == "details":
        return True  # the body of a <details> disclosure, hidden while it is closed
    return not name_words(element).isdisjoint(COLLAPSED_PART_WORDS)


def _opens_panel(element: HtmlElement) -> bool:
    """Whether the element, which has ``aria-controls``, is an accordion or tab button that
    opens the panels it names (``aria-expanded``, ``role="button"`` or ``role="tab"``: the
    WAI-ARIA tabs pattern, a docs page's instructions per system; or a ``<button>``): hidden
    until a reader clicks, they are part of the page, not hidden template text."""
    return (
        element.get("aria-expanded") is not None
        or element.get("role") in ("button", "tab")
        or element.tag == "button"
    )


def _script_fallbacks_to_drop(root: HtmlElement) -> list[HtmlElement]:
    noscripts = list(root.iter("noscript"))
    if not noscripts:
        return []
    total = text_length(root)
    lengths = [text_length(element) for element in noscripts]
    return [
        element
        for element, length in zip(noscripts, lengths, strict=True)
        if length < MIN_NOSCRIPT_PAGE_CHARS
        or (length < total - sum(lengths) and not _renders_block(element))
    ]


def _keep_fallback_picture(noscript: HtmlElement) -> None:
    """Put in place of a dropped <noscript> the one picture it holds, when the box around it
    holds no other: the only address the page gives for that picture (a lazy loader's <span
    data-src> stand-ins, which a script turns into an <img>). Where the box holds its own
    <img> (a lazy one with data-src), the fallback is a copy and goes; a picture in a link
    there is an ad's banner and its click-through."""
    parent = noscript.getparent()
    pictures = list(islice(noscript.iter("img"), 2))
    if parent is None or len(pictures) != 1 or noscript.find(".//a") is not None:
        return
    if any(img is not pictures[0] for img in parent.iter("img")):
        return
    picture = pictures[0]
    picture.tail = noscript.tail
    parent.replace(noscript, picture)


def _renders_block(noscript: HtmlElement) -> bool:
    """A <noscript> holding paragraphs that is all the text of the block around it: what a
    script would render there from a template."""
    parent = noscript.getparent()
    if parent is None or len(noscript.findall(".//p")) < MIN_NOSCRIPT_PARAGRAPHS:
        return False
    beside = len(raw_text(parent).strip()) - len(raw_text(noscript).strip())
    return beside <= MAX_CHARS_BESIDE_NOSCRIPT


def _sole_main_landmark(
    landmarks: list[HtmlElement], stats: dict[HtmlElement, Stats]
) -> HtmlElement | None:
    """The page's one main landmark holding prose (``<main>``, ``role="main"``, both often on
    one element), if it has exactly one once landmarks nested in another are set aside."""
    with_prose = [
        m
        for m in dict.fromkeys(landmarks)
        if (m_stats := stats.get(m)) is not None and m_stats.good
    ]
    outermost = [m for m in with_prose if not any(is_ancestor(o, m) for o in with_prose)]
    return outermost[0] if len(outermost) == 1 else None


def _inside_a_sentence(element: HtmlElement) -> bool:
    """A phrase element set inside a sentence: words run into it (or it opens a paragraph of
    a sentence's length) and the sentence runs on after it, in lower case or to the end of a
    clause ("I am a <a class='popup'>rather elderly</a> man")."""
    if element.tag not in PHRASE_TAGS:
        return False
    tail = element.tail or ""
    if not _RUNS_ON.match(tail):
        return False
    previous = element.getprevious()
    parent = element.getparent()
    if previous is not None:
        before = previous.tail or ""
    else:
        before = (parent.text or "") if parent is not None else ""
        if not before.strip():  # the sentence opens with it: one of a paragraph's length
            return parent is not None and text_length(parent) >= MIN_SENTENCE_CHARS
    return _RUNS_INTO.search(before) is not None


def _outside(element: HtmlElement, main: HtmlElement) -> bool:
    """Whether `element` lies beside `main`: neither inside it nor around it."""
    return element is not main and not is_ancestor(element, main) and not is_ancestor(main, element)


def _furniture_share(strong: frozenset[str]) -> float:
    if not strong:
        return MAX_FURNITURE_TEXT_SHARE
    if strong & (_COMMENT | OVERLAY_WORDS):
        return MAX_STRONG_FURNITURE_TEXT_SHARE
    return MAX_STRONG_BOX_TEXT_SHARE


def _content_header(element: HtmlElement, headline: HtmlElement | None) -> bool:
    """A box named only "header" (and given no role) that belongs to the content: it heads the
    content, or it holds paragraphs of prose; or a table of data whose header row the name
    is about (Wikipedia's "wikitable sortable sticky-header")."""
    if name_words(element) & _BOILERPLATE != {"header"} or element.get("role"):
        return False
    if element.tag == "table" and element.find(".//th") is not None:
        return True
    return _heads_the_content(element, headline) or _holds_paragraphs(element)


def _story_beside_share_bar(element: HtmlElement, strong: frozenset[str]) -> bool:
    """A box named only for sharing that holds paragraphs of prose: the layout wrapper that
    sets a sticky share bar beside the story ("documentContent__sharingContainer"). A share
    bar prints buttons, never paragraphs; boxes named for the other strong words (related
    stories, newsletters, author bios) do print some, so they are not judged so."""
    return bool(strong) and strong <= _SHARE_BAR and _holds_paragraphs(element)


def _holds_paragraphs(header: HtmlElement) -> bool:
    """A header box holding paragraphs of prose (a listicle's introduction): a header prints a
    title, a dek and a byline, not `MIN_HEADER_PARAGRAPHS` paragraphs."""
    long = 0
    for paragraph in header.iter("p"):
        if text_length(paragraph) >= MIN_HEADER_PARAGRAPH_CHARS:
            long += 1
            if long >= MIN_HEADER_PARAGRAPHS:
                return True
    return False


def _heads_the_content(header: HtmlElement, headline: HtmlElement | None) -> bool:
    """A header box around the page's first <h1>, printed as text and not as a link home, with
    no byline or dateline: the header of the content (a shop category's title and
    description), not the site's, nor an article's (its title and dek are read apart, its
    byline is not body text)."""
    if headline is None or headline.find(".//a") is not None:
        return False
    if not is_ancestor(header, headline):
        return False
    return not any(
        descendant.tag == "time" or name_words(descendant) & CREDIT_WORDS
        for descendant in header.iter(etree.Element)
    )


def drop_furniture(
    doc: Document,
    *,
    discussion: bool = False,
    product: bool = False,
    keep: Callable[[HtmlElement], bool] | None = None,
) -> dict[HtmlElement, Stats]:
    """Remove navigation, sidebars and share bars (rule group 3).

    The names are a prior that content can override: an element holding more than
    `MAX_FURNITURE_TEXT_SHARE` of the page's prose is a layout wrapper that happens to be named
    like furniture (``class="col-sm-9 sidebar-first-only"``), and is kept, unless it is mostly
    links (a rail whose headlines are blocks inside their links, counted as prose) or the page has
    one main landmark (``<main>``, ``role="main"``) holding prose and the element lies beside
    it (a site footer whose disclaimers outweigh a short article). On a discussion page
    (`discussion`: the page declares a forum thread or Q&A) the comments are the content, so
    `COMMENT_WORDS` do not count as furniture; on any other page they always do, once
    `MIN_ARTICLE_CHARS_BESIDE_COMMENTS` of prose lie outside the comments (a story under its
    readers' thread, declared an article or not: Slashdot declares nothing). A
    strong word the URL's path files the page under ("/newsletter/...") names the page's own
    content there, and weighs as an ordinary word.
    On a page declared a product (`product`), its buyers' reviews and questions
    (`PRODUCT_FURNITURE_WORDS`) are furniture too. Elements for which `keep` is true (an
    aside holding an editor's note or an update) stay.
    Returns the per-element features of what is left (see `scraper.features`).
    """
    root = doc.root
    body = root.find("body")
    scope = body if body is not None else root
    stats = measure(scope)
    # A strong word the URL's path is filed under names what the page is, not a box on it
    # (a newsletter issue at /newsletter/...: its template names the content "newsletter").
    page_kind = _path_words(doc.url) & _STRONG
    total = stats[scope].good or 1
    candidates = list(scope.iter(*FURNITURE_TAGS))
    headline = next((h1 for h1 in scope.iter("h1") if (h1.text or "").strip()), None)
    words = _BOILERPLATE - _COMMENT if discussion else _BOILERPLATE
    candidates += [
        el
        for el in doc.named(words)
        if is_boilerplate_name(el, ignore=_COMMENT if discussion else None)
    ]
    # a walk: faster than XPath's @role
    with_role = [el for el in scope.iterdescendants(etree.Element) if el.get("role") is not None]
    candidates += [el for el in with_role if is_boilerplate_name(el)]
    main = _sole_main_landmark([*scope.iter("main"), *filter(is_main_landmark, with_role)], stats)
    if product:
        candidates += doc.named(PRODUCT_FURNITURE_WORDS)
    candidates += appeal_boxes(doc.links, stats)
    stale: set[HtmlElement] = set()  # recomputed when read (linear in many removals)
    deferred = len(candidates) > SEQUENTIAL_REMOVALS  # see remove_elements
    doomed: dict[HtmlElement, None] = {}
    gone: set[HtmlElement] = set()  # removed, or to be: what lies inside goes with them
    threads: set[HtmlElement] = set()  # comment threads kept for holding most of the prose
    for element in candidates:
        if element is scope or element.getparent() is None or element in doomed:
            continue
        if gone and any(ancestor in gone for ancestor in element.iterancestors()):
            continue
        if element.get("itemprop") == "articleBody":
            continue  # declared the article's body, whatever its class says
        if _inside_a_sentence(element):
            continue  # a glossary "popup" link: its words are the sentence's
        strong = strong_words(element) - page_kind
        if threads and strong & _COMMENT and any(a in threads for a in element.iterancestors()):
            continue  # a reply list inside the thread that is the page's content
        refresh(element, stats, stale)
        element_stats = stats.get(element)
        prose = element_stats.good if element_stats is not None else 0
        if (
            prose / total <= _furniture_share(strong)
            or (element_stats is not None and element_stats.link_density > MAX_LINK_DENSITY)
            or (main is not None and _outside(element, main))
            or (
                not discussion
                and strong & _COMMENT
                and total - prose >= MIN_ARTICLE_CHARS_BESIDE_COMMENTS
            )
        ):
            if (
                (keep is not None and keep(element))
                or _content_header(element, headline)
                or _margin_figure(element)
                or _story_beside_share_bar(element, strong)
                or (
                    prose / total >= MIN_HEADLINED_TEXT_SHARE
                    and headline is not None
                    and is_ancestor(element, headline)
                )
            ):
                continue
            gone.add(element)
            parent = element.getparent()
            if deferred:
                doomed[element] = None
            else:
                remove_element(element)
            forget_subtree(element, parent, stats, stale)
        elif strong & _COMMENT:
            threads.add(element)  # the comments are the content (a link aggregator's thread)
    remove_elements(list(doomed))
    for element in list(stale):
        refresh(element, stats, stale)
    return stats
