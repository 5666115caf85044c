"""Alternations of phrase patterns tried only where they can match.

The phrase data of :mod:`.rules` and :mod:`.kinds` are lists of regular expressions, each
list compiled into one alternation that either must match at the start of a unit (a
``match``) or must end where the unit ends (a search for ``(?:...)\\s*\\Z``). The regex engine
tries every alternative at every place, although a unit's first character (or last) already
rules most of them out: "Lire aussi" can only start with an L, a credit in brackets can only
end with a bracket.

:class:`Alternation` reads each alternative once, at load time, for the characters it can
start (or end) with, and for each first (or last) character seen keeps the alternation of
the alternatives that can start (or end) with it. The characters are tested by the regex
engine itself with the pattern's own flags (case folding, ``(?-i:...)`` scopes, Unicode
properties), so the answer is the full alternation's, only cheaper. An alternation matched
at the start also reads the sequences of two atoms its groups can start with, and a unit
tries only the groups its first two characters admit ("Le ..." tries no "Lire ..." group).
Whatever the reader does not understand (back-references, conditionals, a pattern that can match the empty string)
keeps its alternative in every alternation: unknown means "may match".

Only the truth of the match is kept (the callers use no group, start or end).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import regex

__all__ = ["Alternation", "edge_atoms", "needed_chars", "has_any"]

# ------------------------------------------------------------------------------------------
# A reader for the pattern syntax the phrase data uses: enough to find the atoms (one-character
# pieces) an alternative can start or end with. Nodes are tuples:
#   ("atom", src) one character; ("zw",) zero width (anchors, lookarounds, \b);
#   ("seq", [nodes]); ("alt", [nodes]); ("rep", node, min); ("flags", scope, node).
# ------------------------------------------------------------------------------------------


class _Unknown(Exception):
    """Syntax the reader does not handle: the alternative is tried everywhere."""


_CLASS_ESCAPES = set("sSdDwW")
_CHAR_ESCAPES = set("tnrfvae.^$*+?()[]{}|\\/-'\"#&~!%,:;<=>@`_ ’«»–—…©")
_ZW_ESCAPES = set("bBAZmM")


class _Reader:
    def __init__(self, src: str) -> None:
        self.s = src
        self.i = 0

    def parse(self) -> tuple:
        node = self._alt()
        if self.i != len(self.s):
            raise _Unknown("unbalanced parenthesis")
        return node

    def _alt(self) -> tuple:
        branches = [self._seq()]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            branches.append(self._seq())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def _seq(self) -> tuple:
        items: list[tuple] = []
        s = self.s
        while self.i < len(s) and s[self.i] not in "|)":
            item = self._item()
            item = self._quantified(item)
            items.append(item)
        return ("seq", items)

    def _quantified(self, item: tuple) -> tuple:
        s = self.s
        while self.i < len(s):
            c = s[self.i]
            if c in "?*+":
                lo = 0 if c in "?*" else 1
                self.i += 1
            elif c == "{":
                m = regex.match(r"\{(\d*)(?:(,)(\d*))?\}", s[self.i:])
                if not m or (not m.group(1) and not m.group(2)):
                    raise _Unknown("brace that is not a repeat")
                lo = int(m.group(1) or 0)
                self.i += m.end()
            else:
                return item
            if self.i < len(s) and s[self.i] in "?+":  # lazy or possessive
                self.i += 1
            if item[0] == "zw":
                continue
            item = ("rep", item, lo)
        return item

    def _item(self) -> tuple:
        s = self.s
        c = s[self.i]
        if c == "(":
            return self._group()
        if c == "[":
            return self._class()
        if c == "\\":
            return self._escape()
        if c in "^$":
            self.i += 1
            return ("zw",)
        if c in "*+?{":
            raise _Unknown("repeat with nothing to repeat")
        self.i += 1
        return ("atom", regex.escape(c) if c != "." else ".")

    def _escape(self) -> tuple:
        s = self.s
        if self.i + 1 >= len(s):
            raise _Unknown("trailing backslash")
        c = s[self.i + 1]
        if c in "pP":
            m = regex.match(r"\\[pP](?:\{[\w\s=:&.-]+\}|[A-Za-z])", s[self.i:])
            if not m:
                raise _Unknown("property")
            self.i += m.end()
            return ("atom", m.group())
        if c == "x":
            m = regex.match(r"\\x(?:[0-9A-Fa-f]{2}|\{[0-9A-Fa-f]+\})", s[self.i:])
        elif c == "u":
            m = regex.match(r"\\u[0-9A-Fa-f]{4}", s[self.i:])
        elif c == "U":
            m = regex.match(r"\\U[0-9A-Fa-f]{8}", s[self.i:])
        else:
            m = None
        if c in "xuU":
            if not m:
                raise _Unknown("hex escape")
            self.i += m.end()
            return ("atom", m.group())
        self.i += 2
        if c in _ZW_ESCAPES:
            return ("zw",)
        if c in _CLASS_ESCAPES or c in _CHAR_ESCAPES:
            return ("atom", "\\" + c)
        raise _Unknown(f"escape \\{c}")

    def _class(self) -> tuple:
        s = self.s
        j = self.i + 1
        if j < len(s) and s[j] == "^":
            j += 1
        if j < len(s) and s[j] == "]":
            j += 1  # a leading ] is a literal
        while j < len(s) and s[j] != "]":
            if s[j] == "\\":
                j += 2
            elif s[j] == "[":
                if s.startswith("[:", j):
                    k = s.find(":]", j + 2)
                    if k < 0:
                        raise _Unknown("POSIX class")
                    j = k + 2
                else:
                    raise _Unknown("nested set")
            else:
                j += 1
        if j >= len(s):
            raise _Unknown("unterminated class")
        src = s[self.i:j + 1]
        self.i = j + 1
        return ("atom", src)

    def _group(self) -> tuple:
        s = self.s
        rest = s[self.i:]
        scope: str | None = None
        zero_width = False
        if rest.startswith("(?:") or rest.startswith("(?>") or rest.startswith("(?|"):
            self.i += 3
        elif rest.startswith(("(?=", "(?!")):
            self.i += 3
            zero_width = True
        elif rest.startswith(("(?<=", "(?<!")):
            self.i += 4
            zero_width = True
        elif rest.startswith(("(?P<", "(?<")):
            k = s.find(">", self.i)
            if k < 0:
                raise _Unknown("group name")
            self.i = k + 1
        elif rest.startswith("(?"):
            m = regex.match(r"\(\?([a-zA-Z]*(?:-[a-zA-Z]+)?):", rest)
            if not m or not m.group(1):
                raise _Unknown("group kind")  # global flags, conditionals, comments, recursion
            scope = m.group(1)
            self.i += m.end()
        else:
            self.i += 1
        inner = self._alt()
        if self.i >= len(s) or s[self.i] != ")":
            raise _Unknown("unterminated group")
        self.i += 1
        if zero_width:
            return ("zw",)
        return ("flags", scope, inner) if scope else inner


def _nullable(node: tuple) -> bool:
    kind = node[0]
    if kind == "atom":
        return False
    if kind == "zw":
        return True
    if kind == "seq":
        return all(_nullable(x) for x in node[1])
    if kind == "alt":
        return any(_nullable(x) for x in node[1])
    if kind == "rep":
        return node[2] == 0 or _nullable(node[1])
    return _nullable(node[2])  # flags


def _edge(node: tuple, last: bool) -> set[str]:
    """Atoms (pattern source, scoped flags applied) a match of ``node`` can start with (or end
    with, when ``last``)."""
    kind = node[0]
    if kind == "atom":
        return {node[1]}
    if kind == "zw":
        return set()
    if kind == "seq":
        out: set[str] = set()
        for x in (reversed(node[1]) if last else node[1]):
            out |= _edge(x, last)
            if not _nullable(x):
                break
        return out
    if kind == "alt":
        out = set()
        for x in node[1]:
            out |= _edge(x, last)
        return out
    if kind == "rep":
        return _edge(node[1], last)
    return {f"(?{node[1]}:{a})" for a in _edge(node[2], last)}  # flags


def edge_atoms(pattern: str, last: bool = False) -> frozenset[str] | None:
    """The one-character pieces (as pattern source) a non-empty match of ``pattern`` must
    start with (or end with, when ``last``); ``None`` when the pattern can match the empty
    string or uses syntax this reader does not handle (then it may start with anything).

    >>> sorted(edge_atoms(r"lire (aussi|[ée]galement)\\s*:"))
    ['l']
    >>> sorted(edge_atoms(r"\\s[-–/]\\s*DR", last=True))
    ['R']
    >>> edge_atoms(r"(?:photo)?") is None
    True
    """
    return _edge_atoms_of(_parse(pattern), last)


def _atoms(node: tuple) -> list[str]:
    """Every atom (one-character piece, scoped flags applied) of a parsed pattern."""
    kind = node[0]
    if kind == "atom":
        return [node[1]]
    if kind == "zw":
        return []
    if kind in ("seq", "alt"):
        return [a for x in node[1] for a in _atoms(x)]
    if kind == "rep":
        return _atoms(node[1])
    return [f"(?{node[1]}:{a})" for a in _atoms(node[2])]  # flags


def _parse(pattern: str) -> tuple | None:
    """The reader's tree of ``pattern``, or ``None`` when it does not understand it."""
    try:
        return _Reader(pattern).parse()
    except (_Unknown, IndexError, regex.error):
        return None


