"""MONEY: an amount and its currency, normalised to a float and an ISO 4217 code.

Forms recognised (all case-insensitive except currency codes such as ``DH``, ``USD``):

* French: number, optional scale word, optional ``de``/``d'``, currency name, code or
  symbol: ``500.000 dollars`` (500000 USD), ``100 millions de dollars`` (1e8),
  ``1,2 milliard d'euros`` (1.2e9 EUR), ``20 millions de DH`` (2e7 MAD), ``trois millions
  d'euros``, ``500 €``. French uses the long scale: ``milliard`` = 1e9, ``billion`` = 1e12;
  ``billion`` glued to the currency without ``de`` (``5 billion dollars``) is English, 1e9.
* English/financial: currency symbol or code first: ``$500 million`` (5e8 USD),
  ``€1.2bn`` (1.2e9 EUR), ``USD 20m``; there ``1,500`` is 1500 and ``billion`` is 1e9.
* Ranges: ``entre 100 et 200 millions de dollars`` (amount 1e8, amount_max 2e8).
* Vague amounts: ``des centaines de millions de dollars`` -> amount 1e8 (the lower bound:
  one hundred millions), amount_max 1e9 (exclusive upper bound), qualifier
  ``hundreds_of``; likewise ``tens_of`` (dizaines), ``thousands_of`` (milliers), and
  ``plusieurs``/``quelques millions`` -> qualifier ``several``, amount 1e6, amount_max 1e7.
* A qualifier right before the amount goes into the value and stays out of the span:
  ``environ`` / ``près de`` / ``quelque`` (approx), ``plus de`` / ``dépasser les``
  (more_than), ``moins de`` (less_than), ``jusqu'à`` (up_to) — list in
  ``resources/patterns/qualifiers_fr.json``.

Value: ``{"amount": float, "currency": "USD", "qualifier": str | None, "amount_max": float | None}``.
Currencies are data: ``resources/patterns/currencies.json``. A name that does not say which
currency it is (bare ``dinars``, ``francs``) gives ``"currency": None`` and
``attrs["currency_text"]``; codes that carry a scale (``20 MDH`` = 2e7 MAD, ``2 Md€``) are read.

Cost model: one scan of one compiled regex over the text, linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import regex

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
    _token_index,
    alternation,
    digits_pattern,
    number_pattern,
    number_text,
    numbers_data,
    qualifier_pattern,
    qualifiers,
    routed_patterns,
    value_of,
)
from ._numbers import number_words, scale_value

__all__ = ["find_money", "currency_code"]


@cached
def _currencies() -> dict[str, Any]:
    data = read_json("patterns/currencies.json")["currencies"]
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for cur in data:
        for n in cur["names"]:
            names[n.lower()] = cur["code"]
        for c in cur["codes"]:
            codes[c] = cur["code"]
        for s in cur["symbols"]:
            symbols[s] = cur["code"]
    raw = read_json("patterns/currencies.json")
    scaled = {k: (v[0], float(v[1])) for k, v in raw.get("scaled_codes", {}).items()}
    ambiguous = frozenset(a.lower() for a in raw.get("ambiguous", ()))
    return {"names": names, "codes": codes, "symbols": symbols, "scaled": scaled,
            "ambiguous": ambiguous}


def currency_code(word: str) -> str | None:
    """ISO 4217 code of a currency name, code or symbol (``dirhams`` -> ``MAD``), or ``None``.

    >>> currency_code("dollars américains"), currency_code("DH"), currency_code("€")
    ('USD', 'MAD', 'EUR')
    """
    c = _currencies()
    w = " ".join(word.split())
    return c["codes"].get(w) or c["symbols"].get(w) or c["names"].get(w.lower())


@cached
def _patterns() -> tuple[regex.Pattern[str], Mapping[str, regex.Pattern[str]]]:
    """The amount pattern, and per start token the same pattern with only the alternatives
    that can start with it (:func:`~frdefnlp.patterns._common.routed_patterns`)."""
    c = _currencies()
    data = numbers_data()
    names = alternation(list(c["names"]) + list(c["ambiguous"]))
    codes = alternation(c["codes"])
    symbols = alternation(c["symbols"])
    scales = alternation(data["scales"])
    escales = alternation(w for w in data["english_scales"] if len(w) > 1)
    letters = "".join(sorted(w for w in data["english_scales"] if len(w) == 1))
    # A one-letter scale is lower case or glued to the number: '$20m', '$20M', '$ 20 m', but
    # not '$ 20 M.' (where 'M.' is 'Monsieur').
    escales = rf"{escales}|(?-i:[{letters}])|(?<=\d)(?-i:[{letters.upper()}])"
    vague = alternation(data["vague"])
    de = rf"(?:d[e]{WS}|d[{APOS}]{WS0})"
    scaled = alternation(c["scaled"])
    cur = rf"(?P<cur>(?-i:(?:{scaled}))(?!\w)|(?:{names})(?!\w)|(?-i:(?:{codes}))(?!\w)|(?:{symbols}))"
    french = (
        qualifier_pattern()
        + rf"(?:(?P<rkw>entre|de){WS}"
        + number_pattern("lo")
        + rf"(?:{WS}(?P<lo_scale>{scales})(?!\w))?{WS}(?:et|à|-|–){WS})?"
        + number_pattern("num")
        + rf"(?:{WS}(?P<scale>{scales})(?!\w))?{WS0}(?P<de>{de})?"
        + cur
    )
    english = (
        qualifier_pattern().replace("qual>", "qual2>")
        + rf"(?P<pre>(?-i:(?:{codes}))(?:{WS0})|(?:{symbols}){WS0})"
        + digits_pattern("enum", strict_end=False)
        + rf"(?:{WS0}(?P<escale>{escales}))?(?!\w)"
    )
    vague_pat = (
        rf"(?<!\w)(?P<det>des|plusieurs|quelques|une|de){WS}(?P<vague>{vague})(?!\w){WS0}{de}"
        rf"(?:(?P<vscale>{scales})(?!\w){WS0}{de})?" + cur.replace("cur>", "vcur>")
    )
    several = (
        rf"(?<!\w)(?P<sdet>plusieurs|quelques){WS}(?P<sscale>{scales})(?!\w){WS0}{de}"
        + cur.replace("cur>", "scur>")
    )
    starts = _alternative_starts()
    alternatives = [(f"(?P<V>{vague_pat})", starts["V"]), (f"(?P<S>{several})", starts["S"]),
                    (f"(?P<E>{english})", starts["E"]), (f"(?P<F>{french})", starts["F"])]
    # Every amount starts at a word start or with a currency sign: skip the inside of words.
    guard = "(?:(?<!\\w)|(?=\\W))"
    full, routes = routed_patterns(guard, alternatives, regex.IGNORECASE)
    # Where the start token begins no qualifier ('$', a digit, a currency code), the routes
    # have the qualifier groups made to fail at once (same groups): the qualifiers'
    # alternation was a fifth of the cost of each amount on '$1 ' * n.
    qual = qualifier_pattern()
    bare = [(a.replace(qual, "(?:(?!)(?P<qual>))?").replace(
                 qual.replace("qual>", "qual2>"), "(?:(?!)(?P<qual2>))?"), keys)
            for a, keys in alternatives]
    _full, bare_routes = routed_patterns(guard, bare, regex.IGNORECASE)
    return full, _QualifierRoutes(routes, bare_routes, _qualifier_starts())


class _QualifierRoutes(Mapping[str, "regex.Pattern[str]"]):
    """Start token -> its routed pattern: with the qualifiers where the token can begin one
    (``quals``), without them (the same groups, never set) elsewhere."""

    def __init__(self, routes: Mapping[str, regex.Pattern[str]],
                 bare: Mapping[str, regex.Pattern[str]], quals: frozenset[str]) -> None:
        self._routes, self._bare, self._quals = routes, bare, quals

    def __getitem__(self, key: str) -> regex.Pattern[str]:
        return (self._routes if key in self._quals else self._bare)[key]

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        return (self._routes if key in self._quals else self._bare).get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._routes

    def __iter__(self) -> Iterator[str]:
        return iter(self._routes)

    def __len__(self) -> int:
        return len(self._routes)


@cached
def _group_numbers() -> dict[str, int]:
    """Group name -> number, shared by the full pattern and the routed ones (the routes keep
    every group in place: :func:`~frdefnlp.patterns._common.routed_patterns`)."""
    routes = _patterns()[1]
    return dict(routes["$"].groupindex)


@cached
def _qualifier_starts() -> frozenset[str]:
    """The first tokens of the qualifier phrases (as the token index writes them)."""
    return frozenset(_first_token(q) for q in qualifiers())


@cached
def _regex() -> regex.Pattern[str]:
    """The full pattern of amounts (compiled on first use: the scan tries the routed ones)."""
    return _patterns()[0]


def _first_token(phrase: str) -> str:
    """A phrase's first token as the token index writes it (a run of word characters or one
    other character, lower case): '$US' -> '$', 'US$' -> 'us', 'jusqu'à' -> 'jusqu'."""
    m = _FIRST_TOKEN.search(phrase.lower())
    return m.group() if m else ""


