"""The learned decision over capitalised spans that no rule settles.

After the gazetteer, the patterns and the context rules (:mod:`frdefnlp.names`), a French news
text still holds capitalised spans nobody named: "Martin Pfister a présenté", "la ville de
Korhogo", "Industrie" at the start of a heading. :func:`guess_names` proposes each maximal run
of capitalised words (with name particles: "Tamer al-Refaie", "Lahcen Ait Moussa") that
overlaps no known candidate, and, for a run at the start of a sentence, the same run without
its first word; a multinomial logistic regression scores each as PERSON, ORG, LOC or nothing
(systems are the rules' and the gazetteer's: an unknown system is "nothing" here),
and the best label above nothing is kept (``source="context"``, ``attrs["cue"] == "model"``,
``attrs["p"]`` its probability). Where a run and its shorter variant both pass, the likelier
one wins.

The features (:data:`FEATURES`) are what a reader uses: whether the words are given names,
family names or towns (``resources/names/people.txt``, built by ``tools/build_names.py`` from
public data), whether they are also common words, the shape of the span, organisation and
place words inside it, the words around it (a determiner, "de", "à", a comma, a verb of
speech, a bracket), its position in the sentence, its other mentions in the document (the
span again, its last word alone), what the gazetteer and the rules already named in the
document (:class:`DocNames`: a known person's surname, the same text given a label
elsewhere), and a year glued after it or an event word before it (exercise and show names).

The model is trained by ``python tools/train_names.py`` with scikit-learn on hand-written gold
(``resources/names/train.txt`` and the project's own dev and seed sets) and shipped as JSON
numbers (``resources/names/model.json``), read here without scikit-learn. Cost: one pass over
the tokens, O(1) work a token (dictionary probes), plus one pass to count the words of the
document.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import regex

from ._resources import cached, read_json, read_text
from ._spans import SpanIndex
from ._text import fold
from .errors import ResourceError
from .types import Entity, Sentence, Token

__all__ = ["FEATURES", "LABELS", "DocNames", "NameList", "NameModel", "load_people", "load_model", "candidates",
           "features", "guess_names", "org_words", "word_counts"]

#: The classes the model tells apart ("O": not a name).
LABELS = ("O", "PERSON", "ORG", "LOC")

FEATURES = (
    "n1", "n2", "n3", "n4",
    "first_given", "first_given_common", "first_family", "first_place", "first_word",
    "first_unknown",
    "last_family", "last_family_common", "last_given", "last_place", "last_word", "last_unknown",
    "all_people", "frac_people", "all_unknown", "place_whole",
    "acronym", "has_digit", "has_hyphen", "has_particle", "inner_caps", "ends_s", "short",
    "org_word", "org_last", "loc_word", "person_word",
    "sent_start", "prev_det", "prev_de", "prev_a", "prev_comma", "prev_open", "prev_agent",
    "prev_lower", "prev_role", "prev_demonym", "prev_place_cue",
    "next_comma", "next_paren", "next_verb", "next_speech", "next_de", "next_lower_adj",
    "next_end", "next_cap",
    "repeated", "last_alone", "first_alone",
    "prev_event", "prev_weapon", "noun_suffix", "lower_elsewhere", "english", "next_lower",
    "designation", "weapon_near", "person_shape", "domain_noun",
    "doc_person_word", "doc_same_person", "doc_same_org", "doc_same_loc",
    "next_year", "event_near", "next_number", "year_elsewhere",
    "company_verb_next", "by_company_verb", "prev_media_verb", "coord_org", "org_apposition",
    "prev_company_noun", "det_demonym", "prev_selon",
)


@dataclass(frozen=True, slots=True)
class DocNames:
    """What the document already names, for the features: the capitalised words of its
    persons (a surname seen after a title: "Mehtar" makes "Sunil Mehtar" a person) and the
    texts each label was given ("Karim Benali" after a title is a person again later)."""

    person_words: frozenset[str] = frozenset()
    texts: Mapping[str, frozenset[str]] = None  # type: ignore[assignment]  # text -> labels
    with_year: frozenset[str] = frozenset()  # runs followed by a year somewhere in the text
    org_starts: frozenset[int] = frozenset()  # character offsets where a known ORG starts
    org_ends: frozenset[int] = frozenset()  # ... and where one ends ("X et Thales", "Safran et X")
    adjective_ends: frozenset[int] = frozenset()  # where a nationality adjective ends ("l'italien")

    @classmethod
    def of(cls, entities: Sequence[Entity], with_year: frozenset[str] = frozenset()) -> DocNames:
        words: set[str] = set()
        texts: dict[str, frozenset[str]] = {}  # one shared frozenset per set of labels
        starts: set[int] = set()
        ends: set[int] = set()
        adjectives: set[int] = set()
        for e in entities:
            if e.attrs.get("alias_type") == "adjective":
                adjectives.add(e.end)
                continue
            if e.label not in ("PERSON", "ORG", "LOC") or e.attrs.get("alias_type") == "description":
                continue
            labels = texts.get(e.text)
            if labels is None or e.label not in labels:
                labels = frozenset((*labels, e.label)) if labels else frozenset((e.label,))
                texts[e.text] = _LABEL_SETS.setdefault(labels, labels)
            if e.label == "PERSON":
                words.update(w for w in e.text.split() if len(w) >= 3 and w[:1].isupper())
            elif e.label == "ORG":
                starts.add(e.start)
                ends.add(e.end)
        return cls(frozenset(words), texts, with_year,
                   frozenset(starts), frozenset(ends), frozenset(adjectives))


#: each distinct set of labels, once (a document's DocNames.texts shares them)
_LABEL_SETS: dict[frozenset[str], frozenset[str]] = {}
_NO_NAMES = DocNames(frozenset(), {})


def runs_with_year(text: str, tokens: Sequence[Token], runs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The texts of the runs ``(i, j)`` that a year (19xx, 20xx) follows somewhere."""
    out = set()
    for i, j in runs:
        if j < len(tokens) and tokens[j].kind == "number" and len(tokens[j].text) == 4 \
                and tokens[j].text[:2] in ("19", "20"):
            out.add(text[tokens[i].start:tokens[j - 1].end])
    return frozenset(out)


