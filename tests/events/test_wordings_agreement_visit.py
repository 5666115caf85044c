"""AGREEMENT wordings (events3): "les deux ministres/parties/responsables ont signé ..." after a
visit names the visitor and the host as parties; an "accord" told bare after a purchase (with
a definite article or a price) is that contract; a plan still to be drawn up is no agreement.
Sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest

from frdefnlp.extraction import events


def _texts(ev) -> set[str]:
    return {e.text for v in ev.slots.values() for e in v}


@pytest.mark.parametrize("closing", [
    "Les deux ministres ont paraphé un protocole relatif à la formation des cadets de "
    "l'armée.",
    "Les deux responsables ont entériné une feuille de route sur la sécurisation des "
    "frontières.",
    "Les deux hommes ont conclu un mémorandum d'entente dans le domaine de la défense.",
])
def test_pair_signers_are_the_visitor_and_the_host(closing):
    text = ("Le ministre gabonais de la Défense, Rodrigue Mba-Obame, a été reçu jeudi à Yaoundé "
            "par son homologue camerounais, Étienne Ngoua-Bella. " + closing)
    ag = [e for e in events(text) if e.type == "AGREEMENT"]
    assert len(ag) == 1
    got = _texts(ag[0])
    assert "Rodrigue Mba-Obame" in got
    assert got & {"Étienne Ngoua-Bella", "Yaoundé"}
    assert ag[0].attrs.get("party_inferred") == "the visit told before"


def test_pair_signers_with_no_visit_before_keep_the_group():
    text = ("Le Niger et le Tchad ont tenu lundi une réunion de leur commission mixte. "
            "Les deux pays ont signé un accord de coopération militaire.")
    ag = [e for e in events(text) if e.type == "AGREEMENT"]
    assert ag and ag[0].attrs.get("party_inferred") != "the visit told before"


@pytest.mark.parametrize("after", [
    "L'accord a été paraphé par le directeur des achats du ministère, le général Pavel Sukup.",
    "Colt CZ et Prague avaient conclu l'an passé trois accords d'un montant de 12 millions "
    "d'euros.",
])
def test_a_bare_accord_after_a_purchase_is_that_contract(after):
    text = ("Le ministère tchèque de la Défense a commandé au groupe Colt CZ des fusils d'assaut "
            "Bren 2 pour 30 millions d'euros. " + after)
    types = [e.type for e in events(text)]
    assert "AGREEMENT" not in types
    assert "ARMS_TRANSFER" in types


def test_a_cooperation_accord_after_a_purchase_stays_an_agreement():
    text = ("Le ministère tchèque de la Défense a commandé au groupe Colt CZ des fusils d'assaut "
            "Bren 2. La République tchèque et la Slovaquie ont par ailleurs signé un accord de "
            "coopération militaire.")
    assert "AGREEMENT" in [e.type for e in events(text)]


def test_a_plan_still_to_be_drawn_up_is_no_agreement():
    text = ("Les armées béninoise et togolaise ont mis sur pied un groupe de travail pour "
            "élaborer un programme de coopération contre le terrorisme.")
    assert "AGREEMENT" not in [e.type for e in events(text)]


# VISIT (events3): "à l'invitation de X" names the host; a visitor told only by an office and a
# nationality is the one person of the document whose role fits that office.

@pytest.mark.parametrize("text,visitor,host", [
    ("Le chef d'état-major nigérian, le général Tunde Ogundipe, est arrivé jeudi à Cotonou à "
     "l'invitation du général Fructueux Gbaguidi.", "Tunde Ogundipe", "Fructueux Gbaguidi"),
    ("Sur invitation de Serge Tamboura, le ministre guinéen de la Défense, Ibrahim Sow-Conde, "
     "a entamé une visite officielle au Mali.", "Ibrahim Sow-Conde", "Serge Tamboura"),
])
def test_the_one_who_invites_is_the_host(text, visitor, host):
    v = next(e for e in events(text) if e.type == "VISIT")
    assert [e.text for e in v.slots["visitor"]] == [visitor]
    assert host in [e.text for e in v.slots["host"]]


def test_a_visitor_named_by_office_is_the_person_of_that_role():
    text = ("Le port de Brest accueillait mardi la cérémonie, en présence de Moussa "
            "Keita-Dembele, ministre. Le ministre guinéen de la Défense avait fait le "
            "déplacement en France.")
    v = next(e for e in events(text) if e.type == "VISIT")
    assert [e.text for e in v.slots["visitor"]] == ["Moussa Keita-Dembele"]
    assert v.attrs["visitor_country"] == "GN"


def test_two_persons_of_the_role_leave_the_adjective():
    text = ("Le port de Brest accueillait mardi la cérémonie, en présence de Moussa "
            "Keita-Dembele, ministre, et de Paul Girard, ministre. Le ministre guinéen de la "
            "Défense avait fait le déplacement en France.")
    v = next(e for e in events(text) if e.type == "VISIT")
    assert [e.text for e in v.slots["visitor"]] == ["guinéen"]


def test_being_the_guest_of_someone_is_a_hosted_visit():
    text = ("Le ministre togolais de la Sécurité, Yark Damehame, a été l'hôte de son homologue "
            "béninois à Cotonou.")
    v = next(e for e in events(text) if e.type == "VISIT")
    assert [e.text for e in v.slots["visitor"]] == ["Yark Damehame"]
    assert "Cotonou" in [e.text for e in v.slots["host"]]


def test_a_person_apposed_to_an_office_with_a_nationality_has_its_country():
    text = ("Le ministre ghanéen de la Défense, Kofi Mensah-Bonsu, s'est rendu mardi à Tamale "
            "pour inspecter les troupes.")
    v = next(e for e in events(text) if e.type == "VISIT")
    assert v.attrs["visitor_country"] == "GH"
    assert not v.slots.get("host")  # Tamale is at home: no host country


@pytest.mark.parametrize("text,visitor", [
    ("La visite effectuée à Dakar par le général Moussa Diallo-Kere, chef d'état-major "
     "burkinabè, a duré trois jours.", "Moussa Diallo-Kere"),
    ("Le séjour romain effectué début mars par le ministre de la Défense, Ali Hassan-Mahdi, a "
     "été jugé utile par Tripoli.", "Ali Hassan-Mahdi"),
])
def test_the_agent_of_a_visit_noun_after_par_is_the_visitor(text, visitor):
    v = next(e for e in events(text) if e.type == "VISIT")
    assert [e.text for e in v.slots["visitor"]] == [visitor]


def test_a_person_of_no_country_gets_the_country_of_the_office_told_before():
    text = ("Le ministre gabonais de la Défense assistait au salon Eurosatory. Le déplacement "
            "entrepris en juin à Paris par la ministre de la Défense, Brigitte "
            "Onkanowa-Mbadinga, visait aussi l'achat de blindés légers.")
    v = next(e for e in events(text) if e.type == "VISIT")
    assert [e.text for e in v.slots["visitor"]] == ["Brigitte Onkanowa-Mbadinga"]
    assert v.attrs["visitor_country"] == "GA"


@pytest.mark.parametrize("text", [
    "Un échange de lettres entre la France et Djibouti a prolongé leur traité bilatéral de "
    "défense.",
    "Abuja et Washington ont échangé des lettres relatives au statut des forces américaines.",
    "Le Portugal et l'Angola ont conclu un programme-cadre de coopération technico-militaire.",
])
def test_letters_exchanged_and_framework_programmes_are_agreements(text):
    assert "AGREEMENT" in [e.type for e in events(text)]


@pytest.mark.parametrize("content", [
    "qui prévoit notamment des patrouilles communes entre la Marine nationale et la Garde "
    "côtière au large de Libreville",
    "portant sur des manœuvres de l'Armée de l'air avec l'Aviation royale canadienne",
])
def test_names_in_what_an_agreement_provides_for_are_not_its_parties(content):
    """"le programme, qui prévoit des patrouilles entre X et Y": X and Y are what the text
    provides for; the signers are the visitor and the host told before."""
    text = ("Le ministre gabonais de la Défense, Rodrigue Mba-Obame, a été reçu jeudi à Yaoundé "
            "par son homologue camerounais, Étienne Ngoua-Bella. Les deux parties ont adopté le "
            "programme de coopération de défense pour 2026, " + content + ".")
    ag = [e for e in events(text) if e.type == "AGREEMENT"]
    assert len(ag) == 1
    got = _texts(ag[0])
    assert "Rodrigue Mba-Obame" in got
    assert not got & {"Marine nationale", "Garde côtière", "Libreville", "Armée de l'air",
                      "Aviation royale canadienne"}
