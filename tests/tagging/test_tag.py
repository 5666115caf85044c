"""frdefnlp.tag: offsets, bad input, output formats, CLI, resolver policy, short forms, F1 floor.

The gold sets (tests/tagging/gold/*.txt, read by gold_loader.py) are written by hand; the F1
floors below sit a little under what bench/eval_ner.py measures, so a regression fails here.
"""

from __future__ import annotations

import importlib.util
import io
import itertools
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import frdefnlp
from frdefnlp import LABELS, InputTypeError
from frdefnlp.cli import main
from frdefnlp.resolver import Resolver
from frdefnlp.tagger import Tagger, TagOptions, tag, to_conll
from frdefnlp.types import Entity

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE))
from gold_loader import load_gold  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SOURCES = {"gazetteer", "pattern", "context", "alias", "user"}


def _gold_docs() -> list:
    docs = []
    for name in ("seeds", "dev", "heldout", "blind", "blind2", "blind3"):
        if (GOLD / f"{name}.txt").exists():
            docs.extend(load_gold(GOLD / f"{name}.txt"))
    return docs


GOLD_DOCS = _gold_docs()


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_ner", ROOT / "bench" / "eval_ner.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_ner"] = mod  # dataclasses look their module up while it executes
    spec.loader.exec_module(mod)
    return mod


def _check_doc(doc) -> None:
    """Every span of a Document is true, entities are sorted and never overlap."""
    text = doc.text
    for e in (*doc.entities, *doc.candidates):
        assert 0 <= e.start < e.end <= len(text), e
        assert text[e.start:e.end] == e.text, e
        assert e.label in LABELS, e
        assert e.source in SOURCES, e
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text, t
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text, s
    for a, b in itertools.pairwise(doc.entities):
        assert a.end <= b.start, (a, b)


# --------------------------------------------------------------------------------------------
# offsets on every real text
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_offsets_on_raw_seed(path: Path) -> None:
    doc = tag(path.read_text(encoding="utf-8"))
    _check_doc(doc)
    assert len(doc.entities) > 10


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_offsets_on_cleaned_seed_and_back_to_raw(path: Path) -> None:
    clean = pytest.importorskip("frdefnlp.boilerplate").__dict__.get("clean")
    if clean is None:
        pytest.skip("frdefnlp.boilerplate has no clean() yet")
    raw = path.read_text(encoding="utf-8")
    result = clean(raw)
    doc = tag(result)
    _check_doc(doc)
    assert doc.clean is result and doc.metadata == result.metadata
    for e in doc.entities:  # the way back to the raw page
        s, t = result.raw_span(e.start, e.end)
        assert raw[s:t] == e.text, e


@pytest.mark.skipif(not GOLD_DOCS, reason="gold not written yet")
@pytest.mark.parametrize("gold", GOLD_DOCS, ids=[d.id for d in GOLD_DOCS])
def test_offsets_on_gold_text(gold) -> None:
    _check_doc(tag(gold.text))


# --------------------------------------------------------------------------------------------
# random text (property-based)
# --------------------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "Benny Gantz", "Gantz", "Barak 8", "Iron Dome", "Dôme de fer", "Israël", "Maroc", "IAI",
    "Israel Aerospace Industries (IAI)", "le ministre", "la société", "500 millions de dollars",
    "500.000 dollars", "trois lanceurs", "de 4 à 70 km", "mardi 23 novembre", "l'", "d’", "'",
    "\u00a0", "\u202f", "«", "»", " « ", " » ", "\n", "\n\n", "\t", "\x00", "\x07", "\x1b",
    "\u200b", "\ufeff", ". ", ", ", " ", "F-16", "2020", "12", "1,2", "%", "M.", "Mme", "(", ")",
    "é", "É", "ﬁ", "𝔸", "\u0301", "\r\n",
    # cues of the WEAPON context rules, variants, merges, ships, decades, descriptions
    "la frégate ", "des drones ", "avions de chasse ", "porte-hélicoptères ", "Al-Galala",
    "FA-50 Block 20", "AGM-154C", "Apache", "AH-64E", "Hawk 208", "Gamal Abdel Nasser",
    "années 1990", "l'armée marocaine", "Forces aériennes algériennes", ", Jean Dupont, ",
    "le PDG du groupe ", "en 2022 six vedettes",
])
_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_random_text_offsets_true(text: str) -> None:
    doc = tag(text)
    assert doc.text == text
    _check_doc(doc)
    conll = to_conll(doc)
    assert conll.count("\n") >= len(doc.tokens)