class NameList(Mapping[str, str]):
    """Folded name -> flags, read-only: a sorted list of names and one code character a name
    (bisection: O(log n) a look-up; loading splits one line, with no dictionary to build)."""

    __slots__ = ("_names", "_codes", "_sets")

    def __init__(self, names: list[str], codes: str, sets: list[str]) -> None:
        if len(names) != len(codes):
            raise ResourceError("names and codes differ in length", path="resources/names/people.txt")
        self._names, self._codes, self._sets = names, codes, sets

    def __getitem__(self, key: str) -> str:
        i = bisect_left(self._names, key)
        if i == len(self._names) or self._names[i] != key:
            raise KeyError(key)
        return self._sets[ord(self._codes[i]) - 48]

    def get(self, key: str, default: Any = None) -> Any:  # the hot path: no exception
        names = self._names
        i = bisect_left(names, key)
        if i < len(names) and names[i] == key:
            return self._sets[ord(self._codes[i]) - 48]
        return default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


@cached
def load_people() -> NameList:
    """Folded name -> flags (``g``/``G`` given name, ``f``/``F`` family name, upper case when
    common, ``p`` a town or region, ``w`` also a common word), from
    ``resources/names/people.txt`` (built by ``tools/build_names.py``)."""
    text = read_text("names/people.txt")
    parts: dict[str, str] = {}
    for line in text.split("\n"):
        if line and line[0] != "#":
            head, tab, body = line.partition("\t")
            if not tab:
                raise ResourceError("expected 'sets|codes|names<TAB>...'",
                                    path="resources/names/people.txt")
            parts[head] = body
    try:
        return NameList(parts["names"].split("|"), parts["codes"], parts["sets"].split("|"))
    except KeyError as exc:
        raise ResourceError(f"missing line {exc}", path="resources/names/people.txt") from exc


def org_words() -> frozenset[str]:
    """Folded words that name organisations ("systems", "industrie", "group")."""
    return _words()["org_words"]


@cached
def _words() -> dict[str, frozenset[str]]:
    data = read_json("names/model_words.json")
    return {k: frozenset(fold(w) for w in v) for k, v in data.items() if isinstance(v, list)}


