"""Shared test fixtures: paths to the seed article and hypothesis profiles.

Hypothesis profiles: ``default`` is quick (CI on two cores) and derandomised, so that a run
of CI passes or fails by the code alone; ``deep`` is for nightly or benchmark runs
(``HYPOTHESIS_PROFILE=deep pytest``) and draws new examples each time.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_0067eb8b34eb989e.txt"
SAMPLES = ROOT / "samples"

settings.register_profile(
    "default",
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "deep", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The real article the product was designed from (skipped when ../shared is absent)."""
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (../shared is not beside the repo)")
    return SEED.read_text(encoding="utf-8")
