"""Order of precedence of metadata sources, field by field, on the metadata-* fixtures.

Each fixture mimics one CMS and exercises one kind of source (see fixtures/README.md). The
expected values are written here from what each page says, independently of the goldens.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import scraper
from scraper.extractors.authors import clean_author_names
from tests.goldens import FIXTURES, GOLDEN_NOW

EDT = "-04:00"

EXPECTED: dict[str, dict[str, Any]] = {
    # WordPress + Yoast: the Article node of the @graph wins for everything it declares.
    "metadata-jsonld-graph": {
        "title": "City council approves $48 million seawall budget after marathon session",
        "authors": [("Maria Okafor", "https://www.harbourlightgazette.com/author/maria-okafor/")],
        "published": "2024-05-14T22:05:11+00:00",
        "modified": "2024-05-15T09:40:02+00:00",
        "provenance": ("json-ld", "json-ld", "json-ld", "json-ld"),
        "section": "Local Government",
        "tags": ["City Council", "Lower Wharf", "Seawall"],
    },
    # Hugo: OpenGraph title and article:* times with their offset; article:author is a URL,
    # so the author comes from <meta name="author">.
    "metadata-opengraph-only": {
        "title": "Why we moved our job queue to Postgres",
        "authors": [("Tomás Ferreira", None)],
        "published": "2023-11-02T08:30:00-05:00",
        "modified": "2023-11-06T17:12:45-05:00",
        "provenance": ("opengraph", "meta", "opengraph", "opengraph"),
        "subtitle": "Two years of running Redis-backed workers taught us that our queue did not "
        "need to be fast; it needed to be boring.",
    },
    # Drupal 7 microdata: itemprop headline/author/datePublished/dateModified, no zone given.
    "metadata-microdata": {
        "title": "Cover crops cut nitrate runoff by a third in three-year trial",
        "authors": [("Dr. Helen Marsh", None)],
        "published": "2022-03-09T14:20:00",
        "modified": "2022-03-11T10:05:00",
        "provenance": ("microdata", "microdata", "microdata", "microdata"),
        "section": "Soil & Water",
    },
    # Local news: names from the linked byline (role and "and" dropped), dates from the
    # printed dateline ("Posted" / "Updated"), naive; the script's "updated" is ignored.
    "metadata-byline-only": {
        "title": "School board delays vote on later start times",
        "authors": [
            ("Rachel Dunmore", "https://www.cedarfallsherald.com/users/profile/Rachel%20Dunmore"),
            ("Marcus Bell", "https://www.cedarfallsherald.com/users/profile/Marcus%20Bell"),
        ],
        "published": "2023-12-12T00:00:00",
        "modified": "2023-12-13T00:00:00",
        "provenance": ("opengraph", "byline", "dom", "dom"),
    },
    # Blogger: the post title is an <h3> (the <h1> is the blog name); only the URL has a date.
    "metadata-url-date": {
        "title": "First swallows of spring at the reservoir",
        "authors": [],
        "published": "2019-04-27T00:00:00",
        "modified": None,
        "provenance": ("dom", None, "url", None),
        "section": None,
    },
    # Arc XP with disagreeing sources: printed headline over the SEO one, person byline over an
    # organisation, future JSON-LD date rejected, modified == published dropped.
    "metadata-conflicting": {
        "title": "Port board’s $2.1 billion terminal plan faces its first real test",
        "authors": [("Priya Natarajan", "https://www.tricountyledger.com/people/priya-natarajan/")],
        "published": "2025-03-18T06:00:00" + EDT,
        "modified": None,
        "provenance": ("dom", "byline", "opengraph", None),
    },
}


def _extract(name: str) -> scraper.Page:
    import json

    folder: Path = FIXTURES / name
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    settings = scraper.ExtractSettings(now=datetime.fromisoformat(GOLDEN_NOW))
    return scraper.extract(
        (folder / "source.html").read_bytes(), url=meta["url"], settings=settings
    )


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_precedence(name: str) -> None:
    expected = EXPECTED[name]
    article = _extract(name).article
    assert article is not None
    assert article.title == expected["title"]
    assert [(a.name, a.url) for a in article.authors] == expected["authors"]
    assert all(a.kind == "person" for a in article.authors)
    assert _iso(article.published) == expected["published"]
    assert _iso(article.modified) == expected["modified"]
    provenance = article.provenance
    assert (
        provenance.title,
        provenance.authors,
        provenance.published,
        provenance.modified,
    ) == expected["provenance"]
    for key in ("section", "tags", "subtitle"):
        if key in expected:
            assert getattr(article, key) == expected[key]


def test_naive_dates_stay_naive_and_zoned_dates_keep_their_offset() -> None:
    microdata = _extract("metadata-microdata").article
    opengraph = _extract("metadata-opengraph-only").article
    assert microdata is not None and opengraph is not None
    assert microdata.published is not None and microdata.published.tzinfo is None
    assert opengraph.published is not None and opengraph.published.utcoffset() is not None
    assert opengraph.published.utcoffset().total_seconds() == -5 * 3600  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Written byAAA Travel", ["AAA Travel"]),
        ("Author: Alec Sills-Trausch", ["Alec Sills-Trausch"]),
        ("Text by Hunter Dukes", ["Hunter Dukes"]),
        ("View all posts by Ray Ansari", ["Ray Ansari"]),
        ("By Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
        ("Lori Campbell says", []),
        ("Name *", []),
        ("About the Author", []),
        ("a bartender", []),
        ("hackermondev", ["hackermondev"]),
        # credentials and job titles printed with the name are not names
        ("Lizzie Streit, MS, RDN, LD", ["Lizzie Streit"]),
        ("Vanessa Mendez, MD", ["Vanessa Mendez"]),
        ("Meghan Neville Content Marketing Coordinator", ["Meghan Neville"]),
        ("Eliz - Product marketer", ["Eliz"]),
        ("Daniel Burstein, Senior Director, Content & Marketing", ["Daniel Burstein"]),
        ("Head of Marketing", []),
        ("Haley Hoekstra •", ["Haley Hoekstra"]),
        ("View Full Profile", []),
        # ... but names that hold such words stay whole
        ("Edward Head", ["Edward Head"]),
        ("Contributors to Wikimedia projects", ["Contributors to Wikimedia projects"]),
        ("Associated Press", ["Associated Press"]),
        # other languages' labels, roles and link texts around the name
        ("Erstellt von Andri Bryner", ["Andri Bryner"]),
        ("Zeige alle Beiträge von Cem Basman", ["Cem Basman"]),
        ("Interview: Julia Lauter", ["Julia Lauter"]),
        ("Christoph Hein Chefredakteur", ["Christoph Hein"]),
        ("Jean-Paul Martin, rédacteur en chef", ["Jean-Paul Martin"]),
        ("Johanna Kropfitsch Alle Artikel", ["Johanna Kropfitsch"]),
        ("Jens Bergmann Foto: Michael Hudler", ["Jens Bergmann"]),
        ("Text: Jens Bergmann, Fotos: Anna Lee", ["Jens Bergmann"]),
        ("责任编辑：孔德明", ["孔德明"]),
        ("Datum", []),
        ("Donnerstag", []),
        ("Quelle", []),
        ("Afficher mon profil complet", []),
        # the weekday of the date that follows the name, not a part of it
        ("Tomas Spahn Fr, 12.03.2021", ["Tomas Spahn"]),
        ("Ana Maria Do", ["Ana Maria Do"]),
        # the beat printed after a role belongs to the role
        ("& Zackery Cuevas Writer, Hardware", ["Zackery Cuevas"]),
        ("Jane Doe, Senior Writer, Politics", ["Jane Doe"]),
        ("Ann Lee, Bob", ["Ann Lee", "Bob"]),
        ("Posted by IndustrySelect on Tuesday, August 29, 2023", ["IndustrySelect"]),
        ("By Ann Lee on May 3, 2024", ["Ann Lee"]),
        (
            "Authors of this article: Jennifer Huberty1 ; Jeni Green1",
            ["Jennifer Huberty", "Jeni Green"],
        ),
        ("Keith Barry Senior Autos Reporter", ["Keith Barry"]),
        ("John Senior", ["John Senior"]),
        ("Loona Construction Loona Construction", ["Loona Construction"]),
        (
            "Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators",
            ["Julie Weisenhorn", "Natalie Hoidal"],
        ),
        ("Marna van der Merwe, Dieter Veldsman", ["Marna van der Merwe", "Dieter Veldsman"]),
        # a second name with particles ("ter", "zu") is a name, not a description
        ("Jane Doe and Sophie ter Horst zu Wied", ["Jane Doe", "Sophie ter Horst zu Wied"]),
        # the author labelled inside a line of labelled facts, in other languages too
        ("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet", ["Fritz Imhof"]),
        ("Auteur : Kossivi Tiassou", ["Kossivi Tiassou"]),
        ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"]),
        ("Posted on Monday by the lake", []),
        ("Text von Christian Seiler Illustration von Markus Roost", ["Christian Seiler"]),
        # a social handle after the name goes; an e-mail address is no name
        ("Jane Doe @janedoe", ["Jane Doe"]),
        ("beatriz.pinto@hommes.studio", []),
        # a way to reach the writer in brackets goes with it (meta author, RSS's form)
        ("Bradley M. Kuhn (http://ebb.org/bkuhn/)", ["Bradley M. Kuhn"]),
        ("Jane Doe <jane@example.com>", ["Jane Doe"]),
        ("Jane Doe (@janedoe)", ["Jane Doe"]),
        ("jane@example.com (Jane Doe)", ["Jane Doe"]),
        # co-authors credited in brackets after the name
        (
            "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
            ["Martin Untersinger", "Damien Leloup", "Morgane Tual"],
        ),
        # the date after a dash, and a guide's credits after it
        ("by Jon Foster - 2025-09-13 Updated: 2025-09-13", ["Jon Foster"]),
        (
            "Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15",
            ["kovarex", "TOGos", "Ernestas", "Albert"],
        ),
        ("Ezra Laniado - Author/Reviewer", ["Ezra Laniado"]),
        ("About the Author", []),
        # labels: a colon after them, or a word a name never ends with
        ("Authors of this article:", []),
        ("Autorenseite von", []),
        # a lower-case description after the name: the rest is the description
        ("Vanessa Mendez, MD, gastroenterologist, Parkview Health.", ["Vanessa Mendez"]),
        # credits for other work than the writing name no author
        ("Fact checked by John Roe", []),
        ("Edited by Ann Lee", []),
        ("Written by Jane Doe, edited by Ann Lee", ["Jane Doe"]),
    ],
)
def test_byline_cleaning(byline: str, names: list[str]) -> None:
    assert clean_author_names(byline) == names


def test_double_encoded_title_and_byline_are_repaired() -> None:
    # WordPress sites that stored UTF-8 text as Latin-1 print "Investorâ\x80\x99s"
    head = (
        "<title>A DIY Investor\u00e2\u0080\u0099s Guide | Example</title>"
        "<meta property='og:title' content='A DIY Investor\u00e2\u0080\u0099s Guide'>"
        "<meta name='author' content='Jos\u00c3\u00a9 Mu\u00c3\u00b1oz'>"
    )
    story = "<p>" + "Calculators differ in what they assume about returns. " * 8 + "</p>"
    html = f"<html><head>{head}</head><body><article>{story}</article></body></html>"
    page = scraper.extract(html, url="https://example.com/guide")
    assert page.article is not None
    assert page.article.title == "A DIY Investor\u2019s Guide"
    assert [a.name for a in page.article.authors] == ["Jos\u00e9 Mu\u00f1oz"]
    # text with no double-encoded pairs is left alone (curly quotes and accents included)
    clean = scraper.extract(
        html.replace("\u00e2\u0080\u0099", "\u2019")
        .replace("\u00c3\u00a9", "\u00e9")
        .replace("\u00c3\u00b1", "\u00f1"),
        url="https://example.com/guide",
    )
    assert clean.article is not None and clean.article.title == "A DIY Investor\u2019s Guide"


def test_a_title_printed_without_a_heading_still_anchors_the_byline_and_date() -> None:
    # a Framer page: no <h1>, the title in a styled <p>, the byline and date printed below it
    html = (
        "<html lang='en'><head><title>Top 5 HR Management Software in 2026 | DianaHR</title>"
        "<meta property='og:title' content='Top 5 HR Management Software in 2026'></head><body>"
        "<div class='framer-1'><p class='framer-text'>Blog</p>"
        "<p class='framer-text'>Top 5 HR Management Software in 2026</p>"
        "<div class='framer-2'><p class='framer-text'>By DianaHR Team</p>"
        "<p class='framer-text'>Feb 16, 2026</p></div></div>"
        "<div class='framer-3'><p>" + "Global markets for HR software grew again, and small "
        "firms now buy what only large ones could afford a few years ago. " * 5 + "</p></div>"
        "</body></html>"
    )
    page = scraper.extract(html, url="https://www.example.com/blog/best-hr-software")
    assert page.article is not None
    assert page.article.published == datetime(2026, 2, 16)
    assert [author.name for author in page.article.authors] == ["DianaHR Team"]


def test_the_site_name_printed_after_the_headline_is_cut() -> None:
    def title_of(headline: str) -> str | None:
        html = (
            f"<html><head><title>{headline} - Artlyst</title>"
            "<meta property='og:site_name' content='Artlyst'></head><body><article>"
            f"<h1>{headline}</h1><p>{'Critics chose the exhibitions of the year. ' * 8}</p>"
            "</article></body></html>"
        )
        page = scraper.extract(html, url="https://artlyst.com/features/critics-choice")
        return page.article.title if page.article is not None else None

    # the CMS appends the site's name to the headline itself
    assert title_of("Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst") == (
        "Critics’ Choice: Best UK Art Exhibitions 2025"
    )
    # a headline that only names the site elsewhere keeps every word
    assert title_of("Artlyst – The Year in Review") == "Artlyst – The Year in Review"


def _article_of(html: str, url: str) -> scraper.Article:
    page = scraper.extract(html, url=url)
    assert page.article is not None
    return page.article


def test_a_later_h1_that_the_page_title_holds_is_the_title() -> None:
    # a hand-written page: the site's header in the first <h1>, no declared title
    html = (
        "<html><head><title>The Fold-and-Cut Problem (Erik Demaine)</title></head><body>"
        "<h1>Erik Demaine's Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1>"
        f"<p>{'Take a sheet of paper, fold it flat, and make one complete straight cut. ' * 8}"
        "</p></body></html>"
    )
    article = _article_of(html, url="https://erikdemaine.org/foldcut/")
    assert article.title == "The Fold-and-Cut Problem"
    assert article.provenance.title == "dom"


@pytest.mark.parametrize("home", ["index.html", "../index.html", "/index.php"])
def test_an_h1_linking_to_the_site_s_index_file_is_the_site_s_name(home: str) -> None:
    # Sphinx themes (haiku, agogo) print the project's name as an <h1> linking to its index
    # file, and the page's own title as a later <h1>; the <title> joins the two
    html = (
        "<html><head><title>Evolve: Shared Mutable History — evolve extension for Mercurial"
        f"</title></head><body><div class='header'><h1 class='heading'><a href='{home}'>"
        "<span>evolve extension for Mercurial</span></a></h1></div><div class='content'>"
        "<div class='section' id='evolve-shared-mutable-history'><h1>Evolve: Shared Mutable "
        "History<a class='headerlink' href='#evolve-shared-mutable-history'>¶</a></h1>"
        f"<p>{'Once changesets are exchanged, rewriting them is a social problem. ' * 8}</p>"
        "</div></div></body></html>"
    )
    article = _article_of(html, url="https://www.mercurial-scm.org/doc/evolve/sharing.html")
    assert article.title == "Evolve: Shared Mutable History"


@pytest.mark.parametrize(
    "declared",
    [
        "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones: Clear, "
        "James: 9780735211292: Amazon.com: Books",
        "Amazon.com: Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones "
        ": Books",
    ],
)
def test_a_headline_a_shop_s_page_title_prints_between_colons_is_the_title(declared: str) -> None:
    # Amazon's product pages: a "title" meta of the headline and the shop's parts set off by
    # colons (no space before them), beside an <h1> of the product's name and its format, and
    # another <h1> for the author's panel
    html = (
        f"<html><head><title>{declared}</title><meta name='title' content='{declared}'>"
        "</head><body><div id='dp'><div id='bylineInfo'><h1>Follow the author</h1></div>"
        "<div id='centerCol'><h1 id='title' class='a-spacing-none a-text-normal'>"
        "<span id='productTitle' class='a-size-large celwidget'>  Atomic Habits: An Easy "
        "&amp; Proven Way to Build Good Habits &amp; Break Bad Ones </span> <span "
        "id='productSubtitle' class='a-size-medium a-color-secondary celwidget'> Hardcover "
        "&#8211; October 16, 2018 </span></h1><div id='bookDescription_feature_div'>"
        f"<p>{'Tiny changes in habits compound into remarkable results over the years. ' * 6}"
        "</p></div></div></div></body></html>"
    )
    article = _article_of(html, url="https://www.amazon.com/Atomic-Habits/dp/0735211299")
    assert (
        article.title == "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones"
    )
    assert article.provenance.title == "meta"


def test_a_declared_title_printed_as_an_h2_under_a_banner_h1_is_the_title() -> None:
    html = (
        "<html lang='en'><head><title>How To Get Toddlers To Sleep In Their Own Bed | Baby Co"
        "</title><meta property='og:title' content='How To Get Toddlers To Sleep In Their Own "
        "Bed'></head><body><main><section class='hero-banner'><h1>Toddler Sleep Training</h1>"
        "<p class='byline'>By Dana Roe</p><time datetime='2024-03-02'>March 2, 2024</time>"
        "</section><article><h2>How To Get Toddlers To Sleep In Their Own Bed</h2>"
        f"<p>{'A bedtime routine helps toddlers settle in their own room. ' * 8}</p>"
        "<h2>How To Keep Toddlers In Bed</h2>"
        f"<p>{'Stay calm and walk them back to bed without a fuss. ' * 8}</p>"
        "</article></main></body></html>"
    )
    article = _article_of(html, url="https://example.com/baby-tips/toddler-own-bed")
    assert article.title == "How To Get Toddlers To Sleep In Their Own Bed"
    assert article.provenance.title == "opengraph"
    # the banner's <h1> still heads the article: its byline and date are the article's
    assert [author.name for author in article.authors] == ["Dana Roe"]
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-03-02"


def test_a_declared_title_with_an_unprinted_parenthesis_is_the_printed_one() -> None:
    # a magazine's og:title carries the issue number; the article prints its title as an <h2>
    html = (
        "<html lang='de'><head><title>alacarte</title><meta property='og:title' "
        "content='Der historische Purzelbaum (2021/5)'></head><body><div id='artikelheader'>"
        "<time datetime='2021-11-25 16:11'>25. November 2021 16:11 Uhr</time></div>"
        "<div class='ce-bodytext'><header><h2>Der historische Purzelbaum</h2></header>"
        f"<p>{'Als ich das vorletzte Mal in Leipzig war, geschah etwas Merkwürdiges. ' * 8}</p>"
        "</div></body></html>"
    )
    article = _article_of(html, url="https://www.example.at/reisen/der-historische-purzelbaum")
    assert article.title == "Der historische Purzelbaum"
    assert article.provenance.title == "opengraph"
    # the heading found, its dateline dates the article
    assert article.published is not None
    assert article.published.date().isoformat() == "2021-11-25"


@pytest.mark.parametrize(
    ("declared", "site_name", "title"),
    [
        # the site's name shortened in the title
        (
            "Website Design Portfolio | Thrive Internet Marketing",
            "Thrive Internet Marketing Agency",
            "Website Design Portfolio",
        ),
        # what is left keeps its own separators as printed
        (
            "ClickUp | Maximize productivity • Software, AI, and humans converge",
            "ClickUp",
            "Maximize productivity • Software, AI, and humans converge",
        ),
        ("Squad 2024 – 2025 | The Fighting Cock", "The Fighting Cock", "Squad 2024 – 2025"),
        # blog platforms name the blog after an "@", then the platform (PIXNET)
        (
            "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::",
            "史蒂文的家_藍天",
            "新竹尖石_美樹營地賞楓 (2)",
        ),
        # the site's name declared as its host name, printed without the domain ending
        (
            "Friday Facts #282 - 0.17 in sight | Factorio",
            "Factorio.com",
            "Friday Facts #282 - 0.17 in sight",
        ),
    ],
)
def test_the_parts_of_a_declared_title_that_name_the_site_are_cut(
    declared: str, site_name: str, title: str
) -> None:
    assert _title_of("Welcome aboard", declared, site_name=site_name) == title


@pytest.mark.parametrize(
    ("heading", "declared", "title"),
    [
        # a kicker line above the title, the site's name undeclared
        (
            "<div>Get that tech stack</div> <span>Klatch Coffee</span>",
            "Klatch Coffee | Shopify App Store",
            "Klatch Coffee",
        ),
        # a second line under the title
        (
            "<span>Dezuka Suisan: Deep-Fried Fish Cakes</span>"
            "<small>Welcome to the Flavor Capital of Northern Japan</small>",
            "Dezuka Suisan: Deep-Fried Fish Cakes",
            "Dezuka Suisan: Deep-Fried Fish Cakes",
        ),
        # a top line named as one is no line of the title
        (
            "<span class='titleheader'>Coronavirus und andere Zoonosen</span>"
            "<span aria-hidden='true'> – </span><span>Wie Umweltzerstörung neue Epidemien "
            "begünstigt</span>",
            "Coronavirus und andere Zoonosen – Wie Umweltzerstörung neue Epidemien begünstigt",
            "Wie Umweltzerstörung neue Epidemien begünstigt",
        ),
        # a top line in an element opening the heading, the title after it as plain text
        # (the Government Site Builder of German federal sites)
        (
            "<em>Holocaust-Gedenktag </em>Er&shy;in&shy;ne&shy;rung an die Op&shy;fer der "
            "NS-Ver&shy;bre&shy;chen",
            "Erinnerung an die Opfer der NS-Verbrechen",
            "Erinnerung an die Opfer der NS-Verbrechen",
        ),
    ],
)
def test_a_declared_title_printed_as_one_line_of_the_headline_is_the_title(
    heading: str, declared: str, title: str
) -> None:
    assert _title_of(heading, declared) == title


@pytest.mark.parametrize(
    "heading",
    [
        # a top line named as one (German trade magazines' WordPress theme)
        "<h1 class='entry-title'><span class='entry-title__toptitle'>Investitionen in "
        "IT-Sicherheit</span> Cyber-Angriffe: 20 Prozent vom IT-Budget</h1>",
        # a top line named a subtitle, opening the heading (a trade magazine's Joomla template)
        "<h1>\n<span class='subtitle'>Investitionen in IT-Sicherheit</span>\n"
        "Cyber-Angriffe: 20 Prozent vom IT-Budget   </h1>",
        # a top line set in small type, a line break after it
        "<h1 itemprop='headline'><small>Tunesien</small><br/> Cyber-Angriffe: 20 Prozent vom "
        "IT-Budget</h1>",
        # the section's link printed in the headline (MediaNews Group's sites)
        "<h1 class='entry-title'><div class='entry-section'><a href='/local-news/'>Local News | "
        "</a></div><span class='dfm-title metered'>Cyber-Angriffe: 20 Prozent vom IT-Budget"
        "</span></h1>",
        # a label for screen readers only
        "<h1 class='document-title'><div class='document-title__headline'><span "
        "class='visuallyhidden'>Headline:</span> Cyber-Angriffe: 20 Prozent vom IT-Budget</div>"
        "</h1>",
    ],
)
def test_a_headline_s_top_line_is_not_part_of_the_title(heading: str) -> None:
    page = scraper.extract(
        "<html><head><title>Cyber-Angriffe: 20 Prozent vom IT-Budget | handwerk magazin</title>"
        f"</head><body><article>{heading}"
        f"<p>{'Unternehmen investieren zu wenig in ihre Sicherheit. ' * 8}</p></article>"
        "</body></html>",
        url="https://www.example.de/it/cyber-angriffe",
    )
    assert page.article.title == "Cyber-Angriffe: 20 Prozent vom IT-Budget"


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        # short labels after a pipe are the page title's tail
        (
            "Best Residential Movers in NYC 2025 | Top 19 Companies",
            "Best Residential Movers in NYC 2025",
        ),
        (
            "How meditation rewires brains and health | Opinion",
            "How meditation rewires brains and health",
        ),
        (
            "How to help babies sleep through the night | Patient Education | UC Davis Health",
            "How to help babies sleep through the night",
        ),
        # a long part after the pipe is a second half of the headline; a short head is kept
        (
            "Change Font Size of ggplot2 Plot in R (5 Examples) | Axis Text, Main Title & Legend",
            "Change Font Size of ggplot2 Plot in R (5 Examples) | Axis Text, Main Title & Legend",
        ),
        ("Opinion | Why the council is wrong", "Opinion | Why the council is wrong"),
        # a character reference escaped twice by the CMS (as printed in the HTML source)
        ("Data Tools for 2026: Python, SQL &amp;#x26; AI", "Data Tools for 2026: Python, SQL & AI"),
        ("Fish &amp;amp; Chips", "Fish & Chips"),
        ("Salt & Pepper", "Salt & Pepper"),
        # a separator left at an end by an empty title or site name
        ("Über André Loibl |", "Über André Loibl"),
        ("| Nuts & Volts Magazine", "Nuts & Volts Magazine"),
        ("National Rail Enquiries -", "National Rail Enquiries"),
        (
            "« Les privatisations sont au profit d’intérêts privés »",
            "« Les privatisations sont au profit d’intérêts privés »",
        ),
    ],
)
def test_title_tidying(printed: str, title: str) -> None:
    assert _title_of(heading=printed, declared=printed) == title


def _title_of(heading: str, declared: str, site_name: str = "") -> str | None:
    """The title of a story whose <h1> holds `heading`, its <title> and og:title `declared`."""
    site = f"<meta property='og:site_name' content='{site_name}'>" if site_name else ""
    html = (
        f"<html lang='en'><head><title>{declared}</title>{site}<meta property='og:title' "
        f"content=\"{declared}\"></head><body><article><h1 class='entry-title'>{heading}</h1>"
        f"<p>{'The council met on Monday to debate the plan and its costs. ' * 8}</p>"
        "</article></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/news/story")
    assert page.article is not None
    return page.article.title


@pytest.mark.parametrize(
    ("masthead", "site_name", "title"),
    [
        # Tumblr: the blog's name, shortened, set in the one <h1> above every post
        ("Minecraft News", "Minecraft Update News", "Minecraft 1.8 brings the Bountiful Update"),
        # the blog's name as declared
        ("Harbour Notes", "Harbour Notes", "Minecraft 1.8 brings the Bountiful Update"),
    ],
)
def test_an_h1_printing_the_site_s_name_is_not_the_title(
    masthead: str, site_name: str, title: str
) -> None:
    html = (
        f"<html lang='en'><head><title>{title}</title><meta property='og:site_name' "
        f"content='{site_name}'><meta property='og:title' content='{title}'></head><body>"
        f"<table width='100%'><tr><td><h1>{masthead}</h1></td><td align='right'><a "
        "href='https://www.tumblr.com/'>Powered by Tumblr</a></td></tr><tr><td colspan='2'>"
        f"<div class='post text'><p>{'The update adds banners and new blocks. ' * 12}</p>"
        "</div></td></tr></table></body></html>"
    )
    page = scraper.extract(html, url="https://minecraft-news.example.com/post/98765/minecraft-18")
    assert page.article is not None
    assert page.article.title == title


FORUM_POST = "<p>" + "The 7.1.0 release adds a new interface and fixes the USB passthrough. " * 6


@pytest.mark.parametrize(
    ("page_title", "masthead", "url", "heading"),
    [
        # phpBB: the board's name in <h1> and after the topic in <title>, no og:site_name
        (
            "Discuss the VirtualBox 7.1.0 release here - virtualbox.org",
            "virtualbox.org",
            "https://forums.virtualbox.org/viewtopic.php?t=112320",
            "<h2>Discuss the VirtualBox 7.1.0 release here</h2>",
        ),
        # a town's Drupal site: its name as a banner <h1>, shorter in the <title>
        (
            "SHIP | City of Southfield",
            "The City of Southfield, Michigan",
            "https://www.cityofsouthfield.com/departments/building-department/ship",
            "<h1>SHIP</h1>",
        ),
    ],
)
def test_a_title_part_or_h1_spelling_the_host_name_is_the_site_not_the_title(
    page_title: str, masthead: str, url: str, heading: str
) -> None:
    """With no site name declared, the site's host spells it: the part of the <title> and
    the banner <h1> that name "virtualbox.org" or "cityofsouthfield.com" are the site's."""
    html = (
        f"<html lang='en'><head><title>{page_title}</title></head><body>"
        f"<div id='site-banner'><h1>{masthead}</h1></div><div id='page-body'>{heading}"
        f"<div class='postbody'>{FORUM_POST}</p></div></div></body></html>"
    )
    page = scraper.extract(html, url=url)
    assert page.article is not None
    assert page.article.title == page_title.split(" - ")[0].split(" | ")[0]


