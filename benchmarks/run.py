"""Speed of zhproj-extract, as ratios against baselines measured in the same run.

    python benchmarks/run.py [ARTICLE] > docs/performance.md

Single-process calls are timed as the least CPU time of repeated calls (steady on a shared
VM, where wall-time medians swing by half); pools and fresh processes by wall time, medians.
Each repeated call first empties the caches that remember a text's content
(:data:`CONTENT_CACHES`), so that a repeat costs what a new release would.
ARTICLE defaults to the seed article beside the repository
(../shared/seeds/…) and falls back to the bundled sample.

JioNLP is a reference line when it can be imported, either here or by the interpreter named
in ``ZHPROJ_JIONLP_PYTHON`` (its own virtual environment: JioNLP pins its own
dependencies, so it is kept out of ours), e.g.
``python3 -m venv /tmp/jv && /tmp/jv/bin/pip install jionlp``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_0067eb8b34eb989e.txt"
SAMPLE = ROOT / "samples" / "jiangmen_q1_signing.txt"
#: A government news page of our own: its navigation, sidebar and footer wrap the article.
PAGE = ROOT / "tests" / "pages" / "yunpu_news_gbk.html"


def page_around(text: str) -> bytes:
    """``text`` as the article of :data:`PAGE` (one <p> per line), encoded as the page is."""
    import html
    import re

    page = PAGE.read_bytes().decode("gbk")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line)
    body = re.sub(r'(<div class="TRS_Editor" id="zoom">).*?(</div>)',
                  lambda m: m.group(1) + paragraphs + m.group(2), page, flags=re.S)  # fmt: skip
    return body.encode("gb18030")


def median_seconds(call, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def best_cpu_seconds(call, repeat: int) -> float:  # type: ignore[no-untyped-def]
    """The least CPU time of ``repeat`` calls: steadier than wall time on a shared VM,
    where one pause can double a median of three."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return best


#: Caches that remember a text's content across calls (windows segmented, numerals read).
#: A benchmark that calls ``extract()`` on the same text again would find them full, where a
#: batch of new releases mostly would not, so each timed call starts with them empty.
CONTENT_CACHES = (
    ("zhproj_extract.reading.segment", "_word_starts"),
    ("zhproj_extract.numbers.numerals", "read_numeral"),
    ("zhproj_extract.reading.text", "_t2s_char"),
)


def forget_texts() -> None:
    """Empty :data:`CONTENT_CACHES`, as if every text were new to this process."""
    import importlib

    for module, name in CONTENT_CACHES:
        getattr(importlib.import_module(module), name).cache_clear()


def as_new(call):  # type: ignore[no-untyped-def]
    """``call`` preceded by :func:`forget_texts`."""

    def run():  # type: ignore[no-untyped-def]
        forget_texts()
        return call()

    return run


def in_fresh_process(code: str) -> float:
    """Seconds a fresh interpreter takes to run ``code`` (median of five)."""

    def run() -> None:
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)

    return median_seconds(run, 5)


#: Printed by the measured process: its own peak resident memory in kB.  VmHWM belongs to the
#: process's fresh address space; ru_maxrss would also count the parent's memory at fork.
PEAK_KB = """
import resource
try:
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    print(status.split()[0])
except (OSError, IndexError):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_mb(code: str) -> float:
    """Peak resident memory, in MB, of a fresh interpreter running ``code``."""
    out = subprocess.run(
        [sys.executable, "-c", code + "\n" + PEAK_KB], check=True, capture_output=True, text=True
    ).stdout.split()[-1]
    return int(out) / 1024


#: Run by the JioNLP interpreter: median ms of extract_money + extract_time on the article.
JIONLP_TIMING = """
import json, statistics, sys, time
import jionlp as jio
text = open(sys.argv[1], encoding="utf-8").read()
base = {"year": 2023, "month": 2, "day": 15}
def run():
    return jio.ner.extract_money(text), jio.ner.extract_time(text, time_base=base)
run()
times = []
for _ in range(10):
    start = time.perf_counter()
    money, times_found = run()
    times.append(time.perf_counter() - start)
