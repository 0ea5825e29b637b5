"""Every example sentence of every rule, run through :func:`extract`.

The corpus lives beside the rules (``RULES`` in each dimension module); known limits are
strict xfails, so fixing one turns into a test failure that asks for the example to be
promoted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pytest

from zhproj_extract import dates, extract, money, percentages, projects, quantities
from zhproj_extract.models import Document, Mention, Project
from zhproj_extract.rules import Example, Rule

#: dimension name → (its rules, how to read its mentions off a Document)
DIMENSIONS: dict[str, tuple[Sequence[Rule], Callable[[Document], Sequence[Mention | Project]]]] = {
    "money": (money.RULES, lambda doc: doc.money),
    "percentages": (percentages.RULES, lambda doc: doc.percentages),
    "quantities": (quantities.RULES, lambda doc: doc.quantities),
    "dates": (dates.RULES, lambda doc: doc.dates),
    "projects": (projects.RULES, lambda doc: doc.projects),
}

#: The date examples are written against this reference date.
REFERENCE = date(2023, 2, 15)


def _params() -> list[object]:
    params: list[object] = []
    for dimension, (rules, _) in DIMENSIONS.items():
        for rule in rules:
            for i, example in enumerate(rule.examples):
                marks = (
                    [pytest.mark.xfail(strict=True, reason=example.xfail)] if example.xfail else []
                )
                params.append(pytest.param(dimension, example, id=f"{rule.name}[{i}]", marks=marks))
    return params


def _fields(mention: Mention | Project, keys: Sequence[str]) -> dict[str, str]:
    """The fields as strings; a money field (a project's investment) as its value."""
    values = {key: getattr(mention, key) for key in keys}
    return {key: str(getattr(v, "value", v)) for key, v in values.items()}


@pytest.mark.parametrize(("dimension", "example"), _params())
def test_example(dimension: str, example: Example) -> None:
    _, mentions_of = DIMENSIONS[dimension]
    text = example.sentence
    mentions = mentions_of(extract(text, reference_date=REFERENCE))
    for mention in mentions:
        if isinstance(mention, Mention):
            assert text[mention.start : mention.end] == mention.text
    expected = [dict(e) for e in example.expect]
    got = [_fields(m, list(e)) for m, e in zip(mentions, expected, strict=False)]
    shown = [getattr(m, "text", getattr(m, "name", None)) for m in mentions]
    assert (len(mentions), got) == (len(expected), expected), shown


def test_every_rule_has_positive_and_negative_examples() -> None:
    for name, (rules, _) in DIMENSIONS.items():
        for rule in rules:
            assert any(e.expect for e in rule.examples), rule.name
        if name != "dates":
            assert any(not e.expect for rule in rules for e in rule.examples)
