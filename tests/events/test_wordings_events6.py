"""VISIT and INDUSTRY trigger wordings (events6): trips told as a "périple", a port call, a
flight, an invitation or an audience granted; visitors named by a long office phrase;
attendance words that make a visit only abroad; a company's new office or subsidiary, joint
companies, export licences, maintenance work, joint production, a plant whose place is told in
the next sentence. Sentences written for these tests (names invented or public, facts
invented)."""

from __future__ import annotations

import pytest
from event_helpers import one, slot_texts

from frdefnlp.extraction import events


def _of(text: str, etype: str) -> list:
    return [e for e in events(text) if e.type == etype]


@pytest.mark.parametrize("text,visitor,host", [
    ("Le chef d'état-major de l'armée de l'air ghanéenne, le général Kofi Mensah, a entamé "
     "jeudi un périple qui le mène à Lomé.", "Kofi Mensah", "Lomé"),
    ("Le contre-amiral brésilien Paulo Ribeiro a fait escale mardi à Luanda à bord du navire "
     "école.", "Paulo Ribeiro", "Luanda"),
    ("Le ministre libérien de la Défense, Daniel Ziankahn, s'est envolé dimanche pour "
     "Pékin.", "Daniel Ziankahn", "Pékin"),
    ("Le général camerounais René Claude Meka a été l'invité de son homologue gabonais à "
     "Libreville.", "René Claude Meka", "Libreville"),
    ("Le ministre guinéen de la Défense, Aboubacar Sidiki Camara, a pris part lundi à Abuja à "
     "une réunion des ministres de la CEDEAO.", "Aboubacar Sidiki Camara", "Abuja"),
    ("Le chef d'état-major des armées rwandaises, le général Jean Mugisha, est l'hôte du "
     "Burundi depuis mardi.", "Jean Mugisha", "Burundi"),
])
def test_visit_wordings(text, visitor, host):
    ev = one(text, "VISIT")
    assert visitor in slot_texts(ev, "visitor")
    assert host in slot_texts(ev, "host")


def test_an_office_country_complement_gives_the_visitor_his_country():
    # attendance words need a host of another stated country: here the office's "du Togo"
    ev = one("Le ministre de la Défense du Togo, Yawo Agbenu, a pris part au salon de la "
             "sécurité à Dakar.", "VISIT")
    assert slot_texts(ev, "visitor") == ["Yawo Agbenu"]
    assert "Dakar" in slot_texts(ev, "host")


def test_an_audience_granted_receives_the_visitor():
    ev = one("Le ministre béninois de la Défense, Fortunat Kouassi, a accordé une audience au "
             "général britannique Henry Ward.", "VISIT")
    assert slot_texts(ev, "visitor") == ["Henry Ward"]
    assert "Fortunat Kouassi" in slot_texts(ev, "host")


@pytest.mark.parametrize("text,visitor,host", [
    ("Le chef d'état-major de l'armée de terre espagnole a effectué sa première visite au "
     "Cameroun.", "espagnole", "Cameroun"),
    ("Le ministre de la Défense du Tchad a échangé avec son homologue nigérien lors de sa "
     "visite à Niamey.", "Tchad", "Niamey"),
])
def test_a_visitor_named_by_a_long_office_phrase_takes_its_country(text, visitor, host):
    ev = one(text, "VISIT")
    visitors = slot_texts(ev, "visitor")
    assert len(visitors) == 1 and visitors[0].endswith(visitor)  # "armée de terre espagnole"
    assert host in slot_texts(ev, "host")


@pytest.mark.parametrize("text", [
    "Le ministre sénégalais des Forces armées a pris part au conseil des ministres à Dakar.",
    "Le général Oumar Diarra a pris part à la cérémonie de fin de formation à Kati.",
    "Le ministre ivoirien de la Défense se trouve à Bouaké où il suit les opérations.",
])
def test_attendance_at_home_or_of_no_known_country_is_no_visit(text):
    assert _of(text, "VISIT") == []


@pytest.mark.parametrize("text,company,place", [
    ("Le groupe turc Aselsan a ouvert un bureau régional à Mombasa.", "Aselsan", "Mombasa"),
    ("Le constructeur Thales a inauguré les nouveaux locaux de sa filiale kényane à Mombasa.",
     "Thales", "Mombasa"),
    ("Le fabricant Paramount a créé une société conjointe avec un partenaire local à Lusaka.",
     "Paramount", "Lusaka"),
    ("Le groupe Embraer et le fonds public angolais vont produire ensemble des avions "
     "à Luanda.", "Embraer", "Luanda"),
    ("Le chantier Ocea a obtenu la licence d'exportation de ses patrouilleurs construits aux "
     "Sables-d'Olonne.", "Ocea", "Sables-d'Olonne"),
    ("Le groupe américain General Atomics va ouvrir un centre d'excellence à Oujda.",
     "General Atomics", "Oujda"),
    ("Le groupe suédois Saab a cédé sa division de munitions au finlandais Nammo, qui "
     "l'exploite à Karlskoga.", "Saab", "Karlskoga"),
])
def test_industry_wordings(text, company, place):
    ev = one(text, "INDUSTRY")
    assert company in slot_texts(ev, "companies")
    assert any(place in p for p in slot_texts(ev, "place"))


def test_a_fabrique_noun_is_a_plant():
    ev = one("Le gouvernement nigérien a inauguré une fabrique de munitions à Dosso.", "INDUSTRY")
    assert "Dosso" in slot_texts(ev, "place")


def test_a_plant_named_before_its_town():
    ev = one("L'usine Kobra de Ngaoundéré a livré ses premiers véhicules tactiques aux armées "
             "camerounaises.", "INDUSTRY")
    assert slot_texts(ev, "place") == ["Ngaoundéré"]


def test_a_plant_whose_place_is_told_in_the_next_sentence():
    ev = one("Le groupe sud-coréen Hanwha va construire une usine de munitions. Le site sera "
             "implanté à Kenitra, au nord de Rabat.", "INDUSTRY")
    assert slot_texts(ev, "companies") == ["Hanwha"]
    assert "Kenitra" in slot_texts(ev, "place")


def test_a_plant_sentence_does_not_lend_its_company_past_a_paragraph():
    assert _of("Le groupe sud-coréen Hanwha va construire une usine de munitions.\n\n"
               "Le site sera implanté à Kenitra.", "INDUSTRY") == []


@pytest.mark.parametrize("text", [
    "Le Maroc a obtenu une licence d'exportation pour des drones israéliens.",
    "La mission militaire de l'Union européenne au Niger a pris fin.",
    "L'armée nigérienne a ouvert un centre de commandement à Tillabéri.",
    "Le groupe Safran s'associe à l'université de Poitiers pour former des ingénieurs.",
    "Le bâtiment, construit en Corée du Sud par le chantier HD Hyundai, rejoint la marine "
    "philippine.",
])
def test_no_industry_without_a_company_or_a_plant(text):
    assert _of(text, "INDUSTRY") == []
