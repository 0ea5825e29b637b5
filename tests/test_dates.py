"""Dates beyond the rule corpus: the reference date, unresolvable forms, durations."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract import dates, extract
from zhproj_extract.rules import scan


def test_reference_inferred_from_a_publication_line() -> None:
    doc = extract("发布时间：2023-02-15 10:30\n\n项目进展：3月投产，去年8月签约。")
    ref = doc.reference_date
    assert (ref.source, ref.date, ref.text) == ("inferred", date(2023, 2, 15), "2023-02-15")
    by_text = {d.text: d for d in doc.dates}
    assert (by_text["3月"].start_date, by_text["3月"].end_date) == (
        date(2023, 3, 1),
        date(2023, 3, 31),
    )
    assert by_text["去年8月"].start_date == date(2022, 8, 1)


def test_reference_inferred_from_a_chinese_dateline() -> None:
    doc = extract("（2023年2月15日）今天，全市重大项目集中开工。")
    assert doc.reference_date.date == date(2023, 2, 15)
    today = next(d for d in doc.dates if d.text == "今天")
    assert today.start_date == today.end_date == date(2023, 2, 15)


def test_a_given_reference_wins_over_the_article() -> None:
    doc = extract("2023年第一季度重大项目。今天开工。", reference_date=date(2024, 5, 6))
    assert doc.reference_date.source == "given"
    today = next(d for d in doc.dates if d.text == "今天")
    assert today.start_date == date(2024, 5, 6)


def test_without_any_reference_relative_forms_stay_empty() -> None:
    doc = extract("今天开工，3月投产。")
    assert doc.reference_date.source == "none"
    assert all(d.start_date is None and d.end_date is None for d in doc.dates)
    assert [d.text for d in doc.dates] == ["今天", "3月"]


def test_durations_are_not_dates() -> None:
    (duration,) = extract("从签约到开工仅50天").dates
    assert (duration.kind, duration.value, duration.unit, duration.start_date) == (
        "duration",
        50,
        "天",
        None,
    )


def test_a_holiday_outside_the_calendar_library_stays_empty() -> None:
    (holiday,) = extract("2099年春节假期后第一天").dates
    assert (holiday.start_date, holiday.end_date) == (None, None)


# --- the form table finds what one big alternation finds --------------------------------

_ALPHABET = sorted(
    {c for rule in dates.RULES for ex in rule.examples for c in ex.sentence} | set("，。 ")
)
_FULL: list[regex.Pattern[str]] = []


def _full_alternation() -> regex.Pattern[str]:
    """All forms in one alternation, each in a group ``F_<form>``: the slow reference."""
    if not _FULL:
        body = "|".join(f"(?P<F_{n}>{p})" for n, p in dates.FORMS.items())
        _FULL.append(regex.compile(f"(?:{body})"))
    return _FULL[0]


def _with_full_alternation(text: str) -> list[tuple[int, int, str]]:
    """Every match of all forms tried at every position."""

    def build(m: regex.Match[str]) -> tuple[tuple[int, int, str], int]:
        form = next(n for n in dates.FORMS if m.start(f"F_{n}") >= 0)
        return (m.start(), m.end(), form), m.end()

    return list(scan(_full_alternation(), text, build))


def _with_form_table(text: str) -> list[tuple[int, int, str]]:
    def build(m: regex.Match[str]) -> tuple[tuple[int, int, str], int]:
        return (m.start(), m.end(), dates.DATES.form(m)), m.end()

    return list(dates.DATES.scan(text, build))


@given(st.lists(st.sampled_from(_ALPHABET), max_size=30).map("".join))
def test_the_form_table_finds_what_the_full_alternation_finds(text: str) -> None:
    assert _with_form_table(text) == _with_full_alternation(text)


def test_the_form_table_on_the_example_corpus_and_peer_date_cases() -> None:
    sentences = [ex.sentence for rule in dates.RULES for ex in rule.examples]
    sentences += ["二二月", "12023-01-05", "十二五", "“十四五”"]  # dates inside a numeral run
    peers = Path(
        os.environ.get(
            "ZHPROJ_CONFORMANCE_DIR", Path(__file__).parents[2] / "shared" / "conformance"
        )
    )
    for path in sorted(peers.glob("*_date.jsonl")):  # read when present, never committed
        with path.open(encoding="utf-8") as cases:
            sentences += [json.loads(line)["text"] for line in cases if line.strip()]
    for sentence in sentences:
        assert _with_form_table(sentence) == _with_full_alternation(sentence), sentence


def test_a_form_match_reads_every_group_as_the_full_alternation_does() -> None:
    """Groups of the forms that did not match read as None, their spans as (-1, -1)."""
    full = _full_alternation()
    sentences = [ex.sentence for rule in dates.RULES for ex in rule.examples]
    for sentence in [*sentences, "3日", "二二月", "兔年首个工作日"]:
        for pos in range(len(sentence)):
            m, reference = dates.DATES.match(sentence, pos), full.match(sentence, pos)
            assert (m is None) == (reference is None), (sentence, pos)
            if m is None:
                continue
            assert m.groupdict() == reference.groupdict(), (sentence, pos)
            for name in full.groupindex:
                assert m.span(name) == reference.span(name), (sentence, pos, name)
                assert (m.start(name), m.end(name)) == reference.span(name)
            assert (m.group(), m.span(), m.form) == (
                reference.group(),
                reference.span(),
                dates.DATES.form(m),
            )


def test_that_day_is_the_day_just_named() -> None:
    text = "5月20日，凤阳县举行签约仪式，当天正式开工的还有凤阳硅基新材料产业园一期项目。"
    _, that_day = extract(text, reference_date=date(2024, 6, 1)).dates
    assert (that_day.text, str(that_day.start_date)) == ("当天", "2024-05-20")
    alone = extract("当天正式开工。", reference_date=date(2024, 6, 1)).dates
    assert [str(d.start_date) for d in alone] == ["2024-06-01"]  # the article's own day
    # 目前 names no day; a story's day is its 同日 a long paragraph later
    told = "5月28日，晶芯项目主厂房封顶，目前月产能稳定在3万片。" + "该项目总投资约96亿元。" * 40
    dates = extract(
        told + "同日，昆仑山抽水蓄能电站项目核准开工。", reference_date=date(2024, 6, 1)
    ).dates
    assert [(d.text, str(d.start_date)) for d in dates if d.text in ("目前", "同日")] == [
        ("目前", "2024-06-01"),
        ("同日", "2024-05-28"),
    ]


def test_before_a_periods_end_is_a_deadline_at_that_end() -> None:
    (by_year_end,) = extract("2025年底前建成", reference_date=date(2024, 6, 1)).dates
    assert (by_year_end.modifier, str(by_year_end.end_date)) == ("until", "2025-12-31")
    (before_2025,) = extract("2025年前建成", reference_date=date(2024, 6, 1)).dates
    assert (before_2025.modifier, str(before_2025.end_date)) == ("before", "2024-12-31")


def test_a_month_without_a_year_is_in_the_year_named_before_it_in_its_sentence() -> None:
    def starts(text: str) -> list[str]:
        return [str(d.start_date) for d in extract(text, reference_date=date(2024, 1, 5)).dates]

    assert starts("项目于2023年3月开工，10月建成投产。") == ["2023-03-01", "2023-10-01"]
    assert starts("项目于2022年12月签约，3月开工。") == ["2022-12-01", "2023-03-01"]
    assert starts("项目于2022年12月签约。3月开工。") == ["2022-12-01", "2024-03-01"]
    assert starts("湘乡市2019年重点产业项目开工仪式于3月23日举行") == ["2019-01-01", "2019-03-23"]


def test_a_day_alone_and_the_day_after_are_read_from_the_day_just_named() -> None:
    def spans(text: str) -> list[tuple[str, str]]:
        found = extract(text, reference_date=date(2024, 6, 1)).dates
        return [(d.text, str(d.start_date)) for d in found]

    assert spans("新华社广州5月28日电 华光集团28日宣布，将投资建设新项目。") == [
        ("5月28日", "2024-05-28"),
        ("28日", "2024-05-28"),
    ]
    assert spans("5月20日，项目签约。同日，二期开工。次日，三期开工。") == [
        ("5月20日", "2024-05-20"),
        ("同日", "2024-05-20"),
        ("次日", "2024-05-21"),
    ]
    assert spans("两者不可同日而语。") == []
    assert spans("项目计划明年6月竣工，年底建成投用。") == [
        ("明年6月", "2025-06-01"),
        ("年底", "2025-11-01"),
    ]


def test_the_reference_is_no_plans_target_and_may_be_signed_at_the_bottom() -> None:
    planned = extract("甲乙铁路项目于去年8月开工，计划2025年6月建成通车。")
    assert planned.reference_date.year != 2025
    signed = extract(
        "华光项目5月18日开工。" + "项目进展顺利。" * 120 + "\n（记者 黄蕾）2024年5月20日"
    )
    assert signed.reference_date.date == date(2024, 5, 20)
    assert str(signed.dates[0].start_date) == "2024-05-18"


def test_a_year_carries_over_a_semicolon() -> None:
    text = "甲项目于2023年6月全面达产；丙丁化工项目投资8.6亿元，11月投产。"
    found = extract(text, reference_date=date(2024, 1, 15)).dates
    assert [str(d.start_date) for d in found] == ["2023-06-01", "2023-11-01"]


def test_a_year_of_today_does_not_roll_a_later_month_into_the_next() -> None:
    text = "甲项目将于今年6月建成投产；乙项目已于2月底开工。丙项目于2023年6月达产，全年实现产值28亿元；丁项目11月投产。"
    found = extract(text, reference_date=date(2024, 3, 1)).dates
    assert [(d.text, str(d.start_date)) for d in found] == [
        ("今年6月", "2024-06-01"),
        ("2月底", "2024-02-25"),
        ("2023年6月", "2023-06-01"),
        ("全年", "2024-01-01"),
        ("11月", "2023-11-01"),
    ]


@pytest.mark.parametrize(
    ("text", "reference", "first_day"),
    [
        # told as done, or as a story's day many months ahead: last year's
        ("江苏汉能锂电池新材料项目已于10月投产。", date(2024, 6, 1), "2023-10-01"),
        ("该项目10月已投产。", date(2024, 6, 1), "2023-10-01"),
        ("葛店南站综合交通枢纽于12月26日建成启用。", date(2024, 1, 8), "2023-12-26"),
        ("11月9日，鼎力储能电池项目签约。", date(2024, 1, 8), "2023-11-09"),
        # planned, a deadline, how far ahead something reaches, or a day no story tells
        ("项目计划10月投产。", date(2024, 6, 1), "2024-10-01"),
        ("项目将于12月26日开工。", date(2024, 1, 8), "2024-12-26"),
        ("确保12月底前建成。", date(2024, 1, 8), "2024-12-25"),
        ("订单已经排到6月份。", date(2024, 1, 8), "2024-06-01"),
        ("12月30号", date(2024, 1, 8), "2024-12-30"),
        # a 一期 or 一号线 after a month is no day
        ("预计2024年10月一期投产。", date(2024, 6, 1), "2024-10-01"),
        ("2023年12月一号线开通。", date(2024, 6, 1), "2023-12-01"),
    ],
)
def test_a_month_or_day_without_its_year_takes_its_tense(
    text: str, reference: date, first_day: str
) -> None:
    (found,) = extract(text, reference_date=reference).dates
    assert str(found.start_date) == first_day
    assert found.text.endswith(("月", "日", "号", "份", "底"))  # not 10月一 of 10月一期


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("力争“十四五”末新能源装机规模突破1000万千瓦", ("2025-01-01", "2025-12-31")),
        ("十四五初", ("2021-01-01", "2021-12-31")),
        ("預計2024年第3季動工", ("2024-07-01", "2024-09-30")),  # 第3季: Taiwan's quarter
        ("2024年第三季度", ("2024-07-01", "2024-09-30")),
    ],
)
def test_the_edge_of_a_plan_and_a_quarter_written_short(text: str, period: tuple[str, str]) -> None:
    (found,) = extract(text, reference_date=date(2024, 5, 20)).dates
    assert (str(found.start_date), str(found.end_date)) == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan counts years from the Republic's founding: 114年 is 2025
        ("預計115年第一季動工", ("115年第一季", date(2026, 1, 1), date(2026, 3, 31))),
        ("已於113年3月動工", ("113年3月", date(2024, 3, 1), date(2024, 3, 31))),
        ("114年3月5日", ("114年3月5日", date(2025, 3, 5), date(2025, 3, 5))),
        ("112年度預算", ("112年度", date(2023, 1, 1), date(2023, 12, 31))),
    ],
)  # fmt: skip
def test_a_year_of_the_republics_era(text: str, expected: tuple[str, date, date]) -> None:
    (found,) = extract(text, reference_date=date(2025, 6, 1)).dates
    assert (found.text, found.start_date, found.end_date) == expected


@pytest.mark.parametrize("text", ["经营115年的老字号", "防洪标准100年一遇"])
def test_a_count_of_a_hundred_years_or_more_is_no_year(text: str) -> None:
    assert all(d.start_date is None for d in extract(text, reference_date=date(2025, 6, 1)).dates)
