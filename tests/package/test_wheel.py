"""The built wheel carries resources/ and works from a fresh virtual environment."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True,
    )
    (whl,) = out.glob("frdefnlp-*.whl")
    return whl


def test_wheel_lists_resources(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {n for n in names if n.startswith("frdefnlp/resources/")}
    repo = {
        "frdefnlp/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix in {".json", ".jsonl", ".txt", ".md"}
    }
    assert repo, "resources/ holds no data"
    assert repo <= shipped, sorted(repo - shipped)[:10]
    assert "frdefnlp/py.typed" in names
    assert any(n.startswith("frdefnlp/resources/gazetteers/") for n in names)


def test_wheel_ships_every_module(wheel: Path) -> None:
    # pyproject.toml lists the packages by hand: a new subpackage missing from the list
    # installs without its modules (an editable install hides it; a stale build/ directory
    # in the source tree can hide it here too, never in a fresh clone as CI builds)
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "frdefnlp").rglob("*.py")
               if "resources" not in p.relative_to(ROOT).parts}
    assert modules, "no modules found"
    assert modules <= names, sorted(modules - names)


@pytest.mark.slow
def test_wheel_cleans_a_seed_in_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    # System site-packages provide the dependencies (stanza, scikit-learn ...): nothing is
    # downloaded; the wheel itself is installed into the fresh environment, which shadows
    # any development install of frdefnlp.
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True
    )
    seed = ROOT / "seeds" / "003_1e0087e37c6009fe.txt"
    script = textwrap.dedent(
        f"""
        import json, sys
        from importlib import resources
        import frdefnlp
        raw = open({str(seed)!r}, encoding="utf-8").read()
        r = frdefnlp.clean(raw)
        print(json.dumps({{
            "module": frdefnlp.__file__,
            "resources": str(resources.files("frdefnlp.resources")),
            "text": r.text,
            "removed": sum(not s.kept for s in r.segments),
            "torch": "torch" in sys.modules,
        }}))
        """
    )
    out = subprocess.run(
        [str(py), "-c", script], check=True, capture_output=True, text=True, cwd=tmp_path
    )
    data = json.loads(out.stdout)
    assert data["module"].startswith(str(env_dir)), data["module"]
    assert data["resources"].startswith(str(env_dir)), data["resources"]
    assert "Aviv Kochavi" in data["text"]
    assert "Ces articles devraient vous intéresser" not in data["text"]
    assert data["removed"] >= 10
    assert data["torch"] is False
