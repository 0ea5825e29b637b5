"""Extraction time grows linearly with input length, for every trigger.

Two sizes in one run, the best CPU time of five each, and a generous bound on the ratio:
an input four times longer may take at most eight times as long (a quadratic cost would
take sixteen; on this two-core VM a fourfold input has measured up to 8.3× under load, so
a ratio over the bound is measured again before it fails).  Not
a timing of absolute speed (that lives in benchmarks/).
"""

from __future__ import annotations

import pytest
from timing import growth_ratio

from zhproj_extract import extract

#: trigger name → a unit of text that repeats it
TRIGGERS = {
    "digits": "1234567890",
    "亿元": "亿元",
    "约超": "约超",
    "numeral+unit": "投资5亿元，",
    "chinese numerals": "一二三四五六七八九十百千万亿",
    "2023年1月": "2023年1月",
    "●项目介绍：": "●项目介绍：",
    "blank lines": "投资建设，\n\n",
    "spaces": "约 ",
    "ranges": "1-2-3-4亿元至",
    "commas": "1,234,",
    "角分": "五角五分一毛",
    "mixed numerals": "一2三4五6万7亿8",
    "units": "10GW、5万吨、3斤半、",
    "%": "11.4%增长",
    "百分之": "百分之十五点",
    "个百分点": "提高近10个百分点",
    "成折": "两成九折",
    "spaced numerals": "一 百 ",
    "dates": "去年8月以来，2月底、一季度至3月",
    "lunar": "农历正月初一兔年伊始",
    "project blocks": "● 东湖基地项目\n项目介绍：总投资5亿元，年产10万吨。\n项目进展：3月开工\n",
    "prose projects": "投资5亿元的东湖产业基地项目落户东湖区，",
}

BASE = 2_000


@pytest.mark.parametrize("unit", list(TRIGGERS.values()), ids=list(TRIGGERS))
def test_time_is_linear_in_length(unit: str) -> None:
    small = unit * (BASE // len(unit))
    large = small * 4
    extract(small)  # warm up: lazy loading is not part of the measurement
    ratio = growth_ratio(lambda: extract(small), lambda: extract(large), 8)
    assert ratio <= 8, f"{unit!r}: four times the text took {ratio:.1f} times as long"
