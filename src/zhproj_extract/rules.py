"""What a rule is, its example corpus, and the one overlap policy for all dimensions.

A rule is data: a name, a description, and example sentences with what they must (and
must not) yield.  The test-suite runs every example of every rule, and the docs render
them, so the list of supported forms can never drift from what the code does.

Overlap policy (one, for every dimension): among mentions of one dimension whose spans
overlap, the longest wins; between equally long ones, the leftmost.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, TypeVar, cast, get_args

import regex

from .models import Mention

__all__ = [
    "DIMENSIONS",
    "Example",
    "FormMatch",
    "FormTable",
    "PatternRule",
    "Rule",
    "alternation",
    "example",
    "guarded",
    "resolve_overlaps",
    "scan",
]

M = TypeVar("M", bound=Mention)
T = TypeVar("T")


@dataclass(frozen=True)
class Example:
    """A sentence and the mentions a rule must find in it.

    ``expect`` lists, in text order, the fields each mention must have (``text`` is the
    surface; other keys such as ``value``, ``unit`` or ``qualifier`` are compared as
    strings).  An empty ``expect`` is a negative example: the sentence must yield nothing
    of this dimension.  ``xfail`` names a known limit: the example is expected to fail,
    strictly, so that fixing the limit shows up as a test to update.
    """

    sentence: str
    expect: tuple[dict[str, Any], ...] = ()
    xfail: str | None = None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of table words, escaped, longest first (so 超过 wins over 超)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def guarded(alternative: str, words: Iterable[str]) -> str:
    """``alternative``, a pattern that begins with one of ``words``, behind a lookahead for
    their first characters.

    ``regex`` tries an alternation word by word; the lookahead lets it pass over a
    position none of the words begins at with a single test (an optional qualifier or
    currency is tried before every numeral, and mostly absent).  It matches what
    ``alternative`` alone matches.
    """
    chars = "".join(map(regex.escape, sorted({word[0] for word in words if word})))
    return f"(?=[{chars}])(?:{alternative})"


def example(sentence: str, *expect: dict[str, str], xfail: str | None = None) -> Example:
    """An :class:`Example`, written compactly in a rule table."""
    return Example(sentence, tuple(expect), xfail)


@dataclass(frozen=True)
class Rule:
    """A named way of recognising a mention, with its example corpus."""

    name: str
    description: str
    examples: tuple[Example, ...] = field(default=())


#: The dimensions a :class:`PatternRule` can add mentions to.
Dimension = Literal["money", "quantities", "percentages", "dates"]
DIMENSIONS: tuple[str, ...] = get_args(Dimension)


@dataclass(frozen=True)
class PatternRule:
    """A rule a user adds to an :class:`~zhproj_extract.Extractor` without editing the package.

    ``forms`` is a table, form name → ``regex`` pattern (build one from words with
    :func:`alternation`); ``normalize`` turns a match into the fields of the dimension's
    model (``value`` and ``unit`` for money and quantities; ``start_date``/``end_date``
    and ``granularity`` for dates …), or returns None to reject the match.  Patterns run
    on the normalised text (full-width folded, traditional characters simplified, offsets
    kept), so ``１２`` and ``億`` arrive as ``12`` and ``亿``.  Each mention records
    ``<name>.<form>`` as its rule; where it overlaps a built-in mention of the same
    dimension, the longer wins, and on a tie the user's rule.  ``examples`` are the
    sentences :func:`zhproj_extract.testing.assert_examples` checks.

    >>> from zhproj_extract import Extractor
    >>> teu_rate = PatternRule(
    ...     "teu_fee", "money", {"per_teu": r"(?P<n>[0-9]+)元每标箱"},
    ...     lambda m: {"value": m.group("n"), "unit": "CNY", "kind": "rate", "per": "标箱"})
    >>> [(m.text, m.value, m.per, m.rule) for m in Extractor(rules=[teu_rate]).extract("收费300元每标箱").money]
    [('300元每标箱', Decimal('300'), '标箱', 'teu_fee.per_teu')]
    """

    name: str
    dimension: Dimension
    forms: Mapping[str, str]
    normalize: Callable[[regex.Match[str]], Mapping[str, Any] | None]
    description: str = ""
    examples: tuple[Example, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise TypeError(f"PatternRule name must be a non-empty string, not {self.name!r}")
        if not isinstance(self.forms, Mapping):
            raise TypeError(
                f"PatternRule {self.name!r}: forms must be a mapping of form name → pattern, "
                f"not {type(self.forms).__name__}"
            )
        for form, pattern in self.forms.items():
            if not isinstance(form, str) or not isinstance(pattern, str):
                raise TypeError(
                    f"PatternRule {self.name!r}: forms must map names to pattern strings, "
                    f"not {form!r}: {pattern!r}"
                )
        if not isinstance(self.description, str):
            raise TypeError(f"PatternRule {self.name!r}: description must be a string")
        if isinstance(self.examples, str) or not all(isinstance(e, Example) for e in self.examples):
            raise TypeError(f"PatternRule {self.name!r}: examples must be Example objects")
        if self.dimension not in DIMENSIONS:
            raise ValueError(
                f"PatternRule {self.name!r}: dimension must be one of {', '.join(DIMENSIONS)}, "
                f"not {self.dimension!r}"
            )
        if not self.forms:
            raise ValueError(f"PatternRule {self.name!r} has no forms")
        if not callable(self.normalize):
            raise TypeError(f"PatternRule {self.name!r}: normalize must be callable")
        for form, pattern in self.forms.items():
            try:
                regex.compile(pattern)
            except regex.error as error:
                raise ValueError(f"PatternRule {self.name!r}, form {form!r}: {error}") from None

    @functools.cached_property
    def pattern(self) -> regex.Pattern[str]:
        """One alternation of the forms, each in a group ``F_<form>``."""
        return regex.compile("|".join(f"(?P<F_{i}>{p})" for i, p in enumerate(self.forms.values())))

    def form(self, match: regex.Match[str]) -> str:
        """The name of the form that made ``match``."""
        names = list(self.forms)
        return next(names[i] for i in range(len(names)) if match.start(f"F_{i}") >= 0)


def resolve_overlaps(mentions: Iterable[M]) -> list[M]:
    """Keep non-overlapping mentions: longest first, then leftmost; return in text order.

    Works cluster by cluster (a cluster is a run of transitively overlapping spans), so
    the cost stays linear in the number of mentions for text of any length.  Most lists
    arrive in text order with no overlap at all, and are kept as they are.
    """
    ordered = list(mentions)
    if _in_order_apart(ordered):
        return ordered
    ordered.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[M] = []
    cluster: list[M] = []
    cluster_end = -1
    for mention in ordered:
        if cluster and mention.start >= cluster_end:
            kept.extend(_choose(cluster))
            cluster = []
        cluster.append(mention)
        cluster_end = max(cluster_end, mention.end) if len(cluster) > 1 else mention.end
    kept.extend(_choose(cluster))
    return kept


def _in_order_apart(mentions: Sequence[Mention]) -> bool:
    """Does each mention begin after the one before it has begun and ended?  Then each is
    a cluster of its own, and :func:`resolve_overlaps` keeps them all in this order."""
    start = end = -1
    for mention in mentions:
        if mention.start <= start or mention.start < end:
            return False
        start, end = mention.start, mention.end
    return True


def _choose(cluster: Sequence[M]) -> list[M]:
    if len(cluster) <= 1:
        return list(cluster)
    chosen: list[M] = []
    for mention in sorted(cluster, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


def scan(
    pattern: regex.Pattern[str],
    text: str,
    build: Callable[[regex.Match[str]], tuple[T | None, int]],
) -> Iterator[T]:
    """Every item ``build`` makes from the matches of ``pattern`` in ``text``, left to right.

    ``build`` returns the item (or None) and where scanning resumes, so a rejected match
    skips its whole numeral run instead of retrying inside it: linear in ``len(text)``.
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        item, resume = build(m)
        if item is not None:
            yield item
        pos = max(resume, m.start() + 1)


