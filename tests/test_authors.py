"""Author extraction in markup variants: Next.js-pushed JSON-LD, credit lines, links to
author pages after "by", byline boxes, and pages whose bylines belong to many posts."""

from __future__ import annotations

import json

import pytest

import scraper

STORY = (
    "<p>" + "The council met on Monday to debate the riverfront plan and its costs. " * 6 + "</p>"
)


def _authors(body: str = "", head: str = "", *, header: str = "") -> list[str]:
    """The authors of a story printing `body` between its paragraphs (and `header` right under
    its headline)."""
    html = (
        f"<html lang='en'><head><title>Council approves plan | Daily</title>{head}</head><body>"
        f"<article><h1>Council approves plan</h1>{header}{STORY}{body}{STORY}</article></body>"
        "</html>"
    )
    page = scraper.extract(html, url="https://example.com/news/council-plan")
    assert page.article is not None
    return [author.name for author in page.article.authors]


def test_jsonld_pushed_by_a_nextjs_script() -> None:
    jsonld = json.dumps(
        {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Council",
         "author": [{"@type": "Person", "name": "Spencer McIntyre"}]}
    )  # fmt: skip
    push = json.dumps([0, {"type": "application/ld+json", "children": jsonld}])
    script = f"<script>(self.__next_s=self.__next_s||[]).push({push})</script>"
    assert _authors("", head=script) == ["Spencer McIntyre"]


@pytest.mark.parametrize(
    ("declared", "printed", "expected"),
    [
        # Arc XP (Libero): the JSON-LD names the account, the byline prints the name
        ("edilson.la.rosa", "Edilson La Rosa", ["Edilson La Rosa"]),
        ("arianschlichenmayer", "Arian Schlichenmayer", ["Arian Schlichenmayer"]),
        # a handle no source prints otherwise stays as given; another name does not replace it
        ("q_admin", "Carla Nunez", ["q_admin"]),
    ],
)
def test_a_handle_is_written_as_the_name_a_later_source_prints(
    declared: str, printed: str, expected: list[str]
) -> None:
    jsonld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council",
         "author": [{"@type": "Person", "name": declared}]}
    )  # fmt: skip
    head = (
        f"<script type='application/ld+json'>{jsonld}</script>"
        f"<meta name='author' content='{printed}'>"
    )
    assert _authors(head=head) == expected


def test_a_single_credit_line() -> None:
    assert _authors("<div class='tags'><strong>Contributors:</strong> Janet Loughrey</div>") == [
        "Janet Loughrey"
    ]
    assert _authors("<h3>Written by Cassidy Horton</h3><p>Cassidy writes about money.</p>") == [
        "Cassidy Horton"
    ]


def test_a_rail_cards_microdata_author_is_not_the_articles() -> None:
    card = (
        "<div class='related-content'><div class='card'><h3><a href='/article/644436/why-m-a-"
        "integrations-are-hard.html'>Why M&amp;A technology integrations are harder than "
        "expected</a></h3><div class='card__info' itemprop='author' itemscope "
        "itemtype='https://schema.org/Person'><span itemprop='name'>By Thai Vong</span></div>"
        "</div></div>"
    )
    head = "<meta name='author' content='Linda Rosencrance'>"
    assert _authors(card, head=head) == ["Linda Rosencrance"]


def test_a_reviewers_credit_box_names_nobody() -> None:
    # Elementor's post-info item linking the reviewer's page: "Reviewed by: Name, CFP"
    credit = (
        "<ul class='elementor-post-info'><li class='elementor-icon-list-item'><a href='/brian-"
        "stormont-cfp/'><span class='elementor-post-info__item byline'> Reviewed by: Brian "
        "Stormont, CFP&reg; </span></a></li></ul>"
    )
    assert _authors(credit) == []


