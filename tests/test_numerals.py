"""parse_number and the numeral core: one table of inputs and exact values."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract import parse_number
from zhproj_extract.numerals import plain, read_numeral, vague_step

CASES = [
    # Arabic, separators, full-width, signs, decimals
    ("1234.8", "1234.8"), ("1,234.8", "1234.8"), ("１２３４．８", "1234.8"), ("-10.1", "-10.1"),
    ("负1200000", "-1200000"), (".5", "0.5"), ("01.10", "1.1"), ("- 1,200,000", "-1200000"),
    # Chinese, lower case and 大写
    ("零", "0"), ("十", "10"), ("十一", "11"), ("一十一", "11"), ("一百零一", "101"),
    ("一千零十", "1010"), ("三千五百万", "35000000"), ("两亿", "200000000"),
    ("一千二百三十四点八", "1234.8"), ("肆佰叁拾萬", "4300000"), ("壹仟玖佰", "1900"),
    ("參萬肆仟伍佰陸拾柒", "34567"), ("廿二", "22"), ("五百卅四", "534"),
    # abbreviated and colloquial
    ("四百五", "450"), ("一万三", "13000"), ("万九", "19000"), ("千三", "1300"),
    ("百二萬", "1200000"), ("一百零十万", "1100000"), ("半百", "50"), ("两千六", "2600"),
    # big scales
    ("四万万", "400000000"), ("1.5万亿", "1500000000000"), ("五兆六十二亿四万五千二", "5006200045200"),
    ("一亿五千万零六千三百五十五", "150006355"),
    # mixed
    ("3千5百万", "35000000"), ("200亿零四千230", "20000004230"), ("1万600", "10600"),
    ("1百01", "101"), ("10.1万", "101000"),
    # decimals with 点
    ("两千万点五五四四", "20000000.5544"), ("一百点123", "100.123"), ("零點七七", "0.77"),
    # digit by digit
    ("二〇二三", "2023"), ("幺八九", "189"), ("一二点三零", "12.3"),
    # fractions
    ("三分之一", "0.333333333333333"), ("3/5", "0.6"), ("一又二分之一", "1.5"),
    ("负一又二分之一", "-1.5"), ("1 3/5", "1.6"), ("百分之十五", "0.15"),
    # e-notation, powers, Latin multipliers
    ("2e5", "200000"), ("-12e-1", "-1.2"), ("12.32e+14", "1232000000000000"), ("2^5", "32"),
    ("15k", "15000"), ("1.2M", "1200000"), (".0012G", "1200000"),
    # vague: the lower bound
    ("十多万", "100000"), ("三十几", "30"), ("2000余万", "20000000"), ("一千五百零几万", "15000000"),
    # counted words, ordinals
    ("一打", "12"), ("五十打", "600"), ("一对", "2"), ("第七", "7"), ("两个", "2"),
]  # fmt: skip

NOT_NUMBERS = [
    "",
    "四川",
    "万",
    "万万",
    "一一",
    "壹壹",
    "两两",
    "百十一",
    "十一十二",
    "点零",
    "零点",
    "10..1万",
    "元整",
    "负",
    "一切",
    "一看",
    "苹果折扣一美元",
    "abc",
    "1.2.3",
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_parse_number_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="int"):
        parse_number(12)  # type: ignore[arg-type]


def test_results_never_use_exponents() -> None:
    for text in ("5亿", "1.5万亿", "-127.32e13", "一百万分之五"):
        value = parse_number(text)
        assert value is not None
        assert "E" not in str(value) and "e" not in str(value)


def test_vague_numerals_carry_an_upper_bound() -> None:
    numeral = read_numeral("3000多")
    assert numeral is not None
    assert (numeral.value, numeral.upper) == (Decimal(3000), Decimal(4000))
    assert vague_step(Decimal(230)) == Decimal(10)


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_numerals_round_trip(n: int) -> None:
    """cn2an's an2cn is an independent oracle: reading its output gives the number back."""
    cn2an = pytest.importorskip("cn2an")
    assert parse_number(cn2an.an2cn(n)) == n
    assert parse_number(cn2an.an2cn(n, "up")) == n


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=4, allow_nan=False))
def test_arabic_decimals_round_trip(d: Decimal) -> None:
    assert parse_number(format(d, "f")) == plain(d)


@given(st.text(max_size=30))
def test_any_string_is_a_number_or_none(s: str) -> None:
    result = parse_number(s)
    assert result is None or isinstance(result, Decimal)
