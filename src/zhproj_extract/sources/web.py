"""The article in a web page: its text and metadata, through trafilatura.

Finding the main text of a page (and leaving out the navigation, breadcrumbs, related-news
lists with their own amounts, footers with phone and ICP numbers) is trafilatura's job, a
maintained extractor that keeps paragraphs; its metadata gives the title, the publication
date (from 发布时间 lines as well as from meta tags), the site and the URL.  Installed with
the ``html`` extra; imported on the first page read.
"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import urlsplit

from ..models import Source
from .encoding import decode_page

__all__ = ["read_html"]

_INSTALL = "reading web pages needs the html extra: pip install 'zhproj-extract[html]'"


def read_html(
    page: str | bytes, *, url: str | None = None, charset: str | None = None, name: str = "page"
) -> Source:
    """The article of an HTML page as a :class:`Source` (its text empty when the page has
    none).  Bytes are decoded by :func:`~zhproj_extract.sources.encoding.decode_page`
    (``charset`` is an HTTP header's); ``name`` names the page in errors.

    Raises :class:`UnicodeDecodeError` for bytes that are not text, :class:`ImportError`
    (saying what to install) without the ``html`` extra.
    """
    if not isinstance(page, str | bytes):
        raise TypeError(f"a page is str or bytes, not {type(page).__name__}")
    html = decode_page(page, name, charset) if isinstance(page, bytes) else page
    try:
        import trafilatura
    except ImportError as exc:
        raise ImportError(_INSTALL) from exc
    found: Any = (
        trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
        )
        if html.strip()
        else None
    )
    if found is None:
        return Source(kind="html", text="", url=url)
    title = _clean(found.title)
    body = found.text or ""
    # The headline states the event too (…签约 总投资86亿元): it is the text's first line.
    text = body if not title or body.startswith(title) else f"{title}\n{body}"
    return Source(
        kind="html",
        text=text,
        url=url or found.url,
        title=title,
        site=_clean(found.sitename) or _host(url or found.url),
        published=_date(found.date),
    )


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _host(url: str | None) -> str | None:
    return (urlsplit(url).hostname or None) if url else None


def _date(value: object) -> datetime.date | None:
    """trafilatura's date (``YYYY-MM-DD``) as a date; anything else is no date."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
