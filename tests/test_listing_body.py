"""The body of a listing page: its own header, and the grid of cards the body container missed.

The pages are fixtures written to mimic real CMS templates (WooCommerce's Storefront category
archive, a Tailwind WordPress recipe archive); see each folder's meta.json.
"""

from __future__ import annotations

from itertools import product
from pathlib import Path

import pytest

import scraper
from scraper.models import Teaser
from scraper.pipeline import _missed_cards_blocks
from tests.goldens import FIXTURES, extract_fixture


def _body(folder: str) -> str:
    page = extract_fixture(Path(FIXTURES / folder))
    assert page["page_type"] == "listing"
    return str(page["article"]["text"])


@pytest.fixture(scope="module")
def recipes() -> str:
    return _body("wordpress-recipe-category")


@pytest.fixture(scope="module")
def shop() -> str:
    return _body("woocommerce-shop-category")


def test_card_grid_beside_a_short_intro_is_the_body(recipes: str) -> None:
    """The introduction alone is under a listing's minimum, so the grid holding the cards is
    read too: its section headings and each card's details, in page order."""
    order = [
        "Set it in the morning, come home to dinner.",
        "Top Rated Slow Cooker Recipes",
        "212 reviews / 4.9 average",
        "Slow Cooker Chicken Tikka Masala",
        "Slow Cooker Korean Beef Tacos",
        "Slow Cooker Soup Recipes",
        "Cozy, hands-off and freezer friendly",
        "Crockpot Minestrone with Parmesan Rind",
    ]
    positions = [recipes.find(text) for text in order]
    assert -1 not in positions, [text for text, at in zip(order, positions, strict=True) if at < 0]
    assert positions == sorted(positions)


def test_card_grid_leaves_the_site_furniture_out(recipes: str) -> None:
    for furniture in ("Get new recipes by email", "Privacy Policy", "Meal Prep", "Skip to"):
        assert furniture not in recipes


def test_the_listing_header_keeps_its_description(shop: str) -> None:
    """A box named "...-header" around the page's <h1> with no byline or date heads the
    content: the category description in it is body text."""
    assert shop.startswith("A gooseneck spout lets you place every drop of water")
    assert "Hario Buono Gooseneck Kettle 1.2 L $48.00" in shop
    assert "Takahiro Copper Drip Kettle 0.9 L $189.00" in shop


def test_the_shop_sidebar_and_site_header_stay_out(shop: str) -> None:
    for furniture in ("Filter by price", "Paper Filters", "Search products", "Gift Cards"):
        assert furniture not in shop


def test_a_cards_updated_stamp_on_a_listing_is_no_update() -> None:
    """Dawn's section page: each card prints "Updated 10 Mar, 2025 03:30pm" over its excerpt,
    in spans of their own; that is the card's date, not an update to the page."""
    cards = "".join(
        f'<article class="story box" data-layout="story"><h2 class="story__title">'
        f'<a class="story__link" href="https://www.dawn.com/news/18949{n:02d}/story-number-{n}-'
        f'in-the-section">Story number {n} in the section today</a></h2>\n'
        '<span class="timestamp--label">Updated</span> <span class="timestamp--date">10 Mar, '
        f'2025</span> <span class="timestamp--time">0{n}:30pm</span>\n'
        f'<div class="story__excerpt">What happened in story {n}, told in one line for the '
        "section page's readers.</div></article>"
        for n in range(1, 7)
    )
    html = (
        "<html lang='en'><head><title>Pakistan - DAWN.COM</title></head><body><main>"
        f"<h1>Pakistan</h1><div class='section-stories'>{cards}</div></main></body></html>"
    )
    page = scraper.extract(html, url="https://www.dawn.com/pakistan")
    assert page.page_type == "listing"
    assert page.updates == []


def test_a_missed_card_printed_whole_in_its_link_keeps_all_it_prints() -> None:
    """A listing's cards the body missed are added from the teasers; a card whose link
    stacks its text blocks is read apart as title and excerpt, but the body keeps what the
    link prints whole (the price and stock beside the name)."""
    teaser = Teaser(
        url="https://shop.example.com/daisy-earrings",
        title="DAISY Earrings",
        excerpt="Sterling Silver, White enamel",
    )
    printed = {teaser.url: "DAISY Earrings Sterling Silver, White enamel $290.00 Only 3 left"}
    blocks = _missed_cards_blocks([teaser], [], printed)
    assert [block.text for block in blocks if hasattr(block, "text")] == [
        "DAISY Earrings",
        "Sterling Silver, White enamel $290.00 Only 3 left",
    ]
    assert [getattr(block, "text", "") for block in _missed_cards_blocks([teaser], [], {})] == [
        "DAISY Earrings",
        "Sterling Silver, White enamel",
    ]


