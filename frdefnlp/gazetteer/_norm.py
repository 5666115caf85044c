"""Private normalisation shared by the matcher and the validator.

Text and aliases are folded with one ``str.translate`` table that maps every character to
exactly one character (so offsets in the folded text are offsets in the original), then cut
into word tokens: maximal runs of letters, or of digits. Cutting letters from digits makes
``F-5``, ``F5`` and ``F 5`` the same tokens ``("f", "5")``; everything between two tokens is a
*gap*, which must agree between alias and text once spaces and hyphens are removed (so
``Bladi.net`` needs its dot, ``Iron. Dome`` never matches ``Iron Dome``, and a newline, kept
by the table, always breaks a match).
"""

from __future__ import annotations

import re

from .._text import fold_char

__all__ = ["TABLE", "fold_keep_lines", "token_spans", "alias_key", "gap_sig",
           "auto_case_sensitive", "plural_key", "SPLIT_RE", "WORD_RE"]

#: Word tokens: a run of letters (any script) or a run of digits.
WORD_RE = re.compile(r"[^\W\d_]+|\d+")
#: The same, capturing, for ``re.split``: gives [gap, token, gap, token, ..., gap].
SPLIT_RE = re.compile(r"([^\W\d_]+|\d+)")


class _Table(dict):
    """Translate table: :func:`frdefnlp._text.fold`, except that line breaks stay line breaks."""

    def __missing__(self, code: int) -> str:
        out = fold_char(chr(code))
        self[code] = out
        return out


TABLE = _Table({10: "\n", 13: "\n", 0x2028: "\n", 0x2029: "\n", 0x85: "\n"})


def fold_keep_lines(text: str) -> str:
    """Fold case, accents, apostrophes, spaces and dashes; same length as ``text``."""
    return text.translate(TABLE)


def token_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the word tokens of ``text`` (computed on the folded text, same offsets)."""
    return [m.span() for m in WORD_RE.finditer(fold_keep_lines(text))]


def gap_sig(gap: str) -> str:
    """What must agree between two tokens: the gap without spaces and hyphens."""
    if not gap:
        return gap
    return gap.replace(" ", "").replace("-", "")


def alias_key(alias: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(tokens, gaps)`` of an alias: folded word tokens and the signatures between them.

    >>> alias_key("l'Iron Dôme")
    (('l', 'iron', 'dome'), ("'", ''))
    >>> alias_key("F-5") == alias_key("F5") == alias_key("f 5")
    True
    """
    parts = SPLIT_RE.split(fold_keep_lines(alias))
    tokens = tuple(parts[1::2])
    gaps = tuple(gap_sig(g) for g in parts[2:-1:2])
    return tokens, gaps


def auto_case_sensitive(alias: str) -> bool:
    """True for aliases written in capitals (two letters or more): ``FAR``, ``IAI``, ``UA``.

    Such acronyms are often words too ("far", "ua"), so they are matched with their case.
    ``F-5`` (one letter) and ``i24NEWS`` (mixed case) are not.
    """
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


#: Words after which a French noun phrase stops agreeing in number ("bases aériennes *de* X").
_STOP = frozenset("de du des d a au aux en pour sur contre la le les l et par avec sans".split())


def _plural(token: str) -> str:
    if len(token) < 3 or token.isdigit() or token[-1] in "sxz":
        return token
    if token.endswith("al"):
        return token[:-2] + "aux"
    if token.endswith(("eau", "eu")):
        return token + "x"
    return token + "s"


def plural_key(alias: str, tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """Plural of a common-noun alias (written with a lower-case initial), or ``None``.

    Every word before the first preposition or article takes the regular French plural
    (``-s``; ``-al`` -> ``-aux``; ``-eau``/``-eu`` -> ``-x``; words already ending in s/x/z,
    words under 3 letters and numbers unchanged): ``armée marocaine`` -> ``armées marocaines``,
    ``base aérienne de Sidi Slimane`` -> ``bases aériennes de Sidi Slimane``. Proper names
    (capital initial) never get a plural.

    >>> plural_key("missile balistique", ("missile", "balistique"))
    ('missiles', 'balistiques')
    >>> plural_key("Iron Dome", ("iron", "dome")) is None
    True
    """
    first = alias.lstrip()[:1]
    if not first.isalpha() or not first.islower():
        return None
    out = []
    stopped = False
    for tok in tokens:
        if tok in _STOP:
            stopped = True
        out.append(tok if stopped else _plural(tok))
    key = tuple(out)
    return None if key == tokens else key
