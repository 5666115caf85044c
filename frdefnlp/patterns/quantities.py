"""QUANTITY: counts, distances, ranges, durations and percentages.

==================================  ==========  ==============================================
text                                kind        value
==================================  ==========  ==============================================
``trois lanceurs``                  count       value 3, noun ``lanceurs``
``20 missiles`` (d'interception)    count       value 20, noun ``missiles``
``100.000 habitants``               count       value 100000, noun ``habitants``
``deux nouveaux accords``           count       value 2, noun ``accords`` (adjective skipped)
``3 millions de personnes``         count       value 3e6, noun ``personnes``
``des dizaines d'opérations``       count       value 10, value_max 100, qualifier tens_of
``70 km``                           distance    value 70, unit ``km``
``de 4 à 70 km``                    range       value 4, value_max 70, unit ``km``
``trois jours``                     duration    value 3, unit ``day``, noun ``jours``
``34 %``, ``34 pour cent``          percentage  value 34, unit ``%``
==================================  ==========  ==============================================

Value: ``{"value": float, "value_max": float | None, "unit": str | None, "noun": str | None,
"qualifier": str | None}`` (qualifiers as for MONEY: ``plus de 100 soldats`` -> more_than).

Not quantities: a number followed by a month name (a date), a currency or a scale word
(money), a function word (``en 2020 sous``), a number after ``n°``; ``un``/``une`` alone are
articles (``un radar`` is not a count) but ``un an``/``une semaine`` are durations. The noun
is the first word after the number (or after one pre-nominal adjective from
``resources/patterns/quantities_fr.json``); it must be lower case, or a designation with a
digit (``trois F-16``). Weights, speeds and other units are left out.

Cost model: one scan of one compiled regex over the text (linear), constant work per match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import regex

from .. import _regex_cache
from .._resources import cached, read_json
from .._text import ensure_text
from ..types import Entity, make_entity
from ._common import (
    APOS,
    NUMBER_RUN,
    WS,
    WS0,
    DigitFollow,
    StartScanner,
    alternation,
    excluded_standalone,
    number_pattern,
    number_text,
    numbers_data,
    qualifier_pattern,
    qualifiers,
    value_of,
)
from ._numbers import number_words, scale_value

__all__ = ["find_quantities"]


@cached
def _data() -> dict[str, Any]:
    d = read_json("patterns/quantities_fr.json")
    cur_data = read_json("patterns/currencies.json")
    cur = cur_data["currencies"]
    dates = read_json("patterns/dates_fr.json")
    nums = numbers_data()
    stop = {w.lower() for w in d["not_nouns"]}
    for c in cur:
        stop.update(n.lower() for n in c["names"])
        stop.update(n.lower() for n in c["codes"])
    stop.update(a.lower() for a in cur_data.get("ambiguous", ()))
    stop.update(k.lower().rstrip(".") for k in dates["months"])
    stop.update(k.lower() for k in nums["scales"])
    stop.update(k.lower() for k in nums["words"])
    stop.update(k.lower() for k in d["distance_units"])
    d["_stop"] = frozenset(stop)
    d["_idioms"] = frozenset(w.lower() for w in d["idioms"])
    d["_adj"] = frozenset(w.lower() for w in d["prenominal_adjectives"])
    return d


@cached
def _regex() -> regex.Pattern[str]:
    d = _data()
    nums = numbers_data()
    # Unit symbols are case-sensitive ('20 M.' is not twenty metres).
    dist = "(?-i:" + alternation(d["distance_units"]) + ")"
    dur = alternation(d["duration_units"])
    pct = alternation(d["percent"])
    scales = alternation(nums["scales"])
    vague = alternation(nums["vague"])
    de = rf"(?:de{WS}|d[{APOS}]{WS0})"
    adjs = alternation(d["prenominal_adjectives"])
    # Case matters for the noun (lower case, or a designation with a digit), whatever the flags.
    # A number word is never the counted noun ("en 2022 six vedettes": the count is "six
    # vedettes", not "2022 six", which would hide it).
    numword = alternation(number_words(), flexible_space=False)
    noun = (rf"(?!(?:{numword})(?![\w\-]))"
            r"(?P<noun>(?-i:\p{Ll}[\p{L}\-]*\p{L}|\p{Lu}[\p{L}\-]*\d[\w\-]*))(?!\w|[.:/@][\w/])")
    unit_after = rf"(?P<unit>(?:{dist})(?![\w/])|(?:{dur})(?!\w)|(?:{pct})(?!\w))"
    alts = [
        rf"(?P<range>(?<!\w)(?P<rkw>de|entre){WS}" + number_pattern("lo")
        + rf"{WS0}(?:{dist}|%)?{WS0}(?:à|et|-|–){WS0}" + number_pattern("hi")
        + rf"{WS0}(?P<runit>(?:{dist})(?![\w/])|(?:{dur})(?!\w)|%))",
        rf"(?P<vague>(?<!\w)(?P<vdet>des|plusieurs|quelques|une){WS}(?P<vword>{vague})(?!\w){WS0}{de}"
        + noun.replace("noun>", "vnoun>") + ")",
        # 'quatre à six avions', '10 ou 12 drones': a count between two numbers
        r"(?P<crange>" + number_pattern("clo") + rf"{WS}(?:à|ou){WS}" + number_pattern("chi")
        + rf"{WS}(?:(?P<cadj>{adjs})(?!\w){WS})?" + noun.replace("noun>", "cnoun>") + ")",
        rf"(?P<single>{qualifier_pattern()}" + number_pattern("num")
        + rf"(?:{WS0}{unit_after}|{WS}(?:(?P<scale>{scales}){WS0}{de})?(?:(?P<adj>{adjs})(?!\w){WS})?{noun}))",
    ]
    # Every quantity starts a word: the look-behind lets the engine skip the inside of words
    # at once instead of trying every alternative at every character (about 1.5x faster).
    return _regex_cache.compile(r"(?<![\w])(?:" + "|".join(alts) + ")", regex.IGNORECASE)


@cached
def _start_words() -> frozenset[str]:
    """Lower-case words a quantity can start with (first word of a qualifier, a spelled
    number, a range or vague-amount determiner; digits aside)."""
    def first(phrase: str) -> str:
        return re.split(r"[\s'’\-]+", phrase.strip().lower())[0]

    words = {first(p) for p in qualifiers()} | {first(w) for w in number_words()}
    words |= {"de", "entre", "des", "plusieurs", "quelques", "une", "d"}
    return frozenset(w for w in words if w)


@cached
def _scanner() -> StartScanner:
    """Where a quantity can start and what it must hold: a number (digits or words) or a
    vague amount word ('dizaines')."""
    strong = {x for w in number_words() for x in re.split(r"[\s'’\-]+", w.lower()) if x}
    strong |= {w.lower() for w in numbers_data()["vague"]}
    # After the number of a quantity that starts with a digit: a unit ('%', 'km'), a scale
    # word, an adjective, the counted noun (a letter), or 'à'/'ou' of a count range.
    d = _data()
    follow = DigitFollow.first_chars(
        NUMBER_RUN, [*d["distance_units"], *d["duration_units"], *d["percent"],
                     *d["prenominal_adjectives"], *numbers_data()["scales"]])
    return StartScanner(_regex(), _start_words(), strong=frozenset(strong), follow=follow)


def _scan(text: str) -> Iterator[regex.Match[str]]:
    """``_regex().finditer(text)``, tried only where a quantity can start (same matches)."""
    return _scanner().finditer(text)


def _unit(word: str) -> tuple[str, str]:
    """(kind, normalised unit) of a unit word."""
    d = _data()
    w = " ".join(word.lower().split())
    if w in d["distance_units"]:
        return "distance", d["distance_units"][w]
    if w in d["duration_units"]:
        return "duration", d["duration_units"][w]
    return "percentage", "%"


def _entity(text: str, s: int, e: int, kind: str, value: dict[str, Any],
            attrs: dict[str, Any] | None = None) -> Entity:
    return make_entity(s, e, text[s:e], "QUANTITY", kind, None, None, "pattern", value,
                       attrs or {})


def _val(v: float, vmax: float | None = None, unit: str | None = None, noun: str | None = None,
         qualifier: str | None = None) -> dict[str, Any]:
    return {"value": v, "value_max": vmax, "unit": unit, "noun": noun, "qualifier": qualifier}


_NUMERO_RE = regex.compile(r"(?:^|[^\w])(?:n°|no\.?|nº|numéro|#)\s*$", regex.IGNORECASE)


def _after_numero(text: str, start: int) -> bool:
    """Is the number at ``start`` a reference number ('n° 66', 'No. 3', '#4')?"""
    return _NUMERO_RE.search(text, max(0, start - 10), start) is not None


def find_quantities(text: str) -> list[Entity]:
    """QUANTITY entities in ``text`` (see the module docstring), in text order.

    >>> [(e.text, e.kind, e.value["value"], e.value["noun"] or e.value["unit"]) for e in
    ...  find_quantities("trois lanceurs et 20 missiles, d'une distance de 4 à 70 km.")]
    [('trois lanceurs', 'count', 3.0, 'lanceurs'), ('20 missiles', 'count', 20.0, 'missiles'), ('de 4 à 70 km', 'range', 4.0, 'km')]
    """
    text = ensure_text(text)
    d = _data()
    stop = d["_stop"]
    excluded = excluded_standalone()
    nums = numbers_data()
    qual_table = qualifiers()
    out: list[Entity] = []
    for m in _scan(text):
        g = m.lastgroup
        if g == "range":
            lo_t, ls, _ = number_text(m, "lo")
            hi_t, _hs, _he = number_text(m, "hi")
            if lo_t is None or hi_t is None:
                continue
            lo, hi = value_of(lo_t), value_of(hi_t)
            if lo is None or hi is None or lo >= hi:
                continue
            _kind, unit = _unit(m.group("runit"))
            out.append(_entity(text, m.start(g), m.end(g), "range", _val(lo, hi, unit)))
            continue
        if g == "crange":
            lo_t, _ls, _le = number_text(m, "clo")
            hi_t, _hs, _he = number_text(m, "chi")
            noun = m.group("cnoun")
            if lo_t is None or hi_t is None or noun.lower() in stop:
                continue
            lo, hi = value_of(lo_t), value_of(hi_t)
            if lo is None or hi is None or lo >= hi or not (lo_t[0].isdigit() or lo_t.lower() not in excluded):
                continue
            out.append(_entity(text, m.start(g), m.end(g), "range", _val(lo, hi, None, noun)))
            continue
        if g == "vague":
            noun = m.group("vnoun")
            if noun.lower() in stop:
                continue
            info = nums["vague"][m.group("vword").lower()]
            q = info["qualifier"]
            if m.group("vdet").lower() == "une" and q != "approx":
                continue
            v = float(info["value"])
            out.append(_entity(text, m.start(g), m.end(g), "count",
                               _val(v, v * 10 if q.endswith("_of") else None, None, noun, q),
                               {"vague": True}))
            continue
        ntext, ns, ne = number_text(m, "num")
        if ntext is None or _after_numero(text, ns):
            continue
        spelled = not ntext[0].isdigit()
        low = ntext.lower()
        v = value_of(ntext)
        if v is None:
            continue
        qual = None
        attrs: dict[str, Any] = {}
        if m.group("qual"):
            qt = " ".join(m.group("qual").replace("\u2019", "'").lower().split())
            qual = qual_table.get(qt) or qual_table.get(qt.replace("d'", "de"))
            attrs["qualifier_text"] = m.group("qual")
        if m.group("unit"):
            if " ".join(text[ns:m.end(g)].lower().split()) in d["_idioms"]:
                continue
            kind, unit = _unit(m.group("unit"))
            if spelled and low in excluded and not (kind == "duration" and low in ("un", "une")):
                continue
            noun = m.group("unit") if kind == "duration" else None
            out.append(_entity(text, ns, m.end(g), kind, _val(v, None, unit, noun, qual), attrs))
            continue
        noun = m.group("noun")
        if noun is None:
            continue
        if spelled and low in excluded and not m.group("scale"):  # "un million d'heures" counts
            continue
        if m.group("scale") and noun[0].islower() and noun.lower() in d["duration_units"]:
            # "un million d'heures de travail": a count of a duration unit, scaled
            v = v * (scale_value(m.group("scale")) or 1.0)
            _kind, unit = _unit(noun)
            out.append(_entity(text, ns, m.end(g), "duration", _val(v, None, unit, noun, qual), attrs))
            continue
        if noun.lower() in stop or (noun[0].islower() and noun.lower() in d["duration_units"]):
            continue
        if not spelled and len(ntext) == 4 and 1900 <= v <= 2100 and m.group("scale") is None:
            continue  # a year ('2020 sous ...') rather than a count
        if m.group("scale"):
            v = v * (scale_value(m.group("scale")) or 1.0)
        out.append(_entity(text, ns, m.end(g), "count", _val(v, None, None, noun, qual), attrs))
    return out
