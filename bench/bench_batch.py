"""Batch throughput: docs/s of clean + tag + events with 1 process, 2 worker processes and a
Dask LocalCluster of 2 workers, and spaCy's ``nlp.pipe`` with 1 and 2 processes, on the same
documents in one run.

Run:  python bench/bench_batch.py                 (600 documents, about 0.9 MB)
      python bench/bench_batch.py --docs 2000 --batch-size 16 --repeat 3

Input: the five raw seed pages, the raw pages of tests/clean/dev/ and the texts of
tests/tagging/gold/, cycled up to ``--docs`` documents (every configuration sees the same
list; caches of repeated headlines are per process and warm alike for all).

- ``frdefnlp 1 process``: ``frdefnlp.pipe(texts)`` in this process, stages loaded first;
- ``frdefnlp 2 processes``: ``frdefnlp.pipe(texts, n_process=2)``, timed from the pool's start
  (forked from this warm process, as on Linux);
- ``Dask LocalCluster(2)``: ``frdefnlp.batch.dask.pipe_on`` on 2 single-threaded worker
  processes, after their start and a first batch each (reported apart: start-up);
- ``spaCy sm 1 / 2 processes``: ``nlp.pipe(texts, n_process=N)`` with fr_core_news_sm's full
  pipeline (tagger, parser, NER; other work than ours: its rate is context, the figure to
  compare is how each scales from 1 to 2 processes).

The outputs of the three frdefnlp runs are compared (JSON lines, byte for byte). The machine
may be shared: read the ratios, not the absolute rates, and rerun.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "tagging"))

import frdefnlp  # noqa: E402


def corpus(n: int) -> list[str]:
    """Seed pages, dev pages and gold texts, cycled up to ``n`` documents."""
    base = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    from frdefnlp.boilerplate.pages import load_page

    base.extend(load_page(p).raw for p in sorted((ROOT / "tests" / "clean" / "dev").glob("*.json")))
    gold_dir = ROOT / "tests" / "tagging" / "gold"
    if gold_dir.is_dir():
        from gold_loader import load_gold

        for path in sorted(gold_dir.glob("*.txt")):
            base.extend(d.text for d in load_gold(path))
    return [base[i % len(base)] for i in range(n)]


REPEAT = 1


def timed(fn):  # type: ignore[no-untyped-def]
    """``(output, seconds)``: the best of ``REPEAT`` runs (the load of a shared machine
    comes and goes)."""
    best = float("inf")
    for _ in range(REPEAT):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return out, best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-spacy", action="store_true")
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs per configuration")
    args = ap.parse_args()
    global REPEAT
    REPEAT = args.repeat
    texts = corpus(args.docs)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} documents, {mb:.2f} MB, {os.cpu_count()} cores, "
          f"batch size {args.batch_size}")
    rows: list[tuple[str, float, str]] = []

    list(frdefnlp.pipe(texts[:3]))  # load the stages in this process
    c0 = time.process_time()
    serial, t1 = timed(lambda: [r.to_json() for r in frdefnlp.pipe(texts)])
    cpu1 = (time.process_time() - c0) / REPEAT
    rows.append(("frdefnlp 1 process", len(texts) / t1, f"CPU {cpu1:.2f} s in {t1:.2f} s"))
    c0, o0 = time.process_time(), os.times()
    two, t2 = timed(lambda: [r.to_json() for r in frdefnlp.pipe(
        texts, n_process=2, batch_size=args.batch_size)])
    parent, o1 = (time.process_time() - c0) / REPEAT, os.times()
    workers = ((o1.children_user - o0.children_user)
               + (o1.children_system - o0.children_system)) / REPEAT
    rows.append(("frdefnlp 2 processes", len(texts) / t2,
                 f"{t1 / t2:.2f}x 1 process; same output: {'yes' if two == serial else 'NO'}; "
                 f"CPU: parent {parent:.2f} s, workers {workers:.2f} s"))
    # On a machine shared with other work the wall-clock ratio says how many cores were
    # free; the CPU account says what two free cores would give: the work divides in two
    # and the parent (reading, ordering, writing) is the serial part left.
    ceiling = cpu1 / max(parent, workers / 2) if workers else float("nan")
    print(f"CPU account: 1 process {cpu1:.2f} s; 2 processes: parent {parent:.2f} s + "
          f"workers {workers:.2f} s -> at most {ceiling:.2f}x on 2 free cores")

    if not args.no_dask:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            rows.append(("Dask LocalCluster(2)", float("nan"), "not installed: pip install \"frdefnlp[dask]\""))
        else:
            from frdefnlp.batch.dask import pipe_on

            def start():  # type: ignore[no-untyped-def]
                cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
                client = Client(cluster)
                list(pipe_on(client, texts[:4], batch_size=1))  # a first batch on each worker
                return cluster, client

            t0 = time.perf_counter()
            cluster, client = start()
            tstart = time.perf_counter() - t0
            dsk, td = timed(lambda: [r.to_json() for r in pipe_on(
                client, texts, batch_size=args.batch_size)])
            client.close()
            cluster.close()
            rows.append(("Dask LocalCluster(2)", len(texts) / td,
                         f"{t1 / td:.2f}x 1 process; start-up {tstart:.1f} s; "
                         f"same output: {'yes' if dsk == serial else 'NO'}"))

    if not args.no_spacy:
        try:
            import spacy

            nlp = spacy.load("fr_core_news_sm")
        except (ImportError, OSError):
            rows.append(("spaCy sm", float("nan"), "not installed: pip install -e \".[bench]\""))
        else:
            list(nlp.pipe(texts[:3]))
            _, s1 = timed(lambda: sum(len(d.ents) for d in nlp.pipe(texts, batch_size=args.batch_size)))
            rows.append(("spaCy sm nlp.pipe 1 process", len(texts) / s1, ""))
            _, s2 = timed(lambda: sum(len(d.ents) for d in nlp.pipe(
                texts, batch_size=args.batch_size, n_process=2)))
            rows.append(("spaCy sm nlp.pipe(n_process=2)", len(texts) / s2,
                         f"{s1 / s2:.2f}x its 1 process"))

    print(f"{'':34} {'docs/s':>8}  {'MB/s':>6}")
    for name, rate, note in rows:
        print(f"{name:34} {rate:8.1f}  {rate * mb / len(texts):6.3f}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
