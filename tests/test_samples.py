"""The bundled sample articles against their golden output, and what they must contain."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from golden import render, samples

from zhproj_extract import extract


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.stem)
def test_sample_matches_its_golden_file(sample: Path) -> None:
    golden = sample.with_suffix(".json")
    assert golden.exists(), f"run `python tests/golden.py {sample.stem}` and review the diff"
    assert render(sample) == golden.read_text(encoding="utf-8"), (
        f"{sample.name}: output changed; if intended, run `python tests/golden.py "
        f"{sample.stem}` and review the diff"
    )


def test_every_golden_span_points_into_its_sample() -> None:
    for sample in samples():
        text = sample.read_text(encoding="utf-8")
        document = json.loads(sample.with_suffix(".json").read_text(encoding="utf-8"))
        for dimension in ("money", "percentages", "quantities"):
            for mention in document[dimension]:
                assert text[mention["start"] : mention["end"]] == mention["text"]


def test_hard_cases_cover_every_qualifier_currency_and_kind() -> None:
    text = (Path(__file__).resolve().parents[1] / "samples" / "hard_cases.txt").read_text(
        encoding="utf-8"
    )
    money = extract(text).money
    assert {m.qualifier for m in money} == {
        "exact",
        "approx",
        "more_than",
        "at_least",
        "at_most",
        "less_than",
        "range",
    }
    assert {"CNY", "USD", "EUR", "JPY", "GBP", "CHF", "KRW", "AUD", "THB", "RUB", "TWD", "HKD"} <= {
        m.unit for m in money
    }
    assert {m.kind for m in money} == {"amount", "rate", "scale"}
    by_text = {m.text: m for m in money}
    assert by_text["一百零五點六億港幣"].value == Decimal("10560000000")
    assert by_text["82，225.00元"].value == Decimal("82225")
    assert by_text["八到九百亿元"].upper == Decimal("90000000000")
    for decoy in ("五角", "一元", "十分", "一分"):
        assert decoy not in by_text


def test_capacities_sample_covers_every_unit_kind_and_percentage_form() -> None:
    text = (
        Path(__file__).resolve().parents[1] / "samples" / "capacities_and_growth.txt"
    ).read_text(encoding="utf-8")
    doc = extract(text)
    kinds = {q.kind for q in doc.quantities}
    assert {
        "energy",
        "power",
        "mass",
        "length",
        "area",
        "volume",
        "temperature",
        "data",
        "frequency",
        "items",
        "count",
    } <= kinds
    by_text = {q.text: q for q in doc.quantities}
    assert (by_text["0.6万吨左右"].value, by_text["0.6万吨左右"].per) == (Decimal(6000), "年")
    assert by_text["3斤5两"].value == Decimal("3.5")
    assert by_text["零下十五摄氏度"].value == Decimal(-15)
    assert (by_text["10-15万吨"].value, by_text["10-15万吨"].upper) == (
        Decimal(100000),
        Decimal(150000),
    )
    percentages = {p.text: p for p in doc.percentages}
    assert percentages["千分之五以内"].value == Decimal("0.5")
    assert percentages["两成"].value == Decimal(20)
    assert percentages["九折"].kind == "discount"
    assert percentages["近10个百分点"].unit == "pp"
    assert {p.kind for p in doc.percentages} == {"percent", "points", "discount"}
