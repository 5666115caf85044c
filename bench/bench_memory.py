"""Peak memory of ``tag`` and ``events(tag(...))`` over the input, on ordinary French.

    python bench/bench_memory.py                 # 1, 5, 20, 50, 200, 500 KB
    python bench/bench_memory.py --kb 5,200 --top 15   # and the lines that hold the peak

The texts are concatenations of the cleaned own pages ``tests/events/pages/*.txt`` cut to
the size (at a paragraph break). Each size runs in a fresh process: every resource is loaded
first (a first call on other text), then ``tracemalloc`` measures the peak of Python's
allocations while ``tag`` runs (the returned document included), then while ``events`` runs
on it, divided by the input's size in UTF-8 bytes. Issue 12's aim: below 20x for any text.
``--top N`` also prints the N source lines holding the most memory at the peak of ``tag``
(a snapshot taken at the peak, grouped by line).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> str:
    """The cleaned own pages, joined by blank lines."""
    import frdefnlp

    pages = sorted((ROOT / "tests" / "events" / "pages").glob("*.txt"))
    return "\n\n".join(frdefnlp.clean(p.read_text(encoding="utf-8")).text for p in pages)


def text_of(kb: float) -> str:
    """About ``kb`` KB (UTF-8) of the corpus, repeated if need be, cut at a paragraph break."""
    base = corpus()
    size = int(kb * 1000)
    text = base
    while len(text.encode("utf-8")) < size:
        text = text + "\n\n" + base
    cut = len(text.encode("utf-8")[:size].decode("utf-8", "ignore"))
    par = text.rfind("\n\n", 0, cut)
    return text[:par if par > cut // 2 else cut]


class _Peak:
    """A snapshot of tracemalloc's traces at the peak (taken when the peak grows)."""


def one(kb: float, top: int) -> dict[str, object]:
    import frdefnlp

    warm = corpus()[:30_000]
    frdefnlp.events(frdefnlp.tag(warm))
    text = text_of(kb)
    other = text_of(3)[::-1]  # a different text: nothing of the measured one is cached
    frdefnlp.events(frdefnlp.tag(other))
    size = len(text.encode("utf-8"))
    out: dict[str, object] = {"kb": size / 1000}
    tracemalloc.start(25 if top else 1)
    doc = frdefnlp.tag(text, max_length=None)
    _cur, peak_tag = tracemalloc.get_traced_memory()
    out["doc_kept"] = _cur / size
    evs = frdefnlp.events(doc)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    out["tag_x"] = peak_tag / size
    out["events_x"] = peak / size
    out["n_events"] = len(evs)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--kb", default="1,5,20,50,200,500")
    ap.add_argument("--top", type=int, default=0)
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one is not None:
        print(json.dumps(one(args.one, args.top)))
        return 0
    print(f"{'KB':>7} {'tag':>7} {'tag+ev':>7} {'doc':>7}  (peak / input; doc: what the result keeps)")
    for kb in (float(x) for x in args.kb.split(",")):
        p = subprocess.run([sys.executable, __file__, "--one", str(kb), "--top", str(args.top)],
                           capture_output=True, text=True, check=False)
        if p.returncode:
            print(p.stderr, file=sys.stderr)
            return 1
        r = json.loads(p.stdout.strip().splitlines()[-1])
        print(f"{r['kb']:7.1f} {r['tag_x']:6.1f}x {r['events_x']:6.1f}x {r['doc_kept']:6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
