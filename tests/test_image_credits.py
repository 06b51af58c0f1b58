"""Captions and credits of pictures: a credit written after the caption, a caption that is
nothing but a credit, and a lead picture whose box prints a credit alone."""

from __future__ import annotations

import pytest

import scraper
from scraper.extractors.images import split_credit


@pytest.mark.parametrize(
    ("printed", "caption", "credit"),
    [
        # the copyright sign opens the credit after the caption (sportnews.bz, golf.de)
        (
            "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
            "Marco Odermatt, Ski-Star aus der Schweiz.",
            "© AFP / MARCO BERTORELLO",
        ),
        (
            "Catalina Island, CA | © 2017 Jon Norris",
            "Catalina Island, CA",
            "© 2017 Jon Norris",
        ),
        # a caption that is only a credit, or only a credit's label and the credit
        ("© Stefan Wermuth", None, "© Stefan Wermuth"),
        ("Fotos: © Burkard Meyer", None, "© Burkard Meyer"),
        # the credit in brackets: the brackets are neither's (st-georg.de)
        (
            "Das Podium in Tokio (© FEI/Christophe Taniere)",
            "Das Podium in Tokio",
            "© FEI/Christophe Taniere",
        ),
        ("(© FEI/Christophe Taniere)", None, "© FEI/Christophe Taniere"),
        # as before: agency credits, labelled credits, captions without one
        ("Smoke over the city. REUTERS/Jane Doe", "Smoke over the city.", "REUTERS/Jane Doe"),
        ("The hall in spring. Photo: Jane Doe", "The hall in spring.", "Photo: Jane Doe"),
        ("A plain caption about 5 €.", "A plain caption about 5 €.", None),
        # Politico: the credit after a bar, a name and its agency (the initial is no sentence
        # end), or an agency alone; words after a bar that name no one stay the caption's
        (
            "Senators are weighing how deep to cut. | J. Scott Applewhite/AP",
            "Senators are weighing how deep to cut.",
            "J. Scott Applewhite/AP",
        ),
        ("The Capitol at dusk. | AP", "The Capitol at dusk.", "AP"),
        ("Chicago | Illinois", "Chicago | Illinois", None),
        ("Menu | Food and Drink/Bars", "Menu | Food and Drink/Bars", None),
    ],
)
def test_split_credit(printed: str, caption: str | None, credit: str | None) -> None:
    assert split_credit(printed) == (caption, credit)


def test_a_long_caption_opening_with_the_copyright_sign_stays_a_caption() -> None:
    printed = (
        "© Iona Dutz / Greenpeace Mit Aktionstagen macht Greenpeace darauf aufmerksam, dass "
        "wir auch viel unternehmen können"
    )
    assert split_credit(printed)[0] is not None


def test_a_lead_pictures_box_printing_only_its_credit_gives_the_credit() -> None:
    html = (
        "<html lang='de'><head><title>Synode tagt</title><meta property='og:image' "
        "content='https://www.example.ch/uploads/synode.jpg'></head><body><article>"
        "<h1>Synode tagt</h1><div class='post-thumbnail'><img "
        "src='https://www.example.ch/uploads/synode.jpg' width='1200' height='800'>"
        "<span class='img-copyright'>© Stefan Wermuth</span></div><div class='entry'>"
        + "<p>Die Synode hat am Dienstag über die Ökumene beraten und beschlossen.</p>" * 6
        + "</div></article></body></html>"
    )
    page = scraper.extract(html, url="https://www.example.ch/news/synode-tagt")
    assert page.article is not None and page.article.lead_image is not None
    assert page.article.lead_image.caption is None
    assert page.article.lead_image.credit == "© Stefan Wermuth"


