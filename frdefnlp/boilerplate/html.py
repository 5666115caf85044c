"""The text of an HTML page, with a map from every character back to the HTML.

``clean`` expects the text of a page, as a scraper saves it. Given the HTML source instead
(:func:`looks_like_html`), it first extracts the text here, then cleans that text, and its
:class:`~frdefnlp.types.CleanResult` maps back to offsets in the HTML (``r.raw`` is the HTML,
``r.to_raw(i)`` an offset into it). What the extraction does:

* ``<script>`` (JSON-LD included), ``<style>``, ``<noscript>``, ``<template>``, ``<svg>``,
  ``<iframe>``, ``<title>``, comments, ``<!DOCTYPE>`` and processing instructions: removed
  with everything inside;
* block elements (``p``, ``div``, ``h1``-``h6``, ``li``, ``tr``, ``article`` ...) end a line
  and start a paragraph (a blank line); ``<br>`` ends a line;
* other tags are removed; runs of white space in the text become one space;
* character references (``&amp;``, ``&#8217;``, ``&eacute;``) are decoded; a decoded
  character maps to its whole reference in the HTML.

Cost: linear in the HTML. One left-to-right scan with ``str.find``; an unclosed comment or
script runs to the end of the page, a ``<`` with no ``>`` after it is text (both remembered,
so malformed pages are never rescanned). No dependency: no DOM is built.
"""

from __future__ import annotations

import html as _html
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import replace

import regex

from ..types import CleanResult, OffsetMap, Segment

__all__ = ["looks_like_html", "html_to_text", "clean_html", "compose", "should_extract"]

#: set while the text extracted from a page is cleaned: that text is never sniffed again
#: (a page about HTML may quote "<div>" in its text)
_INSIDE: ContextVar[bool] = ContextVar("frdefnlp_html_inside", default=False)


def should_extract(raw: str) -> bool:
    """Should ``clean`` extract the text of ``raw`` first? (HTML, and not already extracted)"""
    return not _INSIDE.get() and looks_like_html(raw)

_DOCUMENT = regex.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", regex.I)
_HEAVY = regex.compile(r"<(?:script|style|meta)[\s>]", regex.I)
_ANY_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}[\s/>]")
_TAG = regex.compile(r"</?([A-Za-z][A-Za-z0-9\-]{0,30})(?=[\s/>])")
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "title",
                   "object", "canvas", "math", "head"})
_BLOCK = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr",
    "table", "thead", "tbody", "tfoot", "section", "article", "aside", "header", "footer",
    "nav", "main", "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "hr",
    "address", "details", "summary", "caption", "body", "html", "td", "th", "menu", "option",
})
_ENTITY = regex.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31};?|#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?)")
_SPACE = regex.compile(r"\s+")


def looks_like_html(raw: str) -> bool:
    """Is ``raw`` the HTML source of a page rather than its text? Yes when its first 10 000
    characters hold a document tag (a doctype, ``<html>``, ``<head>``, ``<body>``), or a
    ``<script>``/``<style>``/``<meta>`` among ten tags or more. Stray ``<p>``, ``<div>`` or
    ``<br>`` tags left in scraped text are not enough: they are repaired segment by segment
    (:mod:`frdefnlp.boilerplate.normalize`).

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Le Maroc.</p></body></html>")
    True
    >>> looks_like_html("Le Maroc <p class='x'> a reçu <div> des drones.<p>")
    False
    """
    if raw.find("<", 0, 10_000) < 0:
        return False  # every tag opens with "<" (most scraped text has none)
    head = raw[:10_000]
    if _DOCUMENT.search(head, None, None, False):
        return True
    return _HEAVY.search(head, None, None, False) is not None \
        and sum(1 for _ in _ANY_TAG.finditer(head, None, None, False, False)) >= 10


