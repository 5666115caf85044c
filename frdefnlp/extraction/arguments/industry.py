"""INDUSTRY arguments: company or product, facility and place of a factory, joint venture,
local production or technology transfer."""

from __future__ import annotations

from collections.abc import Sequence

from ...types import Entity, Event, Sentence
from ..triggers import Trigger, company_forms, equipment_phrases
from .common import (
    Context,
    argument_words,
    clause_status,
    country,
    is_topic,
    make_event,
    roles,
)


def _bare_places(ctx: Context, sent: Sentence, sent_ents: Sequence[Entity]) -> list[Entity]:
    """Capitalised words after ``à``/``en``/``dans``, or after a facility noun and ``de`` ("son
    usine de La Chapelle-Saint-Ursin"), that no entity covers ("à Cameri"): places the gazetteer
    does not know, as LOC entities of kind ``place`` (source ``events``)."""
    covered = {ctx.tok_of.get(e.start) for e in sent_ents}
    toks = ctx.doc.tokens
    words = ctx.words
    facility = argument_words()["facility_prefixes"]
    out = []
    for i in range(sent.token_start + 1, sent.token_end):
        w = words[i - 1]
        if not (w in ("a", "en", "dans", "pres") or (  # "son usine de La Chapelle-Saint-Ursin"
                w in ("de", "d'") and i >= sent.token_start + 2 and (
                    words[i - 2].startswith(facility) or
                    # "l'usine Isevem de Diamniadio": the plant's own name between
                    i >= sent.token_start + 3 and words[i - 3].startswith(facility) and
                    toks[i - 2].text[:1].isupper()))) or i in covered or \
                toks[i].kind != "word":
            continue
        t = toks[i].text
        if t in ("La", "Le", "Les") and i + 1 < sent.token_end and i + 1 not in covered and \
                toks[i + 1].text[:1].isupper() and toks[i + 1].kind == "word":
            pass  # "La Chapelle-...": the article is part of the name
        elif not (t[:1].isupper() and len(t) > 2):
            continue
        j = i + 1
        while j < sent.token_end and j - i < 3 and (toks[j].text[:1].isupper() or
                                                     words[j] in ("-",)):
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
    if it and any(t.type == "ARMS_TRANSFER" and t.frame in ("sell", "win", "receive", "given")
                  for t in trigs):
        # "a réceptionné des blindés Griffon, fabriqués en France": where a delivered system
        # was made, not a plant
        it = [t for t in it if not t.form.startswith("fabrique* ")]
    if it and (any(t.type == "ARMS_TRANSFER" and t.frame in ("sell", "win") for t in trigs) or
               any(t.type == "ARMS_TRANSFER" and t.frame == "built" and "pour" in
                   ctx.words[t.tok_end:min(t.tok_end + 8, sent.token_end)] for t in trigs)):
        # "un OPV vendu par X et construit à Lanester pour la marine Y": where a sold hull was
        # built, not a plant ("seront construits à Alexandrie" by the buyer's yard is one)
        it = [t for t in it if not t.form.startswith("construit* ")]
    if not it:
        return []
    companies = [e for e in sent_ents if e.label == "ORG" and e.kind in (
        "company", "manufacturer", "other", None)]
    attrs_extra = {}
    if not companies:  # "pour financer la production des obus livrés à l'armée": no plant
        weak = company_forms()
        strong = [t for t in it if t.form not in weak]
        if not strong and (co := _anaphoric_company(ctx, sent)) is not None:
            # "Il ouvrira aussi un centre de maintenance": the company named before
            companies = [co]
            attrs_extra["companies_inferred"] = "company named before"
        else:
            it = strong
        if not it:
            return []
    products = [e for e in sent_ents if e.label == "WEAPON"]
    if not products:
        toks = ctx.doc.tokens
        for a, b, cat in equipment_phrases(ctx.words, sent.token_start, sent.token_end):
            s, e = toks[a].start, toks[b - 1].end
            products.append(Entity(s, e, ctx.doc.text[s:e], "EQUIPMENT", kind=cat,
                                   canonical=None, id=None, source="events", attrs={}))
    bare = _bare_places(ctx, sent, sent_ents)
    locs = [e for e in sent_ents if e.label == "LOC" and e.kind in (
        "city", "region", "military_base", "country", "other")
        and not is_topic(ctx, e, sent.token_start)] + bare
    r = roles(ctx, it[0], sorted(locs, key=lambda e: e.start), sent.token_start,
              sent.token_end)
    places = [e for e in r.get("place", ()) if e.label == "LOC"]
    seen = {id(e) for e in places}
    places += [e for e in locs if id(e) not in seen and e.kind in ("city", "region",
                                                                    "military_base")]
    if not places:  # a place the gazetteer knows by name only ("l'usine de Ain Smara"), else
        # a country
        places = ([e for e in locs if e.kind == "other"] or
                  [e for e in locs if e.kind in ("country", "place")])[:1]
    facility = next((f for t in it if (f := _facility(ctx, t, sent)) is not None), None)
    if not companies and (co := _anaphoric_company(ctx, sent)) is not None:
        companies = [co]  # "Le constructeur turc va ouvrir une usine": the company named before
        attrs_extra["companies_inferred"] = "company named before"
    pending, ctx.pending_plant = ctx.pending_plant, None
    if not (companies or products or facility) and places and pending is not None and \
            _next_sentence(ctx, pending[0], sent):
        # "X va construire une usine de blindés. Le site sera implanté à Y.": the plant of
        # the sentence before, which named no place, is where this one says
        companies, products, facility = pending[1], pending[2], pending[3]
        attrs_extra["plant_before"] = "plant named in the sentence before"
    if not (companies or products or facility):
        return []
    if not places and (companies or facility) and not any(t.type == "ARMS_TRANSFER"
                                                          for t in trigs):
        # (a deal's sentence, "un contrat ... pour la construction de deux navires", tells the
        # work of the deal, not a plant)
        # no place in the sentence: the place named last before it in its paragraph, or in
        # the page's title ("Visite à Kenitra ... Le site accueillera la future ligne de
        # production")
        place = _partner_country(ctx, it, sent_ents) or _place_before(ctx, sent)
        if place is not None:
            places = [place]
            attrs_extra["place_inferred"] = "place named before" if place.start < sent.start \
                else "nationality of the partner"
    if not places and len(companies) < 2:
        if not any(t.type == "ARMS_TRANSFER" for t in trigs):
            ctx.pending_plant = (sent.end, companies, products, facility)
        return []
    countries = [e for e in sent_ents if e.label == "LOC" and e.kind in ("country",
                                                                         "nationality")]
    money = [e for e in sent_ents if e.label == "MONEY"]
    attrs = {"countries": sorted({c for e in countries + places if (c := country(e))}),
             **attrs_extra}
    status = clause_status("INDUSTRY", it[0], ctx, sent.token_start, sent.token_end)
    slots = {"companies": companies, "product": products, "place": places[:2],
             "facility": [facility] if facility else [], "parties": countries,
             "value": money[:1]}
    return [make_event(ctx, sent, "INDUSTRY", slots, attrs, status, it[:1])]


