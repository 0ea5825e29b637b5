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

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from typing import cast

import regex

from ...models import DateMention, Modifier, ReferenceDate
from ...numbers.numerals import read_numeral
from ...numbers.ranges import RANGE_WORDS
from ...reading.text import NormalizedText, clause_end, clause_start
from ...rules import FormMatch, Rule, example, resolve_overlaps
from .columns import PERIOD_LABELS, column_periods
from .forms import (
    DATES,
    DURATION_UNITS,
    EASTER_FEASTS,
    EASTER_SEASONS,
    FLOATING_FESTIVALS,
    FORMS,
    LUNAR_FESTIVALS,
    MODIFIER_AFTER,
    MODIFIER_AFTER_PATTERN,
    MODIFIER_BEFORE,
    MODIFIER_BEFORE_PATTERN,
    NEW_YEAR_EVE,
    ORTHODOX_ONLY,
    RANGE_JOIN,
    RELATIVE_DAY,
    RELATIVE_MONTH,
    RELATIVE_SPAN,
    RELATIVE_YEAR,
    RELIGIOUS_FEASTS,
    SEASONS,
    SOLAR_FESTIVALS,
    SOLAR_TERMS,
    TEN_DAYS,
)
from .resolvers import (
    Ref,
    apply_modifier,
    has_half,
    or_none,
    resolve,
    resolve_offset,
    year_of,
)

#: The public tables of :mod:`.forms`, importable from here as before the split.
__all__ = [
    "DATES",
    "DURATION_UNITS",
    "EASTER_FEASTS",
    "EASTER_SEASONS",
    "FLOATING_FESTIVALS",
    "FORMS",
    "LUNAR_FESTIVALS",
    "MODIFIER_AFTER",
    "MODIFIER_BEFORE",
    "NEW_YEAR_EVE",
    "ORTHODOX_ONLY",
    "PERIOD_LABELS",
    "RELATIVE_DAY",
    "RELATIVE_MONTH",
    "RELATIVE_SPAN",
    "RELATIVE_YEAR",
    "RELIGIOUS_FEASTS",
    "RULES",
    "SEASONS",
    "SOLAR_FESTIVALS",
    "SOLAR_TERMS",
    "TEN_DAYS",
    "find_dates",
    "infer_reference",
]

# --- finding -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    form: str
    match: FormMatch
    modifier: str | None
    suffix: str | None = None  # the word after the period that set the modifier


#: The last characters of the words before a period and the first of those after it: a
#: modifier's pattern is asked only beside one of them.
_MODIFIER_BEFORE_LAST = frozenset(word[-1] for word in MODIFIER_BEFORE)
_MODIFIER_AFTER_FIRST = frozenset(word[0] for word in MODIFIER_AFTER)


def _modifiers(text: str, m: FormMatch, form: str) -> tuple[int, int, str | None, str | None]:
    """Widen a match over the words around it (截至…, …以来, …底) and name the modifier."""
    start, end, modifier, suffix = m.start(), m.end(), None, None
    before = (
        MODIFIER_BEFORE_PATTERN.search(text, max(0, start - 3), start)
        if text[start - 1 : start] in _MODIFIER_BEFORE_LAST
        else None
    )
    if before is not None:
        modifier = MODIFIER_BEFORE[before.group()]
        start = before.start()
    after = (
        MODIFIER_AFTER_PATTERN.match(text, end)
        if form != "duration" and text[end : end + 1] in _MODIFIER_AFTER_FIRST
        else None
    )
    if after is not None:
        suffix = after.group()
        modifier = MODIFIER_AFTER[suffix] or modifier
        end = after.end()
    return start, end, modifier, suffix


def _find(text: str) -> list[_Found]:
    def build(m: FormMatch) -> tuple[_Found | None, int]:
        form = DATES.form(m)
        if form == "duration" and not _is_duration(m):
            return None, m.end()
        start, end, modifier, suffix = _modifiers(text, m, form)
        return _Found(start, end, form, m, modifier, suffix), end

    return list(DATES.scan(text, build))


def _is_duration(m: FormMatch) -> bool:
    n = m.group("n")
    return n in ("半", "几", "数") or read_numeral(n) is not None


def infer_reference(text: str, found: list[_Found] | None = None) -> tuple[Ref, ReferenceDate]:
    """The reference date an article supplies: a full date near the top, else its year.

    The opening lines of a release date it (a dateline, a publication line) or at least
    name the event's year and quarter (2023年第一季度 → 2023).
    """
    found = _find(text) if found is None else found
    opening = [f for f in found if f.start < 600]
    # a dateline at the top, else one signed at the bottom ((记者 黄蕾)2024年5月20日)
    closing = [f for f in found if f.start >= max(600, len(text) - _CLOSING)][::-1]
    for f in [*opening, *closing]:
        if f.form == "ymd":
            day = or_none(partial(resolve, "ymd", f.match, Ref(None)))
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
        if _PLANNED_BEFORE.search(text, max(0, f.start - 4), f.start):
            continue  # 计划2025年6月建成: a target, not the article's year
        if f.form in ("year_quarter", "half", "ym", "year_part") and f.match.group("y"):
            year = year_of(f.match, Ref(None))
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


