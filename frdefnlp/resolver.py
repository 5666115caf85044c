"""One place where overlapping candidate entities are decided.

Every component (gazetteer, patterns, context rules, stanza's NER) proposes candidates; the
:class:`Resolver` keeps a set of non-overlapping entities by a written rule and returns the
others too, so that every decision can be inspected.

Default rule (``policy="longest"``): longest span first, then earliest start, then the
source's priority (``user`` > ``gazetteer`` > ``pattern`` > ``alias`` > ``context`` >
``stanza`` > ``spacy``), then label and id (so the result never depends on input order). ``policy=
"priority"`` puts the source first, then length. Any callable ``Entity -> sort key`` can be
passed instead.

Before that rule, a candidate from a *guessing* source (``pattern`` by default) that overlaps a
candidate from a *naming* source (``user``, ``gazetteer``) is dropped, however long it is: a
name from a list is firmer evidence than a shape. In "le système Barak 8 auprès d'Israël" the
QUANTITY pattern reads "8 auprès", but the 8 belongs to the designation "Barak 8"; in "trois
F-16" the pattern reads a count of F-16s, but the system name is the entity (a number right
before a system name is not a QUANTITY).

Before both, the resolver's *rules* (``rules=``, default :data:`CANDIDATE_RULES`) settle the
candidates that are no entity whatever they overlap: a count of an unlisted designation
gives way to the system ("180 K2": WEAPON ``K2``, ``attrs["count"]``; the QUANTITY reported
in ``dropped``), the person or place a ship is named after ("le porte-hélicoptères Gamal
Abdel Nasser"), a vague count ("des dizaines d'opérations": reported in ``dropped``), a
QUANTITY pattern cut out of a designation found from context ("avions Hawk 208
britanniques"). Each rule is linear or O(n log n).

After the overlaps, when :meth:`Resolver.resolve` is given the ``text`` (``frdefnlp.tagger.decide``
does), its *finishing rules* (``finish=``, default :data:`FINISH_RULES`) read the decided
entities in their text: two names of one system side by side are one mention ("Apache
AH-64E"; the second reported in ``dropped``), and a person takes the nationality an
adjective in their title states (from the ``aside`` mentions: "le président serbe X").
They run on decided entities only: joining or enriching candidates before the decision
would change what the decision keeps and what it reports.

Cost: O(n log n) for n candidates (plus, for each guessing candidate, the naming spans that
start within the longest naming span's length before it).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import regex

from ._resources import cached, read_json
from ._spans import SpanIndex
from .errors import InputValueError
from .types import Entity

__all__ = ["CANDIDATE_RULES", "FINISH_RULES", "Resolver", "SOURCE_PRIORITY"]

#: A rule over every candidate before the overlaps are decided: returns ``(candidates still
#: in play, candidates it withheld that ``resolve`` reports in ``dropped``)``. A rule may
#: also remove a candidate without reporting it, when the candidate is no mention at all
#: (a ship's namesake, a count cut out of a designation).
CandidateRule = Callable[[list[Entity]], tuple[list[Entity], list[Entity]]]


#: What a count's noun must look like to name a system: a capital, then a digit ("K2",
#: "Su-35", "AH-64E").
_DESIGNATION = regex.compile(r"\p{Lu}[\p{L}\-]*\d[\w\-]*")


def counts_of_systems(candidates: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """"180 K2", "12 nouveaux Su-35": a number before a designation counts a system; the
    system is the entity, not the count (the annotation guidelines). Where no listed name
    (gazetteer or user) covers the designation, the QUANTITY (reported in ``dropped``) gives
    way to a WEAPON over the designation (``source="context"``, ``attrs["count"]``); where one
    does, the overlap rule drops the count. First of :data:`CANDIDATE_RULES`: a vague count
    of a designation ("des dizaines de K2") counts a system too, and the WEAPON it leaves is
    the context WEAPON that :func:`without_counts_in_designations` reads."""
    if not any(e.label == "QUANTITY" and e.kind == "count" for e in candidates):
        return candidates, []
    listed = SpanIndex((e.start, e.end) for e in candidates
                       if e.label == "WEAPON" and e.source in ("gazetteer", "user"))
    out: list[Entity] = []
    gone: list[Entity] = []
    for e in candidates:
        noun = e.value.get("noun") if e.label == "QUANTITY" and e.value else None
        if (noun and e.kind == "count" and e.source == "pattern" and e.text.endswith(noun)
                and _DESIGNATION.fullmatch(noun) and not listed.overlaps(e.end - len(noun), e.end)):
            s = e.end - len(noun)
            out.append(Entity(s, e.end, e.text[s - e.start:], "WEAPON", kind="other",
                              source="context", attrs={"cue": "count", "count": e.value.get("value")},
                              confidence=0.6))
            gone.append(e)
            continue
        out.append(e)
    return out, gone


def without_names_of_ships(candidates: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """"le porte-hélicoptères Gamal Abdel Nasser": the person or place a ship is named after
    is not mentioned; the ship is (``attrs["named_after"]`` keeps the id). The namesake is
    removed, not reported."""
    ships = SpanIndex((e.start, e.end) for e in candidates
                      if e.label == "WEAPON" and "named_after" in e.attrs)
    if not ships:
        return candidates, []
    return [e for e in candidates
            if not (e.label in ("PERSON", "LOC", "ORG") and ships.covers(e.start, e.end))], []


def without_vague_counts(candidates: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """"des dizaines d'opérations": no exact number, no QUANTITY entity; the candidate
    (``attrs["vague"]``) is reported in ``dropped``."""
    vague = [e for e in candidates if e.label == "QUANTITY" and e.attrs.get("vague")]
    if not vague:
        return candidates, []
    return [e for e in candidates if not (e.label == "QUANTITY" and e.attrs.get("vague"))], vague


def without_counts_in_designations(candidates: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Drop the QUANTITY patterns that cut into a system name found from context ("avions
    Hawk 208 britanniques": 208 is part of the designation, not a count of Britons); they
    are removed, not reported."""
    names = SpanIndex((e.start, e.end) for e in candidates
                      if e.label == "WEAPON" and e.source == "context")
    if not names:
        return candidates, []
    return [e for e in candidates if not (
        e.label == "QUANTITY" and e.source == "pattern" and names.overlaps(e.start, e.end))], []


