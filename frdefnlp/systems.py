"""Systems and ships named with no equipment word right before them.

:class:`frdefnlp.names.ContextTagger` finds a system's name after a generic equipment word
("la frégate X", "les drones Y"). News pages also name hulls and systems without one; the
rules here cover the common kinds (cue words in ``resources/names/systems_fr.json``):

- a type's acronym before a hull's name ("le BRF X", "la FDI Amiral Y": the name is the
  ship, the acronym is no part of it) and a navy's prefix that is ("USS X", "NRP X");
- a vessel one is aboard of or that has a crew ("à bord du X", "l'équipage de la Y"), or
  that is commissioned ("a remis en service le X", "a mis à flot l'Amiral Y");
- a ship's list after a ship's word ("trois patrouilleurs : le X, le Y et le Z"; "...,
  dont le X et la Y");
- a name after le/la/l' whose verb only a ship takes ("le X a appareillé", "la Y a fait
  escale", "le Z a été livré"), or that a copula joins to a ship's word ("le X sera le
  premier bâtiment");
- a ship class after a class word ("la classe Harry DeWolf", "classe « Félix Éboué »"),
  also a person's or a place's name;
- an article right before a given name and more, in a text about ships ("depuis le Charles
  de Gaulle");
- "Type" and a type's number ("des Type 63");
- a quoted nickname right after a system ("Mi-35 « Hind »");
- a capitalised naval rank and one surname after an article, in a text about ships
  ("l'Amiral X": a hull named after an officer; a person's rank is written in lower case);
- a listed person's name right after "le"/"du"/"au", in a text about ships ("le Mohammed
  VI": a hull named after a king);
- a maker's name before a listed system ("Airbus A400M") or counted alone ("cinq Agusta");
- a capitalised word coordinated with a system under a determiner ("des NH90 et des
  Panther", "les Gazelle et les Puma", "la Gazelle et le Panther");
- a listed system's capitalised word again, after a determiner ("le Poseidon").

A ship named after a person or a place keeps the namesake's id in ``attrs["named_after"]``
(the resolver then drops the namesake), unless the text speaks of that place as a place
(the annotation guidelines: such a surface is left untagged). Cost: one pass over the tokens
plus a binary search per cue.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from ._resources import cached, read_json
from ._spans import SpanIndex
from ._text import fold
from .name_model import load_people
from .patterns._common import LazyPattern
from .types import Entity, Sentence, Token

__all__ = ["find_systems"]

_NAMES = frozenset({"PERSON", "ORG", "LOC", "WEAPON"})
_QUOTES_OPEN = frozenset({"«", '"', "\u201c"})
_QUOTES_CLOSE = frozenset({"»", '"', "\u201d"})
_ARTICLES = frozenset({"le", "la", "l'"})
#: place kinds a ship is never named after in these rules ("à bord du Mali" is no ship)
_NO_SHIP_PLACES = frozenset({"country", "region"})
_ROMAN = LazyPattern(r"[IVX]{1,4}")


def _words(phrase: str) -> tuple[str, ...]:
    p = fold(phrase).replace("\u2019", "'")
    out: list[str] = []
    for w in p.split():
        while "'" in w[:-1]:  # "l'equipage" -> "l'", "equipage": as the tokenizer cuts
            a, _, w = w.partition("'")
            out.append(a + "'")
        if w:
            out.append(w)
    return tuple(out)


@cached
def _data() -> dict[str, Any]:
    d = read_json("names/systems_fr.json")
    ctx = read_json("names/context_fr.json")
    out: dict[str, Any] = {
        "acronyms": frozenset(d["ship_type_acronyms"]),
        "prefixes": frozenset(d["ship_prefixes"]),
        "aboard": _anchored(d["aboard_cues"]),
        "verbs": _anchored(d["naval_verbs"]),
        "gap": frozenset(fold(w) for w in d["naval_verb_gap"]),
        "ranks": {tuple(r.split()): len(r.split()) for r in d["naval_ranks"]},
        "rank_first": frozenset(r.split()[0] for r in d["naval_ranks"]),
        "naval": frozenset(fold(w) for w in d["naval_context"]) | frozenset(
            fold(w) for w in ctx["ship_heads"]),
        "makers": frozenset(fold(w) for w in d["aircraft_makers"]),
        "counted_makers": frozenset(fold(w) for w in d["counted_makers"]),
        "ship_words": frozenset(fold(w) for w in d["ship_words"]) | frozenset(
            fold(w) for w in ctx["ship_heads"]),
        "person_cues": frozenset(fold(w) for w in d["person_cues"]) | frozenset(
            fold(w) for w in ctx["person_title_words"]),
        "titles": frozenset(fold(w) for w in ctx["person_title_words"]) | frozenset(
            fold(w) for w in d["person_cues"]),
        "plural": frozenset(fold(w) for w in d["plural_determiners"]),
        "counts": frozenset(fold(w) for w in d["count_words"]),
        "ship_heads": frozenset(fold(w) for w in ctx["ship_heads"]),
        "not_names": frozenset(ctx["not_names"]),
        "generic": frozenset(ctx["generic_acronyms"]),
        "heads": frozenset(fold(w) for w in ctx["weapon_heads"]),
        "particles": frozenset(fold(w) for w in d["ship_name_particles"]),
        "place_prepositions": frozenset(fold(w) for w in d["place_prepositions"]),
        "shore_words": frozenset(fold(w) for w in d["shore_words"]),
        "class_words": frozenset(fold(w) for w in d["class_words"]),
        "type_cues": frozenset(fold(w) for w in ctx["type_cues"]),
        "copulas": frozenset(fold(w) for w in d["copulas"]),
        "ship_ranks": frozenset(fold(w) for w in d["ship_ranks"]),
        "relief_objects": _anchored(d.get("naval_object_cues", ())),
        "relief_subjects": _anchored(d.get("naval_subject_cues", ())),
        "vehicle_makers": frozenset(fold(w) for w in d.get("vehicle_makers", ())),
        "vehicle_heads": frozenset(fold(w) for w in d.get("vehicle_heads", ())),
        "homonyms": {fold(k): v for k, v in d.get("weapon_homonyms", {}).items()},
        "homonym_cues": frozenset(fold(w) for w in d.get("weapon_homonym_cues", ())),
    }
    out["triggers"] = frozenset({
        *(fold(w) for w in (*d["ship_type_acronyms"], *d["ship_prefixes"])),
        *out["aboard"], *out["verbs"], *(fold(r.split()[0]) for r in d["naval_ranks"]),
        *out["makers"], *out["ship_heads"], *out["class_words"], "type", "dont", *_QUOTES_OPEN,
        *out["relief_objects"], *out["relief_subjects"], *out["vehicle_makers"], *out["homonyms"],
        *out["vehicle_heads"]})
    return out


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return tok.kind == "word" and t[:1].isupper() and (not t.isupper() or (len(t) >= 2 and t.isalpha()))


def _anchored(items: Sequence[str]) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Anchor word -> the folded phrases holding it, with its position: each phrase is keyed
    by its longest word (the rarest, so that a document's scan stops at few tokens)."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for p in sorted({_words(x) for x in items}, key=lambda t: (-len(t), t)):
        q = max(range(len(p)), key=lambda n: (len(p[n]), -n))
        out.setdefault(p[q], []).append((p, q))
    return out


def _phrase_at(folded: Sequence[str], i: int,
               anchored: dict[str, list[tuple[tuple[str, ...], int]]]) -> tuple[int, int] | None:
    """``(start, end)`` token indices of the longest phrase of ``anchored`` whose anchor word
    is ``folded[i]``; ``None`` when none is there."""
    for p, q in anchored.get(folded[i], ()):
        a = i - q
        if a >= 0 and tuple(folded[a:a + len(p)]) == p:
            return a, a + len(p)
    return None


#: the articles a hull's name takes ("le Charles de Gaulle", "du Jacques Chevallier")
_HULL_ARTICLES = frozenset({"le", "la", "du", "au"})

#: an entity's start (the sort key of the names, without a Python call a name)
_START = attrgetter("start")


class _Doc:
    """What the rules read: tokens, folded words, known names by first token."""

    def __init__(self, text: str, tokens: Sequence[Token], folded: Sequence[str],
                 sentences: Sequence[Sentence], known: Sequence[Entity], out: Sequence[Entity],
                 starts: Sequence[int] | None = None):
        self.text, self.tokens, self.folded = text, tokens, folded
        self.sentences = sentences
        self.starts = [t.start for t in tokens] if starts is None else starts
        self.firsts = [s.token_start for s in sentences]
        self._known, self._out = known, out
        names = [e for e in (*known, *out) if e.label in _NAMES
                 and e.attrs.get("alias_type") not in ("adjective", "description")]
        self.names = names
        self._taken: SpanIndex | None = None
        weapons = [e for e in names if e.label == "WEAPON"]
        self.weapons = SpanIndex((e.start, e.end) for e in weapons)
        self.weapon_texts = frozenset(e.text for e in weapons)
        self.reindex()
        self._after_place: dict[str, list[int]] | None = None
        triggers = _data()["triggers"]
        #: the tokens where some rule may start (one scan of the document)
        self.hits = [i for i, f in enumerate(folded) if f in triggers]
        self.quotes = [i for i in self.hits if tokens[i].text in _QUOTES_OPEN]

    def reindex(self, found: Sequence[Entity] = ()) -> None:
        """Index the names by start (``found``: names found since, added to them)."""
        if found:
            self.names.extend(found)
            self._taken = None
        self._sorted = sorted(self.names, key=_START)
        self._name_starts = [e.start for e in self._sorted]
        self._longest = max((e.end - e.start for e in self.names), default=0)
        self._found = [*getattr(self, "_found", ()), *found]

    @property
    def taken(self) -> SpanIndex:
        """Every name or adjective proposed so far (built on first use)."""
        if self._taken is None:
            self._taken = SpanIndex(
                (e.start, e.end) for e in (*self._known, *self._out, *self._found)
                if e.label in _NAMES or e.attrs.get("alias_type") == "adjective")
        return self._taken

    @property
    def after_place(self) -> dict[str, list[int]]:
        """First word -> starts of the capitalised words right after a preposition of place
        ("à X"), built on first use."""
        if self._after_place is None:
            self._after_place = {}
            toks, folded = self.tokens, self.folded
            preps = _data()["place_prepositions"]
            for k in range(1, len(toks)):
                if folded[k - 1] in preps and toks[k].text[:1].isupper():
                    self._after_place.setdefault(toks[k].text, []).append(toks[k].start)
        return self._after_place

    def overlapping(self, s: int, e: int) -> list[Entity]:
        """The known names that overlap ``[s, e)`` (binary search: O(log n + k))."""
        lo = bisect_left(self._name_starts, s - self._longest)
        hi = bisect_left(self._name_starts, e)
        return [x for x in self._sorted[lo:hi] if x.start < e and s < x.end]

    def sent_end(self, i: int) -> int:
        return self.sentences[bisect_right(self.firsts, i) - 1].token_end

    def index(self, offset: int) -> int:
        return bisect_left(self.starts, offset)


def _name_run(d: _Doc, j: int, end: int, *, article: bool = True, max_tokens: int = 4) -> int:
    """Index after the hull's name starting at token ``j`` ("Le Triomphant", "Amiral X",
    "Rais Hassen Barbiar", "Viana do Castelo", "X 921"); ``j`` when none starts there."""
    data = _data()
    toks, folded, not_names, particles = d.tokens, d.folded, data["not_names"], data["particles"]
    k, words = j, 0
    if article and k + 1 < end and toks[k].text in ("Le", "La", "L'", "L\u2019") and _is_cap(toks[k + 1]):
        k += 1  # "le sous-marin Le Triomphant": the article is part of the name
    while k < end and words < max_tokens:
        t = toks[k]
        if _is_cap(t) and (t.text not in not_names or words):
            k, words = k + 1, words + 1
        elif words and t.kind == "word" and _ROMAN.fullmatch(t.text):
            k, words = k + 1, words + 1  # "Mohammed V"
        elif words and folded[k] in particles and k + 1 < end and _is_cap(toks[k + 1]) \
                and toks[k + 1].text not in not_names:
            k += 1
        elif words and t.kind == "number" and t.text.isdigit() and len(t.text) <= 4:
            k += 1  # a pennant number written after the name
            break
        else:
            break
    return k if words else j


def _named(d: _Doc, s: int, e: int) -> tuple[bool, dict[str, Any]]:
    """May ``text[s:e]`` be a hull's name? ``(ok, attrs)``: a known organisation or system,
    a country or a region may not; a person or a place lends ``named_after`` (a place only
    when the text never speaks of it as a place)."""
    attrs: dict[str, Any] = {}
    if d.weapons.overlaps(s, e) or d.text[s:e] in d.weapon_texts:
        return False, attrs  # a system named elsewhere: its short form follows it
    if _used_as_place(d, d.text[s:e]):
        return False, attrs  # "à X" elsewhere: a place (the guidelines leave such ships out)
    for x in d.overlapping(s, e):
        if x.label in ("ORG", "WEAPON"):
            return False, attrs
        if x.label == "LOC" and x.kind in _NO_SHIP_PLACES:
            return False, attrs
        if x.start == s and x.end == e and x.id:
            attrs["named_after"] = x.id
        elif x.label in ("PERSON", "LOC") and (x.start < s or x.end > e):
            return False, attrs  # the name runs on past the ship's
    return True, attrs


def _used_as_place(d: _Doc, surface: str) -> bool:
    """Does the text speak of ``surface`` as a place anywhere ("à X", "en X", "vers X": a
    preposition of place, not an article, right before it)?"""
    first = surface.split(None, 1)[0]
    text, n = d.text, len(surface)
    return any(text.startswith(surface, p) and not (p + n < len(text) and text[p + n].isalnum())
               for p in d.after_place.get(first, ()))


def _ship(d: _Doc, a: int, b: int, cue: str, out: list[Entity], extra: dict[str, Any] | None = None,
          kind: str = "naval") -> bool:
    if b <= a:
        return False
    s, e = d.tokens[a].start, d.tokens[b - 1].end
    ok, attrs = _named(d, s, e)
    if not ok:
        return False
    attrs["cue"] = cue
    attrs["ship_cue"] = True
    if extra:
        attrs.update(extra)
    out.append(Entity(s, e, d.text[s:e], "WEAPON", kind=kind, source="context", attrs=attrs,
                      confidence=0.6))
    return True


def _acronym_ships(d: _Doc, out: list[Entity]) -> set[int]:
    """"le BRF X", "la FDI Amiral Y" (the acronym left out), "l'USS X" (the prefix kept).
    Returns the token indices of the acronyms that introduced a name."""
    data = _data()
    used: set[int] = set()
    for i in d.hits:
        t = d.tokens[i]
        pref = t.text in data["prefixes"]
        if not pref and t.text not in data["acronyms"]:
            continue
        if any(f in data["shore_words"] for f in d.folded[max(0, i - 3):i]):
            continue  # "la base aéronavale INS X": a shore station, no hull
        end = d.sent_end(i)
        j = i + 1
        quoted = j < end and d.tokens[j].text in _QUOTES_OPEN
        if quoted:
            j += 1
        k = _name_run(d, j, end)
        if k == j or (quoted and (k >= end or d.tokens[k].text not in _QUOTES_CLOSE)):
            continue
        if d.weapons.overlaps(d.tokens[j].start, d.tokens[k - 1].end):
            used.add(i)  # "le BRF X" with X listed: the acronym is no organisation either
            continue
        if pref and not quoted:
            ok, attrs = _named(d, d.tokens[j].start, d.tokens[k - 1].end)
            if ok:  # "l'USS X": the prefix is part of the name
                s, e = t.start, d.tokens[k - 1].end
                attrs.update(cue=t.text, ship_cue=True, prefix=t.text)
                out.append(Entity(s, e, d.text[s:e], "WEAPON", kind="naval", source="context",
                                  attrs=attrs, confidence=0.6))
                used.add(i)
        elif _ship(d, j, k, t.text, out):
            used.add(i)
    return used


def _aboard(d: _Doc, out: list[Entity]) -> None:
    """"à bord du X", "l'équipage de la Y": the vessel."""
    data = _data()
    phrases = data["aboard"]
    for i in d.hits:
        if d.folded[i] not in phrases:
            continue
        found = _phrase_at(d.folded, i, phrases)
        if found is None:
            continue
        j = found[1]
        end = d.sent_end(i)
        quoted = j < end and d.tokens[j].text in _QUOTES_OPEN
        if quoted:
            j += 1
        if j >= end or d.tokens[j].text in data["not_names"] and d.tokens[j].text not in ("Le", "La") \
                or (d.folded[j] in data["titles"] and not (
                    d.tokens[j].text[:1].isupper() and j + 1 < end and _is_cap(d.tokens[j + 1]))):
            continue  # a rank in capitals and a name: a hull named after an officer
        k = _name_run(d, j, end)
        _ship(d, j, k, "aboard", out)


def _ship_lists(d: _Doc, out: list[Entity]) -> None:
    """"trois patrouilleurs : le X, le Y et le Z", "deux navires, le X et le Y": a list of
    names each after an article, right after a plural ship's word."""
    data = _data()
    heads, plural = data["ship_heads"], data["plural"]
    for i in d.hits:
        single = not d.folded[i].endswith(("s", "x"))
        if d.folded[i] not in heads or i == 0 or (not single and d.folded[i - 1] not in plural
                                                  and d.tokens[i - 1].kind != "number"):
            continue
        end = d.sent_end(i)
        j = i + 1
        while j < end and j - i <= 4 and d.tokens[j].text not in (":", ",") and d.tokens[j].text[:1].islower():
            j += 1  # "trois patrouilleurs hauturiers :"
        if j >= end - 2 or d.tokens[j].text not in (":", ","):
            continue
        colon = d.tokens[j].text == ":"
        j += 1
        found: list[tuple[int, int]] = []
        while j < end and d.folded[j] in _ARTICLES:
            k = _name_run(d, j + 1, end, article=False)
            if k == j + 1:
                break
            found.append((j + 1, k))
            if k < end and d.folded[k] in (",", "et"):
                j = k + 1
                continue
            break
        if single and not (len(found) == 1 and found[0][1] < end and d.tokens[found[0][1]].text == ","):
            continue  # "le second bâtiment, le X, a suivi": one name, closed by a comma
        if len(found) >= (1 if colon or single else 2):
            for a, b in found:
                _ship(d, a, b, "ship_list", out, {"listed_after": d.tokens[i].text})


