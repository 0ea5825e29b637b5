"""The unit table, public: the units the library reads, and how they compare.  Data only.

``UNITS`` drives the quantities dimension: each row is a canonical unit, the kind of
quantity it measures, the surface forms that name it, and its size in the base unit of
that kind (g, m, m², L, Wh, W, bit, Hz …), from which every :class:`~zhproj_extract.models.Quantity`
gets its ``base_value`` and ``base_unit``, so that 20万吨 and 2亿千克 compare without code
of yours.
``PER_UNITS`` are the denominators a rate may be stated per (504.3万元/亩, 0.6元/千瓦时).
To teach the library a unit, add a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["PER_UNITS", "TYPO_FORMS", "UNITS", "UNIT_BY_FORM", "Unit"]


@dataclass(frozen=True)
class Unit:
    """A unit of measure: canonical name, kind, surface forms, size in the kind's base unit."""

    name: str
    kind: str
    forms: tuple[str, ...]
    base: str
    factor: Decimal = Decimal(1)
    #: Latin forms match in any case (5Gwh, 5gwh, 5GWH are all GWh): for units whose
    #: case-folded forms name no other unit.
    any_case: bool = False


def _u(
    name: str, kind: str, forms: str, base: str, factor: str | int = 1, *, any_case: bool = False
) -> Unit:
    return Unit(name, kind, tuple(forms.split()), base, Decimal(factor), any_case)


#: Every unit the quantities dimension knows.  Forms are space-separated; Latin forms
#: only match when no letter follows (kg, not kgf); ``any_case`` rows match in any case.
UNITS: tuple[Unit, ...] = (
    # energy
    _u("TWh", "energy", "TWh 太瓦时", "Wh", 10**12, any_case=True),
    _u("GWh", "energy", "GWh 吉瓦时", "Wh", 10**9, any_case=True),
    _u("MWh", "energy", "MWh 兆瓦时", "Wh", 10**6, any_case=True),
    _u("kWh", "energy", "kWh 千瓦时 度电", "Wh", 10**3, any_case=True),
    _u("Wh", "energy", "Wh 瓦时", "Wh", any_case=True),
    _u("千卡", "energy", "千卡 大卡 kcal", "cal", 1000),
    _u("千焦", "energy", "千焦 kJ", "J", 1000),
    _u("焦耳", "energy", "焦耳", "J"),
    # power
    _u("GW", "power", "GW 吉瓦", "W", 10**9, any_case=True),
    _u("MW", "power", "MW 兆瓦", "W", 10**6, any_case=True),
    _u("kW", "power", "kW 千瓦 瓩", "W", 10**3, any_case=True),  # (瓩: Taiwan's)
    _u("W", "power", "瓦", "W"),
    # mass
    _u("吨", "mass", "吨 公吨", "g", 10**6),  # and 顿, a common typo: TYPO_FORMS
    _u("载重吨", "mass", "载重吨 DWT", "g", 10**6),  # a ship's or a yard's deadweight (150万载重吨)
    _u("千克", "mass", "千克 公斤 kg KG Kg", "g", 1000),
    _u("斤", "mass", "斤 市斤", "g", 500),
    _u("两", "mass", "两", "g", 50),
    _u("克", "mass", "克 g", "g"),
    _u("毫克", "mass", "毫克 mg", "g", "0.001"),
    _u("微克", "mass", "微克 μg ug", "g", "0.000001"),
    _u("磅", "mass", "磅", "g", "453.59237"),
    _u("盎司", "mass", "盎司", "g", "28.349523125"),
    # length
    _u("公里", "length", "公里 千米 km KM", "m", 1000),
    _u("米", "length", "米 公尺 m", "m"),
    _u("厘米", "length", "厘米 公分 cm CM", "m", "0.01"),
    _u("毫米", "length", "毫米 mm", "m", "0.001"),
    _u("英里", "length", "英里 mile miles", "m", "1609.344"),
    _u("海里", "length", "海里", "m", 1852),
    _u("英尺", "length", "英尺 呎 foot feet foots feets ft '", "m", "0.3048"),
    _u("英寸", "length", '英寸 英吋 吋 inch inches "', "m", "0.0254"),
    # area
    _u("平方公里", "area", "平方公里 平方千米 km² km2", "m²", 10**6),
    _u("平方米", "area", "平方米 平米 平方公尺 ㎡ m² m2", "m²"),
    _u("公顷", "area", "公顷", "m²", 10**4),
    _u("亩", "area", "亩", "m²", "666.6666666666667"),
    _u("平方英尺", "area", "平方英尺", "m²", "0.09290304"),
    _u("英亩", "area", "英亩", "m²", "4046.8564224"),
    # volume
    _u("立方米", "volume", "立方米 立方公尺 m³ m3", "L", 1000),
    # gas at standard conditions (制氢规模2000标方/小时)
    _u("标准立方米", "volume", "标准立方米 标方 Nm³ Nm3", "L", 1000),
    _u("千升", "volume", "千升 kL", "L", 1000),  # (100万千升 of beer: 10亿升)
    _u("升", "volume", "升 公升 L", "L"),
    _u("毫升", "volume", "毫升 ml mL cc", "L", "0.001"),
    _u("加仑", "volume", "加仑", "L", "3.785411784"),
    _u("汤匙", "volume", "汤匙", "L", "0.015"),
    _u("茶匙", "volume", "茶匙", "L", "0.005"),
    # temperature
    _u("℃", "temperature", "℃ 摄氏度 °C", "℃"),
    # data
    _u("PB", "data", "PB 拍字节", "bit", 8 * 10**15),
    _u("TB", "data", "TB 太字节", "bit", 8 * 10**12),
    _u("GB", "data", "GB 吉字节", "bit", 8 * 10**9),
    _u("MB", "data", "MB 兆字节", "bit", 8 * 10**6),
    _u("KB", "data", "KB 千字节", "bit", 8 * 10**3),
    _u("字节", "data", "字节 byte bytes", "bit", 8),
    _u("千比特", "data", "千比特 kbit", "bit", 1000),
    _u("比特", "data", "比特 bit bits", "bit"),
    # frequency
    _u("GHz", "frequency", "GHz 吉赫兹 吉赫", "Hz", 10**9),
    _u("MHz", "frequency", "MHz 兆赫兹 兆赫", "Hz", 10**6),
    _u("kHz", "frequency", "kHz 千赫兹 千赫", "Hz", 10**3),
    _u("Hz", "frequency", "Hz 赫兹", "Hz"),
    # computing power: a data centre's size (智能算力8000PFLOPS, 算力规模2EFLOPS)
    _u("EFLOPS", "compute", "EFLOPS EFlops", "FLOPS", 10**18),
    _u("PFLOPS", "compute", "PFLOPS PFlops", "FLOPS", 10**15),
    _u("TFLOPS", "compute", "TFLOPS TFlops", "FLOPS", 10**12),
    # manufactured items: what capacities are counted in
    _u("件", "items", "件", "件"),
    _u("台", "items", "台", "台"),
    _u("套", "items", "套", "套"),
    _u("条", "items", "条", "条"),
    _u("辆", "items", "辆", "辆"),
    _u("部", "items", "部", "部"),
    _u("只", "items", "只", "只"),
    _u("片", "items", "片", "片"),
    _u("颗", "items", "颗", "颗"),
    _u("艘", "items", "艘", "艘"),
    _u("架", "items", "架", "架"),
    _u("块", "items", "块", "块"),  # 年产砖3000万块; yuan where money says so (块钱, 售价3块)
    _u("台套", "items", "台套", "台套"),  # equipment sold as sets (年产8000台套)
    _u("头", "items", "头", "头"),  # livestock raised (年出栏生猪10万头)
    _u("羽", "items", "羽", "羽"),  # poultry raised (年出栏肉鸡1000万羽)
    _u("标准箱", "items", "标准箱 标箱 TEU", "标准箱"),  # containers handled (年吞吐量20万标准箱)
    _u("袋", "items", "袋", "袋"),  # packed goods made (年产颗粒剂2000万袋)
    _u("盒", "items", "盒", "盒"),
    _u("瓶", "items", "瓶", "瓶"),
    _u("粒", "items", "粒", "粒"),  # capsules and pills made (年产胶囊5亿粒)
    _u("双", "items", "双", "双"),  # gloves and shoes made in pairs (年产3000万双医用手套)
    _u("锭", "items", "锭 纱锭", "锭"),  # spindles of a spinning mill (建设50万锭色纺纱项目)
    _u("樘", "items", "樘", "樘"),  # doors and windows made (年产智能门窗50万樘)
    _u("张", "items", "张", "张"),  # boards and sheets made (年产600万张芯板); beds (床位800张)
    # counts of projects, firms, teams, people: kept apart so users can filter them
    _u("个", "count", "个", "个"),
    _u("家", "count", "家", "家"),
    _u("项", "count", "项", "项"),
    _u("支", "count", "支", "支"),
    _u("名", "count", "名", "名"),
    _u("位", "count", "位", "位"),
    _u("人次", "count", "人次", "人次"),
    _u("人", "count", "人", "人"),
    _u("户", "count", "户", "户"),
    _u("批", "count", "批", "批"),
    _u("所", "count", "所", "所"),
    _u("座", "count", "座", "座"),
    _u("栋", "count", "栋", "栋"),
    _u("根", "count", "根", "根"),
    _u("株", "count", "株", "株"),
)

