"""A Medium post as Medium prints it: class names that say nothing, code lines broken with
<br>, the tags as links to /tag/ pages under the story, and a "Written by" box linking to the
author's page with her bio."""

from __future__ import annotations

import scraper
from scraper.models import CodeBlock

URL = "https://medium.com/better-engineering/how-i-cut-our-postgres-bill-in-half-3f2a1b9c8d7e"
LD = (
    '{"@context":"http://schema.org","@type":"NewsArticle","headline":"How I cut our Postgres '
    'bill in half","datePublished":"2024-03-04T15:21:07.552Z","author":{"@type":"Person",'
    '"name":"Dana Whitfield","url":"https://medium.com/@danawhitfield"}}'
)
TAGS = (
    "<div class='ab ca'><div class='so sp ab ia'>"
    + "".join(
        f"<div class='sq ab'><a href='/tag/{slug}?source=post_page-----3f2a1b9c8d7e----' "
        f"rel='noopener follow'><div class='sr ed cx ss'>{name}</div></a></div>"
        for slug, name in (("postgresql", "PostgreSQL"), ("database", "Database"))
    )
    + "</div></div>"
)
CLOUD = (
    "<div id='footer'><div>"
    + "".join(f"<a href='/tag/topic-{n}/'>Topic {n}</a> " for n in range(30))
    + "</div></div>"
)


def _post(after: str = TAGS) -> str:
    paragraphs = "".join(
        f"<p class='pw-post-body-paragraph on oo gu'>Change {n} cut the bill again, and the "
        "queries it touched ran faster than they had in a year of tuning by hand.</p>"
        for n in range(1, 6)
    )
    return (
        "<html lang='en'><head><title>How I cut our Postgres bill in half | by Dana Whitfield"
        f"</title><script type='application/ld+json'>{LD}</script></head><body><article><div "
        "class='l'><section><h1 class='pw-post-title gs gt' data-testid='storyTitle'>How I cut "
        f"our Postgres bill in half</h1>{paragraphs}<pre class='qt qu qv'><span class='rc pq'>"
        "CREATE INDEX orders_customer_created<br>  ON orders (customer_id, created_at DESC);"
        "</span></pre></section></div></article>"
        f"{after}<div class='ab ca'><div class='ab cp'><h2 class='bf ur'><span class='cx'>"
        "Written by <a href='/@danawhitfield'>Dana Whitfield</a></span></h2><p class='bf b'>"
        "Staff engineer. I write about databases and the bills they run up.</p><button>Follow"
        "</button></div></div></body></html>"
    )


def test_a_line_break_in_preformatted_code_breaks_the_line() -> None:
    page = scraper.extract(_post(), url=URL)
    assert page.article is not None
    code = [block.text for block in page.article.blocks if isinstance(block, CodeBlock)]
    assert code == [
        "CREATE INDEX orders_customer_created\n  ON orders (customer_id, created_at DESC);"
    ]


def test_a_group_of_links_to_tag_pages_gives_the_tags_and_a_footer_cloud_none() -> None:
    page = scraper.extract(_post(), url=URL)
    assert page.article is not None
    assert page.article.tags == ["PostgreSQL", "Database"]
    page = scraper.extract(_post(after=CLOUD), url=URL)
    assert page.article is not None
    assert page.article.tags == []


def test_a_card_linking_to_the_authors_page_is_her_box_not_a_teaser() -> None:
    page = scraper.extract(_post(), url=URL)
    assert page.article is not None
    assert [author.bio for author in page.article.authors] == [
        "Staff engineer. I write about databases and the bills they run up."
    ]
    assert all(teaser.url != "https://medium.com/@danawhitfield" for teaser in page.teasers)
