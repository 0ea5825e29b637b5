"""The ruled tables of a PDF page as pipe rows (``| 1 | 再生铝项目 | 15.6 |``), the form
in which a web page's tables reach the text and :mod:`zhproj_extract.reading.pipe_tables`
reads them.

Project lists (重点项目计划表, 签约项目清单) are mostly published as PDF attachments set as
ruled tables.  The text layer gives every cell on a line of its own and a wrapped cell as
two, so rows and columns are lost.  pdfplumber finds a table by the rules drawn around its
cells and gives each cell's text, wrapped lines included; it reads a page in several times
pypdf's time, so :func:`looks_tabular` first decides from the text runs pypdf already
reports whether a page may hold a table (cells side by side on several baselines).
Tables without rules are left as the text layer gives them.
"""

from __future__ import annotations

import io
import math
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

__all__ = ["TextRun", "looks_tabular", "run_of", "tables_as_pipe_rows"]

#: A piece of text as the text layer draws it: x and y of its start, font size in points.
TextRun = tuple[float, float, float, str]

#: A gap wider than this many font sizes between two runs on one baseline parts two cells.
_CELL_GAP = 1.5
#: A page may hold a table when this many baselines each carry three cells or more.
_TABULAR_BASELINES = 2


def looks_tabular(runs: Sequence[TextRun]) -> bool:
    """Whether some baselines of a page carry three pieces of text or more with wide gaps
    between them, as the cells of a table's rows stand (prose runs on without gaps)."""
    baselines: defaultdict[int, list[TextRun]] = defaultdict(list)
    for run in runs:
        baselines[round(run[1])].append(run)
    rows = 0
    for line in baselines.values():
        line.sort()
        cells = 1
        for (x, _, size, text), (next_x, _, _, _) in pairwise(line):
            if next_x - (x + _width(text, size)) > _CELL_GAP * size:
                cells += 1
        rows += cells >= 3
        if rows >= _TABULAR_BASELINES:
            return True
    return False


def _width(text: str, size: float) -> float:
    """About how wide ``text`` is set: a CJK character is one em, others about half."""
    return size * sum(1.0 if ord(ch) >= 0x2E80 else 0.55 for ch in text.strip())


def run_of(text: str, cm: Sequence[float], tm: Sequence[float], size: float) -> TextRun:
    """The :data:`TextRun` of what pypdf's text visitor reports (text matrix ``tm`` in the
    current transformation ``cm``)."""
    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    scale = math.sqrt(abs(tm[0] * tm[3] - tm[1] * tm[2]) * abs(cm[0] * cm[3] - cm[1] * cm[2]))
    return x, y, float(size) * (scale or 1.0), text


def tables_as_pipe_rows(
    data: bytes, page_numbers: Sequence[int], margin: float
) -> dict[int, list[tuple[str, bool]]]:
    """The lines of those pages (0-based) of the PDF ``data`` that hold ruled tables, in
    reading order, each table row one pipe row, with whether each line lies in the top or
    bottom ``margin`` (a share of the page height).  Pages without a ruled table, and
    every page when pdfplumber is not installed, are left out."""
    try:
        import pdfplumber
    except ImportError:
        return {}
    out: dict[int, list[tuple[str, bool]]] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number in page_numbers:
            lines = _page_lines(pdf.pages[number], margin)
            if lines is not None:
                out[number] = lines
    return out


def _page_lines(page: Any, margin: float) -> list[tuple[str, bool]] | None:
    tables = [t for t in page.find_tables() if _is_table(t)]
    if not tables:
        return None
    boxes = [t.bbox for t in tables]
    height = float(page.height) or 1.0

    def outside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    placed: list[tuple[float, int, str, bool]] = []
    for line in page.filter(outside).extract_text_lines(return_chars=False):
        in_margin = line["top"] < margin * height or line["bottom"] > (1 - margin) * height
        placed.append((line["top"], 0, line["text"], in_margin))
    for table in tables:
        for k, row in enumerate(_rows(table), 1):
            placed.append((table.bbox[1], k, row, False))
    placed.sort(key=lambda p: (p[0], p[1]))
    return [(text, in_margin) for _, _, text, in_margin in placed]


def _is_table(table: Any) -> bool:
    """A table of two rows or more and two columns or more that hold text, or one row of
    three cells or more (the last row of a table, run on over a page break); a ruled box
    around a paragraph is not one."""
    rows = [row for row in table.extract() if any(cell and cell.strip() for cell in row)]
    widest = max((sum(bool(cell and cell.strip()) for cell in row) for row in rows), default=0)
    return (len(rows) >= 2 and widest >= 2) or widest >= 3


def _rows(table: Any) -> list[str]:
    """The table's rows as pipe rows; an empty row is left out."""
    rows = []
    for row in table.extract():
        cells = [_cell(cell) for cell in row]
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return rows


def _cell(text: str | None) -> str:
    """A cell's text on one line: wrapped lines joined as they run on (with a space only
    between two Latin letters or digits), a pipe in it written as a slash."""
    if not text:
        return ""
    parts = [part.strip() for part in text.split("\n") if part.strip()]
    joined = parts[0] if parts else ""
    for part in parts[1:]:
        latin = (
            joined[-1].isascii()
            and joined[-1].isalnum()
            and part[0].isascii()
            and part[0].isalpha()
        )
        joined += (" " if latin else "") + part
    return joined.replace("|", "/")