def test_the_site_builders_credit_names_nobody() -> None:
    # CivicPlus prints its credit in a box named like a byline on every government site it runs
    credit = (
        "<div class='widgetItem cpBylineTS'><span class='cpBylineTextTS'>Government Websites "
        "by <a href='https://connect.civicplus.com/referral'>CivicPlus&reg;</a></span></div>"
    )
    assert _authors(credit) == []
    assert _authors("<div class='byline'>Website by Studio Nine</div>") == []
    assert _authors("<div class='byline'>By Studio Nine</div>") == ["Studio Nine"]


def test_credit_lines_of_several_posts_name_nobody() -> None:
    posts = "".join(
        f"<div class='post'><p>Posted by {name}</p></div>" for name in ("Ann Lee", "Bo Li")
    )
    assert _authors(posts) == []


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        # a wire service's byline in capitals
        ("<div class='Page-authors'><span>By </span><a href='/author/lorne-cook'>LORNE COOK</a>"
         "<span> and </span><a href='/author/kelvin-chan'>KELVIN CHAN</a></div>",
         ["Lorne Cook", "Kelvin Chan"]),
        ("<p class='byline'>By SEAN O'NEIL and MARY MCDONALD III</p>",
         ["Sean O'Neil", "Mary McDonald III"]),
        # AP keeps the small c of "Mc" in capitals
        ("<p class='byline'>By KEVIN McGILL</p>", ["Kevin McGill"]),
        # initials stay; a name already written in its case stays as printed
        ("<p class='byline'>By J.R. SMITH</p>", ["J.R. Smith"]),
        ("<p class='byline'>By Ana de la Cruz</p>", ["Ana de la Cruz"]),
    ],
)  # fmt: skip
def test_a_name_printed_in_capitals_is_written_as_a_name(printed: str, names: list[str]) -> None:
    assert _authors(header=printed) == names


def test_link_to_an_author_page_after_by() -> None:
    byline = (
        "<div class='flex'><span class='mr-1'>by </span><p class='font-bold'>"
        "<a href='/articles/authors/shannon-grilli'>Shannon Grilli</a></p></div>"
    )
    assert _authors(byline) == ["Shannon Grilli"]
    # links without "by" before them (a list of the site's writers) name nobody
    writers = "".join(
        f"<li><a href='/articles/authors/{slug}'>{name}</a></li>"
        for slug, name in (("shannon-grilli", "Shannon Grilli"), ("bo-li", "Bo Li"))
    )
    assert _authors(f"<ul>{writers}</ul>") == []


def test_the_one_author_page_linked_by_the_name_it_is_named_for() -> None:
    link = (
        "<a href='/blog/authors/emmanuel-oyibo' aria-label='Emmanuel Oyibo'>"
        "<img src='/emmanuel.png' alt=''><span>Emmanuel Oyibo</span></a>"
    )
    assert _authors(link) == ["Emmanuel Oyibo"]
    # a link whose text is not the name its page is named for ("More from our team")
    assert _authors("<a href='/blog/authors/emmanuel-oyibo'>More from our team</a>") == []


def test_byline_box_with_name_above_date() -> None:
    box = (
        "<div class='resource-author-details'><p>Luke Kim</p><small>December 3, 2025</small></div>"
    )
    assert _authors(box) == ["Luke Kim"]


def test_bylines_of_many_posts_name_nobody() -> None:
    cards = "".join(
        f"<div class='entry'><span class='author'>{name}</span></div>"
        for name in ("Ann Lee", "Bo Li", "Cy Young")
    )
    assert _authors(cards) == []


