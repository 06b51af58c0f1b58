"""Body extraction on page-builder layouts: an article split over sibling panels, and a rail
label over story cards. (A lead photo's caption printed beside the body is covered by the
responsiblestatecraft-alt fixture.)"""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.etree import _Element as HtmlElement

import scraper
from scraper.clean import drop_non_content, is_hidden
from scraper.extractors.body import is_furniture_line, is_link_cluster
from scraper.extractors.teasers import extract_teasers
from scraper.features import MAX_LINK_DENSITY, measure
from scraper.models import ListBlock, ParagraphBlock
from scraper.parse import parse_html
from scraper.pipeline import _main_landmark
from scraper.text import raw_text

SENTENCE = (
    "Negotiating a salary feels awkward, but employers expect it, and most leave room for it. "
)


def _panel(number: int, heading: str, sentences: int, commas: bool = True) -> str:
    # SiteOrigin Page Builder: each text block is a widget panel in a grid cell
    comma = "," if commas else ""
    return (
        f"<div id='pg-560-{number}' class='panel-grid panel-no-style'>"
        f"<div id='pgc-560-{number}-0' class='panel-grid-cell'>"
        f"<div id='panel-560-{number}-0-0' class='so-panel widget widget_text panel-first-child'>"
        f"<h3 class='widget-title'>{heading}</h3><div class='textwidget'>"
        + "".join(
            f"<p>{SENTENCE} (panel {number}{comma} point {n}). {SENTENCE}{comma} and more so in "
            f"year {n}.</p>"
            for n in range(sentences)
        )
        + "</div></div></div></div>"
    )


def _steps(count: int) -> str:
    """`count` paragraphs of article prose, "step 0" to "step count-1"."""
    return "".join(f"<p>{SENTENCE}, and step {n} matters.</p>" for n in range(count))


def _page(content: str, after: str = "") -> str:
    return (
        "<!DOCTYPE html><html lang='en-US'><head><title>How to Negotiate Salary | Careers"
        "</title></head><body class='page-template-default page'><header class='site-header'>"
        "<nav class='nav-primary'><ul class='menu'><li><a href='/'>Home</a></li>"
        "<li><a href='/students/'>Students</a></li></ul></nav></header>"
        "<main class='content'><article class='post-560 page type-page entry'>"
        "<h1 class='entry-title'>How to Negotiate Salary</h1><div class='entry-content'>"
        f"<div id='pl-560' class='panel-layout'>{content}</div></div>{after}</article></main>"
        "<footer class='site-footer'><p>© 2025 St. Mary's College</p></footer></body></html>"
    )


def test_an_article_split_over_two_panels_is_kept_whole() -> None:
    # the first panel holds 53% of the prose, and more commas (it scores far higher): the
    # second is part of the article all the same, not a sidebar
    html = _page(
        _panel(0, "Why should I negotiate?", 7) + _panel(1, "Benefits count too", 6, commas=False)
    )
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    assert "Why should I negotiate?" in page.article.text
    assert "Benefits count too" in page.article.text
    assert page.article.text.count("Negotiating a salary") == 2 * (7 + 6)


def test_a_rail_label_over_story_cards_is_not_body_text() -> None:
    cards = "".join(
        f"<div class='mb-2 post-head scroll-post' id='sPost_{n}'><div class='widget__head'>"
        f"<a class='widget__headline-link' href='/2025/12/story-{n}/'><h3 class='widget__headline'>"
        f"Senate leaders strike a late deal on the spending bill number {n}</h3></a></div>"
        f"<p class='widget__summary'>Lawmakers worked through the night on the package.</p>"
        "</div>"
        for n in range(3)
    )
    rail = (
        "<h2>Stories Chosen For You</h2><div id='story_page_paywall_1_story'></div>"
        "<div class='connatix-holder'><div id='3c873ced'></div></div>" + cards
    )
    html = _page(_panel(0, "Why should I negotiate?", 6), after=rail)
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    assert "Stories Chosen For You" not in page.article.text
    assert "Senate leaders" not in page.article.text


@pytest.mark.parametrize(
    "control",
    [
        "<a id='step_{n}_header' role='button' aria-expanded='false' ",
        "<a id='step_{n}_header' role='button' ",
        # a <button> that names its panel, its state in a data attribute (Wagtail)
        "<button type='button' data-expanded='false' ",
    ],
)
def test_collapsed_accordion_panels_are_part_of_the_article(control: str) -> None:
    # the panel's button says it is collapsed, or (a React build) only which panel it opens
    closing = "</button>" if control.startswith("<button") else "</a>"
    steps = "".join(
        "<div class='es-accordion'>"
        + control.format(n=n)
        + f"aria-controls='step_{n}_content' class='pill-listing'>Step {n}{closing}"
        f"<div id='step_{n}_content' style='display:none;'><p>{SENTENCE}, which is why step {n} "
        "matters before any installer visits your home to size the system.</p></div></div>"
        for n in range(1, 4)
    )
    hidden = "<div style='display:none'><p>Template text a script never shows to anyone.</p></div>"
    intro = "".join(
        f"<p>{SENTENCE}, and solar panels pay off in year {n} on most roofs we see.</p>"
        for n in range(4)
    )
    html = _page(f"<div class='guide-body'>{intro}{steps}{hidden}</div>")
    page = scraper.extract(html, url="https://www.example.com/solar/installation-guide/")
    assert page.article is not None
    assert all(f"step {n} matters" in page.article.text for n in range(1, 4))
    assert "Template text" not in page.article.text


@pytest.mark.parametrize(
    "panel",
    [
        # a FAQ's answer folded by the theme's script (no aria-controls on its question)
        "<div class='faq-answer accordion-content' style='display:none'>{}</div>",
        # the body of a closed <details> (Cloudflare's FAQ), hidden from screen readers
        "<details><summary>Show</summary><div class='content' aria-hidden='true'>{}</div>"
        "</details>",
        "<div class='chakra-collapse' style='display: none; opacity: 0;'>{}</div>",
        "<div class='a-expander-content' style='display:none'>{}</div>",
        # a tab's panel by its role, its tab drawn by CSS-in-JS without aria-controls
        "<div class='css-l8vwfh' role='tabpanel' hidden>{}</div>",
    ],
)
def test_folded_faq_answers_and_tab_panels_are_part_of_the_page(panel: str) -> None:
    answers = "".join(
        f"<div class='faq-item'><h3 class='faq-question'>Question {n}?</h3>"
        + panel.format(f"<p>{SENTENCE}, and answer {n} says why the rule applies.</p>")
        + "</div>"
        for n in range(3)
    )
    hidden = "<div style='display:none'><p>Template text a script never shows to anyone.</p></div>"
    html = _page(f"<div class='content'>{_steps(4)}{answers}{hidden}</div>")
    page = scraper.extract(html, url="https://www.example.com/blog/crypto-rules")
    assert page.article is not None
    assert all(f"answer {n} says why" in page.article.text for n in range(3))
    assert "Template text" not in page.article.text


def test_an_accordion_marked_as_a_tablist_around_its_panels_is_part_of_the_page() -> None:
    """Bootstrap's accordion markup (a Drupal utility's rebate page): ``role="tablist"`` on
    the box holding each question and its folded panel. The panels' rules are the page's
    text; a row of tabs marked the same way, with no panel inside, stays out."""
    rules = "".join(
        f"<li>{SENTENCE}, and rebate rule {n} applies to every claim.</li>" for n in range(3)
    )
    accordion = (
        "<div class='accordion' id='accordion-1674' role='tablist'><div class='accordion-item' "
        "id='heading-accordion-16'><h3 class='card-header' role='tab'><a data-toggle='collapse' "
        "href='#collapse-accordion-1' aria-expanded='false'>Eligibility requirements</a></h3>"
        "<div class='card-block panel-collapse collapse' id='collapse-accordion-1'><div "
        f"class='clearfix text-formatted field'><ul>{rules}</ul></div></div></div></div>"
    )
    tabs = (
        "<div class='share-tabs' role='tablist'><a role='tab' href='#print'>Print</a> "
        "<a role='tab' href='#email'>Email this page</a></div>"
    )
    html = _page(f"<div class='node__content clearfix'>{_steps(8)}{accordion}{tabs}</div>")
    page = scraper.extract(html, url="https://homeenergy.example.com/smart-thermostats")
    assert page.article is not None
    assert all(f"rebate rule {n} applies" in page.article.text for n in range(3))
    assert "Email this page" not in page.article.text


def test_hidden_tab_panels_are_part_of_the_article() -> None:
    # the WAI-ARIA tabs pattern (Microsoft Learn): one panel per system, the others hidden
    # until a reader picks its tab
    systems = ("windows", "macos", "linux")
    tabs = "".join(
        f"<a href='#tabpanel_1_{name}' role='tab' aria-controls='tabpanel_1_{name}'>{name}</a>"
        for name in systems
    )
    panels = "".join(
        f"<section id='tabpanel_1_{name}' role='tabpanel'{'' if n == 0 else ' hidden'}>"
        f"<p>{SENTENCE}, and on {name} the installer sets up the core tools.</p>"
        f"<pre><code>install-tools --{name}</code></pre></section>"
        for n, name in enumerate(systems)
    )
    intro = _steps(4)
    hidden = "<div hidden><p>Template text a script never shows to anyone.</p></div>"
    html = _page(
        f"<div class='content'>{intro}<div role='tablist'>{tabs}</div>{panels}{hidden}</div>"
    )
    page = scraper.extract(html, url="https://learn.example.com/azure/functions-run-local")
    assert page.article is not None
    assert all(f"on {name} the installer" in page.article.text for name in systems)
    assert "install-tools --linux" in page.article.text
    assert "Template text" not in page.article.text


def _genesis_post(og_type: str, comments: int) -> str:
    # WordPress, Genesis theme: the comment thread follows the entry, named "entry-comments"
    post = "".join(
        f"<p>{SENTENCE}, and the garden spray in step {n} keeps the aphids off the kale.</p>"
        for n in range(12)
    )
    thread = "".join(
        f"<li class='comment even thread-even depth-1' id='comment-{n}'><article>"
        "<header class='comment-header'><p class='comment-author'><span "
        f"class='comment-author-name'>Reader {n}</span> <span class='says'>says</span></p>"
        f"<p class='comment-meta'><time class='comment-time'>July {n % 28 + 1}, 2015</time>"
        "</p></header><div class='comment-content'><p>"
        + f"I tried this on my own garden, reader note {n}, and it worked well for me. " * 3
        + "</p></div></article></li>"
        for n in range(comments)
    )
    return (
        "<!DOCTYPE html><html lang='en-US'><head><title>Organic Garden Spray | Homestead"
        f"</title><meta property='og:type' content='{og_type}'></head><body class='single'>"
        "<div class='site-inner'><main class='content'><article class='post-1 post entry'>"
        "<h1 class='entry-title'>Organic Garden Spray</h1>"
        f"<div class='entry-content'>{post}</div></article>"
        "<h2 class='screen-reader-text'>Reader Interactions</h2>"
        f"<div class='entry-comments' id='comments'><h3>{comments} Comments</h3>"
        f"<ol class='comment-list'>{thread}</ol></div></main></div></body></html>"
    )


@pytest.mark.parametrize("og_type", ["article", "website"])
def test_a_long_comment_thread_under_a_post_is_not_body(og_type: str) -> None:
    # 120 comments hold over 90% of the page's prose: they are still the readers', not the
    # post, whether the page declares an article or not (Slashdot declares nothing)
    page = scraper.extract(_genesis_post(og_type, 120), url="https://www.example.com/spray/")
    assert page.article is not None
    assert page.article.text.count("the garden spray in step") == 12
    assert "reader note" not in page.article.text


def test_a_comment_box_under_a_blog_post_is_not_body() -> None:
    # PIXNET (a Taiwanese blog host): the readers' comments in div#comment-box, each a list
    # of the comment and the blogger's reply, under the post
    post = "".join(
        f"<p>一波波接續性低溫寒流報到，已將尖石鄉後山一帶層層山巒披上嫣紅的彩衣。玉峰道路一路上"
        f"雲氣山嵐滯留山頭，第{n}天我們順路下切蜿蜒道路，不久即抵達美樹營地賞楓。</p>"
        for n in range(12)
    )
    thread = "".join(
        f"<ul class='single-post' id='comment-{n}'><li class='post-info'><span class='user-name'>"
        f"讀者{n}</span> 於 2013/12/28 10:{n:02d}</li><li class='post-text'>"
        + f"露營兼賞楓，好棒的生活，讀者留言{n}。" * 4
        + "</li><li class='reply-text'>謝謝來訪！</li></ul>"
        for n in range(20)
    )
    html = (
        "<!DOCTYPE html><html lang='zh-TW'><head><title>新竹尖石_美樹營地賞楓 @ 史蒂文的家"
        "</title></head><body><div id='main'><div id='content'><div id='article-area'>"
        "<div class='article'><h2 class='title'>新竹尖石_美樹營地賞楓</h2>"
        f"<div class='article-content'><div class='article-content-inner'>{post}</div></div>"
        "</div><div id='user-post'><div class='user-post-box' id='comment-box'>"
        "<h3 class='user-post-title' id='comment-title'>留言列表 (20)</h3>"
        f"<div class='user-post-text' id='comment-text'>{thread}</div></div></div></div></div>"
        "</div></body></html>"
    )
    page = scraper.extract(html, url="https://example.pixnet.net/blog/post/39926")
    assert page.article is not None
    assert page.article.text.count("抵達美樹營地賞楓") == 12
    assert "讀者留言" not in page.article.text


def test_the_trackbacks_under_a_post_are_not_body() -> None:
    # WordPress, Genesis theme: the pingbacks other blogs left, listed under a short post
    pings = "".join(
        f"<li id='comment-{n}' class='pingback even thread-even depth-1'><article class="
        "'comment-body'><footer class='comment-meta'><div class='comment-author vcard'><b "
        f"class='fn'><a href='https://blog{n}.example/link-party/'>Link Party #{n}</a></b> "
        "<span class='says'>says:</span></div></footer><div class='comment-content'><p>[…] "
        f"Ten easy wood projects to make this weekend, linked from party {n} […]</p></div>"
        "</article></li>"
        for n in range(4)
    )
    html = (
        "<!DOCTYPE html><html lang='en-US'><head><title>10 Easy DIY Wood Projects | Create"
        "</title><meta property='og:type' content='article'></head><body class='single'>"
        "<div class='site-inner'><main class='content'><article class='post-15083 post entry'>"
        "<h1 class='entry-title'>10 Easy DIY Wood Projects</h1><div class='entry-content'>"
        + "".join(
            f"<p>{SENTENCE}Project {n} needs one board and an afternoon.</p>" for n in range(3)
        )
        + "</div></article><div class='entry-pings'><h3>Trackbacks</h3><ol class='ping-list'>"
        f"{pings}</ol></div></main></div></body></html>"
    )
    page = scraper.extract(html, url="https://www.example.com/10-easy-diy-wood-projects/")
    assert page.article is not None
    assert page.article.text.count("needs one board") == 3
    assert "Trackbacks" not in page.article.text
    assert "linked from party" not in page.article.text


def test_the_reply_form_under_a_post_is_not_body() -> None:
    # WooCommerce on WordPress: no review yet, so no thread, only WordPress's reply form with
    # its prompts and field labels
    form = (
        "<div id='reviews' class='woocommerce-Reviews'><div id='review_form_wrapper'>"
        "<div id='review_form'><div id='respond' class='comment-respond'><span "
        "id='reply-title' class='comment-reply-title'>Be the first to review “Foam Roller”"
        "</span><form action='/wp-comments-post.php' method='post' id='commentform' "
        "class='comment-form'><p class='comment-notes'><span id='email-notes'>Your email "
        "address will not be published.</span> <span class='required-field-message'>Required "
        "fields are marked <span class='required'>*</span></span></p><div "
        "class='comment-form-rating'><label for='rating'>Your rating&nbsp;<span "
        "class='required'>*</span></label></div><p class='comment-form-comment'><label "
        "for='comment'>Your review&nbsp;<span class='required'>*</span></label><textarea "
        "id='comment' name='comment'></textarea></p></form></div></div></div></div>"
    )
    html = (
        "<!DOCTYPE html><html lang='en-US'><head><title>Foam Roller | Prism</title></head>"
        "<body class='product-template-default single single-product'><div id='primary'>"
        "<div class='entry content-bg entry-content-wrap product type-product'>"
        "<h1 class='product_title entry-title'>Foam Roller</h1><div class='woocommerce-tabs "
        "wc-tabs-wrapper'><div class='woocommerce-Tabs-panel woocommerce-Tabs-panel--description"
        " panel entry-content wc-tab' id='tab-description'>"
        f"<h2>Description</h2><p>{SENTENCE * 3}</p></div><div class='woocommerce-Tabs-panel "
        "woocommerce-Tabs-panel--reviews panel entry-content wc-tab' "
        f"id='tab-reviews'>{form}</div></div></div></div></body></html>"
    )
    page = scraper.extract(html, url="https://shop.example.com/product/foam-roller/")
    assert page.article is not None
    assert SENTENCE.strip() in page.article.text
    for prompt in ("Be the first to review", "will not be published", "Your rating"):
        assert prompt not in page.article.text


def _taz_article(thread_class: str) -> str:
    # taz.de: the readers' comments follow the article in a region of their own, each a
    # member's message with its own heading, and together hold most of the page's prose
    article = "".join(
        f"<p class='article {'even' if n % 2 else 'odd'}'>{SENTENCE} The mine's rail line, "
        f"part {n}, runs through land the owners never ceded.</p>"
        for n in range(14)
    )
    messages = "".join(
        f"<li class='member' id='bb_message_{3901200 + n}'><div class='objlink nolead'>"
        f"<h4>Leser{n}</h4><p class='first last odd'>Reader message {n}: "
        + "the rail line was never the only question here. "
        * 12
        + "</p>"
        "</div></li>"
        for n in range(40)
    )
    return (
        "<!DOCTYPE html><html lang='de'><head><title>Siemens und die Kohlemine - taz.de</title>"
        "<meta property='og:type' content='article'></head><body><div id='pages' class='news'>"
        "<div class='full news article page first odd'><span class='body'>"
        "<div class='odd sect sect_article news'><article class='sectbody'>"
        f"<h1>Siemens und die Kohlemine</h1>{article}</article></div></span></div>"
        "<div class='full community page last even'><span class='body'>"
        f"<div role='region' class='even sect {thread_class}'>"
        f"<ul class='sectbody directory'>{messages}</ul></div></span></div></div></body></html>"
    )


@pytest.mark.parametrize("thread_class", ["sect_commentlinks style_commentlinks", "commentwrap"])
def test_a_comment_thread_named_as_one_word_is_not_the_article(thread_class: str) -> None:
    page = scraper.extract(_taz_article(thread_class), url="https://taz.de/Siemens/!5655255/")
    assert page.article is not None
    assert page.article.text.count("runs through land the owners never ceded") >= 13
    assert "Reader message" not in page.article.text


def _journal_abstract_page(list_open: str, item_open: str, list_close: str) -> str:
    # Atypon Literatum (a journal's article page): the abstract's labelled sections, then the
    # reference list, whose citations hold four times the abstract's text and most of its commas
    sections = "".join(
        f"<h2 class='article-section__title section__title' id='_i{n}'>{label}:</h2><p>{text}</p>"
        for n, (label, text) in enumerate(
            [
                (
                    "Background",
                    "Observational studies suggest that vaccination reduces "
                    "hospitalizations among elderly persons, but selection biases them.",
                ),
                (
                    "Objective",
                    "To determine the effect of the vaccine on hospitalization and "
                    "mortality in elderly persons, by a regression discontinuity design.",
                ),
                (
                    "Results",
                    "Vaccination rates rose sharply at the age of eligibility, while "
                    "hospitalization and mortality rates showed no such discontinuity.",
                ),
                (
                    "Conclusion",
                    "Current strategies that prioritize elderly persons may be "
                    "less effective than the observational record suggests.",
                ),
            ]
        )
    )
    references = "".join(
        f"{item_open}{n}. Author{n} SK , Second{n} E , Third{n} J , et al. A study of the "
        f"vaccine, number {n}, in a cohort. Vaccine. 2013;31:{n}-48. [PMID: {24055351 + n}] "
        "Crossref Medline Google Scholar</li>"
        for n in range(1, 43)
    )
    return (
        "<!DOCTYPE html><html><head><title>The Effect of Influenza Vaccination | Annals"
        "</title></head><body class='pb-ui'><main class='content article-page'>"
        "<article class='container'><div class='row'><div class='article__content'>"
        "<h1 class='citation__title'>The Effect of Influenza Vaccination for the Elderly</h1>"
        "<div class='article__body'><div class='hlFld-Abstract'>"
        f"{sections}</div><div class='article__references'><h2>References</h2>"
        f"{list_open}{references}{list_close}</div></div></div></div></article></main>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("list_open", "item_open", "list_close"),
    [
        ("<ul class='rlist separator'>", "<li class='references__item'>", "</ul>"),
        ("<ol class='references'>", "<li>", "</ol>"),
    ],
)
def test_a_reference_list_does_not_outweigh_the_abstract(
    list_open: str, item_open: str, list_close: str
) -> None:
    html = _journal_abstract_page(list_open, item_open, list_close)
    page = scraper.extract(html, url="https://www.annals.example/doi/10.7326/M19-3075")
    assert page.article is not None
    assert "no such discontinuity" in page.article.text
    assert "less effective than the observational record" in page.article.text


def test_a_strong_word_after_a_content_class_is_a_state_class() -> None:
    # WordPress, Hueman theme: "share" on the entry says its share buttons are on; the sidebars
    # and related posts around it hold most of the page's prose
    entry = "".join(
        f"<p>Von ihren 32 Jahren im Sender war sie, Abschnitt {n}, in leitenden Funktionen "
        "tätig, zuletzt als Intendantin.</p>"
        for n in range(8)
    )
    related = "".join(
        f"<li class='related post-hover'><article class='post-{n} post type-post'>"
        f"<h4 class='post-title entry-title'><a href='/meldung-{n}/'>Meldung {n} aus der "
        f"Stadt</a></h4></article></li>"
        for n in range(6)
    )
    sidebar = "".join(
        f"<li><p>Polizeimeldung {n}: In der Innenstadt wurde am Abend, so die Polizei, ein "
        "Fahrrad gestohlen, Zeugen werden gebeten, sich zu melden, heißt es.</p></li>"
        for n in range(6)
    )
    html = (
        "<!DOCTYPE html><html class='no-js' lang='de-DE'><head><title>Intendanten-Wechsel"
        "</title></head><body class='post-template-default single single-post'>"
        "<div id='wrapper'><div class='container' id='page'><div class='main'>"
        "<section class='content' id='content'><div class='hu-pad group'>"
        "<article class='post-263788 post type-post status-publish'>"
        "<div class='post-inner group'><h1 class='post-title entry-title'>"
        "Intendanten-Wechsel</h1><div class='clear'></div>"
        f"<div class='entry themeform share'><div class='entry-inner'>{entry}</div>"
        "</div></div></article>"
        f"<ul class='related-posts group'>{related}</ul></div></section>"
        f"<div class='sidebar s1'><ul>{sidebar}</ul></div></div></div></div></body></html>"
    )
    page = scraper.extract(html, url="https://dubisthalle.de/intendanten-wechsel/")
    assert page.article is not None
    assert page.article.text.count("in leitenden Funktionen") >= 7
    assert "Polizeimeldung" not in page.article.text


def _sphinx_section(slug: str, heading: str, paragraphs: int) -> str:
    # docutils/Sphinx: every section is a div whose id is its heading's slug
    prose = "".join(
        f"<p>Bob pulls the draft changeset {n} from the review repository, amends it, and "
        f"pushes it back; the obsolescence markers travel with it, so step {n} of {slug} is "
        "safe.</p>"
        for n in range(paragraphs)
    )
    return (
        f"<div class='section' id='{slug}'><h2>{heading}<a class='headerlink' href='#{slug}' "
        f"title='Permalink to this headline'>¶</a></h2>{prose}</div>"
    )


def test_a_section_whose_id_spells_its_heading_is_not_named_by_it() -> None:
    # "sharing-with-a-single-developer" names a link target, not a share bar
    sections = (
        _sphinx_section("introduction", "Introduction", 3)
        + _sphinx_section("sharing-with-a-single-developer", "Sharing with a single developer", 4)
        + _sphinx_section("social-coding-and-code-review", "Social coding and code review", 3)
    )
    html = (
        "<!DOCTYPE html><html><head><title>Evolve: Shared Mutable History</title></head><body>"
        "<div class='related' role='navigation'><ul><li><a href='index.html'>Docs</a></li>"
        "</ul></div><div class='document'><div class='body' role='main'>"
        f"<div class='section' id='evolve-shared-mutable-history'><h1>Evolve: Shared Mutable "
        f"History</h1>{sections}</div></div></div>"
        "<div class='footer'>© Copyright 2010-2017, Pierre-Yves David</div></body></html>"
    )
    page = scraper.extract(html, url="https://www.mercurial-scm.org/doc/evolve/sharing.html")
    assert page.article is not None
    headings = [block.text for block in page.article.blocks if block.type == "heading"]
    assert "Sharing with a single developer" in headings
    assert "Social coding and code review" in headings
    assert page.article.text.count("obsolescence markers travel") == 10


