"""``frdefnlp.tag``: sentences, tokens and typed entities of a French defence text.

The :class:`Tagger` runs, on the article text: the tokenizer (:mod:`frdefnlp.tokenizer`), the
gazetteer (:mod:`frdefnlp.gazetteer`), the MONEY/DATE/QUANTITY patterns
(:mod:`frdefnlp.patterns`, resolved against the document date), the context rules
(:mod:`frdefnlp.names`), and one :class:`frdefnlp.resolver.Resolver` that decides every
overlap. Each entity records which component produced it (``Entity.source``).

Gazetteer adjectives ("israéliens" -> Israel) are not entities; they are kept in
``Document.candidates`` with ``attrs["alias_type"] == "adjective"`` so that later stages (the
events) can read nationality from them. Cost: linear in the text.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

import regex

from . import _windows
from ._text import ensure_text, fold
from .errors import InputTypeError
from .names import (
    ContextTagger,
    begins_an_event_name,
    heads_a_name,
    names_a_standard,
    strip_name_head,
)
from .patterns import PatternTagger
from .patterns._common import LazyPattern
from .resolver import Resolver
from .systems import without_programmes, without_team_names
from .tokenizer import _HYPHENS, Tokenizer
from .types import CleanResult, Document, Entity, Metadata

__all__ = ["TagOptions", "Tagger", "decide", "tag", "to_conll", "configure_cli", "run_cli"]


@dataclass(frozen=True, slots=True)
class TagOptions:
    """Options of :class:`Tagger` (shared by the Python API and ``frdefnlp tag``).

    ``exclude_gazetteers`` names shipped gazetteer files to switch off ("locations.jsonl");
    ``extra_gazetteers`` adds your own JSONL files; ``doc_date`` (ISO) overrides the date that
    relative dates resolve against.
    """

    use_gazetteer: bool = True
    use_patterns: bool = True
    use_context: bool = True
    exclude_gazetteers: tuple[str, ...] = ()
    extra_gazetteers: tuple[str, ...] = ()
    doc_date: str | None = None
    resolver_policy: str = "longest"
    keep_candidates: bool = True
    #: optional statistical NER backends merged by a per-label policy: "spacy",
    #: "spacy:fr_core_news_sm", "stanza" or Backend objects (frdefnlp.backends, docs/backends.md)
    backends: tuple[Any, ...] = ()


class Tagger:
    """Tag texts or :class:`~frdefnlp.types.CleanResult` objects.

    >>> doc = Tagger()("Le Maroc a acquis le système Barak pour 500 millions de dollars.")
    >>> [(e.text, e.label, e.source) for e in doc.entities]
    [('Maroc', 'LOC', 'gazetteer'), ('Barak', 'WEAPON', 'gazetteer'), ('500 millions de dollars', 'MONEY', 'pattern')]
    """

    def __init__(self, options: TagOptions | None = None, *, gazetteer: Any = None) -> None:
        if options is not None and not isinstance(options, TagOptions):
            raise InputTypeError(
                f"options must be TagOptions, got {type(options).__name__}: "
                "build one with frdefnlp.TagOptions(...)"
            )
        self.options = options or TagOptions()
        self.tokenizer = Tokenizer()
        self.patterns = PatternTagger()
        self.context = ContextTagger()
        self.resolver = Resolver(policy=self.options.resolver_policy)
        self._gazetteer = gazetteer
        self._lock = threading.Lock()
        self._adjectives: dict[str, bool] = {}  # word -> is a nationality adjective (memo)
        self.backends: tuple[Any, ...] = ()
        if self.options.backends:  # optional extras: imported only when asked for
            from .backends import get_backend

            self.backends = tuple(get_backend(b) for b in self.options.backends)

    @property
    def gazetteer(self) -> Any:
        if self._gazetteer is None:
            with self._lock:
                if self._gazetteer is None:
                    from .gazetteer import Gazetteer

                    self._gazetteer = Gazetteer.load(
                        exclude=self.options.exclude_gazetteers,
                        extra_files=self.options.extra_gazetteers,
                    )
        return self._gazetteer

    def __call__(self, text_or_clean: str | CleanResult, *, doc_id: str | None = None) -> Document:
        """Tag one text (a ``str``) or one :class:`CleanResult` (its ``.text``)."""
        clean: CleanResult | None = None
        if isinstance(text_or_clean, CleanResult):
            clean = text_or_clean
            text = clean.text
            metadata = clean.metadata
        else:
            text = ensure_text(text_or_clean, "text_or_clean")
            metadata = Metadata()
        doc_date = self.options.doc_date or metadata.date
        tokens, sentences = self.tokenizer(text)
        candidates: list[Entity] = []
        adjectives: list[Entity] = []
        descriptions: list[Entity] = []  # "l'armée marocaine": resolved, but no name
        if self.options.use_gazetteer and text:
            candidates, adjectives, descriptions = self.gazetteer_candidates(text)
        if self.options.use_patterns and text:
            candidates.extend(self.patterns.find(text, doc_date=doc_date))
        if self.options.use_context and text:
            candidates.extend(self.context.find(text, tokens, sentences, (*candidates, *adjectives)))
        kept, dropped = decide(text, candidates, adjectives, self.resolver)
        if self.backends:
            from .backends import apply

            kept, dropped = apply(self.backends, text, kept, dropped,
                                  (*adjectives, *descriptions), self.resolver)
        return Document(
            text=text,
            sentences=sentences,
            tokens=tokens,
            entities=tuple(kept),
            metadata=metadata,
            clean=clean,
            candidates=(tuple(sorted([*dropped, *adjectives, *descriptions],
                                     key=lambda e: (e.start, e.end, e.label)))
                        if self.options.keep_candidates else ()),
            id=doc_id,
        )

    def _without_adjective(self, e: Entity, canonical: str | None = None) -> Entity:
        """"l'Armée de terre espagnole" -> "Armée de terre": a country's adjective that ends
        a listed organisation name is a description, not part of the name (the record, hence
        the country, is kept; the adjective goes to ``attrs["adjective"]``), unless the name
        as written is the record's canonical, official name ("Forces aériennes algériennes").
        Names whose rest has no capital are kept whole; so are adjectives of regions ("Union
        européenne").
        """
        if e.label != "ORG" or " " not in e.text:
            return e
        if canonical is not None and fold(e.text) == fold(canonical):
            return e
        body, last = e.text.rsplit(None, 1)
        if not any(c.isupper() for c in body):
            return e
        if not self._is_country_adjective(last):
            return e
        body = body.rstrip()
        attrs = dict(e.attrs)
        attrs["adjective"] = last
        return replace(e, end=e.start + len(body), text=body, attrs=attrs)

    def gazetteer_candidates(self, text: str) -> tuple[list[Entity], list[Entity], list[Entity]]:
        """The gazetteer's matches in ``text`` as ``(names, adjectives, descriptions)``.

        Names are entity candidates, generic heads and descriptive trailing adjectives left
        out ("frégate Mohammed VI" -> "Mohammed VI"), a designation glued to a variant's
        capitals taking them ("AGM-154C": :func:`_with_variant_suffixes`); adjectives
        ("israéliens") and descriptions ("l'armée marocaine") are resolved but are not
        entities.
        """
        names: list[Entity] = []
        adjectives: list[Entity] = []
        descriptions: list[Entity] = []
        matches = self.gazetteer.match(text)
        starts = {m.start for m in matches}
        ends = {m.end for m in matches}
        for m in matches:
            if m.alias_type != "adjective" and _inside_compound(text, m.start, m.end, starts, ends):
                continue  # "Port-Soudan" is no mention of Sudan ("UE-Maroc" names both)
            if m.alias_type == "adjective":
                adjectives.append(m.to_entity())
            elif self._is_description(m, text):
                descriptions.append(_as_description(m.to_entity()))
            elif m.record.label == "WEAPON" and m.text[:1].islower() and heads_a_name(
                    "WEAPON", text, m.start, m.end):
                continue  # "la frégate multi-missions Languedoc": the type's words head a name
            elif m.record.label == "WEAPON" and (begins_an_event_name(text, m.start, m.end)
                                                 or names_a_standard(text, m.start, m.end)):
                continue  # "l'exercice Rafale Storm", "au standard F4": no system
            elif (inner := self._staff_in_title(text, m)) is not None:
                names.extend(inner)  # "Chef d'État-major général des FAR": the title's body
            else:  # "frégate Mohammed VI": the match needs the head, the entity is the name
                names.append(self._without_adjective(strip_name_head(m.to_entity()),
                                                     m.record.canonical))
        return _with_variant_suffixes(text, names), adjectives, descriptions

    def _is_place_adjective(self, word: str) -> bool:
        """Is ``word`` the adjective of a listed place, a country's or a region's ("africain")?"""
        ms = self.gazetteer.match(word)
        return bool(ms) and ms[0].alias_type == "adjective" and ms[0].record.label == "LOC" \
            and ms[0].end - ms[0].start == len(word)

    def _is_country_adjective(self, word: str) -> bool:
        """Is ``word`` a country's adjective ("espagnole", "marocains")? (memoised)"""
        is_adj = self._adjectives.get(word)
        if is_adj is None:
            ms = self.gazetteer.match(word)
            is_adj = (bool(ms) and ms[0].alias_type == "adjective"
                      and ms[0].record.kind == "country" and ms[0].end - ms[0].start == len(word))
            if len(self._adjectives) < 10_000:
                self._adjectives[word] = is_adj
        return is_adj

    def _staff_in_title(self, text: str, m: Any) -> list[Entity] | None:
        """"Chef d'État-major général des FAR": a listed staff's name after
        "chef d'" is part of a title (docs: titles are never entities); the body the title
        names ("FAR") is the entity. ``None`` when ``m`` is no such match."""
        if m.record.label != "ORG" or not fold(m.text).startswith("etat-major") \
                or not fold(text[max(0, m.start - 8):m.start]).endswith(("chef d'", "chef d\u2019")):
            return None
        cut = _STAFF_OF.search(m.text)
        if cut is None:
            return None
        rest = m.start + cut.end()
        inner = [x for x in self.gazetteer.match(text[rest:m.end])
                 if x.alias_type == "name" and x.end == m.end - rest]
        return [replace(x.to_entity(), start=x.start + rest, end=x.end + rest) for x in inner[:1]]

    def _names_a_country(self, words: str) -> bool:
        """Does ``words`` hold a country's name or adjective ("commandement américain pour
        l'Europe", "commandement des États-Unis ...")? (memoised with the adjectives)"""
        key = "\x00" + words
        found = self._adjectives.get(key)
        if found is None:
            found = False
            for w in words.replace("'", " ").replace("\u2019", " ").split():
                if w[:1].isupper():  # "États-Unis": a country's name
                    ms = self.gazetteer.match(w)
                    found = bool(ms) and ms[0].record.kind == "country" and ms[0].end - ms[0].start == len(w)
                else:
                    found = self._is_country_adjective(w)
                if found:
                    break
            if len(self._adjectives) < 10_000:
                self._adjectives[key] = found
        return found

    def _adjective_after(self, text: str, end: int) -> bool:
        """Is the word right after ``text[:end]`` (one space) a country's adjective?"""
        if end + 1 >= len(text) or text[end] != " " or not text[end + 1].islower():
            return False
        k = end + 1
        while k < len(text) and text[k].isalpha():
            k += 1
        return self._is_country_adjective(text[end + 1:k])

    def _is_description(self, m: Any, text: str = "") -> bool:
        """A lower-case alias of an armed force, a government or an armed group that holds a
        country's adjective: the mention describes the organisation ("la marine
        algérienne", "le gouvernement marocain") instead of naming it; official names
        written in lower case ("l'état-major des armées") stay names. A place's lower-case
        alias with a place's adjective ("le continent africain") describes it too."""
        if m.record.label == "LOC":
            if _STATE_DESCRIPTION.fullmatch(m.text):  # "l'État hébreu", "le Royaume chérifien"
                return True
            return not any(c.isupper() for c in m.text) and any(
                self._is_place_adjective(w) for w in m.text.replace("'", " ").split())
        if m.record.label != "ORG" or m.record.kind not in _DESCRIBED_KINDS:
            return False
        if m.record.kind == "armed_forces" and m.text[:1].islower() and (
                self._names_a_country(m.text) or self._adjective_after(text, m.end)):
            # "le commandement américain pour l'Europe", "l'armée de terre espagnole": a
            # force in lower case with a country's adjective or name is described, not named
            return True
        if any(c.isupper() for c in m.text):
            return False
        return any(self._is_country_adjective(w) for w in m.text.replace("'", " ").split())

    def pipe(self, texts: Iterable[str | CleanResult], *, batch_size: int = 64,
             progress: bool = False) -> Iterator[Document]:
        """Tag a stream of texts lazily (one Document per input, in order).

        ``batch_size`` bounds how many inputs are read ahead; ``progress`` prints a count to
        stderr every ``batch_size`` documents.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        for n, item in enumerate(texts, start=1):
            yield self(item)
            if progress and n % batch_size == 0:
                print(f"frdefnlp tag: {n} documents", file=sys.stderr)


#: a capitalised state word and one lower-case adjective ("État hébreu", "Royaume chérifien"):
#: a description of a country, no name (the guidelines); "République tchèque" is a name
_STATE_DESCRIPTION = regex.compile(r"(?:État|Etat|Royaume|Empire)\s+\p{Ll}+")


#: ORG kinds whose lower-case names with a country's adjective are descriptions ("l'armée
#: marocaine", "le gouvernement algérien"), not names: docs/labels.md and the guidelines.
_DESCRIBED_KINDS = frozenset({"armed_forces", "government", "armed_group"})


def _as_description(e: Entity) -> Entity:
    attrs = dict(e.attrs)
    attrs["alias_type"] = "description"
    return replace(e, attrs=attrs)


#: "État-Major Général des ": where a staff's name reaches the body it is the staff of
_STAFF_OF = LazyPattern(r"\s(?:des|du|de\s+la|de\s+l['\u2019])\s*", regex.IGNORECASE)

_VARIANT_SUFFIX = regex.compile(r"[A-Z]{1,3}\d?(?![\w\-])")


def _with_variant_suffixes(text: str, candidates: list[Entity]) -> list[Entity]:
    """"AGM-154C", "F-5M", "Su-30MKA": a listed designation ending in a digit and glued to a
    variant's capitals is that variant: the entity takes the suffix (``attrs["variant"]``),
    the record stays the family's."""
    out = []
    for e in candidates:
        if (e.label == "WEAPON" and e.source == "gazetteer" and e.text[-1:].isdigit()
                and e.end < len(text) and text[e.end].isupper()):
            m = _VARIANT_SUFFIX.match(text, e.end)
            if m is not None:
                attrs = dict(e.attrs)
                attrs["variant"] = m.group()
                e = replace(e, end=m.end(), text=text[e.start:m.end()], attrs=attrs)
        out.append(e)
    return out


def decide(text: str, candidates: list[Entity], adjectives: Sequence[Entity],
           resolver: Resolver) -> tuple[list[Entity], list[Entity]]:
    """The entities of ``text`` among ``candidates`` (every component's), as ``(kept,
    dropped)``: ``resolver`` decides, with its candidate rules (counts of unlisted
    designations give way to the system, ships' namesakes, vague counts, counts inside
    designations), then the overlaps, then its finishing rules on the decided entities in
    their text (two names of one system side by side become one, a person takes the
    nationality that an adjective of ``adjectives`` in their title states). The same call
    runs in :class:`Tagger` and in the stanza ``resolve`` processor."""
    kept, dropped = resolver.resolve(candidates, text=text, aside=adjectives)
    kept, gone = without_programmes(text, kept)  # "le programme SCAF": no system
    kept, teams = without_team_names(text, kept)  # "le X Solo Display": a team
    return kept, dropped + gone + teams


def _inside_compound(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    """Is ``text[start:end]`` glued by a hyphen to a capitalised word that no other match
    covers ("Port-Soudan", "Paris-Saclay")? Two listed names joined by a hyphen ("UE-Maroc")
    are both mentions, and so is a name after a lower-case prefix ("l'ex-Nexter")."""
    if start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalnum() \
            and start - 1 not in ends:
        w = start - 2
        while w > 0 and text[w - 1].isalnum():
            w -= 1
        if text[w].isupper():
            return True
    return (end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].isupper()
            and end + 1 not in starts)


_DEFAULT: dict[TagOptions, Tagger] = {}
_DEFAULT_LOCK = threading.Lock()


def tag(text_or_clean: str | CleanResult, *, options: TagOptions | None = None,
        max_length: int | None = _windows.MAX_LENGTH,
        backends: Sequence[Any] | None = None) -> Document:
    """Tag a text or a :class:`CleanResult` with a shared, cached :class:`Tagger`.

    A text longer than ``max_length`` characters (ten million by default; ``None``: no
    limit) raises :class:`~frdefnlp.errors.InputTooLongError`. A text longer than one window
    (100 000 characters) is tagged window by window, in bounded memory
    (:mod:`frdefnlp._windows`). ``backends`` (e.g. ``("spacy",)``) is short for
    ``options=TagOptions(backends=...)``: optional statistical NER merged by a per-label
    policy (:mod:`frdefnlp.backends`).

    >>> doc = tag("Benny Gantz est à Rabat.")
    >>> [(e.text, e.id) for e in doc.entities]
    [('Benny Gantz', 'person/benny-gantz'), ('Rabat', 'loc/rabat')]
    """
    opts = options or TagOptions()
    if backends is not None:
        opts = replace(opts, backends=tuple([backends] if isinstance(backends, str) else backends))
    tagger = _DEFAULT.get(opts)
    if tagger is None:
        with _DEFAULT_LOCK:
            tagger = _DEFAULT.setdefault(opts, Tagger(opts))
    text = text_or_clean.text if isinstance(text_or_clean, CleanResult) else ensure_text(
        text_or_clean, "text_or_clean")
    _windows.check_length(text, max_length)
    plan = _windows.plan(text)
    if not plan.is_long:
        return tagger(text_or_clean)
    clean = text_or_clean if isinstance(text_or_clean, CleanResult) else None
    meta = clean.metadata if clean is not None else Metadata()
    template = Document(text="", metadata=meta, clean=clean)
    return _windows.tag_windowed(  # each window a CleanResult of its own: the same doc date
        text, lambda w: tagger(CleanResult(raw=w, text=w, segments=(), metadata=meta)),
        template=template, plan=plan)


def to_conll(doc: Document) -> str:
    """CoNLL-style BIO: one ``token<TAB>tag`` line per token, a blank line between sentences.

    A token that an entity edge cuts ("UE-Maroc" holds two places) is split at the edge into
    pieces, so that every entity starts exactly one ``B-`` line and the lines still join back
    into the tokens. Cost: linear in tokens + entities.
    """
    ents = doc.entities
    lines: list[str] = []
    ei = 0  # first entity that may still touch the current token
    last: Entity | None = None  # the entity of the previous line (B- vs I-)
    for sent in doc.sentences:
        last = None
        for i in range(sent.token_start, sent.token_end):
            tok = doc.tokens[i]
            while ei < len(ents) and ents[ei].end <= tok.start:
                ei += 1
            touching = []
            k = ei
            while k < len(ents) and ents[k].start < tok.end:
                touching.append(ents[k])
                k += 1
            cuts = sorted({tok.start, tok.end, *(x for e in touching for x in (e.start, e.end)
                                                  if tok.start < x < tok.end)})
            for a, b in itertools.pairwise(cuts):
                ent = next((e for e in touching if e.start <= a and b <= e.end), None)
                if ent is None:
                    label = "O"
                else:
                    label = ("I-" if ent is last else "B-") + ent.label
                last = ent
                lines.append(f"{doc.text[a:b]}\t{label}")
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


# --------------------------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------------------------


def configure_cli(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="text files; - for stdin")
    parser.add_argument("--format", choices=("json", "jsonl", "conll"), default="jsonl")
    parser.add_argument("--no-clean", action="store_true",
                        help="tag the text as it is (default: remove page furniture first)")
    parser.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                        help="an extra gazetteer JSONL file (repeatable)")
    parser.add_argument("--max-length", type=int, default=_windows.MAX_LENGTH, metavar="N",
                        help="longest text accepted, in characters (default ten million; "
                             "0: no limit)")
    parser.add_argument("--backend", action="append", default=[], metavar="NAME",
                        help="add an optional statistical NER, merged by a per-label policy: "
                             "spacy, spacy:fr_core_news_sm, stanza (repeatable; docs/backends.md)")


