"""frdefnlp.pipe: in order, streaming, the same output for any n_process and batch size."""

from __future__ import annotations

import itertools

import pytest

import frdefnlp
from frdefnlp import InputTypeError, InputValueError
from frdefnlp.batch import Item, Result
from frdefnlp.batch.stream import check_steps


@pytest.fixture(scope="module")
def serial(texts: list[str]) -> list[str]:
    return [r.to_json() for r in frdefnlp.pipe(texts)]


def test_one_result_per_item_in_order_with_ids(texts: list[str], serial: list[str]) -> None:
    results = list(frdefnlp.pipe(texts))
    assert [r.id for r in results] == [str(i) for i in range(len(texts))]
    assert [r.index for r in results] == list(range(len(texts)))
    assert all(isinstance(r, Result) and r.ok for r in results)
    for r, raw in zip(results, texts, strict=True):
        d = r.to_dict()
        assert d["v"] == 1 and d["id"] == r.id and d["error"] is None
        assert r.document.text == frdefnlp.clean(raw).text
        doc = frdefnlp.Tagger()(frdefnlp.clean(raw), doc_id=r.id)
        assert r.events == frdefnlp.events(doc)
        assert all(ev.document_id == r.id for ev in r.events)


@pytest.mark.parametrize(("n_process", "batch_size"), [(1, 1), (1, 4), (2, 1), (2, 3), (2, 64)],
                         ids=["1x1", "1x4", "2x1", "2x3", "2x64"])
def test_same_output_for_any_n_process_and_batch_size(texts, serial, n_process, batch_size) -> None:
    got = [r.to_json() for r in frdefnlp.pipe(texts, n_process=n_process, batch_size=batch_size)]
    assert got == serial


@pytest.mark.slow  # ~5 s: two fresh interpreters load the tagger
def test_spawned_workers_give_the_same_output(texts: list[str]) -> None:
    # spawn: workers start from nothing (macOS/Windows' default); tag only, to keep it short
    want = [r.to_json() for r in frdefnlp.pipe(texts[:4], steps="tag")]
    got = [r.to_json() for r in frdefnlp.pipe(texts[:4], steps="tag", n_process=2, batch_size=2,
                                              mp_context="spawn")]
    assert got == want


def test_worker_results_give_the_objects_back(texts: list[str]) -> None:
    local = list(frdefnlp.pipe(texts[:3]))
    remote = list(frdefnlp.pipe(texts[:3], n_process=2, batch_size=1))
    for a, b in zip(local, remote, strict=True):
        assert b.document == a.document
        assert b.document.clean == a.document.clean  # rebuilt with the input kept in the parent
        assert b.clean == a.clean and b.events == a.events


@pytest.mark.parametrize(("item", "doc_id", "meta"), [
    ("Rabat.", "0", {}),
    (("a1", "Rabat."), "a1", {}),
    ({"id": 7, "text": "Rabat.", "url": "https://example.org/x"}, "7", {"url": "https://example.org/x"}),
    ({"text": "Rabat."}, "0", {}),
    (Item("it", "Rabat.", {"k": 1}), "it", {"k": 1}),
], ids=["str", "pair", "dict", "dict-no-id", "item"])
def test_item_kinds(item, doc_id, meta) -> None:
    (r,) = frdefnlp.pipe([item], steps="tag")
    assert (r.id, r.meta) == (doc_id, meta)
    assert [e.text for e in r.document.entities] == ["Rabat"]
    assert r.to_dict().get("meta", {}) == meta


@pytest.mark.parametrize("n_process", [1, 2], ids=["serial", "workers"])
def test_on_error_record_goes_on(n_process: int) -> None:
    items = ["Rabat.", None, {"id": "x", "text": 3}, Item("gone", None, error="cannot read gone"),
             "Alger."]
    results = list(frdefnlp.pipe(items, on_error="record", n_process=n_process, batch_size=2))
    assert [r.ok for r in results] == [True, False, False, False, True]
    assert results[2].id == "x" and '"text" must be str' in results[2].error
    assert results[3].to_dict()["error"] == {"type": "InputValueError", "message": "cannot read gone"}
    assert results[3].document is None and results[3].events == []


