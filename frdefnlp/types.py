"""Result types shared by every stage of frdefnlp.

All results are frozen, slotted dataclasses with half-open ``[start, end)`` character offsets
into the text they were computed on, the covered ``text``, and a ``to_dict()`` that returns
JSON-ready data. Offsets are exact: for every span ``x`` computed on ``text``,
``text[x.start:x.end] == x.text``.

Stage modules own the algorithms; these classes are the contract between stages and with
users (see ``docs/``). Fields added later always come with a default, so code that builds
these objects keeps working.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Segment",
    "Metadata",
    "OffsetMap",
    "CleanResult",
    "Token",
    "Sentence",
    "Entity",
    "Document",
    "Event",
    "LABELS",
]

#: Entity labels (see docs/labels.md for the ``kind`` values that refine each one).
LABELS: tuple[str, ...] = ("PERSON", "ORG", "LOC", "WEAPON", "MONEY", "DATE", "QUANTITY")


def _plain(value: Any) -> Any:
    """JSON-ready copy of ``value`` (dataclasses with ``to_dict`` are converted)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _need(d: Any, cls: str, *keys: str) -> None:
    """Raise a typed error unless ``d`` is a mapping holding ``keys`` (from_dict inputs)."""
    from .errors import InputTypeError, InputValueError

    if not isinstance(d, Mapping):
        raise InputTypeError(f"{cls}.from_dict expects a dict, got {type(d).__name__}")
    missing = [k for k in keys if k not in d]
    if missing:
        raise InputValueError(f"{cls}.from_dict: the dict has no {', '.join(map(repr, missing))} "
                              f"(keys: {sorted(d)[:12]}); was it written by {cls}.to_dict()?")