@dataclass(frozen=True, slots=True)
class NameModel:
    """A multinomial logistic regression: ``probabilities(x)`` over :data:`LABELS`."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]  # one row per label
    intercept: tuple[float, ...]
    threshold: float
    info: Mapping[str, Any]
    single_thresholds: Mapping[str, float] = None  # type: ignore[assignment]  # label -> bar, one word
    weights: tuple[tuple[float, ...], ...] = ()  # coef / scale, filled by from_dict
    bias: tuple[float, ...] = ()  # intercept - coef . mean / scale

    def probabilities(self, x: Sequence[float]) -> list[float]:
        """Softmax of the scores; standardisation is folded into the weights once, and only
        non-zero features are visited (most are 0/1 and few are on)."""
        on = [(k, v) for k, v in enumerate(x) if v]
        scores = [b + sum(row[k] * v for k, v in on) for row, b in zip(self.weights, self.bias, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "model") -> NameModel:
        try:
            model = cls(
                features=tuple(data["features"]),
                mean=tuple(float(v) for v in data["mean"]),
                scale=tuple(float(v) or 1.0 for v in data["scale"]),
                coef=tuple(tuple(float(v) for v in row) for row in data["coef"]),
                intercept=tuple(float(v) for v in data["intercept"]),
                threshold=float(data.get("threshold", 0.5)),
                single_thresholds={k: float(v) for k, v in data.get("single_thresholds", {}).items()},
                info=dict(data.get("info", {})),
            )
            labels = tuple(data["labels"])
            weights = tuple(tuple(c / sc for c, sc in zip(row, model.scale, strict=True)) for row in model.coef)
            bias = tuple(b - sum(c * m for c, m in zip(row, model.mean, strict=True))
                         for row, b in zip(weights, model.intercept, strict=True))
            model = replace(model, weights=weights, bias=bias)
        except (KeyError, TypeError, ValueError) as exc:
            raise ResourceError(f"malformed name model: {exc}", path=where) from exc
        if model.features != FEATURES or labels != LABELS:
            raise ResourceError("name model features or labels differ from the code's; retrain "
                                "with `python tools/train_names.py`", path=where, field="features")
        if len(model.coef) != len(LABELS) or any(len(r) != len(FEATURES) for r in model.coef):
            raise ResourceError("name model vectors have the wrong lengths", path=where)
        return model


@cached
def load_model() -> NameModel:
    """The shipped model (cached after the first call)."""
    return NameModel.from_dict(read_json("names/model.json"), where="names/model.json")


def _is_cap(tok: Token, not_names: frozenset[str]) -> bool:
    t = tok.text
    return (tok.kind == "word" and t[:1].isupper() and t not in not_names
            and not t.endswith(("'", "\u2019")))


_INITIALS = frozenset({"N'", "N\u2019", "M'", "M\u2019"})


def glued_initial(tokens: Sequence[Token], i: int) -> bool:
    """Is ``tokens[i]`` the "N'" of "N'Dri", "N'Diaye" (a capital and an apostrophe the
    tokenizer cut off as an elision, glued to a capitalised word)?"""
    t = tokens[i].text
    return (len(t) == 2 and t[0] in "NM" and t[1] in "'\u2019" and i + 1 < len(tokens)
            and tokens[i + 1].start == tokens[i].end and tokens[i + 1].text[:1].isupper())


def _is_particle_name(tok: Token, particles: frozenset[str]) -> bool:
    """"al-Refaie", "el-Sissi", "ben-Ali": a lower-case particle glued to a capitalised name."""
    t = tok.text
    cut = t.find("-")
    return (tok.kind == "word" and 0 < cut < len(t) - 1 and t[:cut].lower() in particles
            and t[cut + 1].isupper())


def candidates(tokens: Sequence[Token], sentences: Sequence[Sentence],
               taken: SpanIndex, not_names: frozenset[str],
               particles: frozenset[str], max_tokens: int = 5,
               surnames: frozenset[int] = frozenset(),
               fronts: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges ``(i, j)`` of the capitalised runs that overlap no ``taken`` span; a run at
    the start of a sentence gives its variant without the first word too. A single word is
    no candidate at the start of a sentence (its capital says nothing: "Salon.") nor before
    a lower-case adjective or a de-complement with a lower-case word (it heads a longer
    common-noun name: "Salon international de ...", "Coupe d'Afrique", "Chef du
    gouvernement"), nor is a run that starts with a title ("Amiral", "Président"); a single
    word at the start of a sentence that is no common word is one when a company's verb or
    a company noun in apposition follows it ("Skyrex a livré ...", "Kavsar, le constructeur
    ...": :func:`_company_after`); a one-word known place (``fronts``: their starts) followed
    by two unknown capitalised words or more starts a run too ("Sahel Usinage Précis"). A run
    may go on over a token that is a one-word person already found (``surnames``: their starts), so that "Paul
    Biya" is seen whole where "Biya" alone was known."""
    out: list[tuple[int, int]] = []
    folded_particles = particles
    w = _words()
    roles, courtesy = w["role_words"], w["courtesy_titles"]
    for sent in sentences:
        i, end = sent.token_start, sent.token_end
        while i < end:
            tok = tokens[i]
            cap = _is_cap(tok, not_names)
            if cap and fold(tok.text) in courtesy:
                i += 1  # "Mme Rochat", "M. Achour": the name starts after the courtesy title
                continue
            if not (cap or (tok.text in _INITIALS and glued_initial(tokens, i))) \
                    or taken.overlaps(tok.start, tok.end):
                if cap and fronts and tok.start in fronts:
                    # "Sahel Usinage Précis": a known place before two unknown capitalised
                    # words may be the front of a company's name
                    j = i + 1
                    # (an acronym right after the place is no such front: "l'Arctique NCSM X")
                    while j < end and j - i < max_tokens and _is_cap(tokens[j], not_names) \
                            and not (j == i + 1 and tokens[j].text.isupper()) \
                            and not taken.overlaps(tokens[j].start, tokens[j].end):
                        j += 1
                    if j - i >= 3:
                        out.append((i, j))
                i += 1
                continue
            j = i + 1
            while j < end and j - i < max_tokens:
                t = tokens[j]
                if t.start in surnames and _is_cap(t, not_names):
                    j += 1
                    continue
                if taken.overlaps(t.start, t.end):
                    break
                if _is_cap(t, not_names) or _is_particle_name(t, folded_particles) \
                        or (t.text in _INITIALS and glued_initial(tokens, j)):
                    j += 1
                elif (t.kind == "word" and t.text.lower() in folded_particles and j + 1 < end
                      and _is_cap(tokens[j + 1], not_names)
                      and not taken.overlaps(tokens[j + 1].start, tokens[j + 1].end)):
                    j += 2
                else:
                    break
            first = i == sent.token_start or tokens[i - 1].text in _START
            if fold(tok.text) in roles:
                pass  # "l'Amiral X", "Président X": a title is no part of a name
            elif not (j - i == 1 and (first or _heads_a_phrase(tokens, j, end))):
                out.append((i, j))
            elif j - i == 1 and first and _company_after(tokens, i, j, end, w):
                out.append((i, j))  # "Skyrex a livré ...": a lone word a company's verb follows
            if first and j - i >= 2:
                out.append((i + 1, j))
            i = j
    return out


