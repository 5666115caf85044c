"""The shortcuts of the cold-speed work give the answers of the code they stand for.

Each test pits a shortcut (a gate that skips a regex, a cache, a sum in C) against the plain
computation, over every code point where the claim is about characters, and over the
project's own lines plus random strings where it is about patterns. ``bench/digest_clean.py``
checks the whole output on many more texts.
"""

from __future__ import annotations

import random
import string
from pathlib import Path

import regex

from frdefnlp.boilerplate import dispatch, html, kinds, langid, model, rules, segment, structure
from frdefnlp.boilerplate.pages import load_page

ROOT = Path(__file__).resolve().parents[2]


def _lines() -> list[str]:
    out: dict[str, None] = {}
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        for ln in p.read_text(encoding="utf-8").splitlines():
            out.setdefault(ln.strip(), None)
    for d in (ROOT / "resources" / "boilerplate" / "pages", ROOT / "tests" / "clean" / "dev"):
        for p in sorted(d.glob("*.json")):
            for ln in load_page(p).raw.splitlines():
                out.setdefault(ln.strip(), None)
    out.pop("", None)
    return list(out)


_ALPHABET = (string.ascii_letters + string.digits + " .,:;!?()[]|/-–—'’«»©@#&*+=_\"\u00a0\u202f\t"
             + "éèàçÉÀœñ¿ßſKİıΣσς" + "ال")


def _random_strings(n: int, seed: int, pool: list[str]) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        if pool and rnd.random() < 0.5:
            s = rnd.choice(pool)
            k = rnd.randrange(len(s) + 1)
            s = s[:k] + "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 4))) + s[k:]
        else:
            s = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 60)))
        out.append(s.strip() or "x")
    return out


def test_strip_set_is_the_one_strip_span_uses() -> None:
    every = {chr(cp) for cp in range(0x110000) if chr(cp).isspace()}
    assert set(segment._STRIP) == every | set(segment._WS)


def test_hints_equal_the_substring_tests() -> None:
    for s in _random_strings(3000, 1, []) + ["a  b", "a\u3000b", "x ·y", "a::b", "a |b"]:
        assert segment._has_hint(s) == any(h in s for h in segment._SEP_HINTS), repr(s)


def test_date_prefix_gate() -> None:
    """``split_prefix`` looks at a line only when it starts with a blank, "d" or "p"."""
    pats = rules._bylines().prefixes
    starts = ["date 2021-11 Le", "publié le 3/4/2022 à 10h20 Le", " date : 2021-11-02 X", "Date 2020-01 a"]
    for s in _random_strings(2000, 2, starts) + starts:
        plain = next((m.end() for p in pats if (m := p.match(s))), 0)
        assert rules.split_prefix(s) == plain, repr(s)


def test_caseless_characters_have_no_other_case() -> None:
    """An atom made of these characters matches them and nothing else, case folding or not."""
    cls = regex.compile("[" + "".join(regex.escape(c) for c in sorted(dispatch._CASELESS)) + "]", regex.I | regex.V0)
    found = {chr(cp) for cp in range(0x110000) if cls.fullmatch(chr(cp))}
    assert found == set(dispatch._CASELESS)


def _alternations() -> list[tuple[str, dispatch.Alternation]]:
    d = kinds._data()
    out = [(name, getattr(d, name)) for name in ("cap_end", "cap_start", "media", "site", "symbol", "signature",
                                                 "pr_phrases", "comments", "paywall")]
    out += [(c.name, c.pattern) for c in rules._categories()]
    out += [("starts", rules._bylines().starts), ("read_more_heading", rules._read_more_heading())]
    return out


def test_alternations_answer_as_the_full_pattern() -> None:
    """First-character groups, needed characters and the no-space rule change no answer."""
    lines = _lines()
    texts = lines + _random_strings(3000, 3, lines)
    for name, alt in _alternations():
        full = alt.full
        for s in texts:
            if alt.at_end:
                pos = max(0, len(s) - 140)
                assert alt.matches(s, pos) == bool(full.search(s, pos)), (name, s)
            else:
                assert alt.matches(s) == bool(full.match(s)), (name, s)


