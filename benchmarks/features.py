#!/usr/bin/env python3
"""Precision and recall of updates, editor's notes and teasers against hand-stated truth.

    python benchmarks/features.py [FOLDER ...] [--shared FILE] [--details]

Each FOLDER is a fixture folder (one holding ``source.html`` and ``truth.json``) or a folder of
them (default: ``fixtures/``). ``--shared FILE`` adds the pages listed in a shared-truth file
(``tests/feature_truth_shared.json``: pages under ../shared/datasets with their truth).

Prints, per page and overall, true positives / false positives / false negatives, precision and
recall of each kind, the number of field mismatches on matched items and of body problems.
The truth schema and the matching rules are documented in fixtures/README.md ("Feature truth");
`tests/test_feature_truth.py` asserts the same comparisons page by page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

PROJECT_ROOT = Path(__file__).resolve().parents[1]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import scraper  # noqa: E402
from scraper.models import EditorNote, Page, Teaser, Update  # noqa: E402

FIXTURES = PROJECT_ROOT / "fixtures"
SHARED_TRUTH = PROJECT_ROOT / "tests" / "feature_truth_shared.json"
DATASETS = PROJECT_ROOT.parent / "shared" / "datasets"
KINDS = ("updates", "editor_notes", "teasers")
# Pinned so that no fixture date counts as "in the future" whatever the calendar says.
EXTRACT_NOW = datetime.fromisoformat("2026-01-01T00:00:00+00:00")

_QUOTES = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"',
                         "–": "-", "—": "-", "‑": "-", "\u00a0": " "})  # fmt: skip
_SPACE = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s:]+$")


# ----------------------------------------------------------------------------- loading


@dataclass(frozen=True, slots=True)
class Case:
    """One page with its hand-stated truth."""

    name: str
    source: Path
    url: str | None
    content_type: str | None
    site_timezone: str | None
    truth: dict[str, Any]

    def read_html(self) -> bytes:
        """The page bytes (gzip-compressed dataset pages are decompressed)."""
        data = self.source.read_bytes()
        return gzip.decompress(data) if self.source.suffix == ".gz" else data


def fixture_case(folder: Path) -> Case:
    """The case of one fixture folder (source.html, meta.json, truth.json)."""
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return Case(
        name=folder.name,
        source=folder / "source.html",
        url=meta.get("url"),
        content_type=meta.get("content_type"),
        site_timezone=meta.get("site_timezone"),
        truth=truth,
    )


def fixture_cases(root: Path = FIXTURES) -> list[Case]:
    """Every fixture folder under `root` (or `root` itself) that has a truth.json, by name."""
    if (root / "truth.json").exists():
        return [fixture_case(root)]
    return [fixture_case(path.parent) for path in sorted(root.glob("*/truth.json"))]


def shared_cases(path: Path = SHARED_TRUTH, datasets: Path = DATASETS) -> list[Case]:
    """The dataset pages listed in a shared-truth file; empty when the datasets are absent."""
    if not datasets.is_dir() or not path.exists():
        return []
    entries = json.loads(path.read_text(encoding="utf-8"))["pages"]
    return [
        Case(
            name=entry["path"],
            source=datasets / entry["path"],
            url=entry.get("url"),
            content_type=entry.get("content_type"),
            site_timezone=entry.get("site_timezone"),
            truth=entry["truth"],
        )
        for entry in entries
    ]


def extract_case(case: Case) -> Page:
    """Run `scraper.extract` on a case the way the truth was stated for."""
    zone = ZoneInfo(case.site_timezone) if case.site_timezone else None
    settings = scraper.ExtractSettings(site_timezone=zone, now=EXTRACT_NOW)
    return scraper.extract(
        case.read_html(), url=case.url, content_type=case.content_type, settings=settings
    )


# ----------------------------------------------------------------------------- matching


def normalise(text: str | None) -> str:
    """Text for comparison: NFKC, straight quotes and hyphens, one space, case-folded."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().casefold()


def normalise_label(text: str | None) -> str:
    """A label for comparison: `normalise` without a trailing colon."""
    return _TRAILING.sub("", normalise(text))


def _starts(text: str | None, prefix: str | None) -> bool:
    return prefix is None or normalise(text).startswith(normalise(prefix))


def _update_matches(truth: dict[str, Any], found: Update) -> bool:
    return normalise_label(truth["label"]) == normalise_label(found.label) and _starts(
        found.text, truth.get("text_starts")
    )


def _note_matches(truth: dict[str, Any], found: EditorNote) -> bool:
    return truth["kind"] == found.kind and _starts(found.text, truth.get("text_starts"))


def _teaser_matches(truth: dict[str, Any], found: Teaser) -> bool:
    return truth["url"] == found.url.split("#", 1)[0] and normalise(truth["title"]) == normalise(
        found.title
    )


MATCHERS: dict[str, Callable[[dict[str, Any], Any], bool]] = {
    "updates": _update_matches,
    "editor_notes": _note_matches,
    "teasers": _teaser_matches,
}


