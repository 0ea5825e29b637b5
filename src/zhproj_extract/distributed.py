"""A partition function any engine can map: a table of ids and texts in, results out.

:func:`extract_partition` takes a pandas DataFrame with columns ``id`` and ``text`` (and
optionally ``reference_date``) and returns one with ``id``, ``document`` (the Document as
JSON), ``error`` and ``message`` — one row per input row, failures as error rows.  Dask
maps it over a ``dask.dataframe`` (:func:`extract_dask`), PySpark over ``mapInPandas``
(see docs/batch.md).  pandas and dask are optional: ``pip install zhproj-extract[dask]``.
"""

from __future__ import annotations

from typing import Any

from .batch import extract_many

__all__ = ["RESULT_COLUMNS", "extract_dask", "extract_partition"]

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

    columns = [c for c in ("id", "text", "reference_date") if c in frame.columns]
    records = (
        {k: (None if _missing(v) else v) for k, v in zip(columns, row, strict=True)}
        for row in frame[columns].itertuples(index=False, name=None)
    )
    rows = [(r.id, r.document_json, r.error, r.message) for r in extract_many(records, workers=1)]
    return pd.DataFrame(rows, columns=list(RESULT_COLUMNS), dtype=object)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)  # NaN


def extract_dask(frame: Any) -> Any:
    """Map :func:`extract_partition` over a ``dask.dataframe`` of ids and texts."""
    import pandas as pd

    meta = pd.DataFrame({c: pd.Series(dtype="object") for c in RESULT_COLUMNS})
    return frame.map_partitions(extract_partition, meta=meta)
