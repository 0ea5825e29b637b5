"""The dimensions' small patterns, compiled by ``re``, match as ``regex`` matches them.

:func:`zhproj_extract.numbers.lexer.small_pattern` compiles them with the standard
library's ``re`` on every text, not only where :func:`~zhproj_extract.numbers.lexer.scan`
finds that the engines agree; that holds because such a pattern holds nothing the two
read apart.  These tests check it: the same groups at every position of the samples,
the corpus and generated text, whole or in the windows the dimensions search.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from test_engines import odd as engines_odd
from test_engines import samples_and_corpus
from test_lexer import texts as dimension_texts

from zhproj_extract.dimensions import money, percentages, quantities
from zhproj_extract.numbers import lexer
from zhproj_extract.reading.text import normalize

#: Every ``re`` pattern a dimension module holds, by name.
SMALL = {
    f"{module.__name__}.{name}": value
    for module in (money, quantities, percentages)
    for name, value in vars(module).items()
    if isinstance(value, re.Pattern)
}


def as_regex(pattern: re.Pattern[str]) -> regex.Pattern[str]:
    """``pattern`` as ``regex`` compiles it (the engine it is compared with, and the one
    the backtracking review in ``test_hardening`` can time out)."""
    return regex.compile(pattern.pattern, regex.VERBOSE if pattern.flags & re.VERBOSE else 0)


def _groups(m: re.Match[str] | regex.Match[str] | None) -> object:
    return None if m is None else [m.span(g) for g in range(len(m.groups()) + 1)]


def _same_at_every_position(text: str, *, searches: bool = True) -> None:
    """Match (and search) at every position, to the end of ``text`` and in the window of
    twelve characters before the position (where the dimensions look for a prefix)."""
    text = normalize(text).text
    for name, pattern in SMALL.items():
        twin = as_regex(pattern)
        for pos in range(len(text) + 1):
            for window in ((pos, len(text)), (max(0, pos - 12), pos)):
                assert _groups(pattern.match(text, *window)) == _groups(
                    twin.match(text, *window)
                ), (name, text, window)
                if searches:
                    assert _groups(pattern.search(text, *window)) == _groups(
                        twin.search(text, *window)
                    ), (name, text, window)


def test_the_small_patterns_are_found() -> None:
    assert "zhproj_extract.dimensions.money.TAIL" in SMALL
    assert "zhproj_extract.dimensions.quantities._CUE" in SMALL


def test_the_plain_blocks_hold_nothing_the_engines_read_apart() -> None:
    plain = "".join(
        chr(c)
        for c in range(0x110000)
        if not 0xD800 <= c < 0xE000 and not lexer._OUTSIDE_PLAIN_BLOCKS.match(chr(c))
    )
    assert "亿" in plain and "５" not in plain
    assert lexer._READ_APART.search(plain) is None


@pytest.mark.parametrize("pattern", [r"\d", r"[\w]", r"\s+", r"\b元", r"(?i:kg)", r"(?si)x"])
def test_a_pattern_the_engines_read_apart_is_refused(pattern: str) -> None:
    with pytest.raises(AssertionError):
        lexer.small_pattern(pattern)


#: The odd characters of the large patterns' test, and a line break (a ``$`` may stand
#: before one).
odd = st.one_of(engines_odd, st.just("\n"))


@given(st.lists(st.one_of(dimension_texts, odd, st.text(max_size=3)), max_size=6).map("".join))
def test_re_matches_as_regex_does(text: str) -> None:
    _same_at_every_position(text)


def test_same_on_the_samples_and_the_corpus() -> None:
    for (
        path
    ) in samples_and_corpus():  # searches too would take a minute: the generated texts check them
        _same_at_every_position(path.read_text(encoding="utf-8"), searches=False)
