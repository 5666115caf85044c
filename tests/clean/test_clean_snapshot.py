"""clean() output pinned on the project's own pages, and the fast paths checked against the
code they replace.

Speed work on the filter must not change what it returns. ``snapshot.json`` holds, for every
page of ``seeds/``, ``resources/boilerplate/pages/``, ``tests/clean/dev/`` and the page
families of ``tests/clean/families/`` (cleaned by a :class:`Cleaner` that learned the family),
a digest of the whole ``CleanResult.to_dict()`` plus the metadata and the segment reasons in
clear (so a failure shows what moved). A deliberate change of behaviour regenerates it:

    PYTHONPATH=. python tests/clean/test_clean_snapshot.py --update
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

import pytest
import regex

from frdefnlp.boilerplate import Cleaner, clean, features, langid
from frdefnlp.boilerplate.pages import load_page

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).with_name("snapshot.json")


def _pages() -> list[tuple[str, str]]:
    out = [(f"seeds/{p.name}", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for d in (ROOT / "resources" / "boilerplate" / "pages", ROOT / "tests" / "clean" / "dev"):
        out += [(str(p.relative_to(ROOT)), load_page(p).raw) for p in sorted(d.glob("*.json"))]
    return out


def _entry(d: dict) -> dict:
    blob = json.dumps(d, ensure_ascii=False, sort_keys=True)
    return {
        "sha1": hashlib.sha1(blob.encode("utf-8")).hexdigest(),
        "metadata": d["metadata"],
        "reasons": " ".join(s["reason"] or "-" for s in d["segments"]),
    }


def _current() -> dict[str, dict]:
    langid.clear_cache()
    out = {name: _entry(clean(raw).to_dict()) for name, raw in _pages()}
    fams: dict[str, list] = {}
    for p in sorted((ROOT / "tests" / "clean" / "families").glob("*.json")):
        pg = load_page(p)
        fams.setdefault(pg.id.split("-")[1], []).append(pg)
    for site, fam in fams.items():
        c = Cleaner()
        c.learn([pg.raw for pg in fam], site=site)
        for pg in fam:
            out[f"family/{pg.id}"] = _entry(c.clean(pg.raw, site=site).to_dict())
    return out


def test_clean_output_matches_snapshot() -> None:
    want = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    got = _current()
    assert sorted(got) == sorted(want)
    for name in want:
        assert got[name] == want[name], name


def test_cached_guesses_change_nothing() -> None:
    """A second pass, with every short line's language guess cached, gives the same output."""
    pages = _pages()[:10]
    langid.clear_cache()
    first = [clean(raw).to_dict() for _, raw in pages]
    assert [clean(raw).to_dict() for _, raw in pages] == first


_TEXTS = [
    "Bourse de Casablanca : clôture dans le rouge", "Le ministre a annoncé", "El Gobierno de España",
    "The minister said", "ça va", "DGSN RABAT CASABLANCA", "AB cd EF gh", "l'armée", "São Tomé ñ ¿",
    "Drones : livraison", "OTAN–UE", "مرحبا Maroc", "x", "1-0", "İstanbul Ǆ ǅ", "ŞTİ șț", "a\u2003b c",
]


