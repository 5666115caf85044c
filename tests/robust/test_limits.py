"""Bounded memory and limits (issue 12): long texts in windows with the same output, a typed
error over ``max_length``, malformed gazetteer records as located ``ResourceError``s."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import frdefnlp
from frdefnlp import _windows
from frdefnlp.errors import InputTooLongError, InputValueError, ResourceError
from frdefnlp.gazetteer import Gazetteer
from frdefnlp.gazetteer.records import validate_files

ROOT = Path(__file__).resolve().parents[2]


def _corpus() -> str:
    """The seed pages (clean), the tagging gold texts and the events dev texts, one after
    the other as paragraphs: the project's own test corpora."""
    parts = [frdefnlp.clean(p.read_text(encoding="utf-8")).text
             for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("dev.txt", "seeds.txt", "blind.txt"):
        f = ROOT / "tests" / "tagging" / "gold" / name
        if f.exists():
            parts.append(f.read_text(encoding="utf-8"))
    with open(ROOT / "tests" / "events" / "dev.jsonl", encoding="utf-8") as fh:
        parts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return "\n\n".join(parts)


def test_windows_cover_the_text_and_end_at_breaks() -> None:
    text = ("Un paragraphe. " * 30 + "\n\n") * 40 + "x" * 5000 + " fin."
    spans = list(_windows.windows(text, 2000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a < b <= a + 2000 and b == c for (a, b), (c, _d) in zip(spans, spans[1:], strict=False))
    assert all(text[b - 2:b] == "\n\n" for _a, b in spans[:10])


def test_windowed_tagging_is_each_window_tagged_on_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window is tagged as a document of its own, its spans shifted to true offsets: tokens
    and sentences equal the whole text's; entities equal each window's own, shifted (decisions
    over a whole document, such as the name model's other-mention features, stay inside a
    window, so they may differ from the unwindowed run on the few names that cross windows)."""
    text = _corpus()
    monkeypatch.setattr(_windows, "WINDOW", 10**9)
    whole = frdefnlp.tag(text)
    spans = list(_windows.windows(text, 20_000))
    parts = [(a, frdefnlp.tag(text[a:b])) for a, b in spans]
    monkeypatch.setattr(_windows, "WINDOW", 20_000)
    cut = frdefnlp.tag(text)
    assert isinstance(cut.tokens, _windows.TokenSeq) and len(spans) > 2
    assert tuple(cut.tokens) == tuple(whole.tokens) and cut.sentences == whole.sentences
    shifted = [(a + e.start, a + e.end, e.label, e.kind, e.id, e.source, e.value)
               for a, doc in parts for e in doc.entities]
    assert [(e.start, e.end, e.label, e.kind, e.id, e.source, e.value)
            for e in cut.entities] == shifted
    for e in cut.entities:
        assert text[e.start:e.end] == e.text
    same = {(e.start, e.end, e.label) for e in cut.entities} & {
        (e.start, e.end, e.label) for e in whole.entities}
    assert len(same) >= 0.97 * len(whole.entities)
    assert cut.tokens[5:8] == whole.tokens[5:8] and cut.tokens[-1] == whole.tokens[-1]


def test_over_max_length_is_a_typed_error() -> None:
    text = "Le Maroc a acheté des drones. " * 50
    with pytest.raises(InputTooLongError, match="max_length"):
        frdefnlp.tag(text, max_length=100)
    assert isinstance(InputTooLongError("x"), ValueError)
    assert frdefnlp.tag(text, max_length=None).entities
    with pytest.raises(InputValueError):
        frdefnlp.tag(text, max_length=0)
    with pytest.raises(InputTooLongError):
        frdefnlp.tag("x" * (_windows.MAX_LENGTH + 1))


BAD = [
    ({"id": "org/x", "label": "ORG", "kind": "company", "country": "MA", "aliases": [],
      "source": "s"}, "canonical"),
    ({"id": "org/x", "canonical": ["X"], "label": "ORG", "kind": "company", "country": "MA",
      "aliases": [], "source": "s"}, "canonical"),
    ({"id": "org/x", "canonical": "X", "label": "ORG", "kind": "company", "country": "MA",
      "aliases": "X", "source": "s"}, "aliases"),
    ({"id": "org/x", "canonical": "X\ud800", "label": "ORG", "kind": "company",
      "country": "MA", "aliases": [], "source": "s"}, "canonical"),
    ({"id": "org/x", "canonical": "X", "label": "ORG", "kind": "company", "country": "MA",
      "aliases": ["a\x00b"], "source": "s"}, "aliases"),
    ({"id": "org/x", "canonical": "X", "label": "ORG", "kind": "company", "country": "MA",
      "aliases": [], "source": "s", "roles": [1]}, "roles"),
]


@pytest.mark.parametrize("record,field", BAD, ids=[f for _r, f in BAD])
def test_malformed_records_are_located(record: dict, field: str, tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    good = {"id": "org/ok", "canonical": "Ok Corp", "label": "ORG", "kind": "company",
            "country": "MA", "aliases": [], "source": "test"}
    f.write_text(json.dumps(good) + "\n" + json.dumps(record) + "\n", encoding="utf-8",
                 errors="surrogatepass")
    problems = validate_files([f])
    assert any(p.startswith(f"{f}:2: {field}") for p in problems), problems
    for load in (lambda: Gazetteer.from_files([f]), lambda: Gazetteer.load(extra_files=[f])):
        with pytest.raises(ResourceError) as info:
            load()
        assert info.value.path == str(f) and info.value.line == 2
        assert any(f":2: {field}" in p for p in info.value.problems)


def test_validate_command_reports_instead_of_a_traceback(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from frdefnlp.cli import main

    f = tmp_path / "bad.jsonl"
    f.write_text(json.dumps(BAD[0][0]) + "\n", encoding="utf-8")
    assert main(["gazetteer", "validate", str(f)]) == 1
    assert f"{f}:1: canonical: required field is missing" in capsys.readouterr().out


def test_events_of_a_long_text_are_those_of_its_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """events() on a text longer than a window reads each window as a document of its own
    (its working memory is one window's): the same events as each window's text alone, with
    offsets into the whole text."""
    text = _corpus()
    monkeypatch.setattr(_windows, "WINDOW", 20_000)
    spans = list(_windows.windows(text, 20_000))
    evs = frdefnlp.events(frdefnlp.tag(text))
    assert evs and len(spans) > 2
    for ev in evs:
        assert text[ev.sentence_start:ev.sentence_end] == ev.sentence
        for ents in ev.slots.values():
            for e in ents:
                assert text[e.start:e.end] == e.text

    def key(ev, shift: int = 0) -> tuple:
        return (ev.type, ev.status, ev.sentence_start + shift,
                tuple(sorted((k, tuple(e.text for e in v)) for k, v in ev.slots.items())))

    alone = [key(ev, a) for a, b in spans for ev in frdefnlp.events(frdefnlp.tag(text[a:b]))]
    assert sorted(key(ev) for ev in evs) == sorted(alone)