def test_needed_characters_are_needed() -> None:
    for name, alt in _alternations():
        for p in alt.patterns:
            need = dispatch.needed_chars(p)
            if need is None:
                continue
            pat = regex.compile(p, alt.flags)
            for s in _random_strings(300, 4, []):
                if not any(c in s for c in need):
                    assert pat.search(s) is None, (name, p, s)


def test_year_gate_of_dates() -> None:
    """Every date pattern and the year pattern need "19" or "20" in the text."""
    pats = [p for _, p in rules._bylines().dates] + [kinds._YEAR]
    rnd = random.Random(5)
    digits = "0123456789١٢٣"
    for _ in range(4000):
        s = "".join(rnd.choice(digits + " -/.janvierdécembre2025") for _ in range(rnd.randint(1, 30)))
        if "19" in s or "20" in s:
            continue
        assert all(p.search(s) is None for p in pats), s
        assert rules.parse_date(s) is None


def test_imperative_gate() -> None:
    d = kinds._data()
    lines = _lines()
    for s in lines + _random_strings(2000, 6, lines):
        if d.pr_imp_first is not None and s and s[0].lower()[:1] not in d.pr_imp_first:
            assert d.pr_imperatives.match(s.lower()) is None, s


def test_prediction_sum_equals_the_loop() -> None:
    m = model.load_model()
    rnd = random.Random(8)
    for _ in range(500):
        x = [rnd.choice([0.0, 1.0, rnd.random(), rnd.uniform(-3, 9)]) for _ in m.coef]
        z = m.intercept
        for v, mu, sc, c in zip(x, m.mean, m.scale, m.coef, strict=True):
            z += c * ((v - mu) / sc)
        got = m.predict(x)
        import math
        want = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        assert got == want


def test_latin1_and_html_gates() -> None:
    for s in ["Le Maroc", "café", "ÿ", "Ā", "مرحبا", "a\u0600", "😀"]:
        assert (langid._latin1(s) and langid._HIGH.search(s) is None) or not langid._latin1(s)
    assert not html.looks_like_html("pas de balise ici" * 100)
    assert html.looks_like_html("<!DOCTYPE html><html><body>x</body></html>")


def test_cached_shortcuts_answer_as_the_plain_code() -> None:
    langid.clear_cache()
    for s in _lines()[:400] + _random_strings(500, 9, []):
        t = s.rstrip()
        want = len(t) >= structure.PARA_LONG or (len(t) >= 60 and t.endswith(structure._TERMINAL)
                                                 and not t.endswith(structure._ELLIPSIS))
        assert structure.is_paragraph(s) == want == structure.is_paragraph(s)
        assert kinds.unit_words(s) == tuple(kinds.words_of(s))


def test_crumb_gate() -> None:
    from frdefnlp.boilerplate import features

    lines = _lines()
    for s in lines + _random_strings(3000, 10, lines) + ["a › b", "a » b", "x / y", "a > b", "a | b"]:
        if not features._has_crumb_mark(s):
            assert features._CRUMB.search(s) is None, s


def test_make_segment_is_the_dataclass() -> None:
    """``clean``'s fast Segment constructor gives the dataclass's own object: equal, same hash
    and repr, frozen, pickled and read back the same."""
    import dataclasses
    import pickle

    from frdefnlp.types import Segment, make_segment

    args = [(0, 5, "Texte", True, None, "fr", False, None), (3, 9, "Lire ", False, "read_more", None, True, 0.9731),
            (0, 0, "", False, "ui", "es", False, 0.0)]
    for a in args:
        seg, ref = make_segment(*a), Segment(*a)
        assert type(seg) is Segment and seg == ref and hash(seg) == hash(ref) and repr(seg) == repr(ref)
        assert dataclasses.astuple(seg) == a and seg.to_dict() == ref.to_dict()
        assert pickle.loads(pickle.dumps(seg)) == ref
        try:
            seg.kept = not seg.kept  # type: ignore[misc]
        except dataclasses.FrozenInstanceError:
            pass
        else:
            raise AssertionError("make_segment built a mutable Segment")
    assert [f.name for f in dataclasses.fields(Segment)] == list(Segment.__slots__)


