"""What a batch reads: the documents of an INPUT, one :class:`Item` each, in a stable order.

INPUT is a folder (every text file below it, ids their relative paths), one text file (one
document, id its name), a JSONL file or ``-`` (JSONL on stdin: one record a line, its id
the record's ``id`` or, failing that, its line number, so a rerun gives it the same id).
Nothing that can be wrong with a file or a line stops the reading: it becomes an item that
carries the error, named for what happened (``PermissionError``, ``JSONDecodeError`` …),
so that exactly one output record stands for every input.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = ["TEXT_SUFFIXES", "InputError", "Item", "read_items"]

#: File suffixes read as plain text, in any letter case (``.TXT`` too).
TEXT_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class Item:
    """One input document: its text and optional reference date, or why it could not be
    read (``error`` is the name of what went wrong, ``message`` says where and what)."""

    id: str
    text: object = None
    reference_date: object = None
    error: str | None = None
    message: str | None = None


class InputError(Exception):
    """INPUT as a whole cannot be read (it does not exist, or may not be opened)."""


def read_items(source: str) -> Iterator[Item]:
    """Every document of ``source`` (a folder, a text file, a JSONL file or ``-``).

    Raises :class:`InputError` at once when ``source`` is missing or cannot be opened;
    anything wrong inside it becomes an error item.
    """
    if source == "-":
        return _jsonl(sys.stdin.buffer)
    path = Path(source)
    if path.is_dir():
        return _folder(path)
    if not path.exists():
        raise InputError(f"input {source} does not exist: give a folder, a .txt or a JSONL file")
    if _is_text_file(path.name):
        return iter([_text_file(path, path.name)])
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read input {_os_message(path, exc)}") from None
    return _closing(stream)


def _closing(stream: BinaryIO) -> Iterator[Item]:
    with stream:
        yield from _jsonl(stream)


def _is_text_file(name: str) -> bool:
    return name.lower().endswith(TEXT_SUFFIXES)


def _text_file(path: Path, item_id: str) -> Item:
    from .batch import read_text_file

    try:
        return Item(item_id, read_text_file(path))
    except UnicodeDecodeError as exc:
        return Item(item_id, error="UnicodeDecodeError", message=exc.reason)
    except OSError as exc:
        return Item(item_id, error=type(exc).__name__, message=_os_message(path, exc))


def _os_message(path: Path | str, exc: OSError) -> str:
    """``path: what happened`` — the system's words, without the errno clutter."""
    return f"{path}: {exc.strerror or exc}"


def _folder(root: Path) -> Iterator[Item]:
    """The text files below ``root`` in sorted order.  Links to folders are followed once
    (a link back up the tree is not walked again); a folder that cannot be listed is one
    error item."""
    failures: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    _first_visit(root, seen)
    for folder, folders, files in os.walk(root, onerror=failures.append, followlinks=True):
        yield from _unlisted(root, failures)
        here = Path(folder)
        folders[:] = [d for d in sorted(folders) if _first_visit(here / d, seen)]
        for name in sorted(files):
            if _is_text_file(name):
                path = here / name
                yield _text_file(path, path.relative_to(root).as_posix())
    yield from _unlisted(root, failures)


def _unlisted(root: Path, failures: list[OSError]) -> Iterator[Item]:
    """An error item for each folder that could not be listed, emptying ``failures``."""
    for failure in failures:
        name = Path(failure.filename or root).relative_to(root).as_posix()
        yield Item(name, error=type(failure).__name__, message=_os_message(name, failure))
    failures.clear()


def _first_visit(folder: Path, seen: set[tuple[int, int]]) -> bool:
    try:
        status = folder.stat()
    except OSError:
        return True  # os.walk reports it
    key = (status.st_dev, status.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _jsonl(stream: BinaryIO) -> Iterator[Item]:
    """One item per non-blank line: a record ``{"id"?, "text", "reference_date"?}`` or a
    bare JSON string; a line that is not UTF-8, not JSON or nested too deeply to read is
    an error item with the line's number as its id."""
    for number, raw in enumerate(stream, 1):
        fallback = f"line {number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            message = f"line {number}: not UTF-8 (byte {raw[exc.start]:#04x} at {exc.start})"
            yield Item(fallback, error="UnicodeDecodeError", message=message)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(fallback, error="JSONDecodeError", message=f"line {number}: {exc}")
            continue
        except RecursionError:
            message = f"line {number}: JSON nested too deeply to read"
            yield Item(fallback, error="RecursionError", message=message)
            continue
        if not isinstance(record, dict):
            yield Item(fallback, record)
            continue
        item_id = record.get("id")
        yield Item(
            fallback if item_id is None else str(item_id),
            record.get("text"),
            record.get("reference_date"),
        )
