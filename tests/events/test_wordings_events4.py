"""Wordings of other sites (events4): maintenance centres, capital stakes, series production,
certified plants, places named before the sentence; leases, options, retrofits, pluperfect
receptions, deals told over two sentences, subject pronouns. Sentences written for these tests
(names public or invented, facts invented)."""

from __future__ import annotations

import pytest
from event_helpers import one, slot_texts, transfer

from frdefnlp.extraction import events


def _types(text: str) -> list[str]:
    return sorted(e.type for e in events(text))


# ------------------------------------------------------------------------------ INDUSTRY

@pytest.mark.parametrize("text,company,place", [
    ("Le motoriste Safran a inauguré vendredi à Tanger une unité de maintenance des moteurs "
     "d'avions militaires.", "Safran", "Tanger"),
    ("Le groupe Thales ouvre à Dakar un centre de soutien pour les radars de la région.",
     "Thales", "Dakar"),
    ("Le groupe Edge est entré au capital du chantier Sfax Marine, à Sfax.", "Edge", "Sfax"),
    ("Le groupe Hensoldt et l'État algérien ont signé à Oran le pacte d'actionnaires de la "
     "future société.", "Hensoldt", "Oran"),
    ("La société Milkor a démarré la fabrication en série de ses drones à Pretoria.", "Milkor",
     "Pretoria"),
    ("Le site de Nexter à Bourges a obtenu sa certification pour les obus de 155 mm.", "Nexter",
     "Bourges"),
    ("Airbus a inauguré à Séville une nouvelle chaîne de montage pour l'avion de transport "
     "C295.", "Airbus", "Séville"),
])
def test_industry_wordings(text, company, place):
    ev = one(text, "INDUSTRY")
    assert company in slot_texts(ev, "companies")
    assert place in slot_texts(ev, "place")


def test_powder_plant_is_a_facility():
    ev = one("La poudrerie de Saint-Médard a obtenu mardi une nouvelle certification.",
             "INDUSTRY")
    assert slot_texts(ev, "facility") == ["poudrerie de Saint-Médard"]


def test_place_of_the_page_title_for_a_plant_named_later():
    text = ("Drones : la première usine ouvre à Kenitra\n\n"
            "Le groupe BlueBird assemblera sur le site des drones de reconnaissance.")
    ev = next(e for e in events(text) if e.type == "INDUSTRY" and
              "BlueBird" in slot_texts(e, "companies"))
    assert slot_texts(ev, "place") == ["Kenitra"]
    assert ev.attrs["place_inferred"] == "place named before"


def test_place_named_after_the_facility_noun():
    ev = one("Le groupe Arquus va agrandir son usine de Le Crouzet, où sont fabriqués les "
             "blindés.", "INDUSTRY")
    assert slot_texts(ev, "place") == ["Le Crouzet"]


def test_made_in_a_country_after_a_delivery_is_no_plant():
    assert _types("L'armée lettone a réceptionné jeudi à Riga huit véhicules blindés Patria, "
                  "fabriqués en Finlande.") == ["ARMS_TRANSFER"]


@pytest.mark.parametrize("text", [
    "Le budget financera la production des roquettes livrées au Danemark.",
    "La production des obus de 155 mm commandés par Kiev a doublé.",
])
def test_common_production_words_need_a_company(text):
    assert "INDUSTRY" not in _types(text)


def test_technology_of_a_system_changes_no_hands():
    text = "Le groupe Kongsberg transférera au Maroc la technologie des missiles NSM."
    assert "ARMS_TRANSFER" not in _types(text)
    ev = one(text, "INDUSTRY")
    assert "Kongsberg" in slot_texts(ev, "companies")


def test_a_maintenance_visit_is_no_visit():
    assert "VISIT" not in _types("Le centre de Casablanca effectuera les visites lourdes des "
                                 "hélicoptères de la Gendarmerie royale, formés en Italie.")


def test_approving_an_ammunition_plant_approves_no_sale():
    text = ("Le Conseil des ministres a approuvé l'implantation à Kaolack d'une unité de "
            "fabrication de munitions portée par le groupe Nammo.")
    assert _types(text) == ["INDUSTRY"]


# ------------------------------------------------------------------------- ARMS_TRANSFER

@pytest.mark.parametrize("text,system,recipient,supplier", [
    ("La marine nigériane a pris en location deux patrouilleurs auprès du chantier Damen.",
     "patrouilleurs", "nigériane", "Damen"),
    ("La Grèce a levé une option sur six Rafale supplémentaires auprès de Dassault Aviation.",
     "Rafale", "Grèce", "Dassault Aviation"),
    ("Le Ghana a confié à Piriou la modernisation de ses patrouilleurs.", "patrouilleurs",
     "Ghana", "Piriou"),
    ("Deux drones Heron ont été mis à disposition de la Grèce par Israel Aerospace Industries.",
     "Heron", "Grèce", "Israel Aerospace Industries"),
    ("En mars, l'armée tchadienne avait reçu des blindés Bastion en provenance de France.",
     "Bastion", "armée tchadienne", "France"),
    ("Un lot de 200 fusils d'assaut a été remis aux forces de défense et de sécurité "
     "ivoiriennes par la Turquie.", "fusils d'assaut", "ivoiriennes", "Turquie"),
])
def test_transfer_wordings(text, system, recipient, supplier):
    ev = transfer(text)
    assert system in slot_texts(ev, "system")
    # the recipient may be the force phrase holding the demonym ("marine nigériane")
    assert any(recipient in r for r in slot_texts(ev, "recipient"))
    assert supplier in slot_texts(ev, "supplier")


