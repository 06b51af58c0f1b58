"""Teaser cards in markup variants: links stacked under a promo label, author-box and rail
footer links, a card whose excerpt opens with its date."""

from __future__ import annotations

from datetime import date

import pytest

import scraper
from scraper.urls import host_of, is_front_page, site_of

STORY = (
    "<p>" + "The council met on Monday to debate the riverfront plan and its costs. " * 6 + "</p>"
)


def _page(inner: str) -> scraper.Page:
    html = (
        "<html lang='en'><head><title>Council approves plan | Daily</title>"
        "<meta property='og:type' content='article'></head><body>"
        "<article><h1>Council approves plan</h1><div class='entry-content'>"
        f"{STORY}{STORY}{inner}</div></article></body></html>"
    )
    return scraper.extract(html, url="https://example.com/news/2024/03/council-plan")


def test_links_stacked_with_br_under_a_promo_label_are_cards() -> None:
    page = _page(
        "<p><strong>Read more:</strong><br>"
        "<a href='/news/why-storms-get-names'>Why do storms get names and who decides them?"
        "</a><br><a href='/news/energy-firms-questioned'>Energy firms questioned over slow "
        "reconnections</a>"
        "</p>"
    )
    assert [t.title for t in page.teasers] == [
        "Why do storms get names and who decides them?",
        "Energy firms questioned over slow reconnections",
    ]
    assert page.article is not None and "Energy firms" not in page.article.text


def test_author_box_and_rail_footer_links_are_not_cards() -> None:
    page = _page(
        "<div class='author-box'><a href='/authors/ines-carvalho'>Written by Ines Carvalho, "
        "data editor</a></div><ul class='related-posts'><li><a href='/news/riverfront-costs'>"
        "How much the riverfront plan will cost each household</a></li></ul>"
        "<a class='more' href='/sections/city-hall'>See all from City Hall this week</a>"
    )
    assert [t.title for t in page.teasers] == [
        "How much the riverfront plan will cost each household"
    ]


def test_kicker_glued_to_the_title_is_read_off_by_the_title_attribute() -> None:
    page = _page(
        "<section class='related'><h3>More</h3><article><h2><a href='/news/dikes-hamburg' "
        "title='How well do Hamburg’s dikes still hold?'><span class='block'>Coastal defence"
        "</span><span>How well do Hamburg’s dikes still hold?</span></a></h2></article>"
        "<article><h2><a href='/news/tenants-water' title='What tenants should know about "
        "water damage'><span class='block'>Storms</span><span>What tenants should know about "
        "water damage</span></a></h2></article></section>"
    )
    assert [(t.title, t.label) for t in page.teasers] == [
        ("How well do Hamburg’s dikes still hold?", "Coastal defence"),
        ("What tenants should know about water damage", "Storms"),
    ]


def test_unlabelled_list_of_headlines_is_cards_and_menus_are_not() -> None:
    headlines = ("Estuary water quality: what the latest tests show",
                 "Harbour master to step down after nineteen years",
                 "Sailing club plans a junior regatta for May")  # fmt: skip
    items = "".join(
        f"<li><a href='/news/story-{n}'>{title}</a></li>" for n, title in enumerate(headlines)
    )
    menu = "".join(f"<li><a href='/news/section-{n}'>Section {n}</a></li>" for n in range(5))
    page = _page(f"<ul class='menu-list'>{menu}</ul><div class='items-more'><ol>{items}</ol></div>")
    assert [t.title for t in page.teasers] == list(headlines)


BUGS = (
    "Bug 1677080 – Fullscreen PiP window is affected by switching video source",
    "Bug 1677107 – Add Telemetry for tracking multiple PiP support usage",
    "Bug 1681796 – Prevent superfluous actors from being associated with each tab",
)


def test_links_listed_under_a_note_in_a_list_of_notes_are_not_cards() -> None:
    # "These Weeks in Firefox": a list of notes, one of them "In progress:" over the bugs
    bugs = "".join(
        f"<li><a href='https://bugzilla.mozilla.org/show_bug.cgi?id={bug[4:11]}'>{bug}</a></li>"
        for bug in BUGS
    )
    page = _page(
        "<ul><li>We’ve got the green light for another round of students hacking on "
        f"Picture-in-Picture next semester!</li><li>In progress:<ul>{bugs}</ul></li></ul>"
    )
    assert page.teasers == []
    assert all(bug in page.article.text for bug in BUGS)


def test_a_rail_of_headline_columns_nested_in_a_list_is_cards() -> None:
    # a "relatedlinks" block: columns, each a list item holding a list of headlines
    items = "".join(
        f"<li class='relatedlinks__list-item'><a href='/news/story-{n}'>{bug[14:]}</a></li>"
        for n, bug in enumerate(BUGS)
    )
    page = _page(
        "<section class='relatedlinks block'><ul class='relatedlinks__list--cols-3'>"
        f"<li class='relatedlinks__list-item'><ul class='relatedlinks__list-items'>{items}"
        "</ul></li></ul></section>"
    )
    assert [teaser.title for teaser in page.teasers] == [bug[14:] for bug in BUGS]


def test_links_set_straight_in_a_labelled_rail_are_each_a_card() -> None:
    titles = ("Phoenix ties record with 109 degrees, the latest in a year of heat",
              "Mesa's light-rail extension to Gilbert Road opens with free rides")  # fmt: skip
    links = "".join(
        f"<a href='/story/{n}/'><img src='/i/{n}.jpg' width='120' height='80'><span>{title}"
        "</span></a>"
        for n, title in enumerate(titles)
    )
    page = _page(f"<aside><div class='m'><h2>Popular stories</h2>{links}</div></aside>")
    assert [t.title for t in page.teasers] == list(titles)
    assert all(t.image is not None for t in page.teasers)


def test_a_more_section_news_rail_is_cards_and_its_section_link_is_not() -> None:
    # a local station's rail under the story: "More Local News", a plain list of headlines,
    # and the rail's link to its section page ("More Local News" again)
    titles = ("Crews battle house fire in Parma", "New bridge opens over Cuyahoga River")
    items = "".join(f"<li><a href='/news/local/{n}/'>{t}</a></li>" for n, t in enumerate(titles))
    page = _page(
        f"<div class='article-list--more'><h2>More Local News</h2><ul>{items}</ul>"
        "<a href='/news/local/'>More Local News</a></div>"
    )
    assert [t.title for t in page.teasers] == list(titles)
    assert page.article is not None and "Parma" not in page.article.text


def test_a_rail_of_one_post_is_the_card_not_the_story_around_it() -> None:
    # Jetpack's related posts inside a short story, with one post: the card is the rail's
    # item, its excerpt the card's own, not the story's paragraphs
    page = _page(
        "<div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'>"
        "<em>Related</em></h3><div class='jp-relatedposts-items'><div class='jp-relatedposts-"
        "post'><h4 class='jp-relatedposts-post-title'><a href='/2023/11/02/porch/'>Rebuilding "
        "a porch the old way</a></h4><p class='jp-relatedposts-post-excerpt'>We took the porch "
        "down to the joists.</p></div></div></div>"
    )
    assert [(t.title, t.excerpt) for t in page.teasers] == [
        ("Rebuilding a porch the old way", "We took the porch down to the joists.")
    ]
    assert page.article is not None and "riverfront" in page.article.text


def test_jump_links_to_blocks_of_the_page_are_not_cards() -> None:
    url = "/news/2024/03/council-plan?page=with:block-{0}#block-{0}"
    items = "".join(
        f"<li><a href='{url.format(n)}'>16.4{n} GMT Summary of what the council decided</a></li>"
        for n in range(3)
    )
    assert _page(f"<ul>{items}</ul>").teasers == []


def test_a_date_opening_the_excerpt_is_the_cards_date() -> None:
    page = _page(
        "<section class='related-posts'><h2>Related</h2>"
        "<div class='card'><h3><a href='/news/heat-pumps-winter'>Heat pumps passed their "
        "toughest test yet</a></h3><p class='teaser'>April 19, 2024 • Homeowners who switched "
        "say their bills fell even in January.</p></div>"
        "<div class='card'><h3><a href='/news/coral-reefs'>Why some coral reefs are bouncing "
        "back faster</a></h3><p class='teaser'>April 18, 2024 • Researchers found corals that "
        "survived two bleaching events.</p></div></section>"
    )
    first = page.teasers[0]
    assert first.excerpt == "Homeowners who switched say their bills fell even in January."
    assert first.published is not None and first.published.date() == date(2024, 4, 19)


def test_whole_card_links_in_a_rail_are_cards_and_prev_next_links_are_not() -> None:
    cards = "".join(
        f"<a class='css-card' href='/news/{n}'><img src='/i/{n}.jpg' width='300' height='200'>"
        f"<span>Transport</span><h3>{title}</h3></a>"
        for n, title in enumerate(("Station opening date confirmed for 2029",
                                   "Red minibus fares rise for the second time"))
    )  # fmt: skip
    pager = (
        "<nav class='item-pagination'><a href='/news/older' class='item-pagination-link'>"
        "<div>Previous</div><h2>Spring group ride schedule for the club</h2></a></nav>"
    )
    page = _page(f"<section><h2>More on this</h2><div class='list'>{cards}</div></section>{pager}")
    assert [t.title for t in page.teasers] == [
        "Station opening date confirmed for 2029",
        "Red minibus fares rise for the second time",
    ]


def test_labels_in_parts_of_their_own_before_the_headline_and_search_links() -> None:
    items = "".join(
        f"<li><a href='/live/{n}'><span class='badge'>LIVE</span><span class='sec'>{section}"
        f"</span><span class='head'>{title}</span></a></li>"
        for n, (section, title) in enumerate((
            ("Cricket", "Ranji Trophy quarterfinal live score: Karnataka vs Vidarbha"),
            ("Delhi", "Delhi weather and AQI news live: fog delays 40 flights"),
        ))
    )  # fmt: skip
    searches = "".join(
        f"<li><a href='https://search.example.com/search?p={q}'>{n}. {q} news today</a></li>"
        for n, q in enumerate(("Mortgage rates", "Winter storm warning", "Super Bowl show"))
    )
    page = _page(
        f"<div class='w'><div class='hd'>Live Updates</div><ul>{items}</ul></div>"
        f"<div><h2>Trending Now</h2><ol>{searches}</ol></div>"
    )
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Ranji Trophy quarterfinal live score: Karnataka vs Vidarbha", "Cricket"),
        ("Delhi weather and AQI news live: fog delays 40 flights", "Delhi"),
    ]


def test_rank_numbers_and_bracketed_kickers() -> None:
    most_read = "".join(
        f"<li><a href='/news/r{n}'><span class='rank'>{n}</span> {title}</a></li>"
        for n, title in ((1, "Helsinki plans to charge for city bikes in winter"),
                         (2, "Home sales picked up more than expected in February"))
    )  # fmt: skip
    related = (
        "<li><a href='/news/interview'>[Herald Interview] First-time candidate bets on young "
        "voters</a></li><li><a href='/news/map'>Rival parties agree on April vote for the "
        "district map</a></li>"
    )
    page = _page(
        f"<div><h2>Most read</h2><ol>{most_read}</ol></div><ul class='related-posts'>{related}</ul>"
    )
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Helsinki plans to charge for city bikes in winter", None),
        ("Home sales picked up more than expected in February", None),
        ("First-time candidate bets on young voters", "Herald Interview"),
        ("Rival parties agree on April vote for the district map", None),
    ]


def test_rank_glued_to_the_headline_is_no_label_and_promo_labels_are_no_kicker() -> None:
    """'<span>1</span><span>Headline</span>' inside one link: the rank is neither title nor
    label; a promo's 'Lees ook' is not the card's kicker; a '#tag' link is no label either."""
    most_read = "".join(
        f"<li><a href='/news/2024/03/r{n}'><span class='most-read__number'>{n}</span>"
        f"<span class='most-read__hed'>{title}</span></a></li>"
        for n, title in ((1, "Why a grocery chain is tearing out its self-checkouts"),
                         (2, "The tiny rule change that could decide recounts"))
    )  # fmt: skip
    promo = (
        "<aside class='inline-promo'><span class='kicker'>Lees ook</span><a href="
        "'/nieuws/2024/01/19/onderhoud-bruggen-a4187761'>Rijkswaterstaat kampt met "
        "achterstallig onderhoud van bruggen</a></aside>"
    )
    tagged = (
        "<div class='crayons-story'><a class='crayons-tag' href='/t/rust'>#rust</a><h3>"
        "<a href='/priya/writing-a-tiny-key-value-store-1c8e'>Writing a tiny key-value store "
        "in Rust</a></h3></div>"
    )
    page = _page(f"<div><h2>Most read</h2><ol>{most_read}</ol></div>{promo}{tagged}")
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Why a grocery chain is tearing out its self-checkouts", None),
        ("The tiny rule change that could decide recounts", None),
        ("Rijkswaterstaat kampt met achterstallig onderhoud van bruggen", None),
        ("Writing a tiny key-value store in Rust", None),
    ]


