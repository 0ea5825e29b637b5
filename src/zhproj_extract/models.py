"""The data model: what :func:`zhproj_extract.extract` returns.

Every mention carries its exact span in the *original* text (``text ==
original[start:end]``), the name of the rule that produced it, and a normalised value.
Numbers are :class:`~decimal.Decimal` and serialise to JSON as plain decimal strings
("1234800000", never "1.2348E+11" and never a float), so a round trip through JSON is
lossless.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, PlainSerializer

from ._json import Model

__all__ = [
    "DateMention",
    "Document",
    "ExactDecimal",
    "Measure",
    "Mention",
    "Milestone",
    "Modifier",
    "Money",
    "Percentage",
    "Phase",
    "Project",
    "Qualifier",
    "Quantity",
    "ReferenceDate",
    "Source",
    "Span",
    "Stage",
    "Status",
    "decimal_text",
]


def decimal_text(value: Decimal) -> str:
    """A Decimal as plain text: no exponent, no trailing zeros (5E+8 → "500000000")."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


#: What the text says about a period: 以来 since, 截至 until, 前 before, 后 after,
#: 初/伊始 start_of, 底/末 end_of, 前后 about; within for a duration (2年内).
Modifier = Literal["since", "until", "before", "after", "start_of", "end_of", "about", "within"]

#: A Decimal that serialises as a plain decimal string in JSON.
ExactDecimal = Annotated[Decimal, PlainSerializer(decimal_text, return_type=str, when_used="json")]

#: How the stated number relates to the real one.
#: ``range`` means ``value``..``upper``; ``more_than`` may carry an ``upper`` too
#: (3000多 = 3000..4000).
Qualifier = Literal["exact", "approx", "more_than", "at_least", "at_most", "less_than", "range"]


