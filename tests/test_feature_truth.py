"""Updates, editor's notes and teasers against hand-stated truth, page by page (issue #5).

Every ``fixtures/*/truth.json`` and every page of ``tests/feature_truth_shared.json`` (pages in
../shared/datasets; skipped when that folder is missing) is extracted once; each list must match
its truth exactly (no missing, no extra item), matched items must agree field by field, and the
body must start, end and leave out what the truth says. Matching rules and the truth schema:
fixtures/README.md, "Feature truth". Overall precision/recall: ``python benchmarks/features.py``.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any, get_args

import pytest

from benchmarks.features import (
    DATASETS,
    KINDS,
    Case,
    PageResult,
    compare,
    describe,
    extract_case,
    fixture_cases,
    shared_cases,
)
from scraper.models import EditorNoteKind, PageType

FIXTURE_CASES = fixture_cases()
SHARED_CASES = shared_cases()
ALL_CASES = FIXTURE_CASES + SHARED_CASES
CASES_BY_NAME = {case.name: case for case in ALL_CASES}
MIN_FIXTURES = 14

TRUTH_KEYS = frozenset(
    {"page_type", "title", *KINDS, "body_first_words", "body_last_words"}
    | {"body_must_not_contain", "body_must_contain"}
)
ITEM_KEYS = {
    "updates": ({"label", "text_starts"}, {"timestamp", "text_ends"}),
    "editor_notes": ({"kind", "text_starts"}, {"label"}),
    "teasers": (
        {"url", "title"},
        {"label", "section", "has_image", "excerpt_starts", "authors", "date"},
    ),
}
NOTE_KINDS = set(get_args(EditorNoteKind))
PAGE_TYPES = set(get_args(PageType))


@cache
def _result_by_name(name: str) -> PageResult:
    case = CASES_BY_NAME[name]
    return compare(case, extract_case(case))


def _result(case: Case) -> PageResult:
    """Each page is extracted once for all the tests that look at it."""
    return _result_by_name(case.name)


def _ids(case: Case) -> str:
    return case.name


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case", ALL_CASES, ids=_ids)
def test_list_matches_truth(case: Case, kind: str) -> None:
    """Each of updates / editor_notes / teasers: every truth item found, nothing else."""
    if kind not in case.truth:
        pytest.skip(f"the truth states no {kind} for this page")
    result = _result(case).kinds[kind]
    lines = [f"missing: {describe(kind, item)}" for item in result.missing]
    lines += [f"extra:   {describe(kind, item)}" for item in result.extra]
    assert not lines, f"{kind} differ from the truth:\n" + "\n".join(lines)


@pytest.mark.parametrize("case", ALL_CASES, ids=_ids)
def test_matched_items_agree_field_by_field(case: Case) -> None:
    """Timestamps, text ends, labels, sections, images, excerpts, authors, dates."""
    errors = _result(case).fields
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("case", ALL_CASES, ids=_ids)
def test_page_type_and_title(case: Case) -> None:
    problems = _result(case).page
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case", ALL_CASES, ids=_ids)
def test_body_keeps_out_updates_notes_and_teasers(case: Case) -> None:
    problems = _result(case).body
    assert not problems, "\n".join(problems)


# ----------------------------------------------------------------------------- the truth itself


def _check_item(kind: str, item: dict[str, Any]) -> list[str]:
    required, optional = ITEM_KEYS[kind]
    problems = [f"{kind}: missing {key}" for key in sorted(required - item.keys())]
    if kind == "teasers":
        problems += [] if item.get("url", "").startswith("http") else ["teaser url not absolute"]
    problems += [f"{kind}: unknown key {key}" for key in sorted(item.keys() - required - optional)]
    if kind == "editor_notes" and item.get("kind") not in NOTE_KINDS:
        problems.append(f"unknown note kind {item.get('kind')}")
    stamp = item.get("timestamp")
    if stamp is not None and datetime.fromisoformat(stamp).tzinfo is None:
        problems.append(f"timestamp without offset: {stamp}")
    return problems


@pytest.mark.parametrize("case", ALL_CASES, ids=_ids)
def test_truth_is_well_formed(case: Case) -> None:
    truth = case.truth
    problems = [f"unknown key {key}" for key in sorted(truth.keys() - TRUTH_KEYS)]
    if truth.get("page_type") not in PAGE_TYPES | {None}:
        problems.append(f"unknown page type {truth.get('page_type')}")
    for kind in KINDS:
        for item in truth.get(kind, []):
            problems += _check_item(kind, item)
    assert case.source.exists(), f"no page at {case.source}"
    assert not problems, "\n".join(problems)


def test_enough_fixtures_with_truth() -> None:
    assert len(FIXTURE_CASES) >= MIN_FIXTURES
    covered = {kind for case in FIXTURE_CASES for kind in KINDS if case.truth.get(kind)}
    assert covered == set(KINDS)
    assert any(case.truth.get("page_type") == "listing" for case in FIXTURE_CASES)


def test_shared_truth_is_used_when_datasets_are_present() -> None:
    if not DATASETS.is_dir():
        pytest.skip(f"{DATASETS} not present")
    assert SHARED_CASES, "tests/feature_truth_shared.json lists no pages"