def _among_ships(d: _Doc, out: list[Entity]) -> None:
    """"six patrouilleurs construits par X, dont le Y et la Z": names after ", dont" + an
    article, when a ship's word or a ship type's acronym stands in the twelve tokens before."""
    data = _data()
    toks, folded = d.tokens, d.folded
    ships = data["ship_heads"]
    for i in d.hits:
        if folded[i] != "dont" or i == 0 or toks[i - 1].text != ",":
            continue
        lo = max(d.sentences[bisect_right(d.firsts, i) - 1].token_start, i - 12)
        if not any(folded[x] in ships or toks[x].text in data["acronyms"] for x in range(lo, i)):
            continue
        end = d.sent_end(i)
        j = i + 1
        while j < end and folded[j] in _ARTICLES:
            k = _name_run(d, j + 1, end, article=False)
            if k == j + 1:
                break
            _ship(d, j + 1, k, "among_ships", out)
            if k + 1 < end and folded[k] in (",", "et"):
                j = k + 1
                continue
            break


def _copula_ships(d: _Doc, out: list[Entity]) -> None:
    """"le Courbet sera le premier bâtiment de la série", "la Y est la dernière frégate": a
    name after le/la/l' that a copula joins to an article and a ship's word is a ship."""
    toks, folded, data = d.tokens, d.folded, _data()
    heads, copulas, ranks = data["ship_heads"], data["copulas"], data["ship_ranks"]
    for i in d.hits:
        if folded[i] not in heads:
            continue
        j = i - 1
        while j > 0 and i - j <= 3 and folded[j] in ranks:
            j -= 1
        if j < 2 or folded[j] not in _ARTICLES or folded[j - 1] not in copulas:
            continue
        b = j - 1  # the token after the name
        a = b
        while a - 1 >= 0 and b - a < 4 and _is_cap(toks[a - 1]) and folded[a - 1] not in _ARTICLES:
            a -= 1
        if a == b or a == 0 or folded[a - 1] not in _ARTICLES or toks[a].text in _data()["not_names"]:
            continue
        _ship(d, a, b, "copula", out)


