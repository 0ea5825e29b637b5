"""The one timing helper of the linear-growth checks: the best CPU time of a call."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_cpu_seconds(call: Callable[[], object], repeat: int = 3) -> float:
    """CPU time of ``call``, best of ``repeat``: other processes on the machine do not
    count, nor does a garbage collection of the test process's own heap (collected before,
    held off during the calls), and never less than 0.1 ms (so a ratio of two is not
    a ratio of noise)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            call()
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return max(best, 1e-4)


def growth_ratio(small: Callable[[], object], large: Callable[[], object], bound: float) -> float:
    """How many times longer ``large`` takes than ``small``: measured again (up to three
    times) while the ratio is above ``bound``, keeping the smallest.  A quadratic cost stays
    above the bound however often it is measured; a pause of the VM during one measurement
    does not."""
    ratio = float("inf")
    for _ in range(3):
        ratio = min(ratio, best_cpu_seconds(large, 5) / best_cpu_seconds(small, 5))
        if ratio <= bound:
            break
    return ratio
