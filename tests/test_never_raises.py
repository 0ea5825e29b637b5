"""Nothing raised (issue 12): content never makes the API fail, misuse always does.

``extract``, ``parse_number``, ``parse_money``, ``parse_number_range`` and every model's
``model_dump_json`` return for any string; what cannot be read is no mention (or None),
never an exception and never a rounded value.  An argument of the wrong type raises a
TypeError that names it.  First the defects as found, with their values; then properties
over any text and over text built from date-, numeral- and money-shaped pieces.
"""

from __future__ import annotations

import decimal
import itertools
import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from zhproj_extract import (
    Document,
    Extractor,
    PatternRule,
    Unit,
    extract,
    parse_money,
    parse_number,
    parse_number_range,
)
from zhproj_extract.models import DateMention, Money, Span

# --- impossible dates and years at the ends of the calendar ---------------------------


@pytest.mark.parametrize(
    ("text", "mention", "start"),
    [
        ("公司于2023年2月29日签约", "2023年2月29日", 3),
        ("2023年4月31日，公司签约", "2023年4月31日", 0),
        ("2023-02-30 公司签约", "2023-02-30", 0),
    ],
)
def test_an_impossible_date_is_a_mention_without_dates(text: str, mention: str, start: int) -> None:
    doc = extract(text)
    assert doc.dates == [
        DateMention(text=mention, start=start, end=start + len(mention), rule="date.ymd")
    ]
    assert doc.reference_date.source == "none"  # never the reference date


def test_an_impossible_dateline_gives_way_to_the_next_real_date() -> None:
    doc = extract("2023年2月30日讯 江门于2023年3月1日集中签约，明天开工。")
    assert (doc.reference_date.date, doc.reference_date.text) == (date(2023, 3, 1), "2023年3月1日")
    assert [(d.text, d.start_date) for d in doc.dates] == [
        ("2023年2月30日", None),
        ("2023年3月1日", date(2023, 3, 1)),
        ("明天", date(2023, 3, 2)),
    ]


@pytest.mark.parametrize(
    ("text", "reference", "dates"),
    [
        ("9999年以后", date(2023, 2, 15), (None, None)),  # would start in 10000
        ("0001年以前", date(1, 1, 1), (None, None)),  # would end in year 0
        ("去年", date(1, 6, 1), (None, None)),
        ("明年", date(9999, 6, 1), (None, None)),
        ("明天", date(9999, 12, 31), (None, None)),
        ("昨天", date(1, 1, 1), (None, None)),
        ("今年", date(9999, 6, 1), (date(9999, 1, 1), date(9999, 12, 31))),
        ("上世纪80年代", date(50, 1, 1), (None, None)),  # the 80s of century -1
        ("0世纪", date(2023, 2, 15), (None, None)),
        ("2023年2月30日以来", date(2023, 2, 15), (None, None)),
    ],
)
def test_a_period_outside_the_calendar_has_no_dates(
    text: str, reference: date, dates: tuple[date | None, date | None]
) -> None:
    found = [d for d in extract(text, reference_date=reference).dates if d.kind == "date"]
    assert [(d.start_date, d.end_date) for d in found] == [dates]


def test_a_datetime_reference_counts_as_its_date() -> None:
    doc = extract("明天开工", reference_date=datetime(2023, 1, 1, 12, 30))
    assert (doc.reference_date.date, doc.dates[0].start_date) == (
        date(2023, 1, 1),
        date(2023, 1, 2),
    )


# --- exact numbers: every digit, or none ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1" * 30, "1" * 30),
        ("9" * 60, "9" * 60),  # MAX_DIGITS significant digits, all kept
        ("1" * 61, None),  # one more: not held, so none (never 28 digits and zeros)
        ("1e9999999", None),
        ("1e59", "1" + "0" * 59),
        ("1e60", None),
        ("1e-60", "0." + "0" * 59 + "1"),
        ("1e-61", None),
        ("2^100", str(2**100)),  # exact, not 15 significant digits
        ("1" * 30 + "/1", "1" * 30),
        ("123456789012345又1/2", "123456789012345.5"),
        ("1.0000000000000000000000000001亿", "100000000.00000000000000000001"),
        ("三分之一", "0.333333333333333"),  # a fraction that never ends: 15 digits, as documented
    ],
)
def test_parse_number_is_exact_or_none(text: str, value: str | None) -> None:
    assert parse_number(text) == (Decimal(value) if value is not None else None)


def test_the_callers_decimal_context_changes_nothing() -> None:
    with decimal.localcontext(decimal.Context(prec=5, traps=[decimal.Inexact])):
        assert parse_number("123456789.123") == Decimal("123456789.123")
        money = extract("总投资1234567.891亿元").money
        assert [m.value for m in money] == [Decimal("123456789100000")]