def _pennants(d: _Doc, out: list[Entity]) -> None:
    """"la frégate 611 X": a pennant number between a ship's word and the name (the number
    is no part of the name)."""
    heads = _data()["ship_heads"]
    toks = d.tokens
    for i in d.hits:
        if d.folded[i] not in heads or i + 2 >= len(toks):
            continue
        n = toks[i + 1]
        if n.kind != "number" or not n.text.isdigit() or not 2 <= len(n.text) <= 4:
            continue
        end = d.sent_end(i)
        k = _name_run(d, i + 2, end)
        if k > i + 2 and (k >= end or toks[k].kind != "number"):
            _ship(d, i + 2, k, "pennant", out, {"pennant": n.text})


def _sailing(d: _Doc, out: list[Entity], table: str = "verbs", cue: str = "sailing") -> None:
    """"le X a appareillé", "la Y fera escale à Dakar": a name after le/la/l' whose verb only
    a ship takes (``table``: another verb table, read the same way)."""
    data = _data()
    verbs, gap = data[table], data["gap"]
    for i in d.hits:
        if d.folded[i] not in verbs:
            continue
        found = _phrase_at(d.folded, i, verbs)
        if found is None:
            continue
        i = found[0]
        j = i - 1
        lo = max(0, i - 6)
        while j >= lo and d.folded[j] in gap:
            j -= 1
        b = j + 1  # the token after the name
        if b >= 2 and d.tokens[b - 1].text in _QUOTES_CLOSE:
            continue  # a quoted name: the quote rule reads it
        a = b
        while a - 1 >= 0 and b - a < 4 and d.folded[a - 1] not in _ARTICLES and (_is_cap(d.tokens[a - 1]) or (
                a - 1 > 0 and a < b and d.folded[a - 1] in data["particles"] and _is_cap(d.tokens[a - 2]))):
            a -= 1
        if a == b or a == 0 or d.folded[a - 1] not in _ARTICLES or d.tokens[a].text in data["not_names"]:
            continue
        if _is_cap(d.tokens[a]) and d.folded[a] in _ARTICLES or d.folded[a] in data["titles"]:
            continue  # "Le Pape a fait escale": a title
        _ship(d, a, b, cue, out)


