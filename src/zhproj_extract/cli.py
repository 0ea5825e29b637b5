"""The ``zhproj-extract`` command: extract from files (or stdin) and print JSON."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")

__all__ = ["main"]


def _read(source: str) -> str:
    from .batch import decode_text

    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    return decode_text(data, source)


def _add_reference_date(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reference-date",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="date that relative dates are resolved against (default: from the article)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhproj-extract",
        description="Extract money, quantities, percentages, dates and projects from Chinese "
        "press releases; print each document as JSON or its projects as a table. "
        "'zhproj-extract schema' prints the JSON Schema of the output.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="text file(s), or - for stdin")
    _add_reference_date(parser)
    parser.add_argument(
        "--indent", type=int, default=2, help="JSON indent for a single document (default 2)"
    )
    parser.add_argument(
        "--format",
        choices=("json", "table", "html"),
        default="json",
        help="json (the whole Document), table (one row per project) or html (a "
        "self-contained page with the mentions highlighted; exactly one FILE)",
    )
    return parser


def _batch_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhproj-extract batch",
        description="Extract many documents: INPUT is a folder of .txt files, a JSONL file "
        "of {id, text, reference_date?} records, or - (JSONL on stdin). OUTPUT gets one JSON "
        "line per document, with its id; failures are error records, never a stop.",
    )
    parser.add_argument("input", metavar="INPUT")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUTPUT")
    parser.add_argument(
        "--tables",
        type=Path,
        metavar="DIR",
        help="also write flat tables (money, quantities, percentages, "
        "dates, projects: one row per mention, with document id and span) into DIR",
    )
    parser.add_argument(
        "--tables-format",
        choices=("csv", "parquet"),
        default="csv",
        help="format of the --tables (parquet needs pyarrow: pip install "
        "'zhproj-extract[parquet]')",
    )
    parser.add_argument(
        "--resume", action="store_true", help="skip ids already in OUTPUT and append to it"
    )
    parser.add_argument(
        "--workers", type=int, default=None, help="processes to use (default: one per CPU)"
    )
    _add_reference_date(parser)
    return parser


@contextlib.contextmanager
def _open_lines(source: str) -> Iterator[TextIO]:
    """The JSONL input: stdin for -, else the file (closed afterwards)."""
    if source == "-":
        yield sys.stdin
        return
    with Path(source).open(encoding="utf-8-sig") as handle:
        yield handle


def _items(source: str) -> Iterator[dict[str, object]]:
    """The records of a batch input; an unreadable file becomes a record with no text."""
    from .batch import read_text_file

    if source != "-" and Path(source).is_dir():
        root = Path(source)
        for path in sorted(root.rglob("*.txt")):
            item_id = str(path.relative_to(root))
            try:
                yield {"id": item_id, "text": read_text_file(path)}
            except (OSError, UnicodeDecodeError) as exc:
                yield {"id": item_id, "text": None, "error": f"{path}: {exc}"}
        return
    with _open_lines(source) as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield {"id": f"line {number}", "text": None, "error": f"line {number}: {exc}"}
                continue
            yield record if isinstance(record, dict) else {"id": f"line {number}", "text": record}


def _done_ids(output: Path) -> set[str]:
    """Ids already written to ``output``; a last line cut by an interruption is removed."""
    if not output.exists():
        return set()
    with output.open("r+b") as raw:
        size = raw.seek(0, 2)
        tail_start = max(0, size - (1 << 20))  # a record is far shorter than 1 MiB
        raw.seek(tail_start)
        tail = raw.read()
        if tail and not tail.endswith(b"\n"):
            raw.truncate(tail_start + tail.rfind(b"\n") + 1)
    done = set()
    with output.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                done.add(str(json.loads(line)["id"]))
            except (json.JSONDecodeError, KeyError, TypeError):
                continue  # a line cut short by an interruption is redone
    return done


def _batch(argv: Sequence[str]) -> int:
    from .batch import BatchResult, extract_many
    from .tables import TableWriter

    args = _batch_parser().parse_args(argv)
    done = _done_ids(args.output) if args.resume else set()
    unreadable: dict[str, str] = {}

    def todo() -> Iterator[dict[str, object]]:
        for item in _items(args.input):
            item_id = str(item.get("id"))
            if item_id in done:
                continue
            if "error" in item:
                unreadable[item_id] = str(item["error"])
            yield item

    tables = (
        TableWriter(args.tables, append=args.resume, fmt=args.tables_format)
        if args.tables
        else None
    )
    results = extract_many(todo(), workers=args.workers, reference_date=args.reference_date)
    progress = _progress_bar(results)
    failures = 0
    with args.output.open("a" if args.resume else "w", encoding="utf-8") as out:
        for result in progress:
            if result.id in unreadable:
                result = BatchResult(
                    result.id, error="UnicodeDecodeError", message=unreadable.pop(result.id)
                )
            record = result.record()
            failures += "error" in record
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if tables is not None and "document" in record:
                tables.add(result.id, record["document"])
    if tables is not None:
        tables.close()
    print(f"zhproj-extract batch: {failures} error record(s)", file=sys.stderr)
    return 0


def _progress_bar(results: Iterator[T]) -> Iterator[T]:
    """Documents per second on a terminal; nothing when stderr is not one."""
    if not sys.stderr.isatty():
        return results
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a nicety
        return results
    return iter(tqdm(results, unit="doc", file=sys.stderr))


def _schema() -> int:
    from .models import Document

    print(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (1 if any input could not be read).

    ``zhproj-extract schema`` prints the JSON Schema of the Document instead.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["schema"]:
        return _schema()
    if argv[:1] == ["batch"]:
        return _batch(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if args.format == "html" and len(args.files) != 1:
        parser.error("--format html takes exactly one FILE (or -): it prints one page")
    from .api import extract

    status = 0
    single = len(args.files) == 1
    for source in args.files:
        try:
            text = _read(source)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"zhproj-extract: {source}: {exc}", file=sys.stderr)
            status = 1
            continue
        document = extract(text, reference_date=args.reference_date)
        if args.format == "table":
            from .table import projects_table

            if not single:
                print(f"== {source}")
            print(projects_table(document))
        elif args.format == "html":
            from .html import render_html

            title = "stdin" if source == "-" else Path(source).name
            print(render_html(document, text, title=title), end="")
        elif single:
            print(document.model_dump_json(indent=args.indent or None))
        else:
            record = {"source": source, **json.loads(document.model_dump_json())}
            print(json.dumps(record, ensure_ascii=False))
    return status
