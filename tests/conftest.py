"""Shared fixtures: the seed pages, read once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS_DIR.glob("*.txt"))


def read_seed(name: str) -> str:
    return (SEEDS_DIR / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """Seed file name -> raw text, for the five seed pages."""
    return {name: read_seed(name) for name in SEED_NAMES}
