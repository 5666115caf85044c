"""A digest of ``clean()`` output over many texts, to show that speed work changes nothing.

Speed work on the filter must give the same output on text it has never been tuned on as well
as on the project's own pages (``tests/clean/test_clean_snapshot.py``). This script cleans every
text it finds, in four ways, and records one SHA-1 per text and way of
``CleanResult.to_dict()``:

* ``cold``: every per-text cache forgotten once, then the texts in order (pages share what
  they repeat, as in a batch run);
* ``warm``: the same texts again, every cache warm;
* ``alone``: every cache forgotten before each text;
* ``langs``: cold again, with ``languages=("fr", "es")`` (five candidate languages: the other
  path of the language evidence and of langdetect's trials).

Texts: ``seeds/*.txt``, the training pages, ``tests/clean/{dev,families,titles}``, the event
pages and tag gold texts of ``tests/`` (gold marks removed), every ``*.txt`` of each extra
directory given with ``--dir`` (e.g. the devset's raw pages, read at run time: nothing of them is
stored but the digests), every non-empty line of all those texts as a text of its own, and a
few adversarial strings. Write the digests with ``--out FILE`` and compare two files with
``--compare A B``.

Run:  PYTHONPATH=. python bench/digest_clean.py --dir ../shared/devset/pages --out /tmp/before.json
      PYTHONPATH=. python bench/digest_clean.py --compare /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from frdefnlp.boilerplate import clean  # noqa: E402
from frdefnlp.boilerplate.langid import clear_cache  # noqa: E402
from frdefnlp.boilerplate.pages import load_page  # noqa: E402

_GOLD_MARK = re.compile(r"\[([^\[\]\n]+)\]\{[A-Z_]+\}")

_ADVERSARIAL = [
    "", " ", "\n\n", "ab\n" * 300, "x " * 2000, "\u00a0" * 50, "1.\n" * 200, "😀👍🏽 " * 300,
    "مرحبا بكم\nLe Maroc a reçu\nEl Gobierno de España\nThe minister said", "a" * 5000,
    "Lire aussi\n" * 40, "Accueil | Maroc | Monde | Sport | Vidéos\n" * 5, "&amp;&nbsp;<br><p>x</p>\t\u200b",
    "\n".join(chr(0x61 + i % 26) + chr(0x61 + i // 26) for i in range(676)),
]


def _texts(extra: list[Path]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    out += [(f"seeds/{p.name}", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for d in ("resources/boilerplate/pages", "tests/clean/dev", "tests/clean/families", "tests/clean/titles"):
        for p in sorted((ROOT / d).glob("*.json")):
            try:
                out.append((f"{d}/{p.name}", load_page(p).raw))
            except Exception:  # noqa: BLE001 - a page file of another shape: skip it
                continue
    out += [(f"tests/events/pages/{p.name}", p.read_text(encoding="utf-8"))
            for p in sorted((ROOT / "tests" / "events" / "pages").glob("*.txt"))]
    for p in sorted((ROOT / "tests" / "tagging" / "gold").glob("*.txt")):
        # One text per document of the gold file, without its marks.
        for k, doc in enumerate(re.split(r"^### .*$", p.read_text(encoding="utf-8"), flags=re.M)):
            if doc.strip():
                out.append((f"tests/tagging/gold/{p.name}#{k}", _GOLD_MARK.sub(r"\1", doc)))
    for d in extra:
        out += [(f"{d.name}/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(d.glob("*.txt"))]
    lines: dict[str, None] = {}
    for _, t in out:
        for ln in t.splitlines():
            if ln.strip():
                lines.setdefault(ln, None)
    out += [(f"line/{k}", ln) for k, ln in enumerate(lines)]
    out += [(f"adversarial/{k}", t) for k, t in enumerate(_ADVERSARIAL)]
    return out


def _sha(d: dict) -> str:
    return hashlib.sha1(json.dumps(d, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def digests(extra: list[Path]) -> dict[str, str]:
    texts = _texts(extra)
    out: dict[str, str] = {}
    clear_cache()
    for name, t in texts:
        out[f"cold:{name}"] = _sha(clean(t).to_dict())
    for name, t in texts:
        out[f"warm:{name}"] = _sha(clean(t).to_dict())
    pages = [(n, t) for n, t in texts if not n.startswith("line/")]
    for name, t in pages:
        clear_cache()
        out[f"alone:{name}"] = _sha(clean(t).to_dict())
    clear_cache()
    for name, t in texts:
        out[f"langs:{name}"] = _sha(clean(t, languages=("fr", "es")).to_dict())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", action="append", default=[], type=Path, help="extra directory of *.txt pages")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--compare", nargs=2, type=Path)
    args = ap.parse_args()
    if args.compare:
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        print(f"{len(a)} / {len(b)} digests; {len(diff)} differ")
        for k in diff[:50]:
            print("  ", k)
        return 1 if diff else 0
    d = digests(args.dir)
    total = hashlib.sha1("".join(f"{k}={v}\n" for k, v in sorted(d.items())).encode()).hexdigest()
    print(f"{len(d)} digests; overall {total}")
    if args.out:
        args.out.write_text(json.dumps(d, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
