"""The construction period a project's table row or form states (| 建设年限 | 2023-2025 |,
建设起止年限：2023年3月-2025年12月): when it starts and when it is to be completed.

A table or form states the period and no verb, so the two milestones it gives have status
``unknown``: a 2021-2025 row of a 2023 list may have started long ago, or be a plan.
"""

from __future__ import annotations

from datetime import date

import regex

from ..dimensions.dates.columns import PERIOD_LABELS
from ..dimensions.dates.forms import RANGE_JOIN
from ..dimensions.dates.resolvers import last_day_of_month
from ..models import DateMention, Milestone, Stage
from ..reading.text import NormalizedText, clause_end
from .fields import Located, Mentions

__all__ = ["period_milestones", "stated_period"]

#: Where a period's second end begins: a range word before a written year (2023.03-2025.12,
#: 2023年至2025年; the hyphens of 2023-03-01 are not one).
_SECOND_END = regex.compile(rf"{RANGE_JOIN}(?=(?:19|20)[0-9]{{2}})")
#: The stage each end of the period gives.
_ENDS: tuple[Stage, Stage] = ("construction_start", "completion")


#: A construction period stated in a sentence (建设期：2024年3月至2026年2月, 建设期为…).
_STATED = regex.compile(
    "(?:" + "|".join(sorted(PERIOD_LABELS, key=len, reverse=True)) + r")(?:为|是)?[：:]?[ \t]*"
)


def stated_period(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the period a label in ``text[start:end]`` states is written, to its clause's end."""
    m = _STATED.search(text, start, end)
    if m is None:
        return None
    return m.end(), clause_end(text, m.end(), end - m.end(), "，,。；;\n")


def period_milestones(
    ntext: NormalizedText, found: Mentions, start: int, end: int
) -> list[Milestone]:
    """The start and the completion of the period written in normalised ``[start, end)``
    (a cell, a form's value), each dated by its own end of the period."""
    for item in Mentions.inside(found.dates, start, end):
        period = item.mention
        if isinstance(period, DateMention) and period.start_date and period.end_date:
            return _milestones(ntext, item, period)
    return []


def _milestones(ntext: NormalizedText, item: Located, period: DateMention) -> list[Milestone]:
    join = _SECOND_END.search(ntext.text, item.start, item.end)
    granule = {"multi-year": "year", "year": "year", "month": "month", "day": "day"}.get(
        period.granularity or ""
    )
    if join is None or granule is None or join.start() == item.start:
        return []
    first, last = period.start_date, period.end_date
    assert first is not None and last is not None
    ends = (
        (item.start, join.start(), first, _granule_end(first, granule)),
        (join.end(), item.end, _granule_start(last, granule), last),
    )
    o_start, o_end = ntext.span(item.start, item.end)
    milestones = []
    for stage, (a, b, since, until) in zip(_ENDS, ends, strict=True):
        e_start, e_end = ntext.span(a, b)
        milestones.append(
            Milestone(
                stage=stage,
                date=DateMention(
                    text=ntext.original[e_start:e_end],
                    start=e_start,
                    end=e_end,
                    rule=period.rule,
                    start_date=since,
                    end_date=until,
                    granularity=granule,
                ),
                text=ntext.original[o_start:o_end],
                start=o_start,
                end=o_end,
            )
        )
    return milestones


def _granule_end(day: date, granule: str) -> date:
    if granule == "year":
        return date(day.year, 12, 31)
    if granule == "month":
        return last_day_of_month(day.year, day.month)
    return day


def _granule_start(day: date, granule: str) -> date:
    if granule == "year":
        return date(day.year, 1, 1)
    if granule == "month":
        return date(day.year, day.month, 1)
    return day
