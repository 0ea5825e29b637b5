"""The documentation site: it builds strictly, and its generated pages list what the code does.

The data-model, form and known-limits pages are written at build time by
``docs/hooks/generate.py`` from the library's tables, corpora and schema.  The fast tests
call the page functions directly (no MkDocs needed); one test builds the whole site with
``mkdocs build --strict`` when MkDocs is installed (``pip install '.[docs]'``).
"""

from __future__ import annotations

import ast
import doctest
import importlib.util
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

from zhproj_extract import (
    _calendar,
    _currencies,
    dates,
    money,
    percentages,
    projects,
    qualifiers,
    quantities,
    units,
)
from zhproj_extract.models import Document
from zhproj_extract.projects import grammar as project_grammar
from zhproj_extract.projects import prose as project_prose
from zhproj_extract.rules import Example, Rule

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / "docs" / "hooks"


def _load_hook() -> ModuleType:
    """``docs/hooks/generate.py``, imported from the hook directory."""
    sys.path.insert(0, str(HOOKS))
    try:
        spec = importlib.util.spec_from_file_location("_zhproj_docs_hook", HOOKS / "generate.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(HOOKS))
    return module


hook = _load_hook()


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    """Every generated page, by its path under docs/."""
    return {uri: build() for uri, build in hook.PAGES.items()}


def _missing(page: str, items: Iterable[object]) -> list[str]:
    return [str(item) for item in items if str(item) not in page]


# --- the build -----------------------------------------------------------------------


def test_site_builds_strictly(tmp_path: Path) -> None:
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None:
        pytest.skip("mkdocs is not installed (pip install '.[docs]')")
    site = tmp_path / "site"
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    for uri in hook.PAGES:
        built = site / uri.removesuffix(".md") / "index.html"
        assert built.is_file(), uri
    money_html = (site / "forms" / "money" / "index.html").read_text(encoding="utf-8")
    assert "money.amount" in money_html
    assert "计划总投资200亿元，落户新会区" in money_html
    assert elapsed < 120, f"the site took {elapsed:.0f} s to build"


def test_generated_pages_are_not_committed() -> None:
    for uri in hook.PAGES:
        assert not (ROOT / "docs" / uri).exists(), f"docs/{uri} is generated; delete the file"


def test_every_rule_corpus_has_a_page() -> None:
    """A module that gains a RULES corpus must be added to the hook's CORPORA (the
    projects' corpus has a page of its own)."""
    with_rules = set()
    src = ROOT / "src"
    for path in (src / "zhproj_extract").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            targets: list[ast.expr] = [node.target] if isinstance(node, ast.AnnAssign) else []
            targets += node.targets if isinstance(node, ast.Assign) else []
            if any(isinstance(t, ast.Name) and t.id == "RULES" for t in targets):
                parts = path.relative_to(src).with_suffix("").parts
                with_rules.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    documented = {module.__name__ for module, _ in hook.CORPORA.values()}
    assert with_rules == documented | {"zhproj_extract.projects"}


# --- the generated pages -------------------------------------------------------------


@pytest.mark.parametrize("dimension", ["money", "quantities", "percentages", "dates"])
def test_every_rule_example_is_on_its_page(pages: dict[str, str], dimension: str) -> None:
    module, uri = hook.CORPORA[dimension]
    page = pages[uri]
    assert module.RULES
    for rule in module.RULES:
        assert rule.name in page
        sentences = (e.sentence.replace("\n", "⏎") for e in rule.examples)  # as shown
        assert _missing(page, sentences) == [], rule.name
        surfaces = (x["text"] for e in rule.examples for x in e.expect if "text" in x)
        assert _missing(page, surfaces) == [], rule.name


def test_money_page_lists_every_currency_qualifier_and_cue(pages: dict[str, str]) -> None:
    page = pages["forms/money.md"]
    names = [name for names in _currencies.NAMED.values() for name in names]
    assert _missing(page, [*_currencies.NAMED, *names]) == []
    assert _missing(page, [*_currencies.SYMBOLS, *_currencies.SYMBOLS.values()]) == []
    assert _missing(page, [*_currencies.NAMED_SUBUNITS, *_currencies.SUBUNITS]) == []
    assert _missing(page, [*qualifiers.BEFORE, *qualifiers.AFTER]) == []
    assert _missing(page, set(qualifiers.BEFORE.values()) | set(qualifiers.AFTER.values())) == []
    assert _missing(page, money.MONEY_CUES) == []
    assert _missing(page, money.RANGE_SEPARATORS) == []
    assert _missing(page, (f"{w}均" for w in units.AVERAGED_UNITS)) == []


def test_quantities_page_lists_every_unit(pages: dict[str, str]) -> None:
    page = pages["forms/quantities.md"]
    for unit in units.UNITS:
        assert _missing(page, [unit.name, unit.kind, unit.base, *unit.forms]) == [], unit.name
    assert _missing(page, [*units.PER_UNITS, *units.PER_UNITS.values()]) == []
    assert _missing(page, [*quantities.PER_CUES, *quantities.NEEDS_CUE]) == []


def test_percentages_page_lists_its_tables(pages: dict[str, str]) -> None:
    page = pages["forms/percentages.md"]
    assert _missing(page, (f"{d}分之" for d in percentages.DENOMINATORS)) == []
    assert _missing(page, [*percentages.DIRECTION, *percentages.TENTHS]) == []


def test_dates_page_lists_every_form_and_table(pages: dict[str, str]) -> None:
    page = pages["forms/dates.md"]
    assert _missing(page, dates.FORMS) == []
    assert _missing(page, dates.FORMS.values()) == []  # each pattern, verbatim
    for relative, suffix in (
        (dates.RELATIVE_YEAR, "年"),
        (dates.RELATIVE_MONTH, "月"),
        (dates.RELATIVE_SPAN, ""),
        (dates.RELATIVE_DAY, ""),
    ):
        assert _missing(page, (f"{word}{suffix}" for word in relative)) == []
    tables: list[Iterable[str]] = [
        dates.SOLAR_FESTIVALS,
        dates.LUNAR_FESTIVALS,
        dates.EASTER_FEASTS,
        dates.EASTER_SEASONS,
        dates.ORTHODOX_ONLY,
        dates.RELIGIOUS_FEASTS,
        dates.FLOATING_FESTIVALS,
        dates.NEW_YEAR_EVE,
        dates.SOLAR_TERMS,
        dates.SEASONS,
        dates.MODIFIER_AFTER,
        dates.MODIFIER_BEFORE,
        dates.TEN_DAYS,
        dates.DURATION_UNITS,
        _calendar.ZODIAC,
    ]
    for table in tables:
        assert _missing(page, table) == []


def test_projects_page_lists_its_tables(pages: dict[str, str]) -> None:
    page = pages["forms/projects.md"]
    g = project_grammar
    assert _missing(page, [*g.SECTION_LABELS, *g.SECTION_LABELS.values()]) == []
    assert _missing(page, g.BULLETS) == []
    assert _missing(page, [*g.STAGES, *(w for ws in g.STAGES.values() for w in ws)]) == []
    assert _missing(page, [w for ws in g.EVENTS.values() for w in ws]) == []
    assert _missing(page, g.STATUS_WORDS) == []
    for cues in (
        g.TOTAL_INVESTMENT,
        g.INVESTMENT,
        g.NOT_INVESTMENT,
        g.ANNUAL_OUTPUT,
        g.TAX,
        g.JOBS,
        g.LAND,
        g.PHASES,
        project_prose.FACILITY_HEADS,
        project_prose.INTRODUCERS,
    ):
        assert _missing(page, cues) == []
    for _, header, name in hook.HEADER_LAYOUTS:
        assert header in page and name in page
    for rule in projects.RULES:  # every layout's examples are on the page
        assert rule.name in page


def test_data_model_page_lists_every_model_and_field(pages: dict[str, str]) -> None:
    page = pages["data-model.md"]
    schema = Document.model_json_schema()
    for model in [schema, *schema["$defs"].values()]:
        assert f"## {model['title']} " in page
        assert _missing(page, (f"`{field}`" for field in model["properties"])) == [], model["title"]
    assert '"$defs"' in page  # the raw schema


def test_limits_page_lists_every_known_limit(
    pages: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = pages["limits.md"]
    for _, _, example in hook.xfail_examples():
        assert example.sentence in page
    review = hook._load_review()
    assert review is not None
    assert _missing(page, review.REVIEWED_OUT_OF_SCOPE) == []
    assert _missing(page, (p.pattern for _, p, _ in review.REVIEWED_PATTERNS)) == []
    # a new known limit shows up on the next build, with its reason and a link to its rule
    limit = Example(
        "总投资约一十亿元左右吧", ({"text": "约一十亿元左右"},), xfail="a made-up limit"
    )
    rule = Rule("money.example", "A rule with a known limit.", (limit,))
    monkeypatch.setattr(money, "RULES", (*money.RULES, rule))
    page = hook.limits_page()
    assert limit.sentence in page and "a made-up limit" in page
    assert "forms/money.md#rule-money-example" in page
    assert "known limit" in hook.money_page()


def test_table_cells_escape_pipes() -> None:
    assert hook.text("a|b*c") == r"a\|b\*c"
    row = hook.table(("x", "y"), [(hook.text("1|2"), hook.code("3|4"))]).splitlines()[-1]
    assert row == r"| 1\|2 | `3|4` |"  # Python-Markdown never splits a row inside code


# --- the hand-written pages ----------------------------------------------------------


def test_getting_started_examples_run() -> None:
    result = doctest.testfile(str(ROOT / "docs" / "index.md"), module_relative=False)
    assert result.failed == 0
    assert result.attempted > 0


def test_getting_started_has_the_readme_quick_start() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start\s+```sh\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    for command in block.group(1).strip().splitlines():
        assert command in index
