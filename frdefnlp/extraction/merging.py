"""Step 3 of events: one event per happening.

Mentions of a document merge when they tell the same happening: a transfer with the same
system (a mention naming no system joins the previous transfer of its recipient), unless their
recipient countries differ (separate lots to different buyers stay apart); a visit with the same
visitor (a meeting joins the visit it belongs to); an agreement sharing a party; an exercise with
the same name (an unnamed mention joins the previous exercise); an industrial project sharing a
company or product. The merged event keeps every slot filler once, the furthest stage stated
(:data:`STATUS_RANK`) and counts ``attrs["mentions"]``.

Cost: each mention looks up its keys in a dictionary of the events built so far, so merging
is linear in the mentions (plus the slot fillers it copies).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from ..types import Entity, Event

#: Order used when merged mentions disagree on status: the stage furthest along wins; a denial
#: or cancellation outranks every stage.
STATUS_RANK = {
    None: 0, "reported": 1, "planned": 2, "negotiating": 3, "agreed": 4, "ordered": 5,
    "signed": 5, "ongoing": 5, "done": 6, "ratified": 6, "delivered": 6, "cancelled": 7,
    "denied": 7,
}

_SINGLE = ("supplier", "recipient", "value")


def _ids(ev: Event, slot: str) -> set[str]:
    return {e.id or " ".join(e.text.lower().split()) for e in ev.slots.get(slot, ())}


def keys_of(ev: Event) -> list[tuple[str, ...]]:
    """Identity keys of a mention: events sharing one are the same happening (if compatible)."""
    doc = ev.document_id or ""
    t = ev.type
    if t == "ARMS_TRANSFER":
        named = {e.id or e.text.lower() for e in ev.slots.get("system", ()) if e.label == "WEAPON"}
        return [(doc, t, "sys", s) for s in sorted(named)]
    if t == "VISIT":
        keys = [(doc, t, "visitor", v) for v in sorted(_ids(ev, "visitor"))]
        vc, hc = ev.attrs.get("visitor_country"), ev.attrs.get("host_country")
        if vc and hc:  # the army chief and "la délégation algérienne" in Paris: one visit
            keys.append((doc, t, "route", vc, hc))
        return keys
    if t == "AGREEMENT":
        # one agreement: the same named signatories, or the same pair of countries
        parties = {e.id or e.text.lower() for e in ev.slots.get("parties", ())
                   if e.label in ("PERSON", "ORG") and e.kind not in ("government",)}
        keys = [(doc, t, "party", p) for p in sorted(parties)]
        countries = tuple(sorted(ev.attrs.get("countries", ())))
        if len(countries) == 2 and not parties:
            keys.append((doc, t, "pair") + countries)
        return keys
    if t == "EXERCISE":
        return [(doc, t, "name", n) for n in sorted(_ids(ev, "name"))]
    if t == "INDUSTRY":
        named = {e.id or e.text.lower() for k in ("companies", "product")
                 for e in ev.slots.get(k, ()) if e.label != "EQUIPMENT"}
        return [(doc, t, "who", c) for c in sorted(named)]
    return []


def compatible(a: Event, b: Event) -> bool:
    """Whether two mentions with a shared key can be one happening."""
    if a.type == "ARMS_TRANSFER":
        la, lb = a.attrs.get("lot"), b.attrs.get("lot")
        if (la and lb and la != lb) or (lb == "new" and not la):
            # "le premier lot ... un second lot", "X ... deux X supplémentaires" (told after):
            # two deals for one system
            return False
        ra, rb = a.attrs.get("recipient_country"), b.attrs.get("recipient_country")
        if ra and rb and ra != rb and not (a.attrs.get("recipient_inferred") or
                                           b.attrs.get("recipient_inferred")):
            return False
        sa, sb = a.attrs.get("supplier_country"), b.attrs.get("supplier_country")
        return not (sa and sb and sa != sb and not (a.attrs.get("supplier_inferred") or
                                                     b.attrs.get("supplier_inferred")))
    if a.type == "EXERCISE":
        na, nb = a.attrs.get("name"), b.attrs.get("name")
        return not (na and nb and na != nb)
    if a.type == "INDUSTRY":
        return not _other_country(a, b)  # one company's plants in two countries: two projects
    return True


def merge(mentions: Sequence[Event], *, across: bool = False) -> list[Event]:
    """Merge mentions in text order (see the module docstring). ``across``: documents too."""
    out: list[Event | None] = []
    index: dict[tuple[str, ...], int] = {}
    last: dict[tuple[str, str], int] = {}   # (doc, type) -> last event index
    weak: list[Event] = []
    for m in mentions:
        keys = keys_of(m)
        if across:
            keys = [("*",) + k[1:] for k in keys]
        target = next((index[k] for k in keys if k in index and out[index[k]] is not None
                       and compatible(out[index[k]], m)), None)
        dk = (m.document_id or "", m.type)
        if target is None and (not keys or m.attrs.get("refers_back")) and dk in last \
                and not across:
            prev = out[last[dk]]
            if prev is not None and _joins_previous(prev, m):
                target = last[dk]
        if target is None:
            if m.attrs.get("weak"):
                weak.append(m)
                continue
            out.append(m)
            target = len(out) - 1
        else:
            out[target] = merge_two(out[target], m)
        for k in keys_of(out[target]) if not across else [("*",) + k[1:] for k in keys_of(out[target])]:
            index.setdefault(k, target)
        last[dk] = target
    # a meeting that joined no visit stands alone when it crosses a border
    last_visit = {(e.document_id or ""): i for i, e in enumerate(out)
                  if e is not None and e.type == "VISIT"}
    for m in weak:
        vc, hc = m.attrs.get("visitor_country"), m.attrs.get("host_country")
        i = last_visit.get(m.document_id or "")
        if i is not None:
            out[i] = merge_two(out[i], m)
        elif vc and hc and vc != hc and "host_inferred" not in m.attrs:
            out.append(m)
    res = _unnamed_exercises_join(_generic_joins_named([e for e in out if e is not None]))
    res.sort(key=lambda e: (str(e.document_id), e.sentence_start))
    return res


def _generic_joins_named(events: list[Event]) -> list[Event]:
    """A transfer told with a category word and its buyer ("Le Mali reçoit des drones turcs",
    a headline or a lead) joins the first later transfer of a named system of that category
    whose buyer the text does not state there ("Baykar a livré quatre Akinci"), when their
    sellers' countries agree: one deal told in two places, the buyer from the first, the
    system from the second. A named transfer with a stated buyer is another deal and is
    skipped. Events in text order; one pass (a pending generic mention per document and
    category)."""
    pending: dict[tuple[str, str], int] = {}
    drop: set[int] = set()
    out = list(events)
    for i, ev in enumerate(out):
        if ev.type != "ARMS_TRANSFER":
            continue
        systems = ev.slots.get("system", ())
        cat = ev.attrs.get("category")
        if not systems or not isinstance(cat, str):
            continue
        key = (ev.document_id or "", cat)
        named = any(e.label == "WEAPON" for e in systems)
        stated = bool(ev.slots.get("recipient")) and not ev.attrs.get("recipient_inferred")
        if not named:
            if stated and not ev.attrs.get("system_inferred"):
                pending[key] = i
            continue
        j = pending.get(key)
        if j is None or stated:
            continue
        g = out[j]
        sg, sn = g.attrs.get("supplier_country"), ev.attrs.get("supplier_country")
        if sg and sn and sg != sn:
            continue
        out[i] = merge_two(ev, g)
        drop.add(j)
        del pending[key]
    return [e for k, e in enumerate(out) if k not in drop]


def _unnamed_exercises_join(events: Iterable[Event]) -> list[Event]:
    """An unnamed exercise told before the named one ("Exercice naval : la Marine royale et
    l'US Navy en mer", then "l'exercice X 2026") joins it when its parties are among the
    named exercise's, or when it is the document's only named exercise (unless one is planned
    with a date and the other held): one named exercise per document and party set, in one
    pass."""
    out: list[Event] = []
    named: dict[str, list[int]] = {}
    for ev in events:
        out.append(ev)
        if ev.type == "EXERCISE" and ev.attrs.get("name"):
            named.setdefault(ev.document_id or "", []).append(len(out) - 1)
    if not named:
        return out
    keep = []
    for i, ev in enumerate(out):
        if ev.type == "EXERCISE" and not ev.attrs.get("name"):
            mine = _ids(ev, "parties")
            doc_named = named.get(ev.document_id or "", ())
            cands = [j for j in doc_named
                     if mine and mine <= _ids(out[j], "parties")
                     and not _planned_vs_held(out[j], ev)]
            if not cands and len(doc_named) == 1 and not _planned_vs_held(out[doc_named[0]], ev):
                cands = list(doc_named)  # the page's one named exercise ("Grandes manœuvres en X")
            if len(cands) == 1:
                out[cands[0]] = merge_two(out[cands[0]], ev)
                continue
        keep.append(i)
    return [out[i] for i in keep]


def _planned_vs_held(a: Event, b: Event) -> bool:
    """One exercise told as planned with a date of its own and the other as held, the unnamed
    one introduced as new ("ont achevé des manœuvres ..." then "prendront part en mai à
    l'exercice X"; not "doit se joindre aux manœuvres", not "mèneront des manœuvres" inside
    the named one's days): two exercises, not one."""
    if (a.status == "planned") == (b.status == "planned"):
        return False
    planned = a if a.status == "planned" else b
    if not planned.slots.get("date"):
        return False  # "mèneront des manœuvres": the named exercise's own programme
    return any(not e.attrs.get("name") and _indefinite(e) for e in (a, b))


_INDEFINITE = ("des", "de", "d'", "un", "une", "nouvelles", "nouveaux", "nouvel", "nouvel")


def _indefinite(ev: Event) -> bool:
    """Whether the event's first trigger follows an indefinite determiner ("des manœuvres")."""
    if not ev.evidence:
        return False
    start = ev.evidence[0][0] - ev.sentence_start
    if not 0 < start <= len(ev.sentence):
        return False
    before = ev.sentence[:start].split()
    if not before:
        return False
    w = before[-1].lower()
    return w in _INDEFINITE or w.endswith("d'") or w.endswith("d’")


def _joins_previous(prev: Event, m: Event) -> bool:
    if m.type == "ARMS_TRANSFER":
        # no named system ("le contrat", "ces drones"): the previous transfer, if near, unless
        # the mention states a party of its own that the previous one lacks
        if m.sentence_start - prev.sentence_end >= 600 or not compatible(prev, m):
            return False
        for k in ("supplier", "recipient"):
            own = {e.id or e.text for e in m.slots.get(k, ())} if not m.attrs.get(
                k + "_inferred") else set()
            theirs = {e.id or e.text for e in prev.slots.get(k, ())}
            if own and not own & theirs:
                return False
        return True
    if m.type == "EXERCISE":
        return not m.attrs.get("name") and not _planned_vs_held(prev, m)
    if m.type == "INDUSTRY":
        # "Il ouvrira aussi un centre de maintenance en Italie": a plant in another country
        # is another project
        return not _other_country(prev, m)
    if m.type == "VISIT":
        return True
    # "Le document a été paraphé par X et Y": the agreement told just before
    return m.type == "AGREEMENT" and bool(m.attrs.get("refers_back"))


def _one_per_referent(ents: Iterable[Entity]) -> tuple[Entity, ...]:
    seen: set[tuple[str, str]] = set()
    out = []
    for e in sorted(ents, key=lambda e: (e.start, e.end)):
        key = (e.label, e.id or " ".join(e.text.lower().split()))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return tuple(out)


def _other_country(a: Event, b: Event) -> bool:
    """Whether two INDUSTRY mentions state places (not inferred) of known, different
    countries only."""
    if a.attrs.get("place_inferred") or b.attrs.get("place_inferred"):
        return False
    ca = {c for e in a.slots.get("place", ()) if (c := (e.attrs or {}).get("country"))}
    cb = {c for e in b.slots.get("place", ()) if (c := (e.attrs or {}).get("country"))}
    return bool(ca and cb and not ca & cb)


def _same_country(xs: Sequence[Entity], ys: Sequence[Entity]) -> bool:
    cx = {(e.attrs or {}).get("country") for e in xs}
    cy = {(e.attrs or {}).get("country") for e in ys}
    return bool(cx & cy - {None})


def merge_two(a: Event, b: Event) -> Event:
    """``a`` with ``b`` folded in: slot fillers once each, furthest status, counted mentions."""
    slots = {k: _one_per_referent(a.slots.get(k, ()) + b.slots.get(k, ()))
             for k in sorted(set(a.slots) | set(b.slots))}
    for k in _SINGLE:
        if a.slots.get(k) and b.slots.get(k):
            # a stated filler beats an inferred one; two stated fillers of one country are one
            # party named two ways ("le Maroc", "les FAR") and both stay
            inferred_a = a.attrs.get(k + "_inferred")
            inferred_b = b.attrs.get(k + "_inferred")
            if inferred_a and not inferred_b:
                slots[k] = b.slots[k]
            elif inferred_b or k == "value" or not _same_country(a.slots[k], b.slots[k]):
                slots[k] = a.slots[k]
    attrs: dict[str, Any] = dict(b.attrs)
    attrs.update({k: v for k, v in a.attrs.items() if v not in (None, [], ())})
    for k in ("supplier", "recipient"):
        if a.attrs.get(k + "_inferred") and b.slots.get(k) and not b.attrs.get(k + "_inferred"):
            attrs.pop(k + "_inferred", None)
            attrs[k + "_country"] = b.attrs.get(k + "_country")
    for k in ("domain", "purpose", "countries"):
        if k in a.attrs or k in b.attrs:
            attrs[k] = sorted(set(a.attrs.get(k, ())) | set(b.attrs.get(k, ())))
    if not (a.attrs.get("weak") and b.attrs.get("weak")):
        attrs.pop("weak", None)
    if a.document_id != b.document_id:
        attrs["documents"] = sorted({a.document_id, b.document_id, *a.attrs.get("documents", ())}
                                    - {None})
    ra, rb = STATUS_RANK.get(a.status, 0), STATUS_RANK.get(b.status, 0)
    status = a.status if ra >= rb else b.status
    attrs["mentions"] = a.attrs.get("mentions", 1) + b.attrs.get("mentions", 1)
    return replace(a, slots=slots, attrs=attrs, status=status,
                   confidence=max(a.confidence, b.confidence),
                   evidence=_joined(a.evidence, b.evidence))


def _joined(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
    if a and b and b[0] > a[-1] and all(x < y for x, y in itertools.pairwise(b)):
        return a + b
    return tuple(sorted(set(a) | set(b)))


def drop_home_production(mentions: list[Event]) -> list[Event]:
    """INDUSTRY mentions that only say where an exported system is made ("construits par
    Hanwha Aerospace dans son usine de Changwon" in an article about a delivery to Estonia)
    are dropped: one of the companies sells or makes a system transferred to another country
    of the document, the others (its parent group, a sister company: "Hanwha Aerospace, filiale
    du groupe Hanwha") are of the same country, and the places named are all in it."""
    exporters: set[str] = set()
    exported: dict[str, str] = {}  # system id -> recipient country
    for m in mentions:
        if m.type != "ARMS_TRANSFER" or not m.attrs.get("recipient_country") or \
                m.attrs.get("recipient_country_inferred") or \
                m.attrs.get("recipient_inferred") == "document's most mentioned country":
            continue  # an export rests on a recipient the text states, not a guess
        rc = m.attrs["recipient_country"]
        for w in m.slots.get("system", ()):
            if w.label == "WEAPON" and w.id and (w.attrs or {}).get("country") != rc:
                exported.setdefault(w.id, rc)
        for e in m.slots.get("supplier", ()):
            if e.id and (e.attrs or {}).get("country") != rc:
                exporters.add(e.id)
        for w in m.slots.get("system", ()):
            makers = (w.attrs or {}).get("maker")
            for mk in ([makers] if isinstance(makers, str) else makers or ()):
                if w.attrs.get("country") != rc:
                    exporters.add(mk)
    if not exporters:
        return mentions
    out = []
    for m in mentions:
        if m.type == "INDUSTRY":
            comps = m.slots.get("companies", ())
            comp_c = {(e.attrs or {}).get("country") for e in comps} - {None}
            place_c = {(e.attrs or {}).get("country") for e in m.slots.get("place", ())} - {None}
            other_c = {(e.attrs or {}).get("country") for e in m.slots.get("parties", ())} - \
                {None} - comp_c
            # the exporter, its parent or sister companies of its country, at home (places of
            # its country, or places the gazetteer does not place and no other country named)
            if comps and any(e.id in exporters for e in comps) and len(comp_c) == 1 and (
                    place_c == comp_c or (not place_c and not other_c)):
                continue
            products = m.slots.get("product", ())
            if not comps and products and all(p.id in exported for p in products) and \
                    not place_c & {exported[p.id] for p in products} and not any(
                        e.label == "LOC" and e.kind == "city" for e in m.slots.get("place", ())
                        if (e.attrs or {}).get("country") in {exported[p.id] for p in products}):
                continue  # "le premier X du Canada sort de la chaîne de Fort Worth"
        out.append(m)
    return out


