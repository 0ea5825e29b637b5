"""An output statement is read with its own clause's cue first, exactly as the plain
clause-by-clause walk reads it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.projects import fields
from zhproj_extract.reading.text import clause_start

_PIECES = ("年产", "产能", "规模", "产", "年", "，", "、", "。", ";", "\n", "25万吨", "1.2万平方米",
           "约45克", "单件重量", "注射剂", "项目", "一")  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _by_clauses(text: str, pos: int) -> bool:
    """_in_output_list as a walk back over the sentence's clauses reads it."""
    lo = clause_start(text, pos, 120, fields.SENTENCE_STOP)
    i = pos
    while True:
        clause = clause_start(text, i, i - lo, fields.CLAUSE_STOP)
        if fields._OUTPUT_CUE.last_before(text, i, i - clause) is not None:
            return True
        if clause <= lo or not fields._LISTED.match(text, clause):
            return False
        i = clause - 1


@given(_TEXT, st.integers(0, 60))
def test_output_list_reads_as_the_clause_walk(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert fields._in_output_list(text, pos) == _by_clauses(text, pos)


def test_output_list_across_a_long_sentence() -> None:
    text = "项目" * 70 + "年产25万吨、1.2万平方米，" + "一" * 130 + "25万吨"
    for pos in range(len(text) + 1):
        assert fields._in_output_list(text, pos) == _by_clauses(text, pos)
