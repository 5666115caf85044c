"""Language identification that holds up on five-word headlines.

langdetect (character n-grams) is good on paragraphs and weak on short headlines: on a
ticker it calls "Bourse de Casablanca : clôture dans le rouge" French but mistakes many short
French titles for Catalan, Italian or Romanian. Two things fix that here:

* the detector only chooses among *plausible* languages (French, Spanish, English, Arabic and
  whatever the caller asked for), by loading only those profiles into a private, seeded
  langdetect factory (the global ``langdetect.DetectorFactory`` is left alone);
* cheap evidence that is strong on short text votes first: the script (Arabic letters),
  function words that are frequent in one language and rare in the others, and diacritics
  or punctuation typical of one language (``ñ ¿ ¡`` for Spanish, ``è ê ç œ « »`` for French).
  langdetect is only called when that evidence is thin or split, which also keeps the cost
  down (a langdetect call costs ~2.5 ms; the evidence costs microseconds).

Word lists live in ``resources/langid/function_words.json``.
"""

from __future__ import annotations

import functools
import json
import os
import random
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import regex

from .._resources import cached, read_json

__all__ = ["LanguageGuess", "detect_language", "clear_cache", "PLAUSIBLE"]

#: Languages the press this library targets publishes in.
PLAUSIBLE: tuple[str, ...] = ("fr", "es", "en", "ar")

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)?|\p{L}+['’]")
_ARABIC = regex.compile(r"\p{Arabic}")
_NON_LETTERS = regex.compile(r"\P{L}+")
_LETTER = regex.compile(r"\p{L}")
_APOS = regex.compile(r"['’]")
#: Any character at U+0600 or above (stdlib ``re``: code points, one C scan; same answer as
#: ``max(sample) >= "\u0600"`` without comparing characters one by one in Python).
_HIGH = re.compile("[\u0600-\U0010ffff]")


def _latin1(s: str) -> bool:
    """Whether every character of ``s`` is below U+0100 (then none is Arabic): encoding a
    string stored one byte a character is a copy."""
    try:
        s.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """``lang`` (ISO 639-1, or ``None`` when the text gives no evidence), ``score`` in [0, 1]
    (share of the evidence that went to ``lang``) and ``method`` (``script``, ``words`` or
    ``langdetect``)."""

    lang: str | None
    score: float
    method: str


#: The guess of a text that gives no evidence (immutable: one instance for all).
_NO_GUESS = LanguageGuess(None, 0.0, "none")

_g_lang, _g_score, _g_method = (getattr(LanguageGuess, f).__set__ for f in LanguageGuess.__slots__)  # type: ignore[attr-defined]


def _guess(lang: str | None, score: float, method: str) -> LanguageGuess:
    """``LanguageGuess(lang, score, method)`` without the frozen dataclass's per-field
    ``object.__setattr__`` calls (one guess a unit; the same object, see the tests)."""
    g = object.__new__(LanguageGuess)
    _g_lang(g, lang)
    _g_score(g, score)
    _g_method(g, method)
    return g


@cached
def _lexicon() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Word -> languages it votes for; character -> languages it votes for."""
    data = read_json("langid/function_words.json")
    words: dict[str, list[str]] = {}
    for lang in sorted(data["words"]):
        for w in data["words"][lang]:
            words.setdefault(w.lower(), []).append(lang)
    markers: dict[str, list[str]] = {}
    for lang in sorted(data["markers"]):
        for ch in data["markers"][lang]:
            markers.setdefault(ch, []).append(lang)
    return ({w: tuple(v) for w, v in words.items()}, {c: tuple(v) for c, v in markers.items()})


@functools.lru_cache(maxsize=64)
def _vote_tables(langs: tuple[str, ...]) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """The lexicon for one candidate set: word -> indices in ``langs`` of the languages it
    votes for (an empty tuple for a word of other languages only: it is found, so its
    elided form is not looked up); character -> the same for the markers (only those that
    vote among ``langs``)."""
    words, markers = _lexicon()
    idx = {lang: j for j, lang in enumerate(langs)}
    return ({w: tuple(idx[x] for x in v if x in idx) for w, v in words.items()},
            {c: t for c, v in markers.items() if (t := tuple(idx[x] for x in v if x in idx))})


_FACTORIES: dict[tuple[str, ...], object] = {}
_LOCK = threading.Lock()


def _factory(langs: tuple[str, ...]) -> object | None:
    """A seeded langdetect factory holding only the profiles of ``langs`` (cached)."""
    with _LOCK:
        if langs in _FACTORIES:
            return _FACTORIES[langs]
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        profiles = []
        for lang in langs:
            path = os.path.join(PROFILES_DIRECTORY, lang)
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as fh:
                    profiles.append(fh.read())
        factory: object | None = None
        if len(profiles) >= 2:
            f = DetectorFactory()
            f.load_json_profile([json.dumps(json.loads(p)) for p in profiles])
            f.seed = 0  # instance attribute: determinism without touching the global factory
            factory = f
        _FACTORIES[langs] = factory
        return factory


def _langdetect(text: str, langs: tuple[str, ...]) -> dict[str, float]:
    """langdetect's probabilities (above its 0.1 threshold) of ``text`` among ``langs``: what
    ``factory.create()``, ``n_trial = 3``, ``append(text)`` and ``get_probabilities()`` give,
    float for float, without building a ``Detector`` (see :func:`_prepare` and
    :func:`_trials`)."""
    factory = _factory(langs)
    if factory is None:
        return {}
    if not _INLINE_DRAWS:  # another Python's random.choice: langdetect's own code
        from langdetect.lang_detect_exception import LangDetectException

        detector = factory.create()  # type: ignore[attr-defined]
        detector.n_trial = N_TRIAL
        detector.append(text)
        try:
            return {p.lang: p.prob for p in detector.get_probabilities()}
        except LangDetectException:  # no letters it knows
            return {}
    f: Any = factory
    vecs = _ngram_vectors(_prepare(text), f.word_lang_prob_map)
    if not vecs:
        return {}  # langdetect: "No features in text."
    langprob = _trials(vecs, len(f.langlist), f.seed)
    return {lang: p for lang, p in zip(f.langlist, langprob, strict=True) if p > _PROB_THRESHOLD}


#: Trials per text (langdetect's default is 7; on the short texts that reach it here 1 to 7
#: all agree: 267 ticker headlines).
N_TRIAL = 3
_PROB_THRESHOLD = 0.1  # Detector.PROB_THRESHOLD
_SPACES = re.compile(" {2,}")
#: Latin letters as langdetect's ``cleaning_text`` counts them (``'A' <= ch <= 'z'``).
_LATIN = re.compile("[A-z]")
#: Characters it counts as non-Latin: ``ch >= '\u0300'`` (its test of the Latin Extended
#: Additional block compares a block number with a name, so it never excludes anything).
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")


def _prepare(text: str) -> str:
    """``Detector.append(text)`` then ``Detector.cleaning_text()``: URLs and e-mail addresses
    blanked, Vietnamese normalised, cut to 10,000 characters, runs of spaces made one; Latin
    letters dropped when non-Latin characters outnumber them twice. Same text, no per-character
    Python loop."""
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram

    t = Detector.URL_RE.sub(" ", text)
    t = Detector.MAIL_RE.sub(" ", t)
    t = NGram.normalize_vi(t)
    t = _SPACES.sub(" ", t[:10000])
    if len(_LATIN.findall(t)) * 2 < len(_NON_LATIN.findall(t)):
        t = _LATIN.sub("", t)
    return t


#: The random draws are those of this Python's ``random.choice`` (checked, else langdetect runs).
_INLINE_DRAWS = random.Random._randbelow is random.Random._randbelow_with_getrandbits  # type: ignore[attr-defined]


#: ``ord(ch) -> NGram.normalize(ch)`` for every character seen so far (a ``str.translate``
#: table: the whole text is normalised in one C call).
_NORMALIZED: dict[int, str] = {}


def _normalize_text(text: str) -> str:
    """``text`` with langdetect's ``NGram.normalize`` applied to every character."""
    from langdetect.utils.ngram import NGram

    missing = [ch for ch in set(text) if ord(ch) not in _NORMALIZED]
    if len(_NORMALIZED) + len(missing) > 20000:  # bounded memory: a one-off table for odd text
        return text.translate({ord(ch): NGram.normalize(ch) for ch in set(text)})
    for ch in missing:
        _NORMALIZED[ord(ch)] = NGram.normalize(ch)  # same value from any thread
    return text.translate(_NORMALIZED)


#: Per profile map (by identity): (normalised word, followed by a space) -> its n-gram vectors.
_WORD_VECTORS: dict[int, tuple[object, dict[tuple[str, bool], tuple[list[float], ...]]]] = {}
_WORD_VECTORS_MAX = 50000


def _word_vectors(word: str, spaced: bool, wlpm: dict[str, list[float]]) -> tuple[list[float], ...]:
    """The vectors of the n-grams langdetect's ``NGram.add_char`` state machine yields for one
    space-free ``word`` read right after a space (its state is reset there), and for the space
    that follows it when ``spaced``."""
    # After a space the buffer holds " ", so the n-grams ending at each character of
    # " " + word (+ " ") are its last one, two and three characters; none where the character
    # and the one before it are both upper case (langdetect's "capital word"), and no 1-gram
    # for the space.
    p = (" " + word + " ") if spaced else (" " + word)
    get = wlpm.get
    result: list[list[float]] = []
    prev_upper = False
    for i in range(1, len(p)):
        ch = p[i]
        upper = ch.isupper()
        if upper and prev_upper:
            continue
        prev_upper = upper
        if ch != " ":
            v = get(ch)
            if v is not None:
                result.append(v)
        v = get(p[i - 1:i + 1])
        if v is not None:
            result.append(v)
        if i >= 2:
            v = get(p[i - 2:i + 1])
            if v is not None:
                result.append(v)
    return tuple(result)


def _ngram_vectors(text: str, wlpm: dict[str, list[float]]) -> list[list[float]]:
    """The profile vectors of the n-grams langdetect's ``Detector._extract_ngrams`` extracts
    from ``text``, in its order. Its ``NGram.add_char`` state is reset after every space, so
    the n-grams are those of each space-separated word (with the space after it), computed
    once per word and kept (bounded) for the next texts."""
    entry = _WORD_VECTORS.get(id(wlpm))
    if entry is None or entry[0] is not wlpm or len(entry[1]) > _WORD_VECTORS_MAX:
        entry = _WORD_VECTORS[id(wlpm)] = (wlpm, {})
    cache = entry[1]
    words = _normalize_text(text).split(" ")
    last = len(words) - 1
    result: list[list[float]] = []
    for k, w in enumerate(words):
        if not w:
            continue  # a space right after a space (or at the start): no n-gram
        key = (w, k < last)
        v = cache.get(key)
        if v is None:
            v = cache[key] = _word_vectors(w, k < last, wlpm)
        result.extend(v)
    return result


def _trials(vecs: list[list[float]], nl: int, seed: int | None) -> list[float]:
    """langdetect's ``_detect_block`` trials on the n-gram vectors ``vecs``: the same random
    draws in the same order and the same arithmetic (``p * (weight + q)``, then normalisation
    by ``sum``), so the probabilities are identical; only the Python overhead goes."""
    from langdetect.detector import Detector

    nv = len(vecs)
    langprob = [0.0] * nl
    rnd = _random()
    rnd.seed(seed)
    # random.choice(seq) is seq[rnd._randbelow(len(seq))]; _randbelow draws getrandbits(k)
    # until the draw is below n (Random._randbelow_with_getrandbits): inlined, same draws.
    getrandbits = rnd.getrandbits
    k = nv.bit_length()
    conv, limit, n_trial = Detector.CONV_THRESHOLD, Detector.ITERATION_LIMIT, N_TRIAL
    init = 1.0 / nl
    for _t in range(n_trial):
        prob = [init] * nl
        alpha = Detector.ALPHA_DEFAULT + rnd.gauss(0.0, 1.0) * Detector.ALPHA_WIDTH
        weight = alpha / Detector.BASE_FREQ
        if nl == 4 and limit % 5 == 0:
            # langdetect's loop (draw, multiply; every fifth step from the first, normalise
            # and stop when converged or at the limit) without its per-step test: step 0,
            # then blocks of five steps, each block ending on the check. The limit is a
            # multiple of five, so the checks fall on the same steps: same draws, same
            # products, same stop.
            p0, p1, p2, p3 = prob
            r = getrandbits(k)
            while r >= nv:
                r = getrandbits(k)
            q0, q1, q2, q3 = vecs[r]
            p0 *= weight + q0
            p1 *= weight + q1
            p2 *= weight + q2
            p3 *= weight + q3
            i = 0
            while True:
                # sum() of the list: 0 + p0, then p1, p2, p3 added in a C double: the same sum.
                sump = p0 + p1 + p2 + p3
                p0 /= sump
                p1 /= sump
                p2 /= sump
                p3 /= sump
                # max(p) > conv, without building the maximum: the same test.
                if p0 > conv or p1 > conv or p2 > conv or p3 > conv or i >= limit:
                    break
                i += 5
                # Five steps, written out (no loop of its own to run).
                r = getrandbits(k)
                while r >= nv:
                    r = getrandbits(k)
                q0, q1, q2, q3 = vecs[r]
                p0 *= weight + q0
                p1 *= weight + q1
                p2 *= weight + q2
                p3 *= weight + q3
                r = getrandbits(k)
                while r >= nv:
                    r = getrandbits(k)
                q0, q1, q2, q3 = vecs[r]
                p0 *= weight + q0
                p1 *= weight + q1
                p2 *= weight + q2
                p3 *= weight + q3
                r = getrandbits(k)
                while r >= nv:
                    r = getrandbits(k)
                q0, q1, q2, q3 = vecs[r]
                p0 *= weight + q0
                p1 *= weight + q1
                p2 *= weight + q2
                p3 *= weight + q3
                r = getrandbits(k)
                while r >= nv:
                    r = getrandbits(k)
                q0, q1, q2, q3 = vecs[r]
                p0 *= weight + q0
                p1 *= weight + q1
                p2 *= weight + q2
                p3 *= weight + q3
                r = getrandbits(k)
                while r >= nv:
                    r = getrandbits(k)
                q0, q1, q2, q3 = vecs[r]
                p0 *= weight + q0
                p1 *= weight + q1
                p2 *= weight + q2
                p3 *= weight + q3
            prob = [p0, p1, p2, p3]
        else:
            i = 0
            while True:
                r = getrandbits(k)
                while r >= nv:
                    r = getrandbits(k)
                prob = [p * (weight + q) for p, q in zip(prob, vecs[r], strict=False)]
                if i % 5 == 0:
                    sump = sum(prob)
                    prob = [p / sump for p in prob]
                    maxp = 0.0
                    for p in prob:
                        if maxp < p:
                            maxp = p
                    if maxp > conv or i >= limit:
                        break
                i += 1
        for j in range(nl):
            langprob[j] += prob[j] / n_trial
    return langprob


_LOCAL = threading.local()


def _random() -> random.Random:
    """This thread's generator for the trials (seeded at each text, as a new Detector's is)."""
    rnd = getattr(_LOCAL, "rnd", None)
    if rnd is None:
        rnd = _LOCAL.rnd = random.Random(0)
    return rnd


def _probabilities(det: object) -> list[object]:
    """``det.get_probabilities()`` computed the same way, float for float, in less time."""
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    d: Any = det
    d.cleaning_text()
    vecs = _ngram_vectors(d.text, d.word_lang_prob_map)
    if not vecs:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    if (d.n_trial, d.alpha, d.prior_map) != (N_TRIAL, d.ALPHA_DEFAULT, None):
        raise ValueError("_probabilities replays n_trial=3, the default alpha and no prior")
    d.langprob = _trials(vecs, len(d.langlist), d.seed)
    return d._sort_probability(d.langprob)


def detect_language(text: str, languages: Iterable[str] = (), *, cheap: bool = False) -> LanguageGuess:
    """Guess the language of ``text`` among :data:`PLAUSIBLE` and ``languages``.

    Deterministic. Cost: bounded (the first 600 characters are enough to tell); langdetect
    runs only when function words and diacritics do not settle the question, and never with
    ``cheap=True`` (then an unsettled question gives the leading language or ``None``).

    >>> detect_language("Bourse de Casablanca : clôture dans le rouge").lang
    'fr'
    >>> detect_language("Inundaciones: -10% en la producción de frutos rojos en Marruecos").lang
    'es'
    >>> detect_language("1-0").lang is None
    True
    """
    return guess_language(text, candidates(languages if isinstance(languages, tuple) else tuple(languages)), cheap)


@functools.lru_cache(maxsize=64)
def candidates(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The languages to choose among: :data:`PLAUSIBLE` and the caller's, sorted."""
    return tuple(sorted(set(PLAUSIBLE) | set(languages)))


def guess_language(text: str, cands: tuple[str, ...], cheap: bool) -> LanguageGuess:
    """:func:`detect_language` among ``cands`` as :func:`candidates` gives them (a caller
    guessing many texts computes them once)."""
    if len(text) > 300:
        return _detect(text, cands, cheap)
    # Short texts repeat across the pages of a site (the same ticker on every page): cached.
    return _detect_cached(text, cands, cheap)


@functools.lru_cache(maxsize=8192)
def _detect_cached(text: str, langs: tuple[str, ...], cheap: bool) -> LanguageGuess:
    return _detect(text, langs, cheap)


def _detect(text: str, langs: tuple[str, ...], cheap: bool) -> LanguageGuess:
    sample = text if len(text) <= 600 else text[:600]
    if sample.isupper():
        # A line in capitals (a title, a rubric) has its language in the same letters, but
        # langdetect skips all-capital n-grams (acronyms) and the diacritic markers are
        # lower case: judge it in lower case.
        sample = sample.lower()
    # Arabic letters all sit at U+0600 or above: most samples need no Arabic count, and then
    # no letter count either (only whether there is a letter).
    if not sample:
        return _NO_GUESS
    if not sample.isascii() and not _latin1(sample) and _HIGH.search(sample) is not None:
        letters = len(_NON_LETTERS.sub("", sample, 0, None, None, False))  # the letters counted without a list of them
        if letters == 0:
            return _NO_GUESS
        arabic = len(_ARABIC.findall(sample, None, None, False, False))
        if arabic / letters >= 0.5:
            return _guess("ar" if "ar" in langs else None, arabic / letters, "script")
    elif _LETTER.search(sample, None, None, False) is None:
        return _NO_GUESS

    word_votes, marker_votes = _vote_tables(langs)
    nl = len(langs)
    counts = [0.0] * nl  # votes, by index in langs
    tokens = _WORD.findall(sample.lower(), None, None, False, False)
    for tok in tokens:
        hit = word_votes.get(tok)
        if hit is None and ("'" in tok or "’" in tok):
            hit = word_votes.get(_APOS.split(tok, 1, False)[0] + "'")
        if hit:
            for j in hit:
                counts[j] += 1.0
    # About twenty marker characters: a substring test each beats building the set of the
    # sample's characters (the order of the additions does not matter, see below).
    for ch, hit in marker_votes.items():
        if ch in sample:
            for j in hit:
                counts[j] += 0.75
    # Votes are multiples of 0.25: their sums are exact in any order. Ties go to the first
    # language in alphabetical order (langs is sorted).
    top = max(counts)
    b = counts.index(top)  # the first of the best
    total = sum(counts)
    best = langs[b]
    if len(tokens) <= 2 and not total:
        # One or two words with no function word or diacritic: a name, not a language.
        return _NO_GUESS
    second = max(counts[:b] + counts[b + 1:]) if nl > 1 else 0.0
    # Clear evidence: enough votes and a margin. Long texts almost always end here.
    if (top >= 2 and top >= 2.5 * second) or (top >= 1.5 and second == 0):
        return _guess(best, top / total, "words")

    probs = {} if cheap else _langdetect(sample, langs)
    if not probs:
        if top > 0 and top > second:
            return _guess(best, top / total, "words")
        return _NO_GUESS
    # Combine: langdetect's probability counts as three votes.
    combined = {lang: counts[j] + 3.0 * probs.get(lang, 0.0) for j, lang in enumerate(langs)}
    ranked = sorted(combined.items(), key=lambda kv: (-kv[1], kv[0]))
    total = sum(v for _, v in ranked) or 1.0
    best, top = ranked[0]
    return _guess(best, top / total, "langdetect")


#: ``cache_clear`` of the other per-text caches of :func:`frdefnlp.clean` (a line's own
#: decision, a paragraph's words): :func:`clear_cache` forgets them too.
_OTHER_CACHES: list[Callable[[], None]] = []


def register_cache(cache_clear: Callable[[], None]) -> None:
    """Have :func:`clear_cache` also call ``cache_clear`` (a per-text cache of another module)."""
    _OTHER_CACHES.append(cache_clear)


def clear_cache() -> None:
    """Forget every per-text cache of :func:`frdefnlp.clean`: language guesses, the n-gram
    vectors of words seen and the caches registered with :func:`register_cache`. Benchmarks
    call it to measure cold work: what new pages would pay for."""
    _detect_cached.cache_clear()
    _WORD_VECTORS.clear()
    for cache_clear in _OTHER_CACHES:
        cache_clear()
