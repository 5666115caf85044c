"""Page structure: where the article is, and what around it is furniture by its place.

After the per-unit rules and kinds, most of what is left undecided around an article is short
lines that do not end like sentences: menus, rubric labels, a site's or an author's name,
lists of other headlines, each maybe with its teaser. Inside the article such lines are rare
(the title, sub-headings, the last paragraph of a page cut short). This module finds the
article's extent and decides by place:

1. **comments**: after a comments heading that comes after article text, the readers'
   comments run until article-sized text comes back (two long paragraphs in a row);
2. **pitches**: short lines and bullets next to a paywall or subscription prompt belong to it;
3. **duplicated captions**: a short sentence printed twice in a row (an image's alt text and
   its caption) goes both times;
4. **teaser lists**: three or more sections in a row made of a headline-like line, maybe a
   date or rubric line, and one short paragraph (a list of other articles, even with no
   heading); a page whose every paragraph sits in such lists has no article (``listing``);
5. **the core**: the largest run of article paragraphs (paragraphs joined across removed
   furniture and single sub-headings); **captions with no credit** next to it (a short
   sentence closing on a comma and a time, "…, mardi à Bamako.", with no tensed verb) go, up
   to two units after its last paragraph; **the title**: the nearest title-like line before
   the core clearly about it (a third of its words in the core's first paragraphs; two words
   when it sits right above its byline or date line), also a line taken for a date line
   ("Le défilé du 11 décembre à Niamey"); if a headline about the article sits right above
   the line found (across bylines and date lines), that one is the title and the line found a
   caption or standfirst. With no title above the core: the last item of a list of headlines
   right above it that is about the article (with its teaser, the lede), or the core's first
   line when it is headline-shaped (a question); when no line about the article was found, a
   line taken for a caption only because a photo credit sits below it (the picture between
   the title and the text was not scraped). Below the title, a caption naming its scene
   ("… lors de la remise des véhicules à Abidjan") goes;
6. **head and tail**: before the title and after the core, lines that do not read as
   sentences (fewer than five words or no final punctuation) are furniture (``outside``); so
   are the teasers next to them, a teaser cut short above the title and a copy of the title
   above it (the copy next to the text stays). The line right after the core that reads as prose (a last
   paragraph cut short) stays. Between the title and the core, short non-sentences go
   (a rubric, "Par", a name alone) unless they share words with the article (a title in
   capitals below a look-alike headline); the standfirst stays.

Cost: a constant number of passes over the units; linear in the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import regex

from .kinds import (
    caption_scene,
    caption_shaped,
    date_words,
    is_comments_heading,
    is_paywall_opener,
    unit_kind,
    unit_words,
)
from .langid import register_cache

__all__ = ["StructureResult", "structure_pass", "reads_as_sentence", "is_paragraph", "headline_like"]

_TERMINAL = (".", "!", "?", "»", '"', "”", "…")
_ELLIPSIS = ("...", "…", "..")
_TOPIC = regex.compile(r"\A[^\s:]{1,30}(?:\s+[^\s:]{1,30}){0,4}\s?:\s+\S")
_NO_COMMENTS = regex.compile(r"\A(?:0|z[ée]ro|aucun|no)\s", regex.I)
_BULLET = regex.compile(r"\A(?:[•·▪◦●■*►]|\d{1,2}[.)]|-|–)\s")
#: A teaser paragraph is at most this long.
TEASER_MAX = 450
#: Paragraph length from which a unit counts as article text whatever its ending.
PARA_LONG = 200
#: Removed-by-place reasons (the structure's own).
PLACE_REASONS = ("comments", "pitch", "caption", "listing", "headlines", "outside")


class StructureResult:
    """``title``: index of the title unit (``None`` if the page shows none); ``core``: the
    first and last index of the article's core (``None`` when the page has no article text)."""

    __slots__ = ("title", "core")

    def __init__(self, title: int | None, core: tuple[int, int] | None) -> None:
        self.title = title
        self.core = core


def reads_as_sentence(text: str) -> bool:
    """Five words or more and a final punctuation mark (the C4 line rule)."""
    t = text.rstrip()
    return len(t.split()) >= 5 and t.endswith(_TERMINAL)


