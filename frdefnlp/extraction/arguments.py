"""Step 2 of events: fill each trigger's slots from its clause.

A party's role is read from what stands right before it (:func:`marker_of`): a strong marker
(``fourni par``, ``auprès de``, ``destinés au``) gives the role whatever the verb; otherwise
the trigger's frame (``resources/events/triggers.json``) maps its preposition (``à``, ``par``,
``avec``, ``entre`` ...) to a role; a party with no preposition before the trigger is the
subject, right after it the object. Determiners, title nouns (``la société``, ``le groupe``)
and nationality adjectives between the preposition and the party are skipped, so
``auprès de l'israélien Elbit Systems`` gives the supplier. Coordinated parties
(``entre A et B``, ``des X, des Y et des Z``) share the role of the first.

What the clause leaves unsaid is inferred and marked (``attrs["supplier_inferred"]``,
``attrs["recipient_inferred"]``, ``attrs["host_inferred"]``): the supplier from the system's
maker (its mention in the document, else the maker's record at the system's span) or a
nationality adjective next to it; the recipient from the previous transfer of the document or
the document's most mentioned country; a maker taken as recipient swaps roles.

Cost: each entity looks back over at most a few tokens; each trigger scans its clause once,
so a sentence costs O(tokens + entities x triggers-in-clause) and clauses end at the next
trigger of the same type (linear in the sentence).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .._resources import cached, read_json
from .._text import fold
from ..types import Document, Entity, Event, Sentence
from .triggers import Trigger, _split_form, equipment_phrases, lexicon, status_cues, trigger_data

_NORM = {"au": ("a", "le"), "aux": ("a", "les"), "du": ("de", "le"), "des": ("de", "les"),
         "d'": ("de",), "l'": ("le",), "qu'": ("que",)}
_RELATIVE = frozenset({"laquelle", "lequel", "lesquels", "lesquelles", "que", "qui", "dont"})
_PREPS = frozenset("""a de le la les en par pour avec chez vers dans sur sous entre et ou
    aupres""".split())


@cached
def _party_words() -> dict[str, frozenset[str]]:
    """The word sets of ``party_words`` in resources/events/lexicon.json."""
    return {k: frozenset(v) for k, v in lexicon()["party_words"].items() if k != "_doc"}


_PARTY_KINDS_ORG = frozenset({"company", "armed_forces", "government", "agency", "international",
                              "manufacturer", "other", None})
_MAX_BACK = 6


def _norm_words(words: Sequence[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out.extend(_NORM.get(w, (w,)))
    return out


@cached
def _markers() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    data = trigger_data()
    strong = {" ".join(_norm_words(_split_form(k))): v
              for k, v in data["markers_strong"].items() if not k.startswith("_")}
    frames = {}
    for name, fr in data["frames"].items():
        if name.startswith("_"):
            continue
        frames[name] = {" ".join(_norm_words(_split_form(k))): v
                        for k, v in fr["markers"].items()}
    return strong, frames


@dataclass
class Context:
    """What the fillers read: the document, its folded words, entities and running memory."""

    doc: Document
    words: list[str]
    ents: list[Entity]                # tag entities + nationality adjectives + exercise names
    tok_of: dict[int, int]            # entity start offset -> token index
    focus: list[Entity]               # one mention per country, most mentioned first
    last_recipient: Entity | None = None
    maker_mentions: dict[str, Entity] = field(default_factory=dict)  # org id -> first mention
    country_mention: dict[str, Entity] = field(default_factory=dict)  # ISO code -> a mention
    last_system: Entity | None = None
    persons: list[Entity] = field(default_factory=list)  # PERSON entities by start
    persons_by_country: dict[str, list[Entity]] = field(default_factory=dict)
    marker_cache: dict[tuple[int, str], tuple[str, str | None]] = field(default_factory=dict)


def country(e: Entity | None) -> str | None:
    if e is None:
        return None
    c = e.attrs.get("country") if e.attrs else None
    return c if isinstance(c, str) else None


def is_party(e: Entity) -> bool:
    if e.label == "LOC":
        return e.kind in ("country", "nationality", "city")
    if e.label == "ORG":
        return e.kind != "media"
    return e.label == "PERSON"


def marker_of(ctx: Context, e: Entity, frame: str) -> tuple[str, str | None]:
    """``(marker, role)`` of entity ``e``: the words before it (skipping determiners and titles),
    the role they give under ``frame`` (None if none does)."""
    key = (e.start, frame)
    hit = ctx.marker_cache.get(key)
    if hit is None:
        hit = ctx.marker_cache[key] = _marker_of(ctx, e, frame)
    return hit


def _marker_of(ctx: Context, e: Entity, frame: str) -> tuple[str, str | None]:
    strong, frames = _markers()
    i = ctx.tok_of.get(e.start)
    if i is None:
        return "", None
    back: list[str] = []
    j = i - 1
    toks = ctx.doc.tokens
    while j >= 0 and len(back) < _MAX_BACK:
        w = ctx.words[j]
        if toks[j].kind == "punct" and w not in ("'",):
            break
        back.append(w)
        j -= 1
    back.reverse()
    seq = _norm_words(back)
    pw = _party_words()
    # drop skip words (and adjectives) adjacent to the entity
    k = len(seq)
    if k >= 2 and seq[k - 2] in pw["titles"] and seq[k - 1].isalpha() and seq[k - 1] not in _PREPS:
        k -= 1  # one adjective after a title noun: "le chantier breton X", "la firme texane X"
    while k > 0:
        if seq[k - 1] in pw["skip"] or _is_adj(ctx, seq[k - 1]):
            k -= 1
        elif k >= 2 and seq[k - 1] == "de" and seq[k - 2] in pw["titles_de"]:
            k -= 2  # "l'usine de X", "la filiale de X": X stands where the title stands
        else:
            break
    seq = seq[:k]
    if not seq:
        return "", None
    if _is_source(seq):
        return "selon", "source"
    for n in (4, 3, 2, 1):
        if len(seq) >= n:
            key = " ".join(seq[-n:])
            if key in strong:
                return key, strong[key]
    table = frames.get(frame, {})
    for n in (4, 3, 2, 1):
        if len(seq) >= n:
            key = " ".join(seq[-n:])
            if key in table:
                return key, table[key]
    return seq[-1], None


def _is_source(seq: Sequence[str]) -> bool:
    """Whether the words before a party make it the source of the news: "selon (le
    quotidien) X", "d'après X", "un communiqué publié par X" (not "selon laquelle X")."""
    last = seq[-1]
    source = _party_words()["source"]
    if last in _RELATIVE:
        return False
    if last in source or (len(seq) >= 2 and seq[-2] == "de" and last == "apres"):
        return True
    if len(seq) >= 2 and last in ("par", "de") and seq[-2] in source:
        return True  # "communiqué publié par", "communiqué de"
    return False


