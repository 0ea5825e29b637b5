"""Tables written with pipes, one row per line (``| 项目名称 | 总投资（亿元） |``), as the
tables of a page are read (:mod:`zhproj_extract.sources.web`): each table's header cells
and the cells of its rows, as spans of the text.

A table is a run of such lines with nothing but blanks between them; its first line is
the header, a line of dashes under it (``|---|---|``) is passed over, and a row as wide as
the header is one of its rows.  Money reads the amounts of a column whose header gives the
unit (总投资（亿元）); projects read one project per row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import NormalizedText

__all__ = ["PipeTable", "pipe_tables"]

#: A line that starts and ends with a pipe.
_ROW = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.MULTILINE)
#: The cell of a line of dashes under a header (---, :---:).
_DASHES = re.compile(r":?-{3,}:?")
_BLANKS = " \t"

Span = tuple[int, int]


@dataclass
class PipeTable:
    """A header's cells and the rows as wide as it, as spans of the (normalised) text,
    each without the blanks around it."""

    header: list[Span]
    rows: list[list[Span]] = field(default_factory=list)


def pipe_tables(ntext: NormalizedText) -> list[PipeTable]:
    """The pipe tables of ``ntext`` that have rows, found on first use and kept with it."""
    found = ntext.memo.get("pipe_tables")
    if found is None:
        found = ntext.memo["pipe_tables"] = _tables(ntext.text) if "|" in ntext.text else []
    assert isinstance(found, list)
    return found


def _tables(text: str) -> list[PipeTable]:
    tables: list[PipeTable] = []
    current: PipeTable | None = None
    previous_end = -1
    for line in _ROW.finditer(text):
        cells = _cells(text, line.start(), line.end())
        adjacent = previous_end >= 0 and not text[previous_end : line.start()].strip()
        previous_end = line.end()
        if current is not None and adjacent and len(cells) == len(current.header):
            if not all(_DASHES.fullmatch(text, a, b) for a, b in cells):
                current.rows.append(cells)
        else:
            current = PipeTable(cells)
            tables.append(current)
    return [table for table in tables if table.rows]


def _cells(text: str, start: int, end: int) -> list[Span]:
    """The cells between the first and the last pipe of a line, stripped of blanks."""
    first = text.index("|", start, end)
    last = text.rindex("|", start, end)
    cells = []
    a = first + 1
    while a <= last:
        b = text.find("|", a, last + 1)
        s, e = a, b
        while s < e and text[s] in _BLANKS:
            s += 1
        while e > s and text[e - 1] in _BLANKS:
            e -= 1
        cells.append((s, e))
        a = b + 1
    return cells
