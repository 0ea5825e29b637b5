"""The segmentation layer: private, lazy, thread-safe, and used where words matter."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import SAMPLES, SEED

from zhproj_extract import extract, segment
from zhproj_extract.money import ATOM


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_import_is_light() -> None:
    loaded = _run(
        "import sys, zhproj_extract; "
        "print(sorted(m for m in ('jieba', 'cn2an', 'opencc', 'pydantic') if m in sys.modules))"
    )
    assert loaded == "[]"


def test_jieba_loads_only_when_a_word_boundary_is_needed() -> None:
    code = (
        "import sys; from zhproj_extract import extract; from zhproj_extract import segment; "
        "extract('计划总投资200亿元，平均投资强度504.3万元/亩'); "
        "print(segment._tokenizer is None, 'jieba' in sys.modules); "
        "extract('推行一元化管理'); print(segment._tokenizer is None)"
    )
    assert _run(code).splitlines() == ["True False", "False"]


def test_the_tokenizer_is_private_and_built_once_under_threads() -> None:
    import jieba

    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(segment.tokenizer())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(t) for t in seen}) == 1
    assert seen[0] is not jieba.dt


def test_domain_dictionary_segments_companies_and_places() -> None:
    words = [t.word for t in segment.tokens("由隆基绿能科技股份有限公司投资建设，落户高新区")]
    assert "股份有限公司" in words or "科技股份有限公司" in words
    assert "高新区" in words
    assert [t.word for t in segment.tokens("年产20万吨电解液")][1:3] == ["20", "万吨"]


def test_word_boundaries_reject_what_a_bare_pattern_accepts() -> None:
    """A bare pattern finds money inside words; the segmenter knows the words."""
    for sentence, word in [
        ("五角大楼宣布了作战计划", "五角"),
        ("推行一元化管理", "一元"),
        ("广东、长三角、京津冀", "三角"),
    ]:
        bare = [m.group() for m in ATOM.finditer(sentence) if m.group("sub") or m.group("generic")]
        assert bare == [word]  # the pattern alone would report money here
        assert extract(sentence).money == []
    assert [m.text for m in extract("这个手机壳五元三毛").money] == ["五元三毛"]
    assert [m.text for m in extract("花费我三块").money] == ["三块"]


def test_is_boundary_looks_only_at_a_bounded_window() -> None:
    text = "甲" * 10_000 + "五角大楼" + "乙" * 10_000
    assert not segment.is_boundary(text, 10_002)  # inside 五角大楼
    assert segment.is_boundary(text, 0) and segment.is_boundary(text, len(text))


def test_words_read_from_disk_segment_exactly_as_jieba_loaded_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The frequency file holds jieba's table with our words, so jieba's algorithm over it
    gives jieba's words: checked on every line of the samples (and of the seed and the
    development corpus when present),
    against a tokenizer that loads jieba's dictionary and ours the ordinary way."""
    import io

    import jieba

    from zhproj_extract.reading.word_freq import WordFrequencies, domain_dictionary

    monkeypatch.setenv("ZHPROJ_CACHE_DIR", str(tmp_path))  # built here, from nothing
    on_disk = jieba.Tokenizer()
    frequencies = WordFrequencies()
    on_disk.FREQ, on_disk.total, on_disk.initialized = frequencies, frequencies.total, True
    assert frequencies.path.parent == tmp_path
    whole = jieba.Tokenizer()
    whole.initialize()
    whole.load_userdict(io.BytesIO(domain_dictionary()))
    assert frequencies.total == whole.total
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts += [SEED.read_text(encoding="utf-8")] if SEED.exists() else []
    corpus = Path(os.environ.get("ZHPROJ_CORPUS_DIR", SEED.parents[1] / "corpus")) / "texts"
    texts += [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    assert len(lines) > 100
    for line in lines:
        assert list(on_disk.tokenize(line, HMM=False)) == list(whole.tokenize(line, HMM=False))
    assert "零部件" in frequencies and frequencies.get("不是一个词的字串") is None


def test_without_a_folder_for_the_frequency_file_jieba_loads_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from zhproj_extract.reading import word_freq

    def no_folder(path: object = None) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(word_freq.WordFrequencies, "__init__", no_folder)
    monkeypatch.setattr(segment, "_tokenizer", None)
    assert isinstance(segment.tokenizer().FREQ, dict)  # the ordinary, whole table
    assert [t.word for t in segment.tokens("两条生产线")] == ["两条", "生产线"]


@pytest.mark.parametrize("damage", ["overwritten", "cut short"])
def test_a_frequency_file_damaged_before_it_is_opened_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    from zhproj_extract.reading.word_freq import WordFrequencies

    monkeypatch.setenv("ZHPROJ_CACHE_DIR", str(tmp_path))
    path = WordFrequencies().path
    whole = path.read_bytes()
    if damage == "overwritten":
        path.write_bytes(b"not a database" * 100)
    else:
        path.write_bytes(whole[: len(whole) // 2])
    frequencies = WordFrequencies()
    assert path.read_bytes() == whole  # the same table, written again
    assert frequencies.get("生产线") == 521 and "零部件" in frequencies


def test_a_frequency_file_damaged_after_it_was_opened_falls_back_to_the_whole_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zhproj_extract.reading.word_freq import WordFrequencies

    monkeypatch.setenv("ZHPROJ_CACHE_DIR", str(tmp_path))
    frequencies = WordFrequencies()
    frequencies.path.write_bytes(b"not a database" * 100)
    answers: list[object] = []
    reader = threading.Thread(target=lambda: answers.append(frequencies.get("生产线")))
    reader.start()  # a new thread opens its own connection, to the damaged file
    reader.join()
    assert answers == [521]
