"""Qualifier words a user adds to an Extractor, applied to the mentions already found.

The built-in qualifier words (约, 超, 以上 …) are part of each dimension's pattern.  A
user's words (逼近, 开外 …) are read around each money, quantity and percentage mention
instead, so adding one needs no pattern rebuilt: a word just before a mention (up to two
spaces between) or just after it widens the span to hold it and sets the qualifier, as the
built-in words do.  A user's word that holds a built-in one (逼近 holds 近) wins over it;
otherwise a mention that already states a qualifier, or is a range, keeps it, and a word
that another mention already covers is left alone.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from typing import TypeVar, get_args

from ..models import Measure, Mention, Qualifier
from ..reading.text import NormalizedText

__all__ = ["ExtraQualifiers"]

M = TypeVar("M", bound=Measure)


class ExtraQualifiers:
    """Words before and after a number, each with the qualifier it states."""

    def __init__(self, before: Mapping[str, str], after: Mapping[str, str]) -> None:
        allowed = set(get_args(Qualifier)) - {"exact", "range"}
        for word, qualifier in [*before.items(), *after.items()]:
            if not isinstance(word, str) or not word:
                raise TypeError(f"qualifier words must be non-empty strings, not {word!r}")
            if qualifier not in allowed:
                raise ValueError(
                    f"qualifier of {word!r} must be one of {', '.join(sorted(allowed))}, "
                    f"not {qualifier!r}"
                )
        self.before = sorted(before.items(), key=lambda kv: -len(kv[0]))
        self.after = sorted(after.items(), key=lambda kv: -len(kv[0]))

    def __bool__(self) -> bool:
        return bool(self.before or self.after)

    def apply(self, ntext: NormalizedText, mentions: list[M], taken: Sequence[Mention]) -> list[M]:
        """``mentions`` with the user's qualifier words taken in; ``taken`` are the spans
        of every dimension (in any order), which a widened span must not reach into."""
        spans = sorted((m.start, m.end) for m in taken)
        return [self._widen(ntext, m, spans) if m.qualifier != "range" else m for m in mentions]

    def _widen(self, ntext: NormalizedText, mention: M, spans: list[tuple[int, int]]) -> M:
        text = ntext.text
        start, end = ntext.to_normalized(mention.start), ntext.to_normalized(mention.end)
        gap = start
        while gap > 0 and start - gap < 2 and text[gap - 1] == " ":
            gap -= 1
        found = next(self._fits(text, gap, start, end, mention.qualifier == "exact"), None)
        if found is None:
            return mention
        o_start, o_end = ntext.span(found[0], found[1])
        if _overlaps(spans, o_start, o_end, mention):
            return mention
        return mention.model_copy(
            update={
                "text": ntext.original[o_start:o_end],
                "start": o_start,
                "end": o_end,
                "qualifier": found[2],
            }
        )

    def _fits(
        self, text: str, gap: int, start: int, end: int, exact: bool
    ) -> Iterator[tuple[int, int, str]]:
        """Each (start, end, qualifier) a user's word gives the mention, best first.

        ``held`` characters of a word may lie inside the mention already, as its own
        qualifier word (逼近 holds 近); a mention without one takes whole words only.
        """
        for word, qualifier in self.before:
            for held in range(len(word)):
                at = (gap if held == 0 else start) - (len(word) - held)
                if (exact or held) and at >= 0 and text.startswith(word, at):
                    yield at, end, qualifier
        for word, qualifier in self.after:
            for held in range(len(word)):
                if (exact or held) and text.startswith(word, end - held):
                    yield start, end - held + len(word), qualifier


def _overlaps(spans: list[tuple[int, int]], start: int, end: int, own: Mention) -> bool:
    """Whether ``[start, end)`` reaches into a span other than ``own``'s."""
    i = bisect_left(spans, (start, -1))
    for a, b in spans[max(0, i - 1) : i + 3]:
        if (a, b) != (own.start, own.end) and a < end and start < b:
            return True
    return False
