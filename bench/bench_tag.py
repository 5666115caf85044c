"""Throughput of frdefnlp clean + tag against spaCy fr_core_news_sm, same text, one run, one core.

Run:  python bench/bench_tag.py               (about 1 MB: seeds + gold texts, repeated)
      python bench/bench_tag.py --mb 2 --repeat 3

Input: the five raw seed pages and the texts of tests/tagging/gold/*.txt, cycled until the
total reaches ``--mb`` megabytes (UTF-8). Each side sees the same list of texts:

- ours: ``frdefnlp.tag(frdefnlp.clean(text))`` per text (the clean step is what a user runs
  on scraped pages; the language-guess cache of clean is cleared before each timed pass so
  that repeated texts do not come for free); ``--no-clean`` times ``tag`` alone;
- spaCy: ``nlp.pipe(texts)`` with fr_core_news_sm, both its full default pipeline and with
  only what its NER needs (``tok2vec``, ``ner``: the fairest comparison for entity tagging).

Everything runs in this process, single-threaded (torch is not involved; spaCy's thinc uses
numpy, and OMP/MKL/OpenBLAS threads are pinned to 1 below). The best of ``--repeat`` passes
is reported, in KB/s and tokens/s (tokens counted by our tokenizer on the same text, so the
two rates are comparable), and the ratio ours/spaCy.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "tagging"))

import frdefnlp  # noqa: E402
from frdefnlp.tokenizer import tokenize  # noqa: E402


def corpus(mb: float) -> list[str]:
    """Seed pages and gold texts, cycled up to ``mb`` megabytes."""
    base = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    gold_dir = ROOT / "tests" / "tagging" / "gold"
    if gold_dir.is_dir():
        from gold_loader import load_gold

        for path in sorted(gold_dir.glob("*.txt")):
            base.extend(d.text for d in load_gold(path))
    out: list[str] = []
    size, target = 0, int(mb * 1_000_000)
    while size < target:
        for t in base:
            out.append(t)
            size += len(t.encode("utf-8"))
            if size >= target:
                break
    return out


def best_of(fn: Callable[[], object], repeat: int, before: Callable[[], None] | None = None) -> float:
    best = float("inf")
    for _ in range(repeat):
        if before:
            before()
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="clean+tag vs spaCy fr_core_news_sm throughput")
    ap.add_argument("--mb", type=float, default=1.0, help="input size in MB (default 1)")
    ap.add_argument("--repeat", type=int, default=2, help="timed passes, best kept (default 2)")
    ap.add_argument("--no-clean", action="store_true", help="time tag() alone")
    ap.add_argument("--model", default="fr_core_news_sm")
    args = ap.parse_args(argv)

    texts = corpus(args.mb)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    ntokens = sum(len(tokenize(t)[0]) for t in texts)
    print(f"input: {len(texts)} texts, {nbytes / 1e6:.2f} MB, {ntokens} tokens (our tokenizer)")

    try:
        from frdefnlp.boilerplate import clean
        from frdefnlp.boilerplate.langid import clear_cache
    except ImportError:  # pragma: no cover - clean not built
        clean, clear_cache = None, None
    use_clean = clean is not None and not args.no_clean
    what = "clean + tag" if use_clean else "tag alone" + ("" if args.no_clean else " (clean missing)")

    def ours() -> None:
        if use_clean:
            for t in texts:
                frdefnlp.tag(clean(t))
        else:
            for t in texts:
                frdefnlp.tag(t)

    # warm-up: resources (gazetteer automaton, patterns, models) load once, outside the timing
    frdefnlp.tag(clean(texts[0]) if use_clean else texts[0])
    t_ours = best_of(ours, args.repeat, clear_cache if use_clean else None)

    import spacy

    rows = [(f"frdefnlp {what}", t_ours, None)]
    for label, exclude in ((f"spaCy {args.model} NER only (tok2vec+ner)",
                            ["morphologizer", "parser", "attribute_ruler", "lemmatizer",
                             "senter"]),
                           (f"spaCy {args.model} full pipeline", [])):
        nlp = spacy.load(args.model, exclude=exclude)
        nlp("Échauffement.")
        counted: list[int] = []

        def run(nlp=nlp, counted=counted) -> None:
            counted[:] = [sum(len(d) for d in nlp.pipe(texts, batch_size=64))]

        rows.append((label, best_of(run, args.repeat), counted[0]))

    print()
    print("| pipeline | seconds | KB/s | tokens/s | ours is x faster |")
    print("|---|---:|---:|---:|---:|")
    for label, secs, own_tokens in rows:
        extra = "" if own_tokens is None else f" (own tokens {own_tokens})"
        ratio = "-" if own_tokens is None else f"{secs / t_ours:.1f}x"
        print(f"| {label}{extra} | {secs:.2f} | {nbytes / 1e3 / secs:,.0f} | "
              f"{ntokens / secs:,.0f} | {ratio} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