def is_paragraph(text: str) -> bool:
    """Article-sized text: long, or a sentence of 60 characters or more not cut by an ellipsis."""
    v = _PARAGRAPH.get(text)
    if v is None:
        # Asked about each unit many times per page (the lists, the core, the title, the
        # tail): answered once. Bounded; forgotten by ``langid.clear_cache``.
        t = text.rstrip()
        v = len(t) >= PARA_LONG or (len(t) >= 60 and t.endswith(_TERMINAL) and not t.endswith(_ELLIPSIS))
        if len(_PARAGRAPH) >= 16384:
            _PARAGRAPH.clear()
        _PARAGRAPH[text] = v
    return v


_PARAGRAPH: dict[str, bool] = {}
register_cache(_PARAGRAPH.clear)


def headline_like(text: str) -> bool:
    """A headline's shape: 2 to 30 words, at most 220 characters, no final full stop."""
    t = text.strip()
    n = len(t.split())
    return 2 <= n <= 30 and len(t) <= 220 and not t.endswith((".", ";", ",", ":")) and not t.endswith(_ELLIPSIS)


@lru_cache(maxsize=8192)
def _content_words(text: str) -> frozenset[str]:
    """Words of four letters or more (cached: a page's paragraphs are compared several times)."""
    return frozenset([w for w in unit_words(text) if len(w) >= 4])


register_cache(_content_words.cache_clear)


def _words_between(texts: Sequence[str], reasons: list[str | None], a: int, b: int) -> set[str]:
    out: set[str] = set()
    for k in range(a, b + 1):
        if reasons[k] is None:
            out |= _content_words(texts[k])
    return out


def _label_like(text: str, core_words: set[str]) -> bool:
    """A rubric, a name alone, a kicker: one or two words, or every word capitalised, or
    sharing no word with the article and holding fewer than two lower-case words. A short
    sub-heading ("Des délais tenus") has lower-case words."""
    ws = text.split()
    if len(ws) <= 2 or (len(ws) <= 4 and not any(c.isupper() for c in text)):
        return True
    lower = sum(1 for w in ws if w[:1].islower())
    if lower == 0:
        return True
    return lower < 2 and not (_content_words(text) & core_words)


def _prose(text: str) -> bool:
    """Reads as running prose: eight words or more, most of them lower case, not a 'Topic :'
    headline (the last paragraph of a page cut short)."""
    t = text.strip()
    ws = t.split()
    if len(ws) < 8 or _TOPIC.match(t, None, None, False):
        return False
    lower = sum(1 for w in ws if w[:1].islower())
    return lower * 2 >= len(ws)


