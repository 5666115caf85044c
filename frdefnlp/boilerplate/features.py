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
_SENT = regex.compile(r"[.!?…](?:\s|$)")
_LINK = regex.compile(r"https?://|www\.|@\w|\.(?:com|net|ma|fr|org)\b", regex.I)
_CRUMB = regex.compile(r"\s[>|›»/]\s")
LONG = 300


@cached
def _fr_words() -> frozenset[str]:
    data = read_json("langid/function_words.json")
    return frozenset(w.lower() for w in data["words"]["fr"])


def _log(n: float) -> float:
    return math.log1p(n)


def page_features(
    texts: Sequence[str],
    rules: Sequence[str | None],
    langs: Sequence[str | None],
    languages: Sequence[str],
    lines: Sequence[int],
) -> list[list[float]]:
    """One feature vector (in :data:`FEATURES` order) per unit of a page.

    ``rules`` holds the reason a phrase/structure rule gave each unit (``None`` if none);
    ``langs`` the detected language; ``lines`` the raw line of each unit.
    """
    n = len(texts)
    fr = _fr_words()
    long_idx = [i for i, t in enumerate(texts) if len(t) >= LONG and rules[i] is None]
    first_long = long_idx[0] if long_idx else n
    last_long = long_idx[-1] if long_idx else -1
    line_count: dict[int, int] = {}
    for ln in lines:
        line_count[ln] = line_count.get(ln, 0) + 1
    seen_related = False
    out: list[list[float]] = []
    for i, t in enumerate(texts):
        s = t.strip()
        words = _WORD.findall(s)
        nw = len(words)
        letters = sum(1 for c in s if c.isalpha())
        upper = sum(1 for c in s if c.isupper())
        digits = sum(1 for c in s if c.isdigit())
        punct = sum(1 for c in s if not c.isalnum() and not c.isspace())
        last = s[-1:] if s else ""
        fw = sum(1 for w in words if w.lower() in fr)
        prev_t = texts[i - 1] if i else ""
        next_t = texts[i + 1] if i + 1 < n else ""
        if i and rules[i - 1] in ("related_heading",):
            seen_related = True
        out.append([
            _log(len(s)),
            _log(nw),
            1.0 if last in ".!?»\"”" else 0.0,
            1.0 if s.endswith(("...", "…")) else 0.0,
            1.0 if last == ":" else 0.0,
            1.0 if s[:1].isupper() else 0.0,
            (sum(1 for w in words if w[:1].isupper()) / nw) if nw else 0.0,
            (upper / letters) if letters else 0.0,
            (digits / len(s)) if s else 0.0,
            (punct / len(s)) if s else 0.0,
            (fw / nw) if nw else 0.0,
            1.0 if langs[i] in languages else 0.0,
            1.0 if langs[i] is None else 0.0,
            _log(len(_SENT.findall(s))),
            i / max(n - 1, 1),
            1.0 if i == 0 else 0.0,
            1.0 if i == n - 1 else 0.0,
            _log(len(prev_t)),
            _log(len(next_t)),
            1.0 if i and rules[i - 1] is not None else 0.0,
            1.0 if i + 1 < n and rules[i + 1] is not None else 0.0,
            1.0 if seen_related else 0.0,
            1.0 if i > first_long else 0.0,
            1.0 if i < last_long else 0.0,
            1.0 if _LINK.search(s) else 0.0,
            1.0 if _CRUMB.search(s) else 0.0,
            1.0 if line_count[lines[i]] > 2 else 0.0,
            1.0 if ("«" in s or "\"" in s or "“" in s) else 0.0,
        ])
    return out
