"""The construction period a project's table row or form states (| 建设年限 | 2023-2025 |,
建设起止年限：2023年3月-2025年12月): when it starts and when it is to be completed; and
the date a stage's own column or field states (| 开工时间 | 竣工时间 |, 计划投产时间：…).

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

__all__ = ["STAGE_LABELS", "STAGE_ROLE", "period_milestones", "stage_milestone", "stated_period"]

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


#: The role of a stage's column or field in a record, before its label (stage:开工时间).
STAGE_ROLE = "stage:"
#: The stage words a stage's column or field is labelled with.
_STAGE_WORDS: tuple[tuple[str, Stage], ...] = (
    ("签约", "signing"), ("开工", "construction_start"), ("封顶", "topping_out"),
    ("主体封顶", "topping_out"), ("结顶", "topping_out"), ("主体结顶", "topping_out"),
    ("试生产", "trial_production"), ("试产", "trial_production"),
    ("投产", "production_start"), ("达产", "full_production"), ("竣工", "completion"),
    ("建成", "completion"), ("完工", "completion"), ("投运", "operation"),
    ("运营", "operation"), ("投入运营", "operation"),
)  # fmt: skip
#: A column or field that dates one stage (a schedule's | 开工时间 | 竣工时间 | 投产时间 |),
#: with or without a word that it is planned (计划, 预计).
STAGE_LABELS: dict[str, Stage] = {
    f"{plan}{stage_word}{when}": stage
    for stage_word, stage in _STAGE_WORDS
    for plan in ("", "计划", "预计")
    for when in ("时间", "日期", "年月")
}  # fmt: skip


def stage_milestone(
    ntext: NormalizedText, found: Mentions, label: str, start: int, end: int
) -> Milestone | None:
    """The milestone a stage's cell or field ``[start, end)`` dates, under ``label``: planned
    when the label says so, else as its date and the article's date tell."""
    for item in Mentions.inside(found.dates, start, end):
        when = item.mention
        if isinstance(when, DateMention) and when.start_date is not None:
            o_start, o_end = ntext.span(start, end)
            return Milestone(
                stage=STAGE_LABELS[label],
                status="planned" if label.startswith(("计划", "预计")) else "unknown",
                date=when,
                text=ntext.original[o_start:o_end],
                start=o_start,
                end=o_end,
            )
    return None
