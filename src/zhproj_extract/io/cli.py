"""The ``zhproj-extract`` command: extract from files (or stdin) and print JSON."""

from __future__ import annotations

import argparse
import io
import json
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models import Document
    from .inputs import Item
    from .outputs import JsonlOutput
    from .tables import TableWriter

T = TypeVar("T")

__all__ = ["main"]


def _document(source: str, reference_date: date | None) -> tuple[Document, str]:
    """The Document of one FILE (or - for text on stdin) and the text its spans point
    into: the file's text, or the article's as extracted from a page or PDF."""
    from ..api import extract
    from ..sources import extract_file, kind_of
    from .batch import decode_text

    if source != "-" and kind_of(source) in ("html", "pdf"):
        document = extract_file(source, reference_date=reference_date)
        return document, document.source.text if document.source else ""
    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    text = decode_text(data, source)
    return extract(text, reference_date=reference_date), text


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
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text file(s), web pages (.html, .htm) or PDFs, or - for text on stdin",
    )
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
        description="Extract many documents: INPUT is a folder of .txt files, one .txt file, "
        "a JSONL file of {id, text, reference_date?} records, or - (JSONL on stdin). OUTPUT "
        "gets one JSON line per input, with its id; failures are error records, never a stop. "
        "After an interruption, run the same command with --resume.",
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
        "--resume",
        action="store_true",
        help="keep what OUTPUT holds (a record cut by an interruption is removed), skip "
        "the ids in it and append the rest; --tables are rewritten to match it",
    )
    parser.add_argument(
        "--workers",
        type=_positive,
        default=None,
        help="processes to use (default and most: one per CPU)",
    )
    _add_reference_date(parser)
    return parser


def _batch(argv: Sequence[str]) -> int:
    from .inputs import InputError, read_items
    from .outputs import JsonlOutput, OutputError
    from .tables import TableWriter

    args = _batch_parser().parse_args(argv)
    tally = _Tally()
    try:
        workers = _workers(args.workers)
        items = read_items(args.input)  # a missing INPUT stops here, before OUTPUT is touched
        with JsonlOutput(args.output, resume=args.resume) as output:
            tables = TableWriter(args.tables, fmt=args.tables_format) if args.tables else None
            try:
                if args.resume:
                    _take_in_previous(output, tables)
                _run(args, items, output, tables, workers, tally)
            finally:
                if tables is not None:
                    tables.close()
    except (InputError, OutputError) as exc:
        print(f"zhproj-extract batch: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            f"zhproj-extract batch: interrupted after {tally.written} record(s), all written "
            f"to {args.output}; run the same command with --resume to finish",
            file=sys.stderr,
        )
        return 130
    print(
        f"zhproj-extract batch: {tally.written} record(s) written, {tally.failures} of them "
        "error records" + (f"; {tally.skipped} input(s) already done" if args.resume else ""),
        file=sys.stderr,
    )
    return 0


@dataclass
class _Tally:
    """What a batch has done so far (reported however it ends)."""

    written: int = 0
    failures: int = 0
    skipped: int = 0


def _workers(requested: int | None) -> int:
    """The worker count to use; a count beyond the CPUs is capped, with a note."""
    from .batch import usable_workers

    workers = usable_workers(requested)
    if requested is not None and requested > workers:
        print(
            f"zhproj-extract batch: --workers {requested} capped to {workers}, the CPUs "
            "available (more processes would only add memory)",
            file=sys.stderr,
        )
    return workers


