"""Money beyond the rule corpus: the API contract, parse_money, JSON and overlaps."""

from __future__ import annotations

import json
from decimal import Decimal
from itertools import pairwise

import pytest

from zhproj_extract import Document, extract, parse_money
from zhproj_extract.models import Money


def test_non_str_input_raises_type_error_naming_the_type() -> None:
    with pytest.raises(TypeError, match="bytes"):
        extract(b"5\xe4\xba\xbf")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NoneType"):
        extract(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference_date"):
        extract("5亿元", reference_date="2023-02-15")  # type: ignore[arg-type]


def test_empty_text_gives_an_empty_document() -> None:
    assert extract("") == Document()
    assert extract("").money == []


def test_json_round_trip_is_exact_and_has_no_exponents() -> None:
    doc = extract("计划总投资5亿元，平均投资强度504.3万元/亩，约0.6元/千瓦时，3000多欧元。")
    data = doc.model_dump_json()
    assert Document.model_validate_json(data) == doc
    values = [m["value"] for m in json.loads(data)["money"]]
    assert values == ["500000000", "5043000", "0.6", "3000"]
    assert "E+" not in data and "e+" not in data


def test_values_are_decimals_in_the_main_unit() -> None:
    (m,) = extract("兑换１．０７５３美元").money
    assert isinstance(m.value, Decimal)
    assert (m.text, m.value, m.unit) == ("１．０７５３美元", Decimal("1.0753"), "USD")


def test_mentions_of_money_never_overlap_and_are_in_order() -> None:
    text = "投资10亿至15亿元，约新台币45亿元，504.3万元/亩，每亩40万元，千亿级，超百亿"
    money = extract("总" + text).money
    for a, b in pairwise(money):
        assert a.end <= b.start


@pytest.mark.parametrize(
    ("text", "value", "upper", "unit", "qualifier"),
    [
        ("三百万", "3000000", None, "CNY", "exact"),
        ("约4.287亿美元", "428700000", None, "USD", "approx"),
        ("至少九千块钱以上", "9000", None, "CNY", "at_least"),
        ("1万-5万元", "10000", "50000", "CNY", "range"),
        ("82，225.00元", "82225", None, "CNY", "exact"),
        ("肆佰叁拾萬圆整", "4300000", None, "CNY", "exact"),
        ("两个亿卢布", "200000000", None, "RUB", "exact"),
        ("港币两千九百六十元", "2960", None, "HKD", "exact"),
        ("不到1.9万台币", "19000", None, "TWD", "less_than"),
        ("15k左右", "15000", None, "CNY", "approx"),
        ("五分", "0.05", None, "CNY", "exact"),
        ("两毛五", "0.25", None, "CNY", "exact"),
        ("五块六到五块七毛八", "5.6", "5.78", "CNY", "range"),
        ("人民币数十亿元", "1000000000", "10000000000", "CNY", "range"),
        ("四五千块钱", "4000", "5000", "CNY", "range"),
        ("两美元又三美分", "2.03", None, "USD", "exact"),
        ("壹拾壹元整", "11", None, "CNY", "exact"),
        ("壹拾壹元正", "11", None, "CNY", "exact"),
        ("壹拾壹元壹角壹分", "11.11", None, "CNY", "exact"),
        ("玖仟陆佰陆拾伍圆壹角捌分", "9665.18", None, "CNY", "exact"),
        ("六十四万零一百四十三元一角七分", "640143.17", None, "CNY", "exact"),
        ("一個半", "1.5", None, "CNY", "exact"),
    ],
)
def test_parse_money(text: str, value: str, upper: str | None, unit: str, qualifier: str) -> None:
    m = parse_money(text)
    assert isinstance(m, Money)
    assert (str(m.value), None if m.upper is None else str(m.upper), m.unit, m.qualifier) == (
        value,
        upper,
        unit,
        qualifier,
    )
    assert (m.start, m.end) == (0, len(text))


@pytest.mark.parametrize("text", ["", "项目", "5亿元和6亿元", "2023年", "五角大楼"])
def test_parse_money_rejects_what_is_not_one_amount(text: str) -> None:
    assert parse_money(text) is None


def test_parse_money_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        parse_money(5)  # type: ignore[arg-type]
