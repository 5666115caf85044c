"""DATE: absolute, partial and relative dates, normalised to ISO 8601 against a document date.

Forms (case-insensitive; words from ``resources/patterns/dates_fr.json``):

==============================  ==========  =============  =======================================
text                            kind        precision      value (doc_date ``2021-11-25``)
==============================  ==========  =============  =======================================
``2021-11-25``, ``25/11/2021``  date        day            iso ``2021-11-25``
``25 - 11 - 2021``              date        day            iso ``2021-11-25``
``19 juillet 2022``             date        day            iso ``2022-07-19``
``mardi 23 novembre``           date        day            iso ``2021-11-23`` (year: see below)
``24 et 25 novembre prochains`` date_range  day            iso ``2021-11-24``, end ``2021-11-25``
``novembre 2021``, ``2021-11``  date        month          iso ``2021-11``
``mars dernier``, ``en mars``   date        month          iso ``2021-03`` (most recent March)
``décembre dernier``            date        month          iso ``2020-12`` (strictly before)
``début août``, ``mi-août``     date        part_of_month  iso ``2021-08``, part early/mid/late
``en 2020``                     date        year           iso ``2020``
``de 2019 à 2021``              date_range  year           iso ``2019``, end ``2021``
``entre juillet et septembre``  date_range  month          iso ``2021-07``, end ``2021-09``
``printemps 2021``              date        year           iso ``2021``, season ``spring``
``il y a deux ans``             relative    year           iso ``2019``
``dans trois jours``            relative    day            iso ``2021-11-28``
``la semaine prochaine``        relative    week           iso ``2021-11-29`` (Monday), end Sunday
``le mois dernier``             relative    month          iso ``2021-10``
``cette année``                 relative    year           iso ``2021``
``hier``                        relative    day            iso ``2021-11-24``
``lundi``, ``depuis lundi``     relative    day            nearest Monday (past with ``depuis``/
                                                           ``dernier``, future with ``prochain``)
==============================  ==========  =============  =======================================

Value: ``{"iso": str | None, "precision": ..., "end": str | None, "resolved": bool}``, plus
``"part"`` (early/mid/late) for parts of months or years, and ``"month"``/``"day"``
(``"end_month"``/``"end_day"`` for ranges, ``"weekday"`` 0-6 for a lone weekday) when they
were read but the year or the week could not be resolved.

Resolution: ``doc_date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (or ``None``). A day and
month without a year take the year (document year or the one before/after) that puts the
date nearest to the document date, preferring years where the named weekday matches
(``mardi 23 novembre``); ``prochain`` forces a date after it, ``dernier`` one before it. A
month without a year is the most recent such month on or before the document month
(``dernier``: strictly before; ``prochain``: strictly after). Relative expressions need the
document date to the precision they name (a week needs a day). What cannot be resolved gets
``"iso": None`` and ``"resolved": False``; a date whose every part is in the text has
``"resolved": True`` whatever ``doc_date`` is.

Spans leave out the cue words ``en``, ``le``, ``les``, ``depuis`` (``en mars dernier`` ->
``mars dernier``) but keep words that change the meaning (``début août``, ``la semaine
prochaine``, ``prochains``).

Cost model: one scan of one compiled regex over the text (linear), constant work per match.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterable, Iterator
from typing import Any

import regex

from .._resources import cached, read_json
from .._text import ensure_text
from ..errors import InputTypeError, InputValueError
from ..types import Entity, make_entity
from ._common import (
    DIGIT_RUN,
    WS,
    WS0,
    DigitFollow,
    LazyPattern,
    StartScanner,
    alternation,
    number_pattern,
    number_text,
    routed_patterns,
    value_of,
)

__all__ = ["find_dates", "parse_doc_date"]


@cached
def _data() -> dict[str, Any]:
    d = read_json("patterns/dates_fr.json")
    norm = {}
    for k, v in d["parts"].items():
        norm[k.lower().rstrip("-").replace("\u2019", "'")] = v
    d["_parts"] = norm
    d["_relative"] = {k.lower().replace("\u2019", "'"): v for k, v in d["relative"].items()}
    return d


@cached
def _duration_units() -> dict[str, str]:
    return {k.lower(): v for k, v in read_json("patterns/quantities_fr.json")["duration_units"].items()}


_YEAR_CORE = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_YEAR = _YEAR_CORE + r"(?![\d,.]\d|\d)"
_DAY = r"(?:1er|1re|premier|3[01]|[12]\d|0?[1-9])(?!\d)"


def _first(phrase: str) -> str:
    """A phrase's first word as the token index writes it (lower case, up to a space, an
    apostrophe or a hyphen)."""
    return re.split(r"[\s'’\-]+", phrase.strip().lower().rstrip("."))[0]


@cached
def _regex() -> regex.Pattern[str]:
    return _patterns()[0]


@cached
def _patterns() -> tuple[regex.Pattern[str], dict[str, regex.Pattern[str]]]:
    """The date pattern, and per start word the same pattern with only the alternatives that
    can start with that word (:func:`routed_patterns`)."""
    d = _data()
    month = alternation(d["months"])
    wd = alternation(d["weekdays"])
    past = alternation(d["past"])
    future = alternation(d["future"])
    rel = f"(?:{past}|{future})"
    parts = alternation(k for k in d["parts"] if not k.endswith("-"))
    mcue = alternation(d["month_cues"])
    ycue = alternation(d["year_cues"])
    relphr = alternation(d["relative"])
    seasons = alternation(d["seasons"])
    ago = alternation(d["ago"])
    ahead = alternation(d["ahead"])
    units = alternation(_duration_units())
    dparts = alternation(d["decade_parts"])
    semord = alternation(d["semester_ordinals"])
    M = rf"(?:{month})(?!\w)"
    W = rf"(?:{wd})(?!\w)"
    def firsts(*lists: Iterable[str], extra: Iterable[str] = ()) -> frozenset[str]:
        return frozenset({_first(w) for lst in lists for w in lst} | set(extra))

    digit = ("0",)
    parts_keys = [k for k in d["parts"] if not k.endswith("-")]
    starts = [  # the words each alternative below can start with, in the same order
        frozenset(digit),  # iso
        frozenset(digit),  # dmy
        firsts(d["weekdays"], extra=(*digit, "premier")),  # range
        firsts(d["weekdays"], extra=(*digit, "premier")),  # full
        firsts(d["months"]),  # eng
        firsts(parts_keys, extra=("mi",)),  # part
        frozenset({"entre", "de", "d"}),  # mrange
        firsts(d["months"]),  # myear
        firsts(d["seasons"]),  # season
        firsts(d["ago"], d["ahead"]),  # shift
        firsts(d["months"]),  # mrel
        frozenset({"de", "entre"}),  # yrange
        firsts(d["relative"]),  # relp
        firsts(d["month_cues"]),  # mcue
        firsts(d["year_cues"]),  # ycue
        firsts(d["weekdays"], extra=("depuis", "dès", "ce", "jusqu")),  # wday
        firsts(d["decade_parts"], extra=("années", "annees")),  # decade
        frozenset({"de", "d"}),  # ycde
        frozenset(digit),  # yspan
        firsts(d["semester_ordinals"], extra=digit),  # sem
        frozenset({"premiers", "derniers"}),  # mfirst
    ]
    alts = [
        rf"(?P<iso>(?<![\d\-/])(?P<iso_y>{_YEAR_CORE})-(?P<iso_m>0[1-9]|1[0-2])(?:-(?P<iso_d>0[1-9]|[12]\d|3[01]))?(?![\d\-/]))",
        rf"(?P<dmy>(?<![\d/.,])(?P<dmy_d>\d{{1,2}}){WS0}(?P<sep>[/.\-]){WS0}(?P<dmy_m>\d{{1,2}}){WS0}(?P=sep){WS0}(?P<dmy_y>\d{{4}}|\d{{2}})(?![\d/.,]\d|\d))",
        # 'les 24 et 25 novembre prochains', 'du lundi 24 au mercredi 26 novembre 2021'
        rf"(?P<range>(?:(?P<r_wd1>{W}){WS})?(?P<r_d1>{_DAY})(?:{WS}(?P<r_m1>{M}))?{WS0}(?:et|au|à|-|–){WS0}(?:le{WS})?(?:(?P<r_wd2>{W}){WS})?(?P<r_d2>{_DAY}){WS}(?P<r_m2>{M})(?:{WS}(?P<r_y>{_YEAR}))?(?:{WS}(?P<r_rel>{rel})(?!\w))?)",
        # 'mardi 23 novembre', '19 juillet 2022', '1er mars dernier'
        rf"(?P<full>(?:(?P<f_wd>{W}),?{WS})?(?P<f_d>{_DAY}){WS}(?P<f_m>{M})(?:,?{WS}(?P<f_y>{_YEAR}))?(?:{WS}(?P<f_rel>{rel})(?!\w))?)",
        # English 'November 24, 2021'
        rf"(?P<eng>(?P<e_m>{M}){WS}(?P<e_d>{_DAY}),{WS0}(?P<e_y>{_YEAR}))",
        # 'début août', 'mi-août', 'fin novembre 2021', 'au début du mois dernier', 'fin 2021'
        rf"(?P<part>(?P<p_w>{parts}|mi)(?:{WS}|{WS0}-{WS0})(?:(?P<p_m>{M})(?:{WS}(?P<p_y>{_YEAR}))?(?:{WS}(?P<p_rel>{rel})(?!\w))?|du{WS}mois{WS}(?P<p_mrel>{rel})(?!\w)|(?P<p_yo>{_YEAR})))",
        # 'entre juillet et septembre 2024', 'de janvier à mars'
        rf"(?P<mrange>(?:entre|de|d['’]){WS0}(?P<mg_m1>{M})(?:{WS}(?P<mg_y1>{_YEAR}))?{WS}(?:et|à){WS}(?P<mg_m2>{M})(?:{WS}(?P<mg_y2>{_YEAR}))?)",
        rf"(?P<myear>(?P<my_m>{M}){WS}(?P<my_y>{_YEAR}))",
        rf"(?P<season>(?P<se_w>{seasons})(?!\w){WS}(?P<se_y>{_YEAR}))",
        # 'il y a deux ans', 'dans trois jours'
        rf"(?P<shift>(?:(?P<sh_ago>{ago})|(?P<sh_ahead>{ahead})){WS}" + number_pattern("sh_n") + rf"{WS}(?P<sh_u>{units})(?!\w))",
        rf"(?P<mrel>(?P<mr_m>{M}){WS}(?P<mr_rel>{rel})(?!\w))",
        rf"(?P<yrange>(?<!\w)(?:de|entre){WS}(?P<yr_1>{_YEAR}){WS0}(?:à|et|-|–){WS0}(?P<yr_2>{_YEAR}))",
        rf"(?P<relp>(?<!\w)(?:{relphr})(?!\w))",
        rf"(?P<mcue>(?<!\w)(?:{mcue})(?:{WS}|(?<=['’]))(?P<mc_m>{M})(?!{WS0}\d)(?:{WS}(?P<mc_rel>{rel})(?!\w))?)",
        rf"(?P<ycue>(?<!\w)(?:{ycue})(?:{WS}|(?<=['’]))(?P<yc_y>{_YEAR})(?!{WS0}%))",
        rf"(?P<wday>(?<!\w)(?:(?P<w_cue>depuis|dès|ce|jusqu'à|jusqu’à){WS})?(?P<w_d>{W})(?:{WS}(?P<w_rel>{rel})(?!\w))?)",
        # 'les années 1990': a decade
        rf"(?P<decade>(?<!\w)(?:(?P<dec_part>{dparts}){WS}des{WS})?ann[ée]es{WS}(?P<dec_y>(?:1[89]|20)\d0)(?![\d,.]\d|\d))",
        # 'les soulèvements de 2011.', 'la loi de 2020, ...': a year after de/d' that ends a
        # phrase (a count follows no punctuation: 'de 2000 soldats')
        rf"(?P<ycde>(?<!\w)(?:de{WS}|d['’]{WS0})(?P<yd_y>{_YEAR})(?={WS0}(?:[.,;:)»]|$)|{WS}(?:et|à){WS}))",
        # 'la période 2020-2030', 'le plan 2016-2020'
        rf"(?P<yspan>(?<![\d\-/.,])(?P<ys_1>{_YEAR_CORE})[-–](?P<ys_2>{_YEAR_CORE})(?![\d\-/]))",
        # 'au second semestre', 'le deuxième trimestre 2024'
        rf"(?P<sem>(?P<sm_o>{semord}){WS}(?P<sm_u>semestre|trimestre)(?!\w)(?:{WS}(?:de{WS}|d['’]{WS0})?(?P<sm_y>{_YEAR}))?)",
        # 'les premiers mois de 2022'
        rf"(?P<mfirst>(?:premiers|derniers){WS}mois{WS}(?:de{WS}|d['’]{WS0})(?P<mf_y>{_YEAR}))",
    ]
    # Every date starts at the start of a word: the outer guard lets the scan skip the inside
    # of words without trying each alternative there (3x faster on news text).
    # Not inside a compound ('mi-mardi' is one token) or a number ('1,2 novembre').
    return routed_patterns(
        "(?<!\\w)(?<!\\w[\\-\u2010\u2011])(?<!\\d[.,])(?=\\w)", list(zip(alts, starts, strict=True)),
        regex.IGNORECASE)


@cached
def _start_words() -> frozenset[str]:
    """Lower-case words a date can start with (its first word, up to an apostrophe or a
    hyphen). A date starts at a word start (the pattern's outer guard); at any other word
    start the pattern cannot match, so it is only tried where one of these words (or a
    digit) stands."""
    d = _data()
    words: set[str] = set()

    for key in ("months", "weekdays", "seasons", "parts", "month_cues", "year_cues", "ago", "ahead",
                "relative", "decade_parts", "semester_ordinals"):
        words.update(_first(w) for w in d[key])
    # literals of the pattern itself: day words, range and cue words
    words.update(("premier", "1er", "1re", "entre", "de", "d", "du", "mi", "depuis", "dès", "ce", "jusqu",
                  "années", "annees", "premiers", "derniers"))
    return frozenset(w for w in words if w)


@cached
def _scanner() -> StartScanner:
    """Where a date can start (:func:`_start_words`) and what it must hold: a digit, or a
    month, weekday, duration-unit or relative-phrase word."""
    d = _data()
    strong: set[str] = set()
    for key in ("months", "weekdays"):
        strong.update(w.lower().rstrip(".") for w in d[key])
    for phrase in d["relative"]:
        strong.update(x for x in re.split(r"[\s'’\-]+", phrase.lower()) if x)
    strong.update(w.lower() for w in _duration_units())
    strong.update(("mois", "semestre", "trimestre"))
    # A date that starts with a digit (iso, dmy, range, full) reads after its digits and
    # their space: a month or a word ('1er', 'et', 'au', 'à': letters), or one of these
    # separators ('2021-11', '15/03/2023', '15.03.2023', '24 – 25 novembre').
    follow = DigitFollow(DIGIT_RUN, "-–/.")
    return StartScanner(_regex(), _start_words(), strong=frozenset(strong), routes=_patterns()[1],
                        follow=follow)


def _scan(text: str) -> Iterator[regex.Match[str]]:
    """``_regex().finditer(text)``, tried only where a date can start (same matches)."""
    return _scanner().finditer(text)


# --------------------------------------------------------------------------------------------
_DOC_DATE_RE = regex.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?\s*$")


def parse_doc_date(doc_date: str | None) -> tuple[int, int | None, int | None] | None:
    """``(year, month, day)`` of a document date (``YYYY[-MM[-DD]]``, time part ignored).

    >>> parse_doc_date("2021-11-25"), parse_doc_date("2021-11"), parse_doc_date(None)
    ((2021, 11, 25), (2021, 11, None), None)

    Raises:
        InputTypeError: ``doc_date`` is neither ``str`` nor ``None``.
        InputValueError: ``doc_date`` is not an ISO date.
    """
    if doc_date is None:
        return None
    if not isinstance(doc_date, str):
        raise InputTypeError(
            f"doc_date must be an ISO date string or None, got {type(doc_date).__name__}: "
            "pass e.g. '2021-11-25' (date.isoformat())"
        )
    m = _DOC_DATE_RE.match(doc_date)
    if m is None:
        raise InputValueError(f"doc_date {doc_date!r} is not an ISO date: use YYYY-MM-DD, YYYY-MM or YYYY")
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    da = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        raise InputValueError(f"doc_date {doc_date!r} has month {mo}: months are 01..12")
    if da is not None and (mo is None or not 1 <= da <= calendar.monthrange(y, mo)[1]):
        raise InputValueError(f"doc_date {doc_date!r} has no day {da} in that month")
    return y, mo, da


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _iso_day(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _day(text: str) -> int:
    t = text.lower()
    if t in ("1er", "1re", "premier"):
        return 1
    return int(t)


def _is_past(word: str | None) -> bool | None:
    if not word:
        return None
    w = word.lower()
    d = _data()
    if w in d["past"]:
        return True
    if w in d["future"]:
        return False
    return None


def _ref_ordinal(ref: tuple[int, int | None, int | None]) -> int:
    y, m, d = ref
    return _dt.date(y, m or 7, d or (15 if m else 1)).toordinal()


def _year_for(
    month: int, day: int, ref: tuple[int, int | None, int | None] | None, weekday: int | None,
    past: bool | None,
) -> int | None:
    """Year of a day-month pair with no year written (see the module docstring)."""
    if ref is None:
        return None
    r = _ref_ordinal(ref)
    cands = []
    # A named weekday pins the year within a few years (teasers of older articles say
    # 'jeudi 14 novembre' of another year); without one, the document year or a neighbour.
    span = 3 if weekday is not None else 1
    for y in range(ref[0] - span, ref[0] + span + 1):
        if not _valid(y, month, day):
            continue
        o = _dt.date(y, month, day).toordinal()
        if past is True and ref[1] is not None and o >= r and not (ref[2] is None and y == ref[0] and month == ref[1]):
            continue
        if past is False and ref[1] is not None and o < r and not (ref[2] is None and y == ref[0] and month == ref[1]):
            continue
        wd_ok = weekday is None or _dt.date(y, month, day).weekday() == weekday
        cands.append((not wd_ok, abs(o - r), y != ref[0], y))
    if not cands:
        return None
    if ref[1] is None and weekday is None and past is None:
        return ref[0]
    return min(cands)[3]


def _month_year(month: int, ref: tuple[int, int | None, int | None] | None, past: bool | None) -> int | None:
    if ref is None:
        return None
    y, m, _d = ref
    if m is None:
        return y
    if past is True:
        return y if month < m else y - 1
    if past is False:
        return y if month > m else y + 1
    return y if month <= m else y - 1


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


class _Ctx:
    __slots__ = ("text", "ref", "months", "weekdays")

    def __init__(self, text: str, ref: tuple[int, int | None, int | None] | None) -> None:
        self.text = text
        self.ref = ref
        d = _data()
        self.months = {k.lower(): v for k, v in d["months"].items()}
        self.weekdays = {k.lower(): v for k, v in d["weekdays"].items()}

    def month(self, word: str) -> int:
        return self.months[word.lower()]

    def weekday(self, word: str | None) -> int | None:
        return None if not word else self.weekdays[word.lower()]


def _value(iso: str | None, precision: str, *, end: str | None = None, resolved: bool = True,
           **extra: Any) -> dict[str, Any]:
    v: dict[str, Any] = {"iso": iso, "precision": precision, "end": end, "resolved": resolved and iso is not None}
    v.update({k: x for k, x in extra.items() if x is not None})
    return v


def _day_month(ctx: _Ctx, d: int, mo: int, y: int | None, wd: int | None, rel: str | None) -> dict[str, Any] | None:
    if y is not None:
        if not _valid(y, mo, d):
            return None
        return _value(_iso_day(y, mo, d), "day")
    if not (1 <= d <= 31) or d > calendar.monthrange(2000, mo)[1]:
        return None
    yy = _year_for(mo, d, ctx.ref, wd, _is_past(rel))
    if yy is None:
        return _value(None, "day", resolved=False, month=mo, day=d)
    return _value(_iso_day(yy, mo, d), "day")


def _match_value(m: regex.Match[str], ctx: _Ctx) -> tuple[int, int, str, dict[str, Any]] | None:
    """(start, end, kind, value) of one regex match, or ``None`` when it is not a date."""
    g = m.lastgroup
    ref = ctx.ref
    if g == "iso":
        y, mo = int(m.group("iso_y")), int(m.group("iso_m"))
        if m.group("iso_d"):
            d = int(m.group("iso_d"))
            if not _valid(y, mo, d):
                return None
            return m.start(g), m.end(g), "date", _value(_iso_day(y, mo, d), "day")
        return m.start(g), m.end(g), "date", _value(f"{y:04d}-{mo:02d}", "month")
    if g == "decade":
        y = int(m.group("dec_y"))
        part = _data()["decade_parts"].get((m.group("dec_part") or "").lower())
        return m.start(g), m.end(g), "date_range", _value(f"{y:04d}", "year", end=f"{y + 9:04d}",
                                                          part=part)
    if g == "dmy":
        d, mo, ytxt = int(m.group("dmy_d")), int(m.group("dmy_m")), m.group("dmy_y")
        y = int(ytxt) if len(ytxt) == 4 else 2000 + int(ytxt)
        if m.group("sep") == "." and len(ytxt) == 2:
            return None  # '1.2.21' is more often a version or a score than a date
        if not _valid(y, mo, d):
            return None
        return m.start(g), m.end(g), "date", _value(_iso_day(y, mo, d), "day")
    if g == "range":
        mo2 = ctx.month(m.group("r_m2"))
        mo1 = ctx.month(m.group("r_m1")) if m.group("r_m1") else mo2
        y = int(m.group("r_y")) if m.group("r_y") else None
        d1, d2 = _day(m.group("r_d1")), _day(m.group("r_d2"))
        rel = m.group("r_rel")
        v2 = _day_month(ctx, d2, mo2, y, ctx.weekday(m.group("r_wd2")), rel)
        if v2 is None:
            return None
        y1 = y
        if v2["iso"] is not None:
            y1 = int(v2["iso"][:4]) - (1 if mo1 > mo2 else 0)
        v1 = _day_month(ctx, d1, mo1, y1, ctx.weekday(m.group("r_wd1")), rel)
        if v1 is None:
            return None
        if v1["iso"] is None or v2["iso"] is None:
            val = _value(None, "day", resolved=False, month=mo1, day=d1, end_month=mo2, end_day=d2)
        else:
            if v1["iso"] > v2["iso"]:
                return None
            val = _value(v1["iso"], "day", end=v2["iso"])
        return m.start(g), m.end(g), "date_range", val
    if g == "full":
        y = int(m.group("f_y")) if m.group("f_y") else None
        val = _day_month(ctx, _day(m.group("f_d")), ctx.month(m.group("f_m")), y,
                         ctx.weekday(m.group("f_wd")), m.group("f_rel"))
        return None if val is None else (m.start(g), m.end(g), "date", val)
    if g == "eng":
        val = _day_month(ctx, _day(m.group("e_d")), ctx.month(m.group("e_m")), int(m.group("e_y")), None, None)
        return None if val is None else (m.start(g), m.end(g), "date", val)
    if g == "part":
        pw = " ".join(m.group("p_w").lower().replace("\u2019", "'").split())
        part = _data()["_parts"].get(pw.rstrip("-"), "mid")
        if m.group("p_yo"):
            return m.start(g), m.end(g), "date", _value(m.group("p_yo"), "year", part=part)
        if m.group("p_mrel"):
            k = -1 if _is_past(m.group("p_mrel")) else 1
            if ref is None or ref[1] is None:
                return m.start(g), m.end(g), "relative", _value(None, "part_of_month", resolved=False, part=part)
            yy, mm = _shift_month(ref[0], ref[1], k)
            return m.start(g), m.end(g), "relative", _value(f"{yy:04d}-{mm:02d}", "part_of_month", part=part)
        mo = ctx.month(m.group("p_m"))
        if m.group("p_y"):
            return m.start(g), m.end(g), "date", _value(f"{m.group('p_y')}-{mo:02d}", "part_of_month", part=part)
        yy = _month_year(mo, ref, _is_past(m.group("p_rel")))
        if yy is None:
            return m.start(g), m.end(g), "date", _value(None, "part_of_month", resolved=False, part=part, month=mo)
        return m.start(g), m.end(g), "date", _value(f"{yy:04d}-{mo:02d}", "part_of_month", part=part)
    if g == "mrange":
        mo1, mo2 = ctx.month(m.group("mg_m1")), ctx.month(m.group("mg_m2"))
        y2 = int(m.group("mg_y2")) if m.group("mg_y2") else _month_year(mo2, ref, None)
        if m.group("mg_y1"):
            y1: int | None = int(m.group("mg_y1"))
        elif y2 is not None:
            y1 = y2 if mo1 <= mo2 else y2 - 1
        else:
            y1 = None
        if y1 is None or y2 is None:
            return m.start(g), m.end(g), "date_range", _value(None, "month", resolved=False, month=mo1, end_month=mo2)
        if (y1, mo1) >= (y2, mo2):
            return None
        return m.start(g), m.end(g), "date_range", _value(f"{y1:04d}-{mo1:02d}", "month", end=f"{y2:04d}-{mo2:02d}")
    if g == "season":
        season = _data()["seasons"][m.group("se_w").lower()]
        return m.start(g), m.end(g), "date", _value(m.group("se_y"), "year", season=season)
    if g == "shift":
        ntext, _s, _e = number_text(m, "sh_n")
        n = value_of(ntext) if ntext else None
        if n is None or n != int(n) or n > 1000:
            return None
        unit = _duration_units()[m.group("sh_u").lower()]
        if unit not in ("day", "week", "month", "year"):
            return None
        k = int(n) * (-1 if m.group("sh_ago") else 1)
        return m.start(g), m.end(g), "relative", _relative(unit, k, ref)
    if g == "myear":
        mo = ctx.month(m.group("my_m"))
        return m.start(g), m.end(g), "date", _value(f"{m.group('my_y')}-{mo:02d}", "month")
    if g == "mrel" or g == "mcue":
        mw = m.group("mr_m") if g == "mrel" else m.group("mc_m")
        if g == "mcue" and mw[:1].isupper() and mw.lower() in ("mars", "mai"):
            # 'Mars' and 'Mai' capitalised after 'en'/'de' are more often names than months.
            return None
        mo = ctx.month(mw)
        past = _is_past(m.group("mr_rel") if g == "mrel" else m.group("mc_rel"))
        s = m.start("mr_m") if g == "mrel" else m.start("mc_m")
        e = m.end(g)
        yy = _month_year(mo, ref, past)
        if yy is None:
            return s, e, "date", _value(None, "month", resolved=False, month=mo)
        return s, e, "date", _value(f"{yy:04d}-{mo:02d}", "month")
    if g == "yrange":
        a, b = m.group("yr_1"), m.group("yr_2")
        if int(a) >= int(b):
            return None
        return m.start(g), m.end(g), "date_range", _value(a, "year", end=b)
    if g == "ycue":
        return m.start("yc_y"), m.end("yc_y"), "date", _value(m.group("yc_y"), "year")
    if g == "ycde":
        return m.start("yd_y"), m.end("yd_y"), "date", _value(m.group("yd_y"), "year")
    if g == "yspan":
        a, b = m.group("ys_1"), m.group("ys_2")
        if int(a) >= int(b) or int(b) - int(a) > 50:
            return None
        return m.start(g), m.end(g), "date_range", _value(a, "year", end=b)
    if g == "sem":
        k = _data()["semester_ordinals"][m.group("sm_o").lower()]
        size = 6 if m.group("sm_u").lower() == "semestre" else 3
        if k * size > 12:
            return None
        yt = m.group("sm_y")
        if yt is None or k < 1:  # 'le dernier trimestre': which one the text does not say
            return m.start(g), m.end(g), "date_range", _value(None, "month", resolved=False)
        a, b = (k - 1) * size + 1, k * size
        return m.start(g), m.end(g), "date_range", _value(f"{yt}-{a:02d}", "month", end=f"{yt}-{b:02d}")
    if g == "mfirst":
        return m.start(g), m.end(g), "date_range", _value(m.group("mf_y"), "year")
    if g == "relp":
        key = " ".join(m.group(g).lower().replace("\u2019", "'").split())
        unit, k = _data()["_relative"][key]
        return (m.start(g), m.end(g), "relative", _relative(unit, k, ref))
    if g == "wday":
        wd = ctx.weekday(m.group("w_d"))
        cue = (m.group("w_cue") or "").lower()
        past = _is_past(m.group("w_rel"))
        if past is None and cue in ("depuis",):
            past = True
        s = m.start("w_d")
        if ref is None or ref[2] is None:
            return s, m.end(g), "relative", _value(None, "day", resolved=False, weekday=wd)
        today = _dt.date(*ref)  # type: ignore[arg-type]
        delta = (wd - today.weekday()) % 7
        back = (today.weekday() - wd) % 7
        if past is True:
            off = -(back or 7) if m.group("w_rel") else -back
        elif past is False:
            off = delta or 7
        else:
            off = delta if delta <= back else -back
        return s, m.end(g), "relative", _value((today + _dt.timedelta(days=off)).isoformat(), "day")
    return None


def _relative(unit: str, k: int, ref: tuple[int, int | None, int | None] | None) -> dict[str, Any]:
    precision = unit
    if ref is None:
        return _value(None, precision, resolved=False)
    y, mo, d = ref
    if unit == "year":
        return _value(f"{y + k:04d}", "year")
    if mo is None:
        return _value(None, precision, resolved=False)
    if unit == "month":
        yy, mm = _shift_month(y, mo, k)
        return _value(f"{yy:04d}-{mm:02d}", "month")
    if d is None:
        return _value(None, precision, resolved=False)
    today = _dt.date(y, mo, d)
    if unit == "day":
        return _value((today + _dt.timedelta(days=k)).isoformat(), "day")
    monday = today - _dt.timedelta(days=today.weekday()) + _dt.timedelta(weeks=k)
    return _value(monday.isoformat(), "week", end=(monday + _dt.timedelta(days=6)).isoformat())


def find_dates(text: str, *, doc_date: str | None = None) -> list[Entity]:
    """DATE entities in ``text`` resolved against ``doc_date`` (see the module docstring).

    >>> [(e.text, e.kind, e.value["iso"]) for e in find_dates(
    ...     "Il est arrivé mardi 23 novembre, en mars dernier.", doc_date="2021-11-25")]
    [('mardi 23 novembre', 'date', '2021-11-23'), ('mars dernier', 'date', '2021-03')]
    """
    text = ensure_text(text)
    ref = parse_doc_date(doc_date)
    ctx = _Ctx(text, ref)
    out: list[Entity] = []
    for m in _scan(text):
        r = _match_value(m, ctx)
        if r is None:
            continue
        s, e, kind, value = r
        out.append(make_entity(s, e, text[s:e], "DATE", kind, None, None, "pattern", value))
        if value.get("precision") == "year" and value.get("end") is None:
            # 'en 2017 et 2018': a second year joined to a year
            m2 = _AND_YEAR.match(text, e)
            if m2 is not None:
                y = m2.group(1)
                out.append(make_entity(m2.start(1), m2.end(1), y, "DATE", "date", None, None,
                                       "pattern", _value(y, "year")))
    return out


_AND_YEAR = LazyPattern(rf"{WS}et{WS}({_YEAR})")