def structure_pass(texts: Sequence[str], reasons: list[str | None]) -> StructureResult:
    """Decide the undecided units by their place (see the module docstring); ``reasons`` is
    updated in place. Returns the title and core found."""
    n = len(texts)
    _pitches(texts, reasons)
    _duplicates(texts, reasons)
    teasers = _teaser_lists(texts, reasons, min_sections=3, strict=True)
    for i in teasers:
        reasons[i] = "headlines"
    _comments(texts, reasons)
    undecided = [i for i in range(n) if reasons[i] is None]
    paras = [i for i in undecided if is_paragraph(texts[i])]
    if not paras:
        if teasers:
            # Every paragraph of the page sits in a list of other articles: a listing page.
            for i in undecided:
                reasons[i] = "listing"
            return StructureResult(None, None)
        return StructureResult(_title_without_core(texts, reasons), None)
    core = _core(texts, reasons, paras)
    a, b = core
    # A caption with no credit ("Le ministre lors de la cérémonie, mardi à Bamako.") sits
    # next to the article's title, between its paragraphs or right after the last one.
    # The core keeps at least one paragraph.
    for i in range(min(n, b + 3)):
        if reasons[i] is None and caption_shaped(texts[i]) \
                and any(reasons[k] is None and k != i for k in (a, b)):
            reasons[i] = "caption"
    if reasons[a] is not None or reasons[b] is not None:
        a = next(i for i in range(a, b + 1) if reasons[i] is None)
        b = next(i for i in range(b, a - 1, -1) if reasons[i] is None)
        core = (a, b)
    core_words = _words_between(texts, reasons, a, b)
    title = _title(texts, reasons, a, b)
    # The title rules change reasons above the core only: its stems are read once for them.
    stems0: set[str] | None = None
    if title is None:
        title = _title_from_list(texts, reasons, a, b)
    elif title is not None:
        stems0 = _core_stems(texts, reasons, a, b)
        title = _title_above(texts, reasons, title, stems0)
    if title is None or not _about(texts[title], stems0 if stems0 is not None else _core_stems(texts, reasons, a, b)):
        title = _title_over_credit(texts, reasons, a, b) or title
    if title is None and a < b and _title_shaped(texts[a]):
        # The title opens the core (a question is as long as a sentence): it is the title.
        title = a
    if title is not None:
        # Below the title, a caption naming its scene ("… lors de la remise des véhicules"),
        # as long as the core keeps a paragraph (counted once: linear).
        core_paras = sum(1 for k in range(a, b + 1) if reasons[k] is None and is_paragraph(texts[k]))
        for i in range(title + 1, min(n, b + 3)):
            if reasons[i] is None and caption_scene(texts[i]):
                own = 1 if a <= i <= b and is_paragraph(texts[i]) else 0
                if core_paras - own >= 1:
                    reasons[i] = "caption"
                    core_paras -= own
    # Head: before the title (or the core), what does not read as a sentence is furniture.
    head_end = title if title is not None else a
    for i in range(head_end):
        t = texts[i]
        if reasons[i] is None and (not is_paragraph(t) and not reads_as_sentence(t) or _cut(t) and len(t) <= TEASER_MAX
                                   or title is not None and t.strip() == texts[title].strip()):
            # An article is never cut short above its own title: a text cut by an ellipsis
            # or a read-on link there is another article's teaser. A copy of the title above
            # it goes (the copy next to the text stays).
            reasons[i] = "outside"
    # Between the title and the core: short non-sentences (rubric, name alone, "Par"), not
    # a line about the article (a title in capitals below a look-alike headline).
    if title is not None:
        stems = _core_stems(texts, reasons, a, b)
        for i in range(title + 1, a):
            t = texts[i]
            if reasons[i] is None and len(t) < 60 and not reads_as_sentence(t) and _label_like(t, core_words) \
                    and not _about(t, stems) and not (len(t.split()) >= 4 and _shared(t, stems)):
                reasons[i] = "outside"
    # Tail: after the core. A list of other articles (with or without teasers) goes, then
    # whatever does not read as a sentence. The prose line right after the core stays.
    tail = [i for i in range(b + 1, n) if reasons[i] is None]
    if tail:
        protected = _article_end(texts, reasons, b)
        for i in _teaser_lists(texts, reasons, min_sections=2, strict=False, lo=b + 1):
            if i not in protected:
                reasons[i] = "headlines"
        # A sentence right after a removed headline, and followed by furniture or the end, is
        # that headline's teaser.
        prev_removed = False
        for i in range(b + 1, n):
            if reasons[i] is not None:
                prev_removed = reasons[i] in ("headlines", "related", "stamped", "outside")
                continue
            if i in protected:
                prev_removed = False
                continue
            t = texts[i]
            if not reads_as_sentence(t):
                reasons[i] = "outside"
                prev_removed = True
            elif prev_removed and len(t) <= TEASER_MAX and _next_removed_or_end(reasons, i) and not is_paragraph(t):
                reasons[i] = "outside"
            else:
                prev_removed = False
    return StructureResult(title, core)


def _article_end(texts: Sequence[str], reasons: list[str | None], b: int) -> set[int]:
    """What right after the core still belongs to the article: a list (an intro line ending
    with a colon, bullet items) and a line that reads as prose (a last paragraph cut short)."""
    out: set[int] = set()
    i = b + 1
    n = len(texts)
    while i < n and reasons[i] is None:
        t = texts[i].rstrip()
        nxt = texts[i + 1] if i + 1 < n and reasons[i + 1] is None else ""
        if _list_item(t) or (t.endswith(":") and len(t) <= 200 and _list_item(nxt)):
            out.add(i)
            i += 1
            continue
        if _prose(t):
            out.add(i)
        break
    return out


def _next_removed_or_end(reasons: list[str | None], i: int) -> bool:
    return i + 1 >= len(reasons) or reasons[i + 1] is not None


