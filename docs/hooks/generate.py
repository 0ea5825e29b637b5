"""MkDocs hook: the pages that list what the library supports, generated at build time.

The data-model page, one page per dimension (money, quantities, percentages, dates,
projects) and the known-limits page are written here, in memory, from the library's own
tables (``_currencies``, ``qualifiers``, ``units``, the module-level tables of each
dimension), its example corpora (``RULES``) and its JSON Schema, on every build.  None of
them is a file under ``docs/``, so none can drift from the code: a row added to a table
or an example added to a rule shows up in the next build.

Each page is a plain function returning Markdown (``PAGES``), importable without MkDocs,
so the test-suite can check the content directly (``tests/test_site.py``).
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import re
import sys
import typing
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

#: The repository checkout these docs belong to.
ROOT = Path(__file__).resolve().parents[2]
# Document the checkout's code, not whatever copy of the package is installed.
if (ROOT / "src" / "zhproj_extract").is_dir() and str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from zhproj_extract import (  # noqa: E402
    _calendar,
    _currencies,
    dates,
    models,
    money,
    percentages,
    projects,
    qualifiers,
    quantities,
    units,
)
from zhproj_extract import extract as _extract  # noqa: E402
from zhproj_extract.projects import fields as project_fields  # noqa: E402
from zhproj_extract.projects import grammar as project_grammar  # noqa: E402
from zhproj_extract.projects import names as project_names  # noqa: E402
from zhproj_extract.projects import prose as project_prose  # noqa: E402
from zhproj_extract.rules import Example, Rule  # noqa: E402

K = TypeVar("K", bound=Hashable)
V = TypeVar("V", bound=Hashable)

#: Dimensions with an example corpus: name → (module, page).  Mirrors
#: ``tests/test_corpus.py``; ``tests/test_site.py`` checks that no module's RULES is left out.
CORPORA: dict[str, tuple[ModuleType, str]] = {
    "money": (money, "forms/money.md"),
    "quantities": (quantities, "forms/quantities.md"),
    "percentages": (percentages, "forms/percentages.md"),
    "dates": (dates, "forms/dates.md"),
}

#: Where the reviewed out-of-scope peer conformance cases are kept.
CONFORMANCE_REVIEW = ROOT / "tests" / "conformance_review.py"

#: What each qualifier value means (the values themselves come from ``models.Qualifier``).
QUALIFIER_MEANING: dict[str, str] = {
    "exact": "the stated value",
    "approx": "about the stated value",
    "more_than": "more than the value (a vague 多/余 gives an upper bound too)",
    "at_least": "the value or more",
    "at_most": "the value or less",
    "less_than": "less than the value",
    "range": "from value to upper",
}


# --- Markdown helpers ----------------------------------------------------------------


def code(value: object) -> str:
    """``value`` as an inline code span, literal whatever it holds.

    Python-Markdown's tables never split a row inside a code span, so a ``|`` in code
    needs (and must get) no escape.
    """
    s = str(value)
    if "`" not in s:
        return f"`{s}`"
    fence = "``" if "``" not in s else "```"
    return f"{fence} {s} {fence}"


def text(value: object) -> str:
    """Plain text for a table cell or paragraph: Markdown syntax escaped, one line."""
    s = re.sub(r"\s+", " ", str(value))
    for char in "\\`*_[]<>|":
        s = s.replace(char, "\\" + char)
    return s


#: A Sphinx cross-reference (:func:`~zhproj_extract.numerals.read_numeral`) or a reST
#: literal (``unit``).
_INLINE = re.compile(r":[a-z]+:`(?P<tilde>~?)(?P<ref>[^`]+)`|``(?P<literal>[^`]+)``")
_LIST_ITEM = re.compile(r"^(?:\d+\.|[-*])\s")


def prose(docstring: str) -> str:
    """One paragraph of a docstring as Markdown: literals and references become code."""
    out, pos = [], 0
    for m in _INLINE.finditer(docstring):
        out.append(text(docstring[pos : m.start()]))
        if m.group("literal") is not None:
            out.append(code(m.group("literal")))
        else:
            ref = m.group("ref")
            out.append(code(ref.rsplit(".", 1)[-1] if m.group("tilde") else ref))
        pos = m.end()
    out.append(text(docstring[pos:]))
    return "".join(out).strip()


def docstring(doc: str | None, *, skip_summary: bool = True) -> str:
    """A module docstring as Markdown paragraphs and lists (its summary line left out)."""
    paragraphs = re.split(r"\n\s*\n", inspect.cleandoc(doc or ""))
    if skip_summary:
        paragraphs = paragraphs[1:]
    out = []
    for paragraph in paragraphs:
        items: list[str] = []
        for line in paragraph.split("\n"):
            if _LIST_ITEM.match(line) or not items:
                items.append(line)
            else:
                items[-1] += " " + line.strip()
        if _LIST_ITEM.match(items[0]):
            out.append("\n".join(
                f"{m.group().strip()} {prose(item[m.end():])}"
                for item in items
                for m in [_LIST_ITEM.match(item)]
                if m
            ))  # fmt: skip
        else:
            out.append(prose(" ".join(items)))
    return "\n\n".join(out) + "\n"


def words(items: Iterable[object]) -> str:
    """Table words as code spans, in table order."""
    return " ".join(code(w) for w in items) or "—"


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table; cells must already be escaped (``code``, ``text``)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        assert len(row) == len(header), (header, row)
        assert not any("\n" in cell for cell in row), row
        lines.append("| " + " | ".join(cell or " " for cell in row) + " |")
    return "\n".join(lines) + "\n"


def collapsed(title: str, body: str, kind: str = "abstract") -> str:
    """A collapsible block (pymdownx.details) holding ``body``."""
    indented = "\n".join(f"    {line}" if line else "" for line in body.rstrip("\n").split("\n"))
    return f'??? {kind} "{title.replace(chr(34), chr(39))}"\n\n{indented}\n'


def fenced(body: str, lang: str = "text") -> str:
    """A fenced code block, its fence longer than any backtick run inside."""
    fence = "```"
    while fence in body:
        fence += "`"
    return f"{fence}{lang}\n{body}\n{fence}\n"


def grouped(mapping: Mapping[K, V]) -> list[tuple[V, list[K]]]:
    """The keys of ``mapping`` gathered by value, in order of first appearance."""
    groups: dict[V, list[K]] = {}
    for key, value in mapping.items():
        groups.setdefault(value, []).append(key)
    return list(groups.items())


def generated_note(*sources: str) -> str:
    """The line at the top of a generated page that names where it comes from."""
    names = ", ".join(code(s) for s in sources)
    return (
        f'!!! info "Generated from the code"\n\n    This page is built from {names} '
        "on every build of the site, so it lists exactly what this version supports.\n"
    )


def module_path(module: ModuleType) -> str:
    """``src/zhproj_extract/money.py`` for a module of the package."""
    return "src/" + module.__name__.replace(".", "/") + ".py"


def plain(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros (5E+8 → 500000000)."""
    return models.decimal_text(value)


