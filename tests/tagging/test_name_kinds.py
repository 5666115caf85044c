"""Kinds of names no list holds (issue 11): companies before a suffix, acronyms spelt out,
role domains, described forces, typed and hyphenated designations, numbered bases, streets,
place lists, regions in brackets, bare service names, dates without a day.

Every person, company, unit and small place below is invented or chosen for the test; none
comes from a measuring set.
"""

from __future__ import annotations

from frdefnlp import tag
from frdefnlp.name_model import DocNames
from frdefnlp.types import Entity


def _ents(text: str, label: str | None = None) -> list[tuple[str, str]]:
    doc = tag(text)
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    return [(e.text, e.label) for e in doc.entities if label is None or e.label == label]


# -- companies ------------------------------------------------------------------------------

def test_capitalised_words_before_a_company_suffix_are_a_company() -> None:
    text = "La PME Tanger Précision Industrie livrera des pièces à l'entreprise Diallo & Frères."
    ents = _ents(text)
    assert ("Tanger Précision Industrie", "ORG") in ents  # a known town at the front is taken in
    assert ("Tanger", "LOC") not in ents
    assert ("Diallo & Frères", "ORG") in ents
    assert ("PME Tanger Précision Industrie", "ORG") not in ents


def test_words_after_the_suffix_go_on_with_the_company() -> None:
    text = "Le contrat revient à Kirel Defense Solutions Europe, qui livrera en mars."
    assert ("Kirel Defense Solutions Europe", "ORG") in _ents(text, "ORG")


def test_a_suffix_alone_names_nothing() -> None:
    assert _ents("Industrie. Le secteur recrute à nouveau.", "ORG") == []


# -- acronyms -------------------------------------------------------------------------------

def test_a_meeting_or_a_project_defined_with_an_acronym_is_no_body() -> None:
    text = ("La Réunion annuelle de concertation (RAC) s'est tenue à Rabat. Le Projet de "
            "modernisation portuaire (PMP) avance.")
    assert _ents(text, "ORG") == []


def test_a_listed_systems_acronym_spelt_out_is_that_system() -> None:
    doc = tag("L'armée a reçu le LRU (Lance-Roquettes Unitaire) et des obus.")
    names = {(e.text, e.label) for e in doc.entities}
    assert ("Lance-Roquettes Unitaire", "WEAPON") in names
    lower = tag("La marine aligne cinq frégates légères furtives (FLF) depuis vingt ans.")
    weapons = [e for e in lower.entities if e.label == "WEAPON"]
    assert [e.text for e in weapons] == ["frégates légères furtives", "FLF"]
    assert weapons[0].attrs["spells"] == weapons[1].id  # the listed id, kept aside


def test_an_acronym_written_as_a_word_after_a_body_is_its_short_form() -> None:
    text = ("Selon l'Institut sahélien d'études stratégiques (Isest), les achats augmentent. "
            "L'Isest publiera un rapport.")
    ents = _ents(text, "ORG")
    assert ents.count(("Isest", "ORG")) == 2


# -- bodies, services and roles -------------------------------------------------------------

def test_a_ministers_domain_is_no_body() -> None:
    text = "Le ministre togolais des Forces armées a reçu les Forces armées togolaises."
    orgs = _ents(text, "ORG")
    assert all(not t.startswith("Forces armées") or "togolaises" in t or t == "Forces armées"
               for t, _ in orgs)
    assert not any(e.start < 40 for e in tag(text).entities if e.label == "ORG")


def test_lower_case_forces_with_a_country_are_described_not_named() -> None:
    assert _ents("Les hélicoptères de l'armée de terre espagnole ont décollé.", "ORG") == []
    assert _ents("Le commandement américain pour l'Europe a confirmé.", "ORG") == []
    assert ("armée de Terre", "ORG") in _ents("Le chef de l'armée de Terre a parlé.")


def test_a_bare_capitalised_service_inside_a_sentence_is_a_body() -> None:
    assert ("Marine", "ORG") in _ents("Le chantier a remis le navire à la Marine jeudi.")


def test_a_body_named_after_a_person_is_one_name() -> None:
    # the school's town after its full name is where it is, not its name (the gold
    # convention of the devset and of probe_person: "[École royale de l'air] de [X]")
    text = "Il enseigne à l'Université Cheikh Omar Bâ de Dakar depuis dix ans."
    assert ("Université Cheikh Omar Bâ", "ORG") in _ents(text)
    assert ("Dakar", "LOC") in _ents(text)


