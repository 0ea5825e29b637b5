"""Tables written with pipes, one row per line (``| 项目名称 | 总投资（亿元） |``, with the
outer pipes or without), as the tables of a page are read (:mod:`zhproj_extract.sources.web`),
with tabs between the cells, as a table copied from a document or a spreadsheet is pasted
(a table saved as CSV is one: normalising turns its commas into tabs),
or with two spaces or more between them, as one set in a fixed-width font is (or with one,
under a 序号 header, as a scan flattens one): each table's header cells and the cells of
its rows, as spans of the text.

A table is a run of such lines with nothing but blanks between them; its first line is
the header, a line of dashes under it (``|---|---|``) is passed over, and a row as wide as
the header is one of its rows.  Money reads the amounts of a column whose header gives the
unit (总投资（亿元）); projects read one project per row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .text import FOLIO, NormalizedText

__all__ = ["PipeTable", "columns", "pipe_tables"]

#: A line with two pipes or more: between its cells, and around them or not
#: (| a | b |, a | b | c).
_ROW = re.compile(r"^[^\n|]*\|[^\n|]*\|[^\n]*$", re.MULTILINE)
#: A line of three cells or more with tabs between them, and no pipe.
_TAB_ROW = re.compile(r"^[^\n\t|]*(?:\t[^\n\t|]*){2,}$", re.MULTILINE)
#: A line of three cells or more with two spaces or more between them, as a table set in
#: a fixed-width font is pasted (a cell may hold single spaces).
_SPACED_ROW = re.compile(
    r"^[ ]*[^ \n\t|]+(?: [^ \n\t|]+)*(?:[ ]{2,}[^ \n\t|]+(?: [^ \n\t|]+)*){2,}[ ]*$",
    re.MULTILINE,
)
_SPACED_CELL = re.compile(r"[^ \n\t|]+(?: [^ \n\t|]+)*")
#: The cell of a line of dashes under a header (---, :---:).
_DASHES = re.compile(r":?-{3,}:?")
_BLANKS = " \t"

Span = tuple[int, int]


@dataclass
class PipeTable:
    """A header's cells and the rows as wide as it, as spans of the (normalised) text,
    each without the blanks around it; and each column's label, the header's text with
    the lines it wraps onto (建设 / 性质 above a line of dashes: 建设性质), blanks removed."""

    header: list[Span]
    rows: list[list[Span]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


def pipe_tables(ntext: NormalizedText) -> list[PipeTable]:
    """The pipe tables of ``ntext`` that have rows, found on first use and kept with it."""
    found = ntext.memo.get("pipe_tables")
    if found is None:
        text = ntext.text
        found = ntext.memo["pipe_tables"] = [
            *(_tables(text, _ROW, _cells) if "|" in text else []),
            *(_tables(text, _TAB_ROW, _tab_cells) if "\t" in text else []),
            *(_tables(text, _SPACED_ROW, _spaced_cells) if "  " in text else []),
            *(_numbered_tables(text) if "序号 " in text else []),
            *(_line_tables(text) if "序号\n" in text else []),
        ]
    assert isinstance(found, list)
    return found


def columns(ntext: NormalizedText) -> Iterator[tuple[Span, str, list[Span]]]:
    """Each column of each table of ``ntext``: its header cell, its label and its cells,
    row by row (money reads a column whose label gives a unit, dates one whose label is
    a period)."""
    for table in pipe_tables(ntext):
        for column, header in enumerate(table.header):
            yield header, table.labels[column], [row[column] for row in table.rows]


def _tables(
    text: str, rows: re.Pattern[str], cells_of: Callable[[str, int, int], list[Span]]
) -> list[PipeTable]:
    """The tables whose lines ``rows`` matches, each line's cells split by ``cells_of``."""
    tables: list[PipeTable] = []
    current: PipeTable | None = None
    wraps: list[list[Span]] = []  # the header's lines, while no row has come yet
    previous_end = -1
    for line in rows.finditer(text):
        cells = cells_of(text, line.start(), line.end())
        gap = text[previous_end : line.start()].strip() if previous_end >= 0 else "-"
        adjacent = previous_end >= 0 and (not gap or _SECTION_LINE.fullmatch(gap) is not None)
        previous_end = line.end()
        row = _fitted(text, cells, len(current.header)) if current and adjacent else None
        if current is not None and row is not None:
            if all(_DASHES.fullmatch(text, a, b) for a, b in cells):
                if len(current.rows) <= _HEADER_WRAPS and not wraps[1:]:
                    wraps += current.rows  # 建设 / 性质 over the dashes: one label
                    current.rows = []
                    current.labels = _labels(text, wraps)
            else:
                current.rows.append(row)
        else:
            current = PipeTable(cells, labels=_labels(text, [cells]))
            wraps = [cells]
            tables.append(current)
    return [table for table in tables if table.rows and not _fields(text, table.header)]


