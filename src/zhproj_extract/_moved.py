"""Old module paths of modules that moved into the pipeline's folders, kept importable.

``import zhproj_extract.money`` (and every other path users imported before the package
was grouped into reading/, numbers/, dimensions/, projects/, sources/ and io/) gives the
module at its new path: the very same module object, so its names, private ones included,
are all there.  A finder on ``sys.meta_path`` does this, so the old paths need no files.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType

__all__ = ["MOVED", "install"]

#: Old module path (under ``zhproj_extract``) → where it lives now.
MOVED = {
    "text": "reading.text",
    "segment": "reading.segment",
    "numerals": "numbers.numerals",
    "number_ranges": "numbers.ranges",
    "qualifiers": "numbers.qualifiers",
    "extra_qualifiers": "numbers.extra_qualifiers",
    "money": "dimensions.money",
    "_currencies": "dimensions.currencies",
    "quantities": "dimensions.quantities",
    "units": "dimensions.units",
    "_units": "dimensions.units",
    "percentages": "dimensions.percentages",
    "dates": "dimensions.dates",
    "_calendar": "dimensions.dates.calendar_facts",
    "cli": "io.cli",
    "batch": "io.batch",
    "inputs": "io.inputs",
    "outputs": "io.outputs",
    "tables": "io.tables",
    "table": "io.project_table",
    "distributed": "io.distributed",
    "html": "io.html",
}

_PACKAGE = __name__.rpartition(".")[0]


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds an old path and loads it as the module at the new one."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != _PACKAGE or name not in MOVED:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        name = spec.name.rpartition(".")[2]
        return importlib.import_module(f"{_PACKAGE}.{MOVED[name]}")

    def exec_module(self, module: ModuleType) -> None:
        """The module ran when it was imported at its own path."""


def install() -> None:
    """Put the finder on ``sys.meta_path`` (once)."""
    if not any(isinstance(finder, _Alias) for finder in sys.meta_path):
        sys.meta_path.append(_Alias())
