"""The command-line tool: files, stdin, several inputs, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhproj_extract import extract
from zhproj_extract.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "jiangmen_q1_signing.txt"


def test_one_file_prints_its_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SAMPLE)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["money"][0]["text"] == "超1400亿元"
    assert document["money"][0]["value"] == "140000000000"


def test_several_files_print_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "a.txt"
    other.write_text("\ufeff总投资5亿元", encoding="utf-8")  # a BOM is not text
    assert main([str(SAMPLE), str(other)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    second = json.loads(lines[1])
    assert second["file"] == str(other)
    assert second["money"][0] == {**second["money"][0], "text": "5亿元", "start": 3, "end": 6}


def test_stdin_and_the_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "zhproj_extract", "-"],
        input="投资约4.6亿美元".encode(),
        capture_output=True,
        check=True,
    )
    (money,) = json.loads(result.stdout)["money"]
    assert (money["value"], money["unit"], money["qualifier"]) == ("460000000", "USD", "approx")


def test_unreadable_input_is_reported_and_the_rest_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    assert main([str(tmp_path / "missing.txt"), str(bad), str(SAMPLE)]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err and "bad.txt" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_reference_date_is_validated(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([str(SAMPLE), "--reference-date", "yesterday"])
    assert "reference-date" in capsys.readouterr().err


def test_table_format_shows_one_row_per_project(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SAMPLE), "--format", "table", "--reference-date", "2023-02-15"]) == 0
    lines = capsys.readouterr().out.splitlines()
    projects = extract(SAMPLE.read_text(encoding="utf-8")).projects
    assert len(lines) == 2 + len(projects) >= 2 + 6  # header, rule, every project
    rows = {line.split(" | ")[0].strip(): line for line in lines[2:]}
    assert "200亿 CNY" in rows["中创新航江门动力电池及储能系统基地项目"]
    assert "50 GWh" in rows["中创新航江门动力电池及储能系统基地项目"]
    assert "≥15亿 CNY" in rows["优巨特种工程塑料改性及应用项目"]


def test_schema_prints_the_document_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"money", "percentages", "quantities", "dates", "projects"} <= set(schema["properties"])
    assert "Project" in schema["$defs"]


def test_a_gbk_file_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("计划总投资5亿元".encode("gbk"))
    assert main([str(gbk)]) == 0
    assert json.loads(capsys.readouterr().out)["money"][0]["value"] == "500000000"
