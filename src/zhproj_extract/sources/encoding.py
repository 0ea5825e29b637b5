"""The text of a web page's bytes, decoded as its server or its markup declares.

Many government sites still serve GB2312 or GBK and say so in a ``<meta charset>``; both
are decoded as GB18030, their superset, as browsers do (a GB2312 page routinely holds
characters GB2312 lacks).  A declaration that does not fit the bytes (a page saved as GBK
that still claims UTF-8) is not trusted: UTF-8 and then GB18030 are tried strictly, and
bytes that none of them decodes raise :class:`UnicodeDecodeError` rather than becoming
replacement characters.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence

import regex

__all__ = ["declared_charset", "decode_page", "decode_strictly"]

#: Labels whose bytes are decoded by a superset, as the WHATWG encoding standard does.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
              "cp936": "gb18030", "ascii": "utf-8", "us-ascii": "utf-8",
              "iso-8859-1": "cp1252", "latin1": "cp1252"}  # fmt: skip

#: Codecs that decode almost any bytes, so a declaration of one is tried last: a server's
#: default ``charset=ISO-8859-1`` in front of a GBK page would otherwise give mojibake.
_ANY_BYTES = {"cp1252", "latin-1", "iso8859-1"}

#: ``<meta charset="…">`` or ``<meta http-equiv="Content-Type" content="…; charset=…">``
_META_CHARSET = regex.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


#: How much of a page's start is read for its declared charset.
DECLARATION_REACH = 4096


def declared_charset(head: bytes) -> str | None:
    """The charset a page's markup declares in its first 4 kB, if any."""
    found = _META_CHARSET.search(head[:DECLARATION_REACH])
    return found.group(1).decode("ascii").lower() if found else None


def decode_page(data: bytes, name: str, declared: str | None = None) -> str:
    """``data`` as text: by its byte-order mark, else by ``declared`` (an HTTP header's
    charset) or the page's own declaration, else UTF-8 or GB18030, each tried strictly.

    Raises :class:`UnicodeDecodeError` naming ``name`` when nothing decodes it.
    """
    marked = [encoding for bom, encoding in _BOMS if data.startswith(bom)]
    declarations = [_codec(declared), _codec(declared_charset(data))]
    trusted = [c for c in declarations if c is not None and c not in _ANY_BYTES]
    any_bytes = [c for c in declarations if c in _ANY_BYTES]
    return decode_strictly(data, name, [*marked, *trusted, "utf-8", "gb18030", *any_bytes])


#: How an encoding is named in an error message.
_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GB18030", "utf-16": "UTF-16"}


def decode_strictly(data: bytes, name: str, encodings: Sequence[str]) -> str:
    """``data`` in the first of ``encodings`` that decodes all of it, never guessing.

    Raises :class:`UnicodeDecodeError` naming ``name`` and what was tried when none does.
    """
    tried: list[str] = []
    for encoding in encodings:
        if encoding in tried:
            continue
        tried.append(encoding)
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    labels = " or ".join(dict.fromkeys(_LABELS.get(e, e) for e in tried))
    raise UnicodeDecodeError("/".join(tried), data[:1], 0, 1, f"{name}: not text in {labels}")


def _codec(label: str | None) -> str | None:
    """The Python codec for an encoding label, None for a label Python does not know."""
    if not label:
        return None
    label = label.strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None
