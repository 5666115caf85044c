"""Gift and reception wordings of the Sahelian and West African press (events2): a gift named
as the object of a verb of receiving or refusing, "reçu de X", passive receptions "réceptionné
par X", "des mains de", "offert(e)s par", a "dotation". Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import slot_texts as _texts
from event_helpers import transfer as _transfer

from frdefnlp.extraction import events


@pytest.mark.parametrize("text,recipient,supplier,status", [
    ("Le Burundi a bénéficié d'un don de quatre vedettes de la part de la Belgique.",
     "Burundi", "Belgique", "delivered"),
    ("La Guinée a reçu un don de douze camions militaires du Japon.", "Guinée", "Japon",
     "delivered"),
    ("Le Soudan a refusé un don de blindés de la Russie.", "Soudan", "Russie", "denied"),
    ("Le Cameroun a accepté le don de deux hélicoptères de la Chine.", "Cameroun", "Chine",
     "delivered"),
])
def test_gift_object_of_a_verb_of_receiving(text, recipient, supplier, status):
    ev = _transfer(text)
    assert _texts(ev, "recipient") == [recipient]
    assert _texts(ev, "supplier") == [supplier]
    assert ev.status == status


@pytest.mark.parametrize("text,supplier", [
    ("Le Gabon a reçu de l'Espagne six pick-up militaires.", "Espagne"),
    ("Le Gabon a reçu jeudi de l'Espagne un lot de six pick-up militaires.", "Espagne"),
    ("Le Gabon a reçu deux avions de transport de l'Italie.", "Italie"),
    ("Le Gabon a réceptionné des mains de l'ambassadeur du Japon six camions militaires.",
     "Japon"),
])
def test_giver_after_reception_verb(text, supplier):
    ev = _transfer(text)
    assert _texts(ev, "recipient") == ["Gabon"]
    assert _texts(ev, "supplier") == [supplier]


def test_office_complement_after_reception_is_no_supplier():
    ev = _transfer("Six camions militaires ont été réceptionnés par le ministre de la Défense "
                   "du Gabon.")
    assert "Gabon" not in _texts(ev, "supplier")


def test_passive_reception_by_gives_the_recipient():
    ev = _transfer("Un lot de blindés chinois a été réceptionné par le Burkina Faso.")
    assert _texts(ev, "recipient") == ["Burkina Faso"]


@pytest.mark.parametrize("text", [
    "Cette dotation, offerte par le Japon, comprend 20 pick-up et des radios destinés au Togo.",
    "Le Japon avait déjà offert en 2020 au Togo deux vedettes rapides.",
])
def test_offered_participle_and_dotation(text):
    ev = _transfer(text)
    assert _texts(ev, "supplier") == ["Japon"]
    assert ev.attrs.get("recipient_country") == "TG"


def test_budget_dotation_is_no_transfer():
    assert not [e for e in events("La dotation budgétaire des armées atteindra 3 milliards "
                                  "d'euros en 2027.") if e.type == "ARMS_TRANSFER"]


@pytest.mark.parametrize("text,recipient", [
    ("L'armée de l'air a revendu à la Croatie douze avions Rafale d'occasion.", "HR"),
    ("Des hélicoptères Caracal et des blindés Griffon seront transférés au Sénégal.", "SN"),
])
def test_resale_and_transfer_of_used_equipment(text, recipient):
    assert _transfer(text).attrs.get("recipient_country") == recipient


def test_a_transferred_prisoner_is_no_transfer():
    assert not [e for e in events("Le détenu a été transféré à la prison de Rebeuss.")
                if e.type == "ARMS_TRANSFER"]


def test_party_of_an_incise_is_no_supplier():
    ev = _transfer("Libreville vient de recevoir un premier lot d'obusiers automoteurs PCL-181, a "
                   "confirmé le porte-parole des Forces armées gabonaises.")
    assert "Forces armées gabonaises" not in _texts(ev, "supplier")


@pytest.mark.parametrize("phrase", ["véhicules de transport militaire", "engins blindés",
                                    "embarcations", "camions-citernes"])
def test_generic_equipment_of_sahelian_deliveries(phrase):
    ev = _transfer(f"L'armée gabonaise a reçu jeudi un lot de 50 {phrase} offerts par le Qatar.")
    assert _texts(ev, "system") == [phrase]