def test_story_links_set_in_capitals_as_a_paragraph_are_promos() -> None:
    """Fox-style in-body promos: a paragraph of one capitalised link to a story is a card and
    leaves the body; a capitalised link to a section page ('CLICK HERE FOR MORE US NEWS') is
    not a card."""
    promo = (
        "<p><strong><a href='https://example.com/us/oklahoma-men-charged-stealing-catalytic-"
        "converters'>OKLAHOMA MEN CHARGED WITH STEALING 60 CATALYTIC CONVERTERS</a></strong></p>"
        "<p><strong><a href='https://example.com/us'>CLICK HERE FOR MORE US NEWS</a></strong></p>"
    )
    page = _page(promo)
    assert [t.title for t in page.teasers] == [
        "OKLAHOMA MEN CHARGED WITH STEALING 60 CATALYTIC CONVERTERS"
    ]
    assert "OKLAHOMA MEN" not in page.article.text


def test_japanese_ranking_rail_and_page() -> None:
    """Headlines written without spaces count their words by characters: a Japanese ranking
    rail is cards, and a Japanese story is an article."""
    story = (
        "<p>" + "北海道根室市の道東フェリーは十二日、主力船の船体に亀裂が見つかったと発表した。" * 6
    )
    ranking = "".join(
        f"<li class='Ranking__item'><span class='Ranking__num'>{n}</span>"
        f"<a href='https://www.asahi.com/articles/ASS3D{n}PLZS3DUTFK00M.html'>{title}</a></li>"
        for n, title in ((1, "春闘、満額回答相次ぐ　中小への波及が焦点"),
                         (2, "花粉の飛散、東京で昨年の1.5倍に"),
                         (3, "高校野球、センバツの組み合わせ決まる"))
    )  # fmt: skip
    html = (
        "<html lang='ja'><head><title>フェリー運休 | 朝日新聞</title>"
        "<meta property='og:type' content='article'></head><body><article>"
        f"<h1>フェリー運休</h1><div class='ArticleBody'>{story}</p>{story}</p></div></article>"
        "<aside><section class='Ranking'><h2 class='Ranking__title'>アクセスランキング</h2>"
        f"<ol class='Ranking__list'>{ranking}</ol></section></aside></body></html>"
    )
    page = scraper.extract(html, url="https://www.asahi.com/articles/ASS3C5XYZ.html")
    assert page.page_type == "article"
    assert [t.title for t in page.teasers] == [
        "春闘、満額回答相次ぐ 中小への波及が焦点",  # the ideographic space is white space
        "花粉の飛散、東京で昨年の1.5倍に",
        "高校野球、センバツの組み合わせ決まる",
    ]


def test_promo_and_rail_labels_in_other_languages() -> None:
    """A Swedish 'Läs mer:' promo in the body and an Italian 'Ultima ora' rail of timed links:
    each link is a card, and the promo label is not its kicker."""
    promo = (
        "<div class='article__body-link'><span class='article__body-link-label'>Läs mer:</span> "
        "<a href='https://www.dn.se/sthlm/sa-ofta-stoppas-pendeltagen-av-signalfel/'>Så ofta "
        "stoppas pendeltågen av signalfel</a></div>"
    )
    latest = "".join(
        f"<li><span class='ultimaora-time'>15:{n}4</span> <a href='https://www.ansa.it/sito/"
        f"notizie/2025/03/12/story-number-{n}_6b2e9f1a.html'>{title}</a></li>"
        for n, title in ((1, "Inflazione, a febbraio stabile all'1,8%"),
                         (2, "Decreto scuola, via libera della Camera"))
    )  # fmt: skip
    page = _page(
        f"{promo}</div><aside class='col-side'><section class='box-ultimaora'><h3>Ultima ora</h3>"
        f"<ul>{latest}</ul></section></aside><div>"
    )
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Så ofta stoppas pendeltågen av signalfel", None),
        ("Inflazione, a febbraio stabile all'1,8%", None),
        ("Decreto scuola, via libera della Camera", None),
    ]


def test_kicker_in_an_unnamed_element_above_the_heading() -> None:
    """CSS-in-JS class names say nothing: the short text just above a card's heading is its
    kicker, but a date or a byline there is not."""
    tiles = "".join(
        f"<div class='_2g9gs'><a href='/national/{slug}-20240305-p5fa2b.html'><img src='/i/{slug}"
        f".jpg' alt=''></a><span class='_1hGbo'>{above}</span><h3 class='_2XVos'><a href="
        f"'/national/{slug}-20240305-p5fa2b.html'>{title}</a></h3></div>"
        for slug, above, title in (
            ("hail", "Insurance", "Insurers brace for hail claims after second storm"),
            ("ses", "By Jane Roe", "SES volunteer numbers fall as callouts rise"),
            ("rail", "March 4, 2024", "Commuters face delays as crews repair the line"),
        )
    )
    page = _page(f"</div><section class='_1x1Pe'><h2>Related Articles</h2>{tiles}</section><div>")
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Insurers brace for hail claims after second storm", "Insurance"),
        ("SES volunteer numbers fall as callouts rise", None),
        ("Commuters face delays as crews repair the line", None),
    ]


def test_a_kicker_linking_to_a_section_front_is_the_cards_section() -> None:
    """NBC-style eyebrow: the kicker links to the section front, so it names the section too;
    a kicker linking to a story does not."""
    item = (
        "<div class='related-item'><div class='related-item__eyebrow'><a href='{href}'>{kicker}"
        "</a></div><h3 class='related-item__headline'><a href='/news/us-news/{slug}-rcna18'>"
        "{title}</a></h3></div>"
    )
    items = item.format(
        href="/us-news", kicker="U.S. News", slug="bridges", title="Dozens of bridges overdue"
    ) + item.format(
        href="/news/2024/03/analysis-of-the-bridge-report-rcna17",
        kicker="Analysis",
        slug="barges",
        title="Barge rates jump as water falls",
    )
    page = _page(f"</div><section class='related-content'><h2>Related</h2>{items}</section><div>")
    assert [(t.label, t.section) for t in page.teasers] == [
        ("U.S. News", "U.S. News"),
        ("Analysis", None),
    ]


def test_ranked_and_bracketed_rail_links_with_times_beside_them() -> None:
    """Yonhap-style rails: a rank in an element of its own glued to the headline, an image in
    the link, and a bracketed series kicker in a link with a time printed next to it."""
    related = "".join(
        f"<li><a href='https://www.yna.co.kr/view/AKR2024050609870006{n}'><strong class='tit-news'>"
        f"[지방소멸 현장을 가다] {title}</strong></a>"
        "<span class='txt-time'>2024-05-07 07:00</span></li>"
        for n, title in ((1, "⑥ 버스 끊긴 마을에 '공유 택시'…하루 40명 탄다"),
                         (2, "⑤ 빈집 고쳐 '한 달 살기'…귀촌 문의 세 배로"))
    )  # fmt: skip
    most = "".join(
        f"<li><a href='https://www.yna.co.kr/view/AKR2024051403150000{n}'><span class='num'>{n}"
        f"</span><img src='/p{n}.jpg' alt=''><strong class='tit-news'>{title}</strong></a></li>"
        for n, title in ((1, "수도권 아파트값 8주 연속 상승…상승폭은 둔화"),
                         (2, "내일 전국 흐리고 비…제주 최대 80㎜"))
    )  # fmt: skip
    page = _page(
        f"</div><section class='box-related'><h2>관련 뉴스</h2><ul>{related}</ul></section>"
        f"<aside><section class='box-most'><h2>많이 본 뉴스</h2><ol>{most}</ol></section>"
        "</aside><div>"
    )
    assert [(t.title, t.label) for t in page.teasers] == [
        ("⑥ 버스 끊긴 마을에 '공유 택시'…하루 40명 탄다", "지방소멸 현장을 가다"),
        ("⑤ 빈집 고쳐 '한 달 살기'…귀촌 문의 세 배로", "지방소멸 현장을 가다"),
        ("수도권 아파트값 8주 연속 상승…상승폭은 둔화", None),
        ("내일 전국 흐리고 비…제주 최대 80㎜", None),
    ]


def test_promo_labels_in_paragraphs_of_their_own() -> None:
    """In-body promos whose label is a paragraph of its own: 'Also read:' over a paragraph
    holding the link, 'Read more' / 'about food' (a label on two lines) over a list, and a
    label inside an <em> with its link."""
    also = (
        "<p><strong>Also read:</strong></p><p><a href='https://scroll.in/article/1061877/why-"
        "the-onion-export-ban-hurt-farmers'>Why the onion export ban hurt the farmers</a></p>"
    )
    more = (
        "<p><strong>Read more</strong></p><p><strong>about food and public media</strong></p>"
        "<ul class='read-more-list'><li><a href='https://www.salon.com/2024/03/18/community-"
        "radio-cooking-shows/'>Why community radio is falling back in love with cooking</a></li>"
        "</ul>"
    )
    inline = (
        "<p><em>Also read: <a href='https://scroll.in/article/1062290/a-farmer-producer-company-"
        "pays-on-time'>A farmer producer company found a way to pay on time</a></em></p>"
    )
    page = _page(f"{also}{STORY}{more}{STORY}{inline}")
    assert [t.title for t in page.teasers] == [
        "Why the onion export ban hurt the farmers",
        "Why community radio is falling back in love with cooking",
        "A farmer producer company found a way to pay on time",
    ]
    assert "onion export" not in page.article.text


@pytest.mark.parametrize(
    "label",
    ["VEA TAMBIÉN:", "Puedes ver:", "Mira también:", "Veja também:", "Saiba mais:",
     "Siehe auch:", "Lesetipp:", "Vedi anche:", "À voir aussi :", "Schon gelesen?",
     "Das Thema könnte dich auch interessieren:"],
)  # fmt: skip
def test_inline_promos_labelled_in_more_languages_are_cards_not_body(label: str) -> None:
    promo = (
        f"<p><strong>{label}</strong> <a href='https://example.com/news/2024/03/bridge-costs'>"
        "The bridge will cost twice what the city first said</a></p>"
    )
    page = _page(f"{promo}{STORY}")
    assert [t.title for t in page.teasers] == [
        "The bridge will cost twice what the city first said"
    ]
    assert "bridge" not in page.article.text
    assert label.rstrip(" :") not in page.article.text


@pytest.mark.parametrize(
    "promo",
    [
        # Global News: the label inside the link's own text
        "<p><strong><a href='https://example.com/news/2024/03/bridge-costs'>READ MORE: The "
        "bridge will cost twice what the city first said</a></strong></p>",
        # Amar Ujala: the label closed by a dash ("ये भी पढ़ें-")
        "<p class='readalso'><strong>ये भी पढ़ें-</strong> <a href='https://example.com/news/"
        "2024/03/bridge-costs'>The bridge will cost twice what the city first said</a></p>",
    ],
)
def test_a_promo_label_in_the_link_or_closed_by_a_dash_makes_a_card(promo: str) -> None:
    page = _page(f"{promo}{STORY}")
    assert [t.title for t in page.teasers] == [
        "The bridge will cost twice what the city first said"
    ]
    assert "bridge" not in page.article.text


def test_a_rail_label_left_with_its_bullets_is_not_body_text() -> None:
    # Stuff: "READ MORE:" then "* <a>...</a>" lines; the cards leave their bullets behind
    rail = (
        "<p><strong>READ MORE:</strong><br>* <a href='https://example.com/news/2024/03/"
        "bridge-costs'>The bridge will cost twice what the city first said</a><br>* <a "
        "href='https://example.com/news/2024/03/ferry-fares'>Ferry fares rise for the third "
        "time this year</a></p>"
    )
    page = _page(f"{rail}{STORY}")
    assert len(page.teasers) == 2
    assert "READ MORE" not in page.article.text


