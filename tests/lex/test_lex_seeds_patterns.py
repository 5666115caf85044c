"""PatternTagger on the five seed pages: every MONEY/DATE/QUANTITY mention we read by hand."""

from __future__ import annotations

import pytest

from frdefnlp.errors import InputTypeError
from frdefnlp.patterns import PatternTagger, select_longest
from frdefnlp.types import Entity

S0, S1, S2, S3, S4 = (
    "000_86cfde2a48bb7c31.txt",
    "001_90e343f34dc91645.txt",
    "002_69bc718e9d0fab21.txt",
    "003_1e0087e37c6009fe.txt",
    "004_b1ef7e51ea3cf8c8.txt",
)
# Document dates: 000 and 004 carry none; 001 says 'Publié ... le 25 - 11 - 2021'; 002 starts
# with 'date 2021-11'; 003 with '19 juillet 2022'.
DOC_DATES = {S0: None, S1: "2021-11-25", S2: "2021-11", S3: "2022-07-19", S4: None}

# seed, label, span, (value key, expected) pairs
SEED_CASES = [
    (S0, "MONEY", "500.000 dollars", {"amount": 5e5, "currency": "USD", "qualifier": "approx"}),
    (S0, "MONEY", "60.000 dollars", {"amount": 6e4, "currency": "USD", "qualifier": None}),
    (S0, "DATE", "24 et 25 novembre prochains", {"precision": "day", "resolved": False, "month": 11, "day": 24, "end_day": 25}),
    (S0, "DATE", "la semaine prochaine", {"precision": "week", "iso": None, "resolved": False}),
    (S0, "DATE", "décembre dernier", {"precision": "month", "iso": None, "month": 12}),
    (S0, "DATE", "début du mois dernier", {"precision": "part_of_month", "part": "early", "iso": None}),
    (S0, "QUANTITY", "trois lanceurs", {"value": 3, "noun": "lanceurs"}),
    (S0, "QUANTITY", "20 missiles", {"value": 20, "noun": "missiles"}),
    (S0, "QUANTITY", "de 4 à 70 km", {"value": 4, "value_max": 70, "unit": "km"}),
    (S0, "QUANTITY", "100.000 habitants", {"value": 100000, "noun": "habitants"}),
    (S1, "MONEY", "des centaines de millions de dollars", {"amount": 1e8, "amount_max": 1e9, "qualifier": "hundreds_of", "currency": "USD"}),
    (S1, "DATE", "25 - 11 - 2021", {"iso": "2021-11-25", "precision": "day", "resolved": True}),
    (S1, "DATE", "20 février 2027", {"iso": "2027-02-20", "precision": "day"}),
    (S1, "DATE", "jeudi", {"iso": "2021-11-25", "precision": "day"}),
    (S1, "QUANTITY", "400.000 personnes", {"value": 400000, "noun": "personnes"}),
    (S1, "QUANTITY", "157 mosquées", {"value": 157, "noun": "mosquées"}),
    (S1, "QUANTITY", "100 %", {"value": 100, "unit": "%"}),
    (S1, "QUANTITY", "des dizaines d'opérations", {"value": 10, "value_max": 100, "qualifier": "tens_of"}),
    (S2, "DATE", "2021-11", {"iso": "2021-11", "precision": "month"}),
    (S2, "DATE", "mardi 23 novembre", {"iso": "2021-11-23", "precision": "day", "resolved": True}),
    (S3, "DATE", "19 juillet 2022", {"iso": "2022-07-19", "precision": "day"}),
    (S3, "DATE", "lundi", {"iso": "2022-07-18", "precision": "day"}),
    (S3, "DATE", "2020", {"iso": "2020", "precision": "year"}),
    (S3, "DATE", "décembre 2020", {"iso": "2020-12", "precision": "month"}),
    (S3, "DATE", "mars", {"iso": "2022-03", "precision": "month"}),
    (S3, "DATE", "la semaine prochaine", {"iso": "2022-07-25", "end": "2022-07-31", "precision": "week"}),
    (S3, "DATE", "cette année", {"iso": "2022", "precision": "year"}),
    (S3, "MONEY", "500 millions de dollars", {"amount": 5e8, "currency": "USD"}),
    (S3, "QUANTITY", "trois jours", {"value": 3, "unit": "day"}),
    (S3, "QUANTITY", "34 %", {"value": 34, "unit": "%"}),
    (S4, "DATE", "Début août", {"precision": "part_of_month", "part": "early", "month": 8, "resolved": False}),
    (S4, "DATE", "mars dernier", {"precision": "month", "month": 3, "resolved": False}),
    (S4, "DATE", "13 août", {"precision": "day", "month": 8, "day": 13, "resolved": False}),
    (S4, "DATE", "novembre 2021", {"iso": "2021-11", "precision": "month", "resolved": True}),
    (S4, "MONEY", "100 millions de dollars", {"amount": 1e8, "currency": "USD", "qualifier": "more_than"}),
]