@pytest.mark.parametrize("langs", [("ar", "en", "es", "fr"), ("ar", "en", "es", "fr", "it"), ("en", "fr")])
def test_inline_langdetect_equals_langdetect(langs: tuple[str, ...]) -> None:
    """The inlined trials and n-gram extraction give langdetect's own probabilities, float for float."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = langid._factory(langs)
    rnd = random.Random(7)
    texts = _TEXTS + ["".join(rnd.choice(_TEXTS) + rnd.choice(" .,") for _ in range(rnd.randint(1, 6)))
                      for _ in range(60)]
    for t in texts:
        a, b = factory.create(), factory.create()  # type: ignore[attr-defined]
        for det in (a, b):
            det.n_trial = 3
            det.append(t)
        try:
            want = [(p.lang, p.prob) for p in a.get_probabilities()]
        except LangDetectException:
            want = None
        try:
            got = [(p.lang, p.prob) for p in langid._probabilities(b)]
        except LangDetectException:
            got = None
        assert got == want, t


_ODD = ["voir https://exemple.ma/a?b=1 et contact@exemple.ma", "a    b     c", "  début", "fin  ",
        "مرحبا بكم في Maroc", "مرحبا بكم في المغرب Rabat", "Tiếng Việt có dấu", "Vie\u0302\u0301t Nam",
        "ABC DEF ghi", "[A-z] ^_` \\", "x" * 50 + " " * 5 + "y", "", "   ", "…", "Ǆ ǅ ǆ", "\u1e00\u1eff\u0300 ab"]


@pytest.mark.parametrize("langs", [("ar", "en", "es", "fr"), ("ar", "en", "es", "fr", "it")])
def test_langdetect_without_detector_equals_langdetect(langs: tuple[str, ...]) -> None:
    """The text preparation (append + cleaning_text) and the trials without a Detector give
    langdetect's own probabilities, float for float, on odd texts too (URLs, runs of spaces,
    Arabic with Latin, Vietnamese marks)."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = langid._factory(langs)
    rnd = random.Random(11)
    pool = _TEXTS + _ODD
    texts = pool + ["".join(rnd.choice(pool) + rnd.choice(["", " ", "  ", ". "]) for _ in range(rnd.randint(1, 8)))
                    for _ in range(120)]
    langid.clear_cache()
    for t in texts:
        det = factory.create()  # type: ignore[attr-defined]
        det.n_trial = langid.N_TRIAL
        det.append(t)
        try:
            want = {p.lang: p.prob for p in det.get_probabilities()}
        except LangDetectException:
            want = {}
        det2 = factory.create()  # type: ignore[attr-defined]
        det2.append(t)
        det2.cleaning_text()
        assert langid._prepare(t) == det2.text, t
        for _ in range(2):  # the second time with every word's vectors cached
            assert langid._langdetect(t, langs) == want, t


def test_counts_by_deletion_equal_findall() -> None:
    rnd = random.Random(3)
    alphabet = "aZé É1٣ .,;!?«»\u00a0\t_-ß\u0645\u2003€°ǅ"
    for _ in range(300):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        assert len(features._NOT_LETTER.sub("", s)) == len(regex.findall(r"\p{L}", s))
        assert len(features._NOT_UPPER.sub("", s)) == len(regex.findall(r"\p{Lu}", s))
        assert len(features._NOT_DIGIT.sub("", s)) == len(regex.findall(r"\d", s))
        assert len(features._NOT_PUNCT.sub("", s)) == len(regex.findall(r"[^\w\s]", s))
        assert len(langid._NON_LETTERS.sub("", s)) == len(regex.findall(r"\p{L}", s))


def test_fast_paths_of_segmentation_are_exact() -> None:
    """A line the hints pass over has no separator and nothing to repair."""
    from frdefnlp.boilerplate import normalize, segment

    # Every character a repair starts with, other than "&" and "<", is not printable.
    for cp in range(0x110000):
        ch = chr(cp)
        if normalize._FIX.match(ch) and ch not in "&<":
            assert not ch.isprintable(), hex(cp)
    rnd = random.Random(9)
    alphabet = "ab .:|•·-\t\u00a0\u202f\u2007\u3000\u2009&<>;\u200b\u00adé"
    for _ in range(4000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        hinted = any(h in s for h in segment._SEP_HINTS)
        assert hinted or not list(segment._SEP.finditer(s)), repr(s)
        quick = "&" not in s and "<" not in s and s.isprintable()
        assert not quick or normalize._FIX.search(s) is None, repr(s)


def test_normalize_without_repairs_is_one_piece() -> None:
    from frdefnlp.boilerplate.normalize import normalize_segment

    assert normalize_segment("", 4) == ("", [])
    assert normalize_segment("Le Maroc a reçu", 10) == ("Le Maroc a reçu", [(0, 15, 10, 25)])
    text, pieces = normalize_segment("a&amp;b\tc", 0)
    assert text == "a&b c" and len(pieces) > 1


if __name__ == "__main__" and "--update" in sys.argv:
    SNAPSHOT.write_text(json.dumps(_current(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