def test_turkish_and_spanish_promo_boxes() -> None:
    """'İLGİLİ HABER' (dotted capital I) over a link in a box, and 'Le puede interesar:'
    before its link in a paragraph: both are promos, neither label is a kicker."""
    turkish = (
        "<div class='news-box news-box--inline'><span class='news-box__title'>İLGİLİ HABER</span>"
        "<a class='news-box__link' href='https://www.hurriyet.com.tr/ekonomi/akaryakitta-yeni-"
        "fiyatlar-42870488'>Akaryakıtta yeni fiyatlar: Motorine indirim geldi</a></div>"
    )
    spanish = (
        "<p class='le-puede-interesar'><strong>Le puede interesar: </strong><a href='https://www."
        "eltiempo.com/colombia/peaje-de-tuta-3470311'>Peaje de Tuta: por qué subió la tarifa</a>"
        "</p>"
    )
    page = _page(f"{turkish}{STORY}{spanish}")
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Akaryakıtta yeni fiyatlar: Motorine indirim geldi", None),
        ("Peaje de Tuta: por qué subió la tarifa", None),
    ]


def test_a_part_named_as_a_kicker_opening_the_link_is_not_the_title() -> None:
    """KURIER-style most-read links: '<span class="most-read__kicker">Sicherheit</span>
    Wien-Favoriten: ...' is the kicker and then the headline."""
    items = "".join(
        f"<li><a href='https://kurier.at/chronik/wien/{slug}/40310160{n}'><span class="
        f"'most-read__kicker'>{kicker}</span> {title}</a></li>"
        for n, (slug, kicker, title) in enumerate((
            ("neue-schutzzone", "Sicherheit", "Wien-Favoriten: Neue Schutzzone am Reumannplatz"),
            ("pensionen-2026", "Pensionen", "Pensionen 2026: Was sich im Jänner ändert"),
        ))
    )  # fmt: skip
    page = _page(f"</div><aside><section class='most-read'><h2>Meistgelesen</h2><ol>{items}</ol>"
                 "</section></aside><div>")  # fmt: skip
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Wien-Favoriten: Neue Schutzzone am Reumannplatz", "Sicherheit"),
        ("Pensionen 2026: Was sich im Jänner ändert", "Pensionen"),
    ]


def test_kicker_in_angle_brackets() -> None:
    """A Liberty Times listing title prefixed '〈更新〉' ("updated"): the kicker, not the title."""
    items = "".join(
        f"<li><a href='https://news.ltn.com.tw/news/politics/breakingnews/50126{n}'>{title}</a>"
        "</li>"
        for n, title in ((55, "〈更新〉高雄市議會臨時會 審查捷運延伸線預算"),
                         (56, "立法院三讀通過 地方制度法修正草案條文"),
                         (57, "行政院會通過 明年度中央政府總預算案"))
    )  # fmt: skip
    page = _page(f"</div><div class='related-posts'><ul>{items}</ul></div><div>")
    assert [(t.title, t.label) for t in page.teasers] == [
        ("高雄市議會臨時會 審查捷運延伸線預算", "更新"),
        ("立法院三讀通過 地方制度法修正草案條文", None),
        ("行政院會通過 明年度中央政府總預算案", None),
    ]


def test_recent_posts_sidebar_and_lire_egalement_promo() -> None:
    """A Docusaurus "Recent posts" sidebar list and a Le Temps "Lire également:" promo."""
    recent = "".join(
        f"<li><a href='/blog/{slug}'>{title}</a></li>"
        for slug, title in (("arm-runners", "Moving CI to ARM runners cut our build bill"),
                            ("feature-flags", "Feature flags without a vendor at all"))
    )  # fmt: skip
    promo = (
        "<p><strong>Lire également:</strong> <a href='https://www.letemps.ch/economie/le-gruyere"
        "-aop-face-a-la-baisse'>Le gruyère AOP face à la baisse des exportations</a></p>"
    )
    page = _page(
        f"{promo}</div><nav><div class='sidebarItemTitle'>Recent posts</div><ul>{recent}</ul>"
        "</nav><div>"
    )
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Le gruyère AOP face à la baisse des exportations", None),
        ("Moving CI to ARM runners cut our build bill", None),
        ("Feature flags without a vendor at all", None),
    ]


def test_a_rail_whose_label_sits_in_a_head_box_of_its_own_is_read() -> None:
    # ITmedia-style side box: the label and a sub-label in a head box, the ranked list after it
    items = "".join(
        f"<li><span class='rank'>{n}</span><a href='/news/articles/2403/05/news0{n}.html'>"
        f"Ranked story number {n} about the harbour works and the budget</a></li>"
        for n in range(1, 4)
    )
    page = _page(
        "<div class='colBox colBoxRanking'><div class='colBoxHead'><h2>Trending now</h2>"
        f"<span class='colBoxHeadSub'>last 24 hours</span></div>"
        f"<div class='colBoxInner'><ol class='rankingList'>{items}</ol></div></div>"
    )
    assert [t.url.rsplit("/", 1)[1] for t in page.teasers] == [
        "news01.html",
        "news02.html",
        "news03.html",
    ]


def test_rails_named_in_other_languages_are_read() -> None:
    items = "".join(
        f"<li><a href='https://example.com/arti/society/11312{n}.html'>"
        f"지역 균형 예산 놓고 사흘째 공방 이어져 {n}</a></li>"
        for n in range(2)
    )
    page = _page(f"<div class='HotArticle'><h3>많이 본 기사</h3><ol>{items}</ol></div>")
    assert len(page.teasers) == 2


def test_list_items_with_a_rank_or_a_date_beside_the_link_are_headlines() -> None:
    titles = ("Market in the old town closes for two weeks of cleaning work",
              "Women's cooperative opens a workshop for shea butter and néré",
              "School exam calendar for the summer session is published")  # fmt: skip
    ranked = "".join(
        f"<li><span class='num'>{n}</span><a href='/news/ranked-{n}'>{t}</a></li>"
        for n, t in enumerate(titles, 1)
    )
    dated = "".join(
        f"<li class='item'><a href='/news/dated-{n}'>{t}</a> <small class='date'>11 May 2024"
        f"</small></li>"
        for n, t in enumerate(titles)
    )
    page = _page(
        f"<div class='box-a'><ul>{ranked}</ul></div><div class='box-b'><ul>{dated}</ul></div>"
    )
    assert sorted(t.url.rsplit("/", 1)[1] for t in page.teasers) == sorted(
        [f"ranked-{n}" for n in range(1, 4)] + [f"dated-{n}" for n in range(3)]
    )


def test_german_rail_label_and_buttons_stay_out_of_the_body() -> None:
    """A Swiss sports site: "Das könnte dich auch interessieren" over a list of stories, and
    the page's buttons ("Mit Freunden teilen", "Zurück") printed as lines of their own."""
    stories = "".join(
        f"<li><a href='/news/2022/01/{slug}'>{title}</a></li>"
        for slug, title in (
            ("cup-final-tickets", "Tickets für den Cupfinal ab Montag im Verkauf"),
            ("new-coach-named", "Die Nationalmannschaft hat einen neuen Trainer"),
        )
    )
    page = _page(
        "<p class='share'>Mit Freunden teilen</p>"
        f"</div><div class='more'><h3>Das könnte dich auch interessieren</h3><ul>{stories}</ul>"
        "</div><div><p><a href='/news'>Zurück</a></p>"
    )
    assert [t.title for t in page.teasers] == [
        "Tickets für den Cupfinal ab Montag im Verkauf",
        "Die Nationalmannschaft hat einen neuen Trainer",
    ]
    for line in ("Mit Freunden teilen", "Das könnte dich", "Cupfinal", "Zurück"):
        assert line not in page.article.text


def test_posts_at_wordpress_plain_links_are_stories_and_the_front_page_is_not() -> None:
    """A site without pretty permalinks links its posts as "/?p=2895"."""
    rail = (
        "</div><aside class='widget'><h3>Related posts</h3><ul>"
        "<li><a href='/?p=2895'>The detective novels of the summer, read and ranked</a></li>"
        "<li><a href='/?p=2901'>An interview with the author of the Wallander series</a></li>"
        "<li><a href='/?utm_source=rail'>Back to the front page of the crime fiction blog</a></li>"
        "</ul></aside><div>"
    )
    assert [t.url for t in _page(rail).teasers] == [
        "https://example.com/?p=2895",
        "https://example.com/?p=2901",
    ]


@pytest.mark.parametrize(
    ("url", "front"),
    [
        ("https://example.com/", True),
        ("https://example.com/?utm_source=feed&fbclid=x", True),
        ("https://www.example.com/?srsltid=AfmBOopZRZQEhi", True),
        ("https://example.com/?p=2895", False),
        ("https://example.com/news/story", False),
        ("/relative", False),
    ],
)
def test_front_page_urls(url: str, front: bool) -> None:
    assert is_front_page(url) is front


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://economia.uol.com.br/noticias/2024/03/05/a.htm", "uol.com.br"),
        ("https://www.bbc.co.uk/news/uk-123", "bbc.co.uk"),
        ("https://blog.resy.com/2025/11/guide/", "resy.com"),
        ("https://www.babylock.com/machines/sewing/zeal", "babylock.com"),
        ("http://127.0.0.1:8000/page", "127.0.0.1"),
        ("/relative", None),
        ("http://[::1", None),
    ],
)
def test_the_site_of_a_url(url: str, site: str | None) -> None:
    assert site_of(url) == site


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://blog.resy.com/2025/11/guide/", "blog.resy.com"),
        ("https://www.babylock.com/machines/sewing/zeal", "babylock.com"),
        ("http://127.0.0.1:8000/page", "127.0.0.1"),
        ("ftp://files.example.com/a", None),
        ("/relative", None),
        ("http://[::1", None),
    ],
)
def test_the_host_of_a_url(url: str, host: str | None) -> None:
    assert host_of(url) == host


def _roundup(cards: list[tuple[str, str]]) -> scraper.Page:
    # Tasty Roundups (WordPress): each item of a "best of" post a card of its own, its title
    # linking to the item's page, the writer's words about it under it
    items = "".join(
        f"<div class='tasty-roundups'><div class='tasty-roundups-image-container'><a "
        f"href='{url}'><img src='/img/{n}.jpg' alt='a sewing machine'></a></div><div "
        f"class='tasty-roundups-content-container'><h2 class='tasty-roundups-title'><a "
        f"href='{url}'>{title}</a></h2><p class='tasty-roundups-description'>My notes on item "
        f"{n}: it sews through denim and keeps its tension on thin cotton too.</p></div></div>"
        for n, (title, url) in enumerate(cards)
    )
    return _page(items)


MACHINES = [
    ("Bernette B33 Swiss Design Sewing Machine", "https://www.bernette.com/en/b33"),
    ("Zeal Baby Lock Sewing Machine", "https://www.babylock.com/machines/sewing/zeal"),
    ("Heavy Duty 4411 Singer Sewing Machine", "https://www.singer.com/heavy-duty-4411"),
]


def test_cards_of_a_story_linking_to_other_sites_are_its_items() -> None:
    page = _roundup(MACHINES)
    assert page.teasers == []
    assert page.article is not None
    assert all(title in page.article.text for title, _ in MACHINES)
    assert "My notes on item 2" in page.article.text


def test_the_same_cards_linking_to_the_site_s_stories_are_teasers() -> None:
    stories = [
        (title, f"https://news.example.com/2024/03/{n}/a-story-about-sewing-machines")
        for n, (title, _) in enumerate(MACHINES)
    ]
    page = _roundup(stories)
    assert [teaser.title for teaser in page.teasers] == [title for title, _ in MACHINES]
    assert page.article is not None
    assert MACHINES[0][0] not in page.article.text


def test_cards_linking_to_a_sister_hosts_pages_are_the_storys_items() -> None:
    # a blog's roundup listing venues on the same company's booking site (blog.resy.com and
    # resy.com): its items, not teasers of the site's stories
    venues = [
        (title, f"https://book.example.com/cities/new-york/venues/{n}?venueId={n}")
        for n, (title, _) in enumerate(MACHINES)
    ]
    page = _roundup(venues)
    assert page.teasers == []
    assert page.article is not None
    assert all(title in page.article.text for title, _ in MACHINES)


def test_cards_linking_to_the_site_its_canonical_url_names_stay_teasers() -> None:
    # a copy of the page served from elsewhere (an archive, a test server): its canonical URL
    # names the site its cards link within
    stories = "".join(
        f"<div class='card'><h2><a href='https://www.citylab.com/2019/04/{n}/a-story-about-"
        f"transit'>{title}</a></h2><p>What happened next, in a line.</p></div>"
        for n, (title, _) in enumerate(MACHINES)
    )
    html = (
        "<html lang='en'><head><title>Council approves plan | Daily</title>"
        "<meta property='og:type' content='article'><link rel='canonical' "
        "href='https://www.citylab.com/2019/04/council-plan'></head><body><article>"
        f"<h1>Council approves plan</h1><div class='entry-content'>{STORY}{STORY}{stories}"
        "</div></article></body></html>"
    )
    page = scraper.extract(html, url="http://fakehost/test/")
    assert [teaser.title for teaser in page.teasers] == [title for title, _ in MACHINES]


