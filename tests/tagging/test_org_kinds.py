"""Organisation names by kind, with no list behind them (issue 11, probe_org): cue nouns with a
town's demonym, capitalised heads, official names with domain complements, à-complements,
squadrons, committees of a parliament, Spanish bodies, national branches of a company, and the
site an "Amirauté" names. Sentences are written for the test (invented firms and facts); no
string comes from a measuring set.
"""

from __future__ import annotations

import pytest

from frdefnlp import tag


def _names(text: str, label: str = "ORG") -> list[str]:
    doc = tag(text)
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    return [e.text for e in doc.entities if e.label == label]


@pytest.mark.parametrize("text,name", [
    # a demonym of a town or region between the cue noun and the name
    ("La société lyonnaise Bravaron a livré les pièces.", "Bravaron"),
    ("Le constructeur breton Kerlivec fournira les coques.", "Kerlivec"),
    ("La firme locale Tessaro Usinage assurera la maintenance.", "Tessaro Usinage"),
    # a capitalised cue noun right before the name is the name's first word
    ("Le contrat a été attribué à Chantier Mervallon, près du port.", "Chantier Mervallon"),
    # domain capitals end an official name's complement
    ("La Sûreté de l'État a arrêté deux suspects.", "Sûreté de l'État"),
    ("Le Commandement des Forces navales a publié un communiqué.", "Commandement des Forces navales"),
    # heads that take an à-complement
    ("Le Secrétariat d'État à la politique de sécurité publiera un rapport.",
     "Secrétariat d'État à la politique de sécurité"),
    ("Le Haut-Commissariat aux réfugiés a lancé un appel.", "Haut-Commissariat aux réfugiés"),
    # a squadron's number and its own name
    ("L'Escadron de chasse 2/4 Lafayette a rejoint la base.", "Escadron de chasse 2/4 Lafayette"),
    # a unit's adjectives after an ordinal and a unit word
    ("Le 4e Bataillon Commando a défilé.", "4e Bataillon Commando"),
    ("La 7e Région militaire interarmées est en alerte.", "7e Région militaire interarmées"),
    # a body whose head needs a lower-case word after it
    ("Le terrain appartient au Port autonome de Cotonou.", "Port autonome de Cotonou"),
    ("La Préfecture maritime de l'Atlantique a suspendu les essais.",
     "Préfecture maritime de l'Atlantique"),
    # hospitals, colleges and commandos, with a person's name in them
    ("L'Hôpital militaire Kouassi Bamba a reçu les blessés.",
     "Hôpital militaire Kouassi Bamba"),
    ("Le Commando Trépel a rejoint Lorient.", "Commando Trépel"),
    ("Les cadets du Collège militaire royal du Canada ont défilé.", "Collège militaire royal du Canada"),
    # media names with a place complement after a media cue; companies joined by "&"
    ("Selon le site Courrier du Sahel, la base a fermé.", "Courrier du Sahel"),
    ("Les pièces sont usinées par Berthier & Lanvin à Tarbes.", "Berthier & Lanvin"),
    # "chez" before a company's name
    ("Il a travaillé chez KORVAX, à Sfax, pendant dix ans.", "KORVAX"),
    # a known place after "pour" or "et de" goes on with the name
    ("Le projet est financé par le Fonds de soutien de l'Union européenne pour l'Afrique.",
     "Fonds de soutien de l'Union européenne pour l'Afrique"),
    # a committee of a parliament, lower case
    ("La commission des finances du Sénat a rejeté l'amendement.",
     "commission des finances du Sénat"),
    # a company's national branch glued by a dash
    ("Le marché revient à Dorval Defence Systems–Canada pour dix ans.",
     "Dorval Defence Systems–Canada"),
    # company suffixes and domain capitals inside a company's name
    ("Les pièces viennent de Sahel Sécurité Technologies et de Lomé Composites.",
     "Sahel Sécurité Technologies"),
])
def test_organisation_kinds(text: str, name: str) -> None:
    assert name in _names(text)


def test_an_acronym_with_small_letters_spelt_by_the_name_before_it() -> None:
    text = "L'Union pour une défense autonome du Rift (UdAR) proteste. L'UdAR écrit au ministre."
    assert _names(text) == ["Union pour une défense autonome du Rift", "UdAR", "UdAR"]


@pytest.mark.parametrize("text,school,town", [
    ("Elle a étudié à l'École navale de guerre de Toulon.", "École navale de guerre", "Toulon"),
    ("Il enseigne à l'Université Félix Houphouët-Boigny d'Abidjan.",
     "Université Félix Houphouët-Boigny", "Abidjan"),
])
def test_a_school_s_town_after_its_full_name_stays_outside(text: str, school: str, town: str) -> None:
    assert school in _names(text) and town in _names(text, "LOC")


def test_a_spanish_body_keeps_the_french_adjective_out() -> None:
    assert _names("L'Armada espagnole a reçu une frégate ; l'Armada en attend deux.") == [
        "Armada", "Armada"]


def test_an_admiralty_of_a_town_is_a_place() -> None:
    text = "La cérémonie s'est tenue à l'Amirauté d'Oran."
    assert "Amirauté d'Oran" in _names(text, "LOC")
    assert _names(text) == []


@pytest.mark.parametrize("text", [
    "L'armée de terre française a reçu des blindés.",  # a description (CONVENTIONS B)
    "Une délégation du Sénat s'est rendue à Dakar.",  # visitors, not a committee
    "Une délégation de haut niveau du ministère de la Défense est arrivée.",
    "Les frappes ont touché Port Harcourt.",
])
def test_no_organisation_from_descriptions_and_visitors(text: str) -> None:
    names = _names(text)
    assert not any(n.lower().startswith(("armée de terre", "délégation", "port")) for n in names), names


def test_a_long_name_with_an_ampersand_is_no_company() -> None:
    assert not [n for n in _names("Le Precise & Universal Launching System a été testé.") if "&" in n]


def test_a_trade_word_before_a_person_s_full_name_gives_no_company() -> None:
    text = "L'industriel Karim Tazi vise de nouveaux marchés."
    assert _names(text) == []
    assert _names(text, "PERSON") == ["Karim Tazi"]


def test_listed_bodies_the_press_names_with_no_cue() -> None:
    text = "Ooredoo et Djezzy financent les relais ; l'ASECNA, Enabel et la GIZ sont consultées."
    assert _names(text) == ["Ooredoo", "Djezzy", "ASECNA", "Enabel", "GIZ"]