def test_a_declared_headline_that_is_the_site_s_name_is_not_the_title() -> None:
    """A JSON-LD "headline" naming the site ("SMAVA" on smava.de) titles no article: the
    page's <title> without the site's part does."""
    html = (
        "<html lang='de'><head><title>Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten | "
        'SMAVA</title><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "Article", "headline": "SMAVA"}</script></head><body><article>'
        + "<p>Die Zinsen für einen Privatkredit hängen von Laufzeit und Bonität ab.</p>" * 6
        + "</article></body></html>"
    )
    page = scraper.extract(html, url="https://www.smava.de/kredit/privatkredit-zinsen/")
    assert page.article is not None
    assert page.article.title == "Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten"


def test_the_headline_is_found_when_it_prints_curly_quotes_and_the_page_title_straight() -> None:
    html = (
        "<html lang='en'><head><title>Anthony's Top 10 Board Games of 2025 - Board Gamers</title>"
        "<meta property='og:site_name' content='Board Gamers'><meta property='og:title' "
        'content="Anthony\'s Top 10 Board Games of 2025 - Board Gamers"></head><body>'
        "<div class='the-post-header'><div class='post-meta'><h1 class='is-title post-title'>"
        "Anthony’s Top 10 Board Games of 2025</h1></div></div>"
        "<article class='post type-post'><div class='post-content entry-content'>"
        f"<p>{'We played every one of these games at least five times this year. ' * 8}</p>"
        "<h1 class='wp-block-heading'>The Top 10 Board Games of 2025</h1>"
        f"<p>{'Each game below earned its place on the table. ' * 8}</p></div></article>"
        "</body></html>"
    )
    page = scraper.extract(html, url="https://example.com/top-10-games-2025")
    assert page.article is not None
    assert page.article.title == "Anthony’s Top 10 Board Games of 2025"