# -- systems --------------------------------------------------------------------------------

def test_a_name_after_de_type_near_an_equipment_word_is_a_system() -> None:
    text = "L'armée a commandé des drones d'observation de type Zephyrion pour ses unités."
    assert ("Zephyrion", "WEAPON") in _ents(text)
    assert _ents("Un accord de type Erasmus a été signé entre les universités.", "WEAPON") == []


def test_an_unlisted_hyphenated_designation_is_a_system() -> None:
    assert ("QX-214", "WEAPON") in _ents("Les derniers QX-214 quitteront le service en 2030.")
    assert _ents("La pandémie de COVID-19 a retardé les livraisons.", "WEAPON") == []
    assert _ents("La force ZETAF-KR a conduit les manœuvres.", "WEAPON") == []


def test_a_class_head_with_de_is_no_part_of_the_system() -> None:
    assert ("Gowind", "WEAPON") in _ents("La marine arme trois corvettes de classe Gowind.")


def test_no_model_name_starts_with_a_title() -> None:
    ents = _ents("Les deux bâtiments rejoignent l'Amiral Kerbrat, première frégate livrée.")
    assert not any(t.startswith("Amiral") and lab in ("ORG", "PERSON") for t, lab in ents)


# -- places ---------------------------------------------------------------------------------

def test_a_numbered_base_with_its_place_is_one_place() -> None:
    assert ("base aérienne 125 de Kelbo", "LOC") in _ents(
        "Le drone a décollé de la base aérienne 125 de Kelbo mardi.")


def test_a_list_of_places_closed_by_et_is_places() -> None:
    ents = _ents("Les fonds iront aux régions de Kaya, Tenkodogo et Diébougou.", "LOC")
    assert [t for t, _ in ents] == ["Kaya", "Tenkodogo", "Diébougou"]
    assert ("Karim Tazi", "LOC") not in _ents("À Rabat, Karim Tazi a signé le contrat.")


def test_a_region_in_brackets_after_a_place_is_a_place() -> None:
    assert ("Morbihan", "LOC") in _ents("Le chantier de Lorient (Morbihan) a livré la coque.")


def test_streets_and_squares_keep_their_head() -> None:
    ents = _ents("Le défilé passera par l'avenue Habib Bourguiba puis sur la place des Martyrs.")
    assert ("avenue Habib Bourguiba", "LOC") in ents
    assert ("place des Martyrs", "LOC") in ents
    assert ("place des Forces", "LOC") not in _ents("La mise en place des Forces spéciales.")


def test_a_lower_case_article_is_no_part_of_a_listed_name() -> None:
    doc = tag("Il l'a dit à l'Économiste lundi.")
    assert all(not e.text.startswith("l'") for e in doc.entities)


# -- persons --------------------------------------------------------------------------------

def test_a_full_name_found_after_a_title_is_found_again_without_it() -> None:
    text = ("Le général Amadou Kabongo a présidé la cérémonie. Pour Amadou Kabongo, "
            "l'armée doit recruter.")
    assert _ents(text, "PERSON").count(("Amadou Kabongo", "PERSON")) == 2


def test_doc_names_hold_the_words_of_known_persons() -> None:
    doc = DocNames.of([Entity(0, 12, "Sunil Mehtar", "PERSON"),
                       Entity(20, 25, "Rabat", "LOC"),
                       Entity(30, 38, "marocain", "LOC", attrs={"alias_type": "adjective"})])
    assert "Mehtar" in doc.person_words and "Rabat" not in doc.person_words
    assert doc.texts["Rabat"] == frozenset({"LOC"})
    assert "marocain" not in doc.texts


# -- dates ----------------------------------------------------------------------------------

def test_years_and_parts_of_years_without_a_cue_word() -> None:
    dates = [t for t, _ in _ents(
        "Lancés en 2019 et 2021, les satellites servent la période 2021-2030. Livraison au "
        "second semestre, puis au 3e trimestre 2027 ; la loi de 2020, votée les premiers mois "
        "de 2020.", "DATE")]
    assert "2021" in dates and "2021-2030" in dates and "second semestre" in dates
    assert "3e trimestre 2027" in dates and "premiers mois de 2020" in dates
    assert dates.count("2020") == 1  # "la loi de 2020,"
    assert _ents("Un contingent de 2000 soldats est arrivé.", "DATE") == []


def test_a_quarter_with_a_year_resolves_to_its_months() -> None:
    e = next(e for e in tag("Les essais auront lieu au deuxième trimestre 2026.").entities
             if e.label == "DATE")
    assert (e.value["iso"], e.value["end"]) == ("2026-04", "2026-06")


