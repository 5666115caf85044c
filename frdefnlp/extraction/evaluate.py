"""Evaluation of event extraction against hand-labelled sentences (used by bench/eval_events.py).

Gold file: JSONL rows ``{"id", "text", "events": [{"type", slot: value ...}]}``. Each row is
tagged and extracted on its own. Detection is scored per (sentence, type): a predicted type is
a true positive if the gold row has an event of that type. Slot accuracy is computed over the
gold slots of matched events: supplier/recipient/host are ISO country codes, visitor is a person
canonical name or a country code, system is a name that must occur (accent-folded) in the
canonical name or text of a predicted system, status must be equal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .._text import fold
from ..types import Event

SLOTS = ("supplier", "recipient", "system", "status", "visitor", "host")


def _slot_ok(name: str, gold: Any, ev: Event) -> bool:
    a = ev.attrs
    if name == "supplier":
        return a.get("supplier_country") == gold
    if name == "recipient":
        return a.get("recipient_country") == gold
    if name == "host":
        return a.get("host_country") == gold
    if name == "status":
        return ev.status == gold
    if name == "system":
        g = fold(gold).lower()
        return any(g in fold(e.canonical or "").lower() or g in fold(e.text).lower()
                   for e in ev.slots.get("system", ()))
    if name == "visitor":
        names = {e.canonical or e.text for e in ev.slots.get("visitor", ())}
        return gold in names or a.get("visitor_country") == gold
    return False


def evaluate(rows: Iterable[dict[str, Any]], predict) -> dict[str, Any]:
    """Per-type P/R/F1 and per-slot accuracy; ``predict(text) -> list[Event]``."""
    from ._features import EVENT_TYPES

    counts = {t: [0, 0, 0] for t in EVENT_TYPES}  # tp, fp, fn
    slots = {s: [0, 0] for s in SLOTS}  # correct, total
    errors = []
    for row in rows:
        pred = predict(row["text"])
        ptypes = {e.type for e in pred}
        gtypes = {e["type"] for e in row["events"]}
        for t in EVENT_TYPES:
            if t in ptypes and t in gtypes:
                counts[t][0] += 1
            elif t in ptypes:
                counts[t][1] += 1
                errors.append((row.get("id"), "FP", t))
            elif t in gtypes:
                counts[t][2] += 1
                errors.append((row.get("id"), "FN", t))
        for g in row["events"]:
            cands = [e for e in pred if e.type == g["type"]]
            if not cands:
                continue
            for name in SLOTS:
                if name in g and g[name] is not None:
                    ok = any(_slot_ok(name, g[name], e) for e in cands)
                    slots[name][0] += ok
                    slots[name][1] += 1
                    if not ok:
                        errors.append((row.get("id"), "SLOT", name))
    table = {}
    all_tp = all_fp = all_fn = 0
    for t, (tp, fp, fn) in counts.items():
        all_tp, all_fp, all_fn = all_tp + tp, all_fp + fp, all_fn + fn
        table[t] = _prf(tp, fp, fn)
    table["ALL"] = _prf(all_tp, all_fp, all_fn)
    c = sum(v[0] for v in slots.values())
    n = sum(v[1] for v in slots.values())
    return {"detection": table,
            "slots": {k: {"correct": v[0], "total": v[1],
                          "accuracy": round(v[0] / v[1], 4) if v[1] else None}
                      for k, v in slots.items()},
            "slot_accuracy": round(c / n, 4) if n else None, "errors": errors}


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f, 4)}


def load_jsonl(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
