"""Event extraction: who buys what from whom, for how much, when (docs/events.md).

``events(doc_or_docs)`` finds five event types in tagged French defence news:

* ARMS_TRANSFER - sale, purchase, order, delivery, negotiation or offer of equipment;
* AGREEMENT - memorandum, accord, protocol (parties, domain, signed/planned/ratified);
* VISIT - an official or delegation visit (visitor, host country, city, dates, purpose);
* EXERCISE - joint exercises and training;
* INDUSTRY - factories, joint ventures, local production, technology transfer.

Pipeline per document: (1) each sentence gets a feature vector (words, trigger groups of
resources/events/lexicon.json, entity labels, modality cues) scored by a one-vs-rest
logistic model shipped as JSON (resources/events/model.json, retrained by
``python -m frdefnlp.extraction.train``) - plain Python inference; (2) for every type above
the threshold, slots are filled from the sentence's entities and its shape (who stands before
a sale verb, what follows "aupres de", nationality adjectives ...); (3) mentions of one event in
a document are merged (same type, compatible supplier/recipient/system); optionally across
documents. Cost: O(sentences x (features + entities^2)) per document; the model is loaded once.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .._resources import cached, read_json
from .._text import fold
from ..errors import InputTypeError
from ..types import CleanResult, Document, Entity, Event, Sentence
from ._features import (
    EVENT_TYPES,
    cue_hits,
    entity_labels,
    event_entities,
    lexicon,
    norm,
    score,
    sentence_features,
    trigger_groups,
)

__all__ = ["EventOptions", "events", "extract_document", "EVENT_TYPES", "STATUS_RANK"]

#: Order used when merged mentions disagree on status: the more definite one wins.
STATUS_RANK = {
    None: 0, "reported": 1, "negotiating": 2, "planned": 2, "agreed": 3, "ordered": 4,
    "signed": 4, "ratified": 5, "delivered": 5, "cancelled": 6, "denied": 6,
}

_COUNTRYISH = ("country",)
_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class EventOptions:
    """Keyword options of :func:`events`.

    ``threshold``: minimum classifier probability for a sentence to carry an event type.
    ``types``: event types to report. ``merge``: merge mentions of one event inside a
    document; ``merge_across``: also merge events of different documents (the merged event
    keeps the first document's id and lists the others in ``attrs["documents"]``).
    ``require_trigger``: keep a type only if one of its trigger words is in the sentence
    (guards the statistical model against topic words alone).
    """

    threshold: float = 0.5
    types: tuple[str, ...] = EVENT_TYPES
    merge: bool = True
    merge_across: bool = False
    require_trigger: bool = True


@cached
def _model() -> dict[str, Any]:
    return read_json("events/model.json")


@cached
def _nationalities() -> dict[str, list[str]]:
    return {k: v for k, v in read_json("events/nationalities.json").items() if k != "_doc"}


# --------------------------------------------------------------------------- input handling

def _as_document(item: Any, index: int) -> Document:
    if isinstance(item, Document):
        return item if item.id is not None else replace(item, id=str(index))
    if isinstance(item, (str, CleanResult)):
        from ..tagger import tag

        doc = tag(item)
        return doc if doc.id is not None else replace(doc, id=str(index))
    raise InputTypeError(
        f"events() expects a Document, str, CleanResult or an iterable of those, "
        f"got {type(item).__name__}"
    )


def events(doc_or_docs: Any, *, options: EventOptions | None = None) -> list[Event]:
    """Events of one document or of many (``str``/``CleanResult`` inputs are tagged first).

    Events are sorted by document order, then sentence offset, then type.

    >>> from frdefnlp.extraction import events
    >>> [e.type for e in events("Le Maroc a acheté des drones Harop à Israël.")]
    ['ARMS_TRANSFER']
    """
    opts = options or EventOptions()
    if isinstance(doc_or_docs, (Document, str, CleanResult)):
        items: Sequence[Any] = [doc_or_docs]
    elif isinstance(doc_or_docs, Iterable) and not isinstance(doc_or_docs, (bytes, Mapping)):
        items = list(doc_or_docs)
    else:
        raise InputTypeError(
            f"events() expects a Document, str, CleanResult or an iterable of those, "
            f"got {type(doc_or_docs).__name__}"
        )
    out: list[Event] = []
    for i, item in enumerate(items):
        out.extend(extract_document(_as_document(item, i), options=opts))
    if opts.merge_across and len(items) > 1:
        out = _merge(out, across=True)
    return out


# --------------------------------------------------------------------------- per document

def extract_document(doc: Document, *, options: EventOptions | None = None) -> list[Event]:
    """Events of one tagged :class:`Document` (merged within it when ``options.merge``)."""
    opts = options or EventOptions()
    if not doc.text.strip():
        return []
    sentences = doc.sentences or (Sentence(0, len(doc.text), doc.text),)
    ents = event_entities(doc)
    focus = _focus_countries(ents)
    mentions: list[Event] = []
    prev_recipient: Entity | None = None
    starts = [e.start for e in ents]  # ents are sorted by start: each sentence's by bisection
    for sent in sentences:
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        sent_ents = [e for e in ents[lo:hi] if e.end <= sent.end]
        sent_ents += _adjective_entities(doc.text, sent, sent_ents)
        sent_ents.sort(key=lambda e: (e.start, -e.end))
        feats = sentence_features(sent.text, entity_labels(sent_ents, sent.start, sent.end))
        probs = score(_model(), feats)
        folded = norm(sent.text)
        groups = trigger_groups(folded)
        for etype in EVENT_TYPES:
            if etype not in opts.types or probs[etype] < opts.threshold:
                continue
            if opts.require_trigger and not any(k.startswith(etype + ":") for k in groups):
                continue
            ctx = _Ctx(doc, sent, sent_ents, folded, groups, probs[etype], focus, prev_recipient)
            new = _FILLERS[etype](ctx)
            for ev in new:
                if ev.type == "ARMS_TRANSFER" and ev.slots.get("recipient"):
                    prev_recipient = ev.slots["recipient"][0]
            mentions.extend(new)
    if opts.merge:
        mentions = _merge(mentions, across=False)
    return mentions


@dataclass
class _Ctx:
    doc: Document
    sent: Sentence
    ents: list[Entity]
    folded: str  # norm(sent.text): offset i in folded is sent.start + i - 1 in doc.text
    groups: dict[str, list[str]]
    prob: float
    focus: list[str]
    prev_recipient: Entity | None

    def pos(self, needle: str, start: int = 0) -> int:
        """Document offset of ``needle`` in the folded sentence, or -1."""
        i = self.folded.find(needle, start)
        return -1 if i < 0 else self.sent.start + i - 1

    def doc_date(self) -> str | None:
        return self.doc.metadata.date if self.doc.metadata else None


def _country(e: Entity) -> str | None:
    c = e.attrs.get("country") if e.attrs else None
    return c if isinstance(c, str) else None


def _is_party(e: Entity) -> bool:
    """Countries, nationality adjectives and armed forces can buy or sell; so can companies."""
    if e.label == "LOC":
        return e.kind in ("country", "nationality")
    if e.label == "ORG":
        return e.kind not in ("media",)
    return False


def _focus_countries(ents: Sequence[Entity]) -> list[str]:
    """Country codes by number of mentions (used to name an unstated counterpart)."""
    counts = Counter(_country(e) for e in ents if e.label == "LOC" and e.kind == "country")
    return [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] or "")) if c]


def _adjective_entities(text: str, sent: Sentence, known: Sequence[Entity]) -> list[Entity]:
    """Nationality adjectives of the sentence as LOC/nationality entities (offsets into text).

    Adjectives inside an already tagged entity ("armee marocaine") are skipped.
    """
    table = _nationalities()
    out = []
    for m in _WORD.finditer(text, sent.start, sent.end):
        key = fold(m.group()).lower()
        if key in table and not any(e.start <= m.start() < e.end for e in known):
            code, name = table[key]
            out.append(Entity(m.start(), m.end(), m.group(), "LOC", kind="nationality",
                              canonical=name, id=None, source="events",
                              attrs={"country": code, "alias_type": "adjective"}))
    return out


# --------------------------------------------------------------------------- status

def _status(etype: str, folded: str) -> str | None:
    """Status of an event from the cue words of its clause (mapping in docs/events.md)."""
    st = lexicon()["status"]

    def has(name: str) -> bool:
        return bool(cue_hits(folded, st[name]))

    if has("negation"):
        return "denied"
    if has("cancel"):
        return "cancelled"
    if etype == "ARMS_TRANSFER":
        for name in ("negotiating", "reported", "delivered", "ordered", "agreed"):
            if has(name):
                return name
        return "negotiating" if has("planned") else "reported"
    if etype == "AGREEMENT":
        if has("planned"):
            return "planned"
        if has("ratified"):
            return "ratified"
        if has("signed"):
            return "signed"
        return None
    if has("planned"):
        return "planned"
    return "reported" if has("reported") else None


# --------------------------------------------------------------------------- slot helpers

def _equipment(folded: str) -> tuple[str | None, str | None]:
    """(category, phrase) of the longest equipment phrase of the lexicon in the sentence."""
    best: tuple[str | None, str | None] = (None, None)
    for phrase, cat in sorted(lexicon()["equipment"].items(), key=lambda kv: -len(kv[0])):
        if re.search(r"(?<![\w])" + re.escape(phrase) + r"s?(?![\w])", folded):
            return cat, phrase
    return best


def _nearest(ents: Sequence[Entity], offset: int, *, after: bool) -> Entity | None:
    cands = [e for e in ents if (e.start >= offset if after else e.end <= offset)]
    if not cands:
        return None
    return min(cands, key=lambda e: (e.start - offset) if after else (offset - e.end))


def _after_cue(ctx: _Ctx, cues: Iterable[str], parties: Sequence[Entity], *,
               start: int, end: int, limit: int = 40) -> Entity | None:
    """First party starting within ``limit`` characters after one of ``cues`` in [start, end)."""
    best: Entity | None = None
    for cue in cues:
        i = ctx.folded.find(cue)
        while i >= 0:
            off = ctx.sent.start + i - 1 + len(cue)
            if start <= off < end:
                for e in parties:
                    if off - 1 <= e.start <= off + limit:
                        if best is None or e.start < best.start:
                            best = e
                        break
            i = ctx.folded.find(cue, i + 1)
    return best


def _date_attr(dates: Sequence[Entity], ctx: _Ctx) -> str | None:
    for d in dates:
        v = d.value or {}
        if v.get("iso"):
            return str(v["iso"])
    doc_date = ctx.doc_date()
    if dates and doc_date:
        v = dates[0].value or {}
        if v.get("month") and len(doc_date) >= 4:
            day = v.get("day")
            return f"{doc_date[:4]}-{int(v['month']):02d}" + (f"-{int(day):02d}" if day else "")
    return doc_date


def _event(ctx: _Ctx, etype: str, slots: dict[str, list[Entity]], attrs: dict[str, Any],
           status: str | None, evidence: Sequence[str]) -> Event:
    ev_spans = []
    for cue in evidence:
        i = ctx.folded.find(cue.strip())
        if i >= 0:
            s = ctx.sent.start + i - 1
            ev_spans.append((s, s + len(cue.strip())))
    clean_slots = {k: tuple(sorted(dict.fromkeys(v), key=lambda e: (e.start, e.end)))
                   for k, v in slots.items() if v}
    return Event(type=etype, status=status, confidence=round(ctx.prob, 4),
                 sentence_start=ctx.sent.start, sentence_end=ctx.sent.end,
                 sentence=ctx.sent.text, slots=clean_slots,
                 attrs={k: v for k, v in attrs.items() if v not in (None, [], ())},
                 evidence=tuple(sorted(set(ev_spans))), document_id=ctx.doc.id)


# --------------------------------------------------------------------------- fillers

_BUY = ("purchase", "order", "negotiation")
_SELL = ("sale", "delivery", "offer")


def _fill_arms(ctx: _Ctx) -> list[Event]:
    ents = ctx.ents
    weapons = [e for e in ents if e.label == "WEAPON"]
    groups = {k.split(":")[1]: v for k, v in ctx.groups.items() if k.startswith("ARMS_TRANSFER:")}
    # Split the sentence into clauses when two named systems are separated by a new trigger
    # ("interesse par le Dome de fer et aurait acquis ... Barak"): one event per clause.
    clauses: list[list[Entity]] = []
    for w in weapons:
        if clauses:
            last = clauses[-1][-1]
            between = norm(ctx.doc.text[last.end:w.start])
            if any(cue_hits(between, cues) for cues in groups.values()):
                clauses.append([w])
                continue
            clauses[-1].append(w)
        else:
            clauses.append([w])
    if not clauses:
        clauses = [[]]
    out = []
    for ci, systems in enumerate(clauses):
        c_start = ctx.sent.start if ci == 0 else clauses[ci - 1][-1].end
        c_end = ctx.sent.end if ci == len(clauses) - 1 else systems[-1].end
        folded = norm(ctx.doc.text[c_start:c_end])
        out.append(_arms_clause(ctx, systems, c_start, c_end, folded))
    return [e for e in out if e is not None]


def _arms_clause(ctx: _Ctx, systems: list[Entity], c_start: int, c_end: int,
                 folded: str) -> Event | None:
    ents = ctx.ents
    parties = [e for e in ents if _is_party(e) and e.kind != "nationality"]
    # kind of transfer: the first trigger of the clause decides who is the subject
    ttype, trig_off, trig_cue = None, None, None
    for group, cues in lexicon()["triggers"]["ARMS_TRANSFER"].items():
        for cue in cue_hits(folded, cues):
            i = folded.find(cue if " " in cue else cue)
            off = c_start + i - 1
            if trig_off is None or off < trig_off:
                ttype, trig_off, trig_cue = group, off, cue
    if ttype is None:
        # a trigger elsewhere in the sentence (the classifier fired on it)
        for key, cues in ctx.groups.items():
            if key.startswith("ARMS_TRANSFER:"):
                ttype, trig_cue = key.split(":")[1], cues[0]
                trig_off = ctx.pos(cues[0])
                break
    if trig_off is None or trig_off < 0:
        trig_off = c_start
    supplier: Entity | None = None
    recipient: Entity | None = None
    before = [e for e in parties if e.end <= trig_off and e.start >= ctx.sent.start]
    after = [e for e in parties if e.start >= trig_off]
    subj = before[0] if before else None
    lex = lexicon()
    if ttype in _BUY:
        recipient = subj
        supplier = _after_cue(ctx, lex["supplier_cues"] + [" avec ", " a ", " au ", " d'"],
                              parties, start=trig_off, end=ctx.sent.end)
    else:
        supplier = subj
        recipient = _after_cue(ctx, lex["recipient_cues"], parties, start=trig_off,
                               end=ctx.sent.end)
    if supplier is not None and recipient is not None and (
            supplier == recipient or _country(supplier) == _country(recipient)):
        supplier = None
    # companies are suppliers; nationality adjectives next to the equipment name the maker
    for e in after + before:
        if supplier is None and e.label == "ORG" and e.kind in ("company", "manufacturer"):
            supplier = e
    if supplier is None:
        adjs = [e for e in ents if e.kind == "nationality"
                and (not recipient or _country(e) != _country(recipient))]
        if adjs:
            supplier = adjs[0]
    if recipient is None:
        cands = [e for e in parties if e is not supplier and e.kind != "company"
                 and (supplier is None or _country(e) != _country(supplier))]
        if cands:
            recipient = cands[0]
        elif ctx.prev_recipient is not None and (
                supplier is None or _country(ctx.prev_recipient) != _country(supplier)):
            recipient = ctx.prev_recipient
    sup_c = _country(supplier) if supplier else None
    if sup_c is None and systems:
        sup_c = _country(systems[0])
    rec_c = _country(recipient) if recipient else None
    attrs: dict[str, Any] = {"transfer_type": ttype, "supplier_country": sup_c,
                             "recipient_country": rec_c}
    if rec_c is None:
        others = [c for c in ctx.focus if c != sup_c]
        if others:
            attrs["recipient_country"] = others[0]
            attrs["recipient_inferred"] = True
    cat, _phrase = _equipment(folded if systems else ctx.folded)
    if systems:
        attrs["category"] = systems[0].kind
    elif cat:
        attrs["category"] = cat
    in_clause = [e for e in ents if c_start <= e.start and e.end <= c_end]
    money = [e for e in in_clause if e.label == "MONEY"]
    qty = [e for e in in_clause if e.label == "QUANTITY" and (e.kind in ("count", "range", None))
           and (e.value or {}).get("noun") not in ("pays", "jours", "ans", "mois")]
    dates = [e for e in ents if e.label == "DATE"]
    if money:
        attrs["currency"] = (money[0].value or {}).get("currency")
        attrs["amount"] = (money[0].value or {}).get("amount")
        attrs["qualifier"] = (money[0].value or {}).get("qualifier")
    attrs["date"] = _date_attr(dates, ctx) if dates else ctx.doc_date()
    status = _status("ARMS_TRANSFER", folded)
    concrete = systems or money or (supplier and recipient) or (
        attrs.get("category") not in (None, "arms") or
        (attrs.get("category") == "arms" and status in ("denied", "cancelled")))
    if not concrete:
        return None  # nothing concrete: "la cooperation en matiere d'armement"
    slots = {"supplier": [supplier] if supplier else [],
             "recipient": [recipient] if recipient else [],
             "system": systems, "quantity": qty[:1], "value": money[:1], "date": dates[:1]}
    return _event(ctx, "ARMS_TRANSFER", slots, attrs, status,
                  [trig_cue] if trig_cue else [])


def _fill_agreement(ctx: _Ctx) -> list[Event]:
    parties = [e for e in ctx.ents if e.label == "PERSON"
               or (e.label == "LOC" and e.kind == "country")
               or (e.label == "ORG" and e.kind not in ("media", "company"))]
    domains = sorted({d for stem, d in lexicon()["domains"].items() if stem in ctx.folded})
    dates = [e for e in ctx.ents if e.label == "DATE"]
    places = [e for e in ctx.ents if e.label == "LOC" and e.kind == "city"]
    kind = next((k for k in ("memorandum", "protocole", "convention", "accord", "entente")
                 if k in ctx.folded), None)
    attrs = {"domain": domains, "agreement_type": kind,
             "date": _date_attr(dates, ctx) if dates else None,
             "countries": sorted({c for e in parties + places if (c := _country(e))})}
    slots = {"parties": parties, "date": dates[:1], "place": places[:1]}
    return [_event(ctx, "AGREEMENT", slots, attrs, _status("AGREEMENT", ctx.folded),
                   ctx.groups.get("AGREEMENT:agreement", [])[:1])]


def _fill_visit(ctx: _Ctx) -> list[Event]:
    persons = [e for e in ctx.ents if e.label == "PERSON"]
    visitor = persons[:1]
    v_country = _country(visitor[0]) if visitor else None
    if not visitor:
        # "une delegation marocaine": the adjective nearest to "delegation" names the visitor
        i = ctx.pos("delegation")
        if i >= 0:
            adj = _nearest([e for e in ctx.ents if e.kind == "nationality"
                            or (e.label == "LOC" and e.kind == "country")], i, after=True)
            if adj is not None and adj.start - i < 40:
                visitor = [adj]
                v_country = _country(adj)
    hosts = [e for e in ctx.ents if e.label == "LOC" and e.kind == "country"
             and _country(e) != v_country]
    cities = [e for e in ctx.ents if e.label == "LOC" and e.kind == "city"]
    host_c = _country(hosts[0]) if hosts else (_country(cities[0]) if cities else None)
    if host_c is None:
        adjs = [e for e in ctx.ents if e.kind == "nationality" and _country(e) != v_country]
        if adjs:
            host_c = _country(adjs[0])
            hosts = adjs[:1]
    dates = [e for e in ctx.ents if e.label == "DATE"]
    durations = [e for e in ctx.ents if e.label == "QUANTITY" and e.kind == "duration"]
    purpose = sorted({p for k, p in lexicon()["visit_purpose"].items() if k in ctx.folded})
    attrs = {"visitor_country": v_country, "host_country": host_c, "purpose": purpose,
             "role": (visitor[0].attrs.get("role") if visitor and visitor[0].attrs else None),
             "date": _date_attr(dates, ctx) if dates else ctx.doc_date(),
             "duration_days": (durations[0].value or {}).get("value") if durations else None}
    if not visitor and not hosts and not cities:
        return []
    if host_c is not None and host_c == v_country and not hosts:
        return []  # a minister at home is not a visit
    slots = {"visitor": visitor, "host": hosts[:1], "city": cities[:1], "date": dates[:2]}
    return [_event(ctx, "VISIT", slots, attrs, _status("VISIT", ctx.folded),
                   ctx.groups.get("VISIT:visit", [])[:1])]


def _fill_exercise(ctx: _Ctx) -> list[Event]:
    parties = [e for e in ctx.ents if (e.label == "LOC" and e.kind in ("country", "nationality"))
               or (e.label == "ORG" and e.kind == "armed_forces")]
    places = [e for e in ctx.ents if e.label == "LOC" and e.kind in ("city", "region")]
    dates = [e for e in ctx.ents if e.label == "DATE"]
    m = re.search(r"(?:exercice|manœuvres?)\s+(?:militaire\s+)?[«\"]?\s*([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)",
                  ctx.sent.text)
    attrs = {"name": m.group(1) if m else None,
             "countries": sorted({c for e in parties if (c := _country(e))}),
             "date": _date_attr(dates, ctx) if dates else None}
    slots = {"parties": parties, "place": places[:1], "date": dates[:1]}
    return [_event(ctx, "EXERCISE", slots, attrs, _status("EXERCISE", ctx.folded),
                   ctx.groups.get("EXERCISE:exercise", [])[:1])]


def _fill_industry(ctx: _Ctx) -> list[Event]:
    companies = [e for e in ctx.ents if e.label == "ORG" and e.kind in ("company", "manufacturer")]
    countries = [e for e in ctx.ents if e.label == "LOC" and e.kind in ("country", "nationality")]
    places = [e for e in ctx.ents if e.label == "LOC" and e.kind in ("city", "region")]
    products = [e for e in ctx.ents if e.label == "WEAPON"]
    money = [e for e in ctx.ents if e.label == "MONEY"]
    cat, _ = _equipment(ctx.folded)
    if not (companies or places or products or cat):
        return []
    attrs = {"category": cat, "countries": sorted({c for e in countries if (c := _country(e))})}
    slots = {"companies": companies, "parties": countries, "place": places[:1],
             "product": products, "value": money[:1]}
    return [_event(ctx, "INDUSTRY", slots, attrs, _status("INDUSTRY", ctx.folded),
                   ctx.groups.get("INDUSTRY:industry", [])[:1])]


_FILLERS = {"ARMS_TRANSFER": _fill_arms, "AGREEMENT": _fill_agreement, "VISIT": _fill_visit,
            "EXERCISE": _fill_exercise, "INDUSTRY": _fill_industry}


# --------------------------------------------------------------------------- merging

def _key_systems(ev: Event) -> set[str]:
    return {e.canonical or e.text for e in ev.slots.get("system", ())}


def _compatible(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.type == "ARMS_TRANSFER":
        for k in ("supplier_country", "recipient_country"):
            x, y = a.attrs.get(k), b.attrs.get(k)
            if x and y and x != y:
                return False
        sa, sb = _key_systems(a), _key_systems(b)
        if sa and sb and not (sa & sb):
            return False
        ca, cb = a.attrs.get("category"), b.attrs.get("category")
        if ca and cb and ca != cb:
            return False
        if sa & sb:
            return True
        # no shared system: only nearby mentions of one document ("le montant du contrat")
        return a.document_id == b.document_id and abs(b.sentence_start - a.sentence_end) < 400
    if a.type == "VISIT":
        va = {e.canonical or e.text for e in a.slots.get("visitor", ())}
        vb = {e.canonical or e.text for e in b.slots.get("visitor", ())}
        if va and vb:
            return bool(va & vb)
        return a.attrs.get("visitor_country") == b.attrs.get("visitor_country") and \
            a.attrs.get("host_country") == b.attrs.get("host_country")
    if a.type == "AGREEMENT":
        ca, cb = set(a.attrs.get("countries", ())), set(b.attrs.get("countries", ()))
        return not ca or not cb or bool(ca & cb)
    return True


def _one_per_referent(ents: Iterable[Entity]) -> tuple[Entity, ...]:
    """The first mention of each referent (same record id, or same text), in text order: a
    merged event lists "Benny Gantz" once, not once a sentence."""
    seen: set[tuple[str, str]] = set()
    out = []
    for e in sorted(ents, key=lambda e: (e.start, e.end)):
        key = (e.label, e.id or " ".join(e.text.lower().split()))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return tuple(out)


def _merge_two(a: Event, b: Event) -> Event:
    slots = {k: _one_per_referent(a.slots.get(k, ()) + b.slots.get(k, ()))
             for k in sorted(set(a.slots) | set(b.slots))}
    # single-valued slots keep the first mention's value
    for k in ("supplier", "recipient", "value", "visitor", "host", "city"):
        if a.slots.get(k):
            slots[k] = a.slots[k]
    attrs = dict(b.attrs)
    attrs.update({k: v for k, v in a.attrs.items() if v not in (None, [], ())})
    if a.attrs.get("recipient_inferred") and b.attrs.get("recipient_country") and \
            not b.attrs.get("recipient_inferred"):
        attrs["recipient_country"] = b.attrs["recipient_country"]
        attrs.pop("recipient_inferred", None)
    for k in ("domain", "purpose", "countries"):
        if k in a.attrs or k in b.attrs:
            attrs[k] = sorted(set(a.attrs.get(k, ())) | set(b.attrs.get(k, ())))
    if a.document_id != b.document_id:
        attrs["documents"] = sorted({a.document_id, b.document_id, *a.attrs.get("documents", ())}
                                    - {None})
    status = a.status if STATUS_RANK.get(a.status, 0) >= STATUS_RANK.get(b.status, 0) else b.status
    mentions = a.attrs.get("mentions", 1) + b.attrs.get("mentions", 1)
    attrs["mentions"] = mentions
    return replace(a, slots=slots, attrs=attrs, status=status,
                   confidence=max(a.confidence, b.confidence),
                   evidence=_joined_evidence(a.evidence, b.evidence))


def _joined_evidence(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
    """The sorted union of two evidence tuples; when ``b`` comes after ``a`` (mentions merged
    in text order), a concatenation instead of a sort of the growing union."""
    if a and b and b[0] > a[-1] and all(x < y for x, y in itertools.pairwise(b)):
        return a + b
    return tuple(sorted(set(a) | set(b)))


def _merge(mentions: list[Event], *, across: bool) -> list[Event]:
    """Greedy left-to-right merge: each mention joins the first compatible earlier event.

    Cost O(mentions^2) in the worst case; a document yields a few dozen mentions.
    Within a document a mention without a named system or parties (e.g. "le montant du contrat")
    joins the nearest earlier event of its type.
    """
    out: list[Event] = []
    for m in mentions:
        for i, ev in enumerate(out):
            if not across and ev.document_id != m.document_id:
                continue
            if _compatible(ev, m):
                out[i] = _merge_two(ev, m)
                break
        else:
            out.append(m)
    return out
