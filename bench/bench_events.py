"""Throughput of ``events`` against ``tag`` on the same documents, one run, one core.

Run:  python bench/bench_events.py            (about 1 MB: seeds + tests/events/pages, cycled)
      python bench/bench_events.py --mb 2 --repeat 3

Each text is tagged once (timed: ``tag``), then ``events`` runs on the tagged documents
(timed: ``events``). The best of ``--repeat`` passes is reported in KB/s for each and as the
ratio events/tag time (the issue's aim: events cost no more than tag per MB). Also times one
long sentence (the clause that used to make events cubic, repeated to ``--long-kb``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import frdefnlp  # noqa: E402
from frdefnlp.extraction import events  # noqa: E402


def _texts(mb: float) -> list[str]:
    base = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    base += [p.read_text(encoding="utf-8")
             for p in sorted((ROOT / "tests" / "events" / "pages").glob("*.txt"))]
    out, size, i = [], 0, 0
    while size < mb * 1e6:
        t = base[i % len(base)]
        out.append(t)
        size += len(t.encode("utf-8"))
        i += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--long-kb", type=float, default=53.0)
    args = ap.parse_args(argv)
    texts = _texts(args.mb)
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1e3
    frdefnlp.tag("Le Maroc a acheté des F-16.")  # load resources outside the timings
    best_tag = best_ev = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = [frdefnlp.tag(t) for t in texts]
        t1 = time.perf_counter()
        n = sum(len(events(d)) for d in docs)
        t2 = time.perf_counter()
        best_tag, best_ev = min(best_tag, t1 - t0), min(best_ev, t2 - t1)
    print(f"{len(texts)} documents, {kb:.0f} KB, {n} events")
    print(f"tag     {kb / best_tag:8.1f} KB/s  ({best_tag:.2f} s)")
    print(f"events  {kb / best_ev:8.1f} KB/s  ({best_ev:.2f} s)")
    print(f"events/tag time ratio {best_ev / best_tag:.3f}")
    clause = "Le Maroc a acheté des F-16 à Israël pour 500 millions de dollars, "
    long = clause * int(args.long_kb * 1000 / len(clause))
    doc = frdefnlp.tag(long)
    t0 = time.perf_counter()
    events(doc)
    print(f"one sentence of {len(long) / 1e3:.0f} KB: events {time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
