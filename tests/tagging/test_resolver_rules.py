"""The resolver's candidate rules (frdefnlp.resolver.CANDIDATE_RULES): what decide() used to
patch before the resolver now happens inside Resolver.resolve, and can be switched off."""

from __future__ import annotations

import frdefnlp
from frdefnlp.resolver import CANDIDATE_RULES, FINISH_RULES, Resolver
from frdefnlp.tagger import decide
from frdefnlp.types import Entity

TEXT = "Le porte-hélicoptères Gamal Abdel Nasser et des dizaines d'avions Hawk 208 arrivent."


def _candidates() -> list[Entity]:
    def span(s: str, label: str, **kw) -> Entity:
        i = TEXT.index(s)
        return Entity(i, i + len(s), s, label, **kw)

    return [
        span("Gamal Abdel Nasser", "WEAPON", source="context", attrs={"named_after": "per/x"}),
        span("Gamal Abdel Nasser", "PERSON", source="gazetteer"),
        span("Abdel Nasser", "PERSON", source="context"),
        span("dizaines d'avions", "QUANTITY", source="pattern", attrs={"vague": True}),
        span("Hawk 208", "WEAPON", source="context"),
        span("208 arrivent", "QUANTITY", source="pattern"),
    ]


def test_default_rules_decide_namesakes_vague_counts_and_counts_in_designations() -> None:
    kept, dropped = Resolver().resolve(_candidates())
    assert [(e.text, e.label) for e in kept] == [
        ("Gamal Abdel Nasser", "WEAPON"), ("Hawk 208", "WEAPON")]
    # the vague count is reported, after the overlaps' losers; the namesakes and the count
    # cut out of a designation are no mention at all: not reported
    assert [(e.text, e.label) for e in dropped] == [("dizaines d'avions", "QUANTITY")]


def test_without_rules_the_overlaps_alone_decide() -> None:
    kept, dropped = Resolver(rules=()).resolve(_candidates())
    # the gazetteer PERSON ties the ship's span and wins on source priority
    assert ("Gamal Abdel Nasser", "PERSON") in [(e.text, e.label) for e in kept]
    assert ("dizaines d'avions", "QUANTITY") in [(e.text, e.label) for e in kept]
    # the count reading "208 arrivent" is longer than "Hawk 208" and wins
    assert sorted((e.text, e.label) for e in dropped) == [
        ("Abdel Nasser", "PERSON"), ("Gamal Abdel Nasser", "WEAPON"), ("Hawk 208", "WEAPON")]


def test_rules_are_ordered_and_public() -> None:
    assert [r.__name__ for r in CANDIDATE_RULES] == [
        "counts_of_systems", "without_names_of_ships", "without_vague_counts",
        "without_counts_in_designations"]
    assert [r.__name__ for r in FINISH_RULES] == [
        "join_repeated_names", "join_designations", "nationality_from_titles"]


def test_tag_reports_a_vague_count_as_a_candidate() -> None:
    doc = frdefnlp.tag("Des dizaines d'opérations ont été menées.")
    assert not [e for e in doc.entities if e.label == "QUANTITY"]
    assert [c.attrs.get("vague") for c in doc.candidates if c.label == "QUANTITY"] == [True]


COUNTED = "Séoul livrera 180 K2 et 12 Zorbax-9 à Varsovie."


def _counts() -> list[Entity]:
    def count(s: str, noun: str, value: float) -> Entity:
        i = COUNTED.index(s)
        return Entity(i, i + len(s), s, "QUANTITY", kind="count", source="pattern",
                      value={"value": value, "noun": noun})

    k2 = COUNTED.index("K2")
    return [count("180 K2", "K2", 180.0), count("12 Zorbax-9", "Zorbax-9", 12.0),
            Entity(k2, k2 + 2, "K2", "WEAPON", kind="tank", source="gazetteer", id="weapon/k2")]


def test_a_count_of_an_unlisted_designation_gives_way_to_the_system() -> None:
    """The resolver's first rule (was tagger._systems_counted): the count of a listed system
    loses the overlap; the count of an unlisted one becomes a WEAPON with its count."""
    kept, dropped = Resolver().resolve(_counts())
    assert [(e.text, e.label, e.source, e.attrs.get("count")) for e in kept] == [
        ("K2", "WEAPON", "gazetteer", None), ("Zorbax-9", "WEAPON", "context", 12.0)]
    assert [(e.text, e.label) for e in dropped] == [("180 K2", "QUANTITY"), ("12 Zorbax-9", "QUANTITY")]
    kept, _ = Resolver(rules=()).resolve(_counts())
    assert ("12 Zorbax-9", "QUANTITY") in [(e.text, e.label) for e in kept]


JOINED = "Le président serbe Milo Vardek a vu les Apache AH-64E."


def _named() -> tuple[list[Entity], list[Entity]]:
    def span(s: str, label: str, **kw) -> Entity:
        i = JOINED.index(s)
        return Entity(i, i + len(s), s, label, **kw)

    return ([span("Milo Vardek", "PERSON", source="context", attrs={"role": "président"}),
             span("Apache", "WEAPON", source="gazetteer", id="weapon/ah-64"),
             span("AH-64E", "WEAPON", source="gazetteer", id="weapon/ah-64")],
            [span("serbe", "LOC", source="gazetteer", attrs={"alias_type": "adjective",
                                                             "country": "RS"})])


def test_finishing_rules_join_one_systems_names_and_lend_a_titles_nationality() -> None:
    candidates, adjectives = _named()
    kept, dropped = decide(JOINED, candidates, adjectives, Resolver())
    assert [(e.text, e.attrs.get("country")) for e in kept] == [
        ("Milo Vardek", "RS"), ("Apache AH-64E", None)]
    assert [e.text for e in dropped] == ["AH-64E"]
    # without the text, or with finish=(), the decided entities are left as they are
    for kept, dropped in (Resolver().resolve(candidates, aside=adjectives),
                          Resolver(finish=()).resolve(candidates, text=JOINED, aside=adjectives)):
        assert [(e.text, e.attrs.get("country")) for e in kept] == [
            ("Milo Vardek", None), ("Apache", None), ("AH-64E", None)]
        assert dropped == []