def test_a_front_page_printing_only_a_few_cards_has_them_as_its_text() -> None:
    """A publication's home page on Medium lists its three latest posts and nothing else: too
    few cards for a listing, but they are all the page says (the body's scorer, finding no
    prose, picks the cookie notice, whose text is furniture)."""
    posts = "".join(
        f"<div class='ab ac'><a href='/{slug}-{n}f4?source=collection_home_page'>"
        f"<h2 class='be pw-post-title'>{title}</h2></a><a href='/{slug}-{n}f4?source=collection"
        f"_home_page'><h3 class='pw-subtitle-paragraph'>{dek}</h3></a></div>"
        for n, (slug, title, dek) in enumerate(
            (
                ("localization-analytics", "Scaling global storytelling with better analytics",
                 "How we rebuilt localization reporting"),
                ("vector-api", "Optimizing recommendation systems with the Vector API",
                 "Faster scoring on the JVM"),
                ("containers-cpus", "Scaling containers on modern CPUs",
                 "What mount storms taught us"),
            )
        )
    )  # fmt: skip
    html = (
        "<html><head><title>Tech Blog</title><meta property='og:type' content='website'></head>"
        f"<body><nav><a href='/'>Home</a><a href='/about'>About</a></nav><main>{posts}</main>"
        "<div class='g fa lp lq'><div class='q' role='alert'>To make Medium work, we log user "
        "data. By using Medium, you agree to our <a href='https://policy.medium.com/privacy'>"
        "Privacy Policy</a>, including cookie policy.</div></div></body></html>"
    )
    front = scraper.extract(html, url="https://techblog.example.com/")
    assert len(front.teasers) == 3
    text = front.article.text or ""
    assert "Scaling containers on modern CPUs" in text
    assert "Optimizing recommendation systems with the Vector API" in text


def test_a_main_landmark_holding_only_product_links_is_the_body() -> None:
    """A Salesforce Commerce Cloud (SFRA) category page: the product tiles print their names
    as links, so every block is a link cluster; the main landmark's links are all it says,
    the header's menu stays out."""
    tiles = "".join(
        f"<div class='col-6 col-sm-4'><div class='product'><div class='product-tile on-hover'>"
        f"<div class='product-tile-image-container image-container'><a href='/product/{slug}/"
        f"1000500020{n}.html' class='product-tile-image-link'><img class='product-tile-image "
        f"tile-image lazyload' src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAA"
        f"EAAAICTAEAOw==' alt='{name}'></a></div><div class='tile-body'><div class='pdp-link'>"
        f"<a class='link' href='/product/{slug}/1000500020{n}.html'>{name}</a></div><div "
        f"class='price'><span><span class='sales'><span class='value' content='{price}'>"
        f"${price}</span></span></span></div></div></div></div></div>"
        for n, (slug, name, price) in enumerate(
            (
                ("roc-loc-5-led-light", "Roc Loc 5 LED Light", "34.95"),
                ("caden-helmet-vent-light", "Caden Helmet Vent Light", "21.95"),
                ("scamp-ii-helmet-vent-light", "Scamp II Helmet Vent Light", "29.95"),
            )
        )
    )
    menu = "".join(
        f"<li class='nav-item'><a class='nav-link' href='/{item.lower()}/'>{item}</a></li>"
        for item in ("Cycling", "Snow", "Helmets", "Accessories", "Sale")
    )
    html = (
        "<html lang='en'><head><title>Lights | Giro Sport Design</title></head><body><header>"
        f"<nav class='navbar'><ul class='nav navbar-nav'>{menu}</ul></nav></header>"
        "<div role='main' id='maincontent'><div class='container search-results'><h1 class='"
        "page-header-title'>Lights</h1><div class='row product-grid'>"
        f"{tiles}</div></div></div><footer><a href='/privacy'>Privacy Policy</a></footer>"
        "</body></html>"
    )
    page = scraper.extract(html, url="https://www.giro.example/cycling/accessories/lights/")
    text = page.article.text or ""
    assert "Roc Loc 5 LED Light" in text and "Scamp II Helmet Vent Light" in text
    assert "$21.95" in text
    assert "Helmets" not in text and "Privacy Policy" not in text


DESK_ACCESSORIES = (
    ("Bamboo Motion-X Board", 99), ("Inclining Walking Pad", 349), ("Desk Organizer Set", 49),
    ("3-Drawer Narrow Square File Cabinet", 269), ("2-Drawer File Cabinet with Seat", 299),
    ("Aluminum Headphone Stand", 29), ("Compact Under Desk Drawer", 79), ("Foot Hammock", 39),
    ("Slim Under Desk Shelf", 69), ("Single Monitor Arm", 119), ("Wire Management Tray", 25),
    ("Standing Desk Anti-Fatigue Mat", 89),
)  # fmt: skip
FINISHES = ("Black", "White", "Natural Bamboo")


