"""Organisation kinds of the second ORG pass (issue 11, probe_orgs2): bodies, parties, armed
groups and media the press names with no cue word (gazetteer records with sources), media whose
name starts with its article, and official names whose complement ends on lower-case
adjectives. Sentences are written for the test; no string comes from a measuring set.
"""

from __future__ import annotations

import pytest

from frdefnlp import tag


def _names(text: str, label: str = "ORG") -> list[str]:
    doc = tag(text)
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    return [e.text for e in doc.entities if e.label == label]


@pytest.mark.parametrize("text,name", [
    ("Les députés de la Coalition avenir Québec ont voté contre le budget.", "Coalition avenir Québec"),
    ("Au Parlement, le Nouveau Parti démocratique exige un débat.", "Nouveau Parti démocratique"),
    ("Les combattants des Forces démocratiques alliées ont attaqué un village.",
     "Forces démocratiques alliées"),
    ("Proparco accorde un prêt au chantier de Kribi.", "Proparco"),
    ("Les rebelles du M23 contrôlent désormais la route.", "M23"),
    ("Le Potentiel rapporte que les rebelles ont reculé.", "Le Potentiel"),
])
def test_listed_bodies_parties_and_groups(text: str, name: str) -> None:
    assert name in " | ".join(_names(text))


def test_a_media_name_with_its_article_is_matched_with_its_capitals_only() -> None:
    assert "Le Pays" in _names("Selon Le Pays, les soldats ont été relevés.")
    assert _names("Le pays a reçu trois hélicoptères.") == []


@pytest.mark.parametrize("text,name", [
    # lower-case adjectives after an official name's complement
    ("Le rapport du Département fédéral des finances publiques paraîtra jeudi.",
     "Département fédéral des finances publiques"),
    ("La Direction générale de la sécurité intérieure a déjoué un attentat.",
     "Direction générale de la sécurité intérieure"),
    ("Le Bureau de la coopération extérieure a signé la convention.",
     "Bureau de la coopération extérieure"),
    # a ministry's domain ending on a lower-case adjective
    ("Le ministère de l'Industrie militaire a présenté un drone.", "ministère de l'Industrie militaire"),
    ("Le ministère de la Sécurité intérieure a démenti.", "ministère de la Sécurité intérieure"),
    # a list of lower-case domains closed by "et de"
    ("Le Département fédéral de la santé, de l'agriculture et des transports a précisé sa position.",
     "Département fédéral de la santé, de l'agriculture et des transports"),
    # a capitalised adjective before the head, a participle in the full name
    ("La Haute Autorité chargée de la surveillance des frontières publie son bilan.",
     "Haute Autorité chargée de la surveillance des frontières"),
])
def test_official_names_with_lower_case_words(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text,names", [
    # a list of known bodies after a comma is no domain list
    ("Le Conseil de sécurité, de l'Union africaine et de la Banque mondiale ont parlé.",
     ["Conseil de sécurité", "Union africaine", "Banque mondiale"]),
    # a nationality adjective after a ministry's domain stays out
    ("Le ministère de la Santé français a répondu.", ["ministère de la Santé"]),
    # a participle after a head with no capitalised prefix is not taken
    ("Le Conseil chargé de la sécurité se réunira.", []),
])
def test_official_names_do_not_run_on(text: str, names: list[str]) -> None:
    got = _names(text)
    for n in names:
        assert n in got
    assert not any("chargé" in g or "français" in g or ", de l'Union" in g for g in got)


def test_acronyms_written_as_words_are_the_listed_bodies() -> None:
    doc = tag("Les ministres de la Cedeao ont rencontré des diplomates de l'Otan et de l'Onu.")
    ids = {e.text: e.id for e in doc.entities if e.label == "ORG"}
    assert ids == {"Cedeao": "org/ecowas", "Otan": "org/nato", "Onu": "org/united-nations"}
    assert [e for e in tag("un projet otan de défense").entities if e.label == "ORG"] == []


@pytest.mark.parametrize("text,name", [
    ("La Communauté des États sahéliens a tenu son sommet.", "Communauté des États sahéliens"),
    ("Le Syndicat des marins du port de Kribi menace de faire grève.",
     "Syndicat des marins du port de Kribi"),
    ("Le Bureau des programmes navals a publié un appel d'offres.", "Bureau des programmes navals"),
    # a legislature's nationality adjective describes it
    ("Le Sénat ivoirien a adopté la loi de programmation.", "Sénat"),
])
def test_more_official_heads_and_endings(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_community_with_no_complement_is_no_body() -> None:
    assert _names("Communauté internationale : les appels au calme se multiplient.") == []


@pytest.mark.parametrize("text,name", [
    ("Selon La Gazette du Nord, trois blindés ont été livrés.", "La Gazette du Nord"),
    ("Contacté par Le Veilleur, le porte-parole n'a pas répondu.", "Le Veilleur"),
    ("L'Horizon révèle que le contrat a été signé en secret.", "L'Horizon"),
    ("Les Nouvelles Brèves, hebdomadaire régional, relatent l'incident.", "Les Nouvelles Brèves"),
])
def test_a_medium_named_with_its_article(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Le Président indique que la mission se poursuit.",
    "Les Marocains affirment leur soutien.",
    "Le soldat indique la route au convoi.",
])
def test_no_medium_from_titles_peoples_or_common_nouns(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("Le ministère de la Pêche du Sénégal a saisi deux chalutiers.", "ministère de la Pêche du Sénégal"),
    ("Un cadre du ministère des Transports du Burkina Faso a parlé.",
     "ministère des Transports du Burkina Faso"),
])
def test_a_ministry_named_with_its_country(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text,name", [
    ("Le Fonds des Nations unies pour la protection de l'enfance a lancé un appel.",
     "Fonds des Nations unies pour la protection de l'enfance"),
    ("Le ministère de la Justice de Côte d'Ivoire a ouvert une enquête.",
     "ministère de la Justice de Côte d'Ivoire"),
])
def test_a_body_s_purpose_and_country_after_a_known_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_for_the_first_time_is_no_purpose() -> None:
    got = _names("Le Centre de l'Union africaine pour la première fois reçoit des cadets.")
    assert not any("première" in g for g in got)


def test_a_place_first_in_a_national_branch_s_name() -> None:
    assert "Sahel Ciments Niger" in _names("Le fournisseur, Sahel Ciments Niger, a livré le béton.")
    got = _names("Il a travaillé à Dakar Emballages Sénégal pendant deux ans.")
    assert not any(g.startswith("Dakar") for g in got)


def test_a_capitalised_adjective_right_after_an_official_head() -> None:
    assert "État-Major Général des Armées" in _names(
        "Selon l'État-Major Général des Armées, la patrouille est rentrée.")


def test_a_list_of_adjectives_in_an_official_name() -> None:
    assert "Conseil économique, social et culturel" in _names(
        "Le rapport du Conseil économique, social et culturel sera publié demain.")
    assert "Conseil national" in _names("Le Conseil national, réuni mardi, a voté le budget.")


def test_an_english_paper_named_with_the() -> None:
    assert "The Morning Herald" in _names("D'après The Morning Herald, deux navires ont été saisis.")
    assert _names("The End a été projeté au festival.") == []
