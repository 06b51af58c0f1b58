"""File names derived from URLs that stay inside the folder they are written to.

`safe_filename` turns any URL (or any text at all) into one portable file name: ASCII letters,
digits, ``.``, ``_`` and ``-`` only, never empty, never ``.`` or ``..``, never starting with a
dot or a dash, never a reserved Windows device name, at most `MAX_FILENAME_CHARS` long, and
ending in a hash of the whole URL so different URLs never share a name (also on case-insensitive
file systems). `safe_path` joins it to a folder and checks the result is a direct child.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .text import ascii_fold

MAX_FILENAME_CHARS = 120
HASH_CHARS = 12
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RUNS = re.compile(r"[._-]{2,}")
_SUFFIX = re.compile(r"\A(?:\.[A-Za-z0-9]{1,16}){0,2}\Z")
# Device names Windows reserves in any folder, with any extension ("con.json" too).
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{device}{n}" for device in ("com", "lpt") for n in (*"123456789", "¹", "²", "³")}
)


def _readable(url: str) -> str:
    try:
        parts = urlsplit(url)
        text = f"{parts.hostname or ''} {unquote(parts.path)} {unquote(parts.query)}"
    except ValueError:  # an invalid URL (a bad port, brackets): use the text as it is
        text = url
    return _RUNS.sub("-", _UNSAFE.sub("-", ascii_fold(text))).strip("._-")


def safe_filename(url: str, *, suffix: str = "") -> str:
    """A file name for `url`: readable host and path words, then a hash of the whole URL.

    ``safe_filename("https://example.org/2023/09/19/story?id=1", suffix=".json")`` gives
    ``"example.org-2023-09-19-story-id-1-<12 hex digits>.json"``. `suffix` must be empty or up
    to two ``.alnum`` parts (ValueError otherwise). The same URL always gives the same name.
    """
    if not _SUFFIX.match(suffix):
        raise ValueError(f"unsafe file name suffix: {suffix!r}")
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_CHARS]
    room = MAX_FILENAME_CHARS - len(suffix) - HASH_CHARS - 1
    stem = _readable(url)[:room].rstrip("._-")
    if stem.split(".", 1)[0].lower() in _RESERVED:
        stem = f"_{stem}"
    name = f"{stem}-{digest}" if stem else digest
    return name + suffix


def safe_path(folder: Path, url: str, *, suffix: str = "") -> Path:
    """`folder` / `safe_filename(url)`, checked to be a direct child of `folder`."""
    path = folder / safe_filename(url, suffix=suffix)
    if path.parent != folder or path.name in ("", ".", ".."):  # cannot happen; kept as a guard
        raise ValueError(f"file name for {url!r} escapes {folder}")
    return path
