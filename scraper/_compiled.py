"""Which extraction modules run compiled (see setup.py), and a warning when one is stale.

An editable install builds each compiled module beside its source, where the compiled one is
the one imported: edits to the source do nothing until the next install.
"""

from __future__ import annotations

import warnings
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# A wheel's files are written one after the other: a source a little newer than its compiled
# twin was installed with it, not edited since.
INSTALL_SLACK_S = 60.0


def compiled_modules(package_dir: Path = PACKAGE_DIR) -> dict[Path, Path]:
    """Each source file of the package that has a compiled twin, with that twin."""
    # One walk: this runs on every `import scraper`. The suffixes run from the most specific
    # (".cpython-311-x86_64-linux-gnu.so") to the plainest (".so"); the first that fits counts.
    found: dict[Path, Path] = {}
    for binary in package_dir.rglob("*"):
        suffix = next((s for s in EXTENSION_SUFFIXES if binary.name.endswith(s)), None)
        if suffix is None:
            continue
        source = binary.with_name(binary.name[: -len(suffix)] + ".py")
        if source.exists():
            found[source] = binary
    return found


def stale_modules(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The sources edited after their compiled twin was built."""
    return sorted(
        source
        for source, binary in compiled_modules(package_dir).items()
        if source.stat().st_mtime > binary.stat().st_mtime + INSTALL_SLACK_S
    )


def warn_if_stale(package_dir: Path = PACKAGE_DIR) -> None:
    """Warn once, naming the compiled modules older than their source."""
    stale = stale_modules(package_dir)
    if stale:
        names = ", ".join(str(path.relative_to(package_dir)) for path in stale)
        warnings.warn(
            f"scraper: compiled modules older than their source ({names}) run instead of it; "
            "run `pip install -e .` again, or delete their .so files to run the source",
            RuntimeWarning,
            stacklevel=2,
        )