def _jsonld(author: dict[str, str], publisher: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": "Council",
        "author": author,
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_the_publisher_credited_as_author_is_no_author() -> None:
    # "Example" on example.com: the site itself, declared an organization
    assert _authors("", _jsonld({"@type": "Organization", "name": "Example"}, "Example Inc")) == []
    assert (
        _authors("", _jsonld({"@type": "Organization", "name": "Example Inc"}, "Example Inc")) == []
    )


def test_a_person_named_like_the_site_stays_the_author() -> None:
    # a personal site: the person is both the site and the author
    head = _jsonld({"@type": "Person", "name": "Jane Example"}, "Jane Example")
    assert _authors("", head) == ["Jane Example"]
    other = _jsonld({"@type": "Organization", "name": "Harbour Trust"}, "Example Inc")
    assert _authors("", other) == ["Harbour Trust"]


def test_citation_author_tags_name_every_author_in_order() -> None:
    # PubMed Central and journal platforms print Highwire Press tags, often "Last, First"
    head = (
        '<meta name="citation_title" content="Role of Physical Activity on Mental Health">'
        '<meta name="citation_author" content="Mahindru, Aditya">'
        '<meta name="citation_author_institution" content="Department of Psychiatry">'
        '<meta name="citation_author" content="Pradeep Patil">'
        '<meta name="citation_author" content="Agrawal, Varun">'
    )
    assert _authors("", head=head) == ["Aditya Mahindru", "Pradeep Patil", "Varun Agrawal"]


YOAST_HEAD = (
    '<meta property="og:type" content="{kind}" />'
    '<meta name="twitter:label1" content="Written by" />'
    '<meta name="twitter:data1" content="Nawaz Dhandala" />'
    '<meta name="twitter:label2" content="Est. reading time" />'
    '<meta name="twitter:data2" content="15 minutes" />'
)


def test_a_written_by_card_label_names_the_author() -> None:
    assert _authors("", head=YOAST_HEAD.format(kind="article")) == ["Nawaz Dhandala"]
    # a home or service page declared a website: the pair names whoever made the page
    assert _authors("", head=YOAST_HEAD.format(kind="website")) == []


def test_a_declared_author_may_be_written_in_lower_case() -> None:
    head = '<meta name="author" content="kirstin boatto" />'
    assert _authors("", head=head) == ["kirstin boatto"]
    # printed in the page, a lower-case phrase is a bio sentence, not a name
    assert _authors("<p class='author'>loves eating</p>") == []


def test_quote_and_testimonial_attributions_are_not_bylines() -> None:
    byline = (
        "<div class='post-hero__author-container'>"
        "<span class='post-hero__author'>Lisa Pham</span></div>"
    )
    quotes = "".join(
        f"<figure class='wp-block-pullquote-testimonial'><blockquote><p>{STORY}</p></blockquote>"
        f"<figcaption class='pullquote-testimonial__author'>{name}</figcaption></figure>"
        for name in ("Christine Hodge", "Clover Hubbard", "Dana Ortiz")
    )
    assert _authors(byline + quotes) == ["Lisa Pham"]
    assert _authors(quotes) == []


def test_a_name_on_the_line_above_the_date() -> None:
    assert _authors("<p class='author'>Andrew Gerrand<br>4 August 2010</p>") == ["Andrew Gerrand"]


def test_a_credit_label_with_the_names_in_the_next_element() -> None:
    assert _authors("<div class='meta'><h3>Author</h3><p>Lisa D. Ellis</p></div>") == [
        "Lisa D. Ellis"
    ]
    assert _authors("<dl><dt>Written by</dt><dd>Matias Heikkilä</dd></dl>") == ["Matias Heikkilä"]
    listed = (
        "<h6>Author(s)</h6><ul><li><a>John A. Alic</a></li><li><a>David C. Mowery</a></li></ul>"
    )
    assert _authors(listed) == ["John A. Alic", "David C. Mowery"]
    # the same labels in other languages (Rosa-Luxemburg-Stiftung's news pages)
    german = (
        "<div class='news__meta'><h4 class='news__meta-title'>Autor</h4><p class='news__meta-"
        "text'><a href='/profil/es_detail/A7M7AUXCTH/nikolai-huke'>Nikolai Huke</a></p></div>"
    )
    assert _authors(german) == ["Nikolai Huke"]
    # the name as text right after the label (autohaus.de's Bootstrap column of facts)
    facts = (
        "<div class='col-md-4'><h5 class='title-inline'>Datum:  </h5>03.11.2021<br>"
        "<h5 class='title-inline'>Autor:  </h5>Peter Maahn\n   </div>"
    )
    assert _authors(facts) == ["Peter Maahn"]


def test_a_german_article_by_line_under_the_headline() -> None:
    header = (
        "<div class='metaInfo'>Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - "
        "12:45</div>"
    )
    assert _authors(header=header) == ["Pamela Sladky"]


def test_a_credit_line_in_a_box_that_also_prints_the_date() -> None:
    box = (
        "<div><div><p>Written by<!-- --> <a>Moses Kim and Kate Shokurova</a></p>"
        "<p>April 8, 2024</p></div></div>"
    )
    # below the story, out of reach of the "By" line read under the headline
    assert _authors(STORY + box) == ["Moses Kim", "Kate Shokurova"]


def test_an_author_label_without_a_colon() -> None:
    assert _authors("<div class='post-author'>Author Isaiah Shelton</div>") == ["Isaiah Shelton"]


def test_a_dateline_in_a_byline_box_names_nobody() -> None:
    assert _authors("<div class='byline'>Sat, 20 Dec, 2025 - 06:36</div>") == []


def test_an_organisation_credited_in_jsonld_is_one_name() -> None:
    jsonld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council",
         "author": {"@type": "Organization", "name": "Smith & Jones Legal"}}
    )  # fmt: skip
    head = f"<script type='application/ld+json'>{jsonld}</script>"
    assert _authors("", head=head) == ["Smith & Jones Legal"]


