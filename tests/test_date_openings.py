r"""The date table's start patterns pass over no position where a date form can begin.

:data:`zhproj_extract.dimensions.dates.forms.DATES` tries its forms only where a cheap start
pattern matches; a position it passes over must be one where no form can match.  For
positions that open with a word (目前, 元旦, 近3天 …) that is checked here for every pair of
characters that can tell forms apart, so a form or a word added without its opening fails
here rather than going unfound.  Numerals open forms by their whole run, checked on
examples below (digits of other scripts, which ``\d`` in a form would take, open none).
"""

from __future__ import annotations

import regex

from zhproj_extract import extract
from zhproj_extract.dimensions.dates import forms

_SOURCES = "".join(forms.FORMS.values())
_FORMS = [regex.compile(pattern) for pattern in forms.FORMS.values()]
#: Characters no form source mentions, one of each kind a pattern tells apart without
#: naming it: a Han character, a decimal digit (``\d``) and anything else.
_UNNAMED = ("鑫", "٣", "@")
#: Every character a form can tell from another: those its sources name, the digits of
#: their ranges (0-9, 1-4), and one of each kind they do not name.  Any other character
#: is matched by the forms exactly as the one of its kind here.
_ALPHABET = sorted(set(_SOURCES) | set("0123456789") | set(_UNNAMED))
_NUMERALS = set(forms.CN_NUMERAL_CHARS + "十廿卅两百半几数0123456789")


def _can_begin(opening: str) -> bool:
    """Can some form begin with ``opening`` (match it, or go on past its end)?"""
    return any(form.match(opening, partial=True) for form in _FORMS)


def test_the_alphabet_covers_every_kind_of_character_the_forms_tell_apart() -> None:
    """The pair check below holds only while the forms name what they match: classes and
    literals, ``\\d`` and ``\\p{Han}``; and look back only to rule a position out."""
    assert not set(_UNNAMED) & set(_SOURCES)
    assert set(regex.findall(r"\\.", _SOURCES)) <= {"\\d", "\\p", "\\.", '\\"'}
    assert set(regex.findall(r"\\p\{\w+\}", _SOURCES)) == {"\\p{Han}"}
    for sign in ("(?<=", "[^", "^", "$", "\\b", "\\B", "\\w", "\\s", "(?i"):
        assert sign not in _SOURCES, sign


def test_every_word_opening_a_form_can_begin_with_is_a_candidate() -> None:
    """At a character that is not a numeral, whether a date can begin depends on it and
    the character after it only (as far as the start patterns look); every such pair
    that some form can begin with must be a candidate of the table."""
    missed = []
    for first in _ALPHABET:
        if first in _NUMERALS or first.isdecimal() or not _can_begin(first):
            continue
        assert not any(form.match(first) for form in _FORMS), first  # never one alone
        for second in _ALPHABET:
            opening = first + second
            if _can_begin(opening) and 0 not in forms.DATES.candidates(opening):
                missed.append(opening)
    assert not missed, "".join(missed)


def test_numerals_open_a_date_only_with_a_date_word_after_them() -> None:
    found = {d.text for d in extract("从签约到3个月、5小时、2个工作日、1.5年").dates}
    assert found == {"3个月", "5小时", "2个工作日", "1.5年"}
    assert [d.text for d in extract("发布于2023.2.15，三个星期后").dates] == [
        "2023.2.15",
        "三个星期后",
    ]
    assert extract("3个项目投资3.5亿元，5小区").dates == []


def test_a_numeral_before_a_measure_word_opens_only_a_duration() -> None:
    """Why the start patterns may ask for a whole duration unit after a numeral: a run of
    numerals followed by 个 (or a unit's other first characters) begins no other form."""
    for run in ("3", "12", "2023", "三", "十二", "二〇二三", "半", "几"):
        for after in {unit[0] for unit in forms.DURATION_UNITS} - set("年日天周"):
            beginning = [
                name
                for name, form in zip(forms.FORMS, _FORMS, strict=True)
                if form.match(run + after, partial=True)
            ]
            assert beginning in ([], ["duration"]), (run + after, beginning)


def test_a_decimal_opens_a_date_only_with_a_date_word_after_it() -> None:
    """Why the start pattern reads a number's decimal part before what follows: a form
    that goes on past 3.5 needs a unit or a date's separator next, never 亿 or 万."""
    units = {unit[0] for unit in forms.DURATION_UNITS}
    for run in ("3", "12", "2023"):
        for after in _ALPHABET:
            if _can_begin(f"{run}.5{after}") and not after.isdecimal():
                assert after in units or after in "年月日号季世/.-—–~至到 ", (run, after)
