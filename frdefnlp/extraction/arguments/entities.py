"""Entities the fillers add to the tagger's: nationality adjectives, company names after a title
noun that no gazetteer lists, entities starting inside a token; the document's focus countries;
removal of inferred slots."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

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



@cached
def force_phrase_words() -> dict[str, Any]:
    """The word data of :func:`force_phrases` (resources/events/force_phrases.json)."""
    raw = read_json("events/force_phrases.json")
    comps = sorted((tuple(c) for c in raw["complements"]), key=len, reverse=True)
    return {"heads": frozenset(raw["heads"]), "bare": frozenset(raw["bare_heads"]),
            "capital": frozenset(raw["capitalised_heads"]),
            "dets": frozenset(raw["determiners"]), "complements": comps,
            "destinations": sorted((tuple(m) for m in raw["destination_markers"]), key=len,
                                   reverse=True),
            "cues": sorted((tuple(m) for m in raw["recipient_cues"]), key=len, reverse=True),
            "cues_by_first": _by_first(raw["recipient_cues"])}


def _by_first(seqs: Sequence[Sequence[str]]) -> dict[str, list[tuple[str, ...]]]:
    """Word sequences grouped by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for m in sorted((tuple(x) for x in seqs), key=len, reverse=True):
        out.setdefault(m[0], []).append(m)
    return out


_COUNTRY_DE = ("du", "de", "des", "d'")


def force_phrases(doc: Document, words: Sequence[str], tok_of: dict[int, int], lo: int,
                  hi: int, ents: Sequence[Entity]) -> list[Entity]:
    """Descriptive phrases for an armed force among tokens ``[lo, hi)``, as ORG/armed_forces
    entities made by events (``source="events"``, ``attrs["alias_type"] == "force_phrase"``,
    offsets into the text): "l'armée de terre ivoirienne", "les forces spéciales kényanes",
    "la marine du Ghana" (``attrs["country"]`` from the demonym or the country named), and bare
    "l'armée", "la marine", Belgian "la Défense" (no country: ``attrs["bare"]``). CONVENTIONS
    leaves them untagged; a transfer still needs them as its buyer when nothing else names it.
    The phrase starts at its head noun (no determiner) and ends after its complements and its
    demonym. ``ents`` (sorted by start) are the sentence's entities: a phrase never starts
    inside a name, and a name that is a prefix of the phrase ("armée de terre", the French
    army in the gazetteer, before "ivoirienne") gives way to it. Each token is looked at a
    bounded number of times (at most three complements of at most seven words)."""
    from ..triggers import _local

    data = force_phrase_words()
    heads, comps = data["heads"], data["complements"]
    seq, shift = _local(words, lo, hi)  # a window's own list: no wrapper call per read
    words = _Shifted(seq, shift)
    toks = doc.tokens
    by_start = {e.start: e for e in ents}
    covered: list[tuple[int, int, Entity]] = sorted((e.start, e.end, e) for e in ents)
    cstarts = [c[0] for c in covered]
    out: list[Entity] = []
    i = lo
    while i < hi:
        w = words[i]
        if w not in heads or i == lo or words[i - 1] not in data["dets"] and words[i - 1] != "a":
            i += 1
            continue
        if words[i - 1] == "a" and w != "defense":
            i += 1  # "à armée égale": no determiner, no force
            continue
        if w in data["capital"] and (not toks[i].text[:1].isupper() or (
                i >= 3 and words[i - 2] in _COUNTRY_DE and words[i - 3].startswith("minist"))
                or (i >= 2 and words[i - 2] in _COUNTRY_DE)):
            i += 1  # "la défense aérienne", "ministère de la Défense"
            continue
        k = bisect_left(cstarts, toks[i].start + 1) - 1
        if k >= 0 and covered[k][1] > toks[i].start and covered[k][0] < toks[i].start:
            i += 1  # inside a name ("Forces armées royales" is one already)
            continue
        j = i + 1
        for _ in range(3):
            step = next((c for c in comps if tuple(words[j:j + len(c)]) == c and
                         j + len(c) <= hi), None)
            if step is None:
                break
            j += len(step)
        code = None
        nat = by_start.get(toks[j].start) if j < hi else None
        if nat is not None and nat.label == "LOC" and nat.kind == "nationality":
            code = (nat.attrs or {}).get("country")
            j = _end_tok_of(toks, nat, j) + 1
        elif j < hi and words[j] in _nationalities():
            code = _nationalities()[words[j]][0]  # a demonym the caller did not make an entity
            j += 1
        elif j + 1 < hi and words[j] in _COUNTRY_DE:
            jj = j + 1 + (words[j + 1] in ("la", "l'", "les"))
            c = by_start.get(toks[jj].start) if jj < hi else None
            if c is not None and c.label == "LOC" and c.kind == "country":
                code = (c.attrs or {}).get("country")
                j = _end_tok_of(toks, c, jj) + 1
        if code is None and (w not in data["bare"] and j == i + 1):
            i = j
            continue  # "les forces", "les troupes": no force named
        s, t = toks[i].start, toks[j - 1].end
        own = by_start.get(s)
        if own is not None and own.end >= t:
            i = j
            continue  # a name or a described force that already says it all
        out.append(Entity(s, t, doc.text[s:t], "ORG", kind="armed_forces", canonical=None,
                          id=None, source="events",
                          attrs={"country": code, "alias_type": "force_phrase",
                                 **({"bare": True} if code is None else {})}))
        i = j
    return out


class _Shifted:
    """``seq`` read under document token indices (``seq[i - shift]``), slices included."""

    __slots__ = ("_seq", "_shift")

    def __init__(self, seq: Sequence[str], shift: int) -> None:
        self._seq, self._shift = seq, shift

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return self._seq[i.start - self._shift:i.stop - self._shift]
        return self._seq[i - self._shift]


def _end_tok_of(toks: Sequence[Any], e: Entity, i: int) -> int:
    """Token index of the last token of ``e``, which starts at token ``i``."""
    while i < len(toks) - 1 and toks[i].end < e.end:
        i += 1
    return i