def _company_after(tokens: Sequence[Token], i: int, j: int, end: int,
                   w: Mapping[str, frozenset[str]]) -> bool:
    """Does a company's verb or a company noun in apposition follow the lone word
    ``tokens[i]`` at the start of a sentence ("Skyrex a livré", "Kavsar, le constructeur
    ...")? A common word ("Personne n'a livré") or a participle ("Contactée, la société")
    never starts a name this way."""
    nxt = fold(tokens[j].text) if j < end else ""
    if nxt != "," and nxt not in w["company_aux"] and nxt not in w["company_verbs"] \
            and nxt not in ("et", "ou"):
        return False  # most sentences: no company's context after the first word
    first = fold(tokens[i].text)
    if first in w["not_lone_names"] or "w" in load_people().get(first, "") \
            or tokens[i].text.endswith(_PARTICIPLE):
        return False  # "Personne n'a livré", "Contactée, la société ..."
    stop = min(end, j + 7)
    nxt = [fold(t.text) for t in tokens[j:stop]]
    return _company_verb_after(nxt, 0, stop - j, w) or _org_apposition(nxt, 0, stop - j, w)


#: Endings of the past and present participles that open a sentence ("Interrogée, la société").
_PARTICIPLE = ("é", "ée", "és", "ées", "ant")


