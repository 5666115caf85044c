"""frdefnlp run: JSONL and Parquet out, -j, --limit, --steps, progress, and resume after kill -9."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import frdefnlp
from frdefnlp.batch.run import Progress
from frdefnlp.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def reference(corpus: Path, tmp_path: Path) -> bytes:
    """The serial run's output on the corpus."""
    out = tmp_path / "ref.jsonl"
    assert main(["run", str(corpus), "-o", str(out)]) == 0
    return out.read_bytes()


def test_run_writes_one_line_per_document_with_its_id(corpus: Path, reference: bytes) -> None:
    recs = [json.loads(x) for x in reference.decode("utf-8").splitlines()]
    assert len(recs) == 11
    assert [r["id"] for r in recs][-3:] == ["j0", "j1", str(corpus / "sub" / "doc03.txt")]
    assert all(r["v"] == 1 and r["error"] is None and "events" in r for r in recs)
    assert recs[-2]["meta"] == {"site": "test"}
    assert any(r["events"] for r in recs)


def test_jobs_give_the_same_bytes(corpus: Path, reference: bytes, tmp_path: Path) -> None:
    out = tmp_path / "j2.jsonl"
    assert main(["run", str(corpus), "-o", str(out), "-j", "2", "--batch-size", "2"]) == 0
    assert out.read_bytes() == reference


def test_existing_output_needs_resume_or_overwrite(corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "x"}\n')
    assert main(["run", str(corpus), "-o", str(out), "--steps", "clean"]) == 1
    assert "--resume" in capsys.readouterr().err
    assert main(["run", str(corpus), "-o", str(out), "--steps", "clean", "--overwrite"]) == 0
    assert len(_lines(out)) == 11


