"""Check the blind page set: offsets, content words, entity surfaces and event must groups.

Checks: every content span is inside the page, non-empty, stripped and non-overlapping; the
article has 250-700 words; every entity surface occurs word-bounded in the content text; every
must/key alternative occurs verbatim in the content text; key groups are subsets of must groups;
statuses and types are the conventional ones; evidence fragments occur in the content text."""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"ARMS_TRANSFER": {"planned", "negotiating", "agreed", "ordered", "delivered", "denied", "cancelled", "reported"},
         "AGREEMENT": {"planned", "signed", "ratified"}, "VISIT": {"planned", "ongoing", "done"},
         "EXERCISE": {"planned", "ongoing", "done"}, "INDUSTRY": {"planned", "ongoing", "done"}}
LABELS = {"PERSON", "ORG", "LOC", "WEAPON", "MONEY", "DATE"}


def main():
    errors = []
    for bp_path in sorted((HERE / "gold" / "boilerplate").glob("*.json")):
        bp = json.loads(bp_path.read_text(encoding="utf-8"))
        gid = bp["id"]
        raw = (HERE / "pages" / f"{gid}.txt").read_text(encoding="utf-8")
        spans = sorted(bp["content"])
        prev = 0
        for s, e in spans:
            seg = raw[s:e]
            if not (0 <= s < e <= len(raw)) or seg != seg.strip() or s < prev:
                errors.append(f"{gid}: bad span {s},{e} {seg[:30]!r}")
            prev = e
        text = "\n\n".join(raw[s:e] for s, e in spans)
        words = len(text.split())
        if not 250 <= words <= 700:
            errors.append(f"{gid}: {words} content words")
        if bp["metadata"]["title"] and bp["metadata"]["title"] not in text:
            errors.append(f"{gid}: title not in content")
        ents = json.loads((HERE / "gold" / "entities" / f"{gid}.json").read_text(encoding="utf-8"))["entities"]
        for en in ents:
            if en["label"] not in LABELS:
                errors.append(f"{gid}: label {en['label']}")
            if (en["canonical"] is None) != (en["label"] in ("LOC", "MONEY", "DATE")):
                errors.append(f"{gid}: canonical convention {en}")
            if not re.search(r"(?<!\w)" + re.escape(en["text"]) + r"(?!\w)", text):
                errors.append(f"{gid}: entity not in content {en['text']!r}")
        evs = json.loads((HERE / "gold" / "events" / f"{gid}.json").read_text(encoding="utf-8"))["events"]
        for ev in evs:
            if ev["status"] not in TYPES.get(ev["type"], ()):
                errors.append(f"{gid}: {ev['type']} status {ev['status']}")
            for kind in ("must", "key"):
                for g in ev[kind]:
                    for alt in g.split("|"):
                        if alt not in text:
                            errors.append(f"{gid}: {kind} alternative not in content {alt!r}")
            must_alts = {a for g in ev["must"] for a in g.split("|")}
            if len(ev["key"]) > len(ev["must"]) or any(a not in must_alts for g in ev["key"] for a in g.split("|")):
                errors.append(f"{gid}: key not within must {ev['key']}")
            for frag in ev["evidence"].split(" [...] "):
                if frag not in text:
                    errors.append(f"{gid}: evidence fragment not in content {frag[:50]!r}")
        req = sum(1 for e in evs if not e.get("optional"))
        print(f"{gid}: {len(spans)} spans, {words} words, {len(ents)} entity surfaces, {req} events (+{len(evs) - req} optional)")
    print("\n".join(errors) if errors else "OK: all checks pass")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
