"""Who buys when no name says it, and deals told in pieces (events5): force phrases as the
buyer ("l'armée de terre X", "les forces spéciales X", "la marine du X", "la Défense"), a buyer
told after the deal ("Les appareils sont destinés à"), a headline's buyer joining the body's
named system, a seller's own capital that is no buyer, a company title noun signing with a
state. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import slot_texts as _texts
from event_helpers import transfer as _transfer

from frdefnlp import tag
from frdefnlp.extraction import events
from frdefnlp.extraction._features import event_entities
from frdefnlp.extraction.arguments.entities import force_phrases, nationality_entities
from frdefnlp.extraction.triggers import folded_words


@pytest.mark.parametrize("text,buyer,country", [
    ("Les forces spéciales tchadiennes ont reçu des drones Bayraktar TB2 livrés par la "
     "Turquie.", "forces spéciales tchadiennes", "TD"),
    ("Douze véhicules blindés Bastion ont été remis jeudi à l'armée de terre béninoise.",
     "armée de terre béninoise", "BJ"),
    ("La marine du Ghana a reçu deux patrouilleurs construits par Damen.", "marine du Ghana",
     "GH"),
    ("L'Union européenne a remis des véhicules blindés aux forces d'opérations spéciales "
     "maliennes.", "forces d'opérations spéciales maliennes", "ML"),
])
def test_force_phrase_buys(text, buyer, country):
    ev = _transfer(text)
    assert _texts(ev, "recipient") == [buyer]
    assert ev.attrs.get("recipient_country") == country


def test_bare_force_phrase_buys_with_the_document_country():
    ev = _transfer("La Belgique veut protéger ses casernes. La Défense a commandé des "
                   "drones à la société Proxidrone.")
    assert _texts(ev, "recipient") == ["Défense"]
    assert ev.attrs.get("recipient_country") == "BE"


def test_bare_force_phrase_never_sells_and_a_name_buys_first():
    ev = _transfer("L'armée a confirmé que le Togo a acheté des blindés Mbombe à l'Afrique "
                   "du Sud.")
    assert _texts(ev, "recipient") == ["Togo"]
    assert "armée" not in _texts(ev, "supplier")


def test_force_phrase_offsets_and_no_phrase_inside_a_name():
    text = ("Les Forces armées royales et les forces spéciales sénégalaises, puis la défense "
            "aérienne et le ministère de la Défense.")
    doc = tag(text)
    words = folded_words(doc.text, doc.tokens)
    tok_of = {t.start: i for i, t in enumerate(doc.tokens)}
    known = event_entities(doc)
    ents = sorted([*known, *nationality_entities(doc, tok_of, known)], key=lambda e: e.start)
    found = force_phrases(doc, words, tok_of, 0, len(doc.tokens), ents)
    assert [(p.text, p.attrs.get("country")) for p in found] == [
        ("forces spéciales sénégalaises", "SN")]
    assert all(text[p.start:p.end] == p.text and p.source == "events" for p in found)


@pytest.mark.parametrize("text,system,buyer", [
    ("Airbus Helicopters a signé un contrat pour six H225M. Les appareils sont destinés à "
     "l'armée de l'air indonésienne.", "H225M", "armée de l'air indonésienne"),
    ("Naval Group a livré la frégate Kimon. Elle rejoindra la marine grecque au printemps.",
     "Kimon", "marine grecque"),
])
def test_buyer_told_after_the_deal(text, system, buyer):
    ev = _transfer(text)
    assert system in _texts(ev, "system") and _texts(ev, "recipient") == [buyer]


@pytest.mark.parametrize("text", [
    # an aim, not a buyer
    "Le Maroc a commandé des F-16 aux États-Unis. Les appareils sont destinés à remplacer les "
    "Mirage F1.",
    # a place, not a force, after "rejoindra"
    "La Grèce a reçu la frégate Kimon de Naval Group. Elle rejoindra Salamine en mai.",
])
def test_no_buyer_told_after(text):
    ev = _transfer(text)
    assert ev.attrs.get("recipient_country") == "MA" if "Maroc" in text else "GR"
    assert len(_texts(ev, "recipient")) == 1


def test_destination_needs_a_deal_told_before():
    evs = [e for e in events("L'usine de Rouiba produira des blindés Nimr. Ils seront livrés "
                             "à l'Armée nationale populaire.") if e.type == "ARMS_TRANSFER"]
    assert evs == []


def test_stated_buyer_of_another_country_keeps_its_deal():
    evs = [e for e in events("L'Égypte a reçu deux Rafale de la France. Les appareils sont "
                             "destinés à l'armée de l'air grecque.") if e.type == "ARMS_TRANSFER"]
    assert [e.attrs.get("recipient_country") for e in evs] == ["EG"]


def test_headline_buyer_joins_the_named_system():
    evs = [e for e in events("Drones : le Burkina Faso reçoit des drones turcs. La Turquie a "
                             "déjà livré des TB2 au Togo en 2022. Baykar a livré cette semaine "
                             "deux Akinci.") if e.type == "ARMS_TRANSFER"]
    by_sys = {s: e for e in evs for s in _texts(e, "system")}
    assert by_sys["Akinci"].attrs.get("recipient_country") == "BF"
    assert _texts(by_sys["Akinci"], "recipient") == ["Burkina Faso"]
    assert by_sys["TB2"].attrs.get("recipient_country") == "TG"
    assert len(evs) == 2


def test_headline_of_another_seller_stays_apart():
    evs = [e for e in events("Le Sénégal reçoit des drones chinois. Baykar a livré deux Akinci "
                             "au pays la semaine dernière.") if e.type == "ARMS_TRANSFER"]
    assert len(evs) == 2


def test_sellers_capital_is_no_buyer():
    ev = _transfer("Le Liban remercie ses partenaires. Lors de sa visite à Doha, l'émir Tamim "
                   "ben Hamad al-Thani a promis de fournir 50 véhicules militaires à l'armée.")
    assert "Doha" not in _texts(ev, "recipient")
    assert ev.attrs.get("recipient_country") == "LB"


def test_company_noun_signing_with_a_state_sells():
    ev = _transfer("Le constructeur a signé avec le Brésil la vente de deux sous-marins "
                   "Scorpène.")
    assert _texts(ev, "recipient") == ["Brésil"]
    assert "Brésil" not in _texts(ev, "supplier")


@pytest.mark.parametrize("text,buyer", [
    ("Le Pentagone a notifié à Raytheon un contrat pour des missiles AIM-120 à destination de "
     "la Norvège.", "Norvège"),
    ("Les six hélicoptères H145M, dont seront dotées les forces spéciales serbes, seront livrés "
     "par Airbus Helicopters.", "forces spéciales serbes"),
    ("La DGA a commandé 30 véhicules Griffon à KNDS France au profit de l'armée de Terre.",
     "armée de Terre"),
])
def test_buyer_cue_beats_the_ordering_subject(text, buyer):
    ev = _transfer(text)
    assert _texts(ev, "recipient")[0] == buyer


def test_former_destination_is_no_buyer():
    ev = _transfer("Le Caire a acheté à Paris deux porte-hélicoptères Mistral, à l'origine "
                   "destinés à la Russie.")
    assert "Russie" not in _texts(ev, "recipient") and _texts(ev, "recipient")


def test_au_benefice_de_names_the_buyer():
    ev = _transfer("Embraer a conclu un contrat pour la fourniture de six avions A-29 Super Tucano "
                   "au bénéfice de l'armée de l'air ghanéenne.")
    assert _texts(ev, "recipient") == ["armée de l'air ghanéenne"]
    assert ev.attrs.get("recipient_country") == "GH"


def test_seller_told_in_the_next_sentence():
    ev = _transfer("Le Tchad doit recevoir cette année trois hélicoptères Mi-17. Le contrat a été "
                   "signé en juin avec l'exportateur russe Rosoboronexport.")
    assert _texts(ev, "supplier") == ["Rosoboronexport"]
    assert _texts(ev, "recipient") == ["Tchad"]


def test_stated_seller_is_not_replaced_by_the_next_sentence():
    evs = [e for e in events("Le Tchad a commandé trois hélicoptères Mi-17 à Rosoboronexport. "
                             "Le contrat a été signé avec l'aide de la société Airbus.")
           if e.type == "ARMS_TRANSFER"]
    assert [_texts(e, "supplier") for e in evs] == [["Rosoboronexport"]]


def test_pieces_of_deals_cost_linear_time():
    """Buyers and sellers told after their deals, repeated: the work grows with the text."""
    import time

    unit = ("Le Niger a reçu deux drones Akinci. Les appareils sont destinés à l'armée de l'air "
            "nigérienne. Le contrat a été signé avec le groupe Baykar. La Défense a commandé "
            "des blindés au profit de la gendarmerie nationale. ")
    times = []
    for n in (100, 200):
        doc = tag(unit * n)
        t0 = time.perf_counter()
        events(doc)
        times.append(time.perf_counter() - t0)
    assert times[1] < 3.5 * times[0] + 0.05


def test_bare_cued_force_does_not_replace_a_named_buyer():
    ev = _transfer("Le Sénégal a commandé des drones Akinci à Baykar au profit de la marine.")
    assert _texts(ev, "recipient") == ["Sénégal"]