def test_resume_truncates_a_partial_last_line_and_skips_done_ids(corpus, reference, tmp_path) -> None:
    out = tmp_path / "r.jsonl"
    lines = reference.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:4]) + lines[4][: len(lines[4]) // 2])  # killed mid-line
    assert main(["run", str(corpus), "-o", str(out), "--resume"]) == 0
    assert out.read_bytes() == reference


def test_resume_refuses_a_file_it_did_not_write(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    out.write_text("not json\n{}\n")
    assert main(["run", str(corpus), "-o", str(out), "--resume"]) == 1


def test_limit_and_steps(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "l.jsonl"
    assert main(["run", str(corpus), "-o", str(out), "--limit", "3", "--steps", "clean,tag"]) == 0
    recs = _lines(out)
    assert len(recs) == 3 and all(set(r) == {"v", "id", "error", "document"} for r in recs)
    assert main(["run", str(corpus), "-o", str(out), "--limit", "2", "--resume"]) == 0
    assert len(_lines(out)) == 5


def test_failed_documents_are_recorded_and_exit_1(tmp_path: Path, capsys) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Rabat."}\n{"id": "b"}\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["run", str(src), "-o", str(out)]) == 1
    recs = _lines(out)
    assert [r["id"] for r in recs] == ["a", "b"] and recs[1]["error"]["type"] == "InputValueError"
    err = capsys.readouterr().err
    assert "1 of 2 documents failed" in err
    assert "frdefnlp run: b: " in err and '"text"' in err


def test_quiet_when_stderr_is_not_a_terminal(corpus: Path, tmp_path: Path, capsys) -> None:
    assert main(["run", str(corpus), "-o", str(tmp_path / "q.jsonl"), "--steps", "clean"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["run", str(corpus), "-o", str(tmp_path / "p.jsonl"), "--steps", "clean",
                 "--progress"]) == 0
    err = capsys.readouterr().err
    assert "11 docs" in err and "docs/s" in err  # share and ETA: test_progress_line


def test_progress_line() -> None:
    stream = io.StringIO()
    p = Progress(4_000_000, stream=stream, interval=0)
    p.start -= 10  # ten seconds ago
    p.skip(1_000_000)
    for _ in range(20):
        p.update(50_000)
    p.update(50_000, ok=False)
    line = p.line()
    assert line.startswith("frdefnlp run: 21 docs  1.1 MB  51.2%")
    assert "2.1 docs/s" in line and "0.10 MB/s" in line and "ETA 0:00:18" in line
    assert "1 skipped" in line and "1 failed" in line
    p.close()
    assert stream.getvalue().endswith("\n") and "\r" in stream.getvalue()


def test_killed_run_resumed_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(400):
            fh.write(json.dumps({"id": f"m{i}", "text": f"Le Maroc a commandé {i} drones Harop "
                                 "à Israël. Benny Gantz est à Rabat."}, ensure_ascii=False) + "\n")
    args = ["run", str(src), "--steps", "tag,events"]
    ref = tmp_path / "ref.jsonl"
    assert main([*args, "-o", str(ref)]) == 0
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-m", "frdefnlp", *args, "-o", str(out)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    killed = out.read_bytes()
    assert 0 < killed.count(b"\n") < 400  # killed in the middle of the run
    assert main([*args, "-o", str(out), "--resume"]) == 0
    assert out.read_bytes() == ref.read_bytes()


def test_parquet_tables(corpus: Path, reference: bytes, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    assert main(["run", str(corpus), "-o", str(out), "-j", "2"]) == 0
    docs = pq.read_table(out / "documents").to_pylist()
    ents = pq.read_table(out / "entities").to_pylist()
    evs = pq.read_table(out / "events").to_pylist()
    recs = [json.loads(x) for x in reference.decode("utf-8").splitlines()]
    assert [d["id"] for d in docs] == [r["id"] for r in recs]
    assert len(ents) == sum(len(r["document"]["entities"]) for r in recs)
    assert len(evs) == sum(len(r["events"]) for r in recs)
    by_id = {d["id"]: d for d in docs}
    for e in ents:
        text = by_id[e["doc_id"]]["text"]
        assert text[e["start"]:e["end"]] == e["text"]
    assert {e["type"] for e in evs} >= {"ARMS_TRANSFER"}
    try:
        import pandas as pd
    except ImportError:
        return
    frame = pd.read_parquet(out / "entities")
    assert len(frame) == len(ents) and set(frame["label"]) <= set(frdefnlp.LABELS)


def test_parquet_resume_after_a_kill_between_files(corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from frdefnlp.batch import iter_items, pipe
    from frdefnlp.batch.writers import ParquetWriter

    out = tmp_path / "out.parquet"
    items = list(iter_items([str(corpus)]))
    with ParquetWriter(str(out), part_size=4) as w:
        for r in pipe(items[:8], steps="clean,tag"):
            w.write(r)
    # a run killed after writing part 2's entity file but before its documents file
    (out / "documents" / "part-000001.parquet").unlink()
    (out / "events" / ".part-000002.parquet.tmp").write_bytes(b"partial")
    with ParquetWriter(str(out), resume=True, part_size=4) as w:
        assert len(w.done) == 4
        assert not (out / "entities" / "part-000001.parquet").exists()
        assert not (out / "events" / ".part-000002.parquet.tmp").exists()
        for r in pipe([i for i in items if i.id not in w.done], steps="clean,tag"):
            w.write(r)
    ids = pq.read_table(out / "documents").column("id").to_pylist()
    assert sorted(ids) == sorted(i.id for i in items) and len(ids) == len(set(ids))
    ents = pq.read_table(out / "entities").to_pylist()
    assert len(ents) == len({(e["doc_id"], e["start"], e["end"]) for e in ents})


def test_jsonl_on_stdin(tmp_path: Path, monkeypatch) -> None:
    data = '{"id": "s1", "text": "Benny Gantz est à Rabat."}\n'.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    out = tmp_path / "o.jsonl"
    assert main(["run", "-", "-o", str(out), "--steps", "tag"]) == 0
    (rec,) = _lines(out)
    assert rec["id"] == "s1"
    assert [e["text"] for e in rec["document"]["entities"]] == ["Benny Gantz", "Rabat"]


@pytest.mark.parametrize(("argv", "message"), [
    (["--steps", "events"], "needs the tag step"),
    (["--format", "parquet", "--steps", "clean"], None),
], ids=["bad-steps", "parquet-format-flag"])
def test_usage(corpus: Path, tmp_path: Path, capsys, argv: list[str], message: str | None) -> None:
    out = tmp_path / "o.out"
    status = main(["run", str(corpus), "-o", str(out), *argv])
    if message:
        assert status == 1 and message in capsys.readouterr().err
    else:
        pytest.importorskip("pyarrow")
        assert status == 0 and (out / "documents" / "part-000000.parquet").exists()


def test_progress_with_a_limit_counts_documents() -> None:
    p = Progress(None, total_docs=40, stream=io.StringIO(), interval=0)
    p.start -= 10
    for _ in range(10):
        p.update(1000)
    assert "25.0%" in p.line() and "ETA 0:00:30" in p.line()


def test_user_gazetteer_and_languages_reach_the_workers(tmp_path: Path) -> None:
    gaz = tmp_path / "mine.jsonl"
    gaz.write_text(json.dumps({"id": "weapon/zorglub-7", "canonical": "Zorglub-7",
                               "label": "WEAPON", "kind": "drone", "country": "FR",
                               "aliases": ["Zorglub 7"], "source": "test"}) + "\n",
                   encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"z{i}", "text": "L'armée a reçu le Zorglub-7."})
                           + "\n" for i in range(3)), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["run", str(src), "-o", str(out), "-j", "2", "--batch-size", "1", "--steps",
                 "tag", "--gazetteer", str(gaz), "--languages", "fr,en"]) == 0
    for rec in _lines(out):
        assert [e.get("id") for e in rec["document"]["entities"]] == ["weapon/zorglub-7"]
