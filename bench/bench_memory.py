"""Peak memory of ``tag`` and ``events(tag(...))`` over the input, on ordinary French.

    python bench/bench_memory.py                 # 1, 5, 20, 50, 200, 500 KB
    python bench/bench_memory.py --kb 5,200

The texts are concatenations of the cleaned own pages ``tests/events/pages/*.txt`` cut to
the size (at a paragraph break). Each size runs in a fresh process: every resource is loaded
first (a first call on the seed pages, not on the measured pages), then ``tracemalloc`` measures the peak of Python's
allocations while ``tag`` runs (the returned document included), then while ``events`` runs
on it, divided by the input's size in UTF-8 bytes; ``kept`` is what is still held when
``tag`` has returned (the document, and what caches of the process grew). Issue 12's aim: below 20x for any text.
Two columns: with the gazetteer grown (every name built before, the state of a process
that has tagged many texts: what the working set of the text costs) and on a first text
(names met for the first time are built then, a cost of the process bounded by the
gazetteer, about 10 MB in all, not of the input).
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


def grow_gazetteer() -> None:
    """Build every name of the default gazetteer now (about 10 MB, half a second): the
    state of a process that has tagged many texts. The gazetteer builds a name's entries
    the first time a text holds its anchor word, memory the process keeps (bounded by the
    gazetteer, not by the input), which a first text otherwise pays for."""
    from frdefnlp.tagger import _DEFAULT, TagOptions

    gaz = _DEFAULT[TagOptions()].gazetteer
    for anchor in list(gaz._trie):
        gaz._grow(anchor)


def one(kb: float, grown: bool) -> dict[str, object]:
    import frdefnlp

    # resources loaded first, on other pages than the measured ones (the seeds): what the
    # gazetteer builds for the words it meets first in the measured text is counted
    warm = "\n\n".join(frdefnlp.clean(p.read_text(encoding="utf-8")).text
                         for p in sorted((ROOT / "seeds").glob("*.txt")))
    frdefnlp.events(frdefnlp.tag(warm))
    if grown:
        grow_gazetteer()
    text = text_of(kb)
    size = len(text.encode("utf-8"))
    out: dict[str, object] = {"kb": size / 1000}
    tracemalloc.start()
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
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--grown", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one is not None:
        print(json.dumps(one(args.one, args.grown)))
        return 0
    print(f"{'':7} {'gazetteer grown':^23}   {'first text':^23}")
    print(f"{'KB':>7} {'tag':>7} {'tag+ev':>7} {'kept':>7}   {'tag':>7} {'tag+ev':>7} {'kept':>7}"
          "  (peak / input; kept: held after tag)")
    for kb in (float(x) for x in args.kb.split(",")):
        row = []
        for grown in (True, False):
            p = subprocess.run([sys.executable, __file__, "--one", str(kb),
                                *(["--grown"] if grown else [])],
                               capture_output=True, text=True, check=False)
            if p.returncode:
                print(p.stderr, file=sys.stderr)
                return 1
            r = json.loads(p.stdout.strip().splitlines()[-1])
            row.append(f"{r['tag_x']:6.1f}x {r['events_x']:6.1f}x {r['doc_kept']:6.1f}x")
        print(f"{r['kb']:7.1f} " + "   ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
