"""Sentence features shared by training (frdefnlp.extraction.train) and inference.

Kept free of scikit-learn so that the run-time classifier is plain Python over the JSON model.
Cost: O(tokens x lexicon stems) per sentence; the lexicon holds ~150 stems.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .._text import fold
from .triggers import lexicon

EVENT_TYPES = ("ARMS_TRANSFER", "AGREEMENT", "VISIT", "EXERCISE", "INDUSTRY")


def norm(text: str) -> str:
    """Accent-folded lowercase text with typographic apostrophes made plain, padded by spaces."""
    return " " + fold(text.replace("\u2019", "'")).lower() + " "


def cue_hits(folded: str, cues: Iterable[str]) -> list[str]:
    """Cues of ``cues`` found in ``folded``: a cue without space must start a word."""
    hits = []
    for cue in cues:
        if " " in cue.strip() or cue.startswith(" "):
            if cue in folded:
                hits.append(cue)
        elif (" " + cue) in folded or ("'" + cue) in folded or ("-" + cue) in folded:
            hits.append(cue)
    return hits


def trigger_groups(folded: str) -> dict[str, list[str]]:
    """``{"TYPE:group": [cues...]}`` for every trigger group of the lexicon hit by the sentence."""
    out: dict[str, list[str]] = {}
    for etype, groups in lexicon()["triggers"].items():
        for group, cues in groups.items():
            hits = cue_hits(folded, cues)
            if hits:
                out[f"{etype}:{group}"] = hits
    return out


def sentence_features(text: str, labels: Iterable[tuple[str, str | None]]) -> dict[str, float]:
    """Binary features of one sentence: words, trigger groups, entity labels/kinds, modality.

    ``labels`` holds ``(label, kind)`` of the entities inside the sentence.
    """
    folded = norm(text)
    feats: dict[str, float] = {}
    for word in folded.replace("'", " ").replace("-", " ").split():
        word = word.strip(".,;:!?«»\"()[]")
        if len(word) > 2 and not word.isdigit():
            feats["w:" + word[:7]] = 1.0
    for key in trigger_groups(folded):
        feats["t:" + key] = 1.0
        feats["t:" + key.split(":")[0]] = 1.0
    for label, kind in labels:
        feats["e:" + label] = 1.0
        if kind:
            feats["k:" + label + ":" + kind] = 1.0
    st = lexicon()["status"]
    for name in ("negation", "reported", "planned", "negotiating"):
        if cue_hits(folded, st[name]):
            feats["m:" + name] = 1.0
    feats["bias"] = 1.0
    return feats


def event_entities(doc: Any) -> list[Any]:
    """The entities events read from a tagged document, by start: its entities and the
    described organisations of its candidates ("l'armée marocaine" says who buys, though it
    names no organisation)."""
    descriptions = [e for e in doc.candidates if (e.attrs or {}).get("alias_type") == "description"]
    return sorted([*doc.entities, *descriptions], key=lambda e: (e.start, -e.end))


def entity_labels(entities: Iterable[Any], start: int, end: int) -> list[tuple[str, str | None]]:
    """``(label, kind)`` of the entities lying inside ``[start, end)``."""
    return [(e.label, e.kind) for e in entities if e.start >= start and e.end <= end]


def score(model: Mapping[str, Any], feats: Mapping[str, float]) -> dict[str, float]:
    """Probability per event type under the one-vs-rest logistic model (plain Python)."""
    import math

    vocab = model["vocabulary"]
    out = {}
    for etype, params in model["classes"].items():
        z = params["intercept"]
        coef = params["coef"]
        for f, v in feats.items():
            i = vocab.get(f)
            if i is not None:
                z += coef[i] * v
        out[etype] = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
    return out
