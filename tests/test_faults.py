"""Fault injection: the batch under bad input, interruption and concurrency.

Every case is a promise the batch keeps: exactly one record per input, however the run
ends; tables that agree with the JSONL output after any interruption; a second writer
refused; and for a user's mistake one readable line and a non-zero exit, never a
traceback.  The interruptions are real: the command runs in its own process group and is
sent SIGINT or SIGKILL while it writes.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from zhproj_extract.batch import BatchResult, extract_many
from zhproj_extract.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
COMMAND = [sys.executable, "-m", "zhproj_extract", "batch"]


def _records(output: Path) -> list[dict[str, object]]:
    """Every line of a batch output, each of which must be a whole JSON record."""
    return [json.loads(line) for line in output.read_bytes().splitlines()]


def _jsonl(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def _record(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode()


# --- bad lines: each is one error record, named for what happened ---------------------


def test_every_line_gives_exactly_one_record(tmp_path: Path) -> None:
    source = _jsonl(
        tmp_path / "in.jsonl",
        [
            _record(id="good", text="投资5亿元"),
            b'{"id": "latin1", "text": "caf\xe9"}',  # not UTF-8
            b"[" * 100_000 + b"]" * 100_000,  # nested deeper than the parser's stack
            b"{not json",
            b"",  # blank lines are not records
            _record(id="theirs", text="投资3亿元", error="a field of the user's own"),
            _record(text="无编号的记录投资2亿元"),
            json.dumps("a bare string投资1亿元").encode(),
            _record(id="number", text=42),
            _record(id="good", text="同一个编号"),
            json.dumps({"id": "surrogate", "text": "● 江门\ud800新材料项目\n总投资5亿元"}).encode(),
        ],
    )
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(output), "--workers", "1"]) == 0
    records = {(r["id"], r.get("error")): r for r in _records(output)}
    assert list(records) == [
        ("good", None),
        ("line 2", "UnicodeDecodeError"),
        ("line 3", "RecursionError"),
        ("line 4", "JSONDecodeError"),
        ("theirs", None),  # the user's own "error" field is theirs, not ours
        ("line 7", None),
        ("line 8", None),
        ("number", "TypeError"),
        ("good", "DuplicateId"),
        ("surrogate", None),
    ]
    assert "line 2: not UTF-8" in str(records["line 2", "UnicodeDecodeError"]["message"])
    document = records["surrogate", None]["document"]
    assert isinstance(document, dict)
    assert document["money"][0]["value"] == "500000000"


def test_the_user_error_field_never_replaces_a_result(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_record(id="a", text="投资5亿元", error=None)])
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(output), "--workers", "1"]) == 0
    (record,) = _records(output)
    assert set(record) == {"id", "document"}


# --- resume: stable ids, duplicates, cut records ---------------------------------------


def test_resume_gives_id_less_records_stable_ids(tmp_path: Path) -> None:
    lines = [_record(text=f"投资{i + 1}亿元") for i in range(6)]
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _jsonl(source, lines[:3])
    assert main(["batch", str(source), "-o", str(output), "--workers", "1"]) == 0
    _jsonl(source, lines)
    assert main(["batch", str(source), "-o", str(output), "--workers", "1", "--resume"]) == 0
    assert [r["id"] for r in _records(output)] == [f"line {i}" for i in range(1, 7)]


def test_duplicate_ids_are_reported_and_resume_keeps_them_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [_record(id=name, text="投资5亿元") for name in ("a", "b", "a", "c", "a")]
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _jsonl(source, lines[:3])
    assert main(["batch", str(source), "-o", str(output), "--workers", "1"]) == 0
    _jsonl(source, lines)
    assert main(["batch", str(source), "-o", str(output), "--workers", "1", "--resume"]) == 0
    records = _records(output)
    assert [(r["id"], r.get("error")) for r in records] == [
        ("a", None),
        ("b", None),
        ("a", "DuplicateId"),
        ("c", None),
        ("a", "DuplicateId"),
    ]
    assert "3 input(s) already done" in capsys.readouterr().err


def test_resume_cuts_a_partial_record_of_any_length(tmp_path: Path) -> None:
    long_id = "长" * 1_000_000  # a record of 3 MB, cheap to extract
    lines = [_record(id="short", text="投资1亿元"), _record(id=long_id, text="投资2亿元")]
    source, output = _jsonl(tmp_path / "in.jsonl", lines), tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(output), "--workers", "1"]) == 0
    whole = output.read_bytes()
    assert len(whole) > 2 * 2**20
    output.write_bytes(whole[: len(whole) - 100])  # the long record, cut near its end
    assert main(["batch", str(source), "-o", str(output), "--workers", "1", "--resume"]) == 0
    assert output.read_bytes() == whole


# --- interruption: real signals to a real process --------------------------------------


#: Documents in an input to interrupt: each record is tens of kilobytes, and the batch is
#: interrupted once 20 kB are written, so it always has most of them still to do.
DOCUMENTS = 60


def _slow_input(path: Path, documents: int) -> Path:
    """A JSONL input long enough to be interrupted in the middle (samples, repeated)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    lines = [_record(id=f"doc{i}", text=texts[i % len(texts)]) for i in range(documents)]
    return _jsonl(path, lines)