#: How much of a text's end is read for a date it is signed with.
_CLOSING = 200
#: What stands before a year that is a plan's target rather than the article's.
_PLANNED_BEFORE = regex.compile(r"(?:计划|预计|力争|争取|将于|将在|到|至|目标)[于在]?$")


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
    mentions = resolve_overlaps(_with_ranges(ntext, found, ref) + column_periods(ntext))
    return _that_day(mentions), reference


#: A period's end with 前 after it: a deadline at that end (年底前, 年末前, 月底前).
_BY_THE_END = ("底前", "末前", "底以前", "末以前", "底之前", "末之前")
#: Words for the day a text has just named (5月20日…当天正式开工; 同日, 次日): that day or
#: the next, not today or tomorrow.
_THAT_DAY = {"当天": 0, "当日": 0, "同日": 0, "次日": 1, "翌日": 1}
#: How far back that day may have been named (a news story's day, its lead paragraph
#: before).
_THAT_DAY_REACH = 600


def _that_day(mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with 当天/当日 resolved to the day named last before it, where one is
    named shortly before (an article's 当天 is otherwise its own date)."""
    out = []
    last: DateMention | None = None
    for m in mentions:
        if m.text in _THAT_DAY and last is not None and m.start - last.end <= _THAT_DAY_REACH:
            day = last.start_date + timedelta(days=_THAT_DAY[m.text])  # type: ignore[operator]
            m = m.model_copy(update={"start_date": day, "end_date": day})
        elif (
            m.granularity == "day"
            and m.start_date is not None
            and m.start_date == m.end_date  # a day named, not a span to today (近年来)
            and m.text not in _THAT_DAY
            and m.rule != "date.recent"  # 目前, 日前: the article's day, not one told
        ):
            last = m
        out.append(m)
    return out


_RANGE_JOIN = regex.compile(RANGE_JOIN)
#: The longest text between the two ends of a range: a space, the longest range word, a space.
_LONGEST_JOIN = 1 + max(len(word) for word in RANGE_WORDS) + 1
#: Forms whose match states its own year (a range's second end keeps it).
_HAS_YEAR = ("y", "rel")


def _joined(ntext: NormalizedText, a: _Found, b: _Found, ref: Ref) -> DateMention | None:
    """A至B, A到B, A-B as one period: B takes A's year (and month) where it states none."""
    first = or_none(lambda: resolve(a.form, a.match, ref))
    if first is None:
        return None
    inherit = Ref(first[0].year, ref.day)
    if b.form == "day":
        inherit = Ref(first[0].year, first[0])
    own_year = any(b.match.group(name) for name in _HAS_YEAR)
    second = or_none(lambda: resolve(b.form, b.match, ref if own_year else inherit))
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
    """The mentions of ``found``, two periods joined where a range word stands between
    them (2022年至2025年)."""
    mentions: list[DateMention] = []
    # the last date with its year, its sentence's end, and whether the year is written out
    dated: tuple[date, int, bool] | None = None
    day: tuple[date, int] | None = None  # the last day or month named, and where it ends
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _range_between(ntext.text, a, b):
            joined = _joined(ntext, a, b, ref)
            if joined is not None:
                mentions.append(joined)
                i += 2
                continue
        written, rel = a.match.group("y"), a.match.group("rel")
        own_year = bool(written or rel)
        if (
            dated is not None
            and not own_year
            and a.start < dated[1]
            and (a.match.group("m") or a.match.group("part"))  # 10月, 年底: a year's
        ):
            mention = _in_year_of(ntext, a, ref, dated[0], dated[2])  # 2023年3月开工，10月投产
        elif a.form == "day" and day is not None and a.start - day[1] <= _THAT_DAY_REACH:
            named = day[0]  # 新华社广州5月28日电 …28日宣布: that month's 28th
            mention = _mention(ntext, a, Ref(named.year, named))
        else:
            mention = _mention(ntext, a, ref)
            if a.form in ("m", "md") and _said_as_past(ntext.text, a, mention, ref):
                mention = _mention(ntext, a, Ref(ref.year - 1, ref.day))  # type: ignore[operator]
        if own_year and mention.start_date is not None and rel not in _ALL_YEAR:
            dated = mention.start_date, _year_reach(ntext.text, a), bool(written)
        elif a.form == "recent" and mention.text in _LOOKS_BACK and mention.start_date is not None:
            # 过去一年，…于3月开工、12月底封顶: the months of the year looked back on
            dated = mention.start_date.replace(month=1, day=1), _year_reach(ntext.text, a), False
        elif a.form == "recent" and dated is not None:
            dated = None  # 目前，…预计10月投产: the story is back at the article's date
        if mention.granularity in ("day", "month") and mention.start_date is not None:
            day = mention.start_date, a.end
        mentions.append(mention)
        i += 1
    return mentions


def _year_reach(text: str, f: _Found) -> int:
    """How far the year of ``f`` carries to the months after it: to its sentence's end;
    to its paragraph's when it opens the paragraph (2023年，全县…。3月，X项目开工); through
    the paragraph after a heading it opens (2023年工作回顾 / 一年来，…)."""
    sentence = clause_end(text, f.end, 200, _SENTENCE_STOPS)
    line_start = text.rfind("\n", 0, f.start) + 1
    if _PARAGRAPH_OPENING.fullmatch(text, line_start, f.start) is None:
        return sentence
    line_end = clause_end(text, f.end, _PARAGRAPH_REACH, "\n")
    if line_end - f.end <= 12 and _HEADING_REST.fullmatch(text, f.end, line_end):
        following = _NEXT_PARAGRAPH.match(text, line_end)  # 2023年工作回顾: a heading
        return following.end() if following else line_end
    whole_year = f.form == "recent" or not (f.match.group("m") or f.match.group("part"))
    if not (whole_year and text.startswith(("，", ","), f.end)):
        return sentence
    while (month_led := _MONTH_LED.match(text, line_end)) is not None:
        line_end = clause_end(text, month_led.end(), _PARAGRAPH_REACH, "\n")  # 3月，…\n6月，…
    return line_end


#: What may stand before a date that opens its paragraph: spaces, a list marker.
_PARAGRAPH_OPENING = regex.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十\d]{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])?"
)
#: The rest of a heading that a year opens (工作回顾, 项目建设情况): words, no sentence.
_HEADING_REST = regex.compile(r"[ \t\u3000]*\p{Han}{2,12}[ \t\u3000]*")
#: The paragraph after a heading.
_NEXT_PARAGRAPH = regex.compile(r"\n+[^\n]{0,1500}")
#: A paragraph after it that opens with a month (a review's 3月，…): the year's too.
_MONTH_LED = regex.compile(
    r"\n[ \t\u3000\n]*(?:[一二三四五六七八九十]{1,3}、[^\n，。]{2,12}\n[ \t\u3000\n]*)?"  # (一、招商引资)
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:\d{1,2}日)?[，,]"
)
#: How far a paragraph a year opens may carry it.
_PARAGRAPH_REACH = 1500