# --- rules and their examples --------------------------------------------------------


def rule_anchor(name: str) -> str:
    """The id of a rule's heading: ``rule-money-amount``."""
    return "rule-" + "".join(c if c.isalnum() else "-" for c in name)


def expectation(example: Example) -> str:
    """What an example must yield, as one table cell."""
    if not example.expect:
        return "**negative**: nothing of this dimension"
    items = []
    for expected in example.expect:
        fields = dict(expected)
        surface = fields.pop("text", None)
        details = ", ".join(f"{text(k)} {code(v)}" for k, v in fields.items())
        head = (
            code(surface)
            if surface is not None
            else "a project"
            if "name" in fields
            else "a mention"
        )
        items.append(f"{head}: {details}" if details else head)
    return "<br>".join(items)


def rules_section(rules: Sequence[Rule], level: int = 2) -> str:
    """Every rule: its name, description and example table (negatives and limits marked)."""
    hashes = "#" * level
    total = sum(len(r.examples) for r in rules)
    negatives = sum(1 for r in rules for e in r.examples if not e.expect)
    out = [
        f"{hashes} Rules and their examples\n",
        f"{len(rules)} rules, {total} example sentences ({negatives} negative: they must "
        "yield nothing of this dimension). The test-suite runs every one of them "
        "(`tests/test_corpus.py`); the `rule` field of each mention names its rule.\n",
    ]
    for rule in rules:
        out.append(f"{hashes}# {code(rule.name)} {{#{rule_anchor(rule.name)}}}\n")
        out.append(prose(rule.description) + "\n")
        rows = []
        for i, example in enumerate(rule.examples, 1):
            yields = expectation(example)
            if example.xfail:
                yields += f"<br>**known limit** (expected to fail): {text(example.xfail)}"
            sentence = example.sentence.replace("\n", "⏎")  # a line break, shown in one cell
            rows.append((str(i), code(sentence), yields))
        out.append(table(("#", "sentence", "must yield"), rows))
    return "\n".join(out)


# --- data model ----------------------------------------------------------------------


def model_anchor(name: str) -> str:
    return "model-" + name.lower()


def schema_type(schema: Mapping[str, Any]) -> str:
    """A JSON Schema type as a short readable phrase (models linked to their table)."""
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        return f"[{name}](#{model_anchor(name)})"
    if "anyOf" in schema:
        return " or ".join(schema_type(option) for option in schema["anyOf"])
    if "enum" in schema:
        return "one of " + ", ".join(
            code(json.dumps(v, ensure_ascii=False)) for v in schema["enum"]
        )
    if "const" in schema:
        return code(json.dumps(schema["const"], ensure_ascii=False))
    kind = schema.get("type")
    if kind == "array":
        return "list of " + schema_type(schema.get("items", {}))
    if kind == "object" and isinstance(schema.get("additionalProperties"), Mapping):
        return "object of " + schema_type(schema["additionalProperties"])
    phrase = code(kind) if kind else "any"
    if "format" in schema:
        phrase += f" ({text(schema['format'])})"
    if "minimum" in schema:
        phrase += f" ≥ {schema['minimum']}"
    return phrase


