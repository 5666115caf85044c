"""Tests of frdefnlp.extraction: seed events, dev-set regression, model reproducibility, API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frdefnlp.errors import InputTypeError
from frdefnlp.extraction import EventOptions, events
from frdefnlp.extraction.evaluate import evaluate, load_jsonl
from frdefnlp.tagger import tag

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((Path(__file__).parent / "seed_events.json").read_text(encoding="utf-8"))


def _seed_doc(seed: str):
    path = next((ROOT / "seeds").glob(f"{seed}_*.txt"))
    raw = path.read_text(encoding="utf-8")
    try:  # clean first when the boilerplate stage is available, as the CLI does
        from frdefnlp.boilerplate import clean

        return tag(clean(raw))
    except ImportError:
        return tag(raw)


_CACHE: dict[str, list] = {}


def _seed_events(seed: str):
    if seed not in _CACHE:
        doc = _seed_doc(seed)
        _CACHE[seed] = (doc, events(doc))
    return _CACHE[seed]


def _matches(gold: dict, ev) -> bool:
    a = ev.attrs
    names = lambda slot: {e.canonical or e.text for e in ev.slots.get(slot, ())}  # noqa: E731
    checks = {
        "supplier": lambda g: a.get("supplier_country") == g,
        "recipient": lambda g: a.get("recipient_country") == g,
        "host": lambda g: a.get("host_country") == g,
        "system": lambda g: g in names("system"),
        "status": lambda g: ev.status == g,
        "amount": lambda g: a.get("amount") == g,
        "category": lambda g: a.get("category") == g,
        "visitor": lambda g: g in names("visitor") or a.get("visitor_country") == g,
        "city": lambda g: g in names("city"),
        "duration_days": lambda g: a.get("duration_days") == g,
        "parties": lambda g: set(g) <= names("parties"),
        "countries": lambda g: set(g) <= set(a.get("countries", ())),
        "domain": lambda g: g in a.get("domain", ()),
    }
    if ev.type != gold["type"]:
        return False
    return all(checks[k](v) for k, v in gold.items() if k in checks)


@pytest.mark.parametrize("gold", GOLD["events"], ids=[g["id"] for g in GOLD["events"]])
def test_seed_event_recovered(gold):
    doc, evs = _seed_events(gold["seed"])
    assert any(_matches(gold, ev) for ev in evs), [
        (e.type, e.status, dict(e.attrs)) for e in evs if e.type == gold["type"]]


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_offsets(seed):
    doc, evs = _seed_events(seed)
    assert evs
    for ev in evs:
        assert doc.text[ev.sentence_start:ev.sentence_end] == ev.sentence
        for ents in ev.slots.values():
            for e in ents:
                assert doc.text[e.start:e.end] == e.text
        json.dumps(ev.to_dict(), ensure_ascii=False)


# figures measured with bench/eval_events.py; the floor is the achieved level minus a margin
DEV_F1_FLOOR = 0.93
DEV_SLOT_FLOOR = 0.96


def test_dev_figures_stay_above_floor():
    res = evaluate(load_jsonl(str(Path(__file__).parent / "dev.jsonl")), events)
    assert res["detection"]["ALL"]["f1"] >= DEV_F1_FLOOR, res["detection"]
    assert res["slot_accuracy"] >= DEV_SLOT_FLOOR, res["slots"]


def test_retrain_reproduces_shipped_model(tmp_path):
    pytest.importorskip("sklearn")
    from frdefnlp.extraction.train import main

    out = tmp_path / "model.json"
    assert main(["--out", str(out)]) == 0
    shipped = json.loads((ROOT / "resources" / "events" / "model.json").read_text("utf-8"))
    assert json.loads(out.read_text("utf-8")) == shipped


CASES = [
    ("sale", "Israël a vendu des drones Harop au Maroc.", "IL", "MA", "ordered"),
    ("purchase", "Le Maroc a acheté des canons Caesar auprès de la France.", "FR", "MA", "ordered"),
    ("delivery", "La Turquie a livré des drones Bayraktar TB2 à la Tunisie.", "TR", "TN", "delivered"),
    ("order", "L'Inde a commandé des Rafale à la France.", "FR", "IN", "ordered"),
    # CONVENTIONS: status is how far the deal has got, not how sure the source is
    ("reported", "Le Maroc aurait acquis le système Barak 8 auprès d'Israël.", "IL", "MA", "ordered"),
    ("negotiating", "Le Maroc envisage de commander des drones israéliens.", "IL", "MA", "negotiating"),
    ("denied", "Madrid a démenti toute vente d'armes au Maroc.", None, "MA", "denied"),
]


@pytest.mark.parametrize("text,sup,rec,status", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_arms_transfer_roles_and_status(text, sup, rec, status):
    evs = [e for e in events(text) if e.type == "ARMS_TRANSFER"]
    assert len(evs) == 1
    ev = evs[0]
    if sup:
        assert ev.attrs["supplier_country"] == sup
    assert ev.attrs["recipient_country"] == rec
    assert ev.status == status


def test_nationality_adjective_is_an_offset_entity():
    text = "Les FAR envisagent de commander des drones israéliens de type Harop."
    ev = events(text)[0]
    sup = ev.slots["supplier"][0]
    assert text[sup.start:sup.end] == sup.text == "israéliens"


def test_merge_within_document_and_option():
    text = ("Le Maroc négocie l'achat de drones Harop auprès d'Israël. "
            "Le montant du contrat pourrait dépasser 100 millions de dollars.")
    merged = [e for e in events(text) if e.type == "ARMS_TRANSFER"]
    assert len(merged) == 1 and merged[0].attrs["amount"] == 100_000_000.0
    split = [e for e in events(text, options=EventOptions(merge=False))
             if e.type == "ARMS_TRANSFER"]
    assert len(split) == 2


def test_merge_across_documents():
    texts = ["Israël a vendu des drones Harop au Maroc.",
             "Les drones Harop ont été livrés au Maroc par Israël."]
    assert len(events(texts)) == 2
    across = events(texts, options=EventOptions(merge_across=True))
    assert len(across) == 1
    assert across[0].status == "delivered" and across[0].attrs["documents"] == ["0", "1"]


def test_negative_and_empty():
    assert events("Le match s'est terminé sur un score nul.") == []
    assert events("") == []
    assert events([]) == []


@pytest.mark.parametrize("bad", [None, 3, b"texte"], ids=["none", "int", "bytes"])
def test_bad_input(bad):
    with pytest.raises(InputTypeError):
        events(bad)


def test_cli_csv(tmp_path, capsys):
    import argparse
    import csv
    import io

    from frdefnlp.extraction.cli import CSV_COLUMNS, configure_cli, run_cli

    f = tmp_path / "a.txt"
    f.write_text("Le Maroc a commandé 150 drones WanderB à BlueBird Aero Systems pour "
                 "50 millions de dollars.", encoding="utf-8")
    parser = argparse.ArgumentParser()
    configure_cli(parser)
    assert run_cli(parser.parse_args([str(f), "--format", "csv", "--no-clean"])) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == CSV_COLUMNS
    row = rows[0]
    assert (row["type"], row["supplier"], row["recipient"], row["designation"]) == (
        "ARMS_TRANSFER", "BlueBird Aero Systems", "Maroc", "WanderB")
    assert (row["supplier country"], row["recipient country"]) == ("IL", "MA")
    assert (row["number ordered"], row["number delivered"], row["value"], row["currency"],
            row["status"]) == ("150", "", "50000000", "USD", "ordered")
    assert row["source document"] == str(f)


def test_csv_marks_inferred_values():
    from frdefnlp.extraction.output import csv_row

    text = ("Les Forces armées royales ont réceptionné leurs premiers F-16 Block 72 en 2024. "
            "Les appareils ont été livrés à la base de Benguérir.")
    ev = next(e for e in events(text) if e.type == "ARMS_TRANSFER")
    row = csv_row(ev)
    assert row["supplier"].endswith("?") and "supplier inferred" in row["comments"]
    assert row["years of deliveries"] == "2024" and row["number ordered"] == ""


# page-level figures on the team's own pages (tests/events/pages), devset definitions; each
# batch first measured before any rule was fitted to it: p01-p10 at P 0.815 R 0.833 F1 0.824,
# p11-p20 at P 0.947 R 0.938 F1 0.942, p21-p30 at P 0.867 R 0.923 F1 0.894,
# p31-p40 at P 0.929 R 0.923 F1 0.926; p41-p60 (stage, visit and exercise wordings of other
# sites) at P 1.0 R 0.806 F1 0.892; p61-p72, written after the rules fitted to p41-p60 and
# before any rule was fitted to them, at P 1.0 R 0.882 F1 0.938; p73-p82 likewise (after the
# rules fitted to p61-p72) at P 1.0 R 0.800 F1 0.889; p83-p92 likewise at P 0.842 R 0.923
# F1 0.881 (two of its false events were gold oversights, since marked optional); p93-p102
# likewise at P 0.923 R 0.727 F1 0.814 (the code before issue 10's work: R 0.636 F1 0.753);
# p103-p112 likewise at P 1.0 R 0.900 F1 0.947 (before issue 10's work: the same);
# p113-p120 likewise at P 0.909 R 1.0 F1 0.952 (the same before issue 10's work); p121-p128
# likewise at P 1.0 R 1.0 (the same before issue 10's work); p129-p140 (INDUSTRY and
# AGREEMENT wordings) at P 0.790 R 0.765 F1 0.777; p141-p145 likewise at P 0.750 R 0.833 F1 0.789;
# p146-p150 likewise at P 0.714 R 0.800 F1 0.755; p151-p158 (INDUSTRY wordings, events2) at
# P 0.750 R 0.750 F1 0.750; p159-p168 (ARMS_TRANSFER wordings, events2) at P 0.895 R 0.769
# F1 0.827; p169-p178 (ARMS_TRANSFER wordings, events2) at P 1.0 R 0.909 F1 0.952; p179-p184
# (events2) at P 1.0 R 0.833 F1 0.909; p185-p190 (events2, longer pages) at P 1.0 R 0.778 F1 0.875;
# p191-p196 (events2, French, Swiss, Belgian, Canadian, Lebanese wordings) at P 1.0 R 0.833;
# p197-p201 (events2) at P 0.900 R 0.833 F1 0.865 (its false event, a defence cooperation
# accord, was a gold oversight, since marked optional)
PAGES_F1_FLOOR = 0.96


def test_own_pages_stay_above_floor():
    from frdefnlp.extraction.evaluate import load_pages, score_pages

    d = Path(__file__).parent
    res = score_pages(load_pages(str(d / "pages"), str(d / "pages_gold.jsonl")), events)
    assert res["f1"] >= PAGES_F1_FLOOR, res["errors"]
