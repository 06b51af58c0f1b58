"""Parsing: the tree libxml2 builds must hold what a browser would show."""

from __future__ import annotations

import scraper
from scraper.endtags import close_open_divs, ignored_end_tags
from scraper.parse import _without_early_end_tags, parse_html
from scraper.text import raw_text

STORY = (
    "<p>When defined in the simplest way possible, HR is about people, and about the rules "
    "that bind a company to the people it hires.</p>"
    "<p>The Human Resources department of any company is concerned with its employees: "
    "recruitment, administration and training, and the conflicts between them.</p>"
)
# A WordPress theme whose header template closes the document before the article is printed:
# browsers put what follows back into the body; libxml2 drops what follows "</html>".
HEADER_CLOSES_DOCUMENT = (
    "<!DOCTYPE html><html lang='en-US'><head><title>6 Types of HR Outsourcing</title></head>"
    "<body class='wp-singular single single-post'><header class='site-header'><nav>"
    "<ul class='menu'><li class='menu-item'><a href='/about/'>About Us</a></li>"
    "<li class='menu-item'><a href='/contact/'>Contact Us</a></li></ul></nav></header>"
    "</body>\n</html>\n"
    "<div class='blog-detail-page'><section class='blog-details-banner'>"
    "<h1>6 Types of HR Outsourcing You Need to Know About</h1></section>"
    "<section><div id='blog-content' class='details-table-right blog-content-data'>"
    + STORY
    + "</div></section></div>\n<footer class='site-footer'><p>© Escalon</p></footer>"
    "</body></html>"
)


def test_content_after_an_early_end_of_document_is_kept_in_the_body() -> None:
    doc = parse_html(HEADER_CLOSES_DOCUMENT)
    body = doc.root.find("body")
    assert body is not None
    assert "Human Resources department" in raw_text(body)
    page = scraper.extract(HEADER_CLOSES_DOCUMENT)
    assert page.article is not None
    assert page.article.text.startswith("When defined in the simplest way possible")
    assert "Contact Us" not in page.article.text


def test_content_after_an_early_body_end_tag_is_in_the_body() -> None:
    doc = parse_html("<html><body><nav>Menu</nav></body><div><p>After the body</p></div></html>")
    body = doc.root.find("body")
    assert body is not None and "After the body" in raw_text(body)


def test_a_page_that_ends_normally_is_left_as_it_is() -> None:
    for html in (
        b"<html><body><p>One</p></body>\n</html>\n",
        b"<html><body><p>One</p></BODY></HTML>",
        b"<html><body><p>One</p>",
    ):
        assert _without_early_end_tags(html) is html
    assert _without_early_end_tags(b"<p>1</p></Body><!-- x --><p>2</p>") == (
        b"<p>1</p><!-- x --><p>2</p>"
    )


def test_a_heading_opened_inside_another_closes_it_as_in_a_browser() -> None:
    # a WordPress hero whose <h1> is never closed before the date line's <h3>
    html = (
        "<html><head><title>Top Strategies | infuy</title></head><body>"
        "<section class='hero-banner'><h1 class='hero-banner__title'>Top Strategies to "
        "Optimize Blockchain Performance<div class='divider'></div>"
        "<h3 class='date-info-title'>Posted on July 1, 2024 by infuy</h3></section>"
        "<article><p>" + "Blockchains trade speed for trust, and tuning them is about "
        "where to give ground. " * 6 + "</p></article></body></html>"
    )
    doc = parse_html(html)
    h1 = doc.root.find(".//h1")
    assert h1 is not None and h1.find(".//h3") is None
    page = scraper.extract(html, url="https://www.example.com/blog/blockchain-strategies/")
    assert page.article is not None
    assert page.article.title == "Top Strategies to Optimize Blockchain Performance"
    assert page.article.published is not None and page.article.published.date().isoformat() == (
        "2024-07-01"
    )


# Tailwind site header: the mega-menu leaves a <div> open, so libxml2 ignores "</nav>" and
# nests the rest of the page, byline and article included, inside the navigation.
NAV_LEFT_OPEN = (
    "<!DOCTYPE html><html lang='en'><head><title>How to Start an LLC | LegalZoom</title></head>"
    "<body><header class='relative isolate z-30 header-nav'><nav class='h-14 flex container'>"
    "<a href='/' aria-label='Logo'></a><div class='hidden grow pl-8'><div class='flex'>"
    "<button><span>Business</span></button><ul><li><a href='/llc.html'>LLC</a></li></ul>"
    "</div></nav></header><main><article><h1>How to Start an LLC in New York</h1>"
    "<div class='flex items-center'><span class='mr-1'>by </span><p class='font-bold'>"
    "<a href='/articles/authors/shannon-grilli'>Shannon Grilli</a></p></div>"
    + STORY
    + "</article></main><footer><p>© LegalZoom</p></footer></body></html>"
)


