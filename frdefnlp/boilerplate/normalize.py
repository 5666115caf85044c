"""Repair scraping leftovers inside one segment, keeping a map back to the raw offsets.

Scrapers leave HTML entities (``&nbsp;``, ``&amp;``, ``&#8217;``), stray tags (``<br>``,
``<p class="x">``), zero-width characters, control characters and tabs in the text. They are
repaired here and not by the caller because the clean text must still map back to the raw
page: every repair is recorded as a piece ``(out_start, out_end, raw_start, raw_end)``
(:class:`frdefnlp.types.OffsetMap` semantics: equal-length pieces map character by character,
a replaced piece maps its ends).

Cost: one regex pass over the segment; linear.
"""

from __future__ import annotations

import html

import regex

__all__ = ["normalize_segment"]

# One alternation, scanned once: entity | tag | zero-width/control | tab.
_FIX = regex.compile(
    r"(?P<ent>&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});?)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,300})?/?>|<!--.{0,500}?-->)"
    r"|(?P<zw>[\u200b\u200c\u200d\u2060\ufeff\u00ad]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f])"
    r"|(?P<tab>\t+)",
    regex.S,
)
_BLOCK_TAGS = regex.compile(r"</?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|section|article|blockquote)\b", regex.I)


def _entity(text: str) -> str:
    out = html.unescape(text)
    if out == text or len(out) > 2:
        return text  # not an entity html knows: keep as written
    if out == "\u00a0":
        return "\u00a0"
    return out


def normalize_segment(text: str, base: int = 0) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Return the repaired ``text`` and its offset pieces (raw offsets shifted by ``base``).

    >>> normalize_segment("Rabat&nbsp;: l&#8217;armée<br>a\\u200bnnoncé")[0]
    'Rabat\\xa0: l’armée annoncé'
    """
    # Every repair starts at "&", "<", a tab, a zero-width or a control character; the last
    # three are not printable: most lines need no scan at all.
    if ("&" not in text and "<" not in text and text.isprintable()) or _FIX.search(text, None, None, False) is None:
        # nothing to repair (most lines): one piece, as the loop gives
        return text, ([(0, len(text), base, base + len(text))] if text else [])
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    pos = 0  # raw position (relative)
    olen = 0

    def copy(upto: int) -> None:
        nonlocal pos, olen
        if upto > pos:
            chunk = text[pos:upto]
            out.append(chunk)
            pieces.append((olen, olen + len(chunk), base + pos, base + upto))
            olen += len(chunk)
            pos = upto

    for m in _FIX.finditer(text, None, None, False, False):
        copy(m.start())
        kind = m.lastgroup
        raw = m.group()
        if kind == "ent":
            rep = _entity(raw)
        elif kind == "tag":
            # A tag between two words separates them; elsewhere it simply disappears.
            before = text[m.start() - 1] if m.start() > 0 else " "
            after = text[m.end()] if m.end() < len(text) else " "
            block = bool(_BLOCK_TAGS.match(raw, None, None, False))
            rep = " " if (block or before.isalnum()) and not before.isspace() and not after.isspace() else ""
            if m.start() == 0 or m.end() == len(text):
                rep = ""
        elif kind == "tab":
            rep = " "
        else:
            rep = ""
        if rep == raw:
            copy(m.end())
            continue
        if rep:
            out.append(rep)
            pieces.append((olen, olen + len(rep), base + m.start(), base + m.end()))
            olen += len(rep)
        pos = m.end()
    copy(len(text))
    return "".join(out), pieces
