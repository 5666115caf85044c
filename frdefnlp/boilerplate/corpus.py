"""Corpus mode: learn a site's furniture from its pages, then clean each page with it.

Users clean thousands of pages of a few dozen sites. A line that recurs on many pages of one
site (its menu, its slogan, its newsletter pitch, the caption of its logo, its other headlines
of the day) is furniture even when no rule names it. :class:`Cleaner` counts, per site, on how
many distinct pages each line occurs, and removes a kept line of a page when it occurs on at
least ``min_pages`` pages of its site:

>>> from frdefnlp import Cleaner
>>> pages = [f"Le Vigilant\\n\\nUn article sur le sujet {i} a été publié ce jour-là à Dakar.\\n\\n"
...          "Le journal des armées du Sahel depuis 1998" for i in range(4)]
>>> c = Cleaner(min_pages=3)
>>> c.learn(pages, site="vigilant")
>>> c.clean(pages[0], site="vigilant").text
'Un article sur le sujet 0 a été publié ce jour-là à Dakar.'

Guarantees:

* **order**: what a page keeps depends only on the set of pages learned, never on their order
  or on how the corpus was split (states learned apart :meth:`merge` into the same counts);
* **never a unique sentence**: a line is removed only when it occurs on ``min_pages`` (at least
  2) distinct pages; a page learned twice counts once (pages are identified by a hash of their
  text);
* **never the whole article**: the site's lines are removed only when the page keeps at least
  one sentence (five words or more, final punctuation) afterwards;
* **bounded memory**: lines are stored as 64-bit hashes of their normalised text, at most
  ``max_lines`` per site (twice that between two trims); when a site has more, only the
  hashes below a threshold are kept (a bottom-k sketch: the same set whatever the order; past
  the cap, part of the furniture is forgotten, never article text added); a page costs one
  64-bit hash (its identity, to count it once);
* **plain state**: :meth:`save` writes JSON, :meth:`load` reads it back.

The site of a page is the ``site`` the caller gives; without one, the site the page reveals
(its first domain-shaped line among its first 40 lines, "exemple.info"), else ``"_"``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import regex

from .._text import ensure_text
from ..errors import InputTypeError, InputValueError, ResourceError
from ..types import CleanResult
from .cleaner import CleanOptions, clean_page
from .kinds import unit_kind

__all__ = ["Cleaner"]

_NORM_SPACE = regex.compile(r"\s+")
_DIGITS = regex.compile(r"\d")
FORMAT = "frdefnlp.Cleaner/1"
_HASH_SPACE = 1 << 64


def _norm(line: str) -> str:
    """The line as it is compared across pages: blanks collapsed, case folded, digits kept
    (a date line differs on every page and must not look recurrent)."""
    return _NORM_SPACE.sub(" ", line.strip()).casefold()


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


class _Site:
    __slots__ = ("counts", "pages", "threshold")

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}
        self.pages: set[int] = set()
        self.threshold: int = _HASH_SPACE  # hashes >= threshold are not stored


class Cleaner:
    """Clean pages with what recurs across the pages of their site (see the module docstring).

    ``min_pages``: on how many distinct pages of a site a line must occur to be furniture
    (at least 2); ``max_lines``: line hashes kept per site (up to twice as many are held
    between two trims); ``languages`` and ``options`` are passed to :func:`frdefnlp.clean`;
    ``max_line_len``: longer lines are never learned (article text).
    """

    def __init__(self, *, min_pages: int = 3, max_lines: int = 200_000, max_line_len: int = 400,
                 languages: Iterable[str] = ("fr",), options: CleanOptions | None = None) -> None:
        for name, v, lo in (("min_pages", min_pages, 2), ("max_lines", max_lines, 1),
                            ("max_line_len", max_line_len, 1)):
            if not isinstance(v, int) or isinstance(v, bool):
                raise InputTypeError(f"Cleaner {name} must be an int, got {v!r}")
            if v < lo:
                raise InputValueError(f"Cleaner {name} must be at least {lo}, got {v}")
        self.min_pages = min_pages
        self.max_lines = max_lines
        self.max_line_len = max_line_len
        self.languages = tuple(languages) if not isinstance(languages, str) else (languages,)
        self.options = options
        self._sites: dict[str, _Site] = {}

    # ---------------------------------------------------------------- learning

    def site_of(self, raw: str, site: str | None = None) -> str:
        """The site id of a page: ``site`` when given, else what the page reveals."""
        if site is not None:
            if not isinstance(site, str) or not site:
                raise InputTypeError(f"site must be a non-empty str, got {site!r}")
            return site
        for line in raw.splitlines()[:40]:
            k = unit_kind(line) if len(line) <= 80 else None
            if k is not None and k.kind == "site":
                return _norm(line)
        return "_"

    def _lines(self, raw: str) -> set[int]:
        out: set[int] = set()
        for line in raw.splitlines():
            s = line.strip()
            if s and len(s) <= self.max_line_len and not _DIGITS.fullmatch(s):
                out.add(_hash(_norm(s)))
        return out

    def learn(self, pages: Iterable[str] | str, *, site: str | None = None) -> None:
        """Count the lines of ``pages`` (raw page texts) for their site (``site`` for all of
        them, or what each page reveals). Learning the same page twice changes nothing."""
        if isinstance(pages, str):
            pages = [pages]
        for raw in pages:
            raw = ensure_text(raw, "page")
            sid = self.site_of(raw, site)
            st = self._sites.setdefault(sid, _Site())
            pid = _hash(raw)
            if pid in st.pages:
                continue
            st.pages.add(pid)
            for h in self._lines(raw):
                if h >= st.threshold:
                    continue
                st.counts[h] = st.counts.get(h, 0) + 1
            self._shrink(st)

    def _shrink(self, st: _Site, *, exact: bool = False) -> None:
        """Keep the ``max_lines`` smallest hashes: the same set, with exact counts, whatever the
        order of the pages (a hash among the smallest is never dropped on the way). While
        learning, trims wait until twice the bound (amortised cost); ``exact`` trims now."""
        if len(st.counts) <= (self.max_lines if exact else 2 * self.max_lines):
            return
        keep = sorted(st.counts)[: self.max_lines]
        st.threshold = keep[-1] + 1
        st.counts = {h: st.counts[h] for h in keep}

    def merge(self, other: Cleaner) -> None:
        """Add what ``other`` learned from another part of the corpus (the parts must be
        disjoint: a page learned by both is an :class:`InputValueError`)."""
        if not isinstance(other, Cleaner):
            raise InputTypeError(f"merge takes a Cleaner, got {type(other).__name__}")
        for sid, o in other._sites.items():
            st = self._sites.setdefault(sid, _Site())
            new = o.pages - st.pages
            if len(new) != len(o.pages):
                raise InputValueError(f"site {sid!r}: the two cleaners share pages; learn disjoint parts")
            st.pages |= new
            st.threshold = min(st.threshold, o.threshold)
            for h, c in o.counts.items():
                if h < st.threshold:
                    st.counts[h] = st.counts.get(h, 0) + c
            st.counts = {h: c for h, c in st.counts.items() if h < st.threshold}
            self._shrink(st)

    # ---------------------------------------------------------------- cleaning

    def _trim(self) -> None:
        for st in self._sites.values():
            self._shrink(st, exact=True)

    def recurring(self, line: str, site: str) -> bool:
        """``True`` when ``line`` occurs on at least ``min_pages`` learned pages of ``site``."""
        st = self._sites.get(site)
        if st is None:
            return False
        if len(st.counts) > self.max_lines:
            self._shrink(st, exact=True)
        return st.counts.get(_hash(_norm(line)), 0) >= self.min_pages

    def clean(self, raw: str, *, site: str | None = None) -> CleanResult:
        """:func:`frdefnlp.clean`, then the kept lines that recur on the site's pages removed
        (reason ``recurring``), unless that would leave no sentence of article text."""
        raw = ensure_text(raw, "raw")
        sid = self.site_of(raw, site)
        if sid not in self._sites:
            return clean_page(raw, languages=self.languages, options=self.options)
        return clean_page(raw, languages=self.languages, options=self.options,
                          recurring=lambda line: self.recurring(line, sid))

    def clean_many(self, pages: Iterable[str], *, site: str | None = None) -> list[CleanResult]:
        """Learn ``pages`` first, then clean each one (a batch run: the result of a page does
        not depend on the order of the pages)."""
        pages = list(pages)
        self.learn(pages, site=site)
        return [self.clean(p, site=site) for p in pages]

    # ---------------------------------------------------------------- state

    def to_dict(self) -> dict[str, Any]:
        """The learned state as JSON-ready data (what :meth:`save` writes)."""
        self._trim()
        return {
            "format": FORMAT,
            "min_pages": self.min_pages,
            "max_lines": self.max_lines,
            "max_line_len": self.max_line_len,
            "languages": list(self.languages),
            "sites": {
                sid: {
                    "threshold": format(st.threshold, "x"),
                    "pages": sorted(format(p, "016x") for p in st.pages),
                    "lines": {format(h, "016x"): c for h, c in sorted(st.counts.items())},
                }
                for sid, st in sorted(self._sites.items())
            },
        }

    def save(self, path: str | Path) -> None:
        """Write the learned state as JSON."""
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path, *, options: CleanOptions | None = None) -> Cleaner:
        """Read a state written by :meth:`save`."""
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ResourceError(f"cannot read Cleaner state: {exc}", path=str(p)) from exc
        return cls.from_dict(data, options=options, where=str(p))

    @classmethod
    def from_dict(cls, data: Any, *, options: CleanOptions | None = None, where: str = "<state>") -> Cleaner:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ResourceError(f"not a {FORMAT} state", path=where, field="format")
        try:
            c = cls(min_pages=int(data["min_pages"]), max_lines=int(data["max_lines"]),
                    max_line_len=int(data["max_line_len"]),
                    languages=tuple(data["languages"]), options=options)
            for sid, sd in data["sites"].items():
                st = _Site()
                st.threshold = int(sd["threshold"], 16)
                st.pages = {int(x, 16) for x in sd["pages"]}
                st.counts = {int(h, 16): int(v) for h, v in sd["lines"].items()}
                c._sites[str(sid)] = st
        except (KeyError, TypeError, ValueError) as exc:
            raise ResourceError(f"malformed Cleaner state: {exc}", path=where) from exc
        return c

    def sites(self) -> dict[str, int]:
        """Learned sites and how many distinct pages each has."""
        return {sid: len(st.pages) for sid, st in sorted(self._sites.items())}
