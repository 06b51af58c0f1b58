"""Class and id names read as words (`scraper.dom.words_of`)."""

from __future__ import annotations

import scraper
from scraper.dom import words_of


def test_compound_names_give_their_parts() -> None:
    assert words_of("post-kicker widget__section") == {
        "post-kicker", "post", "kicker", "widget__section", "widget", "section",
    }  # fmt: skip
    assert words_of("relatedPosts") == {"relatedposts", "related", "posts", "related-posts"}


def test_a_camel_case_name_is_read_as_its_hyphenated_twin() -> None:
    # CSS-in-JS classes (BBC's "ssrcss-1x2y-VisuallyHidden") and BigCommerce's "u-hiddenVisually"
    assert "visually-hidden" in words_of("ssrcss-1x2y-VisuallyHidden")
    assert "hidden-visually" in words_of("u-hiddenVisually")
    assert "sr-only" in words_of("is-srOnly")
    # a state stays a state: the post has comments, it is not the comment thread
    assert "has-comments" not in words_of("hasComments")


def test_a_state_name_does_not_name_the_element() -> None:
    # "has-comments" says the post holds comments, not that it is the comment thread
    assert words_of("hentry has-comments no-sidebar withSidebar") == {
        "hentry", "has-comments", "no-sidebar", "withsidebar",
    }  # fmt: skip


def test_what_a_name_says_its_element_has_does_not_name_it() -> None:
    # Squarespace's summary cards: an item that has an author is no author box
    words = words_of("summary-item summary-item-has-author summary-item-has-excerpt")
    assert {"summary", "item"} <= words and not {"author", "excerpt"} & words
    assert "excerpt" not in words_of("card-no-excerpt")
    # "with" inside a name is part of what it names: an image-with-text section
    assert {"image", "text", "section"} <= words_of("image-with-text-overlay-section")


def test_a_tailwind_arbitrary_value_is_css_not_a_name() -> None:
    # "--sidebar-container-width" is a CSS variable; the element is not a sidebar
    words = words_of("lg:max-2xl:mr-[--sidebar-container-width] text-[rgba(0,0,0,0.5)]")
    assert "sidebar" not in words
    assert {"lg:max", "2xl:mr", "text"} <= words


def test_a_setting_of_how_something_looks_does_not_name_the_element() -> None:
    # Kadence's accordion: "the pane header is aligned left", not a page header
    words = words_of("kt-accordion-wrap kt-pane-header-alignment-left text-align-center")
    assert "header" not in words
    assert {"kt-accordion-wrap", "accordion", "kt-pane-header-alignment-left"} <= words


def test_a_switch_name_does_not_name_the_element() -> None:
    # a theme's "enable-pin-share" turns on pinning on the article's images: no share bar
    words = words_of("full-content enable-pin-share post-5406")
    assert "share" not in words
    assert {"full-content", "content", "enable-pin-share"} <= words


def test_a_bem_modifier_saying_what_the_block_holds_names_nothing() -> None:
    # "o-section--has-ads": the section holds ads, it is not one
    words = words_of("o-section o-section-intro o-section--has-ads js-section--has-ads")
    assert "ads" not in words
    assert {"o-section", "section", "intro", "js"} <= words
    # other modifiers still name the block
    assert {"card", "featured", "nav", "main"} <= words_of("card--featured c-nav--main")


def test_a_wordpress_post_s_terms_do_not_name_it() -> None:
    # post_class() files the post under its categories and tags, whatever they are called
    post = words_of(
        "post-7972 post type-post status-publish category-no-newsletter-rss tag-related"
    )
    assert not {"newsletter", "related"} & post
    assert {"post", "category-no-newsletter-rss", "tag-related"} <= post
    # outside a post's classes, the same prefixes name widgets ("category-nav")
    assert "nav" in words_of("category-nav category-nav__item")


def test_names_made_of_separators_only() -> None:
    assert words_of("- __ x") == {"-", "__", "x"}


SQUARESPACE_POST = """<!DOCTYPE html><html lang="en-US"><head><title>5 Tips For Landscape
Composition | Scott Davenport</title></head><body class="collection-type-blog view-item">
<header class="Header"><nav class="Header-nav"><a href="/workshops">Workshops</a>
<a href="/blog">Blog</a></nav></header>
<main class="Main Main--blog-item"><section class="Main-content">
<article class="BlogItem hentry category-tips-tricks author-scott-davenport post-type-text
 has-categories has-tags has-comments" id="post-58dec4f259cc">
<h1 class="BlogItem-title">5 Tips For Landscape Composition</h1>
<div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-html-content">
<p>A recurring theme in my workshops is the question of photo composition. Is a scene well
composed? What could make the composition stronger?</p>
<p>Our camera can do a lot for us. It can meter a scene and capture a good exposure, but it
cannot choose where to stand, and that choice is most of a landscape photograph.</p>
</div></div></div></article>
<section class="BlogItem-comments"><div class="squarespace-comments"><p>Great tips, thanks
Scott! I will try the first one on my next trip to the coast this summer.</p></div></section>
</section></main></body></html>"""


def test_a_post_that_has_comments_is_not_removed_as_comments() -> None:
    page = scraper.extract(SQUARESPACE_POST)
    assert page.article is not None
    assert page.article.text.startswith("A recurring theme in my workshops")
    assert "Great tips" not in page.article.text