def test_a_markdown_heading_whose_id_spells_it_heads_its_section() -> None:
    # Hugo / Jekyll: heading ids are slugs of the heading ("related-work")
    html = _page(
        _steps(3)
        + "<h2 id='related-work'>Related work</h2>"
        + f"<p>{SENTENCE} Earlier studies of pay talks looked at offers, not counter-offers.</p>"
        + _steps(2),
        after="<div id='related-posts' class='widget'><h2>Related posts</h2><ul>"
        + "".join(
            f"<li><a href='/blog/salary-tips-{n}/'>Salary tip number {n} for new graduates</a></li>"
            for n in range(4)
        )
        + "</ul></div>",
    )
    page = scraper.extract(html, url="https://example.edu/careers/negotiate-salary/")
    assert page.article is not None
    headings = [block.text for block in page.article.blocks if block.type == "heading"]
    assert headings == ["Related work"]
    assert "Salary tip number" not in page.article.text


def test_permalink_and_back_link_signs_are_not_text() -> None:
    # a heading's permalink ("#" from a Markdown renderer, "¶" from Sphinx), a footnote's
    # reference ("1") and its way back ("↩︎")
    html = _page(
        "<h2 id='setup'>Setting up<a class='anchor' href='#setup' aria-label='Permalink'>#</a>"
        "</h2>"
        f"<p>{SENTENCE} Start early.<sup><a href='#fn1' id='ref1'>1</a></sup></p>"
        "<h2 id='offers'>Counter-offers<a class='headerlink' href='#offers'>¶</a></h2>"
        + _steps(3)
        + "<ol class='footnotes'><li id='fn1'>Most offers leave room to move. "
        "<a href='#ref1' class='footnote-backref'>↩︎</a></li></ol>"
    )
    page = scraper.extract(html, url="https://example.edu/careers/negotiate-salary/")
    assert page.article is not None
    headings = [block.text for block in page.article.blocks if block.type == "heading"]
    assert headings == ["Setting up", "Counter-offers"]
    assert "Start early.1" in page.article.text
    assert "Most offers leave room to move." in page.article.text
    assert "↩" not in page.article.text


@pytest.mark.parametrize(
    "meta",
    [
        # WordPress's classic theme (Kubrick) and its many descendants
        "<p class='postmetadata alt'><small>This entry was posted on Tuesday, May 6th, 2014 at "
        "11:30 pm and is filed under <a href='/category/careers/' rel='category tag'>Careers"
        "</a>. You can follow any responses to this entry through the RSS 2.0 feed.</small></p>",
        "<footer class='entry-meta'>Posted in <a href='/category/careers/'>Careers</a> | "
        "Tagged <a href='/tag/salary/'>salary</a> | <a href='#respond'>Leave a comment</a>"
        "</footer>",
    ],
)
def test_a_posts_filing_line_under_it_is_not_text(meta: str) -> None:
    html = _page(_steps(4), after=meta)
    page = scraper.extract(html, url="https://example.edu/careers/negotiate-salary/")
    assert page.article is not None
    assert "step 3 matters" in page.article.text
    assert "filed under" not in page.article.text and "Posted in" not in page.article.text


def test_icon_font_ligatures_are_not_text() -> None:
    """Material Icons print a word that the font draws as a glyph ("<span class='material-icons'>
    check</span>" before each feature): the word is not text. In a table's cell the icon is
    the cell's value, kept."""
    icon = "<span class='material-icons-outlined md-18' aria-hidden='false'>{}</span>"
    features = "".join(
        f"<li>{icon.format('check')} {feature}</li>"
        for feature in ("Free unlimited e-filing", "All states included")
    )
    table = (
        "<table><tr><th>Feature</th><th>Pro</th></tr>"
        f"<tr><td>Client portal</td><td>{icon.format('check')}</td></tr></table>"
    )
    html = _page(_steps(3) + f"<ul class='features'>{features}</ul>" + table + _steps(2))
    page = scraper.extract(html, url="https://example.edu/careers/negotiate-salary/")
    assert page.article is not None
    lists = [block.items for block in page.article.blocks if isinstance(block, ListBlock)]
    assert lists == [["Free unlimited e-filing", "All states included"]]
    assert "Client portal | check" in page.article.text


def test_lists_of_bare_numbers_are_not_text() -> None:
    """A review's rating scale under each product ("1 2 3 4 5", a gear-review theme's
    <ul class="ratings">) and a pager's numbers say nothing; a numbered list of steps does."""
    scale = "<ul class='compare-ratings'>" + "".join(f"<li>{n}</li>" for n in range(1, 6))
    html = _page(
        _steps(2)
        + scale
        + "</ul><ol><li>Research the range for the role.</li><li>Name a number first.</li></ol>"
        + _steps(2)
        + scale
        + "</ul><ul class='page-numbers'><li>1</li><li> 2 </li></ul>"
    )
    page = scraper.extract(html, url="https://example.edu/careers/negotiate-salary/")
    assert page.article is not None
    lists = [block for block in page.article.blocks if isinstance(block, ListBlock)]
    assert [block.items for block in lists] == [
        ["Research the range for the role.", "Name a number first."]
    ]


def test_a_link_named_like_furniture_inside_a_sentence_keeps_its_words() -> None:
    # a study text whose glossary notes open in "popup" links; a share bar of "popup" links
    note = (
        "<a href='javascript:void(0);' onclick='return overlib(\"A note.\", STICKY)' "
        "class='popup'>{}</a>"
    )
    sentence = (
        f"<p>{note.format('I')} am a {note.format('rather elderly')} man. The nature of my "
        f"{note.format('avocations')}\n for the last thirty years has brought me into contact "
        f"with the {note.format('law-copyists')}.</p>"
    )
    share = (
        "<p class='share-line'>Share: <a class='popup' href='https://www.facebook.com/sharer'>"
        "Facebook</a> <a class='popup' href='https://twitter.com/intent/tweet'>Twitter</a></p>"
    )
    page = scraper.extract(_page(sentence + _steps(4) + share), url="https://example.edu/a/")
    assert page.article is not None
    assert (
        "I am a rather elderly man. The nature of my avocations for the last thirty years has "
        "brought me into contact with the law-copyists." in page.article.text
    )
    assert "Facebook" not in page.article.text


def test_a_news_story_above_a_longer_stream_of_summaries_is_the_body() -> None:
    # Yahoo's story page: the story's section, then a stream of cards each printing a
    # headline and a summary, twice as long as the story; the header is read apart
    story = "".join(
        f"<p>Vanessa Hicks, a Navy veteran and photographer, said on day {n} that she had no "
        "idea the photo would be called controversial, and that it honoured the flag. The "
        f"parents, she said in her post {n}, had asked for the flag, as both of them serve, "
        "and she was proud to take the picture for them.</p>"
        for n in range(4)
    )
    stream = "".join(
        f"<li class='js-stream-content Pos-r'><div class='Cf'><h3 class='Fw-b'>"
        f"<a href='/news/story-number-{n}-on-the-stream-123{n}.html'>Story number {n} on the "
        "stream of the day</a></h3><p class='Fz-14'>A summary of the story that runs on for "
        f"some lines, with the facts of case {n}, as cards in a stream print them, a sentence "
        "or two and then the end of it, cut.</p><div class='Fz-12'>Good Morning America</div>"
        "</div></li>"
        for n in range(18)
    )
    html = (
        "<!DOCTYPE html><html><head><title>Veteran Wraps Baby in Flag, Photo Sparks Controversy"
        "</title></head><body><div id='MasterWrap'><div class='Col2'>"
        "<div class='yog-content Main' role='main'>"
        "<section class='yom-mod yom-article mediacontentstory'><div class='book clearfix'>"
        "<div class='hd'><h1 class='headline'>Veteran Wraps Baby in Flag, Photo Sparks "
        "Controversy</h1><cite class='byline'>By Good Morning America</cite></div>"
        f"<div class='body yom-art-content clearfix'>{story}</div></div></section></div>"
        f"<div class='App-Main'><ul id='Stream' class='Bleed Mb-0'>{stream}</ul></div>"
        "</div></div></body></html>"
    )
    page = scraper.extract(html, url="https://gma.yahoo.com/veteran-wraps-baby-flag-1.html")
    assert page.article is not None
    assert page.article.text.count("Vanessa Hicks") == 4
    assert "stream print them" not in page.article.text


def test_a_long_gallery_set_in_the_middle_of_a_story_does_not_take_its_place() -> None:
    # The Independent (Drupal): a gallery of 30 captioned slides embedded between the story's
    # paragraphs, its captions longer than the story
    def story(first: int) -> str:
        return "".join(
            f"<p>Hotel owner {n} said that towels and sheets might not be as clean as they "
            "look, and that guests should check the hand towels, the kettle and the remote "
            "when they arrive.</p>"
            for n in range(first, first + 4)
        )

    legends = "".join(
        f"<li data-gallery-legend='{n}'><h2><span class='counter'>{n}/30</span> Business "
        f"story {n}</h2><p>Revenues at company number {n} dipped 8.8 per cent, the group said "
        "on Tuesday, as sales fell in Europe, costs rose, and the chief executive warned that "
        "the year ahead would be hard for the industry.</p><p class='credits'>Getty</p></li>"
        for n in range(1, 31)
    )
    html = (
        "<!DOCTYPE html><html><head><title>Seven secrets hotel owners don't want you to know"
        "</title></head><body class='not-front article'><div class='content'>"
        "<div class='region region-content'><article class='full-article'>"
        "<header><h1>Seven secrets hotel owners don't want you to know</h1></header>"
        "<div class='article-wrapper clearfix'><div class='main-content-column'>"
        f"<div class='text-wrapper'>{story(0)}<h3>1. Check the towels</h3>"
        "<div class='dnd-widget-wrapper context-full type-gallery'><div class='dnd-atom-"
        "rendered'><div class='container grid-mod-gallery'><div class='full-gallery'>"
        f"<div class='scroller'><ul class='legends'>{legends}</ul></div></div></div></div>"
        f"</div>{story(4)}</div></div></div></article></div></div></body></html>"
    )
    page = scraper.extract(html, url="https://www.independent.co.uk/travel/hotel-secrets.html")
    assert page.article is not None
    assert page.article.text.count("Hotel owner") == 8


def test_a_list_of_notes_nesting_a_list_of_links_is_text() -> None:
    # "These Weeks in Firefox" (WordPress): a note, then "In progress:" over a list of bug
    # links; a menu nesting submenus stays navigation
    bugs = "".join(
        f"<li><a href='https://bugzilla.mozilla.org/show_bug.cgi?id=16770{n}'>Bug 16770{n} – "
        f"Fullscreen PiP window number {n} is affected by switching video source</a></li>"
        for n in range(5)
    )
    notes = (
        "<h4>Picture-in-Picture</h4><ul><li>We’ve got the green light for another round of "
        "MSU students hacking on Picture-in-Picture next semester!</li>"
        f"<li>In progress:<ul>{bugs}</ul></li></ul>"
    )
    menu = (
        "<ul class='tags-cloud'><li><a href='/tag/a/'>Firefox</a><ul><li><a href='/tag/b/'>"
        "Nightly</a></li><li><a href='/tag/c/'>Beta</a></li></ul></li><li><a href='/tag/d/'>"
        "Add-ons</a></li></ul>"
    )
    html = _page(_steps(8) + notes + _steps(6) + menu)
    page = scraper.extract(html, url="https://blog.nightly.mozilla.org/2020/12/22/weeks/")
    assert page.article is not None
    assert "another round of MSU students" in page.article.text
    assert "Bug 167704 – Fullscreen PiP window number 4" in page.article.text
    assert "Nightly" not in page.article.text


def test_a_list_whose_items_say_more_than_their_links_is_text() -> None:
    # Class Central's report: each item links a course, then names its school and platform;
    # a list of bare subject links beside it stays navigation
    courses = "".join(
        f"<li><a href='/course/edx-introduction-to-data-science-{n * 7}'>Introduction to Data "
        f"Science, part {n}</a> from <a href='/university/harvard'>Harvard University</a> via "
        f"FutureLearn ★★★★★({n})</li>"
        for n in range(6)
    )
    links = "".join(
        f"<li><a href='/subject/{subject.lower()}'>{subject}</a></li>"
        for subject in ("Computer Science", "Business", "Humanities", "Data Science", "Health")
    )
    html = _page(
        _steps(8) + f"<h2>Data courses</h2><ul>{courses}</ul>" + _steps(6) + f"<ul>{links}</ul>"
    ).replace("<head>", "<head><meta property='og:type' content='article'>")
    page = scraper.extract(html, url="https://www.classcentral.com/report/free-certificates/")
    assert page.article is not None
    assert page.article.text.count("from Harvard University via FutureLearn") == 6
    assert "Humanities" not in page.article.text


@pytest.mark.parametrize("wrapped", [False, True])
def test_teaser_cards_set_as_the_items_of_a_list_are_not_body_text(wrapped: bool) -> None:
    # CityLab (Atlantic CMS): a "most popular" list inside the story's column, each item a
    # card (kicker, linked headline, excerpt); a list of the story's own stays
    # (or each item wraps a card of its own: "<li><article class='card'>")
    item = (
        "<li><article class='card post'>"
        if wrapped
        else "<li class='c-article-most-popular__item'>"
    )
    end = "</article></li>" if wrapped else "</li>"
    cards = "".join(
        f"{item}<div class='c-article-most-popular__content'>"
        f"<span class='c-article-most-popular__channel'>Transportation</span>"
        f"<h3 class='c-article-most-popular__hed'><a href='/transportation/2019/04/story-{n}/'>"
        f"Story number {n} on the buses of the city</a></h3><p>The city decided to partially "
        f"subsidize trips in case {n}, rather than pay for a bus line of its own.</p></div>{end}"
        for n in range(5)
    )
    steps = (
        "<ol>" + "".join(f"<li>Step {n}: count the neon signs.</li>" for n in range(3)) + "</ol>"
    )
    html = _page(
        _steps(12)
        + steps
        + _steps(6)
        + "<section class='c-article-most-popular'><h2>Most Popular</h2>"
        + f"<ol class='c-article-most-popular__list'>{cards}</ol></section>"
    ).replace("<head>", "<head><meta property='og:type' content='article'>")
    page = scraper.extract(html, url="https://www.citylab.com/design/2019/04/neon-signs/588400/")
    assert page.article is not None
    assert "Step 2: count the neon signs." in page.article.text
    assert "buses of the city" not in page.article.text
    assert len(page.teasers) == 5


def test_an_accordion_panel_region_named_dropdown_is_content() -> None:
    # Squarespace's accordion block: each answer sits in a role="region" panel named
    # "accordion-item__dropdown" under a button that opens it
    items = "".join(
        "<li class='accordion-item'><p class='accordion-item__title-wrapper' role='heading' "
        "aria-level='3'><button class='accordion-item__click-target' aria-expanded='false'>"
        f"<span class='accordion-item__title'>{n}. Question {n}?</span></button></p>"
        "<div class='accordion-item__dropdown' role='region'><div class='accordion-item__"
        f"description sqsrte-small'><p>Answer {n}: this course is for mid-career news "
        "professionals who solve complex problems in the news industry with product "
        "solutions, from any part of the organization.</p></div></div></li>"
        for n in range(1, 7)
    )
    intro = (
        "<p>The program is a rigorous, part-time and virtual course for news professionals, "
        "bringing together a diverse cohort from across the global news industry.</p>"
    )
    html = (
        "<!DOCTYPE html><html lang='en-US'><head><title>Certification — News Product"
        "</title></head><body><div id='siteWrapper' class='clearfix site-wrapper'>"
        "<main id='page' class='container' role='main'><article class='sections' "
        "id='sections'><section class='page-section'><div class='content-wrapper'>"
        f"<div class='content'><h1>Certification</h1>{intro}"
        "<div class='sqs-block accordion-block'><div class='sqs-block-content'>"
        f"<ul class='accordion-items-container'>{items}</ul></div></div></div></div>"
        "</section></article></main></div></body></html>"
    )
    page = scraper.extract(html, url="https://newsproduct.example/certification")
    assert page.article is not None
    assert all(f"Answer {n}:" in page.article.text for n in range(1, 7))


def test_a_picture_address_printed_as_a_line_is_not_body_text() -> None:
    # BigCommerce (Stencil): the product's custom fields, one a thumbnail's address per colour
    fields = "".join(
        f"<dt class='productView-info-name'>cat_thumb_{colour}:</dt>"
        "<dd class='productView-info-value'>https://cdn11.bigcommerce.com/s-hsi95a83fz/images/"
        f"stencil/160x160/uploaded_images/5001/5001_STAPLE_TEE_{colour.upper()}_THUMB_1.jpg</dd>"
        for colour in ("Bone", "Mushroom", "Black", "Natural")
    )
    description = "".join(
        f"<p>The Staple Tee, point {n}, is our most popular tee: a mid-weight, regular fit "
        "cut from combed cotton, with a neck rib that holds its shape.</p>"
        for n in range(5)
    )
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Staple Tee | 5001 | AS Colour</title>"
        "</head><body><main class='body'><div class='productView'><h1 class='productView-"
        f"title'>Staple Tee</h1><div class='productView-description'>{description}</div>"
        f"<dl class='productView-info'>{fields}</dl></div></main></body></html>"
    )
    page = scraper.extract(html, url="https://ascolour.example/staple-tee-5001/")
    assert page.article is not None
    assert "holds its shape" in page.article.text
    assert "bigcommerce.com" not in page.article.text


def _impreza_page(main_open: str, main_close: str) -> str:
    # WordPress, Impreza theme: a short lead-magnet page in the <main>, then the site footer
    # with the offices and two disclaimers that together hold more prose than the page
    intro = "".join(
        f"<p>Screening renters at the counter, check {n}, keeps unqualified drivers out of "
        "your fleet and your claims down.</p>"
        for n in range(3)
    )
    disclaimer = (
        "This material is not intended to replace the advice of a qualified advisor, and "
        "information has been obtained from sources believed to be reliable. " * 6
    )
    return (
        "<!DOCTYPE html><html lang='en-US'><head><title>Best Practices: Vehicle Rentals - PSA"
        "</title></head><body class='page-template-default page l-body Impreza'>"
        "<div class='l-canvas type_wide'><header id='page-header' class='l-header pos_fixed'>"
        "<nav class='w-nav type_desktop'><ul><li><a href='/about/'>About</a></li>"
        "<li><a href='/insurance/'>Insurance</a></li></ul></nav></header>"
        f"{main_open}<section class='l-section wpb_row height_medium'>"
        "<div class='l-section-h i-cf'><div class='wpb_text_column'><div class='wpb_wrapper'>"
        f"<h1>Best Practices: Vehicle Rentals</h1>{intro}</div></div></div></section>"
        f"{main_close}<footer id='page-footer' class='l-footer'>"
        "<section class='l-section wpb_row'><div class='l-section-h i-cf'>"
        "<div class='wpb_text_column'><div class='wpb_wrapper'><h3>Locations</h3>"
        "<p>Baltimore, MD 11311 McCormick Rd., Suite 500 Hunt Valley, MD 21031</p>"
        f"<p>{disclaimer}</p><p>{disclaimer.replace('advisor', 'professional')}</p>"
        "<p>Copyright © 2023 PSA Financial Advisors, Inc. All Rights Reserved.</p>"
        "</div></div></div></section></footer></div></body></html>"
    )


@pytest.mark.parametrize(
    "main_open", ["<main id='page-content' class='l-main'>", "<div role='main' id='page-content'>"]
)
def test_a_footer_beside_the_main_landmark_is_furniture_however_long(main_open: str) -> None:
    main_close = "</main>" if main_open.startswith("<main") else "</div>"
    page = scraper.extract(
        _impreza_page(main_open, main_close), url="https://www.psa.example/rentals/"
    )
    assert page.article is not None
    assert "check 1" in page.article.text and "check 2" in page.article.text
    assert "not intended to replace" not in page.article.text
    assert "McCormick" not in page.article.text


def test_without_a_main_landmark_a_footer_holding_most_prose_is_a_wrapper() -> None:
    # no landmark tells the footer from the content: its share of the prose decides, as before
    page = scraper.extract(
        _impreza_page("<div id='page-content'>", "</div>"), url="https://www.psa.example/rentals/"
    )
    assert page.article is not None
    assert "not intended to replace" in page.article.text


def _aggregator_thread(depth: int, replies: int) -> str:
    # Lobsters-style link aggregator: the story is a link, the comments are the content, each
    # reply list nested inside the comment it answers and named "comments" like the outer one
    def subtree(level: int, path: str) -> str:
        if level > depth:
            return ""
        items = "".join(
            "<li class='comments_subtree'><div class='comment' id='c_" + path + str(n) + "'>"
            "<div class='details'><div class='byline'><a href='/~user" + path + str(n) + "'>"
            "user" + path + str(n) + "</a> 3 hours ago</div><div class='comment_text'><p>"
            f"Reply {path}{n}: {SENTENCE}, and that is what I would weigh first here.</p>"
            "</div></div></div>" + subtree(level + 1, f"{path}{n}.") + "</li>"
            for n in range(replies)
        )
        return f"<ol class='comments'>{items}</ol>"

    return (
        "<!DOCTYPE html><html><head><title>Rust project goals for 2024 | Lobsters</title>"
        "</head><body><div id='wrapper'><header id='nav'><a href='/'>Lobsters</a> "
        "<a href='/active'>Active</a> <a href='/recent'>Recent</a></header><div id='inside'>"
        "<ol class='stories list'><li class='story'><div class='details'><span class='link'>"
        "<a class='u-url' href='https://blog.example.org/rust-goals/'>Rust project goals for "
        "2024</a></span></div></li></ol>"
        f"<ol class='comments comments1'><li class='comments_subtree'>{subtree(1, '')}</li></ol>"
        "</div><footer><a href='/about'>About</a> <a href='/privacy'>Privacy</a></footer>"
        "</div></body></html>"
    )


def test_reply_lists_inside_the_thread_that_is_the_content_are_kept() -> None:
    # the outer thread holds the page's prose and stays; the nested reply lists, each a small
    # share of the page and named "comments", are part of it
    page = scraper.extract(_aggregator_thread(3, 3), url="https://lobste.rs/s/dwip3v/rust_goals")
    assert page.article is not None
    for reply in ("Reply 0:", "Reply 2.1:", "Reply 1.2.0:"):
        assert reply in page.article.text
    assert page.article.text.count("Reply ") == 3 + 9 + 27


@pytest.mark.parametrize(
    ("classes", "hidden"),
    [
        ("productView-info hide", True),  # BigCommerce's Stencil: Bootstrap 2's "hide"
        ("d-none capabilities-data", True),
        ("comparise-section hidden", True),
        ("modal is-hidden", True),  # Bulma
        ("d-none d-lg-block", False),  # shown from a desktop's width on
        ("hidden md:flex", False),  # Tailwind: shown from the md breakpoint
        ("hide-mob", False),
        ("hidden-xs", False),  # Bootstrap 3: hidden on phones only
        ("overflow-hidden", False),
    ],
)
def test_utility_classes_that_hide_an_element(classes: str, hidden: bool) -> None:
    element = etree.fromstring(f"<div class='{classes}'>x</div>")
    assert is_hidden(element) is hidden


def test_a_block_hidden_by_a_utility_class_is_not_body() -> None:
    # WooCommerce with a currency switcher: the price in eleven currencies sits in a hidden
    # list; the comparison drawer of a Shopify theme is hidden until opened
    paragraphs = "".join(
        f"<p>{SENTENCE}, and the hemp weave in panel {n} drapes the way linen does.</p>"
        for n in range(6)
    )
    html = (
        "<html><head><title>Iris Hemp Dress</title></head><body><main><div class='product'>"
        "<h1 class='product_title'>Iris Hemp Dress</h1><div class='price'>€132.34"
        "<div class='woocs_price_info hide'><ul class='woocs_price_info_list'>"
        + "".join(f"<li><b>{c}</b>: <span>{n}.56</span></li>" for n, c in enumerate("ABCDEF"))
        + "</ul></div></div>"
        f"<div class='woocommerce-product-details__short-description'>{paragraphs}"
        "<div class='d-none d-lg-block'><p>Sizes run true; shown on wide screens only, "
        "the fit notes are part of the description.</p></div></div>"
        "<div class='comparise-section hidden'><h2>Compare Products</h2><p>"
        + "Crusher headphones with personal sound, regular price and sale price. " * 8
        + "</p></div></div></main></body></html>"
    )
    page = scraper.extract(html.encode(), url="https://shop.example.com/product/iris/")
    assert page.article is not None
    text = page.article.text
    assert text.count("the hemp weave in panel") == 6
    assert "the fit notes are part of the description" in text
    assert "Compare Products" not in text and "D: 3.56" not in text


