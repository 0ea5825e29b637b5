"""The real article the product was designed from: every money mention, and nothing else.

The article is read from ``../shared/seeds/`` at test time (never copied here); the
expectations are its figures: surface, value in yuan, qualifier, kind, per.
"""

from __future__ import annotations

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
