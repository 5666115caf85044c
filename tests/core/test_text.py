from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frdefnlp._text import ensure_text, fold
from frdefnlp.errors import FrdefnlpError, InputTypeError


@pytest.mark.parametrize(
    "value, needle",
    [
        pytest.param(None, "got None", id="none"),
        pytest.param(b"abc", "decode it first", id="bytes"),
        pytest.param(bytearray(b"abc"), "decode it first", id="bytearray"),
        pytest.param(42, "got int", id="int"),
        pytest.param(["a"], "got list", id="list"),
    ],
)
def test_ensure_text_rejects_non_str(value: object, needle: str) -> None:
    with pytest.raises(InputTypeError, match=needle) as info:
        ensure_text(value)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, FrdefnlpError)


@pytest.mark.parametrize(
    "text, folded",
    [
        pytest.param("Dôme de Fer", "dome de fer", id="accents-case"),
        pytest.param("l’Iron Dome", "l'iron dome", id="typographic-apostrophe"),
        pytest.param("Tel\u00a0Aviv", "tel aviv", id="nbsp"),
        pytest.param("Barak\u2013MX", "barak-mx", id="en-dash"),
        pytest.param("İstanbul", "istanbul", id="dotted-capital-i"),
        pytest.param("ŒUVRE", "ouvre", id="oe-ligature-one-slot"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text())
def test_fold_preserves_length(text: str) -> None:
    assert len(fold(text)) == len(text)