def test_a_label_written_without_spaces_is_read_inside_a_wrapper() -> None:
    # "関連記事" opens with the label word "関連" and no space after it; set in a span inside
    # the heading, it is found through the heading's first text
    first = "市議会が河川計画を可決、来年度から工事開始"
    second = "市バスの運賃が四月から改定される見通し"
    rail = (
        "<div class='box'><h2><a href='/tag/river'><span>関連記事</span></a></h2><ul>"
        f"<li><a href='/news/2024/03/river-plan-vote'>{first}</a></li>"
        f"<li><a href='/news/2024/03/bus-fares'>{second}</a></li></ul></div>"
    )
    assert [teaser.title for teaser in _page(rail).teasers] == [first, second]


def test_the_articles_author_box_is_not_a_card() -> None:
    # Britannica's byline: each credit a popover link wrapping a titled name and a bio
    box = (
        "<div class='md-byline module-spacing'><div class='written-by'>Written by "
        "<div class='editor-popover'><a class='d-block byline-contributor' "
        "href='/contributor/Nathan-Myhrvold/9347686'><div class='editor-title'>Nathan "
        "Myhrvold</div><div class='editor-description'>Dr. Nathan Myhrvold is chief "
        "executive officer and a founder of Intellectual Ventures, a firm dedicated to "
        "creating and investing in inventions.</div></a></div><span "
        "class='qa-byline-link byline-contributor'>Nathan Myhrvold</span></div>"
        "<div class='fact-checked-by'>Fact-checked by <div class='editor-popover'><a "
        "class='d-block' href='/editor/The-Editors-of-Encyclopaedia-Britannica/4419'><div "
        "class='editor-title'>The Editors of Encyclopaedia Britannica</div><div "
        "class='editor-description'>Encyclopaedia Britannica's editors oversee subject areas "
        "in which they have extensive knowledge.</div></a></div></div></div>"
    )
    page = _page(box)
    assert page.teasers == []
    assert page.article is not None
    assert [author.name for author in page.article.authors] == ["Nathan Myhrvold"]


def test_a_read_more_printed_in_the_link_is_not_part_of_the_title() -> None:
    # a promo label inside the link (Drupal case studies), and the card's button text inside
    # a whole-card link (HubSpot)
    page = _page(
        "<ul class='related-posts'><li><a href='/case-studies/myers-briggs-app'><span>Read "
        "more:</span> How We Helped Myers Briggs' App Modernization</a></li></ul>"
        "<div class='related-resources'>"
        "<a class='card' href='/academy/data-feed'><h3>What is a Data Feed?</h3>"
        "<span class='btn'>Read more</span></a><a class='card' href='/academy/readmore'>"
        "<h3>Why nobody clicks read more</h3></a></div>"
    )
    assert [t.title for t in page.teasers] == [
        "How We Helped Myers Briggs' App Modernization",
        "What is a Data Feed?",
        "Why nobody clicks read more",
    ]


def test_a_box_named_as_a_section_around_the_card_title_is_no_section() -> None:
    # WordPress themes wrap a card's header in a "section-inner" box; the card's own section
    # is a part of its own
    card = (
        "<article class='article small'><header class='entry-header info'><div "
        "class='entry-header-inner section-inner medium'><h2 class='title'><a "
        "href='/trends/power-bob-2022.html'>Power Bob – machen Sie das Beste aus dem Trend</a>"
        "</h2><span class='images_count'>19</span></div></header></article>"
        "<article class='article small'><span class='category'>Rezepte</span><h2 class='title'>"
        "<a href='/rezepte/birnenkuchen-lavendel.html'>Birnenkuchen mit Lavendel – saftig und "
        "aromatisch</a></h2></article>"
    )
    page = _page(f"<section class='related-posts'>{card}</section>")
    assert [(t.title, t.section) for t in page.teasers] == [
        ("Power Bob – machen Sie das Beste aus dem Trend", None),
        ("Birnenkuchen mit Lavendel – saftig und aromatisch", "Rezepte"),
    ]


def test_a_read_more_closing_a_card_s_excerpt_is_not_part_of_it() -> None:
    cards = "".join(
        f"<article class='post'><h3><a href='/pferde/{slug}'>{title}</a></h3><p "
        f"class='excerpt'>{excerpt} Mehr lesen ...</p></article>"
        for slug, title, excerpt in (
            ("gelaende-training", "Warum Pferde ins Gelände gehören",
             "Pferde sollten regelmäßig einen Abstecher ins Gelände machen..."),
            ("bodenarbeit-fehler", "Fünf Fehler bei der Bodenarbeit",
             "Manche Gewohnheit ist beim Umgang mit dem Pferd eher hinderlich."),
        )
    )  # fmt: skip
    page = _page(f"<div class='related-posts'>{cards}</div>")
    assert [t.excerpt for t in page.teasers] == [
        "Pferde sollten regelmäßig einen Abstecher ins Gelände machen...",
        "Manche Gewohnheit ist beim Umgang mit dem Pferd eher hinderlich.",
    ]


def test_a_logo_or_avatar_in_a_card_is_not_its_picture() -> None:
    cards = "".join(
        f"<article class='post'><img src='/img/{avatar}' alt=''><img src='/img/{photo}' alt=''>"
        f"<h3><a href='/news/{slug}'>{title}</a></h3></article>"
        for avatar, photo, slug, title in (
            ("dd_default_avatar.jpg", "tram-line-works.jpg", "tram-line-works",
             "Tram line works close the bridge until May"),
            ("site-logo-150x150.png", "harbour-festival.jpg", "harbour-festival",
             "Harbour festival returns with a night market"),
        )
    )  # fmt: skip
    page = _page(f"<div class='related-posts'>{cards}</div>")
    assert [t.image.url.rsplit("/", 1)[-1] if t.image else None for t in page.teasers] == [
        "tram-line-works.jpg",
        "harbour-festival.jpg",
    ]


def test_a_link_that_is_the_whole_card_keeps_its_picture_and_excerpt() -> None:
    # Elementor's "container link": the <a> itself is the card, set inside a box whose class
    # names a title (here the widget area of a mega menu); only boxes inside the card can
    # hold the card's title
    cards = "".join(
        f"<a class='e-con-full e-flex e-con e-child' href='/ebooks/{slug}'>"
        f"<div class='elementor-widget-image'><img width='1024' height='681' "
        f"src='https://example.com/wp-content/uploads/{slug}.png' alt=''></div>"
        f"<div class='elementor-widget-heading'><p class='elementor-heading-title'>{title}</p>"
        f"</div><div class='elementor-widget-text-editor'><p>{excerpt}</p></div></a>"
        for slug, title, excerpt in (
            (
                "cfo-guide",
                "Why your finance team will love planning",
                "A guide for CFOs who sign off on the media budget.",
            ),
            (
                "media-mix",
                "The media mix playbook for 2025",
                "Ten steps from a brief to a plan the board approves.",
            ),
        )
    )
    page = _page(f"<div class='elementor-widget-heading site-title'>{cards}</div>")
    assert [(t.title, t.excerpt) for t in page.teasers] == [
        (
            "Why your finance team will love planning",
            "A guide for CFOs who sign off on the media budget.",
        ),
        ("The media mix playbook for 2025", "Ten steps from a brief to a plan the board approves."),
    ]
    assert [t.image.url if t.image else None for t in page.teasers] == [
        "https://example.com/wp-content/uploads/cfo-guide.png",
        "https://example.com/wp-content/uploads/media-mix.png",
    ]


def test_a_newspack_card_s_section_drops_its_screen_reader_prefix() -> None:
    # Newspack prints "Posted in" for screen readers, glued to the category link
    cards = "".join(
        f"<article class='post type-post status-publish hentry category-politics entry'>"
        "<div class='entry-container'><div class='cat-links'><span class='screen-reader-text'>"
        "Posted in</span><a href='https://example.org/category/politics/' rel='category tag'>"
        f"Politics</a></div><header class='entry-header'><h2 class='entry-title'>"
        f"<a href='https://example.org/2024/03/{slug}/' rel='bookmark'>{title}</a></h2>"
        "</header></div></article>"
        for slug, title in (
            ("statehouses-women-majority", "Two more statehouses could reach a women majority"),
            ("ballot-measures-childcare", "Child care is on the ballot in three states this fall"),
        )
    )
    page = _page(f"<section class='related'>{cards}</section>")
    assert [(t.label, t.section) for t in page.teasers] == [("Politics", "Politics")] * 2


def test_a_kicker_wrapped_in_a_span_above_the_card_heading_is_the_label() -> None:
    # CSS-in-JS class names say nothing: the kicker is the short line just above the heading
    cards = "".join(
        "<div data-test-id='teaser-section'><div class='css-1ckbsn2 e1yv6s0p4'>"
        f"<p class='css-1fglxgp e1yv6s0p1'><span class='css-sbrby1'>{kicker}</span></p>"
        f"<h3 class='css-1c1ykhh e1yv6s0p2'><a href='/finance/2026/11/26/{slug}'>{title}</a></h3>"
        "</div></div>"
        for kicker, slug, title in (
            ("Banking", "ohio-lender-deposit-insurance", "A small lender tests deposit insurance"),
            ("Buttonwood", "dull-dividends-again", "Investors are learning to love dividends"),
        )
    )
    page = _page(f"<section class='related'>{cards}</section>")
    assert [t.label for t in page.teasers] == ["Banking", "Buttonwood"]


@pytest.mark.parametrize(
    "stamp",
    [
        "<span class='dt'>2024/04/08</span>",  # Taipei Times
        "<small class='date'>8 avril 2024</small>",  # SPIP
        "<span class='time'>2024/04/08 19:48</span>",  # Liberty Times
        "<div class='related-byline'>By Priya Natarajan Apr. 8, 2024</div>",  # Nieman Lab
    ],
)
def test_a_card_s_date_is_read_from_its_date_line(stamp: str) -> None:
    cards = "".join(
        f"<li><a href='/News/taiwan/archives/{slug}' class='tit'><h2>{title}</h2></a>{stamp}</li>"
        for slug, title in (
            ("2003816102", "Penghu ferry timetable cut as crews quit for shipyards"),
            ("2003816103", "Lawmakers question the cost of the new ferry terminal"),
        )
    )
    page = _page(f"<ul class='related-posts'>{cards}</ul>")
    assert [t.published.date() if t.published else None for t in page.teasers] == [
        date(2024, 4, 8)
    ] * 2


def test_a_date_in_a_card_picture_s_caption_is_not_the_card_s_date() -> None:
    # RebelMouse's "widget__image-meta" holds the picture's caption, not the card's date line
    cards = "".join(
        f"<article class='widget'><div class='widget__image-meta shortcode-media'><small "
        "class='image-media media-caption'>Camp Lemonnier, Djibouti (Feb. 9, 2023) Senior "
        "military leaders met for a ceremony at the base.</small></div><h2 class='widget__"
        f"headline'><a href='/{slug}'>{title}</a></h2></article>"
        for slug, title in (
            ("djibouti-project-2025", "Why is Project 2025 concerned with Djibouti?"),
            ("red-sea-bases", "The Red Sea is getting crowded with foreign bases"),
        )
    )
    page = _page(f"<section class='related'>{cards}</section>")
    assert len(page.teasers) == 2
    assert [t.published for t in page.teasers] == [None, None]


def test_a_rail_item_is_the_rail_s_child_around_the_link() -> None:
    # ERR: each item of the "related" rail is a <div> holding a picture link, the headline in a
    # <p> and the date; the item, not the headline's <p>, is the card
    cards = "".join(
        f"<div class='category-item'><a class='image' href='https://www.err.ee/{slug}'>"
        f"<img src='https://s.err.ee/photo/crop/2024/05/21/{slug}.jpg' alt=''></a>"
        f"<p class='category-news-header'><a href='https://www.err.ee/{slug}'>{title}</a></p>"
        "<span class='date'>21.05.2024</span></div>"
        for slug, title in (
            ("1609349876/tartu-ostab-20-uut-elektribussi", "Tartu ostab 20 uut elektribussi"),
            ("1609323410/vaidlustuskomisjon-bussihange", "Vaidlustuskomisjon jättis hanke jõusse"),
        )
    )
    page = _page(f"<section class='related-articles'><h2>Samal teemal</h2>{cards}</section>")
    assert [t.title for t in page.teasers] == [
        "Tartu ostab 20 uut elektribussi",
        "Vaidlustuskomisjon jättis hanke jõusse",
    ]
    assert all(t.image is not None for t in page.teasers)
    assert [t.published.date() if t.published else None for t in page.teasers] == [
        date(2024, 5, 21)
    ] * 2


