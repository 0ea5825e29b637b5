"""What a batch reads: the documents of an INPUT, one :class:`Item` each, in a stable order.

INPUT is a folder (every document file below it: text, web pages, PDFs and crawl archives;
ids are relative paths, and a crawl's pages have their URLs), one such file (a text file,
page or PDF is one document, id its name; a WARC one document per HTML response, id its
URL), a JSONL file or ``-`` (JSONL on stdin: one record a line, its id the record's ``id``
or, failing that, its line number, so a rerun gives it the same id).  Nothing that can be
wrong with a file, a line or a crawl record stops the reading: it becomes an item that
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
from typing import Any, BinaryIO

from ..sources import kind_of
from ..sources.warc import BrokenRecord, html_responses, is_warc

__all__ = ["InputError", "Item", "os_message", "read_items"]


@dataclass(frozen=True)
class Item:
    """One input document, or why it could not be read (``error`` is the name of what went
    wrong, ``message`` says where and what).

    ``content`` is the text for ``kind`` ``text``, the page (str or bytes) for ``html``,
    the file's bytes for ``pdf``; ``url`` and ``charset`` come with a crawled page.
    """

    id: str
    content: object = None
    reference_date: object = None
    error: str | None = None
    message: str | None = None
    kind: str = "text"
    url: str | None = None
    charset: str | None = None

    def record(self) -> dict[str, Any]:
        """The item as a record :func:`~zhproj_extract.io.batch.extract_many` takes."""
        return {
            "id": self.id,
            self.kind: self.content,
            "reference_date": self.reference_date,
            "url": self.url,
            "charset": self.charset,
        }


class InputError(Exception):
    """INPUT as a whole cannot be read (it does not exist, or may not be opened)."""


def read_items(source: str) -> Iterator[Item]:
    """Every document of ``source`` (a folder, a document file, a JSONL file or ``-``).

    Raises :class:`InputError` at once when ``source`` is missing or cannot be opened;
    anything wrong inside it becomes an error item.
    """
    if source == "-":
        return _jsonl(sys.stdin.buffer)
    path = Path(source)
    if path.is_dir():
        return _folder(path)
    if not path.exists():
        raise InputError(
            f"input {source} does not exist: give a folder, a document file (.txt, .html, "
            ".pdf, .warc) or a JSONL file"
        )
    if kind_of(path.name) is not None:
        return _file(path, path.name)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read input {os_message(path, exc)}") from None
    return _crawl(stream, "") if is_warc(path.name) else _closing_jsonl(stream)


def _closing_jsonl(stream: BinaryIO) -> Iterator[Item]:
    with stream:
        yield from _jsonl(stream)


def _file(path: Path, item_id: str) -> Iterator[Item]:
    """The items of one file: a document, or a crawl's pages."""
    if is_warc(path.name):
        try:
            stream = path.open("rb")
        except OSError as exc:
            yield Item(item_id, error=type(exc).__name__, message=os_message(path, exc))
            return
        yield from _crawl(stream, f"{item_id}: ")
        return
    kind = kind_of(path.name) or "text"
    try:
        if kind == "text":
            from .batch import read_text_file

            yield Item(item_id, read_text_file(path))
        else:
            yield Item(item_id, path.read_bytes(), kind=kind)
    except UnicodeDecodeError as exc:
        yield Item(item_id, error="UnicodeDecodeError", message=exc.reason)
    except OSError as exc:
        yield Item(item_id, error=type(exc).__name__, message=os_message(path, exc))


def _crawl(stream: BinaryIO, prefix: str) -> Iterator[Item]:
    """One item per HTML response of a WARC, id its URL; a broken record is an error item
    whose id says which file and record (``prefix`` names the file in a folder)."""
    with stream:
        for response in html_responses(stream):
            if isinstance(response, BrokenRecord):
                name = f"{prefix}record {response.number}"
                yield Item(name, error="BrokenRecord", message=f"{prefix}{response.message}")
            else:
                yield Item(
                    response.url,
                    response.body,
                    kind="html",
                    url=response.url,
                    charset=response.charset,
                )


def os_message(path: Path | str, exc: OSError) -> str:
    """``path: what happened`` — the system's words, without the errno clutter."""
    return f"{path}: {exc.strerror or exc}"


def _is_document(name: str) -> bool:
    return kind_of(name) is not None or is_warc(name)


def _folder(root: Path) -> Iterator[Item]:
    """The document files below ``root`` in sorted order.  Links to folders are followed
    once (a link back up the tree is not walked again); a folder that cannot be listed is
    one error item."""
    failures: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    _first_visit(root, seen)
    for folder, folders, files in os.walk(root, onerror=failures.append, followlinks=True):
        yield from _unlisted(root, failures)
        here = Path(folder)
        folders[:] = [d for d in sorted(folders) if _first_visit(here / d, seen)]
        for name in sorted(files):
            if _is_document(name):
                path = here / name
                yield from _file(path, path.relative_to(root).as_posix())
    yield from _unlisted(root, failures)


def _unlisted(root: Path, failures: list[OSError]) -> Iterator[Item]:
    """An error item for each folder that could not be listed, emptying ``failures``."""
    for failure in failures:
        name = Path(failure.filename or root).relative_to(root).as_posix()
        yield Item(name, error=type(failure).__name__, message=os_message(name, failure))
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
    """One item per non-blank line: a record ``{"id"?, "text", "reference_date"?}`` (or
    ``"html"``, ``"url"`` for a page) or a bare JSON string; a line that is not UTF-8, not
    JSON or nested too deeply to read is an error item with the line's number as its id."""
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
        item_id, page, url = record.get("id"), record.get("html"), record.get("url")
        yield Item(
            fallback if item_id is None else str(item_id),
            record.get("text") if page is None else page,
            record.get("reference_date"),
            kind="text" if page is None else "html",
            url=None if url is None else str(url),
        )
