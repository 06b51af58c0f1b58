"""`scraper extract` on every real page in ../shared/datasets: exit 0 or a clean one-line error,
never a traceback, and every JSON printed validates against schemas/page.schema.json.

The pages are split across a process pool (2 workers: the CI machine has 2 cores); each worker
runs the CLI's own `main` with stdout and stderr captured, exactly as the console script does.
"""

from __future__ import annotations

import contextlib
import io
import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import jsonschema
import pytest

from scraper.cli import main

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "schemas" / "page.schema.json").read_text("utf-8")
)
PATTERNS = (
    "wcxb-dev/html/*.html.gz",
    "trafilatura-eval/html/*.gz",
    "readability/*/source.html",
    "rebelmouse/*/source.html",
)
MIN_PAGES = 2000


def dataset_pages() -> list[Path]:
    """Every page file in the shared datasets, sorted."""
    return sorted(path for pattern in PATTERNS for path in DATASETS.glob(pattern))


def _run_cli(path: str) -> tuple[str, int, str, list[str]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["extract", path, "--format", "jsonl"])
        except BaseException as error:
            return path, -1, f"crashed: {type(error).__name__}: {error}", []
    validator = jsonschema.Draft202012Validator(SCHEMA)
    problems = [
        f"{error.json_path}: {error.message}"
        for line in out.getvalue().split("\n")
        if line
        for error in validator.iter_errors(json.loads(line))
    ]
    return path, code, err.getvalue(), problems


@pytest.fixture(scope="module")
def results() -> list[tuple[str, int, str, list[str]]]:
    pages = dataset_pages()
    if not pages:
        pytest.skip(f"no datasets at {DATASETS}")
    assert len(pages) >= MIN_PAGES, f"expected {MIN_PAGES}+ pages, found {len(pages)}"
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(_run_cli, map(str, pages), chunksize=16))


def test_no_crash_and_clean_errors(results: list[tuple[str, int, str, list[str]]]) -> None:
    crashes = [(path, err) for path, code, err, _ in results if code not in (0, 1)]
    assert not crashes, crashes[:5]
    for path, code, err, _ in results:
        assert "Traceback" not in err, path
        if code == 1:
            assert err.count("\n") == 1 and err.startswith("scraper: error:"), (path, err)


def test_every_output_validates(results: list[tuple[str, int, str, list[str]]]) -> None:
    invalid = [(path, problems[:3]) for path, _, _, problems in results if problems]
    assert not invalid, invalid[:5]


def test_almost_every_page_extracts(results: list[tuple[str, int, str, list[str]]]) -> None:
    failed = [(path, err.strip()) for path, code, err, _ in results if code != 0]
    assert len(failed) <= len(results) // 100, failed[:10]
