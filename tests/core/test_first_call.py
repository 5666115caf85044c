"""The first ``tag`` call of a process (issue 11): big patterns compiled once per machine
(``frdefnlp._regex_cache``), and what one sentence does not need is not loaded."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from frdefnlp import _regex_cache

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = ("Le ministre de la Défense a annoncé l'achat de 12 Rafale pour 2 milliards d'euros "
            "le 3 mars 2024 à Rabat.")
BIG = "(?:" + "|".join(f"mot{i}(?:x|y)\\d" for i in range(200)) + r")(?P<tail>\s+\w+)?"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FRDEFNLP_CACHE_DIR", str(tmp_path))
    return tmp_path


def _files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.bin"))


def test_a_big_pattern_is_stored_once_and_read_back_the_same(cache: Path) -> None:
    regex.purge()
    first = _regex_cache.compile(BIG, regex.IGNORECASE)
    files = _files(cache)
    assert len(files) == 1
    assert files[0].parent.name.startswith(f"regex-{regex.__version__}-py")
    again = _regex_cache.compile(BIG, regex.IGNORECASE)  # from the file this time
    assert again is not first
    for text in ("MOT12X3 suite", "mot199y9", "mot7z1", "x mot0x0"):
        a, b = first.search(text), again.search(text)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
    assert again.groupindex == first.groupindex and again.flags == first.flags
    assert again.pattern == BIG


def test_the_arguments_kept_are_those_of_a_fresh_compile(cache: Path) -> None:
    """What a later process builds from equals what regex builds itself."""
    regex.purge()
    _regex_cache.compile(BIG)
    (path,) = _files(cache)
    fmt, _version, src, flags, _digest, blob = marshal.loads(path.read_bytes())
    args = marshal.loads(blob)
    regex.purge()
    _compiled, fresh = _regex_cache._compile_capturing(BIG, 0)
    assert (src, flags) == (BIG, 0) and args == fresh


def test_a_foreign_or_damaged_file_is_ignored(cache: Path) -> None:
    regex.purge()
    _regex_cache.compile(BIG)
    (path,) = _files(cache)
    data = list(marshal.loads(path.read_bytes()))
    data[2] = BIG + "x"  # a file made from another pattern (say, a hash collision)
    path.write_bytes(marshal.dumps(tuple(data)))
    assert _regex_cache.compile(BIG).pattern == BIG
    data[2] = BIG
    middle = len(data[5]) // 2  # damaged arguments: their digest no longer agrees
    data[5] = data[5][:middle] + bytes([data[5][middle] ^ 0xFF]) + data[5][middle + 1:]
    path.write_bytes(marshal.dumps(tuple(data)))
    assert _regex_cache._load(path, BIG, 0, int(regex.DEFAULT_VERSION)) is None
    assert _regex_cache.compile(BIG).search("mot3x1").group() == "mot3x1"
    path.write_bytes(b"\x00garbage")
    assert _regex_cache.compile(BIG).search("mot3x1").group() == "mot3x1"


def test_off_and_small_patterns_write_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _regex_cache.compile(r"\d+")
    assert _files(cache) == []
    monkeypatch.setenv("FRDEFNLP_CACHE_DIR", "off")
    assert _regex_cache.cache_dir() is None
    assert _regex_cache.compile(BIG).search("mot5y5")


def test_the_cache_is_opt_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With no FRDEFNLP_CACHE_DIR nothing is written anywhere (not in the home directory)."""
    monkeypatch.delenv("FRDEFNLP_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert _regex_cache.cache_dir() is None
    assert _regex_cache.compile(BIG).search("mot5y5")
    assert list(tmp_path.rglob("*")) == []


def test_an_unwritable_cache_directory_changes_nothing(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("FRDEFNLP_CACHE_DIR", str(blocker / "sub"))
    assert _regex_cache.compile(BIG).search("mot5y5")


def _fresh_process(code: str, cache_dir: Path) -> dict:
    env = {**os.environ, "FRDEFNLP_CACHE_DIR": str(cache_dir), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, env=env, cwd=str(ROOT))
    return json.loads(out.stdout.strip().splitlines()[-1])


FIRST_TAG = f"""
import json, sys
import frdefnlp
from frdefnlp import _resources
read = []
real = _resources.read_text
def spy(relpath):
    read.append(relpath)
    return real(relpath)
_resources.read_text = spy
import frdefnlp.name_model
frdefnlp.name_model.read_text = spy
doc = frdefnlp.tag({SENTENCE!r})
print(json.dumps({{"read": read, "entities": [[e.text, e.label] for e in doc.entities]}}))
"""


def test_a_first_tag_of_one_sentence_does_not_read_the_name_lists(tmp_path: Path) -> None:
    """The 1.7 MB list of given and family names (18 ms to load) waits for a text whose
    names need it."""
    out = _fresh_process(FIRST_TAG, tmp_path)
    assert "names/people.txt" not in out["read"]
    assert ["Rabat", "LOC"] in out["entities"]


def test_a_second_process_compiles_no_big_pattern(tmp_path: Path) -> None:
    """The first process stores the big patterns it compiled; the next one reads them all."""
    code = FIRST_TAG.replace("doc = frdefnlp.tag", """
import regex
from regex import _main
compiled = []
real_compile = _main._compile
def counting(pattern, *a, **k):
    if len(pattern) >= 1000:
        compiled.append(len(pattern))
    return real_compile(pattern, *a, **k)
_main._compile = counting
doc = frdefnlp.tag""").replace('"read": read', '"read": read, "compiled": compiled')
    first = _fresh_process(code, tmp_path)
    assert len(first["compiled"]) >= 5  # money, quantities, dates, the tokenizer
    assert len(_files(tmp_path)) == len(first["compiled"])
    second = _fresh_process(code, tmp_path)
    assert second["compiled"] == [] and second["entities"] == first["entities"]