def test_a_comment_count_and_source_link_in_the_heading_are_not_the_title() -> None:
    # Slashdot: the story's heading holds the source's link and a comment bubble
    heading = (
        "<h1 class='story'><span class='story-title'><a href='/story/25/12/19/stanford-grads'>"
        "Stanford Grads Find Their Degrees No Longer Guarantee Jobs</a> <span class='extlnk'>"
        "<a class='story-sourcelnk' href='https://www.latimes.com/x'> (latimes.com) </a></span>"
        "</span><span class='comment-bubble'><a href='#comments'>87</a></span></h1>"
    )
    html = (
        "<html lang='en'><head><title>Stanford Grads Find Their Degrees No Longer Guarantee Jobs"
        " - Slashdot</title><meta property='og:title' content='Stanford Grads Find Their Degrees"
        f" No Longer Guarantee Jobs - Slashdot'></head><body><article class='fhitem fhitem-story'>"
        f"<header>{heading}</header><div class='details'>Posted"
        " by BeauHD on Friday December 19, 2025 @10:02PM</div>"
        f"<p>{'Graduates of the program report months of searching for work. ' * 8}</p>"
        "</article></body></html>"
    )
    page = scraper.extract(html, url="https://developers.slashdot.org/story/25/12/19/stanford")
    assert page.article is not None
    assert page.article.title == "Stanford Grads Find Their Degrees No Longer Guarantee Jobs"
    assert page.article.published is not None  # the dateline under the heading is found
    assert page.article.published.date().isoformat() == "2025-12-19"