#: A line between two rows that heads a section of the table (一、新开工项目, 续建项目（12个）：),
#: which the table goes on after.
#: A section's number before its heading (二、, （三）).
_SECTION_MARKER = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])"
_SECTION_LINE = re.compile(
    _SECTION_MARKER + r"?[ \t]*"
    r"[^\n\t|]{0,20}(?:项目|工程)(?:[（(][^）)\n]{1,12}[）)])?[：:]?"
)
#: A cell that is a label and its value (项目名称：冷链物流中心项目), not a header's label.
_FIELD_CELL = re.compile(r"[^：:]{2,8}[：:][ \t]*\S")


#: The header of a table flattened with single spaces, as a scan or a copied page leaves
#: it: 序号 first, then labels without figures (序号 项目名称 建设单位 总投资（亿元）).
_NUMBERED_HEADER = re.compile(r"^[ ]*序号(?: [^ \n\t|\d]+){2,11}[ ]*$", re.MULTILINE)
#: One of its rows: the row's number, then its cells, one space apart.
_NUMBERED_ROW = re.compile(r"[ ]*\d{1,3}(?: [^ \n\t|]+)+[ ]*")


def _numbered_tables(text: str) -> list[PipeTable]:
    """Tables flattened with single spaces, read only under a 序号 header and only as far
    as each line is a numbered row as wide as it (a single space parts words elsewhere)."""
    tables = []
    for header in _NUMBERED_HEADER.finditer(text):
        cells = _spaced_words(text, header.start(), header.end())
        table = PipeTable(cells, labels=_labels(text, [cells]))
        pos = header.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if not text[pos:end].strip():
                pos = end + 1
                continue  # blank lines between the rows
            row = _spaced_words(text, pos, end) if _NUMBERED_ROW.fullmatch(text, pos, end) else []
            if (
                not row and text[pos:end].strip().isdigit()
            ):  # 1 / X项目 / Y公司 / 15.5: a cell a line
                row, end = _cell_lines(text, pos, len(cells))
            if len(row) != len(cells):
                break
            table.rows.append(row)
            pos = end + 1
        if table.rows:
            tables.append(table)
    return tables


#: A header cell on a line of its own, under 序号: a short label in words, a year or a unit
#: with them (总投资（万元）, 2025年计划投资), and no sentence's punctuation.
_LABEL_LINE = re.compile(
    r"[ \t]*(?=[^\n]{0,19}[\u4e00-\u9fff])[^\s，。；,;：:|][^\n，。；,;：:|]{0,19}"
)
#: A line between rows that is no cell: a section's heading (二、新开工项目（2个）), or a
#: page's folio (— 3 —, 第2页 共5页).
_FOLIO_LINE = re.compile(rf"[ \t]*{FOLIO}[ \t]*")
_BETWEEN_ROWS = re.compile(_SECTION_LINE.pattern + "|" + _FOLIO_LINE.pattern)


def _line_tables(text: str) -> list[PipeTable]:
    """Tables flattened one cell per line, as a PDF's text often is: 序号 and its labels,
    a line each, then each row's number and its cells, up to the next row's number (a
    cell wrapped onto more lines is joined again); section headings and folios between
    rows are passed over."""
    tables = []
    for start in _line_starts(text, "序号\n"):
        lines = _lines_from(text, start)
        header: list[Span] = []
        k = 0
        while k < len(lines) and len(header) <= 12:
            a, b = lines[k]
            if text[a:b].isdigit() or _BETWEEN_ROWS.fullmatch(text, a, b):
                break
            if not _LABEL_LINE.fullmatch(text, a, b) and header:
                header = []
                break
            header.append((a, b))
            k += 1
        if len(header) < 3:
            continue
        table = PipeTable(header, labels=_labels(text, [header]))
        number = 1
        while k < len(lines):
            if _between_rows(text, lines, k, number):
                k += 1
                continue
            if text[slice(*lines[k])] != str(number):
                break
            nxt = k + 1
            while (
                nxt < len(lines)
                and text[slice(*lines[nxt])] != str(number + 1)
                and not _between_rows(text, lines, nxt, number + 1)
            ):
                nxt += 1
            row = _rewrapped(text, lines[k:nxt], len(header))
            if row is not None:
                table.rows.append(row)
            k = nxt
            number += 1
        if table.rows:
            tables.append(table)
    return tables


def _between_rows(text: str, lines: list[Span], k: int, number: int) -> bool:
    """Whether line ``k`` stands between two rows: a folio, a numbered section heading,
    or one without a number right before the row numbered ``number`` (a cell's wrapped
    rest may also end in 项目: 年产200万套实木家具 / 智能制造项目)."""
    a, b = lines[k]
    if text[a:b].isdigit() or not _BETWEEN_ROWS.fullmatch(text, a, b):
        return False
    if _FOLIO_LINE.fullmatch(text, a, b) or _SECTION_NUMBER.match(text, a, b):
        return True
    return k + 1 < len(lines) and text[slice(*lines[k + 1])] == str(number)


_SECTION_NUMBER = re.compile(r"[ \t]*" + _SECTION_MARKER)


