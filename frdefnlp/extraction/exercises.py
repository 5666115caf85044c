"""Named exercises and operations ("African Lion 2024", "l'exercice « Bouclier du Sud »").

The six tag labels leave these names out (CONVENTIONS: named exercises, operations, treaties
are not entities of ``tag``); events need them as the name slot of EXERCISE, so this module
finds them as entities of their own, label ``EXERCISE`` and kind ``exercise`` or
``operation`` (docs/labels.md), source ``events``:

1. after a cue word (``exercice``, ``manœuvres``, ``opération``), past fillers (``militaire``,
   ``conjoint``, ``baptisé``, opening quotes), a quoted phrase or a run of capitalised words
   (inner connectors ``de``, ``el``, ``l'``...), with a trailing year or number;
2. a run of capitalised words followed by a year ("Lion Sword 2024") when its sentence holds a
   cue word;
3. every later occurrence of a name found by 1 or 2, also without its year.

Cues are data (``resources/events/exercises.json``). Cost: one pass over the tokens, plus one
over them again for the repeated names (dictionary by first word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .._resources import cached, read_json
from ..types import Entity
from .triggers import _tok_match

_YEAR = re.compile(r"(?:19|20)\d\d$")
_NUM = re.compile(r"\d{1,4}$")
#: an edition number with a part ("2026-1", "25-2", "2024/2")
_NUMISH = re.compile(r"\d{1,4}[-/]\d{1,4}$")
#: a last word glued to its year ("désert-2026")
_WORD_YEAR = re.compile(r"[^\W\d_]+-(?:19|20)\d\d$")
_MAX_NAME = 8


@cached
def _data() -> dict[str, Any]:
    return read_json("events/exercises.json")


def _match_any(pats: Sequence[str], word: str) -> bool:
    return any(_tok_match(p, word) for p in pats)


def _is_cap(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def _name_head(tokens: Sequence[Any], j: int, hi: int) -> bool:
    """A capitalised filler word followed by a capitalised word or a year opens the name
    ("l'exercice Grand African Nemo", "Grand Raid 2026"): it is not passed over."""
    if not (_is_cap(tokens[j].text) and tokens[j].text.isalpha()) or j + 1 >= hi:
        return False
    nxt = tokens[j + 1].text
    return (_is_cap(nxt) and nxt.isalpha()) or bool(_YEAR.match(nxt))


def exercise_names(text: str, tokens: Sequence[Any], words: Sequence[str],
                   sentences: Sequence[Any], entities: Sequence[Entity] = ()) -> list[Entity]:
    """Named exercises and operations of a document as ``EXERCISE`` entities, by start.

    ``words`` are the accent-folded tokens; ``entities`` (the tag entities) are not taken as
    names when a run would only repeat one of them (a country is not an exercise).
    """
    d = _data()
    cues = d["cues"]
    fillers, connectors = d["fillers"], set(d["connectors"])
    not_names = set(d["not_names"])
    ent_spans = {(e.start, e.end) for e in entities}
    found: list[tuple[int, int, str]] = []  # token range, kind
    n = len(tokens)

    def name_run(j: int, hi: int) -> int:
        """End (exclusive) of a capitalised run starting at ``j``, or ``j`` if none."""
        k = j
        last_ok = j
        while k < hi and k - j < _MAX_NAME:
            t = tokens[k].text
            if _is_cap(t) and t not in not_names:
                k += 1
                last_ok = k
            elif k > j and _WORD_YEAR.match(t):
                k += 1  # "Bouclier du désert-2026"
                last_ok = k
                break
            elif words[k] in connectors and k > j:
                k += 1
            elif k > j and words[k - 1] in connectors and t.isalpha() and t.islower():
                k += 1  # "Lion du désert 2026": kept only if a capital or a year follows
            elif (_YEAR.match(t) or _NUM.match(t) or _NUMISH.match(t)) and k > j:
                k += 1
                last_ok = k
                break
            else:
                break
        return last_ok

    for s in sentences:
        lo, hi = s.token_start, s.token_end
        has_cue = False
        i = lo
        while i < hi:
            w = words[i]
            kind = next((v for p, v in cues.items() if _tok_match(p, w)), None)
            if kind is None:
                i += 1
                continue
            has_cue = True
            j = i + 1
            while j < hi and j - i <= 4 and _match_any(fillers, words[j]) \
                    and words[j] not in d["quotes_open"] and not _name_head(tokens, j, hi):
                j += 1
            if j < hi and tokens[j].text in d["quotes_open"]:
                k = j + 1
                while k < hi and k - j <= _MAX_NAME and tokens[k].text not in d["quotes_close"]:
                    k += 1
                if k < hi and k > j + 1 and _is_cap(tokens[j + 1].text):
                    found.append((j + 1, k, kind))
                    i = k + 1
                    continue
            end = name_run(j, hi)
            if end > j:
                found.append((j, end, kind))
                i = end
                continue
            i += 1
        if has_cue:  # "Baptisé X 2026, l'exercice ...": a namer anywhere in the sentence
            for k in range(lo, hi - 1):
                if _match_any(d.get("namers", ()), words[k]):
                    j = k + 1
                    if tokens[j].text in d["quotes_open"]:
                        j += 1
                    end = name_run(j, hi)
                    if end > j and not any(a <= j < b for a, b, _ in found):
                        found.append((j, end, "exercise"))
        if has_cue:  # "Lion Sword 2024" elsewhere in a sentence about exercises
            k = lo + 1  # a sentence's first word is capitalised anyway
            while k < hi:
                if _YEAR.match(tokens[k].text) and k - 1 >= lo and _is_cap(tokens[k - 1].text):
                    b = k - 1
                    while b - 1 > lo and k - b < 6 and (
                            _is_cap(tokens[b - 1].text) or (words[b - 1] in connectors and
                                                            b - 2 > lo and
                                                            (_is_cap(tokens[b - 2].text) or
                                                             words[b - 2] in connectors))):
                        b -= 1
                    while b < k and words[b] in connectors:
                        b += 1
                    if tokens[b].text not in not_names and not any(b <= f[0] < k + 1 for f in found):
                        found.append((b, k + 1, "exercise"))
                k += 1
    # a name also found after an exercise cue is an exercise ("l'opération « X »" then
    # "l'exercice X")
    exercise_keys = {" ".join(words[a:b]) for a, b, kind in found if kind == "exercise"}
    found = [(a, b, "exercise" if " ".join(words[a:b]) in exercise_keys else kind)
             for a, b, kind in found]
    out: dict[tuple[int, int], Entity] = {}
    names: dict[str, tuple[str, str]] = {}  # folded name (and name without year) -> canonical
    for a, b, kind in found:
        start, end = tokens[a].start, tokens[b - 1].end
        if (start, end) in ent_spans:
            continue
        surface = text[start:end]
        canon = " ".join(surface.split())
        out[(start, end)] = _entity(start, end, surface, canon, kind)
        names[" ".join(words[a:b])] = (canon, kind)
        if b - a > 1 and _YEAR.match(tokens[b - 1].text):
            names.setdefault(" ".join(words[a:b - 1]), (canon, kind))
    if names:  # later mentions of the same names
        by_first: dict[str, list[tuple[list[str], str, str]]] = {}
        for key, (canon, kind) in names.items():
            parts = key.split()
            by_first.setdefault(parts[0], []).append((parts, canon, kind))
        i = 0
        while i < n:
            best = None
            for parts, canon, kind in by_first.get(words[i], ()):
                m = len(parts)
                if words[i:i + m] == parts and _is_cap(tokens[i].text) and \
                        (best is None or m > best[0]):
                    best = (m, canon, kind)
            if best:
                m, canon, kind = best
                if i + m < n and _YEAR.match(tokens[i + m].text) and \
                        not _YEAR.match(tokens[i + m - 1].text):
                    # "Flintlock 2020" after "Flintlock 2019": another edition
                    m += 1
                    canon = " ".join(text[tokens[i].start:tokens[i + m - 1].end].split())
                start, end = tokens[i].start, tokens[i + m - 1].end
                if not any(s <= start < e for s, e in out) and (start, end) not in ent_spans:
                    out[(start, end)] = _entity(start, end, text[start:end], canon, kind)
                i += m
            else:
                i += 1
    return sorted(out.values(), key=lambda e: e.start)


def _entity(start: int, end: int, surface: str, canon: str, kind: str) -> Entity:
    slug = re.sub(r"[^a-z0-9]+", "-", canon.lower()).strip("-")
    return Entity(start, end, surface, "EXERCISE", kind=kind, canonical=canon,
                  id=f"{kind}/{slug}", source="events", attrs={})