@pytest.fixture(scope="module")
def found(seeds: dict[str, str]) -> dict[str, list[Entity]]:
    tagger = PatternTagger()
    return {name: tagger.find(text, doc_date=DOC_DATES[name]) for name, text in seeds.items()}


@pytest.mark.parametrize(
    "seed, label, span, expected",
    [pytest.param(*c, id=f"{c[0][:3]}-{c[1]}-{c[2]}") for c in SEED_CASES],
)
def test_seed_mention(found: dict[str, list[Entity]], seed: str, label: str, span: str, expected: dict) -> None:
    hits = [e for e in found[seed] if e.text == span]
    assert hits, f"{span!r} not found"
    e = hits[0]
    assert e.label == label and e.source == "pattern"
    for k, x in expected.items():
        if isinstance(x, float):
            assert e.value[k] == pytest.approx(x), k
        else:
            assert e.value[k] == x, k


def test_seed_004_money_is_the_only_money(found: dict[str, list[Entity]]) -> None:
    assert [e.text for e in found[S4] if e.label == "MONEY"] == ["100 millions de dollars"]


def test_seed_004_with_doc_date_resolves(seeds: dict[str, str]) -> None:
    ents = {e.text: e for e in PatternTagger().find(seeds[S4], doc_date="2025-09-10")}
    assert ents["Début août"].value["iso"] == "2025-08"
    assert ents["mars dernier"].value["iso"] == "2025-03"
    assert ents["13 août"].value["iso"] == "2025-08-13"


def test_seed_000_with_doc_date_resolves(seeds: dict[str, str]) -> None:
    ents = {e.text: e for e in PatternTagger().find(seeds[S0], doc_date="2021-11-20")}
    assert (ents["24 et 25 novembre prochains"].value["iso"], ents["24 et 25 novembre prochains"].value["end"]) == ("2021-11-24", "2021-11-25")
    assert ents["la semaine prochaine"].value["iso"] == "2021-11-22"
    assert ents["décembre dernier"].value["iso"] == "2020-12"


def test_seed_results_sorted_non_overlapping(found: dict[str, list[Entity]], seeds: dict[str, str]) -> None:
    for name, ents in found.items():
        text = seeds[name]
        for e in ents:
            assert text[e.start : e.end] == e.text
        assert all(a.end <= b.start for a, b in zip(ents, ents[1:], strict=False))


def test_no_year_counted_as_quantity(found: dict[str, list[Entity]]) -> None:
    for ents in found.values():
        for e in ents:
            if e.label == "QUANTITY" and e.value["noun"] is None and e.value["unit"] is None:
                pytest.fail(f"bare number tagged: {e.text!r}")
            if e.label == "QUANTITY":
                assert not (1900 <= e.value["value"] <= 2100 and e.kind == "count" and e.text[:4].isdigit())


def _ent(s: int, e: int, label: str) -> Entity:
    return Entity(start=s, end=e, text="x" * (e - s), label=label, source="pattern")


def test_select_longest_rule() -> None:
    kept = select_longest([_ent(0, 5, "QUANTITY"), _ent(0, 8, "MONEY"), _ent(6, 10, "DATE"), _ent(10, 12, "DATE"),
                           _ent(10, 12, "QUANTITY")])
    assert [(e.start, e.end, e.label) for e in kept] == [(0, 8, "MONEY"), (10, 12, "DATE")]


def test_tagger_options_and_labels() -> None:
    t = PatternTagger(money=False, quantities=False)
    assert t.labels == ("DATE",)
    assert [e.label for e in t.find("500.000 dollars le 13 août 2021")] == ["DATE"]


@pytest.mark.parametrize("value", [None, b"x", 3], ids=["none", "bytes", "int"])
def test_tagger_bad_input(value: object) -> None:
    with pytest.raises(InputTypeError):
        PatternTagger().find(value)  # type: ignore[arg-type]


def test_tagger_empty() -> None:
    assert PatternTagger().find("") == []
    assert PatternTagger().find("", doc_date="2021-11-25") == []
