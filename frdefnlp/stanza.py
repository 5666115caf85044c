"""frdefnlp components inside a ``stanza.Pipeline``.

Importing this module registers, with stanza's processor registry:

- a ``tokenize`` variant named ``frdefnlp`` (needs no model; offsets come from
  :mod:`frdefnlp.tokenizer`);
- the processors ``gazetteer``, ``patterns``, ``context``, ``resolve`` and ``events``
  (single lowercase words: stanza splits option names at the first underscore, so a
  processor name with ``_`` would never receive its options).

They run in registration order after stanza's own processors (``tokenize``, ``mwt``, ``pos``,
``lemma``, ``ner`` ...). ``gazetteer``, ``patterns`` and ``context`` add candidates; ``resolve``
merges them with stanza's own NER entities (when stanza's ``ner`` ran) through
:class:`frdefnlp.resolver.Resolver`, writes BIOES tags on the tokens and rebuilds
``doc.ents``; ``events`` runs :func:`frdefnlp.extraction.events`. Results are also kept as
frdefnlp objects on the document: ``doc.frdefnlp_entities`` (tuple of
:class:`frdefnlp.types.Entity`) and ``doc.frdefnlp_events`` (list of
:class:`frdefnlp.types.Event`). Entity offsets are taken from tokens, never from the words of
multi-word tokens ("du" = "de le"), because only tokens carry character offsets.

:func:`pipeline` builds a pipeline with no download: with ``stanza_models=False`` (default) it
points stanza at a minimal ``resources.json`` shipped with frdefnlp, so nothing is fetched and
no model is needed; with ``stanza_models=True`` it adds stanza's French ``tokenize``, ``mwt``,
``pos``, ``lemma`` and ``ner`` from the user's stanza directory and raises
:class:`frdefnlp.errors.ModelNotAvailableError` (saying how to get them) when they are absent.

This module imports stanza and torch: ``import frdefnlp`` never imports it. stanza is an extra
(``pip install "frdefnlp[stanza]"``); without it, importing this module raises
:class:`frdefnlp.errors.MissingDependencyError` (an ``ImportError``) saying so.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources as _ilr
from typing import Any

from .errors import InputValueError, MissingDependencyError, ModelNotAvailableError

try:
    import stanza
    from stanza.models.common.doc import Document as StanzaDocument
    from stanza.pipeline.processor import Processor, ProcessorVariant, register_processor_variant
    from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS, PIPELINE_NAMES
except ImportError as exc:  # stanza is an extra: say how to get it
    raise MissingDependencyError(
        'frdefnlp.stanza needs stanza, an optional extra: pip install "frdefnlp[stanza]" '
        "(install torch first, from https://download.pytorch.org/whl/cpu for a CPU-only "
        "machine)") from exc

from .tokenizer import kind_of
from .types import Document, Entity, Sentence, Token

__all__ = [
    "PROCESSORS",
    "pipeline",
    "to_frdefnlp",
    "register_ner",
    "FrdefnlpTokenizer",
    "GazetteerProcessor",
    "PatternsProcessor",
    "ContextProcessor",
    "ResolveProcessor",
    "EventsProcessor",
]

#: Our processors, in the order they run.
PROCESSORS: tuple[str, ...] = ("gazetteer", "patterns", "context", "resolve", "events")

#: stanza NER types (WikiNER: PER, LOC, ORG, MISC) -> frdefnlp labels; MISC has no equivalent.
STANZA_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "LOC": "LOC", "ORG": "ORG"}

_STANZA_FR = ("tokenize", "mwt", "pos", "lemma", "ner")


def _add_property(name: str) -> None:
    """Add a per-document property once (stanza raises on a second ``add_property``)."""
    if hasattr(StanzaDocument, name):
        return
    StanzaDocument.add_property(
        name, default=None, setter=lambda self, value: setattr(self, f"_{name}", value)
    )


_add_property("frdefnlp_candidates")
_add_property("frdefnlp_entities")
_add_property("frdefnlp_events")
_add_property("frdefnlp_date")
# resolved mentions that are not entities: adjectives, descriptions, candidates the resolver
# dropped (Document.candidates)
_add_property("frdefnlp_aside")


def register_processor(name: str) -> Any:
    """Like stanza's ``register_processor``, but safe to run twice (module reload): stanza's
    own appends the name to its run order on every call, so a reload would run it twice."""

    def wrapper(cls: type) -> type:
        NAME_TO_PROCESSOR_CLASS[name] = cls
        if name not in PIPELINE_NAMES:
            PIPELINE_NAMES.append(name)
        return cls

    return wrapper


def register_ner(name: str) -> Any:
    """Register a NER processor of your own (a ``stanza`` ``Processor`` subclass that sets
    ``token.ner`` BIOES tags and calls ``doc.build_ents()``) so that it runs before frdefnlp's
    processors and its entities are merged by ``resolve``; use it with
    ``pipeline(stanza_processors={name: "default"})``. (stanza's own ``ner`` processor does not
    accept variants, so a separate processor is the way to plug another NER in.)
    """

    def wrapper(cls: type) -> type:
        NAME_TO_PROCESSOR_CLASS[name] = cls
        if name in PIPELINE_NAMES:
            PIPELINE_NAMES.remove(name)
        first_ours = min(
            (PIPELINE_NAMES.index(p) for p in PROCESSORS if p in PIPELINE_NAMES),
            default=len(PIPELINE_NAMES),
        )
        PIPELINE_NAMES.insert(first_ours, name)
        return cls

    return wrapper


def _candidates(doc: StanzaDocument) -> list[Entity]:
    if doc.frdefnlp_candidates is None:
        doc.frdefnlp_candidates = []
    return doc.frdefnlp_candidates


def _aside(doc: StanzaDocument) -> list[Entity]:
    if doc.frdefnlp_aside is None:
        doc.frdefnlp_aside = []
    return doc.frdefnlp_aside


def _adjectives(doc: StanzaDocument) -> list[Entity]:
    """The nationality adjectives the gazetteer processor set aside."""
    return [e for e in doc.frdefnlp_aside or () if e.attrs.get("alias_type") == "adjective"]


def _tokens_of(doc: StanzaDocument) -> tuple[tuple[Token, ...], tuple[Sentence, ...]]:
    """frdefnlp tokens and sentences from a stanza document (offsets from tokens)."""
    text = doc.text or ""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for sent in doc.sentences:
        first = len(tokens)
        for tok in sent.tokens:
            if tok.start_char is None or tok.end_char is None:
                continue
            t = text[tok.start_char : tok.end_char]
            tokens.append(Token(tok.start_char, tok.end_char, t, kind_of(t)))
        if len(tokens) > first:
            s, e = tokens[first].start, tokens[-1].end
            sentences.append(Sentence(s, e, text[s:e], first, len(tokens)))
    return tuple(tokens), tuple(sentences)


def to_frdefnlp(doc: StanzaDocument) -> Document:
    """The frdefnlp :class:`~frdefnlp.types.Document` for a processed stanza document."""
    tokens, sentences = _tokens_of(doc)
    ents = doc.frdefnlp_entities
    if ents is None:
        ents = tuple(doc.frdefnlp_candidates or ())
    aside = tuple(sorted(doc.frdefnlp_aside or (), key=lambda e: (e.start, e.end, e.label)))
    return Document(doc.text or "", sentences, tokens, tuple(ents), candidates=aside)


# --------------------------------------------------------------------------------------------
# tokenize variant
# --------------------------------------------------------------------------------------------


@register_processor_variant("tokenize", "frdefnlp")
class FrdefnlpTokenizer(ProcessorVariant):
    """stanza ``tokenize`` variant backed by :class:`frdefnlp.tokenizer.Tokenizer` (no model)."""

    OVERRIDE = True

    def __init__(self, config: dict[str, Any]) -> None:
        from .tokenizer import Tokenizer

        self._tokenizer = Tokenizer()
        self._no_ssplit = bool(config.get("no_ssplit", False))

    def process(self, document: Any) -> StanzaDocument:
        text = document.text if isinstance(document, StanzaDocument) else document
        if not isinstance(text, str):
            raise InputValueError(
                f"the frdefnlp tokenizer needs a str or a stanza Document, got {type(text).__name__}"
            )
        tokens, sentences = self._tokenizer(text)
        out: list[list[dict[str, Any]]] = []
        for sent in sentences:
            out.append(
                [
                    {"text": t.text, "misc": f"start_char={t.start}|end_char={t.end}"}
                    for t in tokens[sent.token_start : sent.token_end]
                ]
            )
        if self._no_ssplit:
            out = [[t for s in out for t in s]] if out else []
        return StanzaDocument(out, text)


# --------------------------------------------------------------------------------------------
# processors
# --------------------------------------------------------------------------------------------


class _FrdefnlpProcessor(Processor):
    """Common base: our processors have no model and keep their results on the document."""

    def _set_up_variants(self, config: dict[str, Any], device: Any) -> None:  # no variants
        return None

    def _set_up_model(self, *args: Any) -> None:  # pragma: no cover - no model
        return None

    def bulk_process(self, docs: Sequence[StanzaDocument]) -> list[StanzaDocument]:
        return [self.process(doc) for doc in docs]


def _files(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return tuple(p for p in value.split(",") if p)
    return tuple(value)


@register_processor("gazetteer")
class GazetteerProcessor(_FrdefnlpProcessor):
    """Gazetteer matches as candidates. Options: ``gazetteer_files`` (extra JSONL files, a list
    or a comma-separated string), ``gazetteer_exclude`` (shipped files to switch off)."""

    _requires = {"tokenize"}
    _provides = {"gazetteer"}
    REQUIRES_DEFAULT = {"tokenize"}
    PROVIDES_DEFAULT = {"gazetteer"}

    def __init__(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        from .tagger import Tagger, TagOptions

        self._tagger = Tagger(TagOptions(exclude_gazetteers=_files(config.get("exclude")),
                                         extra_gazetteers=_files(config.get("files"))))
        _ = self._tagger.gazetteer  # load now, not on the first document

    def process(self, doc: StanzaDocument) -> StanzaDocument:
        # the same candidates as frdefnlp.tag: adjectives ("israéliens") and descriptions
        # ("l'armée marocaine") are resolved but are not entities
        names, adjectives, descriptions = self._tagger.gazetteer_candidates(doc.text or "")
        _candidates(doc).extend(names)
        _aside(doc).extend([*adjectives, *descriptions])
        return doc


@register_processor("patterns")
class PatternsProcessor(_FrdefnlpProcessor):
    """MONEY, DATE and QUANTITY candidates. Option ``patterns_date``: the document date (ISO)
    that relative dates resolve against (also read from ``doc.frdefnlp_date``)."""

    _requires = {"tokenize"}
    _provides = {"patterns"}
    REQUIRES_DEFAULT = {"tokenize"}
    PROVIDES_DEFAULT = {"patterns"}

    def __init__(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        from .patterns import PatternTagger

        self._tagger = PatternTagger()
        self._date = config.get("date")

    def process(self, doc: StanzaDocument) -> StanzaDocument:
        date = doc.frdefnlp_date or self._date
        _candidates(doc).extend(self._tagger.find(doc.text or "", doc_date=date))
        return doc


@register_processor("context")
class ContextProcessor(_FrdefnlpProcessor):
    """People, organisations and places found from context (titles, roles, short forms)."""

    _requires = {"tokenize"}
    _provides = {"context"}
    REQUIRES_DEFAULT = {"tokenize"}
    PROVIDES_DEFAULT = {"context"}

    def __init__(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        from .names import ContextTagger

        self._tagger = ContextTagger()

    def process(self, doc: StanzaDocument) -> StanzaDocument:
        tokens, sentences = _tokens_of(doc)
        found = _candidates(doc)
        adjectives = _adjectives(doc)
        found.extend(self._tagger.find(doc.text or "", tokens, sentences, (*found, *adjectives)))
        return doc


def _stanza_entities(doc: StanzaDocument) -> list[Entity]:
    """stanza's own NER spans (if its ``ner`` ran) as frdefnlp candidates, from token offsets."""
    text = doc.text or ""
    out: list[Entity] = []
    for sent in doc.sentences:
        for span in sent.ents if sent.ents is not None else ():
            label = STANZA_LABELS.get(span.type)
            toks = span.tokens
            if label is None or not toks:
                continue
            start, end = toks[0].start_char, toks[-1].end_char
            if start is None or end is None:
                continue
            out.append(Entity(start, end, text[start:end], label, source="stanza", confidence=0.8))
    return out


