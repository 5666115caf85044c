"""Weapon kinds of issue 11, second wave (sentences written for these tests)."""
from __future__ import annotations

import frdefnlp


def _weapons(text: str) -> list[str]:
    return [e.text for e in frdefnlp.tag(text).entities if e.label == "WEAPON"]


def _labels(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in frdefnlp.tag(text).entities]


def test_a_designation_and_its_own_name_are_one_mention() -> None:
    assert _weapons("La base exploite le CH-149 Cormorant depuis vingt ans.") == [
        "CH-149 Cormorant"]
    assert _weapons("Deux CC-177 Globemaster III se sont posés hier.") == [
        "CC-177 Globemaster III"]
    assert _weapons("L'île aligne des F-16V Viper et des Su-30MKA Flanker.") == [
        "F-16V Viper", "Su-30MKA Flanker"]


def test_an_own_name_stops_at_a_listed_body_and_a_day() -> None:
    labels = _labels("Les F-35 Lockheed Martin arrivent ; les F-16 Mardi aussi.")
    assert ("Lockheed Martin", "ORG") in labels
    assert ("F-35", "WEAPON") in labels and ("F-16", "WEAPON") in labels


def test_slash_and_plus_variants_belong_to_the_designation() -> None:
    assert _weapons("Le HQ-9/BE et les MiG-29M/M2 ont défilé.") == ["HQ-9/BE", "MiG-29M/M2"]
    assert _weapons("Ses F-16 Block 52+ volent encore.") == ["F-16 Block 52+"]
    assert _weapons("Manille a reçu un S-70i de plus.") == ["S-70i"]
    assert _weapons("Ses Type 209/1400mod plongent ; le F-16/F-35 divise.") == [
        "Type 209/1400mod", "F-16", "F-35"]


def test_a_coordinated_number_of_the_same_family_is_a_system() -> None:
    ents = [e for e in frdefnlp.tag("Les Mirage 2000-5 et 2000-9 seront modernisés.").entities
            if e.label == "WEAPON"]
    assert [e.text for e in ents] == ["Mirage 2000-5", "2000-9"]
    assert ents[0].id == ents[1].id
    assert all(frdefnlp.tag("Les Mirage 2000-5 et 2000-9.").text[e.start:e.end] == e.text
               for e in ents)


def test_a_named_programme_is_no_system_where_the_text_says_so() -> None:
    text = "Le programme SCAF prend du retard. Berlin veut que le SCAF vole en 2045."
    assert "SCAF" not in _weapons(text)
    assert _weapons("Le SCAF doit voler en 2045.") == ["SCAF"]
    assert _weapons("Le programme SCAF avance ; le MGCS, lui, est au point mort.") == []


def test_a_hull_named_by_a_naval_task_verb() -> None:
    text = ("Le patrouilleur Sine a quitté Dakar. Au large, il relèvera le Walo, puis la "
            "relève sera assurée. Les chalutiers ont été escortés par le Kayar.")
    weapons = _weapons(text)
    assert "Walo" in weapons and "Kayar" in weapons
    text = ("Deux navires de pêche ont été arraisonnés. À Ziguinchor, le Foundiougne a pris "
            "le relais.")
    assert "Foundiougne" in _weapons(text)


def test_a_naval_task_verb_leaves_bodies_and_texts_without_ships_alone() -> None:
    assert _labels("Au Parlement, le ministre sera remplacé par le Sénat.") == [
        ("Parlement", "ORG"), ("Sénat", "ORG")]
    assert "Kayar" not in _weapons("La réunion a été menée par le Kayar hier.")
    text = ("La frégate a appareillé. L'accord a été remplacé par le Protocole ; le navire a "
            "été escorté par le Tribunal de Toulon.")
    assert _weapons(text) == []


def test_a_truck_maker_counted_or_after_a_vehicle_word_is_its_vehicles() -> None:
    labels = _labels("L'armée a reçu douze camions Tatra et des Kamaz neufs. "
                     "Le constructeur russe Kamaz a confirmé la livraison.")
    assert ("Tatra", "WEAPON") in labels
    assert labels.count(("Kamaz", "WEAPON")) == 1 and ("Kamaz", "ORG") in labels


def test_a_missile_named_like_a_town_after_an_article_or_a_weapon_word() -> None:
    labels = _labels("Les postes de tir Milan seront remplacés ; le Milan a fait son temps. "
                     "L'accord a été conclu à Milan.")
    assert labels.count(("Milan", "WEAPON")) == 2 and labels.count(("Milan", "LOC")) == 1


def test_the_own_name_of_a_designation_alone_elsewhere_is_the_system() -> None:
    text = "Le premier Cormorant rénové est arrivé. Le CH-149 Cormorant sert depuis 2002."
    ents = [e for e in frdefnlp.tag(text).entities if e.label == "WEAPON"]
    assert [e.text for e in ents] == ["Cormorant", "CH-149 Cormorant"]
    assert all(text[e.start:e.end] == e.text for e in ents)


def test_a_hull_that_follows_another_in_a_shipyard_text() -> None:
    text = ("Le chantier naval a livré le premier patrouilleur en mai ; le Ndoffane doit "
            "suivre à l'automne.")
    assert "Ndoffane" in _weapons(text)


def test_a_system_beginning_a_team_or_a_prize_name_is_no_mention() -> None:
    text = ("Le public a applaudi le Rafale Solo Display, puis le Tigre d'Or a été remis à un "
            "équipage de Tigre ; des MiG-29 d'origine soviétique étaient exposés.")
    assert _weapons(text) == ["Tigre", "MiG-29"]


def test_an_own_name_is_no_caption_word_and_a_country_tail_ends_a_variant() -> None:
    assert _weapons("Un Mi-24 Photo d'archives ; des Su-25 Frogfoot.") == [
        "Mi-24", "Su-25 Frogfoot"]
    assert _weapons("Ottawa a cédé des Leopard 2A4M CAN à Kiev.") == ["Leopard 2A4M CAN"]


def test_a_generation_number_after_a_system_belongs_to_it() -> None:
    assert _weapons("Des Huey II ont remplacé les Gazelle.") == ["Huey II", "Gazelle"]


def test_an_acronym_after_a_truck_word_is_its_model() -> None:
    labels = _labels("Le bataillon a perçu des camions TRM et a prêté des camions à l'ONU.")
    assert ("TRM", "WEAPON") in labels and ("ONU", "ORG") in labels


def test_a_list_of_systems_each_after_de() -> None:
    text = "La cadence de livraison de Griffon, de Jaguar et de Caracal reste lente."
    assert _weapons(text) == ["Griffon", "Jaguar", "Caracal"]
    labels = _labels("Le sort de Rafale et de Karim Benali intrigue, comme celui de Rafale et de Lyon.")
    assert ("Karim Benali", "WEAPON") not in labels and ("Lyon", "LOC") in labels
