"""The HTML pages of a web crawl: every HTML response in a WARC (or WARC.gz) file.

warcio streams the records one at a time, so a crawl of millions of pages is read in
constant memory.  Requests, metadata, revisits and responses that are not HTML (images,
PDFs, scripts) are not documents and are passed over; a record that cannot be read ends
the file with one :class:`BrokenRecord` (a WARC has no index to find the next record by).
Installed with the ``warc`` extra; imported on the first crawl read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

__all__ = ["SUFFIXES", "BrokenRecord", "Response", "html_responses", "is_warc"]

#: File suffixes (lower case) of crawl archives.
SUFFIXES = (".warc", ".warc.gz")

_INSTALL = "reading web crawls needs the warc extra: pip install 'zhproj-extract[warc]'"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Response:
    """One HTML response: its URL, its body and the charset its header declares."""

    url: str
    body: bytes
    charset: str | None


@dataclass(frozen=True)
class BrokenRecord:
    """A record that could not be read, ``number`` counting the file's records from 1."""

    number: int
    message: str


def is_warc(name: str) -> bool:
    """Is ``name`` a crawl archive by its suffix (any letter case)?"""
    return name.lower().endswith(SUFFIXES)


def html_responses(stream: BinaryIO) -> Iterator[Response | BrokenRecord]:
    """Every HTML response of the WARC read from ``stream``, in file order."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:
        raise ImportError(_INSTALL) from exc
    records = iter(ArchiveIterator(stream))
    number = 0
    while True:
        number += 1
        try:
            record = next(records)
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if not content_type.lower().startswith(_HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or f"record {number}"
            body = record.content_stream().read()
        except StopIteration:
            return
        except Exception as exc:  # warcio fails on a broken record in many ways
            yield BrokenRecord(number, f"record {number}: {type(exc).__name__}: {exc}")
            return
        yield Response(url, body, _charset(content_type))


def _charset(content_type: str) -> str | None:
    """The ``charset=`` of a Content-Type header."""
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
