"""Readers: text files, directories (recursive, glob), JSONL, WARC/WET; errors as items."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from frdefnlp.batch.readers import Item, input_size, iter_items, kind_of, read_inputs


def test_directory_is_walked_in_sorted_order_with_subdirectories(corpus: Path) -> None:
    items = list(iter_items([str(corpus)]))
    ids = [Path(i.id).relative_to(corpus).as_posix() if "/" in i.id else i.id for i in items]
    assert ids == ["doc00.txt", "doc01.txt", "doc02.txt", "doc04.txt", "doc05.txt", "doc06.txt",
                   "doc07.txt", "doc08.txt", "j0", "j1", "sub/doc03.txt"]
    assert all(i.error is None and isinstance(i.text, str) for i in items)
    assert items[-3].meta == {"site": "test"}
    assert sum(i.size for i in items) == input_size([str(corpus)])


@pytest.mark.parametrize(("glob", "expected"), [
    ("*.txt", 9), ("*.jsonl", 2), ("sub/*", 1), ("doc0[0-2].txt", 3),
], ids=["txt", "jsonl", "relative", "class"])
def test_glob_selects_files(corpus: Path, glob: str, expected: int) -> None:
    assert len(list(iter_items([str(corpus)], glob=glob))) == expected


def test_unreadable_and_non_utf8_files_are_items_with_errors(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Défense".encode("latin-1"))
    items = list(iter_items([str(tmp_path / "missing.txt"), str(bad)]))
    assert [i.text for i in items] == [None, None]
    assert "cannot read" in items[0].error and "not UTF-8" in items[1].error


def test_jsonl_lines_ids_meta_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "text": "Rabat", "url": "u"}),
        "",
        json.dumps({"text": "Alger"}),
        "{not json",
        json.dumps({"id": 5, "body": "no text"}),
        json.dumps(["a", "list"]),
    ]) + "\n", encoding="utf-8")
    items = list(iter_items([str(path)]))
    assert [(i.id, i.text, i.error is None) for i in items] == [
        ("a", "Rabat", True), (f"{path}:3", "Alger", True), (f"{path}:4", None, False),
        ("5", None, False), (f"{path}:6", None, False)]
    assert items[0].meta == {"url": "u"}


def test_gzipped_jsonl(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "z", "text": "Tunis"}) + "\n")
    assert [(i.id, i.text) for i in iter_items([str(path)])] == [("z", "Tunis")]


@pytest.mark.parametrize(("name", "kind"), [
    ("a.jsonl", "jsonl"), ("a.ndjson.gz", "jsonl"), ("-", "jsonl"), ("x.warc.gz", "warc"),
    ("CC-MAIN-1.warc.wet.gz", "warc"), ("a.txt", "text"), ("a", "text"),
], ids=lambda x: x)
def test_kind_of(name: str, kind: str) -> None:
    assert kind_of(name) == kind


def _write_wet(path: Path, pages: list[tuple[str, str]]) -> None:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    assert warcio
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_warcinfo_record("test.wet", {"software": "tests"}))
        for url, text in pages:
            w.write_record(w.create_warc_record(
                url, "conversion", payload=io.BytesIO(text.encode("utf-8")),
                warc_content_type="text/plain"))
        html = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
        w.write_record(w.create_warc_record("https://example.org/html", "response",
                                            payload=io.BytesIO(b"<p>x</p>"), http_headers=html))


def test_wet_conversion_records_are_documents(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.wet.gz"
    _write_wet(path, [("https://example.org/a", "Le Maroc a reçu des drones."),
                      ("https://example.org/b", "Benny Gantz est à Rabat.")])
    items = list(iter_items([str(path)]))
    assert [i.text for i in items] == ["Le Maroc a reçu des drones.", "Benny Gantz est à Rabat."]
    assert [i.meta["url"] for i in items] == ["https://example.org/a", "https://example.org/b"]
    assert all(i.id.startswith("urn:uuid:") for i in items) and len({i.id for i in items}) == 2


def test_read_inputs_is_still_offered_by_the_cli_module() -> None:
    from frdefnlp import cli

    assert cli.read_inputs is read_inputs


def test_items_are_frozen() -> None:
    item = Item("a", "b")
    with pytest.raises(AttributeError):
        item.id = "c"  # type: ignore[misc]


def test_read_inputs_walks_directories(corpus: Path) -> None:
    got = list(read_inputs([str(corpus / "sub"), str(corpus / "doc00.txt")]))
    assert [(Path(n).name, e) for n, _, e in got] == [("doc03.txt", None), ("doc00.txt", None)]


def test_stage_commands_take_a_directory(corpus: Path, capsys) -> None:
    from frdefnlp.cli import main

    assert main(["clean", str(corpus / "sub")]) == 0
    assert capsys.readouterr().out.strip()
