"""Quantities beyond the rule corpus: unit case, products, typos and pieces (块)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhproj_extract import extract


def _quantities(text: str) -> list[tuple[str, Decimal, str, str | None]]:
    return [(q.text, q.value, q.unit, q.per) for q in extract(text).quantities]


@pytest.mark.parametrize(
    ("form", "unit"),
    [
        ("GWh", "GWh"), ("Gwh", "GWh"), ("gwh", "GWh"), ("GWH", "GWh"), ("gWh", "GWh"),
        ("MWh", "MWh"), ("mwh", "MWh"), ("MWH", "MWh"),
        ("kWh", "kWh"), ("KWh", "kWh"), ("kwh", "kWh"), ("KWH", "kWh"),
        ("GW", "GW"), ("gw", "GW"), ("Gw", "GW"), ("MW", "MW"), ("mw", "MW"),
        ("kW", "kW"), ("KW", "kW"), ("kw", "kW"), ("TWh", "TWh"), ("twh", "TWh"),
    ],
)  # fmt: skip
def test_energy_and_power_units_in_any_case(form: str, unit: str) -> None:
    assert _quantities(f"建设5{form}项目") == [(f"5{form}", Decimal(5), unit, None)]


def test_case_folding_leaves_other_units_alone() -> None:
    assert _quantities("5G基站") == []
    assert [q.unit for q in extract("重5g").quantities] == ["克"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("4×25MW", 100, "MW"),
        ("2×350MW", 700, "MW"),
        ("4x25MW", 100, "MW"),
        ("2X660MW", 1320, "MW"),
        ("3 × 50 MW", 150, "MW"),
        ("2×35万千瓦", 700000, "kW"),
    ],
)
def test_a_count_times_a_unit_value_is_their_product(text: str, value: int, unit: str) -> None:
    assert _quantities(f"装设{text}机组") == [(text, Decimal(value), unit, None)]


def test_a_product_needs_a_unit() -> None:
    assert _quantities("规格4×25") == []


def test_dun_after_an_arabic_numeral_is_a_typo_of_tons() -> None:
    assert _quantities("年产2000顿") == [("2000顿", Decimal(2000), "吨", "年")]
    assert _quantities("一天三顿饭") == []


def test_p_after_a_number_is_computing_power_where_the_clause_says_so() -> None:
    assert _quantities("算力规模达20000P") == [("20000P", Decimal(20000), "PFLOPS", None)]
    assert _quantities("可提供20000P算力") == [("20000P", Decimal(20000), "PFLOPS", None)]
    assert _quantities("采购12P空调") == []  # a size of air conditioner


def test_taiwans_square_and_cubic_gongchi_are_metres() -> None:
    assert _quantities("月产能12万平方公尺") == [("12万平方公尺", Decimal(120000), "平方米", "月")]
    assert _quantities("年供水1000万立方公尺") == [
        ("1000万立方公尺", Decimal(10000000), "立方米", "年")
    ]


def test_ping_after_a_number_is_square_metres_clipped() -> None:
    assert _quantities("年产20000万平光伏胶膜") == [
        ("20000万平", Decimal(200000000), "平方米", "年")
    ]
    assert _quantities("建筑面积约3万平") == [("约3万平", Decimal(30000), "平方米", None)]
    assert _quantities("打造5万平台，产业水平、三平") == []  # a platform, a level, a place


def test_kuai_counts_pieces_after_a_product_and_is_yuan_after_a_price() -> None:
    assert _quantities("年产免烧砖3000万块") == [("3000万块", Decimal(30000000), "块", "年")]
    assert _quantities("光伏面板2万块") == [("2万块", Decimal(20000), "块", None)]
    assert _quantities("售价3块") == []
    assert _quantities("三块钱") == []


def test_xiangmu_is_not_a_count_of_xiang() -> None:
    assert [q.unit for q in extract("完成5项改革").quantities] == ["项"]
    assert extract("百亿项目").quantities == []


def test_the_unit_table_is_public_and_its_old_path_still_imports() -> None:
    import zhproj_extract._units as old_path
    from zhproj_extract import units

    assert old_path is units
    by_name = {unit.name: unit for unit in units.UNITS}
    assert (by_name["吨"].base, by_name["平方公里"].base, by_name["GWh"].base) == ("g", "m²", "Wh")


def test_quantities_compare_in_their_base_unit() -> None:
    tons, kilograms, plants = extract("年产20万吨，即2亿千克；建设10-15万吨产线").quantities
    assert tons.base_value == kilograms.base_value == Decimal("200000000000")
    assert (tons.base_unit, kilograms.base_unit) == ("g", "g")
    assert (plants.base_value, plants.base_upper) == (Decimal("1E11"), Decimal("1.5E11"))


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("年产3万吨一期工程项目", ("3万吨", "30000")),
        ("5000吨六氟磷酸锂", ("5000吨", "5000")),
        ("5000米三层复合管", ("5000米", "5000")),
        ("年产15万吨三元材料", ("15万吨", "150000")),
        ("身高一米八", ("一米八", "1.8")),  # a digit of the next smaller unit, ending the word
        ("身高一米八的小伙", ("一米八", "1.8")),
        ("三吨半", ("三吨半", "3.5")),
    ],
)
def test_a_numeral_after_a_unit_is_a_tenth_only_where_it_ends_the_word(
    text: str, quantity: tuple[str, str]
) -> None:
    assert [(q.text, str(q.value)) for q in extract(text).quantities] == [quantity]


@pytest.mark.parametrize(
    ("text", "unit", "per"),
    [
        ("制氢规模为2000标方/小时", "标准立方米", "小时"),
        ("建设日熔量1200吨光伏玻璃窑炉", "吨", "天"),
        ("年周转农产品50万吨", "吨", "年"),
        ("年集装箱吞吐量100万标箱", "标准箱", "年"),
    ],
)
def test_throughputs_by_their_period(text: str, unit: str, per: str) -> None:
    (quantity,) = extract(text).quantities
    assert (quantity.unit, quantity.per) == (unit, per)


@pytest.mark.parametrize(
    ("text", "unit", "per"),
    [
        ("设计生产规模为年采选原矿300万吨", "吨", "年"),
        ("年开采矿石300万吨", "吨", "年"),
        ("年产智能门窗50万樘", "樘", "年"),
        ("建设50万锭色纺纱生产线", "锭", None),
    ],
)
def test_mines_and_mills_by_their_units(text: str, unit: str, per: str | None) -> None:
    (quantity,) = extract(text).quantities
    assert (quantity.unit, quantity.per) == (unit, per)


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        ("年产胶囊15亿粒，注射剂3亿支，片剂20亿片", ["年", "年", "年"]),
        ("每年可节约标准煤4万吨，减少排放7万吨", ["年", "年"]),
        ("年产铸件10万吨，单件重量约45克", ["年", None]),
        ("年产铸件10万吨，车长12米", ["年", None]),
        ("年产铸件10万吨，建设生产线3条", ["年", None]),
        ("年产铸件10万吨，占地200亩", ["年", None]),
    ],
)
def test_a_product_listed_after_a_yearly_one_is_yearly_and_a_measure_is_not(
    text: str, pers: list[str | None]
) -> None:
    assert [q.per for q in extract(text).quantities] == pers


def test_a_daily_figure_does_not_carry_into_a_clause_of_other_works() -> None:
    text = "新建日供水4万立方米水厂1座，改造农村供水管网386公里。"
    per = {q.text: q.per for q in extract(text).quantities}
    assert (per["4万立方米"], per["386公里"]) == ("天", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 千 before 升 is the unit's (kL), not the numeral's: 100万千升 is no 1001000升
        ("年产100万千升啤酒", ("100万千升", Decimal("1000000"), "千升", Decimal("1000000000"))),
        # 半 that begins the next word (半钢) is no half of the unit
        ("年产1200万条半钢子午线轮胎", ("1200万条", Decimal("12000000"), "条", Decimal("12000000"))),
        ("三吨半的货", ("三吨半", Decimal("3.5"), "吨", Decimal("3500000"))),
    ],
)  # fmt: skip
def test_a_scale_or_a_half_that_belongs_to_the_words_after(
    text: str, expected: tuple[str, Decimal, str, Decimal]
) -> None:
    (q,) = extract(text).quantities
    assert (q.text, q.value, q.unit, q.base_value) == expected
