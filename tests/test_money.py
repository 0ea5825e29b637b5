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


def _money(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(m.text, str(m.value), m.unit, m.qualifier, m.kind) for m in extract(text).money]


@pytest.mark.parametrize(
    "text",
    [
        "三元前驱体",
        "三元锂电池",
        "三元材料产线",
        "高镍三元正极",
        "二元催化剂",
        "新厂年产蒸压砖1200万块",
        "面板出货80万块，",
        "營收(百萬元)",
        "總市值(億元)",
        "单位：万元",
    ],
)
def test_words_and_labels_are_not_money(text: str) -> None:
    assert extract(text).money == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("花了三块", [("三块", "3", "CNY", "exact", "amount")]),
        ("售价3000万块", [("3000万块", "30000000", "CNY", "exact", "amount")]),
        ("这本书三块钱", [("三块钱", "3", "CNY", "exact", "amount")]),
        ("单价三元", [("三元", "3", "CNY", "exact", "amount")]),
        ("(约5亿元)", [("约5亿元", "500000000", "CNY", "approx", "amount")]),
        ("通过5亿元专项债", [("5亿元", "500000000", "CNY", "exact", "amount")]),
        ("营收过5亿元", [("过5亿元", "500000000", "CNY", "more_than", "amount")]),
    ],
)
def test_money_in_context(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _money(text) == expected


def test_a_count_of_a_size_class_is_a_count_and_a_class() -> None:
    doc = extract("本月共有32个亿元以上项目开工")
    assert _money("本月共有32个亿元以上项目开工") == [
        ("亿元以上", "100000000", "CNY", "at_least", "scale")
    ]
    assert [(q.text, q.value, q.kind) for q in doc.quantities] == [("32个", Decimal(32), "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两批百亿项目", [("百亿", "10000000000", "CNY", "exact", "scale")]),
        ("三个项目均过百亿", [("过百亿", "10000000000", "CNY", "more_than", "scale")]),
        ("第三批万元以上项目", [("万元以上", "10000", "CNY", "at_least", "scale")]),
    ],
)
def test_numeral_less_size_classes(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _money(text) == expected


def test_a_taiwan_dateline_makes_yuan_new_taiwan_dollars() -> None:
    text = "記者王小明／高雄報導\n市府宣布，新廠投資逾 20 億元，並引進外資1,500萬美元。"
    assert _money(text) == [
        ("逾 20 億元", "2000000000", "TWD", "more_than", "amount"),
        ("1,500萬美元", "15000000", "USD", "exact", "amount"),
    ]


def test_a_new_taiwan_dollar_mention_anywhere_makes_yuan_twd() -> None:
    text = "該公司本季營收為新臺幣120億元。\n另外，子公司增資3億元。"
    assert [m.unit for m in extract(text).money] == ["TWD", "TWD"]


@pytest.mark.parametrize(
    "text",
    [
        "廣州 2024-03-05\n該項目總投資約12億元。",  # traditional script, not Taiwan
        "台北 2024-03-05\n该项目总投资约12亿元。",  # a Taiwan place, simplified script
        "新华社台北3月5日电 项目投资12亿元",
    ],
)
def test_other_documents_keep_yuan(text: str) -> None:
    assert [m.unit for m in extract(text).money] == ["CNY"]


def test_parse_money_keeps_yuan_in_a_short_traditional_cell() -> None:
    m = parse_money("壹拾壹元整")
    assert m is not None and m.unit == "CNY"


def test_an_english_scale_after_a_currency_multiplies_the_amount() -> None:
    text = (
        "with a total investment of USD 180 million and an output of RMB 2.5 billion ($1.2 billion)"
    )
    assert [(m.text, m.value, m.unit) for m in extract(text).money] == [
        ("USD 180 million", Decimal("180000000"), "USD"),
        ("RMB 2.5 billion", Decimal("2500000000"), "CNY"),
        ("$1.2 billion", Decimal("1200000000"), "USD"),
    ]
