"""An HTML view of an extraction result: the article with its mentions highlighted.

:func:`render_html` turns a :class:`~zhproj_extract.models.Document` and the text it was
extracted from into one self-contained page (inline CSS, a one-line inline script, no
network, no external font) that a reviewer can open in any browser to see what the
library found and why: every money, percentage, quantity and date mention is coloured by
kind and shows its normalised value and rule on hover, and every project block has a
card beside it with the fields the library filled in.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from itertools import pairwise
from typing import TypeVar

from ..models import (
    DateMention,
    Document,
    Measure,
    Mention,
    Milestone,
    Money,
    Phase,
    Project,
    Quantity,
    ReferenceDate,
    decimal_text,
)

__all__ = ["render_html"]


@dataclass(frozen=True)
class _Highlight:
    """A mention to colour: its span, its ``data-kind`` and its CSS class."""

    start: int
    end: int
    kind: str
    css: str
    mention: Mention


@dataclass(frozen=True)
class _Link:
    """A place a project is named: its span and the index of its card."""

    start: int
    end: int
    name: str
    project: int


_S = TypeVar("_S", "_Highlight", "_Link")


@dataclass(frozen=True)
class _Segment:
    """A slice of the article shown as one row, with the project cards placed beside it."""

    start: int
    end: int
    projects: tuple[int, ...]


#: The legend: CSS class, label.  Money rates and scale classes get their own colours
#: because summing them with amounts is the classic mistake the view should make visible.
_LEGEND = (
    ("money-amount", "money · amount"),
    ("money-rate", "money · rate"),
    ("money-scale", "money · scale"),
    ("percentage", "percentage"),
    ("quantity", "quantity"),
    ("date", "date"),
)

#: A line prefix made only of bullets, numbering and spaces (●, ■, 1., 一、, 【).
_BULLET_ONLY = re.compile(r"[\W\d_一二三四五六七八九十]*")

_FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
    '"Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif'
)

_CSS = """
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --bg: #f3f5f8; --paper: #ffffff;
  --amount: #fde68a; --amount-b: #b45309; --rate: #fecaca; --rate-b: #b91c1c;
  --scale: #e7e5e4; --scale-b: #57534e; --percentage: #bbf7d0; --percentage-b: #15803d;
  --quantity: #bfdbfe; --quantity-b: #1d4ed8; --date: #ddd6fe; --date-b: #6d28d9;
  --accent: #0f766e;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font-family: FONTS;
  line-height: 1.85; -webkit-font-smoothing: antialiased; }
.page-head { background: var(--paper); border-bottom: 1px solid var(--line);
  position: sticky; top: 0; z-index: 30; }
.page-head .inner, main { max-width: 1320px; margin: 0 auto; padding: 0 28px; }
.page-head .inner { padding-top: 18px; padding-bottom: 14px; }
h1 { font-size: 20px; margin: 0 0 4px; font-weight: 700; }
.meta { color: var(--muted); font-size: 13.5px; display: flex; flex-wrap: wrap; gap: 4px 18px; }
.meta b { color: var(--ink); font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 16px; margin-top: 10px; font-size: 13px;
  color: var(--muted); align-items: center; }
.legend .sw { display: inline-block; width: 14px; height: 14px; border-radius: 3px;
  vertical-align: -2px; margin-right: 5px; border-bottom: 2px solid; }
.legend .pm-sample { color: var(--ink); }
main { padding-top: 22px; padding-bottom: 40px; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) 400px; column-gap: 24px; }
.seg { background: var(--paper); white-space: pre-wrap; overflow-wrap: anywhere;
  font-size: 16px; padding: 8px 32px; border-left: 4px solid transparent;
  border-right: 1px solid var(--line); border-left-color: var(--paper); }
