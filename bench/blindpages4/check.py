"""Check the blindpages4 gold: spans, entity surfaces and their mentions (text[s:e] equals the
surface, mentions resolved exactly as score.py does: every word-bounded occurrence, longer wins),
event groups and evidence inside the content, types and statuses. Prints counts.

    python check.py        # "OK: all checks pass" on success
    python check.py -m     # also list every mention with its offsets and context"""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
LABELS = {"PERSON", "ORG", "LOC", "WEAPON", "MONEY", "DATE"}
STATUS = {"ARMS_TRANSFER": {"planned", "negotiating", "agreed", "ordered", "delivered", "denied", "cancelled", "reported"},
          "AGREEMENT": {"planned", "signed", "ratified"}, "VISIT": {"planned", "ongoing", "done"},
          "EXERCISE": {"planned", "ongoing", "done"}, "INDUSTRY": {"planned", "ongoing", "done"}}


def mentions(text, ents):
    cands = []
    for e in ents:
        for m in re.finditer(r"(?<!\w)" + re.escape(e["text"]) + r"(?!\w)", text):
            cands.append((m.start(), m.end(), e["label"], e["text"]))
    cands.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    taken, out = set(), []
    for s, e, lab, t in cands:
        if not taken.intersection(range(s, e)):
            taken.update(range(s, e))
            out.append((s, e, lab, t))
    return sorted(out)


def main(show):
    errs = []
    per_label, per_type, opt_type = collections.Counter(), collections.Counter(), collections.Counter()
    words = []
    ids = sorted(p.stem for p in (HERE / "pages").glob("*.txt"))
    for pid in ids:
        raw = (HERE / "pages" / f"{pid}.txt").read_text(encoding="utf-8")
        bp = json.loads((HERE / "gold" / "boilerplate" / f"{pid}.json").read_text(encoding="utf-8"))
        en = json.loads((HERE / "gold" / "entities" / f"{pid}.json").read_text(encoding="utf-8"))
        ev = json.loads((HERE / "gold" / "events" / f"{pid}.json").read_text(encoding="utf-8"))
        last = -1
        for s, e in bp["content"]:
            seg = raw[s:e]
            if not (0 <= s < e <= len(raw)) or seg != seg.strip() or s < last:
                errs.append(f"{pid}: bad span {s},{e}")
            if seg.startswith(("• ", "- ")):
                errs.append(f"{pid}: list marker in span {seg[:30]!r}")
            last = e
        text = "\n\n".join(raw[s:e] for s, e in sorted(bp["content"]))
        words.append(len(text.split()))
        md = bp["metadata"]
        if md.get("date") and not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", md["date"]):
            errs.append(f"{pid}: bad date {md['date']}")
        seen = set()
        for e in en["entities"]:
            if e["label"] not in LABELS:
                errs.append(f"{pid}: bad label {e}")
            if (e["text"], e["label"]) in seen or e["text"] in {x[0] for x in seen}:
                errs.append(f"{pid}: duplicate surface {e['text']!r}")
            seen.add((e["text"], e["label"]))
            if e["text"] != e["text"].strip():
                errs.append(f"{pid}: unstripped surface {e['text']!r}")
            if not re.search(r"(?<!\w)" + re.escape(e["text"]) + r"(?!\w)", text):
                errs.append(f"{pid}: surface not in content {e['text']!r}")
            if (e["label"] in ("PERSON", "ORG", "WEAPON")) != (e["canonical"] is not None):
                errs.append(f"{pid}: canonical rule {e}")
        ms = mentions(text, en["entities"])
        used = {t for _, _, _, t in ms}
        for e in en["entities"]:
            if e["text"] not in used:
                errs.append(f"{pid}: surface {e['text']!r} always inside a longer mention")
        for s, e, lab, t in ms:
            if text[s:e] != t:
                errs.append(f"{pid}: offset mismatch {s},{e} {t!r}")
            per_label[lab] += 1
            if show:
                print(f"{pid} {s:5d} {e:5d} {lab:7s} {t!r:45s} …{text[max(0, s - 25):s]}[{t}]{text[e:e + 20]}…".replace("\n", " "))
        for g in ev["events"]:
            if g["type"] not in STATUS or g["status"] not in STATUS[g["type"]]:
                errs.append(f"{pid}: bad type/status {g['type']} {g['status']}")
            if len(g["key"]) != len(g["must"]):
                errs.append(f"{pid}: key/must group count differ {g['must']}")
            for grp in g["must"] + g["key"]:
                for alt in grp.split("|"):
                    if alt.strip() != alt or alt not in text:
                        errs.append(f"{pid}: group alternative not in content {alt!r}")
            for grp_k, grp_m in zip(g["key"], g["must"]):
                if not set(grp_k.split("|")) <= set(grp_m.split("|")):
                    errs.append(f"{pid}: key group not within must group {grp_k!r}")
            if g["evidence"] not in text:
                errs.append(f"{pid}: evidence not in content {g['evidence'][:60]!r}")
            (opt_type if g.get("optional") else per_type)[g["type"]] += 1
    print(f"pages {len(ids)}; article words min {min(words)} max {max(words)} total {sum(words)}")
    print("mentions", sum(per_label.values()), dict(sorted(per_label.items())))
    print("events (required)", sum(per_type.values()), dict(sorted(per_type.items())))
    print("events (optional)", sum(opt_type.values()), dict(sorted(opt_type.items())))
    for x in errs:
        print("ERROR", x)
    print("OK: all checks pass" if not errs else f"{len(errs)} errors")
    return not errs


if __name__ == "__main__":
    sys.exit(0 if main("-m" in sys.argv) else 1)
