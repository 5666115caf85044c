"""The pattern taggers try their big patterns only where an amount, a date or a quantity can
start (and amounts only in texts that name a currency): the matches must be those of a full
scan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frdefnlp.patterns import money

WORDS = st.sampled_from([
    "1,2", "500.000", "20", "100 000", "millions", "milliard", "de", "d'", "dollars", "euros", "DH", "MDH",
    "$", "€", "USD", "US$", "plus", "environ", "entre", "et", "à", "des", "centaines", "plusieurs",
    "quelques", "le", "Maroc", "a", "payé", "\u00a0", "\n", ",", ".", "m", "M", "bn", "dirhams", "livres",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS | st.text(max_size=5), max_size=80).map(" ".join))
def test_money_scan_finds_what_a_full_scan_finds(text: str) -> None:
    full = [(m.start(), m.end(), m.lastgroup) for m in money._regex().finditer(text)]
    fast = [(m.start(), m.end(), m.lastgroup) for m in money._scan(text)]
    assert fast == full
    # the currency guard read off the token index says what the guard's regex says
    assert money._names_currency(text) == (money._anchor().search(text) is not None)


DATE_WORDS = st.sampled_from([
    "le", "les", "24", "et", "25", "novembre", "prochains", "mardi", "23", "2021", "début", "fin", "mi", "-",
    "août", "l'an", "dernier", "la", "semaine", "prochaine", "hier", "aujourd'hui", "il", "y", "a", "deux",
    "ans", "dans", "trois", "jours", "en", "depuis", "dès", "jusqu'à", "entre", "de", "à", "printemps",
    "été", "15/03/2023", "2021-11", "1er", "premier", "du", "mois", "ce", "lundi", "March", "12,", "F-16",
    "des", "plusieurs", "quelques", "une", "dizaines", "d'", "missiles", "km", "%", "plus", "environ",
    "près", "vingt-deux", "cent", "mille", "lanceurs", "\u00a0", ",", ".", "\n",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(DATE_WORDS | st.text(max_size=4), max_size=60).map(" ".join))
def test_word_start_scans_find_what_full_scans_find(text: str) -> None:
    from frdefnlp.patterns import dates, quantities

    for module in (dates, quantities):
        full = [(m.start(), m.end(), m.lastgroup) for m in module._regex().finditer(text)]
        fast = [(m.start(), m.end(), m.lastgroup) for m in module._scan(text)]
        assert fast == full, module.__name__


def test_date_routes_match_the_full_pattern_on_every_listed_phrase() -> None:
    """Each start word has its own pattern with the alternatives that cannot start with it
    switched off (patterns._common.routed_patterns): on every phrase of the date data, in
    the contexts a date takes, the routed scan finds what the full pattern finds."""
    from frdefnlp.patterns import dates

    d = dates._data()
    phrases: list[str] = []
    for key in ("months", "weekdays", "seasons", "month_cues", "year_cues", "ago", "ahead",
                "relative", "past", "future"):
        phrases.extend(d[key])
    phrases.extend(k.rstrip("-") for k in d["parts"])
    frames = ["{} 2021", "le {} 23 novembre", "{} 24 et 25 mars prochains", "{} deux ans",
              "De {} à juin 2020", "entre {} et 2023", "{} dernier", "mi-{}", "3 {} 2022",
              "{} d'ici 2030", "{}, le 1er mai", "{} jeudi 5", "jusqu'à {}", "depuis {}",
              "dès {} 2021", "ce {}", "il y a {}", "dans {} jours", "au début du mois de {}",
              "les années 1990 et {}", "{} années 2000"]
    texts = [f.format(p) for p in phrases for f in frames]
    assert len(texts) > 1500
    for text in texts:
        full = [(m.start(), m.end(), m.lastgroup) for m in dates._regex().finditer(text)]
        fast = [(m.start(), m.end(), m.lastgroup) for m in dates._scan(text)]
        assert fast == full, text


def test_date_route_stubs_read_from_source_agree_with_the_compiled_pattern() -> None:
    """The routed patterns' stand-ins are read from the source (the full pattern is compiled
    lazily, issue 13): they must give every routed pattern the full pattern's groups, with the
    same names and numbers."""
    from frdefnlp.patterns import dates
    from frdefnlp.patterns._common import LazyPattern

    full, routes = dates._patterns()
    assert isinstance(full, LazyPattern)
    assert routes._stubs is not None  # type: ignore[attr-defined]
    compiled = full.compiled()
    assert compiled.groups == len(compiled.groupindex)  # no unnamed group: stubs are exact
    for word in routes:
        assert routes[word].groupindex == compiled.groupindex, word
        assert routes[word].groups == compiled.groups, word


def test_lazy_pattern_compiles_once_across_threads_and_pickles() -> None:
    import pickle
    import threading

    from frdefnlp.patterns._common import LazyPattern

    lazy = LazyPattern(r"(?P<n>\d+) ans", 0)
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(id(lazy.compiled())))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 8 and len(set(seen)) == 1
    back = pickle.loads(pickle.dumps(lazy))
    assert back.match("12 ans").group("n") == "12"
    assert back.groupindex == {"n": 1}


def test_money_routes_without_qualifiers_match_the_full_pattern() -> None:
    """Where the start token begins no qualifier ('$', a digit, a code), the money routes
    have the qualifier groups switched off: on every qualifier phrase and currency form, in
    and out of a qualifier's place, the routed scan finds what the full pattern finds."""
    from frdefnlp.patterns._common import qualifiers

    c = money._currencies()
    forms = ["{q} $5 millions", "{q} 500 millions de dollars", "{q} USD 20m", "{q} 3 M€",
             "{q}, $1 et 2 €", "le {q} 12 DH", "{q} US$ 4bn et {q} 1,2 milliard d'euros"]
    currencies = [*list(c["codes"])[:12], *c["symbols"]]
    texts = [f.format(q=q) for q in qualifiers() for f in forms]
    texts += [f"{q} {cur}5 et 7 {cur}" for q in list(qualifiers())[:8] for cur in currencies]
    read = 0
    for text in texts:
        full = [(m.start(), m.end(), m.lastgroup, m.group("qual", "qual2"))
                for m in money._regex().finditer(text)]
        fast = [(m.start(), m.end(), m.lastgroup, m.group("qual", "qual2"))
                for m in money._scan(text)]
        assert fast == full, text
        read += sum(1 for *_x, quals in fast if any(quals))
    assert read > len(qualifiers())  # (qualifiers are read where they stand)


@pytest.mark.parametrize("text", [
    "\U000116d0 dollars",                      # found by hypothesis: a digit to regex, not to str
    "\U000116d0\U000116d1 millions de dollars",
    "le \U000116d3 mars 2024",
    "\U000116d5 missiles",
    "\u0663\u0660 millions de dollars",        # Arabic-Indic digits: a digit to both
    "² dollars",                               # a digit to str.isdigit only
])
def test_scans_agree_on_digits_of_any_unicode_version(text: str) -> None:
    from frdefnlp.patterns import dates, quantities

    for module in (money, dates, quantities):
        full = [(m.start(), m.end(), m.lastgroup) for m in module._regex().finditer(text)]
        fast = [(m.start(), m.end(), m.lastgroup) for m in module._scan(text)]
        assert fast == full, module.__name__