def _relief(d: _Doc, out: list[Entity]) -> None:
    """In a text about ships, a hull named after a naval task's verb (issue 11): its object
    ("relèvera l'X", "ravitaillé par le Y", "menée par le Z": ``naval_object_cues``, then an
    article and a capitalised name) or its subject ("le X a pris le relais":
    ``naval_subject_cues``, read like the sailing verbs). A listed body, a system named
    elsewhere, a country or a place the text also names as a place stays what it is."""
    data = _data()
    objects = data["relief_objects"]
    if not objects and not data["relief_subjects"] or not any(
            f in objects or f in data["relief_subjects"] for f in (d.folded[i] for i in d.hits)):
        return
    if not _naval_text(d):
        return
    toks, folded = d.tokens, d.folded
    for i in d.hits:
        if folded[i] not in objects:
            continue
        found = _phrase_at(folded, i, objects)
        if found is None:
            continue
        j = found[1]
        if j + 1 >= len(toks) or folded[j] not in _ARTICLES and folded[j] not in ("du", "au"):
            continue
        end = d.sent_end(j)
        b = _name_run(d, j + 1, end, article=False)
        if b == j + 1 or toks[j + 1].text in data["not_names"] or folded[j + 1] in data["titles"]:
            continue
        if any(not (_is_cap(t) or t.kind == "number") for t in toks[j + 1:b]):
            continue  # "le Parquet de Brest": a body and its town, no hull
        _ship(d, j + 1, b, "relief", out)
    _sailing(d, out, "relief_subjects", "relief")


def _quoted(d: _Doc, out: list[Entity]) -> None:
    """"le « X » a rejoint Dakar", "la « Y », un patrouilleur": a quoted capitalised name
    right after le/la/l', in a text about ships."""
    toks = d.tokens
    naval = None
    for i in d.quotes:
        if i == 0 or d.folded[i - 1] not in _ARTICLES:
            continue
        end = d.sent_end(i)
        k = _name_run(d, i + 1, end)
        if k == i + 1 or k >= end or toks[k].text not in _QUOTES_CLOSE:
            continue
        if naval is None:
            naval = _naval_text(d)
        if not naval:
            return
        _ship(d, i + 1, k, "quoted", out)


def _classes(d: _Doc, known: Sequence[Entity], out: list[Entity]) -> None:
    """"la corvette Gowind X", "le sous-marin de classe Kilo Y": a listed ship class right
    before a capitalised name: the name is a hull of that class."""
    toks = d.tokens
    for w in known:
        if w.label != "WEAPON" or w.kind != "naval" or w.source != "gazetteer":
            continue
        k = d.index(w.end)
        if k >= len(toks) or toks[k].start != w.end + 1 or not _is_cap(toks[k]):
            continue
        end = d.sent_end(k)
        b = _name_run(d, k, end, article=False)
        if b > k and (b >= end or toks[b].kind != "number"):
            _ship(d, k, b, "class", out, {"class": w.id})


def _class_names(d: _Doc, out: list[Entity]) -> list[Entity]:
    """"la classe Harry DeWolf", "de classe « Félix Éboué »", "la classe La Fayette": a
    capitalised name right after a class word (``class_words``) names a ship class, also when
    it is a person's or a place's name (the class does not mention them: ``named_after``) or
    was guessed as a body's ("la classe Marine Protector"). A listed system or organisation
    there is left to its record. Returns the guessed bodies the classes replace."""
    data = _data()
    toks, classes = d.tokens, data["class_words"]
    replaced: list[Entity] = []
    for i in d.hits:
        if d.folded[i] not in classes or not toks[i].text.islower():
            continue
        end = d.sent_end(i)
        j = i + 1
        quoted = j < end and toks[j].text in _QUOTES_OPEN
        if quoted:
            j += 1
        b = _name_run(d, j, end, max_tokens=4)
        if b == j and _is_cap(toks[j]):  # "la classe Marine Protector": a common first word
            b = _name_run(d, j + 1, end, max_tokens=3)
            b = j if b == j + 1 else b
        if b == j or (quoted and (b >= end or toks[b].text not in _QUOTES_CLOSE)):
            continue
        if b < end and toks[b].kind == "number":
            b -= 1  # "la classe Kilo 636": no pennant number after a class
            if b == j:
                continue
        s, e = toks[j].start, toks[b - 1].end
        clash = d.overlapping(s, e)
        if any(x.label == "WEAPON" or (x.label == "ORG" and x.source == "gazetteer")
               or x.start < s or x.end > e for x in clash):
            continue
        attrs: dict[str, Any] = {"cue": "class", "ship_cue": True}
        for x in clash:
            if x.label in ("PERSON", "LOC", "ORG"):
                attrs["named_after"] = x.id or x.text
                if x.label == "ORG":
                    replaced.append(x)
        out.append(Entity(s, e, d.text[s:e], "WEAPON", kind="naval", source="context",
                          attrs=attrs, confidence=0.65))
    return replaced


#: singular articles before a system's short form ("le Poseidon", "du Tucano")
_SINGULAR = frozenset({"le", "la", "l'", "du", "au"})


def _family_words(d: _Doc, known: Sequence[Entity], out: list[Entity]) -> None:
    """"le CP-140 Aurora" ... "les Aurora", "le Poseidon": a capitalised word of a listed
    system's name met in the text (a headline may use the short form first), after a plural
    determiner or a singular article, is that system again (not the town of the same name)."""
    words: dict[str, Entity] = {}
    not_names, types = _data()["not_names"], _data()["type_cues"]
    for w in sorted((x for x in known if x.label == "WEAPON" and x.source == "gazetteer"),
                    key=_START):
        for x in w.text.replace("-", " ").split():
            if len(x) >= 4 and x[:1].isupper() and x[1:].islower() and x not in not_names \
                    and fold(x) not in types:  # "Type 056" ... "le Type": no short form
                words.setdefault(x, w)
    if not words:
        return
    plural, toks = _data()["plural"], d.tokens
    cues = plural | _SINGULAR
    for i in [i for i, t in enumerate(toks) if t.text in words]:
        w = words[toks[i].text]
        if i == 0 or w.start <= toks[i].start < w.end or d.folded[i - 1] not in cues:
            continue
        if i + 1 < d.sent_end(i) and (_is_cap(toks[i + 1]) or _is_code(toks[i + 1])):
            continue
        s, e = toks[i].start, toks[i].end
        attrs: dict[str, Any] = {**w.attrs, "cue": "family_word", "short_form_of": w.text}
        clash = d.overlapping(s, e)
        if any(x.label != "LOC" or x.kind in _NO_SHIP_PLACES or x.start != s or x.end != e
               for x in clash if x.label != "WEAPON") or any(x.label == "WEAPON" for x in clash):
            continue
        if clash:
            attrs["named_after"] = clash[0].id  # the town of the same name is no mention
        out.append(Entity(s, e, toks[i].text, "WEAPON", kind=w.kind, canonical=w.canonical,
                          id=w.id, source="context", attrs=attrs, confidence=0.6))