def _positive(value: str) -> int:
    """argparse type of ``--workers``: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _take_in_previous(output: JsonlOutput, tables: TableWriter | None) -> None:
    """Count what a previous run wrote, so that it is skipped, and write the tables again
    from it: they are a view of the output, and then agree with it however that run ended."""
    for item_id, record in output.previous_records():
        if tables is not None and isinstance(record.get("document"), dict):
            tables.add(item_id, record["document"])


def _run(
    args: argparse.Namespace,
    items: Iterator[Item],
    output: JsonlOutput,
    tables: TableWriter | None,
    workers: int,
    tally: _Tally,
) -> None:
    """Extract every item not yet in ``output`` into it (and into ``tables``).

    Exactly one record per input: an input already done (as many times as its id is in
    the output) is skipped, an unreadable one is an error record, and a repeated id is
    a ``DuplicateId`` error record, since ids are how a resumed run knows what is done.
    """
    from .batch import BatchResult, extract_many

    seen: Counter[str] = Counter()

    def todo() -> Iterator[object]:
        for item in items:
            seen[item.id] += 1
            if seen[item.id] <= output.done[item.id]:
                tally.skipped += 1
            elif seen[item.id] > 1:
                message = (
                    f"id {item.id!r} is used by an earlier record too; only the first is "
                    "extracted (give every record its own id)"
                )
                yield BatchResult(item.id, error="DuplicateId", message=message)
            elif item.error is not None:
                yield BatchResult(item.id, error=item.error, message=item.message)
            else:
                yield item.record()

    results = extract_many(todo(), workers=workers, reference_date=args.reference_date)
    with _StopBetweenRecords() as stop:
        for result in _progress_bar(results):
            output.write(result)
            if tables is not None and result.document_json is not None:
                tables.add(result.id, json.loads(result.document_json))
            tally.written += 1
            tally.failures += result.error is not None
            if stop.requested:
                raise KeyboardInterrupt


class _StopBetweenRecords:
    """Ctrl-C and SIGTERM while records are written stop the batch between two records,
    so that the output and the tables hold the same documents; a second Ctrl-C stops at
    once (a resumed run then repairs what it cut)."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.requested = False
        self._previous: dict[int, Any] = {}

    def _request(self, signum: int, frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __enter__(self) -> _StopBetweenRecords:
        if threading.current_thread() is threading.main_thread():  # where signals go
            for signum in self.SIGNALS:
                self._previous[signum] = signal.signal(signum, self._request)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)


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
    from ..models import Document

    print(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (1 if any input could not be read,
    2 for a usage error, 130 when interrupted).

    ``zhproj-extract schema`` prints the JSON Schema of the Document instead.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["schema"]:
        return _schema()
    if argv[:1] == ["batch"]:
        return _batch(argv[1:])
    try:
        return _extract_files(argv)
    except KeyboardInterrupt:
        print("zhproj-extract: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (| head): nothing left to say
        sys.stderr.close()
        return 141


def _extract_files(argv: list[str]) -> int:
    from .batch import json_dumps_utf8
    from .inputs import os_message

    if isinstance(sys.stdout, io.TextIOWrapper):  # a lone surrogate in a page or table
        sys.stdout.reconfigure(errors="backslashreplace")
    parser = _parser()
    args = parser.parse_args(argv)
    if args.format == "html" and len(args.files) != 1:
        parser.error("--format html takes exactly one FILE (or -): it prints one page")

    status = 0
    single = len(args.files) == 1
    for source in args.files:
        try:
            document, text = _document(source, args.reference_date)
        except OSError as exc:
            print(f"zhproj-extract: {os_message(source, exc)}", file=sys.stderr)
            status = 1
            continue
        except UnicodeDecodeError as exc:
            print(f"zhproj-extract: {exc.reason}", file=sys.stderr)
            status = 1
            continue
        except (ValueError, ImportError) as exc:  # a broken PDF, a missing extra
            print(f"zhproj-extract: {exc}", file=sys.stderr)
            status = 1
            continue
        if args.format == "table":
            from .project_table import projects_table

            if not single:
                print(f"== {source}")
            print(projects_table(document))
        elif args.format == "html":
            from .html import render_html

            title = "stdin" if source == "-" else Path(source).name
            if document.source is not None and document.source.title:
                title = document.source.title
            print(render_html(document, text, title=title), end="")
        elif single:
            print(document.model_dump_json(indent=args.indent or None))
        else:
            record = {"file": source, **json.loads(document.model_dump_json())}
            print(json_dumps_utf8(record))
    return status
