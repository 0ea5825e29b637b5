"""The public entry points: :class:`Extractor` and the :func:`extract` facade."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TypeVar

from ._units import Unit
from .dates import find_dates
from .extra_qualifiers import ExtraQualifiers
from .models import DateMention, Document, Mention, Money, Percentage, Quantity
from .money import find_money
from .percentages import find_percentages
from .projects import DEFAULT_GRAMMAR, find_projects
from .quantities import DEFAULT_UNITS, find_quantities
from .rules import PatternRule, resolve_overlaps
from .text import NormalizedText, normalize, require_str

M = TypeVar("M", bound=Mention)

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
    >>> port = Extractor(units=[Unit("标箱", "items", ("标箱", "TEU"), "标箱")])
    >>> [(q.text, q.value, q.unit, q.per) for q in port.extract("年吞吐量300万标箱").quantities]
    [('300万标箱', Decimal('3000000'), '标箱', '年')]

    Patterns are compiled once, when the Extractor is made; an Extractor is immutable and
    safe to share between threads.
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
        self.rules = tuple(rules)
        for rule in self.rules:
            if not isinstance(rule, PatternRule):
                raise TypeError(f"rules must be PatternRule objects, not {type(rule).__name__}")
            _ = rule.pattern  # compiled now, not by the first extraction's threads
        extra_units = tuple(units)
        for unit in extra_units:
            if not isinstance(unit, Unit):
                raise TypeError(f"units must be Unit objects, not {type(unit).__name__}")
        self._units = DEFAULT_UNITS.extended(extra_units) if extra_units else DEFAULT_UNITS
        places, companies = _names(places, "places"), _names(companies, "companies")
        if section_labels is not None and not isinstance(section_labels, Mapping):
            raise TypeError("section_labels must be a mapping of label → section kind")
        self._grammar = (
            DEFAULT_GRAMMAR.extended(section_labels, places, companies)
            if section_labels or places or companies
            else DEFAULT_GRAMMAR
        )
        self._qualifiers = ExtraQualifiers(qualifiers_before or {}, qualifiers_after or {})

    def extract(self, text: str, *, reference_date: date | None = None) -> Document:
        """Extract every mention from ``text``.

        ``reference_date`` anchors relative dates (今年, 3月, 去年以来); without it the
        article's own dateline or event year is used (``Document.reference_date`` says
        which).  Raises :class:`TypeError` for a non-``str`` text
        and never raises because of what the text contains.
        """
        require_str(text, "extract")
        if reference_date is not None and not isinstance(reference_date, date):
            raise TypeError(
                f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
            )
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
            projects=find_projects(ntext, money, quantities, dates, self._grammar),
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


def _names(names: Iterable[str], what: str) -> tuple[str, ...]:
    if isinstance(names, str):
        raise TypeError(f"{what} must be a list of names, not one string")
    out = tuple(names)
    for name in out:
        if not isinstance(name, str) or not name:
            raise TypeError(f"{what} must be non-empty strings, not {name!r}")
    return out


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
