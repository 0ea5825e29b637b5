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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

__all__ = ["NormalizedText", "clause_end", "clause_start", "normalize", "require_str"]


def clause_start(text: str, pos: int, limit: int, stops: str) -> int:
    """Where the clause holding ``pos`` starts: after the last of ``stops`` before it,
    looking back at most ``limit`` characters (so cue searches stay bounded)."""
    lo = max(0, pos - limit)
    last = _through_last_of(stops).match(text, lo, pos) if stops else None
    return lo if last is None else last.end()


def clause_end(text: str, pos: int, limit: int, stops: str) -> int:
    """Where the clause holding ``pos`` ends: at the first of ``stops`` from ``pos`` on,
    looking ahead at most ``limit`` characters."""
    hi = min(len(text), pos + limit)
    stop = _one_of(stops).search(text, pos, hi) if stops else None
    return hi if stop is None else stop.start()


# Compiled with ``re``, which answers these short searches several times faster than
# ``regex``; a compiled class finds the nearest stop faster than a Python loop over the
# characters once a clause is a few characters long.


@lru_cache(maxsize=64)
def _one_of(stops: str) -> re.Pattern[str]:
    """A pattern for any one of ``stops``."""
    return re.compile(f"[{re.escape(stops)}]")


@lru_cache(maxsize=64)
def _through_last_of(stops: str) -> re.Pattern[str]:
    """A pattern for everything up to the last of ``stops`` and that one: from the end of
    what it is given, its greedy run backs off to the nearest stop, as a search backwards
    would find it."""
    return re.compile(f"(?s:.*)[{re.escape(stops)}]")


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


#: Emoji and pictographs that decorate a post (📍项目地点：, ✨项目亮点, ▶️), and the
#: joiners and variation selectors of their sequences: each reads as a space.  The
#: symbols lists use as bullets (★ ☆ ✔ ✓ ➤) stay.
_DECORATION = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u2604\u2607-\u26ff\u2700-\u2712\u2715-\u27a3"
    "\u27a5-\u27bf\u2b50\u2b55\u231a\u231b\u23e9-\u23fa\ufe0f\u200d\u20e3]"
)


#: A keycap digit that numbers a post's items (1️⃣ 年产…项目): read as 1、 and spaces.
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3")


def _fold(text: str) -> str:
    """``text.translate(_FOLD_TABLE)``, one character for one, decorations as spaces."""
    folded = _FOLDABLE.sub(lambda m: _FOLD_TABLE[ord(m.group())], text)
    if folded.isascii():
        return folded
    if "\u20e3" in folded:
        folded = _KEYCAP.sub(lambda m: m.group(1) + "、" + " " * (len(m.group()) - 2), folded)
    return _DECORATION.sub(" ", folded)


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
#: part follows), so that "3，500" in a list stays two numbers.  (Compiled with ``re`` and
#: opening with its first digit, which ``re`` skips to; what may not stand before that
#: digit is asked behind it.)
_GROUPED_NUMBER = re.compile(
    r"""
    \d(?<![\d.]\d)(?<!\d[,，]\d)   # not the tail of another number
    \d{0,2}
    (?:[,，]\d{3})+                # at least one separator + exactly three digits
    (?![\d])                       # ... and the group ends there
    (?:\.\d+)?
    """,
    re.VERBOSE,
)

#: What every grouped number holds, a separator before three digits, as patterns that
#: open with a literal: ``re`` finds it, or that a text has none, several times faster
#: than it can try :data:`_GROUPED_NUMBER` along the text.
_SEPARATED_DIGITS = (re.compile(r",\d{3}"), re.compile(r"，\d{3}"))


def _grouped_numbers(text: str) -> Iterator[re.Match[str]]:
    """The numbers written with thousands separators in ``text``; the full pattern is
    asked only of a text that holds a separator before three digits."""
    if any(separated.search(text) for separated in _SEPARATED_DIGITS):
        yield from _GROUPED_NUMBER.finditer(text)


