"""VISIT arguments: visitor (a person, a delegation, an official body; named by a role only,
the document's person of that role) and host, from the visit trigger's clause."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._text import fold
from ...types import Entity, Event, Sentence
from ..triggers import Trigger, abroad_forms, lexicon
from .common import (
    Context,
    _last_before,
    _party_words,
    _person_before,
    argument_words,
    clause_status,
    country,
    date_attr,
    is_party,
    make_event,
    roles,
)

_ROLE_NOUNS = ("ministre", "chef", "general", "president", "commandant", "delegation",
               "homologue", "secretaire", "amiral", "inspecteur", "directeur", "emissaire",
               "envoye", "patron", "responsable", "ambassadeur", "colonel", "vice-", "officier",
               "militaires", "soldats", "experts", "cadres", "gradés", "grades", "instructeurs",
               "stagiaires", "eleves")



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
        if adj is None and role_at < t.tok:
            adj = _role_phrase_country(ctx, role_at, t.tok, sent_ents)
    last_before = _person_before(ctx, sent.start)
    if adj is not None:
        same = ctx.persons_by_country.get(country(adj) or "", [])
        if same:
            prior = _last_before(same, sent.start)
            return prior if prior is not None else same[0]
        assert role_at is not None
        person = _person_of_role(ctx, role_at, hi)
        if person is not None:
            ctx.role_country[id(person)] = country(adj) or ""
        return person or adj
    return last_before


#: how far past its office noun a role phrase's country may stand ("le chef d'état-major de
#: l'armée de terre française": nine words)
_ROLE_PHRASE_REACH = 10


def _role_phrase_country(ctx: Context, role_at: int, trig: int,
                         sent_ents: Sequence[Entity]) -> Entity | None:
    """The country of a role phrase told before the visit trigger, further than the office's
    own adjective: a nationality ending a longer office ("le chef d'état-major de l'armée de
    terre française") or a country complement ("le ministre de la Défense du Niger"), within
    ``_ROLE_PHRASE_REACH`` words of the office noun, before the trigger, with no clause break
    (a full stop, a semicolon, "et") between them."""
    hi = min(trig, role_at + _ROLE_PHRASE_REACH + 1)
    for e in sent_ents:
        j = ctx.tok_of.get(e.start, -99)
        if not role_at < j < hi:
            continue
        if any(ctx.words[k] in (".", ";", "et", ",") for k in range(role_at, j)):
            return None
        if e.kind == "nationality" or (
                e.label == "LOC" and e.kind == "country" and _country_complement(ctx, j)):
            return e
    return None


def _done_by(ctx: Context, t: Trigger, sent: Sentence,
             sent_ents: Sequence[Entity]) -> Entity | None:
    """The agent of a visit noun told with a participle and "par", past a date or a place
    ("le séjour effectué fin mai à Rome par X", "la tournée entreprise en Asie par le général
    X"): the first person (else official body or nationality) within eight words after "par"."""
    hi = sent.token_end
    done = argument_words()["visit_done_prefixes"]
    part = next((i for i in range(t.tok_end, min(hi, t.tok_end + 3))
                 if ctx.words[i].startswith(done)), None)
    if part is None:
        return None
    par = next((i for i in range(part + 1, min(hi, part + 8)) if ctx.words[i] == "par"), None)
    if par is None:
        return None
    near = [e for e in sent_ents if par < ctx.tok_of.get(e.start, -1) <= par + 8]
    return next((e for e in near if e.label == "PERSON"), None) or next(
        (e for e in near if e.kind == "nationality" or (e.label == "ORG" and e.kind in (
            "government", "armed_forces", "international", "agency"))), None)


def _apposed_country(ctx: Context, person: Entity, sent_ents: Sequence[Entity]) -> str | None:
    """Country of a person named in apposition to an office with a nationality ("le ministre
    égyptien de la Défense, X", "le général malien X"): the adjective within the six words
    before the name, after an office noun. None for anything else."""
    if person.label != "PERSON":
        return None
    i = ctx.tok_of.get(person.start)
    if i is None:
        return None
    for e in sent_ents:
        j = ctx.tok_of.get(e.start, -99)
        if e.kind == "nationality" and 0 < i - j <= 6 and j > 0 and \
                ctx.words[j - 1].startswith(_ROLE_NOUNS) and \
                not any(ctx.words[k] in (".", ";", "et") for k in range(j, i)):
            return country(e)
        if e.label == "LOC" and e.kind == "country" and 0 < i - j <= 3 and j > 1 and \
                _country_complement(ctx, j) and \
                any(ctx.words[k].startswith(_ROLE_NOUNS) for k in range(max(0, j - 6), j)) and \
                not any(ctx.words[k] in (".", ";", "et") for k in range(max(0, j - 6), i)):
            # "le ministre de la Défense du Bénin, X": the office's country complement
            return country(e)
    return None


def _country_complement(ctx: Context, j: int) -> bool:
    """Whether the country named at token ``j`` is a ``de`` complement ("du Niger", "de la
    Mauritanie", "d'Égypte")."""
    w = ctx.words
    return w[j - 1] in ("du", "de", "d'") or (w[j - 1] in ("la", "l'") and w[j - 2] == "de")


#: how many "office + nationality" phrases of a document are read to give persons a country
_MAX_ROLE_PHRASES = 64


def _country_by_role(ctx: Context, person: Entity) -> str | None:
    """Country of a person of no stated country told elsewhere by office and nationality ("le
    ministre ivoirien de la Défense ... le séjour de X, ministre de la Défense"): the adjective
    of an office phrase whose one fitting person (``_person_of_role``) has this name. The
    document's phrases are read once (at most ``_MAX_ROLE_PHRASES``)."""
    if person.label != "PERSON":
        return None
    if ctx.roles_read is None:
        ctx.roles_read = {}
        n = 0
        for e in ctx.ents:
            j = ctx.tok_of.get(e.start, -1)
            if e.kind != "nationality" or j < 1 or not ctx.words[j - 1].startswith(_ROLE_NOUNS):
                continue
            n += 1
            if n > _MAX_ROLE_PHRASES:
                break
            p = _person_of_role(ctx, j - 1, len(ctx.words))
            c = country(e)
            if p is not None and c:
                key = p.canonical or p.text
                ctx.roles_read[key] = c if ctx.roles_read.get(key, c) == c else ""
    return ctx.roles_read.get(person.canonical or person.text) or None


#: words of a person's role that say nothing of the office ("le", "de", a comma)
_ROLE_FILLER = frozenset({"le", "la", "les", "l'", "de", "du", "des", "d'", ",", "et", "en"})


def _person_of_role(ctx: Context, role_at: int, hi: int) -> Entity | None:
    """The one person of the document, of no stated country, whose role fits the role told at
    ``role_at`` ("le ministre malien de la Défense" and a "X, ministre" told elsewhere):
    every word of that person's role stands among the eight words from ``role_at``. None when
    no person, or persons of different names, fit."""
    window = ctx.words[role_at:min(hi, role_at + 8)]
    told = set(window[:window.index(".")] if "." in window else window)
    found: dict[str, Entity] = {}
    for e in ctx.persons_by_country.get("", ()):
        role = (e.attrs or {}).get("role")
        if not isinstance(role, str) or not role.strip():
            continue
        words = [w for w in fold(role).replace("'", "' ").replace(",", " ").split() if w not in _ROLE_FILLER]
        if words and all(w in told for w in words):
            found.setdefault(e.canonical or e.text, e)
    return next(iter(found.values())) if len(found) == 1 else None


def _equipment_before(ctx: Context, sent: Sentence, t: Trigger,
                      sent_ents: Sequence[Entity]) -> bool:
    """Whether a system or an equipment word stands before trigger ``t`` in its sentence."""
    from ..triggers import equipment_phrases

    return any(e.label == "WEAPON" and ctx.tok_of.get(e.start, t.tok) < t.tok
               for e in sent_ents) or bool(equipment_phrases(ctx.words, sent.token_start, t.tok))


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
        reach = _object_reach(ctx, t, sent)
        if t.frame == "host" and not any(
                e.label == "PERSON" or e.kind == "nationality" or
                (e.label == "ORG" and e.kind in ("government", "armed_forces", "international"))
                for e in parties if t.tok_end <= ctx.tok_of.get(e.start, -1) <= reach) and \
                not any(ctx.words[i].startswith("delegation")
                        for i in range(t.tok_end, min(reach + 1, sent.token_end))):
            continue  # "a reçu des drones": a delivery, not a reception
        if t.frame == "visit" and any(a.type == "ARMS_TRANSFER" and a.tok == t.tok
                                      for a in trigs) and _equipment_before(ctx, sent, t,
                                                                            sent_ents):
            continue  # "un convoi de blindés chinois est arrivé à Kati": a delivery
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
        done_by = _done_by(ctx, t, sent, sent_ents) if t.frame == "visit" else None
        if done_by is not None:  # "la visite effectuée mardi à Dakar par X": X visits
            visitors = [done_by]
            hosts = [e for e in hosts if e is not done_by]
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
        vc = country(visitors[0]) or ctx.role_country.get(id(visitors[0])) or \
            _apposed_country(ctx, visitors[0], sent_ents) or \
            _country_by_role(ctx, visitors[0])
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
        if t.frame in ("meet", "host") and vc and visitors[0].label == "PERSON" and (
                "host_inferred" in attrs or not hosts or all(country(e) == vc for e in hosts)):
            # "X a rencontré à Bruxelles le ministre marocain": X is at home, the official
            # named by an office and a nationality came to see X
            foreign = _foreign_official(ctx, t, sent, sent_ents, vc, reach)
            if foreign is not None:
                at_home = [visitors[0]] + [e for e in sent_ents if e.label == "LOC" and
                                           e.kind == "city" and country(e) == vc][:1]
                visitors, hosts = [foreign], at_home
                attrs.pop("host_inferred", None)
                vc = country(foreign)
        hc = next((country(e) for e in hosts if e.label == "LOC" and country(e)), None)
        if "visitor_inferred" in attrs and "host_inferred" in attrs:
            continue  # neither end stated: too weak
        if "host_inferred" in attrs and vc is None:
            continue  # "en tournée dans la région de X": a visitor of no known country, no
            # host stated: a tour at home as likely as a trip abroad
        if vc and hc and vc == hc and all(e.label != "PERSON" for e in hosts):
            continue  # at home: not a visit
        if t.form in abroad_forms() and not (vc and hc and vc != hc and
                                             "host_inferred" not in attrs):
            continue  # "a pris part au conseil des ministres à Bamako": no trip abroad stated
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
    if out and "weak" not in out[0].attrs and out[0].slots.get("host") and \
            out[0].attrs.get("visitor_country") != out[0].attrs.get("host_country"):
        ctx.last_visit = out[0]  # "les deux ministres ont signé ...": its visitor and host
    return out


def _foreign_official(ctx: Context, t: Trigger, sent: Sentence, sent_ents: Sequence[Entity],
                      home: str, reach: int) -> Entity | None:
    """An official named by an office and a nationality right after a meeting or reception
    trigger ("a rencontré le ministre marocain"), of another country than ``home``: the
    document's person of that country when one is named, else the adjective."""
    offices = _party_words()["role_nouns"]
    for e in sent_ents:
        i = ctx.tok_of.get(e.start, -1)
        if e.kind != "nationality" or not (t.tok_end <= i <= reach + 4):
            continue
        c = country(e)
        if c and c != home and any(ctx.words[j].startswith(tuple(offices))
                                   for j in range(max(t.tok_end, i - 3), i)):
            same = ctx.persons_by_country.get(c, [])
            return same[0] if same else e
    return None


def _object_reach(ctx: Context, t: Trigger, sent: Sentence) -> int:
    """Last token where the object of ``t`` may stand: six tokens on, past an adjunct set off
    by commas right after the trigger ("a reçu en audience, mardi au siège, une délégation")."""
    reach = t.tok_end + 6
    if t.tok_end < sent.token_end and ctx.words[t.tok_end] == ",":
        for i in range(t.tok_end + 1, min(sent.token_end, t.tok_end + 12)):
            if ctx.words[i] == ",":
                return i + 6
    return reach


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
