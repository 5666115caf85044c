"""`import frdefnlp` stays cheap and the public API is what __all__ says."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import frdefnlp


def test_import_does_not_load_heavy_dependencies() -> None:
    code = (
        "import sys, json, frdefnlp;"
        "print(json.dumps(sorted(m for m in ('torch', 'stanza', 'spacy', 'sklearn', 'langdetect')"
        " if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert json.loads(out.stdout) == []


@pytest.mark.parametrize("name", frdefnlp.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(frdefnlp, name) is not None


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        frdefnlp.no_such_thing  # noqa: B018


def test_version_is_pep440_like() -> None:
    parts = frdefnlp.__version__.split(".")
    assert len(parts) >= 2 and all(p.isdigit() for p in parts[:2])