#: Characters that may legitimately end a paragraph.
_PARAGRAPH_END = set("。！？!?；;：:…”’」』）)】》>·.\"'")
#: Characters that open a new block rather than continue a sentence.
_BLOCK_START = set("●○◆◇■□▲△★☆•·-*#【[（(|▶►▷✔✓√➤◉※▌▍▎▋▊▉◎♦➜→")
#: Spaces inside a numeral or a percentage word (一 百 五 十 个 百 分 点, 百分之五 十,
#: 2.4   个百分点): dropped, unless both sides are Arabic digits (1 234 stays two numbers).
#: The pattern opens with the first space, which ``re`` skips to, and asks behind it for
#: the numeral before: after a digit or a point, what follows must be a numeral word.
_NUMERAL_WORD_CHARS = "零〇一二两三四五六七八九十百千万亿兆点个分之成折壹贰叁肆伍陆柒捌玖拾佰仟kK"
_NUMERAL_CHARS = "0-9." + _NUMERAL_WORD_CHARS
#: Words that start with a numeral word but are none (8  分布式…, 4  成都…: table cells).
_NOT_NUMERAL_WORDS = (
    "分布|分公司|分别|分期|分批|分类|分区|个人|个体|点位|成立|成果|成本|成都|之后|之前|之间"
    "|[一二三四五六七八九十]期"  # (350000 一期已投产: a table's next cell)
)
#: (a tab parts a table's cells, never a numeral's words)
_NUMERAL_SPACE = re.compile(
    rf"[ ](?:(?<=[0-9.][ ])[ ]*(?=[{_NUMERAL_WORD_CHARS}])(?!{_NOT_NUMERAL_WORDS})"
    rf"|(?<=[{_NUMERAL_WORD_CHARS}][ ])[ ]*(?=[{_NUMERAL_CHARS}]))"
)
#: Single digits spaced out as a page letter-spaces them (总投资 1 0 亿元, 3 2亿元) before
#: a scale, a unit of money or a count: one number, its spaces dropped.  Digits in groups
#: (1 234, 47 35 48) stay apart.
_SPACED_DIGITS = re.compile(r"(?<![\d.])\d(?: \d)+(?![\d.])(?= ?[万亿千百元%个])")
#: What every such run holds, as a pattern that opens with a literal (``re`` skips to
#: it): most texts have none, and are not scanned for runs at all.
_DIGIT_SPACE_DIGIT = re.compile(r" (?<=\d )(?=\d)")
#: A line break and the blanks after it; :func:`_layout_breaks` adds those before it.
_LINE_BREAK = re.compile(r"\n[ \t\n]*")
_LABEL_START = regex.compile(r"[\p{Han}]{2,6}[：:]")
#: Brackets a line left open goes on past its end (拟投资3.8亿元( / 4、募集3.2亿元)).
_OPENING = "(（[【《“"
#: A numbered item's start (05 | 名称, 2、…, 3．…, 一、…, （二）…), never a cut sentence's rest.
_ITEM_START = regex.compile(
    r"\d{1,3}(?:[ \t]*[|丨]|[、．]|\.(?!\d))|[一二三四五六七八九十]{1,3}、"
    r"|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]"
)


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
        # a reading follows a Han character and is spelt in Latin letters
        reading = i and _is_han(text[i - 1]) and not _is_han(text[i + 1 : i + 2])
        m = _READING_AT.match(text, i) if reading else None
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
        j = _run_end(_SPACES_RUN, text, i)
        after = text[j : j + 1]
        if after in _CLAUSE_PUNCT and after:  # spaces before punctuation, and any after it
            k = _run_end(_SPACES_RUN, text, j + 1)
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


_COMMA_BEFORE_HAN = re.compile(",(?=[\u4e00-\u9fff])")
#: A line of three cells or more with commas between them and no other punctuation, as
#: a spreadsheet saved as CSV has (序号,项目名称,建设单位,总投资(亿元)).
_CSV_LINE = re.compile(r"^[^\n\t|,，。；]*(?:,[^\n\t|,，。；]*){2,}$", re.MULTILINE)
#: The longest label in a CSV header (a label, not a clause of prose, which also has
#: figures).
_CSV_LABEL = 16


def _is_label(cell: str) -> bool:
    """Whether a header's cell is a column's label: short, and without figures."""
    return 0 < len(cell) <= _CSV_LABEL and not any(c.isdigit() for c in cell)


