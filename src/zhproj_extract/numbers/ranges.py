"""Number ranges and comparisons: 20~100, 在10和15之间, 大于10小于20, 五百以上, 十几万.

:func:`parse_number_range` reads a whole phrase into a :class:`NumberRange` with both
bounds and whether each is included.  It is the whole-string companion of
:func:`~zhproj_extract.numbers.numerals.parse_number`, for table cells, form fields and queries.

Conventions: a written range (20~100, 一到五, 10000与20000之间) includes both ends; 以上
and 以下 include their number (as in Chinese law and statistics); 多/余/几 give an open
lower bound.  An interval that holds no number states none: an inverted range (20~10;
5~3万, which reads 5万 to 3万, as in :func:`~zhproj_extract.numbers.numerals.range_start`) or
bounds that exclude each other (大于20小于10) give None.
"""

from __future__ import annotations

import decimal
from dataclasses import dataclass
from decimal import Decimal

import regex

from ..reading.text import require_str
from ..rules import alternation
from .numerals import (
    EXACT,
    Numeral,
    _Invalid,
    _read,
    _whole,
    _whole_string,
    plain,
    range_start,
)

__all__ = ["RANGE_WORDS", "NumberRange", "parse_number_range"]

#: Words between the two ends of a written range in running text (2022—2025年, 10-15亿元,
#: 5至8%), shared by every dimension that joins ranges.
RANGE_WORDS = ("——", "—", "–", "-", "~", "至", "到")


@dataclass(frozen=True)
class NumberRange:
    """An interval of numbers; a missing bound (None) is unbounded."""

    lower: Decimal | None
    upper: Decimal | None
    lower_inclusive: bool = True
    upper_inclusive: bool = True


#: Comparison words before the number → (bound, inclusive).  Longest first when matched.
BEFORE: dict[str, tuple[str, bool]] = {
    "大于等于": ("lower", True), "大于或者等于": ("lower", True), "大于或等于": ("lower", True),
    "不小于": ("lower", True), "不少于": ("lower", True), "不低于": ("lower", True),
    "至少": ("lower", True), "最少": ("lower", True), "≥": ("lower", True), ">=": ("lower", True),
    "大于": ("lower", False), "超过": ("lower", False), "多于": ("lower", False),
    "高于": ("lower", False), "过": ("lower", False), "逾": ("lower", False), ">": ("lower", False),
    "小于等于": ("upper", True), "小于或者等于": ("upper", True), "小于或等于": ("upper", True),
    "不大于": ("upper", True), "不多于": ("upper", True), "不超过": ("upper", True),
    "不高于": ("upper", True), "最多": ("upper", True), "至多": ("upper", True),
    "≤": ("upper", True), "<=": ("upper", True),
    "小于": ("upper", False), "少于": ("upper", False), "低于": ("upper", False),
    "不到": ("upper", False), "不足": ("upper", False), "<": ("upper", False),
    "等于": ("both", True), "=": ("both", True),
}  # fmt: skip

#: Words after the number.
AFTER: dict[str, tuple[str, bool]] = {
    "以上": ("lower", True), "或者以上": ("lower", True), "或以上": ("lower", True),
    "及以上": ("lower", True), "或者更多": ("lower", True), "或更多": ("lower", True),
    "以下": ("upper", True), "或者以下": ("upper", True), "或以下": ("upper", True),
    "及以下": ("upper", True), "之下": ("upper", False), "以内": ("upper", True),
}  # fmt: skip

#: 比 N 大 / 比 N 小.
COMPARATIVE: dict[str, tuple[str, bool]] = {
    "大": ("lower", False), "高": ("lower", False), "多": ("lower", False),
    "小": ("upper", False), "低": ("upper", False), "少": ("upper", False),
}  # fmt: skip


