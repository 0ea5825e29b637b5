"""The ``zhproj-extract`` command: extract from files (or stdin) and print JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

__all__ = ["main"]


def _read(source: str) -> str:
    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    return data.decode("utf-8-sig")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhproj-extract",
        description="Extract money, quantities, percentages, dates and projects from Chinese "
        "press releases; print each document as JSON or its projects as a table. "
        "'zhproj-extract schema' prints the JSON Schema of the output.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="text file(s), or - for stdin")
    parser.add_argument(
        "--reference-date",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="date that relative dates are resolved against",
    )
    parser.add_argument(
        "--indent", type=int, default=2, help="JSON indent for a single document (default 2)"
    )
    parser.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="json (the whole Document) or table (one row per project)",
    )
    return parser


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
    args = _parser().parse_args(argv)
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
        elif single:
            print(document.model_dump_json(indent=args.indent or None))
        else:
            record = {"source": source, **json.loads(document.model_dump_json())}
            print(json.dumps(record, ensure_ascii=False))
    return status