def _refs(value: object) -> list[str]:
    """The model names a schema fragment refers to, in order."""
    if isinstance(value, Mapping):
        own = [str(value["$ref"]).rsplit("/", 1)[-1]] if "$ref" in value else []
        return own + [name for child in value.values() for name in _refs(child)]
    if isinstance(value, list):
        return [name for child in value for name in _refs(child)]
    return []


def _model_order(schema: Mapping[str, Any]) -> list[str]:
    """Model names, the root first, then each as it is first referred to."""
    defs: Mapping[str, Any] = schema.get("$defs", {})
    order = [str(schema["title"])]
    queue: list[Mapping[str, Any]] = [schema]
    while queue:
        node = queue.pop(0)
        for name in _refs(node.get("properties", {})):
            if name not in order and name in defs:
                order.append(name)
                queue.append(defs[name])
    return order + sorted(set(defs) - set(order))


def data_model_page() -> str:
    """The JSON Schema of :class:`Document`, one table per model, and the raw schema."""
    schema = models.Document.model_json_schema()
    defs: Mapping[str, Any] = schema.get("$defs", {})
    out = [
        "# Data model\n",
        generated_note("Document.model_json_schema()", "src/zhproj_extract/models.py"),
        "`extract(text)` returns a `Document`; `Document.model_dump_json()` writes it as "
        "JSON and `Document.model_validate_json()` reads it back. The command line prints "
        "the same schema with `zhproj-extract schema`.\n",
        "Fields typed `number` or `string` are exact decimals: the library writes them as "
        'plain decimal strings (`"123480000000"`, never an exponent, never a float) and '
        "reads either.\n",
        "Models: " + ", ".join(f"[{n}](#{model_anchor(n)})" for n in _model_order(schema)) + ".\n",
    ]
    for name in _model_order(schema):
        model = schema if name == schema["title"] else defs[name]
        required = set(model.get("required", ()))
        out.append(f"## {name} {{#{model_anchor(name)}}}\n")
        if model.get("description"):
            out.append(docstring(str(model["description"]), skip_summary=False))
        rows = []
        for field, spec in model.get("properties", {}).items():
            if field in required:
                default = "required"
            elif "default" in spec:
                default = code(json.dumps(spec["default"], ensure_ascii=False))
            else:
                default = "computed"  # a default_factory: an empty list, dict or model
            rows.append(
                (code(field), schema_type(spec), default, text(spec.get("description", "")))
            )
        out.append(table(("field", "type", "default", "description"), rows))
    raw = json.dumps(schema, ensure_ascii=False, indent=2)
    out.append("## Raw schema\n")
    out.append(collapsed("The JSON Schema of Document", fenced(raw, "json")))
    return "\n".join(out)


# --- money ---------------------------------------------------------------------------


def qualifier_section(level: int = 2) -> str:
    """The qualifier words before and after a number, by meaning."""
    hashes = "#" * level
    values = typing.get_args(models.Qualifier)
    before = dict(grouped(qualifiers.BEFORE))
    after = dict(grouped(qualifiers.AFTER))
    rows = [
        (
            code(value),
            text(QUALIFIER_MEANING.get(value, value)),
            words(before.get(value, [])),
            words(after.get(value, [])),
        )
        for value in values
    ]
    return "\n".join(
        [
            f"{hashes} Qualifiers {{#qualifiers}}\n",
            "Words around a number that say how it relates to the real figure "
            f"({code('qualifiers.BEFORE')} and {code('qualifiers.AFTER')}, shared by money, "
            "quantities and percentages). A word before the number wins over one after it; "
            "a range is always `range`.\n",
            table(("qualifier", "meaning", "before the number", "after the number"), rows),
        ]
    )