@pytest.mark.parametrize(
    ("src", "is_picture"),
    [
        ("https://static.cdn-expressen.se/images/a1/c3/a1c3/1x1/120@80.jpg", True),  # a crop
        ("https://images.squarespace-cdn.com/content/v1/5dd8/15965-OW0P1A2D7DCG511X1VQS/room.jpg",
         True),  # "1X1" inside a hash
        ("https://www.sciencesetavenir.fr/assets/img/2020/10/05/cover-r1x1w48-5f7b5249.jpg", True),
        ("https://example.com/wp-content/themes/news/img/pixel_1x1.gif", False),  # a spacer
    ],
)  # fmt: skip
def test_a_square_crop_is_a_card_picture_and_a_1x1_spacer_is_not(
    src: str, is_picture: bool
) -> None:
    cards = "".join(
        f"<li class='teaser'><a class='teaser__link' href='/nyheter/{slug}/'>"
        f"<div class='teaser__image'><img src='{src}' alt=''></div>"
        f"<h3 class='teaser__headline'>{title}</h3></a></li>"
        for slug, title in (
            ("man-gripen-efter-ran", "Man gripen efter rån mot värdebil i Järfälla"),
            ("sirius-tappade-ledningen", "Sirius tappade ledningen i sista minuten"),
        )
    )
    page = _page(f"<ul class='list-widget__list most-read'>{cards}</ul>")
    assert len(page.teasers) == 2
    assert [t.image is not None for t in page.teasers] == [is_picture] * 2


def _stacked_cards(cards: list[tuple[str, str, str, str]]) -> str:
    """Cards wrapped whole in one link with no heading, their text blocks stacked: picture,
    title, excerpt, then a date in a span named for nothing (Korea Herald's section list)."""
    return "".join(
        f"<li><a href='/view.php?ud={key}'><div class='main_l_img'><img src='/i/{key}.jpg' "
        "alt=''></div><div class='main_l_txt'>"
        f"<div class='main_l_t1'>{title}</div><div class='main_l_t2'>{excerpt}</div>"
        f"<span class='main_l_t3'>{stamp}</span></div></a></li>"
        for key, title, excerpt, stamp in cards
    )


def _section_page(cards: str) -> scraper.Page:
    html = (
        "<html lang='en'><head><title>Politics - The Korea Herald</title></head><body><main>"
        f"<h1>Politics</h1><ul class='main_sec_li'>{cards}</ul></main></body></html>"
    )
    return scraper.extract(html, url="https://www.koreaherald.com/list.php?ct=020101000000")


def test_a_card_link_stacking_title_and_excerpt_blocks_is_read_apart() -> None:
    cards = [
        ("20240312000612", "Rival parties agree on April vote for electoral district map",
         "The ruling and main opposition parties agreed Tuesday to put a revised map to a vote.",
         "2024.03.12 15:21"),
        ("20240311000240", "Poll shows undecided voters at 28 percent a month before election",
         "More than a quarter of voters have yet to pick a party for the April election.",
         "2024.03.11 09:05"),
        ("20240311000518", "Assembly committee passes bill on disaster relief funding",
         "A parliamentary committee on Monday passed a bill on national disaster reserves.",
         "2024.03.11 18:40"),
    ]  # fmt: skip
    page = _section_page(_stacked_cards(cards))
    assert [(t.title, t.excerpt, t.published and t.published.date()) for t in page.teasers] == [
        (title, excerpt, date(*map(int, stamp[:10].split("."))))
        for _, title, excerpt, stamp in cards
    ]


def test_a_card_part_printing_a_build_hash_beside_a_date_is_no_card_date() -> None:
    cards = [
        (str(n), f"Result type {n}: error handling in the standard library",
         "Error handling with the Result type, and the methods it provides.",
         "(4a4ef493e 2026-03-02)")
        for n in range(3)
    ]  # fmt: skip
    page = _section_page(_stacked_cards(cards))
    assert len(page.teasers) == 3 and all(t.published is None for t in page.teasers)


def test_a_kicker_in_a_heading_or_a_span_of_its_own_over_the_title() -> None:
    """taz stacks a short <h4> kicker over the <h3> title in the card's link; Tagesspiegel
    prints the kicker in a span of the title's heading. A heading whose parts are named as a
    product's name and description (IKEA) is read whole."""
    taz = "".join(
        f"<li class='article'><a href='/{slug}/!59873{n}/' class='objlink'><img src='/p/{n}.jpg' "
        f"alt=''><h4>{kicker}</h4><h3>{title}</h3><p>Seit zwei Jahren gilt die Regel, und kaum "
        "jemand beruft sich darauf.</p></a></li>"
        for n, (slug, kicker, title) in enumerate(
            (("Mietenpolitik-in-Sachsen", "Mietenpolitik in Sachsen", "Die Bremse greift nicht"),
             ("Genossenschaften-in-Berlin", "Genossenschaften", "Bauen, bis das Geld ausgeht"))
        )
    )  # fmt: skip
    tagesspiegel = "".join(
        f"<article><a href='https://www.tagesspiegel.de/berlin/{slug}-1267103{n}.html'><h3>"
        f"<span class='Rh'>{kicker}</span> <span class='Ri'>{title}</span></h3></a></article>"
        for n, (slug, kicker, title) in enumerate(
            (("sturmschaeden", "Nach dem letzten Sturm",
              "Berliner Parks warten noch immer auf neue Bäume"),
             ("s-bahn-stoerungen", "Störungen bei der S-Bahn", "Warum der Ring so anfällig ist"))
        )
    )  # fmt: skip
    ikea = "".join(
        # (the shop's own cards: they link within the site, as the other cards here do)
        f"<div class='plp-mastercard'><a href='/us/en/p/{name.lower()}-desk-"
        f"9021430{n}/'><h3><span class='plp-price-module__product-name'>{name}</span> "
        f"<span class='plp-price-module__description'>Desk, white, {size}</span></h3></a></div>"
        for n, (name, size) in enumerate((("MICKE", '55 7/8x19 5/8 "'), ("ALEX", '52x22 7/8 "')))
    )
    page = _page(
        f"<section><h2>Mehr zum Thema</h2><ul class='news directory'>{taz}</ul></section>"
        f"<section><h2>Lesen Sie auch</h2>{tagesspiegel}</section>"
        f"<section><h2>Desks</h2>{ikea}</section>"
    )
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Die Bremse greift nicht", "Mietenpolitik in Sachsen"),
        ("Bauen, bis das Geld ausgeht", "Genossenschaften"),
        ("Berliner Parks warten noch immer auf neue Bäume", "Nach dem letzten Sturm"),
        ("Warum der Ring so anfällig ist", "Störungen bei der S-Bahn"),
        ('MICKE Desk, white, 55 7/8x19 5/8 "', None),
        ('ALEX Desk, white, 52x22 7/8 "', None),
    ]


def test_a_card_titled_by_an_h1_inside_its_link_keeps_its_excerpt() -> None:
    """Stack Overflow's blog cards set each title in an <h1> inside the link; the page's own
    headline is the only <h1> a card may not hold."""
    cards = "".join(
        f"<article class='overflow-hidden p24' itemscope itemtype='https://schema.org/Article'>"
        f"<div class='d-flex'><time datetime='2024-03-0{n}T15:00:00.000Z'>March {n}, 2024"
        f"</time><a href='/2024/03/0{n}/story-number-{n}/'><h1 class='fs-headline1'>Story "
        f"number {n} from the engineering team</h1></a><p class='fc-black-500' "
        f"itemprop='abstract'>What the team learned in week {n}, told for readers.</p>"
        f"<a href='/author/jane-doe/' itemprop='author'>Jane Doe</a></div></article>"
        for n in range(1, 4)
    )
    page = _page(f"<section class='more-stories'>{cards}</section>")
    assert [teaser.excerpt for teaser in page.teasers] == [
        f"What the team learned in week {n}, told for readers." for n in range(1, 4)
    ]
    assert page.article is not None and "What the team learned" not in page.article.text


def test_a_cards_button_field_name_byline_or_date_is_no_label() -> None:
    """What a shop's, a job board's or a blog's card prints where a kicker would stand: its
    button, a field's name, the byline, the date; a separator after a kicker is no part of it."""
    card = (
        "<div class='post-card'><div class='post-card__{role}'>{label}</div><h3 class='post-"
        "card__title'><a href='/news/{slug}'>{title}</a></h3></div>"
    )
    cards = [
        ("kicker", "View Company Profile", "workers-strike", "Workers strike at the port plant"),
        ("kicker", "Add to Compare", "compare-grills", "Kamado grills we tested this summer"),
        ("eyebrow", "Model:", "grill-models", "Which grill model suits a small balcony"),
        ("kicker", "By Makenzie Holland •", "senate-vote", "Senate vote on the budget delayed"),
        ("kicker", "July 12, 2025 • 9 min read", "river-walk", "The river walk opens in June"),
        ("kicker", "Politics |", "mayor-race", "Mayor race tightens after the debate"),
        ("kicker", "Learn & Plan", "budget-tips", "Budget tips for the new school year"),
    ]
    items = "".join(
        card.format(role=role, label=label, slug=slug, title=title)
        for role, label, slug, title in cards
    )
    page = _page(f"</div><section class='more-stories'><h2>More stories</h2>{items}</section><div>")
    assert [t.label for t in page.teasers] == [
        None,
        None,
        None,
        None,
        None,
        "Politics",
        "Learn & Plan",
    ]


def test_a_title_on_several_bare_cards_is_a_menus_entry_not_a_story() -> None:
    """A shop's mega-menu prints "Gloves & Mittens" under Men, Women and Kids; a series' cards
    share a title too, but print their date and picture."""
    menu = "".join(
        f"<div class='menu-column'><h3 class='menu-heading'><a href='/c/{who}'>{who.title()}"
        f"</a></h3><ul><li class='menu-card'><h4><a href='/c/{who}-gloves-and-mittens'>Gloves & "
        f"Mittens</a></h4></li><li class='menu-card'><h4><a href='/c/{who}-rain-jackets-"
        f"for-hiking'>Rain jackets for hiking with {who}</a></h4></li></ul></div>"
        for who in ("men", "women", "kids")
    )
    series = "".join(
        f"<article class='card'><img src='/img/brief-{day}.jpg' alt=''><h3><a href='/news/2024/"
        f"03/{day:02d}/morning-briefing'>Morning Briefing</a></h3><time datetime='2024-03-"
        f"{day:02d}'>March {day}, 2024</time></article>"
        for day in (1, 2, 3)
    )
    page = _page(
        f"</div><nav class='mega'>{menu}</nav><section class='more-stories'><h2>More stories"
        f"</h2>{series}</section><div>"
    )
    titles = [t.title for t in page.teasers]
    assert "Gloves & Mittens" not in titles
    assert titles.count("Morning Briefing") == 3


def test_a_card_titled_as_a_label_is_no_teaser() -> None:
    """A forum's quote header links to the quoted post ("piizog said:"); a script hides an
    address ("[email protected]"): neither is a story's headline."""
    quotes = "".join(
        f"<blockquote class='bbCodeBlock bbCodeBlock--quote'><div class='bbCodeBlock-title'>"
        f"<a class='bbCodeBlock-sourceJump' href='/threads/budget-plan.123/post-{n}'>{name} said:"
        f"</a></div><div class='bbCodeBlock-content'>We should have voted on the plan "
        f"earlier.</div></blockquote>"
        for n, name in ((4518, "piizog"), (4519, "felixen"))
    )
    mail = (
        "<p class='contact-card'><a href='/cdn-cgi/l/email-protection#a1b2'>[email&#160;protected]"
        "</a></p>"
    )
    page = _page(quotes + mail)
    assert page.teasers == []


def test_a_kicker_linked_with_its_colon_leaves_the_card_to_the_titles_link() -> None:
    """Drupal Views rows (livenet.ch): the kicker "Publireportage:" and the title each link to
    the story."""
    rows = "".join(
        f"<div class='views-row'><span class='views-field-article-preTitle'><span class='field-"
        f"content'><a href='/news/{slug}.html'><strong>{kicker}:</strong></a></span></span>"
        f"<span class='views-field-title'><span class='field-content'><a href='/news/{slug}."
        f"html'>{title}</a></span></span></div>"
        for kicker, slug, title in (
            ("Publireportage", "397046-kampf_an_allen_fronten", "Kampf an allen Fronten"),
            ("Bundestagswahl", "397047-was_die_kirchen_sagen", "Was die Kirchen zur Wahl sagen"),
            ("Konferenz", "397048-dank_fuer_die_einheit", "Dank für das Wunder der Einheit"),
        )
    )
    page = _page(
        f"</div><div class='view-newest-news'><div class='view-content'>{rows}</div></div><div>"
    )
    assert [t.title for t in page.teasers] == [
        "Kampf an allen Fronten",
        "Was die Kirchen zur Wahl sagen",
        "Dank für das Wunder der Einheit",
    ]


