"""Bare years under a construction-period label: | 建设年限 | over | 2023-2025 |, or
建设起止年限：2023-2025 on a form's line.

Written alone, 2023-2025 may be anything (a range of amounts, a code); under such a label
it is the years a project is built in, so it is read as a period there only.  A cell that
writes 年 (2023-2025年) is read by the forms of :mod:`.forms` wherever it stands.
"""

from __future__ import annotations

from datetime import date

import regex

from ...models import DateMention
from ...reading.pipe_tables import columns
from ...reading.text import NormalizedText

__all__ = ["PERIOD_LABELS", "column_periods"]

#: The labels of a project's construction period (a table's column, a form's field).
PERIOD_LABELS: tuple[str, ...] = (
    "建设年限", "建设起止年限", "起止年限", "建设期限", "建设年度", "建设起止年份",
    "实施年限", "建设起止时间", "起止时间", "建设周期", "建设期", "计划工期", "建设工期",
)  # fmt: skip

#: A cell that is a year or two joined (2023, 2023-2025, 2023～2025, 2023至2025).
_BARE_YEARS = regex.compile(
    r"(?P<a>(?:19|20)[0-9]{2})(?:[ ]?[-~～—–至到][ ]?(?P<b>(?:19|20)[0-9]{2}))?"
)
#: A form's line: a period label, a colon, the bare years, nothing more on the line.
_LABELLED = regex.compile(
    rf"(?:{'|'.join(sorted(PERIOD_LABELS, key=len, reverse=True))})[ \t]*[：:][ \t]*"
    rf"(?P<years>{_BARE_YEARS.pattern})[ \t]*$",
    regex.MULTILINE,
)
_LABEL_CELL = regex.compile(r"[ \t]*(?:" + "|".join(PERIOD_LABELS) + r")[ \t]*")


def column_periods(ntext: NormalizedText) -> list[DateMention]:
    """The bare years of a pipe table's period column and of a form's period line."""
    text = ntext.text
    if not any(label in text for label in PERIOD_LABELS):
        return []  # most texts: no label, no period to read
    spans = [m.span("years") for m in _LABELLED.finditer(text)]
    for _, label, cells in columns(ntext):
        if _LABEL_CELL.fullmatch(label) is not None:
            spans += cells
    found = []
    for a, b in spans:
        m = _BARE_YEARS.fullmatch(text, a, b)
        if m is None:
            continue
        first, last = int(m.group("a")), int(m.group("b") or m.group("a"))
        if last < first:
            continue
        start, end = ntext.span(a, b)
        found.append(
            DateMention(
                text=ntext.original[start:end],
                start=start,
                end=end,
                rule="date.column",
                kind="date",
                start_date=date(first, 1, 1),
                end_date=date(last, 12, 31),
                granularity="year" if first == last else "multi-year",
            )
        )
    return found