def test_headline_text_without_the_source_link_and_comment_count() -> None:
    from lxml import html as lxml_html

    from scraper.extractors.metadata import headline_text

    heading = lxml_html.fragment_fromstring(
        "<h1 class='story'><span class='story-title'><a href='/s'>Grads Find No Jobs</a> <span "
        "class='extlnk'><a class='story-sourcelnk' href='https://www.latimes.com/x'> (latimes.com)"
        " </a></span></span> <span class='comment-bubble'><a href='#comments'>87</a></span></h1>"
    )
    assert headline_text(heading) == "Grads Find No Jobs"


@pytest.mark.parametrize(
    ("heading", "declared", "title"),
    [
        # a kicker printed before the title, a colon between: the declared title is the title
        (
            "<span class='sub-heading'>Energiewende Oberland:</span> Klimavorreiter Oberland?",
            "Klimavorreiter Oberland? - Tegernseer Stimme",
            "Klimavorreiter Oberland?",
        ),
        ("<strong>Blog:</strong> Best Social Media Agencies of 2025", "Best Social Media"
         " Agencies of 2025", "Best Social Media Agencies of 2025"),
        # no separator: a declared title that drops words is a rewording, not the title
        ("The Best Home Security Cameras of 2026", "Best Home Security Cameras of 2026",
         "The Best Home Security Cameras of 2026"),
    ],
)  # fmt: skip
def test_a_kicker_printed_in_the_heading_before_a_separator(
    heading: str, declared: str, title: str
) -> None:
    assert _title_of(heading, declared, site_name="Tegernseer Stimme") == title


