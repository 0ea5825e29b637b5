"""The real article the product was designed from: every money mention, and nothing else.

The article is read from ``../shared/seeds/`` at test time (never copied here); the
expectations are its figures: surface, value in yuan, qualifier, kind, per.
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

from zhproj_extract import extract

#: (surface, value, qualifier, kind, per), in text order
SEED_MONEY = [
    ("1234.8亿元", "123480000000", "exact", "amount", None),
    ("超1400亿元", "140000000000", "more_than", "amount", None),
    ("超1200亿元", "120000000000", "more_than", "amount", None),
    ("约245亿元", "24500000000", "approx", "amount", None),
    ("798亿元", "79800000000", "exact", "amount", None),
    ("100亿元", "10000000000", "exact", "amount", None),
    ("超百亿元", "10000000000", "more_than", "amount", None),
    ("超1亿元", "100000000", "more_than", "amount", None),
    ("1830亿元", "183000000000", "exact", "amount", None),
    ("突破1800亿元", "180000000000", "more_than", "amount", None),
    ("超500亿元", "50000000000", "more_than", "amount", None),
    ("超2000亿元", "200000000000", "more_than", "amount", None),
    ("1454亿元", "145400000000", "exact", "amount", None),
    ("1273亿元", "127300000000", "exact", "amount", None),
    ("200亿元", "20000000000", "exact", "amount", None),
    ("约230亿元", "23000000000", "approx", "amount", None),
    ("约1071亿元", "107100000000", "approx", "amount", None),
    ("504.3万元/亩", "5043000", "exact", "rate", "亩"),
    ("约40万元/亩", "400000", "approx", "rate", "亩"),
    ("超90万元/亩", "900000", "more_than", "rate", "亩"),
    ("500亿级", "50000000000", "exact", "scale", None),
    ("1000亿级", "100000000000", "exact", "scale", None),
    ("超50亿元", "5000000000", "more_than", "amount", None),
    ("超50亿元", "5000000000", "more_than", "amount", None),
    ("5亿元", "500000000", "exact", "amount", None),
    ("不低于15亿元", "1500000000", "at_least", "amount", None),
    ("200亿元", "20000000000", "exact", "amount", None),
    ("千亿级", "100000000000", "exact", "scale", None),
    ("100亿元", "10000000000", "exact", "amount", None),
    ("45亿元", "4500000000", "exact", "amount", None),
    ("约180亿元", "18000000000", "approx", "amount", None),
    ("30亿元", "3000000000", "exact", "amount", None),
    ("不低于40亿元", "4000000000", "at_least", "amount", None),
    ("11亿元", "1100000000", "exact", "amount", None),
    ("千亿级", "100000000000", "exact", "scale", None),
    ("12亿元", "1200000000", "exact", "amount", None),
    ("60亿元", "6000000000", "exact", "amount", None),
    ("千亿级", "100000000000", "exact", "scale", None),
]


def test_seed_money_mentions_all_and_only(seed_text: str) -> None:
    money = extract(seed_text).money
    got = [(m.text, str(m.value), m.qualifier, m.kind, m.per) for m in money]
    assert got == SEED_MONEY
    assert len(money) == 38


def test_seed_money_spans_and_units(seed_text: str) -> None:
    for m in extract(seed_text).money:
        assert seed_text[m.start : m.end] == m.text
        assert m.unit == "CNY"
        assert m.upper is None
        assert m.value == Decimal(m.value) and m.value > 0


#: (surface, value, unit, qualifier, direction), in text order
SEED_PERCENTAGES = [
    ("11.4%", "11.4", "%", "exact", "up"),
    ("17.9%", "17.9", "%", "exact", "up"),
    ("不少于80%", "80", "%", "at_least", None),
    ("15%", "15", "%", "exact", "up"),
    ("44.5%", "44.5", "%", "exact", "up"),
    ("64.9%", "64.9", "%", "exact", None),
    ("79.5%", "79.5", "%", "exact", None),
    ("17.3%", "17.3", "%", "exact", "up"),
    ("35.8%", "35.8", "%", "exact", "up"),
    ("70%", "70", "%", "exact", None),
    ("近10个百分点", "10", "pp", "approx", "up"),
    ("57.22%", "57.22", "%", "exact", "up"),
    ("72%", "72", "%", "exact", None),
    ("61%", "61", "%", "exact", None),
    ("约42%", "42", "%", "approx", None),
]

#: (surface, value, unit, kind, per): the capacities and areas, in text order
SEED_CAPACITIES = [
    ("10多公里", "10", "公里", "length", None),
    ("1395平方公里", "1395", "平方公里", "area", None),
    ("一亩", "1", "亩", "area", None),
    ("50GWh", "50", "GWh", "energy", None),
    ("10GW", "10", "GW", "power", "年"),
    ("7500万件", "75000000", "件", "items", "年"),
    ("20万吨", "200000", "吨", "mass", "年"),
    ("0.6万吨", "6000", "吨", "mass", "年"),
    ("2.5万吨", "25000", "吨", "mass", "年"),
]


def test_seed_percentages_all_and_only(seed_text: str) -> None:
    got = [
        (p.text, str(p.value), p.unit, p.qualifier, p.direction)
        for p in extract(seed_text).percentages
    ]
    assert got == SEED_PERCENTAGES


def test_seed_capacities(seed_text: str) -> None:
    quantities = extract(seed_text).quantities
    got = [
        (q.text, str(q.value), q.unit, q.kind, q.per)
        for q in quantities
        if q.kind not in ("count", "items") or q.unit == "件"
    ]
    assert got == SEED_CAPACITIES


def test_seed_counts_are_told_apart(seed_text: str) -> None:
    counts = {q.text: q for q in extract(seed_text).quantities if q.kind == "count"}
    assert counts["665个"].value == Decimal(665)
    assert counts["40支"].unit == "支"
    points = next(p for p in extract(seed_text).percentages if p.unit == "pp")
    assert not any(q.start < points.end and points.start < q.end for q in counts.values())


def test_seed_dimensions_never_share_a_span(seed_text: str) -> None:
    doc = extract(seed_text)
    spans = sorted((m.start, m.end) for m in [*doc.money, *doc.percentages, *doc.quantities])
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


#: Every date, period and duration with reference date 2023-02-15, in text order:
#: (surface, kind, start_date, end_date, modifier).
SEED_DATES = [
    ("2023年第一季度", "date", "2023-01-01", "2023-03-31", None),
    ("今天", "date", "2023-02-15", "2023-02-15", None),
    ("2023年第一季度", "date", "2023-01-01", "2023-03-31", None),
    ("兔年首个工作日", "date", "2023-01-28", "2023-01-28", None),
    ("一年", "duration", None, None, None),
    ("春节假期后第一天", "date", "2023-01-28", "2023-01-28", None),
    ("今天", "date", "2023-02-15", "2023-02-15", None),
    ("2023年第一季度", "date", "2023-01-01", "2023-03-31", None),
    ("一季度", "date", "2023-01-01", "2023-03-31", None),
    ("一季度", "date", "2023-01-01", "2023-03-31", None),
    ("一年", "duration", None, None, None),
    ("一年", "duration", None, None, None),
    ("两年", "duration", None, None, None),
    ("今年", "date", "2023-01-01", "2023-12-31", None),
    ("过去一年", "date", "2022-02-15", "2023-02-15", None),
    ("新的一年", "date", "2023-01-01", "2023-12-31", None),
    ("今天", "date", "2023-02-15", "2023-02-15", None),
    ("去年8月", "date", "2022-08-01", "2022-08-31", None),
    ("当天", "date", "2023-02-15", "2023-02-15", None),
    ("去年以来", "date", "2022-01-01", "2023-02-15", "since"),
    ("2017年", "date", "2017-01-01", "2017-12-31", None),
    ("如今", "date", "2023-02-15", "2023-02-15", None),
    ("今年", "date", "2023-01-01", "2023-12-31", None),
    ("兔年伊始", "date", "2023-01-22", "2023-01-31", "start_of"),
    ("一个多月前", "date", "2023-01-01", "2023-01-31", None),
    ("去年以来", "date", "2022-01-01", "2023-02-15", "since"),
    ("2022—2025年", "date", "2022-01-01", "2025-12-31", None),
    ("截至目前", "date", None, "2023-02-15", "until"),
    ("2月底", "date", "2023-02-25", "2023-02-28", "end_of"),
    ("2022年", "date", "2022-01-01", "2022-12-31", None),
    ("2021年", "date", "2021-01-01", "2021-12-31", None),
    ("今年", "date", "2023-01-01", "2023-12-31", None),
    ("全年", "date", "2023-01-01", "2023-12-31", None),
    ("近年来", "date", "2018-02-16", "2023-02-15", None),
    ("去年", "date", "2022-01-01", "2022-12-31", None),
    ("2021年", "date", "2021-01-01", "2021-12-31", None),
    ("2021年", "date", "2021-01-01", "2021-12-31", None),
    ("一年来", "date", "2022-02-15", "2023-02-15", None),
    ("2022年", "date", "2022-01-01", "2022-12-31", None),
    ("如今", "date", "2023-02-15", "2023-02-15", None),
    ("去年", "date", "2022-01-01", "2022-12-31", None),
    ("去年", "date", "2022-01-01", "2022-12-31", None),
    ("当年", "date", "2023-01-01", "2023-12-31", None),
    ("今年", "date", "2023-01-01", "2023-12-31", None),
    ("“十四五”", "date", "2021-01-01", "2025-12-31", None),
    ("1月", "date", "2023-01-01", "2023-01-31", None),
    ("近年来", "date", "2018-02-16", "2023-02-15", None),
    ("50天", "duration", None, None, None),
    ("88天", "duration", None, None, None),
    ("78天", "duration", None, None, None),
    ("3月", "date", "2023-03-01", "2023-03-31", None),
    ("一季度", "date", "2023-01-01", "2023-03-31", None),
    ("2022年", "date", "2022-01-01", "2022-12-31", None),
    ("2023年", "date", "2023-01-01", "2023-12-31", None),
    ("1月", "date", "2023-01-01", "2023-01-31", None),
    ("3月", "date", "2023-03-01", "2023-03-31", None),
    ("2年内", "duration", None, None, "within"),
    ("2月", "date", "2023-02-01", "2023-02-28", None),
]


def test_seed_dates_with_a_reference_date(seed_text: str) -> None:
    doc = extract(seed_text, reference_date=date(2023, 2, 15))
    got = [
        (
            d.text,
            d.kind,
            str(d.start_date) if d.start_date else None,
            str(d.end_date) if d.end_date else None,
            d.modifier,
        )
        for d in doc.dates
    ]
    assert got == SEED_DATES
    assert doc.reference_date.source == "given"


def test_seed_dates_without_a_reference_date_use_the_article_year(seed_text: str) -> None:
    doc = extract(seed_text)
    assert (doc.reference_date.source, doc.reference_date.year) == ("inferred", 2023)
    assert doc.reference_date.text == "2023年第一季度"
    assert seed_text[doc.reference_date.start : doc.reference_date.end] == "2023年第一季度"
    by_text: dict[str, list[tuple[str | None, str | None]]] = {}
    for d in doc.dates:
        by_text.setdefault(d.text, []).append(
            (str(d.start_date) if d.start_date else None, str(d.end_date) if d.end_date else None)
        )
    # the five progress months and the quarter fall in the article's year
    assert by_text["1月"] == [("2023-01-01", "2023-01-31")] * 2
    assert by_text["3月"] == [("2023-03-01", "2023-03-31")] * 2
    assert by_text["2月"] == [("2023-02-01", "2023-02-28")]
    assert by_text["一季度"][0] == ("2023-01-01", "2023-03-31")
    assert by_text["去年8月"] == [("2022-08-01", "2022-08-31")]
    assert by_text["兔年首个工作日"] == [("2023-01-28", "2023-01-28")]
    # a day relative to an unknown day stays unresolved, never guessed
    assert set(by_text["今天"]) == {(None, None)}