class FormMatch:
    """A match of one form of a :class:`FormTable`, read by group name as a ``regex`` match.

    It answers as a match of one alternation of all the table's forms would: a group only
    other forms define, and ``F_<form>`` of another form, reads as None, starts and ends
    at -1; ``groupdict()`` holds every group of the table.  So a reader can ask any match
    for ``y`` without knowing which form made it.  Groups are read by name (or 0, the
    whole match); ``form`` names the form.
    """

    __slots__ = ("_absent", "_match", "form")

    def __init__(self, form: str, match: regex.Match[str], absent: Mapping[str, None]) -> None:
        self.form = form
        self._match = match
        self._absent = absent  # the table's groups this form lacks, in table order

    def group(self, *groups: str | int) -> Any:
        """The text of one group (the whole match by default), or a tuple of several."""
        if len(groups) == 1:
            return None if groups[0] in self._absent else self._match.group(groups[0])
        if not groups:
            return self._match.group()
        return tuple(None if g in self._absent else self._match.group(g) for g in groups)

    __getitem__ = group

    def groupdict(self, default: Any = None) -> dict[str, Any]:
        """Every group of the table by name: this form's, then the others' (``default``)."""
        return {**self._match.groupdict(default), **dict.fromkeys(self._absent, default)}

    def start(self, group: str | int = 0) -> int:
        return -1 if group in self._absent else cast(int, self._match.start(group))

    def end(self, group: str | int = 0) -> int:
        return -1 if group in self._absent else cast(int, self._match.end(group))

    def span(self, group: str | int = 0) -> tuple[int, int]:
        if group in self._absent:
            return (-1, -1)
        return cast("tuple[int, int]", self._match.span(group))

    @property
    def string(self) -> str:
        """The text the match was made in."""
        return cast(str, self._match.string)

    def __repr__(self) -> str:
        return f"<FormMatch form={self.form!r} span={self.span()} match={self.group()!r}>"