def test_a_headline_printed_with_lost_characters_gives_the_declared_title() -> None:
    declared = "What Are The Basics Of Event Planning: Beginner's Guide"
    heading = "What Are The Basics Of Event Planning? Beginner? Guide"
    assert _title_of(heading, declared) == declared


@pytest.mark.parametrize(
    ("declared", "description"),
    [
        # a blog engine serialising the excerpt's HTML into JSON-LD
        (
            '<p>I did <a href="https://adventofcode.com/2025">Advent of Code</a> again. '
            "Spoilers.</p><p>Day 1 first.</p>",
            "I did Advent of Code again. Spoilers. Day 1 first.",
        ),
        # WordPress closes the excerpt with its "Read more" link
        (
            "An overnight crash in Miami-Dade killed a 15-year-old driver and"
            '<a class="excerpt-read-more" href="https://example.com/news/crash">Read More</a>',
            "An overnight crash in Miami-Dade killed a 15-year-old driver and",
        ),
        # a text about HTML, with no closing tag, is kept as written
        ("Why the <br> tag outlived the web's other layout tricks", None),
    ],
)
def test_a_declared_description_is_given_as_text(declared: str, description: str | None) -> None:
    html = _blog_posting(
        "Day one", "The first puzzle was a warm-up, as ever.", description=declared
    )
    article = _article_of(html, url="https://example.com/blog/day-one")
    assert article.description == (description or declared)


def _blog_posting(headline: str, sentence: str, **declared: object) -> str:
    """A post printing `headline` over a paragraph of `sentence`, its JSON-LD BlogPosting
    declaring `declared` besides the headline."""
    data = json.dumps(
        {"@context": "https://schema.org", "@type": "BlogPosting", "headline": headline, **declared}
    )
    return (
        f"<html lang='en'><head><script type='application/ld+json'>{data}</script></head><body>"
        f"<article><h1>{headline}</h1><p>{(sentence + ' ') * 8}</p></article></body></html>"
    )


def test_labels_are_read_in_the_header_not_in_menus_or_forms() -> None:
    # WordPress: the mobile menu's button label above the headline, the comment form's labels
    # below the story; the section is the declared one
    data = json.dumps(
        {"@context": "https://schema.org", "@type": "BlogPosting",
         "headline": "Catering costs in Nashville", "articleSection": ["Wedding Planning Tools"]}
    )  # fmt: skip
    html = (
        f"<html lang='en'><head><script type='application/ld+json'>{data}</script></head><body>"
        "<div class='navigation-bar'><a href='#' class='navigation-bar-toggle'>"
        "<span class='mobile-nav-menu-label'>Main Menu</span></a></div>"
        "<article><header class='entry-header'><h1 class='entry-title'>Catering costs in "
        "Nashville</h1></header><div class='entry-content'>"
        f"<p>{'Caterers in Nashville charge by the plate, and the plates add up. ' * 8}</p>"
        "</div><div id='respond'><form><p><input type='checkbox' id='subscribe'>"
        "<label class='label' for='subscribe'>Notify me of follow-up comments</label></p>"
        "</form></div></article></body></html>"
    )
    article = _article_of(html, url="https://example.com/blog/catering-costs")
    assert article.section == "Wedding Planning Tools"
    assert article.kind is None


@pytest.mark.parametrize(
    ("declared", "section"),
    [
        ("Brooklyn,Government,Housing and Homelessness,In Depth", "Brooklyn"),  # categories
        ("Arts, Culture", "Arts, Culture"),
        ("https://example.com/blog/travel-hacks/", None),  # the post's address
        # the description pasted in
        (
            "Staying ahead of fitness trends keeps personal trainers competitive and in demand.",
            None,
        ),
    ],
)
def test_a_declared_section_is_a_section_name(declared: str, section: str | None) -> None:
    html = _blog_posting(
        "Trends", "Trainers who keep up keep their clients.", articleSection=declared
    )
    assert _article_of(html, url="https://example.com/blog/trends").section == section


def test_tags_come_from_tag_boxes_not_from_pages_and_menus_named_for_their_terms() -> None:
    # WordPress names the body and the post after their terms ("tags-hidden",
    # "guide-tags-automation-testing"); the site's topic menu is a dropdown of every topic
    topics = "".join(f"<li><a href='/topics/t{n}/'>Topic {n}</a></li>" for n in range(60))
    html = (
        "<html lang='en'><head><title>What is automation testing?</title></head>"
        "<body class='single tags-hidden categories-hidden'><header><div class='topics-dropdown'>"
        f"<ul>{topics}</ul></div></header><main><section class='post-22913 guide "
        "type-guide guide-tags-automation-testing guide-tags-types-of-testing'>"
        "<h1>What is automation testing?</h1>"
        f"<p>{'Automated tests run the same checks on every build, the same way. ' * 8}</p>"
        "<div class='guide-tags'><a href='/tags/automation-testing/'>Automation Testing</a>"
        "<a href='/tags/types-of-testing/'>Types of Testing</a></div></section></main>"
        "</body></html>"
    )
    article = _article_of(html, url="https://example.com/guide/automation-testing/")
    assert article.tags == ["Automation Testing", "Types of Testing"]


@pytest.mark.parametrize(
    "line",
    ["by Bob Yirka , Phys.org", "September 12, 2025 | 14 min read", "Stand: 07.11.2023, 07:30 Uhr"],
)
def test_a_byline_or_dateline_under_the_headline_is_no_subtitle(line: str) -> None:
    html = (
        "<html lang='en'><head><title>Tool finds ancient tracks</title></head><body><article>"
        f"<h1>Tool finds ancient tracks</h1><p class='article-byline'>{line}</p>"
        f"<p>{'Researchers trained a model on thousands of footprints found in the dunes. ' * 6}"
        "</p></article></body></html>"
    )
    article = _article_of(html, url="https://example.com/news/2025-09-tool-tracks.html")
    assert article.subtitle is None


def test_the_line_under_the_headline_is_the_subtitle() -> None:
    html = (
        "<html lang='en'><head><title>Tool finds ancient tracks</title></head><body><article>"
        "<h1>Tool finds ancient tracks</h1><p>A model trained on dune footprints dates them to "
        "within a century</p>"
        f"<p>{'Researchers trained a model on thousands of footprints found in the dunes. ' * 6}"
        "</p></article></body></html>"
    )
    article = _article_of(html, url="https://example.com/news/2025-09-tool-tracks.html")
    assert article.subtitle == "A model trained on dune footprints dates them to within a century"


def _lead_image_of(og_type: str, beside: str, footer: str) -> scraper.Image | None:
    html = (
        "<html lang='en'><head><title>Winter on the ridge</title>"
        f"<meta property='og:type' content='{og_type}'>"
        "<meta property='og:image' content='https://example.com/img/ridge.jpg'></head><body>"
        "<div class='page-wrapper'><main class='main'><h1>Winter on the ridge</h1>"
        f"<p>{'Snow closed the pass road for the third time this month. ' * 8}</p>{beside}"
        f"</main><div class='container footer-new'>{footer}</div></div></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/news/winter-ridge")
    return page.article.lead_image if page.article else None


def test_a_footer_copyright_is_no_lead_image_credit() -> None:
    footer = (
        "<div class='footer-copyright'>© 2023 Reith &amp; Associates. All rights reserved.</div>"
    )
    image = _lead_image_of("article", "", footer)
    assert image is not None and image.credit is None and image.caption is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("<span class='caption'>Plough trucks on the pass road.</span><span class='credit'>"
         "Photo: Ana Ruiz</span>", "Photo: Ana Ruiz"),
        # the credit after a bar in the caption's own text
        ("<p class='caption'>Plough trucks on the pass road. | Photo by Ana Ruiz</p>",
         "Photo by Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_caption_printed_apart_is_read_on_articles_not_on_shop_pages(
    caption: str, credit: str
) -> None:
    # RebelMouse prints the lead photo's caption at the bottom of the story; Shopify's theme
    # names its small print "caption"
    image = _lead_image_of("article", f"<div class='photo-caption'>{caption}</div>", "")
    assert image is not None
    assert (image.caption, image.credit) == ("Plough trucks on the pass road.", credit)
    shop = "<div class='price'><small class='caption'>Taxes calculated at checkout</small></div>"
    image = _lead_image_of("product", shop, "")
    assert image is not None and image.caption is None


