"""Regenerate every fixtures/*/expected.json on purpose: ``python -m tests.update_goldens``."""

from __future__ import annotations

from tests.goldens import extract_fixture, fixture_dirs, golden_text


def main() -> None:
    """Write the current extraction of each fixture as its golden file."""
    for folder in fixture_dirs():
        path = folder / "expected.json"
        new = golden_text(extract_fixture(folder))
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if new != old:
            path.write_text(new, encoding="utf-8")
            print(f"updated {path}")


if __name__ == "__main__":
    main()
