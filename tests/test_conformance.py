"""Peer-project conformance: run other projects' money and number test cases against our API.

The cases live outside the repo (``ZHPROJ_CONFORMANCE_DIR``, by default
``<repo>/../shared/conformance``). They are read at test time and never copied here: they are
third-party test data under their own licences, and the directory README documents the
schema (``source``, ``dimension``, ``text``, ``expected[{surface,value,unit,extra}]``,
``origin``, ``meta``).

The peers disagree with each other and sometimes with us, so these tests measure rather than
gate case by case. There is one test per file. It judges every case, prints a line like
``recognizers-text_money.jsonl: 31/35 passed (88.6%), reviewed-out-of-scope 2`` (shown with
``pytest -s``), and stores the result in :data:`SUMMARY`. Then ``test_pass_rate_thresholds``
asserts the per-dimension target for every file that has at least :data:`MIN_CASES_FOR_THRESHOLD`
cases. Set ``ZHPROJ_CONFORMANCE_VERBOSE=1`` to list every failing case (origin, text, what we
produced, what the peer expects).

To cover another dimension (percent, quantity, date), write a judge ``(case) -> Verdict``,
register it in :data:`JUDGES` and :data:`THRESHOLDS`, and add its files to
:data:`IN_SCOPE_FILES`.

Reviewed failures are listed in ``conformance_review.py`` (origin -> reason). They still count
as failures in the rates. The list only records that someone looked at them and accepted them.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Context, Decimal
from pathlib import Path
from typing import Any

import pytest

from zhproj_extract import extract, parse_money, parse_number, parse_number_range
from zhproj_extract.models import Measure, Money
from zhproj_extract.units import UNITS

#: One JSONL record, as documented in the conformance README.
Case = dict[str, Any]

CONFORMANCE_DIR = Path(
    os.environ.get("ZHPROJ_CONFORMANCE_DIR")
    or Path(__file__).resolve().parents[1] / ".." / "shared" / "conformance"
).resolve()

VERBOSE = os.environ.get("ZHPROJ_CONFORMANCE_VERBOSE", "") == "1"

#: Files judged now. Percent/quantity/date files join once their judges exist.
IN_SCOPE_FILES: tuple[str, ...] = (
    "recognizers-text_money.jsonl",
    "duckling_money.jsonl",
    "jionlp_money.jsonl",
    "recognizers-text_number.jsonl",
    "recognizers-text_number-range.jsonl",
    "recognizers-text_number-ordinal.jsonl",
    "duckling_number.jsonl",
    "duckling_number-ordinal.jsonl",
    "cn2an_number.jsonl",
    "recognizers-text_percent.jsonl",
    "cn2an_percent.jsonl",
    "recognizers-text_quantity.jsonl",
    "duckling_quantity.jsonl",
    "cn2an_quantity.jsonl",
    "duckling_date.jsonl",
    "jionlp_date.jsonl",
    "recognizers-text_date.jsonl",
)

#: Minimum pass rate per dimension, and the file size below which a rate is too noisy to gate.
THRESHOLDS: dict[str, float] = {"money": 0.90, "number": 0.90, "percent": 0.85, "quantity": 0.80}
#: Dates are judged over all date files together (the peers disagree on conventions).
DATE_THRESHOLD = 0.70
MIN_CASES_FOR_THRESHOLD = 20

#: Peers' values are sometimes computed in binary floating point ("2.02107211321364E+23"),
#: so values that agree to 15 significant digits also count as equal.
_FLOAT_CONTEXT = Context(prec=15, rounding=ROUND_HALF_UP)
_ISO_4217 = re.compile(r"[A-Z]{3}")


def _load_review() -> tuple[dict[str, str], list[tuple[str, re.Pattern[str], str]]]:
    """Load the reviewed list (single cases and patterns) from its file path.

    Loading by path works with every pytest import mode, because ``tests/`` is not a package.
    """
    path = Path(__file__).with_name("conformance_review.py")
    spec = importlib.util.spec_from_file_location("_zhproj_conformance_review", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.REVIEWED_OUT_OF_SCOPE, module.REVIEWED_PATTERNS


REVIEWED_OUT_OF_SCOPE, REVIEWED_PATTERNS = _load_review()


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """The outcome of judging one case. ``got`` and ``want`` are short human-readable texts."""

    passed: bool
    got: str
    want: str
    error: str | None = None
    #: False for a case outside what the rate measures (a date case whose answer is a
    #: clock time, not a calendar period); it is counted apart.
    judged: bool = True


@dataclass(frozen=True)
class Failure:
    """A failing case, kept so it can be listed in the verbose output and in reports."""

    origin: str
    text: str
    verdict: Verdict
    review: str | None


@dataclass
class FileResult:
    """The pass rate of one conformance file, plus the details needed to explain it."""

    name: str
    dimensions: frozenset[str]
    total: int = 0
    passed: int = 0
    #: cases outside the measured population (see :attr:`Verdict.judged`)
    excluded: int = 0
    failures: list[Failure] = field(default_factory=list)
    #: Reviewed cases that pass now, so their review entries may be stale.
    reviewed_passing: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """The fraction of cases passed (reviewed failures count as failures)."""
        return self.passed / self.total if self.total else 1.0

    @property
    def reviewed(self) -> int:
        """The number of failing cases that are on the reviewed out-of-scope list."""
        return sum(1 for f in self.failures if f.review is not None)

    @property
    def errors(self) -> list[Failure]:
        """The failures where our library raised instead of answering."""
        return [f for f in self.failures if f.verdict.error is not None]

    def line(self) -> str:
        """The one-line summary printed for each file."""
        text = (
            f"{self.name}: {self.passed}/{self.total} passed ({self.rate:.1%}), "
            f"reviewed-out-of-scope {self.reviewed}"
        )
        if self.excluded:
            text += f", not a calendar period {self.excluded}"
        if self.errors:
            text += f", exceptions {len(self.errors)}"
        if self.reviewed_passing:
            text += f", reviewed-but-passing {len(self.reviewed_passing)}"
        return text


#: file name -> result, filled by the per-file tests (or on demand by the threshold test).
SUMMARY: dict[str, FileResult] = {}


# --------------------------------------------------------------------------------------------
# Value helpers
# --------------------------------------------------------------------------------------------


def same_value(ours: Decimal | None, theirs: Decimal | None) -> bool:
    """Compare numbers: equal as Decimal, or equal when both are rounded to 15 digits."""
    if ours is None or theirs is None:
        return ours is None and theirs is None
    if ours == theirs:
        return True
    return _FLOAT_CONTEXT.plus(ours) == _FLOAT_CONTEXT.plus(theirs)


def _dec(value: str | None, scale: Decimal = Decimal(1)) -> Decimal | None:
    """Turn a peer value string into a Decimal in our units (``scale`` converts cents)."""
    return None if value is None else Decimal(value) * scale


def _show(value: Decimal | None) -> str:
    """Format a Decimal as a plain string for messages."""
    if value is None:
        return "None"
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _span_of(case: Case, item: dict[str, Any]) -> tuple[int, int] | None:
    """Return the expected span ``[start, end)`` of an item, or None if the peer gives none.

    Recognizers-Text gives offsets (``start``, ``end_inclusive``). Its ``surface`` may be
    normalised, so it cannot be searched for. Other peers give only the surface, which is
    searched for in the text.
    """
    extra = item["extra"]
    if "start" in extra and "end_inclusive" in extra:
        return int(extra["start"]), int(extra["end_inclusive"]) + 1
    surface = item["surface"]
    if surface is None:
        return None
    pos = str(case["text"]).find(surface)
    return None if pos < 0 else (pos, pos + len(surface))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Return True if the two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def _bipartite_match(n_left: int, n_right: int, ok: Callable[[int, int], bool]) -> bool:
    """Return True if every left node can be paired with its own distinct right node.

    This is Kuhn's augmenting-path algorithm. The instances are tiny, but a greedy pairing
    could wrongly fail when two expected entities both overlap the same mention.
    """
    owner: list[int | None] = [None] * n_right

    def augment(left: int, seen: set[int]) -> bool:
        for right in range(n_right):
            if right in seen or not ok(left, right):
                continue
            seen.add(right)
            current = owner[right]
            if current is None or augment(current, seen):
                owner[right] = left
                return True
        return False

    return all(augment(left, set()) for left in range(n_left))


# --------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoneyExpectation:
    """What one expected money entity demands of a mention. A None field is not checked."""

    span: tuple[int, int] | None
    value: Decimal | None
    upper: Decimal | None
    #: True when the peer gives only an upper bound (duckling "under").
    upper_only: bool
    unit: str | None

    @classmethod
    def from_item(cls, case: Case, item: dict[str, Any], *, with_span: bool) -> MoneyExpectation:
        """Apply the peer conventions: cents, intervals, and which units can be checked."""
        extra = item["extra"]
        scale = Decimal("0.01") if item["unit"] == "cent" else Decimal(1)
        interval = extra.get("interval")
        if isinstance(interval, dict):
            lower = _dec(interval.get("from"), scale)
            upper = _dec(interval.get("to"), scale)
        else:
            lower, upper = _dec(item["value"], scale), None
        # JioNLP's units are Chinese names; the conversion added an ISO code next to them.
        # Duckling "$"/"cent" and Recognizers' "Dollar"/"Bitcoin" are not ISO codes.
        unit = extra.get("currency_iso_derived") or item["unit"]
        if not (isinstance(unit, str) and _ISO_4217.fullmatch(unit)):
            unit = None
        return cls(
            span=_span_of(case, item) if with_span else None,
            value=lower,
            upper=upper,
            upper_only=lower is None and upper is not None,
            unit=unit,
        )

    def matches(self, money: Money) -> bool:
        """Return True if the mention satisfies the span, value, upper and unit demands."""
        if self.span is not None and not _overlaps(self.span, (money.start, money.end)):
            return False
        if self.unit is not None and money.unit != self.unit:
            return False
        if self.upper_only:
            # Only an upper bound: accept it as our upper, or as our value if we give no upper.
            bound = money.upper if money.upper is not None else money.value
            return same_value(bound, self.upper)
        if self.value is not None and not same_value(money.value, self.value):
            return False
        return self.upper is None or same_value(money.upper, self.upper)

    def describe(self) -> str:
        """Format the expectation for messages."""
        if self.upper_only:
            amount = f"..{_show(self.upper)}"
        elif self.upper is not None:
            amount = f"{_show(self.value)}..{_show(self.upper)}"
        else:
            amount = _show(self.value) if self.value is not None else "(any value)"
        span = f"@{self.span[0]}:{self.span[1]}" if self.span else ""
        return f"{amount} {self.unit or '(any unit)'}{span}"


def _describe_money(money: Sequence[Money]) -> str:
    """Format our money mentions for messages."""
    if not money:
        return "no money"
    parts = []
    for m in money:
        amount = _show(m.value) + (f"..{_show(m.upper)}" if m.upper is not None else "")
        parts.append(f"{m.text!r}@{m.start}:{m.end}={amount} {m.unit} [{m.qualifier}]")
    return "; ".join(parts)


def judge_money(case: Case) -> Verdict:
    """Judge a money case.

    Parser cases (``meta.parser_input``, ``meta.full_match``) go through ``parse_money`` on
    the whole text, and its single result must match the single expectation. Other cases go
    through ``extract``, and each expected entity needs its own overlapping mention with an
    equal value. ``expected == []`` means no money at all.
    """
    text: str = case["text"]
    meta = case.get("meta") or {}
    whole = bool(meta.get("parser_input") or meta.get("full_match"))
    if whole:
        parsed = parse_money(text)
        ours: list[Money] = [] if parsed is None else [parsed]
    else:
        ours = list(extract(text).money)
    got = _describe_money(ours)
    if not case["expected"]:
        return Verdict(passed=not ours, got=got, want="no money")
    wants = [
        MoneyExpectation.from_item(case, item, with_span=not whole) for item in case["expected"]
    ]
    want = "; ".join(w.describe() for w in wants)
    if whole and len(wants) != 1:
        return Verdict(passed=False, got=got, want=want, error="parser case with several items")
    passed = _bipartite_match(len(wants), len(ours), lambda i, j: wants[i].matches(ours[j]))
    return Verdict(passed=passed, got=got, want=want)


# --------------------------------------------------------------------------------------------
# Numbers (cardinals, ordinals, ranges)
# --------------------------------------------------------------------------------------------


def _parse_interval(interval: str) -> tuple[Decimal | None, Decimal | None]:
    """Read a Recognizers interval like ``"(500,)"`` or ``"[10,20)"``; brackets are ignored."""
    low, _, high = interval.strip().strip("[]()").partition(",")
    return _dec(low.strip() or None), _dec(high.strip() or None)


def _judge_range_item(surface: str, interval: str) -> tuple[bool, str, str]:
    """Judge a number-range item with ``parse_number_range``: both endpoints must agree."""
    lower, upper = _parse_interval(interval)
    want = f"{surface!r} -> {_show(lower)}..{_show(upper)} {interval}"
    result = parse_number_range(surface)
    if result is None:
        return False, f"{surface!r} -> None", want
    ok = same_value(result.lower, lower) and same_value(result.upper, upper)
    return ok, f"{surface!r} -> {_show(result.lower)}..{_show(result.upper)}", want


def judge_number(case: Case) -> Verdict:
    """Judge a number case (cardinal, ordinal or range) through the whole-string parsers.

    Every expected item must satisfy ``parse_number(surface) == value``; ordinals such as
    "第七" go through ``parse_number`` too. Range items (a Recognizers interval string) go to
    ``parse_number_range``. ``expected == []`` means ``parse_number(text)`` must be None.
    """
    if not case["expected"]:
        result = parse_number(case["text"])
        return Verdict(passed=result is None, got=_show(result), want="None")
    ok_all, gots, wants = True, [], []
    for item in case["expected"]:
        # the peer sometimes normalised its surface (-2.5 M -> -2.5 m); judge the real slice
        surface: str = item["extra"].get("input_slice") or item["surface"]
        interval = item["extra"].get("interval")
        if isinstance(interval, str):
            ok, got, want = _judge_range_item(surface, interval)
        else:
            expected = _dec(item["value"])
            result = parse_number(surface)
            ok = same_value(result, expected)
            got, want = f"{surface!r} -> {_show(result)}", f"{surface!r} -> {_show(expected)}"
        ok_all = ok_all and ok
        if not ok:
            gots.append(got)
            wants.append(want)
    return Verdict(passed=ok_all, got="; ".join(gots), want="; ".join(wants))


# --------------------------------------------------------------------------------------------
# Percentages and quantities
# --------------------------------------------------------------------------------------------

#: Peers' unit names -> (base unit, size in it), the same bases as our unit table.
PEER_UNITS: dict[str, tuple[str, Decimal]] = {
    # duckling
    "metre": ("m", Decimal(1)), "kilometre": ("m", Decimal(1000)),
    "centimetre": ("m", Decimal("0.01")), "foot": ("m", Decimal("0.3048")),
    "inch": ("m", Decimal("0.0254")), "mile": ("m", Decimal("1609.344")),
    "gram": ("g", Decimal(1)), "litre": ("L", Decimal(1)),
    "millilitre": ("L", Decimal("0.001")), "gallon": ("L", Decimal("3.785411784")),
    # Recognizers-Text
    "Meter": ("m", Decimal(1)), "Kilometer": ("m", Decimal(1000)),
    "Centimeter": ("m", Decimal("0.01")), "Gram": ("g", Decimal(1)),
    "Kilogram": ("g", Decimal(1000)), "Microgram": ("g", Decimal("0.000001")),
    "Ton": ("g", Decimal(10**6)), "Jin": ("g", Decimal(500)), "Liang": ("g", Decimal(50)),
    "Mu": ("m2", Decimal("666.6666666666667")), "Bit": ("bit", Decimal(1)),
    "Kilobit": ("bit", Decimal(1000)), "Kilobyte": ("bit", Decimal(8000)),
    "Megabyte": ("bit", Decimal(8 * 10**6)), "Hertz": ("Hz", Decimal(1)),
    "Megahertz": ("Hz", Decimal(10**6)), "Kilowatt": ("W", Decimal(1000)),
    "Kilocalorie": ("cal", Decimal(1000)),
    # cn2an
    "℃": ("℃", Decimal(1)),
}  # fmt: skip
_OUR_UNITS = {unit.name: unit for unit in UNITS}


def _in_base(value: Decimal | None, unit: str | None, *, ours: bool) -> Decimal | None:
    """A value in the base unit of its kind, so that 3斤 and 1500 gram compare equal."""
    if value is None or unit is None:
        return value
    if ours:
        known = _OUR_UNITS.get(unit)
        return value * known.factor if known is not None else value
    base = PEER_UNITS.get(unit)
    return value * base[1] if base is not None else value


def _describe_measures(mentions: Sequence[Measure]) -> str:
    if not mentions:
        return "nothing"
    return "; ".join(
        f"{m.text!r}@{m.start}:{m.end}={_show(m.value)}"
        + (f"..{_show(m.upper)}" if m.upper is not None else "")
        + f" {m.unit} [{m.qualifier}]"
        for m in mentions
    )


def _judge_measures(case: Case, ours: Sequence[Measure], *, convert: bool) -> Verdict:
    """Each expected entity needs its own overlapping mention with an equal value.

    Quantities are compared in base units (``convert``); an interval with only an upper
    bound (duckling "under") is met by a mention whose value is that bound.
    """
    got = _describe_measures(ours)
    if not case["expected"]:
        return Verdict(passed=not ours, got=got, want="nothing")
    wants = []
    for item in case["expected"]:
        interval = item["extra"].get("interval")
        lower = _dec(interval.get("from")) if isinstance(interval, dict) else _dec(item["value"])
        upper = _dec(interval.get("to")) if isinstance(interval, dict) else None
        unit = item["unit"] if convert else None
        wants.append(
            (
                _span_of(case, item),
                _in_base(lower, unit, ours=False),
                _in_base(upper, unit, ours=False),
            )
        )

    def ok(i: int, j: int) -> bool:
        span, lower, upper = wants[i]
        m = ours[j]
        if span is not None and not _overlaps(span, (m.start, m.end)):
            return False
        value = _in_base(m.value, m.unit if convert else None, ours=True)
        top = _in_base(m.upper, m.unit if convert else None, ours=True)
        if lower is None:
            return same_value(top if top is not None else value, upper)
        return same_value(value, lower) and (upper is None or same_value(top, upper))

    want = "; ".join(f"{_show(lo)}..{_show(hi)}@{sp}" for sp, lo, hi in wants)
    return Verdict(passed=_bipartite_match(len(wants), len(ours), ok), got=got, want=want)


def judge_percent(case: Case) -> Verdict:
    """Judge a percent case through ``extract(text).percentages`` (values in percent)."""
    return _judge_measures(case, extract(case["text"]).percentages, convert=False)


def judge_quantity(case: Case) -> Verdict:
    """Judge a quantity case through ``extract(text).quantities``, in base units."""
    return _judge_measures(case, extract(case["text"]).quantities, convert=True)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

#: (start, end) inclusive; None on a side that is open.
Span = tuple["date | None", "date | None"]


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _reference(case: Case) -> date:
    """Each case's own reference time, as a date (the peers' conventions, see README)."""
    meta = case.get("meta") or {}
    if "reference_datetime" in meta:
        return _day(meta["reference_datetime"])
    base = (meta.get("reference") or {}).get("time_base")
    local = (meta.get("reference") or {}).get("time_base_local")
    if local:
        return _day(local)
    if isinstance(base, list):
        parts = [*base, 1, 1][:3]
        return date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1))
    if isinstance(base, dict):
        return date(int(base.get("year", 2021)), int(base.get("month", 1)), int(base.get("day", 1)))
    return date.today()


def _grain_end(start: date, grain: str) -> date:
    if grain == "week":
        return start + timedelta(days=6)
    if grain in ("month", "quarter", "year"):
        months = {"month": 1, "quarter": 3, "year": 12}[grain]
        y, m = divmod(start.month - 1 + months, 12)
        return date(start.year + y, m + 1, 1) - timedelta(days=1)
    return start


def _exclusive_end(text: str) -> date:
    """Duckling's and Recognizers' interval ends are exclusive at midnight."""
    end = _day(text)
    return end - timedelta(days=1) if text[10:].lstrip("T ")[:8] in ("", "00:00:00") else end


def expected_periods(case: Case, item: dict[str, Any]) -> list[Span] | None:
    """The calendar periods an expected date item accepts, or None if it names none."""
    extra = item["extra"]
    if extra.get("sub_day_resolution"):
        return None
    source = case["source"]
    value = item["value"]
    if source == "duckling":
        if value is None:
            return None
        if "/" in value:
            begin, _, finish = value.partition("/")
            return [(_day(begin), _exclusive_end(finish))]
        grain = extra.get("grain", "day")
        if grain in ("hour", "minute", "second"):
            return None
        return [(_day(value), _grain_end(_day(value), grain))]
    if source == "jionlp":
        pair = extra.get("time")
        if not pair:
            return None
        begin, finish = pair
        return [
            (None if begin == "-inf" else _day(begin), None if finish == "inf" else _day(finish))
        ]
    spans: list[Span] = []
    for resolution in extra.get("resolution_values") or []:
        mod = resolution.get("Mod")
        if mod in ("before", "until", "after", "since") and (
            "start" in resolution or "end" in resolution
        ):
            # a bound, not a range: Recognizers gives the boundary date itself
            boundary = _day(resolution.get("end") or resolution["start"])
            spans.append(
                {
                    "until": (None, boundary),
                    "before": (None, boundary - timedelta(days=1)),
                    "since": (boundary, None),
                    "after": (boundary + timedelta(days=1), None),
                }[mod]
            )
        elif "start" in resolution or "end" in resolution:
            begin = _day(resolution["start"]) if "start" in resolution else None
            finish = _exclusive_end(resolution["end"]) if "end" in resolution else None
            spans.append((begin, finish))
        elif "value" in resolution and len(resolution["value"]) == 10:
            spans.append((_day(resolution["value"]), _day(resolution["value"])))
    return spans or None


def judge_date(case: Case) -> Verdict:
    """Judge a date case with its own reference date: each expected period needs its own
    overlapping date mention with the same first and last day (open sides: same bound)."""
    text: str = case["text"]
    meta = case.get("meta") or {}
    ours = [d for d in extract(text, reference_date=_reference(case)).dates if d.kind == "date"]
    got = "; ".join(f"{d.text!r}={d.start_date}..{d.end_date}" for d in ours) or "nothing"
    if not case["expected"]:
        return Verdict(passed=not ours, got=got, want="nothing")
    wants = []
    for item in case["expected"]:
        periods = expected_periods(case, item)
        if periods is None:
            return Verdict(passed=False, got=got, want="(not a calendar period)", judged=False)
        span = None if meta.get("parser_input") or meta.get("full_match") else _span_of(case, item)
        wants.append((span, periods))
    want = "; ".join(f"{p}" for _, p in wants)
    if meta.get("surface_only"):
        return Verdict(
            passed=_bipartite_match(
                len(wants),
                len(ours),
                lambda i, j: (
                    wants[i][0] is None or _overlaps(wants[i][0], (ours[j].start, ours[j].end))
                ),
            ),
            got=got,
            want=want,
        )

    def ok(i: int, j: int) -> bool:
        span, periods = wants[i]
        d = ours[j]
        if span is not None and not _overlaps(span, (d.start, d.end)):
            return False
        return any(
            (d.start_date, d.end_date) == p
            or (p[0] is None and d.end_date == p[1])
            or (p[1] is None and d.start_date == p[0])
            for p in periods
        )

    return Verdict(passed=_bipartite_match(len(wants), len(ours), ok), got=got, want=want)


#: dimension -> judge.
JUDGES: dict[str, Callable[[Case], Verdict]] = {
    "money": judge_money,
    "number": judge_number,
    "percent": judge_percent,
    "quantity": judge_quantity,
    "date": judge_date,
}


# --------------------------------------------------------------------------------------------
# Running a file
# --------------------------------------------------------------------------------------------


def _review_reason(case: Case) -> str | None:
    """Return the reviewed reason for a case (``origin|text``, ``origin``, then patterns)."""
    origin = case["origin"]
    reason = REVIEWED_OUT_OF_SCOPE.get(f"{origin}|{case['text']}") or REVIEWED_OUT_OF_SCOPE.get(
        origin
    )
    if reason is None:
        for source, pattern, why in REVIEWED_PATTERNS:
            if case["source"] == source and pattern.search(case["text"]):
                return why
    return reason


def load_cases(name: str) -> list[Case]:
    """Read one conformance file, skipping the test if the data is not available."""
    if not CONFORMANCE_DIR.is_dir():
        pytest.skip(
            f"conformance data not found at {CONFORMANCE_DIR} "
            "(set ZHPROJ_CONFORMANCE_DIR to the shared/conformance directory)"
        )
    path = CONFORMANCE_DIR / name
    if not path.is_file():
        pytest.skip(f"conformance file {path} is missing")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_file(name: str) -> FileResult:
    """Judge every case of one file and store the result in :data:`SUMMARY` (memoised).

    An exception from our library does not stop the run. The case is recorded as a failure
    with the exception, and the per-file test reports it at the end.
    """
    if name in SUMMARY:
        return SUMMARY[name]
    cases = load_cases(name)
    dimensions = frozenset(str(c["dimension"]) for c in cases)
    unjudged = dimensions - JUDGES.keys()
    if unjudged:
        pytest.fail(f"{name}: no judge registered for dimension(s) {sorted(unjudged)}")
    result = FileResult(name=name, dimensions=dimensions)
    for case in cases:
        try:
            verdict = JUDGES[case["dimension"]](case)
        except Exception as exc:  # our library crashed: a failure, and reported
            verdict = Verdict(
                passed=False, got="(exception)", want="", error=f"{type(exc).__name__}: {exc}"
            )
        review = _review_reason(case)
        if not verdict.judged:
            result.excluded += 1
            continue
        result.total += 1
        if verdict.passed:
            result.passed += 1
            if review is not None:
                result.reviewed_passing.append(case["origin"])
        else:
            result.failures.append(Failure(case["origin"], case["text"], verdict, review))
    SUMMARY[name] = result
    return result


def _failure_report(result: FileResult) -> str:
    """List the failing cases of a file, one per line (for verbose output)."""
    lines = []
    for f in result.failures:
        v = f.verdict
        line = f"  FAIL {f.origin} | {f.text!r} | got: {v.got} | want: {v.want}"
        if v.error:
            line += f" | error: {v.error}"
        if f.review:
            line += f" | reviewed: {f.review}"
        lines.append(line)
    for origin in result.reviewed_passing:
        lines.append(f"  NOTE reviewed case now passes, review entry may be stale: {origin}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", IN_SCOPE_FILES)
def test_conformance_file(name: str) -> None:
    """Judge one peer file and print its pass rate. It fails only if our library raised."""
    result = run_file(name)
    print(f"\n{result.line()}")
    if VERBOSE and (result.failures or result.reviewed_passing):
        print(_failure_report(result))
    assert not result.errors, f"{name}: the library raised on {len(result.errors)} case(s):\n" + (
        "\n".join(f"  {f.origin} {f.text!r}: {f.verdict.error}" for f in result.errors)
    )


def test_pass_rate_thresholds() -> None:
    """Every file with enough cases meets its dimension's pass-rate target.

    The rates count reviewed cases as failures. The failure message lists every file below
    its target, so a single run shows where the library falls short.
    """
    below = []
    for name in IN_SCOPE_FILES:
        result = run_file(name)
        if result.total < MIN_CASES_FOR_THRESHOLD or "date" in result.dimensions:
            continue
        target = min(THRESHOLDS[d] for d in result.dimensions)
        if result.rate < target:
            with_reviewed = (result.passed + result.reviewed) / result.total
            below.append(
                f"  {name}: {result.passed}/{result.total} = {result.rate:.1%} < {target:.0%} "
                f"({with_reviewed:.1%} counting reviewed cases as passed)"
            )
    assert not below, "conformance files below target:\n" + "\n".join(below)


def test_date_pass_rate_overall() -> None:
    """All date files together meet the date target (cases that name a calendar period)."""
    results = [run_file(name) for name in IN_SCOPE_FILES if name.endswith("_date.jsonl")]
    passed = sum(r.passed for r in results)
    total = sum(r.total for r in results)
    print(f"\ndates overall: {passed}/{total} passed ({passed / total:.1%})")
    assert passed / total >= DATE_THRESHOLD
