"""parse_number_range: written ranges, comparisons and vague lower bounds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhproj_extract import parse_number_range

D = Decimal


@pytest.mark.parametrize(
    ("text", "lower", "upper", "lower_inclusive", "upper_inclusive"),
    [
        ("20~100", D(20), D(100), True, True),
        ("一到五", D(1), D(5), True, True),
        ("10000与20000之间", D(10000), D(20000), True, True),
        ("在第十和第十五之间", D(10), D(15), True, True),
        ("两到三万", D(20000), D(30000), True, True),
        ("5k-20k", D(5000), D(20000), True, True),
        ("大于10小于20", D(10), D(20), False, False),
        ("不大于50不小于20", D(20), D(50), True, True),
        ("大于等于0并小于230.3964", D(0), D("230.3964"), True, False),
        ("比四分之一大，比二分之一小", D("0.25"), D("0.5"), False, False),
        ("五百以上", D(500), None, True, True),
        ("小于或等于100", None, D(100), True, True),
        ("等于一百七", D(170), D(170), True, True),
        ("大于或者等于４，５６５", D(4565), None, True, True),
        ("十几万", D(100000), None, False, True),
        ("超过了百分之零点九", D("0.9"), None, False, True),
    ],
)
def test_parse_number_range(
    text: str,
    lower: Decimal | None,
    upper: Decimal | None,
    lower_inclusive: bool,
    upper_inclusive: bool,
) -> None:
    r = parse_number_range(text)
    assert r is not None
    assert (r.lower, r.upper) == (lower, upper)
    assert (r.lower_inclusive, r.upper_inclusive) == (lower_inclusive, upper_inclusive)


@pytest.mark.parametrize("text", ["", "四川", "大于", "比大", "1到", "大于1小于2大于3"])
def test_not_a_range(text: str) -> None:
    assert parse_number_range(text) is None


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        parse_number_range(3)  # type: ignore[arg-type]