def money_page() -> str:
    cur = _currencies
    symbols = grouped(cur.SYMBOLS)
    by_iso = dict(symbols)
    isos = [*cur.NAMED, *(iso for iso, _ in symbols if iso not in cur.NAMED)]
    currency_rows = [
        (code(iso), words(cur.NAMED.get(iso, ())), words(by_iso.get(iso, ()))) for iso in isos
    ]
    sub_rows = [
        (code(word), code(iso), code(plain(Decimal(1).scaleb(-power))))
        for word, (iso, power) in cur.NAMED_SUBUNITS.items()
    ]
    fraction_rows = [
        (code(word), code(plain(Decimal(1).scaleb(-power)))) for word, power in cur.SUBUNITS.items()
    ]
    averaged = [(code(word + "均"), code(unit)) for word, unit in units.AVERAGED_UNITS.items()]
    return "\n".join(
        [
            "# Money\n",
            generated_note(
                module_path(money),
                module_path(cur),
                module_path(qualifiers),
                module_path(units),
            ),
            docstring(money.__doc__),
            "## Currencies\n",
            f"{len(isos)} currencies. A name or symbol before or after the number sets the "
            "ISO 4217 code; longer names win over their prefixes (新台币 over 台币). "
            f"Where the text names none, the currency is {code(cur.DEFAULT_CURRENCY)}.\n",
            table(("ISO 4217", "names", "symbols (before the number)"), currency_rows),
            "### Sub-units\n",
            "After 元 or 块 (123元1角1分 = 123.11), each worth this much of the main unit:\n",
            table(("word", "of the main unit"), fraction_rows),
            "Named sub-unit currencies (两美元又三美分):\n",
            table(("word", "currency", "of the main unit"), sub_rows),
            "Accepted as a main-unit word only by `parse_money` (a string known to be "
            f"money): {words(cur.PARSE_ONLY_MAIN)}.\n",
            qualifier_section(),
            "## Money cue words {#money-cues}\n",
            "A bare 亿/万 numeral without a currency (总投资超百亿) is money, in "
            f"{code(cur.DEFAULT_CURRENCY)}, only when one of these words stands before it in "
            f"the same clause ({code('money.MONEY_CUES')}):\n",
            words(money.MONEY_CUES) + "\n",
            "## Ranges\n",
            "Two amounts joined by one of these separators are one range "
            f"({code('money.RANGE_SEPARATORS')}): {words(money.RANGE_SEPARATORS)}\n",
            "## Rates\n",
            "An amount per unit (504.3万元/亩, 每亩40万元) takes its denominator from the "
            "[rate denominators](quantities.md#rate-denominators) shared with quantities. "
            "An average stated before the amount (亩均税收30万元) is per:\n",
            table(("word", "per"), averaged),
            rules_section(money.RULES),
        ]
    )


# --- quantities ----------------------------------------------------------------------


def quantities_page() -> str:
    unit_table = units.UNITS
    kinds = list(dict.fromkeys(u.kind for u in unit_table))
    scaled = next(
        (f"1 {u.name} = {plain(u.factor)} {u.base}" for u in unit_table if u.factor != 1), ""
    )
    unit_rows = [
        (code(u.name), text(u.kind), words(u.forms), code(u.base), code(plain(u.factor)))
        for u in unit_table
    ]
    per_rows = [(code(unit), words(forms)) for unit, forms in grouped(units.PER_UNITS)]
    cue_rows = [(code(per), words(cues)) for per, cues in grouped(quantities.PER_CUES)]
    needs_cue = [(code(form), code(word)) for form, word in quantities.NEEDS_CUE.items()]
    return "\n".join(
        [
            "# Quantities\n",
            generated_note(module_path(quantities), module_path(units)),
            docstring(quantities.__doc__),
            "## Units {#units}\n",
            f"{len(unit_table)} units of {len(kinds)} kinds ({', '.join(code(k) for k in kinds)}). "
            "A mention's `unit` is the canonical name and its `value` stays in that unit; "
            "`kind` is the unit's kind. The size in the kind's base unit is what peers' "
            f"conversions are checked against ({scaled}). Latin forms match only where no "
            "letter follows (kg, not kgf).\n",
            table(("unit", "kind", "surface forms", "base unit", "size in base unit"), unit_rows),
            "Forms that count only where a word in the same clause vouches for them "
            f"({code('quantities.NEEDS_CUE')}; 1.2亿度 after 发电量 is electricity, 39度 "
            "alone is not):\n",
            table(("form", "needs the word"), needs_cue),
            "## Rate denominators {#rate-denominators}\n",
            "What a rate may be stated per, after `/` or 每 (504.3万元/亩, 0.6元/千瓦时, "
            f"每吨): surface forms by canonical name ({code('units.PER_UNITS')}, used by "
            "money rates too).\n",
            table(("per", "surface forms"), per_rows),
            "## Annual and daily figures {#per-cues}\n",
            "A quantity is a rate per period (`per`) when one of these words stands before "
            f"it in the same clause ({code('quantities.PER_CUES')}), or when `/年`, `/天` "
            "follows it (5万吨/年):\n",
            table(("per", "cue words"), cue_rows),
            "Qualifier words are those of [money](money.md#qualifiers).\n",
            rules_section(quantities.RULES),
        ]
    )


# --- percentages ---------------------------------------------------------------------


