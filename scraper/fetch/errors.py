"""Why a fetch failed. Every error carries the URL it was fetching and the stage "fetch".

    ScraperError                      (scraper.errors)
    └── FetchError                    stage "fetch"
        ├── InvalidURLError               not an http(s) URL, or a redirect to one that is not
        ├── BlockedAddressError           the host resolves to a private/loopback address and
        │                                 `FetchSettings.allow_private_addresses` is off
        ├── RobotsDisallowedError         robots.txt forbids the URL (or could not be read: 5xx)
        ├── NetworkError                  the exchange with the server broke off (retried)
        │   ├── ConnectionFailedError         refused, reset, closed early, DNS failure
        │   └── FetchTimeoutError             connect/read timeout, or the total deadline
        ├── TooManyRedirectsError         more than `max_redirects` hops (loops included)
        ├── HTTPStatusError               a 4xx/5xx answer (.status; 429 and 5xx are retried)
        ├── UnsupportedContentTypeError   not HTML/XHTML: PDF, image, JSON ... (.content_type)
        ├── ResponseTooLargeError         the body is over `max_body_bytes` (.limit)
        │   └── DecompressionBombError        ... only once decompressed, at a suspicious ratio
        └── ContentDecodingError          a corrupt or unknown Content-Encoding

`scraper.fetch.retry.RetryPolicy` decides from these types which failures are worth another try.
"""

from __future__ import annotations

from scraper.errors import FetchError

__all__ = [
    "BlockedAddressError",
    "ConnectionFailedError",
    "ContentDecodingError",
    "DecompressionBombError",
    "FetchError",
    "FetchTimeoutError",
    "HTTPStatusError",
    "InvalidURLError",
    "NetworkError",
    "ResponseTooLargeError",
    "RobotsDisallowedError",
    "TooManyRedirectsError",
    "UnsupportedContentTypeError",
]


class InvalidURLError(FetchError):
    """The URL cannot be fetched: not absolute, not http(s), or malformed."""


class BlockedAddressError(FetchError):
    """The host resolves to an address the settings refuse (private, loopback, link-local ...)."""

    def __init__(self, message: str, *, url: str | None = None, address: str | None = None) -> None:
        super().__init__(message, url=url)
        self.address = address


class RobotsDisallowedError(FetchError):
    """robots.txt does not allow this URL for our user agent."""


class NetworkError(FetchError):
    """The exchange with the server failed before a complete response arrived."""


class ConnectionFailedError(NetworkError):
    """Connection refused, reset or closed before the response was complete; DNS failure."""


class FetchTimeoutError(NetworkError):
    """A timeout expired. `phase` is "connect", "read", "write", "pool" or "total"."""

    def __init__(self, message: str, *, url: str | None = None, phase: str = "read") -> None:
        super().__init__(message, url=url)
        self.phase = phase


class TooManyRedirectsError(FetchError):
    """The redirect chain is longer than `FetchSettings.max_redirects` (a loop ends here too)."""

    def __init__(
        self, message: str, *, url: str | None = None, chain: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, url=url)
        self.chain = chain


class HTTPStatusError(FetchError):
    """The server answered with an error status (or a 3xx/1xx we cannot follow)."""

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        status: int,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, url=url)
        self.status = status
        self.retry_after = retry_after


class UnsupportedContentTypeError(FetchError):
    """The response is not an HTML page (declared or sniffed content type)."""

    def __init__(self, message: str, *, url: str | None = None, content_type: str = "") -> None:
        super().__init__(message, url=url)
        self.content_type = content_type


class ResponseTooLargeError(FetchError):
    """The body is larger than `FetchSettings.max_body_bytes`."""

    def __init__(self, message: str, *, url: str | None = None, limit: int = 0) -> None:
        super().__init__(message, url=url)
        self.limit = limit


class DecompressionBombError(ResponseTooLargeError):
    """A small compressed body inflates past the limit at a ratio no real page has."""


class ContentDecodingError(FetchError):
    """The Content-Encoding is unknown or the compressed stream is corrupt."""