def test_may_date_gate() -> None:
    """A letter of the date words matches, case-insensitively, only characters that fold to it
    (U+0130 aside, which the gate sends to the pattern), so a line whose folded text holds no
    date word and no digit cannot match ``_MAY_DATE``."""
    letters = sorted({c for w in kinds._MAY_DATE_WORDS for c in w} - {" "})
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    found = set(regex.findall("(?i)[" + "".join(letters) + "]", every))
    for c in found:
        for x in letters:
            if regex.fullmatch("(?i)" + regex.escape(x), c) and c != "\u0130":
                assert c.casefold() == x, (hex(ord(c)), x)
    assert kinds._MAY_DATE.pattern == r"\d|" + "|".join(kinds._MAY_DATE_WORDS)
    lines = _lines()
    extra = ["İl y a 3 jours", "HIER", "Hoy", "ſomething yeſterday", "٣ mai", "AGO", "x\u0130x", "منذ يومين", "Aujourd’hui"]
    for s in lines + _random_strings(3000, 11, lines) + extra:
        assert kinds._may_date(s) == (kinds._MAY_DATE.search(s) is not None), s


def test_menu_separator_gate() -> None:
    """The separator of ``kinds.json`` is the gated one, its blanks are those the gate lists,
    and a line the gate passes over is not cut by the separator."""
    d = kinds._data()
    assert d.menu_hint is not None
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    blanks = set(regex.findall(r"\s", every)) - {" "}
    assert {c for c in blanks if kinds._MENU_HINT.match(c)} == blanks
    assert not kinds._MENU_HINT.search(" a b c ") and kinds._MENU_HINT.search("a  b")
    lines = _lines()
    for s in lines + _random_strings(3000, 12, lines) + ["a\u2003 b", "A › B", "x\u00a0y z"]:
        if kinds._MENU_HINT.search(s) is None:
            assert len(d.menu_sep.split(s)) == 1, s


def test_first_two_atoms() -> None:
    """The two-character gate reads the sequences a match can start with (a superset)."""
    def seqs(p: str) -> set[tuple[str, ...]]:
        return dispatch._first2(dispatch._parse(p))

    assert seqs(r"lire (aussi|[ée]galement)") == {("l", "i")}
    assert seqs(r"(?:vous )?comptez") == {("v", "o"), ("c", "o")}
    assert seqs(r"a\s*b") == {("a", "\\s"), ("a", "b")}
    assert {("x",), ()} <= seqs(r"x?")  # a repeat is read as up to two copies: a superset
    assert seqs(r"(?-i:P)h") == {("(?-i:P)", "h")}
    assert seqs(r"(?=\d)\d+") == {("\\d",), ("\\d", "\\d")}
    # Every unit a group matches passes its gate: on strings built from the patterns' own
    # starts, each alternation answers as the full pattern.
    rnd = random.Random(13)
    for name, alt in _alternations():
        if alt.at_end:
            continue
        full = alt.full
        for s in _random_strings(400, 14, list(alt.patterns)) + [p.replace("\\s", " ") for p in alt.patterns]:
            for t in (s, s[:1], s[:2], s[:3] + "é" * rnd.randint(0, 3)):
                if t:
                    assert alt.matches(t) == bool(full.match(t)), (name, t)


def test_lower_words_and_guesses() -> None:
    """Letter runs of the lower-cased text are the lower-cased runs (U+0130 and U+03A3 aside);
    the fast LanguageGuess is the dataclass's."""
    import dataclasses

    letter = regex.compile(r"\p{L}")
    for cp in range(0x110000):
        c = chr(cp)
        if 0xD800 <= cp < 0xE000 or c.lower() == c or cp in (0x130, 0x3A3):
            continue
        assert len(c.lower()) == 1 and bool(letter.match(c)) == bool(letter.match(c.lower())), hex(cp)
    lines = _lines()
    for s in lines + _random_strings(3000, 15, lines) + ["ΟΔΟΣ'Α ΣΑΣ", "İstanbul İZMİR", "ǅemal Ǆ", "ẞ straße ΣΣ"]:
        assert kinds._lower_words(s) == tuple(kinds.words_of(s)), s
    g = langid._guess("fr", 0.75, "words")
    assert g == langid.LanguageGuess("fr", 0.75, "words") and repr(g) == repr(langid.LanguageGuess("fr", 0.75, "words"))
    assert hash(g) == hash(langid.LanguageGuess("fr", 0.75, "words"))
    try:
        g.lang = "es"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a mutable guess")