def percentages_page() -> str:
    den_rows = [
        (code(word + "分之"), code(plain(Decimal(100) / value) + " %"))
        for word, value in percentages.DENOMINATORS.items()
    ]
    tenth_rows = [(code(word), code(kind)) for word, kind in percentages.TENTHS.items()]
    direction_rows = [
        (code(direction), words(verbs)) for direction, verbs in grouped(percentages.DIRECTION)
    ]
    return "\n".join(
        [
            "# Percentages\n",
            generated_note(module_path(percentages), module_path(qualifiers)),
            docstring(percentages.__doc__),
            "## Denominators {#denominators}\n",
            "A written fraction of the whole (百分之十五, 千分之五) is read in percent; one "
            f"part of each denominator is ({code('percentages.DENOMINATORS')}):\n",
            table(("written", "one part is"), den_rows),
            "## Tenths {#tenths}\n",
            "N成 and N折 count tenths (两成 = 20, 九折 = 90, the share of the price paid); "
            f"the mention's `kind` ({code('percentages.TENTHS')}):\n",
            table(("word", "kind"), tenth_rows),
            "## Direction {#direction}\n",
            "A verb just before the number states a change and sets `direction` "
            f"({code('percentages.DIRECTION')}); a level (从64.9%提升至79.5%) has none:\n",
            table(("direction", "verbs"), direction_rows),
            "Qualifier words are those of [money](money.md#qualifiers).\n",
            rules_section(percentages.RULES),
        ]
    )


# --- dates ---------------------------------------------------------------------------


def _form_examples() -> dict[str, list[str]]:
    """Form name → the corpus mentions it reads, by the library's own form dispatch."""
    found: dict[str, list[str]] = {}
    for rule in dates.RULES:
        for example in rule.examples:
            for expected in example.expect:
                surface = str(expected.get("text", ""))
                start = next(
                    (len(w) for w in sorted(dates.MODIFIER_BEFORE, key=len, reverse=True)
                     if surface.startswith(w)),
                    0,
                )  # fmt: skip
                match = dates.DATES.match(surface, start) if surface else None
                if match is not None:
                    found.setdefault(dates.DATES.form(match), []).append(surface)
    return found


def _offset(days: int) -> str:
    if days == 0:
        return "Easter Sunday"
    plural = "s" if abs(days) > 1 else ""
    return f"Easter {'+' if days > 0 else '−'} {abs(days)} day{plural}"


def _relative_table(
    title: str, name: str, mapping: Mapping[str, int], suffix: str, note: str = ""
) -> str:
    rows = [
        (code(offset), " ".join(code(w + suffix) for w in ws))
        for offset, ws in sorted(grouped(mapping), key=lambda row: row[0])
    ]
    return "\n".join(
        [f"### {title}\n", f"({code('dates.' + name)}){note}\n", table(("offset", "words"), rows)]
    )


