"""Shared helpers of step 2 (argument filling): markers and roles, status, inference, events.

How a party's role is read, what is inferred and what it costs: the package's docstring
(:mod:`frdefnlp.extraction.arguments`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..._resources import cached
from ...types import Document, Entity, Event, Sentence
from ..triggers import Trigger, _inner_words, _split_form, lexicon, status_cues, trigger_data

_NORM = {"au": ("a", "le"), "aux": ("a", "les"), "du": ("de", "le"), "des": ("de", "les"),
         "d'": ("de",), "l'": ("le",), "qu'": ("que",)}
_RELATIVE = frozenset({"laquelle", "lequel", "lesquels", "lesquelles", "que", "qui", "dont"})
_PREPS = frozenset("""a de le la les en par pour avec chez vers dans sur sous entre et ou
    aupres""".split())


@cached
def _party_words() -> dict[str, frozenset[str]]:
    """The word sets of ``party_words`` in resources/events/lexicon.json."""
    return {k: frozenset(v) for k, v in lexicon()["party_words"].items() if k != "_doc"}


@cached
def argument_words() -> dict[str, Any]:
    """The lists of ``argument_words`` in resources/events/lexicon.json (force nouns,
    facility and agent-participle prefixes, verbs of drafting): sets, and tuples for the
    ``*_prefixes`` lists (read with ``str.startswith``)."""
    return {k: tuple(v) if k.endswith("_prefixes") else frozenset(v)
            for k, v in lexicon()["argument_words"].items() if k != "_doc"}


_PARTY_KINDS_ORG = frozenset({"company", "armed_forces", "government", "agency", "international",
                              "manufacturer", "other", None})
_MAX_BACK = 8


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


@cached
def _markers_first() -> frozenset[str]:
    """Frames whose own markers are read before the strong ones (``markers_first``)."""
    return frozenset(k for k, v in trigger_data()["frames"].items()
                     if not k.startswith("_") and v.get("markers_first"))


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
    city_mention: dict[str, Entity] = field(default_factory=dict)  # ISO code -> a city of it
    last_system: Entity | None = None
    last_weapon: Entity | None = None  # first system of the last sentence with no trigger
    last_named: Entity | None = None   # last system named in any sentence before this one
    last_transfer: Event | None = None  # the last ARMS_TRANSFER mention found
    persons: list[Entity] = field(default_factory=list)  # PERSON entities by start
    companies: list[Entity] = field(default_factory=list)  # ORG company entities by start
    persons_by_country: dict[str, list[Entity]] = field(default_factory=dict)
    marker_cache: dict[tuple[int, str], tuple[str, str | None]] = field(default_factory=dict)
    agreements_seen: int = 0          # AGREEMENT mentions found so far in the document
    deals_seen: int = 0               # sentences with an ARMS_TRANSFER mention so far
    last_visit: Event | None = None   # the last visit told with a visitor and a host
    role_country: dict[int, str] = field(default_factory=dict)  # id(person) -> country of the
    # nationality adjective of the role that named them ("la ministre tchadienne")
    roles_read: dict[str, str] | None = None  # person's name -> country of the office phrase
    # that fits them alone, read once per document (visit._country_by_role)
    prev_parties: tuple[int, list[Entity]] = (-1, [])  # (end, parties) of the sentence before
    pending_roles: tuple[int, dict[str, list[Entity]]] | None = None  # (sentence end, roles)
    # of a transfer sentence that named no system ("X a signé un contrat avec Y.")
    pending_plant: tuple[int, list[Entity], list[Entity], Entity | None] | None = None
    # (sentence end, companies, products, facility) of an industry sentence that named no
    # place ("X va construire une usine de blindés. Le site sera implanté à Y.")


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
    inner = _inner_words()
    seq = [w for w in _norm_words(back) if w not in inner or w == ","]  # "signé mardi à X"
    pw = _party_words()
    # drop skip words (and adjectives) adjacent to the entity
    k = len(seq)
    if k >= 2 and seq[k - 2] in pw["titles"] and seq[k - 1].replace("-", "").isalpha() and \
            seq[k - 1] not in _PREPS:
        k -= 1  # one adjective after a title noun: "le chantier breton X", "la firme texane X"
    nat = e.kind == "nationality"
    title_de = False
    while k > 0:
        if seq[k - 1] in pw["skip"] or _is_adj(ctx, seq[k - 1]) or (
                nat and seq[k - 1] in pw["skip_before_adjective"]):
            k -= 1
        elif nat and seq[k - 1] in ("air", "terre", "mer") and k >= 3 and (
                seq[k - 2] == "de" or seq[k - 3:k - 1] == ["de", "le"]):
            k -= 2 if seq[k - 2] == "de" else 3  # "l'armée de l'air ivoirienne"
        elif nat and seq[k - 1] in argument_words()["force_complements"] and k >= 3 and seq[k - 2] in ("de", "d'"):
            k -= 3 if seq[k - 3] == "et" else 2  # "les forces de défense et de sécurité X"
        elif k >= 2 and seq[k - 1] == "de" and seq[k - 2] in pw["titles_de"]:
            k -= 2  # "l'usine de X", "la filiale de X": X stands where the title stands
            title_de = True
        else:
            break
    seq = seq[:k]
    if not seq:
        if title_de and j >= 1 and ctx.words[j] == "," and toks[j - 1].text[:1].isupper():
            return "de", None  # "A, filiale du groupe B, livrera": B is A's parent, no subject
        return "", None
    if _is_source(seq):
        return "selon", "source"
    table = frames.get(frame, {})
    if frame in _markers_first():
        for n in (4, 3, 2, 1):
            if len(seq) >= n and (key := " ".join(seq[-n:])) in table:
                return key, table[key]
    for n in (4, 3, 2, 1):
        if len(seq) >= n:
            key = " ".join(seq[-n:])
            if key in strong:
                return key, strong[key]
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
    from ..._resources import read_json

    table = read_json("events/nationalities.json")
    return frozenset(k for k in table if k != "_doc")


#: relative pronouns after "X," that give X a role in the clause they open: "qui" makes X the
#: subject of the next trigger; "auprès duquel", "auxquels", "avec lequel" the role of the
#: preposition under the trigger's frame
_REL_PREP = {"aupres": "aupres de", "auxquels": "a", "auxquelles": "a", "auquel": "a",
             "avec": "avec", "par": "par", "chez": "chez", "a": "a", "pour": "pour"}
_REL_PRON = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "qui", "desquels",
                       "desquelles", "duquel"})
#: a party after one of these words is no subject (a complement of something else)
_NOT_SUBJECT = frozenset({"de", "le", "a", "en", "par", "avec", "dont", "vers", "pour", "dans",
                          "sur", "sous", "chez", "entre", "contre", "aupres", "selon", "depuis",
                          "outre", "via", "face"})


def _relative(ctx: Context, e: Entity, hi_tok: int) -> tuple[str, int] | None:
    """``(marker, token of the clause's first word)`` when ``e`` is followed by ", qui" or a
    preposition + relative pronoun (", auprès desquels", ", auxquels"); marker "" for "qui"."""
    j = _end_tok(ctx, e) + 1
    w = ctx.words
    if j + 1 >= hi_tok or w[j] != ",":
        return None
    a = w[j + 1]
    if a == "qui":
        return "", j + 2
    if a in ("auxquels", "auxquelles", "auquel"):
        return "a", j + 2
    if a in _REL_PREP and j + 2 < hi_tok:
        k = j + 2
        if a == "aupres" and w[k] in ("de", "d'"):
            k += 1
        if k < hi_tok and w[k] in _REL_PRON:
            return _REL_PREP[a], k + 1
    return None


def is_topic(ctx: Context, e: Entity, lo_tok: int) -> bool:
    """Whether ``e`` is a headline's topic ("Canada : le premier X ..."): at the start of its
    sentence (token ``lo_tok``), followed by a colon."""
    i = ctx.tok_of.get(e.start, -1)
    j = _end_tok(ctx, e) + 1
    return 0 <= i - lo_tok <= 1 and j < len(ctx.words) and ctx.words[j] == ":"


def roles(ctx: Context, trig: Trigger, parties: Sequence[Entity], lo_tok: int,
          hi_tok: int, head: Trigger | None = None,
          tails: Sequence[Trigger] = ()) -> dict[str, list[Entity]]:
    """Role -> parties for one trigger, over the clause tokens ``[lo_tok, hi_tok)``.

    ``head`` is the first trigger of a chain ending in ``trig`` ("mènent des négociations avec
    X en vue d'acquérir"): the subject stands before it and the parties up to ``trig`` take the
    head's frame. Subject: the nearest party before the head with no marker (for a gerund
    opening the sentence, "En commandant ..., le Maroc", the first party after a comma); object:
    the first party right after the trigger with no marker; others by their marker. A party
    right after ``et``/``,``/``(`` following a party with a role takes that role (coordination,
    apposition, acronym in brackets). A party followed by a relative clause holding the head
    (", qui a livré", ", auprès desquels il négocie") takes the role the relative gives it.
    Parties after a ``tails`` trigger (a participle after the systems: "commandées aux
    États-Unis") take that trigger's frame.
    """
    head = head or trig
    out: dict[str, list[Entity]] = {}
    subject: Entity | None = None
    rel_subject = False  # the subject is the antecedent of "qui": no later party replaces it
    prev_role: str | None = None
    prev_end_tok = -10
    # "le Kédougou, un patrouilleur vendu par X": the party before a passive participle is what
    # is sold, not the seller
    passive = head.tok_end < hi_tok and ctx.words[head.tok_end] == "par" and \
        ctx.words[head.tok_end - 1].endswith(_PARTICIPLE_ENDS)
    gerund = head.form.startswith("en ") or (head.tok > 0 and ctx.words[head.tok - 1] == "en"
                                             and ctx.words[head.tok].endswith("ant"))
    frames = trigger_data()["frames"]
    for e in parties:
        i = ctx.tok_of.get(e.start)
        if i is None or not (lo_tok <= i < hi_tok):
            continue
        fr_name = head.frame if i < trig.tok else trig.frame
        for t in tails:
            if t.tok_end <= i:
                fr_name = t.frame
        mk, role = marker_of(ctx, e, fr_name)
        if role == "source":
            prev_role = None
            continue
        if is_topic(ctx, e, lo_tok):
            continue  # "Tunisie : la livraison ...": a headline's topic, no role of its own
        if i < head.tok and (rel := _relative(ctx, e, hi_tok)) is not None and \
                0 <= head.tok - rel[1] <= 3:
            if rel[0] == "":
                subject = e
                rel_subject = True
                prev_role, prev_end_tok = "_subject", _end_tok(ctx, e)
                continue
            rr = frames[head.frame]["markers"].get(rel[0])
            if rr:
                out.setdefault(rr, []).append(e)
                prev_role, prev_end_tok = rr, _end_tok(ctx, e)
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
        if role is None and i < head.tok and mk not in _NOT_SUBJECT and not rel_subject and \
                not passive:
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
        if role is None and mk == "de" and fr_name in _OFFICE_FRAMES and \
                (outer := _office_outer(ctx, i, lo_tok)) is not None:
            # "le ministre de la Défense du Niger a réceptionné": the country stands for its
            # office; "réceptionnés par le chef d'état-major de l'armée du Mali": the office's
            # marker gives the role
            if outer == "" and i < head.tok and not rel_subject:
                subject = e
                prev_role, prev_end_tok = "_subject", _end_tok(ctx, e)
                continue
            role = frames[fr_name]["markers"].get(outer)
        if role is None and i >= head.tok_end and mk in frames[fr_name].get("after", ()) and \
                not _after_office(ctx, i, head.tok_end, places=True):
            role = frames[fr_name]["after"][mk]  # "a reçu de la France", "un don ... des EAU"
        if role is None and i >= trig.tok_end and i - trig.tok_end <= 3:
            role = frames[fr_name]["object"]
        if role and role != "system":
            out.setdefault(role, []).append(e)
        prev_role, prev_end_tok = role, _end_tok(ctx, e)
    if subject is not None:
        out.setdefault(frames[head.frame]["subject"], []).insert(0, subject)
    # an apposition of the subject ("Les FAR (FAR)") follows it
    return out


#: words before "de" that make the party after it a complement of an office or a force, not a
#: role of the trigger's frame ("réceptionnés par le chef d'état-major de l'armée nigérienne")
_OFFICE_DE = frozenset("""etat-major d'etat-major major armee armees forces marine aviation
    gendarmerie ministere ministre defense air terre mer garde ambassade ambassadeur
    ambassadrice chef chefs commandant commandement general president gouvernement
    autorites directeur direction representant attache porte-parole responsable responsables
    dirigeant dirigeants patron conseiller service services""".split())
#: after ", " these words open an incise or a new clause ("..., a confirmé le porte-parole des
#: Forces X"): a party after them is no argument of the trigger before the comma
_INCISE = frozenset("""a ont selon a-t-il a-t-elle ont-ils indique precise confirme rapporte
    explique annonce souligne affirme""".split())


_PARTICIPLE_ENDS = ("e", "es", "ee", "ees", "u", "us", "ue", "ues", "i", "is", "ie", "ies",
                    "t", "ts", "te", "tes")
_OFFICE_FRAMES = frozenset({"buy", "receive", "given"})
_OFFICE_WALK = _OFFICE_DE | frozenset({"de", "du", "des", "d'", "le", "la", "les", "l'",
                                       "nationale", "national"})


def _office_outer(ctx: Context, i: int, lo: int) -> str | None:
    """For a party after "<office> de (la Défense) de", the word before the office phrase
    (normalised: "au" -> "a"), "" when the phrase opens the clause; None when the party does
    not follow an office ("le ministre de la Défense du Niger", "par le chef d'état-major de
    l'armée du Mali"). Reads at most eight tokens back."""
    if not _after_office(ctx, i, lo):
        return None
    j = i - 1
    stop = max(lo, i - 9)
    while j >= stop and ctx.words[j] in _OFFICE_WALK:
        j -= 1
    if j < stop:
        return "" if j < lo else None
    w = ctx.words[j]
    if ctx.doc.tokens[j].kind == "punct":
        return ""
    return _NORM.get(w, (w,))[0]


#: words before "de" that make the party after it a place's complement ("près de Bamako",
#: "l'aéroport de Bamako"), never a supplier
_PLACE_DE = frozenset("""pres loin nord sud est ouest environs proximite region ville base
    port aeroport province camp capitale banlieue centre cote large wilaya garnison
    periphérie peripherie frontiere portes abords""".split())


def _after_office(ctx: Context, i: int, lo: int, places: bool = False) -> bool:
    """Whether the "de" before token ``i`` (determiners skipped) follows a noun of office or of
    an armed force ("le ministre de la Défense du Niger", "l'armée de l'air du Mali"), or with
    ``places`` a noun or adverb of place ("près de Bamako")."""
    skip = _party_words()["skip"]
    j = i - 1
    while j > lo and ctx.words[j] in skip:
        j -= 1
    if j - 1 < lo:
        return False
    w = ctx.words[j - 1]
    if w in _OFFICE_DE or (places and w in _PLACE_DE):
        return True
    if places:  # an incise between the trigger and the party
        for k in range(max(lo, i - 30), i - 1):
            if ctx.words[k] == "," and ctx.words[k + 1] in _INCISE:
                return True
    return False


def _between(ents: Sequence[Entity], start: int, end: int) -> list[Entity]:
    """The entities of ``ents`` (sorted by start) starting in ``[start, end)``, by bisection."""

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


_FUTURE_ENDINGS = ("era", "eront", "ira", "iront", "evra", "evront")
_FUTURE_AUX = frozenset({"sera", "seront", "serait", "seraient"})


def _future(words: Sequence[str], trig: Trigger) -> bool:
    """Whether a delivery trigger is told in the future ("livrera", "seront livrés"): the deal
    is made, the delivery not yet."""
    w = words[trig.tok]
    if len(w) > 5 and w.endswith(_FUTURE_ENDINGS):
        return True
    return any(words[j] in _FUTURE_AUX for j in range(max(0, trig.tok - 2), trig.tok))


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
        if st == "delivered" and ("postponed" in cues or _future(ctx.words, trig)):
            return "ordered"  # "livrera", "sera livré", "la livraison ... a été reportée"
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
    if etype == "VISIT" and "postponed" in cues:
        return "planned"  # "est attendu lundi à Dakar", "la visite a été reportée"
    if word.endswith(("e", "ent")) and word in ("effectue", "participe", "participent", "se",
                                                "deroule", "deroulent", "visite", "poursuit"):
        return "ongoing"
    if etype in ("EXERCISE", "VISIT", "INDUSTRY") and any(
            (len(w) > 6 and w.endswith("ront")) or (len(w) > 5 and w.endswith(("era", "ira", "dra")))
            for w in ctx.words[lo:hi]):
        return "planned"  # "prendront part en mai à l'exercice X", "se rendra à", "produira"
    if etype == "EXERCISE" and "ongoing" in cues:
        return "ongoing"  # "participent jusqu'à vendredi à l'exercice X"
    return "done"



# --------------------------------------------------------------------------- inference

def _maker_ids(w: Entity) -> list[str]:
    m = w.attrs.get("maker") if w.attrs else None
    if isinstance(m, str):
        return [m]
    if isinstance(m, (list, tuple)):
        return [x for x in m if isinstance(x, str)]
    return []


@cached
def _gazetteer() -> Any:
    from ...tagger import _DEFAULT, Tagger, TagOptions

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



# --------------------------------------------------------------------------- event

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



# --------------------------------------------------------------------------- persons, pairs

def _last_before(ents: Sequence[Entity], offset: int) -> Entity | None:
    """The last of ``ents`` (sorted by start) starting before ``offset``, by bisection."""

    k = bisect_left(ents, offset, key=lambda e: e.start)
    return ents[k - 1] if k > 0 else None


def _person_before(ctx: Context, offset: int) -> Entity | None:
    return _last_before(ctx.persons, offset)



_PAIR_NOUNS = ("pays", "delegation", "partie", "ministre", "armee", "gouvernement", "etats",
               "capitales", "marine", "etats-majors", "force", "aviation", "societes", "entreprises", "groupes",
               "industriels", "constructeurs", "parties", "responsables", "officiers",
               "hommes", "chefs", "homologues", "dirigeants")
_AGREEMENT_NOUNS = ("accord", "memorandum", "protocole", "convention", "feuille", "entente",
                    "lettre", "declaration", "traite", "pacte", "plan", "programme",
                    "arrangement", "echange de lettres", "ont echange des lettres")




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