_N = r"[-负]?第?(?:百分之)?(?:[0-9零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟廿卅.点kKwWM/]|分之)+"
_MEASURE = r"(?:[个次岁人件名位元])?"
_BOUND = regex.compile(
    rf"""(?:
      (?P<op>{alternation(BEFORE)})(?:了|是|有|为)?(?P<n1>{_N}){_MEASURE}
    | 比(?P<n2>{_N})(?P<cmp>{alternation(COMPARATIVE)})(?:一些|一点)?
    | (?P<n3>{_N}){_MEASURE}(?P<post>{alternation(AFTER)})
    )""",
    regex.VERBOSE,
)
_JOIN = regex.compile(r"(?:并且|而且|的同时|同时|并|且|和|,|，|、)?")
_SPAN = regex.compile(
    rf"(?:位于|在)?(?P<a>{_N})(?:和|与|到|至|~|-|–|—|－)(?P<b>{_N}){_MEASURE}(?:之间|间)?"
)


def _number(text: str) -> Decimal:
    text = text.removeprefix("第")
    if text.startswith("百分之"):
        return plain(_whole(text[3:]))
    return plain(_whole(text))


def _bound(m: regex.Match[str]) -> tuple[str, bool, Decimal]:
    if m.group("op"):
        side, inclusive = BEFORE[m.group("op")]
        return side, inclusive, _number(m.group("n1"))
    if m.group("cmp"):
        side, inclusive = COMPARATIVE[m.group("cmp")]
        return side, inclusive, _number(m.group("n2"))
    side, inclusive = AFTER[m.group("post")]
    return side, inclusive, _number(m.group("n3"))


def _bounds(text: str) -> NumberRange:
    lower = upper = None
    lower_inc = upper_inc = True
    pos = 0
    count = 0
    while pos < len(text):
        if count:
            join = _JOIN.match(text, pos)
            pos = join.end() if join else pos
        m = _BOUND.match(text, pos)
        if m is None or count == 2:
            raise _Invalid
        side, inclusive, value = _bound(m)
        if side in ("lower", "both"):
            lower, lower_inc = value, inclusive
        if side in ("upper", "both"):
            upper, upper_inc = value, inclusive
        pos = m.end()
        count += 1
    if count == 0:
        raise _Invalid
    return _nonempty(NumberRange(lower, upper, lower_inc, upper_inc))


def _nonempty(interval: NumberRange) -> NumberRange:
    """``interval``, if some number lies in it."""
    low, high = interval.lower, interval.upper
    if low is None or high is None:
        return interval
    closed = interval.lower_inclusive and interval.upper_inclusive
    if low > high or (low == high and not closed):
        raise _Invalid
    return interval


def parse_number_range(s: str) -> NumberRange | None:
    """The interval a whole phrase states, or None if it states none.

    >>> parse_number_range("大于10小于20")
    NumberRange(lower=Decimal('10'), upper=Decimal('20'), lower_inclusive=False, upper_inclusive=False)
    >>> r = parse_number_range("10000与20000之间"); (r.lower, r.upper)
    (Decimal('10000'), Decimal('20000'))
    >>> parse_number_range("十几万").lower
    Decimal('100000')
    """
    require_str(s, "parse_number_range")
    text = regex.sub(r"\s+", "", _whole_string(s)).replace("< =", "<=").replace("> =", ">=")
    if not text:
        return None
    with decimal.localcontext(EXACT):
        try:
            span = _SPAN.fullmatch(text)
            if span:
                return _written_range(span)
            if regex.search(r"[多余几]", text) and not _BOUND.match(text):
                numeral = _read(text)
                return NumberRange(numeral.value, None, False, True)
            return _bounds(text)
        except (_Invalid, decimal.DecimalException, ValueError, OverflowError, RecursionError):
            return None


def _written_range(m: regex.Match[str]) -> NumberRange:
    a, b = m.group("a"), m.group("b")
    high = _read(b.removeprefix("第"))
    low = _number(a)
    if not high.has_big_scale or low >= high.value:
        return _nonempty(NumberRange(low, _number(b)))
    # 5k-20k is written out; 两到三万 carries the scale of the second to the first
    scaled = regex.search(r"[万亿兆kKwWMG]", a) is not None
    first = range_start(Numeral(low, has_big_scale=scaled), Numeral(high.value), b)
    if first is None:
        raise _Invalid  # 5~3万 reads 5万 to 3万
    return NumberRange(plain(first.value), high.value)