#: The rules every :class:`Resolver` applies unless told otherwise, in this order.
CANDIDATE_RULES: tuple[CandidateRule, ...] = (
    counts_of_systems, without_names_of_ships, without_vague_counts,
    without_counts_in_designations)

#: A rule over the decided entities in their text, given the mentions set aside (nationality
#: adjectives): returns ``(entities, entities merged away)``, the latter reported in
#: ``dropped``. Entities stay sorted and never overlap.
FinishRule = Callable[[str, list[Entity], Sequence[Entity]], tuple[list[Entity], list[Entity]]]

_NAME_GAP = regex.compile(r"[ \t\u00a0\u202f]{1,3}")


def join_repeated_names(text: str, kept: list[Entity],
                        aside: Sequence[Entity] = ()) -> tuple[list[Entity], list[Entity]]:
    """"Apache AH-64E", "AGM-154C JSOW": two decided names of the same system side by side
    are one mention (the longest name, as the annotation guidelines say); the second is
    merged away. Joined after the decision, not proposed before it: the joined span would
    beat candidates that beat one of its parts."""
    out: list[Entity] = []
    gone: list[Entity] = []
    for e in kept:
        prev = out[-1] if out else None
        if (prev is not None and e.label == "WEAPON" and prev.label == "WEAPON" and e.id
                and e.id == prev.id and _NAME_GAP.fullmatch(text, prev.end, e.start)):
            out[-1] = replace(prev, end=e.end, text=text[prev.start:e.end])
            gone.append(e)
            continue
        out.append(e)
    return out, gone


#: The last word of a designation ("CH-149", "Su-30MKA", "F-16V", "2000-5"): a capital or a
#: digit first, a digit in it.
_DESIGNATION_WORD = regex.compile(r"(?:\p{Lu}[\p{L}]*-?)?\d[\p{L}\d\-/]*")
#: A system's own name after its designation: one or two capitalised words (a Roman number
#: may end it: "Globemaster III"), then no more of a word.
_OWN_NAME = regex.compile(
    r"[ \u00a0](\p{Lu}\p{Ll}{2,}(?:[ \u00a0](?:\p{Lu}\p{Ll}{2,}|[IVX]{1,3}))?)(?![\w\-])")