def test_parse_money_keeps_every_digit() -> None:
    money = parse_money("1.0000000000000000000000000001亿元")
    assert money is not None
    assert money.value == Decimal("100000000.00000000000000000001")


def test_extract_gives_the_exact_value_or_no_mention() -> None:
    doc = extract("总投资" + "1" * 30 + "亿元，年产" + "1" * 30 + "万吨")
    assert [m.value for m in doc.money] == [Decimal("1" * 30 + "0" * 8)]
    assert [q.value for q in doc.quantities] == [Decimal("1" * 30 + "0" * 4)]
    too_large = "9" * 48 + "万亿亿"  # 68 digits: more than a value holds
    doc = extract(f"总投资{too_large}元，年产{too_large}吨，增长{too_large}%")
    assert (doc.money, doc.quantities, doc.percentages) == ([], [], [])


# --- ranges run upward ----------------------------------------------------------------


def test_an_inverted_money_range_is_no_range() -> None:
    assert parse_money("5-3亿元") is None  # 5亿 to 3亿, or 5 yuan to 3亿: neither is money
    assert [(m.text, m.value, m.upper) for m in extract("总投资5-3亿元").money] == [
        ("3亿元", Decimal(300000000), None)
    ]
    ten_to_fifteen = parse_money("10-15亿元")
    assert ten_to_fifteen is not None
    assert (ten_to_fifteen.value, ten_to_fifteen.upper) == (Decimal(10**9), Decimal(15 * 10**8))
    written_in_full = parse_money("从8500到3万港元")  # the first end stands as written
    assert written_in_full is not None
    assert (written_in_full.value, written_in_full.upper) == (Decimal(8500), Decimal(30000))


def test_an_inverted_quantity_range_is_no_range() -> None:
    assert [(q.text, q.value, q.upper) for q in extract("年产15-10万吨").quantities] == [
        ("10万吨", Decimal(100000), None)
    ]
    assert [(q.value, q.upper) for q in extract("年产10-15万吨").quantities] == [
        (Decimal(100000), Decimal(150000))
    ]


def test_an_inverted_percentage_range_is_no_range() -> None:
    row = extract("毛利率38.96% -3.14% 2.31%").percentages  # a row of figures, not a range
    assert [(p.text, p.value, p.upper) for p in row] == [
        ("38.96%", Decimal("38.96"), None),
        ("-3.14%", Decimal("-3.14"), None),
        ("2.31%", Decimal("2.31"), None),
    ]
    assert [(p.text, p.upper) for p in extract("增长8%至5%").percentages] == [
        ("8%", None),
        ("5%", None),
    ]
    assert [(p.value, p.upper) for p in extract("增长5%-8%").percentages] == [
        (Decimal(5), Decimal(8))
    ]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("20~10", None),
        ("5~3万", None),  # 5万 to 3万
        ("大于20小于10", None),
        ("大于10小于10", None),
        ("两到三万", (Decimal(20000), Decimal(30000))),
        ("8500~3万", (Decimal(8500), Decimal(30000))),
        ("5万~3亿", (Decimal(50000), Decimal(300000000))),
    ],
)
def test_an_inverted_number_range_states_none(
    text: str, bounds: tuple[Decimal, Decimal] | None
) -> None:
    found = parse_number_range(text)
    assert (found.lower, found.upper) == bounds if found is not None else bounds is None


# --- lone surrogates in JSON ----------------------------------------------------------

SURROGATE_TEXT = "● 江门\ud800新材料项目\n项目介绍：总投资5亿元。\udc80"


def test_a_lone_surrogate_is_escaped_in_json_and_read_back() -> None:
    doc = extract(SURROGATE_TEXT)
    assert [p.name for p in doc.projects] == ["江门\ud800新材料项目"]
    dumped = doc.model_dump_json()
    dumped.encode("utf-8")  # valid UTF-8, so it can be written anywhere
    assert "\\ud800" in dumped
    assert json.loads(dumped) == doc.model_dump(mode="json")
    assert Document.model_validate_json(dumped) == doc
    assert Document.model_validate_json(dumped.encode("utf-8")) == doc
    assert json.loads(doc.model_dump_json(indent=2)) == json.loads(dumped)


def test_every_model_dumps_a_lone_surrogate() -> None:
    span = Span(text="\udc80", start=0, end=1)
    money = Money(text="\udfff5元", start=0, end=3, rule="r", value=Decimal(5), unit="CNY")
    for model in (span, money):
        assert type(model).model_validate_json(model.model_dump_json()) == model


def test_ordinary_text_dumps_exactly_as_pydantic_does() -> None:
    doc = extract("2023年1月5日，江门总投资5亿元，增长5%，年产10万吨。")
    assert doc.model_dump_json() == BaseModel.model_dump_json(doc)
    assert doc.model_dump_json(indent=2) == BaseModel.model_dump_json(doc, indent=2)