def _next_sentence(ctx: Context, end: int, sent: Sentence) -> bool:
    """Whether ``sent`` follows, in the same paragraph, the sentence ending at ``end`` (only
    blanks between them, no paragraph break)."""
    gap = ctx.doc.text[end:sent.start]
    return len(gap) <= 3 and not gap.strip() and "\n\n" not in gap


#: how far before a sentence (characters, within its paragraph) a plant's place may be named
_PLACE_BEFORE = 400


def _partner_country(ctx: Context, it: Sequence[Trigger],
                     sent_ents: Sequence[Entity]) -> Entity | None:
    """For a joint venture or a stake with no place ("X a créé une coentreprise avec une société
    marocaine"), the nationality of the partner named by a company noun: the venture's
    country."""
    aw = argument_words()
    joint = tuple(aw["joint_prefixes"])
    if not any(ctx.words[k].startswith(joint) for t in it for k in range(t.tok, t.tok_end)):
        return None
    partners = aw["partner_nouns"]
    for e in sent_ents:
        i = ctx.tok_of.get(e.start)
        if e.kind == "nationality" and country(e) and i and ctx.words[i - 1] in partners \
                and not (i + 1 < len(ctx.words) and ctx.doc.tokens[i + 1].text[:1].isupper()):
            return e  # not "le groupe turc Baykar": that is the company's origin
    return None


