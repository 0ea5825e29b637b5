"""Where a batch writes: one JSONL output, locked, that an interruption cannot corrupt.

Records are appended one whole line at a time, so however the process ends (Ctrl-C, a
kill, a power cut) the file is a run of complete records followed by at most one cut
line; a :class:`JsonlOutput` opened with ``resume`` cuts that line off, whatever its
length, and :meth:`~JsonlOutput.previous_records` says which ids are done.  A lock file beside the output (``OUTPUT.lock``, through
the ``filelock`` library) makes a second batch writing the same output refuse to start
instead of interleaving with the first.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, TextIO

from .batch import BatchResult
from .inputs import os_message

__all__ = ["JsonlOutput", "OutputError", "lock"]


class OutputError(Exception):
    """The output cannot be written; the message says why and what to do."""


def lock(path: Path, what: str) -> Callable[[], None]:
    """Hold an exclusive lock on ``path`` (created if need be) for this process; returns
    the function that releases it.  Raises :class:`OutputError` when another process holds
    it."""
    from filelock import FileLock, Timeout

    file_lock = FileLock(str(path))
    try:
        file_lock.acquire(timeout=0)
    except Timeout:
        raise OutputError(
            f"{what} is being written by another batch ({path} is locked): wait for it to "
            "finish, or write somewhere else"
        ) from None
    except OSError as exc:
        raise OutputError(f"cannot lock {what}: {os_message(path, exc)}") from None
    return file_lock.release


class JsonlOutput:
    """The batch's JSONL output, open for appending records (use as a context manager)."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        self.done: Counter[str] = Counter()  # id → records already in the output
        if path.is_dir():
            raise OutputError(f"output {path} is a folder: give a file name, e.g. {path}/out.jsonl")
        if not path.parent.is_dir():
            raise OutputError(
                f"output folder {path.parent} does not exist: create it first "
                f"(mkdir -p {path.parent})"
            )
        self._release = lock(path.with_name(path.name + ".lock"), f"output {path}")
        try:
            self._handle = self._open(resume)
        except BaseException:
            self._release()
            raise

    def _open(self, resume: bool) -> TextIO:
        try:
            if resume and self.path.exists():
                with self.path.open("r+b") as raw:
                    _cut_last_partial_line(raw)
                return self.path.open("a", encoding="utf-8")
            return self.path.open("w", encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"cannot write output {os_message(self.path, exc)}") from None

    def previous_records(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(id, record) for every record a previous run wrote, counting them in
        :attr:`done`.  A resumed batch reads them once, before writing anything."""
        with self.path.open("rb") as previous:
            for line in previous:
                try:
                    record = json.loads(line)
                    item_id = str(record["id"])
                except (ValueError, KeyError, TypeError, RecursionError):
                    continue  # not one of our records: redone, never trusted
                self.done[item_id] += 1
                yield item_id, record

    def write(self, result: BatchResult) -> None:
        """Append one record (buffered: a crash loses whole records from the end, which
        a resumed run redoes)."""
        self._handle.write(result.json_line() + "\n")

    def close(self) -> None:
        """Flush, close and release the lock."""
        try:
            self._handle.close()
        finally:
            self._release()

    def __enter__(self) -> JsonlOutput:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _cut_last_partial_line(raw: BinaryIO, chunk: int = 1 << 16) -> None:
    """Truncate ``raw`` after its last newline: a record cut by an interruption is removed
    whatever its length, by reading backwards from the end."""
    end = raw.seek(0, 2)
    position = end
    while position > 0:
        start = max(0, position - chunk)
        raw.seek(start)
        block = raw.read(position - start)
        newline = block.rfind(b"\n")
        if newline >= 0:
            keep = start + newline + 1
            break
        position = start
    else:
        keep = 0
    if keep < end:
        raw.truncate(keep)