def _heads_a_phrase(tokens: Sequence[Token], j: int, end: int) -> bool:
    """Does ``tokens[j:]`` continue a capitalised word as a common-noun phrase (a lower-case
    adjective, or de/d'/du/des and a lower-case word)?"""
    if j >= end or tokens[j].kind != "word":
        return False
    t = tokens[j].text
    low = t.lower()
    if low in ("de", "d'", "d\u2019", "du", "des"):
        k = j + 1
        if k < end and tokens[k].text.lower() in ("la", "l'", "l\u2019", "le", "les"):
            k += 1
        return k < end and tokens[k].kind == "word" and tokens[k].text[:1].islower()
    return t.islower() and fold(low).endswith(_ADJECTIVE)


#: Endings of lower-case adjectives after a capitalised noun ("international", "royale").
_ADJECTIVE = ("al", "ale", "aux", "ales", "ien", "ienne", "iens", "iennes", "ique", "iques",
              "aire", "aires", "el", "elle", "els", "elles", "if", "ive", "ifs", "ives", "eur",
              "eure", "eme", "ieme")


def _flags(key: str, people: Mapping[str, str]) -> str:
    """Flags of a folded word; a hyphenated word ("marie-laure") takes the flags all its
    parts share."""
    f = people.get(key)
    if f is None and "-" in key:
        parts = [set(people.get(p, "")) for p in key.split("-") if p]
        f = "".join(sorted(set.intersection(*parts))) if parts else None
    return f or ""


_NAMEISH = frozenset("gGfF")
_DE = frozenset({"de", "d'", "du", "des"})
_AT = frozenset({"à", "au", "aux", "À", "en", "vers", "depuis"})
_OPEN = frozenset({"(", "«", '"', "\u201c"})
_START = frozenset({"«", '"', "\u201c", "-", "\u2013", "\u2014", ":"})
_END = frozenset({".", "!", "?", ";", ":"})
_DEMONYM = ("ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise", "ite", "ique")
_DESIGNATION = regex.compile(r"[a-z]\d|\d[a-z]|[a-z]-\d")
_NEXT_NOT = frozenset({"de", "d'", "du", "des", "et", "ou"})


