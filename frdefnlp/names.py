"""Names the gazetteer does not list, found from their context.

:class:`ContextTagger` proposes PERSON, ORG, LOC and WEAPON candidates from cues a French news
text gives:

- a title or role in front of a name ("le ministre ... Benny Gantz", "le général de brigade
  Ran Kochav", "M. Dupont"), possibly with modifiers between them ("le ministre israélien de
  la Défense, Benny Gantz");
- an apposition after a name ("Abdellatif Loudiyi, ministre délégué ...");
- an organisation head ("la société Sentrycs", "le groupe Baykar", "l'agence Sibat");
- a place cue ("basés à Oum Bouaghi", "l'usine de Mérignac");
- a generic equipment word before a system's name or designation ("la frégate Al-Galala",
  "des avions de chasse FA-50 Block 20");
- an ordinal and a unit word ("le 43e bataillon d'infanterie de marine", "le 2e REP");
- capitalised words whose initials spell the acronym in brackets after them ("la Force
  multinationale mixte (FMM)");
- a capitalised head of an official name and what follows it ("l'Office fédéral de la
  protection de la population", "la Marine gabonaise", "le Parlement");
- capitalised words or a listed company glued to a country's name ("Airbus Maroc");
- names after a naming verb near an equipment word ("deux frégates, baptisées X et Y");
- the name model (:mod:`frdefnlp.name_model`) over every capitalised run no rule settled;
- short forms within the document: after "Benny Gantz", "Gantz" is the same person
  (``source="alias"``, id and canonical copied); after "Israel Aerospace Industries (IAI)",
  "IAI" is that organisation.

The cue words are data (``resources/names/context_fr.json``). Cost: one pass over the tokens
(O(n)), plus one regex scan per distinct short form.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import regex

from ._resources import cached, read_json
from ._spans import SpanIndex
from ._text import fold, fold_tokens
from .name_model import glued_initial, guess_names, load_people
from .name_model import org_words as _org_words
from .patterns._common import LazyPattern
from .systems import find_systems
from .types import Entity, Sentence, Token

__all__ = ["ContextTagger", "strip_name_head", "model_taken", "lone_surnames", "lone_places"]


def model_taken(known: Sequence[Entity], found: Sequence[Entity]) -> SpanIndex:
    """The spans the name model leaves alone: every candidate already proposed (gazetteer,
    patterns, adjectives, the context rules)."""
    return SpanIndex((e.start, e.end) for e in (*known, *found))


def lone_surnames(known: Sequence[Entity], found: Sequence[Entity]) -> frozenset[int]:
    """Starts of the one-word persons proposed so far ("Biya" after "le président Biya"): a
    capitalised run may take them in ("Paul Biya")."""
    return frozenset(e.start for e in (*known, *found)
                     if e.label == "PERSON" and " " not in e.text and e.text[:1].isupper())

def lone_places(known: Sequence[Entity]) -> frozenset[int]:
    """Starts of the one-word places the gazetteer found ("Sahel", "Tanger"): a capitalised
    run may start with one ("Sahel Usinage Précis", a company's name)."""
    return frozenset(e.start for e in known if e.label == "LOC" and e.source == "gazetteer"
                     and " " not in e.text and e.text[:1].isupper()
                     and e.attrs.get("alias_type") not in ("adjective", "description"))


# "Israel Aerospace Industries (IAI)": an acronym in brackets right after a name
_ACRONYM_AFTER = regex.compile(r"\s*\((\p{Lu}[\p{Lu}\d&-]{1,9})\)")
# "l'Institut sahélien d'études (Isest)": an acronym written as a word, after a body's name
_TITLE_ACRONYM_AFTER = LazyPattern(r"\s*\((\p{Lu}\p{Ll}{2,7})\)")


@cached
def _elisions() -> frozenset[str]:
    return frozenset(e + "'" for e in read_json("tokenizer/elisions.json")["elisions"])


def _cue_words(phrase: str) -> tuple[str, ...]:
    """A cue phrase as the folded texts of the tokens the tokenizer makes of it: "secrétaire
    d'État" -> ("secretaire", "d'", "etat"), an elision being its own token."""
    out: list[str] = []
    elisions = _elisions()
    for w in fold(phrase).split():
        cut = w.find("'")
        if 0 < cut < len(w) - 1 and w[:cut + 1] in elisions:
            out.extend((w[:cut + 1], w[cut + 1:]))
        else:
            out.append(w)
    return tuple(out)


def _by_first(phrases: Sequence[str]) -> dict[str, list[tuple[str, ...]]]:
    """First folded word -> the phrases (as folded word tuples) starting with it, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for t in sorted({_cue_words(p) for p in phrases}, key=lambda t: (-len(t), t)):
        out.setdefault(t[0], []).append(t)
    return out


@cached
def _cues() -> dict[str, Any]:
    data = read_json("names/context_fr.json")
    titles = [_cue_words(t) for t in data["person_titles"]]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for t in sorted(set(titles), key=lambda t: (-len(t), t)):
        by_first.setdefault(t[0], []).append(t)
    return {
        "titles": sorted(set(titles), key=len, reverse=True),
        # first folded word -> the titles starting with it, longest first (one dict probe a token)
        "titles_by_first": by_first,
        "title_words": frozenset(fold(w) for w in data["person_title_words"]),
        "modifiers": frozenset(fold(w) for w in data["title_modifiers"]),
        "places": _by_first(data["place_cues"]),
        "org_heads": {fold(k): v for k, v in data["org_heads"].items()},
        "org_heads_included": {fold(k): v for k, v in data["org_heads_included"].items()},
        "org_modifiers": frozenset(fold(w) for w in data["org_modifiers"]),
        "org_modifier_endings": tuple(fold(w) for w in data["org_modifier_endings"]),
        "org_heads_person_too": frozenset(fold(w) for w in data["org_heads_person_too"]),
        "domain_tail": frozenset(fold(w) for w in data["domain_tail"]),
        "particles": frozenset(fold(w) for w in data["name_particles"]),
        "not_names": frozenset(data["not_names"]),
        "org_head_words": frozenset(fold(k) for k in [*data["org_heads"], *data["org_heads_included"]]),
        "weapon_heads": frozenset(fold(w) for w in data["weapon_heads"]),
        "acronym_optional": frozenset(fold(w) for w in data["acronym_optional"]),
        "unit_heads": frozenset(fold(w) for w in data["unit_heads"]),
        "unit_adjectives": frozenset(fold(w) for w in data["unit_adjectives"]),
        "unit_capitals": frozenset(data["unit_capitals"]),
        "unit_heads_vague_alone": frozenset(fold(w) for w in data["unit_heads_vague_alone"]),
        "weapon_modifiers": frozenset(fold(w) for w in data["weapon_modifiers"]),
        "ship_heads": frozenset(fold(w) for w in data["ship_heads"]),
        "official_heads": {**data["official_heads"], **data["official_heads_more"]},
        "naming_verbs": frozenset(fold(w) for w in data["naming_verbs"]),
        "official_alone": frozenset(data["official_alone"]),
        "official_adjectives": frozenset(data["official_adjectives"]),
        "official_stops": frozenset(fold(w) for w in data["official_stops"]),
        "official_max": int(data["official_max_tokens"]),
        "official_complement_capitals": frozenset(data["official_complement_capitals"]),
        "official_heads_need_lower": frozenset(data["official_heads_need_lower"]),
        "official_heads_a": frozenset(data["official_heads_a"]),
        "official_heads_foreign": frozenset(data["official_heads_foreign"]),
        "official_site_heads": frozenset(data["official_site_heads"]),
        "official_heads_town_outside": frozenset(data["official_heads_town_outside"]),
        "committee_heads": frozenset(fold(w) for w in data["committee_heads"]),
        "committee_not_complements": frozenset(fold(w) for w in data["committee_not_complements"]),
        "heads_a_folded": frozenset(fold(w) for w in data["official_heads_a"]),
        # last word of a company suffix -> the suffixes (as word tuples) ending with it
        "company_suffixes": _suffixes_by_last(data["company_suffixes"]),
        # the tokens that may end a company suffix: its last word, bare or with a full stop
        # ("SA", "SA."), one set probe a token
        "company_suffix_ends": frozenset(
            w + dot for w in _suffixes_by_last(data["company_suffixes"]) for dot in ("", ".")),
        "company_max": int(data["company_max_tokens"]),
        "acronym_not_bodies": frozenset(fold(w) for w in data["acronym_not_bodies"]),
        "official_named_after": frozenset(data["official_named_after"]),
        "type_cues": frozenset(fold(w) for w in data["type_cues"]),
        "designation_not_weapons": frozenset(data["designation_not_weapons"]),
        "street_heads": frozenset(fold(w) for w in data["street_heads"]),
        "generic_acronyms": frozenset(data["generic_acronyms"]),
        "named_after_heads": frozenset(fold(w) for w in data["named_after_heads"]),
        "named_after_modifiers": frozenset(fold(w) for w in data["named_after_modifiers"]),
        "named_after_places": frozenset(fold(w) for w in data["named_after_places"]),
        "named_place_heads": frozenset(fold(w) for w in data["named_place_heads"]),
        "road_heads": frozenset(fold(w) for w in data["road_heads"]),
        "place_numbers": frozenset(data["place_numbers"]),
        "place_suffixes": frozenset(data["place_suffixes"]),
        "english_body_heads": frozenset(data["english_body_heads"]),
        "english_body_heads_first": frozenset(data["english_body_heads_first"]),
        "official_adjective_endings": tuple(fold(w) for w in data["official_adjective_endings"]),
        "official_prefixes": frozenset(data["official_prefixes"]),
        "official_participles": frozenset(data["official_participles"]),
        "official_heads_demonym_outside": frozenset(data["official_heads_demonym_outside"]),
        "official_heads_need_complement": frozenset(data["official_heads_need_complement"]),
        "media_cues_before": frozenset(fold(w) for w in data["media_cues_before"]),
        "media_cues_par": frozenset(fold(w) for w in data["media_cues_par"]),
        "media_verbs_after": frozenset(fold(w) for w in data["media_verbs_after"]),
        "media_nouns_after": frozenset(fold(w) for w in data["media_nouns_after"]),
        "media_english_ends": frozenset(data["media_english_ends"]),
    }


def _suffixes_by_last(phrases: Sequence[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Last word -> the phrases (as word tuples, as written) ending with it, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for t in sorted({tuple(p.split()) for p in phrases}, key=lambda t: (-len(t), t)):
        out.setdefault(t[-1], []).append(t)
    return {k: tuple(v) for k, v in out.items()}


@cached
def _name_heads() -> dict[str, dict[str, tuple[str, ...]]]:
    """label -> first word of a head -> the heads starting with it, longest first."""
    data = read_json("names/context_fr.json")["name_heads"]
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for label, heads in data.items():
        by_first: dict[str, list[str]] = {}
        for h in sorted({h.lower().replace("\u2019", "'") for h in heads}, key=lambda h: (-len(h), h)):
            by_first.setdefault(_first_word(h), []).append(h)
        out[label] = {k: tuple(v) for k, v in by_first.items()}
    return out


def heads_a_name(label: str, text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (a listed alias in lower case, "frégate multi-missions") one of
    the label's generic heads (``name_heads``) right before a capitalised name ("la frégate
    multi-missions Languedoc")? Such a match is the head of that name, not a mention."""
    if end + 1 >= len(text) or text[end] != " " or not text[end + 1].isupper():
        return False
    low = text[start:end].lower().replace("\u2019", "'")
    return low in _name_heads().get(label, {}).get(_first_word(low), ())


@cached
def _event_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in read_json("names/context_fr.json")["event_heads"])


@cached
def _standard_words() -> frozenset[str]:
    return frozenset(fold(w) for w in read_json("names/context_fr.json")["standard_words"])


def names_a_standard(text: str, start: int, end: int) -> bool:
    """Is the short code ``text[start:end]`` a version's name after a standard word ("le Rafale
    au standard F4", "standard F3-R"), not a system's designation (F-4, F-5)?"""
    if end - start > 5 or " " in text[start:end]:
        return False
    before = text[max(0, start - 12):start].rstrip().rsplit(None, 1)
    return bool(before) and fold(before[-1]) in _standard_words()


def begins_an_event_name(text: str, start: int, end: int) -> bool:
    """Does the name ``text[start:end]`` begin the name of an exercise or an operation: right
    after one of ``event_heads`` and followed by a capitalised word or a number ("l'exercice
    Rafale Storm", "l'exercice Mistral 2025")? Such a listed system is no mention of it."""
    if end + 1 >= len(text) or text[end] != " " or not (text[end + 1].isupper() or text[end + 1].isdigit()):
        return False
    before = text[max(0, start - 14):start].rstrip().rsplit(None, 1)
    return bool(before) and fold(before[-1].split("'")[-1].split("\u2019")[-1]) in _event_heads()


def _first_word(s: str) -> str:
    return s.split(None, 1)[0].split("'", 1)[0] if s.strip() else ""


#: an article that begins a hull's name after a ship's word ("le sous-marin Le Triomphant")
_SHIP_ARTICLES = frozenset({"Le", "La", "L'", "L\u2019", "Les"})


def strip_name_head(entity: Entity) -> Entity:
    """The entity without a generic head in front of its name ("frégate Mohammed VI" ->
    "Mohammed VI", "base aérienne de Tel Nof" -> "Tel Nof"); the head goes to
    ``attrs["head"]``, id and kind are kept.

    Gazetteer aliases carry such heads to tell a frigate from a king; the name after the head
    is the entity (docs/labels.md: generic equipment words are not WEAPON entities). The
    entity is returned unchanged unless what follows the head starts with a capital or a
    digit. Heads are data (``name_heads`` in ``resources/names/context_fr.json``).

    >>> e = Entity(4, 20, "classe Gowind 2500", "WEAPON", kind="naval", id="weapon/gowind")
    >>> t = strip_name_head(e)
    >>> (t.start, t.end, t.text, t.id, t.attrs["head"])
    (11, 20, 'Gowind 2500', 'weapon/gowind', 'classe')
    """
    if entity.text[:2] in ("l'", "l\u2019") and entity.text[2:3].isupper():
        # "à l'Économiste" matched as the listed "L'Économiste": the article in
        # lower case belongs to the sentence, not to the name
        return replace(entity, start=entity.start + 2, text=entity.text[2:])
    cut = _head_cut(entity.label, entity.text)
    if cut is None:
        return entity
    k, n = cut
    text = entity.text
    attrs = dict(entity.attrs)
    attrs["head"] = text[:n]
    return replace(entity, start=entity.start + k, text=text[k:], attrs=attrs)


@functools.lru_cache(maxsize=8192)
def _head_cut(label: str, text: str) -> tuple[int, int] | None:
    """``(k, n)``: the name starts at ``text[k]`` after a head of length ``n``; ``None`` when
    ``text`` has no head (memoised: the same few aliases recur)."""
    by_first = _name_heads().get(label)
    if not by_first or text[:1].isupper():  # "Drone Dome": a capital makes it part of the name
        return None
    low = text.lower().replace("\u2019", "'")
    for head in by_first.get(_first_word(low), ()):
        if not low.startswith(head):
            continue
        n = len(head)
        if not head.endswith("'"):
            if n >= len(text) or not text[n].isspace():
                continue
        k = n
        while k < len(text) and text[k].isspace():
            k += 1
        if k < len(text) and (text[k].isupper() or text[k].isdigit()):
            return k, n
    return None


#: Endings of lower-case adjectives inside official names ("fédéral", "sénégalaise", "technique").
# "à Kano Textiles Nigeria": a place after these is where, not the first word of a company
_PLACE_PREPS = frozenset({"a", "au", "aux", "de", "d'", "du", "des", "en", "vers", "depuis", "pres"})
_CAPITAL_ARTICLES = frozenset({"Le", "La", "Les", "L'", "L’", "The"})
_ADJ_ENDINGS = ("al", "ale", "aux", "ales", "ien", "ienne", "iens", "iennes", "ais", "aise",
                "aises", "ois", "oise", "oises", "ique", "iques", "aire", "aires", "el", "elle",
                "els", "elles", "if", "ive", "ifs", "ives", "ain", "aine", "ains", "aines")


_WHEELS = regex.compile(r"\d{1,2}[x×]\d{1,2}")
_PLURAL_DETERMINERS = frozenset({"les", "des", "ses", "leurs", "ces", "nos", "vos", "deux", "trois",
                                 "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"})
_QUOTES_OPEN = frozenset({"«", '"', "\u201c"})
_QUOTES_CLOSE = frozenset({"»", '"', "\u201d"})
#: Words that may join two quoted ships' names in a list ("« X », puis à « Y » et à « Z »").
_SHIP_LIST_GLUE = frozenset({",", "et", "puis", "à", "a", "au", "aux", "ou", "ainsi", "que", "le",
                             "la", "l'", "enfin", "avec"})
_PARTICLES = frozenset({"de", "d'", "du", "des", "la", "le", "les", "l'", "et", "ou", "pour"})


_PARTICLE_NAME = regex.compile(r"(?:al|el|ad|ag|ben|ould|bin|abu|abou|ibn)[-‑]\p{Lu}[\p{L}'’-]*")


def _after_service_word(tokens: Sequence[Token], folded: Sequence[str], j: int, k: int) -> int:
    """The first token of a person's name in ``tokens[j:k]``: "chef d'état-major de l'Armée
    Saïd Chanegriha", "le Général Ahmed X": a service or title word that ends the role (an
    official-name head, a title word) is no part of the name when a given name follows it or
    two names do; so is the one word of a title's complement after de/du/de la that is no
    given name when a given name and another word follow it (the title's domain)."""
    cues = _cues()
    if j > 0 and folded[j - 1] in ("de", "d'", "du", "la", "l'") and k - j >= 3 \
            and not _is_given(tokens[j].text) and tokens[j + 1].text[:1].isupper() \
            and _is_given(tokens[j + 1].text):
        j += 1  # "le Président de la République Emmanuel X", "l'émir de Kano Muhammadu Y"
    while k - j >= 2 and (tokens[j].text in cues["official_heads"] or folded[j] in cues["title_words"]) \
            and (_is_given(tokens[j + 1].text) or (k - j >= 3 and not _is_given(tokens[j].text))):
        j += 1  # "Marine Le Pen": a given name that is also a service word stays
    return j


