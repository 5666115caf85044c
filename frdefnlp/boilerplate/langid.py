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
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .._resources import cached, read_json

__all__ = ["LanguageGuess", "detect_language", "clear_cache", "PLAUSIBLE"]

#: Languages the press this library targets publishes in.
PLAUSIBLE: tuple[str, ...] = ("fr", "es", "en", "ar")

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)?|\p{L}+['’]")
_ARABIC = regex.compile(r"\p{Arabic}")
_NON_LETTERS = regex.compile(r"\P{L}+")
_APOS = regex.compile(r"['’]")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """``lang`` (ISO 639-1, or ``None`` when the text gives no evidence), ``score`` in [0, 1]
    (share of the evidence that went to ``lang``) and ``method`` (``script``, ``words`` or
    ``langdetect``)."""

    lang: str | None
    score: float
    method: str


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
    factory = _factory(langs)
    if factory is None:
        return {}
    from langdetect.lang_detect_exception import LangDetectException

    detector = factory.create()  # type: ignore[attr-defined]
    detector.n_trial = 3  # 7 by default; on the short texts that reach here 1 to 7 all agree (267 ticker headlines)
    detector.append(text)
    try:
        probs = _probabilities(detector) if _INLINE_DRAWS else detector.get_probabilities()
        return {p.lang: p.prob for p in probs}
    except LangDetectException:  # no letters it knows
        return {}


#: The inlined draws of :func:`_probabilities` are those of this Python's ``random.choice``.
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


def _ngram_vectors(text: str, wlpm: dict[str, list[float]]) -> list[list[float]]:
    """The profile vectors of the n-grams langdetect's ``Detector._extract_ngrams`` extracts
    from ``text``, in its order: its ``NGram.add_char`` state machine inlined, the character
    normalisation cached."""
    result: list[list[float]] = []
    grams = " "
    cap = False
    for ch in _normalize_text(text):
        last = grams[-1]
        if last == " ":
            grams = " "
            cap = False
            if ch == " ":
                continue  # the buffer is " ": no n-gram
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                cap = True
        else:
            cap = False
        if cap:
            continue
        g = len(grams)
        for n in (1, 2, 3):
            if g < n:
                break
            w = grams[-n:]
            if w != " ":
                v = wlpm.get(w)
                if v is not None:
                    result.append(v)
    return result


def _probabilities(det: object) -> list[object]:
    """``det.get_probabilities()`` computed the same way, float for float, in less time.

    langdetect's ``_detect_block`` spends most of its time in per-n-gram method calls
    (``random.choice``, ``_update_lang_prob`` with its dictionary lookup, the per-element
    loops). This runs the same trials with the same random draws in the same order and the
    same arithmetic (``p * (weight + q)``, then normalisation by ``sum``), so the
    probabilities are identical; only the Python overhead goes.
    """
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    d = det  # type: Any
    d.cleaning_text()
    vecs = _ngram_vectors(d.text, d.word_lang_prob_map)
    if not vecs:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    nv = len(vecs)
    nl = len(d.langlist)
    langprob = [0.0] * nl
    rnd = d.random
    rnd.seed(d.seed)
    # random.choice(seq) is seq[rnd._randbelow(len(seq))]; _randbelow draws getrandbits(k)
    # until the draw is below n (Random._randbelow_with_getrandbits): inlined, same draws.
    getrandbits = rnd.getrandbits
    k = nv.bit_length()
    conv, limit, n_trial = d.CONV_THRESHOLD, d.ITERATION_LIMIT, d.n_trial
    for _t in range(n_trial):
        prob = d._init_probability()
        alpha = d.alpha + rnd.gauss(0.0, 1.0) * d.ALPHA_WIDTH
        weight = alpha / d.BASE_FREQ
        if nl == 4:
            p0, p1, p2, p3 = prob
            i = 0
            while True:
                r = getrandbits(k)
                while r >= nv:
                    r = getrandbits(k)
                q0, q1, q2, q3 = vecs[r]
                p0 *= weight + q0
                p1 *= weight + q1
                p2 *= weight + q2
                p3 *= weight + q3
                if i % 5 == 0:
                    sump = sum((p0, p1, p2, p3))
                    p0 /= sump
                    p1 /= sump
                    p2 /= sump
                    p3 /= sump
                    maxp = 0.0
                    for p in (p0, p1, p2, p3):
                        if maxp < p:
                            maxp = p
                    if maxp > conv or i >= limit:
                        break
                i += 1
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
    d.langprob = langprob
    return d._sort_probability(langprob)


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
    langs = _candidates(languages if isinstance(languages, tuple) else tuple(languages))
    if len(text) > 300:
        return _detect(text, langs, cheap)
    # Short texts repeat across the pages of a site (the same ticker on every page): cached.
    return _detect_cached(text, langs, cheap)


@functools.lru_cache(maxsize=64)
def _candidates(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The languages to choose among: :data:`PLAUSIBLE` and the caller's, sorted."""
    return tuple(sorted(set(PLAUSIBLE) | set(languages)))


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
    letters = len(_NON_LETTERS.sub("", sample))  # the letters counted without a list of them
    if letters == 0:
        return LanguageGuess(None, 0.0, "none")
    # Arabic letters all sit at U+0600 or above: most samples need no Arabic count.
    arabic = len(_ARABIC.findall(sample)) if max(sample) >= "\u0600" else 0
    if arabic / letters >= 0.5:
        return LanguageGuess("ar" if "ar" in langs else None, arabic / letters, "script")

    words, markers = _lexicon()
    votes: dict[str, float] = dict.fromkeys(langs, 0.0)
    tokens = _WORD.findall(sample.lower())
    for tok in tokens:
        hit = words.get(tok)
        if hit is None and ("'" in tok or "’" in tok):
            hit = words.get(_APOS.split(tok, maxsplit=1)[0] + "'")
        if hit:
            for lang in hit:
                if lang in votes:
                    votes[lang] += 1.0
    for ch in set(sample).intersection(markers):
        for lang in markers[ch]:
            if lang in votes:
                votes[lang] += 0.75
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    total = sum(v for _, v in ranked)
    best, top = ranked[0]
    if len(tokens) <= 2 and not total:
        # One or two words with no function word or diacritic: a name, not a language.
        return LanguageGuess(None, 0.0, "none")
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    # Clear evidence: enough votes and a margin. Long texts almost always end here.
    if (top >= 2 and top >= 2.5 * second) or (top >= 1.5 and second == 0):
        return LanguageGuess(best, top / total, "words")

    probs = {} if cheap else _langdetect(sample, langs)
    if not probs:
        if top > 0 and top > second:
            return LanguageGuess(best, top / total, "words")
        return LanguageGuess(None, 0.0, "none")
    # Combine: langdetect's probability counts as three votes.
    combined = {lang: votes.get(lang, 0.0) + 3.0 * probs.get(lang, 0.0) for lang in langs}
    ranked = sorted(combined.items(), key=lambda kv: (-kv[1], kv[0]))
    total = sum(v for _, v in ranked) or 1.0
    best, top = ranked[0]
    return LanguageGuess(best, top / total, "langdetect")


def clear_cache() -> None:
    """Forget cached guesses (benchmarks call it to measure cold work)."""
    _detect_cached.cache_clear()
