"""The text layer: a normalised copy of the input for matching, with a map back.

Extractors match against :class:`NormalizedText.text`, where full-width forms are
folded to ASCII, traditional characters to simplified, odd spaces to plain ones,
thousands separators are dropped and paragraphs broken mid-sentence by page layout are
re-joined.  Every span they report goes through :meth:`NormalizedText.span`, so users
only ever see offsets into the *original* string (``text == original[start:end]``).

One-for-one replacements keep offsets as they are; the two kinds of deletion
(separators, layout breaks) are recorded as cut points, so the map costs memory in
proportion to the number of deletions, not to the length of the text.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

__all__ = ["NormalizedText", "clause_end", "clause_start", "normalize", "require_str"]


def clause_start(text: str, pos: int, limit: int, stops: str) -> int:
    """Where the clause holding ``pos`` starts: after the last of ``stops`` before it,
    looking back at most ``limit`` characters (so cue searches stay bounded)."""
    lo = max(0, pos - limit)
    stop = _one_of(stops, True).search(text, lo, pos) if stops else None
    return lo if stop is None else stop.end()


def clause_end(text: str, pos: int, limit: int, stops: str) -> int:
    """Where the clause holding ``pos`` ends: at the first of ``stops`` from ``pos`` on,
    looking ahead at most ``limit`` characters."""
    hi = min(len(text), pos + limit)
    stop = _one_of(stops, False).search(text, pos, hi) if stops else None
    return hi if stop is None else stop.start()


@lru_cache(maxsize=64)
def _one_of(stops: str, backwards: bool) -> regex.Pattern[str]:
    """A pattern for any one of ``stops``: a compiled class finds the nearest one faster
    than a Python loop over the characters once a clause is a few characters long."""
    chars = "".join(regex.escape(c) for c in stops)
    return regex.compile(f"[{chars}]", regex.REVERSE if backwards else 0)


def require_str(value: object, function: str) -> str:
    """``value`` if it is a ``str``; otherwise a TypeError naming ``function`` and the type.

    Misuse fails loudly; content never does.
    """
    if not isinstance(value, str):
        raise TypeError(f"{function}() expects str, not {type(value).__name__}")
    return value


# --- one-for-one character folding -------------------------------------------------

#: Spaces that page layout and CMS exports leave in text; all become ASCII space.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

#: Full-width ASCII that we keep full-width: the Chinese comma is a list separator
#: ("分别为3，5亿元"), so it is folded only where it is a thousands separator.
_KEEP_FULL_WIDTH = "，"

#: Characters outside the full-width block that mean the same as an ASCII one.
_EXTRA_FOLDS = {
    "¥": "￥",
    "﹪": "%",
    "〜": "~",
    "∼": "~",
    "−": "-",
    "﹣": "-",
    "⁄": "/",
    "∶": ":",
}


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):
        char = chr(code)
        if char not in _KEEP_FULL_WIDTH:
            table[code] = chr(code - 0xFEE0)
    for char in _SPACES:
        table[ord(char)] = " "
    table[ord("\u3007")] = "〇"
    for src, dst in _EXTRA_FOLDS.items():
        table[ord(src)] = dst
    # "￥" (U+FFE5) lies outside FF01–FF5E and stays; "＄" becomes "$".
    return table


_FOLD_TABLE = _build_fold_table()
#: The characters :data:`_FOLD_TABLE` changes.  Replacing only these is several times
#: faster than ``str.translate``, which looks every character of a Chinese text up.
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD_TABLE)) + "]")


def _fold(text: str) -> str:
    """``text.translate(_FOLD_TABLE)``, one character for one."""
    return _FOLDABLE.sub(lambda m: _FOLD_TABLE[ord(m.group())], text)


# --- traditional → simplified --------------------------------------------------------

_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_converter_lock = threading.Lock()
_converter: Any = None


def _t2s(text: str) -> str:
    """Traditional → simplified via OpenCC, kept strictly one character for one.

    OpenCC's dictionaries are maintained by people who know the variants; a hand-typed
    table would cover 億萬兩點 and miss the long tail (臺幣, 歐元, 盧布 ...).  Where a
    conversion would change the length of a line (phrase-level rewrites), that line is
    converted character by character so that offsets never move.
    """
    global _converter
    if text.isascii():
        return text
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import opencc

                _converter = opencc.OpenCC("t2s")
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)  # OpenCC needs encodable text; same length
    converted: str = _converter.convert(text)
    if len(converted) == len(text):
        return converted
    lines = text.split("\n")
    out = []
    for line in lines:
        new: str = _converter.convert(line)
        if len(new) != len(line):
            new = "".join(_t2s_char(c) for c in line)
        out.append(new)
    return "\n".join(out)


@lru_cache(maxsize=4096)
def _t2s_char(char: str) -> str:
    new: str = _converter.convert(char)
    return new if len(new) == 1 else char


# --- deletions -----------------------------------------------------------------------

#: A number written with thousands separators.  ASCII commas always group; a Chinese
#: comma groups only when the number is unambiguous (two or more groups, or a decimal
#: part follows), so that "3，500" in a list stays two numbers.
_GROUPED_NUMBER = regex.compile(
    r"""
    (?<![\d.]|\d[,，])             # not the tail of another number
    \d{1,3}
    (?:[,，]\d{3})+                # at least one separator + exactly three digits
    (?![\d])                       # ... and the group ends there
    (?:\.\d+)?
    """,
    regex.VERBOSE,
)

#: Characters that may legitimately end a paragraph.
_PARAGRAPH_END = set("。！？!?；;：:…”’」』）)】》>·.\"'")
#: Characters that open a new block rather than continue a sentence.
_BLOCK_START = set("●○◆◇■□▲△★☆•·-*#【[（(")
#: Spaces inside a numeral or a percentage word (一 百 五 十 个 百 分 点, 百分之五 十,
#: 2.4   个百分点): dropped, unless both sides are Arabic digits (1 234 stays two numbers).
_NUMERAL_CHARS = "0-9.零〇一二两三四五六七八九十百千万亿兆点个分之成折壹贰叁肆伍陆柒捌玖拾佰仟kK"
_NUMERAL_SPACE = regex.compile(
    rf"(?<=[{_NUMERAL_CHARS}])[ \t]+(?=[{_NUMERAL_CHARS}])(?<![0-9.][ \t]+(?=[0-9.]))"
)
_LAYOUT_BREAK = regex.compile(r"[ \t]*\n[ \t\n]*")
_LABEL_START = regex.compile(r"[\p{Han}]{2,6}[：:]")


# --- real-page noise -------------------------------------------------------------------

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
#: A vowel of a pinyin syllable: plain, tone-marked, or followed by a combining tone mark.
_VOWEL = rf"(?:[aeiouüvɑ][\u0300\u0301\u0304\u030c]?|[{_TONED}])"
#: One pinyin syllable in parentheses, as some conversions of traditional-script pages
#: leave after every character (項(xiàng)目, 萬(wàn)噸).  It must carry a tone mark (or ü),
#: so that (PPP), (ESC), (de) or (cmp) are never taken for a reading.
_READING = (
    rf"\((?=[^()\n]{{0,10}}[{_TONED}üǖǘǚǜ\u0300\u0301\u0304\u030c])"
    rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsywɡ])?{_VOWEL}{{1,3}}(?:ng|n|r)?\)"
)
_READING_AT = regex.compile(_READING, regex.IGNORECASE)
#: Zero-width: is the position just after a Han character (and the reading it may carry)?
_AFTER_HAN = regex.compile(rf"(?<=\p{{Han}}(?:{_READING})?)", regex.IGNORECASE)
_HAN = regex.compile(r"\p{Han}")


def _is_han(char: str) -> bool:
    """Is ``char`` (one character, or "" past either end) a Han character?"""
    if "\u4e00" <= char <= "\u9fff":  # the common block, without a regex call
        return True
    return char > "\u2e7f" and _HAN.match(char) is not None


def _after_han(text: str, i: int) -> bool:
    """Does a Han character (and perhaps its reading) end just before ``i``?"""
    if i <= 0:
        return False
    if text[i - 1] == ")":
        return _AFTER_HAN.match(text, i) is not None
    return _is_han(text[i - 1])


#: Punctuation that splits a clause; spaces beside it are dropped when it stands between
#: two Han characters ("项目 , 总投资" → "项目，总投资").
_CLAUSE_PUNCT = frozenset(",，。、;")

# These passes look only at the parentheses, spaces and commas of a text, found with
# str.find: a regex scan over every character would cost more than the folding itself.


def _readings(text: str) -> list[tuple[int, int]]:
    """Inline pinyin readings after Han characters, as (start, length)."""
    found = []
    i = text.find("(")
    while i >= 0:
        m = _READING_AT.match(text, i) if i and _is_han(text[i - 1]) else None
        if m:
            found.append((i, m.end() - i))
        i = text.find("(", i + 1)
    return found


def _spaces(text: str, original: str) -> list[tuple[int, int]]:
    """Spaces that page noise put inside Chinese text, as (start, length).

    Spaces beside clause punctuation between two Han characters ("支撑 。 今年") go, and so
    does one ASCII space between two Han characters where it cuts off a lone one, as PDF
    text splits words ("募 集", "投 產)").  Two words side by side ("重大项目 总投资",
    "记者 江卉") keep their space: headlines and bylines use it as a separator.
    """
    if "\t" in text:
        text = text.replace("\t", " ")  # same length
    found = []
    i = text.find(" ")
    while i >= 0:
        j = _SPACE_RUN.match(text, i).end()
        after = text[j : j + 1]
        if after in _CLAUSE_PUNCT and after:  # spaces before punctuation, and any after it
            k = _SPACE_RUN_OR_NONE.match(text, j + 1).end()
            if _is_han(text[k : k + 1]) and _after_han(text, i):
                found.append((i, j - i))
                if k > j + 1:
                    found.append((j + 1, k - j - 1))
            j = k
        elif i and text[i - 1] in _CLAUSE_PUNCT:  # spaces after punctuation only
            if _is_han(after) and _after_han(text, i - 1):
                found.append((i, j - i))
        elif (
            j == i + 1
            and original[i] == " "
            and _is_han(after)
            and _is_han(text[i - 1 : i])
            and not (_is_han(text[i - 2 : i - 1]) and _is_han(text[i + 2 : i + 3]))
        ):  # one space between two Han characters, one of them alone
            found.append((i, 1))
        i = text.find(" ", j)
    return found


def _fold_han_commas(text: str) -> str:
    """ASCII commas beside a Han character become Chinese ones (one for one).

    Typed half-width, they are clause or list separators; a thousands separator stands
    between digits and is left alone.
    """
    pieces = []
    pos = 0
    i = text.find(",")
    while i >= 0:
        after = text[i + 1 : i + 2]
        if after in " \t" and after:
            j = _BLANKS.match(text, i + 1).end()
            after = text[j : j + 1]
        if (
            _is_han(after)
            or _after_han(text, i)
            or (text[i - 1 : i] in " \t" and _after_han(text, _blanks_before(text, i)))
        ):
            pieces.append(text[pos:i])
            pieces.append("，")
            pos = i + 1
        i = text.find(",", i + 1)
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


_SPACE_RUN = regex.compile(r" +")
_SPACE_RUN_OR_NONE = regex.compile(r" *")
_BLANKS = regex.compile(r"[ \t]*")
_BLANKS_BEFORE = regex.compile(r"(?r)[ \t]*")


def _blanks_before(text: str, i: int) -> int:
    """Where the run of spaces and tabs that ends at ``i`` starts."""
    start: int = _BLANKS_BEFORE.match(text, 0, i).start()
    return start


def _is_prose(line: str) -> bool:
    return "，" in line or "。" in line or "," in line


def _continues(prev_line: str, next_line: str) -> bool:
    """Is ``next_line`` the rest of a sentence that page layout cut after ``prev_line``?"""
    prev = prev_line.rstrip()
    nxt = next_line.lstrip()
    if not prev or not nxt:
        return False
    if prev[-1] in _PARAGRAPH_END or nxt[0] in _BLOCK_START:
        return False
    if _LABEL_START.match(nxt):
        return False
    return _is_prose(prev)


@dataclass(frozen=True)
class NormalizedText:
    """A normalised copy of ``original`` and the map from its offsets back."""

    original: str
    text: str
    #: normalised offsets at which characters were deleted, ascending
    _cuts: list[int] = field(default_factory=list, repr=False)
    #: total characters deleted before and at each cut
    _shifts: list[int] = field(default_factory=list, repr=False)
    #: the original offset of the character at each cut (built on first use)
    _origins: list[int] = field(default_factory=list, repr=False, compare=False)
    #: what later stages compute once per text and share (the numeral lexer's atoms)
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def to_original(self, index: int) -> int:
        """Original offset of the character at normalised ``index``."""
        k = bisect_right(self._cuts, index)
        return index + (self._shifts[k - 1] if k else 0)

    def to_normalized(self, index: int) -> int:
        """The first normalised offset whose character stands at or after original ``index``.

        Between two cuts the map is a shift, so one bisection over the cuts' original
        offsets finds the stretch; an index inside a deletion maps to the next character.
        """
        return self.to_normalized_all((index,))[0]

    def to_normalized_all(self, indices: Iterable[int]) -> list[int]:
        """:meth:`to_normalized` of each of ``indices``, the map read once for them all
        (a document's mentions are located in one call)."""
        if len(self._origins) != len(self._cuts):
            self._origins[:] = [c + s for c, s in zip(self._cuts, self._shifts, strict=True)]
        origins, shifts, cuts, size = self._origins, self._shifts, self._cuts, len(self.text)
        if not cuts:  # nothing was deleted: the offsets are the same
            return [min(index, size) if index >= 0 else 0 for index in indices]
        found = []
        for index in indices:
            k = bisect_right(origins, index)
            shift = shifts[k - 1] if k else 0
            nxt = cuts[k] if k < len(cuts) else size
            found.append(min(index - shift, nxt) if index - shift >= 0 else 0)
        return found

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised half-open span ``[start, end)``."""
        if end <= start:
            pos = self.to_original(start) if start < len(self.text) else len(self.original)
            return pos, pos
        return self.to_original(start), self.to_original(end - 1) + 1


def normalize(original: str) -> NormalizedText:
    """Fold ``original`` for matching and keep the map back to its offsets."""
    folded = _t2s(_fold(original))
    if "," in folded:
        folded = _fold_han_commas(folded)
    # one-for-one so far; now the deletions, in a single left-to-right pass
    deletions: list[tuple[int, int]] = []  # (original start, length)
    if "(" in folded:
        deletions += _readings(folded)
    if " " in folded or "\t" in folded:
        deletions += _spaces(folded, original)
    for m in _GROUPED_NUMBER.finditer(folded):
        body = m.group()
        commas = [i for i, c in enumerate(body) if c in ",，"]
        ascii_comma = any(body[i] == "," for i in commas)
        if ascii_comma or len(commas) >= 2 or "." in body:
            deletions.extend((m.start() + i, 1) for i in commas)
    for m in _NUMERAL_SPACE.finditer(folded):
        deletions.append((m.start(), m.end() - m.start()))
    for m in _LAYOUT_BREAK.finditer(folded):
        if "\n" not in m.group():
            continue
        line_start = folded.rfind("\n", 0, m.start()) + 1
        line_end = folded.find("\n", m.end())
        if line_end < 0:
            line_end = len(folded)
        if _continues(folded[line_start : m.start()], folded[m.end() : line_end]):
            deletions.append((m.start(), m.end() - m.start()))
    if not deletions:
        return NormalizedText(original, folded)
    deletions.sort()
    pieces: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    pos = 0
    removed = 0
    for start, length in deletions:
        if start < pos:  # overlaps the previous deletion: keep only what is new
            length -= pos - start
            start = pos
            if length <= 0:
                continue
        pieces.append(folded[pos:start])
        pos = start + length
        removed += length
        cuts.append(start + length - removed)
        shifts.append(removed)
    pieces.append(folded[pos:])
    return NormalizedText(original, "".join(pieces), cuts, shifts)
