"""What a page's URL says about the page."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

# Query parameters that track the visit and name no page ("?utm_source=...", Google's ad and
# shopping click ids "gclid", "gbraid", "srsltid"; Microsoft's, Yandex's, Instagram's,
# Marketo's and Google Analytics' own).
TRACKING_PARAMETER_PREFIXES = (
    "utm_", "fbclid", "gclid", "gbraid", "wbraid", "gad_", "srsltid", "msclkid", "yclid",
    "igshid", "mkt_tok", "_ga", "_gl", "mc_", "ref", "src",
)  # fmt: skip


def split_url(url: str | None) -> SplitResult | None:
    """`url` split into its parts; None for none, and for a URL Python cannot split
    ("http://[ccpa-preferences]" and other hosts that are no host)."""
    if not url:
        return None
    try:
        return urlsplit(url)
    except ValueError:
        return None


def is_front_page(url: str | None) -> bool:
    """Whether `url` is a site's front page: no path, and no query naming a page (WordPress's
    plain links, "/?p=2895", are posts); tracking parameters do not count."""
    if url is None or "://" not in url:
        return False
    parts = split_url(url)
    if parts is None or parts.path.strip("/"):
        return False
    keys = [pair.split("=", 1)[0].lower() for pair in parts.query.split("&") if pair]
    return all(key.startswith(TRACKING_PARAMETER_PREFIXES) for key in keys)


# Second-level labels under a country's code that are not a site's name ("uol.com.br",
# "bbc.co.uk", "abc.net.au"): the site is the label before them.
GENERIC_SECOND_LEVELS = frozenset({"com", "co", "org", "net", "gov", "ac", "edu", "ne", "or", "go"})


def host_of(url: str | None) -> str | None:
    """The host of an http(s) `url` without its "www." ("blog.resy.com"), None for other
    URLs and for a URL without a readable host."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    parts = split_url(url)
    host = parts.hostname if parts is not None else None
    return host.removeprefix("www.") if host else None


def path_of(url: str | None) -> str:
    """The path of `url` ("" for none, and for a URL Python cannot split: "http://[x]/")."""
    parts = split_url(url)
    return parts.path if parts is not None else ""


def netloc_of(url: str | None) -> str:
    """The network location of `url` ("" for none, and for a URL Python cannot split)."""
    parts = split_url(url)
    return parts.netloc if parts is not None else ""


def site_of(url: str | None) -> str | None:
    """The site `url` belongs to: its host's registered name ("noticias.uol.com.br" and
    "economia.uol.com.br" are both "uol.com.br"), None for a URL without a host. An
    approximation of the public suffix list, good for telling one site from another."""
    parts = split_url(url)
    host = parts.hostname if parts is not None else None
    if not host:
        return None
    labels = host.split(".")
    if labels[-1].isdigit():
        return host  # an IP address
    keep = (
        3
        if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in GENERIC_SECOND_LEVELS
        else 2
    )
    return ".".join(labels[-keep:])
