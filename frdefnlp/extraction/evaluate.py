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
from collections.abc import Callable, Iterable
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


# --------------------------------------------------------------------------- pages

def slot_strings(ev: Any) -> str:
    """Every slot filler's text and canonical name, casefolded, joined by `` | ``."""
    out: list[str] = []
    for ents in (ev.slots or {}).values():
        for e in ents:
            for x in (e.text, e.canonical):
                if isinstance(x, str):
                    out.append(x)
    return " | ".join(out).casefold()


def score_pages(pages: Iterable[tuple[str, str, dict[str, Any]]],
                extract: Callable[[Any], list[Any]]) -> dict[str, Any]:
    """Page-level event figures with the devset's definitions (../shared/devset CONVENTIONS):
    a predicted event hits a gold event of its type when every ``must`` group has an
    alternative among its slot strings (recall); it is right when one group of some gold
    event of its type matches (precision); optional gold events count neither way.

    ``pages`` yields ``(id, text, gold)`` with ``gold["events"]`` as in the devset.
    """
    per: dict[str, list[int]] = {}
    errors: list[str] = []
    for pid, text, gold in pages:
        preds = [(ev.type, slot_strings(ev)) for ev in extract(text)]

        def groups(s: str, ge: dict[str, Any]) -> list[bool]:
            return [any(a.strip().casefold() in s for a in g.split("|")) for g in ge["must"]]

        for ge in gold["events"]:
            if ge.get("optional"):
                continue
            row = per.setdefault(ge["type"], [0, 0, 0, 0])
            row[0] += 1
            if any(t == ge["type"] and all(groups(s, ge)) for t, s in preds):
                row[1] += 1
            else:
                errors.append(f"missed {pid} {ge['type']} {ge['must']}")
        for t, s in preds:
            matches = [ge for ge in gold["events"] if ge["type"] == t and any(groups(s, ge))]
            if matches and all(ge.get("optional") for ge in matches):
                continue
            row = per.setdefault(t, [0, 0, 0, 0])
            row[2] += 1
            if matches:
                row[3] += 1
            else:
                errors.append(f"false  {pid} {t} {s[:90]}")
    g = sum(v[0] for v in per.values())
    h = sum(v[1] for v in per.values())
    p = sum(v[2] for v in per.values())
    c = sum(v[3] for v in per.values())
    prec, rec = c / max(1, p), h / max(1, g)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
            "gold": g, "predicted": p,
            "types": {t: {"recall": round(v[1] / max(1, v[0]), 3),
                          "precision": round(v[3] / max(1, v[2]), 3), "gold": v[0],
                          "predicted": v[2]} for t, v in sorted(per.items())},
            "errors": errors}


def load_pages(directory: str, gold_path: str) -> list[tuple[str, str, dict[str, Any]]]:
    """``(id, text, gold)`` of the pages ``directory/ID.txt`` listed in ``gold_path``."""
    from pathlib import Path

    out = []
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            gold = json.loads(line)
            text = (Path(directory) / f"{gold['id']}.txt").read_text(encoding="utf-8")
            out.append((gold["id"], text, gold))
    return out
