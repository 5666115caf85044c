"""Behaviour of the rebuilt steps: trigger frames and markers, clauses, named exercises,
merging, inferences, the gate. Sentences written for these tests in the press's styles."""

from __future__ import annotations

import pytest

from frdefnlp.extraction import EventOptions, events
from frdefnlp.extraction.exercises import exercise_names
from frdefnlp.extraction.triggers import find_triggers, folded_words
from frdefnlp.tagger import tag


def _arms(text: str, **kw):
    return [e for e in events(text, options=EventOptions(**kw)) if e.type == "ARMS_TRANSFER"]


def _names(ev, slot):
    return [e.canonical or e.text for e in ev.slots.get(slot, ())]


# (id, text, supplier country, recipient country, status)
ROLES = [
    ("strong-marker-passive", "Les obusiers K9A1 livrés par la Corée du Sud à l'Estonie ont "
     "été exhibés lors de la parade.", "KR", "EE", "delivered"),
    ("aupres-de-title", "Le Ghana a acheté des drones Orbiter 3 auprès de la société "
     "israélienne Aeronautics.", "IL", "GH", "ordered"),
    ("gerund-subject", "En commandant douze Rafale à la France, l'Inde renouvelle sa flotte.",
     "FR", "IN", "ordered"),
    ("negotiation-chain", "L'armée de l'air sénégalaise conduit des négociations avec la "
     "Turquie en vue d'acquérir des drones Akinci.", "TR", "SN", "negotiating"),
    ("maker-side-sells", "Paris discute avec la Serbie de nouveaux Rafale.", "FR", "RS",
     "negotiating"),
    ("destines-a", "Les hélicoptères AW139 destinés au Kenya ont été débarqués mercredi à "
     "Mombasa.", "IT", "KE", "delivered"),
    ("approval", "Le département d'État a approuvé la vente de missiles Hellfire au Sénégal.",
     "US", "SN", "agreed"),
    ("denial", "Madrid a démenti avoir vendu des patrouilleurs au Maroc.", None, "MA",
     "denied"),
]


@pytest.mark.parametrize("text,sup,rec,status", [c[1:] for c in ROLES], ids=[c[0] for c in ROLES])
def test_roles_from_markers_and_frames(text, sup, rec, status):
    evs = _arms(text)
    assert evs, text
    ev = evs[0]
    if sup:
        assert ev.attrs.get("supplier_country") == sup, ev.attrs
    assert ev.attrs.get("recipient_country") == rec, ev.attrs
    assert ev.status == status


def test_two_clauses_two_deals_and_participle_tail():
    text = ("Le Maroc a reçu des F-16 Block 72 et commandé des obusiers ATMOS 2000, "
            "livrés à partir de 2027.")
    evs = _arms(text, merge=False)
    assert [_names(e, "system")[0] for e in evs] == ["F-16", "ATMOS 2000"] or \
        len({_names(e, "system")[0] for e in evs}) == 2
    assert evs[0].status == "delivered"


def test_coordinated_systems_are_one_deal():
    evs = _arms("L'Algérie a commandé des Su-35, des Su-57 et des hélicoptères Mi-28 à la Russie.")
    assert len(evs) == 1 and len(evs[0].slots["system"]) == 3


def test_coordinated_recipients_split():
    evs = _arms("Rome poursuit des pourparlers avec le Nigeria et avec le Kenya sur des "
                "hélicoptères AW139.")
    assert sorted(e.attrs["recipient_country"] for e in evs) == ["KE", "NG"]


def test_supplier_inferred_from_maker_is_marked_and_offsets_hold():
    text = "Les Forces armées royales ont réceptionné leurs premiers F-16 Block 72."
    ev = _arms(text)[0]
    sup = ev.slots["supplier"][0]
    assert ev.attrs["supplier_inferred"] and sup.canonical == "Lockheed Martin"
    assert text[sup.start:sup.end] == sup.text
    assert not _arms(text, infer=False)[0].slots.get("supplier")


def test_later_sentence_without_system_joins_the_transfer():
    text = ("Le Cameroun a commandé des drones Aerostar à Aeronautics. "
            "Le montant du contrat atteindrait 35 millions de dollars.")
    evs = _arms(text)
    assert len(evs) == 1 and evs[0].attrs["amount"] == 35_000_000.0
    assert evs[0].status == "ordered"


def test_order_then_delivery_is_one_event_with_furthest_stage():
    text = ("En 2021, Rabat a commandé des drones Bayraktar TB2 à la Turquie. "
            "Les premiers TB2 ont été livrés au Maroc en septembre.")
    evs = _arms(text)
    assert len(evs) == 1 and evs[0].status == "delivered" and evs[0].attrs["mentions"] == 2


