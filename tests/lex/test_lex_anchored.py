"""Amounts are searched only around currency words: the matches must be those of a full scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from frdefnlp.patterns._common import anchored_finditer
from frdefnlp.patterns.money import _AFTER, _BEFORE, _anchor, _regex

WORDS = st.sampled_from([
    "1,2", "500.000", "20", "100 000", "millions", "milliard", "de", "d'", "dollars", "euros", "DH", "MDH",
    "$", "€", "USD", "US$", "plus", "environ", "entre", "et", "à", "des", "centaines", "plusieurs",
    "quelques", "le", "Maroc", "a", "payé", "\u00a0", "\n", ",", ".", "m", "M", "bn", "dirhams", "livres",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS | st.text(max_size=5), max_size=80).map(" ".join))
def test_anchored_scan_finds_what_a_full_scan_finds(text: str) -> None:
    full = [(m.start(), m.end(), m.lastgroup) for m in _regex().finditer(text)]
    fast = [(m.start(), m.end(), m.lastgroup) for m in anchored_finditer(_regex(), _anchor(), text, _BEFORE, _AFTER)]
    assert fast == full
