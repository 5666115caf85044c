"""The learned decision of events: keep or drop a *weak* mention.

The rules of :mod:`.arguments` are sure of a mention whose trigger, system and parties are all
in its clause. Some mentions stand on less: a system carried over from an earlier sentence, a
generic equipment word with no party stated, an exercise with neither name nor party, a factory
with no place. For those, a sentence classifier decides: one logistic regression per event
type (one-vs-rest) over the sentence's words, trigger groups, entity labels and modality cues
(:mod:`._features`), trained with scikit-learn by ``python -m frdefnlp.extraction.train`` on
``resources/events/train.jsonl`` (sentences the team wrote in the styles of this press) and
shipped as JSON weights (``resources/events/model.json``); inference is plain Python.
``tests/events`` retrains it and compares with the shipped file.

Cost: one dot product over the sentence's features, only for sentences with a weak mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._resources import cached, read_json
from ..types import Entity, Event
from ._features import entity_labels, score, sentence_features


@cached
def _model() -> dict[str, Any]:
    return read_json("events/model.json")


def is_weak(ev: Event) -> bool:
    """Whether a mention rests on too little of its own clause to be kept without the gate."""
    a = ev.attrs
    if a.get("system_inferred") or a.get("weak"):
        return True
    if ev.type == "ARMS_TRANSFER":
        named = any(e.label == "WEAPON" for e in ev.slots.get("system", ()))
        # a side told in the sentence before ("X a signé un contrat avec Y. Le contrat porte
        # sur ...") is stated, not guessed
        stated = [k for k in ("supplier", "recipient") if ev.slots.get(k) and
                  a.get(k + "_inferred") in (None, "sentence before")]
        return not named and not stated
    if ev.type == "EXERCISE":
        return not ev.slots.get("name") and not ev.slots.get("parties")
    if ev.type == "INDUSTRY":
        return not ev.slots.get("place")
    return False


def sentence_probabilities(text: str, ents: Sequence[Entity]) -> dict[str, float]:
    """Probability of each event type for one sentence (its text and its entities)."""
    labels = entity_labels(ents, -1, 1 << 62)
    return score(_model(), sentence_features(text, labels))
