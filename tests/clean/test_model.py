"""The shipped classifier: portable JSON, reproducible from the shipped pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frdefnlp.boilerplate.features import FEATURES
from frdefnlp.boilerplate.model import FurnitureModel, load_model
from frdefnlp.boilerplate.pages import KEPT_LABELS, REMOVED_LABELS, assemble, load_page
from frdefnlp.boilerplate.train import train
from frdefnlp.errors import ResourceError

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "boilerplate" / "model.json"
PAGES = sorted((ROOT / "resources" / "boilerplate" / "pages").glob("*.json"))


def test_retraining_reproduces_the_shipped_model() -> None:
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    fresh = train(ROOT / "resources" / "boilerplate" / "pages")
    assert fresh["features"] == shipped["features"] == list(FEATURES)
    assert fresh["info"]["units"] == shipped["info"]["units"], "pages changed: retrain"
    for a, b in zip(fresh["coef"], shipped["coef"], strict=True):
        assert a == pytest.approx(b, abs=1e-4)
    assert fresh["intercept"] == pytest.approx(shipped["intercept"], abs=1e-4)


def test_model_is_plain_json_and_predicts_probabilities() -> None:
    model = load_model()
    assert model.features == FEATURES
    p = model.predict([0.0] * len(FEATURES))
    assert 0.0 < p < 1.0


def test_model_with_other_features_is_refused() -> None:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    with pytest.raises(ResourceError, match="retrain"):
        FurnitureModel.from_dict(data)
    with pytest.raises(ResourceError, match="malformed"):
        FurnitureModel.from_dict({"features": list(FEATURES)})


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_training_pages_are_well_formed(path: Path) -> None:
    page = load_page(path)
    labels = {label for _, _, label in page.blocks}
    assert labels <= KEPT_LABELS | REMOVED_LABELS
    assert labels & KEPT_LABELS, "a page without article text teaches nothing"
    for s, e, lang in page.headlines:
        assert lang in {"fr", "es", "en", "ar"}
        assert page.raw[s:e].strip() == page.raw[s:e]


def test_unknown_label_is_a_resource_error() -> None:
    with pytest.raises(ResourceError, match="unknown label 'footer'"):
        assemble({"blocks": [{"label": "footer", "text": "x"}]}, where="p.json")