class Mention(Model):
    """A span of the original text that an extractor recognised."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="The original text of the mention: input[start:end].")
    start: int = Field(ge=0, description="Start offset in the original string (inclusive).")
    end: int = Field(ge=0, description="End offset in the original string (exclusive).")
    rule: str = Field(description="Name of the rule that produced the mention.")


class Measure(Mention):
    """A mention with a numeric value, a unit and a qualifier (money, quantities)."""

    value: ExactDecimal = Field(description="The value, or the lower bound of an interval.")
    upper: ExactDecimal | None = Field(
        default=None, description="Upper bound of a range or vague amount, else null."
    )
    unit: str
    qualifier: Qualifier = "exact"
    per: str | None = Field(default=None, description="Denominator of a rate (亩, 年), else null.")


class Money(Measure):
    """An amount of money, a rate of money per unit, or a scale class (千亿级).

    ``unit`` is the ISO 4217 code; ``value`` and ``upper`` are in the currency's main
    unit (yuan, dollar ...), with 万/亿 folded in.
    """

    kind: Literal["amount", "rate", "scale"] = "amount"


class Quantity(Measure):
    """A physical quantity, a production capacity or a count.

    ``unit`` is canonical (GWh, GW, 吨, 件, 亩, 平方公里 …) and ``value`` stays in it, with
    万/亿 folded in (0.6万吨 = 6000 吨; 三斤半 = 3.5 斤).  ``kind`` is what the unit
    measures (energy, power, mass, length, area, volume, temperature, data, frequency),
    ``items`` for manufactured units (件 台 套 条 辆) or ``count`` for counts of projects,
    firms, teams or people (665个项目, 40支), which users usually filter out.  ``per`` is
    ``年`` for annual figures (年产20万吨).

    ``base_value`` (and ``base_upper``) is the value in ``base_unit``, the base unit of
    its kind in the unit table (:mod:`zhproj_extract.units`: g, m, m², L, Wh, W, bit, Hz;
    an item or count unit is its own base), so 20万吨 and 2亿千克 are both 200000000000 g.
    A unit whose size never ends in decimals (亩 is 2000/3 m²) gives 15 significant
    digits, as 三分之一 does.  None only where the product has more than 60 digits.
    """

    kind: str
    base_value: ExactDecimal | None = None
    base_upper: ExactDecimal | None = None
    base_unit: str | None = None


class Percentage(Measure):
    """A percentage (11.4%, 百分之十五, 千分之五, 两成), percentage points or a discount.

    ``unit`` is ``%``, or ``pp`` for 个百分点.  ``kind`` is ``percent``, ``points`` or
    ``discount`` (九折 = 90, the share of the price that is paid).  ``direction`` is ``up``
    or ``down`` when the text states a change (增长11.4%, 下降3.2%), else null.
    """

    kind: Literal["percent", "points", "discount"] = "percent"
    direction: Literal["up", "down"] | None = None


class DateMention(Mention):
    """A date, a period or a duration.

    Dates and periods (``kind="date"``) carry ``start_date`` and ``end_date``, both
    inclusive, and their ``granularity`` (day, week, month, quarter, half, year,
    multi-year); durations (``kind="duration"``: 50天, 2年内) carry ``value`` and ``unit``
    instead.  ``modifier`` is what the text says about the period: since (以来), until
    (截至), before (前), after (后), start_of (初, 伊始), end_of (底, 末), about (前后), or
    within for a duration (2年内).  A mention that cannot be resolved keeps its span with
    empty dates.
    """

    kind: Literal["date", "duration"] = "date"
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    granularity: str | None = None
    modifier: (
        Literal["since", "until", "before", "after", "start_of", "end_of", "about", "within"] | None
    ) = None
    value: ExactDecimal | None = None
    unit: str | None = None


class ReferenceDate(Model):
    """The date relative expressions (今年, 3月, 去年以来) were resolved against.

    ``source`` is ``given`` (the caller passed it), ``published`` (the publication date
    of the page the text came from, :attr:`Source.published`), ``inferred`` (from
    ``text`` at ``start``..``end`` in the article: a dated line, or the event's year) or
    ``none``.
    When only the year is known, ``date`` is null and day-relative forms stay unresolved.
    """

    model_config = ConfigDict(frozen=True)

    date: datetime.date | None = None
    year: int | None = None
    source: Literal["given", "published", "inferred", "none"] = "none"
    text: str | None = None
    start: int | None = None
    end: int | None = None


#: A step of a project's life.
Stage = Literal[
    "signing", "construction_start", "topping_out", "trial_production",
    "production_start", "full_production", "completion", "operation",
]  # fmt: skip
#: Whether the text says the step happened: 已 done, 计划/预计 planned, 正在 in_progress.
Status = Literal["done", "planned", "in_progress", "unknown"]


class Milestone(Model):
    """A step of a project's progress: 1月已开工建设 is construction_start, done, 2023-01."""

    model_config = ConfigDict(frozen=True)

    stage: Stage
    status: Status = "unknown"
    date: DateMention | None = None
    text: str
    start: int
    end: int
    implicit: bool = Field(
        default=False,
        description="True when only an event the project belongs to implies the stage "
        "(a 集中开工 list, 此次签约的项目包括…), not a statement about the project itself.",
    )


class Span(Model):
    """A stretch of the original text that supports a field: ``text == input[start:end]``."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int


class Phase(Model):
    """A phase of a project (首期, 二期) with its own investment, capacities and progress
    (一期已投产，二期预计9月开工: each phase's milestones are its own)."""

    model_config = ConfigDict(frozen=True)

    name: str
    start: int
    end: int
    investment: Money | None = None
    capacities: list[Quantity] = Field(default_factory=list)
    progress: list[Milestone] = Field(default_factory=list)


#: Where a project was first found: a labelled block, a list item, a form record or
#: table row, a heading line over its description, or a statement in running prose.
Layout = Literal["block", "list", "form", "heading", "prose"]


class Project(Model):
    """One distinct project: who invests how much, where, how big, and when.

    Every place the text names the project is in ``mentions`` and its fields are merged
    from all of them.  Money, quantities and dates are mentions of the same Document
    (same spans); ``investor_span`` and ``location_span`` say where the investor and the
    location are written.  ``start``..``end`` is the stretch that describes the project
    where it was first found (its block, list item or sentences); ``sections`` keeps the
    raw text of each labelled section of a block (intro, significance, progress).
    """

    model_config = ConfigDict(frozen=True)

    name: str = Field(
        description="The name as written at its first mention (the whole's, where a phase of"
        " it is named first; the body's, where the headline describes it in other words),"
        " spaces removed."
    )
    start: int = Field(description="Start of the describing stretch in the original string.")
    end: int = Field(description="End of the describing stretch (exclusive).")
    layout: Layout = "block"
    mentions: list[Span] = Field(
        default_factory=list, description="Every place the text names the project."
    )
    investor: str | None = None
    investor_span: Span | None = None
    location: str | None = None
    location_span: Span | None = None
    investment: Money | None = None
    phases: list[Phase] = Field(default_factory=list)
    capacities: list[Quantity] = Field(default_factory=list)
    products: list[str] = Field(default_factory=list)
    annual_output: Money | None = None
    tax: Money | None = None
    jobs: Quantity | None = None
    land_area: Quantity | None = None
    progress: list[Milestone] = Field(default_factory=list)
    significance: str | None = None
    sections: dict[str, str] = Field(default_factory=dict)


class Source(Model):
    """Where a Document's text came from when it was read from a page or a file rather
    than given as text: every span of the Document points into :attr:`text`, the article's
    text as extracted (without the page's navigation, sidebars, footers, running heads).
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["html", "pdf"]
    text: str
    url: str | None = None
    title: str | None = None
    site: str | None = None
    #: the publication date the page states (发布时间 …, its metadata), if any
    published: datetime.date | None = None
    #: pages of a PDF
    pages: int | None = None


class Document(Model):
    """Everything extracted from one text, each list in text order.

    Across dimensions, one span has one meaning: money first, then percentages, then
    quantities (504.3万元/亩 is money, 10个百分点 a percentage, not a count of 10).
    """

    model_config = ConfigDict(frozen=True)

    money: list[Money] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    reference_date: ReferenceDate = Field(default_factory=ReferenceDate)
    #: the page or file the text was read from (None for text given as text)
    source: Source | None = None
