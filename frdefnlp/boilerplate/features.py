"""Segment features for the furniture classifier.

The classifier decides what the phrase rules do not name: a short line can be a sub-heading
of the article or a menu item, a one-sentence paragraph can be body text or a promo. What
tells them apart is shape (length, end punctuation, capitalisation, digits), language
(function-word ratio, language of the segment), position in the page and neighbours (between
two body paragraphs, after a related-article heading, after the last long paragraph).
The same function computes the features at training time and at run time, so the shipped
model sees what it was trained on. Cost: linear in the page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from operator import itemgetter

import regex

from .._resources import cached, read_json

__all__ = ["FEATURES", "page_features"]

FEATURES: tuple[str, ...] = (
    "len_log",
    "words_log",
    "ends_sentence",
    "ends_ellipsis",
    "ends_colon",
    "starts_upper",
    "title_ratio",
    "upper_ratio",
    "digit_ratio",
    "punct_ratio",
    "fw_ratio",
    "lang_ok",
    "lang_unknown",
    "sentences_log",
    "rel_pos",
    "is_first",
    "is_last",
    "prev_len_log",
    "next_len_log",
    "prev_rule",
    "next_rule",
    "after_related",
    "long_before",
    "long_after",
    "has_link",
    "has_crumb",
    "in_ticker_line",
    "has_quote",
)

_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_NOT_LETTER = regex.compile(r"\P{L}+")
_NOT_UPPER = regex.compile(r"\P{Lu}+")
_NOT_DIGIT = regex.compile(r"\D+")
_NOT_PUNCT = regex.compile(r"[\w\s]+")  # punctuation is [^\w\s]
_SENT = regex.compile(r"[.!?…](?:\s|$)")
_LINK = regex.compile(r"https?://|www\.|@\w|\.(?:com|net|ma|fr|org)\b", regex.I)
_CRUMB = regex.compile(r"\s[>|›»/]\s")
LONG = 300
_FIRST = itemgetter(0)


def _has_crumb_mark(s: str) -> bool:
    """Whether ``s`` holds a character of _CRUMB's class (a pattern with no flags: those
    characters and no other): without one, no breadcrumb separator."""
    return ">" in s or "|" in s or "/" in s or "»" in s or "›" in s


@cached
def _fr_words() -> frozenset[str]:
    data = read_json("langid/function_words.json")
    return frozenset(w.lower() for w in data["words"]["fr"])


def page_features(
    texts: Sequence[str],
    rules: Sequence[str | None],
    langs: Sequence[str | None],
    languages: Sequence[str],
    lines: Sequence[int],
    only: Sequence[int] | None = None,
) -> dict[int, list[float]]:
    """Feature vectors (in :data:`FEATURES` order) of the units of a page, by unit index.

    ``rules`` holds the reason a phrase/structure rule gave each unit (``None`` if none);
    ``langs`` the detected language; ``lines`` the raw line of each unit; ``only`` the
    indices to compute (default: all). Character counts run in C (regex), so the cost is
    a few regex passes per unit.
    """
    n = len(texts)
    fr = _fr_words()
    long_idx = [i for i, t in enumerate(texts) if len(t) >= LONG and rules[i] is None]
    first_long = long_idx[0] if long_idx else n
    last_long = long_idx[-1] if long_idx else -1
    line_count: dict[int, int] = {}
    for ln in lines:
        line_count[ln] = line_count.get(ln, 0) + 1
    first_related = next((i for i, r in enumerate(rules) if r == "related_heading"), n)
    wanted = range(n) if only is None else only
    out: dict[int, list[float]] = {}
    log1p = math.log1p
    for i in wanted:
        t = texts[i]
        s = t.strip()
        sample = s if len(s) <= 400 else s[:400]
        words = _WORD.findall(sample, None, None, False, False)
        nw = len(words)
        # Counts as the length of what is left once everything else is deleted (no lists).
        letters = len(_NOT_LETTER.sub("", sample, 0, None, None, False))
        upper = len(_NOT_UPPER.sub("", sample, 0, None, None, False))
        digits = len(_NOT_DIGIT.sub("", sample, 0, None, None, False))
        punct = len(_NOT_PUNCT.sub("", sample, 0, None, None, False))
        last = s[-1:] if s else ""
        fw = sum(map(fr.__contains__, map(str.lower, words)))
        title = sum(map(str.isupper, map(_FIRST, words)))  # a word is never empty
        prev_t = texts[i - 1] if i else ""
        next_t = texts[i + 1] if i + 1 < n else ""
        seen_related = i > first_related
        ls = len(sample)
        out[i] = [
            log1p(len(s)),
            log1p(nw),
            1.0 if last in ".!?»\"”" else 0.0,
            1.0 if s.endswith(("...", "…")) else 0.0,
            1.0 if last == ":" else 0.0,
            1.0 if s[:1].isupper() else 0.0,
            (title / nw) if nw else 0.0,
            (upper / letters) if letters else 0.0,
            (digits / ls) if ls else 0.0,
            (punct / ls) if ls else 0.0,
            (fw / nw) if nw else 0.0,
            1.0 if langs[i] in languages else 0.0,
            1.0 if langs[i] is None else 0.0,
            log1p(len(_SENT.findall(s, None, None, False, False))),
            i / max(n - 1, 1),
            1.0 if i == 0 else 0.0,
            1.0 if i == n - 1 else 0.0,
            log1p(len(prev_t)),
            log1p(len(next_t)),
            1.0 if i and rules[i - 1] is not None else 0.0,
            1.0 if i + 1 < n and rules[i + 1] is not None else 0.0,
            1.0 if seen_related else 0.0,
            1.0 if i > first_long else 0.0,
            1.0 if i < last_long else 0.0,
            1.0 if _LINK.search(s, None, None, False) else 0.0,
            1.0 if _has_crumb_mark(s) and _CRUMB.search(s, None, None, False) else 0.0,
            1.0 if line_count[lines[i]] > 2 else 0.0,
            1.0 if ("«" in s or "\"" in s or "“" in s) else 0.0,
        ]
    return out