def test_a_cards_date_line_is_no_excerpt_and_names_its_writer() -> None:
    """Next.js blog cards (Sanity, Tailwind) print "Name · <time>" under the title; a phpBB
    list "Post by X » <time>"; an aggregator "<time> | <a>Source</a>", linking off the site."""
    cards = "".join(
        f"<a class='group block' href='/blog/{slug}'><div class='aspect-[16/9]'><img "
        f"src='https://cdn.sanity.io/images/{slug}-1600x900.png' alt=''></div>"
        f"<h3 class='mt-2 text-lg font-semibold'>{title}</h3><p class='mt-2 text-sm "
        f"text-slate-500'>{line}</p></a>"
        for slug, title, line in (
            (
                "load-test-checkout",
                "How we load test checkout before Black Friday",
                "Jonah Ekwueme · <time datetime='2023-11-07T09:00:00-08:00'>November 7, "
                "2023</time>",
            ),
            (
                "spring-product-updates",
                "Spring 2024: saved carts, Klarna and faster payouts",
                "Posted on <time datetime='2024-03-19'>March 19, 2024</time>",
            ),
            (
                "tutoring-obstacles",
                "Philadelphia tutoring shows promise but faces familiar obstacles",
                "<time datetime='2025-12-09'>December 9, 2025</time> | <em><a href='https://"
                "www.chalkbeat.org/philadelphia/2025/12/09/tutoring/'>Chalkbeat "
                "Philadelphia</a></em>",
            ),
        )
    )
    page = _page(f"<h2>Related posts</h2><div class='mt-8 grid gap-8 md:grid-cols-3'>{cards}</div>")
    by_title = {teaser.title: teaser for teaser in page.teasers}
    first = by_title["How we load test checkout before Black Friday"]
    assert first.excerpt is None
    assert [author.name for author in first.authors] == ["Jonah Ekwueme"]
    assert first.published is not None and first.published.date() == date(2023, 11, 7)
    second = by_title["Spring 2024: saved carts, Klarna and faster payouts"]
    assert second.excerpt is None and second.authors == []
    third = by_title["Philadelphia tutoring shows promise but faces familiar obstacles"]
    assert third.excerpt is None and third.authors == []


def test_cards_whose_class_says_they_have_an_author_are_no_author_box() -> None:
    """Squarespace's summary block flags each item "summary-item-has-author": the item is a
    card with a byline, not an author box."""
    items = "".join(
        "<div class='summary-item summary-item-record-type-text summary-item-has-thumbnail "
        "summary-item-has-excerpt summary-item-has-author'><div class='summary-thumbnail-outer-"
        f"container'><a href='/journal/{slug}' class='summary-thumbnail-container'><img src='"
        f"https://images.squarespace-cdn.com/{slug}.jpg' alt=''></a></div><div class='summary-"
        f"content'><div class='summary-title'><a href='/journal/{slug}' class='summary-title-"
        f"link'>{title}</a></div><div class='summary-excerpt'><p>{excerpt}</p></div><a href='/"
        f"journal/{slug}' class='summary-read-more-link'>Read More →</a></div></div>"
        for slug, title, excerpt in (
            ("chain-wear", "How to check your chain for wear in two minutes",
             "A chain checker costs less than a pizza and can save you a cassette."),
            ("winter-storage", "Five winter storage mistakes we see every spring",
             "Flat tyres are the least of it. Dried-out seals cost far more."),
        )
    )  # fmt: skip
    page = _page(
        "<div class='summary-v2-block'><div class='summary-block-header'><h3 class='summary-"
        f"heading'><strong>You might also like</strong></h3></div><div class='summary-item-"
        f"list'>{items}</div></div>"
    )
    assert [t.title for t in page.teasers] == [
        "How to check your chain for wear in two minutes",
        "Five winter storage mistakes we see every spring",
    ]
    assert page.teasers[0].excerpt == (
        "A chain checker costs less than a pizza and can save you a cassette."
    )


def test_a_kind_of_story_shouted_before_the_title_is_the_cards_label() -> None:
    """ "FEATURE: ..." (Taipei Times), "LISTEN: ..." (Times of Israel): the kind printed in
    capitals is the label; an acronym the title opens with ("HTML: Markup language") is
    part of the title."""
    items = "".join(
        f"<li><a href='https://www.example.com/news/2024/04/07/{n}' class='tit'><h3>{title}"
        "</h3></a><span class='dt'>2024/04/07</span></li>"
        for n, title in enumerate(
            (
                "FEATURE: Keelung's last net weavers pass on a fading craft",
                "LISTEN: A guide for those still perplexed by the election",
                "HTML: Markup language for the rest of us",
            )
        )
    )
    page = _page(f"<h2>Most read</h2><ul class='searchbox'>{items}</ul>")
    assert [(t.label, t.title) for t in page.teasers] == [
        ("FEATURE", "Keelung's last net weavers pass on a fading craft"),
        ("LISTEN", "A guide for those still perplexed by the election"),
        (None, "HTML: Markup language for the rest of us"),
    ]


def test_an_unnamed_box_of_prose_in_a_card_is_its_excerpt() -> None:
    """Taipei Times' list: the excerpt in a ``<div class="text">`` beside the headline link;
    a button's label and an event's time in boxes of their own are no excerpt."""
    items = "".join(
        f"<li><a href='https://www.example.com/news/2024/04/07/{n}' class='tit'><h3>{title}</h3>"
        f"</a><div class='text'>{text}</div><button><span>Save this event: {title}</span>"
        "</button><div>Wed., January 21, 2026, 2:00 p.m. - 3:00 p.m. ET</div></li>"
        for n, (title, text) in enumerate(
            (
                ("Tainan temple festival draws record crowd despite heat",
                 "More than 420,000 people attended the three-day procession, the organizers "
                 "said"),
                ("Legislator proposes subsidy for rural dental clinics",
                 "A bill would pay dentists who open practices in townships without one"),
            )
        )
    )  # fmt: skip
    page = _page(f"<h2>Most read</h2><ul class='searchbox'>{items}</ul>")
    assert [t.excerpt for t in page.teasers] == [
        "More than 420,000 people attended the three-day procession, the organizers said",
        "A bill would pay dentists who open practices in townships without one",
    ]


def _tagdiv_module(slug: str, title: str, category: str) -> str:
    # tagDiv's Newspaper theme draws the thumbnail as a CSS background of a <span>
    return (
        "<div class='td_module_flex td_module_flex_1'><div class='td-module-container'>"
        f"<div class='td-image-container'><a href='/category/{category.lower()}/' "
        f"class='td-post-category'>{category}</a><div class='td-module-thumb'><a href='/{slug}/' "
        f"rel='bookmark' class='td-image-wrap' title='{title}'><span class='entry-thumb "
        f"td-thumb-css' data-type='css_image' data-img-url='/wp-content/uploads/{slug}-696x464"
        f".jpg' style=\"background-image: url('/wp-content/uploads/{slug}-696x464.jpg')\">"
        "</span></a></div></div><div class='td-module-meta-info'><h3 class='entry-title "
        f"td-module-title'><a href='/{slug}/' rel='bookmark' title='{title}'>{title}</a></h3>"
        "<div class='td-excerpt'>The measure would limit annual increases to 15% for homes "
        "in the coastal parishes.</div></div></div></div>"
    )


def test_a_card_drawing_its_picture_as_a_css_background_has_that_image() -> None:
    page = _page(
        "<div class='td_block_inner'>"
        + _tagdiv_module(
            "insurance-bill-advances", "Senate panel advances insurance bill", "Politics"
        )
        + _tagdiv_module("drainage-bond-vote", "Mayor pitches a drainage bond", "City")
        + "</div>"
    )
    images = {t.title: t.image.url if t.image else None for t in page.teasers}
    assert images == {
        "Senate panel advances insurance bill":
            "https://example.com/wp-content/uploads/insurance-bill-advances-696x464.jpg",
        "Mayor pitches a drainage bond":
            "https://example.com/wp-content/uploads/drainage-bond-vote-696x464.jpg",
    }  # fmt: skip


def test_a_story_named_first_in_a_ticker_takes_the_fields_of_its_own_card() -> None:
    # a "trending now" ticker prints the headline alone, before the story's own card
    ticker = (
        "<div class='td-trending-now-wrapper'><div class='td_module_trending_now'><h3 "
        "class='entry-title'><a href='/insurance-bill-advances/'>Senate panel advances "
        "insurance bill</a></h3></div></div>"
    )
    page = _page(
        ticker
        + "<div class='td_block_inner'>"
        + _tagdiv_module(
            "insurance-bill-advances", "Senate panel advances insurance bill", "Politics"
        )
        + _tagdiv_module("drainage-bond-vote", "Mayor pitches a drainage bond", "City")
        + "</div>"
    )
    teaser = page.teasers[0]
    assert teaser.title == "Senate panel advances insurance bill"
    assert teaser.label == "Politics"
    assert teaser.image is not None
    assert (teaser.excerpt or "").startswith("The measure would limit annual increases")


def _substack_embedded_post(slug: str, title: str, body: str) -> str:
    # the whole card is the link; its logo comes through an image CDN whose address holds
    # the original's, encoded
    logo = (
        "https://substackcdn.com/image/fetch/w_56,c_limit,f_auto,q_auto:good/https%3A%2F%2F"
        "substack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Flogo.png"
    )
    return (
        f"<div class='embedded-post-wrap'><a class='embedded-post' native='true' "
        f"href='https://example.com/p/{slug}'><div class='embedded-post-header'><img "
        f"class='embedded-post-publication-logo' src='{logo}' alt=''><span class='embedded-"
        "post-publication-name'>The Patch Notes</span></div><div class='embedded-post-title-"
        f"wrapper'><div class='embedded-post-title'>{title}</div></div><div class='embedded-"
        f"post-body'>{body}</div><div class='embedded-post-cta-wrapper'><span class='embedded-"
        "post-cta'>Read more</span></div></a></div>"
    )


def test_a_card_that_is_one_link_reads_its_excerpt_and_skips_the_publications_logo() -> None:
    # Substack's embedded post
    page = _page(
        _substack_embedded_post(
            "the-true-cost-of-a-cheap-phone",
            "The true cost of a cheap phone",
            "A £120 phone with two years of patches costs more per year than a £300 phone "
            "with six. Here is the arithmetic.",
        )
        + _substack_embedded_post(
            "what-end-of-life-means",
            "What end of life actually means for your router",
            "Routers are worse than phones on every one of these measures, and most of us "
            "never think about them until they break.",
        )
    )
    excerpts = {t.title: t.excerpt for t in page.teasers}
    assert excerpts["The true cost of a cheap phone"] == (
        "A £120 phone with two years of patches costs more per year than a £300 phone with "
        "six. Here is the arithmetic."
    )
    assert all(t.image is None for t in page.teasers)


def test_a_card_named_with_author_is_a_card_and_its_author_box_is_read_past_the_photo() -> None:
    # Expresso's opinion rail: "card card-with-author" is a card showing its author, not an
    # author box; the author's photo, named for the author too, prints no name
    cards = "".join(
        f"<li class='card card-opinion card-with-author'><a href='/opiniao/2025-02-0{n}-{slug}'>"
        f"<img class='card-author-photo' src='/autores/{slug}/1x1/80' alt=''>"
        f"<span class='card-author'>{author}</span><span class='card-title'>{title}</span></a></li>"
        for n, (slug, author, title) in enumerate(
            [
                ("justica-lenta", "Rui Meireles", "A justiça lenta também é uma escolha política"),
                ("europa-gas", "Inês Carrilho", "O que a Europa aprendeu (e esqueceu) com o gás"),
                (
                    "professores",
                    "João Pedro Sarmento",
                    "Os professores e a aritmética do ministério",
                ),
            ],
            start=1,
        )
    )
    page = _page(
        f"<section class='module module-opinion-rail'><h3 class='module-title'>Mais Opinião"
        f"</h3><ul class='module-list'>{cards}</ul></section>"
    )
    authors = {t.title: [a.name for a in t.authors] for t in page.teasers}
    assert authors == {
        "A justiça lenta também é uma escolha política": ["Rui Meireles"],
        "O que a Europa aprendeu (e esqueceu) com o gás": ["Inês Carrilho"],
        "Os professores e a aritmética do ministério": ["João Pedro Sarmento"],
    }


