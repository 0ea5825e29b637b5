"""The dimensions' patterns matched by ``re``: the same matches as ``regex`` makes.

:func:`zhproj_extract.numbers.lexer.scan` matches a dimension's ``regex`` pattern with a
twin compiled by the standard library's ``re``, which is faster, wherever the text holds
no character the two engines read apart.  That is only a speed-up if the twin matches
exactly what the original does: every group, at every position.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from test_lexer import texts as dimension_texts

from zhproj_extract.dimensions import money, percentages, quantities
from zhproj_extract.numbers import lexer
from zhproj_extract.reading.text import normalize

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("ZHPROJ_CORPUS_DIR", ROOT.parent / "shared" / "corpus"))

PATTERNS = {
    "money.ATOM": money.ATOM,
    "money._ATOM_PARSE": money._ATOM_PARSE,
    "quantities.QUANTITY": quantities.QUANTITY,
    "percentages.PERCENT": percentages.PERCENT,
}

#: Every character, surrogates aside, as one string to run a class over.
EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _read_by(engine: object, pattern: str) -> set[str]:
    return set(engine.findall(pattern, EVERY_CHARACTER))  # type: ignore[attr-defined]


def test_han_is_the_han_script_as_regex_reads_it() -> None:
    assert _read_by(re, f"[{lexer.HAN}]") == _read_by(regex, r"\p{Han}")


def test_every_character_the_engines_read_apart_is_left_to_regex() -> None:
    apart = _read_by(re, r"\d") ^ _read_by(regex, r"\d")
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        apart |= _read_by(re, f"(?i:{letter})") ^ _read_by(regex, f"(?i:{letter})")
    assert apart, "the engines agree everywhere: the fallback to regex is no longer needed"
    assert all(lexer._READ_APART.search(char) for char in apart)


def _groups(m: lexer.Match | None) -> object:
    return None if m is None else [m.span(g) for g in range(len(m.groups()) + 1)]


def _same_at_every_position(text: str) -> None:
    ntext = normalize(text)
    if not lexer._engines_agree(ntext):
        return
    for name, pattern in PATTERNS.items():
        twin = lexer._standard(pattern)
        for pos in range(len(ntext.text) + 1):
            assert _groups(twin.match(ntext.text, pos)) == _groups(
                pattern.match(ntext.text, pos)
            ), (name, ntext.text, pos)


#: Odd characters among the dimension texts: case-folding letters, other scripts' digits,
#: Han outside the main block, spaces and marks.
odd = st.sampled_from(["K", "ſ", "ı", "İ", "٣", "१", "\U00010d40", "𠀀", "〇", "々", "　", "é"])


@given(st.lists(st.one_of(dimension_texts, odd, st.text(max_size=3)), max_size=6).map("".join))
def test_the_twins_match_as_the_patterns_do(text: str) -> None:
    _same_at_every_position(text)


def samples_and_corpus() -> list[Path]:
    """The sample articles, and the corpus texts when the corpus is beside the project."""
    paths = sorted((ROOT / "samples").glob("*.txt"))
    paths += sorted((CORPUS / "texts").glob("*")) if CORPUS.is_dir() else []
    assert len(paths) >= 5
    return paths


def test_same_on_the_samples_and_the_corpus() -> None:
    for path in samples_and_corpus():
        _same_at_every_position(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "agree"),
    [("约5亿美元，3块，增长5%，10kbit", True), ("5kbıt", False), ("三٣亿元", False)],
)
def test_a_text_the_engines_read_apart_is_matched_by_regex(text: str, agree: bool) -> None:
    assert lexer._engines_agree(normalize(text)) is agree
