"""EXERCISE arguments: the exercise's name (an ``EXERCISE`` entity) or its parties."""

from __future__ import annotations

from collections.abc import Sequence

from ...types import Entity, Event, Sentence
from ..triggers import Trigger, status_cues
from .common import Context, _pair_at, _pair_span, clause_status, country, date_attr, make_event

#: "une semaine de manœuvres", "une série d'exercices": the complement is the exercise itself
_SPAN_NOUNS = frozenset({"semaine", "semaines", "jours", "journees", "mois", "serie", "series",
                         "cycle", "session", "sessions", "campagne", "periode", "fin", "debut",
                         "cadre", "lors", "programme", "deux", "trois", "quatre", "plusieurs",
                         "dizaine", "quinzaine", "phase", "edition"})


def exercise_mentions(ctx: Context, sent: Sentence, trigs: Sequence[Trigger],
                      sent_ents: Sequence[Entity]) -> list[Event]:
    """An EXERCISE mention per sentence holding an exercise trigger or a named exercise, with
    its name (an ``EXERCISE`` entity) or at least one party (armed forces, country)."""
    # "avions d'entraînement", "centre d'entraînement": a complement, not an exercise
    et = [t for t in trigs if t.type == "EXERCISE" and not (
        t.tok > 1 and ctx.words[t.tok - 1] in ("d'", "de") and
        ctx.words[t.tok - 2] not in _SPAN_NOUNS)]
    names = [e for e in sent_ents if e.label == "EXERCISE" and e.kind == "exercise"]
    if not et and not names:
        return []
    if any(e.label == "EXERCISE" and e.kind == "operation" for e in sent_ents) and not names:
        return []  # an operation is not an exercise
    parties = [e for e in sent_ents if (e.label == "ORG" and e.kind in ("armed_forces",
               "international", "government")) or (e.label == "LOC" and e.kind in
               ("country", "nationality"))]
    pair = _pair_at(ctx, sent.token_start, sent.token_end)
    if pair is not None and len({country(e) for e in parties}) < 2:
        parties.append(_pair_span(ctx, pair, sent.token_start))
    if not names and not parties and not any(
            ctx.words[t.tok].startswith(("exercice", "manouvre", "manoeuvre")) or
            "conjoint" in t.form or "commun" in t.form for t in et):
        return []  # an unnamed exercise with no party is weak: the classifier decides
    places = [e for e in sent_ents if e.label == "LOC" and e.kind in ("city", "region",
                                                                      "military_base")]
    dates = [e for e in sent_ents if e.label == "DATE"]
    attrs = {"name": names[0].canonical if names else None,
             "countries": sorted({c for e in parties if (c := country(e))}),
             "date": date_attr(dates, ctx) if dates else None}
    trig = et[0] if et else None
    if trig is not None:
        status = clause_status("EXERCISE", trig, ctx, sent.token_start, sent.token_end)
    else:  # a name with no trigger word: "La prochaine édition, X 2027, doit se tenir ..."
        status = "planned" if "planned" in status_cues(ctx.words, sent.token_start,
                                                       sent.token_end) else "done"
    slots = {"name": names[:2], "parties": parties, "place": places[:1], "date": dates[:1]}
    return [make_event(ctx, sent, "EXERCISE", slots, attrs, status, et[:1],
                       confidence=0.9 if names else 0.6)]
