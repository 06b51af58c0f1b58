"""Print tables with ``rich`` when it is installed, else as plain aligned text."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass, field

MISSING = "—"
SEPARATOR = None  # a row of None draws a separator line (groups in the per-type table)

Row = Sequence[str] | None


@dataclass(slots=True)
class Table:
    """A titled table of already formatted cells; the first ``left`` columns are left-aligned."""

    title: str
    headers: Sequence[str]
    rows: list[Row] = field(default_factory=list)
    caption: str | None = None
    left: int = 1


def fmt(value: float | None, digits: int = 3) -> str:
    """A score with fixed decimals, or a dash when not measured."""
    return MISSING if value is None else f"{value:.{digits}f}"


def pct(value: float | None) -> str:
    """A rate as a percentage with one decimal, or a dash."""
    return MISSING if value is None else f"{100 * value:.1f}%"


def has_rich() -> bool:
    """Whether ``rich`` can be imported."""
    return importlib.util.find_spec("rich") is not None


def show(table: Table) -> None:
    """Print ``table`` (rich if available)."""
    if has_rich():
        _show_rich(table)
    else:
        print(render_plain(table))


def _show_rich(table: Table) -> None:
    from rich import box  # type: ignore[import-not-found, unused-ignore]
    from rich.console import Console  # type: ignore[import-not-found, unused-ignore]
    from rich.table import Table as RichTable  # type: ignore[import-not-found, unused-ignore]

    rich_table = RichTable(title=table.title, caption=table.caption, box=box.SIMPLE_HEAD)
    for index, header in enumerate(table.headers):
        rich_table.add_column(header, justify="left" if index < table.left else "right")
    for row in table.rows:
        if row is SEPARATOR:
            rich_table.add_section()
        else:
            rich_table.add_row(*row)
    Console(width=max(120, Console().width)).print(rich_table)


def render_plain(table: Table) -> str:
    """The table as aligned text lines."""
    rows = [list(row) for row in table.rows if row is not SEPARATOR]
    widths = [
        max([len(str(header))] + [len(row[i]) for row in rows])
        for i, header in enumerate(table.headers)
    ]
    rule = "  ".join("-" * width for width in widths)
    lines = [table.title, _line(table.headers, widths, table.left), rule]
    for row in table.rows:
        lines.append(rule if row is SEPARATOR else _line(row, widths, table.left))
    if table.caption:
        lines.append(table.caption)
    return "\n".join(lines) + "\n"


def _line(cells: Sequence[str], widths: Sequence[int], left: int) -> str:
    parts = [
        cell.ljust(width) if index < left else cell.rjust(width)
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    return "  ".join(parts).rstrip()
