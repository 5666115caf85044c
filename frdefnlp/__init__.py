"""frdefnlp: French defence-domain NLP for scraped news.

>>> import frdefnlp
>>> r = frdefnlp.clean("Le Maroc a commandé des drones Harop.")   # doctest: +SKIP
>>> doc = frdefnlp.tag(r)                                         # doctest: +SKIP
>>> frdefnlp.events(doc)                                          # doctest: +SKIP

The public API is listed in ``__all__``. Heavy parts (scikit-learn models, the gazetteer,
stanza) load on first use, never at import: ``import frdefnlp`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    FrdefnlpError,
    InputError,
    InputTypeError,
    InputValueError,
    ModelNotAvailableError,
    ResourceError,
)
from .types import (
    LABELS,
    CleanResult,
    Document,
    Entity,
    Event,
    Metadata,
    OffsetMap,
    Segment,
    Sentence,
    Token,
)

if TYPE_CHECKING:  # pragma: no cover
    from .batch import pipe
    from .boilerplate import Cleaner, CleanOptions, clean
    from .extraction import EventOptions, events
    from .gazetteer import Gazetteer, GazetteerMatch, Record
    from .patterns import PatternTagger
    from .tagger import Tagger, TagOptions, tag
    from .tokenizer import Tokenizer, tokenize

# name -> module that defines it; imported on first attribute access (PEP 562).
_LAZY = {
    "clean": "frdefnlp.boilerplate",
    "CleanOptions": "frdefnlp.boilerplate",
    "Cleaner": "frdefnlp.boilerplate",
    "Gazetteer": "frdefnlp.gazetteer",
    "GazetteerMatch": "frdefnlp.gazetteer",
    "Record": "frdefnlp.gazetteer",
    "tag": "frdefnlp.tagger",
    "Tagger": "frdefnlp.tagger",
    "TagOptions": "frdefnlp.tagger",
    "events": "frdefnlp.extraction",
    "EventOptions": "frdefnlp.extraction",
    "Tokenizer": "frdefnlp.tokenizer",
    "tokenize": "frdefnlp.tokenizer",
    "PatternTagger": "frdefnlp.patterns",
    "pipe": "frdefnlp.batch",
}

__all__ = [
    "__version__",
    "clean",
    "CleanOptions",
    "Cleaner",
    "tag",
    "Tagger",
    "TagOptions",
    "events",
    "EventOptions",
    "pipe",
    "Tokenizer",
    "tokenize",
    "PatternTagger",
    "Gazetteer",
    "GazetteerMatch",
    "Record",
    "CleanResult",
    "Segment",
    "Metadata",
    "OffsetMap",
    "Document",
    "Sentence",
    "Token",
    "Entity",
    "Event",
    "LABELS",
    "FrdefnlpError",
    "InputError",
    "InputTypeError",
    "InputValueError",
    "ResourceError",
    "ModelNotAvailableError",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'frdefnlp' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
