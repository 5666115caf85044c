"""Collection-wide settings: without the ``stanza`` extra, the stanza module and its page of
documentation are not collected (their doctests need stanza); tests/stanza skips itself.
Without spaCy and fr_core_news_sm, docs/backends.md is not collected either."""

from __future__ import annotations

import importlib.util


def _has_stanza() -> bool:
    spec = importlib.util.find_spec("stanza")
    return spec is not None and spec.origin is not None  # not tests/stanza as a namespace


def _has(module: str) -> bool:
    spec = importlib.util.find_spec(module)
    return spec is not None and spec.origin is not None


collect_ignore = [] if _has_stanza() else ["frdefnlp/stanza.py", "docs/stanza.md"]
if not (_has("spacy") and _has("fr_core_news_sm")):  # docs/backends.md runs spaCy's sm model
    collect_ignore.append("docs/backends.md")
