"""Flat tables of a batch's documents (one row per mention, with document id and span).

For pandas and SQL users: ``money.csv``, ``quantities.csv``, ``percentages.csv``,
``dates.csv`` and ``projects.csv`` in one folder, appended to document by document.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

__all__ = ["TableWriter"]

_MEASURE = ["doc_id", "text", "start", "end", "rule", "value", "upper", "unit", "qualifier",
            "kind", "per"]  # fmt: skip
COLUMNS: dict[str, list[str]] = {
    "money": _MEASURE,
    "quantities": _MEASURE,
    "percentages": [*_MEASURE, "direction"],
    "dates": ["doc_id", "text", "start", "end", "rule", "kind", "start_date", "end_date",
              "granularity", "modifier", "value", "unit"],
    "projects": ["doc_id", "name", "start", "end", "investor", "location", "investment",
                 "investment_unit", "annual_output", "capacities", "progress"],
}  # fmt: skip


def _project_row(doc_id: str, p: dict[str, Any]) -> dict[str, Any]:
    investment = p.get("investment") or {}
    output = p.get("annual_output") or {}
    return {
        "doc_id": doc_id, "name": p["name"], "start": p["start"], "end": p["end"],
        "investor": p.get("investor"), "location": p.get("location"),
        "investment": investment.get("value"), "investment_unit": investment.get("unit"),
        "annual_output": output.get("value"),
        "capacities": "; ".join(
            f"{q['value']} {q['unit']}" + (f"/{q['per']}" if q.get("per") else "")
            for q in p.get("capacities", [])
        ),
        "progress": "; ".join(
            f"{m['stage']}:{m['status']}" + (f"@{m['date']['start_date']}" if m.get("date") else "")
            for m in p.get("progress", [])
        ),
    }  # fmt: skip


class TableWriter:
    """CSV files in ``folder``, one per dimension, with a header row written once."""

    def __init__(self, folder: Path, *, append: bool = False) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._files = {}
        self._writers = {}
        for name, columns in COLUMNS.items():
            path = folder / f"{name}.csv"
            fresh = not (append and path.exists())
            handle = path.open("w" if fresh else "a", encoding="utf-8", newline="")
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            if fresh:
                writer.writeheader()
            self._files[name] = handle
            self._writers[name] = writer

    def add(self, doc_id: str, document: dict[str, Any]) -> None:
        """Append one document's mentions."""
        for name in ("money", "quantities", "percentages", "dates"):
            for mention in document.get(name, []):
                self._writers[name].writerow({"doc_id": doc_id, **mention})
        for project in document.get("projects", []):
            self._writers["projects"].writerow(_project_row(doc_id, project))

    def close(self) -> None:
        """Flush and close every file."""
        for handle in self._files.values():
            handle.close()
