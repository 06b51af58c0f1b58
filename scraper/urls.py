"""What a page's URL says about the page."""

from __future__ import annotations

from urllib.parse import urlsplit

# Query parameters that track the visit and name no page ("?utm_source=...").
TRACKING_PARAMETER_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "ref", "src")


def is_front_page(url: str | None) -> bool:
    """Whether `url` is a site's front page: no path, and no query naming a page (WordPress's
    plain links, "/?p=2895", are posts); tracking parameters do not count."""
    if url is None or "://" not in url:
        return False
    parts = urlsplit(url)
    if parts.path.strip("/"):
        return False
    keys = [pair.split("=", 1)[0].lower() for pair in parts.query.split("&") if pair]
    return all(key.startswith(TRACKING_PARAMETER_PREFIXES) for key in keys)
