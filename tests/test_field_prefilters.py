"""The cheaper ``re`` scans in front of the field grammar's ``regex`` ones find exactly
what the ``regex`` ones alone would: the investor cues, the company endings before a verb
of investing, and the end of a subject company."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.projects import fields
from zhproj_extract.projects.grammar import INVESTOR_BEFORE

#: Pieces of the words these patterns are made of, with digits and other text between.
_PIECES = ["由", "投资方为", "业主：", "公司", "集团", "有限", "股份", "科技", "投资", "建设",
           "实施", "、", "和", "三家", "家企业", "3", "12月", "日", "公告", "拟", "，称", "：",
           "中", "新", "A", "\n", "。", "٣"]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _bounds(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = a % (len(text) + 1), b % (len(text) + 1)
    return min(a, b), max(a, b)


@given(_TEXTS, st.integers(0, 99), st.integers(0, 99))
def test_investor_cues_as_regex_finds_them(text: str, a: int, b: int) -> None:
    start, end = _bounds(text, a, b)
    spans = [m.span() for m in fields._INVESTOR_CUE.finditer(text, start, end)]
    assert spans == [m.span() for m in INVESTOR_BEFORE.finditer(text, start, end)]


@given(_TEXTS, st.integers(0, 99), st.integers(0, 99))
def test_endings_then_invests_as_regex_finds_them(text: str, a: int, b: int) -> None:
    start, end = _bounds(text, a, b)
    spans = [m.span() for m in fields._endings_then_invests(text, start, end)]
    exact = fields._ENDING_THEN_INVESTS.finditer(text, start, end)
    assert spans == [m.span() for m in exact]


@given(_TEXTS, st.integers(0, 99), st.integers(0, 99))
def test_subject_tail_as_regex_finds_it(text: str, a: int, b: int) -> None:
    start, end = _bounds(text, a, b)
    exact = fields._SUBJECT_TAIL.search(text, start, end) is not None
    assert fields._has_subject_tail(text, start, end) == exact
