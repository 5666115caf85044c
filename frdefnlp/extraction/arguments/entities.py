"""Entities the fillers add to the tagger's: nationality adjectives, entities starting inside a
token; the document's focus countries; removal of inferred slots."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..._resources import cached, read_json
from ..._text import fold
from ...types import Document, Entity, Event
from .common import country


def focus_parties(ents: Sequence[Entity]) -> list[Entity]:
    """The first mention of each country of the document (countries, then capitals standing
    for them), most mentioned first (ties: first mentioned)."""
    counts: Counter[str] = Counter()
    first: dict[str, Entity] = {}
    for e in ents:
        if e.label == "LOC" and e.kind in ("country", "city") and (c := country(e)):
            counts[c] += 2 if e.kind == "country" else 1
            if c not in first or (first[c].kind != "country" and e.kind == "country"):
                first[c] = e
        elif e.label == "ORG" and e.kind == "armed_forces" and (c := country(e)):
            counts[c] += 1
    order = {c: i for i, c in enumerate(first)}
    return [first[c] for c in sorted(first, key=lambda c: (-counts[c], order[c]))]




@cached
def _nationalities() -> dict[str, list[str]]:
    return {k: v for k, v in read_json("events/nationalities.json").items() if k != "_doc"}


def nationality_entities(doc: Document, tok_of: dict[int, int], known: Sequence[Entity],
                         lo: int = 0, hi: int | None = None,
                         candidates: Sequence[Entity] | None = None) -> list[Entity]:
    """Nationality adjectives as LOC/nationality entities (offsets into the text): the tagger's
    adjective candidates, and the words of resources/events/nationalities.json, among tokens
    ``[lo, hi)`` (a window of a long document; ``candidates``: that window's candidates)."""
    table = _nationalities()
    inside = sorted((e.start, e.end) for e in known)
    starts = [s for s, _ in inside]
    out = []

    def covered(s: int) -> bool:
        k = bisect_left(starts, s + 1) - 1
        return k >= 0 and inside[k][0] <= s < inside[k][1]

    seen = set()
    for c in (doc.candidates if candidates is None else candidates):
        if (c.attrs or {}).get("alias_type") == "adjective" and c.start in tok_of \
                and not covered(c.start) and c.start not in seen:
            seen.add(c.start)
            out.append(Entity(c.start, c.end, c.text, "LOC", kind="nationality",
                              canonical=c.canonical, id=None, source="events",
                              attrs={"country": (c.attrs or {}).get("country"),
                                     "alias_type": "adjective"}))
    tokens = doc.tokens
    for i in range(lo, len(tokens) if hi is None else hi):
        t = tokens[i]
        if t.start in seen or t.kind != "word":
            continue
        key = fold(t.text)
        if key in table and not covered(t.start):
            code, name = table[key]
            out.append(Entity(t.start, t.end, t.text, "LOC", kind="nationality",
                              canonical=name, id=None, source="events",
                              attrs={"country": code, "alias_type": "adjective"}))
    return out


def token_fix(doc: Document, ents: Sequence[Entity], tok_of: dict[int, int],
              lo: int = 0, hi: int | None = None) -> list[Entity]:
    """Entities whose start is inside a token ("UE-Maroc"): indexed on that token (one of
    tokens ``[lo, hi)``)."""
    missing = [e for e in ents if e.start not in tok_of]
    if not missing:
        return []
    tokens = doc.tokens
    tstarts = [tokens[i].start for i in range(lo, len(tokens) if hi is None else hi)]
    for e in missing:
        k = bisect_left(tstarts, e.start + 1) - 1
        if k >= 0:
            tok_of.setdefault(e.start, lo + k)
    return [e for e in missing if e.start in tok_of]


def drop_inferred(ev: Event) -> Event:
    slots = dict(ev.slots)
    attrs = dict(ev.attrs)
    for k in ("supplier", "recipient", "host"):
        if attrs.pop(k + "_inferred", None):
            slots.pop(k, None)
            attrs.pop(k + "_country", None)
    if attrs.pop("party_inferred", None):
        slots["parties"] = slots.get("parties", ())[:-1]
    return replace(ev, slots=slots, attrs=attrs)
