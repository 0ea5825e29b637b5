"""Flat tables of a batch's documents (one row per mention, with document id and span).

For pandas and SQL users, one table per dimension (money, quantities, percentages, dates,
projects), written document by document as CSV (``money.csv`` …) or Parquet
(``money/part-00000.parquet`` …: a dataset folder that ``pandas.read_parquet`` reads
whole; a part being written is hidden, ``.part-00000.parquet``, until it is complete).
Values and bounds are exact decimal strings in both formats, as in the JSON output; text
a table format cannot carry (a lone surrogate) is written as its ``\\udXXX`` escape.

The tables are a view of the JSONL output: a resumed batch writes them again from the
records already there, so they agree with it however the previous run ended.
"""

from __future__ import annotations

import csv
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["FORMATS", "TableWriter"]

#: Table formats ``--tables-format`` accepts.
FORMATS = ("csv", "parquet")

#: Columns every table starts with: the document's id and, for a page, its URL and
#: publication date (empty for text).
_DOCUMENT = ["doc_id", "url", "published"]
_MEASURE = [*_DOCUMENT, "text", "start", "end", "rule", "value", "upper", "unit", "qualifier",
            "kind", "per"]  # fmt: skip
COLUMNS: dict[str, list[str]] = {
    "money": _MEASURE,
    "quantities": [*_MEASURE, "base_value", "base_upper", "base_unit"],
    "percentages": [*_MEASURE, "direction"],
    "dates": [*_DOCUMENT, "text", "start", "end", "rule", "kind", "start_date", "end_date",
              "granularity", "modifier", "value", "unit"],
    "projects": [*_DOCUMENT, "name", "start", "end", "layout", "investor", "location",
                 "investment", "investment_unit", "annual_output", "capacities", "progress"],
}  # fmt: skip


def _project_row(p: dict[str, Any]) -> dict[str, Any]:
    investment = p.get("investment") or {}
    output = p.get("annual_output") or {}
    return {
        "name": p["name"], "start": p["start"], "end": p["end"],
        "layout": p.get("layout"), "investor": p.get("investor"), "location": p.get("location"),
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


def rows(doc_id: str, document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table name, row) for every mention and project of one document (JSON form)."""
    source = document.get("source") or {}
    first = {"doc_id": doc_id, "url": source.get("url"), "published": source.get("published")}
    for name in ("money", "quantities", "percentages", "dates"):
        for mention in document.get(name, []):
            yield name, {**first, **mention}
    for project in document.get("projects", []):
        yield "projects", {**first, **_project_row(project)}


class TableWriter:
    """One table per dimension in ``folder``, as CSV files or Parquet datasets.

    The tables start empty (a resumed batch writes them again from its output).  Parquet
    needs the ``pyarrow`` package (in the ``parquet`` extra); rows are buffered and written in row groups of
    :attr:`ROW_GROUP` rows, so memory stays flat.  A lock on the folder (``.lock`` in it)
    keeps a second writer out.
    """

    ROW_GROUP = 10_000

    def __init__(self, folder: Path, *, fmt: str = "csv") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"table format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        from .inputs import os_message
        from .outputs import OutputError, lock

        if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
            raise OutputError(
                "Parquet tables need pyarrow: pip install 'zhproj-extract[parquet]' "
                "(or use --tables-format csv)"
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot make tables folder {os_message(folder, exc)}") from None
        self._release = lock(folder / ".lock", f"tables folder {folder}")
        try:
            self._sinks: dict[str, _CsvSink | _ParquetSink] = {
                name: (_CsvSink if fmt == "csv" else _ParquetSink)(folder, name, columns)
                for name, columns in COLUMNS.items()
            }
        except BaseException:
            self._release()
            raise

    def add(self, doc_id: str, document: dict[str, Any]) -> None:
        """Append one document's mentions."""
        for name, row in rows(doc_id, document):
            self._sinks[name].write(row)

    def close(self) -> None:
        """Flush and close every table, and release the folder."""
        try:
            for sink in self._sinks.values():
                sink.close()
        finally:
            self._release()


class _CsvSink:
    def __init__(self, folder: Path, name: str, columns: list[str]) -> None:
        path = folder / f"{name}.csv"
        self._handle = path.open("w", encoding="utf-8", errors="backslashreplace", newline="")
        self._writer = csv.DictWriter(self._handle, fieldnames=columns, extrasaction="ignore")
        self._writer.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        self._writer.writerow(row)

    def close(self) -> None:
        self._handle.close()


class _ParquetSink:
    _INTEGERS = ("start", "end")

    def __init__(self, folder: Path, name: str, columns: list[str]) -> None:
        import pyarrow as pa

        dataset = folder / name
        dataset.mkdir(exist_ok=True)
        for old in [*dataset.glob("part-*.parquet"), *dataset.glob(".part-*.parquet")]:
            old.unlink()  # a previous run's parts, finished or left by a kill
        self._path = dataset / "part-00000.parquet"
        self._writing = self._path.with_name("." + self._path.name)
        self._schema = pa.schema(
            [(c, pa.int64() if c in self._INTEGERS else pa.string()) for c in columns]
        )
        self._buffer: list[dict[str, Any]] = []
        self._writer: Any = None

    def write(self, row: dict[str, Any]) -> None:
        self._buffer.append(row)
        if len(self._buffer) >= TableWriter.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._writer is None:
            self._writer = pq.ParquetWriter(self._writing, self._schema)
        columns = {
            c: [_cell(row.get(c), c in self._INTEGERS) for row in self._buffer]
            for c in self._schema.names
        }
        self._writer.write_table(pa.table(columns, schema=self._schema))
        self._buffer = []

    def close(self) -> None:
        self._flush()  # an empty run still leaves a part with the schema
        self._writer.close()
        self._writing.replace(self._path)


def _cell(value: Any, integer: bool) -> Any:
    if value is None or integer:
        return value
    text = value if isinstance(value, str) else str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text
