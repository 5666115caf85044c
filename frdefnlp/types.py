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

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kept": self.kept,
            "reason": self.reason,
            "lang": self.lang,
            "doubtful": self.doubtful,
            "score": self.score,
        }


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "segments": [s.to_dict() for s in self.segments],
        }


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


@dataclass(frozen=True, slots=True)
class Entity:
    """A typed mention.

    ``label`` is one of :data:`LABELS`; ``kind`` refines it (docs/labels.md). ``canonical``
    and ``id`` identify the resolved record (gazetteer id, or ``None``). ``source`` says which
    component produced it: ``gazetteer``, ``pattern``, ``context``, ``alias`` (a short form
    resolved within the document), ``stanza`` or ``user``. ``value`` holds the normalised
    value of MONEY/DATE/QUANTITY mentions; ``attrs`` anything else worth keeping (country,
    role, maker, the alias that matched ...).
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

    def to_dict(self) -> dict[str, Any]:
        return {
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "sentences": [s.to_dict() for s in self.sentences],
            "tokens": [t.to_dict() for t in self.tokens],
            "entities": [e.to_dict() for e in self.entities],
        }


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "status": self.status,
            "confidence": self.confidence,
            "sentence": {"start": self.sentence_start, "end": self.sentence_end, "text": self.sentence},
            "slots": {k: [e.to_dict() for e in v] for k, v in self.slots.items()},
            "attrs": _plain(self.attrs),
            "evidence": [list(e) for e in self.evidence],
            "document_id": self.document_id,
        }
