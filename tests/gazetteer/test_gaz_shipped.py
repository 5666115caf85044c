"""Acceptance tests on the SHIPPED data: valid, big enough, and finds every seed mention.

tests/gazetteer/seed_entities.json lists, by hand (see build_seed_entities.py), every defence
entity mention of the five seed pages with its offsets and the expected record id.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frdefnlp._resources import list_dir, read_text
from frdefnlp.gazetteer import Gazetteer
from frdefnlp.gazetteer.records import collect

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
EXPECTED = json.loads((HERE / "seed_entities.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def shipped() -> Gazetteer:
    return Gazetteer.load()


def test_shipped_files_are_all_valid() -> None:
    names = list_dir("gazetteers", ".jsonl")
    sources = [(f"resources/gazetteers/{n}", read_text(f"gazetteers/{n}")) for n in names]
    _records, problems = collect(sources)
    assert problems == [], "\n".join(problems[:50])


def test_shipped_files_are_the_five_expected() -> None:
    assert list_dir("gazetteers", ".jsonl") == [
        "companies.jsonl", "locations.jsonl", "orgs.jsonl", "persons.jsonl", "weapons.jsonl"]


def test_shipped_size(shipped: Gazetteer) -> None:
    assert len(shipped) >= 1500
    assert shipped.alias_count >= 4000
    assert shipped.labels == ("LOC", "ORG", "PERSON", "WEAPON")


def test_shipped_loads() -> None:
    # load time is measured in bench/bench_coldstart.py, never asserted here (no timed tests)
    names = list_dir("gazetteers", ".jsonl")
    records, _ = collect([(n, read_text(f"gazetteers/{n}")) for n in names])
    assert Gazetteer(records).alias_count > len(records)


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_recall(shipped: Gazetteer, seed: str) -> None:
    text = (ROOT / "seeds" / seed).read_text(encoding="utf-8")
    got = {(m.start, m.end): m for m in shipped.match(text)}
    missing = []
    for exp in EXPECTED[seed]:
        assert text[exp["start"]:exp["end"]] == exp["surface"]
        m = got.get((exp["start"], exp["end"]))
        if m is None or m.record.id != exp["id"] or m.alias_type != exp["alias_type"]:
            found = None if m is None else (m.record.id, m.alias_type)
            missing.append((exp["surface"], exp["start"], exp["id"], exp["alias_type"], found))
    assert not missing, f"{len(missing)}/{len(EXPECTED[seed])} seed mentions not found: {missing}"


def test_seed_list_is_consistent() -> None:
    ids = {(e["id"], e["label"], e["kind"]) for items in EXPECTED.values() for e in items}
    assert len({i for i, _, _ in ids}) == len(ids)  # one label/kind per id
    assert sum(len(v) for v in EXPECTED.values()) >= 250
