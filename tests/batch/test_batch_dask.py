"""Dask: frdefnlp run --dask local:N and the bag/dataframe entry give the serial output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import frdefnlp  # noqa: E402
from frdefnlp.batch import iter_items  # noqa: E402
from frdefnlp.batch.dask import pipe_on, process_bag, process_dataframe  # noqa: E402
from frdefnlp.cli import main  # noqa: E402


@pytest.fixture(scope="module")
def client():
    """A local cluster of two single-threaded workers in this process (quick to start; the
    CLI test below starts worker processes)."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def test_pipe_on_a_cluster_matches_the_serial_output(client, texts: list[str]) -> None:
    serial = [r.to_json() for r in frdefnlp.pipe(texts)]
    got = [r.to_json() for r in pipe_on(client, texts, batch_size=2)]
    assert got == serial


def test_pipe_on_records_or_raises_errors_in_order(client) -> None:
    items = ["Rabat.", None, "Alger."]
    assert [r.ok for r in pipe_on(client, items, steps="tag", on_error="record")] == [True, False, True]
    gen = pipe_on(client, items, steps="tag", batch_size=1)
    assert next(gen).id == "0"
    with pytest.raises(frdefnlp.InputTypeError):
        next(gen)


@pytest.mark.slow  # ~5 s quiet, 15 s on a busy machine: worker processes start and load the tagger
def test_run_on_a_local_cluster_matches_the_serial_run_byte_for_byte(corpus: Path,
                                                                      tmp_path: Path) -> None:
    # worker processes, each loading the tagger once (tag only, to keep the test short)
    serial, dask = tmp_path / "serial.jsonl", tmp_path / "dask.jsonl"
    assert main(["run", str(corpus), "-o", str(serial), "--steps", "tag"]) == 0
    assert main(["run", str(corpus), "-o", str(dask), "--steps", "tag", "--dask", "local:2",
                 "--batch-size", "3"]) == 0
    assert dask.read_bytes() == serial.read_bytes()


def test_bag_and_dataframe_entries(corpus: Path) -> None:
    import dask
    import dask.bag as db

    items = [{"id": i.id, "text": i.text} for i in iter_items([str(corpus)])]
    serial = [json.loads(r.to_json()) for r in frdefnlp.pipe(items)]
    with dask.config.set(scheduler="sync"):
        got = process_bag(db.from_sequence(items, npartitions=3)).compute()
        assert got == serial
        pd = pytest.importorskip("pandas")
        dd = pytest.importorskip("dask.dataframe")
        frame = dd.from_pandas(pd.DataFrame({"key": [x["id"] for x in items[:3]],
                                             "body": [x["text"] for x in items[:3]],
                                             "site": ["s"] * 3}), npartitions=2)
        recs = process_dataframe(frame, text="body", id="key").compute()
    assert [r["id"] for r in recs] == [x["id"] for x in items[:3]]
    assert all(r["meta"] == {"site": "s"} for r in recs)
    assert [r["document"] for r in recs] == [r["document"] for r in serial[:3]]


def test_a_bad_address_is_a_clear_error(corpus: Path, tmp_path: Path, capsys) -> None:
    assert main(["run", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--dask", "local:x"]) == 1
    assert "local:N" in capsys.readouterr().err