def _with_number(tokens: Sequence[Token], k: int, end: int) -> int:
    """Index after a unit's number glued to its official name ("Regimiento de Infantería Soria
    n.º 9", "Régiment n° 2", "nº 54", "núm. 3"), or ``k`` when none follows."""
    j = k
    if j < end and tokens[j].text in ("nº", "n°", "Nº", "N°"):
        j += 1
    elif j + 2 < end and tokens[j].text in ("n", "núm", "num") and tokens[j + 1].text == "." \
            and tokens[j + 2].text in ("º", "°") and tokens[j + 1].start == tokens[j].end:
        j += 3
    elif j + 1 < end and tokens[j].text in ("núm", "num") and tokens[j + 1].text == ".":
        j += 2
    else:
        return k
    return j + 1 if j < end and tokens[j].kind == "number" else k


def _a_complement(tokens: Sequence[Token], folded: Sequence[str], k: int, end: int,
                  stops: frozenset[str]) -> int:
    """Index after an à-complement at ``k`` ("à la politique de sécurité", "aux réfugiés":
    à/au/aux, an article, a lower-case noun, then de/du/des + lower-case words), or ``k``."""
    if k + 1 >= end or folded[k] not in ("a", "au", "aux") or tokens[k].text == "a":
        return k
    j = k + 1
    if folded[k] == "a" and folded[j] in ("la", "l'"):
        j += 1
    if not (j < end and tokens[j].kind == "word" and tokens[j].text.islower()
            and len(tokens[j].text) > 2 and folded[j] not in stops):
        return k
    k = j + 1
    while k + 1 < end and folded[k] in ("de", "du", "des", "d'"):
        j = k + 1
        if not (tokens[j].kind == "word" and tokens[j].text.islower() and len(tokens[j].text) > 2
                and folded[j] not in stops):
            break
        k = j + 1
    return k


def _place_after_known(tokens: Sequence[Token], folded: Sequence[str], k: int, end: int,
                       skip: dict[int, int], places_at: set[int] | frozenset[int]) -> int:
    """After a known place or body that ends an official name at ``k``: "et de/du + a known
    place" ("Chambre de commerce de Beyrouth et du Mont-Liban") or "pour/en + article + a
    known place" ("Fonds ... de l'Union européenne pour l'Afrique") goes on with the name;
    index after it, or ``k``."""
    j = k
    if j + 2 < end and folded[j] == "et" and folded[j + 1] in ("de", "du", "des", "d'"):
        j += 2
    elif j + 2 < end and folded[j] in ("pour", "en") and folded[j + 1] in ("la", "l'", "le", "les"):
        j += 2
    else:
        return k
    if j < end and folded[j] in ("la", "l'", "le", "les") and folded[j - 1] not in ("la", "l'", "le", "les"):
        j += 1
    if j < end and tokens[j].start in places_at and j in skip:
        return skip[j]
    return k


def _purpose_after_body(tokens: Sequence[Token], folded: Sequence[str], k: int, end: int,
                        stops: frozenset[str]) -> int:
    """After a known body that ends an official name's complement at ``k`` ("Institut des
    Nations unies"): "pour + article + a lower-case noun" and up to two lower-case
    complements after it (de/du/des/sur/et + article) go on with the name ("... pour la
    recherche sur le désarmement", "... pour les réfugiés"); index after them, or ``k``."""
    def lower(x: int) -> bool:
        return (x < end and tokens[x].kind == "word" and tokens[x].text.islower()
                and len(tokens[x].text) > 2 and folded[x] not in stops)

    arts = ("la", "l'", "le", "les")
    if not (k + 2 < end and folded[k] == "pour" and folded[k + 1] in arts and lower(k + 2)):
        return k
    if folded[k + 2].endswith(("ieme", "ier", "iere")) or folded[k + 2] in ("seconde", "fois"):
        return k  # "pour la première fois": no purpose
    k += 3
    for _ in range(2):
        j = k
        if j < end and folded[j] in ("de", "du", "des", "sur", "et", "d'"):
            j += 1
            if j < end and folded[j] in arts:
                j += 1
            if lower(j):
                k = j + 1
                continue
        break
    while k < end and tokens[k].text.islower() and _domain_adjective(tokens[k], folded[k]):
        k += 1
    return k


def _official_adjective(tok: Token, folded: str, adjs: frozenset[str]) -> bool:
    """A lower-case adjective of an official name: listed or with an adjective's ending."""
    return tok.kind == "word" and tok.text.islower() and (
        tok.text in adjs or folded.endswith(_ADJ_ENDINGS) or folded.endswith(("al", "ental", "entale")))


def _adjective_list_closed(tokens: Sequence[Token], folded: Sequence[str], k: int, end: int,
                           adjs: frozenset[str]) -> int:
    """From ``k`` after a comma: lower-case adjectives ("social, culturel") closed by "et" and
    one more adjective within 8 tokens ("... social et environnemental"). Index after the
    last adjective, or 0."""
    x = k
    while x < min(end, k + 8):
        if folded[x] == "et":
            ok = x > k and x + 1 < end and _official_adjective(tokens[x + 1], folded[x + 1], adjs)
            return x + 2 if ok else 0
        if not (tokens[x].text == "," or _official_adjective(tokens[x], folded[x], adjs)):
            return 0
        x += 1
    return 0


def _domain_adjective(tok: Token, folded: str) -> bool:
    """A lower-case adjective that ends a ministry's domain ("de la Production militaire",
    "des Affaires étrangères"): an official adjective or one with an ending of
    ``official_adjective_endings``; nationality adjectives are neither."""
    cues = _cues()
    return tok.kind == "word" and tok.text.islower() and (
        tok.text in cues["official_adjectives"] or folded.endswith(cues["official_adjective_endings"]))


def _country_complement(tokens: Sequence[Token], folded: Sequence[str], k: int, end: int,
                        skip: dict[int, int]) -> int:
    """After a ministry's domain, "du Mali", "de la Côte d'Ivoire", "du Québec": a known
    capitalised name (``skip``) after de/du/d' is the country the body belongs to, part of
    its name by the annotation conventions ("ministère de l'Économie du Québec"). Index after
    it, or ``k``."""
    p = k
    if p < end and folded[p] in ("de", "d'"):
        p += 1
        if p < end and folded[p] in ("la", "l'"):
            p += 1
    elif p < end and folded[p] == "du":
        p += 1
    else:
        return k
    if p < end and p in skip and tokens[p].text[:1].isupper() and skip[p] <= end:
        return skip[p]
    return k


def _lower_list_closed(tokens: Sequence[Token], folded: Sequence[str], k: int, end: int) -> bool:
    """From a particle at ``k`` after a comma: a list of lower-case complements ("de la
    formation, des sports") closed by "et de/du/des + a lower-case word" within 16 tokens."""
    stop = min(end, k + 16)
    x = k
    while x < stop:
        f = folded[x]
        if f in ("de", "d'", "du", "des"):
            y = x + 1
            if y < stop and folded[y] in ("la", "l'", "le", "les"):
                y += 1
            if y >= stop or tokens[y].kind != "word" or not tokens[y].text.islower():
                return False
            if x > k and folded[x - 1] == "et":
                return True
            x = y + 1
        elif f in (",", "et") or (tokens[x].kind == "word" and tokens[x].text.islower()):
            x += 1
        else:
            return False
    return False


def _list_closed_by_et(folded: Sequence[str], a: int, b: int) -> bool:
    """Is ``folded[a:b]`` a run of de-complements joined by commas that "et de"/"et d'"
    closes ("de transport et d'évacuation")?"""
    for x in range(a, b - 1):
        if folded[x] == "et":
            return folded[x + 1] in ("de", "d'")
        if folded[x] in (".", ";", ":", "(", ")"):
            return False
    return False


def _named_after_head(folded: Sequence[str], i: int, lo: int) -> int:
    """The index of a place or a thing named after someone right before ``folded[i]``
    ("camp", "avenue du", "base de la", "base aérienne 118", "hôpital central de l'armée", a
    ship prefix "NCSM", "la promotion « Capitaine X »": ``named_after_heads`` with at most five
    ``named_after_modifiers``, numbers, opening quotes or title words between), -1 when none. The name after it is the place's or the thing's, not a
    person's."""
    cues = _cues()
    heads, mods, titles = cues["named_after_heads"], cues["named_after_modifiers"], cues["title_words"]
    p = i - 1
    while p >= lo and p > i - 6 and folded[p] not in heads and (
            folded[p] in mods or folded[p].isdigit() or folded[p] in _QUOTES_OPEN
            or folded[p] in titles):
        p -= 1
    return p if p >= lo and folded[p] in heads else -1


def _named_after(folded: Sequence[str], i: int, lo: int) -> bool:
    """Does a place or a thing named after someone come right before ``folded[i]``
    (:func:`_named_after_head`)?"""
    return _named_after_head(folded, i, lo) >= 0


def _town_like(word: str) -> bool:
    """Is ``word`` a listed town or a hyphenated compound whose first part is one
    ("Tunis-Carthage")? After "de" such a word is where a place stands, not the end of a
    person's name ("Houari-Boumediene", "Saint-Exupéry" are no towns)."""
    flags = load_people().get(fold(word), "")
    if "p" in flags:
        return True
    parts = word.split("-")
    return len(parts) > 1 and "p" in load_people().get(fold(parts[0]), "")


@cached
def _town_cues() -> dict[str, frozenset[str]]:
    """The words before a town that say a place stands there (``town_cues`` in
    context_fr.json): direction words, motion verbs, the words that follow one ("pour" in
    "a quitté X pour Y") and the joins of a list."""
    data = read_json("names/context_fr.json")["town_cues"]
    return {k: frozenset(fold(w) for w in v) for k, v in data.items()}


@cached
def _town_cue_words() -> frozenset[str]:
    """Every word of :func:`_town_cues` and "entre": one set test per token."""
    cues = _town_cues()
    return frozenset().union(cues["before"], cues["motion_verbs"], cues["after_motion"],
                             cues["list_joins"], {"entre"})


def _town_flags(text: str) -> str:
    """The flags of ``text`` (one or more words) in the shipped name list; "" if unlisted."""
    return load_people().get(fold(text), "")


def _without_opening_noun(e: Entity, text: str, tokens: Sequence[Token],
                          starts: Sequence[int]) -> Entity:
    """A guessed person that opens with a word no name list knows and de/d' ("Réponse de
    Nawal X", "Question de Karim Y") is the name after de: the capitalised noun opens the
    sentence, it is no part of the name."""
    if e.label != "PERSON":
        return e
    a = bisect_left(starts, e.start)
    if a + 2 >= len(tokens) or tokens[a + 2].start >= e.end or fold(tokens[a + 1].text) not in ("de", "d'"):
        return e
    if _town_flags(tokens[a].text) or not _is_given(tokens[a + 2].text):
        return e
    s = tokens[a + 2].start
    return replace(e, start=s, text=text[s:e.end])


