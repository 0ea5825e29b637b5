"""The text layer of a PDF, without the running heads, footers and page numbers.

pypdf reads it: a pure-Python library with no system dependencies, which decodes the CID
fonts Chinese bulletins are set in and reports where each piece of text is drawn, which
is all this needs for text (pdfplumber's character-level geometry costs several times the
time); pdfplumber reads only the pages that look like tables
(:mod:`zhproj_extract.sources.pdf_tables`), as pipe rows.  A line is dropped as page furniture when it is drawn in the top
or bottom margin and either repeats on other pages (digits aside: 第3期, — 4 —) or is a
page number; pages are then joined, and the text layer's line and page breaks inside
sentences are repaired by :func:`zhproj_extract.reading.text.normalize` like any other layout break.
Installed with the ``pdf`` extra; imported on the first PDF read.
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

import regex

from ..models import Source
from .pdf_tables import TextRun, looks_tabular, run_of, tables_as_pipe_rows

__all__ = ["NoTextLayer", "read_pdf"]

_INSTALL = "reading PDFs needs the pdf extra: pip install 'zhproj-extract[pdf]'"

#: Share of the page height at the top and at the bottom where running heads and folios sit.
MARGIN = 0.08

#: A line that is only a page number: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 12 页, 3/12, Page 3
_PAGE_NUMBER = regex.compile(
    r"[\s\-—–_·•]*(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*(?:/\s*\d+)?|"
    r"(?i:page)\s*\d+(?:\s*(?i:of)\s*\d+)?)[\s\-—–_·•]*"
)
_DIGITS = regex.compile(r"\d+")


class NoTextLayer(ValueError):
    """The PDF has no text to read (a scan): it needs OCR first."""


def read_pdf(data: bytes, *, name: str = "PDF") -> Source:
    """The text of a PDF as a :class:`Source`; ``name`` names it in errors.

    Raises :class:`NoTextLayer` for a PDF with no text (a scan), :class:`ValueError` for
    bytes that are not a readable PDF, :class:`ImportError` (saying what to install)
    without the ``pdf`` extra.
    """
    if not isinstance(data, bytes):
        raise TypeError(f"a PDF is bytes, not {type(data).__name__}")
    try:
        import pypdf
        from pypdf.errors import PyPdfError
    except ImportError as exc:
        raise ImportError(_INSTALL) from exc
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        read = [_page_lines(page) for page in reader.pages]
        title = reader.metadata.get("/Title") if reader.metadata else None
    except (PyPdfError, OSError, KeyError, TypeError, ValueError, AssertionError) as exc:
        raise ValueError(f"{name}: not a readable PDF ({exc})") from None
    pages = [lines for lines, _ in read]
    tabular = {number for number, (_, runs) in enumerate(read) if looks_tabular(runs)}
    tabular |= {number + 1 for number in tabular if number + 1 < len(read)}  # it runs on
    if tabular:
        try:
            pages_with_tables = tables_as_pipe_rows(data, sorted(tabular), MARGIN)
        except Exception:  # a PDF pdfplumber cannot read keeps pypdf's text
            pages_with_tables = {}
        for number, page_lines in pages_with_tables.items():
            pages[number] = page_lines
    kept = _without_furniture(pages)
    if not any(line.strip() for line in kept):
        raise NoTextLayer(f"{name}: the PDF has no text layer (a scan?); run OCR on it first")
    return Source(
        kind="pdf",
        text="\n".join(kept),
        title=_title(title),
        pages=len(pages),
    )


#: One page's lines in reading order, each with whether it is drawn in the margins.
_Page = list[tuple[str, bool]]


def _page_lines(page: Any) -> tuple[_Page, list[TextRun]]:
    """The lines of one page and, for each, whether it lies in the top or bottom margin;
    and the page's text runs, where they are drawn."""
    height = float(page.mediabox.height) or 1.0
    bottom = float(page.mediabox.bottom)
    in_margin: set[str] = set()
    runs: list[TextRun] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not text.strip():
            return
        run = run_of(text, cm, tm, size or 1.0)
        runs.append(run)
        y = (run[1] - bottom) / height
        if y < MARGIN or y > 1 - MARGIN:
            in_margin.add(text.strip())

    text = (page.extract_text(visitor_text=visit) or "").rstrip("\n")
    return [(line, line.strip() in in_margin) for line in text.split("\n")], runs


def _without_furniture(pages: list[_Page]) -> list[str]:
    """Every line of every page, less the running heads, footers and page numbers."""
    seen_on: Counter[str] = Counter()  # margin line, digits masked → pages it is on
    for page in pages:
        seen_on.update({_DIGITS.sub("#", line.strip()) for line, margin in page if margin})
    kept = []
    for page in pages:
        for line, margin in page:
            stripped = line.strip()
            if margin and (
                _PAGE_NUMBER.fullmatch(stripped) or seen_on[_DIGITS.sub("#", stripped)] > 1
            ):
                continue
            kept.append(line)
    return kept


def _title(value: object) -> str | None:
    """The PDF's own title, unless it is a tool's placeholder."""
    if not isinstance(value, str) or value.strip().lower() in ("", "untitled", "无标题"):
        return None
    return value.strip()