def test_a_microdata_author_box_gives_its_linked_name_not_its_bio() -> None:
    box = (
        "<div class='saboxplugin-wrap' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<div class='saboxplugin-authorname'><a href='/author/shivya/' class='vcard author' "
        "rel='author'><span class='fn'>Shivya Nath</span></a></div>"
        "<div class='saboxplugin-desc'><p>Hi there! I started this blog in 2011, when Instagram "
        "didn't exist and AI wasn't a thing (simpler times, I know!). I write about slow, "
        "meaningful travel.</p></div></div>"
    )
    assert _authors(STORY + box) == ["Shivya Nath"]


@pytest.mark.parametrize(
    ("bio", "authors"),
    [
        # the name opening the bio, not a word of it ("making")
        ("<strong>Tomasz Weller</strong> is a writer based in Bristol. He covers design and "
         "making, and is working on a book about British workshops.", ["Tomasz Weller"]),
        ("<strong>Ana de la Cruz</strong>, a reporter, covers housing and transport.",
         ["Ana de la Cruz"]),
        # a box named for contributors that prints no writer's bio
        ("This article has been reviewed by our team of gear experts and editors.", []),
    ],
)  # fmt: skip
def test_a_contributor_card_printing_a_bio_names_the_writer_it_opens_with(
    bio: str, authors: list[str]
) -> None:
    card = f"<div class='contributor-card'><img src='/c/t.jpg' alt=''><p>{bio}</p></div>"
    assert _authors(STORY + card) == authors


SITE_NAME = "<meta property='og:site_name' content='Daily'>"


def test_a_credit_after_the_date_on_one_header_line() -> None:
    # Emol's "info-notaemol-porfecha": the date, the time, then the credit and the newsroom
    line = (
        "<div class='info-porfecha'>Martes 12 de marzo de 2024 | 15:40 | Por Francisca "
        "Irarrázaval, Daily</div>"
    )
    assert _authors(header=line, head=SITE_NAME) == ["Francisca Irarrázaval"]


def test_the_site_credited_beside_a_person_is_the_newsroom() -> None:
    assert _authors(header="<p>By Jane Doe and Daily</p>", head=SITE_NAME) == ["Jane Doe"]
    assert _authors(header="<p>By Daily</p>", head=SITE_NAME) == ["Daily"]  # the site alone