def _interrupt(args: list[str], output: Path, signum: int) -> subprocess.CompletedProcess[str]:
    """Start the batch, wait until it has written some records, send ``signum`` to its
    whole process group (as a terminal's Ctrl-C does), and return how it ended."""
    process = subprocess.Popen(
        [*COMMAND, *args], stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if output.exists() and output.stat().st_size > 20_000:  # a record or two
            break
        time.sleep(0.02)
    assert process.poll() is None, "the batch ended before it could be interrupted"
    os.killpg(process.pid, signum)
    _, stderr = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, "", stderr)


def _table_rows(tables: Path, fmt: str) -> set[tuple[str, int]]:
    """(document id, start) of every row of the money table."""
    if fmt == "csv":
        with (tables / "money.csv").open(encoding="utf-8", newline="") as handle:
            return {(row["doc_id"], int(row["start"])) for row in csv.DictReader(handle)}
    import pandas as pd

    frame = pd.read_parquet(tables / "money")
    return set(zip(frame.doc_id, frame.start.astype(int), strict=True))


def _output_rows(records: list[dict[str, object]]) -> set[tuple[str, int]]:
    """(document id, start) of every money mention in the output records."""
    return {
        (str(r["id"]), m["start"])
        for r in records
        if isinstance(r.get("document"), dict)
        for m in r["document"]["money"]  # type: ignore[index]
    }


