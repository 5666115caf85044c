"""The cold-start fast path (issue 13) changes nothing but time.

Shipped files are parsed without their per-field and cross-record re-checks (they are
validated by test_gaz_shipped.py); the records, and so every match, must be the very ones the
fully checked path builds. User files keep the full checks.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frdefnlp._resources import list_dir, read_text
from frdefnlp.errors import ResourceError
from frdefnlp.gazetteer import Gazetteer
from frdefnlp.gazetteer.records import collect

ROOT = Path(__file__).parent.parent.parent


def _sources() -> list[tuple[str, str]]:
    return [(f"resources/gazetteers/{n}", read_text(f"gazetteers/{n}"))
            for n in list_dir("gazetteers", ".jsonl")]


def test_trusted_parse_builds_the_same_records() -> None:
    sources = _sources()
    checked, problems = collect(sources)
    fast, fast_problems = collect(sources, trusted=[n for n, _ in sources])
    assert problems == fast_problems == []
    assert len(fast) > 3000
    assert fast == checked


def test_shipped_gazetteer_matches_like_the_fully_checked_one() -> None:
    checked, _ = collect(_sources())
    slow, fast = Gazetteer(checked), Gazetteer.load()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    assert texts
    for text in texts:
        a = [(m.start, m.end, m.text, m.record.id, m.alias_type) for m in slow.match(text)]
        b = [(m.start, m.end, m.text, m.record.id, m.alias_type) for m in fast.match(text)]
        assert a and a == b


def test_user_files_keep_the_full_checks(tmp_path: Path) -> None:
    bad = tmp_path / "mine.jsonl"
    bad.write_text(json.dumps({"id": "weapon/x", "label": "WEAPON", "name": "X",
                               "aliases": "not a list"}) + "\n", encoding="utf-8")
    with pytest.raises(ResourceError) as exc:
        Gazetteer.load(extra_files=[bad])
    assert str(exc.value).startswith(f"{bad}:1 (field ")


def test_user_file_clashing_with_shipped_is_still_caught(tmp_path: Path) -> None:
    # cross-record checks still run over shipped + user records: a duplicate shipped id
    sources = _sources()
    first = json.loads(next(line for line in sources[0][1].splitlines() if line.strip()
                            and not line.lstrip().startswith(("//", "#"))))
    dup = tmp_path / "dup.jsonl"
    dup.write_text(json.dumps({**first, "aliases": [], "adjectives": []})
                   + "\n", encoding="utf-8")
    with pytest.raises(ResourceError) as exc:
        Gazetteer.load(extra_files=[dup])
    assert any("duplicate id" in p for p in exc.value.problems), exc.value.problems


def _grown(gaz: Gazetteer) -> set[str]:
    return {anchor for anchor, node in gaz._trie.items() if type(node) is dict}


def test_a_text_makes_only_the_names_its_words_can_start() -> None:
    """Issue 11: the entries and the trie below a name's first telling word are made the first
    time a text holds that word; one sentence makes a handful of the thousands."""
    records, _ = collect(_sources(), trusted=[n for n, _ in _sources()])
    gaz = Gazetteer(records)
    assert _grown(gaz) == set() and len(gaz._trie) > 5000
    found = [(m.text, m.record.id) for m in gaz.match(
        "Le ministre a annoncé l'achat de 12 Rafale à Rabat.")]
    assert ("Rafale", "weapon/rafale") in found and ("Rabat", "loc/rabat") in found
    assert 2 <= len(_grown(gaz)) <= 12
    # lookup makes what it needs too
    assert [m.record.id for m in Gazetteer(records).lookup("Rabat")] == ["loc/rabat"]


def test_the_order_names_are_made_in_changes_no_match() -> None:
    records, _ = collect(_sources(), trusted=[n for n, _ in _sources()])
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    a, b = Gazetteer(records), Gazetteer(records)
    first = {t: a.match(t) for t in texts}
    b.lookup("Dôme de fer")
    second = {t: b.match(t) for t in reversed(texts)}
    assert first == second and all(first.values())