@pytest.mark.parametrize(
    ("figure", "caption", "credit"),
    [
        # NPR: a box named for both around the caption, its credit printed twice, and the
        # switches that fold the caption
        (
            "<div class='credit-caption'><div class='caption-wrap'><div class='caption'><p>The "
            "synod met in the old hall. <b class='credit'>Jane Doe/AP</b> <b class='hide-caption'>"
            "<b>hide caption</b></b></p></div><b class='toggle-caption'><b>toggle caption</b></b>"
            "</div><span class='credit'>Jane Doe/AP</span></div>",
            "The synod met in the old hall.",
            "Jane Doe/AP",
        ),
        # a theme's button to show the caption, named for it, before the <figcaption>
        (
            "<button class='show-caption-button'><span class='show-caption__close'><span "
            "class='visually-hidden'>Hide caption</span></span></button><figcaption class='with-"
            "caption__caption'>The synod met in the old hall.</figcaption>",
            "The synod met in the old hall.",
            None,
        ),
        # a lightbox's link printed as the caption (Squarespace), an ad's label
        (
            "<figcaption class='image-caption-wrapper'><div class='image-caption'><p><a "
            "class='lightbox-link'>View fullsize</a></p></div></figcaption>",
            None,
            None,
        ),
        ("<figcaption>ANZEIGE</figcaption>", None, None),
        # Wirecutter's credit, named for both, and Ars Technica's, holding a link named for
        # captions
        (
            "<figcaption class='caption-text'>The synod met in the old hall. <span class='caption-"
            "text caption-credit'>Jane Doe/NYT</span></figcaption>",
            "The synod met in the old hall.",
            "Jane Doe/NYT",
        ),
        (
            "<figcaption class='caption'><div class='caption-text'>The synod met in the old hall."
            "</div><div class='caption-credit'><a class='caption-link' href='/x'>Jane Doe</a></div>"
            "</figcaption>",
            "The synod met in the old hall.",
            "Jane Doe",
        ),
        (
            # BBC: each part opens with words for screen readers only, in CSS-in-JS classes
            "<div class='ssrcss-ab12-ImageCopyrightWrapper'><p class='ssrcss-cd34-Copyright'>"
            "<span class='ssrcss-ef56-VisuallyHidden'>Image source, </span>Getty Images</p>"
            "</div><figcaption class='ssrcss-gh78-Caption'><span class='ssrcss-ef56-Visually"
            "Hidden'>Image caption, </span>The synod met in the old hall.</figcaption>",
            "The synod met in the old hall.",
            "Getty Images",
        ),
    ],
)
def test_a_figures_caption_and_credit_leave_its_switches_out(
    figure: str, caption: str | None, credit: str | None
) -> None:
    html = (
        "<html lang='en'><head><title>Synod meets</title><meta property='og:image' "
        "content='https://www.example.org/img/synod.jpg'></head><body><article>"
        "<h1>Synod meets</h1><figure><img src='https://www.example.org/img/synod.jpg'>"
        + figure
        + "</figure><div class='entry'>"
        + "<p>The synod met on Tuesday to debate the future of the old hall in town.</p>" * 6
        + "</div></article></body></html>"
    )
    page = scraper.extract(html, url="https://www.example.org/news/synod-meets")
    assert page.article is not None and page.article.lead_image is not None
    assert (page.article.lead_image.caption, page.article.lead_image.credit) == (caption, credit)
    assert "caption" not in page.article.text


STORY = "<p>Der Schweizer ist auf dem besten Weg zum Gewinn der großen Kugel im Weltcup.</p>" * 3


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
            "Marco Odermatt, Ski-Star aus der Schweiz.",
            "© AFP / MARCO BERTORELLO",
        ),
        (
            "Cafe im Bohnenviertel. Foto: Stuttgart Marketing",
            "Cafe im Bohnenviertel.",
            "Foto: Stuttgart Marketing",
        ),
    ],
)
def test_a_caption_set_below_a_pictures_box_is_the_pictures(
    line: str, caption: str, credit: str
) -> None:
    """A news CMS printing an inline picture's caption as a paragraph after the picture's box
    (``<div class="img-inline"><a data-fancybox><img></a></div><p class="imagedescription">``):
    a line ending in a credit is the picture's caption and credit, not a line of the story."""
    html = (
        "<html lang='de'><head><title>Die Stars von Peking</title></head><body><article>"
        "<h1>Die Stars von Peking</h1><div class='article-text'>"
        + STORY
        + "<div class='img-inline'><a data-fancybox='inline-1' href='/img/odermatt-big.jpg'>"
        "<img class='uk-img-preserve' src='https://img.example.bz/odermatt.jpg'></a></div>"
        f"<p class='imagedescription uk-text-center'>{line}</p>"
        + STORY
        + "<p>Er gewann vier von fünf Rennen.</p></div></article></body></html>"
    )
    page = scraper.extract(html, url="https://www.example.bz/artikel/die-stars-von-peking")
    assert page.article is not None
    images = [block.image for block in page.article.blocks if block.type == "image"]
    assert [(image.caption, image.credit) for image in images] == [(caption, credit)]
    assert line not in page.article.text and "Er gewann vier" in page.article.text


