"""Published dates from the sources past the common ones: meta names outside the fixed tables,
and a "Published" / "Posted on" label printed far from the headline; and the byline boxes that
link to a contributors' index, which are not teaser cards."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

import scraper

NOW = datetime.fromisoformat("2026-01-01T00:00:00+00:00")
STORY = "<p>" + "The trial ran for three seasons on twelve farms along the river. " * 8 + "</p>"


def _extract(
    head: str, body: str, url: str = "https://example.org/insights/cover-crops"
) -> scraper.Page:
    html = (
        f"<html lang='en'><head><title>Cover crops cut runoff | Field Notes</title>{head}</head>"
        f"<body><header class='site-header'><nav><a href='/'>Home</a></nav></header>"
        f"<main><article><h1>Cover crops cut runoff</h1>{body}</article></main>"
        "<footer class='site-footer'><p>© 2025 Field Notes</p></footer></body></html>"
    )
    return _extract_page(html, url)


def _extract_page(html: str, url: str) -> scraper.Page:
    return scraper.extract(html, url=url, settings=scraper.ExtractSettings(now=NOW))


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("<meta name='published-date' content='2021-02-16'>", "2021-02-16"),
        (
            "<meta property='og:article:published_time' content='2024-05-02T10:00:00Z'>",
            "2024-05-02",
        ),
        ("<meta name='citation_publication_date' content='2019/07/09'>", "2019-07-09"),
        ("<meta name='citation_publication_date' content='2024 Jun 30'>", "2024-06-30"),
        ("<meta class='swiftype' name='published_at' content='2023-03-01'>", "2023-03-01"),
    ],
)
def test_meta_names_that_say_published_are_read(meta: str, expected: str) -> None:
    page = _extract(meta, STORY * 2)
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == expected
    assert page.article.provenance.published == "meta"


def test_jsonld_that_next_js_renders_into_a_meta_tag_is_read() -> None:
    # Next.js renders `metadata.other["script:ld+json"]` as a meta tag, escaped
    jsonld = json.dumps(
        {"@context": "https://schema.org", "@type": "Article", "headline": "Cover crops",
         "datePublished": "2025-11-17T09:00:00-05:00",
         "author": {"@type": "Person", "name": "Dana Whitfield"}}
    )  # fmt: skip
    escaped = jsonld.replace("&", "&amp;").replace('"', "&quot;")
    page = _extract(f'<meta name="script:ld+json" content="{escaped}"/>', STORY * 2)
    assert page.article is not None and page.article.published is not None
    assert page.article.published.isoformat() == "2025-11-17T09:00:00-05:00"
    assert page.article.provenance.published == "json-ld"
    assert [author.name for author in page.article.authors] == ["Dana Whitfield"]


def _saved_twice(marked: str) -> scraper.Page:
    """A story that declares its last save as both published and modified, `marked` printed at
    its foot."""
    jsonld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Cover crops",
         "datePublished": "2025-11-29T12:28:31-05:00", "dateModified": "2025-11-29T12:28:31-05:00"}
    )  # fmt: skip
    head = f"<script type='application/ld+json'>{jsonld}</script>"
    return _extract(head, STORY * 3 + marked)


def test_a_pubdate_time_dates_a_page_declaring_its_last_save_as_published() -> None:
    page = _saved_twice(
        "<div class='article-body__published'>Published <time pubdate datetime='2025-08-13' "
        "title='August 13, 2025'>August 13, 2025</time></div>"
    )
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == "2025-08-13"
    assert page.article.provenance.published == "time-element"
    assert page.article.modified is not None
    assert page.article.modified.isoformat() == "2025-11-29T12:28:31-05:00"
    # a reader's comment's <time pubdate> is not the article's
    page = _saved_twice(
        "<ol class='commentlist'><li class='comment'><p>Great read.</p><time pubdate "
        "datetime='2025-08-13T21:46:01-05:00'>August 13, 2025</time></li></ol>"
    )
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == "2025-11-29"


def test_meta_names_that_say_modified_are_not_taken_as_published() -> None:
    page = _extract("<meta name='last-modified-date' content='2024-06-01'>", STORY * 2)
    assert page.article is not None
    assert page.article.published is None
    assert page.article.modified is not None and page.article.modified.date().isoformat() == (
        "2024-06-01"
    )


def test_an_hatom_updated_time_is_the_modified_date() -> None:
    # WordPress themes print both of hAtom's marks in the entry's meta; readers' comments
    # carry their own
    meta = (
        "<div class='entry-meta'><span class='posted-on'>Posted on <time class='entry-date "
        "published' datetime='2024-04-12T08:00:00+00:00'>April 12, 2024</time><time "
        "class='updated' datetime='2024-04-20T10:15:00+00:00'>April 20, 2024</time></span></div>"
    )
    comment = (
        "<ol class='comment-list'><li class='comment'><time class='updated' "
        "datetime='2024-05-02T09:00:00+00:00'>May 2, 2024</time><p>Great post!</p></li></ol>"
    )
    page = _extract("", meta + STORY * 2)
    assert page.article is not None and page.article.modified is not None
    assert page.article.modified.isoformat() == "2024-04-20T10:15:00+00:00"
    assert page.article.provenance.modified == "time-element"
    page = _extract("", STORY * 2 + comment)
    assert page.article is not None and page.article.modified is None


def test_a_published_meta_later_than_the_modified_one_yields_to_another() -> None:
    # SAP's blog: "published-time" is when the page was last pushed out, after its own
    # "modified-date"; "published-date" is the article's
    head = (
        "<meta name='published-time' content='2025-12-09T08:45:32.183Z'>"
        "<meta name='modified-date' content='2024-07-30'>"
        "<meta name='published-date' content='2021-02-16'>"
    )
    page = _extract(head, STORY * 2)
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == "2021-02-16"
    assert page.article.modified is not None
    assert page.article.modified.date().isoformat() == "2024-07-30"
    # with no other published meta, the later one still dates the page
    page = _extract(head.replace("published-date", "description"), STORY * 2)
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == "2025-12-09"


def test_a_published_label_at_the_foot_of_the_article_dates_it() -> None:
    # Drupal "insights" layout: the date sits in a side list after the text, not by the title.
    body = (
        f"<div class='field--body'>{STORY}{STORY}</div>"
        "<aside class='article-meta'><div class='content-item'><h3>Published</h3>"
        "<p><time class='datetime'>August 30, 2024</time></p></div>"
        "<div class='content-item'><h3>Author</h3><p>Lis Harmon</p></div></aside>"
    )
    page = _extract("", body)
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == "2024-08-30"
    assert page.article.provenance.published == "dom"


def test_a_last_updated_label_at_the_foot_of_the_page_is_the_modified_date() -> None:
    # A park service page (Drupal): the only date is the revision stamp after the content,
    # and the NIH-style site footer stamps the whole site, not the page.
    html = (
        "<html lang='en'><head><title>Webcams - Yosemite National Park</title></head><body>"
        "<header><nav><a href='/'>Home</a></nav></header><main id='main'>"
        f"<div class='ColumnMain'><h1>Webcams</h1>{STORY}{STORY}"
        "<div class='row'><div class='col-sm-12 text-content-size'>"
        "<p style='text-align:right;'>Last updated: November 13, 2025</p></div></div></div>"
        "</main><footer><p>Turning Discovery Into Health® Site Last Updated: December 20, "
        "2025</p></footer></body></html>"
    )
    page = _extract_page(html, "https://www.example.gov/park/webcams.htm")
    assert page.article is not None and page.article.modified is not None
    assert page.article.modified.date().isoformat() == "2025-11-13"
    assert page.article.provenance.modified == "dom"
    assert page.article.published is None  # a revision is no publication


def test_a_site_wide_last_updated_stamp_does_not_date_the_page() -> None:
    footer = "<footer><p>Site Last Updated: December 20, 2025</p></footer>"
    page = _extract("", STORY + STORY + footer)
    assert page.article is not None
    assert page.article.modified is None and page.article.published is None


def test_a_published_label_in_a_script_or_style_does_not_date_the_article() -> None:
    hidden = (
        "<script>var post = {posted: '2024-08-30', label: 'Published: August 30, 2024'};</script>"
        "<style>.published:after{content:'Published August 30, 2024'}</style>"
    )
    page = _extract("", STORY + hidden + STORY)
    assert page.article is not None and page.article.published is None
    # the same label printed is read
    page = _extract("", STORY + hidden + "<p>Published: August 31, 2024</p>" + STORY)
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == "2024-08-31"


def test_dates_in_teaser_cards_and_unlabelled_dates_do_not_date_the_article() -> None:
    related = "".join(
        f"<li class='related-post'><a href='/insights/post-{n}'><h3>Soil study number {n} finds "
        f"more worms in tilled fields</h3></a><span>Posted on March {n}, 2023</span></li>"
        for n in range(1, 5)
    )
    body = (
        f"{STORY}{STORY}<p>Figures as of January 5, 2022.</p>"
        f"<section class='related-posts'><h2>Related posts</h2><ul>{related}</ul></section>"
    )
    page = _extract("", body)
    assert page.article is not None
    assert page.article.published is None


def test_a_byline_box_linking_to_the_contributors_index_is_not_a_card() -> None:
    byline = (
        "<div class='ss-contributorbyline'><img src='/img/jd.jpg' alt='Jane Doe'>"
        "<span>By </span><span class='name'>Jane Doe, Ph.D.</span>"
        "<span>Updated on July 9, 2025</span>"
        "<a href='/contributors/'>Explore our full list of Integrity Network members.</a></div>"
    )
    page = _extract("", byline + STORY * 2)
    assert page.teasers == []
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == "2025-07-09"


def test_an_author_link_wrapping_name_and_bio_gives_the_name() -> None:
    byline = (
        "<div class='md-byline'><span>Written by</span>"
        "<a class='byline-contributor' href='/contributor/Nathan-Hale/9347686'>"
        "<div class='name'>Nathan Hale</div><div class='bio'>Dr. Nathan Hale is a soil scientist "
        "and founder of a field laboratory that has studied runoff on working farms for twenty "
        "years.</div></a></div>"
    )
    page = _extract("", byline + STORY * 2)
    assert page.article is not None
    assert [a.name for a in page.article.authors] == ["Nathan Hale"]


def test_a_home_page_has_no_published_date() -> None:
    head = (
        "<meta property='article:published_time' content='2021-05-24T15:24:38Z'>"
        "<meta property='article:modified_time' content='2024-02-22T22:24:45Z'>"
    )
    body = "<p class='byline'>Posted on March 6, 2025</p>" + STORY
    home = _extract(head, body, url="https://www.example.org/?utm_source=feed")
    assert home.article is not None
    assert home.article.published is None
    assert home.article.modified is not None and home.article.modified.year == 2024
    post = _extract(head, body, url="https://www.example.org/insights/cover-crops")
    assert post.article is not None and post.article.published is not None
    # WordPress's plain links name the post in the query: not the front page
    plain = _extract(head, body, url="https://www.example.org/?p=2895")
    assert plain.article is not None and plain.article.published is not None


def test_a_date_printed_inside_the_headline_dates_the_article_and_leaves_the_title() -> None:
    # the m.css theme (Pelican): the permalink in the <h1> opens with the post's <time>
    html = (
        "<html lang='en'><head><title>Preparing a transition in Debusine | Colin Watson's blog"
        "</title><meta property='og:type' content='article'></head><body><header><nav>"
        "<a href='/blog/' id='m-navbar-brand'>Colin Watson's blog</a></nav></header><main>"
        "<article class='m-col-m-10'><header><h1><a href='/blog/debusine-transitions.html' "
        "rel='bookmark'><time class='m-date' datetime='2025-12-18T13:21:19+00:00'>Dec "
        "<span class='m-date-day'>18</span> 2025</time> Preparing a transition in&nbsp;Debusine"
        f"</a></h1></header>{STORY}</article></main></body></html>"
    )
    page = _extract_page(html, "https://example.org/blog/debusine-transitions.html")
    assert page.article is not None
    assert page.article.title == "Preparing a transition in Debusine"
    assert page.article.published == datetime.fromisoformat("2025-12-18T13:21:19+00:00")
    assert page.article.text.startswith("The trial ran")


def test_a_headline_streamed_into_a_hidden_div_still_has_its_dateline() -> None:
    # React streaming (Next.js): the page renders into <div hidden id="S:0">, which a script
    # moves into place; the reader sees the dateline under the headline
    body = (
        "<div hidden id='S:0'><div class='pg-post'><h1>Cover crops cut runoff</h1>"
        "<p>Reviewed by Jane Doe</p><p>October 16, 2020 · 8 min read</p></div>"
        f"{STORY}</div>"
    )
    html = (
        "<html lang='en'><head><title>Cover crops cut runoff | Field Notes</title></head><body>"
        f"<main>{body}</main></body></html>"
    )
    page = _extract_page(html, "https://example.org/insights/cover-crops")
    assert page.article is not None
    assert page.article.published == datetime(2020, 10, 16)


def test_a_headline_worded_otherwise_than_the_title_anchors_the_header() -> None:
    # Shopify blog template: no <h1>; the <h2> rewords og:title, the date is printed above it
    html = (
        "<html lang='en'><head><title>7 Ways to Transition to a Plant-Based Diet | Koia</title>"
        "<meta property='og:title' content='7 Ways to Transition to a Plant-Based Diet'></head>"
        "<body><main><div class='page-width'><h3 class='m-0 uppercase'><span>blog | </span> "
        "February 01, 2022 </h3><h2 class='font-heading'>7 Ways to Help You Transition to a "
        f"Plant Based Diet</h2><div class='rte'>{STORY}</div></div></main></body></html>"
    )
    page = _extract_page(html, "https://example.org/blogs/blog/plant-based")
    assert page.article is not None
    assert page.article.published == datetime(2022, 2, 1)


def _declared_and_printed(printed: str, modified: str = "") -> scraper.Page:
    # Yoast-style JSON-LD giving the date the post was last moved or re-created, and the date
    # the template prints under the headline
    jsonld = {
        "@context": "https://schema.org", "@type": "BlogPosting",
        "headline": "Cover crops cut runoff", "datePublished": "2025-06-12T09:00:00+00:00",
    }  # fmt: skip
    if modified:
        jsonld["dateModified"] = modified
    head = f"<script type='application/ld+json'>{json.dumps(jsonld)}</script>"
    body = f"<p class='meta'>By Jane Doe</p><p class='date'>{printed}</p>{STORY}"
    return _extract(head, body)


def test_the_date_printed_under_the_headline_wins_over_a_different_declared_one() -> None:
    page = _declared_and_printed("November 2, 2022")
    assert page.article is not None and page.article.published == datetime(2022, 11, 2)


@pytest.mark.parametrize(
    ("printed", "modified"),
    [
        ("June 12, 2025", ""),  # the same date
        ("June 11, 2025", ""),  # the same instant, printed in the site's zone
        ("12.06.2025", ""),  # the same numbers read the other way round
        ("December 9, 2025", "2025-12-09T10:00:00+00:00"),  # the modified date, unlabelled
    ],
)
def test_a_printed_date_that_agrees_with_the_declared_ones_leaves_them(
    printed: str, modified: str
) -> None:
    page = _declared_and_printed(printed, modified)
    assert page.article is not None
    assert page.article.published == datetime.fromisoformat("2025-06-12T09:00:00+00:00")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # the same instant as the declared one, in the site's zone: the reader's day
        ("June 12, 2025, 2:00 a.m.", "2025-06-12T02:00:00-07:00"),
        ("June 11, 2025 at 11:30 p.m.", "2025-06-11T23:30:00-09:30"),
        # the time printed apart from the date, past a separator (New York Post)
        (
            "<span>June 12, 2025</span> <span>|</span> <span>2:00am</span>",
            "2025-06-12T02:00:00-07:00",
        ),
        # another time: a printed date that is not the declared instant leaves it as declared
        ("June 12, 2025, 2:07 a.m.", "2025-06-12T09:00:00+00:00"),
        # a <time> giving the declared instant with the site's offset (WordPress block themes)
        (
            "<time datetime='2025-06-11T23:00:00-10:00'>June 11, 2025</time>",
            "2025-06-11T23:00:00-10:00",
        ),
        # a <time> giving another instant leaves the declared one
        (
            "<time datetime='2025-06-11T22:00:00-10:00'>June 11, 2025</time>",
            "2025-06-12T09:00:00+00:00",
        ),
    ],
)
def test_a_declared_utc_date_is_given_in_the_zone_the_page_prints_it_in(
    printed: str, expected: str
) -> None:
    page = _declared_and_printed(printed, "2025-06-13T10:00:00+00:00")
    assert page.article is not None and page.article.published is not None
    published = page.article.published
    assert published == datetime.fromisoformat(expected)  # the same instant ...
    assert published.utcoffset() == datetime.fromisoformat(expected).utcoffset()  # ... and zone
    modified = page.article.modified
    assert modified is not None and modified.utcoffset() == published.utcoffset()


def test_each_declared_utc_date_takes_the_zone_its_printed_time_gives() -> None:
    # WordPress: og dates in UTC, <time> elements in the site's zone, summer time in July and
    # not in February: each date keeps the offset printed with it
    head = (
        "<meta property='article:published_time' content='2024-07-05T00:04:00+00:00'>"
        "<meta property='article:modified_time' content='2025-02-09T16:17:27+00:00'>"
    )
    body = (
        "<p class='meta'>By Jane Doe · <time class='entry-date published' "
        "datetime='2024-07-04T20:04:00-04:00'>July 4, 2024</time> · Updated <time "
        "class='updated' datetime='2025-02-09T11:17:27-05:00'>February 9, 2025</time></p>"
        f"{STORY}"
    )
    page = _extract(head, body)
    assert page.article is not None
    published, modified = page.article.published, page.article.modified
    assert published is not None and published.isoformat() == "2024-07-04T20:04:00-04:00"
    assert modified is not None and modified.isoformat() == "2025-02-09T11:17:27-05:00"


def test_a_portuguese_page_reads_its_dateline_day_first_and_dates_in_its_zone() -> None:
    jsonld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Cover crops cut runoff", "datePublished": "2022-05-04T00:44:52Z"}
    )  # fmt: skip
    html = (
        "<html lang='pt-BR'><head><title>Cover crops cut runoff</title>"
        f"<script type='application/ld+json'>{jsonld}</script></head><body><article>"
        "<h1>Cover crops cut runoff</h1><p>Por Rodolfo Costa</p><p>Brasília</p>"
        f"<p>03/05/2022 21:44</p>{STORY}</article></body></html>"
    )
    page = _extract_page(html, "https://example.org/news/cover-crops")
    assert page.article is not None and page.article.published is not None
    assert page.article.published.isoformat() == "2022-05-03T21:44:52-03:00"


def test_a_date_far_down_the_header_window_is_no_dateline() -> None:
    # the first of a "Recent articles" list printed beside a headline with no date of its own
    recent = "".join(f"<span>Recent article {n}</span>" for n in range(12))
    page = _declared_and_printed(f"{recent}<span>August 9, 2021</span>")
    assert page.article is not None
    assert page.article.published == datetime.fromisoformat("2025-06-12T09:00:00+00:00")


def test_a_masthead_date_above_the_headline_is_no_dateline() -> None:
    # a newspaper prints the day's date in its masthead, a few lines over the headline
    jsonld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Cover crops cut runoff", "datePublished": "2025-06-12T09:00:00+00:00"}
    )  # fmt: skip
    html = (
        "<html lang='en'><head><title>Cover crops cut runoff | The Courier</title>"
        f"<script type='application/ld+json'>{jsonld}</script></head><body>"
        "<div class='masthead'><p>Monday, December 29, 2025</p><p>Today's paper</p>"
        "<p>World</p><p>Farming</p></div>"
        f"<main><article><h1>Cover crops cut runoff</h1>{STORY}</article></main></body></html>"
    )
    page = _extract_page(html, "https://example.org/farming/cover-crops")
    assert page.article is not None
    assert page.article.published == datetime.fromisoformat("2025-06-12T09:00:00+00:00")


def test_a_date_a_member_joined_on_is_no_publication_date() -> None:
    # phpBB: the first post's profile column prints when its author joined, before the post's
    # own date
    body = (
        "<dl class='postprofile'><dt><a class='username' href='./memberlist.php?u=1'>"
        "changingtimes</a></dt><dd class='profile-posts'><strong>Posts:</strong> 524</dd>"
        "<dd class='profile-joined'><strong>Joined:</strong> Mon Jul 24, 2017 9:28 am</dd></dl>"
        "<div class='postbody'><p class='author'>Post by changingtimes » Sat Feb 24, 2024 "
        f"3:10 pm</p>{STORY}</div>"
    )
    page = _extract("", body, url="https://example.org/forum/viewtopic.php?t=425337")
    assert page.article is not None
    assert page.article.published is not None
    assert page.article.published.date().isoformat() == "2024-02-24"


def test_a_date_abbreviated_in_microdata_is_read_from_its_title() -> None:
    # Blogger (and hAtom themes) print the time and give the full date in <abbr title>
    body = (
        "<div class='post-footer'><span class='post-timestamp'>um <a href='/2017/09/rezi.html' "
        "rel='bookmark'><abbr class='published' itemprop='datePublished' "
        "title='2017-09-09T10:52:00+02:00'>10:52</abbr></a></span></div>"
    )
    page = _extract("", STORY + body)
    assert page.article is not None
    assert page.article.published == datetime.fromisoformat("2017-09-09T10:52:00+02:00")
    assert page.article.provenance.published == "microdata"


def test_a_readers_comment_dated_in_microdata_does_not_date_the_page() -> None:
    # Stack Overflow: the question's date is dateCreated; each comment is a Comment item
    # carrying its own datePublished
    comments = (
        "<ul class='comments-list'><li class='comment' itemscope "
        "itemtype='https://schema.org/Comment'><span itemprop='text'>Agreed.</span>"
        "<div class='d-none' itemprop='datePublished'>2018-05-21 20:37:55 +00:00</div></li></ul>"
    )
    page = _extract("", STORY + comments)
    assert page.article is not None and page.article.published is None
    # the page's own microdata date is still read
    own = "<div itemscope itemtype='https://schema.org/Article'>" + (
        "<meta itemprop='datePublished' content='2014-02-04'></div>"
    )
    page = _extract("", own + STORY + comments)
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == "2014-02-04"


@pytest.mark.parametrize(
    "credit",
    [
        # Shopify blog: the date beside the author in the article's footer
        "<div class='article-template-footer'><span class='article-template-date'><time "
        "datetime='2025-08-12T11:15:06Z'>August 12, 2025</time></span><span "
        "class='article-template-author'>Ana Ruiz</span></div>",
        # a credit line with the date under it
        "<div><p>Written by <a href='/blog/author/moses-kim'>Moses Kim</a></p>"
        "<p>August 12, 2025</p></div>",
        # an author box holding a name part and a date part
        "<div class='resource-author-details'><p>Luke Kim</p><small>August 12, 2025</small></div>",
        # a credit line printing the date after the name
        "<p><strong>Von Leonora Holling (12. August 2025)</strong></p>",
        # Drupal's "submitted" line, in English and in German
        "<div class='submitted'>Submitted by <a href='/user/3'>admin</a> on August 12, 2025 "
        "- 11:15</div>",
        "<div class='submitted'>Gespeichert von <span class='username'>rasos</span> am 12. "
        "August 2025 - 18:55</div>",
        "<p>Publié par <a href='/auteur/claire'>Claire Roy</a> le 12 août 2025</p>",
    ],
)
def test_the_date_printed_beside_the_byline_dates_the_article(credit: str) -> None:
    page = _extract("", STORY + credit)
    assert page.article is not None and page.article.published is not None
    assert page.article.published.date().isoformat() == "2025-08-12"


def test_bylines_dated_on_different_days_do_not_date_the_page() -> None:
    posts = "".join(
        f"<div class='post'><h2>Post {day}</h2><p class='byline'>By Ana Ruiz</p>"
        f"<p>August {day}, 2025</p></div>"
        for day in (3, 9, 17)
    )
    page = _extract("", STORY + posts)
    assert page.article is not None and page.article.published is None


@pytest.mark.parametrize(
    ("updated", "modified"),
    [
        ("Updated 11:42 a.m. ET", "2025-04-10T11:42:00-04:00"),  # the zone's summer time
        ("Updated 3:05 p.m.", "2025-04-10T15:05:00-04:00"),  # the printed date's zone
        ("Updated 12:30 a.m. ET", None),  # earlier than the story: not this day's update
    ],
)
def test_an_update_time_printed_after_the_day_is_the_modified_date_that_day(
    updated: str, modified: str | None
) -> None:
    # the New York Times prints the day once, then the time of the latest update
    dateline = (
        "<ul class='css-1w5cs23'><li><time datetime='2025-04-10T01:00:07-04:00'>"
        f"<span>April 10, 2025</span><span>{updated}</span></time></li></ul>"
    )
    page = _extract("", dateline + STORY * 2)
    assert page.article is not None and page.article.published is not None
    assert page.article.published.isoformat() == "2025-04-10T01:00:07-04:00"
    value = page.article.modified
    assert (value.isoformat() if value else None) == modified


def test_a_date_in_the_lead_pictures_caption_is_no_dateline() -> None:
    # Le Monde: the caption dates the picture; the line under it dates the story, and says
    # when it was modified that day
    body = (
        "<figure><img src='/img/senat-0.jpg' alt='Le Sénat'><figcaption>Le Sénat, à Paris, le 3 "
        "décembre 2025. <span class='article__credit'>LUDOVIC MARIN / AFP</span></figcaption>"
        "</figure><div class='meta'><span class='meta__date'>Publié le 05 décembre 2025 à "
        f"14h32, modifié à 16h05</span></div>{STORY * 2}"
    )
    page = _extract("", body, url="https://www.example.fr/politique/article/retraites")
    assert page.article is not None
    assert page.article.published == datetime(2025, 12, 5, 14, 32)
    assert page.article.modified == datetime(2025, 12, 5, 16, 5)