def html_to_text(raw: str) -> tuple[str, OffsetMap]:
    """The text of the HTML ``raw`` and the map of its offsets back into ``raw``.

    >>> text, offsets = html_to_text('<p>Le F-16&nbsp;vole.</p><script>var x = "achat";</script>'
    ...                              '<div>Rabat &amp; Alger</div>')
    >>> text
    'Le F-16\\xa0vole.\\n\\nRabat & Alger'
    >>> i = text.index("&"); raw_i = offsets.to_raw(i)
    >>> '<p>Le F-16&nbsp;vole.</p><script>var x = "achat";</script><div>Rabat &amp; Alger</div>'[raw_i:raw_i + 5]
    '&amp;'
    """
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    olen = 0
    pending = 0  # line breaks owed before the next text: 1 (<br>) or 2 (a block)
    pend_at = (0, 0)  # the raw span of the tag that asked for them
    space = False  # a white space owed before the next text
    space_at = (0, 0)
    n = len(raw)
    no_gt_after = n + 1  # a '<' at or after this position has no '>' after it
    unclosed: dict[str, int] = {}  # closing tag -> first position it is known absent from

    def emit(s: str, rs: int, re_: int) -> None:
        nonlocal olen
        out.append(s)
        pieces.append((olen, olen + len(s), rs, re_))
        olen += len(s)

    def text(a: int, b: int) -> None:
        """Emit raw[a:b] (text between tags): spaces collapsed, references decoded."""
        nonlocal pending, space, space_at
        pos = a
        for m in _SPACE.finditer(raw, a, b):
            _words(pos, m.start())
            if olen or pending:
                space, space_at = True, m.span()
            pos = m.end()
        _words(pos, b)

    def _words(a: int, b: int) -> None:
        nonlocal pending, space
        if a >= b:
            return
        if pending and olen:
            emit("\n" * pending, *pend_at)
        elif space and olen:
            emit(" ", *space_at)
        pending = 0
        space = False
        pos = a
        for m in _ENTITY.finditer(raw, a, b):
            if m.start() > pos:
                emit(raw[pos:m.start()], pos, m.start())
            dec = _html.unescape(m.group())
            if dec == m.group() or len(dec) > 2:
                emit(m.group(), m.start(), m.end())  # unknown: kept as written
            else:
                emit(dec, m.start(), m.end())
            pos = m.end()
        if pos < b:
            emit(raw[pos:b], pos, b)

    def brk(k: int, rs: int, re_: int) -> None:
        nonlocal pending, pend_at, space
        if k > pending:
            pending, pend_at = k, (rs, re_)
        space = False

    i = 0
    while i < n:
        lt = raw.find("<", i)
        if lt < 0 or lt >= no_gt_after:
            text(i, n)
            break
        if lt > i:
            text(i, lt)
        if raw.startswith("<!--", lt):
            end = raw.find("-->", lt + 4)
            i = n if end < 0 else end + 3
            continue
        nxt = raw[lt + 1:lt + 2]
        if nxt in ("!", "?"):  # doctype, CDATA, processing instruction
            gt = raw.find(">", lt)
            if gt < 0:
                no_gt_after = lt
                text(lt, n)
                break
            i = gt + 1
            continue
        m = _TAG.match(raw, lt)
        if m is None:  # a '<' that opens no tag ("a < b"): text
            text(lt, lt + 1)
            i = lt + 1
            continue
        gt = raw.find(">", m.end())
        if gt < 0:
            no_gt_after = lt
            text(lt, n)
            break
        name = m.group(1).lower()
        closing = raw[lt + 1] == "/"
        i = gt + 1
        if not closing and name in _SKIP and raw[gt - 1] != "/":
            close = "</" + name
            known = unclosed.get(close)
            end = -1 if known is not None and known <= i else _find_close(raw, close, i)
            if end < 0:
                unclosed[close] = i
                i = n
            else:
                i = end
            continue
        if name == "br":
            brk(1, lt, gt + 1)
        elif name in _BLOCK:
            brk(2, lt, gt + 1)
        # any other tag: removed
    return "".join(out), OffsetMap(tuple(pieces))