def run_cli(args: argparse.Namespace) -> int:
    from .batch.readers import read_inputs
    from .errors import FrdefnlpError

    try:
        opts = TagOptions(extra_gazetteers=tuple(args.gazetteer),
                          backends=tuple(getattr(args, "backend", ())))
        if opts.backends:
            Tagger(opts)  # a missing extra or model: one message, not one per file
    except FrdefnlpError as exc:
        print(f"frdefnlp tag: {exc}", file=sys.stderr)
        return 2
    status = 0
    docs: list[dict[str, Any]] = []
    for name, text, error in read_inputs(args.files):
        if error is not None:
            print(f"frdefnlp tag: {error}", file=sys.stderr)
            status = 1
            continue
        # the same as frdefnlp.tag(frdefnlp.clean(text)) (--no-clean: frdefnlp.tag(text))
        try:
            if not args.no_clean:
                from .boilerplate import clean

                text = clean(text)
            doc = replace(tag(text, options=opts, max_length=args.max_length or None), id=name)
        except FrdefnlpError as exc:  # a typed error is one file's problem, not a traceback
            print(f"frdefnlp tag: {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        if args.format == "conll":
            sys.stdout.write(f"# document = {name}\n" + to_conll(doc) + "\n")
        elif args.format == "jsonl":
            sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        else:
            docs.append(doc.to_dict())
    if args.format == "json":
        json.dump(docs if len(docs) != 1 else docs[0], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return status