def _edge_atoms_of(node: tuple | None, last: bool) -> frozenset[str] | None:
    """:func:`edge_atoms` of a parsed pattern."""
    if node is None or _nullable(node):
        return None
    atoms = _edge(node, last)
    return frozenset(atoms) if atoms else None


def _first2(node: tuple) -> set[tuple[str, ...]]:
    """The sequences of at most two atoms (pattern source, scoped flags applied) a match of
    ``node`` can start with: two atoms, or fewer when the match can end before a second one
    (``()``: it can be empty). A superset: lookarounds and anchors are read as empty, and a
    repeat as at most two copies of its body (every longer run starts like two copies)."""
    kind = node[0]
    if kind == "atom":
        return {(node[1],)}
    if kind == "zw":
        return {()}
    if kind == "seq":
        out: set[tuple[str, ...]] = {()}
        for x in node[1]:
            if all(len(a) >= 2 for a in out):
                break
            fx = _first2(x)
            out = {a if len(a) >= 2 else (a + b)[:2] for a in out for b in fx}
        return out
    if kind == "alt":
        out = set()
        for x in node[1]:
            out |= _first2(x)
        return out
    if kind == "rep":
        f = _first2(node[1])
        out = f | {a if len(a) >= 2 else (a + b)[:2] for a in f for b in f}
        if node[2] == 0:
            out.add(())
        return out
    return {tuple(f"(?{node[1]}:{a})" for a in t) for t in _first2(node[2])}  # flags