def test_a_container_end_tag_closes_the_divs_left_open_inside_it() -> None:
    doc = parse_html(NAV_LEFT_OPEN)
    nav = doc.root.find(".//nav")
    assert nav is not None and "Human Resources department" not in raw_text(nav)
    page = scraper.extract(NAV_LEFT_OPEN, url="https://www.example.com/articles/llc-new-york")
    assert page.article is not None
    assert [author.name for author in page.article.authors] == ["Shannon Grilli"]
    assert page.article.text.startswith("When defined in the simplest way possible")


def test_only_the_divs_still_open_are_closed() -> None:
    tags = frozenset({"nav"})
    assert close_open_divs(b"<nav><div>a</nav><p>b</p>", tags) == (
        b"<nav><div>a</div></nav><p>b</p>"
    )
    balanced = b"<nav><div><div>a</div></div></nav><div>b</div>"
    assert close_open_divs(balanced, tags) is balanced
    # "<div>" in a script or a comment opens nothing; a table's cells close their own divs
    quiet = b"<nav><script>x = '<div>';</script><!-- <div> --><table><tr><td><div>a</td>"
    quiet += b"</tr></table></nav>"
    assert close_open_divs(quiet, tags) is quiet
    # only the containers libxml2 reported are touched
    assert close_open_divs(b"<section><div>a</section>", tags) == b"<section><div>a</section>"
    assert ignored_end_tags(["Opening and ending tag mismatch: nav and div"]) == {"nav"}
    assert ignored_end_tags(["Opening and ending tag mismatch: span and div"]) == frozenset()


def test_named_leaves_out_elements_taken_out_of_the_tree() -> None:
    # lxml keeps a removed element in its document: the look-up must walk up to the root
    doc = parse_html(
        "<html><body><div class='card'><span class='byline'>By Ann Lee</span></div>"
        "<article><p class='byline'>By Bo Li</p></article></body></html>"
    )
    words = frozenset({"byline"})
    assert len(doc.named(words)) == 2
    card = doc.named(frozenset({"card"}))[0]
    card.getparent().remove(card)
    assert [element.text.strip() for element in doc.named(words)] == ["By Bo Li"]


def test_a_heading_part_that_utility_css_sets_on_its_own_line_is_not_glued_to_the_text() -> None:
    heading = (
        "<h1 class='text-center'>The Best Notion Alternatives<span class='block text-sm "
        "md:font-normal'>Top Note-taking Tools</span></h1>"
    )
    page = scraper.extract(
        f"<html><head><title>Notion alternatives</title></head><body><article>{heading}"
        f"{STORY}</article></body></html>",
        url="https://example.com/software/notion/",
    )
    assert page.article is not None
    assert page.article.title == "The Best Notion Alternatives Top Note-taking Tools"
    # an inline part stays glued, as a browser prints it
    doc = parse_html("<h2>Alter<span class='inline-block'>native</span>s</h2>")
    assert raw_text(doc.root).strip() == "Alternatives"


def _slide(number: int, title: str, text: str) -> str:
    # a Times Internet slideshow slide: the slide's text in a <caption> inside a <p>
    return (
        f"<section class='flt slides' itemscope itemtype='http://schema.org/ImageObject' "
        f"data-slideno='{number}'><div class='imgWraper'><img class='lazy slideImg' "
        f"src='https://img.example.com/{number}.jpg' alt='{title}'></div>"
        f"<div class='slideHeadSec'><h2 itemprop='name'>{title}</h2></div>"
        f"<p itemprop='caption description' class='s_des'><caption>{text}<br><br>"
        f"<em>Image credit: www.apple.com/in/</em></caption></p></section>"
    )


def test_a_caption_outside_a_table_is_text_as_a_browser_shows_it() -> None:
    slides = [
        ("Not a flagship", "The latest iPhone is not what you would expect: it is designed "
         "to look like the iPhone 8 from 2017, but it is a massive upgrade on it."),
        ("Pocket friendly", "First off, its form factor is a surprise: a 4.7 in display puts "
         "it in the smaller screen size category, with most phones closer to six inches."),
        ("Powerful package", "But the iPhone SE fits in so much more in the tiny form factor, "
         "cramming in the latest chip and bringing back the much-missed home button."),
    ]  # fmt: skip
    rail = "".join(
        f"<li><a href='/markets/fund-{n}.cms'>Equity Savings Fund Direct Plan {n} Growth</a></li>"
        for n in range(12)
    )
    html = (
        "<html><head><title>The iPhone SE is in India | The Economic Times</title></head><body>"
        "<div class='slideshow'>"
        + "".join(_slide(n, title, text) for n, (title, text) in enumerate(slides, 1))
        + "</div><aside><h3>Featured funds</h3><ul>"
        + rail
        + "</ul></aside>"
        "<table><caption>Prices by storage</caption><tr><td>64 GB</td><td>Rs 42,900</td></tr>"
        "</table></body></html>"
    )
    doc = parse_html(html)
    assert [c.getparent().tag for c in doc.root.iter("caption")] == ["table"]
    page = scraper.extract(html, url="https://economictimes.example.com/slideshow/1.cms")
    assert page.article is not None
    for _, text in slides:  # without the repair, the rail beside them was taken for the body
        assert text in page.article.text