def describe(kind: str, item: dict[str, Any] | Update | EditorNote | Teaser) -> str:
    """A one-line description of a truth item or an extracted item, for failure messages."""
    data = item if isinstance(item, dict) else item.model_dump(mode="json")
    if kind == "updates":
        return f"[{data.get('label')}] {str(data.get('text') or data.get('text_starts'))[:70]}"
    if kind == "editor_notes":
        return f"[{data.get('kind')}] {str(data.get('text') or data.get('text_starts'))[:70]}"
    return f"{data.get('url')} | {data.get('title')}"


@dataclass(slots=True)
class KindResult:
    """The comparison of one kind on one page."""

    matched: list[tuple[dict[str, Any], Any]] = field(default_factory=list)
    missing: list[dict[str, Any]] = field(default_factory=list)  # in truth, not extracted
    extra: list[Any] = field(default_factory=list)  # extracted, not in truth

    @property
    def counts(self) -> tuple[int, int, int]:
        """(true positives, false positives, false negatives)."""
        return len(self.matched), len(self.extra), len(self.missing)


def match_kind(kind: str, truth_items: list[dict[str, Any]], found: Sequence[Any]) -> KindResult:
    """One-to-one matching, truth order first: each truth item takes the first free match."""
    matcher = MATCHERS[kind]
    free = list(found)
    result = KindResult()
    for item in truth_items:
        hit = next((candidate for candidate in free if matcher(item, candidate)), None)
        if hit is None:
            result.missing.append(item)
        else:
            free.remove(hit)
            result.matched.append((item, hit))
    result.extra = free
    return result


# ----------------------------------------------------------------------------- fields


def _same_instant_and_offset(expected: str | None, found: datetime | None) -> bool:
    if expected is None or found is None:
        return expected is None and found is None
    wanted = datetime.fromisoformat(expected)
    return found.tzinfo is not None and (found, found.utcoffset()) == (wanted, wanted.utcoffset())


def _ends(text: str | None, suffix: str) -> bool:
    return normalise(text).endswith(normalise(suffix))


def _optional_text(
    name: str, truth: dict[str, Any], found: str | None, compare: Callable[[str, str], bool]
) -> list[str]:
    if name not in truth:
        return []
    wanted = truth[name]
    if wanted is None:
        return [] if not found else [f"{name}: expected none, got {found!r}"]
    if found and compare(found, wanted):
        return []
    return [f"{name}: expected {wanted!r}, got {found!r}"]


def _label_equal(found: str, wanted: str) -> bool:
    return normalise_label(found) == normalise_label(wanted)


def _prefix(found: str, wanted: str) -> bool:
    return normalise(found).startswith(normalise(wanted))


def update_field_errors(truth: dict[str, Any], found: Update) -> list[str]:
    """Differences in the fields of a matched update (timestamp, end of text)."""
    errors = []
    if "timestamp" in truth and not _same_instant_and_offset(truth["timestamp"], found.timestamp):
        stamp = found.timestamp.isoformat() if found.timestamp else None
        errors.append(f"timestamp: expected {truth['timestamp']}, got {stamp}")
    if "text_ends" in truth and not _ends(found.text, truth["text_ends"]):
        errors.append(f"text_ends: expected ...{truth['text_ends']!r}, got ...{found.text[-60:]!r}")
    return errors


def note_field_errors(truth: dict[str, Any], found: EditorNote) -> list[str]:
    """Differences in the fields of a matched editor's note (label)."""
    return _optional_text("label", truth, found.label, _label_equal)


def teaser_field_errors(truth: dict[str, Any], found: Teaser) -> list[str]:
    """Differences in the fields of a matched teaser (label, section, image, excerpt, ...)."""
    errors = _optional_text("label", truth, found.label, _label_equal)
    errors += _optional_text("section", truth, found.section, _label_equal)
    errors += _optional_text("excerpt_starts", truth, found.excerpt, _prefix)
    if "has_image" in truth and truth["has_image"] != (found.image is not None):
        errors.append(f"has_image: expected {truth['has_image']}")
    if "authors" in truth:
        names = [normalise(author.name) for author in found.authors]
        if names != [normalise(name) for name in truth["authors"]]:
            errors.append(f"authors: expected {truth['authors']}, got {names}")
    if "date" in truth:
        got = found.published.date().isoformat() if found.published else None
        if got != truth["date"]:
            errors.append(f"date: expected {truth['date']}, got {got}")
    return errors


FIELD_CHECKS: dict[str, Callable[[dict[str, Any], Any], list[str]]] = {
    "updates": update_field_errors,
    "editor_notes": note_field_errors,
    "teasers": teaser_field_errors,
}


def field_errors(kind: str, result: KindResult) -> list[str]:
    """Field mismatches of every matched item of one kind, each prefixed with the item."""
    check = FIELD_CHECKS[kind]
    return [
        f"{describe(kind, truth)}: {error}"
        for truth, found in result.matched
        for error in check(truth, found)
    ]


# ----------------------------------------------------------------------------- page and body