def dates_page() -> str:
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    ordinal = {1: "1st", 2: "2nd", 3: "3rd"}
    examples = _form_examples()
    form_rows = [
        (str(i), code(name), words(examples.get(name, []))) for i, name in enumerate(dates.FORMS, 1)
    ]
    patterns = "\n".join(
        collapsed(name, fenced(pattern), "note") for name, pattern in dates.FORMS.items()
    )
    solar = [
        (code(f"{m:02d}-{d:02d}"), words(ws))
        for (m, d), ws in sorted(grouped(dates.SOLAR_FESTIVALS), key=lambda row: row[0])
    ]
    lunar = [
        (code(f"lunar {m}-{d}"), words(ws))
        for (m, d), ws in sorted(grouped(dates.LUNAR_FESTIVALS), key=lambda row: row[0])
    ]
    easter = [
        (text(_offset(days)), words(ws))
        for days, ws in sorted(grouped(dates.EASTER_FEASTS), key=lambda row: row[0])
    ]
    easter_seasons = [
        (text(f"{_offset(first)} to {_offset(last)}"), words(ws))
        for (first, last), ws in grouped(dates.EASTER_SEASONS)
    ]
    religious = [
        (
            text(cal),
            code(f"{month}-{day}"),
            text(f"{length} day{'s' if length > 1 else ''}"),
            words(ws),
        )
        for (cal, month, day, length), ws in grouped(dates.RELIGIOUS_FEASTS)
    ]
    floating = [
        (
            text(f"{ordinal.get(n, f'{n}th')} {weekday[wd]} of month {month}"),
            words(ws),
        )
        for (month, wd, n), ws in grouped(dates.FLOATING_FESTIVALS)
    ]
    seasons = [
        (code(season), code(first), code(last)) for season, (first, last) in dates.SEASONS.items()
    ]
    modifiers = [
        (code(str(value)) if value else "none (the period itself)", words(ws))
        for value, ws in grouped(dates.MODIFIER_AFTER)
    ]
    before = [(code(value), words(ws)) for value, ws in grouped(dates.MODIFIER_BEFORE)]
    ten_days = [(code(w), text(f"days {a}–{b}")) for w, (a, b) in dates.TEN_DAYS.items()]
    durations = [(code(unit), words(ws)) for unit, ws in grouped(dates.DURATION_UNITS)]
    return "\n".join(
        [
            "# Dates\n",
            generated_note(module_path(dates), module_path(_calendar)),
            docstring(dates.__doc__),
            "## Forms {#forms}\n",
            f"{len(dates.FORMS)} forms ({code('dates.FORMS')}), tried in this order where "
            "two could start at the same place. A date mention's `rule` is `date.` and the "
            "form's name (`date.range` for two joined by 至/到/-, `date.offset` for 三年前). "
            "The examples are the corpus mentions each form reads.\n",
            table(("#", "form", "corpus examples"), form_rows),
            "### Patterns\n",
            "Each form's regular expression, as the library compiles it:\n",
            patterns,
            "## Relative words {#relative}\n",
            "Offsets from the reference date's year, month, week or day.\n",
            _relative_table("Years", "RELATIVE_YEAR", dates.RELATIVE_YEAR, "年"),
            _relative_table("Months", "RELATIVE_MONTH", dates.RELATIVE_MONTH, "月"),
            _relative_table(
                "Weeks and quarters",
                "RELATIVE_SPAN",
                dates.RELATIVE_SPAN,
                "",
                " Before 周, 星期 or 礼拜 for a week (上周), before 季度 for a quarter (下季度).",
            ),
            _relative_table("Days", "RELATIVE_DAY", dates.RELATIVE_DAY, ""),
            "## Festivals {#festivals}\n",
            "A festival without a year falls in the reference year. Dates come from the "
            "calendar libraries (`lunardate`, `chinese-calendar`, `python-dateutil`, "
            "`convertdate`), never from hand-typed tables.\n",
            f"### Fixed Gregorian dates\n\n({code('dates.SOLAR_FESTIVALS')})\n",
            table(("month-day", "names"), solar),
            f"### Lunar dates\n\n({code('dates.LUNAR_FESTIVALS')})\n",
            table(("lunar month-day", "names"), lunar),
            "The lunar new year's eve "
            f"({code('dates.NEW_YEAR_EVE')}): {words(dates.NEW_YEAR_EVE)}; 大年初N is the "
            "Nth day of the new year. Holidays and working days (春节假期后第一天, "
            "兔年首个工作日) follow the official calendar.\n",
            "### Easter-based feasts\n",
            f"Counted from Easter Sunday ({code('dates.EASTER_FEASTS')}); 东正教 before a "
            "name takes the Orthodox Easter, and "
            f"{words(dates.ORTHODOX_ONLY)} always do.\n",
            table(("day", "names"), easter),
            f"Seasons of the Christian year ({code('dates.EASTER_SEASONS')}):\n",
            table(("period", "names"), easter_seasons),
            "### Jewish and Islamic feasts\n",
            f"Month and day in the feast's calendar, and its length ({code('dates.RELIGIOUS_FEASTS')}):\n",
            table(("calendar", "month-day", "length", "names"), religious),
            f"### Floating festivals\n\n({code('dates.FLOATING_FESTIVALS')})\n",
            table(("day", "names"), floating),
            "### Solar terms and seasons\n",
            f"The 24 solar terms ({code('dates.SOLAR_TERMS')}): {words(dates.SOLAR_TERMS)}\n",
            f"Seasons run from the solar term that opens them to the next ({code('dates.SEASONS')}):\n",
            table(("season", "from", "until"), seasons),
            f"Zodiac years (兔年, {code('_calendar.ZODIAC')}): {words(_calendar.ZODIAC)}\n",
            "## Modifiers {#modifiers}\n",
            "Words after a period change what it means, and set the mention's `modifier` "
            f"({code('dates.MODIFIER_AFTER')}):\n",
            table(("modifier", "words after the period"), modifiers),
            f"Words before a period ({code('dates.MODIFIER_BEFORE')}):\n",
            table(("modifier", "words before the period"), before),
            f"The ten-day thirds of a month ({code('dates.TEN_DAYS')}):\n",
            table(("word", "days"), ten_days),
            "## Durations {#durations}\n",
            'A number and one of these units is a duration (`kind="duration"`, with '
            "`value` and canonical `unit`); followed by 前/后 it is the date that far away "
            f"({code('dates.DURATION_UNITS')}):\n",
            table(("unit", "surface forms"), durations),
            rules_section(dates.RULES),
        ]
    )


# --- projects ------------------------------------------------------------------------

#: Header layouts a project block may open with, each checked against the parser on every
#: build: (layout, header as written, name it must give).
HEADER_LAYOUTS: tuple[tuple[str, str, str], ...] = (
    ("a bullet", "● 江门储能电池项目", "江门储能电池项目"),
    ("a bracketed title", "【江门储能电池项目】", "江门储能电池项目"),
    ("a Chinese ordinal", "一、江门储能电池项目", "江门储能电池项目"),
    ("a parenthesised ordinal", "（一）江门储能电池项目", "江门储能电池项目"),
    ("an Arabic ordinal", "1. 江门储能电池项目", "江门储能电池项目"),
    ("项目N：", "项目一：江门储能电池项目", "江门储能电池项目"),
    ("a line ending in 项目", "江门储能电池项目", "江门储能电池项目"),
)