@pytest.mark.parametrize(
    ("declared", "lead"),
    [
        ("https://example.com/img/logo-opengraph.png", None),
        ("https://example.com/images/social_placeholder.png", None),
        ("https://s0.wp.com/i/blavatar/13afe5d061fe.png", None),
        ("https://example.com/uploads/2024/02/winter-ridge.jpg", "winter-ridge.jpg"),
        ("https://example.com/uploads/2024/02/logistics-hub.jpg", "logistics-hub.jpg"),
    ],
)
def test_a_declared_logo_or_placeholder_is_no_lead_image(declared: str, lead: str | None) -> None:
    html = (
        f"<html lang='en'><head><meta property='og:image' content='{declared}'></head><body>"
        "<article><h1>Winter on the ridge</h1>"
        f"<p>{'Snow closed the pass road for the third time this month. ' * 8}</p>"
        "</article></body></html>"
    )
    image = _article_of(html, url="https://example.com/news/winter-ridge").lead_image
    assert (image.url.rsplit("/", 1)[-1] if image else None) == lead


def test_a_sign_up_box_s_subhead_is_no_subtitle() -> None:
    html = (
        "<html lang='en'><head><title>Copilot pricing changes</title></head><body><main>"
        "<h1>Copilot pricing changes</h1>"
        f"<p>{'The plans change in June for every organisation on a yearly contract. ' * 6}</p>"
        "<section class='newsletter rounded-2'><div class='newsletter-content'><h2>Subscribe"
        "</h2><p class='f3-mktg is-typography-preset-subtitle'>Discover tips, technical guides"
        " and best practices in our biweekly newsletter.</p></div></section></main></body></html>"
    )
    assert _article_of(html, url="https://example.com/blog/copilot-pricing").subtitle is None


LEDE = (
    "Ferja «MF Nesøy» må på verkstad etter ein motorskade. Pendlarar og skuleelevar må ta ein "
    "omveg på nesten to timar."
)


def _lede_page(og_type: str, lede: str = LEDE) -> str:
    # NRK's template: the lede ("ingress") in a box of its own between the header and the body
    return (
        f"<html lang='nn'><head><meta property='og:type' content='{og_type}'>"
        "<title>Ferja står i ei veke – NRK Vestland</title></head><body><main>"
        "<header class='article-header'><h1 class='title'>Ferja står i ei veke</h1></header>"
        f"<div class='article-lead lp_lead'><p>{lede}</p></div>"
        "<div class='article-body text-body lp_body'>"
        + "<p>Rederiet Fjordlink varsla tysdag morgon at ferja må til verkstad i Bergen, og at "
        "ho truleg blir liggjande der i minst ei veke medan dei skiftar delar.</p>"
        * 5
        + "</div></main></body></html>"
    )


def test_a_lede_printed_apart_under_the_headline_is_the_dek_and_opens_the_body() -> None:
    article = _article_of(_lede_page("article"), url="https://www.nrk.no/vestland/ferja-1.1")
    assert article.subtitle == LEDE
    assert article.text.startswith(LEDE + "\n\nRederiet Fjordlink varsla")


@pytest.mark.parametrize(
    ("og_type", "lede"),
    [
        ("website", LEDE),  # a landing page's intro box is no lede
        ("article", "Bestill time hos oss i dag – ring eller chat på nettsida vår"),  # no sentence
        # a lead picture's caption
        ("article", "<img src='/bilete/ferja.jpg'>Ferja ved kai i Bergen tysdag ettermiddag."),
    ],
)
def test_an_intro_box_is_no_dek_off_an_article_or_without_a_sentence(
    og_type: str, lede: str
) -> None:
    article = _article_of(_lede_page(og_type, lede), url="https://www.nrk.no/vestland/ferja-1.1")
    assert article.subtitle is None


STORY_PARAGRAPH = (
    "<p>Rederiet Fjordlink varsla tysdag morgon at ferja må til verkstad i Bergen, og at ho "
    "truleg blir liggjande der i minst ei veke medan dei skiftar delar.</p>"
)


def _dek_page(between: str, after: str = "") -> str:
    # a WordPress single post: what sits between the header and the body, and after the body
    return (
        "<html lang='nn'><head><meta property='og:type' content='article'>"
        "<title>Ferja står i ei veke</title></head><body><main><article class='post type-post'>"
        "<header class='entry-header'><h1 class='entry-title'>Ferja står i ei veke</h1>"
        f"</header>{between}<div class='entry-content'>{STORY_PARAGRAPH * 4}{after}</div>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    "box",
    [
        f"<div class='entry-excerpt'><p>{LEDE}</p></div>",  # Inside Climate News
        f"<p class='article__summary'>{LEDE}</p>",
        f"<h2 class='epigraph'>{LEDE}</h2>",  # La Vanguardia
        # a disclosure printed above the lede: one paragraph of prose is no story yet
        "<div class='article__disclaimer'><p><strong>Transparens:</strong> NRK eig ein del av "
        "reiarlaget gjennom eit dotterselskap, og har ikkje vore med på å skrive saka.</p></div>"
        f"<p class='article__intro'>{LEDE}</p>",
    ],
)
def test_a_summary_excerpt_or_epigraph_box_under_the_headline_is_the_dek(box: str) -> None:
    article = _article_of(_dek_page(box), url="https://www.nrk.no/vestland/ferja-1.1")
    assert article.subtitle == LEDE


def test_a_summary_after_the_story_has_begun_is_no_dek() -> None:
    # WP Recipe Maker's card under a post: its summary is the recipe's, not the post's dek
    card = (
        "<div class='wprm-recipe-container'><div class='wprm-recipe'><h2 class='wprm-recipe-name'>"
        f"Fiskesuppe</h2><div class='wprm-recipe-summary'><span>{LEDE}</span></div></div></div>"
    )
    article = _article_of(_dek_page("", after=card), url="https://www.nrk.no/vestland/ferja-1.1")
    assert article.subtitle is None


def test_a_lede_named_box_in_an_authors_tooltip_is_no_dek() -> None:
    tooltip = (
        "<div class='by-author'><span class='inline-tooltip-container'>Jane Doe<div "
        "class='inline-tooltip author-editor-tooltip'><div class='tooltip-body'><div "
        "class='editor-excerpt'>Jane is an avid traveller and has tested products on all seven "
        "continents for thirteen years.</div></div></div></span></div>"
    )
    article = _article_of(_dek_page(tooltip), url="https://www.nrk.no/vestland/ferja-1.1")
    assert article.subtitle is None


def test_a_summary_of_key_points_is_no_dek() -> None:
    # Arc's live-updates summary: a list under "What to know", not a paragraph
    summary = (
        "<div class='live-updates-summary'><h3 class='summary-heading'>What to know</h3><ul "
        "class='summary-list'><li>Ferja må på verkstad i minst ei veke.</li><li>Pendlarane må "
        "ta ein omveg på nesten to timar.</li></ul></div>"
    )
    article = _article_of(_dek_page(summary), url="https://www.nrk.no/vestland/ferja-1.1")
    assert article.subtitle is None


def _header_page(above: str) -> str:
    # a news template's header: what is printed right above the headline, then the story
    return (
        "<html lang='nl'><head><title>Scheldehaven schrapt 140 banen - De Standaard</title>"
        "</head><body><main><article class='article'><header class='article__header'>"
        f"{above}<h1 class='article__title'>Scheldehaven schrapt 140 banen</h1>"
        "<div class='article__meta'><span class='article__timestampLabel'>Bijgewerkt</span> "
        "<time datetime='2024-03-12T11:42:00+01:00'>12 maart 2024</time></div></header>"
        "<div class='article__body'>"
        + "<p>De vakbonden werden dinsdagochtend ingelicht tijdens een bijzondere "
        "ondernemingsraad over de herstructurering van het bedrijf.</p>"
        * 4
        + "</div></article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("above", "section"),
    [
        ("<p class='article__section'><a href='https://www.standaard.be/economie'>Economie</a></p>",
         "Economie"),  # a page named as the link says
        ("<a class='gh-article-tag' href='/tag/local-schools/'>Schools</a>", "Schools"),  # Ghost
        ("<a class='styles_vertical__x9GQe' href='/vertical/business'>Business</a>", "Business"),
        ("<span class='crumb'><a href='/obyczaje'>/ Obyczaje</a></span>", "Obyczaje"),
        # WordPress's category link, under a permalink base that names no section
        ("<div class='entry-category'><a href='/news/local/' rel='category tag'>Local News</a>"
         "</div>", "Local News"),
        # a byline, a way back and a date are no section
        ("<p><a href='/auteur/jeroen-van-damme'>Jeroen Van Damme</a></p>", None),
        ("<p><a href='/blog'>Back to the blog</a></p>", None),
        ("<p><a href='/archief/2024'>2024</a></p>", None),
    ],
)  # fmt: skip
def test_one_link_to_the_section_above_the_headline_is_the_section(
    above: str, section: str | None
) -> None:
    article = _article_of(_header_page(above), url="https://www.standaard.be/cnt/dmf20240312")
    assert article.section == section
    assert not article.text.startswith(section or "Jeroen")  # the label is not body text


