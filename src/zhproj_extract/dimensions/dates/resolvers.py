"""The resolvers: from a matched date form and a reference date to the period it names
(both ends inclusive), or None where the calendar has no such day."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from ...numbers.numerals import CN_DIGITS, read_numeral
from ...rules import FormMatch
from . import calendar_facts as _calendar
from .forms import (
    CN_NUMERAL_CHARS,
    DURATION_UNITS,
    EASTER_FEASTS,
    EASTER_SEASONS,
    FLOATING_FESTIVALS,
    LUNAR_FESTIVALS,
    NEW_YEAR_EVE,
    ORTHODOX_ONLY,
    PAIRED,
    RELATIVE_DAY,
    RELATIVE_MONTH,
    RELATIVE_SPAN,
    RELATIVE_YEAR,
    RELIGIOUS_FEASTS,
    SEASONS,
    SOLAR_FESTIVALS,
    TEN_DAYS,
)

# --- resolution ----------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """What is known of the reference date: the year at least, perhaps the day."""

    year: int | None
    day: date | None = None


#: A period and its granularity, or None when it cannot be resolved.
Period = tuple[date, date, str] | None


def last_day_of_month(year: int, month: int) -> date:
    """The last day of a month."""
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


def year_of(m: FormMatch, ref: Ref) -> int | None:
    """The year a match names: written (2023, 二〇二三, 08) or relative to the reference."""
    text = m.group("y")  # each group is read once: a read by name costs a regex lookup
    if text:
        if all(c in CN_NUMERAL_CHARS for c in text):
            text = "".join(str(CN_DIGITS[c]) for c in text)  # 二〇二三 is read digit by digit
        value = int(text)
        if 100 <= value < 200:
            return value + 1911  # 民国114年, Taiwan's 114年: 2025
        if value < 100:  # 08年, 九七年: the nearest such year not far after the reference
            anchor = ref.year or date.today().year
            value += anchor // 100 * 100
            if value > anchor + 10:
                value -= 100
        return value
    relative = m.group("rel")
    if relative:
        return None if ref.year is None else ref.year + RELATIVE_YEAR[relative]
    return ref.year


_T = TypeVar("_T")


def or_none(build: Callable[[], _T]) -> _T | None:
    """What ``build`` computes, or None where the text names a day the calendar lacks
    (2月30日) or one outside the years ``datetime.date`` holds (1 to 9999)."""
    try:
        return build()
    except (ValueError, OverflowError, LookupError):
        return None


def resolve(form: str, m: FormMatch, ref: Ref) -> Period:
    """The period a match names, given what is known of the reference date."""
    year = year_of(m, ref)
    if form == "year_range":
        y2_text = m.group("y2")
        y2 = int("".join(str(CN_DIGITS[c]) for c in y2_text) if not y2_text.isdigit() else y2_text)
        if year is None or y2 is None:
            return None
        return date(year, 1, 1), date(y2, 12, 31), "multi-year"
    if form == "dotted_month_range":  # 2023.03-2025.12, 2008.03-2009
        y2, m2 = int(m.group("y2")), _num(m.group("m2"))
        if year is None:
            return None
        end = last_day_of_month(y2, m2) if m2 else date(y2, 12, 31)
        return date(year, _num(m.group("m")) or 1, 1), end, "month"
    if form == "paired":  # 今明两年, 明后两天
        first = PAIRED[m.group("pair")]
        if m.group("pu") == "年":
            if ref.year is None:
                return None
            return date(ref.year + first, 1, 1), date(ref.year + first + 1, 12, 31), "multi-year"
        if ref.day is None:
            return None
        day = ref.day + timedelta(days=first)
        return day, day + timedelta(days=1), "day"
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
            second = (ref.day.replace(day=16), last_day_of_month(ref.day.year, ref.day.month))
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
        return date(year, nth, 1), last_day_of_month(year, nth), "month"
    if form in ("first_n", "week_of", "nth_weekday"):
        base_month = _num(m.group("m"))
        base = (
            (date(year, base_month, 1), last_day_of_month(year, base_month), "month")
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
        return date(year, first, 1), last_day_of_month(year, 3 * q), "quarter"
    if form == "half" and m.group("relh"):
        if ref.day is None:
            return None
        return (*_shifted(ref.day, 6, RELATIVE_SPAN[m.group("relh")]), "half")
    if form == "half":
        first = 1 if m.group("h") in ("上", "前") else 7
        return date(year, first, 1), last_day_of_month(year, first + 5), "half"
    if form == "year_part":
        part = m.group("part")
        if part == "初":
            return date(year, 1, 1), date(year, 2, calendar.monthrange(year, 2)[1]), "month"
        if part in ("底", "末"):
            return date(year, 11, 1), date(year, 12, 31), "month"
        if part == "中":
            return date(year, 6, 1), date(year, 7, 31), "month"
        return date(year, 1, 1), date(year, 12, 31), "year"
    if form == "month_range":  # 3至5月; 11月至2月 runs into the next year
        m1, m2 = _num(m.group("m")), _num(m.group("m2"))
        if not m1 or not m2:
            return None
        return date(year, m1, 1), last_day_of_month(year + (m1 > m2), m2), "month"
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
    return date(year, month, 1), last_day_of_month(year, month), "month"


def _shifted(day: date, months: int, shift: int) -> tuple[date, date]:
    """The ``months``-long period (month, quarter, half) holding ``day``, moved by ``shift``."""
    index = (day.year * 12 + day.month - 1) // months + shift
    first = index * months
    last = first + months - 1
    return date(first // 12, first % 12 + 1, 1), last_day_of_month(last // 12, last % 12 + 1)


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


def _first_n(m: FormMatch, base: Period) -> Period:
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
        return start, last_day_of_month(start.year + y, mo + 1), "month"
    y, mo = divmod(end.year * 12 + end.month - months, 12)
    return date(y, mo + 1, 1), end, "month"


def _week_of(m: FormMatch, base: Period) -> Period:
    """3月第三周, 今年第三十七个星期: weeks counted from the first Monday of the period."""
    if base is None:
        return None
    monday = _first_monday(base[0]) + timedelta(weeks=(_num(m.group("nn")) or 1) - 1)
    return monday, monday + timedelta(days=6), "week"


def _nth_weekday(m: FormMatch, base: Period) -> Period:
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


def _last_next(m: FormMatch, ref: Ref) -> Period:
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
        return date(lo // 12, lo % 12 + 1, 1), last_day_of_month(hi // 12, hi % 12 + 1), "month"
    lo, hi = (today.year - n, today.year - 1) if back else (today.year + 1, today.year + n)
    return date(lo, 1, 1), date(hi, 12, 31), "year"


def _lunar(m: FormMatch, year: int | None) -> Period:
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


def _decade(m: FormMatch, ref: Ref) -> Period:
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


def _season(m: FormMatch, ref: Ref) -> Period:
    """春, 今年夏天, 冬季: from the solar term that opens the season to the next one."""
    rel = m.group("rel")
    if m.group("y"):
        year = year_of(m, ref)
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


def _week(m: FormMatch, ref: Ref) -> Period:
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


def _festival(m: FormMatch, year: int | None) -> Period:
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


def _easter(m: FormMatch, year: int | None) -> Period:
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


def _zodiac(m: FormMatch, ref: Ref) -> Period:
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


def resolve_offset(m: FormMatch, ref: Ref) -> Period:
    """三年前, 一个多月前, 4个星期之后: the whole unit (day, week, month, year) that far away;
    3年半前: the month three and a half years away (other halves are left unresolved)."""
    numeral = read_numeral(m.group("n"))
    if ref.year is None or numeral is None:
        return None
    sign = -1 if "前" in m.group("ago") else 1
    n = int(numeral.value) * sign
    unit = DURATION_UNITS[m.group("unit")]
    if has_half(m):
        if unit != "年" or ref.day is None:
            return None
        return (*_shifted(ref.day, 1, 12 * n + 6 * sign), "month")
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


def has_half(m: FormMatch) -> bool:
    """Whether a duration goes on by a half of its unit (一年半, 两个半月)."""
    return bool(m.group("dhalf")) or "半" in m.group("unit")


#: How many years the start or end of a span of years covers (a decade's 3, a century's
#: 20, a five-year plan's last or first year).
_EDGE_YEARS = {"decade": 3, "century": 20, "multi-year": 1}


def apply_modifier(
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
    if modifier in ("start_of", "end_of") and granularity in _EDGE_YEARS:
        years = _EDGE_YEARS[granularity]  # 十四五末: 2025; 本世纪初: its first 20 years
        if modifier == "start_of":
            return start, min(end, date(start.year + years - 1, 12, 31))
        return max(start, date(end.year - years + 1, 1, 1)), end
    if modifier == "start_of":
        if granularity == "month":
            return start, min(end, start + timedelta(days=4))
        return start, min(end, last_day_of_month(start.year, start.month))
    if modifier == "end_of":
        if granularity == "month":
            return max(start, end.replace(day=25)), end
        return max(start, date(end.year, end.month, 1)), end
    return start, end
