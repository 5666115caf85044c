"""`.ci/run` runs exactly the two commands the README opens with."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", readme, flags=re.S)
    return [b.strip() for b in blocks[:2]]


def test_readme_opens_with_two_one_line_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert "seeds/" in commands[0]
    assert "pytest" in commands[1]
    # the main job needs the core install only: no torch, no stanza (issue 12)
    assert commands[0].startswith("pip install . && ")
    assert "torch" not in commands[0] and "stanza" not in commands[0]
    # the tests run the stanza integration too: torch first (no CUDA build), then the extras
    assert commands[1].startswith("pip install torch==2.13.0 && ")
    extras = re.search(r'"\.\[([\w,]+)\]"', commands[1])
    assert extras is not None and {"test", "stanza"} <= set(extras.group(1).split(","))


def test_core_dependencies_are_light() -> None:
    """``pip install frdefnlp`` pulls neither stanza nor torch nor scikit-learn."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0].lower() for d in project["dependencies"]}
    assert names <= {"regex", "langdetect"}, names
    extras = project["optional-dependencies"]
    assert any(d.startswith("stanza") for d in extras["stanza"])


def test_ci_runs_the_readme_commands_verbatim() -> None:
    ci_lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    commands = _readme_commands()
    runnable = [line for line in ci_lines if line.startswith("pip install")]
    assert runnable == commands