def _xenforo_thread(starter: str) -> str:
    # XenForo 2: the thread header names its starter after a screen-reader label; each post
    # carries its own author in microdata, and the first post shown may be someone else's
    posts = "".join(
        f"<article class='message message--post' itemscope itemtype='https://schema.org/Comment'>"
        f"<div class='message-userDetails'><h4 class='message-name'><a href='/members/{user}.{n}/'"
        f" class='username' itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        f"<span itemprop='name'>{user}</span></a></h4></div><div class='message-content'>"
        f"<div class='bbWrapper'>{STORY}</div></div></article>"
        for n, user in enumerate(["phinds", "berkeman"])
    )
    return (
        "<html lang='en'><head><title>Which tablesaw blade? | Physics Forums</title></head>"
        "<body><div class='p-body-header'><h1 class='p-title-value'>Which tablesaw blade?</h1>"
        "<div class='p-description'><ul class='listInline listInline--bullet'><li>"
        "<i class='fa--xf fal fa-user' title='Thread starter'></i> "
        f"<span class='u-srOnly'>Thread starter</span> {starter}</li><li>"
        "<span class='u-srOnly'>Start date</span> <time>Jan 5, 2025</time></li></ul></div></div>"
        f"<div class='block-body js-replyNewMessageContainer'>{posts}</div></body></html>"
    )


def test_a_forum_thread_is_credited_to_its_starter() -> None:
    for starter, name in [
        ("<a href='/members/paulb203.7/' class='username u-concealed'>paulb203</a>", "paulb203"),
        ("<span>Chris Hall</span>", "Chris Hall"),
    ]:
        page = scraper.extract(_xenforo_thread(starter), url="https://example.com/threads/b.9/")
        assert page.article is not None
        assert [author.name for author in page.article.authors] == [name]


def test_a_starter_badge_after_the_name_credits_the_member() -> None:
    # VerticalScope forums: the first post's card prints the name, then a "Discussion
    # starter" badge with an icon; the posts carry no author markup the reader sees
    card = (
        "<div class='MessageCard__user-info'><div class='MessageCard__name-with-attributions'>"
        "<a class='MessageCard__user-info__name' href='/members/ejp55230.987715/'>Ejp55230</a> "
        "<span class='message-attribution-discussion-starter icon-with-text'>"
        "<i class='fa fa-check-circle' aria-hidden='true'></i> "
        "<span qid='discussion-starter-text'>Discussion starter</span></span></div>"
        "<div class='MessageCard__user-details'><span>3 posts</span> · <span>Joined 2024</span>"
        "</div></div>"
    )
    assert _authors(card) == ["Ejp55230"]


def test_a_starter_label_with_no_name_after_it_credits_no_one_by_it() -> None:
    # a badge on the first post ("Original poster"), not followed by the member's name
    badge = "<div class='badge'><span>Original poster</span></div>"
    assert _authors(badge) == []


def test_a_microdata_name_given_in_a_meta_tag() -> None:
    # Stack Exchange: the asker's signature gives the name as <meta itemprop="name" content>;
    # a commenter's, further down, prints it
    asker = (
        "<div class='post-signature owner'><div class='user-details' itemprop='author' "
        "itemscope itemtype='http://schema.org/Person'><a href='/users/68293/pup' "
        "itemprop='url'>Pup</a><meta itemprop='name' content='Pup'/></div></div>"
    )
    commenter = (
        "<ul class='comments-list'><li itemprop='comment' itemscope "
        "itemtype='https://schema.org/Comment'><span class='comment-copy' itemprop='text'>Press "
        "space.</span><div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<div class='d-none' itemprop='name'>mnmnc</div></div></li></ul>"
    )
    assert _authors(asker + commenter) == ["Pup"]


def test_the_name_after_a_person_icon_in_the_header() -> None:
    meta = (
        "<div class='entry-meta'><ul><li><i class='bi bi-person'></i> Bence Kovács</li>"
        "<li><i class='bi bi-clock'></i> December 2, 2025</li></ul></div>"
    )
    assert _authors(header=meta) == ["Bence Kovács"]
    # the same line after a clock icon is not a credit
    assert _authors(header="<p><i class='bi bi-clock'></i> Planning Desk</p>") == []


