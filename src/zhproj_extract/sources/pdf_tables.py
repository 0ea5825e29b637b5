"""The ruled tables of a PDF page as pipe rows (``| 1 | 再生铝项目 | 15.6 |``), the form
in which a web page's tables reach the text and :mod:`zhproj_extract.reading.pipe_tables`
reads them.

Project lists (重点项目计划表, 签约项目清单) are mostly published as PDF attachments set as
ruled tables.  The text layer gives every cell on a line of its own and a wrapped cell as
two, so rows and columns are lost.  pdfplumber finds a table by the rules drawn around its
cells and gives each cell's text, wrapped lines included; it reads a page in several times
pypdf's time, so :func:`looks_tabular` first decides from the text runs pypdf already
reports whether a page may hold a table (cells side by side on several baselines).
A table set without rules is found by where its words stand (numbered rows, columns
parted by the gaps no word covers), and pdfplumber reads its cells between those lines.
"""

from __future__ import annotations

import io
import math
import re
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
    columns: list[float] | None = None  # an unruled table's, which may run on a page
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number in page_numbers:
            runs_on = columns if number - 1 in out else None
            lines, columns = _page_lines(pdf.pages[number], margin, runs_on)
            if lines is not None:
                out[number] = lines
    return out


def _page_lines(
    page: Any, margin: float, runs_on: list[float] | None
) -> tuple[list[tuple[str, bool]] | None, list[float] | None]:
    """The page's lines with its tables as pipe rows, and the column edges of an unruled
    one (``runs_on``: those of one on the page before, which may go on here)."""
    columns = None
    tables = [t for t in page.find_tables() if _is_table(t)]
    if not tables:
        tables, columns = _unruled_tables(page, runs_on)
    if not tables:
        return None, None
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
    return [(text, in_margin) for _, _, text, in_margin in placed], columns


#: Words closer than this (in points) are one word; a table's cells stand further apart.
_WORD_GAP = 1.5
#: A gap between lines wider than this many times the narrowest one starts a new row: a
#: cell wrapped onto several lines keeps them close.
_ROW_GAP = 1.3
#: The narrowest column gap (in points) that parts two columns of an unruled table.
_COLUMN_GAP = 4.0
_ROW_NUMBER = re.compile(r"\d{1,3}")
#: How far (in points) a row number may stand right of the leftmost one.
_NUMBER_COLUMN = 8.0


def _unruled_tables(
    page: Any, runs_on: list[float] | None = None
) -> tuple[list[Any], list[float] | None]:
    """The table of a page set without rules, found by where its words stand: rows are
    bands of lines parted by wider gaps than a wrapped cell's, each numbered in its first
    column (序号); columns are parted by the x-ranges no word of the table covers; the band
    above the first row, if it spans three columns or more, is the header (a table that
    runs on from the page before, whose column edges are ``runs_on``, needs none and may
    have a single row).  pdfplumber then reads the cells between those lines as it reads
    a ruled table's.  The tables, and their column edges."""
    words = page.extract_words(x_tolerance=_WORD_GAP)
    lines: defaultdict[float, list[dict[str, Any]]] = defaultdict(list)
    for word in words:
        lines[round(word["top"])].append(word)
    tops = sorted(lines)
    steps = [b - a for a, b in pairwise(tops) if b > a]
    if len(tops) < 2 or not steps:
        return [], None
    line_step = min(steps)

    firsts = {top: min(lines[top], key=lambda w: w["x0"]) for top in tops}
    numbers = [w["x0"] for w in firsts.values() if _ROW_NUMBER.fullmatch(w["text"])]
    if not numbers:
        return [], None
    number_column = min(numbers)  # where the row numbers (序号) stand

    def starts_row(top: float) -> bool:  # a row number in the first column, not a wrap's 5
        first = firsts[top]
        return (
            _ROW_NUMBER.fullmatch(first["text"]) is not None
            and first["x0"] - number_column <= _NUMBER_COLUMN
        )

    bands: list[list[float]] = [[tops[0]]]
    numbered_before = starts_row(tops[0])  # whether the band being built holds a number
    for a, b in pairwise(tops):
        if b - a > _ROW_GAP * line_step or (starts_row(b) and numbered_before):
            bands.append([])  # a wider gap, or a second numbered line: the next row
            numbered_before = False
        bands[-1].append(b)
        numbered_before = numbered_before or starts_row(b)

    def band_words(band: list[float]) -> list[dict[str, Any]]:
        return [w for top in band for w in lines[top]]

    def numbered(band: list[float]) -> bool:
        return any(starts_row(top) for top in band) and len(band_words(band)) >= 3

    rows = [k for k, band in enumerate(bands) if numbered(band)]
    if len(rows) < (1 if runs_on else 2):
        return [], None  # (the last row of a table may stand alone on the next page)
    first, last = rows[0], rows[-1]
    run = range(first, last + 1)
    if len(rows) != len(run):
        return [], None  # rows must follow each other
    header = first - 1 if first > 0 and len(band_words(bands[first - 1])) >= 3 else None
    kept = ([bands[header]] if header is not None else []) + [bands[k] for k in run]
    table_words = [w for band in kept for w in band_words(band)]
    columns = runs_on or _column_edges(table_words)
    if len(columns) < 4:  # three columns at least
        return [], None
    edges = [min(band) - 1 for band in kept]
    edges.append(max(w["bottom"] for w in band_words(kept[-1])) + 1)
    settings = {
        "vertical_strategy": "explicit",
        "horizontal_strategy": "explicit",
        "explicit_vertical_lines": columns,
        "explicit_horizontal_lines": edges,
    }
    return [t for t in page.find_tables(settings) if _is_table(t)], columns


def _column_edges(words: list[dict[str, Any]]) -> list[float]:
    """The x of each column's edge: the table's two sides and the middle of each gap that
    no word covers."""
    spans = sorted((w["x0"], w["x1"]) for w in words)
    edges = [spans[0][0] - 1]
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= _COLUMN_GAP:
            edges.append((reach + x0) / 2)
        reach = max(reach, x1)
    edges.append(reach + 1)
    return edges


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
