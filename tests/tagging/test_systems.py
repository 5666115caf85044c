"""Ships and systems named with no equipment word right before them (frdefnlp.systems).

The hulls' names below are invented (or real class and maker names used as facts); none of
the sentences comes from a measuring set.
"""

from __future__ import annotations

from frdefnlp import tag
from frdefnlp.systems import find_systems


def _w(text: str) -> list[str]:
    doc = tag(text)
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    return [e.text for e in doc.entities if e.label == "WEAPON"]


def _labels(text: str) -> dict[str, str]:
    return {e.text: e.label for e in tag(text).entities}


def test_type_acronym_before_a_hull_name_leaves_the_acronym_out() -> None:
    ents = _labels("Le BRF Amédée Kervella a été livré à Brest la semaine dernière.")
    assert ents.get("Amédée Kervella") == "WEAPON"
    assert "BRF" not in ents  # no organisation guessed from the acronym
    assert _w("Le SNA Grand-Tonnerre a rejoint Toulon.") == ["Grand-Tonnerre"]


def test_a_listed_class_acronym_stays_beside_the_hull_name() -> None:
    assert _w("La FREMM Zénobie a fait escale à Dakar.") == ["FREMM", "Zénobie"]


def test_navy_prefix_is_part_of_the_name() -> None:
    assert _w("L'USS Oakridge est entré en Méditerranée mardi.") == ["USS Oakridge"]
    assert _w("Le patrouilleur portugais « NRP Serra da Lua » a fait escale.") == ["NRP Serra da Lua"]


def test_aboard_a_vessel() -> None:
    assert _w("Des exercices ont eu lieu à bord du Tamarinier, au large de Conakry.") == ["Tamarinier"]
    assert _w("L'équipage du Grand Baobab a secouru douze pêcheurs.") == ["Grand Baobab"]
    # a country is no vessel
    assert _w("Le matériel est arrivé à bord du Mali Express.") == []


def test_a_listed_town_after_aboard_is_a_ship_unless_the_text_uses_it_as_a_place() -> None:
    doc = tag("Des cadets ont embarqué à bord du Dixmude.")
    assert [(e.text, e.label) for e in doc.entities] == [("Dixmude", "WEAPON")]
    doc = tag("Une cérémonie a eu lieu à Dixmude. Des cadets ont embarqué à bord du Dixmude.")
    assert ("Dixmude", "WEAPON") not in [(e.text, e.label) for e in doc.entities]


def test_ship_list_after_a_plural_ship_word() -> None:
    text = "Nouakchott a reçu trois patrouilleurs : le Tiris, le Zemmour et le Adrar Sud."
    assert _w(text) == ["Tiris", "Zemmour", "Adrar Sud"]
    # one name after a comma is no list
    assert "Tiris" not in _w("Les deux patrouilleurs, le Tiris mis à part, sont à quai.")


def test_a_title_or_a_people_is_no_system() -> None:
    assert _w("Le Pape a fait escale à Rabat.") == []
    assert _w("Les Gazelle et les Touaregs se sont affrontés.") == ["Gazelle"]
    assert _w("Deux Airbus et trois Boeing de la compagnie ont été commandés.") == []
    assert _labels("Le SNA a appareillé de Toulon.") == {"Toulon": "LOC"}


def test_a_verb_only_ships_take() -> None:
    assert _w("Le Kounkané a appareillé de Dakar lundi matin.") == ["Kounkané"]
    assert _w("La Belle Poule fera escale à Saint-Malo.") == ["Belle Poule"]
    # a person with a title is not a ship
    assert _w("Le président Tiémoko Sanou a fait escale à Bamako.") == []


def test_capitalised_rank_and_surname_name_a_hull_in_a_text_about_ships() -> None:
    text = "La Marine a réceptionné l'Amiral Kervella, troisième frégate de la série."
    assert "Amiral Kervella" in _w(text)
    # no ship in the sentence, or a person's verb after the name: an officer
    assert _w("L'Amiral Kervella a inspecté la base navale, selon la Marine.") == []
    assert _w("L'Amiral Kervella a déclaré que les frégates partiraient.") == []
    # a person: the rank in lower case, or given and family names, or no ship in the text
    assert _w("Le discours de l'amiral Kervella a été salué par la marine.") == []
    assert _w("L'Amiral Youssef Kervella a inspecté les frégates.") == []
    assert _w("Le discours de l'Amiral Kervella a été salué par les députés.") == []


