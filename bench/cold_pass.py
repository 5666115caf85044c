"""Cold passes of clean (or jusText) over bench_clean.py's pages, for instruction counts.

On a shared machine CPU time drifts with the load; instruction counts do not. This script
does the same warm-up as ``bench_clean.py`` (rules, model and langdetect profiles loaded,
jusText's first call made), then ``N`` passes in which every per-text cache is forgotten first
(``clean``) or jusText runs on the prepared HTML. The cost of one cold pass is the difference
between runs with different ``N`` (the setup and the first pass's lazy compiling cancel out):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/c1 python bench/cold_pass.py clean 1
    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/c3 python bench/cold_pass.py clean 3
    # one cold pass = (Ir of c3 - Ir of c1) / 2; the same with "justext" for jusText

Run the interpreter binary itself under valgrind (not a pyenv shim), and give both runs the
same bytecode state (with ``PYTHONDONTWRITEBYTECODE`` set, an edited module is compiled again
at every import: a fixed cost that also cancels out in the difference).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import justext  # noqa: E402
from bench_clean import page_html  # noqa: E402

from frdefnlp.boilerplate import clean  # noqa: E402
from frdefnlp.boilerplate.langid import clear_cache  # noqa: E402
from frdefnlp.boilerplate.pages import load_page  # noqa: E402


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "clean"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    if mode not in ("clean", "justext", "none"):
        raise SystemExit("usage: cold_pass.py clean|justext|none [passes]")
    dirs = (ROOT / "resources" / "boilerplate" / "pages", ROOT / "tests" / "clean" / "dev")
    pages = [load_page(p).raw for d in dirs for p in sorted(d.glob("*.json"))]
    stop = justext.get_stoplist("French")
    prepared = [page_html(raw)[0] for raw in pages]
    for raw in pages[:3]:
        clean(raw)
    justext.justext(prepared[0], stop, encoding="utf-8")
    t = time.process_time()
    for _ in range(n):
        if mode == "clean":
            clear_cache()
            for raw in pages:
                clean(raw)
        elif mode == "justext":
            for doc in prepared:
                justext.justext(doc, stop, encoding="utf-8")
    print(f"{mode}: {n} passes, {time.process_time() - t:.3f} s CPU", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
