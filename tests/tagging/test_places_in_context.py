"""Towns and landmarks told by their context (issue 11, places2): towns after direction words,
motion verbs and in lists after a place; districts opened by a place word; natural features with
their head; landmarks with a capitalised head; sentence-opening nouns before a person; streets
with a glued initial. Sentences written for these tests (real towns, invented people)."""

from __future__ import annotations

import time

import pytest

from frdefnlp import tag


def _ents(text: str, label: str | None = None) -> list[str]:
    doc = tag(text)
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in doc.entities if label is None or e.label == label]


@pytest.mark.parametrize("text, town", [
    ("La patrouille a quitté Mokolo pour Kousseri avant la nuit.", "Mokolo"),
    ("La patrouille a quitté Mokolo pour Kousseri avant la nuit.", "Kousseri"),
    ("Les camions partis de Bamako roulent depuis hier vers Tougué.", "Tougué"),
    ("Des renforts sont attendus à Dosso, Torodi et Bosso dès lundi.", "Torodi"),
    ("Des renforts sont attendus à Dosso, Torodi et Bosso dès lundi.", "Bosso"),
    ("Une escorte partie de Kolokani vers Nioro a été retardée.", "Kolokani"),
])
def test_a_town_after_a_motion_or_list_cue_is_a_place(text: str, town: str) -> None:
    assert town in _ents(text, "LOC")
    assert town not in _ents(text, "PERSON")


def test_a_person_after_a_place_list_join_stays_a_person() -> None:
    text = "Réunis à Dakar, Moussa Diop et Awa Ndiaye ont signé le texte."
    persons = _ents(text, "PERSON")
    assert "Moussa Diop" in persons and "Awa Ndiaye" in persons


@pytest.mark.parametrize("text, place", [
    ("Les habitants de Bab Ezzouar se plaignent du bruit.", "Bab Ezzouar"),
    ("La piste de Bordj Badji Mokhtar a été rouverte.", "Bordj Badji Mokhtar"),
    ("Des tirs ont visé Deir ez-Zor dans la nuit.", "Deir ez-Zor"),
    ("Les bergers fuient vers les monts Aïr depuis l'été.", "monts Aïr"),
    ("Les crues menacent le delta central du Niger cette année.", "delta central du Niger"),
    ("La cérémonie se tiendra au Palais de la Culture samedi.", "Palais de la Culture"),
])
def test_a_place_word_or_a_feature_head_makes_one_place(text: str, place: str) -> None:
    assert place in _ents(text, "LOC")
    assert not [p for p in _ents(text, "PERSON") if p in place]


def test_a_headline_ending_on_a_district_does_not_take_the_next_line() -> None:
    text = "Alger : les travaux commencent à Bab Ezzouar\n\nLes riverains sont inquiets."
    assert "Bab Ezzouar" in _ents(text, "LOC")


def test_a_street_keeps_a_glued_initial() -> None:
    text = "La rue Ahmed Ben M'barek sera fermée à la circulation pendant deux mois."
    assert "rue Ahmed Ben M'barek" in _ents(text, "LOC")


def test_an_opening_noun_and_de_stay_out_of_a_person() -> None:
    text = ("Qui paiera les travaux ? Réponse de Samira Bouazza, directrice du budget : "
            "« l'État ». Samira Bouazza a rappelé les délais.")
    persons = _ents(text, "PERSON")
    assert "Samira Bouazza" in persons
    assert not [p for p in persons if p.startswith("Réponse")]


def test_long_pages_with_many_cues_stay_fast() -> None:
    text = ("Le convoi a quitté Mokolo pour Kousseri, puis vers Tougué, Dosso et Bosso ; "
            "les monts Aïr et Bab Ezzouar restent calmes. ") * 400
    t0 = time.perf_counter()
    doc = tag(text)
    assert doc.entities
    assert time.perf_counter() - t0 < 20


def test_a_state_word_with_an_adjective_describes_a_country() -> None:
    text = ("Le contrat garantit l'avance de l'État hébreu ; la République tchèque et le "
            "Royaume-Uni observent.")
    places = _ents(text, "LOC")
    assert "État hébreu" not in places
    assert "République tchèque" in places and "Royaume-Uni" in places


def test_a_word_no_list_knows_between_entre_and_et_is_a_place_but_not_a_feast() -> None:
    text = "Les patrouilles circulent entre Tessit et Inékar. Les prix montent depuis Noël."
    places = _ents(text, "LOC")
    assert "Tessit" in places and "Inékar" in places
    assert "Noël" not in places


@pytest.mark.parametrize("text, word", [
    ("Il a quitté Zentarix pour rejoindre le groupe en 2019.", "Zentarix"),
    ("L'usine est à Toulouse et Zentarix veut la fermer.", "Zentarix"),
])
def test_an_unknown_firm_after_a_motion_verb_or_a_clause_join_is_no_place(text: str,
                                                                           word: str) -> None:
    assert word not in _ents(text, "LOC")
