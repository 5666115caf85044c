"""Pieces of regular expressions shared by the pattern taggers, built from resources/patterns/."""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import regex

from .. import _regex_cache
from .._resources import cached, read_json
from ._numbers import DIGITS_PATTERN, _numbers, number_words, parse_number, parse_spelled

__all__ = [
    "StartScanner",
    "DigitFollow",
    "routed_patterns",
    "LazyRoutes",
    "release_token_index",
    "alternation",
    "number_pattern",
    "spelled_pattern",
    "digits_pattern",
    "qualifier_pattern",
    "qualifiers",
    "value_of",
    "APOS",
]

APOS = "'\u2019\u02bc"
#: Horizontal white space between the words of a pattern (never a newline: a line break
#: ends a headline or a paragraph in scraped text).
WS = r"[ \t\u00a0\u202f\u2009]+"
WS0 = r"[ \t\u00a0\u202f\u2009]*"


def alternation(words: Iterable[str], *, flexible_space: bool = True) -> str:
    """Alternation of literal ``words``, longest first; spaces match any horizontal space and
    apostrophes match ``'`` and ``’``."""
    items = sorted(set(words), key=lambda s: (-len(s), s))
    out = []
    spaces, apostrophes = _ESCAPED_SPACES.compiled().sub, _APOSTROPHES.compiled().sub
    for w in items:
        pat = regex.escape(w)
        if flexible_space:
            pat = spaces(_ws, pat)
        pat = apostrophes(_apos, pat)
        out.append(pat)
    return "|".join(out) or "(?!)"


def _ws(_m: regex.Match[str]) -> str:
    return WS


def _apos(_m: regex.Match[str]) -> str:
    return f"[{APOS}]"


@cached
def _qualifiers() -> dict[str, str]:
    return read_json("patterns/qualifiers_fr.json")["qualifiers"]


def qualifiers() -> dict[str, str]:
    """Qualifier phrase (lower case, ``'`` apostrophe) -> qualifier value."""
    return {k.replace("\u2019", "'").lower(): v for k, v in _qualifiers().items()}


def qualifier_pattern() -> str:
    """Named group ``qual``: a qualifier phrase then white space (and an optional article)."""
    phrases: list[str] = []
    for p in qualifiers():
        phrases.append(p)
        if p.endswith(" de"):
            phrases.append(p[:-3] + " d'")
    alts = alternation(phrases)
    return rf"(?:(?<!\w)(?P<qual>{alts})(?:{WS}|(?<=['’]))(?:(?:les|des){WS})?)?"


def digits_pattern(name: str, *, strict_end: bool = True) -> str:
    """Named group: a number in digits (``500.000``, ``1,2``, ``100 000``)."""
    end = r"(?![.,]?\d)(?!\w)" if strict_end else r"(?![.,]?\d)"
    # Not inside a designation or a compound ('F-16', 'mi-2021'): no word and hyphen before.
    return rf"(?P<{name}>(?<![\w.,])(?<!\w[\-\u2010\u2011])(?:{DIGITS_PATTERN}){end})"


@cached
def _spelled_alt() -> str:
    return alternation(number_words(), flexible_space=False)


def spelled_pattern(name: str) -> str:
    """Named group: a spelled-out number (``trois``, ``vingt-deux``, ``deux cent mille``)."""
    w = _spelled_alt()
    # At most twelve words ("quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf" has
    # ten, case-insensitive as the patterns that embed it): the pattern is tried at every number word, and an unbounded run of them would be
    # rescanned to its end from each one (quadratic).
    # It starts where a run of number words starts, never inside one (each later word would
    # rescan the rest of the run: twelve times the work on "dix dix dix ...").
    sep = rf"(?:{WS}|-)(?:et(?:{WS}|-))?"
    return (rf"(?P<{name}>(?<![\w\-])(?<!(?<![\w\-])(?:{w}){sep})"
            rf"(?:{w})(?:{sep}(?:{w})){{0,11}}(?![\w\-]))")


