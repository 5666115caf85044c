"""frdefnlp inside a real stanza.Pipeline, offline, with no stanza model downloaded."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

# stanza is an extra: without it these tests skip. (The submodule, not "stanza" alone: this
# very directory, tests/stanza, would import as a namespace package named stanza.)
pytest.importorskip("stanza.pipeline")
import stanza  # noqa: E402

import frdefnlp  # noqa: E402
import frdefnlp.stanza as fs  # noqa: E402
from frdefnlp.errors import InputValueError, ModelNotAvailableError  # noqa: E402

pytestmark = pytest.mark.stanza

SEED = "000_86cfde2a48bb7c31.txt"


@pytest.fixture(scope="module")
def nlp() -> stanza.Pipeline:
    return fs.pipeline(processors=("gazetteer", "patterns", "context", "resolve"))


@pytest.fixture(autouse=True)
def _no_home_writes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # stanza's default model directory lives under $HOME: point it at an empty place so a
    # test can only pass if nothing is read from or written to a real stanza install.
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza_resources"))


def test_tokenize_variant_offsets(nlp: stanza.Pipeline) -> None:
    text = "Le général Aviv Kochavi est arrivé du Maroc. Il a dit « bonjour »."
    doc = nlp(text)
    assert len(doc.sentences) == 2
    for sent in doc.sentences:
        for tok in sent.tokens:
            assert text[tok.start_char : tok.end_char] == tok.text


def test_pipeline_entities_match_tag(nlp: stanza.Pipeline, seeds: dict[str, str]) -> None:
    text = seeds[SEED]
    doc = nlp(text)
    ents = doc.frdefnlp_entities
    assert ents, "no entity found in seed 000"
    for e in ents:
        assert text[e.start : e.end] == e.text
    ours = {(e.start, e.end, e.label) for e in ents}
    tagged = {(e.start, e.end, e.label) for e in frdefnlp.tag(text).entities}
    assert ours == tagged
    ids = {e.id for e in ents}
    assert "weapon/iron-dome" in ids and "person/benny-gantz" in ids


def _gold_texts() -> list[str]:
    import sys

    gold_dir = Path(__file__).resolve().parent.parent / "tagging"
    sys.path.insert(0, str(gold_dir))
    from gold_loader import load_gold

    texts = []
    for name in ("seeds", "dev", "heldout", "blind", "blind2", "blind3"):
        texts += [d.text for d in load_gold(gold_dir / "gold" / f"{name}.txt")]
    return texts


def test_pipeline_and_tag_agree_on_every_gold_text(nlp: stanza.Pipeline) -> None:
    """The stanza processors run the same steps as frdefnlp.tag (tagger.decide, the same
    gazetteer candidates): the same entities, ids included, and the same descriptions."""
    for text in _gold_texts():
        doc = nlp(text)
        ours = [(e.start, e.end, e.label, e.id) for e in doc.frdefnlp_entities]
        tagged = frdefnlp.tag(text)
        assert ours == [(e.start, e.end, e.label, e.id) for e in tagged.entities], text[:60]
        desc = [c.text for c in fs.to_frdefnlp(doc).candidates
                if c.attrs.get("alias_type") == "description"]
        assert desc == [c.text for c in tagged.candidates
                        if c.attrs.get("alias_type") == "description"]


def test_doc_ents_rebuilt_from_bioes(nlp: stanza.Pipeline) -> None:
    text = "Le Maroc veut le système Iron Dome de Rafael Advanced Defense Systems."
    doc = nlp(text)
    spans = {(s.start_char, s.end_char, s.type) for s in doc.ents}
    assert (text.index("Iron Dome"), text.index("Iron Dome") + 9, "WEAPON") in spans
    start = text.index("Rafael")
    assert (start, len(text) - 1, "ORG") in spans
    for s in doc.ents:
        assert text[s.start_char : s.end_char] == s.text


@fs.register_ner("standin")
class _StandInNER(stanza.pipeline.processor.Processor):
    """A NER stand-in: tags 'Zorglub' as PER and, wrongly, 'Benny' alone as LOC."""

    PROVIDES_DEFAULT = {"standin"}
    REQUIRES_DEFAULT = {"tokenize"}
    TAGS = {"Zorglub": "S-PER", "Benny": "S-LOC"}

    def _set_up_variants(self, config, device):  # type: ignore[no-untyped-def]
        return None

    def process(self, doc):  # type: ignore[no-untyped-def]
        for sent in doc.sentences:
            for tok in sent.tokens:
                tok.ner = self.TAGS.get(tok.text, "O")
        doc.build_ents()
        return doc


def test_standin_ner_is_merged_by_the_resolver() -> None:
    nlp = fs.pipeline(processors=("gazetteer", "resolve"), stanza_processors={"standin": "default"})
    text = "Zorglub a rencontré Benny Gantz à Rabat."
    doc = nlp(text)
    got = {(e.text, e.label, e.source) for e in doc.frdefnlp_entities}
    assert ("Zorglub", "PERSON", "stanza") in got
    assert ("Benny Gantz", "PERSON", "gazetteer") in got
    assert not any(e.text == "Benny" for e in doc.frdefnlp_entities)
    assert {(s.text, s.type) for s in doc.ents} >= {("Zorglub", "PERSON"), ("Benny Gantz", "PERSON")}


def test_processor_options_reach_the_gazetteer(tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    record = {
        "id": "weapon/zorg-9",
        "canonical": "Zorg-9",
        "label": "WEAPON",
        "kind": "drone",
        "country": "MA",
        "aliases": ["drone Zorg"],
        "source": "test fixture",
    }
    extra.write_text(json.dumps(record) + "\n", encoding="utf-8")
    nlp = fs.pipeline(processors=("gazetteer", "resolve"), gazetteer_files=[str(extra)])
    doc = nlp("Les FAR testent le Zorg 9 depuis mars.")
    assert [e.id for e in doc.frdefnlp_entities if e.label == "WEAPON"] == ["weapon/zorg-9"]


def test_missing_stanza_models_say_how_to_get_them(tmp_path: Path) -> None:
    with pytest.raises(ModelNotAvailableError, match=r"stanza\.download\('fr'\)"):
        fs.pipeline(stanza_models=True, dir=str(tmp_path))


def test_unknown_processor_is_a_value_error() -> None:
    with pytest.raises(InputValueError, match="gazeteer"):
        fs.pipeline(processors=("gazeteer",))


def test_module_reload_registers_once() -> None:
    from stanza.pipeline.registry import PIPELINE_NAMES

    importlib.reload(fs)
    assert all(PIPELINE_NAMES.count(p) == 1 for p in fs.PROCESSORS)