def _comments(texts: Sequence[str], reasons: list[str | None]) -> None:
    n = len(texts)
    seen = 0
    i = 0
    next_und: list[int | None] = [None] * n  # next undecided unit after each index
    following: int | None = None
    for k in range(n - 1, -1, -1):
        next_und[k] = following
        if reasons[k] is None:
            following = k
    while i < n:
        t = texts[i]
        if reasons[i] is None and is_paragraph(t):
            seen += 1
        nxt = next_und[i]
        if seen >= 2 and (reasons[i] is None or reasons[i] in ("ui", "prompt")) and is_comments_heading(t) \
                and (nxt is None or len(texts[nxt]) < 250):
            reasons[i] = reasons[i] or "comments"
            if _NO_COMMENTS.match(t.strip(), None, None, False):
                i += 1
                continue
            j = i + 1
            while j < n:
                if reasons[j] is None:
                    nxt = next_und[j]
                    if len(texts[j]) >= 300 and nxt is not None and len(texts[nxt]) >= 300:
                        break  # article-sized text again: the comments are over
                    reasons[j] = "comments"
                j += 1
            i = j
            continue
        i += 1


def _pitches(texts: Sequence[str], reasons: list[str | None]) -> None:
    """Short lines and bullets around a prompt belong to the pitch."""
    n = len(texts)

    def absorbable(k: int) -> bool:
        t = texts[k].strip()
        if reasons[k] is not None or len(t) > 160:
            return False
        if _BULLET.match(t, None, None, False):
            return len(t) <= 100 and not reads_as_sentence(t)
        return is_paywall_opener(t) or (len(t) <= 40 and len(t.split()) <= 4 and not reads_as_sentence(t))

    for i in range(n):
        if reasons[i] != "prompt":
            continue
        k = i + 1
        while k < n and absorbable(k):
            reasons[k] = "pitch"
            k += 1
        k = i - 1
        while k >= 0 and absorbable(k) and (_BULLET.match(texts[k].strip(), None, None, False) or is_paywall_opener(texts[k])):
            reasons[k] = "pitch"
            k -= 1


def _duplicates(texts: Sequence[str], reasons: list[str | None]) -> None:
    """A short sentence printed twice within three units, next to other furniture or with a
    bullet on one copy: an image's alt text and its caption. A question or an exclamation
    printed twice is a title and its copy (the title rules keep one)."""
    n = len(texts)
    bare = [_BULLET.sub("", x.strip(), 0, None, None, False) for x in texts]  # each text without its bullet, once
    for i in range(n):
        t = bare[i]
        if len(t) > 300 or not t.endswith(_TERMINAL) or t.endswith(("?", "!")) or reasons[i] not in (None, "caption"):
            continue
        for j in range(i + 1, min(n, i + 4)):
            if bare[j] == t and (
                    _BULLET.match(texts[i].strip(), None, None, False) or _BULLET.match(texts[j].strip(), None, None, False)
                    or (i > 0 and reasons[i - 1] is not None) or (j + 1 < n and reasons[j + 1] is not None)):
                for k in (i, j):
                    if reasons[k] is None:
                        reasons[k] = "caption"
                break


