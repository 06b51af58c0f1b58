"""Property tests (hypothesis) for the text and date helpers and for the markup check.

What must hold for any input: no exception but the documented ones, idempotence where it holds,
the text helpers' invariants, and no publication date after ``now``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

import scraper
from scraper import ExtractSettings
from scraper.dates import (
    apply_meridiem,
    date_from_url,
    is_after,
    parse_date,
    parse_human_date,
    parse_iso,
    zone_from_abbreviation,
)
from scraper.extractors.published import FUTURE_SLACK
from scraper.limits import _most_attributes, plain_markup
from scraper.text import (
    clean_text,
    first_text,
    literal_alternation,
    normalise_key,
    spaced_word_count,
    valid_unicode,
    word_count,
)

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd\ufffe"
# Text rich in what the helpers treat specially: every kind of white space, invisibles, digits,
# month names, zone abbreviations, separators, lone surrogates.
SPECIAL = st.sampled_from(
    [
        *(" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\xa0", "\u2028", "\u3000"),
        *INVISIBLE,
        *("September", "sept.", "März", "19", "2023", "12:30", "p.m.", "EDT", "Z", "+02:00", "T"),
        *("/", "-", ".", ",", ":", "\ud800", "a", "É", "ß", "ﬁ"),
        *("e\u0301", "\u0301", "\u09df", "\u09af\u09bc"),  # combining marks, an exclusion
    ]
)
TEXT = st.text() | st.lists(SPECIAL, max_size=40).map("".join)
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


@given(TEXT)
def test_clean_text_invariants(text: str) -> None:
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert not any(char in cleaned for char in INVISIBLE)
    assert not any(char.isspace() and char != " " for char in cleaned)
    assert unicodedata.is_normalized("NFC", cleaned)
    # the same as the regex it replaced, in Unicode's composed form, a double-encoded no-break
    # space ("Â\xa0") read as the space it is (test_mojibake)
    visible = text.replace("\u00c2\u00a0", "\u00a0").translate(dict.fromkeys(map(ord, INVISIBLE)))
    assert cleaned == re.sub(r"\s+", " ", unicodedata.normalize("NFC", visible)).strip()


def test_clean_text_of_nothing() -> None:
    assert clean_text(None) == "" and clean_text("") == ""


@given(TEXT, TEXT)
@example("㐀", "㐀")  # each ideograph a word: the counts of two halves add up
@example("春闘、満額回答", "中小への波及")
def test_word_count_adds_up(first: str, second: str) -> None:
    assert word_count(first) >= 0
    assert word_count(f"{first} {second}") == word_count(first) + word_count(second)
    assert spaced_word_count(f"{first} {second}") == (
        spaced_word_count(first) + spaced_word_count(second)
    )


@given(TEXT)
def test_normalise_key_is_a_cleaned_casefolded_key(text: str) -> None:
    key = normalise_key(text)
    assert key == clean_text(key)
    assert key.casefold() == key


@given(
    st.lists(st.text(alphabet="ab.(|*", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="ab.(|* ", max_size=30),
)
@example(["log", "login", "like"], "a blog to like")
def test_literal_alternation_finds_what_a_flat_one_finds(words: list[str], text: str) -> None:
    trie = re.compile(literal_alternation(words))
    flat = re.compile("|".join(map(re.escape, words)))
    for start in range(len(text) + 1):
        # the same places: any word starting there (the longest, the trie being greedy)
        found, expected = trie.match(text, start), flat.match(text, start)
        assert (found is None) == (expected is None)
        if found is not None:
            assert found.group() in words
            assert len(found.group()) == max(len(w) for w in words if text.startswith(w, start))


@given(TEXT)
def test_valid_unicode_always_encodes(text: str) -> None:
    valid = valid_unicode(text)
    valid.encode("utf-8")
    assert len(valid) == len(text)
    if not re.search("[\ud800-\udfff]", text):
        assert valid == text


@given(TEXT)
def test_date_parsers_never_raise(text: str) -> None:
    for parser in (parse_date, parse_human_date, parse_iso):
        value = parser(text)
        assert value is None or isinstance(value, datetime)
    human = parse_human_date(text)
    assert human is None or 1900 <= human.year <= 2099
    url_date = date_from_url(text)
    assert url_date is None or (url_date.tzinfo is None and 1900 <= url_date.year <= 2099)
    zone = zone_from_abbreviation(text)
    assert zone is None or isinstance(zone, timezone)


@given(st.integers(1, 12), st.sampled_from([None, "", "am", "a.m.", "PM", "p.m", "pm"]))
def test_meridiem_gives_a_24_hour_clock(hour: int, meridiem: str | None) -> None:
    converted = apply_meridiem(hour, meridiem)
    assert 0 <= converted <= 23
    if meridiem and meridiem.lower().startswith("p"):
        assert converted >= 12


NAIVE_OR_AWARE = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2099, 12, 31)
) | st.datetimes(
    min_value=datetime(1900, 1, 2),
    max_value=datetime(2099, 12, 30),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))]),
)


@given(NAIVE_OR_AWARE, NAIVE_OR_AWARE)
def test_is_after_is_a_strict_order(first: datetime, second: datetime) -> None:
    assert not (is_after(first, second) and is_after(second, first))
    assert not is_after(first, first)


def _page_with_date(written: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{written}">'
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": '
        f'"{written}"}}</script></head><body><h1>Title</h1><time datetime="{written}">'
        f"{written}</time><p>Published {written}. " + "Words of the story here. " * 30 + "</p>"
        "</body></html>"
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NAIVE_OR_AWARE, st.sampled_from(["iso", "human", "epoch"]))
def test_published_is_never_after_now(moment: datetime, style: str) -> None:
    if style == "iso":
        written = moment.isoformat()
    elif style == "human":
        written = moment.strftime("%B %d, %Y %I:%M %p")
    else:
        aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        written = str(int(aware.timestamp()))
    page = scraper.extract(
        _page_with_date(written),
        url=f"https://example.org/{moment:%Y/%m/%d}/story",
        settings=ExtractSettings(now=NOW),
    )
    assert page.article is not None
    for value in (page.article.published, page.article.modified):
        assert value is None or not is_after(value, NOW + FUTURE_SLACK)


# -- the markup check behind max_attributes never vouches for a tag with more -------------------

_NAMES = st.sampled_from(["a", "b", "c", "d", "e", "f", "x-y", "=", '"', "'", "<", "/"])
_VALUES = st.sampled_from(
    ["", "v", "a b", "<", ">", "'", '"', "</script>", "<!--", "-->", "<script>", "<!-- <script>"]
)
_ATTRIBUTE = st.builds(
    lambda name, quote, value: f"{name}={quote}{value}{quote}" if quote is not None else name,
    _NAMES,
    st.sampled_from([None, '"', "'", ""]),
    _VALUES,
)
_TAG = st.builds(
    lambda tag, attributes, separators: (
        f"<{tag}"
        + "".join(sep + attribute for sep, attribute in zip(separators, attributes, strict=False))
        + ">"
    ),
    st.sampled_from(["div", "p", "script", "style", "title", "textarea", "plaintext", "a", "x:y"]),
    st.lists(_ATTRIBUTE, max_size=8),
    st.lists(st.sampled_from([" ", "/", "\n", " / ", ""]), min_size=8, max_size=8),
)
_PIECE = _TAG | st.sampled_from(
    [
        *("text", "</script>", "</div>", "<!--", "-->", "--!>", "<!-->", "<!x>", "<?x>", "</ x>"),
        *("<", "</style >", "</title/", ">", "'", '"', "<script><!--", "<script>", "-->", "\n"),
        *("<!--<script>", "<!-- <SCRIPT/>", "--><script>", "</SCRIPT >", "<script/>"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECE, max_size=30).map("".join))
def test_markup_check_never_vouches_for_too_many_attributes(markup: str) -> None:
    data = markup.encode()
    if plain_markup(data, 3):
        assert _most_attributes(data, 10_000) <= 3


@pytest.mark.parametrize(
    ("markup", "vouched"),
    [
        ("<script><!-- var s = '</scr' + 'ipt>'; --></script><p>after</p>", True),
        ("<script>document.write('<script src=a.js><\\/script>')</script>", True),
        ("<div x-data=\"{ open: a < b }\" aria-label='<strong>Go</strong>'>x</div>", True),
        # after "<!--", a nested "<script" keeps "</script>" inside the script
        ("<script><!--<script></script><x a='</script><div a b c d>'-->", False),
        ("<div a b c d>x</div>", False),
    ],
)
def test_markup_check_vouches_for_ordinary_pages(markup: str, vouched: bool) -> None:
    # Pages it cannot vouch for pay a second tokenizer pass: common markup (a script's HTML
    # comment, "<" in a quoted value) must not be among them.
    assert plain_markup(markup.encode(), 3) is vouched


# -- first_text reads what itertext() would, stopping early ---------------------------------------

_TEXT_PIECE = st.sampled_from(["", " ", "   \n  ", "word", "  two words ", " " * 12, "x" * 12])
_NODE = st.recursive(
    st.builds(lambda text: ("text", text), _TEXT_PIECE),
    lambda inner: st.builds(
        lambda tag, children, tail: (tag, children, tail),
        st.sampled_from(["div", "span", "a", "comment"]),
        st.lists(inner, max_size=4),
        _TEXT_PIECE,
    ),
    max_leaves=12,
)


def _build(parent: etree._Element, node: tuple) -> None:  # type: ignore[type-arg]
    if node[0] == "text":
        last = parent[-1] if len(parent) else None
        if last is None:
            parent.text = (parent.text or "") + node[1]
        else:
            last.tail = (last.tail or "") + node[1]
        return
    tag, children, tail = node
    child = etree.Comment("note") if tag == "comment" else etree.SubElement(parent, tag)
    if tag == "comment":
        parent.append(child)
    else:
        for grandchild in children:
            _build(child, grandchild)
    child.tail = tail or None


def _first_text_by_itertext(element: etree._Element, limit: int) -> str:
    for piece in element.itertext():
        head = str(piece[:limit]).strip()
        if head:
            return head
        if len(piece) > limit:
            return ""
    return ""


@given(st.lists(_NODE, max_size=5), st.integers(min_value=1, max_value=15))
def test_first_text_matches_itertext(nodes: list, limit: int) -> None:  # type: ignore[type-arg]
    root = etree.Element("div")
    for node in nodes:
        _build(root, node)
    for element in root.iter(etree.Element):
        assert first_text(element, limit) == _first_text_by_itertext(element, limit)
