"""Cut a raw page into the units the filter decides on.

A unit is a line of the page (the scrapers this library targets keep one paragraph a line),
with three refinements:

* a *ticker* line (headlines of other articles joined by runs of spaces or no-break spaces,
  as seed 001 joins 48 headlines with four U+00A0) is cut into one unit per headline;
* a date line glued in front of the article's first paragraph (seed 002's
  `` date 2021-11 À quelques ...``) is cut off into a unit of its own;
* leading and trailing whitespace is left out of the unit, so units never start or end blank.

Each unit also carries its repaired text (HTML entities, tags, zero-width characters fixed,
see :mod:`.normalize`) and the offset pieces that map the repaired text back to the raw page.
Cost: one pass over the page; memory proportional to the number of units.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from .kinds import unit_kind
from .normalize import normalize_segment
from .rules import parse_byline, split_prefix

__all__ = ["Unit", "segment_page"]

_LINE = regex.compile(r"[^\r\n]+")
_DIGIT = regex.compile(r"\d")
_WS = " \t\u00a0\u202f\u2007\u3000\u2009\u200a\u200b\ufeff"
# Ticker separators: runs of two or more blanks (a run of ASCII spaces must be 3+ long to
# count: two spaces after a full stop are common in body text), or a pipe, bullet or middle
# dot between blanks, or "::".
_SEP = regex.compile(r"[ \t\u00a0\u202f\u2007\u3000]*(?:[ \t\u00a0\u202f\u2007\u3000][|•·]|::)[ \t\u00a0\u202f\u2007\u3000]+|[ \t\u00a0\u202f\u2007\u3000]{2,}")

#: A ticker has at least this many headlines.
TICKER_MIN_ITEMS = 3
#: ... and its headlines are short (median length).
TICKER_MAX_MEDIAN = 170
#: A piece of a ticker line longer than this is not a headline (article text glued to it).
HEADLINE_MAX = 260


@dataclass(slots=True)
class Unit:
    """A unit of the raw page: ``raw[start:end]``, its repaired ``text`` and offset ``pieces``.

    ``line`` is the index of the raw line it comes from; ``ticker`` the index of the ticker
    it belongs to (``None`` outside tickers); ``prefix`` marks a date line cut off the front
    of a line.
    """

    start: int
    end: int
    text: str
    pieces: list[tuple[int, int, int, int]] = field(repr=False)
    line: int
    ticker: int | None = None
    prefix: bool = False


def _strip_span(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (raw[start] in _WS or raw[start].isspace()):
        start += 1
    while end > start and (raw[end - 1] in _WS or raw[end - 1].isspace()):
        end -= 1
    return start, end


def _unit(raw: str, start: int, end: int, line: int, **kw: object) -> Unit | None:
    start, end = _strip_span(raw, start, end)
    if start >= end:
        return None
    text, pieces = normalize_segment(raw[start:end], start)
    a, b = 0, len(text)
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if (a, b) != (0, len(text)):  # a repair left blanks at an edge ("mot <br>"): trim them
        text, pieces = text[a:b], _clip(pieces, a, b)
    return Unit(start, end, text, pieces, line, **kw)  # type: ignore[arg-type]


def _stripped_unit(raw: str, start: int, end: int, body: str, line: int) -> Unit:
    """:func:`_unit` of a span already stripped (``body == raw[start:end]``, not empty)."""
    text, pieces = normalize_segment(body, start)
    if text is body:  # nothing repaired: no blank at an edge either
        return Unit(start, end, text, pieces, line)
    return _unit(raw, start, end, line)  # type: ignore[return-value]


def _clip(pieces: list[tuple[int, int, int, int]], a: int, b: int) -> list[tuple[int, int, int, int]]:
    """The pieces of output range [a, b), shifted to start at 0."""
    out = []
    for cs, ce, rs, re_ in pieces:
        lo, hi = max(cs, a), min(ce, b)
        if lo >= hi:
            continue
        if ce - cs == re_ - rs:  # character for character: clip exactly
            out.append((lo - a, hi - a, rs + (lo - cs), rs + (hi - cs)))
        else:
            out.append((lo - a, hi - a, rs, re_))
    return out


#: What every separator contains: a blank other than the space, two spaces, a space before a
#: pipe, bullet or middle dot, or "::" (a line with none of them has no separator).
_SEP_HINTS = ("\t", "\u00a0", "\u202f", "\u2007", "\u3000", "  ", " |", " •", " ·", "::")


def _has_hint(line: str) -> bool:
    """Whether ``line`` holds one of :data:`_SEP_HINTS` (a substring test each: a memchr-speed
    scan, and none at all for a character wider than the line's storage)."""
    return ("  " in line or "\u00a0" in line or "\t" in line or " |" in line or " •" in line or " ·" in line
            or "::" in line or "\u202f" in line or "\u2007" in line or "\u3000" in line)

#: The characters :func:`_strip_span` strips: those of ``_WS`` and every ``str.isspace()``
#: character (listed; checked over all code points by the tests), for ``str.strip``.
_STRIP = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
          "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff")