def _teaser_lists(texts: Sequence[str], reasons: list[str | None], *, min_sections: int,
                  strict: bool, lo: int = 0) -> list[int]:
    """Units of runs of teaser sections (headline, maybe meta lines, one short paragraph).

    ``strict``: the run must also show a sign of a list (most headlines shaped "Topic : ...",
    or most teasers cut by an ellipsis, or date/rubric lines between sections)."""
    n = len(texts)
    und = [i for i in range(lo, n) if reasons[i] is None]
    out: list[int] = []
    # Words of the page's paragraphs: a headline sharing most of its words with them is the
    # article's own title (or a sub-heading), not another article's.
    # Counted in C (Counter.update of each word set), when first needed: only the strict
    # test of a run reads them (``und`` and the texts do not change before).
    para_words: Counter[str] | None = None
    k = 0
    while k < len(und):
        sections: list[list[int]] = []
        j = k
        while j < len(und):
            h = und[j]
            t = texts[h]
            if not headline_like(t) or t.rstrip().endswith("?") and not _TOPIC.match(t, None, None, False) or is_paragraph(t):
                break
            # The headline may stand alone (a list of headlines) or carry one teaser.
            sec = [h]
            if j + 1 < len(und):
                p = und[j + 1]
                tp = texts[p]
                if (is_paragraph(tp) or _cut(tp) or len(tp.split()) >= 12) and len(tp) <= TEASER_MAX:
                    nxt = und[j + 2] if j + 2 < len(und) else None
                    if nxt is not None and is_paragraph(texts[nxt]):
                        break  # two paragraphs in a row: article text, not a teaser
                    sec.append(p)
            sections.append(sec)
            j += len(sec)
        if strict and sections:
            if para_words is None:
                para_words = Counter()
                for i in und:
                    if is_paragraph(texts[i]):
                        para_words.update(_content_words(texts[i]))
            # Words of the paragraphs outside this run (counts minus the run's teasers).
            in_run: Counter[str] = Counter()
            for sec in sections:
                if len(sec) == 2 and is_paragraph(texts[sec[1]]):
                    in_run.update(_content_words(texts[sec[1]]))
            sections = [sec for sec in sections if not _own_headline(texts, sec, para_words, in_run)
                        and not _printed_twice(texts, sec[0])]
        # A list starts with a section that shows a sign of it: the article's last
        # sub-heading and paragraph, right above a list, are not the list's first teaser.
        while sections and not _list_sign(texts, reasons, sections[0]):
            sections.pop(0)
        with_teaser = [s for s in sections if len(s) == 2]
        ok = len(sections) >= min_sections
        if ok and strict:
            # Alone, headlines in a row are a list only with two or more; teasers need a sign.
            heads = [texts[s[0]] for s in sections]
            topic = sum(1 for h in heads if _TOPIC.match(h, None, None, False))
            ell = sum(1 for s in with_teaser if _cut(texts[s[1]]))
            meta = sum(1 for s in sections if _meta_next_to(reasons, s[0] - 1) or _meta_next_to(reasons, s[-1] + 1))
            if with_teaser:
                ok = topic * 2 >= len(sections) or ell * 2 >= len(with_teaser) or meta * 2 >= len(sections)
            else:
                ok = topic * 2 >= len(sections) and len(sections) >= 3
        if ok:
            for s in sections:
                out.extend(s)
        # Runs starting inside the one just read are its suffixes: go on after it (linear).
        k = j if j > k else k + 1
    return out


_READ_ON = regex.compile(r"(?:lire la suite|suite de l['’]article|la suite|read more|continue reading|leer m[áa]s|seguir leyendo)\b.{0,60}\Z", regex.I)


def _cut(text: str) -> bool:
    """A teaser cut short: an ellipsis, or a read-on link at its end."""
    t = text.rstrip()
    return t.endswith(_ELLIPSIS) or bool(_READ_ON.search(t[-90:], None, None, False))


def _list_sign(texts: Sequence[str], reasons: list[str | None], sec: list[int]) -> bool:
    """A section shows it belongs to a list: a "Topic : ..." or numbered headline, a teaser cut
    by an ellipsis, a date or rubric line next to it, or a headline with no teaser at all."""
    h = texts[sec[0]]
    if len(sec) == 1 or _TOPIC.match(h, None, None, False) or _BULLET.match(h.strip(), None, None, False):
        return True
    if _cut(texts[sec[1]]):
        return True
    return _meta_next_to(reasons, sec[0] - 1) or _meta_next_to(reasons, sec[-1] + 1)


def _printed_twice(texts: Sequence[str], i: int) -> bool:
    """The line is printed again right before or after it (a title and its copy)."""
    t = texts[i].strip()
    return (i > 0 and texts[i - 1].strip() == t) or (i + 1 < len(texts) and texts[i + 1].strip() == t)


def _own_headline(texts: Sequence[str], sec: list[int], para_words: dict[str, int],
                  in_run: dict[str, int]) -> bool:
    """The headline shares 60 % of its words with paragraphs outside its run: the article's
    own title (with its lede), not another article's."""
    ws = _content_words(texts[sec[0]])
    if not ws:
        return False
    shared = sum(1 for w in ws if para_words.get(w, 0) - in_run.get(w, 0) > 0)
    return shared >= 0.6 * len(ws)


