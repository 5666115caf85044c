"""The token index of an offset, for the events: what ``{tok.start: i}`` gave, in less memory.

The events look up the token that starts at an entity's start (``tok_of.get(e.start)``) and
add the odd entity that starts inside a token (``setdefault``). A dict of every token's start
held an entry and a new int object per token, the largest table of ``events`` (issue 12: a
quarter of its working set on ordinary French); this one keeps the tokens' own start offsets
in a list and finds an offset by bisection, with a small dict for the offsets added. A
look-up costs a Python call and a bisection instead of a dict's look-up, so the events use it
for texts of more than ``_DICT_TOKENS`` tokens only (:mod:`frdefnlp.extraction`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["TokenStarts"]

_MISSING: Any = object()


class TokenStarts:
    """``{tokens[i].start: i for i in range(lo, hi)}`` as a read-mostly mapping: ``get``,
    ``in``, ``[]``, ``setdefault``, ``len`` and iteration behave as the dict's did (the
    tokens' starts are strictly increasing, so each start is one key)."""

    __slots__ = ("_starts", "_lo", "_extra")

    def __init__(self, tokens: Sequence[Any], lo: int, hi: int) -> None:
        self._starts = [tokens[i].start for i in range(lo, hi)]
        self._lo = lo
        self._extra: dict[int, int] = {}  # offsets added by setdefault (not a token's start)

    def _find(self, key: int) -> int:
        starts = self._starts
        k = bisect_left(starts, key)
        if k < len(starts) and starts[k] == key:
            return self._lo + k
        return self._extra.get(key, -1) if self._extra else -1

    def get(self, key: int, default: Any = None) -> Any:
        i = self._find(key)
        return default if i < 0 else i

    def __contains__(self, key: object) -> bool:
        return type(key) is int and self._find(key) >= 0

    def __getitem__(self, key: int) -> int:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return i

    def setdefault(self, key: int, value: int) -> int:
        i = self._find(key)
        if i >= 0:
            return i
        self._extra[key] = value
        return value

    def __len__(self) -> int:
        return len(self._starts) + len(self._extra)

    def __iter__(self) -> Iterator[int]:
        yield from self._starts
        yield from self._extra