#: The body put under each header when the layouts are checked.
_SAMPLE_BODY = "\n项目介绍：项目总投资10亿元。\n"


def _parsed_name(header: str) -> str | None:
    found = _extract(header + _SAMPLE_BODY).projects
    return found[0].name if len(found) == 1 else None


def project_headers() -> list[tuple[str, str, str]]:
    """The header layouts with the name the parser gives; raises if one is not read."""
    layouts = [*HEADER_LAYOUTS]
    layouts += [
        (f"bullet {b}", f"{b} 江门储能电池项目", "江门储能电池项目")
        for b in project_grammar.BULLETS
    ]
    rows = []
    for layout, header, name in layouts:
        got = _parsed_name(header)
        if got != name:
            raise RuntimeError(
                f"docs: the project header {header!r} ({layout}) gives {got!r}, not {name!r}; "
                "update HEADER_LAYOUTS in docs/hooks/generate.py or fix the parser"
            )
        rows.append((layout, header, got))
    return rows


def projects_page() -> str:
    g = project_grammar
    labels = [(code(kind), words(ws)) for kind, ws in grouped(g.SECTION_LABELS)]
    stages = [(code(stage), words(ws)) for stage, ws in g.STAGES.items()]
    events = [(code(stage), words(ws)) for stage, ws in g.EVENTS.items()]
    statuses = [(code(status), words(ws)) for status, ws in grouped(g.STATUS_WORDS)]
    headers = project_headers()
    cues: list[tuple[str, str, Sequence[str]]] = [
        ("`investment`: the total", "grammar.TOTAL_INVESTMENT", g.TOTAL_INVESTMENT),
        ("`investment` (when no total is named), `Phase.investment`", "grammar.INVESTMENT",
         g.INVESTMENT),
        ("never the total investment", "grammar.NOT_INVESTMENT", g.NOT_INVESTMENT),
        ("`annual_output`", "grammar.ANNUAL_OUTPUT", g.ANNUAL_OUTPUT),
        ("`tax`", "grammar.TAX", g.TAX),
        ("`jobs` (a count)", "grammar.JOBS", g.JOBS),
        ("`land_area` (an area)", "grammar.LAND", g.LAND),
        ("`capacities`: every figure after one in its sentence", "fields.OUTPUT_CUES",
         project_fields.OUTPUT_CUES),
    ]  # fmt: skip
    cue_rows = [(field, code(name), words(ws)) for field, name, ws in cues]
    return "\n".join(
        [
            "# Projects\n",
            generated_note("src/zhproj_extract/projects/"),
            docstring(projects.__doc__),
            "## Block headers {#headers}\n",
            "A block opens with a header line followed by at least one labelled section. "
            "Each layout below is checked against the parser on every build of this page "
            "(the sample block's body is `项目介绍：项目总投资10亿元。`).\n",
            table(
                ("layout", "header as written", "Project.name"),
                [(text(a), code(b), code(c)) for a, b, c in headers[: len(HEADER_LAYOUTS)]],
            ),
            f"Bullets ({code('grammar.BULLETS')}): {words(g.BULLETS)}\n",
            "## Section labels {#sections}\n",
            "Labelled sections under a header, in any order; a line that is neither a "
            "section nor the rest of a name cut by a page break ends the block. The raw "
            f"text of each is kept in `Project.sections` under its kind "
            f"({code('grammar.SECTION_LABELS')}):\n",
            table(("kind", "labels"), labels),
            "## Names {#names}\n",
            "A name ends with its head (项目, 工程, or a facility after a list opener) and "
            "starts after the last word that cannot be inside a name; a name in running "
            "prose stands alone when its head is a facility "
            f"({code('prose.FACILITY_HEADS')}: {words(project_prose.FACILITY_HEADS)}), it "
            "holds a figure or a company or place in front, or one of these introduces it "
            f"({code('prose.INTRODUCERS')}): {words(project_prose.INTRODUCERS)}. "
            "Otherwise it can only abbreviate a project named before it. A company's short "
            f"name ends with one of {words(project_names.BRAND_ENDINGS)} "
            f"({code('names.BRAND_ENDINGS')}).\n",
            "## Fields and their cue words {#cues}\n",
            "Money and quantity fields are filled from the Document's own mentions in the "
            "stretch that describes the project (its block's intro, its list item, its "
            "sentences): the nearest cue word before a mention decides which field it fills.\n",
            table(("field", "table", "cue words"), cue_rows),
            f"Phase words ({code('grammar.PHASES')}): {words(g.PHASES)}.\n",
            "`investor` is the company the text states (由X投资, 投资方为X, X投资…建设, "
            "X与Y签约的, a registered company before the name), else the one the name or "
            "the text around implies (a brand in the name, the company a sentence, "
            "paragraph or headline is about); a description before it ends at the last of "
            f"these words ({code('grammar.DESCRIPTOR_ENDS')}): {words(g.DESCRIPTOR_ENDS)}\n",
            "## Progress {#progress}\n",
            "Each stage named in a project's own stretch becomes a `Milestone` with the "
            f"date mention before it ({code('grammar.STAGES')}):\n",
            table(("stage", "words"), stages),
            "A word shortly before the stage says whether it happened "
            f"({code('grammar.STATUS_WORDS')}; `unknown` when none does):\n",
            table(("status", "words"), statuses),
            "A project listed under a collective event, or in an article about one, "
            "reached that stage too (`Milestone.implicit`; "
            f"{code('grammar.EVENTS')}):\n",
            table(("stage", "event words"), events),
            rules_section(projects.RULES),
        ]
    )


