"""Quantities: capacities (50GWh, 年产20万吨), physical measures and counts.

The dimension is the unit table (:mod:`zhproj_extract.dimensions.units`, also importable as ``zhproj_extract.units``), the shared qualifiers, a
few cue words below, the pattern built from them (:data:`QUANTITY`), a normaliser
(:func:`find_quantities`) and the example corpus in :data:`RULES`.

The value stays in the unit as written with only 万/亿 folded in (0.6万吨 = 6000 吨;
三斤半 = 3.5 斤); annual figures carry ``per="年"`` whether the text says 年产 before the
list or /年 after the number.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import NamedTuple

import regex

from ..models import Quantity
from ..numbers import lexer, qualifiers
from ..numbers.numerals import (
    EXACT,
    NUMX,
    Numeral,
    digits_and_scales,
    exact_or_none,
    plain,
    range_start,
    read_numeral,
    read_numeral_prefix,
)
from ..numbers.ranges import RANGE_WORDS
from ..reading import segment
from ..reading.text import NormalizedText, clause_start
from ..rules import Rule, example, resolve_overlaps
from .money import block_is_yuan
from .units import TYPO_FORMS, UNITS, Unit

__all__ = [
    "DEFAULT_UNITS",
    "LISTED_PRODUCT",
    "PER_CUES",
    "QUANTITY",
    "RULES",
    "UnitTable",
    "find_quantities",
]

# --- tables --------------------------------------------------------------------------

#: Words before a number in the same clause that make it a rate per period.
PER_CUES: dict[str, str] = {
    **dict.fromkeys(
        [
            "年产",
            "年产能",
            "年设计产能",
            "年设计生产能力",
            "年生产能力",
            "年处理",
            "年吞吐",
            "年发电",
            "年供",
            "年加工",
            "年出栏",
            "年销售",
            "年生产",
            "年节约",
            "年节水",
            "年减排",
            "每年",
            "年均",
            "年回收",
            "年消纳",
            "年新增",
            "年屠宰",
            "年养殖",
            "年封测",
            "年封装",
            "年通过",
            "年造船",
            "年上网电量",
            "年上网",
            "年货物吞吐",
            "年集装箱吞吐",
            "年周转",
            "年采选",
            "年开采",
            "年采矿",
            "年选矿",
            "年旅客吞吐",
            "年货邮吞吐",
            "年客流",
            "年接待",
        ],
        "年",
    ),
    **dict.fromkeys(
        ["日产", "日均", "每天", "每日", "日处理", "日供", "日熔量", "日熔化量", "日接待"], "天"
    ),
    **dict.fromkeys(["月产", "月产能", "每月", "月均"], "月"),
}

#: A unit form that counts only where a word in the same clause vouches for it, and the
#: unit's form it then means: 1.2亿度 is electricity after 发电量, but 39度 alone may be a
#: temperature or an angle; 20000P is computing power after 算力, not a P-type part.
NEEDS_CUE: dict[str, tuple[str, str]] = {"度": ("电", "度电"), "P": ("算力", "PFLOPS")}

#: Counts whose next word makes them something else: 3个月 is a duration, 10个百分点 a
#: percentage.
_NOT_AFTER_COUNT = "月|小时|工作日|季度|星期|礼拜|钟头|年头|百分点|半月|多月"

#: What may not follow a unit form because the two make another word: 块钱 is money,
#: 项目 a noun (百亿项目 is no count of 项).
_NOT_AFTER_FORM = {"个": _NOT_AFTER_COUNT, "块": "钱", "项": "目", "平": "台|均|衡|稳|安"}

#: A count times a unit value, as in 4×25MW (= 100 MW): the multiplier and its sign.
#: Looked for just before a quantity's number (not in the pattern itself, which would then
#: have two ways to start at every digit).
_TIMES = lexer.small_pattern(r"(?<![0-9A-Za-z.])(?P<times>[1-9][0-9]{0,3})[ ]?[×xX*✕][ ]?$")

#: Generating units before the rating of each (2台35万千瓦机组 = 70万千瓦), read as 2×.
_UNITS_OF = lexer.small_pattern(
    r"(?<![0-9A-Za-z.])(?P<times>[1-9][0-9]?|[两二三四五六七八九十])[ ]?(?:台|套|组)[ ]?$"
)


def _count(times: str | None) -> int:
    """The multiplier a _TIMES or _UNITS_OF match read (1 without one)."""
    numeral = read_numeral(times) if times is not None else None
    return int(numeral.value) if numeral is not None else 1


# --- pattern -------------------------------------------------------------------------


def _unit_alternation(by_form: Mapping[str, Unit]) -> str:
    forms = sorted({*by_form, *NEEDS_CUE, *TYPO_FORMS}, key=lambda f: (-len(f), f))
    parts = []
    for form in forms:
        escaped = regex.escape(form)
        if form.isascii() and form in by_form and by_form[form].any_case:
            escaped = f"(?i:{escaped})"  # 5Gwh, 5gwh, 5GWH
        if form in TYPO_FORMS:
            escaped = rf"(?:(?<=[0-9])|(?<=[0-9][万亿])){escaped}"  # 2000顿, 3万平; not 三顿饭
        if form.isascii() and form[-1].isalpha():
            escaped += r"(?![A-Za-z])"  # kg, not kgf; m, not mm
        if form in _NOT_AFTER_FORM:
            escaped += rf"(?!{_NOT_AFTER_FORM[form]})"
        parts.append(escaped)
    return "|".join(parts)


_CN_DIGIT = "零〇一二两三四五六七八九十"
#: A quantity's number: a numeral, a fraction (四分之一, 四分一) or 半.
QNUM = rf"(?:(?<![{_CN_DIGIT}])[{_CN_DIGIT}]++分之?[{_CN_DIGIT}]++|(?<![0-9])\d++/\d++|{NUMX}|半)"


def _cases(form: str) -> tuple[str, ...]:
    """``form`` as the unit pattern may meet it: an ASCII form in any case (5gwh)."""
    return (form, form.upper(), form.lower()) if form.isascii() else (form,)


class UnitTable:
    """A unit vocabulary and the patterns built from it.

    The library's own table is :data:`DEFAULT_UNITS`; an :class:`~zhproj_extract.Extractor`
    given extra units builds its own (a later unit's forms win over an earlier one's).
    """

    def __init__(self, units: Iterable[Unit]) -> None:
        self.units = tuple(units)
        self.by_form: dict[str, Unit] = {form: unit for unit in self.units for form in unit.forms}
        self._by_folded: dict[str, Unit] = {
            form.casefold(): unit
            for unit in self.units
            if unit.any_case
            for form in unit.forms
            if form.isascii()
        }
        by_name = {unit.name: unit for unit in self.units}
        self._by_folded.update(
            {typo: by_name[name] for typo, name in TYPO_FORMS.items() if name in by_name}
        )
        alternation = _unit_alternation(self.by_form)
        self.pattern = regex.compile(
            rf"""
            (?:(?P<qpre>{qualifiers.before_pattern()})[ ]{{0,2}})?
            (?P<neg>零下|负|(?<![0-9A-Za-z])-)?
            (?P<num>{QNUM})
            (?:[ ]{{0,2}}(?:个(?=加仑))?(?P<unit>{alternation}))?
            """,
            regex.VERBOSE,
        )
        self.unit = regex.compile(alternation)
        #: What stands right after a numeral whose match is worth reading: a unit, a range
        #: separator, the rest of a fraction (三分之一, 3/4), 个 of 个加仑.
        forms = [f for form in (*self.by_form, *NEEDS_CUE, *TYPO_FORMS) for f in _cases(form)]
        self.may_follow = lexer.may_follow((*forms, *RANGE_WORDS, *"分/个"))
        #: The characters a unit form begins with: only a numeral run holding one of them
        #: may have swallowed its unit (二两, 三千两百两).
        self.opening_chars = frozenset(form[0] for form in forms)

    def lookup(self, form: str) -> Unit | None:
        """The unit a matched form names: as written, in any case (5gwh), or a typo (顿)."""
        return self.by_form.get(form) or self._by_folded.get(form.casefold())

    def extended(self, extra: Iterable[Unit]) -> UnitTable:
        """This table with ``extra`` units added (their forms win)."""
        return UnitTable((*self.units, *extra))


#: Where a quantity may begin before its numeral (a qualifier, 零下, 负, -), and 半 alone.
OPENERS = lexer.Openers(
    (*qualifiers.BEFORE, "零下", "负", "-"),
    reach=max(map(len, qualifiers.BEFORE)) + 2 + len("零下"),
    alone=("半",),
)
DEFAULT_UNITS = UnitTable(UNITS)
QUANTITY = DEFAULT_UNITS.pattern

#: After the unit: 三斤半, 三米九, 3斤5两; a qualifier; a period (5万吨/年).
#: What follows a unit inside a quantity: 半 (三吨半), or a digit of the next smaller
#: unit (一米八, 二斤三两) that ends the word (5000吨六氟磷酸锂 is 5000吨 of a product).
_COMPOUND = lexer.small_pattern(
    # (1200万条半钢子午线轮胎: 半 of the next word, not half a 条)
    r"(?P<half>半)(?![\u4e00-\u9fff](?<![的多高长宽重左以]))"
    r"|(?P<digit>[0-9一二两三四五六七八九])(?P<liang>两)?"
    r"(?![0-9零〇一二两三四五六七八九十百千万亿.点])(?![\u4e00-\u9fff](?<![的多高长宽重]))"
)
_TAIL = lexer.small_pattern(
    rf"(?P<qpost>{qualifiers.after_pattern()})?(?:[ ]?(?:/|每)(?P<per>年|天|日|月|小时))?"
)
_SEPARATOR = lexer.small_pattern(rf"[ ]{{0,2}}(?:{'|'.join(RANGE_WORDS)})[ ]{{0,2}}")
_CUE = lexer.small_pattern("|".join(sorted(PER_CUES, key=len, reverse=True)))
_CLAUSE_STOP = "，。；;！？!?\n"

# --- normaliser ----------------------------------------------------------------------


class _Atom(NamedTuple):
    """A quantity as read from the text, before ranges are joined (normalised offsets).

    A named tuple rather than a frozen dataclass: one is built for every quantity, and a
    tuple is built in a fraction of the time.
    """

    start: int
    end: int
    numeral: Numeral
    unit: Unit | None
    extra: Decimal  # 半, 米九, 斤两 in the unit
    negative: bool
    qpre: str | None
    qpost: str | None
    per: str | None
    times: int = 1  # 4×25MW: the count the unit value is multiplied by

    @property
    def value(self) -> Decimal:
        value = (self.numeral.value + self.extra) * self.times
        return -value if self.negative else value


def _clause_start(text: str, pos: int) -> int:
    return clause_start(text, pos, 40, _CLAUSE_STOP)


def _read(num: str) -> Numeral | None:
    if num == "半":
        return Numeral(Decimal("0.5"))
    if "分" in num or "/" in num:
        from ..numbers.numerals import parse_number

        value = parse_number(num)
        return Numeral(value) if value is not None else None
    return read_numeral(num.replace(" ", ""))


def _atom(m: lexer.Match, text: str, units: UnitTable) -> _Atom | None:
    form = m.group("unit")
    num_text, end = m.group("num"), m.end()
    numeral = _read(num_text)
    if numeral is None and form is None:
        # 二两, 三千两百两: the run swallowed a unit that is also a digit
        split = read_numeral_prefix(num_text)
        unit_match = units.unit.match(text, m.start("num") + split[0]) if split else None
        if split is None or unit_match is None:
            return None
        numeral, form, end = split[1], unit_match.group(), unit_match.end()
        num_text = num_text[: split[0]]
    if form is None and not _SEPARATOR.match(text, end):
        return None  # a bare number that does not start a range
    if numeral is None:
        return None
    unit = units.lookup(form) if form else None
    if (
        unit is not None
        and unit.name == "块"
        and block_is_yuan(text, m.start(), numeral.has_big_scale)
    ):
        return None  # 花了三块: yuan, read by the money dimension
    if form in NEEDS_CUE:
        cue, meant = NEEDS_CUE[form]
        if cue not in text[_clause_start(text, m.start()) : m.start()]:
            if not text.startswith(cue, end):
                return None
            if form + cue in units.by_form:
                end += len(cue)  # 1.2亿度电: the unit's whole form
        unit = units.by_form[meant]
    extra = Decimal(0)
    if unit is not None:
        compound = _COMPOUND.match(text, end)
        if compound and compound.group("half"):
            extra, end = Decimal("0.5"), compound.end()
        elif (
            compound
            and not numeral.has_big_scale  # 3万吨一期: never 3万吨 and a tenth
            and unit.name in ("米", "斤", "公里", "吨")
            and (unit.name != "斤" or compound.group("liang"))
        ):
            digit = read_numeral(compound.group("digit"))
            if digit is not None:
                extra, end = digit.value / 10, compound.end()
    if (
        unit is not None
        and unit.kind in ("count", "items")
        and numeral.value == 1
        and not num_text.isascii()
    ):
        return None  # 一个, 一家, 一片: an article, not a count
    if (
        unit is not None
        and not any(c.isdigit() for c in num_text)
        and not numeral.has_big_scale
        and len(form or "") == 1
        and not (segment.is_boundary(text, m.start("num")) and segment.is_boundary(text, end))
    ):
        return None  # 千家万户, 一条龙: the numeral and unit belong to a longer word
    tail = _TAIL.match(text, end)
    qpost = per = None
    if tail is not None and tail.end() > end:
        qpost, per = tail.group("qpost"), tail.group("per")
        per = "天" if per == "日" else per
        end = tail.end()
    if per is None and unit is not None:
        lo = _clause_start(text, m.start())  # a count is yearly only close to its cue
        lo = max(lo, m.start() - _COUNT_CUE_REACH) if unit.kind == "count" else lo
        if unit.kind == "power" and (ancillary := _ANCILLARY.search(text, lo, m.start())):
            lo = ancillary.end()  # 年产10万吨饲料及配套5MW光伏电站: a plant's own rating
        cues = _CUE.findall(text, lo, m.start())  # (年产纸箱1.6亿个; not 年产…等项目113个)
        per = PER_CUES[cues[-1]] if cues else None
    times = (
        _TIMES.search(text, max(0, m.start() - 8), m.start())
        if unit is not None and m.start() == m.start("num")
        else None
    )
    if times is None and unit is not None and unit.kind == "power" and m.start() == m.start("num"):
        times = _UNITS_OF.search(text, max(0, m.start() - 6), m.start())  # 2台35万千瓦
    count = times.group("times") if times else None
    return _Atom(
        times.start() if times else m.start(),
        end,
        numeral,
        unit,
        extra,
        bool(m.group("neg")),
        m.group("qpre"),
        qpost,
        per,
        _count(count),
    )


def find_quantities(ntext: NormalizedText, units: UnitTable = DEFAULT_UNITS) -> list[Quantity]:
    """Every quantity in ``ntext`` whose unit ``units`` knows, in text order, overlaps resolved."""
    text = ntext.text

    def build(m: lexer.Match) -> tuple[_Atom | None, int]:
        atom = _atom(m, text, units)
        return atom, (atom.end if atom is not None else m.end("num"))

    def worth_reading(atom: lexer.Atom) -> bool:
        """A unit or separator follows the atom, or the atom swallowed its unit (二两)."""
        if units.may_follow.match(text, atom.end) is not None:
            return True
        return not units.opening_chars.isdisjoint(atom.text) and _read(atom.text) is None

    atoms = list(lexer.scan(units.pattern, ntext, OPENERS, build, worth_reading))
    for i in range(1, len(atoms)):
        before, atom = atoms[i - 1], atoms[i]
        if (
            atom.per is None
            and before.per is not None
            and atom.unit is not None
            and atom.unit.kind != "area"
            and _NEXT_PRODUCT.fullmatch(text, before.end, atom.start)
        ):
            atoms[i] = atom._replace(per=before.per)  # 年产胶囊15亿粒，注射剂3亿支
    found: list[Quantity] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and b.negative and b.start == a.end and text.startswith("-", b.start):
            b = b._replace(start=b.start + 1, negative=False)  # 5万吨-10万吨: no sign
        sep = _SEPARATOR.match(text, a.end) if b is not None else None
        joined = (
            _range(ntext, a, b)
            if b is not None
            and sep is not None
            and sep.end() == b.start
            and b.unit is not None
            and (a.unit is None or a.unit == b.unit)
            and b.qpre is None
            else None
        )
        if joined is not None:
            found.append(joined)
            i += 2
            continue
        single = (
            _quantity(ntext, a, a.start, a.end, None, "quantity") if a.unit is not None else None
        )
        if single is not None:
            found.append(single)
        i += 1
    return resolve_overlaps(found)


@exact_or_none
def _range(ntext: NormalizedText, a: _Atom, b: _Atom) -> Quantity | None:
    """``a`` to ``b`` as one range, the first end scaled, up to the top of a vague second
    end (10-20多万吨 runs to 30万吨, as money does); None if inverted (15-10万吨): then each
    end counts on its own."""
    first = range_start(a.numeral, b.numeral, digits_and_scales(ntext.text[b.start : b.end]))
    if first is None:
        return None
    a = a._replace(numeral=first)
    upper = b.value
    if b.numeral.upper is not None and not b.negative:  # 10-20多万吨 runs to 30万吨
        upper = (b.numeral.upper + b.extra) * b.times
    if a.value > upper:
        return None
    assert b.unit is not None
    return _quantity(
        ntext,
        a._replace(unit=b.unit, per=a.per or b.per),
        a.start,
        b.end,
        upper,
        "quantity.range",
    )


#: A product listed after a yearly one, a comma apart (年产胶囊15亿粒，注射剂3亿支): a few
#: characters that name a thing, not a measure of it (单件重量45克, 车长12米) nor a use of
#: land or people (占地200亩, 就业500人).
LISTED_PRODUCT = (
    r"(?![^，。；]{0,7}(?:建|购置|引进|安装|拥有|带动|实现|新增|解决|吸纳|安置|提供|创造|投资|员工|职工|人员|可|将|预计))"
    r"[\u4e00-\u9fff]{1,8}(?<![重长宽高深厚径度率量积压温速距格能值力地人业位工约近超达逾])"
    r"(?<!规模|总计|合计|累计|其中)"
)
#: (not a clause of works: 日供水4万立方米水厂1座，改造…管网386公里 is no daily figure)
_NEXT_PRODUCT = regex.compile(
    rf"[，,][ ]?(?:其中)?(?!新建|改造|改建|扩建|建设|铺设|治理|配套|建成|完成){LISTED_PRODUCT}"
)
#: How close before a count a yearly cue must stand to make it yearly.
_COUNT_CUE_REACH = 12
#: What makes a power the rating of a plant that serves the project (配套5MW光伏电站).
_ANCILLARY = regex.compile("配套|自备|自建|屋顶")


@exact_or_none
def _quantity(
    ntext: NormalizedText, atom: _Atom, start: int, end: int, upper: Decimal | None, rule: str
) -> Quantity | None:
    assert atom.unit is not None
    vague = atom.numeral.upper is not None and upper is None
    if vague and atom.numeral.upper is not None:
        upper = atom.numeral.upper + atom.extra
    qualifier = qualifiers.combine(
        atom.qpre, atom.qpost, is_range=rule.endswith("range"), vague=vague
    )
    o_start, o_end = ntext.span(start, end)
    kind = atom.unit.kind
    value = plain(atom.value)
    return Quantity(
        text=ntext.original[o_start:o_end],
        start=o_start,
        end=o_end,
        rule="quantity.count" if kind == "count" else rule,
        value=value,
        upper=plain(upper) if upper is not None else None,
        unit=atom.unit.name,
        qualifier=qualifier,
        kind=kind,
        per=atom.per,
        base_value=_in_base(value, atom.unit),
        base_upper=_in_base(upper, atom.unit) if upper is not None else None,
        base_unit=atom.unit.base,
    )


#: A unit's size with this many significant digits is a fraction that never ends, cut
#: (亩 is 2000/3 m², written 666.6666666666667): values in its base unit keep 15 digits,
#: as a numeral's 三分之一 does, not the cut's trailing noise (300亩 is 200000 m²).
_CUT_FACTOR_DIGITS = 16
_FIFTEEN_DIGITS = decimal.Context(prec=15)


def _in_base(value: Decimal, unit: Unit) -> Decimal | None:
    """``value`` of ``unit`` in the base unit of its kind; None if it cannot be exact."""
    if unit.factor == 1:
        return value
    try:
        product = EXACT.multiply(value, unit.factor)
    except decimal.DecimalException:
        return None
    if len(unit.factor.as_tuple().digits) >= _CUT_FACTOR_DIGITS:
        product = _FIFTEEN_DIGITS.plus(product)
    return plain(product)


# --- example corpus ------------------------------------------------------------------


RULES: tuple[Rule, ...] = (
    Rule(
        "quantity",
        "A number and a unit from the unit table, 万/亿 folded in; per 年 for annual "
        "capacities (年产, 年产能, /年); qualifiers.",
        (
            example(
                "建设50GWh产能", {"text": "50GWh", "value": "50", "unit": "GWh", "kind": "energy"}
            ),
            example("首期启动年产10GW单晶硅组件项目", {"text": "10GW", "unit": "GW", "per": "年"}),
            # every quantity also in the base unit of its kind, so units compare
            example(
                "年产20万吨，折合2亿千克；占地300亩",
                {"text": "20万吨", "base_value": "200000000000", "base_unit": "g"},
                {"text": "2亿千克", "base_value": "200000000000", "base_unit": "g"},
                {"text": "300亩", "base_value": "200000", "base_unit": "m²"},
            ),
            example(
                "规划年产7500万件精密结构件",
                {
                    "text": "7500万件",
                    "value": "75000000",
                    "unit": "件",
                    "per": "年",
                    "kind": "items",
                },
            ),
            example(
                "年产20万吨电解液、0.6万吨高纯碳酸锂",
                {"text": "20万吨", "value": "200000", "per": "年"},
                {"text": "0.6万吨", "value": "6000", "unit": "吨", "per": "年"},
            ),
            example("处理废旧电池5万吨/年", {"text": "5万吨/年", "value": "50000", "per": "年"}),
            example(
                "总面积1395平方公里", {"text": "1395平方公里", "unit": "平方公里", "kind": "area"}
            ),
            example("装机容量120万千瓦", {"text": "120万千瓦", "value": "1200000", "unit": "kW"}),
            example(
                "年发电量约1.3亿度",
                {
                    "text": "约1.3亿度",
                    "value": "130000000",
                    "unit": "kWh",
                    "qualifier": "approx",
                    "per": "年",
                },
            ),
            example("一百千瓦", {"text": "一百千瓦", "value": "100", "unit": "kW"}),
            example("三斤半", {"text": "三斤半", "value": "3.5", "unit": "斤"}),
            example("产量约半吨", {"text": "约半吨", "value": "0.5", "qualifier": "approx"}),
            example("3斤5两", {"text": "3斤5两", "value": "3.5", "unit": "斤"}),
            example("零下四摄氏度", {"text": "零下四摄氏度", "value": "-4", "unit": "℃"}),
            example("缴获近一吨冰毒", {"text": "近一吨", "value": "1", "qualifier": "approx"}),
            example("带动上千家企业", {"text": "上千家", "value": "1000", "qualifier": "at_least"}),
            example("比上5年增长"),
            example("身高168cm", {"text": "168cm", "unit": "厘米"}),
            example(
                "年产电池10-15万吨",
                {
                    "text": "10-15万吨",
                    "value": "100000",
                    "upper": "150000",
                    "qualifier": "range",
                    "per": "年",
                },
            ),
            example("年产电池15-10万吨", {"text": "10万吨", "value": "100000", "upper": "None"}),
            example(
                "年产十几至二十几万吨",
                {"text": "十几至二十几万吨", "value": "100000", "upper": "300000"},
            ),
            example("项目年设计产能10GWh", {"text": "10GWh", "per": "年"}),
            example(
                "年产能5万吨-10万吨",
                {"text": "5万吨-10万吨", "value": "50000", "upper": "100000", "qualifier": "range"},
            ),
            example("5G基站覆盖3.5吉赫兹频段", {"text": "3.5吉赫兹", "unit": "GHz"}),
            example(
                "新厂年产蒸压砖1200万块",
                {"text": "1200万块", "value": "12000000", "unit": "块", "per": "年"},
            ),
            example(
                "储能规模2gwh，另建3Mwh示范站、风电10gw",
                {"text": "2gwh", "value": "2", "unit": "GWh"},
                {"text": "3Mwh", "value": "3", "unit": "MWh"},
                {"text": "10gw", "value": "10", "unit": "GW"},
            ),
            example(
                "配置3×50MW机组和2x660MW机组",
                {"text": "3×50MW", "value": "150", "unit": "MW", "kind": "power"},
                {"text": "2x660MW", "value": "1320", "unit": "MW"},
            ),
            example(
                "建设2台35万千瓦超临界机组，安装风机20台",
                {"text": "2台35万千瓦", "value": "700000", "unit": "kW", "kind": "power"},
                {"text": "20台", "value": "20", "unit": "台"},
            ),
            example(
                "每年处理固废800顿", {"text": "800顿", "value": "800", "unit": "吨", "per": "年"}
            ),
            example("一天吃三顿饭，一瓶水卖两块"),
            example("今天是39度高温"),
            example("千家万户"),
        ),
    ),
    Rule(
        "quantity.count",
        "Counts of projects, firms, teams or people: kind count, so they can be filtered.",
        (
            example("安排市重点正式项目665个", {"text": "665个", "kind": "count"}),
            example("组建40支招商小分队", {"text": "40支", "kind": "count", "unit": "支"}),
            example(
                "全县18个亿元以上重点项目开工", {"text": "18个", "value": "18", "kind": "count"}
            ),
            example("签下一批百亿项目"),
            example("用时3个月，提高2个百分点"),
            example("一个重要举措"),
        ),
    ),
)
