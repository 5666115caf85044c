"""Property tests: clean() never crashes and its offsets stay true on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_clean import assert_offsets

from frdefnlp.boilerplate import clean

PIECES = st.sampled_from([
    "Le Maroc", " a reçu ", "des drones", ".", " ", "\u00a0", "\u00a0\u00a0\u00a0\u00a0", "\n", "\r\n", "\t",
    "\n\n", "&nbsp;", "&amp;", "&#8217;", "<br>", "<p class='x'>", "</p>", "\u200b", "\x07", "«", "»",
    "Lire aussi", "À lire : ", "Suivez Le360 sur WhatsApp", "Publié le 12/03/2023", "Aller plus loin",
    "El Gobierno", " de España ", "المغرب", "2021-11", " date ", "...", "Par Karim B.", "&bogus;", "<",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES | st.text(max_size=8), max_size=60).map("".join))
def test_clean_offsets_hold_on_random_pages(raw: str) -> None:
    r = clean(raw)
    assert_offsets(r)
    # Leftovers never reach the clean text.
    assert not any(c in r.text for c in "\r\t\x07\u200b")
    assert "&nbsp;" not in r.text and "<br>" not in r.text
    assert r.text == r.text.strip()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Les Forces armées royales ont reçu mardi un nouveau lot de drones, selon le ministère.",
    "« Nous poursuivons la modernisation », a déclaré un officier à Rabat.",
    "Le contrat porte sur douze appareils livrés d'ici 2026.",
]), min_size=1, max_size=6).map("\n\n".join))
def test_plain_article_paragraphs_are_all_kept(raw: str) -> None:
    assert clean(raw).text == raw
