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
candidates that are no entity whatever they overlap: the person or place a ship is named
after ("le porte-hélicoptères Gamal Abdel Nasser"), a vague count ("des dizaines
d'opérations": reported in ``dropped``), a QUANTITY pattern cut out of a designation found
from context ("avions Hawk 208 britanniques"). Each rule is linear or O(n log n).

Cost: O(n log n) for n candidates (plus, for each guessing candidate, the naming spans that
start within the longest naming span's length before it).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ._spans import SpanIndex
from .errors import InputValueError
from .types import Entity

__all__ = ["CANDIDATE_RULES", "Resolver", "SOURCE_PRIORITY"]

#: A rule over every candidate before the overlaps are decided: returns ``(candidates still
#: in play, candidates it withheld that ``resolve`` reports in ``dropped``)``. A rule may
#: also remove a candidate without reporting it, when the candidate is no mention at all
#: (a ship's namesake, a count cut out of a designation).
CandidateRule = Callable[[list[Entity]], tuple[list[Entity], list[Entity]]]


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
    without_names_of_ships, without_vague_counts, without_counts_in_designations)

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
    ) -> None:
        self.rules = tuple(rules)
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
        """``id()`` of the guessing candidates that overlap a naming candidate."""
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
            if any(s < c.end and c.start < e for s, e in names[lo:hi]):
                out.add(id(c))
        return out

    def resolve(self, candidates: Iterable[Entity]) -> tuple[list[Entity], list[Entity]]:
        """Return ``(kept, dropped)``; ``kept`` is sorted by offsets and never overlaps;
        ``dropped`` is sorted by offsets, then come the candidates the rules withheld."""
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
        return kept, dropped
