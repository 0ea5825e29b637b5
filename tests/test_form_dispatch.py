"""The date table tries at a position only the forms its opening leaves, and that choice
never changes which form matches there.

:class:`zhproj_extract.rules.FormTable` picks the forms to try by the next few characters
(or a run of numerals and the characters after it), asking ``regex`` which forms can begin
with them.  Here its answer is checked against trying every form in table order, at every
position of the example sentences and sample texts and of strings drawn from the
characters the forms name, so a form whose opening the dispatch misjudges fails here.
"""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.dimensions.dates import RULES, forms
from zhproj_extract.rules import FormMatch

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
_EACH = [(name, regex.compile(f"(?P<F_{name}>{p})")) for name, p in forms.FORMS.items()]
#: Every group of the table, as an alternation of the forms would hold them.
_GROUPS = dict.fromkeys(g for _, pattern in _EACH for g in pattern.groupindex)
#: The characters the forms name, the digits, and a few they do not (Han, digit, other).
_ALPHABET = sorted(set("".join(forms.FORMS.values())) | set("0123456789 ，鑫٣@"))


def _first_form(text: str, pos: int) -> tuple[str, dict[str, str | None], tuple[int, int]] | None:
    """What one alternation of every form, in table order, would match at ``pos``."""
    for name, pattern in _EACH:
        m = pattern.match(text, pos)
        if m is not None:
            return name, {**_GROUPS, **m.groupdict()}, m.span()
    return None


def _table_form(text: str, pos: int) -> tuple[str, dict[str, str | None], tuple[int, int]] | None:
    m: FormMatch | None = forms.DATES.match(text, pos)
    if m is None:
        return None
    return m.form, m.groupdict(), m.span()


def _assert_same_everywhere(text: str) -> None:
    """The table agrees at every position of ``text``, met once and met again (an opening
    met again is narrowed by the character after it)."""
    for _ in range(2):
        for pos in range(len(text)):
            assert _table_form(text, pos) == _first_form(text, pos), (text, pos)


def test_the_dispatch_agrees_with_every_form_on_the_examples_and_samples() -> None:
    texts = [e.sentence for rule in RULES for e in rule.examples]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for text in texts:
        _assert_same_everywhere(text)


def test_the_dispatch_agrees_with_every_form_on_dates_written_every_way() -> None:
    years = ("2023", "23", "二〇二三", "今", "去", "这一", "")
    middles = ("年", "年度", " 年", "年第", "年的", "年前", "年底", "年农历", "年Q", "-", "/", "至")
    ends = ("1月", "3月15日", "第二季度", "前三季度", "上半年", "春节", "第2周", "，", "以来", "")
    for year in years:
        for middle in middles:
            for end in ends:
                _assert_same_everywhere(f"截至{year}{middle}{end}2025年底")


#: Pieces dates are written with, drawn as often as all the other characters together.
_PIECES = ("2023", "12", "3", "0", "二〇二三", "十二", "三", "年", "月", "日", "号", "季度",
           "第", "个", "前", "上", "今", "至", "-", "/", ".", " ")  # fmt: skip


@given(
    st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_ALPHABET)), max_size=10).map(
        "".join
    )
)
def test_the_dispatch_agrees_with_every_form_on_any_string_of_their_characters(
    text: str,
) -> None:
    _assert_same_everywhere(text)