def test_a_page_wrapper_hidden_by_a_class_until_it_loads_is_the_page() -> None:
    # a preloader template: everything sits in <div class="root hide">, shown by a script
    paragraphs = "".join(
        f"<p>{SENTENCE}, and the nested engine in step {n} reads the outer one's tables.</p>"
        for n in range(8)
    )
    html = (
        "<html><head><title>Nesting database systems</title></head><body>"
        "<div class='main-preloader hide'></div><div class='root hide'><div class='wrapper'>"
        f"<article><h1>Nesting database systems</h1>{paragraphs}</article></div>"
        "<footer class='footer'><a href='/imprint'>Imprint</a></footer></div></body></html>"
    )
    page = scraper.extract(html.encode(), url="https://db.example.com/blog/nesting")
    assert page.article is not None
    # (the first paragraph, under the headline, is read as the dek)
    assert page.article.text.count("the nested engine in step") == 7


def test_react_streamed_segments_are_shown_whatever_their_number() -> None:
    # React numbers its streamed segments in hex: "S:1a" is revealed by the page's script
    # like "S:0"; other hidden elements stay hidden
    def element(attributes: str) -> etree._Element:
        return etree.fromstring(f"<div {attributes}>x</div>")

    assert not is_hidden(element("hidden='' id='S:0'"))
    assert not is_hidden(element("hidden='' id='S:1a'"))
    assert is_hidden(element("hidden='' id='S:note'"))
    assert is_hidden(element("hidden=''"))


def test_popovers_are_hidden_until_opened() -> None:
    # Invision Community prints its app-install card and menus as popovers (the HTML popover
    # API): not shown until a button opens them
    popover = (
        "<i-card popover id='iPwaInstall__learnPopover'><div class='iCard__content'>"
        "<div>To install this app on iOS and iPadOS</div><ul><li>Tap the Share icon in Safari"
        "</li><li>Scroll the menu and tap Add to Home Screen.</li></ul></div></i-card>"
    )
    paragraphs = _steps(6)
    html = _page(f"<div class='article-body'>{popover}{paragraphs}</div>")
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert "install this app" not in page.article.text
    assert "Add to Home Screen" not in page.article.text
    assert page.article.text.count("step") == 6


def _squarespace_block(kind: str, inner: str) -> str:
    return (
        f"<div class='sqs-block {kind}-block sqs-block-{kind}'><div class='sqs-block-content'>"
        f"{inner}</div></div>"
    )


def _squarespace_post(bio: str = "") -> str:
    text = lambda n, count: _squarespace_block(  # noqa: E731
        "html",
        "<div class='sqs-html-content'>"
        + "".join(
            f"<p>{SENTENCE}, and block {n} keeps the story going, sentence {i}.</p>"
            for i in range(count)
        )
        + "</div>",
    )
    image = _squarespace_block("image", "<figure><img src='/s/photo.jpg' alt=''></figure>")
    # each block sits in a grid row of its own, three levels under the layout
    rows = "".join(
        f"<div class='row sqs-row'><div class='col sqs-col-12 span-12'>{block}</div></div>"
        for block in (text(1, 12), image, text(2, 3), image, text(3, 3))
    )
    return _page(f"<div class='sqs-layout sqs-grid-12 columns-12'>{rows}</div>{bio}")


def test_text_blocks_of_one_template_slot_are_one_article() -> None:
    # the first text block holds 67% of the prose, so widening alone keeps it on its own
    page = scraper.extract(_squarespace_post(), url="https://www.example.com/blog/post")
    assert page.article is not None
    assert all(f"block {n} keeps the story going" in page.article.text for n in (1, 2, 3))


def test_a_block_of_the_same_class_in_another_slot_is_not_a_twin() -> None:
    bio = (
        "<div class='quote-panel'><div class='sqs-html-content'><p>"
        + "Jane writes about careers and money for the college, and teaches a workshop. " * 4
        + "</p></div></div>"
    )
    page = scraper.extract(_squarespace_post(bio), url="https://www.example.com/blog/post")
    assert page.article is not None
    assert "teaches a workshop" not in page.article.text


def _design_system_section(number: int, paragraphs: int, box: str = "vds-box") -> str:
    # a design-system page builder (Kenvue's VDS): each text block of the article stands eight
    # wrappers deep in a section of its own, the sections side by side in the content column
    text = "".join(
        f"<p>{SENTENCE}, and section {number} says so in sentence {n}.</p>"
        for n in range(paragraphs)
    )
    return (
        "<section class='vds-d_flex vds-justify_right vds-w_51.5vw'><div class='vds-pl_screen'>"
        "<section class='vds-p_token(spacing.0) vds-bg_transparent'><div class='vds-d_grid "
        "vds-grid-rows_1fr'><div class='vds-box vds-flex_column'><div class='vds-box'>"
        f"<div class='{box}'><h2>Part {number}</h2><div class='vds-textStyle_body.regular "
        f"rich-text'>{text}</div></div></div></div></div></section></div></section>"
    )


@pytest.mark.parametrize(
    ("third_box", "third_kept"), [("vds-box", True), ("vds-box vds-box--promo", False)]
)
def test_text_blocks_deep_in_wrappers_made_alike_are_one_article(
    third_box: str, third_kept: bool
) -> None:
    # the second block holds 60% of the prose: too much to widen, and its twins stand too
    # far up for the near look-up; wrappers made alike say they are the same template's
    # (one made otherwise, a promo's, is not)
    sections = (
        _design_system_section(1, 3)
        + _design_system_section(2, 9)
        + _design_system_section(3, 3, box=third_box)
    )
    html = _page(f"<div class='vds-box article-page-content-column'>{sections}</div>")
    page = scraper.extract(html, url="https://www.example.com/baby-tips/toddler-own-bed")
    assert page.article is not None
    text = page.article.text
    assert "section 1 says so" in text and "section 2 says so" in text
    assert ("section 3 says so" in text) is third_kept


def test_the_text_before_a_box_holding_the_rest_of_the_story_is_kept() -> None:
    # Webflow: tip charts pasted as embeds, the second one's markup leaving its wrapper open,
    # so the rest of the post lands inside it; the post's opening sections and the first
    # chart stand before it
    opening = "".join(
        f"<h2>Opening part {n}</h2><p>{SENTENCE} The opening part {n} says so, plainly.</p>"
        f"<p>{SENTENCE}</p>"
        for n in range(5)
    )
    rest = "".join(
        f"<h2>Later part {n}</h2><p>{SENTENCE} The later part {n} says so, too.</p>"
        f"<p>{SENTENCE}</p>"
        for n in range(14)
    )
    chart = (
        "<table class='dataframe table'><thead><tr><th>Bill Total</th><th>15%</th></tr></thead>"
        + "".join(f"<tr><td>${n}0.00</td><td>${n}.50</td></tr>" for n in range(1, 9))
        + "</table>"
    )
    style = "<style>.responsive-table { overflow-x: auto; }</style>"
    # the headline stands in the blog's hero, apart from the rich text's column
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>How Much to Tip at Restaurants</title>"
        "</head><body><div class='blog-hero'><div class='blog-hero-content'><h1 class='blog-"
        "title'>How Much to Tip at Restaurants</h1><div class='blog-date'>March 3, 2025</div>"
        "</div><img src='/images/tips.webp' alt='' class='blog-hero-image'></div><div "
        "class='blog-columns-wrapper w-row'><div class='blog-left w-col w-col-3'><div "
        "class='toc'><a href='#understanding'>Understanding Tipping</a></div></div><div "
        "class='blog-right w-col w-col-9'><div class='blog-container'><div class='content-"
        "width-extra-large' id='content'><div class='rich-text-block blog-rich-text "
        f"w-richtext'>{opening}<h3>Tip Chart</h3><div class='w-embed'>{style}<div "
        f"class='responsive-table'>{chart}</div></div><h3>Tip Chart For Calculations</h3>"
        f"<p>{SENTENCE} {SENTENCE}</p><div class='w-embed'>{style}<div class='responsive-table'>"
        f"{chart}{rest}</div></div></div></div></div></div></div></body></html>"
    )
    page = scraper.extract(html, url="https://www.example.com/blog/tip-chart-and-guide")
    assert page.article is not None
    text = page.article.text
    assert all(f"opening part {n} says so" in text for n in range(5))
    assert all(f"later part {n} says so" in text for n in range(14))


def _testimonial(quote: str, name: str, company: str) -> str:
    # a WordPress block theme's pull-quote testimonial: a figure with the speaker's headshot
    return (
        "<section class='wp-block-jobber-t3-pullquote-testimonial t3'><figure class='wp-block-"
        "jobber-t3-pullquote-testimonial__content bookend'><blockquote class='wp-block-jobber-"
        f"t3-pullquote-testimonial__blockquote'><p><strong>{quote}</strong></p></blockquote>"
        "<div class='wp-block-jobber-t3-pullquote-testimonial__author-container'><div class='"
        "wp-block-jobber-t3-pullquote-testimonial__author-image'><img src='/wp-content/uploads/"
        f"2023/11/headshot-{name.split()[0]}.webp' alt='' width='64' height='64'></div>"
        f"<figcaption class='wp-block-jobber-t3-pullquote-testimonial__author'>{name} <span>"
        f"{company}</span></figcaption></div></figure></section>"
    )


def test_a_quotation_set_in_a_figure_with_a_photo_is_body_text() -> None:
    quote = "Join local networking groups, they cost very little and people get to know you."
    html = _page(_steps(6) + _testimonial(quote, "Christine Hodge", "Clearview Washing"))
    page = scraper.extract(html, url="https://www.example.com/academy/cleaning-trends/")
    assert page.article is not None
    quotes = [block for block in page.article.blocks if block.type == "quote"]
    assert [block.text for block in quotes] == [quote]
    assert "Christine Hodge Clearview Washing" in page.article.text


def test_a_carousel_s_cloned_quotations_are_printed_once() -> None:
    # a looping slider (Swiper) clones its first and last slides around the others
    slides = [
        _testimonial(f"Our crew saves hours every week with it, says customer number {n}.",
                     f"Customer{n} Name", "Cleaning Co.")
        for n in range(3)
    ]  # fmt: skip
    carousel = "".join([slides[-1], *slides, slides[0]])
    html = _page(
        _steps(6) + f"<div class='swiper'><div class='swiper-wrapper'>{carousel}</div></div>"
    )
    page = scraper.extract(html, url="https://www.example.com/academy/cleaning-trends/")
    assert page.article is not None
    quotes = [block.text for block in page.article.blocks if block.type == "quote"]
    assert sorted(quotes) == sorted(
        f"Our crew saves hours every week with it, says customer number {n}." for n in range(3)
    )


def test_a_page_hidden_until_it_loads_is_read() -> None:
    # GeeksforGeeks (Next.js): the whole page sits in a wrapper made invisible until the
    # styles load; a tooltip hidden the same way inside it stays out
    tooltip = "<span style='visibility:hidden'>Copied to the clipboard, paste it anywhere</span>"
    inner = _page(_panel(0, "Why should I negotiate?", 6) + tooltip)
    body = inner.split("<body class='page-template-default page'>", 1)[1].rsplit("</body>", 1)[0]
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>How to Negotiate Salary</title></head>"
        "<body><div id='__next'><div style='visibility:hidden;background-color:#ffffff;"
        f"min-height:100vh'>{body}</div></div></body></html>"
    )
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    assert page.article.text.count("Negotiating a salary") == 2 * 6
    assert "Copied to the clipboard" not in page.article.text


def test_a_catalogue_removed_from_the_layout_stays_hidden() -> None:
    # a shop's display:none block near the top, holding most of the page's text, is not shown
    # to readers (nor is one hidden by the hidden attribute)
    for hiding in ("style='display:none'", "hidden"):
        article = _page(_panel(0, "Why should I negotiate?", 4))
        catalogue = f"<div {hiding}>{_panel(1, 'Sponsored listings', 12)}</div>"
        doc = parse_html(
            article.replace("<body class='page-template-default page'>", f"<body>{catalogue}")
        )
        drop_non_content(doc)
        assert "Sponsored listings" not in raw_text(doc.root)
        assert "Why should I negotiate?" in raw_text(doc.root)


# A documentation page's code tabs (Emotion classes, as Twilio's docs print them): the steps for
# the first language are shown, those for the others hidden until their tab is picked.
def _language_tab(language: str, shown: bool) -> str:
    hiding = "" if shown else " style='display:none'"
    return (
        f"<div class='css-l8vwfh _R_3dtal5d_{language}'{hiding}><ol><li>Create a file called "
        f"send_sms.{language} and paste in the code that sends the message.</li><li>Replace the "
        f"account values with your own, then run send_sms.{language} from your terminal.</li>"
        "</ol></div>"
    )


def test_the_hidden_tabs_beside_the_one_shown_are_text() -> None:
    tabs = "".join(_language_tab(language, n == 0) for n, language in enumerate(("js", "py", "rb")))
    doc = parse_html(_page(_panel(0, "Send an SMS", 3) + f"<div class='css-tabs'>{tabs}</div>"))
    drop_non_content(doc)
    text = raw_text(doc.root)
    assert "send_sms.js" in text
    assert "send_sms.py" in text
    assert "send_sms.rb" in text


@pytest.mark.parametrize(
    "slide_class",
    [
        "slide-entry-wrap",  # a carousel's hidden slides are more cards, not more text
        "related-card",  # alone of its kind: nothing of it is on view
    ],
)
def test_hidden_boxes_that_are_not_pages_of_the_text_stay_hidden(slide_class: str) -> None:
    teaser = "Freyr buys a site for its Giga America battery plant, the company said on Monday"
    shown = f"<div class='slide-entry-wrap'><p>{teaser} (shown).</p></div>"
    hidden = f"<div class='{slide_class}' style='visibility:hidden'><p>{teaser} (hidden).</p></div>"
    slider = f"<div class='avia-slideshow'>{shown if 'slide' in slide_class else ''}{hidden}</div>"
    doc = parse_html(_page(_panel(0, "Why should I negotiate?", 3) + slider))
    drop_non_content(doc)
    assert "(hidden)" not in raw_text(doc.root)


def test_the_caption_of_a_picture_with_no_address_stays_out_of_the_text() -> None:
    # Dotdash Meredith: the <img> gets its address from a script; the figure's caption and
    # credit caption a picture the body cannot show, and picture captions are never text
    figure = (
        "<figure class='comp figure-wrapper'><div class='img-placeholder'><img width='1500' "
        "height='1000' alt='French press' class='lazyload mntl-image'></div>"
        "<figcaption class='mntl-figure-caption'>Pressing the plunger slowly keeps the grounds "
        "out of the cup. <span class='figure-article-caption-owner'>Credit: Serious Eats</span>"
        "</figcaption></figure>"
    )
    before, after = (
        "".join(f"<p>{SENTENCE}, and coffee step {n} matters.</p>" for n in steps)
        for steps in (range(6), range(6, 12))
    )
    html = _page(f"<div class='article-body'>{before}{figure}{after}</div>")
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    assert "Pressing the plunger" not in page.article.text
    assert "Credit: Serious Eats" not in page.article.text
    assert page.article.text.count("coffee step") == 2 * 6


CONTROL_LINES = (
    "Print this page", "Read full article", "More options", "Add to wishlist", "Rate this book",
    "Joined", "Reaction score", "Posts: 4958", "2 Likes", "Likes received", "Trophy points",
    "Senior Member", "Moderator", "Join Date: Aug 2008", "Last edited by",
    "Explore related questions", "See similar questions with these tags.",
    "Register", "Request a Quote", "Start free trial", "Book Now", "Ask Question",
    "Article continues below", "Advertisement - Continue Reading Below", "Click to expand...",
    # an ad slot's label in other languages
    "Anzeige", "- Anzeige -", "Werbung", "Publicité", "Reklama",
    "Show caption", "Press enter or click to view image in full size", "See Deal",
    "Get the Recipe", "Written by", "Pin this for later!", "Report inappropriate content",
    "Sent from my SM-S908U using AC Forums mobile app", "Sent from my iPhone using Tapatalk",
    # a product site's calls to action
    "Book a demo", "Start a Free Trial", "Shop Now", "Join Our Newsletter",
    "See price at Amazon", "Check the latest price on eBay", "Pick Up in Store",
    "FREE Fast Delivery", "Subscribe to get access", "Add to Cart", "Sold out",
    "Notify Me When Back in Stock", "In den Warenkorb", "Ajouter au panier", "See all reviews",
    "LOADING...", "No Reviews Yet", "Frequently Bought Together",
    "Loading prices for your region…",
    # a blogger's share ask, a newsletter's ad under its label, a rail's label left alone
    "If you like it, please share it!", "Help me spread the word about this podcast!",
    "Advertisement: New AI Book!", "You may be interested in the following topics as well:",
    # a forum's and a list's counters, Jetpack's subscription box, a newsletter's feedback ask
    "20 replies to this topic", "76 Replies", "Page 1 of 8", "Seite 2 von 5",
    "You must log in to answer this question.", "Discover more from Tiny House Giant Journey",
    "Subscribe to get the latest posts sent to your email.", "How Was This Issue?",
    # a prompt to follow the story's topics (Vox Media, the FT), a shop's screen-reader prompts
    "Follow topics and authors from this story to see more like this in your personalized "
    "homepage feed and to receive email updates.",
    "Get alerts on Energy when a new story is published",
    "Brief content visible, double tap to read full content.",
    # a post's taxonomy left as a line
    "Tags: Eigentum, Facebook, Open Source", "Categories:", "Filed under: News | Politics",
    "Posted in Blockchain, Smart Contract, Technologies",
    "Last update on 2024-03-01 / Affiliate links / Images from Amazon Product Advertising API",
    # a forum thread's furniture
    "Top Posters In This Topic", "Recently Browsing", "Share this post",
    # a newsletter's promise
    "Get the latest research and product news delivered straight to your inbox.",
    "Get the Morning Briefing in your inbox.",
    # an author box's byline after the story
    "Written by Paulina Gomes", "Posted by Alex Durán, Project Marketing",
    # shop cards' badges and buttons
    "Top Rated", "New Arrival", "Best Seller", "In stock", "Quick View", "Free Shipping",
    "See the Rating", "View details", "< back to top", "\u2191 Back to top",
    # a form's consent line
    "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use.",
    "By clicking “Post Your Answer”, you agree to our terms of service.",
    # a notice closing with one
    "To make Medium work, we log user data. By using Medium, you agree to our Privacy Policy, "
    "including cookie policy.",
    # a paywall's or a guest notice's sign-in prompt
    "Already have an account? Log in", "Already a subscriber? View your reports here →",
    "Vous avez déjà un compte ? Connectez-vous", "¿Ya tienes una cuenta? Inicia sesión",
    # an embed's consent placeholder, app, edition and support promos
    "Externer Inhalt", "Get the latest stories on your phone with the Daily Ledger app.",
    "Subscribe today to our e-edition for the full story.",
    "If you enjoyed reading this article, please consider supporting our journalism.",
    "Our interviews are costly to produce. If you've enjoyed this one, please support us by "
    "donating a small amount.",
)  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Posted in a hurry, this note explains the change.",
        "Posted in the New York Times on Monday, the letter drew replies",
        "Tags are how the archive finds a story: every story gets three.",
    ],
)
def test_sentences_opening_like_a_taxonomy_label_stay(line: str) -> None:
    assert not is_furniture_line(ParagraphBlock(text=line))


@pytest.mark.parametrize("control", CONTROL_LINES)
def test_control_labels_printed_as_lines_are_not_body_text(control: str) -> None:
    # buttons and links of a page's chrome, and the labels of a forum member's profile,
    # printed as a line of their own in the content
    paragraphs = _steps(6)
    html = _page(f"<div class='article-body'><div>{control}</div>{paragraphs}</div>")
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    assert control not in page.article.text
    assert page.article.text.count("step") == 6


@pytest.mark.parametrize(
    "line",
    [
        "© 2019 Science X Network",
        "Copyright 2019 by bumm film GmbH",
        "© dpa | Kay Nietfeld",  # a photo's credit printed apart from it
        "© 2022, BreakingBelizeNews.com. This article is the copyrighted property of Breaking "
        "Belize News. Written permission must be obtained before reprint in online or print "
        "media. REPRINTING CONTENT WITHOUT PERMISSION AND/OR PAYMENT IS THEFT.",
    ],
)
def test_a_line_opening_with_a_copyright_sign_is_not_body_text(line: str) -> None:
    html = _page(f"<div class='article-body'>{_steps(6)}<p>{line}</p></div>")
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    assert line not in page.article.text
    assert page.article.text.count("step") == 6


def test_prose_about_copyright_and_a_pictures_credit_are_kept() -> None:
    line = "Copyright law protects the recordings for seventy years after their release."
    figure = (
        "<figure><img src='https://www.example.edu/media/campus-hall.jpg' width='1200' "
        "height='800' alt='The hall'><figcaption>The hall in spring. <span class='credit'>"
        "© Marcel Burkhardt</span></figcaption></figure>"
    )
    html = _page(f"<div class='article-body'>{figure}<p>{line}</p>{_steps(6)}</div>")
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None and line in page.article.text
    images = [block.image for block in page.article.blocks if block.type == "image"]
    assert [image.credit for image in images] == ["© Marcel Burkhardt"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Foto: MDR/Bernd Cramer", "MDR/Bernd Cramer"),
        ("Photo by ev on Unsplash", "Photo by ev on Unsplash"),
        ("Crédits photos : Bestimage", "Bestimage"),
    ],
)
def test_a_credit_line_under_a_picture_is_the_pictures_credit(line: str, credit: str) -> None:
    figure = (
        "<figure><img src='https://www.example.edu/media/campus-hall.jpg' width='1200' "
        f"height='800' alt='The hall'></figure><p>{line}</p>"
    )
    html = _page(f"<div class='article-body'>{_steps(3)}{figure}{_steps(3)}</div>")
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None and line not in page.article.text
    images = [block.image for block in page.article.blocks if block.type == "image"]
    assert [image.credit for image in images] == [credit]


@pytest.mark.parametrize(
    "line",
    [
        "Page 1 of the report shows eight findings on the state of the river.",
        "3 replies were received by the council before the deadline passed.",
        "Discover more from our research team, who spent years on how trees grow.",
        "Tags: they said it was the best way to find a book in the old library",
        "If you like it, you should try the recipe with a little more salt next time.",
    ],
)
def test_prose_opening_like_a_counter_or_a_promo_is_kept(line: str) -> None:
    html = _page(f"<div class='article-body'><p>{line}</p>{_steps(6)}</div>")
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None and line in page.article.text


def test_a_sentence_opening_with_already_is_not_a_sign_in_prompt() -> None:
    line = "Already registered voters can check their polling place online."
    html = _page(f"<div class='article-body'><p>{line}</p>{_steps(6)}</div>")
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None and line in page.article.text


def test_a_section_heading_named_like_a_profile_label_is_kept() -> None:
    # "Messages" and "Online" head sections of an article; as lines of a post's profile
    # column they are chrome
    sections = "".join(
        f"<h2>{heading}</h2>"
        + "".join(f"<p>{SENTENCE}, and {heading.lower()} point {n}.</p>" for n in range(3))
        for heading in ("Messages", "Online")
    )
    html = _page(f"<div class='article-body'>{sections}</div>")
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    headings = [block.text for block in page.article.blocks if block.type == "heading"]
    assert headings == ["Messages", "Online"]


@pytest.mark.parametrize("rank", ["Well-known member", "2+ Year Member", "Senior Member"])
def test_a_member_rank_in_a_heading_is_not_body_text(rank: str) -> None:
    # XenForo prints the rank under each poster's name as <h5 class="userTitle">
    posts = "".join(
        f"<article class='message'><h4>poster{n}</h4><h5 class='userTitle'>{rank}</h5>"
        f"<div class='bbWrapper'><p>{SENTENCE}, reply {n}.</p></div></article>"
        for n in range(4)
    )
    html = _page(f"<div class='article-body'>{posts}</div>")
    page = scraper.extract(html, url="https://forum.example.org/threads/a-thread.123/")
    assert page.article is not None
    assert rank not in page.article.text
    assert page.article.text.count("reply") == 4


def _development_update(host: str) -> str:
    # Lemmy's fortnightly update: each contributor's merged change under their name, a
    # one-item list linking to the change
    sections = "".join(
        f"<h2>contributor{n}</h2><ul><li><a href='https://{host}/changes?pr={4800 + n}'>"
        f"{change}</a></li></ul>"
        for n, change in enumerate(CHANGES)
    )
    paragraphs = _steps(6)
    return _page(f"<div class='post-body'>{paragraphs}{sections}</div>").replace(
        "<head>", "<head><meta property='og:type' content='article'>"
    )


