"""Results that travel and come back: a versioned JSON form and a compact binary form of
:class:`~frdefnlp.types.CleanResult`, :class:`~frdefnlp.types.Document` and
:class:`~frdefnlp.types.Event`.

Both forms wrap the object's ``to_dict`` in an envelope ``{"v": 1, "type": ..., "data":
...}``; :func:`loads` reads the version and refuses a newer one by name. What is kept: for a
document, everything but its tokens (recomputed on reading: they are a pure function of the
text) and the texts of its sentences and segments (slices of texts kept once): its clean
result with the raw page and the offset map, so that every raw offset comes back, and the
mentions the resolver set aside. The binary form is that JSON compressed by zlib behind a
five-byte header (``FRDN`` and the version): about the size of the page, where a pickled
document is about ten times it.

>>> import frdefnlp
>>> doc = frdefnlp.tag(frdefnlp.clean("Accueil\\n\\nLe Maroc a acheté des drones Harop."))
>>> back = loads(dumps(doc, binary=True))
>>> back == doc and back.clean == doc.clean
True
>>> [(e.text, back.clean.raw_span(e.start, e.end)) for e in back.entities]
[('Maroc', (12, 17)), ('Harop', (38, 43))]
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from ..errors import InputTypeError, InputValueError
from ..types import CleanResult, Document, Event

__all__ = ["dumps", "loads", "VERSION"]

#: Version of the envelope and of the dicts inside it.
VERSION = 1
_MAGIC = b"FRDN"
_TYPES = {"CleanResult": CleanResult, "Document": Document, "Event": Event}


def _data(obj: Any) -> dict[str, Any]:
    if isinstance(obj, Document):
        return obj.to_dict(tokens=False, compact=True, raw=True, candidates=True)
    if isinstance(obj, CleanResult):
        return obj.to_dict(raw=True, compact=True)
    if isinstance(obj, Event):
        return obj.to_dict(compact=True)
    raise InputTypeError(f"dumps() takes a CleanResult, Document or Event, got {type(obj).__name__}")


def dumps(obj: CleanResult | Document | Event, *, binary: bool = False) -> str | bytes:
    """``obj`` as a JSON string, or with ``binary=True`` as compressed bytes."""
    env = {"v": VERSION, "type": type(obj).__name__, "data": _data(obj)}
    text = json.dumps(env, ensure_ascii=False, separators=(",", ":"))
    if not binary:
        return text
    return _MAGIC + bytes([VERSION]) + zlib.compress(text.encode("utf-8"), 6)


def loads(data: str | bytes) -> CleanResult | Document | Event:
    """The object :func:`dumps` wrote (from its JSON string or its bytes)."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        if data[:4] != _MAGIC or len(data) < 5:
            raise InputValueError("not frdefnlp binary data (it must start with b'FRDN')")
        if data[4] > VERSION:
            raise InputValueError(f"binary data of version {data[4]}; this frdefnlp reads up to "
                                  f"{VERSION}: upgrade frdefnlp")
        data = zlib.decompress(data[5:]).decode("utf-8")
    if not isinstance(data, str):
        raise InputTypeError(f"loads() takes str or bytes, got {type(data).__name__}")
    env = json.loads(data)
    if not isinstance(env, dict) or "type" not in env or "data" not in env:
        raise InputValueError("not a frdefnlp envelope: expected {\"v\", \"type\", \"data\"}")
    if env.get("v", 0) > VERSION:
        raise InputValueError(f"data of version {env['v']}; this frdefnlp reads up to {VERSION}: "
                              "upgrade frdefnlp")
    cls = _TYPES.get(env["type"])
    if cls is None:
        raise InputValueError(f"unknown type {env['type']!r} (known: {sorted(_TYPES)})")
    return cls.from_dict(env["data"])  # type: ignore[attr-defined]
