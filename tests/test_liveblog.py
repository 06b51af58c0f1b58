"""Live-blog entries in markup variants: how entries are stamped, grouped and told apart from
a rail of links to live posts elsewhere. Each page is a minimal live page around one variant."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import scraper
from scraper import ExtractSettings

NEW_YORK = ZoneInfo("America/New_York")
POST = "The river crested overnight and crews worked to shore up the levee near the old mill."
DECLARATION = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
    '"LiveBlogPosting", "headline": "Flood live", "datePublished": "2024-03-14T08:00:00-04:00"}'
    "</script>"
)


def _live_page(entries: str, *, declared: bool = True) -> str:
    return (
        "<html lang='en'><head><title>Flood: live updates | Daily</title>"
        + (DECLARATION if declared else "")
        + '<meta property="article:published_time" content="2024-03-14T08:00:00-04:00">'
        + "</head><body><main><h1>Flood: live updates</h1>"
        + f"<p class='summary'>{POST} {POST}</p><div class='feed'>{entries}</div>"
        + "</main></body></html>"
    )


def _updates(html: str) -> list[tuple[str, datetime | None, str]]:
    page = scraper.extract(
        html, url="https://example.com/live/flood", settings=ExtractSettings(site_timezone=NEW_YORK)
    )
    return [(u.label, u.timestamp, u.text) for u in page.updates]


def _at(hour: int, minute: int) -> datetime:
    return datetime(2024, 3, 14, hour, minute, tzinfo=NEW_YORK)


CASES = {
    "pinned entry with an extra class": (
        '<div class="post post--pinned"><span class="post-time">5:00 p.m.</span>'
        f"<h2>Pinned</h2><p>{POST}</p></div>"
        + "".join(
            f'<div class="post"><span class="post-time">{t}</span><h2>Head</h2><p>{POST}</p></div>'
            for t in ("4:52 p.m.", "3:10 p.m.")
        ),
        [("5:00 p.m.", _at(17, 0)), ("4:52 p.m.", _at(16, 52)), ("3:10 p.m.", _at(15, 10))],
    ),
    "one short entry among long ones": (
        "".join(
            f'<article class="live-post"><time datetime="2024-03-14T{h}:00-04:00">{h}:00</time>'
            f"<p>{text}</p></article>"
            for h, text in (("16", "Breaking: the mayor resigns."), ("15", POST), ("14", POST))
        ),
        [("16:00", _at(16, 0)), ("15:00", _at(15, 0)), ("14:00", _at(14, 0))],
    ),
    "clock time in a strong, no class": (
        "".join(
            f'<div class="block"><p><strong>{t}</strong></p><p>{POST}</p></div>'
            for t in ("14:20", "13:05", "11:45")
        ),
        [("14:20", _at(14, 20)), ("13:05", _at(13, 5)), ("11:45", _at(11, 45))],
    ),
    "stamp in an element named date": (
        "".join(
            f'<div class="ticker-item"><div class="date">{t}</div><p>{POST}</p></div>'
            for t in ("14:20 Uhr", "13:05 Uhr")
        ),
        [("14:20 Uhr", _at(14, 20)), ("13:05 Uhr", _at(13, 5))],
    ),
    "relative stamp beside the clock time": (
        "".join(
            f'<li class="lb-item"><span class="timeago">{ago}</span> <span>{t}</span>'
            f"<p>{POST}</p></li>"
            for ago, t in (("32 min ago", "4:52 p.m. ET"), ("1 hr ago", "3:40 p.m. ET"))
        ),
        [("4:52 p.m. ET", _at(16, 52)), ("3:40 p.m. ET", _at(15, 40))],
    ),
    "clock time and relative time in one stamp": (
        "".join(
            f'<div class="post"><div class="post__meta"><span class="post__time">{t}</span>'
            f" <span>{ago}</span></div><h3>Head</h3><p>{POST}</p></div>"
            for t, ago in (("14:32", "8m ago"), ("14:05", "35m ago"))
        ),
        [("14:32", _at(14, 32)), ("14:05", _at(14, 5))],
    ),
    "stamp with words before the time, byline and badge in the entry": (
        "".join(
            f'<div class="card-live"><div class="date-simple"><span>Published at</span>'
            f'<span>{t}</span></div><div class="card-byline">Maryam Haddad</div>'
            f"<p>Important</p><h3>Head</h3><p>{POST}</p></div>"
            for t in ("11:58 EDT", "10:42 EDT")
        ),
        [("11:58 EDT", _at(11, 58)), ("10:42 EDT", _at(10, 42))],
    ),
    "date and time printed in a plain element": (
        "".join(
            f'<div class="lv-ct_itm"><div class="lv-ct_tm">Mar 14, 2024 {t} (EDT)</div>'
            f"<h2>Head</h2><p>{POST}</p></div>"
            for t in ("16:24", "15:10")
        ),
        [("Mar 14, 2024 16:24 (EDT)", _at(16, 24)), ("Mar 14, 2024 15:10 (EDT)", _at(15, 10))],
    ),
    "machine stamp in UTC shown in the page's zone": (
        "".join(
            f'<article class="live-post"><time datetime="2024-03-14T{h}:00:00Z">{ago}</time>'
            f"<p>{POST}</p></article>"
            for h, ago in (("20", "12m ago"), ("19", "1h ago"))
        ),
        [("12m ago", _at(16, 0)), ("1h ago", _at(15, 0))],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_live_entries(name: str) -> None:
    entries, expected = CASES[name]
    updates = _updates(_live_page(entries))
    assert [(label, timestamp) for label, timestamp, _ in updates] == expected
    # the same instants and the same offsets (aware datetimes compare equal across zones)
    assert [stamp.utcoffset() for _, stamp, _ in updates if stamp] == [
        stamp.utcoffset() for _, stamp in expected
    ]
    assert all(POST in text or "mayor" in text for _, _, text in updates)


def test_undeclared_ticker_named_by_component_with_pinned_post_past_midnight() -> None:
    """Entries named only by a data attribute of the feed, a pinned entry in a wrapper of its
    own, and times after midnight on a ticker that opened in the evening."""

    def item(time: str) -> str:
        return (
            f'<div data-area="newsblog_item" class="relative"><span class="newsblog-time">'
            f"{time}</span><h3>Head</h3><p>{POST}</p></div>"
        )

    feed = (
        f'<div data-area="newsblog"><div data-area="newsblog_pinned" class="pin">'
        f"{item('20.31 Uhr')}</div>{item('1.12 Uhr')}{item('23.48 Uhr')}</div>"
    )
    html = _live_page(feed, declared=False).replace("2024-03-14T08:00", "2024-03-14T18:02")
    nine_pm = datetime(2024, 3, 14, 20, 31, tzinfo=NEW_YORK)
    assert [(label, stamp) for label, stamp, _ in _updates(html)] == [
        ("20.31 Uhr", nine_pm),
        ("1.12 Uhr", datetime(2024, 3, 15, 1, 12, tzinfo=NEW_YORK)),
        ("23.48 Uhr", datetime(2024, 3, 14, 23, 48, tzinfo=NEW_YORK)),
    ]


def test_a_live_page_with_nothing_but_entries_is_an_article() -> None:
    entries = "".join(
        f'<article class="live-post"><time datetime="2024-03-14T{h}:00-04:00">{h}:00</time>'
        f"<h2>Head</h2><p>{POST}</p><p>{POST}</p></article>"
        for h in ("16", "15", "14", "13")
    )
    html = _live_page(entries).replace(f"<p class='summary'>{POST} {POST}</p>", "")
    page = scraper.extract(html, url="https://example.com/live/flood")
    assert len(page.updates) == 4 and page.page_type == "article"


def test_rail_of_links_to_live_posts_is_not_entries() -> None:
    """A sidebar "live" rail: stamped items, each a headline linking to a post elsewhere."""
    rail = "".join(
        f'<li class="liveblog-item"><div class="liveblog-date"><a href="/live/{n}">'
        f'<span title="{t}">{t}</span></a></div><div class="liveblog-headline">'
        f'<a href="/live/{n}">Officials say the levee near the old mill will hold through '
        "the night</a></div></li>"
        for n, t in enumerate(("4:53 pm", "4:17 pm", "4:08 pm"))
    )
    assert _updates(_live_page(f'<ul class="liveblog-timeline">{rail}</ul>')) == []


def test_clock_times_count_only_on_live_pages() -> None:
    """Same-class blocks opening with a bare time are entries only where the page declares a
    live blog (or names elements like one): a timetable or a recipe's steps are not."""
    steps = "".join(
        f'<div class="block"><p><strong>{t}</strong></p><p>{POST}</p></div>'
        for t in ("14:20", "13:05", "11:45")
    )
    assert _updates(_live_page(steps, declared=False)) == []


