"""Calendar facts from maintained libraries: lunar dates, official holidays, working days.

The lunar calendar comes from ``lunardate``; official holiday arrangements and working
days (which the State Council publishes each year) from ``chinese_calendar``.  Both are
imported on first use.  A year a library has no data for gives None: the caller keeps
the mention with empty dates rather than guessing.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

__all__ = [
    "ZODIAC",
    "first_workday_after_holiday",
    "holiday_period",
    "lunar_to_solar",
    "zodiac_year",
]

#: The twelve zodiac animals in cycle order; 2020 was a 鼠 year.
ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"

#: chinese_calendar's holiday names for the festivals whose official holiday we look up.
_HOLIDAY_NAMES = {
    "春节": "Spring Festival",
    "国庆": "National Day",
    "劳动节": "Labour Day",
    "五一": "Labour Day",
    "元旦": "New Year's Day",
    "清明": "Tomb-sweeping Day",
    "端午": "Dragon Boat Festival",
    "中秋": "Mid-autumn Festival",
}


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The Gregorian date of a lunar date in the lunar year that starts in ``year``."""
    import lunardate

    try:
        solar: date = lunardate.LunarDate(year, month, day, leap).to_solar_date()
    except (ValueError, IndexError):
        return None  # a lunar day that does not exist, or a year outside its tables
    return solar


def zodiac_year(animal: str, near: int) -> int:
    """The Gregorian year in which the ``animal`` year nearest to ``near`` begins."""
    offset = (ZODIAC.index(animal) - (near - 2020)) % 12
    return near + offset if offset <= 6 else near + offset - 12


@lru_cache(maxsize=256)
def holiday_period(festival: str, year: int) -> tuple[date, date] | None:
    """The official holiday around ``festival`` in ``year`` (春节 2023: 01-21..01-27)."""
    name = _HOLIDAY_NAMES.get(festival)
    if name is None:
        return None
    import chinese_calendar

    try:
        days = [
            d
            for d in chinese_calendar.get_dates(date(year, 1, 1), date(year, 12, 31))
            if chinese_calendar.get_holiday_detail(d) == (True, name)
        ]
    except NotImplementedError:
        return None
    if not days:
        return None
    # the longest run of consecutive holiday days is the holiday itself
    runs: list[list[date]] = [[days[0]]]
    for d in days[1:]:
        if d - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(d)
        else:
            runs.append([d])
    best = max(runs, key=len)
    return best[0], best[-1]


def first_workday_after_holiday(festival: str, year: int) -> date | None:
    """The first working day after the official ``festival`` holiday (春节 2023: 01-28)."""
    period = holiday_period(festival, year)
    if period is None:
        return None
    import chinese_calendar

    day = period[1] + timedelta(days=1)
    try:
        for _ in range(30):
            if chinese_calendar.is_workday(day):
                return day
            day += timedelta(days=1)
    except NotImplementedError:
        return None
    return None


@lru_cache(maxsize=64)
def solar_term(name: str, year: int) -> date | None:
    """The date of a solar term (清明) in ``year``."""
    import chinese_calendar

    try:
        for day, term in chinese_calendar.get_solar_terms(date(year, 1, 1), date(year, 12, 31)):
            if term == name:
                return day  # type: ignore[no-any-return]
    except (NotImplementedError, ValueError):
        return None
    return None


def religious_period(
    calendar_name: str, month: int, day: int, length: int, year: int
) -> tuple[date, date] | None:
    """A Hebrew or Islamic feast that falls in the Gregorian ``year`` (convertdate).

    ``length`` days from its first Gregorian day.  Religious Jewish feasts start at
    sundown, so their first day is the eve; ``civil-hebrew`` dates (以色列独立日) do not.
    """
    import warnings

    from convertdate import hebrew, islamic

    # convertdate calls its own deprecated helpers.  A filter for its modules alone, not
    # catch_warnings(), which swaps the process-wide filters and is not thread-safe (an
    # identical filter replaces itself, so the list does not grow).
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"convertdate\.")
    module = hebrew if calendar_name.endswith("hebrew") else islamic
    try:
        first_year = module.from_gregorian(year, 1, 1)[0]
        starts = [date(*module.to_gregorian(y, month, day)) for y in (first_year, first_year + 1)]
        for start in starts:
            if start.year == year:
                if calendar_name == "hebrew":
                    start -= timedelta(days=1)
                return start, start + timedelta(days=length - 1)
    except (ValueError, IndexError):
        return None
    return None
