"""Accuracy on the development corpus of real releases, held to the floor reached so far.

The corpus (``$ZHPROJ_CORPUS_DIR``, default ``../shared/corpus``) is hand-annotated real
text that is not part of this repository; without it these tests skip and say why.  Each
floor is a ratchet: raise it when a change improves the figure, never lower it to make a
change pass.  ``python benchmarks/accuracy.py`` prints the figures and every miss.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zhproj_extract import extract
from zhproj_extract.evaluation import Score, load_corpus, score_document

CORPUS = Path(
    os.environ.get("ZHPROJ_CORPUS_DIR", Path(__file__).resolve().parents[2] / "shared" / "corpus")
)

#: Group → figure → floor.  Fields count over every gold project that states them.
FLOORS: dict[str, dict[str, float]] = {
    "all": {"found": 0.950, "precision": 0.978, "investment": 0.921, "investor": 0.865, "location": 0.904, "capacities": 0.911, "annual_output": 0.923, "stages": 0.950, "money_f1": 0.998},
    "a": {"found": 0.970, "precision": 0.985, "investment": 0.750, "investor": 1.000, "location": 0.920, "capacities": 0.958, "annual_output": 1.000, "stages": 0.959, "money_f1": 0.991},
    "b": {"found": 0.943, "precision": 0.971, "investment": 0.941, "investor": 0.772, "location": 0.769, "capacities": 0.900, "annual_output": 1.000, "stages": 0.938, "money_f1": 1.000},
    "c": {"found": 0.916, "precision": 0.978, "investment": 1.000, "investor": 0.904, "location": 0.956, "capacities": 0.923, "annual_output": 1.000, "stages": 1.000, "money_f1": 1.000},
    "d": {"found": 0.924, "precision": 0.979, "investment": 0.916, "investor": 0.742, "location": 0.925, "capacities": 0.860, "annual_output": 0.666, "stages": 0.840, "money_f1": 1.000},
}  # fmt: skip


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    if not (CORPUS / "gold.jsonl").exists():
        pytest.skip(f"development corpus not found at {CORPUS} (set ZHPROJ_CORPUS_DIR)")
    by_group: dict[str, Score] = {"all": Score()}
    for item in load_corpus(CORPUS):
        score = score_document(item, extract(item.text, reference_date=item.reference_date))
        by_group["all"] += score
        by_group.setdefault(item.group, Score()).__iadd__(score)
    return by_group


@pytest.mark.parametrize(
    ("group", "figure"),
    [(group, figure) for group, floors in FLOORS.items() for figure in floors],
)
def test_figure_stays_above_its_floor(scores: dict[str, Score], group: str, figure: str) -> None:
    rate = scores[group].rates()[figure]
    assert rate >= FLOORS[group][figure], f"{group} {figure}: {rate:.3f}"


def test_every_reported_name_is_in_the_text(scores: dict[str, Score]) -> None:
    for item in load_corpus(CORPUS):
        for project in extract(item.text, reference_date=item.reference_date).projects:
            for mention in project.mentions:
                assert item.text[mention.start : mention.end] == mention.text
            # the name is written at a mention: the first, or the whole's where a phase of it
            # (X项目一期) was named before it
            assert project.name in {"".join(m.text.split()) for m in project.mentions}