def _cannot_match_space(nodes: Sequence[tuple | None], flags: int) -> bool:
    """``True`` when no character a match of any of the parsed patterns ``nodes`` consumes
    can be a space (their atoms, as one alternation, are tested against " " by the regex
    engine with the patterns' flags); ``False`` when one can or the reader does not
    understand a pattern. Lookarounds consume nothing."""
    if any(node is None for node in nodes):
        return False
    atoms = sorted({a for node in nodes for a in _atoms(node)})  # type: ignore[arg-type]
    if not atoms:
        return True
    if any(a in (".", "\\s", "\\ ") or a.startswith("[^") for a in atoms):
        return False  # any character, a blank, or a class of all but a few: a space
    return regex.compile("(?:" + "|".join(atoms) + ")", flags, cache_pattern=False).match(" ") is None


#: Characters with no other case (checked over every code point by the tests): a pattern
#: atom made of them matches them and nothing else, with any flags.
_CASELESS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~©’«»–—•·")


def _literal_chars(src: str) -> frozenset[str] | None:
    """The characters an atom (pattern source) can match when it is a literal or a class of
    literals from :data:`_CASELESS`; ``None`` otherwise."""
    if len(src) == 1:
        return frozenset(src) if src in _CASELESS and src != "." else None
    if len(src) == 2 and src[0] == "\\":
        return frozenset(src[1]) if src[1] in _CASELESS else None
    if len(src) >= 3 and src[0] == "[" and src[-1] == "]" and src[1] != "^":
        out: set[str] = set()
        body = src[1:-1]
        i = 0
        while i < len(body):
            c = body[i]
            if c == "\\" and i + 1 < len(body):
                c = body[i + 1]
                i += 2
            else:
                if c in "-[" and 0 < i < len(body) - 1:
                    return None  # a range, a nested set or a POSIX class
                i += 1
            if c not in _CASELESS:
                return None
            out.add(c)
        return frozenset(out) if out else None
    return None


