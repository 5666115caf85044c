"""``frdefnlp gazetteer lookup|validate|stats|match`` (run through the subcommand's own parser)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from frdefnlp.gazetteer import cli

DATA = Path(__file__).parent / "data"
MINI = str(DATA / "mini.jsonl")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="frdefnlp gazetteer")
    cli.configure_cli(parser)
    status = cli.run_cli(parser.parse_args(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_validate_good_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["validate", MINI], capsys)
    assert (status, out) == (0, "")
    assert "1 file(s), 0 problem(s)" in err


def test_validate_lists_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "weapon/a", "canonical": "A", "label": "WEAPON", "kind": "tank", "country": "FR", '
                   '"aliases": [], "source": "s"}\n{oops\n', encoding="utf-8")
    status, out, err = run(["validate", MINI, str(bad)], capsys)
    assert status == 1
    lines = out.splitlines()
    assert [ln.split(": ")[0] for ln in lines] == [f"{bad}:1", f"{bad}:2"]
    assert "2 problem(s)" in err


def test_validate_shipped_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["validate"], capsys)
    assert "problem(s)" in err
    assert status == (1 if out else 0)
    assert all(line.startswith("resources/gazetteers/") for line in out.splitlines())


def test_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["lookup", "Benny Gantz"], capsys)
    assert status == 0 and out.split("\t")[:2] == ["Benny Gantz", "person/benny-gantz"]
    status, out, _ = run(["--exclude", "persons", "lookup", "Benny Gantz"], capsys)
    assert (status, out) == (1, "Benny Gantz\t(no record)\n")
    status, out, _ = run(["lookup", "FAR", "far"], capsys)
    assert status == 1
    first, second = out.splitlines()
    assert first.split("\t")[:2] == ["FAR", "org/royal-armed-forces"] and "alias='FAR'" in first
    assert second == "far\t(no record)"


def test_stats(capsys: pytest.CaptureFixture[str]) -> None:
    from frdefnlp.gazetteer import Gazetteer

    status, out, _ = run(["stats"], capsys)
    gaz = Gazetteer.load()
    assert status == 0
    assert out.splitlines()[0] == f"total\t{len(gaz)} records\t{gaz.alias_count} names"
    files = [ln for ln in out.splitlines() if ln.startswith("file\t")]
    assert sum(int(ln.split("\t")[2].split()[0]) for ln in files) == len(gaz)


def test_match_jsonl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Les FAR et l'armée israélienne.", encoding="utf-8")
    status, out, _ = run(["match", str(page)], capsys)
    assert status == 0
    rows = [json.loads(ln) for ln in out.splitlines()]
    assert rows[0]["id"] == "org/royal-armed-forces" and (rows[0]["start"], rows[0]["end"]) == (4, 7)
    assert all(r["input"] == str(page) for r in rows)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe")))
    status, out, err = run(["match", "-"], capsys)
    assert status == 1 and "not UTF-8" in err