#: Words in a clause that say what it tells has happened (已于10月投产, 10月投产了,
#: 正式运营) …
_PAST = regex.compile(r"已|(?<![为除])了(?!解)|正式")
#: … or is still to come (计划10月投产, 将于12月开工, 12月底前).
_TO_COME = regex.compile(
    r"计划|预计|预期|将|拟|力争|争取|确保|有望|定于|目标|(?<![目此之日])前|年内|月内"
)
#: Words before a date that it is the end of a stretch (到6月, 至12月).
_UNTIL = ("到", "至")
#: How far ahead of the article's date a day it names without a year may fall before it
#: is read as last year's (an article of 8 January telling of 12月26日).
_FAR_AHEAD = timedelta(days=270)


def _said_as_past(text: str, f: _Found, mention: DateMention, ref: Ref) -> bool:
    """Whether a month or day without its year, read in the article's year after the
    article's date, is last year's: its clause says it has happened (已于10月投产), or it
    is a day many months ahead that no word plans, told as a story's date (于12月26日建成
    启用; 11月9日，…签约: told in January)."""
    if ref.day is None or ref.year is None or mention.start_date is None:
        return False
    if mention.start_date <= ref.day or text.endswith(_UNTIL, 0, f.start):
        return False  # 订单已排到6月份: how far ahead it reaches
    clause = (
        clause_start(text, f.start, 30, _CLAUSE_STOPS),
        clause_end(text, f.end, 30, _CLAUSE_STOPS),
    )
    if clause == (f.start, f.end) and text.startswith(("，", ","), f.end):
        # 9月，X平台正式运营: a date that opens its sentence is told by the clause after it
        clause = f.start, clause_end(text, f.end + 1, 30, _CLAUSE_STOPS)
    if _TO_COME.search(text, *clause):
        return False
    told = text.endswith("于", 0, f.start) or text.startswith(("，", ","), f.end)
    far = f.form == "md" and told and mention.start_date - ref.day > _FAR_AHEAD
    return far or _PAST.search(text, *clause) is not None


