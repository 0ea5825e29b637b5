"""Hardening: threads, every pattern against adversarial input, and a 10 MB article."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from importlib import import_module
from pathlib import Path

import pytest
import regex
from test_small_patterns import as_regex

from zhproj_extract import dates, extract

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
MODULES = ("money", "quantities", "percentages", "dates", "projects", "numerals",
           "number_ranges", "text", "qualifiers")  # fmt: skip
#: Runs that a careless pattern backtracks over: numerals, units, markers, spaces, lines.
ADVERSARIAL = ("1", "1.", "一", "一 ", "亿", "亿元", "万亿", "约", "年", "2023年", "月", "●",
               "项目", "项目介绍：", "\n", "\n\n", " ", "　", "5-", "至", "%", "个", "分之", "多",
               "“", "农历", "上", "第", "周", "前", "元", "天", "a", "，")  # fmt: skip


#: How code scans with a pattern; any other use anchors it (match/fullmatch at a position).
_SCANNING = (".search(", ".finditer(", ".findall(", ".sub(", ".subn(", ".split(")
#: Scanned through a variable (``pattern = _ATOM_PARSE if parse_mode else ATOM``) or as
#: the default UnitTable's pattern.
_SCANNED_VIA_VARIABLE = {"money.ATOM", "money._ATOM_PARSE", "quantities.QUANTITY"}


def _module_patterns() -> list[tuple[str, regex.Pattern[str], bool]]:
    """Every module-level pattern, and whether its module scans text with it.

    A pattern compiled by the standard library's ``re`` (``lexer.small_pattern``) is
    reviewed as ``regex`` compiles it: ``re`` has no timeout, and the two engines
    backtrack over the same alternatives.
    """
    found = []
    for name in MODULES:
        module = import_module(f"zhproj_extract.{name}")
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern):
                value = as_regex(value)
            if isinstance(value, regex.Pattern):
                scans = any(f"{attr}{use}" in source for use in _SCANNING)
                scans = scans or f"scan({attr}," in source
                scans = scans or f"{name}.{attr}" in _SCANNED_VIA_VARIABLE
                found.append((f"{name}.{attr}", value, scans))
    return found


#: Each date form is tried anchored, at the positions the form table finds.
PATTERNS = _module_patterns() + [
    (f"dates.FORMS[{name}]", regex.compile(form), False) for name, form in dates.FORMS.items()
]


def test_the_pattern_review_sees_the_main_patterns() -> None:
    scanning = {name for name, _, scans in PATTERNS if scans}
    assert {"money.ATOM", "quantities.QUANTITY", "percentages.PERCENT"} <= scanning
    assert len(PATTERNS) > 40


@pytest.mark.parametrize(
    ("name", "pattern", "scans"), PATTERNS, ids=[name for name, _, _ in PATTERNS]
)
def test_no_pattern_backtracks_catastrophically(
    name: str, pattern: regex.Pattern[str], scans: bool
) -> None:
    """Every pattern, used as its module uses it, handles 20,000 characters of each
    adversarial run within a second: scanned through, or matched at the start and middle.

    ``regex`` raises TimeoutError past the timeout, so a pattern that goes quadratic or
    exponential on some run fails here instead of hanging a batch.
    """
    for unit in ADVERSARIAL:
        text = unit * (20_000 // len(unit))
        if scans:
            for _ in pattern.finditer(text, timeout=1.0):
                pass
        else:
            pattern.match(text, timeout=1.0)
            pattern.match(text, len(text) // 2, timeout=1.0)
            pattern.fullmatch(text, timeout=1.0)


def test_eight_threads_extract_what_one_thread_does() -> None:
    """In a fresh interpreter, so the lazy loading (jieba, calendars, pattern caches) races
    too: eight threads at once must give exactly the sequential output."""
    script = textwrap.dedent(
        """
        import json, sys
        from concurrent.futures import ThreadPoolExecutor
        from pathlib import Path
        from zhproj_extract import dates, extract

        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
        texts.append("今年犹太新年、开斋节、复活节和春节假期，农历正月初一，五角大楼，一条龙")
        texts *= 4
        with ThreadPoolExecutor(8) as pool:
            parallel = list(pool.map(lambda t: extract(t).model_dump_json(), texts))
        sequential = [extract(t).model_dump_json() for t in texts]
        print(json.dumps([parallel == sequential, len(texts)]))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(SAMPLES)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    same, count = json.loads(run.stdout.strip().splitlines()[-1])
    assert (same, count) == (True, 4 * (len(list(SAMPLES.glob("*.txt"))) + 1))


def test_a_ten_megabyte_article_finishes_with_every_mention() -> None:
    one = (SAMPLES / "jiangmen_q1_signing.txt").read_text(encoding="utf-8").strip() + "\n\n"
    copies = 10 * 2**20 // len(one.encode("utf-8")) + 1
    text = one * copies
    assert len(text.encode("utf-8")) >= 10 * 2**20
    single, whole = extract(one), extract(text)
    assert len(whole.money) == copies * len(single.money)
    # the same projects named again are the same projects, each with every mention
    assert [p.name for p in whole.projects] == [p.name for p in single.projects]
    for p, q in zip(whole.projects, single.projects, strict=True):
        assert len(p.mentions) == copies * len(q.mentions)
        assert p.investment == q.investment
    last = whole.money[-1]
    assert text[last.start : last.end] == last.text == single.money[-1].text
    assert last.start == (copies - 1) * len(one) + single.money[-1].start
