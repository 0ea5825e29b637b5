"""Golden output for the bundled sample articles.

Each ``samples/NAME.txt`` has ``samples/NAME.json``: the Document that ``extract`` returns.
The test compares against it; the files change only when someone runs, deliberately::

    python tests/golden.py          # rewrite every golden file
    python tests/golden.py NAME     # rewrite one

and reviews the diff before committing it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from zhproj_extract import extract

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def render(sample: Path) -> str:
    """The golden JSON text for one sample article."""
    document = extract(sample.read_text(encoding="utf-8"))
    return json.dumps(json.loads(document.model_dump_json()), ensure_ascii=False, indent=1) + "\n"


def samples() -> list[Path]:
    """Every bundled sample article."""
    return sorted(SAMPLES.glob("*.txt"))


def main(names: list[str]) -> None:
    for sample in samples():
        if names and sample.stem not in names:
            continue
        sample.with_suffix(".json").write_text(render(sample), encoding="utf-8")
        print(f"wrote {sample.with_suffix('.json').name}")


if __name__ == "__main__":
    main(sys.argv[1:])