def _write_bioes(doc: StanzaDocument, entities: Iterable[Entity]) -> None:
    """Set each token's ``ner`` to BIOES tags of ``entities`` and rebuild ``doc.ents``.

    An entity whose edges fall inside a token is widened to the tokens it touches; one that
    overlaps an already tagged token is left out of the tags (it stays in
    ``doc.frdefnlp_entities``).
    """
    spans = sorted(entities, key=lambda e: (e.start, -(e.end - e.start)))
    for sent in doc.sentences:
        toks = [t for t in sent.tokens if t.start_char is not None]
        tags = ["O"] * len(sent.tokens)
        index = {id(t): i for i, t in enumerate(sent.tokens)}
        for ent in spans:
            covered = [index[id(t)] for t in toks if t.start_char < ent.end and t.end_char > ent.start]
            if not covered or any(tags[i] != "O" for i in covered):
                continue
            if len(covered) == 1:
                tags[covered[0]] = f"S-{ent.label}"
            else:
                tags[covered[0]] = f"B-{ent.label}"
                for i in covered[1:-1]:
                    tags[i] = f"I-{ent.label}"
                tags[covered[-1]] = f"E-{ent.label}"
        for tok, tag in zip(sent.tokens, tags, strict=True):
            tok.ner = tag
    doc.build_ents()


