"""Logarithmic questions about a fixed set of character spans (they may overlap).

The rules that compare every candidate with every span of another kind ("is this count inside
a system's name?") would be quadratic on long texts; a :class:`SpanIndex` answers each
question with a binary search over the spans sorted by start and a running maximum of their
ends. Cost: O(n log n) to build, O(log n) a question.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["SpanIndex"]


class SpanIndex:
    """Half-open spans ``(start, end)``.

    >>> idx = SpanIndex([(0, 5), (10, 20), (12, 14)])
    >>> idx.overlaps(4, 6), idx.overlaps(5, 10), idx.covers(12, 19), idx.covers(3, 7)
    (True, False, True, False)
    """

    __slots__ = ("_starts", "_max_end")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # the largest end among the spans up to each position (sorted by start)
        self._max_end = list(accumulate((e for _, e in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span share a character with ``[start, end)``?"""
        i = bisect_left(self._starts, end)  # spans that start before ``end``
        return i > 0 and self._max_end[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Does one span hold all of ``[start, end)``?"""
        i = bisect_right(self._starts, start)  # spans that start at or before ``start``
        return i > 0 and self._max_end[i - 1] >= end