#: A variant glued by a slash ("HQ-9/BE", "MiG-29M/M2", "Type 209/1400mod"), a plus ("Block 52+") or
#: an export version's small "i" ("S-70i").
_SLASH_VARIANT = regex.compile(r"/[\p{Lu}\d]{1,4}(?:mod)?(?![\w\-/])|\+(?![\w+])|(?<=\d)(?:i|mod)(?![\w\-])")
#: A number of the same family coordinated after a designation ("2000-5 et 2000-9").
_SAME_FAMILY = regex.compile(r"(?:,| et| ou)[ \u00a0](\d{3,4})-(\w{1,3})(?![\w\-])")
@cached
def _not_own_names() -> frozenset[str]:
    """Capitalised words that never name a system after its designation (months and days
    begin dates, "Photo" or "Crédit" a caption): ``not_own_names`` in systems_fr.json."""
    return frozenset(read_json("names/systems_fr.json").get("not_own_names", ()))


@cached
def _variant_tails() -> frozenset[str]:
    """Capitals that end a variant's designation after a space ("Leopard 2A4M CAN", "F-16
    MLU"): ``variant_tails`` in systems_fr.json."""
    return frozenset(read_json("names/systems_fr.json").get("variant_tails", ()))


#: A generation's Roman number after a system's name ("Huey II", "Kirpi II").
_ROMAN_TAIL = regex.compile(r"[ \u00a0](?:II|III|IV)(?![\w\-])")
_TAIL = regex.compile(r"[ \u00a0](\p{Lu}{2,4})(?![\w\-])")


def _last_word(text: str) -> str:
    return text.rsplit(None, 1)[-1] if text.strip() else ""


def join_designations(text: str, kept: list[Entity],
                      aside: Sequence[Entity] = ()) -> tuple[list[Entity], list[Entity]]:
    """A designation and what follows it are one system (issue 11): its own name
    ("CH-149 Cormorant", "CC-177 Globemaster III", "Su-30MKA Flanker", "F-16V Viper": a
    decided system, a model's guess or unclaimed capitalised words right after it; a name
    listed as a person, a place or a body stays apart), a variant glued by a slash or a
    plus ("HQ-9/BE", "F-16 Block 52+"), and another number of its family coordinated after
    it ("les Mirage 2000-5 et 2000-9": a second mention of the same record). Linear: one
    look at the text after each decided system."""
    if not any(e.label == "WEAPON" for e in kept):
        return kept, []
    out: list[Entity] = []
    gone: list[Entity] = []
    own: dict[str, Entity] = {}
    n = len(kept)
    i = 0
    while i < n:
        e = kept[i]
        i += 1
        if e.label == "WEAPON":
            m = _ROMAN_TAIL.match(text, e.end)
            if m and (i >= n or kept[i].start >= m.end()):
                e = replace(e, end=m.end(), text=text[e.start:m.end()])  # "Huey II"
        if e.label != "WEAPON" or not _DESIGNATION_WORD.fullmatch(_last_word(e.text)):
            out.append(e)
            continue
        nxt = kept[i] if i < n else None
        limit = nxt.start if nxt is not None else len(text)
        m = _SLASH_VARIANT.match(text, e.end)
        if m and m.end() <= limit:
            e = replace(e, end=m.end(), text=text[e.start:m.end()])
        m = _TAIL.match(text, e.end)
        if m and m.end() <= limit and m.group(1) in _variant_tails():
            e = replace(e, end=m.end(), text=text[e.start:m.end()])
        m = _OWN_NAME.match(text, e.end)
        if m and m.group(1).split()[0] not in _not_own_names():
            if nxt is not None and nxt.start == m.start(1) and nxt.end - nxt.start <= 30 and (
                    nxt.label == "WEAPON" or (nxt.source != "gazetteer"
                                              and nxt.attrs.get("cue") == "model")) \
                    and all(w[:1].isupper() or w[:1].isdigit() for w in nxt.text.split()):
                attrs = dict(e.attrs)
                attrs["own_name"] = nxt.text
                e = replace(e, end=nxt.end, text=text[e.start:nxt.end], attrs=attrs,
                            id=e.id or nxt.id, canonical=e.canonical or nxt.canonical)
                gone.append(nxt)
                i += 1
                nxt = kept[i] if i < n else None
            elif m.end() <= limit:
                attrs = dict(e.attrs)
                attrs["own_name"] = m.group(1)
                e = replace(e, end=m.end(), text=text[e.start:m.end()], attrs=attrs)
        out.append(e)
        if "own_name" in e.attrs:
            own.setdefault(str(e.attrs["own_name"]), e)
        m = _SAME_FAMILY.match(text, e.end)
        last = _last_word(e.text)
        if m and last.startswith(m.group(1) + "-") and (nxt is None or nxt.start >= m.end()):
            s, t = m.start(1), m.end()
            attrs = dict(e.attrs)
            attrs["cue"] = "same_family"
            out.append(replace(e, start=s, end=t, text=text[s:t], attrs=attrs))
    if own:
        out, more = _own_names_alone(text, out, own)
        gone.extend(more)
    return out, gone