def number_pattern(name: str) -> str:
    """Named groups ``{name}`` (digits) or ``{name}_w`` (words): a number."""
    return f"(?:{digits_pattern(name)}|{spelled_pattern(name + '_w')})"


def number_text(m: regex.Match[str], name: str) -> tuple[str | None, int, int]:
    """The text and span of a number matched by :func:`number_pattern` (or ``None``)."""
    for g in (name, name + "_w"):
        try:
            t = m.group(g)
        except IndexError:
            continue
        if t is not None:
            return t, m.start(g), m.end(g)
    return None, -1, -1


def value_of(text: str, *, english: bool = False) -> float | None:
    """Value of a matched number (digits or words), ``None`` if unreadable."""
    if text[:1].isdigit():
        try:
            return parse_number(text, english=english)
        except ValueError:
            return None
    v = parse_spelled(text)
    return None if v is None else float(v)


def excluded_standalone() -> frozenset[str]:
    """Spelled words that are not numbers on their own ('un', 'une' are articles)."""
    return frozenset(_numbers()["standalone_excluded"])


def numbers_data() -> dict[str, Any]:
    return _numbers()



_TOKENS = regex.compile(r"\w+|[^\w\s]")
_LOCAL = threading.local()


def _token_index(text: str) -> tuple[dict[str, array[int]], list[int]]:
    """Positions of each distinct lower-case token of ``text`` (words and single non-word
    characters), and of the tokens that start with a digit. The three pattern taggers run on
    the same text one after the other: the index is built once (kept per thread)."""
    last = getattr(_LOCAL, "last", None)
    if last is not None and last[0] is text:
        return last[1], last[2]
    # the positions of a word are kept in an array (4 bytes a position, not an int object
    # and a list slot: most words are never asked for; issue 12's working set per token)
    index: dict[str, array[int]] = {}
    get = index.get
    code = "I" if len(text) < 2**32 else "q"
    digits: list[int] = []
    for w in _TOKENS.finditer(text):
        tok = w.group()
        # a digit for str.isdigit, or for the patterns' \d (the regex module may know a
        # newer Unicode than this Python: U+116D0 is a digit to one and not to the other);
        # only a non-ASCII first character can differ (ASCII digits are 0-9 to both), so an
        # accented word ("défense") costs no regex call
        if tok[0].isdigit() or (not tok[0].isascii() and _DIGIT.match(tok) is not None):
            digits.append(w.start())
        else:
            key = tok.lower()
            at = get(key)
            if at is None:
                at = index[key] = array(code)
            at.append(w.start())
    _LOCAL.last = (text, index, digits)
    return index, digits


def release_token_index() -> None:
    """Forget the token index of the last text (its memory grows with the text)."""
    _LOCAL.last = None


#: What the number a match starts with may hold: digits, decimal and group separators, and
#: the horizontal space after it (the classes of :data:`DIGITS_PATTERN` and :data:`WS`).
NUMBER_RUN = r"\d.,\u00a0\u202f\u2009 \t"
#: Digits and horizontal space only (a date's day, month or year and the space after it).
DIGIT_RUN = r"\d\u00a0\u202f\u2009 \t"


