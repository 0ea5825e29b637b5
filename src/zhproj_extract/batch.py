"""Batch extraction: many documents in, one result per document out, in input order.

:func:`extract_many` streams: memory stays flat however long the input, because only a
bounded window of documents is in flight at a time (a process pool when ``workers > 1``).
An item that is not text, or whose extraction fails for any reason, yields an error
record and the batch goes on: as many results come out as items went in.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["BatchResult", "decode_text", "extract_many", "read_text_file"]


@dataclass(frozen=True)
class BatchResult:
    """The outcome for one input item: its document as JSON, or an error."""

    id: str
    document_json: str | None = None
    error: str | None = None  # the exception type
    message: str | None = None

    def record(self) -> dict[str, Any]:
        """A JSON-ready dict: ``{"id", "document"}`` or ``{"id", "error", "message"}``."""
        import json

        if self.document_json is not None:
            return {"id": self.id, "document": json.loads(self.document_json)}
        return {"id": self.id, "error": self.error, "message": self.message}


def _one(item_id: str, text: object, reference: object) -> BatchResult:
    """Extract one item; every failure becomes an error record (runs in a worker)."""
    from .api import extract

    try:
        if not isinstance(text, str):
            raise TypeError(f"item {item_id!r}: text must be str, not {type(text).__name__}")
        if isinstance(reference, str):
            reference = date.fromisoformat(reference)
        document = extract(text, reference_date=reference)  # type: ignore[arg-type]
        return BatchResult(item_id, document.model_dump_json())
    except Exception as exc:
        return BatchResult(item_id, error=type(exc).__name__, message=str(exc))


def _normalise(index: int, item: object, reference: date | None) -> tuple[str, object, object]:
    if isinstance(item, Mapping):
        item_id = str(item.get("id", index))
        return item_id, item.get("text"), item.get("reference_date", reference)
    return str(index), item, reference


def _one_packed(args: tuple[str, object, object]) -> BatchResult:
    return _one(*args)


def extract_many(
    items: Iterable[object],
    *,
    workers: int | None = None,
    reference_date: date | None = None,
    chunksize: int = 16,
) -> Iterator[BatchResult]:
    """Extract every item, yielding one :class:`BatchResult` per item in input order.

    Items are strings or records ``{"id", "text", "reference_date"?}``; a string's id is
    its position.  ``workers`` > 1 uses that many processes (None: one per CPU); at most
    ``workers * chunksize * 2`` documents are in flight at once.

    >>> results = extract_many(["投资5亿元", {"id": "b", "text": "3月开工"}, 42], workers=1)
    >>> [(r.id, r.error) for r in results]
    [('0', None), ('b', None), ('2', 'TypeError')]
    """
    workers = (os.cpu_count() or 1) if workers is None else max(1, workers)
    packed = (_normalise(i, item, reference_date) for i, item in enumerate(items))
    if workers == 1:
        for args in packed:
            yield _one(*args)
        return
    window = workers * chunksize * 2
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[BatchResult]] = deque()
        for args in packed:
            pending.append(pool.submit(_one_packed, args))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def decode_text(data: bytes, name: str) -> str:
    """Bytes as text: UTF-8 (with or without BOM) or GB18030/GBK, tried strictly in turn.

    Raises :class:`UnicodeDecodeError` naming ``name`` when neither decodes, rather than
    guessing.
    """
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("utf-8/gb18030", data[:1], 0, 1, f"{name}: neither UTF-8 nor GB18030")


def read_text_file(path: Path) -> str:
    """A text file's content, its encoding detected by :func:`decode_text`."""
    return decode_text(path.read_bytes(), str(path))
