"""Makers' side of a deal (events2): a maker wins, obtains or is chosen for a contract (frame
'win'), a hull built by a yard for a navy (frame 'built'), systems joining a force's fleet
(frame 'join'), a company never buying arms from a state, a nationality adjective after an
armed force naming the buyer. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import slot_texts as _texts
from event_helpers import transfer as _transfer

from frdefnlp.extraction import events


@pytest.mark.parametrize("text,supplier,buyer", [
    ("Arquus a remporté le contrat de fourniture de 60 blindés Bastion à l'armée togolaise.",
     "Arquus", "TG"),
    ("Naval Group a décroché une commande de deux corvettes Gowind auprès de la marine "
     "roumaine.", "Naval Group", "RO"),
    ("Leonardo a obtenu un contrat de l'armée de l'air kényane pour six hélicoptères AW139.",
     "Leonardo", "KE"),
    ("Le groupe Otokar a été retenu par l'armée roumaine pour la fourniture de blindés "
     "Cobra II.", "Otokar", "RO"),
    ("Airbus a engrangé une commande de deux C-295 de la part du Ghana.", "Airbus", "GH"),
])
def test_maker_wins_a_contract(text, supplier, buyer):
    ev = _transfer(text)
    assert _texts(ev, "supplier") == [supplier]
    assert ev.attrs.get("recipient_country") == buyer


def test_company_signing_with_a_state_sells():
    ev = _transfer("Le chantier Kership a signé un contrat avec le Gabon pour deux patrouilleurs.")
    assert _texts(ev, "supplier") == ["Kership"] and _texts(ev, "recipient") == ["Gabon"]


@pytest.mark.parametrize("text,supplier", [
    ("Construit par le chantier Ocea pour la marine gabonaise, le patrouilleur mesure 58 "
     "mètres.", "Ocea"),
    ("Le patrouilleur a été construit par Piriou pour la marine gabonaise.", "Piriou"),
])
def test_hull_built_by_a_yard_for_a_navy(text, supplier):
    ev = _transfer(text)
    assert _texts(ev, "supplier") == [supplier]
    assert ev.attrs.get("recipient_country") == "GA"


def test_built_by_participle_after_a_delivery_tails_it():
    ev = _transfer("La marine gabonaise a pris livraison du patrouilleur Port-Gentil, construit "
                   "par le chantier Piriou.")
    assert _texts(ev, "supplier") == ["Piriou"] and ev.status == "delivered"
    assert ev.attrs.get("recipient_country") == "GA"


def test_systems_joining_a_fleet():
    ev = _transfer("Quatre hélicoptères H145M ont rejoint la flotte de l'armée de l'air serbe.")
    assert ev.status == "delivered" and ev.attrs.get("recipient_country") == "RS"


def test_force_adjective_names_the_buyer():
    ev = _transfer("L'armée de l'air ivoirienne a mis en service deux hélicoptères Mi-24 "
                   "achetés à la Bulgarie.")
    assert ev.attrs.get("recipient_country") == "CI"
    assert _texts(ev, "supplier") == ["Bulgarie"]


def test_passive_participle_subject_is_what_is_sold():
    ev = _transfer("Le Lambaréné est un patrouilleur OPV 45 vendu par Raidco Marine et construit à "
                   "Lanester pour la marine gabonaise.")
    assert _texts(ev, "supplier") == ["Raidco Marine"]
    assert ev.attrs.get("recipient_country") == "GA"
    assert not [e for e in events("Le Lambaréné est un patrouilleur OPV 45 vendu par Raidco "
                                  "Marine et construit à Lanester pour la marine gabonaise.")
                if e.type == "INDUSTRY"]


def test_active_build_of_a_plant_is_no_sale():
    text = ("La Turquie, qui construit près d'Ankara une nouvelle usine de munitions, "
            "double sa production d'obus.")
    assert not [e for e in events(text) if e.type == "ARMS_TRANSFER"]


def test_convoy_arrival_is_a_delivery_not_a_visit():
    evs = events("Un convoi de véhicules blindés chinois est arrivé vendredi à Niamey, près de "
                 "la base de Kollo.")
    assert [e.type for e in evs] == ["ARMS_TRANSFER"]
    assert "Kollo" not in _texts(evs[0], "supplier")


def test_stated_supplier_is_kept_against_the_makers_country():
    # the gazetteer's maker is elsewhere, but "commandés aux États-Unis" states who sold
    ev = _transfer("Les avions A-29 Super Tucano avaient été commandés en 2018 aux États-Unis par "
                   "le Ghana.")
    assert ev.attrs.get("supplier_country") == "US"
    assert ev.attrs.get("recipient_country") == "GH"


@pytest.mark.parametrize("text,supplier,buyer", [
    ("La société Arquus a reçu une commande de 40 véhicules Sherpa pour l'armée togolaise.",
     "Arquus", "TG"),
    ("Le constructeur Baykar a reçu une nouvelle commande de drones TB2 de la part du Kenya.",
     "Baykar", "KE"),
])
def test_maker_receiving_an_order_sells(text, supplier, buyer):
    ev = _transfer(text)
    assert _texts(ev, "supplier") == [supplier]
    assert ev.attrs.get("recipient_country") == buyer and ev.status == "ordered"


def test_second_deal_of_a_sentence_keeps_its_own_seller():
    evs = [e for e in events("En achetant 18 chars K2 à Hyundai Rotem, la Pologne complète "
                             "la flotte constituée en 2014 avec l'achat de Leopard 2 à Rheinmetall.")
           if e.type == "ARMS_TRANSFER"]
    by_system = {e.slots["system"][0].text: _texts(e, "supplier") for e in evs}
    assert by_system == {"K2": ["Hyundai Rotem"], "Leopard 2": ["Rheinmetall"]}


@pytest.mark.parametrize("text,recipient,supplier", [
    ("Le Kenya va équiper son armée de l'air de douze hélicoptères AW109 achetés à l'Italie.",
     "KE", "IT"),
    ("La marine gabonaise sera équipée de deux patrouilleurs fournis par la France.", "GA", "FR"),
    ("Les forces gabonaises disposent désormais de six avions L-39 livrés par la Russie.", "GA",
     "RU"),
    ("Le Gabon s'est offert trois drones Akinci auprès de la Turquie.", "GA", "TR"),
    ("Le Gabon a obtenu des États-Unis la livraison de deux avions C-130.", "GA", "US"),
])
def test_equipping_ones_own_forces(text, recipient, supplier):
    ev = _transfer(text)
    assert ev.attrs.get("recipient_country") == recipient
    assert ev.attrs.get("supplier_country") == supplier


def test_fleet_enriched_with_a_hull():
    ev = _transfer("La marine gabonaise a enrichi sa flotte d'une nouvelle corvette de type C28A.")
    assert ev.status == "delivered" and ev.attrs.get("recipient_country") == "GA"


def test_coordinated_state_and_maker_split_into_buyer_and_seller():
    ev = _transfer("Le Gabon et le groupe TKMS ont conclu un accord pour la livraison de deux "
                   "frégates MEKO A-200.")
    assert _texts(ev, "supplier") == ["TKMS"] and _texts(ev, "recipient") == ["Gabon"]


def test_hulls_built_in_the_buyers_yard_stay_industry():
    types = sorted(e.type for e in events("Les bâtiments seront en partie construits à "
                                          "Alexandrie, où le groupe TKMS doit former les "
                                          "ouvriers du chantier naval local."))
    assert "INDUSTRY" in types


def test_pronoun_delivery_takes_the_system_of_a_sentence_without_trigger():
    evs = [e for e in events("Gabon : des blindés turcs pour l'armée\n\nLes véhicules, des Kirpi "
                             "de BMC, renforceront les unités du nord. Ils ont été livrés la "
                             "semaine dernière à Libreville.") if e.type == "ARMS_TRANSFER"]
    assert len(evs) == 1 and _texts(evs[0], "system") == ["Kirpi"]
    assert evs[0].status == "delivered" and evs[0].attrs.get("system_inferred")


def test_no_anaphora_no_carried_system():
    evs = [e for e in events("Les Kirpi de BMC sont robustes. Le Gabon a reçu jeudi la visite du "
                             "ministre.") if e.type == "ARMS_TRANSFER"]
    assert not evs


def test_contract_sentence_after_a_headline_joins_its_deal():
    # the body names no system: it takes the headline's, and the gate keeps it
    evs = [e for e in events("Le Gabon acquiert des blindés Bastion\n\nLe contrat, d'un montant de "
                             "40 millions d'euros, a été signé avec Arquus.")
           if e.type == "ARMS_TRANSFER"]
    assert len(evs) == 1
    assert _texts(evs[0], "supplier") == ["Arquus"] and evs[0].attrs.get("amount") == 40e6


def test_awaited_systems_are_a_deal_of_their_own():
    evs = [e for e in events("Le Gabon, qui a réceptionné en mars deux avions L-39, attend des "
                             "drones turcs.") if e.type == "ARMS_TRANSFER"]
    assert sorted(_texts(e, "system")[0] for e in evs) == ["L-39", "drones"]
    assert not [e for e in events("Le Gabon attend des précisions sur le calendrier.")
                if e.type == "ARMS_TRANSFER"]


def test_loose_forms_carry_no_system_over():
    evs = [e for e in events("Le Gabon a réceptionné deux avions L-39 livrés par la Russie. Le "
                             "Gabon attend des investisseurs chinois pour 20 millions de dollars.")
           if e.type == "ARMS_TRANSFER"]
    assert len(evs) == 1 and "value" not in {k for k, v in evs[0].slots.items() if v}


def test_no_company_name_across_a_paragraph():
    evs = events("Le Gabon commande des patrouilleurs à un chantier français\n\nLe ministère "
                 "gabonais de la Défense a passé commande de deux vedettes de surveillance "
                 "côtière au chantier Ocea.")
    names = {x.text for e in evs for x in e.slots.get("supplier", ())}
    assert "Le" not in names and "Ocea" in names
    ev = next(e for e in evs if "Ocea" in _texts(e, "supplier"))
    assert "vedettes de surveillance côtière" in _texts(ev, "system")