def _is_adj(ctx: Context, word: str) -> bool:
    return word in _adjectives()


@cached
def _adjectives() -> frozenset[str]:
    from .._resources import read_json

    table = read_json("events/nationalities.json")
    return frozenset(k for k in table if k != "_doc")


def roles(ctx: Context, trig: Trigger, parties: Sequence[Entity], lo_tok: int,
          hi_tok: int, head: Trigger | None = None) -> dict[str, list[Entity]]:
    """Role -> parties for one trigger, over the clause tokens ``[lo_tok, hi_tok)``.

    ``head`` is the first trigger of a chain ending in ``trig`` ("mènent des négociations avec
    X en vue d'acquérir"): the subject stands before it and the parties up to ``trig`` take the
    head's frame. Subject: the nearest party before the head with no marker (for a gerund
    opening the sentence, "En commandant ..., le Maroc", the first party after a comma); object:
    the first party right after the trigger with no marker; others by their marker. A party
    right after ``et``/``,``/``(`` following a party with a role takes that role (coordination,
    apposition, acronym in brackets).
    """
    head = head or trig
    out: dict[str, list[Entity]] = {}
    subject: Entity | None = None
    prev_role: str | None = None
    prev_end_tok = -10
    gerund = head.form.startswith("en ") or (head.tok > 0 and ctx.words[head.tok - 1] == "en"
                                             and ctx.words[head.tok].endswith("ant"))
    frames = trigger_data()["frames"]
    for e in parties:
        i = ctx.tok_of.get(e.start)
        if i is None or not (lo_tok <= i < hi_tok):
            continue
        fr_name = head.frame if i < trig.tok else trig.frame
        mk, role = marker_of(ctx, e, fr_name)
        if role == "source":
            prev_role = None
            continue
        bracket = i > 0 and ctx.words[i - 1] == "(" and i - prev_end_tok <= 2
        if bracket:
            if prev_role is not None and prev_role != "_subject":
                out.setdefault(prev_role, []).append(e)
            prev_end_tok = _end_tok(ctx, e)
            continue
        if role is not None and mk == "de" and fr_name == "visit" and i - trig.tok_end > 8:
            role = None  # "la visite du ministre X" yes; "l'inspecteur de la Marine" no
        if role is None and mk in ("et", ",", "ou") and prev_role and i - prev_end_tok <= 3:
            role = prev_role
        if role is None and i < head.tok and mk not in ("de", "le", "a", "en", "par", "avec",
                                                        "dont"):
            subject = e  # nearest before the head wins
            prev_role, prev_end_tok = "_subject", _end_tok(ctx, e)
            continue
        if role is None and gerund and subject is None and i >= trig.tok_end and mk == "" and \
                ctx.doc.tokens[i - 1].kind == "punct" or (
                    role is None and gerund and subject is None and mk == "" and i > trig.tok_end
                    and i >= 2 and ctx.words[i - 2] == ","):
            subject = e
            prev_role, prev_end_tok = "_subject", _end_tok(ctx, e)
            continue
        if role is None and i >= trig.tok_end and i - trig.tok_end <= 3:
            role = frames[fr_name]["object"]
        if role and role != "system":
            out.setdefault(role, []).append(e)
        prev_role, prev_end_tok = role, _end_tok(ctx, e)
    if subject is not None:
        out.setdefault(frames[head.frame]["subject"], []).insert(0, subject)
    # an apposition of the subject ("Les FAR (FAR)") follows it
    return out


def _between(ents: Sequence[Entity], start: int, end: int) -> list[Entity]:
    """The entities of ``ents`` (sorted by start) starting in ``[start, end)``, by bisection."""
    from bisect import bisect_left

    starts = [e.start for e in ents] if len(ents) < 64 else None
    if starts is None:
        lo = bisect_left(ents, start, key=lambda e: e.start)
        hi = bisect_left(ents, end, key=lambda e: e.start)
    else:
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return list(ents[lo:hi])


def _end_tok(ctx: Context, e: Entity) -> int:
    i = ctx.tok_of.get(e.start, -10)
    toks = ctx.doc.tokens
    while 0 <= i < len(toks) - 1 and toks[i].end < e.end:
        i += 1
    return i


# --------------------------------------------------------------------------- status

STATUS_ORDER = {"ARMS_TRANSFER": ("reported", "planned", "negotiating", "agreed", "ordered",
                                  "delivered"),
                "AGREEMENT": ("planned", "signed", "ratified"),
                "VISIT": ("planned", "ongoing", "done"),
                "EXERCISE": ("planned", "ongoing", "done"),
                "INDUSTRY": ("planned", "ongoing", "done")}


def clause_status(etype: str, trig: Trigger, ctx: Context, lo: int, hi: int) -> str:
    """Status of a trigger in its clause: negation and cancellation first, then the stage the
    trigger states, lowered to talks/plans by an infinitive or a modal cue."""
    cues = status_cues(ctx.words, lo, hi)
    if "negation" in cues:
        return "denied"
    if "cancel" in cues:
        return "cancelled"
    word = ctx.words[trig.tok]
    infinitive = word.endswith(("er", "ir", "oir")) and not word.endswith(("ier",))
    st = trig.status
    if etype == "ARMS_TRANSFER":
        if st in ("ordered", "delivered", "agreed"):
            if "negotiating" in cues:
                return "negotiating"
            if infinitive or "planned" in cues:
                return "negotiating" if trig.frame in ("buy", "negotiate") else "ordered"
        return st
    if etype == "AGREEMENT":
        if "planned" in cues or infinitive:
            return "planned"
        return "signed"
    if "planned" in cues or infinitive:
        return "planned"
    if word.endswith(("e", "ent")) and word in ("effectue", "participe", "participent", "se",
                                                "deroule", "deroulent", "visite", "poursuit"):
        return "ongoing"
    return "done"


# --------------------------------------------------------------------------- arms

#: a trigger heads the next deal's chain only this close (tokens): "négocie ... en vue d'acquérir"
_MAX_CHAIN = 12
#: how far before its trigger (tokens) a deal's subject may stand
_BACK = 40
#: a transfer sentence naming no system refers to the system named this close before (chars)
_NEAR = 300
_RANK = {"reported": 1, "planned": 2, "negotiating": 3, "agreed": 4, "ordered": 5,
         "delivered": 6, "cancelled": 7, "denied": 7}