CHANGES = (
    "Always save remote image data before sending",
    "Replace unwrap calls in the federation tests",
    "Apply the scheduled post limit to future posts",
)


def test_a_list_of_sentence_links_to_another_site_is_body_text() -> None:
    # every item one link of a sentence's length to the code host: references, not a menu
    page = scraper.extract(_development_update("github.com"), url="https://lemmy.example/post/1")
    assert page.page_type == "article"
    assert all(change in page.article.text for change in CHANGES)


def test_the_same_list_linking_within_the_site_is_still_a_link_cluster() -> None:
    page = scraper.extract(_development_update("lemmy.example"), url="https://lemmy.example/post/1")
    assert page.page_type == "article"
    assert not any(change in page.article.text for change in CHANGES)


def _changelog_report(items: list[str], host: str) -> str:
    # an AsciiDoc post (Asciidoctor's HTML): each list in a <div class="ulist"> box, every
    # item one link to the change on the code host
    links = "".join(
        f"<li><p><a href='https://{host}/gcc/pulls/{97 + n}'>{item}</a></p></li>"
        for n, item in enumerate(items)
    )
    body = (
        f"<div class='sect1'><h2>Patches status</h2><div class='sectionbody'>{_steps(6)}"
        f"<div class='paragraph'><p>Many patches were sent for review:</p></div>"
        f"<div class='ulist'><ul>{links}</ul></div></div></div>"
    )
    return _page(f"<article id='post-page'><div class='content'>{body}</div></article>").replace(
        "<head>", "<head><meta property='og:type' content='article'>"
    )


PATCHES = [
    "libgccjit: Make is_same_type_as() supporting floating point types",
    "libgccjit: Allow casts between integers and pointers",
    "Update gccjit_sys",  # two words: most items, not every one, name a work
    "libgccjit: Fix get_size for long double",
    "Regenerate intrinsics",
    "Use generic builtin for saturating add/sub",
]


def test_a_changelog_list_in_a_box_of_its_own_is_body_text() -> None:
    page = scraper.extract(
        _changelog_report(PATCHES, "forge.sourceware.org"), url="https://blog.example.xyz/report"
    )
    assert page.article is not None
    assert all(patch in page.article.text for patch in PATCHES)


SOURCES = (
    "https://www.sciencedirect.com/science/article/pii/B9780128039687000010",
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3662288/",
    "https://www.jacc.org/doi/full/10.1016/j.jacc.2017.06.006",
)


def test_a_list_of_printed_addresses_to_other_sites_is_body_text() -> None:
    # a WordPress post's sources: each item a link printing its own address
    sources = "".join(f"<li><a href='{source}'>{source}</a></li>" for source in SOURCES)
    html = _page(_steps(6) + f"<p>Sources:</p><ol class='wp-block-list'>{sources}</ol>").replace(
        "<head>", "<head><meta property='og:type' content='article'>"
    )
    page = scraper.extract(html, url="https://www.heart-clinic.example/blog/statins/")
    assert page.article is not None
    assert all(source in page.article.text for source in SOURCES)


def test_a_share_list_in_kana_does_not_cite_works() -> None:
    # four kana ("ツイート", tweet) count as four words, not as a work's title
    page = scraper.extract(
        _changelog_report(["ツイート", "シェアする", "ツイート"], "twitter.com"),
        url="https://blog.example.xyz/report",
    )
    assert page.article is not None
    assert "ツイート" not in page.article.text


def _webflow_post() -> str:
    # a Webflow blog post: the story in two "rich-text" blocks, the first an intro and a
    # ranking whose names link to the companies' sites, call-to-action boxes between them
    rows = "".join(
        f"<tr><td><a href='https://www.company{n}.example/'>Company {n} Inc.</a></td>"
        f"<td>${9 - n}.{n}B</td></tr>"
        for n in range(8)
    )
    intro = (
        "<div class='rich-text w-richtext'><p>Electrical contractors play an important role in "
        "every kind of construction, from homes to data centres, and the market keeps growing "
        "each year.</p><p>So we dug into the most recent rankings to find the best of the best, "
        "and the companies that made both lists, with each earning more than $200M.</p>"
        "<div class='w-embed'><div class='table-scroll'><table class='siteline-table'><thead>"
        f"<tr><th>Company</th><th>Revenue</th></tr></thead><tbody>{rows}</tbody></table></div>"
        "</div></div>"
    )
    cta = (
        "<div class='blog_cta-holder'><div class='blog_cta'><div>Free Download</div><h4>Top 50 "
        "Fastest-Paying General Contractors in Commercial Construction</h4><p>See which "
        "contractors pay their subcontractors fastest, ranked by days to pay.</p><a "
        "href='/download'>Free Download</a><a href='/demo'>Watch Demo</a></div></div>"
    )
    main = "<div class='rich-text w-richtext'>" + _steps(24) + "</div>"
    body = f"<div class='post_body'><div class='post_img-wrap'></div>{intro}{cta}{cta}{main}</div>"
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Top Electrical Companies | Siteline</title>"
        "<meta property='og:type' content='article'></head><body><div class='main'><div "
        "class='post_section'><h1>Top Electrical Construction Companies</h1><div "
        f"class='post_grid'>{body}</div></div></div></body></html>"
    )


def test_a_story_split_over_rich_text_blocks_around_a_call_to_action_is_whole() -> None:
    page = scraper.extract(_webflow_post(), url="https://www.siteline.example/blog/top-companies")
    assert page.article is not None
    text = page.article.text
    assert "Electrical contractors play an important role" in text
    assert "Company 7 Inc." in text and "$2.7B" in text  # the ranking's names and figures
    assert text.count("step") == 24
    assert "Fastest-Paying" not in text and "Watch Demo" not in text


def _program_page(extension: str) -> str:
    # a housing agency's program page (WordPress): the program described, then its fact
    # sheets and forms as a box of linked cards
    sheets = ("Home Repair Program Flier", "Eligible Repairs Fact Sheet", "Income Limits Chart")
    cards = "".join(
        f"<a class='card' href='/wp-content/uploads/2025/06/sheet-{n}{extension}'>{name}</a>"
        for n, name in enumerate(sheets)
    )
    return _page(f"{_steps(8)}<h2>Documents</h2><div class='cards'>{cards}</div>").replace(
        "<head>", "<head><meta property='og:type' content='article'>"
    )


def test_a_box_of_links_to_documents_is_body_text() -> None:
    page = scraper.extract(_program_page(".pdf"), url="https://agency.example.org/home-repair/")
    assert page.article is not None
    assert "Eligible Repairs Fact Sheet" in page.article.text


def test_the_same_box_linking_to_pages_is_still_a_link_cluster() -> None:
    page = scraper.extract(_program_page("/"), url="https://agency.example.org/home-repair/")
    assert page.article is not None
    assert "Eligible Repairs Fact Sheet" not in page.article.text


def test_a_figure_set_in_an_aside_between_paragraphs_is_the_story_s() -> None:
    # a Next.js blog sets its diagrams in the margin: <aside><figure>...</figure></aside>
    figure = (
        "<aside class='styles_aside__27iG7'><figure><img src='/images/tamper-mesh.png' "
        "width='300' height='180'><figcaption>A sample tamper protection system: a conductive "
        "mesh lines the housing.</figcaption></figure></aside>"
    )
    side_box = (
        "<aside class='styles_aside__27iG7'><figure><img src='/images/ad.png' width='300' "
        "height='250'></figure><a href='/subscribe'>Subscribe to our newsletter</a></aside>"
    )
    page = scraper.extract(
        _page(_steps(3) + figure + _steps(3) + side_box + _steps(2)),
        url="https://garnix.example/blog/attested-builds",
    )
    assert page.article is not None
    images = [block for block in page.article.blocks if block.type == "image"]
    assert [image.image.url for image in images] == [
        "https://garnix.example/images/tamper-mesh.png"
    ]
    assert images[0].image.caption is not None and "tamper" in images[0].image.caption


def _aem_service_page(og_type: str = "website") -> str:
    # Adobe Experience Manager service page: <main> holds components in responsive-grid
    # wrappers, a hero with the page's lead, a row of figures, and service tabs, each tab a
    # heading, a one-line promise, a short paragraph and a "Learn more" link
    def component(kind: str, inner: str) -> str:
        return (
            f"<div class='{kind} aem-GridColumn aem-GridColumn--default--12'><div "
            f"class='cmp-{kind}'>{inner}</div></div>"
        )

    hero = (
        "<div class='rad-hero-image__content'><h1>Cybersecurity consulting</h1><div "
        "class='rad-hero-image__text'><p>Cyber threats grow with every new connection, every "
        "new supplier and every new line of code, and your defences have to grow faster, "
        "from the boardroom to the data centre, without slowing the business down.</p></div>"
        "</div>"
    )
    figures = "".join(
        f"<div class='rad-stat'><div class='rad-stat__value'>{value}</div><div "
        f"class='rad-stat__label'>{label}</div></div>"
        for value, label in (
            ("$10.5T", "estimated yearly cost of cybercrime in 2025"),
            ("86%", "of leaders expect a catastrophic cyber event within two years"),
            ("200%", "more disruption from 2017 to 2022"),
        )
    )
    tabs = "".join(
        f"<div class='rad-tabs__panel' role='tabpanel'><h3>{name}</h3><div "
        f"class='rad-tabs__subtitle'>{promise}</div><div class='rad-tabs__body'>Companies "
        f"are exposed in {name.lower()} when they change fastest. Learn how teams keep "
        "control.</div><a class='rad-button' href='/services/cyber'>Learn more</a></div>"
        for name, promise in (
            ("Cyber Strategy", "Design a secure business strategy that protects value"),
            ("Cyber Resilience", "Respond quickly to threats and new regulations"),
            ("Cyber Protection", "Modernize security to safeguard your digital core"),
            ("Quantum Security", "Shield your data for a quantum-safe future"),
        )
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Cybersecurity Consulting | Acme</title>"
        f"<meta property='og:type' content='{og_type}'></head><body class='radical-design'>"
        "<div class='root container responsivegrid'><header class='rad-global-nav'><nav>"
        "<a href='/insights'>Insights</a><a href='/careers'>Careers</a></nav></header>"
        "<main class='container responsivegrid'><div class='cmp-container'>"
        + component("heroimage", hero)
        + component("text", "<h2>Cybersecurity now</h2>")
        + component("stats", f"<div class='rad-stats'>{figures}</div>")
        + component("tabs", f"<h2>What we do</h2><div class='rad-tabs'>{tabs}</div>")
        + "</div></main><footer class='rad-global-footer'><a href='/privacy'>Privacy</a>"
        "</footer></div></body></html>"
    )


def test_a_page_made_of_sections_is_read_from_its_main() -> None:
    # the hero's lead scores best but holds under half of <main>'s text: the page's content
    # is all of <main>
    page = scraper.extract(_aem_service_page(), url="https://www.acme.example/services/cyber")
    assert page.page_type == "other"
    text = page.article.text
    for part in ("Cybersecurity now", "$10.5T", "Quantum Security", "a quantum-safe future"):
        assert part in text
    assert "Privacy" not in text and "Careers" not in text


RECIPES = (
    ("banza-chicken-bowls", "Banza Chicken Bowls with Calabrian Chili Sauce", 20),
    ("air-fryer-salmon", "Ridiculously Good Air Fryer Salmon", 84),
    ("air-fryer-chicken-tacos", "Ridiculously Good Chicken Tacos", 67),
    ("crispy-air-fryer-tofu", "Crispy Air Fryer Tofu with Peanut Sauce", 41),
    ("air-fryer-sweet-potatoes", "Air Fryer Sweet Potato Wedges", 33),
    ("honey-garlic-wings", "Sticky Honey Garlic Air Fryer Wings", 58),
)


def _recipe_category(og_type: str) -> str:
    # a food blog's category page (WordPress, Tailwind): its description under the title,
    # then carousels of recipe cards, each a link around a picture, its rating and its title
    cards = "".join(
        f"<article class='carousel-cell post-{n} post type-post hentry'><a href='/recipes/"
        f"{slug}'><img src='/tachyon/{slug}.jpg' alt='{title}'><div class='recipe-rating'>"
        f"<span>{reviews} reviews</span> / <span>5 average</span></div><h3 class='font-domaine"
        f" text-2xl'>{title}</h3></a></article>"
        for n, (slug, title, reviews) in enumerate(RECIPES)
    )
    carousel = f"<div class='carousel flex'>{cards}</div>"
    return (
        "<!DOCTYPE html><html lang='en-US'><head><title>Air Fryer Recipes - Pinch of Yum</title>"
        f"<meta property='og:type' content='{og_type}'></head><body><header class='site-header'>"
        "<nav><a href='/recipes'>Recipes</a><a href='/about'>About</a></nav></header><main>"
        "<section class='bg-gray-200'><div class='cat-desc col-span-8'><header class='text-"
        "center pb-8'><h1>Air Fryer Recipes</h1><p class='leading-relaxed'>I love a meal with "
        "crispiness and crunch, and these air fryer recipes deliver! The air fryer is a weeknight"
        " dinner superstar for me, perfectly cooked proteins, the crispiest veggies, and ideal "
        "for those nights when I need chicken nuggets and fries from the freezer. It does it "
        "all! If you are looking to buy an air fryer, this is my pick, and below are the recipes"
        " we make in ours week after week.</p></header></div></section><section class='p-"
        f"8'><h2>Top Rated Air Fryer Recipes</h2>{carousel}</section><section class='p-8'><h2>"
        f"Quick Air Fryer Dinners</h2>{carousel}</section></main><footer class='site-footer'>"
        "<p>© 2025 Pinch of Yum</p></footer></body></html>"
    )


@pytest.mark.parametrize("og_type", ["website", "article"])
def test_a_category_page_is_read_from_its_main_even_declared_an_article(og_type: str) -> None:
    # many sites declare every page an article (og:type): undated and unsigned, the page is
    # read as any other, from its <main>, not from the description the scorer prefers
    page = scraper.extract(
        _recipe_category(og_type), url="https://pinchofyum.example/recipes/air-fryer-recipes"
    )
    assert page.article is not None
    text = page.article.text
    assert "Top Rated Air Fryer Recipes" in text
    assert all(title in text for _, title, _ in RECIPES)
    assert "About" not in text and "© 2025" not in text


def test_the_main_landmark_replaces_a_chosen_minority_of_it() -> None:
    # the rule behind the page above, on real shapes where the scorer keeps only the hero
    # (an AEM service page scored 0 -> 0.92 on WCXB): the chosen containers under half of
    # <main>'s text give <main>; most of it, or no <main> around them, keep the choice
    root = parse_html(_aem_service_page(), url="https://www.acme.example/").root
    stats = measure(root)
    main = root.find(".//main")
    hero = root.find(".//div[@class='rad-hero-image__content']")
    tabs = root.find(".//div[@class='rad-tabs']")
    assert _main_landmark([hero], stats) is main
    assert _main_landmark([tabs], stats) is None  # the tabs hold most of <main>'s text
    assert _main_landmark([root.find(".//footer")], stats) is None  # not inside <main>


def test_a_forum_members_signature_is_not_body_text() -> None:
    # phpBB prints each member's signature under every post they write
    posts = "".join(
        f"<div id='p{n}' class='post bg{n % 2 + 1}'><div class='postbody'><h3><a href='#p{n}'>"
        f"Re: Salary talks</a></h3><div class='content'>{SENTENCE} Post {n} says so.</div>"
        f"<div id='sig{n}' class='signature'>Member {n}'s motto: fortune favours the bold, "
        "and the early bird gets the worm.</div></div></div>"
        for n in range(4)
    )
    html = _page(f"<div id='page-body' class='page-body'>{posts}</div>")
    page = scraper.extract(html, url="https://forum.example.org/viewtopic.php?t=487157")
    assert all(f"Post {n} says so." in page.article.text for n in range(4))
    assert "motto" not in page.article.text


def test_search_results_are_content_and_the_search_box_is_not() -> None:
    # a shop's category page lists its products in "search-results" above a longer buying
    # guide: the search form's name beside "results", what the search found is content
    results = "".join(
        f"<li class='product-tile'><a href='/product/C0{n}/trail-shoe-{n}'><span>Trail Shoe "
        f"{n}</span></a><span class='price'>${n}9.00</span><div>{SENTENCE}</div></li>"
        for n in range(6)
    )
    html = _page(
        "<div class='header-search'><form><input name='q'><p>Search our store for gear and "
        "clothing, from boots to tents, by brand or activity.</p></form></div>"
        f"<div id='search-results' class='search-results'><ul>{results}</ul></div>"
        "<div class='buying-guide'><h2>How to choose trail shoes</h2>"
        + "".join(f"<p>{SENTENCE * 2} Tip {n}.</p>" for n in range(8))
        + "</div>"
    )
    page = scraper.extract(html, url="https://shop.example.com/c/trail-shoes")
    assert all(f"Trail Shoe {n}" in page.article.text for n in range(6))
    assert "Search our store" not in page.article.text


def _post_with_bio(label: str) -> str:
    paragraphs = _steps(8)
    bio = (
        f"<h3>{label}</h3><p>Dana Reyes is a career coach who has helped 2,000 graduates "
        "negotiate their first offer. She lives in Denver.</p>"
    )
    return _page(f"<div class='entry-content'>{paragraphs}{bio}</div>")


@pytest.mark.parametrize("label", ["About the Author", "About the author:", "Meet the Writer"])
def test_an_author_bio_at_the_foot_of_the_article_is_not_body_text(label: str) -> None:
    page = scraper.extract(_post_with_bio(label), url="https://www.example.edu/careers/salary/")
    assert page.article.text.count("step") == 8
    assert "career coach" not in page.article.text
    assert label not in page.article.text


def test_a_section_about_authors_inside_the_article_is_kept() -> None:
    # the label opens the article's own section, in its first half: not a foot bio
    paragraphs = _steps(8)
    html = _page(
        "<div class='entry-content'><h2>About the authors</h2><p>Two economists wrote the "
        f"study this guide follows.</p>{paragraphs}</div>"
    )
    page = scraper.extract(html, url="https://www.example.edu/careers/salary/")
    assert "Two economists wrote the study" in page.article.text


def _product_page(declared: bool, *, opengraph: bool = False) -> str:
    # Shopify product template: the description, then the buyers' reviews widget
    product = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": '
        '"Product", "name": "Trail Runner 2", "offers": {"@type": "Offer", '
        '"price": "129.00", "priceCurrency": "USD"}}</script>'
        if declared
        else ""
    )
    if opengraph:  # a theme that declares the product in OpenGraph only
        product += "<meta property='og:type' content='product'>"
    description = "".join(
        f"<p>The Trail Runner 2 grips wet rock, drains in minutes and weighs 280 g, point {n}.</p>"
        for n in range(4)
    )
    reviews = "".join(
        f"<div class='review-item'><div class='review-title'>Great shoe {n}</div><p>I ran my "
        f"first ultra in these and my feet were fine the next day, buyer {n} says.</p></div>"
        for n in range(5)
    )
    return (
        f"<!DOCTYPE html><html><head><title>Trail Runner 2</title>{product}</head><body>"
        "<main class='product'><h1>Trail Runner 2</h1><div class='product__description "
        f"rte'>{description}</div><div id='shopify-product-reviews' class='product-reviews'>"
        f"<h2>Customer Reviews</h2>{reviews}</div></main></body></html>"
    )


def test_buyers_reviews_on_a_declared_product_page_are_not_body_text() -> None:
    page = scraper.extract(_product_page(True), url="https://shop.example.com/products/tr2")
    assert page.article.text.count("grips wet rock") == 4
    assert "buyer" not in page.article.text


def test_buyers_reviews_on_a_product_declared_in_opengraph_are_not_body_text() -> None:
    html = _product_page(False, opengraph=True)
    page = scraper.extract(html, url="https://shop.example.com/products/tr2")
    assert page.article.text.count("grips wet rock") == 4
    assert "buyer" not in page.article.text


def test_buyers_reviews_on_a_product_page_that_also_declares_a_webpage_are_not_body_text() -> None:
    webpage = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": '
        '"WebPage", "name": "Trail Runner 2"}</script>'
    )
    html = _product_page(True).replace("</title>", f"</title>{webpage}")
    page = scraper.extract(html, url="https://shop.example.com/products/tr2")
    assert page.article.text.count("grips wet rock") == 4
    assert "buyer" not in page.article.text


def test_reviews_on_a_page_that_declares_no_product_are_kept() -> None:
    page = scraper.extract(_product_page(False), url="https://shop.example.com/products/tr2")
    assert "buyer 3 says" in page.article.text


def _mediawiki_list_page() -> str:
    # MediaWiki "List of ..." article: a one-line lead, then sections of link lists in
    # div-col columns, every item a link to another article
    sections = "".join(
        f"<h2><span class='mw-headline' id='{letter}'>{letter}</span></h2>"
        "<div class='div-col' style='column-width: 18em;'><ul>"
        + "".join(
            f"<li><a href='/wiki/{letter}lang{n}' title='{letter}lang{n}'>{letter}lang{n}</a></li>"
            for n in range(12)
        )
        + "</ul></div>"
        for letter in "ABCDEF"
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><title>List of programming languages - "
        "Wikipedia</title></head><body class='mediawiki'><div id='mw-navigation'><nav "
        "id='p-navigation'><ul><li><a href='/wiki/Main_Page'>Main page</a></li></ul></nav></div>"
        "<main id='content' class='mw-body'><h1 id='firstHeading'>List of programming "
        "languages</h1><div id='bodyContent'><div id='mw-content-text'><div "
        "class='mw-parser-output'><p>This is an alphabetical list of notable programming "
        f"languages.</p>{sections}</div></div></div></main><footer id='footer'><ul><li><a "
        "href='/wiki/Privacy'>Privacy policy</a></li></ul></footer></body></html>"
    )


def test_the_link_lists_of_a_list_page_are_its_content() -> None:
    page = scraper.extract(_mediawiki_list_page(), url="https://en.wikipedia.org/wiki/List_of_x")
    text = page.article.text
    assert "alphabetical list of notable" in text
    assert all(f"{letter}lang11" in text for letter in "ABCDEF")
    assert "Main page" not in text and "Privacy policy" not in text


def test_gravity_forms_honeypot_fields_are_not_body_text() -> None:
    # the honeypot field and its description are hidden by Gravity Forms' stylesheet
    honeypot = (
        "<div id='field_14_18' class='gfield gfield--type-honeypot gform_validation_container "
        "field_sublabel_below gfield--has-description field_description_below "
        "gfield_visibility_visible'><label class='gfield_label'>X/Twitter</label><div "
        "class='gfield_description'>This field is for validation purposes and should be left "
        "unchanged.</div></div>"
    )
    paragraphs = _steps(6)
    html = _page(f"<div class='entry-content'>{paragraphs}<form>{honeypot}</form></div>")
    page = scraper.extract(html, url="https://www.example.edu/careers/salary/")
    assert "validation purposes" not in page.article.text
    assert page.article.text.count("step") == 6


def test_double_encoded_body_text_is_repaired() -> None:
    # a CMS that stored UTF-8 as Latin-1 prints "doesnâ\x80\x99t" for "doesn’t"
    def body_of(paragraph: str) -> list[str]:
        html = (
            "<html lang='en'><head><title>Pet insurance cost</title></head><body><article>"
            "<h1>Pet insurance cost</h1><p class='byline'>By Ann Lee</p>"
            + f"<p>{paragraph}</p>"
            + "</article></body></html>"
        )
        page = scraper.extract(html, url="https://example.com/research/pet-insurance-cost")
        assert page.article is not None
        return [getattr(block, "text", "") for block in page.article.blocks]

    broken = "Pet insurance doesn\u00e2\u0080\u0099t have to be a wallet-buster for owners. " * 3
    fixed = "Pet insurance doesn\u2019t have to be a wallet-buster for owners. " * 3
    assert body_of(broken) == [fixed.strip()]
    # accented text is left as written
    accented = "São Paulo's crème brûlée is naïve café fare, Âge d'or and all, in Zürich too. " * 2
    assert body_of(accented) == [accented.strip()]


def test_a_carousel_of_credited_pictures_gives_pictures_not_text() -> None:
    # Dotdash Meredith's image carousel: each item a picture and a caption holding its credit
    items = "".join(
        f"<li class='mntl-carousel__item'><div class='carousel-card'><img width='1500' "
        f"height='2667' src='https://example.com/kettle-{n}.jpg' alt='Kettle {n} on a counter'>"
        "</div><figcaption class='figure-article-caption'><span "
        "class='figure-article-caption-owner'>Credit: Serious Eats</span></figcaption></li>"
        for n in range(3)
    )
    html = _page(
        f"<div class='article-body'>{_steps(6)}<ul class='carousel-items'>{items}</ul></div>"
    )
    page = scraper.extract(html, url="https://www.example.com/best-kettles-7561234")
    assert page.article is not None
    assert "Credit: Serious Eats" not in page.article.text
    pictures = [block for block in page.article.blocks if block.type == "image"]
    assert len(pictures) == 3
    # a list whose items print sentences beside their pictures stays a list
    described = items.replace("Credit: Serious Eats", "The spout pours a slow, even stream")
    html = _page(f"<div class='article-body'>{_steps(6)}<ul>{described}</ul></div>")
    page = scraper.extract(html, url="https://www.example.com/best-kettles-7561234")
    assert page.article is not None
    assert page.article.text.count("The spout pours a slow, even stream") == 3


