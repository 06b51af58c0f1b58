"""The warning about compiled modules that no longer match their source (scraper/_compiled.py)."""

from __future__ import annotations

import os
import warnings
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from scraper._compiled import INSTALL_SLACK_S, compiled_modules, stale_modules, warn_if_stale

SUFFIX = EXTENSION_SUFFIXES[0]


def _module(folder: Path, name: str, *, source_age_s: float, binary_age_s: float) -> Path:
    source, binary = folder / f"{name}.py", folder / f"{name}{SUFFIX}"
    source.write_text("x = 1\n")
    binary.write_bytes(b"\x7fELF")
    now = 1_700_000_000.0
    os.utime(source, (now - source_age_s, now - source_age_s))
    os.utime(binary, (now - binary_age_s, now - binary_age_s))
    return source


def test_a_source_edited_after_the_build_is_stale(tmp_path: Path) -> None:
    (tmp_path / "extractors").mkdir()
    edited = _module(tmp_path / "extractors", "body", source_age_s=0, binary_age_s=3600)
    _module(tmp_path, "text", source_age_s=3600, binary_age_s=0)
    (tmp_path / "models.py").write_text("y = 2\n")  # never compiled: not asked about
    assert set(compiled_modules(tmp_path)) == {edited, tmp_path / "text.py"}
    assert stale_modules(tmp_path) == [edited]
    with pytest.warns(RuntimeWarning, match=r"extractors/body\.py"):
        warn_if_stale(tmp_path)


def test_files_written_by_one_install_are_not_stale(tmp_path: Path) -> None:
    _module(tmp_path, "dom", source_age_s=0, binary_age_s=INSTALL_SLACK_S / 2)
    assert stale_modules(tmp_path) == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warn_if_stale(tmp_path)


def test_the_installed_package_matches_its_source() -> None:
    # an editable install whose compiled modules predate an edit would test old code
    assert stale_modules() == []


@pytest.mark.skipif(
    bool(os.environ.get("SCRAPER_PURE_PYTHON")), reason="installed without compiling on purpose"
)
def test_the_extraction_modules_run_compiled() -> None:
    # setup.py compiles them on install: the tests then run the code users run
    import scraper.extractors.body
    import scraper.pipeline

    for module in (scraper.pipeline, scraper.extractors.body):
        assert module.__file__ is not None and not module.__file__.endswith(".py"), module
