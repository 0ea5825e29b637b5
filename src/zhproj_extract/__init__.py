"""zhproj-extract: typed, span-exact data from Chinese investment-project press releases.

>>> from zhproj_extract import extract
>>> [m.text for m in extract("计划总投资5亿元，落户高新区").money]
['5亿元']

``extract_page`` and ``extract_file`` read web pages and PDFs (the ``html`` and ``pdf``
extras).  The package imports its parts on first use, so ``import zhproj_extract`` is
cheap; jieba loads only when a word boundary is needed, page libraries when a page is read.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import _moved

__version__ = "0.1.0"

__all__ = [
    "Document",
    "Extractor",
    "Money",
    "PatternRule",
    "Unit",
    "__version__",
    "extract",
    "extract_file",
    "extract_many",
    "extract_page",
    "parse_money",
    "parse_number",
    "parse_number_range",
]

_EXPORTS = {
    "Document": "models",
    "Money": "models",
    "Extractor": "api",
    "PatternRule": "rules",
    "Unit": "dimensions.units",
    "extract": "api",
    "extract_many": "io.batch",
    "extract_file": "sources",
    "extract_page": "sources",
    "parse_money": "dimensions.money",
    "parse_number": "numbers.numerals",
    "parse_number_range": "numbers.ranges",
}

_moved.install()  # the module paths from before the folders (zhproj_extract.money …)

if TYPE_CHECKING:
    from .api import Extractor, extract
    from .dimensions.money import parse_money
    from .dimensions.units import Unit
    from .io.batch import extract_many
    from .models import Document, Money
    from .numbers.numerals import parse_number
    from .numbers.ranges import parse_number_range
    from .rules import PatternRule
    from .sources import extract_file, extract_page


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zhproj_extract' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