def test_the_name_after_an_avatar_in_the_header() -> None:
    line = (
        "<p>Dec 26, 2025 <span>&bull;</span> <img src='https://2.gravatar.com/avatar/e5f6?s=96'"
        " class='avatar avatar-xs'/> Mahua Das in <a href='/blog/pm'>Project management</a></p>"
    )
    assert _authors(header=line) == ["Mahua Das"]


def test_the_name_printed_under_a_round_portrait_of_it() -> None:
    meta = (
        "<div><span>2025-12-17</span><span>·</span><a title='Trond Teigen'>"
        "<img src='/apple-touch-icon.png' alt='Trond Teigen' class='hx:h-4 hx:rounded-full'>"
        "<div>Trond Teigen</div></a></div>"
    )
    assert _authors(header=meta) == ["Trond Teigen"]
    # a product picture captioned with its alt text is no portrait
    figure = "<figure><img src='/pothos.jpg' alt='Golden Pothos'><p>Golden Pothos</p></figure>"
    assert _authors(header=figure) == []


def test_a_name_followed_by_its_role_in_the_header() -> None:
    assert _authors(header="<p>Aaron Ricadela | Senior Writer | July 2, 2025</p>") == [
        "Aaron Ricadela"
    ]
    # a trail of section names is no credit
    assert _authors(header="<p>Health Care | Data Science | July 2, 2025</p>") == []


def test_parts_of_an_author_box_that_are_not_the_name() -> None:
    # a description of the author's credentials names nobody
    box = "<div class='dynamic-author-description'>Licensed Q Arabica Grader, M.A. Journalism</div>"
    assert _authors(box) == []
    # nor does a byline box holding only the post's tags and date
    tags = (
        "<div class='blog-post__byline'><ul><li><a class='tag' href='/blog/tag/personal-finance'>"
        "Personal finance</a></li></ul><span>January 27, 2025</span></div>"
    )
    assert _authors(tags) == []


def test_a_labelled_credit_in_the_side_column_of_a_report_page() -> None:
    side = (
        "<aside class='l-grid__sidebar'><div class='hero-metadata'><h6>Date</h6><p>November 2003"
        "</p></div><div class='hero-metadata'><h6>Author(s)</h6><ul>"
        "<li><a href='/library/?_author=John%20A.%20Alic'>John A. Alic</a></li>"
        "<li><a href='/library/?_author=David%20C.%20Mowery'>David C. Mowery</a></li></ul></div>"
        "</aside>"
    )
    assert _authors(side) == ["John A. Alic", "David C. Mowery"]
    # an unlabelled credit line in a side column belongs to a widget ("Written by" a post there)
    # (below the story, out of reach of the "By" line read under the headline)
    widget = "<div class='sidebar'><h3>Popular</h3><div><p>Written by Ann Lee</p></div></div>"
    assert _authors(STORY + widget) == []


def test_a_byline_that_prints_the_category_beside_the_date() -> None:
    # Scripps-style "byline" section: date | category link; the category names nobody
    byline = (
        "<section class='byline'><span class='byline__release-date'><time datetime="
        "'2023-03-20T00:00:00-07:00'>March 20, 2023</time></span><span class='byline__separator'>"
        " | </span><span class='byline__category'><a href='/health-and-wellness/prevention'>"
        "Wellness &amp; Prevention</a></span></section>"
    )
    assert _authors(header=byline) == []
    # the same box naming a person still gives the person
    named = byline.replace(
        "</section>", "<span class='byline__author'>By Ana Ruiz</span></section>"
    )
    assert _authors(header=named) == ["Ana Ruiz"]


def test_an_author_box_inside_a_template_is_never_shown() -> None:
    template = (
        "<template id='gdpr-template'><div class='author-ask-modal__gdpr'><label>I agree to have "
        "Acme contact me via email, phone, messengers.</label></div></template>"
    )
    assert _authors(template) == []


def test_a_sentence_crediting_the_post_in_the_author_box() -> None:
    box = (
        "<div id='post-author-wrapper' class='row'><div class='author-avatar'><img src='/a.png' "
        "alt='Danielle Padula'></div><div class='author-bio'>This post was written by Danielle "
        "Padula, Head of Marketing and Community Development</div></div>"
    )
    assert _authors(box) == ["Danielle Padula"]


