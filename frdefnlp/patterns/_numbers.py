"""Number normalisation shared by the MONEY and QUANTITY taggers.

French writes decimals with a comma (``1,2``) and groups thousands with a space, a no-break
space or a narrow no-break space (``100 000``) or, informally (and in Spanish), with a dot
(``500.000``). Spelled-out numbers (``trois``, ``vingt-deux``, ``deux cent mille``) and scale
words (``millions``, ``milliard``: French long scale, ``milliard`` = 1e9, ``billion`` = 1e12)
come from ``resources/patterns/numbers_fr.json``.

Cost model: every helper is linear in the length of its argument; the word tables are read
once per process.
"""

from __future__ import annotations

import functools
import math
from typing import Any

import regex

from .._resources import cached, read_json
from .._text import ensure_text
from ..errors import InputValueError

__all__ = [
    "parse_number",
    "parse_spelled",
    "parse_amount",
    "scale_value",
    "DIGITS_PATTERN",
    "number_words",
]

_SEPS = " \u00a0\u202f\u2009"
#: A number written with digits, as the taggers match it (no sign, no unit).
#: Every repetition is bounded (at most seven groups of digits) and possessive: a pattern that
#: holds a number is tried at every digit of a text, and an unbounded run of groups
#: ("123 456 789 123 ...") would be rescanned to its end from each of them (quadratic). No
#: real number has more than seven groups (1 000 000 000 000 000 000); a longer run is not a
#: number with spaces, and its last groups are read one by one.
DIGITS_PATTERN = (
    rf"\d{{1,3}}(?:[{_SEPS}]\d{{3}}(?!\d)){{1,6}}+(?![{_SEPS}]\d{{3}}(?!\d))(?:,\d++)?"  # 100 000 / 1 234,5
    r"|\d++(?:[.,]\d++){0,6}+"  # 500.000 / 1,2 / 1.234.567,89 / 2020
)
_DIGITS_RE = regex.compile(rf"(?:{DIGITS_PATTERN})")
_SPACED_RE = regex.compile(rf"\d{{1,3}}(?:[{_SEPS}]\d{{3}})+(?:,\d+)?")


@cached
def _numbers() -> dict[str, Any]:
    return read_json("patterns/numbers_fr.json")


def number_words() -> dict[str, int]:
    """Spelled-out number words and their values (lower case), from the shipped data."""
    return _numbers()["words"]


def parse_number(text: str, *, english: bool = False) -> float:
    """Value of a number written with digits or spelled out in French.

    Rules for digits: spaces (ordinary, no-break, narrow no-break) between groups of three
    digits group thousands; a comma is the decimal separator (French) unless several commas
    group thousands (``1,000,000``); a single dot followed by exactly three digits, or several
    dots, group thousands (``500.000`` is five hundred thousand, the informal French and
    Spanish style); with both a dot and a comma, the last one is the decimal separator. With
    ``english=True`` (an amount after ``$`` or ``€``: ``$1,500``, ``€1.2bn``) a single comma
    before three digits groups thousands and a single dot is always decimal.

    >>> parse_number("1,2"), parse_number("500.000"), parse_number("100\u00a0000")
    (1.2, 500000.0, 100000.0)
    >>> parse_number("1.234.567,5"), parse_number("66.23"), parse_number("vingt-deux")
    (1234567.5, 66.23, 22.0)
    >>> parse_number("1.5", english=True), parse_number("1,500", english=True)
    (1.5, 1500.0)

    Raises:
        InputTypeError: ``text`` is not a ``str``.
        InputValueError: ``text`` is not a number.
    """
    value = _parse_number(ensure_text(text).strip(), english)
    if not math.isfinite(value):  # 400 digits: no number, and no valid JSON either
        raise InputValueError(f"parse_number: {text[:40]!r}... is too large a number")
    return value