def _needs(node: tuple) -> frozenset[str] | None:
    """Characters one of which every match of ``node`` consumes (the smallest such set the
    reader can name: a literal atom every match goes through), or ``None``."""
    kind = node[0]
    if kind == "atom":
        return _literal_chars(node[1])
    if kind == "seq":
        best: frozenset[str] | None = None
        for x in node[1]:
            if _nullable(x):
                continue
            got = _needs(x)
            if got is not None and (best is None or len(got) < len(best)):
                best = got
        return best
    if kind == "alt":
        out: set[str] = set()
        for x in node[1]:
            got = _needs(x)
            if got is None:
                return None
            out |= got
        return frozenset(out)
    if kind == "rep":
        return _needs(node[1]) if node[2] >= 1 else None
    if kind == "flags":
        return _needs(node[2])
    return None  # zero width


def needed_chars(pattern: str) -> frozenset[str] | None:
    """Characters one of which a match of ``pattern`` must contain (see :func:`_needs`), or
    ``None`` when the reader cannot name such a set.

    >>> sorted(needed_chars(r"(?:^|\\s)©\\s*[^!?:]{1,90}"))
    ['©']
    >>> needed_chars(r"lire aussi") is None
    True
    """
    node = _parse(pattern)
    return None if node is None else _needs(node)