def _authors_at(url: str, head: str, body: str) -> list[str]:
    html = (
        f"<html lang='en'><head><title>Gear guide</title>{head}</head><body><article>"
        f"<h1>Podcast equipment guide</h1>{STORY}{body}</article></body></html>"
    )
    page = scraper.extract(html, url=url)
    assert page.article is not None
    return [author.name for author in page.article.authors]


def test_the_site_credited_as_author_yields_to_a_person_named_later() -> None:
    url = "https://www.buzzsprout.com/blog/podcast-equipment-guide"
    meta = "<meta name='author' content='Buzzsprout'>"
    box = "<div class='post-author'><a href='/authors/alban-brooke'>Alban Brooke</a></div>"
    # with no one else credited, the site stays the author ...
    assert _authors_at(url, meta, "") == ["Buzzsprout"]
    # ... but a person named by a source read after the meta tag (a card pair) is the answer
    card = (
        "<meta name='twitter:label1' content='Written by'>"
        "<meta name='twitter:data1' content='Alban Brooke'>"
    )
    assert _authors_at(url, meta + card, "") == ["Alban Brooke"]
    assert _authors_at(url, meta, box) == ["Alban Brooke"]  # a byline box outranks meta
    # a credit naming someone else than the site is kept as it is
    assert _authors_at(url, "<meta name='author' content='Ann Lee'>" + card, "") == ["Ann Lee"]


def test_every_name_of_a_byline_printed_one_link_or_span_per_author() -> None:
    # WordPress (Redfin): each name an hCard link; the byline around them names both
    redfin = (
        "<div class='post-byline'>Published on December 2nd, 2025 by <span class='vcard'>"
        "<a class='author url fn' rel='author' href='/news/author/chen-zhao/'>Chen Zhao</a>"
        "</span> and <span class='vcard'><a class='author url fn' rel='author' "
        "href='/news/author/daryl-fairweather/'>Daryl Fairweather</a></span></div>"
    )
    assert _authors(header=redfin) == ["Chen Zhao", "Daryl Fairweather"]
    # JMIR: a screen-reader label, then one span per author with an affiliation mark
    jmir = (
        "<div class='info__title-authors'><p class='authors-for-screen-reader'>Authors of this "
        "article:</p><span class='info__authors'>Jennifer Huberty<sup>1</sup> ;</span>"
        "<span class='info__authors'>Jeni Green<sup>1</sup> ;</span>"
        "<span class='info__authors'>Linda Larkey<sup>2</sup></span></div>"
    )
    assert _authors(header=jmir) == ["Jennifer Huberty", "Jeni Green", "Linda Larkey"]


def test_the_credit_of_a_picture_is_not_a_byline() -> None:
    # Drupal: each teaser image prints its author in a field named like a byline; three
    # different credits would otherwise read as a list of posts and hide the real byline
    byline = (
        "<div class='node__submitted'><div class='node__author'><span class='user__name'>"
        "<a href='/user/leena-simon'>Leena Simon</a></span></div></div>"
    )
    credits = "".join(
        f"<div class='field field--name-field-teaser-image-author'><a href='https://x.org'>{name}"
        "</a></div>"
        for name in ("Digitalcourage", "Chatkontrolle STOPPEN!")
    )
    assert _authors(credits, header=byline) == ["Leena Simon"]


def test_byline_classes_named_in_other_languages() -> None:
    # SPIP (Le Monde diplomatique's blogs): <span class="auteurs">
    byline = "<div class='dates_auteurs'><span class='auteurs'>Didier Roy</span></div>"
    assert _authors(header=byline) == ["Didier Roy"]


def test_template_fillers_name_nobody() -> None:
    # Germany's Government Site Builder fills the author meta with its role name
    assert _authors(head="<meta name='author' content='publisher'>") == []
    # a WordPress account printed after "von", the byline's own label
    byline = (
        "<span class='postauthortop author vcard'> von <a href='/blog/author/wordpressadmin/' "
        "rel='author'>wordpressadmin</a> |</span>"
    )
    assert _authors(header=byline) == []