def _csv_as_tabs(text: str) -> str:
    """``text`` with the commas of its CSV tables as tabs (one for one): a header of short
    labels and the lines right under it with as many commas, which are then read as a
    table pasted with tabs is (cells, rows, no line joined to the next)."""
    lines = list(_CSV_LINE.finditer(text))
    tables: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        header = lines[i].group()
        width = header.count(",")
        j = i + 1
        while (
            j < len(lines)
            and not text[lines[j - 1].end() : lines[j].start()].strip()
            and lines[j].group().count(",") == width
        ):
            j += 1
        if j - i >= 2 and all(_is_label(cell.strip()) for cell in header.split(",")):
            tables.append((lines[i].start(), lines[j - 1].end()))
        i = max(j, i + 1)
    if not tables:
        return text
    pieces = []
    pos = 0
    for start, end in tables:
        pieces += [text[pos:start], text[start:end].replace(",", "\t")]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _fold_han_commas(text: str) -> str:
    """ASCII commas beside a Han character become Chinese ones (one for one).

    Typed half-width, they are clause or list separators; a thousands separator stands
    between digits and is left alone.  Most stand right before a Han character of the
    common block: one substitution folds those, and the loop decides the rest (it reads
    the text around each comma, where a folded comma counts as the ASCII one did: as
    neither a Han character nor a blank).
    """
    text = _COMMA_BEFORE_HAN.sub("，", text)
    pieces = []
    pos = 0
    i = text.find(",")
    while i >= 0:
        after = text[i + 1 : i + 2]
        if after in " \t" and after:
            j = _run_end(_BLANKS, text, i + 1)
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


# ``re`` answers these short matches several times faster than ``regex``.
_SPACES_RUN = re.compile(r" *")
_BLANKS = re.compile(r"[ \t]*")
_BLANKS_BEFORE = regex.compile(r"(?r)[ \t]*")


def _run_end(run: re.Pattern[str], text: str, i: int) -> int:
    """Where the run that ``run`` (a pattern that also matches nothing) finds at ``i`` ends."""
    m = run.match(text, i)
    return i if m is None else m.end()


def _blanks_before(text: str, i: int) -> int:
    """Where the run of spaces and tabs that ends at ``i`` starts."""
    start: int = _BLANKS_BEFORE.match(text, 0, i).start()
    return start


#: A line that is only a page number, as text taken from a PDF keeps it between the two
#: halves of a sentence (- 12 -, — 3 —, 第3页, 第3页 共12页, a bare 12).
FOLIO = r"(?:[-—－–]+ ?\d{1,4} ?[-—－–]+|第 ?\d{1,4} ?页(?:[ ,，]*共 ?\d{1,4} ?页)?)"
_FOLIO = re.compile(rf"(?:{FOLIO}|\d{{1,3}})[ \t]*\n[ \t\n]*")


def _layout_breaks(text: str) -> Iterator[tuple[int, int]]:
    """Each run of blanks that holds a line break, as (start, end): the spaces and tabs
    before its first newline, and every blank after it; a folio line between two breaks
    is part of the run (…计划 / - 12 - / 2025年开工).

    What ``[ \t]*\n[ \t\n]*`` finds, but ``re`` skips from newline to newline instead of
    trying the optional spaces at every character.
    """
    skip_to = 0
    for m in _LINE_BREAK.finditer(text):
        if m.start() < skip_to:
            continue  # the break after a folio, already part of the run
        start = m.start()
        while start and text[start - 1] in " \t":
            start -= 1
        folio = _FOLIO.match(text, m.end())
        if folio is not None and start > 0:
            skip_to = folio.end()
            yield start, folio.end()
        else:
            yield start, m.end()


def _is_prose(line: str) -> bool:
    return "，" in line or "。" in line or "," in line


#: How long the line after a text's first line must be, and at least twice as long, for
#: the first to count as a headline (with a comma: 665个项目集中签约，总投资超1400亿元)
#: rather than a cut line (a cut line is about as long as the next, unless it ends a
#: paragraph; further down, page debris cuts lines of any length).
_HEADLINE_NEXT = 60


#: A line that ends inside an amount or right after its cue (a narrow column cuts
#: anywhere), and what begins the rest of the amount on the next line.
_AMOUNT_CUT_AFTER = re.compile(r"(?:(?<=\d)\.|总投资|投资额?|约|超过?|逾|近|达)$")
_AMOUNT_CUT_BEFORE = re.compile(r"(?:约|超过?|逾|近)?[0-9][0-9.]*[万亿千]*(?:美元|欧元|港元|元)")
_DIGIT_AFTER_POINT = re.compile(r"[0-9]")


#: Two cells of a row set with spaces: a run of two or more between them.
_SPACED_CELLS = re.compile(r"\S {2,}\S")
#: A photo's credit that ends its caption's line (记者 顾海燕 摄, 摄影：李明, 供图).
_PHOTO_CREDIT = re.compile(r"(?:摄|摄影|供图)[）)]?$|(?:摄影|图片来源)[：:][^。，]{1,20}$")