def _parse_number(text: str, english: bool) -> float:
    """:func:`parse_number` on a stripped ``str``."""
    if not text:
        raise InputValueError("parse_number got an empty string: pass a number such as '1,2'")
    if not text[0].isdigit():
        value = parse_spelled(text)
        if value is None:
            raise InputValueError(f"parse_number: {text!r} is not a number")
        return float(value)
    if _SPACED_RE.fullmatch(text):
        return float("".join(ch for ch in text if ch.isdigit() or ch == ",").replace(",", "."))
    if not _DIGITS_RE.fullmatch(text):
        raise InputValueError(f"parse_number: {text!r} is not a number (digits, '.', ',' only)")
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        dec = "." if text.rfind(".") > text.rfind(",") else ","
        grp = "," if dec == "." else "."
        return float(text.replace(grp, "").replace(dec, "."))
    if dots:
        tail = text.rsplit(".", 1)[1]
        if dots > 1 or (not english and len(tail) == 3):
            return float(text.replace(".", ""))
        return float(text)
    if commas:
        tail = text.rsplit(",", 1)[1]
        if commas > 1 or (english and len(tail) == 3):
            return float(text.replace(",", ""))
        return float(text.replace(",", "."))
    return float(text)


_SPLIT_RE = regex.compile(r"[\s\-\u2010\u2011]+")
_QUATRE_VINGT_RE = regex.compile(r"quatre[\s\-\u2010\u2011]vingts?")
_AMOUNT_RE = regex.compile(r"(.*?)(?:[\s\u00a0\u202f]+(\p{L}+))?", regex.S)  # any text: . takes \n


def parse_spelled(text: str) -> int | None:
    """Value of a spelled-out number (``trois``, ``vingt et un``, ``deux cent mille``) or ``None``.

    Words are read left to right: a unit or a ten adds to the current group, ``cent(s)``
    multiplies the current group by 100, ``mille`` multiplies it by 1000 and closes it;
    ``et`` is skipped. ``quatre-vingt(s)`` is 80.

    >>> parse_spelled("trois"), parse_spelled("quatre-vingt-dix"), parse_spelled("deux cent mille")
    (3, 90, 200000)
    >>> parse_spelled("soixante et onze"), parse_spelled("drones") is None
    (71, True)
    """
    return _parse_spelled(ensure_text(text))


@functools.lru_cache(maxsize=4096)
def _parse_spelled(text: str) -> int | None:
    """:func:`parse_spelled` on a checked ``str`` (memoised: the same few words recur)."""
    words = number_words()
    low = text.lower().strip()
    low = _QUATRE_VINGT_RE.sub("quatre-vingt", low)
    parts = [p for p in _SPLIT_RE.split(low) if p]
    # 'quatre-vingt' was split above; put it back together as one word.
    merged: list[str] = []
    for p in parts:
        if p in ("vingt", "vingts") and merged and merged[-1] == "quatre":
            merged[-1] = "quatre-vingt"
        else:
            merged.append(p)
    total = 0
    current = 0
    seen = False
    for w in merged:
        if w in ("et", "y", "and"):
            continue
        v = words.get(w)
        if v is None:
            return None
        seen = True
        if v == 100:
            current = (current or 1) * 100
        elif v == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += v
        if current > _TOO_BIG or total > _TOO_BIG:  # "cent cent cent ...": no number
            return None
    return total + current if seen else None


#: Beyond this a run of number words is no number anyone writes (and would overflow a float).
_TOO_BIG = 10**21


def scale_value(word: str, *, english: bool = False) -> float | None:
    """Multiplier of a scale word (``millions`` -> 1e6; ``billion`` -> 1e12, or 1e9 with
    ``english=True``), or ``None``.

    >>> scale_value("milliards"), scale_value("billion"), scale_value("bn", english=True)
    (1000000000.0, 1000000000000.0, 1000000000.0)
    """
    table = _numbers()["english_scales" if english else "scales"]
    v = table.get(ensure_text(word).lower())
    return None if v is None else float(v)


def parse_amount(text: str) -> float:
    """Value of a number followed by an optional scale word (French long scale).

    >>> parse_amount("1,2 milliard"), parse_amount("100 millions"), parse_amount("trois millions")
    (1200000000.0, 100000000.0, 3000000.0)

    Raises:
        InputValueError: ``text`` is not an amount.
    """
    text = ensure_text(text).strip()
    m = _AMOUNT_RE.fullmatch(text)
    assert m is not None  # the pattern matches any string
    head, scale = m.group(1), m.group(2)
    if scale is not None:
        mult = scale_value(scale)
        if mult is not None:
            return parse_number(head) * mult
        return parse_number(text)
    return parse_number(head)
