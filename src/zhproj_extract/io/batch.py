"""Batch extraction: many documents in, one result per document out, in input order.

:func:`extract_many` streams: memory stays flat however long the input, because only a
bounded window of documents is in flight at a time (a process pool when ``workers > 1``).
An item that is not text, or whose extraction fails for any reason, yields an error
record and the batch goes on: as many results come out as items went in.
"""

from __future__ import annotations

import json
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["BatchResult", "decode_text", "extract_many", "read_text_file", "usable_workers"]


@dataclass(frozen=True)
class BatchResult:
    """The outcome for one input item: its document as JSON, or an error."""

    id: str
    document_json: str | None = None
    error: str | None = None  # the exception type
    message: str | None = None

    def record(self) -> dict[str, Any]:
        """A JSON-ready dict: ``{"id", "document"}`` or ``{"id", "error", "message"}``."""
        return json.loads(self.json_line())  # type: ignore[no-any-return]

    def json_line(self) -> str:
        """The record as one line of JSON (without the newline), valid UTF-8 whatever the
        text held: the document's JSON is embedded as it is, not parsed and dumped again."""
        if self.document_json is not None:
            return f'{{"id": {json_dumps_utf8(self.id)}, "document": {self.document_json}}}'
        return (
            f'{{"id": {json_dumps_utf8(self.id)}, "error": {json_dumps_utf8(self.error)}, '
            f'"message": {json_dumps_utf8(self.message)}}}'
        )


def json_dumps_utf8(value: object) -> str:
    """JSON with Chinese as it is, escaping only what UTF-8 cannot carry (lone surrogates)."""
    out = json.dumps(value, ensure_ascii=False)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value)
    return out


class Job(NamedTuple):
    """One document's work as sent to a worker: nothing in it that may not pickle."""

    id: str
    kind: str  # text, html or pdf: what ``content`` is
    content: str | bytes
    reference: date | None
    url: str | None = None
    charset: str | None = None  # an HTTP header's, for html bytes


#: The keys a record may hold its content under, and the types each accepts.
_CONTENT = {"text": (str,), "html": (str, bytes), "pdf": (bytes,)}


def _one(job: Job) -> BatchResult:
    """Extract one document; every failure becomes an error record (runs in a worker)."""
    from ..sources import document_of

    try:
        document = document_of(
            job.kind,
            job.content,
            job.url or job.id,
            job.reference,
            url=job.url,
            charset=job.charset,
        )
        return BatchResult(job.id, document.model_dump_json())
    except Exception as exc:
        return BatchResult(job.id, error=type(exc).__name__, message=str(exc))