#: What ends the clause a date's tense is read in.
_CLAUSE_STOPS = "，,。；;！？!?\n"
#: What ends the sentence a year carries over in (； does not: 于2023年6月达产；…11月投产).
_SENTENCE_STOPS = "。！？!?\n"


#: Words that look back on the past year: the months after them in their sentence are its.
_LOOKS_BACK = ("过去一年", "一年来", "近一年")
#: Relative years that span a year already named rather than name one (全年, 当年).
_ALL_YEAR = ("全", "当")


def _in_year_of(
    ntext: NormalizedText, f: _Found, ref: Ref, earlier: date, written: bool
) -> DateMention:
    """A month or a part of a year without its year, read in the year of a date named
    before it in its sentence; a month in the year after when it would come before a date
    whose year is ``written`` out (2022年12月签约，3月开工: 2023; 今年6月…2月底: this year)."""
    mention = _mention(ntext, f, Ref(earlier.year, ref.day))
    later = written and f.match.group("m") and mention.start_date is not None  # (not 年底)
    if later and mention.start_date < earlier.replace(day=1):  # type: ignore[operator]
        mention = _mention(ntext, f, Ref(earlier.year + 1, ref.day))
    return mention


def _range_between(text: str, a: _Found, b: _Found) -> bool:
    """Do ``a`` and ``b`` stand on either side of a range word alone, both periods with no
    modifier of the first?  Most neighbours are too far apart for the pattern to be asked."""
    if not 0 < b.start - a.end <= _LONGEST_JOIN:
        return False
    if a.modifier is not None or a.form == "duration" or b.form == "duration":
        return False
    sep = _RANGE_JOIN.match(text, a.end)
    return sep is not None and sep.end() == b.start


def _mention(ntext: NormalizedText, f: _Found, ref: Ref) -> DateMention:
    start, end = ntext.span(f.start, f.end)
    text, rule = ntext.original[start:end], f"date.{f.form}"
    if f.form == "duration" and f.match.group("ago"):
        period = or_none(lambda: resolve_offset(f.match, ref))
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
        if value is not None and has_half(f.match):
            value += Decimal("0.5")  # 一年半, 两个半月
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
    period = or_none(lambda: resolve(f.form, f.match, ref))
    modifier = f.modifier
    if modifier == "before" and text.rstrip().endswith(_BY_THE_END):
        modifier = "until"  # 2025年底前: by the end of 2025, not before its last months
    start_date, end_date = or_none(lambda: apply_modifier(period, modifier, ref, f.suffix)) or (
        None,
        None,
    )
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
        modifier=cast(Modifier, modifier),
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
                "首季度完成投资120亿元",
                {"text": "首季度", "start_date": "2023-01-01", "end_date": "2023-03-31"},
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
            example(
                "今明两年计划完成投资80亿元",
                {"text": "今明两年", "start_date": "2023-01-01", "end_date": "2024-12-31"},
            ),
            example(
                "建设期限：2023.03-2025.12",
                {"text": "2023.03-2025.12", "start_date": "2023-03-01", "end_date": "2025-12-31"},
            ),
            example("单价由2023.5-2024.8万元不等"),
            example(
                "| 项目名称 | 建设年限 | 总投资（亿元） |\n|---|---|---|\n| 再生铝项目 | 2023-2025 | 15.6 |\n",
                {"text": "2023-2025", "start_date": "2023-01-01", "end_date": "2025-12-31"},
            ),
            example(
                "项目名称：再生铝项目\n建设起止年限：2024～2026\n",
                {"text": "2024～2026", "start_date": "2024-01-01", "end_date": "2026-12-31"},
            ),
            example("| 项目名称 | 总投资（亿元） |\n|---|---|\n| 再生铝项目 | 2023 |\n"),
            example(
                "2023 - 2025年累计投资",
                {"text": "2023 - 2025年", "start_date": "2023-01-01", "end_date": "2025-12-31"},
            ),
            example(
                "11月至2月暂停室外施工",
                {"text": "11月至2月", "start_date": "2023-11-01", "end_date": "2024-02-29"},
            ),
            example(
                "一年半后全面投产",
                {"text": "一年半后", "start_date": "2024-08-01", "end_date": "2024-08-31"},
            ),
        ),
    ),
    Rule(
        "date.duration",
        "Durations (50天, 2年内, 一年) are their own kind, not dates.",
        (
            example("从签约到开工仅50天", {"text": "50天", "kind": "duration", "value": "50"}),
            example("投产后2年内达产", {"text": "2年内", "unit": "年", "modifier": "within"}),
            example("建设周期为一年半", {"text": "一年半", "value": "1.5", "unit": "年"}),
            example("两个半月完成主体", {"text": "两个半月", "value": "2.5", "unit": "月"}),
            example("规划3年半导体产业园", {"text": "3年", "value": "3"}),
        ),
    ),
)