def test_a_note_printed_inside_an_entry_is_a_note_not_entry_text() -> None:
    """NBC-style: a "CLARIFICATION (date, time):" paragraph at the foot of an entry is an
    editor's note; the entry's text ends before it."""
    note = "An earlier version of this post did not make clear which levee crews inspected."

    def entry(time: str, clock: str, foot: str = "") -> str:
        return (
            f"<article class='live-entry'><time datetime='2024-03-14T{time}:00-04:00'>{clock}"
            f"</time><h3>Crews shore up the levee</h3><p>{POST}</p>{foot}</article>"
        )

    clarification = (
        f"<p><em><strong>CLARIFICATION (March 14, 2024, 10:05 AM EDT):</strong> {note}</em></p>"
    )
    feed = entry("10:30", "10:30 a.m.") + entry("09:30", "9:30 a.m.", clarification)
    page = scraper.extract(
        _live_page(feed),
        url="https://example.com/live/flood",
        settings=ExtractSettings(site_timezone=NEW_YORK),
    )
    assert [(n.kind, n.text) for n in page.editor_notes] == [("clarification", note)]
    assert [u.text for u in page.updates] == [f"Crews shore up the levee\n\n{POST}"] * 2


def test_entries_set_one_after_another_with_no_wrapper_each() -> None:
    """A declared live page whose entries are a bold time line, a headline and paragraphs in
    one container (Hearst TV): each time line opens an entry."""
    heads = (("6:15 p.m.", "Warnings lifted"), ("4:40 p.m.", "Containment rises"),
             ("9:10 a.m.", "Fire reported"))  # fmt: skip
    entries = "".join(
        f"<p><strong>{clock}</strong></p><h3>{head}</h3><p>{head}: {POST}</p>"
        for clock, head in heads
    )
    assert _updates(_live_page(entries)) == [
        ("6:15 p.m.", _at(18, 15), f"Warnings lifted\n\nWarnings lifted: {POST}"),
        ("4:40 p.m.", _at(16, 40), f"Containment rises\n\nContainment rises: {POST}"),
        ("9:10 a.m.", _at(9, 10), f"Fire reported\n\nFire reported: {POST}"),
    ]