def _quoted_nicknames(d: _Doc, out: list[Entity]) -> None:
    """"des Mi-35 « Hind »", "un An-124 « Ruslan »": a quoted capitalised name right after a
    system is its nickname (a NATO reporting name, a service name): a mention of it too."""
    if not d.quotes:
        return
    toks, text = d.tokens, d.text
    for w in [x for x in (*d.names, *out) if x.label == "WEAPON"
              and text[x.end + 1:x.end + 2] in _QUOTES_OPEN]:
        k = d.index(w.end)
        if k + 2 >= len(toks) or toks[k].text not in _QUOTES_OPEN or toks[k].start - w.end > 1:
            continue
        end = d.sent_end(k)
        b = _name_run(d, k + 1, end, article=False, max_tokens=3)
        if b == k + 1 or b >= end or toks[b].text not in _QUOTES_CLOSE:
            continue
        s, e = toks[k + 1].start, toks[b - 1].end
        if d.weapons.overlaps(s, e) or any(x.label in ("ORG", "WEAPON") for x in d.overlapping(s, e)):
            continue
        out.append(Entity(s, e, d.text[s:e], "WEAPON", kind=w.kind, canonical=w.canonical, id=w.id,
                          source="context", attrs={"cue": "quoted_nickname", "nickname_of": w.text},
                          confidence=0.6))


def _former_names(d: _Doc, known: Sequence[Entity], out: list[Entity]) -> None:
    """"la frégate X, ex-Y", "le X (ex-Y)": a hull's former name after its name."""
    toks, text = d.tokens, d.text
    for w in [*d.names, *out]:
        if w.label != "WEAPON" or w.kind != "naval":
            continue
        k = d.index(w.end)
        if k + 1 >= len(toks) or toks[k].text not in (",", "(") or \
                toks[k].start - w.end > (toks[k].text == "("):
            continue
        t = toks[k + 1]
        if not (t.text.startswith(("ex-", "ex\u2011")) and len(t.text) > 3 and t.text[3].isupper()):
            continue
        end = d.sent_end(k)
        b = k + 2
        while b < end and b - k < 5 and _is_cap(toks[b]):
            b += 1
        s, e = t.start + 3, toks[b - 1].end
        if d.weapons.overlaps(s, e) or any(x.label == "ORG" for x in d.overlapping(s, e)):
            continue
        out.append(Entity(s, e, text[s:e], "WEAPON", kind="naval", source="context",
                          attrs={"cue": "former_name", "former_name_of": w.text}, confidence=0.6))


def _naval_text(d: _Doc) -> bool:
    return not _data()["naval"].isdisjoint(d.folded)  # one set pass, no Python call a token


def _ranks(d: _Doc, out: list[Entity]) -> None:
    """"l'Amiral X", "le Commandant Y": a capitalised rank after an article and one surname
    (nothing capitalised after it) name a hull after an officer; not where the surname is a
    person's elsewhere in the text."""
    data = _data()
    toks = d.tokens
    persons = None
    for i in d.hits:
        t = toks[i]
        if t.text not in data["rank_first"] or i == 0 or d.folded[i - 1] not in (
                "le", "l'", "du", "au"):
            continue
        n = 0
        for r, m in data["ranks"].items():
            if m > n and tuple(x.text for x in toks[i:i + m]) == r:
                n = m
        if not n:
            continue
        j = i + n
        end = d.sent_end(i)
        if j >= end or not _is_cap(toks[j]) or toks[j].text in data["not_names"]:
            continue
        k = j + 1
        if k < end and (_is_cap(toks[k]) or d.folded[k] in data["particles"] and k + 1 < end
                        and _is_cap(toks[k + 1])):
            continue  # "l'Amiral Mohammed X": a person's given and family names
        if persons is None:
            if not _naval_text(d):
                return
            persons = {x.text.split()[-1] for x in d.names if x.label == "PERSON" and " " in x.text}
        if toks[j].text in persons:
            continue
        lo = d.sentences[bisect_right(d.firsts, i) - 1].token_start
        if not any(f in data["ship_words"] or toks[x].text in data["acronyms"]
                   for x, f in enumerate(d.folded[lo:end], lo)):
            continue  # no ship in the sentence: an officer ("l'Amiral X a inspecté la base")
        if any(f in data["person_cues"] for f in d.folded[k:min(end, k + 4)]):
            continue  # "l'Amiral X a déclaré", "l'Amiral X, inspecteur de la Marine"
        s, e = toks[i].start, toks[j].end
        if d.text[s:e] in d.weapon_texts or any(
                x.label in ("ORG", "WEAPON", "LOC") for x in d.overlapping(s, e)):
            continue
        out.append(Entity(s, e, d.text[s:e], "WEAPON", kind="naval", source="context",
                          attrs={"cue": "rank", "ship_cue": True}, confidence=0.6))


def _kings(d: _Doc, out: list[Entity]) -> None:
    """"le Mohammed VI a quitté Brest": a listed person's name of several words right after
    le/du/au names a hull, in a text about ships."""
    naval = None
    for e in d.names:
        if e.label != "PERSON" or e.source != "gazetteer" or " " not in e.text:
            continue
        i = d.index(e.start)
        if i == 0 or i >= len(d.tokens) or d.tokens[i].start != e.start \
                or d.folded[i - 1] not in ("le", "la", "du", "au"):
            continue
        if naval is None:
            naval = _naval_text(d)
        if not naval:
            return
        if d.weapons.overlaps(e.start, e.end):
            continue
        out.append(Entity(e.start, e.end, e.text, "WEAPON", kind="naval", source="context",
                          attrs={"cue": "article", "ship_cue": True, "named_after": e.id},
                          confidence=0.6))


def _given_name_hulls(d: _Doc, out: list[Entity]) -> None:
    """"depuis le Charles de Gaulle", "la Jeanne d'Arc": an article right before a given name
    and more of a name names a hull after that person, in a text about ships (French writes a
    person's name with no article; a title, when there is one, stands between them)."""
    toks, folded = d.tokens, d.folded
    if not _naval_text(d):
        return
    people, titles = load_people(), _data()["titles"]
    for i in range(len(toks) - 2):
        if folded[i] not in _HULL_ARTICLES or not _is_cap(toks[i + 1]) or folded[i + 1] in titles:
            continue
        flags = people.get(folded[i + 1], "")
        if "g" not in flags and "G" not in flags:
            continue
        b = _name_run(d, i + 1, d.sent_end(i), article=False)
        if b - (i + 1) < 2 or d.taken.overlaps(toks[i + 1].start, toks[b - 1].end) and any(
                x.label != "PERSON" for x in d.overlapping(toks[i + 1].start, toks[b - 1].end)):
            continue
        _ship(d, i + 1, b, "given_name", out)


