"""Numerals found once per text: the numeric atoms every dimension classifies.

Money, quantities and percentages each read a number with the words around it: a
qualifier or a currency before it, a unit, 元 or % after it.  Rather than each running its
own large pattern at every position of the text, the text is lexed once (:func:`lex`):
every numeral run (:data:`~zhproj_extract.numbers.numerals.NUMX`: Arabic, Chinese or
mixed, with its scale and vague marks) becomes an :class:`Atom` with its span.  A
dimension then tries its pattern only where one of its matches can begin (:func:`scan`):
at an atom, or at a word of its own that opens a match before an atom within reach (约,
人民币, 零下), or at a word that is a match without a numeral (半成).  Those are all the
positions its pattern can match at, so it finds exactly what a scan of every position
finds (``tests/test_lexer.py`` checks this against the scan for every position of
generated text), in a fraction of the time.

The lexed text is kept with the :class:`~zhproj_extract.reading.text.NormalizedText`, so
the dimensions of one extraction share it.

At those positions the patterns are matched by the standard library's ``re``, which
matches one of these large patterns at a given position several times faster than
``regex``, wherever it reads the text as ``regex`` does (:func:`_standard`).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple, TypeAlias, TypeVar

import regex

from ..reading.text import NormalizedText
from .numerals import NUMX, NUMX_FIRST, Numeral, read_numeral

__all__ = [
    "HAN",
    "Atom",
    "Lexed",
    "Match",
    "Openers",
    "lex",
    "may_follow",
    "scan",
    "small_pattern",
]

T = TypeVar("T")
#: A match of a dimension's pattern, by ``re`` or by ``regex`` (see :func:`scan`).
Match: TypeAlias = "re.Match[str] | regex.Match[str]"

#: A numeral run, behind a lookahead for the characters one can begin with: ``re`` (see
#: :func:`_standard`) then skips to those characters instead of trying the whole pattern
#: at every position of the text.
_NUMERAL_RUN = regex.compile(rf"(?={NUMX_FIRST}){NUMX}", regex.VERBOSE)
#: Marks that make a numeral vague (三十多, 2000余, 几十).
_VAGUE = frozenset("多余几数")
_BIG_SCALES = frozenset("万亿兆kKwW")


class Atom(NamedTuple):
    """One numeral run in the normalised text: ``text == ntext.text[start:end]``."""

    start: int
    end: int
    text: str

    @property
    def numeral(self) -> Numeral | None:
        """The exact value (None when the run is no valid numeral: 一5亿 after 之)."""
        return read_numeral(self.text.replace("个", "").replace(" ", ""))

    @property
    def vague(self) -> bool:
        """Whether a vague mark (多, 余, 几, 数) is part of the run."""
        return not _VAGUE.isdisjoint(self.text)

    @property
    def scaled(self) -> bool:
        """Whether the run carries a big scale of its own (万, 亿, 兆, k, w …)."""
        return not _BIG_SCALES.isdisjoint(self.text)


@dataclass(frozen=True)
class Lexed:
    """The atoms of one text, in order, and their start offsets."""

    atoms: tuple[Atom, ...]
    offsets: tuple[int, ...]
    by_start: dict[int, Atom]


def lex(ntext: NormalizedText) -> Lexed:
    """The numeral runs of ``ntext``, found on first use and kept with it."""
    found = ntext.memo.get("lexed")
    if found is None:
        runs = _standard(_NUMERAL_RUN) if _engines_agree(ntext) else _NUMERAL_RUN
        atoms = tuple(Atom(m.start(), m.end(), m.group()) for m in runs.finditer(ntext.text))
        found = ntext.memo["lexed"] = Lexed(
            atoms, tuple(a.start for a in atoms), {a.start: a for a in atoms}
        )
    assert isinstance(found, Lexed)
    return found


class Openers:
    """Where a dimension's matches may begin other than at a numeral.

    ``before`` are the words that may open a match before its numeral (qualifiers,
    currency names and symbols, signs), ``reach`` how many characters from a match's start
    its numeral may begin at most; ``alone`` the words that make a match without any
    numeral (半 in 半成), which a word of ``before`` may open too (约半成).  A match can
    begin only at an atom or where one of these words stands.
    """

    def __init__(self, before: Iterable[str], reach: int, alone: Iterable[str] = ()) -> None:
        self.reach = reach
        self._before = _Words(before)
        self._alone = _Words(alone)

    def positions(self, ntext: NormalizedText, lexed: Lexed) -> list[int]:
        """Where this dimension may begin a match in ``ntext``, in order."""
        text, reach = ntext.text, self.reach
        alone = self._alone.positions(text)
        # what a word before may open: an atom, or a word that is a match on its own
        offsets = sorted({*lexed.offsets, *alone}) if alone else lexed.offsets
        found = []
        for pos in self._before.positions(text):
            i = bisect_right(offsets, pos)
            if i < len(offsets) and offsets[i] - pos <= reach:
                found.append(pos)
        return sorted([*found, *alone]) if alone else found


class _Words:
    """Where any of a list of words stands in a text, overlapping ones included (the
    standard library's ``re`` scans such a list faster than ``regex``)."""

    def __init__(self, words: Iterable[str]) -> None:
        ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
        self._any = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        self._by_first: dict[str, tuple[str, ...]] = {}
        for word in ordered:
            self._by_first[word[0]] = (*self._by_first.get(word[0], ()), word)

    def positions(self, text: str) -> list[int]:
        """Every offset where one of the words begins, in order."""
        if self._any is None:
            return []
        found = []
        for m in self._any.finditer(text):
            found.append(m.start())
            for pos in range(m.start() + 1, m.end()):  # 美元人民币: 元人民币 begins inside 美元
                if any(text.startswith(w, pos) for w in self._by_first.get(text[pos], ())):
                    found.append(pos)
        return found


def scan(
    pattern: regex.Pattern[str],
    ntext: NormalizedText,
    openers: Openers,
    build: Callable[[Match], tuple[T | None, int]],
    keep: Callable[[Atom], bool] | None = None,
) -> Iterator[T]:
    """The items of :func:`zhproj_extract.rules.scan` over ``ntext``, trying ``pattern``
    only where a match may begin: at an atom, where ``openers`` say, and, when an item
    ends inside a numeral run (5毛五几十: 五 is the 毛's), at each position left of the run.

    ``keep`` says of an atom whether a match beginning at it can be worth building (a
    unit, currency or separator stands after it); an atom it refuses is passed over as
    ``build`` would pass over its match, without matching: reading resumes after it.

    ``pattern`` is matched by ``re`` (its :func:`_standard` twin) unless the text holds a
    character the two engines read apart; ``build`` gets the match of either.
    """
    text = ntext.text
    matcher = _standard(pattern) if _engines_agree(ntext) else pattern
    lexed = lex(ntext)
    atoms, offsets = lexed.atoms, lexed.offsets
    opened = openers.positions(ntext, lexed)
    # atoms and opener positions in text order; an opener that is also a numeral (零 of
    # 零下) is tried as an opener, so ``keep`` never passes over it
    at_opener = set(opened)
    positions = sorted(at_opener.union(offsets)) if opened else offsets
    rest_of_run: list[int] = []  # positions left of a run an item ended inside, reversed
    resume = 0
    k = 0
    while rest_of_run or k < len(positions):
        if rest_of_run:
            pos, atom = rest_of_run.pop(), None
        else:
            pos = positions[k]
            k += 1
            atom = None if pos in at_opener else lexed.by_start.get(pos)
        if pos < resume:
            continue
        if atom is not None and keep is not None and not keep(atom):
            resume = atom.end
            continue
        if (m := matcher.match(text, pos)) is None:
            continue
        item, resume = build(m)
        if item is not None:
            yield item
        resume = max(resume, pos + 1)
        i = bisect_right(offsets, resume) - 1
        if i >= 0 and atoms[i].start < resume < atoms[i].end:
            rest_of_run = list(range(atoms[i].end - 1, resume - 1, -1))


def may_follow(words: Iterable[str], spaces: int = 2) -> re.Pattern[str]:
    """A test for what stands right after an atom: whether, after up to ``spaces`` spaces,
    one of ``words`` may begin there (its first character does).  A dimension's ``keep``
    for :func:`scan` is built from it, with the words its pattern may read next."""
    chars = sorted({w[0] for w in words if w})
    assert chars, "may_follow needs words"
    return re.compile(f"[ ]{{0,{spaces}}}[{''.join(map(re.escape, chars))}]")


#: The Han script as ``regex`` reads ``\p{Han}``, spelt out for the standard library's
#: ``re``, which has no script classes (``tests/test_engines.py`` checks every character).
HAN = (
    r"\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b"
    r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3"
    r"\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead"
    r"\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a"
    r"\U00031350-\U00033479"
)

#: The characters ``re`` reads otherwise than ``regex`` in the dimensions' patterns: a
#: decimal digit other than 0-9 (``regex`` knows the digits of newer Unicode versions
#: than ``re``) and the dotted and dotless i, which ``re`` takes for an i in a unit
#: matched in any case (kbit).  A text that holds one is matched by ``regex`` itself.
_READ_APART = regex.compile(r"[^\D0-9]|[ıİ]")


#: A character outside the blocks most Chinese text is written in (ASCII, Latin-1,
#: general punctuation, CJK symbols and ideographs, full-width forms but their digits),
#: which hold none of :data:`_READ_APART` (``tests/test_small_patterns.py`` checks
#: every character): ``re`` finds one at once, where ``regex`` searching for
#: :data:`_READ_APART` itself takes several times longer over a whole text.
_OUTSIDE_PLAIN_BLOCKS = re.compile(
    r"[^\x00-\xff\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff"
    r"\uff00-\uff0f\uff1a-\uffef]"
)


def _engines_agree(ntext: NormalizedText) -> bool:
    """Whether ``re`` reads ``ntext`` as ``regex`` does; found once per text."""
    agree = ntext.memo.get("engines_agree")
    if agree is None:
        text = ntext.text
        agree = ntext.memo["engines_agree"] = (
            _OUTSIDE_PLAIN_BLOCKS.search(text) is None or _READ_APART.search(text) is None
        )
    return bool(agree)


#: What ``re`` and ``regex`` read apart in a pattern: a class of digits, word characters,
#: spaces or word boundaries, or a letter matched in any case.
_APART_IN_PATTERN = re.compile(r"\\[dDwWsSbB]|\(\?[a-zA-Z]*i")


def small_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""A dimension's small pattern (a word list, a class of characters, a lookaround),
    compiled by the standard library's ``re``: it matches such a pattern at a position
    in about half the instructions ``regex`` takes, and a dimension tries several at each
    amount.

    The pattern may hold nothing the two engines read apart (see
    :data:`_APART_IN_PATTERN`), so that both read every text alike; ``\p{Han}`` is spelt
    out as :data:`HAN`.
    """
    apart = _APART_IN_PATTERN.search(pattern) or flags & re.IGNORECASE
    assert not apart, f"re and regex read {pattern!r} apart"
    return re.compile(pattern.replace(r"\p{Han}", HAN), flags)


@functools.cache
def _standard(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` compiled by the standard library's ``re`` (on first use), with
    ``\p{Han}``, which it may hold in a character class, spelt out as :data:`HAN`.

    At a given position ``re`` matches these large patterns several times faster than
    ``regex``: its possessive quantifiers and alternations cost less.  The ``regex``
    pattern stays the one a dimension defines and the tests review; this twin is only
    how :func:`scan` matches it.
    """
    assert not pattern.flags & ~(regex.VERBOSE | regex.UNICODE | regex.VERSION0)
    flags = re.VERBOSE if pattern.flags & regex.VERBOSE else 0
    return re.compile(pattern.pattern.replace(r"\p{Han}", HAN), flags)