def test_a_listed_person_right_after_an_article_is_a_hull_in_a_text_about_ships() -> None:
    ents = _labels("La marine a déployé le Mohammed VI au large de Tanger avec deux corvettes.")
    assert ents.get("Mohammed VI") == "WEAPON"
    ents = _labels("Le roi Mohammed VI a reçu les marins des deux corvettes.")
    assert ents.get("Mohammed VI") == "PERSON"


def test_maker_before_its_system_is_one_name() -> None:
    assert _w("L'Airbus A400M a atterri à Niamey.") == ["Airbus A400M"]
    assert _w("Le Niger a commandé quatre Agusta pour sa gendarmerie.") == ["Agusta"]
    # a maker not counted stays an organisation
    assert _labels("Agusta a livré deux appareils.").get("Agusta") == "ORG"


def test_coordinated_under_the_same_plural_determiner() -> None:
    assert _w("L'armée ivoirienne aligne des Caracal et des Puma.") == ["Caracal", "Puma"]
    assert _w("Le régiment a reçu trois Piranha V et deux Serval.") == ["Piranha V", "Serval"]
    # no determiner before the second word: no system
    assert "Bouaké" not in _w("Des Caracal et Bouaké.")


def test_find_systems_on_empty_input_adds_nothing() -> None:
    out: list = []
    find_systems("", [], [], [], [], out)
    assert out == []


def test_variant_word_after_a_listed_system() -> None:
    assert _w("Le Togo a acquis des Mamba Mk7.") == ["Mamba Mk7"]
    assert _w("Un Beechcraft King Air 350ER a été livré.") == ["Beechcraft King Air 350ER"]


def test_ship_type_acronym_and_number_name_a_design() -> None:
    assert _w("L'OPV 62 trouve un client en Afrique de l'Ouest.") == ["OPV 62"]


def test_word_of_the_canonical_name_beside_a_designation() -> None:
    # "Aero L-39 Albatros" is the record's canonical name
    assert _w("Le Mali aligne des Albatros L-39 rénovés.") == ["Albatros L-39"]


def test_maker_and_model_number() -> None:
    assert _w("Le Niger exploite des Cessna 208 et un C-130H.") == ["Cessna 208", "C-130H"]
    # a year after a maker is no model
    assert _w("Cessna 2024 : le salon ouvre.") == []


def test_designation_coordinated_with_a_system() -> None:
    assert _w("Le Nigeria exploite des VN22 et des ST9 chinois.") == ["VN22", "ST9"]


def test_a_ship_word_then_a_place_is_no_ship_name() -> None:
    doc = tag("Le ministre doit accueillir le nouveau patrouilleur à Ziguinchor en mars.")
    assert [e.label for e in doc.entities if e.text == "Ziguinchor"] == ["LOC"]


def test_a_ship_named_after_a_place_runs_over_it() -> None:
    assert _w("Le navire amphibie Cap Ras Tarf a quitté le chantier.") == ["Cap Ras Tarf"]


def test_navy_prefix_after_a_base_word_is_a_station() -> None:
    assert _w("Les pilotes seront formés sur la base aéronavale INS Garuda.") == []


def test_named_hulls_of_the_gazetteer() -> None:
    # a hull named after a region is matched with its generic word only
    doc = tag("La frégate Provence a fait escale à Casablanca.")
    assert [(e.text, e.label, e.attrs.get("head")) for e in doc.entities][0] == ("Provence", "WEAPON", "frégate")
    assert _w("Des touristes visitent la Provence.") == []
    assert _w("Le Chevalier Paul a escorté deux pétroliers.") == ["Chevalier Paul"]
    assert _w("Le porte-hélicoptères amphibie Tonnerre a quitté Toulon.") == ["Tonnerre"]


def test_pennant_number_between_the_ship_word_and_the_name() -> None:
    text = "C'est la frégate 611 Mohammed V qui a remplacé la Mohammed VI au large d'Agadir."
    assert _w(text) == ["Mohammed V", "Mohammed VI"]


def test_longer_ship_words_are_heads_of_listed_hulls() -> None:
    doc = tag("La frégate de défense aérienne Forbin a fait escale à Dakar.")
    assert [(e.text, e.attrs.get("head")) for e in doc.entities if e.label == "WEAPON"] == [
        ("Forbin", "frégate de défense aérienne")]


def test_type_acronym_before_a_listed_hull_is_no_organisation() -> None:
    assert _labels("Le BRF Jacques Stosskopf a rejoint Toulon.") == {
        "Jacques Stosskopf": "WEAPON", "Toulon": "LOC"}


def test_a_system_named_after_an_equipment_word_is_named_again_bare() -> None:
    text = "Le patrouilleur Kounkané a été livré en juin. Le Kounkané rejoindra Ziguinchor."
    assert [(e.text, e.source) for e in tag(text).entities if e.label == "WEAPON"] == [
        ("Kounkané", "context"), ("Kounkané", "alias")]


