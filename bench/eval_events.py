"""Event extraction figures on the hand-labelled dev set (tests/events/dev.jsonl).

Run: ``python bench/eval_events.py [--errors] [--pages]`` from the repository root (``--pages``:
page-level figures on tests/events/pages with the devset's definitions). Prints per-type
precision/recall/F1 of sentence-level event detection and per-slot accuracy (definitions in
frdefnlp/extraction/evaluate.py). The dev set is never used for training.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from frdefnlp.extraction import events
from frdefnlp.extraction.evaluate import evaluate, load_jsonl

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="list the misses")
    parser.add_argument("--gold", default=str(ROOT / "tests" / "events" / "dev.jsonl"))
    parser.add_argument("--pages", action="store_true",
                        help="page-level figures on tests/events/pages (devset definitions)")
    parser.add_argument("--dir", default=None,
                        help="with --pages: another page folder holding ID.txt and gold.jsonl")
    args = parser.parse_args()
    if args.pages:
        _pages(args.errors, args.dir)
        return
    res = evaluate(load_jsonl(args.gold), events)
    print(f"{'type':15} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn")
    for t, m in res["detection"].items():
        print(f"{t:15} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}  "
              f"{m['tp']}/{m['fp']}/{m['fn']}")
    print("\nslot       accuracy  (correct/total)")
    for s, m in res["slots"].items():
        acc = "-" if m["accuracy"] is None else f"{m['accuracy']:.3f}"
        print(f"{s:10} {acc:>8}  ({m['correct']}/{m['total']})")
    print(f"\nall slots  {res['slot_accuracy']}")
    _seeds()
    if args.errors:
        print(json.dumps(res["errors"], ensure_ascii=False))


def _pages(errors: bool, directory: str | None = None) -> None:
    """Page-level figures on the team's own pages (tests/events/pages, pages_gold.jsonl), or on
    ``directory`` (its ``ID.txt`` pages and ``gold.jsonl``)."""
    from frdefnlp.extraction.evaluate import load_pages, score_pages

    d = ROOT / "tests" / "events"
    if directory:
        pages = load_pages(directory, str(Path(directory) / "gold.jsonl"))
    else:
        pages = load_pages(str(d / "pages"), str(d / "pages_gold.jsonl"))
    res = score_pages(pages, events)
    for t, m in res["types"].items():
        print(f"  {t:14s} recall {m['recall']:.3f} (gold {m['gold']})  "
              f"precision {m['precision']:.3f} (predicted {m['predicted']})")
    if errors:
        print("\n".join("      " + e for e in res["errors"]))
    print(json.dumps({k: res[k] for k in ("precision", "recall", "f1", "gold", "predicted")}))


def _seeds() -> None:
    """Seed events recovered (gold: tests/events/seed_events.json; matching as in the tests)."""
    import sys

    sys.path.insert(0, str(ROOT / "tests" / "events"))
    from test_events import GOLD, _matches, _seed_events

    found = [g["id"] for g in GOLD["events"]
             if any(_matches(g, ev) for ev in _seed_events(g["seed"])[1])]
    print(f"\nseed events recovered: {len(found)}/{len(GOLD['events'])}")
    missing = sorted({g["id"] for g in GOLD["events"]} - set(found))
    if missing:
        print("missing:", ", ".join(missing))


if __name__ == "__main__":
    main()
