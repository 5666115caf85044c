"""Matching rules: case, accents, elision, apostrophes, spaces, hyphens, acronyms, boundaries, overlaps."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frdefnlp.errors import InputTypeError, InputValueError
from frdefnlp.gazetteer import Gazetteer, GazetteerMatch
from frdefnlp.types import Entity

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_files([DATA / "mini.jsonl"])


# text, expected [(surface, id, alias_type)]
CASES = [
    ("Iron Dome", [("Iron Dome", "weapon/iron-dome", "name")], "canonical"),
    ("IRON DOME et iron dome", [("IRON DOME", "weapon/iron-dome", "name"), ("iron dome", "weapon/iron-dome", "name")], "case"),
    ("le Dome de Fer", [("Dome de Fer", "weapon/iron-dome", "name")], "accents-missing"),
    ("le DÔME DE FER", [("DÔME DE FER", "weapon/iron-dome", "name")], "accents-capitals"),
    ("l'Iron Dome", [("Iron Dome", "weapon/iron-dome", "name")], "elision-l"),
    ("l’Iron Dome", [("Iron Dome", "weapon/iron-dome", "name")], "elision-typographic"),
    ("des drones d'IAI", [("IAI", "org/israel-aerospace-industries", "name")], "elision-d-acronym"),
    ("telles qu'Elbit Systems", [("Elbit Systems", "org/elbit-systems", "name")], "elision-qu"),
    ("Benny\u00a0Gantz", [("Benny\u00a0Gantz", "person/benny-gantz", "name")], "nbsp"),
    ("Benny\u202fGantz", [("Benny\u202fGantz", "person/benny-gantz", "name")], "narrow-nbsp"),
    ("Benny  Gantz", [("Benny  Gantz", "person/benny-gantz", "name")], "double-space"),
    ("Benny\nGantz", [("Benny", None, None), ("Gantz", "person/benny-gantz", "name")], "newline-breaks"),
    ("F-5 F5 F 5 F–5", [("F-5", "weapon/f-5", "name"), ("F5", "weapon/f-5", "name"), ("F 5", "weapon/f-5", "name"),
                        ("F–5", "weapon/f-5", "name")], "hyphen-variants"),
    ("Barak-8, Barak 8, Barak8", [("Barak-8", "weapon/barak-8", "name"), ("Barak 8", "weapon/barak-8", "name"),
                                  ("Barak8", "weapon/barak-8", "name")], "digit-variants"),
    ("le Barak MX", [("Barak MX", "weapon/barak-8", "name")], "hyphen-to-space"),
    ("Tel-Aviv", [("Tel-Aviv", "loc/tel-aviv", "name")], "space-to-hyphen"),
    ("FAR", [("FAR", "org/royal-armed-forces", "name")], "acronym"),
    ("aller plus far", [], "acronym-lowercase-is-a-word"),
    ("Far", [], "acronym-titlecase"),
    ("l'ONU et l'Onu", [("ONU", "org/onu", "name")], "acronym-onu"),
    ("la harpy", [], "case-sensitive-list"),
    ("un drone harpy", [("drone harpy", "weapon/harpy", "name")], "case-sensitive-only-that-alias"),
    ("les Français", [("Français", "loc/france", "adjective")], "adjective"),
    ("fran", [], "no-partial-word"),
    ("françaisement", [], "boundary-end"),
    ("Maroc-Israël", [("Maroc", "loc/morocco", "name"), ("Israël", "loc/israel", "name")], "hyphen-joined"),
    ("Maroc–Israël", [("Maroc", "loc/morocco", "name"), ("Israël", "loc/israel", "name")], "en-dash-joined"),
    ("Marocain", [("Marocain", "loc/morocco", "adjective")], "adjective-capital"),
    ("drones israéliens", [("israéliens", "loc/israel", "adjective")], "adjective-plural"),
    ("Royaume du Maroc", [("Royaume du Maroc", "loc/morocco", "name")], "longest-wins"),
    ("Rafael Advanced Defense Systems", [("Rafael Advanced Defense Systems", "org/rafael", "name")], "longest-over-short"),
    ("roi Mohammed VI", [("roi Mohammed VI", "person/mohammed-vi", "name")], "longest-with-title"),
    ("Mohammed V", [], "roman-numeral-boundary"),
    ("Bladi.net", [("Bladi.net", "org/bladi-net", "name")], "punct-in-alias"),
    ("bladi net", [], "punct-required"),
    ("Iron. Dome", [], "no-match-across-period"),
    ("i24news", [("i24news", "org/i24news", "name")], "letters-digits-case"),
    ("les armées marocaines", [("armées marocaines", "org/royal-armed-forces", "name")], "plural-common-noun"),
    ("les bases aériennes de test", [("bases aériennes de test", "org/agence-x", "name")], "plural-before-preposition"),
    ("les Iron Domes", [], "no-plural-for-proper-names"),
    ("Agence de Logement et d’Équipement Militaire", [("Agence de Logement et d’Équipement Militaire", "org/agence-x", "name")],
     "apostrophe-inside-alias"),
    ("Agence de Logement et d Équipement Militaire", [], "apostrophe-required"),
    ("Georgia", [("Georgia", "loc/georgia-state", "name")], "ambiguous-priority"),
    ("Israel Aerospace Industries", [("Israel Aerospace Industries", "org/israel-aerospace-industries", "name")],
     "longest-over-nested-country"),
    ("", [], "empty"),
    ("selon le Matin du Sahara", [("le Matin du Sahara", "org/le-matin", "name")], "starts-with-common-word"),
    ("selon Le Matin", [("Le Matin", "org/le-matin", "name")], "starts-with-common-word-short"),
    ("le matin, la direction de la défense", [("le matin", "org/le-matin", "name"),
                                               ("la direction de la défense", "org/le-matin", "name")],
     "all-common-words-prefix"),
]


@pytest.mark.parametrize(("text", "expected"), [c[:2] for c in CASES], ids=[c[2] for c in CASES])
def test_matching_rules(gaz: Gazetteer, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    got = gaz.match(text)
    assert [(m.text, m.record.id, m.alias_type) for m in got] == [e for e in expected if e[1] is not None]
    for m in got:
        assert text[m.start:m.end] == m.text


def test_tie_rule_earliest_of_equal_length() -> None:
    # "Tel Aviv" and "Aviv Bat" overlap on "Aviv": same length, the earliest wins; "Bat" then fits
    import json
    import tempfile

    recs = [
        {"id": "loc/tel-aviv", "canonical": "Tel Aviv", "label": "LOC", "kind": "city", "country": "IL",
         "aliases": [], "source": "t"},
        {"id": "loc/aviv-bat", "canonical": "Aviv Bat", "label": "LOC", "kind": "city", "country": "IL",
         "aliases": [], "source": "t"},
        {"id": "loc/bat", "canonical": "Bat", "label": "LOC", "kind": "city", "country": "MA",
         "aliases": [], "source": "t"},
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
        g = Gazetteer.from_files([path])
    got = [(m.text, m.record.id) for m in g.match("Tel Aviv Bat")]
    assert got == [("Tel Aviv", "loc/tel-aviv"), ("Bat", "loc/bat")]
    assert [(m.text, m.record.id) for m in g.match("Aviv Bat")] == [("Aviv Bat", "loc/aviv-bat")]


def test_match_to_entity(gaz: Gazetteer) -> None:
    (m,) = gaz.match("le Barak 8 israélien"[:10])
    assert isinstance(m, GazetteerMatch)
    ent = m.to_entity()
    assert isinstance(ent, Entity)
    assert (ent.start, ent.end, ent.text, ent.label, ent.kind, ent.id, ent.canonical, ent.source) == (
        3, 10, "Barak 8", "WEAPON", "air_defence", "weapon/barak-8", "Barak 8", "gazetteer")
    assert ent.attrs == {"alias": "Barak 8", "alias_type": "name", "country": "IL",
                         "maker": ["org/israel-aerospace-industries", "org/rafael"]}
    (p,) = gaz.match("Benny Gantz")
    assert p.to_entity().attrs["role"] == "ministre de la Défense"
    assert m.to_dict()["id"] == "weapon/barak-8"


@pytest.mark.parametrize("bad", [None, b"Iron Dome", 3, ["Iron Dome"]], ids=["none", "bytes", "int", "list"])
def test_non_str_input_raises(gaz: Gazetteer, bad: object) -> None:
    with pytest.raises(InputTypeError):
        gaz.match(bad)  # type: ignore[arg-type]


def test_access_api(gaz: Gazetteer) -> None:
    assert len(gaz) == 24
    assert "weapon/iron-dome" in gaz and "weapon/nothing" not in gaz
    assert gaz.get("loc/rabat").canonical == "Rabat"  # type: ignore[union-attr]
    assert gaz.get("loc/none") is None
    assert gaz.labels == ("LOC", "ORG", "PERSON", "WEAPON")
    assert [r.id for r in gaz.records()][:2] == ["weapon/iron-dome", "weapon/f-5"]


LOOKUPS = [
    ("Dôme de fer", [("weapon/iron-dome", "Dôme de fer", "name")], "alias"),
    ("dome de FER", [("weapon/iron-dome", "Dôme de fer", "name")], "folded"),
    ("FAR", [("org/royal-armed-forces", "FAR", "name")], "acronym"),
    ("far", [], "acronym-case"),
    ("marocaines", [("loc/morocco", "marocaines", "adjective")], "adjective"),
    ("Georgia", [("loc/georgia-state", "Georgia", "name"), ("loc/georgia-country", "Georgia", "name")], "ambiguous"),
    ("Dôme", [], "partial"),
    ("  ", [], "blank"),
]


@pytest.mark.parametrize(("name", "expected"), [c[:2] for c in LOOKUPS], ids=[c[2] for c in LOOKUPS])
def test_lookup(gaz: Gazetteer, name: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.record.id, m.alias, m.alias_type) for m in gaz.lookup(name)] == expected


def test_load_shipped_is_cached_and_thread_safe() -> None:
    results: list[Gazetteer] = []
    threads = [threading.Thread(target=lambda: results.append(Gazetteer.load())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(g is results[0] for g in results)
    assert Gazetteer.load() is results[0]


def test_load_exclude_and_extra(tmp_path: Path) -> None:
    shipped = Gazetteer.shipped_files()
    assert shipped, "no shipped gazetteer files"
    first = shipped[0][: -len(".jsonl")]
    full = Gazetteer.load()
    fewer = Gazetteer.load(exclude=[first])
    assert len(fewer) < len(full)
    assert not any(r.path.endswith("/" + shipped[0]) for r in fewer.records())
    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"id": "weapon/zz-test-system", "canonical": "Zorglub Mk 3", "label": "WEAPON", '
                     '"kind": "other", "country": "FR", "aliases": [], "source": "test"}\n', encoding="utf-8")
    mine = Gazetteer.load(extra_files=[extra])
    assert len(mine) == len(full) + 1
    assert [m.record.id for m in mine.match("le Zorglub Mk-3")] == ["weapon/zz-test-system"]
    with pytest.raises(InputValueError):
        Gazetteer.load(exclude=["no-such-file"])
    with pytest.raises(InputTypeError):
        Gazetteer.load(exclude="persons")  # type: ignore[arg-type]


def test_long_text_chunks_keep_offsets(gaz: Gazetteer) -> None:
    line = "Le Dôme de fer d'IAI, les F-5 du Maroc et Benny Gantz.\n"
    text = line * 12000  # > one chunk
    got = gaz.match(text)
    assert len(got) == 5 * 12000
    assert all(text[m.start:m.end] == m.text for m in got)
    assert [m.start for m in got] == sorted(m.start for m in got)


ALIASES = ["Iron Dome", "Dôme de fer", "IAI", "FAR", "F-5", "Barak 8", "Maroc", "israéliens", "Tel Aviv",
           "Bladi.net", "Benny Gantz", "armée marocaine", "Royaume du Maroc", "Georgia", "roi Mohammed VI"]
NOISE = st.text(alphabet=st.sampled_from(list("abcdéèFXZ0159 '’-.\u00a0\n,«»ŒœÉ")), max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(ALIASES), NOISE), max_size=25))
def test_offsets_property(gaz: Gazetteer, pieces: list[str]) -> None:
    text = "".join(pieces)
    got = gaz.match(text)
    for m in got:
        assert text[m.start:m.end] == m.text
        assert m.start < m.end
    for a, b in zip(got, got[1:], strict=False):
        assert a.end <= b.start  # sorted, non-overlapping


def test_ambiguous_entity_lists_candidates(gaz: Gazetteer) -> None:
    (m,) = gaz.match("en Georgia")
    assert m.to_entity().attrs["candidates"] == ["loc/georgia-state", "loc/georgia-country"]


def test_line_without_breaks_longer_than_a_chunk(gaz: Gazetteer) -> None:
    text = "le Dôme de fer et IAI, " * 30000  # one line of 690 000 characters, cut at commas
    got = gaz.match(text)
    assert len(got) == 2 * 30000
    assert all(text[m.start:m.end] == m.text for m in got)


PLURALS = [
    ("armée marocaine", "armées marocaines", True, "adjective-agrees"),
    ("base aérienne de test", "bases aériennes de test", True, "stops-at-preposition"),
    ("base aérienne de test", "bases aériennes de tests", False, "after-preposition-unchanged"),
    ("armée marocaine", "armées marocaine", False, "all-words-agree"),
]


@pytest.mark.parametrize(("alias", "text", "found"), [c[:3] for c in PLURALS], ids=[c[3] for c in PLURALS])
def test_plural_rule(gaz: Gazetteer, alias: str, text: str, found: bool) -> None:
    got = [m for m in gaz.match(text) if m.alias == alias]
    assert bool(got) is found


def _reference_match(gaz: Gazetteer, text: str) -> list[tuple[int, int, str]]:
    """Brute force: every token window looked up whole, then global greedy (longest, earliest)."""
    from frdefnlp.gazetteer._norm import SPLIT_RE, fold_keep_lines

    parts = SPLIT_RE.split(text)
    toks = [fold_keep_lines(p) for p in parts[1::2]]
    offs = [0]
    for p in parts:
        offs.append(offs[-1] + len(p))
    cands = []
    for s0 in range(len(toks)):
        for u in range(s0, min(len(toks), s0 + 8)):
            found = gaz._verify(parts, toks, s0, u)
            if found:
                cands.append((offs[2 * s0 + 1], offs[2 * u + 2], found[0].record.id))
    kept: list[tuple[int, int, str]] = []
    for c in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):
        if all(c[1] <= k[0] or c[0] >= k[1] for k in kept):
            kept.append(c)
    return sorted(kept)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(ALIASES + ["Aviv", "Royaume", "du", "Benny", "roi", "Mohammed", "Le Matin", "le",
                                                  "Matin du Sahara", "la Direction de la Défense"]),
                          st.sampled_from([" ", " ", "-", "'", ", ", "\n", "l'", " de "])), max_size=30))
def test_matches_equal_brute_force(gaz: Gazetteer, pieces: list[str]) -> None:
    text = "".join(pieces)
    got = [(m.start, m.end, m.record.id) for m in gaz.match(text)]
    assert got == _reference_match(gaz, text)
