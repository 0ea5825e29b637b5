"""Unit words shared between dimensions.  Data only.

``PER_UNITS`` are the denominators a rate may be stated per (504.3万元/亩, 每股1.95港元,
0.6元/千瓦时).  The quantities dimension extends this module with its own unit table.
"""

from __future__ import annotations

#: Denominators of rates: surface form → canonical name.
PER_UNITS: dict[str, str] = {
    "亩": "亩", "平方米": "平方米", "平米": "平方米", "㎡": "平方米", "m²": "平方米", "m2": "平方米",
    "平方公里": "平方公里", "公顷": "公顷", "吨": "吨", "千克": "千克", "公斤": "公斤",
    "克": "克", "斤": "斤", "人": "人", "户": "户", "年": "年", "月": "月", "天": "天", "日": "天",
    "小时": "小时", "度": "度", "千瓦时": "千瓦时", "kWh": "kWh", "瓦": "瓦", "W": "W", "Wh": "Wh",
    "股": "股", "件": "件", "台": "台", "套": "套", "桶": "桶", "盎司": "盎司",
    "立方米": "立方米", "方": "立方米", "升": "升", "间": "间", "床": "床", "个": "个",
    "次": "次", "人次": "人次", "张": "张", "只": "只", "头": "头", "辆": "辆", "千瓦": "千瓦",
    "kW": "kW", "MW": "MW", "GW": "GW", "GWh": "GWh", "MWh": "MWh", "米": "米", "公里": "公里",
    "平方英尺": "平方英尺", "英亩": "英亩", "晚": "晚", "份": "份", "箱": "箱", "本": "本",
}  # fmt: skip

#: Words whose average is stated before the amount (亩均税收30万元 is per 亩).
AVERAGED_UNITS: dict[str, str] = {"亩": "亩", "人": "人", "户": "户", "吨": "吨", "地": "亩"}
