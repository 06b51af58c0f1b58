"""Small DOM helpers shared by the cleaner and the extractors."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_NAME_PARTS = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")


def name_words(element: HtmlElement, *, include_id: bool = True) -> set[str]:
    """Lower-cased class (and id) names, whole and split into parts on '-', '_' and camelCase.

    ``class="post-kicker widget__section"`` gives {"post-kicker", "post", "kicker",
    "widget__section", "widget", "section"}, so word tables can name either form.
    """
    raw = element.get("class") or ""
    if include_id:
        raw = f"{raw} {element.get('id') or ''}"
    words: set[str] = set()
    for token in raw.split():
        words.add(token.lower())
        words.update(part.lower() for part in _NAME_PARTS.split(token) if part)
    return words
