"""The event words of a whole text, found once, answer for any stretch of it exactly as
an overlapped scan of the stretch alone."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.models import Stage
from zhproj_extract.projects import fields
from zhproj_extract.projects.grammar import EVENTS
from zhproj_extract.rules import alternation

_EVENT_STAGE = {w: stage for stage, ws in EVENTS.items() for w in ws}
#: The words cut into pieces too, so a stretch may end inside one, or two may overlap.
_PIECES = sorted(
    {w[i:j] for w in _EVENT_STAGE for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
)
_TEXT = st.lists(st.sampled_from([*_PIECES, "及", "，", "项目"]), max_size=12).map("".join)
_WORDS = regex.compile(alternation(_EVENT_STAGE))


def _by_pattern(text: str, start: int, end: int) -> Stage | None:
    named = {_EVENT_STAGE[m.group()] for m in _WORDS.finditer(text, start, end, overlapped=True)}
    return named.pop() if len(named) == 1 else None


@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_a_texts_event_words_answer_for_each_stretch(text: str, start: int, end: int) -> None:
    assert fields.EventWords(text).stage(start, end) == _by_pattern(text, start, end)


def test_stretches_that_end_inside_a_longer_word() -> None:
    text = "集中签约仪式暨开竣工投产活动，竣工投产项目集中复工开工建设仪式"
    words = fields.EventWords(text)
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert words.stage(start, end) == _by_pattern(text, start, end)