_META = frozenset({"dateline", "menu", "byline", "stamped", "signature"})


def _meta_next_to(reasons: list[str | None], k: int) -> bool:
    return 0 <= k < len(reasons) and reasons[k] in _META


def _list_item(text: str) -> bool:
    t = text.strip()
    return bool(_BULLET.match(t, None, None, False)) and not _TOPIC.match(_BULLET.sub("", t, 0, None, None, False), None, None, False)


def _core(texts: Sequence[str], reasons: list[str | None], paras: list[int]) -> tuple[int, int]:
    """The largest group of paragraphs joined across removed units and at most one short
    undecided line (two when they are not both headline-like)."""
    groups: list[tuple[int, int, int]] = []  # (first, last, chars)
    start = paras[0]
    last = paras[0]
    chars = len(texts[paras[0]])
    for p in paras[1:]:
        # Items of a list inside the article (bullets, not "Topic : ..." headlines) do not
        # break it.
        gap = [k for k in range(last + 1, p) if reasons[k] is None and not _list_item(texts[k])]
        joined = len(gap) <= 1 or (len(gap) == 2 and not all(headline_like(texts[k]) for k in gap))
        if joined and all(len(texts[k]) <= 160 for k in gap) and all(
                len(texts[k]) <= 300 for k in range(last + 1, p) if reasons[k] is None):
            last = p
            chars += len(texts[p])
            continue
        groups.append((start, last, chars))
        start = last = p
        chars = len(texts[p])
    groups.append((start, last, chars))
    best = max(groups, key=lambda g: (g[2], -g[0]))
    return best[0], best[1]


def _title(texts: Sequence[str], reasons: list[str | None], a: int, b: int) -> int | None:
    """The nearest title-like line above the core that shares a third of its words with the
    core's first paragraphs (a title announces the lede; a site's name recurs in its footer),
    else the one sharing most words."""
    firsts = [k for k in range(a, b + 1) if reasons[k] is None and is_paragraph(texts[k])][:3]
    core_words = _words_between(texts, reasons, a, firsts[-1]) if firsts else set()
    core_stems = {w[:5] for w in core_words}  # "américain" and "américaine" are one word here
    best: tuple[float, int] | None = None
    for i in range(a - 1, -1, -1):
        t = texts[i].strip()
        if reasons[i] == "dateline" and _dated_title(t, core_stems):
            reasons[i] = None  # a title that holds a date ("Le défilé du 11 décembre à Niamey")
            return i
        if reasons[i] is not None or not headline_like(t) or len(t.split()) > 22 or _BULLET.match(t, None, None, False):
            continue
        ws = {w[:5] for w in _content_words(t)}
        if not ws:
            continue
        share = len(ws & core_stems) / len(ws)
        # The nearest line clearly about the article (menus sit further up; a longer line
        # right above the core is more likely a lede).
        if len(ws) >= 3 and share >= 0.34 and len(t.split()) <= 16:
            return i
        # Right above its byline or date line (the title's place), two shared words will do.
        if len(ws) >= 3 and len(ws & core_stems) >= 2 and len(t.split()) <= 16 \
                and i + 1 < a and reasons[i + 1] in ("byline", "dateline"):
            return i
        score = len(ws & core_stems) + 0.1 * share - 0.01 * (a - i)  # nearer wins a tie
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return None
    if best[0] <= 0.0:
        # Nothing shares a word with the article: the nearest title-like line, if it is right
        # above the core.
        near = next((i for i in range(a - 1, -1, -1) if reasons[i] is None), None)
        return near if near is not None and headline_like(texts[near]) else None
    return best[1]


def _core_stems(texts: Sequence[str], reasons: list[str | None], a: int, b: int) -> set[str]:
    """Five-letter stems of the words of the core's first three paragraphs."""
    firsts = [k for k in range(a, b + 1) if reasons[k] is None and is_paragraph(texts[k])][:3]
    return {w[:5] for w in _words_between(texts, reasons, a, firsts[-1])} if firsts else set()


def _shared(text: str, stems: set[str]) -> int:
    return len({w[:5] for w in _content_words(text)} & stems)