def test_an_inline_promo_naming_its_kind_is_a_card_titled_without_screen_reader_words() -> None:
    # Le Monde: "Lire aussi le décryptage |", and a premium mark printed for screen readers
    # inside the link, before the headline
    page = _page(
        "<section class='catcher catcher--inline'><p class='catcher__content'><span class="
        "'catcher__label'>Lire aussi le décryptage |</span> <a class='catcher__link js-article-"
        "read-also' href='/les-decodeurs/article/2023/11/08/signalisation-fragile_6198812.html'>"
        "<span class='icon__premium'><span class='sr-only'>Article réservé à nos abonnés</span>"
        "</span>Pourquoi la signalisation ferroviaire francilienne est si fragile</a></p></section>"
    )
    assert [t.title for t in page.teasers] == [
        "Pourquoi la signalisation ferroviaire francilienne est si fragile"
    ]


def test_a_bracketed_kicker_over_a_card_stacked_in_one_link_leaves_its_excerpt_apart() -> None:
    # The Korea Herald's section list: each card is one link stacking its title (with a
    # bracketed kicker), excerpt and date
    cards = "".join(
        f"<li><a href='/view.php?ud=2024031100070{n}'><div class='main_l_img'><img "
        f"src='/content/image/2024/03/11/2024031105070{n}_0.jpg' alt=''></div><div "
        f"class='main_l_txt'><div class='main_l_t1'>[Herald Interview] {title}</div><div "
        f"class='main_l_t2'>{excerpt}</div><span class='main_l_t3'>2024.03.11 18:30</span>"
        "</div></a></li>"
        for n, (title, excerpt) in enumerate(
            [
                (
                    "First-time candidate bets on Busan's young voters",
                    "Park Se-ri, 31, is running in a district her party has never won.",
                ),
                (
                    "Veteran lawmaker eyes a sixth term in Daegu",
                    "He says the race will turn on jobs at the city's textile plants.",
                ),
                (
                    "Rival parties agree on April vote for district map",
                    "The two parties will put a revised map to a plenary vote next month.",
                ),
                (
                    "Minor party leaders call for televised pension debate",
                    "Leaders of three minor parties urged broadcasters to host a debate.",
                ),
            ]
        )
    )
    html = (
        "<html lang='en'><head><title>National | The Korea Herald</title></head><body>"
        f"<div id='contents'><h2 class='section_title'>National</h2><ul class='main_sec_li'>"
        f"{cards}</ul></div></body></html>"
    )
    page = scraper.extract(html, url="https://www.koreaherald.com/list.php?ct=020100000000")
    first = page.teasers[0]
    assert first.title == "First-time candidate bets on Busan's young voters"
    assert first.label == "Herald Interview"
    assert (first.excerpt or "").startswith("Park Se-ri, 31, is running")


def test_a_cards_section_link_is_its_label_not_a_story() -> None:
    # Reuters' "Read Next": the card links its section front above the story's headline
    def card(section: str, path: str, slug: str, title: str) -> str:
        return (
            "<li data-testid='MediaStoryCard' class='media-story-card__hub__3mHOR'><span "
            f"data-testid='Label' class='media-story-card__label__3Vbx9'><a href='{path}'>{section}"
            f"</a></span><a data-testid='Heading' class='media-story-card__heading__eqhp9' "
            f"href='{path}{slug}/'>{title}</a><time datetime='2024-03-11T13:02:00Z'>March 11, "
            "2024</time></li>"
        )

    page = _page(
        "<section data-testid='ReadNext'><h2>Read Next</h2><ul class='read-next__list'>"
        + card("Autos & Transportation", "/business/autos-transportation/",
               "suez-canal-revenue-2024-03-11", "Suez Canal revenue falls further in February")
        + card("Commodities", "/markets/commodities/", "freight-index-slips-2024-03-08",
               "Container freight index slips for fifth week")
        + "</ul></section>"
    )  # fmt: skip
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Suez Canal revenue falls further in February", "Autos & Transportation"),
        ("Container freight index slips for fifth week", "Commodities"),
    ]


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/ideas/archive/2024/05/small-town-newspapers-last-editor/678277/",
         "The Last Editor in Town"),
        ("/news/cities/chennai/metro-water-board-to-recruit-300-field-staff/article70033205.ece",
         "Metro Water board to recruit 300 field staff"),
    ],
)  # fmt: skip
def test_a_story_whose_slug_ends_in_a_staff_word_is_a_story(path: str, title: str) -> None:
    # "/blog-authors/jane-doe" and "/our-staff/" list people; a story's slug set before its
    # number may end in "editor" or "staff" all the same
    others = "".join(
        f"<li><a href='/ideas/archive/2024/05/story-number-{n}/67827{n}/'>Another story "
        f"headline number {n} for the list</a></li>"
        for n in range(3)
    )
    page = _page(
        "<aside class='most-popular'><h2>Most Popular</h2><ol>"
        f"<li><a href='{path}'><h3>{title}</h3></a></li>{others}</ol></aside>"
    )
    assert title in [t.title for t in page.teasers]


def test_a_link_to_an_authors_page_in_another_language_is_no_teaser() -> None:
    # Agência Pública's "/autor/...", Women's Health's "/autor/...", Le Monde's "/auteur/...":
    # pages of people, not stories, however long the name
    others = "".join(
        f"<li><a href='/2024/0{n + 1}/story-number-{n}/'>Another story headline number {n} "
        "for the list</a></li>"
        for n in range(3)
    )
    people = "".join(
        f"<li><a href='{path}'>{name}</a></li>"
        for path, name in (
            ("/autor/livia-brandao-tavares/", "Lívia Brandão Tavares Nogueira da Silva"),
            ("/auteur/jean-baptiste-chastand/", "Jean-Baptiste Chastand de Rochefort"),
        )
    )
    page = _page(f"<aside class='latest'><h2>Latest</h2><ol>{people}{others}</ol></aside>")
    assert [t.title for t in page.teasers] == [
        f"Another story headline number {n} for the list" for n in range(3)
    ]


def test_a_card_byline_with_an_element_per_author_gives_each_author() -> None:
    # Agência Pública: "Por <span class='card-autor'>...</span> e <span class='card-autor'>
    # ...</span>"; a name beside its role in a box of another kind stays one author
    cards = "".join(
        f"<article class='card'><h3 class='card-titulo'><a href='/2024/01/{slug}/'>{title}</a>"
        f"</h3><p class='card-meta'>Por {byline} | <time datetime='2024-01-30'>30 de janeiro"
        "</time></p></article>"
        for slug, title, byline in (
            ("outorgas", "Outorgas de água crescem sem fiscalização no Centro-Oeste",
             "<span class='card-autor'>Lívia Brandão Tavares</span> e "
             "<span class='card-autor'>Caio Nakamura</span>"),
            ("rios", "Quem vigia os rios de Mato Grosso do Sul?",
             "<span class='author-name'>Breanne Krager</span> "
             "<span class='author-role'>Marketing</span>"),
        )
    )  # fmt: skip
    page = _page(f"</div><section class='relacionadas'><h2>Leia também</h2>{cards}</section><div>")
    assert [[a.name for a in t.authors] for t in page.teasers] == [
        ["Lívia Brandão Tavares", "Caio Nakamura"],
        ["Breanne Krager"],
    ]


def test_a_card_link_reads_its_heading_past_a_picture_box_named_for_the_headline() -> None:
    # NU.nl's section front: the card's picture box is "headline-item__image", its title an
    # <h2> below it
    cards = "".join(
        f"<a class='headline-item' href='/economie/630451{n}/story-{n}.html'><figure "
        f"class='headline-item__image'><img src='/m/img{n}.jpg' alt=''></figure><div "
        f"class='headline-item__body'><span class='item-label'>Achtergrond</span><h2 "
        f"class='item-title'>{title}</h2><p class='item-excerpt'>De coöperatie sluit haar "
        "kaasfabriek in Joure en verhuist de productie naar Duitsland.</p></div></a>"
        for n, title in enumerate(
            [
                "Zuivelcoöperatie schrapt 220 banen in Friesland",
                "Kaasprijzen stijgen voor het derde kwartaal",
            ]
        )
    )
    html = (
        "<html lang='nl'><head><title>Economie | NU.nl</title></head><body><main class='main "
        f"section'><h1 class='section__title'>Economie</h1><div class='block'>{cards}</div>"
        "</main></body></html>"
    )
    page = scraper.extract(html, url="https://www.nu.nl/economie")
    assert [t.title for t in page.teasers] == [
        "Zuivelcoöperatie schrapt 220 banen in Friesland",
        "Kaasprijzen stijgen voor het derde kwartaal",
    ]


def test_a_kicker_above_the_box_that_holds_the_title_is_the_label() -> None:
    """A badge over the card's text box (Elementor), a type line over the title's field
    (Sitecore), a label opening a line whose other part is the date (Framer): the card's
    label. A columnist's name, an icon's placeholder, a "Read Article" button and a card's
    age in words are not."""
    cards = (
        ("soil", "<div class='elementor-post__badge'>Soil</div>", "Sandy soil holds no water"),
        (
            "hub",
            "<div class='field-newstype'>Press release</div>",
            "Haverkamp opens a new rail hub",
        ),
        (
            "buoy",
            "<div class='framer-1vj8g7t'><p>Open data</p><p>Apr 10, 2024</p></div>",
            "Why we publish the raw sensor data",
        ),
        ("justice", "<span class='card-author'>Rui Meireles</span>", "Slow justice is a choice"),
        ("agile", "<span class='card__icon'>Icon</span>", "Agile teams rethink planning"),
        ("tutu", "<span class='subtitle'>Read Article</span>", "How to make a ballet tutu"),
        ("ps5", "<p class='info'>vor einer Woche</p>", "Eight new details about the console"),
    )
    tiles = "".join(
        f"<div class='card'><a href='/news/{slug}/'><img src='/i/{slug}.jpg' alt=''></a>"
        f"{above}<div class='card-text'><h3><a href='/news/{slug}/'>{title}</a></h3></div></div>"
        for slug, above, title in cards
    )
    page = _page(f"</div><section class='more'><h2>More articles</h2>{tiles}</section><div>")
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Sandy soil holds no water", "Soil"),
        ("Haverkamp opens a new rail hub", "Press release"),
        ("Why we publish the raw sensor data", "Open data"),
        ("Slow justice is a choice", None),
        ("Agile teams rethink planning", None),
        ("How to make a ballet tutu", None),
        ("Eight new details about the console", None),
    ]


def test_a_cards_link_to_its_category_page_is_its_label() -> None:
    # Divi's meta line: "by Marcus | Apr 18, 2024 | Engineering", the category a link
    cards = "".join(
        f"<article class='et_pb_post'><h2 class='entry-title'><a href='/blog/{slug}/'>{title}"
        f"</a></h2><p class='post-meta'>by <span class='author vcard'><a href='/blog/author/"
        f"marcus/'>Marcus Lindqvist</a></span> | <span class='published'>Apr 18, 2024</span> | "
        f"{category}</p></article>"
        for slug, title, category in (
            (
                "anycast",
                "Anycast without the mystery",
                "<a href='/blog/category/engineering/' rel='tag'>Engineering</a>",
            ),
            # a name cut to a letter is no label
            ("on-call", "How we run on-call with nine people", "<a href='/category/b/'>B-</a>"),
        )
    )
    page = _page(f"</div><div class='et_pb_blog_grid'><h2>Related Posts</h2>{cards}</div><div>")
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Anycast without the mystery", "Engineering"),
        ("How we run on-call with nine people", None),
    ]


def test_a_cards_link_to_its_topic_page_is_its_label_also_when_relative() -> None:
    # Agência Pública's "card-tema" links to /temas/...; MkDocs Material's blog index prints
    # "in <a href='category/payments/'>Payments</a>" relative to the page
    cards = "".join(
        f"<article class='card'><h3 class='card-title'><a href='/blog/{slug}/'>{title}</a></h3>"
        f"<p class='md-meta'>{category}</p></article>"
        for slug, title, category in (
            ("eucalipto", "Como a expansão do eucalipto mudou a paisagem",
             "<a class='card-tema' href='https://www.example.com/temas/meio-ambiente/'>"
             "Meio Ambiente</a>"),
            ("settlements", "How we cut settlement reconciliation to 4 minutes",
             "in <a href='category/payments/'>Payments</a>"),
        )
    )  # fmt: skip
    page = _page(f"</div><div class='latest'><h2>Latest posts</h2>{cards}</div><div>")
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Como a expansão do eucalipto mudou a paisagem", "Meio Ambiente"),
        ("How we cut settlement reconciliation to 4 minutes", "Payments"),
    ]


