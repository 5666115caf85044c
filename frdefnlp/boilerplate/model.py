"""The furniture classifier at run time: a logistic regression read from JSON.

Trained by ``python -m frdefnlp.boilerplate.train`` with scikit-learn and shipped as plain
numbers (feature names, standardisation, coefficients) in
``resources/boilerplate/model.json``: no pickle to break on the next scikit-learn release,
no scikit-learn import at run time, and a diff that shows what a retraining changed.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import mul, sub, truediv
from typing import Any

from .._resources import cached, read_json
from ..errors import ResourceError
from .features import FEATURES

__all__ = ["FurnitureModel", "load_model"]

#: Python before 3.12 sums floats one by one in a C double (3.12 compensates the rounding):
#: there ``sum`` gives the loop's result exactly.
_PLAIN_SUM = sys.version_info < (3, 12)


@dataclass(frozen=True, slots=True)
class FurnitureModel:
    """``predict(x)`` is the probability that a unit with features ``x`` is page furniture."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    info: Mapping[str, Any]

    def predict(self, x: Sequence[float]) -> float:
        if len(x) != len(self.coef):
            raise ValueError(f"predict() takes {len(self.coef)} features, got {len(x)}")
        if _PLAIN_SUM:
            # The same terms, c * ((v - m) / s), added in the same order to the intercept:
            # this Python's sum() adds floats one by one in a C double, as the loop does.
            z = sum(map(mul, self.coef, map(truediv, map(sub, x, self.mean), self.scale)), self.intercept)
        else:
            z = self.intercept
            for v, m, s, c in zip(x, self.mean, self.scale, self.coef, strict=True):
                z += c * ((v - m) / s)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "model") -> FurnitureModel:
        try:
            feats = tuple(data["features"])
            model = cls(
                features=feats,
                mean=tuple(float(v) for v in data["mean"]),
                scale=tuple(float(v) or 1.0 for v in data["scale"]),
                coef=tuple(float(v) for v in data["coef"]),
                intercept=float(data["intercept"]),
                info=dict(data.get("info", {})),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ResourceError(f"malformed classifier: {exc}", path=where) from exc
        if feats != FEATURES:
            raise ResourceError(
                "classifier features differ from the code's; retrain with "
                "`python -m frdefnlp.boilerplate.train`", path=where, field="features")
        if not len(model.mean) == len(model.scale) == len(model.coef) == len(feats):
            raise ResourceError("classifier vectors have different lengths", path=where)
        return model


@cached
def load_model() -> FurnitureModel:
    """The shipped classifier (cached after the first call)."""
    return FurnitureModel.from_dict(read_json("boilerplate/model.json"), where="boilerplate/model.json")