# --- known limits --------------------------------------------------------------------


def _load_review() -> ModuleType | None:
    """``tests/conformance_review.py``, loaded by path (``tests/`` is not a package)."""
    if not CONFORMANCE_REVIEW.is_file():
        return None
    spec = importlib.util.spec_from_file_location("_zhproj_docs_review", CONFORMANCE_REVIEW)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def xfail_examples() -> list[tuple[str, Rule, Example]]:
    """Every example of every corpus marked as a known limit: (dimension, rule, example)."""
    return [
        (dimension, rule, example)
        for dimension, (module, _) in CORPORA.items()
        for rule in module.RULES
        for example in rule.examples
        if example.xfail
    ]


def limits_page() -> str:
    out = [
        "# Known limits\n",
        generated_note(
            *(module_path(m) for m, _ in CORPORA.values()), "tests/conformance_review.py"
        ),
        "## In the example corpora {#corpora}\n",
    ]
    limits = xfail_examples()
    if limits:
        out.append(
            f"{len(limits)} example sentences are marked as known limits (`xfail`): the "
            "test-suite expects them to fail, strictly, so a fix shows up as a test to "
            "update.\n"
        )
        rows = [
            (
                text(dimension),
                f"[{code(rule.name)}]({page}#{rule_anchor(rule.name)})",
                code(example.sentence),
                expectation(example),
                text(example.xfail or ""),
            )
            for dimension, rule, example in limits
            for page in [CORPORA[dimension][1]]
        ]
        out.append(table(("dimension", "rule", "sentence", "should yield", "why not yet"), rows))
    else:
        total = sum(len(r.examples) for m, _ in CORPORA.values() for r in m.RULES)
        out.append(
            f"None: no example of the {total} in the corpora of "
            + ", ".join(f"[{d}]({page})" for d, (_, page) in CORPORA.items())
            + " is marked as a known limit (`xfail`).\n"
        )
    out.append("## Peer conformance cases reviewed out of scope {#conformance}\n")
    review = _load_review()
    if review is None:
        out.append("The reviewed list (`tests/conformance_review.py`) is not in this checkout.\n")
        return "\n".join(out)
    out.append(
        "Cases from Recognizers-Text, Duckling, JioNLP and cn2an are run by "
        "`tests/test_conformance.py`. These failures were reviewed and are accepted, each "
        "for the reason given; they still count as failures in the printed pass rates.\n"
    )
    patterns: Sequence[tuple[str, Any, str]] = getattr(review, "REVIEWED_PATTERNS", ())
    if patterns:
        out.append("### Whole groups of cases\n")
        for source, pattern, reason in patterns:
            out.append(f"**{text(source)}**: {text(reason)}\n")
            out.append(collapsed(f"{source}: the case texts it covers", fenced(pattern.pattern)))
    cases: Mapping[str, str] = getattr(review, "REVIEWED_OUT_OF_SCOPE", {})
    out.append(f"### Single cases\n\n{len(cases)} cases, by reason.\n")
    case_rows = [
        (text(reason), "<br>".join(code(k) for k in keys)) for reason, keys in grouped(cases)
    ]
    out.append(table(("reason", "cases (origin in the peer's repository)"), case_rows))
    return "\n".join(out)


# --- the hook ------------------------------------------------------------------------

#: Page path (relative to docs/) → the function that writes it.
PAGES: dict[str, Callable[[], str]] = {
    "data-model.md": data_model_page,
    "forms/money.md": money_page,
    "forms/quantities.md": quantities_page,
    "forms/percentages.md": percentages_page,
    "forms/dates.md": dates_page,
    "forms/projects.md": projects_page,
    "limits.md": limits_page,
}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages to the site, in memory."""
    from mkdocs.exceptions import PluginError
    from mkdocs.structure.files import File

    for uri, build in PAGES.items():
        if files.get_file_from_path(uri) is not None:
            raise PluginError(
                f"docs/{uri} is generated at build time by docs/hooks/generate.py; "
                "delete the file from docs/"
            )
        files.append(File.generated(config, uri, content=build()))
    return files
