"""Scoring extraction against a hand-annotated corpus of releases.

The development corpus beside the repository (``../shared/corpus``: ``texts/<id>.txt`` and
``gold.jsonl``) annotates every project and every money amount of real releases.  This
module scores a :class:`~zhproj_extract.Document` against one annotation by that corpus's
rules, and sums the scores over a corpus, per layout group (the id's first letter), so a
benchmark can print them and a test can hold them to a floor.  Any corpus in the same
schema can be scored the same way.

The rules, in short: a gold project is *found* when a reported name equals it after
removing whitespace and punctuation, or one contains the other and the shorter is at least
70% of the longer; precision counts the distinct reported names that match no gold project;
each found project's fields are scored on the one prediction that fills most of
investment, investor and location; money is right when its span overlaps a gold amount's
and its value equals it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from .models import Document, Money, Project

__all__ = [
    "CorpusItem",
    "Score",
    "load_corpus",
    "normalize_name",
    "score_document",
]

#: Punctuation removed (with whitespace) before names are compared.
NAME_PUNCTUATION = "“”\"‘’'()（）《》<>·、,，。:：;；—-"
_NAME_TABLE = str.maketrans("", "", NAME_PUNCTUATION)
#: The shorter of two names one of which contains the other must be this share of the longer.
CONTAINMENT = 0.7

#: Fields scored per found project: the count of right answers over the count scored.
FIELDS = ("investment", "investor", "location", "capacities", "annual_output", "stages")


def normalize_name(name: str) -> str:
    """A name without whitespace and the punctuation the scoring rules ignore."""
    return "".join(name.split()).translate(_NAME_TABLE)


def names_match(a: str, b: str) -> bool:
    """Two normalised names are the same project's: equal, or one holds 70% of the other."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short in long and 10 * len(short) >= round(10 * CONTAINMENT) * len(long)


@dataclass(frozen=True)
class CorpusItem:
    """One annotated text: its id, the text and the gold annotation (a JSON object)."""

    id: str
    text: str
    gold: Mapping[str, Any]

    @property
    def group(self) -> str:
        """The layout group: the id's first letter (a signings … d industry news)."""
        return self.id[:1]

    @property
    def reference_date(self) -> date | None:
        """The gold reference date, when the annotation gives a full date."""
        value = self.gold.get("reference_date")
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
        return None


def load_corpus(directory: Path) -> list[CorpusItem]:
    """The corpus in ``directory`` (``gold.jsonl`` and ``texts/<id>.txt``), in gold order."""
    items = []
    with open(directory / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                gold = json.loads(line)
                text = (directory / "texts" / f"{gold['id']}.txt").read_text(encoding="utf-8")
                items.append(CorpusItem(gold["id"], text, gold))
    return items


@dataclass
class Tally:
    """Right answers over the count scored."""

    right: int = 0
    total: int = 0

    def add(self, right: bool | int, total: int = 1) -> None:
        self.right += int(right)
        self.total += total

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.right}/{self.total} ({self.rate:.1%})"


@dataclass
class Score:
    """Scores summed over one or more documents, with every miss and spurious name."""

    found: Tally = field(default_factory=Tally)
    predicted: Tally = field(default_factory=Tally)  # right = distinct names matching gold
    #: Each field over every gold project that states it (a project not found is wrong) …
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    #: … and over the found ones only.
    fields_found: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    money: dict[str, int] = field(default_factory=lambda: {"right": 0, "predicted": 0, "gold": 0})
    misses: list[tuple[str, str]] = field(default_factory=list)  # (doc id, gold name)
    spurious: list[tuple[str, str]] = field(default_factory=list)  # (doc id, reported name)
    wrong: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    # (doc id, project, field, expected, reported)
    money_misses: list[tuple[str, str]] = field(default_factory=list)
    # (doc id, "missed 5亿元 = 500000000" or "spurious 三元")

    def __iadd__(self, other: Score) -> Score:
        for mine, theirs in ((self.found, other.found), (self.predicted, other.predicted)):
            mine.add(theirs.right, theirs.total)
        for mine_fields, theirs_fields in (
            (self.fields, other.fields),
            (self.fields_found, other.fields_found),
        ):
            for name, tally in theirs_fields.items():
                mine_fields[name].add(tally.right, tally.total)
        for key, count in other.money.items():
            self.money[key] += count
        self.misses += other.misses
        self.spurious += other.spurious
        self.wrong += other.wrong
        self.money_misses += other.money_misses
        return self

    @property
    def precision(self) -> float:
        return self.predicted.rate

    def money_prf(self) -> tuple[float, float, float]:
        """Money precision, recall and F1."""
        right, predicted, gold = self.money["right"], self.money["predicted"], self.money["gold"]
        p = right / predicted if predicted else 1.0
        r = right / gold if gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def rates(self) -> dict[str, float]:
        """Every figure by name: found, precision, each field and money F1."""
        return {
            "found": self.found.rate,
            "precision": self.precision,
            **{name: tally.rate for name, tally in self.fields.items()},
            "money_f1": self.money_prf()[2],
        }