def _maker_ids(w: Entity) -> list[str]:
    m = w.attrs.get("maker") if w.attrs else None
    if isinstance(m, str):
        return [m]
    if isinstance(m, (list, tuple)):
        return [x for x in m if isinstance(x, str)]
    return []


@cached
def _gazetteer() -> Any:
    from ..tagger import _DEFAULT, Tagger, TagOptions

    tagger = _DEFAULT.get(TagOptions()) or Tagger(TagOptions())
    return tagger.gazetteer


def maker_record(rid: str) -> Any:
    """The gazetteer record of a maker id (None if unknown)."""
    try:
        return _gazetteer().get(rid)
    except Exception:  # noqa: BLE001 - a missing gazetteer only loses the inference
        return None


def _inferred_maker(w: Entity, rid: str) -> Entity | None:
    rec = maker_record(rid)
    if rec is None:
        return None
    return Entity(w.start, w.end, w.text, "ORG", kind=rec.kind, canonical=rec.canonical,
                  id=rec.id, source="events",
                  attrs={"country": rec.country, "inferred": "maker of " + (w.canonical or w.text)})


@dataclass
class Deal:
    trig: Trigger
    systems: list[Entity]
    lo: int   # clause token range
    hi: int
    head: Trigger | None = None
    tail: list[Trigger] = field(default_factory=list)  # triggers after its systems


def _systems(ctx: Context, sent: Sentence, sent_ents: Sequence[Entity]) -> list[Entity]:
    """WEAPON entities of the sentence, and generic equipment phrases that touch none."""
    from bisect import bisect_left

    weapons = [e for e in sent_ents if e.label == "WEAPON"]
    toks = ctx.doc.tokens
    wstarts = [w.start for w in weapons]
    out = list(weapons)
    for a, b, cat in equipment_phrases(ctx.words, sent.token_start, sent.token_end):
        s, t = toks[a].start, toks[b - 1].end
        k = bisect_left(wstarts, s - 200)  # weapons near the phrase only (bounded scan)
        near = []
        while k < len(weapons) and weapons[k].start <= t + 40:
            near.append(weapons[k])
            k += 1
        if any(s <= w.end + 2 and w.start <= t + 2 for w in near):
            continue  # "sous-marins Scorpène": the named system says it
        if b < sent.token_end and ctx.words[b] in ("de", "d'", "du", "des") and any(
                t < w.start < t + 40 for w in near):
            continue  # "des avions de type Rafale"
        out.append(Entity(s, t, ctx.doc.text[s:t], "EQUIPMENT", kind=cat, canonical=None,
                          id=None, source="events", attrs={}))
        ctx.tok_of.setdefault(s, a)
    out.sort(key=lambda e: e.start)
    return out


def arms_mentions(ctx: Context, sent: Sentence, trigs: Sequence[Trigger],
                  sent_ents: Sequence[Entity]) -> list[Event]:
    """One ARMS_TRANSFER mention per trigger that has systems in its clause.

    Systems (WEAPON entities, and generic equipment phrases touching none) attach to the last
    transfer trigger before them, or to a trigger right after them ("les Caesar livrés par")
    when the one before already has its systems; so ``a reçu des X et des Y`` is one deal and
    ``a reçu X et commandé Y`` two. A trigger with no system of its own either opens the chain
    of the next deal ("négocie ... en vue d'acquérir X": subject and talks status from the
    head) or follows a deal ("X, acheté pour ... à Y": its markers and stage count for it).
    A transfer sentence naming no system but stating a recipient or supplier takes the system
    of the previous transfer mention (marked ``system_inferred``).
    """
    lo, hi = sent.token_start, sent.token_end
    arms = [t for t in trigs if t.type == "ARMS_TRANSFER"]
    if not arms:
        return []
    if any(t.type == "AGREEMENT" and t.form.startswith(_AGREEMENT_NOUNS) for t in trigs):
        # "un mémorandum signé avec X": the signature is the agreement's, not a purchase
        arms = [t for t in arms if "sign" not in t.form]
    # "a reçu le ministre": a reception, not a delivery
    persons_at = {ctx.tok_of.get(e.start) for e in sent_ents if e.label == "PERSON"}
    arms = [t for t in arms if not (t.frame == "receive" and any(
        p is not None and t.tok_end <= p <= t.tok_end + 3 for p in persons_at))]
    if not arms:
        return []
    systems = _systems(ctx, sent, sent_ents)
    deals: dict[int, Deal] = {}
    ti = -1
    for w in systems:
        i = ctx.tok_of.get(w.start, lo)
        while ti + 1 < len(arms) and arms[ti + 1].tok <= i:
            ti += 1
        prev = arms[ti] if ti >= 0 else None
        nxt = arms[ti + 1] if ti + 1 < len(arms) else None
        end = _end_tok(ctx, w)
        trig = prev
        if nxt is not None and (prev is None or (id(prev) in deals and
                                                 nxt.tok - end <= 3 and nxt.frame != "buy")):
            trig = nxt
        if trig is None:
            continue
        d = deals.get(id(trig))
        if d is None:
            deals[id(trig)] = Deal(trig, [w], lo, hi)
        else:
            d.systems.append(w)
    ordered = sorted(deals.values(), key=lambda d: d.trig.tok)
    # chains: system-less triggers before a deal's trigger head it; after its systems, tail
    # it. One pass: ``k`` is the first deal whose trigger comes after ``t``.
    k = 0
    for t in arms:
        if id(t) in deals:
            continue
        while k < len(ordered) and ordered[k].trig.tok < t.tok:
            k += 1
        nxt_d = ordered[k] if k < len(ordered) else None
        last = ordered[k - 1] if k > 0 else None
        if last is not None and _end_tok(ctx, last.systems[-1]) < t.tok:
            if nxt_d is None or t.tok - _end_tok(ctx, last.systems[-1]) <= nxt_d.trig.tok - t.tok:
                last.tail.append(t)
                continue
        if nxt_d is not None and nxt_d.trig.tok - t.tok <= _MAX_CHAIN:
            if nxt_d.head is None or t.tok < nxt_d.head.tok:
                nxt_d.head = t
    for k, d in enumerate(ordered):
        if k > 0:
            prev_d = ordered[k - 1]
            d.lo = max(lo, _end_tok(ctx, prev_d.systems[-1]) + 1)
        if k + 1 < len(ordered):
            nd = ordered[k + 1]
            d.hi = (nd.head or nd.trig).tok if (nd.head or nd.trig).tok > d.trig.tok else nd.trig.tok
    parties = [e for e in sent_ents if is_party(e) and e.label != "PERSON"]
    out = []
    for d in ordered:
        out.extend(_arms_events(ctx, sent, d, parties, sent_ents))
    strong = [t for t in arms if t.frame in ("receive", "sell", "buy")] or arms
    if not ordered and ctx.last_system is not None and strong:
        # "le premier lot ira à la marine", "le montant du contrat": the
        # system of the previous mention, when the sentence states a party or an amount
        t = strong[0]
        r = roles(ctx, t, parties, lo, hi)
        near = sent.start - ctx.last_system.end < _NEAR
        if any(e.label in ("MONEY", "QUANTITY") for e in sent_ents if e.kind != "duration") or \
                any(marker_of(ctx, e, t.frame)[0] in _markers()[0]
                    for e in parties if lo <= ctx.tok_of.get(e.start, -1) < hi) or \
                (near and (r.get("recipient") or r.get("supplier"))):
            d = Deal(t, [ctx.last_system], lo, hi)
            out.extend(_arms_events(ctx, sent, d, parties, sent_ents, system_inferred=True))
    return out


