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


Result = tuple[str, int, str, list[str], list[str]]  # path, exit code, stderr, problems, warnings


def _run_cli(path: str) -> Result:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["extract", path, "--format", "jsonl"])
        except BaseException as error:
            return path, -1, f"crashed: {type(error).__name__}: {error}", [], []
    lines = [json.loads(line) for line in out.getvalue().split("\n") if line]
    validator = jsonschema.Draft202012Validator(SCHEMA)
    problems = [
        f"{error.json_path}: {error.message}"
        for line in lines
        for error in validator.iter_errors(line)
    ]
    warnings = [warning for line in lines for warning in line.get("warnings", [])]
    return path, code, err.getvalue(), problems, warnings


@pytest.fixture(scope="module")
def results() -> list[Result]:
    pages = dataset_pages()
    if not pages:
        pytest.skip(f"no datasets at {DATASETS}")
    assert len(pages) >= MIN_PAGES, f"expected {MIN_PAGES}+ pages, found {len(pages)}"
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(_run_cli, map(str, pages), chunksize=16))


def test_no_crash_and_clean_errors(results: list[Result]) -> None:
    crashes = [(path, err) for path, code, err, _, _ in results if code not in (0, 1)]
    assert not crashes, crashes[:5]
    for path, code, err, _, _ in results:
        assert "Traceback" not in err, path
        if code == 1:
            assert err.count("\n") == 1 and err.startswith("scraper: error:"), (path, err)


def test_every_output_validates(results: list[Result]) -> None:
    invalid = [(path, problems[:3]) for path, _, _, problems, _ in results if problems]
    assert not invalid, invalid[:5]


def test_almost_every_page_extracts(results: list[Result]) -> None:
    failed = [(path, err.strip()) for path, code, err, _, _ in results if code != 0]
    assert len(failed) <= len(results) // 100, failed[:10]


def test_no_real_page_hits_a_size_limit(results: list[Result]) -> None:
    """The element, density, depth and attribute limits are for hostile input: none cuts a real
    page."""
    limited = [
        (path, warning)
        for path, _, _, _, warnings in results
        for warning in warnings
        if any(word in warning for word in ("elements", "attributes", "nested deeper"))
    ]
    assert not limited, limited[:5]
