"""Hardening: threads, every pattern of every module against adversarial input (``re``
patterns with ``re`` itself, in a child process), and a 10 MB article."""

from __future__ import annotations

import json
import pkgutil
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path

import pytest
import regex

import zhproj_extract
from zhproj_extract import dates, extract
from zhproj_extract.projects import grammar, lists, names
from zhproj_extract.sources import encoding

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
#: Runs that a careless pattern backtracks over: numerals, units, markers, spaces, lines.
ADVERSARIAL = ("1", "1.", "一", "一 ", "亿", "亿元", "万亿", "约", "年", "2023年", "月", "●",
               "项目", "项目介绍：", "\n", "\n\n", " ", "　", "5-", "至", "%", "个", "分之", "多",
               "“", "农历", "上", "第", "周", "前", "元", "天", "a", "，", "公司", "有限公司",
               "（", "(", "、", "和", "及", "投资", "建设", "市", "区")  # fmt: skip


#: How code scans with a pattern; any other use anchors it (match/fullmatch at a position).
_SCANNING = (".search(", ".finditer(", ".findall(", ".sub(", ".subn(", ".split(")
#: Scanned through a variable (``pattern = _ATOM_PARSE if parse_mode else ATOM``) or as
#: the default UnitTable's pattern.
_SCANNED_VIA_VARIABLE = {
    "dimensions.money.ATOM",
    "dimensions.money._ATOM_PARSE",
    "dimensions.quantities.QUANTITY",
}

#: Patterns used only on a stretch of bounded length (a name, the words before a colon, a
#: page's head): reviewed on a stretch that long, the length read from the module.
WINDOWS = {
    "projects.grammar.AGGREGATE": grammar.AGGREGATE_REACH,
    "projects.lists._INTRO_WITH_PROJECTS": lists.INTRO_REACH,
    "projects.names._COUNT": names.LONGEST_NAME,
    "projects.names.CATEGORY_TAIL": names.LONGEST_NAME,
    "projects.names._SPECIFIC": names.LONGEST_NAME,
    "projects.names._NOT_A_NAME": names.LONGEST_NAME,
    "sources.encoding._META_CHARSET": encoding.DECLARATION_REACH,
}
#: How long a text each pattern is reviewed on, unless its use is bounded (WINDOWS).
LENGTH = 20_000

Pattern = re.Pattern[str] | regex.Pattern[str] | regex.Pattern[bytes]


def _package_patterns() -> list[tuple[str, Pattern, bool]]:
    """Every module-level pattern of every module of the package, each once, named after
    the module that defines it (an old module path is an alias of the same module), and
    whether any module that holds it scans text with it."""
    holders: dict[int, list[tuple[str, str, str]]] = {}
    patterns: dict[int, Pattern] = {}
    for info in pkgutil.walk_packages(zhproj_extract.__path__, "zhproj_extract."):
        if info.name.endswith("__main__"):
            continue  # running it is the CLI
        module = import_module(info.name)
        name = module.__name__.removeprefix("zhproj_extract.")
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        for attr, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                patterns[id(value)] = value
                holders.setdefault(id(value), []).append((name, attr, source))
    found: list[tuple[str, Pattern, bool]] = []
    for key, held in holders.items():
        defining = [h for h in held if regex.search(rf"^{h[1]}\b[^=\n]*=", h[2], regex.M)]
        name, attr, _ = (defining or held)[0]
        scans = any(
            any(f"{a}{use}" in source for use in _SCANNING) or f"scan({a}," in source
            for _, a, source in held
        )
        scans = scans or f"{name}.{attr}" in _SCANNED_VIA_VARIABLE
        found.append((f"{name}.{attr}", patterns[key], scans))
    return found


#: Each date form is tried anchored, at the positions the form table finds.
PATTERNS = _package_patterns() + [
    (f"dates.FORMS[{name}]", regex.compile(form), False) for name, form in dates.FORMS.items()
]
#: The ``regex`` patterns, reviewed here with its timeout; the standard library's ``re``
#: has none, so its patterns are reviewed in a child process the test can stop.
REGEX_PATTERNS = [(n, p, s) for n, p, s in PATTERNS if isinstance(p, regex.Pattern)]
RE_PATTERNS = [(n, p, s) for n, p, s in PATTERNS if isinstance(p, re.Pattern)]