def features(text: str, tokens: Sequence[Token], folded: Sequence[str], i: int, j: int,
             sent: Sentence, counts: Counter[str], span_counts: Counter[str],
             lower: Counter[str] | None = None, doc: DocNames | None = None) -> list[float]:
    """The feature vector (:data:`FEATURES`) of the run ``tokens[i:j]`` in sentence ``sent``.

    ``counts`` counts the capitalised words of the document, ``span_counts`` the candidate
    runs' texts (other mentions of the same name), ``lower`` the folded lower-case words,
    ``doc`` the names the rules and the gazetteer found in the document."""
    people = load_people()
    doc = doc or _NO_NAMES
    w = _words()
    idx = [x for x in range(i, j) if tokens[x].text[:1].isupper()]
    words = [tokens[x].text for x in idx]
    n = j - i
    first, last = tokens[i].text, tokens[j - 1].text
    lf_key = folded[j - 1]
    ff, lf = _flags(folded[i], people), _flags(lf_key, people)
    allf = [_flags(folded[x], people) for x in idx]
    known = sum(1 for f in allf if not _NAMEISH.isdisjoint(f))
    s, e = tokens[i].start, tokens[j - 1].end
    span = text[s:e]
    inside = i > sent.token_start
    prev = folded[i - 1] if inside else ""
    prev_tok = tokens[i - 1] if inside else None
    prev_lower = prev_tok is not None and prev_tok.kind == "word" and prev_tok.text.islower()
    after = j < sent.token_end
    nxt = folded[j] if after else ""
    nxt_tok = tokens[j] if after else None
    nxt_lower = nxt_tok is not None and nxt_tok.kind == "word" and nxt_tok.text.islower()
    nxt2 = folded[j + 1] if j + 1 < sent.token_end else ""
    fw = folded[i:j]
    ffl, lfl = ff.lower(), lf.lower()
    v = [
        n == 1, n == 2, n == 3, n >= 4,
        "g" in ffl, "G" in ff, "f" in ffl, "p" in ff, "w" in ff, not ff,
        "f" in lfl, "F" in lf, "g" in lfl, "p" in lf, "w" in lf, not lf,
        bool(words) and known == len(words), known / max(1, len(words)),
        not any(allf), n > 1 and "p" in people.get(" ".join(fw), ""),
        n == 1 and first.isupper() and len(first) >= 2,
        any(c.isdigit() for c in span), "-" in span,
        any(f in w["particles"] for f in fw) or any("-" in x and x[:1].islower() for x in fw),
        any(any(c.isupper() for c in x[1:]) and not x.isupper() for x in words),
        last.endswith("s") and "w" in lf, len(span) <= 3,
        any(f in w["org_words"] for f in fw), lf_key in w["org_words"],
        any(f in w["loc_words"] for f in fw), any(f in w["person_words"] for f in fw),
        not inside or prev in _START,
        prev in w["determiners"], prev in _DE,
        prev_tok is not None and prev_tok.text in _AT,
        prev == ",", prev in _OPEN, prev in w["agent_cues"],
        prev_lower, prev in w["role_words"], prev_lower and prev.endswith(_DEMONYM),
        prev in w["place_cues"],
        nxt == ",", nxt == "(", nxt in w["verbs"], nxt in w["speech"] or nxt2 in w["speech"],
        nxt in _DE,
        nxt_lower and nxt.endswith((*_DEMONYM, "ale", "al")),
        nxt_tok is None or nxt in _END,
        nxt_tok is not None and nxt_tok.text[:1].isupper(),
        span_counts[span] > 1,
        n >= 2 and counts[last] > words.count(last),
        n >= 2 and counts[first] > words.count(first),
        prev in w["event_cues"], prev in w["weapon_cues"],
        lf_key.endswith(_NOUN_SUFFIXES) and not ("g" in lfl or "f" in lfl),
        lower is not None and any(lower[f] for f in fw),
        any(f in w["english"] for f in fw),
        nxt_lower and nxt not in w["verbs"] and nxt not in _NEXT_NOT,
        any(_DESIGNATION.search(x) is not None for x in fw),
        any(folded[x] in w["weapon_cues"] for x in range(max(sent.token_start, i - 4), i)),
        # given name + words that are no common, organisation or English words: a person's
        # name; family names in capitals at the end included ("Moussa Salaou BARMOU", as the
        # Sahel's press writes them), not an acronym inside ("Arctique NCSM Harry")
        2 <= n <= 4 and "g" in ffl and "w" not in lf and not any(
            f in w["org_words"] or f in w["english"] for f in fw) and not any(
            c.isdigit() for c in span) and all(x[:1].isupper() for x in words)
        and _caps_at_end(words),
        any(f in w["domain_nouns"] for f in fw),  # "Finances", "Commerce": a ministry's domain
        n >= 2 and last in doc.person_words and first not in doc.person_words,
        "PERSON" in doc.texts.get(span, ()), "ORG" in doc.texts.get(span, ()),
        "LOC" in doc.texts.get(span, ()),
        # "« Eager Falcon 2025 »", "Desert Shield 2024": a year glued to a name makes it an
        # exercise's, a show's or a plan's
        nxt_tok is not None and nxt_tok.kind == "number" and len(nxt) == 4 and nxt[:2] in ("19", "20"),
        any(folded[x] in w["event_cues"] for x in range(max(sent.token_start, i - 6), i)),
        # "Al Nasr 912": a pennant or a model number after the name
        nxt_tok is not None and nxt_tok.kind == "number" and not (len(nxt) == 4 and nxt[:2] in ("19", "20")),
        span in doc.with_year,  # "Desert Shield 2025" ... "Desert Shield est devenu"
        # what companies and media do: "X a livré", "X fabrique", "X et Y ont signé"
        _company_verb_after(folded, j, sent.token_end, w),
        # "fabriqué par X", "le contrat remporté par X", "rapporté par X"
        i - 2 >= sent.token_start and prev == "par" and folded[i - 2] in w["by_verbs"],
        # « ... », a rapporté X / rapporte X / selon le site X
        inside and prev in w["media_verbs"],
        # "Thales et X", "X et Safran", "X, Leonardo et Indra": coordinated with a known ORG
        _next_to_org(tokens, folded, i, j, sent, doc),
        # "X, le constructeur ...", "X, filiale de ...": a company noun in apposition after it
        _org_apposition(folded, j, sent.token_end, w),
        # "l'avionneur X", "le géant X", "le sous-traitant X": a company noun before it
        prev in w["company_nouns"],
        # "l'australien X", "le turc X": a determiner and a nationality adjective (the
        # gazetteer's) used as a noun, as the press names foreign companies
        prev_tok is not None and prev_tok.end in doc.adjective_ends and i - 2 >= sent.token_start
        and folded[i - 2] in ("l'", "le", "un"),
        # "selon X", "d'après X": a source, a medium's or a body's name when X is no name
        prev in ("selon", "d'apres"),
    ]
    return [1.0 if x is True else 0.0 if x is False else float(x) for x in v]


