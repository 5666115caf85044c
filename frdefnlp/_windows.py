"""Long texts in windows: bounded memory for ``tag`` on a text of any length.

A text longer than :data:`WINDOW` characters, or denser than :data:`WINDOW_UNITS` units
(:func:`units`: words, punctuation, line breaks and numbers, a cheap estimate of tokens and
entities), is cut into windows of at most that many characters and, in dense stretches, about
that many units. A window ends at a paragraph break (a blank line, else a line break: the
tokenizer ends a sentence there and no pattern or gazetteer name runs across a line break),
else after a sentence's full stop, else at a space (a very long run without any of those).
Each window is tagged on its own and the results are joined with their true offsets into the
whole text; the tokens, sentences and entities of the joined document are kept compact
(:class:`TokenSeq`, :class:`SentenceSeq`, :class:`EntitySeq`: arrays, an object built when
one is read), since millions of objects are what made ``tag`` on a 50 MB string peak at 165
times the input, and ``'$1 ' * n`` (an entity every three characters) at 200 times.

A dense text (more than :data:`DENSE` units a character: a number, a symbol or a line
every two or three characters; ordinary French has 0.2 to 0.3) is read in windows at any
length, about :data:`DENSE_PARTS` of them (at least :data:`MIN_UNITS` units each), so that
its peak memory is proportional to it: a small one used to peak at the fixed working set of
one full window (30 KB of '$1 ' at 8 MB, 270 times the input). The units are counted once
per text, in chunks (:class:`Plan`).

What a window changes: document-wide decisions (a short name resolved against a full name
given earlier, ``source="alias"``; the first date of the text) are taken per window. A text
no longer than one window (every news article: ordinary French has about 25 000 units in
100 000 characters) is tagged exactly as before.

``max_length`` (like spaCy's ``nlp.max_length``) bounds what ``tag`` accepts at all:
:data:`MAX_LENGTH` characters unless the caller passes another limit (``None``: no limit).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import Any, TypeVar, overload

import regex

from .errors import InputTooLongError, InputValueError
from .types import Document, Entity, Sentence, Token, make_entity, make_token

_T = TypeVar("_T")

__all__ = ["WINDOW", "WINDOW_UNITS", "MAX_LENGTH", "check_length", "windows", "units",
           "is_long", "plan", "Plan", "tag_windowed", "TokenSeq", "EntitySeq", "SentenceSeq"]

#: Characters per window (a long news article is 30 000; the working memory of one window
#: is what the peak adds to the result).
WINDOW = 100_000
#: At most this many units (words, digit runs and other non-space characters, a cheap
#: estimate of tokens; see :func:`units`) per window. Ordinary French has about 20 000 in a
#: window of :data:`WINDOW` characters, so its windows are cut by characters alone; a text
#: dense in tokens ('\x00' * n, '$1 ' * n: a token every one or two characters) gets
#: shorter windows, since the working memory of a window goes by its tokens and entities.
WINDOW_UNITS = 32_000
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


_UNIT = regex.compile(r"\w+|[^\w\s]")
_DIGIT_RUN = regex.compile(r"\d+")
#: the first position at or after the search start that is not between two word characters:
#: a cut there splits no unit (and no run of digits)
_CLEAN_CUT = regex.compile(r"(?<!\w)|(?!\w)")
#: Characters counted at a time (cut where no unit is split): the working memory of the count
#: is one chunk's, whatever the text, and the windows are placed from the chunks' counts.
CHUNK = 2048
#: A text with more units than this per character is dense: ordinary French has 0.20 to 0.31
#: (the project's corpora, seeds, gold texts and news pages); a text of one token every two
#: characters ('x ' * n) has 0.5, '$1 ' * n 1.33.
DENSE = 0.45
#: A dense text is read in about this many windows (its window budget of units scales with
#: its length, between :data:`MIN_UNITS` and :data:`WINDOW_UNITS`): the working memory of one
#: window is then a small part of the input at every size, not a fixed 10 MB.
DENSE_PARTS = 32
#: The fewest units of a window of a dense text (a window has a fixed cost in time).
MIN_UNITS = 200


def _count(text: str, a: int, b: int) -> int:
    """The units of ``text[a:b]`` (see :func:`units`), counted in one go."""
    part = text[a:b]
    return _UNIT.subn("", part)[1] + 2 * _DIGIT_RUN.subn("", part)[1] + part.count("\n")


class Plan:
    """The units of a text counted once, chunk by chunk (:data:`CHUNK` characters, cut where
    no unit is split), and what is read from them: whether the text is read in windows
    (:attr:`is_long`), how many units a window of a dense stretch holds (:attr:`budget`) and
    the windows themselves (:meth:`windows`). ``tag`` and ``events`` make one plan per text.
    Working memory: one chunk's count and two integers a chunk."""

    __slots__ = ("text", "_bounds", "_pre", "total", "budget", "is_long")

    def __init__(self, text: str) -> None:
        self.text = text
        n = len(text)
        bounds = [0]
        pre = [0]
        a = 0
        while a < n:
            b = a + CHUNK
            b = n if b >= n else _CLEAN_CUT.search(text, b, n).start()  # type: ignore[union-attr]
            pre.append(pre[-1] + _count(text, a, b))
            bounds.append(b)
            a = b
        self._bounds, self._pre = bounds, pre
        #: the units of the whole text
        self.total = total = pre[-1]
        dense = total > DENSE * n and total > MIN_UNITS
        #: the most units of a window (fewer characters where the text is dense)
        self.budget = (max(MIN_UNITS, min(WINDOW_UNITS, total // DENSE_PARTS)) if dense
                       else WINDOW_UNITS)
        #: is the text read in windows: longer than :data:`WINDOW` characters, with more
        #: units than :data:`WINDOW_UNITS`, or dense
        self.is_long = n > WINDOW or total > WINDOW_UNITS or dense

    def units(self, a: int, b: int) -> int:
        """The units of ``text[a:b]``, exactly (the chunks between, plus the two ends)."""
        bounds, pre = self._bounds, self._pre
        i = bisect_right(bounds, a)  # bounds[i - 1] <= a < bounds[i]
        j = bisect_left(bounds, b)  # bounds[j - 1] < b <= bounds[j]
        if i >= j:
            return _count(self.text, a, b)
        return (_count(self.text, a, bounds[i]) + pre[j - 1] - pre[i]
                + _count(self.text, bounds[j - 1], b))

    def _at(self, x: int) -> int:
        """The units before ``x``, interpolated within its chunk (an estimate, in integers)."""
        bounds, pre = self._bounds, self._pre
        m = bisect_right(bounds, x) - 1
        if m >= len(bounds) - 1:
            return pre[-1]
        return pre[m] + (x - bounds[m]) * (pre[m + 1] - pre[m]) // (bounds[m + 1] - bounds[m])

    def _reach(self, u: int) -> int:
        """The first position where :meth:`_at` reaches ``u`` units (an estimate)."""
        bounds, pre = self._bounds, self._pre
        m = bisect_left(pre, u)  # pre[m - 1] < u <= pre[m]
        if m >= len(pre):
            return bounds[-1]
        if m == 0:
            return 0
        k = pre[m] - pre[m - 1]
        return bounds[m - 1] + -(-(u - pre[m - 1]) * (bounds[m] - bounds[m - 1]) // k)

    def windows(self, size: int | None = None,
                max_units: int | None = None) -> Iterator[tuple[int, int]]:
        """See :func:`windows`."""
        text = self.text
        full = size or WINDOW
        budget = max_units or self.budget
        n = len(text)
        a = 0
        while a < n:
            end = min(n, a + full)
            size = full
            k = self._at(end) - self._at(a)
            if k <= 2 * budget:  # near the budget or below: counted exactly
                k = self.units(a, end)
            if k > budget:  # dense: fewer characters, about `budget` units
                size = max(1, self._reach(self._at(a) + budget) - a)
                if a + size > end:
                    size = max(1, (end - a) * budget // k)
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


def plan(text: str) -> Plan:
    """The :class:`Plan` of ``text`` (its units counted once)."""
    return Plan(text)


def units(text: str, a: int = 0, b: int | None = None) -> int:
    """The units of ``text[a:b]``: words, non-space characters that are not word characters,
    line breaks (a line is often a sentence of its own), and twice more each run of digits
    (a number is often an entity of its own, and an entity costs more working memory than a
    token). Counted chunk by chunk: no list or string as long as the text is built."""
    n = len(text)
    b = n if b is None else max(0, min(n, b if b >= 0 else n + b))
    a = max(0, min(n, a if a >= 0 else n + a))
    total = 0
    while a < b:
        c = a + CHUNK
        c = b if c >= b else _CLEAN_CUT.search(text, c, b).start()  # type: ignore[union-attr]
        total += _count(text, a, c)
        a = c
    return total


def is_long(text: str) -> bool:
    """Is ``text`` read in windows: longer than :data:`WINDOW` characters, with more units
    than :data:`WINDOW_UNITS`, or dense (more than :data:`DENSE` units a character: then in
    about :data:`DENSE_PARTS` windows, so that memory stays proportional to a short text)."""
    return len(text) > WINDOW or Plan(text).is_long


def windows(text: str, size: int | None = None,
            max_units: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive windows covering ``text``, each at most ``size``
    characters and, where a stretch of text is dense, about ``max_units`` units (see the
    module docstring for where they end). Linear: the units are counted once, chunk by chunk
    (:class:`Plan`), and each cut looks back from the window's end with ``str.rfind``.
    ``size`` defaults to :data:`WINDOW`, ``max_units`` to the text's budget: :data:`WINDOW_UNITS`,
    fewer for a dense text (:data:`DENSE_PARTS`)."""
    return Plan(text).windows(size, max_units)


class _CompactSeq(Sequence[_T]):
    """What the compact sequences below share: an immutable sequence whose items are built
    from arrays when read (:meth:`_item`), that slices to tuples and compares equal to the
    tuple of the same items. A subclass gives ``_starts`` (one entry an item), :meth:`_item`
    and ``_noun`` (its items' name, plural)."""

    __slots__ = ()
    _noun = "items"
    _starts: array[int]

    def _item(self, i: int) -> _T:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, i: int) -> _T: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[_T, ...]: ...

    def __getitem__(self, i: int | slice) -> _T | tuple[_T, ...]:
        if isinstance(i, slice):
            return tuple(self._item(j) for j in range(*i.indices(len(self))))
        n = len(self._starts)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(f"{type(self).__name__} index out of range")
        return self._item(i)

    def __iter__(self) -> Iterator[_T]:
        for i in range(len(self._starts)):
            yield self._item(i)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} {self._noun})"


class TokenSeq(_CompactSeq[Token]):
    """The tokens of a long document, compact: starts, lengths and kinds in arrays (6 bytes a
    token; a token of 255 characters or more keeps its length in a dict), the text of a token
    read from the document's text when the token is built (an immutable sequence that
    compares equal to the tuple of the same tokens)."""

    __slots__ = ("_text", "_starts", "_lens", "_long", "_kinds")
    _noun = "tokens"

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = array("I" if len(text) < 2**32 else "q")
        self._lens = array("B")
        self._long: dict[int, int] = {}  # token index -> length, for lengths >= 255
        self._kinds = array("b")

    def _extend(self, tokens: Sequence[Token], shift: int) -> None:
        base = len(self._starts)
        starts = list(map(_start_of, tokens))
        lens = list(map(int.__sub__, map(_end_of, tokens), starts))
        if lens and max(lens) >= 255:
            for k, n in enumerate(lens):
                if n >= 255:
                    self._long[base + k] = n
                    lens[k] = 255
        self._starts.extend(map(shift.__add__, starts) if shift else starts)
        self._lens.extend(lens)
        self._kinds.extend(map(_KIND_OF.__getitem__, map(_kind_of, tokens)))

    def _item(self, i: int) -> Token:
        s, n = self._starts[i], self._lens[i]
        e = s + (n if n < 255 else self._long[i])
        return make_token(s, e, self._text[s:e], _KINDS[self._kinds[i]])

    def __iter__(self) -> Iterator[Token]:
        if self._long:
            yield from super().__iter__()
            return
        text, kinds = self._text, _KINDS
        for s, n, k in zip(self._starts, self._lens, self._kinds, strict=True):
            yield make_token(s, s + n, text[s:s + n], kinds[k])


_start_of = attrgetter("start")
_end_of = attrgetter("end")
_kind_of = attrgetter("kind")
#: kind -> its code (an unknown kind reads as a word, code 0)
_KIND_OF: defaultdict[str, int] = defaultdict(int, _KIND_CODE)


class SentenceSeq(_CompactSeq[Sentence]):
    """The sentences of a long document, compact: starts, ends and token ranges in arrays,
    the text of a sentence sliced from the document's text when it is read (a text of short
    lines, 'ab\\n' * n, has a sentence every three characters). An immutable sequence that
    compares equal to the tuple of the same sentences; slices are tuples."""

    __slots__ = ("_text", "starts", "_ends", "_tok_starts", "_tok_ends")
    _noun = "sentences"

    def __init__(self, text: str) -> None:
        self._text = text
        code = "I" if len(text) < 2**32 else "q"
        #: the sentences' start offsets, in order (for bisection)
        self.starts = array(code)
        self._ends = array(code)
        self._tok_starts = array(code)  # never more tokens than characters
        self._tok_ends = array(code)

    def _extend(self, sentences: Sequence[Sentence], shift: int, token_shift: int) -> None:
        for x in sentences:
            self.starts.append(x.start + shift)
            self._ends.append(x.end + shift)
            self._tok_starts.append(x.token_start + token_shift)
            self._tok_ends.append(x.token_end + token_shift)

    def _item(self, i: int) -> Sentence:
        s, e = self.starts[i], self._ends[i]
        return Sentence(s, e, self._text[s:e], self._tok_starts[i], self._tok_ends[i])

    @property
    def _starts(self) -> array[int]:  # type: ignore[override]
        """The base class's name for :attr:`starts`."""
        return self.starts


def _frozen(v: Any) -> Any:
    """A hashable key of ``v`` such that equal keys mean values that are equal, of the same
    types and in the same order (so that a value shared in their place writes the same JSON);
    an object of any other type is its own key (never shared)."""
    t = type(v)
    if t is str or v is None or t is int or t is bool:
        return (t, v)
    if t is float:
        return (t, repr(v))  # -0.0 and 0.0 stay apart
    if t is dict:
        return (t, tuple((_frozen(k), _frozen(x)) for k, x in v.items()))
    if t is list or t is tuple:
        return (t, tuple(_frozen(x) for x in v))
    return (id, id(v))


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _key(v: Any) -> Any:
    """:func:`_frozen` of a ``value`` or ``attrs`` mapping, quicker for the usual flat dict
    of strings and numbers."""
    if v is None or (type(v) is dict and not v):
        return (type(v),)
    if type(v) is dict:
        vals = tuple(v.values())
        if (_SCALARS.issuperset(map(type, vals)) and _SCALARS.issuperset(map(type, v))
                and 0.0 not in vals):  # (0 and -0.0: the slow key tells them apart)
            return (tuple(v), tuple(map(type, v)), vals, tuple(map(type, vals)))
    return _frozen(v)


class EntitySeq(_CompactSeq[Entity]):
    """The entities of a long document, compact: starts and ends in arrays, and for each
    entity the index of its record (label, kind, canonical, id, source, value, attrs,
    confidence) in a table of the distinct records; an :class:`~frdefnlp.types.Entity` is
    built when one is read, its text sliced from the document's text. Texts dense in
    entities repeat a few records ('$1 $1 ...' one, ordinary French a few per name), so an
    entity costs 12 bytes instead of about 450 (the object, its text, its value and attrs
    dicts): what made ``tag`` on ``'$1 ' * n`` peak at 200 times the input.

    An immutable sequence that compares equal to the tuple of the same entities and pickles.
    The ``value`` and ``attrs`` of equal records are one object: read-only, as the frozen
    entity means them to be.
    """

    __slots__ = ("_text", "_starts", "_ends", "_recs", "_records", "_index", "_texts", "sorted")
    _noun = "entities"

    def __init__(self, text: str) -> None:
        self._text = text
        code = "I" if len(text) < 2**32 else "q"
        self._starts = array(code)
        self._ends = array(code)
        self._recs = array("I")
        self._records: list[tuple[Any, ...]] = []
        self._index: dict[Any, int] | None = {}
        self._texts: dict[int, str] = {}  # an entity whose text is not its slice (none expected)
        #: entities are in order of their start (read by :meth:`starting_in`)
        self.sorted = True

    def _extend(self, entities: Sequence[Entity], shift: int) -> None:
        text, index, records = self._text, self._index, self._records
        assert index is not None, "EntitySeq is sealed"
        starts, ends, recs = self._starts, self._ends, self._recs
        last = starts[-1] if starts else -1
        # the key of each value and attrs object met in this call, by identity: a tagger may
        # give many entities one (read-only) dict ('$1 ' * n: one); the object is kept with
        # its key, so its id is not reused while the call runs
        keys: dict[int, tuple[Any, Any]] = {}
        for e in entities:
            s, t = e.start + shift, e.end + shift
            if s < last:
                self.sorted = False
            last = s
            rec = (e.label, e.kind, e.canonical, e.id, e.source, e.value, e.attrs, e.confidence)
            c = e.confidence
            v, a = rec[5], rec[6]
            kv = keys.get(id(v))
            if kv is None:
                kv = keys[id(v)] = (v, _key(v))
            ka = keys.get(id(a))
            if ka is None:
                ka = keys[id(a)] = (a, _key(a))
            key = (rec[:5], kv[1], ka[1], type(c), c if c else repr(c))
            r = index.get(key)
            if r is None:
                r = index[key] = len(records)
                records.append(rec)
            if text[s:t] != e.text:
                self._texts[len(starts)] = e.text
            starts.append(s)
            ends.append(t)
            recs.append(r)

    def _seal(self) -> EntitySeq:
        """Done building: the index of records goes (it costs more than the records)."""
        self._index = None
        return self

    def _item(self, i: int) -> Entity:
        s, e = self._starts[i], self._ends[i]
        text = self._texts.get(i) if self._texts else None
        return make_entity(s, e, self._text[s:e] if text is None else text,
                           *self._records[self._recs[i]])

    def starting_in(self, lo: int, hi: int) -> tuple[Entity, ...]:
        """The entities whose start is in ``[lo, hi)``, in order (a bisection when
        :attr:`sorted`, else a scan)."""
        if self.sorted:
            return self[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]
        return tuple(e for e in self if lo <= e.start < hi)


def tag_windowed(text: str, tag_one: Callable[[str], Document], *, size: int | None = None,
                 template: Document | None = None, plan: Plan | None = None) -> Document:
    """Tag ``text`` window by window with ``tag_one`` and join the results (true offsets);
    ``plan``: the text's :class:`Plan`, if the caller has made it."""
    tokens = TokenSeq(text)
    sentences = SentenceSeq(text)
    entities = EntitySeq(text)
    candidates = EntitySeq(text)
    first: Document | None = None
    for a, b in (plan or Plan(text)).windows(size):
        doc = tag_one(text[a:b])
        if first is None:
            first = replace(doc, tokens=(), sentences=(), entities=(), candidates=())
        base = len(tokens)
        tokens._extend(doc.tokens, a)
        sentences._extend(doc.sentences, a, base)
        entities._extend(doc.entities, a)
        candidates._extend(doc.candidates, a)
        del doc
    meta: dict[str, Any] = {}
    if template is not None:
        meta = {"metadata": template.metadata, "clean": template.clean, "id": template.id}
    elif first is not None:
        meta = {"metadata": first.metadata, "clean": first.clean, "id": first.id}
    return Document(text=text, sentences=sentences, tokens=tokens,  # type: ignore[arg-type]
                    entities=entities._seal(), candidates=candidates._seal(),  # type: ignore[arg-type]
                    **meta)
