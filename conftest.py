"""Collection-wide settings: without the ``stanza`` extra, the stanza module and its page of
documentation are not collected (their doctests need stanza); tests/stanza skips itself."""

from __future__ import annotations

import importlib.util


def _has_stanza() -> bool:
    spec = importlib.util.find_spec("stanza")
    return spec is not None and spec.origin is not None  # not tests/stanza as a namespace


collect_ignore = [] if _has_stanza() else ["frdefnlp/stanza.py", "docs/stanza.md"]