def test_an_unlisted_acronym_after_an_article_is_a_body() -> None:
    text = "Le forum a été organisé par la FNPB avec le soutien du ZORTEC. Le PIB a progressé."
    orgs = _ents(text, "ORG")
    assert ("FNPB", "ORG") in orgs and ("ZORTEC", "ORG") in orgs
    assert ("PIB", "ORG") not in orgs
    assert _ents("Un drone MALE a décollé.", "ORG") == []


def test_a_glued_initial_is_part_of_a_name() -> None:
    ents = _ents("Il a négocié avec le contre-amiral N'Dri Koffi Yao, a-t-on appris.")
    assert ("N'Dri Koffi Yao", "PERSON") in ents


def test_a_listed_system_name_and_number_gives_the_name_as_a_short_form() -> None:
    ents = _ents("Kiev a reçu des drones Shahed 136 abattus. Un autre Shahed est tombé.", "WEAPON")
    assert ("Shahed 136", "WEAPON") in ents and ("Shahed", "WEAPON") in ents


def test_a_quoted_ship_name_may_hold_a_particle() -> None:
    text = "Le passage du patrouilleur brésilien « Almirante da Silva Prado » à Dakar."
    assert ("Almirante da Silva Prado", "WEAPON") in _ents(text)


def test_a_common_head_of_a_listed_medias_alias_is_left_out() -> None:
    ents = _ents("Selon l'agence Reuters, les lanceurs sont arrivés.", "ORG")
    assert ("Reuters", "ORG") in ents


def test_a_title_after_a_place_named_after_someone_is_no_persons_cue() -> None:
    doc = tag("Les véhicules ont été remis au camp Général Issa Tamboura, près de la ville.")
    assert not any(e.attrs.get("cue") == "title" for e in doc.entities + doc.candidates)
    doc = tag("Le général Issa Tamboura a inspecté le camp.")
    assert any(e.attrs.get("cue") == "title" for e in doc.entities)


def test_a_short_form_is_not_found_inside_a_hyphenated_compound() -> None:
    text = "Le général Moussa Tiendrébéogo a parlé. Le camp Nabi-Tiendrébéogo accueille les troupes."
    ents = _ents(text, "PERSON")
    assert ents == [("Moussa Tiendrébéogo", "PERSON")]


def test_quoted_names_listed_after_a_quoted_ship_are_ships() -> None:
    text = ("La marine a reçu le patrouilleur « Badr », entré en service en 2016, puis "
            "« Hannibal » et « Carthage Nova », mis à l'eau en 2019.")
    weapons = [t for t, _ in _ents(text, "WEAPON")]
    assert weapons == ["Badr", "Hannibal", "Carthage Nova"]
    assert _ents("Le navire « Gamma » a dit « Nous venons » hier.", "WEAPON") == [("Gamma", "WEAPON")]


def test_a_ship_christened_after_a_town_the_text_names_once_is_the_ship() -> None:
    ents = _ents("La construction d'un patrouilleur, baptisé « Monastir », a démarré à Bizerte.")
    assert ("Monastir", "WEAPON") in ents and ("Monastir", "LOC") not in ents


def test_a_categorys_acronym_after_an_equipment_word_is_no_system() -> None:
    assert _ents("Deux drones MALE survolent la zone.", "WEAPON") == []
    assert ("OPV 62", "WEAPON") in _ents("La marine a commandé deux patrouilleurs OPV 62 au chantier.")


def test_a_staff_inside_a_chiefs_title_gives_way_to_the_body() -> None:
    text = "Le Souverain, Chef d'État-major général des FAR, a ordonné l'exercice."
    doc = tag(text)
    orgs = [(e.text, e.id) for e in doc.entities if e.label == "ORG"]
    assert orgs and orgs[0][0] == "FAR"
    assert ("EMG des FAR", "ORG") in _ents("L'EMG des FAR a annoncé la fin des manœuvres.")


def test_a_units_de_complements_may_be_listed_with_commas() -> None:
    text = "Les avions de la 12e escadre de transport, de ravitaillement et d'évacuation volent."
    assert ("12e escadre de transport, de ravitaillement et d'évacuation", "ORG") in _ents(text)


def test_a_town_and_a_sites_word_are_one_place() -> None:
    assert ("Kénitra Atlantic Free Zone", "LOC") in _ents(
        "L'usine sera installée à Kénitra Atlantic Free Zone dès l'an prochain.")