def _own_names_alone(text: str, kept: list[Entity],
                     own: dict[str, Entity]) -> tuple[list[Entity], list[Entity]]:
    """The own name of a joined designation said alone elsewhere in the text ("le premier
    Cormorant modernisé" beside "CH-149 Cormorant") is that system: free text or a model's
    guess there becomes a WEAPON mention of it. One scan of the text per own name."""
    spans = [(e.start, e.end) for e in kept]
    index = SpanIndex(spans)
    guesses = {(e.start, e.end): e for e in kept
               if e.source != "gazetteer" and e.attrs.get("cue") == "model"}
    added: list[Entity] = []
    gone: list[Entity] = []
    for name, sys_e in own.items():
        if len(name) < 4:
            continue
        for m in regex.finditer(r"(?<![\w\-])" + regex.escape(name) + r"(?![\w\-])", text):
            s, t = m.span()
            g = guesses.get((s, t))
            if g is None and index.overlaps(s, t):
                continue
            attrs = {k: v for k, v in sys_e.attrs.items() if k != "own_name"}
            attrs["cue"] = "own_name"
            added.append(replace(sys_e, start=s, end=t, text=text[s:t], attrs=attrs,
                                 source="alias"))
            if g is not None:
                gone.append(g)
    if not added:
        return kept, []
    drop = {id(g) for g in gone}
    out = [e for e in kept if id(e) not in drop] + added
    out.sort(key=lambda e: (e.start, e.end))
    return out, gone


def nationality_from_titles(text: str, kept: list[Entity],
                            aside: Sequence[Entity] = ()) -> tuple[list[Entity], list[Entity]]:
    """A decided PERSON without a country takes the one that a nationality adjective in its
    title states ("le président serbe X": the last adjective of ``aside`` that starts within
    the title, ``attrs["role"]``, and 40 characters before it). Decided entities only: the
    dropped candidates keep the attributes their component gave them."""
    adjectives = [a for a in aside if a.attrs.get("alias_type") == "adjective"]
    by_start = sorted(adjectives, key=lambda a: a.start)  # stable: equal starts keep their order
    starts = [a.start for a in by_start]
    out = []
    for e in kept:
        if e.label == "PERSON" and not e.attrs.get("country"):
            role_start = e.start - len(str(e.attrs.get("role", ""))) - 40
            # the last adjective starting in [role_start, e.start)
            i = bisect_left(starts, e.start)
            if i > 0 and starts[i - 1] >= role_start:
                attrs = dict(e.attrs)
                attrs["country"] = by_start[i - 1].attrs.get("country")
                e = replace(e, attrs=attrs)
        out.append(e)
    return out, []


#: The finishing rules every :class:`Resolver` applies (when given the text), in this order.
FINISH_RULES: tuple[FinishRule, ...] = (join_repeated_names, join_designations,
                                         nationality_from_titles)

#: Lower wins.
SOURCE_PRIORITY: Mapping[str, int] = {
    "user": 0,
    "gazetteer": 1,
    "pattern": 2,
    "alias": 3,
    "context": 4,
    "stanza": 5,
    "spacy": 6,
}


