"""Industrial wordings (events2): a plant a state "se dote de" is no arms purchase, "cède la
fabrication" sells nothing, relocated or relaunched production, heavy maintenance, future
passive production. Sentences written for these tests."""

from __future__ import annotations

import pytest

from frdefnlp.extraction import events


def _types(text: str) -> list[str]:
    return sorted(e.type for e in events(text))


@pytest.mark.parametrize("text", [
    "Le Togo va se doter d'une usine de munitions à Lomé, en partenariat avec le belge "
    "FN Herstal.",
    "Le Gabon s'est doté d'une unité d'assemblage de drones à Libreville avec le turc Baykar.",
])
def test_a_plant_one_gets_is_industry_not_a_purchase(text):
    assert _types(text) == ["INDUSTRY"]


def test_ceding_the_manufacture_sells_nothing():
    assert "ARMS_TRANSFER" not in _types(
        "Le groupe Naval Group cède la fabrication des corvettes Gowind au chantier de "
        "Varna.")


@pytest.mark.parametrize("text,place", [
    ("Le poudrier Eurenco a relancé à Sorgues la production de poudre pour obus.", "Sorgues"),
    ("Le groupe Nexter a relocalisé à Tarbes sa production de munitions.", "Tarbes"),
    ("Le groupe Sabca a confié à son site de Lummen la maintenance lourde des avions F-16.",
     "Lummen"),
    ("Les munitions seront fabriquées à Pont-de-Buis par le groupe Nobelsport.",
     "Pont-de-Buis"),
])
def test_production_wordings(text, place):
    ev = next(e for e in events(text) if e.type == "INDUSTRY")
    assert place in [e.text for e in ev.slots.get("place", ())]


@pytest.mark.parametrize("text,place", [
    ("Le Niger va commencer à produire des munitions, a annoncé le ministre.", "Niger"),
    ("Le site de Tiaret produit désormais des camions militaires, en partenariat avec un "
     "groupe allemand.", "Tiaret"),
    ("Le Tchad veut fabriquer ses propres blindés.", "Tchad"),
])
def test_producing_verbs_with_a_defence_product(text, place):
    ev = next(e for e in events(text) if e.type == "INDUSTRY")
    assert place in [e.text for e in ev.slots.get("place", ())]


def test_company_settling_then_plant_by_anaphora_is_one_project():
    evs = [e for e in events("Drones : Baykar s'installe au Maroc\n\nLe constructeur turc va "
                             "ouvrir une usine à Benslimane, qui emploiera 500 personnes.")
           if e.type == "INDUSTRY"]
    assert len(evs) == 1
    assert [e.text for e in evs[0].slots["companies"]] == ["Baykar"]
    assert "Benslimane" in [e.text for e in evs[0].slots["place"]]


def test_plant_noun_inside_a_verbal_trigger_is_the_facility():
    ev = next(e for e in events("Le groupe Milkor va ouvrir une usine à Kenitra.")
              if e.type == "INDUSTRY")
    assert [e.text for e in ev.slots["facility"]] == ["usine"]


def test_agreement_to_produce_radars_is_also_industry():
    types = sorted(e.type for e in events("Le groupe Thales et Ukroboronprom ont signé un accord "
                                          "pour produire des radars en Ukraine."))
    assert types == ["AGREEMENT", "INDUSTRY"]
