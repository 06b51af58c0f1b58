"""End tags libxml2 ignores where a browser closes the element.

An HTML5 parser meeting ``</nav>`` while a ``<div>`` opened inside the nav is still open
closes both. libxml2 ranks ``div`` above the other block containers and ignores the end tag
instead, so everything after it (often the rest of the page) lands inside the nav, header or
section: bylines read as navigation, articles as page furniture. libxml2 logs each such end
tag ("Opening and ending tag mismatch: nav and div"); `close_open_divs` then writes out the
``</div>`` end tags the browser implies, and the page is parsed again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Containers whose end tag closes the divs left open inside them. Inline elements and list
# items are left alone: their end tags are often stray, and browsers ignore those.
CLOSED_BY_END_TAG = frozenset(
    {"nav", "section", "header", "footer", "main", "article", "aside", "form", "details",
     "figure", "ul", "ol"}
)  # fmt: skip
# Table parts: libxml2 closes divs at their end tags (as browsers do), and a container's end
# tag does not reach through them.
TABLE_TAGS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})
_TABLE = frozenset(tag.encode() for tag in TABLE_TAGS)
MAX_REACH = 256  # open elements an end tag looks back through for its start tag
_MISMATCH = re.compile(r"mismatch: ([a-z]+) and div\b")
# Text that is never markup (comments, scripts, styles and other raw text) is skipped whole;
# then the start and end tags this module follows.
_TOKEN = re.compile(
    rb"<!--.*?(?:-->|\Z)"
    rb"|<(?P<raw>script|style|textarea|title|xmp|noembed|noframes)\b.*?(?:</(?P=raw)\s*>|\Z)"
    rb"|<(?P<end>/?)(?P<name>"
    + b"|".join(sorted(tag.encode() for tag in CLOSED_BY_END_TAG | TABLE_TAGS | {"div"}))
    + rb")(?=[\s/>])[^>]*+>",
    re.IGNORECASE | re.DOTALL,
)


def ignored_end_tags(messages: Iterable[str]) -> frozenset[str]:
    """The containers (`CLOSED_BY_END_TAG`) whose end tag libxml2 ignored because a div was
    open inside, from its parser log messages."""
    found = {match[1] for message in messages if (match := _MISMATCH.search(message))}
    return frozenset(found & CLOSED_BY_END_TAG)


def close_open_divs(data: bytes, tags: frozenset[str]) -> bytes:
    """`data` with ``</div>`` written before each end tag of `tags` for every div opened
    inside that element and still open there, as an HTML5 parser closes them."""
    followed = {tag.encode() for tag in tags | TABLE_TAGS} | {b"div"}
    stack: list[bytes] = []  # the open divs and `tags` elements, innermost last
    pieces: list[bytes] = []
    copied = 0
    for match in _TOKEN.finditer(data):
        name = match["name"]
        if name is None or (name := name.lower()) not in followed:
            continue  # a comment, a script, or a container libxml2 closed as browsers do
        if not match["end"]:
            stack.append(name)
            continue
        reach = stack[-MAX_REACH:]
        if name not in reach:
            continue  # a stray end tag: every parser ignores it
        position = len(stack) - 1 - reach[::-1].index(name)
        inside = stack[position + 1 :]
        if name != b"div" and name not in _TABLE and not _TABLE.isdisjoint(inside):
            continue  # "<nav><table><td>...</nav>": out of scope, ignored by every parser
        open_divs = inside.count(b"div") if name != b"div" and name not in _TABLE else 0
        if open_divs:
            pieces.append(data[copied : match.start()])
            pieces.append(b"</div>" * open_divs)
            copied = match.start()
        del stack[position:]
    if not pieces:
        return data
    pieces.append(data[copied:])
    return b"".join(pieces)
