"""Retrain the furniture classifier: ``python -m frdefnlp.boilerplate.train``.

Reads the labelled pages shipped in ``resources/boilerplate/pages/`` (the five seeds labelled
by hand and pages written for the project in the manner of Hespress, Le360, Yabiladi,
Bladi.net, H24info, Jeune Afrique, Zone Militaire ...), runs the same segmentation, rules and
features as :func:`frdefnlp.clean`, and fits a scikit-learn logistic regression on the units
the rules leave undecided. The result is written as JSON (``resources/boilerplate/model.json``
by default). Deterministic: the same pages give the same numbers (lbfgs, fixed order).

scikit-learn is imported here only; the library never needs it at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .cleaner import CleanOptions, analyse
from .features import FEATURES, page_features
from .pages import KEPT_LABELS, AssembledPage, load_page

__all__ = ["training_rows", "train", "main", "default_pages_dir"]


def default_pages_dir() -> Path:
    from .._resources import resource

    return Path(str(resource("boilerplate/pages")))


def _unit_label(page: AssembledPage, start: int, end: int) -> int:
    """1 if the unit is furniture (most of its non-blank characters are), else 0."""
    kept = other = 0
    for s, e, label in page.blocks:
        lo, hi = max(s, start), min(e, end)
        if lo >= hi:
            continue
        n = sum(1 for c in page.raw[lo:hi] if not c.isspace())
        if label in KEPT_LABELS:
            kept += n
        else:
            other += n
    return 0 if kept >= other else 1


def training_rows(pages: Iterable[AssembledPage], languages: tuple[str, ...] = ("fr",)) -> tuple[list[list[float]], list[int]]:
    """Feature rows and labels (1 = furniture) of the units the rules leave undecided."""
    opts = CleanOptions()
    X: list[list[float]] = []
    y: list[int] = []
    for page in pages:
        a = analyse(page.raw, languages, opts)
        todo = [i for i, r in enumerate(a.reasons) if r is None]
        feats = page_features([u.text for u in a.units], a.reasons, a.langs, languages, [u.line for u in a.units], todo)
        for i in todo:
            u = a.units[i]
            X.append(feats[i])
            y.append(_unit_label(page, u.start, u.end))
    return X, y


def train(pages_dir: Path | None = None, *, C: float = 1.0) -> dict[str, Any]:
    """Fit the classifier on every ``*.json`` page of ``pages_dir``; return the model dict."""
    import sklearn
    from sklearn.linear_model import LogisticRegression

    d = pages_dir or default_pages_dir()
    paths = sorted(Path(d).glob("*.json"))
    if not paths:
        raise SystemExit(f"no labelled pages in {d}")
    pages = [load_page(p) for p in paths]
    X, y = training_rows(pages)
    if len(set(y)) < 2:
        raise SystemExit("the training units hold only one class; add pages")
    cols = list(zip(*X, strict=True))
    mean = [sum(c) / len(c) for c in cols]
    scale = [(sum((v - m) ** 2 for v in c) / len(c)) ** 0.5 or 1.0 for c, m in zip(cols, mean, strict=True)]
    Xs = [[(v - m) / s for v, m, s in zip(row, mean, scale, strict=True)] for row in X]
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, solver="lbfgs")
    clf.fit(Xs, y)
    acc = sum(int(p == t) for p, t in zip(clf.predict(Xs), y, strict=True)) / len(y)
    return {
        "features": list(FEATURES),
        "mean": [round(v, 8) for v in mean],
        "scale": [round(v, 8) for v in scale],
        "coef": [round(float(v), 8) for v in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), 8),
        "info": {
            "trained_with": f"scikit-learn {sklearn.__version__} LogisticRegression(C={C}, class_weight='balanced')",
            "pages": len(pages),
            "units": len(y),
            "furniture_units": sum(y),
            "training_accuracy": round(acc, 4),
            "command": "python -m frdefnlp.boilerplate.train",
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m frdefnlp.boilerplate.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=None, help="directory of labelled pages (default: the shipped ones)")
    parser.add_argument("--out", type=Path, default=None,
                        help="where to write the model JSON (default: resources/boilerplate/model.json)")
    parser.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args(argv)
    model = train(args.pages, C=args.C)
    out = args.out or default_pages_dir().parent / "model.json"
    out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    info = model["info"]
    print(f"wrote {out}: {info['units']} units from {info['pages']} pages, "
          f"training accuracy {info['training_accuracy']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
