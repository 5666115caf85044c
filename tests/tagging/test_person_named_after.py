"""Persons that are no persons (issue 11): a name right after a place or a thing named after
someone ("le camp X", "la base aérienne 118 Colonel Y", "l'aéroport Mohammed V", "le NCSM
Z"), and a capitalised place after a title's "au" ("l'ambassadeur de France au Grand Palais").

Every person and place below is invented for the test, except public names of kings.
"""

from __future__ import annotations

import pytest

from frdefnlp import tag
from frdefnlp._text import fold
from frdefnlp.names import _named_after_head


def _ents(text: str, label: str | None = None) -> list[tuple[str, str]]:
    doc = tag(text)
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    return [(e.text, e.label) for e in doc.entities if label is None or e.label == label]


@pytest.mark.parametrize(("words", "head"), [
    ("le camp", 1),
    ("la base aérienne 118", 1),
    ("l' hôpital central de l' armée", 1),
    ("l' aéroport international", 1),
    ("le NCSM", 1),
    ("le camp a accueilli", -1),  # a verb ends the walk: the name is the subject's object
    ("le capitaine", -1),
    ("le camp de la de la de la", -1),  # at most five words between
])
def test_the_head_of_a_place_named_after_someone(words: str, head: int) -> None:
    folded = [fold(w) for w in words.split()] + ["x"]
    assert _named_after_head(folded, len(folded) - 1, 0) == head


def test_a_guessed_name_after_a_camp_is_the_camps_name() -> None:
    text = "Les blindés ont rejoint le camp Boukary Zerbo, au nord de la capitale."
    ents = _ents(text)
    assert ("camp Boukary Zerbo", "LOC") in ents
    assert not _ents(text, "PERSON")
    # the same name as a person is still one
    assert ("Boukary Zerbo", "PERSON") in _ents(
        "Le capitaine Boukary Zerbo a inspecté les blindés au camp.")


def test_a_title_after_a_numbered_air_base_or_a_hospital_is_no_persons_cue() -> None:
    assert not _ents("La base aérienne 207 Colonel Évariste Morlan accueille les "
                     "nouveaux avions.", "PERSON")
    assert not _ents("L'hôpital militaire Reine Mathilde de Villebrune recrute des "
                     "infirmiers.", "PERSON")
    assert ("Évariste Morlan", "PERSON") in _ents(
        "Le colonel Évariste Morlan commande la base aérienne 207.")


def test_a_listed_person_after_an_airport_is_the_airports_name() -> None:
    ents = _ents("Les délégations ont atterri à l'aéroport Mohammed V jeudi.")
    assert ("aéroport Mohammed V", "LOC") in ents
    assert ("Mohammed V", "PERSON") not in ents
    assert ("Mohammed V", "PERSON") in _ents("Le roi Mohammed V a reçu les délégations.")


def test_a_name_after_a_ship_prefix_is_no_person() -> None:
    text = "Le NCSM Lucienne Carvel a quitté le port lundi avec son équipage."
    assert not _ents(text, "PERSON")


def test_a_capitalised_place_after_a_titles_au_is_no_person() -> None:
    text = "Le ministre a reçu l'ambassadeur de France au Grand Palais mardi."
    assert not _ents(text, "PERSON")
    assert ("Hélène Darcourt", "PERSON") in _ents(
        "L'ambassadrice de France Hélène Darcourt a reçu le ministre mardi.")


def test_a_name_after_an_exercise_word_is_no_person() -> None:
    text = "L'exercice Gaspard Olmedo 2026 a réuni trois marines au large."
    assert not _ents(text, "PERSON")


def test_a_titles_domain_word_before_a_given_name_is_no_part_of_the_name() -> None:
    ents = _ents("Le Président de la République Aurélien Marchetti a reçu le ministre.", "PERSON")
    assert ents == [("Aurélien Marchetti", "PERSON")]
    ents = _ents("L'émir de Zamfara Ibrahim Garbadi a reçu le ministre.", "PERSON")
    assert ents == [("Ibrahim Garbadi", "PERSON")]
    # a particle name keeps its "de"-less first word when no given name follows it
    assert ("Lattre de Tassigny", "PERSON") in _ents(
        "Le général de Lattre de Tassigny a débarqué en Provence.")