# --------------------------------------------------------------------------------------------
# bad input
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value, word", [
    (None, "None"), (b"Benny Gantz", "bytes"), (42, "int"), (["Maroc"], "list"),
    (bytearray(b"x"), "bytearray"),
], ids=["none", "bytes", "int", "list", "bytearray"])
def test_bad_input_type(value, word: str) -> None:
    with pytest.raises(InputTypeError, match=word) as info:
        tag(value)
    assert isinstance(info.value, TypeError)
    assert "str" in str(info.value)


def test_bad_options_type() -> None:
    with pytest.raises(InputTypeError, match="TagOptions"):
        Tagger({"use_gazetteer": False})


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u00a0"], ids=["empty", "space", "blank", "nbsp"])
def test_empty_gives_empty_document(text: str) -> None:
    doc = tag(text)
    assert doc.entities == () and doc.text == text
    assert to_conll(doc).strip() == ""


def test_pipe_matches_single_calls_and_checks_batch_size() -> None:
    texts = ["Benny Gantz est à Rabat.", "", "Le Maroc achète des drones Harop."]
    tagger = Tagger()
    assert [d.entities for d in tagger.pipe(texts, batch_size=2)] == [tag(t).entities for t in texts]
    with pytest.raises(ValueError, match="batch_size"):
        list(tagger.pipe(texts, batch_size=0))


# --------------------------------------------------------------------------------------------
# output: to_dict, CoNLL
# --------------------------------------------------------------------------------------------

SAMPLE = ("Le ministre israélien de la Défense, Benny Gantz, est arrivé à Rabat le mardi 23 "
          "novembre. Gantz a signé avec Israel Aerospace Industries (IAI) un contrat de "
          "500 millions de dollars pour trois lanceurs Barak 8 auprès d'Israël ; IAI livrera.")


def test_to_dict_is_json_and_round_trips() -> None:
    doc = tag(SAMPLE)
    d = doc.to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    assert set(d) == {"id", "text", "metadata", "sentences", "tokens", "entities"}
    assert len(d["entities"]) == len(doc.entities)
    for ent, back in zip(doc.entities, d["entities"], strict=True):
        assert set(back) == {"start", "end", "text", "label", "kind", "canonical", "id", "source",
                             "value", "attrs", "confidence"}
        assert Entity(**{**back, "attrs": back["attrs"]}) == ent
        assert d["text"][back["start"]:back["end"]] == back["text"]
    money = next(e for e in d["entities"] if e["label"] == "MONEY")
    assert money["value"]["amount"] == 500_000_000 and money["value"]["currency"] == "USD"


def _bio_ok(tags: list[str]) -> bool:
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            return False
        if t != "O" and not (t[:2] in ("B-", "I-") and t[2:] in LABELS):
            return False
        prev = t
    return True


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_conll_is_valid_bio(path: Path) -> None:
    doc = tag(path.read_text(encoding="utf-8"))
    out = to_conll(doc)
    blocks = [b for b in out.split("\n\n") if b.strip()]
    assert len(blocks) == len(doc.sentences)
    rows = [line.split("\t") for b in blocks for line in b.split("\n") if line]
    # a token cut by an entity edge ("UE-Maroc") is split into pieces; the pieces join back
    assert len(rows) >= len(doc.tokens)
    assert "".join(r[0] for r in rows) == "".join(t.text for t in doc.tokens)
    tags = [r[1] for r in rows]
    assert _bio_ok(tags)
    # every entity starts exactly one B- line
    assert sum(t.startswith("B-") for t in tags) == len(doc.entities)


def test_conll_splits_a_token_that_holds_two_entities() -> None:
    out = to_conll(tag("Accord UE-Maroc signé."))
    assert "UE\tB-ORG\n-\tO\nMaroc\tB-LOC\n" in out