class DigitFollow:
    """A necessary condition of every match that starts with a digit, tested in constant time
    per run of digits: after the longest run of ``run`` characters from the digit (the number
    and the space after it), the next character is a letter or one of ``chars`` (the first
    characters, not letters, of whatever may follow a number in the pattern: '%', '$', '/').

    Sound as long as no character of ``chars`` belongs to ``run`` (checked here): the number
    and the space a match reads after the digit are ``run`` characters, so what it reads next
    is exactly the character that ends the run. On ``'$1 ' * n`` or ``'1 ' * n`` this skips
    the big pattern at every digit (it cost 5 to 10 µs a digit, 85 % of ``tag``'s time there).
    """

    __slots__ = ("run", "chars", "_run", "_next", "_ascii", "_runs", "_bad_runs")

    def __init__(self, run: str, chars: Iterable[str]) -> None:
        self.run = run
        self.chars = frozenset(c for c in chars if not regex.match(r"\p{L}", c))
        self._run = regex.compile(f"[{run}]*+")
        bad = [c for c in self.chars if self._run.fullmatch(c)]
        if bad:
            raise ValueError(f"DigitFollow: {bad} may both follow a number and be part of it")
        extra = "".join(regex.escape(c) for c in sorted(self.chars))
        self._next = regex.compile(rf"[\p{{L}}{extra}]")
        self._ascii = tuple(self._next.match(chr(i)) is not None for i in range(128))
        # the runs that hold a digit and are followed by a letter or one of `chars`: tried
        # only where a run starts (never inside one: linear), the first digit taken
        # atomically (no backing out through the run's digits)
        self._runs = regex.compile(rf"(?<![{run}])(?>[{run}]*?\d)[{run}]*+(?=[\p{{L}}{extra}])")
        self._bad_runs = regex.compile(rf"(?<![{run}])(?>[{run}]*?\d)[{run}]*+(?![\p{{L}}{extra}])")

    @classmethod
    def first_chars(cls, run: str, phrases: Iterable[str], extra: Iterable[str] = ()) -> DigitFollow:
        """The condition whose ``chars`` are the first characters of ``phrases`` (and
        ``extra``) that are not letters."""
        return cls(run, {p[0] for p in phrases if p} | set(extra))

    def run_end(self, text: str, p: int) -> tuple[int, bool]:
        """``(end, possible)``: where the run of ``run`` characters from ``p`` ends, and
        whether a match starting with a digit at ``p`` (or anywhere in the run after it) is
        possible."""
        e = self._run.match(text, p).end()  # type: ignore[union-attr]
        if e == p or e == len(text):
            return e, False
        c = ord(text[e])
        return e, (self._ascii[c] if c < 128 else self._next.match(text, e) is not None)

    def keep_many(self, text: str, positions: Sequence[int], sample: int = 64) -> list[int]:
        """:meth:`keep` for many positions (sorted, each a digit): the same list, from one
        regex scan of the runs of ``run`` characters that hold a digit, no Python work for a
        digit in between (on '$1 ' * n the date and quantity scans made one call a digit).
        The scan finds the runs that allow a match, or those that do not, whichever the first
        ``sample`` positions say are fewer; the positions inside them are found by bisection."""
        if not positions:
            return []
        head = self.keep(text, positions[:sample])
        good = 2 * len(head) <= min(sample, len(positions))
        p0 = positions[0]
        while p0 > 0 and self._run.fullmatch(text, p0 - 1, p0):
            p0 -= 1  # (the run that holds the first position starts here)
        spans: list[int] = []  # positions inside the runs found
        n = len(positions)
        for m in (self._runs if good else self._bad_runs).finditer(text, p0):
            a, b = m.span()
            i = bisect_left(positions, a)
            if i == n:
                break
            j = bisect_left(positions, b, i)
            if j > i:
                spans.extend(positions[i:j])
        if good:
            return spans
        # every other position, if the run it starts holds a digit (a position's character
        # may be a digit to str.isdigit, as '²', and not to the pattern)
        bad = set(spans)
        return [p for p in positions if p not in bad
                and (text[p] in "0123456789" or _DIGIT.match(text, p) is not None)]

    def keep(self, text: str, positions: Iterable[int]) -> list[int]:
        """The ``positions`` (sorted) where a match starting with a digit is possible. Each
        run is read once, whatever the number of positions in it: linear."""
        out: list[int] = []
        end, verdict = -1, False
        for p in positions:
            if p >= end:
                end, verdict = self.run_end(text, p)
            if verdict:
                out.append(p)
        return out