_FIRST_TOKEN = regex.compile(r"\w+|[^\w\s]")


@cached
def _alternative_starts() -> dict[str, frozenset[str]]:
    """The tokens (lower case; ``"0"`` for a digit) each alternative of the pattern can start
    with: a vague amount and 'plusieurs millions' with their determiner, an English-order
    amount ('$500 million') with a qualifier or its currency code or symbol, a French-order
    one ('500 millions de dollars') with a qualifier, 'entre'/'de' or its number. A '$' or a
    digit is thus tried with one alternative instead of four (a third of the cost of each
    amount on '$1 ' * n)."""
    c = _currencies()
    quals = set(_qualifier_starts())
    spelled = {_first_token(w) for w in number_words()}
    return {
        "V": frozenset({"des", "plusieurs", "quelques", "une", "de"}),
        "S": frozenset({"plusieurs", "quelques"}),
        "E": frozenset(quals | {_first_token(x) for x in [*c["codes"], *c["symbols"]]}),
        "F": frozenset(quals | spelled | {"entre", "de", "0"}),
    }


@cached
def _anchor() -> re.Pattern[str]:
    """A cheap superset of the currency mentions: one word of every currency name, every code
    and symbol. Every amount names its currency: a text without one has no amount. (The
    scan reads the same test off the token index, :func:`_names_currency`; this expression
    states it, and the tests hold the two together.)"""
    words, codes = _anchor_parts()
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    calt = "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{alt})\b)|(?:{calt})")