def _arms_events(ctx: Context, sent: Sentence, d: Deal, parties: Sequence[Entity],
                 sent_ents: Sequence[Entity], system_inferred: bool = False) -> list[Event]:
    """The deal's event, or one per recipient country when coordinated recipients of
    different countries share it ("pourparlers avec le Nigeria et avec le Kenya")."""
    # the subject is looked for at most _BACK tokens before the chain: bounded work per deal
    r = roles(ctx, d.trig, _between(parties, ctx.doc.tokens[max(sent.token_start, (
        d.head or d.trig).tok - _BACK)].start, ctx.doc.tokens[d.hi - 1].end),
        sent.token_start, d.hi, head=d.head)
    by_country = _by_maker_country(d.systems)
    if len(by_country) > 1:
        # named systems of different makers' countries are different deals ("l'ATMOS israélien
        # au Caesar français"); a stated supplier goes with its country's systems
        out = []
        for c, systems in by_country.items():
            rr = dict(r)
            rr["supplier"] = [e for e in r.get("supplier", ()) if country(e) in (c, None)]
            sub = Deal(d.trig, systems, d.lo, d.hi, d.head, d.tail)
            out.extend(_arms_events_of(ctx, sent, sub, rr, sent_ents, system_inferred))
        return out
    return _arms_events_of(ctx, sent, d, r, sent_ents, system_inferred)


def _by_maker_country(systems: Sequence[Entity]) -> dict[str | None, list[Entity]]:
    """Named systems grouped by their (maker's) country; generic words join the first group."""
    groups: dict[str | None, list[Entity]] = {}
    generic = []
    for w in systems:
        if w.label != "WEAPON":
            generic.append(w)
            continue
        c = country(w)
        if c is None:
            rec = next((maker_record(m) for m in _maker_ids(w)), None)
            c = rec.country if rec is not None else None
        groups.setdefault(c, []).append(w)
    if None in groups and len(groups) > 1:  # unknown origin: with the first known group
        unknown = groups.pop(None)
        first = next(iter(groups))
        groups[first] = unknown + groups[first]
    if not groups:
        return {None: list(systems)}
    first = next(iter(groups))
    groups[first] = sorted(groups[first] + generic, key=lambda e: e.start)
    return groups


def _arms_events_of(ctx: Context, sent: Sentence, d: Deal, r: dict[str, list[Entity]],
                    sent_ents: Sequence[Entity], system_inferred: bool) -> list[Event]:
    makers = {m for w in d.systems for m in _maker_ids(w)}
    maker_countries = {c for w in d.systems if (c := country(w))}
    for m in makers:
        rec = maker_record(m)
        if rec is not None and rec.country:
            maker_countries.add(rec.country)
    rec_l = [e for e in r.get("recipient", ()) if e.kind != "nationality"]
    sup_l = list(r.get("supplier", ()))
    if rec_l and maker_countries and all(country(e) in maker_countries for e in rec_l) and \
            sup_l and not any(country(e) in maker_countries for e in sup_l):
        r = dict(r)
        r["recipient"], r["supplier"] = sup_l, rec_l  # the maker's side sells
    rec_l = [e for e in r.get("recipient", ()) if e.kind != "nationality"]
    split = [e for e in rec_l if e.label == "LOC" and e.kind == "country"]
    if len({country(e) for e in split}) > 1 and len(split) == len(rec_l):
        out = []
        for e in split:
            rr = dict(r)
            rr["recipient"] = [e]
            ev = _arms_event(ctx, sent, d, rr, sent_ents, makers, maker_countries,
                             system_inferred)
            if ev is not None:
                out.append(ev)
        return out
    ev = _arms_event(ctx, sent, d, r, sent_ents, makers, maker_countries, system_inferred)
    return [ev] if ev is not None else []


