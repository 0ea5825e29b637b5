"""A plain-text table of a Document's projects, for reading in a terminal."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ..models import Document, Money, Project, Quantity, decimal_text

__all__ = ["projects_table"]

_COLUMNS = ("项目 project", "投资方 investor", "投资 investment", "地点 location",
            "产能 capacities", "年产值 annual output", "进展 progress")  # fmt: skip
_QUALIFIER_MARK = {"approx": "≈", "more_than": ">", "at_least": "≥", "at_most": "≤",
                   "less_than": "<", "exact": "", "range": ""}  # fmt: skip


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _money(m: Money | None) -> str:
    if m is None:
        return "—"
    value = m.value
    scaled = decimal_text(value / 100_000_000) + "亿" if value >= 10**8 else decimal_text(value)
    return f"{_QUALIFIER_MARK[m.qualifier]}{scaled} {m.unit}"


def _capacities(quantities: Sequence[Quantity]) -> str:
    if not quantities:
        return "—"
    return ", ".join(
        f"{decimal_text(q.value)} {q.unit}" + (f"/{q.per}" if q.per else "") for q in quantities
    )


def _progress(project: Project) -> str:
    if not project.progress:
        return "—"
    parts = []
    for m in project.progress:
        when = m.date.text if m.date else ""
        parts.append(f"{m.stage} {m.status} {when}".strip())
    return "; ".join(parts)


def projects_table(document: Document) -> str:
    """One row per project with the fields a reader asks for first."""
    rows = [
        (p.name, p.investor or "—", _money(p.investment), p.location or "—",
         _capacities(p.capacities), _money(p.annual_output), _progress(p))
        for p in document.projects
    ]  # fmt: skip
    widths = [max([_width(c)] + [_width(r[i]) for r in rows]) for i, c in enumerate(_COLUMNS)]
    lines = [" | ".join(_pad(c, w) for c, w in zip(_COLUMNS, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)) for row in rows]
    if not rows:
        lines.append("(no projects)")
    return "\n".join(lines)