def test_a_sentence_after_a_picture_ending_in_a_source_stays_in_the_story() -> None:
    line = (
        "You may reproduce this handout for non-commercial use if you use it whole and "
        "attribute the source: The Writing Center, University of North Carolina"
    )
    html = (
        "<html lang='en'><head><title>Handouts</title></head><body><article><h1>Handouts</h1>"
        "<div class='entry-content'>" + STORY + "<figure><img src='https://example.edu/cc.png'>"
        f"</figure><p>{line}</p>" + STORY + "</div></article></body></html>"
    )
    page = scraper.extract(html, url="https://example.edu/tips-and-tools/handouts/")
    assert page.article is not None and line in page.article.text


# The Government Site Builder (German federal sites): a gallery's pictures are <span
# data-src> stand-ins a script turns into an <img>; the only <img> is the <noscript> copy
GSB_PICTURE = (
    "<div class='rack-teaser'><span class='picture-element'><span class='picture-wrapper'>"
    "<span class='s' data-src='/SharedDocs/bilder/2022/{n}.jpg?__blob=normal&amp;v=2'> </span>"
    "<span class='l' data-src='/SharedDocs/bilder/2022/{n}.jpg?__blob=poster&amp;v=2'> </span>"
    "<noscript><img src='/SharedDocs/bilder/2022/{n}.jpg?__blob=poster&amp;v=2' alt=''/>"
    "</noscript></span><em class='caption'>Gedenkstunde im Plenarsaal, Bild {n}</em>"
    "<em class='copyright'>&#169;&nbsp;Bundesrat | Frank Bräuer</em></span></div>"
)
# An ad server's fallback for readers without scripts: its banner in its click-through link
AD_FALLBACK = (
    "<noscript><a href='https://adfarm1.example.com/click?sid=3847002'><img src="
    "'https://adfarm1.example.com/banner?sid=3847002' border='0'></a></noscript>"
)


def test_a_pictures_only_address_in_its_noscript_copy_makes_it_a_picture() -> None:
    html = (
        "<html lang='de'><head><title>Gedenken im Bundesrat</title></head><body><main><article>"
        "<h1>Gedenken im Bundesrat</h1><div class='text'>"
        + STORY
        + "<h2>Bildergalerie</h2>"
        + "".join(GSB_PICTURE.format(n=n) for n in (1, 2))
        + "<p>Der Bundesrat erinnerte an die Opfer.</p></div></article></main></body></html>"
    )
    page = scraper.extract(html, url="https://www.bundesrat.de/DE/aktuelles/gedenken.html")
    assert page.article is not None
    images = [block.image for block in page.article.blocks if block.type == "image"]
    assert [(image.url, image.caption, image.credit) for image in images] == [
        (
            f"https://www.bundesrat.de/SharedDocs/bilder/2022/{n}.jpg?__blob=poster&v=2",
            f"Gedenkstunde im Plenarsaal, Bild {n}",
            "© Bundesrat | Frank Bräuer",
        )
        for n in (1, 2)
    ]
    assert "Gedenkstunde" not in page.article.text
    assert "Der Bundesrat erinnerte" in page.article.text


