"""The alternations tried by first (or last) character answer as the full alternation does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from frdefnlp.boilerplate import kinds, rules
from frdefnlp.boilerplate.dispatch import Alternation, edge_atoms
from frdefnlp.boilerplate.pages import load_page
from frdefnlp.boilerplate.segment import segment_page

ROOT = Path(__file__).resolve().parents[2]


def test_edge_atoms() -> None:
    assert edge_atoms(r"lire (aussi|[ée]galement)\s*:") == {"l"}
    assert edge_atoms(r"(?:^|\s)©\s*x") == {r"\s", "©"}
    assert edge_atoms(r"(?<![.!?])\s\(x\)", last=True) == {r"\)"}
    assert edge_atoms(r"a(?-i:\p{Lu})", last=True) == {r"(?-i:\p{Lu})"}
    assert edge_atoms(r"(?=.*?\d).{0,40}\d+") == {".", r"\d"}
    assert edge_atoms(r"[(\[]\s*x[)\]]") == {r"[(\[]"}
    assert edge_atoms(r"x?") is None  # may match the empty string
    assert edge_atoms(r"(a)\1") is None  # back-reference: not read
    assert edge_atoms(r"(?i)abc") is None  # global flags: not read


def _alternations() -> dict[str, tuple[Alternation, int]]:
    d = kinds._data()
    out = {f"kinds.{n}": (getattr(d, n), 0) for n in
           ("cap_start", "media", "site", "symbol", "signature", "pr_phrases", "comments", "paywall")}
    out["kinds.cap_end"] = (d.cap_end, 140)
    for c in rules._categories():
        out[f"rules.{c.name}"] = (c.pattern, 0)
    out["rules.read_more_heading"] = (rules._read_more_heading(), 0)
    out["rules.byline_starts"] = (rules._bylines().starts, 0)
    return out


def _texts() -> list[str]:
    lines: list[str] = []
    for d in (ROOT / "resources" / "boilerplate" / "pages", ROOT / "tests" / "clean" / "dev"):
        for p in sorted(d.glob("*.json")):
            lines += [u.text.strip() for u in segment_page(load_page(p).raw) if u.text.strip()]
    rnd = random.Random(5)
    pieces = ["Lire aussi", "Crédit photo : X", "(Photo : DR)", "© AFP", " | LE SITE", ". MAP", " - DR",
              "Suivez-nous sur WhatsApp", "Abonnez-vous", "Publié le 3 mai 2024", "Par Jean Dupont",
              "[AFP]", "(AFP)", "photo d'archive : X", "vous devez être connecté", "x.jpg", "www.site.ma",
              "12 vues", "A+ A-", "AFP/Reuters", "ſ", "K", "İ", "ß", "É", " ", "\u00a0", "’", "…", ":", "?", "\t"]
    out = list(dict.fromkeys(lines))
    for _ in range(3000):
        parts = [rnd.choice(pieces) if rnd.random() < 0.6 else rnd.choice(lines)[: rnd.randint(0, 60)]
                 for _ in range(rnd.randint(1, 4))]
        s = rnd.choice(["", " "]).join(parts)
        if rnd.random() < 0.3:
            s = s.upper() if rnd.random() < 0.5 else s.lower()
        out.append(s)
    return out


@pytest.mark.parametrize("name", sorted(_alternations()))
def test_alternation_answers_as_the_full_pattern(name: str) -> None:
    alt, window = _alternations()[name]
    for s in _TEXTS:
        if alt.at_end:
            pos = max(0, len(s) - window)
            want = bool(alt.full.search(s, pos))
            got = alt.matches(s, pos)
        else:
            want = bool(alt.full.match(s))
            got = alt.matches(s)
        assert got == want, (name, s)


_TEXTS = _texts()


def test_case_folding_goes_through_the_engine() -> None:
    """Characters that fold to ASCII letters (Kelvin sign, long s) match as the pattern says."""
    alt = Alternation([r"kilo", r"suivez"], suffix=r"\Z")
    for s in ("\u212ailo", "\u017fuivez", "KILO", "Suivez", "xkilo"):
        assert alt.matches(s) == bool(alt.full.match(s)), s
    end = Alternation([r"\s-\s*DR", r"\(AFP\)"], suffix=r"\s*\Z", at_end=True)
    for s in ("photo - dr", "photo - DR  ", "x (afp)", "x (AFP)\u00a0", "x (AFP) y"):
        assert end.matches(s) == bool(end.full.search(s)), s


def test_a_pattern_that_may_match_nothing_is_always_tried() -> None:
    alt = Alternation([r"(?:abc)?", r"x"], suffix=r"\Z")
    assert alt.matches("") and not alt.matches("zz")
    assert Alternation([], suffix=r"\Z").matches("") == bool(regex.match(r"(?:)\Z", ""))


def test_furniture_reason_by_plan_equals_the_categories_in_order() -> None:
    for s in _TEXTS:
        t = s.strip()
        want = next((c.name for c in rules._categories() if t and len(t) <= c.max_len and c.pattern.full.match(t)), None)
        assert rules.furniture_reason(s) == want, s


def test_an_end_alternation_must_be_anchored_at_the_end() -> None:
    with pytest.raises(ValueError):
        Alternation([r"\(AFP\)"], suffix=r"\s*", at_end=True)