print(json.dumps({"version": jio.__version__, "ms": statistics.median(times) * 1000,
                  "money": len(money), "dates": len(times_found)}))
"""


def jionlp_reference(path: Path) -> dict[str, float | str] | None:
    """JioNLP's timing on ``path``, or None when no interpreter here can import it."""
    python = os.environ.get("ZHPROJ_JIONLP_PYTHON", sys.executable)
    run = subprocess.run(
        [python, "-c", JIONLP_TIMING, str(path)], capture_output=True, text=True, check=False
    )
    if run.returncode != 0:
        return None
    result: dict[str, float | str] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def corpus_texts() -> list[str]:
    """The development corpus's texts (``$ZHPROJ_CORPUS_DIR``), empty when it is absent."""
    folder = Path(os.environ.get("ZHPROJ_CORPUS_DIR", ROOT.parent / "shared" / "corpus"))
    paths = sorted((folder / "texts").glob("*")) if (folder / "texts").is_dir() else []
    return [p.read_text(encoding="utf-8") for p in paths]


#: Run under valgrind: calls extract() or jieba.lcut on the texts of a JSON file, N times.
#: ``extract_new`` first warms the process on the bundled samples, so that N passes meet
#: texts it has never seen, as a stream of new releases would.
COUNTED = """
import json, sys
from datetime import date
from pathlib import Path
what, texts = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
if what.startswith("extract"):
    from zhproj_extract import extract
    sys.path.insert(0, sys.argv[4])
    from run import ROOT, forget_texts
    def call():
        forget_texts()
        return [extract(t, reference_date=date(2023, 2, 15)) for t in texts]
else:
    import jieba
    jieba.setLogLevel(60)
    call = lambda: [jieba.lcut(t) for t in texts]
if what == "extract_new":
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        extract(sample.read_text(encoding="utf-8"), reference_date=date(2023, 2, 15))
else:
    call(); call()
for _ in range(int(sys.argv[3])):
    call()
"""


def instructions(what: str, texts: list[str]) -> int | None:
    """Instructions one pass of ``what`` over ``texts`` executes, counted by valgrind; None
    without valgrind.  A count is the same in every run, where CPU time on a shared VM
    swings by half.

    ``extract`` and ``jieba`` count a warm pass: the difference between 2 and 0 passes
    after two, halved.  ``extract_new`` counts the first pass over texts new to a process
    warmed on the samples: the caches that remember what earlier texts held (the date
    forms each opening can begin) meet new keys, as they do in a batch of new releases.
    """
    import re
    import shutil
    import tempfile

    if shutil.which("valgrind") is None:
        return None
    passes = (0, 1) if what == "extract_new" else (0, 2)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as file:
        json.dump(texts, file, ensure_ascii=False)
        file.flush()
        counts = []
        for n in passes:
            run = subprocess.run(
                ["valgrind", "--tool=cachegrind", "--cache-sim=no",
                 "--cachegrind-out-file=/dev/null", sys.executable, "-c", COUNTED,
                 what, file.name, str(n), str(ROOT / "benchmarks")],
                capture_output=True, text=True, check=True,
                env={**os.environ, "PYTHONHASHSEED": "0"},
            )  # fmt: skip
            found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
            if found is None:
                return None
            counts.append(int(found.group(1).replace(",", "")))
    return (counts[1] - counts[0]) // passes[1]