def test_separate_buyers_stay_apart():
    text = ("Le Qatar a reçu ses derniers Typhoon. Le Koweït a commandé six Typhoon "
            "supplémentaires.")
    assert sorted(e.attrs["recipient_country"] for e in _arms(text)) == ["KW", "QA"]


# --------------------------------------------------------------------------- other types

VISITS = [
    ("hosted-passive", "Le général Paul Hendricks a été reçu à Dakar par le général Mamadou "
     "Sall.", "Paul Hendricks"),
    ("en-visite", "Le ministre Lars Holm est en visite de travail en Inde depuis lundi.",
     "Lars Holm"),
    ("delegation", "Une délégation marocaine a séjourné une semaine en Israël.", "Maroc"),
]


@pytest.mark.parametrize("text,visitor", [c[1:] for c in VISITS], ids=[c[0] for c in VISITS])
def test_visits(text, visitor):
    evs = [e for e in events(text) if e.type == "VISIT"]
    assert evs and visitor in _names(evs[0], "visitor")


def test_state_visit_and_home_inspection_are_not_defence_visits():
    assert not [e for e in events("Le président Emmanuel Macron effectuera une visite d'État "
                                  "au Maroc.") if e.type == "VISIT"]


def test_agreement_pair_and_purchase_contract():
    ev = [e for e in events("Les deux pays ont signé un mémorandum d'entente dans le domaine "
                            "de la défense.") if e.type == "AGREEMENT"][0]
    assert _names(ev, "parties") == ["Les deux pays"]
    # a purchase contract is a transfer, never also an agreement (CONVENTIONS)
    evs = events("Le Togo a signé un contrat avec Aeronautics pour des drones Orbiter 3.")
    assert [e.type for e in evs] == ["ARMS_TRANSFER"]


@pytest.mark.parametrize("text,name", [
    ("Les FAR participent à l'exercice multinational Atlas Trident 2026 au large de Dakhla.",
     "Atlas Trident 2026"),
    ("Les manœuvres « Rempart de l'Est » se sont achevées jeudi.", "Rempart de l'Est"),
    ("Baptisé Tempête du Sud 2027, l'exercice mobilise trois brigades.", "Tempête du Sud 2027"),
], ids=["cue-year", "quoted", "namer-before-cue"])
def test_named_exercises(text, name):
    doc = tag(text)
    words = folded_words(doc.text, doc.tokens)
    found = exercise_names(doc.text, doc.tokens, words, doc.sentences, doc.entities)
    assert [e.text for e in found][:1] == [name]
    assert all(doc.text[e.start:e.end] == e.text and e.label == "EXERCISE" for e in found)
    ev = [e for e in events(doc) if e.type == "EXERCISE"][0]
    assert _names(ev, "name")[0] == name


def test_operation_is_not_an_exercise_event():
    assert not [e for e in events("L'opération Barkhane a pris fin en 2022 au Mali.")
                if e.type == "EXERCISE"]


def test_industry_joint_venture_with_place():
    ev = [e for e in events("Le groupe turc Aselsan et une société marocaine ont créé une "
                            "coentreprise qui produira des radars à Benslimane.")
          if e.type == "INDUSTRY"][0]
    assert "Benslimane" in _names(ev, "place") and ev.slots["facility"]


@pytest.mark.parametrize("text", [
    "Le commandant de la base a présenté ses vœux.",
    "Vendredi, le marché a clôturé en hausse.",
    "L'exercice budgétaire 2025 s'achève.",
    "Le centre d'entraînement accueille des stagiaires.",
], ids=["commandant", "vendredi", "fiscal-year", "training-centre"])
def test_look_alike_words_are_not_triggers(text):
    doc = tag(text)
    words = folded_words(doc.text, doc.tokens)
    trigs = find_triggers(words, doc.tokens, 0, len(doc.tokens))
    assert not [t for t in trigs if t.type in ("ARMS_TRANSFER", "EXERCISE")] or not events(doc)


def test_gate_drops_weak_mentions_the_classifier_rejects():
    text = ("Le Kenya a commandé des drones Akinci à la Turquie. "
            "Les supporters ont reçu le trophée des mains du président du club.")
    assert len(_arms(text)) == 1


def test_maker_at_home_is_not_an_industry_event():
    text = ("L'Estonie a reçu ses premiers obusiers K9A1. Construits par Hanwha Aerospace dans "
            "son usine de Changwon, en Corée du Sud, les canons rejoindront la base de Tapa.")
    assert not [e for e in events(text) if e.type == "INDUSTRY"]
    text = ("Le groupe turc Baykar va construire une usine de drones à Bizerte, en Tunisie. "
            "La Tunisie a déjà reçu des drones Bayraktar TB2.")
    assert [e for e in events(text) if e.type == "INDUSTRY"]