def test_a_sub_list_set_straight_inside_a_list_keeps_its_items() -> None:
    # Squarespace's editor writes sub-lists as <ul> children of the <ul>, with no <li> around
    sub_items = "".join(
        f"<li><p><strong>Station {n}</strong>: guests build their own plates at station {n}.</p>"
        "</li>"
        for n in range(3)
    )
    listing = f"<ul data-rte-list='default'><li><p>Examples:</p></li><ul>{sub_items}</ul></ul>"
    page = scraper.extract(_page(f"<div class='article-body'>{_steps(6)}{listing}</div>"))
    assert page.article is not None
    assert all(f"at station {n}" in page.article.text for n in range(3))


def test_linked_headings_over_sections_of_prose_are_not_cards() -> None:
    # a Squarespace buying guide: each pick a heading linked to a shop, then paragraphs of review
    def review(n: int) -> str:
        return f"I shot a wedding and two portrait sessions with model {n}; it never hunted. " * 10

    sections = "".join(
        f"<h2>{n}. <a href='https://www.shop.example.net/c/product/{n}-REG/camera_model_{n}.html'>"
        f"CAMERA MODEL {n}</a></h2><p>{review(n)}</p><p>It costs about ${n}00 more than the "
        "last one, and the battery lasts a full day of shooting.</p>"
        for n in range(1, 4)
    )
    html = _page(f"<div class='sqs-html-content'>{sections}</div>")
    page = scraper.extract(html, url="https://www.example.com/blog/2025/6/9/best-cameras")
    assert page.article is not None
    assert all(f"CAMERA MODEL {n}" in page.article.text for n in range(1, 4))
    assert all(page.article.text.count(f"model {n}; it never") == 10 for n in range(1, 4))
    assert page.teasers == []


def _webflow_newsletter(url_path: str) -> tuple[str, str]:
    # a Webflow newsletter issue: the template names the issue's own content "newsletter"
    issue = "".join(
        f"<p>Resistance training twice a week, part {n}, keeps muscle and bone strong as we "
        "age, and the protocol below fits in under an hour.</p>"
        for n in range(8)
    )
    html = (
        "<html lang='en'><head><title>Foundational Fitness Protocol</title></head><body><main>"
        "<section class='section-hero cc-newsletter'><div class='newsletter-wrapper cc-main'>"
        "<h1>Foundational Fitness Protocol</h1><article class='newsletter-content cc-main'>"
        f"<div class='rich-text-newsletter-cms w-richtext'>{issue}</div></article></div>"
        "</section><section class='about'>"
        + "<p>The podcast discusses science and science-based tools for everyday life.</p>"
        * 4
        + "</section><footer><p>Sign up for the monthly newsletter.</p></footer></main>"
        "</body></html>"
    )
    return html, f"https://www.example.com/{url_path}/foundational-fitness-protocol"


def test_a_newsletter_issue_filed_under_newsletter_is_the_content() -> None:
    html, url = _webflow_newsletter("newsletter")
    page = scraper.extract(html, url=url)
    assert page.article is not None
    assert page.article.text.count("Resistance training twice a week") == 8


def test_a_newsletter_box_on_a_page_filed_elsewhere_is_still_furniture() -> None:
    box = (
        "<div class='newsletter-signup'><h3>Get the newsletter</h3><p>Science and tools for "
        "everyday life, once a month, straight to your inbox.</p></div>"
    )
    html = _page(f"<div class='article-body'>{_steps(6)}{box}</div>")
    page = scraper.extract(html, url="https://www.example.com/blog/foundational-fitness")
    assert page.article is not None
    assert "straight to your inbox" not in page.article.text


def test_a_listicle_introduction_in_a_box_named_header_is_body_text() -> None:
    # Hearst's listicles: the introduction sits in a <section class="listicle-header">
    intro = "".join(
        f"<p>So you have decided to give your home a refresh, step {n}, and the hundreds of "
        "paint swatches, endless furniture arrangements and scores of style options make "
        "turning ideas into a remodel far from straightforward.</p>"
        for n in range(3)
    )
    picks = "".join(
        f"<div class='listicle-slide'><h2>Service {n}</h2><p>{SENTENCE}, and service {n} pairs "
        "you with a designer after a short style questionnaire about your budget.</p></div>"
        for n in range(4)
    )
    html = _page(
        f"<section class='listicle-header'><div class='listicle-intro'>{intro}</div></section>"
        f"<div class='listicle-body'>{picks}</div>"
    )
    page = scraper.extract(html, url="https://www.example.com/design/a1234/online-design/")
    assert page.article is not None
    assert all(f"refresh, step {n}" in page.article.text for n in range(3))
    # a header box with a title and a one-line dek is still a header, not body text
    header = "<header class='site-header'><p>Decor ideas, delivered every week.</p></header>"
    page = scraper.extract(_page(header + f"<div class='listicle-body'>{picks}</div>"))
    assert page.article is not None
    assert "delivered every week" not in page.article.text


# Deutsche Welle's audio pages: the report is one intro paragraph under the headline, then
# the author, the date and the page's tools.
DW_BRIEF = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>La perte des terres fertiles et les éléphants en Guinée-Conakry | DW | 23.05.2011</title>
<meta name="description" content="24 milliards de tonnes de terres fertiles sont perdues chaque
année à cause de la dégradation des sols, selon une étude menée par l'Institut de recherche pour
le développement, IRD à Dakar.">
</head><body class="html_body"><div class="bodyContent"><div class="col3">
<h4 class="artikel">Environnement</h4>
<h1>La perte des terres fertiles et les éléphants en Guinée-Conakry</h1>
<p class="intro">24 milliards de tonnes de terres fertiles sont perdues chaque
année à cause de la dégradation des sols, selon une étude menée par l'Institut de recherche pour
le développement, IRD à Dakar.</p>
<div class="group"><div class="longText">Auteur : Kossivi Tiassou<br>Edition : M-A.
Pioerron</div></div>
<div class="group"><ul class="smallList"><li><strong>Date</strong> 23.05.2011</li>
<li><a href="/fr/imprimer">Imprimer</a></li></ul></div>
</div></div></body></html>"""


def test_a_dek_that_is_all_the_prose_is_the_article() -> None:
    article = scraper.extract(DW_BRIEF, url="https://www.dw.com/fr/elephants/a-6533123").article
    assert article.subtitle and article.subtitle.startswith("24 milliards")
    assert "24 milliards de tonnes" in article.text
    assert "La perte des terres fertiles" not in article.text  # the headline stays out


def test_a_dek_over_an_article_stays_out_of_the_body() -> None:
    story = "".join(f"<p>{SENTENCE} Paragraph {n} of the report.</p>" for n in range(6))
    page = DW_BRIEF.replace('<div class="group">', story + '<div class="group">', 1)
    article = scraper.extract(page, url="https://www.dw.com/fr/elephants/a-6533123").article
    assert "Paragraph 5 of the report" in article.text
    assert "24 milliards" not in article.text


def _sidebar_widgets(count: int) -> str:
    """A sidebar of text widgets: prose of its own, more of it than a short post has."""
    return "".join(
        f"<div class='widget widget_text'><h3 class='widget-title'>Über uns {n}</h3>"
        f"<div class='textwidget'><p>{SENTENCE}{SENTENCE} Widget {n}, ein Text über die "
        f"Redaktion, ihre Leser und die Region.</p></div></div>"
        for n in range(count)
    )


# Hueman (a WordPress theme) names the post's text "entry themeform share" when its share
# buttons are on: a strong furniture word on the article's own column.
HUEMAN_POST = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Professionell entlöten – limespace</title></head><body class="single single-post">
<div class="container" id="page"><div class="main"><div class="main-inner group">
<section class="content"><div class="pad group"><article class="post-1869 post type-post
status-publish hentry"><div class="post-inner group">
<h1 class="post-title entry-title">Professionell entlöten – so machen Sie alte Geräte wieder
einsatzbereit</h1>
<p class="post-byline">von <span class="vcard author"><span class="fn">Limespacer</span></span>
· <span class="published">22. Oktober 2019</span></p>
<div class="entry themeform share"><div class="entry-inner">{story}</div></div>
</div></article></div></section>
<div class="sidebar s1"><div class="sidebar-content">{sidebar}</div></div>
</div></div></div></body></html>"""


def test_an_article_column_with_a_strong_furniture_name_is_kept() -> None:
    story = "".join(f"<p>{SENTENCE} Schritt {n} beim Entlöten, mit Ruhe.</p>" for n in range(9))
    page = HUEMAN_POST.replace("{story}", story).replace("{sidebar}", _sidebar_widgets(2))
    text = scraper.extract(page, url="https://www.limespace.de/2019/10/22/entloeten/").article.text
    assert "Schritt 0 beim Entlöten" in text
    assert "Schritt 8 beim Entlöten" in text