def _makers(d: _Doc, known: Sequence[Entity], out: list[Entity]) -> None:
    """"Airbus A400M", "Embraer Super Tucano": a listed company right before a system it makes
    (or whose name starts with it) is part of the system's name; "cinq Agusta": a counted
    aircraft maker stands for its aircraft."""
    data = _data()
    companies = {e.end: e for e in known if e.label == "ORG" and e.kind == "company"
                 and e.source == "gazetteer"}
    text = d.text
    for w in [x for x in (*known, *out) if x.label == "WEAPON"]:
        c = companies.get(w.start - 1)
        if c is None or text[c.end] != " ":
            continue
        makers = w.attrs.get("maker") or ()
        makers = (makers,) if isinstance(makers, str) else tuple(makers)
        first = fold(c.text.split()[0])
        if not (c.id in makers or (w.canonical and fold(w.canonical.split()[0]) == first)
                or (not w.id and w.source == "context")):
            continue
        attrs = {**w.attrs, "cue": "maker", "maker_text": c.text}
        out.append(Entity(c.start, w.end, text[c.start:w.end], "WEAPON", kind=w.kind,
                          canonical=w.canonical, id=w.id, source="context", attrs=attrs,
                          confidence=0.7))
    listed = {e.start: e for e in known if e.label == "ORG" and e.source == "gazetteer"}
    weapon_at = {e.start: e for e in known if e.label == "WEAPON" and e.source == "gazetteer"}
    toks = d.tokens
    for i in d.hits:
        t = toks[i]
        if d.folded[i] not in data["makers"] or i == 0 or not t.text[:1].isupper():
            continue
        c = listed.get(t.start)
        if c is not None and c.end != t.end:
            continue  # "Airbus Helicopters": a longer listed name
        if c is None and d.taken.overlaps(t.start, t.end):
            continue
        k = i + 1
        nxt = toks[k] if k < len(toks) else None
        w = weapon_at.get(nxt.start) if nxt is not None and nxt.start == t.end + 1 else None
        if w is not None and c is None:  # "Bell AH-1Z": an unlisted maker's name before it
            out.append(Entity(t.start, w.end, text[t.start:w.end], "WEAPON", kind=w.kind,
                              canonical=w.canonical, id=w.id, source="context",
                              attrs={**w.attrs, "cue": "maker", "maker_text": t.text},
                              confidence=0.7))
            continue
        if nxt is not None and nxt.start == t.end + 1 and (
                _is_code(nxt) or (nxt.kind == "number" and nxt.text.isdigit() and 2 <= len(nxt.text) <= 4
                                  and not (len(nxt.text) == 4 and nxt.text.startswith(("19", "20"))))) \
                and not d.taken.overlaps(nxt.start, nxt.end):
            e = nxt.end  # "Cessna 208", "Beechcraft 1900D": a maker and a model number
            kw: dict[str, Any] = {}
            w = weapon_at.get(e + 1) if text[e:e + 1] == " " else None
            if w is not None and w.canonical and fold(w.canonical.split()[0]) == d.folded[i]:
                e = w.end  # "Cessna 208B Grand Caravan": the model's listed name after it
                kw = {"canonical": w.canonical, "id": w.id}
                m = _VARIANT_WORD.match(text, e)
                if m is not None:
                    e = m.end()  # "... Grand Caravan EX"
            out.append(Entity(t.start, e, text[t.start:e], "WEAPON", kind="aircraft",
                              source="context", attrs={"cue": "maker_model", "maker_text": t.text},
                              confidence=0.6, **kw))
            continue
        before = toks[i - 1]
        if d.folded[i] not in data["counted_makers"]:
            continue
        if not (d.folded[i - 1] in data["counts"] or (before.kind == "number" and before.text.isdigit())):
            continue
        if nxt is not None and (_is_cap(nxt) or any(ch.isdigit() for ch in nxt.text)):
            continue  # "deux Airbus C295": the system is named after it
        attrs: dict[str, Any] = {"cue": "counted_maker"}
        if c is not None:
            attrs["named_after"] = c.id
        out.append(Entity(t.start, t.end, t.text, "WEAPON", kind="aircraft", source="context",
                          attrs=attrs, confidence=0.6))


def _vehicle_makers(d: _Doc, known: Sequence[Entity], out: list[Entity]) -> None:
    """"quarante camions X", "des Y citernes", "les X iront à Kidal" (issue 11): a military
    truck maker's name (``vehicle_makers``) after a count, a plural determiner or a vehicle's
    word (``vehicle_heads``), with no model's name after it, stands for its vehicles (WEAPON;
    a listed company lends ``named_after``); "le constructeur russe X" stays the company."""
    data = _data()
    makers = data["vehicle_makers"]
    toks, folded = d.tokens, d.folded
    listed = None
    for i in d.hits:
        if folded[i] not in makers or i == 0 or not _is_cap(toks[i]):
            continue
        before = toks[i - 1]
        if not (folded[i - 1] in data["counts"] or folded[i - 1] in data["plural"]
                or folded[i - 1] in data["vehicle_heads"]
                or (before.kind == "number" and before.text.isdigit())):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.start == toks[i].end + 1 and (_is_cap(nxt) or _is_code(nxt)):
            continue  # "des X 4320": a model named after it
        if listed is None:
            listed = {e.start: e for e in known if e.label == "ORG" and e.source == "gazetteer"}
        t = toks[i]
        c = listed.get(t.start)
        if c is None and d.taken.overlaps(t.start, t.end):
            continue
        attrs: dict[str, Any] = {"cue": "vehicle_maker"}
        if c is not None:
            if c.end != t.end:
                continue
            attrs["named_after"] = c.id
        out.append(Entity(t.start, t.end, t.text, "WEAPON", kind="vehicle", source="context",
                          attrs=attrs, confidence=0.6))


def _truck_models(d: _Doc, out: list[Entity]) -> None:
    """"des camions MSVS", "deux porteurs 8x8 X": an acronym in capitals or a designation
    right after a truck's word (``vehicle_heads``) that nothing else claims names the
    model (WEAPON)."""
    data = _data()
    heads, toks = data["vehicle_heads"], d.tokens
    for i in d.hits:
        if d.folded[i] not in heads or i + 1 >= len(toks):
            continue
        t = toks[i + 1]
        if t.start != toks[i].end + 1 or d.taken.overlaps(t.start, t.end):
            continue
        if not (_is_code(t) or (t.text.isalpha() and t.text.isupper() and 2 <= len(t.text) <= 6)):
            continue
        if t.text in data["generic"] or t.text in data["not_names"]:
            continue
        out.append(Entity(t.start, t.end, t.text, "WEAPON", kind="vehicle", source="context",
                          attrs={"cue": "truck_model"}, confidence=0.6))


def _homonyms(d: _Doc, known: Sequence[Entity], out: list[Entity]) -> None:
    """"les postes de tir X", "la page du X", "des X" (issue 11): a listed town's name that is
    also a system's (``weapon_homonyms``: the name and the system's record) is the system
    after a masculine or plural article or a count (a town takes no article) or after a
    weapon's word (``weapon_homonym_cues`` and the equipment heads); "à X" stays the town."""
    data = _data()
    homonyms = data["homonyms"]
    toks, folded = d.tokens, d.folded
    places = None
    for i in d.hits:
        if folded[i] not in homonyms or i == 0 or not _is_cap(toks[i]):
            continue
        p = folded[i - 1]
        if not (p in ("le", "du", "au", "les", "des", "ses", "leurs", "ces")
                or p in data["counts"] or p in data["homonym_cues"] or p in data["heads"]
                or toks[i - 1].kind == "number"):
            continue
        t = toks[i]
        if places is None:
            places = {e.start: e for e in known if e.label == "LOC" and e.source == "gazetteer"}
        c = places.get(t.start)
        if c is None or c.end != t.end:
            continue
        rid = homonyms[folded[i]]
        out.append(Entity(t.start, t.end, t.text, "WEAPON", kind="missile", source="context",
                          id=rid, attrs={"cue": "homonym", "named_after": c.id}, confidence=0.6))


def _is_code(tok: Token) -> bool:
    """A designation's token: capitals and digits ("ST1", "07P", "M36", "Mk7", "2A4")."""
    t = tok.text
    return tok.kind in ("word", "number") and any(c.isdigit() for c in t) and (
        any(c.isupper() for c in t)) and len(t) <= 10


def _system_end(d: _Doc, j: int, end: int) -> int:
    """Index after a system's name starting at token ``j``: a capitalised word or a
    designation first, then up to two more of them or numbers ("Type 07P", "PUMA M36",
    "Kirpi II"); ``j`` when none starts there."""
    toks, not_names = d.tokens, _data()["not_names"]
    if j >= end or not ((_is_cap(toks[j]) and toks[j].text not in not_names) or _is_code(toks[j])):
        return j
    b = j + 1
    while b < end and b - j < 3 and (_is_cap(toks[b]) or _is_code(toks[b]) or (
            toks[b].kind == "number" and toks[b].text.isdigit() and len(toks[b].text) <= 4)):
        b += 1
    return b


