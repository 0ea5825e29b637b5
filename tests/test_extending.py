"""Extending without editing the package: units, section labels, names, pattern rules,
and the testing helpers and pytest fixtures that check them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import regex

from zhproj_extract import Extractor, PatternRule, Unit, extract
from zhproj_extract.api import RuleError
from zhproj_extract.numerals import parse_number
from zhproj_extract.rules import example
from zhproj_extract.testing import assert_examples, assert_extracts

BARREL = Unit("桶", "items", ("桶", "bbl"), "桶")


def _small_targets(m: regex.Match[str]) -> dict[str, Any] | None:
    number = parse_number(m.group("n"))
    return None if number is None else {"value": number * 10**8, "unit": "CNY"}


#: A money rule: 一个小目标 is internet slang for 一亿元.
SMALL_TARGET = PatternRule(
    name="small_target",
    dimension="money",
    forms={"count": r"(?P<n>[0-9]+|[一二两三四五六七八九十]+)个小目标"},
    normalize=_small_targets,
    description="N个小目标 = N亿元",
    examples=(
        example("今年先定三个小目标", {"text": "三个小目标", "value": "300000000"}),
        example("小目标要一个一个实现"),
    ),
)

BLOCK = """● 江海港区原油码头项目
建设规模：由行业龙头华友钴业投资建设，计划总投资30亿元，落户江门人才岛，年吞吐量300万桶。
项目进展：计划5月开工
"""


def test_an_extra_unit_is_found_with_its_annual_scope() -> None:
    port = Extractor(units=[BARREL])
    assert_extracts(
        port,
        "年吞吐量300万桶，另有泊位2个",
        {"quantities": [{"text": "300万桶", "value": "3000000", "unit": "桶", "per": "年"},
                        {"text": "2个", "unit": "个"}]},
    )  # fmt: skip
    assert [q.text for q in extract("年吞吐量300万桶").quantities] == []


def test_section_labels_places_and_companies_make_a_block_a_project() -> None:
    # 建设规模 is not a label the library knows: the header is only a bulleted line, whose
    # lines below describe it, but no block with sections
    (plain,) = extract(BLOCK).projects
    assert (plain.layout, plain.investment and plain.investment.text) == ("list", "30亿元")
    assert plain.sections == {}
    local = Extractor(
        units=[BARREL],
        section_labels={"建设规模": "intro"},
        places=["江门人才岛"],
        companies=["华友钴业"],
    )
    document = assert_extracts(
        local,
        BLOCK,
        {
            "projects": [
                {
                    "name": "江海港区原油码头项目",
                    "investor": "华友钴业",
                    "location": "江门人才岛",
                    "investment": "30亿元",
                    "capacities": [{"value": "3000000", "unit": "桶", "per": "年"}],
                    "progress": [{"stage": "construction_start", "status": "planned"}],
                }
            ]
        },
    )
    assert document.projects[0].sections["intro"].startswith("由行业龙头华友钴业")


def test_without_the_names_the_heuristics_guess() -> None:
    labels_only = Extractor(section_labels={"建设规模": "intro"})
    (project,) = labels_only.extract(BLOCK).projects
    # 由…投资建设 names a short investor; 江门人才岛 has no suffix, so the district
    # that begins the name (江海区, short 江海) is the place instead
    assert (project.investor, project.location) == ("华友钴业", "江海")


def test_a_pattern_rule_adds_named_mentions_and_its_examples_hold() -> None:
    extractor = Extractor(rules=[SMALL_TARGET])
    assert_examples(extractor, SMALL_TARGET)
    document = assert_extracts(
        extractor,
        "首期投资5亿元，目标是两个小目标",
        {"money": [{"text": "5亿元", "rule": "money.amount"},
                   {"text": "两个小目标", "value": "200000000", "unit": "CNY",
                    "rule": "small_target.count"}]},
    )  # fmt: skip
    assert document.money[1].value == Decimal(200000000)
    assert extract("两个小目标").money == []


def test_a_rule_sees_normalised_text_and_keeps_original_offsets() -> None:
    text = "目標：１２個小目標"  # traditional characters and full-width digits
    (money,) = Extractor(rules=[SMALL_TARGET]).extract(text).money
    assert (money.text, money.value) == ("１２個小目標", Decimal(1200000000))
    assert text[money.start : money.end] == money.text


def test_assert_extracts_reports_what_differs() -> None:
    with pytest.raises(AssertionError, match=r"money\[0\]\.value: expected '6', found '500000000'"):
        assert_extracts(None, "投资5亿元", {"money": [{"value": "6"}]})
    with pytest.raises(AssertionError, match="expected 0, found 1"):
        assert_extracts(None, "投资5亿元", {"money": []})
    with pytest.raises(ValueError, match="no Document list"):
        assert_extracts(None, "投资5亿元", {"moneys": []})


def test_assert_examples_fails_on_a_wrong_example() -> None:
    wrong = PatternRule(
        "small_target",
        "money",
        SMALL_TARGET.forms,
        _small_targets,
        examples=(example("三个小目标", {"value": "3"}),),
    )
    with pytest.raises(AssertionError, match="value: expected '3'"):
        assert_examples(Extractor(rules=[wrong]), wrong)


def test_misuse_fails_loudly() -> None:
    with pytest.raises(TypeError, match="Unit objects"):
        Extractor(units=["桶"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="PatternRule objects"):
        Extractor(rules=[r"\d+个小目标"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not one string"):
        Extractor(places="江门人才岛")
    with pytest.raises(ValueError, match="dimension must be one of"):
        PatternRule("x", "weights", {"f": "x"}, _small_targets)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="form 'f'"):
        PatternRule("x", "money", {"f": "(unclosed"}, _small_targets)
    broken = PatternRule("broken", "money", {"f": "小目标"}, lambda m: {"value": "many"})
    with pytest.raises(RuleError, match="rule 'broken' on '小目标'"):
        Extractor(rules=[broken]).extract("一个小目标")


def test_the_plugin_serves_the_bundled_samples_and_their_golden_output(
    zhproj_samples: dict[str, str], zhproj_golden: dict[str, dict[str, Any]]
) -> None:
    bundled = Path(__file__).resolve().parents[1] / "samples"
    assert set(zhproj_samples) == {p.stem for p in bundled.glob("*.txt")} == set(zhproj_golden)
    text = zhproj_samples["jiangmen_q1_signing"]
    assert json.loads(extract(text).model_dump_json()) == zhproj_golden["jiangmen_q1_signing"]


def test_the_plugin_fixture_is_the_default_extractor(zhproj_extractor: Extractor) -> None:
    assert [m.text for m in zhproj_extractor.extract("投资5亿元").money] == ["5亿元"]


def test_the_worked_examples_in_the_extending_page_run(
    zhproj_samples: dict[str, str], zhproj_golden: dict[str, dict[str, Any]]
) -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "extending.md").read_text("utf-8")
    blocks = regex.findall(r"```python\n(.*?)```", page, flags=regex.DOTALL)
    rule_block = next(b for b in blocks if "SMALL_TARGET = PatternRule(" in b)
    worked = next(b for b in blocks if b.startswith("# tests/test_port_rules.py"))
    namespace: dict[str, Any] = {}
    exec(compile(rule_block, "docs/extending.md", "exec"), namespace)
    assert_examples(namespace["extractor"], namespace["SMALL_TARGET"])
    exec(compile(worked, "docs/extending.md", "exec"), namespace)
    namespace["test_a_barrel_is_an_annual_capacity"]()
    namespace["test_a_construction_scale_section_opens_a_project"]()
    namespace["test_the_bundled_samples_are_unchanged"](zhproj_samples, zhproj_golden)


def test_a_rule_that_backtracks_without_end_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from zhproj_extract import api

    monkeypatch.setattr(api, "RULE_SECONDS_PER_MB", 0.05)
    runaway = PatternRule("runaway", "money", {"f": r"(a|aa)+\d"}, lambda m: None)
    with pytest.raises(RuleError, match=r"rule 'runaway' took over .* backtracks"):
        Extractor(rules=[runaway]).extract("a" * 40)


def test_extra_qualifier_words_widen_the_span_and_set_the_qualifier() -> None:
    hedged = Extractor(qualifiers_before={"逼近": "approx"}, qualifiers_after={"开外": "more_than"})
    text = "投资逼近 5亿元，年产20万吨开外，增长超10%，达3成开外"
    document = assert_extracts(
        hedged,
        text,
        {
            "money": [{"text": "逼近 5亿元", "qualifier": "approx", "value": "500000000"}],
            "quantities": [{"text": "20万吨开外", "qualifier": "more_than"}],
            "percentages": [{"text": "超10%", "qualifier": "more_than"},
                            {"text": "3成开外", "qualifier": "more_than", "value": "30"}],
        },
    )  # fmt: skip
    for m in [*document.money, *document.quantities, *document.percentages]:
        assert text[m.start : m.end] == m.text
    default = extract(text)  # the library reads 近 alone, and no 开外
    assert [m.text for m in [*default.money, *default.quantities]] == ["近 5亿元", "20万吨"]
    with pytest.raises(ValueError, match="qualifier of '开外' must be one of"):
        Extractor(qualifiers_after={"开外": "plenty"})


def test_every_module_path_from_before_the_folders_still_imports() -> None:
    """Modules moved into reading/, numbers/, dimensions/ and io/ keep their old paths:
    the very same module object, private names included."""
    import importlib

    from zhproj_extract._moved import MOVED

    for old, new in MOVED.items():
        module = importlib.import_module(f"zhproj_extract.{old}")
        assert module is importlib.import_module(f"zhproj_extract.{new}"), old
    from zhproj_extract.money import find_money
    from zhproj_extract.text import normalize

    assert normalize("１２亿元").text == "12亿元"
    assert find_money.__module__ == "zhproj_extract.dimensions.money"
