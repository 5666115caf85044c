"""AGREEMENT arguments: the parties of a defence agreement named in its sentence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._resources import cached
from ...types import Entity, Event, Sentence
from ..triggers import Trigger, _split_form, lexicon
from .common import (
    _AGREEMENT_NOUNS,
    _PAIR_NOUNS,
    Context,
    _end_tok,
    _pair_span,
    _party_words,
    _person_before,
    argument_words,
    clause_status,
    country,
    date_attr,
    make_event,
    marker_of,
)


def agreement_mentions(ctx: Context, sent: Sentence, trigs: Sequence[Trigger],
                       sent_ents: Sequence[Entity], arms: Sequence[Event]) -> list[Event]:
    """One AGREEMENT mention per sentence with an agreement noun (or a signing verb with no
    purchase in the sentence), in a defence context, with at least one party."""
    if arms:
        ctx.deals_seen += 1
    at = [t for t in trigs if t.type == "AGREEMENT"]
    if not at:
        return []
    nouns = [t for t in at if t.form.startswith(_AGREEMENT_NOUNS)]
    refers_back = not nouns and ctx.agreements_seen and _text_signed(ctx, sent, at)
    if refers_back:
        nouns = at  # "Le document a été paraphé par X et Y": the agreement told before
    if not nouns:
        return []  # "a signé un contrat", "le cessez-le-feu conclu": no agreement named
    deal_trigs = [t for t in trigs if t.type == "ARMS_TRANSFER" and t.frame in ("buy", "sell")]
    draw_up = argument_words()["to_draw_up"]
    if all(t.tok > 1 and ctx.words[t.tok - 2] in draw_up for t in nouns):
        return []  # "un groupe de travail pour rédiger une feuille de route": not yet a text
    if nouns and arms and all(t.form.startswith("accord") for t in nouns) and any(
            0 < d.tok - n.tok <= 6 for n in nouns for d in deal_trigs):
        return []  # "un accord pour l'achat de X": the purchase, not an agreement
    if arms and all(_bare_accord(ctx, n) for n in nouns) and any(
            e.label == "WEAPON" for ev in arms for e in ev.slots.get("system", ())):
        return []  # "l'accord porte sur douze X": a purchase contract (CONVENTIONS)
    if ctx.deals_seen and not ctx.agreements_seen and not refers_back and all(
            _bare_accord(ctx, n) and (_priced(ctx, n) or ctx.words[n.tok - 1] in ("l'", "le"))
            for n in nouns if n.tok > 0):
        return []  # a purchase told before, then "l'accord a été paraphé par ...", "deux
        # accords d'une valeur de ...": that contract, not a cooperation agreement
    if ctx.agreements_seen and all(n.tok > 0 and ctx.words[n.tok - 1] in _DEMONSTRATIVES
                                   for n in nouns):
        return []  # "Cet accord faisait suite à ...": the agreement told before, no new one
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
    content_at = _content_opener(ctx, nouns[0].tok + 1, hi)
    for e in sent_ents:
        if marker_of(ctx, e, "agree")[1] == "source":
            continue  # "selon un communiqué du ministère": who says, not who signs
        if ctx.tok_of.get(e.start, 0) >= content_at:
            continue  # "le plan, qui prévoit un exercice entre X et Y": what it provides for
        if e.label == "PERSON" or (e.label == "LOC" and e.kind == "country") or \
                (e.label == "ORG" and e.kind != "media"):
            parties.append(e)
        elif e.label == "LOC" and e.kind == "city":
            mk, _ = marker_of(ctx, e, "agree")
            (places if mk in ("a", "en", "dans") else parties).append(e)
        elif e.kind == "nationality":
            i = ctx.tok_of.get(e.start, 0)
            roles_ = _party_words()["role_nouns"]
            nxt = _end_tok(ctx, e) + 1
            if i > 0 and (ctx.words[i - 1].startswith("homologue") or
                          ctx.words[i - 1] in roles_):
                parties.append(e)  # "son homologue ivoirien", "la ministre française"
            elif nxt < hi and any(ctx.tok_of.get(o.start) == nxt and o.label == "ORG"
                                  for o in sent_ents):
                parties.append(e)  # "la PME italienne X": the company's country
    attrs: dict[str, Any] = {"refers_back": True} if refers_back else {}
    if any(ctx.words[i].startswith(("ce", "celui-ci")) and i + 1 < hi and
           ctx.words[i + 1] == "dernier" for i in range(lo, min(hi, lo + 3))) or \
            _pronoun_subject(ctx, lo, hi):
        prev = _person_before(ctx, sent.start)
        if prev is not None and prev not in parties:
            # "Ce dernier avait signé avec X", "Il y signera avec son homologue": the person
            # named just before
            parties.insert(0, prev)
            attrs["party_inferred"] = "person named before"
    both_at = next((i for i in range(lo, hi - 1) if ctx.words[i] == "deux" and
                    ctx.words[i + 1].startswith(_PAIR_NOUNS)), None)
    both = both_at is not None
    if both_at is not None and len({country(e) or e.id for e in parties}) < 2:
        visit = ctx.last_visit
        if visit is not None and ctx.words[lo:hi].count("deux") == 1:
            # "Les deux ministres ont entériné une feuille de route" after the visit of one to
            # the other: the visitor and the host are the parties
            for e in (*visit.slots.get("visitor", ())[:1], *visit.slots.get("host", ())[:1]):
                if e not in parties:
                    parties.append(e)
                    attrs["party_inferred"] = "the visit told before"
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
    ctx.agreements_seen += 1
    return [make_event(ctx, sent, "AGREEMENT", slots, attrs, status, at)]




def _content_opener(ctx: Context, lo: int, hi: int) -> int:
    """Token index where the words that open what an agreement provides for begin ("qui
    prévoit", "portant sur": ``content_openers`` of ``argument_words``), or ``hi``."""
    openers = argument_words()["content_openers"]
    words = ctx.words
    for i in range(lo, hi):
        w = words[i]
        if w in openers or (i + 1 < hi and f"{w} {words[i + 1]}" in openers) or (
                i + 2 < hi and f"{w} {words[i + 1]} {words[i + 2]}" in openers):
            return i
    return hi


#: words that may open a sentence before its subject pronoun ("Mardi, il signera")
_OPENERS = frozenset({",", "puis", "ensuite", "demain", "lundi", "mardi", "mercredi", "jeudi",
                      "vendredi", "samedi", "dimanche", "la-bas", "sur", "place"})


def _pronoun_subject(ctx: Context, lo: int, hi: int) -> bool:
    """The sentence's subject is "il"/"elle" among its first words ("Il y signera avec son
    homologue", "Sur place, elle a paraphé"): the signer is the person named before."""
    for i in range(lo, min(hi, lo + 4)):
        w = ctx.words[i]
        if w in ("il", "elle"):
            return True
        if w not in _OPENERS:
            return False
    return False


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


def _text_signed(ctx: Context, sent: Sentence, at: Sequence[Trigger]) -> bool:
    """"Le texte/document ... signé/paraphé": a signing verb whose subject is "le texte" or
    "le document" (within the three words before the sentence's first signing verb)."""
    first = at[0].tok
    for i in range(max(sent.token_start, first - 5), first):
        if ctx.words[i] in ("texte", "document") and i > 0 and \
                ctx.words[i - 1] in ("le", "ce", "ledit"):
            return True
    return False


#: infinitives of drawing up a text ("pour préparer un programme", "afin de rédiger une
#: feuille de route"): the text does not exist yet, no agreement is told

#: words before an agreement noun that point back to one already told ("cet accord")
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces", "ledit", "ladite", "lesdits"})

#: words after "accord" that make it a cooperation agreement, not a sale's contract
_ACCORD_KINDS = frozenset({"de", "d'", "du", "des", "-cadre", "cadre", "militaire", "militaires",
                           "strategique", "bilateral", "bilateraux", "intergouvernemental",
                           "en"})


_VALUE_WORDS = frozenset({"une valeur", "un montant", "plus de", "pres de", "environ"})


def _priced(ctx: Context, t: Trigger) -> bool:
    """"accords d'une valeur de ...", "accord d'un montant de ...": told with a price."""
    nxt = ctx.words[t.tok_end] if t.tok_end < len(ctx.words) else ""
    return nxt in ("d'", "de") and \
        " ".join(ctx.words[t.tok_end + 1:t.tok_end + 3]) in _VALUE_WORDS


def _bare_accord(ctx: Context, t: Trigger) -> bool:
    """An "accord" told with nothing that makes it a cooperation agreement ("l'accord porte
    sur", "deux accords avec le ministère"), unlike "accord de coopération", "accord-cadre",
    "accord militaire"."""
    if not ctx.words[t.tok].startswith("accord") or ctx.words[t.tok].startswith("accord-"):
        return False
    nxt = ctx.words[t.tok_end] if t.tok_end < len(ctx.words) else ""
    if nxt in ("d'", "de") and " ".join(ctx.words[t.tok_end + 1:t.tok_end + 3]) in _VALUE_WORDS:
        return True  # "deux accords d'une valeur de ...": purchase contracts with a price
    return nxt not in _ACCORD_KINDS