def test_plural_of_a_class_name() -> None:
    assert _w("L'Égypte a acquis deux bâtiments de projection et de commandement.") == [
        "bâtiments de projection et de commandement"]


def test_quoted_name_after_an_article_in_a_text_about_ships() -> None:
    assert _w("La marine a réceptionné le « Kounkané », un patrouilleur de 58 mètres.") == ["Kounkané"]
    assert _w("Le journal a publié le « Grand Dossier » de la semaine.") == []


def test_a_hull_named_after_its_class() -> None:
    text = "Le sous-marin de classe Kilo Rais Hadj Mubarek a plongé au large d'Oran."
    assert _w(text) == ["Kilo", "Rais Hadj Mubarek"]


def test_unlisted_maker_before_a_listed_system() -> None:
    assert _w("Le Nigeria a commandé douze Bell AH-1Z.") == ["Bell AH-1Z"]


def test_a_company_name_does_not_end_with_a_listed_system() -> None:
    assert _labels("Le Turkish Aerospace Anka-S vole.") == {
        "Turkish Aerospace Anka-S": "WEAPON"}


def test_list_after_a_plural_equipment_word() -> None:
    assert _w("Des blindés Al-Mared et Temsah ont défilé au Caire.") == ["Al-Mared", "Temsah"]
    assert "Paris" not in _w("Les drones Bayraktar et Paris ont réagi.")


def test_former_name_of_a_hull() -> None:
    text = "La frégate Zénobie, ex-Spartacus Rossi, est arrivée ; le patrouilleur Bakel (ex-Pietro Conti) suivra."
    assert _w(text) == ["Zénobie", "Spartacus Rossi", "Bakel", "Pietro Conti"]


def test_one_name_in_apposition_to_a_singular_ship_word() -> None:
    assert _w("Le second bâtiment, le Kounkané, a suivi au printemps.") == ["Kounkané"]
    assert _w("Ses sister-ships, le Bakel et le Podor, ont rejoint la flotte.") == ["Bakel", "Podor"]
    assert _w("Le patrouilleur, le Maroc l'a dit, est neuf.") == []


def test_naval_modifiers_between_the_ship_word_and_the_name() -> None:
    assert _w("Le navire de débarquement Tsar Ivanov a franchi le Bosphore.") == ["Tsar Ivanov"]


def test_variant_glued_to_a_designation() -> None:
    assert _w("Bamako a reçu deux Mi-171Ch.") == ["Mi-171Ch"]
    assert _w("Un Antonov An-124-100 s'est posé à Niamey.") == ["Antonov An-124-100"]


def test_a_word_of_a_listed_system_after_a_plural_determiner() -> None:
    text = "Ottawa remplacera les Aurora. Le CP-140 Aurora vole depuis 1980 ; les Aurora restent."
    doc = tag(text)
    assert [(e.text, e.label) for e in doc.entities if e.text.endswith("Aurora")] == [
        ("Aurora", "WEAPON"), ("CP-140 Aurora", "WEAPON"), ("Aurora", "WEAPON")]
    # without the system in the text, the word is left to the other rules
    assert "Aurora" not in _w("Des touristes visitent Aurora et les Aurora locales.")


# -- issue 11, names of systems on unseen pages (invented hulls and classes) --------------------


def test_a_name_after_a_class_word_is_a_class_even_a_persons_or_a_places() -> None:
    assert _w("Trois navires de la classe Aurélien Tessier sont en service.") == ["Aurélien Tessier"]
    assert _w("Les frégates de la classe Halifax seront remplacées.") == ["Halifax"]
    assert _w("Deux patrouilleurs de classe « Jean Vautrin » ont été commandés.") == ["Jean Vautrin"]
    assert _labels("Quatre vedettes de la classe Marine Sentinel ont été cédées.").get(
        "Marine Sentinel") == "WEAPON"
    assert _w("Il appartient à la classe politique, comme la classe moyenne de Dakar.") == []


def test_a_short_form_after_a_singular_article() -> None:
    text = "Ottawa achète le P-8A Poseidon. « Le Poseidon est un bon choix », dit-il."
    assert _w(text) == ["P-8A Poseidon", "Poseidon"]


def test_passive_delivery_verbs_name_a_ship_but_not_the_maker_of_an_active_one() -> None:
    assert _w("Le Kordofan a été livré à la flotte soudanaise au printemps.") == ["Kordofan"]
    assert _w("Le Chantier Vermeil a livré deux navires.") == []


