"""Entities the fillers add to the tagger's: nationality adjectives, company names after a title
noun that no gazetteer lists, entities starting inside a token; the document's focus countries;
removal of inferred slots."""

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
        a = c.attrs or {}
        if a.get("alias_type") == "description" and c.label == "ORG" and \
                c.kind == "armed_forces" and a.get("country") and " " in c.text:
            # "l'armée malienne" (a gazetteer description): its adjective names the country
            word = c.text.rsplit(" ", 1)[1]
            s = c.end - len(word)
            if word[:1].islower() and s in tok_of and not covered(s) and s not in seen:
                seen.add(s)
                name = c.canonical
                code = a.get("country")
                out.append(Entity(s, c.end, word, "LOC", kind="nationality",
                                  canonical=table.get(fold(word), (code, name))[1] if
                                  fold(word) in table else None, id=None, source="events",
                                  attrs={"country": code, "alias_type": "adjective"}))
            continue
        if a.get("alias_type") == "adjective" and c.start in tok_of \
                and not covered(c.start) and c.start not in seen:
            seen.add(c.start)
            out.append(Entity(c.start, c.end, c.text, "LOC", kind="nationality",
                              canonical=c.canonical, id=None, source="events",
                              attrs={"country": a.get("country"),
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


#: inner words of a company name ("Chantiers de l'Atlantique", "Rheinmetall & Co")
_NAME_JOINERS = frozenset({"de", "des", "du", "d'", "&", "-", "et"})
_MAX_COMPANY = 5
#: lower-case words after a title noun that are no adjective of it
_NOT_ADJ = frozenset({"dans", "pour", "avec", "vers", "chez", "sous", "entre", "selon", "dont",
                      "qui", "que", "leur", "leurs", "cette", "notre", "votre"})


#: capitalised words that open a sentence, never a company name after a title noun
_NOT_NAME_START = frozenset("""le la les l' un une des ce cet cette ces il elle ils elles
    on selon en au aux du de pour par dans sur avec""".split())


def company_names(doc: Document, words: Sequence[str], tok_of: dict[int, int],
                  known: Sequence[Entity], lo: int = 0, hi: int | None = None) -> list[Entity]:
    """Company names the tagger missed, as ORG/company entities (source ``events``): a run of
    capitalised words right after a title noun (``party_words.titles`` of
    resources/events/lexicon.json: "l'entreprise X", "le chantier naval X", "la PME X"), one
    nationality adjective or ``naval``/``aéronautique`` between allowed, among tokens
    ``[lo, hi)``. A run that an entity already covers is left alone. One pass over the tokens."""
    from .common import _party_words

    titles = _party_words()["titles"]
    adjs = _nationality_words()
    tokens = doc.tokens
    hi = len(tokens) if hi is None else hi
    covered = {tok_of[e.start] for e in known if e.start in tok_of}
    inside = sorted((e.start, e.end) for e in known)
    starts = [a for a, _ in inside]

    def in_entity(off: int) -> bool:
        k = bisect_left(starts, off + 1) - 1
        return k >= 0 and inside[k][0] <= off < inside[k][1]

    out = []
    for i in range(lo, hi - 1):
        if words[i] not in titles:
            continue
        j = i + 1
        if j < hi and (words[j] in adjs or (tokens[j].text.replace("-", "").isalpha()
                                            and tokens[j].text.islower()
                                            and len(words[j]) > 3 and words[j] not in _NOT_ADJ)):
            j += 1  # "la société bretonne X", "le groupe turc X", "le chantier naval X"
        if j >= hi or j in covered or in_entity(tokens[j].start):
            continue
        t = tokens[j]
        if t.kind != "word" or not t.text[:1].isupper() or len(t.text) < 2:
            continue
        if "\n" in doc.text[tokens[j - 1].end:t.start] or words[j] in _NOT_NAME_START:
            continue  # "... à un chantier français\n\nLe ministère": a new paragraph, no name
        k = j + 1
        last = k
        while k < hi and k - j < _MAX_COMPANY:
            tk = tokens[k]
            if tk.kind == "word" and tk.text[:1].isupper() and not in_entity(tk.start):
                k += 1
                last = k
            elif words[k] in _NAME_JOINERS and k + 1 < hi and tokens[k + 1].text[:1].isupper():
                k += 1
            else:
                break
        a, b = t.start, tokens[last - 1].end
        out.append(Entity(a, b, doc.text[a:b], "ORG", kind="company", canonical=None, id=None,
                          source="events", attrs={}))
    return out


def _nationality_words() -> dict[str, list[str]]:
    return _nationalities()

