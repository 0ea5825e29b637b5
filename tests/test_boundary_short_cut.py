"""The short cut of :func:`~zhproj_extract.reading.segment.is_boundary` gives jieba's answer."""

from __future__ import annotations

import jieba
from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.reading import segment

#: Han, Latin, digits, jieba's joining marks, spaces, CR LF, punctuation and 〇 (Han that
#: jieba's dictionary class leaves out).
_CHARS = "投资亿元五角大楼一二三十万吨aZ09+#&._%-〇 \r\n\t，。、（）《》:/"


def test_the_characters_jieba_segments_are_its_own() -> None:
    assert jieba.re_han_default.pattern == f"([{segment._JIEBA_SEGMENTED}]+)"


@given(st.text(_CHARS, min_size=2, max_size=30), st.data())
def test_a_character_that_stands_apart_makes_the_boundary_jieba_makes(
    text: str, data: st.DataObject
) -> None:
    pos = data.draw(st.integers(1, len(text) - 1))
    if segment._stands_apart(text, pos):
        assert segment._window_boundary(text, pos)