def _arms_event(ctx: Context, sent: Sentence, d: Deal, r: dict[str, list[Entity]],
                sent_ents: Sequence[Entity], makers: set[str], maker_countries: set[str],
                system_inferred: bool = False) -> Event | None:
    # a subject found before the clause start only counts if no party of the clause took it
    recipient = next((e for e in r.get("recipient", ()) if e.kind != "nationality"), None)
    # a named company or state before a nationality adjective ("le groupe espagnol Navantia")
    sups = list(r.get("supplier", ()))
    supplier = next((e for e in sups if e.kind != "nationality"), sups[0] if sups else None)

    def is_maker(e: Entity | None) -> bool:
        return e is not None and (e.id in makers or (
            e.label == "ORG" and e.kind == "company" and country(e) in maker_countries))

    if is_maker(recipient) and not is_maker(supplier):
        recipient, supplier = supplier, recipient
    if recipient is not None and recipient.label == "ORG" and recipient.kind == "company" and \
            supplier is None:
        recipient, supplier = None, recipient
    if recipient is None and supplier is not None and (d.head or d.trig).frame in (
            "approve", "negotiate") and maker_countries and \
            country(supplier) not in maker_countries and not is_maker(supplier):
        # "Le Maroc attend le feu vert pour des HIMARS": who does not make it buys it
        recipient, supplier = supplier, None
    if supplier is not None and recipient is not None and (
            (supplier.id and supplier.id == recipient.id) or
            (supplier.label == "LOC" and country(supplier) == country(recipient))):
        supplier = None  # one side named twice ("le Maroc ... Rabat")
    attrs: dict[str, Any] = {"transfer_type": (d.head or d.trig).frame, "trigger": d.trig.form}
    if system_inferred:
        attrs["system_inferred"] = "previous transfer mention"
    in_clause = _between(sent_ents, ctx.doc.tokens[d.lo].start,
                         ctx.doc.tokens[d.hi - 1].end if d.hi > d.lo else ctx.doc.tokens[d.lo].end)
    if supplier is None:
        # a company of the clause that makes the system, a nationality adjective next to it
        for e in in_clause:
            if e.label == "ORG" and e is not recipient and is_maker(e):
                supplier = e
                break
    if supplier is None:
        rc = country(recipient)
        for e in in_clause:
            if e.kind == "nationality" and country(e) != rc and (
                    not maker_countries or country(e) in maker_countries or
                    any(abs(e.start - w.end) < 40 or abs(w.start - e.end) < 40
                        for w in d.systems)):
                supplier = e
                break
    if supplier is None and makers:
        for m in sorted(makers):
            if m in ctx.maker_mentions:
                supplier = ctx.maker_mentions[m]
                attrs["supplier_inferred"] = "maker mentioned in the document"
                break
        else:
            w = next(w for w in d.systems if _maker_ids(w))
            supplier = _inferred_maker(w, _maker_ids(w)[0])
            if supplier is not None:
                attrs["supplier_inferred"] = "maker of the system (gazetteer)"
    sup_c = country(supplier) or (sorted(maker_countries)[0] if len(maker_countries) == 1
                                  else None)
    if recipient is None:
        cands = [e for e in r.get("recipient", ()) if e is not supplier]
        if cands:
            recipient = cands[0]
    if recipient is None:
        prev = ctx.last_recipient
        if prev is not None and country(prev) != sup_c:
            recipient = prev
        else:
            recipient = next((e for e in ctx.focus if country(e) != sup_c), None)
        if recipient is not None:
            attrs["recipient_inferred"] = "previous transfer" if recipient is prev else \
                "document's most mentioned country"
    if recipient is not None and "recipient_inferred" not in attrs:
        ctx.last_recipient = recipient
    rec_c = country(recipient)
    attrs["supplier_country"] = sup_c
    attrs["recipient_country"] = rec_c
    attrs["category"] = d.systems[0].kind
    money = [e for e in in_clause if e.label == "MONEY"]
    qty = [e for e in in_clause if e.label == "QUANTITY" and e.kind in ("count", "range", None)
           and (e.value or {}).get("noun") not in ("pays", "jours", "ans", "mois")]
    dates = [e for e in in_clause if e.label == "DATE"]
    if money:
        v = money[0].value or {}
        attrs.update(currency=v.get("currency"), amount=v.get("amount"),
                     qualifier=v.get("qualifier"))
    attrs["date"] = date_attr(dates, ctx)
    status = clause_status("ARMS_TRANSFER", d.trig, ctx, d.lo, d.hi)
    if "reported" in status_cues(ctx.words, d.lo, d.hi):
        attrs["hedged"] = True  # "aurait acquis": the stage stands, the source hedges
        if system_inferred:
            status = "reported"  # "le contrat pourrait ...": no stage of its own
    if d.head is not None and d.head.frame in ("negotiate", "approve") and \
            status not in ("denied", "cancelled"):
        # "négocie ... en vue d'acquérir", "a approuvé la vente de": the head's stage
        status = "negotiating" if d.head.frame == "negotiate" else "agreed"
    for t in d.tail:  # "X, livrés dès 2027": the furthest stage stated
        st = clause_status("ARMS_TRANSFER", t, ctx, d.lo, d.hi)
        if _RANK.get(st, 0) > _RANK.get(status, 0):
            status = st
    if not system_inferred:
        named = [w for w in d.systems if w.label == "WEAPON"]
        if named:
            ctx.last_system = named[0]
    suppliers = [supplier] if supplier else []
    if supplier is not None and supplier.label == "LOC":
        # "le satellite israélien", then the maker named elsewhere: the maker too (its country)
        maker = next((ctx.maker_mentions[m] for m in sorted(makers) if m in ctx.maker_mentions
                      and country(ctx.maker_mentions[m]) == country(supplier)), None)
        if maker is not None:
            suppliers.append(maker)
            attrs["supplier_maker"] = "maker mentioned in the document"
    slots = {"supplier": suppliers, "recipient": [recipient] if recipient
             else [], "system": d.systems, "quantity": qty[:1], "value": money[:1],
             "date": dates[:1],
             "supplier_country": [m] if (m := ctx.country_mention.get(sup_c or "")) and
             m is not supplier else [],
             "recipient_country": [m] if (m := ctx.country_mention.get(rec_c or "")) and
             m is not recipient else []}
    return make_event(ctx, sent, "ARMS_TRANSFER", slots, attrs, status, [d.trig])


def date_attr(dates: Sequence[Entity], ctx: Context) -> str | None:
    for e in dates:
        v = e.value or {}
        if v.get("iso"):
            return str(v["iso"])
    doc_date = ctx.doc.metadata.date if ctx.doc.metadata else None
    if dates and doc_date:
        v = dates[0].value or {}
        if v.get("month") and len(doc_date) >= 4:
            day = v.get("day")
            return f"{doc_date[:4]}-{int(v['month']):02d}" + (f"-{int(day):02d}" if day else "")
    return doc_date


def make_event(ctx: Context, sent: Sentence, etype: str, slots: dict[str, list[Entity]],
               attrs: dict[str, Any], status: str | None, trigs: Sequence[Trigger],
               confidence: float = 0.8) -> Event:
    clean = {k: tuple(sorted(dict.fromkeys(v), key=lambda e: (e.start, e.end)))
             for k, v in slots.items() if v}
    return Event(type=etype, status=status, confidence=confidence,
                 sentence_start=sent.start, sentence_end=sent.end, sentence=sent.text,
                 slots=clean, attrs={k: v for k, v in attrs.items() if v not in (None, [], ())},
                 evidence=tuple(sorted({(t.start, t.end) for t in trigs})),
                 document_id=ctx.doc.id)


# --------------------------------------------------------------------------- visits

_ROLE_NOUNS = ("ministre", "chef", "general", "president", "commandant", "delegation",
               "homologue", "secretaire", "amiral", "inspecteur", "directeur", "emissaire",
               "envoye", "patron", "responsable", "ambassadeur", "colonel", "vice-", "officier",
               "militaires", "soldats", "experts", "cadres", "gradés", "grades", "instructeurs",
               "stagiaires", "eleves")


