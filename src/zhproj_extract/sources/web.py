"""The article in a web page: its text and metadata, through trafilatura.

Finding the main text of a page (and leaving out the navigation, breadcrumbs, related-news
lists with their own amounts, footers with phone and ICP numbers) is trafilatura's job, a
maintained extractor that keeps paragraphs; its metadata gives the title, the publication
date (from 发布时间 lines as well as from meta tags), the site and the URL.  Installed with
the ``html`` extra; imported on the first page read.
"""

from __future__ import annotations

import copy
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
        from trafilatura.utils import load_html
    except ImportError as exc:
        raise ImportError(_INSTALL) from exc
    tree = load_html(html) if html.strip() else None  # parsed once, read twice
    named = _site_named(tree) if tree is not None else None  # before trafilatura prunes
    if tree is not None:
        _carry_row_spans(tree)
    found: Any = (
        trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
        )
        if tree is not None
        else None
    )
    if found is None:
        return Source(kind="html", text="", url=url)
    # trafilatura's sitename is the host when a URL is given: the page's own name first
    site = named or _clean(found.sitename) or _host(url or found.url)
    title = _without_site(_clean(found.title), site)
    body = found.text or ""
    # The headline states the event too (…签约 总投资86亿元): it is the text's first line.
    text = body if not title or body.startswith(title) else f"{title}\n{body}"
    return Source(
        kind="html",
        text=text,
        url=url or found.url,
        title=title,
        site=site,
        published=_date(found.date),
    )


#: Most rows one cell is carried down over (trafilatura caps spans likewise).
_MAX_ROW_SPAN = 1000


def _carry_row_spans(tree: Any) -> None:
    """Give every row a table cell spans (``rowspan``) a copy of that cell, in place.

    A 建设单位 or 建设地点 cell merged over several projects' rows belongs to each of
    them; trafilatura writes it in the first row only and leaves the others' cells empty,
    so the rows below would have no investor or place.
    """
    for table in tree.iter("table"):
        carried: dict[int, tuple[Any, int]] = {}  # column → (cell, rows it still fills)
        for row in table.iter("tr"):
            if next(row.iterancestors("table"), None) is not table or not (
                carried or row.xpath("td[@rowspan] | th[@rowspan]")
            ):
                continue  # a nested table's row, or nothing to carry in or out
            incoming, carried = carried, {}
            cells = [cell for cell in row if cell.tag in ("td", "th")]
            placed: list[Any] = []
            column = 0
            for cell in cells:
                while column in incoming:
                    column = _place(incoming.pop(column), column, placed, carried)
                span = _span(cell.get("rowspan"))
                cell.attrib.pop("rowspan", None)
                if span > 1:
                    carried[column] = (copy.deepcopy(cell), span - 1)
                placed.append(cell)
                column += _span(cell.get("colspan"))
            for column in sorted(incoming):  # the columns after the row's last cell
                _place(incoming[column], column, placed, carried)
            for cell in cells:
                row.remove(cell)
            row.extend(placed)


def _place(
    carry: tuple[Any, int], column: int, placed: list[Any], carried: dict[int, tuple[Any, int]]
) -> int:
    """Put a copy of a carried cell in ``column`` of the row being built; the column after."""
    cell, rows = carry
    placed.append(copy.deepcopy(cell))
    if rows > 1:
        carried[column] = (cell, rows - 1)
    return column + _span(cell.get("colspan"))


def _span(value: str | None) -> int:
    """A ``rowspan`` or ``colspan`` value as a count of 1 to :data:`_MAX_ROW_SPAN`."""
    try:
        return min(max(int(value or 1), 1), _MAX_ROW_SPAN)
    except ValueError:
        return 1


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


#: Meta tags that name the site: Open Graph's, and the ``SiteName`` that the content
#: management systems of Chinese government sites write on every article page.
_SITE_METAS = ("og:site_name", "SiteName", "sitename", "application-name")
#: How a site's name ends when a page title carries it (…_云浦市人民政府门户网站).
_SITE_ENDINGS = ("网", "网站", "门户", "政府", "在线", "频道", "报")
_TITLE_SEPARATORS = ("_", " - ", " | ", "—", "－")


def _site_named(tree: Any) -> str | None:
    """The site's name as the page (its parsed tree) states it: a site-name meta tag, else
    the part of the ``<title>`` after the headline (…_云浦市人民政府门户网站, … - 新华网)."""
    for name in _SITE_METAS:
        for attribute in ("property", "name"):
            content = tree.xpath(f"//meta[@{attribute}=$name]/@content", name=name)
            if content and (site := _clean(str(content[0]))):
                return site
    title = tree.findtext(".//title") or ""
    for separator in _TITLE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and (site := _clean(tail)) and site.endswith(_SITE_ENDINGS):
            return site
    return None


def _without_site(title: str | None, site: str | None) -> str | None:
    """A page title without the site's name after it (签约_鹤山市人民政府门户网站 → 签约)."""
    if not title or not site or not title.endswith(site):
        return title
    head = title[: -len(site)].rstrip()
    for separator in _TITLE_SEPARATORS:
        if head.endswith(separator.strip()) and head[: -len(separator.strip())].strip():
            return head[: -len(separator.strip())].strip()
    return title


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
