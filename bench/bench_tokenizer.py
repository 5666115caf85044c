"""Tokens per second: frdefnlp's tokenizer vs spaCy's French tokenizer, same text, one run.

Usage::

    python bench/bench_tokenizer.py [--repeat 20] [--rounds 3]

The text is the five seed pages concatenated ``--repeat`` times. Each tool tokenizes the whole
text once per round; the best round counts (least disturbed by other processes). Reported:
tokens produced, tokens/s and characters/s per tool, and the ratio ours / spaCy. spaCy's
``spacy.blank("fr")`` runs its rule-based tokenizer only (no model). Ours is timed twice:
tokens only (``Tokenizer.tokens``, the same work spaCy does) and tokens plus sentences
(``tokenize``, which spaCy's blank pipeline does not do). Also measured: the pattern taggers
(MONEY/DATE/QUANTITY) in characters/s.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from frdefnlp.patterns import PatternTagger
from frdefnlp.tokenizer import Tokenizer, tokenize

ROOT = Path(__file__).resolve().parent.parent


def best_time(fn, rounds: int) -> tuple[float, object]:
    best = float("inf")
    out = None
    for _ in range(rounds):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    text = "\n\n".join(seeds * args.repeat)
    print(f"text: {len(text):,} characters ({len(seeds)} seeds x {args.repeat})")

    tok = Tokenizer()
    tok("warm up: l'armée.")
    t_ours, toks = best_time(lambda: tok.tokens(text), args.rounds)
    t_full, (toks_full, sents) = best_time(lambda: tokenize(text), args.rounds)
    n_ours = len(toks)

    rows = [
        ("frdefnlp tokens", n_ours, t_ours),
        ("frdefnlp tokens+sentences", len(toks_full), t_full),
    ]
    try:
        import spacy
    except ImportError:  # pragma: no cover - bench extra not installed
        print("spaCy not installed: pip install 'frdefnlp[bench]'")
        spacy = None
    if spacy is not None:
        nlp = spacy.blank("fr")
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        nlp.tokenizer("warm up: l'armée.")
        t_sp, doc = best_time(lambda: nlp.tokenizer(text), args.rounds)
        n_sp = sum(1 for t in doc if not t.is_space)
        rows.append(("spaCy blank('fr') tokenizer", n_sp, t_sp))

    print(f"{'tool':32} {'tokens':>9} {'seconds':>9} {'tokens/s':>12} {'chars/s':>12}")
    for name, n, t in rows:
        print(f"{name:32} {n:9,d} {t:9.4f} {n / t:12,.0f} {len(text) / t:12,.0f}")
    print(f"sentences (ours): {len(sents):,}")
    if spacy is not None:
        print(f"ratio tokens/s ours / spaCy (tokens only):      {(n_ours / t_ours) / (n_sp / t_sp):.2f}")
        print(f"ratio tokens/s ours / spaCy (tokens+sentences): {(len(toks_full) / t_full) / (n_sp / t_sp):.2f}")

    tagger = PatternTagger()
    tagger.find("warm up 500.000 dollars le 13 août", doc_date="2021-11-25")
    t_pat, ents = best_time(lambda: tagger.find(text, doc_date="2021-11-25"), args.rounds)
    print(f"pattern taggers: {len(ents):,} entities, {len(text) / t_pat:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