def _ticker_pieces(raw: str, start: int, end: int, line: str) -> list[tuple[int, int]] | None:
    """The spans of the headlines of a ticker line ``line == raw[start:end]`` (which holds one
    of :data:`_SEP_HINTS`), or ``None``."""
    seps = [
        m for m in _SEP.finditer(raw, start, end, False, False)
        if len(g := m.group()) >= 3 or g.strip(" ")  # three blanks, or anything but spaces
    ]
    if len(seps) < TICKER_MIN_ITEMS - 1:
        return None
    spans = []
    pos = start
    for m in seps:
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    spans = [(s, e) for s, e in (_strip_span(raw, s, e) for s, e in spans) if s < e]
    if len(spans) < TICKER_MIN_ITEMS:
        return None
    lengths = sorted(e - s for s, e in spans)
    if lengths[len(lengths) // 2] > TICKER_MAX_MEDIAN:
        return None
    # Headlines seldom end with a full stop; paragraphs glued by blanks do. A line whose
    # pieces mostly read as sentences is article text, not a ticker.
    if sum(1 for s, e in spans if raw[e - 1] == ".") * 2 > len(spans):
        return None
    # A byline or a date line with its parts between pipes ("Par X | 3 mai 2024 | 10h") is
    # one unit: its date and author go to the metadata.
    if len(line) <= 180 and _DIGIT.search(line, None, None, False) and (parse_byline(line) is not None or _is_dateline(line)):
        return None
    return spans


def _is_dateline(line: str) -> bool:
    k = unit_kind(line)
    return k is not None and k.kind == "dateline"


def segment_page(raw: str) -> Iterator[Unit]:
    """Yield the units of ``raw`` in page order (see the module docstring)."""
    ticker_id = 0
    for line_no, m in enumerate(_LINE.finditer(raw, None, None, False, False)):
        # _strip_span in two C calls: the characters it strips are exactly _STRIP.
        line = m.group()
        body = line.strip(_STRIP)
        if not body:
            continue
        start = m.start() + len(line) - len(line.lstrip(_STRIP))
        end = start + len(body)
        spans = _ticker_pieces(raw, start, end, body) if _has_hint(body) else None
        if spans is not None:
            for s, e in spans:
                u = _unit(raw, s, e, line_no, ticker=ticker_id if e - s <= HEADLINE_MAX else None)
                if u is not None:
                    yield u
            ticker_id += 1
            continue
        cut = split_prefix(body)
        if cut:
            u = _unit(raw, start, start + cut, line_no, prefix=True)
            if u is not None:
                yield u
            u = _unit(raw, start + cut, end, line_no)
            if u is not None:
                yield u
            continue
        yield _stripped_unit(raw, start, end, body, line_no)
