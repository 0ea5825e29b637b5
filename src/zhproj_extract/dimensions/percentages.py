"""Percentages: 11.4%, 百分之十五, 千分之五, 两成, 九折, 10个百分点, with qualifier and direction.

Like every dimension: tables (denominators, 成/折, direction verbs, and the shared
qualifiers), one pattern built from them (:data:`PERCENT`), a normaliser
(:func:`find_percentages`) and the example corpus in :data:`RULES`.

Values are in percent: 千分之五 is 0.5, 两成 is 20, 九折 is 90 (the share of the price
paid); 个百分点 keeps its number with unit ``pp``.  A range (5%-8%) runs upward; an
inverted one is no range: its first end counts on its own where it has its own % and the
rest is read afresh, so a row of figures "38.96%-3.14%" is 38.96% and -3.14%; and a
hyphen after a space, right before its number, is a sign, never a range word
("-160.45% -26.34%" is two figures, though the first is the lower).
"""

from __future__ import annotations

from decimal import Decimal

import regex

from ..models import Percentage
from ..numbers import lexer, qualifiers
from ..numbers.numerals import (
    NUMX,
    Numeral,
    exact_or_none,
    plain,
    read_numeral,
    read_numeral_prefix,
)
from ..numbers.ranges import RANGE_WORDS
from ..reading import segment
from ..reading.text import NormalizedText
from ..rules import Rule, example, resolve_overlaps

__all__ = ["RULES", "find_percentages"]

# --- tables --------------------------------------------------------------------------

#: Verbs that state a change, just before the number (增长11.4%, 下降了3.2个百分点).
DIRECTION: dict[str, str] = {
    **dict.fromkeys(
        [
            "增长",
            "增加",
            "上涨",
            "上升",
            "提高",
            "提升",
            "增幅",
            "涨幅",
            "增速",
            "增",
            "涨",
            "高出",
            "攀升",
            "跃升",
            "扩大",
            "多",
        ],
        "up",
    ),
    **dict.fromkeys(
        [
            "下降",
            "减少",
            "降低",
            "下跌",
            "下滑",
            "回落",
            "降幅",
            "跌幅",
            "减",
            "降",
            "跌",
            "缩小",
            "缩减",
            "低于",
            "少",
            "收窄",
            "下调",
        ],
        "down",
    ),
}

#: 成 and 折 read as tenths (两成 = 20%, 九折 = 90%).
TENTHS = {"成": "percent", "折": "discount"}

# --- pattern -------------------------------------------------------------------------

_SIGN = r"(?:负|-)"
_DIGIT = r"[0-9零〇一二两三四五六七八九]"
#: 百分之 … 百万万分之: the denominator of a written fraction (in parts of the whole).
DENOMINATORS: dict[str, int] = {
    "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6,
    "千万": 10**7, "万万": 10**8, "亿": 10**8, "百万万": 10**10,
}  # fmt: skip
_DENOMINATOR = (
    r"(?<![零一二两三四五六七八九十0-9])"  # 五百分之2.2 is a fraction, not a percentage
    rf"(?P<den>{'|'.join(sorted(DENOMINATORS, key=len, reverse=True))})"
)
#: A range word between the ends, spaced or not (5%-8%, 5% ~ 8%); but a hyphen after a space
#: and right before the number is its sign, in a list (-160.45% -26.34%).
_SEPARATOR = rf"(?![ ]{{1,2}}-[^ ])[ ]{{0,2}}(?:{'|'.join(RANGE_WORDS)})[ ]{{0,2}}"

PERCENT = regex.compile(
    rf"""
    (?:(?P<qpre>{qualifiers.before_pattern()})[ ]{{0,2}})?
    (?:
        {_DENOMINATOR}分之(?P<sign_w>{_SIGN})?(?P<n_w>{NUMX})               # 百分之十五, 千分之五
      | (?P<sign>{_SIGN})?(?P<n>{NUMX})
        (?:%?{_SEPARATOR}(?P<sign2>{_SIGN})?(?P<n2>{NUMX}))?                  # 5-8%, 5%-8%
        (?:(?P<pct>%)(?![0-9A-Fa-f]{{2}})|(?P<pp>个?百分点)
          |(?P<tenth>[成折])(?P<extra>{_DIGIT}(?![成折\d])|半)?)               # 两成, 七成六, 九折
      | (?P<half>半)(?P<tenth_h>[成折])                                     # 半成, 半折
      | (?<=打)(?P<dui>对)折                                                # 打对折
    )
    (?P<qpost>{qualifiers.after_pattern()})?
    """,
    regex.VERBOSE,
)

