"""The resolver's candidate rules (frdefnlp.resolver.CANDIDATE_RULES): what decide() used to
patch before the resolver now happens inside Resolver.resolve, and can be switched off."""

from __future__ import annotations

import frdefnlp
from frdefnlp.resolver import CANDIDATE_RULES, Resolver
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
        "without_names_of_ships", "without_vague_counts", "without_counts_in_designations"]


def test_tag_reports_a_vague_count_as_a_candidate() -> None:
    doc = frdefnlp.tag("Des dizaines d'opérations ont été menées.")
    assert not [e for e in doc.entities if e.label == "QUANTITY"]
    assert [c.attrs.get("vague") for c in doc.candidates if c.label == "QUANTITY"] == [True]
