"""Every module-level compiled regex in `scraper` runs in linear time on adversarial strings.

The strings are long runs of what each pattern itself mentions (its literal characters, its
words, characters of the classes it uses), alone, alternating in pairs and after each word,
ended by a character that makes the match fail: the inputs that trigger catastrophic
backtracking in nested quantifiers and overlapping alternations. Each pattern scans each string
with `finditer` (what `sub`, `findall` and `search` cost at most) under a hard alarm, so a
catastrophic pattern fails the test instead of hanging it; a string that takes long enough to
time is re-run four times longer, and a run that grows like n² (ratio well above 4) fails too.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import time
from collections.abc import Iterator
from itertools import islice

import pytest

import scraper

SIZE = 2000
GROWTH = 4
ALARM_SECONDS = 2.0
TIMED_FLOOR = 0.004  # faster than this, timing noise hides the growth rate
MAX_RATIO = 10.0  # linear scales by GROWTH (4), quadratic by 16
FAIL_CHARS = ("\x00", "\n")
GENERIC = (" ", "\n", "\t", "a", "A", "Z", "0", "9", "_", "-", ".", "/", ":", ",", "<", ">")
GENERIC += ('"', "'", "é", "\u00a0", "(", ")", "[", "]", "@", "&", "|", ";", "*", "=")
PAIR_CHARS = 8
_WORD = re.compile(r"[A-Za-z]{2,}")


def _module_patterns() -> dict[str, re.Pattern[str] | re.Pattern[bytes]]:
    found: dict[str, re.Pattern[str] | re.Pattern[bytes]] = {}
    names = [scraper.__name__] + [
        info.name for info in pkgutil.walk_packages(scraper.__path__, prefix="scraper.")
    ]
    for module_name in names:
        module = importlib.import_module(module_name)
        for attribute, value in vars(module).items():
            values = value if isinstance(value, tuple | list) else (value,)
            for index, item in enumerate(values):
                if isinstance(item, re.Pattern):
                    suffix = f"[{index}]" if len(values) > 1 else ""
                    found.setdefault(f"{module_name}.{attribute}{suffix}", item)
    return found


PATTERNS = _module_patterns()


def _source(pattern: re.Pattern[str] | re.Pattern[bytes]) -> str:
    source = pattern.pattern
    return source.decode("latin-1") if isinstance(source, bytes) else source


Shape = tuple[str, str, str]  # (prefix, repeated unit, final character)


def adversarial_shapes(pattern: re.Pattern[str] | re.Pattern[bytes]) -> Iterator[Shape]:
    """Long runs built from the pattern's own characters and words, ending in a mismatch."""
    source = _source(pattern)
    own = list(dict.fromkeys(char for char in source if char.isprintable() or char.isspace()))
    alphabet = list(dict.fromkeys(own + list(GENERIC)))
    words = list(dict.fromkeys(_WORD.findall(source)))[:30]
    pair_chars = list(dict.fromkeys([*own[:PAIR_CHARS], " ", "a", "1"]))
    for fail in FAIL_CHARS:
        for char in alphabet:
            yield "", char, fail
        for first in pair_chars:
            for second in pair_chars:
                if first != second:
                    yield "", first + second, fail
    for word in words:
        yield "", word + " ", "!"
        yield "", word, "\x00"
        for char in (" ", "a", "1", ".", "A"):
            yield word + " ", char, "\x00"
            yield "", word + char, "!"


def build(shape: Shape, size: int) -> str:
    prefix, unit, fail = shape
    return prefix + unit * max(1, size // len(unit)) + fail


class _Alarm(Exception):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _Alarm


def _scan_seconds(pattern: re.Pattern[str] | re.Pattern[bytes], text: str) -> float:
    subject: str | bytes = text
    if isinstance(pattern.pattern, bytes):
        subject = text.encode("utf-8")
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, ALARM_SECONDS)
    started = time.perf_counter()
    try:
        for _ in islice(pattern.finditer(subject), 10 * len(text)):  # type: ignore[arg-type]
            pass
    except _Alarm:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return time.perf_counter() - started


def test_patterns_are_collected() -> None:
    assert len(PATTERNS) >= 30
    assert "scraper.extractors.body.BYLINE" in PATTERNS
    assert "scraper.dates._DATE_PATTERNS[0]" in PATTERNS


def test_the_check_catches_catastrophic_patterns() -> None:
    nested = re.compile(r"^(?:[A-Z][a-z]*\s*){1,8}$", re.IGNORECASE)  # BYLINE before the fix
    quadratic = re.compile(r"(?m)^\s*//[^\n]*$")  # the old JSON-LD comment pattern
    assert any(_scan_seconds(nested, text) == float("inf") for text in ["a" * 60 + "!"])
    # (the best of two measurements: on a loaded machine one may catch the short text stalled)
    short, long = "\n" * SIZE + "\x00", "\n" * SIZE * GROWTH + "\x00"
    assert max(_growth(quadratic, short, long) for _ in range(2)) > MAX_RATIO
    # the linear control is timed on texts long enough (milliseconds) for a stall not to count
    control = SIZE * 50
    spaces = re.compile(r"\s+")
    assert _growth(spaces, " " * control + "\x00", " " * control * GROWTH + "\x00") < MAX_RATIO


def _best_seconds(pattern: re.Pattern[str] | re.Pattern[bytes], text: str) -> float:
    return min(_scan_seconds(pattern, text) for _ in range(3))


def _growth(pattern: re.Pattern[str] | re.Pattern[bytes], short: str, long: str) -> float:
    return _best_seconds(pattern, long) / max(_best_seconds(pattern, short), 1e-9)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_linear_on_adversarial_strings(name: str) -> None:
    pattern = PATTERNS[name]
    for shape in adversarial_shapes(pattern):
        text = build(shape, SIZE)
        seconds = _scan_seconds(pattern, text)
        assert seconds != float("inf"), (
            f"{name} did not finish in {ALARM_SECONDS}s on {text[:40]!r}"
        )
        if seconds < TIMED_FLOOR:
            continue
        # Superlinear only when it grows too fast twice in a row (a loaded machine stalls once).
        ratio = _growth(pattern, text, build(shape, SIZE * GROWTH))
        if ratio >= MAX_RATIO:
            ratio = _growth(pattern, build(shape, SIZE * GROWTH), build(shape, SIZE * GROWTH**2))
        assert ratio < MAX_RATIO, f"{name} grows {ratio:.0f}x on {GROWTH}x {text[:40]!r}"
