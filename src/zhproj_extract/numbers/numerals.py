"""The numeral core: Arabic, Chinese (lower case and 大写), mixed and vague numerals.

Every dimension (money, quantities, percentages, dates) finds numbers with the pattern
fragments defined here and turns the matched text into an exact :class:`Decimal` with
:func:`read_numeral`.  :func:`parse_number` is the public, whole-string form.

Values are computed with integers and :class:`Decimal` only, and exactly: arithmetic runs
in :data:`EXACT`, which raises instead of rounding, so a value has every digit the text
states or there is none.  A value holds at most :data:`MAX_DIGITS` (60) significant digits
and its magnitude is below 10^60 and, unless zero, at least 10^-60; a longer or larger
numeral (1e9999999, a run of 70 digits) reads as None, and in running text makes no mention.
The one rounding is documented: a fraction whose decimal does not end within 60 digits
(三分之一, 3/7) is rounded to 15 significant digits.  A result is never formatted with an
exponent.
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import ParamSpec, TypeVar

import regex

from ..reading.text import normalize, require_str

__all__ = [
    "BIG_SCALES",
    "CN_DIGITS",
    "EXACT",
    "MAX_DIGITS",
    "NUMERAL",
    "NUMX",
    "NUMX_FIRST",
    "Numeral",
    "carry_scale",
    "digits_and_scales",
    "exact_or_none",
    "parse_number",
    "plain",
    "range_start",
    "read_numeral",
    "read_numeral_prefix",
    "vague_step",
]

# --- tables --------------------------------------------------------------------------

#: Chinese digit characters (after traditional → simplified folding) and their values.
CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "洞": 0,
    "一": 1, "壹": 1, "幺": 1, "弌": 1,
    "二": 2, "贰": 2, "两": 2, "俩": 2, "貮": 2,
    "三": 3, "叁": 3, "参": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip

#: Scales inside a four-digit section.
SMALL_SCALES: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Tens written as one character.
TENS_CHARS: dict[str, int] = {"廿": 20, "卅": 30, "卌": 40}
#: Scales that close a section.  兆 is 10^12 as in 万亿 (the financial reading).
BIG_SCALES: dict[str, int] = {"万": 10**4, "亿": 10**8, "兆": 10**12}
#: Latin multipliers after an Arabic number (15k, 1.2M, .0012G, 3w = 3万).
LATIN_SCALES: dict[str, int] = {
    "k": 10**3,
    "K": 10**3,
    "w": 10**4,
    "W": 10**4,
    "M": 10**6,
    "G": 10**9,
}
#: Counted words that multiply (一打 = 12, 一对 = 2).
COUNT_WORDS: dict[str, int] = {"打": 12, "对": 2, "双": 2}
#: Words after a round number that mean "and some more".
VAGUE_MARKS = "多余几"
#: Consecutive-digit pairs that mean "about N or N+1" (三四千, 七八百).
ADJACENT_PAIRS = {
    f"{a}{b}" for a, b in zip("一二三四五六七八", "二三四五六七八九", strict=True)
} | {"两三"}

_SCALE_CHARS = "".join(SMALL_SCALES) + "".join(BIG_SCALES)
_CN = "".join(CN_DIGITS) + "".join(SMALL_SCALES) + "".join(TENS_CHARS)
_BIG = "".join(BIG_SCALES)

# --- pattern fragments ---------------------------------------------------------------

#: An Arabic number after normalisation (separators already removed).
#: Characters a numeral never starts right after: it would be inside another numeral run.
_RUN_CHARS = "".join(CN_DIGITS) + "".join(SMALL_SCALES) + "".join(TENS_CHARS) + "万亿兆"
ARABIC = rf"(?:(?<![0-9.{_RUN_CHARS}])\d++(?:\.\d++)?|(?<![0-9{_RUN_CHARS}])\.\d++)"
#: A numeral as it appears in running text: Arabic, Chinese or mixed, with big scales,
#: a decimal part (点 or .), and an optional vague mark.  Possessive quantifiers keep
#: matching linear; :func:`read_numeral` decides whether the run is a valid numeral.
#: Scale characters that are also unit prefixes: 千瓦 (kW) and 兆瓦 (MW) are units, so the
#: numeral stops before them (一百千瓦 = 100 千瓦; 五十兆字节 = 50 兆字节).
_PREFIXED_UNIT = "瓦米克卡字焦帕赫伏比升"
_CN_NOT_PREFIX = rf"[{_CN.replace('千', '').replace('仟', '')}]|[千仟](?![{_PREFIXED_UNIT}])"
_DIGIT_RUN = rf"{_CN_NOT_PREFIX}|[万亿0-9]|兆(?![{_PREFIXED_UNIT}])"
#: A numeral never starts inside another numeral run (lookbehinds), and no part of it is
#: given back once matched (possessive), so a failed match costs O(1) per position.
NUMERAL = (
    rf"(?:{ARABIC}|(?<![0-9.{_RUN_CHARS}])(?:{_CN_NOT_PREFIX}))(?:{_DIGIT_RUN}|\.\d|点[{_CN}0-9])*+"
)

#: A numeral with what may follow it before the unit: a big scale after a space
#: (1 万), 个亿 (两个亿), a vague mark (十多万, 2000余万, 5个多亿), a Latin multiplier (15k).
NUMX = rf"""
    (?:[数几](?:[十百千][万亿]*|[万亿]+)          # 数十亿, 几百万
    | {NUMERAL}
      (?:个?[ ]?(?:[万亿]|兆(?![{_PREFIXED_UNIT}]))++)?  # 两个亿, 1 万
      (?:个(?=[多余][万亿]))?                          # 5个多亿
      (?:[多余几][十百千万亿]*+)?                     # 十多万, 2000余万
      (?:[kKwW](?![A-Za-z]))?                        # 15k, 3w
    )"""

#: The characters a :data:`NUMX` match can begin with (a lookahead for them changes no
#: match, and lets a search skip every other position at once).
NUMX_FIRST = rf"[数几.\d{_CN}]"

#: Longest run of characters read as one numeral.
MAX_NUMERAL_LENGTH = 48

# --- exact arithmetic ----------------------------------------------------------------

#: Most significant digits a value may have.  Its magnitude is also below 10^MAX_DIGITS
#: and, unless it is zero, at least 10^-MAX_DIGITS.
MAX_DIGITS = 60

#: The context every computation on a value runs in.  It never rounds: a result that is
#: inexact, too large or too small raises a :class:`decimal.DecimalException`, and the
#: value is dropped (None, no mention) rather than reported rounded.  The entry points
#: (:func:`read_numeral`, :func:`parse_number`, and the steps of each dimension that
#: compute a mention's value, through :func:`exact_or_none`) enter it themselves, so a
#: caller's own decimal context changes nothing.  Its traps do the work: the flags that
#: direct calls (``EXACT.divide``) leave on it are never read.
EXACT = decimal.Context(
    prec=MAX_DIGITS,
    Emax=MAX_DIGITS - 1,
    Emin=-MAX_DIGITS,
    traps=[
        decimal.Inexact,
        decimal.Overflow,
        decimal.Underflow,
        decimal.Subnormal,
        decimal.InvalidOperation,
        decimal.DivisionByZero,
    ],
)
#: The rounding of a fraction that does not end (三分之一 → 0.333333333333333).
_SIGNIFICANT = decimal.Context(prec=15)

_P = ParamSpec("_P")
_R = TypeVar("_R")


def exact_or_none(function: Callable[_P, _R | None]) -> Callable[_P, _R | None]:
    """``function`` computed in :data:`EXACT`, giving None where a value cannot be exact.

    For the steps that turn a match into a mention: a numeral too long or too large for
    an exact value then makes no mention, rather than a rounded one or an exception.

    :data:`EXACT` itself is made the thread's context for the call, not a copy of it as
    :func:`decimal.localcontext` makes (which cost more than many a step): nothing here
    changes the current context, and the flags left on it are never read.
    """

    @functools.wraps(function)
    def exact(*args: _P.args, **kwargs: _P.kwargs) -> _R | None:
        caller = decimal.getcontext()
        decimal.setcontext(EXACT)
        try:
            return function(*args, **kwargs)
        except decimal.DecimalException:
            return None
        finally:
            decimal.setcontext(caller)

    return exact


# --- parsing -------------------------------------------------------------------------


def plain(value: Decimal) -> Decimal:
    """``value`` without exponent or trailing zeros: Decimal('5E+8') → Decimal('500000000').

    Raises a :class:`decimal.DecimalException` for a value :data:`EXACT` cannot hold.
    """
    text = format(value.normalize(EXACT), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text if text not in ("-0", "") else "0")


@dataclass(frozen=True)
class Numeral:
    """A numeral read from text: its value and, for vague forms, an upper bound."""

    value: Decimal
    #: upper bound of a vague (十多, 三四千) or fuzzy (数十) numeral, else None
    upper: Decimal | None = None
    #: whether the numeral carries its own scale (万/亿/兆 or k/M/G)
    has_big_scale: bool = False
    #: the numeral is a single Chinese digit (used when a range carries a scale)
    single_digit: bool = False


def vague_step(value: Decimal) -> Decimal:
    """The step implied by "多/余" after ``value``: 3000多 → 1000, 十多 → 10, 25多 → 1."""
    integer = int(value)
    if integer <= 0 or value != integer:
        return Decimal(1)
    step = 1
    while integer % (step * 10) == 0:
        step *= 10
    return Decimal(step)


class _Invalid(Exception):
    """Raised inside the parser when the text is not a numeral."""


def _section(text: str) -> int:
    """Value of a section without 万/亿/兆: 三千零五十, 一百十一, 四百五, 4千230."""
    total = 0
    pending: int | None = None  # a digit waiting for its scale
    pending_chinese = False
    last_scale = 10**5  # scales must decrease inside a section
    last_explicit = True  # the previous scale had an explicit digit
    after_zero = False
    first = True
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            if pending is not None:
                raise _Invalid
            if text[i] == "0" and not first:
                after_zero = True
            pending = int(text[i:j])
            pending_chinese = False
            i = j
        elif char in CN_DIGITS:
            value = CN_DIGITS[char]
            if value == 0:
                if pending is not None:
                    raise _Invalid
                after_zero = True
                i += 1
                first = False
                continue
            if pending is not None:
                raise _Invalid
            pending = value
            pending_chinese = True
            i += 1
        elif char in SMALL_SCALES or char in TENS_CHARS:
            if char in TENS_CHARS:
                if pending is not None:
                    raise _Invalid
                pending, scale = TENS_CHARS[char] // 10, 10
            else:
                scale = SMALL_SCALES[char]
            if scale >= last_scale:
                raise _Invalid
            explicit = pending is not None
            if not explicit:
                if not (first or after_zero or (scale == 10 and last_explicit)):
                    raise _Invalid
                pending = 1
            assert pending is not None
            total += pending * scale
            last_scale, last_explicit = scale, explicit
            pending = None
            after_zero = False
            i += 1
        else:
            raise _Invalid
        first = False
    if pending is not None:
        if text[-1] == "两" and len(text) > 1:
            raise _Invalid  # 两 stands before a scale (两百), never as the last digit (三十两)
        if pending_chinese and not after_zero and 100 <= last_scale < 10**5:
            # 四百五 = 450, 一千陆 = 1600: a bare digit after 百/千 is one place lower
            total += pending * last_scale // 10
        else:
            total += pending
    return total


def _digits_direct(text: str) -> str | None:
    """Digit-by-digit reading (二〇二三, 幺八九); None unless clearly meant so."""
    if not text or any(c not in CN_DIGITS and not c.isdigit() for c in text):
        return None
    if any(c in "两俩壹贰叁肆伍陆柒捌玖参" for c in text):
        return None
    if text.isdigit():
        return text
    if len(text) < 3 and not any(c in "零〇幺" for c in text):
        return None
    return "".join(c if c.isdigit() else str(CN_DIGITS[c]) for c in text)


def _integer(text: str, *, direct_ok: bool = False) -> int:
    """Value of an integer numeral with big scales: 四万万, 五兆六十二亿四万五千二.

    ``direct_ok`` accepts a short digit-by-digit reading (the 一二 of 一二点三零).
    """
    if not text:
        raise _Invalid
    for big in "兆亿万":
        pos = text.rfind(big)
        if pos < 0:
            continue
        left, right = text[:pos], text[pos + 1 :]
        scale = BIG_SCALES[big]
        if not left and not right:
            raise _Invalid  # a bare scale (万, 亿) is not a number
        left_value = _integer(left) if left else 1
        if left_value == 0 and left not in ("零", "0"):
            raise _Invalid
        if not right:
            return left_value * scale
        if right[0] in "零0" or right.isdigit():
            return left_value * scale + _integer(right.lstrip("零"))
        if right == "两":
            raise _Invalid  # 两万两 is 20000 两 (a weight), not 22000
        if len(right) == 1 and right in CN_DIGITS:
            # 一万三 = 13000, 万九 = 19000
            return left_value * scale + CN_DIGITS[right] * scale // 10
        return left_value * scale + _integer(right)
    if text.isdigit():
        return int(text)
    direct = _digits_direct(text)
    if direct is not None:
        return int(direct)
    if direct_ok and len(text) > 1 and all(CN_DIGITS.get(c, -1) >= 0 for c in text):
        return int(_fraction_digits(text))
    return _section(text)


def _fraction_digits(text: str) -> str:
    if not text or any(c not in CN_DIGITS and not c.isdigit() for c in text):
        raise _Invalid
    return "".join(c if c.isdigit() else str(CN_DIGITS[c]) for c in text)


def _scale_suffix(text: str) -> int:
    """Value of a pure scale suffix: 万, 亿, 万亿, 百万, 千万亿."""
    value = 1
    for char in text:
        if char in BIG_SCALES:
            value *= BIG_SCALES[char]
        elif char in SMALL_SCALES:
            value *= SMALL_SCALES[char]
        else:
            raise _Invalid
    return value


def _plain_value(text: str) -> tuple[Decimal, bool]:
    """Value of a numeral with at most one decimal point; also: has a big scale."""
    for sep in ("点", "."):
        if sep in text:
            left, _, right = text.partition(sep)
            if sep in right or (sep == "点" and not left):
                raise _Invalid
            k = 0
            while k < len(right) and (right[k].isdigit() or right[k] in CN_DIGITS):
                k += 1
            digits, suffix = right[:k], right[k:]
            fraction = _fraction_digits(digits)
            if suffix:
                # 1.5万亿, 一点五亿: mantissa times scale
                whole = _integer(left) if left else 0
                if left and any(c in _BIG for c in left):
                    raise _Invalid
                mantissa = Decimal(f"{whole}.{fraction}")
                return mantissa * _scale_suffix(suffix), any(c in _BIG for c in suffix)
            # 两千万点五五四四: whole number plus a fraction
            whole = _integer(left, direct_ok=True) if left else 0
            return Decimal(f"{whole}.{fraction}"), any(c in _BIG for c in left)
    return Decimal(_integer(text)), any(c in _BIG for c in text)


@functools.lru_cache(maxsize=8192)
def read_numeral(text: str) -> Numeral | None:
    """Read a numeral as matched in running text (already normalised); None if invalid.

    Handles Latin multipliers (15k), vague marks (十多万, 3000余), adjacent pairs
    (三四千), 数/几 + scale (数十亿) and the mixed forms (3千5百万, 200亿零四千230).
    Results are immutable and cached: articles repeat their numerals (一, 200亿).
    """
    if len(text) > MAX_NUMERAL_LENGTH:
        return None  # a run of thousands of digits is an identifier, not a numeral
    if text.isascii() and text.isdigit():
        return Numeral(Decimal(int(text)))  # the common case, fast (at most 48 digits)
    scaled = _SCALED_ARABIC.fullmatch(text)
    if scaled is not None:
        return _scaled_arabic(*scaled.groups())  # the next most common: 11.8亿, 200亿
    with decimal.localcontext(EXACT):
        try:
            return _read(text)
        except (_Invalid, decimal.DecimalException, ValueError, OverflowError):
            return None


#: An Arabic numeral with a decimal part, a big scale or both (11.8亿, 200亿, 3.5万,
#: 99.9), its whole part without a leading zero (0.5 but not 05亿 or 00亿, which
#: :func:`_read` reads or refuses): the common forms of running text after plain digits.
_SCALED_ARABIC = re.compile(r"(0|[1-9][0-9]*)(?:\.([0-9]+))?([万亿]?)")


def _scaled_arabic(whole: str, fraction: str | None, scale: str) -> Numeral:
    """The :class:`Numeral` :func:`_read` makes of a :data:`_SCALED_ARABIC` numeral, in
    integers: its value in the form :func:`plain` gives (no exponent, no trailing zero).

    At most :data:`MAX_NUMERAL_LENGTH` characters keep it within :data:`EXACT`.
    """
    places = len(fraction or "")
    units, rest = divmod(int(whole + (fraction or "")) * BIG_SCALES.get(scale, 1), 10**places)
    value = Decimal(f"{units}.{rest:0{places}d}".rstrip("0")) if rest else Decimal(units)
    return Numeral(value, has_big_scale=bool(scale))


def _read(text: str) -> Numeral:
    if not text:
        raise _Invalid
    sign = 1
    if text[0] in "-负":
        sign, text = -1, text[1:]
    elif text[0] == "+":
        text = text[1:]
    if not text:
        raise _Invalid
    latin = 1
    if text[-1] in LATIN_SCALES and len(text) > 1 and (text[-2].isdigit() or text[-2] == "."):
        latin, text = LATIN_SCALES[text[-1]], text[:-1]
    # 数十亿 / 几百万: between one and ten of the unit that follows
    if text[0] in "数几" and len(text) > 1:
        base = _scale_suffix(text[1:])
        return _signed(Numeral(Decimal(base), Decimal(base * 10), True), sign)
    # 三四千, 七八百万: two adjacent digits followed by scales
    if text[:2] in ADJACENT_PAIRS and len(text) > 2 and all(c in _SCALE_CHARS for c in text[2:]):
        scale = _scale_suffix(text[2:])
        low, high = CN_DIGITS[text[0]], CN_DIGITS[text[1]]
        return _signed(Numeral(Decimal(low * scale), Decimal(high * scale), True), sign)
    marks = [i for i, char in enumerate(text) if char in VAGUE_MARKS and i > 0]
    upper: Decimal | None = None
    if marks:
        head, tail = text[: marks[0]], text[marks[0] + 1 :]
        if not head:
            raise _Invalid
        if len(marks) > 1:
            # 十几万多亿: only the lower bound is meaningful
            value, _ = _plain_value("".join(c for c in text if c not in VAGUE_MARKS))
        else:
            head_value, _ = _plain_value(head.rstrip("零"))
            scale = _scale_suffix(tail) if tail else 1
            value = head_value * scale
            upper = (head_value + vague_step(head_value)) * scale
        has_big = any(c in _BIG for c in text)
    else:
        value, has_big = _plain_value(text)
    value *= latin
    if upper is not None:
        upper *= latin
    single = len(text) == 1 and text in CN_DIGITS
    result = Numeral(
        plain(value), plain(upper) if upper is not None else None, has_big or latin > 1, single
    )
    return _signed(result, sign)


def read_numeral_prefix(text: str) -> tuple[int, Numeral] | None:
    """The longest prefix of ``text`` that is a numeral, and its length.

    For runs that swallowed a neighbour: 百分之七十百分位 (七十), 二两 (二 + the unit 两).
    """
    for end in range(min(len(text), 48), 0, -1):
        numeral = read_numeral(text[:end])
        if numeral is not None:
            return end, numeral
    return None


def _signed(numeral: Numeral, sign: int) -> Numeral:
    if sign == 1:
        return numeral
    upper = numeral.upper.copy_negate() if numeral.upper is not None else None
    return Numeral(numeral.value.copy_negate(), upper, numeral.has_big_scale, numeral.single_digit)


# --- joining numbers: ranges and lists -----------------------------------------------


#: A first end written in full before a scaled second one (8500到3万) is at least a
#: hundredth of it; a smaller one (5-3亿 would span eight orders of magnitude) is read
#: with the scale, which inverts the range.
_FULL_FIRST_END = 100


def range_start(first: Numeral, second: Numeral, second_text: str) -> Numeral | None:
    """The first end of the range ``first`` to ``second``, or None if they make no range.

    The second's scale is carried to the first (两到三万 → 20000..30000; 八到九百亿 →
    800亿..900亿).  Where that would put the first above the second, the first stands as
    written if it is at least a hundredth of the second (8500到3万 → 8500..30000);
    otherwise the range is inverted (5-3亿 reads 5亿..3亿) and there is none: its ends
    are read on their own.
    """
    top = second.upper if second.upper is not None else second.value
    carried = carry_scale(first, second_text)
    if carried is not None and carried.value <= top:
        return carried
    if first.value <= top and Fraction(first.value) * _FULL_FIRST_END >= top:
        return first
    return None


def carry_scale(first: Numeral, second_text: str) -> Numeral | None:
    """Give the first of two joined numbers the scale the second states.

    两到三万 → 两万 (20000); 八到九百亿 → 八百亿; in a list, 3，5亿元 → 3亿 and 5亿.
    None if the scaled value is too large to hold exactly (see :data:`EXACT`).
    """
    if first.has_big_scale or first.value == 0:
        return first
    multiplier = 1
    body = second_text.rstrip("元圆块")
    for char in reversed(body):
        scale = BIG_SCALES.get(char) or LATIN_SCALES.get(char)
        if scale is None:
            break
        multiplier *= scale
    head = body.rstrip("".join(BIG_SCALES) + "".join(LATIN_SCALES))
    if first.single_digit and len(head) == 2 and head[1] in SMALL_SCALES:
        multiplier *= SMALL_SCALES[head[1]]  # 八到九百亿: 八 is 八百亿
    try:
        value = plain(EXACT.multiply(first.value, multiplier))
        upper = plain(EXACT.multiply(first.upper, multiplier)) if first.upper is not None else None
    except decimal.DecimalException:
        return None
    return Numeral(value, upper, True, False)


_NOT_NUMERAL = regex.compile(r"[^0-9零〇一二两三四五六七八九十百千万亿兆kKwWMG.点仟佰]")


def digits_and_scales(text: str) -> str:
    """The numeral characters of an amount (三万元 → 三万), to read its scale."""
    digits: str = _NOT_NUMERAL.sub("", text)
    return digits


# --- whole-string parsing ------------------------------------------------------------

_WHOLE_EXPONENT = regex.compile(r"[-+]?(?:\d++(?:\.\d*+)?|\.\d++)[eE][-+]?\d++")
_WHOLE_POWER = regex.compile(r"(?P<sign>-?)(?P<base>\d+(?:\.\d+)?)\^(?P<exp>[-+]*\d+)")
_WHOLE_FRACTION = regex.compile(
    r"(?P<den>[^分之/]+)(?:分之|份|分)(?P<num>[^分之/]+)|(?P<num2>[^/]+)/(?P<den2>[^/]+)"
)
_SPECIAL = {"半": Decimal("0.5"), "一半": Decimal("0.5"), "一半半": Decimal("0.5"),
            "半百": Decimal(50), "1半": Decimal("0.5")}  # fmt: skip


def _quotient(numerator: Decimal, denominator: Decimal) -> Decimal:
    """``numerator / denominator``: exact where its decimal ends within :data:`MAX_DIGITS`
    digits, else (三分之一) rounded to 15 significant digits."""
    if denominator == 0:
        raise _Invalid
    try:
        return EXACT.divide(numerator, denominator)
    except decimal.Inexact:
        return plain(_SIGNIFICANT.divide(numerator, denominator))


def _fraction(text: str) -> tuple[Decimal, Decimal] | None:
    """Numerator and denominator of a written fraction (三分之一, 3/5), else None."""
    fraction = _WHOLE_FRACTION.fullmatch(text)
    if not fraction:
        return None
    den = fraction["den"] or fraction["den2"]
    num = fraction["num"] or fraction["num2"]
    return _whole(num), _whole(den)


def _mixed(whole: str, part: str) -> Decimal:
    """A whole number and a fraction (一又二分之一, 1 3/5), as one exact quotient."""
    left = _whole(whole)
    numerator, denominator = _fraction(part) or (_whole(part), Decimal(1))
    if left < 0:
        numerator = -numerator
    return _quotient(left * denominator + numerator, denominator)


def _whole(text: str) -> Decimal:
    if not text:
        raise _Invalid
    if text in _SPECIAL:
        return _SPECIAL[text]
    if text.startswith("第") and len(text) > 1:
        text = text[1:]
    for suffix in ("个", "个半"):
        if text.endswith(suffix) and len(text) > len(suffix):
            half = Decimal("0.5") if suffix == "个半" else Decimal(0)
            return _whole(text[: -len(suffix)]) + half
    if text[-1] in COUNT_WORDS and len(text) > 1:
        return _whole(text[:-1]) * COUNT_WORDS[text[-1]]
    if "又" in text:
        whole, _, frac = text.partition("又")
        return _mixed(whole, frac)
    if " " in text:
        head, _, tail = text.partition(" ")
        if "/" in tail and head.isdigit():
            return _mixed(head, tail)
        raise _Invalid
    if _WHOLE_EXPONENT.fullmatch(text):
        return plain(Decimal(text))
    power = _WHOLE_POWER.fullmatch(text)
    if power:
        exponent = int(power["exp"].replace("--", "").replace("+", "") or "0")
        if power["exp"].count("-") % 2:
            exponent = -abs(exponent)
        if abs(exponent) > 400:
            raise _Invalid
        base = Decimal(power["base"])
        value = (
            EXACT.power(base, exponent)
            if exponent >= 0
            else _quotient(Decimal(1), EXACT.power(base, -exponent))
        )
        return -value if power["sign"] else value
    fraction = _fraction(text)
    if fraction:
        numerator, denominator = fraction
        return _quotient(numerator, denominator)
    numeral = _read(text)
    return numeral.value


def parse_number(s: str) -> Decimal | None:
    """Value of the whole string ``s`` as a numeral, or None if it is not one.

    >>> parse_number("一千二百三十四点八")
    Decimal('1234.8')
    >>> parse_number("3千5百万")
    Decimal('35000000')
    >>> parse_number("三分之一")
    Decimal('0.333333333333333')
    >>> parse_number("十多万")  # a vague numeral gives its lower bound
    Decimal('100000')
    >>> parse_number("四川") is None
    True
    >>> parse_number("1e9999999") is None  # beyond what a value holds: none, never rounded
    True
    """
    require_str(s, "parse_number")
    text = _whole_string(s)
    text = regex.sub(r"\s+", lambda m: " " if _mixed_fraction_space(text, m) else "", text)
    if not text:
        return None
    with decimal.localcontext(EXACT):
        try:
            return plain(_whole(text))
        except (_Invalid, decimal.DecimalException, ValueError, OverflowError, RecursionError):
            return None


_WHOLE_GROUP = regex.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")


def _whole_string(s: str) -> str:
    """Normalise a string that is one number: here a lone Chinese comma groups (４，５６５)."""
    text: str = _WHOLE_GROUP.sub("", normalize(s).text.strip())
    return text


def _mixed_fraction_space(text: str, m: regex.Match[str]) -> bool:
    """Keep the space of '1 3/5' (a whole and a fraction); drop spaces elsewhere."""
    before, after = text[: m.start()], text[m.end() :]
    return bool(
        before[-1:].isdigit()
        and regex.match(r"\d+/\d", after)
        and regex.fullmatch(r"-?\d+", before.split(" ")[-1])
    )
