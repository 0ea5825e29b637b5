"""The numeral lexer: atoms found once per text, and dimensions that classify them.

The numeric dimensions try their patterns only at atoms and at their own openers
(:func:`zhproj_extract.numbers.lexer.scan`).  That is a speed-up only if it finds exactly
what a scan of every position finds (:func:`zhproj_extract.rules.scan`), so the tests
below compare the two on generated text, on the samples and on the development corpus.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.dimensions import money, percentages, quantities
from zhproj_extract.numbers import lexer
from zhproj_extract.reading.text import normalize
from zhproj_extract.rules import scan as scan_every_position

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("ZHPROJ_CORPUS_DIR", ROOT.parent / "shared" / "corpus"))


def test_atoms_are_the_numeral_runs_with_their_marks() -> None:
    text = "总投资约3.5亿元，年产二十多万吨，增长15%，几十个项目"
    atoms = lexer.lex(normalize(text)).atoms
    assert [a.text for a in atoms] == ["3.5亿", "二十多万", "15", "几十"]
    assert [text[a.start : a.end] for a in atoms] == [a.text for a in atoms]
    assert [a.scaled for a in atoms] == [True, True, False, False]
    assert [a.vague for a in atoms] == [False, True, False, True]
    values = [a.numeral for a in atoms]
    assert values[0] is not None and values[0].value == Decimal("350000000")
    assert values[1] is not None and (values[1].value, values[1].upper) == (200000, 300000)


def test_atoms_are_lexed_once_per_text() -> None:
    ntext = normalize("5亿元和3万吨")
    assert lexer.lex(ntext) is lexer.lex(ntext)


def test_openers_are_kept_only_within_reach_of_a_numeral() -> None:
    openers = lexer.Openers(("约", "人民币"), reach=4, alone=("半",))
    ntext = normalize("约，人民币约5亿元，半成")
    lexed = lexer.lex(ntext)
    # the first 约 has no numeral within reach; 人民币 (4 before 5), the second 约 and 半 do
    assert openers.positions(ntext, lexed) == [2, 5, 10]


def test_may_follow_tests_the_first_character_after_spaces() -> None:
    follows = lexer.may_follow(("亿元", "%"), spaces=1)
    assert follows.match("5 亿元", 1) and follows.match("5%", 1)
    assert not follows.match("5  亿元", 1) and not follows.match("5年", 1)


#: What stands before a numeral, the numeral, and what stands after it, for each dimension.
BEFORE = [
    "", "约", "超过", "近", "不低于", "签约", "过", "人民币", "美元", "港币", "US$", "$", "￥",
    "约人民币", "人民币约", "每亩", "亩均", "负", "-", "零下", "百分之", "千分之", "百分之负",
    "打", "第", "之", "投资", "年产", "4×", " ", "半",
]  # fmt: skip
NUMERALS = [
    "5", "12.5", "0", ".3", "2023", "3/4", "一", "两", "十五", "三百", "5万", "3.5亿", "二十多",
    "几十", "数百", "十几万", "三四千", "1 万", "两个亿", "三分之一", "四分一", "15k", "3w",
    "之一5", "零", "二两",
]  # fmt: skip
AFTER = [
    "", "元", "亿元", "万元", "块", "块钱", "角", "毛五", "分", "美分", "美元", "元人民币", "元整",
    "以上", "左右", "/亩", "元/吨", "级", "项目", "至", "到", "-", "—", "~", "、", "，", "(含)-",
    "%", "%-", "个百分点", "成", "成六", "折", "对折", "℃", "吨", "万吨", "千瓦", "MW", "gwh",
    "亩", "平方米", "家", "件", "个", "年", "月", "日", "吨/年", "多", "余", " ", "斤半", "两",
]  # fmt: skip

mentions = st.tuples(
    st.sampled_from(BEFORE), st.sampled_from(NUMERALS), st.sampled_from(AFTER)
).map("".join)
texts = st.lists(st.one_of(mentions, st.text(max_size=2)), min_size=1, max_size=12).map("".join)


def _every_position(
    pattern: regex.Pattern[str],
    ntext: Any,
    openers: lexer.Openers,
    build: Callable[[regex.Match[str]], tuple[Any, int]],
    keep: object = None,
) -> Iterator[Any]:
    return scan_every_position(pattern, ntext.text, build)


FINDERS: dict[str, Callable[[Any], list[Any]]] = {
    "money": money.find_money,
    "money (parse mode)": lambda ntext: money.find_money(ntext, parse_mode=True),
    "quantities": quantities.find_quantities,
    "percentages": percentages.find_percentages,
}


def _both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, find in FINDERS.items():
        by_atoms = [m.model_dump_json() for m in find(normalize(text))]
        with monkeypatch.context() as patch:
            patch.setattr(lexer, "scan", _every_position)
            by_positions = [m.model_dump_json() for m in find(normalize(text))]
        assert by_atoms == by_positions, (name, text)


@given(texts)
def test_dimensions_find_what_a_scan_of_every_position_finds(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _both_ways(text, monkeypatch)


def test_same_on_the_samples_and_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted((ROOT / "samples").glob("*.txt"))
    paths += sorted((CORPUS / "texts").glob("*")) if CORPUS.is_dir() else []
    assert len(paths) >= 5
    for path in paths:
        _both_ways(path.read_text(encoding="utf-8"), monkeypatch)


@pytest.mark.xfail(strict=True, reason="a match inside a vague run (几十|5%) is not tried")
def test_a_percentage_inside_a_vague_run_is_missed() -> None:
    """A known difference from a scan of every position, kept because no real text shows
    it: the run 几十5 is one atom, so 十5% (begun inside it) is never tried.  The deep
    hypothesis profile can draw it; this test fails once the two agree."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _both_ways("几十5%", monkeypatch)
