"""Dates, periods and durations, resolved against a reference date.

The dimension is a table of forms (:data:`FORMS`: each a pattern and the kind of period it
names), the festival and modifier tables below, one pattern built from them, a
normaliser (:func:`find_dates`) and the example corpus in :data:`RULES`.

Conventions: a period is its whole extent, both ends inclusive (2月 = 02-01..02-28;
2022—2025年 = 2022-01-01..2025-12-31).  ``since`` (去年以来) runs from the start of the
period to the reference day; ``start_of`` (年初, 兔年伊始) and ``end_of`` (2月底) keep the
first or last part of it.  A month, quarter or festival written without a year falls in
the reference year.  What cannot be resolved (今天 when only the year is known, a
holiday outside the calendar library's years, a day the calendar lacks such as
2023年2月29日, a period outside the years 1 to 9999) keeps its span with empty dates,
and a day the calendar lacks is never taken as the reference date.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from typing import TypeVar, cast

import regex

from ..models import DateMention, Modifier, ReferenceDate
from ..numbers.numerals import CN_DIGITS, read_numeral
from ..reading.text import NormalizedText
from ..rules import FormTable, Rule, alternation, example, resolve_overlaps
from . import calendar_facts as _calendar

__all__ = ["RULES", "find_dates", "infer_reference"]

# --- tables --------------------------------------------------------------------------

#: Relative years: 今年 0, 去年 -1 …
#: (后年 is left out: "达产后年产能" would read as a year.)
RELATIVE_YEAR = {"今": 0, "本": 0, "当": 0, "全": 0, "这一": 0, "去": -1, "上": -1, "上一": -1,
                 "前": -2, "大前": -3, "明": 1, "下": 1, "下一": 1, "次": 1}  # fmt: skip
#: Relative days.
RELATIVE_DAY = {"今天": 0, "今日": 0, "当天": 0, "当日": 0, "昨天": -1, "昨日": -1,
                "寻日": -1, "明天": 1, "明日": 1, "听日": 1, "次日": 1, "前天": -2, "前日": -2,
                "后天": 2, "后日": 2, "大前天": -3, "大后天": 3, "大后日": 3, "大大后天": 4,
                "本日": 0, "全天": 0}  # fmt: skip
#: Relative months.
RELATIVE_MONTH = {"本": 0, "这": 0, "这个": 0, "这一个": 0, "今个": 0, "当": 0, "上": -1,
                  "上个": -1, "上一个": -1, "下": 1, "下个": 1, "下一个": 1, "次": 1}  # fmt: skip
#: Relative weeks and quarters: 上上周 -2, 上周 -1, 本周 0 …
RELATIVE_SPAN = {"上上": -2, "上上个": -2, "上": -1, "上个": -1, "上一": -1, "上一个": -1,
                 "本": 0, "这": 0, "这个": 0, "这一": 0, "这一个": 0, "今个": 0, "今": 0, "当": 0,
                 "下": 1, "下个": 1, "下一": 1, "下一个": 1, "下下": 2, "下下个": 2}  # fmt: skip
#: Festivals on a fixed Gregorian date.
SOLAR_FESTIVALS = {"元旦": (1, 1), "阳历新年": (1, 1), "圣瓦伦丁节": (2, 14),
                   "消费者权益日": (3, 15), "国际消费者权益日": (3, 15), "三一五": (3, 15),
                   "香港回归纪念日": (7, 1), "澳门回归纪念日": (12, 20), "情人节": (2, 14), "妇女节": (3, 8), "三八妇女节": (3, 8),
                   "植树节": (3, 12), "愚人节": (4, 1), "劳动节": (5, 1), "五一": (5, 1),
                   "青年节": (5, 4), "儿童节": (6, 1), "建党节": (7, 1),
                   "建军节": (8, 1), "八一建军节": (8, 1), "教师节": (9, 10), "国庆节": (10, 1),
                   "国庆": (10, 1), "平安夜": (12, 24), "圣诞节": (12, 25),
                   "圣诞": (12, 25), "万圣节": (10, 31), "女生节": (3, 7), "老板节": (10, 16)}  # fmt: skip
#: Festivals on a lunar date (month, day), converted by the lunar calendar library.
LUNAR_FESTIVALS = {"春节": (1, 1), "农历新年": (1, 1), "新春": (1, 1), "元宵节": (1, 15), "元宵": (1, 15), "端午节": (5, 5),
                   "端午": (5, 5), "七夕": (7, 7), "中元节": (7, 15), "中秋节": (8, 15),
                   "中秋": (8, 15), "重阳节": (9, 9), "重阳": (9, 9), "腊八": (12, 8),
                   "腊八节": (12, 8)}  # fmt: skip
#: Movable Christian feasts: days from Easter Sunday (computed by dateutil; 东正教 before
#: the name takes the Orthodox Easter).
EASTER_FEASTS = {
    **dict.fromkeys(("复活节", "主复活日"), 0),
    **dict.fromkeys(("复活节星期一",), 1),
    **dict.fromkeys(("主受难日", "主受难节", "耶稣受难日", "圣周五", "沉默周五"), -2),
    **dict.fromkeys(("神圣周六", "圣周六", "耶稣受难日翌日", "主受难节翌日", "复活节前夜",
                     "黑色星期六"), -1),
    **dict.fromkeys(("濯足节", "神圣星期四", "圣周星期四", "圣周四", "设立圣餐日"), -3),
    **dict.fromkeys(("棕枝主日", "圣枝主日", "圣树主日", "基督苦难主日"), -7),
    **dict.fromkeys(("拉撒路圣周六", "拉匝路周六"), -8),
    **dict.fromkeys(("大斋首日", "圣灰星期三", "灰日", "圣灰礼仪日", "圣灰日"), -46),
    **dict.fromkeys(("忏悔节", "忏悔火曜日", "煎饼星期二"), -47),
    **dict.fromkeys(("五旬节", "圣灵降临节", "圣灵降临日"), 49),
    **dict.fromkeys(("圣灵节庆日",), 50),
    **dict.fromkeys(("圣三一主日", "天主三一主日", "天主圣三一节", "圣三主日", "圣三节"), 56),
    **dict.fromkeys(("基督圣体节", "基督圣体圣血瞻礼", "基督圣体圣血节"), 60),
}  # fmt: skip
#: Feasts only the Orthodox calendar keeps.
ORTHODOX_ONLY = ("四旬节", "拉撒路圣周六", "拉匝路周六")
#: Seasons of the Christian year: first and last day, counted from Easter.
EASTER_SEASONS = {"大斋期": (-46, -1), "大斋节": (-46, -1), "四旬节": (-48, -9)}
#: Jewish and Islamic feasts: calendar, month and day in it, length in days counted from
#: the first Gregorian day (convertdate; a Jewish feast's first day is its eve).
RELIGIOUS_FEASTS = {
    **dict.fromkeys(("赎罪日",), ("hebrew", 7, 10, 1)),
    **dict.fromkeys(("犹太新年",), ("hebrew", 7, 1, 3)),
    **dict.fromkeys(("住棚节",), ("hebrew", 7, 15, 9)),
    **dict.fromkeys(("西赫托拉节", "西赫妥拉节", "诵经节", "转经节", "律法节", "欢庆圣法节"),
                    ("hebrew", 7, 23, 1)),
    **dict.fromkeys(("光明节", "修殿节", "献殿节", "烛光节", "哈努卡节", "马加比节"),
                    ("hebrew", 9, 25, 8)),
    **dict.fromkeys(("逾越节",), ("hebrew", 1, 15, 9)),
    **dict.fromkeys(("七七节", "沙夫幼特节", "周日节", "收获节", "新果实节"), ("hebrew", 3, 6, 3)),
    **dict.fromkeys(("圣殿被毁日", "禁食日"), ("hebrew", 5, 9, 1)),
    **dict.fromkeys(("犹太植树节", "图比舍巴特节", "树木新年"), ("hebrew", 11, 15, 1)),
    **dict.fromkeys(("篝火节", "犹太教篝火节"), ("hebrew", 2, 18, 1)),
    **dict.fromkeys(("以色列独立日", "以色列国庆节"), ("civil-hebrew", 2, 5, 1)),
    **dict.fromkeys(("开斋节", "肉孜节", "尔代节"), ("islamic", 10, 1, 1)),
    **dict.fromkeys(("古尔邦节", "宰牲节"), ("islamic", 12, 10, 1)),
    **dict.fromkeys(("伊斯兰新年", "伊斯兰教新年", "伊斯兰历新年"), ("islamic", 1, 1, 1)),
    **dict.fromkeys(("阿舒拉节",), ("islamic", 1, 10, 1)),
    **dict.fromkeys(("登霄节", "夜行登霄节"), ("islamic", 7, 27, 1)),
    **dict.fromkeys(("法令之夜", "权力之夜"), ("islamic", 9, 27, 1)),
    **dict.fromkeys(("圣纪节",), ("islamic", 3, 12, 1)),
    **dict.fromkeys(("斋月", "穆斯林斋月"), ("islamic", 9, 1, 30)),
}  # fmt: skip
#: Festivals on the nth weekday of a month: (month, weekday 0=Monday, n).
FLOATING_FESTIVALS = {"母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4)}
#: Days of the lunar new year: 除夕 and 大年三十 are the eve, 大年初N the Nth day.
NEW_YEAR_EVE = ("除夕", "大年三十", "年三十")
#: Solar terms, dated by the calendar library.
SOLAR_TERMS = ("小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满",
               "芒种", "夏至", "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降",
               "立冬", "小雪", "大雪", "冬至")  # fmt: skip
#: Seasons, bounded by the solar terms that open them (the Chinese convention).
SEASONS = {"春": ("立春", "立夏"), "夏": ("立夏", "立秋"), "秋": ("立秋", "立冬"),
           "冬": ("立冬", "立春")}  # fmt: skip
#: Words after a period that change what it means.
MODIFIER_AFTER = {"或之前": "until", "及之前": "until", "或以前": "until", "及以前": "until",
                  "或之后": "since", "及之后": "since", "或以后": "since", "及以后": "since",
                  "以来": "since", "来": "since", "起": "since", "开始": "since",
                  "以前": "before", "之前": "before", "前": "before", "以后": "after",
                  "之后": "after", "后": "after", "初": "start_of", "伊始": "start_of",
                  "开年": "start_of", "上旬": "start_of", "底": "end_of", "末": "end_of",
                  "下旬": "end_of", "前后": "about", "左右": "about", "中旬": "about",
                  "初期": "start_of", "前期": "start_of", "末期": "end_of", "后期": "end_of",
                  "月底": "end_of",
                  "期间": None, "内": None, "以内": None}  # fmt: skip
#: The ten-day thirds of a month (上旬 days 1–10, 中旬 11–20, 下旬 21–end).
TEN_DAYS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}
#: Words before a period.  (至 and 从 alone are left out: 至2月底 and 从2021年的64.9%
#: are a deadline and a starting value, not "until" and "since".)
MODIFIER_BEFORE = {"截至": "until", "截止到": "until", "截止": "until"}
#: Units of a duration → canonical unit.
DURATION_UNITS = {"个工作日": "工作日", "工作日": "工作日", "个多月": "月", "个月": "月",
                  "个星期": "周", "星期": "周", "个礼拜": "周", "礼拜": "周", "周": "周", "天": "天", "日": "天", "年": "年",
                  "小时": "小时"}  # fmt: skip

# --- pattern -------------------------------------------------------------------------


_CN = "〇零一二三四五六七八九"
_Y = rf"(?P<y>(?<!\d)\d{{4}}(?!\d)(?=[ ]?年|[-/.]|[ ]?[—–~至到])|(?<![\d.])0\d(?=[ ]?年)|[{_CN}]{{4}}|[{_CN}]{{2}}(?=年)|(?<![\d.])\d{{2}}(?=年(?:[0-9一二三四五六七八九十正腊冬]|底|初|末|内|第|首|[春夏秋冬]|[小大立]|农历)))"
_Y2 = rf"(?P<y2>\d{{4}}|[{_CN}]{{4}})"
_M = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|正|腊|冬)"
_M2 = r"(?P<m2>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_D = r"(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])"
_REL = rf"(?P<rel>{alternation(RELATIVE_YEAR)})"
_SEP = r"[ ]?(?:——|—|–|-|~|至|到)[ ]?"
_FEST = alternation(
    [*SOLAR_FESTIVALS, *LUNAR_FESTIVALS, *SOLAR_TERMS, *FLOATING_FESTIVALS, *NEW_YEAR_EVE]
)

#: Form name → pattern.  Order matters where two start at the same place (longest first).
_N = r"(?P<nn>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})"
_CENT = r"(?P<cent>[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
_LUNAR_DAY = r"(?P<ld>初(?:[一二三四五六七八九十]|[1-9](?!\d)|10)|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅|[一二三四五六七八九])"
_WEEKDAY = r"(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"

#: Form name → pattern.  Order matters where two start at the same place (longest first).
FORMS: dict[str, str] = {
    "year_range": rf"{_Y}年?{_SEP}{_Y2}年",
    "decade": rf"(?:{_CENT}世纪|(?P<lastc>上)世纪)?(?P<dec>[0-9]0|[一二三四五六七八九]十)年代|{_CENT}世纪",
    "first_n": rf"(?:(?:{_Y}|{_REL})年(?:度)?|(?P<relm>{alternation(RELATIVE_MONTH)})月(?:份)?|{_M}月(?:份)?)的?(?P<firstn>前|后|最后)[ ]?(?P<nn>[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,3}})[ ]?个?(?P<nu>月|天|日|周|星期|季度)",
    "week_of": rf"(?:(?:{_Y}|{_REL})年(?:度)?|(?:(?:{_Y}|{_REL})年)?{_M}月(?:份)?|(?P<relm>{alternation(RELATIVE_MONTH)})月(?:份)?)的?第{_N}个?(?:周|星期|礼拜)(?![一二三四五六日天])",
    "month_of": rf"(?:{_Y}|{_REL})年(?:度)?的?(?:第{_N}个月|(?P<first_month>首月))",
    "nth_weekday": rf"(?:(?:{_Y}|{_REL})年)?{_M}月(?:份)?的?(?:第(?P<nn>[0-9]|[一二三四五])|(?P<last>最后))个?{_WEEKDAY}",
    "lunar": rf"(?:(?P<lunar>农历|阴历)?(?:{_Y}年|{_REL}年))?(?:(?P<lunar>农历|阴历)(?P<leap>闰)?(?P<lm>正|腊|冬|1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月{_LUNAR_DAY}?|(?P<leap>闰)(?P<lm>正|腊|冬|1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月{_LUNAR_DAY}?|(?P<lm>正|腊|冬)月(?:{_LUNAR_DAY}|(?P<ld>[12]?[0-9]|30))?|(?P<lm>十[一二]?|[一二三四五六七八九])月{_LUNAR_DAY})(?![0-9零一二三四五六七八九十日号])",
    "ymd": rf"{_Y}年{_M}月{_D}[日号]?|(?P<y>\d{{4}})[-/.](?P<m>1[0-2]|0?[1-9])[-/.](?P<d>3[01]|[12]\d|0?[1-9])(?!\d)|(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{{4}}|\d{{2}})(?![\d/])",
    "year_quarter": rf"(?:{_Y}年|{_REL}年)?(?:第)?(?P<q>[一二三四1-4]|首)季度|(?:{_Y}年)?Q(?P<q>[1-4])(?![0-9])",
    "relative_quarter": rf"(?P<relq>{alternation(RELATIVE_SPAN)})季度",
    "first_quarters": rf"(?:{_Y}年|{_REL}年)?前(?P<q>[二两三])(?:个)?季度",
    "half": rf"(?:{_Y}年|{_REL}年)?(?P<h>上|下|前|后)半年|(?P<relh>上个|下个|这个)半年",
    "half_month": r"(?P<hm>上|下|前|后)半(?P<hu>月|周)",
    "season": rf"(?:(?:{_Y}|{_REL})年)(?P<season>[春夏秋冬])(?:季|天)?(?![节风分至雨])|(?P<season>[春夏秋冬])季",
    "year_part": rf"(?:(?:{_Y}|{_REL})年年?|(?<![\d{_CN}])年)(?P<part>初|底|末|中(?!秋)|内)",
    "festival": rf"(?:{_Y}年|{_REL}年)?(?P<fest>{_FEST})(?:节)?(?P<hol>假期|长假|小长假|黄金周)?(?P<next>(?:后|过后|之后)的?(?:第一天|首个工作日|第一个工作日|首日))?",
    "new_year_day": rf"(?:{_Y}年|{_REL}年)?大年初(?P<nyd>[一二三四五六七八九十]|[0-9]{{1,2}})",
    "religious": rf"(?:{_Y}年|{_REL}年)?(?P<feast>{alternation(RELIGIOUS_FEASTS)})",
    "easter": rf"(?:{_Y}年|{_REL}年)?(?P<orth>东正教)?(?P<easter>{alternation([*EASTER_FEASTS, *EASTER_SEASONS])})",
    "zodiac": r"(?P<zod>[鼠牛虎兔龙蛇马羊猴鸡狗猪])年(?P<zpart>首个工作日|第一个工作日|春节)?",
    "month_range": rf"(?:{_Y}年)?{_M}月?{_SEP}{_M2}月",
    "relative_ym": rf"{_REL}年(?:度)?(?:{_M}月(?:份)?(?:{_D}[日号])?)?",
    "ym": rf"{_Y}[ ]?年(?:度)?(?:[ ]?{_M}月(?:份)?)?",
    "md": rf"(?<![\d个]){_M}月{_D}[日号]|(?<![\d个]){_M}月(?P<d>3[01]|[12]\d|0?[1-9])(?![\d日号])",
    "m": rf"(?<![\d个]){_M}月(?:份)?",
    "day": rf"(?<![\d月个第{_CN}十])(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|二十)日(?!\d)",
    "relative_month": rf"(?P<relm>{alternation(RELATIVE_MONTH)})月(?:份)?(?:{_D}[日号])?",
    "relative_day": rf"(?P<reld>{alternation(RELATIVE_DAY)})",
    "recent": r"(?P<recent>近日|日前|近期|目前|当前|现在|如今|最近|近年来|近年|一年来|过去一年|近一年|新的一年)",
    "last_next_n": rf"(?P<dir>上|下|(?<!\p{{Han}})[前后]|过去|未来|近|最近){_N}个?(?P<nu>天|日|周|星期|礼拜|月|年)(?!内|以内|之内|多)",
    "week": rf"(?P<relw>{alternation(RELATIVE_SPAN)})(?:周|星期|礼拜)(?:{_WEEKDAY}|(?P<wd>[一二三四五六日天])|(?P<weekend>末))?|{_WEEKDAY}",
    "five_year_plan": r"[“\"]?(?P<fyp>十[一二三四五六七八九])五[”\"]?(?:规划|时期|期间)?",
    "duration": rf"(?P<n>(?<![0-9.])[0-9]++(?:\.[0-9]++)?|(?<![{_CN}十百两半几数])[{_CN}十百两半几数]++)(?P<unit>{alternation(DURATION_UNITS)})(?P<dmod>以内|之内|内|多)?(?P<ago>以前|之前|前|以后|之后|后)?",
}

#: Where a date can start, gathered from the tables.  A numeral opens a date only when a
#: date word or separator follows it (2023年, 3个月, 2022—2025, 1/15), so the numerals of
#: money and counts (200亿元, 一批) are passed over before any form is tried; other forms
#: open with a relative word's first character (去, 上, 第 …) or a word's first two
#: characters (目前, 元旦, 兔年, 五一).  The engine skips every other position at once.
_NUMERAL_CHARS = _CN + "十廿卅两百半几数"
_AFTER_NUMERAL = "".join(sorted({u[0] for u in DURATION_UNITS} | set("年月日号季世/.-—–~至到")))
_START_CHARS = "Q农阴闰正腊冬周星礼第今去明前后本上下当次这"
_START_WORDS = sorted(
    {
        w[:2]
        for table in (
            RELATIVE_DAY,
            SOLAR_FESTIVALS,
            LUNAR_FESTIVALS,
            FLOATING_FESTIVALS,
            MODIFIER_BEFORE,
        )
        for w in table
        if len(w) > 1 and w[0] not in _START_CHARS
    }
    | {w[:2] for w in (*SOLAR_TERMS, *NEW_YEAR_EVE) if w[0] not in _START_CHARS}
    | {f"{z}年" for z in _calendar.ZODIAC}
    | {w[:2] for w in (*EASTER_FEASTS, *EASTER_SEASONS, *RELIGIOUS_FEASTS, "东正教")}
    | {f"{s}季" for s in SEASONS}
    | {
        "全年",
        "全天",
        "大年",
        "大前",
        "大后",
        "大大",
        "后天",
        "后日",
        "过去",
        "未来",
        "近日",
        "近期",
        "近年",
        "近一",
        "最近",
        "目前",
        "现在",
        "如今",
        "日前",
        "新的",
        "年底",
        "年初",
        "年末",
        "年中",
        "年内",
        "新春",
    }
)
_OPENING_CHARS = {*_START_CHARS, *(w[0] for w in _START_WORDS), "“", '"'}
DATES = FormTable(
    FORMS,
    (
        rf"(?<![0-9.])[0-9]+(?=[ ]?[{regex.escape(_AFTER_NUMERAL)}])",
        rf"(?<![{_NUMERAL_CHARS}])[{_NUMERAL_CHARS}]+(?=[ ]?[{regex.escape(_AFTER_NUMERAL)}])",
        f"[{regex.escape(''.join(sorted(_OPENING_CHARS)))}]",
        "十(?=[一二三四五六七八九]五)",  # 十四五 without quotes
    ),
)
_AFTER = regex.compile(alternation(k for k in MODIFIER_AFTER))
_BEFORE = regex.compile(rf"(?:{alternation(MODIFIER_BEFORE)})$")

# --- resolution ----------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """What is known of the reference date: the year at least, perhaps the day."""

    year: int | None
    day: date | None = None


#: A period and its granularity, or None when it cannot be resolved.
Period = tuple[date, date, str] | None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _num(text: str | None) -> int | None:
    if not text:
        return None
    special = {"正": 1, "腊": 12, "冬": 11}
    if text in special:
        return special[text]
    numeral = read_numeral(text)
    if numeral is None:
        return None
    return int(numeral.value)


def _year(m: regex.Match[str], ref: Ref) -> int | None:
    """The year a match names: written (2023, 二〇二三, 08) or relative to the reference."""
    if m.group("y"):
        text = m.group("y")
        if all(c in _CN for c in text):
            text = "".join(str(CN_DIGITS[c]) for c in text)  # 二〇二三 is read digit by digit
        value = int(text)
        if value < 100:  # 08年, 九七年: the nearest such year not far after the reference
            anchor = ref.year or date.today().year
            value += anchor // 100 * 100
            if value > anchor + 10:
                value -= 100
        return value
    if m.group("rel"):
        return None if ref.year is None else ref.year + RELATIVE_YEAR[m.group("rel")]
    return ref.year


_T = TypeVar("_T")


def _safe(build: Callable[[], _T]) -> _T | None:
    """What ``build`` computes, or None where the text names a day the calendar lacks
    (2月30日) or one outside the years ``datetime.date`` holds (1 to 9999)."""
    try:
        return build()
    except (ValueError, OverflowError, LookupError):
        return None


def _resolve(form: str, m: regex.Match[str], ref: Ref) -> Period:
    """The period a match names, given what is known of the reference date."""
    year = _year(m, ref)
    if form == "year_range":
        y2_text = m.group("y2")
        y2 = int("".join(str(CN_DIGITS[c]) for c in y2_text) if not y2_text.isdigit() else y2_text)
        if year is None or y2 is None:
            return None
        return date(year, 1, 1), date(y2, 12, 31), "multi-year"
    if form == "five_year_plan":
        n = _num(m.group("fyp"))
        start = 1951 + 5 * (n or 0)
        return date(start, 1, 1), date(start + 4, 12, 31), "multi-year"
    if form == "relative_day":
        if ref.day is None:
            return None
        day = ref.day + timedelta(days=RELATIVE_DAY[m.group("reld")])
        return day, day, "day"
    if form == "relative_month":
        if ref.day is None:
            return None
        month_start, month_end = _shifted(ref.day, 1, RELATIVE_MONTH[m.group("relm")])
        if m.group("d"):
            day = month_start.replace(day=_num(m.group("d")) or 1)
            return day, day, "day"
        return month_start, month_end, "month"
    if form == "week":
        return _week(m, ref)
    if form == "recent":
        return _recent(m.group("recent"), ref)
    if form == "festival":
        return _festival(m, year)
    if form == "zodiac":
        return _zodiac(m, ref)
    if form == "easter":
        return _easter(m, year)
    if form == "religious":
        if year is None:
            return None
        calendar_name, month_in, day_in, length = RELIGIOUS_FEASTS[m.group("feast")]
        feast = _calendar.religious_period(calendar_name, month_in, day_in, length, year)
        return (feast[0], feast[1], "day") if feast else None
    if form == "new_year_day":
        if year is None:
            return None
        new_year_day = _calendar.lunar_to_solar(year, 1, _num(m.group("nyd")) or 1)
        return (new_year_day, new_year_day, "day") if new_year_day else None
    if form == "half_month":
        if ref.day is None:
            return None
        if m.group("hu") == "月":
            first_half = (ref.day.replace(day=1), ref.day.replace(day=15))
            second = (ref.day.replace(day=16), _month_end(ref.day.year, ref.day.month))
        else:
            monday = ref.day - timedelta(days=ref.day.weekday())
            first_half = (monday, monday + timedelta(days=2))
            second = (monday + timedelta(days=3), monday + timedelta(days=6))
        chosen = first_half if m.group("hm") in ("上", "前") else second
        return chosen[0], chosen[1], "day"
    if form == "relative_quarter":
        if ref.day is None:
            return None
        return (*_shifted(ref.day, 3, RELATIVE_SPAN[m.group("relq")]), "quarter")
    if form == "last_next_n":
        return _last_next(m, ref)
    if form == "lunar":
        return _lunar(m, year)
    if form == "decade":
        return _decade(m, ref)
    if form == "season":
        return _season(m, ref)
    if form in ("first_n", "week_of") and m.group("relm"):
        if ref.day is None:
            return None
        base: Period = (*_shifted(ref.day, 1, RELATIVE_MONTH[m.group("relm")]), "month")
        return _first_n(m, base) if form == "first_n" else _week_of(m, base)
    if form == "day":
        if ref.day is None:
            return None
        valid = _valid_day(ref.day.year, ref.day.month, _num(m.group("d")) or 0, step_months=1)
        return (valid, valid, "day") if valid else None
    if year is None:
        return None
    if form == "month_of":
        nth = 1 if m.group("first_month") else (_num(m.group("nn")) or 0)
        return date(year, nth, 1), _month_end(year, nth), "month"
    if form in ("first_n", "week_of", "nth_weekday"):
        base_month = _num(m.group("m"))
        base = (
            (date(year, base_month, 1), _month_end(year, base_month), "month")
            if base_month
            else (date(year, 1, 1), date(year, 12, 31), "year")
        )
        if form == "first_n":
            return _first_n(m, base)
        if form == "week_of":
            return _week_of(m, base)
        return _nth_weekday(m, base)
    if form == "year_quarter" and m.group("q") == "首":
        return date(year, 1, 1), date(year, 3, 31), "quarter"
    if form == "year_quarter" or form == "first_quarters":
        q = _num(m.group("q").replace("两", "二")) or 1
        first = 1 if form == "first_quarters" else 3 * q - 2
        return date(year, first, 1), _month_end(year, 3 * q), "quarter"
    if form == "half" and m.group("relh"):
        if ref.day is None:
            return None
        return (*_shifted(ref.day, 6, RELATIVE_SPAN[m.group("relh")]), "half")
    if form == "half":
        first = 1 if m.group("h") in ("上", "前") else 7
        return date(year, first, 1), _month_end(year, first + 5), "half"
    if form == "year_part":
        part = m.group("part")
        if part == "初":
            return date(year, 1, 1), date(year, 2, calendar.monthrange(year, 2)[1]), "month"
        if part in ("底", "末"):
            return date(year, 11, 1), date(year, 12, 31), "month"
        if part == "中":
            return date(year, 6, 1), date(year, 7, 31), "month"
        return date(year, 1, 1), date(year, 12, 31), "year"
    if form == "month_range":
        m1, m2 = _num(m.group("m")), _num(m.group("m2"))
        if not m1 or not m2 or m1 > m2:
            return None
        return date(year, m1, 1), _month_end(year, m2), "month"
    month = _num(m.group("m"))
    if month is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    if m.group("d"):
        explicit_year = bool(m.group("y") or m.group("rel"))
        on = (
            date(year, month, _num(m.group("d")) or 0)
            if explicit_year
            else _valid_day(year, month, _num(m.group("d")) or 0, step_months=12)
        )
        return (on, on, "day") if on else None
    return date(year, month, 1), _month_end(year, month), "month"


def _shifted(day: date, months: int, shift: int) -> tuple[date, date]:
    """The ``months``-long period (month, quarter, half) holding ``day``, moved by ``shift``."""
    index = (day.year * 12 + day.month - 1) // months + shift
    first = index * months
    last = first + months - 1
    return date(first // 12, first % 12 + 1, 1), _month_end(last // 12, last % 12 + 1)


def _valid_day(year: int, month: int, day: int, *, step_months: int) -> date | None:
    """The first real date on or after year-month-day when the year was not written:
    29日 in February is 29 March, 2月29日 falls in the next leap year."""
    index = year * 12 + month - 1
    for _ in range(8):
        y, mo = divmod(index, 12)
        if 1 <= day <= calendar.monthrange(y, mo + 1)[1]:
            return date(y, mo + 1, day)
        index += step_months
    return None


def _first_monday(start: date) -> date:
    return start + timedelta(days=(7 - start.weekday()) % 7)


def _first_n(m: regex.Match[str], base: Period) -> Period:
    """今年前五个月, 4月前4天, 上月最后五天: the first or last N units of a period."""
    if base is None:
        return None
    start, end, _ = base
    n = _num(m.group("nn")) or 0
    unit = m.group("nu")
    first = m.group("firstn") == "前"
    if unit in ("天", "日"):
        span = timedelta(days=n - 1)
        return (start, start + span, "day") if first else (end - span, end, "day")
    if unit in ("周", "星期"):  # whole weeks, Monday to Sunday, inside the period
        span = timedelta(days=7 * n - 1)
        if first:
            monday = _first_monday(start)
            return monday, monday + span, "week"
        sunday = end - timedelta(days=(end.weekday() + 1) % 7)
        return sunday - span, sunday, "week"
    months = 3 * n if unit == "季度" else n
    if first:
        y, mo = divmod(start.month - 1 + months - 1, 12)
        return start, _month_end(start.year + y, mo + 1), "month"
    y, mo = divmod(end.year * 12 + end.month - months, 12)
    return date(y, mo + 1, 1), end, "month"


def _week_of(m: regex.Match[str], base: Period) -> Period:
    """3月第三周, 今年第三十七个星期: weeks counted from the first Monday of the period."""
    if base is None:
        return None
    monday = _first_monday(base[0]) + timedelta(weeks=(_num(m.group("nn")) or 1) - 1)
    return monday, monday + timedelta(days=6), "week"


def _nth_weekday(m: regex.Match[str], base: Period) -> Period:
    """十月第一个星期一, 四月的最后一个星期一."""
    if base is None:
        return None
    start, end, _ = base
    weekday = "一二三四五六日".find(m.group("wd").replace("天", "日"))
    if m.group("last"):
        day = end - timedelta(days=(end.weekday() - weekday) % 7)
    else:
        day = start + timedelta(days=(weekday - start.weekday()) % 7)
        day += timedelta(weeks=(_num(m.group("nn")) or 1) - 1)
    return (day, day, "day") if start <= day <= end else None


def _last_next(m: regex.Match[str], ref: Ref) -> Period:
    """上两周, 下三个月, 前两天: the N whole units just before or after the reference."""
    if ref.day is None:
        return None
    n = _num(m.group("nn")) or 0
    back = m.group("dir") in ("上", "前", "过去", "近", "最近")
    unit = m.group("nu")
    today = ref.day
    if unit in ("天", "日"):
        if back:
            return today - timedelta(days=n), today - timedelta(days=1), "day"
        return today + timedelta(days=1), today + timedelta(days=n), "day"
    if unit in ("周", "星期", "礼拜"):
        monday = today - timedelta(days=today.weekday())
        if back:
            return monday - timedelta(weeks=n), monday - timedelta(days=1), "week"
        return monday + timedelta(weeks=1), monday + timedelta(weeks=n + 1, days=-1), "week"
    if unit == "月":
        index = today.year * 12 + today.month - 1
        lo, hi = (index - n, index - 1) if back else (index + 1, index + n)
        return date(lo // 12, lo % 12 + 1, 1), _month_end(hi // 12, hi % 12 + 1), "month"
    lo, hi = (today.year - n, today.year - 1) if back else (today.year + 1, today.year + n)
    return date(lo, 1, 1), date(hi, 12, 31), "year"


def _lunar(m: regex.Match[str], year: int | None) -> Period:
    """农历八月十五, 腊月初十, 闰四月: converted by the lunar calendar library."""
    month = _num(m.group("lm"))
    if year is None or month is None:
        return None
    leap = bool(m.group("leap"))
    if m.group("ld"):
        text = m.group("ld").replace("初", "").replace("廿", "二十").replace("卅", "三十")
        day = _calendar.lunar_to_solar(year, month, _num(text) or 0, leap)
        return (day, day, "day") if day else None
    start = _calendar.lunar_to_solar(year, month, 1, leap)
    following = (
        _calendar.lunar_to_solar(year, month + 1, 1)
        if month < 12
        else _calendar.lunar_to_solar(year + 1, 1, 1)
    )
    if start is None or following is None:
        return None
    return start, following - timedelta(days=1), "month"


def _decade(m: regex.Match[str], ref: Ref) -> Period:
    """18世纪 (1700–1799), 上世纪80年代, 十九世纪七十年代."""
    if m.group("lastc") or (m.group("dec") and not m.group("cent")):
        if ref.year is None:
            return None
        century = ref.year // 100 - (1 if m.group("lastc") else 0)
        if not m.group("lastc") and century * 100 + (_num(m.group("dec")) or 0) > ref.year:
            century -= 1  # 九十年代 in 2019 is the 1990s
    else:
        century = (_num(m.group("cent")) or 1) - 1
    if m.group("dec"):
        first = century * 100 + (_num(m.group("dec")) or 0)
        return date(first, 1, 1), date(first + 9, 12, 31), "decade"
    return date(century * 100, 1, 1), date(century * 100 + 99, 12, 31), "century"


def _season(m: regex.Match[str], ref: Ref) -> Period:
    """春, 今年夏天, 冬季: from the solar term that opens the season to the next one."""
    rel = m.group("rel")
    if m.group("y"):
        year = _year(m, ref)
    elif rel:
        year = None if ref.year is None else ref.year + RELATIVE_YEAR[rel]
    else:
        year = ref.year
    if year is None:
        return None
    opening, closing = SEASONS[m.group("season")]
    start = _calendar.solar_term(opening, year)
    end = _calendar.solar_term(closing, year + 1 if closing == "立春" else year)
    if start is None or end is None:
        return None
    return start, end - timedelta(days=1), "season"


def _week(m: regex.Match[str], ref: Ref) -> Period:
    if ref.day is None:
        return None
    monday = ref.day - timedelta(days=ref.day.weekday())
    monday += timedelta(weeks=RELATIVE_SPAN.get(m.group("relw") or "", 0))
    if m.group("weekend"):
        return monday + timedelta(days=5), monday + timedelta(days=6), "day"
    if not m.group("wd"):
        return monday, monday + timedelta(days=6), "week"
    weekday = "一二三四五六日".find(m.group("wd").replace("天", "日"))
    day = monday + timedelta(days=weekday)
    if not m.group("relw") and day <= ref.day:
        day += timedelta(days=7)  # a bare weekday is the next one to come
    return day, day, "day"


def _recent(word: str, ref: Ref) -> Period:
    if word == "新的一年":
        return (date(ref.year, 1, 1), date(ref.year, 12, 31), "year") if ref.year else None
    if ref.day is None:
        return None
    today = ref.day
    spans = {"近日": 10, "日前": 10, "近期": 30, "一年来": 365, "过去一年": 365, "近一年": 365,
             "近年": 5 * 365, "近年来": 5 * 365}  # fmt: skip
    if word in ("目前", "当前", "现在", "如今", "最近"):
        return today, today, "day"
    return today - timedelta(days=spans[word]), today, "day"


def _festival(m: regex.Match[str], year: int | None) -> Period:
    if year is None:
        return None
    name = m.group("fest")
    if m.group("next"):
        day = _calendar.first_workday_after_holiday(name, year)
        return (day, day, "day") if day else None
    if m.group("hol"):
        period = _calendar.holiday_period(name, year)
        return (period[0], period[1], "day") if period else None
    if name in SOLAR_FESTIVALS:
        month, day_of_month = SOLAR_FESTIVALS[name]
        day = date(year, month, day_of_month)
    elif name in FLOATING_FESTIVALS:
        month, weekday, nth = FLOATING_FESTIVALS[name]
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7, weeks=nth - 1)
    elif name in NEW_YEAR_EVE:
        next_new_year = _calendar.lunar_to_solar(year + 1, 1, 1)
        if next_new_year is None:
            return None
        day = next_new_year - timedelta(days=1)
    elif name in LUNAR_FESTIVALS:
        solar = _calendar.lunar_to_solar(year, *LUNAR_FESTIVALS[name])
        if solar is None:
            return None
        day = solar
    else:
        # 小寒 and 大寒 close the winter that began in the year named
        term = _calendar.solar_term(
            name, year + 1 if name in ("小寒", "大寒") and m.group("y") else year
        )
        if term is None:
            return None
        day = term
    return day, day, "day"


def _easter(m: regex.Match[str], year: int | None) -> Period:
    """复活节, 圣灰日, 东正教圣周五, 大斋期: counted from Easter (dateutil's computus)."""
    if year is None:
        return None
    from dateutil import easter

    name = m.group("easter")
    orthodox = bool(m.group("orth")) or name in ORTHODOX_ONLY
    sunday = easter.easter(year, easter.EASTER_ORTHODOX if orthodox else easter.EASTER_WESTERN)
    if name in EASTER_SEASONS:
        first, last = EASTER_SEASONS[name]
        return sunday + timedelta(days=first), sunday + timedelta(days=last), "day"
    day = sunday + timedelta(days=EASTER_FEASTS[name])
    return day, day, "day"


def _zodiac(m: regex.Match[str], ref: Ref) -> Period:
    if ref.year is None:
        return None
    year = _calendar.zodiac_year(m.group("zod"), ref.year)
    part = m.group("zpart")
    if part in ("首个工作日", "第一个工作日"):
        day = _calendar.first_workday_after_holiday("春节", year)
        return (day, day, "day") if day else None
    start = _calendar.lunar_to_solar(year, 1, 1)
    end = _calendar.lunar_to_solar(year + 1, 1, 1)
    if start is None or end is None:
        return None
    if part == "春节":
        return start, start, "day"
    return start, end - timedelta(days=1), "year"


def _offset(m: regex.Match[str], ref: Ref) -> Period:
    """三年前, 一个多月前, 4个星期之后: the whole unit (day, week, month, year) that far away."""
    numeral = read_numeral(m.group("n"))
    if ref.year is None or numeral is None:
        return None
    n = int(numeral.value) * (-1 if "前" in m.group("ago") else 1)
    unit = DURATION_UNITS[m.group("unit")]
    if unit == "年":
        return date(ref.year + n, 1, 1), date(ref.year + n, 12, 31), "year"
    if ref.day is None:
        return None
    if unit in ("天", "工作日"):
        day = ref.day + timedelta(days=n)
        return day, day, "day"
    if unit == "周":
        monday = ref.day - timedelta(days=ref.day.weekday()) + timedelta(weeks=n)
        return monday, monday + timedelta(days=6), "week"
    if unit == "月":
        return (*_shifted(ref.day, 1, n), "month")
    return None


def _apply(
    period: Period, modifier: str | None, ref: Ref, suffix: str | None = None
) -> tuple[date | None, date | None]:
    """The dates of a period once a modifier (since, before, end_of …) is applied."""
    if period is None:
        return None, None
    start, end, granularity = period
    if suffix in TEN_DAYS and granularity == "month":  # 6月上旬, 九月下旬
        first, last = TEN_DAYS[suffix]
        return start.replace(day=first), start.replace(day=min(last, end.day))
    if modifier == "since":
        return start, (ref.day if ref.day and ref.day >= start else None)
    if modifier == "until":
        return None, end
    if modifier == "after":
        return end + timedelta(days=1), None
    if modifier == "before":
        upper = start - timedelta(days=1)
        return (ref.day if ref.day and ref.day <= upper else None), upper
    if modifier in ("start_of", "end_of") and granularity in ("day", "week"):
        return start, end
    if modifier in ("start_of", "end_of") and granularity in ("decade", "century", "multi-year"):
        years = 3 if granularity == "decade" else 20
        if modifier == "start_of":
            return start, date(start.year + years - 1, 12, 31)
        return date(end.year - years + 1, 1, 1), end
    if modifier == "start_of":
        if granularity == "month":
            return start, min(end, start + timedelta(days=4))
        return start, min(end, _month_end(start.year, start.month))
    if modifier == "end_of":
        if granularity == "month":
            return max(start, end.replace(day=25)), end
        return max(start, date(end.year, end.month, 1)), end
    return start, end


# --- finding -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    form: str
    match: regex.Match[str]
    modifier: str | None
    suffix: str | None = None  # the word after the period that set the modifier


def _modifiers(
    text: str, m: regex.Match[str], form: str
) -> tuple[int, int, str | None, str | None]:
    """Widen a match over the words around it (截至…, …以来, …底) and name the modifier."""
    start, end, modifier, suffix = m.start(), m.end(), None, None
    before = _BEFORE.search(text, max(0, start - 3), start)
    if before is not None:
        modifier = MODIFIER_BEFORE[before.group()]
        start = before.start()
    after = _AFTER.match(text, end) if form != "duration" else None
    if after is not None:
        suffix = after.group()
        modifier = MODIFIER_AFTER[suffix] or modifier
        end = after.end()
    return start, end, modifier, suffix


def _find(text: str) -> list[_Found]:
    def build(m: regex.Match[str]) -> tuple[_Found | None, int]:
        form = DATES.form(m)
        if form == "duration" and not _is_duration(m):
            return None, m.end()
        start, end, modifier, suffix = _modifiers(text, m, form)
        return _Found(start, end, form, m, modifier, suffix), end

    return list(DATES.scan(text, build))


def _is_duration(m: regex.Match[str]) -> bool:
    n = m.group("n")
    return n in ("半", "几", "数") or read_numeral(n) is not None


def infer_reference(text: str, found: list[_Found] | None = None) -> tuple[Ref, ReferenceDate]:
    """The reference date an article supplies: a full date near the top, else its year.

    The opening lines of a release date it (a dateline, a publication line) or at least
    name the event's year and quarter (2023年第一季度 → 2023).
    """
    found = _find(text) if found is None else found
    opening = [f for f in found if f.start < 600]
    for f in opening:
        if f.form == "ymd":
            day = _safe(partial(_resolve, "ymd", f.match, Ref(None)))
            if day is not None:
                return Ref(day[0].year, day[0]), ReferenceDate(
                    date=day[0],
                    year=day[0].year,
                    source="inferred",
                    text=f.match.group(),
                    start=f.match.start(),
                    end=f.match.end(),
                )
    for f in opening:
        if f.form in ("year_quarter", "half", "ym", "year_part") and f.match.group("y"):
            year = _year(f.match, Ref(None))
            if year is not None:
                return Ref(year), ReferenceDate(
                    date=None,
                    year=year,
                    source="inferred",
                    text=f.match.group(),
                    start=f.match.start(),
                    end=f.match.end(),
                )
    return Ref(None), ReferenceDate(source="none")


def find_dates(
    ntext: NormalizedText, reference_date: date | None = None
) -> tuple[list[DateMention], ReferenceDate]:
    """Every date, period and duration in ``ntext``, and the reference they resolve against."""
    text = ntext.text
    found = _find(text)
    if reference_date is not None:
        ref = Ref(reference_date.year, reference_date)
        reference = ReferenceDate(date=reference_date, year=reference_date.year, source="given")
    else:
        ref, reference = infer_reference(text, found)
        if reference.start is not None and reference.end is not None:
            start, end = ntext.span(reference.start, reference.end)
            reference = reference.model_copy(
                update={"start": start, "end": end, "text": ntext.original[start:end]}
            )
    return resolve_overlaps(_with_ranges(ntext, found, ref)), reference


_RANGE_JOIN = regex.compile(r"[ ]?(?:——|—|–|-|~|至|到)[ ]?")
#: Forms whose match states its own year (a range's second end keeps it).
_HAS_YEAR = ("y", "rel")


def _joined(ntext: NormalizedText, a: _Found, b: _Found, ref: Ref) -> DateMention | None:
    """A至B, A到B, A-B as one period: B takes A's year (and month) where it states none."""
    first = _safe(lambda: _resolve(a.form, a.match, ref))
    if first is None:
        return None
    inherit = Ref(first[0].year, ref.day)
    if b.form == "day":
        inherit = Ref(first[0].year, first[0])
    own_year = any(b.match.groupdict().get(name) for name in _HAS_YEAR)
    second = _safe(lambda: _resolve(b.form, b.match, ref if own_year else inherit))
    if second is None or second[1] < first[0]:
        return None
    start = a.start
    if start > 0 and ntext.text[start - 1] in "从自":
        start -= 1
    end = b.end
    if ntext.text.startswith("止", end):
        end += 1
    o_start, o_end = ntext.span(start, end)
    return DateMention(
        text=ntext.original[o_start:o_end],
        start=o_start,
        end=o_end,
        rule="date.range",
        kind="date",
        start_date=first[0],
        end_date=second[1],
        granularity=second[2],
    )


def _with_ranges(ntext: NormalizedText, found: list[_Found], ref: Ref) -> list[DateMention]:
    mentions: list[DateMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        sep = _RANGE_JOIN.match(ntext.text, a.end) if b is not None else None
        if (
            b is not None
            and sep is not None
            and sep.end() == b.start
            and a.modifier is None
            and a.form != "duration"
            and b.form != "duration"
        ):
            joined = _joined(ntext, a, b, ref)
            if joined is not None:
                mentions.append(joined)
                i += 2
                continue
        mentions.append(_mention(ntext, a, ref))
        i += 1
    return mentions


def _mention(ntext: NormalizedText, f: _Found, ref: Ref) -> DateMention:
    start, end = ntext.span(f.start, f.end)
    text, rule = ntext.original[start:end], f"date.{f.form}"
    if f.form == "duration" and f.match.group("ago"):
        period = _safe(lambda: _offset(f.match, ref))
        return DateMention(
            text=text,
            start=start,
            end=end,
            rule="date.offset",
            kind="date",
            start_date=period[0] if period else None,
            end_date=period[1] if period else None,
            granularity=period[2] if period else None,
        )
    if f.form == "duration":
        n = f.match.group("n")
        numeral = read_numeral(n) if n not in ("半", "几", "数") else None
        value = numeral.value if numeral else (Decimal("0.5") if n == "半" else None)
        within: Modifier | None = (
            "within" if f.match.group("dmod") in ("内", "以内", "之内") else None
        )
        return DateMention(
            text=text,
            start=start,
            end=end,
            rule=rule,
            kind="duration",
            value=value,
            unit=DURATION_UNITS[f.match.group("unit")],
            modifier=within,
        )
    period = _safe(lambda: _resolve(f.form, f.match, ref))
    start_date, end_date = _safe(lambda: _apply(period, f.modifier, ref, f.suffix)) or (None, None)
    if start_date is not None and end_date is not None and start_date > end_date:
        start_date, end_date = None, None
    return DateMention(
        text=text,
        start=start,
        end=end,
        rule=rule,
        kind="date",
        start_date=start_date,
        end_date=end_date,
        granularity=period[2] if period else None,
        modifier=cast(Modifier, f.modifier),
    )


# --- example corpus ------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "date",
        "Absolute and relative dates and periods, resolved against the reference date "
        "(examples use 2023-02-15).",
        (
            example(
                "2023年第一季度重大项目集中签约",
                {"text": "2023年第一季度", "start_date": "2023-01-01", "end_date": "2023-03-31"},
            ),
            example(
                "项目进展：1月已开工建设",
                {
                    "text": "1月",
                    "start_date": "2023-01-01",
                    "end_date": "2023-01-31",
                    "granularity": "month",
                },
            ),
            example("去年8月，全球招商大会", {"text": "去年8月", "start_date": "2022-08-01"}),
            example(
                "计划至2月底完成",
                {
                    "text": "2月底",
                    "start_date": "2023-02-25",
                    "end_date": "2023-02-28",
                    "modifier": "end_of",
                },
            ),
            example(
                "截至目前已完成",
                {"text": "截至目前", "end_date": "2023-02-15", "modifier": "until"},
            ),
            example("预计达产后年产能不低于15亿元"),
            example(
                "行动计划（2022—2025年）",
                {
                    "text": "2022—2025年",
                    "start_date": "2022-01-01",
                    "end_date": "2025-12-31",
                    "granularity": "multi-year",
                },
            ),
            example(
                "兔年首个工作日，江门公布", {"text": "兔年首个工作日", "start_date": "2023-01-28"}
            ),
            example(
                "春节假期后第一天召开", {"text": "春节假期后第一天", "start_date": "2023-01-28"}
            ),
            example(
                "兔年伊始，全省",
                {"text": "兔年伊始", "start_date": "2023-01-22", "modifier": "start_of"},
            ),
            example(
                "去年以来，江门",
                {
                    "text": "去年以来",
                    "start_date": "2022-01-01",
                    "end_date": "2023-02-15",
                    "modifier": "since",
                },
            ),
            example(
                "“十四五”国家重点研发计划",
                {"text": "“十四五”", "start_date": "2021-01-01", "end_date": "2025-12-31"},
            ),
            example("今年上半年", {"text": "今年上半年", "end_date": "2023-06-30"}),
            example(
                "前三季度",
                {"text": "前三季度", "start_date": "2023-01-01", "end_date": "2023-09-30"},
            ),
            example("二〇二三年三月", {"text": "二〇二三年三月", "start_date": "2023-03-01"}),
            example("2023年2月29日签约", {"text": "2023年2月29日", "start_date": "None"}),
        ),
    ),
    Rule(
        "date.duration",
        "Durations (50天, 2年内, 一年) are their own kind, not dates.",
        (
            example("从签约到开工仅50天", {"text": "50天", "kind": "duration", "value": "50"}),
            example("投产后2年内达产", {"text": "2年内", "unit": "年", "modifier": "within"}),
        ),
    ),
)