def _de_item(d: _Doc, a: int, b: int) -> bool:
    """May tokens ``a:b`` of a "de X et de Y" list be a system: one word that is no given
    name, or a designation in it."""
    toks = d.tokens
    if any(_is_code(t) for t in toks[a:b]):
        return True
    flags = load_people().get(d.folded[a], "")
    return b - a == 1 and "g" not in flags and "G" not in flags


def _coordinated(d: _Doc, out: list[Entity]) -> None:
    """"des NH90 et des Panther", "les Gazelle et les Puma", "trois Piranha et deux ST1", "le
    Dauphin et le Panther": a capitalised word or a designation under a determiner (plural or
    a singular article) coordinated with a system is a system too."""
    data = _data()
    plural = data["plural"] | _SINGULAR  # "la Gazelle, l'Alouette III et le Panther" too
    toks, folded = d.tokens, d.folded

    def det(i: int) -> bool:
        return i >= 0 and (folded[i] in plural or (toks[i].kind == "number" and toks[i].text.isdigit()))

    def add(a: int, b: int, w: Entity) -> None:
        s, e = toks[a].start, toks[b - 1].end
        if d.taken.overlaps(s, e) or (b - a == 1 and toks[a].text.isupper() and not _is_code(toks[a])
                                      and toks[a].text in data["generic"]):
            return
        if b - a == 1 and toks[a].text.endswith("s") and not toks[a].text.endswith("ss") \
                and toks[a].text[1:].islower():
            return  # "les Gazelle et les Touaregs": a people's plural name
        out.append(Entity(s, e, d.text[s:e], "WEAPON", kind=w.kind or "other", source="context",
                          attrs={"cue": "coordinated", "with": w.text}, confidence=0.55))

    systems = sorted((x for x in (*d.names, *out) if x.label == "WEAPON"), key=_START)
    for w in systems:
        i, k = d.index(w.start), d.index(w.end)
        if i >= len(toks) or toks[i].start != w.start:
            continue
        end = d.sent_end(i)
        # (the word before is tested first: the cue is folded only where it may equal it)
        if i > 0 and folded[i - 1] in data["heads"] and folded[i - 1].endswith(("s", "x")) \
                and fold(str(w.attrs.get("cue", ""))) == folded[i - 1]:
            # "des blindés X et Y": a list after a plural equipment word
            if k + 1 < end and folded[k] in ("et", ","):
                b = _system_end(d, k + 1, end)
                if b > k + 1 and (b >= end or not _is_cap(toks[b])):
                    add(k + 1, b, w)
        # "de W, de X et de Y" (issue 11): a list of systems each after "de", a listed one
        # among them
        # (one word or a designation, never a given name: "de Rafale et de Karim X" is a man)
        if w.source == "gazetteer" and i > 0 and folded[i - 1] in ("de", "d'"):
            if k + 2 < end and folded[k] in ("et", ",", "ou") and folded[k + 1] in ("de", "d'"):
                b = _system_end(d, k + 2, end)
                if b > k + 2 and (b >= end or not _is_cap(toks[b])) and _de_item(d, k + 2, b):
                    add(k + 2, b, w)
            if i >= 4 and folded[i - 2] in ("et", ",", "ou"):
                b = i - 2
                for a in range(max(0, b - 3), b):
                    if a > 0 and folded[a - 1] in ("de", "d'") and _system_end(d, a, b) == b:
                        if _de_item(d, a, b):
                            add(a, b, w)
                        break
        if not det(i - 1):
            continue
        # after: "des W et des X"
        if k + 2 < end and folded[k] in ("et", ",", "ou") and det(k + 1):
            b = _system_end(d, k + 2, end)
            if b > k + 2 and (b >= end or not _is_cap(toks[b])):
                add(k + 2, b, w)
        # before: "des X et des W": the longest run of at most three tokens after a determiner
        if i >= 4 and folded[i - 2] in ("et", ",", "ou"):
            b = i - 2
            for a in range(max(0, b - 3), b):
                if det(a - 1) and _system_end(d, a, b) == b:
                    add(a, b, w)
                    break


#: a variant written as its own word after a listed system: "Mamba Mk7", "King Air 350ER",
#: "Rafale Block 2", "Sa'ar 72 Mod 1", "Grand Caravan EX", "Barak ER"
_VARIANT_WORD = LazyPattern(
    r" (?:Mk ?(?:\d{1,2}[A-Z]?|[IVX]{1,4})|Mark (?:\d{1,2}|[IVX]{1,4})|Block \d{1,3}[A-Z]?"
    r"|Batch \d{1,2}|Mod \d{1,2}|\d{2,4}[A-Z]{1,3}|EX|NG|ER|LR|XR|MSE)(?![\w\-])")


#: a variant glued to a designation ending in a digit: "Mi-171Ch", "An-124-100"
_VARIANT_GLUED = LazyPattern(r"(?:[A-Z][a-z]{1,2}\d?|-\d{2,3})(?![\w\-])")


def _variants(d: _Doc, known: Sequence[Entity], out: list[Entity]) -> None:
    """"les Mamba Mk7", "un King Air 350ER": a listed system followed by a variant's word
    takes it (``attrs["variant"]``, the family's record)."""
    text = d.text
    makers = {e.end: e.start for e in out if e.attrs.get("cue") == "maker"}
    for w in known:
        if w.label != "WEAPON" or w.source != "gazetteer" or w.end >= len(text):
            continue
        if text[w.end] == " ":
            m = _VARIANT_WORD.match(text, w.end)
            if m is None or d.taken.overlaps(m.start() + 1, m.end()):
                continue
        elif text[w.end - 1].isdigit():
            # "Mi-171Ch", "Mi-171Sh", "An-124-100": a variant glued to the designation
            m = _VARIANT_GLUED.match(text, w.end)
            if m is None:
                continue
        else:
            continue
        start = makers.get(w.end, w.start)  # "Antonov An-124-100": the maker's name too
        out.append(Entity(start, m.end(), d.text[start:m.end()], "WEAPON", kind=w.kind,
                          canonical=w.canonical, id=w.id, source="context",
                          attrs={**w.attrs, "cue": "variant", "variant": m.group().strip()},
                          confidence=0.7))


def _type_numbers(d: _Doc, out: list[Entity]) -> None:
    """"l'OPV 45", "un FPB 72": a ship type's acronym followed by a number (and a variant's
    capital) names a design, with or without an equipment word before it."""
    acronyms = _data()["acronyms"]
    toks = d.tokens
    for i in d.hits:
        t = toks[i]
        if t.text == "Type" and i + 1 < len(toks):
            _type_designation(d, i, out)
            continue
        if t.text not in acronyms or i + 1 >= len(toks):
            continue
        n = toks[i + 1]
        if n.kind != "number" or not n.text.isdigit() or len(n.text) > 4 or n.start != t.end + 1:
            continue
        k = i + 2
        if k < len(toks) and len(toks[k].text) == 1 and toks[k].text.isupper() and toks[k].start == n.end + 1:
            k += 1  # "OPV 58 S"
        s, e = t.start, toks[k - 1].end
        if d.taken.overlaps(s, e) or (k < len(toks) and toks[k].kind == "word"
                                      and toks[k].text[:1].isupper() and toks[k].start == toks[k - 1].end + 1):
            continue
        out.append(Entity(s, e, d.text[s:e], "WEAPON", kind="naval", source="context",
                          attrs={"cue": "type_number"}, confidence=0.6))


#: a type's number: digits, then at most a few capitals ("63", "054A", "212CD", "99A")
_TYPE_NUMBER = LazyPattern(r"\d{2,3}[A-Z]{0,3}")