def test_an_ad_servers_noscript_banner_is_no_picture() -> None:
    html = (
        "<html lang='de'><head><title>Zverev im Viertelfinale</title></head><body><article>"
        "<h1>Zverev im Viertelfinale</h1><div class='article__content'>"
        + AD_FALLBACK
        + STORY
        + "<p>Er gewann in zwei Sätzen.</p></div></article></body></html>"
    )
    page = scraper.extract(html, url="https://www.example.de/news/zverev-viertelfinale/")
    assert page.article is not None
    assert [block.type for block in page.article.blocks if block.type == "image"] == []
    assert "Er gewann in zwei" in page.article.text


def test_the_lead_image_printed_as_a_smaller_rendition_gives_its_alt_and_caption() -> None:
    # WordPress declares the full file and prints its 1024px rendition, the full one in the
    # srcset: the printed picture's alt and caption are the lead image's
    html = (
        "<html lang='en'><head><title>Bungalow</title><meta property='og:image' content='"
        "https://oldhouse.example/wp-content/uploads/2024/04/bungalow-front.jpg'></head><body>"
        "<article><h1>How we restored a bungalow</h1><figure class='wp-block-image'><img "
        "src='https://oldhouse.example/wp-content/uploads/2024/04/bungalow-front-1024x683.jpg' "
        "srcset='https://oldhouse.example/wp-content/uploads/2024/04/bungalow-front-1024x683.jpg"
        " 1024w, https://oldhouse.example/wp-content/uploads/2024/04/bungalow-front.jpg 1600w' "
        "alt='The front porch after the restoration'><figcaption>The porch in April. Photo: Sam "
        "Lee</figcaption></figure>"
        + "<p>When we bought the house, the porch was sagging and the floors were hidden.</p>" * 4
        + "</article></body></html>"
    )
    page = scraper.extract(html, url="https://oldhouse.example/2024/04/12/bungalow/")
    assert page.article is not None and page.article.lead_image is not None
    lead = page.article.lead_image
    assert (lead.alt, lead.caption, lead.credit) == (
        "The front porch after the restoration",
        "The porch in April.",
        "Photo: Sam Lee",
    )


def _undeclared_picture_page(picture: str, box: str = "b-lead-art") -> str:
    """An Arc XP story declaring no image (no og:image, no JSON-LD image) whose lead-art box
    (or another `box`) prints `picture` between the headline and the text."""
    return (
        "<html lang='en'><head><title>Drought pushes farmers to rethink water use</title>"
        "</head><body><main class='b-article-body-layout'><div class='b-header-article'>"
        "<h1 class='c-heading b-headline'>Drought pushes farmers to rethink water use</h1>"
        "<div class='b-byline'>By <a href='/people/priya-natarajan/'>Priya Natarajan</a></div>"
        f"</div><div class='{box}'>{picture}</div><article class='b-article-body'>"
        + "".join(
            f"<p class='c-paragraph'>For {n} generations, the Okafor family has grown almonds "
            f"on {n}00 acres east of town, and this summer they let a fifth of it go dry.</p>"
            for n in range(2, 7)
        )
        + "</article></main></body></html>"
    )


def test_the_picture_a_story_opens_with_is_its_lead_image_when_none_is_declared() -> None:
    picture = (
        "<figure><img src='/resizer/canal.jpg' alt='A dry irrigation canal' width='1200' "
        "height='800'><figcaption><span class='c-caption'>An irrigation canal sits empty near "
        "Riverbend.</span> <span class='c-credit'>Tom Alvarez / The Valley Times</span>"
        "</figcaption></figure>"
    )
    page = scraper.extract(
        _undeclared_picture_page(picture), url="https://valleytimes.example/climate/drought"
    )
    assert page.article is not None and page.article.lead_image is not None
    lead = page.article.lead_image
    assert (lead.url, lead.alt, lead.width) == (
        "https://valleytimes.example/resizer/canal.jpg",
        "A dry irrigation canal",
        1200,
    )
    assert (lead.caption, lead.credit) == (
        "An irrigation canal sits empty near Riverbend.",
        "Tom Alvarez / The Valley Times",
    )
    assert page.article.blocks[0].type == "paragraph"  # not printed twice


