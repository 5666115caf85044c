"""One behaviour for the Python API and the command line on raw pages (issue 12): the CLI's
``tag``/``events`` on a file is ``frdefnlp.tag(frdefnlp.clean(text))`` (with ``--no-clean``:
``frdefnlp.tag(text)``), exactly, and a typed error is reported per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import frdefnlp
from frdefnlp.cli import main

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _events_cli(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert main(["events", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("seed", SEEDS[:3], ids=lambda p: p.name[:3])
def test_events_cli_is_the_api_on_the_clean_page(seed: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    raw = seed.read_text(encoding="utf-8")
    api = [e.to_dict() for e in frdefnlp.events(frdefnlp.tag(frdefnlp.clean(raw)))]
    cli = _events_cli(capsys, str(seed))
    strip = lambda evs: [{k: v for k, v in e.items() if k != "document_id"} for e in evs]  # noqa: E731
    assert strip(cli) == strip(json.loads(json.dumps(api, ensure_ascii=False)))
    raw_api = [e.to_dict() for e in frdefnlp.events(raw)]
    assert strip(_events_cli(capsys, "--no-clean", str(seed))) == strip(
        json.loads(json.dumps(raw_api, ensure_ascii=False)))


def test_tag_cli_is_the_api_on_the_clean_page(capsys: pytest.CaptureFixture[str]) -> None:
    raw = SEEDS[0].read_text(encoding="utf-8")
    assert main(["tag", str(SEEDS[0])]) == 0
    out = json.loads(capsys.readouterr().out)
    api = frdefnlp.tag(frdefnlp.clean(raw)).to_dict()
    assert out["entities"] == json.loads(json.dumps(api["entities"], ensure_ascii=False))
    assert out["text"] == api["text"]


def test_too_long_is_a_reported_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "long.txt"
    f.write_text("Le Maroc a acheté des drones. " * 100, encoding="utf-8")
    assert main(["tag", "--no-clean", "--max-length", "1000", str(f)]) == 1
    assert "max_length" in capsys.readouterr().err
    assert main(["events", "--no-clean", "--max-length", "0", str(f)]) == 0


def test_surrogates_and_nul_write_as_utf8(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    text = "Le Maroc \ud800 a acheté des F-16 à Israël pour 500 millions de dollars.\x00 Fin."
    doc = frdefnlp.tag(text)
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")
    assert doc.text[9] == "\ufffd" and len(doc.text) == len(text)
    for e in frdefnlp.events(doc):
        json.dumps(e.to_dict(), ensure_ascii=False).encode("utf-8")
    f = tmp_path / "nul.txt"
    f.write_text(text.replace("\ud800", "\x00"), encoding="utf-8")
    for fmt in ("csv", "jsonl"):
        assert main(["events", "--format", fmt, "--no-clean", str(f)]) == 0
        capsys.readouterr().out.encode("utf-8")