def _shop_category_page() -> str:
    """A Next.js + Tailwind shop category page (UPLIFT Desk-like): a sale banner of two short
    paragraphs above a grid of product tiles, each a linked picture, a linked name and a price."""
    tiles = "".join(
        "<div class='col-span-1 mb-10 flex flex-col sm:mb-5'>"
        f"<a href='/p/{n}.html' class='relative block'><img src='/img/{n}.webp' alt=''></a>"
        "<div class='mr-5 flex flex-1 flex-col'>"
        f"<a href='/p/{n}.html' class='hover:text-ud-blue font-semibold'>{name}, {finish}</a>"
        f"<p class='text-sm'><span class='font-bold'>$ {price}</span> +</p></div></div>"
        for n, ((name, price), finish) in enumerate(product(DESK_ACCESSORIES, FINISHES))
    )
    return (
        "<html lang='en'><head><title>Desk Accessories | UPLIFT Desk</title></head>"
        "<body class='flex h-screen flex-col'><header><nav><ul>"
        "<li><a href='/standing-desks/'>Standing Desks</a></li>"
        "<li><a href='/desk-accessories/'>Accessories</a></li>"
        "<li><a href='/office-chairs/'>Chairs</a></li></ul></nav></header>"
        "<main><div class='mx-auto max-w-screen-2xl'>"
        "<div class='bg-ud-blue p-6 text-white'><h2>Spring Setup Sale</h2><p>Buy more, save "
        "more when you outfit your full office. Use the coupon code at checkout.</p><p>Sale "
        "ends 03/31/2026. While supplies last. Coupon offer calculated on the subtotal.</p>"
        "</div><div class='mx-5 grid grid-cols-1 md:grid-cols-12'><section "
        "class='col-span-4'><h1>Accessories for Standing Desks</h1><div class='col-span-full "
        f"grid grid-cols-1 gap-x-0 sm:grid-cols-3'>{tiles}</div></section></div></div></main>"
        "<footer><a href='/privacy'>Privacy Policy</a></footer></body></html>"
    )


def test_a_product_grid_beside_a_little_prose_in_the_main_landmark_is_the_body() -> None:
    """The scorer prefers the shop's sale banner, the only prose in <main>; the grid of
    product links there holds several times its words: the grid is what the page says."""
    page = scraper.extract(
        _shop_category_page(), url="https://www.upliftdesk.example/desk-accessories/"
    )
    text = page.article.text or ""
    assert "Bamboo Motion-X Board, Black" in text and "Foot Hammock, White" in text
    assert "Standing Desk Anti-Fatigue Mat, Natural Bamboo" in text
    assert "Privacy Policy" not in text and "Office Chairs" not in text


RIVER_STORIES = (
    ("beats-solo-4-walmart-colors", "Beats Solo 4 and Solo Buds both gain Walmart-exclusive "
     "color options", "Walmart now has the Beats Solo 4 and Beats Solo Buds available in new "
     "retailer-exclusive colorways, which were previously not offered in the United States."),
    ("airpods-pro-3-hands-on", "Hands on: AirPods Pro 3 Live Translation and heart rate "
     "monitoring are compelling", "Following the event, there was a chance to test out the "
     "AirPods Pro 3, including its heart rate monitoring and live transcription features."),
    ("airpods-max-usb-c-firmware", "New firmware available for AirPods Max with USB-C port",
     "Apple has released a new firmware update for the USB-C variant of the AirPods Max, "
     "although no information is available about the update's contents."),
    ("lightning-adapter-dropped", "Apple drops the Lightning adapter that still let iPhones "
     "use wired headphones", "Users who have not got around to buying the short Lightning to "
     "3.5mm headphone jack adapter after eight years are now out of luck."),
    ("sonos-ace-first-look", "Hands on with the new Sonos Ace headphones", "On Tuesday, Sonos "
     "announced the Sonos Ace headphones, its first product in the category, and we got an "
     "early look at them."),
    ("beats-solo-4-review", "Beats Solo 4 headphones review: Great audio quality and features",
     "The new Beats Solo 4 is probably the best choice for people wanting near-premium "
     "headphones in the Apple ecosystem without the price of the AirPods Max."),
)  # fmt: skip


