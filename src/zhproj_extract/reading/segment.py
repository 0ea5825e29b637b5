"""The segmentation layer: a private jieba tokenizer with a domain dictionary.

Numbers are found with patterns; words matter only at a few decisions, such as whether
"五角" is money or the first half of 五角大楼, or where a company or place name ends.
Those decisions ask :func:`is_boundary` or :func:`tokens` about a short window of text.

The tokenizer is our own ``jieba.Tokenizer`` (the global one is never touched), created
once per process on first use behind a lock, so ``import zhproj_extract`` stays light and
a text whose numbers need no word boundary never loads jieba's dictionary at all.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any

__all__ = ["Token", "is_boundary", "tokenizer", "tokens"]

#: How far either side of a position :func:`is_boundary` looks; jieba's decisions are
#: local, and a bounded window keeps extraction linear in the length of the text.
WINDOW = 12

#: The characters jieba segments with its dictionary (the class of its ``re_han_default``).
#: Any other character is a word of its own (a CR LF pair excepted), so a word boundary
#: falls on either side of it, whatever the words around it.
_JIEBA_SEGMENTED = "\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-"
_SEGMENTED = re.compile(f"[{_JIEBA_SEGMENTED}]")

_lock = threading.Lock()
_tokenizer: Any = None


@dataclass(frozen=True)
class Token:
    """A word with its offsets in the text that was segmented."""

    word: str
    start: int
    end: int


def tokenizer() -> Any:
    """The process-wide private ``jieba.Tokenizer``, built on first call.

    Its words are jieba's main dictionary and then ``data/domain_dict.txt`` (amounts and
    units, company and place suffixes), read one word at a time from this machine's
    frequency file (:mod:`.word_freq`) instead of loaded whole: the same words and
    frequencies, so the same segmentation, without 1.5 s and 100 MB at the first
    question.  jieba is imported here, not at module import.
    """
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import logging

                import jieba

                from .word_freq import WordFrequencies, whole_tokenizer

                try:
                    frequencies = WordFrequencies()
                except (OSError, sqlite3.Error):  # no folder to keep the file in: load whole
                    _tokenizer = whole_tokenizer()
                else:
                    jieba.setLogLevel(logging.WARNING)
                    tk = jieba.Tokenizer()
                    tk.FREQ, tk.total, tk.initialized = frequencies, frequencies.total, True
                    _tokenizer = tk
    return _tokenizer


def tokens(text: str) -> list[Token]:
    """Segment ``text`` into words with their offsets (jieba's default mode, no HMM).

    HMM is off so that unknown words are never invented across a number and its unit.
    """
    return [Token(w, s, e) for w, s, e in tokenizer().tokenize(text, HMM=False)]


def is_boundary(text: str, pos: int) -> bool:
    """Whether a word boundary falls at ``pos`` in ``text``.

    Only a window of :data:`WINDOW` characters either side is segmented, cut at clause
    punctuation, so each question costs a bounded amount of work; none is where a
    neighbouring character settles the answer.
    """
    if pos <= 0 or pos >= len(text) or _stands_apart(text, pos):
        return True
    return _window_boundary(text, pos)


def _window_boundary(text: str, pos: int) -> bool:
    """Whether jieba puts a word boundary at ``pos`` (inside ``text``) when it segments the
    window around it (see :func:`is_boundary`)."""
    lo = max(0, pos - WINDOW)
    hi = min(len(text), pos + WINDOW)
    for stop in "，。；！？\n":
        cut = text.rfind(stop, lo, pos)
        if cut >= 0:
            lo = max(lo, cut + 1)
        cut = text.find(stop, pos, hi)
        if cut >= 0:
            hi = min(hi, cut)
    window = text[lo:hi]
    local = pos - lo
    return local in _word_starts(window) or local in (0, len(window))


def _stands_apart(text: str, pos: int) -> bool:
    """Whether a character on either side of ``pos`` (inside ``text``) is a word of its
    own for jieba (a punctuation mark, a space): then a boundary falls at ``pos``, and no
    window need be segmented to say so."""
    return text[pos - 1 : pos + 1] != "\r\n" and not (
        _SEGMENTED.match(text, pos - 1) and _SEGMENTED.match(text, pos)
    )


@functools.lru_cache(maxsize=1024)
def _word_starts(window: str) -> frozenset[int]:
    """Where the words of ``window`` begin, as :func:`tokens` segments it (without making
    a Token of each word); remembered, as the dimensions of one text ask about the same
    windows (两条 is read by money and by quantities)."""
    return frozenset(start for _, start, _ in tokenizer().tokenize(window, HMM=False))
