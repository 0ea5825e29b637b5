"""The partition function, and Dask running it on a two-worker local cluster."""

from __future__ import annotations

import json
import shutil
import sys

import pytest

pd = pytest.importorskip("pandas", reason="the dask extra is not installed")

from zhproj_extract.distributed import RESULT_COLUMNS, extract_dask, extract_partition  # noqa: E402

TEXTS = ["计划总投资200亿元，落户新会区。", "年产20万吨电解液，同比增长11.4%。", None, "3月开工"]


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [f"d{i}" for i in range(len(TEXTS))],
            "text": TEXTS,
            "reference_date": ["2023-02-15"] * len(TEXTS),
        }
    )


def test_partition_in_table_out() -> None:
    out = extract_partition(_frame())
    assert tuple(out.columns) == RESULT_COLUMNS
    assert list(out["id"]) == ["d0", "d1", "d2", "d3"]
    assert json.loads(out["document"][0])["money"][0]["value"] == "20000000000"
    assert out["error"][2] == "TypeError" and out["document"][2] is None
    assert json.loads(out["document"][3])["dates"][0]["start_date"] == "2023-03-01"


def test_dask_on_a_two_worker_local_cluster() -> None:
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        frame = dd.from_pandas(_frame(), npartitions=2)
        out = extract_dask(frame).compute()
    assert sorted(out["id"]) == ["d0", "d1", "d2", "d3"]
    assert out.set_index("id").loc["d1", "document"] is not None
    assert out.set_index("id").loc["d2", "error"] == "TypeError"


def test_pyspark_map_in_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java, which is not installed")
    pyspark = pytest.importorskip(
        "pyspark", reason="pyspark is not installed (pip install '.[spark]'; .ci/run does)"
    )
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # workers import zhproj_extract
    spark = pyspark.sql.SparkSession.builder.master("local[2]").getOrCreate()
    try:
        articles = spark.createDataFrame(_frame()[["id", "text"]].fillna(""))
        schema = "id string, document string, error string, message string"
        rows = articles.mapInPandas(
            lambda frames: (extract_partition(f) for f in frames), schema=schema
        ).collect()
    finally:
        spark.stop()
    assert sorted(r["id"] for r in rows) == ["d0", "d1", "d2", "d3"]
