"""Phrase rules and byline parsing: the furniture that can be named.

The rules are data (``resources/boilerplate/rules.json`` and ``bylines.json``); this module
compiles them once and answers two questions about a segment: which furniture category names
it (:func:`furniture_reason`), and is it a byline, and what does it say (:func:`parse_byline`).

Every category has a maximum length so that a body paragraph that happens to contain "Lire
aussi" or "WhatsApp" is never removed by a phrase: long segments are left to the classifier.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .._resources import cached, read_json
from .dispatch import Alternation, has_any

__all__ = [
    "CATEGORIES",
    "Byline",
    "furniture_reason",
    "is_read_more_heading",
    "parse_byline",
    "parse_date",
    "split_prefix",
    "source_from_share",
]

#: Order in which the categories are tried; the first that matches names the segment.
CATEGORIES: tuple[str, ...] = (
    "source_link",
    "read_more",
    "share",
    "tags",
    "related_heading",
    "ui",
)


@dataclass(frozen=True, slots=True)
class _Category:
    name: str
    max_len: int
    pattern: Alternation


def _compile_any(patterns: list[str]) -> Alternation:
    """The phrases as one alternation that must match a whole unit (tried by first character)."""
    return Alternation(patterns, suffix=r"\Z")


@cached
def _categories() -> tuple[_Category, ...]:
    data = read_json("boilerplate/rules.json")
    return tuple(
        _Category(name, int(data[name].get("max_len", 200)), _compile_any(data[name]["patterns"]))
        for name in CATEGORIES
    )


@cached
def _read_more_heading() -> Alternation:
    return _compile_any(read_json("boilerplate/rules.json")["read_more_heading"]["patterns"])


def furniture_reason(text: str) -> str | None:
    """The furniture category whose phrases match the whole of ``text`` (stripped), or ``None``.

    >>> furniture_reason("Merci d'avoir signalé!")
    'ui'
    >>> furniture_reason("Sujets associés : Coopération - Israël - Défense")
    'tags'
    >>> furniture_reason("Lire entre les lignes n'est pas simple.") is None
    True
    """
    s = text.strip()
    if not s:
        return None
    # The categories whose phrases can start with the unit's first two characters, in order,
    # each with the groups of phrases to try (kept per pair of characters).
    cats = _categories()
    key = s[:2]
    entry = _PLANS.get(key)
    if entry is None or entry[0] is not cats:
        entry = (cats, tuple((cat.name, cat.max_len, pats) for cat in cats if (pats := cat.pattern.candidates(s))))
        if len(_PLANS) >= 4096:
            _PLANS.clear()
        _PLANS[key] = entry
    for name, max_len, pats in entry[1]:
        if len(s) <= max_len:
            for pat, needs in pats:
                if (needs is None or has_any(s, needs)) and pat.match(s, None, None, False):
                    return name
    return None


_PLANS: dict[str, tuple[tuple[_Category, ...], tuple[tuple[str, int, tuple[tuple[regex.Pattern[str], str | None], ...]], ...]]] = {}


def is_read_more_heading(text: str) -> bool:
    """``True`` for a bare "Lire aussi"-style heading that announces a single teaser."""
    s = text.strip()
    return len(s) <= 40 and _read_more_heading().matches(s)


# --------------------------------------------------------------------------------------------
# Dates and bylines
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline says: ISO ``date``, ``author`` and ``source`` (each ``None`` if absent)."""

    date: str | None = None
    author: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class _BylineRules:
    max_len: int
    starts: Alternation
    authors: tuple[regex.Pattern[str], ...]
    sources: tuple[regex.Pattern[str], ...]
    months: dict[str, int]
    dates: tuple[tuple[str, regex.Pattern[str]], ...]
    prefixes: tuple[regex.Pattern[str], ...]


@cached
def _bylines() -> _BylineRules:
    data = read_json("boilerplate/bylines.json")
    months = {k.lower(): int(v) for k, v in data["months"].items()}
    month_alt = "|".join(sorted(map(regex.escape, months), key=len, reverse=True))
    dates = (
        ("iso", regex.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)(?:-(?P<d>[0-3]?\d)(?!\d))?(?![\d-])")),
        ("dmy", regex.compile(r"\b(?P<d>[0-3]?\d)\s*[/.-]\s*(?P<m>[01]?\d)\s*[/.-]\s*(?P<y>(?:19|20)\d\d)\b")),
        ("d_month_y", regex.compile(
            rf"\b(?P<d>[0-3]?\d)(?:er|º|st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<mon>{month_alt})\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)\b",
            regex.I)),
        ("month_d_y", regex.compile(
            rf"\b(?P<mon>{month_alt})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", regex.I)),
        ("month_y", regex.compile(rf"\b(?P<mon>{month_alt})\.?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)\b", regex.I)),
    )
    prefixes = (
        regex.compile(r"\s*date\s*:?\s*(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?(?=\s+\S)", regex.I),
        regex.compile(
            r"\s*publi[ée]e?\s+le\s+[0-3]?\d[/.-][01]?\d[/.-](?:19|20)\d\d(?:\s+[àa]\s+\d{1,2}\s*[h:]\s*\d{2})?(?=\s+(?-i:\p{Lu}))",
            regex.I),
    )
    return _BylineRules(
        max_len=int(data.get("max_len", 180)),
        starts=Alternation(data["starts"]),
        authors=tuple(regex.compile(p, regex.I | regex.V0) for p in data["author"]),
        sources=tuple(regex.compile(p, regex.I | regex.V0) for p in data["source"]),
        months=months,
        dates=dates,
        prefixes=prefixes,
    )