def adversarial(name: str, pattern: Pattern) -> Iterator[str | bytes]:
    """Each adversarial run, repeated as long as ``pattern`` may be used on (in bytes for
    a bytes pattern)."""
    length = WINDOWS.get(name, LENGTH)
    for unit in ADVERSARIAL:
        text = unit * max(1, length // len(unit))
        yield text.encode() if isinstance(pattern.pattern, bytes) else text


def exercise(pattern: Pattern, scans: bool, text: str | bytes, **timeout: float) -> None:
    """Use ``pattern`` on ``text`` as its module does: scanned through, or matched at the
    start and in the middle and in full."""
    if scans:
        for _ in pattern.finditer(text, **timeout):
            pass
    else:
        pattern.match(text, **timeout)
        pattern.match(text, len(text) // 2, **timeout)
        pattern.fullmatch(text, **timeout)


def test_the_pattern_review_sees_every_module() -> None:
    reviewed = {name for name, _, _ in PATTERNS}
    scanning = {name for name, _, scans in PATTERNS if scans}
    assert {
        "dimensions.money.ATOM",
        "dimensions.quantities.QUANTITY",
        "dimensions.percentages.PERCENT",
    } <= scanning
    for module in ("projects.names", "projects.fields", "projects.prose", "reading.text"):
        assert any(name.startswith(f"{module}.") for name in reviewed), module
    assert len(RE_PATTERNS) > 40 and len(REGEX_PATTERNS) > 100
    assert set(WINDOWS) <= reviewed


@pytest.mark.parametrize(
    ("name", "pattern", "scans"), REGEX_PATTERNS, ids=[name for name, _, _ in REGEX_PATTERNS]
)
def test_no_pattern_backtracks_catastrophically(
    name: str, pattern: regex.Pattern[str], scans: bool
) -> None:
    """Every ``regex`` pattern, used as its module uses it, handles 20,000 characters of
    each adversarial run within a second.

    ``regex`` raises TimeoutError past the timeout, so a pattern that goes quadratic or
    exponential on some run fails here instead of hanging a batch.
    """
    for text in adversarial(name, pattern):
        exercise(pattern, scans, text, timeout=1.0)


#: Run in a child process: each ``re`` pattern on each run, timed, one line per pattern.
_RE_REVIEW = """
import sys, time
sys.path.insert(0, sys.argv[1])
from test_hardening import RE_PATTERNS, adversarial, exercise
for name, pattern, scans in RE_PATTERNS:
    print("start", name, flush=True)
    slowest = 0.0
    for text in adversarial(name, pattern):
        began = time.perf_counter()
        exercise(pattern, scans, text)
        slowest = max(slowest, time.perf_counter() - began)
    print("done", name, slowest, flush=True)
"""


def test_no_standard_library_pattern_backtracks_catastrophically() -> None:
    """The same review for the patterns compiled by ``re`` (``lexer.small_pattern`` and
    the rest), with ``re`` itself: ``regex`` backtracks otherwise, so its twin would not
    do. A child process runs them; one that hangs is named by the last line it printed."""
    try:
        run = subprocess.run(
            [sys.executable, "-c", _RE_REVIEW, str(Path(__file__).parent)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired as stopped:
        out = stopped.stdout or b""
        lines = (out.decode() if isinstance(out, bytes) else out).splitlines()
        pytest.fail(f"the review hung at {lines[-1] if lines else 'its start'}")
    assert run.returncode == 0, run.stderr
    done = [line.split() for line in run.stdout.splitlines() if line.startswith("done ")]
    assert len(done) == len(RE_PATTERNS)
    slow = {name: float(seconds) for _, name, seconds in done if float(seconds) > 1.0}
    assert not slow, slow


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
