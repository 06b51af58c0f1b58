"""A Ghost post as its Casper theme prints it: the primary tag alone over the headline, the
feature image in renditions named by size folders ("/size/w1200/"), an Unsplash credit after
the caption's sentence, and bookmark cards (a link to a page, its title, description, the
linked site's icon and a thumbnail) in the text."""

from __future__ import annotations

import scraper
from scraper.extractors.images import is_branding_image, split_credit
from scraper.models import EmbedBlock, ImageBlock

SITE = "https://notes.crumbcoop.example"
HEAD = (
    "<meta property='og:type' content='article'>"
    f"<meta property='og:image' content='{SITE}/content/images/size/w1200/2025/03/ovens.jpg'>"
    "<meta property='article:tag' content='Co-ops'>"
    "<meta property='article:tag' content='Small business'>"
)
BOOKMARK = (
    "<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container' href='{href}'>"
    "<div class='kg-bookmark-content'><div class='kg-bookmark-title'>A guide to worker co-ops"
    "</div><div class='kg-bookmark-description'>Everything you need to know about starting a "
    "worker cooperative.</div><div class='kg-bookmark-metadata'><img class='kg-bookmark-icon' "
    "src='https://www.example.coop/favicon.png' alt=''><span class='kg-bookmark-author'>"
    "Example Co-op Network</span></div></div><div class='kg-bookmark-thumbnail'><img "
    "src='https://www.example.coop/guide.jpg' alt=''></div></a></figure>"
)


def _post(bookmark_href: str = "https://www.example.coop/guide/") -> str:
    srcset = ", ".join(
        f"/content/images/size/w{width}/2025/03/ovens.jpg {width}w" for width in (600, 2000)
    )
    paragraphs = [
        f"<p>In year {n} of the co-op, the eleven members met every week to go over the costs "
        "of every loaf and the hours of every shift.</p>"
        for n in range(1, 5)
    ]
    return (
        "<!DOCTYPE html><html lang='en'><head><title>What we learned running a co-op bakery"
        f"</title>{HEAD}</head><body class='post-template'><main id='site-main'><article "
        "class='article post'><header class='article-header gh-canvas'><div class='article-tag "
        "post-card-tags'><span class='post-card-primary-tag'><a href='/tag/co-ops/'>Co-ops</a>"
        "</span></div><h1 class='article-title'>What we learned running a co-op bakery</h1>"
        "<figure class='article-image'><img srcset='" + srcset + "' src='/content/images/size/"
        "w2000/2025/03/ovens.jpg' alt='Two deck ovens in a bakery'><figcaption>Our two deck "
        "ovens, bought used in 2020. Photo by <a href='https://unsplash.com/@baker'>Sam Baker"
        "</a> / <a href='https://unsplash.com/'>Unsplash</a></figcaption></figure></header>"
        "<section class='gh-content gh-canvas'>"
        + "".join(paragraphs[:2])
        + BOOKMARK.format(href=bookmark_href)
        + "".join(paragraphs[2:])
        + "</section></article></main></body></html>"
    )


def test_a_bookmark_card_is_an_embed_of_the_page_it_links_to() -> None:
    page = scraper.extract(_post(), url=f"{SITE}/five-years/")
    assert page.article is not None
    embeds = [block for block in page.article.blocks if isinstance(block, EmbedBlock)]
    assert [(embed.url, embed.text) for embed in embeds] == [
        ("https://www.example.coop/guide/", "A guide to worker co-ops")
    ]
    # neither the linked site's icon nor the card's thumbnail is a picture of the post
    pictures = [block.image.url for block in page.article.blocks if isinstance(block, ImageBlock)]
    assert not any("example.coop" in url for url in pictures)
    assert "A guide to worker co-ops" not in page.article.text


def test_the_feature_image_in_another_size_folder_gives_its_alt_caption_and_credit() -> None:
    page = scraper.extract(_post(), url=f"{SITE}/five-years/")
    assert page.article is not None and page.article.lead_image is not None
    lead = page.article.lead_image
    assert lead.url == f"{SITE}/content/images/size/w1200/2025/03/ovens.jpg"
    assert (lead.alt, lead.caption, lead.credit) == (
        "Two deck ovens in a bakery",
        "Our two deck ovens, bought used in 2020.",
        "Photo by Sam Baker / Unsplash",
    )
    assert not any(isinstance(block, ImageBlock) for block in page.article.blocks)


def test_the_primary_tag_printed_alone_yields_to_the_declared_tags() -> None:
    page = scraper.extract(_post(), url=f"{SITE}/five-years/")
    assert page.article is not None
    assert page.article.tags == ["Co-ops", "Small business"]


def test_a_photo_credit_after_the_captions_sentence_is_the_credit() -> None:
    assert split_credit("Marchers on Main Street. Photos by Jane Doe and John Roe") == (
        "Marchers on Main Street.",
        "Photos by Jane Doe and John Roe",
    )
    # "photo by" inside the sentence is the caption's
    printed = "The photo by the lake was taken in May."
    assert split_credit(printed) == (printed, None)


def test_a_sites_icon_is_no_picture_of_a_page() -> None:
    assert is_branding_image("https://www.example.coop/content/images/icon/favicon-5.ico")
    assert is_branding_image("https://suitecrm.example/uploads/2018/01/favicon-144-144.png")
    assert not is_branding_image("https://www.example.coop/content/images/2025/03/iconic.jpg")