def _find_close(raw: str, close: str, start: int) -> int:
    """Position just after the closing tag ``close`` (``"</script"``) from ``start``, case
    insensitive, or -1."""
    low = close.lower()
    pos = start
    n = len(raw)
    while True:
        j = _ifind(raw, low, pos)
        if j < 0:
            return -1
        gt = raw.find(">", j)
        if gt < 0:
            return -1
        after = raw[j + len(low):j + len(low) + 1]
        if after in (">", "/", " ", "\t", "\n", "\r", ""):
            return gt + 1
        pos = j + 1
        if pos >= n:
            return -1


_CLOSERS: dict[str, regex.Pattern[str]] = {}


def _ifind(raw: str, low: str, start: int) -> int:
    """``raw.lower().find(low, start)`` without lowering the whole page each time."""
    pat = _CLOSERS.get(low)
    if pat is None:
        pat = _CLOSERS[low] = regex.compile(regex.escape(low), regex.I)
    m = pat.search(raw, start)
    return -1 if m is None else m.start()


def compose(outer: OffsetMap, inner: OffsetMap) -> OffsetMap:
    """The map of ``outer`` (derived -> middle text) followed by ``inner`` (middle -> raw).

    An equal-length piece of ``outer`` is split where ``inner``'s pieces split, so that each
    character still maps to its own place in the raw text. Linear in both maps (both are
    sorted; one merge).
    """
    ipieces = inner.pieces
    out: list[tuple[int, int, int, int]] = []
    j = 0
    ni = len(ipieces)
    for cs, ce, ms, me in outer.pieces:
        if ce - cs != me - ms or ms == me:  # replaced piece: map its ends
            rs = inner.to_raw(ms) if ipieces else 0
            re_ = inner.to_raw_end(me) if ipieces else 0
            out.append((cs, ce, rs, max(rs, re_)))
            continue
        while j > 0 and ipieces[j][0] > ms:
            j -= 1  # outer pieces are sorted, but a separator piece may look back
        while j < ni and ipieces[j][1] <= ms:
            j += 1
        k = j
        pos = ms
        while pos < me and k < ni:
            ics, ice, irs, ire = ipieces[k]
            a, b = max(pos, ics), min(me, ice)
            if a < b:
                d = cs + (a - ms)
                if ice - ics == ire - irs:
                    out.append((d, d + (b - a), irs + (a - ics), irs + (b - ics)))
                else:
                    out.append((d, d + (b - a), irs, ire))
                pos = b
            if ice <= me:
                k += 1
            else:
                break
    return OffsetMap(tuple(out))


def clean_html(raw: str, clean_text: Callable[[str], CleanResult]) -> CleanResult:
    """``clean_text`` (the cleaner) on the text of the HTML ``raw``, its offsets, segments
    and ``raw`` mapped back to the HTML."""
    text, inner = html_to_text(raw)
    token = _INSIDE.set(True)
    try:
        r = clean_text(text)
    finally:
        _INSIDE.reset(token)
    segments: list[Segment] = []
    pos = 0

    def markup(a: int, b: int) -> None:
        """The HTML between two pieces of text (tags, scripts, comments): a removed segment."""
        piece = raw[a:b]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            segments.append(Segment(start=a + lead, end=a + lead + len(body), text=body,
                                    kept=False, reason="markup"))

    for s in r.segments:
        a, b = inner.span(s.start, s.end) if inner.pieces else (0, 0)
        if a < pos:  # never before the previous segment's end
            a = pos
        b = max(a, b)
        markup(pos, a)
        segments.append(replace(s, start=a, end=b, text=raw[a:b]))
        pos = b
    markup(pos, len(raw))
    return CleanResult(raw=raw, text=r.text, segments=tuple(segments), metadata=r.metadata,
                       offsets=compose(r.offsets, inner))
