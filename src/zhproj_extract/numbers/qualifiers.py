"""Qualifier words shared by every numeric dimension, and how they combine.

Data first: to teach the library a new hedge word, add it to :data:`BEFORE` or
:data:`AFTER`.  The pattern fragments are built from these tables, longest form first.
"""

from __future__ import annotations

from ..models import Qualifier
from ..rules import alternation, guarded

__all__ = ["AFTER", "BEFORE", "ONLY_BEFORE", "after_pattern", "before_pattern", "combine"]

#: Words written before the number.
BEFORE: dict[str, Qualifier] = {
    "约": "approx", "大约": "approx", "大概": "approx", "约合": "approx", "近": "approx",
    "将近": "approx", "接近": "approx", "约为": "approx", "大致": "approx",
    "超": "more_than", "超过": "more_than", "逾": "more_than", "突破": "more_than",
    "过": "more_than", "多于": "more_than", "高于": "more_than", "大于": "more_than", "超出": "more_than", "越过": "more_than",
    "不低于": "at_least", "不少于": "at_least", "至少": "at_least", "最少": "at_least",
    "起码": "at_least", "不小于": "at_least",
    "不超过": "at_most", "最多": "at_most", "至多": "at_most", "不高于": "at_most",
    "不多于": "at_most", "不大于": "at_most", "最高": "at_most",
    "不到": "less_than", "低于": "less_than", "小于": "less_than", "少于": "less_than",
    "不足": "less_than", "未满": "less_than",
    "上": "at_least",
}  # fmt: skip

#: Words that qualify a number only right before one of these characters: 上 reaches a
#: round figure (上百亿元, 上千家, 上万吨) and is no qualifier elsewhere (上5年, 线上).
ONLY_BEFORE: dict[str, str] = {"上": "百千万亿"}

#: Characters that, standing before a qualifier word, make it part of another word:
#: 过 in 通过, 经过, 超过 (its own entry), 不过 is no qualifier (通过5亿元 is exact);
#: 约 in 签约, 节约, 合约 (签约5亿元 is exact; 大约 is its own entry).
NOT_AFTER: dict[str, str] = {
    "过": "通经超越跨穿透错路看做不没有度渡闯熬放",
    "约": "签节制预合条公特违履践邀失赴誓和租婚规相",
}

#: Words written after the number and its unit.
AFTER: dict[str, Qualifier] = {
    "左右": "approx", "上下": "approx", "前后": "approx",
    "以上": "at_least", "及以上": "at_least", "或以上": "at_least",
    "起": "at_least",
    "以下": "at_most", "及以下": "at_most", "以内": "at_most", "之内": "at_most",
}  # fmt: skip


def before_pattern() -> str:
    """Regex alternation of :data:`BEFORE`, longest first, guarded by :data:`NOT_AFTER`
    (and by a lookahead for the words' first characters, see :func:`guarded`)."""
    words = "|".join(
        (f"(?<![{NOT_AFTER[word]}])" if word in NOT_AFTER else "")
        + word
        + (f"(?=[{ONLY_BEFORE[word]}])" if word in ONLY_BEFORE else "")
        for word in alternation(BEFORE).split("|")
    )
    return guarded(words, BEFORE)


def after_pattern() -> str:
    """Regex alternation of :data:`AFTER`, longest first (see :func:`guarded`)."""
    return guarded(alternation(AFTER), AFTER)


def combine(before: str | None, after: str | None, *, is_range: bool, vague: bool) -> Qualifier:
    """The qualifier of a mention from its surrounding words.

    A range stays ``range``; an explicit word wins over a vague mark (约3000多万 is
    approx); a vague 多/余 alone is ``more_than``.  When the words before and after
    disagree, the one before the number is kept (至少九千块钱以上 is at_least either way).
    """
    if is_range:
        return "range"
    if before:
        return BEFORE[before]
    if after:
        return AFTER[after]
    if vague:
        return "more_than"
    return "exact"