#: surface form → unit
UNIT_BY_FORM: dict[str, Unit] = {form: unit for unit in UNITS for form in unit.forms}

#: Misspelt and clipped forms read as a unit only right after an Arabic numeral or its
#: 万/亿 (2000顿 is 2000吨, 20000万平 is 平方米; 三顿饭 is meals, 水平 no area): form → the
#: canonical name of the unit meant.
TYPO_FORMS: dict[str, str] = {"顿": "吨", "平": "平方米"}

#: Latin forms of ``any_case`` units in their common spellings, for rate denominators.
_CASED = {
    variant: unit.name
    for unit in UNITS if unit.any_case
    for form in unit.forms if form.isascii()
    for variant in (form, form.lower(), form.upper(), form[0].upper() + form[1:].lower())
}  # fmt: skip

#: Denominators of rates: surface form → canonical name.
PER_UNITS: dict[str, str] = {
    **{form: unit.name for unit in UNITS if unit.kind not in ("count", "temperature", "data")
       for form in unit.forms if not form.isascii() or len(form) > 1},
    **{form: name for form, name in _CASED.items() if len(form) > 1},
    "亩": "亩", "人": "人", "户": "户", "年": "年", "月": "月", "天": "天", "日": "天",
    "小时": "小时", "度": "kWh", "股": "股", "桶": "桶", "方": "立方米", "间": "间",
    "床": "床", "个": "个", "次": "次", "人次": "人次", "张": "张", "晚": "晚", "份": "份",
    "箱": "箱", "本": "本", "W": "W", "Wh": "Wh", "平": "平方米",
}  # fmt: skip

#: Words whose average is stated before the amount (亩均税收30万元 is per 亩).
AVERAGED_UNITS: dict[str, str] = {"亩": "亩", "人": "人", "户": "户", "吨": "吨"}