# --------------------------------------------------------------------------------------------
# clean()
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of the raw page, in page order; together the segments cover the raw text.

    ``kept`` says whether the piece is part of the article text; ``reason`` names the rule or
    model that removed it (``None`` when kept); ``lang`` is the detected ISO 639-1 code or
    ``None`` when undecidable; ``doubtful`` marks a kept segment the filter was unsure about.
    """

    start: int
    end: int
    text: str
    kept: bool
    reason: str | None = None
    lang: str | None = None
    doubtful: bool = False
    score: float | None = None

    def to_dict(self, *, text: bool = True) -> dict[str, Any]:
        """JSON-ready dict; ``text=False`` leaves out the covered text (a slice of the raw
        page, restored by :meth:`from_dict` when it is given the page)."""
        d = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kept": self.kept,
            "reason": self.reason,
            "lang": self.lang,
            "doubtful": self.doubtful,
            "score": self.score,
        }
        if not text:
            del d["text"]
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], *, raw: str | None = None) -> Segment:
        """The segment of :meth:`to_dict`; its text is sliced from ``raw`` when the dict has none."""
        _need(d, "Segment", "start", "end", "kept")
        text = d.get("text")
        if text is None:
            if raw is None:
                from .errors import InputValueError

                raise InputValueError("Segment.from_dict: the dict has no text; pass raw=<the page>")
            text = raw[d["start"]:d["end"]]
        return cls(d["start"], d["end"], text, d["kept"], d.get("reason"), d.get("lang"),
                   d.get("doubtful", False), d.get("score"))


(_s_start, _s_end, _s_text, _s_kept, _s_reason, _s_lang, _s_doubtful,
 _s_score) = (getattr(Segment, f).__set__ for f in Segment.__slots__)  # type: ignore[attr-defined]


def make_segment(start: int, end: int, text: str, kept: bool, reason: str | None, lang: str | None,
                 doubtful: bool, score: float | None) -> Segment:
    """``Segment(start, end, text, kept, reason, lang, doubtful, score)`` without the frozen
    dataclass's per-field ``object.__setattr__`` calls (``clean`` builds one per unit of every
    page; no checks either way). Equal, hashed, printed and pickled as the dataclass's own."""
    seg = object.__new__(Segment)
    _s_start(seg, start)
    _s_end(seg, end)
    _s_text(seg, text)
    _s_kept(seg, kept)
    _s_reason(seg, reason)
    _s_lang(seg, lang)
    _s_doubtful(seg, doubtful)
    _s_score(seg, score)
    return seg


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about the article: ISO ``date`` (``YYYY-MM-DD`` or ``YYYY-MM``),
    ``source`` (publication), ``author`` and ``title``; ``None`` where unknown."""

    date: str | None = None
    source: str | None = None
    author: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "source": self.source, "author": self.author, "title": self.title}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> Metadata:
        """The metadata of :meth:`to_dict` (``None`` gives empty metadata)."""
        if d is None:
            return cls()
        _need(d, "Metadata")
        return cls(d.get("date"), d.get("source"), d.get("author"), d.get("title"))


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in a derived text back to the text it was derived from.

    ``pieces`` are ``(clean_start, clean_end, raw_start, raw_end)`` tuples sorted by
    ``clean_start`` and covering the derived text. A piece whose two lengths are equal maps
    character by character; any other piece (an HTML entity decoded to one character, say)
    maps its start to ``raw_start`` and its end to ``raw_end``.
    """

    pieces: tuple[tuple[int, int, int, int], ...] = ()
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p[0] for p in self.pieces))

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(((0, length, 0, length),) if length else ())

    def _piece(self, offset: int) -> tuple[int, int, int, int]:
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            raise IndexError(f"offset {offset} is before the mapped text")
        return self.pieces[i]

    def to_raw(self, offset: int) -> int:
        """Raw offset of the character at derived ``offset`` (a start offset)."""
        if not self.pieces:
            if offset == 0:
                return 0
            raise IndexError(f"offset {offset} is outside the mapped text (empty)")
        last = self.pieces[-1]
        if offset == last[1]:
            return last[3]
        if offset < 0 or offset > last[1]:
            raise IndexError(f"offset {offset} is outside the mapped text (0..{last[1]})")
        cs, ce, rs, re_ = self._piece(offset)
        if ce - cs == re_ - rs:
            return rs + (offset - cs)
        return rs if offset == cs else re_

    def to_raw_end(self, offset: int) -> int:
        """Raw offset just after the character that ends at derived ``offset`` (an end offset)."""
        if offset <= 0:
            return self.to_raw(0) if self.pieces else 0
        cs, ce, rs, re_ = self._piece(offset - 1)
        if ce - cs == re_ - rs:
            return rs + (offset - cs)
        return re_

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` of the derived span ``[start, end)``."""
        if end <= start:
            r = self.to_raw(start)
            return r, r
        return self.to_raw(start), self.to_raw_end(end)


@dataclass(frozen=True, slots=True)
class CleanResult:
    """What :func:`frdefnlp.clean` returns.

    ``text`` is the article, clean; ``raw`` the text that was cleaned; ``segments`` every piece
    of ``raw`` in order; ``metadata`` what the page said about the article. ``offsets`` maps an
    offset in ``text`` back to ``raw`` (see :meth:`to_raw` and :meth:`raw_span`).
    """

    raw: str
    text: str
    segments: tuple[Segment, ...]
    metadata: Metadata
    offsets: OffsetMap = field(default_factory=OffsetMap, repr=False)

    def to_raw(self, offset: int) -> int:
        """Offset in ``raw`` of the character at ``offset`` in ``text``."""
        return self.offsets.to_raw(offset)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """``(start, end)`` in ``raw`` of the span ``[start, end)`` of ``text``."""
        return self.offsets.span(start, end)

    @property
    def removed(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if not s.kept)

    def to_dict(self, *, raw: bool = False, compact: bool = False) -> dict[str, Any]:
        """JSON-ready dict: ``text``, ``metadata``, ``segments`` (raw offsets) and ``offsets``
        (the clean-to-raw map as ``[clean_start, clean_end, raw_start, raw_end]`` pieces).

        ``raw=True`` adds the raw page, so that :meth:`from_dict` needs nothing else;
        ``compact=True`` leaves out the segments' texts (slices of the raw page).
        """
        return {
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "segments": [s.to_dict(text=not compact) for s in self.segments],
            "offsets": [list(p) for p in self.offsets.pieces],
            **({"raw": self.raw} if raw else {}),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], *, raw: str | None = None) -> CleanResult:
        """The result of :meth:`to_dict`: equal to the one serialised.

        The raw page comes from the dict (``to_dict(raw=True)``) or from ``raw``; without
        either there is no way back to raw offsets and :class:`~frdefnlp.errors.InputValueError`
        is raised.
        """
        _need(d, "CleanResult", "text", "segments")
        raw = d.get("raw", raw)
        if raw is None:
            from .errors import InputValueError

            raise InputValueError("CleanResult.from_dict: the dict has no raw page; pass "
                                  "raw=<the page> or serialise with to_dict(raw=True)")
        return cls(raw=raw, text=d["text"],
                   segments=tuple(Segment.from_dict(x, raw=raw) for x in d["segments"]),
                   metadata=Metadata.from_dict(d.get("metadata")),
                   offsets=OffsetMap(tuple(tuple(p) for p in d.get("offsets", ()))))


# --------------------------------------------------------------------------------------------
# tag()
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """A token: ``kind`` is one of word, number, punct, symbol, url, email."""

    start: int
    end: int
    text: str
    kind: str = "word"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], *, text: str | None = None) -> Token:
        """The token of :meth:`to_dict` (its text sliced from ``text`` if the dict has none)."""
        _need(d, "Token", "start", "end")
        t = d["text"] if "text" in d else (text or "")[d["start"]:d["end"]]
        return make_token(d["start"], d["end"], t, d.get("kind", "word"))


_new_object = object.__new__
_set_start = Token.start.__set__  # type: ignore[attr-defined]
_set_end = Token.end.__set__  # type: ignore[attr-defined]
_set_text = Token.text.__set__  # type: ignore[attr-defined]
_set_kind = Token.kind.__set__  # type: ignore[attr-defined]


def make_token(start: int, end: int, text: str, kind: str) -> Token:
    """``Token(start, end, text, kind)`` without the frozen dataclass's per-field
    ``object.__setattr__`` calls (the tokenizer builds one per word; no checks either way)."""
    tok = _new_object(Token)
    _set_start(tok, start)
    _set_end(tok, end)
    _set_text(tok, text)
    _set_kind(tok, kind)
    return tok


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence; ``token_start``/``token_end`` index ``Document.tokens`` (half-open)."""

    start: int
    end: int
    text: str
    token_start: int = 0
    token_end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "token_start": self.token_start,
            "token_end": self.token_end,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], *, text: str | None = None) -> Sentence:
        """The sentence of :meth:`to_dict` (its text sliced from ``text`` if the dict has none)."""
        _need(d, "Sentence", "start", "end")
        t = d["text"] if "text" in d else (text or "")[d["start"]:d["end"]]
        return cls(d["start"], d["end"], t, d.get("token_start", 0), d.get("token_end", 0))


@dataclass(frozen=True, slots=True)
class Entity:
    """A typed mention.

    ``label`` is one of :data:`LABELS`; ``kind`` refines it (docs/labels.md). ``canonical``
    and ``id`` identify the resolved record (gazetteer id, or ``None``). ``source`` says which
    component produced it: ``gazetteer``, ``pattern``, ``context``, ``alias`` (a short form
    resolved within the document), ``stanza`` or ``user``. ``value`` holds the normalised
    value of MONEY/DATE/QUANTITY mentions; ``attrs`` anything else worth keeping (country,
    role, maker, the alias that matched ...). Like the entity itself, ``value`` and ``attrs``
    are read-only: entities of one text with the same value may share one dict (amounts
    repeated in a text, long documents stored compactly); copy before changing one.
    """

    start: int
    end: int
    text: str
    label: str
    kind: str | None = None
    canonical: str | None = None
    id: str | None = None
    source: str = "gazetteer"
    value: Mapping[str, Any] | None = field(default=None, hash=False)
    attrs: Mapping[str, Any] = field(default_factory=dict, hash=False)
    confidence: float = 1.0

    def to_dict(self, *, compact: bool = False) -> dict[str, Any]:
        """JSON-ready dict; ``compact=True`` leaves out the fields that hold their default
        (``kind``, ``canonical``, ``id``, ``value`` None; ``attrs`` empty; ``confidence`` 1.0):
        :meth:`from_dict` restores them."""
        d = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "kind": self.kind,
            "canonical": self.canonical,
            "id": self.id,
            "source": self.source,
            "value": _plain(self.value),
            "attrs": _plain(self.attrs),
            "confidence": self.confidence,
        }
        if compact:
            for k in ("kind", "canonical", "id", "value"):
                if d[k] is None:
                    del d[k]
            if not d["attrs"]:
                del d["attrs"]
            if d["confidence"] == 1.0:
                del d["confidence"]
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        """The entity of :meth:`to_dict` (keys it does not know, like ``raw_start``, are ignored)."""
        _need(d, "Entity", "start", "end", "text", "label")
        return cls(d["start"], d["end"], d["text"], d["label"], d.get("kind"), d.get("canonical"),
                   d.get("id"), d.get("source", "gazetteer"), d.get("value"),
                   d.get("attrs") or {}, d.get("confidence", 1.0))


(_e_start, _e_end, _e_text, _e_label, _e_kind, _e_canonical, _e_id, _e_source, _e_value,
 _e_attrs, _e_confidence) = (getattr(Entity, f).__set__ for f in Entity.__slots__)  # type: ignore[attr-defined]


def make_entity(start: int, end: int, text: str, label: str, kind: str | None = None,
                canonical: str | None = None, id: str | None = None,  # noqa: A002
                source: str = "gazetteer", value: Mapping[str, Any] | None = None,
                attrs: Mapping[str, Any] | None = None, confidence: float = 1.0) -> Entity:
    """``Entity(...)`` without the frozen dataclass's per-field ``object.__setattr__`` calls
    (a fifth of the cost of an entity on texts dense in amounts; no checks either way).
    ``attrs=None`` gives a new empty dict, as the dataclass's default does."""
    ent = _new_object(Entity)
    _e_start(ent, start)
    _e_end(ent, end)
    _e_text(ent, text)
    _e_label(ent, label)
    _e_kind(ent, kind)
    _e_canonical(ent, canonical)
    _e_id(ent, id)
    _e_source(ent, source)
    _e_value(ent, value)
    _e_attrs(ent, {} if attrs is None else attrs)
    _e_confidence(ent, confidence)
    return ent


@dataclass(frozen=True, slots=True)
class Document:
    """What :func:`frdefnlp.tag` returns: the text with its sentences, tokens and entities.

    ``clean`` is the :class:`CleanResult` the text came from, if any (use it to map offsets
    back to the raw page); ``candidates`` are the mentions the resolver did not keep.
    """

    text: str
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    clean: CleanResult | None = field(default=None, repr=False, compare=False)
    candidates: tuple[Entity, ...] = field(default=(), repr=False, compare=False)
    id: str | None = None

    def to_dict(self, *, tokens: bool = True, compact: bool = False, raw: bool = False,
                candidates: bool = False) -> dict[str, Any]:
        """JSON-ready dict: ``id``, ``text``, ``metadata``, ``sentences``, ``tokens``, ``entities``.

        When the document came from a :class:`CleanResult`, ``clean`` holds its segments and
        offset map (not its text, which is ``text``) and every entity also gets
        ``raw_start``/``raw_end``, its offsets in the raw page. ``tokens=False`` leaves the
        tokens out (:meth:`from_dict` recomputes them: they are a pure function of the text);
        ``compact=True`` leaves out the sentences' and segments' texts (slices of a text kept
        elsewhere); ``raw=True`` keeps the raw page in ``clean``; ``candidates=True`` keeps
        the mentions the resolver did not keep (the events read adjectives from them).
        """
        d: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "sentences": [s.to_dict() for s in self.sentences],
            "tokens": [t.to_dict() for t in self.tokens],
            "entities": [e.to_dict(compact=compact) for e in self.entities],
        }
        if compact:
            for s in d["sentences"]:
                del s["text"]
        if not tokens:
            del d["tokens"]
        if candidates:
            d["candidates"] = [e.to_dict(compact=compact) for e in self.candidates]
        if self.clean is not None:
            c = self.clean.to_dict(raw=raw, compact=True)
            del c["text"]
            d["clean"] = c
            span = self.clean.raw_span
            for e in d["entities"]:
                e["raw_start"], e["raw_end"] = span(e["start"], e["end"])
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], *, raw: str | None = None) -> Document:
        """The document of :meth:`to_dict`, equal to the one serialised.

        Tokens left out are recomputed by the default :class:`~frdefnlp.tokenizer.Tokenizer`.
        ``doc.clean`` comes back when the dict kept the raw page (``to_dict(raw=True)``) or
        when ``raw`` is given; otherwise it is ``None`` (the entities' ``raw_start``/``raw_end``
        still say where they were in the page).
        """
        _need(d, "Document", "text")
        text = d["text"]
        if "tokens" in d:
            toks = tuple(Token.from_dict(t, text=text) for t in d["tokens"])
        else:
            from .tokenizer import Tokenizer

            toks = Tokenizer()(text)[0]
        clean = None
        c = d.get("clean")
        if c is not None and (raw is not None or "raw" in c):
            clean = CleanResult.from_dict({**c, "text": text}, raw=raw)
        return cls(
            text=text,
            sentences=tuple(Sentence.from_dict(s, text=text) for s in d.get("sentences", ())),
            tokens=toks,
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            metadata=Metadata.from_dict(d.get("metadata")),
            clean=clean,
            candidates=tuple(Entity.from_dict(e) for e in d.get("candidates", ())),
            id=d.get("id"),
        )


# --------------------------------------------------------------------------------------------
# events()
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Event:
    """An event found in a document.

    ``type`` is ARMS_TRANSFER, AGREEMENT, VISIT, EXERCISE or INDUSTRY; ``status`` its state
    (docs/events.md). ``slots`` maps a slot name (supplier, recipient, system ...) to the
    entities that fill it, each with offsets into ``Document.text``; ``attrs`` holds slot
    values that are not entities (domain, purpose, equipment category ...). ``sentence_start``
    and ``sentence_end`` delimit the evidence sentence (the first one when mentions were
    merged); ``evidence`` lists every ``(start, end)`` sentence span that mentions it.
    """

    type: str
    status: str | None
    confidence: float
    sentence_start: int
    sentence_end: int
    sentence: str
    slots: Mapping[str, tuple[Entity, ...]] = field(default_factory=dict, hash=False)
    attrs: Mapping[str, Any] = field(default_factory=dict, hash=False)
    evidence: tuple[tuple[int, int], ...] = ()
    document_id: str | None = None

    def to_dict(self, *, compact: bool = False) -> dict[str, Any]:
        """JSON-ready dict; ``compact=True`` writes the slots' entities compact
        (:meth:`Entity.to_dict`)."""
        return {
            "type": self.type,
            "status": self.status,
            "confidence": self.confidence,
            "sentence": {"start": self.sentence_start, "end": self.sentence_end, "text": self.sentence},
            "slots": {k: [e.to_dict(compact=compact) for e in v] for k, v in self.slots.items()},
            "attrs": _plain(self.attrs),
            "evidence": [list(e) for e in self.evidence],
            "document_id": self.document_id,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Event:
        """The event of :meth:`to_dict`, equal to the one serialised."""
        _need(d, "Event", "type", "sentence")
        sent = d["sentence"]
        return cls(
            type=d["type"], status=d.get("status"), confidence=d.get("confidence", 1.0),
            sentence_start=sent["start"], sentence_end=sent["end"], sentence=sent["text"],
            slots={k: tuple(Entity.from_dict(e) for e in v) for k, v in d.get("slots", {}).items()},
            attrs=d.get("attrs") or {},
            evidence=tuple(tuple(e) for e in d.get("evidence", ())),
            document_id=d.get("document_id"),
        )