@pytest.mark.parametrize(
    "line",
    [
        # a label over what follows it
        "<h2 class='subtitle'>Recent Reviews:</h2>",
        # the date and the byline printed where a dek would stand
        "<p class='entry-subtitle'>Tuesday 15 October 2019 by Ola Nordmann</p>",
        "<p class='post-subtitle'>4. februar 2026 - Average reading time: 12 min</p>",
        # a breadcrumb trail whose marks are icons
        "<div class='subheadline'>You are here Home News Ferja står i ei veke</div>",
        # a newsletter's promise
        "<p class='dek'>Let our free newsletter keep you informed, straight from your inbox.</p>",
    ],
)
def test_a_label_byline_trail_or_promo_under_the_headline_is_no_dek(line: str) -> None:
    page = _dek_page(line + "<p class='byline'>By <a rel='author' href='/ola'>Ola Nordmann</a></p>")
    article = _article_of(page, url="https://www.nrk.no/vestland/ferja-1.1")
    assert article.subtitle is None


@pytest.mark.parametrize(
    ("above", "section", "kind"),
    [
        # a widget's label over the headline names no section: an ad's, a share button's, a
        # search box's, a language menu's; nor a counter
        ("<span class='ad-label'>Supported by</span><h3 class='kicker'>Economie</h3>",
         "Economie", None),  # NYT
        ("<span class='c-btn__share-label'>Share</span><span class='eyebrow'>Economie</span>",
         "Economie", None),
        ("<label class='search-label'>Search</label>", None, None),
        ("<label class='vector-dropdown-label'>10 languages</label>", None, None),
        ("<div class='label'>1</div>", None, None),
        # a byline's label and the name after it, a date's label, a CMS's default category
        ("<div class='heading-eyebrow'>By</div><div class='heading-eyebrow'>Jeroen Van Damme"
         "</div>", None, None),
        ("<div class='entry-eyebrow entry-eyebrow--updated'>Updated</div>", None, None),
        ("<span class='post-category'>Uncategorized</span>", None, None),
        # "Sponsored" is a widget's word and a kind
        ("<span class='kicker'>Sponsored</span>", None, "Sponsored"),
    ],
)  # fmt: skip
def test_a_widgets_or_bylines_label_above_the_headline_is_no_section(
    above: str, section: str | None, kind: str | None
) -> None:
    article = _article_of(_header_page(above), url="https://www.standaard.be/cnt/dmf20240312")
    assert (article.section, article.kind) == (section, kind)
    assert not article.text.startswith(("By", "Jeroen", "Updated"))


@pytest.mark.parametrize(
    "beside",
    [
        # a cookie panel's, a rating's, a form's and a promo's lines named for captions
        "<div class='ot-cat-item'><span class='ot-always-active ot-caption'>Always Enabled"
        "</span></div>",
        "<div class='rating'><span class='cdr-caption'>Rated 5.0 out of 5 stars</span></div>",
        "<div class='gform_wrapper'><p class='gform_required_legend caption'>\"*\" indicates "
        "required fields</p></div>",
        "<div class='promo'><p class='caption'>Find trusted content and collaborate around the "
        "technologies you use most.</p></div>",
        # Substack's sign-up box, speaking in the writer's voice
        "<div class='subscription-widget show-subscribe'><div class='preamble'><p class='cta-"
        "caption'>Power Lines is a reader-supported publication. To receive new posts and "
        "support my work, consider becoming a free or paid subscriber.</p></div></div>",
        # a byline and the site's copyright named for credits
        "<div class='author'><span class='credit'>Brian Truitt USA TODAY</span></div>",
        "<div class='bottom'><span class='photo-credit'>© The Luxury Travel Expert 2025</span>"
        "</div>",
    ],
)
def test_a_line_named_for_captions_apart_from_the_picture_must_read_as_one(beside: str) -> None:
    image = _lead_image_of("article", beside, "")
    assert image is not None and (image.caption, image.credit) == (None, None)


def test_declared_keywords_are_tags_not_settings_or_default_categories() -> None:
    # a CMS files its script settings and default category as keywords (Dotdash Meredith,
    # Medium, WordPress)
    keywords = [
        "locale: US", "hasProduct: true", "contentId: 15cd344d-456b", "Elevated:false",
        "Uncategorized", "Tag:Performance", "Historical: European", "Trainers",
    ]  # fmt: skip
    html = _blog_posting("Trends", "Trainers who keep up keep their clients.", keywords=keywords)
    article = _article_of(html, url="https://example.com/blog/trends")
    assert article.tags == ["Performance", "Historical: European", "Trainers"]


@pytest.mark.parametrize(
    ("heading", "declared", "title"),
    [
        # a Markdown site's og:title keeps the stars the <h1> prints as emphasis
        (
            "<em>A Treatise Concerning Coffee</em> (1792)",
            "*A Treatise Concerning Coffee* (1792)",
            "A Treatise Concerning Coffee (1792)",
        ),
        (
            "Reading <strong>Walden</strong> again",
            "Reading **Walden** again",
            "Reading Walden again",
        ),
        # a star that marks no emphasis stays
        ("Rated 5 * 3 stars", "Rated 5 * 3 stars", "Rated 5 * 3 stars"),
    ],
)
def test_markdown_emphasis_in_a_declared_title_is_the_printed_headline(
    heading: str, declared: str, title: str
) -> None:
    # a second <h1> (a cart drawer's) leaves the declared title to decide, not the one <h1>
    html = (
        f"<html lang='en'><head><title>{declared} - The Review</title><meta property='og:title' "
        f'content="{declared}"></head><body><div class="cart-drawer"><h1>Your shopping cart'
        f"</h1></div><div class='collection-header'><h1>{heading}</h1></div><div>"
        f"<p>{'The council met on Monday to debate the plan and its costs. ' * 8}</p>"
        "</div></body></html>"
    )
    article = _article_of(html, url="https://example.com/collections/books/treatise")
    assert article.title == title


@pytest.mark.parametrize(
    ("declared", "subtitle"),
    [
        # the SEO headline a template declares: the title again, longer
        ("Kenji Fujimori: juicio contra excongresista por presunta compra de votos continuará",
         "La fiscalía pidió 12 años de prisión contra el hijo menor de Alberto Fujimori."),
        # a dek, though it repeats the title's words
        ("Discover the top 10 coding bootcamps in 2025, with flexible options for career "
         "changers.", "Discover the top 10 coding bootcamps in 2025, with flexible options for "
         "career changers."),
    ],
)  # fmt: skip
def test_an_alternative_headline_restating_the_title_is_no_dek(
    declared: str, subtitle: str
) -> None:
    title = "Kenji Fujimori: juicio por presunta compra de votos continuará"
    if declared.startswith("Discover"):
        title = "Top 10 coding bootcamps in 2025"
    data = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
         "alternativeHeadline": declared}
    )  # fmt: skip
    html = (
        f"<html lang='es'><head><script type='application/ld+json'>{data}</script></head><body>"
        f"<article><h1 class='sht__title'>{title}</h1><h2 class='sht__summary'>La fiscalía "
        "pidió 12 años de prisión contra el hijo menor de Alberto Fujimori.</h2>"
        f"<p>{'El juicio oral continuará el 18 de mayo en la sala penal. ' * 8}</p></article>"
        "</body></html>"
    )
    assert _article_of(html, url="https://elcomercio.pe/politica/kenji").subtitle == subtitle


def test_a_reportage_news_article_is_an_article() -> None:
    # BBC declares its reports as schema.org's ReportageNewsArticle: a short report is still
    # an article, its modified date is read, and the rail under it is cards, not its text
    data = json.dumps(
        {"@context": "http://schema.org", "@type": "ReportageNewsArticle",
         "headline": "Rail strikes: what you need to know",
         "datePublished": "2024-02-01T06:12:31.000Z", "dateModified": "2024-02-01T14:40:02.000Z",
         "author": {"@type": "NewsMediaOrganization", "name": "BBC News"}}
    )  # fmt: skip
    rail = "".join(
        f"<li><a href='/news/business-{n}'><span>{title}</span></a><span>Published 5 January"
        "</span></li>"
        for n, title in enumerate(
            ("Train drivers to strike in long-running pay row", "Rail fares to rise in March")
        )
    )
    html = (
        f"<html lang='en-GB'><head><script type='application/ld+json'>{data}</script></head>"
        "<body><div id='main-content'><article><h1>Rail strikes: what you need to know</h1>"
        "<div><div>By Kevin Peachey</div></div>"
        "<div data-component='text-block'><p>Train drivers are staging a series of strikes "
        "across England this week in a long-running dispute over pay.</p></div>"
        "<div data-component='text-block'><p>The union says its members have not had a pay "
        "rise since 2019, while rail companies say changes to working practices are needed."
        "</p></div><div data-component='text-block'><p>There is also an overtime ban running "
        "from 29 January to 6 February, which may lead to further cancellations, and the "
        "operators advise passengers to check before they travel on any of the strike days."
        "</p></div><div data-component='links-block'><div><h2>More on this story</h2>"
        f"<ul>{rail}</ul></div></div></article></div></body></html>"
    )
    page = scraper.extract(html, url="https://www.bbc.co.uk/news/business-62134314")
    assert page.page_type == "article" and page.article is not None
    assert page.article.modified is not None and page.article.modified.hour == 14
    assert [t.title for t in page.teasers] == [
        "Train drivers to strike in long-running pay row",
        "Rail fares to rise in March",
    ]
    assert "Published" not in page.article.text and "fares" not in page.article.text


