"""Money: amounts, ranges, rates per unit and scale classes, in any currency.

The dimension is a table of forms (``_currencies``, ``qualifiers``, ``units`` and the
cue words below), one pattern built from them (:data:`ATOM`, an amount with what may
stand around it), a normaliser (:func:`find_money`) that turns matches into
:class:`~zhproj_extract.models.Money`, and the example corpus in :data:`RULES`.

How a match becomes money, in order:

1. read the numeral exactly (:func:`~zhproj_extract.numbers.numerals.read_numeral`);
2. settle the currency: a named currency before or after the number wins over 元;
   角/毛/分 after 元 add their fraction (123元1角1分 = 123.11);
3. words around it: a qualifier (约, 超过, 以上 ...), a rate's denominator (/亩, 每亩,
   亩均), a scale class (千亿级);
4. two amounts joined by 至/到/-/~ become one range, the second's scale carried to the
   first where the first has none (两到三万 = 20000..30000); an inverted pair (5-3亿元,
   which reads 5亿 to 3亿) is no range, and each end counts on its own;
5. a bare 亿/万 numeral with no currency is money only where a cue word such as 投资 or
   产值 stands before it in the same clause (总投资超百亿).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import NamedTuple

import regex

from ..models import Money
from ..numbers import lexer, qualifiers
from ..numbers.numerals import (
    CN_DIGITS,
    MAX_NUMERAL_LENGTH,
    NUMX,
    Numeral,
    carry_scale,
    digits_and_scales,
    exact_or_none,
    plain,
    range_start,
    read_numeral,
)
from ..numbers.ranges import RANGE_WORDS
from ..reading import segment
from ..reading.pipe_tables import columns
from ..reading.text import NormalizedText, clause_start, normalize, require_str
from ..rules import Rule, alternation, example, guarded, resolve_overlaps
from . import currencies as cur
from .units import AVERAGED_UNITS, PER_UNITS

__all__ = ["MONEY_CUES", "RULES", "block_is_yuan", "document_currency", "find_money", "parse_money"]

# --- tables --------------------------------------------------------------------------

#: Words that make a bare 亿/万 numeral money when they precede it in the same clause.
MONEY_CUES = (
    "投资", "投资额", "总投资", "产值", "营收", "营业收入", "收入", "销售额", "交易额", "成交额",
    "资金", "金额", "融资", "税收", "利润", "利税", "市值", "估值", "出资", "注册资本", "预算",
    "奖金", "补贴", "补助", "奖励", "成本", "贷款", "授信", "基金", "经费", "工资", "年薪",
    "月薪", "薪酬", "薪资", "价格", "售价", "造价", "投入", "GDP", "生产总值", "增加值",
    "总值", "出口额", "进口额", "贸易额", "签约额", "合同额", "总额", "营业额", "花费", "开销",
    "罚款", "赔偿", "捐款", "捐赠", "拨款", "债务", "负债", "存款", "身价", "票房", "预算额",
)  # fmt: skip

#: Separators between the two ends of a range.
RANGE_SEPARATORS = (*RANGE_WORDS, "－")

#: Words that end a word with a numeral character, so a numeral starting there is not
#: one (统一亿元 is not 一亿元).
_WORD_FINAL_NUMERAL = ("统一", "唯一", "之一", "万一", "第一", "其一", "同一", "单一", "专一")

#: Characters after 元 that make it part of another word (元宵, 元旦, 元件).
_NOT_YUAN_AFTER = "宵旦素件器首帅凶朝音老气"

#: Words after a small Chinese numeral + 元 that make the two a noun compound, not an
#: amount: 三元材料, 三元前驱体, 三元锂电池, 二元催化剂 (元 as "component", not yuan).
YUAN_COMPOUNDS = (
    "材料", "前驱体", "前驱", "锂", "电池", "电芯", "正极", "负极", "催化", "体系", "结构",
    "组分", "合金", "化合物", "共聚", "乙丙", "复合", "方程", "函数", "一次", "论",
)  # fmt: skip

#: Words before a bare 块 (no 钱, no 角/分 after it) in the same clause that make it yuan:
#: the money cues and price words (售价3块, 花了五块, 多少块).  Elsewhere 块 after a big
#: numeral, or after a production or item word, counts pieces (年产砖3000万块).
BLOCK_PRICE_CUES = (
    *MONEY_CUES, "价", "钱", "花", "卖", "买", "付", "赚", "挣", "赔", "收费", "费", "票",
    "贵", "便宜", "值", "省", "亏", "要", "多少", "给", "找零", "零钱",
)  # fmt: skip
#: Words before 块 in the same clause that make it a measure word for pieces.
BLOCK_ITEM_CUES = (
    "产", "砖", "板", "玻璃", "石", "瓦", "屏", "电池", "芯片", "晶圆", "片", "模块", "铺",
    "安装", "生产", "制造", "销售", "出货", "供应", "交付",
)  # fmt: skip

#: Words after a numeral-less round scale (百亿, 千亿) that make it a size class of
#: projects (百亿项目); before it in the clause, they make a qualified one money too
#: (多个项目过百亿).
CLASS_WORDS = ("项目", "工程", "大项目", "产业项目")

#: Labels that stand before a numeral-less unit in a table header (单位：万元).
_UNIT_LABEL_BEFORE = lexer.small_pattern(r"(?:单位[:：]?[ ]{0,2}|[(\[【])$")

# --- pattern -------------------------------------------------------------------------


_NAMES = [name for names in cur.NAMED.values() for name in names]
_NAMED = guarded(alternation(_NAMES), _NAMES)
_NAMED_SUB = guarded(alternation(cur.NAMED_SUBUNITS), cur.NAMED_SUBUNITS)
_SYMBOLS = guarded(alternation(cur.SYMBOLS), cur.SYMBOLS)
_PER = alternation(list(PER_UNITS))
_QUAL_BEFORE = qualifiers.before_pattern()
_QUAL_AFTER = qualifiers.after_pattern()
#: One digit, lower case or 大写, as it stands before 角/毛/分.
_DIGIT = r"[0-9零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖]"


def _atom_pattern(generic_extra: Sequence[str] = ()) -> regex.Pattern[str]:
    """An amount, its currency and a qualifier before it.

    Everything after the unit (角分, 人民币, 以上, /亩, 级) is read by the smaller
    patterns below, in order.  ``generic_extra`` adds main-unit words accepted only in
    :func:`parse_money` (Cantonese 個 for dollar).
    """
    generic = alternation(list(generic_extra)) + "|" if generic_extra else ""
    return regex.compile(
        rf"""
        (?:(?P<qpre>{_QUAL_BEFORE})[ ]{{0,2}})?
        (?:(?P<cpre>{_SYMBOLS}|{_NAMED})[ ]{{0,3}}(?:(?P<qpre2>{_QUAL_BEFORE})[ ]{{0,2}})?)?
        (?P<num>{NUMX})
        (?:[ ]{{0,2}}(?:
            个?(?P<named>{_NAMED_SUB}|{_NAMED})                 # 5亿美元, 20个比特币
          | (?P<generic>{generic}块钱|元(?![{_NOT_YUAN_AFTER}])|圆|蚊
                |块(?=$|[^\p{{Han}}]|[钱到至以左多]|{_DIGIT}))   # 一块蛋糕 is not money
          | (?P<sub>[角毛毫分])(?![克升米秒安瓦])(?:钱)?         # 两毛五, 五角钱; not 毫克
        ))?
        """,
        regex.VERBOSE,
    )


ATOM = _atom_pattern()
_ATOM_PARSE = _atom_pattern(cur.PARSE_ONLY_MAIN)
_CURRENCY_WORDS = (*cur.SYMBOLS, *_NAMES)
_LONGEST_QUALIFIER = max(map(len, qualifiers.BEFORE))
#: Where an amount may begin before its numeral: a qualifier, a currency, a qualifier.
OPENERS = lexer.Openers(
    (*qualifiers.BEFORE, *_CURRENCY_WORDS),
    reach=2 * (_LONGEST_QUALIFIER + 2) + max(map(len, _CURRENCY_WORDS)) + 3,
)
#: What may stand after a numeral whose match is worth reading: a currency or unit word,
#: 个 (两个亿), a range or list separator; a superset of what :func:`_atom` takes.
_MAY_FOLLOW = lexer.may_follow(
    (*_CURRENCY_WORDS, *cur.NAMED_SUBUNITS, *"元圆蚊块角毛毫分个(", *RANGE_SEPARATORS, *"、，,"),
    spaces=4,
)

#: 角/毛/分 after 元 or 块: 1角1分, 七毛八, 零四, 三块四, 一个半.
SUB_TAIL = lexer.small_pattern(
    rf"""
    (?:(?P<jiao>{_DIGIT})[角毛毫](?:(?P<fen>{_DIGIT})分?)?
    | 零(?P<fen0>{_DIGIT})分?
    | (?P<fen1>{_DIGIT})分
    | (?P<jiao1>{_DIGIT}|半)(?=$|[^\p{{Han}}0-9]|[到至])
    )
    (?:钱)?
    """,
    re.VERBOSE,
)

#: What may follow an amount: 整, a qualifier, a rate's denominator (/亩, 每吨).
TAIL = lexer.small_pattern(
    rf"""
    (?:整|正)?
    (?P<qpost>{_QUAL_AFTER})?
    (?:[ ]{{0,2}}(?:/|每)[ ]{{0,2}}(?P<per>{_PER}))?
    (?P<qpost2>{_QUAL_AFTER})?
    """,
    re.VERBOSE,
)

_LEVEL = lexer.small_pattern(r"元?级")
#: An English scale word after an amount with its currency before it (USD 180 million).
_ENGLISH_SCALES = {
    word: Decimal(10) ** power
    for words, power in (
        ("million Million mn", 6),
        ("billion Billion bn", 9),
        ("trillion Trillion", 12),
    )
    for word in words.split()
}
_ENGLISH_SCALE = lexer.small_pattern(
    r"[ ](?P<scale>" + "|".join(sorted(_ENGLISH_SCALES, key=len, reverse=True)) + r")(?![A-Za-z])"
)
_CURRENCY_AFTER = lexer.small_pattern(rf"[ ]{{0,2}}(?P<named>{_NAMED})")
_FEN_AFTER_JIAO = lexer.small_pattern(
    rf"(?P<fen>{_DIGIT})分?(?![0-9零〇一二两三四五六七八九十百千万亿])"
)
_NAMED_SUB_AFTER = lexer.small_pattern(
    rf"(?:又|和|零)?(?P<n>{_DIGIT}{{1,2}}|[一二三四五六七八九]?十[一二三四五六七八九]?)"
    rf"(?P<s>{_NAMED_SUB})"
)
_MAYBE_BARE = lexer.small_pattern(r"[万亿兆kKwW]")
_SEPARATOR = lexer.small_pattern(
    rf"[ ]{{0,2}}(?:\(含\))?[ ]{{0,2}}(?:{alternation(RANGE_SEPARATORS)})[ ]{{0,2}}"
)
_LIST_SEPARATOR = lexer.small_pattern(r"[、，,]")
_PREFIX_RATE = lexer.small_pattern(
    rf"""(?:(?:每|单)(?P<per>{_PER})
        |(?P<avg>{alternation(list(AVERAGED_UNITS))})均[\p{{Han}}A-Za-z]{{0,5}}?(?:约|达|为|是)?
    )[ ]*$""",
    re.VERBOSE,
)
_CUES = lexer.small_pattern(alternation(MONEY_CUES))
_BLOCK_PRICE = lexer.small_pattern(alternation(BLOCK_PRICE_CUES))
_BLOCK_ITEM = lexer.small_pattern(alternation(BLOCK_ITEM_CUES))
_YUAN_COMPOUND = lexer.small_pattern(alternation(YUAN_COMPOUNDS))
_CLASS_WORD = lexer.small_pattern(alternation(CLASS_WORDS))
#: A numeral that is nothing but a round scale: 亿, 十亿, 百亿, 千亿, 万亿, 百万, 千万.
_ROUND_SCALE = lexer.small_pattern(r"[十百千]?[万亿]|万亿")
#: A numeral-less size class: a bare 亿 or 万 (no numeral before it) with a qualifier
#: before or after it (第一批亿元以上项目, 26个亿元以上项目, 超亿元项目23个, 投资过亿元).
_BARE_SCALE = lexer.small_pattern(r"(?<![0-9零〇一二两三四五六七八九十百千万亿.点])[万亿]元")
_QUALIFIER_BEFORE_SCALE = lexer.small_pattern(f"(?:{qualifiers.before_pattern()})(?=[万亿]元)")
_QUALIFIER_AFTER = lexer.small_pattern(qualifiers.after_pattern())
_CLAUSE_STOP = "，。；;！？!?\n、"
#: Right after an investing verb, a bare 亿/万 amount may run straight into what it pays
#: for (投资3亿建设…, 投资5个多亿打造…); elsewhere a Han character after it is a word (3亿人).
_INVESTING_VERBS = ("投资", "投入", "出资", "斥资")
_PAID_FOR = lexer.small_pattern(
    r"建设|新建|兴建|扩建|改建|建|打造|用于|实施|开发|引进|布局|落户|购置|改造|在|于"
)
_AFTER_BARE = lexer.small_pattern(
    r"$|[^\p{Han}A-Za-z0-9]|的|以|左右|上下|之|和|与|及|或|至|到|大关|规模|、|多|余"
)


# --- normaliser ----------------------------------------------------------------------


class _Atom(NamedTuple):
    """An amount as read from the text, before ranges are joined (normalised offsets).

    A named tuple rather than a frozen dataclass: one is built for every amount, and a
    tuple is built in a fraction of the time.
    """

    start: int
    end: int
    numeral: Numeral
    iso: str | None  # None: no currency stated
    fraction: Decimal  # 角/分 after 元, already in main units
    factor: Decimal  # 1 for main units, 0.1 for 角 ...
    qpre: str | None
    qpost: str | None
    per: str | None
    scale_class: bool
    vague: bool
    listed: bool = False  # took its unit from the next item of a list (3，5亿元)

    @property
    def value(self) -> Decimal:
        return self.numeral.value * self.factor + self.fraction

    @property
    def upper(self) -> Decimal | None:
        if self.numeral.upper is None:
            return None
        return self.numeral.upper * self.factor + self.fraction


def _read(num: str) -> tuple[int, Numeral] | None:
    """Read ``num``; if the run starts inside a word (之一5亿), retry a little later."""
    if len(num) > MAX_NUMERAL_LENGTH:
        return None
    clean = num.replace("个", "").replace(" ", "")
    numeral = read_numeral(clean)
    if numeral is not None:
        return 0, numeral
    for skip in range(1, min(3, len(num))):
        if num[skip].isdigit() and not num[skip - 1].isdigit():
            rest = num[skip:].replace("个", "").replace(" ", "")
            numeral = read_numeral(rest)
            if numeral is not None:
                return skip, numeral
    return None


def _chinese_only(num: str) -> bool:
    return not any(c.isdigit() for c in num)


@dataclass
class _Unit:
    """The currency part of an atom: ISO code, factor to main units, fraction, end."""

    iso: str | None
    factor: Decimal
    fraction: Decimal
    end: int


def _digit(char: str | None) -> Decimal:
    if char is None:
        return Decimal(0)
    if char == "半":
        return Decimal(5)
    return Decimal(int(char) if char.isdigit() else CN_DIGITS[char])


def _unit(
    m: lexer.Match,
    text: str,
    numeral: Numeral,
    iso: str | None,
    parse_mode: bool,
    default: str = cur.DEFAULT_CURRENCY,
) -> _Unit | None:
    """Settle the currency of a match; None when the unit says it is not money."""
    unit = _Unit(iso, Decimal(1), Decimal(0), m.end())
    named, generic, sub = m.group("named"), m.group("generic"), m.group("sub")
    if named in cur.NAMED_SUBUNITS:  # 三美分
        unit.iso, power = cur.NAMED_SUBUNITS[named]
        unit.factor = Decimal(1).scaleb(-power)
    elif named:
        unit.iso = cur.iso_of(named)
        cents = _NAMED_SUB_AFTER.match(text, unit.end)  # 两美元又三美分
        value = read_numeral(cents.group("n")) if cents else None
        if cents and value and cur.NAMED_SUBUNITS[cents.group("s")][0] == unit.iso:
            unit.fraction = value.value.scaleb(-cur.NAMED_SUBUNITS[cents.group("s")][1])
            unit.end = cents.end()
    elif generic:
        unit.iso = unit.iso or default
        tail = SUB_TAIL.match(text, unit.end)
        explicit = tail is not None and (tail.group("jiao") or tail.group("fen1"))
        bare_ok = (
            generic in ("块", "蚊", *cur.PARSE_ONLY_MAIN) or tail is None or not tail.group("jiao1")
        )
        # 123元1角1分; a bare digit (三块四) only after 块; never 5亿元一期 → 5亿元 + 1角
        if tail and (explicit or (not numeral.has_big_scale and bare_ok)):
            jiao = tail.group("jiao") or tail.group("jiao1")
            fen = tail.group("fen") or tail.group("fen0") or tail.group("fen1")
            unit.fraction = _digit(jiao) / 10 + _digit(fen) / 100
            unit.end = tail.end()
        after = _CURRENCY_AFTER.match(text, unit.end)  # 8亿元人民币, 9000元日币
        if after:
            unit.iso = cur.iso_of(after.group("named"))
            unit.end = after.end()
    elif sub:
        if (sub == "分" and not parse_mode) or numeral.has_big_scale:
            return None  # 十分, 3分 (a score), 一分钟: never money in running text
        unit.iso = unit.iso or default
        unit.factor = Decimal("0.01") if sub == "分" else Decimal("0.1")
        fen = _FEN_AFTER_JIAO.match(text, unit.end) if sub != "分" else None  # 两毛五
        if fen:
            unit.fraction = _digit(fen.group("fen")) / 100
            unit.end = fen.end()
    return unit


def _is_word(m: lexer.Match, text: str, unit: _Unit, num_start: int, start: int) -> bool:
    """Whether a small Chinese amount is really part of a longer word (五角大楼, 长三角)."""
    if m.group("sub") and not (
        unit.fraction
        or m.group(0).endswith("钱")
        or _PREFIX_RATE.search(text, max(0, start - 12), start)
    ):
        return True  # a bare Chinese 角/毛 needs 钱, 分 or 每斤 to be money
    return not (segment.is_boundary(text, num_start) and segment.is_boundary(text, unit.end))


def block_is_yuan(text: str, start: int, big: bool) -> bool:
    """Whether a bare 块 after the numeral at ``start`` is yuan rather than a piece count.

    It is yuan where a money or price word stands before it in the clause (售价3块); else
    it counts pieces after a 万/亿 numeral (``big``) or a production or item word
    (年产砖3000万块, 面板50块).  Shared with the quantities dimension, so that one 块 is
    read one way only.
    """
    before = text[clause_start(text, start, 16, _CLAUSE_STOP) : start]
    if _BLOCK_PRICE.search(before):
        return True
    return not (big or _BLOCK_ITEM.search(before))


def _not_money_word(
    m: lexer.Match, text: str, unit: _Unit, numeral: Numeral, start: int, end: int
) -> bool:
    """Whether an amount with its unit is really a word or a count (running text only).

    三元材料 (a noun compound), 26个亿元以上项目 (a count of a size class), 3000万块 after
    a production word (pieces), (百万元) in a table header (a unit label, no amount).
    """
    num, generic = m.group("num"), m.group("generic")
    small = _chinese_only(num) and not numeral.has_big_scale
    if generic == "元" and small and _YUAN_COMPOUND.match(text, unit.end):
        return True
    if "个" in num and generic == "元" and text.startswith(("以上", "级"), unit.end):
        return True
    if (
        generic == "块"
        and not unit.fraction
        and not block_is_yuan(text, start, numeral.has_big_scale)
    ):
        return True
    return bool(
        _ROUND_SCALE.fullmatch(num)
        and (generic or m.group("named"))
        and (before := _UNIT_LABEL_BEFORE.search(text, max(0, start - 4), start))
        and (before.group() not in "([【" or text[end : end + 1] in ")]】")
    )


def _atom(
    m: lexer.Match, text: str, parse_mode: bool, default: str = cur.DEFAULT_CURRENCY
) -> _Atom | None:
    num = m.group("num")
    if not (
        parse_mode
        or m.group("cpre")
        or m.group("named")
        or m.group("generic")
        or m.group("sub")
        or _MAYBE_BARE.search(num)
        or _SEPARATOR.match(text, m.end())
        or _LIST_SEPARATOR.match(text, m.end())
    ):
        return None  # 2023年, 665个: no currency, no scale, not the start of a range or list
    read = _read(num)
    if read is None:
        return None
    skip, numeral = read
    num_start = m.start("num") + skip
    if skip == 0 and num_start > 0 and text[num_start - 1 : num_start + 1] in _WORD_FINAL_NUMERAL:
        return None
    start = m.start() if skip == 0 else num_start
    qpre = (m.group("qpre") or m.group("qpre2")) if skip == 0 else None
    cpre = m.group("cpre") if skip == 0 else None
    unit = _unit(m, text, numeral, cur.iso_of(cpre) if cpre else None, parse_mode, default)
    if unit is None:
        return None
    english = (
        _ENGLISH_SCALE.match(text, unit.end)
        if cpre and text[unit.end : unit.end + 1] == " "
        else None
    )
    if english is not None:  # USD 180 million, RMB 2.5 billion (an English paragraph's)
        unit = replace(
            unit, factor=unit.factor * _ENGLISH_SCALES[english.group("scale")], end=english.end()
        )
    tail = TAIL.match(text, unit.end)
    qpost = per = None
    end = unit.end
    if tail is not None and tail.end() > end:
        qpost = tail.group("qpost") or tail.group("qpost2")
        per = PER_UNITS[tail.group("per")] if tail.group("per") else None
        end = tail.end()
    if not parse_mode and _not_money_word(m, text, unit, numeral, start, end):
        return None
    small_chinese = _chinese_only(num) and not numeral.has_big_scale
    if (
        not parse_mode
        and small_chinese
        and (m.group("generic") or m.group("sub"))
        and _is_word(m, text, replace(unit, end=end), num_start, start)
    ):
        return None
    scale_class = False
    if m.group("named") is None and m.group("sub") is None and per is None:
        level = _LEVEL.match(text, end)
        if level and numeral.has_big_scale and "亿" in num + text[end : level.end()]:
            scale_class = True
            unit.iso = unit.iso or default
            end = level.end()
        elif (
            not parse_mode
            and unit.iso is None
            and _ROUND_SCALE.fullmatch(num)
            and (
                _CLASS_WORD.match(text, end)
                or (
                    (qpre or qpost)
                    and _AFTER_BARE.match(text, end)
                    and _CLASS_WORD.search(text, clause_start(text, start, 16, _CLAUSE_STOP), start)
                )
            )
        ):
            scale_class = True  # 百亿项目; 多个项目过百亿: a size class of projects
            unit.iso = default
    if per is None:
        before = _PREFIX_RATE.search(text, max(0, start - 12), start)
        if before and before.group("per"):
            per = PER_UNITS[before.group("per")]
            start = before.start()  # 每亩40万元: the rate's denominator is part of it
        elif before:
            per = AVERAGED_UNITS[before.group("avg")]
    vague = numeral.upper is not None and num[:1] not in "数几" and not _is_pair(num)
    return _Atom(
        start,
        end,
        numeral,
        unit.iso,
        unit.fraction,
        unit.factor,
        qpre,
        qpost,
        per,
        scale_class,
        vague,
    )


def _is_pair(num: str) -> bool:
    return len(num) > 2 and num[0] in CN_DIGITS and num[1] in CN_DIGITS and num[0] != num[1]


def _has_cue(text: str, start: int) -> bool:
    return _CUES.search(text, clause_start(text, start, 16, _CLAUSE_STOP), start) is not None


def _join(atoms: list[_Atom], text: str) -> list[_Atom | tuple[_Atom, _Atom]]:
    """Join ranges (10-15亿元) into pairs and give list items their unit (3，5亿元)."""
    out: list[_Atom | tuple[_Atom, _Atom]] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and b.qpre is None and not (a.scale_class or b.scale_class):
            sep = _SEPARATOR.match(text, a.end)
            pair = (
                _range_pair(a, b, text)
                if sep is not None
                and sep.end() == b.start
                and a.per is None
                and (a.iso is None or b.iso is None or a.iso == b.iso)
                else None
            )
            if pair is not None:
                out.append(pair)
                i += 2
                continue
            listed = _LIST_SEPARATOR.match(text, a.end)
            scaled = (
                carry_scale(a.numeral, digits_and_scales(text[b.start : b.end]))
                if listed is not None
                and listed.end() == b.start
                and a.iso is None
                and a.qpre is None
                and b.iso is not None
                else None
            )
            if scaled is not None:
                a = a._replace(numeral=scaled, iso=b.iso, per=b.per, listed=True)
        out.append(a)
        i += 1
    return out


@exact_or_none
def _range_pair(a: _Atom, b: _Atom, text: str) -> tuple[_Atom, _Atom] | None:
    """``a`` to ``b`` as a range, the first end scaled; None if inverted (5-3亿元)."""
    first = range_start(a.numeral, b.numeral, digits_and_scales(text[b.start : b.end]))
    if first is None:
        return None
    a = a._replace(numeral=first)
    upper = b.upper if b.upper is not None else b.value
    return (a, b) if a.value <= upper else None


def _money(ntext: NormalizedText, start: int, end: int, rule: str, **fields: object) -> Money:
    o_start, o_end = ntext.span(start, end)
    return Money(text=ntext.original[o_start:o_end], start=o_start, end=o_end, rule=rule, **fields)  # type: ignore[arg-type]


#: How much of a document's opening is read for a dateline, and how many of its Han
#: characters must differ from their simplified form for it to count as traditional script.
_OPENING = 200
_TRADITIONAL_MIN = 3


def _traditional(ntext: NormalizedText, limit: int = _OPENING) -> bool:
    """Whether the opening of ``ntext`` is written in traditional script."""
    changed = 0
    for i, char in enumerate(ntext.text[:limit]):
        if char >= "\u4e00" and ntext.original[ntext.to_original(i)] != char:
            changed += 1
            if changed >= _TRADITIONAL_MIN:
                return True
    return False


def document_currency(ntext: NormalizedText) -> str:
    """The currency a generic 元 stands for in this document: yuan unless it is local.

    A text in traditional script whose opening lines name a place of a
    :data:`~zhproj_extract.dimensions.currencies.LOCAL_DEFAULTS` row, or that names that row's
    currency anywhere, counts its 元 in that currency (台北 dateline: 16億元 is TWD).
    """
    opening = ntext.text[:_OPENING]
    for iso, (places, mentions) in cur.LOCAL_DEFAULTS.items():
        named = any(word in ntext.original for word in mentions)
        if (named or any(place in opening for place in places)) and _traditional(ntext):
            return iso
    return cur.DEFAULT_CURRENCY


def find_money(
    ntext: NormalizedText, *, parse_mode: bool = False, default: str | None = None
) -> list[Money]:
    """Every money mention in ``ntext``, in text order, overlaps resolved.

    ``parse_mode`` is for a string known to be money (a form field): a bare number is
    accepted as yuan and 分 alone counts as a cent.  ``default`` is the currency of a
    generic 元; by default :func:`document_currency` reads it off the text.
    """
    text = ntext.text
    pattern = _ATOM_PARSE if parse_mode else ATOM
    iso = default or (cur.DEFAULT_CURRENCY if parse_mode else document_currency(ntext))

    def build(m: lexer.Match) -> tuple[_Atom | None, int]:
        atom = _atom(m, text, parse_mode, iso)
        return atom, (atom.end if atom is not None else m.end("num"))

    def worth_reading(atom: lexer.Atom) -> bool:
        return atom.scaled or _MAY_FOLLOW.match(text, atom.end) is not None

    keep = None if parse_mode else worth_reading
    atoms = list(lexer.scan(pattern, ntext, OPENERS, build, keep))
    found: list[Money] = []
    for item in _join(atoms, text):
        if isinstance(item, _Atom):
            money = _single_money(ntext, item, parse_mode, iso)
        else:
            money = _range_money(ntext, item, parse_mode, iso)
        if money is not None:
            found.append(money)
    if not parse_mode:
        found.extend(_size_classes(ntext, iso))
        found.extend(_column_amounts(ntext))
    return resolve_overlaps(found)


#: A header cell that gives its column's unit: 总投资（亿元）, 年度计划投资(万元).
_UNIT_NAME = r"(?P<scale>[亿万千百]?)(?P<currency>美元|欧元|港元|元)"
_COLUMN_UNIT = lexer.small_pattern(rf"[（(]{_UNIT_NAME}[）)]")
_SCALES = {"": 1, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_COLUMN_CURRENCIES = {"元": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD"}
#: A cell that is a bare amount in its column's unit (15.6, 1,200).
_BARE_AMOUNT = lexer.small_pattern(
    r"(?P<q>约|超过?|近|逾|不超过|不低于)?"  # | 约40 |: a hedged amount
    r"(?P<n>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
)


#: A table's caption that gives the unit of its amounts (单位：万元, 金额单位：亿元), on
#: one of the lines just above the table (the title's line included).
_CAPTION_UNIT = lexer.small_pattern(rf"单位[:：][ \t]*{_UNIT_NAME}(?![\p{{Han}}/])")
#: How far above its header a table's caption may stand.
_CAPTION_REACH = 120
#: A header cell whose column holds money, when the caption gives the unit: 总投资,
#: 年度计划投资, 投资额, 合同金额, 估算.
_MONEY_HEADER = lexer.small_pattern(r"投资|金额|资金|估算|造价|产值")


def _column_amounts(ntext: NormalizedText) -> list[Money]:
    """The bare amounts of a table column whose header gives the unit (| 总投资（亿元） |
    over | 15.6 |), or whose header names money under a caption that gives it (单位：亿元
    over | 总投资 |): the cell is the mention, the header or caption its unit."""
    text = ntext.text
    found = []
    for (a, _), label, cells in columns(ntext):
        unit = _COLUMN_UNIT.search(label)
        if unit is None and _MONEY_HEADER.search(label) is not None:
            header_line = text.rfind("\n", 0, a) + 1
            unit = _CAPTION_UNIT.search(text, max(0, header_line - _CAPTION_REACH), header_line)
        if unit is None:
            continue
        scale = _SCALES[unit.group("scale")]
        iso = _COLUMN_CURRENCIES[unit.group("currency")]
        for start, end in cells:
            bare = _BARE_AMOUNT.fullmatch(text, start, end)
            if bare is None:
                continue
            value = Decimal(bare.group("n").replace(",", "")) * scale
            qualifier = qualifiers.combine(bare.group("q"), None, is_range=False, vague=False)
            found.append(
                _money(
                    ntext, start, end, "money.column", value=plain(value), unit=iso,
                    qualifier=qualifier,
                )
            )  # fmt: skip
    return found


def _size_classes(ntext: NormalizedText, iso: str) -> list[Money]:
    """Numeral-less size classes: 亿元以上 in 26个亿元以上项目, 超亿元 in 超亿元项目 (a bare
    亿元 is none: 亿元 of 5亿元 is read with its numeral)."""
    text = ntext.text
    found = []
    for m in _BARE_SCALE.finditer(text):
        before = _QUALIFIER_BEFORE_SCALE.search(
            text, max(0, m.start() - _LONGEST_QUALIFIER), m.end()
        )
        if before is not None and before.end() != m.start():
            before = None
        after = _QUALIFIER_AFTER.match(text, m.end())
        if before is None and after is None:
            continue  # 亿元 of 5亿元 is read with its numeral
        numeral = read_numeral("一" + text[m.start()])
        assert numeral is not None
        found.append(
            _money(
                ntext,
                before.start() if before else m.start(),
                after.end() if after else m.end(),
                "money.scale",
                value=plain(numeral.value),
                unit=iso,
                qualifier=qualifiers.combine(
                    before and before.group(), after and after.group(), is_range=False, vague=False
                ),
                kind="scale",
            )
        )
    return found


def _currency(
    atom: _Atom, text: str, parse_mode: bool, default: str = cur.DEFAULT_CURRENCY
) -> tuple[str, str] | None:
    """The ISO code of an atom and the rule that accepts it, or None if not money."""
    if atom.iso is not None:
        return atom.iso, "money.amount"
    if parse_mode:
        return default, "money.amount"
    if atom.numeral.has_big_scale and (
        (_AFTER_BARE.match(text, atom.end) and _has_cue(text, atom.start))
        or (text.endswith(_INVESTING_VERBS, 0, atom.start) and _PAID_FOR.match(text, atom.end))
    ):
        return default, "money.context"
    return None


@exact_or_none
def _single_money(
    ntext: NormalizedText, atom: _Atom, parse_mode: bool, default: str = cur.DEFAULT_CURRENCY
) -> Money | None:
    accepted = _currency(atom, ntext.text, parse_mode, default)
    if accepted is None:
        return None
    iso, rule = accepted
    kind = "scale" if atom.scale_class else ("rate" if atom.per else "amount")
    if kind != "amount":
        rule = f"money.{kind}"
    elif atom.listed:
        rule = "money.list"
    qualifier = qualifiers.combine(
        atom.qpre, atom.qpost, is_range=atom.upper is not None and not atom.vague, vague=atom.vague
    )
    upper = atom.upper
    return _money(
        ntext,
        atom.start,
        atom.end,
        rule,
        value=plain(atom.value),
        upper=plain(upper) if upper is not None else None,
        unit=iso,
        qualifier=qualifier,
        kind=kind,
        per=atom.per,
    )


@exact_or_none
def _range_money(
    ntext: NormalizedText,
    pair: tuple[_Atom, _Atom],
    parse_mode: bool,
    default: str = cur.DEFAULT_CURRENCY,
) -> Money | None:
    a, b = pair  # a already has the scale b states (_range_pair)
    text = ntext.text
    accepted = _currency(b, text, parse_mode, default)
    if accepted is None:
        return None
    iso = a.iso or accepted[0]
    upper = b.upper if b.upper is not None else b.value
    start = a.start
    if start > 0 and text[start - 1] == "从":
        start -= 1
    per = b.per or a.per
    return _money(
        ntext,
        start,
        b.end,
        "money.range",
        value=plain(a.value),
        upper=plain(upper),
        unit=iso,
        qualifier="range",
        kind="rate" if per else "amount",
        per=per,
    )


def parse_money(s: str) -> Money | None:
    """Read a whole string that is known to hold one money expression (a table cell).

    A bare number is taken as yuan here, because the context already says it is money.

    >>> m = parse_money("约4.287亿美元")
    >>> (m.value, m.unit, m.qualifier)
    (Decimal('428700000'), 'USD', 'approx')
    >>> parse_money("至少九千块钱以上").value
    Decimal('9000')
    >>> parse_money("项目") is None
    True
    """
    require_str(s, "parse_money")
    ntext = normalize(s)
    found = find_money(ntext, parse_mode=True)
    if len(found) != 1:
        return None
    money = found[0]
    if s[: money.start].strip() or s[money.end :].strip():
        return None
    return money


# --- example corpus ------------------------------------------------------------------


RULES: tuple[Rule, ...] = (
    Rule(
        "money.amount",
        "An amount with its currency: Arabic, Chinese, mixed or 大写 numerals; 元 万元 亿元 "
        "万亿元; named currencies and symbols before or after; 角/毛/分 after 元; qualifiers.",
        (
            example(
                "计划总投资200亿元，落户新会区",
                {"text": "200亿元", "value": "20000000000", "unit": "CNY"},
            ),
            example("年度计划投资1,234.8亿元", {"text": "1,234.8亿元", "value": "123480000000"}),
            example(
                "总额一千二百三十四点八亿元",
                {"text": "一千二百三十四点八亿元", "value": "123480000000"},
            ),
            example("注册资本三千五百万元", {"text": "三千五百万元", "value": "35000000"}),
            example("规模达1.5万亿元", {"text": "1.5万亿元", "value": "1500000000000"}),
            example(
                "首期两亿元、二期十亿元",
                {"text": "两亿元", "value": "200000000"},
                {"text": "十亿元", "value": "1000000000"},
            ),
            example("合计3千5百万元", {"text": "3千5百万元", "value": "35000000"}),
            example(
                "融资约4.6亿美元",
                {"text": "约4.6亿美元", "value": "460000000", "unit": "USD", "qualifier": "approx"},
            ),
            # 约 ends 签约, 节约, 合约: no hedge there
            example("集中签约5亿元的项目", {"text": "5亿元", "qualifier": "exact"}),
            example("每年节约30万元", {"text": "30万元", "qualifier": "exact"}),
            example(
                "投资1200亿韩元", {"text": "1200亿韩元", "unit": "KRW", "value": "120000000000"}
            ),
            example("以每股1.95港元认购", {"text": "每股1.95港元", "unit": "HKD", "per": "股"}),
            example(
                "一百零五點六億港幣",
                {"text": "一百零五點六億港幣", "value": "10560000000", "unit": "HKD"},
            ),
            example(
                "约新台币45亿元",
                {
                    "text": "约新台币45亿元",
                    "value": "4500000000",
                    "unit": "TWD",
                    "qualifier": "approx",
                },
            ),
            example(
                "售价￥300，另付$20",
                {"text": "￥300", "unit": "CNY", "value": "300"},
                {"text": "$20", "unit": "USD", "value": "20"},
            ),
            example("8亿元人民币", {"text": "8亿元人民币", "unit": "CNY", "value": "800000000"}),
            example("9000元日币", {"text": "9000元日币", "unit": "JPY", "value": "9000"}),
            example("开销123元1角1分", {"text": "123元1角1分", "value": "123.11"}),
            example("金额为肆佰叁拾萬圆整", {"text": "肆佰叁拾萬圆整", "value": "4300000"}),
            example("一个要两毛五", {"text": "两毛五", "value": "0.25"}),
            example("超1400亿元投资额", {"text": "超1400亿元", "qualifier": "more_than"}),
            example("首次突破1800亿元大关", {"text": "突破1800亿元", "qualifier": "more_than"}),
            example("年产能不低于15亿元", {"text": "不低于15亿元", "qualifier": "at_least"}),
            example(
                "至少九千块钱以上",
                {"text": "至少九千块钱以上", "qualifier": "at_least", "value": "9000"},
            ),
            example("控制在5000万元以下", {"text": "5000万元以下", "qualifier": "at_most"}),
            example(
                "单价不到1.9万台币",
                {"text": "不到1.9万台币", "qualifier": "less_than", "unit": "TWD"},
            ),
            example("年产值8亿元左右", {"text": "8亿元左右", "qualifier": "approx"}),
            example(
                "价值3000多欧元",
                {
                    "text": "3000多欧元",
                    "value": "3000",
                    "upper": "4000",
                    "qualifier": "more_than",
                    "unit": "EUR",
                },
            ),
            example("年薪十多万元", {"text": "十多万元", "value": "100000", "upper": "200000"}),
            example(
                "投入2000余万元", {"text": "2000余万元", "value": "20000000", "upper": "30000000"}
            ),
            example("小卖部的汽水卖三块", {"text": "三块", "value": "3", "unit": "CNY"}),
            example(
                "臺中報導 市府表示，園區二期總經費約12億元，另有人民幣3億元。",
                {"text": "約12億元", "value": "1200000000", "unit": "TWD", "qualifier": "approx"},
                {"text": "人民幣3億元", "value": "300000000", "unit": "CNY"},
            ),
            example(
                "本公司以新臺幣計價，研發中心投入8億元。",
                {"text": "8億元", "value": "800000000", "unit": "TWD"},
            ),
            example(
                "廣州報導 該園區總投資約12億元。",
                {"text": "約12億元", "value": "1200000000", "unit": "CNY"},
            ),
            example("全线采用三元锂电池和三元正极材料"),
            example("新厂年产蒸压砖1200万块、光伏面板8万块"),
            example("下表列出營收(百萬元)與總市值(億元)，单位：万元"),
            example("五角大楼宣布了作战计划"),
            example("实行一元化管理"),
            example("这件事十分重要，一分钟也不能耽误"),
            example("推动产业多元化发展"),
            example("江门全市665个项目"),
        ),
    ),
    Rule(
        "money.context",
        "A 亿/万 numeral without a currency, where a money word (投资, 产值, 营收 ...) stands "
        "before it in the same clause; right after an investing verb it may run into what "
        "it pays for (投资3亿建设).",
        (
            example("公司投资3个亿建设新厂房", {"text": "3个亿", "value": "300000000"}),
            example(
                "总投资5个多亿，建设",
                {"text": "5个多亿", "value": "500000000", "qualifier": "more_than"},
            ),
            example("总投资3亿人次"),
            example(
                "初步意向总投资超百亿，项目",
                {"text": "超百亿", "value": "10000000000", "qualifier": "more_than"},
            ),
            example("总投资3000万，用地50亩", {"text": "3000万", "value": "30000000"}),
            example("月薪15k起", {"text": "15k起", "value": "15000", "qualifier": "at_least"}),
            example("年产20万吨电解液"),
            example("江苏彩民中大乐透1600万"),
        ),
    ),
    Rule(
        "money.range",
        "Two amounts joined by 至/到/-/~/—; the second's scale is carried to the first.",
        (
            example(
                "投资10-15亿元",
                {
                    "text": "10-15亿元",
                    "value": "1000000000",
                    "upper": "1500000000",
                    "qualifier": "range",
                },
            ),
            example(
                "投资10亿至15亿元",
                {"text": "10亿至15亿元", "value": "1000000000", "upper": "1500000000"},
            ),
            example("投资10~15亿元", {"text": "10~15亿元", "upper": "1500000000"}),
            example("月薪两到三万元", {"text": "两到三万元", "value": "20000", "upper": "30000"}),
            example(
                "规模八到九百亿元",
                {"text": "八到九百亿元", "value": "80000000000", "upper": "90000000000"},
            ),
            example(
                "带动数十亿元投资",
                {
                    "text": "数十亿元",
                    "value": "1000000000",
                    "upper": "10000000000",
                    "qualifier": "range",
                },
            ),
            example(
                "报价从8500到3万港元",
                {"text": "从8500到3万港元", "value": "8500", "upper": "30000", "unit": "HKD"},
            ),
            example("总投资5-3亿元", {"text": "3亿元", "value": "300000000", "upper": "None"}),
        ),
    ),
    Rule(
        "money.list",
        "A bare number in a list takes the unit and scale of the amount after it.",
        (
            example(
                "两个项目分别投资3，5亿元",
                {"text": "3", "value": "300000000"},
                {"text": "5亿元", "value": "500000000"},
            ),
            example(
                "分别增资8、5万美元",
                {"text": "8", "value": "80000", "unit": "USD"},
                {"text": "5万美元", "value": "50000"},
            ),
            example("共665个项目，5亿元", {"text": "5亿元", "value": "500000000"}),
        ),
    ),
    Rule(
        "money.rate",
        "Money per unit: 504.3万元/亩, 每亩40万元, 亩均税收30万元, 0.6元/千瓦时.",
        (
            example(
                "平均投资强度504.3万元/亩",
                {"text": "504.3万元/亩", "value": "5043000", "kind": "rate", "per": "亩"},
            ),
            example("税收约40万元/亩", {"text": "约40万元/亩", "qualifier": "approx", "per": "亩"}),
            example("每亩40万元", {"text": "每亩40万元", "per": "亩", "kind": "rate"}),
            example(
                "亩均税收30万元以上", {"text": "30万元以上", "per": "亩", "qualifier": "at_least"}
            ),
            example(
                "电价低于0.6元/千瓦时",
                {"text": "低于0.6元/千瓦时", "per": "kWh", "qualifier": "less_than"},
            ),
        ),
    ),
    Rule(
        "money.column",
        "A bare number in a table column whose header gives the unit (| 总投资（亿元） | over "
        "| 15.6 |), or names money under a caption that gives it (单位：万元): the cell is "
        "the mention, the header or caption its unit.",
        (
            example(
                "| 项目名称 | 总投资（亿元） | 年度投资(万美元) |\n|---|---|---|\n"
                "| 再生铝项目 | 15.6 | 1,200 |\n",
                {"text": "15.6", "value": "1560000000", "unit": "CNY"},
                {"text": "1,200", "value": "12000000", "unit": "USD"},
            ),
            example("| 项目名称 | 占地（亩） |\n|---|---|\n| 再生铝项目 | 150 |\n"),
            example(
                "2024年重点项目计划表　单位：万元\n| 项目名称 | 总投资 | 占地 |\n"
                "| 再生铝项目 | 156000 | 150 |\n",
                {"text": "156000", "value": "1560000000", "unit": "CNY"},
            ),
        ),
    ),
    Rule(
        "money.scale",
        "A scale class (千亿级, 500亿级): the size of the class, never an amount to sum.",
        (
            example(
                "打造千亿级产业集群", {"text": "千亿级", "value": "100000000000", "kind": "scale"}
            ),
            example(
                "500亿级、1000亿级产业集群",
                {"text": "500亿级", "value": "50000000000"},
                {"text": "1000亿级", "value": "100000000000"},
            ),
            example(
                "全县18个亿元以上重点项目今天开工",
                {
                    "text": "亿元以上",
                    "value": "100000000",
                    "qualifier": "at_least",
                    "kind": "scale",
                },
            ),
            example(
                "第二批亿元以上项目集中签约",
                {"text": "亿元以上", "value": "100000000", "qualifier": "at_least"},
            ),
            example("这几个百亿项目", {"text": "百亿", "value": "10000000000", "kind": "scale"}),
            example(
                "其中超亿元项目23个",
                {"text": "超亿元", "value": "100000000", "qualifier": "more_than"},
            ),
            example(
                "单体投资上亿元的项目有5个",
                {"text": "上亿元", "value": "100000000", "qualifier": "at_least"},
            ),
            example("投资近万元", {"text": "近万元", "value": "10000", "qualifier": "approx"}),
            example(
                "新签约项目中有三个过百亿",
                {"text": "过百亿", "value": "10000000000", "qualifier": "more_than"},
            ),
            example("百万级用户"),
            example("两年内引进亿级资本的说法并不准确"),
        ),
    ),
)
