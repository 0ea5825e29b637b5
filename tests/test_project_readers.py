"""The projects stage's faster readers answer exactly as the plain patterns they replace.

Each reader here does what a compiled pattern (or a loop over every length) did, with
cheaper steps; these properties compare the two on text built from the very words the
readers look for, so every overlap, cut and near miss is tried.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.models import Stage
from zhproj_extract.projects import fields, places
from zhproj_extract.projects.grammar import EVENTS
from zhproj_extract.reading.text import clause_start
from zhproj_extract.rules import alternation

_EVENT_STAGE = {w: stage for stage, ws in EVENTS.items() for w in ws}
#: The words cut into pieces too, so a window may end inside one, or two may overlap.
_EVENT_PIECES = sorted(
    {w[i:j] for w in _EVENT_STAGE for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
)
_EVENT_TEXT = st.lists(st.sampled_from([*_EVENT_PIECES, "及", "，", "项目"]), max_size=12).map(
    "".join
)


def _event_stage_by_pattern(text: str, start: int, end: int) -> Stage | None:
    """event_stage as an overlapped scan of the words' alternation reads it."""
    words = regex.compile(alternation(_EVENT_STAGE))
    named = {_EVENT_STAGE[m.group()] for m in words.finditer(text, start, end, overlapped=True)}
    return named.pop() if len(named) == 1 else None


@given(_EVENT_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_event_stage_reads_as_the_overlapped_scan(text: str, start: int, end: int) -> None:
    assert fields.event_stage(text, start, end) == _event_stage_by_pattern(text, start, end)


def test_event_stage_of_overlapping_events() -> None:
    text = "集中签约仪式暨开竣工投产活动"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert fields.event_stage(text, start, end) == _event_stage_by_pattern(text, start, end)


def _division_at_by_lengths(text: str, pos: int, within: tuple[str, ...] = ()) -> int:
    """The longest division at ``pos`` (within the divisions of ``within``, if given) as
    every length from the longest down reads it."""
    names, _ = places._names()
    for length in range(min(places._LONGEST, len(text) - pos), 1, -1):
        codes = names.get(text[pos : pos + length])
        if codes is not None and (not within or places._inside(codes, within)):
            return pos + length
    return pos


def _place_at_by_lengths(text: str, pos: int) -> int:
    """place_at as the longest divisions, each read by every length, chained from one to a
    division within it read it, and a short name's division word after the chain (临川县)."""
    names, _ = places._names()
    start = pos
    end = _division_at_by_lengths(text, pos)
    while end != pos:  # each link a division within the one before (浙江省杭州市)
        pos, end = end, _division_at_by_lengths(text, end, names[text[pos:end]])
    suffixes = frozenset("省市县区旗州盟")
    if end > start and text[end - 1] not in suffixes and text[end : end + 1] in suffixes:
        return end + 1
    return end


@given(
    st.lists(
        st.sampled_from(
            [
                "浙江省",
                "浙江",
                "杭州市",
                "杭州",
                "克孜勒苏柯尔克孜自治州",
                "连江县",
                "新会区",
                "江",
                "县",
                "项目",
            ]
        ),
        max_size=5,
    ).map("".join)
)
def test_place_at_tries_only_the_lengths_there(text: str) -> None:
    for pos in range(len(text) + 1):
        assert places.place_at(text, pos) == _place_at_by_lengths(text, pos)


_CUE_WORDS = ("总投资", "投资", "计划总投资", "投资总额", "完成投资", "年产", "产值", "为")
_CUE_TEXT = st.lists(
    st.sampled_from([*_CUE_WORDS, "总", "资", "，", "。", ";", "\n", "5亿元", "项目"]), max_size=12
).map("".join)


def _cue_by_clause(text: str, pos: int, limit: int) -> str | None:
    """Cues.last_before as the clause's start, then a reverse search of the cues, read it."""
    start = clause_start(text, pos, limit, fields.CLAUSE_STOP)
    last = regex.compile(alternation(_CUE_WORDS), regex.REVERSE).search(text, start, pos)
    return last.group() if last is not None else None


@given(_CUE_TEXT, st.integers(0, 40), st.integers(0, 30))
def test_cues_search_the_clause_and_its_stops_at_once(text: str, pos: int, limit: int) -> None:
    pos = min(pos, len(text))
    assert fields.Cues(_CUE_WORDS).last_before(text, pos, limit) == _cue_by_clause(text, pos, limit)