@cached
def _landmark_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Place words before a name ("Bab", "Aïn"), natural-feature heads (folded), their
    modifiers (folded) and capitalised landmark heads ("Palais"), from context_fr.json."""
    data = read_json("names/context_fr.json")
    return (frozenset(data["place_prefixes"]), frozenset(fold(w) for w in data["feature_heads"]),
            frozenset(fold(w) for w in data["feature_modifiers"]),
            frozenset(data["landmark_cap_heads"]))


@cached
def _landmark_capitals() -> frozenset[str]:
    """The place prefixes and capitalised landmark heads of :func:`_landmark_words` in one
    set (one test a token)."""
    prefixes, _heads, _mods, cap_heads = _landmark_words()
    return prefixes | cap_heads


_FAMILY_FLAGS = frozenset("fF")


def _place_after_de(word: str) -> bool:
    """After "de" at the end of a name taken from a person, does ``word`` say where the place
    or the body is rather than end the person's name? A town (:func:`_town_like`), or a
    compound of capitalised words joined by hyphens ("Bourg-Léopold"), unless it opens with
    Saint/Sainte and is no listed town ("Antoine de Saint-Exupéry")."""
    if _town_like(word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(x[:1].isupper() for x in parts) and parts[0] not in ("Saint", "Sainte")


def _place_name_end(tokens: Sequence[Token], folded: Sequence[str], j: int, end: int,
                    not_names: frozenset[str], places: frozenset[int]) -> int:
    """The index after the name of a street or of a place named after someone that starts at
    ``tokens[j]``: at most four capitalised words, with name particles between them ("Charles
    de Gaulle", "Valéry Giscard d'Estaing", "Ahmed Ould Sidi"). A lower-case "de"/"d'"/"du"
    goes on only after a given name or a particle-name's front ("Charles de Gaulle") and never
    before a known place ("la caserne Adel Sassine de Marjayoun" ends before "de")."""
    particles = _cues()["particles"]
    k, words = j, 0
    while k < end and words < 4:
        t = tokens[k]
        if _is_cap(t) and t.text not in not_names:
            k += 1
            words += 1
            continue
        if words and folded[k] in particles and k + 1 < end and _is_cap(tokens[k + 1]) \
                and tokens[k + 1].text not in not_names and tokens[k + 1].start not in places \
                and (folded[k] not in ("de", "d'", "du", "des", "la", "le")
                     or (_is_given(tokens[k - 1].text) and not _place_after_de(tokens[k + 1].text))):
            k += 1
            continue
        break
    return k


def _after_minister(tokens: Sequence[Token], folded: Sequence[str], i: int, lo: int) -> bool:
    """Does ``tokens[i]`` start the domain of a minister's title ("ministre des Forces
    armées", "ministre sénégalais de la Défense", "ministre délégué de l'Intérieur")? Such a
    domain is part of a role, not the name of a body (the ministry is: "ministère de ...")."""
    p = i - 1
    if p >= lo and folded[p] in ("la", "l'", "le"):
        p -= 1
    if p < lo or folded[p] not in ("de", "des", "du", "d'"):
        return False
    p -= 1
    steps = 0
    while p >= lo and steps < 2 and tokens[p].text.islower() and folded[p] not in (
            "ministre", "ministres"):
        p -= 1  # "sénégalais", "délégué"
        steps += 1
    return p >= lo and folded[p] in ("ministre", "ministres")


def _has_org_word(folded: Sequence[str], j: int, k: int) -> bool:
    """Does ``folded[j:k]`` hold a word that names organisations ("Systems", "Industrie",
    "Group": ``org_words`` of ``resources/names/model_words.json``)? Such a run is no person's
    name ("General Dynamics Mission Systems", "Atlas Câblage Industrie, filiale de ...")."""
    words = _org_words()
    people = load_people()
    return any(folded[x] in words and "g" not in people.get(folded[x], "").lower()
               for x in range(j, k))  # "Marine Le Pen": a given name stays one


def _is_given(word: str) -> bool:
    """Is ``word`` a given name in the shipped name list (``resources/names/people.txt``)?"""
    flags = load_people().get(fold(word), "")
    return "g" in flags or "G" in flags


def _starts(folded: Sequence[str], keys: Any) -> list[int]:
    """Indices (ascending) of the folded tokens that are in ``keys``."""
    return [i for i, f in enumerate(folded) if f in keys]


#: the cue tables :meth:`ContextTagger.find` jumps along, in the order of :func:`_cue_starts`
_START_KEYS = ("titles_by_first", "org_head_words", "weapon_heads", "places")


@cached
def _start_table() -> dict[str, tuple[int, ...]]:
    """Each word of the :data:`_START_KEYS` cue tables -> the positions of the tables that
    hold it: one dictionary probe per token finds the starts of all four."""
    cues = _cues()
    table: dict[str, list[int]] = {}
    for k, name in enumerate(_START_KEYS):
        for w in cues[name]:
            table.setdefault(w, []).append(k)
    return {w: tuple(ks) for w, ks in table.items()}


def _cue_starts(folded: Sequence[str]) -> list[list[int]]:
    """``[_starts(folded, _cues()[k]) for k in _START_KEYS]`` in one pass over the tokens."""
    get = _start_table().get
    lists: list[list[int]] = [[] for _ in _START_KEYS]
    for i, f in enumerate(folded):
        ks = get(f)
        if ks is not None:
            for k in ks:
                lists[k].append(i)
    return lists


@cached
def _text_table() -> dict[str, tuple[int, ...]]:
    """Each token text the rules look for with its case (official heads, company suffix
    ends, capitalised articles, the comma) -> the positions of the sets that hold it, in the
    order of :func:`_text_starts`."""
    cues = _cues()
    sets = (cues["official_heads"], cues["company_suffix_ends"], _CAPITAL_ARTICLES, {","})
    table: dict[str, list[int]] = {}
    for k, keys in enumerate(sets):
        for w in keys:
            table.setdefault(w, []).append(k)
    return {w: tuple(ks) for w, ks in table.items()}


def _text_starts(tokens: Sequence[Token]) -> list[list[int]]:
    """The indices of the tokens whose text is an official head, a company suffix's end, a
    capitalised article or a comma (four ascending lists), in one pass over the tokens."""
    get = _text_table().get
    lists: list[list[int]] = [[], [], [], []]
    for i, t in enumerate(tokens):
        ks = get(t.text)
        if ks is not None:
            for k in ks:
                lists[k].append(i)
    return lists


#: Tokens that end the complement of a title before its apposition ("," is the one that
#: opens it).
_APPOSITION_STOPS = frozenset({",", ";", ":", "(", ")", "«", "»", '"', "."})

_NAME_LABELS = frozenset({"PERSON", "ORG", "LOC", "WEAPON"})


def _is_designation(tok: Token) -> bool:
    """'FA-50', 'Su-35', 'K9', 'Club-S', 'Mk2/A', 'OPV': capitals with digits, a hyphen or
    nothing else."""
    t = tok.text
    if tok.kind not in ("word", "number") or not any(c.isupper() for c in t):
        return False
    return any(c.isdigit() for c in t) or "-" in t or "/" in t or (t.isupper() and len(t) >= 2)


def _whole_words(text: str, form: str) -> Iterator[tuple[int, int]]:
    """Spans of ``form`` in ``text`` as a whole word (no letter or digit glued to either
    side, no hyphen joining it to another word): ``str.find``, no regex to compile per form
    (forms are names, new in every text)."""
    n = len(form)
    i = text.find(form)
    while i >= 0:
        e = i + n
        if not (i and (text[i - 1].isalnum() or (text[i - 1] in "-\u2010\u2011" and i > 1
                                                  and text[i - 2].isalpha()))) \
                and not (e < len(text) and (text[e].isalnum() or (
                    text[e] in "-\u2010\u2011" and e + 1 < len(text) and text[e + 1].isalpha()))):
            yield i, e  # "camp Ouezzin-Coulibaly" holds no mention of a Coulibaly
        i = text.find(form, i + 1)


#: "QX-214", "KT-B", "Su-35", "AH-64E": one to four letters (capitals, lower case after the
#: first), a hyphen, then digits and capitals, or one capital ("NAVFOR-AF" is no designation).
_HYPHEN_DESIGNATION = LazyPattern(r"\p{Lu}[\p{Lu}\p{Ll}]{0,3}-(?:\d{1,4}\p{Lu}{0,4}|\p{Lu})")

_ROMAN = LazyPattern(r"[IVXLC]+")

_ORDINAL = regex.compile(r"\d{1,3}(?:e|er|re|ème|eme)")
# "Escadron de chasse 2/30 Normandie-Niémen": an air force squadron's number
_SQUADRON_NUMBER = regex.compile(r"\d{1,2}/\d{1,3}")


def _acronym_start(folded: Sequence[str], paren: int, lo: int, acro: str,
                   optional: frozenset[str]) -> int | None:
    """Index of the first of the words before ``folded[paren]`` whose initials spell
    ``acro`` (folded), each word giving its initial unless it is ``optional``, which may give
    it or not; ``None`` when no span of at most 12 words does."""
    words: list[int] = []
    j = paren - 1
    while j >= lo and len(words) < 12 and folded[j][:1].isalnum():
        words.append(j)
        j -= 1
    words.reverse()  # candidate words, in text order, ending right before the bracket
    for k in range(len(words)):  # try the longest span first
        span = [folded[w] for w in words[k:]]
        if span[0] in optional or not _spells(span, acro, optional):
            continue
        return words[k]
    return None


def _spells(span: Sequence[str], acro: str, optional: frozenset[str]) -> bool:
    """Do the initials of ``span`` spell ``acro``, optional words giving theirs or not?"""
    @functools.cache
    def go(w: int, a: int) -> bool:
        if w == len(span):
            return a == len(acro)
        word = span[w].rstrip("'")
        if a < len(acro) and word[:1] == acro[a] and go(w + 1, a + 1):
            return True
        return span[w] in optional and go(w + 1, a)
    return go(0, 0)


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return tok.kind == "word" and t[:1].isupper() and not t.isupper() or (
        tok.kind == "word" and t.isupper() and len(t) >= 2 and t.isalpha()
    )


#: the labels of the entities whose short forms are names too (see ``_short_forms``)
_SHORT_FORM_LABELS = frozenset({"WEAPON", "PERSON", "ORG", "LOC"})


class ContextTagger:
    """Find PERSON/ORG candidates from titles, appositions, organisation heads and short forms.

    >>> from frdefnlp.tokenizer import tokenize
    >>> text = "Le général de brigade Ran Kochav a parlé. Kochav a ajouté un mot."
    >>> toks, sents = tokenize(text)
    >>> [(e.text, e.label, e.source) for e in ContextTagger().find(text, toks, sents, [])]
    [('Ran Kochav', 'PERSON', 'context'), ('Kochav', 'PERSON', 'alias')]
    """

    def __init__(self, *, titles: bool = True, organisations: bool = True, short_forms: bool = True,
                 places: bool = True, weapons: bool = True, acronyms: bool = True,
                 units: bool = True, guess: bool = True, max_name_tokens: int = 4) -> None:
        self.titles = titles
        self.places = places
        self.weapons = weapons
        self.acronyms = acronyms
        self.units = units
        self.guess = guess
        self.organisations = organisations
        self.short_forms = short_forms
        self.max_name_tokens = max_name_tokens

    # -- helpers ---------------------------------------------------------------------------

    def _name_at(self, text: str, tokens: Sequence[Token], folded: Sequence[str], i: int,
                 end: int) -> int:
        """Index after the capitalised name starting at token ``i`` (``i`` when none)."""
        cues = _cues()
        j, words = i, 0
        while j < end and words < self.max_name_tokens:
            tok = tokens[j]
            if _is_cap(tok) and tok.text not in cues["not_names"]:
                j += 1
                words += 1
                continue
            if glued_initial(tokens, j):  # "N'Dri"
                j += 1
                continue
            # a particle inside a name ("Abdellatif El Farouk", "Mohamed ben Salmane")
            if (words and fold(tok.text) in cues["particles"] and j + 1 < end
                    and _is_cap(tokens[j + 1]) and tokens[j + 1].text not in cues["not_names"]):
                j += 1
                continue
            # "Tamer al-Refaie": a particle glued to the family name
            if words and _PARTICLE_NAME.fullmatch(tok.text):
                j += 1
                words += 1
                continue
            # a hyphen or initial inside a name ("P. A", "Jean-Yves")
            if words and tok.text == "." and tokens[j - 1].end == tok.start and len(tokens[j - 1].text) == 1:
                j += 1
                continue
            break
        while j > i and folded[j - 1] in cues["particles"]:
            j -= 1
        return j

    def _title_end(self, folded: Sequence[str], i: int, end: int) -> int:
        """Index after a title starting at token ``i`` (``i`` when none)."""
        if i >= end:
            return i
        for title in _cues()["titles_by_first"].get(folded[i], ()):
            n = len(title)
            if i + n <= end and tuple(folded[i:i + n]) == title:
                return i + n
        return i

    # -- the cues --------------------------------------------------------------------------

    def _persons_after_titles(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                              sent: Sentence, out: list[Entity],
                              skip: dict[int, int] | None = None,
                              at: Sequence[int] | None = None) -> None:
        """``skip`` maps the first token of a known ORG/LOC name or nationality adjective to the
        index after it: such a span may stand between a title and the name ("le président
        serbe Aleksandar Vučić", "le PDG de Dassault Aviation, Éric Trappier")."""
        cues = _cues()
        skip = skip or {}
        at = _starts(folded, cues["titles_by_first"]) if at is None else at
        i = sent.token_start
        while i < sent.token_end:
            c = bisect_left(at, i)  # the next token that can start a title
            if c == len(at) or at[c] >= sent.token_end:
                return
            i = at[c]
            t_end = self._title_end(folded, i, sent.token_end)
            if t_end > i and i > sent.token_start and tokens[i - 1].text in cues["official_heads"]:
                t_end = i  # "la Direction générale X": an adjective of a body's name, no title
            if t_end > i and tokens[i].text[:1].isupper() and _named_after(folded, i, sent.token_start):
                t_end = i  # "le camp Général X", "l'avenue du Général Y": named after a person
            if t_end == i:
                i += 1
                continue
            title_start = tokens[i].start
            j = t_end
            # modifiers between the title and the name, at most 8 tokens
            steps = 0
            while j < sent.token_end and steps < 8:
                f = folded[j]
                if f in cues["modifiers"] or f in cues["title_words"] or (
                    tokens[j].kind == "word" and tokens[j].text.islower() and f.endswith(("ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise", "in", "ine", "ique"))
                ):
                    j += 1
                    steps += 1
                    continue
                if tokens[j].text == ",":
                    j += 1
                    steps += 1
                    continue
                if j in skip and skip[j] <= sent.token_end:
                    j = skip[j]
                    steps += 1
                    continue
                break
            k = self._name_at(text, tokens, folded, j, sent.token_end)
            if j > t_end and folded[j - 1] in ("au", "aux", "à", "a"):
                k = j  # "l'ambassadeur de France au Grand Sérail": a place, not the name
            j = _after_service_word(tokens, folded, j, k)
            single_ok = folded[t_end - 1] in {"m.", "mme", "mlle", "dr", "gal", "pr"} or j == t_end
            if k > j and (k - j >= 2 or single_ok) and not _has_org_word(folded, j, k):
                s, e = tokens[j].start, tokens[k - 1].end
                role = text[title_start:tokens[j - 1].end].rstrip(" ,")
                out.append(Entity(s, e, text[s:e], "PERSON", kind="person", source="context",
                                  attrs={"role": role, "cue": "title"}, confidence=0.7))
                i = k
                continue
            # "Le PDG du groupe israélien, Bezhalel Machlis, espère ...": the title's
            # complement runs on to a comma; a name of two words or more closed by a comma or
            # the end of the sentence follows it
            x = next((x for x in range(j, min(sent.token_end, j + 10))
                      if tokens[x].text in _APPOSITION_STOPS), None)
            if x is not None and tokens[x].text == "," and x + 1 not in skip:
                k = self._name_at(text, tokens, folded, x + 1, sent.token_end)
                closed = k == sent.token_end or tokens[k].text in {",", ".", ")"}
                if k - (x + 1) >= 2 and closed:
                    s, e = tokens[x + 1].start, tokens[k - 1].end
                    role = text[title_start:tokens[x - 1].end]
                    out.append(Entity(s, e, text[s:e], "PERSON", kind="person",
                                      source="context", confidence=0.6,
                                      attrs={"role": role, "cue": "title_apposition"}))
                    i = k
                    continue
            i = t_end

    def _persons_before_appositions(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                                    sent: Sentence,
                                    out: list[Entity], at: Sequence[int] | None = None) -> None:
        cues = _cues()
        at = [i for i, t in enumerate(tokens) if t.text == ","] if at is None else at
        for c in range(bisect_left(at, sent.token_start), len(at)):
            i = at[c]
            if i >= sent.token_end - 1:
                break
            j = i + 1
            if j < sent.token_end and folded[j] in {"le", "la", "l'"}:
                j += 1
            t_end = self._title_end(folded, j, sent.token_end)
            if t_end == j or folded[j] in {"m.", "mme", "mlle", "dr"}:
                continue
            # walk back over the name before the comma
            k = i
            while k > sent.token_start and (_is_cap(tokens[k - 1]) or folded[k - 1] in cues["particles"]):
                k -= 1
            while k < i and (not _is_cap(tokens[k]) or tokens[k].text in cues["not_names"]):
                k += 1
            k = _after_service_word(tokens, folded, k, i)
            # "Réponse de Rachid X, directeur": a word no name list knows, then de, opens no name
            while k + 3 <= i and folded[k + 1] in ("de", "d'") and _is_cap(tokens[k + 2]) \
                    and not _town_flags(tokens[k].text):
                k += 2
            if i - k >= 2 and not _has_org_word(folded, k, i) and all(tokens[x].text not in cues["not_names"] for x in range(k, i)):
                s, e = tokens[k].start, tokens[i - 1].end
                role_end = tokens[t_end - 1].end
                out.append(Entity(s, e, text[s:e], "PERSON", kind="person", source="context",
                                  attrs={"role": text[tokens[j].start:role_end], "cue": "apposition"},
                                  confidence=0.7))

    def _organisations(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                       sent: Sentence, out: list[Entity],
                       skip: dict[int, int] | None = None,
                       at: Sequence[int] | None = None) -> None:
        """"la société Sentrycs", "l'agence indienne ANI", "le ministère finlandais de la
        Défense": a head word, adjectives (known nationality adjectives or ``org_modifiers``),
        then the name. Heads in ``org_heads_included`` are part of the name. A known name
        glued before capitalised words is the front of the name ("la coentreprise Sahel
        Câbles Services": the place is part of the company's name)."""
        cues = _cues()
        heads, included, mods = cues["org_heads"], cues["org_heads_included"], cues["org_modifiers"]
        endings = cues["org_modifier_endings"]
        skip = skip or {}
        end = sent.token_end
        at = _starts(folded, cues["org_head_words"]) if at is None else at
        for c in range(bisect_left(at, sent.token_start), len(at)):
            i = at[c]
            if i >= end - 1:
                break
            f = folded[i]
            kind = heads.get(f) or included.get(f)
            if kind is None:
                continue
            j = i + 1
            lead = -1  # a known name that starts the unknown one
            shaped = 0  # adjectives known only by their ending ("dakaroise", "vendéen")
            while j < end:  # adjectives between the head and the name
                if j in skip and skip[j] <= end and skip[j] - j <= 2:
                    if (f not in included and skip[j] < end and tokens[j].text[:1].isupper()
                            and _is_cap(tokens[skip[j]]) and tokens[skip[j]].text not in cues["not_names"]):
                        lead, j = j, skip[j]  # "la coentreprise Sahel Câbles Services"
                        break
                    j = skip[j]
                elif folded[j] in mods:
                    j += 1
                elif (shaped < 2 and f not in included and tokens[j].text.islower()
                      and tokens[j].kind == "word" and folded[j].endswith(endings)):
                    j += 1  # "la société dakaroise X", "le constructeur vendéen X"
                    shaped += 1
                else:
                    break
            if f in included:
                k = self._domain_end(tokens, folded, j, end)
                if k == j:
                    continue
                if f in cues["heads_a_folded"]:  # "secrétariat d'État à la politique de sécurité"
                    k = _a_complement(tokens, folded, k, end, cues["official_stops"])
                k = _country_complement(tokens, folded, k, end, skip)
                s, e = tokens[i].start, tokens[k - 1].end
            elif j < end and tokens[j].text in {"«", '"', "“"}:
                close = next((x for x in range(j + 1, min(end, j + 12))
                              if tokens[x].text in {"»", '"', "”"}), None)
                if close is None or close == j + 1:
                    continue
                s, e = tokens[j + 1].start, tokens[close - 1].end
            else:
                k = self._name_at(text, tokens, folded, j, end)
                # "le chantier PT PAL de Surabaya": a particle before a known place ends it
                k = next((x for x in range(j + 1, k)
                          if folded[x] in cues["particles"] and x + 1 in skip), k)
                if k == j:
                    continue
                if (f in cues["org_heads_person_too"] and k - j >= 2 and lead < 0
                        and _is_given(tokens[j].text)):
                    continue  # "l'industriel Gautam Adani": a businessman, not a company
                if (kind == "media" and k + 1 < end and folded[k] in ("du", "de", "d'")
                        and _is_cap(tokens[k + 1]) and tokens[k + 1].text not in cues["not_names"]):
                    k = skip.get(k + 1, k + 2)  # "le site Journal du Cameroun", "la Voix de X"
                s, e = tokens[j if lead < 0 else lead].start, tokens[k - 1].end
                if j == i + 1 and lead < 0 and tokens[i].text[:1].isupper() and f != "chez":
                    s = tokens[i].start  # "à Chantier Davie", "selon Radio Okapi": a capital
                    # head right before the name is its first word
            out.append(Entity(s, e, text[s:e], "ORG", kind=kind, source="context",
                              attrs={"cue": f}, confidence=0.6))

    @staticmethod
    def _domain_end(tokens: Sequence[Token], folded: Sequence[str], j: int, end: int) -> int:
        """After "ministère": "de la Défense", "des Affaires étrangères", "de l'Intérieur" ...
        Index after the domain (``j`` when there is none): a particle, capitalised words, and
        lower-case words of ``domain_tail`` ("étrangères"); "et de la X" continues it."""
        cues = _cues()
        k = j
        while True:
            p = k
            if p < end and folded[p] in {"de", "d'"}:
                p += 1
                if p < end and folded[p] in {"la", "l'"}:
                    p += 1
            elif p < end and folded[p] in {"du", "des"}:
                p += 1
            else:
                return k
            q = p
            while q < end and tokens[q].kind == "word" and tokens[q].text[:1].isupper():
                q += 1
            if q == p:
                return k
            while q < end and (folded[q] in cues["domain_tail"] or _domain_adjective(tokens[q], folded[q])):
                q += 1  # "de la Production militaire", "des Affaires étrangères"
            k = q
            if k + 1 < end and folded[k] == "et" and folded[k + 1] in {"de", "du", "des", "d'"}:
                k2 = ContextTagger._domain_end(tokens, folded, k + 1, end)
                return k2 if k2 > k + 1 else k
            return k

    def _places(self, text: str, tokens: Sequence[Token], folded: Sequence[str], sent: Sentence,
                out: list[Entity], at: Sequence[int] | None = None) -> None:
        """A capitalised name after a place cue ("basés à Oum Bouaghi", "l'usine de Mérignac",
        "la base aérienne de Sidi Slimane") is a LOC (kind other: the cue does not say which)."""
        places = _cues()["places"]
        at = _starts(folded, places) if at is None else at
        i, end = sent.token_start, sent.token_end
        while i < end:
            c = bisect_left(at, i)  # the next token that can start a place cue
            if c == len(at) or at[c] >= end:
                return
            i = at[c]
            k = i
            for cue in places.get(folded[i], ()):
                n = len(cue)
                if i + n < end and tuple(folded[i:i + n]) == cue:
                    k = i + n
                    break
            if k == i:
                i += 1
                continue
            m = self._name_at(text, tokens, folded, k, end)
            if m > k:
                s, e = tokens[k].start, tokens[m - 1].end
                out.append(Entity(s, e, text[s:e], "LOC", kind="other", source="context",
                                  attrs={"cue": " ".join(folded[i:k])}, confidence=0.6))
                i = m
            else:
                i = k

    def _place_lists(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                     sentences: Sequence[Sentence], known: Sequence[Entity],
                     out: list[Entity]) -> None:
        """"les villes de Kaya, Tenkodogo et Diébougou": after a place, names joined by
        commas and closed by et/ou + a name are places too (each a LOC, ``attrs["listed_after"]``);
        a list not closed that way is left alone ("à Rabat, Karim X a dit")."""
        not_names = _cues()["not_names"]
        taken: SpanIndex | None = None
        starts = [t.start for t in tokens]
        firsts = [x.token_start for x in sentences]
        places = sorted((e for e in (*known, *out) if e.label == "LOC"
                         and e.attrs.get("alias_type") not in ("adjective", "description")),
                        key=lambda e: e.start)
        for p in places:
            k = bisect_left(starts, p.end)
            if k >= len(tokens) or tokens[k].text != "," or k == 0 or tokens[k - 1].end != p.end:
                continue
            end = sentences[bisect_right(firsts, k) - 1].token_end
            items: list[tuple[int, int]] = []
            closed = False
            while k + 1 < end and tokens[k].text in (",", "et", "ou"):
                last = tokens[k].text != ","
                a = b = k + 1
                while b < end and b - a < 3 and _is_cap(tokens[b]) and tokens[b].text not in not_names:
                    b += 1
                if b == a:
                    break
                items.append((a, b))
                k = b
                if last:
                    closed = b >= end or tokens[b].text in _APPOSITION_STOPS
                    break
            if not closed or len(items) < 2:
                continue
            if taken is None:
                taken = SpanIndex((e.start, e.end) for e in (*known, *out)
                                  if e.label in _NAME_LABELS and e.attrs.get("alias_type") != "adjective")
            for a, b in items:
                s, e = tokens[a].start, tokens[b - 1].end
                if taken.overlaps(s, e):
                    continue
                out.append(Entity(s, e, text[s:e], "LOC", kind="other", source="context",
                                  attrs={"cue": "place_list", "listed_after": p.text},
                                  confidence=0.6))

    def _sites(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
               known: Sequence[Entity], out: list[Entity]) -> None:
        """"Casablanca Finance City", "Kénitra Atlantic Free Zone": a known town followed by
        capitalised words that end with a site's word (``place_suffixes``) is one place (LOC,
        the longer name wins in the resolver)."""
        cues = _cues()
        sufs, not_names = cues["place_suffixes"], cues["not_names"]
        starts = [t.start for t in tokens]
        firsts = [x.token_start for x in sentences]
        for p in known:
            if p.label != "LOC" or p.attrs.get("alias_type") in ("adjective", "description"):
                continue
            k = bisect_left(starts, p.end)
            if k >= len(tokens) or k == 0 or tokens[k - 1].end != p.end:
                continue
            end = sentences[bisect_right(firsts, k - 1) - 1].token_end
            j = k
            while j < end and j - k < 4 and _is_cap(tokens[j]) and tokens[j].text not in not_names:
                j += 1
                if tokens[j - 1].text in sufs:
                    s, e = p.start, tokens[j - 1].end
                    out.append(Entity(s, e, text[s:e], "LOC", kind="other", source="context",
                                      attrs={"cue": "site"}, confidence=0.6))
                    break

    def _regions_in_brackets(self, text: str, tokens: Sequence[Token], known: Sequence[Entity],
                             out: list[Entity]) -> None:
        """"le chantier de Lorient (Morbihan)": a capitalised word in brackets right after a
        place, listed as a town or region in ``people.txt``, is a place."""
        brackets = [i for i in range(1, len(tokens) - 2)
                    if tokens[i].text == "(" and tokens[i + 2].text == ")"]
        if not brackets:
            return
        people = load_people()  # read only when a text has brackets (first call: 18 ms)
        taken = SpanIndex((e.start, e.end) for e in (*known, *out) if e.label in _NAME_LABELS)
        ends = {e.end for e in (*known, *out) if e.label == "LOC"
                and e.attrs.get("alias_type") not in ("adjective", "description")}
        for i in brackets:
            if tokens[i - 1].end not in ends:
                continue
            t = tokens[i + 1]
            if (t.kind == "word" and t.text[:1].isupper() and not t.text.isupper()
                    and "p" in people.get(fold(t.text), "") and not taken.overlaps(t.start, t.end)):
                out.append(Entity(t.start, t.end, t.text, "LOC", kind="other", source="context",
                                  attrs={"cue": "region_in_brackets"}, confidence=0.6))

    def _acronyms(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                  sentences: Sequence[Sentence], known: Sequence[Entity], out: list[Entity]) -> None:
        """"un forum organisé par la FNPB", "selon le ZORTEC": an unlisted acronym (three to
        six capitals, no digit) after le/la/l'/du/au names a body (ORG, kind other), unless
        it is a common noun's (``generic_acronyms``: "le PIB", "deux drones MALE") or a Roman
        numeral; names already found are left alone."""
        cues = _cues()
        generic, not_names = cues["generic_acronyms"], cues["not_names"]
        firsts = {x.token_start for x in sentences}
        # (the cheapest test first: few tokens are all capitals)
        found = [i for i, t in enumerate(tokens)
                 if t.text.isupper() and 3 <= len(t.text) <= 6 and t.text.isalpha() and i > 0
                 and folded[i - 1] in ("le", "la", "l'", "du", "au") and i not in firsts
                 and t.text not in generic and t.text not in not_names
                 and not _ROMAN.fullmatch(t.text)]
        if not found:
            return
        taken = SpanIndex((e.start, e.end) for e in (*known, *out))
        for i in found:
            t = tokens[i]
            w = t.text
            if not taken.overlaps(t.start, t.end):
                out.append(Entity(t.start, t.end, w, "ORG", kind="other", source="context",
                                  attrs={"cue": "acronym_alone"}, confidence=0.5))

    def _streets(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                 sentences: Sequence[Sentence], known: Sequence[Entity], out: list[Entity]) -> None:
        """"l'avenue Habib Bourguiba", "la place des Martyrs", "l'avenue Charles de Gaulle": a
        street word (``street_heads``) before capitalised words (after de/des/du/de la or not;
        name particles between them, :func:`_place_name_end`) names a street or a square (LOC,
        ``attrs["street"]``, the head included)."""
        cues = _cues()
        heads, not_names = cues["street_heads"], cues["not_names"]
        firsts = [x.token_start for x in sentences]
        places = frozenset(e.start for e in (*known, *out) if e.label == "LOC")
        for i in [i for i, f in enumerate(folded) if f in heads]:
            end = sentences[bisect_right(firsts, i) - 1].token_end
            if folded[i] == "place" and (i == 0 or folded[i - 1] not in ("la", "sur", "de", "a", "l'")):
                continue  # "la mise en place des Forces"
            j = i + 1
            if j < end and folded[j] in ("de", "des", "du", "d'"):
                j += 1
                if j < end and folded[j] in ("la", "l'"):
                    j += 1
            k = _place_name_end(tokens, folded, j, end, not_names, places)
            if k == j:
                continue
            # "rue Larbi Ben M'hidi": a capital and an apostrophe glued to a lower-case word
            if k + 1 < end and len(tokens[k].text) == 2 and tokens[k].text[0].isupper() \
                    and tokens[k].text[1] in "'\u2019" and tokens[k + 1].start == tokens[k].end \
                    and tokens[k + 1].kind == "word":
                k += 2
            s, e = tokens[i].start, tokens[k - 1].end
            out.append(Entity(s, e, text[s:e], "LOC", kind="other", source="context",
                              attrs={"cue": folded[i], "street": True}, confidence=0.6))

    def _weapons(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                 sent: Sentence, out: list[Entity], skip: dict[int, int],
                 named: dict[int, Entity], at: Sequence[int],
                 systems: tuple[list[Entity], list[int]]) -> None:
        """"les drones Drishti-10 Starliner", "la frégate Al-Galala", "des avions de chasse
        FA-50 Block 20": a capitalised name or a designation after a generic equipment word
        (``weapon_heads``, with ``weapon_modifiers`` or nationality adjectives between them)
        is a WEAPON. ``named`` maps the first token of a known name (person, organisation,
        place) to it: such a name is never taken for a system ("l'avion de Benny Gantz"); a
        known system inside the span lends its id ("missiles FIM-92K Stinger"): ``systems``
        holds the known systems sorted by start, and their starts."""
        cues = _cues()
        mods, not_names, ships = cues["weapon_modifiers"], cues["not_names"], cues["ship_heads"]
        generic = cues["generic_acronyms"]
        w_named, w_starts = systems
        end = sent.token_end
        for c in range(bisect_left(at, sent.token_start), len(at)):
            i = at[c]
            if i >= end - 1:
                break
            j, last_mod = i + 1, None
            while j < end:
                if folded[j] in mods:
                    last_mod = folded[j]
                    j += 1
                elif j in skip and j not in named and skip[j] - j <= 2:  # an adjective
                    last_mod = None
                    j = skip[j]
                else:
                    break
            ship = folded[i] in ships
            if j >= end or last_mod in ("de", "d'", "a"):  # folded "à"
                continue  # "le patrouilleur à Dakar": a place, no name
            quoted = j + 2 < end and tokens[j].text in _QUOTES_OPEN  # "le patrouilleur « X »"
            if quoted:
                j += 1
            if j in named and named[j].label != "WEAPON" and not (
                    ship and named[j].label in ("PERSON", "LOC")):
                continue
            first = tokens[j]
            article = ship and first.text in _SHIP_ARTICLES and j + 2 < end and (
                _is_cap(tokens[j + 1]) and tokens[j + 1].text not in not_names)
            if not article and (first.text in not_names or not (
                    _is_cap(first) or _is_designation(first)) or (
                    first.text in generic and not (j + 1 < end and tokens[j + 1].kind == "number"))):
                continue  # "deux drones MALE": a category's acronym ("OPV 62" is a type's name)
            k = j + 1
            within = named[j].end if j in named else -1  # a ship named after a person
            while k < end and k - j < self.max_name_tokens and (
                    k not in named or named[k].label == "WEAPON" or tokens[k].start < within
                    or (ship and named[k].label in ("PERSON", "LOC") and k > j)):
                tok = tokens[k]
                if tokens[k - 1].end == tok.start and tok.text in "-/":
                    break  # "Su-35/Su-57" lists: the tokenizer keeps designations whole
                if (_is_cap(tok) and tok.text not in not_names) or _is_designation(tok) or (
                        tok.kind == "number" and tok.text.isdigit() and len(tok.text) <= 4) or (
                        len(tok.text) == 1 and tok.text.isupper()):
                    k += 1
                    continue
                if quoted and folded[k] in cues["particles"] and k + 1 < end and _is_cap(tokens[k + 1]):
                    k += 1  # "le patrouilleur « NRP Rio de Janeiro »": a particle inside quotes
                    continue
                break
            # "WhAP 8×8", "Sherpa 4x4": a wheel formula glued to the name is part of it
            if k < end and _WHEELS.fullmatch(tokens[k].text) and tokens[k - 1].end < tokens[k].start:
                k += 1
            elif (k + 1 < end and tokens[k].text in ("×", "x") and tokens[k - 1].text.isdigit()
                  and tokens[k + 1].text.isdigit() and tokens[k - 1].end == tokens[k].start
                  and tokens[k].end == tokens[k + 1].start):
                k += 2
            if quoted and (k >= end or tokens[k].text not in _QUOTES_CLOSE):
                continue  # an opened quote must close right after the name
            s, e = tokens[j].start, tokens[k - 1].end
            if text[e - 1] == "." and e - s > 2:
                e -= 1  # "les blindés Piranha V.": the sentence's full stop is no part of it
            if k == j + 1 and folded[j] in cues["title_words"] and not (j in named or quoted):
                continue  # "le « Drone General »": a title alone is no system's name
            lo, hi = bisect_left(w_starts, s), bisect_left(w_starts, e)
            inner = [x for x in w_named[lo:hi] if x.end <= e]
            kw: dict[str, Any] = {}
            if len({x.id for x in inner}) == 1 and inner[0].id:
                kw = {"kind": inner[0].kind, "canonical": inner[0].canonical, "id": inner[0].id}
            if ship and not kw:
                kw = {"kind": "naval"}
            attrs: dict[str, Any] = {"cue": folded[i]}
            if j in named and named[j].label in ("PERSON", "LOC"):
                attrs["named_after"] = named[j].id  # "porte-hélicoptères Gamal Abdel Nasser"
            out.append(Entity(s, e, text[s:e], "WEAPON", kind=kw.get("kind", "other"),
                              canonical=kw.get("canonical"), id=kw.get("id"), source="context",
                              attrs=attrs, confidence=0.6))
            plural = i > 0 and (folded[i - 1] in _PLURAL_DETERMINERS or tokens[i - 1].kind == "number")
            if ship and plural and not quoted:  # "les porte-hélicoptères X et Y": a list
                self._more_ships(text, tokens, folded, k, end, named, folded[i], out)

    def _more_ships(self, text: str, tokens: Sequence[Token], folded: Sequence[str], k: int,
                    end: int, named: dict[int, Entity], cue: str, out: list[Entity]) -> None:
        """The names joined by "," or "et" to a ship's name after a ship's word ("les
        frégates X, Y et Z"), each of capitalised words; a known organisation or system stops
        the list (a known person or place is a ship named after them)."""
        not_names = _cues()["not_names"]
        while k + 1 < end and folded[k] in (",", "et"):
            a = k + 1
            if a in named and named[a].label not in ("PERSON", "LOC"):
                return
            b = a
            if tokens[a].text in _SHIP_ARTICLES and a + 1 < end and _is_cap(tokens[a + 1]):
                b += 1  # "les patrouilleurs Le Malin, La Combattante et L'Audacieux"
            while (b < end and b - a < self.max_name_tokens and _is_cap(tokens[b])
                   and tokens[b].text not in not_names):
                b += 1
            if b == a:
                return
            s, e = tokens[a].start, tokens[b - 1].end
            attrs: dict[str, Any] = {"cue": cue, "listed_after": True}
            if a in named:
                attrs["named_after"] = named[a].id
            out.append(Entity(s, e, text[s:e], "WEAPON", kind="naval", source="context",
                              attrs=attrs, confidence=0.6))
            k = b

    def _official_names(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                        sentences: Sequence[Sentence], known: Sequence[Entity],
                        skip: dict[int, int], out: list[Entity],
                        at: Sequence[int] | None = None) -> None:
        """"l'Office fédéral de l'armement", "le Conseil des ministres", "la Marine
        sénégalaise", "la Composante Terre", "le Secteur opérationnel sud de X": a capitalised
        head (``official_heads``) starts the official name of a body (ORG, the head's kind),
        which runs on over adjectives (``official_adjectives``, lower-case words with an
        adjective's ending, known nationality adjectives unless a capitalised word came before
        them: "Composante Terre belge"), capitalised words, and
        complements (de/du/des/d'/pour, or Spanish "del", + article + a word or a known place or
        body; four at most: "Tercio Gran Capitán de la Legión"). A head
        alone names a body only when it is in ``official_alone`` and not first in its
        sentence ("le Parlement"). Heads inside a known name are left to it."""
        cues = _cues()
        heads, alone, adjs = cues["official_heads"], cues["official_alone"], cues["official_adjectives"]
        stops, not_names, limit = cues["official_stops"], cues["not_names"], cues["official_max"]
        caps = cues["unit_capitals"]
        complement_caps = cues["official_complement_capitals"]
        need_lower = cues["official_heads_need_lower"]
        heads_a = cues["official_heads_a"]
        foreign = cues["official_heads_foreign"]
        site_heads = cues["official_site_heads"]
        town_outside = cues["official_heads_town_outside"]
        at = [i for i, t in enumerate(tokens) if t.text in heads] if at is None else at
        if not at:
            return  # no head: nothing to index
        places_at = {e.start for e in known if e.label == "LOC"}
        # a known name over the head alone ("Marine") does not stop a longer official name
        covered = SpanIndex((e.start, e.end) for e in (*known, *out)
                            if (e.label in _NAME_LABELS or e.label in ("DATE", "MONEY"))
                            and " " in e.text)
        adjective_at = {e.start for e in known if e.attrs.get("alias_type") == "adjective"}
        persons = SpanIndex((e.start, e.end) for e in (*known, *out) if e.label == "PERSON")
        firsts = [x.token_start for x in sentences]
        for i in at:
            tok = tokens[i]
            if covered.overlaps(tok.start, tok.end) or (i in skip and skip[i] > i + 1):
                continue
            sent = sentences[bisect_right(firsts, i) - 1]
            if _after_minister(tokens, folded, i, sent.token_start):
                continue  # "le ministre malien des Forces armées": a role's domain
            if folded[i] in ("etat-major", "etat-majors") and i - 2 >= sent.token_start \
                    and folded[i - 1] in ("d'", "de") and folded[i - 2] in ("chef", "sous-chef", "chefs"):
                continue  # "Chef d'État-major général des FAR": a title, the body inside it is listed
            end = sent.token_end
            if tok.text in need_lower and not (i + 1 < end and tokens[i + 1].text.islower()):
                continue  # "le Port autonome de X" is a body, "Port Harcourt" a town
            k, last, hops, named = i + 1, i + 1, 0, False
            named_after = tok.text in cues["official_named_after"]  # "Université Cheikh Omar Bâ"
            while k < end and k - i < limit:
                t, f = tokens[k], folded[k]
                if k in skip and t.start in adjective_at:
                    if named or tok.text in foreign or (
                            k == i + 1 and tok.text in cues["official_heads_demonym_outside"]):
                        # "Composante Terre belge", "l'Armada espagnole", "le Sénat burundais":
                        break  # the name is written, the French adjective describes
                    k = last = skip[k]
                elif t.kind == "number" and hops and _SQUADRON_NUMBER.fullmatch(t.text):
                    # "Escadron de transport 3/61 Poitou": the number, then the unit's own name
                    k = last = k + 1
                    if k < end and tokens[k].kind == "word" and tokens[k].text[:1].isupper() \
                            and tokens[k].text not in not_names:
                        k = last = skip.get(k, k + 1)
                    break
                elif (f in ("a", "au", "aux") and tok.text in heads_a and hops < 4 and k + 1 < end
                      and t.text != "a"):
                    # "Secrétariat d'État à la politique de sécurité", "Haut-Commissariat aux
                    # réfugiés": these heads take an à-complement, a lower-case noun
                    j = k + 1
                    if j < end and folded[j] in ("la", "l'") and f == "a":
                        j += 1
                    if j < end and tokens[j].kind == "word" and tokens[j].text.islower() \
                            and len(tokens[j].text) > 2 and folded[j] not in stops:
                        k = last = j + 1
                        hops += 1
                    else:
                        break
                elif (t.text == "," and hops and hops < 4 and k + 1 < end
                      and folded[k + 1] in ("de", "d'", "du", "des")
                      and _lower_list_closed(tokens, folded, k + 1, end)):
                    k += 1  # "Département fédéral de l'économie, de la formation et de la
                    # recherche": a list of lower-case domains closed by "et de"
                elif (t.text == "," and k > i + 1 and k + 3 < end
                      and _official_adjective(tokens[k - 1], folded[k - 1], adjs)
                      and _adjective_list_closed(tokens, folded, k + 1, end, adjs)):
                    # "Conseil économique, social et environnemental"
                    k = last = _adjective_list_closed(tokens, folded, k + 1, end, adjs)
                elif t.kind != "word" or f in stops:
                    break
                elif t.text in adjs or (t.text.islower() and f.endswith(_ADJ_ENDINGS)) or (
                        k == i + 1 and t.text[:1].isupper() and t.text.lower() in adjs) or (
                        hops and t.text.islower() and f.endswith(cues["official_adjective_endings"])):
                    k += 1  # after a complement also "des affaires étrangères", "extérieure";
                    # right after the head a capitalised one too ("l'État-Major Général des X")
                    last = k
                elif (hops == 0 and t.text in cues["official_participles"] and k + 1 < end
                      and folded[k + 1] in ("de", "d'", "du", "des")
                      and i > sent.token_start and tokens[i - 1].text in cues["official_prefixes"]):
                    k += 1  # "Haute Autorité chargée de la coordination de ...": its full name
                elif (t.text[:1].isupper() and (t.text not in not_names or t.text in caps)
                      and k not in skip and (named_after or not persons.overlaps(t.start, t.end))
                      and (named_after or not (_is_given(t.text) and k + 1 < end
                                               and tokens[k + 1].text[:1].isupper()))):
                    k += 1
                    last = k
                    named = True
                elif f in ("de", "d'", "du", "des", "pour", "del") and hops < 4:
                    j = k + 1
                    if j < end and folded[j] in ("la", "l'", "le", "les"):
                        j += 1
                    if j >= end:
                        break
                    w = tokens[j]
                    if named_after and named and tok.text != "Université" and (
                            j in skip or (tokens[j].text[:1].isupper() and _place_after_de(tokens[j].text))):
                        # "la Fondation X Y de Yamoussoukro": where it is, not its name (a
                        # university's town is: "Université Cheikh Anta Diop de Dakar")
                        break
                    if j in skip:  # a known place or body: the name ends with it
                        if (hops or named) and tok.text in town_outside and w.start in places_at:
                            break  # "l'École royale de l'air de X": the school's town, outside
                        k = last = skip[j]
                        hops = 4
                        k = last = _place_after_known(tokens, folded, k, end, skip, places_at)
                        if w.start not in places_at:  # "Institut des Nations unies pour la
                            k = last = _purpose_after_body(tokens, folded, k, end, stops)  # recherche"
                    elif w.kind == "word" and folded[j] not in stops \
                            and folded[j] not in cues["title_words"] and (
                            (w.text[:1].isupper() and (w.text not in not_names or w.text in complement_caps))
                            or (w.text.islower() and len(w.text) > 2 and not w.text.endswith("'"))):
                        k = last = j + 1  # "Sûreté de l'État", "Commandement des Forces navales"
                    else:
                        break
                    hops += 1
                elif f == "et" and hops and k + 1 < end and tokens[k + 1].text.islower() \
                        and folded[k + 1] not in stops and tokens[k + 1].kind == "word" \
                        and folded[k + 1] not in _PARTICLES:
                    k = last = k + 2  # "de recherche et développement"
                elif f == "et" and hops and k + 1 < end and folded[k + 1] in ("de", "d'", "du", "des"):
                    k += 1  # "de Transition et de la paix": a complement follows
                else:
                    break
            last = _with_number(tokens, last, end)
            if last == i + 1 and (tok.text not in alone or i == sent.token_start):
                continue
            if hops == 0 and tok.text in cues["official_heads_need_complement"]:
                continue  # "Communauté internationale" is no body's name
            if last > i + 1 and i == sent.token_start and last == i + 2 and not (
                    tokens[i + 1].text.islower() or (i + 1) in skip):
                continue  # "Marine Le Pen" at the start of a sentence: no body
            s, e = tok.start, tokens[last - 1].end
            if i > sent.token_start and tokens[i - 1].text in cues["official_prefixes"] \
                    and not covered.overlaps(tokens[i - 1].start, tokens[i - 1].end):
                s = tokens[i - 1].start  # "la Haute Autorité ...", "le Grand Conseil"
            p = i + 3 if i + 3 < end and folded[i + 2] in ("la", "l'", "le") else i + 2
            if (tok.text in site_heads and folded[i + 1] in ("de", "d'") and p < end
                    and tokens[p].start in places_at and last == skip.get(p, p + 1)):
                # "l'Amirauté d'Alger": the building of a town, a place
                out.append(Entity(s, e, text[s:e], "LOC", kind="site", source="context",
                                  attrs={"cue": "official_site"}, confidence=0.6))
                continue
            out.append(Entity(s, e, text[s:e], "ORG", kind=heads[tok.text], source="context",
                              attrs={"cue": "official"}, confidence=0.6))

    def _committees(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                    sentences: Sequence[Sentence], known: Sequence[Entity],
                    out: list[Entity]) -> None:
        """"la commission des finances du Sénat", "la commission de la défense nationale et
        des forces armées de l'Assemblée nationale": a lower-case committee word
        (``committee_heads``), lower-case complements, and a known body at the end name one
        body (ORG), the body's name included. A complement must stand between the head and
        the body ("une délegation du Sénat" is a group of visitors), and some words are no
        committee's domain (``committee_not_complements``: "de haut niveau", "d'experts")."""
        cues = _cues()
        heads = cues["committee_heads"]
        hits = [i for i, f in enumerate(folded) if f in heads and tokens[i].text.islower()]
        if not hits:
            return
        bodies = {e.start: e.end for e in (*known, *out) if e.label == "ORG"}
        if not bodies:
            return
        stops, nots = cues["official_stops"], cues["committee_not_complements"]
        firsts = [x.token_start for x in sentences]
        for i in hits:
            end = sentences[bisect_right(firsts, i) - 1].token_end
            k, hops = i + 1, 0
            while k + 1 < end and k - i < 16:
                f = folded[k]
                if f == "et" and hops and folded[k + 1] in ("de", "du", "des", "d'"):
                    k += 1
                    continue
                if f not in ("de", "du", "des", "d'"):
                    break
                j = k + 1
                if j < end and folded[j] in ("la", "l'", "le", "les"):
                    j += 1
                if j >= end:
                    break
                if tokens[j].start in bodies:
                    if hops:
                        e = bodies[tokens[j].start]
                        s = tokens[i].start
                        out.append(Entity(s, e, text[s:e], "ORG", kind="government", source="context",
                                          attrs={"cue": "committee"}, confidence=0.6))
                    break
                w = tokens[j]
                if not (w.kind == "word" and w.text.islower() and len(w.text) > 2
                        and folded[j] not in stops and folded[j] not in nots):
                    break
                k, hops = j + 1, hops + 1
                while k < end and tokens[k].text.islower() and tokens[k].kind == "word" \
                        and folded[k].endswith(_ADJ_ENDINGS + ("ee", "ees", "es")) and folded[k] not in stops \
                        and folded[k] not in _PARTICLES:
                    k += 1  # "de la défense nationale", "des forces armées"

    def _christened(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                    sentences: Sequence[Sentence], known: Sequence[Entity],
                    out: list[Entity]) -> None:
        """"deux corvettes ..., baptisées Cap Sigli et Ras Tarf", "le navire, baptisé
        « Istiqlal »": the capitalised names after a naming verb (``naming_verbs``) are
        systems (WEAPON, kind naval after a ship's word) when an equipment word
        (``weapon_heads``) stands in the twelve tokens before the verb; "et" or a comma joins
        further names."""
        cues = _cues()
        verbs, heads, ships = cues["naming_verbs"], cues["weapon_heads"], cues["ship_heads"]
        not_names = cues["not_names"]
        taken = SpanIndex((e.start, e.end) for e in known  # a title rule's guess may lose
                          if e.label in _NAME_LABELS and e.attrs.get("alias_type") != "adjective")
        places = {(e.start, e.end): e.id for e in known if e.label in ("LOC", "PERSON")
                  and e.kind != "country" and e.attrs.get("alias_type") != "adjective"}
        firsts = [x.token_start for x in sentences]
        for i in [i for i, f in enumerate(folded) if f in verbs]:
            sent = sentences[bisect_right(firsts, i) - 1]
            before = folded[max(sent.token_start, i - 12):i]
            if not any(f in heads for f in before):
                continue
            kind = "naval" if any(f in ships for f in before) else "other"
            j, end = i + 1, sent.token_end
            while j < end:
                quoted = tokens[j].text in _QUOTES_OPEN
                a = j + 1 if quoted else j
                b = a
                while b < end and b - a < 4 and tokens[b].kind in ("word", "number") and (
                        (tokens[b].text[:1].isupper() and tokens[b].text not in not_names)
                        or (b > a and tokens[b].kind == "number")):
                    b += 1
                if b == a or (quoted and (b >= end or tokens[b].text not in _QUOTES_CLOSE)):
                    break
                s, e = tokens[a].start, tokens[b - 1].end
                if not taken.covers(s, e):
                    out.append(Entity(s, e, text[s:e], "WEAPON", kind=kind, source="context",
                                      attrs={"cue": folded[i]}, confidence=0.6))
                elif kind == "naval" and (s, e) in places and sum(
                        1 for _ in _whole_words(text, text[s:e])) == 1:
                    # "un patrouilleur baptisé « Monastir »": a ship named after a town the
                    # text does not otherwise speak of (the town is then no mention)
                    out.append(Entity(s, e, text[s:e], "WEAPON", kind=kind, source="context",
                                      attrs={"cue": folded[i], "named_after": places[(s, e)]},
                                      confidence=0.6))
                j = b + 1 if quoted else b
                if j < end and folded[j] in ("et", ","):
                    j += 1
                    continue
                break

    def _subsidiaries(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
                      known: Sequence[Entity], out: list[Entity]) -> None:
        """"Airbus Maroc", "Soudex Maroc", "Boeing Canada": capitalised words (or a known
        company) glued to a country's name name a company's national branch (ORG, kind
        company), unless they are themselves a place or a person, or the first word opens
        the sentence alone."""
        countries = [c for c in known if c.label == "LOC" and c.kind == "country"
                     and c.attrs.get("alias_type") != "adjective"]
        if not countries:
            return  # no country named: nothing to index
        cues = _cues()
        not_names = cues["not_names"]
        starts = [t.start for t in tokens]
        firsts = [x.token_start for x in sentences]
        places = SpanIndex((e.start, e.end) for e in known
                           if e.label in ("LOC", "PERSON") and e.attrs.get("alias_type") != "adjective")
        companies = {e.end: e for e in known if e.label == "ORG" and e.kind == "company"}
        place_ends = {e.end: e.start for e in known
                      if e.label == "LOC" and e.attrs.get("alias_type") != "adjective" and e.text[:1].isupper()}

        for c in countries:
            i = bisect_left(starts, c.start)
            if i == len(tokens) or tokens[i].start != c.start or i == 0:
                continue
            sent = sentences[bisect_right(firsts, i) - 1]
            prev = tokens[i - 1]
            if i - 1 < sent.token_start or prev.end + 1 != c.start:
                continue
            company = companies.get(prev.end)
            if company is not None:
                s = company.start
            else:
                k = i
                while (k - 1 >= sent.token_start and i - k < 3 and _is_cap(tokens[k - 1])
                       and tokens[k - 1].text not in not_names
                       and not places.overlaps(tokens[k - 1].start, tokens[k - 1].end)):
                    k -= 1
                if k == i or (k == sent.token_start and i - k == 1):
                    continue
                if all(_is_given(tokens[x].text) for x in range(k, i)):
                    continue  # "Marie France": a person
                s = tokens[k].start
                front = place_ends.get(tokens[k - 1].end) if k > sent.token_start else None
                if front is not None and tokens[k - 1].end + 1 == s:
                    f = bisect_left(starts, front)
                    if f >= sent.token_start and not (
                            f > sent.token_start and fold(tokens[f - 1].text) in _PLACE_PREPS):
                        s = front  # "Sahel Textiles Tchad": a place first in the company's name
            e = c.end
            out.append(Entity(s, e, text[s:e], "ORG", kind="company", source="context",
                              attrs={"cue": "subsidiary", "country": c.attrs.get("country")},
                              confidence=0.6))

    def _companies(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
                   known: Sequence[Entity], out: list[Entity],
                   hits: Sequence[int] | None = None) -> None:
        """"la PME Tanger Précision Industrie", "Marmara Savunma Sanayi", "Safran Electronics &
        Defense", "Diallo & Frères": capitalised words (joined by "&" or not) before a company
        suffix (``company_suffixes``) name a company (ORG, kind company), known names at the
        front included ("Tanger" the town, a listed shipyard's name): the longer name wins
        in the resolver. A suffix alone names nothing; a listed name over the same words is
        left alone."""
        cues = _cues()
        sufs, not_names, limit = cues["company_suffixes"], cues["not_names"], cues["company_max"]
        # "Air", "Marine": capitals a company's name may start with; "Sécurité", "Défense": its
        # middle words ("Ivoire Sécurité Technologies")
        caps = cues["unit_capitals"] | cues["official_complement_capitals"]
        ends = cues["company_suffix_ends"]  # (a suffix's last word, or it and a full stop)
        if hits is None:
            hits = [i for i, t in enumerate(tokens) if t.text in ends]
        if not hits:  # most pages: no suffix, nothing else to build
            return
        exact = {(e.start, e.end) for e in known if e.label in _NAME_LABELS}
        firsts = [x.token_start for x in sentences]
        found: set[tuple[int, int]] = set()
        for k in hits:
            last = tokens[k].text.rstrip(".")
            lo = sentences[bisect_right(firsts, k) - 1].token_start
            a = -1
            for suf in sufs[last]:
                a = k - len(suf) + 1
                if a >= lo and all(tokens[a + x].text == w for x, w in enumerate(suf[:-1])):
                    break
                a = -1
            if a < 0:
                continue
            j = a
            while j > lo and k - j < limit:
                t = tokens[j - 1]
                if (t.kind == "word" and t.text[:1].isupper()
                        and (t.text not in not_names or t.text in caps)
                        and not t.text.endswith(("'", "\u2019"))):
                    j -= 1  # "Air Sahel Industries": "Air" starts the name
                elif t.text == "&" and j - 2 >= lo and tokens[j - 2].text[:1].isupper() \
                        and tokens[j - 2].text not in not_names:
                    j -= 1
                else:
                    break
            if j == a:
                continue
            # "Kirel Defense Solutions Europe", "... Advanced Systems India", "... Engineering &
            # Maintenance": capitalised words glued after the suffix go on with the name
            end = k + 1
            if (k + 2 < len(tokens) and tokens[k + 1].text in ("-", "\u2013")
                    and tokens[k + 1].start == tokens[k].end and tokens[k + 2].start == tokens[k + 1].end
                    and _is_cap(tokens[k + 2]) and tokens[k + 2].text not in not_names):
                end = k + 3  # "Lockheed Martin Aeronautics–UK": a national branch
            elif last == tokens[k].text:
                stop = sentences[bisect_right(firsts, k) - 1].token_end
                while end < stop and end - j < limit:
                    t = tokens[end]
                    if t.text == "&" and end + 1 < stop and _is_cap(tokens[end + 1]) \
                            and tokens[end + 1].text not in not_names:
                        end += 2
                    elif (_is_cap(t) and t.text not in not_names and t.text not in sufs
                          and not t.text.endswith(("'", "\u2019"))):
                        end += 1
                    else:
                        break
            s = tokens[j].start
            e = tokens[end - 1].start + len(tokens[end - 1].text.rstrip("."))
            if (s, e) in exact:
                continue
            found.add((s, e))
            out.append(Entity(s, e, text[s:e], "ORG", kind="company", source="context",
                              attrs={"cue": "company_suffix"}, confidence=0.6))
        if found:  # "l'usine de Kirel Advanced Systems India": the company, not a place
            out[:] = [x for x in out if not (x.label == "LOC" and x.source == "context"
                                             and (x.start, x.end) in found)]

    def _ampersand_companies(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
                             known: Sequence[Entity], out: list[Entity]) -> None:
        """"Aubert & Duval", "Jotov & Son": one or two capitalised words on each side of an
        ampersand (none of ``not_names``), with no further capitalised word around, name a
        company (ORG); a listed name over the same words is left alone, and a longer run is a
        system's or a body's name ("Precise & Universal Launching System")."""
        amps = [i for i, t in enumerate(tokens) if t.text == "&"]
        if not amps:
            return
        not_names = _cues()["not_names"]
        exact = {(e.start, e.end) for e in known if e.label in _NAME_LABELS}
        firsts = [x.token_start for x in sentences]
        for i in amps:
            sent = sentences[bisect_right(firsts, i) - 1]
            a = i
            while a > sent.token_start and i - a < 3 and _is_cap(tokens[a - 1]) \
                    and tokens[a - 1].text not in not_names:
                a -= 1
            b = i + 1
            while b < sent.token_end and b - i <= 3 and _is_cap(tokens[b]) and tokens[b].text not in not_names:
                b += 1
            if a == i or b == i + 1 or i - a > 2 or b - i > 3:
                continue
            s, e = tokens[a].start, tokens[b - 1].end
            if (s, e) in exact:
                continue
            out.append(Entity(s, e, text[s:e], "ORG", kind="company", source="context",
                              attrs={"cue": "ampersand"}, confidence=0.55))

    def _english_bodies(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
                        known: Sequence[Entity], out: list[Entity]) -> None:
        """"le Defence Acquisition Council", "l'Army Contracting Command", "le Cabinet
        Committee on Security", "le Department of Homeland Security": English names of public
        bodies put their head last (``english_body_heads``: "Agency", "Council", "Command",
        "Committee" ...), after capitalised words (known names included: "Israel Innovation
        Authority"), and may take a complement (of/on/for, "the", capitalised words). A head
        alone, or with a complement only after "Department", "Ministry", "Office" and the
        like (``english_body_heads_first``), names nothing. ORG, kind ``agency``."""
        cues = _cues()
        heads, first_ok, not_names = cues["english_body_heads"], cues["english_body_heads_first"], cues["not_names"]
        hits = [x for x, t in enumerate(tokens) if t.text in heads]
        if not hits:  # most pages: no English head word, nothing else to build
            return
        exact = {(e.start, e.end) for e in known if e.label in _NAME_LABELS}
        firsts = [x.token_start for x in sentences]
        for k in hits:
            sent = sentences[bisect_right(firsts, k) - 1]
            lo, hi = sent.token_start, sent.token_end
            j = k
            while j > lo and k - j < 5:
                t = tokens[j - 1]
                if t.kind == "word" and t.text[:1].isupper() and t.text not in not_names \
                        and not t.text.endswith(("'", "\u2019")):
                    j -= 1
                elif t.text in ("and", "&", "of") and j - 2 >= lo and tokens[j - 2].text[:1].isupper() \
                        and j < k:
                    j -= 1
                else:
                    break
            while j < k and tokens[j].text in ("and", "&", "of"):
                j += 1
            end = k + 1  # "on Security", "of Homeland Security", "for the Arts"
            if end + 1 < hi and tokens[end].text in ("of", "on", "for"):
                c = end + 1
                if c < hi and tokens[c].text == "the":
                    c += 1
                d = c
                while d < hi and d - c < 4 and (
                        (tokens[d].kind == "word" and tokens[d].text[:1].isupper()
                         and tokens[d].text not in not_names)
                        or (tokens[d].text in ("and", "&") and d + 1 < hi and tokens[d + 1].text[:1].isupper())):
                    d += 1
                if d > c and tokens[d - 1].text not in ("and", "&"):
                    end = d
            if j == k and (end == k + 1 or tokens[k].text not in first_ok):
                continue
            s, e = tokens[j].start, tokens[end - 1].end
            if (s, e) in exact:
                continue
            out.append(Entity(s, e, text[s:e], "ORG", kind="agency", source="context",
                              attrs={"cue": "english_body"}, confidence=0.6))

    def _media_with_article(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                            sentences: Sequence[Sentence], skip: dict[int, int],
                            out: list[Entity], arts: Sequence[int] | None = None) -> None:
        """"selon La Presse", "interrogé par Le Courrier", "Le Quotidien indique que", "Le
        Soleil, quotidien ...": a capitalised article and capitalised words that no list knows,
        after a reporting cue (``media_cues_before``, ``media_cues_par`` + "par") or before a
        reporting verb (``media_verbs_after``) or a comma and a medium's noun
        (``media_nouns_after``), are a medium's name, article included (ORG, kind media).
        Only capitalised articles are looked at; a title word or a known name after the
        article stops it ("Le Président indique", "La Russie affirme")."""
        cues = _cues()
        if arts is None:
            arts = [i for i, t in enumerate(tokens) if t.text in _CAPITAL_ARTICLES]
        if not arts:
            return
        not_names, titles = cues["not_names"], cues["title_words"]
        firsts = [x.token_start for x in sentences]
        for i in arts:
            sent = sentences[bisect_right(firsts, i) - 1]
            lo, end = sent.token_start, sent.token_end
            j = i + 1
            if j in skip or i in skip or j >= end or sum(c.isupper() for c in tokens[j].text) > 1:
                continue  # "L'UdAR écrit": an acronym's short form, no medium
            k = j
            while (k < end and k - j < 3 and tokens[k].kind == "word" and _is_cap(tokens[k])
                   and k not in skip and tokens[k].text not in not_names and folded[k] not in titles):
                k += 1
            if k == j:
                continue
            if k + 1 < end and folded[k] in ("du", "de", "d'") and tokens[k + 1].kind == "word" \
                    and tokens[k + 1].text[:1].isupper():
                k = skip.get(k + 1, k + 2)  # "La Voix du Sahel", "Le Journal de X"
            if tokens[i].text == "The":  # "The New Times": an English paper's name, no cue needed
                if tokens[k - 1].text in cues["media_english_ends"]:
                    s, e = tokens[i].start, tokens[k - 1].end
                    out.append(Entity(s, e, text[s:e], "ORG", kind="media", source="context",
                                      attrs={"cue": "media_article"}, confidence=0.6))
                continue
            before = (i > lo and folded[i - 1] in cues["media_cues_before"]) or (
                i - 1 > lo and folded[i - 1] == "par" and folded[i - 2] in cues["media_cues_par"])
            after = k < end and (folded[k] in cues["media_verbs_after"] or (
                tokens[k].text == "," and k + 1 < end and folded[k + 1] in cues["media_nouns_after"]))
            if not (before or after):
                continue
            s, e = tokens[i].start, tokens[k - 1].end
            out.append(Entity(s, e, text[s:e], "ORG", kind="media", source="context",
                              attrs={"cue": "media_article"}, confidence=0.6))

    def _more_quoted_ships(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                           sentences: Sequence[Sentence], known: Sequence[Entity],
                           out: list[Entity]) -> None:
        """"au patrouilleur « X », entré en service en 2015, puis à « Y » et à « Z »": quoted
        names that follow a quoted ship's name in its sentence, joined to it by connectors
        only (``_SHIP_LIST_GLUE``, or a clause closed by commas), are ships too."""
        not_names = _cues()["not_names"]
        ships = [e for e in out if e.label == "WEAPON" and e.kind == "naval"]
        if not ships:
            return
        taken = SpanIndex((e.start, e.end) for e in (*known, *out) if e.label in _NAME_LABELS
                          and e.attrs.get("alias_type") != "adjective")
        starts = [t.start for t in tokens]
        firsts = [x.token_start for x in sentences]
        for ship in ships:
            k = bisect_left(starts, ship.end)  # the token after the name: the closing quote
            if k >= len(tokens) or tokens[k].text not in _QUOTES_CLOSE or k < 2 \
                    or tokens[bisect_left(starts, ship.start) - 1].text not in _QUOTES_OPEN:
                continue
            end = sentences[bisect_right(firsts, k) - 1].token_end
            j, gap = k + 1, 0
            while j < end and gap <= 10:
                if tokens[j].text not in _QUOTES_OPEN:
                    if tokens[j].text in (".", ";", ":", "«"):
                        break
                    j += 1
                    gap += 1
                    continue
                a = b = j + 1
                while b < end and b - a < 4 and (
                        (_is_cap(tokens[b]) and tokens[b].text not in not_names)
                        or (b > a and folded[b] in ("de", "do", "da", "del", "al", "el"))):
                    b += 1
                if b == a or b >= end or tokens[b].text not in _QUOTES_CLOSE:
                    break
                glue = [folded[x] for x in range(k + 1, j)]
                tail = glue[len(glue) - glue[::-1].index(","):] if "," in glue else glue
                if len(tail) > 3 or not all(g in _SHIP_LIST_GLUE for g in tail) or (
                        "," not in glue and len(glue) > 3):
                    break
                s, e = tokens[a].start, tokens[b - 1].end
                if not taken.overlaps(s, e):
                    out.append(Entity(s, e, text[s:e], "WEAPON", kind="naval", source="context",
                                      attrs={"cue": "quoted_ship", "listed_after": ship.text},
                                      confidence=0.6))
                k, j, gap = b, b + 1, 0

    def _typed_systems(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                       sentences: Sequence[Sentence], known: Sequence[Entity],
                       out: list[Entity]) -> None:
        """"des vedettes de patrouille rapides de type X", "des drones ... de type X": after
        de/du + a type word (``type_cues``), a capitalised name or a designation is a
        system (WEAPON) when an equipment word (``weapon_heads``) stands in the twelve
        tokens before; known names are left alone."""
        cues = _cues()
        types, heads, not_names = cues["type_cues"], cues["weapon_heads"], cues["not_names"]
        at = [i for i, f in enumerate(folded) if f in types]
        if not at:
            return
        taken = SpanIndex((e.start, e.end) for e in (*known, *out) if e.label in _NAME_LABELS
                          and e.attrs.get("alias_type") != "adjective")
        firsts = [x.token_start for x in sentences]
        for i in at:
            sent = sentences[bisect_right(firsts, i) - 1]
            j = i + 1
            if i - 1 < sent.token_start or folded[i - 1] not in ("de", "du") or j >= sent.token_end:
                continue
            first = tokens[j]
            if first.text in not_names or not (_is_cap(first) or _is_designation(first)):
                continue
            if not any(f in heads for f in folded[max(sent.token_start, i - 13):i - 1]):
                continue
            k = j + 1
            while k < sent.token_end and k - j < self.max_name_tokens and (
                    (_is_cap(tokens[k]) and tokens[k].text not in not_names)
                    or _is_designation(tokens[k])
                    or (tokens[k].kind == "number" and tokens[k].text.isdigit() and len(tokens[k].text) <= 4)):
                k += 1
            s, e = first.start, tokens[k - 1].end
            if taken.overlaps(s, e):
                continue
            out.append(Entity(s, e, text[s:e], "WEAPON", kind="other", source="context",
                              attrs={"cue": folded[i]}, confidence=0.6))

    def _designations(self, text: str, tokens: Sequence[Token], known: Sequence[Entity],
                      out: list[Entity]) -> None:
        """"les derniers QX-214", "la boule KT-B": a token shaped like a designation
        (capitals, a hyphen, digits or capitals: ``_HYPHEN_DESIGNATION``) that no list and
        no rule covers is a system (WEAPON), unless it is one of ``designation_not_weapons``
        ("COVID-19")."""
        not_weapons = _cues()["designation_not_weapons"]
        found = [t for t in tokens if t.kind == "word" and "-" in t.text and t.text[:1].isupper()
                 and _HYPHEN_DESIGNATION.fullmatch(t.text) and t.text not in not_weapons]
        if not found:
            return
        taken = SpanIndex((e.start, e.end) for e in (*known, *out))
        for t in found:
            if not taken.overlaps(t.start, t.end):
                out.append(Entity(t.start, t.end, t.text, "WEAPON", kind="other",
                                  source="context", attrs={"cue": "designation"},
                                  confidence=0.55))

    def _named_places(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                      sentences: Sequence[Sentence], known: Sequence[Entity],
                      out: list[Entity]) -> None:
        """"le camp Katindo", "la caserne Adel Sassine", "le stade Général Seyni Kountché", "la
        Garnison Valcartier": a place head (``named_place_heads``), with at most
        two ``named_after_modifiers`` adjectives after it ("l'aéroport international"), right
        before capitalised words (:func:`_place_name_end`) is one place, head included (LOC,
        ``attrs["named_place"]``), whether or not its name is a person's: the names of camps,
        barracks, stadiums and bridges are mostly people's names nobody lists. "le camp de
        Kati" (a town after "de") is the place cues' (:meth:`_places`); a known place, body or
        system right after the head is left alone; a capitalised title may open the name ("le
        stade Général X"). After "quartier" a district's own name is the name alone ("le
        quartier Bastos"), a person's keeps the head ("le quartier Général X")."""
        cues = _cues()
        heads, mods, not_names = cues["named_place_heads"], cues["named_after_modifiers"], cues["not_names"]
        titles = cues["title_words"]
        # capitalised heads count too ("la Garnison Valcartier", "Camp X :" in a title)
        at = [i for i, f in enumerate(folded) if f in heads]
        if not at:
            return
        firsts = [x.token_start for x in sentences]
        taken = {e.start for e in (*known, *out)
                 if e.label in ("ORG", "LOC", "WEAPON") and e.attrs.get("alias_type") != "adjective"}
        places = frozenset(e.start for e in (*known, *out) if e.label == "LOC")
        for i in at:
            end = sentences[bisect_right(firsts, i) - 1].token_end
            j = i + 1
            while j < end and j - i <= 2 and folded[j] in mods and folded[j] not in _PARTICLES:
                j += 1
            n = j + 1 if j + 1 < end and folded[j] in titles and tokens[j].text[:1].isupper() else j
            if n >= end or not _is_cap(tokens[n]) or tokens[n].text in not_names \
                    or tokens[n].start in taken or ("-" in tokens[n].text and _town_like(tokens[n].text)):
                continue  # "l'aéroport Tunis-Carthage": a place's name, the place rules' own
            k = _place_name_end(tokens, folded, n, end, not_names, places)
            if k == n:
                continue
            # "le quartier Bastos": a district's name alone ("le quartier Général X" keeps it)
            s = tokens[n].start if folded[i] == "quartier" and n == j else tokens[i].start
            e = tokens[k - 1].end
            out.append(Entity(s, e, text[s:e], "LOC", kind="other", source="context",
                              attrs={"cue": folded[i], "named_place": True}, confidence=0.6))

    def _place_pairs(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                     out: list[Entity]) -> None:
        """"l'axe Kaya-Dori", "la route Kidal-Anéfis", "le tronçon Mopti-Sévaré": after a road
        word (``road_heads``), capitalised words joined by hyphens are the places the road
        links (one LOC each, ``attrs["road_pair"]``)."""
        roads = _cues()["road_heads"]
        for i in [i for i, f in enumerate(folded) if f in roads]:
            j = i + 1
            if j >= len(tokens) or tokens[j].kind != "word" or "-" not in tokens[j].text:
                continue
            t = tokens[j]
            parts = t.text.split("-")
            if not 2 <= len(parts) <= 3 or not all(
                    len(x) >= 2 and x[0].isupper() and x.isalpha() and not x.isupper() for x in parts):
                continue
            pos = t.start
            for x in parts:
                out.append(Entity(pos, pos + len(x), x, "LOC", kind="other", source="context",
                                  attrs={"cue": folded[i], "road_pair": True}, confidence=0.6))
                pos += len(x) + 1

    def _numbered_bases(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                        sentences: Sequence[Sentence], skip: dict[int, int],
                        out: list[Entity]) -> None:
        """"la base aérienne 125 de Kelbo", "la Base 12 de Tiano": a base's number and
        its place are its official name (LOC, kind military_base, the whole span); so are its
        number and the name of the person it is named after ("la base aérienne 118 Colonel
        X")."""
        titles, not_names = _cues()["title_words"], _cues()["not_names"]
        firsts = [x.token_start for x in sentences]
        for i in [i for i, f in enumerate(folded) if f == "base"]:
            end = sentences[bisect_right(firsts, i) - 1].token_end
            j = i + 1
            if j < end and folded[j] in ("aerienne", "navale", "militaire", "aeronavale"):
                j += 1
            if j + 1 >= end or tokens[j].kind != "number" or not tokens[j].text.isdigit() \
                    or len(tokens[j].text) > 4:
                continue
            if folded[j + 1] not in ("de", "d'"):
                # "la base aérienne 118 Colonel X": a title and a name after the number
                n = j + 2 if folded[j + 1] in titles and tokens[j + 1].text[:1].isupper() else j + 1
                m = _place_name_end(tokens, folded, n, end, not_names, frozenset()) if n < end else n
                if m > n:
                    s, e = tokens[i].start, tokens[m - 1].end
                    out.append(Entity(s, e, text[s:e], "LOC", kind="military_base", source="context",
                                      attrs={"cue": "numbered_base"}, confidence=0.6))
                continue
            if j + 2 >= end:
                continue
            k = j + 2
            if k in skip:
                m = skip[k]
            elif _is_cap(tokens[k]):
                m = k + 1
                while m < end and m - k < 3 and _is_cap(tokens[m]):
                    m += 1
            else:
                continue
            s, e = tokens[i].start, tokens[m - 1].end
            out.append(Entity(s, e, text[s:e], "LOC", kind="military_base", source="context",
                              attrs={"cue": "numbered_base"}, confidence=0.6))

    def _ship_appositions(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                          sentences: Sequence[Sentence], known: Sequence[Entity],
                          out: list[Entity]) -> None:
        """"le Sangomar, premier des deux patrouilleurs", "l'Al Hoceima, une corvette": a
        capitalised name after le/la/l', closed by a comma, with a ship's word
        (``ship_heads``) in the six tokens after the comma, is a ship (WEAPON, naval); its
        later mentions follow as short forms. Known names are left alone."""
        cues = _cues()
        ships, not_names = cues["ship_heads"], cues["not_names"]
        taken = SpanIndex((e.start, e.end) for e in (*known, *out) if e.label in _NAME_LABELS)
        for sent in sentences:
            end = sent.token_end
            for a in range(sent.token_start + 1, end - 2):
                if folded[a - 1] not in ("le", "la", "l'") or not _is_cap(tokens[a]) \
                        or tokens[a].text in not_names:
                    continue
                b = a
                while b < end and b - a < 3 and _is_cap(tokens[b]) and tokens[b].text not in not_names:
                    b += 1
                if b >= end or tokens[b].text != "," or taken.overlaps(tokens[a].start, tokens[b - 1].end):
                    continue
                after = folded[b + 1:min(end, b + 7)]
                if not any(f in ships for f in after) or "," in after[:1]:
                    continue
                s, e = tokens[a].start, tokens[b - 1].end
                out.append(Entity(s, e, text[s:e], "WEAPON", kind="naval", source="context",
                                  attrs={"cue": "ship_apposition"}, confidence=0.6))

    def _units(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
               sentences: Sequence[Sentence], skip: dict[int, int], out: list[Entity]) -> None:
        """"le 43e bataillon d'infanterie de marine", "le 1er régiment étranger de cavalerie",
        "le 2e REP": an ordinal and a unit word (``unit_heads``) start a military unit's
        name (ORG, kind armed_forces), which runs on over ``unit_adjectives`` and over
        de/d'/du/des followed by a lower-case word or one of ``unit_capitals``; an ordinal
        before an acronym names a unit too. A known name ends it."""
        cues = _cues()
        heads, adjs, caps = cues["unit_heads"], cues["unit_adjectives"], cues["unit_capitals"]
        vague_alone = cues["unit_heads_vague_alone"]
        firsts = [x.token_start for x in sentences]
        for i in [i for i, f in enumerate(folded) if f[:1].isdigit() and f[-1:] in "er"]:
            tok = tokens[i]
            if not _ORDINAL.fullmatch(tok.text) or i + 1 >= len(tokens):
                continue
            end = sentences[bisect_right(firsts, i) - 1].token_end  # the end of i's sentence
            nxt = tokens[i + 1]
            if i + 1 >= end:
                continue
            if sum(c.isupper() for c in nxt.text) >= 2 and nxt.text.isalpha() and i + 1 not in skip:
                k = i + 2  # "2e REP", "43e BIMa"
            elif folded[i + 1] in heads:
                k = i + 2
                while k < end and k - i < 10 and k not in skip:
                    if folded[k] in adjs:
                        k += 1
                    elif folded[k] in ("de", "d'", "du", "des"):
                        j = k + 1  # the word after the particle ("de la Légion", "de l'air")
                        if j < end and folded[j] in ("la", "l'", "le", "les"):
                            j += 1
                        if (j < end and j not in skip and tokens[j].kind == "word"
                                and not tokens[j].text.endswith(("'", "\u2019"))
                                and (tokens[j].text.islower() or tokens[j].text in caps
                                     or (tokens[j].text[:1].isupper() and tokens[j].text.isalpha()))):
                            k = j + 1
                        elif j < end and j in skip and tokens[j].text[:1].isupper():
                            k = skip[j]  # "2e régiment de tirailleurs d'Afrique": a place ends it
                            break
                        else:
                            break
                    elif (folded[k] == "," and k + 1 < end and folded[k + 1] in ("de", "d'")
                          and _list_closed_by_et(folded, k + 1, min(end, k + 9))):
                        k += 1  # "escadre de transport, de ravitaillement et d'évacuation"
                    elif (folded[k] == "et" and k + 1 < end and folded[k + 1] in ("de", "d'")
                          and k > i + 2 and folded[k - 2] in ("de", "d'")):
                        k += 1
                    else:
                        break
                if k == i + 2 and folded[i + 1] in vague_alone:
                    continue  # "le 2e corps" alone is too vague a name
            else:
                continue
            s, e = tok.start, tokens[k - 1].end
            out.append(Entity(s, e, text[s:e], "ORG", kind="armed_forces", source="context",
                              attrs={"cue": "unit"}, confidence=0.6))

    def _acronym_definitions(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                             sentences: Sequence[Sentence], known: Sequence[Entity],
                             out: list[Entity]) -> None:
        """"la Force multinationale mixte (FMM)", "le Bataillon d'intervention rapide (BIR)":
        capitalised words whose initials spell the acronym in brackets right after them name
        an organisation (ORG, ``attrs["acronym"]``); the acronym's mentions then follow as
        short forms. Small words (``acronym_optional``: "de", "la", "contre" ...) may or may
        not give a letter. A listed name over the same words is left alone."""
        optional = _cues()["acronym_optional"]
        not_bodies = _cues()["acronym_not_bodies"]
        listed = {(e.start, e.end) for e in known}
        systems = {e.start: e for e in known if e.label == "WEAPON" and e.source == "gazetteer"}
        firsts = [x.token_start for x in sentences]
        for i in [i for i, f in enumerate(folded) if f == "("]:
            sent = sentences[bisect_right(firsts, i) - 1]  # the bracket's sentence
            if not sent.token_start < i < sent.token_end - 2 or tokens[i + 2].text != ")":
                continue
            acro = tokens[i + 1].text
            # "(FMM)", and acronyms with small letters: "(GSsA)", "(FAMa)", "(Unidir)"
            if not (2 <= len(acro) <= 10 and acro.isalpha() and acro[:1].isupper()
                    and (sum(c.isupper() for c in acro) >= 2 or len(acro) >= 4)):
                continue
            first = _acronym_start(folded, i, sent.token_start, fold(acro), optional)
            if first is None:
                continue
            s, e = tokens[first].start, tokens[i - 1].end
            system = systems.get(tokens[i + 1].start)
            if system is not None and (s, e) not in listed:
                # "cinq frégates légères furtives (FLF)": a listed system's
                # acronym spelt out, in lower case too, names that system (its canonical;
                # the id stays the listed mention's, in ``attrs["spells"]``)
                out.append(Entity(s, e, text[s:e], "WEAPON", kind=system.kind,
                                  canonical=system.canonical, source="context",
                                  attrs={"cue": "acronym", "acronym": acro,
                                         "spells": system.id}, confidence=0.6))
                continue
            if not tokens[first].text[:1].isupper():
                continue
            if (s, e) in listed or folded[first] in not_bodies:
                continue  # "la Réunion annuelle de concertation (RAC)", "le Projet de ... (PMP)"
            out.append(Entity(s, e, text[s:e], "ORG", kind="other", source="context",
                              attrs={"cue": "acronym", "acronym": acro}, confidence=0.6))

    def _acronym_expansions(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                            sentences: Sequence[Sentence], known: Sequence[Entity],
                            out: list[Entity]) -> None:
        """"le LRU (Lance-Roquettes Unitaire)": capitalised words in
        brackets right after a known acronym, whose initials spell it, are the same name
        (same label, id and canonical, ``attrs["expands"]``)."""
        optional = _cues()["acronym_optional"]
        by_end = {e.end: e for e in (*known, *out) if e.label in ("ORG", "WEAPON")
                  and e.text.isupper() and 2 <= len(e.text) <= 8 and e.text.isalpha()
                  and e.attrs.get("alias_type") != "adjective"}
        if not by_end:
            return
        firsts = [x.token_start for x in sentences]
        for i in [i for i, f in enumerate(folded) if f == "("]:
            if i == 0 or tokens[i - 1].end not in by_end:
                continue
            acro_ent = by_end[tokens[i - 1].end]
            end = sentences[bisect_right(firsts, i) - 1].token_end
            k = i + 1
            while k < end and k - i <= 12 and tokens[k].text != ")":
                k += 1
            if k >= end or tokens[k].text != ")" or k == i + 1 or not tokens[i + 1].text[:1].isupper():
                continue
            words = [folded[x] for x in range(i + 1, k) if folded[x] != "&"]
            if not all(w[:1].isalnum() for w in words) or not _spells(words, fold(acro_ent.text), optional):
                continue
            s, e = tokens[i + 1].start, tokens[k - 1].end
            out.append(Entity(s, e, text[s:e], acro_ent.label, kind=acro_ent.kind,
                              canonical=acro_ent.canonical, id=acro_ent.id, source="context",
                              attrs={"cue": "acronym_expansion", "expands": acro_ent.text},
                              confidence=0.6))

    def _short_forms(self, text: str, tokens: Sequence[Token], known: Sequence[Entity],
                     out: list[Entity], taken_too: Sequence[Entity] = ()) -> None:
        """Later mentions of a name's short forms (a person's last name, an acronym in
        brackets after a name) take that name's label, id and canonical (``source="alias"``).
        ``taken_too``: further spans no short form may overlap."""
        forms: dict[str, Entity] = {}
        # only a weapon, person, organisation or place gives a short form (each rule below
        # asks for one of them): the others (amounts, dates ... thousands on a dense text)
        # are left out before the sort
        for e in sorted((x for x in known if x.label in _SHORT_FORM_LABELS),
                        key=lambda x: (x.start, x.end)):
            if e.label == "WEAPON" and e.source == "context" and e.text not in forms:
                forms[e.text] = e  # a ship christened in the text, named again later
            if e.label == "WEAPON" and e.source in ("gazetteer", "user"):
                head, _, num = e.text.rpartition(" ")
                if (num.isdigit() and len(head) >= 4 and " " not in head and head[:1].isupper()
                        and head[1:].islower() and head not in forms
                        and fold(head) not in _cues()["type_cues"]):
                    forms[head] = e  # "des drones Shahed 136" ... "un autre Shahed" ("Type 056": no)
            if e.label in ("PERSON", "ORG") and e.source == "context" and " " in e.text \
                    and e.text[:1].isupper() and e.text not in forms:
                forms[e.text] = e  # "Amadou Kabongo" after a title, again with no title later
            if e.label == "PERSON" and " " in e.text.strip():
                last = e.text.split()[-1]
                if len(last) >= 3 and last[:1].isupper() and last not in forms:
                    forms[last] = e
            # "Israel Aerospace Industries (IAI)": the acronym after the name
            after = text[e.end:e.end + 14]
            m = _ACRONYM_AFTER.match(after)
            if m is None and e.label == "ORG" and " " in e.text:
                m = _TITLE_ACRONYM_AFTER.match(after)  # "... d'études (Isest)"
            if m and e.label == "LOC" and fold(m.group(1)[:1]) != fold(e.text[:1]):
                m = None  # "Abidjan (PMP)": no acronym of the place
            if m and e.label in {"ORG", "WEAPON", "LOC"} and m.group(1) not in forms:
                forms[m.group(1)] = e
            elif m is None and e.label == "ORG" and e.attrs.get("cue") == "acronym" \
                    and e.attrs.get("acronym") and e.attrs["acronym"] not in forms:
                forms[e.attrs["acronym"]] = e  # a spelt acronym with small letters: "(GSsA)"
        if not forms:
            return  # no short form: nothing to index
        taken = SpanIndex((e.start, e.end) for e in (*known, *taken_too))
        for form, source in sorted(forms.items()):
            for s, e in _whole_words(text, form):
                # a listed name inside the form ("Sigli" in "Cap Sigli") does not stop it
                if s == source.start or taken.covers(s, e) or (
                        taken.overlaps(s, e) and source.label != "WEAPON"):
                    continue
                attrs = dict(source.attrs)
                attrs["short_form_of"] = source.text
                out.append(Entity(s, e, form, source.label, kind=source.kind,
                                  canonical=source.canonical or source.text, id=source.id,
                                  source="alias", attrs=attrs, confidence=0.8))

    @staticmethod
    def _named_starts(tokens: Sequence[Token], known: Sequence[Entity],
                      starts: Sequence[int]) -> dict[int, Entity]:
        """First token index -> the known name (not an adjective) starting there (``starts``:
        the tokens' starts)."""
        out: dict[int, Entity] = {}
        for e in known:
            if e.label not in _NAME_LABELS or e.attrs.get("alias_type") in (
                    "adjective", "description"):
                continue
            i = bisect_left(starts, e.start)
            if i < len(tokens) and tokens[i].start == e.start:
                out.setdefault(i, e)
        return out

    @staticmethod
    def _known_spans(tokens: Sequence[Token], known: Sequence[Entity],
                     starts: Sequence[int]) -> dict[int, int]:
        """First token index -> index after the last token, for known ORG/LOC names and
        nationality adjectives (binary search over the tokens' ``starts``: O(m log n))."""
        out: dict[int, int] = {}
        for e in known:
            if e.label not in {"ORG", "LOC"}:
                continue
            i = bisect_left(starts, e.start)
            if i == len(tokens) or tokens[i].start != e.start:
                continue
            j = bisect_left(starts, e.end)
            if j > i and tokens[j - 1].end == e.end:
                out[i] = max(out.get(i, j), j)
        return out

    @staticmethod
    def _named_after_at(folded: Sequence[str], starts: Sequence[int],
                        sentences: Sequence[Sentence], firsts: Sequence[int], start: int) -> int:
        """The token index of the head of a place or a thing named after someone right before
        the token at character ``start``, in its sentence (:func:`_named_after_head`), -1
        when none. ``firsts``: each sentence's first token index."""
        i = bisect_left(starts, start)
        if i == len(starts) or starts[i] != start:
            return -1
        lo = sentences[bisect_right(firsts, i) - 1].token_start if firsts and firsts[0] <= i else 0
        return _named_after_head(folded, i, lo)

    def _named_after_places(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                            starts: Sequence[int], sentences: Sequence[Sentence],
                            persons: Sequence[Entity], out: list[Entity]) -> list[Entity]:
        """The ``persons`` (listed or guessed) that are no person: a name right after a place
        or a thing named after someone ("l'aéroport Mohammed V", "le camp Baba Sy", "le NCSM
        Margaret Brooke"). After a place head (``named_after_places``) the head, the words
        between and the name are one place (LOC, head included as for streets), appended to
        ``out``; the persons returned are those to drop."""
        if not persons:
            return []
        firsts = [x.token_start for x in sentences]
        places = _cues()["named_after_places"]
        dropped = []
        for e in persons:
            h = self._named_after_at(folded, starts, sentences, firsts, e.start)
            if h < 0:
                continue
            dropped.append(e)
            if folded[h] in places:
                i = bisect_left(starts, e.start)
                # "la base de Sidi Ahmed": a town's name after "de", the name alone
                s = e.start if any(f in ("de", "d'", "des") for f in folded[h + 1:i]) \
                    else tokens[h].start
                out.append(Entity(s, e.end, text[s:e.end], "LOC", kind="other", source="context",
                                  attrs={"cue": folded[h], "named_after": True}, confidence=0.7))
        return dropped

    def _nicknamed(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                   sentences: Sequence[Sentence], out: list[Entity]) -> None:
        """"Mamadou « Toto » Camara", 'Charles "Duff" Sullivan': a given name (one or two
        capitalised words, the last a listed given name, or a name a title introduced), a
        nickname of one to three words in quotes, then a capitalised family name (one or two
        words) are one person (PERSON, ``attrs["nickname"]``)."""
        if not any(q in text for q in _QUOTES_OPEN):
            return
        not_names = _cues()["not_names"]
        n = len(tokens)
        ends = [x.token_end for x in sentences]
        # a name a title introduced right before the quote ("le général Fodé « Bouba » X")
        titled = {e.end: e for e in out if e.label == "PERSON" and e.attrs.get("cue") == "title"}
        fronts: set[int] = set()
        for m in [i for i, t in enumerate(tokens) if t.text in _QUOTES_OPEN]:
            if m < 1 or not _is_cap(tokens[m - 1]):
                continue
            before = titled.get(tokens[m - 1].end)
            if before is None and not _is_given(tokens[m - 1].text):
                continue
            end = ends[bisect_right(ends, m)] if bisect_right(ends, m) < len(ends) else n
            c = m + 1
            while c < end and c - m <= 3 and tokens[c].text not in _QUOTES_CLOSE \
                    and tokens[c].kind in ("word", "number"):
                c += 1
            if c == m + 1 or c >= end - 1 or tokens[c].text not in _QUOTES_CLOSE:
                continue
            d = c + 1
            while d < end and d - c <= 2 and _is_cap(tokens[d]) and tokens[d].text not in not_names:
                d += 1
            if d == c + 1:
                continue
            a = m - 1
            if a >= 1 and _is_cap(tokens[a - 1]) and tokens[a - 1].text not in not_names \
                    and _is_given(tokens[a - 1].text):
                a -= 1
            s_, e_ = tokens[a].start, tokens[d - 1].end
            if before is not None:
                s_ = min(s_, before.start)
                fronts.add(id(before))  # the whole name replaces its front
            out.append(Entity(s_, e_, text[s_:e_], "PERSON", kind="person", source="context",
                              attrs={"cue": "nickname", "nickname": text[tokens[m + 1].start:tokens[c - 1].end]},
                              confidence=0.7))
        if fronts:
            out[:] = [e for e in out if id(e) not in fronts]

    def _coordinated_places(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                            starts: Sequence[int], known: Sequence[Entity], out: list[Entity]) -> None:
        """Places named side by side with a place: "à Cocody, à Yopougon et à Abobo", "de
        Sollé et de Tongomayel" (the preposition said again before each), "entre Tyr et Bint
        Jbeil". The capitalised words (at most three) of such an item are a LOC when no
        rule or list named them; the name model's guess over exactly them gives way
        (``attrs["coordinated_with"]``). A district's year-like number stays with its name
        ("Ouaga 2000", "ACI 2000": ``place_numbers`` before a comma, "et" or the end)."""
        cues = _cues()
        not_names, numbers = cues["not_names"], cues["place_numbers"]
        preps = {"a": "a", "de": "de", "d'": "de", "en": "en", "vers": "vers"}
        fixed: dict[tuple[int, int], Entity] = {}
        guessed: dict[tuple[int, int], Entity] = {}
        indexes: list[SpanIndex] = []  # (taken, guesses), built when a page first needs them

        def index() -> list[SpanIndex]:
            if not indexes:
                for x in (*known, *out):
                    if x.label in _NAME_LABELS and x.attrs.get("alias_type") != "adjective":
                        (guessed if x.attrs.get("cue") == "model" else fixed)[(x.start, x.end)] = x
                indexes.extend((SpanIndex(fixed), SpanIndex(guessed)))
            return indexes

        covered: set[int] = set()  # tokens of the places this step adds
        gone: set[int] = set()  # ids of the model's guesses these places replace
        n = len(tokens)

        def token_at(pos: int) -> int:
            i = bisect_left(starts, pos)
            return i if i < n and starts[i] == pos else -1

        def run_from(a: int) -> int:
            b = a
            while b < n and b - a < 3 and _is_cap(tokens[b]) and tokens[b].text not in not_names:
                b += 1
            return b

        def prep(i: int) -> str:
            return "entre" if folded[i] == "entre" else preps.get(folded[i], "")

        work = [e for e in (*known, *out) if e.label == "LOC"
                and e.attrs.get("alias_type") not in ("adjective", "description")]
        seen: set[int] = set()
        added: list[Entity] = []
        while work:
            e = work.pop()
            a, z = token_at(e.start), bisect_left(starts, e.end)
            if a < 1 or a in seen or z > n or tokens[z - 1].end != e.end:
                continue
            seen.add(a)
            p = prep(a - 1)
            if not p:
                continue
            items = []
            # the item after: ", à Y", "et à Y", "et de Y"; "entre X et Y"
            if z + 1 < n and (folded[z] in (",", "et", "ou") and p != "entre"
                              and prep(z + 1) == p):
                items.append(z + 2)
            elif z < n and p == "entre" and folded[z] == "et":
                items.append(z + 1)
            # the item before: "à X, à <e>", "à X et à <e>"
            if p not in ("entre",) and a >= 4 and folded[a - 2] in (",", "et", "ou"):
                b = a - 2  # the run ends before b and starts after a preposition p
                c = b - 1
                while c > b - 4 and c > 0 and _is_cap(tokens[c]) and tokens[c].text not in not_names:
                    c -= 1
                if c < b - 1 and prep(c) == p:
                    items.append(-(c + 1))
            if items:
                taken, guesses = index()
            for start in items:
                s_tok = abs(start)
                if s_tok >= n:
                    continue
                b = run_from(s_tok)
                if b == s_tok:
                    continue
                s_, e_ = tokens[s_tok].start, tokens[b - 1].end
                if taken.overlaps(s_, e_) or token_at(s_) in seen or (
                        b - s_tok >= 2 and _is_given(tokens[s_tok].text)
                        and not _FAMILY_FLAGS.isdisjoint(load_people().get(folded[b - 1], ""))):
                    continue  # "à Gao et à Moussa Traoré": a given and a family name, a person
                if any(t in covered for t in range(s_tok, b)):
                    continue
                old = guessed.pop((s_, e_), None)
                if old is not None and old.label == "LOC":
                    work.append(old)
                    continue
                if old is None and guesses.overlaps(s_, e_):
                    continue  # a longer or shorter guess over it: the model's call
                if old is not None:
                    gone.add(id(old))
                x = Entity(s_, e_, text[s_:e_], "LOC", kind="other", source="context",
                           attrs={"cue": "coordinated", "coordinated_with": e.text}, confidence=0.55)
                added.append(x)
                work.append(x)
                covered.update(range(s_tok, b))
        if gone:
            out[:] = [x for x in out if id(x) not in gone]
        out.extend(added)
        # "Ouaga 2000": a district named with a number (the longer place wins)
        if not any(x in text for x in numbers):
            return
        for e in [e for e in (*known, *out) if e.label == "LOC"]:
            z = bisect_left(starts, e.end)
            if z + 1 < n and folded[z] in numbers and tokens[z].start == e.end + 1 \
                    and folded[z + 1] in (",", "et", ".", ";", ")", ":"):
                end = tokens[z].end
                out.append(Entity(e.start, end, text[e.start:end], "LOC", kind="other",
                                  source="context", attrs={"cue": "place_number"}, confidence=0.6))

    def _towns_in_context(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                          starts: Sequence[int], sentences: Sequence[Sentence],
                          known: Sequence[Entity], out: list[Entity]) -> None:
        """Towns that no rule named, told by the words before them: "vers Tikrit", "depuis
        Gwoza", "a quitté Garoua pour Maroua", "de Kindia, Labé et Kankan" (a join right
        after a place), "entre Ouallam et Banibangou". The item (at most three capitalised
        words, no capitalised word after it) is a LOC when it is a listed town
        (``p`` in people.txt, the whole item) or, after a direction or motion cue, between
        "entre" and "et", or as the last item of a list after a place, a single word the
        name list does not know at all (no feast or other ``not_towns`` word, and followed
        by punctuation or a ``place_ends`` word, not a verb; after a motion verb only after
        de: "a quitté Zentarix" may name a firm). A guess
        of the name model over exactly the item gives way; anything else named over it wins.
        Pages with no cue word return at once."""
        cues = _town_cues()
        before, motion, after, joins = (cues["before"], cues["motion_verbs"],
                                        cues["after_motion"], cues["list_joins"])
        not_names = _cues()["not_names"]
        n = len(tokens)
        anycue = _town_cue_words()
        # only cues with a capitalised word (an item's first token) right after them, or
        # after "de"/"d'" behind a motion verb, can add anything: the loop below skips the rest
        at = []
        for i, f in enumerate(folded):
            if f in anycue:
                a = i + 1
                if f in motion and a < n and folded[a] in ("de", "d'"):
                    a += 1
                if a < n and _is_cap(tokens[a]) and tokens[a].text not in not_names:
                    at.append(i)
        if not at:
            return
        firsts = [x.token_start for x in sentences]
        fixed: list[tuple[int, int]] = []
        guessed: dict[tuple[int, int], Entity] = {}
        loc_ends: set[int] = set()
        loc_starts: dict[int, int] = {}  # end -> start of the places
        for x in (*known, *out):
            if x.label not in _NAME_LABELS or x.attrs.get("alias_type") == "adjective":
                continue
            if x.label == "LOC" and x.attrs.get("alias_type") != "description":
                loc_ends.add(x.end)
                loc_starts[x.end] = x.start
            if x.attrs.get("cue") == "model":
                guessed[(x.start, x.end)] = x
            else:
                fixed.append((x.start, x.end))
        taken = SpanIndex(fixed)
        guesses = SpanIndex(guessed)
        gone: set[int] = set()
        added: list[Entity] = []
        covered: set[int] = set()  # tokens of the towns this step adds

        def item(a: int) -> tuple[int, str]:
            """The end of the capitalised run at ``a`` and what it is: "town", "unknown", ""."""
            b = a
            while b < n and b - a < 3 and _is_cap(tokens[b]) and tokens[b].text not in not_names:
                b += 1
            if b == a or (b < n and _is_cap(tokens[b]) and "\n" not in text[tokens[b - 1].end:tokens[b].start]):
                return a, ""
            s_, e_ = tokens[a].start, tokens[b - 1].end
            if "p" in _town_flags(text[s_:e_]):
                return b, "town"
            t = tokens[a].text
            if b - a == 1 and len(t) >= 4 and not t.isupper() and not _town_flags(t) \
                    and fold(t) not in cues["not_towns"] \
                    and (b >= n or folded[b] in cues["place_ends"] or not tokens[b].text[:1].isalpha()):
                # "depuis Noël" is no place, nor "à Toulouse et Zentarix veut ..." (a verb after)
                return b, "unknown"
            return b, ""

        def listed(j: int) -> bool:
            """Does the place ending at token ``j`` follow a place word or another item
            ("vers X et", "à X, Y et", "entre X et")?"""
            a = bisect_left(starts, loc_starts.get(tokens[j].end, tokens[j].start))
            return a > 0 and folded[a - 1] in ("a", "au", "aux", "de", "d'", "du", "vers",
                                               "depuis", "entre", "en", ",", "et", "via")

        def moving(i: int) -> bool:
            """A motion verb, or a place after de/d'/depuis, in the eight tokens before ``i``."""
            lo = max(firsts[bisect_right(firsts, i) - 1], i - 8)
            for j in range(i - 1, lo - 1, -1):
                if folded[j] in motion:
                    return True
                if tokens[j].end in loc_ends and j > 0 and folded[j - 1] in ("de", "d'", "depuis"):
                    return True
            return False

        for i in at:
            a = i + 1
            f = folded[i]
            if f in motion and a < n and folded[a] in ("de", "d'"):
                a += 1  # "partie de Samarra", "venus d'Assalé"
            if a >= n:
                continue
            b, kind = item(a)
            if not kind:
                continue
            ok = False
            if f in before:
                ok = True  # "depuis Bkerké", "vers Tintane": a town or a word no list knows
            elif f in motion:  # "a quitté Zentarix pour ...": an unknown word may be a firm
                ok = kind == "town" or a == i + 2
            elif f in after and moving(i):
                ok = True
            elif f in joins and i > 0 and tokens[i - 1].end in loc_ends:
                # an unknown word closing a list of places: "vers Ténenkou et Youwarou", not
                # "L'usine est à Toulouse et Zentarix veut ..." (a clause after the place)
                ok = kind == "town" or (f == "et" and listed(i - 1))
            elif f == "entre" and b + 1 < n and folded[b] == "et" and _is_cap(tokens[b + 1]):
                other = item(b + 1)[1]  # "entre X et Y": towns or words no list knows
                ok = other != ""
            if not ok:
                continue
            s_, e_ = tokens[a].start, tokens[b - 1].end
            if taken.overlaps(s_, e_) or any(t in covered for t in range(a, b)):
                continue
            old = guessed.get((s_, e_))
            if old is not None and old.label == "LOC":
                continue
            if old is None and guesses.overlaps(s_, e_):
                continue
            if old is not None:
                gone.add(id(old))
            x = Entity(s_, e_, text[s_:e_], "LOC", kind="other", source="context",
                       attrs={"cue": "town_context", "after": tokens[i].text}, confidence=0.6)
            added.append(x)
            loc_ends.add(e_)
            loc_starts[e_] = s_
            covered.update(range(a, b))
        if gone:
            out[:] = [x for x in out if id(x) not in gone]
        out.extend(added)

    def _landmarks(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                   starts: Sequence[int], known: Sequence[Entity], out: list[Entity]) -> None:
        """Places whose name says it is one (after the model): a capitalised place word of
        ``place_prefixes`` before capitalised words or a glued particle ("Bab El Oued",
        "Aïn al-Assad", "Bordj El Bahri": a district or a town, not a person), and a
        lower-case natural feature of ``feature_heads`` with at most one modifier before a
        capitalised name, after de/du/d' or not ("les monts Mandara", "le massif du
        Tibesti", "le delta intérieur du Niger": the head is in the name, as "plateau du
        Golan"), and a capitalised head of ``landmark_cap_heads`` before its name ("le Palais
        de la Nation"). A guess of the name model over the words, or a place inside them, gives
        way; a body, a person or a system named there by a rule or a list wins. Pages
        with none of these words return at once."""
        prefixes, heads, mods, cap_heads = _landmark_words()
        capitalised = _landmark_capitals()
        at = [i for i, (t, f) in enumerate(zip(tokens, folded, strict=True)) if t.text in capitalised or (
            f in heads and t.text[:1].islower())]
        if not at:
            return
        not_names = _cues()["not_names"]
        n = len(tokens)
        others = SpanIndex((x.start, x.end) for x in (*known, *out)
                           if x.label in _NAME_LABELS and x.label != "LOC"
                           and x.attrs.get("cue") != "model" and x.attrs.get("alias_type") != "adjective")
        loc_starts = {x.start: x for x in (*known, *out) if x.label == "LOC"}

        def name_end(j: int) -> int:
            k = j
            while k < n and k - j < 3 and (
                    (_is_cap(tokens[k]) and tokens[k].text not in not_names)
                    or _PARTICLE_NAME.fullmatch(tokens[k].text)
                    or (k > j and folded[k] in ("el", "al", "ez", "ed") and k + 1 < n
                        and _is_cap(tokens[k + 1]))):
                k += 1
            return k

        def breaks(k: int) -> bool:  # a headline's last word: the next line starts anew
            return "\n" in text[tokens[k - 1].end:tokens[k].start]

        added: list[Entity] = []
        last = -1
        for i in at:
            if i <= last:
                continue
            if tokens[i].text in cap_heads:
                j = i + 1
                if j < n and folded[j] in ("de", "du", "d'", "des"):
                    j += 1
                    if j < n and folded[j] in ("la", "l'"):
                        j += 1
                if j >= n or not _is_cap(tokens[j]) or tokens[j].text in not_names:
                    continue
                k = name_end(j)
                if k < n and _is_cap(tokens[k]) and not breaks(k):
                    continue
            elif tokens[i].text in prefixes:
                j = i + 1
                if j >= n or tokens[j].start != tokens[i].end + 1:
                    continue
                k = name_end(j)
                if k == j or (k < n and _is_cap(tokens[k]) and not breaks(k)):
                    continue
            else:
                j = i + 1
                if j < n and folded[j] in mods:
                    j += 1
                if j < n and folded[j] in ("de", "du", "d'", "des"):
                    j += 1
                if j >= n or not _is_cap(tokens[j]) or tokens[j].text in not_names:
                    continue
                x = loc_starts.get(tokens[j].start)
                k = bisect_left(starts, x.end) if x is not None else name_end(j)
                if k == j or (k < n and _is_cap(tokens[k]) and not breaks(k)):
                    continue
            s_, e_ = tokens[i].start, tokens[k - 1].end
            if others.overlaps(s_, e_):
                continue
            x = loc_starts.get(s_)
            if x is not None and x.end >= e_ and x.attrs.get("cue") != "model":
                continue  # a listed or ruled place already covers it
            added.append(Entity(s_, e_, text[s_:e_], "LOC", kind="other", source="context",
                                attrs={"cue": "landmark", "head": tokens[i].text}, confidence=0.65))
            last = k - 1
        if added:
            spans = SpanIndex((x.start, x.end) for x in added)
            out[:] = [x for x in out if not (x.attrs.get("cue") == "model" and spans.overlaps(x.start, x.end))]
            out.extend(added)

    def _things_named(self, folded: Sequence[str], starts: Sequence[int],
                      sentences: Sequence[Sentence], places: Sequence[Entity]) -> list[Entity]:
        """The guessed ``places`` that name a thing after someone or something: right after a
        head of ``named_after_heads`` that is no place's (a prize, a school, an exercise: "le
        prix Albert-Londres", "l'université Paris-Saclay"), with no "de" between ("l'université
        de Ouagadougou" keeps its town)."""
        if not places:
            return []
        cues = _cues()
        not_things = cues["named_after_places"] | cues["street_heads"] | cues["named_place_heads"]
        firsts = [x.token_start for x in sentences]
        out = []
        for e in places:
            h = self._named_after_at(folded, starts, sentences, firsts, e.start)
            if h < 0 or folded[h] in not_things:
                continue
            i = bisect_left(starts, e.start)
            if not any(f in ("de", "d'", "du", "des") for f in folded[h + 1:i]):
                out.append(e)
        return out

    def find(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
             known: Sequence[Entity] = ()) -> list[Entity]:
        """Candidates found from context in ``text`` (tokens and sentences from the tokenizer).

        ``known`` are entities already found (gazetteer ...): their short forms are resolved
        to them, and known ORG/LOC names and nationality adjectives (``attrs["alias_type"] ==
        "adjective"``) may stand between a title and a name.
        """
        out: list[Entity] = []
        # folded token texts, computed once per document (the cue lookups probe them often)
        folded = fold_tokens(tokens)
        starts = [t.start for t in tokens]
        skip = self._known_spans(tokens, known, starts)
        cues = _cues()
        # the tokens where each cue can start, found once per document: the rules jump
        # from one to the next instead of probing every token
        titles_at, heads_at, weapons_at, places_at = _cue_starts(folded)
        officials_at, suffixes_at, articles_at, commas_at = _text_starts(tokens)
        for sent in sentences:
            if self.titles:
                self._persons_after_titles(text, tokens, folded, sent, out, skip, titles_at)
                self._persons_before_appositions(text, tokens, folded, sent, out, commas_at)
            if self.organisations:
                self._organisations(text, tokens, folded, sent, out, skip, heads_at)
        if self.titles:
            self._nicknamed(text, tokens, folded, sentences, out)
        if self.weapons:
            named = self._named_starts(tokens, known, starts)
            # the known systems by start, to find those inside a name (binary search)
            w_named = sorted((x for x in named.values() if x.label == "WEAPON"),
                             key=lambda x: x.start)
            systems = (w_named, [x.start for x in w_named])
            for sent in sentences:
                self._weapons(text, tokens, folded, sent, out, skip, named, weapons_at, systems)
        if self.places:
            for sent in sentences:
                self._places(text, tokens, folded, sent, out, places_at)
        if self.organisations:
            self._subsidiaries(text, tokens, sentences, known, out)
            self._companies(text, tokens, sentences, known, out, suffixes_at)
            self._ampersand_companies(text, tokens, sentences, known, out)
            self._english_bodies(text, tokens, sentences, known, out)
            self._media_with_article(text, tokens, folded, sentences, skip, out, articles_at)
        if self.weapons:
            self._christened(text, tokens, folded, sentences, known, out)
            self._ship_appositions(text, tokens, folded, sentences, known, out)
            self._typed_systems(text, tokens, folded, sentences, known, out)
            self._more_quoted_ships(text, tokens, folded, sentences, known, out)
        if self.units:
            self._units(text, tokens, folded, sentences, skip, out)
        if self.acronyms:
            self._acronym_definitions(text, tokens, folded, sentences, known, out)
            self._acronym_expansions(text, tokens, folded, sentences, known, out)
        if self.organisations:
            self._official_names(text, tokens, folded, sentences, known, skip, out, officials_at)
            self._committees(text, tokens, folded, sentences, known, out)
        if self.places:
            self._numbered_bases(text, tokens, folded, sentences, skip, out)
            self._streets(text, tokens, folded, sentences, known, out)
            self._named_places(text, tokens, folded, sentences, known, out)
            self._place_pairs(text, tokens, folded, out)
            self._place_lists(text, tokens, folded, sentences, known, out)
            self._regions_in_brackets(text, tokens, known, out)
            self._sites(text, tokens, sentences, known, out)
        if self.organisations:
            self._acronyms(text, tokens, folded, sentences, known, out)
        if self.weapons:
            # ships and systems with no equipment word before them (frdefnlp.systems)
            find_systems(text, tokens, folded, sentences, known, out, starts)
            self._designations(text, tokens, known, out)
        if self.places:  # "l'aéroport Mohammed V": the longer place outranks the listed king
            self._named_after_places(text, tokens, folded, starts, sentences,
                                     [e for e in known if e.label == "PERSON"], out)
        if self.short_forms:
            found = [e for e in out if e.label in {"PERSON", "ORG"} or (
                e.label == "WEAPON" and (e.attrs.get("cue") in cues["naming_verbs"]
                                         or e.attrs.get("cue") == "ship_apposition"
                                         or e.attrs.get("ship_cue")
                                         or e.attrs.get("cue") in cues["weapon_heads"]))]
            names = [e for e in known if e.attrs.get("alias_type") != "adjective"]
            self._short_forms(text, tokens, [*names, *found], out)
        if self.guess:  # the model sees what no rule and no short form has settled
            guessed = guess_names(text, tokens, sentences, folded, model_taken(known, out),
                                  cues["not_names"], surnames=lone_surnames(known, out),
                                  names=[*known, *out], fronts=lone_places(known))
            # "le camp Baba Sy", "l'hôpital militaire Mohamed X": a place's or a thing's name
            not_persons = self._named_after_places(
                text, tokens, folded, starts, sentences,
                [g for g in guessed if g.label == "PERSON"], out)
            # "le prix Albert-Londres", "l'université Paris-Saclay": a thing's name, no place
            not_persons = [*not_persons, *self._things_named(
                folded, starts, sentences, [g for g in guessed if g.label == "LOC"])]
            if not_persons:
                gone = {id(x) for x in not_persons}
                guessed = [g for g in guessed if id(g) not in gone]
            guessed = [_without_opening_noun(g, text, tokens, starts) for g in guessed]
            out.extend(guessed)
        if self.places:  # "à Cocody, à Yopougon et à Abobo", "entre Tyr et Bint Jbeil"
            self._coordinated_places(text, tokens, folded, starts, known, out)
        if self.places and self.guess:  # they correct the model's guesses (and leave its
            # training rows as they are: tools/train_names.py runs the rules with no guess)
            # "a quitté Garoua pour Maroua", "à Kindia, Labé et Kankan", "vers Tikrit"
            self._towns_in_context(text, tokens, folded, starts, sentences, known, out)
            # "Bab El Oued", "les monts Mandara", "le delta intérieur du Niger"
            self._landmarks(text, tokens, folded, starts, known, out)
        if self.guess:
            if self.short_forms and guessed:
                self._short_forms(text, tokens, guessed, out, taken_too=[*known, *out])
        out.sort(key=lambda e: (e.start, e.end, e.label, e.source))
        return out
