"""Results travel and come back: to_dict/from_dict round trips, the versioned JSON and binary forms."""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import frdefnlp
from frdefnlp import CleanResult, Document, Event, InputTypeError, InputValueError
from frdefnlp.batch.serialize import VERSION, dumps, loads
from frdefnlp.extraction import extract_document


@pytest.fixture(scope="module")
def processed(texts: list[str]) -> list[tuple[str, CleanResult, Document, list[Event]]]:
    out = []
    for i, raw in enumerate(texts):
        c = frdefnlp.clean(raw)
        doc = frdefnlp.Tagger()(c, doc_id=f"d{i}")
        out.append((raw, c, doc, extract_document(doc)))
    return out


def _json(d: dict) -> dict:
    return json.loads(json.dumps(d, ensure_ascii=False))


def test_clean_result_round_trips_with_its_raw_page(processed) -> None:
    for raw, c, _, _ in processed:
        assert CleanResult.from_dict(_json(c.to_dict(raw=True))) == c
        assert CleanResult.from_dict(_json(c.to_dict(compact=True)), raw=raw) == c
        assert CleanResult.from_dict(_json(c.to_dict()), raw=raw) == c


def test_clean_result_without_raw_page_is_a_typed_error(processed) -> None:
    _, c, _, _ = processed[0]
    with pytest.raises(InputValueError, match="raw"):
        CleanResult.from_dict(c.to_dict())


@pytest.mark.parametrize("tokens", [True, False], ids=["tokens", "no-tokens"])
@pytest.mark.parametrize("compact", [True, False], ids=["compact", "full"])
def test_document_round_trips(processed, tokens: bool, compact: bool) -> None:
    for raw, _, doc, _ in processed:
        d = _json(doc.to_dict(tokens=tokens, compact=compact, candidates=True))
        assert ("tokens" in d) is tokens
        back = Document.from_dict(d, raw=raw)
        assert back == doc and back.tokens == doc.tokens
        assert back.clean == doc.clean and back.candidates == doc.candidates


def test_document_keeps_raw_offsets_without_the_raw_page(processed) -> None:
    for raw, c, doc, _ in processed:
        d = _json(doc.to_dict(tokens=False, compact=True))
        assert "raw" not in d["clean"] and "text" not in d["clean"]
        same = 0
        for e in d["entities"]:
            assert (e["raw_start"], e["raw_end"]) == c.raw_span(e["start"], e["end"])
            same += raw[e["raw_start"]:e["raw_end"]] == e["text"]
        assert same >= 0.9 * len(d["entities"])  # the rest had HTML entities or odd spaces
        back = Document.from_dict(d)
        assert back == doc and back.clean is None


def test_document_to_dict_keeps_its_old_keys_by_default() -> None:
    doc = frdefnlp.tag("Benny Gantz est à Rabat.")
    assert set(doc.to_dict()) == {"id", "text", "metadata", "sentences", "tokens", "entities"}


def test_events_round_trip(processed) -> None:
    found = [ev for *_, evs in processed for ev in evs]
    assert len(found) >= 5
    for ev in found:
        assert Event.from_dict(_json(ev.to_dict())) == ev
        assert Event.from_dict(_json(ev.to_dict(compact=True))) == ev


def test_compact_entities_leave_defaults_out() -> None:
    e = frdefnlp.Entity(0, 5, "Rabat", "LOC")
    assert e.to_dict(compact=True) == {"start": 0, "end": 5, "text": "Rabat", "label": "LOC",
                                       "source": "gazetteer"}
    assert frdefnlp.Entity.from_dict(e.to_dict(compact=True)) == e


@pytest.mark.parametrize("bad", [None, [], "x"], ids=["none", "list", "str"])
def test_from_dict_of_a_non_dict_is_a_type_error(bad) -> None:
    with pytest.raises(InputTypeError, match="expects a dict"):
        Document.from_dict(bad)


def test_from_dict_names_missing_keys() -> None:
    with pytest.raises(InputValueError, match="'label'"):
        frdefnlp.Entity.from_dict({"start": 0, "end": 1, "text": "x"})


@pytest.mark.parametrize("binary", [False, True], ids=["json", "binary"])
def test_envelope_round_trips_every_type(processed, binary: bool) -> None:
    raw, c, doc, evs = processed[0]
    for obj in (c, doc, *evs):
        back = loads(dumps(obj, binary=binary))
        assert back == obj
    back = loads(dumps(doc, binary=binary))
    assert back.clean == doc.clean and back.candidates == doc.candidates


def test_binary_form_is_about_the_size_of_the_page_and_far_below_pickle(processed) -> None:
    raw_total = sum(len(raw.encode("utf-8")) for raw, *_ in processed)
    binary = sum(len(dumps(doc, binary=True)) for _, _, doc, _ in processed)
    pickled = sum(len(pickle.dumps(doc)) for _, _, doc, _ in processed)
    assert binary < 2 * raw_total
    assert pickled > 3 * binary


def test_envelope_is_versioned() -> None:
    doc = frdefnlp.tag("Rabat.")
    env = json.loads(dumps(doc))
    assert env["v"] == VERSION and env["type"] == "Document"
    env["v"] = VERSION + 1
    with pytest.raises(InputValueError, match="upgrade frdefnlp"):
        loads(json.dumps(env))
    data = dumps(doc, binary=True)
    assert data[:4] == b"FRDN" and data[4] == VERSION
    with pytest.raises(InputValueError, match="upgrade frdefnlp"):
        loads(data[:4] + bytes([VERSION + 1]) + data[5:])
    with pytest.raises(InputValueError, match="FRDN"):
        loads(b"PK\x03\x04")
    with pytest.raises(InputTypeError):
        dumps("a text")  # type: ignore[arg-type]


_WORDS = ["Le", "Maroc", "a", "acheté", "des", "drones", "Harop", "à", "Israël", "pour", "50",
          "millions", "de", "dollars", "Benny", "Gantz", "Rabat", "le", "3", "mars", "2021",
          "Accueil", "Partager", "&amp;", "\u00a0", "\n\n", ".", ",", "F-16", "l'armée", "(IAI)"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_round_trip_property(words: list[str]) -> None:
    raw = " ".join(words)
    c = frdefnlp.clean(raw)
    doc = frdefnlp.Tagger()(c, doc_id="p")
    for d in (doc.to_dict(tokens=False, compact=True, candidates=True), doc.to_dict(raw=True)):
        back = Document.from_dict(_json(d), raw=raw)
        assert back == doc and back.clean == c and back.tokens == doc.tokens
    assert loads(dumps(doc, binary=True)) == doc