@pytest.mark.parametrize(
    "picture",
    [
        "<img src='/forum/data/avatars/l/3/3176.jpg' alt='slow-poke'>",  # a poster's avatar
        "<img src='/icons/small/date.png' alt='Created'>",  # an icon
        "<img src='/img/flag-de.gif' alt='Deutsch'>",  # a drawing
        "<img src='/uploads/banner-strip.jpg' width='1024' height='90' alt=''>",  # a strip
        # the writer's portrait, and a card's picture linking to another story
        "<div class='author-card'><img src='/people/priya.jpg' width='400' height='400'></div>",
        "<a href='/climate/reservoirs'><img src='/resizer/dam.jpg' width='800' height='450'></a>",
    ],
)
def test_an_icon_avatar_or_strip_opening_the_story_is_no_lead_image(picture: str) -> None:
    page = scraper.extract(
        _undeclared_picture_page(picture), url="https://valleytimes.example/climate/drought"
    )
    assert page.article is not None
    assert page.article.lead_image is None


def test_a_picture_with_no_size_caption_or_picture_box_is_no_lead_image() -> None:
    # an interface's arrow, likely; the same file in the lead-art box is the story's picture
    arrow = "<img src='/images/arrow_down.png'>"
    page = scraper.extract(
        _undeclared_picture_page(arrow, box="b-controls"),
        url="https://valleytimes.example/climate/drought",
    )
    assert page.article is not None
    assert page.article.lead_image is None
    page = scraper.extract(
        _undeclared_picture_page(arrow), url="https://valleytimes.example/climate/drought"
    )
    assert page.article is not None and page.article.lead_image is not None


def test_a_declared_picture_printed_in_another_rendition_gives_its_caption_once() -> None:
    # the New York Times declares its social crop and prints the article's crop
    folder = "https://static.ledger.example/images/2025/04/10/arts/10orchestra"
    head = f"<meta property='og:image' content='{folder}/10orchestra-facebookJumbo.jpg'>"
    picture = (
        f"<figure><img src='{folder}/10orchestra-articleLarge.jpg' alt='A cellist practices.'>"
        "<figcaption>Mira Patel rehearsing with the Lakeshore Symphony.</figcaption></figure>"
    )
    html = _undeclared_picture_page(picture).replace("</title>", "</title>" + head)
    page = scraper.extract(html, url="https://www.ledger.example/2025/04/10/orchestra.html")
    assert page.article is not None and page.article.lead_image is not None
    lead = page.article.lead_image
    assert lead.url == f"{folder}/10orchestra-facebookJumbo.jpg"  # as declared
    assert (lead.alt, lead.caption) == (
        "A cellist practices.",
        "Mira Patel rehearsing with the Lakeshore Symphony.",
    )
    assert all(block.type != "image" for block in page.article.blocks)  # not printed twice
    # pictures numbered in one folder are not renditions of one another
    html = html.replace("10orchestra-articleLarge.jpg", "10orchestra-2.jpg")
    page = scraper.extract(html, url="https://www.ledger.example/2025/04/10/orchestra.html")
    assert page.article is not None and page.article.lead_image is not None
    assert page.article.lead_image.caption is None


