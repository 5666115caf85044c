"""Fast dictionary matching of gazetteer names in French text.

Algorithm and cost model
------------------------
Build: every name (canonical, aliases, the plural of common-noun aliases) and adjective is
cut into folded word tokens (``_norm.alias_key``) and stored in a token trie, entered from the
name's first token that is not a very common word ("Le Monde" is entered from "monde"; the
words before it are checked backwards). Cost O(total alias length), in two steps: at load,
each name is cut into tokens and filed under that first telling token (its *anchor*); the
entries and the trie below an anchor are made the first time a text holds it (a lookup makes
the anchor it asks for). The shipped gazetteer loads in about 0.1 s (records included; 0.16 s
when all was built at once) and a sentence makes a handful of its 5,500 anchors; growth is
under a lock, so instances stay thread-safe, and a match never depends on the order anchors
were made in.

Match: the text is cut by one C-speed ``re.split`` into ``[gap, token, gap, token, ...]``;
each token is folded (case, accents) through a cache of the tokens already seen (French has
a small vocabulary, so this is one dict look-up per token); the tokens that can enter the trie
are picked out at C speed (``itertools.compress`` over ``map(trie.__contains__, tokens)``).
Only there does Python code run: it walks the trie token by token and, where a name ends,
checks the gaps (punctuation must agree, spaces and hyphens are interchangeable, a line break
stops a name) and, for case-sensitive names, the original case. Offsets are summed lazily from
the part lengths, only where a name is found. Cost: O(len(text)) at C speed plus
O(h * d) Python steps, where h is the number of tokens that can start a name (mostly real
mentions) and d the depth walked (the words of the name, usually 1-3): the cost grows with
the text and its mentions, not with the number of names. Memory: the parts of one chunk
(texts are processed in chunks of about 256 K characters cut at line breaks, which no match
crosses; a chunk without a line break is cut at a space), read in pieces of about 2 K
characters cut where no match can run across (a line break, or punctuation no alias has
inside): the token list and offsets of one piece, not of the whole text.

Overlaps are resolved by one rule: longest match (in characters) first, then earliest start;
every record claiming the very same span is kept in ``candidates`` and the preferred one
(higher ``priority``, then names before adjectives, then id order) is ``record``.
"""

from __future__ import annotations

import json
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import attrgetter, itemgetter
from os import PathLike
from typing import Any

from .._resources import list_dir, read_text
from .._text import ensure_text
from ..errors import InputTypeError, InputValueError
from ..types import Entity
from ._norm import SPLIT_RE, TABLE, fold_keep_lines, gap_sig, plural_key
from .records import Record, _read, collect, load_records, raise_problems

__all__ = ["Gazetteer", "GazetteerMatch"]

_SHIPPED_DIR = "gazetteers"
#: Very common French (and English) words: never used as the entry token of a name.
_COMMON = frozenset(
    "le la les l de d du des un une et en au aux a the of sur pour par".split())
_CHUNK = 1 << 18  # characters per chunk: bounds the memory of the token list
#: characters per piece of a chunk (cut only where no match can run across: the same matches)
_PIECE = 2048
_BREAKERS = ",;!?:«»\"…()[]"  # where to cut a long line, unless some alias uses one inside


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    """A name of the gazetteer found in a text.

    ``[start, end)`` are offsets into the text given to :meth:`Gazetteer.match`
    (``text[start:end] == self.text``). ``alias`` is the name as written in the data that
    matched; ``alias_type`` is ``"name"`` or ``"adjective"`` (``israéliens`` -> loc/israel).
    ``candidates`` holds every record that claims this alias (more than one when the alias is
    ambiguous); ``record`` is the preferred one.
    """

    start: int
    end: int
    text: str
    record: Record
    alias: str
    alias_type: str = "name"
    candidates: tuple[Record, ...] = field(default=(), repr=False)

    @property
    def id(self) -> str:
        return self.record.id

    def to_entity(self) -> Entity:
        """The match as an :class:`~frdefnlp.types.Entity` (``source="gazetteer"``)."""
        rec = self.record
        attrs: dict[str, Any] = {"alias": self.alias, "alias_type": self.alias_type,
                                 "country": rec.country}
        if rec.maker is not None:
            attrs["maker"] = rec.maker if isinstance(rec.maker, str) else list(rec.maker)
        if rec.role is not None:
            attrs["role"] = rec.role
        if len(self.candidates) > 1:
            attrs["candidates"] = [c.id for c in self.candidates]
        return Entity(start=self.start, end=self.end, text=self.text, label=rec.label,
                      kind=rec.kind, canonical=rec.canonical, id=rec.id, source="gazetteer",
                      attrs=attrs)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "id": self.record.id,
                "label": self.record.label, "kind": self.record.kind,
                "canonical": self.record.canonical, "alias": self.alias,
                "alias_type": self.alias_type, "candidates": [c.id for c in self.candidates]}


