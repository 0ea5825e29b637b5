"""The overlap policy keeps the same mentions, in the same order, whether a list arrives
in text order and apart (kept as it is) or has to be sorted into clusters."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.rules import resolve_overlaps


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    name: int  # tells apart equal spans


def _policy(mentions: list[_Span]) -> list[_Span]:
    """The policy read directly: longest first, then leftmost, each kept unless it overlaps
    one kept before; returned by start (equal starts in the order they were kept)."""
    chosen: list[_Span] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


_SPANS = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 6)).map(lambda s: (s[0], s[0] + s[1])),
    max_size=12,
).map(lambda spans: [_Span(a, b, i) for i, (a, b) in enumerate(spans)])


@given(_SPANS)
def test_the_policy_holds_for_any_spans(mentions: list[_Span]) -> None:
    assert resolve_overlaps(mentions) == _policy(mentions)  # type: ignore[type-var]


@given(_SPANS)
def test_the_policy_holds_for_spans_in_text_order(mentions: list[_Span]) -> None:
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    assert resolve_overlaps(ordered) == _policy(ordered)  # type: ignore[type-var]


def test_mentions_in_order_and_apart_are_kept_as_they_are() -> None:
    mentions = [_Span(0, 2, 0), _Span(2, 2, 1), _Span(3, 5, 2), _Span(5, 9, 3)]
    assert resolve_overlaps(mentions) == mentions  # type: ignore[type-var]
    assert resolve_overlaps([_Span(5, 5, 0), _Span(5, 8, 1)]) == [_Span(5, 8, 1), _Span(5, 5, 0)]  # type: ignore[type-var]
