"""The examples in the README and in docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = [
    "zhproj_extract",
    "zhproj_extract.api",
    "zhproj_extract.batch",
    "zhproj_extract.distributed",
    "zhproj_extract.html",
    "zhproj_extract.rules",
    "zhproj_extract.testing",
    "zhproj_extract.money",
    "zhproj_extract.numerals",
    "zhproj_extract.number_ranges",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0, f"{name} has no examples"


def test_readme_examples() -> None:
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False)
    assert result.failed == 0
    assert result.attempted > 0
