"""The public entry points: :class:`Extractor` and the :func:`extract` facade."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from .dates import find_dates
from .models import Document, Mention
from .money import find_money
from .percentages import find_percentages
from .projects import find_project_mentions, find_projects
from .quantities import find_quantities
from .text import normalize, require_str

M = TypeVar("M", bound=Mention)

__all__ = ["Extractor", "extract"]


class Extractor:
    """Extracts every dimension from a text.

    An Extractor holds configuration (today: none beyond the built-in rule tables) and is
    safe to share between threads; :func:`extract` uses a default instance.
    """

    def extract(self, text: str, *, reference_date: date | None = None) -> Document:
        """Extract every mention from ``text``.

        ``reference_date`` anchors relative dates (今年, 3月, 去年以来); without it the
        article's own dateline or event year is used (``Document.reference_date`` says
        which).  Raises :class:`TypeError` for a non-``str`` text
        and never raises because of what the text contains.
        """
        require_str(text, "extract")
        if reference_date is not None and not isinstance(reference_date, date):
            raise TypeError(
                f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
            )
        if not text:
            return Document()
        ntext = normalize(text)
        money = find_money(ntext)
        percentages = _outside(find_percentages(ntext), money)
        dates, reference = find_dates(ntext, reference_date)
        dates = _outside(dates, [*money, *percentages])
        quantities = _outside(find_quantities(ntext), [*money, *percentages, *dates])
        projects = find_projects(ntext, money, quantities, dates)
        return Document(
            money=money,
            percentages=percentages,
            quantities=quantities,
            dates=dates,
            projects=projects,
            project_mentions=find_project_mentions(ntext, projects, money, quantities, dates),
            reference_date=reference,
        )


def _outside(mentions: Sequence[M], taken: Sequence[Mention]) -> list[M]:
    """``mentions`` that overlap none of ``taken`` (both in text order): one span, one meaning."""
    kept: list[M] = []
    spans = sorted((m.start, m.end) for m in taken)
    j = 0
    for mention in mentions:
        while j < len(spans) and spans[j][1] <= mention.start:
            j += 1
        if j < len(spans) and spans[j][0] < mention.end:
            continue
        kept.append(mention)
    return kept


_default: Extractor | None = None
_default_lock = threading.Lock()


def default_extractor() -> Extractor:
    """The shared default :class:`Extractor`."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    return _default


def extract(text: str, *, reference_date: date | None = None) -> Document:
    """Extract every mention from ``text`` with the default :class:`Extractor`.

    >>> doc = extract("项目计划总投资200亿元，平均投资强度504.3万元/亩。")
    >>> [(m.text, m.value, m.kind) for m in doc.money]
    [('200亿元', Decimal('20000000000'), 'amount'), ('504.3万元/亩', Decimal('5043000'), 'rate')]
    """
    return default_extractor().extract(text, reference_date=reference_date)