def _last_before(ents: Sequence[Entity], offset: int) -> Entity | None:
    """The last of ``ents`` (sorted by start) starting before ``offset``, by bisection."""
    from bisect import bisect_left

    k = bisect_left(ents, offset, key=lambda e: e.start)
    return ents[k - 1] if k > 0 else None


def _person_before(ctx: Context, offset: int) -> Entity | None:
    return _last_before(ctx.persons, offset)


def _role_visitor(ctx: Context, sent: Sentence, t: Trigger,
                  sent_ents: Sequence[Entity]) -> Entity | None:
    """A visitor named by a role ("le ministre indien de la Défense", "sa visite"): the
    document's person of the adjective's country, else the last person mentioned before."""
    lo, hi = sent.token_start, sent.token_end
    role_at = next((i for i in range(lo, hi) if ctx.words[i].startswith(_ROLE_NOUNS)), None)
    possessive = any(ctx.words[i] in ("sa", "son", "ses") for i in range(max(lo, t.tok - 2), t.tok))
    if role_at is None and not possessive:
        return None
    adj = None
    if role_at is not None:
        adj = next((e for e in sent_ents if e.kind == "nationality" and
                    0 < ctx.tok_of.get(e.start, -99) - role_at <= 4), None)
    last_before = _person_before(ctx, sent.start)
    if adj is not None:
        same = ctx.persons_by_country.get(country(adj) or "", [])
        if same:
            prior = _last_before(same, sent.start)
            return prior if prior is not None else same[0]
        return adj
    return last_before


def visit_mentions(ctx: Context, sent: Sentence, trigs: Sequence[Trigger],
                   sent_ents: Sequence[Entity]) -> list[Event]:
    """One VISIT mention per sentence: the first visit trigger with a visitor (visit, host and
    hosted frames) or a meeting (meet frame, marked ``attrs["weak"]``: kept only when it joins a
    visit or crosses a border). The visitor is a person (or a delegation's nationality, an
    official body); named by a role only, the document's person of that role."""
    vt = [t for t in trigs if t.type == "VISIT"][:_MAX_VISIT_TRIGGERS]
    if not vt:
        return []
    parties = [e for e in sent_ents if is_party(e) and e.kind != "nationality"
               or (e.kind == "nationality" and _after_delegation(ctx, e))]
    out = []
    seen_frames = set()
    for t in vt:
        if t.frame == "host" and not any(
                e.label == "PERSON" or e.kind == "nationality" or
                (e.label == "ORG" and e.kind in ("government", "armed_forces", "international"))
                for e in parties if t.tok_end <= ctx.tok_of.get(e.start, -1) <= t.tok_end + 6):
            continue  # "a reçu des drones": a delivery, not a reception
        if t.frame in seen_frames:
            continue
        seen_frames.add(t.frame)
        r = roles(ctx, t, parties, sent.token_start, sent.token_end)
        attrs: dict[str, Any] = {"frame": t.frame}
        cands = r.get("visitor", [])
        visitors = [e for e in cands if e.label == "PERSON"] or \
            [e for e in cands if e.kind == "nationality" or (e.label == "ORG" and e.kind in (
                "government", "armed_forces", "international", "agency"))]
        hosts = [e for e in r.get("host", ())]
        if not visitors and t.frame == "host":  # "X a accueilli des inspecteurs de l'ONU"
            visitors = [e for e in parties if t.tok_end <= ctx.tok_of.get(e.start, -1) <=
                        t.tok_end + 8 and (e.label in ("PERSON", "ORG") or
                                           e.kind == "nationality")][:1]
        if not visitors:  # "une délégation de l'état-major de X", "une délégation marocaine"
            dl = next((i for i in range(sent.token_start, sent.token_end)
                       if ctx.words[i].startswith("delegation")), None)
            if dl is not None:
                visitors = [e for e in sent_ents if 0 < ctx.tok_of.get(e.start, -99) - dl <= 7
                            and (e.kind == "nationality" or e.label in ("ORG", "PERSON")
                                 or (e.label == "LOC" and e.kind == "country"))][:1]
        if not visitors:
            v = _role_visitor(ctx, sent, t, sent_ents)
            if v is not None:
                visitors = [v]
                if v.start < sent.start:
                    attrs["visitor_inferred"] = "person of the role"
        if not visitors:
            host_ids = {id(e) for e in hosts}
            visitors = [e for e in parties if e.label == "PERSON" and id(e) not in host_ids][:1]
        if not visitors:
            continue
        if visitors[0].label == "PERSON" and _head_of_state(ctx, visitors[0]):
            continue  # a state visit is diplomacy, not a defence visit (CONVENTIONS)
        vc = country(visitors[0])
        visitor_ids = {id(e) for e in visitors}
        hosts = [e for e in hosts if id(e) not in visitor_ids and (
            country(e) != vc or e.label == "PERSON") and e.label != "ORG" or (
                e.label == "ORG" and e.kind in ("government", "armed_forces", "international"))]
        if not any(e.label == "LOC" for e in hosts):
            hosts += [e for e in parties if e.label == "LOC" and country(e) and country(e) != vc][:1]
        if not hosts:
            h = next((e for e in ctx.focus if country(e) != vc), None)
            if h is not None:
                hosts = [h]
                attrs["host_inferred"] = "document's most mentioned country"
        hc = next((country(e) for e in hosts if e.label == "LOC" and country(e)), None)
        if "visitor_inferred" in attrs and "host_inferred" in attrs:
            continue  # neither end stated: too weak
        if vc and hc and vc == hc and all(e.label != "PERSON" for e in hosts):
            continue  # at home: not a visit
        cities = [e for e in sent_ents if e.label == "LOC" and e.kind == "city"]
        dates = [e for e in sent_ents if e.label == "DATE"]
        durations = [e for e in sent_ents if e.label == "QUANTITY" and e.kind == "duration"]
        purpose = sorted({p for k, p in lexicon()["visit_purpose"].items()
                          if k in " ".join(ctx.words[sent.token_start:sent.token_end])})
        attrs.update(visitor_country=vc, host_country=hc, purpose=purpose,
                     role=visitors[0].attrs.get("role") if visitors[0].attrs else None,
                     date=date_attr(dates, ctx),
                     duration_days=(durations[0].value or {}).get("value") if durations else None)
        if t.frame == "meet" or "visitor_inferred" in attrs:
            attrs["weak"] = True  # joins the document's visit, or stands if it crosses a border
        status = clause_status("VISIT", t, ctx, sent.token_start, sent.token_end)
        slots = {"visitor": visitors[:2], "host": hosts[:3], "city": cities[:1],
                 "date": dates[:2]}
        out.append(make_event(ctx, sent, "VISIT", slots, attrs, status, [t]))
    if len(out) > 1:  # one sentence, one visit: the strongest frame's mention
        out = [min(out, key=lambda e: ("weak" in e.attrs, "visitor_inferred" in e.attrs,
                                       "host_inferred" in e.attrs))]
    return out


