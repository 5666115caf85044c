"""Validator: every kind of bad line is reported as file:line: field: message, all at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frdefnlp.errors import ResourceError
from frdefnlp.gazetteer import Gazetteer, Record, load_records, validate_files

DATA = Path(__file__).parent / "data"

GOOD = {"id": "weapon/harop", "canonical": "Harop", "label": "WEAPON", "kind": "loitering_munition",
        "country": "IL", "aliases": ["IAI Harop"], "maker": "org/iai", "source": "Wikipedia FR: IAI Harop"}
MAKER = {"id": "org/iai", "canonical": "Israel Aerospace Industries", "label": "ORG", "kind": "company",
         "country": "IL", "aliases": ["IAI"], "source": "Wikipedia FR: IAI"}


def _line(**changes: object) -> str:
    obj = dict(GOOD)
    for key, value in changes.items():
        if value is _DROP:
            obj.pop(key, None)
        else:
            obj[key] = value
    return json.dumps(obj, ensure_ascii=False)


_DROP = object()

# (lines after the maker record, expected line number, expected field, substring of message)
BAD = [
    (["{not json"], 2, "json", "invalid JSON"),
    (["[1, 2]"], 2, "json", "JSON object"),
    ([_line(id=_DROP)], 2, "id", "required"),
    ([_line(source=_DROP)], 2, "source", "required"),
    ([_line(country=_DROP)], 2, "country", "required"),
    ([_line(colour="red")], 2, "colour", "unknown field"),
    ([_line(label="GUN")], 2, "label", "unknown label"),
    ([_line(kind="tank")], 2, "kind", "unknown kind"),
    ([_line(id="weapon/Harop")], 2, "id", "lower-case"),
    ([_line(id="org/harop")], 2, "id", "must start with 'weapon/'"),
    ([_line(country="ISR")], 2, "country", "ISO 3166-1"),
    ([_line(country="il")], 2, "country", "ISO 3166-1"),
    ([_line(aliases="Harop")], 2, "aliases", "list of strings"),
    ([_line(aliases=["Harop 2", ""])], 2, "aliases", "empty string"),
    ([_line(aliases=["--"])], 2, "aliases", "no letter or digit"),
    ([_line(wikidata="12345")], 2, "wikidata", "Wikidata id"),
    ([_line(maker="org/nobody")], 2, "maker", "not the id of a loaded record"),
    ([_line(maker=["org/iai", "org/nobody"])], 2, "maker", "'org/nobody' is not the id"),
    ([_line(maker="weapon/harop")], 2, "maker", "is a WEAPON, expected ORG"),
    ([_line(parent="org/nobody")], 2, "parent", "not the id of a loaded record"),
    ([_line(priority="high")], 2, "priority", "integer"),
    ([_line(priority=True)], 2, "priority", "integer"),
    ([_line(start="2021-13")], 2, "start", "ISO date"),
    ([_line(adjectives=["harop"])], 2, "adjectives", "only LOC"),
    ([_line(case_sensitive=["HAROP"])], 2, "case_sensitive", "not the canonical name"),
    ([_line(ambiguous=["Nope"])], 2, "ambiguous", "not the canonical name"),
    ([_line(), _line(aliases=[])], 3, "id", "duplicate id 'weapon/harop'"),
    ([_line(), _line(id="weapon/harop-2", canonical="Harop 2", aliases=["IAI Harop"])], 3, "aliases",
     "claimed by several records"),
    ([_line(), _line(id="weapon/harop-2", canonical="Harop 2", aliases=["iai harop"])], 2, "aliases",
     "claimed by several records"),
    ([_line(), _line(id="weapon/harop-2", canonical="Harop 2", aliases=["IAI Harop"], ambiguous=["IAI Harop"])],
     2, "aliases", "claimed by several records"),
    ([json.dumps({**GOOD, "id": "person/x-y", "label": "PERSON", "kind": "person", "maker": None,
                  "roles": [{"role": "ministre", "org": "org/none", "start": "2020"}]})],
     2, "roles[0].org", "not the id"),
    ([json.dumps({**GOOD, "id": "person/x-y", "label": "PERSON", "kind": "person", "maker": None,
                  "roles": [{"role": "ministre", "end": "hier"}]})],
     2, "roles[0].end", "ISO date"),
    ([_line(label="ORG", kind="company", id="org/harop")], 2, "maker", "only WEAPON"),
]


@pytest.mark.parametrize(("lines", "lineno", "field", "message"), BAD,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(BAD)])
def test_bad_line_is_reported(tmp_path: Path, lines: list[str], lineno: int, field: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join([json.dumps(MAKER), *lines]) + "\n", encoding="utf-8")
    problems = validate_files([path])
    prefix = f"{path}:{lineno}: {field}: "
    assert any(p.startswith(prefix) and message in p for p in problems), problems
    with pytest.raises(ResourceError) as info:
        load_records([path])
    assert info.value.problems == tuple(problems)
    assert info.value.path == str(path)


def test_every_bad_line_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    lines = [json.dumps(MAKER), "{oops", "// a comment", "", _line(kind="tank"), _line(id="weapon/x", country="X")]
    path.write_text("\n".join(lines), encoding="utf-8")
    problems = validate_files([path])
    assert [p.split(": ")[0:2] for p in problems] == [
        [f"{path}:2", "json"], [f"{path}:5", "kind"], [f"{path}:6", "country"]]
    with pytest.raises(ResourceError) as info:
        Gazetteer.from_files([path])
    assert info.value.line == 2 and info.value.field == "json"
    assert "3 problems" in str(info.value)


def test_ids_unique_across_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps(MAKER) + "\n" + _line() + "\n", encoding="utf-8")
    b.write_text(_line(aliases=[]) + "\n", encoding="utf-8")
    assert validate_files([a]) == []
    assert validate_files([a, b]) == [
        f"{b}:1: id: duplicate id 'weapon/harop' (first at {a}:2)"]


def test_references_resolve_across_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps(MAKER) + "\n", encoding="utf-8")
    b.write_text(_line() + "\n", encoding="utf-8")
    assert validate_files([b]) != []
    assert validate_files([a, b]) == []


def test_ambiguous_alias_listed_by_every_claimant_is_accepted() -> None:
    assert validate_files([DATA / "mini.jsonl"]) == []
    gaz = Gazetteer.from_files([DATA / "mini.jsonl"])
    (m,) = gaz.match("Georgia")
    assert [c.id for c in m.candidates] == ["loc/georgia-state", "loc/georgia-country"]


def test_missing_file_is_a_problem(tmp_path: Path) -> None:
    assert validate_files([tmp_path / "none.jsonl"])[0].startswith(f"{tmp_path / 'none.jsonl'}:0: file:")


def test_record_fields_and_to_dict() -> None:
    recs = load_records([DATA / "mini.jsonl"])
    by_id = {r.id: r for r in recs}
    barak = by_id["weapon/barak-8"]
    assert isinstance(barak, Record)
    assert barak.makers == ("org/israel-aerospace-industries", "org/rafael")
    assert barak.path.endswith("mini.jsonl") and barak.line == 4
    assert barak.to_dict()["maker"] == ["org/israel-aerospace-industries", "org/rafael"]
    assert "priority" not in barak.to_dict()
    assert by_id["loc/georgia-state"].to_dict()["priority"] == 1
    with pytest.raises(AttributeError):
        barak.canonical = "x"  # type: ignore[misc]
