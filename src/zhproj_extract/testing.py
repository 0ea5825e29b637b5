"""Test helpers for extraction rules, and the pytest plugin that serves them.

Installed with the package, the plugin (a ``pytest11`` entry point, loaded by pytest on
its own) gives any test-suite these fixtures:

- ``zhproj_extractor``: the default :class:`~zhproj_extract.Extractor`;
- ``zhproj_samples``: name → text of every sample article bundled with the package;
- ``zhproj_golden``: name → the golden output (the Document as JSON) of each sample.

and the helpers below, so a rule's test is three lines::

    def test_teu(zhproj_extractor):
        port = Extractor(units=[Unit("标箱", "items", ("标箱", "TEU"), "标箱")])
        assert_extracts(port, "年吞吐量300万标箱", {"quantities": [{"value": "3000000"}]})

Expected fields are compared as text: a Decimal as its exact digits, a date as
``YYYY-MM-DD``, a nested mention by its ``text`` when the expectation is a string.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .api import Extractor
    from .models import Document
    from .rules import PatternRule

__all__ = [
    "assert_examples",
    "assert_extracts",
    "golden_documents",
    "sample_texts",
    "zhproj_extractor",
    "zhproj_golden",
    "zhproj_samples",
]

#: The Document fields ``expected`` may name.
LISTS = ("money", "percentages", "quantities", "dates", "projects")


def assert_extracts(
    extractor: Extractor | None,
    text: str,
    expected: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    reference_date: date | None = None,
) -> Document:
    """Assert that ``extractor`` (None: the default) finds exactly ``expected`` in ``text``.

    ``expected`` maps a Document list (``money``, ``quantities``, ``percentages``,
    ``dates``, ``projects``) to the items it must hold, in text
    order, each given by the fields that matter (``{"text": "300万标箱", "unit": "标箱"}``).
    A list left out is not checked; an empty list means "nothing".  Returns the
    Document for further checks.

    >>> doc = assert_extracts(None, "总投资5亿元", {"money": [{"text": "5亿元", "value": "500000000"}]})
    >>> assert_extracts(None, "总投资5亿元", {"money": [{"value": "6"}]})
    Traceback (most recent call last):
    ...
    AssertionError: in '总投资5亿元':
      money[0].value: expected '6', found '500000000'
      money found: '5亿元' (money.amount 500000000 CNY)
    """
    from .api import default_extractor

    unknown = set(expected) - set(LISTS)
    if unknown:
        raise ValueError(f"expected names no Document list: {sorted(unknown)}; use {LISTS}")
    document = (extractor or default_extractor()).extract(text, reference_date=reference_date)
    problems = []
    for name, items in expected.items():
        found = getattr(document, name)
        if len(found) != len(items):
            problems.append(f"{name}: expected {len(items)}, found {len(found)}")
        for i, (want, got) in enumerate(zip(items, found, strict=False)):
            problems += _differences(f"{name}[{i}]", want, got)
        if problems:
            problems.append(f"{name} found: {_summary(found)}")
    if problems:
        raise AssertionError(f"in {text!r}:\n  " + "\n  ".join(problems))
    return document


def assert_examples(extractor: Extractor, rule: PatternRule) -> None:
    """Assert that every example of ``rule`` holds with ``extractor`` (which has the rule).

    An example lists, in order, the mentions the rule itself must make in its sentence
    (an empty list: none); an example marked ``xfail`` must fail, so that fixing the
    limit shows up as a test to update.
    """
    if not rule.examples:
        raise ValueError(f"rule {rule.name!r} has no examples to check")
    for example in rule.examples:
        found = [
            m
            for m in getattr(extractor.extract(example.sentence), rule.dimension)
            if m.rule.startswith(f"{rule.name}.")
        ]
        problems = [] if len(found) == len(example.expect) else ["count differs"]
        for i, (want, got) in enumerate(zip(example.expect, found, strict=False)):
            problems += _differences(f"[{i}]", want, got)
        if example.xfail and not problems:
            raise AssertionError(f"{example.sentence!r} now passes; drop its xfail")
        if problems and not example.xfail:
            raise AssertionError(
                f"rule {rule.name!r} on {example.sentence!r}: "
                + "; ".join(problems)
                + f"; found {_summary(found)}"
            )


def _differences(where: str, want: Any, got: Any) -> list[str]:
    """Where ``got`` (a model, list or value) differs from the expectation ``want``."""
    if want is None or got is None:
        return [] if want is got else [f"{where}: expected {want!r}, found {_plain(got)!r}"]
    if isinstance(want, Mapping):
        problems = []
        for key, value in want.items():
            if not hasattr(got, key):
                problems.append(f"{where}: {type(got).__name__} has no field {key!r}")
            else:
                problems += _differences(f"{where}.{key}", value, getattr(got, key))
        return problems
    if isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            return [f"{where}: expected {len(want)} items, found {_plain(got)!r}"]
        return [
            p
            for i, (w, g) in enumerate(zip(want, got, strict=True))
            for p in _differences(f"{where}[{i}]", w, g)
        ]
    if isinstance(want, str) and hasattr(got, "text") and hasattr(got, "start"):
        got = got.text  # a nested mention, named by its text
    if str(want) != _plain(got):
        return [f"{where}: expected {str(want)!r}, found {_plain(got)!r}"]
    return []


def _plain(value: Any) -> str:
    from .models import decimal_text

    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _summary(found: Sequence[Any]) -> str:
    return (
        ", ".join(
            f"{getattr(m, 'text', getattr(m, 'name', '?'))!r} "
            f"({getattr(m, 'rule', '')} {_plain(getattr(m, 'value', ''))} "
            f"{getattr(m, 'unit', '') or ''})".replace(" )", ")")
            for m in found
        )
        or "nothing"
    )


# --- bundled samples ----------------------------------------------------------------


def sample_texts() -> dict[str, str]:
    """Name → text of every sample article bundled with the package."""
    folder = resources.files("zhproj_extract").joinpath("samples")
    return {
        entry.name.removesuffix(".txt"): entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".txt")
    }


def golden_documents() -> dict[str, dict[str, Any]]:
    """Name → golden output (the Document's JSON) of every bundled sample."""
    folder = resources.files("zhproj_extract").joinpath("samples")
    return {
        entry.name.removesuffix(".json"): json.loads(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    }


# --- pytest fixtures ----------------------------------------------------------------


@pytest.fixture(scope="session")
def zhproj_extractor() -> Extractor:
    """The default Extractor (the one :func:`zhproj_extract.extract` uses)."""
    from .api import default_extractor

    return default_extractor()


@pytest.fixture(scope="session")
def zhproj_samples() -> dict[str, str]:
    """Name → text of the bundled sample articles."""
    return sample_texts()


@pytest.fixture(scope="session")
def zhproj_golden() -> dict[str, dict[str, Any]]:
    """Name → golden Document JSON of the bundled sample articles."""
    return golden_documents()
