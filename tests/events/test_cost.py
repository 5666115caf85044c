"""Cost of events: linear in the sentence and the document (issue 10, item 7).

One long sentence of repeated clauses used to make events cubic (every clause rescanned the
sentence). Times are compared as ratios within one run, with generous bounds, so the test
holds on a slow or busy machine: per character, the long sentence at 4x the length may cost at
most 2.5x as much (a quadratic extractor costs 4x, a cubic one 16x), and no more than 8x per
character what ordinary article text costs.
"""

from __future__ import annotations

import time

import pytest

from frdefnlp.extraction import events
from frdefnlp.tagger import tag

CLAUSE = "Le Maroc a acheté des F-16 à Israël pour 500 millions de dollars, "
ARTICLE = (
    "Les Forces armées royales ont réceptionné un nouveau lot de drones Bayraktar TB2. "
    "Selon une source proche du dossier, Rabat négocie l'achat de canons Caesar auprès de "
    "KNDS France. Le ministre de la Défense s'est rendu à Paris pour une visite de travail. "
    "Un mémorandum d'entente dans le domaine de la défense a été signé entre les deux pays. "
    "L'exercice African Lion réunit cette année plusieurs milliers de militaires. "
    "La coentreprise construira une usine de munitions à Benslimane. "
    "La météo sera clémente ce week-end sur l'ensemble du pays. "
)


def _per_char(text: str, repeat: int = 2) -> float:
    doc = tag(text)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        events(doc)
        best = min(best, time.perf_counter() - t0)
    return best / len(text)


def test_long_sentence_is_linear():
    small = _per_char(CLAUSE * 100)
    large = _per_char(CLAUSE * 400)
    assert large <= 2.5 * small, (small, large)


def test_long_sentence_costs_like_article_text():
    article = _per_char(ARTICLE * 30)
    sentence = _per_char(CLAUSE * 400)
    assert sentence <= 8 * article, (article, sentence)


@pytest.mark.parametrize("unit", [
    "Le ministre Lars Holm s'est rendu à Dakar et a rencontré Aminata Sow, ",
    "des drones Harop, des patrouilleurs de haute mer et des F-16 livrés au Maroc, ",
    "la coentreprise de Baykar produira des drones TB2 à Bizerte, ",
    "Lars Holm s'est rendu à Dakar. Le Sénégal a reçu des drones Orbiter 3. "
    "Les deux pays ont signé un accord de défense. ",
], ids=["visits", "equipment", "industry", "many-sentences"])
def test_every_type_is_linear(unit):
    small = _per_char(unit * 100, repeat=3)
    large = _per_char(unit * 400, repeat=3)
    assert large <= 2.5 * small, (small, large)