def _rewrapped(text: str, lines: list[Span], width: int) -> list[Span] | None:
    """A row's lines as its ``width`` cells: the lines of a cell the page wrapped joined
    again, each shortest line of words to the one before it (赣州国际陆港多式联运 / 中心),
    as a wrapped cell's last line is the short rest; a figure is never wrapped.  None when
    the lines are too few, or no such join makes them fit."""
    cells = list(lines)
    while len(cells) > width:
        joinable = [
            i
            for i in range(2, len(cells))
            if not _FIGURE_CELL.fullmatch(text, *cells[i])
            and not _FIGURE_CELL.fullmatch(text, *cells[i - 1])
        ]
        if not joinable:
            return None
        i = min(joinable, key=lambda j: cells[j][1] - cells[j][0])
        cells[i - 1 : i + 1] = [(cells[i - 1][0], cells[i][1])]
    return cells if len(cells) == width else None


#: A cell that is a figure: an amount, a year, a count (186000, 2023, 15.6, 2024-2026).
_FIGURE_CELL = re.compile(r"[\d.,，\-—–~至年]+")


def _line_starts(text: str, line: str) -> Iterator[int]:
    """Where each line that is ``line`` (its newline included) starts."""
    at = text.find(line)
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            yield at
        at = text.find(line, at + 1)


def _lines_from(text: str, pos: int, most: int = 2000) -> list[Span]:
    """The lines with text from ``pos`` on (at most ``most``), each stripped of blanks;
    the run stops at a blank line's second one (the table is over)."""
    out: list[Span] = []
    blanks = 0
    while pos < len(text) and len(out) < most:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            blanks = 0
            s = pos + len(line) - len(line.lstrip())
            out.append((s, s + len(line.strip())))
        else:
            blanks += 1
            if blanks >= 2:
                break
        pos = end + 1
    return out


def _cell_lines(text: str, pos: int, width: int) -> tuple[list[Span], int]:
    """The next ``width`` lines with text from ``pos`` on, each one cell, and where the last
    ends (a table flattened one cell per line)."""
    cells: list[Span] = []
    end = pos
    while len(cells) < width and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            cells.append((start, start + len(line.strip())))
        pos = end + 1
    return cells, end


def _spaced_words(text: str, start: int, end: int) -> list[Span]:
    """The runs of ``text[start:end]`` between single spaces."""
    return [m.span() for m in _WORD.finditer(text, start, end)]


_WORD = re.compile(r"[^ \n\t]+")


def _fields(text: str, header: list[Span]) -> bool:
    """Whether a would-be header's cells are fields (项目名称：X  投资额：Y): lines of a form
    with fields side by side, not a table."""
    return sum(1 for a, b in header if _FIELD_CELL.match(text, a, b)) >= 2


#: How many lines a header may wrap onto above its line of dashes.
_HEADER_WRAPS = 2


def _fitted(text: str, cells: list[Span], width: int) -> list[Span] | None:
    """A line's cells as a row of a table ``width`` cells wide: as they are, with empty
    cells after them where the line ends early (… | 27.8 |  | under a header that has
    no last pipe), without empty cells past the width; None when it is no such row."""
    if len(cells) == width:
        return cells
    if 2 <= len(cells) < width:
        end = cells[-1][1]
        return cells + [(end, end)] * (width - len(cells))
    if len(cells) > width and all(a == b for a, b in cells[width:]):
        return cells[:width]
    return None


def _labels(text: str, lines: list[list[Span]]) -> list[str]:
    """Each column's label: its cells in the header's lines, joined, without blanks."""
    return [
        "".join(text[a:b] for line in lines for a, b in line[i : i + 1]).replace(" ", "")
        for i in range(len(lines[0]))
    ]


def _cells(text: str, start: int, end: int) -> list[Span]:
    """The cells between a line's pipes, and before the first and after the last when
    the line does not start or end with one, stripped of blanks."""
    line = text[start:end].strip(_BLANKS)
    first = text.index("|", start, end)
    if line.startswith("|") and text.find("  ", start, first) < 0:
        start = first + 1  # (     | 性质 |: an empty first cell)
    if line.endswith("|"):
        end = text.rindex("|", start, end)
    return _split(text, start, end, "|")


def _spaced_cells(text: str, start: int, end: int) -> list[Span]:
    """The cells of a line set with two spaces or more between them."""
    return [m.span() for m in _SPACED_CELL.finditer(text, start, end)]


def _tab_cells(text: str, start: int, end: int) -> list[Span]:
    """The cells of a line between its tabs, stripped of blanks."""
    return _split(text, start, end, "\t")


def _split(text: str, start: int, end: int, delimiter: str) -> list[Span]:
    """The cells of ``text[start:end]`` between ``delimiter``s, stripped of blanks."""
    cells = []
    a = start
    while a <= end:
        b = text.find(delimiter, a, end)
        b = end if b < 0 else b
        s, e = a, b
        while s < e and text[s] in _BLANKS:
            s += 1
        while e > s and text[e - 1] in _BLANKS:
            e -= 1
        cells.append((s, e))
        a = b + 1
    return cells