# Theia Sticky Sidebar (a script bundled with many WordPress themes) wraps each sticky column
# in "theiaStickySidebar": the main column, headline and all, too.
STICKY_POST = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Mitarbeiter fordern Bundeswehr-Aufträge | nh24</title></head><body class="single">
<div class="container container-single penci_sidebar right-sidebar"><div id="main">
<div class="theiaStickySidebar"><article id="post-244202" class="post-244202 post hentry">
<div class="header-standard single-header"><h1 class="post-title single-post-title">Mitarbeiter
fordern Bundeswehr-Aufträge für deutsche Unternehmen</h1><div class="post-box-meta-single">
<time datetime="2023-11-06T14:03:00+01:00">6. November 2023 14:03 Uhr</time></div></div>
<div class="post-entry"><div class="inner-post-entry">{story}</div></div></article></div></div>
<div id="sidebar" class="penci-sidebar-content"><div class="theiaStickySidebar">{sidebar}</div>
</div></div><div class="footer-widgets">{footer}</div></body></html>"""


def test_a_column_around_the_headline_and_its_article_is_not_a_sidebar() -> None:
    story = "".join(f"<p>{SENTENCE} Absatz {n} zur Beschaffung.</p>" for n in range(8))
    recent = "".join(
        f"<li><a href='/2023/11/0{n}/meldung-{n}/'>Polizeimeldung {n}: Einbruch in Spielhalle "
        "und Promillefahrt</a></li>"
        for n in range(8)
    )
    page = (
        STICKY_POST.replace("{story}", story)
        .replace("{sidebar}", f"<h3>Neueste Beiträge</h3><ul>{recent}</ul>")
        .replace("{footer}", _sidebar_widgets(4))
    )
    article = scraper.extract(page, url="https://nh24.de/2023/11/06/bundeswehr/").article
    assert "Absatz 0 zur Beschaffung" in article.text
    assert "Absatz 7 zur Beschaffung" in article.text
    assert "Polizeimeldung" not in article.text


def _scroll_story(number: int, headline: str, paragraphs: int) -> str:
    """One story of an infinite-scroll page (Diario HOY's template): the next story's markup is
    appended under the first as the reader scrolls."""
    return (
        f"<div class='scrollblock'><article class='entry-main-content'>"
        f"<header class='entry-heading'><h1>{headline}</h1><p class='lead--lg'>Lead of story "
        f"{number}.</p></header><div class='entry-text'>"
        + "".join(f"<p>{SENTENCE} Story {number}, paragraph {n}.</p>" for n in range(paragraphs))
        + "</div><aside class='comments-content'><h3>Comentarios</h3></aside></article></div>"
    )


def test_an_infinite_scroll_page_gives_the_story_under_its_headline() -> None:
    page = (
        "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>Diario HOY | Darán "
        "bendición a vehículos este sábado</title><meta property='og:title' content='Darán "
        "bendición a vehículos este sábado'><meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2022-05-06T09:30:19+00:00'>"
        "</head><body><main class='content'>"
        "<section class='column--lg'>"
        + _scroll_story(1, "Darán bendición a vehículos este sábado", 4)
        + _scroll_story(2, "Bebé muere electrocutado al recostarse por una columna", 5)
        + _scroll_story(3, "A los grupos políticos les molesta el trabajo de la Fiscalía", 24)
        + "</section></main></body></html>"
    )
    article = scraper.extract(page, url="https://www.hoy.com.py/nacionales/daran-bendicion").article
    assert article.title == "Darán bendición a vehículos este sábado"
    assert "Story 1, paragraph 0." in article.text
    assert "Story 1, paragraph 3." in article.text
    assert "Story 3" not in article.text


def test_a_page_builder_s_sections_are_not_stories() -> None:
    # Elementor: the headline in the first section, the text in the third, every section the
    # same template; the text's section has no <h1>, so it is not another story
    def section(inner: str) -> str:
        return (
            "<section class='elementor-section elementor-top-section'><div class='elementor-"
            f"container'><div class='elementor-widget-container'>{inner}</div></div></section>"
        )

    text = "".join(f"<p>{SENTENCE} Strategy {n}, with a reason.</p>" for n in range(8))
    page = (
        "<!DOCTYPE html><html><head><title>Best practices for gaming companies</title>"
        "<meta property='og:type' content='article'></head><body><div class='elementor'>"
        + section("<h1 class='elementor-heading-title'>Best practices for gaming companies</h1>")
        + section("<p>By the editors</p>")
        + section(text)
        + "</div></body></html>"
    )
    body = scraper.extract(page, url="https://example.com/blog/gaming").article.text
    assert "Strategy 0, with a reason." in body and "Strategy 7, with a reason." in body


# TYPO3's news extension prints the lead ("teaser-text") apart from the text, a picture between.
TYPO3_NEWS = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Neuer Turm im Zoo Berlin</title><meta property="og:type" content="article"></head>
<body><main class="page-no-header"><div class="news news-single"><div class="article">
<div class="header"><h1>Neuer Turm im Zoo Berlin</h1></div>
<div class="footer news-details__meta"><span class="news-list-date">
<time datetime="2021-03-04">04.03.2021</time></span></div>
<div class="teaser-text news-details__teaser"><p>Zukünftig wird man bei der Ein- oder Ausfahrt
am Elefantentor einen neuen Turm sehen, der die Besucher schon von weitem begrüßt.</p></div>
<div class="news-img-wrap"><img src="/fileadmin/turm.jpg" alt=""></div>
<div class="news-text-wrap rte">{story}</div>
<div class="news-backlink-wrap"><a href="/de/presse">Zurück</a></div>
</div></div></main></body></html>"""


def test_a_lead_block_before_the_text_is_part_of_it() -> None:
    story = "".join(f"<p>{SENTENCE} Bauabschnitt {n} am Turm.</p>" for n in range(6))
    text = scraper.extract(
        TYPO3_NEWS.replace("{story}", story), url="https://www.zoo-berlin.de/de/aktuelles/turm"
    ).article.text
    assert text.startswith("Zukünftig wird man bei der Ein- oder Ausfahrt")
    assert "Bauabschnitt 5 am Turm." in text
    assert "Zurück" not in text


# Elementor Pro's single-post template: the post content widget and, in the column beside it,
# a "Latest News" posts widget whose cards print an excerpt each.
ELEMENTOR_SINGLE = """<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>Getting Hurt at a Gym | Tunstall Law</title>
<meta property="og:type" content="article"></head>
<body class="wp-singular post-template-default single single-post">
<div data-elementor-type="single-post" class="elementor elementor-3902 elementor-location-single">
<div class="elementor-element elementor-element-7fc48fe e-con-full e-flex e-con e-parent">
<div class="elementor-element elementor-element-75ab9fb e-con-full e-flex e-con e-child">
<div class="elementor-element elementor-element-d2211c6 elementor-widget
 elementor-widget-theme-post-content"><div class="elementor-widget-container">{story}</div></div>
</div>
<div class="elementor-element elementor-element-0290371 e-con-full e-flex e-con e-child">
<div class="elementor-element elementor-widget elementor-widget-heading">
<h2 class="elementor-heading-title">Latest News</h2></div>
<div class="elementor-element elementor-widget elementor-widget-posts">
<div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts
 elementor-grid">{cards}</div></div></div></div></div></div></body></html>"""


def _elementor_card(number: int) -> str:
    return (
        f"<article class='elementor-post elementor-grid-item post-41{number} post type-post "
        "status-publish format-standard hentry category-disability'>"
        "<div class='elementor-post__text'><h3 class='elementor-post__title'>"
        f"<a href='https://tunstall.example/blog/disability-claim-{number}/'>Disability claim "
        f"question {number}: can you appeal?</a></h3><div class='elementor-post__excerpt'>"
        f"<p>When the agency denies your claim {number}, it can feel like a dead end, but there "
        "are steps to take, deadlines to meet, records to gather, and lawyers who can help you "
        "through every one of them, from the first appeal to a hearing.</p></div>"
        f"<a class='elementor-post__read-more' href='https://tunstall.example/blog/disability-"
        f"claim-{number}/'>Read More »</a></div></article>"
    )


def test_teaser_excerpts_beside_a_post_do_not_widen_it() -> None:
    # the cards' excerpts outscore nothing, but they are close enough runners-up to the post
    # content and, counted as prose, make it a minority of the column: the body was widened
    # to post and rail, and the cards, filling 40% of that, were kept as content
    story = "".join(
        f"<p>{SENTENCE} Gym injury point {n}, in short, with a waiver or without.</p>"
        for n in range(4)
    )
    cards = "".join(_elementor_card(n) for n in range(4))
    page = ELEMENTOR_SINGLE.replace("{story}", story).replace("{cards}", cards)
    result = scraper.extract(page, url="https://tunstall.example/blog/getting-hurt-at-a-gym/")
    assert "Gym injury point 0" in result.article.text
    assert "Gym injury point 3" in result.article.text
    assert "agency denies your claim" not in result.article.text
    assert len(result.teasers) == 4


# Breitbart's WordPress theme: the article beside an <aside> of story rails whose headlines are
# <div>s inside the links (block text, so it reads as prose, though all of it is link text).
RAIL_ASIDE_POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Snopes Writer Cheers Hamilton Protest | Breitbart</title>
<meta property="og:type" content="article"></head><body>
<div id="GlobalW" class="hfeed site"><div id="ContentW" class="site-content"><div id="ContainerW">
<div id="MainW"><article id="post-5765662" class="the-article post type-post">
<header><h1>Snopes Writer Cheers Hamilton Protest</h1></header>
<div class="entry-content">{story}</div></article></div>
<aside id="asideSideW"><div id="SideW" class="widget-area col6 endcol">
<div id="BBConnect" class="SWW newsletter-signup"><h2>BREITBART CONNECT</h2>{signup}</div>
<div id="HPSW" class="SWW"><h2>FROM THE HOMEPAGE</h2><ul id="HPSWUL">{rail}</ul></div>
</div></aside></div></div></div></body></html>"""


def _rail_item(number: int) -> str:
    return (
        f"<li><a href='/texas/2017/01/23/story-{number}/' title='Story {number}'>"
        f"<img src='/media/2017/01/story-{number}-200x150.jpg' alt='' width='200' height='150'>"
        f"<div>Homepage story number {number} about the executive actions signed on Monday"
        f"</div></a> <span><a class='bycount' href='/texas/2017/01/23/story-{number}/"
        f"#disqus_thread'>{4000 + number}</a> Comments</span></li>"
    )


def test_a_rail_of_linked_headlines_is_furniture_however_long() -> None:
    # the headlines (text in blocks) and the signup box outweighed the short story's
    # paragraphs: the aside was kept as a layout wrapper holding most of the prose, though
    # nearly all of it is links, and once the signup box went the story was widened to it
    story = "".join(
        f"<p>{SENTENCE} Fact-check point {n}, as the writer put it.</p>" for n in range(8)
    )
    rail = "".join(_rail_item(n) for n in range(16))
    signup = "<p>Sign up for our newsletter to get the day's top stories in your inbox.</p>" * 8
    page = (
        RAIL_ASIDE_POST.replace("{story}", story)
        .replace("{rail}", rail)
        .replace("{signup}", signup)
    )
    result = scraper.extract(page, url="https://www.breitbart.example/tech/2017/01/24/snopes/")
    assert "Fact-check point 0" in result.article.text
    assert "Fact-check point 7" in result.article.text
    assert "Homepage story number" not in result.article.text
    assert "FROM THE HOMEPAGE" not in result.article.text


def test_a_lead_block_before_a_credited_picture_is_part_of_the_text() -> None:
    # eZ Publish (the German Tennis Federation's news): intro, picture with its credit, text
    story = "".join(f"<p>{SENTENCE} Bauabschnitt {n} am Turm.</p>" for n in range(6))
    page = TYPO3_NEWS.replace("{story}", story).replace(
        '<div class="news-img-wrap"><img src="/fileadmin/turm.jpg" alt=""></div>',
        '<div class="news-img-wrap"><img src="/fileadmin/turm.jpg" alt="">'
        '<p class="copyright">© Zoo Berlin</p></div>',
    )
    assert "© Zoo Berlin" in page
    text = scraper.extract(page, url="https://www.zoo-berlin.de/de/aktuelles/turm").article.text
    assert text.startswith("Zukünftig wird man bei der Ein- oder Ausfahrt")
    assert "Bauabschnitt 5 am Turm." in text


# TYPO3's news extension in a Bootstrap grid: header, lead and text each in a row of their own,
# the text's row sharing it with the picture's column.
TYPO3_GRID_NEWS = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Reparaturcafé am 31. Januar</title><meta property="og:type" content="article"></head>
<body><div class="news news-single"><div class="article">
<div class="row"><div class="col-sm-12"><div class="header"><h1>Reparaturcafé am 31. Januar</h1>
</div><div class="footer"><p>27.01.2020 Soziales &amp; Gesundheit</p></div></div></div>
{before}
<div class="row"><div class="col-sm-6"><div class="news-text-wrap">{story}</div></div>
<div class="col-sm-6"><div class="mediaelement mediaelement-image"><img src="/fileadmin/cafe.jpg"
alt=""></div><p class="news-img-caption">Ehrenamtler reparieren defekte Geräte</p></div></div>
</div></div></body></html>"""


def _typo3_grid_page(before: str) -> str:
    story = "".join(f"<p>{SENTENCE} Reparatur {n} im Café.</p>" for n in range(5))
    return TYPO3_GRID_NEWS.replace("{story}", story).replace("{before}", before)


def test_a_lead_in_its_own_grid_row_is_part_of_the_text() -> None:
    lead = (
        "<div class='row'><div class='col-sm-12'><div class='teaser-text'><p>Jede Menge Spaß "
        "bereitet es den ehrenamtlichen Experten im Reparaturcafé, defekte Geräte wieder "
        "flottzumachen.</p></div></div></div>"
    )
    text = scraper.extract(
        _typo3_grid_page(lead), url="https://www.ahlen.example/news/reparaturcafe"
    ).article.text
    assert text.startswith("Jede Menge Spaß bereitet es den ehrenamtlichen Experten")
    assert "Reparatur 4 im Café." in text


def test_a_notice_box_before_the_text_is_no_lead() -> None:
    notice = (
        "<div class='row'><div class='col-sm-12'><div class='alert alert-info'><p>Are you and "
        "your partner satisfied with your relationship? Learn more about our counselling "
        "programme and book a first session today.</p></div></div></div>"
    )
    text = scraper.extract(
        _typo3_grid_page(notice), url="https://www.ahlen.example/news/reparaturcafe"
    ).article.text
    assert "Reparatur 0 im Café." in text
    assert "counselling" not in text


# A hand-built blog template (Rails and Prismic slices): the <article> sets the intro and each
# heading's part in a <section> of its own; the longest part nests its own sections.
SECTIONED_ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Podcast Equipment Guide | Buzzsprout</title><meta property="og:type" content="article">
</head><body class="show blog"><header class="sticky"><nav><a href="/">Home</a>
<a href="/blog">Blog</a></nav></header><main><article class="block_inner pt-0">
<hgroup><p>Published on June 04, 2025</p><h1>Podcast Equipment Guide</h1></hgroup>
<section>{intro}</section>
<section id="what-to-look-for"><h2>What to look for in podcast equipment</h2>{look}</section>
<section><div class="callout callout--grey"><p>Start your podcast today with a free trial.</p>
</div><section><section>{setup}</section><section id="faq"><h2>FAQs</h2>{faq}</section>
</section></section>
<div class="col-12 mb-5"><p>Alban Brooke is the head of marketing at Buzzsprout and has been
podcasting since 2014, hosting shows about marketing, music and the business of audio.</p>
</div></article></main><footer><p>© 2025 Buzzsprout</p></footer></body></html>"""


def test_a_story_set_in_sections_side_by_side_is_kept_whole() -> None:
    def part(name: str, count: int) -> str:
        return "".join(f"<p>{SENTENCE}{name} point {n}.</p>" for n in range(count))

    page = (
        SECTIONED_ARTICLE.replace("{intro}", part("Intro", 2))
        .replace("{look}", part("Looking", 3))
        .replace("{setup}", part("Setup", 14))
        .replace("{faq}", part("Question", 3))
    )
    text = scraper.extract(page, url="https://www.buzzsprout.example/blog/equipment").article.text
    assert text.startswith(f"{SENTENCE}Intro point 0.")
    for expected in (
        "Looking point 2.",
        "What to look for",
        "Setup point 13.",
        "Question point 2.",
    ):
        assert expected in text
    assert "Published on June 04, 2025" not in text
    assert "head of marketing" not in text  # the author's box after the story


# Webflow CMS template printing the post's rich text twice: once in the desktop layout's left
# column and once in the mobile layout, one of the two hidden by the site's stylesheet.
WEBFLOW_TWICE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>What Does a Social Media Agency Do?</title><meta property="og:type" content="article">
</head><body class="body-3"><div class="navbar w-nav"><a href="/" class="brand w-nav-brand">
Agency</a><nav class="nav-menu w-nav-menu"><a href="/blog" class="nav-link">Blog</a></nav></div>
<div class="blog--content-wrap"><div class="blog-content--left"><div class="blog--toc-wrap">
<div class="text-block-127">Table of Contents</div></div>
<div class="blog--rich-text w-richtext">{story}</div></div>
<div class="blog-content--right"><a href="/contact" class="button w-button">Get a quote</a></div>
</div><article class="post-main__article"><h1 class="post-main__heading">What Does a Social
Media Agency Do?</h1><div class="post-main__text-content"><div id="richtextfield"
class="post-main__rich-text rich-text-block w-richtext">{story}</div></div></article>
<footer class="footer"><p>© 2025 Agency. All rights reserved.</p></footer></body></html>"""


def test_a_story_printed_twice_for_two_screen_widths_is_kept_once() -> None:
    story = "".join(
        f"<h2>Service {n}</h2><p>{SENTENCE}Service {n} detail.</p><ul><li>Strategy, "
        f"content and reporting for service {n}, agreed with the client every month.</li></ul>"
        for n in range(6)
    )
    page = WEBFLOW_TWICE.replace("{story}", story)
    text = scraper.extract(
        page, url="https://www.agency.example/blog/what-agencies-do"
    ).article.text
    assert text.count("Service 5 detail.") == 1
    assert text.count("agreed with the client every month") == 6
    assert "Table of Contents" not in text


# Framer: the published page server-renders one copy of the text per breakpoint, each in an
# "ssr-variant" box a media query hides on the other screen widths.
FRAMER_VARIANTS = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>How Much Does a Home Remodel Cost?</title><meta property="og:type" content="article">
</head><body><div id="main"><div class="framer-Z9J8L framer-o4Mdr"><nav class="framer-1x2y3z">
<a href="/">Loona</a><a href="/blog">Blog</a></nav><section class="framer-1euoqdq">
<h1 class="framer-text">How Much Does a Home Remodel Cost?</h1><div class="framer-17t5wmu">
{variants}</div></section><footer class="framer-9f8e7d"><p>© 2025 Loona</p></footer></div>
</div></body></html>"""


def test_copies_of_a_story_for_each_screen_width_are_kept_once() -> None:
    story = "".join(
        f"<h2 class='framer-text'>Cost factor {n}</h2><p class='framer-text'>{SENTENCE}"
        f"Factor {n} matters.</p><ul class='framer-text'><li class='framer-text'><p "
        f"class='framer-text'>Labor, materials and permits for factor {n} add up.</p></li></ul>"
        for n in range(8)
    )
    variants = "".join(
        f'<div class="ssr-variant {hidden}"><div class="framer-1d549uq" '
        f'data-framer-component-type="RichTextContainer">{story}</div></div>'
        for hidden in (
            "hidden-bnz77l hidden-12t0irv",
            "hidden-bnz77l hidden-1rq27kw",
            "hidden-72rtr7",
        )
    )
    page = FRAMER_VARIANTS.replace("{variants}", variants)
    text = scraper.extract(page, url="https://www.loona.example/blog/remodel-cost").article.text
    assert text.count("Factor 7 matters.") == 1
    assert text.count("permits for factor") == 8
    assert text.count("Cost factor 3") == 1


# A WordPress post (Genesis theme) that prints the writer's bio as the story's last paragraph,
# without an "About the author" label.
SIGNED_BIO_POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Best Budget Laptops | TechHive</title><meta property="og:type" content="article">
<meta name="author" content="Jared Newman"></head><body class="single single-post">
<header class="site-header"><a href="/" class="site-title">TechHive</a></header>
<main class="content"><article class="post-1234 post type-post status-publish entry">
<header class="entry-header"><h1 class="entry-title">Best budget laptops</h1>
<p class="entry-meta">By <span class="entry-author-name">Jared Newman</span></p></header>
<div class="entry-content">{story}{tail}</div></article></main>
<footer class="site-footer"><p>© 2025 TechHive</p></footer></body></html>"""


def _signed_bio_page(tail: str) -> str:
    story = "".join(f"<p>{SENTENCE}Laptop pick {n} is worth a look.</p>" for n in range(8))
    return SIGNED_BIO_POST.replace("{story}", story).replace("{tail}", tail)


def test_a_signed_bio_under_the_story_is_the_authors_not_the_bodys() -> None:
    bio = (
        "Jared Newman has been a freelance technology journalist for more than 15 years and "
        "writes the Advisorator newsletter."
    )
    page = _signed_bio_page(
        f"<p>{bio}</p><p><a href='/author/jared-newman/'>View all posts by Jared Newman</a></p>"
    )
    article = scraper.extract(page, url="https://www.techhive.example/best-budget-laptops").article
    assert "Laptop pick 7 is worth a look." in article.text
    assert "freelance technology journalist" not in article.text
    assert "View all posts" not in article.text
    assert [(author.name, author.bio) for author in article.authors] == [("Jared Newman", bio)]


def test_each_writer_gets_their_sentences_of_a_bio_paragraph_shared_by_two() -> None:
    # the New York Times: one paragraph under the story, each writer's bio in turn
    page = _signed_bio_page(
        "<p>Jared Newman covers laptops and phones. Jared Newman writes the Advisorator "
        "newsletter. Ana Ruiz is a data reporter.</p>"
    ).replace(
        '<span class="entry-author-name">Jared Newman</span>',
        '<span class="entry-author-name">Jared Newman</span> and '
        '<span class="entry-author-name">Ana Ruiz</span>',
    )
    article = scraper.extract(page, url="https://www.techhive.example/best-budget-laptops").article
    assert "data reporter" not in article.text
    assert [(author.name, author.bio) for author in article.authors] == [
        ("Jared Newman",
         "Jared Newman covers laptops and phones. Jared Newman writes the Advisorator newsletter."),
        ("Ana Ruiz", "Ana Ruiz is a data reporter."),
    ]  # fmt: skip


def test_a_paragraph_about_the_writer_under_a_heading_of_the_story_stays() -> None:
    trust = (
        "<h2>Why trust TechHive</h2><p>Jared Newman has been testing laptops for more than 15 "
        "years and bought every model on this list with his own money.</p>"
    )
    article = scraper.extract(
        _signed_bio_page(trust), url="https://www.techhive.example/best-budget-laptops"
    ).article
    assert "bought every model on this list" in article.text
    assert article.authors[0].bio is None


def test_an_about_the_author_box_is_the_authors_bio() -> None:
    bio = "A freelance journalist for 15 years, Jared Newman writes the Advisorator newsletter."
    page = _signed_bio_page(f"<h3>About the author</h3><p>{bio}</p>")
    article = scraper.extract(page, url="https://www.techhive.example/best-budget-laptops").article
    assert "Advisorator" not in article.text
    assert [(author.name, author.bio) for author in article.authors] == [("Jared Newman", bio)]


def test_a_paragraph_opening_with_about_the_author_is_the_authors_bio() -> None:
    # Digital Photography School: the label run into the bio's paragraph, under the story
    bio = "Jared Newman is a freelance journalist who writes the Advisorator newsletter."
    page = _signed_bio_page(f"<p><strong>About the author:</strong> {bio}</p>")
    article = scraper.extract(page, url="https://www.techhive.example/best-budget-laptops").article
    assert "Advisorator" not in article.text
    assert [(author.name, author.bio) for author in article.authors] == [("Jared Newman", bio)]


def test_a_box_about_the_reviewer_is_not_the_authors_bio() -> None:
    # Harvard Health: "About the Author", then "About the Reviewer" naming a physician; the
    # reviewer's box is no body text, and no bio of the one author
    bio = "Jared Newman is the executive editor of TechHive and writes its newsletter."
    reviewer = "Dr. Toni Golen is a physician practising in Boston who reviews our guides."
    page = _signed_bio_page(
        f"<h3>About the Author</h3><p>{bio}</p><h3>About the Reviewer</h3><p>{reviewer}</p>"
    )
    article = scraper.extract(page, url="https://www.techhive.example/best-budget-laptops").article
    assert "Laptop pick 7 is worth a look." in article.text
    assert "executive editor" not in article.text and "physician" not in article.text
    assert [(author.name, author.bio) for author in article.authors] == [("Jared Newman", bio)]


def test_the_writers_name_over_a_short_bio_ending_the_body_is_the_authors_bio() -> None:
    # an author box printed as plain paragraphs: the name on a line, the bio under it
    bio = (
        "Executive Editor at TechHive. Technology journalist since 2008, enthusiastic dad, "
        "reluctant traveler, weekend gamer."
    )
    page = _signed_bio_page(f"<p><strong>Jared Newman</strong></p><p>{bio}</p>")
    article = scraper.extract(page, url="https://www.techhive.example/best-budget-laptops").article
    assert "Laptop pick 7 is worth a look." in article.text
    assert "reluctant traveler" not in article.text
    assert [(author.name, author.bio) for author in article.authors] == [("Jared Newman", bio)]


def test_the_writers_name_over_a_credit_line_is_no_bio() -> None:
    page = _signed_bio_page("<p>Jared Newman</p><p>Additional reporting by Mark Hachman.</p>")
    article = scraper.extract(page, url="https://www.techhive.example/best-budget-laptops").article
    assert "Additional reporting by Mark Hachman." in article.text
    assert article.authors[0].bio is None


# A Next.js blog on Sanity: the lead paragraph ("ingress") sits in the hero beside the picture,
# under the headline; the text in a section of its own below.
INGRESS_POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>HR shared services: a guide | Simployer</title><meta property="og:type" content="article">
<meta property="og:description" content="What HR shared services are and how to set them up.">
</head><body class="bg-white"><div id="__next"><header class="nav"><a href="/">Simployer</a>
<a href="/blog">Blog</a></header><main class="min-h-screen max-w-[1511px] m-auto">
<div class="mx-auto mb-[60px]"><h1 class="text-[42px]">HR shared services: a guide</h1>
<div class="flex gap-[40px] mt-[20px]"><div class="w-full"><img src="/hero.jpg" alt=""></div>
<div class="w-full"><p class="mobile_Ingress desktop:ingress mb-[10px]">HR shared services
have evolved into a cornerstone of modern HR operating models, letting companies serve every
employee the same way.</p></div></div></div>
<div class="mx-auto max-w-[720px]"><div class="PostBody_portableText__Fbo7V">{story}</div>
<aside class="related"><a href="/blog/a">Another post</a><a href="/blog/b">One more</a></aside>
</div></main><footer><p>© 2025 Simployer</p></footer></div></body></html>"""


def test_a_lead_in_a_box_named_for_it_before_the_text_is_part_of_it() -> None:
    story = "".join(f"<p>{SENTENCE}Shared service {n} explained.</p>" for n in range(8))
    page = INGRESS_POST.replace("{story}", story)
    text = scraper.extract(page, url="https://www.simployer.example/blog/hr-shared").article.text
    assert text.startswith("HR shared services have evolved into a cornerstone")
    assert "Shared service 7 explained." in text
    assert "Another post" not in text
    assert "What HR shared services are" not in text  # the declared description


def test_the_lead_pictures_caption_box_is_no_lead() -> None:
    story = "".join(f"<p>{SENTENCE}Shared service {n} explained.</p>" for n in range(8))
    page = INGRESS_POST.replace("{story}", story).replace(
        "mobile_Ingress desktop:ingress mb-[10px]", "lead-asset-caption"
    )
    text = scraper.extract(page, url="https://www.simployer.example/blog/hr-shared").article.text
    assert "cornerstone" not in text
    assert "Shared service 7 explained." in text


# Drupal with Paragraphs: the body field, then the post's FAQ in a paragraph entity of its own.
DRUPAL_FAQ_POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>PostgreSQL query tuning | EDB</title><meta property="og:type" content="article"></head>
<body class="path-node page-node-type-blog-post"><header role="banner"><a href="/">EDB</a>
</header><main><article class="node node--type-blog-post node--view-mode-full">
<h1 class="page-title">PostgreSQL query tuning</h1><div class="node__content">
<div class="blog-content row"><div class="col-md-9 blog-body">
<div class="clearfix text-formatted field field--name-body field__item">{story}</div>
<div class="sharethis-wrapper"><a href="#share">Share</a></div>
<div class="field field--name-field-additional-sections field__items"><div class="field__item">
<div class="paragraph paragraph--type--faq"><div class="faq-container">{faq}</div></div></div>
</div></div></div></div></article></main>
<footer role="contentinfo"><p>© 2025 EDB</p></footer></body></html>"""


def test_the_faq_a_template_prints_after_the_text_is_part_of_it() -> None:
    story = "".join(f"<p>{SENTENCE}Query plan {n} explained.</p>" for n in range(12))
    faq = "".join(
        f"<h3>How do I tune setting {n}?</h3><div class='field field--name-field-answer'><p>"
        f"Adjust setting {n} to match the workload and measure again after each change.</p></div>"
        for n in range(3)
    )
    page = DRUPAL_FAQ_POST.replace("{story}", story).replace("{faq}", faq)
    text = scraper.extract(page, url="https://www.edb.example/blog/query-tuning").article.text
    assert "Query plan 11 explained." in text
    assert "How do I tune setting 2?" in text
    assert "Adjust setting 2 to match the workload" in text
    assert "Share" not in text


# A U.S. government page on the U.S. Web Design System: the "official website" bar over the site.
USWDS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Healthy Eating Tips | Nutrition | CDC</title></head><body>
<section class="usa-banner" aria-label="Official website of the United States government">
<div class="usa-accordion"><header class="usa-banner__header"><p class="usa-banner__header-text">
An official website of the United States government</p></header>
<div class="usa-banner__content" id="gov-banner-default"><div class="usa-banner__guidance">
<p><strong>Official websites use .gov</strong> A .gov website belongs to an official government
organization in the United States.</p></div><div class="usa-banner__guidance"><p><strong>Secure
.gov websites use HTTPS</strong> A lock or https:// means you've safely connected to the .gov
website. Share sensitive information only on official, secure websites.</p></div></div></div>
</section><div class="container"><h1>Healthy Eating Tips</h1>{story}</div></body></html>"""


def test_the_us_government_banner_is_not_text() -> None:
    story = "".join(f"<p>{SENTENCE}Eating tip {n} for families.</p>" for n in range(6))
    text = scraper.extract(
        USWDS_PAGE.replace("{story}", story), url="https://www.cdc.example/nutrition/tips.html"
    ).article.text
    assert "Eating tip 5 for families." in text
    assert "Official websites use .gov" not in text


# Dotdash Meredith's product round-up (The Balance): the article's introduction in a box named
# "article-intro", each product's own "list-sc-item__intro", then the comparison as the outro.
ROUNDUP_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Coinbase vs. Coinbase Pro</title><meta property="og:type" content="article"></head>
<body class="mntl-body"><header class="header mntl-header"><a href="/">The Balance</a></header>
<main class="loc main"><div class="comp article-content"><h1 class="heading__title">Coinbase vs.
Coinbase Pro</h1><div class="loc article-intro article-content__description expert-content">
{intro}</div><div class="article-body"><div class="comp toc-wrapper mntl-toc"><a href="#one">
Coinbase</a><a href="#two">Coinbase Pro</a></div>{items}
<div class="comp article-container article-outro"><div class="comp expert-content
article-outro__content mntl-sc-page">{outro}</div></div></div></div></main>
<footer class="comp footer"><a href="/about">About Us</a></footer></body></html>"""


def test_every_lead_box_before_the_text_is_part_of_it() -> None:
    intro = "".join(f"<p>{SENTENCE}Exchange point {n}.</p>" for n in range(3))
    items = "".join(
        f"<div class='comp mntl-sc-list-item list-sc-item'><h3>{name}</h3>"
        f"<div class='comp expert-content list-sc-item__intro mntl-block'><h4>What We Like</h4>"
        f"<ul><li>{name} suits some traders.</li><li>Low fees on {name} for every order placed in a"
        " month, with cold storage for most of the coins</li></ul></div>"
        f"<a class='button' href='/go/{n}'>Open Account</a></div>"
        for n, name in enumerate(("Coinbase", "Coinbase Pro"))
    )
    outro = "".join(f"<h2>Comparison {n}</h2><p>{SENTENCE}Fees compared {n}.</p>" for n in range(8))
    page = ROUNDUP_PAGE.format(intro=intro, items=items, outro=outro)
    text = scraper.extract(page, url="https://www.thebalance.example/coinbase-vs-pro").article.text
    assert text.startswith(SENTENCE.strip())
    assert text.index("Exchange point 2.") < text.index("Coinbase suits some traders.")
    assert text.index("Coinbase Pro suits some traders.") < text.index("Fees compared 7.")
    assert "About Us" not in text


# A Webflow blog post: the hero holds the headline, the byline and the lead paragraph's
# rich-text block; the body's rich text sits in a section of its own further down.
WEBFLOW_HERO_POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Software Development Price Guide | Full Scale</title>
<meta property="og:type" content="article">
<meta name="description" content="What custom software costs in 2025, by region and role.">
</head><body class="fsl-body">
<div class="page-wrapper"><div class="navbar w-nav"><a href="/" class="w-nav-brand">Full Scale</a>
<nav class="w-nav-menu"><a href="/services">Services</a><a href="/blog">Blog</a></nav></div>
<main class="main-wrapper"><section class="section_new-hero"><div class="padding-global_huge">
<div class="blog-hero_frame"><div class="blog-hero_content"><div class="blog-hero_heading">
<h1>Software Development Price Guide</h1></div><div class="blog-hero_meta"><div
class="blog-author">Matt Watson</div><div>March 4, 2025</div></div>
<div class="blog-hero_text w-richtext"><p>{lead}</p></div></div></div></div></section>{between}
<section class="section_blog-content">
<div class="padding-global"><div class="blog-content w-richtext">{story}</div></div></section>
</main><footer class="footer"><p>© 2025 Full Scale</p></footer></div></body></html>"""

LEAD = (
    "To stay competitive in today's marketplace, companies of all sizes are investing in "
    "custom software, and what it costs depends on where the team sits."
)


def _hero_post(between: str = "") -> str:
    story = "".join(
        f"<h2>Rate {n}</h2><p>{SENTENCE}Hourly rate {n} compared.</p>" for n in range(8)
    )
    return WEBFLOW_HERO_POST.format(lead=LEAD, story=story, between=between)


def test_the_lead_printed_under_the_headline_in_the_hero_is_text() -> None:
    page = scraper.extract(_hero_post(), url="https://fullscale.example/blog/price-guide/")
    assert page.article is not None
    assert page.article.text.startswith(LEAD)
    assert "Hourly rate 7 compared." in page.article.text
    assert "Matt Watson" not in page.article.text


def test_a_sign_up_form_between_the_headline_and_the_text_is_not_text() -> None:
    form = (
        "<div class='form-block w-form'><form id='email-form' name='email-form'><input "
        "type='email' name='email' placeholder='Email'><input type='submit' value='Subscribe'>"
        "</form><div class='w-form-done'><p>Thank you! Please check your inbox now for your "
        "welcome email, where the first lesson of the course is waiting.</p></div></div>"
    )
    page = scraper.extract(_hero_post(form), url="https://fullscale.example/blog/price-guide/")
    assert page.article is not None
    assert page.article.text.startswith(LEAD)
    assert "check your inbox" not in page.article.text


# A WordPress post with a TablePress chart: each cell a figure with thousands separators, so the
# table outscores the paragraphs around it; the story is the text and the table together.
def test_a_data_table_that_outscores_the_prose_is_only_part_of_the_story() -> None:
    rows = "".join(
        f"<tr><td>Bill of ${n},250.00, split between a party of {n} guests</td>"
        f"<td>${n},187.50, or ${n},250.00 with the service charge, or ${n},312.50 for "
        "large parties</td></tr>"
        for n in range(1, 25)
    )
    intro = f"<p>{SENTENCE}Tipping starts here.</p><p>{SENTENCE}Chart explained.</p>"
    outro = f"<p>{SENTENCE}Tipping ends here.</p>"
    table = f"<div class='responsive-table'><table class='tablepress'>{rows}</table></div>"
    html = _page(f"<div class='entry-body'>{intro}{table}{outro}</div>")
    text = scraper.extract(html, url="https://www.tipping.example/how-much-to-tip/").article.text
    assert "Tipping starts here." in text
    assert "split between a party of 24 guests" in text
    assert "Tipping ends here." in text


def test_a_sign_up_box_inside_the_text_is_not_text() -> None:
    # Jetpack's subscription block set in a group block between two paragraphs of the post
    signup = (
        "<div class='wp-block-group has-border-color'><div class='wp-block-group__inner-container'>"
        "<p class='has-text-align-center'>Subscribe to get the latest posts sent to your email."
        "</p><div class='wp-block-jetpack-subscriptions__container'><form action='#' "
        "method='post'><p><input type='email' name='email' placeholder='Type your email...'>"
        "</p><p><button type='submit'>Subscribe</button></p></form></div></div></div>"
    )
    story = f"<p>{SENTENCE}Point one.</p>{signup}<p>{SENTENCE}Point two.</p>" * 3
    text = scraper.extract(_page(story), url="https://www.tinyhouse.example/blog/post").article.text
    assert "Point two." in text
    assert "Subscribe to get the latest posts" not in text


def test_a_sign_up_box_with_its_terms_is_not_text() -> None:
    # Politico's newsletter box: a heading, a line, the form and a long paragraph of terms
    terms = (
        "By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. "
        "You may unsubscribe at any time by following the directions at the bottom of the "
        "email or by contacting us here. This site is protected by reCAPTCHA and the Google "
        "Privacy Policy and Terms of Service apply."
    )
    signup = (
        "<section class='story-recirc'><h3>Playbook</h3><p>The unofficial guide to official "
        "Washington, every morning and weekday afternoons.</p><form><input type='email' "
        f"placeholder='Your Email'><button>Sign Up</button></form><p>{terms}</p></section>"
    )
    story = f"<p>{SENTENCE}Point one.</p>{signup}<p>{SENTENCE}Point two.</p>" * 3
    text = scraper.extract(_page(story), url="https://www.tinyhouse.example/blog/post").article.text
    assert "Point two." in text
    assert "unofficial guide" not in text


def test_an_article_around_an_email_field_stays() -> None:
    form = "<form><input type='email' name='email'><button>Send</button></form>"
    story = f"<p>{SENTENCE}Point one.</p>{form}<p>{SENTENCE}Point two.</p>"
    text = scraper.extract(
        _page(story * 3), url="https://www.tinyhouse.example/blog/a"
    ).article.text
    assert "Point one." in text
    assert "Point two." in text


# Social posts as their platforms' embed codes print them: the post's own address is the
# quote's last link (Twitter), its cite (TikTok) or its permalink attribute (Instagram); the
# first link is a hashtag, a picture or the author's profile.
SOCIAL_EMBEDS = (
    "<blockquote class='twitter-tweet'><p lang='es' dir='ltr'><a href='https://twitter.com/"
    "hashtag/Antártida?src=hash'>#Antártida</a> | Nuevo récord de temperaturas "
    "<a href='https://t.co/rhKsPFytCb'>pic.twitter.com/rhKsPFytCb</a></p>&mdash; SMN Argentina "
    "(@SMN_Argentina) <a href='https://twitter.com/SMN_Argentina/status/1225455484259442691'>"
    "February 6, 2020</a></blockquote>"
    "<blockquote class='tiktok-embed' cite='https://www.tiktok.com/@nasa/video/7301'>"
    "<section><a href='https://www.tiktok.com/@nasa'>@nasa</a> Artemis II crew</section>"
    "</blockquote>"
    "<blockquote class='instagram-media' data-instgrm-permalink="
    "'https://www.instagram.com/p/C1xYz/?utm_source=ig_embed'><div><a href="
    "'https://www.instagram.com/nasa/'>View profile</a></div></blockquote>"
)


def test_a_social_embed_points_at_the_post() -> None:
    story = f"<p>{SENTENCE}Before the posts.</p>{SOCIAL_EMBEDS}<p>{SENTENCE}After the posts.</p>"
    blocks = scraper.extract(_page(story * 2), url="https://www.example.org/news/a").article.blocks
    urls = [block.url for block in blocks if block.type == "embed"][:3]
    assert urls == [
        "https://twitter.com/SMN_Argentina/status/1225455484259442691",
        "https://www.tiktok.com/@nasa/video/7301",
        "https://www.instagram.com/p/C1xYz/?utm_source=ig_embed",
    ]


# WP Rocket's lazy loading: the frame's `src` is a blank page until it scrolls into view, the
# address waits in `data-lazy-src` (lazysizes: `data-src`, with a data: placeholder in `src`)
LAZY_FRAMES = (
    "<p><iframe loading='lazy' title='Launch film' width='640' height='360' src='about:blank' "
    "data-rocket-lazyload='fitvidscompatible' data-lazy-src='https://www.youtube.com/embed/"
    "dQw4w9WgXcQ?feature=oembed'></iframe></p>"
    "<p><iframe class='lazyload' data-src='https://player.vimeo.com/video/76979871' "
    "src='data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4='>"
    "</iframe></p>"
)
# WordPress's embed of another post: a blockquote of its title's link, and the frame drawing
# its card (the quote is what a reader without the frame sees)
POST_EMBED = (
    "<p><strong>Schon gelesen?</strong></p>"
    "<blockquote class='wp-embedded-content' data-secret='diWUxz87Gh'><p><a href="
    "'https://www.example.org/news/pilots-trained-in-italy/'>Pilots to be trained in Italy "
    "from next spring</a></p></blockquote><p><iframe loading='lazy' class='wp-embedded-content'"
    " sandbox='allow-scripts' security='restricted' title='&#8222;Pilots to be trained in "
    "Italy&#8220; &#8212; Example' src='about:blank' data-secret='diWUxz87Gh' data-lazy-src="
    "'https://www.example.org/news/pilots-trained-in-italy/embed/#?secret=diWUxz87Gh'>"
    "</iframe></p>"
)


def test_a_lazy_loaded_frame_points_at_its_real_address() -> None:
    story = f"<p>{SENTENCE}Before the film.</p>{LAZY_FRAMES}<p>{SENTENCE}After the film.</p>"
    blocks = scraper.extract(_page(story * 2), url="https://www.example.org/news/a").article.blocks
    urls = [block.url for block in blocks if block.type == "embed"]
    assert urls[:2] == [
        "https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed",
        "https://player.vimeo.com/video/76979871",
    ]
    assert not any(url.startswith(("about:", "data:")) for url in urls)


def test_an_embedded_post_is_a_teaser_not_body_text() -> None:
    story = f"<p>{SENTENCE}Before the card.</p>{POST_EMBED}<p>{SENTENCE}After the card.</p>"
    page = scraper.extract(_page(story * 2), url="https://www.example.org/news/a")
    assert "After the card." in page.article.text
    assert "Pilots to be trained" not in page.article.text
    assert not any("/embed/" in block.url for block in page.article.blocks if block.type == "embed")
    assert [(teaser.title, teaser.url) for teaser in page.teasers] == [
        (
            "Pilots to be trained in Italy from next spring",
            "https://www.example.org/news/pilots-trained-in-italy/",
        )
    ]


def _trade_paper_story(paragraphs: int) -> str:
    # A TYPO3 trade paper: the story's sections sit in a wrapper named for the sticky share
    # bar printed beside them, under a mega-menu that outweighs the story
    menu = "".join(
        f"<li><a href='/energie/thema-{n}/'>Energie und Wärme: Thema {n} im Überblick, mit "
        f"allen Meldungen, Analysen und Interviews der Redaktion zu Thema {n}</a></li>"
        for n in range(60)
    )
    sections = "".join(
        f"<section class='co coTextmedia co--small' id='c4948{n}'><div class='co__container'>"
        f"<div class='co__main'><div class='co__rteContent rteContent'><p>Section {n}: "
        f"{SENTENCE}{SENTENCE}</p><p>{SENTENCE}And section {n} goes on.</p></div></div></div>"
        "</section>"
        for n in range(paragraphs)
    )
    return (
        "<!DOCTYPE html><html lang='de'><head><title>Wärmepumpen boomen | ZfK</title>"
        "<meta property='og:type' content='article'></head><body><header class='pageHeader'>"
        f"<nav class='megaMenu'><ul>{menu}</ul></nav></header><main class='documentMain'>"
        "<article class='documentContent'><h1>Wärmepumpen boomen</h1>"
        "<div class='documentContent__sharingContainer'><div class='sharing'>"
        "<span class='sharing__title'>Teilen</span><a class='sharing__link' href="
        "'https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a><a class='sharing__link'"
        " href='https://www.linkedin.com/shareArticle?url=x'>LinkedIn</a></div>"
        f"<section class='documentContent__content'>{sections}</section></div></article></main>"
        "</body></html>"
    )


def test_a_wrapper_named_for_the_share_bar_beside_the_story_is_not_furniture() -> None:
    page = scraper.extract(_trade_paper_story(3), url="https://www.zfk.de/energie/waerme/a")
    assert "Section 0:" in page.article.text
    assert "And section 2 goes on." in page.article.text
    assert "LinkedIn" not in page.article.text
    assert "Teilen" not in page.article.text


def _credited_story(top: str) -> scraper.Page:
    # a Newspack-style story whose template prints the section and the byline inside the
    # content container, above the first paragraph; JSON-LD declares both
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"A lighthouse '
        'keeper\'s log, read at last","articleSection":"History","author":[{"@type":"Person",'
        '"name":"Thea Corrigan"},{"@type":"Person","name":"Harriet Okonedo-Sayle"}]}'
    )
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>A lighthouse keeper's log, read at last"
        f"</title><script type='application/ld+json'>{ld}</script></head><body>"
        "<main id='main'><article class='post type-post status-publish'>"
        "<h1 class='entry-title'>A lighthouse keeper's log, read at last</h1>"
        f"<div class='entry-content'>{top}"
        + "".join(
            f"<p>The keeper wrote down the weather, the ships and the oil he burned on day {n}, "
            "and nobody read the pages for a century after the light was automated.</p>"
            for n in range(6)
        )
        + "</div></article></main></body></html>"
    )
    return scraper.extract(html, url="https://example.org/history/lighthouse-log/")


def test_the_section_and_credit_lines_over_the_story_are_not_body_text() -> None:
    page = _credited_story(
        "<p><a href='/history/'>History</a></p><p><strong>Thea Corrigan</strong></p>"
        "<p>Harriet Okonedo-Sayle, Health Correspondent</p>"
    )
    article = page.article
    assert article is not None
    assert article.section == "History"
    assert [author.name for author in article.authors] == ["Thea Corrigan", "Harriet Okonedo-Sayle"]
    assert article.text.startswith("The keeper wrote down the weather")


@pytest.mark.parametrize(
    "credit",
    [
        # opening with "By" (or "Texto de"), the role and the date in parts of their own
        "<p class='meta'>By Thea Corrigan<span>Food Writer</span><time>Published May 2, 2024 "
        "2:30PM (EDT)</time></p>",
        "<p class='meta'>Texto de Thea Corrigan e Harriet Okonedo-Sayle<time>15 out. 2024, "
        "08:02</time></p>",
        # the names, then the dates, each in a span of its own (Blick)
        "<div class='meta'><span>Thea Corrigan und Harriet Okonedo-Sayle</span>\n<span>"
        "Publiziert: 22.06.2024 um 14:10 Uhr</span>\n<span>Aktualisiert: 22.06.2024 um 19:40 "
        "Uhr</span></div>",
        # the date and reading time, then the credit (heise)
        "<div class='meta'><span>12.03.2024, 10:15 Uhr</span> <span>Lesezeit: 3 Min.</span> "
        "<span>Von Thea Corrigan und Harriet Okonedo-Sayle</span></div>",
        # where the author filed from (DW)
        "<div class='meta'><span>Thea Corrigan</span> <span>in Isiolo, Kenya</span></div>",
        # the author's role on a line of its own under the byline (BBC)
        "<div class='meta'><p><strong>Thea Corrigan</strong></p><p>Business reporter, BBC "
        "News</p></div>",
    ],
)
def test_a_credit_line_over_the_story_is_not_body_text(credit: str) -> None:
    page = _credited_story(credit)
    assert page.article is not None
    assert page.article.text.startswith("The keeper wrote down the weather")


@pytest.mark.parametrize("line", ["Apr 16, 2024 — 4 min read", "5 min read", "3 MIN. READ"])
def test_a_reading_time_is_not_body_text(line: str) -> None:
    page = _credited_story(f"<p>{line}</p>")
    assert page.article is not None
    assert page.article.text.startswith("The keeper wrote down the weather")


@pytest.mark.parametrize(
    "top",
    [
        # a breadcrumb trail as a list, ending with the title (BleepingComputer) ...
        "<ul><li><a href='/'>Home</a></li><li><a href='/history/'>History</a></li><li>A "
        "lighthouse keeper's log, read at last</li></ul>",
        # ... or from the home page (a forum's "Boards > Nintendo Switch > ...")
        "<ol><li><a href='/'>Home</a></li><li><a href='/boards'>Boards</a></li><li><a "
        "href='/boards/lighthouses'>Lighthouses</a></li></ol>",
        # the date and time printed as a list
        "<ul class='news-date-time'><li>March 12, 2024</li><li>10:41 AM</li></ul>",
    ],
)
def test_a_list_of_the_headers_parts_is_not_body_text(top: str) -> None:
    page = _credited_story(top)
    assert page.article is not None
    assert page.article.text.startswith("The keeper wrote down the weather")


def test_a_list_of_places_opening_with_home_in_the_story_is_body_text() -> None:
    rooms = "<ul><li>Home office</li><li>Kitchen</li><li>Garden shed</li></ul>"
    page = _credited_story(f"<p>The keeper's cottage had three rooms he used.</p>{rooms}")
    assert page.article is not None
    assert [b.type for b in page.article.blocks[:2]] == ["paragraph", "list"]


def test_a_note_label_in_bold_on_a_line_of_its_own_labels_the_note() -> None:
    # The Wall Street Journal: "<strong>Corrections &amp; Amplifications</strong><br>..."
    note = (
        "<p><strong>Corrections &amp; Amplifications</strong><br>An earlier version of this "
        "article misstated the year the light was automated. (Corrected on April 10)</p>"
    )
    page = _credited_story(note)
    assert [(n.kind, n.label) for n in page.editor_notes] == [
        ("correction", "Corrections & Amplifications")
    ]
    assert page.editor_notes[0].text.startswith("An earlier version of this article")
    assert page.article is not None and "Amplifications" not in page.article.text
    # a bold line that is no note label reads as it did
    page = _credited_story("<p><strong>The keeper</strong><br>kept a log for forty years.</p>")
    assert page.article is not None
    assert page.article.text.startswith("The keeper kept a log for forty years.")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Wednesday March 20 2024, 6.00pm GMT, The Times", False),  # signed with the site
        ("Wednesday March 20 2024, 6.00pm GMT, in Parliament Square", True),
    ],
)
def test_a_dateline_signed_with_the_sites_name_is_not_body_text(line: str, kept: bool) -> None:
    html = (
        "<html lang='en'><head><meta property='og:site_name' content='The Times'><title>Insulin "
        "patch trial halted | The Times</title></head><body><article><h1>Insulin patch trial "
        f"halted</h1><div class='article-body'><p>{line}</p>"
        + "<p>A trial of a wearable insulin patch was halted after three participants were "
        "treated in hospital for low blood sugar.</p>" * 4 + "</div></article></body></html>"
    )
    page = scraper.extract(html, url="https://www.thetimes.com/uk/article/insulin-patch")
    assert page.article is not None
    assert page.article.text.startswith(line) is kept


def test_a_sentence_opening_with_the_authors_name_is_body_text() -> None:
    lede = "Thea Corrigan spent a winter on the island reading the keeper's log."
    page = _credited_story(f"<p>{lede}</p><p>Harriet Okonedo-Sayle and the keepers</p>")
    article = page.article
    assert article is not None
    assert article.text.startswith(lede + "\n\nHarriet Okonedo-Sayle and the keepers\n\n")


@pytest.mark.parametrize(
    "banner",
    [
        # OneTrust
        "<div id='onetrust-banner-sdk' class='otFloatingRoundedCorner'>"
        "<p id='onetrust-policy-text'>We and our partners store and access information on "
        "your device to measure and personalise what you see, as set out in our notice."
        "</p><button id='onetrust-accept-btn-handler'>Accept all</button></div>",
        # Quantcast Choice
        "<div id='qc-cmp2-container' class='qc-cmp2'><p>We and our partners store and access "
        "information on your device to measure and personalise what you see, as set out in "
        "our notice.</p><button mode='primary'>AGREE</button></div>",
        # Sourcepoint
        "<div id='sp_message_container_512204' class='sp-message-container'><p class='message-"
        "component'>We and our partners store and access information on your device to "
        "measure and personalise what you see, as set out in our notice.</p><button class='"
        "message-component message-button'>Accept</button></div>",
    ],
)
def test_a_consent_managers_banner_is_not_body_text(banner: str) -> None:
    # consent managers name their banners after themselves, not after cookies
    page = _credited_story(banner)
    assert page.article is not None
    assert "partners store" not in page.article.text
    assert page.article.text.startswith("The keeper wrote down the weather")


@pytest.mark.parametrize(
    "ask",
    [
        "<div class='support-box'><p>Help safeguard press "
        "freedom and keep our journalism free for all readers by supporting our team.</p></div>",
        "<div class='tips-box'><p>Har du tips om denne saken? Send oss en melding.</p></div>",
        "<div class='get-in-touch'><p>Have you been affected by the outage? Share your "
        "experiences with us.</p></div>",
        "<div id='post-feedback' class='kk-star-ratings'><p>Tell us how we can improve this "
        "post and what you missed in it.</p></div>",
        # Rate My Post, its box named after the plugin only
        "<div class='rmp-widgets-container rmp-wp-plugin rmp-main-container js-rmp-widgets-"
        "container' data-post-id='4043'><div class='rmp-rating-widget js-rmp-rating-widget'>"
        "<p class='rmp-heading rmp-heading--title'>How useful was this post?</p><p class='rmp-"
        "heading rmp-heading--subtitle'>Click on a star to rate it!</p><button class='rmp-"
        "rating-widget__submit-btn rmp-btn'>Submit Rating</button><p class='rmp-rating-widget__"
        "results'>Average rating <span>5</span> / 5. Vote count: <span>1</span></p><p class='"
        "rmp-rating-widget__not-rated'>No votes so far! Be the first to rate this post.</p>"
        "</div></div>",
    ],
)
def test_asks_for_money_tips_or_feedback_are_not_body_text(ask: str) -> None:
    page = _credited_story(ask)
    assert page.article is not None
    assert page.article.text.startswith("The keeper wrote down the weather")


@pytest.mark.parametrize(
    "appeal",
    [
        # Guardian's epic, named for nothing it says
        "<div id='slot-body-end' class='dcr-epic'><p class='dcr-epic__heading'>I hope you "
        "appreciated this article.</p><p>Before you move on, I wonder if you would consider "
        "supporting our journalism.</p><a href='https://support.example.org/contribute'>"
        "Support us</a></div>",
        # a nonprofit's note under the story
        "<div class='about-this-story'><h2>About This Story</h2><p>Perhaps you noticed: this "
        "story is free to read. We are a nonprofit newsroom and do not lock our news behind a "
        "paywall.</p><p>If you value our reporting, please <a href='/donate/'>donate now</a>."
        "</p><p>Thank you,</p></div>",
        # a membership box
        "<section class='toi-community-box'><h3>You're a dedicated reader</h3><p>That's why "
        "we started this site: must-read coverage for readers like you.</p><a class='button' "
        "href='/community/'>Join Our Community</a></section>",
        # a public broadcaster's callout, its cause the listeners' donations
        "<div class='support-callout'><h2>Your support matters.</h2><p>You make the News "
        "possible. Individual donations are behind the clarity in coverage from across the "
        "state.</p><a class='btn' href='https://support.example.org/news-web'>Donate today</a>"
        "</div>",
        # in German
        "<div class='box'><p>Unabhängiger Journalismus braucht Unterstützung. Unsere Arbeit "
        "ist spendenfinanziert.</p><a href='/spenden/'>Jetzt unterstützen</a></div>",
    ],
)
def test_a_box_asking_for_the_readers_money_is_not_body_text(appeal: str) -> None:
    # whatever the box is named, between two parts of the story
    text = _text_around(appeal, "https://www.example.edu/careers/negotiate-salary/")
    assert not any(word in text for word in ("journalism", "Journalismus", "Join", "donations"))


def _text_around(box: str, url: str) -> str:
    """The body text of a story printing `box` between its two parts, both of them kept."""
    after = "".join(f"<p>{SENTENCE}, and part {n} follows.</p>" for n in range(3))
    page = scraper.extract(_page(f"<div class='content'>{_steps(3)}{box}{after}</div>"), url=url)
    assert page.article is not None
    assert page.article.text.count("step") == 3 and page.article.text.count("part") == 3
    return page.article.text


@pytest.mark.parametrize(
    "offer",
    [
        # Piano's inline offer: its buttons are dropped as controls, its "Log in" link stays
        "<div class='tp-container-inner'><div class='offer'><h2>Subscribe to keep reading</h2>"
        "<p>You've reached your limit of free articles. Subscribe now for unlimited access.</p>"
        "<ul><li>Unlimited digital access</li><li>Exclusive newsletters</li></ul><p class="
        "'price'>$1 for 4 weeks</p><a class='btn' href='/subscribe'>Subscribe now</a><p>Already"
        " a subscriber? <a href='/login'>Log in</a></p></div></div>",
        # a site's own breaker, named for nothing it says, with its plans' cards
        "<div class='restricted-content-breaker article'><div class='bar'><p>Plus Exclusive "
        "Story</p><p>Already have an account? <a href='/login/'>Log in</a></p></div><h2>This "
        "article is exclusive to Plus subscribers</h2><h3>Unlock this article, plus in-depth "
        "analysis and news alerts.</h3><div class='card'><p>Monthly</p><p>$39</p><p>Totals "
        "$468 per year</p><a href='/subscribe/?plan=monthly'>Get Started</a></div><div class="
        "'card'><p>Annual</p><p>$399</p><p>Save 15%</p><a href='/subscribe/?plan=annual'>Get "
        "Started</a></div></div>",
        # in French
        "<div class='encart'><p>Cet article est réservé aux abonnés.</p><p>Déjà abonné ? <a "
        "href='/connexion'>Se connecter</a></p></div>",
    ],
)
def test_a_paywalls_offer_is_not_body_text(offer: str) -> None:
    text = _text_around(offer, "https://www.example.com/2025/12/18/weight-loss-drugs/")
    assert not any(word in text for word in ("ubscri", "abonn", "Monthly", "Log in", "$"))


@pytest.mark.parametrize(
    "promotion",
    [
        # Condé Nast's newsletter unit: a link to the sign-up page, no e-mail field
        "<div class='ConsumerMarketingUnitThemedWrapper'><div class='ConsumerMarketingUnit'>"
        "<span class='ConsumerMarketingUnitHed'>Get the climate newsletter</span><p>Sign up "
        "for Climate Lab for the latest on a warming world.</p><a href='/newsletter/climate'>"
        "Sign up</a></div></div>",
        # a corporate site's call to action, named for nothing it says
        "<div class='cds--cta-section'><div role='heading'>Don't miss key updates</div><p>Keep "
        "up with the latest news and insights straight to your inbox.</p><a href='/subscribe'"
        ">Subscribe today</a></div>",
    ],
)
def test_a_newsletters_promotion_is_not_body_text(promotion: str) -> None:
    text = _text_around(promotion, "https://www.example.com/story/cheap-solar-panels/")
    assert not any(word in text for word in ("newsletter", "inbox", "Sign up", "Subscribe"))


def test_a_sign_up_link_in_the_story_is_kept() -> None:
    # the story's own words about a newsletter, with a link to sign up: a paragraph of it
    story = (
        "<p>The council's weekly newsletter, which residents can <a href='/newsletter'>sign "
        "up</a> for online, will now list every planning application filed in the borough, "
        "the clerk said on Tuesday, after residents of two streets learned of a depot from "
        "the diggers.</p>"
    )
    page = _credited_story(story)
    assert page.article is not None
    assert page.article.text.startswith("The council's weekly newsletter, which residents")


def test_a_sign_in_link_in_the_story_is_kept() -> None:
    # the story's own words about subscribers, with a link to sign in: a paragraph of it
    story = (
        "<p>The paper says subscribers who cannot <a href='/login'>sign in</a> since the "
        "outage should write to the help desk, which answers within a day, and that every "
        "subscriber keeps unlimited access in the meantime.</p>"
    )
    page = _credited_story(story)
    assert page.article is not None
    assert page.article.text.startswith("The paper says subscribers who cannot sign in")


def test_a_donation_link_in_the_story_is_kept() -> None:
    # the ask is the story's own news: a paragraph of it, in the story's container
    story = (
        "<p>The lighthouse trust says readers can <a href='/donate/'>donate</a> to the "
        "restoration fund, which has raised half of the money the independent journalism "
        "award paid out last year.</p>"
    )
    page = _credited_story(story)
    assert page.article is not None
    assert page.article.text.startswith("The lighthouse trust says readers can donate")


def test_white_space_between_inline_elements_parts_their_words() -> None:
    # text set in spans straight inside a box, one a line in the source: a browser shows a
    # space between them, and so does the body ("Skill level Beginner", not "levelBeginner")
    facts = "<div class='facts'>\n  <span>Skill level</span>\n  <span>Beginner</span>\n</div>"
    html = _page(facts + _steps(5))
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    assert "Skill level Beginner" in page.article.text


def test_a_most_viewed_box_is_not_body_text() -> None:
    box = (
        "<div class='most-viewed'><h3>Most viewed</h3><p>Councils warn of bankruptcy notices "
        "as the budget deadline looms, and ministers weigh an emergency fund.</p></div>"
    )
    html = _page(
        _steps(4) + box + "".join(f"<p>{SENTENCE}, and part {n} follows.</p>" for n in range(2))
    )
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    assert "Councils warn" not in page.article.text
    assert page.article.text.count("part") == 2


def test_a_label_heading_ending_an_article_is_not_body_text() -> None:
    # a rail's heading whose cards were taken out ends the story: it heads nothing; a
    # sentence set as a heading at the end is the story's closing line
    def ending(tail: str) -> str:
        ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Salary"}'
        html = _page(_steps(5) + tail).replace(
            "</title>", f"</title><script type='application/ld+json'>{ld}</script>"
        )
        page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
        assert page.article is not None and page.page_type == "article"
        return page.article.text

    rail = "<h3>Features</h3><div class='related'><a href='/features/1'>One story</a></div>"
    assert ending(rail).endswith("step 4 matters.")
    closing = "<h4>All of these and many more can be found at the shop, so have a look.</h4>"
    assert ending(closing).endswith(closing[4:-5])


def test_a_table_of_linked_names_whose_class_names_its_sticky_header_row_is_content() -> None:
    """Wikipedia's list articles: "wikitable sortable sticky-header", every winner a link.
    The "header" its class names is the table's header row, not the site's header."""
    rows = "".join(
        f"<tr><td>{1990 + n}</td><td><a href='/wiki/Laureate_{n}'>Laureate Number{n}</a>"
        f"</td><td><a href='/wiki/Country_{n}'>Country{n}</a></td></tr>"
        for n in range(40)
    )
    table = (
        "<table class='wikitable sortable sticky-header'><tbody><tr><th>Year</th>"
        f"<th>Laureate</th><th>Country</th></tr>{rows}</tbody></table>"
    )
    html = _page(f"<p>{SENTENCE}, and the prize was first awarded in 1990.</p>{table}")
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    tables = [block for block in page.article.blocks if block.type == "table"]
    assert len(tables) == 1 and tables[0].rows[0] == ["Year", "Laureate", "Country"]
    assert len(tables[0].rows) == 41


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("WebPage", "other"),  # what Yoast declares for every page: no claim to be a story
        ("FAQPage", "other"),
        ("Article", "article"),
    ],
)
def test_only_a_story_type_declares_an_article(declared: str, expected: str) -> None:
    # an undated, unsigned service page of a few paragraphs
    jsonld = f'{{"@context": "https://schema.org", "@type": "{declared}", "name": "Salary"}}'
    html = _page(_steps(5)).replace(
        "<head>", f"<head><script type='application/ld+json'>{jsonld}</script>"
    )
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.page_type == expected
    assert page.article is not None and page.article.text.count("step") == 5


def test_a_lists_toggle_item_is_not_one_of_its_items() -> None:
    # a price list folded after its first rows, its toggle set as the last item (BigCommerce)
    toggle = (
        "<li><a href='javascript:void(0)' class='toggle-bulk-rates'><span class='more'>Show "
        "more +</span> <span class='less'>Show less –</span></a></li>"
    )
    prices = (
        "<ul class='price-list'><li><span class='price'>1–9 units</span> <span>$20.00 a unit"
        "</span></li><li><span class='price'>10–49 units</span> <span>$15.00 a unit</span>"
        f"</li>{toggle}</ul>"
    )
    after = "".join(f"<p>{SENTENCE}, and part {n} follows.</p>" for n in range(2))
    html = _page(_steps(4) + "<h2>Bulk pricing</h2>" + prices + after)
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    lists = [block for block in page.article.blocks if isinstance(block, ListBlock)]
    assert [block.items for block in lists] == [
        ["1–9 units $20.00 a unit", "10–49 units $15.00 a unit"]
    ]
    assert "Show more" not in page.article.text


@pytest.mark.parametrize(
    ("link", "kept"),
    [
        (
            "<a class='btn btn-primary btn-lg' href='https://shop.example.com/poster'>Buy"
            " Poster</a>",
            False,
        ),
        ("<a class='wp-block-button__link' href='/guide.pdf'>Download the guide</a>", False),
        ("<a class='ct-link-button zd-card-button' href='/review/'>Read The Review</a>", False),
        ("<a class='cta-link' href='/toolkit/'>Get the toolkit</a>", False),
        ("<a role='button' href='/app/'>Open the planner</a>", False),
        # not styled as a button, more than a button's few words, or a disclosure's toggle
        (
            "<a class='faq-toggle' role='button' aria-expanded='false' aria-controls='a1'>"
            "What does it cost?</a>",
            True,
        ),
        ("<a href='https://shop.example.com/poster'>Buy Poster</a>", True),
        (
            "<a class='button' href='/guide/'>Our guide to negotiating a salary when the offer"
            " comes in writing</a>",
            True,
        ),
    ],
)
def test_a_link_styled_as_a_button_is_a_control_not_text(link: str, kept: bool) -> None:
    html = _page(
        _steps(4) + f"<p>{link}</p>" + "".join(f"<p>{SENTENCE}, part {n}.</p>" for n in range(2))
    )
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    label = etree.fromstring(link).text
    assert (label in page.article.text) is kept
    assert page.article.text.count("part") == 2


def test_a_donation_button_still_marks_its_appeal_box() -> None:
    # the box is named for no appeal: its button's words tell what it is (`appeal_boxes`)
    appeal = (
        "<div class='article-cta-box'><p class='article-cta-header'>Enjoyed this piece? We need"
        " your help to keep publishing.</p><p class='article-cta-content'>The Review is a "
        "non-profit project kept alive by reader donations, with no ads and no paywalls.</p>"
        "<div class='article-cta-button-bar'><a class='article-cta-button' href='/support/'>"
        "Support the Review</a></div></div>"
    )
    html = _page(_steps(4), after=appeal)
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    assert "non-profit" not in page.article.text and "Support" not in page.article.text


def test_a_picture_in_a_button_styled_link_stays() -> None:
    # a lightbox link styled as a button around the story's picture
    picture = (
        "<p><a class='btn lightbox' href='/img/harbour-large.jpg'><img src='/img/harbour.jpg' "
        "alt='The harbour at dawn' width='800' height='533'></a></p>"
    )
    html = _page(_steps(2) + picture + _steps(3))
    page = scraper.extract(html, url="https://www.example.edu/careers/negotiate-salary/")
    assert page.article is not None
    images = [block for block in page.article.blocks if block.type == "image"]
    assert [image.image.alt for image in images] == ["The harbour at dawn"]


@pytest.mark.parametrize(
    "attribution", ["Minoa wrote:", "36 minutes ago, Mr_Enigmatic said:", "Quote from Ana:"]
)
def test_a_replys_quotation_of_a_post_above_it_is_not_printed_twice(attribution: str) -> None:
    # XenForo's <blockquote class="bbCodeBlock--quote">, phpBB's "X wrote:", Invision's
    # "36 minutes ago, X said:": a reply quotes the post it answers, already printed above
    first = "Bolton has been bailed out, and the league has given the club two more weeks."
    replies = "".join(
        f"<article class='message'><div class='bbWrapper'><blockquote class='bbCodeBlock "
        f"bbCodeBlock--quote'><div class='bbCodeBlock-title'>{attribution}</div>"
        f"<div class='bbCodeBlock-content'>{first}</div></blockquote>"
        f"<p>{SENTENCE} Reply {n}.</p></div></article>"
        for n in range(3)
    )
    html = _page(
        f"<div class='block-body'><article class='message'><div class='bbWrapper'><p>{first}</p>"
        f"<p>{SENTENCE}</p></div></article>{replies}</div>"
    )
    page = scraper.extract(html, url="https://forum.example.org/threads/bolton.487157/")
    assert page.article is not None
    assert page.article.text.count("bailed out") == 1
    assert all(f"Reply {n}." in page.article.text for n in range(3))
    assert not any(block.type == "quote" for block in page.article.blocks)


def test_a_pull_quote_repeating_a_sentence_is_kept() -> None:
    # an unattributed quotation of the text (a pull quote, an example set out twice) is
    # something the page chose to print again
    line = "Precision is what we do, and in healthcare we cannot afford vague improvements."
    html = _page(
        f"<div class='article-body'><p>{SENTENCE} {line}</p><blockquote class='pullquote'>"
        f"<p>{line}</p></blockquote>"
        + "".join(f"<p>{SENTENCE} {n}.</p>" for n in range(4))
        + "</div>"
    )
    page = scraper.extract(html, url="https://www.example.com/stories/precision/")
    assert page.article is not None
    assert [block.text for block in page.article.blocks if block.type == "quote"] == [line]


@pytest.mark.parametrize(
    ("box", "field"),
    [
        ("<div class='message-userExtras'><dl class='pairs pairs--justified'>"
         "<dt>Native Language</dt><dd>Spanish</dd></dl></div>", "Native Language"),
        ("<dl class='postprofile' id='profile{n}'><dd class='profile-joined'><strong>Founded:"
         "</strong> Antiquity</dd></dl>", "Antiquity"),
        ("<ul class='cAuthorPane_info ipsList_reset'><li>1.2k posts</li></ul>", "posts"),
    ],
)  # fmt: skip
def test_a_forum_members_profile_fields_are_not_body_text(box: str, field: str) -> None:
    # XenForo, phpBB and Invision print the poster's profile fields beside every post
    posts = "".join(
        f"<article class='message'>{box.format(n=n)}<div class='bbWrapper'><p>{SENTENCE} "
        f"Post {n} says so.</p></div></article>"
        for n in range(4)
    )
    html = _page(f"<div class='block-body'>{posts}</div>")
    page = scraper.extract(html, url="https://forum.example.org/threads/salary-talks.123/")
    assert page.article is not None
    assert all(f"Post {n} says so." in page.article.text for n in range(4))
    assert field not in page.article.text


def test_a_card_titled_by_a_quote_header_sets_aside_the_quotation_not_the_reply() -> None:
    # XenForo links a quotation's "wolfmw said:" to the post quoted; in a nested thread the
    # reply's box holds no other headline, and the card grew to the whole reply
    reply = (
        "<div class='nested-children-wrapper'><article class='message' id='post-9'>"
        "<div class='bbWrapper'><blockquote class='bbCodeBlock bbCodeBlock--quote'>"
        "<div class='bbCodeBlock-title'><a class='bbCodeBlock-sourceJump' "
        "href='/goto/post?id=16248477'>wolfmw said:</a></div><div class='bbCodeBlock-content'>"
        "Quoted from an earlier page of the thread.</div></blockquote><br><br>"
        f"{SENTENCE} The reply says so.</div></article></div>"
    )
    doc = parse_html(
        _page(f"<div class='block-body'>{reply}</div>"),
        url="https://forum.example.org/threads/beginner-mtb.1231381/",
    )
    cards = extract_teasers(doc, title=None, page_urls=set())
    assert [root.tag for root in cards.roots] == ["blockquote"]
    assert cards.teasers == []


def test_a_scripts_data_printed_as_text_is_not_body() -> None:
    """A widget's settings printed into a hidden box as JSON (a Shopify app block's
    ``<div id='widget-config'>``) is a script's data; a JSON sample in a ``<pre>`` is the
    article's code, and prose opening with a brace stays prose."""
    config = (
        '{"statementLink":"","footerHtml":"","hideMobile":false,"hideTrigger":false,'
        '"disableBgProcess":false,"language":"en","position":"bottom-left","leftDistance":30}'
    )
    html = _page(
        _steps(8)
        + '<pre><code>{"order_date": "2025-12-18", "items": [1, 2]}</code></pre>'
        + "<p>{braces} in a template mark the fields a merge fills in, as here: {name}.</p>",
        after="<div class='shopify-block shopify-app-block'>"
        f"<div id='widget-config' style='opacity:0; font-size: 1px;'>{config}</div></div>",
    )
    page = scraper.extract(html, url="https://shop.example.com/pages/salary")
    text = page.article.text
    assert "statementLink" not in text
    assert '"order_date": "2025-12-18"' in text
    assert "{braces} in a template" in text


