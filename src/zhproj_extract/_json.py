"""JSON for any Python string, lone surrogates included.

A Python string may hold lone surrogates (U+D800–U+DFFF): text decoded with
``surrogateescape`` or ``surrogatepass``, or cut from UTF-16 in the middle of a pair.
UTF-8 cannot encode them, so pydantic refuses to serialise a model that holds one, and
refuses their ``\\udXXX`` escapes when it validates JSON.  :class:`Model`, the base of
every model in :mod:`zhproj_extract.models`, keeps pydantic's path for all other text (the
output is byte for byte pydantic's) and, only when pydantic fails on a surrogate, falls
back to the standard library's ``json``: each lone surrogate is written as a
``\\udXXX`` escape and read back as itself, so ``text == input[start:end]`` still holds
after the round trip.

One case cannot round-trip, in any JSON: a high surrogate directly followed by a low one
is two characters in a Python string, but JSON reads their two escapes as the one
character the pair encodes.
"""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError

__all__ = ["Model"]

_M = TypeVar("_M", bound="Model")

_SURROGATE = re.compile("[\ud800-\udfff]")
#: A ``\\udXXX`` escape in JSON text (a surrogate, lone or half of a pair).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class Model(BaseModel):
    """A pydantic model whose JSON round trip holds for any string content."""

    def model_dump_json(self, *args: Any, **kwargs: Any) -> str:
        """Pydantic's JSON; where a string holds a lone surrogate, ``json``'s with the
        surrogate escaped (``\\ud800``), in the same layout."""
        try:
            return super().model_dump_json(*args, **kwargs)
        except PydanticSerializationError:
            indent = kwargs.pop("indent", None)
            ensure_ascii = kwargs.pop("ensure_ascii", False)
            data = self.model_dump(*args, mode="json", **kwargs)
            text = json.dumps(
                data,
                ensure_ascii=ensure_ascii,
                indent=indent,
                separators=(",", ":") if indent is None else (",", ": "),
            )
            return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)

    @classmethod
    def model_validate_json(cls: type[_M], json_data: str | bytes | bytearray, **kwargs: Any) -> _M:
        """Pydantic's validation of JSON text.  Text that pydantic's parser rejects only
        for a surrogate escape (``\\ud800``) is read with ``json`` and validated as that
        data; in strict mode pydantic's error stands (outside JSON, strict validation
        wants Python dates and decimals, not strings)."""
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as error:
            text = json_data if isinstance(json_data, str) else bytes(json_data).decode("latin-1")
            if (
                kwargs.get("strict")
                or any(e["type"] != "json_invalid" for e in error.errors())
                or not _SURROGATE_ESCAPE.search(text)
            ):
                raise
            try:
                data = json.loads(json_data)
            except ValueError:
                raise error from None  # not JSON for another reason too: pydantic's error
            return cls.model_validate(data, **kwargs)