@dataclass(frozen=True)
class StartScanner:
    """``pattern.finditer(text)`` that tries the pattern only where a match can start.

    A match starts with a digit, one of the ``words`` (lower case) or one of the ``chars``,
    and holds a digit or one of the ``strong`` words within ``reach`` characters of its start
    (a date holds a digit, a month or a weekday; an amount a number ...). Everywhere else the
    big pattern is never tried, and the matches are the same: leftmost first, non-overlapping
    (property-tested against a full scan in tests/lex/test_lex_scans.py). Cost: one pass of a
    small tokenising regex shared by the taggers, set intersections, then the big pattern at
    a few positions.
    """

    pattern: regex.Pattern[str]
    words: frozenset[str]
    chars: frozenset[str] = frozenset()
    strong: frozenset[str] = frozenset()
    reach: int = 60
    #: start word (or ``"0"`` for a digit) -> a pattern that matches there exactly as
    #: ``pattern`` does, with the alternatives that cannot start with that word switched off
    routes: Mapping[str, regex.Pattern[str]] = field(default_factory=dict, hash=False,
                                                     compare=False)
    #: what must follow the number of a match that starts with a digit (None: no test)
    follow: DigitFollow | None = field(default=None, hash=False, compare=False)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        index, digits = _token_index(text)
        keys = index.keys()
        anchors = list(digits)
        for w in keys & self.strong:
            anchors.extend(index[w])
        if not anchors:
            return
        anchors.sort()
        routes, default = self.routes, self.pattern
        digit_pattern = routes.get("0", default)
        follow = self.follow
        # a digit's pattern is flagged (None: no test) so that the follow test is made only
        # where the pattern would otherwise be tried
        flag = None if follow is None else True
        if follow is not None and len(digits) > _MANY_DIGITS:
            digits = follow.keep_many(text, digits)  # tested here once for all
            flag = None
        # a digit is an anchor itself: its candidate is flagged False (no follow test) or
        # True, and skips the anchor search; the others are flagged None
        cands = [(p, digit_pattern, bool(flag)) for p in digits]
        for w in keys & (self.words | self.chars):
            pat = routes.get(w, default)
            cands.extend((p, pat, None) for p in index[w])
        cands.sort(key=_first)
        reach, n_anchors = self.reach, len(anchors)
        end = 0
        run_end, possible = -1, False
        run_end_of = None if follow is None else follow.run_end
        for pos, pattern, is_digit in cands:
            if pos < end:
                continue
            if is_digit is None:
                i = bisect_left(anchors, pos)
                if i == n_anchors or anchors[i] - pos > reach:
                    continue
            elif is_digit:
                if pos >= run_end:
                    run_end, possible = run_end_of(text, pos)  # type: ignore[misc]
                if not possible:
                    continue
            m = pattern.match(text, pos)
            if m is not None and m.end() > m.start():
                yield m
                end = m.end()


_first = itemgetter(0)
_DIGIT = regex.compile(r"\d")
#: above this many digits in a text, the follow test is made by one regex scan of the runs
#: (:meth:`DigitFollow.keep_many`) rather than digit by digit (the same digits kept)
_MANY_DIGITS = 64


def routed_patterns(guard: str, alternatives: Sequence[tuple[str, frozenset[str] | None]],
                    flags: int = 0) -> tuple[regex.Pattern[str], Mapping[str, regex.Pattern[str]]]:
    """The full pattern ``guard(?:alt1|alt2|...)`` and, for each start word, the same pattern
    with the alternatives that cannot start with that word made to fail at once (``(?!)``):
    same groups, same order, same matches wherever that word starts a match.

    ``alternatives`` pairs each alternative with the lower-case words it can start with
    (``"0"`` for a digit), or ``None`` when it can start with anything (never switched off).
    Patterns are shared between words that keep the same alternatives, and each is compiled
    the first time a text holds its word (:class:`LazyRoutes`: a short text needs a few of
    the dozens; compiling them all took most of the first ``tag`` call).
    """
    full = LazyPattern(guard + "(?:" + "|".join(a for a, _ in alternatives) + ")", flags)
    return full, LazyRoutes(guard, alternatives, flags, _stubs(alternatives))  # type: ignore[return-value]


