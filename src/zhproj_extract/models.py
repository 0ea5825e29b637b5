"""The data model: what :func:`zhproj_extract.extract` returns.

Every mention carries its exact span in the *original* text (``text ==
original[start:end]``), the name of the rule that produced it, and a normalised value.
Numbers are :class:`~decimal.Decimal` and serialise to JSON as plain decimal strings
("1234800000", never "1.2348E+11" and never a float), so a round trip through JSON is
lossless.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

__all__ = ["Document", "ExactDecimal", "Measure", "Mention", "Money", "Qualifier"]


def _plain_string(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


#: A Decimal that serialises as a plain decimal string in JSON.
ExactDecimal = Annotated[Decimal, PlainSerializer(_plain_string, return_type=str, when_used="json")]

#: How the stated number relates to the real one.
#: ``range`` means ``value``..``upper``; ``more_than`` may carry an ``upper`` too
#: (3000多 = 3000..4000).
Qualifier = Literal["exact", "approx", "more_than", "at_least", "at_most", "less_than", "range"]


class Mention(BaseModel):
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


class Document(BaseModel):
    """Everything extracted from one text, each list in text order."""

    model_config = ConfigDict(frozen=True)

    money: list[Money] = Field(default_factory=list)