def parse_date(text: str) -> str | None:
    """The first full date in ``text`` as ISO ``YYYY-MM-DD`` (or ``YYYY-MM`` when the day is
    not given); ``None`` when there is none or it is impossible.

    >>> parse_date("Publié dans Hespress le 25 - 11 - 2021")
    '2021-11-25'
    >>> parse_date("19 juillet 2022 - 18h20 - Monde")
    '2022-07-19'
    >>> parse_date(" date 2021-11 ")
    '2021-11'
    """
    if "19" not in text and "20" not in text:
        return None  # every date pattern holds a year, "19" or "20" then two digits
    rules = _bylines()
    best: tuple[int, str] | None = None
    for _name, pat in rules.dates:
        m = pat.search(text, None, None, False)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["y"])
        month = rules.months.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(g["m"])
        day = int(g["d"]) if g.get("d") else None
        if not month or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        if best is None or m.start() < best[0]:
            best = (m.start(), iso)
    return best[1] if best else None


_SENTENCE_END = regex.compile(r"\p{Ll}{4,}[.!?]\s*\Z")
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}{4,}(?!\p{L})")


@cached
def _byline_words() -> frozenset[str]:
    data = read_json("boilerplate/bylines.json")
    return frozenset(data.get("byline_words", ())) | frozenset(data["months"])


def _content_words(s: str) -> int:
    allowed = _byline_words()
    return sum(1 for w in _LOWER_WORD.findall(s, None, None, False, False) if w not in allowed)


def parse_byline(text: str) -> Byline | None:
    """A :class:`Byline` if ``text`` is a date line, byline or source line; else ``None``.

    A byline is short, starts the way bylines start (a date, "Publié", "Par", "Ecrit par" ...)
    and does not end like a sentence: "Le 12/03/2023, le ministre a annoncé sa visite." is
    article text.

    >>> parse_byline("19 juillet 2022 - 18h20 - Monde - Ecrit par : P. A")
    Byline(date='2022-07-19', author='P. A', source=None)
    >>> parse_byline("Publié dans Hespress le 25 - 11 - 2021")
    Byline(date='2021-11-25', author=None, source='Hespress')
    >>> parse_byline("Le 12/03/2023, le ministre a annoncé sa visite.") is None
    True
    """
    rules = _bylines()
    s = text.strip()
    if not s or len(s) > rules.max_len or not rules.starts.matches(s) or len(s.split()) > 22:
        return None
    if _SENTENCE_END.search(s, None, None, False) and _content_words(s) >= 3:
        return None  # a sentence that starts with a date is article text
    date = parse_date(s)
    author = _first_group(rules.authors, s, "author")
    source = _first_group(rules.sources, s, "source")
    if date is None and author is None and source is None:
        return None
    return Byline(date, author, source)


def _first_group(patterns: tuple[regex.Pattern[str], ...], s: str, group: str) -> str | None:
    """``group`` of the first pattern that matches ``s``, trimmed of separators."""
    for pat in patterns:
        m = pat.search(s, None, None, False)
        if m:
            return m.group(group).strip(" :-–|,·") or None
    return None


def split_prefix(text: str) -> int:
    """Length of a date-line prefix glued in front of article text (seed 002's
    `` date 2021-11 À quelques jours ...``), or 0.

    >>> split_prefix(" date 2021-11 À quelques jours du premier anniversaire")
    13
    """
    # Both prefixes are blanks (``\s``, all of them ``str.isspace()``) then "date" or "publié"
    # in any case: any other first character rules them out.
    if not text or (text[0] not in "dDpP" and not text[0].isspace()):
        return 0
    for pat in _bylines().prefixes:
        m = pat.match(text, None, None, False)
        if m:
            return m.end()
    return 0


_SHARE_SOURCE = regex.compile(r"\bsuivez\s+(?P<s>[\p{L}0-9][\p{L}0-9.-]*\.[a-z]{2,4})\s+sur\b", regex.I)


def source_from_share(text: str) -> str | None:
    """The site named in a follow prompt ("Suivez bladi.net sur Google News" -> "bladi.net")."""
    m = _SHARE_SOURCE.search(text, None, None, False)
    return m.group("s") if m else None
