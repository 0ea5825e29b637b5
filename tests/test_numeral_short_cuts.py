"""The short cuts of the numeral core give what the general parser gives, digit for digit."""

from __future__ import annotations

import decimal

from hypothesis import example, given
from hypothesis import strategies as st

from zhproj_extract.numbers import numerals
from zhproj_extract.numbers.numerals import EXACT, MAX_NUMERAL_LENGTH, Numeral

_DIGITS = st.text("0123456789", min_size=1, max_size=24)


def _general(text: str) -> Numeral | None:
    """``text`` read by the general parser alone, as :func:`read_numeral` did before its
    short cuts."""
    with decimal.localcontext(EXACT):
        try:
            return numerals._read(text)
        except (numerals._Invalid, decimal.DecimalException, ValueError, OverflowError):
            return None


@given(_DIGITS, st.none() | _DIGITS, st.sampled_from(["", "万", "亿"]))
@example("11", "8", "亿")
@example("200", None, "亿")
@example("0", "0", "")
@example("0", "050", "万")
@example("1", "0", "")
@example("9" * 24, "9" * 22, "亿")  # the longest a numeral may be
def test_a_scaled_arabic_numeral_reads_as_the_general_parser_reads_it(
    whole: str, fraction: str | None, scale: str
) -> None:
    text = whole + (f".{fraction}" if fraction is not None else "") + scale
    expected = _general(text) if len(text) <= MAX_NUMERAL_LENGTH else None
    numerals.read_numeral.cache_clear()
    got = numerals.read_numeral(text)
    assert got == expected
    if got is not None and expected is not None:  # the same digits and exponent, too
        assert str(got.value) == str(expected.value)
        assert got.value.as_tuple() == expected.value.as_tuple()


def test_an_exact_step_restores_the_callers_context_and_ignores_it() -> None:
    @numerals.exact_or_none
    def third(value: decimal.Decimal) -> decimal.Decimal:
        return value / 3  # inexact: no value

    @numerals.exact_or_none
    def half(value: decimal.Decimal) -> decimal.Decimal:
        assert decimal.getcontext() is EXACT
        return value / 2

    caller = decimal.Context(prec=2, traps=[])
    with decimal.localcontext(caller) as current:
        assert third(decimal.Decimal(1)) is None
        assert half(decimal.Decimal("12345.6789")) == decimal.Decimal("6172.83945")
        assert decimal.getcontext() is current
        assert current.prec == 2
    assert EXACT.prec == numerals.MAX_DIGITS