def _caps_at_end(words: Sequence[str]) -> bool:
    """Are the words in capitals (three letters or more) only at the end of ``words``, after a
    first word that is not ("Moussa Salaou BARMOU" yes, "Harry DeWolf" yes, "Arctique NCSM
    Harry" no)?"""
    caps = [x.isupper() for x in words]
    if not caps or caps[0]:
        return False
    k = caps.index(True) if True in caps else len(caps)
    return all(caps[k:]) and all(len(x) > 2 for x in words[k:])


def _company_verb_after(folded: Sequence[str], j: int, end: int, w: Mapping[str, frozenset[str]]) -> bool:
    """Is the run before ``folded[j]`` the subject of a company's verb ("X a livré", "X
    fabrique", "X va aussi fournir", "X et Y ont signé", "X, qui produit")? Auxiliaries and
    adverbs (``company_aux``) may stand between; a run coordinated with one more capitalised
    word ("X et Y") is looked through once."""
    k = j
    if k + 2 < end and folded[k] in ("et", "ou") and folded[k + 1][:1].isalpha():
        k += 2  # "X et Y ont signé": the verb after the second name
    stop = min(end, k + 4)
    while k < stop and folded[k] in w["company_aux"]:
        k += 1
    return k < end and folded[k] in w["company_verbs"]


def _next_to_org(tokens: Sequence[Token], folded: Sequence[str], i: int, j: int, sent: Sentence,
                 doc: DocNames) -> bool:
    """Is the run coordinated with an organisation already named ("Thales et X", "X et
    Safran", "X, Leonardo et ...")?"""
    if not doc.org_ends:
        return False
    if i - 2 >= sent.token_start and folded[i - 1] in ("et", ",", "ou") \
            and tokens[i - 2].end in doc.org_ends:
        return True
    return j + 1 < sent.token_end and folded[j] in ("et", ",", "ou") \
        and tokens[j + 1].start in doc.org_starts


def _org_apposition(folded: Sequence[str], j: int, end: int, w: Mapping[str, frozenset[str]]) -> bool:
    """"X, le constructeur ...", "X, filiale de ...", "X, une PME ...": a comma, perhaps a
    determiner and adjectives, then a company or media noun."""
    if j + 1 >= end or folded[j] != ",":
        return False
    k = j + 1
    if folded[k] in ("le", "la", "l'", "un", "une", "leur", "son", "sa"):
        k += 1
    if k < end and folded[k] in w["company_adjectives"]:
        k += 1
    return k < end and folded[k] in w["company_nouns"]


def word_counts(tokens: Sequence[Token], folded: Sequence[str]) -> tuple[Counter[str], Counter[str]]:
    """The capitalised words of a document as written, and its lower-case words folded."""
    # counted by Counter's C loop over generators (no Python-level ``+= 1`` a word); the same
    # counts in the same first-seen order
    lower: Counter[str] = Counter(f for t, f in zip(tokens, folded, strict=True)
                                  if t.kind == "word" and t.text[:1].islower())
    caps: Counter[str] = Counter(t.text for t in tokens
                                 if t.kind == "word" and t.text[:1].isupper())
    return caps, lower