def test_an_entrys_share_bar_and_ad_slot_are_not_its_text() -> None:
    """The entries are taken before the page's furniture is dropped: a share bar in an entry
    ("liveblog-share", a "Share this update" link) and an ad slot's label are left out of the
    entry's text, and a post quoted in a box named "social-embed" stays."""
    tweet = "Crews are on the levee now."

    def entry(time: str, clock: str, extra: str) -> str:
        return (
            f"<div class='liveblog-entry'><time datetime='2024-03-14T{time}:00-04:00'>{clock}"
            f"</time><h3>Levee holds</h3><p>{POST}</p>{extra}"
            "<div class='liveblog-share'><a href='https://www.facebook.com/sharer/sharer.php'>"
            "Facebook</a><a href='https://twitter.com/intent/tweet'>Twitter</a></div>"
            "<a class='c-liveblog-post__share' href='#post'>Share this update</a></div>"
        )

    ad = "<div class='Ad_container__lHz2e'><span class='Ad_label'>Werbung</span></div>"
    embed = (
        f"<div class='social-embed'><blockquote><p>{tweet}</p>— City of Example</blockquote></div>"
    )
    texts = [
        text
        for _, _, text in _updates(
            _live_page(entry("10:30", "10:30 a.m.", ad) + entry("09:30", "9:30 a.m.", embed))
        )
    ]
    assert texts[0] == f"Levee holds\n\n{POST}"
    assert texts[1].startswith(f"Levee holds\n\n{POST}") and tweet in texts[1]
    assert not any("Share" in text or "Facebook" in text for text in texts)


def test_an_entry_linked_to_its_own_page_is_no_teaser() -> None:
    """Times of Israel links each entry's headline and time to the entry's own page
    ("/liveblog_entry/..."): that is the entry, an update, not a card; a promo linking to
    another story from inside an entry is still a card."""

    def entry(time: str, clock: str, slug: str) -> str:
        link = f"https://example.com/liveblog_entry/{slug}/"
        return (
            f"<div class='liveblog-entry'><div class='liveblog-date'><a href='{link}'>"
            f"<time datetime='2024-03-14T{time}:00-04:00'>{clock}</time></a></div>"
            f"<h4><a href='{link}'>Crews report on the {slug}</a></h4><p>{POST}</p></div>"
        )

    promo = (
        "<p><strong>Read more:</strong> <a href='https://example.com/news/2024/03/13/why-"
        "the-river-rose/'>Why the river rose so fast this spring</a></p>"
    )
    feed = entry("10:30", "10:30 a.m.", "levee") + entry("09:30", "9:30 a.m.", "mill")
    page = scraper.extract(
        _live_page(feed.replace(f"<p>{POST}</p></div>", f"<p>{POST}</p>{promo}</div>", 1)),
        url="https://example.com/live/flood",
        settings=ExtractSettings(site_timezone=NEW_YORK),
    )
    assert [u.label for u in page.updates] == ["10:30 a.m.", "9:30 a.m."]
    assert [t.url for t in page.teasers] == [
        "https://example.com/news/2024/03/13/why-the-river-rose/"
    ]