def _plain(text: str) -> str:
    """Case-sensitive comparison form for body strings: quotes and spaces only."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).strip()


def page_problems(truth: dict[str, Any], page: Page) -> list[str]:
    """Page type and title differences."""
    problems = []
    if "page_type" in truth and page.page_type != truth["page_type"]:
        problems.append(f"page_type: expected {truth['page_type']}, got {page.page_type}")
    if truth.get("title") is not None:
        title = page.article.title if page.article else None
        if normalise(title) != normalise(truth["title"]):
            problems.append(f"title: expected {truth['title']!r}, got {title!r}")
    return problems


def body_problems(truth: dict[str, Any], page: Page) -> list[str]:
    """Where `article.text` breaks the body statements of the truth."""
    text = page.article.text if page.article else ""
    problems = []
    first, last = truth.get("body_first_words"), truth.get("body_last_words")
    if first is not None and not normalise(text).startswith(normalise(first)):
        problems.append(f"body starts {text[:80]!r}, expected {first!r}")
    if last is not None and not normalise(text).endswith(normalise(last)):
        problems.append(f"body ends {text[-80:]!r}, expected {last!r}")
    plain = _plain(text)
    problems += [
        f"body contains {snippet!r}"
        for snippet in truth.get("body_must_not_contain", [])
        if _plain(snippet) in plain
    ]
    problems += [
        f"body lacks {snippet!r}"
        for snippet in truth.get("body_must_contain", [])
        if _plain(snippet) not in plain
    ]
    return problems


@dataclass(slots=True)
class PageResult:
    """Everything compared on one page."""

    name: str
    kinds: dict[str, KindResult]
    fields: list[str]
    page: list[str]
    body: list[str]


def compare(case: Case, page: Page) -> PageResult:
    """Compare one extracted page with its truth (kinds absent from the truth are not scored)."""
    kinds = {
        kind: match_kind(kind, case.truth[kind], getattr(page, kind))
        for kind in KINDS
        if kind in case.truth
    }
    fields = [error for kind, result in kinds.items() for error in field_errors(kind, result)]
    return PageResult(
        case.name, kinds, fields, page_problems(case.truth, page), body_problems(case.truth, page)
    )


def precision_recall(tp: int, fp: int, fn: int) -> tuple[float, float]:
    """Precision and recall; 1.0 when there was nothing to find or nothing was found."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


# ----------------------------------------------------------------------------- report


def _cell(result: KindResult | None) -> str:
    if result is None:
        return f"{'-':>16}"
    tp, fp, fn = result.counts
    precision, recall = precision_recall(tp, fp, fn)
    return f"{tp:>2}/{fp:>2}/{fn:>2} {precision:4.2f} {recall:4.2f}"


def report(results: Sequence[PageResult], *, details: bool, out: Any = sys.stdout) -> None:
    """Print the per-page table, the overall figures and (with `details`) every difference."""
    width = max([len(result.name) for result in results] + [8])
    head = "".join(f" | {kind:^16}" for kind in KINDS)
    print(f"{'page':<{width}}{head} | fields | page | body", file=out)
    print(f"{'':<{width}}" + " | tp/fp/fn  P    R " * len(KINDS), file=out)
    for result in results:
        cells = "".join(f" | {_cell(result.kinds.get(kind))}" for kind in KINDS)
        print(
            f"{result.name:<{width}}{cells} | {len(result.fields):>6} | {len(result.page):>4}"
            f" | {len(result.body):>4}",
            file=out,
        )
    print(file=out)
    for kind in KINDS:
        tp = fp = fn = 0
        for result in results:
            if kind in result.kinds:
                counts = result.kinds[kind].counts
                tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
        precision, recall = precision_recall(tp, fp, fn)
        print(
            f"overall {kind:<12} tp={tp:<4} fp={fp:<4} fn={fn:<4}"
            f" precision={precision:.3f} recall={recall:.3f}",
            file=out,
        )
    pages_ok = sum(not (r.page or r.body) for r in results)
    print(f"pages with page type, title and body right: {pages_ok}/{len(results)}", file=out)
    if details:
        for result in results:
            lines = list(_detail_lines(result))
            if lines:
                print(f"\n== {result.name}", file=out)
                for line in lines:
                    print(f"  {line}", file=out)


def _detail_lines(result: PageResult) -> Iterator[str]:
    for kind, kind_result in result.kinds.items():
        yield from (f"{kind} missing: {describe(kind, item)}" for item in kind_result.missing)
        yield from (f"{kind} extra:   {describe(kind, item)}" for item in kind_result.extra)
    yield from (f"field: {line}" for line in result.fields)
    yield from result.page
    yield from result.body


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[FIXTURES])
    parser.add_argument("--shared", type=Path, default=None, help="a shared-truth JSON file")
    parser.add_argument("--details", action="store_true", help="list every difference")
    args = parser.parse_args(argv)
    cases = [case for folder in args.folders for case in fixture_cases(folder)]
    if args.shared is not None:
        cases += shared_cases(args.shared)
    if not cases:
        print("no truth.json found", file=sys.stderr)
        return 2
    results = []
    for case in cases:
        try:
            results.append(compare(case, extract_case(case)))
        except scraper.ScraperError as error:
            print(f"{case.name}: extraction failed: {error}", file=sys.stderr)
    report(results, details=args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
