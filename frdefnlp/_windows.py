"""Long texts in windows: bounded memory for ``tag`` on a text of any length.

A text longer than :data:`WINDOW` characters is cut into windows that end at a paragraph
break (a blank line, else a line break: the tokenizer ends a sentence there and no pattern or
gazetteer name runs across a line break), else after a sentence's full stop, else at a space
(a very long run without any of those). Each window is tagged on its own and the results are
joined with their true offsets into the whole text; the tokens of the joined document are
kept compact (:class:`TokenSeq`: three arrays, a :class:`~frdefnlp.types.Token` is built
when one is read), since millions of token objects are what made ``tag`` on a 50 MB string
peak at 165 times the input.

What a window changes: document-wide decisions (a short name resolved against a full name
given earlier, ``source="alias"``; the first date of the text) are taken per window. A text
no longer than one window (every news article) is tagged exactly as before.

``max_length`` (like spaCy's ``nlp.max_length``) bounds what ``tag`` accepts at all:
:data:`MAX_LENGTH` characters unless the caller passes another limit (``None``: no limit).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any, overload

from .errors import InputTooLongError, InputValueError
from .types import Document, Entity, Sentence, Token, make_token

__all__ = ["WINDOW", "MAX_LENGTH", "check_length", "windows", "tag_windowed", "TokenSeq"]

#: Characters per window (a long news article is 30 000; the working memory of one window
#: is what the peak adds to the result).
WINDOW = 100_000
#: Default limit of ``tag`` (characters): ten million, the size the time and memory bounds of
#: the library are tested at; raise it with ``max_length=`` (or ``None``).
MAX_LENGTH = 10_000_000

_KINDS = ("word", "number", "punct", "symbol", "url", "email")
_KIND_CODE = {k: i for i, k in enumerate(_KINDS)}


def check_length(text: str, max_length: int | None, what: str = "tag") -> None:
    """Raise :class:`InputTooLongError` when ``text`` is longer than ``max_length``."""
    if max_length is None:
        return
    if not isinstance(max_length, int) or isinstance(max_length, bool) or max_length < 1:
        raise InputValueError(f"max_length must be a positive int or None, got {max_length!r}")
    if len(text) > max_length:
        raise InputTooLongError(
            f"{what}: the text has {len(text):,} characters, more than max_length="
            f"{max_length:,}. Pass max_length=None (or a larger limit) to process it anyway "
            "(it is tagged in windows, memory stays bounded), or split it into documents.")


def windows(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive windows covering ``text``, each at most ``size``
    characters (see the module docstring for where they end). Linear: each cut looks back
    from the window's end with ``str.rfind``. ``size`` defaults to :data:`WINDOW`."""
    size = size or WINDOW
    n = len(text)
    a = 0
    while a < n:
        b = a + size
        if b >= n:
            yield a, n
            return
        floor = a + size // 2  # never a window shorter than half the size
        cut = text.rfind("\n\n", floor, b)
        if cut >= 0:
            cut += 2
        else:
            cut = max(text.rfind("\n", floor, b), text.rfind("\r", floor, b))
            if cut >= 0:
                cut += 1
            else:
                cut = text.rfind(". ", floor, b)
                cut = cut + 2 if cut >= 0 else text.rfind(" ", floor, b) + 1
        if cut <= a:
            cut = b  # no break at all in half a window: a hard cut
        yield a, cut
        a = cut


class TokenSeq(Sequence[Token]):
    """The tokens of a long document, compact: starts, ends and kinds in arrays, the text of
    a token read from the document's text when the token is built (an immutable sequence
    that compares equal to the tuple of the same tokens)."""

    __slots__ = ("_text", "_starts", "_ends", "_kinds")

    def __init__(self, text: str) -> None:
        self._text = text
        code = "I" if len(text) < 2**32 else "q"  # 4 bytes an offset: 9 bytes a token
        self._starts = array(code)
        self._ends = array(code)
        self._kinds = array("b")

    def _extend(self, tokens: Sequence[Token], shift: int) -> None:
        code = _KIND_CODE
        self._starts.extend(t.start + shift for t in tokens)
        self._ends.extend(t.end + shift for t in tokens)
        self._kinds.extend(code.get(t.kind, 0) for t in tokens)

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Token, ...]: ...

    def __getitem__(self, i: int | slice) -> Token | tuple[Token, ...]:
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self))))
        s, e = self._starts[i], self._ends[i]
        return make_token(s, e, self._text[s:e], _KINDS[self._kinds[i]])

    def __iter__(self) -> Iterator[Token]:
        text, kinds = self._text, _KINDS
        for s, e, k in zip(self._starts, self._ends, self._kinds, strict=True):
            yield make_token(s, e, text[s:e], kinds[k])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"TokenSeq({len(self)} tokens)"


def _shift(e: Entity, d: int) -> Entity:
    return replace(e, start=e.start + d, end=e.end + d) if d else e


def tag_windowed(text: str, tag_one: Callable[[str], Document], *, size: int | None = None,
                 template: Document | None = None) -> Document:
    """Tag ``text`` window by window with ``tag_one`` and join the results (true offsets)."""
    tokens = TokenSeq(text)
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    candidates: list[Entity] = []
    first: Document | None = None
    for a, b in windows(text, size):
        doc = tag_one(text[a:b])
        if first is None:
            first = doc
        base = len(tokens)
        tokens._extend(doc.tokens, a)
        sentences.extend(Sentence(s.start + a, s.end + a, s.text, s.token_start + base,
                                  s.token_end + base) for s in doc.sentences)
        entities.extend(_shift(e, a) for e in doc.entities)
        candidates.extend(_shift(e, a) for e in doc.candidates)
        del doc
    meta: dict[str, Any] = {}
    if template is not None:
        meta = {"metadata": template.metadata, "clean": template.clean, "id": template.id}
    elif first is not None:
        meta = {"metadata": first.metadata, "clean": first.clean, "id": first.id}
    return Document(text=text, sentences=tuple(sentences), tokens=tokens,  # type: ignore[arg-type]
                    entities=tuple(entities), candidates=tuple(candidates), **meta)
