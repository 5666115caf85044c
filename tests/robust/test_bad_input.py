"""Inputs the fuzzer (bench/fuzz.py) found: a typed error or a documented result, never a
crash deep inside."""

from __future__ import annotations

import json
import math

import pytest

import frdefnlp
from frdefnlp.errors import InputValueError, MissingDependencyError
from frdefnlp.patterns._numbers import parse_amount, parse_number, parse_spelled


def test_number_words_too_large_are_no_number() -> None:
    assert parse_spelled("cent " * 400) is None
    assert parse_spelled("deux cent mille") == 200_000
    with pytest.raises(InputValueError):
        parse_number("cent " * 400)


def test_digits_too_large_are_refused() -> None:
    with pytest.raises(InputValueError):
        parse_number("9" * 400)
    doc = frdefnlp.tag("9" * 400 + " dollars et 3 missiles")
    for e in doc.entities:
        for v in (e.value or {}).values():
            assert not (isinstance(v, float) and not math.isfinite(v))
    json.loads(json.dumps(doc.to_dict(), allow_nan=False))


def test_amount_with_a_line_break_is_a_typed_error() -> None:
    with pytest.raises(InputValueError):
        parse_amount("1\n2")
    assert parse_amount("1,2 milliard") == 1.2e9


def test_stanza_extra_error_is_an_import_error() -> None:
    assert issubclass(MissingDependencyError, ImportError)
    assert issubclass(MissingDependencyError, frdefnlp.FrdefnlpError)


def test_stanza_module_without_stanza_says_which_extra() -> None:
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; sys.modules['stanza'] = None\n"
            "try:\n    import frdefnlp.stanza\n"
            "except ImportError as exc:\n    print(type(exc).__name__, exc)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2]).stdout
    assert out.startswith("MissingDependencyError") and 'frdefnlp[stanza]' in out
