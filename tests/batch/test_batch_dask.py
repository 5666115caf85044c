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


def test_workers_read_and_write_partitions_resumably(client, corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from frdefnlp.batch.dask import run_on_workers

    serial = tmp_path / "serial.parquet"
    assert main(["run", str(corpus), "-o", str(serial), "--steps", "clean,tag"]) == 0
    out = tmp_path / "workers.parquet"
    done = list(run_on_workers(client, [str(corpus)], str(out), partition_size=3,
                               steps="clean,tag"))
    assert sum(d for d, _, _ in done) == 11 and len(done) == 4  # 9 text files by 3, the JSONL

    def rows(path: Path, table: str) -> list[dict]:
        key = "id" if table == "documents" else "doc_id"
        return sorted(pq.read_table(path / table).to_pylist(),
                      key=lambda r: (r[key], r.get("start") or 0))

    for table in ("documents", "entities"):
        assert rows(out, table) == rows(serial, table)
    # a partition cut short: its marker and one of its files gone, a temporary file left
    marker = sorted((out / "_done").iterdir())[0]
    marker.unlink()
    (out / "documents" / f"{marker.name}-0000.parquet").unlink()
    tmp = out / "entities" / f".{marker.name}-0000.parquet.tmp"
    tmp.write_bytes(b"unfinished")
    assert len(rows(out, "documents")) < 11  # hidden: the tables still read
    again = list(run_on_workers(client, [str(corpus)], str(out), partition_size=3,
                                steps="clean,tag", resume=True))
    assert len(again) == 1 and not tmp.exists()
    for table in ("documents", "entities"):
        assert rows(out, table) == rows(serial, table)
    with pytest.raises(frdefnlp.InputValueError, match="--resume"):
        list(run_on_workers(client, [str(corpus)], str(out), steps="tag"))
