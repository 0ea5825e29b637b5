"""The public entry points: :class:`Extractor` and the :func:`extract` facade."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

from .dimensions.dates import find_dates
from .dimensions.money import find_money
from .dimensions.percentages import find_percentages
from .dimensions.quantities import DEFAULT_UNITS, find_quantities
from .dimensions.units import Unit
from .models import DateMention, Document, Mention, Money, Percentage, Quantity
from .numbers.extra_qualifiers import ExtraQualifiers
from .projects import DEFAULT_GRAMMAR, find_projects
from .reading.text import NormalizedText, normalize, require_str
from .rules import PatternRule, resolve_overlaps

M = TypeVar("M", bound=Mention)
T = TypeVar("T")

__all__ = ["Extractor", "RuleError", "extract"]


class Extractor:
    """Extracts every dimension from a text, with the library's tables and any you add.

    ``Extractor()`` is what :func:`extract` uses.  Give it more to suit your releases:

    - ``rules``: :class:`~zhproj_extract.rules.PatternRule` objects, each a table of forms
      and a normaliser adding mentions to one dimension;
    - ``units``: :class:`~zhproj_extract.Unit` rows added to the quantity unit table;
    - ``section_labels``: more project section labels (label → section kind: ``intro``,
      ``significance``, ``progress``, or a kind of your own kept in ``Project.sections``);
    - ``places`` and ``companies``: names the project parser takes whole as a location
      (after 落户, 位于 …) or an investor;
    - ``qualifiers_before`` and ``qualifiers_after``: hedge words (word → ``approx``,
      ``more_than``, ``at_least``, ``at_most`` or ``less_than``) read around money,
      quantities and percentages, as 约 and 以上 are.

    >>> from zhproj_extract import Extractor, Unit
    >>> port = Extractor(units=[Unit("桶", "items", ("桶", "bbl"), "桶")])
    >>> [(q.text, q.value, q.unit, q.per) for q in port.extract("年吞吐量300万桶").quantities]
    [('300万桶', Decimal('3000000'), '桶', '年')]

    Patterns are compiled once, when the Extractor is made; an Extractor is immutable and
    safe to share between threads.  Every argument is checked then too: one of the wrong
    type raises :class:`TypeError` naming it, a wrong value (an unknown qualifier, an
    empty label) :class:`ValueError`.
    """

    def __init__(
        self,
        *,
        rules: Iterable[PatternRule] = (),
        units: Iterable[Unit] = (),
        section_labels: Mapping[str, str] | None = None,
        places: Iterable[str] = (),
        companies: Iterable[str] = (),
        qualifiers_before: Mapping[str, str] | None = None,
        qualifiers_after: Mapping[str, str] | None = None,
    ) -> None:
        self.rules = _objects(rules, "rules", PatternRule)
        for rule in self.rules:
            _ = rule.pattern  # compiled now, not by the first extraction's threads
        extra_units = _objects(units, "units", Unit)
        for unit in extra_units:
            _check_unit(unit)
        self._units = DEFAULT_UNITS.extended(extra_units) if extra_units else DEFAULT_UNITS
        places, companies = _names(places, "places"), _names(companies, "companies")
        labels = _words(section_labels, "section_labels", "label → section kind")
        self._grammar = (
            DEFAULT_GRAMMAR.extended(labels, places, companies)
            if labels or places or companies
            else DEFAULT_GRAMMAR
        )
        self._qualifiers = ExtraQualifiers(
            _words(qualifiers_before, "qualifiers_before", "word → qualifier"),
            _words(qualifiers_after, "qualifiers_after", "word → qualifier"),
        )

    def extract(self, text: str, *, reference_date: date | None = None) -> Document:
        """Extract every mention from ``text``.

        ``reference_date`` anchors relative dates (今年, 3月, 去年以来); without it the
        article's own dateline or event year is used (``Document.reference_date`` says
        which); a ``datetime`` counts as its date.  Raises :class:`TypeError` for a
        non-``str`` text and never raises because of what the text contains.
        """
        require_str(text, "extract")
        if reference_date is not None and not isinstance(reference_date, date):
            raise TypeError(
                f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
            )
        if isinstance(reference_date, datetime):
            reference_date = reference_date.date()
        if not text:
            return Document()
        ntext = normalize(text)
        money = self._with_rules("money", ntext, find_money(ntext))
        percentages = _outside(
            self._with_rules("percentages", ntext, find_percentages(ntext)), money
        )
        dates, reference = find_dates(ntext, reference_date)
        dates = _outside(self._with_rules("dates", ntext, dates), [*money, *percentages])
        quantities = _outside(
            self._with_rules("quantities", ntext, find_quantities(ntext, self._units)),
            [*money, *percentages, *dates],
        )
        if self._qualifiers:
            taken = [*money, *percentages, *quantities, *dates]
            money = self._qualifiers.apply(ntext, money, taken)
            percentages = self._qualifiers.apply(ntext, percentages, taken)
            quantities = self._qualifiers.apply(ntext, quantities, taken)
        return Document(
            money=money,
            percentages=percentages,
            quantities=quantities,
            dates=dates,
            projects=find_projects(ntext, money, quantities, dates, self._grammar, reference),
            reference_date=reference,
        )

    def _with_rules(self, dimension: str, ntext: NormalizedText, found: list[M]) -> list[M]:
        """``found`` with the mentions of the user's rules for ``dimension``, overlaps resolved."""
        extra = [
            m for rule in self.rules if rule.dimension == dimension for m in _apply(rule, ntext)
        ]
        return resolve_overlaps([*extra, *found]) if extra else found  # type: ignore[list-item]


