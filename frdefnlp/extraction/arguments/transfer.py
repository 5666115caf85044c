"""ARMS_TRANSFER arguments: systems of each transfer trigger, chains of triggers, supplier and
recipient from the clause, inferred from the maker or the document when unsaid."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..._resources import cached
from ..._text import fold
from ...types import Entity, Event, Sentence
from ..triggers import Trigger, after_forms, equipment_phrases, lexicon, status_cues, trigger_data
from .common import (
    _AGREEMENT_NOUNS,
    Context,
    _between,
    _end_tok,
    _inferred_maker,
    _maker_ids,
    _markers,
    _party_words,
    argument_words,
    clause_status,
    country,
    date_attr,
    is_party,
    make_event,
    maker_record,
    marker_of,
    roles,
)
from .entities import _Shifted, force_phrase_words, force_phrases
from .visit import _head_of_state

#: a trigger heads the next deal's chain only this close (tokens): "négocie ... en vue d'acquérir"
_MAX_CHAIN = 12
#: how far before its trigger (tokens) a deal's subject may stand
_BACK = 40
#: a transfer sentence naming no system refers to the system named this close before (chars)
_NEAR = 300
_RANK = {"reported": 1, "planned": 2, "negotiating": 3, "agreed": 4, "ordered": 5,
         "delivered": 6, "cancelled": 7, "denied": 7}


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

    weapons = [e for e in sent_ents if e.label == "WEAPON" and
               not _industry_complement(ctx, e, sent.token_start)]
    toks = ctx.doc.tokens
    wstarts = [w.start for w in weapons]
    out = list(weapons)
    # names holding an equipment word ("Direction générale de l'armement") are no equipment
    names = [(e.start, e.end) for e in sent_ents if e.label in ("ORG", "PERSON")]
    name_starts = [n[0] for n in names]
    for a, b, cat in equipment_phrases(ctx.words, sent.token_start, sent.token_end):
        s, t = toks[a].start, toks[b - 1].end
        j = bisect_left(name_starts, t) - 1
        if j >= 0 and names[j][1] > s:
            continue
        if _complement_of_abstract(ctx.words, a, sent.token_start):
            continue  # "le programme d'armement", "l'industrie de l'armement"
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
        if nxt is not None and prev is None and nxt.form in after_forms():
            continue  # "des drones ... et la modernisation des F5": the drones are not upgraded
        if nxt is not None and (prev is None or (id(prev) in deals and
                                                 nxt.tok - end <= 3 and nxt.frame not in ("buy", "built")
                                                 and not _coordinated(ctx.words, i, lo))):
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
    legislatures = _party_words()["legislatures"]
    # a head of state or government stands for the state ("l'émir X a promis de fournir")
    parties = [e for e in sent_ents if is_party(e) and (
        e.label != "PERSON" or (country(e) and _head_of_state(ctx, e))) and not (
        e.label == "ORG" and fold(e.text).lower().split(" ")[0] in legislatures)]
    parties = _with_force_phrases(ctx, sent, parties, sent_ents)
    out = []
    for d in ordered:
        out.extend(_arms_events(ctx, sent, d, parties, sent_ents))
    loose = _no_inference()
    arms_inf = [t for t in arms if t.form not in loose]
    strong = [t for t in arms_inf if t.frame in ("receive", "given", "sell", "buy")] or arms_inf
    prev = ctx.last_system
    if ctx.last_weapon is not None and (prev is None or ctx.last_weapon.start > prev.start) \
            and _anaphoric_opening(ctx, sent):
        prev = ctx.last_weapon  # "Ils ont été livrés" after a sentence naming the system
    ctx.pending_roles = None
    if not ordered and strong and parties:
        # "Le Sénégal a signé un contrat avec Piriou. Le contrat porte sur trois patrouilleurs":
        # the parties wait for the next sentence's systems
        r = roles(ctx, strong[0], parties, lo, hi)
        if r.get("recipient") or r.get("supplier"):
            ctx.pending_roles = (sent.end, r)
    if not ordered and prev is not None and strong:
        # "le premier lot ira à la marine", "le montant du contrat": the
        # system of the previous mention, when the sentence states a party or an amount
        t = strong[0]
        r = roles(ctx, t, parties, lo, hi)
        near = sent.start - prev.end < _NEAR
        if any(e.label in ("MONEY", "QUANTITY") for e in sent_ents if e.kind != "duration") or \
                any(marker_of(ctx, e, t.frame)[0] in _markers()[0]
                    for e in parties if lo <= ctx.tok_of.get(e.start, -1) < hi) or \
                (near and (r.get("recipient") or r.get("supplier"))):
            # the other triggers of the sentence tell its stage ("un premier lot ... livré")
            d = Deal(t, [prev], lo, hi, tail=[x for x in arms if x is not t])
            out.extend(_arms_events(ctx, sent, d, parties, sent_ents, system_inferred=True))
    if out:
        ctx.last_transfer = out[-1]
    return out


def _coordinated(words: Sequence[str], i: int, lo: int) -> bool:
    """Whether the system at token ``i`` is coordinated with the one before it ("un lot de
    fusils et de munitions a été remis"): it then joins that system's deal, not the participle
    after it."""
    k = i - 1
    if k >= lo and words[k] in ("de", "d'", "des", "du", "les", "la", "le", "l'"):
        k -= 1
    return k >= lo and words[k] in ("et", "ou")


_SELLER_MARKS = frozenset({"avec", "aupres", "par"})


def seller_mentions(ctx: Context, sent: Sentence, sent_ents: Sequence[Entity]) -> list[Event]:
    """A sentence about the deal told just before ("Le contrat a été signé en mars avec
    l'exportateur russe X", "La commande a été passée auprès du groupe Y") whose transfer
    triggers made no mention of their own: a mention of the last transfer's named system
    (``system_inferred``) with that company as its seller, so that merging gives the deal its
    stated seller. Only when the last transfer's seller is unstated (missing or inferred), the
    sentence opens on a determiner and a deal noun, and the company follows "avec", "auprès
    de" or "par" within four tokens. Bounded: the sentence's entities once."""
    last = ctx.last_transfer
    lo, hi = sent.token_start, sent.token_end
    if last is None or sent.start - last.sentence_end >= _NEAR or hi - lo < 4:
        return []
    if last.slots.get("supplier") and not last.attrs.get("supplier_inferred"):
        return []
    named = [e for e in last.slots.get("system", ()) if e.label == "WEAPON"]
    w = ctx.words
    if not named or w[lo] not in ("le", "la", "l'", "ce", "cette", "cet") or \
            w[lo + 1] not in argument_words()["deal_openers"]:
        return []
    party = None
    for e in sent_ents:
        i = ctx.tok_of.get(e.start)
        if i is None or not _is_company(e):
            continue
        if any(w[k] in _SELLER_MARKS for k in range(max(lo, i - 4), i)) and not any(
                ctx.doc.tokens[k].kind == "punct" for k in range(max(lo, i - 4), i)):
            party = e
            break
    if party is None:
        return []
    toks = ctx.doc.tokens
    trig = Trigger("ARMS_TRANSFER", "buy", "ordered", lo + 1, lo + 2, toks[lo + 1].start,
                   toks[lo + 1].end, w[lo + 1])
    d = Deal(trig, named[:1], lo, hi)
    out = _arms_events_of(ctx, sent, d, {"supplier": [party]}, sent_ents, True)
    if out:
        ctx.last_transfer = out[-1]
    return out


#: how many tokens a sentence's anaphoric subject may take before its destination marker
_DEST_SUBJECT = 8
_DEST_OPENERS = frozenset({"les", "ces", "ils", "elles", "il", "elle", "leurs", "ses", "ceux-ci",
                           "celles-ci", "ce", "cet", "cette", "le", "la", "l'"})


@cached
def _forces_only() -> frozenset[tuple[str, ...]]:
    """Destination markers that take only an armed force or an administration ("rejoindra
    la marine X", not "rejoindra Toulon")."""
    from ..._resources import read_json

    return frozenset(tuple(m) for m in read_json("events/force_phrases.json")
                     ["destination_markers_forces_only"])


#: determiners before the buyer after a destination marker ("destinés à la marine X")
_DEST_DETS = frozenset({"l'", "la", "le", "les", "sa", "ses", "son", "leur", "leurs"})


def destination_mentions(ctx: Context, sent: Sentence, sent_ents: Sequence[Entity]) -> list[Event]:
    """A sentence with no transfer trigger that sends the systems just named to a buyer
    ("Les appareils sont destinés à l'armée de l'air X", "Ils équiperont la marine Y", "Les
    premiers exemplaires iront aux forces spéciales Z"): an ARMS_TRANSFER mention of the
    system named last (``system_inferred``), whose recipient is the party right after the
    marker, so that merging gives the deal told before its buyer. Only after a transfer was
    told in the document (not after a plant's production alone), when the sentence opens
    on a pronoun or a determiner and names no system before the marker, the system was named
    within _NEAR characters, and the last transfer of that system has no stated buyer of
    another country. Bounded work: the first _DEST_SUBJECT tokens are read for the marker."""
    prev = ctx.last_named
    lo, hi = sent.token_start, sent.token_end
    if ctx.last_transfer is None:
        return []  # "l'usine produira X ... livrés à l'armée": a home production, no deal told
    if prev is None or sent.start - prev.end >= _NEAR or hi - lo < 3:
        return []
    w = ctx.words
    if w[lo] not in _DEST_OPENERS:
        return []
    markers = force_phrase_words()["destinations"] + sorted(_forces_only(), key=len,
                                                           reverse=True)
    at = None
    firsts = {m[0] for m in markers}
    for i in range(lo + 1, min(hi, lo + _DEST_SUBJECT)):
        if w[i] not in firsts:
            continue
        m = next((m for m in markers if tuple(w[i:i + len(m)]) == m and i + len(m) <= hi), None)
        if m is not None:
            at = (i, i + len(m), m)
            break
    if at is None:
        return []
    i, j, m = at
    toks = ctx.doc.tokens
    if any(e.label == "WEAPON" and toks[lo].start <= e.start < toks[i].start for e in sent_ents):
        return []  # "Les Rafale sont destinés à ...": a sentence of its own, not a reference
    k = j + (j < hi and w[j] in _DEST_DETS)
    parties = _with_force_phrases(ctx, sent, [e for e in sent_ents if is_party(e)], sent_ents)
    forces_only = m in _forces_only()
    party = next((e for e in parties if ctx.tok_of.get(e.start) == k and (
        e.label == "LOC" and e.kind in ("country", "city") and not forces_only or
        e.label == "ORG" and e.kind in ("armed_forces", "government", "agency"))), None)
    if party is None:
        return []
    last = ctx.last_transfer
    if last is not None and any(s.start == prev.start for s in last.slots.get("system", ())) \
            and last.slots.get("recipient") and not last.attrs.get("recipient_inferred") and \
            country(last.slots["recipient"][0]) != country(party):
        return []  # the systems' buyer is stated already: another destination, another deal
    trig = Trigger("ARMS_TRANSFER", "receive", "planned", i, j, toks[i].start,
                   toks[j - 1].end, " ".join(m))
    d = Deal(trig, [prev], lo, hi)
    out = _arms_events_of(ctx, sent, d, {"recipient": [party]}, sent_ents, True)
    if out:
        ctx.last_transfer = out[-1]
    return out


def _with_force_phrases(ctx: Context, sent: Sentence, parties: list[Entity],
                        sent_ents: Sequence[Entity]) -> list[Entity]:
    """``parties`` with the sentence's force phrases (entities.force_phrases: "l'armée de
    terre ivoirienne", "les forces spéciales kényanes", "la Défense"): a phrase replaces the
    parties lying inside it (its demonym, a name that is only its prefix)."""
    phrases = force_phrases(ctx.doc, ctx.words, ctx.tok_of, sent.token_start, sent.token_end,
                            sent_ents)
    if not phrases:
        return parties
    spans = [(p.start, p.end) for p in phrases]
    kept = [e for e in parties if not any(s <= e.start and e.end <= t and (s, t) != (
        e.start, e.end) for s, t in spans)]
    return sorted(kept + phrases, key=lambda e: (e.start, -e.end))


def _cued_recipient(ctx: Context, d: Deal, parties: Sequence[Entity]) -> Entity | None:
    """The party right after a buyer cue of the deal's clause ("au profit de l'armée de
    Terre", "à destination de la Pologne", "dont seront dotées les forces X"; a determiner
    between): it buys, ahead of a subject that only orders for it ("La DGA a commandé",
    "Le Pentagone a notifié"). "destinés à" is no cue here ("à l'origine destinés à la
    Russie"). One pass over the clause's tokens, the parties found by bisection."""
    from ..triggers import _local

    cues = force_phrase_words()["cues_by_first"]
    hi = min(d.hi, len(ctx.words))
    seq, shift = _local(ctx.words, d.lo, hi)  # a window's own list: no wrapper call per read
    w = _Shifted(seq, shift)
    toks = ctx.doc.tokens
    if hi <= d.lo:
        return None
    clause = _between(parties, toks[d.lo].start, toks[hi - 1].end)  # bounded: by bisection
    at = {ctx.tok_of.get(e.start): e for e in clause if (
        e.label == "LOC" and e.kind in ("country", "city") or
        e.label == "ORG" and e.kind in ("armed_forces", "government", "agency"))}
    for i in range(d.lo, hi):
        group = cues.get(w[i])
        if group is None:
            continue
        m = next((c for c in group if tuple(w[i:i + len(c)]) == c), None)
        if m is None:
            continue
        k = i + len(m)
        if k < hi and w[k] in ("l'", "la", "le", "les"):
            k += 1
        if k in at:
            return at[k]
    return None


def _bare_forces_last(r: dict[str, list[Entity]]) -> dict[str, list[Entity]]:
    """A bare force phrase ("l'armée", "la Défense") buys only when no name does, and never
    sells (it names no country of its own)."""
    def bare(e: Entity) -> bool:
        return bool((e.attrs or {}).get("bare"))

    if not any(bare(e) for v in r.values() for e in v):
        return r
    r = dict(r)
    if "supplier" in r:
        r["supplier"] = [e for e in r["supplier"] if not bare(e)]
    if "recipient" in r:
        r["recipient"] = sorted(r["recipient"], key=bare)
    return r


@cached
def _no_inference() -> frozenset[str]:
    """Trigger forms that never carry a system over (``no_inference`` in triggers.json)."""
    from ..triggers import trigger_data

    return frozenset(trigger_data().get("no_inference", ()))


_ANAPHORA_HEADS = frozenset({"ils", "elles", "il", "elle"})
_ANAPHORA_NOUNS = frozenset("""appareils appareil vehicules vehicule engins navires navire
    batiments batiment blindes drones helicopteres avions materiels equipements unites
    systemes canons""".split())


def _owner_force(ctx: Context, d: Deal, in_clause: Sequence[Entity],
                 supplier: Entity | None) -> Entity | None:
    """An armed force named as the complement of one of the deal's systems ("un Mi-17 de
    l'armée malienne", "les Caracal des forces koweïtiennes"): it owns, so it received."""
    ends = {_end_tok(ctx, w) for w in d.systems}
    w = ctx.words
    for e in in_clause:
        if e is supplier or (supplier is not None and country(e) == country(supplier)):
            continue
        if not ((e.label == "ORG" and e.kind == "armed_forces") or (
                e.kind == "nationality" and _force_adjective(ctx, e))):
            continue
        i = ctx.tok_of.get(e.start)
        if i is None:
            continue
        j = i - 1
        if e.kind == "nationality":  # back over the force's noun phrase
            while j > d.lo and w[j] not in ("de", "du", "des", "d'") and i - j < 5:
                j -= 1
        if j > d.lo and w[j] in ("l'", "la", "le", "les"):
            j -= 1
        if j > d.lo and w[j] in ("de", "du", "des", "d'") and j - 1 in ends:
            return e
    return None


def _destination(ctx: Context, e: Entity, d: Deal) -> bool:
    """Whether ``e`` is introduced by a strong recipient marker ("destinés au", "au profit
    de")."""
    strong, _ = _markers()
    mk, role = marker_of(ctx, e, (d.head or d.trig).frame)
    return role == "recipient" and mk in strong and not _former(ctx, e)


def _former(ctx: Context, e: Entity) -> bool:
    """Whether a destination is a former one ("frégates initialement prévues pour la marine
    X", "d'abord destinées à Y")."""
    i = ctx.tok_of.get(e.start, 0)
    former = argument_words()["former_destination"]
    return any(w in former for w in ctx.words[max(0, i - 6):i])


def _from_sentence_before(ctx: Context, sent: Sentence, d: Deal, recipient: Entity | None,
                          supplier: Entity | None, attrs: dict[str, Any]
                          ) -> tuple[Entity | None, Entity | None]:
    """Unstated sides of a deal told over two sentences, from the sentence right before:

    * a sentence opening on a deal noun ("Le contrat porte sur trois patrouilleurs") after a
      transfer sentence that named parties and no system ("Le Sénégal a signé un contrat avec
      Piriou.") takes that sentence's roles;
    * a sentence opening on a subject pronoun ("Elle a réceptionné une corvette") takes the
      previous sentence's first party as its subject ("La marine algérienne se renforce.").

    Marked ``*_inferred``: "sentence before"."""
    if recipient is not None and supplier is not None:
        return recipient, supplier
    i, w = sent.token_start, ctx.words
    if i + 1 >= sent.token_end:
        return recipient, supplier
    aw = argument_words()
    gap = ctx.doc.text[:sent.start]
    if w[i] in ("le", "la", "l'", "ce", "cet", "cette") and w[i + 1] in aw["deal_nouns"] and \
            ctx.pending_roles is not None and not gap[ctx.pending_roles[0]:].strip():
        r = ctx.pending_roles[1]
        for role in ("recipient", "supplier"):
            cur = recipient if role == "recipient" else supplier
            cand = next((e for e in r.get(role, ()) if e.kind != "nationality" or
                         _force_adjective(ctx, e)), None)
            if cur is None and cand is not None and cand is not (
                    supplier if role == "recipient" else recipient):
                attrs[role + "_inferred"] = "sentence before"
                if role == "recipient":
                    recipient = cand
                else:
                    supplier = cand
        return recipient, supplier
    end, parties = ctx.prev_parties
    # the pronoun is the trigger's subject: at most an auxiliary and an adverb between ("Elle
    # a réceptionné", "Il a ensuite commandé"; not "Il sera question de la vente")
    if w[i] in aw["subject_pronouns"] and end >= 0 and not gap[end:].strip() and \
            (d.head or d.trig).tok - i <= 3:
        frame = (d.head or d.trig).frame
        role = trigger_data()["frames"].get(frame, {}).get("subject")
        first = next((e for e in parties if e.kind != "nationality" or _force_adjective(ctx, e)),
                     None)
        if first is not None and role == "recipient" and recipient is None and \
                first is not supplier:
            recipient = first
            attrs["recipient_inferred"] = "sentence before"
        elif first is not None and role == "supplier" and supplier is None and \
                first is not recipient:
            supplier = first
            attrs["supplier_inferred"] = "sentence before"
    return recipient, supplier


def _anaphoric_opening(ctx: Context, sent: Sentence) -> bool:
    """Whether the sentence opens on a pronoun or a generic noun standing for systems named
    before ("Ils ont été livrés", "Ces appareils ont été réceptionnés")."""
    i, w = sent.token_start, ctx.words
    if i >= sent.token_end:
        return False
    if w[i] in _ANAPHORA_HEADS:
        return True
    return w[i] in ("ces", "les") and i + 1 < sent.token_end and w[i + 1] in _ANAPHORA_NOUNS


def _anaphoric_company(ctx: Context, d: Deal, recipient: Entity | None) -> Entity | None:
    """The company a bare title noun of the clause refers to ("auprès du même constructeur",
    "le groupe discute ... de la vente"): the last company named before it in the document,
    when no name follows the noun."""
    nouns = _party_words()["anaphora"]
    toks = ctx.doc.tokens
    for i in range(d.lo, min(d.hi, len(ctx.words))):
        if ctx.words[i] not in nouns or i == 0:
            continue
        if ctx.words[i - 1] not in ("le", "du", "au", "meme", "l'", "ce", "cet", "la"):
            continue
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if nxt[:1].isupper():
            continue  # "le groupe Edge": the name is there
        k = bisect_left(ctx.companies, toks[i].start, key=lambda e: e.start)
        if k > 0 and ctx.companies[k - 1] is not recipient:
            return ctx.companies[k - 1]
    return None


def _complement_of_abstract(words: Sequence[str], a: int, lo: int) -> bool:
    """Whether the equipment phrase at token ``a`` is the complement of a noun that names no
    deal (``equipment_not_after`` in resources/events/lexicon.json: "programme d'armement",
    "budget de l'armement", "trafic d'armes")."""
    k = a - 1
    if k >= lo and words[k] in ("l'", "les", "la", "le"):
        k -= 1
    if k < lo or words[k] not in ("de", "d'", "des", "du"):
        return False
    return k - 1 >= lo and (words[k - 1] in _not_after() or words[k - 1] in _system_not_after())


def _industry_complement(ctx: Context, e: Entity, lo: int) -> bool:
    """Whether the named system ``e`` is the complement of a noun of industry
    (``system_not_after`` in resources/events/lexicon.json: "la technologie des sous-marins
    Scorpène", "la production du K9"): a product or a know-how, no system changing hands.
    At most one word (its equipment noun) stands between the article and the name."""
    a = ctx.tok_of.get(e.start)
    if a is None:
        return False
    words = ctx.words
    nouns = _system_not_after()
    for k in (a - 1, a - 2):
        if k - 1 < lo:
            return False
        if words[k] in ("de", "d'", "des", "du") and words[k - 1] in nouns:
            return True
        if words[k] in ("l'", "la", "le", "les") and k - 2 >= lo and \
                words[k - 1] in ("de", "d'") and words[k - 2] in nouns:
            return True
    return False


@cached
def _system_not_after() -> frozenset[str]:
    return frozenset(lexicon().get("system_not_after", ()))


@cached
def _not_after() -> frozenset[str]:
    return frozenset(lexicon().get("equipment_not_after", ()))


def _country_mention(ctx: Context, code: str | None) -> Entity | None:
    """A mention of country ``code`` in the document: its name, else one of its cities."""
    if not code:
        return None
    return ctx.country_mention.get(code) or ctx.city_mention.get(code)


def _arms_events(ctx: Context, sent: Sentence, d: Deal, parties: Sequence[Entity],
                 sent_ents: Sequence[Entity], system_inferred: bool = False) -> list[Event]:
    """The deal's event, or one per recipient country when coordinated recipients of
    different countries share it ("pourparlers avec le Nigeria et avec le Kenya")."""
    # the subject is looked for at most _BACK tokens before the chain: bounded work per deal
    r = roles(ctx, d.trig, _between(parties, ctx.doc.tokens[max(sent.token_start, (
        d.head or d.trig).tok - _BACK)].start, ctx.doc.tokens[d.hi - 1].end),
        sent.token_start, d.hi, head=d.head, tails=d.tail)
    r = _bare_forces_last(r)
    cued = _cued_recipient(ctx, d, parties)
    if cued is not None and (cued.attrs or {}).get("bare") and any(
            not (e.attrs or {}).get("bare") for e in r.get("recipient", ())):
        cued = None  # "au profit de l'armée" after a named buyer: the name says more
    if cued is not None:
        r = dict(r)
        r["recipient"] = [cued] + [e for e in r.get("recipient", ()) if e is not cued]
        r["supplier"] = [e for e in r.get("supplier", ()) if e is not cued]
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


def _unstated_supplier(ctx: Context, e: Entity, frame: str) -> bool:
    """Whether nothing but the frame's reading makes ``e`` the supplier: no marker, or "avec"
    ("signé avec la Serbie" names a party, not who sells); "commandés aux États-Unis",
    "auprès de" state who sells."""
    mk, role = marker_of(ctx, e, frame)
    return role != "supplier" or mk == "avec"


def _state(e: Entity) -> bool:
    """Whether ``e`` names a state or its administration or forces (no company)."""
    return e.label == "LOC" and e.kind in ("country", "city") or \
        e.label == "ORG" and e.kind in ("government", "armed_forces")


def _company_noun_subject(ctx: Context, d: Deal) -> bool:
    """Whether the deal's clause opens, before its trigger, on a company title noun with no
    name after it ("Le constructeur a signé", "L'industriel a conclu"): bounded by the clause."""
    nouns = _party_words()["anaphora"]
    toks = ctx.doc.tokens
    for i in range(d.lo, min((d.head or d.trig).tok, len(ctx.words))):
        if ctx.words[i] in nouns and i > d.lo and ctx.words[i - 1] in ("le", "l'", "la", "ce",
                                                                       "cet"):
            nxt = toks[i + 1].text if i + 1 < len(toks) else ""
            return not nxt[:1].isupper()
    return False


def _is_company(e: Entity) -> bool:
    return e.label == "ORG" and e.kind in ("company", "manufacturer")


def _force_adjective(ctx: Context, e: Entity) -> bool:
    """Whether the nationality adjective ``e`` qualifies an armed force ("l'armée de l'air
    ivoirienne", "la marine camerounaise"): it then names the buyer, not a maker's origin."""
    i = ctx.tok_of.get(e.start)
    if i is None or i < 1:
        return False
    w = ctx.words
    force = argument_words()["force_nouns"]
    j = i - 1
    if w[j] in ("air", "terre", "mer") and j >= 2 and w[j - 1] in ("l'", "de") :
        j -= 2 if w[j - 1] == "de" else 3  # "armée de terre", "armée de l'air"
    return j >= 0 and w[j] in force


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
    if any(_former(ctx, e) for e in r.get("recipient", ())):
        # "des frégates initialement destinées à un autre client": no buyer of this deal
        r = dict(r)
        r["recipient"] = [e for e in r["recipient"] if not _former(ctx, e)]
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
    # a subject found before the clause start only counts if no party of the clause took it;
    # a destination stated by a strong marker ("24 F-16 destinés au Maroc") comes before the
    # subject (the Pentagon buys for Morocco)
    recs = sorted(r.get("recipient", ()), key=lambda e: (bool((e.attrs or {}).get("bare")),
                                                         not _destination(ctx, e, d)))
    recipient = next((e for e in recs if e.kind != "nationality" or
                      _force_adjective(ctx, e)), None)
    # a named company or state before a nationality adjective ("le groupe espagnol Navantia")
    sups = list(r.get("supplier", ()))
    supplier = next((e for e in sups if e.kind != "nationality"), sups[0] if sups else None)

    def is_maker(e: Entity | None) -> bool:
        return e is not None and (e.id in makers or (
            e.label == "ORG" and e.kind == "company" and country(e) in maker_countries))

    named = [e for e in sups if e.kind != "nationality"]
    if len(named) > 1:
        # one sentence naming two deals, each with its seller (a new order from one maker
        # and a recalled purchase from another): of two stated sellers, the systems' maker,
        # else the one after the trigger
        own = [e for e in named if is_maker(e)] or \
            [e for e in named if ctx.tok_of.get(e.start, -1) >= d.trig.tok]
        if own:
            supplier = own[0]
    gov_adj = [e for e in sups if e.kind == "nationality" and (_force_adjective(ctx, e) or (
        (i := ctx.tok_of.get(e.start, 0)) > 0 and ctx.words[i - 1] in ("ministere",
                                                                     "gouvernement")))]
    if recipient is None and len(named) + len(gov_adj) >= 2:
        # "Le ministère égyptien de la Défense et le groupe TKMS ont conclu un accord pour la
        # livraison de frégates": of two coordinated sides, the maker sells, the state buys
        makers_l = [e for e in named if _is_company(e) or is_maker(e)]
        states = [e for e in named if not (_is_company(e) or is_maker(e)) and (
            e.label == "LOC" and e.kind in ("country", "city") or
            e.kind in ("government", "armed_forces", "agency"))] + gov_adj
        if makers_l and states:
            supplier, recipient = makers_l[0], states[0]
    if is_maker(recipient) and not is_maker(supplier):
        recipient, supplier = supplier, recipient
    if recipient is not None and supplier is not None and _is_company(recipient) and \
            not _is_company(supplier) and (supplier.label == "LOC" and supplier.kind in (
                "country", "city") or supplier.kind in ("armed_forces", "government")):
        # "Airbus a engrangé une commande de la part du Sénégal", "Kership a signé un contrat
        # avec le Nigeria": a company sells to a state, never buys arms from it
        recipient, supplier = supplier, recipient
    if recipient is not None and recipient.label == "ORG" and recipient.kind == "company" and \
            supplier is None:
        recipient, supplier = None, recipient
    if recipient is None and supplier is not None and (d.head or d.trig).frame in (
            "approve", "negotiate") and maker_countries and \
            country(supplier) not in maker_countries and not is_maker(supplier) or (
                recipient is None and supplier is not None and supplier.label == "LOC" and
                supplier.kind == "country" and d.trig.frame in ("buy", "receive", "given") and
                maker_countries and country(supplier) not in maker_countries and
                _unstated_supplier(ctx, supplier, d.trig.frame)):
        # "Le Maroc attend le feu vert pour des HIMARS": who does not make it buys it
        recipient, supplier = supplier, None
    if recipient is None and supplier is not None and _state(supplier) and \
            marker_of(ctx, supplier, d.trig.frame)[0] == "avec" and \
            _company_noun_subject(ctx, d) and not is_maker(supplier):
        # "Le constructeur a signé avec l'Indonésie la vente de": the company sells, the state
        # it signs with buys
        recipient, supplier = supplier, None
    if supplier is not None and recipient is not None and (
            (supplier.id and supplier.id == recipient.id) or
            (supplier.label == "LOC" and country(supplier) == country(recipient))):
        supplier = None  # one side named twice ("le Maroc ... Rabat")
    rejected = None
    if recipient is not None and supplier is not None and supplier.label != "LOC" and \
            recipient.label == "LOC" and recipient.kind in ("country", "city") and \
            country(supplier) and country(recipient) == country(supplier) and \
            not _force_adjective(ctx, recipient):
        # "en visite à Ankara, le président a promis de lui céder": the seller's own
        # capital is where it was said, not who buys
        rejected, recipient = recipient, None
    attrs: dict[str, Any] = {"transfer_type": (d.head or d.trig).frame, "trigger": d.trig.form}
    if system_inferred:
        attrs["system_inferred"] = "previous transfer mention"
    in_clause = _between(sent_ents, ctx.doc.tokens[d.lo].start,
                         ctx.doc.tokens[d.hi - 1].end if d.hi > d.lo else ctx.doc.tokens[d.lo].end)
    recipient, supplier = _from_sentence_before(ctx, sent, d, recipient, supplier, attrs)
    if recipient is None:
        # "un hélicoptère Mi-17 de l'armée malienne, livré par la Russie": the force that owns
        # the system
        recipient = _owner_force(ctx, d, in_clause, supplier)
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
    if supplier is None:
        supplier = _anaphoric_company(ctx, d, recipient)
        if supplier is not None:
            attrs["supplier_inferred"] = "company named before"
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
        cands = [e for e in r.get("recipient", ()) if e is not supplier and e is not rejected]
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
    if rec_c is None and recipient is not None and recipient.label == "ORG" and \
            recipient.kind in ("government", "armed_forces", "agency"):
        # "le Conseil des ministres", "le ministère de la Défense": the document's country
        home = next((e for e in ctx.focus if country(e) and country(e) != sup_c), None)
        if home is not None:
            rec_c = country(home)
            attrs["recipient_country_inferred"] = "document's most mentioned country"
    attrs["supplier_country"] = sup_c
    attrs["recipient_country"] = rec_c
    attrs["category"] = d.systems[0].kind
    lot = _lot(ctx.words, d.lo, d.hi)
    if lot:
        attrs["lot"] = lot
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
    if d.head is not None and d.head.frame not in ("negotiate", "approve") and \
            status not in ("denied", "cancelled"):
        # "a réceptionné un deuxième lot de X": the lot states no stage, its verb does
        st = clause_status("ARMS_TRANSFER", d.head, ctx, d.lo, d.hi)
        if _RANK.get(st, 0) > _RANK.get(status, 0):
            status = st
    if status == "ordered" and any(t.frame == "approve" for t in d.tail) and \
            ctx.words[d.trig.tok].startswith(_SALE_NOUNS):
        status = "agreed"  # "la vente de X ... a été approuvée": the approval is its stage
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
             "supplier_country": [m] if (m := _country_mention(ctx, sup_c)) and
             m is not supplier else [],
             "recipient_country": [m] if (m := _country_mention(ctx, rec_c) or
                                          _demonym_inside(recipient, sent_ents)) and
             m is not recipient else []}
    return make_event(ctx, sent, "ARMS_TRANSFER", slots, attrs, status, [d.trig])


def _demonym_inside(e: Entity | None, sent_ents: Sequence[Entity]) -> Entity | None:
    """The demonym inside a force phrase ("nigériennes" in "les forces spéciales
    nigériennes"): the mention of its country when the page names the country nowhere."""
    if e is None or (e.attrs or {}).get("alias_type") != "force_phrase":
        return None
    return next((x for x in sent_ents if x.kind == "nationality" and
                 e.start <= x.start and x.end <= e.end), None)


#: nouns of a deal that state no stage of their own when an approval verb follows
_SALE_NOUNS = ("vente", "achat", "acquisition", "cession", "export")
_LOT_NOUNS = frozenset({"lot", "lots", "tranche", "tranches", "batch"})
_ORDINALS = {"premier": "1", "premiere": "1", "1er": "1", "second": "2", "seconde": "2",
             "deuxieme": "2", "2e": "2", "troisieme": "3", "3e": "3", "quatrieme": "4",
             "cinquieme": "5", "nouveau": "new", "nouvelle": "new", "dernier": "last",
             "derniere": "last"}


def _lot(words: Sequence[str], lo: int, hi: int) -> str | None:
    """Which lot of a system a clause tells ("un deuxième lot de", "la première tranche",
    "X supplémentaires", "les X déjà commandés"): "1", "2" ..., "new", "last" or "earlier";
    None when it names none. Two mentions
    of one system naming different lots are two deals (merging.compatible)."""
    earlier = first = False
    for i in range(lo, hi):
        w = words[i]
        if w in _LOT_NOUNS and i > lo and words[i - 1] in _ORDINALS:
            return _ORDINALS[words[i - 1]]
        if w.startswith(("supplementaire", "additionnel")):
            return "new"
        earlier = earlier or w in ("deja", "precedemment")
        first = first or w in ("premiers", "premieres")
    if first:
        return "1"  # "ses premiers X", then "un second lot de X"
    return "earlier" if earlier else None  # "aux neuf X déjà commandés"