def test_a_run_of_identifiers_printed_as_text_is_not_body() -> None:
    """A label whose letters sit in spans named by UUIDs (eBay's obfuscated "Sponsored") prints
    as a line of identifiers run together; a sentence naming one identifier stays."""
    letters = "".join(
        f"<span class='s{i} {i:08x}-d3e5-41e1-baf5-303640756ebf'>{char}</span>"
        f"<span class='h{i}'>{i:08x}-1bc7-4f5f-a4f7-68184bc11dc0</span>"
        for i, char in enumerate("Sponsored")
    )
    html = _page(
        _steps(8)
        + f"<p>{letters}</p>"
        + "<p>Mount the volume by its id, 0ba5b7f3-54d2-4325-80e5-e7a159900d3f, in fstab.</p>"
    )
    page = scraper.extract(html, url="https://shop.example.com/itm/276702815108")
    text = page.article.text
    assert "1bc7-4f5f" not in text
    assert "Mount the volume by its id, 0ba5b7f3-54d2-4325-80e5-e7a159900d3f" in text


def _docbook_chapter(opening: str) -> HtmlElement:
    # a manual built with DocBook's XSL (PostgreSQL, GNOME, many others): a chapter's page is
    # its table of contents and an opening paragraph, between the Prev/Up/Next bars
    sections = (
        "Introduction",
        "Index Types",
        "Multicolumn Indexes",
        "Indexes and ORDER BY",
        "Combining Multiple Indexes",
        "Unique Indexes",
        "Indexes on Expressions",
        "Partial Indexes",
        "Index-Only Scans and Covering Indexes",
        "Operator Classes and Operator Families",
    )
    toc = "".join(
        f"<dt><span class='sect1'><a href='indexes-{n}.html'>11.{n}. {name}</a></span></dt>"
        for n, name in enumerate(sections, start=1)
    )
    bar = (
        "<table summary='Navigation header'><tr><td><a accesskey='p' href='typeconv.html'>Prev"
        "</a></td><td><a accesskey='u' href='sql.html'>Up</a></td><th>Part II. The SQL Language"
        "</th><td><a accesskey='n' href='indexes-1.html'>Next</a></td></tr></table>"
    )
    html = (
        "<html><body><div id='docContent'>"
        f"<div class='navheader'>{bar}<hr></div><div class='chapter' id='INDEXES'>"
        "<div class='titlepage'><h2 class='title'>Chapter 11. Indexes</h2></div>"
        "<div class='toc'><p><strong>Table of Contents</strong></p>"
        f"<dl class='toc'>{toc}</dl></div>{opening}</div>"
        f"<div class='navfooter'><hr>{bar}</div></div></body></html>"
    )
    return parse_html(html, url="https://docs.example.org/indexes.html").root


