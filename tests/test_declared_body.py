"""The JSON-LD articleBody as the body, on pages that print little of it (a script renders the
story into the HTML shell a crawler gets)."""

from __future__ import annotations

import html
import json

import scraper
from scraper.extractors.declared_body import DECLARED_BODY_WARNING

PARAGRAPHS = [
    f"Paragraph {n}: the president's re-election was no easy feat, and her campaign, which "
    "turned a losing position around in a year, should be essential reading for every leader "
    "who faces a hostile electorate and a restless legislature."
    for n in range(1, 9)
]


def _shell(article_body: str, printed: str = "") -> str:
    # a news site's server-rendered shell: headline, photo caption, furniture; the story in
    # the NewsArticle's articleBody, rendered by a script
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "The president's political playbook",
        "datePublished": "2020-01-20T07:00:10+08:00",
        "articleBody": article_body,
    }
    return (
        "<!DOCTYPE html><html lang='en'><head><title>The president's political playbook | "
        "Opinion</title><script type='application/ld+json'>"
        f"{json.dumps(data)}</script></head><body><header class='site-header'><nav>"
        "<a href='/news'>News</a><a href='/opinion'>Opinion</a></nav></header><main>"
        "<article><h1>The president's political playbook</h1><figure><img src='/p.jpg'>"
        "<figcaption>The president speaks during a televised debate. Photo: AP</figcaption>"
        f"</figure><div id='article-body'>{printed}</div></article></main></body></html>"
    )


def test_a_script_rendered_story_reads_its_declared_body() -> None:
    page = scraper.extract(_shell("\n\n".join(PARAGRAPHS)), url="https://news.example/a/1")
    assert page.article is not None
    assert [block.text for block in page.article.blocks if block.type == "paragraph"] == (
        PARAGRAPHS
    )
    assert DECLARED_BODY_WARNING in page.warnings


def test_a_declared_body_escaped_twice_reads_as_its_paragraphs() -> None:
    # some CMSs serialise the body's HTML escaped, and its entities escaped again
    markup = "".join(
        f"<p class='texto'>{html.escape(p).replace('’', '&rsquo;')}</p>" for p in PARAGRAPHS
    )
    escaped = html.escape(markup.replace("'", "&#39;"))
    page = scraper.extract(_shell(escaped), url="https://news.example/a/2")
    assert page.article is not None
    assert page.article.text.split("\n\n") == PARAGRAPHS
    assert "&" not in page.article.text


def test_a_page_printing_its_story_keeps_the_printed_body() -> None:
    printed = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:6])
    page = scraper.extract(
        _shell("\n\n".join(PARAGRAPHS), printed=printed), url="https://news.example/a/3"
    )
    assert page.article is not None
    assert "Paragraph 7" not in page.article.text  # the printed six are the body
    assert DECLARED_BODY_WARNING not in page.warnings


def test_a_short_declared_summary_never_replaces_the_page() -> None:
    page = scraper.extract(_shell(PARAGRAPHS[0]), url="https://news.example/a/4")
    assert page.article is not None
    assert DECLARED_BODY_WARNING not in page.warnings


def test_a_script_rendered_how_to_reads_its_declared_steps() -> None:
    """homify's DIY guides: a React shell, the guide in a HowTo's description and steps (each
    a HowToStep whose text is in a HowToDirection, as HTML)."""
    step_text = (
        "<p>Measure the diameter of the table top, from edge to edge through its centre, and "
        "decide how far the cloth should fall towards the floor on every side.</p>"
    )
    data = {
        "@context": "http://schema.org/",
        "@type": "HowTo",
        "name": "How to make a round tablecloth in seven steps",
        "description": "<p>" + " ".join(PARAGRAPHS[:4]) + "</p>",
        "step": [
            {
                "@type": "HowToStep",
                "name": f"Step {n}: {name}",
                "position": n,
                "itemListElement": {"@type": "HowToDirection", "text": step_text},
            }
            for n, name in enumerate(("Measure your table", "Measure the fabric"), start=1)
        ]
        + [{"@type": "HowToStep", "text": "Hem the edge all around."}],
    }
    page = scraper.extract(
        "<!DOCTYPE html><html lang='en'><head><title>How to make a round tablecloth | homify"
        f"</title><script type='application/ld+json'>{json.dumps(data)}</script></head><body>"
        "<div data-react-class='DiyShowProjectPage'></div><footer><a href='/about'>About us"
        "</a></footer></body></html>",
        url="https://www.homify.example/diy/20546/round-tablecloth",
    )
    assert DECLARED_BODY_WARNING in page.warnings
    assert page.page_type == "article"
    headings = [b.text for b in page.article.blocks if b.type == "heading"]
    assert headings == ["Step 1: Measure your table", "Step 2: Measure the fabric"]
    text = page.article.text or ""
    assert text.startswith("Paragraph 1: the president's re-election")
    assert text.endswith("Hem the edge all around.")
    assert text.count("Measure the diameter of the table top") == 2