class Alternation:
    """``(?:p1|p2|...)`` + ``suffix``, tried with only the alternatives that can start (or, with
    ``at_end``, end) with the unit's first (last) character.

    ``matches(s)``: with ``at_end=False``, whether the alternation matches at the start of
    ``s`` (``pattern.match(s)``); with ``at_end=True``, whether it matches ending where ``s``
    ends, starting at ``pos`` or later (``pattern.search(s, pos)``; the suffix must then end
    with ``\\Z``, and a unit ending in whitespace is tried with every alternative).

    The alternation matches where one of its alternatives does, so the alternatives are
    compiled (with the suffix) in groups of those starting (ending) with the same atoms, each
    group once, when first needed, and a unit tries the groups its first (last) character
    admits, in turn: no alternation is
    compiled per character (compiling a long alternation costs milliseconds). Compiled
    patterns are kept here, not in the regex module's cache (they would crowd out the patterns
    others use).
    """

    _MAX_KEYS = 4096

    def __init__(self, patterns: Sequence[str], *, suffix: str = "", flags: int = regex.I | regex.V0,
                 at_end: bool = False) -> None:
        if at_end and not suffix.endswith("\\Z"):
            raise ValueError("an alternation tried by its last character must end with \\Z")
        self.patterns = tuple(patterns)
        self.suffix = suffix
        self.flags = flags
        self.at_end = at_end
        # Full case folding lets one pattern character match two of the text's: no gates then.
        self._gated = bool(self.patterns) and not flags & (regex.FULLCASE | regex.V1)
        # Alternatives that start (end) with the same atoms are always tried together: one
        # pattern each. Alternatives the reader cannot place form the group tried everywhere.
        by_atoms: dict[frozenset[str] | None, list[str]] = {}
        parsed = {p: _parse(p) for p in self.patterns}  # each pattern read once
        for p in self.patterns:
            atoms = _edge_atoms_of(parsed[p], at_end) if self._gated else None
            by_atoms.setdefault(atoms, []).append(p)
        if not by_atoms:
            by_atoms[None] = [""]  # no alternative at all is the empty group, "(?:)" + suffix
        # A unit matched whole (``\Z`` right after the alternation) holds only characters some
        # atom of an alternative matches: when no atom of any alternative can match a space, a
        # unit with a space matches none (a file name, a URL, a domain name).
        # (Found when a unit is first matched: callers of candidates() never need it.)
        self._space_nodes = [parsed[p] for p in self.patterns] if not at_end and suffix == r"\Z" else None
        self._spaceless: bool | None = None
        parts: list[str] = []
        gate_groups: list[int | None] = []
        for atoms in by_atoms:
            if atoms is None:
                gate_groups.append(None)
                continue
            parts.append("(?:(?=(" + "|".join(sorted(atoms)) + ")))?")
            gate_groups.append(len(parts))
        # Each group's pattern is compiled when a unit first needs it (a page needs some: a
        # first call compiles no more than it uses).
        self._sources = tuple("(?:" + "|".join(f"(?:{p})" for p in pats) + ")" + suffix for pats in by_atoms.values())
        # What each group needs the unit to contain: one of the characters every match of
        # each of its alternatives consumes (a credit's "©", a pipe, a colon); a group whose
        # characters are all absent from a unit cannot match it and is not tried.
        # (Read when the group is first compiled.)
        self._group_nodes = tuple([parsed[p] if p else None for p in pats] for pats in by_atoms.values())
        self._compiled: list[regex.Pattern[str] | None] = [None] * len(self._sources)
        # One pattern for all the gates: an optional lookahead per group, which captures when
        # the group's alternatives can start (end) with the character it is matched against.
        self._gate = regex.compile("".join(parts), flags, cache_pattern=False)
        self._gate_groups = tuple(gate_groups)
        # The same for the unit's first two characters: a group is tried only when one of the
        # sequences of two atoms (or one, when a match can end after it) its alternatives and
        # the suffix can start with matches them (a unit "Le ..." tries no "Lire ..." group).
        # The atoms are tested one by one, by one pattern of them all (compiled when first
        # needed), against each of the two characters. Alternations matched at the end keep
        # the one-character gate.
        self._seqs2: tuple[frozenset[tuple[str, ...]] | None, ...] | None = None
        self._atoms2: tuple[str, ...] = ()
        self._atom_gate: regex.Pattern[str] | None = None
        self._by_pair: dict[str, tuple[tuple[regex.Pattern[str], str | None], ...]] = {}
        suffix_node = _parse(suffix) if suffix else ("seq", [])
        if self._gated and not at_end and suffix_node is not None:
            seqs2: list[frozenset[tuple[str, ...]] | None] = []
            for atoms, pats in by_atoms.items():
                seqs = None if atoms is None else _first2(("seq", [("alt", [parsed[p] for p in pats]), suffix_node]))
                seqs2.append(None if seqs is None or () in seqs else frozenset(seqs))
            self._seqs2 = tuple(seqs2)
            self._atoms2 = tuple(sorted({a for seqs in seqs2 if seqs for t in seqs for a in t}))
        self._all_cache: tuple[tuple[regex.Pattern[str], str | None], ...] | None = None
        self._full: regex.Pattern[str] | None = None
        self._blank = regex.compile(r"\s", flags)
        self._by_char: dict[str, tuple[tuple[regex.Pattern[str], str | None], ...]] = {}
        self._lock = threading.Lock()

    @property
    def full(self) -> regex.Pattern[str]:
        """The whole alternation, compiled (for reference: :meth:`matches` does not use it)."""
        if self._full is None:
            self._full = regex.compile("(?:" + "|".join(f"(?:{p})" for p in self.patterns) + ")" + self.suffix,
                                       self.flags, cache_pattern=False)
        return self._full

    def _group(self, k: int) -> tuple[regex.Pattern[str], str | None]:
        pat = self._compiled[k]
        if pat is None:
            pat = self._compiled[k] = regex.compile(self._sources[k], self.flags, cache_pattern=False)
        return pat, self._group_needs(k)

    def _group_needs(self, k: int) -> str | None:
        """The characters group ``k`` needs a unit to hold (one of them), or ``None``."""
        sets = [None if node is None else _needs(node) for node in self._group_nodes[k]]
        if any(x is None for x in sets):
            return None
        return "".join(sorted(frozenset().union(*sets)))  # type: ignore[arg-type]

    @property
    def _all(self) -> tuple[tuple[regex.Pattern[str], str | None], ...]:
        every = self._all_cache
        if every is None:
            every = self._all_cache = tuple(self._group(k) for k in range(len(self._sources)))
        return every

    def _for_char(self, ch: str) -> tuple[tuple[regex.Pattern[str], str | None], ...]:
        subset = self._by_char.get(ch)
        if subset is None:
            m = self._gate.match(ch, None, None, False)
            subset = tuple(self._group(k) for k, g in enumerate(self._gate_groups)
                           if g is None or (m is not None and m.group(g) is not None))
            with self._lock:
                if len(self._by_char) >= self._MAX_KEYS:
                    self._by_char.clear()
                self._by_char[ch] = subset
        return subset

    def _for_prefix(self, s: str) -> tuple[tuple[regex.Pattern[str], str | None], ...]:
        """The groups a unit ``s`` (not empty) starting with its first two characters can
        match (its first character alone for a one-character unit or an alternation with no
        two-character gate)."""
        if self._seqs2 is None or len(s) < 2:
            return self._for_char(s[0])
        key = s[:2]
        subset = self._by_pair.get(key)
        if subset is None:
            gate = self._atom_gate
            if gate is None:
                gate = self._atom_gate = regex.compile("".join(f"(?:(?=({a})))?" for a in self._atoms2) or "(?:)",
                                                       self.flags, cache_pattern=False)
            first, second = (frozenset(a for j, a in enumerate(self._atoms2) if m.group(j + 1) is not None)  # type: ignore[union-attr]
                             for m in (gate.match(key[0], None, None, False), gate.match(key[1], None, None, False)))
            subset = tuple(self._group(k) for k, seqs in enumerate(self._seqs2)
                           if seqs is None or any(t[0] in first and (len(t) == 1 or t[1] in second) for t in seqs))
            with self._lock:
                if len(self._by_pair) >= self._MAX_KEYS:
                    self._by_pair.clear()
                self._by_pair[key] = subset
        return subset

    def candidates(self, s: str) -> tuple[tuple[regex.Pattern[str], str | None], ...]:
        """The compiled groups :meth:`matches` tries on ``s`` (a match at the start only: they
        depend on ``s[:2]`` alone), each with the characters one of which it needs ``s`` to
        contain (``None``: no such need), for a caller that tries several alternations in a
        row."""
        if self.at_end:
            raise ValueError("candidates() is for alternations matched at the start")
        return self._for_prefix(s) if s and self._gated else self._all

    def matches(self, s: str, pos: int = 0) -> bool:
        spaceless = self._spaceless
        if spaceless is None:
            nodes = self._space_nodes
            spaceless = self._spaceless = bool(nodes) and _cannot_match_space(nodes, self.flags)  # type: ignore[arg-type]
        if spaceless and " " in s:
            return False
        if self.at_end:
            # A unit ending in blanks may end its match inside them: every alternative.
            subset = self._for_char(s[-1]) if s and self._gated and not self._blank.match(s[-1], None, None, False) else self._all
            for pat, needs in subset:
                if (needs is None or has_any(s, needs)) and pat.search(s, pos, None, False):
                    return True
            return False
        for pat, needs in self._for_prefix(s) if s and self._gated else self._all:
            if (needs is None or has_any(s, needs)) and pat.match(s, None, None, False):
                return True
        return False


def has_any(s: str, chars: str) -> bool:
    """Whether ``s`` holds one of ``chars`` (a few characters: one substring test each)."""
    for c in chars:
        if c in s:
            return True
    return False