def test_coordinated_systems_stay_with_their_deal():
    ev = transfer("Un lot de 300 fusils d'assaut et de munitions a été remis à l'armée "
                  "malienne par la Russie.")
    assert slot_texts(ev, "system") == ["fusils d'assaut", "munitions"]
    assert slot_texts(ev, "supplier") == ["Russie"]
    assert ev.status == "delivered"


def test_headline_of_more_systems_for_a_force():
    ev = transfer("Douze Gripen supplémentaires pour la Thaïlande.")
    assert slot_texts(ev, "recipient") == ["Thaïlande"]


def test_deal_told_over_two_sentences():
    ev = transfer("Le Cameroun a signé un contrat avec le chantier naval français Ocea. Le "
                  "contrat porte sur deux patrouilleurs de 35 mètres.")
    assert slot_texts(ev, "recipient") == ["Cameroun"]
    assert slot_texts(ev, "supplier") == ["Ocea"]
    assert ev.attrs["supplier_inferred"] == "sentence before"


def test_subject_pronoun_takes_the_previous_sentence_subject():
    ev = transfer("La marine tunisienne se renforce. Elle a réceptionné lundi un patrouilleur "
                  "construit en Italie.")
    assert ev.attrs["recipient_country"] == "TN"
    assert ev.attrs["recipient_inferred"] == "sentence before"


def test_impersonal_pronoun_names_no_side():
    evs = [e for e in events("Le Maroc prépare la visite du ministre. Il sera aussi question "
                             "de la vente de drones Harop par Israel Aerospace Industries.")
           if e.type == "ARMS_TRANSFER"]
    assert all(e.attrs.get("recipient_inferred") != "sentence before" and
               e.attrs.get("supplier_inferred") != "sentence before" for e in evs)


def test_a_second_plant_in_another_country_is_another_project():
    evs = [e for e in events("Le groupe Nurol Makina a inauguré une usine de blindés à Ankara. "
                             "Il ouvrira aussi un centre de maintenance au Sénégal, à Thiès.")
           if e.type == "INDUSTRY"]
    assert len(evs) == 2
    assert "Nurol Makina" in slot_texts(evs[1], "companies")
    assert slot_texts(evs[1], "facility") == ["centre de maintenance"]


def test_a_maintenance_contract_is_industry_not_a_sale():
    text = ("Un contrat de maintien en condition opérationnelle des hélicoptères NH90 a été "
            "attribué à Airbus Helicopters à Marignane.")
    assert _types(text) == ["INDUSTRY"]
    assert "ARMS_TRANSFER" not in _types("Le contrat de soutien des Rafale grecs a été notifié "
                                         "à Dassault Aviation.")


def test_the_giver_of_a_reception_told_with_se_voir_remettre():
    ev = transfer("Le Tchad s'est vu remettre par les Émirats arabes unis dix blindés Nimr.")
    assert slot_texts(ev, "recipient") == ["Tchad"]
    assert slot_texts(ev, "supplier") == ["Émirats arabes unis"]


def test_a_stated_destination_comes_before_the_buying_office():
    ev = transfer("Le Pentagone a attribué à Lockheed Martin un contrat pour 16 F-16 destinés à "
                  "la Jordanie.")
    assert slot_texts(ev, "recipient") == ["Jordanie"]


def test_a_former_destination_is_not_the_buyer():
    ev = transfer("La Grèce a acquis trois frégates Belharra auprès de Naval Group, "
                  "initialement destinées au Brésil.")
    assert slot_texts(ev, "recipient") == ["Grèce"]


def test_the_force_owning_a_delivered_system_received_it():
    ev = transfer("Un hélicoptère Mi-171 de l'armée burkinabè, livré par la Russie en 2023.")
    assert slot_texts(ev, "supplier") == ["Russie"]
    assert ev.attrs["recipient_country"] == "BF"


def test_joint_venture_placed_by_its_partner_nationality():
    ev = one("Le groupe Thales a créé une coentreprise avec une société ivoirienne.", "INDUSTRY")
    assert ev.attrs["place_inferred"] == "nationality of the partner"
    assert [e.canonical for e in ev.slots["place"]] == ["Côte d'Ivoire"]


def test_an_upgrade_takes_only_the_systems_after_it():
    evs = [e for e in events("Au menu de la visite : des drones, des radars et la "
                             "modernisation des avions F-5 de l'armée de l'air marocaine.")
           if e.type == "ARMS_TRANSFER" and e.attrs["trigger"].startswith("modernisation")]
    assert [slot_texts(e, "system") for e in evs] == [["F-5"]]