def _job(index: int, item: object, reference: date | None) -> Job | BatchResult:
    """The job for one input item, or its error record when it cannot be one.  Checked here,
    in the calling process, so that nothing unpicklable is ever sent to a worker."""
    if isinstance(item, BatchResult):
        return item
    kind, url, charset = "text", None, None
    if isinstance(item, Mapping):
        item_id = str(item.get("id", index))
        kind = next((k for k in _CONTENT if item.get(k) is not None), "text")
        content, reference = item.get(kind), item.get("reference_date", reference)
        url, charset = _optional_str(item.get("url")), _optional_str(item.get("charset"))
    else:
        item_id, content = str(index), item
    if not isinstance(content, _CONTENT[kind]):
        wanted = " or ".join(t.__name__ for t in _CONTENT[kind])
        message = f"item {item_id!r}: {kind} must be {wanted}, not {type(content).__name__}"
        return BatchResult(item_id, error="TypeError", message=message)
    if isinstance(reference, str):
        try:
            reference = date.fromisoformat(reference)
        except ValueError as exc:
            return BatchResult(item_id, error="ValueError", message=f"reference_date: {exc}")
    if reference is not None and not isinstance(reference, date):
        message = f"reference_date must be a date or YYYY-MM-DD, not {type(reference).__name__}"
        return BatchResult(item_id, error="TypeError", message=message)
    # a str or bytes subclass may not pickle: send the plain value
    plain = str.__str__(content) if isinstance(content, str) else bytes(content)
    return Job(item_id, kind, plain, reference, url, charset)


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def usable_workers(workers: int | None) -> int:
    """How many processes to use for ``workers``: None means one per CPU this process may
    run on, and more than that is capped to it (extra processes only add memory)."""
    cpus = available_cpus()
    if workers is None:
        return cpus
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    return min(workers, cpus)


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def extract_many(
    items: Iterable[object],
    *,
    workers: int | None = None,
    reference_date: date | None = None,
    chunksize: int = 16,
) -> Iterator[BatchResult]:
    """Extract every item, yielding one :class:`BatchResult` per item in input order.

    Items are strings or records ``{"id", "text", "reference_date"?}``; a string's id is
    its position.  A record may hold a web page instead of text (``"html"``: markup as
    str, or bytes with an optional ``"charset"``; and an optional ``"url"``) or a PDF
    (``"pdf"``: bytes), extracted as :func:`zhproj_extract.sources.extract_page` does.  An item that is already a :class:`BatchResult` (an input that could not
    be read) passes through in its place.  ``workers`` > 1 uses that many processes (None:
    one per CPU; never more than there are CPUs); at most ``workers * chunksize * 2``
    documents are in flight at once.  When ``items`` raises, the results of the items
    before it are still yielded, then the error is raised.

    >>> results = extract_many(["投资5亿元", {"id": "b", "text": "3月开工"}, 42], workers=1)
    >>> [(r.id, r.error) for r in results]
    [('0', None), ('b', None), ('2', 'TypeError')]
    """
    workers = usable_workers(workers)
    jobs = (_job(i, item, reference_date) for i, item in enumerate(items))
    if workers == 1:
        for job in jobs:
            yield job if isinstance(job, BatchResult) else _one(job)
        return
    yield from _in_processes(jobs, workers, window=workers * chunksize * 2)


def _in_processes(
    jobs: Iterator[Job | BatchResult], workers: int, window: int
) -> Iterator[BatchResult]:
    """Results of ``jobs`` from a pool of ``workers`` processes, in order.  A worker that
    dies (killed, out of memory) costs the documents it had in flight an error record each,
    and a new pool takes the rest."""
    pool = _pool(workers)
    pending: deque[tuple[Job, Future[BatchResult], ProcessPoolExecutor] | BatchResult] = deque()

    def submit(job: Job) -> None:
        nonlocal pool
        try:
            pending.append((job, pool.submit(_one, job), pool))
        except BrokenProcessPool:
            pool = _pool(workers)
            pending.append((job, pool.submit(_one, job), pool))

    def collect() -> BatchResult:
        nonlocal pool
        head = pending.popleft()
        if isinstance(head, BatchResult):
            return head
        job, future, its_pool = head
        try:
            return future.result()
        except BrokenProcessPool:
            if its_pool is pool:  # the first casualty replaces the pool for the rest
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers)
            message = "the worker process extracting it died (killed, or out of memory)"
            return BatchResult(job[0], error="BrokenProcessPool", message=message)
        except Exception as exc:  # the job could not be sent or its result not received
            return BatchResult(job[0], error=type(exc).__name__, message=str(exc))

    try:
        while True:
            try:
                job = next(jobs)
            except StopIteration:
                break
            except Exception:
                while pending:  # what was read before the failure is not lost
                    yield collect()
                raise
            if isinstance(job, BatchResult):
                pending.append(job)
            else:
                submit(job)
            if len(pending) >= window:
                yield collect()
        while pending:
            yield collect()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops the batch cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def decode_text(data: bytes, name: str) -> str:
    """Bytes as text: UTF-8 (with or without BOM) or GB18030/GBK, tried strictly in turn.

    Raises :class:`UnicodeDecodeError` naming ``name`` when neither decodes, rather than
    guessing.
    """
    from ..sources.encoding import decode_strictly

    return decode_strictly(data, name, ("utf-8-sig", "gb18030"))


def read_text_file(path: Path) -> str:
    """A text file's content, its encoding detected by :func:`decode_text`."""
    return decode_text(path.read_bytes(), str(path))