def test_a_cards_excerpt_set_as_a_second_link_hidden_from_screen_readers_is_printed() -> None:
    """A news site's topic page (AppleInsider's "river"): each card repeats its story's link
    around the excerpt with aria-hidden and tabindex=-1, so that screen readers announce the
    story once. Sighted readers see the excerpt: it is part of the listing's text. An icon's
    link hidden the same way stays out."""
    cards = "".join(
        "<article class='river-article'><a href='https://news.example.com/articles/25/10/21/"
        f"{slug}' aria-hidden='true' tabindex='-1'><img src='/gallery/{slug}.jpg' "
        "class='thumbnail' alt=''></a><header><h2><a href='https://news.example.com/articles/"
        f"25/10/21/{slug}'>{title}</a></h2><p class='river-desc hide-mobile'><a href='https://"
        f"news.example.com/articles/25/10/21/{slug}' aria-hidden='true' tabindex='-1'>{excerpt}"
        "</a></p><div class='river-aux'><a href='https://news.example.com/editor/jane+doe' "
        "class='river-author'>Jane Doe</a> <time datetime='2025-10-21T21:27:02+00:00'>1 month "
        "ago</time> <a href='https://forums.example.com/discussion/1' class='badge comment' "
        "aria-hidden='true'>Read 12 comments on the forums</a></div></header></article>"
        for slug, title, excerpt in RIVER_STORIES
    )
    html = (
        "<html lang='en'><head><title>headphones | News Example</title></head><body><header>"
        "<nav><a href='/'>Home</a> <a href='/topic/iphone'>iPhone</a></nav></header><main>"
        "<div class='site-container'><div class='col-main block-flow'><h1>headphones</h1>"
        f"<section class='col-main'>{cards}</section></div></div></main></body></html>"
    )
    page = scraper.extract(html, url="https://news.example.com/topic/headphones")
    text = page.article.text or ""
    assert all(excerpt in text for _, _, excerpt in RIVER_STORIES)
    assert "Read 12 comments" not in text


def test_a_cards_headline_beside_its_row_of_topic_links_is_printed() -> None:
    """A company engineering blog's index (Next.js, Contentful): each card prints its date,
    linked headline and excerpt in one box beside a row of topic links. The links outweigh
    the excerpt in cards filed under many topics, yet the box is the card's own text, not a
    cluster of links to take out: every card keeps its headline and excerpt, in page order
    (not added back after the others as cards the body missed)."""
    topics = ("Developer Experience", "Platform", "Machine Learning", "Data Science", "Data")
    posts = (
        ("2026/1/separate-stacks", "Why We Use Separate Stacks for Ranking and Testing",
         "Why the two domains are kept apart.", 5),
        ("2025/11/shuffle-human", "Shuffle: Making Random Feel More Human",
         "Shuffle has long been one of the most used features, and one of the least understood.",
         2),
        ("2025/10/agents-part-3", "Coding Agents: Results Through Feedback Loops (Part 3)",
         "The system that keeps our agents' code trustworthy.", 4),
        ("2025/9/outage-report", "Incident Report: Outage on April 16",
         "On April 16 users worldwide could not play music. Here is what happened.", 1),
        ("2025/8/five-years-portal", "Celebrating Five Years of Our Developer Portal",
         "From an open source project to a business of its own.", 5),
        ("2025/7/release-part-1", "A Look at How We Release the App (Part 1)",
         "Releasing mobile apps at scale is a big challenge.", 3),
        ("2025/6/certification-tips", "Tips for Taking the Portal Associate Exam",
         "There is a new engineering certification in town.", 4),
    )  # fmt: skip
    cards = "".join(
        f"<div class='post-card'><div class='post-card__image'><a href='/{slug}'><img alt='' "
        f"src='/_next/image?url=%2F{n}.png&amp;w=828&amp;q=75'></a></div><div class='post-"
        f"card__content'><div class='top-content'><div class='post-card__date'>Jan {n + 7}, "
        f"2026</div><a href='/{slug}'><h4 class='post-card__title'>{title}</h4></a><div "
        f"class='post-card__description'>{excerpt}</div></div><div class='post-card__tags'>"
        + "".join(
            f"<a class='tag' href='/category/{topic.lower().replace(' ', '-')}'>{topic}</a>"
            for topic in topics[:count]
        )
        + "</div></div></div>"
        for n, (slug, title, excerpt, count) in enumerate(posts)
    )
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Engineering Blog</title>"
        "<meta property='og:type' content='website'></head><body><header class='site-header'>"
        "<a href='/'>Engineering</a><nav><a href='/category/data'>Data</a><a href='/category/"
        "platform'>Platform</a></nav></header><main class='blog'><section class='hero'><h1>"
        "Engineering</h1><p>Read about the work behind the product. Welcome to our official "
        "technology blog.</p></section><section class='posts-wrapper'><section class='posts'>"
        f"{cards}</section></section></main><footer><a href='/privacy'>Privacy</a></footer>"
        "</body></html>"
    )
    page = scraper.extract(html, url="https://engineering.example.com/")
    assert page.page_type == "listing"
    text = page.article.text or ""
    printed = [part for _slug, title, excerpt, _count in posts for part in (title, excerpt)]
    positions = [text.find(part) for part in printed]
    missing = [part for part, at in zip(printed, positions, strict=True) if at < 0]
    assert not missing, missing
    assert positions == sorted(positions)
