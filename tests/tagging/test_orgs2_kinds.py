"""Organisation kinds of the second ORG pass (issue 11, probe_orgs2): bodies, parties, armed
groups and media the press names with no cue word (gazetteer records with sources), media whose
name starts with its article, and official names whose complement ends on lower-case
adjectives. Sentences are written for the test; no string comes from a measuring set.
"""

from __future__ import annotations

import pytest

from frdefnlp import tag


def _names(text: str, label: str = "ORG") -> list[str]:
    doc = tag(text)
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    return [e.text for e in doc.entities if e.label == label]


@pytest.mark.parametrize("text,name", [
    ("Les députés de la Coalition avenir Québec ont voté contre le budget.", "Coalition avenir Québec"),
    ("Au Parlement, le Nouveau Parti démocratique exige un débat.", "Nouveau Parti démocratique"),
    ("Les combattants des Forces démocratiques alliées ont attaqué un village.",
     "Forces démocratiques alliées"),
    ("Proparco accorde un prêt au chantier de Kribi.", "Proparco"),
    ("Les rebelles du M23 contrôlent désormais la route.", "M23"),
    ("Le Potentiel rapporte que les rebelles ont reculé.", "Le Potentiel"),
])
def test_listed_bodies_parties_and_groups(text: str, name: str) -> None:
    assert name in " | ".join(_names(text))


def test_a_media_name_with_its_article_is_matched_with_its_capitals_only() -> None:
    assert "Le Pays" in _names("Selon Le Pays, les soldats ont été relevés.")
    assert _names("Le pays a reçu trois hélicoptères.") == []