#: Where a percentage may begin before its numeral (a qualifier, a sign, 百分之), and the
#: forms without one (半成, 打对折).  Each is named in full, 分之 and 成 included: a bare
#: 百 or 对 opens nothing, and both stand in many a text that holds no percentage.
OPENERS = lexer.Openers(
    (*qualifiers.BEFORE, "负", "-", *(f"{denominator}分之" for denominator in DENOMINATORS)),
    reach=max(map(len, qualifiers.BEFORE)) + 2 + max(map(len, DENOMINATORS)) + len("分之负"),
    alone=("半成", "半折", "对折"),
)
#: What stands right after a numeral that a percentage goes on from: %, 个百分点, 成, 折,
#: 分之, a range separator.
_MAY_FOLLOW = lexer.may_follow(("%", "个百分点", "成", "折", "分之", *RANGE_WORDS))

_DIRECTION = lexer.small_pattern(
    rf"(?P<verb>{'|'.join(sorted(DIRECTION, key=len, reverse=True))})(?:了|为|达|达到|约)?[ ]*$"
)
_URL = regex.compile(r"(?:https?://|www\.)[^\s\u3000，。；！？]*")

# --- normaliser ----------------------------------------------------------------------


def _numeral(text: str | None) -> Numeral | None:
    return read_numeral(text) if text else None


def _tenths(n_text: str, numeral: Numeral | None, tenth: str, extra: str | None) -> Decimal | None:
    """Percent value of N成 / N折: 两成 = 20, 七成六 = 76, 三成半 = 35, 75折 = 75, 三八折 = 38."""
    if numeral is None and tenth == "折" and len(n_text) == 2:
        digits = [read_numeral(c) for c in n_text]  # 三八折, 五五折: two digits
        if digits[0] is None or digits[1] is None:
            return None
        return digits[0].value * 10 + digits[1].value
    if numeral is None or numeral.value <= 0:
        return None
    value = numeral.value
    if value < 10:
        more = Decimal(0)
        if extra == "半":
            more = Decimal(5)
        elif extra:
            digit = read_numeral(extra)
            more = digit.value if digit is not None else Decimal(0)
        return value * 10 + more
    if extra:
        return None
    if tenth == "成" and value == 10:
        return Decimal(100)  # 十成
    if tenth == "折" and n_text.isascii() and value < 100:
        return value  # 75折
    return None


def _direction(text: str, start: int) -> str | None:
    m = _DIRECTION.search(text, max(0, start - 8), start)
    return DIRECTION[m.group("verb")] if m else None


def find_percentages(ntext: NormalizedText) -> list[Percentage]:
    """Every percentage in ``ntext``, in text order, overlaps resolved."""
    text = ntext.text
    urls = [m.span() for m in _URL.finditer(text)] if "/" in text or "www" in text else []

    def build(m: lexer.Match) -> tuple[Percentage | None, int]:
        if _inverted(m):
            return _first_end(m, ntext, urls)
        return _build(m, ntext, urls), m.end()

    def worth_reading(atom: lexer.Atom) -> bool:
        return _MAY_FOLLOW.match(text, atom.end) is not None

    return resolve_overlaps(lexer.scan(PERCENT, ntext, OPENERS, build, worth_reading))


def _inverted(m: lexer.Match) -> bool:
    """Whether a range of percentages or points runs downward (8%-5%): then it is none."""
    if not m.group("n2") or not (m.group("pct") or m.group("pp")):
        return False
    first, second = _numeral(m.group("n")), _numeral(m.group("n2"))
    if first is None or second is None:
        return False  # not a range _build accepts either
    low = first.value.copy_negate() if m.group("sign") else first.value
    high = second.value.copy_negate() if m.group("sign2") else second.value
    return low > high


def _first_end(
    m: lexer.Match, ntext: NormalizedText, urls: list[tuple[int, int]]
) -> tuple[Percentage | None, int]:
    """The first end of an inverted range if it has its own % (8%-5%: 8%), and where
    reading resumes: right after it."""
    end = m.end("n")
    if not ntext.text.startswith("%", end):
        return None, end
    own = PERCENT.match(ntext.text, m.start(), end + 1)
    return (_build(own, ntext, urls) if own is not None else None), end + 1