#: A line that is a figure alone (245000, 15.6, 2024): a cell of a table set a cell a line.
_BARE_FIGURE = re.compile(r"[0-9][0-9.,]*[ \t]*")


def _continues(prev_line: str, next_line: str, first: bool = False) -> bool:
    """Is ``next_line`` the rest of a sentence that page layout cut after ``prev_line``
    (the text's first line, if ``first``)?"""
    prev = prev_line.rstrip()
    nxt = next_line.lstrip()
    if not prev or not nxt:
        return False
    cut = _AMOUNT_CUT_AFTER.search(prev, max(0, len(prev) - 3))  # its words are short
    rest = _DIGIT_AFTER_POINT if cut is not None and cut.group() == "." else _AMOUNT_CUT_BEFORE
    if cut is not None and rest.match(nxt) is not None:
        return True  # 总投资18. / 6亿元, 总投资 / 10.2亿元: an amount or its cue cut by the line
    if prev[-1] in _PARAGRAPH_END or nxt[0] in _BLOCK_START or _PHOTO_CREDIT.search(prev):
        return False  # (…。记者 顾海燕 摄: a caption's credit ends it)
    if ("\t" in prev and "\t" in nxt) or ("|" in prev and "|" in nxt) or prev[-1] == "|":
        return False  # rows of a table, pasted with tabs or written with pipes
    if "  " in prev and "  " in nxt and _SPACED_CELLS.search(prev) and _SPACED_CELLS.search(nxt):
        return False  # rows of a table set with spaces (镁业项目  52000  新建厂房，年产3万吨)
    if _BARE_FIGURE.fullmatch(nxt):
        return False  # …年集装箱吞吐能力30万标箱 / 245000: the next cell of a table's row
    if _LABEL_START.match(nxt) or (_ITEM_START.match(nxt) and prev[-1] not in _OPENING):
        return False  # 建设地点：…, 05 | 名称, 2、…: a field or an item of its own
    if first and len(nxt) > max(2 * len(prev), _HEADLINE_NEXT):
        return False  # a headline over a paragraph: a cut line is as long as the next
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
        """Original ``(start, end)`` of the normalised half-open span ``[start, end)``: the
        original offsets of its first and last characters (:meth:`to_original`), the map
        read here for both."""
        if end <= start:
            pos = self.to_original(start) if start < len(self.text) else len(self.original)
            return pos, pos
        cuts, shifts = self._cuts, self._shifts
        if not cuts:  # nothing was deleted: the offsets are the same
            return start, end
        first, last = bisect_right(cuts, start), bisect_right(cuts, end - 1)
        return start + (shifts[first - 1] if first else 0), end + (shifts[last - 1] if last else 0)


def normalize(original: str) -> NormalizedText:
    """Fold ``original`` for matching and keep the map back to its offsets."""
    folded = _t2s(_fold(original))
    if "," in folded:
        folded = _fold_han_commas(_csv_as_tabs(folded))
    # one-for-one so far; now the deletions, in a single left-to-right pass
    deletions: list[tuple[int, int]] = []  # (original start, length)
    if "(" in folded:
        deletions += _readings(folded)
    if " " in folded or "\t" in folded:
        deletions += _spaces(folded, original)
    for m in _grouped_numbers(folded):
        body = m.group()
        commas = [i for i, c in enumerate(body) if c in ",，"]
        ascii_comma = any(body[i] == "," for i in commas)
        if ascii_comma or len(commas) >= 2 or "." in body:
            deletions.extend((m.start() + i, 1) for i in commas)
    for m in _NUMERAL_SPACE.finditer(folded):
        deletions.append((m.start(), m.end() - m.start()))
    if " " in folded and _DIGIT_SPACE_DIGIT.search(folded) is not None:
        for m in _SPACED_DIGITS.finditer(folded):
            deletions.extend((i, 1) for i in range(m.start() + 1, m.end(), 2))
    lead = len(folded) - len(folded.lstrip())  # where the first line begins
    for start, end in _layout_breaks(folded):
        line_start = folded.rfind("\n", 0, start) + 1
        line_end = folded.find("\n", end)
        if line_end < 0:
            line_end = len(folded)
        if _continues(folded[line_start:start], folded[end:line_end], line_start <= lead):
            deletions.append((start, end - start))
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