def test_conll_sample() -> None:
    lines = to_conll(tag("Benny Gantz est à Rabat.")).splitlines()
    assert lines == ["Benny\tB-PERSON", "Gantz\tI-PERSON", "est\tO", "à\tO", "Rabat\tB-LOC",
                     ".\tO", ""][: len(lines)]


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------


@pytest.fixture()
def sample_file(tmp_path: Path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(SAMPLE, encoding="utf-8")
    return p


@pytest.mark.parametrize("fmt", ["json", "jsonl", "conll"])
def test_cli_formats(fmt: str, sample_file: Path, capsys) -> None:
    assert main(["tag", str(sample_file), "--no-clean", "--format", fmt]) == 0
    out = capsys.readouterr().out
    expected = [(e.text, e.label) for e in tag(SAMPLE).entities]
    if fmt == "conll":
        assert out.startswith(f"# document = {sample_file}\n")
        assert "Barak\tB-WEAPON\n8\tI-WEAPON" in out
    else:
        data = json.loads(out) if fmt == "json" else [json.loads(x) for x in out.splitlines()][0]
        assert data["id"] == str(sample_file)
        assert [(e["text"], e["label"]) for e in data["entities"]] == expected


def test_cli_stdin_cleans_by_default(monkeypatch, capsys) -> None:
    raw = SEEDS[1].read_bytes()  # a page with a headline ticker
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    assert main(["tag", "-", "--format", "jsonl"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == "<stdin>"
    assert len(data["text"]) < len(raw.decode("utf-8"))  # page furniture removed
    assert any(e["id"] == "person/benny-gantz" for e in data["entities"])


def test_cli_bad_file_reports_and_goes_on(tmp_path: Path, sample_file: Path, capsys) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Défense".encode("latin-1"))
    status = main(["tag", str(tmp_path / "missing.txt"), str(latin), str(sample_file),
                   "--no-clean", "--format", "jsonl"])
    captured = capsys.readouterr()
    assert status == 1
    assert "missing.txt" in captured.err and "not UTF-8" in captured.err
    assert len(captured.out.splitlines()) == 1


# --------------------------------------------------------------------------------------------
# sources, resolver policy, short forms, context rules
# --------------------------------------------------------------------------------------------


def test_sources_recorded() -> None:
    doc = tag(SAMPLE)
    by_text = {e.text: e for e in doc.entities}
    assert by_text["Rabat"].source == "gazetteer" and by_text["Rabat"].id == "loc/rabat"
    assert by_text["500 millions de dollars"].source == "pattern"
    assert by_text["mardi 23 novembre"].label == "DATE"
    assert {e.source for e in doc.entities} <= SOURCES


def test_short_forms_resolve_to_the_full_name() -> None:
    doc = tag(SAMPLE)
    gantz = [e for e in doc.entities if e.text in ("Benny Gantz", "Gantz")]
    assert [e.text for e in gantz] == ["Benny Gantz", "Gantz"]
    assert {e.id for e in gantz} == {"person/benny-gantz"}
    iai = [e for e in doc.entities if e.text == "IAI"]
    assert len(iai) == 2
    full = next(e for e in doc.entities if e.text == "Israel Aerospace Industries")
    assert {e.id for e in iai} == {full.id} and full.label == "ORG"


@pytest.mark.parametrize("text, name, label, canonical", [
    ("Le ministre Jean Dupontel parle. Dupontel a ajouté un mot.", "Dupontel", "PERSON",
     "Jean Dupontel"),
    ("La société Zorbax Dynamics Systems (ZDS) a livré. ZDS exporte.", "ZDS", "ORG",
     "Zorbax Dynamics Systems"),
], ids=["person-last-name", "org-acronym"])
def test_short_forms_of_unlisted_names(text: str, name: str, label: str, canonical: str) -> None:
    ents = [e for e in tag(text).entities if e.text == name]
    assert ents and all(e.source == "alias" and e.label == label and e.canonical == canonical
                        for e in ents)


def test_gazetteer_designation_beats_quantity_pattern() -> None:
    doc = tag("Le Maroc a acquis le système Barak 8 auprès d'Israël, puis trois F-16.")
    got = [(e.text, e.label) for e in doc.entities]
    assert ("Barak 8", "WEAPON") in got and ("F-16", "WEAPON") in got
    assert not [e for e in doc.entities if e.label == "QUANTITY"]
    assert ("trois F-16", "QUANTITY") in [(e.text, e.label) for e in doc.candidates]


def test_pattern_cuts_no_gazetteer_name_but_keeps_its_own() -> None:
    kept, dropped = Resolver().resolve([
        Entity(10, 17, "Barak 8", "WEAPON", source="gazetteer"),
        Entity(16, 24, "8 auprès", "QUANTITY", source="pattern"),
        Entity(30, 40, "trois jours", "QUANTITY", source="pattern"),
    ])
    assert [e.text for e in kept] == ["Barak 8", "trois jours"]
    assert [e.text for e in dropped] == ["8 auprès"]


def test_resolver_is_order_independent() -> None:
    cands = [e for e in tag(SAMPLE, options=TagOptions(keep_candidates=True)).candidates
             if e.attrs.get("alias_type") != "adjective"] + list(tag(SAMPLE).entities)
    first = Resolver().resolve(cands)
    for perm in (cands[::-1], sorted(cands, key=lambda e: (e.label, e.end)),
                 sorted(cands, key=lambda e: -e.start)):
        assert Resolver().resolve(perm) == first


@pytest.mark.parametrize("text, expected", [
    ("Le président serbe Aleksandar Vučić a signé.", ("Aleksandar Vučić", "PERSON")),
    ("Le PDG de Dassault Aviation, Éric Trappier, a parlé.", ("Éric Trappier", "PERSON")),
    ("Pour l'analyste Karim Benzaoui, le contrat compte.", ("Karim Benzaoui", "PERSON")),
    ("Le groupe, présidé par Faisal Al Bannai, signe.", ("Faisal Al Bannai", "PERSON")),
    ("Le ministère finlandais de la Défense a annoncé.", ("ministère finlandais de la Défense", "ORG")),
    ("Le ministère des Affaires étrangères a démenti.", ("ministère des Affaires étrangères", "ORG")),
    ("Selon l'agence indienne ANI, le contrat avance.", ("ANI", "ORG")),
    ("les drones seraient basés à Oum Bouaghi, dans l'est.", ("Oum Bouaghi", "LOC")),
    ("L'usine de Mérignac tourne.", ("Mérignac", "LOC")),
], ids=["title-adjective", "title-de-org", "analyste", "preside-par", "ministere-adj",
        "ministere-tail", "agence-adj", "bases-a", "usine-de"])
def test_context_rules(text: str, expected: tuple[str, str]) -> None:
    doc = tag(text)
    assert expected in [(e.text, e.label) for e in doc.entities]
    ent = next(e for e in doc.entities if e.text == expected[0])
    assert ent.source in {"context", "gazetteer"}


def test_context_role_recorded() -> None:
    doc = tag("Le président serbe Aleksandar Vučić a signé.")
    ent = next(e for e in doc.entities if e.label == "PERSON")
    assert ent.attrs["role"] == "président serbe" and ent.attrs["country"] == "RS"


@pytest.mark.parametrize("opts, absent", [
    (TagOptions(use_gazetteer=False), "gazetteer"),
    (TagOptions(use_patterns=False), "pattern"),
    (TagOptions(use_context=False), "context"),
], ids=["no-gazetteer", "no-patterns", "no-context"])
def test_options_switch_components_off(opts: TagOptions, absent: str) -> None:
    text = SAMPLE + " La société Zorbax Dynamics livre."
    assert absent in {e.source for e in tag(text).entities}
    assert absent not in {e.source for e in tag(text, options=opts).entities}


# --------------------------------------------------------------------------------------------
# quality floor against the gold
# --------------------------------------------------------------------------------------------

# measured with bench/eval_ner.py on 2026-12-02 (F1 seeds 0.981, dev 0.979, heldout 0.989,
# blind 0.911, blind2 0.913); floors a little under, to catch regressions
FLOORS = {"seeds": 0.95, "dev": 0.95, "heldout": 0.95, "blind": 0.90, "blind2": 0.93,
          "blind3": 0.89}
LABEL_FLOORS = {"WEAPON": 0.90, "ORG": 0.90}
# blind.txt was written by someone who never saw the tagger, its rules or its gazetteers
# (first measured F1 0.858, WEAPON 0.731, ORG 0.813; now 0.901, 0.818, 0.904).
# blind2.txt was written the same way after those changes (first measured F1 0.913, WEAPON
# 0.860, ORG 0.859).
# blind3.txt, written at the end of that stop, first measured F1 0.894, ORG 0.813, WEAPON 0.891.
SET_LABEL_FLOORS = {"blind": {"WEAPON": 0.88, "ORG": 0.87}, "blind2": {"WEAPON": 0.90, "ORG": 0.89},
                    "blind3": {"WEAPON": 0.88, "ORG": 0.84}}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_floor_against_gold(name: str) -> None:
    if not (GOLD / f"{name}.txt").exists():
        pytest.skip(f"no gold {name}.txt yet")
    ev = _eval_module()
    docs = load_gold(GOLD / f"{name}.txt")
    scores = ev.score(docs, ev.predict_ours)
    overall = scores.overall()
    assert overall.f1 >= FLOORS[name], scores.to_dict()
    assert overall.precision >= FLOORS[name] - 0.02
    for label, floor in SET_LABEL_FLOORS.get(name, LABEL_FLOORS).items():
        assert scores.by_label[label].f1 >= floor, (label, scores.by_label[label])


def test_eval_scores_exact_spans() -> None:
    ev = _eval_module()

    class Doc:
        text = "Benny Gantz à Rabat"
        entities = ((0, 11, "PERSON", "Benny Gantz"), (14, 19, "LOC", "Rabat"))

    s = ev.score([Doc()], lambda texts: [[(0, 5, "PERSON"), (14, 19, "LOC"), (6, 11, "ORG")]])
    assert (s.by_label["LOC"].tp, s.by_label["PERSON"].fp, s.by_label["PERSON"].fn) == (1, 1, 1)
    assert s.by_label["ORG"].precision == 0.0 and s.by_label["ORG"].recall is None
    assert s.overall().precision == pytest.approx(1 / 3) and s.overall().recall == 0.5


def test_frdefnlp_tag_is_the_same_callable() -> None:
    assert frdefnlp.tag is tag


@pytest.mark.parametrize("text, expected, head", [
    ("Le Maroc a acheté la frégate multimissions Mohammed VI.",
     ("Mohammed VI", "WEAPON", "weapon/mohammed-vi-frigate"), "frégate multimissions"),
    ("Les avions sont à la base aérienne de Tel Nof.", ("Tel Nof", "LOC", "loc/tel-nof"),
     "base aérienne de"),
], ids=["frigate", "air-base"])
def test_generic_head_left_out_of_gazetteer_names(text: str, expected, head: str) -> None:
    ent = next(e for e in tag(text).entities if e.text == expected[0])
    assert (ent.text, ent.label, ent.id) == expected and ent.attrs["head"] == head


def test_count_before_a_headed_name_is_kept_apart() -> None:
    got = [(e.text, e.label) for e in tag("Jakarta commande deux sous-marins Scorpène.").entities]
    assert got[-2:] == [("deux sous-marins", "QUANTITY"), ("Scorpène", "WEAPON")]


@pytest.mark.parametrize("text, name, adjective", [
    ("L'Armée de terre espagnole avance.", "Armée de terre", "espagnole"),
    ("Le pays est candidat à l'Union européenne.", "Union européenne", None),
    ("Les Forces aériennes algériennes volent.", "Forces aériennes algériennes", None),
], ids=["country-adjective-dropped", "region-adjective-kept", "official-name-kept"])
def test_trailing_country_adjective_of_org_names(text: str, name: str, adjective) -> None:
    ent = next(e for e in tag(text).entities if e.label == "ORG")
    assert ent.text == name and ent.attrs.get("adjective") == adjective
    assert text[ent.start:ent.end] == ent.text


@pytest.mark.parametrize("text, surface, org_id", [
    ("Le chef de l'armée israélienne parle.", "armée israélienne", "org/israel-defense-forces"),
    ("La marine algérienne reçoit une frégate.", "marine algérienne", "org/algerian-navy"),
])
def test_lower_case_descriptions_are_candidates_not_entities(text: str, surface: str,
                                                             org_id: str) -> None:
    doc = tag(text)
    assert not [e for e in doc.entities if e.label == "ORG"]
    desc = [c for c in doc.candidates if c.attrs.get("alias_type") == "description"]
    assert [(c.text, c.id) for c in desc] == [(surface, org_id)]
    assert all(text[c.start:c.end] == c.text for c in desc)


def test_described_buyer_still_fills_the_event() -> None:
    from frdefnlp import events

    doc = tag("L'armée marocaine a acheté 36 hélicoptères AH-64E aux États-Unis.")
    slots = {k: [e.text for e in v] for ev in events(doc) for k, v in ev.slots.items()}
    assert "armée marocaine" in slots.get("recipient", []) or "marocaine" in slots.get("recipient", [])


# -- WEAPON names after generic equipment words (names.ContextTagger._weapons) ---------------

@pytest.mark.parametrize("text, expected", [
    ("La frégate Al-Galala a rejoint Alexandrie.", ["Al-Galala"]),
    ("Des avions de chasse FA-50 Block 20 ont été livrés.", ["FA-50 Block 20"]),
    ("Les drones turcs Kemankeş volent.", ["Kemankeş"]),
    ("des avions d'entraînement Hawk 208 britanniques", ["Hawk 208"]),
])
def test_weapon_names_after_equipment_words(text: str, expected: list[str]) -> None:
    doc = tag(text)
    weapons = [e for e in doc.entities if e.label == "WEAPON"]
    assert [e.text for e in weapons] == expected
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    assert not [e for e in doc.entities if e.label == "QUANTITY"]  # "208" is no count


@pytest.mark.parametrize("text", [
    "L'avion de Benny Gantz a atterri à Rabat.",  # a known person is never a system
    "Des avions Airbus survolent Séville.",  # a known company neither
    "Les drones de la Turquie sont arrivés.",  # "de" then a name: whose, not which
    "Les avions. Le ministre parle.",  # no name after the head
])
def test_no_weapon_name_without_a_name_after_the_head(text: str) -> None:
    doc = tag(text)
    assert not [e for e in doc.entities if e.label == "WEAPON" and e.source == "context"]


def test_known_system_inside_a_context_name_lends_its_id() -> None:
    doc = tag("L'Inde a commandé des drones Drishti-10 Starliner.")
    (w,) = [e for e in doc.entities if e.label == "WEAPON"]
    assert (w.text, w.source, w.id) == ("Drishti-10 Starliner", "context", "weapon/hermes-900")


@pytest.mark.parametrize("text, surface, record, variant", [
    ("Rabat a reçu des AGM-154C.", "AGM-154C", "weapon/jsow", "C"),
    ("Des F-5M modernisés volent encore.", "F-5M", "weapon/f-5", "M"),
])
def test_glued_variant_suffix_joins_the_designation(text, surface, record, variant) -> None:
    (w,) = [e for e in tag(text).entities if e.label == "WEAPON"]
    assert (w.text, w.id, w.attrs.get("variant")) == (surface, record, variant)
    assert text[w.start:w.end] == w.text


@pytest.mark.parametrize("text, surface", [
    ("Le Maroc a reçu ses Apache AH-64E en 2025.", "Apache AH-64E"),
    ("Des bombes AGM-154C JSOW ont été commandées.", "AGM-154C JSOW"),
])
def test_two_names_of_one_system_side_by_side_are_one_mention(text, surface) -> None:
    doc = tag(text)
    weapons = [e for e in doc.entities if e.label == "WEAPON"]
    assert [e.text for e in weapons] == [surface]
    assert text[weapons[0].start:weapons[0].end] == surface


def test_two_different_systems_side_by_side_stay_apart() -> None:
    doc = tag("Le drone Hero-30 et le Hero-120 ont été montrés.")
    assert [e.text for e in doc.entities if e.label == "WEAPON"] == ["Hero-30", "Hero-120"]


@pytest.mark.parametrize("text, person, role", [
    ("La secrétaire d'État à la Défense, Amparo Vidal, a précisé le calendrier.",
     "Amparo Vidal", "secrétaire d'État à la Défense"),  # a title with an elision
    ("Le PDG du groupe israélien, Yoav Ben-Ami, espère produire au Maroc.",
     "Yoav Ben-Ami", "PDG du groupe israélien"),  # the title's complement, then the name
])
def test_person_in_apposition_after_a_title(text: str, person: str, role: str) -> None:
    (p,) = [e for e in tag(text).entities if e.label == "PERSON"]
    assert (p.text, p.attrs["role"]) == (person, role)
    assert text[p.start:p.end] == p.text


@pytest.mark.parametrize("text", [
    "Le ministre s'est rendu à Rabat, Casablanca et Tanger.",  # one word after the comma
    "Le ministre a visité le chantier, Naval Group, hier.",  # a known organisation
    "Le ministre a parlé ; Jean Dupont, lui, s'est tu.",  # the complement stops at ";"
])
def test_no_apposition_person_without_a_closed_unknown_name(text: str) -> None:
    assert not [e for e in tag(text).entities
                if e.label == "PERSON" and e.attrs.get("cue") == "title_apposition"]


@pytest.mark.parametrize("text, ship", [
    ("Le porte-hélicoptères Gamal Abdel Nasser a appareillé d'Alexandrie.", "Gamal Abdel Nasser"),
    ("Le destroyer Severomorsk a fait escale à Alger.", "Severomorsk"),
])
def test_a_ship_named_after_a_person_or_a_place(text: str, ship: str) -> None:
    doc = tag(text)
    (w,) = [e for e in doc.entities if e.label == "WEAPON"]
    assert (w.text, w.kind) == (ship, "naval")
    assert not [e for e in doc.entities if e.text == ship and e.label != "WEAPON"]
    assert all(text[e.start:e.end] == e.text for e in doc.entities)


@pytest.mark.parametrize("text, places", [
    # a compound place, not Sudan (the name model takes the whole town)
    ("Les frappes sur Port-Soudan ont repris.", ["Port-Soudan"]),
    ("Le partenariat UE-Maroc avance.", ["UE", "Maroc"]),  # two names joined by a hyphen
    ("KNDS France, l'ex-Nexter, produit des obus.", ["KNDS France", "Nexter"]),  # a prefix
])
def test_names_glued_by_a_hyphen(text: str, places: list[str]) -> None:
    doc = tag(text)
    assert [e.text for e in doc.entities if e.label in ("LOC", "ORG")] == places


def test_a_counted_designation_is_a_system_not_a_quantity() -> None:
    text = "La Pologne a reçu 180 K2 et 12 nouveaux Su-35."
    doc = tag(text)
    assert not [e for e in doc.entities if e.label == "QUANTITY"]
    k2 = next(e for e in doc.entities if e.text == "K2")
    assert (k2.label, k2.attrs["count"]) == ("WEAPON", 180.0)
    assert text[k2.start:k2.end] == "K2"


def test_more_currencies() -> None:
    doc = tag("Un contrat de 6,57 milliards de zlotys et 2 milliards de rands.")
    assert [(e.text, e.value["currency"]) for e in doc.entities if e.label == "MONEY"] == [
        ("6,57 milliards de zlotys", "PLN"), ("2 milliards de rands", "ZAR")]


@pytest.mark.parametrize("text, span, code", [
    ("Le marché de l'armée malgache atteint 40 milliards d'ariary.", "40 milliards d'ariary", "MGA"),
    ("Conakry a engagé 95 milliards GNF pour ses casernes.", "95 milliards GNF", "GNF"),
    ("Abuja débloque 120 milliards de nairas pour la défense.", "120 milliards de nairas", "NGN"),
    ("Le budget militaire atteint 9 milliards de cedis.", "9 milliards de cedis", "GHS"),
    ("Kinshasa a voté 2 500 milliards de FC pour les FARDC.", "2 500 milliards de FC", "CDF"),
    ("Le programme coûte 18 milliards de F CFA.", "18 milliards de F CFA", "XOF"),
    ("Beyrouth a reçu l'équivalent de 900 milliards de livres libanaises.",
     "900 milliards de livres libanaises", "LBP"),
])
def test_the_currencies_of_the_countries_this_press_covers(text: str, span: str, code: str) -> None:
    """ISO 4217 currencies of Africa and the Middle East (resources/patterns/currencies.json)."""
    money = [e for e in tag(text).entities if e.label == "MONEY"]
    assert [(e.text, e.value["currency"]) for e in money] == [(span, code)]


@pytest.mark.parametrize("text, span", [
    ("Le contrat vaut 25 millions US$ selon Washington.", "25 millions US$"),
    ("Il a été signé pour US$ 40 millions.", "US$ 40 millions"),
])
def test_an_amount_keeps_a_name_inside_its_currency(text: str, span: str) -> None:
    """A listed name ("US") inside an amount's currency is part of the amount: the amount
    does not cross it, and no place is tagged inside it."""
    doc = tag(text)
    assert [e.text for e in doc.entities if e.label == "MONEY"] == [span]
    assert not [e for e in doc.entities if e.text == "US"]


def test_a_name_crossing_an_amount_still_wins() -> None:
    """A listed name that only overlaps an amount's edge still beats the guessed amount."""
    from frdefnlp.resolver import Resolver
    from frdefnlp.types import Entity
    name = Entity(10, 20, "x" * 10, "ORG", source="gazetteer")
    inside = Entity(0, 25, "y" * 25, "MONEY", source="pattern")
    crossing = Entity(15, 30, "z" * 15, "MONEY", source="pattern")
    kept, _ = Resolver().resolve([name, inside])
    assert [e.label for e in kept] == ["MONEY"]
    kept, _ = Resolver().resolve([name, crossing])
    assert [e.label for e in kept] == ["ORG"]


@pytest.mark.parametrize("text, name, acronym", [
    ("Ils servaient dans la Force conjointe frontalière mixte (FCFM). La FCFM a riposté.",
     "Force conjointe frontalière mixte", "FCFM"),  # an unlisted body (the FMM is listed)
    ("Ils se forment à l'Académie internationale de lutte contre le terrorisme (AILCT).",
     "Académie internationale de lutte contre le terrorisme", "AILCT"),  # "contre" gives its C
    ("Yaoundé s'appuie sur le Bataillon d'intervention rapide (BIR).",
     "Bataillon d'intervention rapide", "BIR"),  # "d'" gives none
])
def test_a_name_defined_by_its_acronym(text: str, name: str, acronym: str) -> None:
    doc = tag(text)
    orgs = [e for e in doc.entities if e.label == "ORG"]
    assert orgs[0].text == name and orgs[0].attrs["acronym"] == acronym
    assert [e.text for e in orgs[1:]] == [acronym] * (len(orgs) - 1) and len(orgs) >= 2
    assert all(text[e.start:e.end] == e.text for e in doc.entities)


@pytest.mark.parametrize("text", [
    "Il a dit (OK) hier.",  # no words spell it
    "selon des sources proches du dossier (AFP)",  # lower-case words spell nothing
])
def test_no_acronym_name_without_matching_initials(text: str) -> None:
    assert not [e for e in tag(text).entities if e.attrs.get("cue") == "acronym"]


@pytest.mark.parametrize("text, units", [
    ("Le 43e bataillon d'infanterie de marine (43e BIMa) quitte Abidjan.",
     ["43e bataillon d'infanterie de marine", "43e BIMa"]),
    ("Le 1er régiment étranger de cavalerie et le 2e REP défilent.",
     ["1er régiment étranger de cavalerie", "2e REP"]),
    ("la 2e armée de l'air", ["2e armée de l'air"]),  # "de l'" then the word
    ("Le 2e corps avance le 1er mars.", []),  # a bare "2e corps" is too vague; a date is no unit
])
def test_military_units(text: str, units: list[str]) -> None:
    doc = tag(text)
    assert [e.text for e in doc.entities if e.attrs.get("cue") == "unit"] == units
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