def guess_names(text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
                folded: Sequence[str], taken: SpanIndex, not_names: frozenset[str],
                model: NameModel | None = None, surnames: frozenset[int] = frozenset(),
                names: Sequence[Entity] = (), fronts: frozenset[int] = frozenset()) -> list[Entity]:
    """The names the model finds among the capitalised runs that overlap no ``taken`` span
    (``surnames``: starts of one-word persons a run may take in, see :func:`candidates`;
    ``names``: the entities found so far, see :class:`DocNames`)."""
    model = model or load_model()
    w = _words()
    runs = candidates(tokens, sentences, taken, not_names, w["particles"], surnames=surnames,
                      fronts=fronts)
    if not runs:
        return []
    counts, lower = word_counts(tokens, folded)
    span_counts = Counter(text[tokens[i].start:tokens[j - 1].end] for i, j in runs)
    firsts = [x.token_start for x in sentences]
    doc = DocNames.of(names, runs_with_year(text, tokens, runs))
    best: dict[int, Entity] = {}  # run end token -> the best entity ending there
    for i, j in runs:
        sent = sentences[bisect_right(firsts, i) - 1]
        vec = features(text, tokens, folded, i, j, sent, counts, span_counts, lower, doc)
        p = model.probabilities(vec)
        k = max(range(1, len(LABELS)), key=lambda x: p[x])
        bar = model.threshold
        if j - i == 1:
            weak = any(vec[c] for c in _WEAK_ORG_CUES) and not (vec[_FAMILY] or vec[_SELON] and not vec[_UNKNOWN])
            if (weak or any(vec[c] for c in _ORG_CUES)) and not any(vec[c] for c in _NOT_LONE_ORG):
                # a lone word is an organisation only where a company's or a medium's
                # context says so: "fabriqué par X", "X, le constructeur", "l'avionneur X",
                # "l'italien X", "Thales et X"; or "X a livré", "a rapporté X" when X is no
                # family name ("Regragui dévoile sa liste"), "selon X" when X is in no list; and
                # never a given name ("Thales, Leonardo et Charles") nor a word that is common
                # ("Services", "Commerce", "Security", a word seen in lower case elsewhere)
                bars = {**model.single_thresholds, "ORG": model.single_thresholds.get("ORG_cued", bar)}
            else:
                bars = model.single_thresholds
            bar = bars.get(LABELS[k], bar)
        if p[k] < bar or p[k] <= p[0]:
            continue
        if (k == _PERSON and folded[j - 1] in w["event_name_ends"]) or (
                k == _ORG and j - i > 1 and folded[j - 1] in w["show_name_ends"]):
            continue  # "African Lion", "Sahara Defence Expo": an exercise's or a show's name
        if j - i == 1 and k == _LOC and vec[_UNKNOWN] and folded[i].endswith(_NOT_PLACE_ENDINGS):
            continue  # "du Secteur", "le Commandement": a capitalised common noun is no lone place
        s, e = tokens[i].start, tokens[j - 1].end
        ent = Entity(s, e, text[s:e], LABELS[k], kind=_KINDS[LABELS[k]], source="context",
                     attrs={"cue": "model", "p": round(p[k], 3)}, confidence=round(p[k], 3))
        old = best.get(j)
        if old is None or p[k] > old.attrs["p"]:
            best[j] = ent
    return sorted(best.values(), key=lambda x: x.start)


#: Endings of French common nouns ("Transition", "Artillerie", "Secteur", "Ressources").
_NOUN_SUFFIXES = ("tion", "tions", "ment", "ments", "ite", "ites", "ence", "ences", "ance",
                  "ances", "erie", "eries", "ure", "ures", "age", "ages", "isme", "eur", "eurs",
                  "ique", "iques", "ie", "ies", "iere", "ieres", "oire", "ources", "ource",
                  "aire", "aires", "ise", "ises", "ude")

#: Features that speak for an organisation strongly enough to let a lone word be one.
_ORG_CUES = tuple(FEATURES.index(f) for f in (
    "by_company_verb", "coord_org", "org_apposition", "prev_company_noun", "det_demonym"))
#: ... and those a person's surname shares ("Regragui dévoile", "a rapporté Dupont").
_WEAK_ORG_CUES = tuple(FEATURES.index(f) for f in ("company_verb_next", "prev_media_verb", "prev_selon"))
_FAMILY = FEATURES.index("first_family")
_SELON, _UNKNOWN = FEATURES.index("prev_selon"), FEATURES.index("all_unknown")
_LOC, _PERSON, _ORG = LABELS.index("LOC"), LABELS.index("PERSON"), LABELS.index("ORG")
#: Endings of common nouns that no unlisted place name has ("Secteur", "Commandement"); "-ie"
#: is left out: regions and countries end so ("Ligurie", "Mauritanie").
_NOT_PLACE_ENDINGS = ("tion", "tions", "ment", "ments", "eur", "eurs", "isme", "ence", "ences",
                      "ance", "ances", "erie", "eries", "ude")
_NOT_LONE_ORG = tuple(FEATURES.index(f) for f in (
    "first_given", "org_word", "domain_noun", "english", "lower_elsewhere"))

_KINDS = {"PERSON": "person", "ORG": "other", "LOC": "other", "WEAPON": "other"}