@exact_or_none
def _build(m: lexer.Match, ntext: NormalizedText, urls: list[tuple[int, int]]) -> Percentage | None:
    text = ntext.text
    if any(a <= m.start() < b for a, b in urls):
        return None
    kind = "percent"
    unit = "%"
    end = m.end()
    upper: Decimal | None = None
    vague = False
    if m.group("den"):
        prefix = read_numeral_prefix(m.group("n_w"))
        if prefix is None:
            return None
        length, written = prefix
        if length < len(m.group("n_w")):
            end = m.start("n_w") + length  # 百分之七十百分位: the numeral is 七十
        sign = -1 if m.group("sign_w") else 1
        value = sign * written.value * 100 / DENOMINATORS[m.group("den")]
        vague = written.upper is not None
    elif m.group("half") or m.group("dui"):
        tenth = m.group("tenth_h") or "折"
        kind = TENTHS[tenth]
        value = Decimal(5) if tenth == "成" else Decimal(50)
    else:
        numeral = _numeral(m.group("n"))
        if m.group("tenth"):
            tenth = m.group("tenth")
            kind = TENTHS[tenth]
            value_or_none = _tenths(m.group("n"), numeral, tenth, m.group("extra"))
            if value_or_none is None or m.group("n2"):
                return None
            if not m.group("n").isascii() and not _words_agree(text, m.start("n"), m.end()):
                return None  # 一成不变, 七折八扣: the numeral belongs to an idiom
            value = value_or_none
        else:
            if numeral is None:
                return None
            if m.group("pp"):
                kind, unit = "points", "pp"
            value = -numeral.value if m.group("sign") else numeral.value
            vague = numeral.upper is not None
            if vague and numeral.upper is not None:
                upper = -numeral.upper if m.group("sign") else numeral.upper
            if m.group("n2"):
                second = _numeral(m.group("n2"))
                if second is None:
                    return None
                upper = -second.value if m.group("sign2") else second.value
                vague = False
    qpre, qpost = m.group("qpre"), m.group("qpost")
    if end < m.end():
        qpost = None
    is_range = bool(m.group("n2"))
    qualifier = qualifiers.combine(qpre, qpost, is_range=is_range, vague=vague)
    start, end = ntext.span(m.start(), end)
    return Percentage(
        text=ntext.original[start:end],
        start=start,
        end=end,
        rule=f"percent.{kind}",
        value=plain(value),
        upper=plain(upper) if upper is not None else None,
        unit=unit,
        qualifier=qualifier,
        kind=kind,  # type: ignore[arg-type]
        direction=_direction(text, m.start()),  # type: ignore[arg-type]
    )


def _words_agree(text: str, start: int, end: int) -> bool:
    return segment.is_boundary(text, start) and segment.is_boundary(text, end)


# --- example corpus ------------------------------------------------------------------


RULES: tuple[Rule, ...] = (
    Rule(
        "percent.percent",
        "A share in percent: 11.4%, １５％, 百分之十五, 百分之负三点八, 千分之五, 两成, 三成半; "
        "ranges (5%-8%); qualifiers; the direction of a stated change.",
        (
            example("与2021年相比增长11.4%", {"text": "11.4%", "value": "11.4", "direction": "up"}),
            example("同比增长１５％", {"text": "１５％", "value": "15"}),
            example(
                "股价上涨了百分之十五", {"text": "百分之十五", "value": "15", "direction": "up"}
            ),
            example("股价下降了百分之负三点八", {"text": "百分之负三点八", "value": "-3.8"}),
            example(
                "不良率控制在千分之五以内",
                {"text": "千分之五以内", "value": "0.5", "qualifier": "at_most"},
            ),
            example("外资占比约两成", {"text": "约两成", "value": "20", "qualifier": "approx"}),
            example("本地配套率达三成半", {"text": "三成半", "value": "35"}),
            example("利润率约半成", {"text": "约半成", "value": "5", "qualifier": "approx"}),
            example("占比不少于80%", {"text": "不少于80%", "qualifier": "at_least"}),
            example("开工率约42%", {"text": "约42%", "qualifier": "approx", "direction": "None"}),
            example(
                "预计增长5%-8%", {"text": "5%-8%", "value": "5", "upper": "8", "qualifier": "range"}
            ),
            example(
                "比重从64.9%提升至79.5%",
                {"text": "64.9%", "direction": "None"},
                {"text": "79.5%", "direction": "None"},
            ),
            example("成本下降3.2%", {"text": "3.2%", "direction": "down"}),
            example(
                "毛利率38.96% -3.14%",
                {"text": "38.96%", "upper": "None"},
                {"text": "-3.14%", "value": "-3.14", "upper": "None"},
            ),
            example(
                "两项指标同比分别为-160.45% -26.34%",
                {"text": "-160.45%", "value": "-160.45", "upper": "None"},
                {"text": "-26.34%", "value": "-26.34", "upper": "None"},
            ),
            example("增速为5% - 8%", {"text": "5% - 8%", "value": "5", "upper": "8"}),
            example("始终一成不变"),
            example("访问 https://www.test.com/search?q=30%25%2020%"),
        ),
    ),
    Rule(
        "percent.points",
        "Percentage points (个百分点), unit pp.",
        (
            example(
                "比2021年提高近10个百分点",
                {
                    "text": "近10个百分点",
                    "value": "10",
                    "unit": "pp",
                    "qualifier": "approx",
                    "direction": "up",
                },
            ),
            example("下降2.5个百分点", {"text": "2.5个百分点", "unit": "pp", "direction": "down"}),
        ),
    ),
    Rule(
        "percent.discount",
        "A discount in 折: the share of the price that is paid (九折 = 90).",
        (
            example("土地出让价格打九折", {"text": "九折", "value": "90", "kind": "discount"}),
            example("全场75折", {"text": "75折", "value": "75"}),
            example("打对折", {"text": "对折", "value": "50"}),
            example("七折八扣之后"),
        ),
    ),
)
