"""Output safety: valid UTF-8 JSON whatever the strings, Markdown that cannot execute page HTML."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import scraper
from scraper.models import Article, Image, ImageBlock, Page, ParagraphBlock, Teaser
from scraper.output import to_json, to_jsonl, to_markdown, to_text

ARTICLE = "<h1>Headline</h1><p>" + "A sentence of the story, with commas. " * 20 + "</p>"


def test_lone_surrogate_in_the_url_gives_valid_json() -> None:
    page = scraper.extract(ARTICLE, url="https://example.org/\ud800")
    for dumped in (to_json(page), to_jsonl(page)):
        assert json.loads(dumped.encode("utf-8"))["url"] == "https://example.org/\ufffd"


@given(st.text())
def test_json_is_valid_utf8_whatever_a_caller_sets(text: str) -> None:
    page = Page(site_name=text, article=Article(title=text, blocks=[ParagraphBlock(text=text)]))
    for dumped in (to_json(page), to_jsonl(page)):
        data = json.loads(dumped.encode("utf-8"))
        assert (
            data["site_name"] == text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
            or "\ufffd" in data["site_name"]
        )
    assert "\n" not in to_jsonl(page)
    to_markdown(page).encode("utf-8")
    to_text(page).encode("utf-8")


def test_markdown_cannot_carry_page_html_or_script_links() -> None:
    html = (
        "<html><body><h1>Headline &lt;img src=x onerror=alert(1)&gt;</h1><p>"
        + "Words of the story. " * 30
        + "&lt;script&gt;alert(1)&lt;/script&gt;</p>"
        "<figure><img src='https://x.org/a.jpg' alt='a](javascript:alert(3))' width=600 "
        "height=400></figure></body></html>"
    )
    markdown = to_markdown(scraper.extract(html, url="https://example.org/story"))
    assert "<script" not in markdown.replace("\\<script", "")
    assert "<img" not in markdown.replace("\\<img", "")
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown)  # only as escaped text


def test_markdown_keeps_only_http_links() -> None:
    page = Page(
        article=Article(
            title="T",
            blocks=[
                ImageBlock(image=Image(url="javascript:alert(1)", alt="x")),
                ImageBlock(image=Image(url="https://x.org/a b(c).jpg", alt="[a]")),
            ],
        ),
        teasers=[
            Teaser(url="java\nscript:alert(2)", title="bad"),
            Teaser(url="data:text/html,<script>", title="data"),
            Teaser(url="https://x.org/ok", title="good <b>"),
        ],
    )
    markdown = to_markdown(page)
    assert "javascript" not in markdown and "data:" not in markdown
    assert "![\\[a\\]](https://x.org/a%20b%28c%29.jpg)" in markdown
    assert "- [good \\<b>](https://x.org/ok)" in markdown


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1))
def test_markdown_of_any_text_has_no_raw_tag(text: str) -> None:
    page = Page(article=Article(title=text, blocks=[ParagraphBlock(text=text)]))
    markdown = to_markdown(page)
    for index, char in enumerate(markdown):
        if char == "<":
            assert index > 0 and markdown[index - 1] == "\\"