@cached
def _starts() -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case words, non-word characters) an amount can start with: the first word of a
    qualifier, a spelled number, a currency code; a determiner of a vague amount; a currency
    symbol (digits aside)."""
    def first(phrase: str) -> str:
        return (re.findall(r"\w+", phrase.lower()) or [""])[0]

    c = _currencies()
    words = {first(p) for p in qualifiers()} | {first(w) for w in number_words()}
    words |= {first(code) for code in list(c["codes"]) + list(c["symbols"]) + list(c["scaled"])}
    words |= {"de", "d", "entre", "des", "plusieurs", "quelques", "une"}
    chars = {code[0] for code in list(c["codes"]) + list(c["symbols"]) + list(c["scaled"])
             if not code[0].isalnum()}
    return frozenset(w for w in words if w), frozenset(chars)


@cached
def _scanner() -> StartScanner:
    """Where an amount can start and what it must hold: a number, a scale or a vague word."""
    nums = numbers_data()
    strong = {x for w in number_words() for x in re.split(r"[\s'’\-]+", w.lower()) if x}
    strong |= {w.lower() for w in list(nums["vague"]) + list(nums["scales"])}
    words, chars = _starts()
    # After the number of an amount that starts with a digit: a scale word, 'de', or the
    # currency (a name, a code or a symbol such as '$').
    c = _currencies()
    follow = DigitFollow.first_chars(
        NUMBER_RUN, [*c["names"], *c["ambiguous"], *c["codes"], *c["symbols"], *c["scaled"],
                     *nums["scales"]])
    full, routes = _patterns()
    return StartScanner(full, words, chars=chars, strong=frozenset(strong), follow=follow,
                        routes=routes)


def _scan(text: str) -> Iterator[regex.Match[str]]:
    """``_regex().finditer(text)``, tried only where an amount can start, and only in texts
    that name a currency (same matches)."""
    if not _names_currency(text):
        return iter(())
    return _scanner().finditer(text)


@cached
def _anchor_parts() -> tuple[frozenset[str], tuple[str, ...]]:
    """The currency guard's words (one of each currency name, lower case, matched as whole
    words) and codes and symbols (matched anywhere, with their case)."""
    c = _currencies()
    words = set()
    for name in list(c["names"]) + list(c["ambiguous"]):
        ws = name.lower().split()
        words.add(ws[-1] if ws[0] in ("nouveau", "nouveaux", "nouvelle") else ws[0])
    codes = set(c["codes"]) | set(c["symbols"]) | set(c["scaled"])
    return frozenset(words), tuple(sorted(codes))


@cached
def _codes_re() -> re.Pattern[str]:
    """One literal alternation of the guard's codes and symbols: ``search`` finds one exactly
    when some code is a substring of the text (the same test as one ``in`` per code, in one
    pass instead of 150)."""
    _words, codes = _anchor_parts()
    return re.compile("|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True)))


def _names_currency(text: str) -> bool:
    """``_anchor().search(text) is not None``, read off the token index the three pattern
    taggers share (a set intersection) and one literal alternation of the codes and symbols,
    instead of a regex pass."""
    words, _codes = _anchor_parts()
    index, _digits = _token_index(text)
    if not words.isdisjoint(index.keys()):
        return True
    return _codes_re().search(text) is not None


def _entity(text: str, s: int, e: int, value: dict[str, Any], attrs: dict[str, Any]) -> Entity:
    return make_entity(s, e, text[s:e], "MONEY", "money", None, None, "pattern", value, attrs)


def _code(word: str) -> tuple[str | None, dict[str, Any]]:
    """ISO code of a matched currency word, or ``None`` and the word when it is ambiguous."""
    w = " ".join(word.split())
    code = currency_code(w)
    if code is None and w.lower() in _currencies()["ambiguous"]:
        return None, {"currency_text": w}
    return code, {}


def _qual(m: regex.Match[str], group: str) -> tuple[str | None, dict[str, Any]]:
    q = m.group(group)
    if not q:
        return None, {}
    key = " ".join(q.replace("\u2019", "'").lower().split())
    table = qualifiers()
    val = table.get(key) or table.get(key.replace("d'", "de"))
    return val, {"qualifier_text": q}


_MISSING: Any = object()


def find_money(text: str) -> list[Entity]:
    """MONEY entities in ``text`` (see the module docstring), in text order.

    >>> [(e.text, e.value["amount"], e.value["currency"]) for e in find_money(
    ...     "Il coûte environ 500.000 dollars, soit 1,2 milliard d'euros.")]
    [('500.000 dollars', 500000.0, 'USD'), ("1,2 milliard d'euros", 1200000000.0, 'EUR')]
    """
    text = ensure_text(text)
    out: list[Entity] = []
    data = numbers_data()
    # per call: the value of each number text and the code of each currency prefix read
    # (a text dense in amounts repeats them; one dict lookup instead of two regex calls)
    english_values: dict[str, float | None] = {}
    prefix_codes: dict[str, str | None] = {}
    # and the value and attrs of each English-order amount ('$1', '$2.5 billion'): on a text
    # dense in amounts ('$1 ' * n) one record, built once and shared, read-only as the frozen
    # entity means it (None: that amount is not one)
    english_amounts: dict[tuple[str | None, ...], tuple[dict[str, Any], dict[str, Any]] | None] = {}
    groups = _group_numbers()  # the same in the full pattern and every routed one
    e_groups = tuple(groups[g] for g in ("enum", "escale", "pre", "qual2"))
    pre_group, e_group = groups["pre"], groups["E"]
    for m in _scan(text):
        g = m.lastgroup  # the outer group of the alternative that matched: V, S, E or F
        if g not in ("V", "S", "E", "F"):
            g = next(x for x in ("V", "S", "E") if m.group(x) is not None) if m.group("F") is None else "F"
        if g == "V":
            vinfo = data["vague"][m.group("vague").lower()]
            det = m.group("det").lower()
            mult = scale_value(m.group("vscale")) if m.group("vscale") else 1.0
            amount = float(vinfo["value"]) * (mult or 1.0)
            qualifier = vinfo["qualifier"]
            if det == "une" and qualifier != "approx":
                continue
            amount_max = amount * 10 if qualifier.endswith("_of") else None
            code, cattrs = _code(m.group("vcur"))
            if code is None and not cattrs:
                continue
            out.append(
                _entity(text, m.start("V"), m.end("V"),
                        {"amount": amount, "currency": code, "qualifier": qualifier,
                         "amount_max": amount_max}, cattrs)
            )
            continue
        if g == "S":
            mult = scale_value(m.group("sscale")) or 1.0
            code, cattrs = _code(m.group("scur"))
            if code is None and not cattrs:
                continue
            out.append(
                _entity(text, m.start("S"), m.end("S"),
                        {"amount": mult, "currency": code, "qualifier": "several",
                         "amount_max": mult * 10}, cattrs)
            )
            continue
        if g == "E":
            ekey = m.group(*e_groups)  # (enum, escale, pre, qual2): by number, not by name
            done = english_amounts.get(ekey, _MISSING)
            if done is not _MISSING:
                if done is not None:
                    s, e = m.start(pre_group), m.end(e_group)
                    out.append(make_entity(s, e, text[s:e], "MONEY", "money", None, None,
                                           "pattern", *done))
                continue
            enum, escale, pre, qual2 = ekey
            english_amounts[ekey] = None
            num = english_values.get(enum, _MISSING)
            if num is _MISSING:
                num = english_values[enum] = value_of(enum, english=True)
            if num is None:
                continue
            mult = 1.0
            if escale:
                mult = scale_value(escale, english=True) or 1.0
            code = prefix_codes.get(pre, _MISSING)
            if code is _MISSING:
                code = prefix_codes[pre] = currency_code(pre.strip())
            if code is None:
                continue
            qual, attrs = _qual(m, "qual2")
            done = english_amounts[ekey] = (
                {"amount": num * mult, "currency": code, "qualifier": qual, "amount_max": None},
                attrs)
            out.append(_entity(text, m.start("pre"), m.end("E"), *done))
            continue
        ntext, ns, _ne = number_text(m, "num")
        if ntext is None:
            continue
        num = value_of(ntext)
        if num is None:
            continue
        scale_word = m.group("scale")
        english_billion = bool(
            scale_word and scale_word.lower().startswith("billion") and not m.group("de")
        )
        mult = scale_value(scale_word, english=english_billion) if scale_word else 1.0
        cur_text = " ".join(m.group("cur").split())
        scaled = _currencies()["scaled"].get(cur_text)
        if scaled is not None:
            if scale_word:
                continue  # '20 millions de MDH' does not make sense: not an amount we trust
            code, mult = scaled
            cattrs = {}
        else:
            code, cattrs = _code(cur_text)
        if (code is None and not cattrs) or mult is None:
            continue
        amount = num * mult
        amount_max = None
        start = ns
        lotext, ls, _le = number_text(m, "lo")
        if lotext is not None:
            lo = value_of(lotext)
            if lo is not None:
                lo_mult = scale_value(m.group("lo_scale")) if m.group("lo_scale") else mult
                amount_max = amount
                amount = lo * (lo_mult or 1.0)
                start = m.start("rkw")
        qual, attrs = _qual(m, "qual")
        attrs.update(cattrs)
        out.append(
            _entity(text, start, m.end("F"),
                    {"amount": amount, "currency": code, "qualifier": qual,
                     "amount_max": amount_max}, attrs)
        )
    return out
