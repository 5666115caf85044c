"""Write pages/, gold/ and MANIFEST.tsv of blindpages4 from pages_{a,b,c}.py.

Page template: a line starting with '§ ' is article content (the marker is removed, the line
without surrounding whitespace is one content span); every other line is furniture.
Entities are written one per line as 'surface|LABEL|canonical' (canonical defaults to the
surface for PERSON/ORG/WEAPON, null for LOC/MONEY/DATE)."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import PAGES  # noqa: E402
import importlib  # noqa: E402
for _m in ("pages_a", "pages_b", "pages_c"):
    importlib.import_module(_m)


def render(template):
    out, spans, pos = [], [], 0
    lines = template.strip("\n").split("\n")
    for line in lines:
        if line.startswith("§ "):
            line = line[2:]
            body = line.strip()
            s = pos + (len(line) - len(line.lstrip()))
            spans.append([s, s + len(body)])
        out.append(line)
        pos += len(line) + 1
    return "\n".join(out) + "\n", spans


def parse_ents(block):
    out = []
    for ln in block.strip().split("\n"):
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        parts = ln.split("|")
        text, lab = parts[0], parts[1]
        can = parts[2] if len(parts) > 2 and parts[2] else (text if lab in ("PERSON", "ORG", "WEAPON") else None)
        if lab not in ("PERSON", "ORG", "WEAPON"):
            can = None
        out.append({"text": text, "label": lab, "canonical": can})
    return out


def dump(path, obj):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    rows = ["id\tmodelled_on_site\tlanguage_noise\tfurniture_kinds\tn_events\tnotes"]
    for p in sorted(PAGES, key=lambda p: p["id"]):
        raw, spans = render(p["text"])
        (HERE / "pages").mkdir(exist_ok=True)
        (HERE / "pages" / f"{p['id']}.txt").write_text(raw, encoding="utf-8")
        meta = dict(p["meta"])
        meta["title"] = raw[spans[0][0]:spans[0][1]] if spans else None
        dump(HERE / "gold" / "boilerplate" / f"{p['id']}.json", {"id": p["id"], "content": spans, "metadata": meta})
        dump(HERE / "gold" / "entities" / f"{p['id']}.json", {"id": p["id"], "entities": parse_ents(p["ents"])})
        dump(HERE / "gold" / "events" / f"{p['id']}.json", {"id": p["id"], "events": p["events"]})
        req = sum(1 for e in p["events"] if not e.get("optional"))
        opt = len(p["events"]) - req
        n = f"{req}" + (f" (+{opt} optional)" if opt else "")
        rows.append("\t".join([p["id"], p["site"], p["noise"], p["furniture"], n, p["notes"]]))
    (HERE / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