def _place_before(ctx: Context, sent: Sentence) -> Entity | None:
    """The last city, region or country named before the sentence in its paragraph (at most
    :data:`_PLACE_BEFORE` characters before it), not a headline's topic."""
    from bisect import bisect_left

    text = ctx.doc.text
    lo = max(0, sent.start - _PLACE_BEFORE)
    para = text.rfind("\n\n", lo, sent.start)
    if para >= 0:
        lo = para  # "Visite à Kenitra\n\nLe site ...": a headline is its own paragraph ...
        prev = text.rfind("\n\n", max(0, para - _PLACE_BEFORE), para)
        if prev < 0 and para < _PLACE_BEFORE:
            lo = 0  # ... but the page's first one (its title) tells where
    k = bisect_left(ctx.ents, sent.start, key=lambda e: e.start)
    while k > 0:
        k -= 1
        e = ctx.ents[k]
        if e.start < lo:
            break
        if e.label == "LOC" and e.kind in ("city", "region", "military_base", "country",
                                           "other") and e.end <= sent.start:
            return e
    return None


def _anaphoric_company(ctx: Context, sent: Sentence) -> Entity | None:
    """The company a bare title noun opening a clause of the sentence refers to ("Le
    constructeur turc va ouvrir une usine"), or a subject pronoun opening it refers to when the
    sentence before named it ("Il ouvrira aussi un centre"): the last company named before the
    sentence."""
    from bisect import bisect_left

    from .common import _party_words

    nouns = _party_words()["anaphora"]
    toks = ctx.doc.tokens
    if sent.token_start < sent.token_end and \
            ctx.words[sent.token_start] in argument_words()["subject_pronouns"]:
        # "Il ouvrira aussi un centre de maintenance": the company of the sentence before
        k = bisect_left(ctx.companies, sent.start, key=lambda e: e.start)
        if k > 0 and not ctx.doc.text[ctx.companies[k - 1].end:sent.start].count(".") > 1:
            return ctx.companies[k - 1]
    for i in range(sent.token_start + 1, min(sent.token_end, sent.token_start + 12)):
        if ctx.words[i] in nouns and ctx.words[i - 1] in ("le", "la", "l'", "ce", "cet") and \
                not (i + 1 < len(toks) and toks[i + 1].text[:1].isupper()):
            k = bisect_left(ctx.companies, sent.start, key=lambda e: e.start)
            return ctx.companies[k - 1] if k > 0 else None
    return None


def _facility(ctx: Context, t: Trigger, sent: Sentence) -> Entity | None:
    """The trigger noun with its ``de``-complement ("usine d'obus d'artillerie"), for nouns
    naming a facility or a company, also inside a verbal trigger ("ouvrir une usine"); None
    for verbs alone."""
    facility = argument_words()["facility_prefixes"]
    k = next((k for k in range(t.tok, t.tok_end) if ctx.words[k].startswith(facility)), None)
    if k is None:
        return None
    toks = ctx.doc.tokens
    j = t.tok_end
    while j + 1 < sent.token_end and j - t.tok_end < 6 and ctx.words[j] in ("de", "d'", "du",
                                                                           "des") \
            and toks[j + 1].kind == "word":
        # "chaînes de l'usine": the article takes its noun with it
        j += 3 if ctx.words[j + 1] in ("l'", "la", "le", "les") and j + 2 < sent.token_end \
            else 2
    s, e = toks[k].start, toks[j - 1].end
    return Entity(s, e, ctx.doc.text[s:e], "FACILITY", kind="facility", canonical=None, id=None,
                  source="events", attrs={})