_Prediction = Project


def _predictions(document: Document) -> list[_Prediction]:
    return list(document.projects)


def _filled(prediction: _Prediction) -> int:
    return sum(
        getattr(prediction, name, None) is not None
        for name in ("investment", "investor", "location")
    )


def _gold_names(project: Mapping[str, Any]) -> list[str]:
    return [normalize_name(n) for n in (project.get("name"), project.get("alt_name")) if n]


def _contains(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = normalize_name(a), normalize_name(b)
    return bool(a and b) and (a in b or b in a)


def score_document(item: CorpusItem, document: Document) -> Score:
    """``document`` (extracted from ``item.text``) scored against ``item.gold``."""
    score = Score()
    predictions = _predictions(document)
    named = [(normalize_name(p.name), p) for p in predictions]
    gold_projects = [g for g in item.gold.get("projects", []) if g.get("name")]
    distinct = {n for n, _ in named}
    for name in sorted(distinct):
        matched = bool(name) and any(
            names_match(name, g) for gold in gold_projects for g in _gold_names(gold)
        )
        score.predicted.add(matched)
        if not matched:
            score.spurious.append((item.id, name))
    for gold in gold_projects:
        candidates = [p for n, p in named if any(names_match(n, g) for g in _gold_names(gold))]
        score.found.add(bool(candidates))
        if not candidates:
            score.misses.append((item.id, gold["name"]))
        best = max(candidates, key=_filled) if candidates else None  # max keeps the first
        _score_fields(item.id, gold, best, score)
    _score_money(item.id, item.gold.get("money", []), document.money, score)
    return score


def _score_fields(
    doc_id: str, gold: Mapping[str, Any], best: _Prediction | None, score: Score
) -> None:
    """Each field the gold project states, right or wrong on ``best`` (None: not found)."""

    def note(field_name: str, right: bool, expected: object, reported: object) -> None:
        score.fields[field_name].add(right)
        if best is not None:
            score.fields_found[field_name].add(right)
            if not right:
                score.wrong.append((doc_id, gold["name"], field_name, str(expected), str(reported)))

    if gold.get("investment_cny") is not None:
        money = best.investment if best is not None else None
        got = money.value if money is not None else None
        note("investment", got == Decimal(gold["investment_cny"]), gold["investment_cny"], got)
    if gold.get("annual_output_cny") is not None:
        output = getattr(best, "annual_output", None)
        got = output.value if output is not None else None
        want = gold["annual_output_cny"]
        note("annual_output", got == Decimal(want), want, got)
    for name in ("investor", "location"):
        if gold.get(name):
            got_text = getattr(best, name, None)
            note(name, _contains(gold[name], got_text), gold[name], got_text)
    capacities = list(best.capacities) if best is not None else []
    values = [q.value for q in capacities]
    for capacity in gold.get("capacities", []):
        want_value = Decimal(capacity["value"])
        hit = want_value in values
        if hit:
            values.remove(want_value)
        note("capacities", hit, capacity["surface"], [q.text for q in capacities])
    stages = {m.stage for m in best.progress} if best is not None else set()
    for stage in sorted({m["stage"] for m in gold.get("progress", [])}):
        note("stages", stage in stages, stage, sorted(stages))


def _gold_value(item: Mapping[str, Any]) -> tuple[str, Decimal]:
    if item.get("currency"):
        return item["currency"], Decimal(item["value"])
    return "CNY", Decimal(item["value_cny"])


def _score_money(
    doc_id: str, gold: Sequence[Mapping[str, Any]], found: Sequence[Money], score: Score
) -> None:
    unmatched = list(gold)
    right = 0
    for money in found:
        for item in unmatched:
            unit, value = _gold_value(item)
            overlaps = money.start < item["end"] and item["start"] < money.end
            if overlaps and money.unit == unit and money.value == value:
                unmatched.remove(item)
                right += 1
                break
        else:
            score.money_misses.append(
                (doc_id, f"spurious {money.text} = {money.value} {money.unit}")
            )
    for item in unmatched:
        unit, value = _gold_value(item)
        score.money_misses.append((doc_id, f"missed {item['surface']} = {value} {unit}"))
    score.money["right"] += right
    score.money["predicted"] += len(found)
    score.money["gold"] += len(gold)


def score_corpus(
    items: Iterable[CorpusItem], documents: Iterable[Document]
) -> Iterator[tuple[CorpusItem, Score]]:
    """Each item's score, pairing items with the documents extracted from them."""
    for item, document in zip(items, documents, strict=True):
        yield item, score_document(item, document)
