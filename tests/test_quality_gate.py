"""Quality gate: our extractor on the shared dev datasets (WCXB dev, the trafilatura evaluation
set's dev half) must not score below the pins.

The pins live in ``benchmarks/pinned_scores.json`` (floors rounded down, leak ceilings rounded
up). Raising a pin is a deliberate commit (``python benchmarks/gate.py --raise-pins``);
lowering one is not allowed. Runs in a pool of 2 processes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
JOBS = 2
FAILURES_SHOWN = 20

if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks import gate, scoring  # noqa: E402


@pytest.mark.parametrize("name", list(gate.load_pins()["datasets"]))
def test_quality_not_below_pins(name: str) -> None:
    dataset = gate.DATASETS_ROOT / name
    if not dataset.is_dir():
        pytest.skip(f"{name} not found at {dataset} (the gate needs it)")
    pins = gate.load_pins()["datasets"][name]["pins"]
    got = gate.measure(dataset, JOBS)
    problems = gate.violations(got, pins)
    report = "\n".join(list(gate.describe(got, pins))[: len(pins) + 1 + FAILURES_SHOWN])
    assert not problems, (
        f"{name}: quality below the pinned scores:\n" + "\n".join(problems) + ("\n" + report)
    )


# The gate is only as good as its metric: a few checks that it is WCXB's.


def test_word_f1_follows_wcxb() -> None:
    assert scoring.word_f1("", "").f1 == 1.0  # empty truth, empty extraction
    assert scoring.word_f1("anything", "").f1 == 0.0  # empty truth, something extracted
    assert scoring.word_f1(None, "some words").f1 == 0.0  # crash / nothing extracted
    got = scoring.word_f1("The cat, the CAT!", "the cat sat")  # bag of lowercased \w+ tokens
    assert (got.precision, got.recall) == (0.5, 2 / 3)


def test_word_f1_can_count_chinese_and_japanese_characters_as_words() -> None:
    # WCXB's \w+ run is a whole sentence of Chinese: one character more is a different word
    truth = "图为马素湘在澳大利亚悉尼游玩时的近影"  # 18 characters
    assert scoring.word_f1(truth + "图", truth).f1 == 0.0
    by_character = scoring.word_f1(truth + "图", truth, cjk_characters=True)
    assert (by_character.precision, by_character.recall) == (18 / 19, 1.0)
    assert scoring.tokenize("Cloud 谷歌 AI", cjk_characters=True) == ["cloud", "谷", "歌", "ai"]


def test_readability_references_are_read_as_utf8() -> None:
    from benchmarks.datasets import load_page

    root = gate.DATASETS_ROOT / "readability"
    if not (root / "youth").is_dir():
        pytest.skip(f"the Readability test pages are not at {root}")
    assert load_page(root, "youth").text.startswith("图为马素湘在澳大利亚悉尼游玩时的近影。")
    assert "défendu par le gouvernement" in load_page(root, "lemonde-1").text


def test_titles_match_after_folding_what_prints_alike() -> None:
    assert scoring.title_match("We’ve  Got Mail", "we've got mail")  # curly quote, case, space
    # a truth copied from the page's source keeps its soft hyphens, which print nothing
    assert scoring.title_match("Genesenennachweise", "Genesenen\u00ad\u00adnachweise")
    assert not scoring.title_match("Genesenen-Nachweise", "Genesenennachweise")


def test_snippet_rules() -> None:
    text = "Hello  World\n\nnext block"
    assert scoring.snippet_hits(text, ["hello  world"], scoring.WCXB_SNIPPETS) == 1
    assert scoring.snippet_hits(text, ["World next"], scoring.WCXB_SNIPPETS) == 0
    assert scoring.snippet_hits(text, ["World next"], scoring.TRAFILATURA_SNIPPETS) == 1
    assert scoring.snippet_hits(text, ["hello world"], scoring.TRAFILATURA_SNIPPETS) == 0


def test_snippets_match_the_word_a_reader_sees() -> None:
    # a snippet copied from the source keeps soft hyphens; the text may print the plain word
    snippet = ["Werk\u00adzeug\u00adtypen und ihre"]
    for text in ("Werkzeugtypen und ihre Laufzeiten", "Werk\u00adzeug\u00adtypen und ihre"):
        assert scoring.snippet_hits(text, snippet, scoring.TRAFILATURA_SNIPPETS) == 1
    assert (
        scoring.snippet_hits("Werk-zeug-typen und ihre", snippet, scoring.TRAFILATURA_SNIPPETS) == 0
    )


def test_pins_round_towards_lenient_side() -> None:
    assert gate.pin_value(0.81299, "min") == 0.812
    assert gate.pin_value(0.05301, "max") == 0.054


def test_author_names_split_like_a_reader_reads_them() -> None:
    # the serial comma: ", and" separates the last name, it does not start it
    assert scoring.author_set(["Danielle DeSiato, Donna Enzmann, and Natalie Nguyen"]) == {
        "danielle desiato", "donna enzmann", "natalie nguyen",
    }  # fmt: skip
    assert scoring.authors_match(
        ["Manoj Jain", "Jagpreet Chhatwal"], ["Manoj Jain and Jagpreet Chhatwal"]
    )
