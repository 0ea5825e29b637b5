"""Dates beyond the rule corpus: the reference date, unresolvable forms, durations."""

from __future__ import annotations

from datetime import date

from zhproj_extract import extract


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