#: one visit per sentence: its first few triggers are enough (bounded work per sentence)
_MAX_VISIT_TRIGGERS = 6
_HEADS = ("president", "roi", "emir", "souverain", "monarque", "sultan", "premier")


def _head_of_state(ctx: Context, e: Entity) -> bool:
    """A head of state or government: by the role the tagger gives, else the title before."""
    role = (e.attrs or {}).get("role")
    if isinstance(role, str) and role:
        r = role.lower()
        # the gazetteer's role only for lasting offices; a minister's post changes
        if r.startswith(("président de la république", "roi", "émir", "chef de l'état")):
            return True
    i = ctx.tok_of.get(e.start, 0)
    back = [ctx.words[j] for j in range(max(0, i - 3), i)]
    return any(w.startswith(_HEADS) for w in back)


def _after_delegation(ctx: Context, e: Entity) -> bool:
    i = ctx.tok_of.get(e.start)
    return i is not None and i > 0 and ctx.words[i - 1].startswith("delegation")


# --------------------------------------------------------------------------- agreements

_PAIR_NOUNS = ("pays", "delegation", "partie", "ministre", "armee", "gouvernement", "etats",
               "capitales", "marine", "etats-majors", "force", "aviation", "societes", "entreprises", "groupes",
               "industriels", "constructeurs", "parties")
_AGREEMENT_NOUNS = ("accord", "memorandum", "protocole", "convention", "feuille", "entente",
                    "lettre", "declaration", "traite", "pacte", "plan", "programme")


def agreement_mentions(ctx: Context, sent: Sentence, trigs: Sequence[Trigger],
                       sent_ents: Sequence[Entity], arms: Sequence[Event]) -> list[Event]:
    """One AGREEMENT mention per sentence with an agreement noun (or a signing verb with no
    purchase in the sentence), in a defence context, with at least one party."""
    at = [t for t in trigs if t.type == "AGREEMENT"]
    if not at:
        return []
    nouns = [t for t in at if t.form.startswith(_AGREEMENT_NOUNS)]
    if not nouns:
        return []  # "a signé un contrat", "le cessez-le-feu conclu": no agreement named
    deal_trigs = [t for t in trigs if t.type == "ARMS_TRANSFER" and t.frame in ("buy", "sell")]
    if nouns and arms and all(t.form.startswith("accord") for t in nouns) and any(
            0 < d.tok - n.tok <= 6 for n in nouns for d in deal_trigs):
        return []  # "un accord pour l'achat de X": the purchase, not an agreement
    lo, hi = sent.token_start, sent.token_end
    excl = _non_defence()
    text = " ".join(ctx.words[lo:hi])
    if any(x in text for x in excl):
        return []
    if not _defence_context(ctx, sent, sent_ents, text):
        return []
    # parties: persons, countries, organisations, capitals standing for their state (a city
    # after "à"/"en" is the place), nationality adjectives after "homologue"
    places = []
    parties = []
    for e in sent_ents:
        if marker_of(ctx, e, "agree")[1] == "source":
            continue  # "selon un communiqué du ministère": who says, not who signs
        if e.label == "PERSON" or (e.label == "LOC" and e.kind == "country") or \
                (e.label == "ORG" and e.kind != "media"):
            parties.append(e)
        elif e.label == "LOC" and e.kind == "city":
            mk, _ = marker_of(ctx, e, "agree")
            (places if mk in ("a", "en", "dans") else parties).append(e)
        elif e.kind == "nationality":
            i = ctx.tok_of.get(e.start, 0)
            if i > 0 and ctx.words[i - 1].startswith("homologue"):
                parties.append(e)
    attrs: dict[str, Any] = {}
    if any(ctx.words[i].startswith(("ce", "celui-ci")) and i + 1 < hi and
           ctx.words[i + 1] == "dernier" for i in range(lo, min(hi, lo + 3))):
        prev = _person_before(ctx, sent.start)
        if prev is not None:  # "Ce dernier avait signé avec X": the person named just before
            parties.insert(0, prev)
            attrs["party_inferred"] = "person named before"
    both_at = next((i for i in range(lo, hi - 1) if ctx.words[i] == "deux" and
                    ctx.words[i + 1].startswith(_PAIR_NOUNS)), None)
    both = both_at is not None
    if both_at is not None and len({country(e) or e.id for e in parties}) < 2:
        parties.append(_pair_span(ctx, both_at, lo))
    if len({country(e) or e.id for e in parties}) < 2 and (parties or both):
        have = {country(e) for e in parties}
        for other in ctx.focus:
            if len({country(e) or e.id for e in parties}) >= 2:
                break
            if country(other) not in have:
                parties = parties + [other]
                have.add(country(other))
                attrs["party_inferred"] = "document's most mentioned countries"
    if not parties:
        return []
    domains = sorted({d for stem, d in lexicon()["domains"].items() if stem in text})
    trig = (nouns or at)[0]
    kind = next((k for k in ("memorandum", "protocole", "convention", "accord", "entente",
                             "feuille de route", "lettre d' intention") if k in text), None)
    dates = [e for e in sent_ents if e.label == "DATE"]
    attrs.update(domain=domains, agreement_type=kind, date=date_attr(dates, ctx) if dates
                 else None, countries=sorted({c for e in parties + places if (c := country(e))}))
    status = clause_status("AGREEMENT", (at[-1] if not nouns else trig), ctx, lo, hi)
    if status == "signed" and any(t.form.startswith("ratifi") for t in at):
        status = "ratified"
    slots = {"parties": parties, "date": dates[:1], "place": places[:1]}
    return [make_event(ctx, sent, "AGREEMENT", slots, attrs, status, at)]


def _pair_at(ctx: Context, lo: int, hi: int) -> int | None:
    """Token index of "deux" in "les deux pays/armées/marines ..." within ``[lo, hi)``."""
    return next((i for i in range(lo, hi - 1) if ctx.words[i] == "deux" and
                 ctx.words[i + 1].startswith(_PAIR_NOUNS)), None)