.row:first-child .seg { padding-top: 26px; border-radius: 8px 8px 0 0; }
.row:last-child .seg { padding-bottom: 26px; border-radius: 0 0 8px 8px; }
.row:only-child .seg { border-radius: 8px; }
.seg.block { background: #fbfcfd; border-left-color: var(--accent); padding-top: 14px;
  padding-bottom: 14px; border-top: 1px solid #e6eaef; }
.seg.block + .cards .card { border-top: 3px solid var(--accent); }
.cards { display: flex; flex-direction: column; gap: 12px; padding: 6px 0 12px; }
.hl { border-radius: 3px; padding: 1px 1px; border-bottom: 2px solid; cursor: help;
  position: relative; }
.money-amount { background: var(--amount); border-color: var(--amount-b); }
.money-rate { background: var(--rate); border-color: var(--rate-b); }
.money-scale { background: var(--scale); border-color: var(--scale-b); }
.percentage { background: var(--percentage); border-color: var(--percentage-b); }
.quantity { background: var(--quantity); border-color: var(--quantity-b); }
.date { background: var(--date); border-color: var(--date-b); }
.hl[data-tip]:hover::after { content: attr(data-tip); position: absolute; left: 0;
  top: calc(100% + 6px); z-index: 20; width: max-content; max-width: 420px;
  white-space: pre-wrap; background: #111827; color: #f9fafb; font-size: 12.5px;
  line-height: 1.55; padding: 7px 10px; border-radius: 6px; font-weight: 400;
  box-shadow: 0 6px 18px rgba(0, 0, 0, .22); pointer-events: none; }
.pm { color: inherit; text-decoration: underline wavy var(--accent) 1.5px;
  text-underline-offset: 5px; }
a.pm:hover { background: #ccfbf1; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 12px 16px 14px; font-size: 13.5px; line-height: 1.6;
  box-shadow: 0 1px 3px rgba(31, 35, 40, .06); }
.seg.block, .card { scroll-margin-top: 150px; }
.card:target { outline: 2px solid var(--accent); outline-offset: 2px; }
.card h2 { font-size: 15px; margin: 0 0 8px; line-height: 1.45; display: flex; gap: 8px; }
.card dl { display: grid; grid-template-columns: 92px minmax(0, 1fr); gap: 5px 10px;
  margin: 0; }
.card dt { color: var(--muted); font-size: 12px; padding-top: 1px; }
.card dd { margin: 0; }
.card ul { margin: 0; padding: 0; list-style: none; }
.card li + li { margin-top: 3px; }
.chip { border-radius: 3px; padding: 0 3px; border-bottom: 2px solid; }
.norm { color: var(--muted); font-size: 12px; margin-left: 6px;
  font-variant-numeric: tabular-nums; }
.tag { display: inline-block; font-size: 11.5px; line-height: 17px; padding: 0 6px;
  border-radius: 9px; background: #eef1f4; color: var(--muted); margin-right: 4px; }
.tag.done { background: #dcfce7; color: #166534; }
.tag.planned { background: #e0f2fe; color: #075985; }
.tag.in_progress { background: #fef3c7; color: #92400e; }
.said { color: var(--muted); font-size: 12px; }
.chip + .norm + .said, .chip + .said { margin-left: 8px; }
.said::before { content: "“"; } .said::after { content: "”"; }
.stage { font-weight: 600; margin-right: 4px; }
.empty { color: var(--muted); }
.overview { position: sticky; top: 150px; }
.overview ol { margin: 0; padding: 0; list-style: none; }
.overview li { display: flex; justify-content: space-between; gap: 10px;
  align-items: baseline; padding: 4px 0; border-top: 1px solid #eef1f4; }
.overview li a { color: var(--ink); text-decoration: none; display: flex; gap: 8px; }
.overview li a:hover { color: var(--accent); }
.overview li .chip { flex: none; }
.overview .hint { color: var(--muted); font-size: 12px; margin: 8px 0 0; }
.num { flex: none; background: var(--accent); color: #fff; border-radius: 10px;
  font-size: 12px; min-width: 22px; height: 20px; line-height: 20px; text-align: center;
  margin-top: 1px; font-weight: 600; }
@media (max-width: 960px) { .row { grid-template-columns: 1fr; } .cards { padding: 8px 0; } }
""".replace("FONTS", _FONT_STACK)

#: Moves each highlight's ``title`` into ``data-tip`` so the styled CSS tooltip shows
#: instead of the browser's plain one; without scripts the ``title`` still works.
_SCRIPT = (
    "document.querySelectorAll('.hl[title]').forEach(function (e) {"
    " e.setAttribute('data-tip', e.title); e.removeAttribute('title'); });"
)

_STAGES = {
    "signing": "signing",
    "construction_start": "construction start",
    "topping_out": "topping out",
    "trial_production": "trial production",
    "production_start": "production start",
    "full_production": "full production",
    "completion": "completion",
    "operation": "operation",
}


def render_html(document: Document, text: str | None = None, *, title: str | None = None) -> str:
    """One self-contained HTML page showing ``document`` over the ``text`` it came from.

    ``text`` must be the string ``document`` was extracted from (a Document keeps spans,
    not the text); for a Document read from a page or PDF it may be left out, since its
    :attr:`~zhproj_extract.Document.source` holds the text, and the page's title, site,
    URL and publication date head the view.  Every mention is a ``<span class="hl">`` with ``data-kind`` (money,
    percentage, quantity, date), ``data-rule``, ``data-value`` (the exact value as a plain
    decimal; for a date its ``start..end`` in ISO form), ``data-start``/``data-end`` and a
    ``title`` giving the normalised fields.  Each project is a card beside the row of the
    article that holds its block.  All text is HTML-escaped and every character of the
    article is kept, newlines included: the ``.seg`` elements' text, in order, is ``text``.

    >>> from zhproj_extract import extract
    >>> text = "总投资5亿元，同比增长11.4%"
    >>> page = render_html(extract(text), text, title="例")
    >>> page.count('class="hl'), 'data-kind="money"' in page, "http" in page
    (2, True, False)
    """
    if text is None:
        if document.source is None:
            raise TypeError("render_html needs the text of a Document extracted from text")
        text = document.source.text
    if title is None and document.source is not None:
        title = document.source.title
    highlights = _highlights(document, text)
    links = _links(document, text, highlights)
    segments = _segments(text, document.projects, highlights, links)
    overview = _overview(document)
    rows = "\n".join(
        _row(text, seg, highlights, links, document.projects, "" if i else overview)
        for i, seg in enumerate(segments)
    )
    heading = title if title is not None else "zhproj-extract"
    return _writable(
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(heading)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{_header(document, heading)}\n<main>\n<article>\n{rows}\n</article>\n</main>\n"
        f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _writable(page: str) -> str:
    """``page`` with any lone surrogate of the text as a character reference (which a
    browser shows as �), so that the page can be written as UTF-8 like any other."""
    try:
        page.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub(lambda m: f"&#x{ord(m.group()):X};", page)
    return page


# --- what to highlight ------------------------------------------------------------------


def _highlights(document: Document, text: str) -> list[_Highlight]:
    """Every mention as a highlight, in text order; of two overlapping, the first wins.

    The library never reports overlapping spans across dimensions, but a Document built
    by hand (or from a different text) might: the page must still nest correctly.
    """
    spans = [
        *(_Highlight(m.start, m.end, "money", f"money-{m.kind}", m) for m in document.money),
        *(_Highlight(m.start, m.end, "percentage", "percentage", m) for m in document.percentages),
        *(_Highlight(m.start, m.end, "quantity", "quantity", m) for m in document.quantities),
        *(_Highlight(m.start, m.end, "date", "date", m) for m in document.dates),
    ]
    valid = (h for h in spans if 0 <= h.start < h.end <= len(text))
    return _first_wins(sorted(valid, key=lambda h: (h.start, h.end)))


def _first_wins(spans: Iterable[_Highlight]) -> list[_Highlight]:
    """The spans (sorted by start) that do not overlap an earlier kept one."""
    kept: list[_Highlight] = []
    for span in spans:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _links(document: Document, text: str, highlights: Sequence[_Highlight]) -> list[_Link]:
    """Every place a project is named, outside its own block, that can be underlined
    without breaking a highlight.

    A mention may contain highlights (年产10万吨电解液项目) but not cut one in two; one that
    would, or that overlaps an earlier mention, is left out.
    """
    named = sorted(
        (mention.start, mention.end, project.name, index)
        for index, project in enumerate(document.projects)
        for mention in project.mentions
        if not (project.layout == "block" and project.start <= mention.start < project.end)
    )
    kept: list[_Link] = []
    for start, end, name, index in named:
        if not 0 <= start < end <= len(text):
            continue
        if kept and start < kept[-1].end:
            continue
        if _cuts(start, highlights) or _cuts(end, highlights):
            continue
        kept.append(_Link(start, end, name, index))
    return kept


def _cuts(offset: int, spans: Sequence[_S]) -> bool:
    """Whether ``offset`` falls strictly inside one of ``spans`` (sorted, not overlapping)."""
    return _inside(offset, spans) is not None


def _inside(offset: int, spans: Sequence[_S]) -> _S | None:
    """The span of ``spans`` (sorted, not overlapping) that ``offset`` falls strictly inside."""
    index = bisect_right(spans, offset, key=lambda span: span.start) - 1
    if index >= 0 and spans[index].start < offset < spans[index].end:
        return spans[index]
    return None


# --- the two-column layout --------------------------------------------------------------


def _segments(
    text: str,
    projects: Sequence[Project],
    highlights: Sequence[_Highlight],
    links: Sequence[_Link],
) -> list[_Segment]:
    """The article cut at every project block's start and end, each with its cards.

    A cut that would fall inside a highlight or a prose mention moves to its start.  A
    project card goes beside the segment that holds its block's start.
    """
    cuts = {0, len(text)}
    for project in projects:
        for offset in (_line_start(text, project.start), project.end):
            cuts.add(_cut(_cut(min(max(offset, 0), len(text)), highlights), links))
    pairs = _merge_blank(text, list(pairwise(sorted(cuts)))) or [(0, 0)]
    starts = [start for start, _ in pairs]
    placed: dict[int, list[int]] = {}
    for index, project in enumerate(projects):
        where = bisect_right(starts, min(max(project.start, 0), len(text))) - 1
        placed.setdefault(min(max(where, 0), len(pairs) - 1), []).append(index)
    return [_Segment(s, e, tuple(placed.get(i, ()))) for i, (s, e) in enumerate(pairs)]


def _merge_blank(text: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The segments with whitespace-only ones (between two blocks) joined to the one before.

    An empty row would only add a stray gap between two cards.
    """
    merged: list[tuple[int, int]] = []
    for start, end in pairs:
        if merged and not text[start:end].strip():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _line_start(text: str, offset: int) -> int:
    """``offset``, or the start of its line when only a bullet (● 1. 【) precedes it there.

    Block spans start at the project's name; the bullet belongs with the block.
    """
    offset = min(max(offset, 0), len(text))
    line_start = text.rfind("\n", 0, offset) + 1
    return line_start if _BULLET_ONLY.fullmatch(text[line_start:offset]) else offset


def _cut(offset: int, spans: Sequence[_S]) -> int:
    """``offset``, moved to the start of the span of ``spans`` it would cut in two.

    Prose mentions never cut a highlight (see :func:`_links`), so snapping to the
    highlights first and then to the mentions leaves a cut that cuts neither.
    """
    inside = _inside(offset, spans)
    return inside.start if inside is not None else offset


def _row(
    text: str,
    segment: _Segment,
    highlights: Sequence[_Highlight],
    links: Sequence[_Link],
    projects: Sequence[Project],
    aside: str,
) -> str:
    """One grid row: a segment of the article on the left, its project cards on the right.

    ``aside`` goes above the cards (the overview, in the first row).
    """
    css = "seg block" if segment.projects else "seg"
    ident = f' id="block-{segment.projects[0]}"' if segment.projects else ""
    body = _segment_text(text, segment.start, segment.end, highlights, links)
    cards = aside + "".join(_card(i, projects[i]) for i in segment.projects)
    return (
        f'<div class="row"><div class="{css}"{ident}>{body}</div>'
        f'<div class="cards">{cards}</div></div>'
    )


def _segment_text(
    text: str,
    start: int,
    end: int,
    highlights: Sequence[_Highlight],
    links: Sequence[_Link],
) -> str:
    """A segment's text as HTML, its blank lines at either edge hidden (not removed).

    The rows' own spacing separates segments; the hidden newlines keep the segments' text
    equal to the original text.
    """
    items: list[_Highlight | _Link] = [
        *_within(highlights, start, end),
        *_within(links, start, end),
    ]
    core_start, core_end = start, end
    while core_start < core_end and text[core_start] in "\r\n":
        core_start += 1
    while core_end > core_start and text[core_end - 1] in "\r\n":
        core_end -= 1
    if items:
        core_start = min(core_start, min(item.start for item in items))
        core_end = max(core_end, max(item.end for item in items))
    return (
        _hidden(text[start:core_start])
        + _inline(text, core_start, core_end, highlights, links)
        + _hidden(text[core_end:end])
    )


def _hidden(whitespace: str) -> str:
    """Edge newlines kept in the DOM but not displayed."""
    return f"<span hidden>{escape(whitespace)}</span>" if whitespace else ""


def _within(spans: Sequence[_S], start: int, end: int) -> Sequence[_S]:
    """The spans (sorted, not overlapping) that lie wholly inside ``start``..``end``."""
    first = bisect_left(spans, start, key=lambda span: span.start)
    last = bisect_right(spans, end, key=lambda span: span.end)
    return spans[first:last]


def _inline(
    text: str, start: int, end: int, highlights: Sequence[_Highlight], links: Sequence[_Link]
) -> str:
    """``text[start:end]`` as HTML: project mentions wrapping the highlights inside them."""
    parts: list[str] = []
    position = start
    for link in _within(links, start, end):
        parts.append(_plain(text, position, link.start, highlights))
        parts.append(_link_html(link, _plain(text, link.start, link.end, highlights)))
        position = link.end
    parts.append(_plain(text, position, end, highlights))
    return "".join(parts)


def _plain(text: str, start: int, end: int, highlights: Sequence[_Highlight]) -> str:
    """``text[start:end]`` as HTML with its highlights."""
    parts: list[str] = []
    position = start
    for highlight in _within(highlights, start, end):
        parts.append(escape(text[position : highlight.start]))
        parts.append(_highlight_html(highlight, text))
        position = highlight.end
    parts.append(escape(text[position:end]))
    return "".join(parts)


def _highlight_html(highlight: _Highlight, text: str) -> str:
    """A highlight span with the attributes tests and tooltips read."""
    mention = highlight.mention
    attrs = {
        "class": f"hl {highlight.css}",
        "data-kind": highlight.kind,
        "data-rule": mention.rule,
        "data-value": _data_value(mention),
        "data-start": str(highlight.start),
        "data-end": str(highlight.end),
        "title": _tooltip(highlight.kind, mention),
    }
    rendered = " ".join(f'{key}="{escape(value)}"' for key, value in attrs.items())
    return f"<span {rendered}>{escape(text[highlight.start : highlight.end])}</span>"


def _link_html(link: _Link, inner: str) -> str:
    """A project mention: a link to its card."""
    tip = escape(f"project {link.project + 1}: {link.name} (see its card)")
    return (
        f'<a class="pm" href="#project-{link.project}" data-project="{link.project}" '
        f'title="{tip}">{inner}</a>'
    )


# --- values as text ---------------------------------------------------------------------


def _data_value(mention: Mention) -> str:
    """The machine-readable value: a plain decimal, or ``start..end`` for a period."""
    if isinstance(mention, Measure):
        return decimal_text(mention.value)
    if isinstance(mention, DateMention):
        if mention.kind == "duration" and mention.value is not None:
            return decimal_text(mention.value)
        return _period(mention.start_date, mention.end_date, "..")
    return ""


def _period(start: datetime.date | None, end: datetime.date | None, sep: str) -> str:
    """A date range as ISO text; one date when both ends are the same, "" when unknown."""
    if start is None and end is None:
        return ""
    if start == end or end is None:
        return str(start)
    return f"{start or ''}{sep}{end}"


def _period_label(start: datetime.date | None, end: datetime.date | None) -> str:
    """A resolved period in its shortest exact form: 2023, 2023-Q1, 2023-03, or a range."""
    if start is None or end is None or start.day != 1 or start.year != end.year:
        return _period(start, end, " – ")
    last = _month_end(end)
    if end != last:
        return _period(start, end, " – ")
    months = end.month - start.month + 1
    if months == 12:
        return str(start.year)
    if months == 3 and start.month % 3 == 1:
        return f"{start.year}-Q{start.month // 3 + 1}"
    if months == 1:
        return f"{start.year}-{start.month:02d}"
    return _period(start, end, " – ")


def _month_end(day: datetime.date) -> datetime.date:
    """The last day of ``day``'s month."""
    following = day.replace(day=28) + datetime.timedelta(days=4)
    return following - datetime.timedelta(days=following.day)


def _grouped(value: Decimal) -> str:
    """A decimal with thousands separators for reading (140,000,000,000)."""
    sign, digits = ("-", decimal_text(-value)) if value < 0 else ("", decimal_text(value))
    whole, dot, fraction = digits.partition(".")
    return f"{sign}{int(whole):,}{dot}{fraction}"


def _tooltip(kind: str, mention: Mention) -> str:
    """The hover text: the kind, the normalised fields that are set, and the rule."""
    if isinstance(mention, Measure):
        fields = _measure_fields(mention)
        subkind = getattr(mention, "kind", None)
        head = f"{kind} · {subkind}" if subkind else kind
    elif isinstance(mention, DateMention):
        fields = _date_fields(mention)
        head = f"{kind} · {mention.kind}"
    else:
        fields, head = [], kind
    lines = [head, *(f"{name}: {value}" for name, value in fields), f"rule: {mention.rule}"]
    return "\n".join(lines)


def _measure_fields(measure: Measure) -> list[tuple[str, str]]:
    """The normalised fields of money, a quantity or a percentage that are set."""
    fields = [("value", _grouped(measure.value))]
    if measure.upper is not None:
        fields.append(("upper", _grouped(measure.upper)))
    fields += [("unit", measure.unit), ("qualifier", measure.qualifier)]
    if measure.per is not None:
        fields.append(("per", measure.per))
    direction = getattr(measure, "direction", None)
    if isinstance(direction, str):
        fields.append(("direction", direction))
    return fields


def _date_fields(date: DateMention) -> list[tuple[str, str]]:
    """The resolved fields of a date or a duration that are set."""
    fields: list[tuple[str, str]] = []
    if date.kind == "duration" and date.value is not None:
        fields.append(("value", f"{_grouped(date.value)} {date.unit or ''}".strip()))
    elif date.start_date is None and date.end_date is None:
        fields.append(("dates", "unresolved"))
    else:
        fields.append(("dates", _period(date.start_date, date.end_date, " – ")))
    if date.granularity:
        fields.append(("granularity", date.granularity))
    if date.modifier:
        fields.append(("modifier", date.modifier))
    return fields


# --- header and cards -------------------------------------------------------------------


def _header(document: Document, heading: str) -> str:
    """The page header: title, reference date, counts and the colour legend."""
    counts = (
        ("money", len(document.money)),
        ("percentages", len(document.percentages)),
        ("quantities", len(document.quantities)),
        ("dates", len(document.dates)),
        ("projects", len(document.projects)),
    )
    stats = " ".join(f"<span><b>{n}</b> {name}</span>" for name, n in counts)
    reference = _reference(document.reference_date)
    legend = "".join(
        f'<span><span class="sw {css}"></span>{escape(label)}</span>' for css, label in _LEGEND
    )
    legend += '<span><span class="pm pm-sample">项目名称</span> project named in prose</span>'
    return (
        f'<header class="page-head"><div class="inner"><h1>{escape(heading)}</h1>'
        f"{_source_line(document)}"
        f'<div class="meta"><span class="ref">reference date: {reference}</span>{stats}</div>'
        f'<div class="legend">{legend}</div></div></header>'
    )


def _source_line(document: Document) -> str:
    """Where a page's text came from (site, URL, publication date), as escaped HTML."""
    source = document.source
    if source is None:
        return ""
    parts = [source.site, source.url, source.published and f"published {source.published}"]
    if source.pages:
        parts.append(f"{source.pages} page(s) of PDF")
    shown = " · ".join(escape(str(p)) for p in parts if p)
    return f'<div class="meta source">{shown}</div>' if shown else ""


def _reference(reference: ReferenceDate) -> str:
    """The reference date and where it came from, as escaped HTML."""
    if reference.date is not None:
        when = reference.date.isoformat()
    elif reference.year is not None:
        when = f"{reference.year} (year only)"
    else:
        return "<b>none</b>"
    source = f"{reference.source}"
    if reference.text:
        source += f" from “{reference.text}”"
    return f"<b>{escape(when)}</b> · {escape(source)}"


def _overview(document: Document) -> str:
    """A card listing the projects with links to their cards ("" when there are none).

    It sits beside the article's opening and stays in view while the prose scrolls, so
    the long stretch before the first project block is not an empty column.
    """
    if not document.projects:
        return ""
    items = "".join(
        f'<li><a href="#project-{i}"><span class="num">{i + 1}</span>'
        f"{escape(project.name)}</a>{_money(project.investment, exact=False)}</li>"
        for i, project in enumerate(document.projects)
    )
    return (
        f'<nav class="card overview"><h2>{len(document.projects)} projects</h2>'
        f'<ol>{items}</ol><p class="hint">Hover a highlight for its normalised value '
        "and rule; a card sits beside its project block.</p></nav>"
    )


def _card(index: int, project: Project) -> str:
    """A project card: the fields the library filled in, each money or quantity chipped."""
    rows = [
        ("investor", escape(project.investor) if project.investor else ""),
        ("location", escape(project.location) if project.location else ""),
        ("investment", _money(project.investment)),
        ("phases", _list(_phase(phase) for phase in project.phases)),
        ("capacities", _list(_quantity(q) for q in project.capacities)),
        ("products", escape("、".join(project.products))),
        ("annual output", _money(project.annual_output)),
        ("tax", _money(project.tax)),
        ("jobs", _quantity(project.jobs)),
        ("land area", _quantity(project.land_area)),
        ("progress", _list(_milestone(m) for m in project.progress)),
    ]
    shown = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows if value)
    body = f"<dl>{shown}</dl>" if shown else '<p class="empty">no fields found</p>'
    return (
        f'<section class="card" id="project-{index}" data-project="{index}">'
        f'<h2><span class="num">{index + 1}</span><span>{escape(project.name)}</span></h2>'
        f"{body}</section>"
    )


def _list(items: Iterable[str]) -> str:
    """Items as a bare list, or "" when there are none (the row is then left out)."""
    joined = "".join(f"<li>{item}</li>" for item in items if item)
    return f"<ul>{joined}</ul>" if joined else ""


def _money(money: Money | None, *, exact: bool = True) -> str:
    """Money as written, chipped in its kind's colour, then its normalised value.

    With ``exact=False`` (crowded places) the normalised value is only the chip's title.
    """
    if money is None:
        return ""
    return _measure_chip(f"money-{money.kind}", money, exact)


def _quantity(quantity: Quantity | None, *, exact: bool = True) -> str:
    """A quantity as written, then its normalised value and unit (see :func:`_money`)."""
    if quantity is None:
        return ""
    return _measure_chip("quantity", quantity, exact)


def _measure_chip(css: str, measure: Measure, exact: bool) -> str:
    """A chip for ``measure`` with its normalised value beside it or as its title."""
    norm = escape(_norm(measure))
    chip = _chip(css, measure.text, norm)
    return chip + f'<span class="norm">{norm}</span>' if exact else chip


def _chip(css: str, text: str, title: str = "") -> str:
    """A value as written, in the colour of its kind (no ``data-kind``: it is not a mention).

    ``title`` must already be escaped.
    """
    tip = f' title="{title}"' if title else ""
    return f'<span class="chip {css}"{tip}>{escape(text)}</span>'


def _norm(measure: Measure) -> str:
    """The normalised value, upper bound, unit, per and qualifier as one line of text."""
    value = _grouped(measure.value)
    if measure.upper is not None:
        value += f"–{_grouped(measure.upper)}"
    per = f"/{measure.per}" if measure.per else ""
    qualifier = "" if measure.qualifier == "exact" else f" ({measure.qualifier})"
    return f"{value} {measure.unit}{per}{qualifier}"


def _phase(phase: Phase) -> str:
    """A phase: its name, investment, capacities (normalised values on hover) and each
    stage it reached or plans, with its date."""
    parts = [f"<b>{escape(phase.name)}</b>", _money(phase.investment, exact=False)]
    parts += [_quantity(q, exact=False) for q in phase.capacities]
    for m in phase.progress:
        stage = escape(_STAGES.get(m.stage, m.stage))
        when = f" {escape(m.date.text)}" if m.date is not None else ""
        parts.append(f'<span class="tag {escape(m.status)}">{stage}{when}</span>')
    return " ".join(part for part in parts if part)


def _milestone(milestone: Milestone) -> str:
    """A progress step: stage and status, then its date and the words that say so."""
    stage = _STAGES.get(milestone.stage, milestone.stage)
    when = ""
    if milestone.date is not None:
        start, end = milestone.date.start_date, milestone.date.end_date
        when = _chip("date", milestone.date.text, escape(_period(start, end, " – ")))
        label = _period_label(start, end)
        when += f'<span class="norm">{escape(label)}</span>' if label else ""
    return (
        f'<span class="stage">{escape(stage)}</span>'
        f'<span class="tag {escape(milestone.status)}">{escape(milestone.status)}</span>'
        f'<br>{when}<span class="said">{escape(milestone.text)}</span>'
    )
