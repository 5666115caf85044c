"""Write pages/, gold/ and MANIFEST.tsv of the blind page set from build_pages_{a,b,c}.py.

A page template marks each article line with a leading '§ '; the marker is dropped from the
page and the line (surrounding whitespace excluded) becomes one content span."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_pages_a  # noqa: E402
import build_pages_b  # noqa: E402,F401
import build_pages_c  # noqa: E402,F401


def render(template):
    out, spans, pos = [], [], 0
    for line in template.split("\n"):
        if line.startswith("§ "):
            line = line[2:]
            body = line.strip()
            s = pos + (len(line) - len(line.lstrip()))
            spans.append([s, s + len(body)])
        out.append(line)
        pos += len(line) + 1
    return "\n".join(out), spans


def dump(path, obj):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    rows = ["id\tmodelled_on_site\tlanguage_noise\tfurniture_kinds\tn_events\tnotes"]
    for p in sorted(build_pages_a.PAGES, key=lambda p: p["id"]):
        raw, spans = render(p["text"])
        (HERE / "pages").mkdir(exist_ok=True)
        (HERE / "pages" / f"{p['id']}.txt").write_text(raw, encoding="utf-8")
        dump(HERE / "gold" / "boilerplate" / f"{p['id']}.json", {"id": p["id"], "content": spans, "metadata": p["meta"]})
        dump(HERE / "gold" / "entities" / f"{p['id']}.json",
             {"id": p["id"], "entities": [{"text": t, "label": lab, "canonical": c} for t, lab, c in p["ents"]]})
        dump(HERE / "gold" / "events" / f"{p['id']}.json", {"id": p["id"], "events": p["events"]})
        req = sum(1 for e in p["events"] if not e.get("optional"))
        opt = len(p["events"]) - req
        n = f"{req}" + (f" (+{opt} optional)" if opt else "")
        rows.append("\t".join([p["id"], p["site"], p["noise"], p["furniture"], n, p["notes"]]))
    (HERE / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
