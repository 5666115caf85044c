"""The shipped word lists for the tokenizer and the pattern taggers are well formed."""

from __future__ import annotations

import re

import pytest

from frdefnlp._resources import list_dir, read_json


def test_tokenizer_files_listed() -> None:
    assert list_dir("tokenizer", ".json") == ["abbreviations.json", "domains.json", "elisions.json"]


def test_pattern_files_listed() -> None:
    assert list_dir("patterns", ".json") == [
        "currencies.json", "dates_fr.json", "numbers_fr.json", "qualifiers_fr.json", "quantities_fr.json",
    ]


def test_abbreviations_end_with_dot_and_are_unique() -> None:
    data = read_json("tokenizer/abbreviations.json")
    words = data["never_end"] + data["may_end"]
    assert all(w.endswith(".") and len(w) > 1 for w in words)
    assert len(words) == len(set(words))


def test_elisions_are_lower_case_letters() -> None:
    data = read_json("tokenizer/elisions.json")
    assert all(re.fullmatch(r"[a-z]+", e) for e in data["elisions"])
    assert all(w == w.lower() and "-" in w for w in data["hyphen_exceptions"])


def test_currencies_well_formed() -> None:
    data = read_json("patterns/currencies.json")
    seen_names: dict[str, str] = {}
    codes = set()
    for cur in data["currencies"]:
        assert re.fullmatch(r"[A-Z]{3}", cur["code"]), cur
        assert cur["code"] not in codes
        codes.add(cur["code"])
        for n in cur["names"]:
            key = n.lower()
            assert seen_names.setdefault(key, cur["code"]) == cur["code"], f"{n!r} claimed twice"
    for code, (iso, mult) in data["scaled_codes"].items():
        assert iso in codes and mult in (1e6, 1e9), code


def test_dates_data_ranges() -> None:
    data = read_json("patterns/dates_fr.json")
    assert set(data["months"].values()) == set(range(1, 13))
    assert set(data["weekdays"].values()) == set(range(7))
    assert set(data["parts"].values()) <= {"early", "mid", "late"}
    for phrase, (unit, offset) in data["relative"].items():
        assert unit in ("day", "week", "month", "year") and isinstance(offset, int), phrase


@pytest.mark.parametrize("key", ["scales", "english_scales"])
def test_scales_are_powers_of_ten(key: str) -> None:
    for word, value in read_json("patterns/numbers_fr.json")[key].items():
        # the long scale, and the Indian lakh (1e5) and crore (1e7)
        assert value in (1e3, 1e5, 1e6, 1e7, 1e9, 1e12), word
        if value in (1e5, 1e7):
            assert word in ("lakh", "lakhs", "crore", "crores"), word


def test_qualifiers_values() -> None:
    q = read_json("patterns/qualifiers_fr.json")["qualifiers"]
    assert set(q.values()) <= {"approx", "more_than", "less_than", "up_to"}
