"""Stage words found from one overlapped scan read as looking for each word in turn."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.models import Stage
from zhproj_extract.projects import fields
from zhproj_extract.projects.grammar import ALSO_TELLS, NOT_STAGES, STAGES
from zhproj_extract.reading.text import clause_start

#: The stage words and the words that block them, cut into pieces too, so a window may
#: end inside one, or two may overlap.
_WORDS = {w for ws in STAGES.values() for w in ws} | set(NOT_STAGES)
_PIECES = sorted({w[i:j] for w in _WORDS for i in range(len(w)) for j in range(i + 1, len(w) + 1)})
_TEXT = st.lists(st.sampled_from([*_PIECES, "，", "项目"]), max_size=12).map("".join)


def _stages_word_by_word(text: str, start: int, end: int) -> list[tuple[Stage, str, int]]:
    """stages() as each stage word looked for in turn reads them."""
    blocked = [(m.start(), m.end()) for m in fields._NOT_STAGES.finditer(text, start, end)]
    found = []
    for stage, words in fields._STAGE_WORDS:
        first: tuple[int, str, int] | None = None
        for word in words:
            at = text.find(word, start, end)
            # not where a word rules it out, nor inside a stage word found before it (建成
            # of 建成投产 does not hide a later 建成)
            while at >= 0 and (
                any(a <= at < b for a, b in blocked)
                or any(f_at <= at < f_at + len(f_word) for _, f_word, f_at in found)
            ):
                at = text.find(word, at + 1, end)
            told = (
                clause_start(text, at, at - start, fields._STAGE_SENTENCE_STOPS)
                if at >= 0
                else None
            )
            if told is not None and (first is None or told < first[2]):
                first = (at, word, told)  # the first sentence's word, the longest there
        if first is not None:
            found.append((stage, first[1], first[0]))
    found.sort(key=lambda f: f[2])
    kept: list[tuple[Stage, str, int]] = []
    for stage, word, at in found:
        if not any(k <= at < k + len(w) or at <= k < at + len(word) for _, w, k in kept):
            kept.append((stage, word, at))
    for stage, word, at in list(kept):  # 建成投产: completion too, unless told otherwise
        also = ALSO_TELLS.get(word)
        if also is not None and all(s != also for s, _, _ in kept):
            kept.insert(kept.index((stage, word, at)), (also, word, at))
    return kept


@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_stages_read_as_each_word_looked_for(text: str, start: int, end: int) -> None:
    assert fields.stages(text, start, end) == _stages_word_by_word(text, start, end)


def test_stages_of_words_within_words() -> None:
    text = "建成投产投入生产，建成投产后复工开工建设签订协议"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert fields.stages(text, start, end) == _stages_word_by_word(text, start, end)