#: How long a user's rule may scan a megabyte of text before it counts as broken.
RULE_SECONDS_PER_MB = 10.0

#: The model each dimension's mentions are made of.
_MODELS: dict[str, type[Mention]] = {
    "money": Money,
    "quantities": Quantity,
    "percentages": Percentage,
    "dates": DateMention,
}


def _apply(rule: PatternRule, ntext: NormalizedText) -> list[Mention]:
    """The mentions one user rule finds.  A normaliser that fails is a bug in the rule, so
    its error is raised with the rule's name and the matched text."""
    model = _MODELS[rule.dimension]
    found = []
    # A pattern that backtracks without end is a bug in the rule: it fails loudly.
    timeout = RULE_SECONDS_PER_MB * (1 + len(ntext.text) / 2**20)
    matches = rule.pattern.finditer(ntext.text, timeout=timeout)
    while True:
        try:
            match = next(matches)
        except StopIteration:
            break
        except TimeoutError:
            raise RuleError(
                f"rule {rule.name!r} took over {timeout:.0f} s on a {len(ntext.text)}-character "
                "text: its pattern backtracks (use possessive quantifiers or atomic groups)"
            ) from None
        try:
            fields = rule.normalize(match)
            if fields is None:
                continue
            start, end = ntext.span(match.start(), match.end())
            found.append(
                model(
                    text=ntext.original[start:end],
                    start=start,
                    end=end,
                    rule=f"{rule.name}.{rule.form(match)}",
                    **fields,
                )
            )
        except Exception as error:
            raise RuleError(f"rule {rule.name!r} on {match.group()!r}: {error}") from error
    return found


class RuleError(ValueError):
    """A user's :class:`~zhproj_extract.rules.PatternRule` failed on a match."""


def _objects(values: Iterable[T], what: str, kind: type[T]) -> tuple[T, ...]:
    """``values`` as a tuple of ``kind`` objects; TypeError naming ``what`` otherwise."""
    try:
        out = tuple(values)
    except TypeError:
        raise TypeError(
            f"{what} must be a list of {kind.__name__} objects, not {type(values).__name__}"
        ) from None
    for value in out:
        if not isinstance(value, kind):
            raise TypeError(f"{what} must be {kind.__name__} objects, not {type(value).__name__}")
    return out


def _names(names: Iterable[str], what: str) -> tuple[str, ...]:
    if isinstance(names, str):
        raise TypeError(f"{what} must be a list of names, not one string")
    try:
        out = tuple(names)
    except TypeError:
        raise TypeError(f"{what} must be a list of names, not {type(names).__name__}") from None
    for name in out:
        if not isinstance(name, str) or not name:
            raise TypeError(f"{what} must be non-empty strings, not {name!r}")
    return out


def _words(words: Mapping[str, str] | None, what: str, shape: str) -> dict[str, str]:
    """A mapping of strings to strings (label → section kind, word → qualifier) as a dict;
    TypeError naming ``what`` for anything else.  None is empty."""
    if words is None:
        return {}
    if not isinstance(words, Mapping):
        raise TypeError(f"{what} must be a mapping of {shape}, not {type(words).__name__}")
    for word, value in words.items():
        if not isinstance(word, str) or not isinstance(value, str):
            raise TypeError(
                f"{what} must map strings to strings ({shape}), not {word!r}: {value!r}"
            )
    return dict(words)


def _check_unit(unit: Unit) -> None:
    """TypeError, naming the field, for a :class:`Unit` with a field of the wrong type."""
    for field in ("name", "kind", "base"):
        if not isinstance(getattr(unit, field), str) or not getattr(unit, field):
            raise TypeError(
                f"Unit {field} must be a non-empty string, not {getattr(unit, field)!r}"
            )
    if not isinstance(unit.forms, tuple) or not unit.forms:
        raise TypeError(f"Unit {unit.name!r}: forms must be a tuple of strings, not {unit.forms!r}")
    for form in unit.forms:
        if not isinstance(form, str) or not form:
            raise TypeError(f"Unit {unit.name!r}: forms must be non-empty strings, not {form!r}")
    if isinstance(unit.factor, bool) or not isinstance(unit.factor, (Decimal, int)):
        raise TypeError(
            f"Unit {unit.name!r}: factor must be a Decimal or an int, not {unit.factor!r}"
        )
    if not isinstance(unit.any_case, bool):
        raise TypeError(f"Unit {unit.name!r}: any_case must be a bool, not {unit.any_case!r}")


def _outside(mentions: Sequence[M], taken: Sequence[Mention]) -> list[M]:
    """``mentions`` that overlap none of ``taken`` (both in text order): one span, one meaning."""
    kept: list[M] = []
    spans = sorted((m.start, m.end) for m in taken)
    j = 0
    for mention in mentions:
        while j < len(spans) and spans[j][1] <= mention.start:
            j += 1
        if j < len(spans) and spans[j][0] < mention.end:
            continue
        kept.append(mention)
    return kept


_default: Extractor | None = None
_default_lock = threading.Lock()


def default_extractor() -> Extractor:
    """The shared default :class:`Extractor`."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    return _default


def extract(text: str, *, reference_date: date | None = None) -> Document:
    """Extract every mention from ``text`` with the default :class:`Extractor`.

    >>> doc = extract("项目计划总投资200亿元，平均投资强度504.3万元/亩。")
    >>> [(m.text, m.value, m.kind) for m in doc.money]
    [('200亿元', Decimal('20000000000'), 'amount'), ('504.3万元/亩', Decimal('5043000'), 'rate')]
    """
    return default_extractor().extract(text, reference_date=reference_date)
