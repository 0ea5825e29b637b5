"""A partition function any engine can map: a table of ids and texts in, results out.

:func:`extract_partition` takes a pandas DataFrame with columns ``id`` and ``text`` (and
optionally ``reference_date``) and returns one with ``id``, ``document`` (the Document as
JSON), ``error`` and ``message`` — one row per input row, failures as error rows.  Dask
maps it over a ``dask.dataframe`` (:func:`extract_dask`), PySpark over ``mapInPandas``
(see docs/batch.md).  pandas and dask are optional: ``pip install zhproj-extract[dask]``.
"""

from __future__ import annotations

from typing import Any

from .batch import BatchResult, extract_many

__all__ = ["RESULT_COLUMNS", "extract_dask", "extract_partition", "warc_frame"]

#: The columns of a result partition, in order.
RESULT_COLUMNS = ("id", "document", "error", "message")


def extract_partition(frame: Any) -> Any:
    """Extract every row of a pandas DataFrame (``id``, ``text``, ``reference_date``?).

    >>> import json, pandas as pd
    >>> out = extract_partition(pd.DataFrame({"id": ["a", "b"], "text": ["投资5亿元", None]}))
    >>> [json.loads(out.document[0])["money"][0]["value"], out.error[1]]
    ['500000000', 'TypeError']
    """
    import pandas as pd

    wanted = ("id", "text", "html", "url", "charset", "reference_date", "unreadable")
    columns = [c for c in wanted if c in frame.columns]
    records = (
        _record({k: (None if _missing(v) else v) for k, v in zip(columns, row, strict=True)})
        for row in frame[columns].itertuples(index=False, name=None)
    )
    rows = [(r.id, r.document_json, r.error, r.message) for r in extract_many(records, workers=1)]
    return pd.DataFrame(rows, columns=list(RESULT_COLUMNS), dtype=object)


def _record(row: dict[str, Any]) -> dict[str, Any] | BatchResult:
    """A row as a record for :func:`extract_many`; a page :func:`warc_frame` could not
    read (``unreadable`` is ``"Error: message"``) is its error row already."""
    if row.get("unreadable") is not None:
        error, _, message = str(row["unreadable"]).partition(": ")
        return BatchResult(str(row.get("id")), error=error, message=message)
    return row


def _missing(value: object) -> bool:
    """None, NaN, NaT or pd.NA: what a frame holds where a value is missing (a Dask frame's
    string columns hold pd.NA)."""
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # not a scalar
        return False


def warc_frame(path: str) -> Any:
    """The HTML responses of one WARC file as a pandas DataFrame: ``id`` (the URL),
    ``html`` (the page decoded to text, as its header or markup declares), ``url`` and
    ``unreadable``, which for a broken record or an undecodable page says what is wrong
    (``"BrokenRecord: record 5: …"``) and becomes an error row of
    :func:`extract_partition`.

    >>> import dask.dataframe as dd                                   # doctest: +SKIP
    >>> pages = dd.from_map(warc_frame, sorted(glob.glob("crawl/*.warc.gz")))  # doctest: +SKIP
    >>> extract_dask(pages).to_parquet("documents.parquet")           # doctest: +SKIP
    """
    import pandas as pd

    from ..sources.encoding import decode_page
    from .inputs import read_items

    rows = []
    for item in read_items(str(path)):
        page, unreadable = None, f"{item.error}: {item.message}" if item.error else None
        if isinstance(item.content, bytes):
            try:
                page = decode_page(item.content, item.id, item.charset)
            except UnicodeDecodeError as exc:
                unreadable = f"UnicodeDecodeError: {exc.reason}"
        rows.append((item.id, page, item.url, unreadable))
    return pd.DataFrame(rows, columns=["id", "html", "url", "unreadable"], dtype=object)


def extract_dask(frame: Any) -> Any:
    """Map :func:`extract_partition` over a ``dask.dataframe`` of ids and texts."""
    import pandas as pd

    meta = pd.DataFrame({c: pd.Series(dtype="object") for c in RESULT_COLUMNS})
    return frame.map_partitions(extract_partition, meta=meta)