@dataclass(frozen=True, slots=True)
class _Entry:
    record: Record
    alias: str
    alias_type: str
    gaps: tuple[str, ...]
    case_tokens: tuple[str, ...] | None  # original-case tokens when matched with case
    rank: tuple[int, int, str]  # preference among records claiming the same span


class Gazetteer:
    """Names of weapons, organisations, people and places, matched in text.

    Build with :meth:`load` (the shipped files, optionally without some and with your own),
    :meth:`from_files` or ``Gazetteer(records)``. Instances are immutable and thread-safe.

    >>> gaz = Gazetteer.from_files(["tests/gazetteer/data/mini.jsonl"])
    >>> [(m.text, m.record.id) for m in gaz.match("Le Dôme de fer d’IAI")]
    [('Dôme de fer', 'weapon/iron-dome'), ('IAI', 'org/israel-aerospace-industries')]
    """

    __slots__ = ("_records", "_by_id", "_index", "_labels", "_trie", "_breakers")

    def __init__(self, records: Iterable[Record] = ()) -> None:
        self._records: tuple[Record, ...] = tuple(records)
        self._by_id = {r.id: r for r in self._records}
        # Built in two steps, so that the first tag() call of a process pays for what its
        # text holds (issue 11): here every name is cut into folded tokens and filed under
        # its *anchor* (its first token that is not a very common word, see below); the
        # entries and the trie below an anchor are made the first time a text holds that
        # token (:meth:`_grow`), or for every anchor at once when :meth:`lookup` needs
        # the index. The loops are written for speed, with the semantics of the _norm
        # helpers they inline (alias_key, auto_case_sensitive).
        split, table, gap_sigs = SPLIT_RE.split, TABLE, _GapSigs()
        isalpha, isupper = str.isalpha, str.isupper
        used: set[str] = set()  # characters inside gaps (see _BREAKERS)
        # anchor token -> [(key, entry fields)], in the order of the records and their names
        pending: dict[str, list[tuple[tuple[str, ...], tuple[Any, ...]]]] = {}
        anchor_of = _anchor

        for rec in self._records:
            cs = rec.case_sensitive
            for alias_type, names in (("name", rec.names), ("adjective", rec.adjectives)):
                rank = (-rec.priority, 0 if alias_type == "name" else 1, rec.id)
                for name in names:
                    parts = split(name.translate(table))  # _norm.alias_key
                    if len(parts) < 3:
                        continue  # no token
                    tokens = tuple(parts[1::2])
                    gaps = tuple(map(gap_sigs.__getitem__, parts[2:-1:2])) if len(parts) > 3 else ()
                    if gaps:
                        used.update(*gaps)
                    case_tokens = None
                    if name in cs or _all_capitals(name, isalpha, isupper):
                        parts = split(name)
                        # the split of the unfolded name has the same shape (fold keeps
                        # letters letters and digits digits)
                        case_tokens = tuple(parts[1::2]) if len(parts) // 2 == len(tokens) else None
                    fields = (rec, name, alias_type, gaps, case_tokens, rank)
                    anchor = anchor_of(tokens)
                    items = pending.get(anchor)
                    if items is None:
                        pending[anchor] = [(tokens, fields)]
                    else:
                        items.append((tokens, fields))
                    # plural_key is None for a capital initial (a proper name): not asked
                    if alias_type == "name" and case_tokens is None and not name[:1].isupper():
                        plural = plural_key(name, tokens)
                        if plural is not None:
                            pending.setdefault(anchor_of(plural), []).append((plural, fields))
        # token trie: node = {token: child, "": [(prefix, entries ending here)]}; "" is never
        # a token. A name is entered from its *anchor*, its first token that is not a very
        # common French word, and the words before it (the prefix) are checked backwards:
        # "Le Monde" is found from "monde", so the thousands of "le" in a text cost nothing.
        # Until it is grown, an anchor's child is the list of its pending names.
        self._trie: dict[str, Any] = pending  # type: ignore[assignment]
        self._index: dict[tuple[str, ...], list[_Entry]] = {}
        self._breakers = tuple(c for c in _BREAKERS if c not in used)
        self._labels = tuple(sorted({r.label for r in self._records}))

    def _grow(self, anchor: str) -> dict[str, Any]:
        """The trie node of ``anchor``, its entries made now if they were pending."""
        node = self._trie[anchor]
        if type(node) is dict:
            return node
        with _GROW_LOCK:
            node = self._trie[anchor]
            if type(node) is dict:  # another thread grew it
                return node
            index: dict[tuple[str, ...], list[_Entry]] = {}
            for key, fields in node:
                entry = _Entry(*fields)
                lst = index.get(key)
                if lst is None:
                    index[key] = [entry]
                    continue
                for e in lst:  # one entry per (record, type, gaps, case)
                    if (e.record.id == entry.record.id and e.alias_type == entry.alias_type
                            and e.gaps == entry.gaps and e.case_tokens == entry.case_tokens):
                        break
                else:
                    lst.append(entry)
            root: dict[str, Any] = {}
            for key, lst in index.items():
                if len(lst) > 1:
                    lst.sort(key=_by_rank)
                cut = 0
                while cut < len(key) - 1 and key[cut] in _COMMON:
                    cut += 1
                node = root
                for tok in key[cut + 1:]:
                    child = node.get(tok)
                    if child is None:
                        child = node[tok] = {}
                    node = child
                # fast path: when no entry is case-sensitive and all need the same gaps, a
                # match only has to compare the gaps, and its result is known in advance
                gaps = lst[0].gaps
                uniform = all(e.case_tokens is None and e.gaps == gaps for e in lst)
                end = (key[:cut], lst, gaps if uniform else None, _template(lst))
                ends = node.get("")
                if ends is None:
                    node[""] = [end]
                else:
                    ends.append(end)
            self._index.update(index)
            self._trie[anchor] = root
            return root

    # ---------------------------------------------------------------------------- building
    @classmethod
    def from_files(cls, paths: Iterable[str | PathLike[str]]) -> Gazetteer:
        """A gazetteer of the given JSONL files only (validated together).

        Raises :class:`~frdefnlp.errors.ResourceError` naming file, line and field when a file
        is malformed (``.problems`` lists every problem).
        """
        if isinstance(paths, (str, bytes, PathLike)):
            raise InputTypeError("paths must be a list of paths, got a single path: use [path]")
        return cls(load_records(paths))

    @classmethod
    def load(cls, *, exclude: Iterable[str] = (),
             extra_files: Iterable[str | PathLike[str]] = ()) -> Gazetteer:
        """The shipped gazetteer (resources/gazetteers/*.jsonl), built once and cached.

        ``exclude`` switches shipped files off by name (``"persons"`` or ``"persons.jsonl"``);
        ``extra_files`` adds your own files, validated together with the shipped ones (ids
        must stay unique; your records may refer to shipped ids). Thread-safe: concurrent
        first calls build the gazetteer once.
        """
        if isinstance(exclude, str) or isinstance(extra_files, (str, PathLike)):
            raise InputTypeError("exclude and extra_files take lists, e.g. exclude=['persons']")
        shipped = list_dir(_SHIPPED_DIR, ".jsonl")
        names = set()
        for name in exclude:
            full = name if name.endswith(".jsonl") else name + ".jsonl"
            if full not in shipped:
                raise InputValueError(f"exclude: no shipped gazetteer {name!r}; "
                                      f"shipped: {', '.join(n[:-6] for n in shipped)}")
            names.add(full)
        extras = tuple(str(p) for p in extra_files)
        key = (tuple(sorted(names)), extras)
        with _LOCK:
            gaz = _CACHE.get(key)
            if gaz is None:
                sources = [(f"resources/{_SHIPPED_DIR}/{n}", read_text(f"{_SHIPPED_DIR}/{n}"))
                           for n in shipped if n not in names]
                problems = []
                for path in extras:
                    name, text, err = _read(path)
                    if err is not None:
                        problems.append(err)
                    else:
                        sources.append((name, text or ""))
                # shipped and extra files are checked together: unique ids, references, aliases
                # references into switched-off shipped files stay valid
                off = [_iter_ids(read_text(f"{_SHIPPED_DIR}/{n}")) for n in sorted(names)]
                # shipped files are validated by a test: parsed without per-field checks
                # (a user file of the same name is never trusted, nor the shipped one then)
                trusted = [f"resources/{_SHIPPED_DIR}/{n}" for n in shipped
                           if f"resources/{_SHIPPED_DIR}/{n}" not in extras]
                records, more = collect(sources, known_ids=[i for ids in off for i in ids],
                                        trusted=trusted)
                raise_problems(problems + more)
                gaz = cls(records)
                _CACHE[key] = gaz
            return gaz

    @staticmethod
    def shipped_files() -> list[str]:
        """Names of the shipped gazetteer files (``weapons.jsonl`` ...)."""
        return list_dir(_SHIPPED_DIR, ".jsonl")

    # ------------------------------------------------------------------------------ access
    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, rid: object) -> bool:
        return rid in self._by_id

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self)} records, {self.alias_count} names>"

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels present (sorted)."""
        return self._labels

    @property
    def alias_count(self) -> int:
        """Number of distinct (record, name) pairs: canonical names, aliases and adjectives."""
        return sum(len(set(r.names)) + len(set(r.adjectives)) for r in self._records)

    def records(self) -> tuple[Record, ...]:
        """Every record, in load order."""
        return self._records

    def get(self, rid: str) -> Record | None:
        """The record with id ``rid``, or ``None``."""
        return self._by_id.get(rid)

    def lookup(self, name: str) -> list[GazetteerMatch]:
        """Records whose name (or adjective) is exactly ``name``, under the matching rules.

        >>> gaz = Gazetteer.from_files(["tests/gazetteer/data/mini.jsonl"])
        >>> [(m.record.id, m.alias) for m in gaz.lookup("dome de Fer")]
        [('weapon/iron-dome', 'Dôme de fer')]
        """
        name = ensure_text(name, "name")
        parts = SPLIT_RE.split(name)
        if len(parts) < 3:
            return []
        toks = [fold_keep_lines(p) for p in parts[1::2]]
        start, end = len(parts[0]), len(name) - len(parts[-1])
        found = self._verify(parts, toks, 0, len(toks) - 1)
        if not found:
            return []
        every = self._make(name, start, end, found).candidates
        out = []
        for e in found:  # one match per record, its best entry (entries are sorted by rank)
            if all(m.record.id != e.record.id for m in out):
                out.append(GazetteerMatch(start=start, end=end, text=name[start:end],
                                          record=e.record, alias=e.alias,
                                          alias_type=e.alias_type, candidates=every))
        return out

    # ---------------------------------------------------------------------------- matching
    def match(self, text: str) -> list[GazetteerMatch]:
        """Every gazetteer name in ``text``, non-overlapping, sorted by offset.

        Raises :class:`~frdefnlp.errors.InputTypeError` when ``text`` is not a ``str``; an
        empty text gives an empty list.
        """
        text = ensure_text(text)
        if not text:
            return []
        out: list[GazetteerMatch] = []
        breakers = self._breakers
        safe = _safe_cut_re(breakers)
        for a, b in _chunks(text, breakers):
            for x, y in _pieces(text, a, b, breakers, safe):
                out.extend(self._match_chunk(text, x, y))
        return out

    def iter_match(self, texts: Iterable[str]) -> Iterator[list[GazetteerMatch]]:
        """:meth:`match` over a stream of texts."""
        for text in texts:
            yield self.match(text)

    def _match_chunk(self, text: str, a: int, b: int) -> list[GazetteerMatch]:
        # Token boundaries are the same in the original and the folded text (folding keeps
        # letters letters, digits digits), so the original is split and each token is folded
        # through a cache: a French text has a small vocabulary, so this is one dict look-up
        # per token instead of one translation per character.
        parts = SPLIT_RE.split(text[a:b])  # [gap, token, gap, ..., token, gap]
        toks = list(map(_FOLD.__getitem__, parts[1::2]))  # token t is parts[2t + 1]
        trie = self._trie
        ntok = len(toks)
        # candidates: (start char, end char, first token, last token, entries)
        cands: list[tuple[int, int, int, int, Any]] = []
        offs: list[int] | None = None  # offs[k]: offset of parts[k], computed on first need
        # only the tokens that can enter the trie are visited by Python code
        for t in compress(range(ntok), map(trie.__contains__, toks)):
            node = trie[toks[t]]
            if type(node) is not dict:  # its names not made yet
                node = self._grow(toks[t])
            u = t
            while True:
                ends = node.get("")
                if ends:
                    for pre, ents, ugaps, template in ends:
                        s0 = t - len(pre)  # the name's first token
                        if pre and (s0 < 0 or tuple(toks[s0:t]) != pre):
                            continue
                        if ugaps is None:
                            ok = self._check(parts, s0, u, ents)
                        elif u == s0 or tuple(
                                map(_GAPS.__getitem__, parts[2 * s0 + 2:2 * u + 1:2])) == ugaps:
                            ok = template
                        else:
                            ok = None
                        if ok:
                            if offs is None:  # one C-speed pass, only for chunks with a match
                                offs = list(accumulate(map(len, parts), initial=a))
                            cands.append((offs[2 * s0 + 1], offs[2 * u + 2], s0, u, ok))
                u += 1
                if u >= ntok:
                    break
                node = node.get(toks[u])
                if node is None:
                    break
        if not cands:
            return []
        # Overlaps: longest first, then earliest, greedily. Only candidates that overlap need
        # the rule, so the (nearly sorted) candidates are swept by start and cut into clusters
        # of overlapping ones; a cluster of one (the usual case) is kept as it is.
        cands.sort(key=_by_start)
        chosen = []
        append = chosen.append
        cluster: list[tuple[int, int, int, int, Any]] | None = None  # when > 1 overlap
        reach = -1
        for c in cands:
            if c[0] >= reach:  # no overlap with what came before: close the cluster
                if cluster is not None:
                    chosen[-1:] = _resolve(cluster)
                    cluster = None
                append(c)
                reach = c[1]
            else:
                if cluster is None:
                    cluster = [chosen[-1]]
                cluster.append(c)
                if c[1] > reach:
                    reach = c[1]
        if cluster is not None:
            chosen[-1:] = _resolve(cluster)
        return [GazetteerMatch(st, en, text[st:en], *res) if type(res) is tuple
                else self._make(text, st, en, res) for st, en, _s, _u, res in chosen]

    def _verify(self, parts: Sequence[str], toks: Sequence[str], s0: int, u: int) -> list[_Entry]:
        """Entries whose folded tokens are toks[s0..u], with gaps and case agreeing."""
        key = tuple(toks[s0:u + 1])
        if key and _anchor(key) in self._trie:
            self._grow(_anchor(key))
        entries = self._index.get(key)
        return self._check(parts, s0, u, entries) if entries else []

    @staticmethod
    def _check(parts: Sequence[str], s0: int, u: int, entries: list[_Entry]) -> list[_Entry]:
        """The entries (same tokens as tokens s0..u) whose gaps and case agree with the text."""
        gaps = tuple(map(_GAPS.__getitem__, parts[2 * s0 + 2:2 * u + 1:2])) if u > s0 else ()
        ok = []
        for e in entries:
            if e.gaps != gaps:
                continue
            if e.case_tokens is not None and tuple(parts[2 * s0 + 1:2 * u + 2:2]) != e.case_tokens:
                continue
            ok.append(e)
        return ok

    @staticmethod
    def _make(text: str, start: int, end: int, entries: list[_Entry]) -> GazetteerMatch:
        return GazetteerMatch(start, end, text[start:end], *_template(entries))


_by_start = itemgetter(0)
_by_rank = attrgetter("rank")
_GROW_LOCK = threading.RLock()


def _anchor(key: tuple[str, ...]) -> str:
    """The token a name is entered into the trie from: its first token that is not a very
    common word (the last one if all are)."""
    cut = 0
    while cut < len(key) - 1 and key[cut] in _COMMON:
        cut += 1
    return key[cut]


def _all_capitals(name: str, isalpha: Any = str.isalpha, isupper: Any = str.isupper) -> bool:
    """:func:`_norm.auto_case_sensitive` (two letters or more, all capitals), at C speed."""
    letters = list(filter(isalpha, name))
    return len(letters) >= 2 and all(map(isupper, letters))


class _GapSigs(dict):
    """``_norm.gap_sig`` of each distinct folded gap of one build (a handful: " ", "-", "'")."""

    def __missing__(self, gap: str) -> str:
        out = self[gap] = gap_sig(gap)
        return out


def _resolve(cluster: list[tuple[int, int, int, int, Any]]) -> list[tuple[int, int, int, int, Any]]:
    """Non-overlapping candidates of one cluster: longest first, then earliest; by start."""
    # The kept candidates never overlap, so sorted by start their ends grow too: ``c`` overlaps
    # one of them iff the last kept candidate that starts before ``c`` ends ends after
    # ``c`` starts (a bisection, not a scan of every kept candidate: a run of thousands of
    # overlapping names stays n log n).
    kept: list[tuple[int, int, int, int, Any]] = []
    starts: list[int] = []
    for c in sorted(cluster, key=lambda c: (c[0] - c[1], c[0])):
        i = bisect_left(starts, c[1])
        if i and kept[i - 1][1] > c[0]:
            continue
        starts.insert(i, c[0])
        kept.insert(i, c)
    return kept


def _template(entries: list[_Entry]) -> tuple[Record, str, str, tuple[Record, ...]]:
    """(record, alias, alias_type, candidates) of a match by ``entries`` (sorted by rank)."""
    best = entries[0]
    if len(entries) == 1:
        cands: tuple[Record, ...] = (best.record,)
    else:  # every record claiming the span with the same alias type, once, by rank
        seen = {e.record.id: e.record for e in reversed(entries) if e.alias_type == best.alias_type}
        cands = tuple(sorted(seen.values(), key=lambda r: (-r.priority, r.id)))
    return best.record, best.alias, best.alias_type, cands


def _iter_ids(text: str) -> list[str]:
    """The ids in a gazetteer file's text (lenient: bad lines are skipped)."""
    ids = []
    for raw in text.splitlines():
        raw = raw.strip()
        if raw.startswith("{"):
            try:
                rid = json.loads(raw).get("id")
            except ValueError:
                continue
            if isinstance(rid, str):
                ids.append(rid)
    return ids