_NAMED = regex.compile(r"\(\?P<(\w+)>")
#: an unescaped "(" that is not "(?...": an unnamed group (or a "(" in a character class,
#: which is then wrongly taken for one: the check errs on the safe side)
_UNNAMED = regex.compile(r"(?<!\\)(?:\\\\)*\((?!\?)")


def _stubs(alternatives: Sequence[tuple[str, frozenset[str] | None]]) -> list[str] | None:
    """For each alternative, a stand-in that never matches and holds the same named groups
    in the same order (``(?!)(?P<a>)(?P<b>)``): a routed pattern keeps every group name and
    number without parsing the alternatives it switches off. ``None`` (stand-ins that keep
    the whole alternative behind ``(?!)``) when the groups cannot be read from the source
    safely: a possible unnamed group, a branch reset ``(?|``, a name used twice.

    Read from the source alone, so that the full pattern need not be compiled (issue 13:
    the first ``tag`` call); tests/lex/test_lex_scans.py checks the stand-ins against the
    compiled full pattern's groups.
    """
    names = [_NAMED.findall(a) for a, _ in alternatives]
    flat = [n for ns in names for n in ns]
    if (len(set(flat)) != len(flat)
            or any(_UNNAMED.search(a) or "(?|" in a for a, _ in alternatives)):
        return None
    return ["(?!)" + "".join(f"(?P<{n}>)" for n in ns) for ns in names]


class LazyPattern:
    """A ``regex`` pattern compiled on first use (thread-safe): the full pattern behind the
    routed ones (:func:`routed_patterns`) is seldom needed, and compiling it took a fifth of
    the first ``tag`` call. Attribute access goes to the compiled pattern."""

    __slots__ = ("_source", "_flags", "_compiled", "_lock")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: regex.Pattern[str] | None = None
        self._lock = threading.Lock()

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled once)."""
        pat = self._compiled
        if pat is None:
            with self._lock:
                pat = self._compiled
                if pat is None:
                    pat = self._compiled = _regex_cache.compile(self._source, self._flags)
        return pat

    def match(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled().match(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # unset slots (copy, unpickling) and private names
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self._source, self._flags))


class LazyRoutes(Mapping[str, "regex.Pattern[str]"]):
    """Start word -> its routed pattern (:func:`routed_patterns`), compiled on first use;
    thread-safe (one lock, double-checked)."""

    def __init__(self, guard: str, alternatives: Sequence[tuple[str, frozenset[str] | None]],
                 flags: int, stubs: list[str] | None = None) -> None:
        self._guard, self._alts, self._flags = guard, list(alternatives), flags
        self._stubs = stubs
        self._keys = frozenset(w for _, ws in alternatives if ws for w in ws)
        self._by_subset: dict[tuple[bool, ...], regex.Pattern[str]] = {}
        self._routes: dict[str, regex.Pattern[str]] = {}
        self._lock = threading.Lock()

    def __getitem__(self, key: str) -> regex.Pattern[str]:
        pat = self._routes.get(key)
        if pat is not None:
            return pat
        if key not in self._keys:
            raise KeyError(key)
        with self._lock:
            pat = self._routes.get(key)
            if pat is None:
                subset = tuple(ws is None or key in ws for _, ws in self._alts)
                pat = self._by_subset.get(subset)
                if pat is None:
                    stubs = self._stubs or ["(?!)" + a for a, _ in self._alts]
                    parts = [a if keep else stub for (a, _), keep, stub
                             in zip(self._alts, subset, stubs, strict=True)]
                    pat = self._by_subset[subset] = _regex_cache.compile(
                        self._guard + "(?:" + "|".join(parts) + ")", self._flags)
                self._routes[key] = pat
        return pat

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        return self[key] if key in self._keys else default

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._keys))

    def __len__(self) -> int:
        return len(self._keys)


#: what :func:`alternation` rewrites in an escaped word: its spaces, its apostrophes
_ESCAPED_SPACES = LazyPattern(r"(?:\\ )+")
_APOSTROPHES = LazyPattern(r"\\?['\u2019]")
