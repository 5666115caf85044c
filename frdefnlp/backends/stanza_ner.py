"""stanza's French NER as a ``tag`` backend (the ``frdefnlp[stanza]`` extra plus stanza's
French models, installed once by the user).

:class:`StanzaBackend` builds ``stanza.Pipeline("fr", processors="tokenize,mwt,ner",
download_method=None)`` from a local model directory and proposes its PER/ORG/LOC spans
(WikiNER's MISC is dropped); :func:`frdefnlp.backends.merge` adds them to ``tag``'s
entities by the backend's per-label policy. This is the other direction from
:mod:`frdefnlp.stanza`, which runs our components inside a stanza pipeline.

Nothing is ever downloaded: without stanza's French ``tokenize``, ``mwt`` and ``ner`` models
in the directory (``$STANZA_RESOURCES_DIR`` or stanza's default, or ``dir=``), the first
text raises :class:`~frdefnlp.errors.ModelNotAvailableError` saying how to get them where
there is network access (``stanza.download("fr", processors="tokenize,mwt,ner")``).

Not measured: no French stanza model could be fetched on the machine this was written on
(no internet beyond package registries), so the merge was tested with a pipeline-shaped
object, and the backend's quality and cost on the devset are unknown (docs/backends.md).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Callable, Mapping
from typing import Any

from ..errors import InputTypeError, MissingDependencyError, ModelNotAvailableError
from ..types import Entity
from . import DEFAULT_POLICY, check_policy

__all__ = ["StanzaBackend", "STANZA_LABELS", "PROCESSORS"]

#: stanza's French NER types (WikiNER) -> ours; MISC has no counterpart.
STANZA_LABELS: Mapping[str, str] = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG",
                                    "LOC": "LOC"}

#: the stanza processors the backend runs (ner needs the tokens; French needs mwt)
PROCESSORS = ("tokenize", "mwt", "ner")

_INSTALL = 'pip install "frdefnlp[stanza]"'


def _stanza_installed() -> bool:
    spec = importlib.util.find_spec("stanza")
    return spec is not None and spec.origin is not None


class StanzaBackend:
    """stanza NER spans as ``tag`` candidates.

    Args:
        dir: stanza's model directory (default ``$STANZA_RESOURCES_DIR`` or stanza's own
            default, ``~/stanza_resources``).
        policy: label -> rule (:data:`frdefnlp.backends.RULES`); default
            :data:`frdefnlp.backends.DEFAULT_POLICY`.
        pipeline: a ready callable ``text -> document`` whose result has ``.ents``, each with
            ``.start_char``, ``.end_char`` and ``.type`` (a ``stanza.Pipeline`` you built, or
            a stand-in in tests); when given, nothing is loaded and ``dir`` is ignored.

    Raises:
        MissingDependencyError: stanza is not installed and no ``pipeline`` was given.
        ModelNotAvailableError: on the first text, when stanza's French models are absent.
    """

    def __init__(self, dir: str | None = None, *, policy: Mapping[str, str] = DEFAULT_POLICY,
                 pipeline: Callable[[str], Any] | None = None) -> None:
        if pipeline is not None and not callable(pipeline):
            raise InputTypeError(f"pipeline must be callable, got {type(pipeline).__name__}")
        if pipeline is None and not _stanza_installed():
            raise MissingDependencyError(
                f"the stanza backend needs stanza, an optional extra: {_INSTALL}, then its "
                "French models (python -c \"import stanza; stanza.download('fr')\" where "
                "there is network access)")
        self.dir = dir
        self.name = "stanza"
        self.policy = check_policy(policy)
        self._pipeline = pipeline
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"StanzaBackend(dir={self.dir!r}, policy={self.policy!r})"

    def model_dir(self) -> str:
        """The directory the models are read from."""
        if self.dir:
            return self.dir
        env = os.environ.get("STANZA_RESOURCES_DIR")
        if env:
            return env
        from stanza.resources.common import DEFAULT_MODEL_DIR

        return str(DEFAULT_MODEL_DIR)

    @property
    def pipeline(self) -> Callable[[str], Any]:
        """The stanza pipeline, built on first use from the local models."""
        if self._pipeline is None:
            with self._lock:
                if self._pipeline is None:
                    self._pipeline = self._load()
        return self._pipeline

    def _load(self) -> Any:
        model_dir = self.model_dir()
        missing = [f"fr/{p}" for p in PROCESSORS
                   if not os.path.isdir(os.path.join(model_dir, "fr", p))]
        if not os.path.exists(os.path.join(model_dir, "resources.json")):
            missing.insert(0, "resources.json")
        if missing:
            raise ModelNotAvailableError(self._how_to_get(model_dir, ", ".join(missing)))
        import stanza

        try:
            return stanza.Pipeline("fr", dir=model_dir, processors=",".join(PROCESSORS),
                                   download_method=None, logging_level="WARN")
        except Exception as exc:  # noqa: BLE001 - stanza raises many kinds for a bad install
            raise ModelNotAvailableError(self._how_to_get(model_dir, str(exc))) from exc

    @staticmethod
    def _how_to_get(model_dir: str, what: str) -> str:
        return (f"stanza's French NER models are not usable in {model_dir} ({what}); "
                "frdefnlp never downloads them. Where there is network access: python -c "
                "\"import stanza; stanza.download('fr', processors='tokenize,mwt,ner')\", "
                "then copy the directory here or pass StanzaBackend(dir=...) / "
                "--backend stanza:DIR")

    def entities(self, text: str) -> list[Entity]:
        """stanza's PERSON/ORG/LOC spans in ``text`` (offsets into ``text``)."""
        doc = self.pipeline(text)
        out: list[Entity] = []
        for span in getattr(doc, "ents", None) or ():
            label = STANZA_LABELS.get(getattr(span, "type", None) or "")
            s, e = getattr(span, "start_char", None), getattr(span, "end_char", None)
            if label is None or s is None or e is None or not 0 <= s < e <= len(text):
                continue
            out.append(Entity(s, e, text[s:e], label,
                              kind="person" if label == "PERSON" else "other",
                              source=self.name, confidence=0.7,
                              attrs={"backend": "stanza", "backend_label": span.type}))
        return out