def _chunks(text: str, breakers: Sequence[str] = ()) -> Iterator[tuple[int, int]]:
    """Cut the text into pieces of about ``_CHUNK`` characters where no name can run across.

    Pieces end after a line break (no match crosses one); failing that, after one of the
    ``breakers`` (punctuation that no alias has between two of its words); failing that (a
    very long run of words without punctuation), at a space, where a name straddling that
    one space would be missed.
    """
    n = len(text)
    a = 0
    while a < n:
        b = a + _CHUNK
        if b >= n:
            yield a, n
            return
        cut = max(text.rfind("\n", a, b), text.rfind("\r", a, b))
        if cut <= a:
            cut = max([text.rfind(c, a, b) for c in breakers], default=-1)
        if cut <= a:
            cut = text.rfind(" ", a, b)
        if cut <= a:
            cut = b - 1
        yield a, cut + 1
        a = cut + 1


def _pieces(text: str, a: int, b: int, breakers: Sequence[str],
            safe: Any) -> Iterator[tuple[int, int]]:
    """Cut the chunk ``text[a:b]`` into pieces of about :data:`_PIECE` characters, each ending
    after a line break or, failing that, after one of the ``breakers``: no match runs across
    either (a line break is kept by the folding and is in no alias; a breaker is in no
    alias's gap), so the pieces give the matches of the whole chunk, while the working memory
    (the parts, folded tokens and offsets of :meth:`Gazetteer._match_chunk`) is one piece's.
    A stretch with no such character is one piece however long (``safe``, the pattern of
    those characters, finds the next one: linear)."""
    while b - a > _PIECE:
        e = a + _PIECE
        cut = max(text.rfind("\n", a, e), text.rfind("\r", a, e))
        if cut < a:
            cut = max([text.rfind(c, a, e) for c in breakers], default=-1)
        if cut < a:
            m = safe.search(text, e, b)
            if m is None:
                break
            cut = m.start()
        if cut + 1 >= b:
            break
        yield a, cut + 1
        a = cut + 1
    yield a, b


_SAFE: dict[tuple[str, ...], Any] = {}


def _safe_cut_re(breakers: Sequence[str]) -> Any:
    """The pattern of the characters a piece may end after (see :func:`_pieces`)."""
    key = tuple(breakers)
    pat = _SAFE.get(key)
    if pat is None:
        import re

        pat = _SAFE[key] = re.compile("[\n\r" + "".join(re.escape(c) for c in key) + "]")
    return pat


class _FoldCache(dict):
    """Folded form of each distinct token or gap seen (bounded: cleared when it grows large)."""

    def __missing__(self, part: str) -> str:
        if len(self) > 200_000:
            self.clear()
        out = self[part] = fold_keep_lines(part)
        return out


class _GapCache(dict):
    """Signature (see ``_norm.gap_sig``) of each distinct gap seen, folded (bounded)."""

    def __missing__(self, gap: str) -> str:
        if len(self) > 50_000:
            self.clear()
        out = self[gap] = gap_sig(fold_keep_lines(gap))
        return out


_FOLD = _FoldCache()
_GAPS = _GapCache()
_LOCK = threading.Lock()
_CACHE: dict[tuple[tuple[str, ...], tuple[str, ...]], Gazetteer] = {}