def test_a_form_fields_caption_is_no_section() -> None:
    # a shop's header: the stock message is a <label>, hidden until it applies
    html = (
        "<html lang='en'><head><title>Trekking Backpack 40L</title></head><body><main>"
        "<h1 class='productView-title'>Trekking Backpack 40L</h1><div class='form-field "
        "form-field--stock u-hiddenVisually'><label class='form-label form-label--alternate'>"
        "Only <span data-product-stock></span> left in stock!</label></div>"
        f"<p>{'A light pack for long days on the trail, with a frame that breathes. ' * 6}</p>"
        "</main></body></html>"
    )
    assert _article_of(html, url="https://shop.example.com/trekking-backpack-40l/").section is None


@pytest.mark.parametrize(
    ("title", "url", "site_name"),
    [
        ("How we restored a 1920s bungalow – Old House Journal",
         "https://oldhouse.example/2024/04/12/bungalow/", "Old House Journal"),
        ("Katzendecke mit Namen | | ✂ Uniqz®", "https://uniqz.de/produkte/katzendecke", "Uniqz®"),
        # the other part names no host: a section, not the site
        ("How we restored a 1920s bungalow | Restoration",
         "https://oldhouse.example/2024/04/12/bungalow/", None),
    ],
)  # fmt: skip
def test_a_title_part_spelling_the_host_names_the_site(
    title: str, url: str, site_name: str | None
) -> None:
    headline = title.split(" – ")[0].split(" | ")[0].split(" - ")[0]
    html = (
        f"<html lang='en'><head><title>{title}</title></head><body><article><h1>{headline}</h1>"
        f"<p>{'When we bought the house, the porch was sagging and the floors were hidden. ' * 5}"
        "</p></article></body></html>"
    )
    assert scraper.extract(html, url=url).site_name == site_name


@pytest.mark.parametrize(
    ("box", "tags"),
    [
        # BBC, the Guardian: the story's topics under a heading that names them
        ("<div data-component='tag-list'><div><h2>Related Topics</h2><ul><li><a href='/news/"
         "topics/c1'>Rail strikes</a></li><li><a href='/news/topics/c2'>Aslef</a></li></ul>"
         "</div></div>", ["Rail strikes", "Aslef"]),
        ("<div class='dcr-1hvbi0v'><h2>Explore more on these topics</h2><ul><li><a href='/uk/"
         "weather'>Weather</a></li><li><a href='/uk-news/heatwaves'>Heatwaves</a></li></ul>"
         "</div>", ["Weather", "Heatwaves"]),
        # a documentation sidebar's neighbours, and a site's cloud under a bare "Tags"
        ("<div class='sphinxsidebar' role='navigation'><h3>Related Topics</h3><ul><li><a href="
         "'../quickstart/'>Quickstart</a></li></ul></div>", []),
        ("<div class='widget'><h3>Tags</h3><div><a href='/tag/bdsm'>BDSM</a><a href='/tag/film'>"
         "Film</a></div></div>", []),
    ],
)  # fmt: skip
def test_the_topics_printed_under_a_heading_naming_them_are_the_tags(
    box: str, tags: list[str]
) -> None:
    html = (
        "<html lang='en'><head><title>Rail strikes: what you need to know</title></head><body>"
        "<article><h1>Rail strikes: what you need to know</h1>"
        f"<p>{'Train drivers are staging a series of strikes across England this week. ' * 5}"
        f"</p></article>{box}</body></html>"
    )
    assert _article_of(html, url="https://www.bbc.co.uk/news/business-62134314").tags == tags


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        # Politico: the label is the line's own text
        ("<p>Filed under: <a href='/tag/medicaid'>Medicaid</a>, <a href='/tag/senate'>Senate"
         "</a></p>", ["Medicaid", "Senate"]),
        # a label of its own before the links (blogarama, Goodreads)
        ("<div><span><b>Tags: </b></span><a href='/search/?q=rail'>rail</a> <a href='/search/"
         "?q=strikes'>strikes</a></div>", ["rail", "strikes"]),
        # WordPress prints its categories in the same line: they are no tags
        ("<p class='postmetadata'>Tags: <a href='/tag/rail/'>rail</a><br><small>Categories: "
         "<a href='/category/news/' rel='category tag'>News</a></small></p>", ["rail"]),
        # a forum's header: "Topics:" names the forum's searches
        ("<div class='inbox'><ul><li><span>Topics: <a href='search.php?action=show_recent'>"
         "Active</a> | <a href='search.php?action=show_unanswered'>Unanswered</a></span></li>"
         "</ul></div>", []),
        # a sidebar's line
        ("<aside class='sidebar'><p>Tags: <a href='/tag/film'>Film</a></p></aside>", []),
    ],
)  # fmt: skip
def test_the_topics_printed_after_a_label_in_their_line_are_the_tags(
    line: str, tags: list[str]
) -> None:
    html = (
        "<html lang='en'><head><title>Rail strikes: what you need to know</title></head><body>"
        "<article><h1>Rail strikes: what you need to know</h1>"
        f"<p>{'Train drivers are staging a series of strikes across England this week. ' * 5}"
        f"</p>{line}</article></body></html>"
    )
    assert _article_of(html, url="https://www.example.com/news/rail-strikes").tags == tags


def _described_story(description: str, header_line: str, paragraphs: int = 5) -> str:
    """A Der Spiegel story: the headline in a <header> with the intro under it in a box no
    class names, the page's description declared in the head."""
    story = "".join(
        f"<p>Die Gewerkschaft hat einen neuen Streik angekündigt, der {n}. in diesem "
        "Tarifkonflikt, wie sie am Freitag mitteilte.</p>"
        for n in range(1, paragraphs + 1)
    )
    return (
        "<html lang='de'><head><title>Bahnstreik: GDL kündigt neuen Ausstand an</title>"
        f"<meta name='description' content='{description}'></head><body><main><article>"
        "<header><h2><span>Bahnstreik</span>: <span>GDL kündigt neuen Ausstand an</span></h2>"
        f"{header_line}<div><time>05.12.2025, 14.32 Uhr</time></div></header>"
        f"<section data-area='body'>{story}</section></article></main></body></html>"
    )


def test_the_description_printed_under_the_headline_is_the_dek_the_text_keeps() -> None:
    intro = "Die Lokführer rufen erneut zum Streik auf. Betroffen ist der Fernverkehr."
    html = _described_story(intro, f"<div class='RichText'><strong>{intro}</strong></div>")
    article = _article_of(html, url="https://www.spiegel.de/wirtschaft/bahnstreik-a-1234")
    assert article.subtitle == intro
    # a description no line under the headline prints is no dek
    html = _described_story(intro, "<div>Von Anna Berger</div>")
    assert (
        _article_of(html, url="https://www.spiegel.de/wirtschaft/bahnstreik-a-1234").subtitle
        is None
    )


def test_a_description_copying_the_story_is_no_dek() -> None:
    # a theme that prints the post's paragraphs right under the headline, its description
    # the whole of them
    paragraphs = (
        "<p>Die Gewerkschaft hat einen neuen Streik angekündigt.</p><p>Der Ausstand soll am "
        "Montag beginnen und zwei Tage dauern.</p>"
    )
    description = (
        "Die Gewerkschaft hat einen neuen Streik angekündigt. Der Ausstand soll am Montag "
        "beginnen und zwei Tage dauern."
    )
    html = _described_story(description, f"<div>{paragraphs}</div>", paragraphs=0)
    assert (
        _article_of(html, url="https://www.spiegel.de/wirtschaft/bahnstreik-a-1234").subtitle
        is None
    )
