"""Compare frdefnlp.clean with jusText on the same labelled pages, in one run.

jusText classifies HTML paragraphs; scraped text has one paragraph a line, so every raw line
becomes one ``<p>`` for jusText (its French stoplist, default thresholds). Both are scored
on the same gold (docs/clean.md, "Labelled pages"): character-level recall and precision of
the article text, blanks ignored, per page and overall. Throughput is measured on the same
pages, repeated, on one core: clean() on the raw text vs justext() on the prepared HTML
(building the HTML is not counted against jusText).

Corpus mode: the page families of tests/clean/families/ cleaned statelessly and by a Cleaner
that learned each family first.

Run:  python bench/bench_clean.py                       (seeds + training pages + tests/clean/dev)
      python bench/bench_clean.py --per-page --repeat 20
      python bench/bench_clean.py --big 50               (also time clean on a 50 MB input)
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import justext  # noqa: E402

from frdefnlp.boilerplate import Cleaner, clean  # noqa: E402
from frdefnlp.boilerplate.langid import clear_cache  # noqa: E402
from frdefnlp.boilerplate.pages import AssembledPage, char_scores, load_page  # noqa: E402

_LINE = re.compile(r"[^\r\n]+")


def page_html(raw: str) -> tuple[bytes, list[tuple[int, int]]]:
    spans = [(m.start(), m.end()) for m in _LINE.finditer(raw) if m.group().strip()]
    body = "".join(f"<p>{html.escape(raw[s:e])}</p>\n" for s, e in spans)
    doc = f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>"
    return doc.encode("utf-8"), spans


def justext_kept(raw: str, doc: bytes, spans: list[tuple[int, int]],
                 stoplist: frozenset[str]) -> list[tuple[int, int]]:
    """Raw spans of the paragraphs jusText keeps (paragraphs aligned to lines by their text)."""
    paras = justext.justext(doc, stoplist, encoding="utf-8")
    norm = [" ".join(raw[s:e].split()) for s, e in spans]
    kept: list[tuple[int, int]] = []
    j = 0
    for p in paras:
        t = " ".join(p.text.split())
        k = j
        while k < len(spans) and norm[k] != t:
            k += 1
        if k == len(spans):
            continue  # not aligned (jusText rewrote it): counted as not kept
        if not p.is_boilerplate:
            kept.append(spans[k])
        j = k + 1
    return kept


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=10, help="passes over the pages for throughput")
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--big", type=float, default=0.0, help="also clean one input of this many MB")
    args = ap.parse_args()

    dirs = [ROOT / "resources" / "boilerplate" / "pages", ROOT / "tests" / "clean" / "dev"]
    pages: list[tuple[str, AssembledPage]] = []
    for d in dirs:
        for p in sorted(d.glob("*.json")):
            pages.append((d.name if d.name == "dev" else "train", load_page(p)))
    stop = justext.get_stoplist("French")
    prepared = [page_html(pg.raw) for _, pg in pages]

    rows = []
    for (group, pg), (doc, spans) in zip(pages, prepared, strict=True):
        r = clean(pg.raw)
        ours = char_scores(pg, [(s.start, s.end) for s in r.segments if s.kept])
        jt = char_scores(pg, justext_kept(pg.raw, doc, spans, stop))
        rows.append((group, pg.id, ours, jt))

    def summary(sel: list[tuple[str, str, tuple[float, float], tuple[float, float]]]) -> str:
        n = len(sel)
        if not n:
            return "(none)"
        o_r = sum(x[2][0] for x in sel) / n
        o_p = sum(x[2][1] for x in sel) / n
        j_r = sum(x[3][0] for x in sel) / n
        j_p = sum(x[3][1] for x in sel) / n
        oks = sum(1 for x in sel if x[2][0] >= 0.98 and x[2][1] >= 0.95)
        jks = sum(1 for x in sel if x[3][0] >= 0.98 and x[3][1] >= 0.95)
        return (f"{n:3d} pages | clean R {o_r:.3f} P {o_p:.3f} ({oks}/{n} pages R>=.98 & P>=.95)"
                f" | jusText R {j_r:.3f} P {j_p:.3f} ({jks}/{n})")

    if args.per_page:
        print(f"{'page':34} {'clean R':>8} {'P':>6} {'jusText R':>10} {'P':>6}")
        for group, pid, o, j in rows:
            print(f"{group + '/' + pid:34} {o[0]:8.3f} {o[1]:6.3f} {j[0]:10.3f} {j[1]:6.3f}")
    seeds = [x for x in rows if x[1].startswith("seed-")]
    train = [x for x in rows if x[0] == "train" and not x[1].startswith("seed-")]
    dev = [x for x in rows if x[0] == "dev"]
    print("accuracy (character level, article text)")
    print(f"  seeds:          {summary(seeds)}")
    print(f"  training pages: {summary(train)}")
    print(f"  dev pages:      {summary(dev)}")

    # Corpus mode: page families of one invented site each (tests/clean/families/), cleaned
    # statelessly and by a Cleaner that learned the family first.
    fams: dict[str, list[AssembledPage]] = {}
    for p in sorted((ROOT / "tests" / "clean" / "families").glob("*.json")):
        pg = load_page(p)
        fams.setdefault(pg.id.split("-")[1], []).append(pg)
    for site, fam in fams.items():
        c = Cleaner()
        c.learn([pg.raw for pg in fam], site=site)
        alone = [char_scores(pg, [(s.start, s.end) for s in clean(pg.raw).segments if s.kept]) for pg in fam]
        learned = [char_scores(pg, [(s.start, s.end) for s in c.clean(pg.raw, site=site).segments if s.kept])
                   for pg in fam]
        print(f"  family {site:11} {len(fam)} pages | stateless R {sum(x[0] for x in alone) / len(fam):.3f}"
              f" P {sum(x[1] for x in alone) / len(fam):.3f} | Cleaner R {sum(x[0] for x in learned) / len(fam):.3f}"
              f" P {sum(x[1] for x in learned) / len(fam):.3f}")

    # Throughput, one core, same pages.
    total_bytes = sum(len(pg.raw.encode("utf-8")) for _, pg in pages) * args.repeat
    for _, pg in pages[:3]:
        clean(pg.raw)  # warm caches (rules, model, langdetect profiles)
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        # Each pass pays for its per-text caches (language guesses, line decisions), as new
        # pages would; within a pass, pages share what they repeat.
        clear_cache()
        for _, pg in pages:
            clean(pg.raw)
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    # Warm: the same pages seen before, every short line's decision and language guess cached.
    for _ in range(args.repeat):
        for _, pg in pages:
            clean(pg.raw)
    t_warm = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(args.repeat):  # each page alone: nothing shared with the other pages of the pass
        for _, pg in pages:
            clear_cache()
            clean(pg.raw)
    t_alone = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for doc, _ in prepared:
            justext.justext(doc, stop, encoding="utf-8")
    t_jt = time.perf_counter() - t0
    mb = total_bytes / 1e6
    print(f"throughput over {mb:.2f} MB ({len(pages)} pages x {args.repeat}), one core: "
          f"jusText {mb / t_jt:.2f} MB/s; clean {mb / t_ours:.2f} MB/s cold (ratio {t_jt / t_ours:.2f}x), "
          f"{mb / t_warm:.2f} MB/s with per-text caches warm (ratio {t_jt / t_warm:.2f}x), "
          f"{mb / t_alone:.2f} MB/s with caches cleared before every page (ratio {t_jt / t_alone:.2f}x)")

    # The same three, interleaved pass by pass and counted in CPU time: on a shared machine the
    # load drifts between the phases above (each side is timed in a phase of its own).
    c_ours = c_warm = c_jt = 0.0
    for _ in range(args.repeat):
        clear_cache()
        t = time.process_time()
        for _, pg in pages:
            clean(pg.raw)
        c_ours += time.process_time() - t
        t = time.process_time()
        for _, pg in pages:
            clean(pg.raw)
        c_warm += time.process_time() - t
        t = time.process_time()
        for doc, _ in prepared:
            justext.justext(doc, stop, encoding="utf-8")
        c_jt += time.process_time() - t
    print(f"interleaved pass by pass, CPU time: jusText {mb / c_jt:.2f} MB/s; clean cold {mb / c_ours:.2f} MB/s "
          f"(ratio {c_jt / c_ours:.2f}x), with per-text caches warm {mb / c_warm:.2f} MB/s (ratio {c_jt / c_warm:.2f}x)")

    if args.big:
        unit = "\n\n".join(pg.raw for _, pg in pages)
        raw = (unit + "\n\n") * max(1, int(args.big * 1e6 / len(unit.encode("utf-8"))))
        t0 = time.perf_counter()
        r = clean(raw)
        dt = time.perf_counter() - t0
        print(f"one input of {len(raw.encode('utf-8')) / 1e6:.1f} MB: {dt:.1f} s "
              f"({len(raw.encode('utf-8')) / 1e6 / dt:.2f} MB/s), {len(r.segments)} segments")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