def test_a_menu_group_read_as_a_card_takes_no_label_from_its_entries() -> None:
    # a site's mega menu built of divs: a featured story over a list of topic pages, a
    # "ul.menu" inside what is read as the story's card
    columns = "".join(
        f"<div class='col-sm-4 teaser'><h3><a href='/news/{slug}/'>{title}</a></h3><p>The "
        "association counts the turbines built this year and the grid links still waiting."
        "</p><ul class='menu'>"
        + "".join(f"<li><a href='/themen/{t.lower()}/'>{t}</a></li>" for t in topics)
        + "</ul></div>"
        for slug, title, topics in (
            ("zahlen", "Zahlen, Fakten und Statistiken zur Windenergie", ("Netze", "Politik")),
            ("presse", "Neue Regeln für Windparks an Land ab dem Sommer", ("Recht", "Markt")),
        )
    )
    page = _page(f"</div><div class='row more'><h2>Themen</h2>{columns}</div><div>")
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Zahlen, Fakten und Statistiken zur Windenergie", None),
        ("Neue Regeln für Windparks an Land ab dem Sommer", None),
    ]


def test_a_kicker_printed_inside_the_headline_link_is_not_part_of_the_title() -> None:
    # La Silla Vacía's most-read list: picture, "antetitulo" and title spans in one link; and
    # a kicker over a title that opens with the same word ("Pensionen" / "Pensionen 2026")
    items = "".join(
        f"<li class='lsv-mas-leido__item'><a class='lsv-mas-leido__link' href='/{slug}/'>"
        f"<img src='/i/{slug}.jpg' alt=''>{kicker}<span class='lsv-mas-leido__titulo'>{title}"
        "</span></a></li>"
        for slug, kicker, title in (
            ("concejos", "<span class='lsv-mas-leido__antetitulo'>Opinión</span>\n",
             "Los concejos municipales también legislan"),
            ("pensionen", "<span class='most-read__kicker'>Pensionen</span> ",
             "Pensionen 2026: Was sich im Jänner ändert"),
            ("metro", "", "La deuda del Metro de Medellín, explicada en cinco cifras"),
        )
    )  # fmt: skip
    page = _page(f"</div><section class='lsv-mas-leido'><h2>Lo más leído</h2><ol>{items}</ol>"
                 "</section><div>")  # fmt: skip
    assert [(t.title, t.label) for t in page.teasers] == [
        ("Los concejos municipales también legislan", "Opinión"),
        ("Pensionen 2026: Was sich im Jänner ändert", "Pensionen"),
        ("La deuda del Metro de Medellín, explicada en cinco cifras", None),
    ]


def test_a_minimal_blogs_list_of_dated_posts_is_a_listing() -> None:
    """Bear Blog's archive: each item a date wrapped in <span><i><time>, then one link whose
    title may be a few words; the page lists posts, it tells no story."""
    titles = (
        "The Pennine Bridleway in four wet days",
        "Tyres I have known",
        "The first overnighter",
        "Why I stopped carrying a stove",
        "A frame bag that finally fits",
        "Winter bivvy on Kinder",
        "Ferry to Bilbao, bike to Porto",
        "Packing list for a two-week tour",
    )
    items = "".join(
        f"<li><span><i><time datetime='2024-0{n + 1}-06T18:02Z'>06 0{n + 1}, 2024</time></i>"
        f"</span><a href='/{title.lower().replace(' ', '-')}/'>{title}</a></li>"
        for n, title in enumerate(titles)
    )
    html = (
        "<html lang='en'><head><title>Blog | Hollis Ward</title><meta property='og:type' "
        "content='website'></head><body class='blog'><header><a class='title' href='/'><h1>"
        "Hollis Ward</h1></a><nav><p><a href='/'>Home</a> <a href='/blog/'>Blog</a></p></nav>"
        "</header><main><content><p>Long rides, short posts.</p></content>"
        f"<ul class='blog-posts'>{items}</ul></main></body></html>"
    )
    page = scraper.extract(html, url="https://hollisward.bearblog.dev/blog/")
    assert page.page_type == "listing"
    assert [t.title for t in page.teasers] == list(titles)
    assert page.teasers[1].published is not None


def test_a_newsletter_archive_of_dated_links_is_a_listing() -> None:
    # Mailchimp's hosted archive: "MM/DD/YYYY - <a>subject</a>" per item
    subjects = [
        ("05/16/2024", "Spoke & Word: winter hours and 40 donated frames"),
        ("04/25/2024", "Correction: Saturday's workshop starts at 10am"),
        ("04/18/2024", "Spoke & Word: the new workshop lease is signed"),
        ("03/21/2024", "Notice of AGM, Tuesday 16 April"),
        ("03/14/2024", "Spoke & Word: ride recap and volunteer roster"),
        ("02/15/2024", "Spoke & Word: kids' bike swap returns"),
        ("01/18/2024", "Spoke & Word: summer reopening and a thank-you"),
        ("12/14/2023", "We're closed 23 December to 14 January"),
    ]
    items = "".join(
        f"<li class='campaign'>{day} - <a href='https://mailchi.mp/bikekitchen/issue-{n}' "
        f"target='_blank'>{subject}</a></li>"
        for n, (day, subject) in enumerate(subjects)
    )
    html = (
        "<html lang='en'><head><title>Bike Kitchen Newsletter Archive</title></head><body>"
        "<div id='archive'><h1>Past newsletters</h1>"
        f"<ul id='archive-list'>{items}</ul></div></body></html>"
    )
    page = scraper.extract(html, url="https://us5.campaign-archive.com/home/?u=1a2b&id=3c4d")
    assert page.page_type == "listing"
    assert [t.title for t in page.teasers] == [subject for _, subject in subjects]
    assert page.teasers[0].published is not None
    assert page.teasers[0].published.date() == date(2024, 5, 16)
    assert page.updates == [] and page.editor_notes == []


def test_a_card_whose_background_a_lazy_loader_sets_from_a_bgset_has_that_image() -> None:
    # lazysizes' bgset (Soledad's related posts): the largest entry of the set, no placeholder
    cards = "".join(
        f"<div class='item-related'><a class='related-thumb penci-image-holder penci-lazy' "
        f"data-bgset='{bgset}' href='/2024/04/{slug}/' title='{title}'></a><h3><a href="
        f"'/2024/04/{slug}/'>{title}</a></h3></div>"
        for slug, title, bgset in (
            (
                "takoradi-berth",
                "Takoradi's new container berth slips to 2026",
                "/up/berth-585x390.jpg 585w, /up/berth-1170x780.jpg 1170w",
            ),
            ("fuel-prices", "Fuel prices set to rise again in April", "data:image/gif;base64,R0lG"),
        )
    )
    page = _page(f"</div><div class='post-related'><h3>You may also like</h3>{cards}</div><div>")
    images = {t.title: t.image.url if t.image else None for t in page.teasers}
    assert images == {
        "Takoradi's new container berth slips to 2026": "https://example.com/up/berth-1170x780.jpg",
        "Fuel prices set to rise again in April": None,
    }


def test_a_menus_entries_are_no_teasers_but_a_nav_of_headlines_is() -> None:
    """Sitecore's main menu names each entry a "navigation-title": a card of a few words in a
    <nav>, reported as no teaser; Docusaurus' "Recent posts" <nav> lists headlines, teasers."""
    menu = "".join(
        f"<li class='level1'><div class='navigation-title field-navigationtitle'><a title="
        f"'{name}' href='/en/{slug}'>{name}</a></div></li>"
        for slug, name in (
            ("services/inland-shipping", "Inland shipping"),
            ("sustainability", "Sustainability"),
            ("newsroom/press-releases", "Press releases"),
            ("newsroom/media-library", "Media library"),
        )
    )
    recent = "".join(
        f"<li><a class='sidebarItemLink' href='/blog/{slug}'>{title}</a></li>"
        for slug, title in (
            ("arm-runners", "Moving CI to ARM runners cut our build bill by a third"),
            ("feature-flags", "Feature flags without a vendor"),
            ("postgres-15", "Upgrading to Postgres 15 with zero downtime"),
        )
    )
    html = (
        "<html lang='en'><head><title>Haverkamp opens rail hub</title><meta property='og:type' "
        "content='article'></head><body><nav class='component navigation navigation-main'>"
        f"<ul class='clearfix'>{menu}</ul></nav><nav class='sidebar' aria-label='Blog recent "
        f"posts navigation'><div class='sidebarItemTitle'>Recent posts</div><ul>{recent}</ul>"
        f"</nav><article><h1>Haverkamp opens rail hub</h1>{STORY}{STORY}</article></body></html>"
    )
    page = scraper.extract(html, url="https://www.example.com/en/newsroom/news/rail-hub")
    assert [t.title for t in page.teasers] == [
        "Moving CI to ARM runners cut our build bill by a third",
        "Feature flags without a vendor",
        "Upgrading to Postgres 15 with zero downtime",
    ]


def test_a_cards_byline_of_several_author_links_gives_each_name() -> None:
    # TechCrunch's loop card: one link per author, in list items, no "and" between them
    authors = "".join(
        f"<li class='loop-card__author-list-item'><a class='loop-card__author' "
        f"href='/author/{name.lower().replace(' ', '-')}/'>{name}</a></li>"
        for name in ("Marguerite Osei", "Teodor Valcourt")
    )
    card = (
        "<div class='loop-card'><h3 class='loop-card__title'><a href='/2024/03/04/series-a-is-"
        "the-new-seed/'>Climate tech VCs say Series A is the new seed</a></h3><div class='loop-"
        f"card__meta'><ul class='loop-card__author-list'>{authors}</ul><time datetime='2024-03-"
        "04'>Mar 4, 2024</time></div></div>"
    )
    page = _page(f"</div><div class='wp-block-query'><h2>More from Climate</h2>{card}</div><div>")
    assert [[a.name for a in t.authors] for t in page.teasers] == [
        ["Marguerite Osei", "Teodor Valcourt"]
    ]


def _storefront_grid(name_class: str) -> scraper.Page:
    # an ASP.NET storefront's category grid: each product card one link around its name, its
    # item number in an <h3>, its price and an add-to-cart button
    products = (
        ("benq-lk936st", "BenQ LK936ST 4K Short Throw Laser Projector 5100 lumens", "BenQ-LK936ST"),
        ("samsung-lsp9t", "Samsung LSP9T Premiere 4K Ultra Short Throw Laser Projector", "LSP9T"),
        ("optoma-zu820t", "Optoma ZU820T WUXGA Installation Laser Projector", "Optoma-ZU820T"),
    )
    cards = "".join(
        f"<div class='col-xs-6 category-product grid-view'><div class='catlist1'>"
        f"<a href='/{slug}' class='thumbnail'><img src='/images/{slug}.jpg' alt='{name}'></a>"
        f"<a class='plbox' href='/{slug}'><div class='caption'><div class='{name_class}'>{name}"
        f"</div><div>Manufacturer: <span>{name.split()[0]}</span></div><h3 class='cat-grid-"
        f"product-sku'><span>Item Number:</span> {sku}</h3><div><span class='CategoryProduct"
        "PriceLabel'>Price: </span><span>$4,899.00</span></div></div></a></div></div>"
        for slug, name, sku in products
    )
    html = (
        "<html><head><title>Native 4K Projectors</title></head><body><div class='page-header'>"
        "<h1 class='CategoryCategoryName'>Native 4K Projectors</h1></div><div class='product-"
        f"list row'>{cards}</div></body></html>"
    )
    return scraper.extract(html, url="https://www.screens.example/native-4k-projectors")


def test_a_product_card_is_titled_by_its_name_not_the_item_number_heading_below() -> None:
    page = _storefront_grid("cat-grid-product-name")
    assert [t.title for t in page.teasers] == [
        "BenQ LK936ST 4K Short Throw Laser Projector 5100 lumens",
        "Samsung LSP9T Premiere 4K Ultra Short Throw Laser Projector",
        "Optoma ZU820T WUXGA Installation Laser Projector",
    ]


def test_a_line_above_the_heading_not_named_as_the_product_does_not_title_the_card() -> None:
    page = _storefront_grid("cat-grid-badge")
    assert [t.title for t in page.teasers][:1] == ["Item Number: BenQ-LK936ST"]