@pytest.mark.parametrize("n_process", [1, 2], ids=["serial", "workers"])
def test_on_error_raise_yields_what_came_before(n_process: int) -> None:
    gen = frdefnlp.pipe(["Rabat.", "Alger.", None, "Tunis."], n_process=n_process, batch_size=4)
    assert [r.id for r in itertools.islice(gen, 2)] == ["0", "1"]
    with pytest.raises(InputTypeError, match="item 2"):
        next(gen)


def test_streams_and_reads_only_what_it_needs() -> None:
    pulled = []

    def endless():
        for i in itertools.count():
            pulled.append(i)
            yield f"Le Maroc, document {i}."

    first = [r.id for r in itertools.islice(frdefnlp.pipe(endless(), batch_size=4), 5)]
    assert first == ["0", "1", "2", "3", "4"] and len(pulled) <= 8
    pulled.clear()
    gen = frdefnlp.pipe(endless(), n_process=2, batch_size=4)
    first = [r.id for r in itertools.islice(gen, 5)]
    gen.close()
    assert first == ["0", "1", "2", "3", "4"]
    assert len(pulled) <= 4 * (2 * 2 + 2)  # batches in flight are bounded


@pytest.mark.parametrize(("steps", "keys"), [
    (("clean",), {"clean"}),
    (("tag",), {"document"}),
    (("clean", "tag"), {"document"}),
    ("tag,events", {"document", "events"}),
], ids=["clean", "tag", "clean-tag", "tag-events"])
def test_steps(steps, keys) -> None:
    raw = "Accueil\n\nLe Maroc a acheté des drones Harop à Israël."
    (r,) = frdefnlp.pipe([raw], steps=steps)
    d = r.to_dict()
    assert set(d) - {"v", "id", "error"} == keys
    if "clean" in keys:
        assert r.clean.text == frdefnlp.clean(raw).text and r.document is None
    if "document" in keys:
        assert ("clean" in d["document"]) is ("clean" in check_steps(steps))


def test_tokens_only_when_asked() -> None:
    (r,) = frdefnlp.pipe(["Benny Gantz est à Rabat."])
    assert "tokens" not in r.to_dict()["document"] and len(r.document.tokens) == 6
    (r,) = frdefnlp.pipe(["Benny Gantz est à Rabat."], tokens=True)
    assert len(r.to_dict()["document"]["tokens"]) == 6


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"steps": ("events",)}, "needs the tag step"),
    ({"steps": ("parse",)}, "subset"),
    ({"steps": ()}, "subset"),
    ({"n_process": 0}, "n_process"),
    ({"batch_size": 0}, "batch_size"),
    ({"on_error": "ignore"}, "on_error"),
], ids=["events-alone", "unknown", "empty", "n_process", "batch_size", "on_error"])
def test_bad_options_are_value_errors(kwargs, match) -> None:
    with pytest.raises(InputValueError, match=match):
        frdefnlp.pipe(["x"], **kwargs)


def test_a_single_text_is_not_a_corpus() -> None:
    with pytest.raises(InputTypeError, match="wrap one text in a list"):
        frdefnlp.pipe("Le Maroc.")


@pytest.mark.parametrize("n_process", [1, 2], ids=["serial", "workers"])
def test_meta_that_json_cannot_hold_is_written_as_text(n_process: int) -> None:
    import datetime

    item = {"id": "d", "text": "Rabat.", "seen": datetime.date(2021, 3, 4)}
    (r,) = frdefnlp.pipe([item], steps="tag", n_process=n_process)
    assert '"seen":"2021-03-04"' in r.to_json()
