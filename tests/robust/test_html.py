"""HTML given to ``clean``: the text is extracted (scripts, styles, JSON-LD, comments out),
and the offsets of the result point into the HTML."""

from __future__ import annotations

import html
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import frdefnlp
from frdefnlp.boilerplate.html import html_to_text, looks_like_html

SEED = Path(__file__).resolve().parents[2] / "seeds" / "003_1e0087e37c6009fe.txt"


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p class=\"txt\">{html.escape(p)}</p>\n" for p in paragraphs)
    return (
        "<!DOCTYPE html><html lang=fr><head><title>Titre du site</title>"
        "<style>p { color: red }</style>"
        '<script type="application/ld+json">{"headline": "Le Maroc achète des drones Harop '
        'à Israël pour 9 milliards de dollars"}</script></head><body>'
        "<nav><ul><li><a href=/>Accueil</a></li></ul></nav><article>" + body +
        "</article><!-- Le Maroc commande des chars Abrams --><script>var s = \"L'Algérie "
        'achète des Su-57 à la Russie\";</script></body></html>')


@pytest.fixture(scope="module")
def page() -> str:
    seed = SEED.read_text(encoding="utf-8")
    return _page([p for p in seed.splitlines() if p.strip()])


def test_markup_is_detected() -> None:
    assert looks_like_html("<html><body><p>x</p></body></html>")
    assert not looks_like_html("Le Maroc a reçu des <br> drones.")
    assert not looks_like_html(SEED.read_text(encoding="utf-8"))


def test_scripts_styles_comments_are_not_text(page: str) -> None:
    r = frdefnlp.clean(page)
    assert "Aviv Kochavi" in r.text
    for gone in ("headline", "color", "Su-57", "Abrams", "var s", "Titre du site", "<p"):
        assert gone not in r.text
    doc = frdefnlp.tag(r)
    assert not any(e.text in ("Su-57", "Harop", "Abrams") for e in doc.entities)


def test_offsets_point_into_the_html(page: str) -> None:
    r = frdefnlp.clean(page)
    assert r.raw == page
    for i, ch in enumerate(r.text):
        j = r.to_raw(i)
        if ch.isalnum():
            assert page[j] == ch or page[j] == "&", (i, ch, page[j:j + 8])
    doc = frdefnlp.tag(r)
    for e in doc.entities:
        a, b = r.raw_span(e.start, e.end)
        assert html.unescape(page[a:b]).replace("\n", " ") == e.text.replace("\n", " ")
    _segments_cover(r)
    assert any(s.reason == "markup" and "application/ld+json" in s.text for s in r.segments)


def _segments_cover(r: frdefnlp.CleanResult) -> None:
    """Segments are pieces of the HTML, in order, and cover every non-blank character."""
    pos = 0
    covered = bytearray(len(r.raw))
    for s in r.segments:
        assert r.raw[s.start:s.end] == s.text and s.start >= pos
        pos = s.end
        covered[s.start:s.end] = b"\x01" * (s.end - s.start)
    assert all(covered[i] or r.raw[i].isspace() for i in range(len(r.raw)))


def test_entities_decode_and_map_to_their_reference() -> None:
    raw = "<div>Rabat &amp; Alger&nbsp;: l&#8217;arm&eacute;e</div><p>Deux</p>"
    text, offsets = html_to_text(raw)
    assert text == "Rabat & Alger\xa0: l’armée\n\nDeux"
    i = text.index("&")
    a, b = offsets.span(i, i + 1)
    assert raw[a:b] == "&amp;"
    a, b = offsets.span(0, len("Rabat"))
    assert raw[a:b] == "Rabat"


@pytest.mark.parametrize("bad", [
    "<" * 40_000, "<a" * 20_000, "<!--" * 10_000, "<script>" * 5_000, "&amp" * 10_000,
    "<p>" + "<b>x</b>" * 5_000, "<html><body>" + "<div" * 10_000,
    "<html><script>" + "</scrip" * 5_000,
])
def test_malformed_html_is_linear(bad: str) -> None:
    # linear: four times the input costs about four times the time (a quadratic scan would
    # cost sixteen); best of three on each side, so a loaded machine does not flake it
    def best(s: str) -> float:
        out = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            html_to_text(s)
            out = min(out, time.perf_counter() - t0)
        return out

    assert best(bad * 4) <= 8 * best(bad) + 0.05
    text, offsets = html_to_text(bad)
    for i in range(0, len(text), 97):
        assert 0 <= offsets.to_raw(i) < len(bad)


TAGS = ["<p>", "</p>", "<div class='a'>", "</div>", "<br>", "<b>", "</b>", "<script>",
        "</script>", "<style>", "</style>", "<!--", "-->", "&amp;", "&#233;", "&nbsp;", "<",
        ">", " ", "\n", "Le Maroc", "F-16", "à Israël", "500 millions de dollars", ".",
        "<!DOCTYPE html>", "<html>", "&bogus;", "<title>", "</title>"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TAGS), max_size=60))
def test_extracted_text_maps_back(parts: list[str]) -> None:
    raw = "".join(parts)
    text, offsets = html_to_text(raw)
    for i, ch in enumerate(text):
        j = offsets.to_raw(i)
        assert 0 <= j < len(raw)
        if ch.isalnum():
            assert raw[j] == ch or raw[j] == "&"
    r = frdefnlp.clean("<html><body>" + raw)
    for i in range(len(r.text)):
        assert 0 <= r.to_raw(i) <= len(r.raw)
    _segments_cover(r)