@pytest.mark.parametrize(
    ("declared", "printed"),
    [
        # Brightspot's dims4 proxy: the original in its "url" parameter, crops apart
        ("/dims4/default/5b1c2d3/2147483647/resize/1200x/quality/90/?url=https%3A%2F%2Fstatic"
         ".ledger.example%2Fab%2Fcd%2Fsenate-capitol-1.jpg",
         "/dims4/default/9f8e7d6/2147483647/resize/1160x/quality/90/?url=https%3A%2F%2Fstatic"
         ".ledger.example%2Fab%2Fcd%2Fsenate-capitol-1.jpg"),
        # Next.js's image route declared, the original printed
        ("/_next/image?url=%2Fuploads%2Fsenate-capitol-1.jpg&w=3840&q=75",
         "/uploads/senate-capitol-1.jpg"),
        # a fetching CDN: the original at the end of its path
        ("/image/fetch/w_1200,h_675,c_fill/https%3A%2F%2Fmedia.ledger.example%2Fsenate.png",
         "/image/fetch/f_auto,q_auto:good/https%3A%2F%2Fmedia.ledger.example%2Fsenate.png"),
    ],
)  # fmt: skip
def test_a_proxys_copy_of_the_declared_picture_is_the_declared_picture(
    declared: str, printed: str
) -> None:
    host = "https://img.ledger.example"
    head = f"<meta property='og:image' content='{host}{declared}'>"
    picture = (
        f"<figure><img src='{host}{printed}' alt='The Capitol.'><figcaption>Senators are "
        "weighing how deep to cut. | J. Scott Applewhite/AP</figcaption></figure>"
    )
    html = _undeclared_picture_page(picture).replace("</title>", "</title>" + head)
    page = scraper.extract(html, url="https://www.ledger.example/news/2025/05/14/medicaid")
    assert page.article is not None and page.article.lead_image is not None
    lead = page.article.lead_image
    assert lead.url == host + declared  # as declared
    assert (lead.alt, lead.caption, lead.credit) == (
        "The Capitol.",
        "Senators are weighing how deep to cut.",
        "J. Scott Applewhite/AP",
    )
    assert all(block.type != "image" for block in page.article.blocks)  # not printed twice
    # another original behind the same proxy is another picture
    html = html.replace("senate-capitol-1.jpg", "senate-capitol-2.jpg", 1).replace(
        "senate.png", "house.png", 1
    )
    page = scraper.extract(html, url="https://www.ledger.example/news/2025/05/14/medicaid")
    assert page.article is not None and page.article.lead_image is not None
    assert page.article.lead_image.caption is None


@pytest.mark.parametrize(
    ("declared", "printed", "same"),
    [
        # Condé Nast: the rendition is a folder of its own ("pass", "w_1600%2Cc_limit")
        ("/photos/6650a1/master/pass/Solar-Panels-1234567.jpg",
         "/photos/6650a1/master/w_1600%2Cc_limit/Solar-Panels-1234567.jpg", True),
        # Cloudinary's transforms
        ("/image/upload/c_fill,w_1200/v1712349444/cr/hero.jpg",
         "/image/upload/w_652,f_auto/v1712349444/cr/hero.jpg", True),
        # Der Spiegel: the width inside the file's name
        ("/images/a1b2c3d4-0001_w1200_r1.77_fpx50_fpy50.jpg",
         "/images/a1b2c3d4-0001_w948_r1.77_fpx50_fpy50.jpg", True),
        # Le Monde: folders named by the width alone
        ("/2025/12/05/0/0/5000/3333/1440/0/75/0/a1b2c3d_abc123-0.jpg",
         "/2025/12/05/0/0/5000/3333/664/0/75/0/a1b2c3d_abc123-0.jpg", True),
        # one name in two articles' numbered folders: two pictures
        ("/media/1234/image.jpg", "/media/1235/image.jpg", False),
        # one name in two dated folders: two pictures
        ("/wp-content/uploads/2024/05/featured-image.jpg",
         "/wp-content/uploads/2024/06/featured-image.jpg", False),
    ],
)  # fmt: skip
def test_a_rendition_in_a_folder_of_its_own_is_the_declared_picture(
    declared: str, printed: str, same: bool
) -> None:
    host = "https://media.ledger.example"
    head = f"<meta property='og:image' content='{host}{declared}'>"
    picture = (
        f"<figure><img src='{host}{printed}' alt='Rows of solar panels.'>"
        "<figcaption>Installers say panel prices have fallen by half.</figcaption></figure>"
    )
    html = _undeclared_picture_page(picture).replace("</title>", "</title>" + head)
    page = scraper.extract(html, url="https://www.ledger.example/story/cheap-solar-panels/")
    assert page.article is not None and page.article.lead_image is not None
    assert page.article.lead_image.url == host + declared
    caption = "Installers say panel prices have fallen by half."
    assert (page.article.lead_image.caption == caption) is same
