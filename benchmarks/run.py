"""Speed of zhproj-extract, as ratios against baselines measured in the same run.

    python benchmarks/run.py [ARTICLE] > docs/performance.md

Medians over repeated calls.  ARTICLE defaults to the seed article beside the repository
(../shared/seeds/…) and falls back to the bundled sample.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_0067eb8b34eb989e.txt"
SAMPLE = ROOT / "samples" / "jiangmen_q1_signing.txt"


def median_seconds(call, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_fresh_process(code: str) -> float:
    """Seconds a fresh interpreter takes to run ``code`` (median of five)."""
    def run() -> None:
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return median_seconds(run, 5)


def peak_rss_mb(code: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport resource; print(resource.getrusage("
         "resource.RUSAGE_SELF).ru_maxrss)"],
        check=True, capture_output=True, text=True,
    ).stdout.split()[-1]
    return int(out) / 1024


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else (SEED if SEED.exists() else SAMPLE)
    text = path.read_text(encoding="utf-8")
    import jieba

    from zhproj_extract import extract, extract_many

    jieba.setLogLevel(60)
    reference = date(2023, 2, 15)
    extract(text, reference_date=reference)
    jieba.lcut(text)
    ours = median_seconds(lambda: extract(text, reference_date=reference), 30)
    theirs = median_seconds(lambda: jieba.lcut(text), 15)

    docs = [text] * 40
    one = median_seconds(lambda: list(extract_many(docs, workers=1)), 3)
    two = median_seconds(lambda: list(extract_many(docs, workers=2, chunksize=4)), 3)

    growth = {}
    for factor in (1, 10, 100):
        long_text = text * factor
        growth[factor] = median_seconds(lambda t=long_text: extract(t, reference_date=reference), 3)

    baseline = in_fresh_process("pass")
    import_time = in_fresh_process("import zhproj_extract") - baseline
    first_call = in_fresh_process(
        f"from zhproj_extract import extract; extract(open({str(path)!r}).read())"
    ) - baseline
    memory = peak_rss_mb(f"from zhproj_extract import extract; extract(open({str(path)!r}).read())")

    print("# Performance\n")
    print(f"Measured by `benchmarks/run.py` on `{path.name}` ({len(text)} characters), "
          "medians over repeated calls, all in one run on the same machine (2 cores).\n")
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| warm `extract()` | {ours * 1000:.1f} ms | |")
    print(f"| `jieba.lcut` on the same text | {theirs * 1000:.1f} ms | |")
    print(f"| ratio extract / jieba.lcut | {ours / theirs:.2f}× | ≤ 0.5× |")
    print(f"| throughput, 1 worker | {len(docs) / one:.1f} docs/s, "
          f"{len(docs) * len(text) / one / 1000:.0f} k chars/s | |")
    print(f"| throughput, 2 workers | {len(docs) / two:.1f} docs/s | |")
    print(f"| speed-up 2 vs 1 worker | {one / two:.2f}× | ≥ 1.8× |")
    for factor, seconds in growth.items():
        print(f"| {factor}× the article | {seconds * 1000:.0f} ms "
              f"({seconds / growth[1]:.1f}× the 1× time) | linear |")
    print(f"| `import zhproj_extract` (fresh process, less `python -c pass`) | "
          f"{import_time * 1000:.0f} ms | ≤ 200 ms |")
    print(f"| first `extract()` in a fresh process, import included | {first_call:.2f} s | |")
    print(f"| peak memory of that process | {memory:.0f} MB | ≤ 150 MB per worker |")
    try:
        import jionlp  # noqa: F401
    except ImportError:
        print("\nJioNLP is not installed here, so there is no JioNLP reference line.")


if __name__ == "__main__":
    main()