@register_processor("resolve")
class ResolveProcessor(_FrdefnlpProcessor):
    """One decision over every candidate (ours and stanza's NER): see :mod:`frdefnlp.resolver`.

    Option ``resolve_stanza`` (default True): include stanza's own NER entities when its
    ``ner`` processor ran before.
    """

    _requires = {"tokenize"}
    _provides = {"resolve"}
    REQUIRES_DEFAULT = {"tokenize"}
    PROVIDES_DEFAULT = {"resolve"}

    def __init__(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        from .resolver import Resolver

        self._resolver = Resolver()
        self._use_stanza = bool(config.get("stanza", True))

    def process(self, doc: StanzaDocument) -> StanzaDocument:
        from .tagger import decide

        candidates = list(doc.frdefnlp_candidates or ())
        if self._use_stanza:
            candidates.extend(_stanza_entities(doc))
        adjectives = _adjectives(doc)
        kept, dropped = decide(doc.text or "", candidates, adjectives, self._resolver)
        _aside(doc).extend(dropped)
        kept = tuple(sorted(kept, key=lambda e: (e.start, e.end)))
        doc.frdefnlp_entities = kept
        _write_bioes(doc, kept)
        return doc


@register_processor("events")
class EventsProcessor(_FrdefnlpProcessor):
    """Events (arms transfers, agreements, visits ...) from the resolved entities."""

    _requires = {"resolve"}
    _provides = {"events"}
    REQUIRES_DEFAULT = {"resolve"}
    PROVIDES_DEFAULT = {"events"}

    def process(self, doc: StanzaDocument) -> StanzaDocument:
        from .extraction import events

        doc.frdefnlp_events = events(to_frdefnlp(doc))
        return doc


# --------------------------------------------------------------------------------------------
# pipeline factory
# --------------------------------------------------------------------------------------------


def _stanza_dir(dir: str | None) -> str:
    if dir is not None:
        return dir
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return os.environ.get("STANZA_RESOURCES_DIR", DEFAULT_MODEL_DIR)


def _check_models(model_dir: str) -> None:
    missing = []
    if not os.path.exists(os.path.join(model_dir, "resources.json")):
        missing.append("resources.json")
    for proc in _STANZA_FR:
        if not os.path.isdir(os.path.join(model_dir, "fr", proc)):
            missing.append(f"fr/{proc}")
    if missing:
        raise ModelNotAvailableError(
            f"stanza's French models are not installed in {model_dir} (missing: "
            f"{', '.join(missing)}). frdefnlp works without them: call pipeline() with "
            "stanza_models=False. To add stanza's NER and lemmas, download them once where "
            "you have network access: python -c \"import stanza; stanza.download('fr')\", "
            "then pass dir= if you stored them elsewhere."
        )


def pipeline(
    *,
    processors: Sequence[str] = ("gazetteer", "patterns", "context", "resolve"),
    stanza_models: bool = False,
    stanza_processors: Mapping[str, str] | None = None,
    dir: str | None = None,
    **kwargs: Any,
) -> stanza.Pipeline:
    """A ``stanza.Pipeline('fr')`` running frdefnlp's processors, with no download.

    Args:
        processors: our processors to run (any of :data:`PROCESSORS`), in any order (stanza
            runs them in registration order).
        stanza_models: also run stanza's French ``tokenize, mwt, pos, lemma, ner`` from
            ``dir`` (stanza's model directory); their NER entities are merged by ``resolve``.
            Without it, frdefnlp's model-free tokenizer is used.
        stanza_processors: more stanza processors to run, name -> package or registered
            variant, e.g. a NER of your own registered with :func:`register_ner`
            (``{"myner": "default"}``).
        dir: stanza's model directory (default: ``$STANZA_RESOURCES_DIR`` or stanza's default).
        **kwargs: passed to ``stanza.Pipeline`` (processor options such as
            ``gazetteer_files=[...]``, ``patterns_date="2021-11-25"``).

    Raises:
        InputValueError: an unknown processor name.
        ModelNotAvailableError: ``stanza_models=True`` but stanza's French models are absent.
    """
    unknown = [p for p in processors if p not in PROCESSORS]
    if unknown:
        raise InputValueError(
            f"unknown frdefnlp processor(s) {unknown}; choose from {list(PROCESSORS)}"
        )
    kwargs.setdefault("logging_level", "WARN")
    if stanza_models:
        model_dir = _stanza_dir(dir)
        _check_models(model_dir)
        procs = {p: "default" for p in _STANZA_FR}
        procs.update(stanza_processors or {})
        procs.update({p: "default" for p in processors})
        return stanza.Pipeline(
            "fr", dir=model_dir, processors=procs, download_method=None, **kwargs
        )
    procs = {"tokenize": "frdefnlp"}
    procs.update(stanza_processors or {})
    procs.update({p: "default" for p in processors})
    res = _ilr.files("frdefnlp.resources").joinpath("stanza", "resources.json")
    with _ilr.as_file(res) as path:
        return stanza.Pipeline(
            "fr",
            dir=dir or os.path.dirname(str(path)),
            processors=procs,
            download_method=None,
            resources_filepath=str(path),
            **kwargs,
        )