def _pair_span(ctx: Context, at: int, lo: int) -> Entity:
    """"les deux pays" names both parties at once: the phrase itself fills the slot."""
    toks = ctx.doc.tokens
    a = at - 1 if at > lo and ctx.words[at - 1] in ("les", "des") else at
    st, en = toks[a].start, toks[at + 1].end
    return Entity(st, en, ctx.doc.text[st:en], "GROUP", kind="pair", canonical=None, id=None,
                  source="events", attrs={})


@cached
def _non_defence() -> tuple[str, ...]:
    return tuple(" ".join(_split_form(x)) for x in lexicon().get("agreement_not_defence", ()))


def _defence_context(ctx: Context, sent: Sentence, ents: Sequence[Entity], text: str) -> bool:
    if any(c in text for c in lexicon().get("defence_context", ())):
        return True
    for e in ents:
        if e.label == "ORG" and e.kind in ("armed_forces", "company", "agency"):
            return True
        role = (e.attrs or {}).get("role") if e.label == "PERSON" else None
        if isinstance(role, str) and any(r in role.lower() for r in (
                "défense", "armée", "armées", "état-major", "militaire", "général")):
            return True
        if e.label == "ORG" and "fense" in (e.canonical or e.text).lower():
            return True
    return False


# --------------------------------------------------------------------------- exercises

def exercise_mentions(ctx: Context, sent: Sentence, trigs: Sequence[Trigger],
                      sent_ents: Sequence[Entity]) -> list[Event]:
    """An EXERCISE mention per sentence holding an exercise trigger or a named exercise, with
    its name (an ``EXERCISE`` entity) or at least one party (armed forces, country)."""
    # "avions d'entraînement", "centre d'entraînement": a complement, not an exercise
    et = [t for t in trigs if t.type == "EXERCISE" and not (
        t.tok > 0 and ctx.words[t.tok - 1] in ("d'", "de"))]
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


# --------------------------------------------------------------------------- industry

def _bare_places(ctx: Context, sent: Sentence, sent_ents: Sequence[Entity]) -> list[Entity]:
    """Capitalised words after ``à``/``en``/``dans`` that no entity covers ("à Cameri"): places
    the gazetteer does not know, as LOC entities of kind ``place`` (source ``events``)."""
    covered = {ctx.tok_of.get(e.start) for e in sent_ents}
    toks = ctx.doc.tokens
    out = []
    for i in range(sent.token_start + 1, sent.token_end):
        if ctx.words[i - 1] in ("a", "en", "dans", "pres") and i not in covered and \
                toks[i].text[:1].isupper() and toks[i].kind == "word" and len(toks[i].text) > 2:
            j = i + 1
            while j < sent.token_end and j - i < 3 and (toks[j].text[:1].isupper() or
                                                         ctx.words[j] in ("-",)):
                j += 1
            s, e = toks[i].start, toks[j - 1].end
            out.append(Entity(s, e, ctx.doc.text[s:e], "LOC", kind="place", canonical=None,
                              id=None, source="events", attrs={}))
            ctx.tok_of.setdefault(s, i)
    return out


def industry_mentions(ctx: Context, sent: Sentence, trigs: Sequence[Trigger],
                      sent_ents: Sequence[Entity]) -> list[Event]:
    """An INDUSTRY mention per sentence with an industry trigger, a company, product or
    facility, and a place (``à``/``en``/``dans``, or any place of the sentence) or a second
    company. The facility slot is the trigger noun with its complement ("usine d'obus")."""
    it = [t for t in trigs if t.type == "INDUSTRY"]
    if not it:
        return []
    companies = [e for e in sent_ents if e.label == "ORG" and e.kind in (
        "company", "manufacturer", "other", None)]
    products = [e for e in sent_ents if e.label == "WEAPON"]
    if not products:
        toks = ctx.doc.tokens
        for a, b, cat in equipment_phrases(ctx.words, sent.token_start, sent.token_end):
            s, e = toks[a].start, toks[b - 1].end
            products.append(Entity(s, e, ctx.doc.text[s:e], "EQUIPMENT", kind=cat,
                                   canonical=None, id=None, source="events", attrs={}))
    bare = _bare_places(ctx, sent, sent_ents)
    locs = [e for e in sent_ents if e.label == "LOC" and e.kind in (
        "city", "region", "military_base", "country", "other")] + bare
    r = roles(ctx, it[0], sorted(locs, key=lambda e: e.start), sent.token_start,
              sent.token_end)
    places = [e for e in r.get("place", ()) if e.label == "LOC"]
    seen = {id(e) for e in places}
    places += [e for e in locs if id(e) not in seen and e.kind in ("city", "region",
                                                                    "military_base")]
    if not places:
        places = [e for e in locs if e.kind in ("country", "place")][:1]
    facility = next((f for t in it if (f := _facility(ctx, t, sent)) is not None), None)
    if not (companies or products or facility):
        return []
    if not places and len(companies) < 2:
        return []
    countries = [e for e in sent_ents if e.label == "LOC" and e.kind in ("country",
                                                                         "nationality")]
    money = [e for e in sent_ents if e.label == "MONEY"]
    attrs = {"countries": sorted({c for e in countries + places if (c := country(e))})}
    status = clause_status("INDUSTRY", it[0], ctx, sent.token_start, sent.token_end)
    slots = {"companies": companies, "product": products, "place": places[:2],
             "facility": [facility] if facility else [], "parties": countries,
             "value": money[:1]}
    return [make_event(ctx, sent, "INDUSTRY", slots, attrs, status, it[:1])]


def _facility(ctx: Context, t: Trigger, sent: Sentence) -> Entity | None:
    """The trigger noun with its ``de``-complement ("usine d'obus d'artillerie"), for nouns
    naming a facility or a company; None for verbs."""
    w = ctx.words[t.tok]
    if not w.startswith(("usine", "coentreprise", "co-entreprise", "joint", "societe",
                         "entreprise", "filiale", "ligne", "chaine", "site", "unite",
                         "complexe", "pole", "zone", "chantier", "atelier")):
        return None
    toks = ctx.doc.tokens
    j = t.tok_end
    while j + 1 < sent.token_end and j - t.tok_end < 6 and ctx.words[j] in ("de", "d'", "du",
                                                                           "des") \
            and toks[j + 1].kind == "word":
        j += 2
    s, e = toks[t.tok].start, toks[j - 1].end
    return Entity(s, e, ctx.doc.text[s:e], "FACILITY", kind="facility", canonical=None, id=None,
                  source="events", attrs={})


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


# --------------------------------------------------------------------------- entities

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
