"""Private text helpers shared by every stage: input checks and offset-preserving folding.

Folding maps each character to exactly one character, so an offset in the folded text is the
same offset in the original text. That is what lets matchers work on folded text and still
return spans that point into the caller's string.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from .errors import InputTypeError

__all__ = ["ensure_text", "fold", "fold_tokens", "fold_char", "APOSTROPHES", "SPACES", "DASHES"]

APOSTROPHES = "'\u2019\u2018\u02bc\u00b4`\u2032"
SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad"


_SURROGATE = re.compile("[\ud800-\udfff]")


def ensure_text(value: Any, name: str = "text") -> str:
    """Return ``value`` if it is a ``str``; otherwise raise a :class:`InputTypeError` saying what to do.

    Lone surrogates (``"\\ud800"``: what a bad decoder leaves, never a character) are
    replaced by U+FFFD, one for one, so that every result can be written out as UTF-8 and
    offsets stay true; NUL characters are kept (they are characters, and JSON writes them).

    >>> ensure_text("a\\ud800b") == "a\\ufffdb"
    True

    >>> ensure_text("Rabat")
    'Rabat'
    >>> ensure_text(b"Rabat")
    Traceback (most recent call last):
    ...
    frdefnlp.errors.InputTypeError: text must be str, got bytes: decode it first, e.g. data.decode("utf-8")
    """
    if isinstance(value, str):
        if _SURROGATE.search(value) is None:
            return value
        # A lone surrogate is no character: it cannot be written as UTF-8 (JSON, CSV, files),
        # so each one becomes U+FFFD, one character for one (offsets unchanged).
        return _SURROGATE.sub("\ufffd", value)
    if value is None:
        raise InputTypeError(f"{name} must be str, got None: pass the page text as a string")
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise InputTypeError(
            f"{name} must be str, got {type(value).__name__}: "
            'decode it first, e.g. data.decode("utf-8")'
        )
    raise InputTypeError(f"{name} must be str, got {type(value).__name__}: pass the text as a string")


class _FoldTable(dict):
    """``str.translate`` table computed on demand: one output character per input character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in APOSTROPHES:
            out = "'"
        elif ch in SPACES or ch in "\t\r\n\x0b\x0c":
            out = " "
        elif ch in DASHES:
            out = "-"
        elif ch == "\u0153":  # œ keeps one slot: o
            out = "o"
        elif ch == "\u0152":
            out = "o"
        elif ch == "\u00e6" or ch == "\u00c6":
            out = "a"
        else:
            low = ch.lower()
            if len(low) != 1:
                low = unicodedata.normalize("NFD", ch)[0].lower()[:1] or ch
            base = unicodedata.normalize("NFD", low)[0]
            out = base if base.isalnum() or not low.isalnum() else low
        self[code] = out
        return out


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case and strip accents without changing the length of ``text``.

    Typographic apostrophes become ``'``, exotic spaces become `` ``, dashes become ``-``.

    >>> fold("Dôme de Fer – l’Iron Dome")
    "dome de fer - l'iron dome"
    >>> len(fold("Œuvre ÉTÉ")) == len("Œuvre ÉTÉ")
    True
    """
    return text.translate(_TABLE)


def fold_tokens(tokens: Iterable[Any]) -> list[str]:
    """``[fold(t.text) for t in tokens]`` with one string object per distinct folded text
    (the token's own text where folding changes nothing: "de", "contrat"): a list that costs
    a pointer a token, not a new string a token (issue 12: the working set per token)."""
    memo: dict[str, str] = {}  # token text -> its folded text
    canon: dict[str, str] = {}  # folded text -> its one object ("Le" and "le": one "le")
    get = memo.get
    out: list[str] = []
    append = out.append
    table = _TABLE
    for t in tokens:
        x = t.text
        f = get(x)
        if f is None:
            f = x.translate(table)
            if f == x:
                f = x
            f = memo[x] = canon.setdefault(f, f)
        append(f)
    return out


def fold_char(ch: str) -> str:
    """Fold a single character (see :func:`fold`)."""
    return _TABLE[ord(ch)]