def test_an_author_link_printing_a_job_title_gives_the_name_part() -> None:
    byline = (
        "<div class='byline'><a href='/author/harry-rabinowitz-ncpn1291108'><div "
        "class='styles_nameContainer__jTG6T'><p class='styles_name__oT6sx'>Harry Rabinowitz</p>"
        "<p class='styles_jobTitle__XWYoT'>Tech Reporter</p></div></a></div>"
    )
    assert _authors(header=byline) == ["Harry Rabinowitz"]
    # a first and a last name printed apart read as one name
    byline = (
        "<div class='byline'><a href='/author/jane-doe'><span class='first-name'>Jane</span> "
        "<span class='last-name'>Doe</span></a></div>"
    )
    assert _authors(header=byline) == ["Jane Doe"]


def test_a_linkedin_author_box_names_the_member_not_the_follow_button() -> None:
    # LinkedIn's own articles: the name links to the member's profile, a "Follow" button and
    # the member's headline follow in the same box
    box = (
        "<div class='author-info'><section class='mini-profile__content'><h3 "
        "class='mini-profile__title'><a class='mini-profile__title-link' "
        "href='https://de.linkedin.com/in/ingahoeltmann?trk=author_mini-profile_title'>Inga "
        "Hoeltmann</a><a class='author-info__follow-button' href='https://www.linkedin.com/"
        "login'>Follow</a></h3><h4 class='mini-profile__subtitle'>Transformationsbegleiterin, "
        "Expertin für Neue Arbeit</h4></section></div>"
    )
    assert _authors(box) == ["Inga Hoeltmann"]


def test_a_declared_author_gets_the_page_the_printed_byline_links_the_name_to() -> None:
    jsonld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council",
         "author": [{"@type": "Person", "name": "Dana Whitfield"},
                    {"@type": "Person", "name": "Marcus Lee"}]}
    )  # fmt: skip
    byline = (
        "<p class='byline'>By <a href='/author/dana-whitfield/' rel='author'>Dana Whitfield</a>"
        " and Marcus Lee</p>"
    )
    html = (
        f"<html lang='en'><head><script type='application/ld+json'>{jsonld}</script></head><body>"
        f"<article><h1>Council approves plan</h1>{byline}{STORY}</article></body></html>"
    )
    page = scraper.extract(html, url="https://example.com/news/council-plan")
    assert page.article is not None
    assert [(a.name, a.url) for a in page.article.authors] == [
        ("Dana Whitfield", "https://example.com/author/dana-whitfield/"),
        ("Marcus Lee", None),  # printed unlinked: no page to give
    ]
    assert page.article.provenance.authors == "json-ld"


def test_names_printed_apart_after_a_by_of_their_own_are_all_credited() -> None:
    # the New York Times: "By", then each name a link in a box of its own, "and" between
    byline = (
        "<p class='css-aknsld'>By <span class='css-1baulvz'><a href='/by/helen-castellano'>"
        "Helen Castellano</a></span> and <span class='css-1baulvz'><a href='/by/rafael-ortiz'>"
        "Rafael Ortiz</a></span></p>"
    )
    html = (
        "<html lang='en'><head><title>Council approves plan</title></head><body><article>"
        f"<h1>Council approves plan</h1>{byline}{STORY}</article></body></html>"
    )
    page = scraper.extract(html, url="https://www.ledger.example/2025/04/10/council.html")
    assert page.article is not None
    assert [(a.name, a.url) for a in page.article.authors] == [
        ("Helen Castellano", "https://www.ledger.example/by/helen-castellano"),
        ("Rafael Ortiz", "https://www.ledger.example/by/rafael-ortiz"),
    ]
    # a source credited beside the writer is no second writer
    assert _authors(header="<p>By <span>Tomson Highway</span> and <span>From Masculindians</span>"
                    "</p>") == ["Tomson Highway"]  # fmt: skip
