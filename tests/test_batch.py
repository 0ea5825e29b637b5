"""Batch extraction: order, error records, workers, encodings, resume and tables."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from zhproj_extract.batch import extract_many
from zhproj_extract.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_one_result_per_item_in_order_with_error_records() -> None:
    items = [
        "计划总投资5亿元",
        {"id": "b", "text": "3月开工", "reference_date": "2023-02-15"},
        42,
        {"id": "d"},
        {"id": "e", "text": "今天", "reference_date": "not a date"},
    ]
    results = list(extract_many(items, workers=1))
    assert [r.id for r in results] == ["0", "b", "2", "d", "e"]
    assert [r.error for r in results] == [None, None, "TypeError", "TypeError", "ValueError"]
    dates = json.loads(results[1].document_json or "{}")["dates"]
    assert dates[0]["start_date"] == "2023-03-01"


def test_two_workers_give_the_same_results_as_one() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] * 3
    one = [r.document_json for r in extract_many(texts, workers=1)]
    two = [r.document_json for r in extract_many(texts, workers=2, chunksize=1)]
    assert one == two
    assert len(one) == len(texts)


def _write_inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "utf8.txt").write_text("计划总投资5亿元，落户新会区。", encoding="utf-8")
    (folder / "bom.txt").write_text("\ufeff年产20万吨电解液", encoding="utf-8")
    (folder / "gbk.txt").write_bytes("增长11.4%".encode("gbk"))
    (folder / "broken.txt").write_bytes(b"\xff\xfe\xfa\xfb")


def test_batch_cli_reads_encodings_and_names_undecodable_files(tmp_path: Path) -> None:
    _write_inputs(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    assert (
        main(
            [
                "batch",
                str(tmp_path / "in"),
                "-o",
                str(out),
                "--workers",
                "1",
                "--tables",
                str(tmp_path / "tables"),
            ]
        )
        == 0
    )
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(records) == {"utf8.txt", "bom.txt", "gbk.txt", "broken.txt"}
    assert records["broken.txt"]["error"] == "UnicodeDecodeError"
    assert "broken.txt" in records["broken.txt"]["message"]
    assert records["gbk.txt"]["document"]["percentages"][0]["value"] == "11.4"
    assert records["bom.txt"]["document"]["quantities"][0]["start"] == 2
    with (tmp_path / "tables" / "money.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["doc_id"], r["text"], r["value"]) for r in rows] == [
        ("utf8.txt", "5亿元", "500000000")
    ]


def test_resume_skips_what_is_done_without_duplicates(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": f"doc{i}", "text": f"投资{i + 1}亿元"}, ensure_ascii=False)
        for i in range(6)
    ]
    source.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--workers", "1"]) == 0
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "doc3", "docu')  # a line cut by an interruption
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["batch", str(source), "-o", str(out), "--workers", "1", "--resume"]) == 0
    ids = []
    for line in out.read_text(encoding="utf-8").splitlines():
        try:
            ids.append(json.loads(line)["id"])
        except json.JSONDecodeError:
            continue
    assert sorted(ids) == [f"doc{i}" for i in range(6)]


def test_stdin_jsonl_and_bad_lines(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import io
    import sys

    lines = '{"id": "a", "text": "约42%"}\nnot json\n'.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    out = tmp_path / "out.jsonl"
    assert main(["batch", "-", "-o", str(out), "--workers", "1"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "line 2"]
    assert records[1]["error"]


def test_parquet_tables_are_rewritten_whole_on_resume(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow", reason="Parquet tables need the parquet extra (pyarrow)")
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": f"doc{i}", "text": f"投资{i + 1}亿元，增长{i}%"}, ensure_ascii=False)
        for i in range(4)
    ]
    out, tables = tmp_path / "out.jsonl", tmp_path / "tables"
    args = ["-o", str(out), "--workers", "1", "--tables", str(tables), "--tables-format", "parquet"]
    source.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    assert main(["batch", str(source), *args]) == 0
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["batch", str(source), *args, "--resume"]) == 0

    money = pd.read_parquet(tables / "money").sort_values("doc_id")
    assert list(zip(money.doc_id, money.text, money.value, money.start, strict=True)) == [
        ("doc0", "1亿元", "100000000", 2),
        ("doc1", "2亿元", "200000000", 2),
        ("doc2", "3亿元", "300000000", 2),
        ("doc3", "4亿元", "400000000", 2),
    ]
    # the tables are a view of the output: a resume writes them again from it
    assert sorted(p.name for p in (tables / "money").iterdir()) == ["part-00000.parquet"]
    percentages = pd.read_parquet(tables / "percentages")
    assert sorted(percentages.value) == ["0", "1", "2", "3"]
    assert pd.read_parquet(tables / "projects").empty


def test_table_writer_rejects_an_unknown_format(tmp_path: Path) -> None:
    from zhproj_extract.tables import TableWriter

    with pytest.raises(ValueError, match="csv, parquet"):
        TableWriter(tmp_path, fmt="xlsx")