def stage_seconds(text: str) -> dict[str, float]:
    """Least CPU time of each stage of a warm ``extract()`` on ``text``."""
    from zhproj_extract.dimensions.dates import find_dates
    from zhproj_extract.dimensions.money import find_money
    from zhproj_extract.dimensions.percentages import find_percentages
    from zhproj_extract.dimensions.quantities import find_quantities
    from zhproj_extract.numbers.lexer import lex
    from zhproj_extract.projects import DEFAULT_GRAMMAR, find_projects
    from zhproj_extract.reading.text import normalize

    ntext = normalize(text)
    money, quantities = find_money(ntext), find_quantities(ntext)
    dates = find_dates(ntext, date(2023, 2, 15))[0]
    stages = {
        "normalising": lambda: normalize(text),
        "finding the numerals (lexer)": lambda: lex(normalize(text)),
        "money": lambda: find_money(ntext),
        "quantities": lambda: find_quantities(ntext),
        "percentages": lambda: find_percentages(ntext),
        "dates": lambda: find_dates(ntext, date(2023, 2, 15)),
        "projects": lambda: find_projects(ntext, money, quantities, dates, DEFAULT_GRAMMAR),
    }
    seconds = {name: best_cpu_seconds(as_new(call), 30) for name, call in stages.items()}
    seconds["finding the numerals (lexer)"] -= seconds["normalising"]
    return seconds


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else (SEED if SEED.exists() else SAMPLE)
    text = path.read_text(encoding="utf-8")
    import jieba

    from zhproj_extract import extract, extract_many

    jieba.setLogLevel(60)
    reference = date(2023, 2, 15)
    extract(text, reference_date=reference)
    jieba.lcut(text)
    ours = best_cpu_seconds(as_new(lambda: extract(text, reference_date=reference)), 30)
    theirs = best_cpu_seconds(lambda: jieba.lcut(text), 30)

    corpus = corpus_texts()
    if corpus:
        ours_corpus = best_cpu_seconds(
            as_new(lambda: [extract(t, reference_date=reference) for t in corpus]), 5
        )
        theirs_corpus = best_cpu_seconds(lambda: [jieba.lcut(t) for t in corpus], 5)
    stages = stage_seconds(text)
    counted = {
        name: (
            instructions("extract", texts),
            instructions("extract_new", texts),
            instructions("jieba", texts),
        )
        for name, texts in (("the article", [text]), ("the development corpus", corpus))
        if texts
    }

    # long enough that the pools' start-up (each worker's first call) is not what is measured
    docs = [text] * 240
    one = median_seconds(lambda: list(extract_many(docs, workers=1)), 3)
    two = median_seconds(lambda: list(extract_many(docs, workers=2, chunksize=4)), 3)

    from zhproj_extract import extract_page
    from zhproj_extract.sources.web import read_html

    page = page_around(text)
    extract_page(page, reference_date=reference)
    page_time = best_cpu_seconds(as_new(lambda: extract_page(page, reference_date=reference)), 15)
    reading = best_cpu_seconds(lambda: read_html(page), 15)

    growth = {}
    for factor in (1, 10, 100):
        long_text = text * factor
        growth[factor] = best_cpu_seconds(
            as_new(lambda t=long_text: extract(t, reference_date=reference)), 3
        )

    baseline = in_fresh_process("pass")
    import_time = in_fresh_process("import zhproj_extract") - baseline
    first_call = (
        in_fresh_process(f"from zhproj_extract import extract; extract(open({str(path)!r}).read())")
        - baseline
    )
    memory = peak_rss_mb(f"from zhproj_extract import extract; extract(open({str(path)!r}).read())")
    jieba_first = f"import jieba; jieba.setLogLevel(60); jieba.lcut(open({str(path)!r}).read())"
    jieba_first_call = in_fresh_process(jieba_first) - baseline
    jieba_memory = peak_rss_mb(jieba_first)

    print("# Performance\n")
    print(
        f"Measured by `benchmarks/run.py` on `{path.name}` ({len(text)} characters), all in "
        "one run on the same machine (2 cores): calls in this process as the least CPU time "
        "of repeated calls, worker pools and fresh processes as medians of wall time.\n"
    )
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| warm `extract()` | {ours * 1000:.1f} ms | |")
    print(f"| `jieba.lcut` on the same text | {theirs * 1000:.1f} ms | |")
    print(f"| ratio extract / jieba.lcut | {ours / theirs:.2f}× | ≤ 0.4× |")
    if corpus:
        print(
            f"| development corpus ({len(corpus)} texts, {sum(map(len, corpus))} characters): "
            f"`extract()` / `jieba.lcut` | {ours_corpus * 1000:.0f} ms / "
            f"{theirs_corpus * 1000:.0f} ms = {ours_corpus / theirs_corpus:.2f}× | ≤ 0.4× |"
        )
    print(
        f"| throughput, 1 worker | {len(docs) / one:.1f} docs/s, "
        f"{len(docs) * len(text) / one / 1000:.0f} k chars/s | |"
    )
    print(f"| throughput, 2 workers | {len(docs) / two:.1f} docs/s | |")
    print(f"| speed-up 2 vs 1 worker | {one / two:.2f}× | ≥ 1.8× |")
    print(
        f"| warm `extract_page()` on the article inside a news page ({len(page) // 1024} kB, "
        f"GBK) | {page_time * 1000:.1f} ms ({page_time / ours:.2f}× `extract()` on the text) | |"
    )
    print(f"| of which finding the article (trafilatura) | {reading * 1000:.1f} ms | |")
    print(f"| throughput of pages, 1 process | {1 / page_time:.1f} pages/s | |")
    for factor, seconds in growth.items():
        print(
            f"| {factor}× the article (least CPU time of 3) | {seconds * 1000:.0f} ms "
            f"({seconds / growth[1]:.1f}× the 1× time) | linear |"
        )
    print(
        f"| `import zhproj_extract` (fresh process, less `python -c pass`) | "
        f"{import_time * 1000:.0f} ms | ≤ 200 ms |"
    )
    print(
        f"| first `extract()` in a fresh process, import included | {first_call:.2f} s "
        f"({first_call / jieba_first_call:.2f}× a first `jieba.lcut`, {jieba_first_call:.2f} s) "
        "| ≤ 1.2× |"
    )
    print(
        f"| peak memory (VmHWM) of that process | {memory:.0f} MB ({memory / jieba_memory:.2f}× "
        f"that of the `jieba.lcut` process, {jieba_memory:.0f} MB) | ≤ 1.2× |"
    )
    if all(None not in counts for counts in counted.values()):
        print(
            "\nThe same ratios by instructions executed (valgrind), which do not vary by run. "
            "A warm pass repeats texts the process has met; a first pass meets them new, after "
            "a warm-up on the bundled samples, as a batch of new releases does:\n"
        )
        print(
            "| text | `extract()` warm | first pass | `jieba.lcut` | ratio warm / first | target |"
        )
        print("|---|---|---|---|---|---|")
        for name, (warm, first, theirs_ir) in counted.items():
            assert warm is not None and first is not None and theirs_ir is not None
            print(
                f"| {name} | {warm / 1e6:.0f} M | {first / 1e6:.0f} M | {theirs_ir / 1e6:.0f} M | "
                f"{warm / theirs_ir:.2f}× / {first / theirs_ir:.2f}× | ≤ 0.4× |"
            )
    print("\nWhere a warm `extract()` of the article spends its time (least CPU time of 30):\n")
    print("| stage | ms | share of `jieba.lcut` |")
    print("|---|---|---|")
    for name, seconds in stages.items():
        print(f"| {name} | {seconds * 1000:.1f} | {seconds / theirs:.2f}× |")
    doc = extract(text, reference_date=reference)
    reference_line = jionlp_reference(path)
    if reference_line is None:
        print(
            "\nJioNLP could not be imported (set ZHPROJ_JIONLP_PYTHON), so there is no "
            "JioNLP reference line."
        )
    else:
        ms = float(reference_line["ms"])
        print(
            f"\n**Reference:** JioNLP {reference_line['version']} `extract_money` + "
            f"`extract_time` on the same text: {ms:.1f} ms, "
            f"{ms / (ours * 1000):.1f}× our whole `extract()`. It finds "
            f"{reference_line['money']} money and {reference_line['dates']} time mentions; "
            f"we find {len(doc.money)} money and {len(doc.dates)} date mentions (plus "
            f"{len(doc.percentages)} percentages, {len(doc.quantities)} quantities and "
            f"{len(doc.projects)} projects)."
        )


if __name__ == "__main__":
    main()
