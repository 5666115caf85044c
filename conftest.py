"""Collection-wide settings: without the ``stanza`` extra, the stanza module and its page of
documentation are not collected (their doctests need stanza); tests/stanza skips itself."""

from __future__ import annotations

import importlib.util

collect_ignore = [] if importlib.util.find_spec("stanza") else ["frdefnlp/stanza.py",
                                                                 "docs/stanza.md"]
