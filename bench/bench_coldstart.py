"""Cold start: the first ``frdefnlp.tag`` call in a fresh process (issue 13: under 0.5 s;
issue 11: no slower than 0.449 s CPU).

Runs N fresh interpreters, each timing ``import frdefnlp`` + one ``tag()`` call (wall clock and
process CPU time, which is steadier on a shared machine), and prints the medians. When spaCy and
fr_core_news_sm are installed, does the same for ``spacy.load`` + one call, for comparison.

The big patterns can be kept compiled in a cache directory (``frdefnlp._regex_cache``,
opt-in with ``FRDEFNLP_CACHE_DIR``). Three rows: the default (no cache: what a user gets
unless they opt in), with the cache filled (every process but the first one of a user who
opted in; a private directory, filled by one run first), and the very first process with the
cache on (an empty directory each time: it compiles and writes the cache).

    PYTHONPATH=. python bench/bench_coldstart.py [-n 5]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

TEXT = ("Le Maroc a commandé des drones Harop à Israël pour 500 millions de dollars "
        "le 3 mars 2024.")

FRDEFNLP = """
import json, time
t = time.perf_counter(); c = time.process_time()
import frdefnlp
frdefnlp.tag(TEXT)
print(json.dumps([time.perf_counter() - t, time.process_time() - c]))
"""

SPACY = """
import json, time
t = time.perf_counter(); c = time.process_time()
import spacy
nlp = spacy.load("fr_core_news_sm")
nlp(TEXT)
print(json.dumps([time.perf_counter() - t, time.process_time() - c]))
"""


def run(code: str, n: int, cache: str | None = None) -> tuple[float, float] | None:
    """Median (wall, cpu) seconds over ``n`` fresh processes; ``None`` if the code fails.
    ``cache``: the FRDEFNLP_CACHE_DIR of each process (``"empty"``: a new empty one each)."""
    walls, cpus = [], []
    for _ in range(n):
        env = os.environ.copy()
        empty = tempfile.mkdtemp(prefix="frdefnlp-cache-") if cache == "empty" else None
        if cache is not None:
            env["FRDEFNLP_CACHE_DIR"] = empty or cache
        proc = subprocess.run([sys.executable, "-c", f"TEXT = {TEXT!r}\n" + code],
                              capture_output=True, text=True, env=env,
                              cwd=os.path.dirname(os.path.abspath(__file__)), check=False)
        if empty:
            shutil.rmtree(empty, ignore_errors=True)
        if proc.returncode != 0:
            return None
        wall, cpu = json.loads(proc.stdout.strip().splitlines()[-1])
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=5, help="fresh processes per tool (default 5)")
    args = ap.parse_args()
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        # every process then compiles frdefnlp's sources (~0.05 s): an installed wheel has .pyc
        print("note: PYTHONDONTWRITEBYTECODE is set; unset it (with PYTHONPYCACHEPREFIX to keep "
              "the tree clean) to time what an installed package does")
    warm = tempfile.mkdtemp(prefix="frdefnlp-cache-")
    try:
        run(FRDEFNLP, 1, warm)  # fills the cache
        rows = (("frdefnlp tag, default (off)", FRDEFNLP, "off"),
                ("frdefnlp tag, cache filled", FRDEFNLP, warm),
                ("frdefnlp tag, first ever", FRDEFNLP, "empty"),
                ("spacy fr_core_news_sm", SPACY, None))
        for name, code, cache in rows:
            res = run(code, args.n, cache)
            if res is None:
                print(f"{name:28} not available")
            else:
                print(f"{name:28} median first call {res[0]:.3f} s wall, {res[1]:.3f} s cpu "
                      f"(n={args.n})")
    finally:
        shutil.rmtree(warm, ignore_errors=True)


if __name__ == "__main__":
    main()
