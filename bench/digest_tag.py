"""One digest of what ``tag`` and ``events`` give, to check that a change keeps the output.

    python bench/digest_tag.py          # prints: texts, characters, sha256

The texts: the seed pages and the first 60 own event pages as they are (raw), their
concatenation three times; the cleaned own pages joined and cut at 1, 5, 20, 50, 99 and 150
thousand characters, and whole (about 0.5 MB, read in windows); the other cleaned pages one
by one; every adversarial row of ``bench_adversarial.py`` at 20 KB and 150 KB. For each:
``tag(text).to_dict(candidates=True)`` and ``repr(events(doc))``. Run it on the code before and
after a same-output change (``PYTHONPATH=...``): the digests must be equal.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def texts() -> list[str]:
    from bench_adversarial import ROWS, make

    import frdefnlp

    pages = sorted((ROOT / "tests" / "events" / "pages").glob("*.txt"))
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out += [p.read_text(encoding="utf-8") for p in pages[:60]]
    out.append("\n\n".join(out) * 3)
    cleaned = [frdefnlp.clean(p.read_text(encoding="utf-8")).text for p in pages]
    joined = "\n\n".join(cleaned)
    out += [joined[:n] for n in (1000, 5000, 20000, 50000, 99000, 150000)]
    out.append(joined)
    out += cleaned[60:]
    for row in ROWS:
        if row != "french":
            out += [make(row, 0.02), make(row, 0.15)]
    return out


def main() -> int:
    import frdefnlp

    h = hashlib.sha256()
    all_texts = texts()
    for t in all_texts:
        doc = frdefnlp.tag(t, max_length=None)
        h.update(json.dumps(doc.to_dict(candidates=True), sort_keys=True, ensure_ascii=False,
                            default=str).encode())
        h.update(repr(frdefnlp.events(doc)).encode())
    print(len(all_texts), sum(map(len, all_texts)), h.hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
