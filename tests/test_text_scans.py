"""The normaliser's scans, written for ``re`` to skip through a text, find what the plain
patterns they replace find."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.reading import text

_NUMERALS = "0-9.零〇一二两三四五六七八九十百千万亿兆点个分之成折壹贰叁肆伍陆柒捌玖拾佰仟kK"
#: The plain patterns: each tried at every position.
_GROUPED_NUMBER = regex.compile(r"(?<![\d.]|\d[,，])\d{1,3}(?:[,，]\d{3})+(?![\d])(?:\.\d+)?")
_NUMERAL_SPACE = regex.compile(
    rf"(?<=[{_NUMERALS}])[ \t]+(?=[{_NUMERALS}])(?<![0-9.][ \t]+(?=[0-9.]))"
)
_BREAK = r"[ \t]*\n[ \t\n]*"
_FOLIO = r"(?:[-—－–]+ ?\d{1,4} ?[-—－–]+|第 ?\d{1,4} ?页(?: ?共 ?\d{1,4} ?页)?|\d{1,3})"
#: A break, and a folio line with the break after it when the text does not open with it.
_LAYOUT_BREAK = regex.compile(rf"\A{_BREAK}|{_BREAK}(?:{_FOLIO}{_BREAK})?")

_PIECES = st.sampled_from(
    ["1", "2", "0", "3", "٣", ".", ",", "，", " ", "\t", "\n", "一", "十", "个", "点", "k",
     "项", "目", "a", "亿", "123", ",456", "，789", "  ", " \n ", "\n\n", "-", "—", "第", "页"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _spans(pattern: regex.Pattern[str], string: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(string)]


@given(_TEXTS)
def test_grouped_numbers_are_found_as_before(string: str) -> None:
    assert [m.span() for m in text._GROUPED_NUMBER.finditer(string)] == _spans(
        _GROUPED_NUMBER, string
    )


@given(_TEXTS)
def test_spaces_inside_numerals_are_found_as_before(string: str) -> None:
    assert [m.span() for m in text._NUMERAL_SPACE.finditer(string)] == _spans(
        _NUMERAL_SPACE, string
    )


@given(_TEXTS)
def test_layout_breaks_are_found_as_before(string: str) -> None:
    assert list(text._layout_breaks(string)) == _spans(_LAYOUT_BREAK, string)


def test_examples() -> None:
    assert list(text._layout_breaks("甲 \t\n \n乙\n")) == [(1, 6), (7, 8)]
    assert list(text._layout_breaks("计划\n- 12 -\n2025年\n3\n")) == [(2, 10), (15, 18)]
    assert [m.span() for m in text._NUMERAL_SPACE.finditer("一 百 2 3 2.4  个")] == [
        (1, 2),
        (3, 4),
        (11, 13),
    ]
    assert [m.group() for m in text._GROUPED_NUMBER.finditer("1,234,567 与 1234,567")] == [
        "1,234,567"
    ]


def _fold_han_commas_one_by_one(string: str) -> str:
    """The comma folding decided comma by comma, as it was before the common case was
    folded by one substitution."""
    pieces = []
    pos = 0
    i = string.find(",")
    while i >= 0:
        after = string[i + 1 : i + 2]
        if after in " \t" and after:
            j = text._run_end(text._BLANKS, string, i + 1)
            after = string[j : j + 1]
        if (
            text._is_han(after)
            or text._after_han(string, i)
            or (
                string[i - 1 : i] in " \t"
                and text._after_han(string, text._blanks_before(string, i))
            )
        ):
            pieces.append(string[pos:i])
            pieces.append("，")
            pos = i + 1
        i = string.find(",", i + 1)
    pieces.append(string[pos:])
    return "".join(pieces)


_COMMA_TEXTS = st.lists(
    st.sampled_from(
        [",", ",", "，", " ", "\t", "1", "项", "目", "a", ")", "(", "(xiàng)", "𠀀", "〇"]
    ),
    max_size=30,
).map("".join)


@given(_COMMA_TEXTS)
def test_commas_are_folded_as_one_by_one(string: str) -> None:
    assert text._fold_han_commas(string) == _fold_han_commas_one_by_one(string)


def _clause_start_backwards(string: str, pos: int, limit: int, stops: str) -> int:
    """clause_start as a search backwards for the nearest stop, as it was written."""
    lo = max(0, pos - limit)
    if not stops:
        return lo
    stop = regex.compile(f"[{regex.escape(stops)}]", regex.REVERSE).search(string, lo, pos)
    return lo if stop is None else stop.end()


_CLAUSES = st.lists(
    st.sampled_from(["，", "。", "\n", ",", "项", "目", "]", "^", "-"]), max_size=30
)


@given(
    _CLAUSES.map("".join),
    st.integers(0, 32),
    st.integers(0, 40),
    st.sampled_from(["。；;！？\n", "，,", "]^-", ""]),
)
def test_a_clause_starts_after_the_nearest_stop_before_it_and_ends_at_the_next(
    string: str, pos: int, limit: int, stops: str
) -> None:
    assert text.clause_start(string, pos, limit, stops) == _clause_start_backwards(
        string, pos, limit, stops
    )
    hi = min(len(string), pos + limit)
    stop = regex.search(f"[{regex.escape(stops)}]", string[:hi][pos:]) if stops else None
    expected_end = hi if stop is None else pos + stop.start()
    assert text.clause_end(string, pos, limit, stops) == expected_end
