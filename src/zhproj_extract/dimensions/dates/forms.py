"""The table of date forms: the words (relative years, festivals, modifiers …) and the
patterns built from them, which :data:`DATES` tries only where a form can start."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ...numbers.ranges import RANGE_WORDS
from ...rules import FormTable, alternation
from . import calendar_facts as _calendar

# --- tables --------------------------------------------------------------------------

#: Relative years: 今年 0, 去年 -1 …
#: (后年 is left out: "达产后年产能" would read as a year.)
RELATIVE_YEAR = {"今": 0, "本": 0, "当": 0, "全": 0, "这一": 0, "去": -1, "上": -1, "上一": -1,
                 "前": -2, "大前": -3, "明": 1, "下": 1, "下一": 1, "次": 1}  # fmt: skip
#: Relative days.
RELATIVE_DAY = {"今天": 0, "今日": 0, "当天": 0, "当日": 0, "昨天": -1, "昨日": -1,
                "寻日": -1, "明天": 1, "明日": 1, "听日": 1, "次日": 1, "前天": -2, "前日": -2,
                "后天": 2, "后日": 2, "大前天": -3, "大后天": 3, "大后日": 3, "大大后天": 4,
                "本日": 0, "全天": 0, "同日": 0, "翌日": 1}  # fmt: skip
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
                  "个半月": "月", "个半小时": "小时",
                  "个星期": "周", "星期": "周", "个礼拜": "周", "礼拜": "周", "周": "周", "天": "天", "日": "天", "年": "年",
                  "小时": "小时"}  # fmt: skip

# --- pattern -------------------------------------------------------------------------


CN_NUMERAL_CHARS = "〇零一二三四五六七八九"
#: What follows a year of the Republic's era without 民国 before it: a month or a part of
#: the year (114年3月, 115年第一季, 114年底), not a count of years (经营115年, 100年一遇).
_ROC_GOES_ON = (
    r"1[0-2]月|0?[1-9]月|十[一二]?月|[一二三四五六七八九]月|底|初|末|第|[上下]半年|度|[春夏秋冬]季"
)
#: A year: written out (2023, 二〇二三), short (08年), or of the Republic's era that Taiwan
#: counts in (114年3月: 1911 on).
_Y = rf"(?P<y>(?<![\d.])1[01]\d(?=年(?:{_ROC_GOES_ON}))|(?<!\d)\d{{4}}(?!\d)(?=[ ]?年|[-/.]|[ ]?[—–~至到]|[ ]-)|(?<![\d.])0\d(?=[ ]?年)|[{CN_NUMERAL_CHARS}]{{4}}|[{CN_NUMERAL_CHARS}]{{2}}(?=年)|(?<![\d.])\d{{2}}(?=年(?:[0-9一二三四五六七八九十正腊冬]|底|初|末|内|第|首|[春夏秋冬]|[小大立]|农历)))"
_Y2 = rf"(?P<y2>\d{{4}}|[{CN_NUMERAL_CHARS}]{{4}})"
_M = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|正|腊|冬)"
_M2 = r"(?P<m2>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
#: What marks a day after its number: 日, or 号 but in 一号线, 3号楼 (a line, a building).
_DAY_MARK = "(?:日|号(?![线楼院]))"
_D = r"(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])"
_REL = rf"(?P<rel>{alternation(RELATIVE_YEAR)})"
#: Two neighbouring relative days or years named together (今明两年, 明后两天) → the offset
#: of the first.
PAIRED = {"今明": 0, "明后": 1}
#: What may follow the 半 of a duration (一年半, 3年半以来, 一年半时间): not a Han character,
#: or a word that ends or goes on with the duration (3年半导体 is 3年 and a product).
_HALF_AFTER = "以|之|前|后|内|来|起|时|的|多|左右|就|即|才|便|已|完|建|投"
#: Between the two ends of a range (2022—2025年, 3至5月), one space allowed either side.
RANGE_JOIN = rf"[ ]?(?:{'|'.join(RANGE_WORDS)})[ ]?"
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
    "year_range": rf"{_Y}年?{RANGE_JOIN}{_Y2}年",
    "dotted_month_range": rf"(?<![0-9.])(?P<y>(?:19|20)[0-9]{{2}})\.(?P<m>1[0-2]|0?[1-9])(?![0-9.]){RANGE_JOIN}(?P<y2>(?:19|20)[0-9]{{2}})(?:\.(?P<m2>1[0-2]|0?[1-9]))?(?![0-9]|\.[0-9]|[ ]?[万亿千百元%])",
    "paired": rf"(?P<pair>{alternation(PAIRED)})两?(?P<pu>年|天)",
    "decade": rf"(?:{_CENT}世纪|(?P<lastc>上)世纪)?(?P<dec>[0-9]0|[一二三四五六七八九]十)年代|{_CENT}世纪",
    "first_n": rf"(?:(?:{_Y}|{_REL})年(?:度)?|(?P<relm>{alternation(RELATIVE_MONTH)})月(?:份)?|{_M}月(?:份)?)的?(?P<firstn>前|后|最后)[ ]?(?P<nn>[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,3}})[ ]?个?(?P<nu>月|天|日|周|星期|季度)",
    "week_of": rf"(?:(?:{_Y}|{_REL})年(?:度)?|(?:(?:{_Y}|{_REL})年)?{_M}月(?:份)?|(?P<relm>{alternation(RELATIVE_MONTH)})月(?:份)?)的?第{_N}个?(?:周|星期|礼拜)(?![一二三四五六日天])",
    "month_of": rf"(?:{_Y}|{_REL})年(?:度)?的?(?:第{_N}个月|(?P<first_month>首月))",
    "nth_weekday": rf"(?:(?:{_Y}|{_REL})年)?{_M}月(?:份)?的?(?:第(?P<nn>[0-9]|[一二三四五])|(?P<last>最后))个?{_WEEKDAY}",
    "lunar": rf"(?:(?P<lunar>农历|阴历)?(?:{_Y}年|{_REL}年))?(?:(?P<lunar>农历|阴历)(?P<leap>闰)?(?P<lm>正|腊|冬|1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月{_LUNAR_DAY}?|(?P<leap>闰)(?P<lm>正|腊|冬|1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月{_LUNAR_DAY}?|(?P<lm>正|腊|冬)月(?:{_LUNAR_DAY}|(?P<ld>[12]?[0-9]|30))?|(?P<lm>十[一二]?|[一二三四五六七八九])月{_LUNAR_DAY})(?![0-9零一二三四五六七八九十日号])",
    "ymd": rf"{_Y}年{_M}月(?:{_D}{_DAY_MARK}|(?P<d>3[01]|[12]\d|0?[1-9])(?![\d日号]))|(?P<y>\d{{4}})[-/.](?P<m>1[0-2]|0?[1-9])[-/.](?P<d>3[01]|[12]\d|0?[1-9])(?!\d)|(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{{4}}|\d{{2}})(?![\d/])",
    "year_quarter": rf"(?:{_Y}年|{_REL}年)?(?:第(?P<q>[一二三四1-4])季(?:度)?(?!节)|(?P<q>[一二三四1-4]|首)季度)|(?:{_Y}年)?Q(?P<q>[1-4])(?![0-9])",
    "relative_quarter": rf"(?P<relq>{alternation(RELATIVE_SPAN)})季度",
    "first_quarters": rf"(?:{_Y}年|{_REL}年)?前(?P<q>[二两三])(?:个)?季度",
    "half": rf"(?:{_Y}年|{_REL}年)?(?P<h>上|下|前|后)半年|(?P<relh>上个|下个|这个)半年",
    "half_month": r"(?P<hm>上|下|前|后)半(?P<hu>月|周)",
    "season": rf"(?:(?:{_Y}|{_REL})年)(?P<season>[春夏秋冬])(?:季|天)?(?![节风分至雨])|(?P<season>[春夏秋冬])季",
    "year_part": rf"(?:(?:{_Y}|{_REL})年年?|(?<![\d{CN_NUMERAL_CHARS}])年)(?P<part>初|底|末|中(?!秋)|内)",
    "festival": rf"(?:{_Y}年|{_REL}年)?(?P<fest>{_FEST})(?:节)?(?P<hol>假期|长假|小长假|黄金周)?(?P<next>(?:后|过后|之后)的?(?:第一天|首个工作日|第一个工作日|首日))?",
    "new_year_day": rf"(?:{_Y}年|{_REL}年)?大年初(?P<nyd>[一二三四五六七八九十]|[0-9]{{1,2}})",
    "religious": rf"(?:{_Y}年|{_REL}年)?(?P<feast>{alternation(RELIGIOUS_FEASTS)})",
    "easter": rf"(?:{_Y}年|{_REL}年)?(?P<orth>东正教)?(?P<easter>{alternation([*EASTER_FEASTS, *EASTER_SEASONS])})",
    "zodiac": r"(?P<zod>[鼠牛虎兔龙蛇马羊猴鸡狗猪])年(?P<zpart>首个工作日|第一个工作日|春节)?",
    "month_range": rf"(?:{_Y}年)?{_M}月?{RANGE_JOIN}{_M2}月",
    "relative_ym": rf"{_REL}年(?:度)?(?:{_M}月(?:份)?(?:{_D}{_DAY_MARK})?)?",
    "ym": rf"{_Y}[ ]?年(?:度)?(?:[ ]?{_M}月(?:份)?)?",
    "md": rf"(?<![\d个]){_M}月{_D}{_DAY_MARK}|(?<![\d个]){_M}月(?P<d>3[01]|[12]\d|0?[1-9])(?![\d日号])",
    "m": rf"(?<![\d个]){_M}月(?:份)?",
    "day": rf"(?<![\d月个第{CN_NUMERAL_CHARS}十])(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|二十)日(?!\d)",
    "relative_month": rf"(?P<relm>{alternation(RELATIVE_MONTH)})月(?:份)?(?:{_D}{_DAY_MARK})?",
    "relative_day": rf"(?P<reld>{alternation(RELATIVE_DAY)})(?<!同日(?=而))",  # 不可同日而语
    "recent": r"(?P<recent>近日|日前|近期|目前|当前|现在|如今|最近|近年来|近年|一年来|过去一年|近一年|新的一年)",
    "last_next_n": rf"(?P<dir>上|下|(?<!\p{{Han}})[前后]|过去|未来|近|最近){_N}个?(?P<nu>天|日|周|星期|礼拜|月|年)(?!内|以内|之内|多)",
    "week": rf"(?P<relw>{alternation(RELATIVE_SPAN)})(?:周|星期|礼拜)(?:{_WEEKDAY}|(?P<wd>[一二三四五六日天])|(?P<weekend>末))?|{_WEEKDAY}",
    "five_year_plan": r"[“\"]?(?P<fyp>十[一二三四五六七八九])五[”\"]?(?:规划|时期|期间)?",
    "duration": rf"(?P<n>(?<![0-9.])[0-9]++(?:\.[0-9]++)?|(?<![{CN_NUMERAL_CHARS}十百两半几数])[{CN_NUMERAL_CHARS}十百两半几数]++)(?P<unit>{alternation(DURATION_UNITS)})(?:(?P<dhalf>半)(?:(?!\p{{Han}})|(?={_HALF_AFTER})))?(?P<dmod>以内|之内|内|多)?(?P<ago>以前|之前|前|以后|之后|后)?",
}

#: Where a date can start, gathered from the tables.  A numeral opens a date only when a
#: date word, a separator or a whole duration unit follows it (2023年, 2022—2025, 1/15,
#: 3个月), so the numerals of money and counts (200亿元, 3.5亿, 一批, 3个项目) are passed
#: over before any form is tried; other forms open with a relative word's first
#: character (去, 上, 第 …) or a word's first two characters (目前, 元旦, 兔年, 五一).  The
#: engine skips every other position at once.
_NUMERAL_CHARS = CN_NUMERAL_CHARS + "十廿卅两百半几数"
_AFTER_NUMERAL = rf"[年月日号季世/.\-—–~至到]|{alternation(DURATION_UNITS)}"
#: The characters a calendar or relative word opens a date with, and each character that
#: may follow one (上 in 上月, 上3个月, 上半年, 上世纪; 今 in 今年, 今明两年): every pair
#: a form can begin with, so that 上海 or 本次 is passed over before any form is tried
#: (``tests/test_date_openings.py`` names any pair a changed form adds).
_DIGITS = "0123456789"
_CN_DIGITS = "一二三四五六七八九"
_START_PAIRS = {
    "Q": "1234", "农": "历", "阴": "历", "闰": f"{_DIGITS[1:]}{_CN_DIGITS}十正腊冬",
    "正": " -~–—到至月", "腊": " -~–—到至月八", "冬": " -~–—到至月季",
    "周": "一二三四五六日天", "星": "期", "礼": "拜", "第": "1234一二三四首",
    "今": "个周天季年日明星礼", "去": "年", "明": "后天年日",
    "前": f"{_DIGITS}{_CN_DIGITS}两十半天年日", "后": f"{_DIGITS}{_CN_DIGITS}两十半天日",
    "本": "周季年日星月礼", "当": "前周天季年日星月礼", "次": "年日月",
    "上": f"{_DIGITS}{_CN_DIGITS}两十半上世个周季年星月礼",
    "下": f"{_DIGITS}{_CN_DIGITS}两十半下个周季年星月礼",
    "这": "一个周季星月礼", "近": f"{_DIGITS}{_CN_DIGITS}两十年日期",
    "“": "十", '"': "十",
}  # fmt: skip
_START_CHARS = "".join(_START_PAIRS)
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
        "首季",
    }
)


def _word_openings(words: Iterable[str]) -> str:
    """A pattern for the first character of each two-character opening in ``words``, where
    its second character follows.

    Only the first character is matched, so that openings that overlap (大年, 年初 in
    大年初) are each found.  ``re`` skips to the words' first characters at once; their
    second characters, as one class, rule out most of the text that shares one (元 in
    万元, 建 in 建设), which would otherwise cost a try each; and only then a lookbehind
    asks for one of the words: 元(?=[宵旦])|建(?=[党军])|….
    """
    seconds: dict[str, set[str]] = {}
    for word in words:
        seconds.setdefault(word[0], set()).add(word[1])
    pairs = "|".join(
        f"{regex.escape(first)}(?=[{regex.escape(''.join(sorted(rest)))}])"
        for first, rest in sorted(seconds.items())
    )
    every_first = regex.escape("".join(sorted(seconds)))
    every_second = regex.escape("".join(sorted(set().union(*seconds.values()))))
    return f"[{every_first}](?=[{every_second}])(?<={pairs})"


DATES = FormTable(
    FORMS,
    (
        # a whole run of numerals (no numeral or decimal point before it), with its
        # decimal part (1.5年; 2023.2.15 goes on after one); the lookbehind comes after
        # the first numeral, so ``re`` skips to a numeral instead of trying the lookbehind
        # at every position
        rf"[0-9](?<![0-9.][0-9])[0-9]*+(?:\.[0-9]+)?+(?=[ ]?(?:{_AFTER_NUMERAL}))",
        rf"[{_NUMERAL_CHARS}](?<![{_NUMERAL_CHARS}][{_NUMERAL_CHARS}])[{_NUMERAL_CHARS}]*(?=[ ]?(?:{_AFTER_NUMERAL}))",
        _word_openings(
            first + second for first, seconds in _START_PAIRS.items() for second in seconds
        ),
        _word_openings(w for w in _START_WORDS if w[0] not in _START_CHARS),
        "十(?=[一二三四五六七八九]五)",  # 十四五 without quotes
    ),
    runs=f"[0-9]+|[{_NUMERAL_CHARS}]+",
)
MODIFIER_AFTER_PATTERN = regex.compile(alternation(k for k in MODIFIER_AFTER))
MODIFIER_BEFORE_PATTERN = regex.compile(rf"(?:{alternation(MODIFIER_BEFORE)})$")