def _type_designation(d: _Doc, i: int, out: list[Entity]) -> None:
    """"des Type 63", "une Type 054A": a capitalised "Type" and a type's number name a design
    (Chinese, German or British types), with or without an equipment word before it."""
    toks = d.tokens
    n = toks[i + 1]
    if n.start != toks[i].end + 1 or not _TYPE_NUMBER.fullmatch(n.text):
        return
    s, e = toks[i].start, n.end
    if d.weapons.overlaps(s + 5, e) or any(x.label != "WEAPON" for x in d.overlapping(s, e)):
        return  # a listed type reads itself
    out.append(Entity(s, e, d.text[s:e], "WEAPON", kind="other", source="context",
                      attrs={"cue": "type_number"}, confidence=0.6))


@functools.lru_cache(maxsize=4096)
def _canonical_words(canonical: str) -> frozenset[str]:
    """The folded capitalised words of a record's canonical name."""
    return frozenset(fold(x) for x in canonical.replace("-", " ").split() if x[:1].isupper())


def _nicknames(d: _Doc, known: Sequence[Entity], out: list[Entity]) -> None:
    """"des Albatros L-39": a capitalised word of a listed system's canonical name, written
    right before or after another of its names, is part of the mention."""
    text = d.text
    for w in known:
        if w.label != "WEAPON" or w.source != "gazetteer" or not w.canonical:
            continue
        i, k = d.index(w.start), d.index(w.end)
        if not ((i > 0 and _is_cap(d.tokens[i - 1])) or (k < len(d.tokens) and _is_cap(d.tokens[k]))):
            continue
        words = _canonical_words(w.canonical)
        have = {fold(x) for x in w.text.replace("-", " ").split()}
        if i >= len(d.tokens) or d.tokens[i].start != w.start:
            continue
        for a in (i - 1, k):
            if a < 0 or a >= len(d.tokens):
                continue
            t = d.tokens[a]
            if not _is_cap(t) or d.folded[a] not in words or d.folded[a] in have \
                    or d.weapons.overlaps(t.start, t.end):
                continue  # another name of a system: two names side by side merge later
            gap = text[t.end:w.start] if a < i else text[w.end:t.start]
            if gap != " ":
                continue
            s, e = min(t.start, w.start), max(t.end, w.end)
            if any(x.label == "ORG" and x.source == "gazetteer" and x.start == t.start
                   and x.end == t.end for x in d.overlapping(t.start, t.end)):
                continue  # a maker's name: the maker rule decides
            out.append(Entity(s, e, text[s:e], "WEAPON", kind=w.kind, canonical=w.canonical,
                              id=w.id, source="context", attrs={**w.attrs, "cue": "nickname"},
                              confidence=0.7))


def find_systems(text: str, tokens: Sequence[Token], folded: Sequence[str],
                 sentences: Sequence[Sentence], known: Sequence[Entity],
                 out: list[Entity], starts: Sequence[int] | None = None) -> None:
    """Add to ``out`` the systems and ships the rules of this module find (see the module's
    docstring); an organisation guessed from a ship type's acronym that introduced a hull's
    name ("le BRF X") is taken out of ``out``."""
    if not tokens:
        return
    d = _Doc(text, tokens, folded, sentences, known, out, starts)
    found: list[Entity] = []
    used = _acronym_ships(d, found)
    _aboard(d, found)
    _ship_lists(d, found)
    _among_ships(d, found)
    _copula_ships(d, found)
    _sailing(d, found)
    _relief(d, found)
    _pennants(d, found)
    _quoted(d, found)
    _classes(d, known, found)
    replaced = _class_names(d, found)
    if replaced:  # "la classe Marine Protector": no body guessed from its words
        gone = {id(x) for x in replaced}
        out[:] = [e for e in out if id(e) not in gone]
    _ranks(d, found)
    _kings(d, found)
    _given_name_hulls(d, found)
    _makers(d, known, found)
    _vehicle_makers(d, known, found)
    _truck_models(d, found)
    _homonyms(d, known, found)
    ends = {e.end: e.start for e in known if e.label == "WEAPON" and e.source == "gazetteer"}
    if ends:  # "Turkish Aerospace Anka-S": a company's name does not end with a listed system
        out[:] = [e for e in out if not (e.label == "ORG" and e.source == "context"
                                         and e.attrs.get("cue") == "company_suffix"
                                         and e.start < ends.get(e.end, e.start))]
    starts_w = {e.start for e in known if e.label == "WEAPON" and e.source == "gazetteer"}
    if starts_w:  # "le LCH Prachand", "le VBMR Griffon": a type's acronym, no organisation
        out[:] = [e for e in out if not (e.label == "ORG" and e.attrs.get("cue") == "acronym_alone"
                                         and e.end + 1 in starts_w and text[e.end] == " ")]
    acro = {(tokens[i].start, tokens[i].end) for i in used}
    acro.update((tokens[i].start, tokens[i].end) for i in d.hits
                if tokens[i].text in _data()["acronyms"])
    if acro:  # a ship type's acronym is no organisation ("le SNA a appareillé")
        out[:] = [e for e in out if not (e.label == "ORG" and (e.start, e.end) in acro
                                         and e.attrs.get("cue") == "acronym_alone")]
    d.reindex(list(found))  # the rules below read the systems found so far too
    _variants(d, known, found)
    _type_numbers(d, found)
    _nicknames(d, known, found)
    _former_names(d, known, found)
    _quoted_nicknames(d, found)
    _family_words(d, known, found)
    _coordinated(d, found)
    seen: set[tuple[int, int]] = set()
    for e in found:
        if (e.start, e.end) not in seen:
            seen.add((e.start, e.end))
            out.append(e)


@cached
def _programmes() -> tuple[frozenset[str], frozenset[str]]:
    d = read_json("names/systems_fr.json")
    return (frozenset(fold(w) for w in d.get("programme_words", ())),
            frozenset(d.get("programme_records", ())))


def without_programmes(text: str, kept: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """A listed name that is a programme's (``programme_records``: "SCAF", "MGCS") is no
    mention in a text that calls it a programme ("le programme SCAF", ``programme_words``):
    the annotation conventions leave named programmes out, and such a text speaks of the
    other listed programmes so too ("le SCAF et le MGCS"). Where the text never says so, the
    name stays a system. Returns ``(kept, dropped)``; linear."""
    words, records = _programmes()
    ours = [e for e in kept if e.label == "WEAPON" and e.id in records]
    if not ours:
        return kept, []
    called = set()
    for e in ours:
        before = text[max(0, e.start - 20):e.start].replace("\u00ab", " ").split()
        if before and fold(before[-1]) in words:
            called.add(e.id)
    if not called:
        return kept, []
    # a text that calls one of them a programme speaks of the others so too ("le programme
    # SCAF ... le SCAF et le MGCS")
    return ([e for e in kept if not (e.label == "WEAPON" and e.id in records)],
            [e for e in kept if e.label == "WEAPON" and e.id in records])


@cached
def _team_tails() -> tuple[str, ...]:
    return tuple(read_json("names/systems_fr.json").get("not_system_tails", ()))


def without_team_names(text: str, kept: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """A listed system that begins the name of a display team or a prize ("le X Solo
    Display", "le Y d'Or": ``not_system_tails``, case-sensitive, right after it) is no
    mention of the system: teams and prizes are not among the labels. Returns ``(kept,
    dropped)``; one look after each decided system."""
    tails = _team_tails()
    if not tails:
        return kept, []
    out: list[Entity] = []
    gone: list[Entity] = []
    for e in kept:
        if e.label == "WEAPON" and text.startswith(tails, e.end) and any(  # (one C test first)
                text.startswith(t, e.end) and not text[e.end + len(t):e.end + len(t) + 1].isalnum()
                for t in tails):
            gone.append(e)
        else:
            out.append(e)
    return out, gone