OPENING = (
    "Indexes are a common way to enhance database performance. An index allows the database "
    "server to find and retrieve specific rows much faster than it could do without an index."
)


def test_a_box_printing_a_paragraph_of_its_own_beside_its_links_is_no_link_cluster() -> None:
    # the chapter's opening paragraph under its long table of contents
    root = _docbook_chapter(f"<p>{OPENING}</p>")
    stats = measure(root)
    (box,) = root.iterfind(".//div[@id='docContent']")
    assert stats[box].link_density > MAX_LINK_DENSITY  # mostly links ...
    assert not is_link_cluster(box, stats)  # ... but the paragraph is read, the box kept


def test_a_box_whose_paragraph_is_inside_a_link_is_still_a_link_cluster() -> None:
    # a card whose link wraps its excerpt prints no paragraph of its own
    root = _docbook_chapter(f"<a href='indexes-1.html'><p>{OPENING}</p></a>")
    stats = measure(root)
    (box,) = root.iterfind(".//div[@id='docContent']")
    assert is_link_cluster(box, stats)


BEST_SELLERS = (
    "Apple AirPods Pro 3 Wireless Earbuds, Active Noise Cancellation, Live Translation, Heart "
    "Rate Sensing, Hearing Aid Feature, Bluetooth Headphones, Spatial Audio, USB-C Charging",
    "Amazon Fire TV Stick 4K, stream in 4K with Wi-Fi 6, Dolby Vision and Atmos, free and live "
    "TV, Alexa Voice Remote, smart home controls, HD streaming device",
    "Soundcore by Anker P20i True Wireless Earbuds, 10mm Drivers with Big Bass, Bluetooth 5.3, "
    "30H Long Playtime, Water-Resistant, 2 Mics for AI Clear Calls, 22 Preset EQs",
    "JBL Vibe Beam True Wireless Earbuds, Deep Bass Sound, Smart Ambient, VoiceAware, Up to 32 "
    "Hours of Battery Life, Water and Dust Resistant, Hands-Free Call",
)


def _best_sellers_page() -> str:
    # Amazon's best sellers: a grid of cards, each product's long name inside its link
    cards = "".join(
        f"<li class='zg-no-numbers'><span class='a-list-item'><div class='a-column gridItemRoot'>"
        f"<div class='zg-bdg-ctr'><span class='zg-bdg-text'>#{rank}</span></div><div "
        f"class='zg-grid-general-faceout'><a class='a-link-normal aok-block' role='link' "
        f"href='/dp/B0{rank}FQFB8FMG'><span><div class='_cDEzb_p13n-sc-css-line-clamp-3_g3dy1'>"
        f"{name}</div></span></a><a class='a-link-normal' href='/product-reviews/B0{rank}'>"
        f"4.5 out of 5 stars 21,{rank}03</a><a class='a-link-normal a-text-normal' href='/dp/"
        f"B0{rank}FQFB8FMG'><span class='a-size-base a-color-price'>${rank}9.99</span></a></div>"
        "</div></span></li>"
        for rank, name in enumerate(BEST_SELLERS, start=1)
    )
    return (
        "<!DOCTYPE html><html lang='en-us'><head><title>Amazon.com: Amazon Best Sellers: Best "
        "Electronics</title></head><body><div id='zg'><div class='a-cardui'><h1>Best Sellers in "
        "Electronics</h1><div class='p13n-desktop-grid'><ol class='a-ordered-list a-vertical "
        f"p13n-gridRow'>{cards}</ol></div></div></div><div id='navFooter'><ul><li><a href='/"
        "sell'>Sell on Amazon</a></li><li><a href='/business'>Amazon Business</a></li></ul></div>"
        "</body></html>"
    )


def test_a_products_name_printed_inside_its_link_is_no_paragraph_to_choose() -> None:
    # each name reads as a paragraph (long, with commas) but is link text: the grid is chosen
    page = scraper.extract(_best_sellers_page(), url="https://www.amazon.com/zgbs/electronics")
    assert page.article is not None
    assert all(name in page.article.text for name in BEST_SELLERS)


CHAIRS = (
    ("sitonit-wit-high-back", "SitOnIt Wit High Back WFH Mesh Task Chair", "$403.00", "SitOnIt"),
    ("sitonit-novo-high-back", "SitOnIt Novo WFH High Back Mesh Task Chair", "$434.00", "SitOnIt"),
    ("friant-zone-too-tasker", "Friant Zone Too Tasker", "$249.00", "Friant"),
    ("branch-ergonomic-chair", "Branch Furniture Ergonomic Chair", "$359.00", "Branch"),
    ("sitonit-wit-mid-back", "SitOnIt Wit Mid Back WFH Mesh Task Chair", "$391.00", "SitOnIt"),
    ("eurotech-apollo-mesh", "Eurotech Apollo Mesh Back Executive Chair", "$299.00", "Eurotech"),
    ("global-sidero-mesh", "Global Sidero Mesh Back Tilter Chair", "$512.00", "Global"),
    ("hon-ignition-2-mesh", "HON Ignition 2.0 Mid-Back Mesh Task Chair", "$329.00", "HON"),
    ("steelcase-series-1", "Steelcase Series 1 Air Back Task Chair", "$489.00", "Steelcase"),
    ("humanscale-diffrient", "Humanscale Diffrient Smart Mesh Chair", "$1,129.00", "Humanscale"),
)


CHAIRS_IN_COLOURS = [
    (f"{slug}-{colour.lower()}", f"{name}, {colour}", price, brand)
    for slug, name, price, brand in CHAIRS
    for colour in ("Black", "Fog", "Graphite")
]
INTRO = (
    "Mesh chairs keep you cool through the working day: the open weave lets air pass, so the "
    "back never gets warm, and it gives a little under your weight, so it supports the spine "
    "without the pressure points of foam. Our mesh chairs come from SitOnIt, Friant, HON and "
    "Steelcase, with adjustable arms, seat depth and lumbar support, and most ship within two "
    "business days. Pick a high back for long sessions, a mid back for a compact desk."
)


def _bigcommerce_category() -> str:
    # BigCommerce's Cornerstone theme: a category's product grid, each card's name a link
    cards = "".join(
        f"<li class='product'><article class='card'><figure class='card-figure'><a href='/{slug}"
        f"/' class='card-figure__link' aria-label='{name}, {price}'><div class='card-img-"
        f"container'><img class='card-image' src='/img/{slug}.jpg' alt='{name}'></div></a>"
        "<figcaption class='card-figcaption'><div class='card-figcaption-body'><a class='button "
        f"card-figcaption-button' href='/{slug}/'>View Options</a></div></figcaption></figure>"
        f"<div class='card-body'><div><p class='card-title'><a href='/{slug}/'>{name}</a></p>"
        "<div class='card-text'><div class='price-section'><span class='price price--without"
        f"Tax'>{price}</span></div></div><p class='card-text brand-name'>{brand}</p></div></div>"
        "</article></li>"
        for slug, name, price, brand in CHAIRS_IN_COLOURS
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Mesh Style Chairs - Office Chairs USA"
        "</title></head><body><header class='header'><nav class='navPages'><ul class='navPages-"
        "list'><li><a href='/seating/'>Seating</a></li><li><a href='/desks/'>Desks</a></li></ul>"
        "</nav></header><div class='body'><div class='container'><div class='page'><main "
        "class='page-content' id='product-listing-container'><h1 class='page-heading'>Mesh "
        f"Style Chairs</h1><div class='read-more__text'><p>{INTRO}</p></div><form class="
        "'actionBar'><label for='sort'>Sort By:</label></form><ul "
        f"class='productGrid'>{cards}</ul></main></div></div></div><footer class='footer'><p>© "
        "2025 Office Chairs USA</p></footer></body></html>"
    )


def test_a_long_grid_of_linked_products_is_a_list_page_s_content() -> None:
    page = scraper.extract(
        _bigcommerce_category(), url="https://www.officechairs.example/seating/mesh-style-chairs/"
    )
    assert page.article is not None
    text = page.article.text
    assert all(name in text and price in text for _, name, price, _ in CHAIRS_IN_COLOURS)


@pytest.mark.parametrize(
    "prompt",
    [
        # a read-aloud player over the story: its label and the recording's length
        "<div class='audio-player-container'><span>Listen to this article</span>"
        "<span>4 min</span></div>",
        # Economic Times' summary player (WCXB 0475)
        "<div class='ai_podcast_030825'><div class='content'><p class='description'>Listen to "
        "this article in summarized format</p></div><button>Play</button></div>",
        "<p class='tts'>Artikel anhören</p>",
    ],
)
def test_a_read_aloud_players_prompt_is_no_body_text(prompt: str) -> None:
    story = "".join(
        f"<p>The committee heard {n} hours of testimony on the salary bands before it voted "
        "to publish them for every job the college advertises.</p>"
        for n in range(2, 8)
    )
    page = scraper.extract(_page(prompt + story), url="https://www.example.edu/careers/salary")
    assert page.article is not None
    assert page.article.text.startswith("The committee heard 2 hours")
    # a sentence that happens to open the same way stays
    line = "<p>Listen to the story of how the bands were set, from the committee's chair.</p>"
    page = scraper.extract(_page(story + line), url="https://www.example.edu/careers/salary")
    assert page.article is not None and "Listen to the story of how" in page.article.text


def test_an_author_info_box_under_the_story_is_no_body_text() -> None:
    # AP: the writer's name and a line about them in a box after the story's body
    box = (
        "<div class='Page-authorinfo'><div class='Page-authorinfo-name'><a href='/author/"
        "kevin-mcgill'>KEVIN McGILL</a></div><p>McGill covers Louisiana news for The "
        "Associated Press.</p></div>"
    )
    page = _signed_bio_page(box)  # printed inside the story's box, after its paragraphs
    article = scraper.extract(page, url="https://www.techhive.example/best-budget-laptops").article
    assert "Laptop pick 7 is worth a look." in article.text
    assert "covers Louisiana news" not in article.text


def _shop_page_with_other_products(box_open: str, box_close: str) -> str:
    # WooCommerce single-product template: the summary beside the gallery, the description
    # and additional-information tabs, then a box of the shop's other products (each card a
    # linked name, a price and a button)
    cards = "".join(
        f"<li class='product type-product post-{n} status-publish instock'><a href="
        f"'https://shop.example.com/product/kitchen-towel-{n}/' class='woocommerce-LoopProduct-"
        f"link'><img src='https://shop.example.com/wp-content/uploads/towel-{n}.jpg' alt=''>"
        f"<h2 class='woocommerce-loop-product__title'>Striped kitchen towel in sage {n}</h2>"
        f"<span class='price'>€{18 + n}.00</span></a><a href='?add-to-cart={n}' "
        f"class='button add_to_cart_button'>Add to cart</a></li>"
        for n in range(4)
    )
    return (
        "<!DOCTYPE html><html><head><title>Linen apron – Example Shop</title>"
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": '
        '"Product", "name": "Linen apron"}</script></head><body class="product-template-default '
        "single single-product\"><div id='primary' class='content-area'><main id='main' "
        "class='site-main'><div class='product type-product status-publish'>"
        "<div class='woocommerce-product-gallery'><img src='https://shop.example.com/wp-content"
        "/uploads/apron.jpg' alt='Linen apron'></div><div class='summary entry-summary'>"
        "<h1 class='product_title entry-title'>Linen apron</h1><p class='price'>€42.00</p>"
        "<div class='woocommerce-product-details__short-description'><p>We cut this apron from "
        "one piece of stonewashed linen, so it softens with every wash and never needs "
        "ironing.</p></div></div><div class='woocommerce-tabs wc-tabs-wrapper'><div "
        "class='woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content'"
        " id='tab-description'><h2>What we love about it</h2><ul><li>Two deep pockets</li>"
        "<li>Adjustable neck strap</li><li>Made to order in 8 days</li></ul></div><div "
        "class='woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel' "
        "id='tab-additional_information'><h2>Additional information</h2><table class="
        "'woocommerce-product-attributes shop_attributes'><tr><th>Size</th><td>S, M, L</td></tr>"
        "<tr><th>Material</th><td>Linen</td></tr></table></div></div>"
        f"{box_open}<h2>You may also like…</h2><ul class='products columns-4'>{cards}</ul>"
        f"{box_close}</div></main></div></body></html>"
    )


@pytest.mark.parametrize(
    ("box_open", "box_close"),
    [
        ("<section class='up-sells upsells products'>", "</section>"),  # WooCommerce
        ("<div class='cross-sells'>", "</div>"),  # WooCommerce's cart
        ("<div class='block crosssell'>", "</div>"),  # Magento
        ("<div class='complementary-products'>", "</div>"),  # Shopify (Dawn)
    ],
)
def test_a_box_of_the_shops_other_products_is_not_the_products_text(
    box_open: str, box_close: str
) -> None:
    html = _shop_page_with_other_products(box_open, box_close)
    page = scraper.extract(html, url="https://shop.example.com/product/linen-apron/")
    assert "stonewashed linen" in page.article.text
    assert "Two deep pockets" in page.article.text
    assert "kitchen towel" not in page.article.text