class Resolver:
    """Choose non-overlapping entities among candidates.

    >>> from frdefnlp.types import Entity
    >>> a = Entity(0, 9, "Iron Dome", "WEAPON", source="gazetteer")
    >>> b = Entity(0, 4, "Iron", "LOC", source="stanza")
    >>> kept, dropped = Resolver().resolve([b, a])
    >>> [e.text for e in kept], [e.text for e in dropped]
    (['Iron Dome'], ['Iron'])
    """

    def __init__(
        self,
        *,
        policy: str | Callable[[Entity], Any] = "longest",
        priorities: Mapping[str, int] | None = None,
        naming_sources: Iterable[str] = ("user", "gazetteer"),
        guessing_sources: Iterable[str] = ("pattern",),
        rules: Sequence[CandidateRule] = CANDIDATE_RULES,
        finish: Sequence[FinishRule] = FINISH_RULES,
    ) -> None:
        self.rules = tuple(rules)
        self.finish = tuple(finish)
        self.priorities = dict(SOURCE_PRIORITY if priorities is None else priorities)
        self.naming_sources = frozenset(naming_sources)
        self.guessing_sources = frozenset(guessing_sources)
        if callable(policy):
            self._key = policy
        elif policy == "longest":
            self._key = lambda e: (
                -(e.end - e.start), e.start, self._prio(e), e.label, e.id or "", e.kind or "")
        elif policy == "priority":
            self._key = lambda e: (
                self._prio(e), -(e.end - e.start), e.start, e.label, e.id or "", e.kind or "")
        else:
            raise InputValueError(
                f"unknown resolver policy {policy!r}: use 'longest', 'priority' or a callable"
            )
        self.policy = policy

    def _prio(self, e: Entity) -> int:
        return self.priorities.get(e.source, len(self.priorities))

    def _crossing(self, candidates: list[Entity]) -> set[int]:
        """``id()`` of the guessing candidates that overlap a naming candidate. An amount
        that holds a whole name in its currency ("25 millions US$", "dollars de Hong Kong")
        does not cross it: the name is part of the currency's name."""
        names = sorted((e.start, e.end) for e in candidates
                       if e.source in self.naming_sources and e.end > e.start)
        if not names:
            return set()
        name_starts = [s for s, _ in names]
        longest = max(e - s for s, e in names)
        out: set[int] = set()
        for c in candidates:
            if c.source not in self.guessing_sources:
                continue
            lo = bisect_left(name_starts, c.start - longest)
            hi = bisect_left(name_starts, c.end)
            inside_ok = c.label == "MONEY"
            if any(s < c.end and c.start < e and not (inside_ok and c.start <= s and e <= c.end)
                   for s, e in names[lo:hi]):
                out.add(id(c))
        return out

    def resolve(self, candidates: Iterable[Entity], *, text: str | None = None,
                aside: Sequence[Entity] = ()) -> tuple[list[Entity], list[Entity]]:
        """Return ``(kept, dropped)``; ``kept`` is sorted by offsets and never overlaps;
        ``dropped`` is sorted by offsets, then come the candidates the rules withheld, then
        those the finishing rules merged away. The finishing rules run only when ``text``
        (the text the offsets point into) is given; ``aside`` holds the mentions that are no
        entity but inform them (nationality adjectives)."""
        candidates = list(candidates)
        withheld: list[Entity] = []
        for rule in self.rules:
            candidates, out = rule(candidates)
            withheld.extend(out)
        crossing = self._crossing(candidates)
        ordered = sorted(candidates, key=self._key)
        starts: list[int] = []  # sorted starts of kept spans
        ends: dict[int, int] = {}
        kept: list[Entity] = []
        dropped: list[Entity] = []
        for e in ordered:
            if e.end <= e.start or id(e) in crossing:
                dropped.append(e)
                continue
            i = bisect_left(starts, e.start)
            clash = (i < len(starts) and starts[i] < e.end) or (
                i > 0 and ends[starts[i - 1]] > e.start
            )
            if clash or e.start in ends:
                dropped.append(e)
                continue
            insort(starts, e.start)
            ends[e.start] = e.end
            kept.append(e)
        kept.sort(key=lambda e: (e.start, e.end))
        dropped.sort(key=lambda e: (e.start, e.end, e.label))
        dropped.extend(withheld)
        if text is not None:
            for finish in self.finish:
                kept, gone = finish(text, kept, aside)
                dropped.extend(gone)
        return kept, dropped