def test_strict_validation_keeps_pydantics_error_for_a_surrogate() -> None:
    with pytest.raises(ValidationError):
        Document.model_validate_json(extract(SURROGATE_TEXT).model_dump_json(), strict=True)


def test_json_reads_a_high_and_low_surrogate_as_one_character() -> None:
    """The one string JSON cannot give back: two escapes that make a pair are read as the
    character they encode (a known limit of JSON, not of this library)."""
    dumped = Span(text="\ud83d\ude00", start=0, end=2).model_dump_json()
    assert json.loads(dumped)["text"] == "\U0001f600"


# --- misuse: TypeError naming the argument --------------------------------------------


def _normalize(match: Any) -> dict[str, str]:
    return {"value": "1", "unit": "CNY"}


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Extractor(rules=5), "rules must be a list of PatternRule"),
        (lambda: Extractor(rules=[1]), "rules must be PatternRule objects, not int"),
        (lambda: Extractor(units=5), "units must be a list of Unit"),
        (lambda: Extractor(places=5), "places must be a list of names, not int"),
        (lambda: Extractor(companies=[None]), "companies must be non-empty strings"),
        (lambda: Extractor(section_labels={1: 2}), "section_labels must map strings to strings"),
        (lambda: Extractor(section_labels={"x": 1}), "section_labels must map strings"),
        (lambda: Extractor(section_labels="x"), "section_labels must be a mapping"),
        (lambda: Extractor(qualifiers_before=[1]), "qualifiers_before must be a mapping"),
        (lambda: Extractor(qualifiers_before="x"), "qualifiers_before must be a mapping"),
        (lambda: Extractor(qualifiers_after={"开外": 1}), "qualifiers_after must map strings"),
        (lambda: Extractor(units=[Unit("标箱", "items", "标箱", "标箱")]), "forms must be a tuple"),
        (lambda: Extractor(units=[Unit("标箱", "items", ("",), "标箱")]), "non-empty strings"),
        (lambda: Extractor(units=[Unit(5, "items", ("标箱",), "标箱")]), "Unit name"),
        (lambda: PatternRule("x", "money", "abc", _normalize), "forms must be a mapping"),
        (lambda: PatternRule("x", "money", {"f": 5}, _normalize), "pattern strings"),
        (lambda: PatternRule(5, "money", {"f": "x"}, _normalize), "name must be"),
        (lambda: extract(None), r"extract\(\) expects str, not NoneType"),
        (lambda: extract("今天", reference_date="2023-01-01"), "reference_date must be"),
        (lambda: parse_number(5), r"parse_number\(\) expects str, not int"),
        (lambda: parse_money(None), r"parse_money\(\) expects str, not NoneType"),
        (lambda: parse_number_range(b"1"), r"parse_number_range\(\) expects str, not bytes"),
    ],
)
def test_a_wrong_type_raises_type_error_naming_it(make: Callable[[], object], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        make()


def test_a_wrong_value_stays_a_value_error() -> None:
    with pytest.raises(ValueError, match="qualifier of '约' must be one of"):
        Extractor(qualifiers_before={"约": "bogus"})
    with pytest.raises(ValueError, match="section labels must be non-empty"):
        Extractor(section_labels={"": "intro"})


# --- properties ------------------------------------------------------------------------

_CN = "〇一二三四五六七八九"


def _written(numbers: st.SearchStrategy[int]) -> st.SearchStrategy[str]:
    """Numbers as the text writes them: 2, 02, 二 (digit by digit)."""
    return numbers.flatmap(
        lambda n: st.sampled_from([str(n), str(n).zfill(2), "".join(_CN[int(c)] for c in str(n))])
    )


_NUMBER = _written(st.one_of(st.integers(0, 40), st.sampled_from([99, 999, 10000, 10**70])))
_YEAR = _written(st.sampled_from([0, 1, 8, 99, 1900, 2023, 2024, 9999, 10000]))
_MONTH = _written(st.sampled_from([0, 1, 2, 4, 11, 12, 13]))
_DAY = _written(st.sampled_from([0, 1, 28, 29, 30, 31, 32]))
#: Dates as the forms read them, with any numbers and a modifier after them: 2023年2月29日,
#: 0000-13-32, 第0季度, 9999年以后, 明天 …
DATE_SHAPED = st.tuples(
    st.one_of(
        st.tuples(_YEAR, st.just("年"), _MONTH, st.just("月"), _DAY, st.sampled_from("日号")),
        st.tuples(_YEAR, st.sampled_from("-/."), _MONTH, st.sampled_from("-/."), _DAY),
        st.tuples(_YEAR, st.sampled_from(["年", "年底", "年初", "年春节", "年第四季度"])),
        st.tuples(
            st.sampled_from(["", "第", "前", "农历", "农历闰", "上世纪"]),
            _NUMBER,
            st.sampled_from(
                ["季度", "世纪", "年代", "个月前", "年前", "天后", "月初", "月廿", "五"]
            ),
        ),
        st.tuples(
            st.sampled_from(["去年", "明年", "今年", "明天", "上周", "下月", "春节假期", "除夕"])
        ),
    ).map("".join),
    st.sampled_from(["", "以来", "以前", "以后", "底", "初", "下旬", "至", "-"]),
).map("".join)
_DIGITS = st.text("0123456789", min_size=1, max_size=70)
#: Numerals: long digit runs, exponents, powers, fractions, Chinese runs with scales.
NUMERAL_SHAPED = st.one_of(
    _DIGITS,
    st.tuples(
        _DIGITS, st.sampled_from([".", "e", "e-", "^", "/", "分之", "又", "点", " "]), _DIGITS
    ).map("".join),
    st.text("零一二两三四五六七八九十百千万亿兆点多余几数半", min_size=1, max_size=12),
)
#: Amounts, ranges and percentages around those numerals.
MONEY_SHAPED = st.tuples(
    st.sampled_from(["", "约", "超", "人民币", "$", "总投资", "年产", "增长"]),
    NUMERAL_SHAPED,
    st.sampled_from(["", "亿", "万", "k", "个亿"]),
    st.sampled_from(["", "-", "至", "到", "~"]),
    st.one_of(st.just(""), NUMERAL_SHAPED),
    st.sampled_from(
        ["元", "亿元", "万元", "美元", "%", "吨", "万吨", "个百分点", "成", "元/亩", ""]
    ),
).map("".join)
_GLUE = st.sampled_from(["。", "，", "●", "● ", "项目介绍：", "\n", " ", "签约", "江门", "项目"])
_SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
#: Any text, with lone surrogates far more often than in the whole code space.
ANY_TEXT = st.text(st.one_of(st.characters(), _SURROGATE), max_size=60)
#: A project block whose name holds anything, lone surrogates included.
BLOCK = st.tuples(
    st.just("● "),
    ANY_TEXT.filter(lambda t: "\n" not in t),
    st.just("新材料项目\n项目介绍：总投资"),
    MONEY_SHAPED,
    st.just("。\n"),
).map("".join)
SHAPED = st.lists(
    st.one_of(
        DATE_SHAPED, NUMERAL_SHAPED, MONEY_SHAPED, BLOCK, _GLUE, _SURROGATE, st.text(max_size=3)
    ),
    max_size=10,
).map("".join)


def _has_surrogate_pair(text: str) -> bool:
    return any(
        "\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff" for a, b in itertools.pairwise(text)
    )


@given(st.one_of(ANY_TEXT, SHAPED))
@example("公司于2023年2月29日签约")
@example(SURROGATE_TEXT)
def test_extract_returns_a_document_that_round_trips_through_json(text: str) -> None:
    doc = extract(text)  # no reference date given: the article's own is inferred
    dumped = doc.model_dump_json()
    dumped.encode("utf-8")
    data = json.loads(dumped)
    for name in ("money", "percentages", "quantities", "dates"):
        for mention in getattr(doc, name):
            assert mention.text == text[mention.start : mention.end]
    for project in doc.projects:
        for span in project.mentions:
            assert span.text == text[span.start : span.end]
    if not _has_surrogate_pair(text):
        assert data == doc.model_dump(mode="json")
        assert Document.model_validate_json(dumped) == doc


@given(
    st.one_of(SHAPED, st.lists(DATE_SHAPED, max_size=3).map("".join)),
    st.sampled_from([date(1, 1, 1), date(1, 12, 31), date(9999, 1, 1), date(9999, 12, 31)]),
)
@example("0001年以前", date(1, 1, 1))
def test_dates_at_the_ends_of_the_calendar_never_raise(text: str, reference: date) -> None:
    for mention in extract(text, reference_date=reference).dates:
        if mention.start_date is not None and mention.end_date is not None:
            assert mention.start_date <= mention.end_date


@given(st.one_of(ANY_TEXT, NUMERAL_SHAPED, MONEY_SHAPED))
@example("1e9999999")
def test_the_parsers_return_a_value_or_none(text: str) -> None:
    number = parse_number(text)
    assert number is None or (isinstance(number, Decimal) and number.is_finite())
    money = parse_money(text)
    assert money is None or money.upper is None or money.value <= money.upper
    interval = parse_number_range(text)
    if interval is not None and interval.lower is not None and interval.upper is not None:
        assert interval.lower <= interval.upper