@pytest.mark.parametrize(
    ("signum", "fmt", "workers"),
    [(signal.SIGINT, "csv", "2"), (signal.SIGKILL, "parquet", "2"), (signal.SIGKILL, "csv", "1")],
    ids=["ctrl-c, csv, 2 workers", "kill, parquet, 2 workers", "kill, csv, 1 worker"],
)
def test_an_interrupted_batch_resumes_to_one_record_per_input(
    tmp_path: Path, signum: int, fmt: str, workers: str
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow", reason="Parquet tables need the parquet extra")
        pytest.importorskip("pandas")
    source = _slow_input(tmp_path / "in.jsonl", DOCUMENTS)
    output, tables = tmp_path / "out.jsonl", tmp_path / "tables"
    args = [str(source), "-o", str(output), "--tables", str(tables), "--tables-format", fmt]
    args += ["--workers", workers]
    ended = _interrupt(args, output, signum)

    if signum == signal.SIGINT:  # a clean stop: whole records, tables that agree, one line
        assert ended.returncode == 130
        assert "Traceback" not in ended.stderr
        assert "--resume" in ended.stderr.strip().splitlines()[-1]
        records = _records(output)
        assert 0 < len(records) < DOCUMENTS
        assert _table_rows(tables, fmt) == _output_rows(records)
    else:
        assert ended.returncode == -signal.SIGKILL

    resumed = subprocess.run([*COMMAND, *args, "--resume"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    records = _records(output)
    assert [r["id"] for r in records] == [f"doc{i}" for i in range(DOCUMENTS)]
    assert not any("error" in r for r in records)
    assert _table_rows(tables, fmt) == _output_rows(records)


def test_a_second_writer_of_the_same_output_refuses(tmp_path: Path) -> None:
    source = _slow_input(tmp_path / "in.jsonl", DOCUMENTS)
    output = tmp_path / "out.jsonl"
    first = subprocess.Popen(
        [*COMMAND, str(source), "-o", str(output), "--workers", "1"],
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not output.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        second = subprocess.run(
            [*COMMAND, str(source), "-o", str(output), "--resume"], capture_output=True, text=True
        )
        assert first.poll() is None, "the first batch ended before the second started"
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    assert second.returncode == 2
    (message,) = second.stderr.strip().splitlines()
    assert "being written by another batch" in message


# --- workers and the input iterator ----------------------------------------------------


class _Unpicklable(str):
    def __reduce__(self) -> object:
        raise TypeError("this text cannot be pickled")


def test_with_two_workers_nothing_sent_to_a_worker_can_stop_the_run() -> None:
    items: list[object] = [
        "投资5亿元",
        _Unpicklable("投资6亿元"),
        {"id": "odd date", "text": "今年3月开工", "reference_date": object()},
        {"id": "bad date", "text": "今年3月开工", "reference_date": "2023-02-30"},
        "投资7亿元",
    ]
    results = list(extract_many(items, workers=2))
    assert [(r.id, r.error) for r in results] == [
        ("0", None),
        ("1", None),
        ("odd date", "TypeError"),
        ("bad date", "ValueError"),
        ("4", None),
    ]
    assert json.loads(results[1].document_json or "")["money"][0]["value"] == "600000000"


@pytest.mark.parametrize("workers", [1, 2])
def test_results_read_before_a_failing_input_are_kept(workers: int) -> None:
    def items() -> Iterator[str]:
        yield "投资5亿元"
        yield "投资6亿元"
        raise OSError("the input went away")

    results: list[BatchResult] = []
    with pytest.raises(OSError, match="went away"):
        results.extend(extract_many(items(), workers=workers))
    assert [r.id for r in results] == ["0", "1"]


@pytest.mark.parametrize(
    ("workers", "error"),
    [(0, ValueError), (-1, ValueError), ("2", TypeError), (1.5, TypeError)],
)
def test_a_meaningless_worker_count_is_refused(workers: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="workers"):
        next(extract_many(["投资5亿元"], workers=workers))  # type: ignore[arg-type]


# --- errors a person can read ----------------------------------------------------------


def test_file_system_errors_are_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "x.txt").mkdir(parents=True)  # a folder with a text file's name is walked
    (folder / "x.txt" / "inner.txt").write_text("投资5亿元", encoding="utf-8")
    (folder / "UPPER.TXT").write_text("投资6亿元", encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "nowhere")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "back").symlink_to(folder)  # a link up the tree is not walked again
    locked = folder / "locked.txt"
    locked.write_text("投资7亿元", encoding="utf-8")
    locked.chmod(0)
    readable_anyway = os.access(locked, os.R_OK)  # root reads everything
    output = tmp_path / "out.jsonl"
    try:
        assert main(["batch", str(folder), "-o", str(output), "--workers", "1"]) == 0
    finally:
        locked.chmod(0o644)
    records = {r["id"]: (r.get("error"), r.get("message")) for r in _records(output)}
    assert records.pop("UPPER.TXT")[0] is None
    assert records.pop("x.txt/inner.txt")[0] is None
    assert records.pop("dangling.txt") == (
        "FileNotFoundError",
        f"{folder / 'dangling.txt'}: No such file or directory",
    )
    assert records.pop("loop.txt") == (
        "OSError",
        f"{folder / 'loop.txt'}: Too many levels of symbolic links",
    )
    error, message = records.pop("locked.txt")
    if not readable_anyway:
        assert (error, message) == ("PermissionError", f"{locked}: Permission denied")
    assert records == {}


def test_a_file_that_may_not_be_read_is_named_even_for_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root reads a chmod-0 file, so the refusal is simulated where the file is read."""
    import zhproj_extract.batch

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "secret.txt").write_text("投资5亿元", encoding="utf-8")

    def refuse(path: Path) -> str:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(zhproj_extract.batch, "read_text_file", refuse)
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(output), "--workers", "1"]) == 0
    (record,) = _records(output)
    assert (record["error"], record["message"]) == (
        "PermissionError",
        f"{folder / 'secret.txt'}: Permission denied",
    )


def test_an_impossible_date_no_longer_stops_the_files_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    impossible = tmp_path / "a.txt"
    impossible.write_text("公司于2023年2月29日签约，投资5亿元", encoding="utf-8")
    fine = tmp_path / "b.txt"
    fine.write_text("投资6亿元", encoding="utf-8")
    assert main([str(impossible), str(fine)]) == 0
    documents = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["money"][0]["value"] for d in documents] == ["500000000", "600000000"]
    assert documents[0]["dates"][0]["start_date"] is None


def _fails_in_one_line(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The last line ``main(args)`` prints to stderr, after checking it exits with 2
    (argparse's usage errors exit through SystemExit) and prints no traceback."""
    try:
        status = main(args)
    except SystemExit as exit:
        status = exit.code  # type: ignore[assignment]
    assert status == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err.strip().splitlines()[-1]


def test_user_errors_are_one_line_and_a_non_zero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_record(id="a", text="投资5亿元")])
    missing_folder = tmp_path / "no" / "out.jsonl"
    assert "mkdir -p" in _fails_in_one_line(
        ["batch", str(source), "-o", str(missing_folder)], capsys
    )
    assert "does not exist" in _fails_in_one_line(
        ["batch", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "out.jsonl")], capsys
    )
    assert not (tmp_path / "out.jsonl").exists()  # a missing INPUT leaves no output behind
    assert "is a folder" in _fails_in_one_line(["batch", str(source), "-o", str(tmp_path)], capsys)
    for count in ("0", "-1", "two"):
        message = _fails_in_one_line(
            ["batch", str(source), "-o", str(tmp_path / "o.jsonl"), "--workers", count], capsys
        )
        assert "--workers" in message


def test_too_many_workers_are_capped_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_record(id="a", text="投资5亿元")])
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(output), "--workers", "64"]) == 0
    assert "--workers 64 capped to" in capsys.readouterr().err
    assert len(_records(output)) == 1


def test_a_text_file_as_input_is_one_document(tmp_path: Path) -> None:
    article = tmp_path / "Article.TXT"
    article.write_text("计划总投资5亿元。\n年产20万吨。\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(article), "-o", str(output), "--workers", "1"]) == 0
    (record,) = _records(output)
    assert record["id"] == "Article.TXT"
    assert record["document"]["money"][0]["value"] == "500000000"  # type: ignore[index]


def test_parquet_tables_without_pyarrow_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a)
    )
    source = _jsonl(tmp_path / "in.jsonl", [_record(id="a", text="投资5亿元")])
    args = ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--tables", str(tmp_path)]
    message = _fails_in_one_line([*args, "--tables-format", "parquet"], capsys)
    assert "pip install 'zhproj-extract[parquet]'" in message