def test_commissioning_verbs_with_their_object_name_a_ship() -> None:
    assert _w("La marine a remis en service le Tazerka après un long arrêt.") == ["Tazerka"]
    assert _w("Le chantier a mis à flot l'Amiral Vauban-Roche mardi.") == ["Amiral Vauban-Roche"]


def test_an_article_and_a_given_name_make_a_hull_in_a_text_about_ships() -> None:
    naval = "Les Rafale opèrent depuis le Pierre Lavaud, le porte-avions de la flotte."
    assert _w(naval) == ["Rafale", "Pierre Lavaud"]
    assert _w("Le ministre Pierre Lavaud a parlé aux pilotes.") == []


def test_a_quoted_nickname_after_a_system() -> None:
    assert _w("Bamako a reçu des Mi-35 « Hind » neufs.") == ["Mi-35", "Hind"]


def test_a_title_alone_after_an_equipment_word_is_no_system() -> None:
    assert _w("Il a été nommé « Drone General » du ministère.") == []


def test_maker_model_number_and_listed_name_are_one_mention() -> None:
    assert _w("L'armée a reçu un Cessna 208B Grand Caravan EX.") == ["Cessna 208B Grand Caravan EX"]


def test_civilian_vehicles_bought_by_forces() -> None:
    text = "Les forces ont perçu des Toyota Hilux, des Land Cruiser 79 et des camions Renault Kerax."
    assert _w(text) == ["Toyota Hilux", "Land Cruiser 79", "Renault Kerax"]


def test_the_full_stop_after_a_one_letter_variant_is_no_part_of_the_name() -> None:
    assert _w("L'armée a reçu des blindés Korvax V. Ils sont neufs.") == ["Korvax V"]


def test_a_capitalised_type_and_a_number_name_a_design_and_type_alone_is_none() -> None:
    assert _w("Le Cameroun aligne des Type 83 et des blindés.") == ["Type 83"]
    text = "La marine a reçu deux Type 056. Le Type de ces navires ? Type de bateau rapide."
    assert _w(text) == ["Type 056"]


def test_an_acronym_right_before_a_listed_system_is_no_organisation() -> None:
    assert _labels("L'Inde propose le LCH Prachand aux pays du Golfe.").get("LCH") is None


def test_listed_aliases_with_a_munition_or_ship_word_leave_the_word_out() -> None:
    assert _w("Des roquettes Grad et des torpilles F21 ont été livrées.") == ["Grad", "F21"]


def test_hull_names_that_begin_with_an_article_after_a_ship_word() -> None:
    text = "Les patrouilleurs Le Vaillant, La Rieuse et L'Intrépide ont appareillé de Dakar."
    assert _w(text) == ["Le Vaillant", "La Rieuse", "L'Intrépide"]
    assert _w("Le navire La Marine nationale.") == []


def test_coordinated_under_singular_articles() -> None:
    text = "Le nouvel appareil remplacera la Gazelle, l'Alouette III et le Korrigan."
    assert _w(text) == ["Gazelle", "Alouette III", "Korrigan"]
    assert _w("Il a vu le Rafale et le Président à Paris.") == ["Rafale"]


def test_names_among_ships_after_dont() -> None:
    text = "Dakar a reçu trois patrouilleurs construits en Bretagne, dont le Kassoum et la Sira."
    assert _w(text) == ["Kassoum", "Sira"]
    assert _w("Il a visité plusieurs pays, dont le Mali. Des frégates, dont le prix est secret.") == []


def test_a_listed_type_in_words_before_a_hull_name_is_its_head() -> None:
    assert _w("La frégate multi-missions Vendémiaire, livrée en mars, est à Brest.") == ["Vendémiaire"]


def test_a_copula_joins_a_hull_name_to_a_ship_word() -> None:
    assert _w("Le Vauquois sera le premier bâtiment de la série rénové.") == ["Vauquois"]
    assert _w("Le Mali est le premier pays. Le Président est le seul bâtiment.") == []


def test_a_listed_system_that_begins_an_exercise_name_is_no_mention() -> None:
    assert _w("Les pilotes ont participé à l'exercice Tiger Meet avec des Rafale.") == ["Rafale"]
    assert _w("L'exercice Rafale Storm 2026 a réuni des Mirage 2000-5.") == ["Mirage 2000-5"]


def test_a_version_code_after_a_standard_word_is_no_system() -> None:
    assert _w("Les Rafale passent au standard F4, puis au standard F5.") == ["Rafale"]
    assert _w("La Suisse retire ses F-5 en 2027.") == ["F-5"]