class FormTable:
    """Named forms (name → pattern), tried only where they can begin.

    One alternation of dozens of forms, tried at every position, spends its time failing;
    a table tries a position only where a cheap ``starts`` pattern matches, at each position
    the match covers (a run of numerals before 年 may hold a date inside it: 二二月; compiled
    with the standard library's ``re``, which scans a plain character class about three
    times faster than ``regex``; keep them to classes, lookarounds and greedy runs, and open
    them with a class, which ``re`` skips to at once), and then only the forms that can
    begin with the next two characters, or, inside one of the ``runs`` (digits), with the
    rest of the run and the character after it.  Which forms those are is asked of
    ``regex`` itself (a partial match of each form against that opening, among the forms
    that can begin with its first character), once per opening, so the dispatch is derived
    from the patterns and cannot drift from them.  Where an opening leaves several forms
    (2023年 leaves the forms of 2023年3月, 2023年第一季度, 2023年计划 …), the character
    after it narrows them further, asked the same way once that longer opening is met
    again (a stream of new texts meets many openings only once, and asking costs more
    than trying the opening's forms once).

    There, those forms are tried one by one in table order, each compiled on its own, and
    the first that matches wins.  That is what one alternation of them would return (at a
    fixed position an alternation returns its first alternative that matches, lookarounds
    included: nothing follows it that could make it backtrack into a later one), without
    compiling an alternation for each set of forms, which cost a fresh process most of a
    second.  The :class:`FormMatch` it returns reads the groups of the other forms as empty,
    as such an alternation's match did, so ``match.group(name)`` works on any match.  Each
    form is wrapped in a group ``F_<name>``.  Forms are compiled on first use, so building
    a table (importing the module that defines it) stays cheap.
    """

    #: Openings remembered before the cache starts afresh (memory stays bounded).
    CACHE_SIZE = 20_000

    #: The longest opening a run gives the dispatch (see ``runs``).
    LONGEST_OPENING = 10

    def __init__(
        self, forms: Mapping[str, str], starts: Iterable[str], runs: str | None = None
    ) -> None:
        self.forms = dict(forms)
        self._starts = tuple(re.compile(start) for start in starts)
        #: Runs (of digits, say) that open many forms: at a position inside one, the forms
        #: are chosen by the rest of the run and the character after it (2023年 rules out
        #: the forms of 3月 and 15日), not by the next two characters alone.
        self._runs = re.compile(runs) if runs else None
        self._each: tuple[_Form, ...] = ()  # compiled on first use
        self._by_opening: dict[str, tuple[_Form, ...]] = {}
        #: An opening and the character after it → the forms that can begin with both,
        #: or None where it was met once (see :meth:`_narrowed`).
        self._by_longer: dict[str, tuple[_Form, ...] | None] = {}

    def candidates(self, text: str) -> list[int]:
        """Positions where a form may begin, in order: each one a start pattern covers."""
        positions: list[int] = []
        for start in self._starts:
            for m in start.finditer(text):
                begin, end = m.span()
                if end - begin > 1:
                    positions.extend(range(begin, end))
                else:
                    positions.append(begin)
        return sorted(set(positions))

    def match(self, text: str, pos: int) -> FormMatch | None:
        """The first form (in table order) that matches at ``pos``, if any."""
        end = pos + 2
        if self._runs is not None and (run := self._runs.match(text, pos)) is not None:
            end = min(run.end() + 1, pos + self.LONGEST_OPENING)
        opening = text[pos:end]
        forms = self._by_opening.get(opening)
        if forms is None:
            forms = self._dispatch(opening)
        if len(forms) > 1 and end < len(text):
            longer = text[pos : end + 1]
            narrowed = self._by_longer.get(longer)
            forms = narrowed if narrowed is not None else self._narrowed(longer, forms)
        for name, pattern, absent in forms:
            m = pattern.match(text, pos)
            if m is not None:
                return FormMatch(name, m, absent)
        return None

    def form(self, match: FormMatch) -> str:
        """The name of the form that made ``match``."""
        return match.form

    def scan(self, text: str, build: Callable[[FormMatch], tuple[T | None, int]]) -> Iterator[T]:
        """Like :func:`scan`, over the table's candidate positions."""
        resume = 0
        for pos in self.candidates(text):
            if pos < resume or (m := self.match(text, pos)) is None:
                continue
            item, resume = build(m)
            if item is not None:
                yield item
            resume = max(resume, pos + 1)

    def _dispatch(self, opening: str) -> tuple[_Form, ...]:
        """The forms that can begin with ``opening`` (two characters, or a run and the
        character after it), remembered.

        Only the forms that can begin with its first character are asked (a form that can
        begin with an opening can begin with its first character): a page meets hundreds
        of openings but a few dozen first characters.
        """
        if not self._each:
            each = {n: regex.compile(f"(?P<F_{n}>{p})") for n, p in self.forms.items()}
            groups = dict.fromkeys(g for pattern in each.values() for g in pattern.groupindex)
            self._each = tuple(
                _Form(n, p, dict.fromkeys(g for g in groups if g not in p.groupindex))
                for n, p in each.items()
            )
        if len(self._by_opening) >= self.CACHE_SIZE:
            self._by_opening.clear()
            self._by_longer.clear()
        first = opening[:1]
        forms = self._by_opening.get(first)
        if forms is None:
            forms = self._by_opening[first] = _beginning(self._each, first)
        if len(opening) > 1:
            forms = _beginning(forms, opening)
            self._by_opening[opening] = forms
        return forms

    def _narrowed(self, longer: str, forms: tuple[_Form, ...]) -> tuple[_Form, ...]:
        """Those of ``forms`` (an opening's) that can begin with ``longer`` (the opening
        and the character after it), asked and remembered when ``longer`` is met again.

        Met once, ``forms`` themselves are tried: they hold every form that can begin there,
        in table order, so the first that matches is the same.
        """
        if longer not in self._by_longer:
            if len(self._by_longer) >= self.CACHE_SIZE:
                self._by_longer.clear()
            self._by_longer[longer] = None
            return forms
        narrowed = self._by_longer[longer] = _beginning(forms, longer)
        return narrowed


class _Form(NamedTuple):
    name: str
    pattern: regex.Pattern[str]
    absent: dict[str, None]  # the table's groups this form lacks


def _beginning(forms: tuple[_Form, ...], opening: str) -> tuple[_Form, ...]:
    """Those of ``forms`` that can begin with ``opening``, in order (``regex`` is asked for
    a partial match of each against it)."""
    return tuple(f for f in forms if f.pattern.match(opening, partial=True))
