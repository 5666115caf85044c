"""Retrain the sentence classifier: ``python -m frdefnlp.extraction.train [--out PATH]``.

Reads resources/events/train.jsonl ({"text", "types"}), tags each sentence with
frdefnlp.tagger.tag, builds the features of frdefnlp.extraction._features, fits one
scikit-learn LogisticRegression per event type (liblinear, fixed C, deterministic) and writes
resources/events/model.json (sorted vocabulary + coefficients rounded to 6 decimals), so the
same data always gives the same file. scikit-learn is imported here only, never at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .._resources import iter_jsonl, read_text
from ._features import EVENT_TYPES, entity_labels, event_entities, sentence_features


def training_rows() -> list[tuple[dict[str, float], list[str]]]:
    from ..tagger import tag

    rows = []
    for _, row in iter_jsonl(read_text("events/train.jsonl"), "events/train.jsonl"):
        doc = tag(row["text"])
        feats = sentence_features(doc.text, entity_labels(event_entities(doc), 0, len(doc.text)))
        rows.append((feats, list(row["types"])))
    return rows


def fit(rows: list[tuple[dict[str, float], list[str]]]) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    names = sorted({f for feats, _ in rows for f in feats})
    vocab = {f: i for i, f in enumerate(names)}
    x = [[feats.get(f, 0.0) for f in names] for feats, _ in rows]
    classes = {}
    for etype in EVENT_TYPES:
        y = [1 if etype in types else 0 for _, types in rows]
        clf = LogisticRegression(C=3.0, solver="liblinear", fit_intercept=False, max_iter=1000)
        clf.fit(x, y)
        classes[etype] = {
            "intercept": 0.0,
            "coef": [round(float(c), 6) for c in clf.coef_[0]],
        }
    return {"format": "frdefnlp-events-logreg-1", "features": "frdefnlp.extraction._features",
            "vocabulary": vocab, "classes": classes, "n_train": len(rows)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "resources" / "events" / "model.json"
    parser.add_argument("--out", default=str(default))
    args = parser.parse_args(argv)
    model = fit(training_rows())
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, sort_keys=True) + "\n",
                              encoding="utf-8")
    print(f"wrote {args.out}: {len(model['vocabulary'])} features, {model['n_train']} sentences",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
