"""Documents from pages and files: web pages, PDFs and web crawls as well as text.

:func:`extract_file` reads a ``.txt``, ``.html``/``.htm`` or ``.pdf`` file and
:func:`extract_page` an HTML page; both return the same :class:`~zhproj_extract.Document`
as :func:`~zhproj_extract.extract`, with :attr:`Document.source` saying what its spans
point into (the article's text as extracted) and carrying the page's URL, title, site and
publication date, which becomes the reference date when none is given.  The page
libraries (trafilatura, pypdf, warcio) are optional extras, imported on first use.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..models import Document, Source

if TYPE_CHECKING:
    from ..api import Extractor

__all__ = [
    "PAGE_SUFFIXES",
    "document_from_source",
    "document_of",
    "extract_file",
    "extract_page",
    "kind_of",
]

#: File suffixes (lower case) and the kind of source each is read as.
PAGE_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def kind_of(name: str) -> str | None:
    """``text``, ``html`` or ``pdf`` for a file name by its suffix (any letter case)."""
    return PAGE_SUFFIXES.get(Path(name).suffix.lower())


def extract_page(
    page: str | bytes,
    *,
    url: str | None = None,
    reference_date: datetime.date | None = None,
    extractor: Extractor | None = None,
) -> Document:
    """Extract from the article of an HTML page (markup as ``str``, or ``bytes`` in the
    encoding its server or markup declares).

    Raises :class:`UnicodeDecodeError` for bytes that are not text in any encoding it
    declares or in UTF-8 or GB18030, and :class:`ImportError` without the ``html`` extra.
    """
    from .web import read_html

    return document_from_source(read_html(page, url=url), reference_date, extractor)


def extract_file(
    path: str | Path,
    *,
    reference_date: datetime.date | None = None,
    extractor: Extractor | None = None,
) -> Document:
    """Extract from a ``.txt``, ``.html``/``.htm`` or ``.pdf`` file.

    Raises :class:`OSError` when it cannot be read, :class:`ValueError` for another
    suffix or a broken PDF, :class:`~zhproj_extract.sources.pdf.NoTextLayer` for a PDF
    with no text, :class:`UnicodeDecodeError` for bytes that are not text.
    """
    if not isinstance(path, str | Path):
        raise TypeError(f"extract_file takes a path, not {type(path).__name__}")
    path = Path(path)
    kind = kind_of(path.name)
    if kind is None:
        known = ", ".join(PAGE_SUFFIXES)
        raise ValueError(f"{path}: cannot read a {path.suffix or 'suffix-less'} file ({known})")
    return document_of(kind, path.read_bytes(), str(path), reference_date, extractor)


def document_of(
    kind: str,
    content: str | bytes,
    name: str,
    reference_date: datetime.date | None = None,
    extractor: Extractor | None = None,
    *,
    url: str | None = None,
    charset: str | None = None,
) -> Document:
    """The Document of one source of ``kind`` ``text``, ``html`` or ``pdf``: text, a page
    (str or bytes; ``charset`` an HTTP header's) or a PDF's bytes; ``name`` names it in
    errors."""
    if kind == "text":
        from ..io.batch import decode_text

        text = content if isinstance(content, str) else decode_text(content, name)
        return _extractor(extractor).extract(text, reference_date=reference_date)
    if kind == "html":
        from .web import read_html

        source = read_html(content, url=url, charset=charset, name=name)
    elif isinstance(content, bytes):
        from .pdf import read_pdf

        source = read_pdf(content, name=name)
    else:
        raise TypeError(f"{name}: a PDF is bytes, not {type(content).__name__}")
    return document_from_source(source, reference_date, extractor)


def document_from_source(
    source: Source,
    reference_date: datetime.date | None = None,
    extractor: Extractor | None = None,
) -> Document:
    """Extract from ``source.text``; the page's publication date is the reference date
    when none is given."""
    reference = reference_date or source.published
    document = _extractor(extractor).extract(source.text, reference_date=reference)
    update: dict[str, object] = {"source": source}
    if reference_date is None and source.published is not None:
        update["reference_date"] = document.reference_date.model_copy(
            update={"source": "published"}
        )
    return document.model_copy(update=update)


def _extractor(extractor: Extractor | None) -> Extractor:
    from ..api import Extractor, default_extractor

    if extractor is None:
        return default_extractor()
    if not isinstance(extractor, Extractor):
        raise TypeError(f"extractor must be an Extractor, not {type(extractor).__name__}")
    return extractor