def _about(text: str, stems: set[str]) -> bool:
    """The line is about the article: two of its words and a third of them in the core."""
    ws = {w[:5] for w in _content_words(text)}
    shared = len(ws & stems)
    return shared >= 2 and shared * 3 >= len(ws)


def _dated_title(text: str, stems: set[str]) -> bool:
    """A line taken for a date line that is the article's title: headline-shaped, two words
    or more besides its date, and half of them in the core."""
    if not headline_like(text) or len(text.split()) > 22:
        return False
    dw = date_words()
    ws = {w[:5] for w in _content_words(text) if w not in dw and not w.isdigit()}
    shared = len(ws & stems)
    return len(ws) >= 2 and shared >= 2 and shared * 2 >= len(ws)


def _title_above(texts: Sequence[str], reasons: list[str | None], title: int, stems: set[str]) -> int:
    """The title found, or the headline about the article right above it (across date lines
    and bylines): the title sits above its byline and its standfirst; what sits between them
    and the text (a caption or a standfirst with no full stop) is nearer the text. A
    look-alike headline about the article right above the title is kept with it: losing the
    title costs more than keeping one line of furniture."""
    k = title - 1
    skipped = 0
    while k >= 0 and reasons[k] is not None and skipped < 3:
        k -= 1
        skipped += 1
    if k < 0 or reasons[k] is not None:
        return title
    t = texts[k].strip()
    if headline_like(t) and len(t.split()) <= 22 and not _BULLET.match(t, None, None, False) and not is_paragraph(t) and _about(t, stems) \
            and t != texts[title].strip():
        return k
    return title


def _title_over_credit(texts: Sequence[str], reasons: list[str | None], a: int, b: int) -> int | None:
    """The title taken for a caption because a photo credit sits on the line below it (the
    picture between the title and the text was not scraped, its credit was): when no line
    about the article was found, the nearest such line above the core that is headline-shaped,
    carries no credit itself and is about the article is the title."""
    stems = _core_stems(texts, reasons, a, b)
    for i in range(a - 1, max(-1, a - 9), -1):
        t = texts[i].strip()
        if reasons[i] == "caption" and headline_like(t) and len(t.split()) <= 22 and not t.endswith(_TERMINAL) \
                and unit_kind(t) is None and _about(t, stems):
            reasons[i] = None
            return i
    return None


def _title_shaped(text: str) -> bool:
    """A title opening the core: headline-shaped, at most 16 words, not a sentence ending in
    a full stop (a question title reads as a paragraph by its length)."""
    t = text.strip()
    return headline_like(t) and len(t.split()) <= 16 and not t.endswith(("»", '"', "”"))


def _title_from_list(texts: Sequence[str], reasons: list[str | None], a: int, b: int) -> int | None:
    """The article's title taken for the last item of a list of headlines right above the
    core ("Topic : headline" lines, the title shaped alike and maybe followed by its lede).

    Only when no title was found: the nearest unit removed as ``headlines`` among the few
    removed units right above the core whose words are a third the core's (as in
    :func:`_title`) is given back, with its teaser (the lede) if it has one."""
    firsts = [k for k in range(a, b + 1) if reasons[k] is None and is_paragraph(texts[k])][:3]
    core_stems = {w[:5] for w in _words_between(texts, reasons, a, firsts[-1])} if firsts else set()
    i = a - 1
    seen = 0
    while i >= 0 and reasons[i] is not None and seen < 8:
        t = texts[i].strip()
        if reasons[i] == "headlines" and headline_like(t) and not is_paragraph(t):
            ws = {w[:5] for w in _content_words(t)}
            if len(ws) >= 3 and len(ws & core_stems) >= 2 and len(ws & core_stems) / len(ws) >= 0.34:
                reasons[i] = None
                if i + 1 < a and reasons[i + 1] == "headlines" and is_paragraph(texts[i + 1]):
                    reasons[i + 1] = None  # its teaser: the article's lede
                return i
        i -= 1
        seen += 1
    return None


def _title_without_core(texts: Sequence[str], reasons: list[str | None]) -> int | None:
    kept = [i for i, r in enumerate(reasons) if r is None]
    if len(kept) >= 2 and headline_like(texts[kept[0]]):
        return kept[0]
    return None
