"""CPU seconds per MB and peak memory of every stage on the adversarial inputs of issue 12.

    python bench/bench_adversarial.py                      # every row, 1 MB each
    python bench/bench_adversarial.py --rows money,nul --mb 0.3
    python bench/bench_adversarial.py --memory-only        # only the memory column

Each row runs in a fresh process (so one row's memory does not count in the next one's):
first ``clean``, ``tag`` and ``events`` are timed on the text (CPU time of the process, one
core; ``events`` on the tagged document), then, in a second fresh process, the peak of
Python's allocations (``tracemalloc``) while ``tag`` then ``events`` run on it, divided by
the input's size in UTF-8 bytes. Resources are loaded before either measurement (a first
call on a short text), so what is measured is the work on the input. The aims of issue 12:
at most 10 CPU s per MB in every stage, peak memory below 20 times the input.

Not a test: figures vary with the machine; the regression tests (tests/robust/) assert
counts and ratios that do not.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _french() -> str:
    """The project's own French: seed pages (clean), tagging gold texts, events dev texts."""
    import frdefnlp

    parts = [frdefnlp.clean(p.read_text(encoding="utf-8")).text
             for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("dev.txt", "seeds.txt", "blind.txt"):
        f = ROOT / "tests" / "tagging" / "gold" / name
        if f.exists():
            parts.append(f.read_text(encoding="utf-8"))
    with open(ROOT / "tests" / "events" / "dev.jsonl", encoding="utf-8") as fh:
        parts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return "\n\n".join(parts)


def _lines676() -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(f"{a}{b}\n" for a in letters for b in letters)


#: row name -> (unit repeated to the size, what it is); ``None`` units are built by a function
ROWS: dict[str, tuple[str, str]] = {
    "nul": ("\x00", "NUL characters"),
    "hyphens": ("-", "'-' * n"),
    "dotted": ("1.", "'1.' * n"),
    "emoji": ("😀👍🏽 ", "emoji"),
    "x": ("x ", "'x ' * n"),
    "ab": ("ab\n", "'ab\\n' * n"),
    "lines676": ("", "676 distinct two-letter lines"),
    "money": ("$1 ", "'$1 ' * n"),
    "ones": ("1 ", "'1 ' * n"),
    "spaced": ("100 000 200 000 300 000 ", "'100 000 200 000 300 000 ' * n"),
    "groups": ("123 456 789 ", "'123 456 789 ' * n"),
    "dotgroups": ("123.456.789.", "'123.456.789.' * n"),
    "f16": ("Le Maroc a acheté des F-16 à Israël pour 500 millions de dollars, ",
            "one sentence of purchases with no full stop"),
    "french": ("", "the project's French texts, repeated"),
}


def make(row: str, mb: float) -> str:
    """The text of ``row``, about ``mb`` MB of UTF-8."""
    unit = ROWS[row][0]
    if row == "lines676":
        unit = _lines676()
    elif row == "french":
        unit = _french() + "\n\n"
    size = int(mb * 1_000_000)
    n = max(1, size // len(unit.encode("utf-8")))
    return unit * n


def one(row: str, mb: float, mode: str) -> dict[str, float]:
    """Measure one row in this process (``mode``: ``time`` or ``memory``)."""
    import frdefnlp

    # every resource loaded first (the name model's list of people is 11 MB: it is loaded by
    # the first text with a capitalised name, and is no cost of the input)
    warm = _french()[:20_000] + " Le Maroc a acheté 3 F-16 le 12 mars 2020 pour 5 M$."
    frdefnlp.events(frdefnlp.tag(frdefnlp.clean(warm)))
    text = make(row, mb)
    size = len(text.encode("utf-8"))
    out: dict[str, float] = {"mb": size / 1e6}
    if mode == "time":
        t = time.process_time()
        frdefnlp.clean(text)
        out["clean"] = (time.process_time() - t) / (size / 1e6)
        t = time.process_time()
        doc = frdefnlp.tag(text, max_length=None)
        out["tag"] = (time.process_time() - t) / (size / 1e6)
        t = time.process_time()
        frdefnlp.events(doc)
        out["events"] = (time.process_time() - t) / (size / 1e6)
        out["entities"] = len(doc.entities)
    else:
        tracemalloc.start()
        doc = frdefnlp.tag(text, max_length=None)
        _cur, peak_tag = tracemalloc.get_traced_memory()
        evs = frdefnlp.events(doc)
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["tag_x"] = peak_tag / size
        out["tag_events_x"] = peak / size
        del evs, doc
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rows", default=",".join(ROWS), help="comma-separated rows (default: all)")
    ap.add_argument("--mb", type=float, default=1.0, help="MB of input per row (default 1)")
    ap.add_argument("--memory-mb", type=float, default=None,
                    help="MB for the memory column (default: --mb)")
    ap.add_argument("--memory-only", action="store_true")
    ap.add_argument("--time-only", action="store_true")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--mode", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.mb, args.mode)))
        return 0
    rows = [r for r in args.rows.split(",") if r]
    print(f"{'row':10} {'MB':>5} {'clean':>6} {'tag':>6} {'events':>6}  (CPU s/MB)  "
          f"{'tag':>6} {'tag+ev':>6}  (peak / input)")
    for row in rows:
        res: dict[str, float] = {}
        for mode, mb in (("time", args.mb), ("memory", args.memory_mb or args.mb)):
            if (mode == "time" and args.memory_only) or (mode == "memory" and args.time_only):
                continue
            p = subprocess.run([sys.executable, __file__, "--one", row, "--mb", str(mb),
                                "--mode", mode], capture_output=True, text=True, check=False)
            if p.returncode:
                print(p.stderr, file=sys.stderr)
                return 1
            res.update(json.loads(p.stdout.strip().splitlines()[-1]))

        def f(k: str, res: dict = res) -> str:
            return f"{res[k]:6.1f}" if k in res else f"{'-':>6}"

        print(f"{row:10} {res['mb']:5.2f} {f('clean')} {f('tag')} {f('events')}              "
              f"{f('tag_x')} {f('tag_events_x')}   {ROWS[row][1]}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
